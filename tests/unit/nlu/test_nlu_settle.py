"""Settling the words of a message against the organisation's own units, and reading picks."""

from __future__ import annotations

import pytest

from handlers.gating import addressed_text
from handlers.intents import (
    Aspect,
    Deadlines,
    History,
    IndicatorQuery,
    MarkStep,
    Members,
    Missing,
    Status,
)
from handlers.nlu.evaluation import TODAY, meaning
from handlers.nlu.picks import pick
from handlers.nlu.settle import pull_unit, settle
from handlers.ports import Choice
from handlers.registry import understand
from tests.fakes.seed import budget_bureau, labour, ocsc, pathum_thani

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"


@pytest.mark.parametrize(
    ("intent", "settled"),
    [
        (IndicatorQuery("ไอที"), Status(unit=ICT)),
        (IndicatorQuery("pmqa"), IndicatorQuery("pmqa")),
        (History("กองคลัง"), History(unit="กองคลัง")),
        (History("ตัวชี้วัด 1 กค."), History("1", unit="กองคลัง")),
        (MarkStep("แผนกองคลัง"), MarkStep("แผน", unit="กองคลัง")),
        (MarkStep("ไอที รายงานผล"), MarkStep("รายงานผล", unit=ICT)),
        (MarkStep("แผน"), MarkStep("แผน")),
        (Missing(step="it แผน"), Status(unit=ICT)),
        (Missing(step="แผน"), Missing(step="แผน")),
        (Status(unit="สำนักงานปลัดกระทรวงแรงงาน"), Status()),
        # a unit's English name (its alias in the demo data)
        (IndicatorQuery("finance division"), Status(unit="กองคลัง")),
    ],
)
def test_a_unit_inside_other_words_is_taken_out(intent: object, settled: object) -> None:
    assert settle(intent, labour()) == settled


def test_an_organisation_without_units_keeps_the_words() -> None:
    assert settle(MarkStep("แผนกองคลัง"), pathum_thani()) == MarkStep("แผนกองคลัง")
    assert settle(IndicatorQuery("ปทุมธานี"), pathum_thani()) == Status()


def test_an_ascii_alias_is_a_whole_word_only() -> None:
    assert pull_unit("edit แผน", labour(), loosely=False) == (None, "edit แผน")


CHOICES = (Choice("4", "จริยธรรม ชุดที่ 1", "a"), Choice("9", "คะแนนความพร้อมรัฐบาลดิจิทัล", "b"))


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("4", "4"),
        ("๔", "4"),
        ("ตัวที่ 4 ค่ะ", "4"),
        ("ข้อ 9", "9"),
        ("คะแนนความพร้อม", "9"),
        ("7", None),
        ("สถานะ", None),
    ],
)
def test_an_ask_back_is_answered_by_its_number_or_its_name(typed: str, key: str | None) -> None:
    chosen = pick(typed, CHOICES)
    assert (chosen.key if chosen else None) == key
    assert ocsc().indicator("4") is not None


@pytest.mark.parametrize("prefix", ["บอท ", "น้องบอท ", "bot ", "/"])
def test_every_group_prefix_is_cut_the_longest_first(prefix: str) -> None:
    assert addressed_text(f"{prefix}สถานะ", shared=True, mentioned_self=False) == "สถานะ"


@pytest.mark.parametrize(
    ("intent", "organisation"),
    [
        # The organisation's own short name and aliases name the organisation, not a unit.
        (Status(unit="ก.พ."), ocsc),
        (Status(unit="สำนักงาน ก.พ."), ocsc),
        (Status(unit="OCSC"), ocsc),
        (Status(unit="สป.รง."), labour),
        (IndicatorQuery("สป.รง."), labour),
    ],
)
def test_the_organisations_own_names_ask_for_its_status(intent: object, organisation) -> None:
    assert settle(intent, organisation()) == Status()


def test_another_organisations_short_name_is_not_the_organisation() -> None:
    # ก.พ.ร. (OPDC) holds ก.พ. (OCSC) but is another organisation.
    assert settle(Status(unit="ก.พ.ร."), ocsc()) == Status(unit="ก.พ.ร.")


