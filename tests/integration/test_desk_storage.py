"""Desk storage on each database: single-use login links, and the read-only audit trail."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from bot.composition import build_services
from bot.db.database import Database
from bot.db.desk_logins import DeskLogin
from bot.db.tables import DeskLoginRow
from bot.settings import Settings
from handlers.audit_view import AuditFilter, AuditKind, audit_line
from handlers.ports import GroupBinding
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import (
    Member,
    Organisation,
    ReminderPolicy,
    Role,
    Submission,
    SubmissionAction,
    SubmissionKind,
    Unit,
)
from tests.integration.conftest import at_once

ORG = Organisation("สำนักงานทดสอบ", units=(Unit("กองกลาง"), Unit("กองคลัง")))
OTHER = Organisation("สำนักงานอื่น")
AT = datetime(2025, 1, 28, 9, 30, tzinfo=BANGKOK)
SOMCHAI, SUDA, BOSS = "U" + "1" * 32, "U" + "2" * 32, "U" + "3" * 32
GROUP = "C" + "a" * 32


def _login(nonce: str = "n1", user: str = SOMCHAI, at: datetime = AT) -> DeskLogin:
    return DeskLogin(nonce, user, ORG.name, at, at + timedelta(minutes=10), "chat", "ev", user)


@pytest.fixture
def db(database: Database) -> Database:
    database.organisations.save(ORG)
    database.organisations.save(OTHER)
    return database


def test_a_login_link_is_used_once_by_its_own_user_before_it_expires(db: Database) -> None:
    db.desk_logins.issue(_login())
    assert db.desk_logins.use("n1", SUDA, now=AT) is None  # someone else's
    assert db.desk_logins.use("n1", SOMCHAI, now=AT + timedelta(minutes=1)) == ORG.name
    assert db.desk_logins.use("n1", SOMCHAI, now=AT + timedelta(minutes=2)) is None  # reused
    assert db.desk_logins.use("nope", SOMCHAI, now=AT) is None


def test_an_expired_login_link_is_dead(db: Database) -> None:
    db.desk_logins.issue(_login())
    assert db.desk_logins.use("n1", SOMCHAI, now=AT + timedelta(minutes=10)) is None


def test_of_two_uses_at_once_only_one_opens_a_session(db: Database) -> None:
    db.desk_logins.issue(_login())
    results = at_once(*[lambda: db.desk_logins.use("n1", SOMCHAI, now=AT)] * 2)
    assert sorted(results, key=str) == [None, ORG.name]


def test_issuing_a_link_changes_nothing_replies_show(db: Database) -> None:
    before = db.organisations.version(ORG.name)
    db.desk_logins.issue(_login())
    assert db.organisations.version(ORG.name) == before


def test_the_signed_links_are_recorded_and_pictures_need_an_https_host(
    database_url: str,
) -> None:
    secret = "k" * 32
    for base, picture in (("https://desk.test", True), ("http://127.0.0.1:8000", False)):
        settings = Settings.from_env(
            {"DATABASE_URL": database_url, "PMQA_SECRET_KEY": secret, "PMQA_PUBLIC_URL": base}
        )
        services = build_services(settings, clock=lambda: AT)
        services.db.organisations.save(ORG)
        link = services.desk_links().login_link(SOMCHAI, ORG.name, now=AT)
        assert link is not None and link.startswith(f"{base}/desk/login/")
        chart = services.desk_links().chart_link(ORG.name, today=AT.date())
        assert (chart is not None) == picture
        services.close()
    with Database.connect(database_url).engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(DeskLoginRow)) == 2


def _write_everything(db: Database) -> None:
    """A registration, a binding, a policy change and submissions, with their origins."""
    db.members.save(
        Member(BOSS, ORG.name, "กองกลาง", "หัวหน้า", Role.COORDINATOR, AT, "cli", None, None)
    )
    db.members.save(
        Member(SOMCHAI, ORG.name, "กองคลัง", "สมชาย", Role.MEMBER, AT, SOMCHAI, "e1", GROUP)
    )
    db.groups.bind(GroupBinding(GROUP, ORG.name, BOSS, AT + timedelta(hours=1), "e2"))
    db.reminder_policies.save(
        GROUP, ReminderPolicy(days_before=(3, 1)), by=BOSS, at=AT + timedelta(days=1), event_id="e3"
    )
    step = Submission(
        "1",
        SubmissionKind.STEP,
        unit="กองคลัง",
        step=3,
        done_on=date(2025, 1, 29),
        channel="google_drive",
        submitted_by=SOMCHAI,
        submitted_by_name="สมชาย",
        submitted_at=AT + timedelta(days=1),
        source_event_id="e4",
        source_chat_id=GROUP,
    )
    stored = db.submissions.append(ORG.name, step)
    undo = Submission(
        "1",
        SubmissionKind.STEP,
        unit="กองคลัง",
        step=3,
        action=SubmissionAction.UNDO,
        supersedes=stored.id,
        submitted_by=SOMCHAI,
        submitted_at=AT + timedelta(days=2),
        source_event_id="e5",
    )
    db.submissions.append(ORG.name, undo)
    value = Submission(
        "2",
        SubmissionKind.VALUE,
        unit="กองกลาง",
        value=Decimal("52.3"),
        submitted_by=BOSS,
        submitted_at=AT + timedelta(days=3),
        source_event_id="e6",
    )
    db.submissions.append(ORG.name, value)
    db.submissions.append(
        OTHER.name, Submission("9", SubmissionKind.VALUE, value=Decimal(1), submitted_at=AT)
    )


def test_the_audit_trail_merges_every_write_newest_first_with_its_origin(db: Database) -> None:
    _write_everything(db)
    entries = db.audit.entries(ORG.name)
    assert [e.kind for e in entries] == [
        AuditKind.SUBMIT,
        AuditKind.UNDO,
        AuditKind.SUBMIT,
        AuditKind.SETTINGS,
        AuditKind.BIND,
        AuditKind.REGISTER,
        AuditKind.REGISTER,
    ]
    assert [e.event_id for e in entries][:5] == ["e6", "e5", "e4", "e3", "e2"]
    step = entries[2]
    assert (step.who, step.who_name, step.chat_id, step.unit) == (SOMCHAI, "สมชาย", GROUP, "กองคลัง")
    assert entries[0].who_name == "หัวหน้า"  # the member's name, when the row has none
    lines = [audit_line(e) for e in entries]
    assert lines[2].what == "ขั้นตอนที่ 3 ส่ง 29 ม.ค. 2568 ทาง Google Drive"
    assert lines[3].what.startswith(f"กลุ่ม {GROUP[:8]}…: ")
    assert "ผู้ดูแลระบบ (คำสั่ง pmqa)" in [line.who for line in lines]


def test_the_audit_trail_filters_by_unit_step_and_bangkok_dates(db: Database) -> None:
    _write_everything(db)
    by_unit = db.audit.entries(ORG.name, AuditFilter(unit="กองคลัง"))
    assert [e.kind for e in by_unit] == [AuditKind.UNDO, AuditKind.SUBMIT, AuditKind.REGISTER]
    by_step = db.audit.entries(ORG.name, AuditFilter(step=3))
    assert [e.event_id for e in by_step] == ["e5", "e4"]
    one_day = db.audit.entries(
        ORG.name, AuditFilter(since=date(2025, 1, 29), until=date(2025, 1, 29))
    )
    assert [e.event_id for e in one_day] == ["e4", "e3"]
    assert db.audit.entries(OTHER.name)[0].submission is not None
    assert len(db.audit.entries(OTHER.name)) == 1
