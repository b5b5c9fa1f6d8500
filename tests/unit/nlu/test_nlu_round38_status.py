"""Round 38 (status38): where things stand, who has not sent, the history, the team, help,
and chatter that stays chatter.

(1) A laugh, then a remark about a colleague ("5555 พี่ต๋อยตามงานโหดมาก", "555 ใจเย็นๆ น้อง",
"555555 ขำพี่ตู่มาก") or about being chased ("ฮ่าๆ โดนเตือนทุกวันเลย"), is a laugh, as the
corpus reads nearly every one. Near misses: a consent or a notice said to the colleague
("5555 ได้เลยพี่", "55555 พี่เปิดไมค์อยู่") stays chat for them; a question or an act after
the laugh keeps its reading.

(2) How to see what the bot answers, asked ("ดูสถานะยังไงคะ", "ผมต้องกดตรงไหนถึงจะเห็นสรุปครับ",
"เช็คประวัติได้ที่ไหน"): help on using the bot. Near misses: how things stand ("สถานะเป็นยังไง
บ้าง", "ขอดูสถานะหน่อย ตอนนี้เป็นยังไง") is the status; a leave record looked for is chat.

(3) What the sender's own unit still lacks ("ของกองเรายังขาดอะไรอีกมั้ยครับ", "กองเรายังขาด
อะไรอีกบ้างคะ") is its status, as what a unit named lacks is. Near misses: what is lacking,
asked of nobody ("ยังขาดอะไรอยู่บ้างคะ") or of everyone ("ใครยังขาดอะไรบ้าง"), is who has not
sent.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]
LAUGH = ("SmallTalk", {"kind": "laugh"})

# (1) A laugh, then a remark about a colleague or about being chased.
LAUGHS: list[Case] = [
    ("L", "5555 พี่ต๋อยตามงานโหดมาก", *LAUGH),
    ("L", "555 ใจเย็นๆ น้อง", *LAUGH),
    ("L", "5555 น้องใหม่ไฟแรง", *LAUGH),
    ("L", "555555 ขำพี่ตู่มาก", *LAUGH),
    ("L", "5555 ไม่ได้มั้งพี่", *LAUGH),
    ("L", "ฮ่าๆ โดนเตือนทุกวันเลย", *LAUGH),
    ("L", "555 โดนทวงอีกแล้วค่ะ", *LAUGH),
    ("L", "ฮ่าๆๆ พี่หน่อยขยันมาก", *LAUGH),
]

# (1) Near misses: said to the colleague, asked, or an act told.
NOT_LAUGHS: list[Case] = [
    ("L", "5555 ได้เลยพี่", "Unknown", {}),
    ("L", "55555 พี่เปิดไมค์อยู่", "Unknown", {}),
    ("L", "555 พี่ส่งแผนยังคะ", "Missing", {"step": "3"}),
    ("L", "5555 เตือนกองคลังด้วยนะ", "Unknown", {}),
    ("L", "5555 โดนหักเพราะส่งช้า แต่ส่งแผนแล้วนะ", "MarkStep", {"step": "3"}),
]


@readings(LAUGHS)
def test_a_laugh_then_a_remark_about_a_colleague_is_a_laugh(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_LAUGHS)
def test_a_laugh_then_words_to_a_colleague_or_an_ask_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) How to see what the bot answers.
HOW_TO_SEE: list[Case] = [
    ("L", "ดูสถานะยังไงคะ", "Help", {}),
    ("L", "ผมต้องกดตรงไหนถึงจะเห็นสรุปครับ", "Help", {}),
    ("L", "เช็คประวัติได้ที่ไหนคะ", "Help", {}),
    ("L", "ดูภาพรวมได้ยังไงครับ", "Help", {}),
    ("L", "เรียกดูกำหนดส่งยังไงคะ", "Help", {}),
    ("L", "กดอะไรถึงจะดูคะแนนได้คะ", "Help", {}),
]

# (2) Near misses: how things stand, or someone else's records.
HOW_THINGS_STAND: list[Case] = [
    ("L", "สถานะเป็นยังไงบ้างคะ", "Status", {}),
    ("L", "ขอดูสถานะหน่อย ตอนนี้เป็นยังไง", "Status", {}),
    ("L", "กองคลังสถานะเป็นยังไงบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "ภาพรวมตอนนี้เป็นยังไงบ้างคะ", "Status", {}),
    ("L", "ประวัติการลาของหนูดูตรงไหนคะ", "Unknown", {}),
]


@readings(HOW_TO_SEE)
def test_how_to_see_what_the_bot_answers_is_help(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HOW_THINGS_STAND)
def test_how_things_stand_stays_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) What our own unit lacks.
OURS_LACKING: list[Case] = [
    ("L", "ของกองเรายังขาดอะไรอีกมั้ยครับ", "Status", {}),
    ("L", "กองเรายังขาดอะไรอีกบ้างคะ", "Status", {}),
    ("L", "ทีมเรายังขาดอะไรอยู่บ้างคะ", "Status", {}),
    ("L", "หน่วยงานเราขาดไรอีกมั้ย", "Status", {}),
]

# (3) Near misses: asked of nobody, of everyone, or of a unit named.
LACKING_ELSEWHERE: list[Case] = [
    ("L", "ยังขาดอะไรอยู่บ้างคะ", "Missing", {}),
    ("L", "ใครยังขาดอะไรบ้าง", "Missing", {}),
    ("L", "กองกลางยังขาดอะไรบ้างคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "เอ๊ะ กองเราส่งแผนไปแล้วหรือยังนะ", "Status", {}),
]


@readings(OURS_LACKING)
def test_what_our_own_unit_lacks_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LACKING_ELSEWHERE)
def test_what_is_lacking_elsewhere_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_this_round_is_read_as_a_write() -> None:
    assert (
        unlabelled_writes(
            LAUGHS
            + NOT_LAUGHS[:2]
            + HOW_TO_SEE
            + HOW_THINGS_STAND
            + OURS_LACKING
            + LACKING_ELSEWHERE
        )
        == []
    )
