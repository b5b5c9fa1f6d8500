"""A message read by ``understand`` and settled against a seed organisation, compared as the
labelled corpus compares readings (``handlers.nlu.evaluation.meaning``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from types import ModuleType
from typing import Any

import pytest

from handlers.data_files import files_in
from handlers.intents import RegisterUnit
from handlers.nlu.evaluation import TODAY, Meaning, category, corpus_parts, load, meaning
from handlers.nlu.extract import Extraction, extract
from handlers.nlu.normalise import normalise
from handlers.nlu.settle import settle
from handlers.registry import understand
from tests.fakes.seed import budget_bureau, labour, ocsc, pathum_thani

# The seed organisations by the letter the family tables use.
SEED_ORGS = {"L": labour, "P": pathum_thani, "B": budget_bureau, "O": ocsc}


def intent_of(text: str) -> object:
    """The intent ``understand`` reads from ``text`` on the corpus day."""
    return understand(text, today=TODAY).intent


def settled(text: str, org: str = "L") -> Meaning:
    """What ``text`` means to organisation ``org`` (a key of ``SEED_ORGS``) on the corpus day."""
    return meaning(understand(text, today=TODAY).intent, SEED_ORGS[org]())


def stored_at_once(text: str, org: str = "L") -> bool:
    """Whether ``text`` would store something on a confirmation's tap or at once: any write
    but a unit told with no word of registering, which is asked back first
    (``RegisterUnit.ask``, a card naming the unit)."""
    intent = settle(understand(text, today=TODAY).intent, SEED_ORGS[org]())
    if isinstance(intent, RegisterUnit) and intent.ask:
        return False
    return category(*meaning(intent, SEED_ORGS[org]())) == "write"


def asked_back_as_registration(text: str, org: str = "L") -> str | None:
    """The unit ``text`` is asked back as the sender's registration in, if it is."""
    intent = settle(understand(text, today=TODAY).intent, SEED_ORGS[org]())
    return intent.unit if isinstance(intent, RegisterUnit) and intent.ask else None


def read_as_writes(texts: Sequence[str], org: str = "L") -> list[str]:
    """The texts among ``texts`` (questions all) that ``org`` would read as a write."""
    return [text for text in texts if category(*settled(text, org)) == "write"]


def unlabelled_writes(cases: Sequence[tuple[str, str, str, dict[str, Any]]]) -> list[str]:
    """The texts of a family table's rows (organisation key, text, intent, slots) labelled as no
    write that are read as one: the worst error, checked for every table of questions."""
    return [
        t
        for org, t, intent, slots in cases
        if category(intent, slots) != "write" and read_as_writes([t], org)
    ]


def readings(cases: Sequence[tuple[str, str, str, dict[str, Any]]]) -> pytest.MarkDecorator:
    """A family table's rows (organisation key, text, intent, settled slots) as the parameters
    ``org, text, intent, slots`` of a test, each named by its text."""
    # A row may be a ``pytest.param`` (a known defect marked xfail): named by its text too.
    ids = [getattr(case, "values", case)[1] for case in cases]
    return pytest.mark.parametrize(("org", "text", "intent", "slots"), cases, ids=ids)


def distinct(texts: Iterable[str]) -> list[str]:
    """Each text of ``texts`` once, in the order first seen: a test that checks every text of a
    list checks the same by checking each distinct one once (a text and its lower case, its
    normal form and its masked form are often the same text)."""
    return list(dict.fromkeys(texts))


@cache
def typed_extractions() -> tuple[tuple[str, str, Extraction], ...]:
    """Every typed line (``typed_lines``) with its normal form and what ``extract`` reads in that
    on the corpus day, made once per test process for the tests that go over all of them."""
    found = []
    for line in typed_lines():
        normalised = normalise(line)
        found.append((line, normalised, extract(normalised, today=TODAY)))
    return tuple(found)


def typed_lines() -> Iterator[str]:
    """Every development text of the corpus and every typed line of the golden conversations."""
    for part in corpus_parts()["dev"]:
        yield from (example.text for example in load(part))
    for node in files_in("conversations", pattern="*.conv"):
        lines = node.read_text(encoding="utf-8").splitlines()
        yield from (re.sub(r"\s+#help:\S+$", "", line[2:]) for line in lines if line[:2] == "> ")


def texts_handed(
    module: ModuleType, handed: Sequence[str], returned: Sequence[str] = ()
) -> dict[str, tuple[str, ...]]:
    """Every typed line as typed, in lower case and normalised (``"typed"``), and, with those,
    the texts each of ``module``'s functions named in ``handed`` is handed while ``normalise``
    reads the lines, and (under ``"<name> returned"``) the texts each named in ``returned``
    gives back: what a cheap test placed before or after such a pass sees."""
    seen: dict[str, list[str]] = {name: [] for name in handed}
    seen |= {f"{name} returned": [] for name in returned}
    reals: dict[str, Callable[[str], object]] = {
        name: getattr(module, name) for name in (*handed, *returned)
    }

    def recording(name: str) -> Callable[[str], object]:
        real = reals[name]

        def passed(text: str) -> object:
            if name in seen:
                seen[name].append(text)
            said = real(text)
            if name in returned:
                seen[f"{name} returned"].append(str(said))
            return said

        return passed

    lines = list(typed_lines())
    try:
        for name in reals:
            setattr(module, name, recording(name))
        normalised = [normalise(line) for line in lines]
    finally:
        for name, real in reals.items():
            setattr(module, name, real)
    typed = [*lines, *(line.lower() for line in lines), *normalised]
    return {name: tuple(distinct([*typed, *texts])) for name, texts in seen.items()} | {
        "typed": tuple(distinct(typed))
    }
