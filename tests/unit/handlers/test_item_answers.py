"""Report items as first-class answers: item texts with their results, failed ones first;
resolution by item words and short forms; a block the report prints twice answered once.

Seed 004 (สำนักงาน ก.พ.) prints the ethics block twice (indicators 4 and 5, identical: item 1
passed, items 2-4 failed); seed 000 (ปทุมธานี) has the Eco Town items "ระดับ 2 (ขั้นต้น) ผ่าน",
"ระดับ 3 (ขั้นสูง) ผ่าน" and the e-Service items "มีจำนวน 3 อำเภอที่เปิดให้บริการ e-Service
อย่างน้อย 8 งานบริการ ผ่าน", "จำนวนผู้รับบริการ 185 (คน)"; seed 002 (สำนักงบประมาณ) has the
อปท. item in indicator 1 only.
"""

from __future__ import annotations

from handlers.postbacks import decode
from tests.fakes.chat import press, say
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.reading import button, labels, texts
from tests.fakes.seed import OCSC_COORDINATOR, PATHUM, STRANGER, ocsc


def _all_text(reply) -> str:
    return "\n".join([*texts(reply), *(getattr(m, "alt_text", "") for m in reply.messages)])


def test_which_items_failed_lists_them_once_for_the_repeated_block(
    civil_service: FakePorts,
) -> None:
    answer = "\n".join(texts(say(civil_service, "ข้อไหนไม่ผ่าน", STRANGER)))
    assert "ตัวชี้วัด 4" in answer
    assert answer.count("✗ จัดทำรายงานผลการดำเนินการตามมาตรฐานทางจริยธรรม") == 1
    assert "ปรากฏ 2 ครั้งในรายงาน (ตัวชี้วัด 4 และ 5)" in answer
    assert "✓" not in answer  # only the failed items were asked for


def test_an_indicator_answer_lists_its_items_failed_first(civil_service: FakePorts) -> None:
    answer = "\n".join(texts(say(civil_service, "ตัวชี้วัด 4", STRANGER)))
    failed = answer.index("✗ จัดทำรายงานผล")
    passed = answer.index("✓ รวบรวมและวิเคราะห์รายงานผล")
    assert failed < passed
    assert "ไม่ผ่าน 3 ข้อ" in answer


def test_the_eco_town_answer_names_the_levels_it_passed(pathum: FakePorts) -> None:
    answer = "\n".join(texts(say(pathum, "เมืองอุตสาหกรรมเชิงนิเวศผ่านระดับไหน", PATHUM)))
    assert "✓ ระดับ 2 (ขั้นต้น): ผ่าน" in answer
    assert "✓ ระดับ 3 (ขั้นสูง): ผ่าน" in answer


def test_how_many_districts_offer_e_service(pathum: FakePorts) -> None:
    answer = "\n".join(texts(say(pathum, "e-Service เปิดกี่อำเภอ", PATHUM)))
    assert "มีจำนวน 3 อำเภอที่เปิดให้บริการ e-Service อย่างน้อย 8 งานบริการ: ผ่าน" in answer
    assert "จำนวนผู้รับบริการ: 185 คน" in answer


def test_the_local_government_item_names_its_one_indicator(bureau: FakePorts) -> None:
    for text in ("องค์กรปกครองส่วนท้องถิ่นที่เป็นหน่วยรับงบประมาณตรงมีกี่แห่ง", "อปท."):
        reply = say(bureau, f"{text}", STRANGER)
        assert "ตรงกับ" not in _all_text(reply), text
        assert "ตัวชี้วัด 1" in _all_text(reply), text


def test_an_exact_title_is_answered_not_asked_back(civil_service: FakePorts) -> None:
    reply = say(civil_service, "ระดับความพร้อมรัฐบาลดิจิทัล", STRANGER)
    assert "ตรงกับ" not in _all_text(reply)
    assert "ตัวชี้วัด 8" in _all_text(reply)


