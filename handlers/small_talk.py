"""Small talk: thanks, greetings, "รับทราบ", praise, laughter -> one brief line, never help.

A message is small talk only when nothing but small-talk words, particles and ways of
addressing the bot are left: "ขอบคุณครับ ใครยังไม่ส่ง" is a question, read by its own rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.data_files import sections
from handlers.help_text import GREETING
from handlers.intent_spec import IntentSpec
from handlers.intents import Intent, SmallTalk
from handlers.nlu.asides import REPLIED_TO_A_COLLEAGUE_RE, others_praised
from handlers.nlu.courtesy import FAVOUR_THANKED
from handlers.nlu.extract import DATE, DIM, KPI, MONTH, PLACEHOLDERS, STEP, YEAR
from handlers.nlu.guards import Guarded, lead
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import (
    ADDRESS_WORDS,
    INDICATOR_WORDS,
    phrase_regex,
    phrase_search_regex,
    words,
)
from handlers.nlu.questions import asks
from handlers.nlu.slots import INDICATOR_RE, Found, content, names_the_plan, split_unit
from handlers.nlu.tokenize import tokens
from handlers.replies import Reply, text_reply

THANKS = (
    "ขอบคุณ|ขอบใจ|ขอบพระคุณ|thank you|thanks|thank|thx|ty|tks|แต๊งกิ้ว|แต๊งกิว|tq|🙏"
    "|ซาบซึ้งใจ|ซาบซึ้ง|ปลื้มใจ|appreciate"
)
GREETINGS = (
    "สวัสดี|หวัดดี|ดีจ้า|ดี|hello|hi|hey|อรุณสวัสดิ์|good morning|ราตรีสวัสดิ์|ฮัลโหล|ฮาโหล|ทักทาย"
    # The season's greetings, and English times of day: "สุขสันต์วันปีใหม่ค่ะ", "morning ค่าา".
    "|สวัสดีปีใหม่|สุขสันต์วันปีใหม่|สุขสันต์|happy new year|morning|good afternoon|good evening"
    # Goodnight to the group: "ฝันดีค่ะทุกคน พรุ่งนี้เจอกัน".
    "|ฝันดี|good night|goodnight"
    # Thai times of day: "สวัสดียามเช้าครับพี่ๆ ทีมงบฯ", "สวัสดีตอนบ่ายค่ะทุกคน".
    "|สวัสดียามเช้า|สวัสดีตอนเช้า|สวัสดียามบ่าย|สวัสดีตอนบ่าย|สวัสดียามเย็น|สวัสดีตอนเย็น"
)
ACKS = (
    "รับทราบ|ทราบแล้ว|ทราบ|เข้าใจแล้ว|เข้าใจ|ได้|ครับ|ค่ะ|คะ|ครับผม|จ้า|จ้ะ|โอเค|ok|okay|เค|เคร|อ๋อ|อ้อ"
    "|ค่า|ค้า|คร้าบ|ค้าบ|งับ|ฮะ|อืม|อ่า|เออ|oki|okie|👍|👌|🆗|sticker|สติกเกอร์|สติ๊กเกอร์"
    "|noted|noted with thanks|got it|roger|copy that|understood"
    # Understood now, in the words of surprise: "อ๋อ งี้นี่เอง", "อย่างนี้เอง".
    "|นี่เอง|งี้เอง|อย่างนี้เอง|แบบนี้เอง|ยังงี้เอง"
    "|พอเข้าใจ|พอเข้าใจแล้ว"  # understood, mostly: "อ้อ ค่ะ พอเข้าใจแล้ว"
)
PRAISE = (
    "เก่งมาก|เก่ง|สุดยอด|เยี่ยม|ดีมาก|เจ๋ง|great|good job|nice|ปัง|น่ารัก|ว้าว|wow|เทพ|ยอดเยี่ยม"
    "|great job|well done|nice work|good work"
    "|ฉลาด|smart|cool|👏|❤️|❤|😍|💯"
    # How the bot answers, and liking it: "บอทตอบไวดีจัง ชอบๆ".
    "|ชอบ|ชอบมาก|ตอบไว|ตอบเร็ว|ไวมาก|เร็วมาก|ดีจัง|ใช้ง่าย|สะดวกดี|ประทับใจ|ปลื้ม|เริ่ด|แจ่ม"
    "|สะดวกมาก|สะดวก|ไวดี|เร็วดี|ไวจัง|เร็วจัง"  # "ไวดี ใช้ได้เลย": quick, and good enough
    # How well it works: "ทำงานได้รวดเร็วมาก ชื่นชมค่ะ", "บอทคำนวณได้แม่นยำมาก"; praise given
    # formally ("ตอบได้ครบถ้วนมาก ขอชื่นชมครับ").
    "|ขอชื่นชม|ชื่นชม|ทันใจ|แม่นยำ|รวดเร็ว|ชัดเจนดี|ละเอียดดี|ครบถ้วนดี"
    # Exact, praised: "บอทสรุปเป๊ะมากครับ" (a figure matching "เป๊ะ" alone is no praise).
    "|เป๊ะมาก|แม่นมาก"
    # How it looks and reads: "กราฟสวยมาก", "สรุปอ่านง่ายดี".
    "|สวย|สวยงาม|สวยดี|อ่านง่าย|ดูง่าย|เข้าใจง่าย"
    # What it spares the sender: "บอทช่วยชีวิตเลย", "งานง่ายขึ้นเยอะ".
    "|ช่วยชีวิต|ชีวิตดีขึ้น|ง่ายขึ้น|สบายขึ้น|ไม่ต้องนั่ง"
)
LAUGHS = "ฮ่า|ฮา|lol|อิอิ|คิคิ|ขำ|ตลก|😂|🤣|😆|NUM"
_LAUGH_RE = lead(re.compile(r"(?:5{3,}\+*|(?:ฮ่า|ฮา)+\s*ๆ*|lol|อิอิ+|คิคิ+|ขำ|ตลก|[😂🤣😆]+)"))
# Words that may stand around small talk without making it anything else.
FILLER = frozenset(
    words(
        f"{THANKS}|{GREETINGS}|{ACKS}|{PRAISE}|{ADDRESS_WORDS}"
        "|มาก|มากๆ|ๆ|เลย|นะ|ที่ช่วย|ช่วย|ที่|จ้า|จ้ะ|จ๋า|คับ|งับ|ฮะ|ค่า|น้า|ด้วย|จัง|จริงๆ|จริง"
        "|เช่นกัน|สำหรับ|ข้อมูล|คุณ|ท่าน|พี่|น้อง|ทุกคน|ทุกท่าน|ตอนเช้า|ตอนบ่าย|ตอนเย็น|ครับผม|very"
        "|ได้รับ|แล้ว|ฝาก|ฝากด้วย|ฝากตัว"  # "ได้รับข้อมูลแล้วครับ ขอบคุณครับ", "สวัสดีครับ วันนี้ฝากด้วยนะ"
        "|much|so|a|lot|you|ya|นะคะ|นะครับ|ค่ะ|คะ|.|!|คำตอบ|แจ้ง|แจ้งเตือน|เตือน|ปีใหม่|ไหว้|ขำ|ตลก"
        "|วันจันทร์|วันอังคาร|วันพุธ|วันพฤหัส|วันพฤหัสบดี|วันศุกร์|วันเสาร์|วันอาทิตย์|วันนี้|everyone"
        "|all|bot|ไป|ไปเลย|ดี|ดีจัง|สุดๆ|คิคิ"
        # A cheer beside the praise: "เย่ๆ เก่งมากทีมเรา", "ไชโย สุดยอด" (alone it praises nothing).
        "|เย่|เย้|เย่ๆ|เย้ๆ|ไชโย|yay|yeah|woohoo"
        # LINE emoticons typed or pasted as their names: "ขอบคุณค่ะ (love)".
        "|love|happy|blush|smile|grin|moon|hug|kiss|emoji|sticker|สติกเกอร์|สติ๊กเกอร์"
        # Wishes with a greeting: "สวัสดีปีใหม่ค่ะ ขอให้ทุกท่านมีความสุข" (its year is a number,
        # which is no word); understood now: "อ๋อ เข้าใจละครับ" (ละ: แล้ว).
        "|ขอให้|ความสุข|มีความสุข|สุขภาพ|แข็งแรง|สุขภาพแข็งแรง|โชคดี|สมหวัง|new|year|สุขสันต์|ละ"
        # "อ๋อ งี้นี่เอง": the words of what is now understood.
        "|งี้|อย่างนี้|แบบนี้|ยังงี้|นี่|เอง"
        # Seeing each other again: "ฝันดีค่ะทุกคน พรุ่งนี้เจอกัน".
        "|เจอกัน|แล้วเจอกัน|ไว้เจอกัน|พรุ่งนี้เจอกัน|see|bye|บาย|บ๊ายบาย"
        # Thanks bowed low: "กราบขอบพระคุณครับ", "กราบขอบคุณงามๆ ค่ะ".
        "|กราบ|กราบๆ|งามๆ|อย่างสูง"
    )
)
# What the bot does and how well, praised: "บอทสรุปได้ชัดเจนดีมาก", "บอทบันทึกไวดีจัง".
_BOT_WORK = frozenset(
    words(
        "ทำงาน|งาน|ตอบ|สรุป|บันทึก|คำนวณ|จด|จำ|ทำ|ได้|ไว|เร็ว|รวดเร็ว|ชัดเจน|ละเอียด|ครบ|ครบถ้วน"
        "|แม่น|แม่นยำ|ถูกต้อง|ทันใจ|ชื่นชม|กราฟ|ชาร์ต|chart|การ์ด|หน้าตา|ออกมา"
        # Wonder at it: "โห สรุปให้ซะละเอียดเลย" (ซะ before how well: so well done).
        "|โห|โอ้โห|อู้หู|ซะ"
        # Its reminders on time: "555 บอทเตือนตรงเวลาเป๊ะ"; so often they are known by heart
        # ("5555 โดนบอทเตือนทุกเช้าจนขึ้นใจแล้ว").
        "|เตือน|แจ้งเตือน|ตรงเวลา|ทันเวลา|เป๊ะ|ตรงเป๊ะ|โดน|ทุกเช้า|ทุกวัน|ทุก|เช้า|บ่อย|จน|ขึ้นใจ"
        "|จำได้|จนจำได้"
    )
)
# "ทำให้ซะ…": done for the sender, so well; never "ช่วยสรุปให้หน่อย" (หน่อย asks a favour).
_DONE_SO_WELL_RE = re.compile(r"ให้\s?(?=ซะ)")
# An indicator named, or a follow-up ("แล้วกองคลังล่ะ"), makes the rest a question.
_NAMES_MORE = re.compile(rf"{INDICATOR_RE.pattern}|ล่ะ$|ละ$|แล้ว\S*(?:ล่ะ|ละ)")
# Thanks or a greeting opening a line that asks nothing and names nothing is still courtesy:
# "ขอบคุณค่ะ จะรีบส่งนะคะ", "สวัสดีค่ะ ขอสอบถามหน่อย" (the greeting invites the question).
# "เรียบร้อยครับ ขอบคุณทุกท่านที่ช่วยกัน": all done, said alone (nothing named done), then thanks.
# "ต้องขอบคุณ กค. ที่ส่งไวมาก": the thanks owed, said as they are given.
# "ได้แล้วครับ ขอบคุณที่ช่วยหาให้", "เจอแล้วค่ะ ขอบคุณ…": got it or found it, said alone, then thanks.
_ALL_DONE = r"(?:(?:เรียบร้อย|ได้แล้ว|ได้ละ|เจอแล้ว|เจอละ)(?:ครับ|ค่ะ|คะ|คับ|จ้า|ค่า)?\s+)?(?:ต้อง\s?)?"
# Thanks said formally: "ขอขอบคุณทุกกองที่ให้ความร่วมมือ", "ขอขอบพระคุณทุกท่านค่ะ".
_FORMAL = r"(?:ขอ(?=\s?ขอบ)\s?)?"
_THANKS_HEAD = _ALL_DONE + _FORMAL
_OPENS = {
    kind: re.compile(
        rf"^(?:(?:{phrase_regex(ADDRESS_WORDS)})\s*)?{_THANKS_HEAD if kind == 'thanks' else ''}"
        rf"(?:{phrase_regex(group)})"
    )
    for kind, group in (
        ("thanks", THANKS),
        ("greeting", GREETINGS),
        # "ครับผม เดี๋ยวบ่ายนี้ผมไปตามกองคลังให้": yes, then the plan.
        ("ack", "รับทราบ|ทราบแล้ว|เข้าใจแล้ว|โอเค|ok|okay|ได้เลย|ได้ครับ|ได้ค่ะ|ได้จ้า|ตกลง|ครับผม"),
        # Praise goes on about the bot: "สุดยอดค่ะ สะดวกกว่าเปิดไฟล์เองเยอะ".
        ("praise", PRAISE),
    )
}
# "ขอบคุณที่ช่วยสรุปให้", "ขอบคุณน้องบอทที่ช่วยสรุปข้อมูลให้": thanks for what was done, not a
# request to do it again (thanks to a colleague, "ขอบคุณพี่ๆ ที่มาช่วยงาน", is their chat).
_THANKS_FOR = "|".join(
    (
        "ขอบคุณที่|ขอบคุณสำหรับ|ขอบใจที่|ขอบพระคุณที่|ขอบคุณมากที่|thanks for|thank you for",
        # Typed short: "thx for the reminder 🙏", "tks for the update".
        "thx for|tks for|thank u for|thanks a lot for|thanks so much for|ty for",
        *(f"ขอบคุณ{bot}ที่|ขอบคุณ{bot}สำหรับ" for bot in ("บอท", "น้องบอท")),
        # Everyone thanked for what they did ("ขอบคุณทุกหน่วยงานที่ให้ความร่วมมือในการรายงานผล
        # ครับ"): the whole group's thanks, the bot's too (see handlers.nlu.asides).
        *(
            f"ขอบคุณ{everyone}ที่|ขอบคุณ{everyone}สำหรับ"
            for everyone in ("ทุกท่าน", "ทุกคน", "ทุกหน่วยงาน", "ทุกกอง", "ทุกฝ่าย", "ทุกส่วนราชการ")
        ),
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


# "เหนื่อยมากก แต่ก็รับทราบค่ะ": how one feels, joined to the acknowledgement by a "but".
_BUT_LAST_RE = re.compile(r"\s?แต่\s?(?:ก็)?\s*$")
_FELT = FILLER | frozenset(words("เหนื่อย|ง่วง|ปวดหัว|เครียด|มึน|งง|ท้อ|เบื่อ|หนัก|สุดๆ|ไปหมด"))
_HELD_MUCH_RE = re.compile("มากก+")


def _only(kind: str) -> Callable[[Found], Intent | None]:
    def read(found: Found) -> Intent | None:
        remainder, filler = found.remainder, FILLER
        if kind == "ack" and "แต่" in remainder and _BUT_LAST_RE.search(remainder):
            # "มากก": a held letter the segmenter cuts as "มา กก".
            remainder, filler = _HELD_MUCH_RE.sub(" มาก ", _BUT_LAST_RE.sub(" ", remainder)), _FELT
        if kind == "praise" and others_praised(found.extraction.text):
            return None
        if not content(remainder, filler) or _courtesy_first(kind, found):
            return SmallTalk(kind)
        return None

    return read


def _understood_now(found: Found) -> Intent | None:
    """ "โอเคครับ เข้าใจเกณฑ์แล้ว", "เข้าใจสูตรแล้วค่ะ": what was explained (the criteria, the
    formula, the steps), understood now, is an acknowledgement, or thanks when it thanks; it
    asks nothing of them."""
    if asks(found.extraction.text, found.original):
        return None
    rest = _UNDERSTOOD_WHAT_RE.sub(" ", found.remainder)
    if ("ต้อง" in rest or "เพราะ" in rest) and _restates_only(found):
        # "โอเคค่ะ เข้าใจแล้ว แผนต้องครบ 3 มิติ", "อ๋อ เพราะรอบแรกส่งทางเมล โอเคเข้าใจแล้วครับ":
        # the rule or the reason just explained, said back.
        rest = _RESTATED_RE.sub(" ", rest)
    thanked = _THANKS_RE.search(rest) is not None
    rest = _ACKS_RE.sub(" ", _THANKS_RE.sub(" ", rest) if thanked else rest)
    if content(rest, FILLER):
        return None
    return SmallTalk("thanks" if thanked else "ack")


# A rule ("…ต้อง…") or a reason ("เพราะ…") said back beside "understood", with the plan's
# dimensions, steps or indicators it names; nothing told done in it, no other figure.
_RESTATED_RE = re.compile(
    rf"(?:^|\s)(?:เพราะ\S*|\S*ต้อง\S*)(?:\s(?:{DIM}|{STEP}|{KPI}|{DATE}|{MONTH}))*"
)
_UNDERSTOOD_SAID_RE = re.compile(r"เข้าใจ\s?(?:แล้ว|ละ)")
_TOLD_DONE_NOW_RE = re.compile("แล้ว|เรียบร้อย|เสร็จ")
_RESTATED_FIGURES = frozenset({DIM, STEP, KPI, DATE, MONTH})


def _restates_only(found: Found) -> bool:
    """Whether ``found`` tells nothing done but its understanding, and no figure but the
    plan's dimensions, steps, indicators, days or months."""
    masked = found.extraction.masked
    if any(p in masked for p in PLACEHOLDERS - _RESTATED_FIGURES):
        return False
    return _TOLD_DONE_NOW_RE.search(_UNDERSTOOD_SAID_RE.sub(" ", masked)) is None


