"""A request to look at or check something ("ช่วยดูแผนมิติ 2 ให้หน่อยนะคะ", "รบกวนตรวจสอบขั้นตอนที่
4 ให้ด้วยครับ", "ขอเช็คแผนของกองคลังหน่อย") never starts a write, whatever the verb, the opener,
the object and the particles; a report told beside such a request, or a favour to record, still
does (issue 9)."""

from __future__ import annotations

import pytest

from handlers.intents import MarkStep, SubmitValue, Undo, Unknown, stores
from tests.fakes.understanding import intent_of


@pytest.mark.parametrize(
    "text",
    [
        # The plan with its dimensions, every look or check verb.
        "ช่วยดูแผนมิติ 2 ให้หน่อยนะคะ",
        "รบกวนดูแผนมิติที่ 1 ให้หน่อยครับ",
        "ช่วยเช็คแผนมิติ 3 ให้หน่อย",
        "ช่วยเช็กแผนมิติที่ 2 หน่อยค่ะ",
        "รบกวนตรวจแผนมิติ 1 ให้ด้วยนะคะ",
        "รบกวนตรวจสอบแผนมิติที่ 3 ให้หน่อยครับ",
        "ช่วย review แผนมิติ 2 ให้หน่อย",
        "ช่วยดูแผนมิติ 1 กับ 3 ให้หน่อย",
        "ช่วยดูแผนครบทุกมิติให้หน่อย",
        # Every opener, with and without particles or a closing.
        "ขอเช็คแผนมิติ 2 หน่อยค่ะ",
        "ขอตรวจแผนมิติที่ 2 หน่อยนะคะ",
        "วานช่วยดูแผนมิติ 2 ให้ที",
        "ฝากเช็คแผนมิติ 3 ให้ด้วยจ้า",
        "ช่วยดูแผนมิติ 2",
        "รบกวนดูแผนมิติ 1",
        "รบกวนน้องบอทช่วยดูแผนมิติ 2 ให้หน่อยค่ะ",
        # The look closed by its favour, with no opener.
        "ดูแผนมิติ 2 ให้หน่อย",
        "เช็คแผนมิติ 2 ให้หน่อยครับ",
        # Other objects: a step, a unit's plan, a form, a plan already sent.
        "ช่วยเช็คขั้นตอนที่ 3 ให้หน่อย",
        "ช่วยตรวจขั้นตอนที่ 3 ให้หน่อยค่ะ",
        "รบกวนตรวจสอบขั้นตอนที่ 4 ให้ด้วยครับ",
        "ช่วยดูแผนของกองคลังให้หน่อยค่ะ",
        "รบกวนเช็คแผนของกองคลังให้หน่อยครับ",
        "ช่วยตรวจแผนกองกลางมิติ 2 ให้หน่อย",
        "ช่วยดูแบบฟอร์ม 2 ให้หน่อยค่ะ",
        "ช่วยดูแผนมิติ 2 ที่ส่งไปแล้วให้หน่อยค่ะ",
        "ช่วยเช็คให้หน่อยว่ากองคลังส่งแผนมิติ 2 แล้ว",
        # A figure to check is no figure reported.
        "รบกวนตรวจสอบตัวเลขขยะ 52.3 ให้หน่อยค่ะ",
        "ช่วยตรวจสอบคะแนน GD Catalog 4.5 ให้หน่อยค่ะ",
        "ขอเช็คผลยาเสพติด 80% หน่อยค่ะ",
        # What is to be looked at named first, or whom it is asked of.
        "แผนมิติ 2 ช่วยดูให้หน่อย",
        "แผนมิติที่ 3 รบกวนเช็คให้หน่อยค่ะ",
        "แผนกองคลังมิติ 1 ฝากตรวจด้วยนะคะ",
        "แผนมิติ 2 เช็คให้หน่อย",
        "ขยะ 52.3 ช่วยเช็คให้หน่อย",
        "ยาเสพติด 80% รบกวนตรวจสอบให้ด้วยค่ะ",
        "พี่คะ ช่วยดูแผนมิติ 2 ให้หน่อยค่ะ",
        # After a greeting or the bot called.
        "สวัสดีค่ะ ช่วยดูแผนมิติ 2 ให้หน่อย",
        "สวัสดีค่ะ น้องบอท รบกวนเช็คแผนมิติ 3 ให้หน่อยนะคะ",
    ],
)
def test_a_request_to_look_stores_nothing(text: str) -> None:
    assert not stores(intent_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "ช่วยดูแผนมิติ 2 ให้หน่อยนะคะ",
        "รบกวนดูแผนมิติที่ 1 ให้หน่อยครับ",
        "ช่วยเช็คแผนมิติ 3 ให้หน่อย",
        "รบกวนตรวจสอบแผนมิติที่ 3 ให้หน่อยครับ",
    ],
)
def test_a_plan_to_review_is_read_as_its_neighbour_without_dimensions(text: str) -> None:
    # "ช่วยดูแผนให้หน่อยค่ะ" (the plan's content, which the bot does not review) is not
    # understood; naming a dimension changes nothing of that.
    assert isinstance(intent_of(text), Unknown)


