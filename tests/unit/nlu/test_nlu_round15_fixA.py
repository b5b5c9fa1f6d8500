"""Round 15 (fixA): relayed step reports and unit figures. A unit recorded for ("ฝากบันทึกให้
กพร. …") is the report's unit; a unit named in what was told ("กพร.แจ้งว่ารายชื่อทีมของกองกลาง…")
is the one whose work it is, not the teller, nor the one who checked it ("ได้รับการตรวจจาก
กพร."); questions alike stay questions."""

from __future__ import annotations

from typing import Any

from handlers.nlu.evaluation import TODAY
from handlers.nlu.extract import extract
from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_OPDC = "กลุ่มพัฒนาระบบบริหาร"
_HR = "กองการเจ้าหน้าที่"

# (A) The unit recorded for, and the unit told of.
RELAYED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ฝากบันทึกให้กองคลังด้วยครับ ส่งแผนแล้วทางไดรฟ์", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "channel": "google_drive"}),
    ("L", "ฝากลงให้ ศทส. หน่อยค่ะ รายชื่อทีมส่งแล้วเมื่อวาน", "MarkStep",
     {"step": "1", "unit": _IT, "done_on": "2025-01-14"}),
    ("L", "รบกวนบันทึกให้กองกลางด้วยนะคะ ส่งรายงานผลทางอีเมลเมื่อวาน", "MarkStep",
     {"step": "4", "unit": "กองกลาง", "channel": "email", "done_on": "2025-01-14"}),
    ("L", "ช่วยบันทึกให้ กจ. ด้วย แผนส่งแล้ว ครบ 3 มิติ", "MarkStep",
     {"step": "3", "unit": _HR, "dims": [1, 2, 3]}),
    ("L", "ส่งแผนไปให้ กพร. แล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "กองคลังแจ้งมาว่าแผนของศทส.ส่งแล้วเมื่อวาน", "MarkStep",
     {"step": "3", "unit": _IT, "done_on": "2025-01-14"}),
    ("L", "ศทส.บอกว่ารายงานผลของกองนิติการส่งทางอีเมลแล้ว", "MarkStep",
     {"step": "4", "unit": "กองนิติการ", "channel": "email"}),
    ("L", "แผนของกองกลางผ่านการตรวจจาก กพร. แล้วค่ะ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "passed": True}),
    ("L", "กพร. แจ้งว่าแผนของ กจ. ไม่ผ่าน", "MarkStep",
     {"step": "3", "unit": _HR, "passed": False}),
    ("L", "กพร.แจ้งว่าส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": _OPDC}),
    # Questions alike stay questions.
    ("L", "ฝากบันทึกให้กองคลังได้ไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กพร.แจ้งว่าแผนของกองกลางส่งหรือยังคะ", "Missing", {"step": "3"}),
]  # fmt: skip


@readings(RELAYED)
def test_relayed_reports_name_the_units_work(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (B) A weekday with its day number ("วันศุกร์ที่ ๑๐") is that day, never a value; a weekday
# alone in a report of a thing done is the last such day (today included); days to come stay
# no report.
WEEKDAYS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งแผนวันจันทร์ที่ 13 ทางไดรฟ์", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-13", "channel": "google_drive"}),
    ("L", "ส่งรายชื่อทีมเมื่อวันอังคารที่ 7 แล้วค่ะ", "MarkStep",
     {"step": "1", "done_on": "2025-01-07"}),
    ("L", "กนต.ส่งแผนวันพฤหัสที่ ๙ ครับ", "MarkStep",
     {"step": "3", "unit": "กองนิติการ", "done_on": "2025-01-09"}),
    ("L", "กองกลางส่งแผนวันศุกร์ทางไดรฟ์", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "done_on": "2025-01-10", "channel": "google_drive"}),
    ("L", "ศทส.ส่งรายชื่อทีมแล้ว วันพุธ", "MarkStep",
     {"step": "1", "unit": _IT, "done_on": "2025-01-15"}),
    ("L", "จะส่งแผนวันศุกร์ที่ 17 นะคะ", "Unknown", {}),
    ("L", "กองคลังส่งแผนวันศุกร์นี้นะ", "Unknown", {}),
    ("L", "แผนต้องส่งภายในวันศุกร์ที่ 17 ใช่ไหม", "Deadlines", {"step": "3"}),
    ("L", "เลื่อนเตือนไปวันจันทร์ได้มั้ยคะ", "PostponeReminder", {}),
]  # fmt: skip


@readings(WEEKDAYS)
def test_weekdays_told_with_a_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) A unit's score for the organisation's one indicator: the words around it that say when,
# by whom or why ("รอบแรก", "ที่บันทึกไว้", "ตามที่ กพร. ตรวจแล้ว", "โดนหักส่งช้า") name no
# indicator; questions of scores and deductions stay questions. "ผ่านช่องทาง" is no verdict.
SCORES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังได้ 3 คะแนนตามที่ กพร. แจ้งมา", "SubmitValue",
     {"indicator": "1", "value": "3", "raw_value": "3", "unit": "กองคลัง"}),
    ("L", "ศทส.รอบแรกได้ 2.5 คะแนนค่ะ", "SubmitValue",
     {"indicator": "1", "value": "2.5", "raw_value": "2.5", "unit": _IT}),
    ("L", "คะแนนกองนิติการที่บันทึกไว้ 2 ผิดค่ะ ต้องเป็น 2.5", "SubmitValue",
     {"indicator": "1", "value": "2.5", "raw_value": "2.5", "unit": "กองนิติการ"}),
    ("L", "กองกลางได้ 2.8 โดนหักเพราะส่งช้า", "SubmitValue",
     {"indicator": "1", "value": "2.8", "raw_value": "2.8", "unit": "กองกลาง"}),
    ("L", "กองคลังได้ 3 คะแนนจากการแข่งฟุตบอล", "SubmitValue",
     {"indicator": "?แข่งฟุตบอล", "value": "3", "raw_value": "3", "unit": "กองคลัง"}),
    ("L", "ส่งช้าโดนหักกี่คะแนน", "RuleQuestion", {"topic": "deductions"}),
    ("L", "โดนหักเพราะส่งช้าใช่ไหมคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "กองคลังส่งช้าไป 2 วัน โดนหักเท่าไหร่", "RuleQuestion", {"topic": "deductions"}),
    ("L", "กองคลังได้ 3 คะแนนใช่ไหม", "Status", {"unit": "กองคลัง"}),  # asked, never a write
    ("L", "กองคลังส่งแผนผ่านช่องทาง Google Drive แล้ว เอกสารครบ", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "channel": "google_drive", "documents": "complete"}),
    ("L", "แผนกองกลางผ่านแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองกลาง", "passed": True}),
]  # fmt: skip


