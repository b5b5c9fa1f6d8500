"""The plan's fiscal year: running, ended (summary stands), closed (read-only, as of the close)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from kpi_core.models import Organisation, Submission, SubmissionKind, YearClose
from kpi_core.status import build_status
from kpi_core.year_end import YearPhase, may_close, rows_of_plan_year, year_standing
from tests.fakes.seed import demo_rows, labour, pathum_thani

CLOSE = YearClose(2568, datetime(2025, 10, 6, 3, 0, tzinfo=UTC), "Ucoordinator")


def _closed(org: Organisation) -> Organisation:
    return replace(org, year_closes=(CLOSE,))


def test_the_year_runs_until_the_thirtieth_of_september_then_its_summary_stands() -> None:
    org = labour()
    assert year_standing(org, date(2025, 9, 30)).phase is YearPhase.RUNNING
    assert year_standing(org, date(2025, 10, 1)).phase is YearPhase.ENDED
    assert may_close(org, date(2025, 9, 30)) == (
        "ปีงบประมาณ 2568 ยังไม่สิ้นสุด ปิดปีได้ตั้งแต่ 1 ต.ค. 2568 ครับ"
    )
    assert may_close(org, date(2025, 10, 1)) is None


def test_a_closed_year_is_read_only_and_shown_as_of_the_day_it_was_closed() -> None:
    standing = year_standing(_closed(labour()), date(2026, 1, 15))
    assert (standing.phase, standing.as_of, standing.read_only) == (
        YearPhase.CLOSED,
        date(2025, 10, 6),
        True,
    )
    assert may_close(_closed(labour()), date(2026, 1, 15)) == "ปีงบประมาณ 2568 ปิดไปแล้วครับ"


def test_the_closed_years_summary_does_not_move_after_the_close() -> None:
    org = _closed(labour())
    status = build_status(org, demo_rows(org.name), today=date(2026, 1, 15))
    assert status.today == date(2025, 10, 6)
    overdue = status.indicators[0].milestones.overdue
    assert [(o.step.number, o.days_overdue, len(o.missing_units)) for o in overdue] == [
        (3, 248, 4),
        (4, 12, 6),
        (5, 6, 6),
    ]


def test_the_next_years_plan_starts_from_its_own_rows_and_keeps_the_baselines() -> None:
    org = replace(_closed(labour()), fiscal_year=2569)
    before = Submission(
        "1", SubmissionKind.STEP, unit="กองกลาง", step=1, submitted_at=CLOSE.closed_at
    )
    base = Submission("1", SubmissionKind.BASELINE, value=Decimal(3), submitted_at=CLOSE.closed_at)
    after = replace(before, submitted_at=datetime(2025, 11, 1, tzinfo=UTC))
    assert rows_of_plan_year(org, [before, base, after]) == [base, after]
    assert year_standing(org, date(2025, 11, 2)).phase is YearPhase.RUNNING


def test_an_organisation_without_a_plan_year_never_ends_its_year() -> None:
    org = pathum_thani()
    assert year_standing(org, date(2026, 1, 1)).phase is YearPhase.RUNNING
    assert may_close(org, date(2026, 1, 1)) == "ปทุมธานี ไม่มีแผนตามปีงบประมาณให้ปิดปีครับ"
