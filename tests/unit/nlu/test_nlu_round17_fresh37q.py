"""Round 17 (fresh37q): what dev_fresh37's outside writer typed and the rules missed.

Questions put as a doubt ("ไม่แน่ใจว่า…" with no asking word, "…ได้ด้วยรึเปล่า", a supposed
lapse's cost) or as a yes/no check of the scale's ends; the upload link asked in the spoken
"ลิ้ง" (never a write); a missed meeting's slides; an indicator named by its English name in
Thai letters; the dues near or of the year's calendar, and a round of the year that names no
step; a chart in "ชาร์ต" and where the dashboard is; a reminder's clock said twice; and reports
read as nothing: with an afterword (an excuse, a plea to fix it, a doubt of doing more), with
the forms' numbers before แล้ว, or with the plan's dimensions told after คือ."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_WRITES = ("MarkStep", "SubmitValue", "SubmitBaseline", "Confirm")


def _rule(topic: str) -> tuple[str, dict[str, Any]]:
    return "RuleQuestion", {"topic": topic}


def _no_write(cases: list[tuple[str, str]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("org", "text"), cases, ids=[case[1] for case in cases])


# (A) Questions put as a doubt or as a check.
DOUBTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไม่แน่ใจว่าแผนส่งทางเมลได้ด้วยรึเปล่านะคะ", *_rule("channel")),
    ("L", "ไม่แน่ใจว่ารายชื่อทีมส่งเป็นกระดาษได้ด้วยรึเปล่าคะ", *_rule("channel")),
    ("L", "ไม่แน่ใจว่าส่งแผนทางไลน์ได้ด้วยป่ะ", *_rule("channel")),
    ("L", "ไม่แน่ใจว่าต้องส่งแผนทางอีเมลด้วย", *_rule("channel")),
    ("L", "ไม่แน่ใจว่าแผนต้องให้ ผอ. ลงนามในแบบฟอร์มด้วย", *_rule("form")),
    ("L", "ไม่แน่ใจว่าแบบฟอร์ม 4 ต้องมีลายเซ็นผอ.ด้วย", *_rule("form")),
    ("L", "ผมไม่แน่ใจว่าต้องแนบแบบฟอร์ม 3 ด้วย", *_rule("form")),
    ("L", "ต้องแนบแบบฟอร์ม 3 ไหม", *_rule("form")),
    ("L", "หนูไม่แน่ใจว่าแผนต้องครบ 3 มิติ", *_rule("dimensions")),
    ("L", "ไม่แน่ใจว่าส่งช้า 1 วันจะโดนหัก", *_rule("deductions")),
    ("L", "ไม่แน่ใจว่าถ้าไม่แนบเอกสารขั้น 3 จะโดนตัดกี่คะแนน", *_rule("deductions")),
    ("L", "ไม่แน่ใจว่าถ้าส่งแผนขั้น 3 ช้าจะถูกหักกี่คะแนน", *_rule("deductions")),
    ("L", "ถ้าไม่แนบไฟล์ฟอร์ม 4 จะโดนหักเท่าไหร่คะ", *_rule("deductions")),
    ("L", "ระดับความสำเร็จสูงสุดคือระดับ 5 ใช่ไหมครับ", *_rule("level")),
    ("L", "ระดับต่ำสุดคือระดับ 1 ใช่ไหม", *_rule("level")),
    ("L", "ระดับสูงสุดคือ 5 ใช่ป่ะ", *_rule("level")),
    # Near misses: a run of steps supposed is still its level; a unit's own level its status.
    ("L", "ถ้าทำได้ถึงขั้น 3 แต่ขั้น 4 ไม่ผ่าน คะแนนจะออกมาเท่าไหร่", *_rule("level")),
    ("L", "กองคลังได้ระดับสูงสุดแล้วใช่ไหม", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังส่งแผนทางเมลด้วยแล้วค่ะ", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "channel": "email"}),
]  # fmt: skip

# A doubt of something told, or of nothing of the plan, writes nothing.
DOUBTS_NO_WRITE: list[tuple[str, str]] = [
    ("L", "ไม่แน่ใจว่ากองคลังส่งแผนแล้ว"),
    ("L", "ไม่แน่ใจว่าขยะ 52.3"),
    ("L", "ไม่แน่ใจว่าพรุ่งนี้ฝนจะตก"),
    ("L", "ไม่แน่ใจว่ากองกลางส่งแผนทางอีเมลแล้วหรือยัง"),
]


@readings(DOUBTS)
def test_a_doubt_or_a_check_asks(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@_no_write(DOUBTS_NO_WRITE)
def test_a_doubt_writes_nothing(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (B) The link to upload to, asked ("ลิ้ง" as spoken), is where to send: never a write.
UPLOAD_LINKS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอลิ้งไดรฟ์สำหรับอัปฟอร์ม 4 หน่อยครับ", *_rule("channel")),
    ("L", "ขอลิ้งค์โฟลเดอร์ไว้อัปแผนหน่อยค่ะ", *_rule("channel")),
    ("L", "ลิ้งไดรฟ์สำหรับส่งรายงานผลอยู่ไหนคะ", *_rule("channel")),
    ("L", "ขอลิ้ง google drive ส่งแผนด้วยค่ะ", *_rule("channel")),
    ("L", "มีลิ้งอัปโหลดแบบฟอร์ม 4 ไหมครับ", *_rule("channel")),
    ("L", "ขอลิ้งค์ส่งรายชื่อทีมหน่อยจ้า", *_rule("channel")),
    ("L", "ส่งลิ้งไดรฟ์มาให้หน่อยค่ะ", *_rule("channel")),
    # Near misses: a link sent with the plan is the plan sent; the dashboard's is ours.
    ("L", "อัปแผนขึ้นไดรฟ์แล้วค่ะ ลิ้งนี้ https://drive.google.com/drive/folders/1abcPlan",
     "MarkStep", {"step": "3", "channel": "google_drive",
                  "links": ["https://drive.google.com/drive/folders/1abcPlan"]}),
    ("L", "ขอลิ้งแดชบอร์ดหน่อย", "DeskLink", {}),
]  # fmt: skip


@readings(UPLOAD_LINKS)
def test_the_upload_link_asked_is_the_channel(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) The materials of a meeting missed; another meeting, or the history, is not the plan's.
MEETING_MATERIALS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "พลาดประชุม 20 ธ.ค. ไป มีสไลด์ให้ดูย้อนหลังมั้ยคะ 🥺", *_rule("meeting")),
    ("L", "ขาดประชุมวันนั้น มีคลิปย้อนหลังไหมคะ", *_rule("meeting")),
    ("L", "ประชุมวันที่ 20 มีเอกสารประกอบการประชุมให้โหลดไหม", *_rule("meeting")),
    ("L", "มีสไลด์ประชุมให้ดาวน์โหลดมั้ยครับ", *_rule("meeting")),
    ("L", "ขอไฟล์สไลด์ที่ประชุมวันก่อนหน่อยค่ะ", *_rule("meeting")),
    ("L", "ไม่ได้เข้าประชุมชี้แจง ขอสไลด์ย้อนหลังได้ไหมครับ", *_rule("meeting")),
    ("L", "ขอดูประวัติการส่งย้อนหลังของกองคลัง", "History", {"unit": "กองคลัง"}),
    ("L", "ประชุมกรมพรุ่งนี้มีสไลด์ไหม", "Unknown", {}),
    ("L", "ส่งสไลด์ประชุมเมื่อเช้าในกลุ่มด้วยนะคะ พี่ขอไปทำรายงาน", "Unknown", {}),
]  # fmt: skip


@readings(MEETING_MATERIALS)
def test_a_missed_meetings_slides_are_asked_of_the_meeting(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (D) An indicator named by its English name in Thai letters (report words, any organisation).
SOUNDED_NAMES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "มาสเตอร์ดาต้าได้กี่คะแนนแล้วคะ", "IndicatorQuery", {"indicator": "7", "aspect": "score"}),
    ("O", "มาสเตอร์ดาตาได้กี่คะแนน", "IndicatorQuery", {"indicator": "7", "aspect": "score"}),
    ("O", "มาสเตอร์ ดาต้า ได้กี่คะแนน", "IndicatorQuery", {"indicator": "7", "aspect": "score"}),
    ("O", "ผลมาสเตอร์ดาต้าเป็นยังไงบ้าง", "IndicatorQuery",
     {"indicator": "7", "aspect": "result"}),
    ("O", "ดาต้าแคตตาล็อกได้กี่คะแนน", "IndicatorQuery", {"indicator": "6", "aspect": "score"}),
    ("O", "พีเอ็มคิวเอได้กี่คะแนน", "IndicatorQuery", {"indicator": "10", "aspect": "score"}),
    # Near misses: the value typed is a value; "ดาต้า" alone names nothing.
    ("O", "มาสเตอร์ดาต้า 9 ชุด", "SubmitValue", {"indicator": "7", "value": "9", "raw_value": "9"}),
    ("O", "ดาต้าเยอะมากเลยวันนี้", "Unknown", {}),
]  # fmt: skip


@readings(SOUNDED_NAMES)
def test_an_english_name_in_thai_letters_names_the_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (E) The dues near, now, or of the year's calendar; a round of the year names no step.
DUES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ช่วงนี้มีอะไรใกล้ถึงกำหนดบ้าง", "Deadlines", {}),
    ("L", "มีอะไรใกล้กำหนดส่งบ้างคะ", "Deadlines", {}),
    ("L", "ตอนนี้อยู่ช่วงส่งอะไร", "Deadlines", {}),
    ("L", "กำหนดการทั้งหมดขอดูหน่อย", "Deadlines", {}),
    ("L", "ปฏิทินส่งงาน PMQA ปีนี้มีอะไรบ้าง", "Deadlines", {}),
    ("L", "ขอดูปฏิทินการส่งงานทั้งปีหน่อยค่ะ", "Deadlines", {}),
    ("L", "รอบ 6 เดือนต้องส่งเมื่อไหร่", "Deadlines", {}),
    ("L", "รอบ ๖ เดือน ต้องส่งภายในวันไหนครับ", "Deadlines", {}),
    ("P", "รอบ 12 เดือนต้องส่งเมื่อไหร่", "Deadlines", {}),
    # Near misses: news of a calendar, another meeting's schedule, a report before its day.
    ("L", "ส่งต่อข่าว: ก.พ.ร. ประกาศปฏิทินการประเมิน PMQA ปี 68 แล้วนะคะ ลองอ่านกันดู",
     "Unknown", {}),
    ("L", "กำหนดการประชุมกรมพรุ่งนี้ขอดูหน่อย", "Unknown", {}),
    ("L", "กองคลังส่งแผนก่อนถึงกำหนดแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]  # fmt: skip


@readings(DUES)
def test_the_dues_near_or_of_the_year_are_the_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (F) A chart in its spoken spelling, and where the dashboard is.
CHART_AND_DESK: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "มีชาร์ตให้ดูมั้ยครับ", "Chart", {}),
    ("B", "ขอชาร์ตคะแนนหน่อย", "Chart", {}),
    ("B", "ขอดูชาร์ทสรุปผลหน่อยค่ะ", "Chart", {}),
    ("O", "dashboard อยู่ไหนครับ", "DeskLink", {}),
    ("O", "แดชบอร์ดเข้ายังไงคะ", "DeskLink", {}),
    ("O", "หน้า dashboard ดูได้ที่ไหน", "DeskLink", {}),
    # Near misses: charging a phone, another body's dashboard, the summary asked.
    ("O", "ชาร์จแบตก่อนนะ เดี๋ยวมา", "Unknown", {}),
    ("O", "dashboard ของ ก.พ.ร. อยู่ไหน", "Status", {}),
    ("O", "สรุปภาพรวมหน่อย", "Status", {}),
]  # fmt: skip


@readings(CHART_AND_DESK)
def test_a_chart_or_the_dashboard_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (G) A reminder's clock said twice (in words, then in digits) is one time, no days.
def _at(hour: int, minute: int, days: list[int] | None = None) -> dict[str, Any]:
    return {"action": "set", **({"days": days} if days else {}), "hour": hour, "minute": minute}


CLOCKS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เปลี่ยนเวลาแจ้งเตือนเป็นบ่ายโมงครับ 13:00", "ReminderSettings", _at(13, 0)),
    ("L", "ตั้งเวลาเตือนเป็น 9 โมง (09:00) ครับ", "ReminderSettings", _at(9, 0)),
    ("L", "เปลี่ยนเวลาเตือนเป็นบ่ายสองโมง 14.00 น.", "ReminderSettings", _at(14, 0)),
    ("L", "เตือนตอนแปดโมงครึ่ง 08:30 นะ", "ReminderSettings", _at(8, 30)),
    ("L", "เปลี่ยนเวลาเตือนเป็นเก้าโมง 9 โมงเช้านะ", "ReminderSettings", _at(9, 0)),
    # Near misses: days and a time are both kept.
    ("L", "เตือนก่อน 3 วัน เวลา 9:00", "ReminderSettings", _at(9, 0, [3])),
    ("L", "ตั้งเตือน 7 3 1 วัน ตอน 10 โมง", "ReminderSettings", _at(10, 0, [7, 3, 1])),
]  # fmt: skip


@readings(CLOCKS)
def test_a_clock_said_twice_is_one_time(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (H) Reports read as nothing before: an afterword after the report (an excuse, a plea to fix
# the entry, a doubt of doing more), the forms' numbers before แล้ว, the dimensions after คือ.
REPORTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งแผนเป็นกระดาษแล้วครับ ไม่ทราบมาก่อนว่าต้องส่งทางไดรฟ์", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "channel": "paper"}),
    ("L", "ไม่ใช่ส่งทางไดรฟ์ค่ะ ส่งเป็นอีเมล ขอแก้ให้ด้วยน้า", "MarkStep", {"channel": "email"}),
    ("L", "ไม่ใช่อีเมลครับ ส่งเป็นกระดาษ ช่วยแก้ให้หน่อยครับ", "MarkStep", {"channel": "paper"}),
    ("L", "กองกลางส่งแผนฯ ทางอีเมลเมื่อ ๑๐ ม.ค. ครับ ไม่แน่ใจว่าต้องอัป drive ซ้ำอีกไหม",
     "MarkStep", {"step": "3", "unit": "กองกลาง", "channel": "email", "done_on": "2025-01-10"}),
    ("L", "ศทส. ส่งรายชื่อทีมทาง google form แล้วค่ะ ไม่แน่ใจว่าต้องส่งอีเมลด้วยไหม",
     "MarkStep", {"step": "1", "unit": _IT, "channel": "google_form"}),
    ("L", "ส่งแผนทางอีเมลแล้วค่ะ ไม่แน่ใจว่าต้องอัป drive ด้วย", "MarkStep",
     {"step": "3", "channel": "email"}),
    ("L", "ส่งฟอร์ม 1 2 3 แล้ววันที่ 14 ม.ค. 68 ค่ะ", "MarkStep",
     {"step": "3", "done_on": "2025-01-14"}),
    ("L", "กองคลังส่งแบบฟอร์ม 1 2 3 แล้วเมื่อ 13 ม.ค.", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-13"}),
    ("L", "แผนของ IT มีแค่มิติเดียว คือมิติ 3", "MarkStep", {"step": "3", "unit": _IT, "dims": [3]}),
    ("L", "แผนกองคลังมีแค่มิติเดียว คือมิติ 1", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "dims": [1]}),
    # Near misses: the same words asked stay questions.
    ("L", "ส่งแผนทางอีเมลได้ไหมคะ ไม่แน่ใจว่าต้องอัป drive ด้วยไหม", *_rule("channel")),
    ("L", "ไม่แน่ใจว่าต้องอัป drive ซ้ำอีกไหม", *_rule("channel")),
    ("L", "ส่งฟอร์ม 1 2 3 วันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "แบบฟอร์ม 4 แล้วฟอร์ม 5 ล่ะคืออะไร", *_rule("form")),
    ("L", "แผนต้องมีกี่มิติ คือมิติ 1 2 3 ใช่ไหม", *_rule("dimensions")),
    ("L", "มิติที่ 3 คืออะไรคะ", *_rule("dimensions")),
]  # fmt: skip

# Supposed, or the report itself doubted: no write.
REPORTS_NO_WRITE: list[tuple[str, str]] = [
    ("L", "ถ้าส่งแผนทางอีเมลแล้ว ไม่แน่ใจว่าต้องอัป drive ซ้ำอีกไหม"),
    ("L", "กองกลางส่งแผนแล้วครับ ไม่แน่ใจว่าส่งถูกช่องทางไหม"),
    ("L", "แผนมีแค่มิติเดียวได้ไหม"),
    ("L", "ไม่รู้มาก่อนว่าต้องใช้ drive"),
]


@readings(REPORTS)
def test_a_report_with_an_afterword_or_its_numbers_is_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_no_write(REPORTS_NO_WRITE)
def test_a_supposed_or_doubted_report_writes_nothing(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


def test_the_doubt_after_a_report_is_left_for_later() -> None:
    from handlers.nlu.evaluation import TODAY
    from handlers.registry import understand

    read = understand("กองกลางส่งแผนทางอีเมลแล้วครับ ไม่แน่ใจว่าต้องอัป drive ซ้ำอีกไหม", today=TODAY)
    assert type(read.intent).__name__ == "MarkStep"
    assert "drive" in read.later
