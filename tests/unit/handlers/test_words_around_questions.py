"""Words around a question (issue 9): each family answered through the conversation entry point."""

from __future__ import annotations

from handlers.replies import Reply
from tests.fakes.chat import NOW, say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import card_messages, text_of, texts
from tests.fakes.seed import COORDINATOR, SOMCHAI


def test_working_days_left_is_a_deadline_question_not_a_step(mol_demo: FakePorts) -> None:
    answer = text_of(say(mol_demo, "เหลือกี่วันทำการ", SOMCHAI))
    assert "ไม่พบขั้นตอน" not in answer
    assert "วันทำการ" in answer


def test_attendance_with_the_team_named_is_step_two(mol_demo: FakePorts) -> None:
    answer = shown(say(mol_demo, "PMQA Team เข้าร่วมกิจกรรม 80 เปอร์เซ็นต์", SOMCHAI))
    assert "ขั้นตอนที่ 2" in answer and "ร้อยละ: 80" in answer


def test_a_units_alias_asks_for_that_units_steps(mol_demo: FakePorts) -> None:
    answer = shown(say(mol_demo, "ไอทีผ่านขั้นตอนไหนแล้วบ้าง", SOMCHAI))
    assert "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร" in answer
    assert "ไม่พบ" not in answer


def test_a_units_history_lists_only_that_units_rows(mol_demo: FakePorts) -> None:
    answer = text_of(say(mol_demo, "ประวัติการส่งของกองคลัง", COORDINATOR))
    assert answer.startswith("ประวัติการส่ง กองคลัง")
    assert "[กองคลัง]" in answer and "[กองกลาง]" not in answer


def test_the_team_of_a_unit_is_a_labelled_answer(mol_demo: FakePorts) -> None:
    answer = text_of(say(mol_demo, "ทีม PMQA ของกองคลังมีใครบ้าง", COORDINATOR))
    assert answer.splitlines()[0] == "ทีม PMQA ของกองคลัง ที่ลงทะเบียนกับบอท: 1 คน"
    assert "สมชาย" in answer
    assert "ขั้นตอนที่ 1" in answer


def test_a_plan_correction_that_adds_a_dimension_is_drafted_for_the_named_unit(
    mol_demo: FakePorts,
) -> None:
    text = "แก้ไขแผนกองคลัง เพิ่มมิติที่ 2 แล้ว ตอนนี้ครบ 3 มิติ"
    answer = shown(say(mol_demo, text, COORDINATOR))
    assert "ขั้นตอนที่ 3" in answer and "หน่วยงาน: กองคลัง" in answer
    assert "มิติ: 1 เปิดกว้างและเชื่อมโยง, 2 ยึดประชาชนเป็นศูนย์กลาง, 3 มีขีดสมรรถนะสูง" in answer


def test_a_question_about_the_drive_link_opens_no_confirmation(mol_demo: FakePorts) -> None:
    reply = say(mol_demo, "ขอลิงก์ google drive ส่งแผนหน่อยค่ะ", SOMCHAI)
    assert "ยืนยัน" not in shown(reply)
    assert mol_demo.pending.open_in(SOMCHAI.line_user_id, "", now=NOW) == []


def shown(reply: Reply) -> str:
    """Everything the reply shows: its texts and its cards' summaries."""
    return "\n".join([*texts(reply), *(m.alt_text for m in card_messages(reply))])
