"""Who is who: members register their unit; a coordinator binds a group to an organisation."""

from __future__ import annotations

from handlers.common import NO_USER_ID, NOT_BOUND_GROUP, NOT_MEMBER_DIRECT, find_unit
from handlers.context import Context
from handlers.intent_spec import IntentSpec
from handlers.intents import BindGroup, RegisterUnit
from handlers.nlu.matcher import Rule
from handlers.nlu.slots import content
from handlers.ports import GroupBinding, StorageError
from handlers.replies import Action, Reply, text_reply
from kpi_core.models import Member, Role

AFTER_REGISTERING = (Action("สถานะ", text="สถานะ"), Action("วิธีส่งผล", text="ใช้ยังไง"))


def handle_register_unit(intent: RegisterUnit, ctx: Context) -> Reply:
    """Register the sender to a unit of the group's organisation (a coordinator keeps the role)."""
    if ctx.user_id is None:
        return text_reply(NO_USER_ID)
    org = ctx.organisation
    if org is None:
        return text_reply(NOT_BOUND_GROUP if ctx.incoming.chat.is_shared else NOT_MEMBER_DIRECT)
    unit_name = None
    if org.units:
        unit = find_unit(org, intent.unit)
        if isinstance(unit, Reply):
            return unit
        unit_name = unit.name
    if ctx.member is not None and ctx.member.organisation != org.name:
        return text_reply(
            f"คุณลงทะเบียนไว้กับ {ctx.member.organisation} แล้ว การย้ายต้องให้ผู้ประสานงานแก้ไขครับ"
        )
    before = ctx.member
    if before and before.unit and before.unit != unit_name and not before.is_coordinator:
        return text_reply(f"คุณลงทะเบียนไว้กับ {before.unit} แล้ว การย้ายหน่วยงานต้องให้ผู้ประสานงานแก้ไขครับ")
    name = ctx.ports.display_name(ctx.incoming.chat, ctx.user_id) or (
        before.display_name if before else ""
    )
    member = Member(
        line_user_id=ctx.user_id,
        organisation=org.name,
        unit=unit_name,
        display_name=name,
        role=before.role if before else Role.MEMBER,
        registered_at=ctx.now,
        registered_by=ctx.user_id,
    )
    try:
        ctx.ports.members.save(member)
    except StorageError as exc:
        return text_reply(f"ลงทะเบียนไม่สำเร็จ: {exc}")
    who = name or "คุณ"
    where = unit_name or org.name
    return text_reply(f"ลงทะเบียน {who} เป็นสมาชิกของ {where} แล้ว ✓", *AFTER_REGISTERING)


def handle_bind_group(intent: BindGroup, ctx: Context) -> Reply:
    """Bind this group to the coordinator's organisation."""
    chat = ctx.incoming.chat
    if not chat.is_shared:
        return text_reply("คำสั่งผูกกลุ่มใช้ในกลุ่ม LINE ของทีมเท่านั้นครับ")
    if ctx.user_id is None:
        return text_reply(NO_USER_ID)
    member = ctx.member
    if member is None or not member.is_coordinator:
        return text_reply("ผูกกลุ่มได้เฉพาะผู้ประสานงานที่ลงทะเบียนไว้ครับ")
    found = ctx.ports.organisations.find(intent.organisation) if intent.organisation else []
    if member.organisation not in found and found:
        return text_reply(f"คุณเป็นผู้ประสานงานของ {member.organisation} จึงผูกกลุ่มกับ {found[0]} ไม่ได้ครับ")
    if not found and intent.organisation:
        return text_reply(f"ไม่พบหน่วยงาน '{intent.organisation}' ครับ")
    binding = GroupBinding(chat.id, member.organisation, ctx.user_id, ctx.now)
    ctx.ports.groups.bind(binding)
    return text_reply(
        f"ผูกกลุ่มนี้กับ {member.organisation} แล้ว ✓\nลองพิมพ์ '@บอท สถานะ' หรือ 'ใครยังไม่ส่ง'",
        *AFTER_REGISTERING,
    )


# fmt: off
SPECS = (
    IntentSpec(BindGroup, handle_bind_group, (
        Rule(("ผูกกลุ่ม|ตั้งค่ากลุ่ม|ผูกกับ|เชื่อมกลุ่ม|bind",), 90,
             lambda found: BindGroup(organisation=content(found.remainder))),
    )),
    IntentSpec(RegisterUnit, handle_register_unit, (
        Rule(("ลงทะเบียน|สมัคร|register|ฉันอยู่|ผมอยู่|หนูอยู่|เราอยู่|ดิฉันอยู่|สังกัด",), 85,
             lambda found: RegisterUnit(unit=content(found.remainder)),
             unless="ชุดข้อมูล|บัญชีข้อมูล|gd catalog"),  # an indicator registers data sets
    )),
)
# fmt: on
