"""Issue 9, round 17 (the integrator's): words that say a sending is due now, failed, or is
asked about with a spoken ending are no step sent — "ต้องส่งแผนแล้ว" (it is time to send it),
"เมื่อวานส่งแผนไม่ได้" (it could not be sent), "ส่งแผนแล้วรึ" (has it been sent?) — while a
sending told done beside them still is."""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import settled

NOT_WRITES = [
    # Due now: the แล้ว of it being time, nothing done.
    ("L", "ต้องส่งแผนแล้ว"),
    ("L", "ต้องส่งแผนแล้วนะคะ"),
    ("L", "ต้องส่งรายชื่อทีมแล้วครับ"),
    ("L", "ได้เวลาส่งแผนแล้ว"),
    ("L", "ถึงเวลาส่งรายงานผลแล้วนะทุกคน"),
    ("L", "กองคลังต้องส่งแผนแล้วนะ"),
    ("L", "ต้องอัปแผนขึ้นไดรฟ์แล้ว"),
    # Failed: a sending that could not be made or was late.
    ("L", "เมื่อวานส่งแผนไม่ได้"),
    ("L", "เมื่อวานส่งแผนไม่ได้ค่ะ ไดรฟ์ล่ม"),
    ("L", "วันที่ 20 ส่งรายชื่อทีมไม่ได้ครับ"),
    ("L", "เมื่อวานอัปแผนไม่ได้เลย"),
    ("L", "เมื่อวานส่งแผนไม่ทัน"),
    # Asked with a spoken ending.
    ("L", "ส่งแผนแล้วรึ"),
    ("L", "กองคลังส่งแผนแล้วรึ"),
    ("L", "ส่งรายงานผลแล้วรึคะ"),
]


@pytest.mark.parametrize(("org", "text"), NOT_WRITES)
def test_a_sending_due_failed_or_asked_is_no_step_sent(org: str, text: str) -> None:
    assert category(*settled(text, org)) != "write"


STILL_SENT = [
    ("L", "ส่งแผนแล้ว", "3"),
    ("L", "เมื่อวานส่งแผนแล้วค่ะ", "3"),
    ("L", "เมื่อวานส่งแผน", "3"),
    ("L", "เมื่อวานส่งแผนไม่ได้ วันนี้ส่งแล้วค่ะ", "3"),
    ("L", "ส่งแผนแล้ว แต่ไม่ได้แนบฟอร์ม 2", "3"),
    ("L", "เมื่อวานส่งแผนไม่ได้แนบฟอร์ม 3", "3"),
    ("L", "กองคลังส่งแผนแล้วครับ", "3"),
]


@pytest.mark.parametrize(("org", "text", "step"), STILL_SENT)
def test_a_sending_told_done_beside_them_still_is(org: str, text: str, step: str) -> None:
    intent, slots = settled(text, org)
    assert (intent, slots.get("step")) == ("MarkStep", step)
