"""Drafts awaiting ยืนยัน: stored as pending actions, one open per slot, shown as a card.

A slot is what a draft is about for its sender in its chat: the indicator, unit, step and item
of a submission (withdrawing one is a slot of its own), the sender's own registration, or a
unit being added (by its name). A
new draft of a slot supersedes the older one, whose button then says so.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from handlers import postbacks
from handlers.context import Context
from handlers.intents import Cancel, Confirm
from handlers.ports import PendingAction
from handlers.replies import Action, Card, CardMessage, Reply, Row, Section, Tone, text_reply
from kpi_core.models import Member, Submission, SubmissionAction, Unit, YearClose

PENDING_FOR = timedelta(minutes=15)
REGISTRATION_SLOT = "registration"
YEAR_CLOSE_SLOT = "year_close"
MAX_CHOICES = 12  # quick replies left for a choice between drafts (LINE shows 13)


def submission_slot(draft: Submission) -> str:
    """The slot of a submission draft (a digest: unit names may be long)."""
    act = "undo" if draft.action is SubmissionAction.UNDO else "set"
    return "submission:" + hashlib.sha1(repr((draft.slot(), act)).encode()).hexdigest()


def batch_slot(batch: tuple[Submission, ...]) -> str:
    """The slot of a step drafted for several units: the same units and step again supersede it."""
    slots = sorted(repr(submission_slot(draft)) for draft in batch)
    return "batch:" + hashlib.sha1(repr(slots).encode()).hexdigest()


def open_draft(
    ctx: Context,
    title: str,
    lines: list[str],
    warnings: list[str],
    *,
    submission: Submission | None = None,
    registration: Member | None = None,
    unit: Unit | None = None,
    year_close: YearClose | None = None,
    batch: tuple[Submission, ...] = (),
) -> Reply:
    """Store the draft as pending (superseding an older draft of its slot) and show it with
    ยืนยัน / ยกเลิก buttons."""
    assert ctx.organisation is not None and ctx.user_id is not None
    token = secrets.token_urlsafe(12)
    slot = submission_slot(submission) if submission is not None else REGISTRATION_SLOT
    if unit is not None:
        slot = f"unit:{unit.name}"[:300]
    slot = YEAR_CLOSE_SLOT if year_close is not None else slot
    slot = batch_slot(batch) if batch else slot
    ctx.ports.pending.add(
        PendingAction(
            token,
            ctx.organisation.name,
            ctx.user_id,
            submission,
            "\n".join(lines),
            ctx.now,
            ctx.now + PENDING_FOR,
            chat_id=ctx.incoming.chat.id,
            slot=slot,
            registration=registration,
            unit=unit,
            year_close=year_close,
            batch=batch,
        )
    )
    return _draft_card(token, title, lines, warnings)


def _draft_card(token: str, title: str, lines: list[str], warnings: list[str]) -> Reply:
    """The draft restated on a card, with its ยืนยัน / ยกเลิก buttons."""
    yes = Action("ยืนยัน", data=postbacks.encode(Confirm(token)), display_text="ยืนยัน")
    no = Action("ยกเลิก", data=postbacks.encode(Cancel(token)), display_text="ยกเลิก")
    rows = tuple(Row("", line) for line in lines)
    rows += tuple(Row("โปรดตรวจสอบ", w, Tone.BAD) for w in warnings)
    card = Card(title, "กดยืนยันภายใน 15 นาที", sections=(Section("", rows),), actions=(yes, no))
    alt = f"{title}: " + " · ".join(lines + [f"โปรดตรวจสอบ: {w}" for w in warnings])
    return Reply((CardMessage(alt, (card,)),), (yes, no))


def choose_draft(drafts: list[PendingAction], verb: str, *, confirm: bool) -> Reply:
    """Several drafts are open: ask which one ``verb`` (ยืนยัน / ยกเลิก) means, by button."""
    shown = drafts[:MAX_CHOICES]
    lines = [f"{n}. {_one_line(d.summary)}" for n, d in enumerate(shown, start=1)]
    buttons = [
        Action(
            f"{verb} {n}",
            data=postbacks.encode(Confirm(d.token) if confirm else Cancel(d.token)),
            display_text=f"{verb} {n}",
        )
        for n, d in enumerate(shown, start=1)
    ]
    head = f"มีรายการรอยืนยัน {len(drafts)} รายการ เลือกรายการที่ต้องการ{verb}ครับ"
    return text_reply("\n".join([head, *lines]), *buttons)


def _one_line(summary: str, limit: int = 120) -> str:
    text = " · ".join(line.strip() for line in summary.splitlines() if line.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"
