"""The coordinator adds units in chat: restated, confirmed, stored with who, when and which
LINE event; members then register to them; anyone else is refused and nothing changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from handlers.intents import AddUnit
from handlers.ports import UnitOrigin
from handlers.registry import understand
from handlers.unit_admin import HOW, read_new_unit
from kpi_core.models import Member, Organisation, Role, Unit
from tests.fakes.chat import GROUP, NOW, say
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.reading import cards, text_of
from tests.fakes.seed import COORDINATOR, SOMCHAI, STRANGER, labour

DLPW = "กรมสวัสดิการและคุ้มครองแรงงาน"
BOSS = Member("U" + "b" * 32, DLPW, role=Role.COORDINATOR)
FIVE = [
    ("กองบริหารการคลัง", "กค."),
    ("กองคุ้มครองแรงงาน", "กคร."),
    ("กองความปลอดภัยแรงงาน", "กปร."),
    ("ศูนย์เทคโนโลยีสารสนเทศ", "ศทส."),
    ("กลุ่มพัฒนาระบบบริหาร", "กพร."),
]


@pytest.fixture
def dlpw() -> FakePorts:
    """A new organisation with no units yet, its coordinator, the team's group bound to it."""
    return fake_ports(Organisation(DLPW, short_name="กสร."), members=[BOSS])


@pytest.mark.parametrize(
    ("text", "name", "short_name"),
    [
        ("เพิ่มหน่วยงาน กองคุ้มครองแรงงาน (กคร.)", "กองคุ้มครองแรงงาน", "กคร."),
        ("เพิ่มหน่วยงานย่อย กองคลัง ชื่อย่อ กค. ครับ", "กองคลัง", "กค."),
        ("ขอเพิ่มหน่วยงาน กองแผนงานและสารสนเทศ ( กผส. ) ด้วยครับ", "กองแผนงานและสารสนเทศ", "กผส."),
        ("สร้างหน่วยงาน ศูนย์ข้อมูล", "ศูนย์ข้อมูล", ""),
        ("เพิ่มหน่วยงาน", "", ""),
    ],
)
def test_the_new_unit_is_read_with_its_short_name(text: str, name: str, short_name: str) -> None:
    assert understand(text, today=date(2025, 1, 28)).intent == AddUnit(name, short_name)
    assert read_new_unit(text) == AddUnit(name, short_name)


def test_a_coordinator_sets_up_five_units_each_confirmed_and_stored_with_its_origin(
    dlpw: FakePorts,
) -> None:
    for n, (name, short) in enumerate(FIVE, start=1):
        draft = say(dlpw, f"เพิ่มหน่วยงาน {name} ({short})", BOSS, event_id=f"e{n}")
        assert cards(draft)[0].title == "ยืนยันการเพิ่มหน่วยงานย่อย"
        assert len(dlpw.organisations.get(DLPW).units) == n - 1  # nothing before ยืนยัน
        done = text_of(say(dlpw, "ยืนยัน", BOSS, event_id=f"c{n}"))
        assert done.startswith(f"เพิ่มหน่วยงานย่อย {name} ({short}) ให้ {DLPW} แล้ว ✓ (ทั้งหมด {n} หน่วย)")
    units = dlpw.organisations.get(DLPW).units
    assert [(u.name, u.short_name) for u in units] == FIVE
    origin = dlpw.organisations.unit_origins[(DLPW, "กองคุ้มครองแรงงาน")]
    assert origin == UnitOrigin(BOSS.line_user_id, NOW, "c2", GROUP)


