"""Round 31 (short9): very short questions, of one to four words.

A unit's team or members named bare ("สมาชิกกองกลาง", "ทีม กนต.?") asks who is in it; a month
asked alone ("เดือน ก.ย.?", "เดือนหน้ามีอะไร") asks its deadlines; "ใครยัง" (with what is owed
before it, "แผนใครยัง") asks who has not sent; a round or a form asked by its number alone
("รอบ 2?", "ฟอร์ม 3?") asks the rule; "dashboard?" asks for the desk's link; a name alone with
a question mark ("ไอที?", "โอนงบ?") asks its status or summary. Short messages are risky: the
same words told (not asked) keep their write, and everyday words stay chatter. None of the
questions is read as a write.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) A unit's team or members named bare: who is in it.
MEMBERS: list[Case] = [
    ("L", "สมาชิกกองกลาง", "Members", {"unit": "กองกลาง"}),
    ("L", "ทีม กนต.?", "Members", {"unit": "กองนิติการ"}),
    ("L", "สมาชิก ศทส.", "Members", {"unit": IT}),
    # Near misses: the team's attendance told is the step's write; a team's chatter is nothing.
    ("L", "ทีมเข้าประชุม 92%", "MarkStep", {"step": "2", "value": "92"}),
    ("L", "ทีมชาติแข่งคืนนี้", "Unknown", {}),
]
# (2) A month asked alone: its deadlines.
MONTHS: list[Case] = [
    ("L", "เดือน ก.ย.?", "Deadlines", {"month": 9}),
    ("L", "เดือนหน้ามีอะไร", "Deadlines", {"month": 2}),
    # Near miss: next month's plans of anyone's are chatter.
    ("L", "เดือนหน้าไปเที่ยวไหนดี", "Unknown", {}),
]
# (3) Who has not sent, in two words.
MISSING: list[Case] = [
    ("L", "ใครยัง", "Missing", {}),
    ("L", "แผนใครยัง", "Missing", {"step": "3"}),
    ("L", "ใครยังอยู่ออฟฟิศบ้าง", "Unknown", {}),
]
# (4) A round or a form asked by its number alone; the desk's link.
RULES: list[Case] = [
    ("L", "รอบ 2?", "RuleQuestion", {"topic": "round"}),
    ("L", "ฟอร์ม 3?", "RuleQuestion", {"topic": "form"}),
    ("O", "dashboard?", "DeskLink", {}),
    # Near miss: the form told sent is the step's write.
    ("L", "ฟอร์ม 3 ส่งแล้ว", "MarkStep", {"step": "3"}),
]
# (5) A name alone with a question mark: a unit's status, an indicator's summary.
NAMES: list[Case] = [
    ("L", "ไอที?", "Status", {"unit": IT}),
    ("B", "โอนงบ?", "IndicatorQuery", {"indicator": "3"}),
    ("P", "e-serv ผ่าน?", "IndicatorQuery", {"indicator": "5", "aspect": "tier"}),
    # Near misses: an everyday word asked back is chatter.
    ("L", "จริง?", "Unknown", {}),
    ("L", "กินข้าวยัง?", "Unknown", {}),
]
# (6) The days to be reminded told bare: the setting; asked, it is offered, not set.
REMINDERS: list[Case] = [
    ("L", "เตือน 5 2 1", "ReminderSettings", {"action": "set", "days": [5, 2, 1]}),
    ("L", "เตือน 5 2 1?", "Unknown", {}),
]
ALL = MEMBERS + MONTHS + MISSING + RULES + NAMES


@readings(MEMBERS)
def test_a_units_team_named_bare_asks_its_members(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MONTHS)
def test_a_month_asked_alone_asks_its_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MISSING)
def test_who_has_not_yet_in_two_words_asks_who_is_missing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RULES)
def test_a_round_or_form_by_its_number_asks_the_rule(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NAMES)
def test_a_name_alone_with_a_question_mark_asks_of_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REMINDERS)
def test_the_days_to_be_reminded_told_bare_set_them(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
