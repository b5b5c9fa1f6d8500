"""Round 15 (fixC1): questions. The aspect asked before or after a long indicator title, two
indicators sharing words told apart by the measure typed in English ("DG readiness level",
"… score"), English words glued to Thai ("ลงชื่อในform"), the team's people called "member",
a status asked in detail or of every unit, and deadline questions told from what is missing."""

from __future__ import annotations

from typing import Any

from handlers.intents import stores
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (A) Two indicators sharing words: the measure typed in English after the name tells them
# apart (the seed reports name them "ระดับความพร้อม…" and "คะแนนความพร้อม…").
MEASURE_IN_ENGLISH: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "DG readiness levelได้ขั้นไหน", "IndicatorQuery", {"indicator": "6", "aspect": "tier"}),
    (
        "B",
        "DG readiness level ปีนี้อยู่ระดับไหนคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "B",
        "dg readiness score ได้เท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "result"},
    ),
    ("B", "DG Readiness scoreล่าสุดเท่าไร", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    (
        "O",
        "DG readiness level ของเราผ่านไหม",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
    (
        "O",
        "DG readiness score ปีนี้ได้เท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "result"},
    ),
    # Named without its measure, both are still asked.
    ("B", "DG readiness ได้เท่าไหร่", "IndicatorQuery", {"indicator": ["6", "7"], "aspect": "result"}),
]


@readings(MEASURE_IN_ENGLISH)
def test_the_measure_typed_in_english_tells_two_indicators_apart(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (B) English words glued to Thai are words all the same; the team's people called "member".
GLUED_ENGLISH: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "หน่วยไหนยังไม่ได้ลงชื่อในformบ้าง", "Missing", {"step": "1"}),
    ("L", "กองไหนยังไม่กรอกformรายชื่อบ้างคะ", "Missing", {"step": "1"}),
    ("O", "member ที่ลงทะเบียนแล้วมีกี่คนคะ", "Members", {}),
    ("O", "memberที่ลงทะเบียนไว้มีใครบ้าง", "Members", {}),
    ("L", "member ของกองคลังมีใครบ้างคะ", "Members", {"unit": "กองคลัง"}),
    ("L", "member ทีม PMQA มีใครบ้างคะ", "Members", {}),
    ("L", "ใครยังไม่ได้กรอกชื่อใน google form บ้างครับ", "Missing", {"step": "1"}),
]


@readings(GLUED_ENGLISH)
def test_english_words_glued_to_thai(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) The aspect asked before (or after) a long indicator title: its performance, its score
# (the whole office's, "ในภาพรวม"), the conditions it is assessed by.
ASPECT_BY_A_TITLE: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "ขอทราบผลการดำเนินงานตัวชี้วัดร้อยละของเทศบาลตำบลที่เป็นหน่วยรับงบประมาณตรงกับสำนักงบประมาณครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
    (
        "P",
        "ขอทราบผลการดำเนินงานตัวชี้วัดร้อยละของหมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติดค่ะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "result"},
    ),
    (
        "L",
        "ขอทราบคะแนนของตัวชี้วัดระดับความสำเร็จของการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0 "
        "ในภาพรวมของสำนักงานปลัดกระทรวงครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "score"},
    ),
    (
        "B",
        "ขอทราบคะแนนของตัวชี้วัดระดับความสำเร็จของปริมาณการโอนเปลี่ยนแปลงงบประมาณลดลง ในภาพรวมของสำนักครับ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "score"},
    ),
    (
        "P",
        "ขอทราบคะแนนตัวชี้วัดการให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ในภาพรวมค่ะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "score"},
    ),
    (
        "P",
        "ตัวชี้วัดการให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ มีเงื่อนไขการประเมินอย่างไรบ้างครับ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    (
        "B",
        "ตัวชี้วัดการนำชุดข้อมูลมาลงทะเบียนที่ระบบบัญชีข้อมูลภาครัฐ มีเงื่อนไขการให้คะแนนยังไงคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    ("P", "ขยะมีเงื่อนไขการผ่านยังไงบ้าง", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    # The whole organisation's score, no indicator named, is its status.
    ("P", "ขอทราบคะแนนภาพรวมของจังหวัดครับ", "Status", {}),
    ("P", "ภาพรวมคะแนนทั้งจังหวัดเป็นยังไงบ้าง", "Status", {}),
]


