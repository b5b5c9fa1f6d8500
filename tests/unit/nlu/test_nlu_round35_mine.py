"""Round 35, mine: wrong writes of dev_fresh120-124 on arrival.

1. Who used to do the work ("น้องที่เคยทำ PMQA ย้ายไปแล้ว…") reports nothing done now; a sending
   told beside it still does.
2. Work on a deliverable with only a day told ("เมื่อวานประชุมทีมทำแผนกันถึงทุ่มนึงเลย") finishes
   nothing; finished ("…เสร็จ…", "…แล้ว") or sent it is a report.
3. An upload or an attachment that failed ("อัปขึ้นไดรฟ์ไม่ผ่าน", "แนบไฟล์ไม่ผ่าน") is no verdict
   on a step; a plan sent "แต่ไม่ผ่าน" or attendance "ไม่ผ่าน" is.
4. A laugh after words that name no indicator ("…ยังไม่มีอะไรให้รายงาน 555") is no figure.
5. Numbered forms or quarters listed ("ฟอร์ม 1 ถึง 3", "แบบฟอร์ม 1, 2 และ 3", "ไตรมาส 1 ถึง 2")
   are names, never a value.
6. Days back told before what was complete ("เมื่อ 2 วันก่อน ครบทั้ง 3 มิติ") are the day it was
   sent; days before a deadline are not. A weekday gone by after "ตั้งแต่" is that day.
7. A colleague sent to at a unit ("ส่งเป็นอีเมลถึงพี่ที่ กพร.") is no sender.
8. A dimension to be sent later ("ส่วนมิติ ๒ ขอส่งเพิ่มสัปดาห์หน้า", "มิติ 3 ส่งสัปดาห์หน้า") is not
   in the plan sent.
9. An indicator of the report told passed ("จริยธรรม ข้อเสนอ ครม. ผ่านแล้วนะคะ", "PB ผ่านแล้วนะ") is
   news of its items, no step; a deliverable told passed ("แผนผ่านแล้ว", "ทีม PMQA ผ่านแล้ว") is.
10. Several units after "ของ" ("ขั้นตอนที่ 4 ของกองคลังและกองกลางส่งแล้ว") are all reported, as
    they are without it; before, the first glued to "ของ" was dropped.
11. A time to come opens a clause of its own after a report ("ส่งแผนแล้วค่ะ พรุ่งนี้ประชุมต่อ"): what
    it tells (a meeting, a plan) is for later and names no step of the report.
12. The turnout of an election or a public run ("การเข้าร่วมเลือกตั้งรอบนี้ 70%") is no meeting's
    attendance; a unit's "เข้าร่วม 85%" is.
13. An untimed promise closed by its particle ("เดี๋ยวส่งให้ค่ะ") leaves the report after it; a deed
    and what will follow once it is done ("ส่งแผนแล้วจะแจ้งนะคะ") reports nothing yet.
14. Days left told after a report ("ส่งแผนแล้ว เหลืออีก 16 วัน", "555 ส่งแผนแล้ว…") are no figure of
    it, nor of a result; time running out before a sending ("อีก 3 วันต้องส่งแผนแล้วนะ") reports
    nothing (found by time35).
15. The hour of a meeting beside an attendance ("ขอภาพรวมหน่อยครับ เข้าประชุม 13.30", "…เข้าประชุม
    10 โมง") is no share of it and tells none attended; an order ("ท่าน ผอ. สั่งการให้ทุกหน่วยทำ
    แบบฟอร์ม 1-3 ให้ครบทุกมิติ", "ทุกกองส่งแผนให้ครบ 3 มิตินะคะ") reports nothing (found by
    standing35).
"""

from __future__ import annotations

from tests.fakes.understanding import read_as_writes, readings, settled

