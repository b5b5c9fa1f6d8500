"""Deadline reminders pushed through the real SDK to the fake LINE server, exactly once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.composition import Services
from bot.demo import DEMO_GROUP, load_demo
from bot.reminders.scheduler import run_forever
from bot.reminders.sender import ReminderSender, retry_key
from handlers.reminder_messages import reminder_reply
from kpi_core.fiscal_calendar import BANGKOK
from tests.e2e.conftest import COORDINATOR, Bot, line_services
from tests.fakes.fake_line import ACCESS_TOKEN, FakeLineServer, FakeResponse
from tests.fakes.webhook_events import text_event

THREE_DAYS_BEFORE = datetime(2025, 1, 28, 9, 0, tzinfo=BANGKOK)
ORG = "สำนักงานปลัดกระทรวงแรงงาน"


@pytest.fixture
def services(demo_services_at: Callable[[datetime], Services]) -> Services:
    return demo_services_at(THREE_DAYS_BEFORE)


def _run(services: Services, now: datetime = THREE_DAYS_BEFORE):
    return ReminderSender(services.db, services.gateway, claimer="test").run(now)


def test_three_days_before_the_plan_deadline_one_push_names_who_is_missing(
    services: Services, line_server: FakeLineServer
) -> None:
    [run] = _run(services)
    assert run.outcome == "sent"
    [push] = line_server.pushes()
    assert push.body["to"] == DEMO_GROUP
    texts = "\n".join(line_server.texts())
    assert "ขั้นตอนที่ 3" in texts and "31 ม.ค. 2568" in texts and "อีก 3 วัน" in texts
    assert "กองการเจ้าหน้าที่" in texts and "กองคลัง" not in texts.split("ยังไม่ส่ง")[-1]
    mention = [m for m in push.messages if m["type"] == "textV2"]
    assert mention, "members of the missing units are @mentioned"
    assert push.retry_key == run.retry_keys[0]
    assert line_server.violations == []


def test_a_second_run_at_the_same_moment_sends_nothing_more(
    services: Services, line_server: FakeLineServer
) -> None:
    _run(services)
    [again] = _run(services)
    assert again.outcome == "already_handled"
    assert len(line_server.pushes()) == 1


def test_nothing_is_due_before_the_first_send_of_the_plan_step(
    services: Services, line_server: FakeLineServer
) -> None:
    assert _run(services, datetime(2025, 1, 16, 8, 59, tzinfo=BANGKOK)) == []
    assert line_server.pushes() == []


def test_a_reminder_the_scheduler_missed_is_sent_late_once(
    services: Services, line_server: FakeLineServer
) -> None:
    moment = THREE_DAYS_BEFORE - timedelta(minutes=1)  # the 7-days-before send of 24 Jan
    [late] = _run(services, moment)
    assert [r.late for r in late.reminders] == [True]
    assert "แจ้งเตือนล่าช้า" in str(line_server.pushes()[0].body)
    assert [r.outcome for r in _run(services, moment)] == ["already_handled"]


def test_a_500_then_success_is_delivered_once_with_the_same_retry_key(
    services: Services, line_server: FakeLineServer
) -> None:
    line_server.script("push", [FakeResponse(500)])
    [run] = _run(services)
    assert run.outcome == "sent"
    pushes = line_server.pushes()
    assert len(pushes) == 2 and pushes[0].retry_key == pushes[1].retry_key
    [record] = services.db.reminder_deliveries.list(group_id=DEMO_GROUP)
    assert (record.state, record.attempts) == ("sent", 2)


def test_a_409_counts_as_sent(services: Services, line_server: FakeLineServer) -> None:
    accepted = FakeResponse(409, headers={"x-line-accepted-request-id": "req-accepted"})
    line_server.script("push", [accepted])
    [run] = _run(services)
    assert run.outcome == "sent"
    [record] = services.db.reminder_deliveries.list(group_id=DEMO_GROUP)
    assert record.state == "sent"


def test_a_429_storm_ends_in_a_recorded_failure_told_to_the_coordinator(
    bot: Bot, line_server: FakeLineServer
) -> None:
    line_server.script("push", [FakeResponse(429)] * 10)
    [run] = ReminderSender(bot.services.db, bot.services.gateway, claimer="t").run(
        THREE_DAYS_BEFORE
    )
    assert run.outcome == "failed"
    assert len(line_server.pushes()) <= 3  # bounded attempts, not a loop
    [record] = bot.services.db.reminder_deliveries.list(group_id=DEMO_GROUP)
    assert (record.state, record.status) == ("failed", 429)
    retry = ReminderSender(bot.services.db, bot.services.gateway, claimer="t").run(
        THREE_DAYS_BEFORE
    )
    assert [r.outcome for r in retry] == ["already_handled"]
    bot.post(text_event("บอท สถานะ", group=DEMO_GROUP, user=COORDINATOR))
    assert "ส่งการแจ้งเตือนกำหนดส่งไม่สำเร็จ 1 รายการ" in bot.texts()
    bot.post(text_event("บอท สถานะ", group=DEMO_GROUP, user=COORDINATOR))
    assert bot.texts().count("ส่งการแจ้งเตือนกำหนดส่งไม่สำเร็จ") == 1


def test_two_schedulers_started_together_send_each_reminder_once(
    postgres_url: str, line_server: FakeLineServer
) -> None:
    first = line_services(postgres_url, line_server, THREE_DAYS_BEFORE)
    first.db.upgrade()
    load_demo(first.db)
    second = line_services(postgres_url, line_server, THREE_DAYS_BEFORE)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def schedule(services: Services, name: str) -> None:
        barrier.wait()
        runs = ReminderSender(services.db, services.gateway, claimer=name).run(THREE_DAYS_BEFORE)
        outcomes.extend(r.outcome for r in runs)

    threads = [
        threading.Thread(target=schedule, args=(s, n)) for s, n in ((first, "a"), (second, "b"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(line_server.pushes()) == 1
    assert sorted(outcomes) == ["already_handled", "sent"]
    first.close()
    second.close()


def test_a_claim_left_by_a_crashed_scheduler_is_resent_with_its_retry_key_and_lands_once(
    services: Services, line_server: FakeLineServer
) -> None:
    binding = services.db.groups.get(DEMO_GROUP)
    org, due = ReminderSender(services.db, services.gateway, claimer="crashed").due(
        binding, THREE_DAYS_BEFORE
    )
    [reminder] = due
    identity = reminder.identity(DEMO_GROUP)
    key = retry_key([identity])
    services.db.reminder_deliveries.claim(
        identity,
        group_id=DEMO_GROUP,
        organisation=ORG,
        indicator_code=reminder.indicator_code,
        step=reminder.step,
        kind=reminder.kind.value,
        offset=reminder.offset,
        due=reminder.due,
        send_at=reminder.send_at,
        late=reminder.late,
        retry_key=key,
        claimer="crashed",
        now=THREE_DAYS_BEFORE,
    )
    # The crashed run's push reached LINE; it died before recording that it was sent.
    services.gateway.push(DEMO_GROUP, reminder_reply(org, due, {}), retry_key=key)
    later = THREE_DAYS_BEFORE + timedelta(minutes=10)
    [run] = ReminderSender(services.db, services.gateway, claimer="new").run(later)
    assert run.outcome == "sent"
    pushes = line_server.pushes()
    assert [p.retry_key for p in pushes] == [key, key]  # LINE answered the second with 409
    [record] = services.db.reminder_deliveries.list(group_id=DEMO_GROUP)
    assert record.state == "sent"


def test_the_scheduler_loop_runs_and_stops_when_told(
    services: Services, line_server: FakeLineServer
) -> None:
    stop = threading.Event()
    runs: list[int] = []

    def after_run(found: list) -> None:
        runs.append(len(found))
        stop.set()

    thread = threading.Thread(
        target=run_forever,
        args=(services,),
        kwargs={"interval": 0.05, "stop": stop, "on_run": after_run},
    )
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert runs == [1]
    assert len(line_server.pushes()) == 1
    beat = services.db.scheduler_heartbeats.latest()  # for /readyz
    assert beat is not None and (beat.runs, beat.failures) == (1, 0)
    assert beat.last_ok_at == beat.last_run_at


def test_two_pmqa_remind_processes_started_together_push_once(
    postgres_url: str, line_server: FakeLineServer
) -> None:
    setup = line_services(postgres_url, line_server, THREE_DAYS_BEFORE)
    setup.db.upgrade()
    load_demo(setup.db)
    setup.close()
    env = {
        **os.environ,
        "DATABASE_URL": postgres_url,
        "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "LINE_API_BASE_URL": line_server.base_url,
        "PMQA_TODAY": "",
    }
    command = [str(Path(sys.executable).with_name("pmqa")), "remind", "--now", "2025-01-28T09:00"]
    processes = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0]
    assert len(line_server.pushes()) == 1
    assert sum("ส่งแล้ว" in out for out in outputs) == 1, outputs
