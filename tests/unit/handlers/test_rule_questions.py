"""Questions about the plan's rules, through the whole conversation, answered from the plan data.

The figures are seed 003's (see tests/unit/test_rule_knowledge.py); the demo has กองคลัง at
level 3 with a plan missing one dimension (2.50) and ศทส. at level 1.
"""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import RuleQuestion, RuleTopic
from handlers.registry import understand
from tests.fakes.chat import say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import text_of
from tests.fakes.seed import PATHUM, SOMCHAI, STRANGER

TODAY = date(2025, 1, 28)


@pytest.mark.parametrize(
    ("text", "topic", "slots"),
    [
        ("หักคะแนนอะไรบ้าง", RuleTopic.DEDUCTIONS, {}),
        ("โดนตัดคะแนนกรณีไหนบ้างคะ", RuleTopic.DEDUCTIONS, {}),
        ("ส่งแผนทางอีเมลได้มั้ยคะ", RuleTopic.CHANNEL, {"channel": "email", "step": "แผน"}),
        ("ส่งรายงานผลเป็นกระดาษได้ไหมครับ", RuleTopic.CHANNEL, {"channel": "paper"}),
        ("3 มิติ มีอะไรบ้าง", RuleTopic.DIMENSIONS, {}),
        ("มิติที่ 2 มีหมวดอะไรบ้าง", RuleTopic.DIMENSIONS, {"number": 2}),
        ("ประชุมชี้แจงวันไหน", RuleTopic.MEETING, {}),
        ("ประชุมชี้แจงจัดที่ไหนครับ", RuleTopic.MEETING, {}),
        ("รอบ 1 มีขั้นตอนไหนบ้าง", RuleTopic.ROUND, {"number": 1}),
        ("รอบที่ ๒ ต้องส่งอะไรบ้าง", RuleTopic.ROUND, {"number": 2}),
        ("ขั้นตอนที่ 3 ต้องทำอะไร", RuleTopic.STEP, {"step": "3"}),
        ("อยากได้ระดับ 5 ต้องทำอะไรบ้าง", RuleTopic.LEVEL, {"number": 5}),
        ("ทำไมกองคลังได้ 2.5", RuleTopic.WHY_SCORE, {"unit": "กองคลัง"}),
        ("ทำไมไอทีได้แค่ 1 คะแนน", RuleTopic.WHY_SCORE, {"unit": "ไอที"}),
        ("แบบฟอร์ม 4 คืออะไร", RuleTopic.FORM, {"number": 4}),
        ("ขอแบบฟอร์มหน่อยค่ะ", RuleTopic.FORM, {}),
        ("ส่งทางไลน์ได้ไหม", RuleTopic.CHANNEL, {"channel": "line"}),
        ("รอบแรกมีอะไรบ้าง", RuleTopic.ROUND, {"number": 1}),
        ("รอบสองต้องทำอะไร", RuleTopic.ROUND, {"number": 2}),
        ("ทำยังไงถึงจะได้ 5 คะแนน", RuleTopic.LEVEL, {"number": 5}),
        ("เกณฑ์ 85% คืออะไร", RuleTopic.THRESHOLDS, {}),
        ("ระดับ Basic ต้องได้กี่คะแนน", RuleTopic.LEVEL, {"pmqa": True}),
        ("ระดับก้าวหน้าต้องได้เท่าไหร่", RuleTopic.LEVEL, {"pmqa": True}),
        ("ต้องเข้าประชุมกี่เปอร์เซ็นต์คะ", RuleTopic.ATTENDANCE, {}),
        ("เข้าประชุม 80% ผ่านมั้ย", RuleTopic.ATTENDANCE, {"number": 80}),
        ("ร้อยละ 85 หมายถึงอะไรครับ", RuleTopic.THRESHOLDS, {}),
    ],
)
def test_a_rule_question_is_read_with_its_topic(text: str, topic: RuleTopic, slots: dict) -> None:
    intent = understand(text, today=TODAY).intent
    assert isinstance(intent, RuleQuestion), intent
    assert intent.topic is topic
    assert {k: getattr(intent, k) for k in slots} == slots


@pytest.mark.parametrize(
    "text", ["ส่งแบบฟอร์ม 4 แล้ว", "ส่งแผนแล้ว ครบ 3 มิติ", "เข้าประชุม 90%", "เดือนนี้ต้องส่งอะไร"]
)
def test_statements_and_other_questions_are_not_rule_questions(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, RuleQuestion)


