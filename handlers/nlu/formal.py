"""Formal, official Thai read as everyday Thai: the words of ``data/nlu/formal_words.txt``
("หน่วยงานใดยังมิได้จัดส่งแผน" -> "หน่วยงานไหนยังไม่ได้ส่งแผน") and a letter's opening
addressee ("เรียน ผู้ประสานงาน …", "เรียนท่าน ผอ.สำนัก …"), which names no slot."""

from __future__ import annotations

import re
from functools import cache

from handlers.data_files import read_text
from handlers.nlu.guards import skipping
from handlers.nlu.patterns import pieces_trie
from handlers.nlu.rare_letters import any_literal, rarest_letters_first

# A vowel or tone mark after a phrase: the word goes on ("ใด" is no part of a longer word, but
# a formal phrase must end where its word ends).
_GOES_ON = r"(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
_THAI_BEFORE = r"(?<![\u0e01-\u0e4e])"
# What may follow a phrase that must end a clause ("…หรือไม่ครับ", "…หรือไม่ ขอบคุณ").
_CLAUSE_END = r"(?=$|[\s?!.,:;)]|ครับ|ค่ะ|คะ|คับ|ค่า|นะ|จ้ะ|จ้า|ฮะ|เจ้า)"


@cache
def _table() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """(a search for any formal phrase, the everyday words of each as found, a gate before
    that search: a search for one word of each phrase, found in every text the phrase is)."""
    everyday: dict[str, str] = {}
    patterns: list[tuple[str, str]] = []
    bodies: list[list[str]] = []  # each phrase's letters and optional spaces, as pattern pieces
    for raw in read_text("nlu", "formal_words.txt").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        formal, _, plain = (part.strip() for part in line.partition("="))
        alone, clause = formal.startswith("<"), formal.endswith("$")
        formal = formal.lstrip("<").rstrip("$").strip()
        # A space typed between the words of a phrase is optional ("ณ ปัจจุบัน", "ณปัจจุบัน").
        body = r"\s?".join(map(re.escape, formal.split()))
        bodies.append(
            [piece for word in formal.split() for piece in (r"\s?", *map(re.escape, word))][1:]
        )
        pattern = (_THAI_BEFORE if alone else "") + body + (_CLAUSE_END if clause else _GOES_ON)
        patterns.append((formal, pattern))
        everyday[formal.replace(" ", "")] = plain
    patterns.sort(key=lambda pair: len(pair[0]), reverse=True)
    # A position where no phrase's letters start is passed over by one test of their trie (see
    # ``phrase_search_regex``): its look-ahead holds wherever a phrase matches.
    search = skipping(
        re.compile(rf"(?={pieces_trie(bodies)})(?:{'|'.join(p for _, p in patterns)})")
    )
    # A phrase's words stand in its every match as they are (only the spaces between them are
    # optional): its word of the rarest letter is looked for from a few rare letters
    # (``rare_letters``), a scan ``re`` enters at far fewer positions than the trie above.
    words = (rarest_letters_first(formal.split())[0] for formal, _ in patterns)
    gate = re.compile(any_literal(words))
    return search, everyday, gate


def _everyday(match: re.Match[str]) -> str:
    return _table()[1][re.sub(r"\s", "", match.group())]


# "เรียน <addressee>" opening a message, a space after the addressee (one word, or "ท่าน" and
# one more): whom a letter is to, never a slot. "เรียนสอบถาม", "เรียนแจ้ง" are verbs, read by
# the table first; the group called by its kin term ("เรียนพี่ๆ ทีม PMQA ค่ะ") is courtesy,
# read with the slots.
# The usual addressees need no space after them ("เรียนทุกท่านกลุ่มพัฒนาระบบบริหารส่ง…"),
# unless the addressee goes on ("เรียนทุกท่านที่เกี่ยวข้อง").
OPENER_RE = re.compile(
    r"^เรียน\s?(?:(?P<usual>ทุกท่าน|ทุกคน|น้องบอท|พี่บอท|บอท|ผู้ประสานงาน|ผู้เกี่ยวข้อง|คณะทำงาน|ทีมงาน(?!\s?pmqa)"
    # The bot called by its name ("เรียนน้องบอท ผมขอทราบสถานะ…") is whom the letter is to.
    # The PMQA team by its name ("เรียนทีม PMQA ครับ ท่าน ผอ. ขอ summary…"): the plan's name
    # in the addressee names no indicator.
    r"|ทีม\s?(?:งาน\s?)?pmqa(?:\s?4\.0)?)"
    r"(?!ที่|ทุก)(?:\s?(?:ครับ|ค่ะ|คะ))?\s?"
    r"|(?!ให้|เชิญ|ว่า|มา|พี่|น้อง|เพื่อน)(?P<to>(?:ท่าน\s)?[^\s]+)\s+"
    # The team or the coordinator's group called with the kin term before it, closed by a
    # particle ("เรียนพี่ๆ กลุ่มพัฒนาระบบบริหารค่ะ กองการเจ้าหน้าที่ส่งแผน…"): whom the letter is
    # to; what follows is read.
    r"|(?:พี่|น้อง)\s?ๆ\s?(?P<kin>(?:ทีม|กลุ่ม|คณะทำงาน|ผู้ประสานงาน)[^\s]*?(?:\s?pmqa)?)"
    r"\s?(?:ครับ|ค่ะ|คะ|ค่า)\s+)(?=\S)"
)
# The reason a letter opens with, up to "จึง" ("เนื่องด้วยพรุ่งนี้ท่านจะประชุม จึงขอทราบ…"); a
# unit glued to "จึง" after it is the subject of what follows, kept ("…ในทีม กองกลางจึงได้ส่ง…").
_REASON_RE = re.compile(
    r"^(?:เนื่องด้วย|เนื่องจาก|ด้วย(?=\s?ท่าน))\S*(?:\s\S+)*?"
    r"(?:\s(?P<subject>(?:กอง|สำนัก|ศูนย์|กลุ่ม|ฝ่าย)\S*?|[\u0e01-\u0e4e]{1,4}\.(?:[\u0e01-\u0e4e]{1,3}\.)*))?"
    r"\s?จึง\s?(?=\S)"
)


