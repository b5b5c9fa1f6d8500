"""Benchmark (not a test): readings that change when manners are added around a message.

Run: .venv/bin/python bench/bench_invariance.py [-v]
Every development message (``data/understanding/dev*.jsonl``) that is read right is read again
with words around it that change nothing of what it means: a greeting first ("สวัสดีค่ะ …"),
thanks last ("… ขอบคุณค่ะ"), a particle, the bot called, a polite opening of a question; and
with a unit it names called by another of its names (its short name, an alias). Prints,
for each edit, how many readings changed and how many questions became writes; ``-v`` lists
them. The held-out parts are never read.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.fakes: the seed data

from bench_understanding import organisations, read  # noqa: E402

from handlers.nlu.evaluation import (  # noqa: E402
    Example,
    category,
    corpus_parts,
    labelled,
    load,
    meaning,
    same,
)
from kpi_core.models import Organisation  # noqa: E402

# Each edit: its name, and the texts it makes of a message (none: not for this message).
EDITS: dict[str, Callable[[Example, Organisation], list[str]]] = {
    "greeting first": lambda e, _: [f"สวัสดีค่ะ {e.text}"],
    "thanks last": lambda e, _: [f"{e.text} ขอบคุณค่ะ"],
    "both": lambda e, _: [f"สวัสดีครับ {e.text} ขอบคุณล่วงหน้าครับ"],
    "particle last": lambda e, _: [f"{e.text} ครับ"],
    "bot called first": lambda e, _: [f"น้องบอท {e.text}"],
    "polite ask first": lambda e, _: (
        [f"รบกวนสอบถามหน่อยค่ะ {e.text}"] if category(e.intent, e.slots) == "question" else []
    ),
    "unit's other name": lambda e, org: _unit_renamed(e.text, org),
}


def _unit_renamed(text: str, org: Organisation) -> list[str]:
    """``text`` with the first unit it names by one of the unit's names called by each other."""
    for unit in org.units:
        names = [n for n in (unit.name, unit.short_name, *unit.aliases) if n]
        said = next((n for n in sorted(names, key=len, reverse=True) if n in text), None)
        if said is not None:
            return [text.replace(said, other, 1) for other in names if other != said]
    return []


_CHAT = ("SmallTalk", "Unknown")


def main() -> None:
    """Read every development message right as written again under each edit."""
    verbose = "-v" in sys.argv
    orgs = organisations()
    changed: Counter[str] = Counter()
    as_writes: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    for part in corpus_parts()["dev"]:
        for example in load(part):
            org = orgs[example.organisation]
            wanted = labelled(example)
            if not same(meaning(read(example.text), org), wanted):
                continue
            for name, edit in EDITS.items():
                for text in edit(example, org):
                    tried[name] += 1
                    got = meaning(read(text), org)
                    if same(got, wanted) or (
                        wanted[0] in _CHAT and got[0] in _CHAT  # chat stays chat, of either kind
                    ):
                        continue
                    changed[name] += 1
                    worst = category(*wanted) == "question" and category(*got) == "write"
                    as_writes[name] += worst
                    if verbose:
                        flag = " QUESTION->WRITE" if worst else ""
                        print(f"   {name}{flag} {example.id} {text!r}: want {wanted} got {got}")
    for name in EDITS:
        share = changed[name] / max(tried[name], 1)
        print(
            f"== {name:<17} {changed[name]:>4} of {tried[name]} readings changed ({share:.1%}),"
            f" questions read as writes: {as_writes[name]}"
        )


if __name__ == "__main__":
    main()
