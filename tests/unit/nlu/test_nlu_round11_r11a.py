"""Issue 9, round 11 (r11a): a deadline-week group chat. Replies to a card: a bare value or
date said instead of the one shown ("ไม่ใช่ แก้เป็น 7"), a yes said as "ถูกแล้ว"/"เอาตามนี้", a no
as "ยังไม่ต้องเซฟ" or waiting for someone ("รอ … ยืนยันก่อน"); a forwarded message ("ส่งต่อ:
"…" ลงให้ด้วย", "FW: …") read by what it quotes."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

# A correction answering the card: the new value, with nothing else named.
CORRECTIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ไม่ใช่ค่ะ แก้เป็น 61.4", "SubmitValue", {"value": "61.4", "raw_value": "61.4"}),
    ("B", "แก้เป็น ๗ ครับ", "SubmitValue", {"value": "7", "raw_value": "๗"}),
    ("O", "ไม่ใช่ 12 ครับ 21", "SubmitValue", {"value": "21", "raw_value": "21"}),
    ("P", "ขอโทษค่ะ แก้เป็น 47.5 ไม่ใช่ 45.7", "SubmitValue", {"value": "47.5", "raw_value": "47.5"}),
    ("O", "ไม่ใช่ 70 ค่ะ 74 ชุด", "SubmitValue", {"value": "74", "raw_value": "74"}),
    ("B", "ผิดครับ ที่ถูกคือ 92.3", "SubmitValue", {"value": "92.3", "raw_value": "92.3"}),
    ("P", "พิมพ์ผิดค่ะ ต้องเป็น ๘๘", "SubmitValue", {"value": "88", "raw_value": "๘๘"}),
    # A day corrected alone: the sender's last step entry takes it over (the card still open,
    # else the latest stored; with none the handler asks), never a step the sender did not
    # name (round 14, handlers/last_entry.py).
    ("L", "ไม่ใช่ค่ะ แก้วันที่เป็นเมื่อวาน", "MarkStep", {"done_on": "2025-01-14"}),
    ("L", "ขอแก้วันที่เป็น 13 ม.ค. ครับ", "MarkStep", {"done_on": "2025-01-13"}),
]

# Still a no, or a question, or news: a correction must be the whole message.
NOT_CORRECTIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไม่ใช่ค่ะ ยกเลิก", "Cancel", {}),
    ("P", "ไม่ใช่ครับ ตัวเลขสลับ", "Cancel", {}),
    (
        "P",
        "ขอแก้ค่ะ ขยะที่ถูกต้องคือ 59.1 ไม่ใช่ 51.9",
        "SubmitValue",
        {"indicator": "2", "value": "59.1", "raw_value": "59.1"},
    ),
]

# A yes or a no said another way.
ANSWERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ถูกแล้วครับ", "Confirm", {}),
    ("P", "ถูกแล้วจ้า", "Confirm", {}),
    ("B", "เอาตามนี้ครับ", "Confirm", {}),
    ("L", "ตามนี้เลยค่ะ", "Confirm", {}),
    ("P", "ยังไม่ต้องเซฟครับ", "Cancel", {}),
    ("B", "ไม่ต้องเซฟนะคะ", "Cancel", {}),
    ("O", "ยังไม่ต้องบันทึกค่ะ รอ สลธ. ส่งตัวเลขจริงก่อน", "Cancel", {}),
    ("P", "ไม่ต้องบันทึกนะ รอท่านนายอำเภอยืนยันก่อน", "Cancel", {}),
    ("L", "ยังไม่ต้องลงระบบนะคะ", "Cancel", {}),
]

# A forwarded message: what it quotes is what is asked or told.
FORWARDS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        'ส่งต่อ: "ผลยาเสพติดร้อยละ 81.7" ลงระบบให้ด้วยค่ะ',
        "SubmitValue",
        {"indicator": "4", "value": "81.7", "raw_value": "ร้อยละ 81.7", "percent": True},
    ),
    (
        "L",
        'ส่งต่อจากกองคลัง: "ส่งแผนทางอีเมลแล้วเมื่อวาน" ช่วยลงให้หน่อย',
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email", "done_on": "2025-01-14"},
    ),
    (
        "O",
        'fw: "Master Data เพิ่มเป็น 9 ชุดแล้ว" อัปเดตด้วยครับ',
        "SubmitValue",
        {"indicator": "7", "value": "9", "raw_value": "9"},
    ),
    (
        "L",
        'Fwd: จากเพื่อนกระทรวงอื่น "ส่งแผนช้าหักวันละ 0.05 คะแนน" จริงไหมคะ',
        "RuleQuestion",
        {"topic": "deductions"},
    ),
]


@readings(CORRECTIONS)
def test_a_bare_correction_answers_the_card_with_the_new_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_CORRECTIONS)
def test_a_no_or_a_named_correction_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ANSWERS)
def test_a_yes_or_a_no_said_another_way_answers_the_card(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FORWARDS)
def test_a_forwarded_message_is_read_by_what_it_quotes(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Said among members in a deadline week: tasks handed round, rooms, who stays late, a guess,
# a draft still to fix, a question put to one colleague.
CHAT: list[tuple[str, str]] = [
    ("L", "ทุกคนส่งไฟล์นำเสนอหมวด 3 ให้พี่ภายในวันศุกร์นะ"),
    ("P", "ทุกคนส่งรูปกิจกรรมให้หนูก่อนเที่ยงนะคะ"),
    ("O", "ใครอยู่ชั้น 3 ฝากเอาแฟ้มตัวชี้วัดไปให้ผอ.กองหน่อยครับ"),
    ("B", "คืนนี้ใครอยู่ดึกได้บ้าง ต้องปิดเล่มรายงาน"),
    ("P", "ประชุมทีมตัวชี้วัดย้ายไปห้องประชุม 3 นะคะ"),
    ("B", "ปริ้นเอกสาร PMQA ให้ท่านรองเซ็นก่อนสี่โมงนะน้อง"),
    ("O", "ตัวชี้วัดจริยธรรมท่าจะไม่ผ่านอีกแล้ว ต้องคุยกับกองก่อนนะพี่"),
    ("P", "ตัวเลขขยะพี่ได้จากทสจ.รึยังคะ"),
    ("L", "พี่คะ แผนกองเราใส่ตัวชี้วัดกี่ตัวดี"),
    ("L", "น้องๆ แผนของกองคลังยังขาดมิติที่ 1 นะ แก้ก่อนส่งจริง"),
]

# Still for the bot: the same words asking where things stand, or a report.
NOT_CHAT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    (
        "L",
        "กองคลังส่งแผนครบ 3 มิติแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2, 3]},
    ),
    ("P", "ขยะได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


@readings([(org, text, "Unknown", {}) for org, text in CHAT])
def test_chat_among_members_is_not_for_the_bot(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_CHAT)
def test_the_same_words_asked_of_the_bot_stay_its(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A laugh opening a line: at the bot ("ขำบอท 555 …"), or a sigh at an act done over and over.
LAUGHS: list[tuple[str, str]] = [
    ("P", "ขำบอท 5555 ตอบเป็นกลอนเลย"),
    ("B", "ขำ ๆ น้องบอทตอบไวกว่าคนอีก"),
    ("O", "5555 แผนแก้ห้ารอบแล้วเนี่ย"),
    ("L", "55555 วันนี้กรอกฟอร์มใหม่สามรอบละ"),
]


@readings([(org, text, "SmallTalk", {"kind": "laugh"}) for org, text in LAUGHS])
def test_a_laugh_opening_a_line_is_small_talk(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# Step reports as typed or voice-typed in a hurry: a share said in words, a count and its share
# (the share is the attendance), how little was reached, a file uploaded ("อัปไฟล์").
STEPS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "กองคลังเข้าประชุมเก้าสิบเปอร์เซ็นต์ครับ",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "value": "90"},
    ),
    (
        "L",
        "ไอทีเข้าร่วมกิจกรรมเจ็ดสิบแปดจุดห้าเปอร์เซ็นต์ ไม่ผ่านค่ะ",
        "MarkStep",
        {"step": "2", "unit": IT, "value": "78.5", "passed": False},
    ),
    (
        "L",
        "กองกลางเข้าประชุม 6 ใน 7 ครั้ง = 85.7% ครับ",
        "MarkStep",
        {"step": "2", "unit": "กองกลาง", "value": "85.7"},
    ),
    (
        "L",
        "กนต.เข้ากิจกรรมได้แค่ 75% ไม่ผ่านครับ",
        "MarkStep",
        {"step": "2", "unit": "กองนิติการ", "value": "75", "passed": False},
    ),
    (
        "L",
        "กองคลังเข้าประชุมได้เพียง 70% ไม่ผ่าน",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "value": "70", "passed": False},
    ),
    (
        "L",
        "กองกลางอัปไฟล์แผนขึ้นไดรฟ์แล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "google_drive"},
    ),
    (
        "P",
        "ยาเสพติดได้ร้อยละแปดสิบเอ็ดค่ะ",
        "SubmitValue",
        {"indicator": "4", "value": "81", "raw_value": "ร้อยละ 81", "percent": True},
    ),
]


@readings(STEPS)
def test_a_step_report_typed_in_a_hurry_reads_its_figures(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Asks of the bot in a deadline week, in the group's own words.
ASKS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอดูแบบละเอียดรายกองค่ะ", "Status", {"detail": True}),
    ("L", "สรุปทุกหน่วยงานแบบละเอียดหน่อยครับ", "Status", {"detail": True}),
    ("B", "ผูกไลน์กลุ่มนี้กับสำนักงบประมาณค่ะ", "BindGroup", {"organisation": "สำนักงบประมาณ"}),
    ("O", "ผูกไลน์กับ สำนักงาน ก.พ. ครับ", "BindGroup", {"organisation": "สำนักงาน ก.พ."}),
    ("B", "ขอลิงค์เว็บหน่อยครับ", "DeskLink", {}),
    ("P", "ขอลิงก์เว็บดูสถานะค่ะ", "DeskLink", {}),
    ("P", "ขอกราฟผลขยะหน่อยค่ะ จะเอาไปนำเสนอท่านผู้ว่า", "Chart", {}),
    ("B", "ขอ chart ทุกตัวชี้วัดครับ จะใส่สไลด์", "Chart", {}),
    ("L", "กองไหนยังไม่ผ่านขั้นตอนที่ 2 บ้าง", "Missing", {"step": "2"}),
    ("L", "ขั้น 1 ไม่ผ่านมีใครบ้างคะ", "Missing", {"step": "1"}),
    ("L", "พรุ่งนี้วันสุดท้ายส่งรายชื่อทีมหรือเปล่าคะ", "Deadlines", {"step": "1"}),
    ("L", "วันสุดท้ายของการส่งแผนคือวันนี้ใช่ไหม", "Deadlines", {"step": "3"}),
]


@readings(ASKS)
def test_an_ask_in_the_groups_words_is_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_bare_correction_leaves_the_indicator_to_the_card_even_with_one_indicator() -> None:
    assert settled("ไม่ใช่ 3 ครับ 4", "L") == ("SubmitValue", {"value": "4", "raw_value": "4"})


def test_a_deadline_question_sets_aside_what_follows_besides() -> None:
    assert settled("นอกจากรายชื่อทีม เดือนนี้ต้องส่งอะไรอีก", "L") == (
        "Deadlines",
        {"month": 1, "this_month": True},
    )
    assert settled("มีอะไรต้องส่งบ้างเดือนนี้ ยกเว้นแผน", "L") == (
        "Deadlines",
        {"month": 1, "this_month": True},
    )


# A step sent with one of its forms not attached, the plan glued after the unit's name.
FORMS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "กองกลางส่งแผนแล้ว แต่ยังไม่ได้แนบฟอร์ม 3 ครับ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "documents": "incomplete"},
    ),
    (
        "L",
        "กนต.แผนส่งแล้วค่ะ แต่ฟอร์มสองยังไม่ได้อัป",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "documents": "incomplete"},
    ),
    ("L", "กองคลังแผนส่งแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองกลางรายชื่อทีมส่งแล้วครับ", "MarkStep", {"step": "1", "unit": "กองกลาง"}),
]


@readings(FORMS)
def test_a_form_not_attached_makes_the_documents_incomplete(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The plan's own indicators: a count that passed ("ตัวชี้วัดในแผนผ่าน 6 จาก 8"), one item by its
# number before the plan ("ข้อ 3 ในแผนกองคลังถึงเป้าแล้ว").
PLAN_RESULTS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "กองกลาง ตัวชี้วัดตามแผนผ่าน 6 จาก 8 ตัวครับ",
        "MarkStep",
        {"step": "5", "unit": "กองกลาง", "met": 6, "of": 8},
    ),
    (
        "L",
        "แผนของ กนต. ตัวชี้วัดในแผนผ่าน 8 จาก 8 ตัวค่ะ",
        "MarkStep",
        {"step": "5", "unit": "กองนิติการ", "met": 8, "of": 8},
    ),
    (
        "L",
        "ข้อ 3 ในแผนกองคลังถึงเป้าแล้วค่ะ",
        "MarkStep",
        {"step": "5", "unit": "กองคลัง", "plan_item": 3, "passed": True},
    ),
    (
        "L",
        "ข้อ 1 ในแผนของ ศทส. ไม่ถึงเป้าค่ะ",
        "MarkStep",
        {"step": "5", "unit": IT, "plan_item": 1, "passed": False},
    ),
]


@readings(PLAN_RESULTS)
def test_the_plans_own_indicators_report_step_five(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
