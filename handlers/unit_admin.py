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
from handlers.nlu.patterns import QUESTION, UNIT_PREFIXES, words
from handlers.nlu.slots import Found, content
from handlers.permissions import Act, refusal
from handlers.ports import StorageError, UnitOrigin
from handlers.replies import Reply, text_reply
from kpi_core.models import Unit
from kpi_core.org_names import unit_clash
from kpi_core.thai_numbers import arabic_digits

HOW = "พิมพ์ชื่อหน่วยงานย่อย (และชื่อย่อในวงเล็บ) เช่น 'เพิ่มหน่วยงาน กองคุ้มครองแรงงาน (กคร.)'"
# "ขอเพิ่มหน่วยงานใหม่ค่ะ ศูนย์…", "ขอเพิ่มหน่วยในกลุ่มครับ สำนักงาน…": "ใหม่", where the unit
# goes and the particles after the cue name nothing.
_CUE = re.compile(
    r"(?:เพิ่ม|สร้าง)\s*หน่วย(?:\s*งาน)?(?:\s*ย่อย)?(?:\s*ใหม่)?"
    r"(?:\s*(?:ใน|เข้า)\s*(?:กลุ่ม|ระบบ)(?:\s*(?:ไลน์|line|นี้|นี่))*)?"
    r"(?:\s*(?:ครับ|ค่ะ|คะ|นะ|จ้า|ค่า|ด้วย|หน่อย|ให้))*"
    r"(?:\s*ชื่อ(?!\s*ย่อ)\s*:?)?"  # "เพิ่มหน่วยงานชื่อ กองพัฒนาบุคลากร"
    r"|add\s+unit",
    re.IGNORECASE,
)
# The words a short name is given by: "ชื่อย่อ กศร.", "ตัวย่อ กตน.", "อักษรย่อ กบค.".
_SHORT_WORD = r"(?:ชื่อ|ตัว|อักษร)\s*ย่อ"
_SHORT = re.compile(rf"\(\s*([^()]+?)\s*\)|{_SHORT_WORD}\s*:?\s*([^\s()]+)")
# Where the name ends when no short name does: a particle, ด้วย or the ask standing alone (a
# remark may follow: "สำนักงานพาณิชย์จังหวัดปทุมธานี ค่ะ เป็นเจ้าภาพร่วม…"), or where the unit
# goes ("… เข้าในระบบด้วยครับ").
_NAME_END = re.compile(
    r"\s+(?:ครับ|ค่ะ|คะ|นะ|จ้า|จ้ะ|ค่า|ด้วย|หน่อย|ให้|ที|เลย)+(?:ผม)?(?=\s|$)"
    r"|\s*(?:เข้า\s*(?:ไป\s*)?(?:ใน\s*)?|ใน\s*)(?:ระบบ|รายชื่อ)"
    # Why, said straight after the name: "… กองคลัง เนื่องจากแยกออกมา".
    r"|\s+(?=เนื่องจาก|เพราะ|เพื่อ|ซึ่ง)"
)
# A name, then a word shaped as a Thai short name (letters, each part ending with a dot).
_TRAILING_SHORT_RE = re.compile(
    r"(?P<name>.*[^\s.])\s+(?P<short>[\u0e01-\u0e2e]{1,6}\.(?:[\u0e01-\u0e2e]{1,4}\.)*)$"
)
# A kind word alone is no name: the short name after it is part of the name.
_KINDS_ALONE = frozenset(words("สำนักงาน|สำนัก|กอง|กลุ่ม|กลุ่มงาน|ศูนย์|ฝ่าย|ส่วน|สถาบัน|จังหวัด"))
_POLITE = re.compile(r"(?:\s*(?:ครับ|ค่ะ|คะ|นะ|จ้า|จ้ะ|ด้วย|หน่อย)+)+\s*$")
_MAX_NAME = 200
# A particle held at its last letter ("ครับบ", "ค่ะะ"): the particle.
_HELD_PARTICLE = re.compile(r"(ครับ|ค่ะ|คะ|ค่า|จ้า)(?:(?<=ครับ)บ|(?<=ะ)ะ|(?<=า)า)+")


def _as_typed(text: str) -> str:
    """``text`` with its digits ASCII ("เขต ๗" is the name "เขต 7" that is read everywhere
    else) and its particles no longer held."""
    return _HELD_PARTICLE.sub(r"\1", arabic_digits(text))


