"""Slot reading helpers: the words left around a rule's cues, units, channels and verdicts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from handlers.nlu.extract import PLACEHOLDERS, Extraction
from handlers.nlu.guards import Guarded, lead, skipping
from handlers.nlu.patterns import (
    ADDRESS_WORDS,
    CHANNEL_WORDS,
    CHANNELS,
    DELIVERABLE_WORDS,
    EDGE_WORDS,
    FILLER_WORDS,
    INDICATOR_WORDS,
    MEASURE_WORDS,
    SENTENCE_END_RE,
    UNIT_PREFIXES,
    phrase_regex,
    phrase_search_regex,
    words,
)
from handlers.nlu.report_words import report_words
from handlers.nlu.spoken import FILLERS
from handlers.nlu.story import is_story_word
from handlers.nlu.tokenize import everyday_words, part_pieces, parts, tokens
from kpi_core.report import DEFAULT_KEYWORDS

# (Searched with their first letters as ``re``'s search hint, as the patterns below compiled
# ``skipping``: a pattern opening with a look-around or an alternation of groups is otherwise
# entered at every position of the text.)
INDICATOR_RE = skipping(re.compile(phrase_search_regex(INDICATOR_WORDS)))
DELIVERABLE_RE = skipping(re.compile(phrase_search_regex(DELIVERABLE_WORDS)))
# A form with its number ("form 3 ยังไม่แนบ") is a form of the plan, not the Google Form; a
# day after it ("ทาง Google Form 25 พ.ย.", "form 2/12") is when it went.
_MONTH = (
    r"\s?(?:[ก-ฮ][ิีุ]?\.\s?[ก-ฮ]\."
    r"|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)"
)
_NUMBERED = {"google_form": rf"(?!\s?\d+(?![\d/.]|{_MONTH}))"}
CHANNEL_RES = tuple(
    (name, skipping(re.compile(f"(?:{phrase_regex(words)}){_NUMBERED.get(name, '')}")))
    for name, words in CHANNELS
)
# Any channel at all, in one search: a text without one is not searched for each.
ANY_CHANNEL_RE = lead(re.compile("|".join(f"(?:{regex.pattern})" for _, regex in CHANNEL_RES)))
# The words joining two units' names ("กองคลังกับกองกลาง", "กค. และ ศทส.", "กองคลัง,กองกลาง").
_JOINER = "(?:กับ|และ|หรือ)"
_SHORT_START = r"[\u0e01-\u0e4e]{1,4}\."
# "ขอทราบว่ากองนิติการ…": a unit's name also starts right after ว่า.
_UNIT_START = r"(?:(?<!\S)|(?<=กับ)|(?<=และ)|(?<=หรือ)|(?<=,)|(?<=ว่า))"
# "กองนิติการกับ IT": กับ and หรือ join a name to another, never stand inside one (กำกับ does).
_JOINING_WORD = "(?<!ำ)กับ|หรือ"
_TURNING = "แล้วก็|แล้ว|ส่วน"  # "แล้วกองกลางล่ะ": and what of this unit
# Cheap tests that ``re`` tries at each position before the look-behinds of ``_UNIT_START``
# (six or seven at every position otherwise): what the letters there must be for a name to
# start, already required by the pattern after them, so the matches are the same (tested).
_THAI_AHEAD = r"(?=[\u0e01-\u0e4e])"  # the named and the short names start with a Thai letter
_PREFIX_AHEAD = rf"(?=(?:{_TURNING})?(?:{UNIT_PREFIXES}))"
_SHORT_AHEAD = rf"(?=(?:{_TURNING})?[\u0e01-\u0e4e]{{1,4}}\.)"  # each short name starts so
_LATIN_AHEAD = r"(?=[a-z])"
_UNIT_RE = Guarded(
    skipping(
        re.compile(
            # ("แทนให้": on someone's behalf, said of a unit named before, "ส่งแผนของกองคลัง…แทนให้").
            # ("ค่าตอบแทน", "ทดแทน": the word's own letters; "แทนจาก…" is no unit's behalf.)
            # (The letters before แทน looked at after it: a position without แทน fails at once.)
            r"แทน(?<!ตอบแทน)(?<!ทดแทน)\s*(?P<after>(?:[a-z]+ ){1,3}division(?![a-z])|(?!ให้|จาก)\S+)"
            # "กองไหน", "หน่วยไหน" ask which unit: a prefix with a question word names none, nor
            # one with "เรา" or "นี้" ("กองเรา", "สำนักเรา", "กลุ่มนี้": the sender's own, the chat),
            # nor one with a word that starts a clause or names the chat ("เห็นในกลุ่มว่า…", "กลุ่ม
            # ไลน์นี้"), nor a prefix alone ("กอง") nor one with the time asked ("ภาพรวมสำนักตอนนี้").
            # "กองคลังกับกองกลาง": a name ends where "กับ", "และ" or "หรือ" joins another unit's (and
            # at "กับ" or "หรือ" whatever follows: "กองนิติการกับ IT").
            # "กองคลังกับกองกลาง", "กค.,กก.": a unit's name also starts right after the word
            # joining it; "แล้วกจ.อะ ถึงไหน", "ส่วนกองคลังล่ะ": a unit glued to the word that turns
            # to it.
            # ("แผนค้างกี่กองแล้ว": a prefix left by a count's cut names none either.)
            rf"|{_THAI_AHEAD}(?:{_PREFIX_AHEAD}{_UNIT_START}(?:{_TURNING})?(?P<named>(?:{UNIT_PREFIXES})"
            r"(?!ไหน|ใด|อะไร|ที่|เรา|นี้|นี่|ว่า|ไลน์|line|ตอนนี้|ขณะนี้|แล้ว|บ้าง)"
            rf"(?:(?!{_JOINER}(?:{UNIT_PREFIXES}|{_SHORT_START})|{_JOINING_WORD})(?!,)\S)+)"
            # "สป.รง", "กจ.ได้คะแนน": a last part without its dot ends where the Thai letters end;
            # "ตัวชี้วัดที่ 1 ของศทส.": a short name glued to ของ (a prefix there may be generic,
            # "ของสำนักงานเรา").
            rf"|{_SHORT_AHEAD}(?:{_UNIT_START}|(?<=ของ))(?:{_TURNING})?"
            # "จ.ปทุมฯ", "จ.ปทุมธานี", "สนง.ท่องเที่ยว": a province or an office named in full after
            # its short kind, one name.
            r"(?P<short>จ\.\s?(?:[\u0e01-\u0e2e\u0e30-\u0e4e]+ฯ|[\u0e01-\u0e4e]+(?=\s|$))"
            r"|สนง\.\s?[\u0e01-\u0e4e]{2,}(?=\s|$)"
            r"|[\u0e01-\u0e4e]{1,4}\.(?:[\u0e01-\u0e4e]{1,4}(?:\.|(?![\u0e01-\u0e4e])))*))"
            # "แล้วFinance Divisionล่ะ", "ย้ายมา Legal Affairs Division": a unit's English name,
            # spaced or glued to the Thai around it, ends with its kind.
            rf"|{_LATIN_AHEAD}(?<![a-z])(?P<english>(?:[a-z]+ ){{1,3}}division)(?![a-z])"
        )
    )
)
# Courtesy around a question names nothing, wherever it stands: "ขอบคุณสำหรับข้อมูลค่ะ ใคร…",
# "รบกวนสอบถามค่ะ", "สวัสดีครับ"; a thanks runs to its particle ("ขอบคุณมากๆ เลยค่ะ" too).
PARTICLES = frozenset(words("ครับ|ค่ะ|คะ|คับ|คัพ|คั้บ|ค้าบ|จ้า|จ้ะ|ฮะ|นะคะ|นะครับ|น้า|อะ|อ่ะ|เนาะ|เนอะ|เด้อ|มั่ง"))
_COURTESY_RE = skipping(
    re.compile(
        rf"ขอบคุณ\S*?(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))})"
        r"|ขอบคุณ(?:มาก)?(?:ๆ)?(?:สำหรับ(?:ข้อมูล|คำตอบ|ความช่วยเหลือ))?"
        r"|(?:อรุณ)?สวัสดิ์|สวัสดี(?:ตอนเช้า|ตอนบ่าย)?|หวัดดี|รบกวน(?:สอบถาม|ถาม)?|(?:ขอ|อยาก)?สอบถาม"
        # Whom the message addresses: "…ครับทุกท่าน", "รบกวนน้องบอทสรุป…".
        rf"|ทุกท่าน|ทุกคน|{phrase_regex(ADDRESS_WORDS)}"
        # The whole group called by its kin term: "พี่ๆ คะ ตอนนี้…", "เรียนพี่ๆ ทีม PMQA ค่ะ".
        r"|(?:เรียน\s?)?(?:พี่|น้อง|เพื่อน)\s?ๆ(?:\s?ทีม(?:งาน)?(?:\s?pmqa)?(?=\s))?"
        # The team addressed as in a letter: "เรียนทีมงานครับ", "เรียนทุกท่าน".
        r"|เรียน\s?(?:ทีม(?:งาน)?(?:\s?pmqa)?|ทุกท่าน|ทุกคน|ผู้เกี่ยวข้อง|คณะทำงาน)"
    )
)
_COURTESY_START_RE = re.compile("ขอบคุณ|สวัสดี|สวัสดิ์|หวัดดี|รบกวน|สอบถาม|ทุก|บอท|bot|เรียน|พี่|น้อง|เพื่อน")
# A letter or digit (``str.isalnum``) or a dot: a word that can be a slot's.
_SOME_WORD_RE = re.compile(r"[^\W_]|\.")
# One character matches it when ``char.isalnum() or char == "."`` (``re``'s ``\w`` for a str
# is ``str.isalnum`` or "_", tested over every character): most words start with a letter,
# which answers without a regex call.

# "ผ่าน" is a verdict unless it says how a document went: "ส่งผ่าน Google Drive".
# "ผ่านทางอีเมล" is a channel, "วันพุธที่ผ่านมา" a time gone by ("ผ่านมาตรฐาน" still passes).
# "ส่งชื่อทีมผ่านฟอร์ม", "ผ่านลิงก์": the form or the link it went by.
_PASSED_RE = skipping(
    re.compile(
        # Passed by the legislature or the cabinet ("ผ่านสภาวาระแรก", "ผ่าน ครม."): a bill, no
        # verdict. A guess ("…88% ครับ น่าจะผ่านนะ") is no verdict.
        r"(?<!ไม่)(?<!น่าจะ)(?<!น่าจะ )ผ่าน"
        rf"(?!\s?(?:ทาง|ช่องทาง|ระบบ|มา(?!ตร)|แบบฟอร์ม|ฟอร์ม|ลิงก์|ลิงค์|link|สารบรรณ|ธุรการ"
        r"|สภา(?!พ|ว)|ครม|คณะรัฐมนตรี|วาระ"
        rf"|{phrase_regex(CHANNEL_WORDS)}))"
    )
)


@dataclass(frozen=True, init=False)
class Found:
    """What a slot builder reads: the extraction and the text once the rule's cues are gone."""

    extraction: Extraction
    remainder: str
    original: str  # the message as received, for a value as typed

    def __init__(self, extraction: Extraction, remainder: str, original: str) -> None:
        # Built for each rule that reads a message: the fields set at once, not one by one
        # through the frozen dataclass's object.__setattr__ (the same instance, tested).
        vars(self).update(extraction=extraction, remainder=remainder, original=original)

    @property
    def code(self) -> str:
        """The indicator code typed after ตัวชี้วัด / KPI, if any."""
        return self.extraction.indicator_code


