"""A confirmed write is never lost nor doubled, whatever step of its event fails.

A failure is injected between each pair of steps of a confirmation (the event recorded, the
reads, the settlement, the append, the commit; and after the commit) on a SQLite file and on
PostgreSQL: the webhook answers 503 and keeps nothing, LINE's redelivery of the same event then
stores the value exactly once and answers once, and a second redelivery changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from flask import Flask

from bot.composition import Services
from bot.line.inbound import EventProcessor
from bot.web.webhook import register_webhook
from handlers.ports import PendingState
from handlers.postbacks import decode
from tests.e2e.conftest import PATHUM, PATHUM_GROUP, Bot, line_services
from tests.e2e.test_webhook import _buttons
from tests.fakes.fake_line import FakeLineServer
from tests.fakes.faults import STEPS, Faults, FaultyUnits
from tests.fakes.logs import assert_no_private_data
from tests.fakes.webhook_events import CHANNEL_SECRET, postback_event, redelivered, text_event

PATHUM_ORG = "ปทุมธานี"
STORED = "บันทึกแล้ว ✓"


@dataclass
class FaultyBot(Bot):
    """The bot with a fault switch on its units of work."""

    faults: Faults


@pytest.fixture
def faulty(demo_database_url: str, line_server: FakeLineServer) -> Iterator[FaultyBot]:
    services = line_services(demo_database_url, line_server)
    faults = Faults()
    app = Flask(__name__)
    register_webhook(app, CHANNEL_SECRET, _processor(services, faults))
    yield FaultyBot(app.test_client(), services, line_server, faults)
    services.outbox.drain(10)
    services.close()


def _processor(services: Services, faults: Faults) -> EventProcessor:
    return EventProcessor(
        units=FaultyUnits(services.db, faults),
        ports=services.ports,
        outbox=services.outbox,
        now=services.now,
        prefixes=services.settings.group_prefixes,
    )


def answers(line: FakeLineServer, start: str) -> int:
    """How many replies and pushes LINE took carried a message starting with ``start``."""
    sent = line.delivered()
    return sum(any((m.get("text") or "").startswith(start) for m in r.messages) for r in sent)


def _rows(bot: Bot) -> list:
    return bot.services.db.submissions.list(PATHUM_ORG)


@pytest.mark.parametrize("step", STEPS)
def test_a_failure_at_any_step_of_a_confirmation_loses_and_doubles_nothing(
    faulty: FaultyBot, step: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    assert faulty.post(text_event("บอท ส่งผล ขยะ 52.3", group=PATHUM_GROUP, user=PATHUM)) == 200
    data = _buttons(faulty)["ยืนยัน"]
    token = decode(data).token  # type: ignore[union-attr]
    tap = postback_event(data, group=PATHUM_GROUP, user=PATHUM)
    faulty.faults.arm(step)
    assert faulty.post(tap) == 503
    assert faulty.faults.injected == [step]
    kept = step == "committed"  # the commit was kept; only its answer was lost
    assert len(_rows(faulty)) == (1 if kept else 0)
    draft = faulty.services.db.pending.get(token)
    assert draft is not None
    assert draft.state is (PendingState.CONFIRMED if kept else PendingState.PENDING)
    assert faulty.post(redelivered(tap)) == 200
    assert faulty.post(redelivered(tap)) == 200
    [row] = _rows(faulty)
    assert (row.value, row.source_event_id) == (Decimal("52.3"), tap["webhookEventId"])
    assert answers(faulty.line, STORED) == (0 if kept else 1)
    ids = [PATHUM, PATHUM_GROUP, tap["webhookEventId"], tap["replyToken"], token]
    assert_no_private_data(caplog.records, texts=["ส่งผล ขยะ 52.3"], ids=ids)


def test_a_batch_stops_at_a_failed_event_and_its_redelivery_finishes_it_once(
    faulty: FaultyBot,
) -> None:
    faulty.post(text_event("บอท ส่งผล ขยะ 52.3", group=PATHUM_GROUP, user=PATHUM))
    tap = postback_event(_buttons(faulty)["ยืนยัน"], group=PATHUM_GROUP, user=PATHUM)
    status = text_event("บอท สถานะ", group=PATHUM_GROUP, user=PATHUM)
    later = text_event("บอท ประวัติ ขยะ", group=PATHUM_GROUP, user=PATHUM)
    faulty.faults.arm("event", skip=1)  # the tap commits; the status question fails
    assert faulty.post(tap, status, later) == 503
    assert len(_rows(faulty)) == 1 and answers(faulty.line, STORED) == 1
    assert len(faulty.line.landed_replies()) == 2  # the draft and the tap; "later" was not started
    assert faulty.post(*(redelivered(e) for e in (tap, status, later))) == 200
    assert len(_rows(faulty)) == 1 and answers(faulty.line, STORED) == 1
    assert len(faulty.line.landed_replies()) == 4  # and now the status and the history, once each


def test_a_pooled_connection_found_closed_is_replaced_and_the_event_handled_at_once(
    faulty: FaultyBot,
) -> None:
    faulty.faults.arm("reads", closed=True)
    event = text_event("บอท สถานะ", group=PATHUM_GROUP, user=PATHUM)
    assert faulty.post(event) == 200  # no 503: tried once more on a new connection
    assert faulty.faults.injected == ["reads"] and len(faulty.line.landed_replies()) == 1
