"""Round 43, status, missing, deadlines, help and small talk (status43).

1. A summary asked with its context or for a boss is the status: asked again ("…อีกรอบนะคะ
   เมื่อวานยังไม่ได้จด"), which passed beside which not ("ตัวไหนผ่าน ตัวไหนยังไม่ผ่าน ท่านจะเอาไป
   หารือ"), for the Director-General ("สไลด์สรุปให้ DG": DG readiness stays the indicator), before
   a window opens ("…เป็นยังไงบ้างคะ ก่อนเปิดรับแผนวันที่ 17"), in the formal "กระผม".
2. A deadline asked with a unit's lag told after it ("…ได้ถึงวันไหนครับ ศอ.ปส.จ.ยังไม่ส่งตัวเลข
   มาเลย") is the deadline; who has not sent, asked, stays what is missing.
3. A step's document named beside its number ("รายชื่อ PMQA Team ขั้นตอนที่ 1…") is that step, no
   indicator; the units counted that have done a typed step ("how many units done step 3") are
   who is missing it; KPIs with no result recorded ("ยังไม่มีผลบันทึก") are missing, never taken
   back (the "ลบ" across "ผลบันทึก").
4. A call for help, then the trouble told ("help ค่ะ ส่งผลไม่ขึ้น") is help.
5. A greeting with where one is from is a greeting unless the place is a unit; praise of how
   clear the bot is, or that it beats people ("ชัดเจนมากครับ 👍 เก่งกว่าคนอีก").
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

SUMMARY_WITH_CONTEXT: list[Case] = [
    ("P", "สวัสดีค่ะ ขอภาพรวมคะแนนจังหวัดอีกรอบนะคะ เมื่อวานยังไม่ได้จดไว้", "Status", {}),
    ("L", "สรุปสถานะอีกครั้งค่ะ", "Status", {}),
    ("L", "ขอสถานะกองคลังอีกทีค่ะ", "Status", {"unit": "กองคลัง"}),
    ("P", "ขอภาพรวมขยะอีกรอบค่ะ", "IndicatorQuery", {"indicator": "2"}),
    ("B", "กระผมขอทราบสรุปผลการประเมินตัวชี้วัดในภาพรวมครับ", "Status", {}),
    (
        "B",
        "เรียนทุกท่าน กระผมขอทราบสรุปผลการประเมินตัวชี้วัดของสำนักงบประมาณในภาพรวม"
        " เพื่อประกอบการรายงานผู้อำนวยการสำนักครับ",
        "Status",
        {},
    ),
    (
        "L",
        "ท่าน ผอ.กพร. ถามว่าตอนนี้ภาพรวมทุกกองเป็นยังไงบ้างคะ ก่อนเปิดรับแผนวันที่ 17",
        "Status",
        {},
    ),
    ("L", "ขอสถานะทุกกองก่อนหมดเขตวันที่ 31 หน่อยค่ะ", "Status", {}),
    ("L", "เปิดรับแผนวันที่ 17 ใช่ไหมคะ", "Deadlines", {"step": "3"}),
]

PASSED_BESIDE_NOT: list[Case] = [
    ("L", "สรุปให้หน่อยค่ะว่าตัวชี้วัดไหนผ่าน ตัวไหนยังไม่ผ่าน ท่านจะเอาไปหารือ", "Status", {}),
    (
        "O",
        "เรียนพี่ๆ ทีม PMQA สำนักงาน ก.พ. ครับ ผมเพิ่งรับช่วงงานต่อจากพี่ปุ้มที่ย้ายไปอยู่สำนักอื่น"
        "เมื่อต้นเดือน ตอนนี้ยังจับต้นชนปลายไม่ค่อยถูก เลยอยากขอให้บอทช่วยสรุปภาพรวมตัวชี้วัดทั้ง"
        " 10 ตัวของเราก่อนครับ ว่าตัวไหนผ่านแล้ว ตัวไหนยังค้าง ขอบคุณครับ",
        "Status",
        {},
    ),
    ("L", "สรุปให้ผู้บริหารหน่อยค่ะ ตัวชี้วัดไหนเขียว ไหนแดง", "Status", {}),
    ("L", "กองคลัง ตัวไหนผ่านแล้ว ตัวไหนยังไม่ผ่าน", "Status", {"unit": "กองคลัง"}),
    ("P", "ขยะ ตัวไหนผ่าน ตัวไหนยังไม่ผ่าน", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    ("L", "ตัวไหนยังไม่ผ่านบ้าง", "Status", {}),
    (
        "O",
        "รบกวนดูให้หน่อยค่ะ มีประเด็นการประเมินข้อไหนบ้างที่ขึ้นว่าไม่ผ่าน ท่าน ผอ. ต้องการด่วน",
        "IndicatorQuery",
        {"indicator": "?", "aspect": "failed"},
    ),
]

FOR_THE_DG: list[Case] = [
    (
        "B",
        "พอดีต้องทำสไลด์สรุปให้ DG ค่ะ รบกวนสรุปสถานะ KPI ทุกตัวของสำนักให้หน่อยนะคะ 🙏",
        "Status",
        {},
    ),
    ("B", "DG ถามว่าภาพรวมตอนนี้เป็นยังไงบ้าง", "Status", {}),
    ("O", "ขอสรุปให้ DG หน่อยค่ะ", "Status", {}),
    # DG readiness, the indicator, stays what it is.
    ("O", "DG ของ ก.พ. ผ่านไหมคะ", "IndicatorQuery", {"indicator": ["8", "9"], "aspect": "tier"}),
    ("O", "สรุป DG ให้หน่อย", "IndicatorQuery", {"indicator": ["8", "9"]}),
    ("O", "DG ได้เท่าไหร่", "IndicatorQuery", {"indicator": ["8", "9"], "aspect": "result"}),
]

DEADLINE_THEN_LAG: list[Case] = [
    ("P", "ส่งผลยาเสพติดได้ถึงวันไหนครับ ศอ.ปส.จ.ยังไม่ส่งตัวเลขมาเลย", "Deadlines", {}),
    ("L", "ส่งแผนได้ถึงวันไหนคะ กองคลังยังไม่ส่งเลย", "Deadlines", {"step": "3"}),
    ("L", "รายชื่อทีมส่งได้ถึงเมื่อไหร่ครับ กองกลางยังไม่ได้ส่งเลย", "Deadlines", {"step": "1"}),
    ("L", "แผนหมดเขตวันไหนครับ กองคลังยังไม่ส่งเลย", "Deadlines", {"step": "3"}),
    ("L", "กองคลังยังไม่ส่งแผน ส่งได้ถึงวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนได้ถึงวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
]

STEP_BY_ITS_DOCUMENT: list[Case] = [
    ("L", "รายชื่อ PMQA Team ขั้นตอนที่ 1 ยังมีกองไหนค้างอยู่ไหมครับ", "Missing", {"step": "1"}),
    ("L", "รายชื่อทีม PMQA ขั้นตอนที่ 1 ใครยังไม่ส่ง", "Missing", {"step": "1"}),
    ("L", "แผนปฏิบัติการ ขั้นตอนที่ 3 ใครยังไม่ส่ง", "Missing", {"step": "3"}),
    ("L", "ยังไม่ส่งรายชื่อ PMQA Team มีใครบ้าง", "Missing", {"step": "1"}),
    ("L", "PMQA ขั้นตอนที่ 1 ใครยังไม่ส่ง", "Missing", {"step": "1", "indicator": "1"}),
    ("L", "PMQA overall ตอนนี้ how many units done step 3 แล้วครับ", "Missing", {"step": "3"}),
    ("L", "how many units done step 3", "Missing", {"step": "3"}),
    ("L", "ขั้นตอนที่ 3 กี่กองเสร็จแล้ว", "Missing", {"step": "3"}),
    ("L", "ขั้นตอนที่ 3 ส่งแล้วกี่กอง", "Missing", {"step": "3"}),
    ("L", "ขั้นตอนที่ 3 ต้องส่งกี่กอง", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้น 1 2 3 เสร็จกี่กองแล้ว", "Status", {}),
]

# "ยังไม่มีผลบันทึก": no result recorded; the "ลบ" across "ผลบันทึก" takes nothing back.
NO_RESULT_RECORDED: list[Case] = [
    ("B", "ก่อนสิ้นรอบ ขอรายการ KPI ที่ยังไม่มีผลบันทึกหน่อยครับ", "Missing", {}),
    ("B", "ลบผลบันทึกล่าสุดด้วยครับ", "Undo", {}),
    ("B", "ยกเลิกผลบันทึกล่าสุด", "Undo", {}),
    ("L", "ลบอันล่าสุดด้วย", "Undo", {}),
]

HELP_WITH_TROUBLE: list[Case] = [
    ("P", "help ค่ะ ส่งผลไม่ขึ้น", "Help", {}),
    ("L", "ช่วยด้วยค่ะ กดส่งแผนไม่ได้", "Help", {}),
    ("L", "Help please ระบบค้าง", "Help", {}),
    ("L", "ช่วยทีค่ะ บอทไม่ตอบ", "Help", {}),
    ("L", "น้องบอท help หน่อย บันทึกไม่ได้", "Help", {}),
    ("L", "help", "Help", {}),
    ("L", "ช่วยด้วย กองไหนยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "แจ้งด้วยนะน้อง บอทไม่ได้เข้าไปดูใน drive เอง", "Unknown", {}),
]

GREETED_FROM: list[Case] = [
    ("P", "สวัสดีค่ะ จากสนจ.ปทุมธานีค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("P", "สวัสดีค่ะ จากสำนักงานจังหวัดปทุมธานีค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีครับ จากสำนักงานปลัดกระทรวงแรงงานครับ", "SmallTalk", {"kind": "greeting"}),
    ("P", "สวัสดีค่ะ จากอำเภอลาดหลุมแก้วค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีค่ะ จากกองคลังค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "สวัสดีครับ น้องใหม่จากกองคลังครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    (
        "L",
        "หวัดดีครับ จากศทส.ครับ",
        "RegisterUnit",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "สวัสดีค่ะ อยู่กองกลางค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
]

PRAISED: list[Case] = [
    ("O", "ชัดเจนมากครับ 👍 เก่งกว่าคนอีก", "SmallTalk", {"kind": "praise"}),
    ("L", "ชัดเจนดีครับ", "SmallTalk", {"kind": "praise"}),
    ("L", "เก่งกว่าคนอีก", "SmallTalk", {"kind": "praise"}),
    ("L", "เก่งมากครับ", "SmallTalk", {"kind": "praise"}),
    ("L", "ยังไม่ชัดเจนครับ", "Unknown", {}),
    ("L", "ไม่ชัดเจนครับ", "Unknown", {}),
    ("L", "กองคลังเก่งกว่ากองกลางอีก", "Unknown", {}),
]

ALL = (
    SUMMARY_WITH_CONTEXT
    + PASSED_BESIDE_NOT
    + FOR_THE_DG
    + DEADLINE_THEN_LAG
    + STEP_BY_ITS_DOCUMENT
    + [case for case in NO_RESULT_RECORDED if case[2] != "Undo"]
    + HELP_WITH_TROUBLE
    + GREETED_FROM
    + PRAISED
)


@readings(SUMMARY_WITH_CONTEXT)
def test_a_summary_asked_with_its_context_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PASSED_BESIDE_NOT)
def test_which_passed_beside_which_not_is_the_overview(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FOR_THE_DG)
def test_a_summary_for_the_director_general_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DEADLINE_THEN_LAG)
def test_a_deadline_asked_with_a_lag_told_is_the_deadline(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEP_BY_ITS_DOCUMENT)
def test_a_step_named_with_its_document_is_that_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NO_RESULT_RECORDED)
def test_no_result_recorded_takes_nothing_back(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HELP_WITH_TROUBLE)
def test_a_call_for_help_with_the_trouble_told_is_help(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(GREETED_FROM)
def test_a_greeting_from_a_place_no_unit_stays_the_greeting(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PRAISED)
def test_praise_of_how_clear_the_bot_is(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_row_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
