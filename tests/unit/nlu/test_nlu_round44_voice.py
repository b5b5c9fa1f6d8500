"""Round 44, voice-to-text and the families around it (voice44).

1. Words as voice typing spells them are data: the plan heard as แผ่น right after the verb to
   send ("ใครยังไม่ส่งแผ่นบ้าง"; "ส่งแผ่นพับ" stays a leaflet), the mail as อีเมว, the drugs
   indicator as ยาเสพย์ติด, PMQA said as its letters' names (พีเอ็มคิวเอ) and ศทส. as its
   letters' names (ศอทอสอ, the unit's alias). Who asked, glued to the question's particle
   ("…บ้างคะพี่ต๋อยถามมา"), is context, as it is after a space.
2. Where the team's list was sent ("ที่ส่งมาใน google form") names no unit.
3. A figure with the province put against a PMQA level, in either order ("ได้ 389.76 คะแนน PMQA
   แบบนี้จังหวัดอยู่ระดับ Basic ใช่ไหม"), is the PMQA indicator's tier (a bare score, the rule); a
   report indicator's draft asked done and then whether it passes is its tier.
4. A level reached "ขึ้นมาจากปีที่แล้ว" is this year's value, no baseline.
5. Full marks said in words ("ห้าเต็ม") are a level asked of; deductions stay deductions.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

SPELT_AS_HEARD: list[Case] = [
    ("L", "ใครยังไม่ส่งแผ่นบ้างคะพี่ต๋อยถามมา", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแผ่นบ้าง", "Missing", {"step": "3"}),
    ("L", "กองไหนยังไม่ได้ส่งแผ่นคะ", "Missing", {"step": "3"}),
    ("L", "ส่งแผ่นพับแล้ว", "Unknown", {}),
    ("L", "ปริ้นแผ่นนี้ให้หน่อย", "Unknown", {}),
    ("L", "ใครยังไม่ส่งแผนบ้างคะ พี่หน่อยฝากถาม", "Missing", {"step": "3"}),
    ("L", "ส่งแผนแล้วค่ะพี่ต๋อยถามมา", "MarkStep", {"step": "3"}),
    (
        "L",
        "ส่งแผนแล้วนะคะวันที่สิบสี่มกราคมทางอีเมว",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14", "channel": "email"},
    ),
    (
        "L",
        "กองคลังส่งแผนทางอีเมวแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email"},
    ),
    ("L", "ส่งแผนทางอีเมลแล้วค่ะ", "MarkStep", {"step": "3", "channel": "email"}),
    ("P", "ยาเสพย์ติดผ่านไหม", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("P", "ยาเสพย์ติดได้เท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "ยาเสพติดผ่านไหม", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("L", "ทีมพีเอ็มคิวเอของศอทอสอมีใครบ้างครับ", "Members", {"unit": ICT}),
    (
        "L",
        "ขั้นตอนที่สามของศอทอสอเสร็จแล้ววันนี้ค่ะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-15", "unit": ICT},
    ),
    ("L", "ศอทอสอส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": ICT}),
    ("L", "ทีมพีเอ็มคิวเอของกองคลังมีใครบ้าง", "Members", {"unit": "กองคลัง"}),
    ("L", "ทีม PMQA ของศทส.มีใครบ้าง", "Members", {"unit": ICT}),
    ("P", "คะแนนพีเอ็มคิวเอจังหวัดได้เท่าไหร่", "IndicatorQuery", {"indicator": "6", "aspect": "score"}),
]

TEAM_LIST_SENT_THROUGH: list[Case] = [
    ("L", "รายชื่อทีมทั้งหมดที่ส่งมาใน google form มีกี่คนคะ", "Members", {}),
    ("L", "รายชื่อทีมที่ส่งมาในไลน์มีใครบ้าง", "Members", {}),
    ("L", "รายชื่อทีมกองคลังที่ส่งมาทางอีเมลมีกี่คน", "Members", {"unit": "กองคลัง"}),
    ("L", "รายชื่อทีมที่ส่งมาเมื่อ 29 พ.ย. มีใครบ้าง", "Members", {}),
    ("L", "รายชื่อทีมกองคลังมีกี่คน", "Members", {"unit": "กองคลัง"}),
    ("L", "ทีมของกองกลางมีกี่คน", "Members", {"unit": "กองกลาง"}),
    ("L", "ทีมสำนักตรวจสอบมีใครบ้าง", "Members", {"unit": "?สำนักตรวจสอบ"}),
]

TIER: list[Case] = [
    (
        "P",
        "ได้ 389.76 คะแนน PMQA แบบนี้จังหวัดอยู่ระดับ Basic ใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "P",
        "จังหวัดได้ 389.76 คะแนน PMQA อยู่ระดับ Basic ใช่ไหม",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "P",
        "PMQA ได้ 389.76 คะแนน แบบนี้จังหวัดอยู่ระดับ Basic ใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "P",
        "PMQA จังหวัด 389.76 นี่อยู่ระดับ Basic ใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    ("P", "PMQA 389.76 อยู่ระดับ Basic ใช่ไหม", "RuleQuestion", {"topic": "level"}),
    (
        "P",
        "ได้ 389.76 คะแนน PMQA แบบนี้อยู่ระดับ Basic ใช่ไหมคะ",
        "RuleQuestion",
        {"topic": "level"},
    ),
    (
        "P",
        "ได้ 389.76 คะแนน PMQA แบบนี้จังหวัดต้องได้เท่าไหร่ถึงอยู่ระดับ Basic",
        "RuleQuestion",
        {"topic": "level"},
    ),
    (
        "P",
        "ยาเสพย์ติดของจังหวัดผ่านเป้าขั้นมาตรฐานหรือยังคะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    (
        "P",
        "ยาเสพติดของจังหวัดผ่านเป้าขั้นมาตรฐานหรือยังคะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    ("P", "ขยะผ่านเป้าขั้นสูงหรือยัง", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    (
        "O",
        "หลักสูตรการสอบแข่งขันร่างเสร็จหรือยังคะ ผ่านไหม",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "tier"},
    ),
    (
        "O",
        "หลักสูตรการสอบแข่งขันร่างเสร็จยัง ผ่านเกณฑ์หรือยัง",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "tier"},
    ),
    ("O", "หลักสูตรการสอบแข่งขันร่างเสร็จหรือยังคะ", "Missing", {"indicator": "1"}),
    ("L", "แผนเสร็จยัง ผ่านไหม", "Missing", {"step": "3"}),
    ("L", "แผนเสร็จยังคะ", "Missing", {"step": "3"}),
    ("L", "กองคลังทำแผนเสร็จยัง ผ่านไหม", "Status", {"unit": "กองคลัง"}),
]

RISEN_FROM_LAST_YEAR: list[Case] = [
    (
        "O",
        "DG readiness ระดับ ๔ แล้วครับ ขึ้นมาจากปีที่แล้ว",
        "SubmitValue",
        {"indicator": "8", "value": "4", "raw_value": "๔"},
    ),
    (
        "O",
        "DG readiness ระดับ 4 แล้วครับ ขึ้นจากปีที่แล้ว",
        "SubmitValue",
        {"indicator": "8", "value": "4", "raw_value": "4"},
    ),
    (
        "O",
        "DG readiness ระดับ 4 แล้วครับ เทียบกับปีที่แล้ว",
        "SubmitValue",
        {"indicator": "8", "value": "4", "raw_value": "4"},
    ),
    (
        "O",
        "ค่าฐาน DG readiness ระดับ 3 ขึ้นมาจากปีที่แล้ว",
        "SubmitBaseline",
        {"indicator": "8", "value": "3", "raw_value": "3", "year": 2567},
    ),
]

FULL_MARKS_SAID: list[Case] = [
    ("L", "ถ้าจะเอาห้าเต็มไม่โดนหักเลยต้องทำครบแบบไหนคะ", "RuleQuestion", {"topic": "level"}),
    ("L", "ถ้าจะเอาห้าเต็มต้องทำยังไง", "RuleQuestion", {"topic": "level"}),
    ("L", "ถ้าจะเอา 5 เต็มไม่โดนหักเลยต้องทำครบแบบไหน", "RuleQuestion", {"topic": "level"}),
    ("L", "ส่งช้าโดนหักกี่คะแนน", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้าส่งแผนช้าไม่โดนหักได้ไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้าไม่อยากโดนหักต้องส่งครบแบบไหน", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งแผนช้าแต่อยากได้ห้าเต็มจะโดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
]


@readings(SPELT_AS_HEARD)
def test_words_spelt_as_heard_read_as_written(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TEAM_LIST_SENT_THROUGH)
def test_where_the_team_list_was_sent_names_no_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TIER)
def test_a_figure_or_a_draft_asked_against_a_level_is_the_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RISEN_FROM_LAST_YEAR)
def test_a_level_risen_from_last_year_is_this_years_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FULL_MARKS_SAID)
def test_full_marks_said_in_words_ask_the_level(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
