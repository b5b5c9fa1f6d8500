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
