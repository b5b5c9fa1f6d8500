"""Round 31 (long9): long messages, the request buried in background.

Chatter or a card's reply read as writes first: thanks with the answer got and the use it
will be put to ("ได้ข้อมูลครบแล้ว เดี๋ยวหนูไปทำสไลด์ต่อ") are thanks, never a step marked; a
yes with a long remark on the card (who checked the figure, when) closed by the yes said
again as the command to store ("…ยืนยันบันทึกได้เลยค่ะ") is the yes, never a value; a form
named by what was sent in ("ฟอร์ม 3 ที่ส่งมาพี่ดูแล้ว แก้…") marks no step. Then the long
questions: a favour asked of the bot by name after a story ("…รบกวนบอทแสดงรายชื่อ…",
"…น้องบอทช่วยสรุปให้หน่อยได้ไหมคะว่า…") is what the message asks.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Chatter and a card's reply, long: never a write of their own.
NOT_WRITES: list[Case] = [
    (
        "L",
        "ขอบคุณมากๆ เลยค่ะน้องบอท ได้ข้อมูลครบแล้ว เดี๋ยวหนูไปทำสไลด์ต่อ ถ้าท่านถามเพิ่มจะกลับมาถามใหม่นะคะ 😊",
        "SmallTalk",
        {"kind": "thanks"},
    ),
    (
        "L",
        "ขอบคุณครับ ได้ตัวเลขครบแล้ว เดี๋ยวผมไปทำรายงานเสนอท่านต่อ",
        "SmallTalk",
        {"kind": "thanks"},
    ),
    (
        "O",
        "ใช่ค่ะ ตัวเลข 458 นี้ถูกต้องแล้ว เป็นตัวเลขที่ผ่านการตรวจทานจาก ผอ.กลุ่มเมื่อเช้า ยืนยันบันทึกได้เลยค่ะ",
        "Confirm",
        {},
    ),
    (
        "L",
        "ใช่ครับ ตัวเลข 52.3 นี้ตรงกับรายงานของกองแล้ว หัวหน้าฝ่ายตรวจทานให้เมื่อวานบ่าย ยืนยันครับ",
        "Confirm",
        {},
    ),
    # Round 46 (others46): what a colleague called by name sent, looked at, is theirs (iy084).
    ("L", "น้องฝน ฟอร์ม 3 ที่ส่งมาพี่ดูแล้ว แก้ตรงวิธีคำนวณนิดนึงนะ", "Unknown", {}),
    ("L", "ไฟล์แผนที่ส่งมาพี่เปิดดูแล้ว ขาดหน้าลายเซ็นนะ", "Unknown", {}),
    # Near misses: a step sent told beside what was sent in; a sending told plainly.
    (
        "L",
        "ฟอร์ม 3 ที่ส่งมาพี่ดูแล้ว กองคลังส่งแผนแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง"},
    ),
    ("L", "กองคลังส่งแผนมาแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]
# (2) A favour asked of the bot by name, after a story: what the message asks.
FAVOURS: list[Case] = [
    (
        "O",
        "พี่ๆ คะ ฝ่ายบริหารทั่วไปขอรายชื่อคณะทำงาน PMQA ของสำนักงาน ก.พ. ไปทำคำสั่งแต่งตั้งใหม่ "
        "เพราะมีคนเกษียณไปตอนกันยา รบกวนบอทแสดงรายชื่อสมาชิกทีมทั้งหมดที่มีในระบบให้หน่อยนะคะ",
        "Members",
        {},
    ),
    (
        "L",
        "พรุ่งนี้ผู้บริหารจะประชุมติดตามงาน หนูต้องทำสไลด์คืนนี้ค่ะ รบกวนน้องบอทแสดงรายชื่อทีมของกองคลังให้หน่อยนะคะ",
        "Members",
        {"unit": "กองคลัง"},
    ),
    # Near miss: a favour to colleagues, not the bot, stays theirs.
    (
        "L",
        "พรุ่งนี้ผู้บริหารจะประชุมติดตามงาน รบกวนพี่ๆ ช่วยยกกล่องเอกสารขึ้นห้องประชุมด้วยนะคะ",
        "Unknown",
        {},
    ),
]
# (3) A summary asked indicator by indicator ("…เป็นรายตัวชี้วัด", "…แยกรายตัวชี้วัด"): the status.
EACH_INDICATOR: list[Case] = [
    ("B", "ขอสรุปภาพรวมเป็นรายตัวชี้วัดเลยนะคะ จะทำสไลด์เสนอท่านรองฯ", "Status", {}),
    ("L", "ขอดูผลการประเมินแยกรายตัวชี้วัดค่ะ ผอ.ขอด่วน", "Status", {}),
    # Near miss: a unit's, indicator by indicator, keeps its unit.
    ("L", "ขอผลรายตัวชี้วัดของกองคลังค่ะ", "Status", {"unit": "กองคลัง"}),
]
ALL = NOT_WRITES + FAVOURS + EACH_INDICATOR


@readings(NOT_WRITES)
def test_long_chatter_and_card_replies_are_no_writes_of_their_own(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    got = settled(text, org)
    assert got[0] == intent
    if intent != "IndicatorQuery":  # a colleague's note: any reading but a write
        assert got == (intent, slots)


@readings(FAVOURS)
def test_a_favour_asked_of_the_bot_after_a_story_is_the_ask(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(EACH_INDICATOR)
def test_a_summary_asked_indicator_by_indicator_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
