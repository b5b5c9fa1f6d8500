"""Who is who: members register their unit; a coordinator binds a group to an organisation."""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache

from handlers import postbacks
from handlers.common import find_unit, unit_label
from handlers.context import Chat, Context, Ports
from handlers.data_files import read_text
from handlers.drafts import open_draft
from handlers.intent_spec import IntentSpec
from handlers.intents import BindGroup, RegisterUnit
from handlers.nlu.extract import as_typed
from handlers.nlu.guards import Guarded
from handlers.nlu.matcher import Rule
from handlers.nlu.normalise import marks_in_order
from handlers.nlu.patterns import (
    EDGE_WORDS,
    QUESTION,
    SENTENCE_END_RE,
    UNIT_LEFT_RE,
    UNIT_PREFIXES,
    words,
)
from handlers.nlu.questions import asks
from handlers.nlu.slots import Found, content, split_unit
from handlers.nlu.tokenize import domain_words
from handlers.permissions import Act, refusal
from handlers.ports import GroupBinding, StorageError
from handlers.replies import SILENT, Action, Reply, text_reply
from kpi_core.models import Member, Organisation, Role
from kpi_core.org_names import squash

AFTER_REGISTERING = (Action("สถานะ", text="สถานะ"), Action("วิธีส่งผล", text="ใช้ยังไง"))


def handle_register_unit(intent: RegisterUnit, ctx: Context) -> Reply:
    """Register the sender to a unit of the group's organisation (a coordinator keeps the role)."""
    why = refusal(ctx, Act.REGISTER)
    if why:
        return text_reply(why)
    org, user_id = ctx.organisation, ctx.user_id
    assert org is not None and user_id is not None
    unit_name = None
    if org.units and not intent.unit:
        return _which_unit(org)
    if intent.unit:  # a unit the organisation does not have is refused, never dropped
        unit = find_unit(org, intent.unit)
        if isinstance(unit, Reply):
            return unit
        unit_name = unit.name
    why = refusal(ctx, Act.CHANGE_UNIT, unit=unit_name)
    if why:
        return text_reply(why)
    before, member = ctx.member, _registration(ctx, unit_name)
    name = member.display_name
    if intent.ask and before is not None and before.unit:  # a unit told bare is never a move
        return _asked(ctx, before, member)
    if before is not None and _moves_coordinator(before, member):
        lines = [f"ผู้ประสานงาน: {name or 'คุณ'}", f"ย้ายจาก {before.unit} ไป {unit_name}"]
        return open_draft(ctx, "ยืนยันการย้ายหน่วยงาน", lines, [], registration=member)
    if intent.ask:  # "อยู่กองกลางค่ะ": as often where something is; asked, stored on a yes
        return _asked(ctx, before, member)
    try:
        ctx.ports.members.save(member)
    except StorageError as exc:
        return text_reply(f"ลงทะเบียนไม่สำเร็จ: {exc}")
    who = name or "คุณ"
    where = unit_name or org.name
    return text_reply(f"ลงทะเบียน {who} เป็นสมาชิกของ {where} แล้ว ✓", *AFTER_REGISTERING)


# LINE shows at most 13 quick-reply buttons; every unit is listed, and typed (its name, short
# name or number) it answers as well as a button (the ask-back state reads it).
_MOST_BUTTONS = 13
_MOST_LABEL = 20


def _which_unit(org: Organisation) -> Reply:
    """Which unit to register with: the units numbered, each a button; the sender's next message
    in the chat may name one (``ask_back_state``)."""
    listing = "\n".join(f"{i}. {unit_label(u)}" for i, u in enumerate(org.units, start=1))
    buttons = [
        Action(
            _button_label(u.name, u.short_name),
            data=postbacks.encode(RegisterUnit(unit=u.name)),
            display_text=f"ลงทะเบียน {u.name}",
        )
        for u in org.units[:_MOST_BUTTONS]
    ]
    return text_reply(
        f"ลงทะเบียนกับหน่วยงานไหนครับ พิมพ์ชื่อกองหรือหมายเลข หรือกดปุ่มด้านล่าง\nหน่วยงานที่มี:\n{listing}",
        *buttons,
    )


def _button_label(name: str, short_name: str | None) -> str:
    if len(name) <= _MOST_LABEL or not short_name:
        return name[:_MOST_LABEL]
    return short_name[:_MOST_LABEL]


def _asked(ctx: Context, before: Member | None, member: Member) -> Reply:
    """A unit told bare: the card that asks it as the sender's registration; to a member already
    registered, where they are registered (a unit told bare is no move)."""
    if before is not None and before.unit == member.unit:
        return text_reply(f"คุณเป็นสมาชิกของ {member.unit} อยู่แล้วครับ")
    if before is not None and before.unit:
        return text_reply(
            f"คุณลงทะเบียนไว้กับ {before.unit} แล้วครับ ถ้าจะย้ายไป {member.unit}"
            f" พิมพ์ 'ลงทะเบียน {member.unit}'"
        )
    assert ctx.organisation is not None
    lines = [
        f"ชื่อ: {member.display_name or 'คุณ'}",
        f"หน่วยงาน: {member.unit or ctx.organisation.name}",
    ]
    return open_draft(ctx, "ยืนยันการลงทะเบียน", lines, [], registration=member)


def _registration(ctx: Context, unit_name: str | None) -> Member:
    """The sender registered to ``unit_name`` (keeping their role), from this message."""
    before, user_id = ctx.member, ctx.user_id
    assert ctx.organisation is not None and user_id is not None
    name = ctx.ports.display_name(ctx.incoming.chat, user_id) or (
        before.display_name if before else ""
    )
    return Member(
        line_user_id=user_id,
        organisation=ctx.organisation.name,
        unit=unit_name,
        display_name=name,
        role=before.role if before else Role.MEMBER,
        registered_at=ctx.now,
        registered_by=user_id,
        source_event_id=ctx.incoming.event_id,
        source_chat_id=ctx.incoming.chat.id or None,
    )


def _moves_coordinator(before: Member, after: Member) -> bool:
    """A coordinator's own move to another unit: asked to confirm before it happens."""
    same_place = before.organisation == after.organisation and before.unit == after.unit
    return before.is_coordinator and before.unit is not None and not same_place


def handle_bind_group(intent: BindGroup, ctx: Context) -> Reply:
    """Bind this group to the coordinator's organisation; a group bound (or once bound) to
    another organisation stays theirs."""
    chat = ctx.incoming.chat
    previous = ctx.ports.groups.last(chat.id) if chat.is_shared else None
    why = refusal(ctx, Act.BIND, owner=previous.organisation if previous else None)
    if why:
        return text_reply(why)
    member, user_id = ctx.member, ctx.user_id
    assert member is not None and user_id is not None
    found = ctx.ports.organisations.find(intent.organisation) if intent.organisation else []
    if member.organisation not in found and found:
        return text_reply(f"คุณเป็นผู้ประสานงานของ {member.organisation} จึงผูกกลุ่มกับ {found[0]} ไม่ได้ครับ")
    if not found and intent.organisation:
        return text_reply(f"ไม่พบหน่วยงาน '{intent.organisation}' ครับ")
    binding = GroupBinding(chat.id, member.organisation, user_id, ctx.now, ctx.incoming.event_id)
    ctx.ports.groups.bind(binding)
    again = " อีกครั้ง (การแจ้งเตือนกลับมาแล้ว)" if previous and not previous.active else ""
    return text_reply(
        f"ผูกกลุ่มนี้กับ {member.organisation}{again} แล้ว ✓\nลองพิมพ์ '@บอท สถานะ' หรือ 'ใครยังไม่ส่ง'",
        *AFTER_REGISTERING,
    )


def bot_left(ports: Ports, chat: Chat, now: datetime, event_id: str | None) -> Reply:
    """The bot was removed from the group: its binding turns inactive (kept for history), so
    reminders stop; a coordinator of the same organisation restores it with ผูกกลุ่ม."""
    if chat.is_shared:
        ports.groups.leave(chat.id, at=now, event_id=event_id)
    return SILENT  # a leave event has no reply token: there is no one to tell


# The sender's own move ("ย้ายมาอยู่กองกลางแล้วครับ", "ผมย้ายไปกจ.แล้ว", "ย้ายจากกองคลังมาอยู่
# ศทส.", "ขอเปลี่ยนหน่วยเป็นกองกลาง"): the unit moved to; news of someone else's ("พี่สมชาย
# ย้ายไปอยู่กองคลังแล้ว") registers nobody, nor a move that names only the unit left.
_MOVED = (
    "ย้ายมาอยู่|ย้ายไปอยู่|ย้ายมา|ย้ายไป|ย้ายจาก|ย้ายหน่วย|ย้ายกอง|ย้ายสังกัด|เปลี่ยนหน่วย|เปลี่ยนกอง|เปลี่ยนสังกัด"
    # "ผมย้ายกลับมาอยู่กองคลังแล้ว", "ผมเปลี่ยนจาก ศทส. ไป กค. แล้วครับ"
    "|ย้ายกลับ|เปลี่ยนจาก"
)
_MOVED_RE = re.compile(_MOVED)
# "หนูโอนย้ายมาอยู่กองการเจ้าหน้าที่แล้ว": a transfer is a move.
_MYSELF = frozenset(words("ผม|ฉัน|หนู|ดิฉัน|เรา|กระผม|ตอนนี้|เพิ่ง|ได้|ก็|โอน|ถูกโอน"))
_MYSELF_EDGE = EDGE_WORDS | _MYSELF  # built once, not for each message
# What follows the verb of moving before the unit moved to: the unit left ("จากกองคลัง",
# "จาก ศทส."), where to ("มาอยู่", "ไป", "เป็น").
_TOWARDS_RE = re.compile(
    r"^(?:ย้าย|เปลี่ยน)(?:หน่วยงาน|หน่วย|กอง|สังกัด)?"
    r"(?:\s|จาก\s?\S+?\s?(?=มา|ไป)|มาอยู่|ไปอยู่|อยู่|มา|ไป|เป็น|ที่|กลับ|ประจำ|ค่ะ|ครับ|นะ)*"
)
# A move not made (yet): wished, to come, supposed, asked ("อยากย้ายไปกองคลัง", "ผมจะย้ายไป
# กองกลางเดือนหน้า", "ถ้าย้ายไป…"): nobody registered.
_NOT_MOVED_RE = Guarded(
    re.compile(
        r"อยาก|(?<!ใจ)จะ(?!ๆ)|ถ้า|หาก|คง|อาจ|กำลัง|เดือนหน้า|ปีหน้า|สัปดาห์หน้า|อาทิตย์หน้า|พรุ่งนี้|มะรืน"
        r"|ได้\s?ไหม|ได้\s?มั้ย|ได้\s?ป่ะ|หรือเปล่า|รึเปล่า|ไหม|มั้ย"
        # Urged or joked ("ย้ายไปไอทีเลยพี่", "…กันเถอะ", "…ดีกว่า", "…สิคะ", "…ซะเลย", "…จริงดิ");
        # a thing or a talk moved, or help lent ("ย้ายกลับมาไว้กองคลัง", "ย้ายไปแชทไอที", "ย้ายไป
        # คุยห้องไอที", "ย้ายไป it หมดแล้ว", "ย้ายไปช่วยงานไอที"): the sender's unit unchanged.
        r"|ดีกว่า|เถอะ|เถิด|ซะ|สิ(?=\s|$|คะ|ครับ|ค่ะ)|จริง\s?(?:ดิ|เหรอ|หรอ|ป่ะ|ปะ)"
        r"|เลย\s?(?:พี่|น้อง)|(?<!\S)ไง|ไว้|แชท|คุย|หมด|ช่วย\s?(?:งาน|ราชการ)|ไป\s?ช่วย|นั่ง"
    )
)
# A thing moved, not the sender ("ตัวชี้วัดนี้เปลี่ยนจากกองคลังไปกองกลางแล้ว": its owner).
_THING_MOVED_RE = re.compile("ตัวชี้วัด|kpi|ตัว|ผล|แผน|ไฟล์|เอกสาร|งาน|เรื่อง|ข้อมูล|หน้าที่|เจ้าภาพ|การ")
# The sender no longer in the unit left, said before the move ("ตอนนี้หนูไม่ได้อยู่กองคลังแล้ว
# นะคะ ย้ายมากองกลางค่ะ"): one's own news, not someone else's ("เขาไม่ได้อยู่กองคลังแล้ว").
_NO_LONGER_MINE_RE = re.compile(
    r"(?:ผม|หนู|ดิฉัน|ฉัน|กระผม)\s?ไม่ได้\s?อยู่\s?\S+?\s?แล้ว(?:\s?(?:นะ|ครับ|ค่ะ|คะ))*"
)


