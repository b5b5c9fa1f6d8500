"""``slots.content`` and ``slots.split_unit`` with their look-ups written out (the edges'
tests inlined, a text without a gap not cut into parts, a placeholder standing alone
dropped at once, no generator for the first unit): the same answers as the plain code
they replaced, kept here, over every typed line and random texts built of the words the
shortcuts turn on."""

from __future__ import annotations

import random
from functools import cache

import pytest

from handlers.nlu import slots
from handlers.nlu.corrections import VALUE_CORRECTING
from handlers.nlu.extract import PLACEHOLDERS
from handlers.nlu.patterns import EDGE_WORDS
from handlers.nlu.tokenize import one_message, part_pieces, parts
from handlers.value_submissions import _VALUE_EDGE
from tests.fakes.random_texts import drawn, stretch
from tests.fakes.understanding import distinct, typed_extractions


def _plain_content(
    text: str, edge_words: frozenset[str] = EDGE_WORDS, *, keep_courtesy: bool = False
) -> str:
    """``slots.content`` as it was written before its look-ups were written out."""
    first = text[:1]
    if not (first.isalnum() or first == "." or slots._SOME_WORD_RE.search(text)):
        return ""
    if not keep_courtesy and slots._COURTESY_START_RE.search(text):
        text = slots._COURTESY_RE.sub(" ", text)
    if "เรา" in text:
        text = slots._OWN_UNIT_RE.sub(" ", text)
    if "ให้พี่" in text or "ให้ทีม" in text:
        text = slots._FOR_THE_ASKER_RE.sub(" ", text)
    text = text.strip(" \t")
    words: list[tuple[str, bool]] = []
    for part in parts(text):
        if part[0] not in " \t" and slots._DROPPED_RE.search(part):
            words += [(p, True) for p in part_pieces(part) if p not in slots._DROPPED]
        else:
            words.append((part, part[0] in " \t"))
    edges = slots._edges(edge_words)
    while words:
        word, single = words[0]
        if not single and (not (word[0].isalnum() or word[0] == ".") or edges.start(word)):
            words[:1] = [(p, True) for p in part_pieces(word)]
        elif single and slots._filler(word, edge_words):
            words.pop(0)
        else:
            break
    while words:
        word, single = words[-1]
        if not single and (not (word[-1].isalnum() or word[-1] == ".") or edges.end(word)):
            words[-1:] = [(p, True) for p in part_pieces(word)]
        elif single and slots._filler(word, edge_words):
            words.pop()
        else:
            break
    return " ".join("".join([word for word, _ in words]).split())


def _plain_split_unit(text: str) -> tuple[str, str]:
    """``slots.split_unit``'s first unit found by a generator, as it was; the rest is its own
    code from there on (the same function, the match handed in)."""
    if "จาก" in text or "โดย" in text:
        text = slots._TOLD_BY_RE.sub(" ", text)
    if "ที่" in text or "ยัง" in text or "ให้" in text or "ถึง" in text or "ห้อง" in text:
        text = slots._SENT_TO_RE.sub(" ", text)
    if "ตรวจ" in text or "เช็" in text:
        text = slots._CHECKED_BY_RE.sub(" ", text)
    found = (
        m
        for m in slots._UNIT_RE.finditer(text)
        if not slots._report_short_form(m["short"])
        and not (m["short"] and slots._a_person(m["short"]))
    )
    return ("", text) if next(found, None) is None else slots.split_unit(text)


@cache
def _typed() -> tuple[str, ...]:
    """Every typed line as typed, lower-cased, normalised and masked (what rules hand over)."""
    return tuple(
        distinct(
            text
            for line, normalised, extraction in typed_extractions()
            for text in (line, line.lower(), normalised, extraction.masked)
        )
    )


# The words the shortcuts turn on: placeholders and particles alone or glued, the edge words
# and fillers, courtesy and the sender's own unit, gaps of every kind, symbols and dots.
_PIECES = (
    *sorted(slots._DROPPED),
    *sorted(EDGE_WORDS)[::7],
    *sorted(slots.FILLERS),
    *("ขอบคุณค่ะ", "สวัสดีครับ", "รบกวน", "กองเรา", "ให้พี่", "ให้ทีมฟัง", "บอท", "พี่ๆ"),
    *("ขยะ", "กองคลัง", "สป.รง.", "e-service", "google drive", "เร็ว ๆ นี้", "ตัวชี้วัด", "แผน"),
    *(" ", "  ", "\t", " \t ", "\n", "🙏", ".", ":", "555", "ๆ", "?", "3", "ก."),
)


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    sources = ((0.65, lambda r: r.choice(_PIECES)), (1.0, stretch(_typed(), 12)))
    return ["".join(drawn(rng, 6, sources)) for _ in range(count)]


