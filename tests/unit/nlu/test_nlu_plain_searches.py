"""Searches that replaced a pattern compiled for each message find what the pattern found."""

from __future__ import annotations

import random
import re

import pytest

from handlers.nlu.extract import as_typed
from handlers.nlu.extract import as_typed_by_pattern as _as_typed_by_pattern
from handlers.queries import _CALLED_GAP, _follows


@pytest.mark.parametrize(
    ("raw", "original", "typed"),
    [
        ("52.3", "ส่งผล ขยะ ๕๒.๓ ครับ", "๕๒.๓"),
        ("1,462", "อัปเดต e-Service 1,462", "1,462"),
        ("kpi", "KPI 3 ได้เท่าไหร่", "KPI"),
        ("11.4%", "ลดลง 11.4% ค่ะ", "11.4%"),
        ("52.3", "ขยะ 52.3 🙏", "52.3"),  # an emoji: the pattern itself
        ("1 462", "e-service 1462", "1462"),  # a space typed or not: the pattern itself
        ("53", "ขยะ 52.3", "53"),  # not typed: given back as read
    ],
)
def test_a_value_is_given_as_typed(raw: str, original: str, typed: str) -> None:
    assert as_typed(raw, original) == typed == _as_typed_by_pattern(raw, original)


def test_the_plain_search_finds_what_the_pattern_finds_on_random_texts() -> None:
    pick = random.Random(7).choice
    letters = ["ขยะ", " ", "๕", "5", "2", ".", ",", "%", "K", "k", "p", "I", "i", "ตัว", "\n"]
    for _ in range(5000):
        original = "".join(pick(letters) for _ in range(8))
        raw = "".join(pick(["5", "2", ".", "k", "i", "ขยะ", "%"]) for _ in range(2))
        assert as_typed(raw, original) == _as_typed_by_pattern(raw, original), (raw, original)


def test_words_after_the_word_indicator_are_found_as_the_pattern_found_them() -> None:
    pick = random.Random(11).choice
    letters = ["ตัวชี้วัด", "kpi", "ขยะ", " ", "\n", "ของ", "เรื่อง", "ตัว", "ชี้วัด", "a"]
    for _ in range(5000):
        text = "".join(pick(letters) for _ in range(6))
        head = "".join(pick(letters[2:]) for _ in range(2))[:8]
        for word in ("ตัวชี้วัด", "kpi"):
            pattern = rf"{word}.{{0,{_CALLED_GAP}}}{re.escape(head)}"
            assert _follows(text, word, head) == bool(re.search(pattern, text)), (text, head)


def _content_of_every_word(text: str, edge_words: frozenset[str], keep_courtesy: bool) -> str:
    """content() as first written: the whole text segmented, then its words dropped."""
    from handlers.nlu import slots
    from handlers.nlu.tokenize import pieces

    def filler(word: str) -> bool:
        if word in edge_words or word in slots.FILLERS:
            return True
        return not any(c.isalnum() or c == "." for c in word)

    if not any(c.isalnum() or c == "." for c in text):
        return ""
    if not keep_courtesy and slots._COURTESY_START_RE.search(text):
        text = slots._COURTESY_RE.sub(" ", text)
    drop = slots.PLACEHOLDERS | slots.PARTICLES
    words = [p for p in pieces(text) if p not in drop]
    while words and filler(words[0]):
        words.pop(0)
    while words and filler(words[-1]):
        words.pop()
    return " ".join("".join(words).split())


_SLOT_TEXTS = (
    "ครับ ขยะ NUM ค่ะ",
    "  🙏 ขยะ",
    "ได้ผล ขยะ",
    "ขยะ ได้",
    "NUMครับ",
    "ขยะNUMค่ะ",
    "เร็ว ๆ นี้ ครับ",
    "ขอบคุณครับ กองคลัง ส่งแผน",
    "พี่ๆ คะ STEP กองคลังส่งยัง",
    "ตัวชี้วัด ขยะ ของ จังหวัด นะคะ",
    "ของ กองกลาง",
    "กองกลาง ของ",
    "e-service NUM ครั้ง ?",
    "master data ได้ NUM ชุด",
    "… กนต.",
    "กนต. …",
    "ทีม pmqa team ครับผม",
    "ไร ขยะ มั่ง",
    "หน่วยไหน   ยังไม่ส่ง  ",
    "\tกอง\nคลัง  ",
)


@pytest.mark.parametrize("text", _SLOT_TEXTS)
def test_slot_words_are_those_of_the_whole_text_segmented(text: str) -> None:
    from handlers.nlu.patterns import EDGE_WORDS
    from handlers.nlu.slots import content

    for edges in (EDGE_WORDS, EDGE_WORDS | {"กองกลาง", "ขยะ"}, frozenset()):
        for keep in (False, True):
            wanted = _content_of_every_word(text, edges, keep)
            assert content(text, edges, keep_courtesy=keep) == wanted, (text, keep)


def test_an_ask_to_send_here_is_found_as_the_pattern_found_it() -> None:
    from handlers.nlu.asides import sent_here

    pattern = re.compile(r"ส่ง\S*\s?มา(?!\s?ว่า)\S*(?:(?!แล้ว|บันทึก|ลงระบบ|ลงให้).)*(หน่อย|ด้วย)")
    pick = random.Random(5).choice
    letters = ["ส่ง", "มา", "ว่า", "หน่อย", "ด้วย", "แล้ว", "บันทึก", "ลงระบบ", "ลงให้", " ", "\n", "ไฟล์"]
    for _ in range(20000):
        text = "".join(pick(letters) for _ in range(8))
        assert sent_here(text) == bool(pattern.search(text)), text
    # The messages that took the pattern seconds are read, and read the same.
    assert not sent_here("ขั้นตอนที่ 3 ส่งแล้ว " + "ส่งมา" * 110)
    assert sent_here("ขั้นตอนที่ 3 ส่งแล้ว " + "ส่งมา" * 110 + " ในกลุ่มหน่อย")
