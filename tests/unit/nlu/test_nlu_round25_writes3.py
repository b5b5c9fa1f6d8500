"""Round 25 (writes3): office chatter that opened a card for nothing, and replies to the card.

1. What is sent is no step's deliverable when the thing right after the verb of sending is an
   everyday thing: a car ("ส่งรถไปรับท่าน…"), a map ("ส่งแผนที่ร้าน…": แผนที่ is a map, not the
   plan), a gift, photos ("ส่งไฟล์ภาพงานเกษียณ…"), a training's list of participants.
2. A figure cut or discounted ("งบ…โดนตัดไป 20%"), a price ("ราคาไม่เกิน 300") or a span of
   hours ("เข้าประชุมสหกรณ์มา 3 ชั่วโมง") is no result and no share of a step; a meeting of one's
   own co-op, village or condo is no attendance of the team.
3. Replies to the card: a yes with its reason ("ยืนยันค่ะ ตรงตามที่ ผอ. อนุมัติแล้ว", "ใช่ค่ะ ส่งแผน
   กองคลังถูกแล้ว": the card's sending said back and called right); a no said other ways ("อย่า
   เพิ่งค่ะ", "ยังไม่ต้องยืนยัน", "ตัวเลขเป็นของปี 67", "แค่ถามเฉยๆ", "กองกลางไม่ใช่กองคลัง":
   which one is right is not said); a unit corrected after its step ("กองกลางเป็นคนส่งแผน ไม่ใช่
   กองคลัง"); a report just told taken back ("ขอยกเลิกที่บอกว่าส่งแผนแล้ว").
4. The office's own news read as a question to the bot: a meeting's minutes and who took them,
   the ministry's page updated, a budget bill before parliament, the deadline of a leave form.
Near misses: the plan, the team's list and results really sent stay writes; questions stay
questions.
"""

from __future__ import annotations

from typing import Any

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Everyday things sent.
THINGS_SENT = [
    ("L", "ส่งรถไปรับท่านที่สนามบินแล้ว"),
    ("L", "ส่งรถตู้ไปรับวิทยากรแล้วครับ"),
    ("L", "ส่งแผนที่ร้านหมูกระทะในกลุ่มแล้วนะ เจอกันหกโมงเย็น"),
    ("L", "ส่งแผนที่ไปโรงแรมให้ทุกคนแล้วค่ะ"),
    ("L", "ส่งของขวัญปีใหม่ให้ ผอ. แล้วค่ะ"),
    ("L", "ส่งไฟล์ภาพงานเกษียณให้ฝ่ายประชาสัมพันธ์ทางไลน์แล้วนะครับ"),
    ("L", "ส่งรูปงานกีฬาสีลงไลน์แล้วจ้า"),
    ("L", "ส่งรายชื่อผู้เข้าอบรมวันแรงงานให้กองการเจ้าหน้าที่แล้วค่ะ"),
    ("L", "ส่งรายชื่อผู้เข้าร่วมสัมมนาไปแล้วนะคะ"),
]
SENT_KEPT: list[Case] = [
    ("L", "ส่งแผนแล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "ส่งแผนที่แก้แล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "กองคลังส่งรายชื่อทีมแล้วค่ะ", "MarkStep", {"step": "1", "unit": "กองคลัง"}),
    ("L", "ส่งรายชื่อแล้วครับ", "MarkStep", {"step": "1"}),
]

# (2) Figures that are no result.
NO_FIGURES = [
    ("P", "งบโครงการท่องเที่ยวปีนี้โดนตัดไป 20% เลย"),
    ("P", "งบท่องเที่ยวถูกตัดไป 15 ล้าน"),
    ("L", "ร้านกาแฟลดราคา 20% วันนี้นะ"),
    ("L", "วันจันทร์อย่าลืมส่งของขวัญจับฉลากนะคะ ราคาไม่เกิน 300"),
    ("L", "ของขวัญราคา 500 บาทพอไหม"),
    ("L", "เข้าประชุมสหกรณ์มา 3 ชั่วโมง เหนื่อยมากกก"),
    ("L", "ประชุมหมู่บ้านไป 2 ชั่วโมงเลย"),
    ("L", "เข้าประชุมผู้ปกครองที่โรงเรียนลูกมาแล้ว"),
]
FIGURES_KEPT: list[Case] = [
    ("P", "ท่องเที่ยวได้ 412.3 ล้านบาทค่ะ", "SubmitValue",
     {"indicator": "3", "value": "412.3", "raw_value": "412.3"}),
    ("L", "กองคลังเข้าประชุม 3 ครั้ง", "MarkStep", {"step": "2", "value": "3", "unit": "กองคลัง"}),
    ("L", "ทีม PMQA เข้าร่วม 80% ค่ะ", "MarkStep", {"step": "2", "value": "80"}),
]  # fmt: skip


