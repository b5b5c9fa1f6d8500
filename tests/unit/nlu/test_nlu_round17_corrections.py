"""Round 17 (corr17): corrections typed right after a report, one detail fixed.

The bot has just shown a confirmation card (or stored an entry) and the member fixes one
detail of it: the day, the channel, the plan's dimensions, the count attended, the documents
or the value. A correction cue (แก้, ขอแก้, พิมพ์ผิด, ไม่ใช่ X…Y, จริงๆ, ต่างหาก, เมื่อกี้บอก…)
plus the detail it fixes is read as that detail alone, flagged a correction: what the card
said of the rest (its step, its indicator) stays the card's. Words about the typing
(สลับตัวเลข, ตัวเลขที่เพิ่งส่ง, เมื่อกี้) name no indicator and no step.

A question about correcting ("แก้วันที่ส่งได้ไหม") is never a write, and chat that happens to
say "not X, Y" of something else stays chat.
"""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import TODAY, category
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

DAYS: list[Case] = [
    ("L", "เดี๋ยวนะคะ ไม่ใช่ 28 ค่ะ ส่งวันที่ 27", "MarkStep", {"done_on": "2025-01-27"}),
    ("L", "เดี๋ยวครับ ไม่ใช่ 14 ส่งวันที่ 13", "MarkStep", {"done_on": "2025-01-13"}),
    ("L", "อ๊ะ ไม่ใช่ 10 นะคะ ส่งวันที่ 9 ค่ะ", "MarkStep", {"done_on": "2025-01-09"}),
    ("L", "พิมพ์ผิดค่ะ ส่งวันที่ 12 ไม่ใช่ 21", "MarkStep", {"done_on": "2025-01-12"}),
    ("L", "ขอแก้ค่ะ จริงๆ ส่งวันที่ 8 ม.ค.", "MarkStep", {"done_on": "2025-01-08"}),
    ("L", "เมื่อกี้บอก 10 ม.ค. จริงๆ ส่ง 11 ม.ค. ค่ะ", "MarkStep", {"done_on": "2025-01-11"}),
    ("L", "ส่ง 13 ม.ค. ต่างหากค่ะ ไม่ใช่ 14", "MarkStep", {"done_on": "2025-01-13"}),
    ("L", "ขอโทษครับ ไม่ใช่ 9 ส่งวันที่ 6 ครับ", "MarkStep", {"done_on": "2025-01-06"}),
]  # fmt: skip

CHANNELS: list[Case] = [
    ("L", "ขอแก้ค่ะ เมื่อกี้บอกทางอีเมล จริงๆ อัปไดรฟ์", "MarkStep", {"channel": "google_drive"}),
    ("L", "ไม่ใช่ส่งทางไดรฟ์ค่ะ ส่งเป็นอีเมล ขอแก้ให้ด้วยน้า", "MarkStep", {"channel": "email"}),
    ("L", "ขอแก้ครับ ส่งทางอีเมลนะครับ ไม่ใช่ไดรฟ์", "MarkStep", {"channel": "email"}),
    ("L", "ไดรฟ์ต่างหากค่ะ ไม่ใช่เมล", "MarkStep", {"channel": "google_drive"}),
    ("L", "เมื่อกี้บอกไดรฟ์ จริงๆ ส่งเป็นกระดาษค่ะ", "MarkStep", {"channel": "paper"}),
    ("L", "พิมพ์ผิดค่ะ ส่งทาง google form ไม่ใช่อีเมล", "MarkStep", {"channel": "google_form"}),
    ("L", "ไม่ใช่ไดรฟ์นะคะ ที่ส่งไปเป็นฉบับกระดาษ", "MarkStep", {"channel": "paper"}),
    ("L", "ไม่ใช่อีเมลครับ ส่งเป็นเล่มกระดาษ", "MarkStep", {"channel": "paper"}),
    ("L", "ขอแก้นิดนึงนะคะ ส่งทางไดรฟ์ ไม่ใช่ทางเมล", "MarkStep", {"channel": "google_drive"}),
    ("L", "ไม่ใช่อีเมลค่ะ อัปขึ้นไดรฟ์", "MarkStep", {"channel": "google_drive"}),
    ("L", "ที่บอกว่าส่งไดรฟ์ ขอแก้เป็นอีเมลนะคะ", "MarkStep", {"channel": "email"}),
    ("L", "ตอนแรกบอกส่งเมล จริงๆ ส่งไดรฟ์ครับ", "MarkStep", {"channel": "google_drive"}),
]  # fmt: skip

UNITS: list[Case] = [
    ("L", "ไม่ใช่กองคลังค่ะ กองกลาง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ขอแก้ค่ะ เป็นกองกลาง ไม่ใช่กองคลัง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ขอโทษครับ ไม่ใช่กองคลัง เป็นกองกลาง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "พิมพ์ผิดค่ะ กองกลางต่างหาก", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ไม่ใช่ กค. ค่ะ กจ.", "MarkStep", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "แก้หน่วยงานเป็นกองนิติการด้วยค่ะ", "MarkStep", {"unit": "กองนิติการ"}),
    # The step named with it is the step reported (as older parts label it).
    ("L", "ไม่ใช่ค่ะ กองนิติการต่างหากที่ส่งแผน ไม่ใช่กองกลาง", "MarkStep",
     {"step": "3", "unit": "กองนิติการ"}),
]  # fmt: skip

