"""Writes the fresh development part showed: a step needs the plan's own thing sent (photos of
an activity are chat), a caveat on the documents keeps the write, a unit glued to ของ is the
step's, a tier reached is a tier-valued indicator's value, and a reminder postponed."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import WRITES
from handlers.nlu.evaluation import TODAY
from handlers.nlu.questions import asks
from handlers.registry import understand
from tests.fakes.understanding import settled

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"


@pytest.mark.parametrize(
    "text",
    [
        "ส่งรูปกิจกรรมจิตอาสาลงกลุ่มแล้วนะคะ",
        "ส่งภาพประชุมเมื่อเช้าไว้ในอัลบั้มแล้วค่ะ",
        "ส่งคลิปกิจกรรมกีฬาสีให้พี่แล้วนะ",
    ],
)
def test_chat_about_sending_photos_is_no_step(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


@pytest.mark.parametrize(
    "text",
    ["ส่งแผนพัฒนาหน่วยงานเรียบร้อยแล้วค่ะ", "ไอทีส่งรายงานผลแล้ว", "ส่งไฟล์แผนแล้วครับ"],
)
def test_sending_the_plan_s_own_deliverable_is_still_a_step(text: str) -> None:
    assert settled(text)[0] == "MarkStep"


CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # A write with a caveat on its documents is still the write.
    ("L", "ส่งแผนแล้วนะคะ แต่เอกสารประกอบยังไม่ครบค่ะ", "MarkStep",
     {"step": "3", "documents": "incomplete"}),
    ("L", "กองคลังส่งรายชื่อทีมแล้วครับ เอกสารประกอบไม่ครบ", "MarkStep",
     {"step": "1", "unit": "กองคลัง", "documents": "incomplete"}),
    # The unit glued to ของ after a typed step is the unit the step is for.
    ("L", "ขั้นตอนที่ 3 ของกองนิติการผ่านแล้วครับ", "MarkStep",
     {"step": "3", "unit": "กองนิติการ", "passed": True}),
    ("L", "ขั้นตอนที่ 4 ของศทส.ไม่ผ่านนะคะ", "MarkStep",
     {"step": "4", "unit": ICT, "passed": False}),
    # A tier reached by a tier-valued indicator is its value, not a step.
    ("O", "Master Data ผ่านระดับ 2 แล้วค่ะ", "SubmitValue",
     {"indicator": "7", "value": "2", "raw_value": "2"}),
    # Postponing a reminder: the reason said after it names no step.
    ("L", "เลื่อนเตือนไปก่อนนะคะ งานยังทำไม่เสร็จเลย", "PostponeReminder", {}),
    ("L", "เลื่อนการแจ้งเตือนออกไปทีครับ", "PostponeReminder", {}),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "intent", "slots"), CASES)
def test_a_write_of_the_family_is_read_and_settled(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "asking"),
    [("งานยังทำไม่เสร็จ", False), ("ทำไม่ทันค่ะ", False), ("ทำไมยังไม่ส่ง", True)],
)
def test_a_word_that_goes_on_past_an_asking_word_asks_nothing(text: str, asking: bool) -> None:
    assert asks(text) is asking


@pytest.mark.parametrize("text", ["ส่งภาพประชุมทางไลน์แล้วนะคะ", "ส่งคลิปประชุมทางอีเมลแล้วค่ะ"])
def test_everyday_things_sent_through_a_channel_are_no_step(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("ไอทีส่งแผนทางไลน์แล้ว", {"step": "3", "unit": ICT, "channel": "line"}),
        ("ส่งแผนทาง google drive แล้วค่ะ", {"step": "3", "channel": "google_drive"}),
    ],
)
def test_a_step_sent_through_a_channel_is_still_the_step(text: str, slots: dict[str, Any]) -> None:
    assert settled(text) == ("MarkStep", slots)
