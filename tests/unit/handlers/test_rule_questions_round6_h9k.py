"""Rule questions asked with context (issue 9, round 6, helper h9k), answered from the data.

A PMQA 4.0 level asked with a score says where that score stands, in any organisation (even one
whose own PMQA indicator sets targets by group); a form named with a channel or a window is
answered with that step's channel or window; a meeting asked "already past?" says so; a step's
share of met targets is that step's rule. None of these is a write.
"""

from __future__ import annotations

import pytest

from handlers.intents import WRITES
from handlers.registry import understand
from tests.fakes.chat import say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import text_of
from tests.fakes.seed import STRANGER
from tests.unit.handlers.test_rule_questions import TODAY


def test_a_pmqa_score_is_placed_in_its_level(bureau: FakePorts) -> None:
    answer = text_of(say(bureau, "ถ้าคะแนน PMQA 420 จะอยู่ระดับ Basic หรือ Advance คะ", STRANGER))
    assert answer.startswith("420 คะแนน อยู่ในระดับก้าวหน้า (Advance)")
    assert "ระดับพื้นฐาน (Basic): 300–399 คะแนน" in answer


def test_a_score_below_basic_is_said_to_fall_short(mol: FakePorts) -> None:
    answer = text_of(say(mol, "PMQA 280 คะแนนนี่ถึงระดับ basic ไหมครับ", STRANGER))
    assert answer.startswith("280 คะแนน ยังไม่ถึงระดับพื้นฐาน")


def test_a_level_named_is_the_national_levels_not_the_reports_targets(
    civil_service: FakePorts,
) -> None:
    answer = text_of(say(civil_service, "Significance ต้องได้คะแนนเท่าไหร่ขึ้นไปครับ", STRANGER))
    assert "ระดับพัฒนาจนเกิดผล (Significance): 470–500 คะแนน" in answer


def test_a_forms_channel_is_its_steps(mol: FakePorts) -> None:
    answer = text_of(say(mol, "รายงานผลตามแบบฟอร์ม 4 ต้องส่งผ่านช่องทางไหนครับ", STRANGER))
    assert "ขั้นตอนที่ 4" in answer and "Google Drive" in answer
    assert "ขั้นตอนที่ 3" not in answer


def test_a_forms_window_is_its_steps(mol: FakePorts) -> None:
    answer = text_of(say(mol, "แบบฟอร์ม 4 เปิดให้ส่งช่วงไหนครับ", STRANGER))
    assert "15–24 ก.ย. 2568" in answer


def test_a_category_asked_while_filling_a_form_is_its_dimension(mol: FakePorts) -> None:
    answer = text_of(say(mol, "หมวด 3 อยู่ในมิติไหนคะ พอดีทำแบบฟอร์มแล้วงงค่ะ", STRANGER))
    assert answer == "หมวด 3 อยู่ในมิติที่ 2 ยึดประชาชนเป็นศูนย์กลาง"


def test_the_meeting_asked_whether_past_says_it_was_held(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ประชุมชี้แจงผ่านไปแล้วใช่ไหมคะ จัดวันที่เท่าไหร่", STRANGER))
    assert "วันที่ 20 ธันวาคม 2567 เวลา 09.30 น. (จัดไปแล้ว)" in answer


def test_a_steps_share_is_that_steps_rule(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ขั้นตอนที่ 5 ต้องบรรลุกี่ตัวคะ", STRANGER))
    assert "ขั้นตอนที่ 5" in answer and "หักตัวชี้วัดละ 0.5 คะแนน" in answer
    assert "ขั้นตอนที่ 2" not in answer


def test_what_to_prepare_for_a_step_is_its_rule(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ขั้นตอนที่3 ต้องเตรียมอะไรบ้างคะ", STRANGER))
    assert "แบบฟอร์ม: 1, 2, 3" in answer and "Google Drive" in answer


def test_a_private_line_message_does_not_count_as_sent(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ถ้ากองคลังส่งแผนผ่านไลน์ส่วนตัวพี่ จะนับว่าส่งแล้วไหมคะ", STRANGER))
    assert answer.startswith("ไม่ได้ครับ ขั้นตอนที่ 3")


@pytest.mark.parametrize(
    "text",
    [
        "ถ้ากองคลังส่งแผนผ่านไลน์ส่วนตัวพี่ จะนับว่าส่งแล้วไหมคะ",
        "ส่งแผนแล้วแต่แผนมีแค่ 2 มิติ จะเสียคะแนนไหมคะ",
        "ประชุมชี้แจงผ่านไปแล้วใช่ไหมคะ จัดวันที่เท่าไหร่",
        "กองคลังส่งแผนทางไลน์ไปแล้ว ถือว่าส่งแล้วใช่ไหม",
    ],
)
def test_a_rule_question_is_never_a_write(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)
