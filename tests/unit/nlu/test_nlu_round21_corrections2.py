"""Round 21 (dev_fresh50, 52, 54): more corrections sent in reply to the confirmation card, and
a step's report with what is still pending.

1. A no ("ผิด", "ไม่ใช่", "ไม่ถูก"), then a unit and its right value after "ได้", "ต้องเป็น" or
   "เป็น"; the old value said not to be ("ไม่ใช่ 3") is never the new one.
2. The plan's dimensions named after "เป็น" replace those said not to be ("ไม่ใช่มิติ 1 กับ 3
   เป็น 1 กับ 2"); in English, "it's X not Y" names X ("wrong unit ค่ะ it's กนต. not กค.").
3. A step reported sent, then what is still pending ("แต่ฟอร์ม 3 ยังรอเซ็น คาดว่าศุกร์นี้ได้"): the
   report, its documents incomplete; the wait and the guess speak of what is pending.
"""

from __future__ import annotations

from tests.fakes.understanding import read_as_writes, readings, settled

# -- 1. a unit's value corrected -------------------------------------------------------------
UNIT_VALUES = [
    (
        "L",
        "ผิดค่ะ ของกองกลางต้องเป็น 4.75",
        "SubmitValue",
        {"value": "4.75", "raw_value": "4.75", "unit": "กองกลาง"},
    ),
    (
        "L",
        "ผิดครับ ศทส.ได้ 3.5 ไม่ใช่ 3",
        "SubmitValue",
        {"value": "3.5", "raw_value": "3.5", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    (
        "L",
        "ไม่ใช่ค่ะ กองการเจ้าหน้าที่ได้ ๔",
        "SubmitValue",
        {"value": "4", "raw_value": "๔", "unit": "กองการเจ้าหน้าที่"},
    ),
    (
        "L",
        "ไม่ถูกครับ กองนิติการต้องเป็น 4.2 คะแนน",
        "SubmitValue",
        {"value": "4.2", "raw_value": "4.2", "unit": "กองนิติการ"},
    ),
    (
        "L",
        "ผิดนะคะ กองคลังเป็น 3.75",
        "SubmitValue",
        {"value": "3.75", "raw_value": "3.75", "unit": "กองคลัง"},
    ),
    (
        "L",
        "ไม่ใช่ 4 ค่ะ ของกองกลางต้องเป็น 4.5",
        "SubmitValue",
        {"value": "4.5", "raw_value": "4.5", "unit": "กองกลาง"},
    ),
    (
        "L",
        "ไม่ถูกต้องค่ะ กจ.ได้ 3",
        "SubmitValue",
        {"value": "3", "raw_value": "3", "unit": "กองการเจ้าหน้าที่"},
    ),
    # The earlier form still reads so.
    (
        "L",
        "ไม่ใช่ 3 ครับ กองคลังได้ 4",
        "SubmitValue",
        {"value": "4", "raw_value": "4", "unit": "กองคลัง"},
    ),
    # Near misses: a bare no stays a Cancel; chatter and what is no unit's score stay Unknown.
    ("L", "ผิด", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ", "Cancel", {}),
    ("L", "ไม่ถูก", "Cancel", {}),
    ("L", "เป็นผิด", "Unknown", {}),
    ("L", "หนูเป็นผิดเองค่ะ", "Unknown", {}),
    ("L", "ผิดค่ะ ลูกได้ 4 คะแนน", "Unknown", {}),
    ("L", "ไม่ใช่ค่ะ กองคลังได้ 4 คน", "Unknown", {}),
]


@readings(UNIT_VALUES)
def test_unit_values_corrected(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# Asked, never written.
UNIT_VALUE_QUESTIONS = [
    "ผิดตรงไหนคะ",
    "ไม่ใช่กองกลางเหรอที่ได้ 4.75?",
    "ศทส.ได้ 3.5 ใช่ไหม",
    "ผิดครับ ศทส.ได้ 3.5 ไม่ใช่ 3 เหรอ",
    "ไม่ใช่ค่ะ กองการเจ้าหน้าที่ได้ ๔ หรอ",
    "ผิดค่ะ ของกองกลางต้องเป็น 4.75 ใช่ไหมคะ",
    "ไม่ถูกครับ กองนิติการต้องเป็น 4.2 คะแนนหรือเปล่า",
    "ผิดค่ะ กองกลางต้องเป็น 4.75 ถึงจะผ่าน",
    "ไม่ใช่ค่ะ ถ้ากองคลังได้ 4 จะผ่านไหม",
]


def test_unit_value_questions_are_no_writes() -> None:
    assert read_as_writes(UNIT_VALUE_QUESTIONS) == []


# -- 2. dimensions said again after "เป็น"; a unit named in English -------------------------
RETOLD = [
    ("L", "ขอโทษครับ พิมพ์ผิด ไม่ใช่มิติ 1 กับ 3 เป็น 1 กับ 2", "MarkStep", {"dims": [1, 2]}),
    ("L", "ไม่ใช่มิติ 1 กับ 3 ครับ เป็น 2 กับ 3", "MarkStep", {"dims": [2, 3]}),
    ("L", "ไม่ใช่มิติ 2 ค่ะ เป็น 3", "MarkStep", {"dims": [3]}),
    ("L", "ผิดค่ะ ไม่ใช่มิติ 1 และ 2 เป็น 1 และ 3", "MarkStep", {"dims": [1, 3]}),
    ("L", "wrong unit ค่ะ it's กนต. not กค.", "MarkStep", {"unit": "กองนิติการ"}),
    ("L", "it's กองกลาง not กองคลัง ครับ", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "wrong unit, it's ศทส. not กจ.", "MarkStep", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    # A no said first in English is the no to the card: the value or the unit said again.
    ("L", "no, it's 4 not 3", "SubmitValue", {"value": "4", "raw_value": "4"}),
    ("L", "no it's กองกลาง not กองคลัง", "MarkStep", {"unit": "กองกลาง"}),
    # Near misses: a dimension's score or a count is no dimension; English chatter stays Unknown.
    ("L", "แผนกองคลังไม่ใช่มิติ 1 เป็น 4 กิจกรรม", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "มิติ 1 ได้คะแนนเป็น 4 ครับ", "Unknown", {}),
    ("L", "it's not ready yet", "Unknown", {}),
    ("L", "it's fine not a problem", "Unknown", {}),
]


@readings(RETOLD)
def test_fields_said_again(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


RETOLD_QUESTIONS = [
    "ไม่ใช่มิติ 1 กับ 3 เป็น 1 กับ 2 เหรอคะ",
    "ไม่ใช่มิติ 1 กับ 3 หรอ เป็น 1 กับ 2 ได้ไหม",
    "is it กนต. not กค.?",
    "wrong unit? it's กนต. not กค.?",
    "no, it's 4 not 3?",
]


def test_fields_said_again_when_asked_are_no_writes() -> None:
    assert read_as_writes(RETOLD_QUESTIONS) == []


# -- 3. a step reported, with what is still pending ------------------------------------------
PENDING = [
    (
        "L",
        "แจ้งค่ะ กองคลังอัปแผน 3 ปีกับแผนปี 68 ขึ้นไดรฟ์ไปเมื่อวานซืน ลิงก์ "
        "https://drive.google.com/drive/folders/1FinPl68Jan13 มีกิจกรรมครบ 3 มิติ แต่ฟอร์ม 3 "
        "ยังอยู่ที่ห้อง ผอ. รอเซ็น คาดว่าศุกร์นี้ได้ค่ะ",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองคลัง",
            "done_on": "2025-01-13",
            "channel": "google_drive",
            "links": ["https://drive.google.com/drive/folders/1FinPl68Jan13"],
            "dims": [1, 2, 3],
            "documents": "incomplete",
        },
    ),
    (
        "L",
        "กองคลังอัปแผนขึ้นไดรฟ์แล้ว แต่ฟอร์ม 3 ยังรอ ผอ. เซ็น คาดว่าพรุ่งนี้ได้",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive", "documents": "incomplete"},
    ),
    (
        "L",
        "กองกลางส่งแผนทางอีเมลไปเมื่อวาน แต่แบบฟอร์ม 2 ยังไม่ได้ลงนาม รอท่านรองเซ็นก่อน",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองกลาง",
            "done_on": "2025-01-14",
            "channel": "email",
            "documents": "incomplete",
        },
    ),
    (
        "L",
        "ศทส.ส่งแผนเข้าไดรฟ์ไปแล้วค่ะ ส่วนฟอร์ม 3 ยังรอ ผอ. ลงนาม คาดว่าสัปดาห์หน้า",
        "MarkStep",
        {
            "step": "3",
            "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
            "channel": "google_drive",
            "documents": "incomplete",
        },
    ),
    # Near misses: nothing reported sent before the wait or the guess: for colleagues.
    ("L", "กองกลางน่าจะส่งแผนพรุ่งนี้ แต่ฟอร์ม 3 ยังรอเซ็น", "Unknown", {}),
    ("L", "ฟอร์ม 3 ยังรอ ผอ. เซ็น คาดว่าศุกร์นี้ได้", "Unknown", {}),
    ("L", "กองคลังคาดว่าจะอัปแผนขึ้นไดรฟ์ แต่ฟอร์ม 3 ยังรอเซ็น", "Unknown", {}),
]


@readings(PENDING)
def test_reports_with_something_pending(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


PENDING_QUESTIONS = [
    "กองคลังอัปแผนขึ้นไดรฟ์แล้ว แต่ฟอร์ม 3 ยังรอเซ็น แบบนี้ส่งได้ไหมคะ",
    "กองกลางส่งแผนไปเมื่อวาน แต่ฟอร์ม 2 ยังรอเซ็น คาดว่าจะทันไหม",
]


def test_pending_questions_are_no_writes() -> None:
    assert read_as_writes(PENDING_QUESTIONS) == []
