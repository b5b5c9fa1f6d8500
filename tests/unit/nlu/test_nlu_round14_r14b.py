"""Issue 9, round 14 (r14b): several indicators or units named together in one question are
all asked ("ตัวชี้วัดที่ 2 และตัวชี้วัดที่ 3", titles listed with spaces before a count of
them: "หลักสูตรสอบ แต่งตั้ง แผนพัฒนาบุคลากร สามตัวนี้"); two units compared ("เทียบกองคลังกับ
กองกลาง", "…สถานะต่างกันยังไง") is the status of each; a figure or a state stated of an
indicator and asked whether it passes is its tier (an OPDC indicator), or the bar of the plan's
indicators met (step 5 of the ministry's plan: a rule question of thresholds); never a write."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# Codes repeated with their word, or titles listed with spaces and counted: every one asked.
SEVERAL_INDICATORS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "รบกวนสอบถามผลของตัวชี้วัดที่ 1 และตัวชี้วัดที่ 4 ค่ะ",
        "IndicatorQuery",
        {"indicator": ["1", "4"], "aspect": "result"},
    ),
    (
        "P",
        "ตัวชี้วัดที่ 2 กับตัวชี้วัดที่ 5 ได้กี่คะแนนคะ",
        "IndicatorQuery",
        {"indicator": ["2", "5"], "aspect": "score"},
    ),
    (
        "O",
        "ขอทราบเกณฑ์ของตัวชี้วัดที่ ๖ และตัวชี้วัดที่ ๘ ด้วยครับ",
        "IndicatorQuery",
        {"indicator": ["6", "8"], "aspect": "criteria"},
    ),
    (
        "O",
        "สรรหา แต่งตั้ง แผนพัฒนาบุคลากร สามตัวนี้ได้กี่คะแนน",
        "IndicatorQuery",
        {"indicator": ["1", "2", "3"], "aspect": "score"},
    ),
    (
        "P",
        "ขยะ ยาเสพติด e-Service สามตัวนี้ผ่านหมดยังคะ",
        "IndicatorQuery",
        {"indicator": ["2", "4", "5"], "aspect": "tier"},
    ),
    (
        "B",
        "PB โอนเปลี่ยนแปลง สองตัวนี้ผ่านไหมคะ",
        "IndicatorQuery",
        {"indicator": ["2", "3"], "aspect": "tier"},
    ),
    (
        "O",
        "ระดับความพร้อมรัฐบาลดิจิทัล กับ คะแนนความพร้อมรัฐบาลดิจิทัล สองตัวนี้ต่างกันตรงไหนครับ",
        "IndicatorQuery",
        {"indicator": ["8", "9"]},
    ),
    (
        "O",
        "หลักสูตรสอบ แผนพัฒนาบุคลากร 2 ตัวนี้มีข้อไหนไม่ผ่านบ้าง",
        "IndicatorQuery",
        {"indicator": ["1", "3"], "aspect": "failed"},
    ),
]

# Two units compared: the status of each of them.
UNITS_COMPARED: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "เทียบกองคลังกับกองการเจ้าหน้าที่หน่อยครับ ใครนำอยู่",
        "Status",
        {"unit": ["กองคลัง", "กองการเจ้าหน้าที่"]},
    ),
    ("L", "ไอทีกับกองกลาง ใครคืบหน้ากว่ากันคะ", "Status", {"unit": [_IT, "กองกลาง"]}),
    ("L", "กค. กับ กจ. สถานะต่างกันแค่ไหนครับ", "Status", {"unit": ["กองคลัง", "กองการเจ้าหน้าที่"]}),
    ("L", "ระหว่างกองนิติการกับกองคลัง ใครทำได้ดีกว่ากัน", "Status", {"unit": ["กองนิติการ", "กองคลัง"]}),
    (
        "L",
        "ขอเปรียบเทียบความคืบหน้า กนต. และ กก. หน่อยค่ะ",
        "Status",
        {"unit": ["กองนิติการ", "กองกลาง"]},
    ),
    ("L", "กพร. กับ ศทส. ใครไปไกลกว่ากันครับ", "Status", {"unit": ["กลุ่มพัฒนาระบบบริหาร", _IT]}),
]

# Several units' status asked plainly, with nothing compared: the organisation's status.
UNITS_NOT_COMPARED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "สถานะของกองกลางกับไอทีหน่อยครับ", "Status", {}),
    ("L", "กจ. และ กนต. ถึงไหนกันแล้วคะ", "Status", {}),
]

# Units' teams or histories compared: never their status.
TEAMS_COMPARED = ["สมาชิกกองคลังกับกองกลางต่างกันยังไง", "ประวัติการส่งของกองคลังเทียบกับกองกลาง"]

# A figure or a state of an OPDC indicator asked whether it passes: the indicator's tier.
FIGURES_PASS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขยะจัดการถูกต้อง 52% ถือว่าผ่านไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ยาเสพติดได้ร้อยละ 80 แบบนี้ผ่านรึยัง", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    (
        "P",
        "e-Service มีผู้รับบริการ ๒๐๐ คนแล้ว ผ่านหรือยังครับ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "tier"},
    ),
    (
        "B",
        "e-Budgeting ความพึงพอใจ 86% ถือว่าผ่านหรือยังครับ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    (
        "O",
        "GD Catalog ลงทะเบียนได้ 40 ชุด ถือว่าผ่านไหม",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    ("B", "PMQA ได้ 410 คะแนน นับว่าผ่านมั้ยคะ", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
]

# The share of the plan's indicators met, asked whether it passes: the bar of step 5.
PLAN_SHARE_PASSES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ตัวชี้วัดตามแผนบรรลุ 9 ใน 10 ตัว ถือว่าผ่านไหมครับ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ตัวชี้วัดในแผนของกองบรรลุ ๙๐% ผ่านหรือยังคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ตัวชี้วัดในแผนบรรลุ 86% นับว่าผ่านเกณฑ์ไหม", "RuleQuestion", {"topic": "thresholds"}),
]


@readings(SEVERAL_INDICATORS)
def test_several_indicators_named_together_are_all_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNITS_COMPARED)
def test_two_units_compared_are_each_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNITS_NOT_COMPARED)
def test_several_units_asked_plainly_are_the_organisations_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", TEAMS_COMPARED)
def test_teams_or_histories_compared_are_no_status(text: str) -> None:
    assert settled(text, "L")[0] != "Status"


@readings(FIGURES_PASS + PLAN_SHARE_PASSES)
def test_a_figure_asked_whether_it_passes_is_a_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    got = settled(text, org)
    assert category(*got) == "question"
    assert got == (intent, slots)
