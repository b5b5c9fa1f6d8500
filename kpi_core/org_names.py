"""The names an organisation goes by: its full name, short name and aliases, matched strictly.

Short names and aliases match only exactly (spaces and dots aside): ``ก.พ.ร.`` (OPDC) holds
``ก.พ.`` (OCSC) and must never reach it. Only a full name may be found inside the words, or
the words inside a full name ("ปลัดกระทรวงแรงงาน").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from kpi_core.models import Organisation, Unit

# Thai has no case and its vowels are combining marks: strip only spaces and punctuation.
_NOISE_RE = re.compile(r"[\s!-/:-@\[-`{-~“”‘’–—•]+")
_MIN_INSIDE = 3  # shorter words inside a full name are noise ("กพ", "สป")

NameEntry = tuple[str, Sequence[str]]  # (full name, its short name and aliases)


def squash(text: str) -> str:
    """``text`` compared loosely: NFC, lower case, without spaces or punctuation."""
    return _NOISE_RE.sub("", unicodedata.normalize("NFC", text).lower())


def labels(organisation: Organisation) -> NameEntry:
    """The organisation's full name with its other names (short name and aliases)."""
    return organisation.name, (organisation.short_name, *organisation.aliases)


def match_organisations(query: str, entries: Sequence[NameEntry]) -> list[str]:
    """The full names ``query`` names: an exact name, short name or alias first; then a full
    name inside the words, then the words inside full names; every best tie is returned."""
    words = squash(query)
    if not words:
        return []
    ranks = [(_rank(words, name, others), name) for name, others in entries]
    top = max((rank for rank, _ in ranks), default=(0, 0))
    return [] if top == (0, 0) else [name for rank, name in ranks if rank == top]


def _rank(words: str, name: str, others: Sequence[str]) -> tuple[int, int]:
    full = squash(name)
    if words == full or words in {squash(o) for o in others if o}:
        return (4, len(words))
    if full in words:
        return (3, len(full))
    if len(words) >= _MIN_INSIDE and words in full:
        return (2, len(words))
    return (0, 0)


def with_known_names(organisation: Organisation, known: Mapping[str, Any]) -> Organisation:
    """The organisation with the short name and aliases ``known`` lists for its name (data
    per organisation, e.g. ``data/organisations/names.json``), keeping its own first."""
    entry = known.get(organisation.name)
    if not entry:
        return organisation
    return with_names(organisation, entry.get("short_name", ""), entry.get("aliases", ()))


def with_names(organisation: Organisation, short_name: str, aliases: Sequence[str]) -> Organisation:
    """The organisation with ``short_name`` (when it has none) and ``aliases`` added."""
    merged = _unique([*organisation.aliases, *aliases], skip=(organisation.name,))
    return replace(
        organisation, short_name=organisation.short_name or short_name, aliases=tuple(merged)
    )


def with_units(organisation: Organisation, units: Sequence[Unit]) -> Organisation:
    """The organisation with ``units`` added after its own; a unit it has already is kept."""
    have = {u.name for u in organisation.units}
    return replace(
        organisation, units=(*organisation.units, *(u for u in units if u.name not in have))
    )


def _unique(names: Sequence[str], skip: Sequence[str] = ()) -> list[str]:
    seen = {squash(s) for s in skip}
    found = []
    for name in (n.strip() for n in names):
        if name and squash(name) not in seen:
            seen.add(squash(name))
            found.append(name)
    return found


def unit_clash(organisation: Organisation, unit: Unit) -> Unit | None:
    """The unit of ``organisation`` already called by one of ``unit``'s names, if any."""
    wanted = {squash(n) for n in (unit.name, unit.short_name, *unit.aliases) if n}
    for other in organisation.units:
        if wanted & {squash(n) for n in (other.name, other.short_name, *other.aliases) if n}:
            return other
    return None


def name_clash(organisation: Organisation, others: Sequence[NameEntry]) -> tuple[str, str] | None:
    """(one of its names, the other organisation's name) when another goes by it already."""
    for other, other_names in others:
        taken = {squash(n) for n in (other, *other_names) if n}
        for name in (organisation.name, organisation.short_name, *organisation.aliases):
            if name and squash(name) in taken:
                return name, other
    return None