def test_the_deductions_are_listed_with_their_points_from_the_plan(mol: FakePorts) -> None:
    answer = text_of(say(mol, "หักคะแนนอะไรบ้างคะ", STRANGER))
    assert "ไม่ส่งเอกสารประกอบการประเมิน (ขั้นตอนที่ 3–4): หักขั้นตอนละ 0.5 คะแนน" in answer
    assert "ไม่ได้ส่งผ่าน Google Drive (ขั้นตอนที่ 3–4): หักขั้นตอนละ 0.5 คะแนน" in answer
    assert "ส่งเอกสารไม่ครบหรือช้ากว่ากำหนด (ขั้นตอนที่ 1, 3, 4, 5): หักขั้นตอนละ 0.05 คะแนน" in answer
    assert "แผนไม่ครบทุกมิติ (ขั้นตอนที่ 3): หักมิติละ 0.5 คะแนน" in answer
    assert "น้อยกว่าร้อยละ 85 (ขั้นตอนที่ 5): หักตัวชี้วัดละ 0.5 คะแนน" in answer


def test_email_is_not_a_channel_for_the_plan_and_costs_half_a_point(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ส่งแผนทางอีเมลได้มั้ยคะ", STRANGER))
    assert answer.startswith("ไม่ได้ครับ ขั้นตอนที่ 3")
    assert "Google Drive เท่านั้น" in answer
    assert "หัก 0.5 คะแนน" in answer


def test_google_drive_is_the_plans_channel(mol: FakePorts) -> None:
    assert text_of(say(mol, "ส่งแผนทาง google drive ได้ไหม", STRANGER)).startswith("ได้ครับ")


def test_the_three_dimensions_come_with_their_categories(mol: FakePorts) -> None:
    answer = text_of(say(mol, "3 มิติ มีอะไรบ้าง", STRANGER))
    assert "1. เปิดกว้างและเชื่อมโยง (หมวด 1, 2, 4, 6)" in answer
    assert "2. ยึดประชาชนเป็นศูนย์กลาง (หมวด 3, 5, 6)" in answer
    assert "3. มีขีดสมรรถนะสูงและทันสมัย (หมวด 1, 2, 4, 5, 6)" in answer


def test_the_briefing_date_time_and_place(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ประชุมชี้แจงวันไหน", STRANGER))
    assert "วันที่ 20 ธันวาคม 2567 เวลา 09.30 น." in answer
    assert "ห้องประชุมประสงค์ รัตนันตน์" in answer


def test_round_one_lists_steps_one_to_three_with_their_windows(mol: FakePorts) -> None:
    answer = text_of(say(mol, "รอบ 1 มีขั้นตอนไหนบ้าง", STRANGER))
    assert "ขั้นตอนที่ 1 ส่งรายชื่อ PMQA Team (29 พ.ย. 2567)" in answer
    assert "ขั้นตอนที่ 3 ส่งแผนพัฒนาฯ 3 ปี และแผนปฏิบัติการ ปี 68 (17–31 ม.ค. 2568)" in answer
    assert "ขั้นตอนที่ 4" not in answer


def test_level_five_needs_all_five_steps_and_says_where_my_unit_is(mol_demo: FakePorts) -> None:
    answer = text_of(say(mol_demo, "อยากได้ระดับ 5 ต้องทำอะไรบ้าง", SOMCHAI))
    for n in range(1, 6):
        assert f"ขั้นตอนที่ {n}" in answer
    assert "แบบฟอร์ม: 4" in answer
    assert "ตอนนี้ กองคลัง: ระดับ 3 คะแนน 2.50" in answer


def test_why_the_finance_division_has_two_and_a_half(mol_demo: FakePorts) -> None:
    answer = text_of(say(mol_demo, "ทำไมกองคลังได้ 2.5", STRANGER))
    assert answer.startswith("กองคลัง: ระดับ 3 คะแนน 2.50")
    assert "ผ่านขั้นตอนที่ 1–3 จึงได้ระดับ 3" in answer
    assert "แผนขาดมิติ 1 มิติ −0.5" in answer
    assert "รวม 3 − 0.5 = 2.50" in answer


def test_form_four_is_the_results_report_of_step_four(mol: FakePorts) -> None:
    answer = text_of(say(mol, "แบบฟอร์ม 4 คืออะไร", STRANGER))
    assert answer.startswith("แบบฟอร์มหมายเลข 4: รายงานสรุปผลตามแผนปฏิบัติการ")
    assert "ส่งในขั้นตอนที่ 4" in answer
    assert "https://shorturl.asia/YLpn9" in answer


def test_an_organisation_without_a_plan_says_its_indicators_have_no_steps(
    pathum: FakePorts,
) -> None:
    assert "ไม่มีขั้นตอน" in text_of(say(pathum, "หักคะแนนอะไรบ้าง", PATHUM))


def test_why_my_score_without_a_unit_explains_the_askers_unit(mol_demo: FakePorts) -> None:
    assert text_of(say(mol_demo, "ทำไมได้คะแนนแค่นี้", SOMCHAI)).startswith("กองคลัง: ระดับ 3")


def test_a_category_asks_which_dimensions_hold_it(mol: FakePorts) -> None:
    answer = text_of(say(mol, "หมวด 5 อยู่มิติไหน", STRANGER))
    assert answer.startswith("หมวด 5 อยู่ในมิติที่ 2 ยึดประชาชนเป็นศูนย์กลาง และมิติที่ 3")
    assert "1. เปิดกว้างและเชื่อมโยง" not in answer


def test_one_dimension_asked_by_number(mol: FakePorts) -> None:
    answer = text_of(say(mol, "มิติที่ 1 มีหมวดอะไรบ้าง", STRANGER))
    assert answer.startswith("มิติที่ 1 เปิดกว้างและเชื่อมโยง: หมวด 1, 2, 4, 6")


def test_the_eighty_five_percent_rules_of_the_plan(mol: FakePorts) -> None:
    answer = text_of(say(mol, "เกณฑ์ 85% คืออะไร", STRANGER))
    assert "ขั้นตอนที่ 2" in answer and "ไม่น้อยกว่าร้อยละ 85" in answer
    assert "ขั้นตอนที่ 5" in answer and "หักตัวชี้วัดละ 0.5 คะแนน" in answer


def test_line_is_not_the_plans_channel(mol: FakePorts) -> None:
    assert text_of(say(mol, "ส่งแผนทางไลน์ได้ไหม", STRANGER)).startswith("ไม่ได้ครับ ขั้นตอนที่ 3")


def test_eighty_percent_attendance_does_not_pass_step_two(mol: FakePorts) -> None:
    answer = text_of(say(mol, "เข้าประชุม 80% ผ่านมั้ย", STRANGER))
    assert "ต้องไม่น้อยกว่าร้อยละ 85" in answer
    assert "ร้อยละ 80 จึงไม่ผ่านขั้นตอนที่ 2" in answer


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ขอลิงก์ google drive ส่งแผนหน่อยค่ะ", RuleTopic.CHANNEL),
        ("ขอลิงก์ส่งรายงานผลหน่อยครับ", RuleTopic.CHANNEL),
        ("แผนต้องครอบคลุมกี่มิติ", RuleTopic.DIMENSIONS),
        ("ส่งแผนแค่ 2 มิติได้ไหม", RuleTopic.DIMENSIONS),
        ("ส่งช้าได้มั้ยคะ", RuleTopic.DEDUCTIONS),
    ],
)
def test_asking_for_a_link_or_whether_something_is_allowed_is_a_rule_question(
    text: str, topic: RuleTopic
) -> None:
    intent = understand(text, today=TODAY).intent
    assert isinstance(intent, RuleQuestion) and intent.topic is topic, intent


