"""Round 38 (time38): time questions of dev_fresh134-138 and the older development misses.

1. Time words typed wrong: "ddl" is the deadline as "dl" is; "เดือนนี" (its tone mark left
   out) is this month; "ขั้นตอนที5" (ที่ typed ที) still numbers the step. The words typed right
   keep their readings, and a step told done stays a step, never a figure.
2. Where things stand asked with the deadline beside it, as the frame or the reason ("ก่อน
   หมดเขตขอดูสถานะทุกกอง", "ศทส. ตอนนี้ผ่านกี่ขั้นแล้ว อีกสองอาทิตย์หมดเขตแล้วนะ"), is the
   status, as is whether a named unit made the due ("กนต. ส่งรายชื่อทันกำหนดหรือเปล่า"); a
   day asked ("…หมดเขตวันไหน"), a case supposed or no unit named stays the deadlines'.
3. What a unit sent this week ("อาทิตย์นี้กองกลางส่งอะไรไปแล้วบ้าง") is its history; with no
   time said it stays its status, and what is due this week stays the deadlines'.
4. Dues asked in other words: whether to wait for the window's day, today's date told as a
   figure; the window's span asked to be announced; when each step is due; until when the
   plan's targets are measured; which due some days left are of; a month alone followed up
   ("แล้วเดือนหน้าล่ะ"); the dues
   asked after taking the work over from a colleague (no step).
5. The briefing's details asked are the meeting's; a step's details stay the step's. Who still
   lacks a step's documents is who has not sent it.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Time words typed wrong.
TYPED_WRONG: list[Case] = [
    ("L", "ddl วันไหน", "Deadlines", {}),
    ("L", "ddl แผนวันไหนครับ", "Deadlines", {"step": "3"}),
    ("L", "DDL ส่งแผนเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "เดือนนีต้องสงอะไรบ้างครับ", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "เดือนนีมีอะไรต้องส่งบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "ขั้นตอนที5 ครบกำหนดวันไหนครับ", "Deadlines", {"step": "5"}),
    ("L", "ขั้นตอนที 3 หมดเขตเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "ขั้นที4 ส่งวันไหน", "Deadlines", {"step": "4"}),
    # Near misses: typed right, they keep their readings.
    ("L", "เดือนนี้ต้องส่งอะไรบ้างครับ", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "เดือนหน้าต้องส่งอะไรบ้างครับ", "Deadlines", {"month": 2}),
    ("L", "ขั้นตอนที่ 5 ครบกำหนดวันไหนครับ", "Deadlines", {"step": "5"}),
    ("L", "dl แผนวันไหน", "Deadlines", {"step": "3"}),
]


@readings(TYPED_WRONG)
def test_time_words_typed_wrong_keep_their_time(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_step_typed_with_ti_told_done_is_no_figure() -> None:
    assert settled("ขั้นตอนที5 ส่งแล้วครับ")[0] != "SubmitValue"
    assert settled("ขั้นที 3 ส่งแล้วค่ะ")[0] != "SubmitValue"


# (2) The status with the deadline beside it.
STATUS_BESIDE_A_DEADLINE: list[Case] = [
    ("L", "ก่อนหมดเขตขอดูสถานะทุกกองหน่อยครับ", "Status", {}),
    ("L", "กองคลังจะส่งแผนทันไหมคะ ตอนนี้ถึงไหนแล้ว", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "ศทส. ตอนนี้ผ่านกี่ขั้นแล้ว อีกสองอาทิตย์หมดเขตแล้วนะ",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "ขอสถานะกับdlด้วยค่ะ", "Status", {}),
    ("L", "ใกล้หมดเขตแล้ว กองกลางถึงไหนแล้วคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "ขอสถานะกองคลังก่อนหมดเขตหน่อยค่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กนต. ส่งรายชื่อทันกำหนดหรือเปล่า", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองคลังส่งแผนทันเวลาไหมคะ", "Status", {"unit": "กองคลัง"}),
    # Near misses: a day asked, a case supposed, no unit named, two units.
    ("L", "สถานะแผนหมดเขตวันไหน", "Deadlines", {"step": "3"}),
    ("L", "ส่งรายชื่อทันกำหนดหรือเปล่าคะ เพิ่งย้ายมา", "Deadlines", {"step": "1"}),
    ("L", "ถ้า กค. ส่งแผนวันศุกร์ที่ 31 ยังทันอยู่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "กองกลางกับ กนต. ส่งแผนทันหรือยังคะ", "Missing", {"step": "3"}),
    ("L", "ถ้าส่งไม่ทันเดดไลน์จะเป็นยังไงคะ กลัวมาก", "RuleQuestion", {"topic": "deductions"}),
]


@readings(STATUS_BESIDE_A_DEADLINE)
def test_the_status_with_a_deadline_beside_it_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) What a unit sent this week.
THIS_WEEK: list[Case] = [
    ("L", "อาทิตย์นี้กองกลางส่งอะไรไปแล้วบ้าง", "History", {"unit": "กองกลาง"}),
    ("L", "สัปดาห์นี้กองคลังส่งอะไรมาบ้างคะ", "History", {"unit": "กองคลัง"}),
    # Near misses: no time said, a due this week, what is owed.
    ("L", "กองกลางส่งอะไรไปแล้วบ้างคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "อาทิตย์นี้กองกลางต้องส่งอะไรบ้าง", "Deadlines", {}),
    ("L", "สัปดาห์นี้มีกำหนดส่งอะไรบ้างครับ", "Deadlines", {}),
]


@readings(THIS_WEEK)
def test_what_a_unit_sent_this_week_is_its_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (4) Dues asked in other words.
DUES: list[Case] = [
    ("L", "วันนี้ 15 แล้ว ส่งแผนได้เลยมั้ย หรือต้องรอวันที่ 17 ก่อนคะ", "Deadlines", {"step": "3"}),
    ("L", "วันนี้ 20 แล้ว ส่งรายงานผลได้เลยไหม หรือต้องรอวันที่ 25 ก่อน", "Deadlines", {"step": "4"}),
    (
        "L",
        "รบกวนน้องบอทแจ้งช่วงเวลาส่งแผนพัฒนาหน่วยงานให้ทุกกองทราบอีกครั้งค่ะ",
        "Deadlines",
        {"step": "3"},
    ),
    ("L", "รบกวนแจ้งช่วงเวลาส่งรายงานผลให้ทราบด้วยค่ะ", "Deadlines", {"step": "4"}),
    ("L", "PMQA มีกี่ขั้นตอนคะ แต่ละขั้นส่งเมื่อไหร่", "Deadlines", {}),
    ("L", "แต่ละขั้นส่งวันไหน", "Deadlines", {}),
    ("L", "บรรลุเป้าตามแผนนี่วัดถึงวันที่เท่าไหร่ครับ", "Deadlines", {"step": "5"}),
    ("L", 'ที่บอทเตือนว่า "เหลือ 5 วันทำการ" นี่หมายถึงส่งแผนใช่ไหมครับ', "Deadlines", {"step": "3"}),
    ("L", "เหลือ 10 วันนี่หมายถึงรายงานผลใช่มั้ย", "Deadlines", {"step": "4"}),
    ("L", "แล้วเดือนหน้าล่ะคะ 🙏", "Deadlines", {"month": 2}),
    ("L", "เมษาล่ะ", "Deadlines", {"month": 4}),
    (
        "L",
        "สวัสดีค่ะ หนูเพิ่งรับงาน PMQA ต่อจากพี่ที่ย้ายไป ตอนนี้มีอะไรใกล้ถึงกำหนดส่งบ้างคะ",
        "Deadlines",
        {},
    ),
    # Near misses: a figure beside the leave asked, the steps' work, a share, a day by
    # "ภายใน" (its month), a month asked with a second ask, a status after a handover.
    ("L", "PMQA มีกี่ขั้นตอนคะ แต่ละขั้นตอนทำอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ("L", "ตัวชี้วัดตามแผนบรรลุกี่ตัวถึงจะผ่าน", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ภายใน 5 ก.พ. ต้องส่งอะไรไหมคะ", "Deadlines", {"month": 2}),
    ("L", "แล้วเดือนหน้าล่ะ ใครยังไม่ส่ง", "Missing", {}),
    (
        "L",
        "พี่ๆ คะ หนูเพิ่งรับงาน PMQA ต่อจากพี่ที่เกษียณไป ยังไม่รู้ว่าเราทำไปถึงไหนแล้ว รบกวนขอสถานะหน่อยนะคะ",
        "Status",
        {},
    ),
]


@readings(DUES)
def test_dues_asked_in_other_words_are_the_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_figure_beside_a_day_awaited_is_no_window() -> None:
    assert settled("ส่งผลขยะ 52 ได้ไหม หรือต้องรอวันที่ 20")[0] != "Deadlines"


# (5) The briefing's details; documents short.
OTHERS: list[Case] = [
    (
        "L",
        "ขอทราบรายละเอียดการประชุมชี้แจงตัวชี้วัดเมื่อวันที่ 20 ธ.ค. 67 อีกครั้งค่ะ",
        "RuleQuestion",
        {"topic": "meeting"},
    ),
    ("L", "รบกวนขอรายละเอียดประชุมชี้แจงทีม PMQA หน่อยค่ะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ช่วยเช็คให้หน่อยครับว่าใครยังขาดเอกสารขั้นตอนที่ 3", "Missing", {"step": "3"}),
    ("L", "กองไหนยังขาดเอกสารแผนบ้าง", "Missing", {"step": "3"}),
    # Near misses: a step's details, what a shortfall costs, one unit's.
    (
        "L",
        "ขอรายละเอียดขั้นตอนที่ ๓ อีกรอบได้ไหมคะ พอดีไม่ได้เข้าประชุมชี้แจง",
        "StepDetails",
        {"step": "3"},
    ),
    ("L", "ใครขาดเอกสารโดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "กองคลังยังขาดเอกสารอะไรบ้าง", "Status", {"unit": "กองคลัง"}),
]


@readings(OTHERS)
def test_the_briefing_details_and_documents_short(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


ALL = TYPED_WRONG + STATUS_BESIDE_A_DEADLINE + THIS_WEEK + DUES + OTHERS


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["ddl วันไหน", "ขั้นตอนที5 ครบกำหนดวันไหนครับ"]) == []
