"""The question-or-write decision: a message that asks is never read as a write.

"ขอลิงก์ google drive ส่งแผน", "ส่งแผนทางอีเมลได้มั้ย", "ส่งแผนแล้วหรือยัง", "ขยะ 52.3?" all
hold the words of a submission; asking words or a question mark make them questions. A polite
command ("ขอส่งผล ขยะ 52.3", "ขอยกเลิกที่ส่งไป") asks for nothing and stays a write.
"""

from __future__ import annotations

import re

from handlers.nlu.guards import Guarded, lead, literal_trie, skipping
from handlers.nlu.normalise import strip_particles
from handlers.nlu.patterns import phrase_regex, phrase_search_regex, words
from handlers.nlu.slots import INDICATOR_RE
from handlers.nlu.typos import skeleton

# Words that ask wherever they stand.
ASKING_WORDS = (
    "อะไร|ไหน|ยังไง|อย่างไร|เท่าไหร่|เท่าไร|เท่าใด|กี่|เมื่อไหร่|เมื่อไร|ใคร|ทำไม|หรือยัง|รึยัง"
    "|ได้ไหม|ได้มั้ย|ไหม|มั้ย|มั๊ย|ไม๊|ม้าย|หรือเปล่า|รึเปล่า|หรือไม่|ใช่ไหม|ใช่มั้ย|เหรอ|หรอ|ป่าว"
    "|ป่ะ|เป็นไง|สอบถาม"
    # "ได้ 4.0 ได้ไง" (how come), "ทำไงต่อ", "เอาไงดี": the spoken ยังไง after a verb.
    "|ได้ไง|ทำไง|เอาไง"
)
# Words that ask only at the end of the message: "ส่งแล้วยัง", "มีใครบ้าง".
# "ปะ", "มะ" and "เปล่า" are chat spellings of ไหม / หรือเปล่า, "รึ" of หรือ.
ASKING_ENDINGS = "ยัง|บ้าง|แล้วยัง|ยังคะ|ยังครับ|ปะ|มะ|เปล่า|หรือ|รึ"
# "ขอ" asks for something when what follows is a thing to be given, not an act to be done
# ("ขอผลทุกตัวชี้วัด": the results; "ขอรายงานผล", "ขอส่งผล" report them).
REQUESTS = (
    "ลิงก์|ลิงค์|ลิ้งค์|ลิ้งก์|ลิ้ง|link|ดู|ทราบ|ถาม|แบบฟอร์ม|ฟอร์ม|ไฟล์|วิธี|ข้อมูล|รายละเอียด|คำแนะนำ|ตัวอย่าง"
    "|เอกสาร|คำอธิบาย|สรุป|รายชื่อ|ผล"
)
# A word goes on while a vowel or tone mark follows: "ทำไม่เสร็จ" holds no ทำไม.
_WORD_GOES_ON = r"(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
# A leading vowel written before a consonant starts the word that consonant is in: "เกี่ยว"
# holds no asking "กี่".
_WORD_STARTED_BEFORE = r"(?<![\u0e40-\u0e44])"
_ASKING_RE = skipping(
    re.compile(
        rf"{_WORD_STARTED_BEFORE}{phrase_search_regex(ASKING_WORDS)}{_WORD_GOES_ON}"
        rf"|(?:{phrase_regex(ASKING_ENDINGS)})$"
        # "…ส่งแผนไปยังคะ หนูเห็น…": a clause asking "yet?" with its particle, more words after it
        # (the normalised text keeps a particle that does not end the message); "ยังค่ะ" answers.
        r"|(?<=[\u0e01-\u0e4e])ยัง\s?(?:คะ|ครับ|คับ)(?=\s)"
        # "ขอสรุปรายสัปดาห์ด้วย", "ขอสรุปทุกวันจันทร์ด้วย" subscribe to the weekly digest (a
        # setting), they ask for no summary.
        r"|(?:^|\s)ขอ\s?(?!สรุป\s?(?:(?:ราย|ประจำ|ทุก)\s?(?:สัปดาห์|อาทิตย์)|ทุก\s?(?:วัน\s?)?จันทร์))"
        rf"(?:{phrase_regex(REQUESTS)}){_WORD_GOES_ON}"
        # A choice between two asks which: "ขยะ 52.3 หรือ 53 ดี", "ส่งทางอีเมลหรือส่งเป็นเล่มคะ"
        # (a write that hesitates between two values is safer asked back than stored).
        r"|หรือ\s?\S"
    )
)


