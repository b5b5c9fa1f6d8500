"""Issue 9, round 19 (found by the integrator on new corpus parts), each family with near misses:

1. "ปะ" / "ป้ะ" / "มะ" (chat spellings of ไหม) ask wherever they stand, also with
   more words after them ("ส่งplanผ่านline ได้ปะครับ drive มันเข้าไม่ได้อะ").
"""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import settled

# -- 1. "ได้ปะ" asks mid-message ------------------------------------------------------------
MAY_WE = [
    "ส่งplanผ่านline ได้ปะครับ drive มันเข้าไม่ได้อะ",
    "ส่งแผนผ่านไลน์ได้ปะครับ",
    "ส่งแผนทางเมลได้ป้ะ ไดรฟ์เต็ม",
    "ส่งแผนทางอีเมลได้มะ ไดรฟ์เข้าไม่ได้",
    "ส่งแผนพรุ่งนี้ได้ปะ ยังไม่เสร็จเลย",
]


@pytest.mark.parametrize("text", MAY_WE)
def test_a_chat_spelt_may_we_is_a_question(text: str) -> None:
    intent, slots = settled(text, "L")
    assert category(intent, slots) == "question", (intent, slots)


STILL_WRITES = [
    "ส่งแผนแล้วครับ ได้ปะทะกับงานอื่นนิดหน่อย",
    "ส่งแผนทางไดรฟ์แล้วค่ะ",
]


@pytest.mark.parametrize("text", STILL_WRITES)
def test_a_report_without_the_ask_stays_a_report(text: str) -> None:
    intent, _ = settled(text, "L")
    assert intent == "MarkStep"
