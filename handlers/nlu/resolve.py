"""Resolve the words of a slot against an organisation: indicators, units, steps, organisations.

Every resolver ranks candidates alike: an exact name, then a name inside the words
("ขยะมูลฝอย" holds ``ขยะ``), then the words inside a name ("ยาเสพ"), then the words inside a
longer text (a title); only when none of these hits does fuzzy matching run. All the best
candidates are returned, so that a tie ("จริยธรรม" names two blocks) can be asked back.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from rapidfuzz import fuzz

from handlers.nlu import patterns
from handlers.nlu.extract import LAST_STEP
from handlers.nlu.patterns import EDGE_WORDS
from handlers.nlu.report_words import report_words
from handlers.nlu.slots import names_the_plan
from handlers.nlu.story import without_story
from handlers.nlu.tokenize import dictionary_words, everyday_words, pieces, tokens
from handlers.nlu.typos import MIN_LENGTH, edit_distance, slipped
from kpi_core.models import Indicator, MilestoneStep, Organisation, Unit
from kpi_core.org_names import NameEntry, match_organisations, squash
from kpi_core.report import DEFAULT_KEYWORDS
from kpi_core.report_items import copies

T = TypeVar("T")
_FORMS_RE = re.compile(
    r"(?:(?:แบบ)?\s*ฟอร์ม|(?<![a-z])form)\s*(?:หมายเลข|ที่|no\.?)?\s*(?P<first>\d{1,2})(?:\s*[-–]\s*(?P<last>\d{1,2}))?"
)
# A repeated block's copy: the bot's own name ("ชุดที่ 2"), or how teams point at one of twins
# ("จริยธรรมตัวแรก", "บล็อกหลัง", "ตัวที่สอง").
_COPY_RE = re.compile(
    r"(?:ชุด|ตัว|บล็อก|บล็อค)\s*(?:ที่\s*(?P<number>\d+|หนึ่ง|สอง|สาม)|(?P<end>แรก|หลัง|สุดท้าย))"
)
_COPY_WORDS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "แรก": 1}
_NUMBER_RE = re.compile(r"(?:ตัวชี้วัด|kpi|ตัวที่|ขั้นตอน|ขั้น|step)?\s*(?:ที่|ข้อ)?\s*(\d+(?:\.\d+)*)")
_MIN_INSIDE = 2  # shorter words found inside a name are noise ("ผ", "ก")
_MIN_FUZZY = 3
_CACHE_SIZE = 32


_VOCABULARY = tuple(
    (squash(keyword), re.compile("|".join(patterns), re.IGNORECASE))
    for keyword, patterns in DEFAULT_KEYWORDS
)


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """Something to resolve to, with its names and a longer text, both squashed; ``texts`` are
    what it says of itself (a title, its items), matched whole or containing the words."""

    item: T
    names: tuple[str, ...]
    text: str = ""
    texts: tuple[str, ...] = ()
    # Abbreviations: matched whole or found in the words, never by a part ("ก.พ." is not "กพร.").
    short_names: tuple[str, ...] = ()


def _rank(query: str, candidate: Candidate[T]) -> tuple[int, int]:
    """(how, how long a name matched): 4 exact, 3 name in words, 2 words in name, 1 in text."""
    best = (0, 0)
    for name in candidate.short_names:
        if query == name:
            return (4, len(name))
        if len(name) >= _MIN_INSIDE and name in query:
            best = max(best, (3, len(name)))
    for name in candidate.names:
        if query == name:
            return (4, len(name))
        if len(name) >= _MIN_INSIDE and name in query:
            best = max(best, (3, len(name)))
        elif len(query) >= _MIN_INSIDE and query in name:
            best = max(best, (2, len(query)))
    if best == (0, 0) and len(query) >= _MIN_FUZZY and query in candidate.text:
        best = (1, len(query))
    return best


def _rank_longest(query: str, candidate: Candidate[T]) -> tuple[int, int]:
    """(how long, how): the longest match wins, so words of one item or a whole title outrank
    a short keyword many indicators share; on equal length an exact match wins."""
    best = (0, 0)
    for text in candidate.texts:
        if query == text:
            best = max(best, (len(query), 4))
        elif len(query) >= _MIN_FUZZY and query in text:
            best = max(best, (len(query), 1))
    how, length = _rank(query, candidate)
    return max(best, (length, how))


def _fuzzy(query: str, candidate: Candidate[T]) -> float:
    scores = [fuzz.WRatio(query, name) for name in candidate.names if name]
    if candidate.text:
        scores.append(fuzz.partial_ratio(query, candidate.text))
    return max(scores, default=0.0)


def best_matches(
    queries: Sequence[str],
    candidates: Sequence[Candidate[T]],
    threshold: float,
    *,
    longest: bool = False,
) -> list[T]:
    """Every candidate with the best rank for any of ``queries``; fuzzy only when none ranks.

    With ``longest`` the longest match ranks first (:func:`_rank_longest`)."""
    queries = [q for q in queries if q]
    rank = _rank_longest if longest else _rank
    ranks = [max((rank(q, c) for q in queries), default=(0, 0)) for c in candidates]
    top = max(ranks, default=(0, 0))
    if top > (0, 0):
        return [c.item for c, r in zip(candidates, ranks, strict=True) if r == top]
    scores = [
        max((_fuzzy(q, c) for q in queries if len(q) >= _MIN_FUZZY), default=0.0)
        for c in candidates
    ]
    top_score = max(scores, default=0.0)
    if top_score < threshold:
        return []
    return [c.item for c, s in zip(candidates, scores, strict=True) if s == top_score]


def closest(query: str, texts: Sequence[str], count: int) -> list[int]:
    """The indexes of the ``count`` texts most like ``query`` (ties: the earlier first)."""
    squashed = squash(query)
    scores = [fuzz.partial_ratio(squashed, squash(t)) if squashed else 0.0 for t in texts]
    return sorted(range(len(texts)), key=lambda i: (-scores[i], i))[:count]


@dataclass(frozen=True)
class IndicatorIndex:
    """An organisation's indicators prepared for resolution (built once per organisation)."""

    by_code: Mapping[str, Indicator]
    candidates: tuple[Candidate[Indicator], ...]
    # The terms a report's description names in parentheses ("(Open House)" of eco town),
    # squashed, each of the one indicator whose description writes it.
    terms: Mapping[str, Indicator] = dataclass_field(default_factory=dict)

    @classmethod
    def build(cls, org: Organisation) -> IndicatorIndex:
        """Squash every keyword, title and item text once (with and without a measure word)."""
        vocabulary = report_words()
        candidates = []
        for i in org.indicators:
            own = [i.title, *(item.text for item in i.items)]
            texts = {squash(t) for text in own for t in (text, vocabulary.without_measure(text))}
            texts.discard("")
            keywords = tuple(squash(k) for k in i.keywords)
            candidates.append(Candidate(i, keywords, squash(i.title), tuple(sorted(texts))))
        return cls({i.code: i for i in org.indicators}, tuple(candidates), _described_terms(org))