# A question passed on inside the reason ("เนื่องจากผู้บริหารสอบถามมาว่า…กี่รอบ… จึงขอความ
# อนุเคราะห์ชี้แจง"): what was asked is the message, the favour after "จึง" adds nothing.
_ASKED_IN_REASON_RE = re.compile(
    r"^(?:เนื่องด้วย|เนื่องจาก).*?(?:สอบถาม|ถาม)\s?(?:มา)?\s?ว่า\s?"
    r"(?P<question>\S.*?)\s?จึง\s?(?=\S)"
)


def _subject(match: re.Match[str]) -> str:
    return f"{match['subject']} " if match["subject"] else ""


# The purpose an ask closes with, to the end of the message: glued or spaced after the ask
# ("…ของจังหวัดเพื่อนำเรียน ผวจ.", "…ย้อนหลัง เพื่อประกอบการตรวจสอบ"), or a sentence of its own
# ("…ครับ ใช้ประกอบวาระการประชุม"). Never one that holds a number or says something is done
# ("…เพื่อใช้เป็นค่าฐาน" tells what a value is: no reporting or preparing verb).
_PURPOSE_RE = re.compile(
    r"(?:(?<=\S)\s?เพื่อ\s?(?:จะ\s?ได้\s?)?|(?:(?<=ครับ)|(?<=ค่ะ)|(?<=คะ))\s(?:ใช้|สำหรับ|จะได้)\s?)"
    r"(?:นำเรียน|นำเสนอ|เสนอ|ใช้ประกอบ|ประกอบ|ใช้ตรวจ|ตรวจทาน|ตรวจสอบ|จัดทำ|ติดตาม|เตรียม|แจ้ง"
    r"|รายงาน|เรียน|ทำ)(?P<rest>[^\d]*)$"
)
_DONE_RE = re.compile("แล้ว|เรียบร้อย")
# "รายงานค่ะ ศทส. ส่งแผนแล้ว": the word of reporting opening the message with its particle only
# announces what follows (as "แจ้งค่ะ" does); it names no report of step 4.
_ANNOUNCED_RE = re.compile(r"^รายงาน\s?(?=(?:นะ\s?)?(?:ค่ะ|ครับ|คับ|ค่า|ครับผม)\s+\S)")


def plain(text: str) -> str:
    """``text`` (one line, lower-case, ASCII digits) in everyday words, without the opening
    addressee of a letter, the reason it opens with and the purpose it closes with."""
    search, _, gate = _table()
    # Searched before replaced: most messages hold no formal phrase, and a search that finds
    # none costs less than a substitution that makes none (the gate's, less still).
    if gate.search(text) is not None and search.search(text) is not None:
        read = search.sub(_everyday, text)
        if read != text:  # an everyday side may be empty, or hold a space
            text = " ".join(read.split())
    if text.startswith("เรียน"):
        text = OPENER_RE.sub("", text)
    if text.startswith("รายงาน"):
        text = _ANNOUNCED_RE.sub("แจ้ง", text)
    if text.startswith(("เนื่อง", "ด้วย")):
        asked = _ASKED_IN_REASON_RE.match(text) if "ถาม" in text else None
        text = asked["question"] if asked else _REASON_RE.sub(_subject, text)
    if "เพื่อ" in text or " ใช้" in text or " สำหรับ" in text or " จะได้" in text:
        purpose = _PURPOSE_RE.search(text)
        if purpose and purpose.start() and not _DONE_RE.search(purpose["rest"]):
            text = text[: purpose.start()].rstrip()
    return text
