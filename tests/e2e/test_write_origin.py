"""Every write made in chat is kept with who, when, from which chat and which LINE event."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.tables import GroupBindingChangeRow, MemberChangeRow, ReminderPolicyChangeRow
from tests.e2e.conftest import COORDINATOR, GROUP, KONGJ, STRANGER, Bot
from tests.fakes.webhook_events import postback_event, text_event

ORG = "สำนักงานปลัดกระทรวงแรงงาน"


def _button(bot: Bot, label: str) -> str:
    last = bot.line.requests[-1].messages[-1]
    actions = [item["action"] for item in last.get("quickReply", {}).get("items", [])]
    return next(a["data"] for a in actions if a["label"] == label)


def _rows(bot: Bot, table: type) -> list:
    with bot.services.db.engine.connect() as connection:
        return list(connection.execute(select(table).order_by(table.id)))


def test_a_confirmed_step_keeps_its_chat_and_event(bot: Bot) -> None:
    bot.post(text_event("บอท ขั้นตอนที่ 3 ส่งแล้ว", group=GROUP, user=KONGJ))
    tap = postback_event(_button(bot, "ยืนยัน"), group=GROUP, user=KONGJ)
    bot.post(tap)
    stored = bot.services.db.submissions.list(ORG)[-1]
    assert (stored.submitted_by, stored.source_chat_id, stored.source_event_id) == (
        KONGJ,
        GROUP,
        tap["webhookEventId"],
    )


def test_a_registration_in_chat_keeps_its_chat_and_event(bot: Bot) -> None:
    event = text_event("บอท ลงทะเบียน กองคลัง", group=GROUP, user=STRANGER)
    bot.post(event)
    change = _rows(bot, MemberChangeRow)[-1]
    assert (change.line_user_id, change.changed_by) == (STRANGER, STRANGER)
    assert (change.source_chat_id, change.source_event_id) == (GROUP, event["webhookEventId"])


def test_a_binding_and_a_setting_keep_their_event(bot: Bot) -> None:
    bind = text_event("บอท ผูกกลุ่ม", group=GROUP, user=COORDINATOR)
    bot.post(bind)
    setting = text_event("บอท ตั้งเตือน 7 3 1", group=GROUP, user=COORDINATOR)
    bot.post(setting)
    binding = _rows(bot, GroupBindingChangeRow)[-1]
    policy = _rows(bot, ReminderPolicyChangeRow)[-1]
    assert (binding.group_id, binding.bound_by) == (GROUP, COORDINATOR)
    assert binding.source_event_id == bind["webhookEventId"]
    assert (policy.changed_by, policy.source_event_id) == (COORDINATOR, setting["webhookEventId"])


def test_a_step_confirmed_for_several_units_keeps_each_units_chat_and_event(bot: Bot) -> None:
    bot.post(text_event("บอท กจ. กับ กนต. ส่งแผนแล้วค่ะ ครบ 3 มิติ", group=GROUP, user=COORDINATOR))
    tap = postback_event(_button(bot, "ยืนยัน"), group=GROUP, user=COORDINATOR)
    bot.post(tap)
    event = tap["webhookEventId"]
    rows = bot.services.db.submissions.list(ORG)[-2:]
    assert [
        (r.unit, r.step, r.submitted_by, r.source_chat_id, r.source_event_id) for r in rows
    ] == [
        ("กองการเจ้าหน้าที่", 3, COORDINATOR, GROUP, event),
        ("กองนิติการ", 3, COORDINATOR, GROUP, f"{event}#2"),
    ]
    assert "บันทึกแล้ว 2 หน่วยงาน ✓" in bot.texts()