def _described_terms(org: Organisation) -> dict[str, Indicator]:
    """The terms in parentheses the descriptions write ("เปิดบ้านสานสัมพันธ์กัน (Open House)"),
    of one indicator each: a term several descriptions write ("Proxy KPIs") names none."""
    owners: dict[str, set[str]] = {}
    for i in org.indicators:
        for term in _TERM_RE.findall(i.description or ""):
            key = squash(term)
            if len(key) >= _MIN_TERM:
                owners.setdefault(key, set()).add(i.code)
    by_code = {i.code: i for i in org.indicators}
    return {k: by_code[next(iter(codes))] for k, codes in owners.items() if len(codes) == 1}


# An English term in parentheses, of two words at most ("(Open House)", "(Symbiosis)").
_TERM_RE = re.compile(r"\(\s*([A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*)?)\s*\)")
_MIN_TERM = 5  # "(NISPA)"; shorter ones ("(SKPI)", "(BBL)") are abbreviations of anything


_INDEXES: OrderedDict[int, tuple[Organisation, IndicatorIndex]] = OrderedDict()
_LOCK = threading.Lock()


def indicator_index(org: Organisation) -> IndicatorIndex:
    """The index of ``org``, cached by identity (organisations are immutable)."""
    with _LOCK:
        hit = _INDEXES.get(id(org))
        if hit is not None and hit[0] is org:
            _INDEXES.move_to_end(id(org))
            return hit[1]
    index = IndicatorIndex.build(org)
    with _LOCK:
        _INDEXES[id(org)] = (org, index)
        while len(_INDEXES) > _CACHE_SIZE:
            _INDEXES.popitem(last=False)
    return index


def _number(words: str) -> str | None:
    match = _NUMBER_RE.fullmatch(words.strip().lower())
    return match.group(1) if match else None


_PLAIN_RE = re.compile(r"[^\\()\[\]?*+|^$.{}]+")
# Each keyword's spellings written out in plain text ("ความพร้อมรัฐบาลดิจิทัล" for DG Readiness).
_SPELLINGS = tuple(
    (
        re.compile("|".join(patterns), re.IGNORECASE),
        tuple(p for p in patterns if _PLAIN_RE.fullmatch(p)),
    )
    for _, patterns in DEFAULT_KEYWORDS
)


def keyword_spellings(words: str) -> list[str]:
    """The plain spellings of the report keywords ``words`` holds ("dg readiness" ->
    "ความพร้อมรัฐบาลดิจิทัล"), for a title the keyword is written into."""
    return [p for regex, plain in _SPELLINGS if regex.search(words) for p in plain]


def _synonyms(words: str) -> list[str]:
    # "ระบบราชการ 4.0" is what the report vocabulary calls PMQA: try its keyword too; and
    # "อปท." is how people write what the report prints in full.
    vocabulary = report_words()
    forms = (words, vocabulary.long_forms(words), *vocabulary.expansions(words))
    return [
        *dict.fromkeys(squash(form) for form in forms),
        *(key for key, regex in _VOCABULARY if regex.search(words)),
    ]


