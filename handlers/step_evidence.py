"""What a finished step carries besides its date: the count of the plan's indicators met (step 5),
the meetings attended (step 2), the documents' links and what was said of the documents; checked,
restated and priced by the scoring itself before the user confirms."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from handlers.formatting import number, plain
from handlers.intents import MarkStep
from kpi_core.models import DeductionRules, Documents, Indicator, MilestoneStep, Submission
from kpi_core.scoring import DeductionReason, attendance_percent, step_deductions

_HUNDREDTH = Decimal("0.01")
DOCUMENTS_SAID = {Documents.MISSING: "ยังไม่มี", Documents.INCOMPLETE: "ไม่ครบ"}
# Deductions worded from the scoring itself; late and wrong-channel are worded with the date.
_PRICED = frozenset({DeductionReason.MISSING_DOCUMENTS, DeductionReason.UNMET_PLAN_INDICATORS})


def evidence_refusal(intent: MarkStep, step: MilestoneStep) -> str:
    """Why the step's evidence cannot be stored: a link that is not http(s), impossible counts,
    or step 5 without a count of the plan's indicators."""
    if intent.refused_links:
        shown = " ".join(intent.refused_links)
        return f"บันทึกลิงก์ได้เฉพาะที่ขึ้นต้นด้วย http:// หรือ https:// ครับ: {shown}"
    counted = step.plan_results or step.min_percent is not None
    if counted and intent.of is not None and intent.met is not None:
        if intent.of <= 0:
            return "จำนวนทั้งหมดต้องมากกว่า 0 ครับ"
        if intent.met > intent.of:
            what = "บรรลุ" if step.plan_results else "เข้าร่วม"
            return f"จำนวนที่{what} ({intent.met}) มากกว่าจำนวนทั้งหมด ({intent.of}) ครับ"
    unstated = intent.of is None and intent.plan_item is None and intent.passed is not True
    if step.plan_results and unstated:
        return (
            f"ขั้นตอนที่ {step.number} ต้องระบุจำนวนตัวชี้วัดตามแผนที่บรรลุค่าเป้าหมาย พิมพ์เช่น 'บรรลุ 7 จาก 8 ตัวชี้วัด'"
        )
    return ""


def with_counts(draft: Submission, intent: MarkStep, step: MilestoneStep) -> Submission:
    """The draft with its counts: the plan's indicators met, or attendance as a percentage."""
    if intent.met is None or not intent.of:
        return draft
    if step.plan_results:
        return replace(draft, plan_met=intent.met, plan_total=intent.of)
    if step.min_percent is not None:
        return replace(draft, value=attendance_percent(intent.met, intent.of))
    return draft


# A typed share off the counts' by less than this is its rounding ("6 ใน 7 … 85.7%").
_SHARE_SLACK = Decimal("0.1")


def evidence_lines(draft: Submission, intent: MarkStep, scored: Submission) -> list[str]:
    """The counts (for one plan indicator, the running count ``scored``), the documents and
    each link, as the confirmation restates them."""
    lines = []
    if draft.item is not None:
        verdict = "บรรลุค่าเป้าหมาย" if draft.passed else "ไม่บรรลุค่าเป้าหมาย"
        lines.append(f"ตัวชี้วัดตามแผนที่ {draft.item}: {verdict}")
        lines.append(f"รวมที่รายงานรายตัว: บรรลุ {scored.plan_met} จาก {scored.plan_total} ตัวชี้วัด")
    elif draft.plan_met is not None and draft.plan_total:
        share = plain((Decimal(draft.plan_met) * 100 / draft.plan_total).quantize(_HUNDREDTH))
        lines.append(
            f"บรรลุค่าเป้าหมาย: {draft.plan_met} จาก {draft.plan_total} ตัวชี้วัด (ร้อยละ {number(share)})"
        )
    elif intent.met is not None and intent.of and draft.value is not None:
        lines.append(f"เข้าร่วม: {intent.met} จาก {intent.of} ครั้ง (ร้อยละ {number(draft.value)})")
        if intent.value is not None and abs(intent.value - draft.value) >= _SHARE_SLACK:
            # "9 จาก 10 ครั้ง คิดเป็น 80%": the counts' share is stored; the typed one is said
            # to differ, so the card is not confirmed with a figure the sender did not mean.
            lines.append(
                f"พิมพ์ร้อยละ {number(plain(intent.value))} แต่ {intent.met} จาก {intent.of} ครั้ง"
                f"คือร้อยละ {number(draft.value)} (บันทึกตามจำนวนครั้ง)"
            )
    if draft.documents in DOCUMENTS_SAID:
        lines.append(f"เอกสารประกอบ: {DOCUMENTS_SAID[draft.documents]}")
    lines += [f"เอกสาร: {link}" for link in draft.links]
    return lines


def evidence_warnings(draft: Submission, indicator: Indicator, step: MilestoneStep) -> list[str]:
    """What the evidence costs, in the scoring's own words, and attendance too low to pass
    (``draft``: the step's record as it will be scored)."""
    warnings = [
        f"{d.label_th} (หัก {number(plain(d.points))} คะแนน)"
        for d in step_deductions(indicator, draft)
        if d.reason in _PRICED
    ]
    due, done = step.window.due, draft.done_on
    late = due is not None and done is not None and done > due
    if draft.documents is Documents.INCOMPLETE and not late:
        points = (indicator.deductions or DeductionRules()).late_or_incomplete
        warnings.append(f"เอกสารไม่ครบ (หัก {number(plain(points))} คะแนน)")
    low = step.min_percent is not None and draft.value is not None and draft.passed is None
    if low and draft.value < step.min_percent:
        floor = number(plain(step.min_percent))
        warnings.append(f"เข้าร่วมน้อยกว่าร้อยละ {floor}: ขั้นตอนที่ {step.number} ยังไม่ผ่าน")
    return warnings


def record_details(record: Submission | None) -> tuple[str, ...]:
    """What a stored step carries, for the unit's status: counts, documents, links."""
    if record is None:
        return ()
    lines = []
    if record.plan_met is not None and record.plan_total:
        lines.append(f"บรรลุค่าเป้าหมาย {record.plan_met} จาก {record.plan_total} ตัวชี้วัด")
    if record.documents in DOCUMENTS_SAID:
        lines.append(f"เอกสารประกอบ: {DOCUMENTS_SAID[record.documents]}")
    lines += [f"เอกสาร: {link}" for link in record.links]
    return tuple(lines)
