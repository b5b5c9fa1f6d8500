"""The PMQA team: who is registered with the bot, per unit, and whether the unit sent its names.

"ทีม PMQA ของกองคลังมีใครบ้าง" gets a labelled answer: whose team, who is in it, and the plan's
step that asks for the team's names (found by its keywords, not by its number).
"""

from __future__ import annotations

import re

from handlers.common import milestone_indicators, missing_organisation, named_unit
from handlers.context import Context
from handlers.intent_spec import IntentSpec
from handlers.intents import Intent, Members
from handlers.nlu import resolve_step
from handlers.nlu.extract import NUM
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import (
    CHANNEL_WORDS,
    EDGE_WORDS,
    SENTENCE_END_RE,
    STATUS_WORDS,
    phrase_regex,
    phrase_search_regex,
    words,
)
from handlers.nlu.questions import asks
from handlers.nlu.slots import Found, content, split_unit
from handlers.nlu.story import purpose_tail, without_purpose
from handlers.nlu.units import units_named
from handlers.replies import Reply, text_reply
from kpi_core.ledger import effective_submissions
from kpi_core.models import Member, Organisation, SubmissionKind
from kpi_core.thai_dates import format_thai_date

# The team and the asking that frames it ("อยากได้รายชื่อ…", "ขอดูสมาชิก…"); the chat group the
# members registered in is no unit ("สมาชิกในกลุ่มที่ลงทะเบียนแล้ว").
TEAM_WORDS = frozenset(
    words(
        "ทีม|team|ทีมงาน|สมาชิก|ใน|อยู่|ใคร|บ้าง|มีใคร|รายชื่อ|อยากได้|อยากดู|ขอดู|อยากทราบ|อยากรู้"
        "|กลุ่ม|ในกลุ่ม|ลงทะเบียน|ไว้|คน|member|members"
        # Whom the bot knows: "บอทรู้จักใครบ้าง", "บอทมีชื่อใครอยู่บ้าง".
        "|รู้จัก|มีชื่อ|ชื่อ|จำ|จำได้"
        # The list asked in English ("ขอ list สมาชิกทีมทุกกองหน่อย"); the team by what it looks
        # after ("ทีมจังหวัดที่ดูแล pmqa มีใครบ้าง").
        "|list|ลิสต์|ลิส|ดูแล|ที่ดูแล|รับผิดชอบ|ที่รับผิดชอบ"
        # The team's coordinator by title: "ใครเป็นผู้ประสานงานหลักของทีม PMQA".
        "|ผู้ประสานงาน|ผู้ประสาน|ประสานงาน|คนประสานงาน|หลัก|coordinator"
    )
)
# "สมาชิกทีมทุกกองรวมกันกี่คน": every unit's members counted together name no unit.
_TEAM_EDGE = EDGE_WORDS | STATUS_WORDS | TEAM_WORDS | frozenset(("รวมกัน", "ทั้งหมดรวมกัน"))


