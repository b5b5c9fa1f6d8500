"""The issue's observations through the whole bot (signed webhooks, real databases, real SDK):
two drafts, a confirmation from another chat, a group takeover, leave and join, and a
coordinator's own move."""

from __future__ import annotations

from decimal import Decimal

from bot.reminders.scheduler import run_once
from tests.e2e.conftest import COORDINATOR, GROUP, KONGKLANG, PATHUM, PATHUM_GROUP, Bot
from tests.e2e.test_webhook import _buttons
from tests.fakes.webhook_events import (
    join_event,
    leave_event,
    postback_event,
    text_event,
)

MOL = "สำนักงานปลัดกระทรวงแรงงาน"
PATHUM_ORG = "ปทุมธานี"
OCSC_COORDINATOR = "Ud0000000000000000000000000000005"  # สำนักงาน ก.พ.'s coordinator


def _values(bot: Bot) -> list[Decimal | None]:
    return [row.value for row in bot.services.db.submissions.list(PATHUM_ORG)]


def test_two_drafts_then_two_typed_confirmations_store_only_the_newer_value(bot: Bot) -> None:
    for text in ("บอท ส่งผล ขยะ 10", "บอท ส่งผล ขยะ 20", "บอท ยืนยัน", "บอท ยืนยัน"):
        assert bot.post(text_event(text, group=PATHUM_GROUP, user=PATHUM)) == 200
    assert _values(bot) == [Decimal("20")]
    assert "ไม่พบรายการที่รอยืนยัน" in bot.line.texts()[-1]


def test_the_older_drafts_button_says_it_was_superseded(bot: Bot) -> None:
    bot.post(text_event("บอท ส่งผล ขยะ 10", group=PATHUM_GROUP, user=PATHUM))
    older = _buttons(bot)["ยืนยัน"]
    bot.post(text_event("บอท ส่งผล ขยะ 20", group=PATHUM_GROUP, user=PATHUM))
    bot.post(postback_event(older, group=PATHUM_GROUP, user=PATHUM))
    assert _values(bot) == [] and "รายการใหม่กว่ามาแทน" in bot.line.texts()[-1]


def test_a_confirmation_from_another_chat_is_refused_without_spending_the_draft(
    bot: Bot,
) -> None:
    bot.post(text_event("บอท ส่งผล ขยะ 52.3", group=PATHUM_GROUP, user=PATHUM))
    confirm = _buttons(bot)["ยืนยัน"]
    bot.post(postback_event(confirm, group=None, user=PATHUM))  # from the 1:1 chat
    assert _values(bot) == [] and "เฉพาะในแชทที่ส่งรายการมา" in bot.line.texts()[-1]
    bot.post(postback_event(confirm, group=PATHUM_GROUP, user=PATHUM))
    assert _values(bot) == [Decimal("52.3")]


def test_another_organisations_coordinator_cannot_take_a_group_over(bot: Bot) -> None:
    bot.post(text_event("บอท ผูกกลุ่ม", group=GROUP, user=OCSC_COORDINATOR))
    assert "กลุ่มนี้เป็นของ " + MOL in bot.line.reply_texts()[0]
    assert bot.services.db.groups.get(GROUP).organisation == MOL  # type: ignore[union-attr]
    bot.post(text_event("บอท สถานะ", group=GROUP, user=KONGKLANG))
    assert "สป.รง." in bot.texts()  # the members still see their own organisation


def _reminded_groups(bot: Bot) -> set[str]:
    return {run.group_id for run in run_once(bot.services, dry_run=True)}


def test_leave_stops_reminders_and_join_plus_the_coordinator_restores_the_group(
    bot: Bot,
) -> None:
    assert GROUP in _reminded_groups(bot)  # three days before step 3's deadline
    assert bot.post(leave_event(GROUP)) == 200
    assert bot.services.db.groups.get(GROUP) is None and GROUP not in _reminded_groups(bot)
    assert bot.services.db.groups.last(GROUP).organisation == MOL  # type: ignore[union-attr]
    assert bot.post(join_event(GROUP)) == 200
    assert "เคยใช้กับ " + MOL in bot.line.texts()[-1]
    assert GROUP not in _reminded_groups(bot)  # joining alone does not restore it
    bot.post(text_event("บอท ผูกกลุ่ม", group=GROUP, user=OCSC_COORDINATOR))
    assert bot.services.db.groups.get(GROUP) is None
    bot.post(text_event("บอท ผูกกลุ่ม", group=GROUP, user=COORDINATOR))
    assert "อีกครั้ง" in bot.line.reply_texts()[0] and GROUP in _reminded_groups(bot)


def test_a_coordinators_own_move_waits_for_confirmation(bot: Bot) -> None:
    bot.post(text_event("บอท ลงทะเบียน กองกลาง", group=GROUP, user=COORDINATOR))
    member = bot.services.db.members.get(COORDINATOR)
    assert member is not None and member.unit == "กลุ่มพัฒนาระบบบริหาร"
    bot.post(postback_event(_buttons(bot)["ยืนยัน"], group=GROUP, user=COORDINATOR))
    member = bot.services.db.members.get(COORDINATOR)
    assert member is not None and (member.unit, member.is_coordinator) == ("กองกลาง", True)
