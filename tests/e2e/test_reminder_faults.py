"""The reminder bugs operators reported, each reproduced: retries, concurrent claims, stale days."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from bot.composition import Services
from bot.demo import DEMO_GROUP, load_demo
from bot.reminders.sender import ReminderSender
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Submission, SubmissionKind
from tests.e2e.conftest import line_services
from tests.fakes.fake_line import FakeLineServer, FakeResponse

THREE_DAYS_BEFORE = datetime(2025, 1, 28, 9, 0, tzinfo=BANGKOK)
STEPS_4_AND_5 = datetime(2025, 9, 23, 9, 0, tzinfo=BANGKOK)  # step 4 due tomorrow, step 5 in 7 days
ORG = "สำนักงานปลัดกระทรวงแรงงาน"


@pytest.fixture
def services(demo_services_at: Callable[[datetime], Services]) -> Services:
    return demo_services_at(THREE_DAYS_BEFORE)


def _run(services: Services, now: datetime, claimer: str = "test"):
    return ReminderSender(services.db, services.gateway, claimer=claimer).run(now)


def _delivered(line: FakeLineServer) -> list[str]:
    """The alt texts of the pushes LINE accepted (a 409 or an error delivers nothing)."""
    return [m.get("altText", m.get("text", "")) for r in line.accepted() for m in r.messages]


def test_a_send_that_failed_is_retried_by_a_later_run_and_delivered_once(
    services: Services, line_server: FakeLineServer
) -> None:
    line_server.script("push", [FakeResponse(500)] * 3)
    [first] = _run(services, THREE_DAYS_BEFORE)
    assert first.outcome == "failed"
    [second] = _run(services, THREE_DAYS_BEFORE + timedelta(minutes=30))
    assert second.outcome == "sent"
    [third] = _run(services, THREE_DAYS_BEFORE + timedelta(hours=2))
    assert third.outcome == "already_handled"
    pushes = line_server.pushes()
    assert len(pushes) == 4 and len({p.retry_key for p in pushes}) == 1
    [record] = services.db.reminder_deliveries.list(group_id=DEMO_GROUP)
    assert (record.state, record.tries) == ("sent", 2)


def test_a_late_reminder_counts_the_days_left_when_it_is_sent(
    services: Services, line_server: FakeLineServer
) -> None:
    # The "7 days before" of 24 Jan, missed by the scheduler, goes out on the 28th.
    [run] = _run(services, THREE_DAYS_BEFORE - timedelta(minutes=1))
    assert [r.late for r in run.reminders] == [True]
    sent = "\n".join(line_server.texts())
    assert "อีก 3 วัน" in sent and "อีก 7 วัน" not in sent


def test_the_step_5_reminder_says_what_it_needs_not_to_type_that_it_was_sent(
    services: Services, line_server: FakeLineServer
) -> None:
    _run(services, STEPS_4_AND_5)
    [push] = line_server.pushes()
    body = str(push.body)
    assert "ขั้นตอนที่ 5 ส่งแล้ว" not in body
    assert "ค่าเป้าหมาย" in body and "85" in body


SLOW_CLAIM = """
CREATE OR REPLACE FUNCTION pmqa_test_slow_claim() RETURNS trigger AS $$
BEGIN PERFORM pg_sleep(1.5); RETURN NEW; END $$ LANGUAGE plpgsql;
CREATE TRIGGER pmqa_test_slow_claim BEFORE INSERT ON reminder_deliveries FOR EACH ROW
WHEN (NEW.claimed_by = 'slow' AND NEW.step = 5) EXECUTE FUNCTION pmqa_test_slow_claim();
"""


@pytest.fixture
def slow_claims(postgres_url: str) -> Iterator[str]:
    """PostgreSQL where the 'slow' scheduler takes 1.5 s to claim a step-5 reminder."""
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.exec_driver_sql(SLOW_CLAIM)
    yield postgres_url
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER pmqa_test_slow_claim ON reminder_deliveries")
        connection.exec_driver_sql("DROP FUNCTION pmqa_test_slow_claim()")
    engine.dispose()


def _claimed_step_4(url: str) -> bool:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT count(*) FROM reminder_deliveries WHERE step = 4"))
        count = found.scalar_one()
    engine.dispose()
    return count > 0


def test_two_runs_at_once_on_a_slow_database_deliver_each_due_reminder_exactly_once(
    slow_claims: str, line_server: FakeLineServer
) -> None:
    slow = line_services(slow_claims, line_server, STEPS_4_AND_5)
    load_demo(slow.db)
    fast = line_services(slow_claims, line_server, STEPS_4_AND_5)
    outcomes: list[str] = []

    def run(services: Services, name: str) -> None:
        outcomes.extend(r.outcome for r in _run(services, STEPS_4_AND_5, name))

    first = threading.Thread(target=run, args=(slow, "slow"))
    first.start()
    deadline = time.monotonic() + 0.5  # the slow run is claiming meanwhile
    while time.monotonic() < deadline and not _claimed_step_4(slow_claims):
        time.sleep(0.02)
    second = threading.Thread(target=run, args=(fast, "fast"))
    second.start()
    for thread in (first, second):
        thread.join(timeout=30)
    delivered = _delivered(line_server)
    assert sum("ขั้นตอนที่ 4" in text for text in delivered) == 1, delivered
    assert sum("ขั้นตอนที่ 5" in text for text in delivered) == 1, delivered
    assert sorted(outcomes) == ["already_handled", "sent"]
    slow.close()
    fast.close()


def test_a_dry_run_as_of_a_past_moment_ignores_what_was_submitted_after_it(
    services: Services, line_server: FakeLineServer
) -> None:
    later = Submission(
        "1",
        SubmissionKind.STEP,
        unit="กองการเจ้าหน้าที่",
        step=3,
        done_on=THREE_DAYS_BEFORE.date() + timedelta(days=2),
        submitted_by="U" + "3" * 32,
        submitted_at=datetime(2025, 1, 30, 3, 0, tzinfo=UTC),
    )
    services.db.submissions.append(ORG, later)
    sender = ReminderSender(services.db, services.gateway, claimer="test")
    [run] = sender.run(THREE_DAYS_BEFORE, dry_run=True)
    [reminder] = run.reminders
    assert "กองการเจ้าหน้าที่" in reminder.missing_units
    assert line_server.pushes() == []
