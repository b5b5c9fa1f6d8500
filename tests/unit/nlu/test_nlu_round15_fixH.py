"""Round 15 (fixH): step reports and figures. A share reported with its parts ("ร้อยละ 14.2
(311 จาก 2,190 แห่ง)") is the share; reminder days said in words ("สิบวัน") are days; this
year's figure compared with last year's ("ปีนี้ 79.8 ตกจากปีที่แล้ว") is a value, no baseline;
the questions alike stay questions."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

# (A) A share with its parts: the share is the value, the parts are how it was counted.
SHARES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "ตัวที่ 1 ได้ร้อยละ 14.2 นะคะ (เทศบาลตำบล 311 แห่งจาก 2,190 แห่ง)", "SubmitValue",
     {"indicator": "1", "value": "14.2", "raw_value": "ร้อยละ 14.2", "percent": True}),
    ("B", "ตัวชี้วัดที่ 1 ได้ 14.2% (311 จาก 2,190 แห่ง)", "SubmitValue",
     {"indicator": "1", "value": "14.2", "raw_value": "14.2%", "percent": True}),
    ("B", "ตัวที่ 2 ได้ร้อยละ 87.5 จากผู้ตอบแบบสำรวจ 1,240 ราย", "SubmitValue",
     {"indicator": "2", "value": "87.5", "raw_value": "ร้อยละ 87.5", "percent": True}),
    ("B", "ส่งผลตัวที่ 6 ได้ร้อยละ 91.4 (53 จาก 58 ชุด)", "SubmitValue",
     {"indicator": "6", "value": "91.4", "raw_value": "ร้อยละ 91.4", "percent": True}),
    ("B", "ตัวที่ 1 ได้ 31.5 เปอร์เซ็นต์ คือ 690 แห่งจาก 2,190 แห่ง", "SubmitValue",
     {"indicator": "1", "value": "31.5", "raw_value": "31.5 เปอร์เซ็นต์", "percent": True}),
    # Parts alone are still the figure typed; a correction keeps its new value.
    ("B", "ตัวที่ 1 ได้ 311 แห่งจาก 2,190 แห่ง", "SubmitValue",
     {"indicator": "1", "value": "311", "raw_value": "311"}),
    ("B", "ตัวที่ 1 แก้จาก 12% เป็น 14", "SubmitValue",
     {"indicator": "1", "value": "14", "raw_value": "14"}),
    # Questions alike stay questions.
    ("B", "ตัวที่ 1 ได้ร้อยละ 14.2 (311 จาก 2,190 แห่ง) ผ่านเกณฑ์ไหมคะ", "IndicatorQuery",
     {"indicator": "1", "aspect": "tier"}),
    ("B", "ตัวที่ 1 ได้ร้อยละ 14.2 หรือ 311 จาก 2,190 แห่งคะ ต้องกรอกค่าไหน", "IndicatorQuery",
     {"indicator": "1"}),
]  # fmt: skip


@readings(SHARES)
def test_a_share_with_its_parts_is_the_share(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (B) Reminder days said in words.
DAYS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "อยากให้บอทเตือนก่อนถึงกำหนดสิบวัน แล้วก็อีกทีตอน 3 วันครับ", "ReminderSettings",
     {"action": "set", "days": [10, 3]}),
    ("L", "ตั้งเตือนล่วงหน้าเจ็ดวันครับ", "ReminderSettings", {"action": "set", "days": [7]}),
    ("L", "เตือนก่อนครบกำหนดสิบห้าวันกับห้าวันค่ะ", "ReminderSettings",
     {"action": "set", "days": [15, 5]}),
    ("L", "ช่วยเตือนก่อนยี่สิบวันด้วย", "ReminderSettings", {"action": "set", "days": [20]}),
    ("L", "ตั้งเตือนก่อนสามวัน ตอนเก้าโมงครับ", "ReminderSettings",
     {"action": "set", "days": [3], "hour": 9, "minute": 0}),
    # Questions stay questions.
    ("L", "ตอนนี้ตั้งเตือนไว้กี่วันนะ", "ReminderSettings", {"action": "show"}),
    ("L", "เตือนทุกวันได้ไหม", "Unknown", {}),
]  # fmt: skip


@readings(DAYS)
def test_reminder_days_in_words(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (C) This year's figure beside last year's: a value; last year's own figure: a baseline.
THIS_YEAR: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "คะแนน DG ปีนี้ 79.8 ตกจากปีที่แล้วนิดหน่อย บันทึกไว้ก่อนครับ", "SubmitValue",
     {"indicator": "9", "value": "79.8", "raw_value": "79.8"}),
    ("O", "คะแนน DG ปีนี้ได้ 81.5 สูงกว่าปีที่แล้ว", "SubmitValue",
     {"indicator": "9", "value": "81.5", "raw_value": "81.5"}),
    ("O", "คะแนน DG ปีนี้ 80.2 ดีขึ้นกว่าปีที่แล้วครับ", "SubmitValue",
     {"indicator": "9", "value": "80.2", "raw_value": "80.2"}),
    ("O", "คะแนน DG ปีนี้ 79.8 ลดลงจากปีที่แล้ว", "SubmitValue",
     {"indicator": "9", "value": "79.8", "raw_value": "79.8"}),
    ("O", "คะแนน DG ปีที่แล้ว 78.2 ใช้เป็นฐานครับ", "SubmitBaseline",
     {"indicator": "9", "value": "78.2", "raw_value": "78.2", "year": 2567}),
    ("O", "คะแนน DG ปีที่แล้วได้ 78.2", "SubmitBaseline",
     {"indicator": "9", "value": "78.2", "raw_value": "78.2", "year": 2567}),
    # Questions stay questions.
    ("O", "คะแนน DG ปีนี้ 79.8 ตกจากปีที่แล้วไหมครับ", "IndicatorQuery", {"indicator": "9"}),
    ("O", "คะแนน DG ปีนี้ได้เท่าไหร่ ตกจากปีที่แล้วหรือเปล่า", "IndicatorQuery",
     {"indicator": "9", "aspect": "result"}),
]  # fmt: skip


@readings(THIS_YEAR)
def test_this_years_figure_beside_last_years(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (D) A step typed by a wrong number beside a deliverable named plainly: the deliverable wins;
# words that fit the number typed keep it; questions stay questions.
STEP_SAID: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้นตอนที่ 2 ส่งรายชื่อ PMQA Team ผ่านฟอร์มแล้วค่ะ ของกองนิติ", "MarkStep",
     {"step": "1", "unit": "กองนิติการ", "channel": "google_form"}),
    ("L", "ขั้น 4 แผน 3 ปีของ กจ. ส่งไปเมื่อวานครับ", "MarkStep",
     {"step": "3", "unit": "กองการเจ้าหน้าที่", "done_on": "2025-01-14"}),
    ("L", "ขั้นตอนที่ 3 กองคลังส่งรายชื่อทีมแล้ว", "MarkStep", {"step": "1", "unit": "กองคลัง"}),
    ("L", "ขั้น 1 กองกลางส่งแผนปฏิบัติการแล้ว", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ขั้น 2 กองคลังเข้าประชุมครบแล้ว", "MarkStep", {"step": "2", "unit": "กองคลัง"}),
    ("L", "ขั้น 3 ของกองคลังส่งแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ขั้น 4 กองคลังส่งรายงานผลตามแผนแล้ว", "MarkStep", {"step": "4", "unit": "กองคลัง"}),
    ("L", "ขั้นตอนที่ 3 แผนปฏิบัติการของกองกลางส่งแล้ว", "MarkStep",
     {"step": "3", "unit": "กองกลาง"}),
    ("L", "ขั้น 5 กองคลังผ่านแล้ว", "MarkStep", {"step": "5", "passed": True, "unit": "กองคลัง"}),
    # Questions stay questions.
    ("L", "ขั้นตอนที่ 2 ส่งรายชื่อทีมแล้วหรือยังคะ", "Missing", {"step": "2"}),
    ("L", "ขั้น 1 กองกลางส่งแผนสามปีแล้วใช่ไหม", "Status", {"unit": "กองกลาง"}),
]  # fmt: skip


@readings(STEP_SAID)
def test_the_deliverable_named_is_the_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (E) Attendance: the bar passed ("เกิน 85%") is no share; "ร่วมกิจกรรม" is attending.
ATTENDED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้นสองของกองคลังผ่านแล้วครับ เข้าประชุมเกิน 85%", "MarkStep",
     {"step": "2", "passed": True, "unit": "กองคลัง"}),
    ("L", "กองกลางผ่านขั้น 2 แล้ว เข้าร่วมเกินร้อยละ 85", "MarkStep",
     {"step": "2", "passed": True, "unit": "กองกลาง"}),
    ("L", "กองคลังเข้าประชุมมากกว่า 85% ผ่านขั้น 2 แล้วค่ะ", "MarkStep",
     {"step": "2", "passed": True, "unit": "กองคลัง"}),
    ("L", "กองกลาง ร่วมกิจกรรมได้ ร้อยละ 90", "MarkStep",
     {"step": "2", "value": "90", "unit": "กองกลาง"}),
    ("L", "ทีม PMQA ร่วมกิจกรรมได้ 88 เปอร์เซ็นต์", "MarkStep", {"step": "2", "value": "88"}),
    ("L", "ศทส.เข้าประชุมได้ 92% เกินเกณฑ์แล้ว", "MarkStep",
     {"step": "2", "value": "92", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    # Questions stay questions.
    ("L", "เข้าประชุมเกิน 85% ถึงจะผ่านใช่ไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ร่วมกิจกรรมกี่ครั้งถึงจะผ่าน 85%", "RuleQuestion", {"topic": "attendance"}),
    ("L", "กองคลังร่วมกิจกรรมได้ร้อยละ 90 ผ่านไหม", "RuleQuestion", {"topic": "attendance"}),
]  # fmt: skip


@readings(ATTENDED)
def test_attendance_bar_and_joined_activities(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (F) A step corrected by what was meant ("ที่ว่าขั้น 3 เมื่อกี้ ผมหมายถึงขั้น 2").
MEANT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ที่ว่าขั้น 3 เมื่อกี้ ผมหมายถึงขั้น 2 ครับ ไอทีเข้าประชุมครบแล้ว", "MarkStep",
     {"step": "2", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "ขั้น 4 ที่แจ้งไป หมายถึงขั้นตอนที่ 3 นะคะ กองคลังส่งแผนแล้ว", "MarkStep",
     {"step": "3", "unit": "กองคลัง"}),
    ("L", "เมื่อกี้พิมพ์ขั้นสี่ จริงๆ หมายถึงขั้น 3 ค่ะ กองกลางส่งแผนแล้ว", "MarkStep",
     {"step": "3", "unit": "กองกลาง"}),
    ("L", "ขั้น 2 ของกองคลังผ่านแล้ว", "MarkStep", {"step": "2", "passed": True, "unit": "กองคลัง"}),
]  # fmt: skip


@readings(MEANT)
def test_the_step_meant(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_asking_what_a_step_means_records_nothing() -> None:
    for text in ("ขั้นตอนที่ 2 หมายถึงอะไรคะ", "ขั้น 3 หมายถึงขั้นไหน ขั้น 2 หรือเปล่า"):
        assert settled(text, "L")[0] != "MarkStep"
