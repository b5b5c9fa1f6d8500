"""Group chatter said to colleagues, not to the bot, though it holds words of the plan.

A message is an aside by how it is said, not by its topic: a colleague addressed by name or by
a singular kin term ("พี่ปุ้ม …", "พี่จ๋า …", "… นะพี่"), a question put to the group ("ใครทราบ",
"ใครมีเบอร์"), a forwarded notice ("fwd:", "ส่งต่อจาก…:", "หนังสือเวียน"), a promise to a
colleague ("เดี๋ยวหนู…ให้"), office logistics (a room free, a room number, photocopies, a
meeting fixed), thanks to colleagues for what they did, laughter at a colleague's words.
A message that calls the bot ("น้องบอท", "ฝากถามบอท") is never an aside.
"""

from __future__ import annotations

import re

from handlers.intents import Deadlines, Intent, Missing, RuleQuestion, SmallTalk, Status, stores
from handlers.nlu.formal import OPENER_RE
from handlers.nlu.questions import asks
from handlers.nlu.story import is_story_word
from handlers.nlu.tokenize import tokens

# The bot called by name ("ฝากถามบอทหน่อย"), or disowned ("ถามพี่นะไม่ได้ถามบอท").
_BOT_RE = re.compile(r"น้องบอท|พี่บอท|บอท|\bbot\b")
_NOT_THE_BOT_RE = re.compile(r"(ไม่ได้|ไม่ใช่)\s?ถาม\s?(น้อง)?บอท")
# Said to the group or passed on, whatever was read: a question to whoever knows, a forwarded
# notice, a circular to read, a colleague asked to stand in, office
# logistics (a room, photocopies, where a paper lies), the time a past meeting ended.
_ASIDE_RE = re.compile(
    "|".join(
        (
            r"ใคร\s?(พอ)?\s?(ทราบ|รู้)",
            r"ใคร\s?(พอ)?\s?มี\s?(เบอร์|เบอ|ไลน์|อีเมล|เมล)",
            r"(น่าจะ|คง)\s?(ทราบ|รู้)",
            r"^\s*(fwd|fw|forward(ed)?)\s*:",
            r"^\s*(ส่งต่อ|แชร์)\s?(ข่าว|จาก|ประกาศ|หนังสือ|:)",
            r"หนังสือเวียน|เอกสารเวียน|หนังสือแจ้งเวียน|จดหมายข่าว|newsletter|บทความ|น่าอ่าน|อ่านกัน",
            r"ฝาก\s?(พี่|น้อง|คุณ)\S*.*แทน",
            r"ห้อง\s?(ประชุม)?\s?\S{0,12}\s?ว่าง|จองห้อง|ห้อง\s?(ประชุม)?\s?\d{2,}",
            r"นัด\s?(ทีม|ประชุม|คุย)|ถ่ายเอกสาร",
            # Where a paper lies in the office: "อยู่ในสารบรรณ", "วางไว้บนโต๊ะ".
            r"(อยู่|ไว้)\s?(ใน|ที่|บน)\s?(โต๊ะ|ตู้|สารบรรณ)",
            r"(เมื่อวาน|เมื่อเช้า|เมื่อกี้|เมื่อกี๊).*กี่โมง",
            # Papers that came in by post: "สำนักงบประมาณเขต 5 ส่งเอกสารมาทางไปรษณีย์".
            r"ส่ง\S*\s?มา\S*\s?(ทาง|โดย)?\s?(ไปรษณีย์|พัสดุ|ems)",
            # Someone asked to chase a third party: "ใครตามให้หน่อย", "ใครช่วยทวงที".
            r"ใคร\s?(ช่วย)?\s?(ตาม|ทวง|โทร)",
        )
    )
)
# One colleague called: a singular kin term with its particle opening a message that speaks of
# the two of them or asks a favour ("พี่คะ ไฟล์ที่พี่แก้…", "พี่จ๋า ช่วยดูร่าง…"; not "พี่ๆ",
# the whole group, nor "พี่บอท"; "พี่คะ ใครยังไม่ส่งแผน" asks what the bot knows), or closing
# it ("…วันไหนนะพี่"); a colleague's name opening a message that speaks of the two of them
# ("พี่ปุ้มคะ ไฟล์ที่พี่แก้… หนูหาไม่เจอ"): a kin term before a title relays a superior's
# question ("พี่ผู้ว่าถาม…").
_COLLEAGUE_RE = re.compile(
    r"^\s*(เรียน\s?)?พี่\s?(คะ|ค่ะ|ครับ|ขา|จ๋า)(?=.*(พี่|หนู|ช่วย))"
    r"|^\s*พี่(?!\s?ๆ|บอท)\S*\s.*(พี่|หนู)"
)
# A kin term closing the message ("…วันไหนนะพี่"): a colleague asked, unless what is asked is
# the plan's rules, a unit's or the organisation's progress, who has not sent or a deadline,
# which the bot answers for whoever asks ("มิติที่ 4 มีอะไรบ้างนะพี่", "ศทส.ถึงไหนแล้วคะพี่").
_CLOSING_KIN_RE = re.compile(r"(?<!ๆ)(นะ|คะ|ครับ|ค่ะ)?\s?พี่(ขา|จ๋า)?\s*$")
# A promise to a colleague: "เดี๋ยวหนูส่ง…ให้พี่ตรวจ", "เดี๋ยวพี่รวมให้".
_PROMISE_RE = re.compile(r"เดี๋ยว\s?(หนู|พี่|ผม|น้อง|ดิฉัน|เค้า|เรา)\S*.*ให้")
# The same promise with no one named, of a thing to send: "เดี๋ยวส่งไฟล์ excel ขยะให้ทางเมลนะ"
# (not a favour asked: "…ให้หน่อย", "…ให้ด้วย").
_SEND_LATER_RE = re.compile(r"เดี๋ยว\s?(จะ)?\s?(ส่ง|แนบ|อัป|อัพ|โยน)\S*.*ให้(?!\s?(หน่อย|ด้วย))")
# Sent to one colleague in a private chat: "ส่งไฟล์ทางไลน์ส่วนตัวให้แล้วนะ" (a question about
# such a chat, "ส่งลิงก์ให้ทางแชทส่วนตัวได้ไหม", is still asked of the bot).
_PRIVATE_RE = re.compile(
    r"(แชท|แชต|ไลน์|line|ข้อความ|inbox|ทัก)\s?ส่วนตัว|หลังไมค์|(?<![a-z])(inbox|dm)(?![a-z])"
)
# Someone asked to send something here: "รูปกิจกรรมเมื่อวานส่งมาในกลุ่มหน่อย" reports nothing.
_SEND_HERE_RE = re.compile(r"ส่ง\S*\s?มา\S*.*(หน่อย|ด้วย)")
# What is done already, before a promise: "กองคลังส่งแผนแล้ว เดี๋ยวหนูส่งลิงก์ให้" reports it;
# what came in from elsewhere ("อำเภอส่งตัวเลขมาแล้ว 3 ไฟล์ เดี๋ยวผมรวมให้") is not a report.
_DONE_RE = re.compile(r"แล้ว|เรียบร้อย|\d")
_INCOMING_RE = re.compile(r"มา\s?แล้ว|ส่ง\S*มา|มา\s?ถึง")
# Thanks to colleagues for what they did ("ขอบคุณพี่ๆ ที่มาช่วยงาน…"), not to the bot.
_THANKS_COLLEAGUES_RE = re.compile(
    r"ขอบคุณ\s?(พี่\s?ๆ|น้อง\s?ๆ|เพื่อน\s?ๆ|ทุกท่าน|ทุกคน|ทีมงาน)\s?(ที่|สำหรับ)"
    # One colleague by name ("ขอบคุณพี่นุ่นนะคะ"; not "ขอบคุณพี่มากค่ะ"), or for a treat.
    r"|ขอบคุณ\s?(พี่|น้อง|คุณ)(?!\s?ๆ|\s?บอท|\s?(นะ|ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|มาก|ที่|สำหรับ|เด้อ|เนาะ))"
    r"\s?[\u0e01-\u0e2e]"
    r"|สำหรับ\s?(ขนม|กาแฟ|ชา|ของฝาก|ของกิน|ข้าว|อาหาร|ผลไม้|เค้ก|น้ำ|ของขวัญ)"
)
# Laughter at a colleague's words ("5555 ได้เลยพี่"), not at the bot: no word of laughing.
_LAUGH_RE = re.compile(r"^\s*(555|ฮ่า|ฮา)")
_LAUGHING_RE = re.compile(r"ขำ|ตลก|ฮา|น่ารัก")