# What an answer explained: "เข้าใจเกณฑ์แล้ว", "เข้าใจวิธีคิดแล้ว", "เข้าใจที่อธิบายแล้ว".
_UNDERSTOOD_WHAT_RE = re.compile(
    "(?:เรื่อง|ที่)?(?:หลักเกณฑ์|เกณฑ์|สูตร|วิธีคิด|วิธีคำนวณ|การคำนวณ|ขั้นตอน|เงื่อนไข|คำอธิบาย|อธิบาย)"
)
_ACKS_RE = re.compile(phrase_search_regex(ACKS))
_THANKS_RE = re.compile(phrase_search_regex(THANKS))


def _courtesy_first(kind: str, found: Found) -> bool:
    """Whether the message opens with thanks or a greeting and the rest neither asks nor
    names anything a rule could read (a number, step, date, link, unit or indicator)."""
    opens = _OPENS.get(kind)
    text = found.extraction.text
    if opens is None or not opens.search(text) or asks(text, found.original):
        return False
    # A day named ("วันนี้ร้อนมาก") is chat about the day; any other figure may be read.
    masked = found.extraction.masked
    named = any(p in masked for p in PLACEHOLDERS if p != DATE)
    return not named and not _NAMES_MORE.search(text)


def _thanks_for(found: Found) -> Intent | None:
    return SmallTalk("thanks") if _courtesy_first("thanks", found) else None


_FAVOUR_THANKED_RE = re.compile(rf"\s*{FAVOUR_THANKED}\s*", re.IGNORECASE)


def _favour_thanked(found: Found) -> Intent | None:
    """ "ขอบคุณพี่ต๋อยด้วยนะคะ ที่ช่วยลงทะเบียนให้": someone thanked for a favour done, the whole
    message (``handlers.nlu.courtesy.FAVOUR_THANKED``), whatever the favour names."""
    text = found.extraction.text
    if _FAVOUR_THANKED_RE.fullmatch(text) is None or asks(text, found.original):
        return None
    return SmallTalk("thanks")


# Thanks, then what the speaker will do next ("ขอบคุณครับ เดี๋ยวผมสรุปส่งผอ.ต่อ", "ขอบคุณมาก
# นะคะ เดี๋ยวเอาตัวเลขขยะไปใส่รายงาน"): the plan is the speaker's own, it asks nothing of the
# bot, even when it names an indicator; "เดี๋ยวนี้" is now, not next.
# "ขอบคุณค่ะ ได้ครบแล้ว เอาไปทำสไลด์ต่อ": what was received, then what is done with it.
_NEXT_RE = re.compile(
    r"^(?:ได้\s?(?:ครบ|ข้อมูล|ข้อมูลครบ|ตัวเลข|ตัวเลขครบ)?\s?แล้ว\s*)?"
    r"(?:เดี๋ยว(?!\s?นี้)|เด๋ว|เดะ|แล้วจะ|จะ|ไว้|เอาไป)"
)
_ASKS_OF_SOMEONE_RE = re.compile(
    phrase_search_regex(f"ขอ|ช่วย|รบกวน|หน่อย|ฝาก|ให้ที|ได้ไหม|ได้มั้ย|{ADDRESS_WORDS}")
)


def _then_next(kind: str) -> Callable[[Found], Intent | None]:
    """Thanks or an acknowledgement (``kind``), then what the speaker will do next: "ขอบคุณครับ
    เดี๋ยวผมสรุปส่งผอ.ต่อ", "รับทราบครับ จะแจ้งสำนักงานท่องเที่ยวจังหวัดให้ครับ" (a promise of
    the speaker's own, whatever it names)."""

    def read(found: Found) -> Intent | None:
        text = found.extraction.text
        opens = _OPENS[kind].search(text)
        if opens is None or asks(text, found.original):
            return None
        head, _, rest = text[opens.end() :].partition(" ")
        if content(head, FILLER) or not _NEXT_RE.match(rest) or _ASKS_OF_SOMEONE_RE.search(rest):
            return None
        masked = found.extraction.masked
        named = any(p in masked for p in PLACEHOLDERS if p != DATE)  # a figure may be reported
        return None if named or _FOLLOW_UP_RE.search(rest) else SmallTalk(kind)

    return read


def _bot_praised(found: Found) -> Intent | None:
    """Praise of what the bot does ("บอทสรุปได้ชัดเจนดีมาก", "ทำงานไวมาก ชื่นชมครับ"): only
    words of its work and how well it does it, no figure, nothing asked."""
    text, typed = found.extraction.text, found.original
    remainder = found.remainder
    if "ว่า" in text and (tag := _AGREED_RE.search(text)) is not None:
        # "บอทนี่ใช้ง่ายดีนะ พี่ว่ามั้ย": a colleague asked to agree asks nothing of the bot.
        text, typed, remainder = text[: tag.start()], "", _AGREED_RE.sub(" ", remainder)
    if asks(text, typed or text) or found.extraction.masked != found.extraction.text:
        return None
    if _THANKS_RE.search(text):
        return None  # "ขอบคุณนะคะ บอทน่ารักมาก" thanks first
    if others_praised(text):
        return None  # "ขอชื่นชมทุกกองที่ส่งทันเวลา": the units praised, not the bot
    if "ซะ" in remainder and "หน่อย" not in typed:
        remainder = _DONE_SO_WELL_RE.sub(" ", remainder)
    if "กว่า" in remainder:
        # "ชัดเจนมากครับ 👍 เก่งกว่าคนอีก": better than people at it, said of the bot.
        remainder = _BETTER_THAN_PEOPLE_RE.sub(" ", remainder)
    return None if content(remainder, FILLER | _BOT_WORK) else SmallTalk("praise")


# Better than people, said of the bot: "กว่าคนอีก", "กว่ามนุษย์", "กว่าผมอีก", "กว่าคนทำเองเยอะ".
_BETTER_THAN_PEOPLE_RE = re.compile(
    r"กว่า\s?(?:คน|มนุษย์|ผม|หนู|พี่|เรา|ฉัน|ดิฉัน)(?:\s?ทำ(?:\s?เอง)?)?(?:\s?(?:อีก|เยอะ|เลย|ตั้งเยอะ))*"
)


_AGREED_RE = re.compile(r"\s?(?:พี่|น้อง|ทุกคน|เธอ|แก|คุณ)?\s?ว่า\s?(?:ไหม|มั้ย|ป่ะ|ปะ|เนอะ|ไง|งั้นไหม)\s*$")


# A favour or a wish for more after the praise: "บอทเก่งมาก ช่วยสรุปอีกรอบหน่อย" asks.
# News of the work beside it ("บอทเยี่ยม กองคลังส่งแผนแล้วนะ") is a report.
_FAVOUR_RE = re.compile(
    phrase_search_regex(
        "หน่อย|ขอ|ได้ไหม|ได้มั้ย|ได้ป่ะ|please|ที|อีกรอบ|ด้วย|ส่ง|แผน|ขั้น|ตัวชี้วัด|kpi|ผล|กอง|ศูนย์|กลุ่ม|สำนัก|ทีม"
    )
)


