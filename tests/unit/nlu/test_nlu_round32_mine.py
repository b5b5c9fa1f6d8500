"""Round 32, mine: wrong details a card showed (the known left items of round 31).

1. A day and month typed after a done word with no แล้ว ("ขั้น 1 เสร็จ 28/11") is the day it was
   done, not the value 11 on the step's card; a count ("เข้าร่วมเสร็จ 6/7 ครั้ง") stays a count.
2. A figure told of a step with no indicator named ("step 2 = 90%") is no indicator's result.
3. A figure told not to be kept yet ("ขยะ 52.3 แต่ยังไม่ต้องบันทึกนะคะ") is no write.
4. "ตั้งแต่" in a yes ("ใช่ครับ ส่งตั้งแต่เมื่อวานแล้ว") holds no "แต่" that takes the yes back.

Wrong writes of dev_fresh104-109 on arrival:
5. A rule understood ("โอเคค่ะ เข้าใจแล้ว แผนต้องครบ 3 มิติ") is no plan sent with its dimensions.
6. Something else sent, the plan for later ("ส่งการบ้านลูกแล้ว ค่อยมาทำแผนต่อ") is no plan sent;
   what is for later is no step of what was sent ("ส่งแผนแล้ว เดี๋ยวส่งรายงานตาม" was step 4).
7. An English month before its day ("submitted the plan on Jan 14") is a date, not the value 14.
8. A weekday without วัน after a word of when ("ส่งแผนไปเมื่อศุกร์ที่แล้ว") is that day past.
9. A word several steps' long titles hold ("พัฒนา" of "ทีมงานพัฒนาคุณภาพฯ") names no step alone:
   "ส่งรายชื่อทีมงานพัฒนาคุณภาพฯ" was step 3's plan.

Wrong writes of dev_fresh110-112 on arrival:
10. "how many"/"how much" ask wherever they stand ("PMQA overall ตอนนี้ how many units done step
    3 แล้วครับ" was step 3 marked).
11. The days told after a reminder's favour ("ตั้งเตือนตอน 9 โมงครึ่งได้ไหม ก่อน 3 วัน") are the
    reminder's days; a reason told after a reminder put off is none of its words.
12. A dimension still waiting ("มิติ 2 ยังรอ ผอ. เซ็นอยู่") is not done.

Wrong details of dev_fresh113-114 on arrival:
13. A unit's name cut short by ฯ inside other words ("ขอเปลี่ยนสังกัดเป็นศูนย์เทคโนฯ ค่ะ") names
    that unit, as it does standing alone ("ศูนย์เทคโนฯ ส่งแผนแล้ว").
"""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import read_as_writes, readings, settled

DONE_ON = [
    ("L", "ขั้น 1 เสร็จ 28/11", "MarkStep", {"step": "1", "done_on": "2024-11-28"}),
    ("L", "ขั้น 1 เรียบร้อย 28/11 ค่ะ", "MarkStep", {"step": "1", "done_on": "2024-11-28"}),
    ("L", "step 1 finished 28/11", "MarkStep", {"step": "1", "done_on": "2024-11-28"}),
    # Near misses: the done word with แล้ว, as before.
    ("L", "ขั้นตอนที่ 1 ส่งแล้ว 28/11", "MarkStep", {"step": "1", "done_on": "2024-11-28"}),
    ("L", "ส่งแผนแล้ว 16/1", "MarkStep", {"step": "3", "done_on": "2025-01-16"}),
]


