"""Reminder failures told to the coordinator before the answer, once, and to no one else."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.notices import with_notices
from handlers.reminder_messages import failure_notice
from handlers.replies import SILENT, Action, TextMessage, text_reply
from tests.fakes.chat import NOW
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.seed import COORDINATOR, OCSC_COORDINATOR, SOMCHAI, STRANGER, labour, ocsc

ANSWER = text_reply("คำตอบ", Action("สถานะ", text="สถานะ"))
MOL = "สำนักงานปลัดกระทรวงแรงงาน"
DUE = date(2025, 1, 31)


@pytest.fixture
def ports() -> FakePorts:
    """สป.รง. with two reminders LINE refused (quota, then a timeout), and ก.พ. with one."""
    ports = fake_ports(labour(), ocsc(), members=[COORDINATOR, SOMCHAI, OCSC_COORDINATOR])
    ports.reminder_deliveries.fail(MOL, step=3, due=DUE, status=429)
    ports.reminder_deliveries.fail(MOL, step=3, due=DUE, status=None)
    ports.reminder_deliveries.fail(OCSC_COORDINATOR.organisation, step=1, due=DUE, status=500)
    return ports


def test_the_coordinator_hears_of_failed_reminders_before_the_answer(ports: FakePorts) -> None:
    reply = with_notices(ANSWER, ports, COORDINATOR.line_user_id, NOW)
    notice = TextMessage(failure_notice([(3, DUE, 429), (3, DUE, None)]))
    assert reply.messages == (notice, *ANSWER.messages)
    assert reply.quick_replies == ANSWER.quick_replies
    assert notice.text.startswith("⚠️ ส่งการแจ้งเตือนกำหนดส่งไม่สำเร็จ 2 รายการ:\n")
    assert "• ขั้นตอนที่ 3 (กำหนด 31 ม.ค. 2568): LINE จำกัดจำนวนข้อความ (429)" in notice.text


def test_failures_are_told_once_and_marked_with_the_time(ports: FakePorts) -> None:
    with_notices(ANSWER, ports, COORDINATOR.line_user_id, NOW)
    assert with_notices(ANSWER, ports, COORDINATOR.line_user_id, NOW) == ANSWER
    marked = [f.notified_at for f in ports.reminder_deliveries.failures if f.organisation == MOL]
    assert marked == [NOW, NOW]


def test_each_coordinator_hears_only_of_their_organisations_failures(ports: FakePorts) -> None:
    reply = with_notices(ANSWER, ports, OCSC_COORDINATOR.line_user_id, NOW)
    assert reply.messages[0] == TextMessage(failure_notice([(1, DUE, 500)]))
    assert len(ports.reminder_deliveries.unnotified_failures(MOL)) == 2


@pytest.mark.parametrize(
    ("reply", "user_id"),
    [
        (ANSWER, SOMCHAI.line_user_id),
        (ANSWER, STRANGER),
        (ANSWER, None),
        (SILENT, COORDINATOR.line_user_id),
    ],
    ids=["member", "unregistered", "no-user-id", "silent-reply"],
)
def test_no_one_else_hears_of_them_and_they_stay_untold(
    ports: FakePorts, reply: object, user_id: str | None
) -> None:
    assert with_notices(reply, ports, user_id, NOW) is reply  # type: ignore[arg-type]
    assert len(ports.reminder_deliveries.unnotified_failures(MOL)) == 2


def test_without_failures_the_answer_is_unchanged() -> None:
    ports = fake_ports(labour(), members=[COORDINATOR])
    assert with_notices(ANSWER, ports, COORDINATOR.line_user_id, NOW) is ANSWER
