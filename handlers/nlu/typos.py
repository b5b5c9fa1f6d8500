"""Typos in command words: a bounded edit-distance correction for messages nothing read.

"สถานนะ", "ใครยังไม่สง", "เหลือกี่วน", "stauts": a span of the message within one edit
(two for long words; a swap of neighbours is one edit) of a cue word of the intent table
is replaced by the word, once per message. A span is corrected only when it is not itself
a word (สถานี stays สถานี) and starts and ends where the segmenter cuts the message, so a
word is never split to make a command. The caller keeps the new reading only when it asks
or answers (``handlers.registry``): a correction never starts a write.
"""

from __future__ import annotations

import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import accumulate, compress

from handlers.nlu.tokenize import dictionary_words, pieces

MIN_LENGTH = 4  # shorter words are too close to too many others
LONG = 9  # from this length two edits are allowed
# Tone marks, upper and lower vowels: typed on a second key, often missed or swapped.
_MARKS = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d"
)
# ``skeleton`` drops the marks by ``str.translate`` with a table indexed by every code point up
# to the Thai block's end: each letter there is looked up in C, no miss raised and cleared (a
# dict of the marks alone raised a KeyError for each letter it left). A letter past the table
# (an emoji) misses, and is kept as it is.
_NO_MARKS = tuple(None if chr(point) in _MARKS else chr(point) for point in range(0x0E80))
# A vowel's short and long forms typed for each other ("ขยา" for ขยะ); the upper and lower
# vowels among them (ิ ี, ุ ู) are marks, half an edit already.
_VOWEL_LENGTHS = frozenset({("ะ", "า"), ("า", "ะ")})
# English names joined by a hyphen are words too ("e-budgeting": "e-budgetting" is its typo).
_WORD_RE = re.compile(r"^(?:[\u0e01-\u0e4e]+|[a-z]+(?:[- ][a-z]+)*)$")