def read_new_unit(text: str) -> AddUnit:
    """The unit named after the cue: a name, then a short name in brackets or after ชื่อย่อ."""
    text = _as_typed(text)
    cue = _CUE.search(text)
    rest = text[cue.end() :] if cue else text
    rest = _POLITE.sub("", rest.strip(" :")).strip()
    short = _SHORT.search(rest)
    end = _NAME_END.search(rest)
    cut = min(short.start() if short else len(rest), end.start() if end else len(rest))
    name = rest[:cut]
    short_name = (short.group(1) or short.group(2)).strip() if short else ""
    # "เพิ่มหน่วยงานใหม่ ศูนย์ปฏิบัติการต่อต้านการทุจริต ศปท.": a short name typed bare, the
    # name's last word (never the whole of what a kind word alone leaves: "สำนักงาน ก.พ.").
    bare = None if short else _TRAILING_SHORT_RE.match(name.strip())
    if bare is not None and bare["name"] not in _KINDS_ALONE:
        name, short_name = bare["name"], bare["short"]
    # The name in quotes ("เพิ่มหน่วย "กองส่งเสริมการมีงานทำ" ด้วยครับ"): the name.
    return AddUnit(name=" ".join(name.split()).strip(" :,\"'“”"), short_name=short_name)


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


# "ฝากเพิ่มหน่วย สถาบัน… ด้วยจ้า", "เพิ่มหน่วย ที่ทำการ… ด้วยนะคะ": "หน่วย" without งาน adds a
# unit when a name stands apart after it (or after where it goes, "เพิ่มหน่วยในกลุ่มครับ …"),
# or one of a unit's kind is glued to it; never a word glued that names no unit ("เพิ่มหน่วย
# วัด", "เพิ่มหน่วยละ 2 คน").
_UNIT_WORD_APART_RE = re.compile(
    rf"เพิ่ม\s*หน่วย(?!\s*งาน)(?:\s*ใหม่)?(?:\s|ใน\s*(?:กลุ่ม|ระบบ)|(?={UNIT_PREFIXES}))"
)


def _read_unit_word(found: Found) -> AddUnit | None:
    text = _as_typed(found.original)
    cue = _UNIT_WORD_APART_RE.search(text)
    if cue is None:
        return None
    read = read_new_unit(text)
    # One word (and a unit's number), up to where a name ends: "เพิ่มหน่วย กองคลัง ส่งแผน
    # แล้ว" tells of a plan sent.
    if not _ONE_NAME_RE.match(read.name):
        return None
    rest = text[text.find(read.name, cue.start()) + len(read.name) :]
    if content(rest) and not (read.short_name or _NAME_END.match(rest)):
        return None
    return read


_ONE_NAME_RE = re.compile(r"[^\s()]{3,}(?:\s\d{1,2})?$")


# "เพิ่มกองตรวจราชการ (กตร.) เข้าไปในรายชื่อหน่วยด้วยครับ": a unit's name right after เพิ่ม,
# with its short name in brackets, added to the list of units.
_ADDED_TO_LIST_RE = re.compile(
    rf"เพิ่ม\s*(?P<name>(?:{UNIT_PREFIXES})[^\s()]+)\s*\(\s*(?P<short>[^()]+?)\s*\)"
)


def _added_to_the_list(found: Found) -> AddUnit | None:
    match = _ADDED_TO_LIST_RE.search(_as_typed(found.original))
    return AddUnit(name=match["name"], short_name=match["short"]) if match else None