class _CutWhenRead:
    """``Found.remainder`` for an instance that does not hold it yet: the remainder that
    ``matcher._found`` left to be cut when first read (many reads turn a message down without
    it). It is cut then and kept in the instance, its recipe dropped: the instance then holds
    what one given the remainder at once holds (tested). An instance that holds its remainder
    never gets here (a descriptor without ``__set__`` yields to the instance's own field); a
    class without ``__getattr__`` keeps the other fields' look-ups specialised."""

    def __get__(self, found: Found | None, owner: type | None = None) -> str:
        fields = vars(found) if found is not None else {}
        if "_remainder_cut" not in fields:
            raise AttributeError("remainder")
        remainder: str = fields.pop("_remainder_cut")()
        fields["remainder"] = remainder
        return remainder


# Set past the dataclass decorator: the field stays one without a default.
Found.remainder = _CutWhenRead()  # type: ignore[assignment]


def content(
    text: str, edge_words: frozenset[str] = EDGE_WORDS, *, keep_courtesy: bool = False
) -> str:
    """The words of ``text`` without placeholders, particles and (unless ``keep_courtesy``)
    courtesy anywhere, and without filler words at either end."""
    first = text[:1]
    if not (first.isalnum() or first == "." or _SOME_WORD_RE.search(text)):
        return ""  # only filler, however segmented
    if not keep_courtesy and _COURTESY_START_RE.search(text):
        text = _COURTESY_RE.sub(" ", text)
    if "เรา" in text:  # "ทีม PMQA ของกองเรา…", "ฝ่ายเรา": the sender's own unit, no name
        text = _OWN_UNIT_RE.sub(" ", text)
    # "สรุปคะแนน สงป. ให้พี่หน่อย": the asker, calling themselves พี่; "สรุปให้ทีมฟังหน่อย":
    # the team it is told to.
    if "ให้พี่" in text or "ให้ทีม" in text:
        text = _FOR_THE_ASKER_RE.sub(" ", text)
    # A gap at either end is filler, dropped below: the parts of the text without it are the
    # others (tested), so it is cut at once.
    text = text.strip(" \t")
    # Each part between gaps is segmented only when it must be: when it holds a placeholder or
    # a particle (dropped wherever they stand), or when a filler may stand at its edge. A part
    # kept whole is its words joined, so the words left are those of the whole text segmented.
    # (A text without a gap is its one part, not cut by ``parts``. A part that is a placeholder
    # alone is dropped at once: the segmenter gives an upper-case run back whole, tested; a
    # particle alone may not be whole, "นะครับ" is "นะ" and "ครับ".)
    words: list[tuple[str, bool]] = []  # a word, or a part kept whole (False)
    for part in parts(text) if " " in text or "\t" in text else [text] if text else []:
        if part[0] in " \t":
            words.append((part, True))
        elif part in PLACEHOLDERS:
            continue
        elif _DROPPED_RE.search(part):
            words += [(p, True) for p in part_pieces(part) if p not in _DROPPED]
        else:
            words.append((part, False))
    # ``_Edges.start``, ``_Edges.end`` and ``_filler`` written out in the loops: a function
    # call costs more than the look-up it makes (the same answers, tested).
    edges = _DEFAULT_EDGES if edge_words is EDGE_WORDS else _edges(edge_words)
    by_first, by_last, fillers, every = edges.by_first, edges.by_last, edges.words, edges.empty
    while words:
        word, single = words[0]
        first = word[0]
        lettered = first.isalnum() or first == "."
        if not single and (not lettered or every or word.startswith(by_first.get(first, ()))):
            words[:1] = [(p, True) for p in part_pieces(word)]
        elif single and (word in fillers or not lettered and not _SOME_WORD_RE.search(word)):
            words.pop(0)
        else:
            break
    while words:
        word, single = words[-1]
        first, last = word[0], word[-1]
        if not single and (
            not (last.isalnum() or last == ".") or every or word.endswith(by_last.get(last, ()))
        ):
            words[-1:] = [(p, True) for p in part_pieces(word)]
        elif single and (
            word in fillers
            or not (first.isalnum() or first == ".")
            and not _SOME_WORD_RE.search(word)
        ):
            words.pop()
        else:
            break
    if len(words) == 1:  # mostly one part kept whole: no list of its one word to join
        return " ".join(words[0][0].split())
    return " ".join("".join([word for word, _ in words]).split())


