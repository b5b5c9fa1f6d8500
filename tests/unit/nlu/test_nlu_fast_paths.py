"""Fast paths of the reader answer as the plain code they stand for."""

from __future__ import annotations

import random

import pytest

from handlers.nlu import slots
from handlers.nlu.patterns import EDGE_WORDS


@pytest.mark.parametrize(
    "words", [EDGE_WORDS | slots.FILLERS, frozenset({"ของ", "ไหน", "a"}), frozenset({"", "ขยะ"})]
)
def test_edge_words_are_found_at_a_part_s_edges_as_by_the_whole_tuple(
    words: frozenset[str],
) -> None:
    edges, every = slots._Edges(words), tuple(words)
    pick = random.Random(3).choice
    pieces = [*sorted(words)[:60], "ขยะ", "กอง", "a", "ๆ", "🙏", ".", "NUM"]
    for _ in range(3000):
        part = "".join(pick(pieces) for _ in range(pick((1, 2, 3)))) or "x"
        assert edges.start(part) == part.startswith(every), part
        assert edges.end(part) == part.endswith(every), part


def _normalise_module():  # noqa: ANN202 -- the package's ``normalise`` is the function
    import sys

    import handlers.nlu.normalise  # noqa: F401

    return sys.modules["handlers.nlu.normalise"]


def test_a_text_ending_with_a_word_holds_no_noise_at_its_end() -> None:
    import unicodedata

    normalise = _normalise_module()
    for char in normalise._NO_NOISE:
        assert char not in normalise._NOISE
        assert unicodedata.category(char) not in ("So", "Sk"), hex(ord(char))
    for text in ("ขยะ", "ขยะ 🙏", "ok!!", "ส่งแล้ว ~", "a^", "ที่"):
        end = len(text)
        while end and (
            text[end - 1] in normalise._NOISE or unicodedata.category(text[end - 1]) in ("So", "Sk")
        ):
            end -= 1
        assert normalise._strip_noise(text) == text[:end]


def test_the_mistyping_repairs_run_after_one_scan_as_each_after_its_own() -> None:
    normalise = _normalise_module()

    def each_searched(text: str) -> str:  # the repairs as first written, in their order
        if normalise._TONE_FIRST.search(text):
            text = normalise._TONE_FIRST.sub(r"\2\1", text)
        # (Ungated: the gate of a held letter or doubled mark must miss no text they change.)
        text = normalise._REPEATED_MARK.sub(r"\1", normalise._REPEATED_THAI.sub(r"\1", text))
        if "งง" in text:
            text = normalise._HELD_NG.sub("ง", text)
        if normalise._REPEATED_LATIN.search(text):
            text = normalise._REPEATED_LATIN.sub(r"\1", text)
        return text

    def one_scan(text: str) -> str:
        if normalise._MAY_BE_MISTYPED.search(text):
            text = normalise._mistyping_mended(text)
        if "งง" in text:
            text = normalise._HELD_NG.sub("ง", text)
        return text

    pick = random.Random(5).choice
    letters = ["ก", "ง", "ย", "ั", "ไ", "บ้า", "่", "้", "ี", "ิ", "ุ", "ะ", "เ", "a", "e", " ", "1"]
    for _ in range(20000):
        text = "".join(pick(letters) for _ in range(pick((3, 6, 9))))
        assert one_scan(text) == each_searched(text), text


def test_an_extraction_is_built_as_its_dataclass_would_build_it() -> None:
    from dataclasses import fields
    from datetime import date

    from handlers.nlu.extract import Extraction, Number, extract

    for text in ("สถานะ", "ส่งผล ขยะ 52.3", "ตัวชี้วัด 2.1 = 85%", "ปี 68 ขยะ 1,462 ครับ"):
        found = extract(text, today=date(2025, 1, 15), links=("https://a.b",))
        assert list(vars(found)) == [f.name for f in fields(Extraction)]
        assert found == Extraction(**vars(found))
        assert hash(found) == hash(Extraction(**vars(found)))
        assert repr(found) == repr(Extraction(**vars(found)))
        for number in found.numbers:
            assert list(vars(number)) == [f.name for f in fields(Number)]
            assert number == Number(**vars(number))


def test_links_are_built_as_their_dataclass_would_build_them() -> None:
    from dataclasses import fields

    from handlers.nlu.web_links import Links, cut_links

    for text in ("สถานะ", "ส่งแล้ว https://drive.google.com/x ค่ะ", "ดู javascript:alert(1)"):
        found = cut_links(text)
        assert list(vars(found)) == [f.name for f in fields(Links)]
        assert found == Links(**vars(found))
        assert hash(found) == hash(Links(**vars(found)))


