"""Helpers every handler shares: the organisation's status, indicator and unit choice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from handlers import postbacks
from handlers.context import Context, Ports
from handlers.intents import ChooseIndicator, History, IndicatorQuery, SubmitValue
from handlers.nlu import resolve_indicator, resolve_unit
from handlers.permissions import missing_organisation_text
from handlers.ports import StorageError
from handlers.replies import Action, Reply, text_reply
from kpi_core.models import Indicator, Organisation, ScoringMethod, Unit
from kpi_core.status import OrganisationStatus, build_status

TITLE_IN_LABEL = 14


def missing_organisation(ctx: Context) -> Reply:
    """Why the bot cannot answer yet, and what to type to fix it."""
    return text_reply(missing_organisation_text(ctx))


def status_of(
    ports: Ports, organisation: str, unit: str | None, *, today: date
) -> OrganisationStatus:
    """The status of one organisation (optionally one unit of it); unknown names are refused."""
    org = ports.organisations.get(organisation)
    if org is None:
        raise StorageError(f"ไม่พบหน่วยงาน {organisation}")
    found = org.unit(unit) if unit is not None else None
    if unit is not None and found is None:
        known = ", ".join(u.name for u in org.units) or "ไม่มีหน่วยงานย่อย"
        raise StorageError(f"ไม่พบหน่วยงานย่อย {unit!r} ใน {org.name} (ที่มี: {known})")
    unit = found.name if found else None
    rows = ports.submissions.list(org.name)
    return build_status(org, rows, today=today, holidays=ports.holidays(today), unit=unit)


def organisation_status(
    ctx: Context, org: Organisation, unit: str | None = None
) -> OrganisationStatus:
    """The organisation's (or one unit's) status as of now (computed once per data version,
    day and unit)."""

    def compute() -> OrganisationStatus:
        rows = ctx.ports.submissions.list(org.name)
        holidays = ctx.ports.holidays(ctx.today)
        return build_status(org, rows, today=ctx.today, holidays=holidays, unit=unit)

    return ctx.ports.memo.remember(org.name, ("status", unit, ctx.today), compute)


def indicator_label(indicator: Indicator) -> str:
    """A short quick-reply label: ``4. หน่วยงานของรัฐที่อยู่…``."""
    title = indicator.title
    short = title if len(title) <= TITLE_IN_LABEL else title[: TITLE_IN_LABEL - 1] + "…"
    return f"{indicator.code}. {short}"


def choose_indicator(
    org: Organisation,
    words: str,
    then: IndicatorQuery | SubmitValue | History,
    *,
    question: str = "",
) -> Indicator | Reply:
    """The one indicator ``words`` name, or a reply asking which one; a pick continues ``then``."""
    found = resolve_indicator(words, org) if words else []
    if len(found) == 1:
        return found[0]
    if not found and len(org.indicators) == 1 and not words:
        return org.indicators[0]
    options = found or list(org.indicators)
    if found:
        text = question or f"'{words}' ตรงกับ {len(found)} ตัวชี้วัด หมายถึงตัวไหนครับ"
    elif words:
        text = f"ไม่พบตัวชี้วัด '{words}' เลือกจากรายการนี้ได้ครับ"
    else:
        text = question or "ตัวชี้วัดไหนครับ"
    then = replace(then, indicator="")  # the pick names it
    actions = [
        Action(
            indicator_label(i),
            data=postbacks.encode(ChooseIndicator(i.code, then)),
            display_text=f"ตัวชี้วัด {i.code}",
        )
        for i in options[:13]
    ]
    listing = "\n".join(f"{i.code}. {i.title}" for i in options[:13])
    return text_reply(f"{text}\n{listing}", *actions)


def milestone_indicators(org: Organisation) -> list[Indicator]:
    """The organisation's success-level indicators (those with steps and deadlines)."""
    return [i for i in org.indicators if i.method is ScoringMethod.MILESTONES and i.steps]


def find_unit(org: Organisation, words: str) -> Unit | Reply:
    """The unit ``words`` name, or a reply listing the units."""
    found = resolve_unit(words, org)
    if len(found) == 1:
        return found[0]
    names = ", ".join(u.short_name or u.name for u in (found or org.units))
    if found:
        return text_reply(f"'{words}' ตรงกับหลายหน่วยงาน: {names} ระบุให้ชัดอีกนิดครับ")
    return text_reply(f"ไม่พบหน่วยงาน '{words}' ใน {org.name}\nหน่วยงานที่มี: {names}")
