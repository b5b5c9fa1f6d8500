"""Reminder cards people act on: ส่งแล้ว, ดูรายละเอียด, เลื่อนเตือน 1 วัน, and step 5's wording."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from handlers.intents import MarkStep, PostponeReminder, StepDetails
from handlers.reminder_messages import reminder_reply
from handlers.replies import Reply
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.ledger import effective_submissions
from kpi_core.models import ReminderPolicy, Submission, SubmissionKind
from kpi_core.reminders import Reminder, reminders_due
from tests.fakes.chat import press, say
from tests.fakes.ports import GROUP, FakePorts
from tests.fakes.reading import button, cards, labels, meanings, rows, text_of
from tests.fakes.seed import COORDINATOR, SOMCHAI, SOMYING, labour

NOW = datetime(2025, 1, 28, 9, 30, tzinfo=BANGKOK)
SEPTEMBER_23 = datetime(2025, 9, 23, 9, 0, tzinfo=BANGKOK)


def _due(ports: FakePorts, now: datetime = NOW) -> list[Reminder]:
    org = labour()
    current = effective_submissions(ports.submissions.list(org.name))
    return reminders_due(
        org, org.indicators[0], current, ReminderPolicy(), now=now, holidays=frozenset()
    )


def _card_reply(ports: FakePorts, now: datetime = NOW) -> Reply:
    return reminder_reply(labour(), _due(ports, now), {}, today=now.date())


def test_a_reminder_card_offers_sent_details_and_postpone(mol_demo: FakePorts) -> None:
    [card] = cards(_card_reply(mol_demo))
    assert labels(card.actions) == ["ส่งแล้ว", "ดูรายละเอียด", "เลื่อนเตือน 1 วัน"]
    assert meanings(card.actions) == [
        MarkStep(step="3"),
        StepDetails("3", "1"),
        PostponeReminder("3", "1"),
    ]


def test_pressing_sent_starts_the_step_confirmation_for_the_pressers_own_unit(
    mol_demo: FakePorts,
) -> None:
    reply = press(mol_demo, button(_card_reply(mol_demo), "ส่งแล้ว"), SOMYING, now=NOW)
    [card] = cards(reply)
    assert card.title == "ยืนยันการบันทึก"
    assert "หน่วยงาน: กองการเจ้าหน้าที่" in [r.value for r in rows(card)]
    assert [p.submission.unit for p in mol_demo.pending.added] == ["กองการเจ้าหน้าที่"]


def test_when_one_unit_is_missing_sent_names_it_and_another_unit_is_refused(
    mol_demo: FakePorts,
) -> None:
    done = ("กลุ่มพัฒนาระบบบริหาร", "กองการเจ้าหน้าที่", "กองนิติการ")
    mol_demo.submissions.load(labour().name, *(_step_3(unit) for unit in done))
    sent = button(_card_reply(mol_demo), "ส่งแล้ว")
    assert meanings((sent,)) == [MarkStep(step="3", unit="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")]
    refused = text_of(press(mol_demo, sent, SOMCHAI, now=NOW))
    assert refused.startswith("บันทึกได้เฉพาะของ กองคลัง ครับ")
    assert mol_demo.pending.added == []


def _step_3(unit: str) -> Submission:
    return Submission(
        "1",
        SubmissionKind.STEP,
        unit=unit,
        step=3,
        done_on=date(2025, 1, 27),
        channel="google_drive",
        dimensions=frozenset({1, 2, 3}),
        submitted_at=datetime(2025, 1, 27, 10, 0, tzinfo=BANGKOK),
    )


def test_step_5_says_what_it_needs_and_offers_no_sent_button(mol: FakePorts) -> None:
    reply = _card_reply(mol, SEPTEMBER_23)
    step_5 = next(c for c in cards(reply) if c.title.startswith("ขั้นตอนที่ 5"))
    assert "ขั้นตอนที่ 5 ส่งแล้ว" not in step_5.footer
    assert "บรรลุค่าเป้าหมายอย่างน้อย 85% ของตัวชี้วัดในแผน" in step_5.footer
    assert labels(step_5.actions) == ["ดูรายละเอียด", "เลื่อนเตือน 1 วัน"]


def test_details_show_who_is_missing_and_what_the_step_needs(mol_demo: FakePorts) -> None:
    reply = press(mol_demo, button(_card_reply(mol_demo), "ดูรายละเอียด"), SOMCHAI, now=NOW)
    [card] = cards(reply)
    missing = [r.value for r in rows(card, "ยังไม่ส่ง (4 หน่วยงาน)")]
    assert missing == [
        "กลุ่มพัฒนาระบบบริหาร",
        "กองการเจ้าหน้าที่",
        "กองนิติการ",
        "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
    ]
    rules = " ".join(r.value for r in rows(card, "เกณฑ์"))
    assert "ส่งทาง Google Drive (ช่องทางอื่นหัก 0.5)" in rules
    assert "แผนต้องครอบคลุมทุกมิติ" in rules and "หัก 0.05" in rules
    assert [r.value for r in rows(card, "กำหนดส่ง")] == ["17–31 ม.ค. 2568 (อีก 3 วัน)"]


def test_details_can_be_asked_by_typing_too(mol_demo: FakePorts) -> None:
    [card] = cards(say(mol_demo, "บอท รายละเอียดขั้นตอนที่ 3", SOMCHAI, now=NOW))
    assert card.title.startswith("ขั้นตอนที่ 3")


def test_the_coordinator_postpones_the_steps_next_reminder_by_a_day(mol_demo: FakePorts) -> None:
    press_at = datetime(2025, 1, 28, 10, 0, tzinfo=BANGKOK)  # after this morning's reminder
    postpone = button(_card_reply(mol_demo), "เลื่อนเตือน 1 วัน")
    reply = text_of(press(mol_demo, postpone, COORDINATOR, now=press_at, event_id="evt-9"))
    assert reply.startswith("เลื่อนการเตือนขั้นตอนที่ 3 จาก 30 ม.ค. 2568 แล้วครับ")
    assert reply.endswith("การเตือนครั้งถัดไป: 31 ม.ค. 2568")
    [stored] = mol_demo.reminder_postponements.stored
    assert (stored.step, stored.day, stored.by, stored.event_id) == (
        3,
        date(2025, 1, 30),
        COORDINATOR.line_user_id,
        "evt-9",
    )


def test_the_deadline_morning_is_never_postponed(mol_demo: FakePorts) -> None:
    evening = datetime(2025, 1, 30, 18, 0, tzinfo=BANGKOK)
    reply = text_of(say(mol_demo, "บอท เลื่อนเตือน 1 วัน", COORDINATOR, now=evening))
    assert "เช้าวันกำหนดส่ง (31 ม.ค. 2568) จึงเลื่อนไม่ได้" in reply
    assert mol_demo.reminder_postponements.stored == []


@pytest.mark.parametrize("sender", [SOMCHAI, None], ids=["member", "anonymous"])
def test_only_the_coordinator_may_postpone(mol_demo: FakePorts, sender) -> None:  # noqa: ANN001
    postpone = button(_card_reply(mol_demo), "เลื่อนเตือน 1 วัน")
    press(mol_demo, postpone, sender, now=NOW)
    assert mol_demo.reminder_postponements.stored == []


def test_a_postponement_in_a_group_with_reminders_off_is_refused(mol_demo: FakePorts) -> None:
    mol_demo.reminder_policies.policies[GROUP] = ReminderPolicy(enabled=False)
    reply = text_of(say(mol_demo, "บอท เลื่อนการเตือน", COORDINATOR, now=NOW))
    assert "ปิดการเตือนอยู่" in reply
