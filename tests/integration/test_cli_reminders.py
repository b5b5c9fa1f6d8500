"""The reminder commands (reminders show, set and log) against real databases."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from click.testing import Result
from sqlalchemy import select

from bot.db.database import Database
from bot.db.tables import ReminderPolicyChangeRow
from bot.demo import DEMO_GROUP
from handlers.ports import GroupBinding
from handlers.reminder_settings import describe_policy
from kpi_core.models import Organisation, ReminderPolicy
from tests.fakes.fake_line import ACCESS_TOKEN, FakeLineServer
from tests.integration.conftest import one_clear_line

ORG = "สำนักงานทดสอบ"
GROUP = "C" + "a" * 32
OTHER_GROUP = "C" + "b" * 32
UNBOUND = "C" + "c" * 32
AT = datetime(2025, 1, 20, 2, 0, tzinfo=UTC)
DEFAULT_LINE = describe_policy(ReminderPolicy())


@pytest.fixture
def db(upgraded: Database) -> Database:
    """The database, upgraded through the CLI, with two groups bound to one organisation."""
    upgraded.organisations.save(Organisation(ORG))
    for group in (GROUP, OTHER_GROUP):
        upgraded.groups.bind(GroupBinding(group, ORG, "cli", AT))
    return upgraded


def _ok(result: Result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return result.output.splitlines()


def _policy_changes(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return list(connection.scalars(select(ReminderPolicyChangeRow.changed_by)))


def _deliver(db: Database, identity: str, group: str, minutes: int) -> None:
    now = AT + timedelta(minutes=minutes)
    db.reminder_deliveries.claim(
        identity,
        group_id=group,
        organisation=ORG,
        indicator_code="1",
        step=2,
        kind="ahead",
        offset=3,
        due=date(2025, 1, 23),
        send_at=now,
        late=False,
        retry_key=f"key-{identity}",
        claimer="scheduler-1",
        now=now,
    )


def test_showing_a_group_never_set_gives_the_default_policy(pmqa, db) -> None:
    assert _ok(pmqa("reminders", "show", GROUP)) == [
        f"การเตือนของกลุ่ม Caaaaaaa… ({ORG}) (ค่าเริ่มต้น)",
        DEFAULT_LINE,
    ]


def test_setting_changes_only_what_is_given_and_logs_the_change(pmqa, db) -> None:
    lines = _ok(
        pmqa("reminders", "set", GROUP, "--days", "14, 7,0", "--at", "13.30", "--no-overdue")
    )
    expected = ReminderPolicy(days_before=(14, 7, 0), hour=13, minute=30, overdue=False)
    assert db.reminder_policies.get(GROUP) == expected
    assert db.reminder_policies.get(OTHER_GROUP) == ReminderPolicy()
    assert lines == [f"ตั้งการเตือนของกลุ่ม Caaaaaaa… แล้ว: {describe_policy(expected)}"]
    assert _policy_changes(db) == ["cli"]
    assert _ok(pmqa("reminders", "show", GROUP))[1] == describe_policy(expected)


def test_a_second_setting_keeps_what_the_first_one_set(pmqa, db) -> None:
    _ok(pmqa("reminders", "set", GROUP, "--quiet", "sun,วันพุธ", "--quiet-dates", "2025-01-02"))
    _ok(pmqa("reminders", "set", GROUP, "--off", "--no-holidays", "--no-before-open"))
    assert db.reminder_policies.get(GROUP) == ReminderPolicy(
        enabled=False,
        before_open=False,
        quiet_weekdays=frozenset({2, 6}),
        quiet_holidays=False,
        quiet_dates=frozenset({date(2025, 1, 2)}),
    )
    assert _policy_changes(db) == ["cli", "cli"]


def test_empty_lists_clear_the_days_and_the_quiet_days(pmqa, db) -> None:
    _ok(pmqa("reminders", "set", GROUP, "--days", "", "--quiet", "", "--quiet-dates", ""))
    policy = db.reminder_policies.get(GROUP)
    assert (policy.days_before, policy.quiet_weekdays, policy.quiet_dates) == ((), set(), set())


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--days", "7,3,3"], "จำนวนวันซ้ำกัน"),
        (["--days", "61"], "จำนวนวันต้องเป็นเลข 0 ถึง 60"),
        (["--days", "-1"], "จำนวนวันต้องเป็นเลข 0 ถึง 60"),
        (["--days", "สาม"], "จำนวนวันต้องเป็นเลข 0 ถึง 60"),
        (["--at", "24:00"], "ชั่วโมงต้องอยู่ระหว่าง 0 ถึง 23"),
        (["--at", "09:60"], "นาทีต้องอยู่ระหว่าง 0 ถึง 59"),
        (["--at", "เก้าโมง"], "เวลาต้องเป็นแบบ HH:MM"),
        (["--quiet", "sat,funday"], "ไม่รู้จักวัน 'funday'"),
        (["--quiet-dates", "2025-02-30"], "วันที่ต้องเป็นแบบ YYYY-MM-DD"),
        ([], "ไม่ได้ระบุสิ่งที่จะเปลี่ยน"),
    ],
)
def test_a_bad_setting_gets_one_clear_line_and_changes_nothing(
    pmqa, db, args: list[str], expected: str
) -> None:
    assert expected in one_clear_line(pmqa("reminders", "set", GROUP, *args))
    assert db.reminder_policies.get(GROUP) == ReminderPolicy()
    assert _policy_changes(db) == []


@pytest.mark.parametrize("args", [["show", UNBOUND], ["set", UNBOUND, "--off"]])
def test_a_group_that_is_not_bound_is_refused(pmqa, db, args: list[str]) -> None:
    line = one_clear_line(pmqa("reminders", *args))
    assert line == "ผิดพลาด: กลุ่ม Cccccccc… ยังไม่ได้ผูกกับหน่วยงาน: สั่ง pmqa bind-group ก่อน"
    assert _policy_changes(db) == []


@pytest.mark.parametrize("command", [["show", "กลุ่มทดสอบ"], ["log", "--group", "U" + "1" * 32]])
def test_a_malformed_group_id_is_refused(pmqa, db, command: list[str]) -> None:
    assert "รหัสกลุ่ม LINE" in one_clear_line(pmqa("reminders", *command))


def test_an_empty_log_says_so(pmqa, db) -> None:
    assert _ok(pmqa("reminders", "log")) == ["ยังไม่มีการส่งการเตือน"]


def test_the_log_lists_deliveries_newest_first_in_bangkok_time(pmqa, db) -> None:
    _deliver(db, "r-1", GROUP, 0)
    _deliver(db, "r-2", OTHER_GROUP, 1)
    db.reminder_deliveries.mark_sent("r-1", status=200, request_id="q", attempts=2, now=AT)
    lines = [line.split() for line in _ok(pmqa("reminders", "log"))]
    assert lines == [
        ["เวลา", "กลุ่ม", "ตัวชี้วัด", "ขั้น", "ชนิด", "ครั้ง", "HTTP", "สถานะ"],
        ["2025-01-20", "09:01", "Cbbbbbbb…", "1", "2", "ahead", "0", "-", "กำลังส่ง"],
        ["2025-01-20", "09:00", "Caaaaaaa…", "1", "2", "ahead", "2", "200", "ส่งแล้ว"],
    ]
    only = _ok(pmqa("reminders", "log", "--group", GROUP))
    assert len(only) == 2 and "Caaaaaaa…" in only[1]


def test_the_log_as_json_keeps_the_group_id_short(pmqa, db) -> None:
    _deliver(db, "r-1", GROUP, 0)
    db.reminder_deliveries.mark_failed("r-1", status=None, error="timeout", attempts=4, now=AT)
    result = pmqa("reminders", "log", "--json")
    (view,) = json.loads("\n".join(_ok(result)))
    assert GROUP not in result.output
    assert view == {
        "when": "2025-01-20T09:00:00+07:00",
        "group": "Caaaaaaa…",
        "organisation": ORG,
        "indicator_code": "1",
        "step": 2,
        "kind": "ahead",
        "offset": 3,
        "state": "failed",
        "attempts": 4,
        "due": "2025-01-23",
        "status": None,
        "error": "timeout",
    }


def test_the_weekly_digest_is_turned_on_from_the_command_line(pmqa, db) -> None:
    lines = _ok(pmqa("reminders", "set", GROUP, "--digest"))
    assert db.reminder_policies.get(GROUP) == ReminderPolicy(weekly_digest=True)
    assert lines[0].endswith("· สรุปรายสัปดาห์ทุกวันจันทร์")


def test_the_forecast_plans_the_month_of_every_group_and_show_repeats_it(pmqa) -> None:
    _ok(pmqa("demo"))
    with FakeLineServer() as line:
        line.quota.limit = 300
        env = {"LINE_API_BASE_URL": line.base_url, "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN}
        lines = _ok(pmqa("reminders", "forecast", "--now", "2025-09-01T08:00", env=env))
    assert lines[:2] == [
        "เดือนนี้ใช้ไป 0/300 ข้อความ (สำรอง 30 ไว้สำหรับคำตอบที่ต้องส่งแบบ push)",
        "แผนเตือนที่เหลือ 9 ครั้ง ~270 ข้อความ",
    ]
    assert lines[2].split() == ["กลุ่ม", "หน่วยงาน", "ครั้ง", "ข้อความ", "งดส่ง"]
    assert lines[3].split()[-3:] == ["9", "270", "0"]
    shown = _ok(pmqa("reminders", "show", DEMO_GROUP, env={"PMQA_TODAY": "2025-09-01"}))
    assert shown[2].startswith("เดือนนี้ใช้ไป 0/300 ข้อความ; แผนเตือนที่เหลือ ~270")


def test_without_line_the_forecast_says_the_quota_is_unknown(pmqa) -> None:
    _ok(pmqa("demo"))
    lines = _ok(pmqa("reminders", "forecast", "--now", "2025-09-01T08:00"))
    assert lines[0].startswith("ไม่ทราบโควตาและยอดใช้ของเดือนนี้")


def test_the_log_says_which_reminders_were_held_for_the_quota(pmqa, db) -> None:
    planned = dict(group_id=GROUP, organisation=ORG, indicator_code="1", step=2, kind="ahead")
    planned |= dict(offset=7, due=date(2025, 1, 23), send_at=AT, late=False, retry_key="k")
    db.reminder_deliveries.record_skipped(
        "r-1", reason="quota: ต้องใช้ 30", now=AT, claimer="s", **planned
    )
    assert _ok(pmqa("reminders", "log"))[1].split()[-2:] == ["งดส่ง", "(โควตา)"]
