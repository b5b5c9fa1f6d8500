"""Segmentation: PyThaiNLP's newmm over its dictionary and our domain words."""

from __future__ import annotations

import random
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from handlers.nlu.normalise import PARTICLE_WORDS
from handlers.nlu.particle_endings import particle_endings
from handlers.nlu.tokenize import (
    DOMAIN_WORDS_FILE,
    WordSet,
    common_words_ending_with,
    dictionary_words,
    domain_words,
    pieces,
    tokens,
    warm_up,
)
from tests.fakes.understanding import distinct


def test_warm_up_returns_the_seconds_it_took() -> None:
    assert 0 <= warm_up() < 30


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ตัวชี้วัดขยะได้เท่าไหร่", "ตัวชี้วัด"),
        ("ใครยังไม่ส่งแผน", "ยังไม่ส่ง"),
        ("กองคลังถึงไหนแล้ว", "กองคลัง"),
        ("ผูกกลุ่มกับสป.รง.", "ผูกกลุ่ม"),
        ("ส่งรายงานผลทาง google drive แล้ว", "google drive"),
        ("อัปเดต e-service 190", "e-service"),
    ],
)
def test_domain_words_stay_whole(text: str, word: str) -> None:
    assert word in tokens(text)


def test_tokens_drop_whitespace_and_pieces_give_the_text_back() -> None:
    text = "ส่งผล  ขยะ 52.3"
    assert "".join(pieces(text)) == text
    assert not any(t.isspace() for t in tokens(text))
    assert tokens("") == []


def test_domain_words_are_read_one_a_line_and_lower_cased() -> None:
    lines = DOMAIN_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() == line and line for line in lines)
    assert {"pmqa", "e-service", "master data", "ตัวชี้วัด", "ค้างส่ง"} <= domain_words()


def test_the_shipped_particle_endings_are_the_everyday_words_of_the_corpus() -> None:
    everyday = common_words_ending_with(PARTICLE_WORDS)
    expected = {word for word in everyday if tokens(word) == [word]}
    listing = "".join(f"{word}\n" for word in sorted(expected))
    assert particle_endings() == expected, f"data/nlu/particle_endings.txt should be:\n{listing}"