def _bot_praised_with_story(found: Found) -> Intent | None:
    """The bot praised with what it spared the sender ("บอทช่วยชีวิตเลย ไม่ต้องนั่งไล่ excel
    เอง", "บอทฉลาดดีนะ ถามอ้อมๆ ยังเข้าใจ"): nothing asked, no figure, no favour."""
    text = found.extraction.text
    if (
        "บอท" not in found.original
        or asks(text, found.original)
        or found.extraction.masked != text
        or _THANKS_RE.search(text)
        or _FAVOUR_RE.search(text)
    ):
        return None
    opens = _OPENS["greeting"].search(text)
    if opens is not None and _BOT_CALLED_FONDLY_RE.match(text, opens.end()):
        return None  # "หวัดดีจ้าน้องบอทคนเก่ง": a greeting, the bot called by a fond name
    return SmallTalk("praise")


# The bot called by a fond name after a greeting: "…น้องบอทคนเก่ง", "…บอทคนดีของพี่ๆ".
_BOT_CALLED_FONDLY_RE = re.compile(
    r"\s?(?:ค่ะ|คะ|ครับ|จ้า|จ้ะ|ค่า|นะ)*\s?(?:น้อง|พี่)?\s?บอท\s?(?:คน)?\s?(?:เก่ง|ดี|น่ารัก|สวย|หล่อ|ขยัน)"
    r"(?:\s?(?:ของ\s?(?:พี่\s?ๆ|พี่|หนู|ผม|เรา))?)?(?:\s?(?:ค่ะ|คะ|ครับ|จ้า|จ้ะ|ค่า|นะ|ๆ))*[\s!~.]*$"
)


# A greeting to a team or to everyone ("อรุณสวัสดิ์ค่ะ ทีมตัวชี้วัดปทุมธานี", "สวัสดีค่ะ ทีมงาน
# PMQA ทุกท่าน"): the team's name may hold plan words; an act told after it is news.
_ADDRESSEE_RE = re.compile(r"^(?:ทีม|ชาว|คณะทำงาน|เพื่อน|พี่ๆ|น้องๆ|สมาชิก|ทุกท่าน|ทุกคน)")
_ADDRESSEE_CHUNKS = 3


def _season_wish(found: Found) -> Intent | None:
    """The season's greeting with a wish ("สวัสดีปีใหม่ 2568 ค่ะทุกคน ขอให้ตัวชี้วัดผ่านทุกตัว",
    "สุขสันต์วันปีใหม่ครับ ขอให้ผ่านเกณฑ์ทุกขั้นตอน"): whatever the wish names, nothing is asked
    or told; a question, or anything told done after it, is read as it is."""
    text, masked = found.extraction.text, found.extraction.masked
    if _OPENS["greeting"].search(text) is None or asks(text, found.original):
        return None
    wish = _WISH_RE.search(masked)
    if wish is None or _TOLD_DONE_RE.search(masked):
        return None
    before = _YEAR_RE.sub(" ", masked[: wish.start()])
    return None if content(before, _SEASON_FILLER) else SmallTalk("greeting")


# A wish, never a favour asked ("ขอให้ช่วยดูสถานะกองคลังหน่อย").
_WISH_RE = re.compile(r"ขอ\s?ให้(?!\s?(?:ช่วย|บอท|น้องบอท|ดู|แสดง|สรุป|บันทึก|ส่ง|แจ้ง|เตือน))|อวยพร")
_TOLD_DONE_RE = re.compile(r"แล้ว|เรียบร้อย|DATE|LINK|หน่อย|ช่วย|รบกวน")
_YEAR_RE = re.compile(r"(?:พ\.ศ\.|ค\.ศ\.|ปี)?\s?(?:25|20)\d\d(?!\d)")
_SEASON_FILLER = FILLER | frozenset(words("วัน|สงกรานต์|คริสต์มาส|christmas|merry|นี้"))


def _greeting_to_someone(found: Found) -> Intent | None:
    text = found.extraction.text
    opens = _OPENS["greeting"].search(text)
    if opens is not None and _WELCOME_RE.search(text):
        return _welcome(found, opens.end())
    if opens is not None and _ENTRUSTED_RE.search(text, opens.end()):
        return _entrusting(found, opens.end())
    if opens is None or asks(text, found.original):
        return None
    if _news_to_come(found.extraction.masked):
        return SmallTalk("greeting")  # "สวัสดีครับทีม สงป. วันนี้มีตัวเลขใหม่มาอัปเดตครับ"
    rest = text[opens.end() :]
    if "ปีใหม่" in text[: opens.end() + len(" ปีใหม่")]:
        # "สวัสดีปีใหม่ 2568 ครับพี่ๆ ทีม PMQA": the new year's own number is no figure.
        rest = _NEW_YEARS_NUMBER_RE.sub("", rest)
        if not _only_the_year_masked(found.extraction.masked):
            return None
    elif found.extraction.masked != text:
        return None
    # "…ทีม PMQA ทุกท่าน สัปดาห์นี้สู้ๆ นะคะ": a cheer to the ones greeted says nothing more.
    rest = _CHEER_RE.sub(" ", rest) if "สู้" in rest else rest
    # "สวัสดีค่ะทีม PMQA": the particle typed onto the addressee.
    belated = _BELATED_RE.match(rest)
    rest = _PARTICLE_HEAD_RE.sub("", _BELATED_RE.sub("", rest))
    if belated and belated.group().strip() and not content(rest, FILLER):
        return SmallTalk("greeting")  # "สวัสดีปีใหม่ย้อนหลังค่ะทุกคน": late, to everyone
    if _TO_AN_OFFICE_RE.match(rest):
        return SmallTalk("greeting")
    chunks = rest.split()
    while chunks and not content(chunks[0], FILLER):
        chunks.pop(0)
    # "…สัปดาห์นี้งานเข้ารัวๆ เลยนะคะ": filler closing the greeting is no chunk of what it says.
    while chunks and not content(chunks[-1], FILLER):
        chunks.pop()
    said = " ".join(chunks)
    if (
        _NEWCOMER_RE.match(said)
        and not _BELONGS_RE.search(said)
        and "ลงทะเบียน" not in said
        and not split_unit(_JOINED_OF_RE.sub(" ", _IN_PLACE_OF_RE.sub(" ", said)))[0]
    ):
        return SmallTalk("greeting")  # "สวัสดีครับ ผมเพิ่งย้ายมาดูตัวชี้วัดของสำนัก"
    if _REPORTING_IN_RE.match(said):
        return SmallTalk("greeting")  # "หวัดดีค่ะบอท ปทุมฯ มารายงานผลค่ะ": the figures to come
    if not chunks or not _ADDRESSEE_RE.match(chunks[0]) or len(chunks) > _ADDRESSEE_CHUNKS:
        return None
    return None if _ACTS_RE.search(" ".join(chunks)) else SmallTalk("greeting")


# News announced after a greeting, to a team or everyone maybe, with nothing of it told yet
# ("สวัสดีครับทีม สงป. วันนี้มีตัวเลขใหม่มาอัปเดตครับ"): the figures are to come.
_NEWS_TO_COME_RE = re.compile(
    r"^(?:DATE\s?)?มี\s?(?:ตัวเลข|ข้อมูล|ผล|ข่าว)\s?(?:ใหม่)?\s?(?:ๆ)?\s?มา\s?"
    r"(?:อัปเดต|อัพเดต|อัปเดท|อัพเดท|รายงาน|แจ้ง|ฝาก)"
    r"(?:\s?(?:กัน|นะ|ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ))*[\s!.~]*$"
)
_PLACEHOLDER_RE = re.compile(r"[A-Z]{3,}")


def _news_to_come(masked: str) -> bool:
    """Whether ``masked`` greets, maybe someone, then announces news still to come."""
    opens = _OPENS["greeting"].search(masked)
    if opens is None:
        return False
    chunks = _PARTICLE_HEAD_RE.sub("", masked[opens.end() :]).split()
    for k in range(_ADDRESSEE_CHUNKS + 1):
        head, tail = " ".join(chunks[:k]), " ".join(chunks[k:])
        if k and (not _ADDRESSEE_RE.match(head) or _PLACEHOLDER_RE.search(head)):
            continue
        if _NEWS_TO_COME_RE.match(tail) or _DAYS_CHASE_RE.match(tail):
            return True
    return False


# The day's chase announced after a greeting, nothing of it named ("อรุณสวัสดิ์ค่ะทุกคน ☀️
# วันนี้ขอตามงาน PMQA หน่อยนะคะ", "สวัสดีค่ะทีม สงป. ☕ เช้านี้ขอเช็คตัวชี้วัดกันหน่อยนะคะ"): the
# questions are to come (a unit or an indicator named is asked of as it is).
_DAYS_CHASE_RE = re.compile(
    r"^(?:(?:DATE|วันนี้|เช้านี้|บ่ายนี้)\s?)?(?:ขอ|มา)\s?(?:ตาม|เช็ค|เช็ก|ทวง)\s?(?:งาน|ตัวชี้วัด)"
    r"(?:\s?pmqa)?(?:\s?(?:กัน|หน่อย|นะ|ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ))*[\s!.~]*$",
    re.IGNORECASE,
)


# The sender, maybe by their office's name, announcing they have come to report, after a
# greeting ("หวัดดีค่ะบอท ปทุมฯ มารายงานผลค่ะ", "สวัสดีครับ มาส่งผลครับ"): nothing told yet, no
# figure, no indicator, nothing done ("…มาส่งผลแล้ว" is news of its own).
_REPORTING_IN_RE = re.compile(
    r"^(?:[^\s\d]+\s)?(?:ขอ)?มา\s?(?:รายงาน|ส่ง|แจ้ง|อัปเดต|อัพเดต)\s?(?:ผล|ตัว)?"
    r"(?:\s?(?:นะ|ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ))*$"
)


# A greeting to everyone with a friendly question about their day ("หวัดดีค่ะทุกคน เลิกงานกัน
# ยังคะ", "สวัสดีครับทุกท่าน กินข้าวกันยังครับ"): asked of the people greeted, nothing of the plan.
_FRIENDLY_QUESTION_RE = re.compile(
    r"^(?:ทุกคน|ทุกท่าน|พี่\s?ๆ|น้อง\s?ๆ|เพื่อน\s?ๆ|ทีม\s?งาน|everyone|all"
    # The bot called and asked whether it is there: "สวัสดีครับ น้องบอทอยู่ไหม".
    r"|(?:น้อง\s?|พี่\s?)?(?:บอท|bot)(?:\s?(?:จ๋า|ขา|คะ|ครับ|ๆ))?)?\s?(?:ค่ะ|คะ|ครับ|จ้า)?\s?"
    r"(?:เลิกงาน|กินข้าว|ทานข้าว|กินข้าวเที่ยง|ทานข้าวเที่ยง|ถึงบ้าน|กลับบ้าน|ตื่น|สบายดี|เหนื่อย"
    r"|(?<=บอท)\s?(?:ยัง\s?)?อยู่|(?<=bot)\s?(?:ยัง\s?)?อยู่)"
    r"\s?(?:กัน)?\s?(?:แล้ว)?\s?(?:หรือ)?\s?(?:ยัง|ไหม|มั้ย|มั๊ย|กันบ้าง|บ้าง)"
    r"\s?(?:ครับผม|ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ|นะ|เอ่ย|เอ่ย)*[\s?!.~]*$"
)


def _greeting_with_a_friendly_question(found: Found) -> Intent | None:
    text = found.extraction.text
    opens = _OPENS["greeting"].search(text)
    if opens is None or found.extraction.masked != text:
        return None
    rest = _PARTICLE_HEAD_RE.sub("", _DAY_GREETED_RE.sub("", text[opens.end() :])).strip()
    if _FRIENDLY_QUESTION_RE.match(rest) or _WHO_IS_STILL_IN_RE.match(rest):
        return SmallTalk("greeting")
    return None


# The day greeted: "สวัสดีวันศุกร์ค่ะทุกคน".
_DAY_GREETED_RE = re.compile(r"^\s?วัน\s?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)")
# Who of the people greeted is still at work ("…ทุกคน บ่ายนี้ใครยังอยู่บ้าง"): asked of them.
_WHO_IS_STILL_IN_RE = re.compile(
    r"^(?:ทุกคน|ทุกท่าน|พี่\s?ๆ|น้อง\s?ๆ|เพื่อน\s?ๆ|ทีม\s?งาน)?\s?(?:ค่ะ|คะ|ครับ|จ้า)?\s?"
    r"(?:วันนี้|เช้านี้|เที่ยงนี้|บ่ายนี้|เย็นนี้|ตอนนี้)?\s?ใคร\s?ยัง\s?อยู่"
    r"\s?(?:ออฟฟิศ|ที่ทำงาน|ที่โต๊ะ|กระทรวง)?\s?(?:กัน)?\s?บ้าง"
    r"\s?(?:ครับผม|ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ|นะ|เอ่ย)*[\s?!.~]*$"
)


