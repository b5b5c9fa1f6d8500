"""Issue 9, round 9 (h10c): chatter about an everyday plan ("แผนเที่ยว…", "แผนงานแต่ง…") is no
report of the PMQA plan's step."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from handlers.intents import MarkStep, Unknown
from handlers.nlu.evaluation import TODAY
from handlers.nlu.settle import settle
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
]


@readings(PMQA_PLANS)
def test_a_plan_of_the_organisation_stays_the_plans_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
