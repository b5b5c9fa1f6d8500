"""Benchmark (not a test): readings that change when manners are added around a message.

Run: .venv/bin/python bench/bench_invariance.py [-v]
Every development message (``data/understanding/dev*.jsonl``) that is read right is read again
with words around it that change nothing of what it means: a greeting first ("สวัสดีค่ะ …"),
thanks last ("… ขอบคุณค่ะ"), a particle, the bot called, a polite opening of a question; with
a unit it names called by another of its names (its short name, an alias); and typed as users
type it: digits as Thai digits, a space between Thai words left out or one added after the
first word, who asked or what for said last of a question ("… ผู้อำนวยการถามมาค่ะ"), the last
particle held ("ค่ะะ"), "KPI" for ตัวชี้วัด, "ขอสอบถามค่ะ"/"แจ้งค่ะ" opening a question/a write. Prints,
for each edit, how many readings changed and how many questions became writes; ``-v`` lists
them. The held-out parts are never read.
"""

from __future__ import annotations

import re
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
from handlers.nlu.tokenize import _trie, tokens  # noqa: E402
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
    # Every digit typed as a Thai digit (๐-๙), as a Thai keyboard layout gives them.
    "thai digits": lambda e, _: _thai_digits(e.text),
    # The first space between two Thai words left out, as Thai writers often do.
    "space dropped": lambda e, _: _space_dropped(e.text),
    # A space typed after the first word, as between words of an English text.
    "space added": lambda e, _: _space_added(e.text),
    # Who asks or what for, said last of a question.
    "context last": lambda e, _: (
        [f"{e.text} ผู้อำนวยการถามมาค่ะ", f"{e.text} จะเอาไปรายงานในที่ประชุมค่ะ"]
        if category(e.intent, e.slots) == "question"
        else []
    ),
    # The last particle held ("ค่ะะ", "ครับบ"), or "นะคะ" added after a last Thai word.
    "particle held": lambda e, _: _particle_held(e.text),
    # "KPI" for ตัวชี้วัด before an indicator's name or number.
    "kpi for ตัวชี้วัด": lambda e, _: _kpi_said(e.text),
    # A polite opening: "ขอสอบถามค่ะ" before a question, "แจ้งค่ะ" before a write.
    "ask/tell first": lambda e, _: _announced(e),
}

_TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_LINK = re.compile(r"https?://\S+|\S+@\S+")
_THAI_WORD = re.compile(r"[\u0e01-\u0e4e]{2,}")
# Words never spaced off the word before them ("เดือนนี้", "วันนั้น").
_GOES_WITH_BEFORE = frozenset({"นี้", "นั้น", "โน้น", "ที่", "ๆ"})
# A space between Thai letters, not after a particle (there it ends a sentence: "…นะคะ วันนี้…").
_THAI_SPACE = re.compile(
    r"(?<=[\u0e01-\u0e4e])(?<!ค่ะ)(?<!คะ)(?<!ครับ)(?<!นะ)(?<!จ้า) (?=[\u0e01-\u0e4e])"
)
_HELD = re.compile(r"(ค่ะ|คะ|ครับ|จ้า)(\s*[!?.~]*)$")
# ตัวชี้วัด before a number ("ตัวชี้วัด 3", "ตัวชี้วัดที่ 1.2"), an English name ("ตัวชี้วัด
# e-Service") or a Thai name written on to it ("ตัวชี้วัดยาเสพติด"; not "ตัวชี้วัดไหน", "ตัวชี้วัดค่ะ").
_KPI = re.compile(
    r"ตัวชี้วัด(?:ที่)?\s*(?=[0-9])|ตัวชี้วัด\s+(?=[a-z])"
    r"|ตัวชี้วัด(?=[\u0e01-\u0e4e])(?!ไหน|ของ|ครับ|ค่ะ|คะ|นะ|นี้|นั้น|ใน|ที่|ตาม|แบบ|ผิด|ทั้ง|ได้"
    r"|ยัง|แล้ว|อะไร|เดียว|ละ|อื่น|ต่าง|หลัก|รวม|บ้าง|สำหรับ|จะ|เป็น|มี|ให้|กับ|และ|หรือ|เรา|นะ|ด้วย)",
    re.IGNORECASE,
)


def _thai_digits(text: str) -> list[str]:
    """``text`` with its digits Thai, but those of a link or an address (pasted, not typed)."""
    pieces = _LINK.split(text)
    links = _LINK.findall(text)
    typed = [piece.translate(_TO_THAI_DIGITS) for piece in pieces]
    said = "".join(piece + link for piece, link in zip(typed, [*links, ""], strict=True))
    return [said] if said != text else []


def _space_dropped(text: str) -> list[str]:
    """``text`` without its first space between Thai letters."""
    found = _THAI_SPACE.search(text)
    return [text[: found.start()] + text[found.end() :]] if found else []


def _space_added(text: str) -> list[str]:
    """``text`` with a space after its first word, when that word is a whole word of four
    letters or more (no longer word starts there: "ขั้นตอน" is not cut) and a word follows it."""
    words = tokens(text)
    if len(words) < 2 or not text.startswith(words[0]):
        return []
    first, rest = words[0], text[len(words[0]) :]
    longest = max(_trie().prefixes(text), key=len, default="")
    if not _THAI_WORD.fullmatch(first) or len(first) < 4 or len(longest) > len(first):
        return []
    if not rest[:1].strip() or words[1] not in _trie() or words[1] in _GOES_WITH_BEFORE:
        return []
    if not _THAI_WORD.match(rest):
        return []
    return [f"{first} {rest}"]


def _particle_held(text: str) -> list[str]:
    """``text`` with its last particle's last letter typed twice, or with "นะคะ" after its
    last word when that is Thai and no particle."""
    found = _HELD.search(text)
    if found is None:
        return [f"{text}นะคะ"] if re.search(r"[\u0e01-\u0e4e]$", text) else []
    particle = found.group(1)
    held = particle + ("ะ" if particle.endswith("ะ") else particle[-1])
    return [text[: found.start()] + held + found.group(2)]


def _kpi_said(text: str) -> list[str]:
    """``text`` with its first ตัวชี้วัด before a name or number called KPI."""
    found = _KPI.search(text)
    if found is None:
        return []
    before = text[: found.start()]
    return [
        before + (" KPI " if before and not before[-1].isspace() else "KPI ") + text[found.end() :]
    ]


def _announced(example: Example) -> list[str]:
    """``ขอสอบถามค่ะ`` before a question, ``แจ้งค่ะ`` before a write."""
    kind = category(example.intent, example.slots)
    if kind == "question":
        return [f"ขอสอบถามค่ะ {example.text}"]
    return [f"แจ้งค่ะ {example.text}"] if kind == "write" else []


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