def handle_members(intent: Members, ctx: Context) -> Reply:
    """The registered members of one unit (or of every unit) and the team step's state."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    unit_name = named_unit(org, intent.unit)
    if isinstance(unit_name, Reply):
        return unit_name
    people = ctx.ports.members.members_of(org.name, unit_name)
    whose = unit_name or org.short_name or org.name
    lines = [f"ทีม PMQA ของ{whose} ที่ลงทะเบียนกับบอท: {len(people)} คน"]
    lines += [_line(m, show_unit=unit_name is None) for m in people]
    if not people:
        lines.append("ยังไม่มีใครลงทะเบียน พิมพ์ 'ลงทะเบียน <ชื่อกอง>' เพื่อเข้าร่วม")
    if unit_name:
        lines += _team_step(ctx, org, unit_name)
    elif people and (nobody := _units_without(org, people)):
        lines.append(f"หน่วยงานที่ยังไม่มีใครลงทะเบียน: {', '.join(nobody)}")
    return text_reply("\n".join(lines))


def _units_without(org: Organisation, people: list[Member]) -> list[str]:
    """The organisation's units none of ``people`` registered for, in the plan's order."""
    registered = {m.unit for m in people}
    return [u.name for u in org.units if u.name not in registered]


def _line(member: Member, *, show_unit: bool) -> str:
    role = " (ผู้ประสานงาน)" if member.is_coordinator else ""
    unit = f" · {member.unit}" if show_unit and member.unit else ""
    return f"• {member.display_name or 'ไม่ทราบชื่อ'}{role}{unit}"


def _team_step(ctx: Context, org: Organisation, unit: str) -> list[str]:
    for indicator in milestone_indicators(org):
        step = resolve_step("รายชื่อ", indicator)
        if step is None:
            continue
        rows = ctx.ports.submissions.list(org.name, indicator_code=indicator.code)
        done = [
            r
            for r in effective_submissions(rows).values()
            if r.kind is SubmissionKind.STEP and r.step == step.number and r.unit == unit
        ]
        when = f"ส่งแล้ว {format_thai_date(done[0].done_on)}" if done and done[0].done_on else ""
        return [f"ขั้นตอนที่ {step.number} {step.name}: {when or ('ส่งแล้ว' if done else 'ยังไม่ส่ง')}"]
    return []


# The chat group itself, never a unit named กลุ่ม…: "คนในกลุ่มนี้", "สมาชิกในกลุ่มไลน์".
_CHAT_GROUP = "ในกลุ่มนี้|ในกลุ่มไลน์|ในกลุ่ม|กลุ่มนี้|ในห้องนี้|ในไลน์"
# The bot's own list, and the team the people are in ("ในระบบมีใครบ้าง", "สมาชิกที่อยู่ในทีม
# จังหวัด": the organisation's team): where the people are, no unit.
_IN_SYSTEM = "ในระบบ|ในบอท"
_CHAT_GROUP_RE = re.compile(
    phrase_regex(f"{_CHAT_GROUP}|{_IN_SYSTEM}|ที่อยู่ใน|อยู่ใน") + r"|(?<=ทีม)\s?จังหวัด"
)
# The people a list is of: "คนที่ลงทะเบียน", "ผู้ที่ลงทะเบียนไว้".
_LISTED_RE = re.compile(phrase_search_regex("คนที่|ผู้ที่|ที่ลงทะเบียน|ลงทะเบียน|ไว้|แล้ว|คน"))
# "สมาชิกทุกกองที่ลงไว้", "ที่ลงชื่อไว้": the ones put on the list, registering said short.
_PUT_DOWN_RE = re.compile(r"(?:ที่\s?)?ลง\s?(?:ชื่อ|ทะเบียน)?\s?ไว้(?:แล้ว)?")


# When the list was sent, said of it: "รายชื่อทีม PMQA ที่ส่งไปเมื่อ 29 พ.ย. มีใครบ้าง" (a day
# names no unit).
_SENT_ON_RE = re.compile(
    r"(?:ที่\s?)?(?:ส่ง|กรอก|แจ้ง|ยื่น)\s?(?:ไป|มา)?\s?(?:แล้ว\s?)?(?:เมื่อ|ตั้งแต่|ตอน)\s?(?:วันที่\s?)?"
    r"(?:DATE|MONTH)"
)


# Where the list was sent, said of it: "รายชื่อทีมที่ส่งมาใน google form มีกี่คน", "ทีมที่กรอกทาง
# ฟอร์มมีใครบ้าง" (a channel names no unit).
_SENT_THROUGH_RE = re.compile(
    r"(?:ที่\s?)?(?:(?:ส่ง|กรอก|แจ้ง|ยื่น|ลง)\s?(?:เข้า)?(?:ไป|มา)?\s?(?:แล้ว\s?)?)?(?:ใน|ทาง|ผ่าน)\s?"
    rf"(?:{CHANNEL_WORDS})"
)


# The asker new to the team ("ดิฉันเพิ่งเข้ามาช่วยทีม PMQA ค่ะ ขอดูรายชื่อสมาชิก"): no unit.
_NEWCOMER_RE = re.compile(
    r"เพิ่ง\s?(?:ย้าย|เข้า)?\s?มา(?:\s?ใหม่)?|มาใหม่|เป็นคนใหม่|เพิ่งรับ(?:งาน)?"
    # The unit's newcomer asked after ("คนใหม่ กจ. ลงชื่อเข้าทีมหรือยัง"), and the joining.
    r"|(?:คน|น้อง|เจ้าหน้าที่)\s?ใหม่(?:\s?ของ)?|ลงชื่อ"
    # Taking over from someone gone: "…เพิ่งมาแทนพี่ที่ย้ายไป", "มาแทนคนเดิมที่เกษียณ".
    r"|(?:มา\s?)?แทน\s?(?:พี่|คุณ|น้อง|คน)\S{0,20}?\s?(?:ที่\s?)?(?:ย้าย|เกษียณ|ลาออก)\S{0,6}"
)


def _without_newcomer(sentence: str) -> str:
    return _NEWCOMER_RE.sub(" ", sentence)


# The asker saying they forgot, closing the question ("…มีใครบ้างนะ ลืมไปละ"): no unit.
_FORGOT_RE = re.compile(r"ลืม\s?(?:ไป)?\s?(?:แล้ว|ละ)?(?:\s?(?:อะ|ค่ะ|คะ|ครับ|นะ|จ้า))*\s*$")


def _read_members(found: Found) -> Intent:
    remainder = found.remainder
    why = purpose_tail(found.extraction.masked)
    if why:  # "…จะทำสรุปส่งหัวหน้า": the reason's words, its cue cut out of it, name no unit
        remainder = " ".join(w for w in remainder.split() if w not in why)
    remainder = _CHAT_GROUP_RE.sub(" ", without_purpose(_NEWCOMER_RE.sub(" ", remainder)))
    remainder = _FORGOT_RE.sub(" ", remainder)  # "ทีมเรามีใครบ้างนะ ลืมไปละ"
    # "…มีใครบ้างคะ น้องใหม่อยากรู้จักทุกคน", "…มีใครบ้างคะ จะทักไปตามฟอร์ม 4": the sentence
    # after the ask says why, and names no unit unless one is in it.
    masked = found.extraction.masked
    sentences = SENTENCE_END_RE.split(masked)
    if len(sentences) > 1 and _WHO_ASKED_RE.search(sentences[0]):
        # (A newcomer's words there name no unit: "…เพิ่งมาแทนพี่ที่ย้ายไป".)
        later = [s for s in map(_without_newcomer, sentences[1:]) if split_unit(s)[0]]
        first = SENTENCE_END_RE.split(remainder)
        if len(first) == len(sentences):
            remainder = " ".join([first[0], *later])
    named = units_named(remainder)
    if named.several:  # "สมาชิกกองคลังและกองกลางมีใครบ้าง": every unit's list (settle tells)
        return Members(unit=named.words)
    rest = _PUT_DOWN_RE.sub(" ", _SENT_ON_RE.sub(" ", _SENT_THROUGH_RE.sub(" ", named.rest)))
    if remainder != found.remainder or "ลงทะเบียน" in found.extraction.masked:
        rest = _LISTED_RE.sub(" ", rest)
    return Members(unit=named.words or content(rest, _TEAM_EDGE))


_WHO_ASKED_RE = re.compile("ใคร|who|กี่คน|กี่ท่าน|ชื่ออะไร")


def _team_named_alone(found: Found) -> Intent | None:
    """The PMQA team named alone, or a unit's ("ทีม pmqa?", "pmqa team กองคลัง"): its members;
    anything else said of the team ("ทีม PMQA เข้าร่วมกิจกรรม 80%") is read by other rules."""
    alone = _TEAM_ALONE_RE.match(found.extraction.masked)
    if alone is None:
        return None
    name = alone["name"] or ""
    if _ASKED_WORD_RE.search(name):
        return None  # "ทีม PMQA ของสำนักมีใครบ้าง": asked in words, read by the rules after
    unit, rest = split_unit(name) if name else ("", "")
    if name and (not unit or content(rest)):
        return None
    return Members(unit=unit)


_ASKED_WORD_RE = re.compile(r"ใคร|กี่|ไหน|อะไร|บ้าง|มั่ง|มี|เป็น|ยัง|ส่ง|เข้า")
# The team named with nothing but a unit and a particle: "ทีม pmqa?", "PMQA team ของกองคลังครับ".
_TEAM_ALONE_RE = re.compile(
    r"^\s*(?:ทีม\s?(?:งาน\s?)?pmqa|pmqa\s?team)\s?(?:ของ\s?)?(?P<name>[^\s?]+?)?"
    r"\s?(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ)?[\s?]*$"
)


# Who in a team looks after the work, who is left in it, or whether someone is still in it
# ("ในทีมใครดูแลตัวชี้วัดบ้างคะ", "กก. ตอนนี้เหลือใครในทีมบ้าง หลังพี่เขาเกษียณไป", "พี่หน่อยที่
# ย้ายไปแล้วยังอยู่ในทีมกองนิติการไหมคะ"): the unit's people, asked; whatever else is said is
# why.
def _team_people_asked(found: Found) -> Intent | None:
    if not asks(found.extraction.text, found.original):
        return None
    return Members(unit=units_named(found.remainder).words)


def _team_asked_which(found: Found) -> Intent | None:
    """The team's people asked ("ในทีม PMQA มีพี่ๆ คนไหนบ้างคะ"), of the unit the asker names."""
    return _read_members(found) if asks(found.extraction.text, found.original) else None


