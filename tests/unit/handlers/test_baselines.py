"""Baselines by chat: a previous year's PMQA score is the baseline, never this year's result."""

from __future__ import annotations

from decimal import Decimal

import pytest

from handlers.common import organisation_status
from handlers.status_view import indicator_view
from kpi_core.models import SubmissionKind
from tests.fakes.chat import context, press, say
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.reading import cards, rows, text_of
from tests.fakes.seed import OCSC_COORDINATOR, PATHUM, ocsc

OCSC = "สำนักงานคณะกรรมการข้าราชการพลเรือน"


@pytest.fixture
def civil_service() -> FakePorts:
    """สำนักงาน ก.พ. and its coordinator."""
    return fake_ports(ocsc(), members=[OCSC_COORDINATOR])


def _pmqa_view(ports: FakePorts):  # noqa: ANN202
    ctx = context(ports, OCSC_COORDINATOR)
    status = organisation_status(ctx, ctx.organisation)
    return indicator_view(next(s for s in status.indicators if s.indicator.code == "10"))


def test_a_previous_years_score_is_restated_as_the_baseline_with_its_group_and_tiers(
    civil_service: FakePorts,
) -> None:
    reply = say(civil_service, "คะแนน PMQA ปี 2566 = 380", OCSC_COORDINATOR)
    (card,) = cards(reply)
    assert [r.value for r in rows(card)] == [
        "ตัวชี้วัด 10: PMQA 4.0",
        "ค่าฐาน (ผลปี 2566) = 380 — ไม่ใช่ผลของปีนี้",
        "กลุ่มที่ 2: ขั้นต้น 350 · มาตรฐาน 380 · ขั้นสูง 418",
        "PMQA 4.0 ปีฐาน: ระดับพื้นฐาน (Basic)",
    ]


def test_a_confirmed_baseline_selects_the_group_and_is_no_result(civil_service: FakePorts) -> None:
    reply = say(civil_service, "คะแนน PMQA ปี 66 = 380", OCSC_COORDINATOR)
    press(civil_service, reply.quick_replies[0], OCSC_COORDINATOR)
    ((org, row),) = civil_service.submissions.stored
    assert org == OCSC
    assert (row.kind, row.value, row.indicator_code) == (
        SubmissionKind.BASELINE,
        Decimal(380),
        "10",
    )
    assert row.submitted_by == OCSC_COORDINATOR.line_user_id
    view = _pmqa_view(civil_service)
    assert view.value == "" and view.score == ""
    assert view.group == "กลุ่มที่ 2 (คะแนนปี 2566 = 380)"
    assert view.thresholds == "ขั้นต้น 350 · มาตรฐาน 380 · ขั้นสูง 418"


def test_this_years_score_is_a_result_not_a_baseline(civil_service: FakePorts) -> None:
    reply = say(civil_service, "คะแนน PMQA ปี 2568 = 395", OCSC_COORDINATOR)
    assert [r.value for r in rows(cards(reply)[0])][-1] == "ผล 395"


def test_only_the_coordinator_enters_a_baseline(pathum: FakePorts) -> None:
    reply = say(pathum, "คะแนน PMQA ปี 2564 = 350", PATHUM)
    assert text_of(reply) == "ค่าฐานและการปิดปีงบประมาณ บันทึกได้เฉพาะผู้ประสานงานของ ปทุมธานี ครับ"
    assert pathum.pending.added == []


def test_a_reported_pmqa_score_shows_its_level(pathum: FakePorts) -> None:
    ctx = context(pathum, PATHUM)
    status = organisation_status(ctx, ctx.organisation)
    view = indicator_view(next(s for s in status.indicators if s.indicator.code == "6"))
    assert (view.value, view.pmqa_level) == ("389.76 คะแนน", "ระดับพื้นฐาน (Basic)")


def test_a_baseline_of_another_year_than_the_criteria_name_is_questioned(
    civil_service: FakePorts,
) -> None:
    (card,) = cards(say(civil_service, "คะแนน PMQA ปี 2567 = 390", OCSC_COORDINATOR))
    assert rows(card)[-1].value == "เกณฑ์ของตัวชี้วัดนี้อ้างคะแนนปี 2566 ไม่ใช่ปี 2567"


def test_a_baseline_without_an_indicator_asks_which_and_the_pick_continues(
    civil_service: FakePorts,
) -> None:
    asked = say(civil_service, "ค่าฐาน = 380", OCSC_COORDINATOR)
    pick = next(a for a in asked.quick_replies if a.label.startswith("10."))
    (card,) = cards(press(civil_service, pick, OCSC_COORDINATOR))
    assert rows(card)[1].value == "ค่าฐาน (ผลปีก่อน) = 380 — ไม่ใช่ผลของปีนี้"
