"""Who may do what, per role and chat kind: every refusal of the bot is decided here.

``refusal(ctx, act)`` is ``None`` when the sender may do ``act`` in this chat, else the Thai
sentence that says why not and what to do instead.
"""

from __future__ import annotations

from enum import StrEnum

from handlers.context import Context
from kpi_core.year_end import year_standing

NOT_BOUND_GROUP = (
    "กลุ่มนี้ยังไม่ได้ผูกกับหน่วยงาน\nผู้ประสานงานพิมพ์ 'ผูกกลุ่ม <ชื่อหน่วยงาน>' เช่น 'ผูกกลุ่ม สป.รง.' แล้วถามได้เลย"
)
NOT_MEMBER_DIRECT = (
    "ยังไม่ทราบว่าคุณอยู่หน่วยงานไหน\nพิมพ์ 'ลงทะเบียน <ชื่อกอง>' ในกลุ่ม LINE ของทีม PMQA ก่อน แล้วถามในแชทนี้ได้"
)
NO_USER_ID = "LINE ไม่ได้ส่งข้อมูลผู้ส่งมา บอทจึงตอบคำถามได้ แต่บันทึกแทนไม่ได้\nโปรดเพิ่มบอทเป็นเพื่อน แล้วลองอีกครั้ง"
NOT_REGISTERED = "ยังไม่ได้ลงทะเบียนครับ พิมพ์ 'ลงทะเบียน <ชื่อกอง>' ก่อน แล้วส่งผลได้เลย"
BIND_IN_GROUP = "คำสั่งผูกกลุ่มใช้ในกลุ่ม LINE ของทีมเท่านั้นครับ"
BIND_COORDINATOR = "ผูกกลุ่มได้เฉพาะผู้ประสานงานที่ลงทะเบียนไว้ครับ"
DESK_IN_PRIVATE = "ขอลิงก์แดชบอร์ดในแชทส่วนตัวกับบอทนะครับ ลิงก์นี้เข้าได้ในนามของคุณ จึงไม่ส่งในกลุ่ม"
DESK_REGISTERED = "แดชบอร์ดเปิดให้สมาชิกที่ลงทะเบียนแล้ว พิมพ์ 'ลงทะเบียน <ชื่อกอง>' ในกลุ่มของทีมก่อนครับ"
BOUND_ELSEWHERE = (
    "กลุ่มนี้เป็นของ {org} ครับ ผูกใหม่ได้เฉพาะผู้ประสานงานของ {org}"
    " (หรือผู้ดูแลระบบด้วยคำสั่ง pmqa bind-group --force)"
)
SETTINGS_IN_GROUP = "การตั้งเตือนใช้ในกลุ่ม LINE ของทีมครับ แต่ละกลุ่มมีการเตือนของตัวเอง"


class Act(StrEnum):
    """What a message asks to do."""

    READ = "read"  # ask about the organisation's status, deadlines, indicators
    SUBMIT = "submit"  # restate a result or a step for a unit (then confirm it)
    CONFIRM = "confirm"  # store a restated draft
    UNDO = "undo"  # withdraw one's own latest submission
    BIND = "bind"  # bind a group to an organisation
    REGISTER = "register"  # register oneself to the chat's organisation
    CHANGE_UNIT = "change_unit"  # register to a unit other than one's current one
    CHANGE_SETTINGS = "change_settings"  # change the group's reminder policy
    SEE_SETTINGS = "see_settings"  # see the group's reminder policy
    DESK_LINK = "desk_link"  # get a single-use login link to the desk
    ADD_UNIT = "add_unit"  # add a unit to the organisation (coordinator)
    COORDINATE = "coordinate"  # enter a baseline, close the fiscal year: the coordinator only


def refusal(
    ctx: Context, act: Act, *, unit: str | None = None, owner: str | None = None
) -> str | None:
    """Why the sender may not do ``act`` (for ``unit`` where it matters); ``None``: they may.
    ``owner``, for binding: the organisation the group is (or was, before the bot left) bound
    to; by default the chat's organisation."""
    if act is Act.BIND:
        return _bind(ctx, owner or (ctx.organisation.name if ctx.organisation else None))
    return _RULES[act](ctx, unit)


def missing_organisation_text(ctx: Context) -> str:
    """Why the bot cannot answer yet in this chat, and what to type to fix it."""
    return NOT_BOUND_GROUP if ctx.incoming.chat.is_shared else NOT_MEMBER_DIRECT


def _read(ctx: Context, unit: str | None) -> str | None:
    return None if ctx.organisation is not None else missing_organisation_text(ctx)


