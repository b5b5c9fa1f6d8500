"""A finished plan with its dimensions (มิติ): restated, warned of, refused, or ignored by step."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from handlers.intents import MarkStep
from handlers.render_text import render_reply
from handlers.step_submissions import handle_mark_step
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Member, Organisation, Submission, SubmissionAction, SubmissionKind, Unit
from kpi_core.plan import load_plan
from tests.fakes.chat import context
from tests.fakes.ports import FakePendingActions, FakePorts, fake_ports

DATA = Path(__file__).resolve().parents[2] / "data"
NOW = datetime(2025, 1, 28, 9, 30, tzinfo=BANGKOK)
UNIT = "กองการเจ้าหน้าที่"
SOMYING = Member("Usomying", "สำนักงานปลัดกระทรวงแรงงาน", unit=UNIT)
NAMES = {1: "1 เปิดกว้างและเชื่อมโยง", 2: "2 ยึดประชาชนเป็นศูนย์กลาง", 3: "3 มีขีดสมรรถนะสูงและทันสมัย"}


@pytest.fixture(scope="module")
def ministry() -> Organisation:
    plan = load_plan(json.loads((DATA / "plans" / "mol_pmqa_2568.json").read_text("utf-8")))
    return replace(plan.organisation, units=(Unit(UNIT), Unit("กองนิติการ")))


@pytest.fixture
def ports(ministry: Organisation) -> FakePorts:
    return fake_ports(ministry, members=[SOMYING])


def answer(ports: FakePorts, intent: MarkStep, rows: Sequence[Submission] = ()) -> str:
    """The handler's reply text to สมหญิง in her team's group; it reads only the ledger and
    writes only a pending action."""
    ports.submissions.load(SOMYING.organisation, *rows)
    ctx = context(ports, SOMYING, now=NOW, using=("submissions", "pending"))
    return render_reply(handle_mark_step(intent, ctx))


def drafted(pending: FakePendingActions) -> Submission:
    (action,) = pending.added
    return action.submission


def test_a_plan_lacking_a_dimension_is_restated_with_a_warning(ports: FakePorts) -> None:
    text = answer(ports, MarkStep("3", dimensions=(1, 3)))
    assert f"มิติ: {NAMES[1]}, {NAMES[3]}" in text
    assert "แผนขาดมิติ 2 (หัก 0.5 คะแนนต่อมิติ)" in text
    assert drafted(ports.pending).dimensions == frozenset({1, 3})


def test_every_dimension_means_the_indicators_own_and_warns_of_nothing(ports: FakePorts) -> None:
    text = answer(ports, MarkStep("แผน", all_dimensions=True))
    assert f"มิติ: {NAMES[1]}, {NAMES[2]}, {NAMES[3]}" in text and "แผนขาดมิติ" not in text
    assert drafted(ports.pending).dimensions == frozenset({1, 2, 3})


def test_a_missing_dimension_leaves_the_others_covered(ports: FakePorts) -> None:
    text = answer(ports, MarkStep("3", missing_dimensions=(1, 2)))
    assert f"มิติ: {NAMES[3]}" in text and "แผนขาดมิติ 1, 2 (หัก 0.5 คะแนนต่อมิติ)" in text
    assert drafted(ports.pending).dimensions == frozenset({3})


def test_unstated_dimensions_are_asked_for_and_stored_as_unknown(ports: FakePorts) -> None:
    text = answer(ports, MarkStep("3"))
    assert "มิติ: ยังไม่ระบุ (พิมพ์เช่น 'ส่งแผนแล้ว ครบ 3 มิติ')" in text
    assert "แผนขาดมิติ" not in text and drafted(ports.pending).dimensions == frozenset()


@pytest.mark.parametrize(
    ("intent", "reply"),
    [
        (MarkStep("3", dimensions=(1, 4)), "ไม่มีมิติ 4 ครับ ตัวชี้วัดนี้มี 3 มิติ: "),
        (MarkStep("3", missing_dimensions=(9,)), "ไม่มีมิติ 9 ครับ"),
        (MarkStep("3", missing_dimensions=(1, 2, 3)), "แผนต้องครอบคลุมอย่างน้อย 1 มิติครับ"),
    ],
    ids=["unknown", "unknown-missing", "none-left"],
)
def test_dimensions_that_cannot_be_stored_are_refused_and_nothing_waits(
    ports: FakePorts, intent: MarkStep, reply: str
) -> None:
    assert reply in answer(ports, intent)
    assert ports.pending.added == []


def test_the_unknown_dimension_reply_lists_the_indicators_dimensions(ports: FakePorts) -> None:
    assert ", ".join(NAMES.values()) in answer(ports, MarkStep("3", dimensions=(4,)))


def test_other_steps_ignore_dimensions(ports: FakePorts) -> None:
    text = answer(ports, MarkStep("1", dimensions=(1, 4)))
    assert "มิติ" not in text and drafted(ports.pending).dimensions == frozenset()


def test_dimensions_alone_name_the_plan_step(ports: FakePorts) -> None:
    text = answer(ports, MarkStep("", all_dimensions=True))
    assert "ขั้นตอนที่ 3" in text and drafted(ports.pending).step == 3


def test_a_correction_naming_no_dimensions_keeps_those_already_stated(ports: FakePorts) -> None:
    earlier = Submission(
        "1", SubmissionKind.STEP, UNIT, step=3, done_on=date(2025, 1, 20), id=7,
        dimensions=frozenset({1, 2}), channel="google_drive",
    )  # fmt: skip
    text = answer(ports, MarkStep("3", done_on=date(2025, 1, 27)), [earlier])
    assert f"มิติ: {NAMES[1]}, {NAMES[2]}" in text and "(แทนรายการเดิม ส่งเมื่อ 20 ม.ค. 2568)" in text
    draft = drafted(ports.pending)
    assert (draft.dimensions, draft.action, draft.supersedes) == (
        frozenset({1, 2}),
        SubmissionAction.CORRECT,
        7,
    )