@readings(DONE_ON)
def test_a_day_after_a_done_word_is_the_day_done(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_count_after_a_done_word_stays_a_count() -> None:
    intent, slots = settled("กองคลังเข้าร่วมเสร็จ 6/7 ครั้ง")
    assert "done_on" not in slots and slots.get("met") == 6


STEP_FIGURES = ["step 2 = 90%", "ขั้นตอนที่ 2 = 90%", "ขั้นตอน 4 = 75%"]


def test_a_steps_figure_is_no_indicators_result() -> None:
    assert read_as_writes(STEP_FIGURES) == []


NOT_TO_KEEP = [
    ("P", "ขยะ 52.3 แต่ยังไม่ต้องบันทึกนะคะ"),
    ("P", "ขยะได้ 52.3 ค่ะ อย่าเพิ่งบันทึกนะ"),
    ("L", "ใช่ค่ะ 52.3 แต่ยังไม่ต้องบันทึกนะคะ"),
    ("P", "ผลขยะ 52.3 ยังไม่ต้องเซฟนะครับ รอหัวหน้าดูก่อน"),
    ("B", "waste 52.3 but don't save it yet"),
]
KEPT = [
    (
        "P",
        "ขยะ 52.3 บันทึกเลย",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    (
        "L",
        "ขั้นตอนที่ 3 ขยะ 52.3",
        "SubmitValue",
        {"indicator": "?ขยะ", "value": "52.3", "raw_value": "52.3"},
    ),
]


@pytest.mark.parametrize(("org", "text"), NOT_TO_KEEP)
def test_a_figure_not_to_be_kept_is_no_write(org: str, text: str) -> None:
    assert read_as_writes([text], org) == []


@readings(KEPT)
def test_a_figure_to_keep_is_still_a_value(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


YES_SINCE = [
    ("L", "ใช่ครับ ส่งตั้งแต่เมื่อวานแล้ว", "Confirm", {}),
    ("L", "ใช่ค่ะ ถูกต้องตั้งแต่ต้น", "Confirm", {}),
]
TAKEN_BACK = ["ใช่ค่ะ แต่ส่งช้า", "ใช่ครับ แต่ตัวเลขยังไม่แน่ใจ"]


@readings(YES_SINCE)
def test_since_in_a_yes_takes_nothing_back(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_but_in_a_yes_still_takes_it_back(text: str) -> None:
    assert settled(text)[0] != "Confirm"


NOT_SENT = [
    "โอเคค่ะ เข้าใจแล้ว แผนต้องครบ 3 มิติ",
    "รับทราบครับ แผนต้องมีครบทุกมิติ",
    "ส่งการบ้านลูกแล้ว ค่อยมาทำแผนต่อ 😅",
    "ส่งของให้แม่แล้ว เดี๋ยวกลับมาทำแผนต่อนะ",
]
SENT = [
    ("L", "ส่งแผนแล้ว เดี๋ยวส่งรายงานตาม", "MarkStep", {"step": "3"}),
    ("L", "ส่งรายชื่อแล้ว เดี๋ยวส่งแผนตาม", "MarkStep", {"step": "1"}),
    (
        "L",
        "กองคลังส่งแผนแล้ว ครบ 3 มิติ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2, 3]},
    ),
    (
        "L",
        "Finance division submitted the plan on Jan 14",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-14"},
    ),
    (
        "L",
        "plan sent Jan 14th via drive",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14", "channel": "google_drive"},
    ),
    ("L", "ส่งแผนไปเมื่อศุกร์ที่แล้วค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-10"}),
    (
        "L",
        "กค ส่งแผนไป ศุกร์ที่แล้ว",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-10"},
    ),
    # "อาทิตย์ที่แล้ว" is last week: no day of it.
    ("L", "ส่งแผนไปอาทิตย์ที่แล้ว", "MarkStep", {"step": "3"}),
    (
        "L",
        "กองการเจ้าหน้าที่ส่งรายชื่อทีมงานพัฒนาคุณภาพฯ เรียบร้อยแล้วนะคะ",
        "MarkStep",
        {"step": "1", "unit": "กองการเจ้าหน้าที่"},
    ),
]


def test_a_rule_understood_or_a_plan_for_later_is_no_step_sent() -> None:
    assert read_as_writes(NOT_SENT) == []


@readings(SENT)
def test_what_was_sent_and_when(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_month_before_a_decimal_is_no_date() -> None:
    assert "done_on" not in settled("ขยะ jan 14.5", "P")[1]


ASKED_IN_ENGLISH = [
    "PMQA overall ตอนนี้ how many units done step 3 แล้วครับ",
    "ตอนนี้ how many กองส่งแผนแล้ว",
    "how many divisions submitted step 3",
]


def test_how_many_asks_wherever_it_stands() -> None:
    assert read_as_writes(ASKED_IN_ENGLISH) == []


def test_how_many_units_asks_who_has_sent() -> None:
    assert settled("how many divisions submitted step 3") == ("Missing", {"step": "3"})


FAVOURS = [
    (
        "L",
        "ตั้งเตือนตอน 9 โมงครึ่งได้ไหม ก่อน 3 วัน",
        "ReminderSettings",
        {"action": "set", "days": [3], "hour": 9, "minute": 30},
    ),
    (
        "L",
        "ตั้งเตือนเวลา 09.00 ด้วยได้ไหม ก่อน 3 วัน 1 วัน",
        "ReminderSettings",
        {"action": "set", "days": [3, 1], "hour": 9, "minute": 0},
    ),
    # Near misses: a reason after a reminder put off names no step.
    ("L", "เตือนอีกทีพรุ่งนี้ได้ไหมครับ ตอนนี้อยู่ในห้องประชุม", "PostponeReminder", {}),
    ("L", "เลื่อนเตือนแผนออกไป 2 วันได้ไหมครับ ทีมติดอบรม", "PostponeReminder", {"step": "3"}),
]


@readings(FAVOURS)
def test_what_is_told_after_a_reminders_favour(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_dimension_still_waiting_is_not_done() -> None:
    for text in (
        "กองกลางส่งแผนแล้ว มีแค่มิติ 1 กับ 3 ค่ะ มิติ 2 ยังรอ ผอ. เซ็นอยู่",
        "กองกลางส่งแผนแล้ว มีมิติ 1 กับ 3 ค่ะ มิติ 2 รออนุมัติ",
    ):
        intent = understand(text, today=TODAY).intent
        assert (intent.dimensions, intent.missing_dimensions) == ((1, 3), (2,))
    intent = understand("ส่งแผนแล้ว มิติ 1 2 3 รอบนี้ครบ", today=TODAY).intent
    assert intent.dimensions == (1, 2, 3)


CUT_BY_THE_MARK = [
    (
        "L",
        "ขอเปลี่ยนสังกัดเป็นศูนย์เทคโนฯ ค่ะ ก่อนหน้านี้ลงผิด",
        "RegisterUnit",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "ผมอยู่ศูนย์เทคโนฯ ครับ", "RegisterUnit", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "กองการเจ้าฯส่งแผนแล้วค่ะ พี่", "MarkStep", {"step": "3", "unit": "กองการเจ้าหน้าที่"}),
    # Near misses: a place or the organisation cut by ฯ names no unit.
    ("L", "กรุงเทพฯ รถติดมาก", "Unknown", {}),
    ("P", "ปทุมฯ ตอนนี้เป็นไงบ้าง", "Status", {}),
]


@readings(CUT_BY_THE_MARK)
def test_a_units_name_cut_by_the_mark_inside_words(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)