@readings(ASPECT_BY_A_TITLE)
def test_the_aspect_asked_of_a_long_title(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (D) The criteria asked for a case supposed (a band of last year's scores): the indicator
# named before the case, never a baseline recorded.
CRITERIA_FOR_A_CASE: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "ขอทราบเกณฑ์ตัวชี้วัด PMQA 4.0 ของสำนักงบประมาณ ในกรณีที่คะแนนปี 2566 อยู่ระหว่าง 400 ถึง 450 คะแนนครับ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
    (
        "B",
        "เกณฑ์ PMQA 4.0 ในกรณีที่คะแนนปี 2566 อยู่ระหว่าง 400 ถึง 450 คะแนนครับ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
    (
        "O",
        "เกณฑ์ PMQA ของสำนักงาน ก.พ. กรณีที่ปี 66 ได้ระหว่าง 380 ถึง 400 คะแนน เป็นยังไง",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "criteria"},
    ),
    (
        "P",
        "เกณฑ์ขยะในกรณีที่ปีก่อนได้ร้อยละ 60 เป็นยังไงคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "criteria"},
    ),
    # A baseline stated is still one.
    (
        "B",
        "ค่าฐาน PMQA ปี 66 ได้ 420 คะแนน",
        "SubmitBaseline",
        {"indicator": "8", "value": "420", "raw_value": "420", "year": 2566},
    ),
    (
        "P",
        "ค่าฐานขยะปี 2566 เท่ากับ 50.2",
        "SubmitBaseline",
        {"indicator": "2", "value": "50.2", "raw_value": "50.2", "year": 2566},
    ),
]


@readings(CRITERIA_FOR_A_CASE)
def test_the_criteria_asked_for_a_case(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (E) Every indicator asked in a detailed report, an indicator's progress asked of every unit:
# the status (in detail); one unit's sending asked with the deadline near as its reason, and
# who is missing asked for someone named after the ask.
STATUS_AND_MISSING: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขอรายงานละเอียดทุกตัวชี้วัดของจังหวัด เพื่อเสนอผู้ว่าราชการจังหวัดครับ", "Status", {"detail": True}),
    ("P", "ขอรายงานแบบละเอียดทุกตัวชี้วัดค่ะ จะเอาเข้าที่ประชุม", "Status", {"detail": True}),
    ("L", "ขอรายงานฉบับเต็มของทุกกองครับ", "Status", {"detail": True}),
    (
        "L",
        "เรียนทุกท่านครับ ผมขอทราบความก้าวหน้าของตัวชี้วัดระดับความสำเร็จของการขับเคลื่อนหน่วยงาน"
        "สู่ระบบราชการ 4.0 ของทุกกองในสังกัด ณ วันนี้ครับ",
        "Status",
        {},
    ),
    ("L", "ขอทราบความก้าวหน้าตัวชี้วัด PMQA ของทุกกองครับ", "Status", {}),
    ("L", "ความก้าวหน้าตัวชี้วัดระบบราชการ 4.0 แต่ละกองเป็นยังไงบ้างคะ", "Status", {}),
    ("P", "ขยะความคืบหน้าเป็นยังไงบ้าง", "IndicatorQuery", {"indicator": "2"}),
    ("L", "ไอทีส่งแผนยังครับ ใกล้หมดเขตแล้ว", "Status", {"unit": _IT}),
    ("L", "กองคลังส่งแผนยังคะ ใกล้จะหมดเขตแล้วนะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ทุกกองส่งแผนครบหรือยังคะ ใกล้หมดเขตแล้ว", "Missing", {"step": "3"}),
    ("L", "ส่งแผนใกล้หมดเขตยัง", "Deadlines", {"step": "3"}),
    ("L", "แผนหมดเขตยังคะ", "Deadlines", {"step": "3"}),
    ("P", "ตอนนี้ตัวไหนยังไม่มีผลบ้างคะ สำนักงานจังหวัดถามมา", "Missing", {}),
    ("B", "ยังไม่มีผลตัวไหนบ้างคะ ผอ.สำนักฝากถาม", "Missing", {}),
    ("L", "ใครยังไม่ส่งแผนบ้าง กองคลังถามมา", "Missing", {"step": "3"}),
    ("L", "ส่งแผนแล้วจริงเหรอคะ กจ. หนูไม่เห็นในไดรฟ์", "Status", {"unit": "กองการเจ้าหน้าที่"}),
]


@readings(STATUS_AND_MISSING)
def test_status_in_detail_of_every_unit_and_who_is_missing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (F) When a step is due, asked by a form's number, by its window checked or waited for: the
# deadlines, never the way to send it or who is missing it.
DEADLINE_ASKS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "deadline ส่ง form 4 วันไหนครับ", "Deadlines", {"step": "4"}),
    ("L", "form 4 ต้องส่งเมื่อไหร่คะ", "Deadlines", {"step": "4"}),
    ("L", "ส่งแบบฟอร์ม 4 ทาง google form ช่วงไหนครับ", "Deadlines", {"step": "4"}),
    ("L", "ช่วงส่งรายงานสรุปผล 15-24 ก.ย. ใช่มั้ยครับ", "Deadlines", {"step": "4"}),
    ("L", "ช่วงส่งแผน 17-31 ม.ค. ใช่ไหมคะ", "Deadlines", {"step": "3"}),
    (
        "L",
        "พี่ๆ คะ หนูสงสัยว่าแบบฟอร์มที่ 4 นี่ต้องส่งช่วงไหนคะ ตอนนี้ต้องรีบทำเลยหรือเปล่า",
        "Deadlines",
        {"step": "4"},
    ),
    ("L", "ส่งแผนตอนนี้ได้เลยไหมคะ หรือต้องรอเปิดรับวันที่ 17", "Deadlines", {"step": "3"}),
    ("L", "รายงานผลต้องรอเปิดรับก่อนใช่ไหมครับ", "Deadlines", {"step": "4"}),
    # The way to send asked stays the rules'; who has not sent, the missing; a step told, a write.
    ("L", "ส่งแผนทางไหนได้บ้าง", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งทาง google form ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ใครยังไม่ส่งแบบฟอร์ม 4 บ้าง", "Missing", {"step": "4"}),
    ("L", "ส่งแผนวันที่ 20 ม.ค. แล้วครับ", "MarkStep", {"step": "3", "done_on": "2025-01-20"}),
]