# Who owns or looks after PMQA for a unit ("owner PMQA ของกค.คือใคร", "กองนิติการใครดูแลเรื่อง
# PMQA ครับ", "ใครดูแลกองนิติการอยู่คะ"): the unit's people, when nothing else is looked after
# ("ใครดูแลห้องประชุมกองคลัง", "owner งานกีฬาสีปีนี้ใครนะ": the office's business).
_OWNER_EDGE = EDGE_WORDS | frozenset(
    words(
        "pmqa|พีเอ็มคิวเอ|team|ทีม|เรื่อง|งาน|ของ|ฝั่ง|ฝ่าย|คือ|เป็น|คน|คนที่|ผู้|ที่|ตอนนี้|อยู่"
        "|หลัก|นะ|ครับ|ค่ะ|คะ|คับ|จ้า|ใคร|who|is|the|of|for"
    )
)
_PMQA_RE = re.compile(r"pmqa|พีเอ็มคิวเอ", re.IGNORECASE)
_BARE_NAME_WORDS = 1  # "ของคลัง": a unit's alias beside PMQA, settle tells


# Words glued to the unit's name: "ฝั่งกจ.", "ของกองกลางคะ".
_GLUED_OWNER_RE = re.compile(
    r"(?:(?<=ของ)|(?<=ฝั่ง))(?=\S)|(?<=\S)(?=(?:ครับ|ค่ะ|คะ|คับ|นะ|จ้า)(?:\s|$))"
)


