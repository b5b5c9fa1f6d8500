"""Round 43, writes and card replies misread in dev_fresh148-149 (writes43).

1. A list asked for is no taking back: "ลบ" inside another word ("ผลบันทึก", "ผลบ้าง",
   "ติดลบ", "หลบ") is no undo verb, so "ขอรายการ KPI ที่ยังไม่มีผลบันทึก" asks who is missing;
   "ยกเลิกรายการที่บันทึกล่าสุด", "ลบรายการล่าสุด" stay Undo.
2. A yes that says the card's sending again, "really" ("ยืนยันครับ ส่งแผนวันนี้จริง", "ยืนยันค่ะ
   กองคลังส่งแผนจริง ตรวจใน drive แล้ว"), is the yes; news of a step after a yes stays news.
3. What was recorded said wrong, the right day told ("วันที่ส่งแผนที่บันทึกไว้ผิดค่ะ จริงๆ ส่ง
   ๑๔ ม.ค."), is the day's correction, not the history.
4. A report, then a question ("กจ.ส่งแผนเรียบร้อยละค่ะ เหลือกองไหนอีกมั้ย", "ส่งผลขยะ 53.4
   แล้วขอดูว่าผ่านขั้นไหนด้วยค่ะ"), is the report; a figure merely named before a question
   ("ขยะ 53.4 แล้วผ่านขั้นไหนคะ"), a deadline told ("หมดเขตแล้ว ใครยังไม่ส่ง"), stay questions.
5. Results said in other shapes: millions said in words led by their place ("ท่องเที่ยวพันห้าร้อย
   ล้านบาท"), a level reached with a remark after its sentence, a change with its source after
   it ("…ร้อยละ 15 ตามสรุปของสำนักงานงบประมาณเขตที่ 1 - 18"), this year's figure set beside last
   year's ("(เทียบกับปีที่แล้ว)": no baseline year). Questions naming a figure stay questions.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

UNDO_VERB: list[Case] = [
    ("B", "ก่อนสิ้นรอบ ขอรายการ KPI ที่ยังไม่มีผลบันทึกหน่อยครับ", "Missing", {}),
    ("L", "ขอรายการตัวชี้วัดที่ยังไม่มีผลบันทึกค่ะ", "Missing", {}),
    ("P", "ขอรายการตัวชี้วัดที่ยังไม่ส่งผลบ้างค่ะ", "Missing", {}),
    ("L", "หลบไปก่อนนะ รายการเมื่อกี้", "Unknown", {}),
    # Near misses: a real undo verb on the entry stays the undo.
    ("L", "ยกเลิกรายการที่บันทึกล่าสุด", "Undo", {}),
    ("L", "ลบรายการล่าสุดให้หน่อยค่ะ", "Undo", {}),
    ("L", "ที่ส่งไปเมื่อกี้ลบให้หน่อยค่ะ", "Undo", {}),
    ("L", "ลบที่เพิ่งบันทึกค่ะ", "Undo", {}),
    ("L", "ช่วยลบรายการที่บันทึกผิดเมื่อกี้ให้หน่อยค่ะ", "Undo", {}),
    ("L", "ลบอันล่าสุดออกด้วยค่ะ ใส่ผิด", "Undo", {}),
    (
        "L",
        "ผลบันทึกล่าสุดของตัวชี้วัดที่ 1 เท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
]

REALLY_SENT: list[Case] = [
    ("L", "ยืนยันครับ ส่งแผนวันนี้จริง", "Confirm", {}),
    ("L", "ยืนยันค่ะ กองคลังส่งแผนจริง ตรวจใน drive แล้ว", "Confirm", {}),
    ("L", "ใช่ค่ะ กองคลังส่งแผนเมื่อวานจริง", "Confirm", {}),
    ("L", "ยืนยันนะคะ ส่งแผนทาง drive จริง", "Confirm", {}),
    ("L", "ยืนยันครับ กองกลางส่งแผนแล้วจริง", "Confirm", {}),
    # Near misses: news of a step after the yes, or "actually", stays the news.
    ("L", "ใช่ค่ะ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ยืนยันว่ากองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    (
        "L",
        "ยืนยันค่ะ ที่จริงกองคลังส่งแผนเมื่อวาน",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14", "unit": "กองคลัง"},
    ),
    (
        "L",
        "ยืนยันค่ะ กองคลังส่งแผนทางอีเมล",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email"},
    ),
    ("L", "กองคลังส่งแผนจริงหรือเปล่าคะ", "Status", {"unit": "กองคลัง"}),
]

RECORDED_DAY_WRONG: list[Case] = [
    (
        "L",
        "วันที่ส่งแผนที่บันทึกไว้ผิดค่ะ จริงๆ ส่ง ๑๔ ม.ค.",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14"},
    ),
    ("L", "วันที่ส่งแผนที่บันทึกไว้ผิดค่ะ ต้องเป็น 14 ม.ค.", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    (
        "L",
        "วันที่ส่งรายชื่อที่บันทึกไว้ผิดครับ จริงๆ ส่ง 27 พ.ย.",
        "MarkStep",
        {"step": "1", "done_on": "2024-11-27"},
    ),
    (
        "L",
        "ที่บันทึกไว้ผิดค่ะ จริงๆ กองคลังส่งแผน 14 ม.ค.",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14", "unit": "กองคลัง"},
    ),
    ("L", "วันที่ส่งแผนผิดค่ะ จริงๆ ส่ง 14 ม.ค.", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    # Near misses: what was recorded, asked, stays the history.
    ("L", "กองคลังส่งแผนที่บันทึกไว้วันไหนคะ", "History", {"unit": "กองคลัง"}),
    ("L", "วันที่ที่บันทึกไว้ของกองคลังเป็นวันไหนคะ", "History", {"unit": "กองคลัง"}),
]

REPORT_THEN_QUESTION: list[Case] = [
    ("L", "กจ.ส่งแผนเรียบร้อยละค่ะ เหลือกองไหนอีกมั้ย", "MarkStep", {"step": "3", "unit": "กองการเจ้าหน้าที่"}),
    ("L", "กจ.ส่งแผนแล้วค่ะ เหลือกองไหนอีกมั้ย", "MarkStep", {"step": "3", "unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองคลังส่งแผนเรียบร้อยแล้ว เหลือใครบ้างคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองกลางส่งแผนเรียบร้อย ตอนนี้เหลือกองไหนบ้างคะ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    (
        "P",
        "ส่งผลขยะ 53.4 แล้วขอดูว่าผ่านขั้นไหนด้วยค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "53.4", "raw_value": "53.4"},
    ),
    (
        "P",
        "ส่งผลขยะ 62 แล้วขอดูสถานะด้วยค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "62", "raw_value": "62"},
    ),
    # Near misses: a figure merely named, a deadline told, a unit asked: questions.
    ("P", "ขยะ 53.4 แล้วผ่านขั้นไหนคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ส่งผลขยะ 53.4 แล้วผ่านไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ขยะ 53.4 แล้วขอดูว่าผ่านขั้นไหนด้วยค่ะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("L", "หมดเขตแล้ว ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "กองไหนส่งแผนแล้ว เหลือกองไหนบ้าง", "Missing", {"step": "3"}),
    ("L", "ส่งแผนครบกี่กองแล้วคะ เหลือกี่กอง", "Missing", {"step": "3"}),
    ("L", "กจ.ส่งแผนแล้วหรือยังคะ เหลือกองไหนอีกมั้ย", "Status", {"unit": "กองการเจ้าหน้าที่"}),
]

OTHER_SHAPES: list[Case] = [
    (
        "P",
        "ท่องเที่ยวพันห้าร้อยล้านบาท",
        "SubmitValue",
        {"indicator": "3", "value": "1500", "raw_value": "1500"},
    ),
    (
        "P",
        "รายได้ท่องเที่ยว สองพันล้านบาทค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "2000", "raw_value": "2000"},
    ),
    (
        "P",
        "ท่องเที่ยว 1.6 พันล้านบาทครับ",
        "SubmitValue",
        {"indicator": "3", "value": "1600", "raw_value": "1.6 พันล้าน"},
    ),
    (
        "O",
        "หลักสูตรการสอบแข่งขัน ได้ระดับ 5 แล้วค่ะ ร่างหลักสูตรเสร็จครบ",
        "SubmitValue",
        {"indicator": "1", "value": "5", "raw_value": "5"},
    ),
    (
        "O",
        "หลักสูตรการสอบแข่งขันได้ระดับ 5 แล้วค่ะ ร่างเสร็จแล้ว",
        "SubmitValue",
        {"indicator": "1", "value": "5", "raw_value": "5"},
    ),
    (
        "B",
        "โอนเปลี่ยนแปลงงบประมาณปีนี้ลดลงร้อยละ 15 ตามสรุปของสำนักงานงบประมาณเขตที่ 1 - 18 ครับ",
        "SubmitValue",
        {"indicator": "3", "value": "15", "raw_value": "ร้อยละ 15", "percent": True},
    ),
    (
        "L",
        "ตัวชี้วัด 1 ได้ 4 ครับ ตามที่ กพร. แจ้งมา",
        "SubmitValue",
        {"indicator": "1", "value": "4", "raw_value": "4"},
    ),
    (
        "B",
        "update KPI 3 = -2 รายการครับ (เทียบกับปีที่แล้ว)",
        "SubmitValue",
        {"indicator": "3", "value": "-2", "raw_value": "-2"},
    ),
    # Near misses: questions naming a figure, chat, a summary asked.
    ("P", "ท่องเที่ยวพันห้าร้อยล้านผ่านเกณฑ์ไหมคะ", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("L", "ลูกชายสอบได้ระดับ 5 แล้วค่ะ ดีใจมาก", "Unknown", {}),
    (
        "B",
        "โอนเปลี่ยนแปลงงบประมาณลดลงร้อยละ 15 ตามสรุปใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "result"},
    ),
    ("B", "ขอสรุปโอนเปลี่ยนแปลงงบประมาณปีนี้หน่อยค่ะ", "IndicatorQuery", {"indicator": "3"}),
    (
        "B",
        "KPI 3 เทียบกับปีที่แล้วเป็นยังไงบ้างคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "result"},
    ),
]


@readings(UNDO_VERB)
def test_an_undo_needs_an_undo_verb(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REALLY_SENT)
def test_a_yes_saying_the_sending_again_really_is_the_yes(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RECORDED_DAY_WRONG)
def test_a_recorded_day_said_wrong_with_the_right_one_is_its_correction(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REPORT_THEN_QUESTION)
def test_a_report_then_a_question_is_the_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OTHER_SHAPES)
def test_results_said_in_other_shapes_are_values(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_is_read_as_a_write() -> None:
    tables = UNDO_VERB + REALLY_SENT + RECORDED_DAY_WRONG + REPORT_THEN_QUESTION + OTHER_SHAPES
    assert unlabelled_writes(tables) == []
