"""Issue 9, round 16 (a review of the round's rules): sentences near the new rules that ask,
instruct, deny or chat must not be read as writes — a unit correction needs a unit after
"เป็น", "ต่างหาก" (separately) reports nothing done, a plan mailed in is no report when the
sending failed or is still to come, a reminder's time is no setting when it is denied or the
number counts reminders, and a doubt that asks about what follows is not cut away."""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import settled

NOT_WRITES = [
    # "Sending is not X, it is Y" about anything but a unit.
    "ส่งแผนไม่ใช่เรื่องยาก เป็นเรื่องง่าย",
    "ยื่นแผนไม่ใช่เรื่องใหญ่ เป็นเรื่องเล็ก",
    "ที่ต้องส่งไม่ใช่แผน เป็นรายชื่อทีม",
    "แนบไฟล์ไม่ใช่ pdf เป็น word",
    # "ต่างหาก": separately, an instruction.
    "ต้องส่งรายชื่อทีมแยกต่างหาก",
    "ส่งแผนแยกต่างหาก",
    # A plan mailed that failed, was late, wrong or is still to go.
    "กองคลังส่งแผนเข้าเมลพี่ต๋อยไม่ได้",
    "กองคลังส่งแผนเข้าเมลพี่ต๋อยไม่สำเร็จ",
    "กองคลังส่งแผนเข้าเมลพี่ต๋อยพรุ่งนี้",
    "แผนกองกลางควรส่งเข้าอีเมลพี่ ไม่ได้อัปไดรฟ์",
    # A reminder's time denied, or a count of reminders, or another's reminder.
    "อย่าเตือนบ่ายสองโมงนะ",
    "ไม่ต้องเตือนเวลา 10:00 แล้ว",
    "เตือนสามครั้งแล้ว บ่ายสองโมงประชุม",
    "เตือนสองรอบแล้วนะ เดี๋ยวบ่ายสามโมงส่ง",
    "เตือน 2 ครั้งแล้ว 10 โมงยังไม่ส่ง",
    # A doubt about what follows, or a question about asking.
    "ไม่แน่ใจว่าแบบนี้ได้ไหม ส่งแผนทางไลน์แทน",
    "ถามแบบนี้ได้ไหม ขยะ 52.3",
    "ขยะ 52.3 บอทจะเข้าใจไหม ถ้าส่งแบบนี้",
]


@pytest.mark.parametrize("text", NOT_WRITES)
def test_near_the_new_rules_nothing_is_written(text: str) -> None:
    assert category(*settled(text, "L" if "ขยะ" not in text else "P")) != "write"


# The families the rules were made for still read.
STILL_WRITES = [
    ("L", "ขอโทษค่ะ ที่แจ้งส่งแผนเมื่อกี้ไม่ใช่กองคลังนะคะ เป็นกองนิติการค่ะ", "MarkStep"),
    ("L", "กองคลังส่งไฟล์แผนเข้าเมลพี่หน่อยแล้วค่ะ ยังไม่ได้อัปไดรฟ์", "MarkStep"),
    ("L", "ตั้งเตือนบ่ายสองโมงได้มั้ยคะ", "ReminderSettings"),
    ("P", "ไม่แน่ใจว่าพิมพ์แบบนี้ถูกไหมนะคะ ขยะ 52.3 ค่ะ", "SubmitValue"),
]


@pytest.mark.parametrize(("org", "text", "intent"), STILL_WRITES)
def test_the_rules_families_still_read(org: str, text: str, intent: str) -> None:
    assert settled(text, org)[0] == intent


# Figures that are no result: a countdown of days, a bound ("ไม่ถึง 50"), a rough figure
# ("50 กว่า"); and a day to send by, told as what must be done. Said in digits or in words.
NO_FIGURE_STORED = [
    ("L", "เหลือ 10 วันส่งแผน"),
    ("L", "อีกสิบวันส่งแผนแล้วนะทุกคน"),
    ("L", "อีก 3 วันต้องส่งแผนแล้วนะ"),
    ("P", "เหลืออีก 2 สัปดาห์ส่งผลขยะ"),
    ("P", "ขยะไม่ถึง 50"),
    ("P", "ขยะไม่ถึงห้าสิบ"),
    ("P", "ขยะตัวนี้ห้าสิบกว่า"),
    ("P", "ยาเสพติดเกือบ 80 แล้ว"),
    ("L", "ต้องส่งแผนภายในวันที่ 20"),
    ("L", "ต้องส่งแผนภายในวันที่ยี่สิบ"),
    ("L", "ส่งแผนไม่เกินวันที่ 20 นะคะ"),
]


@pytest.mark.parametrize(("org", "text"), NO_FIGURE_STORED)
def test_a_countdown_a_bound_or_a_day_to_send_by_is_no_write(org: str, text: str) -> None:
    assert category(*settled(text, org)) != "write"


REPORTS_KEPT = [
    ("P", "ขยะ 52.3 ครับ", "SubmitValue"),
    ("P", "ส่งผลขยะ 50 ครับ", "SubmitValue"),
    ("L", "กองคลังส่งแผนแล้ววันที่ 14", "MarkStep"),
    ("L", "ส่งแผนเรียบร้อยแล้วค่ะ ภายในวันที่ 14 ตามกำหนด", "MarkStep"),
]


@pytest.mark.parametrize(("org", "text", "intent"), REPORTS_KEPT)
def test_exact_figures_and_days_sent_still_report(org: str, text: str, intent: str) -> None:
    assert settled(text, org)[0] == intent
