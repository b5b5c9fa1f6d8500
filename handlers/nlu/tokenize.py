"""Thai word segmentation: PyThaiNLP's newmm over its dictionary plus our domain words.

This is the only module of the project that imports PyThaiNLP. newmm's steps are run here
(``newmm``) with less work in each; its words are PyThaiNLP's own (tested).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from functools import cache
from heapq import heappop, heappush
from importlib.resources.abc import Traversable

from pythainlp.corpus import provinces, thai_words
from pythainlp.tokenize import Trie
from pythainlp.tokenize import newmm as pythainlp_newmm
from pythainlp.tokenize._utils import rejoin_formatted_num
from pythainlp.tokenize.tcc_p import _RE_TCC

from handlers.data_files import data_file

DOMAIN_WORDS_FILE = data_file("nlu", "domain_words.txt")


def domain_words(path: Traversable = DOMAIN_WORDS_FILE) -> frozenset[str]:
    """The domain words file, one word a line, lower-cased like the text it will meet."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip())


@cache
def province_names() -> frozenset[str]:
    """The Thai names of the 77 provinces, as PyThaiNLP lists them."""
    return frozenset(provinces(details=False))


class WordSet(Trie):
    """newmm's dictionary as a set of words, indexed by their first three letters.

    newmm asks its dictionary one thing: the words that start at a position of the text
    (``prefixes``, shortest first). PyThaiNLP's trie answers with a node per letter: for its
    62,000 words about 60 MB of objects that take a third of a second to build, and every
    lookup writes to the nodes' reference counts, so each forked worker slowly copies them.
    A set gives the same answers (tested) from a few MB built in milliseconds.
    """

    def __init__(self, words: Iterable[str]) -> None:  # no nodes: Trie.__init__ is not called
        self._words = frozenset(w for w in (word.strip() for word in words) if w)
        lengths: dict[str, set[int]] = {}
        for word in self._words:
            if len(word) > 2:  # words of one or two letters are looked up on their own
                lengths.setdefault(word[:3], set()).add(len(word))
        self._lengths = {head: tuple(sorted(n)) for head, n in lengths.items()}
        # For newmm, by the same three letters: the lengths of the words they make themselves
        # (their first one, two or all three letters), known without a look-up, and the
        # lengths of the longer words, to look up.
        known = self._words
        self._heads = {
            head: (
                tuple(n for n in (1, 2, 3) if head[:n] in known),
                tuple(n for n in found if n > 3),
            )
            for head, found in self._lengths.items()
        }

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words that start at ``start`` in ``text``, shortest first."""
        words = self._words
        one, two = text[start : start + 1], text[start : start + 2]
        found = [one] if one in words else []
        if len(two) == 2 and two in words:  # the text may end first
            found.append(two)
        for length in self._lengths.get(text[start : start + 3], ()):
            word = text[start : start + length]
            if len(word) == length and word in words:  # the text may end first
                found.append(word)
        return found

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


def dictionary_words() -> set[str]:
    """PyThaiNLP's Thai words and ours."""
    return set(thai_words()) | domain_words()


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternatives as one pattern, those in a row that start with the same letter (or
    class of letters) sharing it: ``re`` tries each alternative in turn at each position,
    and now only those of the letter there (the same first match: the order is kept).
    Their groups do not capture, so that ``findall`` gives the whole matches."""
    groups: list[tuple[str, list[str]]] = []
    for alternative in alternatives:
        alternative = re.sub(r"\((?!\?)", "(?:", alternative)
        size = alternative.index("]") + 1 if alternative[0] == "[" else 1
        first, rest = alternative[:size], alternative[size:]
        if rest[:1] in ("?", "*", "+", "{"):  # a letter that may be missing leads nothing
            first, rest = "", alternative
        if first and groups and groups[-1][0] == first:
            groups[-1][1].append(rest)
        else:
            groups.append((first, [rest]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups)


# PyThaiNLP's TCC pattern (``tcc_p._PAT_TCC``, tested) or, where no cluster starts, one
# character: the matches tile the text, each a cluster of ``tcc_pos_array``.
_CLUSTER_RE = re.compile(f"(?:{_by_first_letter(_RE_TCC)})|.", re.DOTALL)
# A cluster of n characters as the n bytes of ``_cluster_ends`` it ends (no cluster is longer
# than the table, tested).
_CLUSTER_MARKS = tuple(b"\0" * (size - 1) + b"\1" if size else b"" for size in range(33))


def _cluster_ends(text: str) -> bytearray:
    """PyThaiNLP's ``tcc_pos_array``: 1 where a Thai character cluster ends. It matches its
    pattern at each cluster's start, one letter on when nothing matches there: the same
    clusters as ``_CLUSTER_RE.findall``, whose lengths give the ends. A text without Thai
    letters (no cluster starts at a letter that is not Thai) is clusters of one letter."""
    if text.isascii():
        return bytearray(b"\0" + b"\1" * len(text))
    valid = bytearray(1)
    valid += b"".join(map(_CLUSTER_MARKS.__getitem__, map(len, _CLUSTER_RE.findall(text))))
    return valid


_MAX_GRAPH_SIZE = pythainlp_newmm._MAX_GRAPH_SIZE
_DIGIT_RE = re.compile(r"\d")


def newmm(text: str, words: WordSet) -> list[str]:
    """``word_tokenize(text, custom_dict=words, engine="newmm")``: the same words (tested over
    the corpus and the dictionary), found by PyThaiNLP's own steps with less work in each.

    Its maximal matching (``newmm._onecut``) in one function: the dictionary asked only for
    the words that end at a cluster's end (the words of ``WordSet.prefixes`` that newmm would
    keep, shortest first, the others never sliced), the clusters found in one pass,
    and the joining of formatted numbers ("52.3" cut as "52", ".", "3") run only on a text
    with a digit, the only one it can change.
    """
    if not text:
        return []
    found: list[str] = []
    valid = _cluster_ends(text)
    stop = len(text)
    known, heads = words._words, words._heads  # ``WordSet.prefixes``, inlined below
    graph: dict[int, list[int]] = {}  # a position's edges (each position is a begin once)
    size = 0
    queue = [0]  # the positions a word may start at, lowest first
    end = 0
    while queue[0] < stop:
        begin = heappop(queue)
        ends = []
        head = heads.get(text[begin : begin + 3])
        if head is None:  # no word of three letters or more starts here
            if valid[begin + 1] and text[begin] in known:
                ends.append(begin + 1)
            if begin + 2 <= stop and valid[begin + 2] and text[begin : begin + 2] in known:
                ends.append(begin + 2)
        else:
            short, longer = head  # shortest first, the short ones all words
            for length in short:
                if valid[begin + length]:
                    ends.append(begin + length)
            for length in longer:
                after = begin + length
                if after > stop:
                    break  # the lengths come shortest first
                if valid[after] and text[begin:after] in known:
                    ends.append(after)
        for after in ends:
            size += 1
            if after not in queue:
                heappush(queue, after)
            if size > _MAX_GRAPH_SIZE:
                del ends[ends.index(after) + 1 :]  # the graph is full: no more edges
                break
        graph[begin] = ends
        if len(queue) == 1:  # one way on: the words up to it are settled
            goal = queue[0]
            # Mostly one word from ``end`` to the goal: the first path found from there.
            first = graph.get(end)
            if first and first[0] == goal:
                found.append(text[end:goal])
            else:
                for at in _first_path(graph, end, goal)[1:]:
                    found.append(text[end:at])
                    end = at
            end = goal
            size = 0
            graph.clear()
        elif not queue:  # no dictionary word starts here: up to the next one that may
            end = pythainlp_newmm._find_skip_end(text, begin, valid, words)
            size = 0
            graph.clear()
            found.append(text[begin:end])
            heappush(queue, end)
    return rejoin_formatted_num(found) if _DIGIT_RE.search(text) else found


def _first_path(graph: dict[int, list[int]], start: int, goal: int) -> list[int]:
    """The first path of ``newmm._bfs_paths_graph``: breadth first, in the order found."""
    visited = {start}
    queue = [(start, [start])]
    for vertex, path in queue:  # the list grows while it is walked: a FIFO queue
        for at in graph.get(vertex, ()):
            if at == goal:
                return [*path, at]
            if at not in visited:
                visited.add(at)
                queue.append((at, [*path, at]))
    raise RuntimeError(f"newmm: no path to {goal}")  # as PyThaiNLP's generator would fail


@cache
def _trie() -> WordSet:
    # Built once per process (in the gunicorn master before the fork).
    return WordSet(dictionary_words())


class _Segmenter:
    """newmm over our dictionary, cutting a text at its gaps first.

    newmm never joins words across a run of spaces or tabs (the run is a word of its own),
    unless a dictionary word holds a space ("google form", "เร็ว ๆ นี้"): a gap stays inside a
    part when the text before it ends with such a word's words before one of its gaps. Each
    part left is a dictionary word, which newmm gives back whole (tested over the whole
    dictionary), or is segmented by newmm: the words are those of the whole text (tested over
    the corpus).
    """

    def __init__(self, words: WordSet) -> None:
        self._words = words
        heads: dict[str, set[str]] = {}
        for word in words:  # "เร็ว ๆ นี้": "เร็ว" and "เร็ว ๆ" may run on across a gap
            for gap in re.finditer(r"\s+", word.strip()):
                head = word.strip()[: gap.start()]
                heads.setdefault(head[-1], set()).add(head)
        # By their last letter: one C-level ``endswith`` per gap.
        self._heads = {last: tuple(found) for last, found in heads.items()}

    def pieces(self, text: str, seen: dict[str, list[str]] | None) -> list[str]:
        """The words of ``text`` and its gaps; ``seen``: the parts segmented before."""
        if " " not in text and "\t" not in text:
            return list(self.segment(text, seen))
        found: list[str] = []
        for part in self.parts(text):
            if part[0] in " \t":
                found.append(part)
            else:
                found.extend(self.segment(part, seen))
        return found

    def parts(self, text: str) -> list[str]:
        """``text`` cut into the parts to segment and the gaps between them, in order."""
        if " " not in text and "\t" not in text:
            return [text]
        found: list[str] = []
        split = _split_at_gaps(text)  # part, gap, part, ..., part
        held = ""  # a part and the gap after it that a dictionary word may run across
        for at in range(0, len(split), 2):
            part = held + split[at]
            gap = split[at + 1] if at + 1 < len(split) else ""
            held = ""
            # A word runs across a gap into the letters after it: none follow the last gap.
            if gap and part and split[at + 2] and self._joins(part):
                held = part + gap
                continue
            if part:
                found.append(part)
            if gap:
                found.append(gap)
        return found

    def _joins(self, before: str) -> bool:
        """Whether a dictionary word may run from the end of ``before`` across a gap."""
        heads = self._heads.get(before[-1])
        return heads is not None and before.endswith(heads)

    def segment(self, part: str, seen: dict[str, list[str]] | None) -> list[str]:
        """The words of one part (no gap in it): do not change the list given back."""
        # ``_PLACEHOLDER_RE.fullmatch(part)`` by str methods: ASCII letters only, none lower
        # case (tested), a test a Thai part fails at once (``isascii`` reads no letter).
        if part in self._words or part.isascii() and part.isupper() and part.isalpha():
            return [part]  # newmm's words too: a dictionary word, an upper-case run (tested)
        words = seen.get(part) if seen is not None else None
        if words is None:
            words = newmm(part, self._words)
            if seen is not None:
                seen[part] = words
        return words


_GAP_RE = re.compile(r"([ \t][ \t]*)")  # not ``[ \t]+``: ``re`` skips to a class that leads


def _split_at_gaps(text: str) -> list[str]:
    """``_GAP_RE.split(text)``: the parts and the gaps between them, in turn; a text whose every
    gap is one space is split by ``str.split`` instead, the same list (tested)."""
    if "\t" in text or "  " in text:
        return _GAP_RE.split(text)
    cut = text.split(" ")
    split = [" "] * (2 * len(cut) - 1)
    split[::2] = cut
    return split


# Upper-case Latin letters: the reader's placeholders (NUM, STEP); no dictionary word is.
_PLACEHOLDER_RE = re.compile("[A-Z]+")


@cache
def _segmenter() -> _Segmenter:
    return _Segmenter(_trie())


# The parts already segmented while one message is read: every rule that looks at a message
# segments what is left of it once its cue words are cut, so the same parts come back.
_SEGMENTED: ContextVar[dict[str, list[str]] | None] = ContextVar("segmented", default=None)


class one_message:  # noqa: N801 -- used as a function: ``with one_message():``
    """Segment each part of text once while the message in hand is read."""

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _SEGMENTED.set({})

    def __exit__(self, *exc: object) -> None:
        _SEGMENTED.reset(self._token)


def pieces(text: str) -> list[str]:
    """The words of ``text`` with its whitespace kept, so that joining them gives it back
    (newmm's words over PyThaiNLP's dictionary and ours)."""
    return _segmenter().pieces(text, _SEGMENTED.get()) if text else []


def parts(text: str) -> list[str]:
    """``text`` cut at the gaps where newmm cuts it too: the parts and the gaps, in order."""
    return _segmenter().parts(text) if text else []


def part_pieces(part: str) -> list[str]:
    """The words of one part of ``parts`` (the list is shared: copy it to change it)."""
    return _segmenter().segment(part, _SEGMENTED.get())


def tokens(text: str) -> list[str]:
    """The words of ``text``, without whitespace."""
    return [piece for piece in pieces(text) if not piece.isspace()]


@cache
def common_words_ending_with(suffixes: frozenset[str], min_count: int = 100) -> frozenset[str]:
    """Everyday words (Thai National Corpus count ≥ ``min_count``) ending with a suffix; slow
    (the corpus loads), so the particle endings are shipped as data instead."""
    from pythainlp.corpus.tnc import word_freqs

    endings = tuple(suffixes)
    return frozenset(
        word
        for word, count in word_freqs()
        if count >= min_count and word not in suffixes and word.endswith(endings)
    )


@cache
def _domain() -> frozenset[str]:
    return domain_words()


def domain_word(word: str) -> bool:
    """Whether ``word`` is one of ours (data/nlu/domain_words.txt): "ไอที", "ตัวชี้วัด"."""
    return word in _domain()


def in_dictionary(word: str) -> bool:
    """Whether ``word`` is a word of the segmenter's dictionary (PyThaiNLP's and ours)."""
    return word in _trie()


def opens_with_a_word(text: str) -> bool:
    """Whether a word of the segmenter's dictionary starts ``text`` (a look-up of its first
    three letters, no segmenting)."""
    return bool(_trie().prefixes(text))


def everyday_words(text: str) -> bool:
    """Whether ``text`` is made only of everyday Thai words of the dictionary ("สถานการณ์
    น้ำท่วม"), none of them ours: no domain word, no typo, no Latin letters nor digits."""
    words = [w for w in tokens(text) if any(c.isalnum() for c in w) and w != "ๆ"]  # no "ๆ"
    trie, ours = _trie(), _domain()
    return bool(words) and all(w in trie and w not in ours and _thai(w) for w in words)


def _thai(word: str) -> bool:
    return all("\u0e01" <= c <= "\u0e4e" for c in word)


def warm_up() -> float:
    """Load the dictionary, build the trie and segment one line; the seconds it took."""
    start = time.perf_counter()
    _segmenter()
    tokens("ตัวชี้วัดขยะได้เท่าไหร่ครับ")
    return time.perf_counter() - start
