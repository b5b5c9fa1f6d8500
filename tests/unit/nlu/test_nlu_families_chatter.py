"""Families of issue 9, round 3: a word of the plan inside everyday chatter, the words around
a question, and an indicator told apart by the message's other words. Each sentence is read
through ``understand`` and settled against a seed organisation, like the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

NOT_OURS = ("Unknown", "SmallTalk")

# A word the plan shares with everyday life (ขยะ, งบประมาณ, ทีม, e-Budgeting, แนะนำ) in a
# message whose other words are about something else: chatter, not a question to the bot.
CHATTER = [
    ("B", "งบประมาณทริปดูงานต่างประเทศเหลือเท่าไหร่คะ"),
    ("B", "งบประมาณซื้อของขวัญปีใหม่ใครถืออยู่"),
    ("P", "ขยะหน้าตลาดใครเป็นคนเก็บคะ"),
    ("P", "ขยะในซอยบ้านส่งกลิ่นเหม็นมากเลยค่ะ"),
    # A tag question ("…again, huh?") complaining to colleagues.
    ("B", "ระบบ e-Budgeting ค้างอีกแล้วหรอ โหลดไม่ขึ้นเลย"),
    ("P", "เว็บ e-Service ปิดปรับปรุงอีกแล้วเหรอคะ"),
    ("L", "ใครยังไม่ส่งไซส์เสื้อทีมกีฬาสีบ้างคะ"),
    ("L", "ใครพอรู้จักร้านอาหารอร่อยแถวกระทรวงแนะนำหน่อยค่ะ"),
    ("P", "ขยะเต็มถังที่ห้องประชุมชั้นสามแล้ว"),
    ("L", "ใครยังไม่จ่ายค่าทีมฟุตบอลบ้าง"),
]


@pytest.mark.parametrize(("org", "text"), CHATTER, ids=[c[1] for c in CHATTER])
def test_a_shared_word_in_everyday_chatter_is_not_a_request(org: str, text: str) -> None:
    intent, _ = settled(text, org)
    assert intent in NOT_OURS


# The same words about the plan itself still ask the bot.
ABOUT_THE_PLAN: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขยะมูลฝอยชุมชนได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ยาเสพติดในหมู่บ้านตอนนี้เป็นยังไงบ้าง", "IndicatorQuery", {"indicator": "4"}),
    ("B", "งบประมาณตรงได้เท่าไหร่", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("B", "ผู้ใช้ระบบ e-Budgeting พอใจแค่ไหน", "IndicatorQuery", {"indicator": "4"}),
    ("L", "ใครยังไม่ส่งรายชื่อทีม", "Missing", {"step": "1"}),
    # A document's version is about the deliverable.
    ("L", "ใครยังไม่ส่งแผนฉบับแก้ไขบ้าง", "Missing", {"step": "3"}),
    ("L", "แนะนำวิธีส่งผลหน่อยค่ะ", "Help", {}),
    ("P", "ขยะผ่านแล้วเหรอ", "IndicatorQuery", {"indicator": "2"}),
    # A period asked of is neither the plan's words nor another topic.
    ("P", "ขยะเดือนที่แล้วได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ยาเสพติดไตรมาสแรกได้เท่าไหร่", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "e-Service เหรอ", "IndicatorQuery", {"indicator": "5"}),
]


@readings(ABOUT_THE_PLAN)
def test_the_shared_word_about_the_plan_still_asks(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The words around a question (a reason, who asked, a new colleague introducing themself)
# name nothing of the plan: they never leak into the slot of what is asked.
AROUND_A_QUESTION: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ขอโทษที่ถามบ่อยนะคะ พอดีท่านผู้ว่าถามมา ตอนนี้ภาพรวมจังหวัดเป็นยังไงบ้างคะ",
        "Status",
        {},
    ),
    (
        "B",
        "สวัสดีค่ะ ดิฉันเพิ่งย้ายมาทำงานที่นี่ อยากรู้ว่าเดือนหน้ามีอะไรต้องส่งบ้างคะ",
        "Deadlines",
        {"month": 2},
    ),
    # Only the story is left once the overview words are read: where the organisation stands.
    ("B", "ขอโทษที่รบกวนบ่อยครับ พอดีท่านผู้อำนวยการถามมา โดยรวมตอนนี้ได้กี่คะแนนครับ", "Status", {}),
    ("L", "วันนี้ประชุมยาวทั้งวันเลย ใครยังไม่ส่งแผนบ้างคะ", "Missing", {"step": "3"}),
    ("L", "เพิ่งกลับจากลาพักร้อนค่ะ กำหนดส่งรายงานผลเมื่อไหร่คะ", "Deadlines", {"step": "4"}),
    # The last step is the plan's last, from its data.
    ("L", "ขั้นสุดท้ายส่งเมื่อไหร่ครับ", "Deadlines", {"step": "5"}),
    ("L", "ขั้นตอนสุดท้ายมีรายละเอียดอะไรบ้าง", "StepDetails", {"step": "5"}),
]


@readings(AROUND_A_QUESTION)
def test_the_words_around_a_question_name_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# One name, two indicators ("DG Readiness": ระดับความพร้อม… and คะแนนความพร้อม…): the measure
# word typed with a value says what the value is, and picks the one whose title is written
# with it; a question's measure word asks an aspect both have, and both are offered.
BY_MEASURE: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "ส่งผล DG Readiness ระดับ 3",
        "SubmitValue",
        {"indicator": "6", "value": "3", "raw_value": "3"},
    ),
    (
        "O",
        "DG Readiness 85.5 คะแนน",
        "SubmitValue",
        {"indicator": "9", "value": "85.5", "raw_value": "85.5"},
    ),
    (
        "O",
        "DG Readiness 85.5",
        "SubmitValue",
        {"indicator": ["8", "9"], "value": "85.5", "raw_value": "85.5"},
    ),
    (
        "B",
        "DG Readiness ปีนี้ได้กี่คะแนน",
        "IndicatorQuery",
        {"indicator": ["6", "7"], "aspect": "score"},
    ),
    ("O", "DG Readiness ผ่านไหม", "IndicatorQuery", {"indicator": ["8", "9"], "aspect": "tier"}),
]


@readings(BY_MEASURE)
def test_the_measure_word_of_a_value_tells_apart_indicators_of_one_name(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A correction says the right value and the wrong one: the value said not to be ("ไม่ใช่ 3")
# is never the one stored, wherever it stands.
CORRECTIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "แก้ผลขยะค่ะ ที่ถูกคือ 61 ไม่ใช่ 16",
        "SubmitValue",
        {"indicator": "2", "value": "61", "raw_value": "61"},
    ),
    (
        "O",
        "ตัวชี้วัด 2 ต้องเป็น 3 ไม่ใช่ 2 ครับ",
        "SubmitValue",
        {"indicator": "2", "value": "3", "raw_value": "3"},
    ),
    (
        "P",
        "ยาเสพติด ไม่ใช่ 80 นะคะ ต้องเป็น 85",
        "SubmitValue",
        {"indicator": "4", "value": "85", "raw_value": "85"},
    ),
]


@readings(CORRECTIONS)
def test_the_value_said_not_to_be_is_not_stored(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A value typed in บาท for an indicator whose unit is ล้านบาท is stored in the indicator's unit.
IN_THE_UNIT: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ส่งผลท่องเที่ยว 1,720,500,000 บาท",
        "SubmitValue",
        {"indicator": "3", "value": "1720.5", "raw_value": "1,720,500,000"},
    ),
    (
        "P",
        "รายได้ท่องเที่ยว ๑,๖๘๐,๐๐๐,๐๐๐ บาทค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "1680", "raw_value": "๑,๖๘๐,๐๐๐,๐๐๐"},
    ),
    # Already in ล้านบาท, or an indicator counted in something else: as typed.
    (
        "P",
        "ท่องเที่ยว 1,690 ล้านบาท",
        "SubmitValue",
        {"indicator": "3", "value": "1690", "raw_value": "1,690"},
    ),
    ("P", "ขยะ 70 บาท", "SubmitValue", {"indicator": "2", "value": "70", "raw_value": "70"}),
]


@readings(IN_THE_UNIT)
def test_a_value_in_baht_is_stored_in_the_indicators_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A report indicator "passed level N" is its value, not a step of a plan.
LEVEL_REACHED: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "O",
        "แต่งตั้ง ผ่านระดับ 3 แล้วค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "3", "raw_value": "3"},
    ),
    (
        "O",
        "ตัวชี้วัดแต่งตั้งผ่านระดับ ๒ เรียบร้อยแล้ว",
        "SubmitValue",
        {"indicator": "2", "value": "2", "raw_value": "๒"},
    ),
    # A step's deliverable done is still the step.
    ("L", "ส่งแผน PMQA แล้วค่ะ", "MarkStep", {"step": "3"}),
]


@readings(LEVEL_REACHED)
def test_a_level_reached_by_an_indicator_is_its_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A system the report names by its abbreviation ("(BB EvMIS)") names the indicator it is in.
def test_a_system_named_by_its_abbreviation_names_its_indicator() -> None:
    assert settled("ผู้ใช้ BB EvMIS พึงพอใจร้อยละ 88.5 ค่ะ", "B") == (
        "SubmitValue",
        {"indicator": "4", "value": "88.5", "raw_value": "ร้อยละ 88.5", "percent": True},
    )
    assert settled("ความพึงพอใจระบบ EvMIS ได้เท่าไหร่", "B") == (
        "IndicatorQuery",
        {"indicator": "4", "aspect": "result"},
    )


# What an indicator must pass ("ต้องผ่าน…") asks its criteria; whether it passed, its tier.
MUST_PASS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขยะต้องผ่านเกณฑ์อะไรบ้างคะ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("P", "ยาเสพติดต้องผ่านระดับไหน", "IndicatorQuery", {"indicator": "4", "aspect": "criteria"}),
    ("P", "ขยะผ่านเกณฑ์ไหม", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
]


@readings(MUST_PASS)
def test_what_must_be_passed_is_the_criteria(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Saying one will send later ("เดี๋ยวพรุ่งนี้จะส่ง…") asks nothing and sends nothing: with thanks
# it is the thanks.
@pytest.mark.parametrize(
    "text",
    ["ขอบคุณนะคะ เดี๋ยวเย็นนี้จะส่งรายงานผลค่ะ", "ขอบคุณครับ พรุ่งนี้จะรีบบันทึกผลให้ครับ"],
)
def test_a_promise_to_send_later_with_thanks_is_the_thanks(text: str) -> None:
    assert settled(text) == ("SmallTalk", {"kind": "thanks"})