def test_a_link_request_says_where_to_send_and_who_gives_the_link(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ขอลิงก์ google drive ส่งแผนหน่อยค่ะ", STRANGER))
    assert "ขั้นตอนที่ 3" in answer and "Google Drive" in answer
    assert "ขอได้จาก กลุ่มพัฒนาระบบบริหาร" in answer


def test_the_pmqa_levels_are_answered_for_any_organisation(pathum: FakePorts) -> None:
    answer = text_of(say(pathum, "ระดับ Basic ต้องได้กี่คะแนน", PATHUM))
    assert "ระดับพื้นฐาน (Basic): 300–399 คะแนน" in answer
    assert "ระดับก้าวหน้า (Advance): 400–469 คะแนน" in answer
    assert "ระดับพัฒนาจนเกิดผล (Significance): 470–500 คะแนน" in answer


@pytest.mark.parametrize("text", ["มิติที่ 4 มีอะไรบ้างนะพี่", "มิติที่ 5 คืออะไรคะ", "มิติ 4 มีหมวดไหนบ้าง"])
def test_a_dimension_the_plan_lacks_is_said_to_be_none(mol: FakePorts, text: str) -> None:
    answer = text_of(say(mol, text, STRANGER))
    assert answer.startswith("ไม่มีมิติที่") and "แผนนี้มีเพียง 3 มิติ" in answer
    assert "1. เปิดกว้างและเชื่อมโยง (หมวด 1, 2, 4, 6)" in answer
