"""Regional question particles ask, like ไหม: Isan "บ่"/"บ่อ"/"แม่นบ่" and northern "ก่อ" ending a
message. A question never opens a card, so "กองคลังส่งแผนแล้วบ่" is that unit's status, not a
report that it sent; the same words without the particle still report."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

ASKED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งแผนแล้วบ่", "Status", {"unit": "กองคลัง"}),
    ("L", "กจ.ส่งรายชื่อแล้วก่อ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ส่งแผนแล้วบ่", "Missing", {"step": "3"}),
    ("L", "ขั้นตอนที่ 3 ส่งแล้วบ่อ", "Missing", {"step": "3"}),
    ("L", "ส่งแผนแล้ว แม่นบ่", "Missing", {"step": "3"}),
    ("P", "ขยะได้เท่าไหร่บ่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


@readings(ASKED)
def test_a_regional_question_particle_asks(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text", ["กองคลังส่งแผนแล้วค่ะ", "กองคลังส่งแผนแล้วเด้อ", "กองคลังส่งแผนแล้ว บ่ายนี้ส่งเอกสารตาม"]
)
def test_the_same_report_without_the_particle_still_reports(text: str) -> None:
    assert settled(text, "L")[0] == "MarkStep"