NOT_WRITES = [
    # 1. who used to do it
    "น้องที่เคยทำ PMQA ย้ายไปแล้ว ไฟล์อยู่ในเครื่องเขาหมดเลย 😭",
    "พี่ที่เคยส่งแผนให้กองเราเกษียณไปแล้วค่ะ",
    "คนที่เคยทำรายชื่อทีมลาออกไปแล้ว ตอนนี้ไม่มีใครรู้เรื่อง",
    # 2. worked on, a day told, nothing finished
    "เมื่อวานประชุมทีมทำแผนกันถึงทุ่มนึงเลย เหนื่อยมากกก",
    "เมื่อวานทำแผนทั้งวันเลย",
    "เมื่อวานนั่งทำรายงานผลถึงเที่ยงคืน",
    # 3. an upload that failed
    "ไฟล์แผนใหญ่เกิน อัปขึ้นไดรฟ์ไม่ผ่านเลยค่ะ เน็ตตึกเราช้ามาก 😩",
    "แนบไฟล์แผนไม่ผ่านค่ะ ไฟล์ใหญ่ไป",
    "อัปโหลดแผนไม่ผ่านค่ะ ช่วยดูให้หน่อย",
    # 4. a laugh after words that name nothing
    "รายงานผลค่อยว่ากันตอนกันยานะ ตอนนี้ยังไม่มีอะไรให้รายงาน 555",
    "ส่งผลตอนนี้ยังไม่มีอะไรให้ส่งเลย 5555",
    # 13. a deed and what follows once it is done
    "ส่งแผนแล้วจะแจ้งนะคะ",
    "ส่งแผนเสร็จแล้วจะแจ้งในกลุ่มค่ะ",
    "เดี๋ยวส่งให้ค่ะ ส่งแผนแล้วจะบอกอีกที",
    "อัปขึ้นไดรฟ์เสร็จแล้วค่อยบอกนะคะ",
    # 12. an election's or a public run's turnout
    "คนมาใช้สิทธิเลือกตั้งนายก อบจ. 65% เองค่ะ",
    "งานวิ่งการกุศลของกระทรวง คนเข้าร่วม 90% เลย",
]


def test_what_tells_of_work_but_finishes_nothing_stores_nothing() -> None:
    assert read_as_writes(NOT_WRITES) == []


STILL_REPORTS = [
    # 1. a sending told beside who used to do it
    ("L", "ส่งแผนแล้วค่ะ ปีที่แล้วก็เคยส่งช้า", "MarkStep", {"step": "3"}),
    (
        "L",
        "กองคลังส่งแผนแล้วค่ะ น้องที่เคยทำย้ายไปแล้ว พี่ทำต่อเอง",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง"},
    ),
    # 2. finished, or attended, on the day told
    ("L", "ทำแผนเสร็จเมื่อวานค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    ("L", "เมื่อวานทำแผนเสร็จแล้วค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    ("L", "เมื่อวานเข้าประชุมชี้แจงแล้ว", "MarkStep", {"step": "2", "done_on": "2025-01-14"}),
    # 3. a verdict on the plan or the attendance
    (
        "L",
        "แผนกองคลังส่งแล้วแต่ไม่ผ่านนะครับ ต้องแก้",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "passed": False},
    ),
    (
        "L",
        "กนต.เข้าประชุมได้82%ไม่ผ่าน",
        "MarkStep",
        {"step": "2", "unit": "กองนิติการ", "value": "82", "passed": False},
    ),
    ("L", "แผนไม่ผ่านค่ะ ต้องแก้มิติ 2", "MarkStep", {"step": "3", "passed": False, "dims": [2]}),
    # put up, then failed: a verdict, not an upload that would not go
    ("L", "อัปแผนแล้วแต่ไม่ผ่านค่ะ ต้องแก้", "MarkStep", {"step": "3", "passed": False}),
    # 13. an untimed promise, then a report in a clause of its own
    ("L", "เดี๋ยวส่งให้ค่ะ กค.ส่งแผนแล้วนะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "เดี๋ยวตามให้ครับ กองกลางส่งรายชื่อทีมแล้วนะ", "MarkStep", {"step": "1", "unit": "กองกลาง"}),
    ("L", "ส่งแผนแล้ว จะแจ้ง ผอ. ให้ทราบนะคะ", "MarkStep", {"step": "3"}),
    # 12. a unit's attendance
    ("L", "กค.เข้าร่วม 85%", "MarkStep", {"step": "2", "unit": "กองคลัง", "value": "85"}),
    # 5. forms listed, no value
    (
        "L",
        "อัปโหลดฟอร์ม 1 ถึง 3 ของกองกลางขึ้น drive เมื่อวานแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "google_drive", "done_on": "2025-01-14"},
    ),
    ("L", "แบบฟอร์ม 1, 2 และ 3 ส่งแล้วค่ะ", "MarkStep", {"step": "3"}),
    # 6. days back, a weekday gone by
    (
        "L",
        "ส่งแผนไปเมื่อ 2 วันก่อน ครบทั้ง 3 มิติครับ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-13", "dims": [1, 2, 3]},
    ),
    (
        "L",
        "ส่งแผนไป 3 วันที่แล้ว ครบทุกมิติ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-12", "dims": [1, 2, 3]},
    ),
    (
        "L",
        "ขอโทษที่แจ้งช้าครับ ไอทีส่งแผนไปตั้งแต่ศุกร์ที่แล้ว ทาง drive ครับ",
        "MarkStep",
        {
            "step": "3",
            "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
            "done_on": "2025-01-10",
            "channel": "google_drive",
        },
    ),
    # 7. a colleague sent to
    (
        "L",
        "ขั้นตอนที่ ๓ ส่งแล้วครับ ส่งเป็นอีเมลถึงพี่ที่ กพร. นะครับ",
        "MarkStep",
        {"step": "3", "channel": "email"},
    ),
    ("L", "ขั้นตอนที่ 3 ส่งเมลถึงน้องที่ กค. แล้วนะคะ", "MarkStep", {"step": "3", "channel": "email"}),
    ("L", "กพร. ส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กลุ่มพัฒนาระบบบริหาร"}),
    # 8. a dimension for later
    (
        "L",
        "ส่งแผนปฏิบัติการปี ๖๘ แล้วค่ะ มีมิติ ๑ กับ ๓ ส่วนมิติ ๒ ขอส่งเพิ่มสัปดาห์หน้า",
        "MarkStep",
        {"step": "3", "dims": [1, 3]},
    ),
    ("L", "ส่งแผนแล้ว มิติ 1 กับ 3 ส่วนมิติ 2 ขอส่งทีหลัง", "MarkStep", {"step": "3", "dims": [1, 3]}),
    ("L", "ส่งแผนแล้ว มิติ 1 กับ 2 มิติ 3 ส่งสัปดาห์หน้า", "MarkStep", {"step": "3", "dims": [1, 2]}),
    ("L", "ส่งแผนแล้ว ครบ 3 มิติ", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
]


