"""Round 46 (left46): the round-45 review's known over-reach, a no with its reason, thanks after
"got it".

1. Money received directly ("ได้รับงบตรง 2 ล้านค่ะ", "ปีนี้รับงบตรง 500,000 บาท") is no count of
   the direct-budget units; a count of them ("หน่วยรับงบตรง 17 แห่ง") still is.
2. A figure typed as a code or a login ("รหัส ebudget 1234", "ebudget รหัสผ่าน 5566") is no
   result; e-Budgeting's own figure ("ebudget พึงพอใจ 4.7") still is.
3. A take-back forbidden or said not needed ("อย่าถอยรายการเมื่อกี้นะ", "ไม่ต้องลบ…", "ห้ามย้อน…",
   "อย่าเพิ่งยกเลิก…") is no undo; the take-back asked still is.
4. A past count hedged ("ปีที่แล้วส่ง 3 ครั้งค่ะ แบบนี้ได้ไหม") asks whether doing so is fine:
   no baseline of nothing named; a figure of an indicator hedged stays its report.
5. A fix owed, then told done ("ต้องแก้แผนมิติ 2 ค่ะ แก้แล้วนะคะ") is the plan's edit; owed
   alone, or owed after the edit, is none.
6. A no to the card with its reason: waiting for the figures from their source ("ยกเลิกค่ะ
   เดี๋ยวรอตัวเลขยืนยันจากอำเภอก่อน"), the card said to be of another indicator ("ไม่ใช่ครับ
   อันนั้นเป็นยาเสพติดไม่ใช่ขยะ"); a correction with the new value stays one.
7. Thanks after "got it" or "found it" ("ได้แล้วครับ ขอบคุณที่ช่วยหาให้ 👍"): the thanks; what
   was got or done named before them stays its report or question.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

MONEY_RECEIVED: list[Case] = [
    ("L", "ได้รับงบตรง 2 ล้านค่ะ", "Unknown", {}),
    ("L", "กองคลังได้รับงบตรงจากสำนักงบ 3 ล้านบาท", "Unknown", {}),
    ("L", "ปีนี้รับงบตรง 5 ล้าน", "Unknown", {}),
    ("B", "ได้รับงบตรง 2 ล้านค่ะ", "Unknown", {}),
    ("B", "ปีนี้รับงบตรง 500,000 บาท", "Unknown", {}),
    ("B", "ได้รับงบประมาณตรง 3.5 ล้านบาทค่ะ", "Unknown", {}),
    # Still the units counted.
    (
        "B",
        "หน่วยรับงบตรง 17 แห่ง",
        "SubmitValue",
        {"indicator": "1", "value": "17", "raw_value": "17"},
    ),
    (
        "B",
        "อปท รับงบตรง 17 แห่ง",
        "SubmitValue",
        {"indicator": "1", "value": "17", "raw_value": "17"},
    ),
    (
        "P",
        "รายได้ท่องเที่ยว 1,462.21 ล้านบาท",
        "SubmitValue",
        {"indicator": "3", "value": "1462.21", "raw_value": "1,462.21"},
    ),
]

CODES: list[Case] = [
    ("L", "รหัส ebudget 1234 ค่ะ", "Unknown", {}),
    ("B", "รหัส ebudget 1234 ค่ะ", "Unknown", {}),
    ("B", "ebudget รหัสผ่าน 5566", "Unknown", {}),
    ("B", "user ebudget 1234", "Unknown", {}),
    # Still e-Budgeting's figure.
    (
        "B",
        "ebudget พึงพอใจ 4.7",
        "SubmitValue",
        {"indicator": "4", "value": "4.7", "raw_value": "4.7"},
    ),
    ("B", "ebudget 4.7 ค่ะ", "SubmitValue", {"indicator": "4", "value": "4.7", "raw_value": "4.7"}),
    # A count of logins or users: counted ("จำนวน" before, a measure after), no code.
    (
        "P",
        "จำนวน login ระบบ e-service 1,250 ครั้ง",
        "SubmitValue",
        {"indicator": "5", "value": "1250", "raw_value": "1,250"},
    ),
    (
        "P",
        "ตัวชี้วัด e-service จำนวน user 850 คน",
        "SubmitValue",
        {"indicator": "5", "value": "850", "raw_value": "850"},
    ),
    (
        "P",
        "e-service login 1,250 ครั้ง",
        "SubmitValue",
        {"indicator": "5", "value": "1250", "raw_value": "1,250"},
    ),
    (
        "P",
        "user e-service 850 คน",
        "SubmitValue",
        {"indicator": "5", "value": "850", "raw_value": "850"},
    ),
    # Still codes.
    ("B", "login 1234", "Unknown", {}),
    ("B", "id ebudget 5566 ค่ะ", "Unknown", {}),
    ("L", "password 5678", "Unknown", {}),
]

NEGATED_UNDO: list[Case] = [
    ("L", "อย่าถอยรายการเมื่อกี้นะ", "Unknown", {}),
    ("L", "ไม่ต้องถอยรายการนะครับ", "Unknown", {}),
    ("L", "อย่าย้อนรายการเมื่อกี้นะ", "Unknown", {}),
    ("L", "ห้ามย้อนรายการล่าสุดนะคะ", "Unknown", {}),
    ("L", "อย่าลบรายการเมื่อกี้นะ", "Unknown", {}),
    ("L", "อย่าเพิ่งยกเลิกรายการเมื่อกี้นะคะ", "Unknown", {}),
    ("L", "ไม่ต้องลบที่เพิ่งส่งนะ", "Unknown", {}),
    ("L", "อย่าลบรายการล่าสุดนะครับ", "Unknown", {}),
    ("L", "ไม่ต้องถอนอันที่ส่งล่าสุดค่ะ ตัวเลขถูกแล้ว", "Unknown", {}),
    # Another take-back forbidden, or a look back forbidden: the take-back asked still stands.
    ("L", "ไม่ต้องยกเลิกทั้งหมดนะ ยกเลิกแค่อันล่าสุดพอ", "Undo", {}),
    ("L", "อย่าย้อนไปดูเลย ลบอันล่าสุดทิ้งเลยค่ะ", "Undo", {}),
    ("L", "ไม่ต้องลบทั้งหมดค่ะ ถอนแค่รายการล่าสุดพอ", "Undo", {}),
    ("L", "ยกเลิกอันล่าสุดได้เลย ไม่ต้องลบทั้งหมดนะ", "Undo", {}),
    # The take-back forbidden, then something else cancelled: no undo.
    ("L", "อย่าลบรายการล่าสุดนะ ยกเลิกการแจ้งเตือนแทน", "ReminderSettings", {"action": "off"}),
    # Still the take-back.
    ("L", "ถอยรายการเมื่อกี้ครับ", "Undo", {}),
    ("L", "ย้อนรายการเมื่อกี้ให้หน่อย", "Undo", {}),
    ("L", "ลบรายการเมื่อกี้ค่ะ", "Undo", {}),
    ("L", "ยกเลิกอันที่เพิ่งกดส่งค่ะ", "Undo", {}),
]

PAST_COUNT_HEDGED: list[Case] = [
    ("L", "ปีที่แล้วส่ง 3 ครั้งค่ะ แบบนี้ได้ไหม", "Unknown", {}),
    ("L", "ปีก่อนประชุม 4 ครั้งครับ แบบนี้โอเคไหม", "Unknown", {}),
    # Still the report it hedges.
    (
        "P",
        "ขยะปีที่แล้ว 48.2 ค่ะ แบบนี้ถูกไหม",
        "SubmitBaseline",
        {"indicator": "2", "value": "48.2", "raw_value": "48.2", "year": 2567},
    ),
    (
        "P",
        "ยาเสพติด 80% ค่ะ ส่งแบบนี้ได้ใช่ไหมคะ",
        "SubmitValue",
        {"indicator": "4", "value": "80", "raw_value": "80%", "percent": True},
    ),
]

FIX_OWED_THEN_DONE: list[Case] = [
    ("L", "ต้องแก้แผนมิติ 2 ค่ะ แก้แล้วนะคะ", "MarkStep", {"step": "3", "dims": [2]}),
    ("L", "ต้องปรับแผนมิติ 3 ค่ะ ปรับแล้วนะคะ", "MarkStep", {"step": "3", "dims": [3]}),
    ("L", "แผนต้องแก้มิติ 2 ค่ะ แก้เรียบร้อยแล้วค่ะ", "MarkStep", {"step": "3", "dims": [2]}),
    # Still owed.
    ("L", "ต้องแก้แผนมิติ 2 ค่ะ", "Unknown", {}),
    ("L", "พี่ว่าแผนกองเรายังต้องแก้มิติ 2 อีกหน่อยนะน้อง", "Unknown", {}),
]

NO_WITH_REASON: list[Case] = [
    ("L", "ยกเลิกค่ะ เดี๋ยวรอตัวเลขยืนยันจากอำเภอก่อน", "Cancel", {}),
    ("L", "ยกเลิกนะคะ ขอรอตัวเลขที่ยืนยันจากสำนักงานจังหวัดก่อน", "Cancel", {}),
    ("L", "ไม่ใช่ครับ อันนั้นเป็นยาเสพติดไม่ใช่ขยะ", "Cancel", {}),
    ("P", "ไม่ใช่ค่ะ อันนี้เป็นท่องเที่ยวไม่ใช่ขยะ", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ ต้องเป็นยาเสพติด ไม่ใช่ขยะ", "Cancel", {}),
    # Still news, or a correction with its new value.
    ("L", "กองคลังยังรอตัวเลขจากอำเภอ", "Unknown", {}),
    ("L", "ไม่ใช่ 52 ค่ะ 53", "SubmitValue", {"value": "53", "raw_value": "53"}),
]

THANKS_AFTER_GOT_IT: list[Case] = [
    ("L", "ได้แล้วครับ ขอบคุณที่ช่วยหาให้ 👍", "SmallTalk", {"kind": "thanks"}),
    ("L", "เจอแล้วค่ะ ขอบคุณที่ช่วยดูให้นะคะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "เรียบร้อยค่ะ ขอบคุณที่ช่วยตามให้นะคะ", "SmallTalk", {"kind": "thanks"}),
    # Still what they tell or ask.
    ("L", "ส่งแผนได้แล้วครับ ขอบคุณครับ", "MarkStep", {"step": "3"}),
    ("L", "ได้แล้วครับ ขอบคุณครับ ใครยังไม่ส่งบ้าง", "Missing", {}),
]


@readings(
    MONEY_RECEIVED
    + CODES
    + NEGATED_UNDO
    + PAST_COUNT_HEDGED
    + FIX_OWED_THEN_DONE
    + NO_WITH_REASON
    + THANKS_AFTER_GOT_IT
)
def test_round46_left46(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
