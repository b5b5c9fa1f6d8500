"""Step 5 from the plan's own indicators, step 2 from meetings, and a step's evidence: links,
their channel and missing documents, restated with what they cost before anything is stored
(issue 8). Scores in the comments are computed by hand from seed 003 and DECISIONS.md."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from handlers.intents import MarkStep
from handlers.replies import Row
from handlers.step_submissions import handle_mark_step
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Documents, Submission
from tests.fakes.chat import context
from tests.fakes.ports import NOW, FakePorts
from tests.fakes.reading import text_of
from tests.unit.handlers.test_step_submissions import drafted, restated, warnings

DRIVE = "https://drive.google.com/drive/folders/1AbC-dEf"
DROPBOX = "https://www.dropbox.com/s/Plan68.pdf"
EVERY_DIMENSION = {"all_dimensions": True}
# Steps 4 and 5 are claimed while step 4's window (15-24 Sep 2568) is open: before it opens the
# card also questions the date (tests/unit/handlers/test_step_submissions.py).
YEAR_END = datetime(2025, 9, 22, 10, 0, tzinfo=BANGKOK)


def card(ports: FakePorts, intent: MarkStep, now: datetime = NOW) -> tuple[list[Row], list[str]]:
    """The card's rows and what it asks to double-check, from one answer (on ``now``)."""
    rows = restated(ports, intent, now=now)
    return rows, [r.value for r in rows if r.label == "โปรดตรวจสอบ"]


def draft_of(ports: FakePorts) -> Submission:
    return drafted(ports)


def test_seven_of_eight_plan_indicators_is_step_five_with_nothing_to_deduct(
    mol: FakePorts,
) -> None:
    rows, warned = card(mol, MarkStep("", met=7, of=8), YEAR_END)
    lines = [r.value for r in rows if not r.label]
    assert lines[0] == "ขั้นตอนที่ 5: บรรลุค่าเป้าหมาย ≥ 85% ของตัวชี้วัด"
    assert "บรรลุค่าเป้าหมาย: 7 จาก 8 ตัวชี้วัด (ร้อยละ 87.5)" in lines
    assert warned == []
    draft = draft_of(mol)
    assert (draft.step, draft.unit, draft.plan_met, draft.plan_total) == (5, "กองคลัง", 7, 8)


def test_six_of_eight_states_the_deduction_before_it_is_stored(mol: FakePorts) -> None:
    # 6/8 = 75 % < 85 %: two unmet indicators x 0.5 = 1 point.
    assert warnings(mol, MarkStep("5", met=6, of=8), now=YEAR_END) == [
        "บรรลุค่าเป้าหมาย 6/8 ตัวชี้วัด (ต่ำกว่าร้อยละ 85) (หัก 1 คะแนน)"
    ]


def test_step_five_without_a_count_is_asked_for_one(mol: FakePorts) -> None:
    reply = handle_mark_step(MarkStep("5"), context(mol, "Ud0000000000000000000000000000002"))
    assert text_of(reply) == (
        "ขั้นตอนที่ 5 ต้องระบุจำนวนตัวชี้วัดตามแผนที่บรรลุค่าเป้าหมาย พิมพ์เช่น 'บรรลุ 7 จาก 8 ตัวชี้วัด'"
    )
    assert mol.pending.added == []


@pytest.mark.parametrize(
    ("intent", "refusal"),
    [
        (MarkStep("", met=9, of=8), "จำนวนที่บรรลุ (9) มากกว่าจำนวนทั้งหมด (8) ครับ"),
        (MarkStep("", met=0, of=0), "จำนวนทั้งหมดต้องมากกว่า 0 ครับ"),
        (MarkStep("เข้าร่วม", met=8, of=7), "จำนวนที่เข้าร่วม (8) มากกว่าจำนวนทั้งหมด (7) ครับ"),
    ],
)
def test_counts_that_cannot_be_are_refused(mol: FakePorts, intent: MarkStep, refusal: str) -> None:
    reply = handle_mark_step(intent, context(mol, "Ud0000000000000000000000000000002"))
    assert text_of(reply) == refusal
    assert mol.pending.added == []


def test_meetings_attended_give_step_twos_percentage(mol: FakePorts) -> None:
    # 6 of 7 meetings = 85.714… %, kept as 85.71 (rounded down: never passes by rounding).
    rows, warned = card(mol, MarkStep("เข้าร่วม", met=6, of=7))
    assert Row("", "เข้าร่วม: 6 จาก 7 ครั้ง (ร้อยละ 85.71)") in rows
    assert draft_of(mol).value == Decimal("85.71")
    assert warned == []


@pytest.mark.parametrize(
    "intent", [MarkStep("เข้าร่วม", met=5, of=7), MarkStep("2", value=Decimal(80))]
)
def test_attendance_below_85_percent_is_told_step_two_does_not_pass(
    mol: FakePorts, intent: MarkStep
) -> None:
    assert warnings(mol, intent) == ["เข้าร่วมน้อยกว่าร้อยละ 85: ขั้นตอนที่ 2 ยังไม่ผ่าน"]


