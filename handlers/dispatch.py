"""The conversation entry point: locate the sender, understand the text, dispatch by intent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from handlers.confirmations import handle_cancel, handle_confirm, handle_undo
from handlers.context import Context, Incoming, Ports
from handlers.deadlines import handle_deadlines, handle_missing
from handlers.help_text import help_reply
from handlers.intents import (
    Aspect,
    BindGroup,
    Cancel,
    ChooseIndicator,
    Confirm,
    Deadlines,
    Help,
    History,
    IndicatorQuery,
    MarkStep,
    Missing,
    RegisterUnit,
    ReminderSettings,
    Status,
    SubmitValue,
    Undo,
    Unknown,
)
from handlers.membership import handle_bind_group, handle_register_unit
from handlers.nlu import understand
from handlers.queries import handle_history, handle_indicator_query, handle_status
from handlers.reminder_settings import handle_reminder_settings
from handlers.replies import Reply
from handlers.step_submissions import handle_mark_step
from handlers.value_submissions import handle_submit_value
from kpi_core.models import Member, Organisation


def handle_help(intent: Help, ctx: Context) -> Reply:
    """Every topic with examples."""
    return help_reply(shared=ctx.incoming.chat.is_shared)


def handle_unknown(intent: Unknown, ctx: Context) -> Reply:
    """A short help with examples: never silence once the bot was addressed."""
    return help_reply(shared=ctx.incoming.chat.is_shared, brief=True)


def handle_choose_indicator(intent: ChooseIndicator, ctx: Context) -> Reply:
    """Continue the question or submission that was waiting for an indicator choice."""
    kind, _, rest = intent.then.partition(":")
    if kind == "query":
        aspect = Aspect(rest) if rest in Aspect.__members__.values() else Aspect.SUMMARY
        return handle_indicator_query(IndicatorQuery(intent.code, aspect), ctx)
    if kind == "submit":
        raw, _, percent = rest.partition(":")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            return handle_unknown(Unknown(), ctx)
        return handle_submit_value(SubmitValue(intent.code, value, raw, percent == "%"), ctx)
    if kind == "history":
        return handle_history(History(intent.code), ctx)
    return handle_unknown(Unknown(), ctx)


HANDLERS: dict[type, Callable[[Any, Context], Reply]] = {
    Status: handle_status,
    IndicatorQuery: handle_indicator_query,
    Deadlines: handle_deadlines,
    Missing: handle_missing,
    SubmitValue: handle_submit_value,
    MarkStep: handle_mark_step,
    Confirm: handle_confirm,
    Cancel: handle_cancel,
    Undo: handle_undo,
    History: handle_history,
    RegisterUnit: handle_register_unit,
    BindGroup: handle_bind_group,
    ChooseIndicator: handle_choose_indicator,
    ReminderSettings: handle_reminder_settings,
    Help: handle_help,
    Unknown: handle_unknown,
}


def locate(incoming: Incoming, ports: Ports) -> tuple[Organisation | None, Member | None]:
    """The organisation this chat belongs to, and the sender's membership."""
    member = ports.members.get(incoming.user_id) if incoming.user_id else None
    if incoming.chat.is_shared:
        binding = ports.groups.get(incoming.chat.id)
        name = binding.organisation if binding else None
    else:
        name = member.organisation if member else None
    return (ports.organisations.get(name) if name else None), member


def respond(incoming: Incoming, ports: Ports, now: datetime) -> Reply:
    """The reply to one message or postback addressed to the bot."""
    organisation, member = locate(incoming, ports)
    understanding = understand(
        incoming.text, today=now.date(), mention_spans=incoming.mention_spans
    )
    ctx = Context(incoming, ports, now, organisation, member)
    return HANDLERS[type(understanding.intent)](understanding.intent, ctx)