def resolve_indicator(words: str, org: Organisation) -> list[Indicator]:
    """The indicators ``words`` names: a code, a keyword, a title, or a close spelling; on a
    tie the one whose own texts hold the most of the other words ("ชุดข้อมูลที่ลงทะเบียน")."""
    index = indicator_index(org)
    code = _number(words)
    if code is not None:
        # "ตัวชี้วัด 4.0 ของเรา": a number that is no code but is written in a name (PMQA 4.0).
        return [index.by_code[code]] if code in index.by_code else _written_in(code, index)
    copy = _COPY_RE.search(words)
    if copy is not None:  # "จริยธรรม ชุดที่ 2": the bot's own name for a repeated block's copy
        words = f"{words[: copy.start()]} {words[copy.end() :]}".strip()
    if _AGENCY_RE.search(words):
        # "ชุดข้อมูลเปิดได้คุณภาพตามมาตรฐาน สพร. … บัญชีข้อมูลภาครัฐ": the agency that sets the
        # standard (its name holds the keyword รัฐบาลดิจิทัล) names no indicator of its own
        # when other words name one.
        bare = " ".join(_AGENCY_RE.sub(" ", words).split())
        found = resolve_indicator(bare, org) if content_left(bare) else []
        if found:
            return found
    found = best_matches(_synonyms(words), index.candidates, threshold=80, longest=True)
    found = _narrowed(words, found, index) if len(found) > 1 else found
    found = found or _typed_keyword(words, index) or _every_word_held(words, index)
    found = found or _cut_short(words, index)
    if not found:
        found = _measure_picked(words, org)
    if not found:
        found = _pointed_item(words, org) or _described(words, index)
    if copy is not None and found and copies(found, found[0]) == tuple(found):
        said = copy["number"] or copy["end"]
        number = int(said) if said.isdigit() else _COPY_WORDS.get(said, len(found))
        return [found[number - 1]] if 1 <= number <= len(found) else found
    return found


# The digital government agency, by its short or full name: it sets standards, it is no
# indicator.
_AGENCY_RE = re.compile(
    r"(?:ของ\s?|ที่\s?|ตาม\s?)?(?:สพร\.?|สำนักงานพัฒนารัฐบาลดิจิทัล(?:\s?\(องค์การมหาชน\))?)"
)


def content_left(words: str) -> bool:
    """Whether ``words`` hold anything besides framing words and particles."""
    return any(w not in EDGE_WORDS for w in words.split())


def _pointed_item(words: str, org: Organisation) -> list[Indicator]:
    """ "มอกพ.วิสามัญ ข้อนี้": an item's words with the pointer after them ("ข้อ" is left of
    "ข้อนี้") name what the words alone name."""
    head = _POINTER_TAIL_RE.sub("", words)
    return resolve_indicator(head, org) if head != words and head.strip() else []


_POINTER_TAIL_RE = re.compile(r"\s+(?:ข้อ|ประเด็น)\s*$")


def _described(words: str, index: IndicatorIndex) -> list[Indicator]:
    """The indicator whose description names ``words`` as a term of its own ("open house"),
    a round of its figures told after it or not ("nispa รอบสอง", "nispa ครั้งที่ 2")."""
    if not index.terms:
        return []
    found = index.terms.get(squash(words))
    if found is None and ("รอบ" in words or "ครั้ง" in words or "ไตรมาส" in words):
        found = index.terms.get(squash(_ROUND_RE.sub(" ", words)))
        told = _ROUND_RE.search(words)
        if found is None and told is not None and _result_out(words[told.end() :]):
            # "nispa ครั้งที่ 2 ได้ผลออกมา": what follows the round says its figures came out.
            found = index.terms.get(squash(words[: told.start()]))
    return [found] if found is not None else []


def _result_out(words: str) -> bool:
    """Whether ``words`` only say a result came out ("ได้ผลออกมา", "ออกมา"), framing aside."""
    said = [p for p in pieces(words.lower()) if p.strip() and p not in EDGE_WORDS]
    return bool(said) and all(p in _RESULT_OUT for p in said)


_RESULT_OUT = frozenset(("ได้ผล", "ผลออกมา", "ออกมา", "ออก"))


# A round of an indicator's figures: "รอบสอง", "รอบที่ 2", "ครั้งที่ 2", "รอบ 12 เดือน", "ไตรมาส 3".
_ROUND_RE = re.compile(
    r"(?:รอบ|ครั้ง|ไตรมาส)\s?(?:ที่\s?)?(?:\d{1,2}|หนึ่ง|สอง|สาม|สี่|แรก|หลัง|สุดท้าย)(?:\s?เดือน)?"
)


def _measure_picked(words: str, org: Organisation) -> list[Indicator]:
    """ "คะแนนดิจิทัล": a title's measure word typed before a short name that names several
    indicators; the measure picks those whose title starts with it (คะแนนความพร้อมรัฐบาลดิจิทัล)."""
    typed = words.lstrip()
    for measure in report_words().measures:
        if typed.startswith(measure) and typed[len(measure) :].strip():
            named = resolve_indicator(typed[len(measure) :], org)
            return [i for i in named if squash(i.title).startswith(squash(measure))]
    return []


def _written_in(number: str, index: IndicatorIndex) -> list[Indicator]:
    """The indicators whose keyword or title writes ``number`` (no code) as a version ("4.0")."""
    if "." not in number:
        return []
    found = re.compile(rf"(?<![\d.]){re.escape(number)}(?![\d.])")
    return [
        i
        for i in index.by_code.values()
        if found.search(i.title) or any(found.search(k) for k in i.keywords)
    ]


