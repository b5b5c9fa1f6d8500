"""Round 14 (r14g): Thai typed forms that look alike on screen (a tone mark typed before its
vowel, nikhahit + tone + sara aa, two sara e), a question relayed for someone ("หัวหน้าฝากถาม
ว่า…"); months and steps in deadline questions (a spoken month alone, the results sent by the
plan, a month the asker guesses); time words in writes ("เมื่อกี้", "ปีที่แล้ว"); and chatter
between people (another body's documents sent to a colleague)."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import stores
from handlers.nlu.evaluation import TODAY
from handlers.nlu.normalise import normalise
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (A) The same word typed with other code points; a question asked for someone else.
LOOK_ALIKE = [
    ("คะเเนนรวม", "คะแนนรวม"),
    ("ท\u0e48\u0e35", "ที่"),  # tone mark typed before sara ii
    ("น\u0e4d\u0e49\u0e32", "น้ำ"),  # nikhahit, tone, sara aa
    ("จ\u0e4d\u0e32นวน", "จำนวน"),
    ("ส่\u0e48งแผน", "ส่งแผน"),  # a tone mark typed twice
    ("ด\u0e35\u0e35มาก", "ดีมาก"),
    ("ก\u0e49\u0e38ม", "กุ้ม"),  # tone mark before a below vowel
]


@pytest.mark.parametrize(("typed", "meant"), LOOK_ALIKE, ids=[t for t, _ in LOOK_ALIKE])
def test_look_alike_forms_read_as_the_word(typed: str, meant: str) -> None:
    assert normalise(typed) == normalise(meant)


RELAYED_AND_TYPED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "หัวหน้าฝากถามว่ากองคลังได้กี่คะเเนนแล้วคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ผอ.ให้ถามว่าไอทีถึงไหนเเล้วครับ", "Status", {"unit": _IT}),
    ("L", "พี่เขาฝากถามว่ากองคลังได้กี่คะแนนแล้ว", "Status", {"unit": "กองคลัง"}),
    ("L", "เเผน 3 ปีต้องส่งเมื่อไหร่คะ", "Deadlines", {"step": "3"}),
    ("L", "ใครยังไม่ส่งเเผนบ้างคะ", "Missing", {"step": "3"}),
    ("P", "ขยะได้เท่าไหร่เเล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


@readings(RELAYED_AND_TYPED)
def test_relayed_and_look_alike_questions(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (B) Months and steps in deadline questions.
DEADLINE_MONTHS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ตุลามีอะไรต้องส่งบ้างคะ", "Deadlines", {"month": 10}),
    ("B", "ช่วงมีนามีกี่อย่างต้องส่งครับ", "Deadlines", {"month": 3}),
    ("L", "ส่งผลตามแผนช่วงไหนครับ", "Deadlines", {"step": "4"}),
    ("L", "ส่งผลตามแผนเดือนกันยายนวันไหนบ้างคะ", "Deadlines", {"step": "4"}),
    ("L", "ส่งรายชื่อทีมภายในวันไหนคะ เดือนหน้าหรือเปล่า", "Deadlines", {"step": "1"}),
    ("L", "แผนต้องส่งวันไหนครับ ปลายเดือนนี้ใช่ไหม", "Deadlines", {"step": "3"}),
    ("L", "รายงานผลเดือน ก.ย. ส่งวันไหนคะ", "Deadlines", {"step": "4"}),
    ("L", "เดือนนี้มีอะไรต้องส่งบ้าง", "Deadlines", {"month": 1, "this_month": True}),
]


@readings(DEADLINE_MONTHS)
def test_months_and_steps_in_deadline_questions(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) Time words in writes: just now is today; last year is the previous fiscal year.
TIME_WORDS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งแผนไปเมื่อกี้ค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-15"}),
    ("L", "กองคลังส่งรายชื่อทีมเมื่อสักครู่ครับ", "MarkStep",
     {"step": "1", "unit": "กองคลัง", "done_on": "2025-01-15"}),
    ("L", "เอาอันเมื่อกี้ออกให้หน่อยค่ะ", "Undo", {}),
    ("L", "เพิ่งส่งแผนทางอีเมลเมื่อกี๊ค่ะ", "MarkStep",
     {"step": "3", "channel": "email", "done_on": "2025-01-15"}),
    ("B", "ปีก่อนโอนเปลี่ยนแปลงงบ 12 รายการ เป็นค่าฐานครับ", "SubmitBaseline",
     {"indicator": "3", "value": "12", "raw_value": "12", "year": 2567}),
    ("B", "ค่าฐาน PMQA ปีที่แล้ว 398 คะแนนค่ะ", "SubmitBaseline",
     {"indicator": "8", "value": "398", "raw_value": "398", "year": 2567}),
    ("O", "ปีงบที่แล้ว Master Data มี 4 ชุด ใช้เป็น baseline นะคะ", "SubmitBaseline",
     {"indicator": "7", "value": "4", "raw_value": "4", "year": 2567}),
]  # fmt: skip


@readings(TIME_WORDS)
def test_time_words_in_writes(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (D) Chatter between people: another body's papers sent to a colleague are no report.
CHATTER: list[tuple[str, str]] = [
    ("P", "อำเภอธัญบุรีส่งเอกสารมาที่จังหวัดแล้วนะคะ ฝากพี่ตรวจด้วย"),
    ("L", "สำนักงานจัดหางานส่งหนังสือมาที่กองแล้วค่ะ ฝากพี่ดูด้วย"),
    ("B", "เขตส่งเอกสารมาให้แล้วนะครับ ฝากน้องตรวจหน่อย"),
    ("L", "อำเภอบางเลนส่งเอกสารมาที่ สนจ. แล้วค่ะ ฝากพี่ตรวจด้วย"),
    ("L", "เทศบาลตำบลคลองหนึ่งส่งแบบฟอร์มมาให้แล้วนะครับ ฝากน้องดูหน่อย"),
]


@pytest.mark.parametrize(("org", "text"), CHATTER, ids=[t for _, t in CHATTER])
def test_chatter_between_people_is_unknown(org: str, text: str) -> None:
    assert settled(text, org) == ("Unknown", {})


@pytest.mark.parametrize("text", ["หัวหน้าฝากถามว่าไอทีส่งแผนแล้วหรือยัง", "ผอ.ให้ถามว่ากองคลังส่งรายชื่อทีมยังคะ"])
def test_a_relayed_question_is_no_write(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)
