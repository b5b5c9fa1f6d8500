"""Confirming a restated write: the pending action, ยืนยัน / ยกเลิก, and undo."""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from handlers import postbacks
from handlers.cards import indicator_card
from handlers.common import missing_organisation, organisation_status
from handlers.context import Context
from handlers.formatting import number
from handlers.intent_spec import IntentSpec
from handlers.intents import Cancel, Confirm, Undo
from handlers.nlu.matcher import Rule
from handlers.permissions import Act, refusal
from handlers.ports import PendingAction, PendingState, StorageError
from handlers.replies import (
    Action,
    Card,
    CardMessage,
    Reply,
    Row,
    Section,
    TextMessage,
    Tone,
    text_reply,
)
from kpi_core.fiscal_calendar import to_bangkok
from kpi_core.models import Submission, SubmissionAction
from kpi_core.thai_dates import format_thai_date

PENDING_FOR = timedelta(minutes=15)


def ask_confirmation(
    ctx: Context, draft: Submission, lines: list[str], warnings: list[str]
) -> Reply:
    """Store the draft as pending and show it with ยืนยัน / ยกเลิก buttons."""
    assert ctx.organisation is not None and ctx.user_id is not None
    token = secrets.token_urlsafe(12)
    summary = "\n".join(lines)
    ctx.ports.pending.add(
        PendingAction(
            token,
            ctx.organisation.name,
            ctx.user_id,
            draft,
            summary,
            ctx.now,
            ctx.now + PENDING_FOR,
        )
    )
    yes = Action("ยืนยัน", data=postbacks.encode(Confirm(token)), display_text="ยืนยัน")
    no = Action("ยกเลิก", data=postbacks.encode(Cancel(token)), display_text="ยกเลิก")
    rows = tuple(Row("", line) for line in lines)
    rows += tuple(Row("โปรดตรวจสอบ", w, Tone.BAD) for w in warnings)
    title = "ยืนยันการยกเลิก" if draft.action is SubmissionAction.UNDO else "ยืนยันการบันทึก"
    card = Card(title, "กดยืนยันภายใน 15 นาที", sections=(Section("", rows),), actions=(yes, no))
    alt = f"{title}: " + " · ".join(lines + [f"โปรดตรวจสอบ: {w}" for w in warnings])
    return Reply((CardMessage(alt, (card,)),), (yes, no))


def handle_confirm(intent: Confirm, ctx: Context) -> Reply:
    """Store the pending submission once, then show the recomputed status."""
    settled = _settle(ctx, intent.token, PendingState.CONFIRMED)
    if settled is None or ctx.organisation is None or ctx.user_id is None:
        return text_reply("ไม่พบรายการที่รอยืนยัน (อาจยืนยันไปแล้ว หมดเวลา 15 นาที หรือเป็นของผู้อื่น)")
    why = refusal(ctx, Act.CONFIRM, unit=settled.submission.unit)
    if why:
        return text_reply(why)
    name = ctx.member.display_name if ctx.member else ""
    row = replace(
        settled.submission,
        submitted_by=ctx.user_id,
        submitted_by_name=name,
        submitted_at=ctx.now,
        source_event_id=ctx.incoming.event_id,
        source_chat_id=ctx.incoming.chat.id or None,
    )
    try:
        ctx.ports.submissions.append(ctx.organisation.name, row)
    except StorageError as exc:
        return text_reply(f"บันทึกไม่สำเร็จ: {exc}")
    return _stored_reply(ctx, row, settled.summary)


def _stored_reply(ctx: Context, row: Submission, summary: str) -> Reply:
    assert ctx.organisation is not None
    verb = "ยกเลิกรายการแล้ว" if row.action is SubmissionAction.UNDO else "บันทึกแล้ว ✓"
    status = organisation_status(ctx, ctx.organisation, row.unit)
    current = next(s for s in status.indicators if s.indicator.code == row.indicator_code)
    card = CardMessage(f"{verb} {summary}".replace("\n", " · "), (indicator_card(current),))
    return Reply((TextMessage(f"{verb}\n{summary}"), card))


def _settle(ctx: Context, token: str, state: PendingState) -> PendingAction | None:
    if ctx.user_id is None:
        return None
    pending = ctx.ports.pending
    if not token:
        latest = pending.latest(ctx.user_id, now=ctx.now)
        if latest is None:
            return None
        token = latest.token
    return pending.settle(token, ctx.user_id, state, now=ctx.now)


def handle_cancel(intent: Cancel, ctx: Context) -> Reply:
    """Drop the pending submission; nothing is stored."""
    if _settle(ctx, intent.token, PendingState.CANCELLED) is None:
        return text_reply("ไม่มีรายการที่รอยืนยันครับ")
    return text_reply("ยกเลิกแล้ว ไม่มีการบันทึกครับ")


def handle_undo(intent: Undo, ctx: Context) -> Reply:
    """Offer to withdraw the sender's latest submission that is still in effect."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    why = refusal(ctx, Act.UNDO)
    if why:
        return text_reply(why)
    rows = ctx.ports.submissions.list(org.name)
    withdrawn = {r.supersedes for r in rows if r.action is SubmissionAction.UNDO}
    mine = [
        r for r in rows if r.submitted_by == ctx.user_id and r.action is not SubmissionAction.UNDO
    ]
    latest = next((r for r in reversed(mine) if r.id not in withdrawn), None)
    if latest is None:
        return text_reply("ยังไม่มีรายการที่คุณส่งให้ยกเลิกครับ")
    draft = replace(
        latest, id=None, action=SubmissionAction.UNDO, supersedes=latest.id, source_event_id=None
    )
    when = format_thai_date(to_bangkok(latest.submitted_at).date()) if latest.submitted_at else ""
    what = f"ขั้นตอนที่ {latest.step}" if latest.step else f"ผล {number(latest.value or Decimal(0))}"
    indicator = org.indicator(latest.indicator_code)
    title = f": {indicator.title}" if indicator else ""
    lines = [f"ยกเลิกรายการล่าสุดของคุณ ({when})", f"ตัวชี้วัด {latest.indicator_code}{title}", what]
    return ask_confirmation(ctx, draft, lines, [])


# fmt: off
SPECS = (
    IntentSpec(Confirm, handle_confirm, (
        Rule(("ยืนยัน|ใช่|ใช่แล้ว|ตกลง|ok|okay|โอเค|ถูกต้อง|ถูกต้องแล้ว|yes|confirm"
              "|ได้เลย|เอาเลย|ยืนยันการส่ง",), 101, lambda _: Confirm(), whole=True),
    )),
    IntentSpec(Cancel, handle_cancel, (
        Rule(("ยกเลิก|ขอยกเลิก|ไม่ใช่|ไม่|cancel|no|ไม่เอา|ไม่ถูกต้อง|ไม่ยืนยัน"
              "|ยกเลิกการส่ง",), 100, lambda _: Cancel(), whole=True),
    )),
    IntentSpec(Undo, handle_undo, (
        # "ยกเลิก" alone answers a pending confirmation; with what to cancel it withdraws a row.
        Rule(("undo",), 95, lambda _: Undo()),
        Rule(("ยกเลิก|ถอน|ลบ|เอาออก",
              "ล่าสุด|ที่ส่ง|ส่งไป|รายการ|เมื่อกี้|เมื่อกี๊|ที่บันทึก|ส่งผิด"), 95, lambda _: Undo()),
    )),
)
# fmt: on
