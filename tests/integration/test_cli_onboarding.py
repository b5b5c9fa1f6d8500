"""A new organisation sets itself up from the command line: the organisation, its units (one
by one or from a JSON file), the seed-003 indicator, members; against real databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from sqlalchemy import select

from bot.db.database import Database
from bot.db.tables import OrganisationRow, UnitRow
from tests.integration.conftest import one_clear_line

DLPW = "กรมสวัสดิการและคุ้มครองแรงงาน"
PLAN = Path(__file__).resolve().parents[2] / "data" / "plans" / "mol_pmqa_2568.json"
REPORTS = Path(__file__).resolve().parents[2] / "data" / "reports"
UNITS = [
    ("กองบริหารการคลัง", "กค.", ["การเงิน"]),
    ("กองคุ้มครองแรงงาน", "กคร.", []),
    ("กองความปลอดภัยแรงงาน", "กปร.", ["ความปลอดภัย"]),
    ("ศูนย์เทคโนโลยีสารสนเทศ", "ศทส.", ["ไอที", "IT"]),
    ("กลุ่มพัฒนาระบบบริหาร", "กพร.", []),
]
SOMCHAI = "U" + "1" * 32
COORDINATOR = "U" + "2" * 32


def _ok(result: Result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return result.output.splitlines()


@pytest.fixture
def db(upgraded: Database) -> Database:
    """An upgraded, empty database."""
    return upgraded


def _add_org(pmqa) -> list[str]:
    return _ok(
        pmqa(
            "org",
            "add",
            DLPW,
            "--short-name",
            "กสร.",
            "--alias",
            "DLPW",
            "--parent",
            "กระทรวงแรงงาน",
        )
    )


def _add_units(pmqa) -> None:
    for name, short, aliases in UNITS:
        extra = [a for alias in aliases for a in ("--alias", alias)]
        _ok(pmqa("unit", "add", "--org", "กสร.", name, "--short-name", short, *extra))


def test_a_ministry_adds_itself_and_five_units_and_lists_them(pmqa, db) -> None:
    assert _add_org(pmqa) == [f"เพิ่มหน่วยงาน {DLPW} (กสร., DLPW) แล้ว"]
    _add_units(pmqa)
    listing = _ok(pmqa("unit", "list", "--org", "DLPW"))
    assert listing[0] == f"{DLPW}: หน่วยงานย่อย 5 หน่วย"
    assert "กองคุ้มครองแรงงาน" in listing[3] and "กคร." in listing[3]
    assert "ไอที, IT" in listing[5]
    org = db.organisations.get(DLPW)
    assert (org.short_name, org.aliases, org.parent) == ("กสร.", ("DLPW",), "กระทรวงแรงงาน")


def test_org_list_shows_names_short_names_aliases_and_unit_counts(pmqa, db) -> None:
    assert _ok(pmqa("org", "list")) == ["ยังไม่มีหน่วยงาน (เพิ่มด้วย pmqa org add หรือ pmqa import-plan)"]
    _add_org(pmqa)
    _add_units(pmqa)
    header, row = _ok(pmqa("org", "list"))
    assert header.split() == ["หน่วยงาน", "ชื่อย่อ", "ชื่อเรียกอื่น", "หน่วยงานย่อย"]
    assert row.split() == [DLPW, "กสร.", "DLPW", "5"]


def test_every_unit_keeps_who_added_it_and_when(pmqa, db) -> None:
    _add_org(pmqa)
    _add_units(pmqa)
    with db.engine.connect() as connection:
        rows = connection.execute(select(UnitRow.added_by, UnitRow.added_at)).all()
        created_by = connection.execute(select(OrganisationRow.created_by)).scalar_one()
    assert len(rows) == 5 and all(by == "cli" and at is not None for by, at in rows)
    assert created_by == "cli"


@pytest.mark.parametrize(
    ("args", "refusal"),
    [
        (
            ["unit", "add", "--org", "กสร.", "กองคุ้มครองแรงงาน"],
            "มีหน่วยงานย่อย กองคุ้มครองแรงงาน (กคร.) อยู่แล้ว",
        ),
        (["unit", "add", "--org", "กสร.", "กองใหม่", "--short-name", "กคร."], "อยู่แล้ว"),
        (["org", "add", DLPW], f"มีหน่วยงาน {DLPW} อยู่แล้ว"),
        (["org", "add", "กรมอื่น", "--short-name", "กสร."], f"ชื่อ กสร. เป็นของ {DLPW} อยู่แล้ว"),
        (["unit", "add", "--org", "กรมสมมติ", "กองใหม่"], "ไม่พบหน่วยงาน 'กรมสมมติ'"),
        (["unit", "list", "--org", "ก.พ.ร."], "ไม่พบหน่วยงาน 'ก.พ.ร.'"),
    ],
    ids=["same-name", "same-short-name", "same-organisation", "taken-short-name", "no-org", "opdc"],
)
def test_a_name_already_taken_or_unknown_is_refused_on_one_line(pmqa, db, args, refusal) -> None:
    _add_org(pmqa)
    _add_units(pmqa)
    assert refusal in one_clear_line(pmqa(*args))
    assert len(db.organisations.get(DLPW).units) == 5


def test_member_add_resolves_a_unit_by_short_name_or_alias_and_refuses_unknown_ones(
    pmqa, db
) -> None:
    _add_org(pmqa)
    _add_units(pmqa)
    assert _ok(pmqa("member", "add", SOMCHAI, "--org", "กสร.", "--unit", "ไอที")) == [
        f"ลงทะเบียน ผู้ใช้ (U1111111…) เป็นสมาชิก ศูนย์เทคโนโลยีสารสนเทศ ของ {DLPW} แล้ว"
    ]
    line = one_clear_line(pmqa("member", "add", COORDINATOR, "--org", "กสร.", "--unit", "กองสมมติ"))
    assert "ไม่พบหน่วยงานย่อย 'กองสมมติ'" in line and "กองคุ้มครองแรงงาน (กคร.)" in line
    line = one_clear_line(pmqa("member", "add", COORDINATOR, "--org", "กสร."))
    assert "ต้องอยู่ในหน่วยงานย่อย" in line
    assert db.members.get(COORDINATOR) is None


def test_status_unit_resolves_short_names_and_refuses_unknown_ones(pmqa, db) -> None:
    """Reported: ``status --unit กค.`` invented a unit at level 0."""
    _add_org(pmqa)
    _add_units(pmqa)
    _ok(pmqa("import-plan", PLAN, "--org", "กสร."))
    shown = _ok(pmqa("status", "--unit", "การเงิน", "--today", "2025-01-28"))
    assert shown[0].startswith(f"สถานะตัวชี้วัด {DLPW} (กสร.) · กองบริหารการคลัง")
    line = one_clear_line(pmqa("status", "--org", "กสร.", "--unit", "กองสมมติ"))
    assert "ไม่พบหน่วยงานย่อย 'กองสมมติ'" in line and "กองบริหารการคลัง (กค.)" in line


def test_an_organisation_file_sets_up_the_ministry_and_the_seed_plan_applies_to_its_units(
    pmqa, db, tmp_path: Path
) -> None:
    file = tmp_path / "dlpw.json"
    units = [{"name": n, "short_name": s, "aliases": a} for n, s, a in UNITS]
    units[-1]["coordinator"] = True
    organisation = {"name": DLPW, "short_name": "กสร.", "aliases": ["DLPW"], "units": units}
    file.write_text(
        json.dumps({"format": "pmqa-plan/1", "organisation": organisation}, ensure_ascii=False),
        encoding="utf-8",
    )
    assert _ok(pmqa("import-plan", file)) == [f"{DLPW}: หน่วยงานย่อยในไฟล์ 5 หน่วย (เพิ่มใหม่ 5) (เพิ่มใหม่)"]
    assert _ok(pmqa("import-plan", file)) == [
        f"{DLPW}: หน่วยงานย่อยในไฟล์ 5 หน่วย (เพิ่มใหม่ 0) (ไม่เปลี่ยนแปลง)"
    ]
    applied = _ok(pmqa("import-plan", PLAN, "--org", "DLPW"))
    assert applied == [f"{DLPW}: ตัวชี้วัด 1 ระดับความสำเร็จของการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0 (ปรับปรุง)"]
    org = db.organisations.get(DLPW)
    assert [u.name for u in org.units] == [n for n, _, _ in UNITS]
    assert org.units[-1].coordinator and org.indicators[0].code == "1"
    shown = pmqa("status", "--org", "กสร.", "--today", "2025-01-28", "--json")
    status = json.loads("\n".join(_ok(shown)))
    units_shown = status[0]["indicators"][0]["units"]
    assert [u["unit"] for u in units_shown] == [n for n, _, _ in UNITS]
    assert all(u["level"] == 0 for u in units_shown)
    missing = status[0]["indicators"][0]["next_deadline"]["missing_units"]
    assert len(missing) == 5


def test_a_plan_file_with_a_bad_unit_is_refused_naming_the_field(pmqa, db, tmp_path: Path) -> None:
    file = tmp_path / "bad.json"
    organisation = {"name": DLPW, "units": [{"name": "กองหนึ่ง"}, {"short_name": "กส."}]}
    file.write_text(json.dumps({"format": "pmqa-plan/1", "organisation": organisation}), "utf-8")
    assert "organisation.units[1].name" in one_clear_line(pmqa("import-plan", file))
    assert db.organisations.get(DLPW) is None


def test_organisation_short_names_and_aliases_from_the_data_work_with_org(pmqa, db) -> None:
    _ok(pmqa("import-report", *sorted(REPORTS.glob("*.txt"))))
    for words, name in [
        ("สงป.", "สำนักงบประมาณ"),
        ("สำนักงาน ก.พ.", "สำนักงานคณะกรรมการข้าราชการพลเรือน"),
        ("สนง.ก.พ.", "สำนักงานคณะกรรมการข้าราชการพลเรือน"),
        ("จังหวัดปทุมธานี", "ปทุมธานี"),
    ]:
        assert _ok(pmqa("status", "--org", words))[0].startswith(f"สถานะตัวชี้วัด {name}"), words
    assert "ไม่พบหน่วยงาน 'ก.พ.ร.'" in one_clear_line(pmqa("status", "--org", "ก.พ.ร."))


GROUP = "C" + "c" * 32
DAY = "2025-01-20"


def _ask(pmqa, text: str, user: str) -> str:
    return "\n".join(_ok(pmqa("ask", text, "--user", user, "--group", GROUP, "--today", DAY)))


def test_a_new_ministry_sets_up_by_chat_and_its_units_report_steps(pmqa, db) -> None:
    """From nothing: the organisation and its coordinator by CLI, the five units in chat,
    a member registers, the seed-003 indicator applies, and a step is stored for a unit."""
    _add_org(pmqa)
    _ok(pmqa("import-plan", PLAN, "--org", "กสร."))
    _ok(pmqa("member", "add", COORDINATOR, "--org", "กสร.", "--coordinator"))
    _ok(pmqa("bind-group", GROUP, "--org", "DLPW"))
    assert "ยังไม่มีหน่วยงานย่อย จึงบันทึกขั้นตอนไม่ได้" in _ask(pmqa, "ขั้นตอนที่ 1 ส่งแล้ว", COORDINATOR)
    for n, (name, short, _) in enumerate(UNITS, start=1):
        assert "ยืนยันการเพิ่มหน่วยงานย่อย" in _ask(pmqa, f"เพิ่มหน่วยงาน {name} ({short})", COORDINATOR)
        assert f"แล้ว ✓ (ทั้งหมด {n} หน่วย)" in _ask(pmqa, "ยืนยัน", COORDINATOR)
    assert "ตรงกับหลายหน่วยงาน" not in _ask(pmqa, "ลงทะเบียน กคร.", SOMCHAI)
    assert db.members.get(SOMCHAI).unit == "กองคุ้มครองแรงงาน"
    assert "หน่วยงาน: กองคุ้มครองแรงงาน" in _ask(pmqa, "ขั้นตอนที่ 3 ส่งแล้ว ครบ 3 มิติ", SOMCHAI)
    assert "บันทึกแล้ว ✓" in _ask(pmqa, "ยืนยัน", SOMCHAI)
    (row,) = db.submissions.list(DLPW)
    assert (row.unit, row.step, row.submitted_by) == ("กองคุ้มครองแรงงาน", 3, SOMCHAI)
    with db.engine.connect() as connection:
        origins = connection.execute(select(UnitRow.added_by, UnitRow.source_event_id)).all()
    assert all(by == COORDINATOR and event.startswith("cli:") for by, event in origins)
    missing = _ask(pmqa, "ใครยังไม่ส่งแผน", SOMCHAI)  # step 3 (steps 1-2: overdue for all five)
    assert "ยังไม่ส่ง 4 จาก 5 หน่วยงาน" in missing and "กองคุ้มครองแรงงาน" not in missing
