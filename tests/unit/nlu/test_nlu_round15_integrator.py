"""Issue 9, round 15 (integrator): "…ยังคะ" / "…ยังครับ" closing a clause in the middle of a
message asks whether something was done ("กองบุคคลส่งแผนไปยังคะ หนูเห็นในไดรฟ์…": dev_fresh30
gd033, a question read as a write on arrival); "ยังค่ะ" (not yet) and "ไปยัง" (to) do not ask."""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import settled

# A clause asking "…yet?" followed by more words: never a write.
ASKED_YET_MID_MESSAGE = [
    "กองคลังส่งแผนไปยังคะ หนูเห็นในไดรฟ์มีแต่ไฟล์ร่าง",
    "ไอทีส่งรายชื่อทีมยังครับ พี่ต๋อยถามมา",
    "กจ.ส่งแผนแล้วยังคะ ใกล้หมดเขตแล้ว",
    "กองกลางอัปแผนขึ้นไดรฟ์ยังคะ เมื่อเช้ายังไม่เห็น",
    "กนต.ส่งรายงานผลยังคับ ผอ.จะเอาไปประชุม",
    "ส่งแผนของกองคลังยังคะ จะได้ปิดงาน",
    "ศทส.ส่งฟอร์ม 4 ยังครับ เห็นเงียบๆ",
]
# Reports that hold ยัง in another sense stay reports.
STILL_REPORTS = [
    ("กองคลังส่งแผนไปยังกพร.แล้วค่ะ", "MarkStep"),
    ("กองกลางส่งแผนแล้วค่ะ ยังไม่ได้แนบฟอร์ม 3", "MarkStep"),
]


@pytest.mark.parametrize("text", ASKED_YET_MID_MESSAGE)
def test_a_clause_asking_yet_is_no_write(text: str) -> None:
    assert category(*settled(text, "L")) != "write"


@pytest.mark.parametrize(("text", "intent"), STILL_REPORTS)
def test_ยัง_in_another_sense_keeps_the_report(text: str, intent: str) -> None:
    assert settled(text, "L")[0] == intent
