"""What the export holds: the summary, the units × steps status, items, criteria, the audit."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from bot.export.table_model import Column, Kind, Table, Value
from handlers.audit_view import AuditEntry, audit_line
from handlers.desk_view import Grid, grids
from handlers.status_view import VALUE_FROM_TH
from kpi_core.models import TIER_LABELS_TH, Organisation, ResultKind, ScoringMethod
from kpi_core.status import IndicatorStatus, OrganisationStatus

METHOD_TH = {
    ScoringMethod.OPDC_TIERS: "ขั้นต้น/มาตรฐาน/ขั้นสูง",
    ScoringMethod.FIVE_LEVEL: "เกณฑ์ 5 ระดับ",
    ScoringMethod.MILESTONES: "ระดับความสำเร็จ (ขั้นตอน)",
    ScoringMethod.PASS_FAIL: "ผ่าน/ไม่ผ่าน",
    ScoringMethod.REPORT_ONLY: "รายงานผล",
}
RESULT_TH = {ResultKind.PASS: "ผ่าน", ResultKind.FAIL: "ไม่ผ่าน", ResultKind.NUMBER: "ค่า"}
TITLE = Column("ตัวชี้วัด", width=48)
CODE = Column("รหัส", width=8)


def export_tables(status: OrganisationStatus, audit: Iterable[AuditEntry]) -> list[Table]:
    """Every table of the organisation's export, in sheet order (empty ones left out)."""
    found = grids(status)
    tables = [
        summary_table(status),
        status_table(found),
        items_table(status.organisation),
        criteria_table(status.organisation),
        audit_table(audit),
    ]
    return [t for t in tables if t.rows]


def summary_table(status: OrganisationStatus) -> Table:
    """One row per indicator: result, tier, score and PMQA level."""
    table = Table(
        "สรุปตัวชี้วัด",
        "summary.csv",
        (
            CODE,
            TITLE,
            Column("วิธีคิดคะแนน", width=22),
            Column("น้ำหนัก", Kind.NUMBER, 9),
            Column("ผล", Kind.NUMBER, 12),
            Column("หน่วย", width=12),
            Column("ที่มาของผล", width=12),
            Column("ผ่าน (ข้อ)", Kind.INTEGER, 10),
            Column("ทั้งหมด (ข้อ)", Kind.INTEGER, 11),
            Column("เกณฑ์ที่ได้", width=12),
            Column("คะแนน", Kind.NUMBER, 10),
            Column("คะแนนเต็ม", Kind.NUMBER, 10),
            Column("ระดับ PMQA", width=26),
        ),
    )
    for s in status.indicators:
        table.add(*_summary_row(s))
    return table


def _summary_row(s: IndicatorStatus) -> tuple[Value, ...]:
    i = s.indicator
    return (
        i.code,
        i.title,
        METHOD_TH[i.method],
        i.weight,
        s.value,
        s.value_unit,
        VALUE_FROM_TH.get(s.value_from, "") if s.value is not None else "",
        s.passed.passed if s.passed else None,
        s.passed.total if s.passed else None,
        TIER_LABELS_TH[s.tier] if s.tier else "",
        s.score.value.quantize(Decimal("0.01")) if s.score else None,
        s.score.maximum if s.score else None,
        s.pmqa_level.label_th if s.pmqa_level else "",
    )


def status_table(found: tuple[Grid, ...]) -> Table:
    """Units × steps: level, score, deductions, then each step's state and date."""
    steps = max((len(g.steps) for g in found), default=0)
    per_step = [
        column
        for n in range(1, steps + 1)
        for column in (
            Column(f"ขั้นตอนที่ {n}", width=12),
            Column(f"วันที่ส่ง ขั้นตอนที่ {n}", Kind.DATE, 16),
        )
    ]
    table = Table(
        "สถานะหน่วยงาน",
        "status.csv",
        (
            CODE,
            Column("หน่วยงาน", width=34),
            Column("ระดับ", Kind.INTEGER, 8),
            Column("คะแนน", Kind.NUMBER, 9),
            Column("หักคะแนน", Kind.NUMBER, 10),
            Column("รายการหักคะแนน", width=40),
            *per_step,
        ),
    )
    for grid in found:
        for row in grid.rows:
            cells = [(c.label, c.done_on) for c in row.cells]
            cells += [("", None)] * (steps - len(cells))
            reasons = "; ".join(d.text_th for d in row.deductions)
            table.add(
                grid.code,
                row.unit,
                row.level,
                row.score,
                row.deducted,
                reasons,
                *[value for pair in cells for value in pair],
            )
    return table


def items_table(org: Organisation) -> Table:
    """Each indicator's assessment items with their results, as the report gives them."""
    table = Table(
        "ประเด็นการประเมิน",
        "items.csv",
        (
            CODE,
            TITLE,
            Column("ข้อ", Kind.INTEGER, 6),
            Column("ประเด็นการประเมิน", width=60),
            Column("ผล", width=10),
            Column("ค่า", Kind.NUMBER, 12),
            Column("หน่วย", width=12),
        ),
    )
    for i in org.indicators:
        for n, item in enumerate(i.items, start=1):
            result = item.result
            kind = RESULT_TH[result.kind] if result else ""
            value = result.value if result else None
            table.add(i.code, i.title, n, item.text, kind, value, result.unit if result else "")
    return table


def criteria_table(org: Organisation) -> Table:
    """The criteria groups and their tiers (and each indicator's fixed tiers)."""
    table = Table(
        "เกณฑ์การประเมิน",
        "criteria.csv",
        (
            CODE,
            Column("กลุ่ม", width=16),
            Column("เงื่อนไข", width=40),
            Column("ขั้น", width=10),
            Column("ค่าเป้าหมาย (ตามรายงาน)", width=40),
            Column("ค่าเป้าหมาย", Kind.NUMBER, 12),
        ),
    )
    for i in org.indicators:
        for target in i.tiers:
            table.add(i.code, "", "", TIER_LABELS_TH[target.tier], target.text, target.value)
        for group in i.criteria_groups:
            if group.exempt and not group.targets:
                table.add(i.code, group.label, group.condition, "", group.note or "ยกเว้น", None)
            for t in group.targets:
                table.add(
                    i.code, group.label, group.condition, TIER_LABELS_TH[t.tier], t.text, t.value
                )
    return table


def audit_table(entries: Iterable[AuditEntry]) -> Table:
    """Every write: when, what, who, unit, indicator, step, details, LINE chat and event."""
    table = Table(
        "บันทึกการเปลี่ยนแปลง",
        "audit.csv",
        (
            Column("วันเวลา", Kind.DATETIME, 20),
            Column("รายการ", width=14),
            Column("ผู้บันทึก", width=22),
            Column("หน่วยงาน", width=30),
            Column("ตัวชี้วัด", width=9),
            Column("ขั้นตอน", Kind.INTEGER, 8),
            Column("รายละเอียด", width=48),
            Column("แชท LINE", width=36),
            Column("เหตุการณ์ LINE", width=32),
        ),
    )
    for line in map(audit_line, entries):
        at = line.at.replace(tzinfo=None)  # Bangkok time; spreadsheets have no zones
        table.add(
            at,
            line.kind,
            line.who,
            line.unit,
            line.indicator,
            line.step,
            line.what,
            line.chat,
            line.event,
        )
    return table
