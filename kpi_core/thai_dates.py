"""Thai dates: read ``29 พ.ย. 67``, ``17 - 31 ม.ค. 68``, ``๒๐ ธ.ค. ๖๗``; write ``31 ม.ค. 2568``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kpi_core.fiscal_calendar import BE_OFFSET
from kpi_core.models import DateWindow
from kpi_core.thai_numbers import arabic_digits

# Per month: the abbreviation, the full name, then spoken short forms and common misspellings.
_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("ม.ค.", "มกราคม", "มกรา"),
    ("ก.พ.", "กุมภาพันธ์", "กุมภา"),
    ("มี.ค.", "มีนาคม", "มีนา"),
    ("เม.ย.", "เมษายน", "เมษา"),
    ("พ.ค.", "พฤษภาคม", "พฤษภา"),
    ("มิ.ย.", "มิถุนายน", "มิถุนา"),
    ("ก.ค.", "กรกฎาคม", "กรกฎา", "กรกฏาคม", "กรกฏา"),
    ("ส.ค.", "สิงหาคม", "สิงหา"),
    ("ก.ย.", "กันยายน", "กันยา"),
    ("ต.ค.", "ตุลาคม", "ตุลา"),
    ("พ.ย.", "พฤศจิกายน", "พฤศจิกา"),
    ("ธ.ค.", "ธันวาคม", "ธันวา"),
)
ABBR_MONTHS = tuple(names[0] for names in _MONTH_NAMES)
FULL_MONTHS = tuple(names[1] for names in _MONTH_NAMES)


class ThaiDateError(ValueError):
    """A text that is not a date, or names a day that does not exist."""


@dataclass(frozen=True)
class ThaiDateMatch:
    """A date or date range found in free text, with its character offsets."""

    opens: date | None
    due: date
    start: int
    end: int
    text: str


def _key(alias: str) -> str:
    return re.sub(r"[.\s]", "", alias)


_ALIASES = {alias: number for number, names in enumerate(_MONTH_NAMES, start=1) for alias in names}
_MONTH_BY_KEY = {_key(alias): number for alias, number in _ALIASES.items()}
# ก.พ. is also an agency (ก.พ.ร., ก.พ.อ.): an abbreviation glued to another Thai letter is
# not a month, unless that letter starts the era word พ.ศ.
_NOT_AGENCY = r"(?!\.?(?!พ\.?ศ)[\u0e01-\u0e4e])"
_SP = r"[\s\u200b]*"  # Thai text pasted from office documents carries zero-width spaces


def _alias_pattern(alias: str) -> str:
    if "." not in alias:
        return re.escape(alias)
    parts = alias.rstrip(".").split(".")
    return r"(?:\.\s?)?".join(map(re.escape, parts)) + r"\.?" + _NOT_AGENCY


def _year_pattern(name: str) -> str:
    # A number followed by ``.30`` or ``:30`` is a time (``30 ม.ค. 10.30 น.``), not a year.
    return rf"(?:{_SP}(?:พ\.?\s?ศ\.?{_SP})?(?P<{name}>\d{{4}}|\d{{2}})(?!\d)(?![.:]\d))?"


_MONTH = "|".join(_alias_pattern(a) for a in sorted(_ALIASES, key=lambda a: -len(_key(a))))
# A day number is a whole number: ``3.28 ก.พ.`` ends a decimal, it is not the 28th.
_DAY = r"(?<![\d.,:])\d{1,2}(?!\d)"
_SEP = rf"{_SP}(?:-|–|—|ถึง(?:วันที่)?){_SP}"
# Every date starts with a digit: the look-ahead turns down any other position at once (the
# look-behinds that open each alternative are otherwise tried at every position).
_DATE_RE = re.compile(
    r"(?=\d)"
    r"(?:(?<![\d/-])(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
    r"|(?<![\d/])(?P<sd>\d{1,2})/(?P<sm>\d{1,2})/(?P<sy>\d{4}|\d{2})(?![\d/])"
    rf"|(?:(?P<d1>{_DAY})(?:{_SP}(?P<m1>{_MONTH}){_year_pattern('y1')})?{_SEP})?"
    rf"(?P<d2>{_DAY}){_SP}(?P<m2>{_MONTH}){_year_pattern('y2')})"
)


def _ce_year(written: str) -> int:
    year = int(written)
    if len(written) == 2:
        return 2500 + year - BE_OFFSET
    return year - BE_OFFSET if year >= 2400 else year


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ThaiDateError(f"ไม่มีวันที่ “{text}” ในปฏิทิน") from None


def _dated(month: int, day: int, year: str | None, today: date | None, text: str) -> date:
    """The day as written, or without a year its occurrence nearest ``today`` (ties: later)."""
    if year is not None:
        return _make_date(_ce_year(year), month, day, text)
    if today is None:
        raise ThaiDateError(f"“{text}” ไม่ได้ระบุปี กรุณาระบุปี พ.ศ. ด้วย")
    candidates: list[date] = []
    for ce in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(date(ce, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ThaiDateError(f"ไม่มีวันที่ “{text}” ในปฏิทิน")
    return min(candidates, key=lambda d: (abs((d - today).days), d < today))


def _range(m: re.Match[str], today: date | None) -> tuple[date, date]:
    """(opens, due) of a range; a year written on one end applies to both."""
    text = m.group(0)
    month2 = _MONTH_BY_KEY[_key(m["m2"])]
    month1 = _MONTH_BY_KEY[_key(m["m1"])] if m["m1"] else month2
    day1, day2 = int(m["d1"]), int(m["d2"])
    years_apart = 1 if month1 > month2 else 0
    if m["y1"] and not m["y2"]:
        opens = _dated(month1, day1, m["y1"], today, text)
        due = _make_date(opens.year + years_apart, month2, day2, text)
    else:
        due = _dated(month2, day2, m["y2"], today, text)
        if m["y1"]:
            opens = _dated(month1, day1, m["y1"], today, text)
        else:  # ``25 ธ.ค. - 5 ม.ค. 68`` opens in the year before
            opens = _make_date(due.year - years_apart, month1, day1, text)
    if opens > due:
        raise ThaiDateError(f"ช่วงวันที่ “{text}” วันเริ่มอยู่หลังวันสิ้นสุด")
    return opens, due


def _resolve(m: re.Match[str], today: date | None) -> tuple[date | None, date]:
    """Turn a match of ``_DATE_RE`` into (opens, due)."""
    text = m.group(0)
    if m["iy"]:
        return None, _make_date(_ce_year(m["iy"]), int(m["im"]), int(m["id"]), text)
    if m["sy"]:
        return None, _make_date(_ce_year(m["sy"]), int(m["sm"]), int(m["sd"]), text)
    if m["d1"]:
        return _range(m, today)
    return None, _dated(_MONTH_BY_KEY[_key(m["m2"])], int(m["d2"]), m["y2"], today, text)


def _full_match(text: str, today: date | None) -> tuple[date | None, date]:
    match = _DATE_RE.fullmatch(arabic_digits(text.strip()))
    if match is None:
        raise ThaiDateError(f"อ่านวันที่จาก “{text.strip()}” ไม่ได้")
    return _resolve(match, today)


def parse_thai_date(text: str, *, today: date | None = None) -> date:
    """Read one Thai, numeric or ISO date; ``today`` supplies a missing year."""
    opens, due = _full_match(text, today)
    if opens is not None:
        raise ThaiDateError(f"“{text.strip()}” เป็นช่วงวันที่ ไม่ใช่วันเดียว")
    return due


def parse_window(text: str, *, today: date | None = None) -> DateWindow:
    """Read a single deadline or a range (``17 - 31 ม.ค. 68``) into a ``DateWindow``."""
    opens, due = _full_match(text, today)
    return DateWindow(text=text.strip(), due=due, opens=opens)


def _month_starts(alias: str) -> set[str]:
    """The first two letters a match of ``_alias_pattern(alias)`` can start with."""
    head, dotted, rest = alias.partition(".")
    if len(head) >= 2 or not dotted:
        return {alias[:2]}
    return {f"{head}.", head + rest[:1]}  # "ม.ค.": "ม." or, typed without the dot, "มค"


# What every match of ``_DATE_RE`` holds: a digit, then a dash or a slash (ISO and numeric
# dates), or a month's first two letters after the gap that may follow a day. Most texts hold
# none: their digits are not tried against every month's spellings (twice, for a range's end).
_MONTH_STARTS = sorted({start for alias in _ALIASES for start in _month_starts(alias)})
_MAY_HOLD_A_DATE_RE = re.compile(rf"\d(?:[-/]|{_SP}(?:{'|'.join(map(re.escape, _MONTH_STARTS))}))")


def find_thai_dates(text: str, *, today: date | None = None) -> list[ThaiDateMatch]:
    """Every date and date range in free text; year-less ones are skipped without ``today``."""
    found: list[ThaiDateMatch] = []
    digits = arabic_digits(text)
    for match in _DATE_RE.finditer(digits) if _MAY_HOLD_A_DATE_RE.search(digits) else ():
        try:
            opens, due = _resolve(match, today)
        except ThaiDateError:
            continue
        start, end = match.span()
        found.append(ThaiDateMatch(opens, due, start, end, text[start:end]))
    if today is not None and "วันที่" in text:
        found += _days_of_month(text, today, found)
    return sorted(found, key=lambda m: m.start)


# "วันที่ 13" (or a correction's "วันที่เป็น 14") with no month: a day of the month around today
# (a month name or a digit after it makes it part of a full date, read above).
_DAY_OF_MONTH_RE = re.compile(r"วันที่\s*(?:เป็น\s*)?(?P<day>\d{1,2})(?![\d./:-])")


def _days_of_month(text: str, today: date, taken: list[ThaiDateMatch]) -> list[ThaiDateMatch]:
    """The nearest date (the past one on a tie) of each day of the month named alone."""
    found = []
    for match in _DAY_OF_MONTH_RE.finditer(arabic_digits(text)):
        start, end = match.span()
        if any(start < t.end and t.start < end for t in taken):
            continue
        day = int(match["day"])
        first = today.replace(day=1)
        months = [(first - timedelta(days=1)).replace(day=1), first, first + timedelta(days=31)]
        candidates = []
        for month in months:
            try:
                candidates.append(date(month.year, month.month, day))
            except ValueError:
                continue
        if candidates:
            due = min(candidates, key=lambda d: (abs((d - today).days), d > today))
            found.append(ThaiDateMatch(None, due, start, end, text[start:end]))
    return found


def into_span(day: date, first: date, last: date) -> date | None:
    """A day typed without a year, put in the year-long span ``first``..``last`` (a step's
    fiscal year; the year from today on); None when the span has no such day (29 February)."""
    for year in range(first.year, last.year + 1):
        try:
            moved = day.replace(year=year)
        except ValueError:
            continue
        if first <= moved <= last:
            return moved
    return None


def format_thai_date(d: date, *, full_month: bool = False) -> str:
    """``31 ม.ค. 2568`` (or ``31 มกราคม 2568`` with ``full_month``)."""
    months = FULL_MONTHS if full_month else ABBR_MONTHS
    return f"{d.day} {months[d.month - 1]} {d.year + BE_OFFSET}"


def format_thai_window(window: DateWindow) -> str:
    """``29 พ.ย. 2567``, ``17–31 ม.ค. 2568``, ``28 ก.พ. – 3 มี.ค. 2568``; text when undated."""
    due, opens = window.due, window.opens
    if due is None:
        return window.text
    if opens is None or opens == due:
        return format_thai_date(due)
    if (opens.year, opens.month) == (due.year, due.month):
        return f"{opens.day}–{format_thai_date(due)}"
    if opens.year == due.year:
        return f"{opens.day} {ABBR_MONTHS[opens.month - 1]} – {format_thai_date(due)}"
    return f"{format_thai_date(opens)} – {format_thai_date(due)}"
