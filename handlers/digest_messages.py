"""The weekly digest: one push on Monday summing up where the organisation stands."""

from __future__ import annotations

from handlers.replies import Action, Reply, text_reply
from handlers.status_text import total_line
from handlers.status_view import deadline_view, org_title
from kpi_core.status import OrganisationStatus
from kpi_core.thai_dates import format_thai_date

TITLE_LENGTH = 60


def weekly_digest(status: OrganisationStatus) -> Reply:
    """The organisation's total, then each indicator's next deadline and who has not sent it."""
    lines = [f"📋 สรุปประจำสัปดาห์ {org_title(status)} ณ {format_thai_date(status.today)}"]
    for item in status.indicators:
        if item.deadline is None:
            continue
        view = deadline_view(item.deadline)
        title = item.indicator.title
        short = title if len(title) <= TITLE_LENGTH else title[: TITLE_LENGTH - 1] + "…"
        lines.append(f"• ตัวชี้วัด {item.indicator.code} {short}: {view.text}")
        if view.missing_units:
            lines.append(f"  ยังไม่ส่ง: {', '.join(view.missing_units)}")
    if len(lines) == 1:
        lines.append("สัปดาห์นี้ไม่มีกำหนดส่งที่ค้างอยู่")
    lines.append(total_line(status))
    return text_reply("\n".join(lines), Action("สถานะ", text="บอท สถานะ"))
