"""Round 27 (talk5): small talk and questions about the plan's rules and dates misread.

Laughter typed on the Thai keyboard's 5 key ("ถถถถถ มือลั่น") is laughter. "Morning" spelt in
Thai letters ("ม่อนิ่งงง") greets. "กราบขอบพระคุณ" thanks, bowing. A new-year greeting with its
year or said late ("สวัสดีปีใหม่ 2568 ครับพี่ๆ ทีม PMQA", "สวัสดีปีใหม่ย้อนหลังค่ะทุกคน") greets.
A newcomer who has come to help in someone's place greets. "รับทราบ deadline แล้ว" acknowledges.
Rule questions: a member on leave on a meeting's day (attendance), a score put against a PMQA
4.0 level (level), the steps of a round (round), what a numbered form must hold (form). Dates:
a window checked by its days (step 3), the day step 5's result is seen. None of the questions
is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

LAUGH = ("SmallTalk", {"kind": "laugh"})
GREETING = ("SmallTalk", {"kind": "greeting"})
THANKS = ("SmallTalk", {"kind": "thanks"})
ACK = ("SmallTalk", {"kind": "ack"})

# (1) Laughter on the 5 key of the Thai keyboard.
THAI_FIVES: list[Case] = [
    ("L", "ถถถถถ มือลั่น", *LAUGH),
    ("L", "ถถถถ", *LAUGH),
    ("L", "ถถถถถถ ขำบอท", *LAUGH),
    ("L", "ถถถถ พิมพ์ผิดกลุ่ม", *LAUGH),
]
THAI_FIVES_NEAR: list[Case] = [
    ("L", "5555 มือลั่น", *LAUGH),
    ("L", "ถ้ากองคลังยังไม่ส่งแผนจะโดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
]

# (2) Greetings spelt in Thai letters, bowing thanks.
SPELT_GREETINGS: list[Case] = [
    ("L", "ม่อนิ่งงง 😴", *GREETING),
    ("L", "มอนิ่งค่ะทุกคน", *GREETING),
    ("L", "มอร์นิ่งครับ", *GREETING),
    ("L", "กู๊ดมอร์นิ่งค่ะ", *GREETING),
    ("L", "กราบขอบพระคุณครับ", *THANKS),
    ("L", "กราบขอบคุณมากค่ะ", *THANKS),
    ("L", "กราบขอบพระคุณพี่ๆ ทุกท่านค่ะ 🙏", *THANKS),
]
SPELT_GREETINGS_NEAR: list[Case] = [
    ("L", "morning ครับ ขอ status ภาพรวม", "Status", {}),
    ("L", "ขอบพระคุณครับ", *THANKS),
]

# (3) The new year's greeting with its year, or said late.
NEW_YEAR: list[Case] = [
    ("L", "สวัสดีปีใหม่ 2568 ครับพี่ๆ ทีม PMQA", *GREETING),
    ("L", "สวัสดีปีใหม่ 2568 ค่ะทุกคน", *GREETING),
    ("L", "สวัสดีปีใหม่ 68 ครับทุกท่าน", *GREETING),
    ("L", "สวัสดีปีใหม่ย้อนหลังค่ะทุกคน 😊", *GREETING),
    ("L", "สวัสดีปีใหม่ย้อนหลังครับพี่ๆ ทีมงาน", *GREETING),
    ("L", "สุขสันต์วันปีใหม่ย้อนหลังนะคะทุกคน", *GREETING),
]
NEW_YEAR_NEAR: list[Case] = [
    ("P", "ขอดูประวัติย้อนหลังของขยะ", "History", {"indicator": "2"}),
    ("P", "สวัสดีค่ะ ขอดูประวัติย้อนหลังขยะหน่อย", "History", {"indicator": "2"}),
]

# (4) A newcomer come to help in someone's place.
NEWCOMERS: list[Case] = [
    ("L", "สวัสดีครับ ผมมาช่วยงาน PMQA แทนพี่ที่ลาคลอดนะครับ", *GREETING),
    ("L", "สวัสดีค่ะ หนูมาช่วยงาน PMQA แทนพี่นิดนะคะ", *GREETING),
    ("L", "สวัสดีครับ ผมมารับงานต่อจากพี่ต้อยครับ", *GREETING),
    ("L", "สวัสดีค่ะ มาทำแทนพี่แอนที่ลาคลอดค่ะ", *GREETING),
]
NEWCOMERS_NEAR: list[Case] = [
    ("L", "สวัสดีครับ ผมเพิ่งย้ายมาดูตัวชี้วัดของสำนัก", *GREETING),
    ("L", "วันนี้หนูขอลาป่วยนะคะ ฝากงานไว้กับพี่แอนแล้วค่ะ", "Unknown", {}),
]

# (5) A deadline acknowledged.
ACKNOWLEDGED: list[Case] = [
    ("L", "โอเคครับ รับทราบ deadline แล้ว", *ACK),
    ("L", "รับทราบ deadline แล้วค่ะ", *ACK),
    ("L", "รับทราบกำหนดส่งแล้วครับ", *ACK),
    ("L", "รับทราบกำหนดส่งแผนแล้วค่ะ", *ACK),
]
ACKNOWLEDGED_NEAR: list[Case] = [
    ("L", "deadline แผนวันไหน", "Deadlines", {"step": "3"}),
    ("L", "รับทราบครับ แล้ว deadline วันไหน", "Deadlines", {}),
    ("L", "รับทราบค่ะ กองคลังส่งแผนแล้วนะคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

# (6) Rule questions: leave on a meeting's day, a score against a level, a round's steps, a form.
RULES: list[Case] = [
    ("L", "ถ้าสมาชิกทีมลาป่วยวันประชุม นับยังไงครับ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ถ้าลากิจวันประชุม นับยังไงคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ถ้าติดราชการวันประชุม นับยังไงคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "สมาชิกลากิจวันประชุม ถือว่าขาดไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "คะแนน 420 ได้ระดับ Advance ยังคะ", "RuleQuestion", {"topic": "level"}),
    ("L", "400 คะแนนถึงระดับ Basic ยังครับ", "RuleQuestion", {"topic": "level"}),
    ("L", "รอบการประเมินที่ 1 ต้องทำกี่ขั้นตอนคะ", "RuleQuestion", {"topic": "round"}),
    ("L", "รอบที่ 2 ต้องทำกี่ขั้นตอนครับ", "RuleQuestion", {"topic": "round"}),
    (
        "L",
        "แบบฟอร์มหมายเลข 3 ต้องกรอกรายละเอียดตัวชี้วัดหมวด 7 ด้วยใช่ไหมคะ",
        "RuleQuestion",
        {"topic": "form"},
    ),
    ("L", "แบบฟอร์ม 2 ต้องใส่หมวด 3 ด้วยไหมคะ", "RuleQuestion", {"topic": "form"}),
]
RULES_NEAR: list[Case] = [
    ("L", "ถ้าลาป่วยวันประชุม นับว่าขาดมั้ยคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "วันนี้ลาป่วย ไม่ได้เข้าประชุมนะคะ", "Unknown", {}),
    ("L", "พี่ก้อยลาป่วยวันนี้นะคะ", "Unknown", {}),
    ("L", "ตัวชี้วัดนี้มีกี่stepคะ แต่ละstepต้องทำไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ("L", "หมวด 7 อยู่มิติไหน", "RuleQuestion", {"topic": "dimensions"}),
]

# (7) Dates: a window checked by its days, the day step 5's result is seen.
DATES: list[Case] = [
    ("L", "ตั้งแต่ 17-31 ม.ค. ใช่มั้ยที่ส่งแผน", "Deadlines", {"step": "3"}),
    ("L", "ช่วง 17-31 ม.ค. ใช่ไหมที่ต้องส่งแผน", "Deadlines", {"step": "3"}),
    ("L", "ขั้นตอนบรรลุเป้าหมาย 85% ดูผลวันไหนครับ", "Deadlines", {"step": "5"}),
    ("L", "ขั้นตอนบรรลุเป้าหมายดูผลวันไหนคะ", "Deadlines", {"step": "5"}),
]
DATES_NEAR: list[Case] = [
    ("L", "ส่งแผนได้ตั้งแต่วันที่ 17 ใช่มั้ยคะ", "Deadlines", {"step": "3"}),
]

ASKED = [text for _, text, intent, _ in RULES + RULES_NEAR + DATES + DATES_NEAR]


@readings(THAI_FIVES + THAI_FIVES_NEAR)
def test_laughter_on_the_thai_five_key_is_laughter(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SPELT_GREETINGS + SPELT_GREETINGS_NEAR)
def test_greetings_spelt_in_thai_and_bowing_thanks(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEW_YEAR + NEW_YEAR_NEAR)
def test_a_new_year_greeting_with_its_year_or_late_greets(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEWCOMERS + NEWCOMERS_NEAR)
def test_a_newcomer_come_to_help_in_someones_place_greets(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ACKNOWLEDGED + ACKNOWLEDGED_NEAR)
def test_a_deadline_acknowledged_is_an_ack(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RULES + RULES_NEAR)
def test_rule_questions_of_leave_levels_rounds_and_forms(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DATES + DATES_NEAR)
def test_a_window_checked_by_its_days_and_step_5s_result_day(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "L") == []
