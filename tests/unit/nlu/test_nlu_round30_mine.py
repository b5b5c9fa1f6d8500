"""Round 30 (dev_fresh97-100), mine: writes read wrongly on arrival, fixed first.

1. A meeting still to come beside today's day ("เช้านี้ขอสรุปทุกกองก่อนเข้าประชุม 10 โมงค่ะ") is
   no attendance: only a day before today, "เมื่อ…", a turnout or a done word tells one attended.
"""

from __future__ import annotations

from tests.fakes.understanding import read_as_writes, readings, settled

TO_COME = [
    "เช้านี้ขอสรุปทุกกองก่อนเข้าประชุม 10 โมงค่ะ",
    "วันนี้ขอภาพรวมก่อนเข้าประชุม 9 โมงนะคะ",
    "บ่ายนี้ต้องเข้าประชุม 2 โมง ขอสถานะด่วนครับ",
    "พรุ่งนี้เช้าจะเข้าประชุมผู้บริหาร 9 โมง ขอสรุปหน่อย",
]
ATTENDED = [
    (
        "L",
        "กองคลังเข้าประชุมชี้แจงเมื่อวานครบค่ะ",
        "MarkStep",
        {"step": "2", "done_on": "2025-01-14", "unit": "กองคลัง"},
    ),
    ("L", "กองคลังเข้าร่วมประชุมชี้แจงเมื่อ 20 ธ.ค. ครบทุกคน", "MarkStep", {"step": "2", "unit": "กองคลัง"}),
    (
        "L",
        "เมื่อวานกองกลางเข้าประชุมชี้แจงแล้ว",
        "MarkStep",
        {"step": "2", "done_on": "2025-01-14", "unit": "กองกลาง"},
    ),
    (
        "L",
        "กองคลังเข้าประชุมชี้แจงวันนี้แล้วค่ะ",
        "MarkStep",
        {"step": "2", "done_on": "2025-01-15", "unit": "กองคลัง"},
    ),
]


def test_a_meeting_to_come_today_is_no_attendance() -> None:
    assert read_as_writes(TO_COME) == []


@readings(ATTENDED)
def test_a_meeting_attended_on_a_day_past_is_told(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)