def test_a_drive_link_is_the_evidence_and_the_channel(mol: FakePorts) -> None:
    intent = MarkStep("3", links=(DRIVE,), **EVERY_DIMENSION)
    lines, warned = card(mol, intent)
    assert Row("", "ช่องทาง: Google Drive") in lines
    assert Row("", f"เอกสาร: {DRIVE}") in lines
    assert warned == []
    draft = draft_of(mol)
    assert (draft.links, draft.channel, draft.documents) == (
        (DRIVE,),
        "google_drive",
        Documents.COMPLETE,
    )


def test_a_link_outside_google_drive_costs_the_channel_deduction(mol: FakePorts) -> None:
    intent = MarkStep("3", links=(DROPBOX,), **EVERY_DIMENSION)
    lines, warned = card(mol, intent)
    assert Row("", "ช่องทาง: ลิงก์อื่นที่ไม่ใช่ Google Drive") in lines
    assert warned == ["ต้องส่งทาง Google Drive (หัก 0.5 คะแนน)"]
    assert draft_of(mol).channel == "other_link"


def test_a_link_of_another_scheme_is_refused_and_nothing_waits(mol: FakePorts) -> None:
    intent = MarkStep("3", refused_links=("ftp://x.org/plan.pdf",), **EVERY_DIMENSION)
    reply = handle_mark_step(intent, context(mol, "Ud0000000000000000000000000000002"))
    assert text_of(reply) == (
        "บันทึกลิงก์ได้เฉพาะที่ขึ้นต้นด้วย http:// หรือ https:// ครับ: ftp://x.org/plan.pdf"
    )
    assert mol.pending.added == []


def test_no_documents_for_the_plan_costs_half_a_point_and_says_so(mol: FakePorts) -> None:
    intent = MarkStep("3", documents=Documents.MISSING, **EVERY_DIMENSION)
    lines, warned = card(mol, intent)
    assert Row("", "เอกสารประกอบ: ยังไม่มี") in lines
    assert warned == ["ไม่ได้ส่งเอกสารประกอบการประเมิน (หัก 0.5 คะแนน)"]
    assert draft_of(mol).documents is Documents.MISSING


def test_no_documents_cost_nothing_where_the_step_needs_none(mol: FakePorts) -> None:
    assert warnings(mol, MarkStep("1", documents=Documents.MISSING)) == [
        "ช้ากว่ากำหนด 29 พ.ย. 2567 (หัก 0.05 คะแนน)"
    ]


def test_sent_by_email_costs_the_channel_deduction(mol: FakePorts) -> None:
    intent = MarkStep("4", channel="email")
    assert warnings(mol, intent, now=YEAR_END) == ["ต้องส่งทาง Google Drive (หัก 0.5 คะแนน)"]


def test_the_history_line_of_a_step_names_its_count_documents_and_links() -> None:
    from handlers.audit_view import submission_text
    from kpi_core.models import SubmissionKind

    row = Submission(
        "1", SubmissionKind.STEP, step=5, plan_met=6, plan_total=8, links=(DRIVE,),
        documents=Documents.MISSING,
    )  # fmt: skip
    assert submission_text(row) == (
        f"ขั้นตอนที่ 5 บรรลุค่าเป้าหมาย 6 จาก 8 ตัวชี้วัด เอกสารประกอบ: ยังไม่มี เอกสาร: {DRIVE}"
    )


def test_plan_indicators_one_by_one_are_items_of_step_five_with_the_running_count(
    mol: FakePorts,
) -> None:
    from kpi_core.models import SubmissionKind

    base = Submission("1", SubmissionKind.STEP, unit="กองคลัง", step=5, plan_met=6, plan_total=8)
    mol.submissions.load("สำนักงานปลัดกระทรวงแรงงาน", base)
    rows, warned = card(mol, MarkStep("", passed=True, plan_item=3), YEAR_END)
    assert Row("", "ตัวชี้วัดตามแผนที่ 3: บรรลุค่าเป้าหมาย") in rows
    # Reported one by one from now on: 1 met of the plan's 8 (its size from the count).
    assert Row("", "รวมที่รายงานรายตัว: บรรลุ 1 จาก 8 ตัวชี้วัด") in rows
    assert warned == ["บรรลุค่าเป้าหมาย 1/8 ตัวชี้วัด (ต่ำกว่าร้อยละ 85) (หัก 3.5 คะแนน)"]
    draft = draft_of(mol)
    assert (draft.step, draft.item, draft.passed) == (5, 3, True)


def test_a_plan_indicator_not_met_is_restated_as_such(mol: FakePorts) -> None:
    rows, _ = card(mol, MarkStep("", passed=False, plan_item=2))
    assert Row("", "ตัวชี้วัดตามแผนที่ 2: ไม่บรรลุค่าเป้าหมาย") in rows
    assert Row("", "รวมที่รายงานรายตัว: บรรลุ 0 จาก 1 ตัวชี้วัด") in rows


def test_the_history_line_of_one_plan_indicator() -> None:
    from handlers.audit_view import submission_text
    from kpi_core.models import SubmissionKind

    row = Submission("1", SubmissionKind.STEP, step=5, item=3, passed=False)
    assert submission_text(row) == "ขั้นตอนที่ 5 ตัวชี้วัดตามแผนที่ 3 ไม่บรรลุ"
