"""Round 45, writes hedged by a question about themselves, and card replies (hedged45).

1. A report closed by its particle, then a tag hedging the report itself, is the report (its
   card restates it before anything is kept): the way it was sent or typed ("…80% ค่ะ ส่งแบบนี้
   ได้ใช่ไหมคะ", "…ชุดค่ะ ใช่แบบนี้ไหมคะ"), the place ("…แล้วนะคะ ไม่แน่ใจว่าถูกโฟลเดอร์รึเปล่า"),
   its time ("…แล้วค่ะ เพิ่งส่งวันนี้ ช้าไปไหมคะ") or its step, in brackets ("(ขั้นตอนที่ 2 หรือ 3
   นะคะ หนูจำไม่ได้)"); the entry only now seen missing ("…นะครับ ผมเพิ่งเห็นว่ายังไม่ได้บันทึก").
   The same words alone, or after words no particle closes, or after a sending asked leave
   for or a day to come, still ask.
2. A no to a card restating the wrong choice, with an apology or the indicator meant ("ไม่ใช่ค่ะ
   ขอโทษค่ะ ไม่ใช่กองคลัง", "…ไม่ใช่ขยะ หนูจะส่งยาเสพติด"), is the no.
3. The latest entry asked taken back as a favour, said to be sent twice ("ลบรายการล่าสุดที่หนูส่ง
   ได้ไหมคะ ส่งซ้ำสองรอบค่ะ"), is the undo; "the latest" alone may ask whether it can be done.
4. A fix still owed on the plan's dimensions ("พี่ว่าแผนกองเรายังต้องแก้มิติ 2 อีกหน่อยนะน้อง") is
   a remark, no edit told.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]
DRIVE = "google_drive"

HEDGED_WRITES: list[Case] = [
    (
        "P",
        "ขยะ 56.4 ค่ะ ส่งแบบนี้ได้ไหมคะ",
        "SubmitValue",
        {"indicator": "2", "value": "56.4", "raw_value": "56.4"},
    ),
    (
        "P",
        "ขยะ 56.4 ค่ะ ส่งแบบนี้ได้ไหมคะ?",
        "SubmitValue",
        {"indicator": "2", "value": "56.4", "raw_value": "56.4"},
    ),
    (
        "P",
        "ยาเสพติด 78% ครับ ส่งแบบนี้ถูกไหมครับ",
        "SubmitValue",
        {"indicator": "4", "value": "78", "raw_value": "78%", "percent": True},
    ),
    (
        "B",
        "GD Catalog 45 ชุดครับ แบบนี้ใช่ไหมครับ",
        "SubmitValue",
        {"indicator": "5", "value": "45", "raw_value": "45"},
    ),
    (
        "B",
        "ส่งผล GD Catalog 46 ชุดค่ะ ใช่แบบนี้รึเปล่าคะ",
        "SubmitValue",
        {"indicator": "5", "value": "46", "raw_value": "46"},
    ),
    (
        "P",
        "ส่งผลท่องเที่ยว 412.5 ล้านบาทค่ะ แบบนี้โอเคไหมคะ",
        "SubmitValue",
        {"indicator": "3", "value": "412.5", "raw_value": "412.5"},
    ),
    (
        "L",
        "กองคลังส่งแผนเข้า drive แล้วค่ะ ไม่แน่ใจว่าถูกโฟลเดอร์ไหม",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": DRIVE},
    ),
    ("L", "อัปแผนขึ้นไดรฟ์แล้วครับ ไม่แน่ใจว่าอัปถูกที่รึเปล่า", "MarkStep", {"step": "3", "channel": DRIVE}),
    (
        "L",
        "ส่งรายชื่อทีมเข้า google form แล้วค่ะ ส่งแบบนี้ถูกไหมคะ",
        "MarkStep",
        {"step": "1", "channel": "google_form"},
    ),
    (
        "L",
        "ส่งแผนเข้า drive แล้วค่ะ เพิ่งส่งเมื่อวาน ช้าไปไหมคะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14", "channel": DRIVE},
    ),
    ("L", "ส่งรายชื่อทีมแล้วครับ เพิ่งส่งวันนี้ ช้าไปมั้ยครับ", "MarkStep", {"step": "1", "done_on": "2025-01-15"}),
    ("L", "ส่งรายชื่อทีมไปแล้วครับ (ขั้นตอนที่ 1 หรือ 2 นะครับ ผมจำไม่ได้)", "MarkStep", {"step": "1"}),
    ("L", "กองคลังส่งแผนแล้วค่ะ (ขั้นที่ 3 ใช่ไหมคะ จำไม่ได้)", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    (
        "L",
        "กองคลังส่งแผนไปตั้งแต่ 10 ม.ค. นะคะ เพิ่งเห็นว่ายังไม่ได้บันทึก",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-10", "unit": "กองคลัง"},
    ),
    (
        "L",
        "กองกลางส่งรายชื่อทีมไปเมื่อ 27 พ.ย. แล้วค่ะ หนูเพิ่งสังเกตว่าบอทยังไม่ได้บันทึก",
        "MarkStep",
        {"step": "1", "done_on": "2024-11-27", "unit": "กองกลาง"},
    ),
]

HEDGE_WORDS_STILL_ASKING: list[Case] = [
    ("P", "ส่งแบบนี้ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("P", "ส่งแบบนี้ได้ใช่ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("P", "ยาเสพติดต้องส่งเป็น % ไหมคะ", "IndicatorQuery", {"indicator": "4"}),
    ("P", "ขยะ 56.4 ส่งแบบนี้ได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนเป็นกระดาษได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนเข้า drive ถูกโฟลเดอร์ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งช้าไปไหมคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งรายชื่อทีมวันนี้ช้าไปไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้าส่งแผนวันนี้ ช้าไปไหมคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งแผนวันที่ 2 ก.พ. ค่ะ ช้าไปไหมคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งแผนทางไลน์ค่ะ แบบนี้ได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ขอส่งแผนทางอีเมลนะคะ แบบนี้ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "กองคลังส่งแผนพรุ่งนี้ค่ะ ทันไหม", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนเป็นขั้นตอนที่ 2 หรือ 3 นะคะ จำไม่ได้", "Deadlines", {"step": "3"}),
    ("L", "กองคลังยังไม่ได้บันทึกแผนใช่ไหม", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังส่งแผนหรือยังคะ เพิ่งเห็นว่ายังไม่ได้บันทึก", "Status", {"unit": "กองคลัง"}),
]

NO_RESTATING_THE_CARD: list[Case] = [
    ("L", "ไม่ใช่ครับ ขออภัยครับ ไม่ใช่กองกลาง", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ ขอโทษนะคะ ไม่ใช่กองนิติการ", "Cancel", {}),
    ("P", "ไม่ใช่ค่ะ ไม่ใช่ท่องเที่ยว หนูจะส่งขยะ", "Cancel", {}),
    ("P", "ไม่ใช่ครับ ไม่ใช่ขยะ ผมจะส่งผลยาเสพติด", "Cancel", {}),
    ("L", "ไม่ใช่ครับ ไม่ใช่กองกลาง", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ หนูอยู่กองกลาง", "RegisterUnit", {"unit": "กองกลาง"}),
    ("P", "ไม่ใช่ค่ะ ขอโทษนะคะ พี่เขาไม่ได้มา", "Unknown", {}),
]

UNDO_ASKED: list[Case] = [
    ("L", "ลบรายการล่าสุดให้หน่อยได้ไหมครับ กดส่งซ้ำ", "Undo", {}),
    ("L", "ยกเลิกรายการล่าสุดที่ผมส่งได้มั้ยครับ ส่งเบิ้ลไป", "Undo", {}),
    ("L", "ถอนอันล่าสุดได้ไหมคะ บันทึกซ้ำ", "Undo", {}),
    ("L", "ยกเลิกที่ส่งล่าสุดได้ไหม", "Help", {}),
    ("L", "ถ้าส่งซ้ำ ลบรายการล่าสุดได้ไหมคะ", "Help", {}),
]

FIX_STILL_OWED: list[Case] = [
    ("L", "พี่ว่าแผนกองคลังยังต้องแก้มิติ 3 อีกนิดนะ", "Unknown", {}),
    ("L", "แผนเรายังต้องเติมมิติ 2 อีกหน่อยนะน้อง", "Unknown", {}),
    ("L", "แผนกองกลางต้องปรับมิติ 1 ใหม่นะคะ", "Unknown", {}),
    ("L", "แก้ไขแผนกองคลัง เพิ่มมิติที่ 2 แล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง", "dims": [2]}),
    (
        "L",
        "แผนกองคลังไม่ผ่านค่ะ ต้องแก้มิติ 2",
        "MarkStep",
        {"step": "3", "passed": False, "unit": "กองคลัง", "dims": [2]},
    ),
]


@readings(HEDGED_WRITES)
def test_a_report_hedged_by_a_question_about_itself_is_the_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HEDGE_WORDS_STILL_ASKING)
def test_hedging_words_without_a_closed_report_still_ask(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NO_RESTATING_THE_CARD)
def test_a_no_restating_the_wrong_choice_is_the_no(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNDO_ASKED)
def test_the_latest_entry_asked_taken_back_as_sent_twice_is_the_undo(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FIX_STILL_OWED)
def test_a_fix_still_owed_on_the_plan_is_no_edit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_the_round_is_read_as_a_write() -> None:
    assert unlabelled_writes(HEDGE_WORDS_STILL_ASKING + FIX_STILL_OWED + UNDO_ASKED) == []
