"""A question about a setting or a coordinator's act ("เปิดการเตือนยังไง", "ปิดปีงบประมาณ
เมื่อไหร่", "เพิ่มหน่วยงานใหม่ได้ยังไง") stores nothing: like a submission's words in a
question, they are read by the next rule instead."""

from __future__ import annotations

import pytest

from handlers.intents import stores
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand


@pytest.mark.parametrize(
    "text",
    [
        "เปิดการเตือนยังไง",
        "ปิดการเตือนยังไงคะ",
        "ตั้งเตือนทุกวันจันทร์ 9 โมงได้ยังไง",
        "ปิดปีงบประมาณเมื่อไหร่",
        "ปิดปีงบประมาณยังไงครับ",
        "เพิ่มหน่วยงานใหม่ได้ยังไง",
        "ค่าฐานขยะ 50 ใช่ไหม",
        "ค่าฐานขยะปีที่แล้วเท่าไหร่",
    ],
)
def test_a_question_stores_nothing(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)


@pytest.mark.parametrize(
    "text",
    ["ปิดการเตือน", "ตั้งเตือน 7 3 1", "ปิดปีงบประมาณ", "เพิ่มหน่วยงาน กองแผน (กผ.)", "ค่าฐานขยะ 50"],
)
def test_the_commands_still_store(text: str) -> None:
    assert stores(understand(text, today=TODAY).intent)
