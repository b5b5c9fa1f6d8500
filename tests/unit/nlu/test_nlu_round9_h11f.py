"""Issue 9, round 9 (h11f): casual and slang questions about where things stand. Spoken short
forms of the question words (ไร, งัย, เปน, มั่ง, จิ, a held last letter) are written out once
by the normaliser and never become slots; months said short ("ก.ย.", "เมษาฯ"); a unit named
alone as a follow-up ("กนต.ล่ะ?") asks for its status; the team asked by head count; the
sender's own move to another unit; the weekly summary and reminders turned off casually; the
desk link asked for in a private chat."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import TODAY
from handlers.nlu.normalise import normalise
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# Spoken short forms: the question is read as its written form, with no slot of fillers.
SPOKEN: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ยังไม่ส่งไรกันมั่ง", "Missing", {}),
    ("L", "มีใครค้างส่งไรอยู่มั่งอ่ะ", "Missing", {}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้างง", "Missing", {"step": "1"}),
    ("L", "บอทๆ ใครยังไม่ส่งแผนมั่ง", "Missing", {"step": "3"}),
    ("L", "เดือนนี้ต้องส่งไรมั่ง", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "ภาพรวมเปนงัยมั่ง", "Status", {}),
    ("L", "กองคลังเปนงัยบ้างอ่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ขอสรุปหน่อยจิ", "Status", {}),
    ("P", "ยาเสพติดได้ระดับไรแล้ว", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("P", "ขยะเกณฑ์งัยอ่ะ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("B", "ตัวไหนยังไม่มีผลมั่ง", "Missing", {}),
    ("P", "ทุกตัวตอนนี้อยู่ขั้นไหนกันบ้าง", "Status", {}),
    (
        "P",
        "ขยะกะท่องเที่ยวได้เท่าไหร่แล้ว",
        "IndicatorQuery",
        {"indicator": ["2", "3"], "aspect": "result"},
    ),
    ("P", "ยาเสพติดรอดไหมปีนี้", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    (
        "O",
        "ระดับความพร้อมรัฐบาลดิจิทัลอยู่เลเวลไหน",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
]


@readings(SPOKEN)
def test_a_spoken_short_form_asks_as_its_written_form(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ขาดไรมั่ง", "ขาดอะไรบ้าง"),
        ("ภาพรวมเปนงัยบ้าง", "ภาพรวมเป็นยังไงบ้าง"),
        ("ส่งยังงัย", "ส่งยังไง"),
        ("ใครยังไม่ส่งบ้างง", "ใครยังไม่ส่งบ้าง"),
        ("ก.ย. 67 ต้องส่งไรบ้าง", "ก.ย. 67 ต้องส่งอะไรบ้าง"),
        ("ส่งแผน 12/1 แล้ว ขาดไรอีก", "ส่งแผน 12/1 แล้ว ขาดอะไรอีก"),
        ("deadlineeee", "deadline"),
    ],
)
def test_the_normaliser_writes_out_spoken_forms(typed: str, written: str) -> None:
    assert normalise(typed) == written


# With its spoken words written out and trimmed, a name two titles share but for their measure
# word (ระดับ… / คะแนน…) asks of both when no measure is asked.
def test_a_name_shared_by_two_titles_asks_both_when_no_measure_is_asked() -> None:
    both = {"indicator": ["8", "9"], "aspect": "criteria"}
    assert settled("ความพร้อมรัฐบาลดิจิทัลเกณฑ์เปนงัยอ่ะ", "O") == ("IndicatorQuery", both)
    assert settled("ความพร้อมรัฐบาลดิจิทัลได้กี่คะแนน", "O")[1]["indicator"] == "9"


@pytest.mark.parametrize(
    "text",
    ["ไม่เป็นไร", "กำไรเท่าไร", "ร่ำรวยมั่งคั่ง", "จิตใจดี", "รัฐบาลดิจิทัล", "ไรเดอร์มาส่ง", "บ้างงาน"],
)
def test_words_holding_a_spoken_form_stay(text: str) -> None:
    assert normalise(text) == text


# A unit named alone as a follow-up asks for its status; an indicator so named, its summary.
FOLLOW_UPS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังล่ะ?", "Status", {"unit": "กองคลัง"}),
    ("L", "แล้วกจ.ล่ะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ศทส.อะ?", "Status", {"unit": IT}),
    ("L", "ส่วนกองกลางล่ะคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "แล้วไอทีล่ะ", "Status", {"unit": IT}),
    ("L", "IT ล่ะครับ", "Status", {"unit": IT}),
    ("L", "กนต.ได้ระดับไหนแล้ว", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองกลางได้ระดับไรแล้วอะ", "Status", {"unit": "กองกลาง"}),
    ("P", "แล้วท่องเที่ยวล่ะ?", "IndicatorQuery", {"indicator": "3"}),
    ("P", "ขยะได้ระดับไรแล้วอ่ะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
]


@readings(FOLLOW_UPS)
def test_a_unit_named_alone_as_a_follow_up_asks_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# ("กองคลัง" alone left the list in round 39: a unit's name said alone is its status now, the
# corpus's convention since dev_fresh139-143; see test_nlu_round39_status.py.)
@pytest.mark.parametrize(
    "text", ["แล้วพรุ่งนี้ล่ะ", "ข้าวเที่ยงล่ะ?", "แล้วพี่ล่ะ", "คลัง", "โอเคนะ", "555 แล้วไงต่อ"]
)
def test_everyday_words_as_a_follow_up_ask_no_status(text: str) -> None:
    assert settled(text, "L")[0] not in ("Status", "IndicatorQuery")


# Deadlines asked casually: a month said short (ก.ย., เมษาฯ; the agency ก.พ. of its own office
# is no month), a held English word, what is near its deadline.
DEADLINES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ต.ค. ต้องส่งไรมั่ง", "Deadlines", {"month": 10}),
    ("L", "ธ.ค. ส่งไรบ้างอ่ะ", "Deadlines", {"month": 12}),
    ("L", "เม.ย.มีไรต้องส่งบ้าง", "Deadlines", {"month": 4}),
    ("L", "ก.พ. ต้องส่งไรบ้าง", "Deadlines", {"month": 2}),
    ("O", "ก.พ. ต้องส่งไรบ้าง", "Deadlines", {}),
    ("B", "ช่วงกันยาฯ มีไรต้องส่งบ้าง", "Deadlines", {"month": 9}),
    ("L", "ปลายมีนาฯ ต้องส่งอะไรมั่ง", "Deadlines", {"month": 3}),
    ("L", "deadlineee?", "Deadlines", {}),
    ("L", "อาทิตย์นี้มีไรใกล้หมดเขตมั่ง", "Deadlines", {}),
    ("L", "มีงานไรใกล้ครบกำหนดบ้างอ่ะ", "Deadlines", {}),
    # New to the work, said after the question: the asker's story.
    ("L", "ต้องส่งไรมั่งคะ เพิ่งรับช่วงต่อ", "Deadlines", {}),
    ("L", "ต้องส่งอะไรบ้างคะ เพิ่งรับงานต่อจากพี่", "Deadlines", {}),
]


@readings(DEADLINES)
def test_a_deadline_asked_casually(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# The team asked by head count or by its list.
MEMBERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังลงทะเบียนไว้กี่คนแล้ว", "Members", {"unit": "กองคลัง"}),
    ("L", "กจ.ลงทะเบียนกี่คนละ", "Members", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ทีมกองกลางมีกี่ท่านคะ", "Members", {"unit": "กองกลาง"}),
    ("L", "PMQA team ของกนต.มีกี่ท่าน", "Members", {"unit": "กองนิติการ"}),
    ("L", "ขอรายชื่อคนของกองคลังที่อยู่ในทีม PMQA", "Members", {"unit": "กองคลัง"}),
    ("L", "ขอรายชื่อ PMQA team ของ ศทส. หน่อย", "Members", {"unit": IT}),
    ("L", "ลงทะเบียนกับบอทไว้กี่คนแล้วอ่ะ", "Members", {}),
    ("L", "รายชื่อคนกองนิติการที่เป็นทีม PMQA มีใครบ้าง", "Members", {"unit": "กองนิติการ"}),
]


@readings(MEMBERS)
def test_the_team_asked_by_head_count_or_list(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text", ["ส่งรายชื่อทีม PMQA แล้วค่ะ", "ใครยังไม่ส่งรายชื่อทีม", "GD Catalog ลงทะเบียนไว้กี่ชุด"]
)
def test_sending_the_team_list_or_data_sets_is_no_member_question(text: str) -> None:
    assert settled(text, "L")[0] != "Members"


# The sender's own move to another unit registers the unit moved to (never the one left).
MOVES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "หนูย้ายมากองคลังแล้วค่ะ ลงใหม่ให้ด้วย", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ผมย้ายไปกจ.แล้วนะครับ", "RegisterUnit", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ย้ายจากกองกลางมาอยู่กองนิติการแล้วค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "ผมย้ายจาก ศทส. ไปอยู่กองคลังแล้ว เปลี่ยนให้ด้วย", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ขอเปลี่ยนหน่วยเป็นกองกลางครับ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "เปลี่ยนสังกัดเป็น กนต. ให้หน่อยค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "ขอ regis กองคลังค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "regis ศทส. ครับ", "RegisterUnit", {"unit": IT}),
]


@readings(MOVES)
def test_the_senders_own_move_registers_the_new_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "พี่สมชายย้ายไปกองคลังแล้วนะ",
        "ย้ายหน่วยยังไงคะ",
        "ย้ายไฟล์ไปโฟลเดอร์ใหม่แล้ว",
        "ผมย้ายมาจากกองคลังครับ",
    ],
)
def test_news_of_a_move_or_a_question_registers_no_one_elsewhere(text: str) -> None:
    read = settled(text, "L")
    assert read[0] != "RegisterUnit" or read[1] != {"unit": "กองนิติการ"}
    assert read != ("RegisterUnit", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"})
    if text != "ผมย้ายมาจากกองคลังครับ":
        assert read[0] != "RegisterUnit"


# Reminders turned off casually; asked as a favour they are offered back (a button), and read
# as the setting they ask for.
SETTINGS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไม่ต้องเตือนแล้วค่ะ ปิดไปเลย", "ReminderSettings", {"action": "off"}),
    ("L", "ไม่ต้องแจ้งเตือนอีกต่อไปครับ", "ReminderSettings", {"action": "off"}),
    ("L", "เลิกเตือนได้แล้ว", "ReminderSettings", {"action": "off"}),
    ("L", "ปิด weekly summary ทีครับ", "ReminderSettings", {"action": "digest_off"}),
    ("L", "ปิด weekly summary ได้มั้ย เยอะไป", "ReminderSettings", {"action": "digest_off"}),
    ("L", "เปิด weekly summary ให้ด้วย", "ReminderSettings", {"action": "digest_on"}),
    ("L", "ไม่ต้องเตือนแล้ว ปิดได้ป่ะ", "ReminderSettings", {"action": "off"}),
    ("L", "ไม่เอา weekly summary แล้วค่ะ", "ReminderSettings", {"action": "digest_off"}),
]


@readings(SETTINGS)
def test_reminders_turned_off_casually(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", ["ปิด weekly summary ได้ป่ะ รกแชท", "ไม่ต้องเตือนแล้ว ปิดได้ไหมคะ"])
def test_a_setting_asked_as_a_favour_is_offered_back(text: str) -> None:
    read = understand(text, today=TODAY)
    assert read.corrected  # the plain command, offered back as a button


@pytest.mark.parametrize("text", ["ส่งแผนแล้วนะ ไม่ต้องเตือนแล้ว", "ไม่ต้องเตือนพี่แล้วนะ เดี๋ยวส่งเอง"])
def test_no_reminder_needed_for_one_step_turns_nothing_off(text: str) -> None:
    assert settled(text, "L") != ("ReminderSettings", {"action": "off"})


# The desk link asked for in a private chat.
DESK: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งลิงก์ desk มาทางแชทส่วนตัวทีค่ะ", "DeskLink", {}),
    ("L", "ส่ง link dashboard มาทางไลน์ส่วนตัวหน่อยครับ", "DeskLink", {}),
    ("L", "ขอลิงก์แดชบอร์ดทางแชทส่วนตัวนะ", "DeskLink", {}),
    ("L", "ลิงก์ desk ส่งมาทาง inbox ได้มั้ย", "DeskLink", {}),
]


@readings(DESK)
def test_the_desk_link_asked_for_in_a_private_chat(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_colleague_sent_a_file_privately_stays_an_aside() -> None:
    assert settled("ส่งไฟล์แผนทางไลน์ส่วนตัวให้แล้วนะ", "L")[0] == "Unknown"


@pytest.mark.parametrize(
    "text",
    [
        "ลาป่วยวันนี้นะ มีไรทักไลน์",
        "ออกไปข้างนอก มีอะไรก็โทรมา",
        "ระบบ EvMIS ค้างอีกแล้ว ใครเป็นมั่ง",
        "e-Budgeting เข้าไม่ได้ ใครเป็นเหมือนกันบ้าง",
        "กะว่าจะส่งแผนพรุ่งนี้",
    ],
)
def test_chatter_in_spoken_forms_asks_nothing(text: str) -> None:
    assert settled(text, "L") == ("Unknown", {})
