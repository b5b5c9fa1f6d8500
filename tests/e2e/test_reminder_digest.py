"""The weekly digest: off by default; when on, one push on Monday, counted in the budget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from bot.composition import Services
from bot.demo import DEMO_GROUP
from bot.line.quota_api import LineQuotaApi
from bot.reminders.sender import ReminderSender
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import ReminderPolicy
from tests.fakes.fake_line import FakeLineServer

QUIET_MONDAY = datetime(2025, 2, 17, 9, 0, tzinfo=BANGKOK)  # no step is reminded that week
BUSY_MONDAY = datetime(2025, 9, 22, 9, 0, tzinfo=BANGKOK)  # step 4's 3-day notice is still due


@pytest.fixture
def services(
    demo_services_at: Callable[[datetime], Services], line_server: FakeLineServer
) -> Services:
    line_server.quota.limit = 300
    return demo_services_at(QUIET_MONDAY)


def _digest_on(services: Services) -> None:
    policy = replace(ReminderPolicy(), weekly_digest=True)
    services.db.reminder_policies.save(DEMO_GROUP, policy, by="cli", at=QUIET_MONDAY)


def _run(services: Services, now: datetime):
    quota = LineQuotaApi(services.settings)
    try:
        return ReminderSender(services.db, services.gateway, claimer="t", quota=quota).run(now)
    finally:
        quota.close()


def test_the_digest_is_off_by_default(services: Services, line_server: FakeLineServer) -> None:
    assert _run(services, QUIET_MONDAY) == []
    assert line_server.pushes() == []


def test_a_monday_digest_is_one_push_counted_in_the_quota(
    services: Services, line_server: FakeLineServer
) -> None:
    _digest_on(services)
    [run] = _run(services, QUIET_MONDAY)
    assert (run.outcome, run.cost) == ("sent", 30)
    [push] = line_server.pushes()
    assert push.messages[0]["text"].startswith("📋 สรุปประจำสัปดาห์ สำนักงานปลัดกระทรวงแรงงาน")
    assert line_server.quota.used == 30
    assert [r.outcome for r in _run(services, QUIET_MONDAY + timedelta(hours=3))] == [
        "already_handled"
    ]
    assert _run(services, QUIET_MONDAY + timedelta(days=1)) == []


def test_a_digest_and_a_due_reminder_share_one_push(
    services: Services, line_server: FakeLineServer
) -> None:
    _digest_on(services)
    [run] = _run(services, BUSY_MONDAY)
    assert sorted(r.kind.value for r in run.reminders) == ["before_due", "digest"]
    [push] = line_server.pushes()
    kinds = [m["type"] for m in push.messages]
    assert kinds[0] == "flex" and "text" in kinds
    assert line_server.quota.used == 30
