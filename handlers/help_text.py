"""Help: examples taken from the golden conversation files, so help never drifts from tests."""

from __future__ import annotations

import re
from functools import cache

from handlers.context import Context
from handlers.data_files import files_in
from handlers.intent_spec import IntentSpec
from handlers.intents import Help, Unknown
from handlers.nlu.guards import Guarded
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import INDICATOR_WORDS, phrase_regex, phrase_search_regex, words
from handlers.nlu.resolve import closest
from handlers.nlu.slots import Found, chat_words, content
from handlers.replies import Action, Reply, text_reply

CONVERSATIONS = "conversations"  # the data/ folder of the golden conversation files
_EXAMPLE_RE = re.compile(r"^>\s*(?P<text>.+?)\s+#help:(?P<topic>\S+)\s*$")
GROUP_HINT = "ในกลุ่ม: แท็ก @บอท หรือขึ้นต้นข้อความด้วย 'บอท' เช่น 'บอท สถานะ'"
QUICK = (
    Action("สถานะ", text="สถานะ"),
    Action("เหลือกี่วัน", text="เหลือกี่วัน"),
    Action("ใครยังไม่ส่ง", text="ใครยังไม่ส่ง"),
)
GREETING = "สวัสดีครับ มีอะไรให้ช่วย พิมพ์ถามได้เลย เช่น 'สถานะ'"
DESK = Action("ลิงก์แดชบอร์ด", text="ขอลิงก์แดชบอร์ด")  # the desk's link: 1:1 chats only