def _filler(word: str, edge_words: frozenset[str]) -> bool:
    """Whether ``word`` (not empty) is filler at a slot's edge."""
    if word in edge_words or word in FILLERS:  # "ไร", "ๆ", "กัน": never a slot
        return True
    first = word[0]
    return not (first.isalnum() or first == "." or _SOME_WORD_RE.search(word))  # 🙏, " "


# The sender's own unit called by its kind ("กองเรา", "ของหน่วยงานเรา", "ฝ่ายของเรา") or their
# team ("ถึงไหนกันแล้ว ทีมเรา"): never a name of a unit, wherever it stands in a slot's words.
_OWN_UNIT_RE = skipping(
    re.compile(
        r"(?:ของ\s?)?(?:กอง|หน่วย\s?งาน|หน่วย|ฝ่าย|ส่วน|ศูนย์|สำนัก\s?งาน|สำนัก|กลุ่ม\s?งาน|ทีม\s?งาน|ทีม)"
        r"\s?(?:ของ\s?)?เรา(?:\s?เอง)?"
    )
)
# The asker a favour is for, calling themselves พี่ ("…ให้พี่หน่อย"), or the team it is told
# to ("…ให้ทีมฟังหน่อย"): no name of the plan.
_FOR_THE_ASKER_RE = re.compile(r"ให้\s?พี่(?=\s|$)|ให้\s?ทีม(?:\s?งาน)?(?=\s?ฟัง)")
# Words dropped wherever they stand, and a search for the parts that may hold one.
_DROPPED = PLACEHOLDERS | PARTICLES
_DROPPED_RE = re.compile("|".join(map(re.escape, sorted(_DROPPED, key=len, reverse=True))))


