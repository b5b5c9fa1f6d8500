"""Who may do what: one table over roles, chat kinds and acts, read from handlers.permissions."""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.context import Chat, ChatKind, Context, Incoming
from handlers.permissions import Act, refusal
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Member, Organisation, Role, Unit

ORG = Organisation("สำนักงานทดสอบ", units=(Unit("กองคลัง"), Unit("กองกลาง")))
OTHER = Organisation("สำนักงานอื่น", units=(Unit("กองอื่น"),))
NOW = datetime(2025, 1, 28, 9, 0, tzinfo=BANGKOK)
ROLES = {
    "no_id": None,  # LINE gave no user id (a group member who is not the bot's friend)
    "stranger": None,
    "member": Member("U1", ORG.name, "กองคลัง"),
    "coordinator": Member("U2", ORG.name, "กองกลาง", role=Role.COORDINATOR),
    "other_member": Member("U3", OTHER.name, "กองอื่น"),
    "other_coordinator": Member("U4", OTHER.name, "กองอื่น", role=Role.COORDINATOR),
}


def _ctx(role: str, kind: ChatKind) -> Context:
    member = ROLES[role]
    user = None if role == "no_id" else (member.line_user_id if member else "U9")
    chat = Chat(kind, "C1" if kind is not ChatKind.USER else (user or ""))
    if kind is ChatKind.USER:  # a 1:1 chat is about the sender's own organisation
        org = {ORG.name: ORG, OTHER.name: OTHER}.get(member.organisation) if member else None
    else:  # the group (or room) is bound to ORG
        org = ORG
    return Context(Incoming("", chat, user), None, NOW, org, member)  # type: ignore[arg-type]


Y, N = True, False
# (act, unit) -> role -> (group, room, 1:1): may the role do it?
TABLE = {
    (Act.READ, None): {
        "no_id": (Y, Y, N),
        "stranger": (Y, Y, N),
        "member": (Y, Y, Y),
        "coordinator": (Y, Y, Y),
        "other_member": (Y, Y, Y),  # in 1:1: their own organisation
        "other_coordinator": (Y, Y, Y),
    },
    (Act.SUBMIT, "กองคลัง"): {
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (Y, Y, Y),
        "coordinator": (Y, Y, Y),
        "other_member": (N, N, N),
        "other_coordinator": (N, N, Y),  # 1:1: their own organisation (the unit is checked later)
    },
    (Act.SUBMIT, "กองกลาง"): {
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (N, N, N),  # only their own unit
        "coordinator": (Y, Y, Y),
        "other_member": (N, N, N),
        "other_coordinator": (N, N, Y),
    },
    (Act.SUBMIT, None): {  # the organisation as a whole
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (N, N, N),
        "coordinator": (Y, Y, Y),
        "other_member": (N, N, N),
        "other_coordinator": (N, N, Y),
    },
    (Act.CONFIRM, "กองคลัง"): {
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (Y, Y, Y),
        "coordinator": (Y, Y, Y),
        "other_member": (N, N, N),
        "other_coordinator": (N, N, Y),
    },
    (Act.UNDO, None): {
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (Y, Y, Y),
        "coordinator": (Y, Y, Y),
        "other_member": (Y, Y, Y),  # finds only their own rows of this organisation: none
        "other_coordinator": (Y, Y, Y),
    },
    (Act.BIND, None): {
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (N, N, N),
        "coordinator": (Y, Y, N),
        "other_member": (N, N, N),
        "other_coordinator": (N, N, N),  # the group is ORG's: no taking it over
    },
    (Act.REGISTER, None): {
        "no_id": (N, N, N),
        "stranger": (Y, Y, N),  # 1:1: no organisation known yet
        "member": (Y, Y, Y),
        "coordinator": (Y, Y, Y),
        "other_member": (Y, Y, Y),
        "other_coordinator": (Y, Y, Y),
    },
    (Act.CHANGE_UNIT, "กองกลาง"): {
        "no_id": (Y, Y, Y),
        "stranger": (Y, Y, Y),  # a first registration
        "member": (N, N, N),  # moving needs the coordinator
        "coordinator": (Y, Y, Y),
        "other_member": (N, N, N),  # and in 1:1 it is a move from their unit
        "other_coordinator": (N, N, Y),  # in 1:1 their own organisation
    },
    (Act.SEE_SETTINGS, None): {
        "no_id": (Y, Y, N),
        "stranger": (Y, Y, N),
        "member": (Y, Y, N),
        "coordinator": (Y, Y, N),
        "other_member": (Y, Y, N),
        "other_coordinator": (Y, Y, N),
    },
    (Act.CHANGE_SETTINGS, None): {
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (N, N, N),
        "coordinator": (Y, Y, N),
        "other_member": (N, N, N),
        "other_coordinator": (N, N, N),
    },
    (Act.DESK_LINK, None): {  # the link logs in as its holder: 1:1 only, registered only
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (N, N, Y),
        "coordinator": (N, N, Y),
        "other_member": (N, N, Y),  # their own organisation's desk
        "other_coordinator": (N, N, Y),
    },
    (Act.ADD_UNIT, None): {  # the coordinator of the chat's organisation only
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (N, N, N),
        "coordinator": (Y, Y, Y),
        "other_member": (N, N, N),
        "other_coordinator": (N, N, Y),  # 1:1: their own organisation
    },
    (Act.COORDINATE, None): {  # baselines and year close: the organisation's coordinator
        "no_id": (N, N, N),
        "stranger": (N, N, N),
        "member": (N, N, N),
        "coordinator": (Y, Y, Y),
        "other_member": (N, N, N),
        "other_coordinator": (N, N, Y),  # in 1:1, their own organisation
    },
}
KINDS = (ChatKind.GROUP, ChatKind.ROOM, ChatKind.USER)
CASES = [
    (act, unit, role, kind, allowed)
    for (act, unit), roles in TABLE.items()
    for role, answers in roles.items()
    for kind, allowed in zip(KINDS, answers, strict=True)
]


def test_the_table_covers_every_act_and_role() -> None:
    assert {act for act, _ in TABLE} == set(Act)
    assert all(set(roles) == set(ROLES) for roles in TABLE.values())


@pytest.mark.parametrize(
    ("act", "unit", "role", "kind", "allowed"),
    CASES,
    ids=[f"{a}-{u}-{r}-{k}" for a, u, r, k, _ in CASES],
)
def test_who_may_do_what(act: Act, unit: str | None, role: str, kind: ChatKind, allowed: bool):
    why = refusal(_ctx(role, kind), act, unit=unit)
    assert (why is None) == allowed, why
    assert why is None or why.strip()  # a refusal always says why, in Thai
