"""Issue 9, round 11 (r11d): a coordinator's whole fiscal year. "Don't record it" with its
reason, whatever the reason names; a day/month closing a step report after its particle or
channel, in the fiscal year of the step's window; the status "แบบละเอียด"; a target or tier
reached asked by a closing "ยัง"; how a figure is worked out; courtesy to the whole group;
step 5 by a unit's alias and one plan indicator short of its target; setting up (binding,
registering, adding a unit); reminders' named hours and the reason one is put off; the year's
end. Each is read through ``understand`` and settled against a seed organisation, like the
corpus; none of the questions beside them becomes a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_FIN = "กองคลัง"
_MID = "กองกลาง"
_LAW = "กองนิติการ"

# "Don't record it" with the reason: who has not sent or confirmed yet, what was wrong, how it
# will be sent again. The reason may name a unit or an agency; it is still a no to the card.
DONT_RECORD: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไม่ต้องบันทึกนะครับ กองคลังยังไม่ได้ส่งจริง", "Cancel", {}),
    ("L", "ยังไม่ต้องบันทึกค่ะ ศทส. ยังไม่ได้กดส่งเลย", "Cancel", {}),
    ("L", "เดี๋ยวก่อนครับ ยังไม่ต้องบันทึก กองกลางขอแก้ไฟล์อีกรอบ", "Cancel", {}),
    ("L", "ไม่ต้องบันทึกค่ะ เดี๋ยวหนูส่งใหม่ทางอีเมลให้ถูกช่องทาง", "Cancel", {}),
    ("L", "ยกเลิกค่ะ ไม่ต้องบันทึก ผิดขั้นตอน", "Cancel", {}),
    ("L", "ไม่เอาครับ ไม่ต้องบันทึก ผิดหน่วย", "Cancel", {}),
    ("P", "ไม่บันทึกนะคะ รอตัวเลขจาก สสจ. ก่อน", "Cancel", {}),
    ("P", "ไม่ต้องบันทึกครับ ตัวเลขขยะยังรอ ทสจ. ยืนยัน", "Cancel", {}),
    ("B", "ยังไม่ต้องบันทึกนะคะ รอ ผอ.กอง เซ็นก่อน", "Cancel", {}),
]  # fmt: skip

DONT_RECORD_NOT_CANCEL = [
    "ทำไมไม่บันทึกให้คะ",
    "ไม่ต้องบันทึกก็ได้ใช่ไหมคะ",
]
# Asked of a plan indicator, a target or a tier: never a write.
NOT_WRITES = [
    "ตัวชี้วัดตามแผนข้อ 2 ถึงเป้ายัง",
    "แผนถึงเป้ายัง",
    "ขยะ 50.21 ถึงเป้ายังคะ",
    "ไอทีบรรลุครบทุกตัวหรือยัง",
    "ส่งแล้ว 22/9 ใช่ไหมคะ",
]

# A day/month closing a step report, after the particle or the channel.
DAY_MONTH_AT_THE_END: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองกลางส่งชื่อทีมแล้วนะคะ 2/12", "MarkStep",
     {"step": "1", "unit": _MID, "done_on": "2024-12-02"}),
    ("L", "ส่งแผนแล้วค่ะ 13/1", "MarkStep", {"step": "3", "done_on": "2025-01-13"}),
    ("L", "กองคลังส่งแผนทางอีเมลแล้วจ้า 10/1", "MarkStep",
     {"step": "3", "unit": _FIN, "channel": "email", "done_on": "2025-01-10"}),
    ("L", "ศทส. ส่งแผนครบ 3 มิติแล้วครับ 9/1", "MarkStep",
     {"step": "3", "unit": _IT, "dims": [1, 2, 3], "done_on": "2025-01-09"}),
    ("L", "กองคลังกรอกฟอร์มรายชื่อทีมแล้วครับ 28/11", "MarkStep",
     {"step": "1", "unit": _FIN, "channel": "google_form", "done_on": "2024-11-28"}),
    ("L", "ส่งแผนแล้วทางไดรฟ์ 8/1 ค่ะ", "MarkStep",
     {"step": "3", "channel": "google_drive", "done_on": "2025-01-08"}),
]  # fmt: skip

# The status asked "แบบละเอียด" / "อย่างละเอียด", of all or of a unit.
STATUS_IN_DETAIL: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอสถานะแบบละเอียด", "Status", {"detail": True}),
    ("L", "ขอสถานะทุกกองแบบละเอียดครับ จะเอาไปรายงานหัวหน้า", "Status", {"detail": True}),
    ("L", "สรุปคะแนนทุกหน่วยแบบละเอียดหน่อยค่ะ", "Status", {"detail": True}),
    ("L", "ภาพรวมอย่างละเอียดหน่อยครับ", "Status", {"detail": True}),
    ("L", "สถานะกองคลังแบบละเอียด", "Status", {"unit": _FIN, "detail": True}),
    ("L", "สรุปรายละเอียดขั้นตอนที่ 3", "StepDetails", {"step": "3"}),
]  # fmt: skip

# A target or a tier reached, asked by "ยัง" closing the message: the verdict. How its figure
# is worked out ("คิดผลยังไง") is the formula.
ASPECTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขยะถึงเป้ายัง", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ขยะถึงเกณฑ์มาตรฐานหรือยัง", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ขยะถึงค่าเป้าหมายยังครับ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("B", "ความพึงพอใจผ่านขั้นต้นหรือยัง", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("B", "ความพึงพอใจ 90.2 ผ่านขั้นสูงยังคะ", "IndicatorQuery",
     {"indicator": "4", "aspect": "tier"}),
    ("O", "คะแนนความพร้อมรัฐบาลดิจิทัล 80.5 ถึงเป้ามาตรฐานรึยัง", "IndicatorQuery",
     {"indicator": "9", "aspect": "tier"}),
    ("P", "ขยะยังไม่ถึงเป้า", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("P", "ขยะ คิดเปอร์เซ็นต์ยังไง", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("P", "ขยะคิดร้อยละอย่างไรครับ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("P", "ท่องเที่ยวหาค่ายังไง", "IndicatorQuery", {"indicator": "3", "aspect": "formula"}),
    ("B", "ชุดข้อมูลภาครัฐคิดผลอย่างไรคะ", "IndicatorQuery",
     {"indicator": "5", "aspect": "formula"}),
]  # fmt: skip

# Courtesy to the whole group: a welcome after a greeting to everyone (a year named is the
# group's), everyone thanked for the work together, a laugh at work redone in rounds.
COURTESY: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "สวัสดีครับ ยินดีต้อนรับสู่กลุ่ม PMQA 2568 ครับ", "SmallTalk", {"kind": "greeting"}),
    ("P", "สวัสดีค่ะทุกคน ยินดีต้อนรับเข้ากลุ่มตัวชี้วัดจังหวัดปี 68 ค่ะ", "SmallTalk",
     {"kind": "greeting"}),
    ("L", "ยินดีต้อนรับน้องใหม่กองคลังค่า", "Unknown", {}),
    ("L", "ขอบคุณทุกท่านที่ช่วยกันส่งครบนะครับ", "SmallTalk", {"kind": "thanks"}),
    ("P", "ขอบคุณทุกคนที่ร่วมมือกันมาทั้งปีค่ะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณพี่ๆ ที่มาช่วยงานสัมมนาเมื่อวานนะคะ", "Unknown", {}),
    ("L", "5555 ศทส.แก้ไฟล์รอบที่สามแล้วค่ะ", "SmallTalk", {"kind": "laugh"}),
    ("P", "55555 ขยะแก้ตัวเลขไปรอบที่ห้าแล้ว", "SmallTalk", {"kind": "laugh"}),
]  # fmt: skip

# A step's day typed without a year is in the year of the step's window in the plan: the
# report of results (step 4, due in September 2025) sent "16 ก.ย." is September 2025.
STEP_YEAR: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองกลางส่งรายงานผลทางไดรฟ์ 19 ก.ย. ค่ะ", "MarkStep",
     {"step": "4", "unit": _MID, "channel": "google_drive", "done_on": "2025-09-19"}),
    ("L", "ส่งแบบฟอร์ม ๔ แล้วค่ะ ๒๐ ก.ย.", "MarkStep", {"step": "4", "done_on": "2025-09-20"}),
    ("L", "ศทส. ส่งขั้นตอนที่ 4 แล้วครับ 18/9", "MarkStep",
     {"step": "4", "unit": _IT, "done_on": "2025-09-18"}),
    ("L", "กองคลังส่งรายงานผลเป็นกระดาษ 17 กันยายน", "MarkStep",
     {"step": "4", "unit": _FIN, "channel": "paper", "done_on": "2025-09-17"}),
    ("L", "ส่งรายชื่อทีมแล้วค่ะ 27 พ.ย.", "MarkStep", {"step": "1", "done_on": "2024-11-27"}),
    ("L", "ส่งแผนแล้ว 3/2 ค่ะ", "MarkStep", {"step": "3", "done_on": "2025-02-03"}),
    ("L", "ส่งรายงานผลเมื่อวานครับ", "MarkStep", {"step": "4", "done_on": "2025-01-14"}),
    ("L", "ส่งแบบฟอร์ม 4 แล้ว 18 ก.ย. 67", "MarkStep", {"step": "4", "done_on": "2024-09-18"}),
]  # fmt: skip

# Step 5 told of a unit by its alias ("ไอที", "กนต" without its dot); one plan indicator said
# to reach its target or not ("ข้อ 2 ไม่ถึงเป้า"); "ผ่านฟอร์ม" is the form it went by.
PLAN_RESULTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไอที บรรลุเป้าหมาย 4 จาก 5 ตัวครับ", "MarkStep",
     {"step": "5", "unit": _IT, "met": 4, "of": 5}),
    ("L", "IT บรรลุครบทุกตัว 5/5 ค่ะ", "MarkStep", {"step": "5", "unit": _IT, "met": 5, "of": 5}),
    ("L", "กนต บรรลุ 7 จาก 8 ตัวชี้วัดครับ", "MarkStep",
     {"step": "5", "unit": _LAW, "met": 7, "of": 8}),
    ("L", "ตัวชี้วัดตามแผนข้อ 3 ของกองคลังถึงเป้าแล้วค่ะ", "MarkStep",
     {"step": "5", "unit": _FIN, "plan_item": 3, "passed": True}),
    ("L", "ตัวชี้วัดตามแผนข้อ 1 ต่ำกว่าเป้าครับ", "MarkStep",
     {"step": "5", "plan_item": 1, "passed": False}),
    ("L", "กองกลาง ตัวชี้วัดตามแผนข้อ 4 ไม่ถึงเป้าค่ะ", "MarkStep",
     {"step": "5", "unit": _MID, "plan_item": 4, "passed": False}),
    ("L", "กองคลังส่งชื่อทีมผ่านฟอร์มแล้วค่ะ", "MarkStep",
     {"step": "1", "unit": _FIN, "channel": "google_form"}),
    ("L", "ตัวชี้วัดตามแผนข้อ 2 ถึงเป้าไหม", "IndicatorQuery",
     {"indicator": "?ตามแผนข้อ 2", "aspect": "tier"}),
]  # fmt: skip


# Setting up: whose group it is before the ask to link it; "ลงชื่อ <unit>" alone and one's
# name tied to a unit register; a unit added by its name right after เพิ่ม, or after
# "เพิ่มหน่วยงานใหม่ค่ะ".
SET_UP: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "กลุ่มนี้ของสำนักงาน ก.พ. ครับ รบกวนผูกให้ที", "BindGroup",
     {"organisation": "สำนักงาน ก.พ."}),
    ("B", "กลุ่มไลน์นี้เป็นกลุ่มของ สงป. ค่ะ เชื่อมให้หน่อย", "BindGroup",
     {"organisation": "สงป."}),
    ("L", "ลงชื่อ ศทส. ครับ", "RegisterUnit", {"unit": _IT}),
    ("L", "ลงชื่อ กองคลัง", "RegisterUnit", {"unit": _FIN}),
    ("L", "ลงชื่อกองคลังเข้าร่วมประชุม", "Unknown", {}),
    ("L", "ผูกชื่อกับกองคลังด้วยครับ", "RegisterUnit", {"unit": _FIN}),
    ("L", "ผมอยู่ไอทีครับ ช่วยผูกชื่อผมเข้ากับ ศทส. หน่อยครับ", "RegisterUnit", {"unit": _IT}),
    ("L", "ขอเพิ่มหน่วยงานใหม่ครับ กองคุ้มครองแรงงาน ชื่อย่อ กคร.", "AddUnit",
     {"name": "กองคุ้มครองแรงงาน", "short_name": "กคร."}),
    ("L", "ช่วยเพิ่มศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) เป็นหน่วยใหม่ด้วยค่ะ", "AddUnit",
     {"name": "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "short_name": "ศปท."}),
    ("L", "เพิ่มกองตรวจราชการ (กตร.) ในรายชื่อหน่วยด้วยค่ะ", "AddUnit",
     {"name": "กองตรวจราชการ", "short_name": "กตร."}),
]  # fmt: skip


# "ถูกค่ะ" alone says the card is right; "ทีม PMQA" in Thai word order is step 1's team (plan
# data); the asker new to the team names no unit.
SHORT_ANSWERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ถูกครับ", "Confirm", {}),
    ("L", "ถูก", "Confirm", {}),
    ("L", "ถูกมาก", "Unknown", {}),
    ("L", "ใครยังไม่ส่งรายชื่อทีม PMQA", "Missing", {"step": "1"}),
    ("L", "กองไหนยังค้างชื่อทีม PMQA บ้างคะ", "Missing", {"step": "1"}),
    ("L", "ใครยังไม่ส่งผล PMQA", "Missing", {"indicator": "1"}),
    ("L", "ส่งรายชื่อทีม PMQA แล้วค่ะ", "MarkStep", {"step": "1"}),
    ("O", "ผมเพิ่งย้ายมาครับ ขอดูรายชื่อสมาชิกในกลุ่มหน่อย", "Members", {}),
]  # fmt: skip


# Reminders: "บ่ายโมง" is 13:00, "เที่ยงตรง" noon; what one still waits for is the reason for
# putting a reminder off, no step.
REMINDERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "เตือนก่อนครบกำหนด 7 วัน ตอนบ่ายโมงค่ะ", "ReminderSettings",
     {"action": "set", "days": [7], "hour": 13, "minute": 0}),
    ("P", "ตั้งเตือนก่อน 5 วัน เที่ยงตรง", "ReminderSettings",
     {"action": "set", "days": [5], "hour": 12, "minute": 0}),
    ("P", "เตือนก่อน 2 วัน บ่ายโมงครึ่ง", "ReminderSettings",
     {"action": "set", "days": [2], "hour": 13, "minute": 30}),
    ("B", "เลื่อนเตือนไปพรุ่งนี้นะคะ ยังรอตัวเลขจากกองอยู่", "PostponeReminder", {}),
    ("L", "เลื่อนเตือนแผนไปพรุ่งนี้ รอข้อมูลจากกองคลัง", "PostponeReminder", {"step": "3"}),
    ("L", "เลื่อนเตือนขั้นตอนที่ 4 ไปก่อน ยังรอผลอยู่", "PostponeReminder", {"step": "4"}),
]  # fmt: skip


# Closing the year: our web summary asked by "ลิงก์เว็บ"; what is done before the close
# ("ตรวจก่อนปิดปี") is that thing, not the close.
YEAR_END: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอลิงก์เว็บหน่อยค่ะ", "DeskLink", {}),
    ("L", "ลิงค์เว็บสรุปคะแนนอยู่ไหนคะ", "DeskLink", {}),
    ("L", "ขอลิงก์เว็บ ก.พ.ร. หน่อย", "Unknown", {}),
    ("L", "ขอประวัติของกองคลังก่อนปิดปีครับ", "History", {"unit": _FIN}),
    ("L", "ขอสถานะรวมก่อนปิดปีงบครับ", "Status", {}),
    ("L", "ปิดปีได้เลย", "CloseYear", {}),
]  # fmt: skip


@readings(
    YEAR_END
    + REMINDERS
    + SHORT_ANSWERS
    + SET_UP
    + DAY_MONTH_AT_THE_END
    + STATUS_IN_DETAIL
    + ASPECTS
    + COURTESY
    + STEP_YEAR
    + PLAN_RESULTS
)
def test_dates_details_and_aspects(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DONT_RECORD)
def test_a_no_to_the_card_with_its_reason(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_questions_about_recording_are_no_cancel() -> None:
    for text in DONT_RECORD_NOT_CANCEL:
        assert settled(text)[0] != "Cancel", text


def test_questions_beside_the_reports_are_no_writes() -> None:
    for text in NOT_WRITES:
        assert settled(text, "P")[0] not in {"MarkStep", "SubmitValue", "Cancel"}, text
