"""Round 37 (status37): where things stand and who has not sent, asked in many ways.

(1) Who has not sent, asked with words around the ask that name no step: the asker's
meeting drawing near ("ใกล้ประชุมแล้ว"), how many are short until all are in ("…จะครบ"), the
round before it closes ("ก่อนปิดรอบ 1"), the list wanted ("ช่วยลิสต์รายชื่อกองให้หน่อย"), the
chase already made and the asker's doubt ("โทรตามไปหลายกองแล้ว ไม่แน่ใจว่า…"), and the same
asked in English ("who's left?", "…sent names?"). Near misses: the meeting or the team's list
sent as the step asked of keeps its step.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Who has not sent: the words around the ask name no step.
AROUND_THE_ASK: list[Case] = [
    ("L", "กองไหนยังไม่ส่งบ้าง ใกล้จะประชุมแล้วค่ะ", "Missing", {}),
    ("L", "ใครยังไม่ส่งอะไรบ้างคะ ใกล้ประชุมแล้ว", "Missing", {}),
    ("L", "ยังขาดอีกกี่กองถึงจะครบ", "Missing", {}),
    ("L", "ขาดกี่หน่วยจะครบคะ", "Missing", {}),
    ("L", "มีใครยังไม่ส่งอะไรบ้าง ก่อนปิดรอบ 2", "Missing", {}),
    ("L", "หัวหน้าให้ตามกองที่ยังไม่ส่งแผน บอทช่วยลิสต์รายชื่อกองให้หน่อยค่ะ", "Missing", {"step": "3"}),
    (
        "L",
        "เมื่อวานโทรตามไปหลายกองแล้ว ไม่แน่ใจว่าใครส่งแล้วบ้าง กองไหนยังไม่ส่งรายงานผล",
        "Missing",
        {"step": "4"},
    ),
    ("L", "ทวงไปหลายรอบแล้ว กองไหนยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "who is left?", "Missing", {}),
    ("L", "which units are left?", "Missing", {}),
    ("L", "who still hasn't sent the names?", "Missing", {"step": "1"}),
]

# (1) Near misses: the step asked of is named.
STEP_NAMED: list[Case] = [
    ("L", "ใครยังไม่ลงชื่อเข้าประชุมบ้าง", "Missing", {"step": "2"}),
    ("L", "ใครยังไม่เข้าประชุมบ้าง ใกล้ประชุมครั้งหน้าแล้ว", "Missing", {"step": "2"}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้าง ใกล้ประชุมแล้ว", "Missing", {"step": "1"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง ใกล้หมดเขตแล้ว", "Missing", {"step": "3"}),
    ("L", "ขาดกี่กองคะ", "Missing", {}),
    ("L", "ใครยังไม่ส่งบ้าง กองคลังส่งยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "who left early today?", "Unknown", {}),
]


@readings(AROUND_THE_ASK)
def test_who_has_not_sent_asked_with_words_naming_no_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEP_NAMED)
def test_who_has_not_sent_a_step_named_keeps_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_this_round_is_read_as_a_write() -> None:
    assert unlabelled_writes(AROUND_THE_ASK + STEP_NAMED) == []