def _read_owner(found: Found) -> Intent | None:
    named = units_named(_GLUED_OWNER_RE.sub(" ", found.remainder))
    rest = content(named.rest, _OWNER_EDGE)
    if named.words:
        return None if rest else Members(unit=named.words)
    pmqa = _PMQA_RE.search(found.extraction.text) is not None
    if pmqa and rest and len(rest.split()) == _BARE_NAME_WORDS:
        return Members(unit=rest)
    return None


def _registered_asked(found: Found) -> Intent | None:
    """Whether the people have all registered, asked ("พี่ๆ ลงครบยัง"); told ("ทุกคนลงครบแล้ว")
    it asks for nothing."""
    return _read_members(found) if asks(found.extraction.text, found.original) else None


# The bot or its list named as typed (the address "บอท…" is cut before the rules read).
_THE_BOT_RE = re.compile(r"บอท|(?<![a-z])bot(?![a-z])|ในระบบ", re.IGNORECASE)


def _read_known(found: Found) -> Intent | None:
    """Whom the bot knows ("บอทรู้จักใครบ้าง"): its members; whom anyone else knows is chat."""
    return _read_members(found) if _THE_BOT_RE.search(found.original) else None


def _members_of_a_unit(found: Found) -> Intent | None:
    """ "สมาชิก ศทส.": the word for the members and a unit's name, nothing else, is the unit's
    members."""
    named = units_named(found.remainder)
    if not named.words or named.several or content(named.rest, _TEAM_EDGE):
        return None
    return Members(unit=named.words)


def _list_for_a_purpose(found: Found) -> Intent | None:
    """ "ขอดูรายชื่อทีมทุกกองเลยครับ จะทำสรุปส่งหัวหน้า": the team's list asked, then what it is
    for; a sending in the reason sends nothing, one before it keeps its reading."""
    masked = found.extraction.masked
    why = purpose_tail(masked)
    if not why or _LIST_SENT_RE.search(masked[: len(masked) - len(why)]):
        return None
    return _read_members(found)


# The list sent or lacking, before the reason: step 1's report, or who has not sent it.
_LIST_SENT_RE = re.compile("ส่ง|แนบ|กรอก|ยื่น|ยังไม่|ค้าง|ขาด|ฟอร์ม|form")