DIMENSIONS: list[Case] = [
    ("L", "แก้นิดครับ มิติที่ส่งไปคือ 1 กับ 3 ไม่ใช่ครบ 3 มิติ", "MarkStep", {"dims": [1, 3]}),
    ("L", "ขอแก้ค่ะ มีแค่มิติ 1 กับ 2 ไม่ใช่ครบทุกมิติ", "MarkStep", {"dims": [1, 2]}),
    ("L", "พิมพ์ผิดครับ มิติที่มีคือ 2 และ 3", "MarkStep", {"dims": [2, 3]}),
    ("L", "ไม่ใช่ครบ 3 มิตินะคะ มีมิติ 1 กับ 3", "MarkStep", {"dims": [1, 3]}),
    ("L", "ขอแก้ครับ ครบทั้ง 3 มิติ ไม่ใช่แค่มิติ 1", "MarkStep", {"dims": [1, 2, 3]}),
    ("L", "แก้หน่อยค่ะ มิติที่ทำคือ 1 กับ 2 ไม่ใช่ 1 กับ 3", "MarkStep", {"dims": [1, 2]}),
]  # fmt: skip

COUNTS: list[Case] = [
    ("L", "พิมพ์ผิดค่ะ เข้าร่วม 5 จาก 6 ครั้ง ไม่ใช่ 6 จาก 6", "MarkStep", {"met": 5, "of": 6}),
    ("L", "ขอแก้ครับ 4 จาก 5 ครั้ง ไม่ใช่ 5 จาก 5", "MarkStep", {"met": 4, "of": 5}),
    ("L", "ไม่ใช่ 7 จาก 8 ค่ะ 6 จาก 8", "MarkStep", {"met": 6, "of": 8}),
    ("L", "แก้เป็น 3 จาก 4 ครั้งนะคะ", "MarkStep", {"met": 3, "of": 4}),
    ("L", "พิมพ์ผิดครับ ที่ถูกคือ 8 ใน 9", "MarkStep", {"met": 8, "of": 9}),
    ("L", "ขอโทษค่ะ เข้าร่วม 6 จาก 7 ครั้งนะคะ ไม่ใช่ 7 จาก 7", "MarkStep", {"met": 6, "of": 7}),
    # The meetings named name the step (as older parts label it).
    ("L", "แก้หน่อยครับ ศทส. เข้าประชุม 9 จาก 10 ไม่ใช่ 8 จาก 10", "MarkStep",
     {"step": "2", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "met": 9, "of": 10}),
    ("L", "ขอแก้ค่ะ เข้าประชุม 88 ไม่ใช่ 80", "MarkStep", {"step": "2", "value": "88"}),
]  # fmt: skip

DOCUMENTS: list[Case] = [
    ("L", "เมื่อกี้ที่บอกเอกสารครบ ยังไม่ครบนะคะ ขาดหน้าลงนาม", "MarkStep",
     {"documents": "incomplete"}),
    ("L", "ขอแก้ค่ะ เอกสารยังไม่ครบ ขาดฟอร์ม 3", "MarkStep", {"documents": "incomplete"}),
    ("L", "พิมพ์ผิดครับ เอกสารไม่ครบ", "MarkStep", {"documents": "incomplete"}),
    ("L", "เมื่อกี้บอกเอกสารไม่ครบ จริงๆ ครบแล้วค่ะ", "MarkStep", {"documents": "complete"}),
    ("L", "ที่แจ้งว่าเอกสารครบ ขอแก้เป็นยังไม่ครบนะครับ", "MarkStep", {"documents": "incomplete"}),
    ("L", "ขอแก้ค่ะ เอกสารครบแล้ว ไม่ใช่ไม่ครบ", "MarkStep", {"documents": "complete"}),
]  # fmt: skip

VALUES: list[Case] = [
    ("P", "แก้เป็น 54.3 ค่ะ สลับตัวเลข", "SubmitValue", {"value": "54.3", "raw_value": "54.3"}),
    ("P", "ขอแก้ตัวเลขที่เพิ่งส่งค่ะ ไม่ใช่ 212 เป็น 221 คน", "SubmitValue",
     {"value": "221", "raw_value": "221"}),
    ("P", "แก้ขยะ 52.3 ไม่ใช่ 53.2", "SubmitValue",
     {"indicator": "2", "value": "52.3", "raw_value": "52.3"}),
    ("P", "สลับเลขค่ะ ที่ถูกคือ 61.5", "SubmitValue", {"value": "61.5", "raw_value": "61.5"}),
    ("P", "เมื่อกี้พิมพ์ผิด แก้เป็น 88.2 นะคะ", "SubmitValue",
     {"value": "88.2", "raw_value": "88.2"}),
    ("P", "แก้ยาเสพติด 81.5 ไม่ใช่ 85.1 ค่ะ", "SubmitValue",
     {"indicator": "4", "value": "81.5", "raw_value": "81.5"}),
    ("P", "แก้นิดนึงค่ะ เป็น 47 ไม่ใช่ 74", "SubmitValue", {"value": "47", "raw_value": "47"}),
    ("P", "ตัวเลขที่เพิ่งพิมพ์ไปผิดค่ะ แก้เป็น 305", "SubmitValue",
     {"value": "305", "raw_value": "305"}),
    ("P", "ไม่ใช่ 61.2 ค่ะ สลับกัน 62.1", "SubmitValue", {"value": "62.1", "raw_value": "62.1"}),
    ("O", "ขอแก้ตัวเลขที่ส่งไปเมื่อกี้ครับ เป็น 447 ไม่ใช่ 474", "SubmitValue",
     {"value": "447", "raw_value": "447"}),
]  # fmt: skip


