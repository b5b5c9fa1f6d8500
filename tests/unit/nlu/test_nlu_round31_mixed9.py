"""Round 31 (mixed9): praise and thanks in their own words, the team's coordinator asked, and
a step asked about by its number or its name.

The bot praised as exact ("บอทสรุปเป๊ะมากครับ") is praise; a figure matching "เป๊ะ" keeps its
reading. Thanks after "เรียบร้อยครับ" is thanks; a plan sent "เรียบร้อย" is still the step, and
"เรียบร้อยครับ ยืนยัน" still confirms. The main coordinator asked ("ผู้ประสานงานหลัก") names no
unit ("หลัก" is no unit's name). Two steps compared ("ขั้น 4 ต่างจากขั้น 5 ยังไง") and where a
step's result comes from ("ขั้นตอนที่ 5 เอาผลจากไหนมาคิด") ask the steps' rule; a step called by
its name after "ขั้นตอน" ("ขั้นตอนบรรลุค่าเป้าหมาย ปิดวันไหน") is its deadline. None of the
questions is read as a write.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Praise and thanks in their own words.
COURTESY: list[Case] = [
    ("B", "บอทสรุปเป๊ะมากครับ 👍", "SmallTalk", {"kind": "praise"}),
    ("L", "บอทตอบเป๊ะมากค่ะ", "SmallTalk", {"kind": "praise"}),
    ("B", "เรียบร้อยครับ ขอบคุณทุกท่านที่ช่วยกันนะครับ", "SmallTalk", {"kind": "thanks"}),
    ("L", "เรียบร้อยค่ะ ขอบคุณทุกคนนะคะ", "SmallTalk", {"kind": "thanks"}),
    # Near misses: a figure matching exactly, a confirmation, a plan sent.
    ("B", "ถูกต้องครับ 402.18 ตรงกับรายงานเป๊ะ", "Confirm", {}),
    ("B", "เรียบร้อยครับ ยืนยัน", "Confirm", {}),
    ("L", "ส่งแผนเรียบร้อยครับ ขอบคุณทุกท่านครับ", "MarkStep", {"step": "3"}),
]
# (2) The main coordinator asked: the team, of the unit named or of none.
COORDINATOR: list[Case] = [
    ("B", "ในกลุ่มนี้ใครเป็นผู้ประสานงานหลักของทีม PMQA คะ", "Members", {}),
    ("L", "ใครเป็นผู้ประสานงานหลักของกองคลังคะ", "Members", {"unit": "กองคลัง"}),
]
# (3) A step asked about: two compared, where its result comes from, its name's deadline.
STEPS: list[Case] = [
    ("L", "ขั้น 4 ต่างจากขั้น 5 ยังไงคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอนที่ 2 กับขั้นตอนที่ 3 ต่างกันยังไงครับ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอนที่ 5 เอาผลจากไหนมาคิดครับ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอนบรรลุค่าเป้าหมาย ปิดวันไหนคะ", "Deadlines", {"step": "5"}),
    # Near misses: a step's day, an indicator's formula, a step reported.
    ("L", "ขั้น 4 ปิดวันไหนคะ", "Deadlines", {"step": "4"}),
    ("P", "ตัวชี้วัดขยะเอาผลจากไหนมาคิดคะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    (
        "L",
        "ตัวชี้วัดนี้บรรลุค่าเป้าหมายไหมคะ",
        "IndicatorQuery",
        {"indicator": "?บรรลุ", "aspect": "criteria"},
    ),
]
# (4) What was just recorded, undone or looked up: "พึ่ง" typed for "เพิ่ง"; who pressed save.
RECORDS: list[Case] = [
    ("B", "ยกเลิกผล PMQA ที่พึ่งบันทึกไปค่ะ ยังไม่ใช่ตัวเลขทางการ", "Undo", {}),
    ("L", "ลบค่าที่พึ่งส่งไปให้หน่อยครับ", "Undo", {}),
    ("L", "ใครเป็นคนกดบันทึกแผนของกองคลังคะ", "History", {"unit": "กองคลัง"}),
    # Near misses: a plan just sent is the step; a question after it is the steps' rule.
    (
        "L",
        "พึ่งส่งแผนไปเมื่อกี้ครับ ทาง google drive 🙏",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-15", "channel": "google_drive"},
    ),
    ("L", "ขั้นตอนที่1 ต้องทำไรนะ พึ่งมารับงาน", "RuleQuestion", {"topic": "step"}),
    ("L", "ร้อยละ 85 ในขั้นตอนที่ 5 คิดจากอะไรคะ", "RuleQuestion", {"topic": "thresholds"}),
]
# (5) A figure told "ประมาณ" (about) is the figure; an estimate named, a guess, a question is not.
ROUNDED: list[Case] = [
    (
        "P",
        "รายได้ท่องเที่ยวประมาณ 1.52 พันล้านบาทครับ",
        "SubmitValue",
        {"indicator": "3", "value": "1520", "raw_value": "1.52 พันล้าน"},
    ),
    ("P", "ไม่ต้องบันทึกครับ ตัวเลขท่องเที่ยวยังเป็นประมาณการ", "Cancel", {}),
    ("P", "ปีนี้ขยะน่าจะได้ประมาณ 60 ค่ะ", "Unknown", {}),
    ("P", "ขยะประมาณ 60 ใช่ไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]
# (6) The times attended, whether they pass asked: the attendance rule, never the step told.
ATTENDED: list[Case] = [
    ("L", "กองเราเข้า 5 จาก 6 ครั้ง ผ่านเกณฑ์ไหมคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "กองคลังเข้า 5 จาก 6 ครั้ง ผ่านเกณฑ์ไหมคะ", "RuleQuestion", {"topic": "attendance"}),
    # Near miss: the times told is the step.
    (
        "L",
        "กองคลังเข้า 5 จาก 6 ครั้งค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "met": 5, "of": 6},
    ),
]
ALL = COURTESY + COORDINATOR + STEPS + RECORDS + ROUNDED + ATTENDED


@readings(COURTESY)
def test_praise_and_thanks_in_their_own_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(COORDINATOR)
def test_the_main_coordinator_asked_names_no_unit_by_its_title(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEPS)
def test_steps_compared_their_source_and_their_names_deadline(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RECORDS)
def test_what_was_just_recorded_undone_and_who_pressed_save(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ROUNDED)
def test_a_figure_told_about_is_the_figure(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ATTENDED)
def test_the_times_attended_and_whether_they_pass_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
