"""Very short questions (one to four words), said in the words a longer question would say.

"สมาชิกกองกลาง", "ทีม กนต.?": a unit's team named bare asks who is in it ("… มีใครบ้าง");
"เดือน ก.ย.?", "เดือนหน้ามีอะไร": a month asked alone asks what is due ("… ต้องส่งอะไร");
"ใครยัง", "แผนใครยัง": who has not sent (that); "กองคลังมีใครบ้างน้า", "ใครอยู่ HR division บ้าง",
"ใครเป็นตัวแทน PMQA ของนิติการ": a unit's people asked ("ทีม … มีใครบ้าง"); "พี่สมศรีอยู่กองไหน",
"ผมลงทะเบียนไว้กองไหนนะครับ ลืมแล้ว": the unit a person is registered in, read off the list of
who is in which unit; "รอบ 2?", "ฟอร์ม 3?": a round or a form
asked by its number alone asks what it is; "dashboard?": the desk's link asked for. One
setting is told as bare: "เตือน 5 2 1", the days before a deadline to be reminded.

Each form is matched whole and re-read as its longer question; the caller keeps the reading
only when it is what the form says (a question, or that setting; never a stored submission),
so chatter stays chatter.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from handlers.intents import (
    Deadlines,
    DeskLink,
    Intent,
    Members,
    Missing,
    ReminderSettings,
    RuleQuestion,
)
from handlers.nlu.slots import split_unit
from handlers.nlu.tokenize import domain_words

_PARTICLE = r"(?:\s?(?:คะ|ค่ะ|ครับ|คับ|นะ|อ่ะ|อะ|ล่ะ|จ้า))?"
_TEAM_RE = re.compile(r"(?:ทีม(?:งาน)?|สมาชิก(?:ทีม)?)\s?(?P<unit>[^\d\s]\S*)" + _PARTICLE)
# The month as ``extract`` masks it, alone or with "มีอะไร(บ้าง)" after it.
_MONTH_RE = re.compile(r"MONTH(?P<what>\s?(?:มีอะไร|มีไร)(?:บ้าง|มั่ง)?)?" + _PARTICLE)
_MONTH_ASKED_RE = re.compile(r"\s?(?:มีอะไร|มีไร)(?:บ้าง|มั่ง)?" + _PARTICLE + "$")
_WHO_NOT_YET_RE = re.compile(r"(?P<what>[^\s\d]\S*?)?\s?ใครยัง" + _PARTICLE)
_NUMBERED_RULE_RE = re.compile(r"(?:รอบ(?:ที่)?|(?:แบบ)?ฟอร์ม(?:ที่)?)\s?\d")
# "เตือน 5 2 1": the days before a deadline to be reminded, typed bare (told, never asked).
_REMIND_DAYS_RE = re.compile(r"เตือน\s?(?P<days>\d{1,2}(?:\s\d{1,2}){1,2})" + _PARTICLE)
# A unit's people asked without the team's word: "กองคลังมีใครบ้างน้า", "กนต.มีใครอยู่บ้าง",
# "ใครอยู่ศทส.บ้าง", "ใครเป็นตัวแทน PMQA ของนิติการ" (the unit must be one by its shape: "ใครอยู่
# ห้องประชุมบ้าง" asks no team; "กองคลังมีใครส่งบ้าง" is the history's).
_TAIL = r"(?:\s?(?:บ้าง|มั่ง))?(?:\s?(?:น้า|นะ|อะ|คะ|ค่ะ|ครับ|คับ|จ๊ะ|จ้า))*"
_UNIT_HAS_WHO_RE = re.compile(
    r"(?P<unit>\S.*?)\s?มีใคร\s?(?:อยู่\s?)?(?:(?:ใน\s?)?ทีม\s?)?(?:บ้าง|มั่ง)" + _TAIL
)
_WHO_IN_UNIT_RE = re.compile(
    r"ใคร\s?(?:อยู่\s?(?:ใน\s?)?|เป็น\s?(?:ตัวแทน|ผู้แทน)\s?(?:ทีม\s?)?(?:pmqa\s?)?(?:ของ\s?)?)"
    r"(?P<unit>\S.*?)" + _TAIL
)
# Which unit a person (or the asker) is in or registered with: "พี่สมศรีอยู่กองไหนนะคะ",
# "ผมลงทะเบียนไว้กองไหนนะครับ ลืมแล้ว", "น้องใหม่ที่เพิ่งลงทะเบียนอยู่กองไหน" ("พี่สมศรีอยู่ไหน"
# asks where she is; "ลงทะเบียนกองไหนดี" asks which to choose).
_WHOSE_UNIT_RE = re.compile(
    r"(?:พี่|น้อง|คุณ|ผม|หนู|ดิฉัน|ฉัน|กระผม)\S*?\s?(?:ที่\s?)?(?:เพิ่ง\s?)?"
    r"(?:ลงทะเบียน\s?(?:ไว้\s?)?(?:อยู่\s?|ใน\s?|กับ\s?|เข้า\s?)?|อยู่\s?|สังกัด\s?)"
    r"(?:กอง|หน่วยงาน|หน่วย|ศูนย์|ฝ่าย|กลุ่ม)\s?ไหน"
    r"(?:\s?(?:นะ|น้า|คะ|ค่ะ|ครับ|คับ|อะ))*(?:\s?ลืม\s?(?:ไป)?\s?(?:แล้ว|ละ)?(?:\s?(?:อะ|ค่ะ|คะ|ครับ|นะ))*)?"
)
_KINDS = ("กอง", "กลุ่ม", "ศูนย์", "สำนัก", "ฝ่าย")
_DESK_RE = re.compile(r"(?:dashboard|แดชบอร์ด)" + _PARTICLE)


class Longer(NamedTuple):
    """A short question's longer words, and the intent they must be read as."""

    text: str
    asks: type[Intent]


