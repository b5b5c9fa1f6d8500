"""Issue 9, round 14 (r14a): words left over once the intent is read, taken as the name of an
indicator, a step or a unit that does not exist ("not found"). Three causes: a typo of a known
name ("ขบะ", "รายงายผล"); ordinary words that name nothing ("ละเอียด", "คะแนนสุดท้าย",
"นับว่า"); and a message that is another intent or about another body (the group's history,
someone else's question retold, a registration with an apology and the unit it is not)."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import stores
from handlers.nlu.evaluation import TODAY
from handlers.nlu.spoken_numbers import counted_in_digits
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

_DRIVE = "google_drive"

# A name typed one key off (not a word at all): the one name that close is meant.
NAME_TYPOS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขบะได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "เกณฑ์ขบะเป็นยังไงครับ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("B", "ชุดข้อมูนได้กี่คะแนนครับ", "IndicatorQuery", {"indicator": "5", "aspect": "score"}),
    ("B", "ผลมีส่วนล่วมเป็นไง", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("B", "เกณฑ์บัญชีข้อมูนว่ายังไงคะ", "IndicatorQuery", {"indicator": "5", "aspect": "criteria"}),
    ("O", "จริยธรรนผ่านไหมคะ", "IndicatorQuery", {"indicator": ["4", "5"], "aspect": "tier"}),
    (
        "O",
        "เกณฑ์จริยธรรนว่ายังไงคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "criteria"},
    ),
    ("L", "กค.ส่งรายงายผลแล้วค่ะ", "MarkStep", {"step": "4", "unit": "กองคลัง"}),
    ("L", "ส่งรายงายผลทางอีเมลแล้วนะคะ", "MarkStep", {"step": "4", "channel": "email"}),
    (
        "L",
        "กจ.ส่งรายงายผลทางไดรฟ์แล้วครับ",
        "MarkStep",
        {"step": "4", "unit": "กองการเจ้าหน้าที่", "channel": _DRIVE},
    ),
    ("L", "รายงายผลต้องส่งเมื่อไหร่", "Deadlines", {"step": "4"}),
    ("L", "ใครยังไม่ส่งรายงายผลบ้าง", "Missing", {"step": "4"}),
]


@readings(NAME_TYPOS)
def test_a_typo_of_a_name_names_it(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_typo_corrected_in_a_question_is_no_write() -> None:
    read = understand("รายงายผลส่งแล้วหรือยังคะ", today=TODAY).intent
    assert not stores(read)


def test_a_link_keeps_its_letters_when_a_name_is_corrected() -> None:
    link = "https://drive.google.com/drive/folders/AbC9xYz"
    _, slots = settled(f"ส่งรายงายผลแล้วครับ {link}", "L")
    assert slots["links"] == [link]


# Words of the question itself left over ("ละเอียด", "สุดท้าย", "นับว่า"): no name of anything.
NO_NAME_LEFT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอสรุปผลแบบละเอียดหน่อยครับ จะเอาเข้าที่ประชุมผู้บริหาร", "Status", {"detail": True}),
    ("B", "ขอสรุปคะแนนสุดท้ายหน่อยครับ ต้องรายงานผู้อำนวยการ", "Status", {}),
    ("L", "ขอสรุปคะแนนสุดท้ายทุกกองค่ะ", "Status", {}),
    ("P", "ขอสรุปคะแนนสุดท้ายหน่อยนะคะ", "Status", {}),
    ("O", "ขอสรุปผลคะแนนสุดท้ายด้วยค่ะ", "Status", {}),
    ("L", "ต้องได้กี่เปอร์เซ็นต์ถึงนับว่าผ่านคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("B", "ต้องได้เท่าไหร่ถึงจะนับว่าผ่านครับ", "RuleQuestion", {"topic": "thresholds"}),
    ("O", "ผลต้องถึงกี่ % ถึงนับว่าผ่านคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("P", "เกณฑ์ต้องได้กี่ % ถึงนับว่าผ่าน", "RuleQuestion", {"topic": "thresholds"}),
]


@readings(NO_NAME_LEFT)
def test_words_that_name_nothing_are_no_name(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Names still looked up: a unit the organisation lacks is said to be missing, a name typed
# right is read as before, an everyday noun taken for a name is said not to be one.
STILL_NAMES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ตัวชี้วัดกีฬาได้เท่าไหร่", "IndicatorQuery", {"indicator": "?กีฬา", "aspect": "result"}),
    ("L", "กองสวัสดิการถึงไหนแล้ว", "Status", {"unit": "?กองสวัสดิการ"}),
    ("P", "ขยะได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "ส่งรายงานผลแล้วค่ะ", "MarkStep", {"step": "4"}),
    ("L", "ใครเป็นผู้ประสานงานของกองคลัง", "Members", {"unit": "กองคลัง"}),
]


@readings(STILL_NAMES)
def test_names_are_still_looked_up(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# Another intent or another body: the group's history asked with "คนก่อน" (no people
# asked of), a question someone else asked on the phone retold, a registration corrected.
ANOTHER_INTENT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ประวัติการบันทึกของกลุ่มนี้หน่อยครับ อยากรู้ว่าพี่คนเก่าลงอะไรไว้", "History", {}),
    ("P", "ขอดูประวัติการบันทึกทั้งหมดของกลุ่มนี้ค่ะ อยากรู้ว่าคนก่อนหน้าบันทึกอะไรไว้", "History", {}),
    ("B", "ประวัติการบันทึกในกลุ่มนี้ครับ อยากดูว่าคนเก่าบันทึกอะไรไปบ้าง", "History", {}),
    ("L", "ประวัติการบันทึกของกลุ่มนี้ครับ คนก่อนลงอะไรไว้บ้าง", "History", {}),
    ("L", "ท้องถิ่นโทรมาถามว่าใครเป็นผู้ประสานงาน หนูให้เบอร์พี่ไปแล้วนะ", "Unknown", {}),
    ("P", "พาณิชย์จังหวัดโทรมาถามว่าใครเป็นผู้ประสานงานคนใหม่ เลยให้เบอร์น้องไปค่ะ", "Unknown", {}),
    ("B", "กรมบัญชีกลางโทรมาถามว่าใครเป็นผู้ประสานงานของเรา ผมให้เบอร์พี่ไปแล้วครับ", "Unknown", {}),
    ("O", "ทางกระทรวงโทรมาถามว่าใครเป็นผู้ประสานงาน หนูให้เบอร์พี่ไปแล้วนะคะ", "Unknown", {}),
    (
        "L",
        "ขอโทษครับ เมื่อกี้ลงทะเบียนผิด ผมอยู่กองคลังครับ ไม่ใช่กองกลาง",
        "RegisterUnit",
        {"unit": "กองคลัง"},
    ),
    (
        "L",
        "ขออภัยครับ ลงทะเบียนพลาด ผมอยู่ศทส.ครับ ไม่ใช่กพร.",
        "RegisterUnit",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    (
        "L",
        "ขออภัยค่ะ ลงทะเบียนผิด ที่จริงอยู่กองนิติการ ไม่ใช่ กจ.",
        "RegisterUnit",
        {"unit": "กองนิติการ"},
    ),
]


@readings(ANOTHER_INTENT)
def test_another_intent_or_another_body(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_two_units_registered_are_not_guessed() -> None:
    got, slots = settled("ลงทะเบียนกองคลังกับกองกลางค่ะ", "L")
    assert got == "RegisterUnit"
    assert slots["unit"].startswith("?")


@pytest.mark.parametrize("org", ["L", "P", "B", "O"])
def test_a_retold_question_stores_nothing(org: str) -> None:
    read = understand("ท้องถิ่นโทรมาถามว่าใครเป็นผู้ประสานงาน หนูให้เบอร์พี่ไปแล้ว", today=TODAY)
    assert not stores(read.intent)


# A step's number said in a word right after what it counts ("ฟอร์มสี่", "มิติสาม"): the
# number, not the name of a step that does not exist.
COUNTED_IN_WORDS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ฟอร์มสี่ของกองกลางส่งแล้วครับ", "MarkStep", {"step": "4", "unit": "กองกลาง"}),
    ("L", "กำหนดส่งฟอร์มสี่วันไหนคะ", "Deadlines", {"step": "4"}),
    ("L", "ขั้นสามของ กค. ผ่านแล้วครับ", "MarkStep", {"step": "3", "passed": True, "unit": "กองคลัง"}),
    ("L", "ส่งแผนแล้วค่ะ แต่ยังไม่มีมิติสาม", "MarkStep", {"step": "3", "dims": [1, 2]}),
    ("L", "แบบฟอร์มสามของกองคลังส่งแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ขั้นตอนที่ห้าเสร็จแล้วค่ะ", "MarkStep", {"step": "5"}),
]


@readings(COUNTED_IN_WORDS)
def test_a_number_said_after_what_it_counts_is_the_number(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", ["ขั้นตอนสามารถทำได้ไหม", "หมวดหมู่ของเอกสาร", "มิติใหม่"])
def test_a_word_holding_a_numbers_letters_stays(text: str) -> None:
    assert counted_in_digits(text) == text