def _moved_myself(found: Found) -> RegisterUnit | None:
    text = found.extraction.text
    if _NOT_MOVED_RE.search(found.original) or _NOT_MOVED_RE.search(text):
        return None
    cue = _MOVED_RE.search(text)
    if cue is None:
        return None
    before = text[: cue.start()]
    if "ไม่ได้" in before:
        before = _NO_LONGER_MINE_RE.sub(" ", before)
    if found.extraction.dates:  # "ตั้งแต่ 2 ม.ค. ผมย้ายมาประจำ…": the move's day, said first
        before = _SINCE_RE.sub(" ", _DATE_WORDS_RE.sub(" ", before))
    if content(before, _MYSELF_EDGE) or _THING_MOVED_RE.search(before):
        return None
    if cue.group().startswith("เปลี่ยนจาก") and not _SENDER_RE.search(before):
        return None  # "เปลี่ยนจากกองคลังไปกองกลางแล้ว": whatever changed owner, not said whose
    today = found.extraction.today
    if today is not None and any(d.due > today for d in found.extraction.dates):
        return None  # "ย้ายไปกองกลาง 1 ก.พ. นะคะ" (said on 15 Jan): a move still to come
    after = text[cue.start() :]
    towards = " " + after[_TOWARDS_RE.match(after).end() :]  # type: ignore[union-attr]
    unit, rest = split_unit(towards)
    if not unit:
        # "…มาอยู่คลังครับ ฝากแก้ให้ด้วย": the favour asked after the unit names none.
        towards = _FAVOUR_AFTER_RE.sub("", towards)
        bare = _bare_unit(towards)
        if bare:
            return RegisterUnit(unit=bare)
        # "ผมย้ายมาอยู่ ศทส แล้วครับ", "ย้ายไปไอทีแล้วครับ": one word, a unit of the organisation's
        # or nothing (settled loosely).
        alias = _alias_alone(towards)
        return RegisterUnit(unit=alias, loose=True) if alias else None
    unit = _DONE_GLUED_RE.sub("", unit) or unit  # "กองคลังแล้วค่ะ"
    if found.extraction.dates:  # "…มีผล 6 ม.ค. ค่ะ": the move's date, masked
        rest = _DATE_WORDS_RE.sub(" ", rest)
    if "ไม่ได้" in rest:  # "ย้ายมากองกลางแล้วนะครับ ไม่ได้อยู่กองคลังแล้ว": the unit left
        rest = _NO_LONGER_THERE_RE.sub(" ", rest)
    if content(rest, _SELF_INTRO_EDGE) and not _asked_again(rest, unit):
        return None
    return RegisterUnit(unit=unit)


# The record asked mended (never a newcomer's "ฝากตัว"): "ฝากแก้ให้ด้วย", "ช่วยอัปเดตให้หน่อย".
_FAVOUR_AFTER_RE = re.compile(r"\s(?:ฝาก|ช่วย|รบกวน)?\s?(?:แก้|เปลี่ยน|อัปเดต|อัพเดต)\S*(?:\s\S+)?\s*$")
# The day a move took effect, said before it: "ตั้งแต่ 2 ม.ค.", "เมื่อ 1 ม.ค.".
_SINCE_RE = re.compile(r"ตั้งแต่|เมื่อ|มีผล")
# No longer in the unit left, said after the move (the sender's own: the move is theirs).
_NO_LONGER_THERE_RE = re.compile(r"ไม่ได้\s?อยู่\s?(?:ที่\s?)?\S+?\s?แล้ว(?:\s?(?:นะ|ครับ|ค่ะ|คะ))*")


# A date of a move: "6 ม.ค.", "1 ม.ค. 68".
_DATE_WORDS_RE = re.compile(
    r"\d{1,2}\s?[\u0e01-\u0e2e]{1,2}\.\s?[\u0e01-\u0e2e]{1,2}\.(?:\s?\d{2,4})?"
)
_DONE_GLUED_RE = re.compile(r"(?<=\S)แล้ว\S*$")
# The kinds a unit's name opens with, to find a name said without its kind ("นิติการ").
_KINDS = ("กอง", "กลุ่ม", "ศูนย์", "สำนัก", "ฝ่าย")


def _bare_unit(towards: str) -> str:
    """The unit moved to, named alone without its kind ("หนูย้ายมาอยู่นิติการแล้วนะคะ"): one
    word, a unit's name of the plan's words without its kind; a home, a room or bare consonants
    moved to name none ("ย้ายมาอยู่บ้านใหม่แล้ว", "ย้ายมาอยู่ กทม แล้วค่ะ": a city, not a unit)."""
    said = [
        w
        for w in _PARTICLES_GLUED_RE.sub("", _DONE_AFTER_RE.sub(" ", towards)).split()
        if w not in _SELF_INTRO_EDGE
    ]
    if len(said) != 1:
        return ""
    name = said[0]
    known = domain_words()
    return name if any(f"{kind}{name}" in known for kind in _KINDS) else ""


def _alias_alone(towards: str) -> str:
    """The one word said where a unit's name stands, a short name or an alias of two to
    twelve letters ("ศทส", "ไอที", "นิติการ"), nothing else said of it; else ""."""
    said = [
        w
        for w in _PARTICLES_GLUED_RE.sub("", _DONE_AFTER_RE.sub(" ", towards)).split()
        if w not in _SELF_INTRO_EDGE
    ]
    if len(said) != 1 or not _ALIAS_RE.match(said[0]) or _NOT_AN_ALIAS_RE.match(said[0]):
        return ""
    return said[0]


_ALIAS_RE = re.compile(
    r"^(?:[\u0e01-\u0e4e]{2,12}\.?|[\u0e01-\u0e2e]\.[\u0e01-\u0e2e]\.?|[a-z]{2,6})$"
)


# Words glued before a name that make it no unit's: where from ("จากกองคลัง"), where beside
# ("แถวกองกลาง", "ข้างศทส."), a newcomer's words ("ฝากตัว").
_NOT_AN_ALIAS_RE = re.compile("^(?:จาก|ฝาก|แถว|ข้าง|ใกล้|ตรง|หน้า|ที่|ใน|กับ|มา|ไป|ตัว|ห้อง|ชั้น|ตึก|บ้าน)")
_DONE_AFTER_RE = re.compile(r"แล้ว\S*")
_PARTICLES_GLUED_RE = re.compile(r"(?<=\S)(?:นะ|ครับ|ค่ะ|คะ|คับ|จ้า)+(?=\s|$)")


def _asked_again(rest: str, unit: str) -> bool:
    """Whether the words after a move only ask it again of the same unit ("ย้ายจากกองคลังไป
    กองนิติการแล้วครับ | ขอเปลี่ยนหน่วยเป็นกองนิติการ"); another unit named is no move told."""
    if unit not in rest:
        return False
    return not content(_MOVED_RE.sub(" ", rest.replace(unit, " ")), _SELF_INTRO_EDGE)


# Introducing oneself around the unit: "ดิฉันมาจาก กจ. ค่ะ เพิ่งย้ายมา ลงทะเบียนให้ด้วย",
# "ลงชื่อเป็นคนของกองนิติการนะคะ": the unit alone is the slot.
_SELF_INTRO = _MYSELF | frozenset(
    words(
        "มาจาก|จาก|อยู่|อยู่ที่|คนของ|เป็นคนของ|เป็นคน|คน|ของ|ย้าย|ย้ายมา|เพิ่งย้ายมา|เพิ่งย้าย|มา|ใหม่"
        "|คนใหม่|สังกัด|ให้|ด้วย|ว่า|เป็น|ชื่อ|นะ|ครับ|ค่ะ|คะ|จ้า"
        # Asking the change of oneself: "ลงใหม่ให้ด้วย", "เปลี่ยนให้ด้วย", "แก้หน่วยให้ที".
        "|ลงใหม่|ลง|เปลี่ยน|แก้|แก้ไข|หน่วย|ใหม่ให้|ที|หน่อย|แล้ว|อยู่แล้ว"
        # "…อัปเดตให้ด้วย": the sender's record brought up to date.
        "|อัปเดต|อัพเดต|อัปเดท|อัพเดท|update|อัปเดตข้อมูล|อัพเดตข้อมูล"
        # The newcomer introducing themselves: "น้องใหม่ศูนย์ไอซีทีค่ะ ฝากลงทะเบียนด้วย".
        "|น้องใหม่|เจ้าหน้าที่ใหม่|ฝาก|เพิ่งบรรจุ|บรรจุใหม่"
        # Set to be a unit's member: "ตั้งค่าให้หนูเป็นคนของ กนต.", "ช่วยตั้งให้ผมเป็นสมาชิก…".
        "|ตั้งค่า|ตั้ง|ช่วย|รบกวน|สมาชิก|โอน|โอนมา|เพิ่งโอนมา|เพิ่ง"
        # The record asked mended, the move's date: "…รบกวนแก้ในระบบด้วยค่ะ", "อัปเดตให้ด้วย",
        # "…มีผล 6 ม.ค.", "…ตั้งแต่ 1 ม.ค. ครับ ขอเปลี่ยนหน่วยงานด้วย", "…เหมือนเดิมแล้ว".
        "|ในระบบ|ระบบ|แก้ในระบบ|อัปเดตให้|อัพเดตให้|แก้ให้|เปลี่ยนให้|มีผล|ตั้งแต่|เป็นต้นไป"
        "|เหมือนเดิม|ขอเปลี่ยน|หน่วยงาน|ขอ|กลับ|ครับผม"
        # "…เปลี่ยนกองให้หนูด้วยค่ะ": the sender's unit asked changed.
        "|กอง|เปลี่ยนกอง|แก้กอง|เปลี่ยนสังกัด|แก้สังกัด"
    )
)
_SELF_INTRO_EDGE = EDGE_WORDS | _SELF_INTRO  # built once, not for each message