@readings([(org, text, "", {}) for org, text in THINGS_SENT + NO_FIGURES])
def test_chatter_opens_no_card(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


@readings(SENT_KEPT + FIGURES_KEPT)
def test_real_writes_stay(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# (3) Replies to the card.
CARD_REPLIES: list[Case] = [
    ("L", "ยืนยันค่ะ ตรงตามที่ ผอ. อนุมัติแล้ว", "Confirm", {}),
    ("L", "ยืนยันครับ ผอ. เซ็นแล้ว", "Confirm", {}),
    ("L", "ใช่ค่ะ ส่งแผนกองคลังถูกแล้ว", "Confirm", {}),
    ("L", "ใช่ครับ ส่งรายชื่อทีมถูกต้องแล้ว", "Confirm", {}),
    ("L", "อย่าเพิ่งค่ะ ขอเช็คตัวเลขอีกรอบ", "Cancel", {}),
    ("L", "อย่าเพิ่งนะครับ", "Cancel", {}),
    ("L", "เดี๋ยวก่อนค่ะ ยังไม่ต้องยืนยัน ขอเช็คกับ ผอ. ก่อน", "Cancel", {}),
    ("L", "ยกเลิกครับ ตัวเลขเป็นของปี 67", "Cancel", {}),
    ("L", "ยกเลิกค่ะ เป็นตัวเลขของปี 2567", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ ไม่ได้จะส่ง แค่ถามเฉยๆ", "Cancel", {}),
    ("L", "ไม่ใช่ครับ แค่ถามดูเฉยๆ", "Cancel", {}),
    ("L", "ไม่ใช่ครับ กองกลางไม่ใช่กองคลัง", "Cancel", {}),
    ("L", "ไม่ใช่ครับ กองกลางเป็นคนส่งแผน ไม่ใช่กองคลัง", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ขอยกเลิกที่บอกว่าส่งแผนแล้วนะคะ จริงๆ ยังไม่ได้อัปโหลด", "Undo", {}),
    ("L", "ขอยกเลิกที่แจ้งว่าส่งรายชื่อทีมแล้วครับ", "Undo", {}),
]
CARD_KEPT: list[Case] = [
    ("L", "ไม่ใช่กองคลังค่ะ กองกลาง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ใช่ค่ะ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]
CARD_NOT_YES = [
    ("L", "ยืนยันค่ะ แต่ ผอ. ยังไม่อนุมัติ"),
    ("L", "ใช่ค่ะ ผอ. ถูกแล้ว"),
    ("L", "อย่าเพิ่งกลับนะ เดี๋ยวมีประชุมต่อ"),
    ("L", "ขอยกเลิกที่แจ้งว่าจะประชุมพรุ่งนี้นะคะ"),
]


@readings(CARD_REPLIES + CARD_KEPT)
def test_replies_to_the_card(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings([(org, text, "", {}) for org, text in CARD_NOT_YES])
def test_no_yes_no_undo(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org)[0] not in ("Confirm", "Cancel", "Undo")


# (4) The office's own news.
OFFICE_NEWS = [
    ("L", "อัปเดตสถานะเพจกระทรวงแล้วนะคะ"),
    ("L", "บันทึกการประชุมเมื่อวานใครจดไว้บ้างคะ"),
    ("B", "ร่าง พ.ร.บ. งบประมาณรายจ่ายปี 69 จะเข้าสภาวาระแรกเมื่อไหร่นะครับ"),
    ("L", "deadline ส่งใบลาพักผ่อนสิ้นเดือนนี้นะทุกคน"),
    ("L", "กำหนดส่งใบเบิกค่าเดินทางวันไหนคะ"),
]
OFFICE_KEPT: list[Case] = [
    ("L", "กำหนดส่งแผนวันไหน ผมจะลาพักร้อน", "Deadlines", {"step": "3"}),
    ("L", "ขอสถานะหน่อยค่ะ", "Status", {}),
]


@readings([(org, text, "Unknown", {}) for org, text in OFFICE_NEWS] + OFFICE_KEPT)
def test_office_news_is_no_question(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
