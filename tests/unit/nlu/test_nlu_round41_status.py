"""Round 41 (status41): where things stand asked among context or in roundabout words.

(1) The sender's circumstances told before the status question: an apology for asking again,
the chat not opened or the group not read ("พอดีเมื่อวานไม่ได้เปิดไลน์เลย", "ผมไม่ค่อยได้เข้า
ไลน์"), not having followed the work ("ไม่ได้ตามเรื่อง PMQA เลย"), catching up ("ขอตามงานหน่อย").
They are context: the question after them ("ตอนนี้กองนิติการถึงไหนแล้วคะ") is read. Near misses:
a real question about the LINE channel, an indicator's tier asked after the same words.

(2) "เราอยู่ระดับไหน": the tier asked of "us" with no indicator named is where the organisation
stands (as "เราอยู่ขั้นไหน" is). Near misses: the tier of a named indicator, the tier asked with
nobody named (asked back which indicator).

(3) Several units asked together by their count ("สองกองนี้ถึงไหนแล้ว", "ทั้งสามกองเป็นไงบ้าง"):
the status of the organisation, no unit slot, and never an indicator named "สอง".

(4) The units one by one in a round ("รอบที่ 1 ตอนนี้แต่ละกองเป็นไงบ้าง"): the status, not the
round's rule. Near miss: what a round assesses.

(5) A unit's score checked ("กองคลังตอนนี้ได้ 2 คะแนนใช่ไหมคะ"): where the unit stands. Near
misses: an indicator's figure checked (its result), a unit's score told (a write).

(6) The organisation's total asked, with the indicators it counts checked ("คะแนนรวมจังหวัด
ตอนนี้เท่าไหร่ นับเฉพาะตัวที่มีผลแล้วใช่ไหมคะ"): where it stands, not a formula. Near misses: an
indicator's counting asked (its formula), how the total is worked out.

(7) Which indicators have not passed, the answer asked as a list ("ตัวไหนยังไม่ผ่านบ้าง
ขอรายการหน่อยครับ"): the overview, never an indicator named "รายการ". Near misses: the failed
items of a named indicator, or of the one under talk.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Circumstances before the status question.
CIRCUMSTANCES: list[Case] = [
    (
        "L",
        "ขอโทษที่ถามซ้ำนะคะ พอดีเมื่อวานไม่ได้เปิดไลน์เลย ตอนนี้กองนิติการถึงไหนแล้วคะ",
        "Status",
        {"unit": "กองนิติการ"},
    ),
    ("L", "พอดีไม่ได้เปิดไลน์มาสองวัน ตอนนี้กองคลังถึงไหนแล้วครับ", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "ผมไม่ค่อยได้เข้าไลน์ ขอถามว่าตอนนี้งาน PMQA ของเราคืบหน้าไปถึงไหนแล้วครับ",
        "Status",
        {},
    ),
    (
        "L",
        "ช่วงนี้งานยุ่งมากเลยค่ะ ไม่ได้ตามเรื่อง PMQA เลย ตอนนี้เราอยู่ขั้นไหนกันแล้วคะ",
        "Status",
        {},
    ),
    ("L", "ไม่ได้ตามงานเลยครับ ตอนนี้กองกลางไปถึงขั้นไหนแล้ว", "Status", {"unit": "กองกลาง"}),
    (
        "L",
        "เพิ่งกลับจากลาคลอดค่ะ 😊 ขอตามงานหน่อย ตอนนี้ PMQA ของสำนักงานปลัดคืบหน้าไปแค่ไหนแล้วคะ",
        "Status",
        {},
    ),
]

# (1) Near misses: the channel really asked, an indicator's tier asked after the same words.
NOT_CIRCUMSTANCES: list[Case] = [
    ("L", "ส่งแผนทางไลน์ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    (
        "P",
        "ช่วงนี้งานยุ่งมากเลยค่ะ ไม่ได้ตามเรื่องเลย ตอนนี้ขยะอยู่ระดับไหนแล้วคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "tier"},
    ),
    ("L", "กองนิติการถึงไหนแล้วคะ", "Status", {"unit": "กองนิติการ"}),
    # What the sender has now, told after the circumstances, opens no question of its own.
    (
        "L",
        "กองเรากำลังร่างแผนอยู่ ตอนนี้มีโครงการ e-Office แล้ว มิติยึดประชาชนเป็นศูนย์กลางครอบคลุมหมวดไหนบ้างคะ",
        "RuleQuestion",
        {"topic": "dimensions"},
    ),
]


@readings(CIRCUMSTANCES + NOT_CIRCUMSTANCES)
def test_circumstances_before_the_status_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) The tier asked of "us", no indicator named.
OUR_TIER: list[Case] = [
    ("L", "เราอยู่ระดับไหนแล้วคะตอนนี้", "Status", {}),
    ("L", "ตอนนี้เราอยู่ระดับไหนกันแล้วครับ", "Status", {}),
    ("L", "เราอยู่ขั้นไหนแล้วคะ", "Status", {}),
    # Near misses: the tier of a named indicator; the tier with nobody named.
    ("P", "ขยะอยู่ระดับไหนแล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัลเราอยู่ระดับไหนแล้ว",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    ("L", "อยู่ระดับไหนแล้วคะ", "IndicatorQuery", {"indicator": "?", "aspect": "tier"}),
]


@readings(OUR_TIER)
def test_our_tier_with_no_indicator_named(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) Several units asked together by their count.
COUNTED_UNITS: list[Case] = [
    (
        "L",
        "ผอ.กองคลังกับ ผอ.กองกลางถามมาพร้อมกันเลยค่ะ ว่าสองกองนี้ถึงไหนแล้ว",
        "Status",
        {},
    ),
    ("L", "สองกองนี้ถึงไหนแล้วคะ", "Status", {}),
    ("L", "ทั้งสามกองตอนนี้เป็นไงบ้างครับ", "Status", {}),
    ("L", "กองคลังกับกองกลางถึงไหนแล้ว", "Status", {}),
    # Near miss: a unit named alone keeps its slot.
    ("L", "กองคลังถึงไหนแล้วคะ", "Status", {"unit": "กองคลัง"}),
]


@readings(COUNTED_UNITS)
def test_several_units_asked_by_their_count(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (4) The units one by one in a round.
ROUND_UNITS: list[Case] = [
    ("L", "รอบที่ 1 ตอนนี้แต่ละกองเป็นไงบ้างครับ", "Status", {}),
    ("L", "รอบแรกตอนนี้ทุกกองถึงไหนกันแล้วคะ", "Status", {}),
    # Near misses: what a round assesses is its rule.
    ("L", "รอบที่ 1 ประเมินถึงขั้นไหนคะ", "RuleQuestion", {"topic": "round"}),
    ("L", "รอบแรกต้องทำขั้นไหนบ้างครับ", "RuleQuestion", {"topic": "round"}),
]


@readings(ROUND_UNITS)
def test_the_units_one_by_one_in_a_round(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (5) A unit's score checked.
UNIT_SCORE_CHECKED: list[Case] = [
    ("L", "กองคลังตอนนี้ได้ 2 คะแนนใช่ไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กจ.ได้ 3 คะแนนแล้วใช่มั้ย", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองกลางได้ 4 คะแนนใช่ไหมครับ", "Status", {"unit": "กองกลาง"}),
    # Near misses: an indicator's figure checked; a unit's score told.
    ("P", "ขยะได้ 2 คะแนนใช่ไหม", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    (
        "L",
        "กองคลังได้ 2 คะแนนแล้ว",
        "SubmitValue",
        {"indicator": "1", "value": "2", "raw_value": "2", "unit": "กองคลัง"},
    ),
]


@readings(UNIT_SCORE_CHECKED)
def test_a_units_score_checked(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (6) The organisation's total asked, the indicators it counts checked.
TOTAL_COUNTED: list[Case] = [
    ("P", "คะแนนรวมจังหวัดตอนนี้เท่าไหร่ นับเฉพาะตัวที่มีผลแล้วใช่ไหมคะ", "Status", {}),
    ("L", "ตอนนี้เราได้คะแนนรวมกี่คะแนนแล้วคะ นับเฉพาะตัวที่มีผล", "Status", {}),
    ("O", "คะแนนรวมตอนนี้เท่าไหร่ครับ นับแค่ตัวที่มีผลใช่ไหม", "Status", {}),
    # Near misses: an indicator's counting asked; how the total is worked out.
    ("P", "ขยะนับเฉพาะขยะมูลฝอยใช่ไหม", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("L", "คะแนนรวมคิดยังไง นับเฉพาะตัวที่มีผลใช่ไหม", "RuleQuestion", {"topic": "why_score"}),
]


@readings(TOTAL_COUNTED)
def test_the_total_with_the_indicators_it_counts(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (7) Which indicators have not passed, asked as a list.
LIST_ASKED: list[Case] = [
    ("O", "รองเลขาฯ ถามว่าตัวไหนยังไม่ผ่านบ้าง ขอรายการหน่อยครับ", "Status", {}),
    ("B", "ตัวไหนยังไม่ผ่านบ้าง ขอรายการหน่อยครับ", "Status", {}),
    # Near misses: a named indicator's failed items; the one under talk's.
    ("P", "ขยะข้อไหนไม่ผ่าน ขอรายการหน่อยค่ะ", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    ("L", "ข้อไหนไม่ผ่าน ขอเป็นลิสต์หน่อย", "IndicatorQuery", {"indicator": "?", "aspect": "failed"}),
]


@readings(LIST_ASKED)
def test_which_failed_asked_as_a_list(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
