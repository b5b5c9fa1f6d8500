"""Round 42, mixed misses of dev_fresh147 (mixed42).

1. A fix promised to a unit ("…ยังขาดมิติที่ 2 เดี๋ยวจะให้เขาแก้ ตอนนี้บันทึกไว้ก่อนค่ะ") is no
   correction of the plan: the plan sent is the step, never the leftover words. A fix made
   ("แก้ไขแผน… เพิ่มมิติที่ 2 แล้ว") stays the correction.
2. How and when the asker will chase ("เดี๋ยวบ่ายนี้จะโทรตามทีละกอง") names no step of who is
   missing.
3. What must be sent in a hurry ("อาทิตย์นี้มีอะไรต้องรีบส่งไหมคะ") is what is due; an order to
   hurry, or whether one must, stays as read.
4. A question the sender could not answer ("…หนูตอบไม่ถูก รบกวนน้องบอทดูให้หน่อย") is that
   question, not how to use the bot; not knowing how to use it stays help.
5. The people served, counted in English ("e-service how many users"), is the result.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

FIX_TO_COME: list[Case] = [
    (
        "L",
        "แจ้งความคืบหน้าค่ะ กองคลังส่งแผนมาทางอีเมลเมื่อวานนะคะ แต่ยังขาดมิติที่ 2 เดี๋ยวจะให้เขาแก้ ตอนนี้บันทึกไว้ก่อนค่ะ",
        "MarkStep",
        {
            "step": "3",
            "done_on": "2025-01-14",
            "unit": "กองคลัง",
            "channel": "email",
            "dims": [1, 3],
        },
    ),
    (
        "L",
        "กองกลางส่งแผนแล้วค่ะ ขาดมิติที่ 3 เดี๋ยวให้เขาแก้ก่อน",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [1, 2]},
    ),
    (
        "L",
        "กองกลางส่งแผนแล้วค่ะ แต่ยังขาดมิติที่ 3 จะให้แก้แล้วส่งใหม่",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [1, 2]},
    ),
    (
        "L",
        "กองคลังส่งแผนทางอีเมลแล้ว ขาดมิติที่ 2 ส่งกลับไปแก้แล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email", "dims": [1, 3]},
    ),
    (
        "L",
        "แก้ไขแผนกองคลัง เพิ่มมิติที่ 2 แล้ว ตอนนี้ครบ 3 มิติ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2, 3]},
    ),
    (
        "L",
        "กองคลังแก้แผนแล้ว เพิ่มมิติที่ 2 ค่ะ ตอนนี้บันทึกไว้ก่อน",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [2]},
    ),
    (
        "L",
        "กองคลังส่งแผนเมื่อวานค่ะ ตอนนี้บันทึกไว้ก่อนค่ะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14", "unit": "กองคลัง"},
    ),
]

CHASE_HOW: list[Case] = [
    ("L", "เดี๋ยวบ่ายนี้จะโทรตามทีละกอง ขอรายชื่อกองที่ยังไม่ได้ส่งอะไรเลยก่อนนะคะ", "Missing", {}),
    ("L", "เดี๋ยวจะโทรตามทีละกอง ขอรายชื่อกองที่ยังไม่ส่งหน่อย", "Missing", {}),
    ("L", "จะโทรตามทีละกอง ใครยังไม่ส่งบ้าง", "Missing", {}),
    ("L", "พรุ่งนี้จะไล่ตามทีละหน่วย ขอรายชื่อกองที่ยังไม่ส่งแผนค่ะ", "Missing", {"step": "3"}),
    ("L", "ขอรายชื่อกองที่ยังไม่ส่งแผนค่ะ จะโทรตาม", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้าง เดี๋ยวจะโทรตาม", "Missing", {"step": "1"}),
]

HURRY_DUE: list[Case] = [
    ("L", "อาทิตย์นี้มีอะไรต้องรีบส่งไหมคะ 🙏", "Deadlines", {}),
    ("L", "สัปดาห์นี้มีอะไรที่ต้องเร่งทำบ้างคะ", "Deadlines", {}),
    ("L", "มีอะไรต้องรีบส่งไหมครับ", "Deadlines", {}),
    ("L", "อาทิตย์นี้มีอะไรต้องส่งไหมคะ", "Deadlines", {}),
    ("L", "น้องๆ ใครยังไม่ส่งรายชื่อทีม รีบส่งนะ", "Unknown", {}),
    ("L", "ต้องรีบส่งแผนไหมคะ", "Unknown", {}),
]

COULD_NOT_ANSWER: list[Case] = [
    (
        "L",
        "เมื่อวานหัวหน้าถามว่าศูนย์เทคโนโลยีสารสนเทศและการสื่อสารผ่านไปกี่ขั้นตอนแล้ว"
        " หนูตอบไม่ถูก รบกวนน้องบอทดูให้หน่อยค่ะ",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "กองคลังผ่านไปกี่ขั้นตอนแล้ว ผมตอบไม่ถูกเลย ช่วยหน่อยครับ", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "หัวหน้าถามว่ากองคลังผ่านไปกี่ขั้นตอนแล้ว ไม่รู้จะตอบยังไง รบกวนน้องบอทดูให้หน่อย",
        "Status",
        {"unit": "กองคลัง"},
    ),
    ("L", "ใช้บอทไม่ถูก ช่วยหน่อยค่ะ", "Help", {}),
    ("L", "ลงทะเบียนยังไงคะ ช่วยหน่อย", "Help", {}),
]

USERS_COUNTED: list[Case] = [
    (
        "P",
        "e-service how many users แล้วครับ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "result"},
    ),
    ("P", "how many users on e-service", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    ("P", "e-service มีผู้ใช้กี่คนแล้วครับ", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    ("P", "e-service how much แล้วครับ", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    ("P", "e-Service ได้ระดับไหนครับ", "IndicatorQuery", {"indicator": "5", "aspect": "tier"}),
    ("P", "e-Service", "IndicatorQuery", {"indicator": "5"}),
]


@readings(FIX_TO_COME)
def test_a_fix_promised_is_no_correction(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHASE_HOW)
def test_how_the_asker_will_chase_names_no_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HURRY_DUE)
def test_what_must_be_sent_in_a_hurry_is_due(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(COULD_NOT_ANSWER)
def test_a_question_the_sender_could_not_answer_is_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(USERS_COUNTED)
def test_users_counted_in_english_are_the_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