class _Edges:
    """The words that are filler at either end of a slot, found at a part's edges.

    ``str.startswith`` with the whole tuple (some 370 words) tries every word in turn; a word
    the part starts with starts with the part's first letter, so only the words of that
    letter are tried: the same answer (tested) for a tenth of the comparisons. Likewise by
    the last letter for ``endswith``. The empty word, a prefix of everything, is kept apart.
    """

    __slots__ = ("by_first", "by_last", "empty", "words")

    def __init__(self, words: frozenset[str]) -> None:
        by_first: dict[str, list[str]] = {}
        by_last: dict[str, list[str]] = {}
        for word in words:
            if word:
                by_first.setdefault(word[0], []).append(word)
                by_last.setdefault(word[-1], []).append(word)
        self.by_first = {letter: tuple(found) for letter, found in by_first.items()}
        self.by_last = {letter: tuple(found) for letter, found in by_last.items()}
        self.empty = "" in words
        self.words = words

    def start(self, part: str) -> bool:
        """Whether ``part`` (not empty) starts with one of the words."""
        return self.empty or part.startswith(self.by_first.get(part[0], ()))

    def end(self, part: str) -> bool:
        """Whether ``part`` (not empty) ends with one of the words."""
        return self.empty or part.endswith(self.by_last.get(part[-1], ()))


@lru_cache(maxsize=64)
def _edges(edge_words: frozenset[str]) -> _Edges:
    """The words that are filler at either end of a slot (the sets are the callers'
    constants: each is indexed once)."""
    return _Edges(edge_words | FILLERS)


_DEFAULT_EDGES = _edges(EDGE_WORDS)  # most slots': no cache's look-up for them


_THE_OFFICE_RE = skipping(
    re.compile(
        r"(?:(?<=หน้า)|(?<=ข้าง)|(?<=แถว)|(?<=ใกล้))\s?สำนักงาน(?!\s?(?:ก\.|ปลัด|เลขา|คณะ|ส่งเสริม))"
        # "อบรม…ที่ห้องประชุมชั้น 3": a meeting room is a place, no meeting of the plan.
        r"|ห้อง\s?ประชุม"
    )
)


def names_the_plan(words: str) -> bool:
    """Whether slot words name something of a plan: a deliverable, a unit or an indicator."""
    # "ร้านข้าวมันไก่หน้าสำนักงานอร่อย": the office as a place ("หน้า/ข้าง/แถว…สำนักงาน")
    # names no unit.
    words = _THE_OFFICE_RE.sub(" ", words)
    return bool(
        DELIVERABLE_RE.search(words) or INDICATOR_RE.search(words) or _VOCABULARY_RE.search(words)
    )


def plan_names_dropped(words: str) -> str:
    """``words`` without the words that name something of a plan (see ``names_the_plan``)."""
    for regex in (DELIVERABLE_RE, INDICATOR_RE, _VOCABULARY_RE):
        words = regex.sub(" ", words)
    return words


def leads_with_the_plan(words: str) -> bool:
    """Whether a plan word leads one of the chunks of ``words`` ("รายงานผล", "ไอที แผน"): a
    plan word behind other words of its chunk only says what they are of ("รูปกิจกรรม…" is a
    photo, not the activity step)."""
    for regex in (DELIVERABLE_RE, INDICATOR_RE, _VOCABULARY_RE):
        for match in regex.finditer(words):
            before = words[words.rfind(" ", 0, match.start()) + 1 : match.start()]
            if all(word in EDGE_WORDS for word in tokens(before)):
                return True
    return False


# The report vocabulary's spellings of its keywords ("หลักสูตรการสอบ" for หลักสูตรสอบ).
_VOCABULARY_RE = re.compile(
    "|".join(p for _, patterns in DEFAULT_KEYWORDS for p in patterns), re.IGNORECASE
)


def chat_words(words: str) -> bool:
    """Whether slot words are everyday words naming nothing of a plan ("การบ้านอาจารย์",
    "ขนมมาฝาก"): the message is the group's chat, not a request to the bot."""
    # One or two words may be a unit's or an indicator's own name ("ไอที"): settle reads them.
    many = len(tokens(words)) >= CHAT_WORDS
    return many and not names_the_plan(words) and everyday_words(words)


