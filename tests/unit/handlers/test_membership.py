"""Who is who: members register to a unit of the chat's organisation; a coordinator binds a
group to their organisation. What is written goes through the member and group directories."""

from __future__ import annotations

from dataclasses import replace

import pytest

from handlers.confirmations import handle_cancel, handle_confirm
from handlers.context import ChatKind
from handlers.intents import BindGroup, Cancel, Confirm, Members, RegisterUnit
from handlers.membership import AFTER_REGISTERING, handle_bind_group, handle_register_unit
from handlers.permissions import (
    BIND_COORDINATOR,
    BIND_IN_GROUP,
    NO_USER_ID,
    NOT_BOUND_GROUP,
    NOT_MEMBER_DIRECT,
)
from handlers.ports import GroupBinding, StorageError
from handlers.team import handle_members
from kpi_core.models import Member, Role
from tests.fakes.chat import GROUP, NOW, UNBOUND_GROUP, Sender, context
from tests.fakes.ports import FakeMemberDirectory, FakePorts, fake_ports
from tests.fakes.reading import cards, meanings, rows, text_of
from tests.fakes.seed import (
    COORDINATOR,
    OCSC_COORDINATOR,
    SOMCHAI,
    STRANGER,
    budget_bureau,
    labour,
    ocsc,
    pathum_thani,
)

MOL = "สำนักงานปลัดกระทรวงแรงงาน"
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"


def register(ports: FakePorts, words: str, sender: Sender, **where: object) -> str:
    """The reply text to ``sender`` typing ``ลงทะเบียน <words>``."""
    return text_of(handle_register_unit(RegisterUnit(words), context(ports, sender, **where)))


def test_a_newcomer_registers_to_a_unit_named_by_its_alias() -> None:
    ports = fake_ports(labour(), display_names={STRANGER: "สมใจ"})
    reply = handle_register_unit(RegisterUnit("ไอที"), context(ports, STRANGER))
    assert text_of(reply) == f"ลงทะเบียน สมใจ เป็นสมาชิกของ {ICT} แล้ว ✓"
    assert reply.quick_replies == AFTER_REGISTERING
    registered = Member(
        STRANGER, MOL, ICT, "สมใจ", Role.MEMBER, NOW, registered_by=STRANGER, source_chat_id=GROUP
    )
    assert ports.members.get(STRANGER) == registered and ports.members.changes == [registered]


def test_without_a_display_name_the_reply_says_you_and_none_is_stored(mol: FakePorts) -> None:
    assert register(mol, "กองคลัง", STRANGER).startswith("ลงทะเบียน คุณ เป็นสมาชิกของ กองคลัง")
    assert mol.members.get(STRANGER).display_name == ""  # type: ignore[union-attr]


def test_a_member_re_registering_keeps_the_name_they_had(mol: FakePorts) -> None:
    assert register(mol, "กค.", SOMCHAI).startswith(f"ลงทะเบียน {SOMCHAI.display_name} เป็น")
    assert [m.display_name for m in mol.members.changes[-1:]] == [SOMCHAI.display_name]


def test_a_coordinator_moves_to_another_unit_and_stays_coordinator(mol: FakePorts) -> None:
    # Observed: a coordinator's "ลงทะเบียน กองกลาง" moved them at once; now it asks first.
    reply = handle_register_unit(RegisterUnit("กองกลาง"), context(mol, COORDINATOR))
    (card,) = cards(reply)
    assert card.title == "ยืนยันการย้ายหน่วยงาน"
    before = mol.members.get(COORDINATOR.line_user_id)
    assert before is not None and before.unit == COORDINATOR.unit  # nothing moved yet
    confirm, _ = meanings(reply.quick_replies)
    assert isinstance(confirm, Confirm)
    answer = handle_confirm(confirm, context(mol, COORDINATOR, event_id="evt-move"))
    assert text_of(answer).startswith("ย้าย ") and "กองกลาง" in text_of(answer)
    moved = mol.members.get(COORDINATOR.line_user_id)
    assert moved is not None and (moved.unit, moved.role) == ("กองกลาง", Role.COORDINATOR)
    assert mol.members.changes[-1].source_event_id == "evt-move"


def test_a_coordinator_who_cancels_the_move_stays_where_they_were(mol: FakePorts) -> None:
    reply = handle_register_unit(RegisterUnit("กองกลาง"), context(mol, COORDINATOR))
    _, cancel = meanings(reply.quick_replies)
    assert isinstance(cancel, Cancel)
    logged = len(mol.members.changes)
    handle_cancel(cancel, context(mol, COORDINATOR))
    assert len(mol.members.changes) == logged
    assert mol.members.get(COORDINATOR.line_user_id).unit == COORDINATOR.unit  # type: ignore[union-attr]


def test_a_member_cannot_move_themselves_to_another_unit(mol: FakePorts) -> None:
    logged = len(mol.members.changes)
    answer = register(mol, "กองกลาง", SOMCHAI)
    assert answer == "คุณลงทะเบียนไว้กับ กองคลัง แล้ว การย้ายหน่วยงานต้องให้ผู้ประสานงานแก้ไขครับ"
    assert mol.members.get(SOMCHAI.line_user_id).unit == "กองคลัง"  # type: ignore[union-attr]
    assert len(mol.members.changes) == logged


