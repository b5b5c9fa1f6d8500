"""Round 39 (status39): where things stand, who has not sent, the history, help, and small talk
(misses of dev_fresh139-143 on arrival).

(1) A unit's name said alone, with a particle at most ("ศทส.", "ศทส ครับ", "กองกลาง",
"กองคลังค่ะ", "ไอที"), asks where that unit stands, as an indicator named alone asks about it
(the convention adopted with dev_fresh139-143). Near misses: a unit named with other words
keeps their reading (a registration, a report, chat about the unit), a word that is only part
of a unit's name ("คลังค่ะ") and a unit the organisation does not hold name nothing.

(2) The plan's progress asked in other words: a progress report and how often
("รายงานความคืบหน้าระบบราชการ 4.0 ประจำสัปดาห์ขอค่ะ"), the plan as a whole with "progress"
("แผน 4.0 ของเรา progress กี่ %"), the result of its indicator asked of every unit ("…ของทุก
หน่วยงาน"). Near misses: the indicator's own result, score or criteria stay the indicator's.

(3) Who is behind, asked in English ("who is behind?"), is who has not sent; an indicator
behind its bar stays the indicator's. Every unit's members counted together ("…ทุกกอง
รวมกันกี่คน") name no unit. The history asked in English ("show submission history") or with
ประวัติ misspelt ("ประวัตการบันทึกยาเสพติด").

(4) Small talk: a laugh at being on the owing list again ("ฮ่าาาา กองเราติดโผค้างส่งอีกแล้ว") or
at today's date ("…ลืมไปเลยว่าวันนี้วันที่ 15 แล้ว"); thanks owed ("ต้องขอบคุณ กค. ที่ส่งไว
มากกก"), thanks with the answer named by its indicator put to use ("ได้ตัวเลขขยะไปทำสไลด์
แล้ว"), thanks with the bot's record echoed ("บันทึกเรียบร้อยแล้ว 🙏"). Near misses: a report or
a question beside the laugh or the thanks keeps its reading.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) A unit named alone.
UNITS_ALONE: list[Case] = [
    ("L", "ศทส.", "Status", {"unit": ICT}),
    ("L", "ศทส ครับ", "Status", {"unit": ICT}),
    ("L", "ศทส.ครับ", "Status", {"unit": ICT}),
    ("L", "ไอที", "Status", {"unit": ICT}),
    ("L", "กองกลาง", "Status", {"unit": "กองกลาง"}),
    ("L", "กองคลังค่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังนะคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองการเจ้าหน้าที่", "Status", {"unit": "กองการเจ้าหน้าที่"}),
]

# (1) Near misses: other words beside the name, part of a name, a unit of no one's.
NOT_UNITS_ALONE: list[Case] = [
    ("L", "อยู่กองกลางค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ลงทะเบียน กองคลัง", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองคลังโทรมาบอกว่าเงินเดือนเข้าพรุ่งนี้นะ", "Unknown", {}),
    ("L", "คลังค่ะ", "Unknown", {}),
    ("P", "กองกลาง", "Unknown", {}),
]


@readings(UNITS_ALONE + NOT_UNITS_ALONE)
def test_a_unit_named_alone_asks_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_unit_named_alone_is_read_as_a_write() -> None:
    assert unlabelled_writes(UNITS_ALONE) == []


# (2) The plan's progress asked in other words.
PLAN_PROGRESS: list[Case] = [
    ("L", "รายงานความคืบหน้าระบบราชการ 4.0 ประจำสัปดาห์ขอค่ะ", "Status", {}),
    ("L", "ขอรายงานความคืบหน้าระบบราชการ 4.0 ประจำเดือนค่ะ", "Status", {}),
    ("L", "ตอนนี้แผน 4.0 ของเรา progress กี่ % แล้วครับ", "Status", {}),
    (
        "L",
        "รบกวนสรุปผลการดำเนินงานตามตัวชี้วัดขับเคลื่อนสู่ระบบราชการ 4.0 ของทุกหน่วยงานด้วยครับ",
        "Status",
        {},
    ),
    # Near misses: the indicator's own result or criteria.
    (
        "L",
        "ตัวชี้วัดขับเคลื่อนสู่ระบบราชการ 4.0 ของเรา ได้ผลเท่าไหร่แล้วคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
    ("P", "ผลขยะเป็นยังไงบ้าง", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "เกณฑ์ตัวชี้วัด 4.0 ขอดูหน่อยครับ", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
]


@readings(PLAN_PROGRESS)
def test_the_plans_progress_asked_in_other_words_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) Who is behind, members counted together, the history in English or misspelt.
BEHIND_MEMBERS_HISTORY: list[Case] = [
    ("L", "who is behind?", "Missing", {}),
    ("L", "which units are behind?", "Missing", {}),
    ("L", "สมาชิกทีมทุกกองรวมกันกี่คน", "Members", {}),
    ("L", "สมาชิกกองคลังรวมกันกี่คน", "Members", {"unit": "กองคลัง"}),
    ("L", "show submission history", "History", {}),
    ("L", "history of submissions for กองคลัง", "History", {"unit": "กองคลัง"}),
    ("P", "ประวัตการบันทึกยาเสพติด", "History", {"indicator": "4"}),
    ("L", "ประวัดการส่ง", "History", {}),
    # Near misses: history as a subject is chat.
    ("L", "ประวัติศาสตร์ไทย", "Unknown", {}),
]


@readings(BEHIND_MEMBERS_HISTORY)
def test_behind_members_and_history_said_otherwise(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (4) Laughs and thanks.
THANKS = ("SmallTalk", {"kind": "thanks"})
LAUGH = ("SmallTalk", {"kind": "laugh"})
SMALL_TALK: list[Case] = [
    ("L", "ฮ่าาาา กองเราติดโผค้างส่งอีกแล้ว", *LAUGH),
    ("L", "ฮ่าๆๆๆๆ ลืมไปเลยว่าวันนี้วันที่ 15 แล้ว", *LAUGH),
    ("L", "ต้องขอบคุณ กค. ที่ส่งไวมากกก", *THANKS),
    ("P", "ขอบคุณค่ะ ได้ตัวเลขขยะไปทำสไลด์แล้ว", *THANKS),
    ("L", "ขอบคุณค่ะ บันทึกเรียบร้อยแล้ว 🙏", *THANKS),
    ("B", "ขอบคุณครับ บันทึกเรียบร้อยดี", *THANKS),
    # Near misses: a report or a question beside the laugh or the thanks.
    ("L", "555 วันนี้วันที่ 15 ส่งแผนแล้ว", "MarkStep", {"step": "3", "done_on": "2025-01-15"}),
    ("L", "ฮ่าๆ กองคลังค้างส่งแผนอยู่ไหม", "Status", {"unit": "กองคลัง"}),
    ("L", "ขอบคุณค่ะ บันทึกเรียบร้อยแล้ว ส่งแผนแล้วนะคะ", "MarkStep", {"step": "3"}),
]


@readings(SMALL_TALK)
def test_laughs_and_thanks(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_the_later_families_is_read_as_a_write() -> None:
    assert unlabelled_writes(PLAN_PROGRESS + BEHIND_MEMBERS_HISTORY) == []
