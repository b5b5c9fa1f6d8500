"""Issue 9, round 10 (h12m): what a step report says besides its step. The documents said
after the report to be missing ("ไฟล์แนบยังไม่มี", "ลืมแนบ…") or one form short ("ขาด
แบบฟอร์ม 2"); the channel used when another is said to fail ("ไดรฟ์เข้าไม่ได้"); "รายงานผลแล้ว"
as step 4 sent; the plan's indicators with the unit glued to ของ or counted as "ตัวที่ N";
"ชื่อทีม" as step 1's list. Each is read through ``understand`` and settled against a seed
organisation, like the corpus; none of the questions beside them becomes a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_FIN = "กองคลัง"
_MID = "กองกลาง"

DOCUMENTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งแผนแล้วค่ะ แต่ไฟล์แนบยังไม่มีเลย", "MarkStep", {"step": "3", "documents": "missing"}),
    ("L", "กองคลังส่งแผนแล้ว แต่เอกสารประกอบยังไม่มีค่ะ", "MarkStep",
     {"step": "3", "unit": _FIN, "documents": "missing"}),
    ("L", "ส่งรายงานผลแล้ว ลืมแนบเอกสารประกอบค่ะ", "MarkStep",
     {"step": "4", "documents": "missing"}),
    ("L", "แผนส่งแล้วนะ แต่ลืมแนบไฟล์", "MarkStep", {"step": "3", "documents": "missing"}),
    ("L", "กองกลางส่งแผนแล้วแต่ขาดแบบฟอร์ม 2 ค่ะ", "MarkStep",
     {"step": "3", "unit": _MID, "documents": "incomplete"}),
    ("L", "รายงานผลส่งแล้ว ขาดแบบฟอร์ม 4 นะครับ", "MarkStep",
     {"step": "4", "documents": "incomplete"}),
]  # fmt: skip

# "X รายงานผลแล้ว": the report of step 4 sent, with what is said of its documents.
REPORTED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังรายงานผลแล้วค่ะ เอกสารครบ", "MarkStep",
     {"step": "4", "unit": _FIN, "documents": "complete"}),
    ("L", "กองกลางรายงานผลแล้วครับ แต่เอกสารยังไม่ครบ", "MarkStep",
     {"step": "4", "unit": _MID, "documents": "incomplete"}),
    ("L", "กองกลางรายงานผลตามแผนแล้วนะคะ", "MarkStep", {"step": "4", "unit": _MID}),
    ("L", "กองคลังรายงานผลเมื่อวานค่ะ", "MarkStep",
     {"step": "4", "done_on": "2025-01-14", "unit": _FIN}),
]  # fmt: skip

# A channel said not to work is not the one the step went by.
CHANNELS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งแผนทางอีเมลแล้ว ไดรฟ์เข้าไม่ได้", "MarkStep", {"step": "3", "channel": "email"}),
    ("L", "ไดรฟ์ล่มค่ะ เลยส่งแผนทางอีเมลแล้ว", "MarkStep", {"step": "3", "channel": "email"}),
    ("L", "ส่งแผนทางไดรฟ์แล้ว อีเมลใช้ไม่ได้", "MarkStep",
     {"step": "3", "channel": "google_drive"}),
    ("L", "ส่งรายงานผลทางไดรฟ์แล้วค่ะ เมลมันเด้ง", "MarkStep",
     {"step": "4", "channel": "google_drive"}),
]  # fmt: skip

# The plan's indicators (step 5): the unit glued to ของ, "ตัวที่ N", "ไม่ถึงค่าเป้าหมาย".
PLAN_ITEMS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ตัวชี้วัดตามแผนที่ 2 ของกองคลังบรรลุแล้วค่ะ", "MarkStep",
     {"step": "5", "passed": True, "unit": _FIN, "plan_item": 2}),
    ("L", "ตัวชี้วัดตามแผนของกองกลางบรรลุค่าเป้าหมาย 5 จาก 6 ตัว", "MarkStep",
     {"step": "5", "unit": _MID, "met": 5, "of": 6}),
    ("L", "ตัวชี้วัดตามแผนตัวที่ 2 ไม่ถึงค่าเป้าหมายครับ", "MarkStep",
     {"step": "5", "passed": False, "plan_item": 2}),
    ("L", "ตัวชี้วัดตามแผนตัวที่ 4 บรรลุค่าเป้าหมายแล้วค่ะ", "MarkStep",
     {"step": "5", "passed": True, "plan_item": 4}),
]  # fmt: skip

TEAM_NAMES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไอทีส่งชื่อทีมแล้วครับ", "MarkStep", {"step": "1", "unit": _IT}),
    ("L", "ส่งชื่อทีมแล้วค่ะ", "MarkStep", {"step": "1"}),
    ("L", "กองคลังส่งชื่อทีมไปแล้วนะ", "MarkStep", {"step": "1", "unit": _FIN}),
]

# The spoken ละ after a verb of sending is แล้ว ("ส่งละ", "upload ละ").
SPOKEN_DONE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แผนส่งละค่ะ", "MarkStep", {"step": "3"}),
    ("L", "ขั้นตอนที่๔ ส่งละนะคะ", "MarkStep", {"step": "4"}),
    ("L", "action plan ของ กค. upload ละ", "MarkStep", {"step": "3", "unit": _FIN}),
    ("L", "รายงานผลส่งละ แต่ลืมแนบไฟล์", "MarkStep", {"step": "4", "documents": "missing"}),
]

# The day a step was sent, said as a weekday gone by or a day/month after "แล้ว"; "ที่ผ่านมา"
# is a time gone by, no verdict.
DAYS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งแผนไปวันศุกร์ที่แล้วค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-10"}),
    ("L", "กองคลังส่งรายงานผลเมื่อวันจันทร์ที่แล้วครับ", "MarkStep",
     {"step": "4", "done_on": "2025-01-13", "unit": _FIN}),
    ("L", "ส่งรายงานผลวันพุธที่ผ่านมาครับ", "MarkStep", {"step": "4", "done_on": "2025-01-08"}),
    ("L", "กองคลังส่งแผนแล้ว 13/1 ทางอีเมล", "MarkStep",
     {"step": "3", "done_on": "2025-01-13", "unit": _FIN, "channel": "email"}),
    ("L", "ส่งแผนแล้ว 14/1 ในไดรฟ์ค่ะ", "MarkStep",
     {"step": "3", "done_on": "2025-01-14", "channel": "google_drive"}),
    ("L", "ส่งแผนไปเมื่อวันที่ 9 ที่ผ่านมา ครบ 3 มิติ", "MarkStep",
     {"step": "3", "done_on": "2025-01-09", "dims": [1, 2, 3]}),
    ("L", "เข้าร่วมแล้ว 6/7 ครั้ง", "MarkStep", {"step": "2", "met": 6, "of": 7}),
]  # fmt: skip

# A deliverable put up on a channel: "อัปแผนขึ้นไดรฟ์", "แผน…ขึ้นไดรฟ์แล้ว".
UPLOADED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังอัปแผนขึ้นไดรฟ์แล้วค่ะ", "MarkStep",
     {"step": "3", "unit": _FIN, "channel": "google_drive"}),
    ("L", "เมื่อวานอัพแผนของ ศทส. ขึ้นไดรฟ์แล้วครับ", "MarkStep",
     {"step": "3", "done_on": "2025-01-14", "unit": _IT, "channel": "google_drive"}),
    ("L", "แผนกองกลางขึ้นไดรฟ์แล้วค่ะ", "MarkStep",
     {"step": "3", "unit": _MID, "channel": "google_drive"}),
    ("L", "กองกลางอัปแผนขึ้น google drive เรียบร้อย ครบ 3 มิติ", "MarkStep",
     {"step": "3", "unit": _MID, "channel": "google_drive", "dims": [1, 2, 3]}),
]  # fmt: skip

# Dimensions named by their names ("มิติมีขีดสมรรถนะสูง"), one not yet done ("ยังทำไม่เสร็จ"),
# one the plan has no activity of ("ยังไม่มีกิจกรรมมิติ…").
DIMENSIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งแผนแล้วมีมิติมีขีดสมรรถนะสูงอย่างเดียว", "MarkStep", {"step": "3", "dims": [3]}),
    ("L", "ส่งแผนแล้ว มิติเปิดกว้างกับมิติประชาชน ส่วนมิติ 3 ยังทำไม่เสร็จ", "MarkStep",
     {"step": "3", "dims": [1, 2]}),
    ("L", "กองคลังส่งแผนแล้ว แต่ยังไม่มีกิจกรรมมิติเปิดกว้างค่ะ", "MarkStep",
     {"step": "3", "unit": _FIN, "dims": [2, 3]}),
    ("L", "แผนกองกลางส่งแล้ว มีมิติเชื่อมโยงกับมิติมีขีดสมรรถนะ ส่วนมิติประชาชนยังเขียนไม่เสร็จ",
     "MarkStep", {"step": "3", "unit": _MID, "dims": [1, 3]}),
]  # fmt: skip

# Step 2's attendance: "มาประชุม N ครั้งจาก M" (a team named is no step 1), and every
# meeting attended said, not asked ("ครบทุกครั้ง").
ATTENDANCE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "PMQA team กองคลัง มาประชุม 3 ครั้งจากทั้งหมด 5 ครั้ง ไม่ผ่านนะ", "MarkStep",
     {"step": "2", "passed": False, "unit": _FIN, "met": 3, "of": 5}),
    ("L", "กองกลางมาประชุม 3 ครั้งจาก 4 ครั้งค่ะ", "MarkStep",
     {"step": "2", "unit": _MID, "met": 3, "of": 4}),
    ("L", "attendance กองคลัง 100% ครบทุกครั้งค่ะ", "MarkStep",
     {"step": "2", "value": "100", "unit": _FIN}),
    ("L", "ต้องเข้าประชุมครบทุกครั้งไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าประชุมครบทุกครั้งใช่ป่ะ", "RuleQuestion", {"topic": "attendance"}),
]  # fmt: skip

# The unit sent to is no sender; laughter closing a report is no value.
RECIPIENT_AND_LAUGHTER: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งแผนเป็นกระดาษไปที่ กพร. แล้วค่ะ", "MarkStep", {"step": "3", "channel": "paper"}),
    ("L", "กองคลังส่งแผนให้ กพร. แล้ว", "MarkStep", {"step": "3", "unit": _FIN}),
    ("L", "ศทส. ส่งรายงานผลไปให้ กพร. แล้วครับ", "MarkStep", {"step": "4", "unit": _IT}),
    ("L", "ส่งแผนแล้วค่ะ 555", "MarkStep", {"step": "3"}),
    ("L", "ส่งรายชื่อทีมแล้ว ใส่ฟอร์มตั้งแต่ 20 พ.ย. ลืมบอก5555", "MarkStep",
     {"step": "1", "done_on": "2024-11-20", "channel": "google_form"}),
]  # fmt: skip

# The questions beside them stay questions.
QUESTIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังรายงานผลแล้วหรือยัง", "Status", {"unit": _FIN}),
    ("L", "ส่งชื่อทีมยังคะ", "Missing", {"step": "1"}),
    ("L", "ใครยังไม่ส่งชื่อทีมบ้าง", "Missing", {"step": "1"}),
    # Who lacks a form is still asked of every unit, not said of one's own documents.
    ("L", "ใครขาดแบบฟอร์ม 3 บ้างคะ", "Missing", {"step": "3"}),
]


@readings(
    DOCUMENTS
    + REPORTED
    + CHANNELS
    + PLAN_ITEMS
    + TEAM_NAMES
    + SPOKEN_DONE
    + DAYS
    + UPLOADED
    + DIMENSIONS
    + ATTENDANCE
    + RECIPIENT_AND_LAUGHTER
    + QUESTIONS
)
def test_step_reports_and_their_details(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


QUESTIONS_NOT_WRITES = [
    "ตัวชี้วัดตามแผนตัวที่ 3 ไม่ถึงค่าเป้าหมายต้องทำยังไง",
    "ใครลืมแนบเอกสารบ้าง",
    "กองกลางรายงานผลแล้วยังครับ",
    "ถ้าไดรฟ์เข้าไม่ได้ส่งทางอีเมลได้ไหม",
    "ส่งแผนละกันนะ",
    "วันศุกร์ที่แล้วประชุมอะไรกันนะ",
    "ส่งละยังคะ",
    "แผนขึ้นไดรฟ์แล้วยังคะ",
    "รูปกิจกรรมขึ้นไดรฟ์แล้วนะ",
]


def test_questions_beside_the_reports_are_no_writes() -> None:
    for text in QUESTIONS_NOT_WRITES:
        assert settled(text)[0] not in {"MarkStep", "SubmitValue"}, text
