"""The sender's last entry of a kind, which a correction of one field amends.

"ไม่ใช่เมื่อวาน ส่งเมื่อวันจันทร์", "แก้เป็น 58.3": a correction restates only what was wrong. The
rest is the entry it corrects: the one draft of that kind open for the sender in this chat, else
the sender's latest entry of that kind still in effect. With neither, the handler asks.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.ports import PendingAction
from kpi_core.ledger import effective_submissions
from kpi_core.models import Submission, SubmissionAction, SubmissionKind


def open_drafts(ctx: Context, kind: SubmissionKind) -> list[PendingAction]:
    """The sender's drafts of ``kind`` open in this chat."""
    if ctx.user_id is None:
        return []
    open_now = ctx.ports.pending.open_in(ctx.user_id, ctx.incoming.chat.id, now=ctx.now)
    return [
        d
        for d in open_now
        if d.submission is not None
        and d.submission.kind is kind
        and d.submission.action is not SubmissionAction.UNDO
    ]


def open_registration(ctx: Context) -> PendingAction | None:
    """The sender's registration card open in this chat, if any."""
    if ctx.user_id is None:
        return None
    open_now = ctx.ports.pending.open_in(ctx.user_id, ctx.incoming.chat.id, now=ctx.now)
    return next((d for d in open_now if d.registration is not None), None)


def last_entry(
    ctx: Context, kind: SubmissionKind
) -> tuple[Submission, PendingAction | None] | None:
    """The entry of ``kind`` a correction amends, with its open draft (None: stored already);
    None when there is no one entry to amend (two drafts open: which one is not known)."""
    drafts = open_drafts(ctx, kind)
    if len(drafts) > 1:
        return None
    if drafts:
        assert drafts[0].submission is not None
        return drafts[0].submission, drafts[0]
    stored = latest_stored(ctx, kind)
    return (stored, None) if stored is not None else None


def latest_stored(ctx: Context, kind: SubmissionKind) -> Submission | None:
    """The sender's latest entry of ``kind`` still in effect (neither withdrawn nor replaced)."""
    if ctx.organisation is None or ctx.user_id is None:
        return None
    rows = ctx.ports.submissions.list(ctx.organisation.name)
    effective = {row.id for row in effective_submissions(rows).values()}
    mine = [
        row
        for row in rows
        if row.submitted_by == ctx.user_id and row.kind is kind and row.id in effective
    ]
    return max(mine, key=lambda row: row.id or 0) if mine else None