# An English question: its opening word, or "yet" at its end ("has the plan been sent yet").
ENGLISH_ASKING = (
    "who|whom|whose|what|what's|whats|when|where|which|why|how|did|does|do|has|have|had|is|are"
    "|was|were|can|could|should|shall|may|will|would"
)
# "how many"/"how much" ask wherever they stand ("PMQA overall ตอนนี้ how many units done step 3").
_ENGLISH_ASKING_RE = lead(
    re.compile(
        rf"^(?:{ENGLISH_ASKING})(?![\w'-])|(?<![\w'-])yet$|(?<![\w'-])how (?:many|much)(?![\w'-])"
    )
)


# Asking someone to send ("ส่งให้หน่อย", "แนบมาที"): the normalised text has lost หน่อย.
_SEND_ME_RE = re.compile(r"(?:ส่ง|แนบ|อัปโหลด|อัพโหลด|โหลด)\s*(?:ให้|มา)\s*(?:หน่อย|ที(?![่้]))")


# The last asking word with a tone mark or vowel missed or swapped ("หรือยง", "รึยงั"): its
# letters without marks end the message's.
_MISTYPED_ENDINGS = tuple(
    {skeleton(w) for w in words("หรือยัง|รึยัง|หรือเปล่า|รึเปล่า|ได้ไหม|ใช่ไหม|ได้มั้ย|ใช่มั้ย")}
)
# A text whose last letter is no mark ``skeleton`` drops keeps it last: unless it is the last
# letter of one of those endings, the text ends with none (most messages are not skeletonised).
_MISTYPED_LAST = frozenset(ending[-1] for ending in _MISTYPED_ENDINGS)
_MARKS = frozenset(c for c in map(chr, range(0x0E00, 0x0E80)) if not skeleton(c))


# "Nothing", "no one", "nowhere": an asking word after a negation asks nothing ("ช่วงนี้ไม่มี
# อะไรต้องส่ง", "ยังไม่มีใครส่งเลย", "ไม่ค่อยมีใครเปิดดู"); a question word elsewhere in the
# message still asks.
# "ไม่ได้แนบเอกสารอะไรเลย", "ไม่ได้ส่งอะไรทั้งสิ้น": nothing whatsoever, after the verb denied.
_NONE_RE = re.compile(
    r"ไม่\s?(?:ค่อย)?\s?(?:มี|ได้|ต้อง)?\s?(?:อะไร|ใคร|ไหน)(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
    r"|ไม่\s?(?:ได้)?\s?[\u0e01-\u0e4e]{1,30}\s?อะไร\s?(?:เลย|ทั้งสิ้น|สักอย่าง)"
)


# A question passed on ("ผอ.ถามมาว่าแผนส่งแล้ว": whether it was sent), and a statement
# hedged ("ส่งแล้วมั้ง": a guess is no report; the particle is gone from the normalised text, so
# the typed one is read). "…แล้วเนาะ"/"…แล้วเนอะ" assert softly and still report.
_PASSED_ON_RE = re.compile(r"ถาม\s?(?:มา)?\s?ว่า")
_HEDGED_RE = re.compile(r"(?:มั้ง|มั๊ง)\s*(?:ครับ|ค่ะ|คะ|จ้า|จ้ะ|นะ)?[\s?!.~]*$")