CHAT_WORDS = 3  # everyday words enough to be a sentence of chat


def chat_said(text: str, edge_words: frozenset[str] = EDGE_WORDS) -> bool:
    """Whether the words of ``text`` are the group's chat, judged with its fillers and feelings
    kept: they name nothing, but say as much as any word that the message is chatter
    ("ยังไม่ส่งการบ้านอาจารย์เลย เครียด")."""
    return chat_words(content(text, _without_fillers(edge_words)))


@lru_cache(maxsize=64)
def _without_fillers(edge_words: frozenset[str]) -> frozenset[str]:
    return edge_words - FILLER_WORDS


def split_unit(text: str) -> tuple[str, str]:
    """The unit named in ``text`` ("แทนกองคลัง", "กองคลัง", "ศทส.") and the text without it;
    the one who told the news ("ได้รับแจ้งจาก กพร. ว่า…") is neither, and is left out."""
    if "จาก" in text or "โดย" in text:
        text = _TOLD_BY_RE.sub(" ", text)
    if "ที่" in text or "ยัง" in text or "ให้" in text or "ถึง" in text or "ห้อง" in text:
        text = _SENT_TO_RE.sub(" ", text)
    if "ตรวจ" in text or "เช็" in text:
        text = _CHECKED_BY_RE.sub(" ", text)
    # "ผอ.ถามมา": the boss who asked is no unit. (A loop, not a generator's ``next``: no
    # generator made for each text, most of which name no unit.)
    for match in _UNIT_RE.finditer(text):
        short = match["short"]
        if not _report_short_form(short) and not (short and _a_person(short)):
            break
    else:
        return "", text
    unit = match["after"] or match["named"] or match["short"] or match["english"]
    # "กองคลังขยะ" glues an indicator to the unit: the unit ends where the indicator starts.
    glued = INDICATOR_RE.search(unit, 1) if not unit.startswith(("สนง.", "จ.")) else None
    end = match.end() - (len(unit) - glued.start() if glued else 0)
    unit = unit[: glued.start()] if glued else unit
    # "กจ.อะ", "กองคลังล่ะ": a particle glued after the name is no part of it.
    unit = _GLUED_PARTICLE_RE.sub("", unit) or unit
    if "." in unit:  # "สงป.ได้ (คะแนนรวม) เท่าไร": a verb after the dot, its cue cut after it
        unit = _GLUED_VERB_RE.sub("", unit) or unit
    return unit, f"{text[: match.start()]} {text[end:]}"


# The sender introducing themselves in a sentence of its own before the ask: "ฝ่ายแผน
# สำนักงบประมาณค่ะ", "ผมอยู่กองคลังครับ", "หนูมาจาก ศทส. นะคะ" (a pronoun, a word of belonging,
# a unit's name and a particle, nothing else; "กองกลางเป็นไงบ้างคะ" asks how the unit goes).
_INTRODUCTION_RE = re.compile(
    r"^(?:(?:ผม|หนู|ดิฉัน|พี่|น้อง|เรา|ทาง)\s?)?(?:(?:อยู่|มาจาก|จาก|สังกัด|เป็น)\s?)?"
    rf"(?:(?:{UNIT_PREFIXES})(?:(?!เป็นไง|เป็นยังไง|เป็นอย่างไร|ถึงไหน)\S)+?|{_SHORT_START}[\u0e01-\u0e4e.]*)"
    # "กลุ่มงานแผนสำนักงาน ก.พ. ค่ะ": the organisation's short name may follow the unit's.
    rf"(?:\s{_SHORT_START}[\u0e01-\u0e4e.]*)?"
    r"\s?(?:นะ)?\s?(?:ค่ะ|คะ|ครับ|คับ|ค้าบ|จ้า|จ้ะ)$"
)
# A unit called, not the sender's own: a kin word glued before its name and the calling
# particle ("น้องกนต.คะ", "พี่กองคลังคะ", "น้องกองกลางขา"), or the name alone called ("กจ.ขา").
_CALLED_RE = re.compile(
    rf"^(?:(?:น้อง|พี่)\s?(?:(?:{UNIT_PREFIXES})\S+?|{_SHORT_START}[\u0e01-\u0e4e.]*)\s?(?:คะ|ขา|จ๋า)"
    rf"|(?:(?:{UNIT_PREFIXES})\S+?|{_SHORT_START}[\u0e01-\u0e4e.]*)\s?(?:ขา|จ๋า))$"
)
# The ask is about the sender's own unit: "อยากทราบว่ากองเราส่งแผนไปหรือยัง".
_OWN_RE = re.compile(r"เรา|ของหนู|ของผม|ของดิฉัน|ตัวเอง")


def without_introduction(text: str) -> str:
    """``text`` without the sentences in which the sender introduces themselves before what
    they ask ("สวัสดีค่ะ ฝ่ายแผนสำนักงบประมาณค่ะ ขอสรุปภาพรวม…"): the unit introduced is the
    sender's, not the one asked about, unless the ask is about the sender's own ("…กองเรา…")."""
    sentences = SENTENCE_END_RE.split(text)
    if len(sentences) < 2:
        return text
    intro = [
        bool(_INTRODUCTION_RE.match(s.strip())) and not _CALLED_RE.match(s.strip())
        for s in sentences
    ]
    if not any(intro) or all(intro) or _OWN_RE.search(text):
        return text
    last_ask = max(n for n, i in enumerate(intro) if not i)
    kept = [s for n, s in enumerate(sentences) if not intro[n] or n > last_ask]
    return " ".join(kept)


