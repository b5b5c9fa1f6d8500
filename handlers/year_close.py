"""Closing the plan's fiscal year in chat: the coordinator, after 30 Sep, confirmed. The closed
year's summary then stands read-only until the next year's plan is loaded."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.common import missing_organisation, organisation_status
from handlers.context import Context
from handlers.deadline_view import overdue_view
from handlers.drafts import open_draft
from handlers.formatting import score_text
from handlers.intent_spec import IntentSpec
from handlers.intents import CloseYear, Intent
from handlers.nlu.matcher import Rule
from handlers.nlu.slots import Found
from handlers.permissions import Act, refusal
from handlers.ports import PendingAction, StorageError
from handlers.replies import Reply, text_reply
from kpi_core.models import YearClose
from kpi_core.status import OrganisationStatus
from kpi_core.year_end import may_close


def handle_close_year(intent: CloseYear, ctx: Context) -> Reply:
    """Restate the year's final summary and ask the coordinator to confirm the close."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    why = close_refusal(ctx)
    if why:
        return text_reply(why)
    year = org.fiscal_year
    assert year is not None and ctx.user_id is not None
    if intent.year is not None and intent.year != year:
        return text_reply(f"แผนที่ใช้อยู่เป็นของปีงบประมาณ {year} ครับ พิมพ์ 'ปิดปีงบประมาณ {year}'")
    lines = [
        f"ปิดปีงบประมาณ {year} ของ {org.name}",
        *year_summary_lines(organisation_status(ctx, org)),
        f"หลังปิดปี ข้อมูลปี {year} อ่านได้อย่างเดียว จนกว่าจะนำเข้าแผนปีงบประมาณ {year + 1}",
    ]
    close = YearClose(year, ctx.now, ctx.user_id)
    return open_draft(ctx, "ยืนยันการปิดปีงบประมาณ", lines, [], year_close=close)


def year_summary_lines(status: OrganisationStatus) -> list[str]:
    """The final levels and, per step, how many units never sent it."""
    lines = []
    for indicator in status.indicators:
        view = indicator.milestones
        if view is None:
            continue
        if view.score is not None:
            code = indicator.indicator.code
            lines.append(f"ตัวชี้วัด {code}: ระดับเฉลี่ย {score_text(view.score)}")
        for overdue in view.overdue:
            shown = overdue_view(overdue, status.organisation.name)
            lines.append(f"ไม่ได้ส่งขั้นตอนที่ {shown.step}: {', '.join(shown.missing_units)}")
    return lines


def store_year_close(ctx: Context, settled: PendingAction, origin: dict[str, str | None]) -> Reply:
    """Record the confirmed close with who, when and from which event."""
    assert ctx.organisation is not None and ctx.user_id is not None
    assert settled.year_close is not None
    name = ctx.member.display_name if ctx.member else ""
    close = replace(
        settled.year_close, closed_at=ctx.now, closed_by=ctx.user_id, closed_by_name=name, **origin
    )
    try:
        ctx.ports.organisations.close_year(ctx.organisation.name, close)
    except StorageError as exc:
        return text_reply(f"ปิดปีไม่สำเร็จ: {exc}")
    year = close.fiscal_year
    return text_reply(
        f"ปิดปีงบประมาณ {year} แล้ว ✓\n{settled.summary}\n"
        f"นำเข้าแผนปีงบประมาณ {year + 1} ได้ด้วยคำสั่ง pmqa import-plan"
    )


def close_refusal(ctx: Context) -> str | None:
    """Why the sender may not close the year now (checked again at confirmation)."""
    assert ctx.organisation is not None
    return refusal(ctx, Act.COORDINATE) or may_close(ctx.organisation, ctx.today)


# "close year 2567", "close fiscal year 2568": the year typed in English after the words (no
# "ปี" before it) is the year to close.
_ENGLISH_YEAR_RE = re.compile(r"(?i)\byear\s*(?P<year>25\d\d)\b")


def _read(found: Found) -> Intent:
    year = found.extraction.year
    if year is None and "year" in found.extraction.text.lower():
        named = _ENGLISH_YEAR_RE.search(found.extraction.text)
        year = int(named["year"]) if named else None
    return CloseYear(year=year)


# The year's close given as the reason for something else ("ปิดแจ้งเตือนไปก่อน ช่วงนี้ปิด
# ปีงบ"): the reminders are what is turned off, and the year is not closed. Something done
# before it ("ขอประวัติทั้งหมด ตรวจก่อนปิดปี") is that thing, asked first.
# "ปิดปี" after a noun it qualifies ("สไลด์ปิดปี", "คะแนนปิดปี"), near it ("ใกล้ปิดปี"), the
# figure a year closed at ("ปิดปีได้เท่าไหร่") or a close already done given as a reason
# ("ปิด digest ก่อน ปิดปีงบแล้ว") is no ask to close.
_NOT_CLOSING = (
    "เตือน|ช่วงนี้|ช่วงปิด|ก่อนปิดปี|ก่อนจะปิดปี|ก่อนปิดปีงบ|ก่อนจะปิดปีงบ"
    "|สไลด์ปิดปี|คะแนนปิดปี|รายงานปิดปี|ผลปิดปี|กราฟ|chart|ใกล้ปิดปี|ใกล้จะปิดปี"
    "|ปิดปีได้เท่า|ปิดปีได้คะแนน|ปิดปีได้กี่|ปิดปีแล้ว|ปิดปีงบแล้ว|ปิดปีงบประมาณแล้ว"
)

# fmt: off
SPECS = (
    IntentSpec(CloseYear, handle_close_year, (
        Rule(("ปิดปีงบประมาณ|ปิดปีงบ|ปิดปี|close year|year close|close fiscal year",), 940, _read,
             unless=_NOT_CLOSING),
        # "ชุดข้อมูลเปิด … ปี 67": "ปิด" inside "เปิด" closes nothing.
        Rule(("ปิด", "YEAR"), 930, _read, unless=f"{_NOT_CLOSING}|เปิด"),
    )),
)
# fmt: on