# A condition opening the message ("ถ้าแผนข้อ 2 ไม่ถึงเป้าจะเป็นไร", "หาก…", "สมมติว่า…"): a
# hypothesis, no report of anything done; it never becomes a write (the matcher), and a clause
# after it is read with it (handlers.nlu.clauses).
CONDITION_RE = re.compile(r"^(?:ถ้า|หาก|สมมติ|สมมุติ|กรณี|ในกรณี|if\b)", re.IGNORECASE)
# A reason opening the message ("เพราะเพิ่งผ่านขั้นตอน 1 จ้า ที่เหลือยังไม่ถึงรอบ", "เพราะว่าขยะได้
# 52.3 ไง"): it explains to someone what is known, and reports nothing new (never a write).
REASON_RE = re.compile(r"^เพราะ")
# A step's window told rather than a step done (never a step reported): closed ("ขั้น 1 เขาปิดไป
# ตั้งแต่ 29 พ.ย. แล้ว", "รอบส่งรายชื่อทีมปิดรับไปแล้ว") or in its first or last days ("สัปดาห์
# สุดท้ายของการส่งแผนแล้วน้า"). Searched in the masked text (a typed step is "STEP").
WINDOW_TOLD_RE = re.compile(
    r"(?:STEP|รอบ\S{0,16}|ขั้น\S{0,6})\s?(?:เขา|ก็|มัน)?\s?ปิด\s?(?:รับ\s?)?(?:ไป|แล้ว|ตั้งแต่)"
    r"|(?:วัน|สัปดาห์|อาทิตย์|เดือน|ช่วง)\s?(?:สุดท้าย|แรก)\s?(?:ของ\s?)?การส่ง"
)
# A sending told done or in time: "ส่งรายชื่อทีมแล้ว", "เราส่งทันเมื่อวาน".
_SENT_TOLD_RE = re.compile(
    r"(?:ส่ง|ยื่น|แนบ|อัป|อัพ|กรอก)(?:(?!ไม่)\S)*\s?(?:(?:(?!ไม่)\S)+\s?){0,3}?"
    r"(?:แล้ว|(?<!ไม่)(?<!ไม่ )ทัน(?!\s?กัน)|เรียบร้อย)"
)


def window_told_alone(masked: str) -> bool:
    """Whether a step's window is told (``WINDOW_TOLD_RE``) with no sending told done beside it
    ("กองกลางส่งรายชื่อทีมแล้ว รอบนี้ปิดแล้วนะ" reports the sending all the same)."""
    if WINDOW_TOLD_RE.search(masked) is None:
        return False
    return _SENT_TOLD_RE.search(WINDOW_TOLD_RE.sub(" ", masked)) is None


_TOLD_DONE_RE = re.compile(r"แล้ว|เรียบร้อย|ครบ")
_ASKED_CLOSE_RE = re.compile(r"(?:คะ|ไหม|มั้ย|มั๊ย|เหรอ|หรอ|ป่ะ|ปะ|\?)\s*$")


def asks(normalised: str, original: str = "") -> bool:
    """Whether a message asks something (the normalised text has lost its question mark and
    its หน่อย)."""
    if "ไม่" in normalised:
        normalised = _NONE_RE.sub(" ", normalised)
    if "ส่วน" in normalised and (other := OTHER_NOT_YET_RE.search(normalised)) is not None:
        told = normalised[: other.start()]
        if _TOLD_DONE_RE.search(told) and not _ASKED_CLOSE_RE.search(original):
            # "กองคลังส่งแผนแล้ว ส่วนกองนิติการยัง": one done, the other not yet, told ("…ยังคะ"
            # asks).
            normalised = told
    # Each ``in`` test names a literal every match of its pattern holds (lower-casing makes
    # no Thai letter): most messages hold none and are not searched.
    return (
        "?" in original
        or bool(_ASKING_RE.search(normalised))
        or "ถาม" in normalised
        and bool(_PASSED_ON_RE.search(normalised))
        or ("มั้ง" in original or "มั๊ง" in original)
        and bool(_HEDGED_RE.search(original.lower()))
        or ("หน่อย" in original or "ที" in original)
        and bool(_SEND_ME_RE.search(original))
        or bool(_ENGLISH_ASKING_RE.search(original.strip().lower()))
        or (normalised[-1:] in _MISTYPED_LAST or normalised[-1:] in _MARKS)
        and skeleton(normalised[-12:]).endswith(_MISTYPED_ENDINGS)
    )