# Someone else registered by the sender: a person right after the word of registering
# ("ลงทะเบียนพี่สมชาย…", "ผูกน้องฝนกับ…") or the one it is done for ("…ให้พี่ต๋อยด้วย",
# "ลงทะเบียนให้น้องใหม่…"): each member registers themselves (not the bot: "น้องบอท").
_PERSON = (
    r"(?:พี่|น้อง|คุณ|นาย|นางสาว|นาง|ผอ|หัวหน้า|เพื่อน|ลูกน้อง|เขา|เค้า|ทุกคน|คนใหม่|เจ้าหน้าที่ใหม่)"
    r"(?!\s?บอท)"
)
_SOMEONE_ELSE_RE = re.compile(
    rf"(?:ลงทะเบียน|สมัคร|ลง\s?ชื่อ|ผูก\s?ชื่อ|ใส่\s?ชื่อ|เพิ่ม\s?ชื่อ|เอา\s?ชื่อ|ผูก)\s?(?:ให้\s?)?{_PERSON}"
    rf"|(?<!ได้)ให้\s?{_PERSON}"
    # "แก้สังกัดของน้องใหม่เป็นกองคลัง": someone else's unit mended
    rf"|(?:สังกัด|หน่วยงาน|หน่วย)\s?ของ\s?{_PERSON}"
)


def for_someone_else(text: str) -> bool:
    """Whether ``text`` registers someone other than the sender."""
    return ("พี่" in text or "น้อง" in text or "คุณ" in text or "ให้" in text or "ผูก" in text) and (
        _SOMEONE_ELSE_RE.search(text) is not None
    )


# A unit's name glued after the words introducing the sender ("น้องใหม่ศูนย์ไอซีที", "ตอนนี้
# อยู่กองนิติการ").
_GLUED_INTRO_RE = re.compile(
    rf"(?:(?<=ใหม่)|(?<=ฝาก)|(?<=อยู่)|(?<=จาก)|(?<=สังกัด)|(?<=ประจำ)|(?<=ทะเบียน)|(?<=เข้า))"
    rf"(?=(?:{UNIT_PREFIXES})|[\u0e01-\u0e4e]{{1,4}}\.)"
)


# Signing up for something other than a unit: a training, a seminar, an event, a run
# ("เมื่อวานไปลงทะเบียนอบรมที่ ก.พ.ร. มา", "ลงทะเบียนร่วมงานกาชาดกันยังคะ", "สมัครวิ่งกับกองกลาง"):
# the unit named after it is who holds the event, not the sender's unit.
_FOR_AN_EVENT_RE = re.compile(
    r"(?:ลงทะเบียน|สมัคร|register)\s?(?:เข้า\s?)?(?:ร่วม\s?)?(?:ไป\s?)?"
    r"(?:อบรม|สัมมนา|ประชุม|กิจกรรม|โครงการ|หลักสูตร|งาน(?!ใน|ที่|กับ|อยู่)|วิ่ง|แข่ง|สอบ|เรียน|ฟัง"
    r"|ทัศนศึกษา|ดูงาน|ตรวจสุขภาพ|ฉีดวัคซีน|ปฏิบัติธรรม|จิตอาสา|workshop|seminar|training|event)"
)


# Signing up said of other people or of an intake ("คนสมัครเยอะมาก", "ผู้สมัครเต็มแล้ว",
# "เปิดรับสมัคร", "ใบสมัคร"), or done for an exam, a course or an event named before the word
# ("สอบภาค ก. ปีนี้สมัครแล้วค่ะ", "งานวิ่งการกุศลปีนี้ผู้ลงทะเบียนเต็มแล้ว"): no one registers in a
# unit, unless one is named after the word ("อบรมเสร็จแล้ว ลงทะเบียนกองคลังด้วยค่ะ"). An intake's
# word is glued to it: "ครับ ลงทะเบียน", "ค่า ลงทะเบียน" are particles before the word.
_SIGN_UP_RE = re.compile(r"ลงทะเบียน|สมัคร|register")
_OTHERS_SIGN_UP_RE = re.compile(r"(?:(?:คน|ผู้)\s?|(?<!ค)รับ|ใบ|ยอด)(?:ลงทะเบียน|สมัคร)")
_EVENT_NAMED_RE = re.compile(
    r"(?<!ตรวจ)(?<!ทด)สอบ(?!ถาม|ทาน|สวน)|อบรม|สัมมนา|หลักสูตร|แข่ง|วิ่ง|มาราธอน|กีฬา"
    r"|exam|course|training|seminar|workshop"
)


def _signed_up_for_something_else(text: str) -> bool:
    """Whether the word of signing up in ``text`` is said of others or of an event (see
    ``_OTHERS_SIGN_UP_RE``, ``_EVENT_NAMED_RE``), no unit named after it."""
    cue = _SIGN_UP_RE.search(text)
    if cue is None or split_unit(text[cue.end() :])[0]:
        return False
    if _OTHERS_SIGN_UP_RE.search(text, max(cue.start() - 4, 0)):
        return True
    if _ASKED_TO_REGISTER_RE.search(text):
        return False  # "ดูแลหลักสูตรสอบค่ะ ขอลงทะเบียนด้วย": the sender asks to be registered
    return _EVENT_NAMED_RE.search(text, 0, cue.start()) is not None


# Asking to be registered: "ขอลงทะเบียน…", "ฝากลงทะเบียน…", "ลงทะเบียนให้ด้วย".
_ASKED_TO_REGISTER_RE = Guarded(
    re.compile(r"(?:ขอ|ฝาก|ช่วย|รบกวน)\s?(?:ลงทะเบียน|สมัคร)|(?:ลงทะเบียน|สมัคร)\s?(?:ให้|ด้วย)")
)


def _register(found: Found) -> RegisterUnit | None:
    text = found.extraction.text
    if for_someone_else(text) or _FOR_AN_EVENT_RE.search(text):
        return None
    if _signed_up_for_something_else(text):
        return None
    if (
        "ไม่" in text
        and (cannot := _CANNOT_DO_IT_RE.search(text))
        and not _SENTENCE_ENDED_RE.search(cannot[0])
    ):
        return None  # "ลงทะเบียนกองไม่เป็น": how to register, asked (help reads it)
    words_left = content(found.remainder)
    if ("เพิ่ง" in words_left or "ใช้" in words_left) and "ลงทะเบียน" in text:
        # "เพิ่งย้ายมารับงาน PMQA ของจังหวัด", "เข้าใช้งานบอท… เพิ่งเข้ากลุ่ม": the newcomer's
        # story beside a registration asked names no unit (the handler asks for one); told
        # with no word of registering ("ผมมาจาก… เพิ่งเข้าทีมครับ") it stays a greeting.
        words_left = content(_NEWCOMER_STORY_RE.sub(" ", words_left))
    # "ไม่ใช่ค่ะ หนูอยู่กองกลาง ไม่ใช่กองคลังค่ะ": the unit a card or a colleague held, denied;
    # the one told instead is asked back on a card, never stored at once.
    denied = "ใช่" in words_left and _NO_FIRST_RE.match(words_left) is not None
    if denied:
        words_left = content(_DENIED_UNIT_RE.sub(" ", _NO_FIRST_RE.sub(" ", words_left)))
    if _STANDING_AT_RE.search(text):
        return None  # "ผมอยู่หน้ากองคลังแล้วครับ", "…ที่กองคลัง รอเซ็นเอกสาร": where one stands
    if "อยู่" in text and _THERE_FOR_A_DAY_RE.search(found.original):
        return None  # "หนูอยู่กองคลังพรุ่งนี้ค่ะ": where one will be that day
    # "ลงทะเบียนกองคลังด้วยครับ เพิ่งย้ายมาจากกองกลาง": the unit left is news, never the one
    # joined (told alone it stays: "ย้ายจากกองคลังมาอยู่ ศทส.").
    unit, rest = split_unit(
        UNIT_LEFT_RE.sub(" ", words_left) if "จาก" in words_left else words_left
    )
    if unit and rest != words_left:
        unit = _ASK_GLUED_RE.sub("", unit) or unit
    if not unit and "ใหม่" in words_left:
        unit, rest = split_unit(_GLUED_INTRO_RE.sub(" ", words_left))
    if unit and not content(rest, _SELF_INTRO_EDGE):
        return RegisterUnit(unit=unit, ask=denied)
    if not unit and _NOT_NOW_RE.search(found.extraction.text):
        return None  # "เดี๋ยวค่อยลงทะเบียนนะครับ", "ยังไม่ได้ลงทะเบียนเลยค่ะ": no unit, not now
    if not unit and _DONE_ALREADY_RE.search(found.extraction.text):
        return None  # "ขอบคุณครับ ลงทะเบียนเรียบร้อยแล้ว": done, thanks for it; no unit named
    return RegisterUnit(unit=words_left, ask=denied)


# Not knowing how to register: "ลงทะเบียนกองไม่เป็น", "ไม่รู้วิธีลงทะเบียน", "สมัครไม่ถูกค่ะ"
# (never "ไม่เป็นไร", a courtesy).
_CANNOT_DO_IT_RE = re.compile(
    r"(?:ลงทะเบียน|สมัคร|register)\S*?\s?(?:\S+?\s?)?(?:ไม่\s?เป็น(?!ไร)|ไม่\s?ถูก|ไม่\s?รู้\s?วิธี)"
    r"|ไม่\s?(?:รู้|ทราบ)\s?(?:วิธี|ว่าต้อง|จะ)\s?(?:ลงทะเบียน|สมัคร|register)"
)
# A sentence ended between the registering and the "ไม่เป็น": "ลงทะเบียนกองคลังให้หน่อยค่ะ หนูทำ
# ไม่เป็น", "ลงทะเบียนกองคลังค่ะ ตอนแรกกดไม่ถูก" ask the registration, the trouble told aside.
_SENTENCE_ENDED_RE = re.compile(r"ค่ะ|คะ|ครับ|คับ|จ้า|ให้\s?(?:หน่อย|ด้วย)")
# A newcomer's story beside a registration: "เพิ่งย้ายมารับงาน PMQA ของจังหวัด", "เพิ่งถูกดึงเข้า
# กลุ่ม", "เพิ่งเข้ากลุ่มวันนี้", "(เข้า)ใช้งานบอท" (never "ย้ายมาอยู่กองคลัง": the unit joined).
_NEWCOMER_STORY_RE = re.compile(
    r"เพิ่ง\s?(?:ถูก\s?(?:ดึง|เพิ่ม|ชวน)\s?)?(?:ย้าย\s?)?(?:มา\s?)?"
    r"(?:เข้า\s?(?:กลุ่ม|ทีม|มา)|รับ\s?งาน|ดูแล|ทำ\s?งาน)"
    r"(?:\s?pmqa)?(?:\s?ของ\s?(?:จังหวัด|สำนัก|สำนักงาน|กรม|หน่วยงาน)(?!\S))?"
    r"(?:\s?(?:วันนี้|เมื่อวาน|เมื่อวานนี้))?"
    r"|(?:เข้า\s?)?ใช้\s?งาน(?:\s?(?:บอท|bot|ระบบ))?",
    re.IGNORECASE,
)
# A no said first to the card ("ไม่ใช่ค่ะ หนูอยู่กองกลาง", "ผิดครับ ผมอยู่ศทส. …"), and the unit
# it held denied after the right one ("…ไม่ใช่กองคลังค่ะ"): neither is the unit joined.
_NO_FIRST_RE = re.compile(r"^\s*(?:ไม่\s?ใช่|ผิด)(?=\s)")
_DENIED_UNIT_RE = re.compile(rf"(?<=\s)ไม่\s?ใช่\s?(?:{UNIT_PREFIXES}|[\u0e01-\u0e2e]{{1,5}}\.)\S*")
# Where the sender stands, not the unit they belong to: beside a unit's room ("อยู่หน้ากองคลัง",
# "แถว", "ข้าง", "ตรง", "ใกล้"), or there waiting ("ผมอยู่ที่กองคลังครับ รอเซ็นเอกสาร").
# (The unit right after: a place of another kind beside a registration, "ลงทะเบียนกองกลางค่ะ
# ตอนนี้อยู่หน้าห้องประชุม", keeps it.)
_STANDING_AT_RE = re.compile(
    rf"อยู่\s?(?:หน้า|แถว|ข้าง|ตรง|ใกล้)(?!ที่)\s?(?:{UNIT_PREFIXES}|[\u0e01-\u0e2e]{{1,5}}\.)"
    r"|อยู่\s?ที่\s?\S+(?:\s?(?:ครับ|ค่ะ|คะ|นะ))*\s?รอ(?!บ)"
)
# Where one is for a day or part of it: "หนูอยู่กองคลังพรุ่งนี้ค่ะ", "ผมอยู่ กค. ทั้งวันครับ".
_THERE_FOR_A_DAY_RE = re.compile(
    r"อยู่\s?\S+?\s?(?:พรุ่งนี้|วันนี้|ทั้งวัน|เช้านี้|บ่ายนี้|เย็นนี้|มะรืน|ช่วงเช้า|ช่วงบ่าย|ตอนเช้า|ตอนบ่าย)"
)
# A registration told as done, no unit named: "ลงทะเบียนเรียบร้อยแล้ว", "สมัครเสร็จแล้วค่ะ".
_DONE_ALREADY_RE = re.compile(r"(?:ลงทะเบียน|สมัคร|register)\s?(?:ได้\s?)?(?:เรียบร้อย|เสร็จ|สำเร็จ|แล้ว)")
# A registration put off, not done or not wanted, no unit named: "ไว้ลงทะเบียนทีหลังครับ",
# "พรุ่งนี้จะลงทะเบียนนะคะ", "น้องยังไม่ต้องลงทะเบียนนะ".
_NOT_NOW_RE = Guarded(
    re.compile(
        "เดี๋ยว|ค่อย|ทีหลัง|ภายหลัง|วันหลัง|ไว้ก่อน|^ไว้|พรุ่งนี้|มะรืน|เย็นนี้|บ่ายนี้|สัปดาห์หน้า|อาทิตย์หน้า|จะ|ยังไม่|ไม่|อย่า"
    )
)