def test_a_member_of_another_organisation_cannot_register_here() -> None:
    ports = fake_ports(labour(), ocsc(), members=[OCSC_COORDINATOR])
    answer = register(ports, "กองคลัง", OCSC_COORDINATOR)
    assert answer.startswith(f"คุณลงทะเบียนไว้กับ {OCSC_COORDINATOR.organisation} แล้ว")
    assert ports.members.get(OCSC_COORDINATOR.line_user_id) == replace(
        OCSC_COORDINATOR, registered_at=NOW
    )


@pytest.mark.parametrize(
    ("words", "answer"),
    [
        ("กองอวกาศ", f"ไม่พบหน่วยงานย่อย 'กองอวกาศ' ใน {MOL} (ที่มี: กลุ่มพัฒนาระบบบริหาร (กพร.), "),
        ("กอง", "'กอง' ตรงกับหลายหน่วยงาน: กองกลาง (กก.), กองการเจ้าหน้าที่ (กจ.), กองคลัง (กค.), "),
    ],
    ids=["unknown", "ambiguous"],
)
def test_a_unit_that_is_not_one_unit_is_asked_again(
    mol: FakePorts, words: str, answer: str
) -> None:
    assert register(mol, words, STRANGER).startswith(answer)
    assert mol.members.get(STRANGER) is None


def test_in_an_organisation_without_units_a_member_joins_the_organisation() -> None:
    ports = fake_ports(pathum_thani())
    assert register(ports, "", STRANGER).startswith("ลงทะเบียน คุณ เป็นสมาชิกของ ปทุมธานี แล้ว ✓")
    assert ports.members.get(STRANGER).unit is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sender", "where", "refusal"),
    [
        (None, {}, NO_USER_ID),
        (STRANGER, {"chat_id": UNBOUND_GROUP}, NOT_BOUND_GROUP),
        (STRANGER, {"kind": ChatKind.USER}, NOT_MEMBER_DIRECT),
    ],
    ids=["no-user-id", "unbound-group", "unregistered-1:1"],
)
def test_who_may_not_register_is_told_why(
    mol: FakePorts, sender: Sender, where: dict[str, object], refusal: str
) -> None:
    assert register(mol, "กองคลัง", sender, **where) == refusal
    assert mol.members.get(STRANGER) is None


class RefusingMembers(FakeMemberDirectory):
    """A directory whose storage refuses every registration."""

    def save(self, member: Member) -> Member:
        raise StorageError("ฐานข้อมูลไม่พร้อม")


def test_a_registration_the_storage_refuses_is_reported(mol: FakePorts) -> None:
    ctx = context(mol, STRANGER)
    ctx.ports = replace(mol, members=RefusingMembers(mol.organisations))
    reply = handle_register_unit(RegisterUnit("กองคลัง"), ctx)
    assert text_of(reply) == "ลงทะเบียนไม่สำเร็จ: ฐานข้อมูลไม่พร้อม"


def bind(ports: FakePorts, words: str, sender: Sender, **where: object) -> str:
    """The reply text to ``sender`` typing ``ผูกกลุ่ม <words>``."""
    return text_of(handle_bind_group(BindGroup(words), context(ports, sender, **where)))


@pytest.mark.parametrize("words", ["สป.รง.", "ปลัดกระทรวงแรงงาน", ""], ids=["short", "part", "none"])
def test_a_coordinator_binds_a_new_group_to_their_organisation(mol: FakePorts, words: str) -> None:
    answer = bind(mol, words, COORDINATOR, chat_id=UNBOUND_GROUP)
    assert answer.startswith(f"ผูกกลุ่มนี้กับ {MOL} แล้ว ✓\n")
    binding = GroupBinding(UNBOUND_GROUP, MOL, COORDINATOR.line_user_id, NOW)
    assert mol.groups.get(UNBOUND_GROUP) == binding and mol.groups.changes[-1] == binding


@pytest.mark.parametrize(
    ("words", "answer"),
    [
        ("สำนักงบประมาณ", f"คุณเป็นผู้ประสานงานของ {MOL} จึงผูกกลุ่มกับ สำนักงบประมาณ ไม่ได้ครับ"),
        ("กรมอวกาศ", "ไม่พบหน่วยงาน 'กรมอวกาศ' ครับ"),
    ],
    ids=["another-organisation", "unknown"],
)
def test_a_group_is_never_bound_to_an_organisation_that_is_not_the_coordinators(
    words: str, answer: str
) -> None:
    ports = fake_ports(labour(), budget_bureau(), members=[COORDINATOR])
    assert bind(ports, words, COORDINATOR) == answer
    assert ports.groups.get(GROUP) == GroupBinding(GROUP, MOL, "cli", NOW)  # unchanged


