"""Issue 9, round 9 (h11f): casual and slang questions about where things stand. Spoken short
forms of the question words (ไร, งัย, เปน, มั่ง, จิ, a held last letter) are written out once
by the normaliser and never become slots; months said short ("ก.ย.", "เมษาฯ")."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.normalise import normalise
from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# Spoken short forms: the question is read as its written form, with no slot of fillers.
SPOKEN: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ยังไม่ส่งไรกันมั่ง", "Missing", {}),
    ("L", "มีใครค้างส่งไรอยู่มั่งอ่ะ", "Missing", {}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้างง", "Missing", {"step": "1"}),
    ("L", "บอทๆ ใครยังไม่ส่งแผนมั่ง", "Missing", {"step": "3"}),
    ("L", "เดือนนี้ต้องส่งไรมั่ง", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "ภาพรวมเปนงัยมั่ง", "Status", {}),
    ("L", "กองคลังเปนงัยบ้างอ่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ขอสรุปหน่อยจิ", "Status", {}),
    ("P", "ยาเสพติดได้ระดับไรแล้ว", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("P", "ขยะเกณฑ์งัยอ่ะ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("B", "ตัวไหนยังไม่มีผลมั่ง", "Missing", {}),
    ("P", "ทุกตัวตอนนี้อยู่ขั้นไหนกันบ้าง", "Status", {}),
    (
        "P",
        "ขยะกะท่องเที่ยวได้เท่าไหร่แล้ว",
        "IndicatorQuery",
        {"indicator": ["2", "3"], "aspect": "result"},
    ),
    ("P", "ยาเสพติดรอดไหมปีนี้", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    (
        "O",
        "ระดับความพร้อมรัฐบาลดิจิทัลอยู่เลเวลไหน",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
]


@readings(SPOKEN)
def test_a_spoken_short_form_asks_as_its_written_form(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ขาดไรมั่ง", "ขาดอะไรบ้าง"),
        ("ภาพรวมเปนงัยบ้าง", "ภาพรวมเป็นยังไงบ้าง"),
        ("ส่งยังงัย", "ส่งยังไง"),
        ("ใครยังไม่ส่งบ้างง", "ใครยังไม่ส่งบ้าง"),
        ("ก.ย. 67 ต้องส่งไรบ้าง", "ก.ย. 67 ต้องส่งอะไรบ้าง"),
        ("ส่งแผน 12/1 แล้ว ขาดไรอีก", "ส่งแผน 12/1 แล้ว ขาดอะไรอีก"),
        ("deadlineeee", "deadline"),
    ],
)
def test_the_normaliser_writes_out_spoken_forms(typed: str, written: str) -> None:
    assert normalise(typed) == written


# With its spoken words written out and trimmed, a name two titles share but for their measure
# word (ระดับ… / คะแนน…) asks of both when no measure is asked.
def test_a_name_shared_by_two_titles_asks_both_when_no_measure_is_asked() -> None:
    both = {"indicator": ["8", "9"], "aspect": "criteria"}
    assert settled("ความพร้อมรัฐบาลดิจิทัลเกณฑ์เปนงัยอ่ะ", "O") == ("IndicatorQuery", both)
    assert settled("ความพร้อมรัฐบาลดิจิทัลได้กี่คะแนน", "O")[1]["indicator"] == "9"


@pytest.mark.parametrize(
    "text",
    ["ไม่เป็นไร", "กำไรเท่าไร", "ร่ำรวยมั่งคั่ง", "จิตใจดี", "รัฐบาลดิจิทัล", "ไรเดอร์มาส่ง", "บ้างงาน"],
)
def test_words_holding_a_spoken_form_stay(text: str) -> None:
    assert normalise(text) == text


# Deadlines asked casually: a month said short (ก.ย., เมษาฯ; the agency ก.พ. of its own office
# is no month), a held English word, what is near its deadline.
DEADLINES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ต.ค. ต้องส่งไรมั่ง", "Deadlines", {"month": 10}),
    ("L", "ธ.ค. ส่งไรบ้างอ่ะ", "Deadlines", {"month": 12}),
    ("L", "เม.ย.มีไรต้องส่งบ้าง", "Deadlines", {"month": 4}),
    ("L", "ก.พ. ต้องส่งไรบ้าง", "Deadlines", {"month": 2}),
    ("O", "ก.พ. ต้องส่งไรบ้าง", "Deadlines", {}),
    ("B", "ช่วงกันยาฯ มีไรต้องส่งบ้าง", "Deadlines", {"month": 9}),
    ("L", "ปลายมีนาฯ ต้องส่งอะไรมั่ง", "Deadlines", {"month": 3}),
    ("L", "deadlineee?", "Deadlines", {}),
    ("L", "อาทิตย์นี้มีไรใกล้หมดเขตมั่ง", "Deadlines", {}),
    ("L", "มีงานไรใกล้ครบกำหนดบ้างอ่ะ", "Deadlines", {}),
]


@readings(DEADLINES)
def test_a_deadline_asked_casually(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "ลาป่วยวันนี้นะ มีไรทักไลน์",
        "ออกไปข้างนอก มีอะไรก็โทรมา",
        "ระบบ EvMIS ค้างอีกแล้ว ใครเป็นมั่ง",
        "e-Budgeting เข้าไม่ได้ ใครเป็นเหมือนกันบ้าง",
        "กะว่าจะส่งแผนพรุ่งนี้",
    ],
)
def test_chatter_in_spoken_forms_asks_nothing(text: str) -> None:
    assert settled(text, "L") == ("Unknown", {})