@readings(DAYS)
def test_a_day_corrected(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHANNELS)
def test_a_channel_corrected(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNITS)
def test_a_unit_corrected(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DIMENSIONS)
def test_the_dimensions_corrected(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(COUNTS)
def test_a_count_corrected(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DOCUMENTS)
def test_the_documents_corrected(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(VALUES)
def test_a_value_corrected(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "เดี๋ยวนะคะ ไม่ใช่ 28 ค่ะ ส่งวันที่ 27",
        "ขอแก้ค่ะ เมื่อกี้บอกทางอีเมล จริงๆ อัปไดรฟ์",
        "พิมพ์ผิดค่ะ เข้าร่วม 5 จาก 6 ครั้ง ไม่ใช่ 6 จาก 6",
        "แก้นิดครับ มิติที่ส่งไปคือ 1 กับ 3 ไม่ใช่ครบ 3 มิติ",
        "เมื่อกี้ที่บอกเอกสารครบ ยังไม่ครบนะคะ ขาดหน้าลงนาม",
    ],
)
def test_a_correction_leaves_the_step_to_the_card(text: str) -> None:
    intent = understand(text, today=TODAY).intent
    assert getattr(intent, "correction", False) and not getattr(intent, "step", "x")


# Questions about correcting: never a write.
QUESTIONS = [
    "แก้วันที่ส่งได้ไหม",
    "ถ้าส่งผิดช่องทางต้องแก้ยังไง",
    "ส่งผิดช่องทางต้องแก้ไหมคะ",
    "แก้มิติที่ส่งไปได้ไหมครับ",
    "ถ้าเอกสารไม่ครบต้องแก้ยังไง",
    "พิมพ์ตัวเลขผิดต้องแก้ยังไงคะ",
    "ถ้าพิมพ์วันที่ผิดแก้ยังไง",
    "แก้ช่องทางเป็นอีเมลได้มั้ย",
    "ไม่ใช่ 28 เหรอคะ ส่งวันที่ 27 ได้ไหม",
    "ถ้าเข้าร่วม 5 จาก 6 ครั้งพอไหม",
    "เอกสารไม่ครบต้องแก้ไหม",
    "แก้เป็นอีเมลได้ไหมคะ ไดรฟ์เข้าไม่ได้",
    "ไม่ใช่กองคลังเหรอคะ กองกลางหรือเปล่า",
    "แก้หน่วยงานเป็นกองกลางได้ไหม",
]

# Chat that says "not X, Y" of something else, or owns a slip of no entry: never a write.
CHAT = [
    ("L", "ไม่ใช่ 28 หรอก 27 ต่างหากที่ประชุม"),
    ("L", "ไม่ใช่อีเมลหรอก ไลน์ต่างหากที่เขาคุยกัน"),
    ("L", "พิมพ์ผิดบ่อยจัง 555"),
    ("L", "ขอโทษค่ะ ส่งผิดกลุ่ม"),
    ("L", "แก้แผนอยู่ค่ะ ยังไม่ได้ส่ง"),
    ("L", "เดี๋ยวนะ ไม่ใช่วันนี้ พรุ่งนี้ต่างหากที่ไปสัมมนา"),
    ("P", "สลับตัวเลขบ่อยมากช่วงนี้ 555"),
    ("L", "จริงๆ ก็ไม่ครบหรอกค่ะ คนมาประชุมน้อย"),
    ("L", "ไม่ใช่อีเมลค่ะ ที่ประชุมใช้ไลน์"),
    ("L", "ไม่ใช่กองคลังหรอก กองกลางต่างหากที่จัดงานเลี้ยง"),
    ("L", "ยกเลิกค่ะ เมื่อกี้ไม่ใช่กองกลาง"),
    ("L", "ไม่ใช่อันนี้ค่ะ อันนั้นต่างหาก"),
    ("L", "แก้กองทุนหมู่บ้านแล้ว"),
    ("P", "ไม่ใช่อำเภอเมืองค่ะ อำเภอลาดหลุมแก้ว"),
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_about_correcting_is_no_write(text: str) -> None:
    assert category(*settled(text, "L")) != "write"


@pytest.mark.parametrize(("org", "text"), CHAT, ids=[c[1] for c in CHAT])
def test_chat_stays_chat(org: str, text: str) -> None:
    assert category(*settled(text, org)) != "write"
