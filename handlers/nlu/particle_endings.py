"""Everyday words that end like a polite particle (สถานะ, บังคับ, มูลค่า), shipped as data.

They come from the Thai National Corpus (count ≥ 100), which takes longer to load than a
message takes to answer; the list is written once into data/nlu/ and read from there. Only
the words the segmenter keeps whole are listed: the others (สินะ is สิ + นะ) can never be the
last word of a message.
A test checks the list against the corpus and prints it when they differ.
"""

from __future__ import annotations

from functools import cache

from handlers.data_files import data_file

PARTICLE_ENDINGS_FILE = ("nlu", "particle_endings.txt")


@cache
def particle_endings() -> frozenset[str]:
    """The shipped words, one a line."""
    text = data_file(*PARTICLE_ENDINGS_FILE).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())
