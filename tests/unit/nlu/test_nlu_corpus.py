"""The development part of the labelled corpus (data/understanding/dev.jsonl) stays understood.

The held-out part is never tuned on and never asserted here: bench/bench_understanding.py
reports it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache

from handlers.intents import IndicatorQuery, MarkStep, Status, SubmitValue
from handlers.nlu.evaluation import (
    Example,
    Score,
    category,
    corpus_parts,
    evaluate,
    load,
    meaning,
)
from tests.fakes.seed import budget_bureau, labour, ocsc, pathum_thani
from tests.fakes.understanding import intent_of

FLOOR = 0.88  # share of development messages read right (intent and slots)


def _organisations() -> dict:
    return {org.name: org for org in (labour(), pathum_thani(), budget_bureau(), ocsc())}


def _all(kind: str) -> list:
    return [example for part in corpus_parts()[kind] for example in load(part)]


@cache
def _development_score() -> Score:
    """The development part read once (some 35,000 texts), for every test that checks it: the
    reading of a text on the corpus day does not change between two tests."""
    return evaluate(_all("dev"), _organisations(), intent_of)


def test_the_corpus_has_five_hundred_messages_in_two_kinds_of_part_with_distinct_texts() -> None:
    dev, held = _all("dev"), _all("heldout")
    assert len(dev) + len(held) >= 500
    held_texts = {e.text for e in held}
    # Only the development ids are named: a failure must not print a held-out message.
    assert not [e.id for e in dev if e.text in held_texts]
    assert len({e.id for e in dev + held}) == len(dev) + len(held)


def test_every_label_names_an_organisation_of_the_seeds() -> None:
    names = set(_organisations())
    assert {e.organisation for e in _all("dev") + _all("heldout")} <= names


def test_the_development_part_is_understood_above_its_floor() -> None:
    score = _development_score()
    misses = [(e.text, got) for e, got in score.misses]
    assert score.accuracy >= FLOOR, misses


def test_no_development_question_is_read_as_a_write() -> None:
    score = _development_score()
    wrong = [
        e.text
        for e, got in score.misses
        if category(e.intent, e.slots) == "question" and category(*got) == "write"
    ]
    assert score.questions_as_writes == 0, wrong


def test_a_label_is_compared_by_meaning_not_by_the_words_kept() -> None:
    org = labour()
    ict = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
    assert meaning(IndicatorQuery("ไอที"), org) == ("Status", {"unit": ict})
    assert meaning(Status(unit="กค."), org) == ("Status", {"unit": "กองคลัง"})
    step = MarkStep("แผน", value=Decimal("90.0"), done_on=date(2025, 1, 30), all_dimensions=True)
    assert meaning(step, org) == (
        "MarkStep",
        {"step": "3", "value": "90", "done_on": "2025-01-30", "dims": [1, 2, 3]},
    )


def test_a_count_of_plan_indicators_names_the_plan_results_step_as_the_handler_reads_it() -> None:
    # "บรรลุ 7 จาก 8 ตัวชี้วัด" names no step; the handler takes the plan-results step (5).
    assert meaning(MarkStep("", met=7, of=8), labour()) == (
        "MarkStep",
        {"step": "5", "met": 7, "of": 8},
    )


def test_a_link_names_its_channel_as_the_handler_reads_it() -> None:
    link = "https://drive.google.com/drive/folders/1AbC"
    assert meaning(MarkStep("แผน", links=(link,)), labour()) == (
        "MarkStep",
        {"step": "3", "links": [link], "channel": "google_drive"},
    )


def test_the_typed_value_is_compared_by_its_number_not_by_its_digits_or_separators() -> None:
    # raw_value echoes the number as typed: Thai or Arabic digits, with or without the thousands
    # separator or the percent word, are the same number typed; the value and percent slots
    # carry its meaning. A different number typed is still a miss.
    org = pathum_thani()
    typed = SubmitValue("ท่องเที่ยว", Decimal("1480.5"), "๑,๔๘๐.๕ ล้านบาท")
    got = meaning(typed, org)
    for label in ("1480.5", "1,480.5", "๑,๔๘๐.๕"):
        example = Example(
            "t1",
            org.name,
            "ท่องเที่ยว ๑,๔๘๐.๕ ล้านบาท",
            "SubmitValue",
            {"indicator": "3", "value": "1480.5", "raw_value": label},
        )
        assert evaluate([example], {org.name: org}, lambda _t: typed).right == 1, label
    assert got[1]["raw_value"] == "๑,๔๘๐.๕ ล้านบาท"  # the settled meaning keeps it as typed
    wrong = Example(
        "t2",
        org.name,
        "ท่องเที่ยว 1480",
        "SubmitValue",
        {"indicator": "3", "value": "1480.5", "raw_value": "1480"},
    )
    assert evaluate([wrong], {org.name: org}, lambda _t: typed).right == 0


def test_a_label_stating_a_default_value_means_the_same_as_one_leaving_it_out() -> None:
    # "สรุปตัวชี้วัดขยะให้หน่อย" asks the summary, the aspect an indicator question takes when none
    # is named: a label may say so or leave it out. A label naming another aspect still differs.
    org = pathum_thani()
    summary = IndicatorQuery("ขยะ")
    for slots in ({"indicator": "2", "aspect": "summary"}, {"indicator": "2"}):
        example = Example("t3", org.name, "สรุปตัวชี้วัดขยะให้หน่อย", "IndicatorQuery", slots)
        assert evaluate([example], {org.name: org}, lambda _t: summary).right == 1, slots
    result = Example(
        "t4", org.name, "ขยะได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}
    )
    assert evaluate([result], {org.name: org}, lambda _t: summary).right == 0
