"""Round 46, writes typed in a hurry, and registrations (writes46).

1. The numbered forms of a step beside a unit's alias ("ไอทีส่งฟอร์ม1-3ครบแล้วนะคะ") name the
   step whose forms they are.
2. The verb to send heard as สอง by voice typing, opening the message before the plan or the
   team's names and a done word closing it ("สองแผนแล้วค่ะ"); a count stays a count.
3. A figure reported, then a worry about time closing the message ("ส่งผลขยะ ๖๑.๔ ค่ะ ทันไหม
   เนี่ย"): the report, whose card asks before storing.
4. A figure, then its sending in haste closing the message ("…1,498.6 ล้านบาท ส่งด่วนค่ะ"): the
   sender's report; hurried along or said to a colleague it stays an order.
5. An indicator's overall figure told bare ("KPI ขับเคลื่อน 4.0 ภาพรวม สป.รง. ได้ 4.5").
6. The reminders' round changed to days listed ("ปรับรอบเตือนเป็นก่อนครบกำหนด 10, 5 และ 1 วัน"),
   or every day before the deadline with the days listed.
7. A newcomer's unit, then help in someone's place ("ผมมาจากกองคลังครับ เพิ่งมาช่วยงาน PMQA แทน
   พี่ที่ลา"): the registration.
8. Held off first, then "don't record it" ("ขอระงับไว้ก่อนครับ ยังไม่ต้องบันทึก"): a no.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

NUMBERED_FORMS: list[Case] = [
    (
        "L",
        "ไอทีส่งฟอร์ม1-3ครบแล้วนะคะ",
        "MarkStep",
        {"step": "3", "unit": ICT, "documents": "complete"},
    ),
    (
        "L",
        "ไอที ส่งฟอร์ม 1-3 ครบแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": ICT, "documents": "complete"},
    ),
    (
        "L",
        "กนต.ส่งฟอร์ม 1-3 ครบแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "documents": "complete"},
    ),
    (
        "L",
        "นิติการส่งแบบฟอร์ม 4 ครบแล้ว",
        "MarkStep",
        {"step": "4", "unit": "กองนิติการ", "documents": "complete"},
    ),
    # Near misses: asked, or to come.
    ("L", "ไอทีส่งฟอร์ม1-3ครบหรือยังคะ", "Status", {"unit": ICT}),
    ("L", "ไอทีจะส่งฟอร์ม1-3ครบพรุ่งนี้", "Unknown", {}),
]

SENT_HEARD_AS_TWO: list[Case] = [
    ("L", "สองแผนแล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "สองแผนเรียบร้อยแล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "สองรายชื่อทีมแล้วนะคะ", "MarkStep", {"step": "1"}),
    # Near misses: counts.
    ("L", "สองแผนค่ะ", "Unknown", {}),
    ("L", "ได้สองแผนแล้ว", "Unknown", {}),
    ("L", "มีสองแผนแล้วค่ะ", "Unknown", {}),
    ("L", "ส่งมาสองแผนแล้ว", "Unknown", {}),
    ("L", "สองแผนนี้ต่างกันยังไง", "Unknown", {}),
    # Near misses (review of round 46): a verb or another noun between the plan and the done word.
    ("L", "สองแผนผ่านแล้ว", "Unknown", {}),
    ("L", "สองแผนส่งแล้ว", "Unknown", {}),
    ("L", "สองแผนแก้แล้ว", "Unknown", {}),
    ("L", "สองแผนงานเสร็จแล้วค่ะ", "Unknown", {}),
    ("L", "สองแผนอนุมัติแล้ว", "Unknown", {}),
    ("L", "สองแผนปฏิบัติการเสร็จแล้ว", "Unknown", {}),
    ("L", "สองแผนลงนามแล้วค่ะ", "Unknown", {}),
]

WORRY_ABOUT_TIME: list[Case] = [
    (
        "P",
        "ส่งผลขยะ ๖๑.๔ ค่ะ ทันไหมเนี่ย",
        "SubmitValue",
        {"indicator": "2", "value": "61.4", "raw_value": "๖๑.๔"},
    ),
    (
        "P",
        "ขยะ 61.4 ครับ ยังทันอยู่ไหมครับ",
        "SubmitValue",
        {"indicator": "2", "value": "61.4", "raw_value": "61.4"},
    ),
    (
        "P",
        "ส่งผลขยะ 61.4 แล้วนะคะ จะทันมั้ยคะ",
        "SubmitValue",
        {"indicator": "2", "value": "61.4", "raw_value": "61.4"},
    ),
    # Near misses: a day asked of, a sending to come or supposed, no report closed first.
    ("P", "ส่งผลขยะวันที่ 31 ค่ะ ทันไหม", "Deadlines", {}),
    ("P", "จะส่งผลขยะ 61.4 ค่ะ ทันไหม", "Deadlines", {}),
    ("P", "ถ้าส่งผลขยะ 61.4 ค่ะ ทันไหม", "Deadlines", {}),
    ("P", "ยาเสพติดส่งผลทันไหมเนี่ย หมดเขตวันไหน", "Deadlines", {}),
]

SENT_IN_HASTE: list[Case] = [
    (
        "P",
        "รายได้ท่องเที่ยว 1,498.6 ล้านบาท ส่งด่วนค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "1498.6", "raw_value": "1,498.6"},
    ),
    (
        "P",
        "ขยะ ๖๑.๔ ส่งด่วนครับ",
        "SubmitValue",
        {"indicator": "2", "value": "61.4", "raw_value": "๖๑.๔"},
    ),
    # Near misses: hurried along, or said to a colleague.
    ("P", "ขยะ 61.4 ส่งด่วนเลย", "Unknown", {}),
    ("P", "ผลขยะ 61.4 ส่งด่วนด้วยนะ", "Unknown", {}),
    ("P", "น้องแอน ขยะ 61.4 ส่งด่วนค่ะ", "Unknown", {}),
    # Near misses (review of round 46): a word of duty or of a ban before the sending, or a
    # number that orders (the second item, the third issue).
    ("P", "ขยะ 61.4 ต้องส่งด่วนค่ะ", "Unknown", {}),
    ("P", "ผลขยะได้แค่ 40 ต้องแก้ส่งด่วนค่ะ", "Unknown", {}),
    ("L", "เรื่องที่ 2 ส่งด่วนครับ", "Unknown", {}),
    ("P", "ขยะ 61.4 อย่าส่งด่วนค่ะ", "Unknown", {}),
    ("P", "ขยะ 61.4 ต้องรีบส่งด่วนค่ะ", "Unknown", {}),
    ("L", "ฉบับที่ 2 ส่งด่วนครับ", "Unknown", {}),
]

OVERALL_FIGURE: list[Case] = [
    (
        "L",
        "KPI ขับเคลื่อน 4.0 ภาพรวม สป.รง. ได้ 4.5",
        "SubmitValue",
        {"indicator": "1", "value": "4.5", "raw_value": "4.5"},
    ),
    (
        "L",
        "ตัวชี้วัดขับเคลื่อน ภาพรวมทั้งกระทรวงได้ 4.5",
        "SubmitValue",
        {"indicator": "1", "value": "4.5", "raw_value": "4.5"},
    ),
    # Near misses: asked (the indicator's result: round 46's asks46), or naming nothing it is of.
    (
        "L",
        "KPI ขับเคลื่อน 4.0 ภาพรวม สป.รง. ได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
    ("L", "KPI ขับเคลื่อน 4.0 ภาพรวม สป.รง. ได้ 4.5 ใช่ไหม", "Status", {}),
    ("L", "ภาพรวม สป.รง. ได้ 4.5", "Status", {}),
]

REMINDER_ROUND: list[Case] = [
    (
        "L",
        "ปรับรอบเตือนเป็นก่อนครบกำหนด 10, 5 และ 1 วัน",
        "ReminderSettings",
        {"action": "set", "days": [10, 5, 1]},
    ),
    (
        "L",
        "เปลี่ยนรอบเตือนเป็นก่อนครบกำหนด 7 และ 3 วัน",
        "ReminderSettings",
        {"action": "set", "days": [7, 3]},
    ),
    (
        "L",
        "ปรับวันเตือนเป็น 7 3 1 วันก่อนกำหนด",
        "ReminderSettings",
        {"action": "set", "days": [7, 3, 1]},
    ),
    (
        "L",
        "ช่วงนี้ขอเตือนทุกวันก่อนครบกำหนด 5 4 3 2 1 ได้มั้ยครับ",
        "ReminderSettings",
        {"action": "set", "days": [5, 4, 3, 2, 1]},
    ),
    # Near misses: asked, one count of every day, someone else's.
    ("L", "ปรับรอบเตือนเป็นกี่วันดีคะ", "Deadlines", {}),
    ("L", "ขอเตือนทุกวันก่อนครบกำหนด 5 วันได้ไหม", "Deadlines", {}),
    ("L", "กองคลังเขาเตือนทุกวันก่อนครบกำหนด 5 4 3 2 1", "Deadlines", {}),
    # A count of days alone is a day before the deadline.
    ("L", "ปรับรอบเตือนเป็น 3 วันได้ไหมคะ", "ReminderSettings", {"action": "set", "days": [3]}),
    # Near misses (review of round 46): a frequency or a date is no day before the deadline.
    ("L", "เปลี่ยนเตือนเป็นวันละ 2 ครั้งได้ไหม", "Unknown", {}),
    ("L", "ปรับรอบเตือนเป็นเดือนละ 1 ครั้ง", "Unknown", {}),
    ("L", "เปลี่ยนวันเตือนเป็นวันศุกร์ที่ 15", "Unknown", {}),
    ("L", "ปรับเตือนเป็นสัปดาห์ละ 2 ครั้ง", "Unknown", {}),
    ("L", "เปลี่ยนรอบเตือนเป็นทุก 2 วัน", "Unknown", {}),
    ("L", "เปลี่ยนวันเตือนเป็นวันที่ 20 ของทุกเดือน", "Unknown", {}),
]

NEWCOMER_HELPING: list[Case] = [
    ("L", "ผมมาจากกองคลังครับ เพิ่งมาช่วยงาน PMQA แทนพี่ที่ลา", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "หนูอยู่กองกลางค่ะ มาช่วยงาน PMQA แทนพี่ต๋อยที่ลาคลอด", "RegisterUnit", {"unit": "กองกลาง"}),
    # Near misses: a question after the news, or who helps asked.
    ("L", "เพิ่งมาช่วยงาน PMQA ค่ะ กองกลางส่งแผนหรือยังคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "ใครมาช่วยงานแทนพี่ต๋อยคะ", "Unknown", {}),
]

HELD_OFF: list[Case] = [
    ("B", "ขอระงับไว้ก่อนครับ ยังไม่ต้องบันทึก", "Cancel", {}),
    ("B", "พักไว้ก่อนครับ ยังไม่ต้องบันทึก", "Cancel", {}),
    ("B", "ชะลอไว้ก่อนค่ะ ยังไม่ต้องบันทึกนะคะ", "Cancel", {}),
    ("B", "ขอ hold ไว้ก่อน ไม่ต้องบันทึกนะ", "Cancel", {}),
    # Near misses: a break, a hold asked, a figure brought.
    ("B", "พักเที่ยงก่อนครับ", "Unknown", {}),
    ("B", "ต้องระงับไหมคะ ถ้ายังไม่ต้องบันทึก", "Unknown", {}),
    ("B", "พักไว้ก่อน ยังไม่ต้องบันทึก 4.48", "Unknown", {}),
]


@readings(NUMBERED_FORMS)
def test_numbered_forms_beside_a_units_alias_name_their_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SENT_HEARD_AS_TWO)
def test_the_verb_to_send_heard_as_two_opening_a_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WORRY_ABOUT_TIME)
def test_a_figure_reported_then_a_worry_about_time_is_the_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SENT_IN_HASTE)
def test_a_figure_sent_in_haste_is_the_senders_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OVERALL_FIGURE)
def test_an_indicators_overall_figure_told_bare_is_a_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REMINDER_ROUND)
def test_the_reminders_round_changed_to_days_listed(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEWCOMER_HELPING)
def test_a_newcomers_unit_then_help_in_someones_place_registers(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HELD_OFF)
def test_held_off_then_dont_record_is_a_no(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
