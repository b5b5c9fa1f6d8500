"""Round 19 (steps): a step's report, read whole. Its documents told by what is still missing
or pending (a signature page, a form's figures not filled in, a form out for signing to be
sent later) or by a form said complete; a long report with a promise after it; the way and
day of the last of two sendings, not the way the sender was told it must go; laughter
("555") that is no value; a detail corrected; a step's check result told. A question never
becomes a write."""

from __future__ import annotations

from typing import Any

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
Case = tuple[str, str, str, dict[str, Any]]
DRIVE = "google_drive"

# (1) The documents incomplete, told by what is still missing or pending; complete, by a form.
DOCUMENTS: list[Case] = [
    (
        "L",
        "แผนส่งทางไดรฟ์แล้วครับ แต่ยังไม่มีหน้าลายมือชื่อหัวหน้ากอง",
        "MarkStep",
        {"step": "3", "channel": DRIVE, "documents": "incomplete"},
    ),
    (
        "L",
        "กองกลางอัปแผนขึ้นไดรฟ์แล้วค่ะ แต่แบบฟอร์มที่ 2 ยังไม่ได้กรอกค่าเป้าหมาย เดี๋ยวจะตามแก้",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": DRIVE, "documents": "incomplete"},
    ),
    (
        "L",
        "กองคลังส่งแผนผ่าน Google Drive แล้ว แต่ฟอร์ม 2 อยู่ระหว่างเสนอรองอธิบดีลงนาม"
        " จะส่งตามไปภายในสัปดาห์หน้าค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": DRIVE, "documents": "incomplete"},
    ),
    (
        "L",
        "ส่งไฟล์เพิ่มทางไดรฟ์แล้วค่ะ แบบฟอร์มที่ 2 ของกองคลังครบแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": DRIVE, "documents": "complete"},
    ),
]
# Near miss: which units' form is not filled in, asked, stays who has not sent.
DOCUMENTS_NEAR: list[Case] = [
    ("L", "กองไหนฟอร์ม 2 ยังไม่ได้ใส่ค่าเป้าหมายบ้าง", "Missing", {"step": "3"}),
]
# Near misses: the same words asked, never a write.
DOCUMENTS_ASKED = [
    "แบบฟอร์มที่ 2 ยังไม่ได้กรอกค่าเป้าหมาย ต้องกรอกไหมคะ",
    "ฟอร์ม 2 อยู่ระหว่างเสนอลงนาม ส่งไปก่อนได้ไหม",
    "ฟอร์ม 2 ของกองคลังครบหรือยัง",
    "ใครยังไม่มีหน้าลายเซ็นบ้าง",
]

# (2) A formal report with a promise after it: the step sent, never a question of when.
FORMAL: list[Case] = [
    (
        "L",
        "เรียน ผู้ประสานงาน กองนิติการได้จัดส่งแผนปฏิบัติการ ประจำปี 2568 ผ่าน Google Drive"
        " เรียบร้อยแล้วเมื่อวันที่ 10 มกราคม 2568 แต่แบบฟอร์มหมายเลข 2 อยู่ระหว่างเสนอลงนาม"
        " จะจัดส่งเพิ่มเติมภายในวันศุกร์นี้ครับ",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองนิติการ",
            "channel": DRIVE,
            "done_on": "2025-01-10",
            "documents": "incomplete",
        },
    ),
]
FORMAL_ASKED = [
    "กองนิติการต้องจัดส่งแผนภายในวันไหนคะ",
    "แผนต้องส่งภายในวันที่เท่าไหร่ครับ",
]

# (3) Two sendings: the last one's way and day; a remark on the way it must go changes none.
CHANNEL_DAY: list[Case] = [
    (
        "L",
        "กองคลังส่งแผนทางอีเมลเมื่อวานค่ะ แต่ต้องส่งทางไดรฟ์ เลยอัปขึ้นไดรฟ์อีกรอบวันนี้แล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": DRIVE, "done_on": "2025-01-15"},
    ),
    (
        "L",
        "กองกลางส่งแผนทางอีเมลไปเมื่อวานค่ะ ลืมไปเลยว่าต้องอัปไดรฟ์",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "email", "done_on": "2025-01-14"},
    ),
]
CHANNEL_ASKED = [
    "ส่งแผนทางอีเมลไปเมื่อวาน ต้องอัปไดรฟ์ด้วยไหมคะ",
    "ลืมไปว่าต้องขึ้นไดรฟ์ ส่งทางอีเมลแทนได้ไหมคะ",
]

