"""The Thai wording of report items: each item with its result, and repeated blocks named."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.formatting import number
from kpi_core.models import AssessmentItem, Indicator, ResultKind
from kpi_core.report_items import copies, failed_first

MARK = {ResultKind.PASS: "✓", ResultKind.FAIL: "✗", ResultKind.NUMBER: "•"}


def item_line(item: AssessmentItem) -> str:
    """``✗ จัดทำรายงานผล…: ไม่ผ่าน``, ``• จำนวนผู้รับบริการ: 185 คน``."""
    result = item.result
    if result is None:
        return f"• {item.text}: ยังไม่มีผล"
    if result.kind is ResultKind.NUMBER and result.value is not None:
        shown = " ".join(p for p in (number(result.value), result.unit) if p)
        return f"• {item.text}: {shown}"
    return f"{MARK[result.kind]} {item.text}: {result.raw}"


def items_text(indicator: Indicator, items: Sequence[AssessmentItem] | None = None) -> str:
    """The items (all of them unless given), failed first, under a count of the verdicts."""
    chosen = failed_first(indicator.items if items is None else items)
    failed = sum(1 for i in chosen if i.result is not None and i.result.kind is ResultKind.FAIL)
    passed = sum(1 for i in chosen if i.result is not None and i.result.kind is ResultKind.PASS)
    counts = [f"ไม่ผ่าน {failed} ข้อ"] if failed else []
    counts += [f"ผ่าน {passed} ข้อ"] if passed else []
    head = f"ประเด็นการประเมิน ตัวชี้วัด {indicator.code}"
    head += f" ({' · '.join(counts)})" if counts else ""
    return "\n".join([head, *(item_line(i) for i in chosen)])


def copies_note(indicators: Sequence[Indicator], indicator: Indicator) -> str:
    """``ตัวชี้วัดนี้ปรากฏ 2 ครั้งในรายงาน (ตัวชี้วัด 4 และ 5) เนื้อหาเหมือนกัน``, or ``""``."""
    same = copies(indicators, indicator)
    if len(same) < 2:
        return ""
    codes = [c.code for c in same]
    listed = f"{', '.join(codes[:-1])} และ {codes[-1]}"
    return f"ตัวชี้วัดนี้ปรากฏ {len(same)} ครั้งในรายงาน (ตัวชี้วัด {listed}) เนื้อหาเหมือนกัน"