class Corrector:
    """Corrects typos of a fixed vocabulary (the cue words of the rules).

    Candidates are found by deletions (a word and a typo of it share a string with one
    letter, or two for long words, deleted) and by their letters without marks; only those
    are measured.
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        words = sorted({w for w in vocabulary if len(w) >= MIN_LENGTH and _WORD_RE.match(w)})
        self._known = frozenset(words)
        by_head: dict[str, list[str]] = defaultdict(list)
        for word in words:
            by_head[word[:MIN_LENGTH]].append(word)
        self._by_head = dict(by_head)  # the known words by their first four letters
        self._starts = frozenset(word[:2] for word in words)  # and their first two
        self._longest = max(map(len, words), default=0)
        index: dict[str, set[str]] = defaultdict(set)
        for word in words:
            for variant in _deletions(word, _allowed(word)):
                index[variant].add(word)
            index[skeleton(word)].add(word)
        self._index = dict(index)
        self._keys = frozenset(index)
        # The first three letters of every key (a shorter key whole): see ``_candidates``.
        self._heads = frozenset(key[:3] for key in index)
        self._tails = frozenset(key[-3:] for key in index)  # and the last three: ``_variants``

    def correct(self, text: str) -> str:
        """``text`` with its one best correction, or unchanged."""
        found = []
        real, known = _dictionary(), self._known
        # A cue word typed right is no typo of a longer one ("เป็นยังไงบ้าง", not "ผลเป็นยังไง").
        typed = self._typed(text)
        for start, ends in _spans(_pieces_before_particles(text), self._longest + 2):
            # The spans from ``start`` within a word typed right end by the farthest such word's
            # end among those starting at or before it.
            covered = max((e for s, e in typed if s <= start), default=0) if typed else 0
            opens = closed = None  # the same for every span of four letters or more from here
            for end in ends:
                span = text[start:end]
                if end <= covered or span in real or span in known:  # a word is no typo
                    continue
                if len(span) > 3:
                    if opens is None:
                        opens = self._opens(span)
                        # No mark among the first three letters: the skeleton opens as the span
                        # does, and no span from here has a candidate (``_candidates``).
                        closed = not opens and _MARKS.isdisjoint(span[:3])
                    if closed:
                        continue
                for distance, word in self._measured(span, self._candidates(span, opens)):
                    gap = abs(len(span) - len(word))
                    found.append((distance, -len(word), gap, start, end, word))
        # The fewest edits first, then the longer word, then a span as long as the word.
        for *_, start, end, word in sorted(found):
            corrected = f"{text[:start]}{word}{text[end:]}"
            if self._plausible(corrected, start, word):
                return corrected
        return text

    @staticmethod
    def _measured(span: str, candidates: set[str]) -> Iterator[tuple[float, str]]:
        """Each candidate ``span`` may be a typo of, with its edits from the span."""
        particle = _particle_at_end(span) if candidates else ""
        for word in candidates:
            if particle and not word.endswith(particle):
                continue  # "แล้วค่ะ" is no typo of "แล้วป่ะ": a particle typed right stays
            if span != word and span.endswith(word) and "\u0e00" < word[0] < "\u0e80":
                # "หมดเขคเมื่อไหร่": the word typed right, the letter before it the last of a
                # neighbour's typo; cutting that letter reads nothing new.
                continue
            distance = edit_distance(word, span, _allowed(word))
            if distance <= _allowed(word):
                yield distance, word

    @property
    def reach(self) -> int:
        """How many letters a corrected span may hold: the longest word and two typed more."""
        return self._longest + 2

    def _typed(self, text: str) -> list[tuple[int, int]]:
        """Where each known word first stands in ``text`` (``str.find`` of each, in one pass)."""
        seen: set[str] = set()
        typed = []
        # Whether a word starts with each position's two letters, looked up in C (``text[at :
        # at + 2]`` and a look-up for each position cost most of the search), and only the
        # positions where one does passed on to Python (``compress``), there the words of the
        # position's first four letters (every known word has four at the least).
        starting = map(self._starts.__contains__, map(operator.add, text, text[1:]))
        by_head = self._by_head
        for at in compress(range(len(text)), starting):
            words = by_head.get(text[at : at + MIN_LENGTH])
            if words is None:
                continue
            for word in words:
                if word not in seen and text.startswith(word, at):
                    seen.add(word)
                    typed.append((at, at + len(word)))
        return typed

    def _opens(self, span: str) -> bool:
        """Whether a variant of ``span`` (four letters or more) with a letter deleted may be a
        key by its first three letters: they are the span's own (nothing or a later letter
        deleted), its letters 2-4 (the first deleted), 1 and 3-4 (the second) or 1-2 and 4
        (the third). Only the span's first four letters count: the same for every span of a
        start."""
        heads = self._heads
        return (
            span[:3] in heads
            or span[1:4] in heads
            or span[0] + span[2:4] in heads
            or span[:2] + span[3] in heads
        )

    def _candidates(self, span: str, opens: bool | None = None) -> set[str]:
        """The known words ``span`` may be a typo of; ``opens``: ``self._opens(span)`` if the
        caller has it."""
        # A cheap test first: most spans have no candidate at all. A variant of the span that
        # is a key starts with a key's first three letters (a shorter key is a head whole):
        # see ``_opens``, or its skeleton's first three. Those are the span's own first three
        # when no mark stands among them, a head ``_opens`` has looked for.
        if len(span) > 3:
            if opens is None:
                opens = self._opens(span)
            if not opens and (_MARKS.isdisjoint(span[:3]) or skeleton(span)[:3] not in self._heads):
                return set()
        found: set[str] = set()
        for variant in self._variants(span) & self._keys:  # a set: the smaller side is walked
            found |= self._index[variant]
        return found

    def _variants(self, span: str) -> set[str]:
        """``span`` with one letter deleted (or none), and its skeleton: the variants of it
        that may be keys (up to two letters are deleted from the word, indexed: a long word
        typed with two extra letters is the one case left out, for a tenth of the lookups)."""
        if len(span) < 6:
            variants = _deletions(span, 1)
        else:
            # Deleting letter 4 or a later one leaves the span's first three letters, deleting
            # one before the last three leaves its last three: from six letters on every
            # deletion leaves one or the other, and a key has its first three among the heads
            # and its last three among the tails. Only the deletions that may be keys are made.
            last = len(span) - 1
            head, tail = span[:3] in self._heads, span[-3:] in self._tails
            if head and tail:
                variants = _deletions(span, 1)
            elif head:  # the deletions of the last three letters
                variants = {span[:at] + span[at + 1 :] for at in (last - 2, last - 1, last)}
            elif tail:  # the deletions of the first three letters
                variants = {span[1:], span[0] + span[2:], span[:2] + span[3:]}
            else:
                variants = set()
        variants.add(skeleton(span))
        return variants

    @staticmethod
    def _plausible(corrected: str, start: int, word: str) -> bool:
        """A correction the segmenter reads as a word where it stands (not glued to the
        letters around it), or as the start of a piece whose rest is a word of its own
        ("ประวัติการ": the segmenter knows the compound)."""
        cuts = _cuts(corrected)
        end = start + len(word)
        if start not in cuts:
            return False
        if end in cuts:
            return True
        rest = corrected[end : min(c for c in cuts if c > end)]
        return len(rest) > 1 and rest in _dictionary()


# The particles that end a sentence: typed right, they are no letters of a cue word to correct.
_PARTICLES = frozenset(
    ("ครับ", "ค่ะ", "คะ", "ค่า", "นะ", "จ้ะ", "จ้า", "คับ", "ฮะ", "น้า", "ค้าบ", "คร้าบ", "ค้า")
    # ครับ as it is said: "ยืนยันคัพ", "ยืนยันคั้บ".
    + ("คัพ", "คั้บ", "คั๊บ")
)
_ENDINGS = tuple(_PARTICLES)


def _particle_at_end(span: str) -> str:
    """The particle that is the last piece of ``span`` after other letters, or ""."""
    if not span.endswith(_ENDINGS):  # no such piece: the span is not segmented
        return ""
    parts = pieces(span)
    return parts[-1] if len(parts) > 1 and parts[-1] in _PARTICLES else ""


# A particle closing a word group ("ยกลิกครับ"), by its length: the longest first.
_CLOSING_PARTICLE_RE = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _PARTICLES), key=len, reverse=True)) + r")(?=\s|$)"
)


def _pieces_before_particles(text: str) -> list[str]:
    """The segmenter's pieces of ``text``, cut before a particle closing a word group where
    the segmenter glued the particle's first letter to a typo before it ("ยกลิกครับ": "ยก ลิ
    กค รับ"), so the typo's span can end where the particle starts. A word ending in the
    particle's letters ("มูลค่า") keeps them."""
    parts = pieces(text)
    if not _CLOSING_PARTICLE_RE.search(text):
        return parts
    starts = [0, *accumulate(len(p) for p in parts)]
    cuts = set(starts)
    real = _dictionary()
    for match in _CLOSING_PARTICLE_RE.finditer(text):
        at = match.start()
        if at == 0 or at in cuts or text[at - 1].isspace():
            continue
        i = max(n for n, s in enumerate(starts) if s < at)  # the piece holding the cut
        if parts[i] in real and starts[i + 1] >= match.end():
            continue  # a word ending in the particle's letters ("มูลค่า")
        head, tail = parts[i][: at - starts[i]], parts[i][at - starts[i] :]
        return _pieces_before_particles_split(parts, i, head, tail, text)
    return parts