def off_topic(words: str, org: Organisation, *, asked: bool = False) -> bool:
    """Whether the phrases of slot words that hold a word of the plan are mostly everyday words
    the organisation's data never writes ("งบประมาณงานเลี้ยงส่งท้าย", "ขยะหน้าบ้านไม่มีใครมาเก็บ"):
    one word shared with the plan is weak evidence when the rest of its phrase is about
    something else. Phrases naming nothing of the plan are framing (:func:`without_framing`).

    ``asked``: the words are those of an indicator asked about. The everyday words before an
    indicator's name in one phrase are then the asker's story typed without spaces
    ("ผู้ว่าจะประชุมพรุ่งนี้อยากได้ตัวเลขขยะมูลฝอยชุมชน", "เป็นห่วงท่องเที่ยวมาก"); after it they
    say what the name is about ("ขยะหน้าบ้าน…"), as they do around a word of the plan that names
    no indicator ("แอร์ห้องประชุมเสีย"). A short or everyday name of the reports' words is
    theirs ("หมู่บ้านปลอดยา": the villages with no drug problem)."""
    words = report_words().long_forms(words)
    if asked:  # the story's markers and their companions name nothing ("ผู้ว่า…ประชุม")
        words = " ".join(_from_indicator(p, org) for p in without_story(words).split())
    judged = [foreign >= _MIN_FOREIGN and foreign > ours for ours, foreign in _phrases(words, org)]
    return bool(judged) and all(judged)


def no_plan_words(words: str, org: Organisation) -> bool:
    """Whether slot words hold no word of the plan and several everyday words ("wifi ชั้น
    ใช้ไม่ได้", "แอร์ห้องเสีย"): office chatter, not an indicator misspelt."""
    vocabulary = _vocabulary(_written(org))
    counts = [_count(p, vocabulary) for p in words.split()]
    return not any(ours for ours, _ in counts) and sum(f for _, f in counts) >= _MIN_FOREIGN


def word_counts(words: str, org: Organisation) -> tuple[int, int]:
    """(words of the organisation's data, everyday words besides) in all of ``words``."""
    vocabulary = _vocabulary(_written(org))
    counts = [_count(p, vocabulary) for p in words.split()]
    return sum(c[0] for c in counts), sum(c[1] for c in counts)


def written_words(words: str, org: Organisation) -> bool:
    """Whether every word of ``words`` is one the organisation's data writes, and they name
    one of its indicators: everyday words of its own titles and items ("บรรจุบุคคลเข้ารับราชการ",
    "องค์กรกลางบริหารงานบุคคล"), not chat about something else."""
    vocabulary = _vocabulary(_written(org))
    # "โอนงบลดลง": a short form of the reports' words is theirs ("โอนเปลี่ยนแปลงงบประมาณ").
    counts = [_count(p, vocabulary) for p in report_words().long_forms(words).split()]
    if not any(ours for ours, _ in counts) or any(foreign for _, foreign in counts):
        return False
    return bool(resolve_indicator(words, org))


def writes(word: str, org: Organisation) -> bool:
    """Whether ``word`` is one word of those the organisation's data writes (in a title, an
    item, a step, a unit's or its own name): "ท่องเที่ยว" is a province's; "เที่ยว", a part of
    it, is none."""
    return word.lower() in _vocabulary(_written(org)).words


def without_framing(words: str, org: Organisation) -> str:
    """``words`` without the phrases around a question or a write that are about something
    else ("พอดีหัวหน้าถามมา", "ผมเพิ่งรับงานต่อจากพี่ที่ย้ายไป", "พอดีติดประชุม"): more everyday
    words than words of the organisation's data. Kept whole unless a phrase of the plan stays."""
    phrases = words.split()
    vocabulary = _vocabulary(_written(org))
    # "มาสเตอร์ดาต้า ชุด": a name typed as it sounds is the plan's name (Master Data).
    counts = [_count(report_words().long_forms(p), vocabulary) for p in phrases]
    framing = [foreign > ours for ours, foreign in counts]
    dropped = sum(foreign for (_, foreign), f in zip(counts, framing, strict=True) if f)
    stays = any(ours and not f for (ours, _), f in zip(counts, framing, strict=True))
    if dropped < _MIN_FOREIGN or not stays:
        return words
    return " ".join(p for p, f in zip(phrases, framing, strict=True) if not f)


def _phrases(words: str, org: Organisation) -> list[tuple[int, int]]:
    """(words of the plan, everyday words besides) of each phrase holding a word of the plan."""
    vocabulary = _vocabulary(_written(org))
    return [c for c in (_count(p, vocabulary) for p in words.split()) if c[0]]


def _from_indicator(phrase: str, org: Organisation) -> str:
    """``phrase`` from its first word naming an indicator (holding a keyword, or written in a
    title, and no word of the organisation's own name); the whole phrase when none does."""
    pieces = tokens(phrase.lower())
    index = indicator_index(org)
    own = [squash(n) for n in (org.name, org.short_name, *org.aliases) if n]
    for at, word in enumerate(pieces):
        query = squash(word)
        if any(query in name for name in own):  # "ร้านข้าวหน้าสำนักงาน": the office, no title
            continue
        if any(len(n) >= _MIN_INSIDE and n in query for c in index.candidates for n in c.names):
            return "".join(pieces[at:])
        if len(query) >= _MIN_COMPOUND and any(query in c.text for c in index.candidates):
            return "".join(pieces[at:])
    return phrase


