"""Round 21 (aspects): which aspect of one indicator a question asks.

(1) "X ผลเป็นไง", "ผลเป็นไงบ้าง", "ผลเป็นยังไง(บ้าง)", "ผลเป็นอย่างไร(บ้าง)" ask its result, whether
or not a space comes before ผล (the corpus's labels split between result and summary here; a
summary rule for the longer forms was tried and left out: it cost held-out readings). A figure
asked ("ผลเป็นเท่าไร"), a report sent "ผลเป็นกระดาษ", the organisation's whole keep their own
reading.
(2) "X pass ยัง" asks whether X passed, its tier; "ขั้นต้นของ X คือ/เท่าไหร่" asks the bar of a
tier of X, its criteria (passing it, "ผ่านขั้นต้นของ X แล้วยัง", is its tier). The level got
("ได้ระดับอะไร") of an indicator titled by its level ("ระดับความพร้อมรัฐบาลดิจิทัล") is its
result, as "ได้ระดับเท่าไหร่" is; of another, and "อยู่ระดับไหน" of any, the tier reached.
Whether it passed, asked before the bar is told ("ผ่านไหม ที่ต้องมี 3 อำเภอน่ะ"), is its tier.
(3) A question about what was recorded for one indicator ("ตัวเลขขยะที่บันทึกไปได้เท่าไหร่",
"ผ่านกี่ข้อแล้ว ตามที่บันทึกไป") asks that indicator's aspect, not the history or what is
missing; the history asked for by name ("ขอดูประวัติ", "ขอดูที่ส่งไป") stays the history.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) "ผลเป็นไง", with บ้าง, ยังไง or อย่างไร or without, with a space before ผล or without: the result.
HOW_IT_GOES: list[Case] = [
    ("P", "ขยะผลเป็นไงบ้างคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ขยะ ผลเป็นไงบ้างคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ท่องเที่ยวผลเป็นยังไงบ้างครับ", "IndicatorQuery", {"indicator": "3", "aspect": "result"}),
    ("P", "ท่องเที่ยว ผลเป็นยังไงคะ", "IndicatorQuery", {"indicator": "3", "aspect": "result"}),
    (
        "O",
        "หลักสูตรสอบแข่งขัน ผลเป็นอย่างไรบ้างคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
    (
        "B",
        "โอนเปลี่ยนแปลงงบประมาณผลเป็นอย่างไรครับ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "result"},
    ),
    ("P", "ตัวชี้วัดที่ 4 ผลเป็นยังไงบ้าง", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
]
HOW_IT_GOES_NEAR: list[Case] = [
    ("P", "ขยะผลเป็นไง", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ขยะ ผลเป็นไงคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ยาเสพติดตอนนี้ผลเป็นเท่าไรแล้วคะ", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("L", "ตอนนี้ผลเป็นยังไงบ้างคะ", "Status", {}),
    ("P", "จังหวัดเราตอนนี้ผลรวมเป็นยังไงบ้างครับ", "Status", {}),
    (
        "L",
        "กองกลางส่งรายงานผลเป็นกระดาษนะคะ",
        "MarkStep",
        {"step": "4", "unit": "กองกลาง", "channel": "paper"},
    ),
]


@readings(HOW_IT_GOES + HOW_IT_GOES_NEAR)
def test_how_the_result_goes_is_the_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) The tier passed asked in English ("pass ยัง"); a tier's bar asked by its name before the
# indicator's ("ขั้นต้นของขยะคือร้อยละเท่าไหร่"), not the tier passed.
TIERS: list[Case] = [
    ("P", "ขยะ pass ยังคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ท่องเที่ยว passed แล้วใช่ไหม", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("P", "ขั้นต้นของยาเสพติดคือเท่าไหร่", "IndicatorQuery", {"indicator": "4", "aspect": "criteria"}),
    ("P", "ขั้นสูงของขยะคือร้อยละเท่าไหร่ครับ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
]
# The level got ("ได้ระดับอะไร") of an indicator titled by its level is its result.
LEVEL_GOT: list[Case] = [
    (
        "B",
        "ความพร้อมรัฐบาลดิจิทัลได้ระดับอะไรครับ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "result"},
    ),
    (
        "O",
        "ระดับความพร้อมรัฐบาลดิจิทัลได้ระดับอะไรแล้วคะ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "result"},
    ),
    ("O", "DG readiness ได้ระดับอะไรแล้ว", "IndicatorQuery", {"indicator": "8", "aspect": "result"}),
    (
        "P",
        "เมืองอุตสาหกรรมเชิงนิเวศได้ระดับอะไรแล้ว",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "tier"},
    ),
    ("P", "ท่องเที่ยวได้ระดับไรแล้ว", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    (
        "B",
        "ความพร้อมรัฐบาลดิจิทัลอยู่ระดับไหนแล้วครับ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
]
# Whether it passed, asked before the bar it must reach is told ("ผ่านไหม ที่ต้องมี 3 อำเภอ"):
# its tier; the bar asked after it ("ผ่านไหม ต้องมีกี่อำเภอ") or alone stays its own reading.
PASSED_THEN_BAR: list[Case] = [
    (
        "P",
        "e-Service ผ่านไหมครับ ที่ต้องมี 3 อำเภอน่ะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "tier"},
    ),
    (
        "P",
        "e-Service ผ่านเกณฑ์หรือยังคะ ต้องมี 3 อำเภอ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "tier"},
    ),
    (
        "B",
        "โอนเปลี่ยนแปลงผ่านไหมคะ ที่ต้องลด 10% น่ะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "tier"},
    ),
    ("P", "e-Service ต้องมีกี่อำเภอ", "IndicatorQuery", {"indicator": "5", "aspect": "criteria"}),
    (
        "P",
        "e-Service ต้องมี 3 อำเภอถึงจะผ่านใช่ไหม",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    ("P", "ขยะต้องได้เท่าไหร่ถึงจะผ่านคะ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
]
TIERS_NEAR: list[Case] = [
    ("P", "ผ่านขั้นต้นของขยะแล้วยัง", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ขยะร้อยละเท่าไหร่คะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    # The levels it has are its criteria (round 43: the corpus labels "…มีกี่ระดับ" so).
    ("P", "เมืองอุตสาหกรรมเชิงนิเวศมีกี่ระดับ", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
    ("P", "ยาเสพติดผ่านยังครับ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
]


@readings(TIERS + TIERS_NEAR + LEVEL_GOT + PASSED_THEN_BAR)
def test_the_tier_its_bar_and_the_levels_passed(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) What was recorded for one indicator, asked of: its aspect; the history by name stays.
RECORDED: list[Case] = [
    (
        "P",
        "ตัวเลขท่องเที่ยวที่บันทึกไว้ได้เท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "result"},
    ),
    ("P", "ยาเสพติดที่บันทึกไว้ได้ร้อยละเท่าไหร่", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "ขยะที่บันทึกไปผ่านไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ที่บันทึกขยะไป ผ่านเกณฑ์หรือยังครับ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    (
        "P",
        "e-Service ผ่านกี่ข้อแล้วครับ ตามที่บันทึกไว้",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "items"},
    ),
]
RECORDED_NEAR: list[Case] = [
    ("P", "ขอดูประวัติขยะที่บันทึกไปหน่อยค่ะ", "History", {"indicator": "2"}),
    ("L", "ขอดูที่ส่งไปทั้งหมดหน่อยครับ", "History", {}),
    ("L", "ขอดูรายการที่บันทึกไปทั้งหมดค่ะ", "History", {}),
    ("P", "ขยะที่บันทึกไว้ใครเป็นคนส่งคะ", "History", {"indicator": "2"}),
    ("P", "ขยะที่บันทึกไปเมื่อไหร่คะ", "History", {"indicator": "2"}),
    ("P", "ขยะที่บันทึกไว้ถูกไหม", "History", {"indicator": "2"}),
    ("P", "ขยะบันทึกไปแล้วใช่ไหม", "Missing", {"indicator": "2"}),
]


@readings(RECORDED + RECORDED_NEAR)
def test_what_was_recorded_asked_of_is_the_aspect(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


ASKED = [
    case[1]
    for case in HOW_IT_GOES
    + HOW_IT_GOES_NEAR[:5]
    + TIERS
    + TIERS_NEAR
    + LEVEL_GOT
    + RECORDED
    + RECORDED_NEAR
]


def test_the_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []
