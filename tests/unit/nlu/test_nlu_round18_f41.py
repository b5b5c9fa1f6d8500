"""Round 18 (f41): a team's first weeks, by an outside writer (dev_fresh41). The card answered
in other words -- a yes ("ถูกต้องทุกอย่างค่ะ", "ถุกต้องค่ะ", "คอนเฟิร์มค่ะ", the card's unit said
back as "ของ กค."), a halt ("เดี๋ยวก่อน", "รอแป๊บ…อย่าเพิ่งบันทึก", "หยุดก่อนครับ ข้อมูลไม่ถูก");
the reminders looked at or their time changed in other words ("แจ้งเตือนตั้งไว้ยังไง", "บ่ายสอง",
"จาก 9 โมงเป็น 7 โมงครึ่ง"); a slip of the decimal point, of the unit's kind ("ผิดกอง") or of the
channel ("ไม่ได้ส่งทางไดรฟ์ ส่งอีเมล") corrected; "bind group <org>"; whether the team has all
registered ("พี่ๆ ลงครบยัง"); something asked to borrow ("ใครมีที่ชาร์จ…บ้าง") is chatter.
A question never becomes a write, chatter never a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

WRITES = ("SubmitValue", "SubmitBaseline", "MarkStep", "ReminderSettings", "Confirm")
Case = tuple[str, str, str, dict[str, Any]]

# (A) A yes to the card in other words: all of it right, a slip of the long vowel, the card's
# unit said back as whose entry it is, the English word as Thai write it.
YES_IN_OTHER_WORDS: list[Case] = [
    ("L", "ถูกต้องทุกอย่างค่ะ ยืนยันค่ะ", "Confirm", {}),
    ("L", "ถูกทุกอย่างเลยครับ ยืนยัน", "Confirm", {}),
    ("L", "ยืนยันค่ะ ถูกต้องทุกช่อง", "Confirm", {}),
    ("L", "ถุกต้องค่ะ", "Confirm", {}),
    ("L", "ถุกต้องแล้วครับ", "Confirm", {}),
    ("L", "ถุกแล้วค่ะ บันทึกเลย", "Confirm", {}),
    ("L", "ใช่ค่ะ ของ กค. ถูกต้องแล้ว", "Confirm", {}),
    ("L", "ใช่ครับ ของกองคลังถูกแล้ว", "Confirm", {}),
    ("L", "คอนเฟิร์มค่ะ", "Confirm", {}),
    ("L", "คอนเฟิมครับ บันทึกได้เลย", "Confirm", {}),
]
# Near misses: asked, about something else, or with more said: no yes.
NO_YES: list[Case] = [
    ("L", "คอนเฟิร์มได้ไหมคะ", "Unknown", {}),
    ("L", "ถูกต้องทุกอย่างไหมคะ", "Unknown", {}),
    ("L", "ขอคอนเฟิร์มวันประชุมพรุ่งนี้นะคะ", "Unknown", {}),
    ("L", "ใช่ค่ะ ของ กค. แต่ยังไม่ส่งแผน", "Status", {"unit": "กองคลัง"}),
    ("L", "ข้อมูลไม่ถุกค่ะ ยกเลิก", "Cancel", {}),
    ("L", "ถุงมือหายค่ะ", "Unknown", {}),
]

# (B) A halt said first drops the card: alone, with what is wrong, with a short aside.
HALTS: list[Case] = [
    ("L", "เดี๋ยวก่อน", "Cancel", {}),
    ("L", "เดี๋ยวก่อนค่ะ ตัวเลขผิด", "Cancel", {}),
    ("L", "รอแป๊บนะคะ อย่าเพิ่งบันทึก", "Cancel", {}),
    ("L", "รอแป๊บครับ ขอเช็คอีกที", "Cancel", {}),
    ("L", "หยุดก่อนครับ ข้อมูลไม่ถูก", "Cancel", {}),
    ("L", "หยุดครับ ผิดกอง", "Cancel", {}),
    ("L", "เดี๋ยวๆ ผิดๆ", "Cancel", {}),
    ("L", "เดี๋ยวๆ วันที่ผิด", "Cancel", {}),
    ("L", "อุ๊ย เดี๋ยวก่อนค่ะ", "Cancel", {}),
    ("L", "ขอโทษค่ะ หยุดก่อน", "Cancel", {}),
    ("L", "stop ก่อนครับ", "Cancel", {}),
]
# Near misses: a wait that says what comes next, a holiday, a question, a report or a question
# after the halt; the typo corrector still corrects what it did ("เดี๋ยวจะ" is no "เดี๋ยวนะ",
# "step" no "stop").
NO_HALT: list[Case] = [
    ("L", "เดี๋ยวโทรหานะ", "Unknown", {}),
    ("L", "หยุดเตือนก่อนนะ", "ReminderSettings", {"action": "off"}),
    ("L", "เดี๋ยวก่อนนะ กินข้าวอยู่", "Unknown", {}),
    ("L", "วันนี้หยุดนะคะ", "Unknown", {}),
    ("L", "หยุดยาวนี้ไปไหนกัน", "Unknown", {}),
    ("L", "เดี๋ยวๆ ผิดไหม", "Unknown", {}),
    ("L", "เดี๋ยวก่อน กองคลังส่งแผนแล้วนะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "เดี๋ยวก่อน ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "ขอบคุนมากค่ะ เดี๋ยวจะลองใช้ดูเรื่อยๆ", "SmallTalk", {"kind": "thanks"}),
    ("L", "step 3 done ค่ะ", "MarkStep", {"step": "3"}),
]

# (C) The reminders looked at, or their time changed, in other words.
REMINDERS: list[Case] = [
    ("L", "ขอดู setting แจ้งเตือนหน่อยครับ", "ReminderSettings", {"action": "show"}),
    ("L", "แจ้งเตือนตั้งไว้ยังไงนะคะ ดูให้หน่อย", "ReminderSettings", {"action": "show"}),
    ("L", "ขอดูค่าแจ้งเตือนที่ตั้งไว้หน่อย", "ReminderSettings", {"action": "show"}),
    ("L", "แจ้งเตือนตั้งไว้กี่โมงนะ", "ReminderSettings", {"action": "show"}),
    ("L", "แจ้งเตือนตั้งไว้ 9 โมงใช่ไหม", "ReminderSettings", {"action": "show"}),
    ("L", "notification setting ของกลุ่มนี้", "ReminderSettings", {"action": "show"}),
    ("L", "ขอให้เตือนตอนบ่ายสองแทนค่ะ", "ReminderSettings", {"action": "set", "hour": 14, "minute": 0}),
    ("L", "ตั้งเวลาเตือนบ่ายสามครึ่ง", "ReminderSettings", {"action": "set", "hour": 15, "minute": 30}),
    (
        "L",
        "เลื่อนเวลาเตือนจาก 9 โมงเป็น 7 โมงครึ่งได้มั้ยครับ",
        "ReminderSettings",
        {"action": "set", "hour": 7, "minute": 30},
    ),
    (
        "L",
        "เปลี่ยนเวลาเตือนจาก 8:30 เป็น 9:00",
        "ReminderSettings",
        {"action": "set", "hour": 9, "minute": 0},
    ),
    (
        "L",
        "เปลี่ยนเวลาแจ้งเตือนจาก 9 โมงเป็นบ่ายสอง",
        "ReminderSettings",
        {"action": "set", "hour": 14, "minute": 0},
    ),
]
# Near misses: the days and time of a plain setting stay; told set, someone reminded, a time
# refused, a setting of something else: no setting.
NO_REMINDER_CHANGE: list[Case] = [
    (
        "L",
        "ตั้งเตือน 7 3 1 เวลา 8:30",
        "ReminderSettings",
        {"action": "set", "days": [7, 3, 1], "hour": 8, "minute": 30},
    ),
    ("L", "แจ้งเตือนตั้งไว้เรียบร้อยแล้วค่ะ", "Unknown", {}),
    ("L", "ช่วยเตือนกองคลังที่ตั้งไว้ด้วย", "Unknown", {}),
    ("L", "เตือนบ่ายสองไม่ได้", "Unknown", {}),
    ("L", "setting ไลน์ยังไง", "RuleQuestion", {"topic": "channel"}),
]

# (D) A slip corrected: the decimal point or a digit's place, the unit by its kind, the channel
# denied first.
CORRECTIONS: list[Case] = [
    ("P", "โทษทีครับ จุดทศนิยมผิด เป็น 5.75", "SubmitValue", {"value": "5.75", "raw_value": "5.75"}),
    ("P", "ใส่จุดผิดตำแหน่งค่ะ ที่ถูกคือ 57.5", "SubmitValue", {"value": "57.5", "raw_value": "57.5"}),
    ("P", "ขอโทษค่ะ ตกเลขศูนย์ไปตัว แก้เป็น 105", "SubmitValue", {"value": "105", "raw_value": "105"}),
    ("P", "โทษทีค่ะ ผิด เป็น 61.2", "SubmitValue", {"value": "61.2", "raw_value": "61.2"}),
    ("L", "ผิดกองค่ะ ไม่ใช่ กก. เป็น กค.", "MarkStep", {"unit": "กองคลัง"}),
    ("L", "หน่วยงานผิดครับ ต้องเป็นกองกลาง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ผิดหน่วยค่ะ กองนิติการต่างหาก", "MarkStep", {"unit": "กองนิติการ"}),
    ("L", "ไม่ได้ส่งทางไดรฟ์ครับ ส่งอีเมล", "MarkStep", {"channel": "email"}),
    ("L", "ไม่ได้อัปไดรฟ์ค่ะ ส่งเป็นกระดาษ", "MarkStep", {"channel": "paper"}),
    ("L", "ไม่ได้ใช้ไดรฟ์ค่ะ ส่งอีเมลไป", "MarkStep", {"channel": "email"}),
    ("L", "ขอโทษค่ะ ไม่ได้ส่งเป็นกระดาษ ส่งทางอีเมล", "MarkStep", {"channel": "email"}),
]
# Near misses: asked, a count of slips, an apology alone, the reason a channel was used, the
# unit said wrong with no other: no write.
NO_CORRECTION: list[Case] = [
    ("P", "ทศนิยมต้องใส่กี่ตำแหน่งคะ", "Unknown", {}),
    ("P", "ทศนิยม 2 ตำแหน่งใช่ไหม", "Unknown", {}),
    ("P", "จุดทศนิยมผิดไหมคะ 5.75", "Unknown", {}),
    ("P", "ผิด 2 จุดค่ะ", "Unknown", {}),
    ("P", "โทษทีนะ ไม่ได้ตั้งใจ", "Unknown", {}),
    ("L", "ส่งอีเมลไม่ได้ ส่งทางไดรฟ์แทน", "Unknown", {}),
    ("L", "ไม่ได้ส่งทางไดรฟ์ ส่งอีเมลได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ไม่ได้ส่งทางไดรฟ์ ต้องส่งอีเมลด้วยเหรอ", "Unknown", {}),
    ("L", "กองผิดไหมคะ", "Unknown", {}),
    ("L", "ผิดกองค่ะ", "Unknown", {}),
]

# (E) The group bound, called "group" in English or as loaned; an organisation's own กลุ่ม stays.
BINDINGS: list[Case] = [
    ("B", "bind group สำนักงบประมาณ ครับ", "BindGroup", {"organisation": "สำนักงบประมาณ"}),
    ("B", "bind this group สำนักงบประมาณ", "BindGroup", {"organisation": "สำนักงบประมาณ"}),
    ("L", "bind กรุ๊ป สป.รง. ค่ะ", "BindGroup", {"organisation": "สป.รง."}),
    ("O", "bind กลุ่ม สำนักงาน ก.พ.", "BindGroup", {"organisation": "สำนักงาน ก.พ."}),
    ("B", "bind group to Budget Bureau", "BindGroup", {"organisation": "Budget Bureau"}),
    ("L", "bind กลุ่มจังหวัดภาคกลาง", "BindGroup", {"organisation": "กลุ่มจังหวัดภาคกลาง"}),
    ("B", "ผูกกลุ่ม สำนักงบประมาณ", "BindGroup", {"organisation": "สำนักงบประมาณ"}),
]

# (F) Whether the people have all registered ("ลง" said short), asked with who is in a team.
REGISTERED: list[Case] = [
    ("L", "ทีมกองกลางตอนนี้มีใครบ้างคะ พี่ๆ ลงครบยัง", "Members", {"unit": "กองกลาง"}),
    ("L", "สมาชิก กค. มีใครบ้าง ทุกคนลงครบยัง", "Members", {"unit": "กองคลัง"}),
    (
        "L",
        "ทีมศทส.มีใครบ้าง ลงกันครบหรือยัง",
        "Members",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "พี่ๆ กองคลังลงกันครบยังคะ", "Members", {"unit": "กองคลัง"}),
    # Near misses: the plan uploaded, told registered.
    ("L", "แผนลงครบยัง", "Missing", {"step": "3"}),
    ("L", "ทีมกองคลังลงแผนครบยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ทุกคนลงครบแล้วค่ะ", "Unknown", {}),
]

# (G) Something to lend asked of whoever has it: chatter; work owed, a duty, a report beside it
# stay.
WHOEVER_HAS: list[Case] = [
    ("L", "ใครมีที่ชาร์จ type-c บ้าง", "Unknown", {}),
    ("L", "ใครมีที่ชาร์จ iPhone บ้างคะ", "Unknown", {}),
    ("L", "ใครพอมีปากกาแดงบ้าง", "Unknown", {}),
    ("L", "ใครมีสาย HDMI ยาวๆ บ้าง", "Unknown", {}),
    ("L", "ใครมีแท็บเล็ตว่างบ้าง ขอยืมไปนำเสนอ", "Unknown", {}),
    ("L", "ใครมีงานค้างบ้าง", "Missing", {}),
    ("L", "มีใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "ใครมีหน้าที่ส่งแผนบ้าง", "Unknown", {}),
    (
        "P",
        "ใครมีไฟล์ขยะบ้าง ส่งผลขยะ 52.3 แล้วนะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
]


@readings(YES_IN_OTHER_WORDS + NO_YES)
def test_a_yes_to_the_card_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HALTS + NO_HALT)
def test_a_halt_said_first_drops_the_card(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REMINDERS + NO_REMINDER_CHANGE)
def test_the_reminders_looked_at_or_their_time_changed_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CORRECTIONS + NO_CORRECTION)
def test_a_slip_of_the_point_the_units_kind_or_the_channel_corrected(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(BINDINGS)
def test_the_group_bound_called_group(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REGISTERED)
def test_whether_the_team_has_all_registered(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHOEVER_HAS)
def test_something_to_lend_asked_of_whoever_has_it_is_chatter(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_near_miss_that_asks_or_chats_is_a_write() -> None:
    asked_or_chat = [
        case
        for case in NO_YES + NO_HALT + NO_REMINDER_CHANGE + NO_CORRECTION + WHOEVER_HAS
        if case[2] in ("Unknown", "RuleQuestion", "Missing", "Status")
    ]
    assert all(settled(text, org)[0] not in WRITES for org, text, _, _ in asked_or_chat)