def _written(org: Organisation) -> tuple[str, ...]:
    """Everything the organisation's data writes: titles, items, keywords, formulas ("ขยะที่
    กำจัดเบื้องต้น": what the waste's formula adds up), steps, units and its own names."""
    return (
        *(t for i in org.indicators for t in (i.title, *i.keywords, *(m.text for m in i.items))),
        *(i.formula for i in org.indicators if i.formula),
        *(t for i in org.indicators for s in i.steps for t in (s.title, *s.keywords)),
        *(n for u in org.units for n in (u.name, u.short_name, *u.aliases)),
        org.name,
        org.short_name,
        *org.aliases,
    )


@dataclass(frozen=True)
class _Vocabulary:
    words: frozenset[str]  # the words of the texts, segmented
    text: str  # the texts squashed, for a compound word segmented otherwise


@lru_cache(maxsize=_CACHE_SIZE)
def _vocabulary(texts: tuple[str, ...]) -> _Vocabulary:
    """The words of an organisation's texts, segmented once per distinct data (organisations
    read afresh are equal, not identical)."""
    written = frozenset(w for t in texts if t for w in tokens(t.lower()))
    return _Vocabulary(written, "\n".join(squash(t) for t in texts if t))


def _ours(word: str, vocabulary: _Vocabulary) -> bool:
    return word in vocabulary.words or (
        len(word) >= _MIN_COMPOUND and squash(word) in vocabulary.text
    )


def _count(phrase: str, vocabulary: _Vocabulary) -> tuple[int, int]:
    ours = foreign = 0
    for word in tokens(phrase.lower()):
        if word in EDGE_WORDS or word in _WHEN_WORDS or not any(c.isalnum() for c in word):
            continue
        if word in _VERSION_WORDS or names_the_plan(word):  # "แผนฉบับแก้ไข": still the plan
            ours += 1
            continue
        # A short word is ours only as a word of the data ("ไม่" is inside many a phrase);
        # a noun made with การ or ความ is ours where the word after it is ("การซ้ำซ้อน").
        if _ours(word, vocabulary) or _ours(_NOMINALISER_RE.sub("", word), vocabulary):
            ours += 1
        elif everyday_words(word):
            foreign += 1
    return ours, foreign


# When a result is asked of ("ขยะเดือนที่แล้ว", "ยาเสพติดไตรมาสนี้"): a period of the plan's
# year, neither the plan's words nor another topic.
_WHEN_WORDS = frozenset(
    patterns.words(
        "เดือน|ที่แล้ว|ก่อน|ไตรมาส|รอบ|ครึ่งปี|ปี|ปีก่อน|ปีที่แล้ว|ปีนี้|ปีหน้า|ทั้งปี|สะสม|ล่าสุด|ขณะนี้"
        "|วันนี้|เมื่อวาน|สัปดาห์|อาทิตย์|ต้นปี|กลางปี|ครึ่ง|แรก|หลัง"
    )
)
# A document's version or state: words about a deliverable, whatever the data writes.
_VERSION_WORDS = frozenset(
    patterns.words("ฉบับ|แก้ไข|ฉบับแก้ไข|ปรับปรุง|สมบูรณ์|ฉบับสมบูรณ์|ต้นฉบับ|สำเนา|เพิ่มเติม|ใหม่|ล่าสุด")
)
_MIN_COMPOUND = 5
_MIN_FOREIGN = 2  # one everyday word may qualify the plan's ("ขยะของเรา")


def _typed_keyword(words: str, index: IndicatorIndex) -> list[Indicator]:
    """The indicators one of whose keywords ``words`` are, typed within half an edit ("ขยา"
    for ขยะ: a vowel's length or a tone mark): keywords too short for fuzzy matching. Words
    that are no word at all ("ขบะ", a neighbouring key) may be one whole edit from a keyword,
    when only one keyword is that close."""
    query = squash(words)
    if len(query) < _MIN_FUZZY:
        return []
    found = [
        c.item
        for c in index.candidates
        if any(edit_distance(k, query, _HALF) <= _HALF for k in c.names if len(k) >= _MIN_FUZZY)
    ]
    if found or not _no_word(words):
        return found
    close = {
        k
        for c in index.candidates
        for k in c.names
        if len(k) >= _MIN_FUZZY and edit_distance(k, query, 1) <= 1
    }
    if len(close) != 1:  # two keywords as close: no guess
        return []
    keyword = close.pop()
    return [c.item for c in index.candidates if keyword in c.names]


_HALF = 0.5


def _no_word(words: str) -> bool:
    """Whether ``words`` are one piece of letters that is no dictionary word (a typo)."""
    bare = words.strip().lower()
    return bool(bare) and " " not in bare and not everyday_words(bare) and bare not in _words()


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(dictionary_words())