# A welcome with no greeting before it ("ยินดีต้อนรับน้องใหม่ทุกคนครับ", "ยินดีต้อนรับสมาชิกใหม่
# เข้ากลุ่มค่ะ"): only those welcomed and where to, no unit named, nothing asked or told.
_WELCOMED = frozenset(
    words(
        "ยินดีต้อนรับ|welcome|น้องใหม่|สมาชิกใหม่|เพื่อนใหม่|คนใหม่|ใหม่|สมาชิก|เพื่อน|น้อง|เข้า|สู่|เข้าสู่|กลุ่ม|ทีม"
        "|ครอบครัว|pmqa|line|ไลน์|to|the|team|group|ทุกคน|ทุกท่าน|น้องๆ|พี่ๆ|อย่างเป็นทางการ"
        # How many are welcomed: "…น้องใหม่ทั้งสองคน".
        "|ทั้ง|สอง|สาม|คน|ทั้งสอง|ทั้งสาม|ทั้งสองคน|ทั้งสามคน|สองคน|สามคน"
    )
)


# The one welcomed by name ("ยินดีต้อนรับค่ะน้องแพรว", "…พี่ต้อยครับ", "…น้องพิมพ์เข้าทีม"), and
# help offered with the welcome ("ยินดีต้อนรับสู่ทีม PMQA ครับ มีอะไรถามพี่ได้เลย"): nothing asked of the bot.
_WELCOMED_BY_NAME_RE = re.compile(
    r"(?:น้อง|พี่|คุณ)(?!ใหม่|ๆ|\s?ทุก)\s?[\u0e01-\u0e4e]{1,8}?(?=\s|ค่ะ|คะ|ค่า|ครับ|คับ|นะ|จ้า|เข้า|สู่|$)"
)
_HELP_OFFERED_RE = re.compile(
    r"มี\s?อะไร\s?(?:สงสัย\s?)?(?:ก็\s?)?(?:ถาม|ทัก)\S{0,12}?\s?ได้\s?(?:เลย|ตลอด|นะ)"
)


def _welcomed(found: Found) -> Intent | None:
    text = _HELP_OFFERED_RE.sub(" ", found.extraction.text)
    if found.extraction.masked != found.extraction.text:
        return None
    if asks(text, found.original) or _ACTS_RE.search(text):
        return None
    if split_unit(text)[0]:
        return None
    # "ยินดีต้อนรับสู่กองกลางค่ะ น้องใหม่": the unit welcomed into is the welcomer's own.
    text = _WELCOMED_INTO_RE.sub(" ", text) if "สู่" in text else text
    said = _WELCOMED_BY_NAME_RE.sub(" ", text)
    return None if content(said, FILLER | _WELCOMED) else SmallTalk("greeting")


# The unit a newcomer is welcomed into ("…สู่กองกลาง", "…เข้าสู่ศูนย์เทคโนโลยีฯ"), by its kind's
# word; a newcomer of a unit ("ยินดีต้อนรับน้องใหม่กองคลัง") is still told of as the unit's.
_WELCOMED_INTO_RE = re.compile(
    r"(?:เข้า\s?)?สู่\s?(?:กอง|สำนักงาน|สำนัก|ศูนย์|กลุ่ม|ฝ่าย)[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e.]*?"
    r"(?=\s|ค่ะ|คะ|ค่า|ครับ|คับ|นะ|จ้า|น้อง|$)"
)


# A greeting to everyone, then a welcome into the group ("สวัสดีค่ะทุกท่าน ยินดีต้อนรับเข้า
# กลุ่มทีม PMQA ปีงบ 68 นะคะ") or what the group is for ("กลุ่มนี้เอาไว้ติดตามตัวชี้วัดปี 68"):
# the year named is the group's, no figure; an act told is news.
_WELCOME_RE = re.compile(r"ยินดีต้อนรับ|กลุ่ม\s?นี้\s?(?:มี|เอา)?\s?(?:ไว้|สำหรับ|ใช้)")


def _welcome(found: Found, greeted: int) -> Intent | None:
    text = found.extraction.text
    welcome = _WELCOME_RE.search(text, greeted)
    if welcome is None or asks(text, found.original) or _ACTS_RE.search(text[greeted:]):
        return None
    chunks = _PARTICLE_HEAD_RE.sub("", text[greeted : welcome.start()]).split()
    if chunks and not (_ADDRESSEE_RE.match(chunks[0]) and len(chunks) <= _ADDRESSEE_CHUNKS):
        return None
    return SmallTalk("greeting")


def _entrusting(found: Found, greeted: int) -> Intent | None:
    """A greeting to everyone that entrusts them with a task ("สวัสดีค่ะทุกท่าน เดือนนี้ฝากดู
    กำหนดส่งด้วยนะคะ"): said to the people greeted, not the bot; a question, the bot called,
    or a figure but a day keeps the message's reading."""
    text = found.extraction.text
    if asks(text, found.original) or "บอท" in text:
        return None
    if any(p in found.extraction.masked for p in PLACEHOLDERS - _DAYS):
        return None
    rest = _PARTICLE_HEAD_RE.sub("", text[greeted:]).lstrip()
    return SmallTalk("greeting") if _ADDRESSEE_RE.match(rest) else None


_CHEER_RE = re.compile(
    r"(?:วันนี้|สัปดาห์นี้|อาทิตย์นี้|เดือนนี้|ปีนี้)?\s?(?:สู้\s?ๆ|สู้\s?สู้|สู้\s?ต่อไป)"
    r"(?:\s?(?:กัน|นะ|ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ|เลย))*"
)
_BELONGS_RE = re.compile("อยู่|สังกัด|จาก|ประจำ")
# The people of an office, called by its short form: "สวัสดีค่ะพี่ๆ สนจ.".
_TO_AN_OFFICE_RE = re.compile(
    r"^\s*(?:พี่\s?ๆ|น้อง\s?ๆ|ทีม|ชาว|ทุกท่าน|ทุกคน)\s?(?:[\u0e01-\u0e4e]{1,6}\.)+\s*$"
)
# A wish said late or early: "สวัสดีปีใหม่ย้อนหลังค่ะพี่ๆ สนจ." looks back at nothing.
_BELATED_RE = re.compile(r"^\s?(?:ปีใหม่)?\s?(?:ย้อนหลัง|ล่วงหน้า)")
_PARTICLE_HEAD_RE = re.compile(r"^\s*(?:ครับผม|ครับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ)")
# A newcomer introducing themself after the greeting, naming no unit (which would register
# it): "สวัสดีครับ ผมเพิ่งย้ายมาดูตัวชี้วัดของสำนัก", "สวัสดีค่ะ หนูเพิ่งมารับงานนี้".
_NEWCOMER_RE = re.compile(
    r"^(?:ผม|ดิฉัน|หนู|ฉัน|กระผม|เรา)?\s?(?:เพิ่งย้ายมา|เพิ่งมา|เพิ่งเข้ามา|มาใหม่|เป็นคนใหม่|เพิ่งรับ"
    r"|เป็นน้องใหม่|น้องใหม่|คนใหม่|เด็กใหม่|สมาชิกใหม่"
    # Come to help or to take over someone's work: "ผมมาช่วยงาน PMQA แทนพี่ที่ลาคลอด",
    # "หนูมารับงานต่อจากพี่ต้อย", "มาทำแทนพี่แอน".
    r"|มาช่วยงาน|มารับงาน|มารับช่วง|มาทำแทน|มาแทน|มาทำงานแทน|รับงานต่อ|รับช่วงต่อ)"
)
# Whose work the newcomer takes over, a colleague ("…แทนพี่ที่ลาคลอด", "…ต่อจากพี่ต้อย"): no unit.
_IN_PLACE_OF_RE = re.compile(r"(?:แทน|ต่อจาก)\s?(?:พี่|น้อง|คุณ|เพื่อน|หัวหน้า)\S*")
# The team or the work joined, and whose it is ("…น้องใหม่ทีม PMQA ของ ก.พ.", "…ช่วยงาน PMQA ของ
# สงป."): the office said as the newcomer's, no unit to register (staying in one, "อยู่…", is).
# The indicators looked after are the office's too ("…ย้ายมาดูแล KPI ของ ก.พ."), and the office
# may be called by its kind and short name ("…งาน PMQA ของสำนักงาน ก.พ.").
_JOINED_OF_RE = re.compile(
    r"(?:ทีม|งาน|kpi|ตัวชี้วัด)\s?[^\s]*\s?ของ\s?(?:(?:สำนักงาน|สำนัก|กรม|จังหวัด)\s?)?\S+"
    # The office called by its short name with no "ของ" ("…น้องใหม่ทีม PMQA สนง.ก.พ. ค่ะ").
    r"|(?:ทีม|งาน)\s?pmqa\s?(?:สนง\.|สำนักงาน)\s?(?:[\u0e01-\u0e2e]{1,3}\.)+"
)
# The new year's number after its greeting ("สวัสดีปีใหม่ 2568", "…ปีใหม่ พ.ศ. 2568", "…ปีใหม่ 68").
_NEW_YEARS_NUMBER_RE = re.compile(r"^\s?(?:ปีใหม่)?\s?(?:พ\.ศ\.|ค\.ศ\.|ปี)?\s?(?:25|20)?\d\d(?!\d)")
_YEAR_MASKS_RE = re.compile(rf"{YEAR}|NUM")


def _only_the_year_masked(masked: str) -> bool:
    """Whether a number or year, once at most, is all the extraction took out of the text."""
    named = {p for p in PLACEHOLDERS if p in masked}
    return named <= {YEAR, "NUM"} and len(_YEAR_MASKS_RE.findall(masked)) <= 1


# A newcomer's set phrase ("…เพิ่งย้ายมาอยู่ทีม PMQA ฝากเนื้อฝากตัวด้วยนะคะ"): a greeting, whatever
# team they joined, unless a unit is named (which would register it) or something is asked.
_SELF_COMMENDED = "ฝากเนื้อฝากตัว|ฝากตัวด้วย|ขอฝากตัว|ฝากตัวนะ"


# Words after a greeting that go on greeting: to a team or everyone, a newcomer's
# introduction, a welcome ("สวัสดีค่ะ ทีมตัวชี้วัดปทุมธานี", "สวัสดีครับ ผมเพิ่งย้ายมา…"). Read
# without the greeting (handlers.nlu.courtesy), they would name the team's plan words instead.
_GREETED_RE = re.compile(r"^(?:ทีม|ชาว|คณะทำงาน|เพื่อน|พี่\s?ๆ|น้อง\s?ๆ|ทุกท่าน|ทุกคน)")
_SELF_COMMENDED_RE = re.compile(_SELF_COMMENDED)


# One's leave told ("วันนี้หนูขอลาป่วยนะคะ ฝากงานไว้กับพี่แอนแล้วค่ะ", "พรุ่งนี้ลาพักร้อนนะครับ"):
# a note to colleagues, whatever greeting opens it. Not "ขอลาก่อน" (goodbye).
_ON_LEAVE_RE = re.compile(
    r"ลา\s?(?:ป่วย|กิจ|พักร้อน|พักผ่อน|คลอด|บวช|ครึ่ง\s?(?:วัน|เช้า|บ่าย))|ขอ\s?ลา(?!\s?ก่อน)"
)


def leave_told(said: str) -> bool:
    """Whether ``said``, the words after a greeting, tell the sender's leave: for colleagues."""
    if "ลา" not in said or (leave := _ON_LEAVE_RE.search(said)) is None:
        return False
    # "ผมมาช่วยงานแทนพี่ที่ลาคลอด": the leave of the colleague taken over, not the sender's.
    replaced = _IN_PLACE_OF_RE.search(said)
    return replaced is None or replaced.start() > leave.start()


def greeting_goes_on(said: str) -> bool:
    """Whether ``said``, the words after a greeting, go on greeting (to someone, as a newcomer,
    as a welcome or as one come to report) rather than say something of their own."""
    text = said.strip().lower()
    return bool(
        _GREETED_RE.match(text)
        or _NEWCOMER_RE.match(text)
        or _WELCOME_RE.search(text)
        or _SELF_COMMENDED_RE.search(text)
        or _called_by_name(text)
        or _REPORTING_IN_RE.match(text)
    )