# A new unit's name: a kind word and its name, with the number some units' names end with
# ("สำนักจัดทำงบประมาณด้านเศรษฐกิจ 1": a part of the name, no value); never "กลุ่มไลน์",
# "กองเรา", "กองไหน".
# An institute is a unit too ("สถาบันพัฒนาข้าราชการพลเรือน").
_NEW_NAME = (
    rf"(?:{UNIT_PREFIXES}|สถาบัน)(?!ไหน|ใด|อะไร|เรา|นี้|นี่|ไลน์|line)[^\s()]+"
    r"(?:\s\d{1,2}(?=\s|$|\())?"
)
_NEW_SHORT = rf"\(\s*(?P<short>[^()]+?)\s*\)|{_SHORT_WORD}\s*:?\s*(?P<abbreviated>[^\s()]+)"
# A short name typed bare after the name, a word of its own: "ศูนย์ปฏิบัติการต่อต้านการทุจริต ศปท.".
_BARE_SHORT = r"(?P<bare>[\u0e01-\u0e2e]{1,6}\.(?:[\u0e01-\u0e2e]{1,4}\.)*)(?=\s|$)"
# "ขอเพิ่มกองแผนงานและสารสนเทศ (กผส.) เข้าระบบด้วยค่ะ", "ขอเพิ่มหน่วย สำนัก… 1 ด้วยค่ะ": the
# name right after เพิ่ม (or "เพิ่มหน่วย"), its short name after it; "เพิ่ม สำนักงาน… ด้วยนะคะ":
# the name standing apart after เพิ่ม.
_ADD_NAMED_RE = re.compile(
    rf"เพิ่ม(?P<apart>\s)?(?P<unit_word>หน่วย(?:งาน)?\s?)?(?P<name>{_NEW_NAME})"
    rf"(?:\s*(?:{_NEW_SHORT})|\s{_BARE_SHORT})?(?P<after>.*)$"
)
# "กลุ่มตรวจสอบภายใน (ตสน.) ช่วยเพิ่มให้หน่อยนะคะ": the name and its short name, then the ask.
_NAMED_THEN_ADD_RE = re.compile(
    rf"(?P<name>{_NEW_NAME})\s*\(\s*(?P<short>[^()]+?)\s*\)(?P<between>.*?)เพิ่ม(?P<after>.*)$"
)
# Where the unit goes and how it is asked: nothing else may stand beside the name.
_ADDING_WORDS = frozenset(
    words(
        "ระบบ|เข้าระบบ|ในระบบ|เข้า|ใน|ไป|เข้าไป|เข้าไปในระบบ|รายชื่อ|ในรายชื่อ|รายชื่อหน่วยงาน"
        "|หน่วยงานใหม่|ใหม่|ช่วย|รบกวน|ขอ|ด้วย|ให้|หน่อย|ที|นะ|เลย|ครับ|ค่ะ|คะ|ครับผม|ค่า|จ้ะ|จ้า"
        # What it goes in as: "…เข้าไปเป็นหน่วยด้วยค่ะ", "…เป็นหน่วยใหม่ด้วยครับ".
        "|เป็น|หน่วย|หน่วยงาน|เป็นหน่วย|เป็นหน่วยงาน|หน่วยใหม่"
    )
)
# Where the new unit goes.
_ADDING_PLACE_RE = re.compile("ระบบ|รายชื่อ|หน่วยงานใหม่|เป็นหน่วย")


# "ขอเพิ่มกองคลังเข้าระบบด้วยค่ะ": where it goes and the ask glued after the name.
_GLUED_ASK_RE = re.compile(
    r"(?:เข้า(?:ไป)?(?:ใน)?ระบบ|ในระบบ|(?:เข้า|ใน)รายชื่อ|ให้|ด้วย|หน่อย|ครับ|ค่ะ|คะ|จ้า|ค่า"
    r"|นะ(?=ค|$))+$"
)


def _glued_ask(name: str) -> tuple[str, str]:
    """The name without the words of the ask glued after it, and those words."""
    glued = _GLUED_ASK_RE.search(name, 1)
    return (name[: glued.start()], name[glued.start() :]) if glued else (name, "")


def _unit_named_to_add(found: Found) -> AddUnit | None:
    """A unit added without the word หน่วยงาน: its name right after เพิ่ม, or named with its
    short name in brackets before the ask to add it; with a short name, the word หน่วย, or
    where it goes ("เข้าระบบ") to tell a unit added from a unit named beside เพิ่ม ("เพิ่ม
    กองคลังอีก 2 คน"), and nothing else said beside them."""
    text = " ".join(_as_typed(found.original).split())
    match = _ADD_NAMED_RE.search(text)
    if match is not None:
        name, after = _glued_ask(match["name"])
        after += match["after"]
        short = match["short"] or match["abbreviated"] or match["bare"] or ""
        if match["bare"] and name in _KINDS_ALONE:  # "สำนักงาน ก.พ.": one name, no short name
            name, short = f"{name} {match['bare']}", ""
        named = short or match["unit_word"] or _ADDING_PLACE_RE.search(after)
        # Standing apart, the name is said as a name: "เพิ่ม สำนักงาน… ด้วยนะคะ".
        apart = match["apart"] and (not after or after[0].isspace())
        if (named or apart) and name and not content(after, _ADDING_WORDS):
            return AddUnit(name=name, short_name=short)
    match = _NAMED_THEN_ADD_RE.search(text)
    if match is None or content(f"{match['between']} {match['after']}", _ADDING_WORDS):
        return None
    return AddUnit(name=match["name"], short_name=match["short"])


# fmt: off
SPECS = (
    IntentSpec(AddUnit, handle_add_unit, (
        Rule(("เพิ่มหน่วยงาน|เพิ่มหน่วยงานย่อย|สร้างหน่วยงาน|สร้างหน่วยงานย่อย|add unit",), 863,
             _read),
        Rule(("เพิ่มหน่วย",), 863, _read_unit_word, unless=f"{QUESTION}|NUM"),
        Rule(("เพิ่ม", "รายชื่อหน่วย|รายการหน่วย|หน่วยงานใหม่|เป็นหน่วยใหม่"), 864, _added_to_the_list,
             unless=QUESTION),
        Rule(("เพิ่ม",), 865, _unit_named_to_add, unless=QUESTION),
    )),
)
# fmt: on
