"""Issue 9, round 9 (h10c): chatter about an everyday plan ("แผนเที่ยว…", "แผนงานแต่ง…") is no
report of the PMQA plan's step; taking back what was just recorded asked as a favour
("…ย้อนกลับได้ไหม") is an undo (its card asks before anything is withdrawn), while asking whether
entries can be taken back at all is a question; the units one message names are found by one
reading (handlers.nlu.units), with or without the organisation's data, which tells one unit
named twice from two."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from handlers.intents import MarkStep, Unknown
from handlers.nlu.evaluation import TODAY
from handlers.nlu.settle import settle
from handlers.nlu.units import units_named
from handlers.registry import understand
from tests.fakes.seed import labour
from tests.fakes.understanding import readings, settled

EVERYDAY_PLANS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แผนไปเที่ยวเชียงใหม่เสร็จแล้วนะ", "Unknown", {}),
    ("L", "แผนทริปญี่ปุ่นเรียบร้อยแล้ว ส่งให้ทุกคนแล้ว", "Unknown", {}),
    ("L", "แผนงานแต่งพี่สาวเสร็จแล้วค่ะ", "Unknown", {}),
    ("L", "แผนจัดงานวันเกิดลูกส่งแล้วนะ", "Unknown", {}),
    ("L", "แผนลดน้ำหนักของฉันทำเสร็จแล้ว", "Unknown", {}),
    ("L", "แผนกินข้าวเที่ยงวันศุกร์ส่งในกลุ่มแล้วนะ", "Unknown", {}),
    ("L", "แผนเปิดร้านกาแฟเสร็จแล้ว", "Unknown", {}),
    ("L", "แผนงานเลี้ยงเกษียณส่งแล้วค่ะ", "Unknown", {}),
    ("L", "แผนออมเงินปีนี้เสร็จแล้ว", "Unknown", {}),
    ("L", "ส่งแผนเที่ยวให้แฟนแล้ว", "Unknown", {}),
    ("L", "แผนเที่ยวสงกรานต์ไม่ผ่าน", "Unknown", {}),
    ("B", "แผนการตลาดออนไลน์ของร้านป้าส่งแล้ว", "Unknown", {}),
    ("O", "แผนปาร์ตี้สิ้นปีเสร็จแล้วจ้า", "Unknown", {}),
]


@readings(EVERYDAY_PLANS)
def test_an_everyday_plan_is_no_step_of_the_pmqa_plan(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


EVERYDAY_PLANS_ASKED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แผนไปทะเลส่งวันไหนนะ", "Unknown", {}),
    ("L", "ใครยังไม่ส่งแผนเลี้ยงปีใหม่บ้าง", "Unknown", {}),
    ("P", "แผนเที่ยวเสร็จแล้ว", "Unknown", {}),
]


@readings(EVERYDAY_PLANS_ASKED)
def test_an_everyday_plan_asked_about_is_chat(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_kind_of_plan_the_organisations_data_writes_is_its_own() -> None:
    org = labour()
    first = replace(org.indicators[0], keywords=(*org.indicators[0].keywords, "ร้านอาหาร"))
    org = replace(org, indicators=(first, *org.indicators[1:]))
    read = understand("แผนร้านอาหารส่งแล้ว", today=TODAY).intent
    assert isinstance(settle(read, org), MarkStep)
    assert isinstance(settle(read, labour()), Unknown)


PMQA_PLANS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แผนพัฒนาหน่วยงานกองกลางส่งแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "แผนปฏิบัติการปี 68 เสร็จแล้ว", "MarkStep", {"step": "3"}),
    ("L", "แผนยุทธศาสตร์ส่งแล้ว", "MarkStep", {"step": "3"}),
    ("L", "แผน 3 ปีส่งเรียบร้อยแล้วครับ", "MarkStep", {"step": "3"}),
    ("L", "แผนฉบับปรับปรุงส่งแล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "แผนของ กนต. เสร็จแล้ว", "MarkStep", {"step": "3", "unit": "กองนิติการ"}),
    ("L", "แผนใหม่ส่งแล้วนะคะ", "MarkStep", {"step": "3"}),
    ("L", "แผนงานส่งแล้ว", "MarkStep", {"step": "3"}),
    ("L", "แผนกองแผนงานส่งแล้ว", "MarkStep", {"step": "3"}),
    ("L", "ส่งแผนพัฒนาองค์การทางอีเมลแล้ว", "MarkStep", {"step": "3", "channel": "email"}),
    # When it was sent, after the plan's word, is no kind of plan.
    ("L", "ส่งแผนเที่ยงนี้แล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "ส่งแผนวันหยุดแล้วนะ", "MarkStep", {"step": "3"}),
]


@readings(PMQA_PLANS)
def test_a_plan_of_the_organisation_stays_the_plans_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


UNDO_FAVOURS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เมื่อกี้กรอกผิดค่ะ ย้อนกลับได้มั้ย", "Undo", {}),
    ("L", "ลบรายการที่เพิ่งส่งไปได้ไหมครับ ใส่ผิดตัว", "Undo", {}),
    ("P", "ถอนอันล่าสุดออกได้ไหมคะ ตัวเลขผิด", "Undo", {}),
    ("B", "เพิ่งบันทึกผิดไป ยกเลิกให้หน่อยได้ไหม", "Undo", {}),
    ("L", "ขอโทษค่ะ ส่งผิดกอง ลบอันเมื่อกี้ได้มั้ยคะ", "Undo", {}),
    ("O", "อันที่เพิ่งใส่ไปผิด ย้อนได้ไหมครับ", "Undo", {}),
    ("P", "undo อันที่เพิ่งใส่ได้ไหม", "Undo", {}),
    ("L", "ช่วยถอนที่บันทึกเมื่อกี้ให้ทีได้ไหม", "Undo", {}),
]


@readings(UNDO_FAVOURS)
def test_taking_back_the_latest_entry_asked_as_a_favour_is_an_undo(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


UNDO_ASKED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "บอทย้อนกลับได้ไหม", "Help", {}),
    ("L", "ถ้าบันทึกผิดย้อนได้ไหม", "Help", {}),
    ("P", "ถ้าส่งผิดลบได้ไหมคะ", "Help", {}),
    ("B", "บอทลบรายการที่ส่งไปแล้วได้ไหม", "Help", {}),
    ("O", "สมมติกรอกผิด ถอนทีหลังได้ไหม", "Help", {}),
    ("L", "หากใส่ค่าผิดจะยกเลิกรายการได้หรือเปล่า", "Help", {}),
    ("L", "เมื่อกี้บันทึกผิด ย้อนกลับได้ไหม?", "Help", {}),
    ("P", "ยกเลิกรายการล่าสุดได้หรือเปล่าคะ", "Help", {}),
]


@readings(UNDO_ASKED)
def test_whether_entries_can_be_taken_back_at_all_is_a_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", ["ยกเลิกได้ไหม", "ย้อนกลับได้ไหม", "ลบได้มั้ย"])
def test_taking_back_asked_alone_withdraws_nothing(text: str) -> None:
    assert settled(text, "L")[0] not in ("Undo", "Cancel")


UNIT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
# Where the reader's reading of several units (by their names' shape) and settle's (by the
# organisation's data) used to disagree: a unit named twice was two, an alias joined to a unit
# in "what did they send" was read as the first unit's status, a name ran on over "กับ".
ONE_UNIT_NAMED_TWICE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลัง กค. ยังไม่ส่งอะไรบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "สมาชิกกองนิติการ กนต. มีใครบ้าง", "Members", {"unit": "กองนิติการ"}),
    ("L", "ขอสถานะ กจ. หรือกองการเจ้าหน้าที่", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ประวัติการส่งของ ศทส. ไอที", "History", {"unit": UNIT}),
    ("L", "กองกลาง กก. ถึงไหนแล้วคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "Finance Division กองคลัง ส่งแผนครบยัง", "Status", {"unit": "กองคลัง"}),
]


@readings(ONE_UNIT_NAMED_TWICE)
def test_one_unit_named_twice_is_that_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


SEVERAL_UNITS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไอทีกับกองคลังส่งอะไรไปแล้วบ้าง", "History", {}),
    ("L", "Legal Affairs Division และกองกลางส่งอะไรไปแล้วบ้างคะ", "History", {}),
    ("L", "กองนิติการกับ IT ส่งอะไรไปแล้วบ้าง", "History", {}),
    ("L", "กองนิติการกับไอทีถึงไหนแล้ว", "Status", {}),
    ("L", "กองคลังหรือไอทีใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "กองคลังกับกองพัสดุถึงไหนแล้ว", "Status", {}),
    ("O", "ขอดูสถานะของสำนักงาน ก.พ.", "Status", {}),
    ("P", "กองคลังกับกองกลางส่งอะไรไปแล้วบ้าง", "History", {}),
]


@readings(SEVERAL_UNITS)
def test_several_units_are_asked_of_all_of_them(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "names", "several"),
    [
        ("กองคลังกับกองกลาง", ("กองคลัง", "กองกลาง"), True),
        ("ไอทีกับกองคลัง", ("ไอที", "กองคลัง"), False),  # an alias? settle tells
        ("กองคลัง กค.", ("กองคลัง", "กค."), True),  # no organisation: two names, two units
        ("กองคลังกับกองคลัง", ("กองคลัง", "กองคลัง"), False),
        ("ส่งแผนแล้ว", (), False),
    ],
)
def test_without_the_organisation_units_are_told_by_their_names(
    text: str, names: tuple[str, ...], several: bool
) -> None:
    named = units_named(text)
    assert (named.names, named.several) == (names, several)


@pytest.mark.parametrize(
    ("text", "units", "several"),
    [
        ("ไอทีกับกองคลัง", (UNIT, "กองคลัง"), True),
        ("กองคลัง กค.", ("กองคลัง",), False),
        ("กค กก", ("กองคลัง", "กองกลาง"), True),
        ("กองคลังกับกองพัสดุ", ("กองคลัง",), True),  # a unit the organisation lacks counts
        ("สำนักงานปลัดกระทรวงแรงงาน กองคลัง", ("กองคลัง",), False),  # the organisation itself
    ],
)
def test_with_the_organisation_its_data_tells_the_units(
    text: str, units: tuple[str, ...], several: bool
) -> None:
    named = units_named(text, labour())
    assert ({u.name for u in named.units}, named.several) == (set(units), several)
