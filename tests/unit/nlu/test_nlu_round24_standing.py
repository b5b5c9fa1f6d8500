"""Round 24 (dev_fresh69): the organisation's standing asked in other words.
Each family with near misses that keep their reading, and questions that never become writes.

1. The share of the whole done ("โดยรวมเราไปได้กี่เปอร์เซ็นต์แล้ว", "ตัวชี้วัดที่รายงานผลแล้วกี่ %
   ของทั้งหมด"): Status {}. One indicator's percent stays its result.
2. Where the team stands, particles or the team around ("ถึงไหนกันแล้วน้อ ทีมเรา"), and what we
   still lack asked as the overview ("ยังขาดอะไรอยู่บ้าง ขอแบบภาพรวม"): Status {}. What is
   lacking alone, or who has not sent, stays Missing.
3. Which units lead, the units ranked, and the summary by unit asked as text with the chart
   refused: Status {}. A chart asked stays Chart.
4. The total compared with last year: Status {}; one indicator's stays its own.
5. Which indicators are still short or failed ("ต่ำกว่าเกณฑ์ขั้นต้น", "ตกตัวไหน"), every one of
   them counted ("ผลทั้ง ๖ ตัว"): Status {}. One indicator's tier stays its own.
6. A summary for a meeting ("ขอสรุปผลการประเมินของจังหวัดไปเข้าที่ประชุม กบจ."): Status {}.
7. A unit through the steps due ("ของ กจ. นี่ผ่านครบทุกขั้นที่ถึงกำหนดแล้วหรือยัง"): Status {unit}.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

SHARE: list[Case] = [
    ("L", "ตอนนี้โดยรวมเราไปได้กี่เปอร์เซ็นต์แล้วครับ", "Status", {}),
    ("L", "โดยรวมตอนนี้เราทำไปได้กี่ % แล้วคะ", "Status", {}),
    ("B", "ภาพรวมของสำนักไปได้กี่เปอร์เซ็นต์แล้ว", "Status", {}),
    ("O", "ตอนนี้ตัวชี้วัดที่รายงานผลแล้วกี่ % ของทั้งหมดคะ", "Status", {}),
    ("P", "ตัวชี้วัดที่รายงานผลแล้วคิดเป็นกี่เปอร์เซ็นต์ของทั้งหมดครับ", "Status", {}),
]
SHARE_NEAR: list[Case] = [
    ("P", "ขยะได้กี่เปอร์เซ็นต์แล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    (
        "O",
        "แผนพัฒนาบุคลากรต้องส่งเสริมกี่เปอร์เซ็นต์",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "criteria"},
    ),
]

TEAM: list[Case] = [
    ("L", "ถึงไหนกันแล้วน้อ ทีมเรา", "Status", {}),
    ("L", "ทีมเราถึงไหนแล้วนะ", "Status", {}),
    ("B", "ไปถึงไหนกันแล้วน้อ", "Status", {}),
    ("L", "ตอนนี้เรายังขาดอะไรอยู่บ้างคะ ขอแบบภาพรวมนะคะ", "Status", {}),
    ("L", "ขอภาพรวมหน่อย ตอนนี้ยังขาดอะไรบ้างครับ", "Status", {}),
]
TEAM_NEAR: list[Case] = [
    ("L", "ยังขาดอะไรอยู่บ้างคะ", "Missing", {}),
    ("L", "ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "กองคลังถึงไหนแล้ว", "Status", {"unit": "กองคลัง"}),
    ("L", "ภาพรวมใครยังไม่ส่งบ้าง", "Missing", {}),
    ("L", "กองไหนยังไม่ส่งบ้าง", "Missing", {}),
]

LEAD: list[Case] = [
    ("L", "กองไหนนำอยู่ตอนนี้คะ", "Status", {}),
    ("B", "ตอนนี้กองไหนนำคะ", "Status", {}),
    ("L", "หน่วยไหนคะแนนนำอยู่ครับ", "Status", {}),
    ("L", "ตอนนี้กองไหนคะแนนสูงสุดคะ", "Status", {}),
    ("L", "ขอดูคะแนนเรียงตามกองหน่อยครับ จากมากไปน้อย", "Status", {}),
    ("L", "ขอจัดอันดับกองตามคะแนนหน่อยค่ะ", "Status", {}),
    ("L", "ขอสรุปรายกองเป็นตัวหนังสือนะครับ ไม่เอากราฟ", "Status", {}),
    ("L", "สรุปคะแนนรายกองแบบข้อความพอนะคะ ไม่ต้องเป็นกราฟ", "Status", {}),
]
LEAD_NEAR: list[Case] = [
    ("L", "ขอกราฟรายกองหน่อยครับ", "Chart", {}),
    ("L", "ขอดูกราฟคะแนนหน่อยค่ะ", "Chart", {}),
    ("L", "ขอกราฟคะแนนรายกองเรียงจากมากไปน้อย", "Chart", {}),
]
# What a unit brings or presents is no lead: "นำส่ง", "นำเสนอ".
NOT_LEAD = ["กองไหนนำส่งรายงานแล้วบ้าง", "กองไหนนำเสนอผลงานบ้าง", "กองไหนนำข้อมูลขึ้นระบบแล้ว"]

LAST_YEAR: list[Case] = [
    ("P", "คะแนนรวมจังหวัดเทียบกับปีที่แล้วเป็นยังไงบ้างครับ", "Status", {}),
    ("P", "ภาพรวมปีนี้เทียบกับปีที่แล้วเป็นไงบ้างคะ", "Status", {}),
    ("B", "ผลการประเมินของสำนักเทียบกับปีก่อนเป็นอย่างไรบ้างครับ", "Status", {}),
]
LAST_YEAR_NEAR: list[Case] = [
    ("P", "ขยะเทียบกับปีที่แล้วเป็นยังไงบ้าง", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]

SHORT: list[Case] = [
    ("B", "มีตัวไหนยังต่ำกว่าเกณฑ์ขั้นต้นบ้างคะ", "Status", {}),
    ("P", "ตัวชี้วัดไหนยังต่ำกว่าเกณฑ์ขั้นมาตรฐานอยู่บ้าง", "Status", {}),
    ("P", "ตอนนี้เราตกตัวไหนอยู่บ้างคะ", "Status", {}),
    ("P", "มีตัวไหนตกบ้างครับ", "Status", {}),
    ("P", "ขอดูผลทั้ง ๖ ตัวหน่อยครับ", "Status", {}),
    ("P", "ขอดูผลทั้ง 6 ตัวชี้วัดหน่อยค่ะ", "Status", {}),
]
SHORT_NEAR: list[Case] = [
    ("P", "ขยะอยู่ระดับไหนแล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ขยะตกข้อไหนบ้าง", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
]

MEETING: list[Case] = [
    ("P", "ขอสรุปผลการประเมินของจังหวัดไปเข้าที่ประชุม กบจ. ค่ะ", "Status", {}),
    ("P", "ขอสรุปผลไปรายงานที่ประชุมผู้บริหารหน่อยครับ", "Status", {}),
    ("L", "ขอสรุปภาพรวมไปใช้ในที่ประชุมผู้บริหารพรุ่งนี้หน่อยค่ะ", "Status", {}),
]

UNIT_DUE: list[Case] = [
    ("L", "ของ กจ. นี่ผ่านครบทุกขั้นที่ถึงกำหนดแล้วหรือยังครับ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองคลังผ่านครบทุกขั้นที่ครบกำหนดแล้วหรือยัง", "Status", {"unit": "กองคลัง"}),
]
UNIT_DUE_NEAR: list[Case] = [
    (
        "O",
        "แผนพัฒนาบุคลากรผ่านครบทุกประเด็นหรือยังคะ",
        "IndicatorQuery",
        # Every point passed in full, asked with ยัง, is the tier since round 37.
        {"indicator": "3", "aspect": "tier"},
    ),
]

ASKED = [
    text
    for cases in (SHARE, TEAM, LEAD, LAST_YEAR, SHORT, MEETING, UNIT_DUE)
    for _, text, _, _ in cases
]


@readings(SHARE + SHARE_NEAR)
def test_the_share_of_the_whole_done(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TEAM + TEAM_NEAR)
def test_where_the_team_stands(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LEAD + LEAD_NEAR)
def test_which_units_lead_and_the_ranking(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_what_a_unit_brings_is_no_lead() -> None:
    assert [text for text in NOT_LEAD if settled(text, "L")[0] == "Status"] == []


@readings(LAST_YEAR + LAST_YEAR_NEAR)
def test_the_total_compared_with_last_year(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SHORT + SHORT_NEAR)
def test_which_indicators_are_short_or_all_of_them(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MEETING)
def test_a_summary_for_a_meeting(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNIT_DUE + UNIT_DUE_NEAR)
def test_a_unit_through_the_steps_due(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "P") == []
