"""Round 22 (status): a unit's progress through the plan's steps, and the overview of an
organisation's or our own unit's indicators, in the wordings new writers use.

A unit asked how many steps it passed ("กนต. ผ่าน ๓ ขั้นตอนแล้วใช่ไหม", "ผ่านกี่ step แล้ว"),
what it still has to do ("กองคลังเหลือทำอะไรอีกบ้าง") or whether it passed a step typed by its
number, named by an alias with no unit's prefix ("ไอทีผ่านขั้นตอนที่ 2 ยัง"), is that unit's
status. Our own unit called by its kind ("ของกองเราได้ระดับอะไรแล้ว"), the organisation called
by its name cut short ("สรุปคะแนนปทุมฯ", "ภาพรวมของสำนักงบฯ") or by its kind alone
("สนง.ปลัดฯ"), every unit's scores behind an apology for disturbing or a deputy's title cut
short, and which indicators have not passed ("มีตัวชี้วัดใดที่ยังไม่ผ่านเกณฑ์บ้าง") are the
organisation's status. Near misses keep their readings: a step's outcome with no unit named, a
rule's hypothesis, an indicator named, who has not sent, a report after an apology.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) A unit's progress through the plan's steps, asked of that unit.
STEPS: list[Case] = [
    ("L", "กนต. ผ่าน ๓ ขั้นตอนแล้วใช่ไหมคะ", "Status", {"unit": "กองนิติการ"}),
    ("L", "ศทส. ผ่านไป 3 ขั้นตอนแล้วหรือยังครับ", "Status", {"unit": _IT}),
    ("L", "ผ่าน 2 ขั้นแล้วใช่มั้ย", "Status", {}),
    ("L", "กองคลังเหลือทำอะไรอีกบ้างคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กจ.ยังเหลืออะไรอีกบ้างคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองคลังผ่านกี่ step แล้วคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ไอทีผ่านไปกี่สเต็ปแล้ว", "Status", {"unit": _IT}),
    ("L", "ผ่านกี่ step แล้ว", "Status", {}),
    ("L", "ไอทีผ่านขั้นตอนที่ 2 ยัง", "Status", {"unit": _IT}),
    ("L", "กองบุคคลผ่านขั้นตอนที่ 3 หรือยังคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ขั้นตอนที่ 2 ไอทีผ่านยัง", "Status", {"unit": _IT}),
]
# (2) The overview of an organisation's or our own unit's indicators, scores and levels.
OVERVIEW: list[Case] = [
    ("L", "กองเราได้ระดับไหนแล้วคะ", "Status", {}),
    ("L", "หน่วยเราตอนนี้ได้ระดับอะไรแล้ว", "Status", {}),
    ("L", "ของกองเราได้คะแนนเท่าไหร่แล้วคะ", "Status", {}),
    ("B", "ขอภาพรวมของสำนักงบฯ หน่อยครับ", "Status", {}),
    ("B", "สรุปคะแนนสำนักงบฯ หน่อยครับ", "Status", {}),
    ("P", "สรุปคะแนนปทุมฯ", "Status", {}),
    ("L", "สนง.ปลัดฯ ถึงไหนแล้วครับ", "Status", {}),
    ("L", "ขอโทษที่รบกวนครับ ขอทราบคะแนนของแต่ละกองครับ", "Status", {}),
    ("L", "ท่านรองปลัดฯ ขอทราบคะแนนของแต่ละกองครับ", "Status", {}),
    ("P", "มีตัวชี้วัดใดที่ยังไม่ผ่านเกณฑ์บ้างคะ", "Status", {}),
    ("O", "มีตัวไหนที่ยังไม่ผ่านบ้างครับ", "Status", {}),
]
# Near misses on either side keep their readings.
NEAR: list[Case] = [
    # A step's outcome with no unit named is the step in detail, whatever else is said.
    ("L", "ขั้นตอนที่ 3 ผ่านไหม", "StepDetails", {"step": "3"}),
    ("L", "ขั้นตอนที่ 3 ของเราผ่านยัง", "StepDetails", {"step": "3"}),
    # A hypothesis is the rules'; a month's dues are the deadlines'.
    ("L", "ถ้าผ่าน 2 ขั้นตอนจะได้กี่คะแนน", "RuleQuestion", {"topic": "level"}),
    ("L", "เดือนนี้เหลืออะไรต้องส่งอีกบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
    # An indicator named stays the indicator's, with our own unit or the organisation's name.
    ("L", "PMQA ของกองเราได้ระดับไหน", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("P", "คะแนนขยะปทุมฯ ได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    (
        "B",
        "งบประมาณได้คะแนนเท่าไหร่",
        "IndicatorQuery",
        {"indicator": ["1", "2", "3", "4"], "aspect": "score"},
    ),
    # Not sent is who is missing; one indicator's failed items are its own.
    ("P", "ตัวชี้วัดไหนยังไม่ส่งผลบ้าง", "Missing", {}),
    ("P", "ขยะยังไม่ผ่านเกณฑ์ข้อไหนบ้าง", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    # Two units' progress put side by side are both asked (the corpus's comparisons list them);
    # who leads among them is the overview (he045, iw183, ib130, ji094: round 33).
    ("L", "กองคลังกับกองกลางตอนนี้ใครนำใครตามครับ", "Status", {"unit": ["กองคลัง", "กองกลาง"]}),
    ("L", "ไอทีกับกองคลังใครนำอยู่", "Status", {}),
    # After an apology for disturbing, a question stays one and a report stays a report.
    ("L", "ขอประทานโทษที่รบกวนค่ะ กองคลังส่งแผนหรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ขอโทษที่รบกวนนะคะ กองคลังส่งแผนแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองคลังส่งขั้นตอนที่ 3 แล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@readings(STEPS)
def test_a_units_progress_through_the_steps_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OVERVIEW)
def test_the_overview_of_ours_or_the_organisations_indicators_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEAR)
def test_near_misses_keep_their_readings(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_questions_are_never_read_as_writes() -> None:
    for org in "LPBO":
        asked = [text for o, text, _, _ in STEPS + OVERVIEW if o == org]
        assert read_as_writes(asked, org) == []
    assert read_as_writes(["กจ. ผ่าน 2 ขั้นตอนแล้วใช่ไหมคะ", "นิติการผ่านขั้นตอนที่ 1 ยัง"]) == []