# A promise to send, with nothing said to be done: "กองนิติการจะส่งแผนภายในวันที่ 24 ม.ค.",
# "ศทส.จะจัดส่งแผนทางอีเมลพรุ่งนี้", "ดิฉันจะติดตามให้ส่งภายในวันนี้" ("…จะได้…" is a purpose).
_PROMISED_RE = re.compile(r"จะ(?!\s?ได้).*?(?:ส่ง|ทำ|แนบ|ยื่น|อัป|อัพ|กรอก|รายงาน|submit|upload)")
_DONE_RE = re.compile("แล้ว|เรียบร้อย")


def promises(text: str) -> bool:
    """Whether ``text`` (normalised or masked) promises to send something and says nothing
    is done: neither a report nor, unless it asks, a question."""
    return "จะ" in text and bool(_PROMISED_RE.search(text)) and not _DONE_RE.search(text)


# A report closed by a particle, then a tag asking only whether it was right: "ส่งรายชื่อแล้วค่ะ
# ทาง google form ถูกใช่มั้ยคะ". The tag asks for a check, not for anything the bot knows:
# the report stays a report (and is confirmed before anything is stored).
_TAGGED_RE = re.compile(
    r"^(?P<said>.*(?:แล้ว|เรียบร้อย)\s*(?:นะ\s*)?(?:ค่ะ|ครับ|คับ|ค่า|จ้า)\s.*?)"
    r"\s*ถูก(?:ต้อง)?\s*(?:แล้ว\s*)?(?:ใช่\s*)?(?:ไหม|มั้ย|มั๊ย|ไม๊)$"
)


