"""Round 18 (units): every name a unit goes by works wherever any of its names works -- its
full name, its short name, an alias (``tests/fakes/seed.py``: สป.รง.'s units). An alias is a
word of its own ("ไอซีที", not "ไอซี" and "ที"); an English name ends with its kind ("Legal
Affairs Division"), spaced or glued to the Thai around it; a short name keeps its dot in a
yes that restates it ("ใช่ค่ะ กค. ถูกแล้ว"); a follow-up names a unit by any of them
("แล้วGeneral Affairs Divisionล่ะ"). A name never makes a write of a question."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

WRITES = ("SubmitValue", "SubmitBaseline", "MarkStep", "ReminderSettings", "RegisterUnit")
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (A) The alias ไอซีที, a word of its own: step reports, values, status and registration.
ALIAS_ICT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้นตอนที่ 2 ไอซีที ผ่านแล้วครับ", "MarkStep", {"step": "2", "passed": True, "unit": ICT}),
    (
        "L",
        "ไอซีที เข้าประชุม ๙ ครั้งจาก ๑๐ ครั้งครับ",
        "MarkStep",
        {"step": "2", "unit": ICT, "met": 9, "of": 10},
    ),
    (
        "L",
        "แผนของ ไอซีที ส่งเมื่อวานทาง Google Drive ครับ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14", "unit": ICT, "channel": "google_drive"},
    ),
    (
        "L",
        "ไอซีที ได้ระดับ ๓.๕ ครับ",
        "SubmitValue",
        {"indicator": "1", "value": "3.5", "raw_value": "๓.๕", "unit": ICT},
    ),
    ("L", "ผมอยู่ศูนย์ไอซีทีครับ ลงทะเบียนด้วยครับ", "RegisterUnit", {"unit": ICT}),
    ("L", "ไอซีทีอ่ะ?", "Status", {"unit": ICT}),
    # Near misses: asked, never told.
    ("L", "ไอซีทียังขาดอะไรบ้าง", "Status", {"unit": ICT}),
    ("L", "ไอซีที ได้ระดับเท่าไหร่แล้วครับ", "Status", {"unit": ICT}),
    ("L", "ไอซีทีส่งแผนแล้วหรือยังครับ", "Status", {"unit": ICT}),
]

# (B) An English name ending with its kind, spaced or glued to the Thai around it.
ENGLISH_NAMES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "Finance Division ตัวชี้วัดที่ 1 เท่ากับ ๓.๗๕ ครับ",
        "SubmitValue",
        {"indicator": "1", "value": "3.75", "raw_value": "๓.๗๕", "unit": "กองคลัง"},
    ),
    (
        "L",
        "General Affairs Divisionได้ระดับความสำเร็จ 4.5 คะแนน ฝากลงระบบด้วยค่ะ",
        "SubmitValue",
        {"indicator": "1", "value": "4.5", "raw_value": "4.5", "unit": "กองกลาง"},
    ),
    (
        "L",
        "Finance Divisionอัปแผนขึ้น Google Drive แล้วเมื่อเช้าค่ะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-15", "unit": "กองคลัง", "channel": "google_drive"},
    ),
    ("L", "ดิฉันย้ายมาอยู่Legal Affairs Divisionแล้วค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "หนูย้ายมาอยู่ Legal Affairs Division แล้วนะคะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    # Reported for the unit ("แทน"): the whole English name, spaced or glued.
    (
        "L",
        "ส่งรายชื่อทีมแทนLegal Affairs Divisionทาง google form แล้วนะคะ",
        "MarkStep",
        {"step": "1", "unit": "กองนิติการ", "channel": "google_form"},
    ),
    (
        "L",
        "ส่งแผนแทน Legal Affairs Division แล้วนะครับ เมื่อวาน",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14", "unit": "กองนิติการ"},
    ),
    # Near misses: questions of the unit stay questions.
    ("L", "พี่ปุ๊กถามมาว่าFinance Divisionได้คะแนนเท่าไหร่แล้วคะ", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "ส่งแผนแล้วจริงเหรอคะ Personnel Division หนูไม่เห็นในไดรฟ์",
        "Status",
        {"unit": "กองการเจ้าหน้าที่"},
    ),
    ("L", "Finance Divisionต้องส่งอะไรอีกบ้างคะ", "Status", {"unit": "กองคลัง"}),
    # Divisions in general name none; an organisation's English name is no unit.
    ("L", "Hi bot, which divisions still haven't sent the team list?", "Missing", {"step": "1"}),
    ("B", "ผูกกลุ่มกับ Budget Bureau ครับ", "BindGroup", {"organisation": "Budget Bureau"}),
]

# (C) A yes restating the card's unit by its dotted short name or its English name.
RESTATED_YES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ใช่ค่ะ กค. ถูกแล้ว", "Confirm", {}),
    ("L", "ยืนยันค่ะ กค.ถูกแล้ว", "Confirm", {}),
    ("L", "ใช่ครับ กค. 8 จาก 9 ถูกแล้ว", "Confirm", {}),
    ("L", "ใช่ค่ะ กนต. ถูกแล้ว", "Confirm", {}),
    ("L", "ใช่ค่ะ Finance Division ถูกแล้ว", "Confirm", {}),
    ("L", "ใช่ค่ะ กองคลัง ถูกแล้ว", "Confirm", {}),
    # Near misses: asked back, or a question after the yes, confirms nothing.
    ("L", "ใช่ค่ะ กค. ถูกแล้ว?", "Unknown", {}),
    ("L", "ใช่ค่ะ กค. ส่งแผนแล้วหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ใช่ค่ะ ผอ. ถูกแล้ว", "Unknown", {}),
]

# (D) A follow-up naming a unit by its English name (up to four words).
FOLLOW_UPS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "Legal Affairs Divisionล่ะ?", "Status", {"unit": "กองนิติการ"}),
    ("L", "แล้วGeneral Affairs Divisionล่ะ", "Status", {"unit": "กองกลาง"}),
    ("L", "แล้ว Legal Affairs Division ล่ะคะ", "Status", {"unit": "กองนิติการ"}),
    ("L", "Personnel Divisionอ่ะ?", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ส่วน Finance Division ล่ะครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "แล้ว IT ล่ะครับ", "Status", {"unit": ICT}),
    # Near misses: English words that name no unit, a time.
    ("L", "แล้ว what about this ล่ะ", "Unknown", {}),
    ("L", "แล้วพรุ่งนี้ล่ะ", "Unknown", {}),
]

# (E) A unit's status asked in detail by an alias, as by its name ("ขอสถานะ ศทส. แบบละเอียด").
IN_DETAIL: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอสถานะ ไอที แบบละเอียดค่ะ", "Status", {"unit": ICT, "detail": True}),
    ("L", "ขอสถานะ ICT แบบละเอียดค่ะ", "Status", {"unit": ICT, "detail": True}),
    ("L", "ขอสถานะไอซีทีแบบละเอียดหน่อยครับ", "Status", {"unit": ICT, "detail": True}),
    ("L", "ขอสถานะ ศูนย์คอม แบบละเอียดหน่อยครับ", "Status", {"unit": ICT, "detail": True}),
    (
        "L",
        "ไอทีถึงไหนแล้ว ขอละเอียดนะครับ จะรายงานผอ.ศูนย์",
        "Status",
        {"unit": ICT, "detail": True},
    ),
    ("L", "ขอสถานะ ศทส. แบบละเอียดค่ะ", "Status", {"unit": ICT, "detail": True}),
    # Near misses: an indicator's name asked in detail stays the indicator.
    ("P", "ขอสถานะ ขยะ แบบละเอียด", "IndicatorQuery", {"indicator": "2"}),
    ("B", "ขอสถานะ งบประมาณ แบบละเอียด", "IndicatorQuery", {"indicator": "4"}),
    ("O", "ขอสถานะ จริยธรรม แบบละเอียดครับ", "IndicatorQuery", {"indicator": ["4", "5"]}),
]


@readings(ALIAS_ICT)
def test_the_alias_ict_works_wherever_the_units_name_does(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ENGLISH_NAMES)
def test_an_english_name_spaced_or_glued_names_the_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RESTATED_YES)
def test_a_yes_restating_a_dotted_short_name_confirms(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FOLLOW_UPS)
def test_a_follow_up_by_an_english_name_asks_the_units_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(IN_DETAIL)
def test_a_units_status_asked_in_detail_by_an_alias_keeps_the_detail(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "ไอซีที ได้ระดับเท่าไหร่แล้วครับ",
        "Finance Division ได้ระดับเท่าไหร่แล้วคะ",
        "Legal Affairs Division ส่งแผนแล้วหรือยัง",
        "กค. ถูกแล้วใช่ไหม",
        "แล้ว Legal Affairs Division ล่ะคะ",
    ],
)
def test_a_question_naming_a_unit_by_another_name_is_never_a_write(text: str) -> None:
    assert settled(text, "L")[0] not in (*WRITES, "Confirm")
