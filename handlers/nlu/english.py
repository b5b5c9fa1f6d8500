"""English words teams mix in ("plan submitted via google drive", "tourism revenue 1,700
million baht"), read as the Thai words the rules know: the vocabulary is data
(``data/nlu/english_words.txt``), whole words only, so names typed in English stay as typed."""

from __future__ import annotations

import re

from handlers.data_files import read_text
from handlers.nlu.guards import lead
from handlers.nlu.patterns import pieces_trie


def _pairs() -> dict[str, str]:
    pairs = {}
    for line in read_text("nlu", "english_words.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            english, _, thai = line.partition("=")
            pairs[" ".join(english.split()).lower()] = thai.strip()
    return pairs


_THAI = _pairs()


def _pieces(phrase: str) -> list[str]:
    """A phrase's letters and the runs of spaces between its words, as pattern pieces."""
    return [piece for word in phrase.split() for piece in (r"\s+", *map(re.escape, word))][1:]


# Longest first; a phrase's spaces match any run of spaces; never inside an English word, a
# name ("e-budgeting") or a link. Thai letters glued to it part it as a space does
# ("ลงชื่อในform", "DG readiness levelได้ขั้นไหน"), as the rules' ASCII cues are matched, and so
# does the dot of a Thai abbreviation ("กนต.pending อะไรอยู่"; "site.plan" stays a name).
# Led by the phrases' trie (see ``phrase_search_regex``): a position where none starts is
# passed over at its first letter.
_ENGLISH_RE = lead(
    re.compile(
        r"(?<![a-z0-9_/-])(?<![a-z0-9_./-]\.)"
        + f"(?={pieces_trie(_pieces(phrase) for phrase in _THAI)})"
        + "(?:"
        + "|".join(
            r"\s+".join(map(re.escape, phrase.split()))
            for phrase in sorted(_THAI, key=len, reverse=True)
        )
        + r")(?![a-z0-9_/-])"
    )
)
_SPACES_RE = re.compile(r" {2,}")
_LETTER_RE = re.compile("[a-z]")
# A base verb told done by "already" before it or after what was sent ("IT team send plan
# already ครับ", "we already submit"): its past participle (read as done above), "already" gone.
_PAST = {"send": "sent", "submit": "submitted", "upload": "uploaded", "finish": "finished"}
_VERB = rf"(?<![a-z])({'|'.join(_PAST)})(?![a-z])"
_ALREADY_RE = re.compile(
    rf"{_VERB}((?:\s+[^\s?]+){{0,3}}?)\s+already(?![a-z])|(?<![a-z])already\s+{_VERB}"
)

# The right one set against the one said not to be: "it's กนต. not กค.", "it is 4, not 3" (a
# Thai name or a figure on both sides: "it's fine not a problem" is English chat).
_NAMED = r"[\u0e01-\u0e4e0-9๐-๙][^\s,?]*"
# A no said first ("no, it's 4 not 3") is the no to the card.
_ITS_NOT_RE = re.compile(
    rf"(?<![a-z])(no\s*,?\s*)?it(?:'s|’s|\s+is)\s+({_NAMED})\s*,?\s+not\s+({_NAMED})"
)


# A month typed before its day, the English way ("on Jan 14", "Sept 3rd"): the day put first,
# as a Thai date is written ("14 ม.ค."); never a month before a time or a figure ("Jan 14.5").
_MONTHS = "jan|january|feb|february|mar|march|apr|april|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december"  # noqa: E501
_MONTH_FIRST_RE = re.compile(
    rf"(?<![a-z0-9])({_MONTHS})\.?\s+([0-3]?[0-9])(?:st|nd|rd|th)?"
    # "Jan 14, thanks", "Jan 14, 2025": a comma after the day, the English way (its year kept).
    r"(?:,\s?((?:19|20)\d\d)(?!\d))?(?![a-z0-9.:/]|,\d)"
)


def thai_words(text: str) -> str:
    """``text`` (normalised: lower case) with its English cue words in Thai."""
    if _LETTER_RE.search(text) is None:  # Thai only: most messages
        return text
    if _MONTH_FIRST_RE.search(text) is not None:
        text = _MONTH_FIRST_RE.sub(lambda m: f"{m[2]} {m[1]}{f' {m[3]}' if m[3] else ''}", text)
    if "not" in text and "it" in text:
        text = _ITS_NOT_RE.sub(lambda m: f"{'ไม่ใช่ ' if m[1] else ''}เป็น {m[2]} ไม่ใช่ {m[3]}", text)
    if "already" in text:
        text = _ALREADY_RE.sub(lambda m: f"{_PAST[m[1]]}{m[2]}" if m[1] else _PAST[m[3]], text)
    changed = _ENGLISH_RE.sub(lambda m: f" {_THAI[' '.join(m[0].split())]} ", text)
    return text if changed == text else _SPACES_RE.sub(" ", changed).strip()