@pytest.mark.parametrize(
    ("sender", "where", "refusal"),
    [
        (COORDINATOR, {"kind": ChatKind.USER}, BIND_IN_GROUP),
        (None, {}, NO_USER_ID),
        (SOMCHAI, {}, BIND_COORDINATOR),
        (STRANGER, {}, BIND_COORDINATOR),
    ],
    ids=["1:1-chat", "no-user-id", "member", "unregistered"],
)
def test_who_may_not_bind_is_told_why(
    mol: FakePorts, sender: Sender, where: dict[str, object], refusal: str
) -> None:
    assert bind(mol, "สป.รง.", sender, **where) == refusal
    assert len(mol.groups.changes) == 1  # only the binding the world was built with


def test_registering_to_a_unit_an_organisation_without_units_lacks_is_refused(
    pathum: FakePorts,
) -> None:
    """Reported: the unit was silently dropped and the member registered to no unit."""
    assert register(pathum, "กองคลัง", STRANGER).startswith(
        "ไม่พบหน่วยงานย่อย 'กองคลัง' ใน ปทุมธานี (ที่มี: ไม่มีหน่วยงานย่อย;"
    )
    assert pathum.members.get(STRANGER) is None


def test_registering_without_a_unit_where_there_are_units_asks_which_one(mol: FakePorts) -> None:
    assert register(mol, "", STRANGER).startswith(
        "ลงทะเบียนกับหน่วยงานไหนครับ พิมพ์ชื่อกองหรือหมายเลข หรือกดปุ่มด้านล่าง"
        "\nหน่วยงานที่มี:\n1. กลุ่มพัฒนาระบบบริหาร (กพร.)\n2. "
    )
    assert mol.members.get(STRANGER) is None


def test_an_organisation_without_units_registers_a_member_to_the_organisation(
    pathum: FakePorts,
) -> None:
    assert register(pathum, "", STRANGER) == "ลงทะเบียน คุณ เป็นสมาชิกของ ปทุมธานี แล้ว ✓"
    assert pathum.members.get(STRANGER).unit is None  # type: ignore[union-attr]


def test_every_units_team_names_the_units_nobody_registered_for(mol: FakePorts) -> None:
    registered = {m.unit for m in mol.members.members_of(MOL, None)}
    answer = text_of(handle_members(Members(), context(mol, STRANGER)))
    (line,) = [x for x in answer.splitlines() if x.startswith("หน่วยงานที่ยังไม่มีใครลงทะเบียน: ")]
    listed = line.split(": ", 1)[1].split(", ")
    units = [u.name for u in mol.organisations.get(MOL).units]
    assert listed == [u for u in units if u not in registered]
    assert listed, "the seed leaves some units without members"


# A unit told with no word of registering ("อยู่กองกลางค่ะ", "I'm with the IT center") is as
# often where something is as the sender's unit: it is asked back on a card, never stored at once.
def test_a_unit_told_loosely_is_asked_on_a_card_before_anything_is_stored() -> None:
    ports = fake_ports(labour(), display_names={STRANGER: "สมใจ"})
    reply = handle_register_unit(RegisterUnit("ไอที", ask=True), context(ports, STRANGER))
    (card,) = cards(reply)
    assert card.title == "ยืนยันการลงทะเบียน"
    assert [row.value for row in rows(card)] == ["ชื่อ: สมใจ", f"หน่วยงาน: {ICT}"]
    assert ports.members.get(STRANGER) is None and ports.members.changes == []
    confirm, _ = meanings(reply.quick_replies)
    assert isinstance(confirm, Confirm)
    answer = handle_confirm(confirm, context(ports, STRANGER, event_id="evt-loose"))
    assert text_of(answer) == f"ลงทะเบียน สมใจ เป็นสมาชิกของ {ICT} แล้ว ✓"
    assert answer.quick_replies == AFTER_REGISTERING
    member = ports.members.get(STRANGER)
    assert member is not None and (member.unit, member.role) == (ICT, Role.MEMBER)
    assert member.source_event_id == "evt-loose"


def test_a_loose_registration_cancelled_stores_nothing() -> None:
    ports = fake_ports(labour())
    reply = handle_register_unit(RegisterUnit("กองกลาง", ask=True), context(ports, STRANGER))
    _, cancel = meanings(reply.quick_replies)
    assert isinstance(cancel, Cancel)
    handle_cancel(cancel, context(ports, STRANGER))
    assert ports.members.get(STRANGER) is None and ports.members.changes == []


def test_a_member_telling_their_own_unit_loosely_is_told_they_are_in_it(mol: FakePorts) -> None:
    logged = len(mol.members.changes)
    reply = handle_register_unit(RegisterUnit("กค.", ask=True), context(mol, SOMCHAI))
    assert cards(reply) == []
    assert text_of(reply) == "คุณเป็นสมาชิกของ กองคลัง อยู่แล้วครับ"
    assert len(mol.members.changes) == logged


def test_a_member_telling_another_unit_loosely_is_refused_as_a_move(mol: FakePorts) -> None:
    answer = text_of(handle_register_unit(RegisterUnit("กองกลาง", ask=True), context(mol, SOMCHAI)))
    assert answer == "คุณลงทะเบียนไว้กับ กองคลัง แล้ว การย้ายหน่วยงานต้องให้ผู้ประสานงานแก้ไขครับ"
