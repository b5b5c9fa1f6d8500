"""``pmqa remind``: what would go out, on the demo data, without LINE."""

from __future__ import annotations

import json

from tests.fakes.fake_line import FakeLineServer
from tests.integration.conftest import one_clear_line


def test_a_dry_run_three_days_before_the_plan_deadline_lists_the_reminder(pmqa) -> None:
    assert pmqa("demo").exit_code == 0
    result = pmqa("remind", "--now", "2025-01-28T09:00", "--dry-run")
    assert result.exit_code == 0, result.stderr
    out = result.output
    assert "จะส่ง (ทดลอง ไม่ได้ส่งจริง)" in out
    assert "ขั้นตอนที่ 3 ก่อนกำหนด 3 วัน · ภายใน 31 ม.ค. 2568" in out
    assert "ยังไม่ส่ง: กลุ่มพัฒนาระบบบริหาร, กองการเจ้าหน้าที่, กองนิติการ" in out
    assert "กำหนดส่ง: 17–31 ม.ค. 2568 (อีก 3 วัน)" in out


def test_a_dry_run_sends_and_records_nothing(pmqa) -> None:
    pmqa("demo")
    pmqa("remind", "--now", "2025-01-28T09:00", "--dry-run")
    assert "ยังไม่มีการส่งการเตือน" in pmqa("reminders", "log").output


def test_the_json_view_gives_each_reminder_with_its_missing_units(pmqa) -> None:
    pmqa("demo")
    result = pmqa("remind", "--now", "2025-01-28T09:00", "--dry-run", "--json")
    [group] = json.loads(result.output)
    [reminder] = group["reminders"]
    assert (reminder["step"], reminder["kind"], reminder["offset"]) == (3, "before_due", 3)
    assert reminder["due"] == "2025-01-31" and reminder["days_left"] == 3
    assert len(reminder["missing_units"]) == 4


def test_a_quiet_moment_says_nothing_is_due(pmqa) -> None:
    pmqa("demo")
    result = pmqa("remind", "--now", "2025-01-15T12:00", "--dry-run")
    assert result.output.strip() == "ไม่มีการแจ้งเตือนที่ถึงเวลา"


def test_a_malformed_now_gets_one_clear_line(pmqa) -> None:
    pmqa("demo")
    assert "--now" in one_clear_line(pmqa("remind", "--now", "28/1/2568", "--dry-run"))


def test_a_run_whose_push_failed_exits_non_zero_and_says_so(pmqa) -> None:
    pmqa("demo")
    with FakeLineServer() as line:  # no access token set: LINE answers 401
        env = {"LINE_API_BASE_URL": line.base_url, "LINE_CHANNEL_ACCESS_TOKEN": ""}
        result = pmqa("remind", "--now", "2025-01-28T09:00", env=env)
    assert result.exit_code != 0
    assert "ส่งไม่สำเร็จ" in result.output
    assert "ส่งไม่สำเร็จ 1 กลุ่ม" in result.stderr


def test_a_run_from_cron_counts_as_the_schedulers_and_a_dry_run_does_not(
    pmqa, database_url: str
) -> None:
    from bot.db.database import Database

    pmqa("demo")
    db = Database.connect(database_url)
    pmqa("remind", "--now", "2025-01-15T12:00", "--dry-run")
    assert db.scheduler_heartbeats.latest() is None
    pmqa("remind", "--now", "2025-01-15T12:00")
    pmqa("remind", "--now", "2025-01-15T12:00")
    beat = db.scheduler_heartbeats.latest()
    assert beat is not None and beat.process.startswith("cron:") and beat.runs == 2
    db.close()
