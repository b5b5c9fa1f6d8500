"""The ``pmqa`` command line against real databases."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import bot.cli
from tests.integration.conftest import one_clear_line

DATA = Path(__file__).resolve().parents[2] / "data"
REPORTS = [
    DATA / "reports" / n
    for n in ("pathum_thani_2565.txt", "budget_bureau_2567.txt", "ocsc_2567.txt")
]
PLAN = DATA / "plans" / "mol_pmqa_2568.json"


@pytest.mark.empty_database
def test_db_upgrade_creates_the_schema_and_can_be_repeated(pmqa) -> None:
    assert pmqa("db", "upgrade").exit_code == 0
    again = pmqa("db", "upgrade")
    assert again.exit_code == 0 and "รุ่นล่าสุด" in again.output


@pytest.mark.empty_database
def test_commands_on_an_empty_database_ask_for_an_upgrade(pmqa) -> None:
    assert "pmqa db upgrade" in one_clear_line(pmqa("status"))


def test_importing_the_three_reports_creates_three_organisations_once(pmqa) -> None:
    pmqa("db", "upgrade")
    first = pmqa("import-report", *REPORTS)
    assert first.exit_code == 0, first.stderr
    assert first.output.splitlines() == [
        "ปทุมธานี: 6 ตัวชี้วัด (เพิ่มใหม่)",
        "สำนักงบประมาณ: 8 ตัวชี้วัด (เพิ่มใหม่)",
        "สำนักงานคณะกรรมการข้าราชการพลเรือน: 10 ตัวชี้วัด (เพิ่มใหม่)",
    ]
    again = pmqa("import-report", *REPORTS)
    assert all(line.endswith("(ไม่เปลี่ยนแปลง)") for line in again.output.splitlines())


def test_import_json_lists_indicators_with_typed_results(pmqa) -> None:
    pmqa("db", "upgrade")
    result = pmqa("import-report", REPORTS[0], "--json")
    assert result.exit_code == 0, result.stderr
    [report] = json.loads(result.output)["reports"]
    assert report["outcome"] == "created"
    assert report["organisation"]["name"] == "ปทุมธานี"
    assert report["organisation"]["parent"] == "กลุ่มจังหวัดภาคกลางปริมณฑล"
    indicators = report["indicators"]
    assert [i["index"] for i in indicators] == [1, 2, 3, 4, 5, 6]
    results = [[it["result"] for it in i["items"]] for i in indicators]
    assert results[1] == [
        {"type": "number", "value": "50.17", "unit": "ร้อยละ", "raw": "50.17 (ร้อยละ)"}
    ]
    assert results[2][0]["value"] == "1462.21" and results[2][0]["unit"] == "ล้านบาท"
    assert [r["type"] for r in results[4]] == ["pass", "number"]
    assert results[5][0]["value"] == "389.76"


def test_import_json_shows_criteria_groups_with_ranges_and_tiers(pmqa) -> None:
    result = pmqa("import-report", REPORTS[1], "--json", "--dry-run")
    assert result.exit_code == 0, result.stderr
    [report] = json.loads(result.output)["reports"]
    assert report["outcome"] is None
    pmqa_groups = report["indicators"][7]["criteria_groups"]
    assert [g["ranges"][0]["low"] for g in pmqa_groups] == [None, "350", "400", "450"]
    assert pmqa_groups[0]["targets"][0] == {"tier": "basic", "text": "275 คะแนน", "value": "275"}
    assert pmqa_groups[1]["targets"][2]["text"] == "คะแนนปี 2566 + 10 %"


def test_a_file_that_is_not_a_report_is_refused_and_nothing_is_saved(pmqa, tmp_path: Path) -> None:
    pmqa("db", "upgrade")
    bad = tmp_path / "notes.txt"
    bad.write_text("บันทึกการประชุม\nไม่ใช่รายงาน\n", encoding="utf-8")
    line = one_clear_line(pmqa("import-report", REPORTS[0], bad))
    assert "notes.txt" in line and "บรรทัด" in line
    assert "ยังไม่มีข้อมูล" in one_clear_line(pmqa("status"))


def test_a_missing_file_is_named(pmqa) -> None:
    assert "ไม่พบไฟล์" in one_clear_line(pmqa("import-report", "/nonexistent/report.txt"))


def test_a_plan_is_imported_into_its_organisation(pmqa) -> None:
    pmqa("db", "upgrade")
    result = pmqa("import-plan", PLAN)
    assert result.exit_code == 0, result.stderr
    assert result.output.startswith("สำนักงานปลัดกระทรวงแรงงาน: ตัวชี้วัด 1 ")
    assert "ไม่เปลี่ยนแปลง" in pmqa("import-plan", PLAN).output


def test_a_plan_for_an_unknown_organisation_is_refused(pmqa) -> None:
    pmqa("db", "upgrade")
    assert "ไม่พบหน่วยงาน" in one_clear_line(pmqa("import-plan", PLAN, "--org", "กรมสมมติ"))


def test_the_demo_loads_once_however_often_it_runs(pmqa) -> None:
    first = pmqa("demo")
    assert first.exit_code == 0, first.stderr
    assert "ข้อมูลสาธิต" in first.output and "เพิ่ม 16 รายการ" in first.output
    again = pmqa("demo")
    assert "เพิ่ม 0 รายการ, มีอยู่แล้ว 16 รายการ" in again.output


def test_status_names_the_next_deadline_and_who_has_not_sent(pmqa) -> None:
    pmqa("demo")
    result = pmqa("status", "--org", "สป.รง.", "--today", "2025-01-28")
    assert result.exit_code == 0, result.stderr
    out = result.output
    assert "สถานะตัวชี้วัด สำนักงานปลัดกระทรวงแรงงาน (สป.รง.) ณ 28 ม.ค. 2568" in out
    assert "กำหนดส่งถัดไป: ขั้นตอนที่ 3 ภายใน 31 ม.ค. 2568 (อีก 3 วัน, 4 วันทำการ)" in out
    assert "ยังไม่ส่ง: กลุ่มพัฒนาระบบบริหาร, กองการเจ้าหน้าที่, กองนิติการ" in out
    assert "กองคลัง: ระดับ 3 คะแนน 2.50 (หัก แผนขาดมิติ 1 มิติ −0.5)" in out


def test_status_reads_the_day_from_pmqa_today(pmqa) -> None:
    pmqa("demo")
    result = pmqa("status", "--org", "สป.รง.", env={"PMQA_TODAY": "2024-11-25"})
    assert "ณ 25 พ.ย. 2567" in result.output
    assert "ขั้นตอนที่ 1 ภายใน 29 พ.ย. 2567 (อีก 4 วัน" in result.output


def test_status_of_one_unit_lists_its_steps(pmqa) -> None:
    pmqa("demo")
    result = pmqa("status", "--org", "สป.รง.", "--unit", "กองคลัง", "--today", "2025-01-28")
    assert "ขั้นตอนที่ 3: ✓ (27 ม.ค. 2568)" in result.output
    assert "ระดับ 3 คะแนน 2.50/5" in result.output


def test_status_json_gives_scores_tiers_and_deadlines(pmqa) -> None:
    pmqa("demo")
    result = pmqa("status", "--org", "สำนักงบประมาณ", "--today", "2025-01-28", "--json")
    [status] = json.loads(result.output)
    pmqa_status = status["indicators"][7]
    assert pmqa_status["tier"] == "standard"
    assert pmqa_status["score"] == {"value": "75", "maximum": "100"}
    assert pmqa_status["pmqa_level"] == "basic"
    advanced = pmqa_status["thresholds"]["advanced"]
    assert Decimal(advanced["value"]) == Decimal(418) and advanced["strict"] is False
    assert status["total"]["reported"] == 4 and status["total"]["indicators"] == 8


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["status", "--org", "กรมสมมติ"], "ไม่พบหน่วยงาน"),
        (["status", "--org", "สำนักงาน"], "หลายหน่วยงาน"),
        (["status", "--org", "สป.รง.", "--unit", "กองสมมติ"], "ไม่พบหน่วยงานย่อย"),
        (["status", "--today", "31/1/2568"], "--today"),
    ],
)
def test_bad_status_arguments_getone_clear_line(pmqa, args: list[str], expected: str) -> None:
    pmqa("demo")
    assert expected in one_clear_line(pmqa(*args))


def test_the_console_script_runs_as_installed(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("pmqa")
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}", "PATH": str(script.parent)}
    done = subprocess.run(
        [script, "import-report", "--dry-run", REPORTS[2]],
        capture_output=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert "สำนักงานคณะกรรมการข้าราชการพลเรือน: 10 ตัวชี้วัด" in done.stdout.decode()


@pytest.mark.parametrize("prefix", ["บอท ", "น้องบอท ", "bot: ", "@"])
def test_ask_strips_the_group_prefix_exactly_like_the_webhook(pmqa, prefix: str) -> None:
    assert pmqa("db", "upgrade").exit_code == 0
    assert pmqa("demo").exit_code == 0
    plain = pmqa("ask", "ใครยังไม่ส่งแผน", "--today", "2025-01-28")
    prefixed = pmqa("ask", f"{prefix}ใครยังไม่ส่งแผน", "--today", "2025-01-28")
    assert prefixed.exit_code == 0 and plain.exit_code == 0
    if prefix == "@":  # not a prefix: read as typed, the bot still answers the console
        return
    assert prefixed.output == plain.output


def test_thanks_in_the_console_group_get_one_line_not_the_help(pmqa) -> None:
    assert pmqa("db", "upgrade").exit_code == 0
    assert pmqa("demo").exit_code == 0
    answer = pmqa("ask", "บอท ขอบคุณมากครับ").output.strip()
    assert answer == "ยินดีครับ 🙂"


def test_the_command_line_starts_without_the_line_sdk_or_alembic() -> None:
    # `pmqa ask` answers in well under 1.5 s cold only without them (about a second to import).
    script = (
        "import sys, bot.cli; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'linebot', 'alembic', 'aiohttp'}))"
    )
    started = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "[]"


def test_every_command_is_found_in_the_module_named_for_it() -> None:
    defined = {}
    for found in pkgutil.iter_modules(bot.cli.__path__):
        module = importlib.import_module(f"bot.cli.{found.name}")
        for command in getattr(module, "COMMANDS", ()):
            assert command.name not in defined, command.name
            defined[command.name] = found.name
    assert defined == bot.cli.COMMAND_MODULES


def test_help_lists_every_command(pmqa) -> None:
    shown = pmqa("--help").output
    assert all(f"  {name} " in shown for name in bot.cli.COMMAND_MODULES)
    assert pmqa("no-such-command").exit_code == 2


ASK_SCRIPT = """
import sys
from bot.cli import main
main(["ask", "--today", "2025-01-28", "สถานะ"], standalone_mode=False)
heavy = {"linebot", "alembic", "mako", "pygments", "urllib3", "aiohttp", "pandas", "numpy"}
print(sorted({m.split(".")[0] for m in sys.modules} & heavy))
print(sorted(m for m in sys.modules if m.startswith("holidays.countries.")))
"""


def test_a_status_asked_on_the_command_line_imports_nothing_it_does_not_use(
    demo_database_url: str,
) -> None:
    env = {**os.environ, "DATABASE_URL": demo_database_url}
    run = subprocess.run(
        [sys.executable, "-c", ASK_SCRIPT], capture_output=True, text=True, env=env
    )
    assert run.returncode == 0, run.stderr
    *answer, heavy, countries = run.stdout.splitlines()
    assert "คะแนนรวม" in "\n".join(answer)
    assert (heavy, countries) == ("[]", "['holidays.countries.thailand']")
