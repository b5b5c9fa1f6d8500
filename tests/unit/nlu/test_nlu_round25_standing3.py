"""Round 25 (standing3, dev_fresh72-76): where things stand, asked in words that were taken for
an indicator's or a unit's name. Each family with near misses that keep their reading, and
questions that never become writes.

1. English words of what is owed or behind: "pending" is ค้าง ("กนต.pending อะไรอยู่": the
   unit's status, the dot of its short name parting the English word as a space does),
   "behind"/"off track" are short of the bar ("KPI ตัวไหน behind บ้าง"): Status.
2. The overview asked with words that name nothing: how it is judged ("ภาพรวมแย่มั้ย"), whether
   it is out ("ผลประเมินภาพรวม…ออกยัง"), how it is laid out ("ขอตารางคะแนนแต่ละกอง"), when in
   the day it is wanted ("บ่ายนี้…", "…10 โมง"), each indicator in turn ("แต่ละตัวได้เท่าไหร่"),
   how many asked in Isan ("ได้คะแนนรวมจั๊กคะแนน"): Status {}. An indicator named keeps its own.
3. Which unit trails ("กองไหนคะแนนต่ำสุด", "หน่วยไหนรั้งท้าย"), as which one leads: Status {}.
4. The organisation's own abbreviation ("ภาพรวมทั้ง สป."): the organisation, not a unit; another
   ministry's ("สป.พม.") is not ours.
5. A unit's work asked: what it sent complete ("…ส่งอะไรครบแล้วบ้าง"), how it goes and what it
   lacks ("กองกลางเป็นไงบ้างคะ ขาดอะไรอีกไหม"), the steps it passed named by its bare name
   ("คลังผ่านขั้นตอนที่ 1 กับ 2 แล้วใช่ไหม"): Status {unit}.
6. Where we stand: which step we are at, asked briefly by a busy sender ("งานยุ่งมากเลย ขอแค่
   สรุปสั้นๆ ว่าตอนนี้เราอยู่ขั้นไหน"), held against the target ("…อยู่ตรงไหน เทียบกับเป้า"),
   the weighted total with the indicators reported counted: Status.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

ENGLISH: list[Case] = [
    ("L", "กนต.pending อะไรอยู่", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองคลัง pending อะไรบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "KPI ตัวไหน behind บ้าง", "Status", {}),
    ("L", "KPI ไหน off track บ้าง", "Status", {}),
]
ENGLISH_NEAR: list[Case] = [
    ("L", "กองคลังค้างอะไรอยู่", "Status", {"unit": "กองคลัง"}),
    ("L", "กค.plan ส่งแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

OVERVIEW: list[Case] = [
    ("L", "ภาพรวมแย่มั้ยคะ ท่านผู้อำนวยการถามมาค่ะ", "Status", {}),
    ("L", "ภาพรวมดีไหม", "Status", {}),
    ("P", "ผลประเมินภาพรวมปทุมธานีออกยังคะ", "Status", {}),
    ("P", "ผลประเมินภาพรวมออกหรือยัง", "Status", {}),
    ("L", "ขอตารางคะแนนแต่ละกองตอนนี้หน่อยค่ะ", "Status", {}),
    ("L", "บ่ายนี้ขอสรุปภาพรวมหน่อยครับ ผอ.จะเอาไปรายงานวันจันทร์", "Status", {}),
    ("L", "ขอตัวเลขภาพรวม จะเข้าประชุมผู้บริหาร 10 โมง", "Status", {}),
    ("P", "แต่ละตัวได้เท่าไหร่แล้วบ้างครับ", "Status", {}),
    ("L", "แต่ละตัวชี้วัดได้กี่คะแนน", "Status", {}),
    ("P", "ปทุมฯ ได้คะแนนรวมจั๊กคะแนนแล้ว", "Status", {}),
    ("P", "ได้จั๊กคะแนนแล้ว", "Status", {}),
]
OVERVIEW_NEAR: list[Case] = [
    ("P", "ขยะแย่ลงไหม", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ผลขยะออกยัง", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ขยะแต่ละตัวได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ยาเสพติดได้จั๊กคะแนน", "IndicatorQuery", {"indicator": "4", "aspect": "score"}),
    ("P", "ขยะได้จั๊กเปอร์เซ็นต์แล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "ตารางประชุมเดือนนี้", "Unknown", {}),
]

TRAILS: list[Case] = [
    ("L", "กองไหนคะแนนต่ำสุดตอนนี้", "Status", {}),
    ("L", "หน่วยไหนรั้งท้าย", "Status", {}),
    ("B", "กองไหนคะแนนน้อยที่สุด", "Status", {}),
]
TRAILS_NEAR: list[Case] = [
    ("L", "กองไหนนำอยู่ตอนนี้คะ", "Status", {}),
    ("L", "กองไหนยังไม่ส่งบ้าง", "Missing", {}),
]

OWN_ABBREVIATION: list[Case] = [
    ("L", "ภาพรวมทั้ง สป. ตอนนี้ผ่านกี่ขั้นแล้ว", "Status", {}),
    ("L", "ภาพรวม สป. เป็นไงบ้าง", "Status", {}),
]
OWN_ABBREVIATION_NEAR: list[Case] = [
    ("L", "สรุปภาพรวมของ สป.พม. หน่อย", "Status", {"unit": "?สป.พม."}),
    ("L", "สป.พม. เขาได้ PMQA 412 คะแนนแล้วนะ เก่งมาก", "Unknown", {}),
    ("B", "ภาพรวม สป. เป็นไงบ้าง", "Status", {"unit": "?สป."}),
]

UNIT_WORK: list[Case] = [
    ("L", "กองการเจ้าหน้าที่ส่งอะไรครบแล้วบ้างคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กค.ส่งอะไรไปครบแล้วบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "กองกลางเป็นไงบ้างคะ ขาดอะไรอีกไหม", "Status", {"unit": "กองกลาง"}),
    ("L", "กองคลังเป็นยังไงบ้าง ยังขาดอะไรอยู่", "Status", {"unit": "กองคลัง"}),
    ("L", "คลังผ่านขั้นตอนที่ 1 กับ 2 แล้วใช่ไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กลางผ่านขั้นตอนที่ 2 ยัง", "Status", {"unit": "กองกลาง"}),
]
UNIT_WORK_NEAR: list[Case] = [
    ("L", "ยังขาดอะไรอยู่บ้างคะ", "Missing", {}),
    ("L", "กองกลางค่ะ ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "ร้านผ่านขั้นตอนที่ 1 แล้วใช่ไหม", "StepDetails", {"step": "1"}),
    ("L", "ผ่านขั้นตอนที่ 1 แล้วใช่ไหม", "StepDetails", {"step": "1"}),
    ("L", "ส่งอะไรครบแล้วบ้าง", "History", {}),
    ("L", "กองคลังส่งครบแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

WHERE_WE_ARE: list[Case] = [
    ("L", "งานยุ่งมากเลย ขอแค่สรุปสั้นๆ ว่าตอนนี้เราอยู่ขั้นไหน", "Status", {}),
    ("L", "ขอแค่สรุปสั้นๆ ว่าตอนนี้เราอยู่ขั้นไหน", "Status", {}),
    ("P", "ตอนนี้จังหวัดเราอยู่ตรงไหนละคะ เทียบกับเป้า", "Status", {}),
    ("P", "เราอยู่ตรงไหนเทียบกับเป้า", "Status", {}),
    ("P", "ภาพรวมเทียบกับเป้าเป็นยังไง", "Status", {}),
    ("L", "กองคลังอยู่ตรงไหนเทียบกับเป้า", "Status", {"unit": "กองคลัง"}),
    (
        "O",
        "คะแนนถ่วงน้ำหนักของ สนง.ก.พ. ตอนนี้ได้เท่าไหร่ครับ และรายงานผลไปแล้วกี่ตัวชี้วัด",
        "Status",
        {},
    ),
    ("O", "คะแนนถ่วงน้ำหนักตอนนี้ได้เท่าไหร่ และรายงานผลไปแล้วกี่ตัวชี้วัด", "Status", {}),
]
WHERE_WE_ARE_NEAR: list[Case] = [
    ("P", "ขยะเทียบกับเป้าเป็นยังไง", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("P", "สรุปหน่อย ขยะอยู่ขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "PMQA จังหวัดอยู่ขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "6", "aspect": "tier"}),
    ("O", "PMQA อยู่ขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "10", "aspect": "tier"}),
    ("O", "ตัวชี้วัดที่ 3 ถ่วงน้ำหนักเท่าไหร่", "IndicatorQuery", {"indicator": "3", "aspect": "result"}),
]

ASKED = [
    text
    for _, text, intent, _ in (
        ENGLISH
        + OVERVIEW
        + OVERVIEW_NEAR
        + TRAILS
        + OWN_ABBREVIATION
        + UNIT_WORK
        + WHERE_WE_ARE
        + WHERE_WE_ARE_NEAR
    )
] + ["กองคลังส่งครบแล้วหรือยัง", "คลังผ่านขั้นตอนที่ 1 แล้วหรือยัง", "กนต.pending แผนอยู่ไหม"]


@readings(ENGLISH + ENGLISH_NEAR)
def test_english_words_of_what_is_owed_or_behind(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OVERVIEW + OVERVIEW_NEAR)
def test_the_overview_asked_with_words_that_name_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TRAILS + TRAILS_NEAR)
def test_which_unit_trails(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OWN_ABBREVIATION + OWN_ABBREVIATION_NEAR)
def test_the_organisations_own_abbreviation(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNIT_WORK + UNIT_WORK_NEAR)
def test_a_units_work_asked(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHERE_WE_ARE + WHERE_WE_ARE_NEAR)
def test_where_we_stand(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    for org in ("L", "P", "B", "O"):
        assert read_as_writes(ASKED, org) == []