_FOR_WHOEVER_ASKS = (RuleQuestion, Status, Missing, Deadlines)

# A formal notice to the group, which asks nothing of the bot: a circular ("แจ้งเวียน: …",
# "ขออนุญาตแจ้งเวียนหนังสือ…", "ขอประชาสัมพันธ์…"), a system's downtime ("ระบบ…จะปิดปรับปรุง",
# "งดให้บริการ", "ขัดข้อง"), an invitation ("ขอเชิญประชุม…"), an application round
# ("เปิดรับสมัคร"), a letter's closing ("จึงเรียนมาเพื่อโปรดทราบ", "รายละเอียดตามไฟล์แนบ").
# Read on the normalised text: its courtesy ("ขออนุญาต") and its addressee ("เรียนทุกกอง") are
# gone.
_NOTICE_RE = re.compile(
    r"^(?:แจ้งเวียน|ขอประชาสัมพันธ์|ประชาสัมพันธ์)|แจ้งเวียนหนังสือ|ปิดปรับปรุง|ขัดข้อง"
    r"|ขอเชิญ|ขอเรียนเชิญ|เรียนเชิญ|งดให้บริการ|ปิดให้บริการ|เปิดรับสมัคร|เพื่อโปรดทราบ|จึงเรียนมา|ตาม\s?(?:ไฟล์|เอกสาร)\s?แนบ"
    r"|ตามสิ่งที่ส่งมาด้วย"
)


