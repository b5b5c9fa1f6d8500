"""Names for blocks the report leaves unnamed: a derived title, and the keywords users type."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from kpi_core.models import AssessmentItem, ResultKind
from kpi_core.report.lines import squash

KeywordVocabulary = Sequence[tuple[str, Sequence[str]]]

# (keyword, regular expressions matched case-insensitively). Patterns are narrower than the
# keyword where the bare word also means something else: ``ปีงบประมาณ`` is the fiscal year,
# not the budget; ``แต่งตั้งคณะกรรมการ`` is not civil-service appointment.
DEFAULT_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ขยะ", ("ขยะ", r"\bwaste\b")),
    ("ยาเสพติด", ("ยาเสพติด", r"\bdrugs?\b")),
    ("ท่องเที่ยว", ("ท่องเที่ยว", "นักทัศนาจร", r"\btouris[mt]")),
    ("e-Service", (r"e-?service", "บริการ(?:ประชาชน)?ด้วยระบบอิเล็กทรอนิกส์")),
    ("PMQA", ("PMQA", r"ระบบราชการ\s*4\.0")),
    ("จริยธรรม", ("จริยธรรม",)),
    ("Master Data", (r"master\s*data", "ข้อมูลหลัก")),
    ("ชุดข้อมูล", ("ชุดข้อมูล", "dataset")),
    ("บัญชีข้อมูล", ("บัญชีข้อมูล", r"gd\s*catalog", r"data\s*catalog")),
    ("GD Catalog", (r"gd\s*catalog", "บัญชีข้อมูลภาครัฐ")),
    ("Pillar", ("pillar",)),
    ("DG Readiness", (r"dg\s*readiness", "ความพร้อมรัฐบาลดิจิทัล")),
    ("รัฐบาลดิจิทัล", ("รัฐบาลดิจิทัล", r"digital\s*government")),
    ("e-Budgeting", (r"e-?budgeting", "ระบบสารสนเทศด้านการงบประมาณ")),
    # The report names the budget systems by their abbreviations: "(BB EvMIS)", "(BBL)".
    ("BB EvMIS", (r"bb\s*evmis", r"\bevmis\b")),
    ("BBL", (r"\bbbl\b",)),
    ("งบประมาณ", ("(?<!ปี)งบประมาณ", "budget")),
    ("โอนเปลี่ยนแปลง", ("โอนเปลี่ยนแปลง",)),
    ("Participatory Budgeting", (r"participatory\s*budgeting",)),
    ("มีส่วนร่วม", ("มีส่วนร่วมของประชาชน", "participatory")),
    ("หลักสูตรสอบ", ("หลักสูตร(?:การ)?สอบ",)),
    ("สรรหา", ("สรรหา", "สอบแข่งขัน")),
    ("แต่งตั้ง", ("แต่งตั้งข้าราชการ", "หลักเกณฑ์การแต่งตั้ง")),
    ("แผนพัฒนาบุคลากร", ("แผนพัฒนาบุคลากร", "การพัฒนาบุคลากร")),
    ("อุตสาหกรรมเชิงนิเวศ", ("อุตสาหกรรมเชิงนิเวศ", r"eco\s*industrial")),
    ("Eco Industrial Town", (r"eco\s*industrial\s*town", "เมืองอุตสาหกรรมเชิงนิเวศ")),
    ("อปท.", (r"อปท\.?", "องค์กรปกครองส่วนท้องถิ่น")),
    ("เทศบาล", ("เทศบาล",)),
)

TITLE_LIMIT = 90
# Thai marks the end of a sentence with a double space, a line end or a bullet.
_SENTENCE_END_RE = re.compile(r"\s{2,}|[•▪●]")
_LEAD_RE = re.compile(r"^(?:[-–•▪●◦·*]\s*|\(?\d{1,2}[.)]\s+)+")
_SUBJECT_RE = re.compile(r"^แนวทางการประเมิน\s*(?P<subject>.+?)\s*:?$")
# A defining sentence names its subject before the verb: "PMQA 4.0 คือ ...", "X แบ่งเป็น ...".
_DEFINITION_RE = re.compile(r"\s+(?:คือ|หมายถึง|แบ่งเป็น|เป็นการ)\s*|(?<=\S)เป็นคะแนน")
_MIN_SUBJECT = 6


class TitleSource(NamedTuple):
    """What a block offers towards a title; text sections as raw lines, double spaces kept."""

    strategic_kpi: str
    items: tuple[AssessmentItem, ...]
    description: tuple[str, ...]
    scope: tuple[str, ...]


def derive_titles(sources: Sequence[TitleSource]) -> list[str]:
    """A readable title for each block of one report, in order; never empty."""
    shared = _shared_sentences(sources)
    return [_title(source, shared) or f"ตัวชี้วัดที่ {n}" for n, source in enumerate(sources, 1)]


def find_keywords(texts: Iterable[str], vocabulary: KeywordVocabulary) -> tuple[str, ...]:
    """The vocabulary's keywords found in ``texts``, in order of first appearance."""
    text = "\n".join(texts)
    hits: list[tuple[int, int, str]] = []
    for order, (keyword, patterns) in enumerate(vocabulary):
        starts = [m.start() for p in patterns if (m := re.search(p, text, re.IGNORECASE))]
        if starts:
            hits.append((min(starts), order, keyword))
    return tuple(dict.fromkeys(keyword for *_, keyword in sorted(hits)))