_ASKED_TAIL = r"\s?(?:ไหม|มั้ย|มั๊ย|ไม๊|หรือเปล่า|รึเปล่า|หรือป่าว|ป่าว|ป่ะ|หรือไม่)"
_PARTICLES_AFTER = r"(?:\s?(?:นะ|น้า|คะ|ค่ะ|ครับ|คับ|จ้ะ|จ๊ะ|จ้า|ค่า|เนี่ย|อ่ะ|อะ))*\s?\?*"
_DOUBTING = (
    r"(?:(?:แต่|ก็|หนู|ผม|ดิฉัน|เรา)\s?)*(?:ไม่\s?แน่\s?ใจ|ไม่\s?รู้|ไม่\s?ทราบ)\s?ว่า"
    r"\s?(?:หนู|ผม|ดิฉัน|เรา)?\s?"
)
_TYPING = r"(?:พิมพ์|ใส่|กรอก|แจ้ง|เขียน)\s?"  # not ถาม: "ถามแบบนี้ได้ไหม" asks
_THIS_WAY = r"(?:แบบ\s?นี้|อย่าง\s?นี้|งี้)"
_RIGHTLY = r"\s?(?:ถูก\s?ต้อง|ถูก)"
_FINE = r"\s?(?:ถูก\s?ต้อง|ถูก|ได้|โอเค|ok)"
# Opening with no verb, "ได้" asks leave for what follows ("ไม่แน่ใจว่าแบบนี้ได้ไหม ส่งทางไลน์แทน").
_RIGHT_OR_OK = r"\s?(?:ถูก\s?ต้อง|ถูก|โอเค|ok)"
# Whether the bot will take it: "ไม่แน่ใจว่าบอทจะบันทึกให้ไหม" ("…บันทึกแผนกองคลังไว้ไหม", an
# entry named, may ask what was stored: not cut; "…บันทึกหรือยัง" asks what was).
_THE_BOT = r"(?:น้อง\s?)?(?:บอท|bot)"
_BOT_TAKES = rf"{_THE_BOT}\s?(?:จะ)?\s?(?:บันทึก|รับ|อ่าน|เข้าใจ|เก็บ|จำ)\s?(?:ให้|ได้)?"
# How the message itself was typed, doubted: "ไม่แน่ใจว่าพิมพ์แบบนี้ถูกไหม", "ไม่แน่ใจว่าใส่ถูก
# ไหม", "กรอกแบบนี้ได้มั้ย", "หนูพิมพ์ถูกไหม" (typing alone needs no doubt said; "ใส่ถูกไหม"
# alone may check the figure): the typing verb says the wording is in doubt, not the data. "ไม่
# แน่ใจว่าแบบนี้ถูกไหม" with no verb is the wording only when it opens the message, before what
# "แบบนี้" points at ("…ส่งทางอีเมล ไม่แน่ใจว่าแบบนี้ถูกไหม" doubts the channel). Whether the
# bot will take the message, or understand it ("บอทเข้าใจไหม"), is no doubt of it either.
_DOUBT_RE = Guarded(
    re.compile(
        rf"(?:(?<=\s)|^)(?:{_DOUBTING}{_TYPING}{_THIS_WAY}?{_RIGHTLY}"
        rf"|(?:{_DOUBTING})?{_TYPING}{_THIS_WAY}{_FINE}"
        rf"|{_DOUBTING}{_BOT_TAKES}"
        rf"|(?:(?:หนู|ผม|ดิฉัน|เรา)\s?)?พิมพ์\s?{_RIGHTLY}"
        rf"|{_THE_BOT}\s?(?:จะ)?\s?(?:เข้าใจ|อ่านออก|อ่านเข้าใจ)"
        rf"|^{_DOUBTING}{_THIS_WAY}{_RIGHT_OR_OK}){_ASKED_TAIL}{_PARTICLES_AFTER}(?=\s|$)"
    )
)


def _doubts_cut(text: str) -> tuple[str, bool]:
    """``text`` without the clauses that doubt how the message was typed or whether the bot
    takes it, and whether one was cut."""
    if _DOUBT_RE.search(text) is None:
        return text, False
    return " ".join(_DOUBT_RE.sub(" ", text).split()), True


# Letters every asking tail of a doubt holds: most messages hold none and are not searched.
_TAIL_LETTERS = ("ไหม", "มั้ย", "มั๊ย", "ไม๊", "เปล่า", "ป่าว", "ป่ะ", "หรือไม่")
# Whether a text holds one of them, in one C-level search rather than an ``in`` test each.
_ANY_TAIL = re.compile(literal_trie(_TAIL_LETTERS)).search


_CONDITION_WORD_RE = re.compile(r"(?:^|\s)(?:ถ้า|หาก)")


