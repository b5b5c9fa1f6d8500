"""``pmqa baseline set`` and ``pmqa year close`` against real databases."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.db.database import Database
from kpi_core.models import SubmissionKind
from tests.integration.conftest import one_clear_line

DATA = Path(__file__).resolve().parents[2] / "data"
BUREAU = "สำนักงบประมาณ"
MOL = "สำนักงานปลัดกระทรวงแรงงาน"


@pytest.fixture
def db(upgraded: Database, pmqa) -> Database:
    """A database holding สำนักงบประมาณ (a report) and สป.รง. (the seed-003 plan)."""
    assert pmqa("import-report", DATA / "reports" / "budget_bureau_2567.txt").exit_code == 0
    assert pmqa("import-plan", DATA / "plans" / "mol_pmqa_2568.json").exit_code == 0
    return upgraded


def test_a_baseline_set_by_cli_selects_the_group_and_is_no_result(pmqa, db) -> None:
    done = pmqa("baseline", "set", "--org", BUREAU, "--indicator", "8", "--year", "2566", "380")
    assert done.exit_code == 0, done.stderr
    assert done.output == f"บันทึกค่าฐาน ตัวชี้วัด 8 ของ {BUREAU}: ผลปี 2566 = 380 แล้ว\n"
    (row,) = db.submissions.list(BUREAU)
    assert (row.kind, row.value, row.submitted_by) == (SubmissionKind.BASELINE, Decimal(380), "cli")
    status = pmqa("status", "--org", BUREAU).output
    assert "   กลุ่มที่ 2 (คะแนนปี 2566 = 380): ขั้นต้น 350 · มาตรฐาน 380 · ขั้นสูง 418" in status


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--indicator", "99", "--year", "2566", "380"), "ไม่พบตัวชี้วัด 99"),
        (("--indicator", "8", "--year", "2566", "abc"), "'abc' ไม่ใช่ตัวเลข"),
        (("--indicator", "8", "--year", "2566", "nan"), "ตัวเลข"),
    ],
)
def test_a_wrong_baseline_is_refused_in_one_line(pmqa, db, args, says) -> None:
    assert says in one_clear_line(pmqa("baseline", "set", "--org", BUREAU, *args))
    assert db.submissions.list(BUREAU) == []


def test_the_year_closes_only_after_it_ends_once_and_with_its_origin(pmqa, db) -> None:
    early = pmqa("year", "close", "--org", "สป.รง.", "--today", "2025-09-30", "--yes")
    assert "ปิดปีได้ตั้งแต่ 1 ต.ค. 2568" in one_clear_line(early)
    kept = pmqa("year", "close", "--org", "สป.รง.", "--today", "2025-10-06", input="n\n")
    assert kept.exit_code == 0 and kept.output.endswith("ยกเลิกแล้ว ยังไม่ได้ปิดปี\n")
    assert db.organisations.get(MOL).year_closes == ()
    done = pmqa("year", "close", "--org", "สป.รง.", "--today", "2025-10-06", "--yes")
    assert done.exit_code == 0, done.stderr
    assert done.output.splitlines()[0] == f"ปิดปีงบประมาณ 2568 ของ {MOL}"
    (close,) = db.organisations.get(MOL).year_closes
    assert (close.fiscal_year, close.closed_by) == (2568, "cli")
    again = pmqa("year", "close", "--org", "สป.รง.", "--today", "2025-10-07", "--yes")
    assert one_clear_line(again) == "ผิดพลาด: ปีงบประมาณ 2568 ปิดไปแล้วครับ"
    status = pmqa("status", "--org", "สป.รง.", "--today", "2025-11-03").output
    assert "ปีงบประมาณ 2568 ปิดแล้ว (6 ต.ค. 2568)" in status


def test_after_the_close_the_next_years_plan_applies(pmqa, tmp_path: Path) -> None:
    assert pmqa("db", "upgrade").exit_code == 0
    assert pmqa("demo").exit_code == 0  # the demo's steps of FY2568 (its units with them)
    closed = pmqa("year", "close", "--org", "สป.รง.", "--today", "2025-10-06", "--yes")
    assert closed.exit_code == 0, closed.stderr
    plan = json.loads((DATA / "plans" / "mol_pmqa_2568.json").read_text("utf-8"))
    next_plan = tmp_path / "mol_pmqa_2569.json"
    next_plan.write_text(json.dumps({**plan, "fiscal_year": 2569}, ensure_ascii=False), "utf-8")
    assert pmqa("import-plan", next_plan).exit_code == 0
    status = pmqa("status", "--org", "สป.รง.").output
    assert "ปิดแล้ว" not in status
    assert "   คะแนนเฉลี่ย 0.00/5 (6 หน่วยงาน)" in status  # last year's steps stay with it