@readings(DEADLINE_ASKS)
def test_when_a_step_is_due_asked(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (G) The score or result of "the indicator" called by that word alone: the one indicator of
# an organisation that has one; else (or asked of every one, of a unit) the status.
THE_INDICATOR: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "คะแนนตัวชี้วัดของเราตอนนี้ได้เท่าไหร่แล้วคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "score"},
    ),
    ("L", "ผลตัวชี้วัดเราได้เท่าไหร่แล้วครับ", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("P", "คะแนนตัวชี้วัดของเราตอนนี้ได้เท่าไหร่แล้วคะ", "Status", {}),
    ("B", "ผลตัวชี้วัดเราได้เท่าไหร่แล้วครับ", "Status", {}),
    ("L", "ได้คะแนนเท่าไหร่แล้วคะ", "Status", {}),
    ("L", "สรุปคะแนนตัวชี้วัดทั้งหมดหน่อย", "Status", {}),
    ("L", "กองคลังคะแนนตัวชี้วัดเท่าไหร่", "Status", {"unit": "กองคลัง"}),
]


@readings(THE_INDICATOR)
def test_the_indicator_called_by_the_word(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_the_round_is_a_write() -> None:
    for _, text, _, _ in (
        *MEASURE_IN_ENGLISH,
        *GLUED_ENGLISH,
        *ASPECT_BY_A_TITLE,
        *CRITERIA_FOR_A_CASE[:4],
    ):
        assert not stores(understand(text, today=TODAY).intent), text