def sentences(lines: Iterable[str]) -> list[str]:
    """The sentences of ``lines``, without their bullets and list numbers."""
    found = (
        _LEAD_RE.sub("", squash(piece)) for line in lines for piece in _SENTENCE_END_RE.split(line)
    )
    return [sentence for sentence in found if sentence]


def shorten(sentence: str, limit: int = TITLE_LIMIT) -> str:
    """``sentence`` cut at a space to at most ``limit`` characters, dropping an unclosed aside."""
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit + 1].rsplit(" ", 1)[0] if " " in sentence[:limit] else sentence[:limit]
    # A cut inside parentheses would leave ``(ระดับที่ 1 ...`` dangling: drop the aside.
    while cut.count("(") > cut.count(")"):
        cut = cut[: cut.rfind("(")].rstrip()
    return cut.rstrip(" ,:;") or sentence[:limit]


def _title(source: TitleSource, shared: set[str]) -> str:
    """The first of: Strategic KPI, measured figure, assessed subject, scope, description, item."""
    described = sentences(source.description)
    distinctive = [sentence for sentence in described if sentence not in shared] or described
    candidates = (
        source.strategic_kpi,
        _measured_item(source.items),
        shorten(next((m["subject"] for s in described if (m := _SUBJECT_RE.match(s))), "")),
        shorten(next(iter(sentences(source.scope)), "")),
        shorten(defined_subject(next(iter(distinctive), ""))),
        source.items[0].text if source.items else "",
    )
    return next((candidate for candidate in candidates if candidate), "")


def defined_subject(sentence: str) -> str:
    """The subject of a defining sentence (``PMQA 4.0 คือ ...`` -> ``PMQA 4.0``), else all of it."""
    match = _DEFINITION_RE.search(sentence)
    if match is None or match.start() < _MIN_SUBJECT:
        return sentence
    return sentence[: match.start()].rstrip()


def _measured_item(items: Sequence[AssessmentItem]) -> str:
    """The first item's text when the table reports figures only: the figure is the indicator."""
    numeric = [i for i in items if i.result is not None and i.result.kind == ResultKind.NUMBER]
    return numeric[0].text if numeric and len(numeric) == len(items) else ""


def _shared_sentences(sources: Sequence[TitleSource]) -> set[str]:
    """Sentences shared by different blocks (``สพร. สำรวจ ...``): they name none of them."""
    blocks_with: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for source in sources:
        described = tuple(sentences(source.description))
        for sentence in described:
            blocks_with[sentence].add(described)
    return {sentence for sentence, blocks in blocks_with.items() if len(blocks) > 1}
