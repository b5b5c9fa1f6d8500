"""A finished step reported for several units, or several steps, at once ("กก. กับ กจ. ส่งแผน
แล้ว", "ขั้นตอนที่ 4 กับ 5 ส่งแล้ว"): one card names every unit and step, its yes stores one
entry per unit and step together (or none), and undo withdraws them together.

Each row keeps who confirmed it, when, and the LINE event: the first row that event's id, the
others the id with ``#2``, ``#3``… (an event id is unique per row in the ledger), so the rows of
one confirmation are found again by their event.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from handlers.cards import indicator_card
from handlers.common import organisation_status
from handlers.context import Context
from handlers.drafts import open_draft
from handlers.formatting import number
from handlers.permissions import Act, refusal
from handlers.ports import PendingAction, StorageError
from handlers.replies import CardMessage, Reply, TextMessage, text_reply
from kpi_core.fiscal_calendar import to_bangkok
from kpi_core.ledger import effective_submissions
from kpi_core.models import Submission, SubmissionAction
from kpi_core.thai_dates import format_thai_date

_SEPARATOR = "#"


def units_line(drafts: list[Submission]) -> str:
    """ "หน่วยงาน (2): กองกลาง, กองการเจ้าหน้าที่": every unit a card would store."""
    units = list(dict.fromkeys(d.unit or "" for d in drafts))
    return f"หน่วยงาน ({len(units)}): " + ", ".join(units)


def steps_line(drafts: list[Submission]) -> str:
    """ "ขั้นตอน (2): 4, 5": every step a card would store."""
    steps = sorted({d.step or 0 for d in drafts})
    return f"ขั้นตอน ({len(steps)}): " + ", ".join(map(str, steps))


def _several_steps(rows: list[Submission]) -> bool:
    return len({r.step for r in rows}) > 1


def ask_batch_confirmation(
    ctx: Context, drafts: list[Submission], lines: list[str], warnings: list[str]
) -> Reply:
    """Store the rows as one pending draft and show them on one card."""
    undo = all(d.action is SubmissionAction.UNDO for d in drafts)
    title = "ยืนยันการยกเลิก" if undo else "ยืนยันการบันทึก"
    return open_draft(ctx, title, lines, warnings, batch=tuple(drafts))


def batch_refusal(ctx: Context, batch: tuple[Submission, ...]) -> str | None:
    """Why the sender may not store every row now (today's permissions, each unit's)."""
    return next((why for d in batch if (why := refusal(ctx, Act.CONFIRM, unit=d.unit))), None)


def store_batch(ctx: Context, settled: PendingAction) -> Reply:
    """Append every row of the confirmed draft in one go, each with who, when and the event."""
    assert ctx.organisation is not None and ctx.user_id is not None
    drafts, meanwhile = _not_stored_meanwhile(ctx, settled.batch)
    if not drafts:
        return text_reply("ไม่ได้บันทึกซ้ำครับ ทุกรายการในการ์ดนี้บันทึกไว้แล้วระหว่างนี้\n" + "\n".join(meanwhile))
    event = ctx.incoming.event_id
    name = ctx.member.display_name if ctx.member else ""
    rows = [
        replace(
            draft,
            submitted_by=ctx.user_id,
            submitted_by_name=name,
            submitted_at=ctx.now,
            source_event_id=_event_of(event, n),
            source_chat_id=ctx.incoming.chat.id or None,
        )
        for n, draft in enumerate(drafts, start=1)
    ]
    try:
        ctx.ports.submissions.append_all(ctx.organisation.name, rows)
    except StorageError as exc:
        return text_reply(f"บันทึกไม่สำเร็จ (ไม่ได้บันทึกหน่วยงานใดเลย): {exc}")
    undo = rows[0].action is SubmissionAction.UNDO
    what = "รายการ" if _several_steps(rows) else "หน่วยงาน"
    verb = f"ยกเลิกแล้ว {len(rows)} รายการ" if undo else f"บันทึกแล้ว {len(rows)} {what} ✓"
    status = organisation_status(ctx, ctx.organisation, None)
    code = rows[0].indicator_code
    current = next(s for s in status.indicators if s.indicator.code == code)
    card = CardMessage(f"{verb} {settled.summary}".replace("\n", " · "), (indicator_card(current),))
    told = "\n".join((verb, settled.summary, *meanwhile))
    return Reply((TextMessage(told), card))


def _not_stored_meanwhile(
    ctx: Context, batch: tuple[Submission, ...]
) -> tuple[list[Submission], list[str]]:
    """The rows of a card still to store on its yes, and a line for each left out: a step or a
    unit recorded on another card since this one was drafted is never stored a second time."""
    assert ctx.organisation is not None
    if not batch or batch[0].action is SubmissionAction.UNDO:
        return list(batch), []
    rows = ctx.ports.submissions.list(ctx.organisation.name, indicator_code=batch[0].indicator_code)
    current = effective_submissions(rows)
    kept: list[Submission] = []
    left_out: list[str] = []
    for draft in batch:
        now = current.get(draft.slot())
        if now is not None and now.done_on is not None and now.id != draft.supersedes:
            left_out.append(f"{draft.unit}: ขั้นตอนที่ {draft.step} บันทึกไว้แล้วระหว่างนี้ ไม่บันทึกซ้ำ")
        else:
            kept.append(draft)
    return kept, left_out


def _event_of(event: str | None, n: int) -> str | None:
    if event is None or n == 1:
        return event
    return f"{event}{_SEPARATOR}{n}"


def confirmed_with(rows: list[Submission], latest: Submission) -> list[Submission]:
    """The rows still in effect that one confirmation stored with ``latest`` (itself included),
    oldest first: a step of several units, or several steps, are withdrawn as confirmed."""
    event = latest.source_event_id
    if not event:
        return [latest]
    base = event.split(_SEPARATOR)[0]
    withdrawn = {r.supersedes for r in rows if r.action is SubmissionAction.UNDO}
    return [
        r
        for r in rows
        if r.source_event_id
        and r.source_event_id.split(_SEPARATOR)[0] == base
        and r.submitted_by == latest.submitted_by
        and r.action is not SubmissionAction.UNDO
        and r.id not in withdrawn
    ]


def ask_to_withdraw(ctx: Context, rows: list[Submission]) -> Reply:
    """One card to withdraw every row of one confirmation (several units or steps)."""
    assert ctx.organisation is not None
    drafts = [
        replace(r, id=None, action=SubmissionAction.UNDO, supersedes=r.id, source_event_id=None)
        for r in rows
    ]
    latest = rows[-1]
    when = format_thai_date(to_bangkok(latest.submitted_at).date()) if latest.submitted_at else ""
    what = f"ขั้นตอนที่ {latest.step}" if latest.step else f"ผล {number(latest.value or Decimal(0))}"
    indicator = ctx.organisation.indicator(latest.indicator_code)
    title = f": {indicator.title}" if indicator else ""
    several = _several_steps(rows)
    rows_named = "รายการ" if several else "หน่วยงาน"
    lines = [
        f"ยกเลิกรายการล่าสุดของคุณ ({when}) ทั้ง {len(rows)} {rows_named}ที่ยืนยันพร้อมกัน",
        f"ตัวชี้วัด {latest.indicator_code}{title}",
        steps_line(drafts) if several else what,
        units_line(drafts),
    ]
    return ask_batch_confirmation(ctx, drafts, lines, [])
