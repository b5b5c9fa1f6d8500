"""The matcher: normalise, extract, pick the highest-priority rule, let it read its slots.

Rules are data declared next to the handler of their intent (see ``handlers.registry``); this
module only compiles and applies them.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from itertools import repeat

from handlers.data_files import read_text
from handlers.intents import (
    Deadlines,
    Intent,
    MarkStep,
    RegisterUnit,
    ReminderSettings,
    SubmitBaseline,
    SubmitValue,
    Undo,
    Unknown,
    stores,
)
from handlers.nlu.english import thai_words
from handlers.nlu.extract import Extraction, extract
from handlers.nlu.frozen import built_from
from handlers.nlu.guards import skipping
from handlers.nlu.look_requests import requests_a_look
from handlers.nlu.normalise import normalise, strip_mentions
from handlers.nlu.patterns import (
    ANY_SHADOW,
    SHADOW_WORDS,
    SHADOWS_RE,
    phrase_search_regex,
    words,
)
from handlers.nlu.questions import (
    CONDITION_RE,
    REASON_RE,
    asks,
    asks_to_record,
    asks_to_take_back,
    window_told_alone,
    without_doubt,
    without_tag,
)
from handlers.nlu.slots import Found
from handlers.nlu.web_links import cut_links


@dataclass(frozen=True)
class Rule:
    """One way of asking for an intent, and how to read the intent's slots from the message.

    A cue group is ``"a|b|c"``: any of its phrases. A rule matches when every one of its groups
    has a phrase in the normalised, masked message (Thai phrases match across stray spaces,
    ASCII ones as whole words); the highest priority wins, the first declared on a tie.
    Upper-case cues are placeholders of :mod:`handlers.nlu.extract` (``STEP``: a typed step;
    ``DIM``: a statement of the plan's dimensions; ``LINK``: the message holds a link).
    """

    cues: tuple[str, ...]  # every group must match
    priority: int
    # The slots, from the words around the cues; None: not this rule's message after all.
    read: Callable[[Found], Intent | None]
    # A group of phrases that veto the rule, or a pattern of word classes that does.
    unless: str | re.Pattern[str] = ""
    whole: bool = False  # a cue must be the whole message
    number: bool | None = None  # True: needs a typed value; False: must have none
    keep: bool = False  # the cue words also name the slot ("เข้าประชุม" -> step "ประชุม")


@dataclass(frozen=True)
class Understanding:
    """The intent read from a message, with the normalised text it was read from."""

    intent: Intent
    normalised: str
    corrected: str = ""  # the message with a typo of a command word corrected, if it was
    later: str = ""  # a question asked after a write ("…แล้วใครยังไม่ส่งบ้าง"), left for later


Spans = tuple[tuple[int, int], ...]
# Values a favour may ask to record: their handlers restate them on a confirmation card.
CARDED_VALUES = (SubmitValue, SubmitBaseline)


def _outside(pattern: re.Pattern[str], text: str, shadows: Spans) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that lie in no shadow word (a cue that is the
    whole shadow word, "ไทม์ไลน์", is that word)."""
    return [
        m
        for m in pattern.finditer(text)
        if not any(s <= m.start() and m.end() <= e and m.span() != (s, e) for s, e in shadows)
    ]


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    groups: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None

    def __post_init__(self) -> None:  # what each try reads, looked up once
        object.__setattr__(self, "_number", self.rule.number)
        object.__setattr__(self, "_searches", tuple(group.search for group in self.groups))
        object.__setattr__(self, "_veto", self.unless.search if self.unless else None)

    def matches(self, text: str, has_number: bool, shadows: Spans = ()) -> bool:
        return self.matched(text, has_number, shadows) is not None

    def matched(
        self, text: str, has_number: bool, shadows: Spans = ()
    ) -> list[re.Match[str]] | None:
        """None when the rule does not match ``text``; else, without shadows, each group's
        first match (``_found`` goes on from there instead of searching the text again), and
        with shadows, nothing (an empty list)."""
        wanted = self._number
        if wanted is not None and wanted != has_number:
            return None
        if shadows:
            found = all(_outside(group, text, shadows) for group in self.groups)
            if found and not (self.unless and _outside(self.unless, text, shadows)):
                return []
            return None
        # The cues first: most rules fail on their first group, before the veto is searched.
        firsts = []
        for search in self._searches:
            first = search(text)
            if first is None:
                return None
            firsts.append(first)
        return firsts if self._veto is None or self._veto(text) is None else None


def _compile(rule: Rule) -> _Compiled:
    template = "^{}$" if rule.whole else "{}"
    return _Compiled(
        rule=rule,
        groups=tuple(
            skipping(re.compile(template.format(phrase_search_regex(group)))) for group in rule.cues
        ),
        unless=(
            rule.unless
            if isinstance(rule.unless, re.Pattern)
            else skipping(re.compile(phrase_search_regex(rule.unless)))
            if rule.unless
            else None
        ),
    )


# Two letters joined: ``operator.add`` is called as a C function where ``str.__add__``, a slot
# wrapper, is called through a tuple of arguments (a third of ``_Index.held``'s time).
_joined = operator.add
# A pair cut out of the text as a slice is one new string, where a pair joined from two letters
# is three (each letter of a Thai text is a new string as the text is walked): a seventh of
# ``_Index.held``'s time. The slice ending at n is at n - 1 (a text of n letters takes
# ``[1:n]``, none for a text of one letter or none); a longer text's pairs are joined.
_cut = operator.getitem
_PAIR_SLICES = tuple(slice(end - 2, end) for end in range(1, 258))


def _letters(text: str) -> set[str]:
    """The letters and the pairs of adjacent letters of ``text`` once its spaces are gone."""
    bare = text.replace(" ", "")
    return {*bare, *map(str.__add__, bare, bare[1:])}


class _Index:
    """Which rules may match a text, from the letters of their cues, so that a message tries
    only those (in priority order) instead of every rule.

    A cue phrase matches its own letters with optional spaces between them: wherever it
    matches, each pair of its adjacent letters is a pair of the text without spaces. Two
    tests follow from it, both on the text's letter pairs only:

    - Each rule is filed under one letter pair (or letter) of every phrase of one of its
      groups, the group whose pairs are rarest among all the cues: a text none of whose pairs
      files the rule cannot match that group, so the rule is skipped. A rule none of whose
      groups can be filed (each holds a phrase of spaces only) is tried on every text.
    - Each phrase is then kept under its two rarest letter pairs (its one pair, or its letter,
      when it has no other): a phrase is *present* in a text that holds both. A rule found
      above is tried only if every group of it that can be filed has a present phrase.

    Neither test drops a rule that matches (tested over the corpus and random texts); the
    rules left are matched as before, in the same order.
    """

    def __init__(self, compiled: Sequence[_Compiled]) -> None:
        # A group with a phrase of no letters (or a rule with no group) cannot be filed.
        groups = [
            [keys for keys in map(_group_keys, c.rule.cues) if keys is not None] for c in compiled
        ]
        counts = _costs(
            Counter(key for rule in groups for group in rule for keys in group for key in keys)
        )
        # The rules filed under a key, and those tried on every text: bit n for the rule at n.
        files: dict[str, int] = {}
        self._always = 0
        # A rule whose cue must be the whole message matches a text only when the text without
        # spaces is one of its phrases without spaces (a cue's letters may be spaced, nothing
        # else may stand around them): such a rule is filed under those texts, looked up whole.
        self._whole: dict[str, int] = {}
        # (A whole rule with a group of no letters stays filed as any other: tried every time.)
        whole = [
            c.rule.whole and len(rule) == len(c.rule.cues) > 0
            for c, rule in zip(compiled, groups, strict=True)
        ]
        for position, c in enumerate(compiled):
            if not whole[position]:
                continue
            texts = set.intersection(*({p.replace(" ", "") for p in words(g)} for g in c.rule.cues))
            for text in texts:
                self._whole[text] = self._whole.get(text, 0) | 1 << position
        for position, rule in enumerate(groups):
            if whole[position]:
                continue
            chosen = min(
                ([min(keys, key=counts.__getitem__) for keys in group] for group in rule),
                key=lambda keys: sum(counts[key] for key in keys),
                default=None,
            )
            if chosen is None:
                self._always |= 1 << position
            for key in chosen or ():
                files[key] = files.get(key, 0) | 1 << position
        # Every distinct phrase (as its letter pairs) gets a bit, and is kept under its rarest
        # and second rarest pair (its one pair, or its letter, twice): a phrase is *present*
        # in a text that holds both.
        phrases: dict[frozenset[str], int] = {}
        self._pairs: list[tuple[str, str]] = []  # each phrase's two pairs, by its bit
        # For each rule, a mask of the phrases of each of its groups that can be filed.
        self._groups: list[tuple[int, ...]] = []
        for rule in groups:
            masks = []
            for group in rule:
                mask = 0
                for keys in group:
                    phrase = frozenset(keys)
                    if phrase not in phrases:
                        phrases[phrase] = len(phrases)
                        rarest = sorted(keys, key=lambda key: (counts[key], key))
                        self._pairs.append((rarest[0], rarest[1] if len(rarest) > 1 else rarest[0]))
                    mask |= 1 << phrases[phrase]
                masks.append(mask)
            self._groups.append(tuple(masks))
        # The group test for every rule at once: a text has a dozen present phrases, the rules
        # filed under its pairs are some thirty. Layer k (bits k * rules on) holds, for each
        # rule, whether its k-th group has a present phrase: ``by_phrase`` gives a phrase's
        # bits in every layer, ``_no_group`` sets the layers past a rule's last group.
        # (One at least: layer 0 is and-ed on every text, a rule with no group set in it.)
        self._layers = max([1, *map(len, self._groups)])
        width = len(compiled)
        by_phrase = [0] * len(phrases)
        self._no_group = 0
        for position, masks in enumerate(self._groups):
            for layer, mask in enumerate(masks):
                while mask:
                    lowest = mask & -mask
                    mask ^= lowest
                    by_phrase[lowest.bit_length() - 1] |= 1 << (layer * width + position)
            for layer in range(len(masks), self._layers):
                self._no_group |= 1 << (layer * width + position)
        # Layer 0 is and-ed as it is (the and keeps only the rule bits); each layer after it is
        # shifted down, with the rules that have a group there: a text none of whose rules left
        # has that many groups stops (most have one or two: shifting out the layers of every
        # rule, five times, cost a sixth of the search). Fewer groups, fewer rules: nested.
        self._deeper = tuple(
            (
                layer * width,
                sum(1 << n for n, masks in enumerate(self._groups) if len(masks) > layer),
            )
            for layer in range(1, self._layers)
        )
        # One look-up per key a text holds: the rules filed under it, and each phrase whose
        # rarest pair it is, as that phrase's second rarest pair with its layer bits (the
        # phrase is present when the text holds that pair too). Small ints only: no mask of
        # every phrase is built for each text.
        # A phrase kept under one pair twice is present with its key: its bits join the key's
        # own (``direct``); the phrases under the same second pair are one entry, bits joined.
        firsts: dict[str, dict[str, int]] = {}
        direct: dict[str, int] = {}
        for bit, (one, two) in enumerate(self._pairs):
            if one == two:
                direct[one] = direct.get(one, 0) | by_phrase[bit]
            else:
                seconds = firsts.setdefault(one, {})
                seconds[two] = seconds.get(two, 0) | by_phrase[bit]
        self._keys: dict[str, tuple[int, int, tuple[tuple[str, int], ...]]] = {
            key: (files.get(key, 0), direct.get(key, 0), tuple(firsts.get(key, {}).items()))
            for key in files.keys() | firsts.keys() | direct.keys()
        }
        # The keys of one letter (a phrase of one letter: "?", an emoji), found by one search.
        singles = {key for key in self._keys if len(key) == 1}
        singles |= {key for pair in self._pairs for key in pair if len(key) == 1}
        self._singles = (
            re.compile(f"[{''.join(map(re.escape, sorted(singles)))}]") if singles else None
        )
        # Whether a text may hold one: its ASCII letters, and the rest as one range from the
        # lowest to the highest (emoji and marks far above the Thai letters). A class of every
        # letter, emoji among them, is tried letter by letter at each position; a range is one
        # test. Only a text it finds is searched for the letters themselves.
        ascii_singles = sorted(key for key in singles if key.isascii())
        others = sorted(key for key in singles if not key.isascii())
        spans = f"{re.escape(others[0])}-{re.escape(others[-1])}" if others else ""
        self._may_hold_single = re.compile(
            f"[{''.join(map(re.escape, ascii_singles))}{spans}]" if singles else "(?!)"
        ).search

    def held(self, text: str) -> set[str]:
        """``_letters(text)`` as far as the index asks of it: every letter pair, and of its
        letters only those that are keys (a letter that keys nothing is never looked up, and
        building a string for each letter of the text cost a fifth of the search)."""
        bare = text.replace(" ", "")
        if len(bare) <= len(_PAIR_SLICES):
            held = set(map(_cut, repeat(bare), _PAIR_SLICES[1 : len(bare)]))
        else:
            held = set(map(_joined, bare, bare[1:]))
        if self._singles is not None and self._may_hold_single(bare) is not None:
            held.update(self._singles.findall(bare))
        return held

    def candidates(self, text: str, held: set[str] | None = None) -> Iterator[int]:
        """The positions of the rules that may match ``text``, in order (as they are tried:
        the first rule that reads the text ends the search); ``held``: ``self.held(text)``,
        when it is known already."""
        found = self.mask(text, self.held(text) if held is None else held)
        while found:
            lowest = found & -found
            found ^= lowest
            yield lowest.bit_length() - 1

    def mask(self, text: str, held: set[str]) -> int:
        """``candidates`` as bits: bit n set for the rule at position n. (The reading loop
        walks the bits itself: a generator left before its end is closed by raising
        GeneratorExit in its frame, a traceback made and unwound for every message.)"""
        found, layers, keys = self._always, self._no_group, self._keys
        if self._whole:
            found |= self._whole.get(text.replace(" ", ""), 0)
        for key in keys.keys() & held:  # C-level: the held keys looked up in the dict
            rules, present, phrases = keys[key]
            # Most keys file no rule or make no phrase present alone: a zero is not or-ed in
            # (it costs as much as any int of every layer).
            if rules:
                found |= rules
            if present:
                layers |= present
            for pair, bits in phrases:  # a phrase is present when the text holds both pairs
                if pair in held:
                    layers |= bits
        # A rule is left if each of its groups has a present phrase.
        found &= layers
        for shift, deep in self._deeper:
            if not found & deep:
                break
            found &= layers >> shift
        return found


# How often a letter pair is in the teams' messages (data/nlu/letter_pairs.txt, the commonest).
_IN_MESSAGES = {
    pair: float(share)
    for pair, share in (
        line.split()
        for line in read_text("nlu", "letter_pairs.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )
}
# Of each shadow word (no space in any, two letters at least), its letter pair rarest in
# messages: a text whose pairs (``_Index.held``) hold none of these holds no shadow word, and
# is not searched for one (most messages; the pairs are built for the rule index anyway).
assert all(" " not in word and len(word) > 1 for word in SHADOW_WORDS)
_SHADOW_PAIRS = frozenset(
    min(map(_joined, word, word[1:]), key=lambda pair: (_IN_MESSAGES.get(pair, 0.0), pair))
    for word in SHADOW_WORDS
)
_MESSAGE_WEIGHT = 5000  # a pair in every message costs as much as one in 5,000 cues


def _costs(in_cues: Counter[str]) -> Counter[str]:
    """Each key's cost as a rule's filing: how many cues hold it, and how many messages."""
    return Counter(
        {key: n + round(_MESSAGE_WEIGHT * _IN_MESSAGES.get(key, 0.0)) for key, n in in_cues.items()}
    )


def _group_keys(group: str) -> list[set[str]] | None:
    """For each phrase of a group, the keys it may be filed under: its letter pairs without
    spaces, or its letter; None when a phrase has no letter (it matches almost anywhere)."""
    found = []
    for phrase in words(group):
        bare = phrase.replace(" ", "")
        if not bare:
            return None
        found.append(set(map(str.__add__, bare, bare[1:])) or {bare})
    return found


class Understander:
    """Reads chat messages with a fixed set of rules (compiled once)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._compiled = tuple(sorted(map(_compile, rules), key=lambda c: -c.rule.priority))
        self._index = _Index(self._compiled)

    def understand(
        self, text: str, *, today: date, mention_spans: Sequence[tuple[int, int]] = ()
    ) -> Understanding:
        """Read one chat message into an intent with its slots (never postback data)."""
        # Links are cut from the text as typed: normalising would lower-case their ids.
        links = cut_links(strip_mentions(text, mention_spans) if mention_spans else text)
        # A clause doubting only the wording goes, with its question mark (``asked``).
        normalised, asked = without_doubt(thai_words(normalise(links.text)), links.text)
        normalised = without_tag(normalised, asked)
        extraction = extract(normalised, today=today, links=links.valid, refused=links.refused)
        masked = extraction.masked
        has_number = bool(extraction.numbers)
        # A link's "?" asks nothing; a hypothesis ("ถ้า…") reports nothing: neither is a write.
        # Only a read that stores needs to know: tested then, once (most messages ask nothing
        # of a write).
        question: bool | None = None
        held = self._index.held(masked)
        # One search first, and only where the letter pairs allow a shadow word: most
        # messages hold none.
        shadows = (
            tuple(m.span() for m in SHADOWS_RE.finditer(masked))
            if not held.isdisjoint(_SHADOW_PAIRS) and ANY_SHADOW(masked) is not None
            else ()
        )
        rules = self._compiled
        left = self._index.mask(masked, held)
        while left:
            lowest = left & -left
            left ^= lowest
            compiled = rules[lowest.bit_length() - 1]
            firsts = compiled.matched(masked, has_number, shadows)
            if firsts is None:
                continue
            intent = compiled.rule.read(_found(compiled, extraction, text, shadows, firsts))
            # A question holding the words of a submission or a setting ("เปิดการเตือนยังไง")
            # is read by the next rule instead.
            if intent is None:
                continue
            if stores(intent):
                if question is None:
                    question = (
                        asks(normalised, asked)
                        or CONDITION_RE.match(normalised) is not None
                        or REASON_RE.match(normalised) is not None
                        # "ช่วยดูแผนมิติ 2 ให้หน่อย": a request for a look is no report.
                        or requests_a_look(normalised, asked)
                    )
                if question and not _favour(intent, normalised, asked):
                    continue
                if isinstance(intent, MarkStep) and window_told_alone(masked):
                    continue
            if (
                isinstance(intent, Deadlines)
                and extraction.dates
                and _no_step_nor_day(intent)
                and not _PAST_THE_DAY_RE.search(masked)
            ):
                # "31 ม.ค. คือวันสุดท้ายจริงๆ ใช่มั้ย": the days named, for settle to match.
                intent = replace(intent, days=tuple(d.due for d in extraction.dates))
            return built_from(
                Understanding,
                {"intent": intent, "normalised": normalised, "corrected": "", "later": ""},
            )
        return built_from(
            Understanding,
            {
                "intent": built_from(Unknown, {"text": normalised}),
                "normalised": normalised,
                "corrected": "",
                "later": "",
            },
        )


# The purpose of a setting asked, closing the message ("…จะได้รู้ว่าใครยังไม่ส่ง", "…จะได้ตาม
# ทันว่ากองไหนค้าง"): no question of its own, unless it asks ("…จะได้รู้ไหมว่า…").
_PURPOSE_RE = re.compile(
    r"\s?จะ\s?ได้\s?(?:รู้|ทราบ|เห็น|ดู|ตาม|เช็ค|เช็ก|รีบ)(?:(?!ไหม|มั้ย|หรือ|รึ|เปล่า|ป่าว|ไง|\?).)*$"
)


# The day gone by, what comes after it asked: "พ้น 31 ม.ค. ไปแล้ว deadline ถัดไปคืออะไร".
_PAST_THE_DAY_RE = re.compile(r"พ้น|หลัง|ถัดไป|ต่อไป|ต่อจาก|next")


def _no_step_nor_day(intent: Deadlines) -> bool:
    """Whether a deadline question names no step, month or day of sending."""
    return intent.month is None and intent.on is None and not intent.step.isdigit()


def _favour(intent: Intent, normalised: str, typed: str) -> bool:
    """Whether a message that asks only asks the favour of a write its card restates before
    anything is stored: "บันทึกผลขยะ 59.7 ให้หน่อยได้มั้ย" (a value), "เมื่อกี้บันทึกผิด ย้อนกลับ
    ได้ไหม" (the undo of the entry just made)."""
    if isinstance(intent, CARDED_VALUES):
        return asks_to_record(normalised, typed)
    if isinstance(intent, ReminderSettings) and "จะได้" in normalised:
        # "เปิดสรุปรายสัปดาห์ให้ด้วยค่ะ จะได้รู้ว่าใครยังไม่ส่ง": what the setting is for.
        return not asks(_PURPOSE_RE.sub(" ", normalised), typed)
    if isinstance(intent, RegisterUnit) and intent.unit:
        # "ขอลงทะเบียนหน่วยงาน กองนิติการ ได้ไหมคะ": leave asked to register a unit named.
        return _LEAVE_TO_REGISTER_RE.match(normalised) is not None
    return isinstance(intent, Undo) and asks_to_take_back(normalised, typed)


# Leave asked to register, the unit named and nothing else asked: "ขอลงทะเบียน กองคลัง ได้ไหมคะ".
_LEAVE_TO_REGISTER_RE = re.compile(
    r"^(?:\S+\s)?ขอ\s?ลงทะเบียน(?:(?!ไหม|มั้ย|มั๊ย|หรือ|ยังไง|อย่างไร|ไง|ต้อง|หลาย|กี่|ทุก|อีก|เพิ่ม|แทน|\?).)+?"
    r"\s?ได้\s?(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|ป่าว|เปล่า)(?:\s?(?:คะ|ค่ะ|ครับ|คับ|จ้า|นะ))*[\s?]*$"
)


def _found(
    compiled: _Compiled,
    extraction: Extraction,
    text: str,
    shadows: Spans,
    firsts: Sequence[re.Match[str]] = (),
) -> Found:
    # (``Found``'s ``__init__`` only fills its dict with its three fields: that dict is built
    # here at once, without the call; tested.)
    if compiled.rule.keep:
        return built_from(
            Found, {"extraction": extraction, "remainder": extraction.masked, "original": text}
        )
    # The cues are cut when the read first asks for the remainder: nearly half the reads turn
    # the message down before they do (a question, a yes that is not one), and the cues' every
    # match is then never searched for. ``Found`` cuts them from the same text and matches, so
    # the remainder is the one cut at once (tested).
    return built_from(
        Found,
        {
            "extraction": extraction,
            "original": text,
            "_remainder_cut": partial(_cut_cues, compiled, extraction.masked, shadows, firsts),
        },
    )


def _cut_cues(
    compiled: _Compiled, remainder: str, shadows: Spans, firsts: Sequence[re.Match[str]]
) -> str:
    """``remainder`` without every match of the rule's cues (see ``_found``)."""
    cut: list[tuple[int, int]]
    if shadows:  # the cues outside the shadow words go, the shadow words stay whole
        cut = sorted(m.span() for g in compiled.groups for m in _outside(g, remainder, shadows))
    else:
        cut = []
        if firsts:
            # Each group's first match, found by ``matched``, and the matches after it: a
            # search from where a match ended finds what ``finditer`` went on to find (no cue
            # matches empty: tested), and none when the match ends the text.
            end = len(remainder)
            for group, first in zip(compiled.groups, firsts, strict=True):
                cut.append(first.span())
                if first.end() < end:
                    cut += map(_SPAN, group.finditer(remainder, first.end()))
        else:
            for group in compiled.groups:  # a loop, not a comprehension: no function per call
                cut += map(_SPAN, group.finditer(remainder))
        if len(cut) < 2:  # one cue: nothing overlaps
            if cut:
                ((start, end),) = cut
                return f"{remainder[:start]} {remainder[end:]}"
            return remainder
        # Every cue found in the whole text goes: cues that overlap ("ยังรอใคร" and "ใคร" in
        # "ยังรอใครอยู่บ้าง") go together, no piece of one left as a slot's word ("รอ").
        cut.sort()
    kept, at = [], 0
    for start, end in cut:
        kept.append(remainder[at : max(at, start)])
        at = max(at, end)
    return " ".join([*kept, remainder[at:]])


_SPAN = re.Match.span  # a match's span, called from C by ``map``
