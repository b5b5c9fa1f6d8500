"""Round 33 (replies10): replies to the bot's card, calls to the bot, thanks after an
explanation.

A no said as "ไม่เอา" first, then only its reason ("ไม่เอาครับ ยกเลิกก่อน ยังไม่ได้ผลทางการ"),
is a no to the card; "set as the card has it" ("ตั้งตามนี้เลย") is a yes; the card said checked,
then right or confirmed ("เช็คแล้วค่ะ วันที่กับมิติถูกต้องหมด ยืนยันนะคะ"), is a yes. Asking
whether the bot is there ("สวัสดีครับ น้องบอทอยู่ไหม", "บอทจ๋า อยู่ไหม") greets it. Thanks to
people for an explanation after understanding it is thanks.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Replies to the card: a no with its reason, a yes with what was checked or "set as is".
CARD_REPLIES: list[Case] = [
    ("L", "ไม่เอาครับ ยกเลิกก่อน ยังไม่ได้ผลทางการ", "Cancel", {}),
    ("L", "ไม่เอาครับ นี่คะแนนปีที่แล้ว", "Cancel", {}),
    ("L", "ไม่เอาค่ะ ตัวเลขผิด", "Cancel", {}),
    ("L", "ยกเลิกก่อนครับ ยังไม่ได้ผลทางการ", "Cancel", {}),
    ("L", "ใช่ค่ะ ตั้งตามนี้เลย", "Confirm", {}),
    ("L", "ตั้งตามนี้เลยค่ะ", "Confirm", {}),
    ("L", "ถูกต้องครับ ตั้งตามนั้นเลย", "Confirm", {}),
    ("L", "เช็คแล้วค่ะ วันที่กับมิติถูกต้องหมด ยืนยันนะคะ", "Confirm", {}),
    ("L", "ตรวจแล้วครับ ถูกต้อง", "Confirm", {}),
    ("L", "ตรวจสอบแล้วค่ะ ตัวเลขตรงกับระบบ บันทึกได้เลย", "Confirm", {}),
    # Near misses: chatter after "ไม่เอา", a yes taken back, a setting asked, checked wrong.
    ("L", "ไม่เอาครับ วันนี้กินข้าวแล้ว", "Unknown", {}),
    ("L", "ไม่เอาข้าวมันไก่ครับ", "Unknown", {}),
    ("L", "ยกเลิกก่อนนะ วันนี้ฝนตก", "Unknown", {}),
    ("L", "ใช่ค่ะ ตั้งตามนี้ แต่ขอเปลี่ยนเป็น 9 โมง", "Unknown", {}),
    ("L", "ตั้งตามนี้ได้ไหมครับ", "Unknown", {}),
    ("L", "เช็คแล้วค่ะ ตัวเลขผิด", "Unknown", {}),
    ("L", "เช็คแล้วถูกต้องไหมครับ", "Unknown", {}),
    ("L", "ตรวจแล้วค่ะ ถูกต้อง แต่ขอแก้วันที่", "Unknown", {}),
]

# (2) The bot called and asked whether it is there: a greeting.
GREETINGS: list[Case] = [
    ("B", "สวัสดีครับ น้องบอทอยู่ไหม", "SmallTalk", {"kind": "greeting"}),
    ("L", "บอทจ๋าาา อยู่ไหม", "SmallTalk", {"kind": "greeting"}),
    ("L", "น้องบอทอยู่ไหมคะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "หวัดดีบอท อยู่มั้ย", "SmallTalk", {"kind": "greeting"}),
    ("L", "หวัดดีจ้าน้องบอทคนเก่ง", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีครับ บอทคนดีของพี่ๆ", "SmallTalk", {"kind": "greeting"}),
    # Near misses: a colleague or a unit asked for, a favour after the call; the bot praised.
    ("L", "สวัสดีค่ะ บอทเก่งมากเลย ช่วยได้เยอะ", "SmallTalk", {"kind": "praise"}),
    ("L", "น้องบอทคนเก่ง", "SmallTalk", {"kind": "praise"}),
    ("L", "สวัสดีครับ พี่ตู่อยู่ไหม", "Unknown", {}),
    ("L", "สวัสดีค่ะ กองคลังอยู่ไหม", "Unknown", {}),
    ("L", "น้องบอทอยู่ไหม ช่วยดูสถานะหน่อย", "Status", {}),
]

# (3) Thanks to people for an explanation, after understanding it: thanks.
THANKS: list[Case] = [
    ("L", "เข้าใจแล้วค่ะ ขอบคุณพี่ๆ ที่อธิบายให้น้องใหม่นะคะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "เข้าใจแล้วครับ ขอบคุณพี่ที่ช่วยอธิบาย", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณพี่ที่ตอบนะคะ", "SmallTalk", {"kind": "thanks"}),
    # Near misses: an acknowledgement thanking for the news; understood with no thanks.
    ("L", "รับทราบครับผม ขอบคุณที่แจ้ง", "SmallTalk", {"kind": "ack"}),
    ("L", "เข้าใจแล้วค่ะ พี่อธิบายละเอียดมาก", "SmallTalk", {"kind": "ack"}),
]

# (4) A unit by its bare name, a colleague called after the ask; a unit's full score asked;
# what the full five takes.
UNITS_AND_SCORES: list[Case] = [
    ("L", "นิติการถึงไหนแล้วครับพี่", "Status", {"unit": "กองนิติการ"}),
    ("L", "คลังถึงไหนแล้วคะพี่", "Status", {"unit": "กองคลัง"}),
    ("L", "ไอทีถึงไหนแล้วครับพี่", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "กองการเจ้าหน้าที่ได้เต็ม 5 มั้ยคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองคลังได้คะแนนเต็มไหม", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังได้ 5 เต็มไหมครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "ทำไงถึงจะได้ 5 เต็มครับ", "RuleQuestion", {"topic": "level"}),
    ("L", "ทำยังไงถึงจะได้ 5 เต็ม", "RuleQuestion", {"topic": "level"}),
    # Near misses: the rules asked with a unit; a colleague asked of something else.
    ("L", "กองคลังต้องทำยังไงถึงจะได้เต็ม 5", "RuleQuestion", {"topic": "level"}),
    ("L", "ตัวชี้วัดขยะคืออะไรพี่", "Unknown", {}),
    ("L", "กองคลังได้เต็ม 5 แล้ว", "Unknown", {}),
]

# (5) Who leads among units (the overview), who has sent a step (who has not answers), a
# deadline checked with its day.
STANDINGS_AND_DUES: list[Case] = [
    ("L", "ไอทีกับกองคลังใครนำอยู่ครับ 555", "Status", {}),
    ("L", "กองคลังกับ กจ. ใครคะแนนดีกว่ากันคะ", "Status", {}),
    ("L", "ขั้นตอนที่3ใครส่งแล้วบ้าง", "Missing", {"step": "3"}),
    ("L", "ใครส่งแผนแล้วบ้าง", "Missing", {"step": "3"}),
    ("L", "แผนปี 68 ต้องส่งก่อน 31 ม.ค. ใช่มั้ยคะ", "Deadlines", {"step": "3"}),
    ("L", "ต้องส่งแผนก่อน 31 ม.ค. ใช่ไหม", "Deadlines", {"step": "3"}),
    ("L", "รายงานผลตามแผน ๑๕-๒๔ ก.ย. ๖๘ ใช่ไหมครับ", "Deadlines", {"step": "4"}),
    ("L", "ส่งรายชื่อทีมภายในวันที่ 15 พ.ย. ใช่ไหมคะ", "Deadlines", {"step": "1"}),
    # Near misses: progress put side by side; who sent last; a sending told and checked.
    ("L", "กองคลังกับกองกลางตอนนี้ใครนำใครตามครับ 555", "Status", {"unit": ["กองคลัง", "กองกลาง"]}),
    ("L", "เทียบให้หน่อยค่ะ กองคลังกับกองกลาง ใครคืบหน้ากว่ากัน", "Status", {"unit": ["กองคลัง", "กองกลาง"]}),
    ("L", "เมื่อวานใครส่งอะไรมาแล้วบ้าง", "History", {}),
    ("L", "กองคลังส่งแผนแล้ว 15 ม.ค. ใช่ไหม", "Unknown", {}),
]

ALL = CARD_REPLIES + GREETINGS + THANKS + UNITS_AND_SCORES + STANDINGS_AND_DUES


@readings(CARD_REPLIES)
def test_replies_to_the_card_with_a_remark_or_a_reason(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(GREETINGS)
def test_asking_whether_the_bot_is_there_greets_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(THANKS)
def test_thanks_for_an_explanation_after_understanding_it_is_thanks(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNITS_AND_SCORES)
def test_a_units_standing_by_its_bare_name_or_its_full_score(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STANDINGS_AND_DUES)
def test_who_leads_who_has_sent_and_a_deadline_checked_with_its_day(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
