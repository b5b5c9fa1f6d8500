"""Round 30 (rules8): the tiers' points asked with no indicator, how the total score is worked
out, and what a step or a plan short of a dimension allows.

The points a tier earns, asked or checked with no indicator named ("ขั้นต้น มาตรฐาน ขั้นสูง
ได้กี่คะแนนคะ 50 75 100 ใช่มั้ย", "ได้ขั้นมาตรฐานได้ 75 คะแนนใช่ไหมคะ", "ต่ำกว่าเป้าขั้นต้นได้ศูนย์
เลยหรือคะ") are the thresholds' rule; of a named indicator they stay its own criteria or tier.
How the total is worked out ("คะแนนรวมคิดยังไง ถ่วงตามน้ำหนักหรือเฉลี่ย", "ตัวที่ยังไม่ส่งผล
นับเป็นศูนย์ในคะแนนรวมไหม") is why a score is what it is; the total itself asked stays the
status. A plan short of a dimension, asked whether it may go in anyway, is the dimensions' rule;
a plan told sent short of one stays a step reported. None of the questions is read as a write.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

THRESHOLDS = {"topic": "thresholds"}
WHY = {"topic": "why_score"}

# (1) A tier's points, no indicator named: the thresholds' rule.
TIER_POINTS: list[Case] = [
    ("P", "ขั้นต้น มาตรฐาน ขั้นสูง ได้กี่คะแนนคะ 50 75 100 ใช่มั้ย", "RuleQuestion", THRESHOLDS),
    ("O", "ได้ขั้นมาตรฐานได้ 75 คะแนนใช่ไหมคะ", "RuleQuestion", THRESHOLDS),
    ("O", "ต่ำกว่าเป้าขั้นต้นได้ศูนย์เลยหรือคะ", "RuleQuestion", THRESHOLDS),
    ("L", "ขั้นสูงได้ 100 คะแนนใช่ไหมครับ", "RuleQuestion", THRESHOLDS),
    # Near misses: a named indicator's criteria or tier.
    ("O", "pmqaขั้นสูงต้องได้กี่คะแนน", "IndicatorQuery", {"indicator": "10", "aspect": "criteria"}),
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัลผ่านขั้นต้นไหมคะ",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "tier"},
    ),
    (
        "B",
        "คะแนน DG ต้องได้เท่าไหร่ถึงได้ขั้นสูงครับ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
]

# (2) How the total is worked out: why a score is what it is; the total itself is the status.
TOTAL_WORKED_OUT: list[Case] = [
    ("O", "คะแนนรวมคิดยังไงครับ ถ่วงตามน้ำหนักหรือเฉลี่ยเฉยๆ", "RuleQuestion", WHY),
    ("P", "ตัวที่ยังไม่ส่งผลนับเป็นศูนย์ในคะแนนรวมไหมครับ", "RuleQuestion", WHY),
    ("B", "คะแนนรวมคำนวณอย่างไรคะ", "RuleQuestion", WHY),
    # Near misses: the total asked, which indicators have no result.
    ("O", "คะแนนรวมถ่วงน้ำหนักของทุกตัวชี้วัดตอนนี้เท่าไหร่ครับ", "Status", {}),
    ("P", "ตอนนี้จังหวัดส่งผลไปกี่ตัวแล้วคะ ได้คะแนนรวมเท่าไหร่", "Status", {}),
    ("P", "ตัวไหนยังไม่ส่งผลบ้าง", "Missing", {}),
]

# (3) What a step or a plan short of a dimension allows.
STEP_RULES: list[Case] = [
    ("L", "ขั้นตอนที่ 2 นับยังไงคะ ประชุมครั้งเดียวหรือนับทั้งปี", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ขั้นตอนที่ 4 นี่ทำแค่ฟอร์ม 4 อย่างเดียวใช่ไหมคะ", "RuleQuestion", {"topic": "step"}),
    (
        "L",
        "กองกลางเช็คแล้ว แผนยังไม่มีมิติยึดประชาชนเป็นศูนย์กลางเลย ส่งไปก่อนได้ไหมคะ",
        "RuleQuestion",
        {"topic": "dimensions"},
    ),
    # Near misses: a plan told sent short of a dimension is the step reported.
    (
        "L",
        "แผนของกองกลางส่งแล้วนะคะ แต่ยังไม่มีมิติยึดประชาชนเป็นศูนย์กลาง",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [1, 3]},
    ),
    ("L", "แผนขาดมิติยึดประชาชนเป็นศูนย์กลาง จะโดนตัดกี่คะแนนครับ", "RuleQuestion", {"topic": "deductions"}),
]

# (4) The bot's use, a chart, chatter in a rule's words; a unit's score with its deduction said.
NOT_RULES: list[Case] = [
    ("O", "บอทส่งค่าฐานปี 66 ยังไงคะ", "Help", {}),
    ("P", "ขอเป็นรูปกราฟได้มั้ยคะ อ่านตัวหนังสือยาวๆ ไม่ไหวแล้ว 😅", "Chart", {}),
    ("L", "มิติที่ 4 ของหนูคือมิติการนอน 😴", "Unknown", {}),
    ("L", "กค. ได้กี่คะแนนแล้ว หลังโดนหักส่งช้า", "Status", {"unit": "กองคลัง"}),
    # Near misses: a way of sending allowed, a dimension asked, a case supposed, the commands.
    ("L", "ส่งเป็นหนังสือได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "หมวด 3 คือมิติอะไรคะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "ถ้ากองคลังส่งช้าจะได้กี่คะแนน", "RuleQuestion", {"topic": "deductions"}),
    ("L", "มีคำสั่งอะไรใช้ได้บ้างคะ", "Help", {}),
]

ALL = TIER_POINTS + TOTAL_WORKED_OUT + STEP_RULES + NOT_RULES


@readings(TIER_POINTS)
def test_a_tiers_points_with_no_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TOTAL_WORKED_OUT)
def test_how_the_total_is_worked_out(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEP_RULES)
def test_what_a_step_allows(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []


@readings(NOT_RULES)
def test_no_rule_asked(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
