"""Benchmark (not a test): how well the bot understands the labelled corpus.

Run: .venv/bin/python bench/bench_understanding.py [-v] [--dev]
Prints, for each development part (``dev*.jsonl``) and each held-out part (``heldout*.jsonl``) of
``data/understanding/``, the share of
messages read right (intent and slots), per intent, and the confusion between questions and
writes (a question read as a write is the worst error). ``-v`` lists the development part's
misses; the held-out parts' are never listed, so that nobody tunes on them, and ``--dev`` leaves
the held-out parts out altogether (for work in progress).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.fakes: the seed data

from handlers.nlu.evaluation import TODAY, Score, corpus_parts, evaluate, load  # noqa: E402
from handlers.registry import understand  # noqa: E402
from tests.fakes.seed import budget_bureau, labour, ocsc, pathum_thani  # noqa: E402

CATEGORIES = ("question", "write", "other")


def organisations() -> dict[str, object]:
    """The four seed organisations by name."""
    return {org.name: org for org in (labour(), pathum_thani(), budget_bureau(), ocsc())}


def read(text: str, today: date = TODAY) -> object:
    """The intent ``understand`` reads from ``text``."""
    return understand(text, today=today).intent


def report(part: str, score: Score, verbose: bool) -> None:
    """Print one part's figures."""
    print(
        f"== {part}: {score.right}/{score.total} = {score.accuracy:.1%} intent+slots"
        f" (intent alone {score.right_intent / score.total:.1%})"
    )
    for intent, total in sorted(score.per_intent.items()):
        right = score.per_intent_right[intent]
        print(f"   {intent:<18} {right:>3}/{total:<3} {right / total:6.1%}")
    print("   expected \\ read " + " ".join(f"{c:>9}" for c in CATEGORIES))
    for wanted in CATEGORIES:
        row = " ".join(f"{score.confusion[wanted, got]:>9}" for got in CATEGORIES)
        print(f"   {wanted:<16} {row}")
    print(f"   questions read as writes: {score.questions_as_writes}")
    rule = score.per_intent["RuleQuestion"]
    if rule:  # the knowledge layer (issue 9b) brings the RuleQuestion intent
        rest = (score.right - score.per_intent_right["RuleQuestion"]) / (score.total - rule)
        print(f"   without the {rule} RuleQuestion messages: {rest:.1%}")
    if verbose:
        for example, got in score.misses:
            print(
                f"   MISS {example.id} {example.text!r}: want {example.intent} {example.slots}"
                f" got {got[0]} {got[1]}"
            )


def main() -> None:
    """Score both parts."""
    verbose = "-v" in sys.argv
    orgs = organisations()
    parts = corpus_parts()
    for part in parts["dev"] + ([] if "--dev" in sys.argv else parts["heldout"]):
        development = part.startswith("dev")
        report(part, evaluate(load(part), orgs, read), verbose and development)


if __name__ == "__main__":
    main()
