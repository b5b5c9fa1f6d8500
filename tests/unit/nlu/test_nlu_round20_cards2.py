"""Round 20 (dev_fresh50): a yes or a no said first to the confirmation card, then anything that
only says more of it, each family with near misses that must keep their reading.

1. A yes said first as a clause of its own, then only what restates the card (its figure, date,
   channel or unit), who checked it, where it came from, or praise ("ใช่ค่ะ 12 ชุด", "ถูกแล้วครับ
   หัวหน้าฝ่ายตรวจให้แล้ว", "ยืนยันค่ะ ตรงกับในไฟล์ excel", "yes that's correct"): Confirm.
   Questions never become a yes (a write); a yes taken back ("แต่…"), something more to do, an
   "ok" with a report or an ack keep their reading.
2. A no or a halt said first, then only a reason with no new value ("ไม่ถูกค่ะ เดือนผิด เดี๋ยว
   ตรวจแล้วแจ้งอีกที", "not yet ค่ะ ผอ.ยังไม่ได้รับรองตัวเลข", "เดี๋ยวๆ ยังครับ"): Cancel. A
   correction bringing the right value (a figure, a date, a unit, a channel) and a question keep
   their reading.
"""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 1. a yes said first, then only what says more of the card ----------------------------
YES_THEN_MORE_OF_THE_CARD = [
    ("L", "ใช่ครับ กองกลางส่งเมื่อวานซืนจริง", "Confirm", {}),
    ("L", "ยืนยันครับ ตัวเลขดึงมาจากระบบ e-SAR", "Confirm", {}),
    ("L", "ถูกต้องค่ะ ตรงกับรายงานของทุกกอง", "Confirm", {}),
    ("L", "ใช่ค่ะ 12 ชุด", "Confirm", {}),
    ("L", "ถูกแล้วครับ หัวหน้าฝ่ายตรวจให้แล้ว 🙏", "Confirm", {}),
    ("L", "ถูกต้องตามที่แจ้งค่ะ ผอ.กองรับรองตัวเลขแล้ว", "Confirm", {}),
    ("L", "ยืนยันค่ะ ตรงกับในไฟล์ excel", "Confirm", {}),
    ("L", "ใช่เลยครับ 10 ม.ค. ทางอีเมล ถูกต้องครับ", "Confirm", {}),
    ("L", "yes that's correct", "Confirm", {}),
    ("L", "โอเคร บันทึกได้เลยครับ", "Confirm", {}),
    ("P", "ยืนยันค่ะ ๓๘๐ คะแนน ตามผลปี ๖๕", "Confirm", {}),
    ("L", "ถูกค่ะ ทศนิยมถูกแล้วคราวนี้", "Confirm", {}),
]


