"""The demo ministry's whole FY2568 on a fixed clock: steps on time, late and never sent; the
overdue lists after each deadline; the September windows; the year-end summary; the close.

Every expectation is computed by hand from the seed-003 rules (README, "Scoring"):
level = consecutive steps passed from step 1; −0.05 late, −0.5 per missing dimension.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from handlers.common import organisation_status
from handlers.deadlines import handle_missing
from handlers.intents import Missing
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Submission, SubmissionKind
from kpi_core.status import IndicatorStatus
from tests.fakes.chat import context, press, say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import text_of, texts
from tests.fakes.seed import COORDINATOR, SOMCHAI, SOMYING, mol_units

MOL = "สำนักงานปลัดกระทรวงแรงงาน"
# กลุ่มพัฒนาระบบบริหาร, กองกลาง, กองการเจ้าหน้าที่, กองคลัง, กองนิติการ, ศทส.
ALL = KPR, KK, KJ, KC, KNT, IT = mol_units()
EVERY_DIMENSION = frozenset({1, 2, 3})
# (unit, step, done on, extra fields): what the units record through the year, besides the two
# plans sent in chat (กองคลัง on 27 Jan, กองการเจ้าหน้าที่ late on 5 Feb).
RECORDED = [
    (KPR, 1, date(2024, 11, 25), {}),
    (KK, 1, date(2024, 11, 26), {}),
    (KJ, 1, date(2024, 11, 28), {}),
    (KC, 1, date(2024, 11, 29), {}),
    (IT, 1, date(2024, 11, 27), {}),
    (KNT, 1, date(2024, 12, 2), {}),  # three days late: −0.05
    (KPR, 2, date(2024, 12, 20), {"value": Decimal(100)}),
    (KK, 2, date(2024, 12, 20), {"value": Decimal(100)}),
    (KJ, 2, date(2024, 12, 20), {"value": Decimal(90)}),
    (KC, 2, date(2024, 12, 20), {"value": Decimal("87.5")}),
    (KNT, 2, date(2024, 12, 20), {"value": Decimal(100)}),
    (IT, 2, date(2024, 12, 20), {"value": Decimal(80)}),  # below 85 %: stops at level 1
    (KPR, 3, date(2025, 1, 20), {"dimensions": EVERY_DIMENSION, "channel": "google_drive"}),
    (KK, 3, date(2025, 1, 20), {"dimensions": EVERY_DIMENSION, "channel": "google_drive"}),
    (KPR, 4, date(2025, 9, 20), {"channel": "google_drive"}),
    (KK, 4, date(2025, 9, 24), {"channel": "google_drive"}),  # the last day: on time
    (KJ, 4, date(2025, 9, 26), {"channel": "google_drive"}),  # two days late: −0.05
    (KPR, 5, date(2025, 9, 30), {"plan_met": 8, "plan_total": 8}),
    (KK, 5, date(2025, 9, 29), {"plan_met": 7, "plan_total": 8}),  # 87.5 % ≥ 85 %
]


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), BANGKOK)


@pytest.fixture
def year(mol: FakePorts) -> FakePorts:
    """สป.รง. with every recorded step and the two plans sent in chat."""
    for unit, step, done_on, extra in RECORDED:
        row = Submission(
            "1",
            SubmissionKind.STEP,
            unit=unit,
            step=step,
            done_on=done_on,
            submitted_by="Urecorder",
            submitted_at=_at(done_on),
            **extra,  # type: ignore[arg-type]
        )
        mol.submissions.append(MOL, row)
    _send(mol, SOMCHAI, "ส่งแผนแล้ว มิติ 1 และ 3", date(2025, 1, 27))  # lacks a dimension: −0.5
    _send(mol, SOMYING, "ขั้นตอนที่ 3 ส่งแล้ว ครบทุกมิติ", date(2025, 2, 5))  # late: −0.05
    return mol


def _send(ports: FakePorts, who: object, text: str, day: date) -> None:
    reply = say(ports, text, who, now=_at(day))
    confirm = next(a for a in reply.quick_replies if a.label == "ยืนยัน")
    assert texts(press(ports, confirm, who, now=_at(day)))[0].startswith("บันทึกแล้ว ✓")


def _status(ports: FakePorts, day: date) -> IndicatorStatus:
    ctx = context(ports, COORDINATOR, now=_at(day))
    [status] = organisation_status(ctx, ctx.organisation).indicators
    return status


def _overdue(ports: FakePorts, day: date) -> list[tuple[int, int, tuple[str | None, ...]]]:
    view = _status(ports, day).milestones
    assert view is not None
    return [(o.step.number, o.days_overdue, o.missing_units) for o in view.overdue]


def _next(ports: FakePorts, day: date) -> tuple[int, bool, tuple[str, ...]] | None:
    deadline = _status(ports, day).deadline
    return (
        None
        if deadline is None
        else (deadline.step.number, deadline.is_open, deadline.missing_units)
    )


@pytest.mark.parametrize(
    ("day", "overdue", "next_step"),
    [
        (date(2024, 11, 29), [], (1, True, (KNT,))),
        (date(2024, 11, 30), [(1, 1, (KNT,))], (3, False, ())),  # plans open on 17 Jan
        (date(2024, 12, 3), [], (3, False, ())),
        (date(2025, 1, 17), [], (3, True, ALL)),  # the window opens: nobody has sent
        (date(2025, 1, 28), [], (3, True, (KJ, KNT, IT))),
        (date(2025, 2, 3), [(3, 3, (KJ, KNT, IT))], (4, False, ())),
        (date(2025, 2, 6), [(3, 6, (KNT, IT))], (4, False, ())),
        (date(2025, 9, 14), [(3, 226, (KNT, IT))], (4, False, ())),
        (date(2025, 9, 15), [(3, 227, (KNT, IT))], (4, True, ALL)),
        (date(2025, 9, 25), [(3, 237, (KNT, IT)), (4, 1, (KJ, KC, KNT, IT))], (5, True, ALL)),
        (
            date(2025, 10, 1),
            [(3, 243, (KNT, IT)), (4, 7, (KC, KNT, IT)), (5, 1, (KJ, KC, KNT, IT))],
            None,
        ),
    ],
)
def test_the_overdue_steps_and_the_next_one_on_each_day(
    year: FakePorts, day: date, overdue: list, next_step: tuple | None
) -> None:
    assert _overdue(year, day) == overdue
    assert _next(year, day) == next_step


def test_the_final_levels_and_scores_are_computed_as_by_hand(year: FakePorts) -> None:
    view = _status(year, date(2025, 10, 1)).milestones
    assert view is not None
    assert {p.unit: (p.result.level, p.result.score) for p in view.units} == {
        KPR: (5, Decimal(5)),
        KK: (5, Decimal(5)),
        KJ: (4, Decimal("3.90")),  # plan and report each late: 4 − 0.05 − 0.05
        KC: (3, Decimal("2.5")),  # plan lacks dimension 2: 3 − 0.5
        KNT: (2, Decimal("1.95")),  # names late: 2 − 0.05
        IT: (1, Decimal(1)),  # attendance 80 %
    }
    assert view.score is not None
    assert view.score.value == Decimal("19.35") / 6


def test_who_has_not_sent_follows_the_year_to_its_end_and_the_close(year: FakePorts) -> None:
    def missing(day: date) -> str:
        return text_of(handle_missing(Missing(), context(year, COORDINATOR, now=_at(day))))

    assert "ยังไม่เปิดรับ (เปิดรับ 17 ม.ค. 2568)" in missing(date(2024, 12, 3))
    assert "(เลยกำหนด 3 วัน)\nยังไม่ส่ง 3 จาก 6 หน่วยงาน:" in missing(date(2025, 2, 3))
    year_end = missing(date(2025, 10, 1))
    assert year_end.startswith("สิ้นปีงบประมาณ 2568 แล้ว: สรุปผลสิ้นปี")
    assert "ขั้นตอนที่ 5 บรรลุค่าเป้าหมาย ≥ 85% ของตัวชี้วัด\nกำหนดส่ง 30 ก.ย. 2568 (เลยกำหนด 1 วัน)" in year_end

    closing = say(year, "ปิดปีงบประมาณ", COORDINATOR, now=_at(date(2025, 10, 6)))
    confirm = next(a for a in closing.quick_replies if a.label == "ยืนยัน")
    press(year, confirm, COORDINATOR, now=_at(date(2025, 10, 6)), event_id="evt-close")
    closed = missing(date(2025, 12, 1))
    assert closed.startswith("ปีงบประมาณ 2568 ปิดแล้ว (6 ต.ค. 2568)")
    assert "(เลยกำหนด 248 วัน)" in closed  # as of the close, not of today
    refused = say(year, "ขั้นตอนที่ 4 ส่งแล้ว", SOMCHAI, now=_at(date(2025, 12, 1)))
    assert "ปีงบประมาณ 2568 ปิดแล้ว บันทึกเพิ่มไม่ได้ครับ" in text_of(refused)