def _signed_up(found: Found) -> RegisterUnit | None:
    """ "ลงชื่อเป็นคนของกองคลัง": signing up as a unit's member, only with the unit named
    (a director "ลงชื่อ" on a document registers nobody)."""
    read = _register(found)
    if read is None:
        return None
    if split_unit(read.unit)[0] == read.unit:
        return read
    # "ลงชื่อว่าอยู่ไอทีครับ": signed up as being in one word, a unit's alias the organisation's
    # data may know (settle reads it; a name it does not know is asked back).
    alias = _SIGNED_AS_RE.search(found.extraction.text) and len(read.unit.split()) == 1
    return read if alias and not _NOT_A_UNIT_RE.match(read.unit) else None


_SIGNED_AS_RE = re.compile(r"ลง\s?ชื่อ\s?ว่า\s?(?:อยู่|สังกัด|เป็นคนของ)")
# What one is said to be in that is no unit: "ลงชื่อว่าอยู่ระหว่างลา", "…ว่าอยู่ในที่ประชุม".
_NOT_A_UNIT_RE = re.compile("ระหว่าง|ใน|ที่|แล้ว|ด้วย|ครบ")


# Signed for someone else ("ลงชื่อกองคลังไว้ให้แล้วนะ", "ลงชื่อกองกลางแทนพี่ไว้แล้ว"): not the
# sender's own registration.
_FOR_SOMEONE_RE = re.compile("ไว้ให้|ให้แล้ว|แทน")


def _signed_up_alone(found: Found) -> RegisterUnit | None:
    """ "ลงชื่อ กจ. ค่า": the message opens with ลงชื่อ and names a unit, nothing else."""
    text = found.extraction.text
    if not text.lstrip().startswith("ลงชื่อ") or _FOR_SOMEONE_RE.search(text):
        return None
    if for_someone_else(text):
        return None
    # "ลงชื่อกองคลังด้วยนะครับ เพิ่งย้ายมาจากกองกลาง": the unit left is news, never the one
    # joined; the ask glued after the name is no part of it.
    unit, rest = split_unit(UNIT_LEFT_RE.sub(" ", content(found.remainder)))
    unit = _ASK_GLUED_RE.sub("", unit) or unit
    return RegisterUnit(unit=unit) if unit and not content(rest, _SELF_INTRO_EDGE) else None


# "ช่วยผูกชื่อหนูกับกองกลางด้วยนะคะ", "ลงชื่อผมเข้ากองนิติการด้วยครับ", "ใส่ชื่อผมไว้ในกองนิติการ",
# "ผูกหนูกับกองคลังให้ด้วย": one's name tied to, put in or signed into a unit is registering in
# it; the unit is what follows the last joining word (the sender may have said where they come
# from before), up to the end of its sentence ("…ด้วยครับ เพิ่งบรรจุเดือนนี้" is news). Whose
# name it is stands between ชื่อ and the joining word: the sender's own, or nobody named ("ผูก
# ชื่อพี่สมศรีกับกองกลาง" registers a colleague, who must register themselves); without ชื่อ,
# the sender ("ผูกหนูกับ…").
_TIED_RE = re.compile(
    r"(?P<verb>ผูก|ลง|ใส่|เพิ่ม|เอา)\s?(?P<name>ชื่อ)?(?P<whose>.*?)\s?"
    r"(?:เข้า\s?(?:ไป\s?)?(?:กับ|ใน|อยู่)?|ไว้\s?(?:กับ|ใน|ที่)|(?<!ำ)กับ|ใน|ให้อยู่\s?(?:ใน|กับ)?)"
    r"\s?(?P<unit>(?:(?!กับ).)+)$"
)
_OWN_NAME = frozenset(
    words(
        "ผม|หนู|ฉัน|ดิฉัน|กระผม|เรา|ตัวเอง|ของ|ช่วย|ให้|ด้วย|ที|นะ|ค่ะ|ครับ|คะ"
        # One's LINE account: "ช่วยผูกบัญชีไลน์ผมกับ…", "ผูกไอดีไลน์หนูกับ…".
        "|บัญชี|ไลน์|line|ไอดี|id|account|แอคเคาท์|แอคเคานต์|บัญชีไลน์|ไอดีไลน์"
    )
)
_SENDER_RE = re.compile("ผม|หนู|ฉัน|ดิฉัน|กระผม|ตัวเอง")
# One's own account, whoever's is not said: "ขอผูกบัญชีกับกองกลางด้วยครับ".
_ACCOUNT_RE = re.compile("บัญชี|ไอดี|account|แอคเคา")
# "…ช่วยผูกชื่อผมกับกองให้ด้วย": the sender's unit not named again, said before.
# "…ขอลงชื่อเข้าทีมด้วยค่ะ": the team joined is the sender's unit's, said before.
_ONES_UNIT = frozenset(words("กอง|หน่วย|หน่วยงาน|สังกัด|ศูนย์|กลุ่ม|ฝ่าย|สำนัก|ใหม่|ที่อยู่|ที่สังกัด|ทีม|ทีมงาน|ระบบ"))


def _name_tied(found: Found) -> RegisterUnit | None:
    text = found.extraction.text
    match = _TIED_RE.search(text)
    if match is None or asks(text, found.original):
        return None
    whose = content(match["whose"], _SELF_INTRO_EDGE | _OWN_NAME)
    # Nobody's name said: the sender's own, or their account ("ขอผูกบัญชีกับกองกลาง").
    anonymous = not match["name"] and not _SENDER_RE.search(match["whose"])
    if whose or (anonymous and not _ACCOUNT_RE.search(match["whose"])):
        return None
    said = SENTENCE_END_RE.split(match["unit"], 1)[0]
    if _BOUND_ALREADY_RE.search(said):
        return None  # "ผมผูกบัญชีกับกองคลังไว้แล้ว": told as done
    said = content(said)
    if said and not content(said, _ONES_UNIT | _SELF_INTRO_EDGE):
        unit = senders_unit(text[: match.start()])
        return RegisterUnit(unit=unit) if unit else None
    unit, rest = split_unit(said)
    if not unit or content(rest, _SELF_INTRO_EDGE):
        return None
    return RegisterUnit(unit=unit)


# Where the sender is now, when the message also says where they came from.
_NOW_RE = re.compile(r"(?:ตอนนี้|ปัจจุบัน|มาอยู่|ย้ายมา)\s?(?:อยู่|ประจำ|สังกัด)?\s?(?:ที่\s?)?$")


def senders_unit(text: str) -> str:
    """The sender's unit said in ``text``: the one unit named by its shape (not one they came
    from: "เดิมอยู่กองคลัง"), or the one said to be where they are now ("ตอนนี้อยู่ กจ."); ""
    when none, or several without one said so."""
    named: list[tuple[str, str]] = []  # each unit and the words before it
    rest = _GLUED_INTRO_RE.sub(" ", text)
    if "(" in rest:  # "จากกองนิติการ (กนต.)": the short name in brackets is the same unit
        rest = _BRACKETED_SHORT_RE.sub(" ", rest)
    while True:
        unit, left = split_unit(rest)
        if not unit:
            break
        named.append((_ASK_GLUED_RE.sub("", unit) or unit, rest[: max(rest.find(unit), 0)]))
        rest = left
    named = [(unit, before) for unit, before in named if not _BEFORE_RE.search(before)]
    if len(named) == 1:
        return named[0][0]
    now = [unit for unit, before in named if _NOW_RE.search(before)]
    return now[-1] if len(now) == 1 else ""


# The ask glued after a unit's name: "ลงทะเบียนกองนิติการให้ผมได้มั้ย".
_ASK_GLUED_RE = re.compile(r"(?<=\S{3})(?:ให้|ได้|ด้วย|หน่อย|ครับ|ค่ะ|คะ|นะ|จ้า)\S*$")
# The unit the sender was in before: "เดิมอยู่กองคลัง", "เคยอยู่…", "ย้ายมาจาก…", "โอนมาจาก…";
# "จาก" alone is where one comes from ("ชื่อฝน จากกองนิติการ").
_BEFORE_RE = re.compile(
    r"(?:เดิม|เคย|(?:ย้าย|โอน)\s?(?:มา\s?)?จาก|ออก\s?จาก)\s?(?:อยู่|ประจำ|สังกัด)?\s?(?:ที่\s?)?$"
)
# A short name in brackets after a unit's name: "กองนิติการ (กนต.)".
_BRACKETED_SHORT_RE = re.compile(r"(?<=\S)\s?\(\s?[\u0e01-\u0e4e.]{2,10}\s?\)")


# Introducing oneself by name and unit: "ผมชื่อสมชาย อยู่กลุ่มพัฒนาระบบบริหาร"; the name is
# one word of the sender's, the unit the slot.
_NAMED_MYSELF = "ผมชื่อ|ฉันชื่อ|หนูชื่อ|ดิฉันชื่อ|กระผมชื่อ|เราชื่อ"
_BELONG = "อยู่|อยู่ที่|สังกัด|มาจาก|จาก|ของ|ทำงานที่|ทำงานอยู่"