@readings(STILL_REPORTS)
def test_reports_beside_them_keep_what_they_tell(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_days_before_a_deadline_are_no_day_sent() -> None:
    assert settled("เตือน 3 วันก่อนครบกำหนด") == ("ReminderSettings", {"action": "set", "days": [3]})
    assert read_as_writes(["อีก 2 วันก่อนครบกำหนด ส่งแผนกันนะ"]) == []


def test_quarters_listed_are_no_value() -> None:
    assert settled("ไตรมาส 1 ถึง 2 ส่งผลแล้ว")[0] != "SubmitValue"
    assert settled("ส่งฟอร์ม 1 ถึง 3 แล้วค่ะ")[0] != "SubmitValue"


INDICATORS_PASSED = [
    ("O", "จริยธรรม ข้อเสนอ ครม. ผ่านแล้วนะคะ ครม. เห็นชอบเมื่อวาน"),
    ("O", "จริยธรรมผ่านแล้วค่ะ"),
    ("B", "PB ผ่านแล้วนะ"),
    ("P", "ขยะผ่านแล้ว"),
]


def test_an_indicator_told_passed_is_no_step() -> None:
    assert [text for org, text in INDICATORS_PASSED if settled(text, org)[0] == "MarkStep"] == []


DELIVERABLES_PASSED = [
    ("L", "แผนผ่านแล้ว", "MarkStep", {"step": "3", "passed": True}),
    ("L", "ทีม PMQA ผ่านแล้ว", "MarkStep", {"step": "1", "passed": True}),
]


@readings(DELIVERABLES_PASSED)
def test_a_deliverable_told_passed_is_its_step(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


OF_SEVERAL_UNITS = [
    (
        "L",
        "ขั้นตอนที่ 4 ของกองคลังและกองกลางส่งแล้ว",
        "MarkStep",
        {"step": "4", "unit": ["กองคลัง", "กองกลาง"]},
    ),
    ("L", "แผนของกองคลังและกองกลางส่งแล้ว", "MarkStep", {"step": "3", "unit": ["กองคลัง", "กองกลาง"]}),
    (
        "L",
        "รายงานผลของกองคลังกับกองกลางส่งแล้วค่ะ",
        "MarkStep",
        {"step": "4", "unit": ["กองคลัง", "กองกลาง"]},
    ),
    ("L", "แผนของ กค. และ กก. ส่งแล้วค่ะ", "MarkStep", {"step": "3", "unit": ["กองคลัง", "กองกลาง"]}),
    # One unit after ของ stays one.
    ("L", "แผนของกองคลังส่งแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ขั้นตอนที่ 4 ของกองกลางส่งแล้ว", "MarkStep", {"step": "4", "unit": "กองกลาง"}),
]


@readings(OF_SEVERAL_UNITS)
def test_several_units_after_of_are_all_reported(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


LATER_CLAUSES = [
    ("L", "ส่งแผนแล้วค่ะ พรุ่งนี้ประชุมต่อ", "MarkStep", {"step": "3"}),
    ("L", "ส่งแผนแล้วค่ะ บ่ายนี้มีประชุม", "MarkStep", {"step": "3"}),
    ("L", "ส่งแผนแล้วค่ะ สัปดาห์หน้าประชุมชี้แจงอีกรอบ", "MarkStep", {"step": "3"}),
    ("L", "กค. เข้าประชุมแล้วค่ะ พรุ่งนี้ส่งแผน", "MarkStep", {"step": "2", "unit": "กองคลัง"}),
    ("L", "กองกลางส่งแผนแล้ว พรุ่งนี้กองคลังส่งตาม", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
]


@readings(LATER_CLAUSES)
def test_a_clause_of_a_time_to_come_names_no_step_of_the_report(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


DAYS_LEFT = [
    ("L", "ส่งแผนแล้ว เหลืออีก 16 วัน", "MarkStep", {"step": "3"}),
    ("L", "555 ส่งแผนแล้ว เหลืออีก 16 วัน", "MarkStep", {"step": "3"}),
    (
        "L",
        "กค.เข้าประชุม 90% เหลืออีก 2 วันปิดรอบ",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "value": "90"},
    ),
]


@readings(DAYS_LEFT)
def test_days_left_after_a_report_are_no_figure(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_time_running_out_before_a_sending_reports_nothing() -> None:
    assert read_as_writes(["อีก 3 วันต้องส่งแผนแล้วนะ", "ต้องส่งแผนแล้วนะ เหลืออีก 3 วัน"]) == []


QUESTIONS_BESIDE_A_MEETING_HOUR = [
    "ขอภาพรวมหน่อยครับ เข้าประชุม 13.30",
    "ขอภาพรวมหน่อยครับ เข้าประชุม 10 โมง",
]
ORDERS = [
    "ท่าน ผอ. สั่งการให้ทุกหน่วยทำแบบฟอร์ม 1-3 ให้ครบทุกมิตินะครับ ไม่งั้นโดนตัดคะแนน",
    "ท่าน ผอ. สั่งการให้ทุกหน่วยทำแบบฟอร์ม 1-3 ให้ครบทุกมิตินะครับ",
    "ทุกกองส่งแผนให้ครบ 3 มิตินะคะ",
    "ผอ.กำชับให้ส่งรายชื่อทีมทุกกอง",
]


def test_a_meeting_hour_or_an_order_stores_nothing() -> None:
    assert read_as_writes(QUESTIONS_BESIDE_A_MEETING_HOUR + ORDERS) == []


ATTENDED_OR_DONE = [
    ("L", "เมื่อวานเข้าประชุม 13.30 ค่ะ", "MarkStep", {"step": "2", "done_on": "2025-01-14"}),
    ("L", "กค.เข้าประชุม 90%", "MarkStep", {"step": "2", "unit": "กองคลัง", "value": "90"}),
    (
        "L",
        "ท่าน ผอ. สั่งให้ส่งเป็นกระดาษด้วย เลยส่งแผนฉบับกระดาษไปที่กลุ่มพัฒนาระบบบริหารแล้วค่ะ",
        "MarkStep",
        {"step": "3", "channel": "paper"},
    ),
]


@readings(ATTENDED_OR_DONE)
def test_attended_or_done_beside_them_is_reported(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)
