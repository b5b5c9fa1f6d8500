"""Round 26 (asks4): questions misread.

The bot's name typed as a mention, not tapped ("@PMQA Bot สถานะหน่อยคับ"), calls the bot: the
plan's name in it names no indicator. How far the work has gone ("คลังไปได้แค่ไหนแล้วครับ") is a
status. A question relayed and closed by how to answer it ("ท่านรองฯ ถามว่าไอทีส่งแผนยัง ตอบไงดี
คะ") asks the question. What the bot can be told to do ("บอทนี้สั่งอะไรได้บ้างครับ") asks for
help; the desk's link spelt "ลิ้งค์" ("ลิ้งค์ desk หน่อย") is the desk link. Names of those who
have not sent, listed ("ไล่ชื่อคนที่ยังไม่ส่งแผน"), are no team list (step 1). None of the
questions is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) The bot's name typed as a mention.
MENTIONED: list[Case] = [
    ("L", "@PMQA Bot สถานะหน่อยคับ", "Status", {}),
    ("L", "@PMQA Bot สถานะหน่อยครับ", "Status", {}),
    ("L", "@PMQA Bot ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "@PMQA Bot กำหนดส่งแผนวันไหน", "Deadlines", {"step": "3"}),
    ("L", "@pmqa bot สรุปภาพรวมหน่อย", "Status", {}),
    ("L", "PMQA Bot สรุปภาพรวมหน่อยครับ", "Status", {}),
]
MENTIONED_NEAR: list[Case] = [
    ("L", "สถานะ PMQA หน่อยครับ", "Status", {}),
    ("L", "ตัวชี้วัด PMQA ได้เท่าไหร่", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("L", "@bot สถานะหน่อยคับ", "Status", {}),
]

# (2) How far it has gone.
HOW_FAR: list[Case] = [
    ("L", "คลังไปได้แค่ไหนแล้วครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "เราไปได้แค่ไหนแล้ว", "Status", {}),
    ("L", "งาน PMQA ไปได้แค่ไหนแล้วคะ", "Status", {}),
    ("L", "กองกลางไปได้ถึงไหนแล้วคะ", "Status", {"unit": "กองกลาง"}),
]
HOW_FAR_NEAR: list[Case] = [
    ("L", "กองกลางไปถึงไหนแล้ว", "Status", {"unit": "กองกลาง"}),
]

# (3) A question relayed, closed by how to answer it.
RELAYED: list[Case] = [
    ("L", "ท่านรองฯ ถามว่าไอทีส่งแผนยัง ตอบไงดีคะ", "Status", {"unit": IT}),
    ("L", "ผอ.ถามว่าไอทีส่งแผนยัง ตอบไงดีคะ", "Status", {"unit": IT}),
    ("L", "ไอทีส่งแผนยัง ตอบไงดีคะ", "Status", {"unit": IT}),
    ("L", "ท่านรองฯ ถามว่ากองคลังส่งแผนยัง ตอบยังไงดีครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "ท่านถามว่าใครยังไม่ส่งแผนบ้าง จะตอบว่าไงดี", "Missing", {"step": "3"}),
    ("L", "ท่านถามว่ากำหนดส่งแผนวันไหน ตอบไงดีคะ", "Deadlines", {"step": "3"}),
]
RELAYED_NEAR: list[Case] = [
    ("L", "ไอทีส่งแผนยัง", "Status", {"unit": IT}),
    ("L", "ตอบแบบสอบถามยังไงดี", "Unknown", {}),
]

# (4) What the bot can be told, and its desk's link.
HELP_AND_DESK: list[Case] = [
    ("L", "บอทนี้สั่งอะไรได้บ้างครับ", "Help", {}),
    ("L", "สั่งอะไรได้บ้าง", "Help", {}),
    ("L", "น้องบอทสั่งอะไรได้บ้างคะ", "Help", {}),
    ("L", "ลิ้งค์ desk หน่อย", "DeskLink", {}),
    ("L", "ลิ้ง desk หน่อยครับ", "DeskLink", {}),
    ("L", "ลิ้งค์แดชบอร์ดหน่อยค่ะ", "DeskLink", {}),
]
HELP_AND_DESK_NEAR: list[Case] = [
    ("L", "ลิ้งค์ drive หน่อย", "RuleQuestion", {"topic": "channel"}),
    ("L", "ลิ้งค์ส่งแผนหน่อย", "RuleQuestion", {"topic": "channel"}),
]

# (5) Names of those who have not sent, listed.
LISTED: list[Case] = [
    ("L", "รบกวนบอทไล่ชื่อคนที่ยังไม่ส่งแผนให้หน่อยครับ", "Missing", {"step": "3"}),
    ("L", "ไล่ชื่อกองที่ยังไม่ส่งแผนหน่อย", "Missing", {"step": "3"}),
    ("L", "ไล่ชื่อคนที่ยังไม่ส่ง", "Missing", {}),
    ("L", "ช่วยไล่ชื่อหน่วยที่ยังไม่ส่งแบบฟอร์ม 4 หน่อย", "Missing", {"step": "4"}),
]
LISTED_NEAR: list[Case] = [
    ("L", "ขอรายชื่อกองที่ยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งรายชื่อ", "Missing", {"step": "1"}),
    ("L", "ขอชื่อคนที่ยังไม่ส่งรายชื่อทีม", "Missing", {"step": "1"}),
]

# (6) An indicator's details wished to see.
DETAILS: list[Case] = [
    ("L", "อยากดูรายละเอียดตัวชี้วัดที่ 1 ค่ะ", "IndicatorQuery", {"indicator": "1"}),
    ("L", "อยากดูรายละเอียด PMQA ค่ะ", "IndicatorQuery", {"indicator": "1"}),
    ("L", "อยากทราบรายละเอียดตัวชี้วัด PMQA ครับ", "IndicatorQuery", {"indicator": "1"}),
    ("P", "อยากดูรายละเอียดขยะ", "IndicatorQuery", {"indicator": "2"}),
    ("P", "อยากทราบรายละเอียดตัวชี้วัดขยะค่ะ", "IndicatorQuery", {"indicator": "2"}),
]
DETAILS_NEAR: list[Case] = [
    ("P", "อยากดูหนังเรื่องขยะ", "Unknown", {}),
    ("P", "ขยะหน้าบ้านเยอะมาก อยากรู้ว่าใครเก็บ", "Unknown", {}),
    ("L", "ขอรายละเอียดตัวชี้วัดที่ 1", "IndicatorQuery", {"indicator": "1"}),
]

ASKED = [
    text for _, text, *_ in MENTIONED + HOW_FAR + RELAYED + HELP_AND_DESK + LISTED + DETAILS
] + ["ส่งแผนแล้ว ตอบไงดี ผอ.ถามว่าส่งยัง"]


@readings(MENTIONED + MENTIONED_NEAR)
def test_the_bot_named_as_a_typed_mention_names_no_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HOW_FAR + HOW_FAR_NEAR)
def test_how_far_it_has_gone_is_a_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RELAYED + RELAYED_NEAR)
def test_a_relayed_question_closed_by_how_to_answer_asks_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HELP_AND_DESK + HELP_AND_DESK_NEAR)
def test_what_the_bot_can_be_told_and_its_desk_link(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LISTED + LISTED_NEAR)
def test_names_of_those_not_sent_listed_are_no_team_list(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "L") == []


@readings(DETAILS + DETAILS_NEAR)
def test_an_indicators_details_wished_to_see_ask_for_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
