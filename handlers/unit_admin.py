"""The coordinator adds a unit in chat: "เพิ่มหน่วยงาน กองคุ้มครองแรงงาน (กคร.)", restated and
stored on ยืนยัน with who added it, when and from which LINE event."""

from __future__ import annotations

import re

from handlers.common import missing_organisation, unit_label
from handlers.context import Context
from handlers.drafts import open_draft
from handlers.intent_spec import IntentSpec
from handlers.intents import AddUnit
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import QUESTION, UNIT_PREFIXES
from handlers.nlu.slots import Found
from handlers.permissions import Act, refusal
from handlers.ports import StorageError, UnitOrigin
from handlers.replies import Reply, text_reply
from kpi_core.models import Unit
from kpi_core.org_names import unit_clash

HOW = "พิมพ์ชื่อหน่วยงานย่อย (และชื่อย่อในวงเล็บ) เช่น 'เพิ่มหน่วยงาน กองคุ้มครองแรงงาน (กคร.)'"
# "ขอเพิ่มหน่วยงานใหม่ค่ะ ศูนย์…": "ใหม่" and the particles after the cue name nothing.
_CUE = re.compile(
    r"(?:เพิ่ม|สร้าง)\s*หน่วย\s*งาน(?:\s*ย่อย)?(?:\s*ใหม่)?(?:\s*(?:ครับ|ค่ะ|คะ|นะ|จ้า|ค่า))*"
    r"|add\s+unit",
    re.IGNORECASE,
)
_SHORT = re.compile(r"\(\s*([^()]+?)\s*\)|ชื่อ\s*ย่อ\s*:?\s*(\S+)")
_POLITE = re.compile(r"(?:\s*(?:ครับ|ค่ะ|คะ|นะ|จ้า|จ้ะ|ด้วย|หน่อย)+)+\s*$")
_MAX_NAME = 200


def read_new_unit(text: str) -> AddUnit:
    """The unit named after the cue: a name, then a short name in brackets or after ชื่อย่อ."""
    cue = _CUE.search(text)
    rest = text[cue.end() :] if cue else text
    rest = _POLITE.sub("", rest.strip(" :")).strip()
    short = _SHORT.search(rest)
    name = rest[: short.start()] if short else rest
    short_name = (short.group(1) or short.group(2)).strip() if short else ""
    return AddUnit(name=" ".join(name.split()).strip(" :,"), short_name=short_name)


def handle_add_unit(intent: AddUnit, ctx: Context) -> Reply:
    """Restate the new unit and ask the coordinator to confirm; a name taken is refused."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    why = refusal(ctx, Act.ADD_UNIT)
    if why:
        return text_reply(why)
    if not intent.name or len(intent.name) > _MAX_NAME:
        return text_reply(HOW)
    unit = Unit(intent.name, intent.short_name)
    clash = unit_clash(org, unit)
    if clash is not None:
        return text_reply(f"{org.name} มีหน่วยงานย่อย {unit_label(clash)} อยู่แล้วครับ")
    lines = [f"หน่วยงานย่อยใหม่: {unit.name}"]
    if unit.short_name:
        lines.append(f"ชื่อย่อ: {unit.short_name}")
    lines.append(f"ของ: {org.name} (มีอยู่แล้ว {len(org.units)} หน่วย)")
    return open_draft(ctx, "ยืนยันการเพิ่มหน่วยงานย่อย", lines, [], unit=unit)


def store_unit(ctx: Context, unit: Unit) -> Reply:
    """Add the confirmed unit, with who, when and from which LINE event."""
    assert ctx.organisation is not None and ctx.user_id is not None
    origin = UnitOrigin(ctx.user_id, ctx.now, ctx.incoming.event_id, ctx.incoming.chat.id or None)
    try:
        ctx.ports.organisations.add_unit(ctx.organisation.name, unit, origin)
    except StorageError as exc:
        return text_reply(f"เพิ่มหน่วยงานย่อยไม่สำเร็จ: {exc}")
    count = len(ctx.organisation.units) + 1
    register = f"ลงทะเบียน {unit.short_name or unit.name}"
    return text_reply(
        f"เพิ่มหน่วยงานย่อย {unit_label(unit)} ให้ {ctx.organisation.name} แล้ว ✓"
        f" (ทั้งหมด {count} หน่วย)\nสมาชิกของหน่วยงานพิมพ์ '{register}' ได้เลย"
    )


def _read(found: Found) -> AddUnit:
    return read_new_unit(found.original)


# "เพิ่มกองตรวจราชการ (กตร.) เข้าไปในรายชื่อหน่วยด้วยครับ": a unit's name right after เพิ่ม,
# with its short name in brackets, added to the list of units.
_ADDED_TO_LIST_RE = re.compile(
    rf"เพิ่ม\s*(?P<name>(?:{UNIT_PREFIXES})[^\s()]+)\s*\(\s*(?P<short>[^()]+?)\s*\)"
)


def _added_to_the_list(found: Found) -> AddUnit | None:
    match = _ADDED_TO_LIST_RE.search(found.original)
    return AddUnit(name=match["name"], short_name=match["short"]) if match else None


# fmt: off
SPECS = (
    IntentSpec(AddUnit, handle_add_unit, (
        Rule(("เพิ่มหน่วยงาน|เพิ่มหน่วยงานย่อย|สร้างหน่วยงาน|สร้างหน่วยงานย่อย|add unit",), 863,
             _read),
        Rule(("เพิ่ม", "รายชื่อหน่วย|รายการหน่วย|หน่วยงานใหม่|เป็นหน่วยใหม่"), 864, _added_to_the_list,
             unless=QUESTION),
    )),
)
# fmt: on