@pytest.mark.parametrize(
    "text",
    [
        "ส่งแผนมิติ 2 แล้วค่ะ",
        "แผนมิติที่ 1 ส่งแล้ว",
        "ขั้นตอนที่ 3 ส่งแล้ว",
        "แผนกองกลางครอบคลุมมิติ 2 กับ 3",
        "กจ. แผนมีมิติ 1 และ 3",
        "ส่งแผนครบ 3 มิติแล้วค่ะ",
        # A report, then a request to check it or something else: the report stands.
        "กองคลังส่งแผนมิติ 2 แล้วนะคะ รบกวนตรวจสอบด้วยค่ะ",
        "ขั้นตอนที่ 3 ส่งแล้ว ช่วยเช็คให้หน่อย",
        "ช่วยดูหน่อยค่ะ ส่งแผนมิติ 2 แล้ว",
        "สวัสดีค่ะ ส่งแผนมิติ 2 แล้วค่ะ",
        "กองคลังส่งแผนมิติ 2 นะคะ รบกวนตรวจสอบด้วยค่ะ",
        "แผนมิติ 2 ส่งแล้ว ช่วยดูให้ด้วย",
        # A favour to record is a write restated on its card.
        "ช่วยบันทึกว่าส่งแผนแล้ว",
        "ช่วยบันทึกว่าแผนมิติ 2 ส่งแล้ว",
    ],
)
def test_a_report_is_still_a_step_done(text: str) -> None:
    assert isinstance(intent_of(text), MarkStep)


@pytest.mark.parametrize(
    "text",
    [
        "ส่งผลขยะ 59.1 แล้วนะคะ ช่วยดูภาพรวมให้ด้วย",
        "บันทึกผลขยะ 59.7 ให้หน่อยได้มั้ยคะ",
        # A figure closed by its particle is told, then the check asked of it.
        "ขยะ 52.3 ค่ะ ช่วยเช็คให้ด้วยนะคะ",
        "GD Catalog ได้ 4.5 คะแนนแล้วค่ะ",
        # Recording asked beside the look: restated on its card, as "ช่วยบันทึก…" is.
        "ช่วยตรวจสอบและบันทึกผลขยะ 52.3 ให้หน่อยค่ะ",
    ],
)
def test_a_value_reported_or_asked_to_be_recorded_is_still_submitted(text: str) -> None:
    assert isinstance(intent_of(text), SubmitValue)


@pytest.mark.parametrize("text", ["ยกเลิกที่ส่งไปเมื่อกี้ ขอเช็คก่อน", "ขอยกเลิกที่ส่งล่าสุด ขอตรวจสอบตัวเลขก่อน"])
def test_an_undo_then_a_look_taken_is_still_an_undo(text: str) -> None:
    assert isinstance(intent_of(text), Undo)