def test_members_register_to_the_new_units_and_unknown_ones_are_refused(dlpw: FakePorts) -> None:
    refused = text_of(say(dlpw, "ลงทะเบียน กองคุ้มครองแรงงาน", STRANGER))
    assert refused.startswith(f"ไม่พบหน่วยงานย่อย 'กองคุ้มครองแรงงาน' ใน {DLPW} (ที่มี: ไม่มีหน่วยงานย่อย;")
    assert dlpw.members.get(STRANGER) is None
    say(dlpw, "เพิ่มหน่วยงาน กองคุ้มครองแรงงาน (กคร.)", BOSS)
    say(dlpw, "ยืนยัน", BOSS)
    listed = text_of(say(dlpw, "ลงทะเบียน กองสมมติ", STRANGER))
    assert listed == f"ไม่พบหน่วยงานย่อย 'กองสมมติ' ใน {DLPW} (ที่มี: กองคุ้มครองแรงงาน (กคร.))"
    assert text_of(say(dlpw, "ลงทะเบียน กคร.", STRANGER)).startswith(
        "ลงทะเบียน คุณ เป็นสมาชิกของ กองคุ้มครองแรงงาน แล้ว"
    )
    assert dlpw.members.get(STRANGER).unit == "กองคุ้มครองแรงงาน"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sender", "refusal"),
    [
        (SOMCHAI, "เพิ่มหน่วยงานย่อยได้เฉพาะผู้ประสานงานของ สำนักงานปลัดกระทรวงแรงงาน ครับ"),
        (STRANGER, "เพิ่มหน่วยงานย่อยได้เฉพาะผู้ประสานงานของ สำนักงานปลัดกระทรวงแรงงาน ครับ"),
        (None, "LINE ไม่ได้ส่งข้อมูลผู้ส่งมา"),
    ],
    ids=["member", "stranger", "no-user-id"],
)
def test_only_the_coordinator_adds_units(mol: FakePorts, sender, refusal: str) -> None:
    reply = text_of(say(mol, "เพิ่มหน่วยงาน กองคุ้มครองแรงงาน (กคร.)", sender))
    assert reply.startswith(refusal)
    assert mol.pending.added == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("เพิ่มหน่วยงาน กองคลัง", "สำนักงานปลัดกระทรวงแรงงาน มีหน่วยงานย่อย กองคลัง (กค.) อยู่แล้วครับ"),
        ("เพิ่มหน่วยงาน กองใหม่ (ศทส.)", "มีหน่วยงานย่อย ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร (ศทส.) อยู่แล้ว"),
        ("เพิ่มหน่วยงาน กองใหม่ (ไอที)", "มีหน่วยงานย่อย ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร (ศทส.) อยู่แล้ว"),
        ("เพิ่มหน่วยงาน", HOW),
    ],
    ids=["same-name", "same-short-name", "an-alias", "no-name"],
)
def test_a_name_already_taken_or_missing_is_answered_without_a_draft(
    mol: FakePorts, text: str, answer: str
) -> None:
    assert answer in text_of(say(mol, text, COORDINATOR))
    assert mol.pending.added == []


def test_a_unit_added_meanwhile_under_the_same_name_fails_to_store_cleanly(
    dlpw: FakePorts,
) -> None:
    say(dlpw, "เพิ่มหน่วยงาน กองคุ้มครองแรงงาน (กคร.)", BOSS)
    origin = UnitOrigin("cli", NOW)
    dlpw.organisations.add_unit(DLPW, Unit("กองคุ้มครองแรงงาน"), origin)
    answer = text_of(say(dlpw, "ยืนยัน", BOSS))
    assert answer.startswith("เพิ่มหน่วยงานย่อยไม่สำเร็จ:")
    assert len(dlpw.organisations.get(DLPW).units) == 1


def test_who_has_not_sent_in_an_organisation_without_units_says_to_add_them() -> None:
    """Reported: "ใครยังไม่ส่ง" answered "ส่งครบทุกหน่วยงานแล้ว" with zero units."""
    plan = replace(labour(), name=DLPW, units=())
    ports = fake_ports(plan, members=[replace(BOSS, organisation=DLPW)])
    answer = text_of(say(ports, "ใครยังไม่ส่ง", BOSS))
    assert answer.startswith(f"{DLPW} ยังไม่มีหน่วยงานย่อย จึงยังไม่มีใครส่งขั้นตอนได้")
    assert "ส่งครบ" not in answer
