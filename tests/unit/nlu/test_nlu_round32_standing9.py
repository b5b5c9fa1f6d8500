"""Round 32 (standing9): where things stand.

The ministry's plan asked as a whole by the words that name its own indicator ("แผนทั้งปี…
ไปถึงไหน", "ความคืบหน้าการขับเคลื่อน 4.0", "เราอยู่ขั้นตอนไหนของแผน"), with no word of an
indicator ("ตัวชี้วัด", "KPI"), asks for the status; with one, the indicator.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The plan as a whole, asked how far it has gone: the status.
THE_PLAN_AS_A_WHOLE: list[Case] = [
    ("L", "ตอนนี้เราอยู่ขั้นตอนไหนของแผนแล้วครับ", "Status", {}),
    ("L", "แผนทั้งปีตอนนี้ไปถึงไหนแล้วคะ", "Status", {}),
    ("L", "ความคืบหน้าการขับเคลื่อน 4.0 ของหน่วยงานเราครับ", "Status", {}),
    ("L", "สถานะการขับเคลื่อนสู่ราชการ 4.0 ของกระทรวงเรา ตอนนี้เป็นยังไงบ้างครับ", "Status", {}),
    ("L", "ความคืบหน้าการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0 ตอนนี้ถึงไหนแล้วคะ", "Status", {}),
    ("L", "สรุปสถานะปิดรอบแผนหน่อยค่ะ", "Status", {}),
    # Near misses: an indicator's word asks of the indicator; a unit's plan is its status.
    ("L", "ตัวชี้วัดขับเคลื่อน 4.0 ผลเป็นไงคะ", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("L", "แผนของกองคลังผ่านไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("O", "แผนพัฒนาบุคลากรเป็นไงบ้างครับ", "IndicatorQuery", {"indicator": "3"}),
]


@readings(THE_PLAN_AS_A_WHOLE)
def test_the_plan_as_a_whole_asked_how_far_asks_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) Who was left out of a step ("ตกหล่น") or did not come to the meeting ("ไม่ได้มา"): who
# has not done it. Near misses: a fear of missing something due, a meeting's own date.
WHO_MISSED: list[Case] = [
    ("L", "ขั้นตอนที่ 1 มีกองไหนตกหล่นบ้าง", "Missing", {"step": "1"}),
    ("L", "ขั้นตอนที่ 3 ยังมีหน่วยไหนตกหล่นอยู่ไหมคะ", "Missing", {"step": "3"}),
    ("L", "ประชุมชี้แจงเมื่อ 20 ธ.ค. ใครไม่ได้มาบ้างครับ", "Missing", {"step": "2"}),
    ("L", "ประชุมชี้แจงวันนั้น กองไหนไม่ได้มาประชุมบ้างคะ", "Missing", {"step": "2"}),
    ("L", "ใครไม่ได้เข้าประชุมบ้าง", "Missing", {"step": "2"}),
    ("L", "ตอนนี้มีอะไรต้องส่งบ้าง กองคลังกลัวตกหล่นค่ะ", "Deadlines", {}),
    ("L", "ประชุมชี้แจงจัดวันไหนคะ", "RuleQuestion", {"topic": "meeting"}),
]


@readings(WHO_MISSED)
def test_who_was_left_out_or_did_not_come_is_missing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) The organisation called by its name cut short ("ปทุมฯ", "สำนักงบฯ") and asked how it is
# going: its status. Near misses: another place cut short is everyday chat; a unit's name.
CUT_SHORT: list[Case] = [
    ("P", "ปทุมฯ ตอนนี้เป็นไงบ้างคะ", "Status", {}),
    ("P", "ปทุมฯ เป็นไงบ้างครับ", "Status", {}),
    ("B", "สำนักงบฯ เป็นไงบ้างคะ", "Status", {}),
    ("P", "กรุงเทพฯ ตอนนี้เป็นไงบ้างคะ", "Unknown", {}),
    ("L", "กองคลังตอนนี้เป็นไงบ้างคะ", "Status", {"unit": "กองคลัง"}),
]


@readings(CUT_SHORT)
def test_the_organisation_cut_short_asked_how_it_goes_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