def test_an_everyday_word_at_the_end_is_found_as_by_every_ending() -> None:
    from handlers.nlu.particle_endings import particle_endings
    from handlers.nlu.tokenize import tokens

    normalise = _normalise_module()
    endings = particle_endings()

    def by_every_ending(text: str) -> bool:  # as first written
        if text.rsplit(" ", 1)[-1] in endings:
            return True
        if not text.endswith(tuple(endings)):
            return False
        return tokens(text)[-1] in endings

    pick = random.Random(9).choice
    pieces = [*sorted(endings), "นะ", "คะ", "ขยะ", "ได้", " ", "ค่า", "ส่ง"]
    for _ in range(3000):
        text = "".join(pick(pieces) for _ in range(pick((1, 2, 3))))
        assert normalise.ends_with_everyday_word(text) == by_every_ending(text), text


def test_characters_are_translated_a_run_at_a_time_as_all_at_once() -> None:
    from handlers.nlu import typos
    from kpi_core import thai_numbers

    normalise = _normalise_module()
    pick = random.Random(13).choice
    letters = [
        "ขยะ",
        "ที่",
        "ไ",
        "๕",
        "๐",
        "5",
        "A",
        "PMQA",
        "pmqa",
        "\u200b",
        "\ufeff",
        " ",
        "É",
        "🙏",
    ]
    for _ in range(5000):
        text = "".join(pick(letters) for _ in range(pick((0, 1, 4, 8))))
        as_translated = normalise._CHARACTERS_RE.sub(normalise._translated, text)
        assert as_translated == text.translate(normalise._CHARACTERS), text
        assert thai_numbers.arabic_digits(text) == text.translate(thai_numbers._TO_ARABIC), text
        no_marks = text.translate(dict.fromkeys(map(ord, typos._MARKS)))
        assert typos.skeleton(text) == no_marks, text


def test_the_guarded_claims_find_what_their_patterns_find() -> None:
    from handlers.nlu import extract

    pick = random.Random(17).choice
    words = ["ตัวชี้วัด", "ตัว", "ที่", "kpi", "ตชว.", "ขั้นตอน", "ขั้น", "step", "ปี", "ปีงบ", "2568"]
    words += ["68", "3", "52.3", " ", "%", "ส่ง", "-", "2570"]
    guarded = (extract._KPI_RE, extract._STEP_RE, extract._YEAR_RE, extract._SPAN_OF_YEARS_RE)
    for _ in range(5000):
        text = "".join(pick(words) for _ in range(pick((2, 4, 6))))
        for claim in guarded:
            found = [m.span() for m in claim.finditer(text)]
            assert found == [m.span() for m in claim.pattern.finditer(text)], text


def test_a_found_is_built_as_its_dataclass_would_build_it() -> None:
    from dataclasses import fields, replace
    from datetime import date

    from handlers.nlu.extract import extract
    from handlers.nlu.slots import Found

    extraction = extract("ขยะ 52.3", today=date(2025, 1, 15))
    found = Found(extraction=extraction, remainder="ขยะ NUM", original="ขยะ 52.3")
    assert list(vars(found)) == [f.name for f in fields(Found)]
    assert found == Found(extraction, "ขยะ NUM", "ขยะ 52.3")
    assert replace(found, remainder="x").remainder == "x"
    assert hash(found) == hash(Found(extraction, "ขยะ NUM", "ขยะ 52.3"))
    assert repr(found).startswith("Found(extraction=Extraction(text='ขยะ 52.3'")
    with pytest.raises(AttributeError):
        found.remainder = "y"  # type: ignore[misc]


def test_a_text_ending_with_a_gap_is_segmented_as_newmm_segments_it_whole() -> None:
    from pythainlp.tokenize import word_tokenize

    from handlers.nlu.evaluation import corpus_parts, load
    from handlers.nlu.tokenize import _trie, dictionary_words, parts, pieces

    texts = [e.text.lower() for part in corpus_parts()["dev"] for e in load(part)][::4]
    spaced = sorted(w for w in dictionary_words() if " " in w)
    heads = sorted({w.rsplit(" ", 1)[0] for w in spaced})  # "เร็ว ๆ" of "เร็ว ๆ นี้"
    texts += [*spaced, *heads, *(f"ส่ง{w}" for w in heads), "ยาเสพติด", "ใคร", "หน่วยไหน"]
    for gap in (" ", "  ", "\t"):
        ended = [f"{text}{gap}" for text in texts]
        assert [t for t in ended if parts(t)[-1] != gap] == []  # the last gap is a part of its own
        wrong = [
            t for t in ended if pieces(t) != word_tokenize(t, custom_dict=_trie(), engine="newmm")
        ]
        assert wrong == []


