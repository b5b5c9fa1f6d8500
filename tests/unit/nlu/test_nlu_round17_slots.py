"""Round 17 (slots17): a step report read with the right intent and a detail short or wrong.
"gdrive" is Google Drive; "ครบทุกไฟล์", "แบบฟอร์ม 4 ครบถ้วน" tell the documents complete; a
cover letter sent alone ("ส่งไปแค่หนังสือนำ") is no paper channel and no documents; a day said
missed ("ไม่ทันเมื่อวาน") is not the day it was sent when another is named; laughter after a
channel that failed ("ไดรฟ์เข้าไม่ได้ 555") is no value. None of the questions beside them
becomes a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

_FIN = "กองคลัง"
_MID = "กองกลาง"
_LAW = "กองนิติการ"
_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

GDRIVE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งแผนทาง gdrive แล้วครับ", "MarkStep",
     {"step": "3", "unit": _FIN, "channel": "google_drive"}),
    ("L", "update: กองคลัง form 4 done ส่งทาง gdrive แล้ว", "MarkStep",
     {"step": "4", "unit": _FIN, "channel": "google_drive"}),
    ("L", "แผนกองกลางขึ้น GDrive แล้วค่ะ", "MarkStep",
     {"step": "3", "unit": _MID, "channel": "google_drive"}),
    ("L", "ส่งรายงานผลทาง g-drive เรียบร้อยครับ", "MarkStep",
     {"step": "4", "channel": "google_drive"}),
    ("L", "กองนิติการส่งแผนลง g drive แล้วนะคะ", "MarkStep",
     {"step": "3", "unit": _LAW, "channel": "google_drive"}),
]  # fmt: skip

COMPLETE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งแผนแล้ว ครบทุกไฟล์ค่ะ", "MarkStep",
     {"step": "3", "unit": _FIN, "documents": "complete"}),
    ("L", "ส่งรายงานผลแล้วครับ แนบครบทุกฉบับ", "MarkStep",
     {"step": "4", "documents": "complete"}),
    ("L", "กองกลางส่งแผนแล้วนะคะ เอกสารครบทุกรายการ", "MarkStep",
     {"step": "3", "unit": _MID, "documents": "complete"}),
    ("L", "กองคลังส่งรายงานผลตามแบบฟอร์ม 4 ครบถ้วนแล้วครับ", "MarkStep",
     {"step": "4", "unit": _FIN, "documents": "complete"}),
    ("L", "แบบฟอร์มที่ 4 ครบถ้วนแล้วค่ะ กองกลางส่งรายงานผลทางไดรฟ์", "MarkStep",
     {"step": "4", "unit": _MID, "channel": "google_drive", "documents": "complete"}),
    ("L", "ส่งแผนครบทุกแบบฟอร์มแล้วครับ", "MarkStep", {"step": "3", "documents": "complete"}),
]  # fmt: skip

COVER_LETTER: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เอกสารแผนของกองคลังยังไม่ได้แนบครับ ส่งไปแค่หนังสือนำ", "MarkStep",
     {"step": "3", "unit": _FIN, "documents": "missing"}),
    ("L", "กองกลางส่งแผนไปแค่หนังสือนำส่งค่ะ ไฟล์ยังไม่ได้แนบ", "MarkStep",
     {"step": "3", "unit": _MID, "documents": "missing"}),
    ("L", "แผนของกองนิติการส่งมาเพียงหนังสือนำนะครับ", "MarkStep",
     {"step": "3", "unit": _LAW, "documents": "missing"}),
    # A paper copy said in other words is still the paper channel.
    ("L", "กองคลังส่งแผนเป็นหนังสือกระดาษแล้วค่ะ", "MarkStep",
     {"step": "3", "unit": _FIN, "channel": "paper"}),
    ("L", "กองกลางส่งแผนเป็นหนังสือไปแล้วครับ", "MarkStep",
     {"step": "3", "unit": _MID, "channel": "paper"}),
]  # fmt: skip

MISSED_DAY: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งไฟล์แผนไม่ทันเมื่อวานค่ะ เลยส่งวันนี้แทน", "MarkStep",
     {"step": "3", "unit": _FIN, "done_on": "2025-01-15"}),
    ("L", "กองกลางส่งแผนไม่ทันเมื่อวานซืน เลยส่งเมื่อวานแทนครับ", "MarkStep",
     {"step": "3", "unit": _MID, "done_on": "2025-01-14"}),
    ("L", "รายงานผลส่งไม่ทันวันที่ 10 ม.ค. ค่ะ ส่งไปวันที่ 13 ม.ค. แทน", "MarkStep",
     {"step": "4", "done_on": "2025-01-13"}),
    ("L", "เมื่อวานส่งไม่ทัน วันนี้ส่งแผนแล้วค่ะ ทางไดรฟ์", "MarkStep",
     {"step": "3", "done_on": "2025-01-15", "channel": "google_drive"}),
    # One day named, and sent on it: that day.
    ("L", "กองคลังส่งแผนเมื่อวานค่ะ", "MarkStep",
     {"step": "3", "unit": _FIN, "done_on": "2025-01-14"}),
]  # fmt: skip

LAUGHTER: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไอทีส่งแผนทางเมลไปก่อนนะครับ ไดรฟ์เข้าไม่ได้ 555", "MarkStep",
     {"step": "3", "unit": _IT, "channel": "email"}),
    ("L", "กองคลังส่งแผนทางอีเมลแล้ว ไดรฟ์ล่ม 5555", "MarkStep",
     {"step": "3", "unit": _FIN, "channel": "email"}),
    ("L", "ส่งรายงานผลทางเมลครับ drive พัง 555", "MarkStep",
     {"step": "4", "channel": "email"}),
]  # fmt: skip


# Activities added to the plan's dimensions are the plan (step 3), not activities attended.
PLAN_ACTIVITIES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แผนกองคลังครบ 3 มิติแล้ว เพิ่มกิจกรรมมิติ 2 เข้าไปแล้ว", "MarkStep",
     {"step": "3", "unit": _FIN, "dims": [1, 2, 3]}),
    ("L", "แผน กก. ครบมิติแล้วครับ เพิ่มกิจกรรมมิติ 3 ให้แล้ว", "MarkStep",
     {"step": "3", "unit": _MID, "dims": [1, 2, 3]}),
    ("L", "แผนของกองนิติการครบทุกมิติแล้วค่ะ เพิ่มกิจกรรมในมิติ 1 เรียบร้อย", "MarkStep",
     {"step": "3", "unit": _LAW, "dims": [1, 2, 3]}),
    # Activities attended stay step 2.
    ("L", "กองคลังเข้าร่วมกิจกรรมแล้ว 7 จาก 8 ครั้ง", "MarkStep",
     {"step": "2", "unit": _FIN, "met": 7, "of": 8}),
]  # fmt: skip


@readings(GDRIVE + COMPLETE + COVER_LETTER + MISSED_DAY + LAUGHTER + PLAN_ACTIVITIES)
def test_step_report_details(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


QUESTIONS_NOT_WRITES = [
    "ส่งทาง gdrive ได้ไหมคะ",
    "ต้องแนบครบทุกไฟล์ไหมครับ",
    "ส่งแค่หนังสือนำได้ไหมคะ",
    "ต้องทำหนังสือนำส่งเป็นกระดาษด้วยไหมคะ",
    "ถ้าส่งไม่ทันเมื่อวาน ส่งวันนี้แทนได้ไหมครับ",
    "แบบฟอร์ม 4 ต้องครบถ้วนแค่ไหนคะ",
    "ไดรฟ์เข้าไม่ได้ 555 ส่งทางเมลได้ไหม",
]


def test_questions_beside_the_reports_are_no_writes() -> None:
    for text in QUESTIONS_NOT_WRITES:
        assert settled(text)[0] not in {"MarkStep", "SubmitValue"}, text
