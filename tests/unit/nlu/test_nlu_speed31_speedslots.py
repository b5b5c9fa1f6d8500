"""The shortcuts of the thirty-first session's speed work in the slot helpers and the
segmenter: each gives what the longer way gives (tested over every typed line and, for the
character tests, over every character)."""

from __future__ import annotations

import sys

from handlers.nlu import slots, tokenize
from handlers.nlu.patterns import EDGE_WORDS
from tests.fakes.understanding import distinct, typed_extractions


def test_a_slot_word_letter_is_an_alphanumeric_or_a_dot() -> None:
    """``slots.content`` tests one character for ``_SOME_WORD_RE`` by ``str.isalnum`` or a dot:
    the same answer for every character there is (``re``'s ``\\w`` is ``isalnum`` or "_")."""
    pattern = slots._SOME_WORD_RE
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(pattern.match(char)) == (char.isalnum() or char == "."), hex(code)


def _typed_texts() -> list[str]:
    """Every typed line, as typed, lower-cased and in its normal form."""
    return distinct(
        text
        for line, normalised, _ in typed_extractions()
        for text in (line, line.lower(), normalised)
    )


def test_a_text_is_split_at_its_gaps_as_the_gap_pattern_splits_it() -> None:
    texts = _typed_texts()
    texts += ["", " ", "a b", " a", "a ", "a  b", "a\tb", " \t ", "ก ข  ค\t ง ", "  ", "a b c "]
    for text in texts:
        assert tokenize._split_at_gaps(text) == tokenize._GAP_RE.split(text), text


def test_a_placeholder_is_a_run_of_upper_case_ascii_letters() -> None:
    """``_Segmenter.segment`` tells a placeholder by str methods: the same answer as
    ``_PLACEHOLDER_RE.fullmatch`` for every part of every typed text, and for every string of
    up to two characters of a sample that holds every kind of letter."""

    def by_methods(part: str) -> bool:
        return part.isascii() and part.isupper() and part.isalpha()

    parts = distinct(p for text in _typed_texts() for p in tokenize.parts(text) + text.split())
    sample = [chr(c) for c in range(0x250)] + ["ก", "ะ", "่", "Ａ", "ǅ", "Ⅷ", "ß", "İ", "Σ", "٣"]
    parts += sample + [a + b for a in sample for b in sample]
    parts += ["NUM", "STEP", "MONTH", "NUMก", "Num", "NUM1", "NUM_", "NUM ", ""]
    for part in parts:
        assert by_methods(part) == bool(tokenize._PLACEHOLDER_RE.fullmatch(part)), part


def _content_before(
    text: str, edge_words: frozenset[str] = EDGE_WORDS, *, keep_courtesy: bool = False
) -> str:
    """``slots.content`` as it was before its shortcuts (main @ e877109), to compare with."""

    def filler(word: str) -> bool:
        if word in edge_words or word in slots.FILLERS:
            return True
        return slots._SOME_WORD_RE.search(word) is None

    if slots._SOME_WORD_RE.search(text) is None:
        return ""
    if not keep_courtesy and slots._COURTESY_START_RE.search(text):
        text = slots._COURTESY_RE.sub(" ", text)
    if "เรา" in text:
        text = slots._OWN_UNIT_RE.sub(" ", text)
    if "ให้พี่" in text or "ให้ทีม" in text:
        text = slots._FOR_THE_ASKER_RE.sub(" ", text)
    words: list[tuple[str, bool]] = []
    for part in tokenize.parts(text):
        if part[0] not in " \t" and slots._DROPPED_RE.search(part):
            words += [(p, True) for p in tokenize.part_pieces(part) if p not in slots._DROPPED]
        else:
            words.append((part, part[0] in " \t"))
    edges = slots._edges(edge_words)
    while words:
        word, single = words[0]
        if not single and (not slots._SOME_WORD_RE.match(word) or edges.start(word)):
            words[:1] = [(p, True) for p in tokenize.part_pieces(word)]
        elif single and filler(word):
            words.pop(0)
        else:
            break
    while words:
        word, single = words[-1]
        if not single and (not slots._SOME_WORD_RE.match(word[-1]) or edges.end(word)):
            words[-1:] = [(p, True) for p in tokenize.part_pieces(word)]
        elif single and filler(word):
            words.pop()
        else:
            break
    return " ".join("".join([word for word, _ in words]).split())


def test_content_reads_every_typed_text_as_before() -> None:
    """The slot words of every typed text (as typed, lower-cased, normalised, with its gaps
    doubled, and with placeholders and gaps around it as a rule's cues leave them), with the
    default edge words and with none, courtesy kept or not: the same as before the shortcuts."""
    texts = _typed_texts()
    texts += [t.replace(" ", "  ") for t in texts[::3]]
    texts += [f"  {t} NUM " for t in texts[::5]]
    texts += ["", " ", "   ", "NUM", " NUM ", "🙏", " . ", "_", "STEP ครับ", "ครับ NUM", "\t NUM\t"]
    for text in distinct(texts):
        for edge_words in (EDGE_WORDS, frozenset()):
            for keep in (False, True):
                expected = _content_before(text, edge_words, keep_courtesy=keep)
                assert slots.content(text, edge_words, keep_courtesy=keep) == expected, text