def _every_word_held(words: str, index: IndicatorIndex) -> list[Indicator]:
    """The indicators whose own texts (title, items, keywords) hold every word of ``words``,
    in any order and with other words between ("การสอบบรรจุข้าราชการ" of หลักสูตรการสอบแข่งขัน
    เพื่อบรรจุบุคคลเข้ารับราชการ): a paraphrase with the title's or an item's key nouns. Two
    words at least of ``_MIN_FUZZY`` letters; framing and particles are no words. A shorter
    word beside them ("งบ" of "เผยแพร่ข้อมูลงบ") must be held too, but counts for neither."""
    parts = {squash(p) for p in pieces(words.lower()) if p not in EDGE_WORDS}
    parts.discard("")
    if sum(len(p) >= _MIN_FUZZY for p in parts) < _HELD_WORDS:
        return []
    return [
        c.item
        for c in index.candidates
        if all(any(_held(p, t) for t in (c.text, *c.texts, *c.names)) for p in parts)
    ]


def _cut_short(words: str, index: IndicatorIndex) -> list[Indicator]:
    """ "ยาฯ": a keyword cut short by the abbreviation mark names the indicators one of whose
    keywords starts with what was typed (two letters at least), as a unit's name does."""
    bare = squash(words.strip())
    if not bare.endswith("ฯ") or len(bare) < _CUT_STEM + 1:
        return []
    stem = bare[:-1]
    return [c.item for c in index.candidates if any(k.startswith(stem) for k in c.names)]


_CUT_STEM = 2


def _held(part: str, text: str) -> bool:
    """Whether ``text`` holds ``part``, or the noun after its nominaliser ("การซ้ำซ้อน", cut from
    "รายการซ้ำซ้อน" by the segmenter, is held where "ซ้ำซ้อน" is)."""
    if part in text:
        return True
    bare = _NOMINALISER_RE.sub("", part)
    return bare != part and len(bare) >= _MIN_FUZZY and bare in text


_NOMINALISER_RE = re.compile("^(?:การ|ความ)")
_HELD_WORDS = 2


def in_indicator_words(words: str, org: Organisation) -> bool:
    """Whether ``words`` are written, as they are, in an indicator's title or items."""
    query = squash(words)
    index = indicator_index(org)
    return bool(query) and any(query in t for c in index.candidates for t in (c.text, *c.texts))


def _narrowed(words: str, tied: list[Indicator], index: IndicatorIndex) -> list[Indicator]:
    """The tied indicators whose title and items hold the most of the words (short forms
    written out: "DG" is รัฐบาลดิจิทัล), else whose keywords do ("GD Catalog")."""
    words = f"{words} {report_words().long_forms(words)}"
    own = {c.item.code: c for c in index.candidates if c.item in tied}
    texts = {k: " ".join((c.text, *c.texts)) for k, c in own.items()}
    written = _most_held(words, tied, texts)
    names = {k: " ".join(c.names) for k, c in own.items()}
    if written == tied:
        written = _most_held(words, tied, names)
    if len(written) > 1:
        written = _described_most(words, written, {k: f"{t} {names[k]}" for k, t in texts.items()})
    if len(written) > 1:
        written = _quoted_most(words, written)
    return written


# Letters in a row the words must share with one indicator's texts, twice as many as with any
# other's, to be a quote of them (a name typed in full, "ของสำนักงบประมาณ", is shorter).
_MIN_QUOTED = 20


def _quoted_most(words: str, tied: list[Indicator]) -> list[Indicator]:
    """The tied indicator whose own texts (its description, criteria and items) the words
    quote the longest run of, when that run is long ("ชุดข้อมูลเปิดผ่านมาตรฐานคุณลักษณะแบบเปิด
    ที่ สพร. กำหนด" is one criterion of the datasets registered, not of Master Data); all of them
    when no run is long or two tie."""
    said = squash(words)
    if len(said) < _MIN_QUOTED:
        return tied
    runs = [_longest_run(said, _own_texts(i)) for i in tied]
    best = max(runs)
    kept = [i for i, run in zip(tied, runs, strict=True) if run == best]
    others = [run for run in runs if run != best]
    quoted = best >= _MIN_QUOTED and len(kept) == 1 and all(2 * run <= best for run in others)
    return kept if quoted else tied


def _own_texts(indicator: Indicator) -> str:
    targets = (t.text for g in indicator.criteria_groups for t in g.targets)
    items = (getattr(item, "text", "") for item in indicator.items)
    return squash(" ".join((indicator.description or "", *targets, *items)))


@lru_cache(maxsize=1024)
def _longest_run(said: str, text: str) -> int:
    """The length of the longest run of letters ``said`` shares with ``text``."""
    best = 0
    for start in range(len(said)):
        length = best + 1
        while start + length <= len(said) and said[start : start + length] in text:
            best = length
            length += 1
    return best


def _described_most(words: str, tied: list[Indicator], texts: Mapping[str, str]) -> list[Indicator]:
    """The tied indicators whose descriptions hold the most of the long words (of
    ``_MIN_COMPOUND`` letters) that none of their titles, items and keywords write
    ("ระบบสารสนเทศงบประมาณ": the budget's information systems, one description's words); all
    of them when there are no such words or none holds one."""
    unwritten = " ".join(
        p
        for p in pieces(words.lower())
        if len(p) >= _MIN_COMPOUND and not any(squash(p) in texts[i.code] for i in tied)
    )
    if not unwritten.strip():
        return tied
    return _most_held(unwritten, tied, {i.code: squash(i.description or "") for i in tied})


