"""The units one message names, found by one reading for the reader and for settle.

By the shape of their names (a prefix such as กอง…, a dotted short name, "แทน…": see
:func:`handlers.nlu.slots.split_unit`), and, read against an organisation, by its units' own
names, short names and aliases ("ไอที", "Finance Division", "กค" typed without its dot). The
reader knows no organisation: it keeps the words naming units in the unit slot, with a word
joined to a unit's name ("ไอทีกับกองคลัง") that may be an alias; settle reads them against the
organisation and tells one unit from several ("กองคลัง กค." is one unit named twice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.nlu.resolve import resolve_unit, without_kind
from handlers.nlu.slots import content, split_unit
from handlers.nlu.tokenize import tokens
from kpi_core.models import Organisation, Unit
from kpi_core.org_names import squash
from kpi_core.thai_dates import ABBR_MONTHS, FULL_MONTHS


@dataclass(frozen=True)
class Named:
    """The units a text names: the words naming each (in the order found), the text left
    without them and the words joining them, and how many different units they are."""

    names: tuple[str, ...]
    rest: str
    count: int  # different units: of the organisation, and named so without being its own
    units: tuple[Unit, ...] = ()  # the organisation's units named, each once

    @property
    def words(self) -> str:
        """The words naming units, joined by a space ("กองคลัง กองกลาง"); "" for none."""
        return " ".join(self.names)

    @property
    def several(self) -> bool:
        """Whether two units or more are named: a question of all of them, never of the first."""
        return self.count > 1


def units_named(text: str, org: Organisation | None = None) -> Named:
    """The units ``text`` names: by their names' shape, and by ``org``'s data when given (then a
    name the organisation does not hold still counts, unless it is the organisation's own or a
    month's: "กองคลังกับกองพัสดุ" names two, "สำนักงาน ก.พ." none of its units)."""
    if org is None:
        return _by_shape(text)
    names: list[str] = []
    units: list[Unit] = []
    words = text
    while True:
        unit, rest, name = _pulled(words, org)
        if unit is None:
            break
        names.append(name)
        units += [] if unit in units else [unit]
        words = rest
    shaped, words = _shaped(words)
    others: set[str] = set()
    for name in shaped:  # names of units the organisation's data does not spell so
        found = resolve_unit(name, org)
        if len(found) == 1:
            units += [] if found[0] in units else [found[0]]
        elif not names_organisation(name, org) and month_named(name) is None:
            others.add(squash(name))
    names += shaped
    rest = content(_JOINING_RE.sub(" ", words))
    return Named(tuple(names), rest, len(units) + len(others), tuple(units))


def _by_shape(text: str) -> Named:
    """The units named by their names' shape, with no organisation: several when two different
    names are found; with one, a word joined to it by กับ / และ / หรือ / and / or / a comma
    ("ไอทีกับกองคลัง", "กองคลัง and IT") is kept beside it, an alias or an English name the
    organisation's data may know (settle tells)."""
    named, rest = _shaped(text)
    if len(named) > 1:  # "history ของ กองคลัง and กองกลาง": the joining words join only them
        # (Only names found side by side are told apart, squashed: one name is one unit.)
        count = len({squash(n) for n in named})
        return Named(tuple(named), _ENGLISH_JOINING_RE.sub(" ", rest), count)
    if not named or (at := text.find(named[0])) < 0:
        return Named((), rest, 0)
    end = at + len(named[0])
    before, after = _JOINED_BEFORE_RE.search(text[:at]), _JOINED_AFTER_RE.match(text[end:])
    if before is not None:
        return Named((before["other"], named[0]), f"{text[: before.start()]} {text[end:]}", 1)
    if after is not None:
        return Named((named[0], after["other"]), f"{text[:at]} {text[end + after.end() :]}", 1)
    return Named(tuple(named), rest, 1)


def _shaped(text: str) -> tuple[list[str], str]:
    """The names shaped like units' in ``text``, in order, and the text without them ("…แล้ว
    กองกลางล่ะ": a name glued after another word is found once the words are spaced)."""
    named: list[str] = []
    rest = text
    while True:
        unit, left = split_unit(rest)
        if not unit and named:
            unit, left = split_unit(" ".join(tokens(rest)))
        if not unit:
            return named, rest
        named.append(unit)
        rest = left


_JOINING = r"(?:กับ|และ|หรือ|,|&|(?<=\s)(?:and|or)(?=\s))"
_JOINING_RE = re.compile(r"(?<!\S)(?:and|or|&|กับ|และ|หรือ|,)(?!\S)", re.IGNORECASE)
_ENGLISH_JOINING_RE = re.compile(r"(?<!\S)(?:and|or|&)(?!\S)", re.IGNORECASE)
_JOINED_BEFORE_RE = re.compile(
    rf"(?<!\S)(?P<other>(?:[a-z][\w.]*\s)*[^\s,]+?)\s*{_JOINING}\s*$", re.IGNORECASE
)
_JOINED_AFTER_RE = re.compile(
    rf"\s*{_JOINING}\s*(?P<other>[a-z][\w.]*(?:\s[a-z][\w.]*)*|[^\s,]+)", re.IGNORECASE
)


def _pulled(words: str, org: Organisation) -> tuple[Unit | None, str, str]:
    """The unit of ``org`` named inside ``words`` (spelled closely), the words without it, and
    the words that named it."""
    unit, rest, span = _pull(words, org)
    return unit, rest, words[span[0] : span[1]] if span else ""


def pull_unit(words: str, org: Organisation, *, loosely: bool = True) -> tuple[Unit | None, str]:
    """The unit named inside ``words`` (longest name first) and the words without it;
    ``loosely``: else the unit all the words name, spelled closely."""
    unit, rest, _ = _pull(words, org)
    if unit is not None or not loosely:
        return unit, rest
    whole = resolve_unit(words, org)
    return (whole[0], "") if len(whole) == 1 else (None, words)


# What may stand beside a unit's name said alone: particles and marks ("ศทส.ครับ", "กองคลังนะคะ").
_ONLY_PARTICLES_RE = re.compile(r"(?:\s|[?!.~]|ครับผม|ครับ|คับ|ค้าบ|ค่ะ|คะ|ค่า|ค้า|นะ|จ้า|จ้ะ|น้า|ฮะ)*")


def named_alone(words: str, org: Organisation) -> Unit | None:
    """The unit of ``org`` that ``words`` name and nothing else but particles ("ศทส.ครับ",
    "กองกลาง", "ไอที"); None when other words stand beside it ("กองคลังมีใครบ้าง")."""
    unit, _, span = _pull(words, org)
    if unit is None or span is None:
        return None
    left = f"{words[: span[0]]} {words[span[1] :]}"
    return unit if _ONLY_PARTICLES_RE.fullmatch(left) else None


def _pull(words: str, org: Organisation) -> tuple[Unit | None, str, tuple[int, int] | None]:
    lowered = words.lower()
    names = sorted(
        (
            (name, unit)
            for unit in org.units
            for name in (unit.name, unit.short_name, *unit.aliases)
        ),
        key=lambda pair: -len(pair[0]),
    )
    for name, unit in names:
        if name and (found := _find(name.lower(), lowered)) is not None:
            return unit, content(f"{words[: found.start()]} {words[found.end() :]}"), found.span()
    if "ฯ" in lowered and (cut := _cut_by_mark(lowered, org)) is not None:
        unit, span = cut  # "ย้ายมาอยู่ศูนย์เทคโนฯ แทนพี่ต้น": a name cut short by ฯ, inside words
        return unit, content(f"{words[: span[0]]} {words[span[1] :]}"), span
    # "กค ส่งแผนแล้ว", "ข่าวดี ศทส ส่งแผน": a short name typed without its dots, a word alone.
    for name, unit in names:
        bare = name.replace(".", "")
        if name != unit.short_name or bare == name or len(bare) < 2:
            continue
        found = re.search(rf"(?<![\u0e01-\u0e4e.]){re.escape(bare)}(?![\u0e01-\u0e4e.])", lowered)
        if found is not None:
            return unit, content(f"{words[: found.start()]} {words[found.end() :]}"), found.span()
    # "นิติการส่งแผนแล้ว": a unit's name without its kind word, when what is left is long enough
    # to be no everyday word ("คลัง", "กลาง" are).
    for unit in org.units:
        bare = without_kind(unit.name)
        if bare and (found := _find(bare, lowered)) is not None:
            start = found.start()
            if words[:start].endswith(_OTHER_KINDS):  # "ฝ่ายนิติการ": the kind misremembered
                start -= len(next(k for k in _OTHER_KINDS if words[:start].endswith(k)))
            return unit, content(f"{words[:start]} {words[found.end() :]}"), (start, found.end())
    # "นิติส่งแผนแล้ว": a name without its kind word, cut to a word of its own that keeps most
    # of it ("นิติ" of นิติการ; never "พัฒนา" of พัฒนาระบบบริหาร, an everyday word).
    if any("\u0e01" <= c <= "\u0e4e" for c in lowered):
        said = tokens(lowered)
        for i, word in enumerate(said):
            if len(word) < _SHORTEST_CUT:
                continue
            cut = [
                u
                for u in org.units
                if (bare := without_kind(u.name)) != word
                and bare.startswith(word)
                and len(word) * 2 >= len(bare)
            ]
            start = lowered.find(word)
            if len(cut) == 1 and not lowered[:start].rstrip().endswith(_CUT_KINDS):
                rest = content(" ".join(said[:i] + said[i + 1 :]))
                return cut[0], rest, (start, start + len(word))
    # "Legal Affairs ส่ง plan แล้ว", "plan ของ Legal": an English name without the kind words
    # that end it ("Division", "Affairs"), a whole word (never "it" of another word).
    for name, unit in names:
        bare = name.lower() if name[:1].isascii() else ""
        while bare and (shorter := _ENGLISH_KIND_RE.sub("", bare)) != bare:
            bare = shorter  # "legal affairs", then "legal"
            if bare and (found := _find(bare, lowered)) is not None:
                rest = content(f"{words[: found.start()]} {words[found.end() :]}")
                return unit, rest, found.span()
    # "อัปเดตขั้น 2 ของคลังครับ": a short bare name ("คลัง") right after ของ, a word alone.
    if "ของ" in lowered:
        for unit in org.units:
            kind = next((k for k in _OTHER_KINDS if unit.name.startswith(k)), "")
            bare = unit.name[len(kind) :] if kind else ""
            if not bare or len(bare) < _SHORTEST_BARE:
                continue
            found = re.search(rf"(?<=ของ)\s?{re.escape(bare)}{_WORD_ENDS}", lowered)
            if found is not None:
                start, end = found.start() + (lowered[found.start()] == " "), found.end()
                return unit, content(f"{words[:start]} {words[end:]}"), (start, end)
    return None, words, None


def _cut_by_mark(lowered: str, org: Organisation) -> tuple[Unit, tuple[int, int]] | None:
    """The one unit whose name starts with the letters right before a ฯ, two or more past its
    kind word ("ศูนย์เทคโนฯ", "กองการเจ้าฯ"), and where those letters and the mark stand."""
    for mark in re.finditer("ฯ", lowered):
        before = lowered[: mark.start()]
        found = {}
        for unit in org.units:
            kind = next((k for k in _CUT_KINDS if unit.name.startswith(k)), "")
            for end in range(len(unit.name) - 1, len(kind) + 1, -1):
                if before.endswith(unit.name[:end].lower()):
                    found[unit] = end
                    break
        if len(found) == 1:
            unit, letters = next(iter(found.items()))
            return unit, (mark.start() - letters, mark.end())
    return None


_OTHER_KINDS = ("ฝ่าย", "ส่วน", "กอง", "กลุ่ม")
_SHORTEST_CUT = 4  # letters of a name cut short ("นิติ")
# Kind words before a cut name make it a name typed whole, shortened ("ศูนย์เทคโนโลยีสารสนเทศฯ").
_CUT_KINDS = ("กอง", "กลุ่ม", "ศูนย์", "สำนัก", "ฝ่าย", "ส่วน")
# The words that end an English unit name and say only what kind of unit it is.
_ENGLISH_KIND_RE = re.compile(
    r"\s+(?:affairs|division|divisions|department|office|bureau|center|centre|group|section"
    r"|unit)$"
)
_SHORTEST_BARE = 3
# The end of a word: a space, the text's end, or a particle glued after it.
_WORD_ENDS = r"(?=\s|$|ครับ|ค่ะ|คะ|นะ|จ้า|ด้วย|[^\u0e01-\u0e4e])"


def _find(name: str, text: str) -> re.Match[str] | None:
    pattern = re.escape(name)
    if name[0].isascii():
        pattern = rf"(?<![a-z0-9]){pattern}(?![a-z0-9])"
    return re.search(pattern, text)


def names_organisation(words: str, org: Organisation) -> bool:
    """Whether ``words`` are the organisation's own name, short name or an alias (exactly:
    "ก.พ." is สำนักงาน ก.พ., "ก.พ.ร." another organisation), or a long part of its name."""
    # "ปทุมฯ": the abbreviation mark cuts a name short.
    query = squash(words).removesuffix(_ABBREVIATED)
    own = own_names(org)
    # "ปทุม" starts ปทุมธานี; shorter words inside a name are noise.
    inside = any(query in name if len(query) >= 5 else name.startswith(query) for name in own)
    return query in own or (len(query) >= 4 and inside)


_ABBREVIATED = "ฯ"


def own_names(org: Organisation) -> set[str]:
    """The organisation's own names, squashed."""
    return {squash(n) for n in (org.name, org.short_name, *org.aliases) if n}


def month_named(words: str) -> int | None:
    """The month (1..12) ``words`` are the name of: full, spoken ("กุมภา") or abbreviated."""
    return _MONTHS.get(squash(words))


_MONTHS = {
    squash(name): number
    for number, (full, abbreviation) in enumerate(zip(FULL_MONTHS, ABBR_MONTHS, strict=True), 1)
    for name in (full, re.sub("(?:คม|ยน|พันธ์)$", "", full), abbreviation, f"เดือน{full}")
}
