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

A long message whose other sentences are only the context of its ask (who asked, why, by
when, last year, the sender's circumstances; a story told before "…เลยอยากถามว่า…") is read
without them: ``set_aside`` and ``after_the_story`` (``data/nlu/context_words.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from handlers.data_files import sections
from handlers.intents import (
    QUESTIONS,
    WRITES,
    Aspect,
    Confirm,
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
# "ครบ" inside "ใครบ้าง" ("ใคร" then "บ้าง") is no verdict word.
_WHO_ALL_RE = re.compile(r"ใคร\s?(?=บ)")


def _verdict_asked(clause: str) -> bool:
    """Whether ``clause`` holds a word of a verdict or a measure (``VERDICT_WORDS``)."""
    said = normalise(clause)
    if "ใคร" in said:
        said = _WHO_ALL_RE.sub("ใคร - ", said)
    return _VERDICT_RE.search(said) is not None


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
        # "ได้กี่ล้านแล้วคะ ถึงเป้ายัง": what is counted and "แล้ว" may follow the asking word.
        rf"(?:{phrase_search_regex(ASKING_WORDS)}(?:\S{{0,6}}|\S{{1,4}}แล้ว)"
        rf"|(?:{phrase_regex(ASKING_ENDINGS)}))"
        # A clause ending with "ของ" or "ใน" goes on after the space: "ประเด็นไหนของ e-Service…";
        # so does "หรือ" before an English name, its alternative ("ผ่าน GDX หรือ Linkage Center…").
        rf"(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ)?(?<!ของ)(?<!ใน)(?!(?<=หรือ)\s+[A-Za-z0-9])"
        rf"(?P<space>\s+)(?=\S)(?!(?i:{_MEASURES}))"
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
    if "กี่" in text and _BOTH_COUNTS_RE.search(text):
        return [(text, False)]  # "ส่งแล้วกี่กอง ยังไม่ส่งกี่กอง": one ask of both counts
    if (
        "ต่อ" in text
        and (told := _WHAT_NEXT_AFTER_DONE_RE.search(text))
        and not _WORK_TO_COME_RE.search(text, 0, told.start())
    ):
        # "ส่งรายชื่อทีมแล้วค่ะ ต้องส่งอะไรต่อคะ": the work told done, then what comes next asked
        # (not "หลังจากส่งแผนแล้วค่ะ ต้องทำอะไรต่อ": work to come or supposed asks what is next).
        return [(text[: told.end("done")].strip(), False), (text[told.end() :].strip(), True)]
    if (
        ("เหลือ" in text or "ใคร" in text or "ไหน" in text)
        and (told := _WHO_IS_LEFT_AFTER_DONE_RE.search(text))
        and _WORK_DONE_RE.search(text, 0, told.start())
        and not _WORK_TO_COME_RE.search(text, 0, told.start())
        and not _DEADLINE_GONE_RE.search(text, 0, told.start())
        and not _NOT_ONES_OWN_RE.search(text, 0, told.start())
        and not asks(normalise(done := text[: told.end("done")]), done)
    ):
        # "กจ.ส่งแผนเรียบร้อยละค่ะ เหลือกองไหนอีกมั้ย": the work told done, then who is left
        # (not "หมดเขตแล้ว ใครยังไม่ส่ง", a deadline, nor "กองไหนส่งแล้ว …", asked).
        return [(done.strip(), False), (text[told.end() :].strip(), True)]
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


# A sentence told done, closed by its particle, then what comes next asked after a space
# ("…แล้วค่ะ ต้องส่งอะไรต่อคะ", "…แล้วนะครับ ต้องทำอะไรต่อ").
_WHAT_NEXT_AFTER_DONE_RE = re.compile(
    r"(?P<done>แล้ว(?:\s?(?:ค่ะ|ครับ|คับ|นะคะ|นะครับ|นะ|จ้า))+)\s+"
    r"(?=(?:แล้ว\s?)?(?:จะ\s?)?(?:ต้อง\s?)?(?:ส่ง|ทำ)\s?(?:อะไร|อันไหน)\s?(?:ต่อ|อีก|เป็นขั้นต่อไป))"
)
# A sentence told done ("…แล้ว", "…เรียบร้อย", "…เรียบร้อยละ", closed by its particle or not;
# never "…แล้วคะ", asked), then who or what is left asked after a space ("…เหลือกองไหนอีกมั้ย",
# "…ใครยังไม่ส่งบ้าง"): two clauses, the report and the question.
_WHO_IS_LEFT_AFTER_DONE_RE = re.compile(
    r"(?P<done>(?:แล้ว|เรียบร้อย(?:\s?(?:แล้ว|ละ))?)(?:\s?(?:ค่ะ|ครับ|คับ|ค่า|นะคะ|นะครับ|นะ|จ้า))*)\s+"
    # (A question opened by "แล้ว…" is cut at the connector: ``_CONNECTOR_RE``.)
    r"(?=(?:ตอนนี้\s?)?(?:ยัง\s?)?(?:เหลือ|ใคร|กอง\s?ไหน|หน่วย(?:งาน)?\s?ไหน))"
)
_WORK_DONE_RE = re.compile(r"ส่ง|อัป|อัพ|แนบ|ยื่น|กรอก")
# The day gone by, not the work: "หมดเขตส่งแผนไปแล้ว ใครยังไม่ส่ง".
_DEADLINE_GONE_RE = re.compile(r"หมดเขต|กำหนด|deadline|เดดไลน์|เส้นตาย|ปิดรับ|ปิดรอบ|เลยวัน")
# The units that sent, as the question's subject ("กองที่ส่งแผนแล้ว", "นอกจากกองคลังที่ส่ง…"),
# hearsay ("เห็นว่า…", "ที่ประชุมแจ้งว่า…", "ตามที่…") or every unit ("ทุกกองส่ง…"): no report of the sender's.
_NOT_ONES_OWN_RE = re.compile(
    r"ที่\s?(?:ได้\s?)?(?:ส่ง|อัป|อัพ|แนบ|ยื่น|กรอก)|นอกจาก|ตามที่|ที่ประชุม"
    r"|เห็นว่า|ได้ยินว่า|ได้ข่าวว่า|ทราบว่า"
    r"|ทุก\s?(?:กอง|หน่วย|สำนัก)"
)
# Work to come or supposed before the "แล้ว": "หลังจาก/พอ/เมื่อ/ถ้า… ส่งแผนแล้ว", "จะส่งแล้ว".
_WORK_TO_COME_RE = re.compile(r"หลังจาก|พอ(?!ดี|ใจ)|เมื่อ(?!วาน|เช้า|กี้|คืน)|ถ้า|หาก|จะ|เตรียม|ถือว่า|กำลัง")
# Both counts asked side by side, the done and the not yet done ("ส่งแล้วกี่กอง ยังไม่ส่งกี่กอง",
# "ผ่านแล้วกี่หน่วย ยังไม่ผ่านกี่หน่วย"): where things stand, one ask, not two.
_BOTH_COUNTS_RE = re.compile(
    r"แล้ว\s?(?:อีก\s?)?กี่\s?(?:กอง|หน่วย|ตัว)\S*\s+(?:แล้ว\s?)?ยังไม่\S*?กี่\s?(?:กอง|หน่วย|ตัว)"
)


def joined(text: str, read: Read) -> tuple[Intent, str] | None:
    """The reading of ``text`` from its clauses (see the module's docstring), with the clause
    of a question left for later when the reading is a write ("" otherwise); None when the
    message has one clause or its clauses do not join."""
    parts = clauses(text)
    if len(parts) == 1:
        return None
    opening = parts[0][0]
    first = read(opening)
    if not isinstance(first, (*QUESTIONS, *_ACTS)):
        return None
    if isinstance(first, Confirm) and not _CONFIRMED_RE.match(opening):
        return None  # "ใช่ค่ะ แล้วกองกลางส่งหรือยัง": a yes to a colleague, then the question
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
        if not connected and bare(first):
            # "ใครส่งค่า | Master Data ไปล่าสุดคะ": a clause asking of nothing yet, cut at a
            # space alone, goes on in the next one: the whole decides.
            return None
        if isinstance(first, _ACTS):
            # "ขยะ 52.3 แล้วผ่านไหม" asks whether the value would do: the whole decides.
            about = isinstance(then, ABOUT_A_VALUE) or _verdict_asked(part)
            if about and _SEE_ASKED_RE.match(part) and _SUBMITTED_RE.search(opening):
                # "ส่งผลขยะ 53.4 แล้วขอดูว่าผ่านขั้นไหนด้วยค่ะ": the result sent in so many
                # words, then a favour asked to look at where it stands: the write first.
                about = None
            if about or asks(normalise(opening), opening) or _CONDITION_RE.match(opening):
                return None
            later = later or part  # the write first, its card before the question
            continue
        first = _join(first, then, opening, read, part)
    return first, later


# A favour asked to look, opening the clause after a write: "ขอดูว่า…", "ช่วยดู…", "ขอทราบ…".
_SEE_ASKED_RE = re.compile(
    r"\s*(?:รบกวน\s?)?(?:ขอ\s?(?:ดู|ทราบ|เช็ค|เช็ก)|ช่วย\s?(?:ดู|เช็ค|เช็ก)|ดู\s?ให้)"
)
# The result sent in so many words ("ส่งผล…", "บันทึกผล…", "รายงานผล…"), not a figure named alone.
_SUBMITTED_RE = re.compile(r"(?:ส่ง|บันทึก|รายงาน|กรอก|ใส่|อัปเดต|อัพเดต|อัพเดท)\s?(?:ผล|ค่า|คะแนน)")


# What is done before a question asked after it: a write, or the card confirmed in its own word
# ("ยืนยันค่ะ แล้วใครยังไม่ส่งแผนบ้างคะ": the card confirmed, then the question answered).
_ACTS = (*WRITES, Confirm)
# The card's own word for it, said first: "ยืนยันค่ะ", "ขอยืนยันครับ", "คอนเฟิร์มค่ะ".
_CONFIRMED_RE = re.compile(r"\s*(?:ขอ\s?)?(?:ยืนยัน|คอนเฟิร์ม|คอนเฟิม|confirm)")


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
    if isinstance(first, RuleQuestion) and isinstance(then, RuleQuestion):
        if _CHECKED_RE.search(text) and then.topic != first.topic:
            # "ขั้นตอนที่ 5 คิดจากตัวชี้วัดในแผนใช่ไหมครับ ต้องบรรลุกี่ตัว": a check of what the
            # sender believes, then the rule asked.
            return then
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
    if (
        isinstance(first, Missing)
        and isinstance(then, Missing)
        and first == Missing()
        and (then.step or then.indicator)
        and not then.unit
    ):
        # "ไม่แน่ใจว่าใครส่งแล้วบ้าง ตอนนี้ยังเหลือกองไหนที่ยังไม่ส่งแผน": who has not sent, asked
        # of nothing first, then of what the later clause names.
        return then
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
    """Whether a clause names an indicator: by its code, or a word of the report vocabulary (a
    criteria group's number, "เกณฑ์กลุ่ม 2 ใช่ปะ", is no code)."""
    if not clause or any(c.isdigit() for c in _GROUP_RE.sub(" ", words)):
        return True
    return names_an_indicator(clause)


_GROUP_RE = re.compile(r"(?:กลุ่ม|กรณี)\s?(?:ที่)?\s?\d+")


def names_an_indicator(text: str) -> bool:
    """Whether ``text`` (as typed) names an indicator: by a word of the report vocabulary, or
    by its name or code other than the generic "ตัวชี้วัด"."""
    said = normalise(text)
    return any(
        m[0] not in _GENERIC and not _IN_AN_OFFICES_NAME_RE.search(said, 0, m.start())
        for m in INDICATOR_RE.finditer(said)
    ) or any(
        not _IN_AN_OFFICES_NAME_RE.search(said, 0, m.start()) for m in _KEYWORDS_RE.finditer(said)
    )


# An indicator's word glued after an office's head noun is the office's name ("สำนักงบประมาณ").
_IN_AN_OFFICES_NAME_RE = re.compile(r"(?:สำนัก|สำนักงาน)$")


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


def bare(intent: Intent) -> bool:
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


# -- The context around the ask ------------------------------------------------------------
# A long message often says more than its ask: who asked for the answer, why, when it is
# needed, what happened last year, the sender's circumstances ("ขยะได้ร้อยละเท่าไหร่แล้วครับ
# ผู้ว่าฯ ถามมาในกลุ่มผู้บริหาร ต้องตอบก่อนบ่ายสาม"). Those sentences hold words that pull the
# reading to another intent or slot ("ตอบ", "ก่อน"); ``set_aside`` cuts the message into
# sentences and leaves out the ones that hold a cue of ``data/nlu/context_words.txt``, for the
# message to be read again without them (``handlers.registry``).

# A favour alone opens with one of these ("รบกวนบอทสรุปให้ด้วย").
_FAVOUR_OPENERS = ["รบกวน", "ช่วย", "ฝาก"]
_CUE_SECTIONS = ("asked by", "purpose", "needed by", "last year", "circumstances")
# "…" in a cue: a few letters of the same phrase, or a number spaced off in it ("เดี๋ยวใกล้รอบ
# 12 เดือนค่อยเปิด"; not "…เลยมาช่วยดูแทน อยากทราบว่า", two phrases).
_GAP = r"(?:\S|\s(?=\d)|(?<=\d)\s){0,24}?"
_PARTICLES = r"\s?(?:(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า)\s?)*"  # "ถามมาค่ะ ว่า…" passes it on


@cache
def _context_sections() -> dict[str, tuple[str, ...]]:
    """The lines of each [section] of ``data/nlu/context_words.txt``."""
    return sections("nlu", "context_words.txt")


def _cue_regex(cue: str) -> tuple[bool, str]:
    """(whether the cue must open its sentence, its pattern)."""
    opening = cue.startswith("^")
    phrase, *not_followed = cue.lstrip("^").split(" !")
    pattern = _GAP.join(re.escape(part) for part in phrase.split("…"))
    pattern += "".join(f"(?!{_PARTICLES}{re.escape(after)})" for after in not_followed)
    return opening, pattern


def _cues(*names: str) -> tuple[list[str], list[str]]:
    """The patterns of the cues of ``names``: (those opening a sentence, those anywhere)."""
    opening: list[str] = []
    anywhere: list[str] = []
    for name in names:
        for cue in _context_sections()[name]:
            at_start, pattern = _cue_regex(cue)
            (opening if at_start else anywhere).append(pattern)
    return opening, anywhere


def _context_patterns() -> tuple[Guarded, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a search for any cue in a whole message, a sentence's cue, a phrase opening a
    sentence, a sentence going on with the context before it)."""
    opening, anywhere = _cues(*_CUE_SECTIONS)
    openers = opening + _cues("continuer", "opener")[0]
    starts = "|".join(openers)
    anywhere_ = "|".join(anywhere)
    return (
        Guarded(re.compile(f"(?<!\\S)(?:{'|'.join(opening + _FAVOUR_OPENERS)})|{anywhere_}")),
        re.compile(f"^(?:{'|'.join(opening)})|{anywhere_}"),
        re.compile(f"(?:{starts})"),
        re.compile(f"(?:{'|'.join(_cues('continuer')[0])})"),
    )


_ANY_CUE_RE, _CUE_RE, _OPENS_RE, _GOES_ON_RE = _context_patterns()
# A sentence of favour words alone ("รบกวนบอทสรุปให้ด้วย"): it asks what the others ask.
_FAVOUR_ONLY_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(_context_sections()["favour"], key=len, reverse=True)))
    + ")+"
)
# A phrase closing a sentence: a particle or an asking word at its end.
_CLOSES_RE = re.compile(
    r"(?:ครับ|ค่ะ|คะ|ค่า|คับ|จ้า|จ้ะ|ฮะ|นะ|น้า|เนอะ|เนาะ|ไหม|มั้ย|หรือยัง|รึยัง|บ้าง|เท่าไหร่"
    r"|เท่าไร|อะไร|ไหน|ยังไง|อย่างไร|หรือเปล่า|หรือไม่|เมื่อไหร่|[?!])$"
)
# What asks nothing of the bot inside a sentence: a doubt of the sender's own ("ไม่แน่ใจว่า
# เปลี่ยนหรือเปล่า"), a nothing ("ไม่มีกำหนดส่งอะไร") and a few ("อีกไม่กี่วันหมดเขตแล้ว").
_NOT_ASKED_RE = re.compile(
    r"(?:ไม่\s?แน่\s?ใจ|ไม่\s?รู้|ไม่\s?ทราบ|จำ\s?ไม่\s?ได้)\s?ว่า.*$|ไม่\s?มี\s?\S{0,20}?อะไร(?!\S)"
    r"|ไม่\s?กี่"
)
# Who else might know, asked of the group ("…ใครทราบบ้าง", "ใครจำได้บ้าง"), not passing a
# question on ("ใครรู้บ้างว่า…").
ANYONE_KNOWS_RE = re.compile(
    r"(?:มี\s?)?ใคร\s?(?:พอ\s?)?(?:ทราบ|รู้|จำ\s?ได้)\s?(?:บ้าง|ไหม|มั้ย|มั๊ย)?"
    r"(?:\s?(?:คะ|ค่ะ|ครับ|คับ|นะ|จ้า))*(?!\s?ว่า)\s*$"
)
_SHORTEST = 24  # letters: a message shorter than this has no room for context


# When a sentence of [needed by] ends ("ก่อนเข้าประชุมบ่ายนี้ ขยะ 52.3"): a phrase closing with
# one of these words.
_WHEN_CLOSES_RE = re.compile(
    f"(?:{'|'.join(map(re.escape, _context_sections()['needed by closes']))})$"
)
_NEEDED_BY_RE = re.compile("|".join(_cues("needed by")[0] + _cues("needed by")[1]))


def _needed_by_closes(before: str, sentence: list[str]) -> bool:
    """Whether ``before``, the last phrase of ``sentence`` so far, closes a sentence that says
    when the answer is needed ("ก่อนเข้าประชุมบ่ายนี้")."""
    return _WHEN_CLOSES_RE.search(before) is not None and bool(
        _NEEDED_BY_RE.search(" ".join(sentence))
    )


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (see ``data/nlu/context_words.txt``)."""
    phrases = text.split()
    cut: list[list[str]] = [[phrases[0]]]
    for before, phrase in zip(phrases, phrases[1:], strict=False):
        closes = _CLOSES_RE.search(before) or _needed_by_closes(before, cut[-1])
        if closes or _OPENS_RE.match(phrase):
            cut.append([phrase])
        else:
            cut[-1].append(phrase)
    return [" ".join(words) for words in cut]


def _led_to(*names: str) -> re.Pattern[str]:
    """A search for a cue of ``names`` after a space (something is told before it)."""
    return re.compile(r"\s\S*?(?:" + "|".join(_cues(*names)[1]) + ")")


_SO_I_ASK_RE, _TELL_ME_RE = _led_to("so I ask"), _led_to("tell me")


# A boss's question passed on, opening the message: the boss's title, then "ถาม(มา)" and, a
# few words (where, when) glued after it, "ว่า" ("ท่านปลัดถามในที่ประชุมผู้บริหารเมื่อเช้าว่า…",
# "ท่าน ผอ.กองกลาง ถามมาเมื่อเช้าว่า…"). The sender's own "สอบถาม" is none.
_PASSED_ON_RE = re.compile(
    r"^(?:(?:สวัสดี|เรียน|พี่|น้อง|เมื่อ|ตอนนี้|วันนี้|พอดี)\S*\s)?\S*?(?:ท่าน|ผอ\.?|ผู้อำนวยการ|ผู้บริหาร|ผู้ว่า|หัวหน้า|ปลัด|อธิบดี|เลขาธิการ"
    r"|เลขาฯ|นาย|ผวจ|ปกท)(?:\S*\s){0,2}?\S*?(?<!สอบ)(?P<asked>ถาม)\S{0,40}?ว่า"
)
_HEAD_OF_A_UNIT_RE = re.compile(
    r"(?:ผอ\.?|ผู้อำนวยการ|หัวหน้า)\s?(?:กอง|ศูนย์|กลุ่ม|ฝ่าย|[\u0e01-\u0e2e]{1,4}\.)"
)
# A unit named in the question passed on: by its head noun (not "กองเรา", "กองไหน") or short.
_UNIT_NAMED_RE = re.compile(
    r"(?:กอง|ศูนย์|กลุ่ม|ฝ่าย)(?!เรา|ไหน|ใด)[\u0e01-\u0e4e]|[\u0e01-\u0e2e]{2,4}\."
)
# Every cue opens with "เลย" or "จึง", or holds "ว่า" or "บอท", or "โปรด".
_STORY_CUE_LETTERS = ("ว่า", "บอท", "เลย", "จึง", "โปรด")


def after_the_story(text: str) -> str:
    """What follows a story told first and the cue of the ask it led to ("…เลยอยากถามว่า"),
    or ""; a story before a favour ("…ช่วยบอกหน่อยว่า") must ask nothing itself, unless it
    only passes a boss's question on (then that question is read, and the favour after it:
    "ท่านปลัดถามในที่ประชุมว่ากองไหนยังไม่ส่ง รบกวนบอทเช็คให้หน่อย")."""
    if len(text) < _SHORTEST or not any(w in text for w in _STORY_CUE_LETTERS):
        return ""
    so = _SO_I_ASK_RE.search(text)
    if so is None and "ถาม" in text:
        passed = _PASSED_ON_RE.match(text)
        before = text[: passed.start("asked")] if passed else ""
        rest = text[passed.end() :].strip() if passed else ""
        # The head of a unit asking of "กองเรา" asks of that unit: unless the rest names one,
        # the whole decides ("ท่านผู้อำนวยการกองคลังถามมาว่ากองเราส่งแผนไปแล้วหรือยัง").
        of_a_unit = _HEAD_OF_A_UNIT_RE.search(before) and not _UNIT_NAMED_RE.search(rest)
        if rest and not of_a_unit and not _asks_itself(before):
            return rest
    if so is None:
        so = _TELL_ME_RE.search(text)
        # A question someone else asked, told in the story ("…ท่านรองเลขาธิการถามกลางที่ประชุมว่า
        # ปีนี้เราผ่านไปแล้วกี่ตัวชี้วัด…"), is no ask of the sender's own.
        story = text[: so.start()] if so else ""
        heard = _HEARD_RE.search(story) if "ถาม" in story else None
        if so is None or _asks_itself(story[: heard.start()] if heard else story):
            return ""
    return text[so.end() :].strip()


_HEARD_RE = re.compile(r"(?<!สอบ)(?<!อยาก)(?<!ขอ)ถาม\S{0,40}?ว่า")


def set_aside(text: str) -> str:
    """``text`` without its sentences of context, or "" when none is set aside or nothing
    else is left. A sentence that asks itself is never context."""
    if len(text) < _SHORTEST or " " not in text or _ANY_CUE_RE.search(text) is None:
        return ""
    kept: list[str] = []
    context = going_on = False
    for sentence in sentences(text):
        cued = _CUE_RE.search(sentence) or going_on and _GOES_ON_RE.match(sentence)
        if cued and not _asks_itself(sentence):
            context = going_on = True
            continue
        going_on = False
        if _FAVOUR_ONLY_RE.fullmatch(sentence.replace(" ", "")):
            context = True  # "รบกวนบอทสรุปให้ด้วย" beside the ask adds nothing to it
            continue
        kept.append(sentence)
    if not context or not kept:
        return ""
    return " ".join(kept)


def _asks_itself(sentence: str) -> bool:
    """Whether a sentence asks the bot something: not by a doubt of the sender's own or a
    nothing (``_NOT_ASKED_RE``), and by a question mark only when one closes it."""
    said = normalise(sentence)
    if "ไม่" in said:
        said = _NOT_ASKED_RE.sub(" ", said)
    if "ใคร" in said:  # "ใครทราบบ้าง": asked of the group, not of the bot
        said = ANYONE_KNOWS_RE.sub(" ", said)
    return asks(said, sentence.replace("?", "") if "?" not in sentence[-2:] else sentence)