@readings(SCORES)
def test_unit_scores_and_verdicts(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (D) An attendance told passed ("…คิดเป็นร้อยละ 92.5 ผ่านเกณฑ์ครับ") is step 2 reported; the
# same words asked, supposed or set as a bar stay the rule's question.
ATTENDANCE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ทีม PMQA ศทส. เข้าประชุมร้อยละ 88 ผ่านเกณฑ์", "MarkStep",
     {"step": "2", "unit": _IT, "value": "88", "passed": True}),
    ("L", "การเข้าร่วมกิจกรรมของกองกลาง 86% ผ่านเกณฑ์นะคะ", "MarkStep",
     {"step": "2", "unit": "กองกลาง", "value": "86", "passed": True}),
    ("L", "กองคลังเข้าร่วมประชุม 90% ผ่านเกณฑ์แล้วค่ะ", "MarkStep",
     {"step": "2", "unit": "กองคลัง", "value": "90", "passed": True}),
    ("L", "เข้าประชุม 80% ผ่านเกณฑ์ไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าร่วมประชุมกี่เปอร์เซ็นต์ถึงผ่านเกณฑ์", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าประชุม 80% ถึงจะผ่านเกณฑ์", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าประชุม 85% ก็ผ่านเกณฑ์ใช่มั้ย", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ถ้าเข้าประชุม 85% ผ่านเกณฑ์", "RuleQuestion", {"topic": "attendance"}),
]  # fmt: skip


@readings(ATTENDANCE)
def test_attendance_told_passed(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (E) Documents told short: "ยังไม่แนบไฟล์" attaches none; "ส่งมาไม่ครบ" says how short, no
# sending of its own; asked of who, or of what to do, it stays no write.
DOCUMENTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แผนศทส.ยังไม่แนบไฟล์นะคะ", "MarkStep",
     {"step": "3", "unit": _IT, "documents": "missing"}),
    ("L", "กองกลางส่งรายงานผลแล้ว แต่ยังไม่แนบหลักฐาน", "MarkStep",
     {"step": "4", "unit": "กองกลาง", "documents": "missing"}),
    ("L", "แผนของกองคลังเอกสารยังไม่ครบ ส่งมาแค่ครึ่งเดียว", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "documents": "incomplete"}),
    ("L", "รายชื่อทีมของกองกลางยังขาดไฟล์แนบ ส่งมาไม่ครบค่ะ", "MarkStep",
     {"step": "1", "unit": "กองกลาง", "documents": "incomplete"}),
    ("L", "กองกลางส่งแผนแล้วแต่ลืมแนบแบบฟอร์ม 3", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "documents": "incomplete"}),
    ("L", "ยังไม่ได้ส่งแผน เอกสารไม่ครบ", "Unknown", {}),
    ("L", "แผนของกจ.ยังขาดแบบฟอร์ม 2 ต้องส่งเพิ่มไหม", "Unknown", {}),
    ("L", "แผนใครยังขาดแบบฟอร์ม 2 บ้าง", "Missing", {"step": "3"}),
    ("L", "ลืมแนบฟอร์ม 2 ต้องทำยังไงคะ", "RuleQuestion", {"topic": "form"}),
]  # fmt: skip


@readings(DOCUMENTS)
def test_documents_told_short(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (F) A day said instead of another on a step report ("ส่งแผน๑๔ไม่ใช่๑๐") is the day sent; a
# value said instead of another stays a value, a form's number no day, a question no write.
DAY_CORRECTED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองกลางส่งแผน 14 นะคะ ไม่ใช่ 10", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "done_on": "2025-01-14"}),
    ("L", "ขอแก้นะคะ กองคลังส่งรายชื่อทีม 7 ไม่ใช่ 8", "MarkStep",
     {"step": "1", "unit": "กองคลัง", "done_on": "2025-01-07"}),
    ("L", "แก้หน่อย กนต.ส่งรายงานผล 13 ไม่ใช่ 12 ค่ะ", "MarkStep",
     {"step": "4", "unit": "กองนิติการ", "done_on": "2025-01-13"}),
    ("P", "ขยะได้ 14 ไม่ใช่ 10", "SubmitValue", {"indicator": "2", "value": "14", "raw_value": "14"}),
    ("L", "ส่งแผน 14 ไม่ใช่ 10 ใช่ไหม", "Unknown", {}),
]  # fmt: skip


@readings(DAY_CORRECTED)
def test_day_said_instead(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_forms_number_is_no_day() -> None:
    assert not extract("ส่งแบบฟอร์ม 2 ไม่ใช่ 3", today=TODAY).dates
