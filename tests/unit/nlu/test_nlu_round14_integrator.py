"""Issue 9, round 14 (merging r14a and r14b): an item pointed at by its number with the
report's own word for it ("ประเด็นที่ 2") and asked whether it passed is a question of the
items, like one pointed at with "ข้อ"; the number is the item's, no figure to judge."""

from __future__ import annotations

from typing import Any

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