@cache
def examples(folder: str = CONVERSATIONS) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(topic, example messages) in file order, from lines tagged ``#help:<topic>``."""
    topics: dict[str, list[str]] = {}
    for path in files_in(folder, pattern="*.conv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = _EXAMPLE_RE.match(line)
            if match:
                topics.setdefault(match["topic"].replace("_", " "), []).append(match["text"])
    return tuple((topic, tuple(texts)) for topic, texts in topics.items())


def help_reply(*, shared: bool) -> Reply:
    """What the bot can do, one example line per topic."""
    lines = ["ถาม PMQA Bot ได้แบบนี้ครับ"]
    lines += [
        f"• {topic}: " + ", ".join(f"'{t}'" for t in texts[:2]) for topic, texts in examples()
    ]
    if shared:
        lines.append(GROUP_HINT)
    desk = () if shared else (DESK,)
    return text_reply("\n".join(lines), *QUICK, *desk)


def handle_help(intent: Help, ctx: Context) -> Reply:
    """Every topic with examples."""
    return help_reply(shared=ctx.incoming.chat.is_shared)


def handle_unknown(intent: Unknown, ctx: Context) -> Reply:
    """A short help with the examples closest to what was typed: never silence once the bot
    was addressed; a bare call ("บอท", "น้องบอท" and nothing else) gets a greeting."""
    if not intent.text:
        return text_reply(GREETING)
    return suggestions(intent.text, shared=ctx.incoming.chat.is_shared)


def suggestions(typed: str, *, shared: bool, count: int = 3) -> Reply:
    """Not understood: the ``count`` help examples most like ``typed``, of different topics."""
    every = [(topic, text) for topic, texts in examples() for text in texts]
    chosen: dict[str, str] = {}  # the closest example of each topic, closest topics first
    for index in closest(typed, [text for _, text in every], len(every)):
        topic, text = every[index]
        chosen.setdefault(topic, text)
    chosen = dict(list(chosen.items())[:count])
    lines = ["ไม่แน่ใจว่าหมายถึงอะไร ลองพิมพ์แบบนี้ครับ"]
    lines += [f"• {topic}: '{text}'" for topic, text in chosen.items()]
    if shared:
        lines.append(GROUP_HINT)
    return text_reply("\n".join(lines), *QUICK)


# The sender's own plan ("เดี๋ยวหนูจะนั่งอ่านคู่มือ", "เดี๋ยวผมทำสรุปวิธีใช้บอทแปะไว้") or a
# favour asked of the colleagues ("พี่ๆ ช่วยแนะนำการใช้ระบบให้น้องใหม่ด้วย"): their chat.
_OWN_PLAN_RE = re.compile(
    r"เดี๋ยว\s?(?:หนู|ผม|พี่|เรา|ดิฉัน|จะ)|(?:หนู|ผม|ดิฉัน)\s?จะ\s?(?:นั่ง|ไป|ทำ|อ่าน|เขียน)"
    r"|พี่\s?ๆ\s?(?:ช่วย|ฝาก)"
)


_HOW_TO_USE = (
    "ใช้ยังไง|ใช้อย่างไร|ใช้งานยังไง|ใช้งานอย่างไร|ทำอะไรได้บ้าง|ทำอะไรได้|วิธีใช้|help"
    "|เมนู|menu|คู่มือ|ช่วยเหลือ|สอนใช้|ใช้ไง|แนะนำ|ไม่รู้จะพิมพ์|พิมพ์อะไร|ถามอะไรได้"
    "|ช่วยอะไรได้|คำสั่ง|command|commands|ฟังก์ชัน|ฟังก์ชั่น|ฟีเจอร์|feature|features"
    "|what can this bot do|what can the bot do|what can it do|what does this bot do"
    "|how to use|how to|พิมพ์ยังไง|พิมพ์อย่างไร|พิมพ์ไง|วิธีการใช้|วิธีใช้งาน|ถามอะไร"
    "|ตอบอะไร|ตอบเรื่องอะไร|สั่งอะไรได้|มีอะไรให้ช่วย|สอนวิธี|ไม่รู้วิธี|ไม่รู้จะเริ่ม|เริ่มต้นใช้|เริ่มใช้"
    "|ตัวอย่างการพิมพ์|ตัวอย่างคำสั่ง|ตัวอย่างการใช้|what can you do|what can i ask"
    "|what do you do|how do i use|how do i|how does this work|how does it work"
)
_HOW_TO_USE_RE = re.compile(phrase_search_regex(_HOW_TO_USE))
# An order of the office, no command of the bot: "คำสั่งแต่งตั้งโยกย้ายรอบนี้ออกหรือยัง",
# "แต่งตั้งโยกย้ายรอบนี้ออกคำสั่งยัง", "เพิ่งได้รับคำสั่งให้เป็น PMQA Team".
_OFFICE_ORDER_RE = re.compile(
    r"คำสั่ง\s?(?:แต่งตั้ง|ย้าย|โยกย้าย|ให้|กรม|กระทรวง|สำนักงาน|จังหวัด|ที่\s?NUM)"
    r"|(?:ออก|ได้รับ|ได้)\s?คำสั่ง(?!\s?(?:อะไร|ไหน|ไร|ได้|บอท|ที่ใช้))"
)


def _read_help(found: Found) -> Help | None:
    """ "แนะนำวิธีส่งผลหน่อย" asks for help; "ใครมีร้านอาหารแนะนำบ้าง" asks the group about
    everyday things naming nothing of the plan, and is chatter; so is the sender's own plan
    or a favour asked of the colleagues, and an order of the office ("คำสั่งแต่งตั้งออกยัง")."""
    if _OWN_PLAN_RE.search(found.original):
        return None
    masked = found.extraction.masked
    if (
        "คำสั่ง" in masked
        and _OFFICE_ORDER_RE.search(masked)
        and not _HOW_TO_USE_RE.search(_OFFICE_ORDER_RE.sub(" ", masked))
    ):
        return None
    if "คู่มือ" in found.extraction.masked and _MANUAL_OF_RE.search(found.extraction.masked):
        return None  # "คู่มือแผนพัฒนาบุคลากร": the manual an indicator makes, named for it
    remainder = _ASKER_TOLD_RE.sub(" ", found.remainder)
    return None if chat_words(content(remainder)) else Help()


# The asker telling who they are before asking how the bot is used ("พี่ไม่เก่งมือถือ สอนใช้
# หน่อยจ้า", "น้องใหม่ค่ะ บอทนี้ใช้ทำอะไรได้บ้างคะ"): no chat of theirs, the ask stands.
_ASKER_TOLD_RE = Guarded(
    re.compile(
        r"(?:พี่|หนู|ผม|ดิฉัน|ป้า|ลุง|น้า|เรา|ฉัน)?\s?(?:เป็น\s?)?(?:น้อง|คน|เจ้าหน้าที่)\s?ใหม่"
        r"|(?:พี่|หนู|ผม|ดิฉัน|ป้า|ลุง|น้า|เรา|ฉัน)?\s?ไม่\s?(?:ค่อย)?\s?(?:เก่ง|ถนัด|คล่อง|เป็น)"
        r"\s?(?:เรื่อง)?\s?(?:มือถือ|โทรศัพท์|คอมพิวเตอร์|คอม|เทคโนโลยี|ไอที|ไลน์|line|แอป|แอพ|app)?"
        # Just arrived or just taking over: "พึ่งมาใหม่", "ผมเพิ่งรับงาน PMQA ต่อจากพี่".
        r"|(?:พี่|หนู|ผม|ดิฉัน|เรา|ฉัน)?\s?(?:เพิ่ง|พึ่ง)\s?(?:มา\s?ใหม่|ย้ายมา|เข้ามา|มา"
        r"|รับ\s?(?:งาน|ช่วง)(?:\s?pmqa)?(?:\s?ต่อ\s?(?:จาก)?\s?\S*)?)"
    )
)


# A manual named by an indicator's words ("คู่มือแผนพัฒนาบุคลากร", "คู่มือการแต่งตั้ง"): what the
# indicator makes, its title's short form; the bot's manual is named by no indicator ("คู่มือ
# การใช้บอท"; "ตัวชี้วัด" alone names none).
_MANUAL_OF_RE = re.compile(
    rf"คู่มือ\s?(?:การ\s?)?(?:จัดทำ\s?)?(?!ตัวชี้วัด|kpi)(?:{phrase_regex(INDICATOR_WORDS)})"
)


# The bot's own commands: "ลงทะเบียนยังไง", "ส่งผลผ่านบอทยังไง" ask how to use it.
_COMMANDS = (
    "ลงทะเบียน|ผูกกลุ่ม|ส่งผล|บันทึกผล|กรอกผล|บอท|bot|คำสั่ง|พิมพ์|สั่ง|แก้ไขผล|แก้ผล|แก้ไข|ยกเลิกรายการ|ยกเลิก"
    # Correcting what was typed: "แก้ตัวเลขที่ส่งผิดต้องทำยังไง", "ใส่คะแนนผิดแก้ยังไง".
    "|แก้ตัวเลข|แก้ค่า|แก้คะแนน|แก้ข้อมูล|ส่งผิด|กรอกผิด|ใส่ผิด|บันทึกผิด|พิมพ์ผิด"
    # A score entered: "help ครับ ส่งคะแนนยังไง".
    "|ส่งคะแนน|กรอกคะแนน|บันทึกคะแนน"
    # A baseline entered: "บอทส่งค่าฐานปี 66 ยังไงคะ".
    "|ส่งค่าฐาน|กรอกค่าฐาน|บันทึกค่าฐาน|ใส่ค่าฐาน"
)
_HOW = "ยังไง|อย่างไร|ทำไง|ไง|ได้ยังไง|ต้องทำยังไง|ต้องทำอย่างไร|วิธี"

# Setting the reminders or the digest up, and how it is done.
_SETTING_UP = (
    "ตั้งค่าเตือน|ตั้งเตือน|ตั้งการเตือน|ตั้งค่าการเตือน|ตั้งค่าแจ้งเตือน|ตั้งแจ้งเตือน|ตั้งค่าการแจ้งเตือน"
    "|เปิดเตือน|ปิดเตือน|เปิดแจ้งเตือน|ปิดแจ้งเตือน|เปิดการเตือน|ปิดการเตือน|เปลี่ยนวันเตือน"
    "|เปลี่ยนเวลาเตือน|เปิดสรุปรายสัปดาห์|ปิดสรุปรายสัปดาห์"
)
_HOW_TO_DO = "ทำยังไง|ทำอย่างไร|ทำไง|ได้ยังไง|ได้อย่างไร|วิธี|ต้องพิมพ์|พิมพ์ยังไง|ต้องสั่ง|สั่งยังไง"
_TYPED_HOW = (
    f"{_HOW}|แบบไหน|ประมาณไหน|รูปแบบ|ว่าอะไร|อะไร|หรือ|เป็นเปอร์เซ็นต์|เปอร์เซ็นต์|ตัวเลข|ทศนิยม|format|how"
)
_PRINTED = "ตีพิมพ์|สิ่งพิมพ์|พิมพ์เขียว|กระดาษ|เล่ม|ฉบับ|ปริ้น|ปริ๊น|print|ผิด|ตก|เอกสาร|สี"
_WHERE = "อยู่ไหน|อยู่ตรงไหน|ตรงไหน|หาไม่เจอ|หายไป|หาย|ไม่เห็น|ไม่ขึ้น|ไม่มี|where|เปิดยังไง|กดตรงไหน"

# Whether an entry can be taken back at all ("บอทย้อนกลับได้ไหม", "ถ้าบันทึกผิดลบได้ไหม"): the help
# shows how ('ยกเลิกที่ส่งล่าสุด'). Below the undo, which reads a favour to take back the entry
# just made ("เมื่อกี้บันทึกผิด ย้อนกลับได้ไหม"); of the bot, an entry or a slip, never everyday
# things ("ยกเลิกนัดได้ไหม", "ถอนเงินได้ไหม"); looking back is the history's.
_TAKE_BACK = "ยกเลิก|ย้อนกลับ|ย้อน|ถอน|ลบ|เอาออก|ดึงกลับ|เลิกทำ|undo|revert|rollback"
_CAN_IT = "ได้ไหม|ได้มั้ย|ได้มั๊ย|ได้ไม๊|ได้หรือเปล่า|ได้รึเปล่า|ได้ป่ะ|ได้ปะ|ได้หรือไม่"
_OF_ENTRIES = "บอท|bot|ถ้า|หาก|สมมติ|สมมุติ|กรณี|บันทึก|ส่ง|กรอก|ใส่|รายการ|ผิด|พลาด"
_LOOKING_BACK = "ย้อนหลัง|ย้อนดู|ดูย้อน|ประวัติ|ดู"
_TAKEN_BACK_ALONE = "|".join(f"{verb}{can}" for verb in words(_TAKE_BACK) for can in words(_CAN_IT))

# How to tell the bot something ("บอกวิธีแจ้งว่ากองส่งแผนแล้วหน่อยครับ"): what is to be told is no
# report; how a step is sent by the rules ("วิธีส่งแผน") is the rules' question.
_HOW_TO_TELL = (
    "วิธีแจ้ง|วิธีบอก|วิธีพิมพ์|วิธีบันทึก|วิธีกรอก|วิธีลงทะเบียน|วิธีการแจ้ง|วิธีการบอก|วิธีการพิมพ์"
    "|วิธีการบันทึก|วิธีการกรอก|วิธีการลงทะเบียน"
)
# "how to …" asked in English, and what is done with the bot (the English verb or its Thai
# reading: "submit" is read as ส่ง).
_HOW_IN_ENGLISH = "how to|how do i|how can i|how should i|how do we|how can we|how should we"
_BOT_VERBS = (
    "ส่ง|submit|send|report|record|enter|update|register|ลงทะเบียน|use|fix|correct|undo|cancel"
)
# How a message may be typed ("พิมพ์เลขไทยได้ไหมครับ บอทจะอ่านออกไหม"): the bot's reading, asked.
_TYPED_AS = "เลขไทย|ตัวเลขไทย|เลขอารบิก|ภาษาอังกฤษ|อังกฤษ|ชื่อย่อ|ตัวย่อ|คำย่อ|อีโมจิ|emoji|เว้นวรรค"
_READ_IT = f"{_CAN_IT}|ไหม|มั้ย|หรือเปล่า|รึเปล่า|ป่ะ|หรือไม่"

# The bot, named or called "this" once its name was read as the address: "บอทนี้ใช้ทำอะไรคะ"
# is read "นี้ใช้ทำอะไร".
_THE_BOT_RE = re.compile(r"บอท|bot|^\s*(?:ตัว\s?)?(?:นี้|นี่)(?=\s?(?:ใช้|ไว้|มีไว้|เอาไว้|ทำหน้าที่))")


def _the_bot_for_what(found: Found) -> Help | None:
    """What the bot is for, asked of the bot (never of a form or a file)."""
    return Help() if _THE_BOT_RE.search(found.extraction.masked) else None


_FOR_WHAT = "ใช้ทำอะไร|ไว้ทำอะไร|มีไว้ทำอะไร|เอาไว้ทำอะไร|ใช้ทำไร|ไว้ทำไร|ทำหน้าที่อะไร|มีไว้ทำไม"
_NEWCOMER_SAID = "เพิ่งเข้ากลุ่ม|เพิ่งถูกดึงเข้ากลุ่ม|เพิ่งถูกเพิ่มเข้ากลุ่ม|เข้ากลุ่มใหม่|น้องใหม่|มาใหม่|ไม่เคยใช้บอท|ไม่เคยใช้"
_WHERE_TO_START = (
    "เริ่มจากตรงไหน|เริ่มตรงไหน|เริ่มจากไหน|เริ่มจากอะไร|เริ่มยังไง|เริ่มอย่างไร|เริ่มต้นยังไง"
    "|เริ่มต้นอย่างไร|เริ่มต้นจากตรงไหน|เริ่มต้นตรงไหน|เริ่มไง"
)

# "ผลตัวชี้วัดคู่มือแผนพัฒนาบุคลากร ร้อยละ 72": a result of a manual; "ขอดูตัวชี้วัดคู่มือแผน
# พัฒนาบุคลากร": an indicator whose title starts with the manual it makes; "…ยังเหลือการแจ้งเวียน
# คู่มือ": a manual circulated or drawn up, an item's work. None asks for help.
_RESULT_STATED_RE = re.compile(
    r"^ผล.*NUM|(?:ตัวชี้วัด|kpi)\s?(?:ตัว|เรื่อง)?\s?คู่มือ|(?:แจ้งเวียน|เวียน|จัดทำ)\s?คู่มือ"
)


# How to see what the bot answers, asked: "ดูสถานะยังไงคะ", "เช็คประวัติได้ที่ไหน", "ผมต้องกด
# ตรงไหนถึงจะเห็นสรุป". The viewing verb stands right before what is viewed and the how right
# after it ("สถานะเป็นยังไงบ้าง", how things stand, has no viewing verb before it).
_VIEWED = r"(?:สถานะ|สรุป|ภาพรวม|ประวัติ|กำหนดส่ง|deadline|เดดไลน์|คะแนน|ผล)"
_HOW_TO_SEE_RE = re.compile(
    rf"(?:^|\s|ต้อง|จะ)(?:เรียก|เปิด)?(?:ดู|เช็ค|เช็ก)\s?{_VIEWED}\s?(?:ได้\s?)?(?:ยังไง|อย่างไร|ไง|ตรงไหน|ที่ไหน)"
    rf"|กด\s?(?:ตรงไหน|ที่ไหน|อะไร|ยังไง|ปุ่มไหน)\s?(?:ถึง\s?)?(?:จะ\s?)?(?:เห็น|ดู)"
)


_SET_REMINDER = "ตั้งเตือน|ตั้งค่าเตือน|ตั้งการเตือน|ตั้งแจ้งเตือน|ตั้งค่าการเตือน|ตั้งค่าแจ้งเตือน|ตั้งค่าการแจ้งเตือน"
_HOW_TO_SET_REMINDERS_RE = re.compile(
    r"^(?:(?:บอท|น้องบอท)\s?)?(?:จะ\s?)?ตั้ง\s?(?:ค่า\s?)?(?:การ\s?)?(?:แจ้ง\s?)?เตือน\s?(?:ต้อง\s?)?(?:ทำ\s?)?"
    r"(?:ยังไง|อย่างไร|ไง)(?:\s?(?:ครับ|ค่ะ|คะ|คับ|นะ|จ๊ะ|จ้า|อ่ะ|อะ|ครับผม))*[\s?]*$"
)


def _how_to_set_reminders(found: Found) -> Help | None:
    return Help() if _HOW_TO_SET_REMINDERS_RE.match(found.extraction.text) else None


def _how_to_see(found: Found) -> Help | None:
    """How to see the status, the history or a deadline from the bot, asked (see
    ``_HOW_TO_SEE_RE``)."""
    masked = found.extraction.masked
    asked = _HOW_TO_SEE_RE.search(masked)
    if asked is None or _TOLD_BEFORE_RE.search(masked, 0, asked.start()):
        return None  # "ส่งผลขยะ 52 ตัน แล้วดูผลยังไงคะ": the report or the undo before it stands
    return Help()


# A report, a figure or an undo told before the ask.
_TOLD_BEFORE_RE = re.compile(r"ส่ง|อัป|อัพ|ยกเลิก|undo|NUM")


def _help_unless_own_plan(found: Found) -> Help | None:
    """How to use the bot asked, unless the sender tells their own plan with it."""
    return None if _OWN_PLAN_RE.search(found.original) else Help()


# The card's buttons, pressed: "ต้องกดยืนยันตรงไหนคะ", "กดปุ่มยกเลิกยังไงครับ" (where or how).
_CARD_BUTTON = "กดยืนยัน|กดปุ่มยืนยัน|ปุ่มยืนยัน|กดยกเลิก|กดปุ่มยกเลิก|ปุ่มยกเลิก|กดบันทึก|ปุ่มบันทึก"
_WHERE_OR_HOW = "ตรงไหน|ที่ไหน|อยู่ไหน|ปุ่มไหน|ยังไง|อย่างไร|ไง"
# An entry mended after it was confirmed or sent ("ยืนยันไปแล้วแก้ทีหลังได้ไหมครับ", "ส่งผลขยะ
# ไปแล้วแก้ได้ไหมคะ"): whether the bot lets it be. The plan sent and revised is the rules'
# question; an entry just made, or a figure, is the undo's or the correction's.
_ENTRY_MADE = "ยืนยัน|บันทึก|ส่งผล|ส่งคะแนน|ส่งตัวเลข|ส่งค่า|กรอก|กดส่ง"
_MENDED = "แก้|แก้ไข|เปลี่ยน"
_CAN_IT_LATER = f"{_CAN_IT}|ทีหลังได้|ภายหลังได้"
_MENDED_AFTER_RE = re.compile(
    rf"(?:{phrase_regex(_ENTRY_MADE)})\S*?\s?(?:ไป)?\s?แล้ว\s?(?:จะ\s?|ยัง\s?)?(?:{phrase_regex(_MENDED)})"
)


def _mended_after(found: Found) -> Help | None:
    return Help() if _MENDED_AFTER_RE.search(found.extraction.masked) else None


# A report made through the bot, or the bot told of it, asked of: "ส่งผลขยะทางบอทได้ไหมคะ",
# "ต้องมาแจ้งบอทด้วยไหมคะ". Whether the bot itself records is asked of nothing done.
_THROUGH_THE_BOT = "ทางบอท|ผ่านบอท|ในบอท|ทางน้องบอท|ผ่านน้องบอท|ในน้องบอท|ผ่าน bot|ทาง bot|ใน bot"
_REPORTED = "ส่ง|กรอก|บันทึก|รายงาน|ลง|แจ้ง|อัป|อัพ|submit"
_TELL_THE_BOT = "แจ้งบอท|บอกบอท|แจ้งน้องบอท|บอกน้องบอท|แจ้งให้บอท|บอกให้บอท|พิมพ์บอกบอท|พิมพ์แจ้งบอท|รายงานบอท"
_MUST = "ต้อง|ต้องมา|จำเป็นต้อง"
_ASKED = "ไหม|มั้ย|มั๊ย|ไม๊|หรือเปล่า|รึเปล่า|ป่ะ|ปะ|หรือไม่"
# A command of the bot's to see something, asked of: "มีคำสั่งดูสรุปไหมคะ" (an order of the
# office, "คำสั่งแต่งตั้ง", names no seeing).
_COMMAND_TO_SEE = "คำสั่งดู|คำสั่งเช็ค|คำสั่งเช็ก|คำสั่งเรียกดู|คำสั่งเรียก|คำสั่งขอดู|คำสั่งแสดง|คำสั่งสรุป|คำสั่งถาม"

# A call for help opening the message ("help ค่ะ", "ช่วยด้วยค่ะ", "sos"), then the trouble told:
# something that does not go through or show ("ส่งผลไม่ขึ้น", "กดไม่ได้", "ขึ้น error").
_HELP_CALLED_RE = re.compile(
    r"^\s*(?:(?:สวัสดี|หวัดดี|น้อง\s?บอท|บอท|bot)\S*\s?)*(?:help(?:\s?(?:me|please))?|ช่วยด้วย"
    r"|ช่วยหน่อย|ช่วยที|sos|เฮลป์|ช่วยเหลือด้วย)(?=\s|$|[!?.]|ค่ะ|คะ|ครับ|คับ|นะ|จ้า|ค่า|หน่อย|ด้วย)",
    re.IGNORECASE,
)
_TROUBLE_RE = re.compile(
    r"ไม่\s?(?:ยอม\s?)?(?:ขึ้น|ได้|เข้า|ไป|ตอบ|ทำงาน|บันทึก|สำเร็จ|เจอ|เปลี่ยน|ติด|อัปเดต|อัพเดต)"
    r"|ค้าง|ล่ม|เด้ง|error|เออเร่อ|เอเร่อ|ผิดพลาด",
    re.IGNORECASE,
)
# Who or what is asked, or a hold-up of a unit's: no trouble with the bot.
_NOT_TROUBLE_RE = re.compile(r"ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ยังไม่ส่ง|ค้างส่ง|ยังไม่ได้ส่ง|ขยาย|เลื่อน")


def help_with_trouble(typed: str) -> bool:
    """Whether ``typed`` calls for help first and then tells the trouble with the bot ("help ค่ะ
    ส่งผลไม่ขึ้น", "ช่วยด้วยค่ะ กดส่งแผนไม่ได้"); who has not sent ("ช่วยด้วย กองไหนยังไม่ส่ง")
    is no trouble. Checked on the message as typed, after the rules (no cue of the rule table:
    its "ไม่…" would shift which letter pairs the rule index files other rules under)."""
    called = _HELP_CALLED_RE.match(typed)
    if called is None:
        return False
    rest = typed[called.end() :]
    return _TROUBLE_RE.search(rest) is not None and _NOT_TROUBLE_RE.search(rest) is None


# fmt: off
SPECS = (
    IntentSpec(Help, handle_help, (
        Rule(("?|help|เมนู|menu|ช่วย|ช่วยด้วย|ช่วยหน่อย|วิธีใช้|คู่มือ|ช่วยเหลือ|คำสั่ง|commands"
              "|command|งง|งงมาก|งงเลย|ไม่เข้าใจ|ไม่เข้าใจเลย|นี้ทำอะไร|ทำอะไร|คือใคร|เป็นใคร|สอน"
              "|ใช้ไม่เป็น|ทำไม่เป็น|help please|help me",), 990,
             lambda _: Help(), whole=True),
        Rule((_HOW_TO_USE,), 200, _read_help, unless=_RESULT_STATED_RE),
        Rule(("ยังไง|อย่างไร|ไง|ตรงไหน|ที่ไหน|กด", "ดู|เห็น|เช็ค|เช็ก"), 7528, _how_to_see),
        # "ส่งผลไปแล้วได้ผลยังไง" asks how it turned out, not how to send.
        # Registering datasets is an indicator's work, a formula its measure: neither a command.
        Rule((f"{_COMMANDS}|ช่วยด้วย|ช่วยหน่อย", f"{_HOW}|ไม่เป็น|ไม่รู้วิธี|ไม่ถูก"), 595,
             _help_unless_own_plan, unless="ได้ผลยังไง|ได้ผลอย่างไร|ได้ผลไง|ผลเป็นยังไง|ผลเป็นไง"
                                      "|ชุดข้อมูล|บัญชีข้อมูล|gd catalog|สูตร|คำนวณ"
                                      # How things stand ("…ปีนี้เป็นยังไงบ้าง รบกวนน้องบอท
                                      # สรุปให้หน่อย"), no way of using the bot.
                                      "|เป็นยังไงบ้าง|เป็นไงบ้าง"
                                      # The sender could not answer a question put to them
                                      # ("…หนูตอบไม่ถูก รบกวนน้องบอทดูให้หน่อย"): that question.
                                      "|ตอบไม่ถูก|จะตอบยังไง|จะตอบว่ายังไง|จะตอบอย่างไร"
                                      "|ไม่รู้จะตอบ"),
        Rule(("ใช้|ใช้งาน", "ยังไง|อย่างไร|ไง"), 190, lambda _: Help()),  # "ใช้บอทยังไง"
        # "ตั้งเตือนยังไงครับ": how to set reminders, above the settings shown ("ตั้งเตือนไว้
        # ยังไง", "ตอนนี้ตั้งเตือนไว้ยังไงบ้าง" ask how they are set).
        Rule((_SET_REMINDER, "ยังไง|อย่างไร|ไง"), 8831, _how_to_set_reminders),
        # "บอทช่วยอะไรจังหวัดได้บ้าง", "บอทนี้ช่วยงานอะไรได้บ้าง": what the bot does, for whom.
        Rule(("ช่วยอะไร|ช่วยงานอะไร|ทำอะไรให้", "ได้บ้าง|ได้มั่ง|ได้มั้ง"), 201, lambda _: Help(),
             unless="ใคร"),
        # How to type a message to the bot, above the rules' own questions ("พิมพ์ยังไงถึงจะ
        # ส่งขั้นตอนได้", "ต้องพิมพ์เปอร์เซ็นต์หรือจำนวนครั้ง"); printing on paper is no typing.
        Rule(("พิมพ์", _TYPED_HOW), 951, lambda _: Help(), unless=_PRINTED),
        # Looking for the menu: "เมนูอยู่ไหนคะ หาไม่เจอ".
        Rule(("เมนู|menu|ปุ่ม|คู่มือ|ริชเมนู|rich menu", _WHERE), 951, lambda _: Help()),
        # Examples of what to type asked for: "มีตัวอย่างคำสั่งให้ดูไหม", "ขอตัวอย่างการพิมพ์".
        Rule(("ตัวอย่างคำสั่ง|ตัวอย่างการพิมพ์|ตัวอย่างการใช้|ตัวอย่างข้อความ",), 951,
             _help_unless_own_plan),
        Rule((_TAKE_BACK, _CAN_IT, _OF_ENTRIES), 948, lambda _: Help(), unless=_LOOKING_BACK),
        Rule((_TAKEN_BACK_ALONE,), 948, lambda _: Help(), whole=True),  # "ยกเลิกได้ไหม"
        Rule((_HOW_TO_TELL,), 953, _help_unless_own_plan),
        # The words to command the bot with, asked: "อยากยกเลิกที่บันทึกไป ต้องสั่งว่าอะไร",
        # "สั่งบอทยังไงคะ" (what a boss ordered, "ผอ.สั่งว่าอะไร", is no command to the bot).
        Rule(("ต้องสั่งว่า|จะสั่งว่า|สั่งบอทว่า|สั่งบอท|ต้องสั่งยังไง|ต้องสั่งไง|ต้องสั่งอย่างไร",
              "อะไร|ไร|ยังไง|อย่างไร|ไง"), 953, lambda _: Help(),
             unless="ผอ|หัวหน้า|นาย|ท่าน|เขา|เค้า|พี่|ข้าว|อาหาร|ของ|ซื้อ"),
        # How to use the bot asked in English ("how to submit result?", "how can I record the
        # score"), above the rules that read "result" or "score" as a question of an indicator;
        # how a figure is worked out is the rules' question, a figure typed is read as told.
        Rule((_HOW_IN_ENGLISH, _BOT_VERBS), 7774, _help_unless_own_plan, number=False,
             unless="calculate|calculated|คำนวณ|formula|สูตร"),
        Rule(("พิมพ์|ใช้|อ่าน|เขียน|ใส่|กรอก", _TYPED_AS, _READ_IT), 952, lambda _: Help()),
        # What the bot is for: "บอทนี้ใช้ทำอะไรคะ เพิ่งถูกดึงเข้ากลุ่ม" (a form's use, "แบบฟอร์ม 2
        # ใช้ทำอะไร", is the rules' question; what it is doing now is chat).
        Rule((_FOR_WHAT,), 961, _the_bot_for_what, unless="แบบฟอร์ม|ฟอร์ม|อยู่|ผิด"),
        # Where a newcomer starts: "หนูเพิ่งเข้ากลุ่มค่ะ ต้องเริ่มจากตรงไหนคะ" (where the work of
        # a step starts, asked alone, is no newcomer's).
        Rule((_NEWCOMER_SAID, _WHERE_TO_START), 971, lambda _: Help()),
        # How to set the reminders or the digest: "ตั้งค่าเตือนทำยังไงครับ", "เปิดเตือนต้องทำ
        # อย่างไร" (how they are set, "ตั้งเตือนไว้ยังไง", shows them), above the settings.
        Rule((_SETTING_UP, _HOW_TO_DO), 1043, lambda _: Help(), number=False),
        # Whether one must register (again), asked: "ถ้าย้ายกองกลางปี ต้องลงทะเบียนใหม่ไหมคะ",
        # "ต้องลงทะเบียนกับบอทก่อนไหม"; not a data set registered, a meeting's sign-up, nor a
        # registration asked for besides ("…ถ้าต้องก็ลงให้เลยนะคะ").
        Rule(("ต้องลงทะเบียน|ต้องสมัคร", "ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|ป่ะ|หรือไม่"), 1063,
             lambda _: Help(),
             unless="ชุดข้อมูล|บัญชีข้อมูล|gd catalog|data catalog|ประชุม|อบรม|ลงให้|ให้เลย|ช่วยลง"),
        # How the card and the bot are used (round 40): above the indicators' and the steps'
        # rules that read the words of a report.
        Rule((_CARD_BUTTON, _WHERE_OR_HOW), 1057, lambda _: Help()),
        Rule((_ENTRY_MADE, _MENDED, _CAN_IT_LATER), 1057, _mended_after, number=False,
             unless="เมื่อกี้|เมื่อกี๊|เพิ่ง|พึ่ง|ล่าสุด|ส่งแผน|ให้หน่อย|ให้ที|ช่วย"),
        Rule((_REPORTED, _THROUGH_THE_BOT, _CAN_IT), 1057, lambda _: Help(), number=False,
             unless="ให้หน่อย|ให้ที|ช่วย|แล้ว"),
        Rule((_MUST, _TELL_THE_BOT, _ASKED), 1057, lambda _: Help(), number=False),
        Rule((_COMMAND_TO_SEE, f"{_ASKED}|อะไร|บ้าง"), 1057, lambda _: Help()),
    )),
    IntentSpec(Unknown, handle_unknown),  # what no rule reads
)
# fmt: on