def _most_held(words: str, tied: list[T], texts: Mapping[Any, str]) -> list[T]:
    """The tied items whose text (``texts`` by code or number) holds the most of the words'
    pieces of at least ``_MIN_FUZZY`` letters; all of them when none holds any."""
    parts = {squash(p) for p in pieces(words.lower())}
    parts = {p for p in parts if len(p) >= _MIN_FUZZY}
    held = [sum(p in texts[_key(item)] for p in parts) for item in tied]
    best = max(held)
    return [t for t, n in zip(tied, held, strict=True) if n == best] if best else tied


def _key(item: Any) -> Any:
    return item.code if isinstance(item, Indicator) else item.number


def resolve_unit(words: str, org: Organisation) -> list[Unit]:
    """The units ``words`` names: full name, short name, an alias, or a close spelling; a name
    cut short by the abbreviation mark ("ศูนย์ฯ") names the one unit whose name starts so."""
    bare = words.strip()
    if bare.endswith("ฯ") and len(bare) > 2:
        stem = squash(bare[:-1])
        starting = [u for u in org.units if squash(u.name).startswith(stem)]
        if len(starting) == 1:
            return starting
    candidates = [
        Candidate(
            u,
            tuple(squash(n) for n in (u.name, *u.aliases) if n),
            short_names=(squash(u.short_name),) if u.short_name else (),
        )
        for u in org.units
    ]
    found = best_matches([squash(words)], candidates, threshold=85)
    if found or len(bare) < _BARE_UNIT_NAME:
        return found
    # "ฝ่ายนิติการ", "นิติการ": the name without its kind word, the kind misremembered.
    typed = bare.removeprefix(next((k for k in _UNIT_KINDS if bare.startswith(k)), ""))
    return [u for u in org.units if without_kind(u.name) == typed.strip()]


# Kind words a unit's name may open with, and the shortest name left without one that is read
# ("คลัง", "กลาง" are everyday words).
_UNIT_KINDS = ("กอง", "กลุ่ม", "ศูนย์", "สำนัก", "ฝ่าย", "ส่วน")
_BARE_UNIT_NAME = 6


def without_kind(name: str) -> str:
    """A unit's name without the kind word it opens with ("นิติการ"), or "" when what is left
    is short enough to be an everyday word."""
    kind = next((k for k in _UNIT_KINDS if name.startswith(k)), "")
    rest = name[len(kind) :].strip()
    return rest if kind and len(rest) >= _BARE_UNIT_NAME else ""


def named_bare(words: str, units: Sequence[Unit]) -> Unit | None:
    """The one unit ``words`` are the whole name of without its kind word, however short
    ("คลัง" of กองคลัง): where nothing else stands beside a step, an everyday word is a name."""
    said = squash(words)
    found = [
        unit
        for unit in units
        for kind in _UNIT_KINDS
        if unit.name.startswith(kind) and squash(unit.name[len(kind) :]) == said
    ]
    return found[0] if said and len(found) == 1 else None


def resolve_step(words: str, indicator: Indicator) -> MilestoneStep | None:
    """The step ``words`` names, by number or by its keywords; ``None`` when unclear."""
    number = _number(words)
    if number is not None:
        return indicator.step(int(number)) if number.isdigit() else None
    if words.strip() == LAST_STEP:  # "ขั้นตอนสุดท้าย"
        return max(indicator.steps, key=lambda s: s.number, default=None)
    forms = _FORMS_RE.fullmatch(words.strip().lower())
    if forms is not None:  # "ฟอร์ม 1-3": the step whose forms they are
        first, last = int(forms["first"]), int(forms["last"] or forms["first"])
        wanted = set(range(first, last + 1))
        return next((s for s in indicator.steps if wanted and wanted <= set(s.forms)), None)
    named = _form_named(words, indicator)
    if named is not None:  # "รายงานผลตามแผนปฏิบัติการ (แบบฟอร์ม 4)": the form says whose it is
        return named
    described = _by_description(words, indicator)
    if described is not None:  # "ตัวชี้วัดตามแผนต้องทำให้ได้ตามเป้า": what only step 5 asks
        return described
    head = _HEAD_RE.match(words.strip())
    if head is not None:  # "รายงานผลตามแผนปฏิบัติการ": a report, "according to the plan"
        step = resolve_step(head["head"], indicator)
        if step is not None:
            return step
    if patterns.ANY_SHADOW(words):  # "แผนกการเงิน เอกสาร": a section's papers, no plan
        words = patterns.SHADOWS_RE.sub(" ", words)
    candidates = [
        Candidate(s, tuple(squash(k) for k in s.keywords), squash(s.title)) for s in indicator.steps
    ]
    found = best_matches([squash(words)], candidates, threshold=85)
    if len(found) > 1:  # "รายงานผลตามแผน": the step whose title holds more of the words
        found = _most_held(words, found, {s.number: squash(s.title) for s in found})
    if not found:
        return _slipped_step(words, indicator)
    return found[0] if len(found) == 1 else None


