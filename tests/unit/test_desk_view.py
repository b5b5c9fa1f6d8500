"""The desk's view of a status: grid cells, rows, the level chart and the PMQA band."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from handlers.desk_permissions import (
    COORDINATOR_ONLY,
    NOT_MEMBER,
    SIGNED_OUT,
    DeskAct,
    desk_refusal,
)
from handlers.desk_view import PMQA_BOUNDS, bands, cell, grids, level_chart, pmqa_band_labels
from handlers.replies import Tone
from kpi_core.models import Member, Role
from kpi_core.scoring import PmqaLevel, StepState, StepStatus, pmqa_level
from kpi_core.status import build_status
from tests.fakes.seed import budget_bureau, demo_rows, labour

TODAY = date(2025, 1, 28)


def _labour_status():
    org = labour()
    return build_status(org, demo_rows(org.name), today=TODAY)


def test_a_late_step_reads_late_with_its_date_in_thai() -> None:
    found = cell(StepStatus(1, StepState.LATE, date(2024, 11, 29), None, date(2024, 12, 2)))
    assert (found.label, found.when, found.tone) == ("ส่งช้า", "2 ธ.ค. 2567", Tone.WARN)


def test_an_open_step_reads_its_due_date_and_an_upcoming_one_its_opening() -> None:
    open_ = cell(StepStatus(3, StepState.OPEN, date(2025, 1, 31), date(2025, 1, 17), None))
    later = cell(StepStatus(4, StepState.UPCOMING, date(2025, 9, 24), date(2025, 9, 15), None))
    assert (open_.label, open_.when) == ("รอส่ง", "ภายใน 31 ม.ค. 2568")
    assert (later.label, later.when, later.tone) == ("ยังไม่เปิด", "เปิด 15 ก.ย. 2568", Tone.NEUTRAL)


def test_the_grid_has_a_row_per_unit_with_its_place_level_score_and_deductions() -> None:
    (grid,) = grids(_labour_status())
    assert [r.unit for r in grid.rows][:2] == ["กลุ่มพัฒนาระบบบริหาร", "กองกลาง"]
    kongklang = next(r for r in grid.rows if r.unit == "กองคลัง")
    assert (kongklang.number, kongklang.level, kongklang.score) == (4, 3, Decimal("2.5"))
    assert kongklang.deducted == Decimal("0.5")
    assert [c.label for c in kongklang.cells][:3] == ["ส่งแล้ว", "ส่งแล้ว", "ส่งแล้ว"]
    assert grid.mean_score == "2.08/5"
    assert grid.deadline is not None and grid.deadline.step == 3


def test_the_level_chart_has_a_bar_per_unit_on_the_five_level_scale() -> None:
    chart = level_chart(_labour_status())
    assert chart is not None and chart.maximum == 5
    assert len(chart.bars) == 6
    assert chart.footer == "คะแนนเฉลี่ย 2.08/5"


def test_a_pmqa_score_is_placed_in_its_level_band() -> None:
    org = budget_bureau()
    status = build_status(org, demo_rows(org.name), today=TODAY)
    (band,) = bands(status)
    assert band.value == Decimal("395.50")
    assert band.level == PmqaLevel.BASIC.label_th


def test_the_band_bounds_are_the_pmqa_levels_own() -> None:
    starts = [pmqa_level(low) for low in PMQA_BOUNDS[:-1]]
    assert starts == [PmqaLevel.NOT_YET, PmqaLevel.BASIC, PmqaLevel.ADVANCE, PmqaLevel.SIGNIFICANCE]
    assert all(
        pmqa_level(high - Decimal("0.01")) == level
        for high, level in zip(PMQA_BOUNDS[1:-1], starts, strict=False)
    )
    assert len(pmqa_band_labels()) == 4


MEMBER = Member("U1", "สป.รง.", "กองคลัง")
COORDINATOR = Member("U2", "สป.รง.", role=Role.COORDINATOR)
DESK_TABLE = {
    # (member, organisation of the session) -> act -> refusal
    (None, None): {
        DeskAct.OVERVIEW: SIGNED_OUT,
        DeskAct.AUDIT: SIGNED_OUT,
        DeskAct.EXPORT: SIGNED_OUT,
    },
    (MEMBER, "สป.รง."): {
        DeskAct.OVERVIEW: None,
        DeskAct.AUDIT: COORDINATOR_ONLY,
        DeskAct.EXPORT: COORDINATOR_ONLY,
    },
    (COORDINATOR, "สป.รง."): {DeskAct.OVERVIEW: None, DeskAct.AUDIT: None, DeskAct.EXPORT: None},
    (COORDINATOR, "ปทุมธานี"): {
        DeskAct.OVERVIEW: NOT_MEMBER,
        DeskAct.AUDIT: NOT_MEMBER,
        DeskAct.EXPORT: NOT_MEMBER,
    },
}


def test_who_may_see_what_on_the_desk() -> None:
    for (member, organisation), acts in DESK_TABLE.items():
        assert set(acts) == set(DeskAct)
        for act, why in acts.items():
            assert desk_refusal(member, organisation, act) == why, (member, organisation, act)


def test_the_unit_page_shows_a_steps_stored_links_and_those_in_its_note() -> None:
    from handlers.desk_unit import unit_view
    from kpi_core.models import Submission, SubmissionKind

    drive = "https://drive.google.com/drive/folders/1AbC"
    step = Submission(
        "1", SubmissionKind.STEP, unit="กองคลัง", step=3, done_on=date(2025, 1, 27),
        channel="google_drive", links=(drive,), note=f"ดูที่ {drive} และ https://x.org/a",
    )  # fmt: skip
    org = labour()
    rows = [*demo_rows(org.name), step]
    page = unit_view(build_status(org, rows, today=TODAY, unit="กองคลัง"), rows)
    evidence = next(e for e in page.indicators[0].evidence if e.step.number == 3)
    assert evidence.links == (drive, "https://x.org/a")
