"""What a deadline reminder says: one combined message per group and run, never one per unit.

Days left are counted from the day the message goes out, so a late or retried reminder is
never stale. Each card carries buttons people can act on: "ส่งแล้ว" starts the usual step
confirmation (for the only missing unit, or the presser's own), "ดูรายละเอียด" shows who is
missing and what the step needs, and "เลื่อนเตือน 1 วัน" lets the coordinator postpone it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from handlers import postbacks
from handlers.formatting import number, plain
from handlers.intents import MarkStep, PostponeReminder, StepDetails
from handlers.replies import (
    Action,
    Badge,
    Card,
    CardMessage,
    MentionMessage,
    Message,
    Reply,
    Row,
    Section,
    TextMessage,
    Tone,
)
from kpi_core.models import DeductionRules, Indicator, Member, MilestoneStep, Organisation
from kpi_core.reminders import Reminder, ReminderKind
from kpi_core.thai_dates import format_thai_date, format_thai_window

MENTIONS_PER_MESSAGE = 20
KIND_TH = {
    ReminderKind.BEFORE_OPEN: "ใกล้เปิดรับ",
    ReminderKind.BEFORE_DUE: "ใกล้กำหนดส่ง",
    ReminderKind.OVERDUE: "เลยกำหนดแล้ว",
}


def _days(reminder: Reminder, today: date | None) -> int:
    return reminder.days_left if today is None else reminder.days_left_on(today)


def _when(reminder: Reminder, days: int) -> str:
    if reminder.kind is ReminderKind.BEFORE_OPEN and reminder.opens is not None:
        return f"เปิดรับ {format_thai_date(reminder.opens)}"
    if reminder.kind is ReminderKind.OVERDUE or days < 0:
        return f"เลยกำหนดมา {-days} วัน"
    return "วันนี้วันสุดท้าย" if days == 0 else f"อีก {days} วัน"


def _tone(reminder: Reminder, days: int) -> Tone:
    if reminder.kind is ReminderKind.OVERDUE or days <= 1:
        return Tone.BAD
    return Tone.WARN if days <= 3 else Tone.INFO


def how_to_pass(step: MilestoneStep, indicator: Indicator) -> str:
    """What a unit does to pass the step: type that it was sent, or meet the plan's targets."""
    if step.plan_results:
        share = (indicator.deductions or DeductionRules()).plan_target_percent
        return (
            f"ขั้นตอนนี้คิดจากผลตัวชี้วัดในแผน: ต้องบรรลุค่าเป้าหมายอย่างน้อย {number(plain(share))}% "
            "ของตัวชี้วัดในแผน (ไม่ต้องพิมพ์ว่าส่งแล้ว)"
        )
    return f"ส่งแล้วกดปุ่ม 'ส่งแล้ว' หรือพิมพ์ 'บอท ขั้นตอนที่ {step.number} ส่งแล้ว'"


def card_actions(reminder: Reminder, step: MilestoneStep | None) -> tuple[Action, ...]:
    """The card's buttons: ส่งแล้ว (not for a step scored from results), details, postpone."""
    number, code = str(reminder.step), reminder.indicator_code
    actions = []
    if step is not None and not step.plan_results:
        only = reminder.missing_units[0] if len(reminder.missing_units) == 1 else ""
        sent = postbacks.encode(MarkStep(step=number, unit=only))
        actions.append(Action("ส่งแล้ว", data=sent, display_text=f"ขั้นตอนที่ {number} ส่งแล้ว"))
    details = postbacks.encode(StepDetails(number, code))
    actions.append(Action("ดูรายละเอียด", data=details, display_text="ดูรายละเอียด"))
    if reminder.kind is not ReminderKind.OVERDUE:
        later = postbacks.encode(PostponeReminder(number, code))
        actions.append(Action("เลื่อนเตือน 1 วัน", data=later, display_text="เลื่อนเตือน 1 วัน"))
    return tuple(actions)


def reminder_card(reminder: Reminder, indicator: Indicator, today: date | None = None) -> Card:
    """One step's reminder: deadline as a Thai date, days left, who is missing, what to do."""
    step = indicator.step(reminder.step)
    name = step.name if step else f"ขั้นตอนที่ {reminder.step}"
    window = format_thai_window(step.window) if step else format_thai_date(reminder.due)
    days = _days(reminder, today)
    rows = [Row("กำหนดส่ง", f"{window} ({_when(reminder, days)})", _tone(reminder, days))]
    if reminder.missing_units:
        label = f"ยังไม่ส่ง {len(reminder.missing_units)} หน่วยงาน"
        rows.append(Row(label, ", ".join(reminder.missing_units), Tone.BAD))
    late = " (แจ้งเตือนล่าช้า)" if reminder.late else ""
    return Card(
        title=f"ขั้นตอนที่ {reminder.step}: {name}",
        subtitle=f"{indicator.title}{late}",
        badge=Badge(KIND_TH.get(reminder.kind, "แจ้งเตือน"), _tone(reminder, days)),
        sections=(Section("", tuple(rows)),),
        footer=how_to_pass(step, indicator) if step else "",
        actions=card_actions(reminder, step),
    )


