"""A month of the demo's reminders under LINE's free quota, against the fake LINE server.

The demo group (สป.รง., steps 4 and 5 due in September 2025) is given ``--members`` members and
the channel ``--quota`` messages a month, ``--used`` of them spent already; the scheduler runs
every day of the month at 09:00 (``--talk DAY`` also has someone ask the bot in the group that
morning, so the day's reminder rides on the free reply). Prints each day's outcome and the
month's totals.

Run: .venv/bin/python bench/reminder_month.py [--members 30] [--quota 300] [--used 0] [--talk 19]
     [--month 9]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linebot.v3.webhooks import MessageEvent  # noqa: E402

from bot.composition import build_services  # noqa: E402
from bot.demo import DEMO_GROUP, load_demo  # noqa: E402
from bot.line import LineGateway  # noqa: E402
from bot.line.inbound import EventProcessor  # noqa: E402
from bot.line.quota_api import LineQuotaApi  # noqa: E402
from bot.reminders.sender import ReminderSender  # noqa: E402
from bot.settings import Settings  # noqa: E402
from kpi_core.fiscal_calendar import BANGKOK  # noqa: E402
from tests.fakes.fake_line import ACCESS_TOKEN, FakeLineServer  # noqa: E402
from tests.fakes.webhook_events import text_event  # noqa: E402

MEMBER = "Ud0000000000000000000000000000002"  # สมชาย of กองคลัง


def simulate(members: int, quota: int, used: int, talk: set[int], month: int) -> None:
    """Run the scheduler every morning of the month and print what each run did."""
    with tempfile.TemporaryDirectory() as folder, FakeLineServer() as line:
        line.quota.limit, line.quota.used = quota, used
        line.quota.set_members(DEMO_GROUP, members)
        env = {"DATABASE_URL": f"sqlite:///{folder}/m.sqlite3", "LINE_API_BASE_URL": line.base_url}
        settings = Settings.from_env({**env, "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN})
        year = 2024 if month >= 10 else 2025  # the demo's fiscal year 2568
        clock = [datetime(year, month, 1, 9, 0, tzinfo=BANGKOK)]
        services = build_services(settings, clock=lambda: clock[0], gateway=LineGateway(settings))
        services.db.upgrade()
        load_demo(services.db)
        quota_api = LineQuotaApi(settings)
        sender = ReminderSender(services.db, services.gateway, claimer="month", quota=quota_api)
        while clock[0].month == month:
            if clock[0].day in talk:  # someone asks the bot in the group at 08:30
                morning = clock[0]
                clock[0] = morning.replace(hour=8, minute=30)
                _talk(services.event_processor())
                services.outbox.drain(10)
                clock[0] = morning
            for run in sender.run(clock[0]):
                if run.outcome == "already_handled":
                    continue  # sent earlier, or carried by a reply
                kinds = ", ".join(f"{r.step}:{r.kind.value}:{r.offset}" for r in run.reminders)
                held = ", ".join(f"{r.step}:{r.kind.value}:{r.offset}" for r in run.held)
                print(f"{clock[0]:%a %d %b}  {run.outcome:<16} cost {run.cost:>3}  {kinds}"
                      + (f"  held {held}" if held else ""))  # fmt: skip
            clock[0] += timedelta(days=1)
        riding = [r for r in services.db.reminder_deliveries.list() if r.via == "reply"]
        print(
            f"pushes {len(line.accepted())}, counted {line.quota.used - used}/{quota - used} left"
            f" at the start (margin {quota // 10}), reminders on free replies {len(riding)}"
        )
        quota_api.close()
        services.close()


def _talk(processor: EventProcessor) -> None:
    """A member asks the bot something in the group."""
    event = text_event("บอท เหลือกี่วัน", group=DEMO_GROUP, user=MEMBER)
    processor.handle(MessageEvent.from_dict(event))


def main() -> None:
    """Parse the options and simulate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--quota", type=int, default=300)
    parser.add_argument("--used", type=int, default=0)
    parser.add_argument("--talk", type=int, action="append", default=[], help="a day of the month")
    parser.add_argument("--month", type=int, default=9, help="of fiscal year 2568 (9: September)")
    args = parser.parse_args()
    simulate(args.members, args.quota, args.used, set(args.talk), args.month)


if __name__ == "__main__":
    main()
