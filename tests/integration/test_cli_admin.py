"""The admin commands (bind-group, member add, member list) against real databases."""

from __future__ import annotations

import logging

import pytest
from click.testing import Result

from bot.db.database import Database
from kpi_core.models import Organisation, Role, Unit
from tests.integration.conftest import one_clear_line

ORG = "สำนักงานทดสอบ"
OTHER_ORG = "สำนักงานอื่น"
SOMCHAI = "U" + "1" * 32
SUDA = "U" + "2" * 32
GROUP = "C" + "a" * 32


@pytest.fixture
def db(upgraded: Database) -> Database:
    """The database, upgraded through the CLI and holding two organisations."""
    units = (Unit("กองกลาง", "กก.", ("ส่วนกลาง",)), Unit("กองคลัง"))
    upgraded.organisations.save(Organisation(ORG, short_name="สทด.", units=units))
    upgraded.organisations.save(Organisation(OTHER_ORG))
    return upgraded


def _ok(result: Result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return result.output.splitlines()


def test_binding_a_group_confirms_in_thai_showing_only_the_start_of_its_id(pmqa, db) -> None:
    assert _ok(pmqa("bind-group", GROUP, "--org", "สทด.")) == [f"ผูกกลุ่ม Caaaaaaa… กับ {ORG} แล้ว"]
    binding = db.groups.get(GROUP)
    assert (binding.organisation, binding.bound_by) == (ORG, "cli")


def test_re_binding_a_group_says_where_it_moved_from(pmqa, db) -> None:
    pmqa("bind-group", GROUP, "--org", ORG)
    assert _ok(pmqa("bind-group", GROUP, "--org", OTHER_ORG, "--force")) == [
        f"ผูกกลุ่ม Caaaaaaa… กับ {OTHER_ORG} แล้ว (ย้ายจาก {ORG})"
    ]
    assert db.groups.get(GROUP).organisation == OTHER_ORG


def test_moving_a_group_to_another_organisation_needs_force_and_is_logged(
    pmqa, db, caplog: pytest.LogCaptureFixture
) -> None:
    pmqa("bind-group", GROUP, "--org", ORG)
    line = one_clear_line(pmqa("bind-group", GROUP, "--org", OTHER_ORG))
    assert "--force" in line and ORG in line
    assert db.groups.get(GROUP).organisation == ORG
    with caplog.at_level(logging.WARNING):
        _ok(pmqa("bind-group", GROUP, "--org", OTHER_ORG, "--force"))
    assert "moved to another organisation with --force" in caplog.text
    assert db.groups.get(GROUP).bound_by == "cli:force"
    _ok(pmqa("bind-group", GROUP, "--org", OTHER_ORG))  # binding to its own organisation again


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["bind-group", "กลุ่มทดสอบ", "--org", ORG], "รหัสกลุ่ม LINE"),
        (["bind-group", "U" + "1" * 32, "--org", ORG], "รหัสกลุ่ม LINE"),
        (["bind-group", GROUP, "--org", "กรมสมมติ"], "ไม่พบหน่วยงาน 'กรมสมมติ'"),
        (["bind-group", GROUP, "--org", "สำนักงาน"], "หลายหน่วยงาน"),
    ],
)
def test_a_bad_binding_gets_one_clear_line_and_binds_nothing(
    pmqa, db, args: list[str], expected: str
) -> None:
    assert expected in one_clear_line(pmqa(*args))
    assert db.groups.get(GROUP) is None


def test_adding_a_member_accepts_a_units_short_name_or_alias(pmqa, db) -> None:
    added = pmqa("member", "add", SOMCHAI, "--org", "สทด.", "--unit", "ส่วนกลาง", "--name", "สมชาย")
    assert _ok(added) == [f"ลงทะเบียน สมชาย (U1111111…) เป็นสมาชิก กองกลาง ของ {ORG} แล้ว"]
    assert SOMCHAI not in added.output
    member = db.members.get(SOMCHAI)
    assert (member.unit, member.role, member.registered_by) == ("กองกลาง", Role.MEMBER, "cli")


def test_adding_the_same_user_again_updates_the_registration(pmqa, db) -> None:
    pmqa("member", "add", SOMCHAI, "--org", ORG, "--unit", "กก.")
    again = pmqa("member", "add", SOMCHAI, "--org", ORG, "--coordinator")
    assert _ok(again) == [f"แก้ไขการลงทะเบียน ผู้ใช้ (U1111111…) เป็นผู้ประสานงาน ของ {ORG} แล้ว"]
    member = db.members.get(SOMCHAI)
    assert (member.unit, member.role) == (None, Role.COORDINATOR)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["สมชาย", "--org", ORG], "รหัสผู้ใช้ LINE"),
        (["U" + "1" * 31, "--org", ORG], "รหัสผู้ใช้ LINE"),
        ([SOMCHAI, "--org", "กรมสมมติ"], "ไม่พบหน่วยงาน 'กรมสมมติ'"),
        ([SOMCHAI, "--org", ORG, "--unit", "กองไม่มี"], "(ที่มี: กองกลาง (กก.), กองคลัง)"),
        ([SOMCHAI, "--org", OTHER_ORG, "--unit", "กองกลาง"], "(ที่มี: ไม่มีหน่วยงานย่อย;"),
    ],
)
def test_a_bad_registration_gets_one_clear_line_and_registers_nobody(
    pmqa, db, args: list[str], expected: str
) -> None:
    assert expected in one_clear_line(pmqa("member", "add", *args))
    assert db.members.get(SOMCHAI) is None


def test_the_member_list_is_an_aligned_table_that_never_shows_a_whole_user_id(pmqa, db) -> None:
    pmqa("member", "add", SOMCHAI, "--org", ORG, "--unit", "กองคลัง", "--name", "สมชาย ใจดี")
    pmqa("member", "add", SUDA, "--org", ORG, "--name", "สุดา", "--coordinator")
    listed = pmqa("member", "list", "--org", "สทด.")
    assert _ok(listed) == [
        f"{ORG}: สมาชิก 2 คน",
        # Thai vowel and tone marks take no column, so the columns line up on screen.
        "ชื่อ         หน่วยงานย่อย  บทบาท       รหัสผู้ใช้",
        "สมชาย ใจดี  กองคลัง      สมาชิก       U1111111…",
        "สุดา        -           ผู้ประสานงาน  U2222222…",
    ]
    assert SOMCHAI not in listed.output and SUDA not in listed.output


def test_the_member_list_without_an_organisation_covers_every_one(pmqa, db) -> None:
    pmqa("member", "add", SOMCHAI, "--org", ORG, "--unit", "กองคลัง")
    lines = _ok(pmqa("member", "list"))
    assert lines[0] == f"{ORG}: สมาชิก 1 คน"
    assert lines[-1] == f"{OTHER_ORG}: ยังไม่มีสมาชิก"


def test_the_member_list_of_an_empty_database_says_what_to_do(pmqa) -> None:
    pmqa("db", "upgrade")
    assert "ยังไม่มีข้อมูล" in one_clear_line(pmqa("member", "list"))


@pytest.mark.parametrize(
    "args",
    [["bind-group", GROUP, "--org", ORG], ["member", "add", SOMCHAI, "--org", ORG]],
)
@pytest.mark.empty_database
def test_admin_commands_on_an_empty_database_ask_for_an_upgrade(pmqa, args: list[str]) -> None:
    assert "pmqa db upgrade" in one_clear_line(pmqa(*args))