def _card(org: Organisation, reminder: Reminder, today: date | None) -> Card:
    indicator = org.indicator(reminder.indicator_code)
    assert indicator is not None, "a reminder is planned from one of the organisation's indicators"
    return reminder_card(reminder, indicator, today)


def _alt_text(org: Organisation, reminders: Sequence[Reminder], today: date | None) -> str:
    parts = [f"⏰ เตือนกำหนดส่ง {org.short_name or org.name}"]
    for r in reminders:
        missing = f" ยังไม่ส่ง: {', '.join(r.missing_units)}" if r.missing_units else ""
        when = _when(r, _days(r, today))
        parts.append(f"ขั้นตอนที่ {r.step} ภายใน {format_thai_date(r.due)} ({when}){missing}")
    return " · ".join(parts)


def _mentions(
    reminders: Sequence[Reminder], members: Mapping[str, Sequence[Member]]
) -> list[Message]:
    """@mentions of the members of the missing units (LINE allows 20 per message)."""
    found = (m.line_user_id for r in reminders for u in r.missing_units for m in members.get(u, ()))
    users = list(dict.fromkeys(found))
    messages: list[Message] = []
    for start in range(0, len(users), MENTIONS_PER_MESSAGE):
        chunk = tuple(users[start : start + MENTIONS_PER_MESSAGE])
        tags = " ".join(f"{{m{n}}}" for n in range(len(chunk)))
        messages.append(MentionMessage(f"{tags} ยังไม่ได้ส่งงานตามกำหนดครับ 🙏", chunk))
    return messages


def reminder_reply(
    org: Organisation,
    reminders: Sequence[Reminder],
    members: Mapping[str, Sequence[Member]],
    *,
    today: date | None = None,
) -> Reply:
    """The whole run's message for one group: cards, the "ครบแล้ว" notes, then @mentions;
    days are counted from ``today`` (the day it goes out)."""
    steps = [r for r in reminders if r.kind is not ReminderKind.DIGEST]
    due = [r for r in steps if r.kind is not ReminderKind.ALL_DONE]
    done = [r for r in steps if r.kind is ReminderKind.ALL_DONE]
    messages: list[Message] = []
    if due:
        cards = tuple(_card(org, r, today) for r in due)
        messages.append(CardMessage(_alt_text(org, due, today), cards))
    for r in done:
        messages.append(TextMessage(f"ขั้นตอนที่ {r.step} ส่งครบทุกหน่วยงานแล้ว ✓ ขอบคุณทุกคนครับ"))
    messages += _mentions(due, members)
    return Reply(tuple(messages))


def failure_notice(failures: Sequence[tuple[int, date, int | None]]) -> str:
    """Tell the coordinator which reminders LINE refused (step, deadline, LINE's status)."""
    lines = [f"⚠️ ส่งการแจ้งเตือนกำหนดส่งไม่สำเร็จ {len(failures)} รายการ:"]
    for step, due, status in failures:
        why = "LINE จำกัดจำนวนข้อความ (429)" if status == 429 else f"LINE ตอบ {status or 'ไม่ได้'}"
        lines.append(f"• ขั้นตอนที่ {step} (กำหนด {format_thai_date(due)}): {why}")
    lines.append("ระบบจะลองส่งใหม่อัตโนมัติ ถ้ายังไม่สำเร็จโปรดแจ้งเตือนในกลุ่มด้วยตนเองครับ")
    return "\n".join(lines)


def held_notice(held: Sequence[tuple[int, date, str]]) -> str:
    """Tell the coordinator which reminders were held back to stay within LINE's quota."""
    lines = [f"ℹ️ งดส่งการแจ้งเตือน {len(held)} รายการ เพื่อไม่ให้เกินโควตาข้อความ LINE ของเดือนนี้:"]
    for step, due, kind in held:
        what = "สรุปประจำสัปดาห์" if kind == ReminderKind.DIGEST else f"ขั้นตอนที่ {step}"
        lines.append(f"• {what} (กำหนด {format_thai_date(due)})")
    lines.append("ดูโควตาและแผนการเตือนของเดือนได้ที่ 'ดูการตั้งเตือน' ครับ")
    return "\n".join(lines)