# A report closed by its particle, then a tag hedging the report itself (the last clause):
# whether it was sent or typed the right way ("ยาเสพติด 80% ค่ะ ส่งแบบนี้ได้ใช่ไหมคะ", "…ค่ะ ใช่
# แบบนี้ไหมคะ", "…ครับ แบบนี้โอเคไหม"), to the right place ("…เข้า drive แล้วนะคะ ไม่แน่ใจว่าถูก
# โฟลเดอร์รึเปล่า"), in time ("…แล้วค่ะ เพิ่งส่งวันนี้ ช้าไปไหมคะ"), or which step it was, in
# brackets ("ส่งแผน 3 ปีไปแล้วค่ะ (ขั้นตอนที่ 2 หรือ 3 นะคะ หนูจำไม่ได้)"). The card restates the
# report before anything is kept, so the tag asks nothing of the bot: the report stands. The same
# words alone, or after words no particle closes ("ขยะ 56.4 ส่งแบบนี้ได้ไหม"), still ask.
_PARTICLE = r"\s?(?:นะ\s?)?(?:ค่ะ|คะ|ครับ|คับ|ค่า|จ้า|คร่า|ค้าบ)\s"
# The head told done ("…แล้วนะคะ"), or a figure it states closed by the particle ("ยาเสพติด 80%
# ค่ะ", "…44 ชุดค่ะ"): a day is no figure ("ส่งแผนวันที่ 2 ก.พ. ค่ะ ช้าไปไหม" asks of a day to come),
# nor is a sending asked leave for ("ขอส่งแผนทางอีเมลนะคะ แบบนี้ได้ไหม", no figure: it asks).
_DONE_CLOSED_RE = re.compile(rf"(?:แล้ว|เรียบร้อย){_PARTICLE}")
_FIGURE_CLOSED_RE = re.compile(rf"\d(?:[\d.,]*\d)?\s?(?:%|\S{{0,12}}?){_PARTICLE}")
_A_DAY_RE = re.compile(
    r"วันที่|พรุ่งนี้|มะรืน|ม\.\s?ค\.|ก\.\s?พ\.|มี\.\s?ค\.|เม\.\s?ย\.|พ\.\s?ค\.|มิ\.\s?ย\.|ก\.\s?ค\."
    r"|ส\.\s?ค\.|ก\.\s?ย\.|ต\.\s?ค\.|พ\.\s?ย\.|ธ\.\s?ค\.|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา"
    r"|กันยา|ตุลา|พฤศจิกา|ธันวา"
)
_SENDING_VERB = r"(?:ส่ง|พิมพ์|ใส่|กรอก|แจ้ง|อัป|อัพ|รายงาน)"
_HEDGE_TAG_RE = re.compile(
    r"\s(?:"
    rf"(?:{_DOUBTING})?(?:{_SENDING_VERB}\s?)?{_THIS_WAY}\s?(?:ได้|ถูก\s?ต้อง|ถูก|โอเค|ok)?"
    rf"\s?(?:แล้ว\s?)?(?:ใช่\s?)?{_ASKED_TAIL}"
    rf"|ใช่\s?{_THIS_WAY}\s?(?:ไหม|มั้ย|มั๊ย|ไม๊|หรือเปล่า|รึเปล่า|ป่ะ|หรือไม่)"
    # (Only a report told done is doubted of its place, its time or its step.)
    rf"|(?P<done>(?:{_DOUBTING})?(?:{_SENDING_VERB}\s?)?(?:ไว้\s?)?ถูก\s?"
    r"(?:ที่|โฟลเดอร์|folder|ช่อง|ลิงก์|ลิงค์|ไดรฟ์|drive|ฟอร์ม|form)\s?(?:แล้ว\s?)?(?:ใช่\s?)?"
    rf"{_ASKED_TAIL}"
    rf"|(?:{_DOUBTING})?(?:{_SENDING_VERB}\s?)?(?:ช้า\s?ไป|ช้า|ทัน)\s?(?:\S{{1,6}}?\s?)?{_ASKED_TAIL}"
    r"|\(\s?[^()]*?(?:จำ\s?ไม่\s?ได้|ไม่\s?แน่\s?ใจ|ลืม)[^()]*\)?"
    rf")){_PARTICLES_AFTER}$"
)


# Letters every hedging tag holds: "แบบนี้", "อย่างนี้", "งี้", "ถูก…", "ช้าไป", "ทัน", a bracket.
_HEDGE_LETTERS = ("แบบ", "อย่าง", "งี้", "ถูก", "ช้า", "ทัน", "(")