# "กองคลังเลยค่ะ": "เลย" and the particles after it, the same.
_GLUED_PARTICLE_RE = skipping(
    re.compile(
        r"(?<=[\u0e01-\u0e4e.])(?:อ่ะ|อะ|ล่ะ|ละ|เนาะ|เนอะ|น่ะ|เนี่ย"
        r"|เลย(?:นะ|ค่ะ|คะ|ครับ|คับ|จ้า|อ่ะ|อะ)*|(?:นะ)?(?:ค่ะ|คะ|ครับ|คับ|จ้า))$"
    )
)
_GLUED_VERB_RE = skipping(re.compile(r"(?<=\.)(?:ได้|ส่ง|ผ่าน|มี|ยัง|ถึง|เป็น|อยู่|ทำ|ไป)$"))


# Who told the news: "ได้รับแจ้งจาก กพร. ว่า", "ทราบจากกองคลังว่า", "แจ้งมาโดยศทส."; who
# checked it ("ได้รับการตรวจจาก กพร. แล้ว", "ตรวจโดยกองกลาง") did not send it either.
_TOLD_BY_RE = skipping(
    re.compile(
        r"(?:ได้รับ)?(?:การ)?(?:แจ้ง|ทราบ|ข่าว|ตรวจ(?:สอบ)?)(?:มา)?\s*(?:จาก|โดย)\s*"
        rf"(?:(?:{UNIT_PREFIXES})(?:(?!ว่า)\S)*|\S+?)(?:\s*ว่า|\s+|$)"
    )
)


# Where something went: "ส่งแผนไปที่กลุ่มพัฒนาระบบบริหาร", "ส่งไปให้ กพร. แล้ว", "ส่งเป็น
# กระดาษให้ กพร. แล้ว" (the unit that receives it did not send it); who checked it after the
# report ("ขั้นตอนที่ 4 ของกองนิติการผ่านแล้ว กพร.ตรวจแล้ว") did not send it either.
_UNIT_OR_SHORT = rf"(?:(?:{UNIT_PREFIXES})(?:(?!แล้ว|เรียบร้อย)\S)*|{_SHORT_START}[\u0e01-\u0e4e.]*)"
# A unit recorded for ("ฝากบันทึกให้ กพร.", "ช่วยลงให้กองคลังด้วย", "บันทึกขั้น 4 ให้ กค. ด้วย")
# is the unit of the report.
_SENT_TO_RE = skipping(
    re.compile(
        # "ไปห้อง กพร.", "ไปที่ห้อง กพร.": a room of the unit the paper went to.
        rf"(?:ไป\s?(?:ที่\s?)?ห้อง\s?|ไปที่|ไปยัง|ไปให้|มาที่|ส่งถึง|(?<!บันทึก)(?<!บันทึก )(?<!ลง)(?<!ลง )"
        rf"ให้(?!\s*{_UNIT_OR_SHORT}\s?(?:ด้วย|หน่อย)))\s*{_UNIT_OR_SHORT}"
    )
)
# Who is asked to record it, first: "กพร. บันทึกให้นะคะ กองกลางส่ง…" (the sender is told after).
_ASKED_TO_RECORD_RE = re.compile(
    rf"^\s*(?P<who>{_UNIT_OR_SHORT})\s?(?:ช่วย\s?|รบกวน\s?)?บันทึก\s?(?:ให้|ด้วย|หน่อย)"
)


def asked_to_record(text: str) -> str:
    """The unit the message opens by asking to record it ("กพร. บันทึกให้นะคะ กองกลางส่ง…"),
    which sent nothing; "" when none is."""
    match = _ASKED_TO_RECORD_RE.match(text) if "บันทึก" in text else None
    return match["who"] if match else ""


_CHECKED_BY_RE = re.compile(
    rf"(?<=\s){_SHORT_START}[\u0e01-\u0e4e.]*?\s?(?:ตรวจ|เช็ค|เช็ก)"
    # "…ผ่านหรือยังคะ กพร. ตรวจให้ยัง": whether the checker has checked, asked after.
    r"(?:\s?(?:แล้ว|ให้แล้ว|เรียบร้อย|ให้ยัง|ยัง|ให้หรือยัง|หรือยัง|รึยัง))?(?=\s|$)"
)


def _a_person(short: str) -> bool:
    """Whether a short form names who asks, not a unit: a title ("ผอ.", "ผวจ."), or a title
    with the unit it heads ("ผอ.กพร.ขอดู": the director of a unit asking asks of no unit)."""
    head = short.split(".", 1)[0]
    return is_story_word(short) or (head != short and is_story_word(f"{head}."))


def _report_short_form(abbreviation: str | None) -> bool:
    """Whether an abbreviation is one the reports' vocabulary writes out ("อปท."): the words
    of an indicator, not a unit's short name."""
    if not abbreviation:
        return False
    return any(pattern.fullmatch(abbreviation) for pattern, _ in report_words().short_forms)