def _pieces_before_particles_split(
    parts: list[str], i: int, head: str, tail: str, text: str
) -> list[str]:
    """``parts`` with piece ``i`` cut in two, the particle's letters joined to the pieces after
    it up to the particle's end (one cut is enough: a message is corrected once)."""
    rest = "".join([tail, *parts[i + 1 :]])
    end = _CLOSING_PARTICLE_RE.match(rest)
    if end is None:
        return parts
    return [*parts[:i], head, rest[: end.end()], *pieces(rest[end.end() :])]


def _spans(parts: list[str], longest: int, most: int = 4) -> Iterator[tuple[int, list[int]]]:
    """Each start with the ends of the runs of up to ``most`` neighbouring pieces from it
    within a word group, of a length a word could be typed as (a name typed wrong may be cut
    into four: "จริยะธรรม" is จ ริ ยะ ธรรม), shortest first."""
    starts = [0, *accumulate(map(len, parts))]
    for i, part in enumerate(parts):
        if part.isspace():
            continue
        ends = []
        for j in range(i, min(i + most, len(parts))):
            if parts[j].isspace():
                break
            length = starts[j + 1] - starts[i]
            if length > longest:
                break
            if length >= MIN_LENGTH - 1:
                ends.append(starts[j + 1])
        if ends:
            yield starts[i], ends