def test_a_message_ending_like_a_particle_is_read_without_loading_the_corpus() -> None:
    script = (
        "import sys; from handlers.nlu.normalise import normalise; "
        "assert normalise('สถานะนะคะ') == 'สถานะ'; "
        "print(sorted(m for m in sys.modules if m.startswith('pythainlp.corpus.tnc')))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "[]"


@pytest.mark.parametrize("word", sorted(particle_endings()))
def test_each_everyday_word_ending_like_a_particle_is_one_word_after_a_space(word: str) -> None:
    # What lets normalise skip the segmenter for a message ending with such a word.
    assert tokens(word) == [word]
    assert tokens(f"ขอ {word}")[-1] == word


def test_the_word_set_tells_newmm_exactly_what_pythainlps_trie_would() -> None:
    from pythainlp.util import dict_trie

    words = dictionary_words()
    trie, word_set = dict_trie(words), WordSet(words)
    conversations = Path(__file__).resolve().parents[3] / "data" / "conversations"
    lines = [line for f in conversations.glob("*.conv") for line in f.read_text().splitlines()]
    single = sorted(w for w in words if len(w) == 1)
    double = sorted(w for w in words if len(w) == 2)
    texts = [*lines, *single, *double, f"ดี{''.join(single)}", "".join(double[::7])]
    texts += ["ครับผม", "abc ดี 12.5%", "", "กา", "การ", "ตัวชี้"]
    for text in texts:
        for start in range(len(text) + 1):
            assert word_set.prefixes(text, start) == trie.prefixes(text, start), (text, start)
    assert len(word_set) == len(trie) and "ตัวชี้วัด" in word_set


def _newmm(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, custom_dict=_word_set(), engine="newmm")


@cache
def _word_set() -> WordSet:
    return WordSet(dictionary_words())


def test_our_newmm_gives_the_words_and_clusters_pythainlps_gives() -> None:
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    from handlers.nlu.evaluation import corpus_parts, load
    from handlers.nlu.tokenize import _cluster_ends, newmm

    words = _word_set()
    texts = [e.text for part in corpus_parts()["dev"] for e in load(part)]
    texts = [*texts, *map(str.lower, texts)]
    rng = random.Random(9)
    ordered = sorted(words)
    texts += ["".join(rng.choice(ordered) for _ in range(4)) for _ in range(2000)]
    letters = "กขคงจชซดตทนบปผพมยรลวสหอะาำิีึืุูเแโใไ่้๊๋็์ั ๆ0123456789.,:-ab\n\t%"
    texts += ["".join(rng.choices(letters, k=rng.randrange(1, 40))) for _ in range(5000)]
    texts += ["", "ก", "52.3", "12:30น 1,234.5", "x" * 130, "ก" * 130]
    texts = distinct(texts)  # a Thai text and its lower case are one text: checked once
    assert [t for t in texts if newmm(t, words) != _newmm(t)] == []
    assert [t for t in texts if t and _cluster_ends(t) != tcc_pos_array(t)] == []


def test_every_dictionary_word_is_one_word_to_newmm_so_it_is_given_back_unsegmented() -> None:
    words = _word_set()
    split = [
        w for w in words if not any(c.isspace() for c in w) and _newmm(w) != [w]
    ]  # pieces() trusts this instead of segmenting such a part
    assert split == []


def test_pieces_cut_at_the_gaps_give_the_words_newmm_gives_for_the_whole_text() -> None:
    from handlers.nlu.evaluation import corpus_parts, load

    texts = [e.text.lower() for part in corpus_parts()["dev"] for e in load(part)]
    # Dictionary words that hold a space, alone, at either end and run on by another word.
    spaced = sorted(w for w in dictionary_words() if " " in w)
    texts += [*spaced, *(f"ส่ง{w} ไป" for w in spaced), *(f"ขยะ {w}นะ" for w in spaced)]
    texts += ["ข้อมูลที่จะถึงในเร็ว ๆ นี้", "  ขยะ NUM", "master data  ได้ ชุด", "\tกอง\nคลัง  "]
    texts = distinct(texts)
    assert [t for t in texts if pieces(t) != _newmm(t)] == []


def test_within_one_message_a_part_is_segmented_once_and_its_words_stay_unchanged() -> None:
    from handlers.nlu import tokenize

    calls: list[str] = []
    newmm = tokenize.newmm

    def counted(text: str, words: WordSet) -> list[str]:
        calls.append(text)
        return newmm(text, words)

    tokenize.newmm = counted
    try:
        with tokenize.one_message():
            first = pieces("ส่งแผนแล้วค่ะ NUM")
            first.append("changed by a caller")
            again = pieces("  ส่งแผนแล้วค่ะ")
        after = pieces("ส่งแผนแล้วค่ะ")
    finally:
        tokenize.newmm = newmm
    assert again == ["  ", "ส่ง", "แผน", "แล้ว", "ค่ะ"]
    assert after == again[1:]
    assert calls == ["ส่งแผนแล้วค่ะ", "ส่งแผนแล้วค่ะ"]  # once in the message, once after it


def test_the_cluster_ends_are_pythainlps_over_the_corpus_and_random_thai() -> None:
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    from handlers.nlu.evaluation import corpus_parts, load
    from handlers.nlu.tokenize import _cluster_ends

    texts = [e.text for kind in corpus_parts().values() for part in kind for e in load(part)]
    texts = [*texts, *map(str.lower, texts)]
    rng = random.Random(17)
    thai = [chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable()]
    letters = [*thai, *thai, *"กขคงเแโใไะาำิีึืุู่้๊๋็์ัรอยวหก", " ", "\n", "a", "1", "."]
    texts += ["".join(rng.choices(letters, k=rng.randrange(1, 30))) for _ in range(30000)]
    texts += ["", "\n", "ก\n", "เกีย\n", "เกีย", "เกียก", "abc", "x" * 40, "ก็", "อึ", "หึ"]
    texts = distinct(texts)
    assert [t for t in texts if _cluster_ends(t) != tcc_pos_array(t)] == []


def test_no_cluster_is_longer_than_the_table_of_their_ends() -> None:
    import re

    from handlers.nlu.tokenize import _CLUSTER_MARKS, _CLUSTER_RE

    widest = re._parser.parse(_CLUSTER_RE.pattern, _CLUSTER_RE.flags).getwidth()[1]
    assert widest < len(_CLUSTER_MARKS)
    assert all(len(marks) == size for size, marks in enumerate(_CLUSTER_MARKS))
