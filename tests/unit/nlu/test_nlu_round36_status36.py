"""Round 36 (status36): where things stand, asked with words that name nothing.

A status question whose words left for the indicator are a dialect particle ("เอ่ย", "เจ้า"),
how sure the check is wanted ("ให้แน่", "ให้ชัวร์"), the audience it is told to ("ให้ทีมฟัง"),
the progress word itself ("คืบหน้า") or a letter's salutation to the
bot ("เรียนน้องบอท …") is the organisation's status, not an indicator named "?เอ่ย". Near
misses: an indicator or a unit named in the same words keeps its reading, and how many
indicators a word names ("ตัวชี้วัดดิจิทัลมีกี่ตัว") stays a question about them.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Nothing named: the organisation's status.
NOTHING_NAMED: list[Case] = [
    ("L", "เช็กสถานะให้ชัวร์หน่อยนะ", "Status", {}),
    ("L", "ตรวจสถานะให้แน่ๆ เด้อ", "Status", {}),
    ("P", "ตอนนี้เราอยู่ตรงไหนแล้วเอ่ย", "Status", {}),
    ("L", "สรุปความคืบหน้าให้ทีมฟังหน่อย", "Status", {}),
    ("O", "ภาพรวมตอนนี้ถึงไหนแล้วเจ้า", "Status", {}),
    ("L", "งานของเราคืบหน้าไปเท่าไหร่แล้วเจ้า", "Status", {}),
    ("L", "เรียนน้องบอท ขอทราบสถานะของสำนักงานฯ ด้วยครับ", "Status", {}),
]

# (2) Near misses: an indicator or a unit named keeps its reading.
NAMED: list[Case] = [
    ("P", "ขยะถึงไหนแล้วเอ่ย", "IndicatorQuery", {"indicator": "2"}),
    ("P", "ความคืบหน้าตัวชี้วัดขยะ ให้ทีมฟังหน่อย", "IndicatorQuery", {"indicator": "2"}),
    ("L", "เช็กสถานะตัวชี้วัด 1 ให้แน่เด้อ", "IndicatorQuery", {"indicator": "1"}),
    ("L", "กองคลังถึงไหนแล้วเอ่ย", "Status", {"unit": "กองคลัง"}),
    ("L", "เรียนน้องบอท ขอทราบสถานะกองกลางด้วยครับ", "Status", {"unit": "กองกลาง"}),
    ("O", "ตัวชี้วัดดิจิทัลมีกี่ตัว", "IndicatorQuery", {"indicator": ["8", "9"]}),
]


@readings(NOTHING_NAMED)
def test_a_status_asked_with_words_naming_nothing_is_the_organisations(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NAMED)
def test_an_indicator_or_unit_named_beside_those_words_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_this_round_is_read_as_a_write() -> None:
    assert unlabelled_writes(NOTHING_NAMED + NAMED) == []


# The count of indicators done, asked with "มีกี่" after what was done ("ตัวชี้วัดที่รายงานไปแล้ว
# มีกี่ตัว"), is the organisation's status, as "ผ่านไปแล้วกี่ตัว" is; an indicator's own items
# ("PB ที่ผ่านแล้วมีกี่ข้อ") stay its question, and what exists ("ตัวชี้วัดดิจิทัลมีกี่ตัว") no status.
COUNTED_DONE = [
    ("L", "ตัวชี้วัดที่รายงานไปแล้วมีกี่ตัว ได้คะแนนรวมเท่าไร", "Status", {}),
    ("O", "ตัวชี้วัดที่ส่งแล้วมีกี่ตัว", "Status", {}),
    ("O", "ตัวชี้วัดที่ผ่านแล้วมีกี่ตัวคะ", "Status", {}),
    ("B", "PB ที่ผ่านแล้วมีกี่ข้อ", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
]


@readings(COUNTED_DONE)
def test_the_count_of_indicators_done_is_the_status(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_what_exists_counted_is_no_status() -> None:
    assert settled("ตัวชี้วัดดิจิทัลมีกี่ตัว", "B")[0] != "Status"