def slipped(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one consonant typed for another, the rest as typed
    ("แผล", "แผบ" for แผน; "ทีน" for ทีม): the slip of a word too short for the corrector
    (``MIN_LENGTH``), which only the slot it stands in can tell from a word of its own."""
    if len(typed) != len(word) or typed == word:
        return False
    slips = [(a, b) for a, b in zip(typed, word, strict=True) if a != b]
    return len(slips) == 1 and all(_CONSONANT_FIRST <= c <= _CONSONANT_LAST for c in slips[0])


_CONSONANT_FIRST, _CONSONANT_LAST = "\u0e01", "\u0e2e"  # ก to ฮ


def _deletions(text: str, most: int) -> set[str]:
    """``text`` with up to ``most`` letters deleted (the text itself included)."""
    found = {text}
    edge = {text}
    for _ in range(most):
        edge = {v[:i] + v[i + 1 :] for v in edge for i in range(len(v))}
        found |= edge
    return found


def skeleton(text: str) -> str:
    """``text`` without its tone marks and upper and lower vowels."""
    return text.translate(_NO_MARKS)


def _cuts(text: str) -> set[int]:
    """Where the segmenter cuts ``text`` (its ends included)."""
    return {0, *accumulate(len(p) for p in pieces(text))}


def _allowed(word: str) -> int:
    return 2 if len(word) >= LONG else 1


def edit_distance(a: str, b: str, limit: float) -> float:
    """Edits (insert, delete, replace, swap two neighbours) from ``a`` to ``b``, a tone mark
    or an upper or lower vowel counting half (the letters most often missed), and so a vowel
    typed with the wrong length (ะ for า); exact up to ``limit``, and above ``limit`` (at most
    ``limit + 1``, not always exact: the search stops once every path is dearer) beyond it."""
    if abs(len(a) - len(b)) > 2 * limit:
        return limit + 1
    weights_a, weights_b = list(map(_weight, a)), list(map(_weight, b))
    previous2: list[float] = []
    previous = [0.0]
    for weight in weights_b:
        previous.append(previous[-1] + weight)
    for i in range(1, len(a) + 1):
        x, weight_x = a[i - 1], weights_a[i - 1]
        current = [previous[0] + weight_x] + [0.0] * len(b)
        for j in range(1, len(b) + 1):
            y, weight_y = b[j - 1], weights_b[j - 1]
            replace = (
                0.0 if x == y else 0.5 if (x, y) in _VOWEL_LENGTHS else max(weight_x, weight_y)
            )
            current[j] = min(
                previous[j] + weight_x, current[j - 1] + weight_y, previous[j - 1] + replace
            )
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _weight(char: str) -> float:
    return 0.5 if char in _MARKS else 1.0


@cache
def _dictionary() -> frozenset[str]:
    return frozenset(dictionary_words())
