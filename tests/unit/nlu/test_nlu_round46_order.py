"""Round 46, an indicator named by its place in the list (integrator).

"ลำดับ" before a number numbers an indicator as "ที่" and "ข้อ" do ("ตัวชี้วัดลำดับ ๘ ของ สงป.",
"KPI ลำดับ 3 ได้เท่าไหร่"): the number is the indicator's code, never a value to submit.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

BY_PLACE: list[Case] = [
    ("B", "ตัวชี้วัดลำดับ ๘ ของ สงป.", "IndicatorQuery", {"indicator": "8"}),
    ("B", "KPI ลำดับ 3", "IndicatorQuery", {"indicator": "3"}),
    ("P", "ตัวชี้วัดลำดับ 2 ได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ตัวชี้วัด ลำดับที่ 4 ผ่านเกณฑ์ไหม", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    # Near misses: a value after the code, and the code told with ที่, keep their readings.
    (
        "P",
        "ตัวชี้วัดที่ 2 ได้ 52.3",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    ("B", "ตัวชี้วัดลำดับที่ 8", "IndicatorQuery", {"indicator": "8"}),
]


@readings(BY_PLACE)
def test_an_indicator_named_by_its_place_in_the_list(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
