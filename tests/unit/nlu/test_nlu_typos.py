"""Typos of command words: corrected within a bounded edit distance; a write read from a
correction is confirmed before anything is stored, and a question never becomes a write."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import (
    WRITES,
    Cancel,
    Confirm,
    Deadlines,
    Help,
    History,
    Intent,
    MarkStep,
    Missing,
    RegisterUnit,
    ReminderAction,
    ReminderSettings,
    SmallTalk,
    Status,
    Undo,
    Unknown,
)
from handlers.nlu.resolve import resolve_indicator
from handlers.nlu.typos import Corrector, edit_distance
from handlers.registry import offered_back, understand
from tests.fakes.seed import pathum_thani
from tests.fakes.understanding import settled

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
    ("text", "intent"),
    [
        # Writes restated on a confirmation card: the card shows what was understood.
        ("ยกเลกที่ส่งล่าสุด", Undo()),
        ("ส่งแผนเรียบร้อบ", MarkStep("แผน")),
        # Writes that store at once: read, then only offered back (handlers.conversation).
        ("ลงทะเบียบ กองคลัง", RegisterUnit("กองคลัง")),
        ("ลงทะเบีญ กองกลาง", RegisterUnit("กองกลาง")),
        ("ตั้งเตื่อน 7 2", ReminderSettings(ReminderAction.SET, (7, 2))),
        ("ปิดการเตอืน", ReminderSettings(ReminderAction.OFF)),
    ],
)
def test_a_corrected_command_word_may_start_a_write(text: str, intent: Intent) -> None:
    read = understand(text, today=TODAY)
    assert read.intent == intent
    assert read.corrected  # the conversation knows it was corrected
    assert offered_back(read) == isinstance(intent, RegisterUnit | ReminderSettings)


@pytest.mark.parametrize(
    "text",
    [
        # Confirm settles a pending write with no card of its own: never from a typo the
        # corrector mends (the slips written out as yes words, "ยืนยนค่ะ", "ยันยัน", are the
        # confirmations.py list's, not the corrector's).
        "ยืยยัน",
        "ยนืยัน",
        "ลงทะเบียบกองคลังยังไงคะ",  # questions stay questions whatever is corrected
        "ลงทะเบีญ กองคลังได้ไหม",
        "ตั้งเตื่อน 3 1 ได้มั้ยครับ",
        "ส่งแผนเรียบร้อบหรือยัง",
        "ยกเลกที่ส่งล่าสุดได้ไหมคะ",
    ],
)
def test_a_correction_never_turns_a_question_or_a_yes_into_a_write(text: str) -> None:
    read = understand(text, today=TODAY).intent
    assert not isinstance(read, WRITES) and not isinstance(read, Confirm)
    assert not (isinstance(read, ReminderSettings) and read.action is not ReminderAction.SHOW)


def test_a_command_typed_right_is_never_offered_back() -> None:
    read = understand("ลงทะเบียน กองคลัง", today=TODAY)
    assert read.intent == RegisterUnit("กองคลัง") and not read.corrected
    assert not offered_back(read)


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


def test_a_particle_typed_right_is_never_corrected_into_an_asking_word() -> None:
    # "แล้วค่ะ" is one letter from the cue "แล้วป่ะ": a statement must not become a question.
    corrector = Corrector(["แล้วป่ะ", "แล้วปะ", "สถานะ"])
    assert corrector.correct("ทำแล้วค่ะ") == "ทำแล้วค่ะ"
    assert corrector.correct("กองคลังทำแล้วนะ") == "กองคลังทำแล้วนะ"
    assert corrector.correct("สถานนะ") == "สถานะ"  # a word that only ends like นะ is still one


def test_a_statement_with_a_particle_then_a_question_is_not_corrected() -> None:
    read = understand("ส่งแผนแล้วค่ะ แล้วต้องแนบอะไรบ้าง", today=TODAY)
    assert read.corrected == ""


def test_part_of_a_cue_word_typed_right_is_no_typo_of_another() -> None:
    corrector = Corrector(["เป็นยังไงบ้าง", "ผลเป็นยังไง"])
    assert corrector.correct("น้ำท่วมเป็นยังไงบ้าง") == "น้ำท่วมเป็นยังไงบ้าง"
    assert corrector.correct("น้ำท่วมเป็นยังไงบ่าง") != "น้ำท่วมผลเป็นยังไงบ่าง"


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("ขยา", ["2"]),  # a long vowel for the short one of a short keyword
        ("ขยะ", ["2"]),
        ("ขยาย", []),  # a real word two edits away stays unknown
        ("ยาบ้า", []),
    ],
)
def test_a_short_keyword_typed_with_its_vowel_length_wrong_names_its_indicator(
    words: str, codes: list[str]
) -> None:
    assert [i.code for i in resolve_indicator(words, pathum_thani())] == codes


def test_a_vowel_of_the_wrong_length_counts_half() -> None:
    assert edit_distance("ขยะ", "ขยา", 1) == 0.5
    assert edit_distance("ปิด", "ปีด", 1) == 0.5


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("บันทึกผลขยา 61.2", "SubmitValue", {"indicator": "2", "value": "61.2", "raw_value": "61.2"}),
        ("ขยาได้เท่าไหร่คะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ],
)
def test_an_indicator_word_with_a_typo_is_settled_to_its_indicator(
    text: str, intent: str, slots: dict[str, str]
) -> None:
    assert settled(text, "P") == (intent, slots)


def test_the_cue_words_typed_right_are_found_where_each_first_stands() -> None:
    corrector = Corrector(["สถานะ", "สถานะกอง", "ส่งแผน", "เตือน"])
    text = "ขอสถานะกอง แล้วก็สถานะ ส่งแผน ส่งแผน"
    expected = sorted((text.find(w), text.find(w) + len(w)) for w in corrector._known if w in text)
    assert sorted(corrector._typed(text)) == expected
    assert corrector._typed("") == [] and corrector._typed("ก") == []


def _all_candidates(corrector: Corrector, span: str) -> set[str]:
    """A span's candidates by their definition: its variants (one letter deleted, or its
    skeleton) that are keys of the index, with no test before."""
    from handlers.nlu.typos import _deletions, skeleton

    variants = _deletions(span, 1) | {skeleton(span)}
    return set().union(*(corrector._index[v] for v in variants & corrector._keys))


def test_the_candidates_test_before_the_index_drops_no_candidate() -> None:
    import random

    from handlers.nlu.evaluation import corpus_parts, load
    from handlers.registry import _CORRECTOR, _NAME_CORRECTOR

    texts = [e.text.lower() for part in corpus_parts()["dev"] for e in load(part)][::25]
    spans = {t[a:b] for t in texts for a in range(len(t)) for b in range(a + 3, a + 13)}
    rng = random.Random(5)
    for corrector in (_CORRECTOR, _NAME_CORRECTOR):
        words = sorted(corrector._known)
        typos = [  # each word with a letter put in, dropped, or doubled
            w[:i] + extra + w[i + drop :]
            for w in words
            for i in range(len(w))
            for extra, drop in (("", 1), (w[i], 0), (rng.choice("กาะ่ิ"), 0))
        ]
        tried = sorted(spans | set(words) | set(typos))
        differ = [s for s in tried if corrector._candidates(s) != _all_candidates(corrector, s)]
        assert sum(bool(corrector._candidates(s)) for s in typos) > len(words)
        assert differ == []


@pytest.mark.parametrize("word", ["ศทส.", "สงป.", "กค.", "สป.รง.", "ก.พ.ร.", "อปท."])
def test_a_units_abbreviation_in_a_name_slot_is_typed_right(word: str) -> None:
    # A dotted abbreviation is a unit's short name (or the name word อปท. itself): the
    # message is not searched for a typo of a name word on its account.
    from handlers import registry

    assert registry._typed_right(word)


@pytest.mark.parametrize("word", ["อปม.", "อบท.", "ขยะ.", "กค"])
def test_a_slip_of_a_dotted_name_word_or_an_undotted_word_is_no_abbreviation(word: str) -> None:
    from handlers import registry

    assert not registry._typed_right(word)


def test_a_link_beside_a_units_abbreviation_is_kept_as_typed() -> None:
    # The name corrector once ran for "กก." and "corrected" the link's last word to a name
    # word ("...๖๘PlanA" to "...๖๘plan"): a link is kept as typed.
    link = "https://drive.google.com/drive/folders/๑GkKlg๖๘PlanA"
    found = understand(f"ขั้นตอนที่ ๓ ของ กก. ส่งแล้วค่ะ {link}", today=TODAY)
    assert isinstance(found.intent, MarkStep)
    assert found.intent.links == (link,)
    assert found.corrected == ""


@pytest.mark.parametrize(
    ("word", "right"),
    [
        ("เข้าประชุม", True),  # Thai words joined, each typed right
        ("รายชื่อทีม", True),
        ("คะแนนความพร้อมรัฐบาลดิจิทัล", True),
        ("รายได้ท่องเที่ยว", True),
        ("ท่องเทียว", False),  # ท่อง and เทียว are words, and ท่องเที่ยว typed without its mark
        ("รายได้ท่องเทียว", False),
        ("รายงาย", False),  # งาย: a piece too short to tell from a name's piece cut by a typo
        ("ยาเสพติต", False),
        ("readiness", True),  # an English word in which no name word's typo stands
        ("division", True),
        ("catelog", False),  # catalog (of "GD Catalog") mistyped
        ("budjeting", False),
        ("e-servcie", False),
    ],
)
def test_a_compound_of_words_typed_right_is_no_typo_of_a_name(word: str, right: bool) -> None:
    from handlers import registry
    from handlers.nlu.tokenize import one_message

    with one_message():
        assert registry._typed_right(word) is right
