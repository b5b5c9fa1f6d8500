"""Dimensions (มิติ) stated with a finished plan: covered, all, or lacking, typed every which way."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import MarkStep, Missing
from handlers.nlu import DimensionStatement, resolve_dimensions, unknown_dimensions
from handlers.nlu.extract import extract
from handlers.registry import understand
from kpi_core.models import Organisation

TODAY = date(2025, 1, 15)
EVERY = {"all_dimensions": True}


def mark(step: str, *dimensions: int, **fields: object) -> MarkStep:
    """A MarkStep as the table spells it: the step words, then the dimensions covered."""
    return MarkStep(step, dimensions=dimensions, **fields)


DIMENSION_MESSAGES: list[tuple[str, MarkStep]] = [
    # every dimension
    ("ส่งแผนแล้ว ครบ 3 มิติ", mark("แผน", **EVERY)),
    ("ส่งแผนแล้ว ครบ ๓ มิติค่ะ", mark("แผน", **EVERY)),
    ("ส่งแผนแล้ว ครบทุกมิติ", mark("แผน", **EVERY)),
    ("ส่งแผนแล้ว ครบทั้งสามมิติครับ", mark("แผน", **EVERY)),
    ("ส่งแผนแล้ว ครบ ทุก มิติ", mark("แผน", **EVERY)),
    ("ส่งแผนแล้ว ครบถ้วนทุกมิติ", mark("แผน", **EVERY)),
    ("แผนส่งแล้ว ทั้ง 3 มิติ", mark("แผน", **EVERY)),
    ("ส่งแผนครบ 3 มิติ", mark("แผน", **EVERY)),
    ("ขั้นตอนที่ 3 ครบทุกมิติ", mark("3", **EVERY)),
    ("ขั้นตอนที่ 3 ส่งแล้ว ครบ 3 มิติ ทาง google drive", mark("3", channel="google_drive", **EVERY)),
    # the dimensions covered, by number
    ("ขั้นตอนที่ 3 ส่งแล้ว มิติ 1 และ 3", mark("3", 1, 3)),
    ("ขั้นตอนที่ 3 ส่งแล้ว มิติที่ 1, 3", mark("3", 1, 3)),
    ("ขั้นตอนที่ 3 ส่งแล้ว มิติ ๑ ๒", mark("3", 1, 2)),
    ("ขั้นตอนที่ 3 ส่งแล้ว มิติ 1 กับ 2 กับ 3", mark("3", 1, 2, 3)),
    ("แผนส่งแล้ว มิติ 1 และมิติ 3", mark("แผน", 1, 3)),
    ("ส่งแผนแล้ว มิติที่1/2", mark("แผน", 1, 2)),
    ("ขั้นตอนที่ 3 ส่งแล้ว มิติ 3 1 3", mark("3", 3, 1)),
    ("ส่งแผนแล้ว มิติ 4", mark("แผน", 4)),  # kept: the handler says there is no such dimension
    # ... by name, only inside a dimension phrase
    ("ส่งแผนแล้ว มิติเปิดกว้างกับมิติประชาชน", mark("แผน", 1, 2)),
    ("ส่งแผนแล้ว มิติ เปิด กว้าง และ ทันสมัย", mark("แผน", 1, 3)),
    ("ส่งแผนแล้ว มิติขีดสมรรถนะ", mark("แผน", 3)),
    ("ส่งแผนแล้ว มิติยึดประชาชนเป็นศูนย์กลาง", mark("แผน", 2)),
    ("ส่งแผนแล้ว ครอบคลุมมิติเชื่อมโยงและมิติทันสมัย", mark("แผน", 1, 3)),
    # lacking some: every other one is covered, as the indicator defines them
    ("ขั้นตอนที่ 3 ส่งแล้ว ขาดมิติ 2", mark("3", missing_dimensions=(2,))),
    ("ส่งแผนแล้ว ขาด มิติ ที่ 2 และ 3", mark("แผน", missing_dimensions=(2, 3))),
    ("ส่งแผนแล้ว ยกเว้นมิติทันสมัย", mark("แผน", missing_dimensions=(3,))),
    ("ส่งแผนแล้ว ไม่มีมิติประชาชน", mark("แผน", missing_dimensions=(2,))),
    # ... "ขาด 3" after the dimensions named: the word มิติ said once for both
    ("ส่งแผนแล้ว มีมิติ 1 2 ครับ ขาด 3", mark("แผน", 1, 2, missing_dimensions=(3,))),
    ("ส่งแผนแล้ว มิติ 1 ขาด 2 กับ 3", mark("แผน", 1, missing_dimensions=(2, 3))),
    # with a unit, a date and a channel around them
    ("ขั้นตอนที่ 3 ส่งแล้ว กองนิติการ มิติ 1 3", mark("3", 1, 3, unit="กองนิติการ")),
    ("ส่งแผนแล้ว 30 ม.ค. มิติ 1 3", mark("แผน", 1, 3, done_on=date(2025, 1, 30))),
    ("ส่งแผนแล้ว มิติ 1 3 30 ม.ค.", mark("แผน", 1, 3, done_on=date(2025, 1, 30))),
    # nothing stated: a bare count names no dimension, a bare name is no dimension phrase
    ("ส่งแผนแล้ว 2 มิติ", mark("แผน")),
    # "ขาด N" with no dimension phrase says nothing of dimensions
    ("เข้าประชุม 6 จาก 7 ครั้ง ขาด 1", MarkStep("เข้าประชุม", met=6, of=7)),
    ("ส่งแผนแล้ว", mark("แผน")),
]


@pytest.mark.parametrize(("text", "intent"), DIMENSION_MESSAGES)
def test_the_dimensions_of_a_plan_are_read_with_the_step(text: str, intent: MarkStep) -> None:
    assert understand(text, today=TODAY).intent == intent


def test_the_table_holds_at_least_twenty_rows() -> None:
    assert len(DIMENSION_MESSAGES) >= 20


@pytest.mark.parametrize(
    "text", ["ขั้นตอนที่ 3 ส่งแล้ว มิติ 1 และ 3", "ส่งแผนแล้ว ครบ 3 มิติ", "ส่งแผนแล้ว ขาดมิติ 2"]
)
def test_numbers_that_name_dimensions_are_neither_values_nor_steps(text: str) -> None:
    found = extract(text, today=TODAY)
    assert found.numbers == () and found.step in ("", "3")
    assert "DIM" in found.masked


def test_a_dimension_name_outside_a_dimension_phrase_is_not_read() -> None:
    intent = understand("ส่งแผนแล้ว ประชาชน", today=TODAY).intent
    assert isinstance(intent, MarkStep) and intent.dimensions == ()


def test_asking_who_lacks_a_plan_with_every_dimension_stays_a_question() -> None:
    assert understand("ใครยังไม่ส่งแผนครบ 3 มิติ", today=TODAY).intent == Missing(step="แผน")


def test_a_question_with_dimensions_is_never_a_finished_step() -> None:
    assert not isinstance(understand("ส่งแผน มิติ 1 3 ได้ไหม", today=TODAY).intent, MarkStep)


@pytest.mark.parametrize(
    ("statement", "covered"),
    [
        (DimensionStatement(every=True), {1, 2, 3}),
        (DimensionStatement((1, 3)), {1, 3}),
        (DimensionStatement(missing=(2,)), {1, 3}),
        (DimensionStatement((2,), every=True), {1, 2, 3}),
        (DimensionStatement(), set()),
    ],
)
def test_a_statement_resolves_against_the_indicators_dimensions(
    labour: Organisation, statement: DimensionStatement, covered: set[int]
) -> None:
    assert resolve_dimensions(statement, labour.indicators[0]) == covered


def test_numbers_the_indicator_lacks_are_reported_back(labour: Organisation) -> None:
    statement = DimensionStatement((1, 4), missing=(7,))
    assert unknown_dimensions(statement, labour.indicators[0]) == [4, 7]
