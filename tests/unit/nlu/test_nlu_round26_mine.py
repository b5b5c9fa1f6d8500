"""Round 26, from merging round 25: which items of an indicator are still pending asks for its
failed items, whether the pending word is Thai or English ("e-Budgeting ข้อไหนยังค้าง", "…ข้อไหน
ยัง pending": round 25 made "pending" ค้าง, and "ยังค้าง" asked who has not sent). Near misses:
who has not sent, and a unit's pending work, stay Missing.
"""

from __future__ import annotations

from tests.fakes.understanding import readings, settled

CASES = [
    ("B", "e-Budgeting ข้อไหนยังค้าง", "IndicatorQuery", {"indicator": "4", "aspect": "failed"}),
    ("B", "e-Budgeting ข้อไหนยัง pending", "IndicatorQuery", {"indicator": "4", "aspect": "failed"}),
    ("B", "e-Budgeting ยังค้างประเด็นไหนคะ", "IndicatorQuery", {"indicator": "4", "aspect": "failed"}),
    ("B", "ใครยังค้างส่ง e-Budgeting", "Missing", {"indicator": "4"}),
    ("L", "ใครยังค้างส่งแผน", "Missing", {"step": "3"}),
    ("L", "กองไหนยังค้างข้อไหนบ้าง", "Missing", {}),
]


@readings(CASES)
def test_pending_items_are_the_failed_items(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
