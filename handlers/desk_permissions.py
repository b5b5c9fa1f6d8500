"""Who may see what on the desk: a member sees their organisation; the coordinator also the
audit trail and the exports. Every refusal of the desk is decided here."""

from __future__ import annotations

from enum import StrEnum

from kpi_core.models import Member

SIGNED_OUT = "ยังไม่ได้เข้าสู่ระบบ หรือหมดเวลาแล้ว ขอลิงก์ใหม่ในแชทส่วนตัวกับบอท: พิมพ์ 'ขอลิงก์แดชบอร์ด'"
NOT_MEMBER = "บัญชี LINE นี้ไม่ได้เป็นสมาชิกของหน่วยงานนี้แล้ว ขอลิงก์ใหม่ในแชทส่วนตัวกับบอท"
COORDINATOR_ONLY = "หน้านี้เปิดให้ผู้ประสานงานของหน่วยงานเท่านั้นครับ"


class DeskAct(StrEnum):
    """What a desk request asks to see or do."""

    OVERVIEW = "overview"  # the overview, a unit's page, the indicators
    AUDIT = "audit"  # the audit trail
    EXPORT = "export"  # download the workbook


def desk_refusal(member: Member | None, organisation: str | None, act: DeskAct) -> str | None:
    """Why ``member`` (signed in for ``organisation``) may not do ``act``; ``None``: they may."""
    if member is None or organisation is None:
        return SIGNED_OUT
    if member.organisation != organisation:
        return NOT_MEMBER
    if act is DeskAct.OVERVIEW or member.is_coordinator:
        return None
    return COORDINATOR_ONLY
