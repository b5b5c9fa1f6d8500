"""Our own figure told beside another body's: "ของเราขยะ 52.3 ศูนย์ภาค 5 ได้ 76.5", "ขยะของเรา
52.3 นนทบุรีได้ 60.1", "ขยะ 52.3 เขต 5 ได้ 76.5". The first figure, told of ours ("เรา") or
of no one named, is the organisation's result; the other body's clause after it (a regional
office, a province, a department) is left out, its figure and its name."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.nlu.asides import body_named_first
from handlers.nlu.slots import Found

# A regional office by its number: "ศูนย์ภาค 5", "สำนักงานเขต 3", "ทางภาค 2".
_REGIONAL_RE = re.compile(
    r"(?:ทาง\s?)?(?:ศูนย์|สำนักงาน|สนง\.?|สำนัก)?\s?(?:ภาค|เขต)\s?\d{1,2}(?![\d.])"
)
# The other body's own figure, right after its name.
_THEIR_FIGURE_RE = re.compile(r"\s?(?:ได้|=|คือ|อยู่ที่)?\s?\d")
# Something named before our figure: an indicator's words, "เรา".
_NAMED_RE = re.compile(r"[\u0e01-\u0e2ea-z]")
# Between our figure and the other body's name: a space, a particle or a "while".
_GAP_RE = re.compile(r"(?:\s?(?:%|คะแนน|ค่ะ|คะ|ครับ|นะ|ส่วน|แต่|ขณะที่))*\s+(?:ส่วน|แต่|ขณะที่)?\s?")


def ours_only(found: Found) -> Found | None:
    """``found`` with only our figure and the words before the other body's name, when our
    figure (the first, after an indicator's words) is followed by another body's clause; else
    None."""
    extraction = found.extraction
    ours = extraction.numbers[0]
    if not _NAMED_RE.search(extraction.text, 0, ours.start):
        return None  # a figure alone first ("52.3 นนทบุรีได้ 60.1") is nobody's named
    gap = _GAP_RE.match(extraction.text, ours.end)
    if gap is None:
        return None
    tail = extraction.text[gap.end() :]
    regional = _REGIONAL_RE.match(tail)
    name = regional[0] if regional else body_named_first(tail.lower())
    if not name.strip() or "เรา" in name or not _THEIR_FIGURE_RE.match(tail, len(name)):
        return None  # "PB 12 เขต 45 โครงการ": a count of regions, no body's figure
    at = found.remainder.rfind(name.strip()[:5])
    remainder = found.remainder[:at] if at >= 0 else found.remainder
    kept = tuple(n for n in extraction.numbers if n.end <= ours.end)
    return replace(found, extraction=replace(extraction, numbers=kept), remainder=remainder)