def _introduced(found: Found) -> RegisterUnit | None:
    unit, rest = split_unit(content(found.remainder))
    if not unit or not found.original.lstrip().startswith(tuple(words(_NAMED_MYSELF))):
        return None
    left = content(rest, _SELF_INTRO_EDGE).split()
    return RegisterUnit(unit=unit) if len(left) <= 1 else None


# A newcomer telling the group which unit they belong to: "สวัสดีครับ ผมชื่อต้น อยู่กองคลังครับ
# เพิ่งเข้ากลุ่ม", "น้องใหม่ค่ะ สังกัดกองนิติการ ฝากเนื้อฝากตัวด้วยนะคะ", "ผมเป็นตัวแทนทีม PMQA
# ของกองคลังคนใหม่ครับ แทนพี่อ้อยที่เกษียณไป". Said of oneself: a pronoun, or the newcomer's
# own words ("น้องใหม่ค่ะ", "ฝากเนื้อฝากตัว", "เพิ่งเข้ากลุ่ม"); the unit stands right after a word
# of belonging, with nobody else named before it ("พี่ต้นเป็นตัวแทนของกองคลังคนใหม่", "มีน้อง
# ใหม่มาอยู่กองคลัง": news of someone else).
_JOINED_LATELY = "เพิ่งเข้าทีม|เพิ่งเข้ามา|เข้าทีมใหม่|มาแทน"
# Told only as joined lately, the unit is the one the newcomer is in ("อยู่กองคลัง"), not one
# they came from ("ผมมาจากสำนักงานจังหวัด เพิ่งเข้าทีมครับ": the office, no unit joined).
_NEWCOMER_OWN_WORDS_RE = re.compile(
    "น้องใหม่|คนใหม่|เจ้าหน้าที่ใหม่|สมาชิกใหม่|เข้ากลุ่ม|ฝากตัว|ฝากเนื้อฝากตัว|ตัวแทน|บรรจุ"
    "|เป็นทีม|อยู่ทีม|อยู่ในทีม|เป็นสมาชิก|เป็นคนในทีม|เป็นผู้ประสานงาน|เป็นผู้ประสาน"
)
_NEWCOMER = (
    "น้องใหม่|คนใหม่|เจ้าหน้าที่ใหม่|สมาชิกใหม่|เพิ่งเข้ากลุ่ม|เข้ากลุ่มใหม่|ฝากเนื้อฝากตัว|ฝากตัว|ตัวแทน|เพิ่งบรรจุ|บรรจุใหม่"
    # Joined the team this year, or come to take someone's place: "สวัสดีครับ ผมชื่อต้น อยู่
    # กองคลังครับ เพิ่งเข้าทีม PMQA ปีนี้", "หนูมาแทนพี่ที่เกษียณไปค่ะ อยู่กองกลาง".
    f"|{_JOINED_LATELY}"
)
_NEWCOMER_BELONGS = "อยู่|สังกัด|ของ|จาก|ประจำ"
_OWN_NEWS_RE = re.compile(
    r"ผม|หนู|ดิฉัน|ฉัน|กระผม|ฝากเนื้อฝากตัว|ฝากตัว|เพิ่งเข้ากลุ่ม"
    r"|(?:น้องใหม่|เจ้าหน้าที่ใหม่|สมาชิกใหม่)\s?(?:ค่ะ|คะ|ครับ|นะ|จ้า)"
    # The newcomer asks to be signed up: "น้องใหม่จากกองนิติการครับ ลงชื่อไว้ก่อนนะครับ".
    r"|ลงชื่อไว้|ขอลงชื่อ|ขอลงทะเบียน|ขอเข้าทีม"
    # The newcomer greets, then says who they are: "สวัสดีครับ น้องใหม่จากกองคลังครับ".
    r"|^(?:สวัสดี|หวัดดี)\S*\s?(?:(?:ทุกคน|ทุกท่าน|พี่\s?ๆ)\S*\s?)?(?:เป็น\s?)?(?:น้องใหม่|เจ้าหน้าที่ใหม่)"
)
_SIGN_UP_ASKED_RE = re.compile(r"ลงชื่อไว้|ขอลงชื่อ|ขอลงทะเบียน|ขอเข้าทีม")
_BELONGS_BEFORE_RE = re.compile(r"(?P<word>อยู่|สังกัด|ของ|จาก|ประจำ)\s?(?:ที่\s?)?$")
# A team's own ("น้องใหม่ทีม PMQA ของ ก.พ."): the office's short name, no unit; a unit's is
# named by its kind ("ตัวแทนทีม PMQA ของกองคลัง").
_UNIT_KIND_RE = re.compile(UNIT_PREFIXES)
# Someone else before the unit: a person (not "พี่ๆ", the group greeted; not the one the sender
# stands in for, "แทนพี่อ้อย"), or a newcomer someone has ("มีน้องใหม่…").
_SOMEONE_BEFORE_RE = re.compile(
    r"(?<!แทน)(?<!แทน )(?:พี่(?!\s?ๆ)|น้อง(?!\s?ใหม่|\s?ๆ)|คุณ|เขา|เค้า|นาย|นาง)"
    r"|มี\s?(?:น้อง|คน|เจ้าหน้าที่|สมาชิก)\s?ใหม่"
)
# No unit in the newcomer's words: the team stood for ("ตัวแทนทีม…"), the group chat joined
# ("เพิ่งเข้ากลุ่ม"), the one whose place is taken ("แทนพี่อ้อยที่เกษียณไป").
_NOT_THE_UNIT_RE = re.compile(
    r"ตัวแทน\s?(?:ทีม|ทีมงาน)?|(?:เพิ่ง\s?)?เข้า\s?กลุ่ม(?:\s?(?:ไลน์|line|นี้|ใหม่))*"
    r"|แทน\s?(?:พี่|น้อง|คุณ|นาย|นาง)\S*"
)
# A unit glued after ของ ("ของกองคลัง"), "คนใหม่" glued after the unit ("กองคลังคนใหม่").
_GLUED_AROUND_RE = re.compile(
    rf"(?<=ของ)(?=(?:{UNIT_PREFIXES})|[\u0e01-\u0e4e]{{1,4}}\.)|(?<=\S)(?=คนใหม่)"
)


# Standing in for someone for a day or a meeting ("หนูมาแทนพี่ต๋อยประชุมวันนี้ค่ะ"), not taking
# over their work: no newcomer.
_STANDING_IN_RE = re.compile(r"มา\s?แทน(?!.*(?:เกษียณ|ย้าย|ลาออก)).*(?:ประชุม|วันนี้|พรุ่งนี้|ชั่วคราว)")


def _newcomer(found: Found) -> RegisterUnit | None:
    text = found.extraction.text
    if "แทน" in text and _STANDING_IN_RE.search(text):
        return None
    if not _OWN_NEWS_RE.search(text) or for_someone_else(text):
        return None
    said = _GLUED_AROUND_RE.sub(" ", _NOT_THE_UNIT_RE.sub(" ", text))
    unit = senders_unit(said)
    at = said.find(unit) if unit else -1
    belongs = _BELONGS_BEFORE_RE.search(said, 0, at) if at >= 0 else None
    if belongs is None or (belongs["word"] == "ของ" and not _UNIT_KIND_RE.match(unit)):
        return None
    if belongs["word"] in ("จาก", "ของ") and not _NEWCOMER_OWN_WORDS_RE.search(text):
        return None  # "ผมมาจากสำนักงานจังหวัด เพิ่งเข้าทีมครับ": where from, no unit joined
    if _BARE_KIND_RE.match(unit) or _SOMEONE_BEFORE_RE.search(said, 0, at):
        return None  # "ดูแลงาน PMQA ของกองค่ะ": the sender's division, not named
    # "น้องใหม่จากสำนักงานจังหวัดปทุมธานีค่ะ": where one comes from may be the organisation or
    # another office; it registers only a unit the organisation has (read loosely).
    # Where one is from, with a sign-up asked ("…ลงชื่อไว้ก่อนนะครับ"), is asked back on a card.
    came_from = belongs["word"] == "จาก"
    asked = came_from and _SIGN_UP_ASKED_RE.search(text) is not None
    # "สวัสดีค่ะ น้องใหม่จากกลุ่มงานยุทธศาสตร์ค่ะ": a place the organisation has no unit of
    # leaves the greeting it was.
    greeted = came_from and _GREETING_FIRST_RE.match(text) is not None
    return RegisterUnit(unit=unit, loose=came_from, ask=asked, greeted=greeted)


_GREETING_FIRST_RE = re.compile(r"(?:สวัสดี|หวัดดี)")


# A unit's kind alone, no unit's name: "กอง", "หน่วยงาน".
_BARE_KIND_RE = re.compile(r"(?:กอง|หน่วยงาน|หน่วย|สำนัก|ศูนย์|ฝ่าย|กลุ่ม)\s*$")
_SENDER = "ผม|ดิฉัน|หนู|ฉัน|กระผม"
# The team's coordinator is on it too: "ผมเป็นผู้ประสานงาน PMQA ของกองคลังครับ".
_ON_THE_TEAM = "เป็นทีม|อยู่ทีม|อยู่ในทีม|เป็นสมาชิกทีม|เป็นคนในทีม|เป็นผู้ประสานงาน|เป็นผู้ประสาน"


_JOINING = "เข้าทีม|เข้ากลุ่ม|ร่วมทีม|ลงชื่อ|ลงทะเบียน|ผูก|สมัคร|เป็นสมาชิก|ฝากตัว|ฝากเนื้อฝากตัว|register"
_JOINING_RE = re.compile(_JOINING.replace("|register", "|register\\b"))


def _introduced_joining(found: Found) -> RegisterUnit | None:
    """The unit said before the words of joining, one only (see ``senders_unit``)."""
    text = found.extraction.text
    join = _JOINING_RE.search(text)
    if join is None or for_someone_else(text):
        return None
    unit = senders_unit(text[: join.start()])
    return RegisterUnit(unit=unit) if unit else None


# The words of the group itself around the organisation: "ผูกกลุ่มไลน์นี้เข้ากับ สป.รง. ที",
# "ผูกกลุ่มไลน์นี้กับสำนักงาน ก.พ." (the name glued after "กับ").
_THIS_GROUP_RE = Guarded(
    re.compile(
        r"(?:กลุ่ม)?\s?(?:ไลน์|line)?\s?(?:นี้|นี่)?\s?(?:เข้า)?\s?"
        r"(?:(?:กับ|ไว้กับ|เข้ากับ)(?![\u0e31-\u0e4e])|(?:to|with)(?=\s|$))"
        r"|^\s?(?:กลุ่ม)?\s?(?:ไลน์|line)\s?(?:นี้|นี่)?(?=\s|$)"
        # The group called in English or as loaned: "bind group สำนักงบประมาณ", "bind กรุ๊ป สป.รง.".
        r"|^\s*(?:this\s)?(?:line\s)?(?:group|chat|กรุ๊ป|กลุ่ม)(?:\s?(?:ไลน์|line))?\s?(?:นี้|นี่|this)?(?=\s|$)"
    )
)


# What is said to the organisation it is bound to ("…กับสำนักงาน ก.พ.", Thai unspaced): only
# what follows the last of these names it.
_BOUND_TO_RE = Guarded(re.compile(r"(?:ไว้กับ|เข้ากับ|กับ|\bto\b|\bwith\b)\s?"))
# Asking leave or a favour before the binding: "ขออนุญาตผูกกลุ่ม…", "รบกวนผูก…".
_ASKING_RE = re.compile(r"^\s?(?:ขออนุญาต|ขอความกรุณา|รบกวน|ช่วย|ขอ)(?=\s|$)")


