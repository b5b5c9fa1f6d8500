"""Issue 9, round 15 (multi): one finished step reported for several units in one message
("กก. กับ กจ. ส่งแผนครบแล้ว", "ไอที กะ กองคลัง ส่งชื่อทีมแล้วจ้า", "…ส่งครบทั้ง 6 หน่วยแล้ว"):
every unit named is read, in the order named (dev_fresh32 gf074 gf103 gf109 gf158 gf188);
a question about several units stays a question."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
EVERY_UNIT = ["กลุ่มพัฒนาระบบบริหาร", "กองกลาง", "กองการเจ้าหน้าที่", "กองคลัง", "กองนิติการ", IT]

# Units joined by กับ / กะ / และ / a comma / spaces, short names, aliases and full names.
SEVERAL_UNITS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กก. กับ กจ. ส่งแผนครบแล้วนะคะ ขึ้นไดรฟ์ทั้งสองกอง", "MarkStep",
     {"step": "3", "unit": ["กองกลาง", "กองการเจ้าหน้าที่"], "channel": "google_drive"}),
    ("L", "ไอที กะ กองคลัง ส่งชื่อทีมแล้วจ้า", "MarkStep", {"step": "1", "unit": [IT, "กองคลัง"]}),
    ("L", "กจ. กับ ไอที ส่งแผนแล้วแต่ส่งทางเมลทั้งคู่ครับ", "MarkStep",
     {"step": "3", "unit": ["กองการเจ้าหน้าที่", IT], "channel": "email"}),
    ("L", "กองกลาง กองคลัง และกนต. แจ้งว่าเข้าประชุมครบทุกคน ผ่านขั้นตอนที่ 2 ค่ะ",
     "MarkStep", {"step": "2", "unit": ["กองกลาง", "กองคลัง", "กองนิติการ"], "passed": True}),
    ("L", "กองคลังกับกองกลางส่งแผนแล้วค่ะ", "MarkStep", {"step": "3", "unit": ["กองคลัง", "กองกลาง"]}),
    ("L", "กค., กนต. ส่งรายชื่อทีมเรียบร้อยแล้ว", "MarkStep",
     {"step": "1", "unit": ["กองคลัง", "กองนิติการ"]}),
    ("L", "ขั้นตอนที่ 4 กองกลางและศทส. ส่งแล้วครับ", "MarkStep", {"step": "4", "unit": ["กองกลาง", IT]}),
    ("L", "กองคลังกับไอทีส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": ["กองคลัง", IT]}),
    ("L", "กจ. กนต. ส่งรายงานผลแล้วนะคะ", "MarkStep",
     {"step": "4", "unit": ["กองการเจ้าหน้าที่", "กองนิติการ"]}),
    # A name that is no unit of the organisation is kept as typed: the handler says so.
    ("L", "กองคลังกับกองปลอม ส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": ["กองคลัง", "?กองปลอม"]}),
]  # fmt: skip

# "ทุกหน่วย" / "ทุกกอง" / "ทั้ง 6 หน่วย" with ครบ: every unit of the organisation.
EVERY_UNIT_REPORTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แจ้งแทนทุกหน่วยครับ รายชื่อทีมขั้นตอนที่ 1 ส่งครบทั้ง 6 หน่วยแล้ว", "MarkStep",
     {"step": "1", "unit": EVERY_UNIT}),
    ("L", "ทุกกองส่งแผนครบแล้วค่ะ", "MarkStep", {"step": "3", "unit": EVERY_UNIT}),
    ("L", "รายชื่อทีมส่งครบทุกหน่วยแล้วครับ", "MarkStep", {"step": "1", "unit": EVERY_UNIT}),
    ("L", "ส่งแผนครบทุกหน่วยแล้วทางไดรฟ์", "MarkStep",
     {"step": "3", "unit": EVERY_UNIT, "channel": "google_drive"}),
]  # fmt: skip

# One unit stays one: a word beside it that names no unit, a unit sent to, one named twice.
ONE_UNIT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "พี่ต๋อยกับกองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองกลางส่งแผนไปที่ กพร. แล้ว", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "กองคลัง กค. ส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ไอทีส่งชื่อทีมแล้วจ้า", "MarkStep", {"step": "1", "unit": IT}),
]  # fmt: skip

# Asked of several units (or of every unit): a question, never a write.
ASKED_OF_SEVERAL = [
    "กองคลังกับกองกลางส่งแผนแล้วหรือยัง",
    "กก. กับ กจ. ส่งแผนครบยังคะ",
    "ไอทีกะกองคลังส่งชื่อทีมยัง",
    "ทุกหน่วยส่งแผนครบแล้วหรือยังคะ",
    "กจ. และ กนต. ส่งรายงานผลแล้วใช่ไหม",
    "กองกลาง กองคลัง เข้าประชุมครบทุกคนไหมคะ",
    "ต้องเข้าประชุมครบทุกคนไหม",
    "ทุกกองต้องส่งแผนครบทุกมิติไหมครับ",
]
# Every unit said with an exception or a shortfall: no report of every unit.
NOT_EVERY_UNIT = [
    "ส่งแผนครบทุกหน่วยยกเว้นกองคลัง",
    "รายชื่อทีมส่งแล้วเกือบครบทุกหน่วย",
    "แผนยังส่งไม่ครบทุกกองค่ะ",
]


@readings(SEVERAL_UNITS)
def test_a_step_reported_for_several_units_names_every_one(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(EVERY_UNIT_REPORTS)
def test_a_step_reported_complete_for_every_unit_names_them_all(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ONE_UNIT)
def test_a_step_reported_for_one_unit_stays_one(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", ASKED_OF_SEVERAL)
def test_a_question_about_several_units_stays_a_question(text: str) -> None:
    assert category(*settled(text, "L")) == "question"


@pytest.mark.parametrize("text", NOT_EVERY_UNIT)
def test_every_unit_with_an_exception_is_no_report_of_every_unit(text: str) -> None:
    _, slots = settled(text, "L")
    assert slots.get("unit") != EVERY_UNIT