def _newcomer(found: Found) -> Intent | None:
    text = found.extraction.text
    if asks(text, found.original) or found.extraction.numbers:
        return None
    if "ลงทะเบียน" in text or "สังกัด" in text:
        # "ลงทะเบียนกองกลางค่ะ ฝากเนื้อฝากตัวด้วยนะคะ": the unit glued to the registering word.
        text = _REGISTERING_RE.sub(r"\g<0> ", text)
    return None if split_unit(_JOINED_OF_RE.sub(" ", text))[0] else SmallTalk("greeting")


_REGISTERING_RE = re.compile("ลงทะเบียน|สังกัด")


# "55" typed alone is a short laugh (any other bare two digits, "58", "85", is a figure with
# nothing to say what of).
_SHORT_LAUGH_ALONE_RE = re.compile(r"\s*55\+*\s*")


def _laugh(found: Found) -> Intent | None:
    text = found.extraction.text
    if _SHORT_LAUGH_ALONE_RE.fullmatch(text):
        return SmallTalk("laugh")
    laughs = _LAUGH_RE.search(text)
    rest = _LAUGH_RE.sub(" ", text)
    return SmallTalk("laugh") if laughs and not content(rest, FILLER) else None


# A laugh opening a line that goes on about something ("5555 ผอ.เห็นกราฟแล้วยิ้มเลย",
# "ฮ่าๆๆ น่ารักอะ"): read above every rule that would take "5555" for a figure or the rest
# for a question, unless the rest asks, holds a figure or a date of its own, measures the
# "5555" ("5555 คน") or tells of an act ("555 ส่งแผนแล้วนะ").
# The laugh may call the bot, be said twice or start with "ขำ" ("ขำบอท 555 ตอบยาวมาก").
_A_LAUGH = r"(?:5{3,}\+*|(?:ฮ่า|ฮา)+\s*ๆ*|lol|อิอิ+|คิคิ+|[😂🤣😆]+|ขำ(?:\s?ๆ)?)"
_LAUGH_FIRST_RE = re.compile(
    rf"^(?:(?:{phrase_regex(ADDRESS_WORDS)})\s*)?{_A_LAUGH}"
    rf"(?:\s*(?:{phrase_regex(ADDRESS_WORDS)}|{_A_LAUGH}))*"
)
# An act said to have been done over and over ("ขยะแก้สามรอบละวันนี้") is a sigh, no report.
_OVER_AND_OVER_RE = re.compile(
    r"(?:แก้|ส่ง|ทำ|กรอก)\S{0,12}?\s?(?:ไป|ใหม่)?\s?(?:สอง|สาม|สี่|ห้า|หก|หลาย|\d+)\s?(?:รอบ|ครั้ง|ที|หน)"
)
_MEASURES_RE = re.compile(
    phrase_search_regex(
        "คน|ราย|บาท|ล้าน|แห่ง|ครั้ง|กิจกรรม|คะแนน|เปอร์เซ็นต์|%|ชิ้น|เรื่อง|หน่วย|ตัน|กิโล|ไร่|ตำบล|อำเภอ"
        "|หมู่บ้าน|ชุมชน|โครงการ|ลำดับ|ข้อ|ล้านบาท"
    )
)


def measured(words: str) -> bool:
    """Whether ``words``, said after a run of 5s, open with what it counts ("คน ท่องเที่ยว",
    "ตัน"): the run is a figure, not a laugh."""
    return _MEASURES_RE.match(words.strip()) is not None


_ACTS_RE = re.compile(
    phrase_regex(
        "ส่ง|บันทึก|ยืนยัน|ยกเลิก|ลงทะเบียน|เตือน|ช่วย|ถอน|ลบ|แก้|กรอก|เสร็จ|เรียบร้อย|ผ่าน|ได้ผล"
        "|ผลได้|=|:|สรุป|สถานะ|ย้อน|เอาออก"
    )
    + "|ขอ(?!ง)"  # asking, not "ของ" (of)
)


# Talking to a colleague, not the bot: "5555 ได้เลยพี่"; someone outdone ("555 บอทรู้ดีกว่าพี่อีก")
# is no one talked to.
_PERSON_RE = re.compile(r"(?<!กว่า)(?<!กว่า\s)(?:พี่|น้อง)(?!\s?บอท)")
# Agreeing with what someone said ("พี่พูดถูกเลย", "จริงที่สุดค่ะพี่", "เห็นด้วยค่ะ"), laughing.
_AGREEING_RE = re.compile(
    r"(?:พูด|ว่า)\s?(?:ถูก|จริง|ใช่)(?:\s?(?:เลย|ที่สุด|มาก|แล้ว))?"
    r"|(?:จริง|ถูก)\s?(?:ที่สุด|เลย)|เห็นด้วย(?:\s?(?:เลย|มาก|ที่สุด))?|ใช่\s?เลย"
    r"|(?:จริง|ใช่|ถูก)\s?ด้วย"  # "555 จริงด้วยค่ะพี่"
    # Agreed with a particle only, then the person: "5555 จริงค่ะพี่".
    r"|^(?:จริง|ใช่|ถูก)(?=\s?(?:ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ)?\s?(?:พี่|น้อง))"
)
# A colleague's jokes laughed at: "555555 พี่หนึ่งมุกเยอะ", "5555 พี่แกตลกจริงๆ".
_JOKED_RE = re.compile(r"มุก|ตลก|ขำ|แซว|เล่นมุก|ฮา(?!ย)")
# A short laugh, two 5s, before a remark ("55 โดนจับได้"); alone or with a particle it may be
# a figure answered ("55 ค่ะ").
_SHORT_LAUGH_RE = re.compile(r"^55(?=\s)")
# A follow-up ("555 แล้วกองคลังล่ะ"); "ผิดอีกละ" (again) follows nothing up.
_FOLLOW_UP_RE = re.compile(r"(?<!อีก)(?<!รอบ)(?:ล่ะ|ละ)$|แล้ว\S*(?:ล่ะ|ละ)")


def _laugh_first(found: Found) -> Intent | None:
    text = found.extraction.text
    opens = _LAUGH_FIRST_RE.search(text) or _SHORT_LAUGH_RE.search(text)
    if opens is None:
        return None
    rest = text[opens.end() :].strip()
    if not rest or asks(rest, found.original) or _FOLLOW_UP_RE.search(rest):
        return None
    if opens.end() == len("55") and not content(rest, FILLER) and not _JOKED_RE.search(rest):
        return None  # "55 ค่ะ": a figure, maybe
    if _PERSON_RE.search(rest) and _JOKED_RE.search(rest) and not _ACTS_RE.search(rest):
        return SmallTalk("laugh")  # "555555 พี่หนึ่งมุกเยอะ": a colleague's joke laughed at
    if _PERSON_RE.search(rest):
        # "ฮ่าๆ พี่พูดถูกเลยค่ะ 555": agreeing with what they said.
        if _AGREEING_RE.search(rest):
            rest = _PERSON_RE.sub(" ", _LAUGH_RE.sub(" ", _AGREEING_RE.sub(" ", rest)))
            return None if content(rest, FILLER) else SmallTalk("laugh")
        if REPLIED_TO_A_COLLEAGUE_RE.search(rest):
            return None  # "5555 ได้เลยพี่", "55555 พี่เปิดไมค์อยู่": said to the person
        # "5555 พี่ต๋อยตามงานโหดมาก", "555 ใจเย็นๆ น้อง": a remark about them, read on as one.
        rest = _PERSON_RE.sub(" ", rest)
    # "ฮ่าๆ โดนเตือนทุกวันเลย", "555 โดนทวงอีกแล้ว": chased by others, no act of one's own.
    rest = _CHASED_RE.sub(" ", rest)
    rest = _REDONE_RE.sub(" ", rest)  # "55555 กองกลางแก้แผนรอบที่สี่แล้ว": a wry count
    # "ฮ่า ตกใจหมดนึกว่าส่งผิดกลุ่ม": what one thought happened, it did not; "555 บอทเตือนแม่นกว่า
    # หัวหน้าอีก": the bot's own work outdoing someone.
    rest = _MISTAKEN_RE.sub(" ", rest)
    if "บอท" in text:
        rest = _BOT_OUTDOES_RE.sub(" ", rest)
        if not content(rest, FILLER | _BOT_WORK):  # "555 บอทเตือนตรงเวลาเป๊ะ": its work
            return SmallTalk("laugh")
    # "55555 โดนหักเพราะส่งเมลล์": a deduction suffered and why, laughed at; its sending is
    # the reason told, no report.
    rest = _PENALISED_RE.sub(" ", rest)
    # "555 ยังเหลือตั้ง 16 วัน ชิลๆ": the time still left, laughed at, is no figure of a result.
    rest = _TIME_LEFT_RE.sub(" ", rest)
    # "ฮ่าๆๆ ลืมไปเลยว่าวันนี้วันที่ 15 แล้ว": today's date, realised, is no figure; "ฮ่าาาา กองเรา
    # ติดโผค้างส่งอีกแล้ว": on the list of those owing, no sending told.
    rest = _OWING_RE.sub(" ", _TODAY_TOLD_RE.sub(" ", rest))
    acts = _ACTS_RE.search(_OVER_AND_OVER_RE.sub(" ", rest))
    if any(c.isdigit() for c in rest) or _MEASURES_RE.match(rest):
        return None
    if acts and _HABIT_RE.search(rest) and not _DONE_RE.search(rest):
        return SmallTalk("laugh")  # "ฮ่าๆ กองเราค้างส่งเป็นประจำ": a habit laughed at
    return None if acts else SmallTalk("laugh")


# Being chased or reminded by others ("โดนเตือน", "โดนบอททวง", "ถูกตามงาน"): suffered, no act.
_CHASED_RE = re.compile(r"(?:โดน|ถูก)\s?(?:น้อง\s?)?(?:บอท\s?)?(?:เตือน|ทวง|ตาม|จี้|แท็ก|แท็ค|ดุ)")


# Time still left, counted: "ยังเหลือตั้ง 16 วัน", "อีกตั้ง 2 อาทิตย์", "เหลืออีก 3 วัน".
_TIME_LEFT_RE = re.compile(
    r"(?:ยัง\s?)?(?:เหลือ|อีก)\s?(?:อีก\s?|ตั้ง\s?|แค่\s?|เกือบ\s?)*\d{1,3}\s?"
    r"(?:วัน(?:ทำการ)?|อาทิตย์|สัปดาห์|เดือน|ชั่วโมง|ชม\.?)(?!\S*(?:ส่ง|ทำ|รายงาน))"
)
# Today's date told ("วันนี้วันที่ 15 แล้ว") and the list of those owing ("ติดโผค้างส่ง").
_TODAY_TOLD_RE = re.compile(r"วันนี้\s?(?:เป็น\s?|ก็\s?)?วันที่\s?\d{1,2}(?!\d)")
_OWING_RE = re.compile(r"(?:ติดโผ\s?)?ค้าง\s?ส่ง(?!\s?(?:แผน|ผล|รายงาน|รายชื่อ|ฟอร์ม))|ติดโผ")
# A deduction laughed at, with its reason up to a report set against it ("5555 โดนหักเพราะส่งช้า
# แต่ส่งแผนแล้วนะ": the plan sent is news, no part of the reason).
_PENALISED_RE = re.compile(
    r"(?:โดน|ถูก)\s?หัก\S*?\s?(?:คะแนน\s?)?(?:เพราะว่า|เพราะ|เนื่องจาก).*?(?=\s?(?:แต่|ส่วน(?!ตัว))|$)"
)
_MISTAKEN_RE = re.compile(r"(?:นึก|นึกว่า|เข้าใจผิด)\s?ว่า.*$|นึกว่า.*$")
_BOT_OUTDOES_RE = re.compile(r"^(?:(?:น้อง\s?)?บอท)?\s?\S*กว่า\S*(?:\s?อีก)?$")


# Work redone counted in rounds ("แก้แผนรอบที่สี่", "แก้ไปสามรอบ"): a complaint, no report.
_REDONE_RE = re.compile(r"แก้\S{0,10}?\s?รอบ(?:ที่)?\s?(?:สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)")


