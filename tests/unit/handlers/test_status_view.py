"""One status view for every presenter: what each scoring method reads as, and the chat card
and the ``pmqa status`` text showing the same values from it."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from handlers.cards import indicator_card
from handlers.common import status_of
from handlers.replies import Tone
from handlers.status_text import indicator_lines
from handlers.status_view import BELOW_BASIC, IndicatorView, Verdict, deadline_view, indicator_view
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Documents, Submission, SubmissionKind
from kpi_core.plan import load_plan
from kpi_core.status import Deadline, IndicatorStatus, build_status
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.reading import rows, values
from tests.fakes.seed import budget_bureau, demo_rows, labour, ocsc, pathum_thani

TODAY = date(2025, 1, 28)
PLANS = Path(__file__).resolve().parents[1] / "scoring" / "plans"
MOL, BUREAU = labour().name, budget_bureau().name


def _value(code: str, value: str) -> Submission:
    at = datetime(2025, 1, 27, 10, tzinfo=BANGKOK)
    return Submission(code, SubmissionKind.VALUE, value=Decimal(value), submitted_at=at)


def _ports() -> FakePorts:
    """Every seed organisation with the demo's rows."""
    ports = fake_ports(labour(), pathum_thani(), budget_bureau(), ocsc())
    for name in (MOL, BUREAU):
        ports.submissions.load(name, *demo_rows(name))
    return ports


def status(organisation: str, code: str, unit: str | None = None) -> IndicatorStatus:
    found = status_of(_ports(), organisation, unit, today=TODAY).indicators
    return next(s for s in found if s.indicator.code == code)


def five_level(value: str) -> IndicatorStatus:
    plan = load_plan(json.loads((PLANS / "five_level_disbursement.json").read_text("utf-8")))
    rows = [_value(plan.indicator.code, value)]
    (found,) = build_status(plan.organisation, rows, today=TODAY).indicators
    return found


def below_basic() -> IndicatorStatus:
    rows = [*demo_rows(BUREAU), _value("8", "300")]
    return build_status(budget_bureau(), rows, today=TODAY).indicators[7]


def test_opdc_tiers_read_as_value_group_thresholds_tier_score_and_level() -> None:
    view = indicator_view(status(BUREAU, "8"))
    assert (view.value, view.value_source) == ("395.50", "ข้อมูลสาธิต")  # the demo made it up
    assert view.group == "กลุ่มที่ 2 (คะแนนปี 2566 = 380)" and view.group_label == "กลุ่มที่ 2"
    assert view.thresholds == "ขั้นต้น 350 · มาตรฐาน 380 · ขั้นสูง 418"
    assert (view.tier, view.score, view.pmqa_level) == ("มาตรฐาน", "75.00/100", "ระดับพื้นฐาน (Basic)")
    assert view.verdict == Verdict("มาตรฐาน", Tone.GOOD)


def test_a_value_under_the_basic_tier_reads_as_below_basic_and_bad() -> None:
    view = indicator_view(below_basic())
    assert (view.tier, view.score) == (BELOW_BASIC, "0.00/100")
    assert view.verdict == Verdict(BELOW_BASIC, Tone.BAD)


def test_a_five_level_indicator_reads_as_a_score_out_of_five_without_tiers() -> None:
    view = indicator_view(five_level("87.5"))
    assert (view.value, view.score, view.tier, view.thresholds) == ("87.5 ร้อยละ", "3.75/5", "", "")
    assert view.verdict == Verdict("มีผลแล้ว", Tone.INFO)


def test_pass_fail_items_read_as_passed_of_total() -> None:
    view = indicator_view(status("ปทุมธานี", "1"))
    assert (view.passed, view.passed_percent, view.score) == ("2/2 ข้อ", "100", "2.00/2")
    assert view.verdict == Verdict("ผ่าน 2/2", Tone.GOOD)


def test_a_report_only_value_reads_as_a_value_without_a_score() -> None:
    view = indicator_view(status("ปทุมธานี", "2"))
    assert (view.value, view.value_source, view.score) == ("50.17 ร้อยละ", "จากรายงาน", "")
    assert view.verdict == Verdict("มีผลแล้ว", Tone.INFO)


def test_an_indicator_without_a_result_reads_as_none_yet() -> None:
    view = indicator_view(status(BUREAU, "5"))
    assert (view.value, view.passed, view.score) == ("", "", "")
    assert view.verdict == Verdict("ยังไม่มีผล", Tone.NEUTRAL)


def test_milestones_of_one_unit_read_as_its_level_steps_and_deductions() -> None:
    view = indicator_view(status(MOL, "1", "กองคลัง"))
    one = view.one_unit
    assert one is not None and (one.name, one.level, one.score) == ("กองคลัง", 3, "2.50")
    assert one.deductions == ("แผนขาดมิติ 1 มิติ −0.5",) and one.tone is Tone.WARN
    assert [(s.number, s.tone) for s in one.steps][:3] == [
        (1, Tone.GOOD),
        (2, Tone.GOOD),
        (3, Tone.GOOD),
    ]
    assert view.verdict == Verdict("ระดับ 3", Tone.WARN) and view.mean_score == ""


def test_milestones_of_every_unit_read_as_a_mean_and_a_row_per_unit() -> None:
    view = indicator_view(status(MOL, "1"))
    assert view.verdict == Verdict("6 หน่วยงาน", Tone.INFO) and view.mean_score == "2.08/5"
    assert [(u.name, u.level, u.tone) for u in view.units][-1] == (
        "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", 1, Tone.BAD,
    )  # fmt: skip
    assert view.deadline is not None and view.deadline.missing_units[0] == "กลุ่มพัฒนาระบบบริหาร"


