"""newmm's look-up by three letters: the lengths it takes for words without a look-up are those
of the words the letters make, and the lengths it looks up those of the longer words."""

from __future__ import annotations

from handlers.nlu.tokenize import WordSet, dictionary_words


def test_the_three_letter_heads_give_the_words_that_start_with_them() -> None:
    words = WordSet(dictionary_words())
    longer: dict[str, set[int]] = {}
    for word in words:
        if len(word) > 3:
            longer.setdefault(word[:3], set()).add(len(word))
    heads = {word[:3] for word in words if len(word) >= 3}
    assert set(words._heads) == heads
    for head, (short, long) in words._heads.items():
        assert short == tuple(len(w) for w in words.prefixes(head) if len(w) <= 3), head
        assert long == tuple(sorted(longer.get(head, ()))), head
