"""Courtesy around a message: a greeting, a laugh, the bot called or a question announced
first, thanks last.

"สวัสดีค่ะ สถานะ", "น้องบอท กนต.ล่ะ?", "รบกวนสอบถามหน่อยค่ะ สมาชิกทั้งหมด", "ตัวชี้วัดที่ 3
ขอบคุณค่ะ": the manners say how the message is put; what is said stands between them
(``core``). The registry reads those words on their own and keeps their reading when it says
something (data/nlu/courtesy_words.txt).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from handlers.data_files import sections
from handlers.nlu.guards import literal_trie
from handlers.nlu.patterns import ADDRESS_WORDS
from handlers.nlu.rare_letters import any_literal

_WORDS = sections("nlu", "courtesy_words.txt")


def _alternation(name: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_WORDS[name], key=len, reverse=True))


_AROUND = rf"(?:\s*(?:{_alternation('around')}))*"
_ASKING = _alternation("asking")
_OPENING_RE = re.compile(
    rf"^(?:(?:{_alternation('greetings')}|{_alternation('laughs')}|{ADDRESS_WORDS}|{_ASKING}"
    rf"|{_alternation('telling')}|{_alternation('apologies')})"
    rf"{_AROUND}\s+)+",
    re.IGNORECASE,
)
_ASKING_RE = re.compile(_ASKING)
_LAUGH_RE = re.compile(_alternation("laughs"), re.IGNORECASE)
_CLOSING_RE = re.compile(rf"\s(?:{_alternation('thanks')}){_AROUND}\s*$", re.IGNORECASE)
# "…" of a [context last] phrase: a few letters, a space among them ("ผอ. ถามมา").
_FEW = r".{0,40}?"
_CONTEXT = "|".join(
    _FEW.join(map(re.escape, phrase.split("…")))
    for phrase in sorted(_WORDS["context last"], key=len, reverse=True)
)
# Said after a space, or glued to the particle closing the question, as voice typing leaves it
# ("ใครยังไม่ส่งแผนบ้างคะพี่ต๋อยถามมา").
_CONTEXT_RE = re.compile(
    rf"(?:\s|(?<=คะ)|(?<=ค่ะ)|(?<=ครับ)|(?<=คับ))(?:{_CONTEXT}){_AROUND}\s*$", re.IGNORECASE
)
_OFFER = "|".join(
    _FEW.join(map(re.escape, phrase.split("…")))
    for phrase in sorted(_WORDS["offers last"], key=len, reverse=True)
)
# The offer's own end: "…แจ้งได้เลยนะคะ", "…บอกได้ค่ะ", "…แจ้งได้ตลอด".
_OFFER_RE = re.compile(rf"\s(?:{_OFFER})(?:เลย|ตลอด|เสมอ)?{_AROUND}\s*$", re.IGNORECASE)
# The letters an opening, thanks or context starts with (the first three of each word above,
# as the data says them): most messages hold none, and skip the searches.
_SAID = (
    *_WORDS["greetings"],
    *_WORDS["laughs"],
    *_WORDS["asking"],
    *_WORDS["telling"],
    *_WORDS["apologies"],
    *_WORDS["thanks"],
    *(phrase.split("…")[0] for phrase in _WORDS["context last"]),
    *(phrase.split("…")[0] for phrase in _WORDS["offers last"]),
    *ADDRESS_WORDS.split("|"),
)
_STARTS = {word[:3] for word in _SAID}
# The starts without a cased letter (Thai, digits) are matched as they are, case ignored or
# not: looked for from a few rare letters of theirs (``rare_letters``), ``re`` passes over
# the other letters. The few others, case ignored, are searched (as their trie: one letter
# tried at each step) only in a text with a cased letter.
_UNCASED = {start for start in _STARTS if start == start.lower() == start.upper()}
_CUE_RE = re.compile(any_literal(_UNCASED))
_CASED_CUE_RE = re.compile(literal_trie(_STARTS - _UNCASED), re.IGNORECASE)


# Thanks to someone for a favour done ("ขอบคุณพี่ต๋อยด้วยนะคะ ที่ช่วยลงทะเบียนให้", "ขอบคุณคุณเอก
# มากครับ ที่ลงทะเบียนให้", "ขอบคุณพี่ๆ ที่ช่วยลงทะเบียนให้"): who is thanked (a title and a
# nickname, or everyone), then what they did, helped with (ช่วย…) or did for the sender (…ให้,
# …แทน). The deed is done: nothing in it is asked or reported by the sender; a report said after
# it is read on its own (``core``). A favour asked now has no "ที่": "ขอบคุณค่ะ ช่วยลงทะเบียนให้หน่อย".
_PARTICLE = r"(?:ครับ|ค่ะ|คะ|ค่า|คับ|จ้า|จ้ะ|นะ|ด้วย|มาก|ๆ)"
FAVOUR_THANKED = (
    r"(?:ขอบคุณ|ขอบพระคุณ|ขอบใจ)(?:\s?มาก(?:\s?ๆ)?)?\s?"
    r"(?:(?:พี่|น้อง|คุณ|ป้า|ลุง|น้า|ท่าน)(?:\s?ๆ)?[\u0e01-\u0e4ea-z]{0,12}?|ทุกท่าน|ทุกคน)"
    rf"(?:\s?{_PARTICLE})*\s?(?:ที่|สำหรับ(?:การ)?)\s?(?:ได้\s?)?"
    r"(?:ช่วย\s?[^\s?]{1,30}?(?:\s?(?:ให้|แทน))?|[^\s?]{1,30}?\s?(?:ให้|แทน))"
    rf"(?:\s?(?:{_PARTICLE}|เมื่อวาน|เมื่อเช้า|เมื่อกี้|🙏))*"
)
_FAVOUR_THANKED_FIRST_RE = re.compile(rf"^{FAVOUR_THANKED}\s+(?=\S)", re.IGNORECASE)


class Said(NamedTuple):
    """The words of a message between its manners, and whether an opening asked."""

    words: str  # "" when the message has no manners around it, or nothing else
    asked: bool = False  # "รบกวนสอบถามหน่อยค่ะ …", "… ผอ.ถามมาค่ะ": the words are asked
    laugh: str = ""  # the laugh among the openings ("สวัสดีค่ะ 555 …"): "555"


# What ``core`` answers for a message without manners around it (most): a tuple, the same
# for each, not made again.
_NO_MANNERS = Said("")


def cued(text: str) -> bool:
    """Whether ``text`` holds the first letters of an opening, thanks or context (case
    ignored): a text that holds none has no manners around it. A text none of whose letters
    has another case (Thai) holds none of the cased ones: swapping case changes every letter
    ``re`` matches to a cased one, case ignored (tested over every character)."""
    return (
        _CUE_RE.search(text) is not None
        or text.swapcase() != text
        and _CASED_CUE_RE.search(text) is not None
    )


def after_opening(text: str) -> str:
    """``text`` without the openings before it (a greeting, the bot called, a question or news
    announced: see ``core``); ``text`` itself when it has none."""
    opening = _OPENING_RE.match(text) if cued(text) else None
    return text if opening is None else text[opening.end() :]


def core(text: str) -> Said:
    """``text`` without the openings before it (a greeting, the bot called, a question or
    news announced) and the thanks, the help offered or the context (who asked, what for)
    closing it."""
    if not cued(text):
        return _NO_MANNERS
    said = text.strip()
    asked, laugh = False, ""
    opening = _OPENING_RE.match(said)
    if opening is not None:
        asked = _ASKING_RE.search(opening.group()) is not None
        laughed = _LAUGH_RE.search(opening.group())
        laugh = laughed.group() if laughed is not None else ""
        said = said[opening.end() :]
    if said.startswith("ขอบ"):
        favour = _FAVOUR_THANKED_FIRST_RE.match(said)
        if favour is not None:  # "ขอบคุณพี่ที่ช่วยลงทะเบียนให้ค่ะ กองคลังส่งแผนแล้ว": thanks first
            said = said[favour.end() :]
    closing = _CLOSING_RE.search(said)
    if closing is not None:
        said = said[: closing.start()]
    offer = _OFFER_RE.search(said)
    if offer is not None:  # "… ถ้าขาดอะไรแจ้งได้เลยนะคะ": help offered, nothing asked
        said = said[: offer.start()]
    context = _CONTEXT_RE.search(said)
    if context is not None:  # "… ผู้อำนวยการถามมาค่ะ": someone asked what comes before
        said = said[: context.start()]
        asked = True
    said = said.strip()
    return Said(said if said != text.strip() else "", asked, laugh)