# Understood at last, and what it turned out to be ("อ๋ออ เข้าใจแล้วครับ ที่แท้ขั้น 3 ใช้ฟอร์ม
# 1-3", "อ้อ ที่แท้แผนต้องส่งทางไดรฟ์นี่เอง"): a rule restated, no report of anything done.
_REALISED_RE = re.compile(r"^(?:อ๋อ|อ้อ|โอ้|อ๋|เข้าใจแล้ว|เข้าใจละ)\S*(?:\s?(?:ครับ|ค่ะ|คะ|จ้า))?.*?ที่แท้")
_DONE_RE = re.compile(r"แล้ว|เรียบร้อย|เสร็จ|ครบ")


def _realised(found: Found) -> Intent | None:
    text = found.extraction.text
    opens = _REALISED_RE.match(text)
    if opens is None or asks(text, found.original) or _DONE_RE.search(text, opens.end()):
        return None
    return SmallTalk("ack")


# A sticker described by what it shows ("[สติกเกอร์ หมีโค้งขอบคุณ]", "(สติกเกอร์ แมวหัวเราะกลิ้ง)"):
# read as the small talk it shows, a thumb or a nod as an ack; one that shows nothing is left
# to the ack of the sticker word itself.
_STICKER_RE = re.compile(r"^[\[(]\s?(?:สติกเกอร์|สติ๊กเกอร์|sticker)\s?(?P<shows>[^\])]+)[\])]$")
_STICKER_SHOWS = (
    ("thanks", re.compile("ขอบคุณ|ไหว้|โค้ง|thank")),
    ("laugh", re.compile("หัวเราะ|ขำ|ฮา|ฮ่า|555|laugh|lol")),
    ("greeting", re.compile("สวัสดี|หวัดดี|โบกมือ|hello|hi")),
    ("praise", re.compile("ปรบมือ|เก่ง|สุดยอด|หัวใจ|เลิฟ|love|ชื่นชม|ว้าว")),
)


def _sticker(found: Found) -> Intent | None:
    shown = _STICKER_RE.match(found.extraction.text.strip())
    if shown is None:
        return None
    kind = next((k for k, shows in _STICKER_SHOWS if shows.search(shown["shows"])), "ack")
    return SmallTalk(kind)


# Thanks to people by name ("ขอบคุณพี่ต๋อยกับน้องบอทค่า", "ขอบคุณพี่ต๋อยมากค่ะ เข้าใจแล้ว"): the
# word after a title is a nickname; nothing else but small talk may be said.
_TITLES = frozenset(words("พี่|น้อง|คุณ|ป้า|ลุง|น้า|อา|ท่าน"))
_JOINERS = frozenset(words("กับ|และ|,"))


# What they are thanked for, an answer or an explanation given ("…ขอบคุณพี่ๆ ที่อธิบายให้น้องใหม่
# นะคะ", "…ที่ช่วยตอบให้ค่ะ"): said to them, it tells nothing.
_EXPLAINED_FOR_RE = re.compile(
    r"(?:ที่|สำหรับ)\s?(?:ช่วย\s?)?(?:อธิบาย|แนะนำ|ตอบ|ชี้แจง|สอน)"
    r"(?:\s?(?:ให้)?\s?(?:น้อง\s?ใหม่|น้อง\s?ๆ|น้อง|หนู|ผม|ฟัง|เข้าใจ|นะ|ละเอียด|อย่าง\s?ละเอียด|มา))*"
)


def _thanks_to_people(found: Found) -> Intent | None:
    text = found.extraction.text
    if asks(text, found.original) or found.extraction.masked != text:
        return None
    said, named = [], False
    for word in tokens(_EXPLAINED_FOR_RE.sub(" ", found.remainder)):
        if said and said[-1] in _TITLES and not named and not names_the_plan(word):
            named = True  # the nickname after the title
            continue
        named = False
        said.append(word)
    left = [w for w in said if w not in _JOINERS]
    return None if content(" ".join(left), FILLER) else SmallTalk("thanks")


# Thanks relayed from someone ("ท่านผอ.สำนักฝากขอบคุณทีมที่ช่วยรวบรวมผลค่ะ", "หัวหน้าฝากขอบคุณ
# น้องๆ ที่ช่วยทำแผนนะ"): what they are thanked for is done; news of an act or a figure beside
# it ("…ส่งแผนแล้วนะ", "…ผลขยะ 80") is read by its own rule.
_RELAYED = "ฝากขอบคุณ|ฝากคำขอบคุณ|ฝากความขอบคุณ|ฝากขอบใจ"
_RELAYED_RE = re.compile(phrase_search_regex(_RELAYED))
_THANKED_FOR_RE = re.compile(r"(?:ที่|สำหรับ)\s?(?:ช่วย|ร่วม|ตั้งใจ|เหนื่อย|ทุ่มเท|ประสาน|รวบรวม|ดูแล)\S*")


def _relayed_thanks(found: Found) -> Intent | None:
    text = found.extraction.text
    if asks(text, found.original) or any(p in found.extraction.masked for p in PLACEHOLDERS):
        return None
    cue = _RELAYED_RE.search(text)
    rest = _THANKED_FOR_RE.sub(" ", text[cue.end() :]) if cue else text
    return None if _ACTS_RE.search(rest) else SmallTalk("thanks")


# What the sender or the bot now knows, said after "ว่า" ("ขอบคุณค่ะ เห็นแล้วว่าค้างตัวไหน",
# "บอทเก่งจริง จำได้หมดว่ากองไหนยังไม่ส่ง"): the clause is known, asked of no one. Knowing is
# done ("แล้ว", "หมด", "ครบ"): "อยากรู้ว่าใครยังไม่ส่ง", "รู้ไหมว่า…" still ask.
_KNOWN_RE = Guarded(
    re.compile(
        r"(?:^|\s|(?<=[\u0e01-\u0e4e]))(?:จำ|รู้|เห็น|ทราบ|เข้าใจ)\s?(?:ได้)?\s?"
        r"(?:แล้ว|ละ|หมด|ครบ|ชัด|ทุกอย่าง)\s?(?:เลย|แล้ว|ละ)?\s?ว่า\s?\S.*$"
    )
)


def _known(kind: str) -> Callable[[Found], Intent | None]:
    """Thanks or praise of the bot (``kind``), then what is known now (see ``_KNOWN_RE``):
    nothing but small talk before the clause, nothing asked there, no figure or link."""

    def read(found: Found) -> Intent | None:
        text = found.extraction.text
        known = _KNOWN_RE.search(text)
        if known is None or found.extraction.masked != text:
            return None
        head, typed = text[: known.start()], found.original
        if not head.strip() or asks(head, head) or _FOLLOW_UP_RE.search(text.strip()):
            return None
        if "?" in typed or "หน่อย" in typed or _ASKS_OF_SOMEONE_RE.search(known.group()):
            return None  # "…ว่ากองไหนยังไม่ส่ง ช่วยเตือนด้วย": a favour after it
        if kind == "praise":
            if "บอท" not in found.original or _THANKS_RE.search(head):
                return None
            return None if content(head, FILLER | _BOT_WORK) else SmallTalk(kind)
        opens = _OPENS[kind].search(head)
        return None if opens is None or content(head, FILLER) else SmallTalk(kind)

    return read


# Chatter after courtesy (``data/nlu/chatter_words.txt``): an acknowledgement, thanks or praise
# first, then a remark that asks nothing and tells nothing done.
_CHATTER = sections("nlu", "chatter_words.txt")
# "โอเคครับ รับทราบ deadline แล้ว": an okay may come first.
_ACKNOWLEDGED_RE = re.compile(
    r"^(?:(?:โอเค|ok|okay|ได้เลย|ครับผม)(?:ครับ|ค่ะ|คะ|คับ|จ้า)?\s?)?"
    rf"(?:{phrase_regex('|'.join(_CHATTER['acknowledged']))})"
)
# What was told acknowledged as now known ("รับทราบ deadline แล้ว", "รับทราบกำหนดส่งแผนแล้วค่ะ"):
# its "แล้ว" is the acknowledgement's, nothing told done.
_KNOWN_NOW_RE = re.compile(
    r"^\s?(?:เรื่อง\s?)?(?:deadline|due date|กำหนดส่ง\S*|กำหนดการ\S*|วันส่ง\S*|วันกำหนดส่ง\S*"
    r"|เกณฑ์\S*|ตารางเวลา\S*|ข้อมูล|ประกาศ|แจ้งเตือน|ช่วงเวลา\S*|ช่วงส่ง\S*|ช่วงรับ\S*"
    r"|วันเปิด\S*|วันปิด\S*|วันสุดท้าย\S*)(?:\s?\S+)?\s?แล้ว"
    rf"(?=(?:\s?(?:นะ|ครับ|ค่ะ|คะ|คับ|จ้า|ครับผม))*(?:\s(?:{THANKS})\S*)?\s*$)"
)
# Told, or come to know, before what was told ("ทราบช่วงเวลาส่งแผนแล้วค่ะ", "ได้รับแจ้งกำหนด
# ส่งแล้วค่ะ ขอบคุณค่ะ"): an acknowledgement only when what follows is a time or a rule told
# (``_KNOWN_NOW_RE``); "ได้รับแจ้งว่ากองคลังส่งแผนแล้ว" relays a report.
_KNOWN_OPENING_RE = re.compile(r"^(?:ทราบ|ได้\s?รับ\s?แจ้ง|ได้\s?รับ\s?ทราบ)(?!ว่า)")
_REMARK_RE = re.compile(phrase_search_regex("|".join(_CHATTER["remarks"])))
_HABIT_RE = re.compile(phrase_search_regex("|".join(_CHATTER["habits"])))
_ENTRUSTED_RE = Guarded(re.compile(phrase_search_regex("|".join(_CHATTER["entrusted"]))))
# A favour asked of the bot ("ขอบคุณค่ะ ขอดูกำหนดส่งแผนหน่อย", "…สรุปสถานะด้วย"); not "ขอบคุณ",
# "ขอโทษ", "ของ", nor the help praised ("ช่วยได้เยอะ", "ช่วยชีวิต").
_FAVOUR_ASKED_RE = re.compile(
    r"หน่อย|รบกวน|ขอ(?!บ|ง|โทษ)|ฝาก|please|pls|ให้\s?ที(?![่้])|ช่วย(?!\s?(?:ได้|ชีวิต|งาน))"
    r"|ด้วย\s*(?:นะ|ค่ะ|คะ|ครับ|จ้า|จ้ะ)*[\s!.~]*$"
)
# Something told done ("รับทราบค่ะ ส่งแผนแล้วนะคะ" reports the plan), or a command of the bot's.
_TOLD_OR_COMMANDED_RE = re.compile("แล้ว|เรียบร้อย|เสร็จ|ยืนยัน|ยกเลิก|ลงทะเบียน|บันทึก|ลบ|แก้|ปิด|เปิด|ผูก|เพิ่ม")
# The bot's recording praised for how it was done ("บันทึกไวมาก", "แก้ได้เร็วดี"): said of the
# bot's work, never a command to record.
_RECORDED_WELL_RE = re.compile(
    r"(?:บันทึก|แก้|เพิ่ม|ลบ)\s?(?:ได้\s?)?(?=ไว|เร็ว|ถูกต้อง|แม่น|เป๊ะ|ครบ(?!\s?แล้ว))"
)
# What the answer made clear, understood now ("เข้าใจแล้ว", "เข้าใจเรื่องหักคะแนนแล้ว"): its
# "แล้ว" tells nothing done.
_UNDERSTOOD_RE = re.compile(r"(เข้าใจ\s?(?:เรื่อง\s?\S{1,24}?\s?)?)(?:แล้ว|ละ)")
# The figures a remark may hold: a day or a month ("รับทราบกำหนดส่งแผน 31 ม.ค. ค่ะ").
_DAYS = frozenset({DATE, MONTH})


_OKAY_FIRST_RE = re.compile(r"(?:โอเค|ok|okay|ได้เลย|ครับผม)(?:ครับ|ค่ะ|คะ|คับ|จ้า)?\s?(?=\S)")