_EDGE_SETS = {
    "default": EDGE_WORDS,
    "value": _VALUE_EDGE,
    "correcting": VALUE_CORRECTING,
    "none": frozenset(),
    "every": frozenset({"", "ขยะ"}),  # the empty word: a prefix of every part
    "few": frozenset({"ของ", "ไหน", "a", "NUM"}),
}


@pytest.mark.parametrize("name", list(_EDGE_SETS))
def test_slot_words_are_those_of_the_plain_code(name: str) -> None:
    edge_words = _EDGE_SETS[name]
    texts = [*_typed(), *_random_texts(6000, seed=len(name))]
    texts += ["", " ", "NUM", " NUM ", "ครับ", "ขยะ NUM", "\tขยะ\t", "ก ข", ".", "🙏 ขยะ 🙏"]
    for text in texts:
        for keep in (False, True):
            # Each text read as a message is: its parts segmented once while it is read.
            with one_message():
                plain = _plain_content(text, edge_words, keep_courtesy=keep)
            with one_message():
                fast = slots.content(text, edge_words, keep_courtesy=keep)
            assert fast == plain, (text, keep)
            if edge_words is EDGE_WORDS:
                with one_message():
                    assert slots.content(text, keep_courtesy=keep) == plain, (text, keep)


def test_a_placeholder_alone_is_its_own_one_word() -> None:
    """A part that is a placeholder is dropped at once: the segmenter gives each back whole,
    so its pieces were that word alone, a dropped one."""
    assert PLACEHOLDERS <= slots._DROPPED
    for word in PLACEHOLDERS:
        assert part_pieces(word) == [word], word


def test_the_default_edges_are_the_cached_ones() -> None:
    edges = slots._DEFAULT_EDGES
    assert edges.words == EDGE_WORDS | slots.FILLERS
    assert (edges.by_first, edges.by_last, edges.empty) == (
        slots._edges(EDGE_WORDS).by_first,
        slots._edges(EDGE_WORDS).by_last,
        False,
    )


def test_the_first_unit_is_that_of_the_plain_code() -> None:
    texts = [*_typed(), *_random_texts(3000, seed=11)]
    texts += ["ผอ.ถามมา", "แทนกองคลัง", "จาก กพร. ว่า", "กค.,กก.", "Finance Division ค่ะ"]
    for text in texts:
        with one_message():
            assert slots.split_unit(text) == _plain_split_unit(text), text


def test_a_name_word_is_typed_right_by_the_set_alone() -> None:
    """``registry._typo_in_name`` tests a slot word for ``_NAME_WORDS`` before it calls
    ``_typed_right``: the same answer, as ``_typed_right`` answers True for each of them."""
    from handlers import registry

    words = [*registry._NAME_WORDS, *(w for t in _random_texts(2000, seed=7) for w in t.split())]
    for word in words:
        quick = word in registry._NAME_WORDS or registry._typed_right(word)
        assert quick == registry._typed_right(word), word


def test_the_patterns_after_a_word_are_searched_only_where_it_is() -> None:
    """The subs the value and step readers run only where their leading word stands ("ของ",
    "คะแนน" or "ผล", "ขึ้น" or "ทาง"): each leaves a text without it as it is."""
    from handlers import step_submissions, value_submissions

    gated = (
        (value_submissions.OF_UNIT_RE, ("ของ",)),
        (value_submissions._GLUED_UNIT_RE, ("คะแนน", "ผล")),
        (step_submissions._UP_TO_RE, ("ขึ้น", "ทาง")),
    )
    extra = ("ของกองคลัง", "คะแนนกองคลัง", "ผลสำนักงาน", "ขึ้นไดรฟ์", "ทางอีเมล", "ทาง line")
    rng = random.Random(13)
    texts = [*_typed(), *_random_texts(3000, seed=13)]
    texts += ["".join(rng.choice((*extra, *_PIECES)) for _ in range(4)) for _ in range(3000)]
    for pattern, words in gated:
        for text in texts:
            if not any(word in text for word in words):
                assert pattern.sub(" ", text) == text, (pattern.pattern[:30], text)
