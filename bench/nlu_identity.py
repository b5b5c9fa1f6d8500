"""Check (not a test): ``understand`` reads every known message the same before and after a change.

Run with the code to compare, each from its own checkout (the installed ``handlers`` is read):
    PYTHONHASHSEED=0 old/.venv/bin/python bench/nlu_identity.py dump /tmp/old.json
    PYTHONHASHSEED=0 new/.venv/bin/python bench/nlu_identity.py dump /tmp/new.json
    .venv/bin/python bench/nlu_identity.py compare /tmp/old.json /tmp/new.json

The messages: every corpus part of ``data/understanding/``, every typed line of the golden
conversations and the NLU bench's messages, each also with a particle, a call to the bot and
Thai digits, read on three days. Only a digest of each reading is written, keyed by the part
and the line's number: the held-out part's texts and readings are never printed, only counted.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from datetime import date

from handlers.data_files import data_file, files_in
from handlers.registry import understand, warm_up
from kpi_core.thai_numbers import THAI_DIGITS

DAYS = (date(2025, 1, 15), date(2025, 9, 30), date(2026, 2, 28))
_TAG = re.compile(r"\s+#help:\S+$")


def _corpus() -> Iterator[tuple[str, str]]:
    for node in sorted(data_file("understanding").iterdir(), key=lambda n: n.name):
        if node.name.endswith(".jsonl"):
            lines = node.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(filter(str.strip, lines), start=1):
                yield f"{node.name}:{number}", json.loads(line)["text"]


def _conversations() -> Iterator[tuple[str, str]]:
    for node in files_in("conversations", pattern="*.conv"):
        for number, line in enumerate(node.read_text(encoding="utf-8").splitlines(), start=1):
            if line.startswith("> "):
                yield f"{node.name}:{number}", _TAG.sub("", line[2:])


def _bench() -> Iterator[tuple[str, str]]:
    from bench_nlu import MESSAGES  # noqa: PLC0415 (the script's folder, not a package)

    for number, text in enumerate(MESSAGES, start=1):
        yield f"bench_nlu:{number}", text


def _variants(text: str) -> Iterator[tuple[str, str]]:
    yield "", text
    yield "+particle", f"{text}ครับ"
    yield "+address", f"บอท {text}"
    yield "+thai-digits", text.translate(str.maketrans("0123456789", "".join(THAI_DIGITS)))


def readings() -> dict[str, str]:
    """A digest of every reading, keyed by where its message comes from."""
    warm_up()
    found: dict[str, str] = {}
    for source in (_corpus(), _conversations(), _bench()):
        for key, text in source:
            for variant, typed in _variants(text):
                for day in DAYS:
                    reading = repr(understand(typed, today=day))
                    digest = hashlib.sha256(reading.encode()).hexdigest()[:16]
                    found[f"{key}{variant}@{day}"] = digest
    return found


def compare(before: dict[str, str], after: dict[str, str]) -> int:
    """Print the counts (and the keys outside the held-out parts) that differ; 1 if any do."""
    keys = sorted(before.keys() | after.keys())
    differ = [key for key in keys if before.get(key) != after.get(key)]
    print(f"readings compared       {len(keys):8d}")
    print(f"readings that differ    {len(differ):8d}")
    held_out = [key for key in differ if key.startswith("heldout")]
    if held_out:
        print(f"  of them held out      {len(held_out):8d}")
    for key in differ:
        if not key.startswith("heldout"):
            print(f"  {key}")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    """``dump OUT`` or ``compare BEFORE AFTER``."""
    if argv[:1] == ["dump"] and len(argv) == 2:
        with open(argv[1], "w", encoding="utf-8") as out:
            json.dump(readings(), out, indent=0, sort_keys=True)
        return 0
    if argv[:1] == ["compare"] and len(argv) == 3:
        with open(argv[1], encoding="utf-8") as a, open(argv[2], encoding="utf-8") as b:
            return compare(json.load(a), json.load(b))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