def glued_measure(found: Found, words: str, *, beside_code: bool = False) -> str:
    """The measure word typed glued before ``words`` ("คะแนนความพร้อมรัฐบาลดิจิทัล"), or "":
    it may start a title, which settle decides by the organisation's indicators (with a code
    typed, only when ``beside_code``: the words are then the title typed with it)."""
    if not words or (found.code and not beside_code):
        return ""
    text = found.extraction.text
    # "ระดับความพร้อมรัฐบาลดิจิทัล กลุ่มที่ 2 เป้า…": the words kept may be parted in the text
    # (a group, a cue between them); the measure is glued to the first.
    first = words.split(" ", 1)[0]
    words = words if first == words or text.find(words) > 0 else first
    at = text.find(words)
    while at > 0:
        before = text[:at]
        # "คะแนน DG Readiness": one space may part the measure from an English name.
        if words[0].isascii() and before.endswith(" "):
            before = before[:-1]
        # "คะแนนปี 66 ความพร้อม…": the year it is of may part the measure from the name.
        before = _YEAR_BETWEEN_RE.sub("", before)
        # "ร้อยละของหมู่บ้าน…": a title's measure word may be joined to its words by ของ.
        before = before.removesuffix(_OF)
        # The first measure it ends with; most texts end with none (one C-level test).
        glued = (
            next((m for m in _MEASURES if before.endswith(m)), "")
            if before.endswith(_MEASURES)
            else ""
        )
        if glued:
            return glued
        at = text.find(words, at + 1)
    return ""


_MEASURES = tuple(MEASURE_WORDS.split("|"))
_YEAR_BETWEEN_RE = skipping(re.compile(r"\s?ปี\s?(?:งบ(?:ประมาณ)?\s?)?(?:พ\.ศ\.\s?)?\d{2,4}\s?$"))
_OF = "ของ"
# The measure words that name what an indicator's value is (a score, a level), as titles
# start with them ("คะแนนความพร้อม…", "ระดับความพร้อม…").
_TITLE_MEASURES_RE = re.compile("คะแนน|ระดับ")


def typed_measure(found: Found, words: str) -> str:
    """The one measure word (คะแนน or ระดับ) typed in the message besides ``words``, or ""."""
    if found.code:
        return ""
    said = set(_TITLE_MEASURES_RE.findall(found.extraction.text.replace(words, " ")))
    return said.pop() if len(said) == 1 else ""


def channel_of(text: str) -> str:
    """The channel a message names ("google_drive", "email", …), or "". A channel said to
    fail ("ไดรฟ์เข้าไม่ได้", "เมลล่ม") is not the one used when another is named."""
    if ANY_CHANNEL_RE.search(text) is None:
        return ""
    named = [name for name, regex in CHANNEL_RES if regex.search(text)]
    if "paper" in named and (_paper_as_a_topic(text) or _cover_letter_only(text)):
        named.remove("paper")  # "ตัวที่ไม่บรรลุคือการลดใช้กระดาษ": what was measured
    if "google_form" in named and _numbered_forms_only(text):
        named.remove("google_form")  # "อัปโหลด form 4 แล้ว": step 4's report form
    if len(named) > 1:
        working = [name for name in named if not _failing(dict(CHANNEL_RES)[name], text)]
        named = working or named
    return named[0] if named else ""


_GOOGLE_FORM_RE = dict(CHANNEL_RES)["google_form"]
_PAPER_RE = dict(CHANNEL_RES)["paper"]
# "ลดใช้กระดาษ", "การใช้กระดาษ", "ประหยัดกระดาษ": paper as what a plan saves, not a way of sending.
_PAPER_TOPIC_RE = re.compile(r"(?:ลด|ประหยัด|งด|ไร้|ปริมาณ|การ)\s?(?:การ)?\s?(?:ใช้)?\s?$")


def _paper_as_a_topic(text: str) -> bool:
    return all(
        _PAPER_TOPIC_RE.search(text, max(0, m.start() - 12), m.start())
        for m in _PAPER_RE.finditer(text)
    )


# "หนังสือนำ", "หนังสือนำส่ง": a cover letter, which goes with what is sent any way it goes.
_COVER_LETTER_RE = re.compile(r"\s?นำ")


def _cover_letter_only(text: str) -> bool:
    return all(
        m.group(0).replace(" ", "") == "หนังสือ" and _COVER_LETTER_RE.match(text, m.end())
        for m in _PAPER_RE.finditer(text)
    )


_NUMBERED_FORM_RE = re.compile(r"\s*(?:ที่|หมายเลข)?\s*\d(?!\d)")


def _numbered_forms_only(text: str) -> bool:
    """Whether every Google Form word in ``text`` is a form's number ("form 4"), a document."""
    return all(
        m.group(0).strip() == "form"
        and _NUMBERED_FORM_RE.match(text, m.end())
        and not _BY_WAY_OF_RE.search(text, max(0, m.start() - 6), m.start())
        for m in _GOOGLE_FORM_RE.finditer(text)
    )


# "ส่งผ่าน form 28 พ.ย.", "ทาง form": the way it went, not a numbered form.
_BY_WAY_OF_RE = re.compile(r"(?:ผ่าน|ทาง)\s*$")


