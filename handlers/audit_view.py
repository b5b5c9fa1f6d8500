"""The audit trail as the desk and the workbook show it: every write, who, when, from where.

``bot.db.audit`` reads the entries (read-only); this module says what each one was, in Thai,
once for the page and the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from handlers.formatting import number, short_id
from handlers.step_evidence import record_details
from kpi_core.fiscal_calendar import to_bangkok
from kpi_core.models import ReminderPolicy, Role, Submission, SubmissionAction, SubmissionKind
from kpi_core.thai_dates import format_thai_date

ROLE_TH = {Role.MEMBER: "สมาชิก", Role.COORDINATOR: "ผู้ประสานงาน"}
CHANNEL_TH = {
    "google_drive": "Google Drive",
    "google_form": "Google Form",
    "paper": "หนังสือ",
    "email": "อีเมล",
    "line": "LINE",
}


class AuditKind(StrEnum):
    """What kind of write an entry records."""

    SUBMIT = "submit"
    CORRECT = "correct"
    UNDO = "undo"
    REGISTER = "register"
    BIND = "bind"
    SETTINGS = "settings"


KIND_TH = {
    AuditKind.SUBMIT: "ส่งผล",
    AuditKind.CORRECT: "แก้ไข",
    AuditKind.UNDO: "ยกเลิก",
    AuditKind.REGISTER: "ลงทะเบียน",
    AuditKind.BIND: "ผูกกลุ่ม",
    AuditKind.SETTINGS: "ตั้งค่าการเตือน",
}
WHO_TH = {"cli": "ผู้ดูแลระบบ (คำสั่ง pmqa)", "demo": "ข้อมูลสาธิต"}
SUBMISSION_KINDS = {
    SubmissionAction.SUBMIT: AuditKind.SUBMIT,
    SubmissionAction.CORRECT: AuditKind.CORRECT,
    SubmissionAction.UNDO: AuditKind.UNDO,
}


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show: one unit, one step, a range of Bangkok dates (inclusive)."""

    unit: str | None = None
    step: int | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One write, as stored: what, who, when, and the LINE chat and event it came from."""

    kind: AuditKind
    at: datetime  # aware
    who: str  # LINE user id, ``cli`` or ``demo``
    who_name: str
    chat_id: str | None
    event_id: str | None
    unit: str | None = None
    submission: Submission | None = None
    member: str | None = None  # the registered LINE user
    role: Role | None = None
    group_id: str | None = None  # the bound group, or the group whose reminders changed
    policy: ReminderPolicy | None = None


@dataclass(frozen=True)
class AuditLine:
    """An entry in words: the columns of the page and of the audit sheet."""

    at: datetime  # Bangkok
    when: str  # "28 ม.ค. 2568 09:30"
    kind: str
    who: str
    unit: str
    indicator: str
    step: int | None
    what: str
    chat: str
    event: str


def audit_line(entry: AuditEntry) -> AuditLine:
    """The words for one entry (full chat and event ids: the page shortens them itself)."""
    local = to_bangkok(entry.at)
    row = entry.submission
    return AuditLine(
        at=local,
        when=f"{format_thai_date(local.date())} {local:%H:%M}",
        kind=KIND_TH[entry.kind],
        who=entry.who_name or WHO_TH.get(entry.who) or short_id(entry.who),
        unit=entry.unit or "",
        indicator=row.indicator_code if row else "",
        step=row.step if row else None,
        what=_what(entry),
        chat=entry.chat_id or "",
        event=entry.event_id or "",
    )


def _what(entry: AuditEntry) -> str:
    if entry.submission is not None:
        return submission_text(entry.submission)
    if entry.kind is AuditKind.REGISTER:
        role = ROLE_TH[entry.role] if entry.role else ""
        return " ".join(p for p in (short_id(entry.member), entry.unit or "", role) if p)
    if entry.kind is AuditKind.BIND:
        return f"กลุ่ม {short_id(entry.group_id)}"
    if entry.policy is not None:
        # Imported here: the reminder handlers pull in the Thai NLU, which storage never needs.
        from handlers.reminder_settings import describe_policy

        return f"กลุ่ม {short_id(entry.group_id)}: {describe_policy(entry.policy)}"
    return ""


def submission_text(row: Submission) -> str:
    """``ขั้นตอนที่ 3 ส่ง 20 ม.ค. 2568 ทาง Google Drive``, ``ค่า 52.3``, ``ผ่าน``."""
    if row.action is SubmissionAction.UNDO:
        return f"ยกเลิกรายการ #{row.supersedes}"
    parts = []
    if row.kind is SubmissionKind.STEP:
        parts.append(f"ขั้นตอนที่ {row.step}")
        if row.done_on:
            parts.append(f"ส่ง {format_thai_date(row.done_on)}")
        if row.channel:
            parts.append(f"ทาง {CHANNEL_TH.get(row.channel, row.channel)}")
        if row.dimensions:
            parts.append("มิติ " + ", ".join(map(str, sorted(row.dimensions))))
        parts.extend(record_details(row))
        if row.item is not None:
            met = "บรรลุ" if row.passed else "ไม่บรรลุ"
            return " ".join([*parts, f"ตัวชี้วัดตามแผนที่ {row.item} {met}"])
    elif row.kind is SubmissionKind.BASELINE:
        parts.append("ค่าฐาน")
    if row.value is not None:
        parts.append(f"ค่า {number(row.value)}")
    if row.passed is not None:
        parts.append("ผ่าน" if row.passed else "ไม่ผ่าน")
    if row.note:
        parts.append(f"({row.note})")
    return " ".join(parts) or row.kind.value
