"""Thai word segmentation: PyThaiNLP's newmm over its dictionary plus our domain words.

This is the only module of the project that imports PyThaiNLP.
"""

from __future__ import annotations

import time
from functools import cache
from importlib.resources.abc import Traversable

from pythainlp.corpus import thai_words
from pythainlp.corpus.tnc import word_freqs
from pythainlp.tokenize import Trie, word_tokenize
from pythainlp.util import dict_trie

from handlers.data_files import data_file

DOMAIN_WORDS_FILE = data_file("nlu", "domain_words.txt")


def domain_words(path: Traversable = DOMAIN_WORDS_FILE) -> frozenset[str]:
    """The domain words file, one word a line, lower-cased like the text it will meet."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip())


@cache
def _trie() -> Trie:
    # Built once per process: building it takes a third of a second, a lookup microseconds.
    return dict_trie(set(thai_words()) | domain_words())


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
    """Everyday words (Thai National Corpus count ≥ ``min_count``) ending with a suffix."""
    endings = tuple(suffixes)
    return frozenset(
        word
        for word, count in word_freqs()
        if count >= min_count and word not in suffixes and word.endswith(endings)
    )


def warm_up() -> float:
    """Load the dictionary, build the trie and segment one line; the seconds it took."""
    start = time.perf_counter()
    _trie()
    tokens("ตัวชี้วัดขยะได้เท่าไหร่ครับ")
    return time.perf_counter() - start