# fmt: off
SPECS = (
    IntentSpec(Members, handle_members, (
        # Above the history's "ใครส่ง" and the indicator words ("PMQA"); below who has not sent.
        # "คนประสานของกองกลางคือใคร", "ผู้ประสานงานกองคลังชื่ออะไร": a unit's coordinator.
        Rule(("ทีม|team|ทีมงาน|สมาชิก|ผู้ประสานงาน|ผู้ประสาน|coordinator|คนประสานงาน|คนประสาน"
              "|contact|ผู้ติดต่อ|คนติดต่อ",
              "มีใคร|ใครบ้าง|ใครอยู่|members|มีกี่คน|กี่คน|มีกี่ท่าน|กี่ท่าน|ใครเป็น|ใครคือ|คือใคร"
              "|เป็นใคร|who|ชื่ออะไร|ชื่อใคร"), 720,
             _read_members),
        # "ในทีม PMQA มีพี่ๆ คนไหนบ้างคะ": the team's people asked by "which of them" (a newcomer's
        # words beside it, "หนูเพิ่งย้ายมากองคลังค่ะ", name the unit asked of).
        # "ทีม pmqa?", "PMQA team กองคลัง": the team named alone asks who is in it.
        Rule(("ทีม pmqa|pmqa team|ทีมงาน pmqa",), 725, _team_named_alone),
        Rule(("ทีม|team|ทีมงาน", "คนไหนบ้าง|ท่านไหนบ้าง|ใครไหนบ้าง"), 726, _team_asked_which,
             unless="ส่ง|กรอก|ยังไม่|ค้าง|ขาด|บันทึก|รายงาน|แผน|ผล|ตัวชี้วัด|kpi"),
        # "ขอดูว่าใครอยู่กองไหนบ้างครับ": who is in which unit, every unit's people.
        Rule(("ใครอยู่กองไหน|ใครอยู่หน่วยไหน|ใครอยู่หน่วยงานไหน|ใครอยู่ฝ่ายไหน|ใครอยู่กลุ่มไหน"
              "|ใครอยู่ศูนย์ไหน|ใครสังกัดกองไหน|ใครสังกัดหน่วยไหน|ใครสังกัดไหน|ใครสังกัดหน่วยงานไหน",),
             746, lambda _: Members(),
             unless="ส่ง|กรอก|ยังไม่|ค้าง|ขาด|บันทึก|รายงาน|แผน|ผล|ตัวชี้วัด|kpi|ถ้า|หาก"),
        # Who in a team looks after the work, is left in it or is still in it: above who has
        # not sent ("เหลือใคร…"); the plan's work named keeps the missing or the owner.
        Rule(("ในทีม", "ใครดูแล|ใครรับผิดชอบ|เหลือใคร|ยังอยู่"), 7551, _team_people_asked,
             unless="ส่ง|กรอก|ยังไม่|ค้าง|ขาด|บันทึก|รายงาน|แผน|ลงทะเบียน|ผล"),
        # "owner PMQA ของกค.คือใคร", "ใครรับผิดชอบ PMQA ของคลัง": who looks after PMQA for a
        # unit, above the indicator named by "PMQA" and the team's own words; who has not
        # sent or filled in stays the missing.
        # (One group of whole phrases: "ใคร" as a cue group of its own would file the rule
        # under half the corpus's lines in the rule index.)
        Rule(("ใครดูแล|ใครรับผิดชอบ|ใครเป็นคนดูแล|owner",), 723, _read_owner,
             unless="ส่ง|กรอก|ยังไม่|ค้าง|ขาด|บันทึก|รายงาน|ตัวชี้วัด|kpi"),
        Rule(("ผู้รับผิดชอบ|ผู้ดูแล|คนดูแล|คนรับผิดชอบ", "คือใคร|เป็นใคร"), 733, _read_owner,
             unless="ส่ง|กรอก|ยังไม่|ค้าง|ขาด|บันทึก|รายงาน|ตัวชี้วัด|kpi"),
        # "ใครยังไม่ลงทะเบียน": registering with the bot is no step of the plan (above Missing).
        Rule(("ยังไม่ลงทะเบียน|ไม่ได้ลงทะเบียน|ยังไม่ได้ลงทะเบียน|ลงทะเบียนหรือยัง|ลงทะเบียนครบ"
              "|ใครลงทะเบียน|ลงทะเบียนแล้วบ้าง|not registered",), 805, _read_members,
             # "GD Catalog ลงทะเบียนครบ 100% แล้ว": a count of datasets reached, a result.
             unless=f"ครบ {NUM}"),
        # "ทีมกองกลางมีใครบ้างคะ พี่ๆ ลงครบยัง": whether the people have all registered, "ลง"
        # said short with the people as its subject; the plan's uploads ("แผนลงครบยัง") stay.
        # (812: above the rules of 804-811, which ask with a sending or a step it never holds.)
        Rule(("ลงครบ|ลงกันครบ|ลงหมด|ลงกันหมด|ลงทะเบียนกันครบ",
              "ทีม|สมาชิก|ทุกคน|ทุกท่าน|พี่ๆ|พี่ ๆ|น้องๆ|น้อง ๆ|คนในกลุ่ม|มีใคร|ใครบ้าง"), 812,
             _registered_asked,
             unless="แผน|ผล|STEP|DIM|ส่ง|ไฟล์|เอกสาร|ข้อมูล|ระบบ|ตัวชี้วัด|คะแนน|ไดรฟ์|drive|ฟอร์ม"),
        # "คนใหม่ กจ. ลงชื่อเข้าทีมหรือยัง": whether a unit's newcomer has joined the team is its
        # members asked; a plan or a paper signed joins no one.
        Rule(("เข้าทีม", "หรือยัง|รึยัง|แล้วยัง|ยัง"), 833, _registered_asked,
             unless="แผน|ส่ง|ผอ|เอกสาร|หนังสือ|ประชุม|ไฟล์|ผล"),
        # "กค.ลงทะเบียนไว้กี่คน": how many registered is the list of them, counted.
        Rule(("ลงทะเบียน", "กี่คน|กี่ท่าน"), 805, _read_members),
        # "คนของกองนิติการที่ลงทะเบียนแล้วมีใครบ้าง": who registered, of a unit.
        Rule(("ลงทะเบียน", "มีใคร|ใครบ้าง"), 805, _read_members,
             unless="ยังไม่|ไม่ได้|ต้อง|ยังไง|อย่างไร"),
        # "ขอรายชื่อคนของกองคลังที่อยู่ในทีม PMQA": the list of a unit's team, worded apart.
        # "…จะแนบในหนังสือถึงผู้บริหาร": what the asker will do with the list, no sending of it.
        Rule(("รายชื่อ", "ทีม|team"), 711, _read_members, unless=re.compile(
            phrase_regex("ส่ง|กรอก|ยื่น|อัปโหลด|อัพโหลด|กำหนด|ครบ|ยังไม่|ค้าง|ฟอร์ม|form|ขาด|ผ่าน")
            + r"|(?<!จะ)(?<!จะ )แนบ")),
        # "ขอรายชื่อ PMQA Team ของกองคลังที่ส่งมาทาง Google Form": the list already sent, asked
        # for (sending it, "ขอส่งรายชื่อ…", is step 1's write; who has not, the missing).
        Rule(("ขอรายชื่อ|ขอดูรายชื่อ", "ทีม|team", "ที่ส่งมา|ที่ส่งไป|ที่ส่งแล้ว|ที่กรอก|ที่ลงไว้"), 717,
             _read_members, unless="ยังไม่|ค้าง|ขาด|ใคร"),
        # "ขอรายชื่อคนที่ลงทะเบียน", "รายชื่อคนในกลุ่ม": the people registered in the group.
        Rule(("รายชื่อ", f"ลงทะเบียน|{_CHAT_GROUP}"), 855, _read_members,
             unless="ส่ง|แนบ|กรอก|ยื่น|ฟอร์ม|form|ลงทะเบียนให้|ช่วยลงทะเบียน"),
        # "ประวัติ…ของกลุ่มนี้ อยากดูว่าคนก่อนบันทึกอะไร": the group's history, not its people.
        Rule(("สมาชิก|คน|ใคร", _CHAT_GROUP), 715, _read_members,
             unless="ส่ง|แนบ|กรอก|ยื่น|ยังไม่|ค้าง|ขาด|ประวัติ"),
        Rule((_IN_SYSTEM, "มีใคร|ใครบ้าง|ใครลงทะเบียน|ใครอยู่|กี่คน|กี่ท่าน"), 717, _read_members,
             unless="ส่ง|แนบ|กรอก|ยื่น|ยังไม่|ค้าง|ขาด|บันทึก|ผล"),
        # "ในกองการเจ้าหน้าที่ บอทมีชื่อใครอยู่บ้าง", "บอทรู้จักใครในกลุ่มนี้บ้าง": whom the bot
        # knows is who registered with it.
        Rule(("มีชื่อใคร|ชื่อใครบ้าง|รู้จักใคร|จำใคร|จำชื่อใคร",), 808, _read_known,
             unless="ส่ง|แนบ|กรอก|ยื่น|ยังไม่|ค้าง|ขาด|บันทึก|ผล"),
        # One's own name asked after on a unit's team ("ชื่อผมอยู่ในทีมของ กจ. หรือยังครับ"): its
        # members, above the registration the words would tell; told, it asks nothing.
        Rule(("ชื่อผม|ชื่อหนู|ชื่อดิฉัน|ชื่อฉัน|ชื่อเรา|ชื่อของผม|ชื่อของหนู|ชื่อของดิฉัน",
              "อยู่ในทีม|ในทีม|อยู่ในรายชื่อ|ในรายชื่อ|อยู่ในระบบ|ในระบบ|อยู่ในกลุ่ม"), 858,
             _registered_asked, unless="ส่ง|แนบ|กรอก|ยื่น|ยังไม่|ค้าง|ขาด|บันทึก|ผล"),
        # "กองคลังมีใครลงชื่อกับบอทแล้วบ้าง", "ศทส.ลงชื่อในบอทกี่คน": signed up with the bot is
        # registered (a sheet signed at a meeting is no list of the bot's).
        Rule(("ลงชื่อ", "บอท|bot|ในระบบ", "ใคร|กี่คน|กี่ท่าน"), 806, _read_members,
             unless="ส่ง|แนบ|กรอก|ยื่น|ยังไม่|ไม่ได้|ค้าง|ขาด|ประชุม|เข้าร่วม|ต้อง|ยังไง|อย่างไร"),
        # "ขอดูรายชื่อทีมทุกกองเลยครับ จะทำสรุปส่งหัวหน้า": the list asked, then what it is for
        # (a sending in the reason sends nothing; the list sent stays step 1's write).
        Rule(("ขอรายชื่อ|ขอดูรายชื่อ", "ทีม|team|สมาชิก"), 727, _list_for_a_purpose),
        # "@PMQA Bot สมาชิก ศทส.": the members' word and a unit alone.
        Rule(("สมาชิก",), 707, _members_of_a_unit),
        Rule(("สมาชิกทีม|สมาชิกในทีม|สมาชิก pmqa|รายชื่อสมาชิก|members|member list",), 710,
             _read_members, unless="ถ้า|หาก|สมมติ"),  # "ถ้าสมาชิกทีมลาป่วย…": a case supposed
        # One or two words asking for the team: "สมาชิกทั้งหมด", "member list ค่ะ" (read as
        # "รายชื่อ"), "ขอดูสมาชิก"; nothing else in the message.
        Rule(("สมาชิก|สมาชิกทั้งหมด|รายชื่อ|รายชื่อทั้งหมด|ดูสมาชิก|ขอดูสมาชิก|ดูสมาชิกทั้งหมด"
              "|ขอดูสมาชิกทั้งหมด|ดูรายชื่อ|ขอดูรายชื่อ",), 709, _read_members, whole=True),
        # "ขอรายชื่อทีม PMQA ทั้งหมด" asks for the team; sending its list is step 1's write.
        Rule(("รายชื่อทีม|รายชื่อคนในทีม|รายชื่อ pmqa team|รายชื่อทีมงาน|รายชื่อผู้ประสานงาน"
              "|รายชื่อผู้ประสาน",), 712, _read_members,
             # "…ว่ารายชื่อทีมของ กจ. ผ่านเรียบร้อย": the list's check told, step 1's write.
             unless="ส่ง|แนบ|กรอก|ยื่น|อัปโหลด|อัพโหลด|กำหนด|ครบ|ยังไม่|ค้าง|ฟอร์ม|form|ผ่าน"),
    )),
)
# fmt: on
