"""Measure (not a test): the letter pairs most often found in the teams' messages.

Run: .venv/bin/python bench/letter_pairs.py [N] > data/nlu/letter_pairs.txt (after its header)
Prints the N (400) letter pairs held by the largest share of the development parts' messages,
normalised and masked as the rules see them, spaces removed. The rule index
(handlers/nlu/matcher.py) files each rule under the pairs rarest in messages, not only in the
rules' cues. The held-out parts are not read.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.nlu.evaluation import TODAY, corpus_parts, load  # noqa: E402
from handlers.nlu.extract import extract  # noqa: E402
from handlers.nlu.normalise import normalise  # noqa: E402


def main() -> None:
    """Print each common pair with the share of messages holding it."""
    held: Counter[str] = Counter()
    messages = 0
    for part in corpus_parts()["dev"]:
        for example in load(part):
            masked = extract(normalise(example.text), today=TODAY).masked.replace(" ", "")
            held.update(set(map(str.__add__, masked, masked[1:])))
            messages += 1
    for pair, count in held.most_common(int(sys.argv[1]) if len(sys.argv) > 1 else 400):
        print(f"{pair} {count / messages:.3f}")


if __name__ == "__main__":
    main()
