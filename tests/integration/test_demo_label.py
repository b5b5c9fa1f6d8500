"""The demo label stays honest when real reports meet demo data: invented figures never look
real, and the demo never turns real data into demo (issue 8, part 6)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import Result

from bot.db.database import Database

REPORT = Path(__file__).resolve().parents[2] / "data" / "reports" / "budget_bureau_2567.txt"
BUREAU = "สำนักงบประมาณ"


def _ok(result: Result) -> str:
    assert result.exit_code == 0, result.stderr
    return result.output


def _pmqa_indicator(pmqa) -> dict:
    shown = json.loads(_ok(pmqa("status", "--org", "สงป.", "--today", "2025-01-28", "--json")))
    return next(i for i in shown[0]["indicators"] if i["code"] == "8") | {"_org": shown[0]}


def test_a_real_report_imported_over_the_demo_keeps_the_invented_figures_marked_demo(
    pmqa,
) -> None:
    """Reported: after importing the real report the demo's 395.50 and 380 looked real."""
    _ok(pmqa("demo"))
    assert "มีข้อมูลสาธิต" in _ok(pmqa("import-report", REPORT))
    text = _ok(pmqa("status", "--org", "สงป.", "--today", "2025-01-28"))
    assert "(มีข้อมูลสาธิตปนอยู่: ตัวชี้วัด 8)" in text.splitlines()[1]
    assert "ผล 395.50 (ข้อมูลสาธิต)" in text
    indicator = _pmqa_indicator(pmqa)
    assert (indicator["value_from"], indicator["demo"], indicator["_org"]["demo"]) == (
        "demo",
        True,
        True,
    )


def test_the_demo_loaded_after_a_real_import_leaves_that_organisation_real(
    pmqa, database_url: str
) -> None:
    _ok(pmqa("db", "upgrade"))
    _ok(pmqa("import-report", REPORT))
    loaded = _ok(pmqa("demo"))
    assert f"ข้าม {BUREAU}: มีข้อมูลจริงอยู่แล้ว" in loaded
    text = _ok(pmqa("status", "--org", "สงป.", "--today", "2025-01-28"))
    assert "ข้อมูลสาธิต" not in text
    database = Database.connect(database_url)
    try:
        assert database.organisations.get(BUREAU).demo is False
        assert database.submissions.list(BUREAU) == []
    finally:
        database.close()