# "ไดรฟ์เข้าไม่ได้", "อีเมลมันเด้ง", "drive ล่ม": what follows a channel that did not work.
_FAILING_RE = re.compile(
    r"\s?(?:มัน|ก็)?\s?(?:เข้าไม่ได้|ใช้ไม่ได้|ส่งไม่ได้|อัปไม่ได้|อัพไม่ได้|อัปโหลดไม่ได้"
    # "ส่งทางอีเมล ไม่ได้อัปขึ้นไดรฟ์": a no before the next channel is that one's, not this one's.
    rf"|ไม่ได้(?!\s?(?:(?:ส่ง|ขึ้น|ใช้|อัปโหลด|อัพโหลด|อัป|อัพ|ลง|แนบ)\s?){{0,2}}"
    rf"(?:ทาง|ผ่าน|ใน|ลง|บน|เข้า)?\s?(?:{phrase_regex(CHANNEL_WORDS)}))"
    r"|ล่ม|เด้ง|มีปัญหา|error|พัง|ไม่ไป|ไม่เข้า|เข้าไม่ไป"
    # "drive อัปไม่ขึ้น", "ไดรฟ์อัปโหลดไม่ขึ้น": the file would not go up; "ทาง e-mail ครับ ไดรฟ์
    # เต็ม": full, or stuck, it was not the way used.
    r"|(?:อัปโหลด|อัพโหลด|อัป|อัพ|โหลด)?ไม่ขึ้น|(?:อัปโหลด|อัพโหลด|อัป|อัพ|โหลด)\s?ไม่ผ่าน|ขึ้นไม่ได้|เต็ม|พื้นที่เต็ม|พื้นที่ไม่พอ|ค้าง)"
)


# "ไม่ได้ขึ้นไดรฟ์", "ไม่ใช่ทางอีเมล": a channel said not to be the one used; "ไม่รู้ว่าต้องส่ง
# drive", "นึกว่าให้ส่งทางไลน์": one learnt of after another was used; "ลืมไปว่าต้องขึ้นไดรฟ์",
# "ทราบภายหลังว่าต้องส่งผ่าน Google Drive": one remembered or learnt of too late.
_NOT_USED_RE = re.compile(
    r"(?:ไม่\s?ได้|ไม่ใช่|ไม่|(?:ไม่รู้|ไม่ทราบ|นึก|คิด|ได้ยิน|ลืม(?:\s?ไป)?(?:\s?เลย)?|(?:เพิ่ง\s?)?(?:รู้|ทราบ)"
    r"(?:\s?(?:ภายหลัง|ทีหลัง))?)\s?ว่า\s?(?:ต้อง|ให้))\s?"
    r"(?:(?:ส่ง|ขึ้น|ใช้|อัปโหลด|อัพโหลด|อัป|อัพ|ลง|แนบ)\s?){0,2}"
    r"(?:ทาง|ผ่าน|ใน|ลง|บน|เข้า)?\s?$"
)


def _failing(regex: re.Pattern[str], text: str) -> bool:
    """Whether every mention of a channel in ``text`` is followed by a word of it failing, or
    follows a word of it not being used."""
    return all(
        _FAILING_RE.match(text, match.end())
        or _NOT_USED_RE.search(text, max(0, match.start() - 30), match.start())
        for match in regex.finditer(text)
    )


# A step said failed in other words: "83.3% ไม่ถึงเกณฑ์", "ขั้น2 ตก", "…78.5% ครับ ตก", "ตกเกณฑ์",
# "ตกขั้นสอง" (a word of its own: never "ตกลง", "ตกหล่น").
_FAILED_RE = re.compile(
    r"ไม่\s?ถึง\s?เกณฑ์|(?:^|\s|\d)ตก(?:\s?เกณฑ์)?(?=\s|$|ครับ|ค่ะ|คะ|นะ|แล้ว|จ้า|เลย|ไป|ขั้น)"
)


_SHORT_OF_RE = re.compile(r"ไม่\s?ถึง\s?(?:ร้อยละ\s?)?(?:\d|เกณฑ์)")


# "ไม่ถึงร้อยละ 85", "ต่ำกว่า 85%", "ไม่ถึงเกณฑ์": short of the bar, failed (never "ไม่ถึง 3 วัน").
_SHORT_OF_BAR_RE = re.compile(
    r"(?:ไม่\s?ถึง|ต่ำกว่า)\s?(?:เกณฑ์|ร้อยละ\s?\d|\d+(?:\.\d+)?\s?(?:%|เปอร์เซ็น))"
)


# An upload, an attachment or a login that would not go is no verdict: "ไฟล์ใหญ่เกินอัปโหลดไม่ผ่าน",
# "แนบไฟล์ไม่ผ่าน", "อัปขึ้นไดรฟ์ไม่ผ่าน", "อัปโหลดแผนไม่ผ่าน", "login ไดรฟ์ไม่ผ่าน" (never what was
# put up and then failed: "อัปแผนแล้วแต่ไม่ผ่าน").
UPLOAD_FAILED_RE = re.compile(
    r"(?:อัป|อัพ|upload|โหลด|แนบ|ล็อ[กค]\s?อิน|login|log\s?in)(?:(?!แล้ว|แต่)\S){0,20}?\s?"
    r"(?:(?:(?!แล้ว|แต่)\S){1,12}?\s?)?ไม่\s?ผ่าน"
)


def verdict(text: str) -> bool | None:
    """False for "ไม่ผ่าน" (or "ไม่ถึงเกณฑ์", "ตก"), True for a "ผ่าน" that is a verdict, else
    None."""
    if "ไม่ผ่าน" in text and UPLOAD_FAILED_RE.search(text):
        text = UPLOAD_FAILED_RE.sub(" ", text)  # "อัปโหลดไม่ผ่าน": a file, not the step, failed
    if "ไม่ผ่าน" in text or ("ตก" in text or "เกณฑ์" in text) and _FAILED_RE.search(text):
        return False
    if "ไม่ถึง" in text and _SHORT_OF_RE.search(text):  # "75% ไม่ถึง 85", "ไม่ถึงเกณฑ์"
        return False
    if ("ถึง" in text or "ต่ำกว่า" in text) and _SHORT_OF_BAR_RE.search(text):
        return False
    return True if _PASSED_RE.search(text) else None
