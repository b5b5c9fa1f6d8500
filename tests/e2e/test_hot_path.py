"""The hot path's statements, counted (never timed): a status asked again in a group costs
the event's de-duplication and three small reads -- the sender, the group's binding and the
organisation's data version -- the rest comes from the read model."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import event

from bot.composition import Services
from bot.web.app import create_app
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Submission, SubmissionKind
from tests.e2e.conftest import GROUP, KONGKLANG, Bot, line_services
from tests.fakes.fake_line import FakeLineServer
from tests.fakes.webhook_events import text_event

QUIET = datetime(2025, 1, 29, 17, 0, tzinfo=BANGKOK)  # no reminder due that day
ORG = "สำนักงานปลัดกระทรวงแรงงาน"
TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE)\s+(\w+)", re.IGNORECASE)


@pytest.fixture
def quiet_bot(demo_database_url: str, line_server: FakeLineServer) -> Iterator[Bot]:
    services: Services = line_services(demo_database_url, line_server, QUIET)
    yield Bot(create_app(services.settings, services).test_client(), services, line_server)
    services.close()


def _statements(bot: Bot, text: str) -> list[str]:
    """What the database was asked while the bot answered ``text`` in the group: the first
    word and the table of each statement (BEGIN/COMMIT aside)."""
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        sent.append(statement)

    event.listen(bot.services.db.engine, "before_cursor_execute", record)
    try:
        assert bot.post(text_event(text, group=GROUP, user=KONGKLANG, mention_self=True)) == 200
    finally:
        event.remove(bot.services.db.engine, "before_cursor_execute", record)
    found = []
    for statement in sent:
        verb = statement.split(None, 1)[0].upper()
        if verb in ("BEGIN", "COMMIT", "ROLLBACK"):
            continue
        table = TABLE.search(statement)
        found.append(f"{verb} {table[1] if table else '?'}")
    return found


# What a repeated status reads: the event id, the sender's open "which one?" in this chat (if
# any), the sender, the group's binding, and the organisation's data version.
REPEATED_STATUS = [
    "INSERT processed_events",
    "SELECT ask_backs",
    "SELECT members",
    "SELECT group_bindings",
    "SELECT organisations",
]


def test_a_status_asked_again_costs_five_statements(quiet_bot: Bot) -> None:
    first = _statements(quiet_bot, "สถานะ")
    answer = quiet_bot.line.reply_texts()
    again = _statements(quiet_bot, "สถานะ")
    assert again == REPEATED_STATUS
    assert len(first) > len(again)  # the first one read the organisation
    assert quiet_bot.line.reply_texts() == answer  # the same answer from memory


def test_a_step_stored_in_between_shows_in_the_next_status(quiet_bot: Bot) -> None:
    _statements(quiet_bot, "สถานะ")
    before = quiet_bot.line.replies()[-1].messages
    step = Submission(
        "1", SubmissionKind.STEP, unit="กองการเจ้าหน้าที่", step=3, done_on=QUIET.date(),
        dimensions=frozenset({1, 2, 3}), submitted_at=QUIET,
    )  # fmt: skip
    quiet_bot.services.db.submissions.append(ORG, step)  # another process's write
    again = _statements(quiet_bot, "สถานะ")
    assert "SELECT submissions" in again  # read anew at the new version
    assert quiet_bot.line.replies()[-1].messages != before


def test_on_a_reminder_day_the_delivery_log_is_read_until_the_days_reminders_are_settled(
    bot: Bot,
) -> None:
    _statements(bot, "สถานะ")  # the day's reminders ride on this first answer
    again = _statements(bot, "สถานะ")
    assert again == [*REPEATED_STATUS, "SELECT reminder_deliveries"]  # found sent: for good
    assert _statements(bot, "สถานะ") == REPEATED_STATUS  # nothing left that could ride
