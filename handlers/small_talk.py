"""Small talk: thanks, greetings, "รับทราบ", praise, laughter -> one brief line, never help.

A message is small talk only when nothing but small-talk words, particles and ways of
addressing the bot are left: "ขอบคุณครับ ใครยังไม่ส่ง" is a question, read by its own rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.help_text import GREETING
from handlers.intent_spec import IntentSpec
from handlers.intents import Intent, SmallTalk
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import ADDRESS_WORDS, words
from handlers.nlu.slots import Found, content
from handlers.replies import Reply, text_reply

THANKS = "ขอบคุณ|ขอบใจ|ขอบพระคุณ|thank you|thanks|thank|thx|แต๊งกิ้ว|แต๊งกิว|tq"
GREETINGS = "สวัสดี|หวัดดี|ดีจ้า|ดี|hello|hi|hey|อรุณสวัสดิ์|good morning|ราตรีสวัสดิ์"
ACKS = "รับทราบ|ทราบแล้ว|ทราบ|เข้าใจแล้ว|ได้|ครับ|ค่ะ|คะ|ครับผม|จ้า|จ้ะ|โอเค|ok|okay"
PRAISE = "เก่งมาก|เก่ง|สุดยอด|เยี่ยม|ดีมาก|เจ๋ง|great|good job|nice|ปัง"
LAUGHS = "ฮ่า|ฮา|lol|อิอิ|NUM"
_LAUGH_RE = re.compile(r"(?:5{3,}\+*|(?:ฮ่า|ฮา)+\s*ๆ*|lol|อิอิ+)")
# Words that may stand around small talk without making it anything else.
FILLER = frozenset(
    words(
        f"{THANKS}|{GREETINGS}|{ACKS}|{PRAISE}|{ADDRESS_WORDS}"
        "|มาก|มากๆ|ๆ|เลย|นะ|ที่ช่วย|ช่วย|ที่|จ้า|จ้ะ|จ๋า|คับ|งับ|ฮะ|ค่า|น้า|ด้วย|จัง|จริงๆ|จริง"
        "|เช่นกัน|สำหรับ|ข้อมูล|คุณ|ท่าน|พี่|น้อง|ทุกคน|ตอนเช้า|ตอนบ่าย|ตอนเย็น|ครับผม|very|much"
        "|so|a|lot|you|ya|นะคะ|นะครับ|ค่ะ|คะ|.|!"
    )
)
REPLIES = {
    "thanks": "ยินดีครับ 🙂",
    "greeting": GREETING,
    "ack": "รับทราบครับ",
    "praise": "ขอบคุณครับ 😊",
    "laugh": "😄",
}


def handle_small_talk(intent: SmallTalk, ctx: Context) -> Reply:
    """One brief line, in a group as in a 1:1 chat."""
    return text_reply(REPLIES.get(intent.kind, REPLIES["ack"]))


def _only(kind: str) -> Callable[[Found], Intent | None]:
    def read(found: Found) -> Intent | None:
        return SmallTalk(kind) if not content(found.remainder, FILLER) else None

    return read


def _laugh(found: Found) -> Intent | None:
    return SmallTalk("laugh") if _LAUGH_RE.fullmatch(found.extraction.text) else None


# fmt: off
SPECS = (
    IntentSpec(SmallTalk, handle_small_talk, (
        Rule((THANKS,), 160, _only("thanks")),
        Rule((PRAISE,), 150, _only("praise")),  # "ดีมาก" before the greeting "ดี"
        Rule((GREETINGS,), 140, _only("greeting")),
        Rule((ADDRESS_WORDS,), 130, _only("greeting")),  # "น้องบอท" alone calls the bot
        Rule((ACKS,), 70, _only("ack")),
        Rule((LAUGHS,), 60, _laugh),
    )),
)
# fmt: on