def test_an_afterthought_s_letters_come_lower_cased_from_themselves_only() -> None:
    import handlers.registry as registry
    from handlers.nlu.guards import required_literals

    # What ``_understand`` looks for before it lower-cases a message for ``_AFTERTHOUGHT_RE``.
    found = required_literals(registry._AFTERTHOUGHT_RE)
    assert found == {"(", "เดี๋ยว", "ขอโทษ", "ขออภัย", "sorry"}
    letters = set("(เดี๋ยวขอs")
    for code in range(0x110000):
        char = chr(code)
        if char not in letters and char != "S":
            assert not letters & set(char.lower()), code


def test_a_congratulation_holds_the_literal_looked_for_before_it_is_matched() -> None:
    from handlers.nlu import asides
    from handlers.nlu.guards import required_literals

    assert required_literals(asides._CONGRATULATED_RE) == {"ยินดี"}


def test_the_aside_gate_turns_down_only_messages_no_test_would_call_an_aside() -> None:
    """Every development text, read as it is and as each kind of intent, is an aside with
    the gate exactly when it is one with every test run (the gate only skips work)."""
    from datetime import date
    from decimal import Decimal

    from handlers import intents
    from handlers.nlu import asides
    from handlers.nlu.evaluation import corpus_parts, load
    from handlers.registry import _UNDERSTANDER

    kinds = (
        intents.Status(),
        intents.Missing(),
        intents.Deadlines(),
        intents.RuleQuestion(topic=intents.RuleTopic.CHANNEL),
        intents.IndicatorQuery(indicator="ขยะ", aspect=intents.Aspect.SUMMARY),
        intents.IndicatorQuery(indicator="ขยะ", aspect=intents.Aspect.RESULT),
        intents.MarkStep(step="แผน", channel="email"),
        intents.SubmitValue(indicator="ขยะ", value=Decimal("52.3"), raw_value="52.3"),
        intents.Help(),
    )
    texts = [example.text for part in corpus_parts()["dev"] for example in load(part)]
    gate, turned_down = asides._may_be_aside, 0
    for text in texts:
        found = _UNDERSTANDER.understand(text, today=date(2025, 1, 15))
        normalised, read = found.normalised, found.intent
        for intent in (read, *kinds):
            gated = asides.aside(normalised, intent, text)
            asides._may_be_aside = lambda normalised, typed: True  # noqa: ARG005
            try:
                assert asides.aside(normalised, intent, text) == gated, (text, intent)
            finally:
                asides._may_be_aside = gate
        turned_down += not gate(normalised, text)
    assert turned_down > len(texts) // 10  # the gate turns many down


def test_no_letter_lower_cases_into_thai() -> None:
    """The aside gate looks for Thai words in the typed text where a test lower-cases it."""
    for code in range(0x110000):
        char = chr(code)
        if not "\u0e00" <= char <= "\u0e7f":
            assert not any("\u0e00" <= c <= "\u0e7f" for c in char.lower()), hex(code)
        else:
            assert char.lower() == char


def _corpus_texts() -> list[str]:
    from handlers.nlu.evaluation import corpus_parts, load
    from tests.fakes.understanding import distinct

    texts = [e.text for kind in corpus_parts().values() for part in kind for e in load(part)]
    return distinct([*texts, *map(str.lower, texts)])


def test_a_gap_at_either_end_of_a_text_is_a_part_of_its_own_and_filler() -> None:
    """``slots.content`` cuts the gaps at the ends of a text before cutting it into parts:
    there they are parts of their own, the others the same, and filler whatever the edge
    words (so its loops would drop them first)."""
    from handlers.nlu.tokenize import parts

    gaps = [" ", "\t", "  ", " \t ", "\t\t"]
    texts = [t for t in (t.strip(" \t") for t in _corpus_texts()) if t]
    texts += ["เร็ว ๆ", "เร็ว ๆ นี้", "google form", "ส่งทาง google", "ก ข"]
    pick = random.Random(5).choice
    for text in texts:
        before, after = pick(gaps), pick(gaps)
        assert parts(before + text) == [before, *parts(text)], text
        assert parts(text + after) == [*parts(text), after], text
        assert parts(before + text + after) == [before, *parts(text), after], text
    for gap in gaps:
        assert slots._filler(gap, frozenset())