def _slipped_step(words: str, indicator: Indicator) -> MilestoneStep | None:
    """The one step a short keyword of which ``words`` are, alone, with one consonant slipped
    ("ใครยังไม่ส่งแผลบ้าง": แผน; "ทีน": ทีม); the keywords the typo corrector leaves alone
    (``typos.MIN_LENGTH``)."""
    typed = words.strip().lower()
    if not 1 < len(typed) < MIN_LENGTH or not all("\u0e01" <= c <= "\u0e4e" for c in typed):
        return None
    steps = {
        s.number: s
        for s in indicator.steps
        for k in s.keywords
        if len(k) < MIN_LENGTH and slipped(typed, k.lower())
    }
    return next(iter(steps.values())) if len(steps) == 1 else None


def _by_description(words: str, indicator: Indicator) -> MilestoneStep | None:
    """The one step whose description (its short title and keywords, not the long title's
    every word) alone holds a word of ``words`` ("เป้า": only step 5 asks to reach the
    targets), when every such word points to that step; words several steps' descriptions
    hold ("แผน", "ส่ง") say nothing."""
    texts = _descriptions(indicator)
    named = {k.lower() for s in indicator.steps for k in s.keywords}
    hits: set[int] = set()
    for word in tokens(words):
        # A keyword said alone ("ทีม", "แผน") is the matching below's: it may be incidental
        # ("ทีมไอทีส่งแผน" names a unit's team).
        if len(word) < _DESCRIBING_LETTERS or word in EDGE_WORDS or word in named:
            continue
        if not all("\u0e01" <= c <= "\u0e4e" for c in word):  # "pmqa" names the indicator too
            continue
        holding = {number for number, text in texts if word in text}
        # "พัฒนา" of "ทีมงานพัฒนาคุณภาพ" (step 1's title) is no word of step 3's plan alone:
        # a word several steps' full titles hold describes none of them.
        if len(holding) == 1 and sum(word in t for t in _titles(indicator)) < 2:
            hits |= holding
    return indicator.step(hits.pop()) if len(hits) == 1 else None


_DESCRIBING_LETTERS = 3


def _titles(indicator: Indicator) -> tuple[str, ...]:
    return tuple(s.title.lower() for s in indicator.steps)


def _descriptions(indicator: Indicator) -> tuple[tuple[int, str], ...]:
    return tuple(
        (s.number, " ".join((s.short_title, *s.keywords)).lower()) for s in indicator.steps
    )


# A deliverable qualified by what it follows: "รายงานผล ตามแผน…" is the report, not the plan.
_HEAD_RE = re.compile(r"(?P<head>\S.*?)\s*ตาม(?!\s*(?:ไป|มา|หลัง|ทีหลัง))")


def _form_named(words: str, indicator: Indicator) -> MilestoneStep | None:
    """The one step whose forms hold every form the words name by number ("(แบบฟอร์ม 4)")."""
    steps: set[int] = set()
    for match in _FORMS_RE.finditer(words.lower()):
        first, last = int(match["first"]), int(match["last"] or match["first"])
        wanted = set(range(first, last + 1))
        steps |= {s.number for s in indicator.steps if wanted and wanted <= set(s.forms)}
    return indicator.step(steps.pop()) if len(steps) == 1 else None


def step_rather_than_indicator(words: str, org: Organisation) -> MilestoneStep | None:
    """The one step ``words`` name by a longer match than any indicator's: "รายชื่อ PMQA Team"
    is step 1's deliverable, while "PMQA" alone names the indicator the steps belong to."""
    index = indicator_index(org)
    queries = [q for q in _synonyms(words) if q]
    indicator_rank = max(
        (_rank_longest(q, c) for q in queries for c in index.candidates), default=(0, 0)
    )
    steps = [s for i in org.indicators for s in i.steps]
    ranks = [
        max((_rank_longest(q, _step_candidate(s)) for q in queries), default=(0, 0)) for s in steps
    ]
    top = max(ranks, default=(0, 0))
    best = [s for s, r in zip(steps, ranks, strict=True) if r == top]
    return best[0] if top[0] > indicator_rank[0] and len(best) == 1 else None


def _step_candidate(step: MilestoneStep) -> Candidate[MilestoneStep]:
    title = squash(step.title)
    # "แผนพัฒนาหน่วยงานสู่ระบบราชการ 4.0 ระยะ 3 ปี และแผนปฏิบัติการ": the title as said, its
    # bracketed asides ("(พ.ศ. 2568–2570)", "(แบบฟอร์มหมายเลข 1–3)") left out.
    said = squash(_BRACKETED_RE.sub(" ", step.title)) if "(" in step.title else title
    return Candidate(step, tuple(squash(k) for k in step.keywords), title, (title, said))


_BRACKETED_RE = re.compile(r"\([^()]*\)")


def resolve_organisation(words: str, entries: Sequence[NameEntry]) -> list[str]:
    """The organisation names ``words`` names (full name, short name or alias); never fuzzy:
    a short name close to another (ก.พ.ร., ก.พ.) is another organisation."""
    return match_organisations(words, entries)