@pytest.mark.parametrize(
    ("days", "tone", "left"),
    [(0, Tone.BAD, "วันนี้วันสุดท้าย"), (1, Tone.BAD, "อีก 1 วัน"), (7, Tone.WARN, "อีก 7 วัน"),
     (8, Tone.INFO, "อีก 8 วัน")],
)  # fmt: skip
def test_a_deadline_grows_more_urgent_as_it_nears(days: int, tone: Tone, left: str) -> None:
    step = labour().indicators[0].steps[2]
    view = deadline_view(Deadline(step, days, days, ("กองกลาง",)))
    assert (view.tone, view.left, view.due) == (tone, left, "31 ม.ค. 2568")


STATUSES = {
    "opdc-tiers": lambda: status(BUREAU, "8"),
    "below-basic": below_basic,
    "five-level": lambda: five_level("87.5"),
    "pass-fail": lambda: status("ปทุมธานี", "1"),
    "report-only": lambda: status("ปทุมธานี", "2"),
    "no-result": lambda: status(BUREAU, "5"),
    "milestones-one-unit": lambda: status(MOL, "1", "กองคลัง"),
    "milestones-every-unit": lambda: status(MOL, "1"),
}


@pytest.mark.parametrize("name", STATUSES)
def test_the_card_and_the_text_show_the_same_values(name: str) -> None:
    current = STATUSES[name]()
    view, card, text = indicator_view(current), indicator_card(current), indicator_lines(current)
    assert card.title == text[0] == view.heading
    assert card.badge is not None and card.badge.text == view.verdict.text
    on_card = [card.subtitle, card.badge.text, *(r.value for r in rows(card))]
    for shown in _values(view):
        assert any(shown in part for part in on_card), shown
        assert any(shown in line for line in text), shown
    if view.deadline is not None:
        assert values(card, "ถัดไป")["กำหนดส่ง"] == view.deadline.text
        assert f"ขั้นตอนที่ {view.deadline.step} ภายใน {view.deadline.due}" in text[-1] + text[-2]


def _values(view: IndicatorView) -> list[str]:
    """What both presenters must show of ``view``."""
    shown = [v for v in (view.value, view.passed, view.thresholds, view.pmqa_level) if v]
    if view.score and (view.thresholds or view.milestones or not view.passed):
        shown.append(view.score)  # a pass/fail indicator shows its share passed instead
    if view.passed and view.score:
        shown.append(f"ผ่าน {view.passed} ({view.passed_percent}%)")
    shown += [f"ระดับ {u.level}" for u in view.units] + [u.score for u in view.units]
    shown += [s.text for u in ((view.one_unit,) if view.one_unit else ()) for s in u.steps]
    return [s for s in shown if s]


def test_a_units_steps_show_their_evidence_counts_and_missing_documents() -> None:
    # กองคลัง: steps 1-2 by the demo, step 3 from a Dropbox link with no dimension gap, step 4
    # with no documents, step 5 at 6 of 8: level 5, 5 - 0.5 (channel) - 0.5 (documents) - 1
    # (two unmet plan indicators x 0.5) = 3.00.
    link = "https://www.dropbox.com/s/Plan68.pdf"
    at = datetime(2025, 9, 30, 10, tzinfo=BANGKOK)

    def step(number: int, **fields: object) -> Submission:
        return Submission("1", SubmissionKind.STEP, unit="กองคลัง", step=number, submitted_at=at,
                          done_on=date(2025, 1, 30) if number == 3 else date(2025, 9, 20),
                          **fields)  # fmt: skip

    records = [
        *demo_rows(MOL),
        step(3, channel="other_link", links=(link,), dimensions=frozenset({1, 2, 3})),
        step(4, channel="google_drive", documents=Documents.MISSING),
        step(5, plan_met=6, plan_total=8),
    ]
    found = build_status(labour(), records, today=date(2025, 10, 1), unit="กองคลัง").indicators
    view = indicator_view(next(s for s in found if s.indicator.code == "1"))
    one = view.one_unit
    assert one is not None and (one.level, one.score) == (5, "3.00")
    details = {s.number: s.details for s in one.steps}
    assert details[3] == (f"เอกสาร: {link}",)
    assert details[4] == ("เอกสารประกอบ: ยังไม่มี",)
    assert details[5] == ("บรรลุค่าเป้าหมาย 6 จาก 8 ตัวชี้วัด",)
    card_rows = [(r.label, r.value) for r in rows(indicator_card(found[0]))]
    assert ("", f"เอกสาร: {link}") in card_rows
    assert f"      เอกสาร: {link}" in indicator_lines(found[0])


def test_the_json_status_names_each_steps_links_and_plan_count() -> None:
    from kpi_core.json_views import status_view

    link = "https://drive.google.com/drive/folders/1AbC"
    at = datetime(2025, 9, 30, 10, tzinfo=BANGKOK)
    records = [
        *demo_rows(MOL),
        Submission("1", SubmissionKind.STEP, unit="กองคลัง", step=4, done_on=date(2025, 9, 20),
                   links=(link,), submitted_at=at),
        Submission("1", SubmissionKind.STEP, unit="กองคลัง", step=5, done_on=date(2025, 9, 30),
                   plan_met=7, plan_total=8, submitted_at=at),
    ]  # fmt: skip
    status = build_status(labour(), records, today=date(2025, 10, 1), unit="กองคลัง")
    (unit,) = status_view(status)["indicators"][0]["units"]
    steps = {s["step"]: s for s in unit["steps"]}
    assert steps[4]["links"] == [link] and steps[4]["plan"] is None
    assert steps[5]["plan"] == {"met": 7, "total": 8} and steps[5]["links"] == []
    assert steps[1]["links"] == [] and steps[1]["documents"] == "complete"