# The particle closing the ask: a clause after it ("…กับ สป.รง. ด้วยค่ะ เริ่มใช้บอทสัปดาห์นี้")
# is the sender's news, no part of the name.
_CLAUSE_AFTER_RE = re.compile(
    r"(?<=\S)\s+(?:ด้วย|นะ|ครับ|ค่ะ|คะ|จ้า|ค่า|หน่อย)(?:นะ|ครับ|ค่ะ|คะ|จ้า|ค่า|ผม)*\s+(?=\S)"
)


def _read_bind(found: Found) -> BindGroup | None:
    """The organisation the group is bound to, as it was typed ("Budget Bureau" keeps its
    case), without the words of the group, of joining or of asking; None when the binding is
    told as done ("กลุ่มนี้ผูกกับ สป.รง. ไว้แล้วนะ")."""
    said = found.remainder
    if _MY_ACCOUNT_RE.search(found.extraction.text):
        return None  # "ผูกไลน์ผมกับกองคลังหน่อยครับ": the sender's account, registered
    joined = list(_BOUND_TO_RE.finditer(said))
    if joined:
        said = said[joined[-1].end() :]
    said = _ASKING_RE.sub(" ", _THIS_GROUP_RE.sub(" ", said))
    # "ผูกกลุ่มกับ OCSC ให้ด้วยค่ะ กลุ่มเก่าปิดไปแล้ว": the favour's word ends the name; what
    # follows is why.
    favour = _FAVOUR_END_RE.search(said)
    if favour and content(said[: favour.start()]):
        said = said[: favour.start()]
    said = _CLAUSE_AFTER_RE.split(said, 1)[0]
    if _BOUND_ALREADY_RE.search(said):  # of the binding, not of a remark after it
        return None
    organisation = content(said)
    return BindGroup(organisation=as_typed(organisation, found.original) if organisation else "")


# The sender's own LINE tied, not a group: "ผูกไลน์ผมกับกองคลัง", "ผูกไลน์ของหนูกับ…".
_MY_ACCOUNT_RE = re.compile(
    r"ผูก\s?(?:บัญชี\s?)?(?:ไลน์|line|ไอดี|id)\s?(?:ของ\s?)?(?:ผม|หนู|ดิฉัน|ฉัน|กระผม|ตัวเอง)"
)
# Bound before now: "…ไว้แล้ว", "…ไปแล้วครับ", "…เรียบร้อยแล้ว" (a binding is stored at once).
_BOUND_ALREADY_RE = re.compile(r"(?:ไว้|ไป|เรียบร้อย|เสร็จ)\s?แล้ว")
_FAVOUR_END_RE = re.compile(r"\s(?:ให้\s?)?(?:ด้วย|หน่อย)(?=\s|$|ค่ะ|คะ|ครับ|นะ|จ้า)")


# "กลุ่มนี้เป็นของสำนักงานปลัดกระทรวงแรงงานนะคะ ช่วยเชื่อมให้ด้วย": whose group it is, then
# the ask to link it; the organisation is what stands between ของ and the ask.
# "ตั้งค่ากลุ่มไลน์นี้ให้เป็นของจ.ปทุมธานีด้วยครับ": the group set to be the organisation's;
# "…เป็นของสำนักงาน ก.พ. ขอให้ผูกกลุ่มด้วย": the ask after the name is no part of it.
# "ตั้งกลุ่มนี้เป็นของ OCSC ครับ เริ่มใช้งานบอทวันนี้": a particle standing alone ends the name,
# a remark may follow it.
_GROUP_OF_RE = re.compile(
    r"กลุ่ม\s?(?:ไลน์|line)?\s?(?:นี้|นี่)\s?(?:ให้)?\s?(?:เป็น)?\s?(?:กลุ่ม)?\s?ของ\s?(?P<org>.+?)"
    r"(?:(?:\s?(?:นะ|ครับ|ค่ะ|คะ|จ้า|ค่า|ด้วย|หน่อย))*\s*"
    r"(?=ช่วย|รบกวน|เชื่อม|ผูก|bind|ขอให้|ขอความกรุณา|กรุณา|$)"
    r"|\s(?:นะ|ครับ|ค่ะ|คะ|จ้า|ค่า|ด้วย|หน่อย)+\s)"
)


# The binding told as done, or not wanted: "…ผูกไว้แล้วนะ", "…เชื่อมไว้ตั้งแต่เดือนที่แล้ว",
# "…ไม่ต้องผูกนะ": nothing to bind now (a binding is stored at once, with no card).
_NOT_ASKED_RE = re.compile("แล้ว|ไว้|ตั้งแต่|ไม่ต้อง|อย่า|ยังไม่")


def _read_group_of(found: Found) -> BindGroup | None:
    text = found.extraction.text
    match = _GROUP_OF_RE.search(text)
    if (
        match is None
        or asks(text, found.original)
        or _NOT_ASKED_RE.search(text, match.start("org"))
    ):
        return None
    organisation = content(match["org"])
    return BindGroup(organisation=as_typed(organisation, found.original)) if organisation else None


# fmt: off
SPECS = (
    IntentSpec(BindGroup, handle_bind_group, (
        # "เพิ่งผูกกลุ่มเสร็จ": a binding done, told as the reason for something else.
        Rule(("ผูกกลุ่ม|ตั้งค่ากลุ่ม|ผูกกับ|เชื่อมกลุ่ม|bind|ผูกไลน์กลุ่ม|ผูกไลน์|เชื่อมไลน์กลุ่ม",), 900,
             _read_bind, unless="เพิ่งผูก|ผูกกลุ่มเสร็จ|ผูกเสร็จ|ผูกกลุ่มเรียบร้อย"),
        Rule(("ของ", "เชื่อม|ผูก|bind"), 901, _read_group_of),
        # "ตั้งกลุ่มนี้เป็นของ สป.รง.": the group set to be an organisation's.
        Rule(("ตั้งกลุ่ม|ตั้งให้กลุ่ม|กำหนดกลุ่ม|กำหนดให้กลุ่ม|ตั้งค่าให้กลุ่ม|ตั้งค่ากลุ่ม", "ของ"), 901,
             _read_group_of),
    )),
    IntentSpec(RegisterUnit, handle_register_unit, (
        # "I'm from Personnel Division": the sender's unit said in English.
        Rule(("ลงทะเบียน|สมัคร|register|ฉันอยู่|ผมอยู่|หนูอยู่|เราอยู่|ดิฉันอยู่|สังกัด"
              # "reg กค.คับ": registering typed short.
              "|reg|i'm from|i am from|im from|i work in|i work at|i belong to"
              "|my unit is|my division is",),
             850,
             _register,
             # an indicator registers data sets; "ทุกกองในสังกัด": the units under an office
             unless="ชุดข้อมูล|บัญชีข้อมูล|gd catalog|data catalog|กองในสังกัด|หน่วยงานในสังกัด|หน่วยในสังกัด"),
        Rule((_MOVED,), 850, _moved_myself),
        Rule(("ลงชื่อ", "เป็นคนของ|เป็นคน|ว่าอยู่|อยู่|สังกัด|ว่าเป็น"), 850, _signed_up),
        # Signing a sheet or a letter ("ลงชื่อกองคลังเข้าร่วมประชุม") registers no one.
        Rule(("ลงชื่อ",), 849, _signed_up_alone,
             # signed for a receipt ("ลงชื่อรับ…"): "รับ" alone is in every "ครับ"
             unless=f"{QUESTION}|ประชุม|เข้าร่วม|แผน|เอกสาร|หนังสือ|ชื่อรับ|รับทราบ|รับรอง|ได้รับ"
                    "|ส่ง|อนุมัติ|เห็นชอบ|ท้าย"),
        Rule(("ผูกชื่อ|ลงชื่อ|ใส่ชื่อ|เพิ่มชื่อ|เอาชื่อ|ผูกผม|ผูกหนู|ผูกดิฉัน|ผูกฉัน|ผูกกระผม|ผูกตัวเอง"
              "|ผูกบัญชี|ผูกไอดี|ผูก line|ผูก id|ผูก account|ผูกไลน์",), 851,
             _name_tied),
        # "ผมมาจากกองการเจ้าหน้าที่ครับ เพิ่งย้ายมา": the sender's unit, nothing else said.
        # Said of oneself ("มาจากกองคลังค่ะ" alone may be anyone's news, so it registers no one).
        Rule(("ผม|ดิฉัน|หนู|ฉัน|กระผม|เรา", "มาจาก|ย้ายมาจาก"), 850, _signed_up, unless=QUESTION),
        # "ผมประจำกลุ่มพัฒนาระบบบริหารครับ": the sender's post, the unit alone after it.
        Rule(("ผมประจำ|ดิฉันประจำ|หนูประจำ|ฉันประจำ|กระผมประจำ|เราประจำ",), 850, _signed_up,
             unless=QUESTION),
        Rule((_NAMED_MYSELF, _BELONG), 850, _introduced, unless=QUESTION),
        # "ขอแนะนำตัวครับ ชื่อบอย จากกลุ่มพัฒนาระบบบริหาร ขอเข้าทีมด้วยครับ": a newcomer's own
        # introduction naming their unit, then joining.
        Rule(("แนะนำตัว", _JOINING), 7643, _introduced_joining, unless=QUESTION),
        Rule((_NEWCOMER, _NEWCOMER_BELONGS), 7901, _newcomer,
             # a move told as news ("เพิ่งย้ายมาอยู่กองคลังได้สองอาทิตย์ ฝากเนื้อฝากตัว…") is
             # read by the moves' own rule
             unless=f"{QUESTION}|ไม่|ย้าย|ส่ง|แผน|คะแนน|บันทึก|รายงาน|ไฟล์|เอกสาร|กำหนด|ตัวชี้วัด"),
        # "ผมเป็นทีม PMQA ของกองกลางครับ", "ดิฉันจากกองนิติการ เพิ่งได้รับมอบหมายให้เป็นทีม PMQA
        # ค่ะ": the sender tells the unit whose team they are in, its name after a word of
        # belonging (news of someone else's, "พี่เอเป็นทีม PMQA ของกองกลาง", registers nobody).
        Rule((_SENDER, _ON_THE_TEAM), 869, _newcomer,
             unless=f"{QUESTION}|ไม่|ส่ง|แผน|คะแนน|บันทึก|รายงาน|ไฟล์|เอกสาร|กำหนด|ตัวชี้วัด|ใคร"),
        # "ตั้งค่าให้หนูเป็นคนของ กนต. นะคะ", "เปลี่ยนให้หนูเป็นคนของกองคลังนะคะ": the sender set
        # to be a unit's member, the unit alone beside it.
        Rule(("ตั้งค่าให้|ตั้งให้|ตั้งค่า|กำหนดให้|ใส่ให้|จัดให้|เปลี่ยนให้|แก้ให้|ย้ายให้",
              "เป็นคนของ|เป็นสมาชิกของ|เป็นสมาชิก|เป็นทีมของ|เป็นคนกอง"), 7641, _signed_up,
             unless=QUESTION),

    )),
)
# fmt: on


