"""Round 16 (fixC): writes and reminder settings. Figures said in words with their places
("ห้าสิบสองจุดสาม", "หนึ่งพันห้าร้อย", "ห้าครั้งจากหกครั้ง") are the figures typed in digits,
and the words holding a number's letters stay words; a reminder time said right after "เตือน"
is the setting; a step's report with a caveat (no file attached, the channel used and not the
one it was not sent by, a channel or a figure corrected, a dimension not thought of yet) is the
report."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import stores
from handlers.nlu.evaluation import TODAY, _typed_number
from handlers.nlu.spoken_numbers import numbers_in_digits
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (A) A figure said in words, as voice typing writes it: the value is its digits.
SAID_FIGURES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "บันทึกผลขยะหกสิบเอ็ดจุดสองค่ะ", "SubmitValue",
     {"indicator": "2", "value": "61.2", "raw_value": "61.2"}),
    ("P", "ยาเสพติดได้แปดสิบสองจุดห้าห้าเปอร์เซ็นต์ครับ", "SubmitValue",
     {"indicator": "4", "value": "82.55", "raw_value": "82.55 เปอร์เซ็นต์", "percent": True}),
    ("P", "ขยะร้อยละหกสิบสามจุดแปดค่ะ", "SubmitValue",
     {"indicator": "2", "value": "63.8", "raw_value": "ร้อยละ 63.8", "percent": True}),
    ("P", "ท่องเที่ยวปีนี้หนึ่งพันแปดร้อยห้าสิบล้านบาทครับ", "SubmitValue",
     {"indicator": "3", "value": "1850", "raw_value": "1850"}),
    ("P", "ท่องเที่ยว เก้าร้อยห้าสิบล้าน", "SubmitValue",
     {"indicator": "3", "value": "950", "raw_value": "950"}),
    ("O", "ชุดข้อมูลที่นำมาลงทะเบียนได้สามสิบเอ็ดชุดแล้วค่ะ", "SubmitValue",
     {"indicator": "6", "value": "31", "raw_value": "31"}),
    ("O", "การนำชุดข้อมูลมาลงทะเบียน ห้าชุดค่ะ", "SubmitValue",
     {"indicator": "6", "value": "5", "raw_value": "5"}),
    ("O", "PMQA ปี 65 ได้สามร้อยเก้าสิบห้าคะแนน บันทึกเป็น baseline ด้วย", "SubmitBaseline",
     {"indicator": "10", "value": "395", "raw_value": "395", "year": 2565}),
    # A count of a count: met of all.
    ("L", "กองคลังเข้าร่วมประชุมสามครั้งจากสี่ครั้งค่ะ", "MarkStep",
     {"step": "2", "unit": "กองคลัง", "met": 3, "of": 4}),
    ("L", "กองการเจ้าหน้าที่บรรลุเป้าหมายเจ็ดจากแปดตัวชี้วัด", "MarkStep",
     {"step": "5", "unit": "กองการเจ้าหน้าที่", "met": 7, "of": 8}),
    ("L", "ไอทีบรรลุค่าเป้าหมายสิบสองจากสิบสามตัวชี้วัดครับ", "MarkStep",
     {"step": "5", "unit": _IT, "met": 12, "of": 13}),
    # Questions stay questions.
    ("P", "ขยะได้ห้าสิบสองจุดสามผ่านเกณฑ์ไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("O", "การนำชุดข้อมูลมาลงทะเบียนกี่ชุดแล้วคะ", "IndicatorQuery",
     {"indicator": "6", "aspect": "result"}),
    ("L", "ต้องเข้าประชุมกี่ครั้งจากสิบครั้งถึงจะผ่าน", "RuleQuestion", {"topic": "attendance"}),
    ("L", "กองกลางเข้าประชุมแปดครั้งจากสิบครั้งผ่านไหมคะ", "RuleQuestion", {"topic": "attendance"}),
]  # fmt: skip


@readings(SAID_FIGURES)
def test_a_figure_said_in_words_is_its_digits(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("ได้สี่ร้อยสามสิบครับ", "ได้ 430 ครับ"),
        ("หนึ่งแสนสองหมื่นสามพันสี่ร้อยห้าสิบหก", "123456"),
        ("ปีสองพันห้าร้อยหกสิบแปด", "ปี 2568"),
        ("ได้สี่สิบห้าจุดศูนย์ห้า", "ได้ 45.05"),
        ("ห้าร้อยยี่สิบเอ็ดคน", "521 คน"),
        ("หนึ่งจุดห้าพันล้าน", "1.5 พันล้าน"),
        ("ลงทะเบียนห้าชุด", "ลงทะเบียน 5 ชุด"),
        ("จากสามแห่ง", "จาก 3 แห่ง"),
    ],
)
def test_numbers_said_with_their_places(said: str, digits: str) -> None:
    assert numbers_in_digits(said) == digits


@pytest.mark.parametrize(
    "text",
    [
        "ส่งแผนเรียบร้อยแล้ว",
        "สามารถส่งทางอีเมลได้ไหม",
        "ส่งแผนครบทั้งสามมิติ",
        "ศูนย์เทคโนโลยีสารสนเทศส่งแล้ว",
        "ส่งไปสองสามครั้งแล้ว",
        "ท่องเที่ยว 1.6 พันล้าน",
        "พันธกิจของกอง",
        "ห้ามส่งช้า",
        "จังหวัดร้อยเอ็ด",
        "สิบเอกสมชายส่งแล้ว",
        "ยี่ห้อไหนดี",
        "ผลร้อยละของขยะ",
    ],
)
def test_words_holding_a_numbers_letters_stay(text: str) -> None:
    assert numbers_in_digits(text) == text


@pytest.mark.parametrize(
    ("raw", "number"),
    [("ห้าสิบสองจุดสาม", "52.3"), ("ร้อยละห้าสิบเก้าจุดห้า", "59.5"), ("หนึ่งพันห้าร้อย", "1500"),
     ("1.6 พันล้าน", "1.6"), ("๑,๔๘๐.๕ ล้านบาท", "1480.5"), ("ห้า", "5"), ("สิบ", "10")],
)  # fmt: skip
def test_a_typed_figure_compares_by_the_number_it_says(raw: str, number: str) -> None:
    assert _typed_number(raw) == number


# (B) The reminders' time said right after "เตือน", in words or digits, and one day said as
# "วันเดียว"; asked as a favour ("ได้ไหม") it is offered back as the setting.
REMINDER_TIMES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เตือนเก้าโมงครึ่งได้ไหมครับ", "ReminderSettings",
     {"action": "set", "hour": 9, "minute": 30}),
    ("L", "อยากให้เตือนบ่ายสามโมงค่ะ", "ReminderSettings", {"action": "set", "hour": 15, "minute": 0}),
    ("L", "ช่วยเตือนเวลา 08.30 น. ทุกครั้งนะคะ", "ReminderSettings",
     {"action": "set", "hour": 8, "minute": 30}),
    ("L", "เตือน 7 โมงเช้าได้มั้ย", "ReminderSettings", {"action": "set", "hour": 7, "minute": 0}),
    ("P", "ขอให้เตือนเวลา 16:00 ได้ป่าวคะ", "ReminderSettings",
     {"action": "set", "hour": 16, "minute": 0}),
    ("L", "เตือนล่วงหน้าวันเดียวก็พอครับ", "ReminderSettings", {"action": "set", "days": [1]}),
    ("L", "ตั้งเตือนแค่วันเดียวก่อนส่งค่ะ", "ReminderSettings", {"action": "set", "days": [1]}),
    # A time to postpone to, a question, a meeting's time: no setting.
    ("L", "เลื่อนเตือนไปบ่ายสองโมงได้ไหม", "PostponeReminder", {}),
    ("L", "เตือนกี่โมงคะ", "ReminderSettings", {"action": "show"}),
    ("L", "ประชุมบ่ายสองโมง อย่าลืมเตือนน้องๆ ด้วย", "Unknown", {}),
]  # fmt: skip


@readings(REMINDER_TIMES)
def test_a_reminder_time_said_after_the_word(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) A step's report with a caveat is the report.
CAVEATS: list[tuple[str, str, str, dict[str, Any]]] = [
    # No file attached, "แล้ว" or not, "อะไรเลย" (nothing whatsoever) asking nothing.
    ("L", "กองนิติการส่งแผนไปแต่ไม่แนบไฟล์", "MarkStep",
     {"step": "3", "unit": "กองนิติการ", "documents": "missing"}),
    ("L", "ไอทีส่งรายงานผลแต่ไม่ได้แนบเอกสารอะไรเลย", "MarkStep",
     {"step": "4", "unit": _IT, "documents": "missing"}),
    ("L", "กองการเจ้าหน้าที่ส่งแผนแล้ว ยังไม่แนบไฟล์สักอัน", "MarkStep",
     {"step": "3", "unit": "กองการเจ้าหน้าที่", "documents": "missing"}),
    # The channel said in full, the one used and not the one learnt of or denied.
    ("L", "กองกลางได้จัดส่งรายงานผลทางจดหมายอิเล็กทรอนิกส์แล้วครับ", "MarkStep",
     {"step": "4", "unit": "กองกลาง", "channel": "email"}),
    ("L", "กองคลังส่งรายงานผลทางไลน์แล้ว ไม่ทราบว่าต้องอัปขึ้นไดรฟ์ค่ะ", "MarkStep",
     {"step": "4", "unit": "กองคลัง", "channel": "line"}),
    ("L", "แผนกองคลังไม่ผ่านค่ะ ส่งทางไลน์ไม่ได้ส่งไดรฟ์", "MarkStep",
     {"step": "3", "passed": False, "unit": "กองคลัง", "channel": "line"}),
    ("L", "ขั้นตอนที่ 3 ของกองกลางไม่ผ่านครับ ไม่ได้ส่งทางอีเมล", "MarkStep",
     {"step": "3", "passed": False, "unit": "กองกลาง"}),
    # A channel corrected in formal words; a figure corrected as "the figure".
    ("L", "ขอแก้ไขค่ะ ที่แจ้งว่าส่งทางอีเมลนั้นคลาดเคลื่อน ความจริงส่งทางไดรฟ์ค่ะ", "MarkStep",
     {"channel": "google_drive"}),
    ("P", "ขอแก้ตัวเลขเป็น 58.2 ค่ะ", "SubmitValue", {"value": "58.2", "raw_value": "58.2"}),
    ("L", "แก้ไขตัวเลขเป็น 12 ชุดครับ", "SubmitValue", {"value": "12", "raw_value": "12"}),
    ("B", "ขอแก้ค่าเป็น 3.75 คะแนนครับ", "SubmitValue", {"value": "3.75", "raw_value": "3.75"}),
    # A dimension not thought of yet is not covered.
    ("L", "กองคลังส่งแผนแล้ว มิติ 1 กับ 3 ครบ มิติ 2 ยังหาโครงการไม่ได้", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "dims": [1, 3]}),
    ("L", "ส่งแผนแล้ว มีมิติ 1 กับ 2 ส่วนมิติ 3 ยังคิดไม่ออกเลยค่ะ", "MarkStep",
     {"step": "3", "dims": [1, 2]}),
]  # fmt: skip


@readings(CAVEATS)
def test_a_step_report_with_a_caveat_is_the_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "ทำไมแผนกองคลังไม่ผ่าน ไม่ได้ส่งทางไดรฟ์เหรอคะ",
        "ส่งแผนแต่ยังไม่แนบไฟล์ได้ไหมคะ",
        "ต้องแก้ตัวเลขเป็นเท่าไหร่",
        "ส่งทางอีเมลได้ไหม ไม่ได้ส่ง drive",
        "กองไหนส่งแผนแต่ยังไม่แนบไฟล์",
        "ขยะได้ห้าสิบสองจุดสามผ่านเกณฑ์ไหมคะ",
        "บอทเตือนบ่ายสองโมงใช่ไหมคะ",
    ],
)
def test_the_caveats_asked_are_no_writes(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)
