"""Round 45 (chat45): small talk in a group, and chatter left as it is.

(1) A newcomer welcomed into a unit ("ยินดีต้อนรับสู่กองคลังนะคะ"): the unit is where they are
welcomed, a greeting. Near misses: a newcomer of a unit ("ยินดีต้อนรับน้องใหม่กองคลัง", the
corpus's convention), a welcome with news or a question, a farewell lunch for newcomers.

(2) Thanks for the welcome ("ขอบคุณพี่ๆ ที่ต้อนรับนะคะ"): the newcomer thanks the whole group,
the bot too. Near misses: colleagues thanked for their own work, thanks then a request.

(3) Thanks said formally ("ขอขอบคุณ…", "ขอขอบพระคุณ…"). Near misses: a request or a report
after it.

(4) Understood, and the rule or the reason said back ("โอเคค่ะ เข้าใจแล้ว แผนต้องครบ 3
มิติ", "อ๋อ เพราะส่งเป็นกระดาษ เข้าใจแล้วค่ะ"): an acknowledgement. Near misses: a report
after it, a question, a card's confirmation, a plain report.

(5) A day's greeting to everyone asking who is still at work ("สวัสดีวันจันทร์ค่ะทุกคน
เย็นนี้ใครยังอยู่บ้าง"). Near misses: who has not sent, asked after a greeting.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

GREETING = {"kind": "greeting"}
THANKS = {"kind": "thanks"}
ACK = {"kind": "ack"}

# (1) Welcomed into a unit.
WELCOMED_INTO_A_UNIT: list[Case] = [
    ("L", "ยินดีต้อนรับสู่กองคลังนะคะ น้องใหม่ทั้งสองคน", "SmallTalk", GREETING),
    ("L", "ยินดีต้อนรับสู่ศูนย์เทคโนโลยีสารสนเทศและการสื่อสารครับ", "SmallTalk", GREETING),
    ("L", "ยินดีต้อนรับเข้าสู่กองนิติการค่ะน้องแนน 🎉", "SmallTalk", GREETING),
    ("P", "ยินดีต้อนรับสู่สำนักงานจังหวัดนะคะ", "SmallTalk", GREETING),
    ("L", "ยินดีต้อนรับน้องใหม่ทั้งสองคนค่ะ", "SmallTalk", GREETING),
    # Near misses: a newcomer of a unit, news or a question with the welcome, a lunch.
    ("L", "ยินดีต้อนรับน้องใหม่กองคลังนะคะ", "Unknown", {}),
    ("L", "ยินดีต้อนรับสู่กองคลังค่ะ ส่งแผนแล้วนะคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ยินดีต้อนรับสู่กองคลังค่ะ น้องใหม่ลงทะเบียนกับบอทหรือยังคะ", "Unknown", {}),
    ("L", "เลี้ยงต้อนรับน้องใหม่กองคลังเย็นนี้นะคะ", "Unknown", {}),
]

# (2) Thanks for the welcome.
WELCOME_THANKED: list[Case] = [
    ("L", "ขอบคุณพี่ๆ ที่ต้อนรับอย่างอบอุ่นนะคะ", "SmallTalk", THANKS),
    ("L", "ขอบคุณทุกคนที่ต้อนรับนะครับ 🙏", "SmallTalk", THANKS),
    ("L", "ขอบคุณน้องๆ สำหรับการต้อนรับค่ะ", "SmallTalk", THANKS),
    # Near misses: colleagues thanked for their work, a request after the thanks.
    ("L", "ขอบคุณพี่ๆ ที่มาช่วยงานสัมมนาเมื่อวานนะคะ", "Unknown", {}),
    ("L", "ขอบคุณพี่ๆ ที่ต้อนรับค่ะ ขอดูกำหนดส่งแผนหน่อยนะคะ", "Deadlines", {"step": "3"}),
]

# (3) Formal thanks.
FORMAL_THANKS: list[Case] = [
    ("L", "ขอขอบคุณทุกกองที่ให้ความร่วมมือในการส่งแผนครับ", "SmallTalk", THANKS),
    ("L", "ขอขอบพระคุณทุกท่านที่ช่วยกันรวบรวมข้อมูลค่ะ", "SmallTalk", THANKS),
    ("L", "ขอขอบคุณมากครับ", "SmallTalk", THANKS),
    # Near misses: a request, a report after it.
    ("L", "ขอขอบคุณค่ะ ขอดูสถานะกองคลังหน่อย", "Status", {"unit": "กองคลัง"}),
    ("L", "ขอขอบคุณค่ะ กองคลังส่งแผนแล้วนะคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

# (4) Understood, the rule or the reason said back.
UNDERSTOOD_SAID_BACK: list[Case] = [
    ("L", "อ๋อ เข้าใจแล้วค่ะ แผนต้องมีทั้ง 3 มิติ", "SmallTalk", ACK),
    ("L", "โอเคครับ เข้าใจแล้ว รายชื่อต้องส่งภายในขั้นที่ 1", "SmallTalk", ACK),
    ("L", "อ๋อ เพราะส่งเป็นกระดาษ เข้าใจแล้วค่ะ", "SmallTalk", ACK),
    ("L", "อ้อ เพราะส่งไม่ครบมิติ โอเคเข้าใจแล้วครับ", "SmallTalk", ACK),
    # Near misses: a report, a question, a card confirmed, a plain report.
    ("L", "โอเคค่ะ เข้าใจแล้ว ส่งแผนครบ 3 มิติแล้วนะคะ", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
    ("L", "โอเคค่ะ เข้าใจแล้ว แผนต้องครบกี่มิติคะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "โอเคค่ะ ยืนยัน", "Confirm", {}),
    ("L", "ส่งแผนแล้วค่ะ", "MarkStep", {"step": "3"}),
]

# (5) Who is still at work, asked of everyone greeted.
WHO_IS_STILL_IN: list[Case] = [
    ("L", "สวัสดีวันจันทร์ค่ะทุกคน เย็นนี้ใครยังอยู่บ้าง", "SmallTalk", GREETING),
    ("L", "สวัสดีครับทุกคน ใครยังอยู่บ้างครับ", "SmallTalk", GREETING),
    ("P", "หวัดดีวันพุธค่ะพี่ๆ ตอนนี้ใครยังอยู่บ้างคะ", "SmallTalk", GREETING),
    # Near misses: who has not sent.
    ("L", "สวัสดีค่ะทุกคน ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "สวัสดีค่ะ กองไหนยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
]


@readings(WELCOMED_INTO_A_UNIT)
def test_a_welcome_into_a_unit_greets(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WELCOME_THANKED)
def test_thanks_for_the_welcome(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FORMAL_THANKS)
def test_formal_thanks(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNDERSTOOD_SAID_BACK)
def test_understood_and_said_back(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHO_IS_STILL_IN)
def test_who_is_still_in_greets(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