def _to_a_superior(typed: str) -> bool:
    """Whether the message opens as a letter to a superior by title ("เรียนท่านปลัดจังหวัด",
    "เรียนท่าน ผอ.สำนัก", "เรียน ผอ.กค."), not to the team or the coordinator."""
    opener = OPENER_RE.match(typed.strip().lower())
    if opener is None:
        return False
    addressee = opener["to"]
    return addressee.startswith("ท่าน") or any(map(is_story_word, tokens(addressee)))


def aside(normalised: str, read: Intent, typed: str = "") -> bool:
    """Whether a message ``read`` as it was is said to colleagues rather than to the bot
    (``typed``: the message as typed, its particles of request kept)."""
    if _NOT_THE_BOT_RE.search(normalised):
        return True
    if _BOT_RE.search(normalised):
        return False
    if isinstance(read, SmallTalk):
        return bool(_ASIDE_RE.search(normalised) or _THANKS_COLLEAGUES_RE.search(normalised)) or (
            bool(_LAUGH_RE.search(normalised))
            and "พี่" in normalised
            and not _LAUGHING_RE.search(normalised)
        )
    if _ASIDE_RE.search(normalised) or _promise_only(normalised):
        return True
    if _NOTICE_RE.search(normalised) and not asks(normalised, typed):
        return True
    # A report to a superior ("เรียนท่าน ผอ. ร่าง…ส่งเข้าอีเมลท่านแล้ว") is theirs to read.
    superior = typed.lstrip().startswith("เรียน") and _to_a_superior(typed)
    if superior and (stores(read) or not asks(normalised, typed)):
        return True
    if _PRIVATE_RE.search(normalised) and (stores(read) or not asks(normalised, typed)):
        return True
    if stores(read) and (_SEND_HERE_RE.search(typed.lower()) or _send_later(normalised)):
        return True
    if stores(read):
        return False
    closing = not isinstance(read, _FOR_WHOEVER_ASKS) and _CLOSING_KIN_RE.search(normalised)
    return bool(_COLLEAGUE_RE.search(normalised) or closing)


def _promise_only(normalised: str) -> bool:
    """Whether the message promises a colleague something ("เดี๋ยวหนูส่ง…ให้พี่ตรวจ") with no
    report of what is done before the promise ("ขยะ 52.3 ค่ะ เดี๋ยวหนูส่งเอกสารให้")."""
    promise = _PROMISE_RE.search(normalised)
    if promise is None:
        return False
    before = normalised[: promise.start()]
    return not _DONE_RE.search(before) or bool(_INCOMING_RE.search(before))


def _send_later(normalised: str) -> bool:
    """Whether the message only promises to send something later ("เดี๋ยวส่งไฟล์…ให้ทางเมล"),
    with no report of what is done before the promise."""
    promise = _SEND_LATER_RE.search(normalised)
    return promise is not None and not _DONE_RE.search(normalised[: promise.start()])
