"""Round 18, dev_fresh40's families: a step's field corrected with the unit that sent it, an
apology before a value's correction, the DG readiness score named in Thai after the name, an
acknowledgement followed by the sender's own promise, a reminder setting beside a system's
notice, a way of sending asked with the sending told last, what a form holds asked without
"ต้อง", the season's greeting with a wish, what it takes to reach a tier, a deliverable lacking
as a whole, and the plan's dimensions said again or still worked on. Each family has its near
misses: a question never becomes a write."""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# A field of the step just reported corrected, with the unit that sent it named before its
# sending ("กองคลังส่ง…"): a correction of that entry, not a new report nor a status.
FIELD_WITH_SENDER = [
    ("L", "แก้ไขค่ะ กองคลังส่งทางอีเมล ไม่ใช่ไดรฟ์", "MarkStep", {"unit": "กองคลัง", "channel": "email"}),
    (
        "L",
        "ขอแก้ครับ กองนิติการส่งเมื่อวาน ไม่ใช่วันนี้",
        "MarkStep",
        {"unit": "กองนิติการ", "done_on": "2025-01-14"},
    ),
    (
        "L",
        "ขอแก้ค่ะ กองกลางส่งเมื่อวันจันทร์ ไม่ใช่วันอังคาร",
        "MarkStep",
        {"unit": "กองกลาง", "done_on": "2025-01-13"},
    ),
    ("L", "พิมพ์ผิดครับ ศทส. ส่งทางไดรฟ์ ไม่ใช่อีเมล", "MarkStep", {"unit": IT, "channel": "google_drive"}),
    (
        "L",
        "แก้นิดนึงค่ะ กพร.ส่งเป็นกระดาษ ไม่ใช่อีเมล",
        "MarkStep",
        {"unit": "กลุ่มพัฒนาระบบบริหาร", "channel": "paper"},
    ),
    (
        "L",
        "ไม่ใช่วันนี้ค่ะ กองการเจ้าหน้าที่ส่งเมื่อวาน",
        "MarkStep",
        {"unit": "กองการเจ้าหน้าที่", "done_on": "2025-01-14"},
    ),
    # The step named too: a report of its own, as before.
    (
        "L",
        "แก้ไขค่ะ กองคลังส่งแผนทางอีเมล ไม่ใช่ไดรฟ์",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email"},
    ),
]