# The unit told with no word of registering (read when nothing else was, see
# ``belonging_told``): after a greeting ("สวัสดีค่ะ", "สวัสดีตอนเช้าค่ะทุกคน") and the sender's
# name ("หนูชื่อมิ้นท์"; a word alone after a greeting is as often a thing, "สวัสดีค่ะ พัสดุค่ะ
# อยู่กองคลัง", as a name, and "ชื่อไฟล์" no name at all), the sender is in the unit ("อยู่กองกลาง
# ค่ะ", "ประจำอยู่…", "เพิ่งย้ายมาอยู่…เดือนนี้ค่ะ"), after where they came from ("ย้ายมาจาก…
# ตอนนี้ประจำอยู่กองกลาง"), or is a newcomer of it ("น้องใหม่ กค. รายงานตัวค่ะ", "หนูน้องใหม่ กจ.
# ค่ะ ฝากเนื้อฝากตัวด้วย"); or asks their unit mended ("แก้สังกัดให้หน่อย ไม่ใช่ X ต้องเป็น Y").
# Where one is for now ("ตอนนี้อยู่ที่กองคลัง", "อยู่กองคลังพรุ่งนี้"), someone else's unit ("พี่
# เขาอยู่…"), a newcomer announced by another ("น้องใหม่ กค. ชื่อฝ้ายค่ะ", "…รายงานตัวด้วยนะคะ"),
# things all at a unit ("อยู่กองคลังหมดเลย") register nobody; the unit must be one the
# organisation has, told whole (RegisterUnit.loose/ask): "อยู่ศูนย์ราชการ" is a place. Whatever
# is read is asked back on a card, never stored at once.
_P = r"(?:\s?(?:ครับผม|ครับ|คับ|ค่ะ|คะ|ค่า|นะ|จ้า|จ้ะ|ฮะ|เลย))*"
_PAUSE = r"(?:\s?(?:ครับผม|ครับ|คับ|ค่ะ|คะ|ค่า|นะ|จ้า|จ้ะ|ฮะ))+"
_ME = r"(?:ผม|หนู|ดิฉัน|ฉัน|กระผม)"
_GREETING = rf"(?:(?:สวัสดี|หวัดดี)\S*(?:\s(?:ทุกคน|ทุกท่าน|พี่\s?ๆ)\S*)?{_P}\s*)"
_MY_NAME = rf"(?:{_ME}\s?ชื่อ\s?[^\s(]+?{_P}\s+)"


def _unit(n: int) -> str:
    return rf"(?P<unit{n}>[^\s(]+?(?:\s[^\s(]+?)??)"


_UNIT = _unit(0)
_FAREWELL = rf"(?:\s*(?:ฝากเนื้อฝากตัว|ฝากตัว|รายงานตัว|เพิ่งเข้ากลุ่ม)(?:ด้วย)?(?:ครับ|ค่ะ|คะ|นะ)*{_P})?"
_BELONG_RE = re.compile(
    rf"^(?:{_GREETING}{_MY_NAME}?|{_MY_NAME})?"
    rf"(?:(?P<me>{_ME})\s?)?"
    r"(?:"
    # "อยู่กองกลางค่ะ", "ประจำอยู่ฝ่ายบริหารทั่วไป กองกลางค่ะ"
    rf"(?:ประจำ\s?)?อยู่\s?{_unit(1)}{_P}"
    # "เพิ่งย้ายมาอยู่กองคลังเดือนนี้ค่ะ"
    rf"|(?:เพิ่ง\s?)?(?:ย้าย|โอน)\s?มา\s?(?:ประจำ\s?)?อยู่\s?{_unit(2)}(?:\s?(?:เดือนนี้|ปีนี้|สัปดาห์นี้))?{_P}"
    # "ย้ายมาจากสำนักงานแรงงานจังหวัดชลบุรี ตอนนี้ประจำอยู่กองกลางครับ"
    rf"|(?:เพิ่ง\s?)?(?:ย้าย|โอน)\s?มา\s?จาก\s?.+?{_P}\s+(?:ตอนนี้|ปัจจุบัน)\s?(?:ประจำ\s?)?อยู่\s?{_unit(3)}{_P}"
    # "น้องใหม่ กค. รายงานตัวค่ะ", "เป็นน้องใหม่กองการ จนท. ค่ะ ชื่อเฟิร์นนะคะ"
    rf"|(?P<newcomer>(?P<am>เป็น\s?)?น้องใหม่)\s?{_unit(4)}{_P}(?P<named>\s+ชื่อ\s?\S+?{_P})?"
    # Where one is from, told alone (as the bot asks it): "จาก กค. ค่ะ" ("มาจากกองคลังค่ะ" may
    # be anyone's news).
    rf"|(?<!มา)(?<!มา )จาก\s?{_unit(7)}{_P}"
    # The sender's name, a pause, then the unit: "ผม ต้น ครับ IT ครับ", "หนูชื่อฝนค่ะ กค. ค่ะ".
    # (only after the sender's own word, see ``belonging_told``)
    rf"|(?P<paused>(?:ชื่อ\s?)?[\u0e01-\u0e4e]{{1,8}}?{_PAUSE})\s+(?!อยู่|ประจำ|สังกัด){_unit(9)}{_P}"
    r")"
    rf"{_FAREWELL}\s*$"
)
# Where one is for now, not a unit: "อยู่กองคลังทั้งวัน", "…รอเซ็น", "…ก่อน".
_FOR_NOW_RE = re.compile(
    "^(?:ที่|ใน|หน้า|ห้อง|ชั้น|ตึก|บ้าน|มา|ทีม|ของ)|หมด|ทุก|ทั้ง|ได้|อาทิตย์|สัปดาห์|เดือน|วัน|ปี|ทั้งวัน|วันนี้|พรุ่งนี้|เช้านี้|บ่ายนี้|เย็นนี้|ตอนนี้|เดี๋ยว|ก่อน|แล้ว|ด้วย|กับ"
)
# "แก้สังกัดให้หน่อยค่ะ ไม่ใช่กองกลาง ต้องเป็นกองนิติการ", "แก้หน่วยของหนูเป็นศทส.ค่ะ ไม่ใช่กองกลาง"
_MENDED_RE = re.compile(
    rf"^(?:ช่วย|รบกวน)?\s?(?:ขอ)?\s?แก้(?:ไข)?\s?"
    rf"(?:สังกัด(?:\s?ของ\s?{_ME})?|(?:หน่วยงาน|หน่วย|กอง)\s?ของ\s?{_ME})(?:\s?ให้)?(?:\s?(?:หน่อย|ด้วย|ที))?{_P}\s*"
    rf"(?:ไม่ใช่\s?(?P<not1>\S+?){_P}\s+)?(?:ต้อง\s?)?เป็น\s?{_UNIT}{_P}"
    rf"(?:\s+ไม่ใช่\s?(?P<not2>\S+?){_P})?\s*$"
)
# In the unit now, no longer in the one before, said either way round: "ตอนนี้อยู่กองคลังแล้วนะคะ
# ไม่ได้อยู่กองกลางแล้ว", "ไม่ได้อยู่กองกลางแล้วค่ะ ตอนนี้อยู่กองคลังแล้ว" (a move, not where one
# is for now).
_NO_LONGER = (
    rf"(?:{_ME}\s?)?ไม่ได้\s?อยู่\s?(?:ที่\s?)?"
    rf"(?:(?:{UNIT_PREFIXES})\S*?|[\u0e01-\u0e2e]{{1,5}}\.\S*?)\s?แล้ว{_P}"
)
_NOW_IN = rf"(?:ตอนนี้\s?)?(?:{_ME}\s?)?(?:ย้ายมา\s?)?อยู่\s?{{unit}}\s?แล้ว{_P}"
_NO_LONGER_IN_RE = re.compile(
    rf"^(?:{_NOW_IN.format(unit=_unit(5))}\s+{_NO_LONGER}"
    rf"|{_NO_LONGER}\s+{_NOW_IN.format(unit=_unit(6))})\s*$"
)
# Not in the unit the card or the bot holds, but in another, as a correction: "ขอแก้ไขค่ะ หนู
# ไม่ได้อยู่ กค. อยู่ กก. ค่ะ", "ผมไม่ได้อยู่กองคลังครับ อยู่กองกลาง".
_NOT_IN_BUT_RE = re.compile(
    rf"^(?:(?:ขอ\s?)?แก้(?:ไข)?{_P}\s+)?(?:{_ME}\s?)?ไม่\s?ได้\s?อยู่\s?(?:ที่\s?)?"
    rf"(?:(?:{UNIT_PREFIXES})\S*?|[\u0e01-\u0e2e]{{1,5}}\.\S*?){_P}"
    rf"\s+(?:แต่\s?)?(?:{_ME}\s?)?อยู่\s?(?:ที่\s?)?{_unit(8)}{_P}\s*$"
)
# The sender's own unit put right after a no, the one held denied: "ผิดครับ ผม กนต. ไม่ใช่ กจ.",
# "ไม่ใช่ค่ะ หนูกองกลาง ไม่ใช่กองคลังค่ะ" (someone else's, "ผิดครับ พี่ต้น กนต. ไม่ใช่ กจ.", and a
# unit with no one's word, "ไม่ใช่ค่ะ กองกลาง ไม่ใช่กองคลัง", correct the card's entry).
_SELF_CORRECTED_RE = re.compile(
    rf"^(?:ผิด|ไม่ใช่)(?:\s?ๆ)?{_P}\s+{_ME}\s?(?:อยู่\s?)?(?:ที่\s?)?{_unit(10)}{_P}"
    rf"\s+ไม่ใช่\s?\S+?{_P}\s*$"
)
# In English: "I'm with the IT center", "Hi everyone, I'm Nat from the Finance Division, just
# joined this month" (not "I'm calling from…", "I'm in the…", a bare "from…"): a unit's name of
# its kind ("… division", "… center"), nothing else said of it.
_EN_UNIT = r"(?P<unit>[a-z][a-z&' ]*?\s(?:division|center|centre|bureau|group|section|unit))"
_ENGLISH_BELONG_RE = re.compile(
    r"^(?:(?:hi|hello|hey|good morning)(?:\s(?:everyone|all|team))?[ ,!.]*)?"
    rf"(?:i'm|i am|im)\s(?:(?![a-z]+ing\s)[a-z]+\s)?(?:with|from)\s(?:the\s)?{_EN_UNIT}"
    r"(?:\s?\([^)]*\))?"
    r"(?:[ ,.!]+(?:just joined|joined|new here|newly joined)[a-z ]*)?"
    # "…, please add me": the sender asks to be put on the team.
    r"(?:[ ,.!]+(?:please|pls|plz|kindly)\s(?:add|include)\sme"
    r"(?:\s(?:to|in|on)\s(?:the\s)?(?:team|group|list|bot))?)?"
    rf"[ .!]*{_P}\s*$"
)


def belonging_told(typed: str) -> RegisterUnit | None:
    """The unit a member says they belong to with no word of registering (see
    ``_BELONG_RE``), read loosely: settled, it registers only a unit the organisation has."""
    text = " ".join(marks_in_order(typed).lower().split())  # "กองการเจ้าหน้าท่ี": ที่
    text = _EMOJI_RE.sub("", text).strip()
    match = _ENGLISH_BELONG_RE.match(text)
    if match is not None:
        return RegisterUnit(unit=match["unit"], loose=True, ask=True)
    match = (
        _MENDED_RE.match(text)
        or _NO_LONGER_IN_RE.match(text)
        or _NOT_IN_BUT_RE.match(text)
        or _SELF_CORRECTED_RE.match(text)
    )
    if match is None:
        match = _BELONG_RE.match(text)
        if match is None:
            return introduced(text)
        # Entrusting oneself ("ฝากเนื้อฝากตัวด้วยนะคะ") is the newcomer's own word.
        if match["newcomer"] and not (
            match["am"]
            or _ME_RE.match(text)
            or _REPORTING_IN_RE.search(text)
            or _ENTRUSTED_SELF_RE.search(text)
        ):
            return None  # "น้องใหม่ กค. ฝากด้วยนะคะ": a newcomer announced, maybe by another
        if match["paused"] and not match["me"]:
            return introduced(text)  # "ต้น ครับ IT ครับ": no word of the sender's own
        if match["named"] and not match["am"] and not _ME_RE.match(text):
            return None  # "น้องใหม่ กค. ชื่อฝ้ายค่ะ": whose name a senior tells
    unit = next(v for k, v in match.groupdict().items() if k.startswith("unit") and v).strip()
    if " " in unit:  # "ประจำอยู่ฝ่ายบริหารทั่วไป กองกลางค่ะ": the unit among the words
        return introduced(text) or _told_as(unit, text)
    return _told_as(unit, text)


