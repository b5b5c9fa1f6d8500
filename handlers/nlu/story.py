"""The asker's story around a question: who asked for the answer, when, a greeting.

"ท่านผอ.ถามมาว่าตอนนี้ภาพรวมตัวชี้วัดเราเป็นยังไงบ้าง", "พรุ่งนี้ผู้ว่าฯประชุม ขอสรุปตัวชี้วัด",
"morning ครับ ขอ status ภาพรวม": the words of the story (``data/nlu/story_words.txt``) name no
indicator, unit or step, and leave the slot words of a question.
"""

from __future__ import annotations

import re
from functools import cache

from handlers.data_files import read_text
from handlers.nlu.patterns import EDGE_WORDS
from handlers.nlu.tokenize import everyday_words, tokens

_WITH = "with:"
_PURPOSE = ("จะได้",)  # a phrase opening with it, after another, is the asker's reason


@cache
def _story() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """(the markers, the words that are the story next to one, a search for any marker)."""
    markers, companions = set(), set()
    for line in read_text("nlu", "story_words.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(_WITH):
            companions.add(line[len(_WITH) :].strip())
        else:
            markers.add(line.lower())
    ascii_words = [m for m in markers if m.isascii()]
    thai = [m for m in markers if not m.isascii()]
    pattern = "|".join(
        [
            *(re.escape(m) for m in sorted(thai, key=len, reverse=True)),
            *(rf"(?<![a-z]){re.escape(m)}(?![a-z])" for m in ascii_words),
        ]
    )
    return frozenset(markers), frozenset(companions), re.compile(pattern)


def is_story_word(word: str) -> bool:
    """Whether ``word`` is a marker of the asker's story ("ผอ.", "ท่าน", "morning")."""
    return word.lower() in _story()[0]


def _filler(word: str) -> bool:
    from handlers.nlu.slots import names_the_plan  # slots reads story's markers

    if word in EDGE_WORDS or not any(c.isalnum() for c in word):
        return True
    return everyday_words(word) and not names_the_plan(word)  # "พอดี", not "แผน"


def without_story(text: str) -> str:
    """``text`` without the words of the asker's story: in each phrase holding a marker, the
    markers and the words that go with them ("ประชุม" next to "ผู้บริหาร")."""
    markers, companions, search = _story()
    if search.search(text) is None:
        return text
    kept = []
    for phrase in text.split(" "):
        if kept and phrase.startswith(_PURPOSE):
            continue  # "…ต้องส่งอะไรบ้าง จะได้วางแผนงาน": why the asker asks, after the ask
        if search.search(phrase) is None:
            kept.append(phrase)
            continue
        words = tokens(phrase)
        if not any(w in markers for w in words):
            kept.append(phrase)  # a marker's letters inside another word ("ท่านั้น")
            continue
        story = markers | companions
        left = [w for w in words if w not in story]
        # A phrase of the story, filler and everyday words ("พอดีหัวหน้าถามมา") goes whole.
        if all(_filler(w) for w in left):
            continue
        kept.append("".join(left))
    return " ".join(kept)