def _hedge_cut(text: str) -> str | None:
    """``text`` without a closing tag hedging the report it closes (see above), or None."""
    if not any(word in text for word in _HEDGE_LETTERS):  # most messages hold none
        return None
    tag = _HEDGE_TAG_RE.search(text)
    if tag is None:
        return None
    head = f"{text[: tag.start()]} "
    if _DONE_CLOSED_RE.search(head) is None and (
        tag["done"]
        or not _FIGURE_CLOSED_RE.search(head)
        or _A_DAY_RE.search(head)
        or "จะ" in head
        # (A rule restated with its figure, "แผนต้องมี 3 มิติค่ะ แบบนี้ถูกไหม", asks it.)
        or "ต้อง" in head
    ):
        return None
    if asks(head) or _CONDITION_WORD_RE.search(head):
        return None
    if "ปี" in head and _PAST_YEAR_RE.search(head) and not INDICATOR_RE.search(head):
        # "ปีที่แล้วส่ง 3 ครั้งค่ะ แบบนี้ได้ไหม": how it went last year, nothing named; the tag
        # asks whether doing so now is fine.
        return None
    return head.strip()


_PAST_YEAR_RE = re.compile(r"ปี\s?(?:ที่\s?แล้ว|ก่อน|ที่\s?ผ่าน\s?มา|กลาย)")


def without_doubt(normalised: str, original: str = "") -> tuple[str, str]:
    """``normalised`` and ``original`` (the message as typed) without a clause that doubts only
    the message's wording or whether the bot will take it ("ไม่แน่ใจว่าพิมพ์แบบนี้ถูกไหมนะคะ
    กองคลังส่งแผนเรียบร้อยแล้วค่ะ", "ส่งผลขยะ 51.2 ค่ะ ไม่แน่ใจว่าใส่ถูกไหม", "…ไม่แน่ใจว่าบอท
    จะบันทึกให้ไหม"): what is left is read as it stands, a report a report and a question a
    question. Both are kept as they are when nothing else would be left."""
    if _ANY_TAIL(normalised) is None and "(" not in normalised:
        return normalised, original
    hedged = _hedge_cut(normalised)
    if hedged:  # "ยาเสพติด 80% ค่ะ ส่งแบบนี้ได้ใช่ไหมคะ": the report it hedges
        typed = _hedge_cut(original.lower()) if "?" in original else original
        return strip_particles(hedged), typed or hedged
    if _ANY_TAIL(normalised) is None:
        return normalised, original
    rest, cut = _doubts_cut(normalised)
    # "ขยะ 52.3 บอทจะเข้าใจไหม ถ้าส่งแบบนี้": a condition asks what would happen.
    if not cut or not rest or _CONDITION_WORD_RE.search(rest):
        return normalised, original
    # The question mark that closed the clause goes with it ("…ถูกไหมคะ? กองคลังส่งแผนแล้ว").
    typed = _doubts_cut(original.lower())[0] if "?" in original else original
    return strip_particles(rest), typed  # "ส่งผลขยะ 51.2 ค่ะ …": the particle ends it now


def without_tag(normalised: str, original: str = "") -> str:
    """``normalised`` without a closing tag that checks a report ("…แล้วค่ะ ถูกใช่มั้ย"), when
    nothing else in it asks; else ``normalised`` as it is."""
    if "?" in original or "ถูก" not in normalised:  # every tag holds "ถูก"
        return normalised
    match = _TAGGED_RE.match(normalised)
    if match is None or asks(match["said"]):
        return normalised
    return match["said"].strip()


# A favour asked of the bot, to record what the message states: "บันทึกผลขยะ 59.7 ให้หน่อยได้มั้ย",
# "e-Budgeting 4.7 คะแนน บันทึกให้หน่อยได้ไหม", "ช่วยกรอกขยะ 52 ให้ด้วยได้ไหม". The recording verb
# comes before the closing "ให้ (หน่อย|ด้วย|ที) ได้ไหม"; it asks the bot to do what it can only
# restate on a confirmation card, so it is no question about anything.
RECORD_VERB_RE = re.compile("บันทึก|กรอก|ใส่ค่า|ใส่ผล|อัปเดต|อัพเดต|อัพเดท|อัปเดท")
# "ช่วยบันทึกหน่อยได้มั้ยคะ": "หน่อย" or "ด้วย" without "ให้" closes it as well.
_FOR_ME_RE = re.compile(
    r"\s?(?:ให้\s?(?:หน่อย|ด้วย|ที(?![่้]))?|หน่อย|ด้วย)\s?ได้\s?(?:ไหม|มั้ย|มั๊ย|ไม๊|ป่ะ|รึเปล่า|หรือเปล่า)$"
)


