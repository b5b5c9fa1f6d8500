"""Questions the fresh development part showed the reader missing, each family with new
sentences, read and settled as the corpus compares them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import settled

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
WHO = [
    # Who has not sent, who sent what, and the team.
    ("L", "แผนยังขาดหน่วยงานไหนบ้างคะ", "Missing", {"step": "3"}),
    ("L", "มีหน่วยไหนค้างอะไรบ้างครับ", "Missing", {}),
    ("L", "ขั้นตอนที่ 3 ครบทุกหน่วยงานหรือยังคะ", "Missing", {"step": "3"}),
    ("L", "ส่งแผนไปยังครับ", "Missing", {"step": "3"}),
    ("O", "ส่งผลจริยธรรมไปยังคะ", "Missing", {"indicator": ["4", "5"]}),
    ("L", "กองกลางส่งแผนไปยังคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "กองคลังเคยส่งอะไรมาแล้วบ้างคะ", "History", {"unit": "กองคลัง"}),
    ("L", "ขอดูรายการที่บันทึกไว้ทั้งหมดหน่อยครับ", "History", {}),
    ("L", "ใครเป็นคนส่งแผนของกองนิติการครับ", "History", {"unit": "กองนิติการ"}),
    ("L", "ขอรายชื่อทีมทั้งหมดหน่อยครับ", "Members", {}),
    ("L", "กองคลังมีสมาชิกกี่คนครับ", "Members", {"unit": "กองคลัง"}),
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), WHO)
def test_who_is_missing_who_sent_and_the_team(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


WHOLE = [
    # The organisation's own status, however it is called and whatever follows the ask.
    ("L", "overall เราเป็นไงบ้างครับ", "Status", {}),
    ("P", "จังหวัดเราได้กี่คะแนนแล้วคะ", "Status", {}),
    ("P", "สรุปคะแนนตัวชี้วัดทั้งหมดให้หน่อยครับ ผู้ว่าถามมา", "Status", {}),
    ("L", "ช่วยสรุปความคืบหน้าทุกหน่วยงานให้ทีครับ", "Status", {}),
    ("L", "กองคลังทำไปได้กี่ขั้นแล้วคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ศทส.ส่งไปกี่ขั้นตอนแล้วครับ", "Status", {"unit": ICT}),
    # An indicator's own score stays the indicator's.
    ("P", "สรุปคะแนนขยะให้หน่อย", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), WHOLE)
def test_the_organisation_s_own_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


RULES = [
    # Questions on the plan's rules, with a remark after them or asked with "ใช่ไหม".
    ("L", "หมวด 6 อยู่มิติไหนคะ อ่านแล้วยังไม่เข้าใจ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "ส่งรายงานเป็นไฟล์ word ได้ใช่ไหมครับ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ประชุมชี้แจงอยู่ชั้นอะไรคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ร้อยละ 85 ของขั้นตอนที่ 5 นับจากอะไรครับ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ถ้าแผนไม่ครบมิติจะเหลือกี่คะแนนครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งรายงานไม่ครบจะได้กี่คะแนนคะ", "RuleQuestion", {"topic": "deductions"}),
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), RULES)
def test_a_question_on_the_plan_s_rules(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
