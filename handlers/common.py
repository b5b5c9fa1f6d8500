"""Helpers every handler shares: the organisation's status, indicator and unit choice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from handlers import postbacks
from handlers.context import Context, Ports
from handlers.intents import ChooseIndicator, History, IndicatorQuery, SubmitBaseline, SubmitValue
from handlers.nlu import resolve_indicator, resolve_unit
from handlers.permissions import missing_organisation_text
from handlers.ports import StorageError
from handlers.replies import Action, Reply, text_reply
from kpi_core.models import Indicator, Organisation, ScoringMethod, Unit
from kpi_core.report_items import same_block
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
    if unit is not None:
        found = unit_named(org, unit)
        if isinstance(found, str):
            raise StorageError(found)
        unit = found.name
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
    then: IndicatorQuery | SubmitValue | SubmitBaseline | History,
    *,
    question: str = "",
) -> Indicator | Reply:
    """The one indicator ``words`` name, or a reply asking which one; a pick continues ``then``."""
    found = resolve_indicator(words, org) if words else []
    if len(found) == 1:
        return found[0]
    copies = len(found) > 1 and all(same_block(found[0], other) for other in found[1:])
    if copies and isinstance(then, IndicatorQuery):
        return found[0]  # one block printed twice: the answer says so
    if copies:
        return _choose_copy(found, words, then)
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


def _choose_copy(
    found: list[Indicator], words: str, then: IndicatorQuery | SubmitValue | History
) -> Reply:
    """Ask which copy of a block the report prints more than once: ``ชุดที่ 1 (ตัวชี้วัด 4)``."""
    then = replace(then, indicator="")
    actions = [
        Action(
            f"ชุดที่ {n} (ตัวชี้วัด {i.code})",
            data=postbacks.encode(ChooseIndicator(i.code, then)),
            display_text=f"ตัวชี้วัด {i.code}",
        )
        for n, i in enumerate(found, start=1)
    ]
    codes = " และ ".join(i.code for i in found)
    text = (
        f"'{words}' คือ {found[0].title}\nรายงานพิมพ์ตัวชี้วัดนี้ซ้ำ {len(found)} ชุด (ตัวชี้วัด {codes})"
        " เนื้อหาเหมือนกัน เลือกชุดที่ต้องการครับ"
    )
    return text_reply(text, *actions)


def milestone_indicators(org: Organisation) -> list[Indicator]:
    """The organisation's success-level indicators (those with steps and deadlines)."""
    return [i for i in org.indicators if i.method is ScoringMethod.MILESTONES and i.steps]


def named_unit(org: Organisation, words: str) -> str | None | Reply:
    """The name of the unit ``words`` name (``None`` for no words), or a reply listing units."""
    if not words:
        return None
    unit = find_unit(org, words)
    return unit if isinstance(unit, Reply) else unit.name


def unit_label(unit: Unit) -> str:
    """A unit with its short name: ``กองคลัง (กค.)``."""
    return f"{unit.name} ({unit.short_name})" if unit.short_name else unit.name


def unit_named(org: Organisation, words: str) -> Unit | str:
    """The one unit ``words`` name (full name, short name, alias or a close spelling), or the
    Thai sentence that says why none is, listing the units (the chat and ``--unit`` alike)."""
    if not org.units:
        return (
            f"ไม่พบหน่วยงานย่อย '{words}' ใน {org.name} (ที่มี: ไม่มีหน่วยงานย่อย;"
            " ผู้ประสานงานเพิ่มด้วย 'เพิ่มหน่วยงาน <ชื่อ> (<ชื่อย่อ>)' หรือ pmqa unit add)"
        )
    found = resolve_unit(words, org)
    if len(found) == 1:
        return found[0]
    names = ", ".join(unit_label(u) for u in (found or org.units))
    if found:
        return f"'{words}' ตรงกับหลายหน่วยงาน: {names} ระบุให้ชัดอีกนิดครับ"
    return f"ไม่พบหน่วยงานย่อย '{words}' ใน {org.name} (ที่มี: {names})"


def find_unit(org: Organisation, words: str) -> Unit | Reply:
    """The unit ``words`` name, or a reply listing the units."""
    found = unit_named(org, words)
    return text_reply(found) if isinstance(found, str) else found