def _courtesy_then_remark(found: Found) -> Intent | None:
    """An acknowledgement of what was told ("รับทราบกำหนดส่งแผน 31 ม.ค. ค่ะ"), or thanks or
    praise of the bot with a remark on how the answer reads ("ขอบคุณค่ะ เห็นภาพรวมชัดเลย",
    "สุดยอดเลยบอท บอกกำหนดส่งครบทุกอัน"): small talk, whatever plan words follow, when nothing
    is asked (a question word anywhere, a follow-up, a favour), told done or commanded, and no
    figure but a day is given."""
    text, typed = found.extraction.text, found.original
    opens = _ACKNOWLEDGED_RE.search(text)
    kind, said = "ack", text
    if opens is None and (known := _KNOWN_OPENING_RE.match(text)) is not None:
        if not _KNOWN_NOW_RE.match(text[known.end() :]):
            return None
        opens = known
    if opens is None:
        # "ok ขอบคุณครับน้องบอท เตือนตรงเวลาดีมาก": an okay may come before the thanks.
        okay = _OKAY_FIRST_RE.match(text)
        said = text[okay.end() :] if okay else text
        for kind in ("thanks", "praise"):
            opens = _OPENS[kind].search(said)
            if opens is not None:
                break
        else:
            return None
    rest = said[opens.end() :]
    if kind != "ack" and not _REMARK_RE.search(rest):
        return None  # "ขอบคุณครับ กำหนดส่งแผน": a bare topic still asks
    if kind == "ack" and (known := _KNOWN_NOW_RE.match(rest)) is not None:
        rest = rest[: known.end() - len("แล้ว")] + rest[known.end() :]
    if kind != "ack":  # "ขอบคุณค่ะน้องบอท บันทึกไวมาก": the bot's recording praised, no command
        rest = _RECORDED_WELL_RE.sub(" ", rest)
    if "เข้าใจ" in rest:  # "ขอบคุณมากค่ะ เข้าใจเรื่องหักคะแนนแล้ว": understood, nothing done
        rest = _UNDERSTOOD_RE.sub(r"\1 ", rest)
    if _FAVOUR_ASKED_RE.search(rest) or _TOLD_OR_COMMANDED_RE.search(rest):
        return None
    if any(p in found.extraction.masked for p in PLACEHOLDERS - _DAYS):
        return None
    if asks(text, typed) or _FOLLOW_UP_RE.search(text.strip()):
        return None
    if not content(rest, FILLER):
        return None  # small talk only ("รับทราบครับ ขอบคุณครับ"): its own rules tell the kind
    if kind == "praise" and "บอท" not in text and (split_unit(rest)[0] or others_praised(said)):
        return None  # "เยี่ยมเลย กองคลัง…", "ขอชื่นชมทุกกองที่…": praise of colleagues, theirs
    return SmallTalk(kind)


# An apology, an acknowledgement or thanks, wherever it stands in the message: the courtesy a
# promise is said with ("ขอโทษค่ะ รับทราบค่ะ จะรีบส่งภายในวันศุกร์นะคะ", "…ส่งรายงานให้ครับ
# ขออภัยที่ล่าช้า"). An apology runs on with what it is for ("ขอโทษที่ตอบช้านะคะ").
_APOLOGIES = "|".join(_CHATTER["apologies"])
_ACKNOWLEDGING = "รับทราบ|ทราบแล้ว|noted|ได้เลย|ได้ครับ|ได้ค่ะ|ได้จ้า|โอเค|ok|okay|ตกลง"
_COURTESY_RE = re.compile(
    rf"(?P<apology>(?:{phrase_regex(_APOLOGIES)})\S*"
    r"(?:\s?(?:ด้วย|นะ|ค่ะ|คะ|ครับ|ทุกท่าน|มา ณ ที่นี้))*)"
    rf"|(?P<ack>(?:{phrase_regex(_ACKNOWLEDGING)})\S*)"
    rf"|(?P<thanks>(?:{phrase_regex(THANKS)})\S*)"
)
_SET_ASIDE = "\x1f"  # where courtesy stood: a promise's clause starts after it
# A promise: what will be done ("จะ…", "เดี๋ยว…", not "จะได้…", "เดี๋ยวนี้"), naming the work.
_PROMISE_RE = Guarded(
    re.compile(
        r"(?:เดี๋ยว(?!\s?นี้)|เด๋ว|(?<!ถ้า)(?<!ที่)(?<!ถึง)จะ(?!\s?ได้)).{0,30}?"
        rf"(?:{phrase_regex('|'.join(_CHATTER['promised']))})"
    )
)
# Done or commanded in the promise's clause: a report or the bot's command, not a promise.
_NOT_PROMISED_RE = re.compile("แล้ว|เรียบร้อย|เสร็จ|ยืนยัน|ยกเลิก|ลงทะเบียน|บันทึก|ลบ|แก้|ปิด|เปิด|ผูก|เพิ่ม")
# The figures a promise may not name: any but a day, a month, the indicator or step to send,
# its dimensions or year.
_NOT_PROMISE_FIGURES = PLACEHOLDERS - _DAYS - {KPI, STEP, DIM, YEAR}


# A day of the month said by its number alone, after the word for by when ("จะรีบส่งก่อน 31
# นะคะ", "ภายในวันที่ 15"): the day the promise is kept by, no figure of a result.
_DAY_OF_MONTH_RE = re.compile(
    r"(?:(?<=ก่อน)|(?<=ภายใน)|(?<=วันที่))\s?(?:วัน\s?(?:ที่\s?)?)?NUM(?!\s?[%.\d])"
)


def _days_of_the_month(found: Found) -> bool:
    """Whether every bare number of ``found`` is a day of the month (1 to 31) said after the
    word for by when (see ``_DAY_OF_MONTH_RE``)."""
    masked = found.extraction.masked
    numbers = found.extraction.numbers
    said = len(_DAY_OF_MONTH_RE.findall(masked))
    return 0 < said == masked.count("NUM") == len(numbers) and all(
        not n.percent and n.value == int(n.value) and 1 <= n.value <= 31 for n in numbers
    )


def _courtesy_with_promise(found: Found) -> Intent | None:
    """An apology, an acknowledgement or thanks, before or after a promise to send later
    ("รับทราบครับ จะส่งผลตัวชี้วัดที่ 5 ภายในสิ้นเดือนนี้", "ขอบคุณครับ สรุปนี้จะนำเรียนท่าน
    เลขาฯ ต่อ", "เดี๋ยวพรุ่งนี้กองนิติการจะรีบส่งรายงานให้ครับ ขออภัยที่ล่าช้า"): an
    acknowledgement (thanks when thanks come first), when nothing is asked, told done or
    commanded, no figure but a day, a month or what is to be sent is given, and an excuse
    before it tells of no act ("ขอโทษที่ตอบช้านะคะ ติดประชุมทั้งเช้า รับทราบค่ะ เดี๋ยว…").
    An apology alone to a colleague ("ขอโทษที่ตอบช้านะคะพี่ เดี๋ยว…") is their chat."""
    text, masked = found.extraction.text, found.extraction.masked
    said = list(_COURTESY_RE.finditer(text))
    if not said or asks(text, found.original):
        return None
    figures = _DAY_OF_MONTH_RE.sub(DATE, masked) if _days_of_the_month(found) else masked
    if any(p in figures for p in _NOT_PROMISE_FIGURES):
        return None
    rest = _COURTESY_RE.sub(f" {_SET_ASIDE} ", text)
    promise = _PROMISE_RE.search(rest)
    if promise is None:
        return None
    clause = rest.rfind(_SET_ASIDE, 0, promise.start()) + 1
    # Before the promise's clause, and in it before its subject: an excuse.
    excuse = f"{rest[:clause]} {' '.join(rest[clause : promise.start()].split()[:-1])}"
    if _NOT_PROMISED_RE.search(rest, clause) or _FAVOUR_ASKED_RE.search(rest):
        return None
    if _ACTS_RE.search(excuse) or _FOLLOW_UP_RE.search(text.strip()):
        return None
    if all(m.lastgroup == "apology" for m in said) and _PERSON_RE.search(text):
        return None  # "ขอโทษที่ตอบช้านะคะพี่ เดี๋ยว…": said to a colleague
    return SmallTalk("thanks" if said[0].lastgroup == "thanks" else "ack")


# An apology and thanks, each with what it is for, and nothing else ("ขอโทษที่ส่งช้านะคะ
# ขอบคุณที่รอค่ะ", "ขออภัยที่ตอบช้าครับ ขอบคุณมากครับ"): thanks, when nothing is asked, no
# figure is given and neither names the plan or a unit ("ขอโทษที่ส่งแผนช้า…" tells of a plan).


def _apology_and_thanks(found: Found) -> Intent | None:
    text = found.extraction.text
    if found.extraction.masked != text or asks(text, found.original):
        return None
    said = {m.lastgroup for m in _COURTESY_RE.finditer(text)}
    if not {"apology", "thanks"} <= said or content(_COURTESY_RE.sub(" ", text), FILLER):
        return None
    reasons = _REASONS_RE.sub(" ", _SAID_RE.sub(" ", text))
    if names_the_plan(text) or split_unit(text)[0] or _ACTS_RE.search(reasons):
        return None
    return SmallTalk("thanks")


# What an apology or thanks is for, as long as it names no act but sending or answering late
# ("ที่ส่งช้า", "ที่ตอบช้า", "ที่รอ", "ที่ถามเยอะ").
_REASONS_RE = re.compile(r"ที่\s?(?:ส่ง|ตอบ|แจ้ง)\s?(?:ช้า|ล่าช้า)|ล่าช้า|ที่\s?รอ")
_SAID_RE = re.compile(f"{_APOLOGIES}|{THANKS}")


# What was received, said before the thanks or the acknowledgement closing the message
# ("ได้รับสรุปรายชื่อกองที่ค้างส่งแล้วครับ ขอบคุณครับ"): the answer got, not news received of
# someone's work ("ได้รับแจ้งว่า…", "ได้รับแผนจากกองคลังแล้ว"), an order or an approval.
_RECEIVED_RE = re.compile(
    r"^\s*ได้\s?รับ(?!\s?(?:แจ้ง|มอบ|คำสั่ง|การ|รอง|อนุมัติ|เรื่อง|ทราบ|ผล))(?:(?!จาก).)*?(?:แล้ว|ครบ)"
)
_CLOSING_COURTESY_RE = re.compile(rf"\s(?:{phrase_regex(THANKS)}|รับทราบ|ทราบแล้ว|noted)\S*")


def told_before_courtesy(said: str) -> bool:
    """Whether ``said``, the words before thanks closing a message, only tell what was received
    (``_RECEIVED_RE``) or the answer got for a use (``answer_used``): no question, no figure."""
    text = said.strip().lower()
    if _RECEIVED_RE.match(text) is None and not answer_used(text):
        return False
    return not asks(text, said) and not any(c.isdigit() for c in text)


def _received_then_courtesy(found: Found) -> Intent | None:
    """What was received, then thanks or an acknowledgement last (see ``_RECEIVED_RE``)."""
    text = found.extraction.text
    closing = None
    for closing in _CLOSING_COURTESY_RE.finditer(text):  # noqa: B007 (the last one)
        pass
    if closing is None or content(text[closing.end() :], FILLER) or _FOLLOW_UP_RE.search(text):
        return None
    if found.extraction.masked != text or not told_before_courtesy(text[: closing.start()]):
        return None
    return SmallTalk("thanks" if _THANKS_RE.search(closing.group()) else "ack")


# A record kept well, after thanks ("ขอบคุณครับ บันทึกเรียบร้อยดี"): the bot's work and how well.
_KEPT_WELL_RE = re.compile(phrase_search_regex("|".join(_CHATTER["kept well"])))

# The record the bot has kept, echoed alone after thanks ("ขอบคุณค่ะ บันทึกเรียบร้อยแล้ว"): nothing
# named, so no report of the sender's own (that names what was recorded).
_RECORDED_RE = re.compile(r"(?<!\S)บันทึก\s?(?:ไว้\s?)?(?:เรียบร้อย|สำเร็จ)\s?(?:แล้ว|ละ)?")


def _thanks_for_a_record_kept_well(found: Found) -> Intent | None:
    text = found.extraction.text
    opens = _OPENS["thanks"].search(text)
    if opens is None or found.extraction.masked != text or asks(text, found.original):
        return None
    rest = text[opens.end() :]
    recorded = _RECORDED_RE.sub(" ", rest)
    if recorded != rest and not content(recorded, FILLER | _BOT_WORK):
        return SmallTalk("thanks")  # "ขอบคุณค่ะ บันทึกเรียบร้อยแล้ว 🙏": the bot's record, thanked
    if "แล้ว" in rest or _KEPT_WELL_RE.search(rest) is None:
        return None
    kept = _KEPT_WELL_RE.sub(" ", rest)
    return None if content(kept, FILLER | _BOT_WORK) else SmallTalk("thanks")