def longer(normalised: str, masked: str, marked: bool) -> Longer | None:
    """The longer question a very short message is (``masked``: as ``extract`` masks it;
    ``marked``: typed with a question mark), or None."""
    text = normalised.strip()
    if len(text.split()) > 4:
        return None
    if _DESK_RE.fullmatch(text):
        return Longer("ขอลิงก์ dashboard", DeskLink)
    team = _TEAM_RE.fullmatch(text)
    if team is not None:
        unit, rest = split_unit(team["unit"])
        return Longer(f"{text} มีใครบ้าง", Members) if unit and not rest.strip() else None
    people = _UNIT_HAS_WHO_RE.fullmatch(text) or _WHO_IN_UNIT_RE.fullmatch(text)
    if people is not None:
        unit, rest = split_unit(people["unit"])
        if unit and not rest.strip():
            return Longer(f"สมาชิก {unit}", Members)
        # "ใครเป็นตัวแทน PMQA ของนิติการ": a unit's name without its kind, one the plan knows.
        word = people["unit"].strip()
        known = domain_words()
        if " " not in word and any(f"{kind}{word}" in known for kind in _KINDS):
            return Longer(f"ทีม {word} มีใครบ้าง", Members)
        return None
    if _WHOSE_UNIT_RE.fullmatch(text):
        return Longer("ใครอยู่กองไหนบ้าง", Members)
    month = _MONTH_RE.fullmatch(masked.strip())
    if month is not None and (marked or month["what"]):
        return Longer(f"{_MONTH_ASKED_RE.sub('', text)} ต้องส่งอะไร", Deadlines)
    who = _WHO_NOT_YET_RE.fullmatch(text)
    if who is not None:
        return Longer(f"ใครยังไม่ส่ง{who['what'] or ''}", Missing)
    days = _REMIND_DAYS_RE.fullmatch(text)
    if days is not None and not marked:
        return Longer(f"เตือนก่อน {days['days']} วัน", ReminderSettings)
    if marked and _NUMBERED_RULE_RE.fullmatch(text):
        return Longer(f"{text} คืออะไร", RuleQuestion)
    return None


# Whether someone is registered in a unit yet: "น้องแนนลงทะเบียนเข้ากองนิติการเรียบร้อยหรือยังคะ",
# "พี่ต้นลงทะเบียนเข้าศทส.แล้วหรือยัง" (longer than a short ask; told, "…เรียบร้อยแล้วค่ะ", it
# asks nothing).
_REGISTERED_YET_RE = re.compile(
    r"(?:พี่|น้อง|คุณ|ผม|หนู|ดิฉัน|ฉัน|กระผม)\S*?\s?ลงทะเบียน\s?เข้า\s?(?P<unit>\S+?)\s?"
    r"(?:เรียบร้อย\s?)?(?:แล้ว\s?)?(?:หรือ\s?ยัง|รึ\s?ยัง|แล้ว\s?ยัง)(?:\s?(?:คะ|ค่ะ|ครับ|คับ|นะ))*"
)


def registered_yet(normalised: str) -> Longer | None:
    """Whether someone is registered in a unit yet, asked (see ``_REGISTERED_YET_RE``): the
    unit's members; else None."""
    asked = _REGISTERED_YET_RE.fullmatch(normalised.strip())
    if asked is None:
        return None
    unit, rest = split_unit(asked["unit"])
    return Longer(f"สมาชิก {unit}", Members) if unit and not rest.strip() else None
