"""Round 14 (r14e): who or what has not been sent, asked in other words ("ค้างฟอร์ม 3 กี่กอง",
"ตัวไหนยังไม่อัปเดต", "ยังมีกองที่ไม่ได้รายงาน…ไหม"); the status asked in full ("ฉบับเต็ม",
"แบบเต็มๆ", "จว." is the province, no unit); the plan's indicators reached, told with the
short form "ตชว." or the unit between the plan and the item ("ตัวชี้วัดในแผนของ กค. ข้อ 2"),
or as "N ตัว บรรลุ M ตัว"; a no to the card with its reason, a yes saying the card is right."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (A) Who or what has not been sent yet, asked in other words.
NOT_SENT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ค้างแบบฟอร์ม 3 กี่หน่วยงานแล้วคะ", "Missing", {"step": "3"}),
    ("L", "ฟอร์ม4 ยังค้างอยู่กี่กองครับ", "Missing", {"step": "4"}),
    ("L", "ยังเหลือหน่วยงานไหนไม่อัปโหลดแบบฟอร์ม 4 บ้างคะ", "Missing", {"step": "4"}),
    ("L", "เหลือกองไหนไม่ upload แผนบ้าง", "Missing", {"step": "3"}),
    ("P", "ตัวชี้วัดไหนยังไม่อัพเดทบ้างคะ", "Missing", {}),
    ("B", "ขอรายชื่อ kpi ที่ยังไม่อัปเดตค่ะ", "Missing", {}),
    ("O", "ขอรายการตัวที่ยังไม่อัปเดตด้วยครับ", "Missing", {}),
    ("L", "ยังมีหน่วยงานที่ไม่ได้รายงานการเข้าประชุมอยู่ไหมครับ", "Missing", {"step": "2"}),
    ("O", "PMQA 4.0 ยังไม่มีผู้ส่งผลใช่ไหมคะ", "Missing", {"indicator": "10"}),
    ("P", "ขยะยังไม่มีผู้รายงานผลใช่มั้ยคะ", "Missing", {"indicator": "2"}),
    ("L", "ใครยังไม่ส่งอะไรบ้างคะ ขอรายชื่อจะได้ตามต่อ", "Missing", {}),
    ("L", "ยังมีใครไม่ส่งบ้าง ขอชื่อด้วย จะโทรตามเอง", "Missing", {}),
    ("L", "ก่อนประชุมบ่ายนี้ ขอรายชื่อกองที่ยังไม่ส่งแบบฟอร์ม 4 ค่ะ", "Missing", {"step": "4"}),
]

# What one unit still has to send is its status; with no unit, the deadlines.
LEFT_TO_SEND: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ศทส. ยังต้องทำอะไรอีกบ้างครับ", "Status", {"unit": IT}),
    ("L", "กนต.ต้องส่งอะไรอีกไหมคะ", "Status", {"unit": "กองนิติการ"}),
    ("L", "ต้องส่งอะไรอีกบ้างคะ", "Deadlines", {}),
]


@readings(LEFT_TO_SEND)
def test_what_one_unit_still_has_to_send_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Told, not asked: the sender's own lag, or a unit that has not sent, is no question of who.
NOT_SENT_TOLD: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังยังไม่ได้อัปเดตแผน", "Status", {"unit": "กองคลัง"}),
    ("L", "แบบฟอร์ม 4 คืออะไรคะ", "RuleQuestion", {"topic": "form"}),
]


@readings(NOT_SENT)
def test_who_has_not_sent_asked_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_SENT_TOLD)
def test_a_lag_told_or_a_form_asked_is_no_missing_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (B) The status asked in full, or the total score; a step opened in full.
FULL_STATUS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขอฉบับเต็มทุกตัวชี้วัดค่ะ จะเอาเข้าประชุม", "Status", {"detail": True}),
    ("B", "ขอฉบับละเอียดทุกตัวครับ", "Status", {"detail": True}),
    ("O", "ขอดูสรุปแบบเต็มๆ ค่ะ ท่านเลขาขอ", "Status", {"detail": True}),
    ("P", "ช่วยสรุปผลตัวชี้วัดของจังหวัดแบบเต็มหน่อยครับ จะทำรายงาน", "Status", {"detail": True}),
    ("P", "ขอสรุปผลตัวชี้วัดจว.แบบละเอียดค่ะ", "Status", {"detail": True}),
    (
        "L",
        "ขอสถานะแบบละเอียดทุกหน่วยงานครับ รวมรายการหักคะแนนด้วย",
        "Status",
        {"detail": True},
    ),
    ("P", "ขอดูสถานะ kpi ทั้งหมดของ จว. หน่อยครับ", "Status", {}),
    ("P", "ภาพรวมจว.ตอนนี้เป็นไงบ้าง", "Status", {}),
    ("O", "คะแนนรวมตอนนี้ได้เท่าไหร่แล้วครับ", "Status", {}),
    ("B", "คะแนนรวมล่าสุดได้ประมาณเท่าไรคะ", "Status", {}),
    ("L", "ขอสรุปคะแนนล่าสุดของทุกหน่วยงานค่ะ", "Status", {}),
    (
        "O",
        "เนื่องจากสัปดาห์หน้ามีประชุมผู้บริหาร จึงขอความอนุเคราะห์สรุปสถานะให้ด้วยครับ",
        "Status",
        {},
    ),
    ("L", "เปิดขั้นตอนที่ 3 แบบเต็มให้ดูหน่อยครับ", "StepDetails", {"step": "3"}),
    ("L", "ขอดูขั้นตอนที่ 4 ฉบับเต็มค่ะ", "StepDetails", {"step": "4"}),
]

# An indicator's own score and a unit's status stay theirs.
NOT_FULL_STATUS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขยะได้คะแนนเท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("L", "ขอสถานะกองคลังแบบละเอียดค่ะ", "Status", {"unit": "กองคลัง", "detail": True}),
    ("L", "ขั้นตอนที่ 5 ส่งวันไหน", "Deadlines", {"step": "5"}),
]


@readings(FULL_STATUS)
def test_the_status_asked_in_full(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_FULL_STATUS)
def test_an_indicators_score_or_a_units_status_stays_theirs(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) The plan's indicators reached (step 5), told in other words.
PLAN_REACHED: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "ตชว.ตามแผนข้อ 2 ของกองกลาง บรรลุแล้วครับ",
        "MarkStep",
        {"step": "5", "unit": "กองกลาง", "plan_item": 2, "passed": True},
    ),
    (
        "L",
        "ตชว. ตามแผนข้อ4 ของ กจ. ไม่บรรลุค่ะ",
        "MarkStep",
        {"step": "5", "unit": "กองการเจ้าหน้าที่", "plan_item": 4, "passed": False},
    ),
    (
        "L",
        "แผนศทส.ตชว.ข้อ 2 บรรลุแล้วนะ",
        "MarkStep",
        {"step": "5", "unit": IT, "plan_item": 2, "passed": True},
    ),
    (
        "L",
        "ตัวชี้วัดในแผนของกองคลัง ข้อ ๓ ไม่บรรลุครับ",
        "MarkStep",
        {"step": "5", "unit": "กองคลัง", "plan_item": 3, "passed": False},
    ),
    (
        "L",
        "ตัวชี้วัดตามแผนของ กนต. ข้อที่ 6 บรรลุเป้าแล้วค่ะ",
        "MarkStep",
        {"step": "5", "unit": "กองนิติการ", "plan_item": 6, "passed": True},
    ),
    ("L", "แผนของกองเรามีตัวชี้วัด 10 ตัว บรรลุ 9 ตัวค่ะ", "MarkStep", {"step": "5", "met": 9, "of": 10}),
    (
        "L",
        "กองคลังมีตัวชี้วัดในแผน 6 ตัว บรรลุ 5 ตัวครับ",
        "MarkStep",
        {"step": "5", "unit": "กองคลัง", "met": 5, "of": 6},
    ),
    (
        "L",
        "ตัวชี้วัดตามแผนบรรลุ 7 ใน 10 ตัวครับ ไม่ถึง 85",
        "MarkStep",
        {"step": "5", "met": 7, "of": 10, "passed": False},
    ),
    (
        "L",
        "แผนปีนี้บรรลุเป้า 5 จาก 8 ตัว ต่ำกว่า 85% ค่ะ",
        "MarkStep",
        {"step": "5", "met": 5, "of": 8, "passed": False},
    ),
]

# Asked, not told: no report (whatever else it reads as).
PLAN_ASKED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ตชว.ตามแผนข้อ 2 ต้องบรรลุไหมคะ", "", {}),
    ("L", "ตัวชี้วัดในแผนของกองคลัง ข้อ 3 บรรลุหรือยัง", "", {}),
]


@readings(PLAN_REACHED)
def test_the_plans_indicators_reached_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (D) A no to the card with its reason; a yes saying the card is right.
CARD_ANSWERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ยังไม่เอาครับ ขอเช็คกับเจ้าของเรื่องก่อน", "Cancel", {}),
    ("P", "ยังไม่เอาค่ะ รอเช็คกับผู้รับผิดชอบก่อน", "Cancel", {}),
    ("B", "ยกเลิกก่อนค่ะ ตัวเลขเป็นของปีก่อน", "Cancel", {}),
    ("O", "ยกเลิกไปก่อนครับ ข้อมูลเป็นของปีที่แล้ว", "Cancel", {}),
    ("L", "ไม่เอาก่อนนะคะ ตัวเลขเป็นของปีเก่า", "Cancel", {}),
    ("P", "ได้เลยครับ ที่บอทสรุปมาถูกต้องหมด", "Confirm", {}),
    ("B", "โอเคค่ะ ที่บอทสรุปมาถูกหมดเลย", "Confirm", {}),
    ("O", "ได้เลยจ้า ที่ระบบสรุปมาถูกต้องแล้ว", "Confirm", {}),
]

# A remark that finds the card wrong, or asks whether it is right, is no yes.
NOT_YES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ที่บอทสรุปมาไม่ถูกค่ะ", "", {}),
    ("L", "ที่บอทสรุปมาถูกหมดไหมคะ", "", {}),
]


@readings(CARD_ANSWERS)
def test_a_no_with_its_reason_and_a_yes_with_a_remark(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PLAN_ASKED)
def test_the_plans_indicators_asked_is_no_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org)[0] != "MarkStep"


@readings(NOT_YES)
def test_a_card_found_wrong_is_no_yes(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org)[0] != "Confirm"
