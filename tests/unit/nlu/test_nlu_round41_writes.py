"""Round 41 (writes41): what is a write, a card reply or help, and what is not.

(1) Not knowing how to register ("ลงทะเบียนกองไม่เป็น", "ไม่รู้วิธีลงทะเบียน") asks for help.
Near misses: a registration with a unit ("ลงทะเบียนกองคลังค่ะ", "…ไม่เป็นไรนะคะ") stays one.

(2) An excuse for a late sending, a wait on a superior's signature ("พอดีรอท่าน ผอ. เซ็น"),
told before the report, leaves the report. Near misses: the excuse alone, a wait still on, a
question after it.

(3) A report closed by its particle, then what comes next asked ("…แล้วค่ะ ต้องส่งอะไรต่อคะ"),
is the report (the question answered after its card). Near misses: a condition, the report
glued to the ask, an understanding acknowledged.

(4) The dimensions a plan has only ("มีแค่มิติที่ 1 กับ 3 เดี๋ยวเติมทีหลัง"), the rest promised;
a dimension added "เข้าไป" then the plan said complete; a promise to add a dimension named
after it ("จะเพิ่มมิติ 3") is that dimension's.

(5) Card replies: a yes "as shown" ("ยืนยันตามที่แสดงครับ") confirms; a moment asked ("แป๊บนะคะ
ขอเช็ค…") leaves the card (waiting "รอแป๊บ", or the recording stopped, still halts it).

(6) The weekly digest turned on for someone to see ("…ให้ท่านรองดู": no "งด" in "รองดู"); a
value with the cabinet named after it as what the work is put to ("ยังไม่ได้เสนอ ครม.").
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Not knowing how to register.
HOW_TO_REGISTER: list[Case] = [
    ("L", "ช่วยด้วยค่ะ ลงทะเบียนกองไม่เป็น", "Help", {}),
    ("L", "ลงทะเบียนกองคลังไม่เป็นค่ะ", "Help", {}),
    ("L", "ไม่รู้วิธีลงทะเบียนค่ะ", "Help", {}),
    ("L", "สมัครไม่ถูกค่ะ ช่วยหน่อย", "Help", {}),
    # Near misses: a registration with its unit.
    ("L", "ลงทะเบียนกองคลังค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ลงทะเบียนกองคลังค่ะ ไม่เป็นไรนะคะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ช่วยลงทะเบียนกองคลังให้หน่อยค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
]


@readings(HOW_TO_REGISTER)
def test_not_knowing_how_to_register_asks_for_help(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) An excuse before the report.
EXCUSED: list[Case] = [
    (
        "L",
        "ขอโทษที่ส่งช้านะคะ พอดีรอท่าน ผอ. เซ็น กองคลังส่งแผนทาง drive แล้วค่ะวันนี้",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive", "done_on": "2025-01-15"},
    ),
    ("L", "พอดีรอหัวหน้าลงนาม กองกลางส่งแผนแล้วครับ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    # Near misses: the excuse alone, a wait still on, a question after it.
    ("L", "ขอโทษที่ส่งช้านะคะ พอดีรอท่าน ผอ. เซ็น", "Unknown", {}),
    ("L", "รอ ผอ. เซ็นแผนอยู่ค่ะ", "Unknown", {}),
    ("L", "พอดีรอ ผอ. เซ็นแผนก่อน ยังไม่ได้ส่งค่ะ", "Unknown", {}),
    ("L", "ส่งแผนทาง drive ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
]


@readings(EXCUSED)
def test_an_excuse_before_the_report_leaves_the_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) A report, then what comes next asked.
WHAT_NEXT: list[Case] = [
    ("L", "ส่งรายชื่อทีมแล้วค่ะ ต้องส่งอะไรต่อคะ", "MarkStep", {"step": "1"}),
    ("L", "กองคลังส่งแผนแล้วค่ะ ต้องทำอะไรต่อคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    # Near misses: a condition, the report glued to the ask, an understanding acknowledged.
    ("L", "ถ้าส่งแผนแล้วค่ะ ต้องทำอะไรต่อคะ", "Deadlines", {}),
    ("L", "ส่งแผนเสร็จแล้วต้องส่งอะไรต่อคะ", "Deadlines", {}),
    ("L", "เข้าใจแล้วค่ะ ต้องส่งอะไรต่อคะ", "Deadlines", {}),
    ("L", "ต้องส่งอะไรต่อคะ", "Deadlines", {}),
]


@readings(WHAT_NEXT)
def test_a_report_then_what_next_is_the_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (4) The dimensions had only, added then complete, promised by name.
DIMENSIONS: list[Case] = [
    (
        "L",
        "กองกลางส่งแผนแล้วนะคะ แต่มีแค่มิติที่ 1 กับ 3 ท่านบอกเดี๋ยวเติมทีหลัง",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [1, 3]},
    ),
    (
        "L",
        "กองกลางส่งแผนแล้วนะคะ แต่มีแค่มิติที่ 1 กับ 3 เดี๋ยวเติมทีหลัง",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [1, 3]},
    ),
    (
        "L",
        "กองคลังส่งแผนแล้วค่ะ มีมิติ 1 กับ 2 จะเพิ่มมิติ 3 ทีหลัง",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2]},
    ),
    (
        "L",
        "กองกลางแก้แผนแล้ว เพิ่มมิติ 3 เข้าไป ตอนนี้ครบแล้วครับ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [1, 2, 3]},
    ),
    # Near misses: a dimension added with nothing said complete; one promised before it.
    (
        "L",
        "กองกลางแก้แผนแล้ว เพิ่มมิติ 3 เข้าไป",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [3]},
    ),
    ("L", "ส่งแผนแล้วค่ะ มิติ 3 เดี๋ยวเติมให้", "MarkStep", {"step": "3", "dims": [1, 2]}),
    ("L", "ส่งแผนแล้วค่ะ มีแค่มิติ 1 ค่ะ", "MarkStep", {"step": "3", "dims": [1]}),
]


@readings(DIMENSIONS)
def test_the_dimensions_had_added_or_promised(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (5) Card replies.
CARD_REPLIES: list[Case] = [
    ("L", "ยืนยันตามที่แสดงครับ", "Confirm", {}),
    ("L", "ยืนยันตามที่ขึ้นมาค่ะ", "Confirm", {}),
    ("L", "ถูกต้องตามที่แสดงค่ะ", "Confirm", {}),
    ("L", "แป๊บนะคะ ขอเช็คตัวเลขกับหัวหน้าก่อน", "Unknown", {}),
    ("L", "แป๊บนึงค่ะ ขอถามพี่ก่อน", "Unknown", {}),
    # Near misses: asked, waiting, or the recording stopped.
    ("L", "ยืนยันตามที่แสดงได้ไหมคะ", "Unknown", {}),
    ("L", "แป๊บนะ อย่าเพิ่งบันทึก", "Cancel", {}),
    ("L", "เดี๋ยวก่อน อย่าเพิ่งบันทึก", "Cancel", {}),
    ("L", "รอแป๊บครับ ขอเช็คอีกที", "Cancel", {}),
    ("L", "แป๊บค่ะ ยังไม่ต้องบันทึก", "Cancel", {}),
]


@readings(CARD_REPLIES)
def test_card_replies_as_shown_or_a_moment(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (6) The digest for someone to see; the cabinet as a stage of the work.
SETTINGS_AND_VALUES: list[Case] = [
    ("L", "เปิดสรุปรายสัปดาห์ให้ท่านรองดูด้วยค่ะ", "ReminderSettings", {"action": "digest_on"}),
    ("L", "งดสรุปรายสัปดาห์ครับ", "ReminderSettings", {"action": "digest_off"}),
    ("L", "ปิดสรุปรายสัปดาห์ด้วยค่ะ", "ReminderSettings", {"action": "digest_off"}),
    (
        "O",
        "จริยธรรม ได้ระดับ 2 ครับ ยังไม่ได้เสนอ ครม.",
        "SubmitValue",
        {"indicator": ["4", "5"], "value": "2", "raw_value": "2"},
    ),
    (
        "O",
        "จริยธรรม ได้ระดับ 3 ค่ะ เสนอคณะรัฐมนตรีแล้ว",
        "SubmitValue",
        {"indicator": ["4", "5"], "value": "3", "raw_value": "3"},
    ),
    # Near misses: the cabinet's or the legislature's own news.
    ("O", "ร่าง พ.ร.บ.งบ ผ่านสภาวาระ 2 แล้ว", "Unknown", {}),
    ("O", "จริยธรรม ได้ระดับ 2 ครับ ครม. ยังไม่อนุมัติ", "Unknown", {}),
]


@readings(SETTINGS_AND_VALUES)
def test_the_digest_for_someone_and_the_cabinet_as_a_stage(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
