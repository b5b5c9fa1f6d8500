"""Round 15 (fixG): what is asked. Deadlines of a month ("เม.ย. มีเดดไลน์อะไรบ้าง": deadline
spelt in Thai, no LINE channel; "ภายใน 5 ก.พ. ต้องส่งอะไร": what is due by a day); which items
of an indicator failed, asked with "ประเด็นไหน…ที่ยังไม่ผ่าน" or in a round ("รอบแรกข้อไหนไม่ผ่าน")."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

# (B) A month typed short with dots, in a deadline question.
SHORT_MONTHS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "เม.ย. มีเดดไลน์อะไรบ้างคะ", "Deadlines", {"month": 4}),
    ("O", "มี.ค. มีเดดไลน์ไหม", "Deadlines", {"month": 3}),
    ("L", "เดดไลน์เดือน ส.ค. มีอะไรบ้าง", "Deadlines", {"month": 8}),
    ("B", "ภายใน 5 ก.พ. ต้องส่งอะไรไหมครับ", "Deadlines", {"month": 2}),
    ("B", "ภายใน 20 มี.ค. ต้องส่งอะไรบ้าง", "Deadlines", {"month": 3}),
    ("B", "ก่อน 10 ก.ย. มีอะไรต้องส่งบ้างคะ", "Deadlines", {"month": 9}),
    ("L", "เดทไลน์ส่งแผนวันไหนครับ", "Deadlines", {"step": "3"}),
    ("L", "ส่งทางไลน์ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งไลน์แทนอีเมลได้มั้ย", "RuleQuestion", {"topic": "channel"}),
]


@readings(SHORT_MONTHS)
def test_short_months_in_deadline_questions(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) Which items failed, asked after "ประเด็นไหน" or in a round.
FAILED_ITEMS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ประเด็นไหนของ e-Service ที่ยังไม่ผ่านบ้างคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "failed"},
    ),
    ("P", "ประเด็นไหนของขยะที่ยังไม่ผ่าน", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    (
        "O",
        "ตัวที่ 4 จริยธรรมรอบแรกข้อไหนไม่ผ่าน",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "failed"},
    ),
    ("P", "ขยะรอบที่ 1 ข้อไหนไม่ผ่านคะ", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    ("P", "ข้อไหนใน e-Service ที่ตกคะ", "IndicatorQuery", {"indicator": "5", "aspect": "failed"}),
    ("O", "รอบแรกมีกี่ข้อ", "RuleQuestion", {"topic": "round"}),
    ("P", "ขยะรอบแรกตกข้อไหน", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    ("P", "e-Service มีประเด็นอะไรบ้าง", "IndicatorQuery", {"indicator": "5", "aspect": "items"}),
]


@readings(FAILED_ITEMS)
def test_which_items_failed(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (D) What is counted in, or only, is the formula; who is counted stays the criteria's scope.
COUNTED: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "185 คนของ e-Service นับรวมทุกอำเภอ หรือเฉพาะ 3 อำเภอคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "formula"},
    ),
    (
        "P",
        "ขยะนับรวมทุกอำเภอหรือเฉพาะในเมืองครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "formula"},
    ),
    ("P", "ขยะนับรวมธนาคารขยะด้วยไหม", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("B", "โอนงบนับแค่ที่ซ้ำซ้อนใช่ไหมคะ", "IndicatorQuery", {"indicator": "3", "aspect": "formula"}),
    (
        "B",
        "เทศบาลตำบลจริงๆ นับเป็นแห่งใช่ไหมครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "formula"},
    ),
    (
        "O",
        "ตัวชี้วัดยกระดับ Master Data สูตรคำนวณคืออะไรคะ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "formula"},
    ),
    (
        "O",
        "ยกระดับ Master Data ผ่านระดับไหนแล้ว",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "tier"},
    ),
    (
        "O",
        "จริยธรรมภาครัฐ หน่วยงานของรัฐ 449 แห่งนับรวมใครบ้างคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "criteria"},
    ),
    ("L", "เข้าร่วมกิจกรรมนับเป็นรายคนหรือรายหน่วยงานครับ", "RuleQuestion", {"topic": "attendance"}),
    ("P", "ขยะได้เท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


@readings(COUNTED)
def test_what_is_counted_is_the_formula(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (E) How far it must come down, and whether it has tiers at all, are its criteria; the tier
# it reached stays the tier.
BARS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "โอนงบเป้าปีนี้ต้องลดเท่าไหร่คะ", "IndicatorQuery", {"indicator": "3", "aspect": "criteria"}),
    ("B", "โอนงบปีนี้ต้องลดกี่รายการ", "IndicatorQuery", {"indicator": "3", "aspect": "criteria"}),
    (
        "B",
        "โอนเปลี่ยนแปลงงบ ปีที่แล้วเกิน 10 รายการไหม เป้าปีนี้ต้องลดเท่าไหร่",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "criteria"},
    ),
    (
        "B",
        "เทศบาลตำบลมีขั้นต้น มาตรฐาน ขั้นสูงไหมครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    (
        "B",
        "ตัวชี้วัดเทศบาลตำบลมีขั้นสูงด้วยไหม เกณฑ์ให้คะแนนยังไง",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    ("B", "เทศบาลตำบลได้ขั้นสูงไหม", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    (
        "B",
        "PMQA อยู่ขั้นไหนแล้วคะ ขั้นต้น มาตรฐาน หรือขั้นสูง",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
    ("B", "โอนงบลดลงไหม", "IndicatorQuery", {"indicator": "3", "aspect": "result"}),
]


@readings(BARS)
def test_bars_and_tiers_had(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (F) How far each unit got in a step is the step in detail; what each must reach is the
# rule; chasing everyone "in one go" (รอบเดียว) is no round of the assessment.
PER_UNIT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้นที่ 2 แต่ละกองเข้าประชุมกี่ % แล้วคะ", "StepDetails", {"step": "2"}),
    ("L", "ขั้น 2 แต่ละกองเข้าร่วมกี่เปอร์เซ็นต์แล้ว", "StepDetails", {"step": "2"}),
    ("L", "ขั้นตอนที่ 2 ทุกกองเข้าประชุมไปกี่ครั้งแล้วครับ", "StepDetails", {"step": "2"}),
    ("L", "ขั้นที่ 2 แต่ละกองต้องเข้าประชุมกี่ %", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ขั้นที่ 2 ต้องเข้าประชุมกี่ %", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เหลือกองไหนยังไม่ได้ส่งแผนบ้าง จะได้โทรตามรอบเดียว", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง จะได้ตามทีเดียวรอบเดียว", "Missing", {"step": "3"}),
    ("L", "ขั้นตอนที่ 4 กับ 5 ประเมินรอบเดียวกันไหม", "RuleQuestion", {"topic": "round"}),
]


@readings(PER_UNIT)
def test_each_unit_in_a_step(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (G) Rule questions: what a score got was cut by is why it is that score (what a lapse would
# cost stays the deductions).
RULES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังได้ 4.45 หักไปจากอะไรครับ", "RuleQuestion", {"topic": "why_score"}),
    ("L", "กองกลางได้ 3.5 โดนหักอะไรไปคะ", "RuleQuestion", {"topic": "why_score"}),
    ("L", "กนต.ได้ 4 คะแนน หักตรงไหนครับ", "RuleQuestion", {"topic": "why_score"}),
    ("L", "กองกลางได้ 4.5 คือโดนหักเพราะอะไรคะ", "RuleQuestion", {"topic": "why_score"}),
    ("L", "ถ้าส่งช้าโดนหักอะไรบ้าง", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้าได้ 4.5 จะโดนหักอะไรไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ร้อยละ 85 ของขั้นตอนที่ 5 หมายถึงอะไร", "RuleQuestion", {"topic": "thresholds"}),
]


@readings(RULES)
def test_why_a_score(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
