"""Issue 9, round 18 (the integrator's): a greeting opening a message and thanks closing it
are manners around what is said, not what is said. "สวัสดีค่ะ สถานะ", "ตัวชี้วัดที่ 3
ขอบคุณค่ะ", "ยืนยัน ขอบคุณครับ" were read as small talk or not at all, and "กองคลังส่งแผน
แล้วบ่ ขอบคุณค่ะ" as a step sent (the question's ending was no longer last). Found by reading
every development message again with courtesy around it (bench/bench_invariance.py)."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import settled

# What is said, and what it means.
CORES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "สถานะ", "Status", {}),
    ("L", "ยืนยัน", "Confirm", {}),
    ("L", "ยกเลิก", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ", "Cancel", {}),
    ("L", "ขั้นตอนที่ 3", "Deadlines", {"step": "3"}),
    ("P", "ตัวชี้วัดที่ 3", "IndicatorQuery", {"indicator": "3"}),
    ("L", "ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "กองคลังส่งแผนแล้วบ่", "Status", {"unit": "กองคลัง"}),
    ("L", "แล้วกองกลางล่ะ ส่งแผนยัง", "Status", {"unit": "กองกลาง"}),
    ("L", "สมาชิกทีม PMQA ของไอที", "Members", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("P", "ขยะ 52.3", "SubmitValue", {"indicator": "2", "value": "52.3", "raw_value": "52.3"}),
    # Replies to the card, whose reading the courtesy pulled elsewhere.
    ("L", "ไม่ต้องบันทึกค่ะ", "Cancel", {}),
    ("L", "ยกเลิกคำสั่งนี้ครับ ไม่ต้องบันทึก", "Cancel", {}),
    ("L", "ถูกต้องค่ะ บันทึกเลย", "Confirm", {}),
    # A go-ahead, thanks beside it or not (round 40: "ได้เลยค่ะ ขอบคุณค่ะ" is labelled Confirm).
    ("L", "ได้เลยครับ", "Confirm", {}),
    ("L", "ไม่ใช่ขั้นตอนที่ 3 ค่ะ เป็นขั้นตอนที่ 4", "MarkStep", {"step": "4"}),
]
# Courtesy around it: a greeting first, thanks last, or both.
AROUND = [
    "สวัสดีค่ะ {}",
    "สวัสดีครับ น้องบอท {}",
    "อรุณสวัสดิ์ครับ {}",
    "hello ค่ะ {}",
    "{} ขอบคุณค่ะ",
    "{} ขอบคุณมากครับ",
    "{} thank you ครับ",
    "สวัสดีค่ะ {} ขอบคุณล่วงหน้าค่ะ",
]


# Courtesy with nothing else said, or with only more courtesy: still small talk.
SMALL_TALK = [
    ("สวัสดีค่ะ", "greeting"),
    ("สวัสดีค่ะ น้องบอท", "greeting"),
    ("สวัสดีค่ะ ทุกท่าน", "greeting"),
    ("สวัสดีค่ะ ขอสอบถามหน่อยนะคะ", "greeting"),
    ("สวัสดีปีใหม่ค่ะ ขอให้ทุกท่านมีความสุข", "greeting"),
    ("ขอบคุณค่ะ", "thanks"),
    ("ขอบคุณที่ช่วยสรุปให้นะคะ", "thanks"),
    ("ขอบคุณค่ะ จะรีบส่งนะคะ", "thanks"),
    ("ok ขอบคุณค่ะ", "thanks"),
    ("รับทราบค่ะ ขอบคุณค่ะ", "thanks"),
    ("morning ค่าา", "greeting"),
    ("ขอบคุณครับ เดี๋ยวผมสรุปส่งผอ.ต่อ ขอบคุณค่ะ", "thanks"),
    ("สวัสดีครับ ผมเพิ่งย้ายมาดูตัวชี้วัดของสำนัก", "greeting"),
    ("อรุณสวัสดิ์ค่ะ ทีมตัวชี้วัดปทุมธานี", "greeting"),
]


@pytest.mark.parametrize(("text", "kind"), SMALL_TALK)
def test_courtesy_alone_is_small_talk(text: str, kind: str) -> None:
    intent, slots = settled(text)
    assert intent == "SmallTalk"
    assert slots.get("kind", "ack") in {kind, "ack"}


# A question inside courtesy is never stored, whatever closes it.
QUESTIONS = [
    "กองคลังส่งแผนแล้วบ่ ขอบคุณค่ะ",
    "ไอทีส่งรายงานผลยังคะ ขอบคุณค่ะ",
    "สวัสดีค่ะ กองกลางส่งแผนหรือยัง ขอบคุณค่ะ",
    "ขยะที่ส่งไปเป็น 53.8 ใช่ไหมคะ ขอบคุณค่ะ",
    "ส่งแผนทางอีเมลได้มั้ยคะ ขอบคุณค่ะ",
    "กองคลังส่งแผนแล้วเหรอ ขอบคุณครับ",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_closed_with_thanks_is_no_write(text: str) -> None:
    assert category(*settled(text, "P" if "ขยะ" in text else "L")) != "write"


# Thanks to colleagues or for something done stay theirs; a report stays a report.
KEPT = [
    ("L", "ขอบคุณพี่ๆ ที่มาช่วยงานสัมมนาเมื่อวานนะคะ", "Unknown", {}),
    ("L", "กองคลังส่งแผนแล้วนะคะ ขอบคุณค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "สวัสดีค่ะ ส่งแผนแล้วค่ะ", "MarkStep", {"step": "3"}),
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), KEPT, ids=[k[1] for k in KEPT])
def test_what_courtesy_stands_beside_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A polite opening of a question ("รบกวนสอบถามหน่อยค่ะ …", "ขอสอบถามค่ะ …") or the bot called
# first ("น้องบอท …") says how the message is put, not what it asks.
OPENED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กนต.ล่ะ?", "Status", {"unit": "กองนิติการ"}),
    ("L", "สมาชิกทั้งหมด", "Members", {}),
    ("L", "ศทส ตอนนี้ครบยังง", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "สถานะ", "Status", {}),
    ("L", "ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("P", "ตัวชี้วัดที่ 3", "IndicatorQuery", {"indicator": "3"}),
]
OPENINGS = [
    "รบกวนสอบถามหน่อยค่ะ {}",
    "ขอสอบถามค่ะ {}",
    "สอบถามหน่อยครับ {}",
    "น้องบอท {}",
    "บอทจ๋า {}",
    "น้องบอท รบกวนสอบถามหน่อยค่ะ {}",
]


# Each message of a table with each of its manners around it.
WRAPPED = [
    pytest.param(org, core, intent, slots, manners, id=f"{core}|{manners}")
    for table, wrappers in ((CORES, AROUND), (OPENED, OPENINGS))
    for org, core, intent, slots in table
    for manners in wrappers
]


@pytest.mark.parametrize(("org", "core", "intent", "slots", "manners"), WRAPPED)
def test_manners_around_a_message_leave_its_reading(
    org: str, core: str, intent: str, slots: dict[str, Any], manners: str
) -> None:
    assert settled(core, org) == (intent, slots)  # the table itself
    assert settled(manners.format(core), org) == (intent, slots)


# What follows an opening that asks is asked, never stored; the bot called before a report
# leaves the report.
@pytest.mark.parametrize(
    "text",
    [
        "รบกวนสอบถามหน่อยค่ะ กองคลังส่งแผนแล้ว",
        "ขอสอบถามค่ะ ขยะ 52.3",
        "สอบถามหน่อยครับ ส่งแผนทางเมลแล้ว",
    ],
)
def test_what_follows_an_asking_opening_is_never_stored(text: str) -> None:
    assert category(*settled(text, "P" if "ขยะ" in text else "L")) != "write"


def test_the_bot_called_before_a_report_leaves_the_report() -> None:
    assert settled("น้องบอท กองคลังส่งแผนแล้วค่ะ") == ("MarkStep", {"step": "3", "unit": "กองคลัง"})
    assert settled("น้องบอท ผมชื่อสมชาย อยู่ กก. ครับ") == ("RegisterUnit", {"unit": "กองกลาง"})