# (4) Laughter is no value.
LAUGHTER: list[Case] = [
    (
        "L",
        "กองกลางส่งแผนแล้วจ้า แต่ลืมแนบไฟล์ 5555",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "documents": "missing"},
    ),
    (
        "L",
        "กองคลังส่งแผนแล้วนะ มีแค่มิติ 1 กับ 3 มิติ2 ยังเขียนไม่เสร็จ 555",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 3]},
    ),
]
LAUGHTER.append(
    ("L", "กองกลางส่งแผนแล้ว 555 ดีใจสุดๆ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
)
LAUGHTER_NEAR: list[Case] = [
    ("P", "ผลขยะ 555 ตันค่ะ", "SubmitValue", {"indicator": "2", "value": "555", "raw_value": "555"}),
]
LAUGHTER_ASKED = ["ส่งแผนยังไงอะ 555", "กองคลังส่งแผนยัง 5555"]

# (5) A detail corrected: the right one stands, no step made of the denial.
CORRECTED: list[Case] = [
    ("L", "ที่บอกไปว่าครบทั้ง 3 มิติ ผิดค่ะ มีแค่มิติ 2 กับ 3", "MarkStep", {"dims": [2, 3]}),
    ("L", "ไม่ใช่อีเมลครับ ยื่นผ่านไดรฟ์", "MarkStep", {"channel": DRIVE}),
    (
        "L",
        "แผนของกองเรามีครบ มิติที่ ๑ ๒ ๓ แล้วครับ อัปไดรฟ์ไปเมื่อวาน",
        "MarkStep",
        {"step": "3", "dims": [1, 2, 3], "channel": DRIVE, "done_on": "2025-01-14"},
    ),
]

# (6) A step's check result told; asked, it stays a question.
CHECKED: list[Case] = [
    (
        "L",
        "ผลตรวจแผนของกองคลังออกแล้วครับ ผ่านครับ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "passed": True},
    ),
    (
        "L",
        "ผลประเมินขั้นตอนที่ 2 ของกองกลางออกมาแล้ว ไม่ผ่านค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองกลาง", "passed": False},
    ),
]
CORRECTED_ASKED = ["ที่แจ้งไปว่าครบ 3 มิติ ผิดไหมคะ ต้องมีแค่มิติ 1 กับ 2 หรือเปล่า"]

CHECKED_ASKED = ["ผลตรวจแผนกองคลังออกหรือยัง", "ผลตรวจแผนออกแล้วผ่านไหมคะ"]

# (7) Sending another way asked, with the reason: a question of the way.
CHANNEL_RULE: list[Case] = [
    (
        "L",
        "ขอส่งแผนทางอีเมลแทนได้ไหมคะ ไดรฟ์เปิดไม่ได้ตั้งแต่เมื่อวาน",
        "RuleQuestion",
        {"topic": "channel"},
    ),
    (
        "L",
        "ส่งรายชื่อทีมทางไลน์แทนได้ไหมครับ google form เข้าไม่ได้ตั้งแต่เช้า",
        "RuleQuestion",
        {"topic": "channel"},
    ),
    # Near miss: "เช้า" holds no "ช้า", a sending late still asks of the deductions.
    ("L", "เมื่อเช้าเพิ่งส่งแผน ช้าไปวันนึง โดนหักไหมคะ", "RuleQuestion", {"topic": "deductions"}),
]

ASKED = [
    *DOCUMENTS_ASKED,
    *FORMAL_ASKED,
    *CHANNEL_ASKED,
    *LAUGHTER_ASKED,
    *CORRECTED_ASKED,
    *CHECKED_ASKED,
]


@readings(DOCUMENTS + DOCUMENTS_NEAR)
def test_documents_told_by_what_is_missing_or_pending(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FORMAL)
def test_a_formal_report_with_a_promise_is_the_step_sent(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHANNEL_DAY)
def test_the_last_sendings_way_and_day_not_the_way_required(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LAUGHTER + LAUGHTER_NEAR)
def test_laughter_is_no_value(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CORRECTED)
def test_a_detail_corrected(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHECKED + CHANNEL_RULE)
def test_a_check_result_told_and_another_way_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_near_miss_questions_are_never_writes() -> None:
    writes = [text for text in ASKED if category(*settled(text, "L")) == "write"]
    assert writes == []
