"""Two asks in one message: "ขยะได้เท่าไหร่ แล้วยาเสพติดล่ะ", "กองคลังส่งแผนยัง กองกลางส่งยัง",
"สรุปสถานะให้หน่อย แล้วก็เตือนกำหนดส่งด้วย", "ส่งแผนแล้วนะคะ แล้วใครยังไม่ส่งบ้าง".

A message is cut into clauses where one ask ends and another starts: at "แล้วก็", at "แล้ว"
opening a new clause after a space, and at a space after a clause that ends with its asking
word ("…ยัง", "…กี่คะแนน"). Each clause is read on its own, then the readings are joined:

- the same question about other indicators (or a clause naming only an indicator, "แล้ว
  ยาเสพติดล่ะ") is one question about all of them (``more``);
- the same question about other units is the first clause asked of all those units
  ("กองคลัง กองกลาง ส่งแผนยัง": who has not sent it);
- different asks are read as the first; a write followed by a question is the write (it is
  restated on its confirmation card before anything is stored), but only when its own clause
  asks nothing and the question is not about what it states ("ขยะ 52.3 แล้วผ่านไหม" asks
  whether the value would pass): a clause that asks makes no write.

A message with no such cut, or a clause read as nothing, keeps the reading of the whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from handlers.intents import (
    QUESTIONS,
    WRITES,
    Aspect,
    Deadlines,
    History,
    IndicatorQuery,
    Intent,
    Members,
    Missing,
    RuleQuestion,
    Status,
)
from handlers.nlu.guards import Guarded, lead
from handlers.nlu.normalise import normalise
from handlers.nlu.patterns import phrase_regex, phrase_search_regex
from handlers.nlu.questions import ASKING_ENDINGS, ASKING_WORDS, CONDITION_RE, asks
from handlers.nlu.slots import INDICATOR_RE
from kpi_core.report import DEFAULT_KEYWORDS

# Questions about what a write states (its indicator, criteria, score): after a write they ask
# whether it would do, so the write is not made.
ABOUT_A_VALUE = (IndicatorQuery, RuleQuestion)
# Words of a question about a verdict or a measure ("ได้กี่คะแนน", "พอไหม"): after a write,
# about what it states, whatever intent they read as alone.
VERDICT_WORDS = "ผ่าน|คะแนน|เกณฑ์|ระดับ|เท่าไหร่|เท่าไร|เท่าใด|พอ|ถูก|ถึง|ครบ|score|pass"
_VERDICT_RE = re.compile(phrase_search_regex(VERDICT_WORDS))
# "แล้วก็" anywhere; "แล้ว" opening a clause after a space ("… แล้วยาเสพติดล่ะ"), not one
# that ends the sentence ("ส่งแผน แล้ว") or says when ("แล้วเสร็จ").
_CONNECTOR_RE = Guarded(
    re.compile(
        r"\s*แล้วก็\s*|\s+แล้ว(?=[\u0e01-\u0e2e\u0e40-\u0e44a-z])(?!เสร็จ|ๆ"
        # "…แล้วค่ะ": a particle after แล้ว ends the sentence, it opens none.
        r"|(?:ค่ะ|คะ|ค่า|ครับ|คับ|ค้าบ|จ้า|จ้ะ|ฮะ|นะ|น้า|นะคะ|นะครับ)?\s*$)"
    )
)
# A clause that ends with its asking word, then a space and another clause; a measure after
# the space is still the ask's ("กี่ % ถึงจะผ่าน", "กี่ ครั้ง").
_MEASURES = "%|เปอร์เซ็น|percent|ครั้ง|คะแนน|วัน|คน|บาท|ล้าน|ชั่วโมง|นาที|ข้อ|ตัว|ระดับ|ขั้น|pillar"
_ASKED_RE = lead(
    re.compile(
        rf"(?:{phrase_search_regex(ASKING_WORDS)}\S{{0,6}}|(?:{phrase_regex(ASKING_ENDINGS)}))"
        # A clause ending with "ของ" or "ใน" goes on after the space: "ประเด็นไหนของ e-Service…".
        rf"(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ)?(?<!ของ)(?<!ใน)(?P<space>\s+)(?=\S)(?!(?i:{_MEASURES}))"
    )
)
# A condition opening the first clause ("ถ้าส่งแผนแล้ว แล้วต้องทำอะไรต่อ", "หาก…", "สมมติว่า…"):
# it states nothing done, the clause after it asks what follows -- the whole decides.
_CONDITION_RE = CONDITION_RE
_LONGEST_CLAUSES = 4  # more cuts than this is a list, not asks

Read = Callable[[str], Intent]


def clauses(text: str) -> list[tuple[str, bool]]:
    """``text`` cut where one ask ends and another starts (itself when there is no cut), each
    clause with whether a connector opened it ("แล้ว…") rather than a space alone."""
    text = text.strip()
    if " " not in text and "แล้ว" not in text:  # most messages: nothing to cut at
        return [(text, False)]
    parts = [p for p in _CONNECTOR_RE.split(text) if p.strip()]
    cut = []
    for number, part in enumerate(parts):
        at, connected = 0, number > 0
        for match in _ASKED_RE.finditer(part) if " " in part else ():
            cut.append((part[at : match.start("space")], connected))
            at, connected = match.end("space"), False
        cut.append((part[at:], connected))
    cut = [(c.strip(), connected) for c, connected in cut if c.strip()]
    return cut if 1 < len(cut) <= _LONGEST_CLAUSES else [(text, False)]


def joined(text: str, read: Read) -> tuple[Intent, str] | None:
    """The reading of ``text`` from its clauses (see the module's docstring), with the clause
    of a question left for later when the reading is a write ("" otherwise); None when the
    message has one clause or its clauses do not join."""
    parts = clauses(text)
    if len(parts) == 1:
        return None
    opening = parts[0][0]
    first = read(opening)
    if not isinstance(first, (*QUESTIONS, *WRITES)):
        return None
    later = ""
    for part, connected in parts[1:]:
        narrowed = _settled_for(part)
        if narrowed and isinstance(first, QUESTIONS):
            # "ขยะกับยาเสพติดได้เท่าไหร่ เอ้ย ขอแค่ผลขยะพอ": the ask settled for replaces those
            # before it.
            then = read(narrowed)
            if isinstance(then, QUESTIONS):
                first = then
                continue
        then = read(part)
        if not isinstance(then, QUESTIONS):
            return None  # a clause read as nothing, or a second write: the whole decides
        if not connected and type(then) is not type(first):
            # Cut at a space alone: only the same question asked again ("…ส่งยัง กองกลางส่งยัง");
            # else the later words say what the first asks ("…ส่งอะไรไปแล้วบ้าง ขอดูประวัติ").
            return None
        if connected and type(then) is not type(first) and _subject_only(first, opening):
            # "ขั้นตอนที่ 1 แล้วยังไม่ส่งใครบ้าง": the opening only names what the ask after
            # "แล้ว" is about; the whole decides.
            return None
        if not connected and _bare(first):
            # "ใครส่งค่า | Master Data ไปล่าสุดคะ": a clause asking of nothing yet, cut at a
            # space alone, goes on in the next one: the whole decides.
            return None
        if isinstance(first, WRITES):
            # "ขยะ 52.3 แล้วผ่านไหม" asks whether the value would do: the whole decides.
            about = isinstance(then, ABOUT_A_VALUE) or _VERDICT_RE.search(normalise(part))
            if about or asks(normalise(opening), opening) or _CONDITION_RE.match(opening):
                return None
            later = later or part  # the write first, its card before the question
            continue
        first = _join(first, then, opening, read, part)
    return first, later


# A clause settling for less: "ขอแค่ผลขยะพอ", "เอาแค่ผลแต่งตั้งพอครับ", "ขอผลชุดข้อมูลพอ" (a slip
# taken back, "เอ้ย", may open it); the ask is the words before "พอ" ("เพียงพอ" is no such word).
_SETTLED_FOR_RE = re.compile(
    r"^(?:(?:เอ้ย|เอ๊ย|อ้ะ|อ๊ะ|อุ๊ย)\s*)?(?:(?:เอา|ขอ)?\s*แค่\s*)?(?P<ask>\S.*?)\s*(?:ก็\s*)?"
    r"(?<!เพียง)พอ(?:แล้ว)?\s*(?:ครับ|ค่ะ|คะ|คับ|นะ|จ้า|จ้ะ|นะคะ|นะครับ)?$"
)


def _settled_for(clause: str) -> str:
    """The ask of a clause settling for less ("ขอแค่ผลขยะพอ" -> "ผลขยะ"), else ""."""
    match = _SETTLED_FOR_RE.match(clause.strip())
    return match["ask"] if match else ""


def _join(first: Intent, then: Intent, text: str, read: Read, later: str = "") -> Intent:
    """``first`` and a question after it (the clause ``later``) as one question."""
    other = _subject(then)
    if isinstance(first, IndicatorQuery) and isinstance(then, IndicatorQuery):
        if not first.indicator and other and then.aspect is Aspect.SUMMARY:
            return replace(first, indicator=other)  # "ผ่านขั้นไหน e-Budgeting": its subject after
        if first.indicator and not other and first.aspect is Aspect.SUMMARY:
            return replace(first, aspect=then.aspect)  # "ขยะเป็นยังไงบ้าง ผ่านไหม": what is asked
        checked = _CHECKED_RE.search(text) and then.aspect is not Aspect.SUMMARY
        if first.indicator and not other and checked:
            return replace(first, aspect=then.aspect)  # "…ใช่ป่ะ คิดยังไง": a check, then the ask
        same = then.aspect in (Aspect.SUMMARY, first.aspect)
        if first.indicator and other and same and other not in (first.indicator, *first.more):
            # "ยาเสพติดคำนวณยังไง ใช้หมู่บ้านทั้งหมดเป็นตัวหารป่าว": a later clause of words
            # naming no indicator says more of the first one's.
            return replace(first, more=(*first.more, other)) if _names(later, other) else first
        return first
    if (
        isinstance(first, Missing)
        and first.indicator
        and isinstance(then, IndicatorQuery | Missing)
    ):
        ellipsis = isinstance(then, Missing) or then.aspect is Aspect.SUMMARY
        if other and ellipsis and other not in (first.indicator, *first.more):
            return replace(first, more=(*first.more, other))
        return first
    unit, more = _unit(first), _unit(then)
    if unit and more and unit != more and unit in text:
        # The same question of another unit: the first clause asked of both.
        again = read(text.replace(unit, f"{unit} {more} ", 1))
        return again if isinstance(again, QUESTIONS) else first
    return first


# A clause checking what the sender believes: "…ใช่ไหม", "…ใช่ป่ะ".
_CHECKED_RE = re.compile(
    r"ใช่\s?(?:ไหม|มั้ย|มั๊ย|ป่ะ|ปะ|หรือเปล่า|รึเปล่า|เปล่า|หรือไม่|มะ)\s?(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ)?\s*$"
)


def _names(clause: str, words: str) -> bool:
    """Whether a clause names an indicator: by its code, or a word of the report vocabulary."""
    if not clause or any(c.isdigit() for c in words):
        return True
    text = normalise(clause)
    return any(m[0] not in _GENERIC for m in INDICATOR_RE.finditer(text)) or bool(
        _KEYWORDS_RE.search(text)
    )


_GENERIC = frozenset(("ตัวชี้วัด", "kpi"))
_KEYWORDS_RE = re.compile(
    "|".join(p for _, spelt in DEFAULT_KEYWORDS for p in spelt), re.IGNORECASE
)


def _subject_only(intent: Intent, opening: str) -> bool:
    """Whether the opening clause is a question only by default: it asks nothing and reads
    as the schedule of a step merely named ("ขั้นตอนที่ 1")."""
    return (
        isinstance(intent, Deadlines)
        and not asks(normalise(opening), opening)
        and not _WHEN_RE.search(opening)
    )


# Words that ask about a schedule even without an asking word ("กำหนดส่งแผน").
_WHEN_RE = re.compile(phrase_search_regex("กำหนด|deadline|หมดเขต|ภายใน|เมื่อไหร่|เมื่อไร|วันที่|วันไหน|due"))


def _bare(intent: Intent) -> bool:
    """Whether ``intent`` is a question with none of its slots read ("ใครส่ง" alone)."""
    try:
        return isinstance(intent, QUESTIONS) and intent == type(intent)()
    except TypeError:  # a slot without a default: never bare
        return False


def _subject(intent: Intent) -> str:
    if isinstance(intent, IndicatorQuery | Missing):
        return intent.indicator
    return ""


def _unit(intent: Intent) -> str:
    return intent.unit if isinstance(intent, Status | History | Members | Missing) else ""