def test_the_words_two_titles_share_without_their_measure_answer_both(
    civil_service: FakePorts,
) -> None:
    """ระดับ… and คะแนนความพร้อมรัฐบาลดิจิทัล differ only by their measure word: asked without
    it, both are answered at once (no ask-back, one message fewer in the group)."""
    answer = _all_text(say(civil_service, "ความพร้อมรัฐบาลดิจิทัล", STRANGER))
    assert "ตรงกับ" not in answer
    assert "ตัวชี้วัด 8" in answer and "ตัวชี้วัด 9" in answer


def test_a_value_typed_with_the_words_two_titles_share_asks_which(
    civil_service: FakePorts,
) -> None:
    """A value of 85.5 may be either's (it is no tier): a write asks which indicator."""
    reply = say(civil_service, "ส่งผล ความพร้อมรัฐบาลดิจิทัล 85.5", OCSC_COORDINATOR)
    assert "ตรงกับ 2 ตัวชี้วัด" in _all_text(reply)
    assert [name[:2] for name in labels(reply.quick_replies)] == ["8.", "9."]


def test_a_question_on_the_repeated_block_is_answered_once(civil_service: FakePorts) -> None:
    reply = say(civil_service, "จริยธรรมผ่านไหม", STRANGER)
    answer = _all_text(reply)
    assert "ตรงกับ" not in answer
    assert "ปรากฏ 2 ครั้ง" in answer
    assert "ตัวชี้วัด 4 และ 5" in answer


def test_a_write_to_the_repeated_block_tells_the_copies_apart() -> None:
    civil_service = fake_ports(ocsc(), members=[OCSC_COORDINATOR])
    reply = say(civil_service, "ส่งผล จริยธรรม 80", OCSC_COORDINATOR)
    names = labels(reply.quick_replies)
    assert names[:2] == ["ชุดที่ 1 (ตัวชี้วัด 4)", "ชุดที่ 2 (ตัวชี้วัด 5)"]
    assert len(set(names)) == len(names)
    chosen = decode(button(reply, "ชุดที่ 2 (ตัวชี้วัด 5)").data)
    assert chosen.code == "5"
    assert "ตัวชี้วัด 5" in _all_text(press(civil_service, button(reply, names[1]), OCSC_COORDINATOR))


def test_direction_criteria_are_shown_not_reported_missing(bureau: FakePorts) -> None:
    answer = "\n".join(texts(say(bureau, "เกณฑ์โอนเปลี่ยนแปลง", STRANGER)))
    assert "ไม่ได้ระบุเกณฑ์" not in answer
    assert "กรณีที่ 1: ปีที่ผ่านมามีการโอนเปลี่ยนแปลงงบประมาณไม่เกิน 10 รายการ" in answer
    assert "• ค่าเป้าหมายต้องไม่เพิ่มขึ้น" in answer
    assert "• ค่าเป้าหมายต้องลดลงร้อยละ 10 ต่อปี" in answer
    assert "ยิ่งน้อยยิ่งดี" in answer


def test_a_single_figure_with_its_own_words_is_listed(bureau: FakePorts) -> None:
    answer = "\n".join(texts(say(bureau, "เทศบาลตำบลที่เป็นหน่วยรับงบประมาณตรงกี่แห่ง", STRANGER)))
    assert "• จำนวนองค์กรปกครองส่วนท้องถิ่นที่เป็นหน่วยรับงบประมาณตรง: 16.00 กิจกรรม" in answer


def test_how_much_a_falling_target_must_fall_shows_the_cases(bureau: FakePorts) -> None:
    answer = "\n".join(texts(say(bureau, "โอนเปลี่ยนแปลงงบประมาณต้องลดลงเท่าไหร่", STRANGER)))
    assert "• ค่าเป้าหมายต้องลดลงร้อยละ 10 ต่อปี" in answer