@readings(YES_THEN_MORE_OF_THE_CARD)
def test_a_yes_then_more_of_the_card(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# Asked back, the card is not confirmed: no question becomes a write.
YES_ASKED = [
    ("L", "ถูกต้องไหม"),
    ("L", "ใช่ไหมคะ 391"),
    ("L", "ยืนยันได้ไหม"),
    ("L", "ใช่ค่ะ แล้วกองกลางส่งหรือยัง"),
    ("L", "ถูกต้องครับ ตรงกับใน e-SAR ใช่ไหม"),
]


@pytest.mark.parametrize(("org", "text"), YES_ASKED)
def test_a_yes_asked_is_no_write(org: str, text: str) -> None:
    intent, slots = settled(text, org)
    assert category(intent, slots) != "write", (intent, slots)


YES_NEAR_MISSES = [
    ("L", "ใช่ค่ะ แต่ตัวเลขผิดนิดหน่อย", "Unknown", {}),
    ("L", "โอเคค่ะ รับทราบ", "SmallTalk", {"kind": "ack"}),
    ("L", "ok ส่งแผนเรียบร้อยย ✌️", "MarkStep", {"step": "3"}),
    ("L", "ถูกหักคะแนนครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ตกลงค่ะ เจอกันบ่ายสอง", "SmallTalk", {"kind": "ack"}),
    # A step reported after the yes is news of the plan; the director named alone, unclear.
    ("L", "ใช่ค่ะ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ใช่ค่ะ ผอ. ถูกแล้ว", "Unknown", {}),
    # A yes to a colleague, then chat: nothing of the card.
    ("L", "ใช่ครับพี่ อร่อยมาก", "Unknown", {}),
]


@readings(YES_NEAR_MISSES)
def test_a_yes_taken_back_an_ack_or_a_report_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 2. a no or a halt said first, then only a reason ----------------------------------
NO_THEN_A_REASON = [
    ("L", "ไม่ถูกค่ะ เดือนผิด เดี๋ยวตรวจแล้วแจ้งอีกที", "Cancel", {}),
    ("L", "ตัวเลขผิดครับ ขอกลับไปดูไฟล์ก่อน", "Cancel", {}),
    ("L", "ไม่ใช่ไตรมาสนี้ค่ะ อันนี้ของรอบ 6 เดือน", "Cancel", {}),
    ("L", "เดี๋ยวๆ ยังครับ", "Cancel", {}),
    ("L", "not yet ค่ะ ผอ.ยังไม่ได้รับรองตัวเลข", "Cancel", {}),
    ("L", "ผิดครับ ไม่ใช่เดือนนี้", "Cancel", {}),
    ("L", "ไม่ใช่ครับ ผิดรอบ ตัวเลขนี้ของไตรมาส 2", "Cancel", {}),
    ("L", "wait ยังไม่ยืนยันค่ะ รอข้อมูลจากอำเภอก่อน", "Cancel", {}),
]


@readings(NO_THEN_A_REASON)
def test_a_no_then_a_reason(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# A correction bringing the right value, a question, news: their own reading.
NO_NEAR_MISSES = [
    ("L", "ไม่ใช่อีเมลค่ะ ส่งทางไดรฟ์", "MarkStep", {"channel": "google_drive"}),
    ("L", "ไม่ใช่เมื่อวานค่ะ ส่งเมื่อวันจันทร์", "MarkStep", {"done_on": "2025-01-13"}),
    ("L", "ผิดกองค่ะ ไม่ใช่ กก. เป็น กค.", "MarkStep", {"unit": "กองคลัง"}),
    ("L", "ไม่ใช่ 6 ครับ แก้เป็น 5 ชุด", "SubmitValue", {"value": "5", "raw_value": "5"}),
    ("L", "ยังไม่ส่งผลตัวไหนบ้าง", "Missing", {}),
    ("L", "เดี๋ยวพี่โทรหานะ", "Unknown", {}),
    ("L", "ยังครับ ยังไม่ได้ส่งแผน", "Missing", {"step": "3"}),
    ("L", "ยัง ไม่ได้ส่งแผนเลย", "Missing", {"step": "3"}),
    ("L", "เดี๋ยวก่อนนะคะ กำลังประชุม", "Unknown", {}),
    ("L", "no problem ครับ", "Unknown", {}),
    # What is wrong said alone: a correction whose right value is still to come.
    ("L", "ผิดกองค่ะ", "Unknown", {}),
    # A no, then chat: no reason about the card.
    ("L", "ไม่ใช่ค่ะ วันนี้ไม่ว่าง", "Unknown", {}),
]


@readings(NO_NEAR_MISSES)
def test_corrections_and_news_after_a_no_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


NO_ASKED_OR_CORRECTED = [
    "ผิดไตรมาสหรือเปล่าคะ",
    "ไม่ใช่ 3 ครับ กองคลังได้ 4",
    "ไม่ใช่ครับ หมายถึงถามว่ากองนิติการส่งแผนหรือยัง",
]


@pytest.mark.parametrize("text", NO_ASKED_OR_CORRECTED)
def test_a_no_asked_or_corrected_is_no_cancel(text: str) -> None:
    assert settled(text, "L")[0] != "Cancel"
