"""Reminders within LINE's monthly quota, read through the SDK from the fake LINE server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from bot.composition import Services
from bot.demo import DEMO_GROUP
from bot.line.quota_api import LineQuotaApi
from bot.reminders.sender import ReminderSender
from kpi_core.fiscal_calendar import BANGKOK
from tests.fakes.fake_line import FakeLineServer

SEPTEMBER = datetime(2025, 9, 1, 9, 0, tzinfo=BANGKOK)
SEND_DAYS = (12, 17, 19, 23, 24, 25, 26, 29, 30)  # steps 4 and 5 under the default policy


@pytest.fixture
def services(
    demo_services_at: Callable[[datetime], Services], line_server: FakeLineServer
) -> Services:
    line_server.quota.limit = 300
    line_server.quota.set_members(DEMO_GROUP, 40)
    return demo_services_at(SEPTEMBER)


def _run(services: Services, day: int, hour: int = 9):
    now = SEPTEMBER.replace(day=day, hour=hour)
    quota = LineQuotaApi(services.settings)
    try:
        return ReminderSender(services.db, services.gateway, claimer="t", quota=quota).run(now)
    finally:
        quota.close()


def _pushed_days(line: FakeLineServer) -> list[str]:
    return [r.messages[0].get("altText", "") for r in line.accepted()]


def test_a_tight_month_holds_the_least_useful_sends_and_never_exceeds_the_quota(
    services: Services, line_server: FakeLineServer
) -> None:
    outcomes = {day: [r.outcome for r in _run(services, day)] for day in SEND_DAYS}
    assert outcomes == {
        12: ["held"],  # before step 4 opens: held
        17: ["held"],  # 7 days before step 4: held
        19: ["sent"],
        23: ["sent"],  # 1 day before step 4, with step 5's 7-day notice
        24: ["sent"],  # step 4's deadline morning
        25: ["sent"],  # step 4 overdue, with step 5's 3-day notice merged in
        26: ["already_handled"],
        29: ["sent"],
        30: ["sent"],  # step 5's deadline morning
    }
    assert line_server.quota.used == 6 * 40 <= 300 - 30
    merged = [r for r in line_server.accepted() if "ขั้นตอนที่ 5" in str(r.body)]
    assert "เลยกำหนดมา 1 วัน" in str(merged[1].body) and "อีก 5 วัน" in str(merged[1].body)
    held = [r for r in services.db.reminder_deliveries.list() if r.state == "skipped"]
    assert sorted((r.step, r.kind, r.offset) for r in held) == [
        (4, "before_due", 7),
        (4, "before_open", 0),
    ]


def test_with_most_of_the_quota_used_only_the_deadline_morning_goes_out(
    services: Services, line_server: FakeLineServer
) -> None:
    line_server.quota.used = 200  # other groups and pushed answers: 70 left over the margin
    for day in SEND_DAYS:
        _run(services, day)
    assert len(line_server.accepted()) == 1
    assert "วันนี้วันสุดท้าย" in str(line_server.accepted()[0].body)
    assert line_server.quota.used == 240


def test_a_monthly_limit_answer_stops_the_months_pushes(
    services: Services, line_server: FakeLineServer
) -> None:
    _run(services, 19)
    a_minute_before = SEPTEMBER.replace(day=23, minute=0) - timedelta(minutes=1)
    services.db.line_figures.put("quota", 300, now=a_minute_before)
    services.db.line_figures.put("consumption", 40, now=a_minute_before)
    line_server.quota.used = 290  # LINE counted other pushes since that reading
    [run] = _run(services, 23)
    assert (run.outcome, run.status) == ("failed", 429)
    assert "monthly limit" in run.error
    pushes = len(line_server.pushes())
    assert [r.outcome for r in _run(services, 24)] == ["held"]
    assert len(line_server.pushes()) == pushes  # nothing more is tried this month


def test_the_forecast_is_stored_for_every_process_to_show(
    services: Services, line_server: FakeLineServer
) -> None:
    _run(services, 19)
    forecast = services.db.reminder_forecasts.of_group(DEMO_GROUP)
    assert forecast is not None
    assert (forecast.limit, forecast.used, forecast.margin) == (300, 40, 30)
    assert (forecast.group_pushes, forecast.group_cost) == (5, 200)


def test_figures_are_read_from_line_at_most_hourly(
    services: Services, line_server: FakeLineServer
) -> None:
    _run(services, 19)
    _run(services, 19, hour=9 + 0)  # the same moment again: nothing due, nothing read
    reads = [r.path for r in line_server.requests if r.method == "GET"]
    assert sorted(reads) == [
        f"/v2/bot/group/{DEMO_GROUP}/members/count",
        "/v2/bot/message/quota",
        "/v2/bot/message/quota/consumption",
    ]
    later = SEPTEMBER.replace(day=19) + timedelta(hours=2)
    quota = LineQuotaApi(services.settings)
    ReminderSender(services.db, services.gateway, claimer="t", quota=quota).plan(later)
    quota.close()
    assert len([r for r in line_server.requests if r.method == "GET"]) == 5  # quota and use again
