"""Round 24 (cards): replies to the card, a figure told as the latest result.

The spoken spellings of the particle ครับ ("คัพ", "คั้บ", "คั๊บ") close a yes or a no to the card
as ครับ does ("ยืนยันคัพ"): a particle, never a typo to retry. A no followed by checking the
figures with someone ("ยกเลิกก่อนครับ ขอเช็คตัวเลขกับ ผอ. อีกที") is a no with its reason. A
figure told after "ผลล่าสุด" with no question word ("ยาเสพติด ผลล่าสุดร้อยละ 88.4 ค่ะ") is a
value submitted; asked ("ผลล่าสุดเท่าไหร่", "ผลล่าสุด 50.17 ใช่ไหม") it stays a question."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The spoken spellings of ครับ after a yes or a no.
PARTICLES: list[Case] = [
    ("L", "ยืนยันคัพ", "Confirm", {}),
    ("L", "ยืนยันคั้บ", "Confirm", {}),
    ("L", "ยืนยันคั๊บ", "Confirm", {}),
    ("L", "ใช่คัพ", "Confirm", {}),
    ("L", "ถูกต้องคั้บ", "Confirm", {}),
    ("L", "ยกเลิกคัพ", "Cancel", {}),
    ("L", "ไม่ยืนยันคั้บ", "Cancel", {}),
    ("L", "ยืนยันคัพ ตัวเลขถูกแล้ว", "Confirm", {}),
    ("L", "ยกเลิกก่อนคั้บ ขอเช็คอีกที", "Cancel", {}),
]
PARTICLES_NEAR: list[Case] = [
    ("L", "ยืนยันครับ", "Confirm", {}),
    ("L", "ยืนยันคับ", "Confirm", {}),
    ("L", "ขอบคุณคัพ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ส่งแผนแล้วคัพ", "MarkStep", {"step": "3"}),
    ("L", "ยืนยันได้ไหมคัพ", "Unknown", {}),
]

# (2) A no, then checking the figures with someone first.
CANCEL_CHECKING: list[Case] = [
    ("L", "ยกเลิกก่อนครับ ขอเช็คตัวเลขกับ ผอ. อีกที", "Cancel", {}),
    ("L", "ยกเลิกค่ะ ขอเช็คข้อมูลกับหัวหน้าอีกที", "Cancel", {}),
    ("L", "ยกเลิกก่อนนะคะ ขอตรวจสอบตัวเลขกับหัวหน้ากลุ่มก่อน", "Cancel", {}),
    ("L", "ยกเลิกครับ ขอเช็คยอดกับ ผอ. ก่อน", "Cancel", {}),
]
CANCEL_CHECKING_NEAR: list[Case] = [
    ("L", "ยกเลิกก่อนครับ ขอเช็คกับ ผอ. อีกที", "Cancel", {}),
    ("L", "ยืนยันครับ เช็คกับ ผอ. แล้ว", "Confirm", {}),
    # A unit's own name after the check stays (no generic word): not read as a no.
    ("L", "ยกเลิกค่ะ ขอเช็คตัวเลขกับกองคลังก่อน", "Unknown", {}),
]

# (3) A figure told as the latest result.
LATEST_TOLD: list[Case] = [
    (
        "P",
        "หมู่บ้านไม่พบยาเสพติด ผลล่าสุดร้อยละ ๘๘.๔ ค่ะ",
        "SubmitValue",
        {"indicator": "4", "value": "88.4", "raw_value": "ร้อยละ ๘๘.๔", "percent": True},
    ),
    (
        "P",
        "ขยะ ผลล่าสุดร้อยละ 52 ครับ",
        "SubmitValue",
        {"indicator": "2", "value": "52", "raw_value": "ร้อยละ 52", "percent": True},
    ),
    (
        "P",
        "ยาเสพติด ผลล่าสุด 88.4 ค่ะ",
        "SubmitValue",
        {"indicator": "4", "value": "88.4", "raw_value": "88.4"},
    ),
]
LATEST_ASKED: list[Case] = [
    ("P", "ยาเสพติด ผลล่าสุดเท่าไหร่", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    (
        "P",
        "ยาเสพติด ผลล่าสุดร้อยละเท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "result"},
    ),
    ("P", "ขยะ ผลล่าสุด", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "ตัวชี้วัดที่ 1 ผลล่าสุด", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    (
        "P",
        "ขยะมูลฝอยชุมชน ผลล่าสุด 50.17 ใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
]

# (4) A greeting with the day's news, to a team called by its short name, or announcing one
# has come to report: a greeting.
GREETINGS: list[Case] = [
    (
        "L",
        "อรุณสวัสดิ์ค่ะพี่ๆ ทีม PMQA สัปดาห์นี้งานเข้ารัวๆ เลยนะคะ",
        "SmallTalk",
        {"kind": "greeting"},
    ),
    ("L", "สวัสดีค่ะพี่ๆ ทีมงาน วันนี้ฝนตก เลยค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("B", "สวัสดียามเช้าครับพี่ๆ ทีมงบฯ", "SmallTalk", {"kind": "greeting"}),
    ("B", "สวัสดีตอนบ่ายค่ะทุกคน", "SmallTalk", {"kind": "greeting"}),
    ("P", "หวัดดีค่ะบอท ปทุมฯ มารายงานผลค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("P", "สวัสดีครับ มาส่งผลครับ", "SmallTalk", {"kind": "greeting"}),
    ("P", "หวัดดีครับ ปทุมฯ มาอัปเดตผลครับ", "SmallTalk", {"kind": "greeting"}),
]
GREETINGS_NEAR: list[Case] = [
    (
        "P",
        "สวัสดีค่ะ มารายงานผลขยะค่ะ 52%",
        "SubmitValue",
        {"indicator": "2", "value": "52", "raw_value": "52%", "percent": True},
    ),
    ("P", "สวัสดีค่ะ มารายงานผลยังไงคะ", "Help", {}),
    ("L", "สวัสดีครับทีม PMQA ส่งแผนแล้ว นะครับ", "MarkStep", {"step": "1"}),
    (
        "B",
        "สวัสดียามเช้าครับ ทีมงบฯ ส่งผลหรือยัง",
        "Missing",
        {"indicator": ["1", "2", "3", "4"]},
    ),
]

# (5) The times a unit came, counted right after "เข้า", after a no: the meetings attended.
ATTENDED: list[Case] = [
    (
        "L",
        "ผิดครับ กองคลังเข้า 4 ใน 5 ครั้ง",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "met": 4, "of": 5},
    ),
    (
        "L",
        "กองกลางเข้า 6 จาก 7 ครั้งค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองกลาง", "met": 6, "of": 7},
    ),
]
ATTENDED_NEAR: list[Case] = [
    ("L", "กองคลังเข้ากี่ครั้ง", "Status", {"unit": "กองคลัง"}),
    ("L", "เข้าระบบ 4 ใน 5 ครั้งไม่ได้", "Unknown", {}),
]

ASKED = (
    [text for _, text, _, _ in LATEST_ASKED]
    + ["ยืนยันได้ไหมคัพ", "ผลล่าสุดร้อยละ 88.4 หรือคะ"]
    + [
        "สวัสดีค่ะ มารายงานผลยังไงคะ",
        "หวัดดีครับ ปทุมฯ มารายงานผลได้ไหมครับ",
        "กองคลังเข้า 4 ใน 5 ครั้งไหม",
    ]
)


@readings(PARTICLES + PARTICLES_NEAR)
def test_spoken_spellings_of_the_particle_close_a_reply(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CANCEL_CHECKING + CANCEL_CHECKING_NEAR)
def test_a_no_then_checking_the_figures_with_someone(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LATEST_TOLD + LATEST_ASKED)
def test_a_figure_told_as_the_latest_result_is_a_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "P") == []


@readings(GREETINGS + GREETINGS_NEAR)
def test_a_greeting_with_news_to_a_team_or_come_to_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ATTENDED + ATTENDED_NEAR)
def test_times_a_unit_came_counted_after_khao(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
