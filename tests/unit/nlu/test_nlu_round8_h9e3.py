"""Issue 9, round 8 (h9e3): the weekly digest asked for or declined in everyday words, every
indicator asked in detail, and an indicator's aspect decided by a general signal (a percent
asked is the result, "ต้อง…กี่เปอร์เซ็นต์" the bar; a tier or criteria word inside the
indicator's own title is no cue; "เกณฑ์…ระดับ 3" asks the criteria of a level). Each is read
through ``understand`` and settled against a seed organisation, like the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import settled

DIGEST: list[tuple[str, str, dict[str, Any]]] = [
    ("ขอสรุปรายสัปดาห์ด้วยนะคะ", "ReminderSettings", {"action": "digest_on"}),
    ("อยากได้สรุปประจำสัปดาห์ทุกวันจันทร์ครับ", "ReminderSettings", {"action": "digest_on"}),
    ("ช่วยส่งสรุปทุกอาทิตย์ให้กลุ่มนี้ด้วยเด้อ", "ReminderSettings", {"action": "digest_on"}),
    ("เอา weekly digest ด้วยจ้ะ", "ReminderSettings", {"action": "digest_on"}),
    ("เปิดสรุปรายสัปดาห์ครับ", "ReminderSettings", {"action": "digest_on"}),
    ("ไม่ต้องส่งสรุปรายสัปดาห์แล้วนะ", "ReminderSettings", {"action": "digest_off"}),
    ("งดสรุปรายอาทิตย์ก่อนค่ะ", "ReminderSettings", {"action": "digest_off"}),
    ("เลิกส่ง digest ได้เลยครับ", "ReminderSettings", {"action": "digest_off"}),
    ("ไม่อยากได้สรุปรายสัปดาห์แล้วเนาะ", "ReminderSettings", {"action": "digest_off"}),
    ("ปิดสรุปประจำสัปดาห์ด้วยครับ", "ReminderSettings", {"action": "digest_off"}),
]


@pytest.mark.parametrize(("text", "intent", "slots"), DIGEST)
def test_weekly_digest_asked_or_declined(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text) == (intent, slots)


DETAIL: list[tuple[str, str, dict[str, Any], str]] = [
    ("ขอดูรายละเอียดทุกตัวชี้วัดหน่อยค่ะ", "Status", {"detail": True}, "L"),
    ("ทุกตัวชี้วัดแบบละเอียดเลยนะคะ", "Status", {"detail": True}, "P"),
    ("รายละเอียดตัวชี้วัดทั้งหมดขอดูหน่อยเด้อ", "Status", {"detail": True}, "B"),
    ("ขอ detail ทุก KPI ครับ", "Status", {"detail": True}, "O"),
    ("อยากเห็นทุกตัวชี้วัดแบบเต็ม ๆ จ้ะ", "Status", {"detail": True}, "L"),
    ("ดูแบบละเอียดทุกตัวเลยได้มั้ยครับ", "Status", {"detail": True}, "P"),
    ("ตัวชี้วัดทุกตัวขอรายละเอียดด้วยครับ", "Status", {"detail": True}, "B"),
    ("รบกวนขอรายละเอียดทุกตัวชี้วัดของปีนี้ค่ะ", "Status", {"detail": True}, "O"),
]


@pytest.mark.parametrize(("text", "intent", "slots", "org"), DETAIL)
def test_every_indicator_in_detail(text: str, intent: str, slots: dict[str, Any], org: str) -> None:
    assert settled(text, org) == (intent, slots)


def _query(code: str, aspect: str) -> tuple[str, dict[str, Any]]:
    return "IndicatorQuery", {"indicator": code, "aspect": aspect}


# A percent asked is the result; what one must reach in percent is the bar; a title's own
# ระดับ or ถูกต้อง is no cue; "เกณฑ์…ระดับ 3" asks the criteria of a named level.
ASPECTS: list[tuple[str, tuple[str, dict[str, Any]], str]] = [
    ("ยาเสพติดตอนนี้กี่เปอร์เซ็นต์แล้วเด้อ", _query("4", "result"), "P"),
    ("หมู่บ้านไม่พบยาเสพติดกี่ % คะ", _query("4", "result"), "P"),
    ("ขยะมูลฝอยชุมชนกี่เปอร์เซ็นแล้วจ้ะ", _query("2", "result"), "P"),
    ("ขยะมูลฝอยชุมชนที่จัดการถูกต้องได้ร้อยละเท่าไรคะ", _query("2", "result"), "P"),
    ("ขยะต้องลดให้ได้กี่เปอร์เซ็นต์คะ", _query("2", "criteria"), "P"),
    ("ยาเสพติด ต้องไม่พบกี่ % ถึงจะดีคะ", _query("4", "criteria"), "P"),
    ("ระดับความสำเร็จการขับเคลื่อนสู่ระบบราชการ 4.0 ตอนนี้เท่าไหร่ครับ", _query("1", "result"), "L"),
    ("เกณฑ์ขยะระดับ 5 คืออะไรคะ", _query("2", "criteria"), "P"),
    ("ยาเสพติด 74.94 นี่ถึงเป้าไหมคะ", _query("4", "tier"), "P"),
    ("ขยะผ่านเกณฑ์หรือยังคะ", _query("2", "tier"), "P"),
]


@pytest.mark.parametrize(("text", "expected", "org"), ASPECTS)
def test_the_aspect_from_a_general_signal(
    text: str, expected: tuple[str, dict[str, Any]], org: str
) -> None:
    assert settled(text, org) == expected


# "ผลประเมิน…ได้เท่าไหร่" beside an indicator's name (the organisation's own name around it
# names no unit) asks its result; with nothing named, the organisation's status.
ASSESSED: list[tuple[str, tuple[str, dict[str, Any]], str]] = [
    ("PMQA ก.พ. ผลการประเมินได้เท่าไหร่คะ", _query("10", "result"), "O"),
    ("ผลประเมิน PMQA ของสำนักงาน ก.พ. ได้เท่าไรครับ", _query("10", "result"), "O"),
    ("PMQA สนง.ก.พ. ผลประเมินปีนี้ได้เท่าไหร่เนาะ", _query("10", "result"), "O"),
    ("ผลประเมินขยะได้เท่าไหร่แล้วคะ", _query("2", "result"), "P"),
    ("ผลประเมินปีนี้ตอนนี้ได้เท่าไหร่ครับ", ("Status", {}), "B"),
    ("ผลการประเมินภาพรวมได้เท่าไรคะ", ("Status", {}), "L"),
]


@pytest.mark.parametrize(("text", "expected", "org"), ASSESSED)
def test_an_assessment_result_of_what_is_named(
    text: str, expected: tuple[str, dict[str, Any]], org: str
) -> None:
    assert settled(text, org) == expected


# The stages an indicator assesses are its items; the plan's steps are asked without one.
STAGES: list[tuple[str, tuple[str, dict[str, Any]], str]] = [
    ("ระบบ BB EvMIS กับ BBL ประเมินกี่ขั้นตอนคะ", _query("4", "items"), "B"),
    ("ขยะมีขั้นตอนไหนบ้างที่ประเมินครับ", _query("2", "items"), "P"),
    ("ยาเสพติด ประเมินขั้นตอนอะไรบ้างเด้อ", _query("4", "items"), "P"),
]


@pytest.mark.parametrize(("text", "expected", "org"), STAGES)
def test_an_indicators_assessed_stages(
    text: str, expected: tuple[str, dict[str, Any]], org: str
) -> None:
    assert settled(text, org) == expected
