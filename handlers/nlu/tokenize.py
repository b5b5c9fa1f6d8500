"""Thai word segmentation: PyThaiNLP's newmm over its dictionary plus our domain words.

This is the only module of the project that imports PyThaiNLP.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources.abc import Traversable

from pythainlp.corpus import thai_words
from pythainlp.tokenize import Trie, word_tokenize

from handlers.data_files import data_file

DOMAIN_WORDS_FILE = data_file("nlu", "domain_words.txt")


def domain_words(path: Traversable = DOMAIN_WORDS_FILE) -> frozenset[str]:
    """The domain words file, one word a line, lower-cased like the text it will meet."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip())


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


@cache
def _trie() -> Trie:
    # Built once per process (in the gunicorn master before the fork).
    return WordSet(dictionary_words())


def pieces(text: str) -> list[str]:
    """The words of ``text`` with its whitespace kept, so that joining them gives it back."""
    if not text:
        return []
    return word_tokenize(text, custom_dict=_trie(), engine="newmm", keep_whitespace=True)


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
    _trie()
    tokens("ตัวชี้วัดขยะได้เท่าไหร่ครับ")
    return time.perf_counter() - start