def _submit(ctx: Context, unit: str | None) -> str | None:
    if ctx.user_id is None:
        return NO_USER_ID
    member, org = ctx.member, ctx.organisation
    if member is None:
        return NOT_REGISTERED
    if org is None or member.organisation != org.name:
        return f"คุณลงทะเบียนไว้กับ {member.organisation} จึงบันทึกให้หน่วยงานอื่นไม่ได้ครับ"
    closed = _closed_year(ctx)
    if closed:
        return closed
    if unit is None and not org.units:
        return None  # an organisation without units: every member reports its figures
    if not member.may_submit_for(unit):
        own = member.unit or "หน่วยงานของคุณ"
        target = unit or "ทั้งหน่วยงาน"
        return f"บันทึกได้เฉพาะของ {own} ครับ ({target} ให้ผู้ประสานงานบันทึกแทน)"
    return None


def _undo(ctx: Context, unit: str | None) -> str | None:
    if ctx.user_id is None:
        return NO_USER_ID
    if ctx.member is None:
        return NOT_REGISTERED
    return _closed_year(ctx)


def _closed_year(ctx: Context) -> str | None:
    """A closed year's figures stand: nothing more is recorded or withdrawn for it."""
    if ctx.organisation is None:
        return None
    standing = year_standing(ctx.organisation, ctx.today)
    if not standing.read_only:
        return None
    return (
        f"ปีงบประมาณ {standing.fiscal_year} ปิดแล้ว บันทึกเพิ่มไม่ได้ครับ"
        f" (รอนำเข้าแผนปีงบประมาณ {standing.next_year})"
    )


def _bind(ctx: Context, owner: str | None) -> str | None:
    if not ctx.incoming.chat.is_shared:
        return BIND_IN_GROUP
    if ctx.user_id is None:
        return NO_USER_ID
    member = ctx.member
    if member is None or not member.is_coordinator:
        return BIND_COORDINATOR
    if owner is not None and member.organisation != owner:  # no taking over another's group
        return BOUND_ELSEWHERE.format(org=owner)
    return None


def _register(ctx: Context, unit: str | None) -> str | None:
    if ctx.user_id is None:
        return NO_USER_ID
    return None if ctx.organisation is not None else missing_organisation_text(ctx)


def _change_unit(ctx: Context, unit: str | None) -> str | None:
    member, org = ctx.member, ctx.organisation
    if member is None or org is None:
        return None
    if member.organisation != org.name:
        return f"คุณลงทะเบียนไว้กับ {member.organisation} แล้ว การย้ายต้องให้ผู้ประสานงานแก้ไขครับ"
    if member.unit and member.unit != unit and not member.is_coordinator:
        return f"คุณลงทะเบียนไว้กับ {member.unit} แล้ว การย้ายหน่วยงานต้องให้ผู้ประสานงานแก้ไขครับ"
    return None


def _see_settings(ctx: Context, unit: str | None) -> str | None:
    if not ctx.incoming.chat.is_shared:
        return SETTINGS_IN_GROUP
    return None if ctx.organisation is not None else NOT_BOUND_GROUP


def _change_settings(ctx: Context, unit: str | None) -> str | None:
    seen = _see_settings(ctx, unit)
    if seen is not None:
        return seen
    if ctx.user_id is None:
        return NO_USER_ID
    member, org = ctx.member, ctx.organisation
    assert org is not None
    if member is not None and member.is_coordinator and member.organisation == org.name:
        return None
    return f"เปลี่ยนการตั้งเตือนได้เฉพาะผู้ประสานงานของ {org.name} ครับ"


def _desk_link(ctx: Context, unit: str | None) -> str | None:
    # The link logs its holder in as the sender: never show it to a whole group.
    if ctx.incoming.chat.is_shared:
        return DESK_IN_PRIVATE
    if ctx.user_id is None:
        return NO_USER_ID
    return None if ctx.member is not None else DESK_REGISTERED


def _coordinator_only(ctx: Context, doing: str) -> str | None:
    """``None`` for the coordinator of the chat's organisation; else why not."""
    if ctx.organisation is None:
        return missing_organisation_text(ctx)
    if ctx.user_id is None:
        return NO_USER_ID
    member, org = ctx.member, ctx.organisation
    if member is not None and member.is_coordinator and member.organisation == org.name:
        return None
    return f"{doing}ได้เฉพาะผู้ประสานงานของ {org.name} ครับ"


def _add_unit(ctx: Context, unit: str | None) -> str | None:
    return _coordinator_only(ctx, "เพิ่มหน่วยงานย่อย")


def _coordinate(ctx: Context, unit: str | None) -> str | None:
    return _coordinator_only(ctx, "ค่าฐานและการปิดปีงบประมาณ บันทึก")


_RULES = {
    Act.READ: _read,
    Act.SUBMIT: _submit,
    Act.CONFIRM: _submit,  # the draft's unit: a confirmation is the submission itself
    Act.UNDO: _undo,
    Act.REGISTER: _register,
    Act.CHANGE_UNIT: _change_unit,
    Act.SEE_SETTINGS: _see_settings,
    Act.CHANGE_SETTINGS: _change_settings,
    Act.DESK_LINK: _desk_link,
    Act.ADD_UNIT: _add_unit,
    Act.COORDINATE: _coordinate,
}
