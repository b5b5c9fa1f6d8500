"""Issue 9, round 14 (r14c): three families of dev_fresh26-28. A unit's score of the สป.รง.
indicator typed as a value (the unit by its alias, "score", "เต็ม", a correction "แก้เป็น");
a correction that restates only the field that was wrong (a day, a step, a channel, a value);
another body's figure, told as news of it, is chat."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"


def _score(value: str, unit: str, raw: str = "") -> dict[str, Any]:
    return {"indicator": "1", "value": value, "raw_value": raw or value, "unit": unit}


# (A) A unit's score of the ministry's own indicator, however the unit is named.
UNIT_SCORES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไอทีได้ 4.5 คะแนนนะคะ", "SubmitValue", _score("4.5", _IT)),
    ("L", "IT ได้ 4 คะแนนครับ", "SubmitValue", _score("4", _IT)),
    ("L", "กนต. score 4.2 ค่ะ", "SubmitValue", _score("4.2", "กองนิติการ")),
    ("L", "กค score ๔.๑", "SubmitValue", _score("4.1", "กองคลัง", "๔.๑")),
    ("L", "คะแนนกจ. 5 เต็ม ลงระบบด้วยครับ", "SubmitValue", _score("5", "กองการเจ้าหน้าที่")),
    ("L", "กองนิติการแก้เป็น 3.8 ครับ ไม่ใช่ 3.5", "SubmitValue", _score("3.8", "กองนิติการ")),
    ("L", "ปีนี้ไอทีได้ระดับ 5 ค่ะ", "SubmitValue", _score("5", _IT)),
    ("L", "ปีนี้ กค. ได้ระดับ ๓ นะคะ", "SubmitValue", _score("3", "กองคลัง", "๓")),
    ("L", "ระดับความสำเร็จของกองกลาง ได้ ๓", "SubmitValue", _score("3", "กองกลาง", "๓")),
    ("L", "kpi 1 ของ IT = 4.5", "SubmitValue", _score("4.5", _IT)),
]

# Asked, or someone's who is no unit: never a write.
NOT_UNIT_SCORES: list[tuple[str, str]] = [
    ("L", "ไอทีได้กี่คะแนนแล้ว"),
    ("L", "กนต score เท่าไหร่"),
    ("L", "ปีนี้กองคลังได้ระดับไหน"),
    ("L", "IT ได้ 4 คะแนนใช่ไหม"),
    ("L", "ลูกได้ 4 คะแนนค่ะ"),
    ("L", "แมวได้ระดับ 3 ค่ะ"),
    ("P", "เพื่อนได้ 4 คะแนน"),
    ("L", "ถ้าไอทีได้ 4 คะแนนจะผ่านไหม"),
]


@readings(UNIT_SCORES)
def test_a_units_score_is_a_value_of_the_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(("org", "text"), NOT_UNIT_SCORES)
def test_a_score_asked_or_of_no_unit_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] not in ("SubmitValue", "SubmitBaseline", "MarkStep")


# (B) A correction restating only the field that was wrong: the rest is the last entry's.
ONE_FIELD_CORRECTIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไม่ใช่วันนี้ครับ ส่งเมื่อวาน", "MarkStep", {"done_on": "2025-01-14"}),
    ("L", "ไม่ใช่เมื่อวานซืนค่ะ ส่งเมื่อวันศุกร์", "MarkStep", {"done_on": "2025-01-10"}),
    ("L", "วันที่ส่งผิดครับ ที่ถูกคือ ๙ ม.ค.", "MarkStep", {"done_on": "2025-01-09"}),
    ("L", "ไม่ใช่ขั้นตอนที่ 4 ครับ ขั้นตอนที่ 3", "MarkStep", {"step": "3"}),
    ("L", "ไม่ใช่ขั้น ๒ ค่ะ ขั้น ๑", "MarkStep", {"step": "1"}),
    ("L", "ที่บอกว่าส่งทางไดรฟ์ผิดค่ะ จริงๆ ส่งทางอีเมล", "MarkStep", {"channel": "email"}),
    ("L", "ช่องทางผิดครับ ที่ถูกคือ google drive", "MarkStep", {"channel": "google_drive"}),
    (
        "P",
        "เมื่อกี้พิมพ์ผิดครับ แก้เป็น 61.4 เปอร์เซ็นต์",
        "SubmitValue",
        {"value": "61.4", "raw_value": "61.4 เปอร์เซ็นต์", "percent": True},
    ),
    (
        "B",
        "ขอโทษครับ ตัวเลขที่ถูกต้องคือ 2,315.5 ไม่ใช่ 2,135.5",
        "SubmitValue",
        {"value": "2315.5", "raw_value": "2,315.5"},
    ),
    (
        "O",
        "ขอแก้ Master Data เป็น 12 ชุดค่ะ เมื่อกี้ใส่ 21 ผิด",
        "SubmitValue",
        {"indicator": "7", "value": "12", "raw_value": "12"},
    ),
    (
        "P",
        "ขอแก้ตัวเลขขยะเป็น 57.2 ครับ เมื่อวานกรอก 52.7 ผิด",
        "SubmitValue",
        {"indicator": "2", "value": "57.2", "raw_value": "57.2"},
    ),
]

# Asked, or wrong and not said what is right: no write.
NOT_CORRECTIONS: list[tuple[str, str]] = [
    ("L", "ไม่ใช่ขั้น 3 เหรอคะ"),
    ("L", "วันที่ผิดหรือเปล่าคะ"),
    ("L", "ที่บอกว่าส่งทางอีเมลผิดไหมครับ"),
    ("P", "ตัวเลขที่ถูกต้องคือเท่าไหร่คะ"),
]


@readings(ONE_FIELD_CORRECTIONS)
def test_a_correction_of_one_field_is_read_with_that_field(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(("org", "text"), NOT_CORRECTIONS)
def test_a_question_of_what_was_wrong_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] not in ("SubmitValue", "SubmitBaseline", "MarkStep")


# (C) Another province's, department's or ministry's figure: news of them, chat.
OTHER_BODIES: list[tuple[str, str]] = [
    ("P", "เชียงใหม่ได้ขยะ 75% แล้วนะ เราต้องเร่ง"),
    ("P", "จังหวัดนนทบุรี ท่องเที่ยวได้ 2,000 ล้านแล้ว"),
    ("O", "กรมสรรพากร PMQA ได้ 460 สูงกว่าเราอีก"),
    ("B", "กรมบัญชีกลางได้ PMQA 455 คะแนนแน่ะ"),
    ("O", "กระทรวงการคลังได้ 448 คะแนนเลยนะ"),
    ("P", "ได้ข่าวว่าอยุธยา e-Service 500 คนแล้ว"),
]

# Our own figure with the organisation's own name, or a unit of ours: still a value.
OWN_FIGURES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ปทุมธานีได้ขยะ 58% แล้วนะ",
        "SubmitValue",
        {"indicator": "2", "value": "58", "raw_value": "58%", "percent": True},
    ),  # fmt: skip
    ("L", "กองคลังได้ 4 คะแนน", "SubmitValue", _score("4", "กองคลัง")),
]


@pytest.mark.parametrize(("org", "text"), OTHER_BODIES)
def test_another_bodys_figure_is_chat(org: str, text: str) -> None:
    assert settled(text, org) == ("Unknown", {})


@readings(OWN_FIGURES)
def test_our_own_figure_stays_a_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