@pytest.mark.parametrize(
    ("intent", "settled"),
    [
        # "รายชื่อ PMQA Team" is what step 1 delivers: a step, not the PMQA indicator.
        (Missing(indicator="รายชื่อ pmqa team"), Missing(step="1")),
        (Missing(indicator="pmqa team"), Missing(step="1")),
        # PMQA alone is the indicator the steps belong to.
        (Missing(indicator="pmqa"), Missing(indicator="pmqa")),
    ],
)
def test_words_naming_a_step_better_than_an_indicator_are_the_step(
    intent: object, settled: object
) -> None:
    assert settle(intent, labour()) == settled


@pytest.mark.parametrize(
    ("intent", "settled"),
    [
        # ก.พ. is no unit of สป.รง.: the month, for which a status has no slot.
        (Status(unit="ก.พ."), Status()),
        # ก.ค. is กองคลัง's short name here, before it is July.
        (Status(unit="กค."), Status(unit="กค.")),
        (Deadlines(step="ก.พ."), Deadlines(month=2)),
        (Deadlines(step="กุมภา"), Deadlines(month=2)),
        (Deadlines(step="มีนาคม"), Deadlines(month=3)),
        (Deadlines(step="แผน"), Deadlines(step="แผน")),
    ],
)
def test_a_month_that_is_no_unit_or_step_is_the_month(intent: object, settled: object) -> None:
    assert settle(intent, labour()) == settled


def test_the_organisations_own_name_asks_for_its_deadlines() -> None:
    assert settle(Deadlines(step="ก.พ."), ocsc()) == Deadlines()


@pytest.mark.parametrize(
    ("words", "settled"),
    [
        # The measure word starts one indicator's title: kept.
        ("คะแนนความพร้อมรัฐบาลดิจิทัล", "คะแนนความพร้อมรัฐบาลดิจิทัล"),
        # It is the aspect asked about: the words without it name the indicators.
        ("คะแนนจริยธรรม", "จริยธรรม"),
        ("คะแนนจริยธรม", "จริยธรม"),
    ],
)
def test_a_glued_measure_word_stays_only_when_it_names_one_title(words: str, settled: str) -> None:
    intent = IndicatorQuery(words, Aspect.SCORE)
    assert settle(intent, ocsc()) == IndicatorQuery(settled, Aspect.SCORE)


def test_a_units_step_asked_about_is_the_units_status() -> None:
    # "แผนของกองคลังผ่านไหม": a step of one unit, which the unit's status shows.
    intent = IndicatorQuery("แผนของกองคลัง", Aspect.TIER)
    assert settle(intent, labour()) == Status(unit="กองคลัง")


def test_the_kind_of_organisation_in_its_names_is_the_organisation() -> None:
    # ปทุมธานี is also called จังหวัดปทุมธานี: "ภาพรวมจังหวัด" asks for the province's status.
    assert settle(IndicatorQuery("จังหวัด"), pathum_thani()) == Status()


@pytest.mark.parametrize("words", ["สำนักงบประมาณ", "Budget Bureau", "สงป."])
def test_the_organisations_exact_name_outranks_titles_that_mention_it(words: str) -> None:
    # Two titles of สำนักงบประมาณ's indicators end "…กับสำนักงบประมาณ": the name is the status.
    assert settle(IndicatorQuery(words, Aspect.SCORE), budget_bureau()) == Status()


def test_words_that_name_no_step_but_an_indicator_ask_who_has_not_sent_it() -> None:
    assert settle(Missing(step="dg"), ocsc()) == Missing(indicator="dg")
    assert settle(Missing(step="แผน"), labour()) == Missing(step="แผน")


@pytest.mark.parametrize(
    ("step", "settled"),
    [("ไอที", Deadlines()), ("กองคลัง แผน", Deadlines(step="แผน")), ("กค.", Deadlines())],
)
def test_a_unit_asking_its_deadlines_asks_the_same_deadlines(step: str, settled: object) -> None:
    assert settle(Deadlines(step=step), labour()) == settled


def test_a_units_english_name_names_it_in_any_question() -> None:
    read = understand("members of Legal Affairs Division", today=TODAY).intent
    assert isinstance(read, Members)
    assert meaning(read, labour()) == ("Members", {"unit": "กองนิติการ"})