# Thanks with what the bot's answer was got for ("ขอบคุณค่ะน้องบอท ได้ตัวเลขไปทำรายงานแล้ว",
# "ได้ข้อมูลไปรายงานท่านแล้ว ขอบคุณครับ"): the answer got, then the use it is put to, which
# reports no step of the plan ("ทำรายงาน" there is the sender's own report); the use may be
# said by "สำหรับ" or "เพื่อ" ("ได้ข้อมูลครบสำหรับทำ summary แล้ว").
# The use to come, by who will put it to use ("ได้ข้อมูลครบแล้ว เดี๋ยวหนูไปทำสไลด์ต่อ").
_GOING_TO = r"(?:เดี๋ยว|เด๋ว|จะ)\s?(?:(?:หนู|ผม|เรา|ดิฉัน|พี่|น้อง)\s?)?(?:จะ\s?)?"
_ANSWER_GOT = "ได้ข้อมูล|ได้ตัวเลข|ได้คำตอบ|ได้สรุป|ได้ภาพรวม|ได้รายชื่อ"
_ANSWER_NAMED = rf"(?:{phrase_regex(INDICATOR_WORDS)})"
_GOT_FOR_A_USE_RE = re.compile(
    # "ได้ตัวเลขขยะไปทำสไลด์แล้ว": the answer named by its indicator's word.
    rf"(?:{phrase_regex(_ANSWER_GOT)})(?:\s?{_ANSWER_NAMED})?(?:\s?(?:ครบ|ครบถ้วน|หมด))?"
    rf"(?:\s?(?:แล้ว|ละ))?\s?(?:{_GOING_TO})?(?:(?:เอา\s?)?ไป|สำหรับ|เพื่อ)"
    # The answer got, and nothing more: "ขอบคุณครับ ได้ภาพรวมแล้ว".
    rf"|(?:{phrase_regex(_ANSWER_GOT)})(?:\s?(?:ครบ|ครบถ้วน|หมด))?\s?(?:แล้ว|ละ)"
    r"(?=\s?(?:ครับ|ค่ะ|คะ|ค่า|จ้า|นะคะ|นะครับ)?[\s!.~]*$)"
)
# A sentence of its own after the use that tells an act or gives a command ("…ไปแล้ว ส่งแผน
# แล้วนะคะ"): a report beside the thanks.
_ACT_SAID_RE = re.compile(r"(?:^|\s)(?:ส่ง|บันทึก|ยืนยัน|ยกเลิก|ลงทะเบียน|ลบ|แก้|อัป|อัพ|แนบ|กรอก)")


def _thanks_for_the_answer_used(found: Found) -> Intent | None:
    """Thanks first or last, and the answer got for a use (see ``answer_used``): nothing but
    courtesy besides, nothing asked, no figure."""
    text, masked = found.extraction.text, found.extraction.masked
    if asks(text, found.original) or any(p in masked for p in PLACEHOLDERS - _DAYS):
        return None
    opens = _OPENS["thanks"].search(text)
    if opens is not None:
        return SmallTalk("thanks") if answer_used(text[opens.end() :]) else None
    closing = None
    for closing in _CLOSING_COURTESY_RE.finditer(text):  # noqa: B007 (the last one)
        pass
    if closing is None or not _THANKS_RE.search(closing.group()):
        return None
    if content(text[closing.end() :], FILLER) or not answer_used(text[: closing.start()]):
        return None
    return SmallTalk("thanks")


def answer_used(said: str) -> bool:
    """Whether ``said``, the words beside thanks, only tell the answer got and the use it is
    put to (``_GOT_FOR_A_USE_RE``, after words of courtesy only): no favour or question, no
    unit named, no act told in a sentence of its own after it."""
    got = _GOT_FOR_A_USE_RE.search(said)
    if got is None or content(said[: got.start()], FILLER):
        return False
    use, _, after = said[got.end() :].partition("แล้ว")
    if content(after, FILLER) or _FAVOUR_ASKED_RE.search(use) or _FOLLOW_UP_RE.search(said):
        return False
    return not (_ACT_SAID_RE.search(use.strip(), 1) or split_unit(use)[0])


# A team called by its name, the word for the team last ("OCSC PMQA team", "PMQA ทีม"): a few
# words of the name, no act told.
_TEAM_LAST_RE = re.compile(r"^(?:\S+\s){0,3}(?:team|ทีม|ทีมงาน|คณะทำงาน|ทุกท่าน|ทุกคน|everyone)$")

# The particles closing the name ("hello PMQA team ครับ").
_PARTICLE_TAIL_RE = re.compile(r"\s*(?:ครับผม|ครับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะคะ|นะครับ)*[\s!.~]*$")


def _called_by_name(said: str) -> bool:
    """Whether ``said``, the words after a greeting, call a team by its name."""
    text = _PARTICLE_HEAD_RE.sub("", said.strip().lower()).strip()
    text = _PARTICLE_TAIL_RE.sub("", text)
    return _TEAM_LAST_RE.match(text) is not None and not _ACTS_RE.search(text)


def _greeting_to_a_team(found: Found) -> Intent | None:
    """A greeting to a team by its name ("สวัสดีค่ะ OCSC PMQA team", "hello PMQA team ครับ"):
    the name may hold plan words; nothing asked, no figure, no act told."""
    text = found.extraction.text
    opens = _OPENS["greeting"].search(text)
    if opens is None or found.extraction.masked != text or asks(text, found.original):
        return None
    return SmallTalk("greeting") if _called_by_name(text[opens.end() :]) else None


# Parting for the weekend, a trip or the year, and glad to work together: "ขอให้ทุกคนเที่ยว
# ให้สนุกนะคะ เจอกันวันจันทร์", "ยินดีที่ได้ร่วมงานในทีม PMQA ปีนี้นะคะ".
# (Few phrases: each one files the rule under more lines in the rule index.)
_PARTING = "เจอกันวัน|เจอกันปีหน้า|เจอกันสัปดาห์หน้า|ยินดีที่ได้ร่วมงาน"
# A parting that sets work for the day ("เจอกันวันจันทร์ อย่าลืมส่งแผนนะคะ"), or asks when.
_PARTING_WITH_WORK_RE = re.compile(
    r"ส่ง|บันทึก|กรอก|แผน|ผล(?!ัด)|กำหนด|ประชุม|ยืนยัน|ยกเลิก|เตือน|ลงทะเบียน|อย่าลืม|NUM|ไหน|อะไร"
)
_PARTING_FILLER = FILLER | frozenset(
    words(
        "เจอกัน|ยินดี|ที่ได้|ร่วมงาน|ทำงาน|รู้จัก|ใน|กับ|ทีม|ทีมงาน|pmqa|ปีนี้|ปีหน้า|ขอให้|เที่ยว"
        "|ให้|สนุก|เดินทาง|ปลอดภัย|กลับบ้าน|หยุดยาว|พักผ่อน|เยอะๆ|วันหยุด|สุดสัปดาห์|ด้วย|ปี|นี้"
        "|จันทร์|อังคาร|พุธ|พฤหัส|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์"
    )
)


def _parting(found: Found) -> Intent | None:
    text = found.extraction.text
    if asks(text, found.original) or _PARTING_WITH_WORK_RE.search(found.extraction.masked):
        return None
    return None if content(found.remainder, _PARTING_FILLER) else SmallTalk("greeting")


# fmt: off
SPECS = (
    IntentSpec(SmallTalk, handle_small_talk, (
        # Above every question a topic named in the remark would read.
        Rule((f"{THANKS}|{PRAISE}|{'|'.join(_CHATTER['acknowledged'])}|ทราบ|ได้รับแจ้ง",), 7761,
             _courtesy_then_remark),
        # Above every question or report the promise's words would read.
        Rule((f"{THANKS}|{_APOLOGIES}|{_ACKNOWLEDGING}",), 7762, _courtesy_with_promise),
        Rule((_APOLOGIES, THANKS), 1018, _apology_and_thanks),
        Rule((f"{THANKS}|รับทราบ|ทราบแล้ว|noted", "ได้รับ|ได้ รับ"), 7763, _received_then_courtesy),
        Rule(
            (THANKS, "|".join((*_CHATTER["kept well"], "บันทึกเรียบร้อย", "บันทึกสำเร็จ"))),
            7764,
            _thanks_for_a_record_kept_well,
        ),
        Rule((_THANKS_FOR,), 1006, _thanks_for),
        # Above a registration, a step or a figure the favour names.
        Rule((THANKS, "ที่|สำหรับ"), 7771, _favour_thanked),
        # Above a step reported by the use's words ("ทำรายงาน").
        Rule((THANKS, _ANSWER_GOT), 1027, _thanks_for_the_answer_used),
        Rule((THANKS,), 1006, _then_next("thanks")),
        Rule((THANKS,), 1006, _known("thanks")),
        Rule((PRAISE,), 1004, _known("praise")),
        # Below a halt said with it ("โอเค เดี๋ยวก่อน"), above a plain no (confirmations).
        Rule(("รับทราบ|ทราบแล้ว|โอเค|ok|okay|ได้เลย|ได้ครับ|ได้ค่ะ|ได้จ้า|ตกลง|ครับผม",), 1000,
             _then_next("ack")),
        # "โอเคครับ เข้าใจเกณฑ์แล้ว": above the criteria or the formula its words would ask.
        Rule(("เข้าใจ", "แล้ว"), 1025, _understood_now, unless="ไม่เข้าใจ|ยังไม่|งง|แต่"),
        Rule((PRAISE,), 1004, _bot_praised),
        Rule((PRAISE,), 1002, _bot_praised_with_story),
        Rule((GREETINGS,), 1004, _greeting_to_someone),
        # (The greeting is found by the reader: as a cue group it would weigh every greeting's
        # letter pairs twice in the rule index and file other rules under commoner ones.)
        Rule(("เลิกงาน|กินข้าว|ทานข้าว|ถึงบ้าน|กลับบ้าน|ตื่น|สบายดี|เหนื่อย",), 1028,
             _greeting_with_a_friendly_question),
        # "…ใครยังอยู่บ้าง" whole: "อยู่บ้าง" alone would be a cue word the typo corrector mends
        # "อยู่ข้าง" into ("ผมอยู่ข้างศทส." then read as a registration).
        Rule(
            (GREETINGS, "อยู่ไหม|อยู่มั้ย|อยู่มั๊ย|ใครยังอยู่บ้าง|ใครอยู่บ้าง"),
            1048,
            _greeting_with_a_friendly_question,
        ),
        # The bot called (its call is cut off) and asked whether it is there: "บอทจ๋า อยู่ไหม".
        Rule(("อยู่ไหม|อยู่มั้ย|อยู่มั๊ย|ยังอยู่ไหม|ยังอยู่มั้ย|อยู่รึเปล่า|อยู่หรือเปล่า|อยู่ป่าว",), 1058,
             lambda _: SmallTalk("greeting"), whole=True),
        Rule(("ยินดีต้อนรับ|welcome",), 1038, _welcomed),
        Rule((GREETINGS, "team|ทีม|ทีมงาน|คณะทำงาน|ทุกท่าน|ทุกคน|everyone"), 7765, _greeting_to_a_team),
        Rule(("ปีใหม่|สุขสันต์|happy new year|สงกรานต์|merry christmas", "ขอให้|ขอ ให้|อวยพร"), 1016,
             _season_wish),
        Rule((_SELF_COMMENDED,), 1004, _newcomer),
        Rule((LAUGHS,), 1005, _laugh_first),
        # Above the team's words and "PMQA" read as a question.
        Rule((_PARTING,), 7783, _parting),
        Rule(("สติกเกอร์|สติ๊กเกอร์|sticker",), 1006, _sticker),
        Rule(("ที่แท้",), 1005, _realised),
        Rule((_RELAYED,), 1006, _relayed_thanks),
        Rule((THANKS,), 159, _thanks_to_people),
        Rule((THANKS,), 160, _only("thanks")),
        Rule((PRAISE,), 150, _only("praise")),  # "ดีมาก" before the greeting "ดี"
        Rule((GREETINGS,), 140, _only("greeting")),
        Rule((ADDRESS_WORDS,), 130, _only("greeting")),  # "น้องบอท" alone calls the bot
        Rule((ACKS,), 70, _only("ack")),
        Rule((LAUGHS,), 145, _laugh),  # "555 ตลกดี" before the greeting "ดี"
    )),
)
# fmt: on