def asks_to_record(normalised: str, original: str = "") -> bool:
    """Whether the message asks only the favour of recording what it states (see above): no
    question mark, a recording verb before the closing "…ให้หน่อยได้ไหม", and no other ask."""
    return recorded_stem(normalised, original) is not None


def recorded_stem(normalised: str, original: str = "") -> str | None:
    """What a message asking only the favour of recording states (see ``asks_to_record``):
    the words before the closing "…ให้หน่อยได้ไหม"; None when it asks anything else."""
    closing = _FOR_ME_RE.search(normalised)
    if closing is None or "?" in original:
        return None
    stated = normalised[: closing.start()]
    return stated if RECORD_VERB_RE.search(stated) and not asks(stated) else None


# Taking back what was just recorded, asked as a favour: "เมื่อกี้บันทึกผิด ย้อนกลับได้ไหม",
# "ลบอันที่เพิ่งบันทึกไปออกได้ไหมคะ ผิดกอง". The undo card restates the entry and withdraws
# nothing until it is confirmed, so the favour is no question about anything. It names the entry
# just made ("เมื่อกี้", "เพิ่ง…") or says it was wrong; "the latest" alone ("ยกเลิกที่ส่งล่าสุด
# ได้ไหม") may ask whether it can be done, and a condition ("ถ้าบันทึกผิดย้อนได้ไหม") or a
# question mark asks whether entries can be taken back at all.
_CAN_YOU_RE = re.compile(
    r"(?:ให้\s?)?(?:หน่อย|ด้วย|ที(?![่้]))?\s?ได้\s?(?:ไหม|มั้ย|มั๊ย|ไม๊|ป่ะ|หรือเปล่า|รึเปล่า)"
    r"(?:\s?(?:คะ|ครับ|ค่ะ|คับ|จ้ะ|จ๊ะ|นะ))?"
)
# (Sent twice, "ส่งซ้ำสองรอบ", "กดเบิ้ล", says the latest entry is the wrong one as well.)
_JUST_MADE_RE = re.compile("เมื่อกี้|เมื่อกี๊|เพิ่ง|ผิด|พลาด|ซ้ำ|เบิ้ล")
_SUPPOSING_RE = re.compile("ถ้า|หาก|สมมติ|สมมุติ|กรณี|เผื่อ")


def asks_to_take_back(normalised: str, original: str = "") -> bool:
    """Whether the message asks only the favour of taking back the entry just made (see above):
    one closing "…ได้ไหม", no question mark, no condition and no other ask."""
    if "?" in original:
        return False
    favours = list(_CAN_YOU_RE.finditer(normalised))
    if len(favours) != 1:
        return False
    rest = f"{normalised[: favours[0].start()]} {normalised[favours[0].end() :]}"
    said = _JUST_MADE_RE.search(rest) and not _SUPPOSING_RE.search(rest)
    return bool(said) and not asks(rest)


# Another told not yet done, closing a statement: "…ครบแล้ว ส่วนแผนยัง", "…ระดับ 3 แล้วค่ะ ส่วน
# กองคลังยัง", "กองคลังส่งแผนแล้ว ส่วนกองนิติการยัง" (and X, not yet), no question.
OTHER_NOT_YET_RE = re.compile(r"ส่วน(?!ราชการ|ตัว)\s?\S{1,30}?\s?(?<!แล้ว)(?<!หรือ)(?<!รึ)ยัง\s*$")
