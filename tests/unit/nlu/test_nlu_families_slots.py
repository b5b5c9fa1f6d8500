"""Families of issue 9, round 4: words left over around a question taken as what it names (a
particle spelling, "เลย", "ทั้งหมด", "รอบนี้", the organisation called "สำนัก", the chat group
the members registered in, who told the news). Each sentence is read through ``understand``
and settled against a seed organisation, like the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import settled

LEFTOVERS: list[tuple[str, str, str, dict[str, Any]]] = [
    # A lengthened particle (ค้า for ค่ะ) ends the message; สินค้า still ends with its word.
    ("L", "เหลืออีกกี่วันจะถึงวันส่งค้า", "Deadlines", {}),
    ("L", "รายงานผลต้องส่งเมื่อไหร่ค้า", "Deadlines", {"step": "4"}),
    # How much is asked of, not what.
    ("L", "ใครยังไม่ได้ส่งอะไรเลยบ้าง", "Missing", {}),
    ("B", "กองไหนยังไม่ส่งอะไรมาเลย", "Missing", {}),
    ("L", "ขอดูกำหนดส่งทั้งหมดหน่อย", "Deadlines", {}),
    ("L", "กำหนดส่งงานทั้งปีมีอะไรบ้าง", "Deadlines", {}),
    ("L", "เดือนนี้มีงานต้องส่งอะไรบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    # The current round is the one every deadline is of; plain sending names no step.
    ("P", "รอบนี้ต้องส่งผลภายในวันไหน", "Deadlines", {}),
    ("L", "ส่งผลได้ถึงวันไหน", "Deadlines", {}),
    ("L", "ส่งรายงานผลรอบนี้ได้ถึงวันไหน", "Deadlines", {"step": "4"}),
    # A part of the organisation's name no indicator is called by is the organisation.
    ("B", "ขอดูประวัติการส่งของสำนักทั้งหมด", "History", {}),
    ("O", "ขอประวัติการบันทึกของสำนักงานหน่อย", "History", {}),
    ("B", "ประวัติการบันทึกงบประมาณ", "History", {"indicator": ["1", "2", "3", "4"]}),
    # The chat group the members registered in is no unit.
    ("B", "สมาชิกในกลุ่มที่ลงทะเบียนไว้มีใครบ้าง", "Members", {}),
    ("L", "สมาชิกที่ลงทะเบียนไว้มีใครบ้าง", "Members", {}),
    ("L", "สมาชิกกลุ่มพัฒนาระบบบริหารมีใครบ้าง", "Members", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
    # Who told the news is not the unit marked; the unit the news is about still is.
    ("L", "ได้รับแจ้งจาก กพร. ว่าขั้นตอนที่ 3 ผ่านแล้ว", "MarkStep", {"step": "3", "passed": True}),
    (
        "L",
        "ได้รับแจ้งจากศทส.ว่ากองคลังผ่านขั้นตอนที่ 2 แล้ว",
        "MarkStep",
        {"step": "2", "passed": True, "unit": "กองคลัง"},
    ),
    ("L", "ส่งแผนแทนกองคลังแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@pytest.mark.parametrize(
    ("org", "text", "intent", "slots"), LEFTOVERS, ids=[c[1] for c in LEFTOVERS]
)
def test_leftover_words_name_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_word_ending_like_the_particle_keeps_it() -> None:
    from handlers.nlu.normalise import normalise

    assert normalise("ส่งแผนแล้วค้า") == "ส่งแผนแล้ว"
    assert normalise("ขายสินค้า") == "ขายสินค้า"
