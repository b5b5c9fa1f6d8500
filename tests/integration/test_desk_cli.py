"""``pmqa export`` and ``pmqa desk-link`` on the demo data, on each database; the workbook and
the CSV files are read back with their own libraries."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result

from bot.cli import main
from tests.integration.conftest import one_clear_line

SECRET = "x" * 40
COORDINATOR = "Ud0000000000000000000000000000001"


@pytest.fixture
def run(demo_database_url: str):
    runner = CliRunner()

    def pmqa(*args: object, **env: str) -> Result:
        environment = {"DATABASE_URL": demo_database_url, "PMQA_TODAY": "2025-01-28", **env}
        return runner.invoke(main, [str(a) for a in args], env=environment)

    return pmqa


def test_the_workbook_has_thai_sheets_numbers_as_numbers_thai_dates_and_a_frozen_header(
    run, tmp_path: Path
) -> None:
    target = tmp_path / "mol.xlsx"
    result = run("export", "--org", "สป.รง.", target)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["สรุปตัวชี้วัด", "สถานะหน่วยงาน", "บันทึกการเปลี่ยนแปลง"]
    status = book["สถานะหน่วยงาน"]
    assert status.freeze_panes == "A2"
    header = [c.value for c in status[1]]
    assert header[:6] == ["รหัส", "หน่วยงาน", "ระดับ", "คะแนน", "หักคะแนน", "รายการหักคะแนน"]
    rows = {r[1]: r for r in status.iter_rows(min_row=2, values_only=True)}
    kongklang = rows["กองคลัง"]
    assert kongklang[2:5] == (3, 2.5, 0.5)  # numbers, not text
    assert kongklang[6:8] == ("ส่งแล้ว", datetime(2024, 11, 29))
    date_cell = status.cell(row=2, column=8)
    assert date_cell.number_format == "[$-107041E]d mmm yyyy"  # shown as 25 พ.ย. 2567
    assert status.column_dimensions["B"].width > 30
    audit = book["บันทึกการเปลี่ยนแปลง"]
    assert isinstance(audit.cell(row=2, column=1).value, datetime)
    assert audit.max_row == 19  # 16 steps, 2 registrations… every write of the demo, one a row


def test_a_report_organisation_exports_its_items_and_criteria(run, tmp_path: Path) -> None:
    target = tmp_path / "ocsc.xlsx"
    assert run("export", "--org", "สำนักงบประมาณ", target).exit_code == 0
    book = openpyxl.load_workbook(target)
    assert {"ประเด็นการประเมิน", "เกณฑ์การประเมิน"} <= set(book.sheetnames)
    summary = book["สรุปตัวชี้วัด"]
    results = [r[4] for r in summary.iter_rows(min_row=2, values_only=True)]
    assert 16 in results and 395.5 in results  # numbers, not text


def test_the_csv_export_is_a_zip_of_utf8_files_with_iso_dates(run, tmp_path: Path) -> None:
    target = tmp_path / "mol.zip"
    assert run("export", "--org", "สป.รง.", "--format", "csv", target).exit_code == 0
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["summary.csv", "status.csv", "audit.csv"]
        raw = archive.read("status.csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read Thai
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    kongklang = next(r for r in rows if r[1] == "กองคลัง")
    assert kongklang[2:5] == ["3", "2.5", "0.5"] and kongklang[7] == "2024-11-29"


def test_desk_link_prints_a_single_use_link_for_a_registered_member(run) -> None:
    env = {"PMQA_SECRET_KEY": SECRET, "PMQA_PUBLIC_URL": "https://desk.test"}
    result = run("desk-link", "--user", COORDINATOR, **env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("https://desk.test/desk/login/")
    local = run("desk-link", "--user", COORDINATOR, "--base-url", "http://127.0.0.1:8000", **env)
    assert local.stdout.startswith("http://127.0.0.1:8000/desk/login/")


@pytest.mark.parametrize(
    ("args", "env", "says"),
    [
        (("--user", COORDINATOR), {}, "PMQA_SECRET_KEY"),
        (("--user", COORDINATOR), {"PMQA_SECRET_KEY": SECRET}, "PMQA_PUBLIC_URL"),
        (("--user", "U" + "f" * 32), {"PMQA_SECRET_KEY": SECRET}, "ยังไม่ได้ลงทะเบียน"),
        (("--user", "nobody"), {"PMQA_SECRET_KEY": SECRET}, "รหัสผู้ใช้ LINE"),
    ],
)
def test_desk_link_refuses_clearly(run, args: tuple[str, ...], env: dict[str, str], says: str):
    env = {"PMQA_PUBLIC_URL": "", **env}
    assert says in one_clear_line(run("desk-link", *args, **env))
