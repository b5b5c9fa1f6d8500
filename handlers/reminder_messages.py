"""What a deadline reminder says: one combined message per group and run, never one per unit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

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
from kpi_core.models import Indicator, Member, Organisation
from kpi_core.reminders import Reminder, ReminderKind
from kpi_core.thai_dates import format_thai_date, format_thai_window

MENTIONS_PER_MESSAGE = 20
KIND_TH = {
    ReminderKind.BEFORE_OPEN: "ใกล้เปิดรับ",
    ReminderKind.BEFORE_DUE: "ใกล้กำหนดส่ง",
    ReminderKind.OVERDUE: "เลยกำหนดแล้ว",
}


def _when(reminder: Reminder) -> str:
    if reminder.kind is ReminderKind.BEFORE_OPEN and reminder.opens is not None:
        return f"เปิดรับ {format_thai_date(reminder.opens)}"
    if reminder.kind is ReminderKind.OVERDUE:
        return f"เลยกำหนดมา {-reminder.days_left} วัน"
    if reminder.days_left == 0:
        return "วันนี้วันสุดท้าย"
    return f"อีก {reminder.days_left} วัน"


def _tone(reminder: Reminder) -> Tone:
    if reminder.kind is ReminderKind.OVERDUE or reminder.days_left <= 1:
        return Tone.BAD
    return Tone.WARN if reminder.days_left <= 3 else Tone.INFO


def reminder_card(reminder: Reminder, indicator: Indicator) -> Card:
    """One step's reminder: deadline as a Thai date, days left, who is missing, how to submit."""
    step = indicator.step(reminder.step)
    name = step.name if step else f"ขั้นตอนที่ {reminder.step}"
    window = format_thai_window(step.window) if step else format_thai_date(reminder.due)
    rows = [Row("กำหนดส่ง", f"{window} ({_when(reminder)})", _tone(reminder))]
    if reminder.missing_units:
        label = f"ยังไม่ส่ง {len(reminder.missing_units)} หน่วยงาน"
        rows.append(Row(label, ", ".join(reminder.missing_units), Tone.BAD))
    how = f"ส่งแล้วพิมพ์ 'บอท ขั้นตอนที่ {reminder.step} ส่งแล้ว'"
    late = " (แจ้งเตือนล่าช้า)" if reminder.late else ""
    return Card(
        title=f"ขั้นตอนที่ {reminder.step}: {name}",
        subtitle=f"{indicator.title}{late}",
        badge=Badge(KIND_TH.get(reminder.kind, "แจ้งเตือน"), _tone(reminder)),
        sections=(Section("", tuple(rows)),),
        footer=how,
        actions=(Action("ใครยังไม่ส่ง", text=f"บอท ใครยังไม่ส่งขั้นตอนที่ {reminder.step}"),),
    )


def _card(org: Organisation, reminder: Reminder) -> Card:
    indicator = org.indicator(reminder.indicator_code)
    assert indicator is not None, "a reminder is planned from one of the organisation's indicators"
    return reminder_card(reminder, indicator)


def _alt_text(org: Organisation, reminders: Sequence[Reminder]) -> str:
    parts = [f"⏰ เตือนกำหนดส่ง {org.short_name or org.name}"]
    for r in reminders:
        missing = f" ยังไม่ส่ง: {', '.join(r.missing_units)}" if r.missing_units else ""
        parts.append(f"ขั้นตอนที่ {r.step} ภายใน {format_thai_date(r.due)} ({_when(r)}){missing}")
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
    org: Organisation, reminders: Sequence[Reminder], members: Mapping[str, Sequence[Member]]
) -> Reply:
    """The whole run's message for one group: cards, the "ครบแล้ว" notes, then @mentions."""
    due = [r for r in reminders if r.kind is not ReminderKind.ALL_DONE]
    done = [r for r in reminders if r.kind is ReminderKind.ALL_DONE]
    messages: list[Message] = []
    if due:
        cards = tuple(_card(org, r) for r in due)
        messages.append(CardMessage(_alt_text(org, due), cards))
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
    lines.append("โควตาข้อความ push ของ LINE อาจหมด โปรดแจ้งเตือนในกลุ่มด้วยตนเองครับ")
    return "\n".join(lines)
