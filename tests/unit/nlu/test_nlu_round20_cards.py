"""Round 20 (dev_fresh48): replies to the confirmation card in the wordings new writers use,
each family with near misses that must keep their reading.

1. A no said first, then what is wrong ("ไม่ค่ะ วันที่ผิด", "ไม่ใช่น้า ช่องทางผิด", "ยกเลิกเถอะครับ
   ทศนิยมเพี้ยน", "ไม่ใช่ค่ะ ตัวเลขนี้เป็นของไตรมาสก่อน"), or a spoken no ("ม่ายช่ายยย"): Cancel.
   A correction with the right value, a question and chatter keep their reading.
2. A yes said first, then the figure repeated, where it came from or who checked it
   ("ถูกต้องครับ 402.18 ตรงกับรายงานเป๊ะ", "ชัวร์ค่ะ ตัวเลขนี้ได้จาก ศอ.ปส.จ. โดยตรง", "ถูกแล้วค่ะ
   เซฟได้เลย ผอ.ตรวจแล้ว"), or a slang yes ("จัดไปครับ", "correct ครับ save ได้เลย"): Confirm.
   Questions never become a yes (a write), and a report naming "ถูกต้อง" stays a report.
"""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 1. a no, then what is wrong ------------------------------------------------------------
NO_WITH_WHAT_IS_WRONG = [
    ("L", "ไม่ค่ะ วันที่ผิด", "Cancel", {}),
    ("L", "ไม่ใช่น้า ช่องทางผิด", "Cancel", {}),
    ("B", "ยกเลิกเถอะครับ ทศนิยมเพี้ยน", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ ผิดตัวชี้วัด", "Cancel", {}),
    ("P", "ไม่ใช่ค่ะ ตัวเลขนี้เป็นของไตรมาสก่อน", "Cancel", {}),
    ("P", "ไม่ใช่ครับ ข้อมูลเป็นของเดือนที่แล้ว", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ อันนี้ของกองอื่น", "Cancel", {}),
    ("L", "ไม่ถูกค่ะ หน่วยผิด", "Cancel", {}),
    ("L", "ไม่ถูกนะคะ ตัวเลขกลับกัน", "Cancel", {}),
    ("L", "ไม่ครับ ใส่ผิดกอง", "Cancel", {}),
    ("L", "ไม่ถูกค่ะ", "Cancel", {}),
    ("L", "ม่ายช่ายยย", "Cancel", {}),
    ("L", "ม่ายช่ายค่ะ ผิดปี", "Cancel", {}),
]


@readings(NO_WITH_WHAT_IS_WRONG)
def test_a_no_then_what_is_wrong(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# A correction giving the right value, a question about the unit, news: their own reading.
NO_NEAR_MISSES = [
    ("L", "ไม่ใช่ครับ แก้วันที่เป็นวันนี้", "MarkStep", {"done_on": "2025-01-15"}),
    ("L", "ไม่ใช่ค่ะ แก้เป็น 211 คน", "SubmitValue", {"value": "211", "raw_value": "211"}),
    ("L", "ไม่ใช่อีเมลค่ะ ส่งทางไดรฟ์", "MarkStep", {"channel": "google_drive"}),
    ("L", "ไม่ใช่ค่ะ ผิดกอง ต้องเป็นกองกลาง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ไม่ครับ ยังไม่ได้ส่งแผน", "Missing", {"step": "3"}),
    ("L", "ไม่ใช่กองอื่นค่ะ กองคลัง", "MarkStep", {"unit": "กองคลัง"}),
]


@readings(NO_NEAR_MISSES)
def test_corrections_and_news_after_a_no_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


NO_QUESTIONS = [
    "ไม่ค่ะ วันที่ผิดไหม",
    "ไม่ใช่หน่วยเป็นร้อยละเหรอ",
    "วันที่ผิดหรือเปล่าคะ",
]


@pytest.mark.parametrize("text", NO_QUESTIONS)
def test_a_no_asked_is_no_cancel(text: str) -> None:
    assert settled(text, "L")[0] != "Cancel"


# -- 2. a yes, then the figure, its source or who checked it --------------------------------
YES_WITH_MORE = [
    ("B", "ถูกต้องครับ 402.18 ตรงกับรายงานเป๊ะ", "Confirm", {}),
    ("L", "อื้อ ถูกแล้ว", "Confirm", {}),
    ("L", "อื้อ ใช่ค่ะ", "Confirm", {}),
    ("L", "ถูกต้องตามที่แจ้งครับ 5 จาก 6 ครั้ง", "Confirm", {}),
    ("L", "จัดไปครับ", "Confirm", {}),
    ("L", "จัดไปเลยค่ะ", "Confirm", {}),
    ("L", "ชัวร์ค่ะ", "Confirm", {}),
    ("L", "correct ครับ save ได้เลย", "Confirm", {}),
    ("L", "ถูกแล้วค่ะ เซฟได้เลย ผอ.ตรวจแล้ว", "Confirm", {}),
    ("L", "ถูกแล้วค่ะ ตรวจกับไฟล์แล้ว", "Confirm", {}),
    ("L", "ถูกค่ะ พี่เช็คให้แล้ว", "Confirm", {}),
    ("L", "ตรงเป๊ะค่ะ บันทึกได้", "Confirm", {}),
    ("P", "ชัวร์ค่ะ ตัวเลขนี้ได้จาก ศอ.ปส.จ. โดยตรง", "Confirm", {}),
    ("P", "ยืนยันค่ะ ตัวเลขมาจากหนังสือ ทสจ.", "Confirm", {}),
    ("O", "ยืนยันข้อมูลค่ะ คะแนนความพร้อม DG 84.12 ถูกต้อง", "Confirm", {}),
    ("P", "ใช่ค่ะ ขยะ 55.2 ถูกต้องแล้ว", "Confirm", {}),
]


@readings(YES_WITH_MORE)
def test_a_yes_then_the_figure_its_source_or_who_checked(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# Asked back, the card is not confirmed: no question becomes a write.
YES_QUESTIONS = [
    ("L", "ถูกต้องไหม"),
    ("L", "วันที่ถูกไหมคะ"),
    ("B", "ถูกต้องไหมคะ 402.18"),
    ("P", "ชัวร์ไหมคะ ตัวเลขนี้ได้จาก ศอ.ปส.จ."),
    ("P", "ผลขยะ 55.2 ถูกต้องไหมครับ"),
    ("L", "จัดไปเลยไหมครับ"),
    ("L", "ถูกหักคะแนนไหมครับ"),
    ("L", "ถูกค่ะ ตรวจแล้วเหรอ"),
    ("O", "คะแนนความพร้อม DG 84.12 ถูกต้องใช่ไหม"),
]


@pytest.mark.parametrize(("org", "text"), YES_QUESTIONS)
def test_a_yes_asked_is_no_write(org: str, text: str) -> None:
    intent, slots = settled(text, org)
    assert category(intent, slots) != "write", (intent, slots)


YES_NEAR_MISSES = [
    (
        "P",
        "ขยะมูลฝอยจัดการถูกต้อง 55% แล้วนะครับ ลงให้ด้วย",
        "SubmitValue",
        {"indicator": "2", "value": "55", "raw_value": "55%", "percent": True},
    ),
    ("L", "ประชุมชี้แจงตัวชี้วัดปีนี้จัดไปเมื่อไหร่นะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ผอ.ตรวจแล้วค่ะ", "Unknown", {}),
    ("L", "ประชุมจัดไปแล้วครับ", "Unknown", {}),
    ("L", "ยังไม่ชัวร์ค่ะ", "Unknown", {}),
]


@readings(YES_NEAR_MISSES)
def test_reports_and_chatter_with_the_words_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)