def _told_as(unit: str, text: str) -> RegisterUnit | None:
    """The unit told bare, read loosely, unless it names none (see ``belonging_told``)."""
    if _PARTICLES_ONLY_RE.fullmatch(unit):
        return None  # "สวัสดีค่ะทุกคน หนูน้องใหม่ค่ะ": a newcomer's hello, no unit named
    if _FOR_NOW_RE.search(unit) or _NOT_AN_ALIAS_RE.match(unit) or asks(text):
        return None
    if not split_unit(unit)[0] and not all(_ALIAS_RE.match(w) for w in unit.split()):
        return None
    return RegisterUnit(unit=unit, loose=True, ask=True)


# Particles alone where a unit's name stands.
_PARTICLES_ONLY_RE = re.compile(r"(?:ครับผม|ครับ|คับ|ค่ะ|คะ|ค่า|นะ|จ้า|จ้ะ|ฮะ|เลย|\s)+")
_ME_RE = re.compile(rf"^(?:{_GREETING})?{_ME}")
# A newcomer reporting in ("…รายงานตัวค่ะ"), not told to ("…รายงานตัวด้วยนะคะ").
_REPORTING_IN_RE = re.compile(r"รายงานตัว(?!\s?ด้วย)")
_ENTRUSTED_SELF_RE = re.compile(r"ฝากเนื้อฝากตัว|ฝากตัว")
_EMOJI_RE = re.compile(r"[^\u0000-\u0e7f\u2000-\u206f]|\u200d")


_BRACKETED_RE = re.compile(r"\([^)]*\)")

# A self-introduction naming exactly one unit, however it is worded: "สวัสดีครับ ผมวิชัย
# นิติกรชำนาญการ กนต. ท่าน ผอ. มอบให้มาร่วมทีม PMQA ครับ", "ผมเป็นตัวแทนกองการเจ้าหน้าที่แทน
# พี่เล็กที่เกษียณไปครับ", "มาแทนพี่ต้อมที่เกษียณครับ ประจำกองกลาง", "สวัสดีครับ ผมโอ๊ต นิติการ
# ครับ" (a unit's name without its kind). The sender speaks of themselves: a word of their own
# ("ผม", "ดิฉัน", "หนู"), a newcomer's or a successor's ("น้องใหม่", "เพิ่งบรรจุ", "มาแทน",
# "ตัวแทน", "ได้รับมอบหมาย", "ร่วมทีม"), or where they are from or in said first ("มาจาก
# ศูนย์…", "ประจำอยู่…"). Someone else's news ("ยินดีด้วยกับน้องแนน ศทส. ที่ได้บรรจุ", "น้องใหม่
# ศทส. มาสองคน"), a greeting to a unit's people ("สวัสดีครับ ทีม สงป."), the organisation's own
# name ("เป็นน้องใหม่ของ ก.พ."), work told, plans and questions register nobody. Read loosely
# and asked back on a card (settled, only one of the organisation's units is read).
_SELF_SAID_RE = re.compile(
    r"ผม|ดิฉัน|กระผม|หนู(?!\s?ๆ)|เป็น\s?น้องใหม่|เป็น\s?เจ้าหน้าที่ใหม่|เพิ่งบรรจุ|บรรจุใหม่|มาแทน|ตัวแทน|ได้รับมอบหมาย"
    r"|ได้รับแต่งตั้ง|ร่วมทีม|เข้าทีม|ฝากเนื้อฝากตัว|ฝากตัว"
    r"|ย้ายมา|โอนมา|ประจำ\s?อยู่|ประจำ\s?(?=กอง|ศูนย์|กลุ่ม|ฝ่าย|สำนัก)"
)
# After a greeting and nobody else named, where the sender is: "หวัดดีครับ พลอยครับ อยู่ กนต.
# ครับ", "สวัสดีค่าา ชื่อแนนนะคะ อยู่นิติการค่ะ".
_GREETED_THEN_IN_RE = re.compile(r"^(?:สวัสดี|หวัดดี)\S*(?:\s\S+)*?\s(?:ประจำ\s?)?อยู่")
_SOMEONE_RE = re.compile(r"พี่|น้อง(?!ใหม่)|คุณ|ท่าน")
# Told of oneself between the greeting and where one is: a name ("ชื่อนิดนะคะ"), the group just
# joined ("เพิ่งถูกเพิ่มเข้ากลุ่มค่ะ"); a thing there ("พัสดุค่ะ อยู่กองคลังค่ะ") is not.
_OF_ONESELF_RE = re.compile(r"(?<!\S)ชื่อ(?!\s?(?:ไฟล์|เรื่อง|เอกสาร))\s?\S|เข้า\s?กลุ่ม")
_NOT_INTRODUCED_RE = re.compile(
    r"ยินดี|ต้อนรับ|เขา|เค้า|ใคร|ไหน|ไหม|มั้ย|อะไร|ยังไง|เท่าไ|จะ|อยาก|ถ้า|ช่วยงาน|ไม่|ยัง|เคย|ลา(?!ง|ย)"
    r"|ส่ง|แผน|คะแนน|บันทึก|รายงาน(?!ตัว)|ไฟล์|เอกสาร|กำหนด|ตัวชี้วัด|ประชุม|ขั้นตอน|kpi|\d"
    r"|ทุก|ทั้ง|หลาย|พวก|คน(?!ใหม่)|ดึง|เดี๋ยว|\?"
    r"|(?:สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)(?:\s|$|คน|ท่าน)"
)
# Whom a greeting is said to: "ทุกคน", "ทุกท่าน", "พี่ๆ".
_AUDIENCE_RE = Guarded(re.compile(r"ทุก\s?(?:คน|ท่าน)|(?:พี่|น้อง)\s?ๆ"))
# The one succeeded, named after "แทน": "แทนพี่วิไลที่เกษียณไปค่ะ" (no unit of the sender's).
_SUCCEEDED_RE = re.compile(r"แทน\s?(?:พี่|น้อง|คุณ|ท่าน|นาย|นาง)\s?\S*")
# Where the sender came from, before where they are now ("ย้ายมาจาก…", "โอนมาจากสำนักงาน ก.พ.").
_CAME_FROM_RE = re.compile(
    r"(?:(?:ย้าย|โอน)\s?)?มา\s?จาก\s?(?:สำนักงาน|กรม|จังหวัด)?\s?\S+(?:\s[\u0e01-\u0e2e]{1,4}\.\S*)?"
)
# A section of the unit before the unit ("ฝ่ายบริหารทั่วไป กองกลาง"), the organisation after it
# ("กลุ่มพัฒนาระบบบริหาร สป.รง."): the unit alone is the slot.
_SECTION_RE = re.compile(r"ฝ่าย|งาน|แผนก")
_IN_AT_RE = re.compile(r"(?<=อยู่)\s?ที่(?=\s?\S)")
_SECTION_BEFORE_RE = re.compile(r"(?:ฝ่าย|งาน|แผนก)\S+(?=\s(?:กอง|ศูนย์|สำนัก|กลุ่ม))")
_JOINED_GROUP_RE = re.compile(r"(?:เข้า|อยู่)\s?(?:กลุ่ม|ทีม)(?:\s?(?:ไลน์|line|นี้))*")
_UNIT_CUT_RE = re.compile(r"(?:ค่ะ|คะ|ค่า|ครับผม|ครับ|คับ|นะ|จ้า|ด้วย)+$")
_UNIT_WORD_OPENING_RE = re.compile(r"^(?:ประจำ|อยู่|จาก|มาจาก|ที่)+")


@cache
def _organisations_named() -> frozenset[str]:
    known = json.loads(read_text("organisations", "names.json"))["organisations"]
    return frozenset(
        squash(name)
        for full, entry in known.items()
        for name in (full, entry.get("short_name", ""), *entry.get("aliases", ()))
        if name
    )


def introduced(text: str) -> RegisterUnit | None:
    """The one unit a sender's self-introduction names (see ``_SELF_SAID_RE``), or None."""
    said = " ".join(_AUDIENCE_RE.sub(" ", _BRACKETED_RE.sub(" ", text)).split())
    mine = _SELF_SAID_RE.search(said) or (
        _GREETED_THEN_IN_RE.match(said)
        and _OF_ONESELF_RE.search(said)
        and not _SOMEONE_RE.search(said)
    )
    if not mine or _NOT_INTRODUCED_RE.search(said) or asks(said):
        return None
    said = _GLUED_INTRO_RE.sub(" ", _SUCCEEDED_RE.sub(" ", said))
    # The unit left ("ผมเพิ่งย้ายมาจากสำนักจัดทำงบประมาณ"), the group or team joined
    # ("เพิ่งเข้ากลุ่ม"): no unit of the sender's.
    said = _JOINED_GROUP_RE.sub(" ", UNIT_LEFT_RE.sub(" ", said))
    if "ที่" in said:  # "ประจำอยู่ที่กองคลัง": where one is, no unit sent to
        said = _IN_AT_RE.sub(" ", said)
    named = _units_in(said)
    if len({squash(n) for n in named}) > 1:  # "…กองคลัง ฝ่ายบัญชี": a section of the unit
        named = [n for n in named if not _SECTION_RE.match(n)] or named
    if len({squash(n) for n in named}) > 1:  # "…กลุ่มพัฒนาระบบบริหาร สป.รง.": not the organisation
        named = [n for n in named if squash(n) not in _organisations_named()]
    if len({squash(n) for n in named}) > 1 and "จาก" in said:
        came = _units_in(_CAME_FROM_RE.sub(" ", said))
        named = [n for n in came if squash(n) not in _organisations_named()]
    if len({squash(n) for n in named}) != 1:
        return None
    unit = named[0]
    if unit.startswith(("สำนักงาน", "จังหวัด", "จ.")) or _BARE_KIND_RE.match(unit):
        return None  # an office or a province: where from, not a unit
    return RegisterUnit(unit=unit, loose=True, ask=True)


def _units_in(said: str) -> list[str]:
    """The units named in ``said`` by their shape, else the one word naming a unit without
    its kind ("นิติการ"), cut of its particles."""
    said = _SECTION_BEFORE_RE.sub(" ", said)
    named: list[str] = []
    rest = said
    while True:
        unit, rest = split_unit(rest)
        if not unit:
            break
        unit = _UNIT_CUT_RE.sub("", unit) or unit
        named.append(unit)
    if named:
        return named
    known = domain_words()
    for word in said.split():
        word = _UNIT_CUT_RE.sub("", _UNIT_WORD_OPENING_RE.sub("", word))
        if len(word) >= 3 and any(f"{kind}{word}" in known for kind in _KINDS):
            named.append(word)
    return named
