"""Issue 9, round 14 (merging r14a and r14b): an item pointed at by its number with the
report's own word for it ("ประเด็นที่ 2") and asked whether it passed is a question of the
items, like one pointed at with "ข้อ"; the number is the item's, no figure to judge. The units
under an office ("ทุกกองในสังกัด") asked of register no one (dev_fresh29 gc110, never tuned)."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

ITEMS_POINTED_BY_NUMBER: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "โอนเปลี่ยนแปลงงบ ประเด็นที่ 2 ผ่านหรือยังคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "items"},
    ),
    ("O", "หลักสูตรสอบ ประเด็นที่ 2 ผ่านไหมคะ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    ("P", "อีโคทาวน์ ประเด็นที่ 1 ผ่านหรือยัง", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    ("B", "PB ประเด็นที่ 2 ผ่านยังครับ", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    (
        "O",
        "แผนพัฒนาบุคลากร ประเด็นที่ 3 ผ่านรึยัง",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "items"},
    ),
]


@readings(ITEMS_POINTED_BY_NUMBER)
def test_an_item_pointed_at_by_its_number_is_asked_of_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# "ทุกกองในสังกัด", "หน่วยงานในสังกัด…": the units under an office, asked of, register no one;
# the sender's own unit said with สังกัด still registers them.
UNITS_UNDER_AN_OFFICE = [
    "ขอทราบความคืบหน้าของทุกกองในสังกัดครับ",
    "สถานะของหน่วยงานในสังกัด สป.รง. ทั้งหมดครับ",
    "เรียนถามครับ ความก้าวหน้าของหน่วยในสังกัดเป็นอย่างไรบ้าง",
    "ขอภาพรวมคะแนนของกองในสังกัดทั้งหมดด้วยค่ะ",
]
REGISTERED_WITH_SANGKAT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ผมสังกัดกองคลังครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ขอลงทะเบียนเป็นสมาชิกในสังกัดกองกลางค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
]


@pytest.mark.parametrize("text", UNITS_UNDER_AN_OFFICE)
def test_the_units_under_an_office_asked_of_register_no_one(text: str) -> None:
    got = settled(text, "L")
    assert got[0] != "RegisterUnit"
    assert category(*got) != "write"


@readings(REGISTERED_WITH_SANGKAT)
def test_the_senders_unit_said_with_sangkat_registers_them(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
