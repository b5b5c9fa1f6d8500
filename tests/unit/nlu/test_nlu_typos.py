"""Typos of command words: corrected within a bounded edit distance, never into a write."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import (
    WRITES,
    Cancel,
    Deadlines,
    Help,
    History,
    Intent,
    Missing,
    SmallTalk,
    Status,
    Unknown,
)
from handlers.nlu.typos import Corrector, edit_distance
from handlers.registry import understand

TODAY = date(2025, 1, 15)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("สถานนะ", Status()),  # a doubled letter (and นะ is no particle here)
        ("ขอดูสถานนะหน่อย", Status()),
        ("สะถานะ", Status()),  # an extra vowel
        ("สรุบ", Status()),  # a neighbouring key
        ("ภาพรวบ", Status()),
        ("stauts", Status()),  # two letters swapped
        ("ใครยังไมส่ง", Missing()),  # a tone mark missed
        ("ใครยงไม่ส่ง", Missing()),
        ("เหลือกี่วน", Deadlines()),
        ("เหลือกีวัน", Deadlines()),
        ("deadlne", Deadlines()),
        ("ขอบคุน", SmallTalk("thanks")),
        ("ขอบคูณค่ะ", SmallTalk("thanks")),
        ("สวัสดีคร้บ", SmallTalk("greeting")),
        ("เมนุ", Help()),
        ("ใช้ยงไง", Help()),
        ("ยกเลอก", Cancel()),  # a no to a pending write saves nothing
        ("ขอยกเลิด", Cancel()),
        ("ประวัตการส่ง", History()),
    ],
)
def test_a_typo_of_a_command_word_is_read_as_the_word(text: str, intent: Intent) -> None:
    assert understand(text, today=TODAY).intent == intent


def test_a_word_corrected_inside_a_compound_the_segmenter_knows() -> None:
    # "ประวัติการ" is one dictionary piece: the correction ends inside it, its rest is a word.
    typed = understand("ประวิติการส่งของกองกลาง", today=TODAY).intent
    assert typed == understand("ประวัติการส่งของกองกลาง", today=TODAY).intent
    assert isinstance(typed, History)


@pytest.mark.parametrize(
    "text",
    [
        "ยกเลกที่ส่งล่าสุด",  # Undo
        "ลงทะเบียบ กองคลัง",  # RegisterUnit
        "ยืนยนั",  # Confirm
        "ผูกกลุ่บ สป.รง.",  # BindGroup
    ],
)
def test_a_correction_never_starts_a_write(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


@pytest.mark.parametrize(
    "text",
    [
        "สถานีตำรวจ",  # a real word one letter from สถานะ
        "ไปสถานีรถไฟยังไง",
        "สถานที่จอดรถอยู่ไหน",  # สถานะ would split a word
        "กินข้าวยัง",
        "ฝนตกหนักมาก",
        "ใครเห็นปากกาบ้าง",
    ],
)
def test_real_words_are_never_corrected(text: str) -> None:
    assert isinstance(understand(text, today=TODAY).intent, Unknown)


def test_the_distance_counts_marks_half_and_a_swap_once() -> None:
    assert edit_distance("ไม่ส่ง", "ไมส่ง", 1) == 0.5
    assert edit_distance("status", "stauts", 1) == 1
    assert edit_distance("สถานะ", "สถานนะ", 1) == 1
    assert edit_distance("สถานะ", "ภาพรวม", 1) == 2  # beyond the limit: limit + 1


def test_one_correction_per_message_and_only_of_words_long_enough() -> None:
    corrector = Corrector(["สถานะ", "สรุป", "ส่ง"])
    assert corrector.correct("สถานนะ") == "สถานะ"
    assert corrector.correct("สง") == "สง"  # three letters are too few to correct
    assert corrector.correct("สถานนะ สรุบ") in ("สถานะ สรุบ", "สถานนะ สรุป")


def test_part_of_a_cue_word_typed_right_is_no_typo_of_another() -> None:
    corrector = Corrector(["เป็นยังไงบ้าง", "ผลเป็นยังไง"])
    assert corrector.correct("น้ำท่วมเป็นยังไงบ้าง") == "น้ำท่วมเป็นยังไงบ้าง"
    assert corrector.correct("น้ำท่วมเป็นยังไงบ่าง") != "น้ำท่วมผลเป็นยังไงบ่าง"
