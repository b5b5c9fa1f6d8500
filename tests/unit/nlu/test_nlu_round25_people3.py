"""Round 25 (dev_fresh72-76): people and talk.
Each family with near misses that keep their reading, and questions that never become writes.

1. Who owns or looks after PMQA for a unit ("owner PMQA ของกค.คือใคร", "กองนิติการใครดูแล
   เรื่อง PMQA ครับ"): Members {unit}. Who looks after anything else, or who has not sent, keeps
   its reading.
2. Whether a unit's newcomer has joined the team ("คนใหม่ กจ. ลงชื่อเข้าทีมหรือยัง"): Members
   {unit}; a document signed is no joining.
3. A move told of oneself to a unit named bare ("หนูย้ายมาอยู่นิติการแล้วนะคะ"): RegisterUnit
   {unit}. A move of house, of a meeting's room, registers no one (nor bare consonants, which
   are as often a city or a hospital: round 26's review).
4. A laugh opening a remark on a colleague's joke or agreeing with them ("555555 พี่หนึ่งมุก
   เยอะ", "555 จริงด้วยค่ะพี่"), or a short "55" before a remark ("55 โดนจับได้"): SmallTalk
   laugh. A figure, an act told or a person's news keeps its reading.
6. Parting for the weekend or a trip, and glad to work together ("ขอให้ทุกคนเที่ยวให้สนุกนะคะ
   เจอกันวันจันทร์", "ยินดีที่ได้ร่วมงานในทีม PMQA ปีนี้นะคะ"): SmallTalk greeting; a meeting
   or a sending set for the day keeps its reading. The bot praised as quick ("ไวดี ใช้ได้เลย"):
   SmallTalk praise.
5. How to use the bot asked by someone who introduces themselves as new or not handy with a
   phone ("พี่ไม่เก่งมือถือ สอนใช้หน่อยจ้า", "น้องใหม่ค่ะ บอทนี้ใช้ทำอะไรได้บ้างคะ"): Help.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

OWNER: list[Case] = [
    ("L", "owner PMQA ของกค.คือใคร", "Members", {"unit": "กองคลัง"}),
    ("L", "ใครเป็น owner ฝั่งกจ.", "Members", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ใครรับผิดชอบ PMQA ของคลัง", "Members", {"unit": "กองคลัง"}),
    ("L", "กองนิติการใครดูแลเรื่อง PMQA ครับ", "Members", {"unit": "กองนิติการ"}),
    ("L", "ใครดูแลเรื่อง PMQA ของกองกลางคะ", "Members", {"unit": "กองกลาง"}),
    ("L", "ปีหน้าใครจะรับงาน PMQA ต่อคะ พี่ย้ายแล้ว", "Unknown", {}),
    ("L", "ผู้รับผิดชอบ PMQA ของ ศทส. คือใครครับ", "Members", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "กองคลังใครเป็นคนดูแล PMQA คะ", "Members", {"unit": "กองคลัง"}),
    ("L", "ใครดูแลกองนิติการอยู่คะ", "Members", {"unit": "กองนิติการ"}),
]
OWNER_NEAR: list[Case] = [
    ("L", "owner งานกีฬาสีปีนี้ใครนะ", "Unknown", {}),
    ("P", "ธนาคารขยะโรงเรียนขอถุงมือเพิ่มค่ะ ใครดูแลเรื่องนี้", "Unknown", {}),
    ("L", "ใครดูแลห้องประชุมกองคลัง", "Unknown", {}),
    ("L", "ใครรับผิดชอบจองรถไปประชุม", "Unknown", {}),
    ("L", "ใครส่งแผนของกองคลัง", "History", {"unit": "กองคลัง"}),
    ("L", "ทีม PMQA ของกองคลังมีใครบ้าง", "Members", {"unit": "กองคลัง"}),
]

JOINED: list[Case] = [
    ("L", "คนใหม่ กจ. ลงชื่อเข้าทีมหรือยัง", "Members", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "น้องใหม่กองคลังเข้าทีมหรือยังคะ", "Members", {"unit": "กองคลัง"}),
    ("L", "คนใหม่ของกองนิติการลงชื่อเข้าทีมแล้วหรือยังครับ", "Members", {"unit": "กองนิติการ"}),
]
JOINED_NEAR: list[Case] = [
    ("L", "ผอ.ลงชื่อในแผนหรือยัง", "Unknown", {}),
    ("L", "กองคลังลงทะเบียนหรือยัง", "Members", {"unit": "กองคลัง"}),
]

MOVED: list[Case] = [
    ("L", "หนูย้ายมาอยู่นิติการแล้วนะคะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "ดิฉันย้ายไปอยู่การเจ้าหน้าที่แล้วค่ะ", "RegisterUnit", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "หนูย้ายมาอยู่กองนิติการแล้วนะคะ", "RegisterUnit", {"unit": "กองนิติการ"}),
]
MOVED_NEAR: list[Case] = [
    ("L", "หนูย้ายมาอยู่บ้านใหม่แล้วนะคะ", "Unknown", {}),
    ("L", "ผมย้ายมาอยู่คอนโดแล้วครับ", "Unknown", {}),
    ("L", "ประชุมบ่ายนี้ย้ายไปห้อง 501 นะคะ", "Unknown", {}),
    ("L", "พี่เขาย้ายมาอยู่นิติการแล้วนะ", "Unknown", {}),
]

LAUGHS: list[Case] = [
    ("L", "55 โดนจับได้", "SmallTalk", {"kind": "laugh"}),
    ("L", "55 ขำมากเลย", "SmallTalk", {"kind": "laugh"}),
    ("L", "555555 พี่หนึ่งมุกเยอะ", "SmallTalk", {"kind": "laugh"}),
    ("L", "5555 พี่แกตลกจริงๆ", "SmallTalk", {"kind": "laugh"}),
    ("L", "555 จริงด้วยค่ะพี่", "SmallTalk", {"kind": "laugh"}),
    ("L", "5555 ใช่ด้วยครับพี่", "SmallTalk", {"kind": "laugh"}),
]
LAUGHS_NEAR: list[Case] = [
    ("L", "55 คน", "Unknown", {}),
    ("L", "5555 พี่เปิดไมค์อยู่", "Unknown", {}),
    ("L", "555 พี่ส่งแผนแล้วนะ", "MarkStep", {"step": "3"}),
    ("P", "55 ขยะเหลือเท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]

HELP: list[Case] = [
    ("L", "พี่ไม่เก่งมือถือ สอนใช้หน่อยจ้า", "Help", {}),
    ("L", "ป้าไม่ค่อยเก่งเทคโนโลยี สอนใช้หน่อยนะ", "Help", {}),
    ("L", "น้องใหม่ค่ะ บอทนี้ใช้ทำอะไรได้บ้างคะ", "Help", {}),
    ("L", "ผมเป็นคนใหม่ครับ บอทนี้ใช้ทำอะไรได้บ้าง", "Help", {}),
]
HELP_NEAR: list[Case] = [
    ("L", "ใครมีร้านอาหารแนะนำบ้าง", "Unknown", {}),
    ("L", "น้องใหม่ค่ะ ใครมีร้านข้าวแนะนำบ้างคะ", "Unknown", {}),
]

PARTING: list[Case] = [
    ("L", "ขอให้ทุกคนเที่ยวให้สนุกนะคะ เจอกันวันจันทร์", "SmallTalk", {"kind": "greeting"}),
    ("L", "เจอกันวันจันทร์นะคะทุกคน", "SmallTalk", {"kind": "greeting"}),
    ("L", "กลับบ้านเดินทางปลอดภัยนะคะ เจอกันปีหน้า", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีค่ะทุกท่าน ยินดีที่ได้ร่วมงานในทีม PMQA ปีนี้นะคะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "ยินดีที่ได้ร่วมงานกับทุกคนครับ", "SmallTalk", {"kind": "greeting"}),
    ("L", "ไวดี ใช้ได้เลย", "SmallTalk", {"kind": "praise"}),
    ("L", "บอทตอบเร็วดีครับ", "SmallTalk", {"kind": "praise"}),
]
PARTING_NEAR: list[Case] = [
    ("L", "เจอกันวันจันทร์ อย่าลืมส่งแผนนะคะ", "Unknown", {}),
    ("L", "ทีม PMQA ของกองคลังมีใครบ้างคะ", "Members", {"unit": "กองคลัง"}),
    ("L", "เจอกันวันไหนคะ", "Unknown", {}),
]

ASKED = [text for cases in (OWNER, JOINED, HELP) for _, text, _, _ in cases]


@readings(OWNER + OWNER_NEAR)
def test_who_owns_pmqa_for_a_unit(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(JOINED + JOINED_NEAR)
def test_whether_a_units_newcomer_joined(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MOVED + MOVED_NEAR)
def test_a_move_to_a_unit_named_bare(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LAUGHS + LAUGHS_NEAR)
def test_a_laugh_at_a_joke_or_agreeing(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HELP + HELP_NEAR)
def test_help_asked_by_a_newcomer_or_someone_unhandy(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PARTING + PARTING_NEAR)
def test_parting_glad_to_work_together_and_quick(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "L") == []