@readings(FIELD_WITH_SENDER)
def test_a_field_corrected_with_the_sender_named(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


SENDER_ASKED = [
    ("L", "กองคลังส่งทางอีเมล ไม่ใช่ไดรฟ์ใช่ไหม"),
    ("L", "กองคลังส่งทางอีเมลหรือไดรฟ์ครับ ไม่แน่ใจ"),
    ("L", "กองคลังส่งทางอีเมลแล้วหรือยัง ไม่ใช่ไดรฟ์นะ"),
    ("L", "แก้ไขค่ะ กองคลังส่งทางอีเมล ไม่ใช่ไดรฟ์ ได้ไหม"),
]


@pytest.mark.parametrize(("org", "text"), SENDER_ASKED)
def test_a_sending_asked_beside_a_no_is_no_write(org: str, text: str) -> None:
    assert category(*settled(text, org)) != "write"


# An apology before a bare correction names no indicator ("โทษ" was read as one).
APOLOGY = [
    ("P", "โทษทีครับ แก้เป็น 61.53", "SubmitValue", {"value": "61.53", "raw_value": "61.53"}),
    ("P", "โทษทีค่ะ แก้เป็น 47", "SubmitValue", {"value": "47", "raw_value": "47"}),
    ("P", "โทษที แก้เป็น 61.53", "SubmitValue", {"value": "61.53", "raw_value": "61.53"}),
    ("P", "โทษทีนะคะ ที่ถูกคือ 52.3", "SubmitValue", {"value": "52.3", "raw_value": "52.3"}),
    # The indicator named after the apology is still read.
    (
        "P",
        "โทษทีครับ ขยะแก้เป็น 61.53",
        "SubmitValue",
        {"indicator": "2", "value": "61.53", "raw_value": "61.53"},
    ),
    ("P", "โทษทีค่ะ ขยะได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


@readings(APOLOGY)
def test_an_apology_names_no_indicator(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# "DG readiness คะแนน": the Thai measure right after the name, as "DG readiness score" is,
# names the score's indicator; asked with "ได้กี่คะแนน" it is still a score of both.
DG_SCORE = [
    (
        "O",
        "DG Readiness คะแนนได้เท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "result"},
    ),
    ("O", "DG readiness  คะแนนเท่าไหร่", "IndicatorQuery", {"indicator": "9", "aspect": "result"}),
    ("O", "ใครยังไม่ส่งผล DG readiness คะแนนบ้างครับ", "Missing", {"indicator": "9"}),
    ("B", "DG readiness คะแนนเท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    (
        "O",
        "DG readiness คะแนน 88.5",
        "SubmitValue",
        {"indicator": "9", "value": "88.5", "raw_value": "88.5"},
    ),
    # Near misses: the score asked of the name alone is both indicators' score.
    (
        "O",
        "DG Readiness ได้คะแนนเท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": ["8", "9"], "aspect": "score"},
    ),
    ("B", "DG Readiness ได้กี่คะแนน", "IndicatorQuery", {"indicator": ["6", "7"], "aspect": "score"}),
]


@readings(DG_SCORE)
def test_the_readiness_score_named_in_thai(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# An acknowledgement, then what the sender will do: courtesy, whatever the promise names.
ACK_THEN_NEXT = [
    ("P", "รับทราบครับ จะแจ้งสำนักงานท่องเที่ยวจังหวัดให้ครับ", "SmallTalk", {"kind": "ack"}),
    ("P", "รับทราบค่ะ เดี๋ยวจะแจ้งกองยุทธศาสตร์ให้นะคะ", "SmallTalk", {"kind": "ack"}),
    ("P", "โอเคครับ เดี๋ยวผมเอาตัวเลขขยะไปใส่รายงาน", "SmallTalk", {"kind": "ack"}),
    ("P", "ได้เลยค่ะ เดี๋ยวจะบอกทีมยาเสพติดให้", "SmallTalk", {"kind": "ack"}),
    # Near misses: a figure reported, or a question after the acknowledgement.
    (
        "P",
        "รับทราบครับ ขยะ 52.3",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    (
        "P",
        "รับทราบครับ จะแจ้งท่องเที่ยวให้ครับ ขยะได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": ["2", "3"], "aspect": "result"},
    ),
]


@readings(ACK_THEN_NEXT)
def test_an_acknowledgement_then_a_promise(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# A reminder setting is the bot's own, even beside a system's notice ("ปิดปรับปรุง").
SETTING_BESIDE_NOTICE = [
    ("L", "ปิดแจ้งเตือนชั่วคราวครับ สัปดาห์นี้ปิดปรับปรุงระบบ", "ReminderSettings", {"action": "off"}),
    ("L", "ปิดแจ้งเตือนก่อนครับ ช่วงนี้ระบบปิดปรับปรุง", "ReminderSettings", {"action": "off"}),
    ("L", "ปิดการแจ้งเตือนไว้ก่อนนะคะ ระบบขัดข้องอยู่", "ReminderSettings", {"action": "off"}),
    ("L", "ระบบขัดข้อง ปิดแจ้งเตือนไปก่อนครับ", "ReminderSettings", {"action": "off"}),
    ("L", "เปิดแจ้งเตือนได้แล้วครับ ระบบปิดปรับปรุงเสร็จแล้ว", "ReminderSettings", {"action": "on"}),
    # Near misses: the notice alone is for colleagues.
    ("L", "ระบบ e-Budgeting ปิดปรับปรุงวันเสาร์นี้นะคะ", "Unknown", {}),
    ("L", "ขอประชาสัมพันธ์ ระบบปิดปรับปรุงวันเสาร์ แจ้งเตือนจะหยุดชั่วคราว", "Unknown", {}),
]


@readings(SETTING_BESIDE_NOTICE)
def test_a_reminder_setting_beside_a_notice(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# Whether a way of sending is allowed, the sender's own sending told last ("ถ่ายรูปเอกสาร
# ส่งมา"): still the question; someone asked to send over is not.
CHANNEL_ASKED = [
    ("L", "ส่งทางไลน์ได้ไหมคะ ถ่ายรูปเอกสารส่งมา", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งทางอีเมลได้ไหมครับ สแกนเอกสารส่งมา", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งเป็นกระดาษได้มั้ยคะ ผอ.เซ็นแล้วส่งมา", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งทางไลน์ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    # Near misses: asked to send it over.
    ("L", "ส่งไลน์มาได้ไหม", "Unknown", {}),
    ("L", "ส่งมาทางไลน์ได้ไหมคะ", "Unknown", {}),
]


@readings(CHANNEL_ASKED)
def test_a_way_of_sending_asked_with_the_sending_told_last(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# What a form holds, asked without "ต้อง" ("แบบฟอร์ม 3 ใส่ตัวชี้วัด…ใช่ไหม").
FORM_HOLDS = [
    ("L", "แบบฟอร์ม 3 ใส่ตัวชี้วัดกับค่าเป้าหมายใช่ไหมครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "ฟอร์ม 4 กรอกอะไรบ้างคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "แบบฟอร์ม 2 ระบุชื่อผู้กำกับด้วยเหรอ", "RuleQuestion", {"topic": "form"}),
    ("L", "แบบฟอร์ม 3 ใส่ค่าเป้าหมายปีไหนคะ", "RuleQuestion", {"topic": "form"}),
    # Near misses: the form filled in, told.
    ("L", "กรอกฟอร์ม 3 แล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "ใครยังไม่กรอกแบบฟอร์ม 4", "Missing", {"step": "4"}),
]


@readings(FORM_HOLDS)
def test_what_a_form_holds_asked(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# The season's greeting with a wish, whatever the wish names (a year typed with it).
SEASON_WISH = [
    ("L", "สวัสดีปีใหม่ 2568 ค่ะทุกคน 🎉 ขอให้ตัวชี้วัดผ่านทุกตัว", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีปีใหม่ค่ะทุกคน ขอให้ตัวชี้วัดผ่านทุกตัว", "SmallTalk", {"kind": "greeting"}),
    ("L", "สุขสันต์วันปีใหม่ครับ ขอให้ผ่านเกณฑ์ทุกขั้นตอน", "SmallTalk", {"kind": "greeting"}),
    ("L", "Happy new year 2025 ค่ะ ขอให้ปีนี้ขยะได้ระดับ 5", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีปีใหม่ พ.ศ. 2568 ครับพี่ๆ ขอให้ PMQA ปีนี้ได้คะแนนเต็ม", "SmallTalk", {"kind": "greeting"}),
    # Near misses: a report or a favour after the greeting is read as it is.
    ("L", "สวัสดีปีใหม่ค่ะ ขอให้มีความสุข กองคลังส่งแผนแล้วนะคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "สวัสดีปีใหม่ค่ะ ขอให้ช่วยดูสถานะกองคลังหน่อย", "Status", {"unit": "กองคลัง"}),
]


@readings(SEASON_WISH)
def test_the_seasons_greeting_with_a_wish(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    ["สวัสดีปีใหม่ค่ะ ขอให้มีความสุข ขยะได้เท่าไหร่แล้วคะ", "สวัสดีปีใหม่ค่ะ ขอให้ตัวชี้วัดผ่านทุกตัวไหมคะ"],
)
def test_a_question_after_a_wish_is_no_greeting(text: str) -> None:
    assert settled(text, "L")[0] != "SmallTalk"


# What it takes to reach a tier ("ต้องทำอะไรบ้างถึงได้ขั้นสูง"): the indicator's criteria,
# never what is due.
REACH_A_TIER = [
    (
        "B",
        "Participatory Budgeting ต้องทำอะไรบ้างถึงได้ขั้นสูงคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "criteria"},
    ),
    (
        "B",
        "Participatory Budgeting ต้องทำอะไรบ้างถึงได้ระดับ 5",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "criteria"},
    ),
    (
        "B",
        "e-Budgeting ต้องทำอะไรบ้างถึงจะได้ขั้นมาตรฐาน",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "criteria"},
    ),
    ("P", "ขยะต้องทำอะไรบ้างถึงได้ขั้นสูงคะ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    (
        "P",
        "ท่องเที่ยวต้องทำอะไรถึงจะได้คะแนนเต็ม",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "criteria"},
    ),
    # Near misses: what is due, what a step asks, why a tier was reached.
    ("P", "เดือนนี้ต้องทำอะไรบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    ("P", "ขั้นตอนที่ 3 ต้องทำอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ("P", "ทำไมขยะถึงได้ระดับ 2", "RuleQuestion", {"topic": "why_score"}),
]


@readings(REACH_A_TIER)
def test_what_it_takes_to_reach_a_tier(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# A deliverable lacking as a whole ("ขาดฟอร์ม 4 ทั้งชุด"): its documents are missing; one
# piece short is incomplete.
LACKING_WHOLE = [
    (
        "L",
        "ขั้นตอนที่ 4 ของไอทียังไม่ผ่านนะ ขาดฟอร์ม 4 ทั้งชุด",
        "MarkStep",
        {"step": "4", "passed": False, "unit": IT, "documents": "missing"},
    ),
    (
        "L",
        "กองคลังส่งรายงานผลแล้ว แต่ขาดแบบฟอร์ม 4 ทั้งชุดเลยค่ะ",
        "MarkStep",
        {"step": "4", "unit": "กองคลัง", "documents": "missing"},
    ),
    (
        "L",
        "ศทส. ส่งแผนแล้วครับ ขาดเอกสารทั้งหมด",
        "MarkStep",
        {"step": "3", "unit": IT, "documents": "missing"},
    ),
    (
        "L",
        "กองกลางส่งแผนแล้ว ขาดไฟล์ทั้งชุด",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "documents": "missing"},
    ),
    # Near misses: one form short; who lacks it, asked.
    (
        "L",
        "ขั้นตอนที่ 4 ของไอทียังไม่ผ่านนะ ขาดฟอร์ม 4",
        "MarkStep",
        {"step": "4", "passed": False, "unit": IT, "documents": "incomplete"},
    ),
    ("L", "ใครขาดฟอร์ม 4 ทั้งชุดบ้าง", "Missing", {"step": "4"}),
]


@readings(LACKING_WHOLE)
def test_a_deliverable_lacking_as_a_whole(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# The plan's dimensions said again as the right ones ("มิติที่ถูกคือ…"), or one still worked on
# ("ส่วนมิติ 2 กำลังปรับ"): the right ones, and every one but those still worked on.
DIMENSIONS = [
    ("L", "ไม่ใช่ค่ะ มิติที่ถูกคือ 1 2 3 ครบค่ะ พิมพ์ตกไป", "MarkStep", {"dims": [1, 2, 3]}),
    ("L", "ขอโทษครับ มิติที่ถูกต้องคือ 1 กับ 3", "MarkStep", {"dims": [1, 3]}),
    ("L", "พิมพ์ผิดค่ะ มิติที่ถูกคือ 2 และ 3 พิมพ์หล่นไป", "MarkStep", {"dims": [2, 3]}),
    (
        "L",
        "กองคลังส่งแผนแล้ว มิติ 1 กับ 2 ส่วนมิติ 3 กำลังแก้",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2]},
    ),
    (
        "L",
        "กองกลางส่งแผนแล้วค่ะ มิติ 3 กำลังทำอยู่",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [1, 2]},
    ),
    (
        "L",
        "กองคลังส่งแผนแล้ว มิติ 1 กับ 2 ส่วนมิติ 3 อยู่ระหว่างปรับแก้",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2]},
    ),
    (
        "L",
        "แจ้งค่ะ ศทส. อัปโหลดแผน 3 ปี 2568-2570 พร้อมแผนปฏิบัติการ 68 ขึ้น Google Drive"
        " เมื่อวันอังคาร ครอบคลุมมิติ 1 และ 3 ส่วนมิติ 2 กำลังปรับค่ะ",
        "MarkStep",
        {
            "step": "3",
            "unit": IT,
            "channel": "google_drive",
            "done_on": "2025-01-14",
            "dims": [1, 3],
        },
    ),
    # Near misses: which dimensions are right, asked.
    ("L", "มิติที่ถูกคืออะไร", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "มิติที่ถูกต้องคือมิติไหนบ้าง", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "มิติ 2 กำลังปรับ ส่งได้ไหม", "RuleQuestion", {"topic": "dimensions"}),
]


@readings(DIMENSIONS)
def test_dimensions_said_again_or_still_worked_on(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# A sending told made on the last day ("…29 พ.ย. วันสุดท้ายพอดีครับ"): the sending, no due asked;
# the last day asked is still the deadline.
LAST_DAY = [
    (
        "L",
        "ศทส.ส่งรายชื่อทีมทางฟอร์ม 29 พ.ย. วันสุดท้ายพอดีครับ 555",
        "MarkStep",
        {"step": "1", "unit": IT, "channel": "google_form", "done_on": "2024-11-29"},
    ),
    (
        "L",
        "กองคลังส่งแผนวันที่ 20 ม.ค. วันสุดท้ายพอดีค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-20"},
    ),
    (
        "L",
        "กองนิติการส่งรายงานผลทางไดรฟ์ 15 ม.ค. วันสุดท้ายเลยครับ",
        "MarkStep",
        {"step": "4", "unit": "กองนิติการ", "channel": "google_drive", "done_on": "2025-01-15"},
    ),
    ("L", "ส่งแผนแล้วนะคะ ทันเส้นตายพอดี", "MarkStep", {"step": "3"}),
    # Near misses: the last day asked.
    ("L", "วันสุดท้ายส่งแผนวันไหน", "Deadlines", {"step": "3"}),
    ("L", "วันสุดท้ายพอดีใช่ไหมที่ต้องส่งแผน", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนวันที่ 20 ม.ค. วันสุดท้ายพอดีไหม", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนได้ถึงวันไหน วันสุดท้ายเลยคือวันไหน", "Deadlines", {"step": "3"}),
]


@readings(LAST_DAY)
def test_a_sending_made_on_the_last_day(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)


# A sending told formally ("…ขอแจ้งว่าส่ง…"), its form named in brackets: a report, never a
# request for the form.
FORMAL_WITH_FORM = [
    (
        "L",
        "เรียนผู้ประสานงานค่ะ กองการเจ้าหน้าที่ขอแจ้งว่าส่งรายงานผลการดำเนินงานตามแผน (แบบฟอร์ม 4)"
        " เป็นเอกสารกระดาษ เมื่อวันที่ 9 มกราคม 2568 ค่ะ",
        "MarkStep",
        {"step": "4", "unit": "กองการเจ้าหน้าที่", "channel": "paper", "done_on": "2025-01-09"},
    ),
    (
        "L",
        "กองคลังขอรายงานว่าได้ส่งแผนพัฒนาหน่วยงาน (แบบฟอร์ม 3) ทางอีเมล เมื่อวันที่ 10 มกราคม 2568 ครับ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email", "done_on": "2025-01-10"},
    ),
    ("L", "กองกลางขอแจ้งว่าส่งแผน (แบบฟอร์ม 3) แล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    # Near misses: the form asked for; a way of sending asked.
    ("L", "ขอแบบฟอร์ม 4 หน่อยครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "ขอแจ้งว่าส่งแบบฟอร์ม 4 ได้ทางไหนบ้างคะ", "RuleQuestion", {"topic": "channel"}),
]


@readings(FORMAL_WITH_FORM)
def test_a_formal_sending_with_its_form_named(org, text, intent, slots) -> None:
    assert settled(text, org) == (intent, slots)
