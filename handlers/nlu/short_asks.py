"""Very short questions (one to four words), said in the words a longer question would say.

"สมาชิกกองกลาง", "ทีม กนต.?": a unit's team named bare asks who is in it ("… มีใครบ้าง");
"เดือน ก.ย.?", "เดือนหน้ามีอะไร": a month asked alone asks what is due ("… ต้องส่งอะไร");
"ใครยัง", "แผนใครยัง": who has not sent (that); "รอบ 2?", "ฟอร์ม 3?": a round or a form
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

_PARTICLE = r"(?:\s?(?:คะ|ค่ะ|ครับ|คับ|นะ|อ่ะ|อะ|ล่ะ|จ้า))?"
_TEAM_RE = re.compile(r"(?:ทีม(?:งาน)?|สมาชิก(?:ทีม)?)\s?(?P<unit>[^\d\s]\S*)" + _PARTICLE)
# The month as ``extract`` masks it, alone or with "มีอะไร(บ้าง)" after it.
_MONTH_RE = re.compile(r"MONTH(?P<what>\s?(?:มีอะไร|มีไร)(?:บ้าง|มั่ง)?)?" + _PARTICLE)
_MONTH_ASKED_RE = re.compile(r"\s?(?:มีอะไร|มีไร)(?:บ้าง|มั่ง)?" + _PARTICLE + "$")
_WHO_NOT_YET_RE = re.compile(r"(?P<what>[^\s\d]\S*?)?\s?ใครยัง" + _PARTICLE)
_NUMBERED_RULE_RE = re.compile(r"(?:รอบ(?:ที่)?|(?:แบบ)?ฟอร์ม(?:ที่)?)\s?\d")
# "เตือน 5 2 1": the days before a deadline to be reminded, typed bare (told, never asked).
_REMIND_DAYS_RE = re.compile(r"เตือน\s?(?P<days>\d{1,2}(?:\s\d{1,2}){1,2})" + _PARTICLE)
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
