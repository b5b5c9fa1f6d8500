"""Issue 9, round 9 (h11a): formal, bureaucratic Thai. The official register asks with its own
words ("หน่วยงานใดยังมิได้จัดส่ง…", "…ผ่านเกณฑ์หรือไม่", "ต้องดำเนินการอย่างไร"), opens with an
addressee ("เรียน ผู้ประสานงาน", "ขออนุญาตสอบถาม"), names superiors and boards by title ("ท่าน
ปกท.", "ผวจ.", "ผอ.กจ.", "กบจ.") and circulates notices to the group ("แจ้งเวียน…", "ระบบ…ปิด
ปรับปรุง"). A formal question reads as its everyday twin; a title is never a unit or an
indicator; a notice is not for the bot. Each is read through ``understand`` and settled
against a seed organisation, like the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.normalise import normalise
from tests.fakes.understanding import readings, settled

_KK = "กองคลัง"
_KG = "กองกลาง"
_KJ = "กองการเจ้าหน้าที่"
_KN = "กองนิติการ"
_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_PDS = "กลุ่มพัฒนาระบบบริหาร"

STATUS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "ขอเรียนสอบถามความก้าวหน้าของกองกลาง ณ ปัจจุบันว่าดำเนินการถึงขั้นตอนใดแล้วครับ",
        "Status",
        {"unit": _KG},
    ),
    ("L", "กองนิติการดำเนินการไปถึงขั้นตอนใดแล้วคะ", "Status", {"unit": _KN}),
    ("L", "ศทส. ดำเนินการครบทุกขั้นตอนแล้วหรือยังครับ", "Status", {"unit": _IT}),
    ("L", "ท่าน ปกท. ประสงค์ทราบความคืบหน้าภาพรวมของทุกกองค่ะ", "Status", {}),
    ("L", "เรียนทีมงาน ขณะนี้ภาพรวมของทุกหน่วยงานเป็นอย่างไรบ้างครับ", "Status", {}),
    ("P", "ขอความกรุณาสรุปผลการดำเนินงานตามตัวชี้วัดของจังหวัด ณ ปัจจุบัน เพื่อนำเรียน ผวจ. ครับ", "Status", {}),
    ("P", "เรียนทีมงาน ภาพรวมตัวชี้วัดของจังหวัดในขณะนี้เป็นประการใดคะ", "Status", {}),
    ("P", "ขอทราบผลตัวชี้วัดทั้งหมดของจังหวัดเพื่อใช้ประกอบการประชุม กบจ. ครับ", "Status", {}),
    ("B", "ขออนุญาตสอบถามภาพรวมผลการดำเนินงานของสำนักงบประมาณ ณ ปัจจุบันครับ", "Status", {}),
    ("O", "เรียน ผู้ประสานงาน ขอทราบความคืบหน้าตัวชี้วัดทั้งหมดของสำนักงาน เพื่อเสนอท่านเลขาธิการค่ะ", "Status", {}),
]


@readings(STATUS)
def test_a_formal_status_question(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


MISSING: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "หน่วยงานใดยังมิได้ส่งแผนปฏิบัติการบ้างครับ", "Missing", {"step": "3"}),
    ("L", "ขอทราบรายชื่อกองที่ยังมิได้จัดส่งรายชื่อทีม PMQA ค่ะ", "Missing", {"step": "1"}),
    ("L", "ขณะนี้ยังขาดรายงานผลตามแบบฟอร์ม ๔ จากหน่วยงานใดบ้างคะ", "Missing", {"step": "4"}),
    ("L", "มีกองใดบ้างที่ยังไม่ได้ดำเนินการใดๆ เลยครับ", "Missing", {}),
    ("L", "ขอความกรุณาแจ้งรายชื่อหน่วยงานที่ยังมิได้ส่งผลการเข้าร่วมประชุมด้วยค่ะ", "Missing", {"step": "2"}),
    ("L", "ท่าน ผอ.กพร. ขอทราบว่ามีหน่วยงานใดค้างส่งเอกสารอยู่บ้างครับ", "Missing", {}),
    ("P", "ตัวชี้วัดใดของจังหวัดที่ยังมิได้บันทึกผลบ้างคะ", "Missing", {}),
    ("B", "ขออนุญาตสอบถามว่ามีตัวชี้วัดใดที่ยังมิได้รายงานผลบ้างครับ", "Missing", {}),
    ("O", "ตัวชี้วัดใดของสำนักงานยังมิได้กรอกผลบ้างคะ", "Missing", {}),
    ("O", "เรียนทีมงาน มีตัวชี้วัดใดที่ยังไม่ได้บันทึกผลบ้างคะ ท่านเลขาธิการสอบถามมา", "Missing", {}),
    ("P", "ผลตัวชี้วัดท่องเที่ยวได้รายงานเข้าระบบแล้วหรือยังคะ", "Missing", {"indicator": "3"}),
    ("P", "ผลตัวชี้วัดขยะได้บันทึกเข้าระบบแล้วหรือไม่ครับ", "Missing", {"indicator": "2"}),
]


@readings(MISSING)
def test_a_formal_missing_question(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


DEADLINES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้นตอนที่ 3 ต้องจัดส่งให้แล้วเสร็จภายในวันใดคะ", "Deadlines", {"step": "3"}),
    ("L", "ขออนุญาตสอบถามครับ แผนปฏิบัติการต้องจัดส่งภายในวันที่เท่าใด", "Deadlines", {"step": "3"}),
    ("L", "แบบฟอร์มหมายเลข ๔ เปิดรับตั้งแต่วันที่เท่าใดคะ", "Deadlines", {"step": "4"}),
    ("L", "กำหนดส่งครั้งถัดไปคือเมื่อใดครับ", "Deadlines", {}),
    ("L", "ส่งแผน ๓ ปีได้ถึงวันที่ ๓๑ ม.ค. ๖๘ ใช่หรือไม่คะ", "Deadlines", {"step": "3"}),
    ("L", "ขอทราบกำหนดส่งเอกสารทั้งหมดของปีงบประมาณนี้ เพื่อจัดทำแผนการปฏิบัติงานครับ", "Deadlines", {}),
    ("L", "ขั้นตอนที่ 1 ต้องดำเนินการให้แล้วเสร็จเมื่อใดครับ", "Deadlines", {"step": "1"}),
    ("L", "เรียนสอบถามค่ะ ขณะนี้เหลือเวลาส่งแผนอีกกี่วัน", "Deadlines", {"step": "3"}),
]


@readings(DEADLINES)
def test_a_formal_deadline_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


HISTORY: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอทราบว่ากองคลังได้บันทึกรายการใดไปแล้วบ้างครับ", "History", {"unit": _KK}),
    ("L", "ขอดูประวัติการบันทึกของกองกลางย้อนหลัง เพื่อประกอบการรายงานค่ะ", "History", {"unit": _KG}),
    ("L", "ขอทราบว่าศทส.ได้บันทึกรายการใดไปแล้วบ้าง พร้อมวันที่ค่ะ", "History", {"unit": _IT}),
    ("P", "ขอความกรุณาแสดงประวัติการบันทึกผลทั้งหมดของจังหวัด เพื่อใช้ตรวจทานก่อนส่งครับ", "History", {}),
    ("P", "ผู้ใดเป็นผู้บันทึกผลตัวชี้วัดท่องเที่ยวครั้งล่าสุดคะ", "History", {"indicator": "3"}),
    ("B", "ผู้ใดเป็นผู้บันทึกผลคะแนน PMQA 4.0 ครั้งล่าสุดคะ", "History", {"indicator": "8"}),
    (
        "B",
        "ขอความกรุณาแสดงประวัติการบันทึกผลคะแนนความพร้อมรัฐบาลดิจิทัลของสำนักครับ",
        "History",
        {"indicator": "7"},
    ),
    ("O", "ขอทราบประวัติการบันทึกผลตัวชี้วัด Master Data ย้อนหลังด้วยครับ", "History", {"indicator": "7"}),
]


@readings(HISTORY)
def test_a_formal_history_question(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


MEMBERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอทราบรายชื่อคณะทำงาน PMQA ของกองคลังครับ", "Members", {"unit": _KK}),
    ("L", "ผู้ประสานงานของกองกลางคือท่านใดครับ", "Members", {"unit": _KG}),
    ("L", "ทีม PMQA ของกองนิติการมีกี่ท่านคะ", "Members", {"unit": _KN}),
    ("L", "ผู้ใดเป็นผู้ประสานงานของศูนย์เทคโนโลยีสารสนเทศและการสื่อสารคะ", "Members", {"unit": _IT}),
    ("L", "ขอทราบรายชื่อผู้ประสานงานของกองการเจ้าหน้าที่ค่ะ", "Members", {"unit": _KJ}),
    ("L", "ทีมงาน PMQA ของกองคลังมีท่านใดบ้างครับ", "Members", {"unit": _KK}),
    ("L", "คณะทำงาน PMQA ของศทส. ประกอบด้วยผู้ใดบ้างคะ", "Members", {"unit": _IT}),
    ("L", "ขอทราบรายชื่อคณะทำงานทั้งหมดที่ลงทะเบียนไว้ในกลุ่มนี้ครับ", "Members", {}),
]


@readings(MEMBERS)
def test_a_formal_members_question(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


RULES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แบบฟอร์มหมายเลข ๔ ต้องจัดส่งผ่านช่องทางใดครับ", "RuleQuestion", {"topic": "channel"}),
    ("L", "หมวด ๓ การให้ความสำคัญกับผู้รับบริการ อยู่ในมิติใดคะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "ขั้นตอนที่ 3 หน่วยงานต้องดำเนินการอย่างไรบ้างครับ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขออนุญาตสอบถามค่ะ ขั้นตอนที่ 5 ต้องดำเนินการสิ่งใดบ้าง", "RuleQuestion", {"topic": "step"}),
    ("L", "การประชุมชี้แจงจัดขึ้น ณ ห้องประชุมใดคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "การประเมินรอบที่ 2 ครอบคลุมขั้นตอนใดบ้างครับ", "RuleQuestion", {"topic": "round"}),
    ("L", "หากส่งแผนล่าช้าจะถูกหักคะแนนอย่างไรคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ทีม PMQA ต้องเข้าร่วมประชุมไม่น้อยกว่าร้อยละเท่าใดครับ", "RuleQuestion", {"topic": "attendance"}),
]


@readings(RULES)
def test_a_formal_rule_question(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def _query(code: str | list[str], aspect: str) -> dict[str, Any]:
    return {"indicator": code, "aspect": aspect}


INDICATORS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "หลักสูตรการสอบแข่งขันขณะนี้ผ่านระดับใดแล้วครับ", "IndicatorQuery", _query("1", "tier")),
    ("O", "ตัวชี้วัดที่ ๓ ผ่านเป้าหมายขั้นใดแล้วคะ", "IndicatorQuery", _query("3", "tier")),
    ("P", "ตัวชี้วัดขยะมูลฝอยผ่านเกณฑ์หรือไม่ครับ", "IndicatorQuery", _query("2", "tier")),
    ("P", "ตัวชี้วัดยาเสพติดได้ผลเท่าใดคะ", "IndicatorQuery", _query("4", "result")),
    ("L", "ระดับความสำเร็จของการขับเคลื่อนฯ ผ่านระดับใดแล้วครับ", "IndicatorQuery", _query("1", "tier")),
    ("B", "PMQA 4.0 ของสำนักงบประมาณได้คะแนนเท่าใดแล้วครับ", "IndicatorQuery", _query("8", "score")),
    ("B", "ตัวชี้วัดที่ ๕ อยู่ในระดับใดคะ", "IndicatorQuery", _query("5", "tier")),
    ("O", "ขออนุญาตสอบถามคะแนนของตัวชี้วัดที่ 9 ว่าได้เท่าใดครับ", "IndicatorQuery", _query("9", "score")),
    ("P", "ตัวชี้วัด e-Service มีสูตรคำนวณอย่างไรคะ", "IndicatorQuery", _query("5", "formula")),
    ("O", "ตัวชี้วัด Master Data มีเกณฑ์การประเมินอย่างไรครับ", "IndicatorQuery", _query("7", "criteria")),
]


@readings(INDICATORS)
def test_a_formal_indicator_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Notices to the group: a circular, a system's maintenance, an application round, a courtesy
# report to a superior addressed by title. None is for the bot, whatever plan words it holds.
NOTICES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "เรียนทุกหน่วยงาน ขออนุญาตแจ้งเวียนหนังสือกระทรวงเรื่องการจัดส่งแผนปฏิบัติการ รายละเอียดตามไฟล์แนบครับ",
        "Unknown",
        {},
    ),
    ("L", "แจ้งเวียน: กำหนดการประชุมคณะทำงาน PMQA ครั้งที่ ๒ วันที่ ๓ ก.พ. ๖๘ ค่ะ", "Unknown", {}),
    (
        "P",
        "ขออนุญาตแจ้งว่าระบบ e-Service ของจังหวัดจะปิดปรับปรุงวันอาทิตย์ที่ ๑๙ ม.ค. ๖๘ เวลา ๒๒.๐๐ น. ครับ",
        "Unknown",
        {},
    ),
    ("B", "ขออนุญาตแจ้งว่าระบบ BB EvMIS จะงดให้บริการชั่วคราวตั้งแต่เวลา ๑๘.๐๐ น. ค่ะ", "Unknown", {}),
    (
        "O",
        "ขอประชาสัมพันธ์ สำนักงาน ก.พ. เปิดรับสมัครหลักสูตรผู้บริหาร รุ่นที่ ๕ ถึงวันที่ ๒๘ ก.พ. ๖๘ ค่ะ",
        "Unknown",
        {},
    ),
    ("O", "ส่งหนังสือแจ้งเวียนแนวทางการประเมิน ๓ ฉบับ เพื่อโปรดทราบครับ", "Unknown", {}),
    ("L", "เรียนท่าน ผอ.กค. รายงานการประชุมจัดทำเรียบร้อยแล้วครับ", "Unknown", {}),
    ("P", "เรียนท่านรองผู้ว่าฯ สรุปผลการประชุมส่งเข้าอีเมลท่านแล้วค่ะ", "Unknown", {}),
    ("B", "จึงเรียนมาเพื่อโปรดทราบ และขอความร่วมมือทุกหน่วยงานส่งข้อมูลภายในวันที่ ๓๑ ม.ค. ๖๘", "Unknown", {}),
    ("B", "ขออนุญาตแจ้งว่าระบบ e-Budgeting ขัดข้องชั่วคราว อยู่ระหว่างดำเนินการแก้ไขค่ะ", "Unknown", {}),
    (
        "P",
        "เรียนทุกท่าน ขอเชิญประชุมคณะกรรมการตัวชี้วัดจังหวัด วันที่ ๒๔ ม.ค. ๖๘ เวลา ๐๙.๓๐ น. ณ ห้องประชุมชั้น ๒ ค่ะ",
        "Unknown",
        {},
    ),
    ("O", "แจ้งเวียนเพื่อทราบ: คู่มือการประเมิน PMQA ฉบับปรับปรุง ปี ๒๕๖๘ ครับ", "Unknown", {}),
]


@readings(NOTICES)
def test_a_formal_notice_is_not_for_the_bot(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A formal promise to send by a date ("…จะจัดส่ง…ภายในวันที่…") reports nothing done and asks
# no deadline; the same date asked ("…ใช่หรือไม่") or the sending said done still are.
PROMISES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ศทส.จะจัดส่งแผนปฏิบัติการภายในวันที่ ๓๐ ม.ค. ๖๘ ครับ", "Unknown", {}),
    ("L", "กองกลางจะดำเนินการส่งรายงานผลภายในวันที่ 20 ก.ย. 68 ค่ะ", "Unknown", {}),
    ("L", "กองคลังจะจัดส่งแผนทางอีเมลภายในพรุ่งนี้ครับ", "Unknown", {}),
    ("L", "กองนิติการจะนำส่งรายชื่อคณะทำงานภายในวันที่ 29 พ.ย. ครับ", "Unknown", {}),
    ("L", "ต้องจัดส่งแผนภายในวันที่ ๓๑ ม.ค. ๖๘ ใช่หรือไม่ครับ", "Deadlines", {"step": "3"}),
    (
        "L",
        "กองคลังจัดส่งแผนเมื่อวันที่ 14 ม.ค. 68 ทาง Google Drive แล้วครับ",
        "MarkStep",
        {"step": "3", "unit": _KK, "done_on": "2025-01-14", "channel": "google_drive"},
    ),
    (
        "L",
        "กองคลังดำเนินการส่งแผนทาง Google Drive เรียบร้อยแล้วครับ",
        "MarkStep",
        {"step": "3", "unit": _KK, "channel": "google_drive"},
    ),
    ("L", "ถูกต้องครับ ดำเนินการบันทึกได้เลย", "Confirm", {}),
]


@readings(PROMISES)
def test_a_formal_promise_reports_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Titles of superiors and boards, and purposes ("เพื่อนำเรียน…"), are the asker's story: never
# a unit or an indicator; the writes and questions around them keep their own slots.
TITLES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เนื่องด้วยท่าน ปกท. จะเป็นประธานการประชุม จึงขอทราบความก้าวหน้าภาพรวมครับ", "Status", {}),
    ("L", "กองกลางยังขาดเอกสารใดบ้างคะ ขอทราบเพื่อแจ้ง ผอ.กก. ต่อค่ะ", "Status", {"unit": _KG}),
    ("L", "ภาพรวมทุกกองขณะนี้เป็นอย่างไรครับ ผอ.กจ. ขอดู", "Status", {}),
    ("P", "ขอผลตัวชี้วัดทั้งหมดของจังหวัดเพื่อนำเรียนท่าน ผวจ. ด้วยครับ", "Status", {}),
    ("P", "ก่อนประชุม กบจ. พรุ่งนี้ ขอทราบภาพรวมตัวชี้วัดของจังหวัดค่ะ", "Status", {}),
    ("B", "ท่านเลขาธิการสอบถามว่าภาพรวมตัวชี้วัดของสำนักเป็นอย่างไรบ้างครับ", "Status", {}),
    ("O", "ขอดูประวัติการบันทึกทั้งหมดเพื่อประกอบการตรวจสอบของ ก.พ.ร. ครับ", "History", {}),
    (
        "L",
        "ขออนุญาตแจ้งผลคะแนนตัวชี้วัดของกองกลาง ได้ ๔.๕ คะแนน รบกวนบันทึกด้วยครับ",
        "SubmitValue",
        {"indicator": "1", "value": "4.5", "raw_value": "๔.๕", "unit": _KG},
    ),
    (
        "L",
        "ขออนุญาตผูกกลุ่มไลน์นี้เข้ากับสำนักงานปลัดกระทรวงแรงงานครับ",
        "BindGroup",
        {"organisation": "สำนักงานปลัดกระทรวงแรงงาน"},
    ),
    (
        "L",
        "เรียน ผู้ประสานงาน กองคลังได้จัดส่งแผนปฏิบัติการทาง Google Drive เรียบร้อยแล้วครับ",
        "MarkStep",
        {"step": "3", "unit": _KK, "channel": "google_drive"},
    ),
]


@readings(TITLES)
def test_titles_and_openers_name_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Formal requests that write or change a setting keep doing so; what receives a document
# ("…ไปยังกลุ่มพัฒนาระบบบริหาร") is not the unit that sent it.
FORMAL_WRITES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอความกรุณาปิดระบบแจ้งเตือนไว้ก่อนครับ", "ReminderSettings", {"action": "off"}),
    ("L", "ขอความกรุณาเปิดระบบแจ้งเตือนตามเดิมค่ะ", "ReminderSettings", {"action": "on"}),
    (
        "L",
        "กองคลังได้จัดส่งแผนปฏิบัติการไปยังกลุ่มพัฒนาระบบบริหารเรียบร้อยแล้วครับ",
        "MarkStep",
        {"step": "3", "unit": _KK},
    ),
    ("L", "ส่งรายงานผลตามแบบฟอร์ม ๔ ไปที่กลุ่มพัฒนาระบบบริหารแล้วค่ะ", "MarkStep", {"step": "4"}),
    ("L", "กลุ่มพัฒนาระบบบริหารส่งแผนปฏิบัติการแล้วครับ", "MarkStep", {"step": "3", "unit": _PDS}),
    ("L", "ขอความกรุณาส่งแบบฟอร์มแผนปฏิบัติการให้ด้วยครับ", "RuleQuestion", {"topic": "form"}),
    ("O", "ผูกกลุ่มไลน์นี้กับสำนักงาน ก.พ. ด้วยครับ", "BindGroup", {"organisation": "สำนักงาน ก.พ."}),
    (
        "B",
        "ขออนุญาตแจ้งคะแนน PMQA ปี ๒๕๖๖ ของสำนักงบประมาณ ๓๘๐ คะแนน เพื่อใช้เป็นค่าฐานค่ะ",
        "SubmitBaseline",
        {"indicator": "8", "value": "380", "raw_value": "๓๘๐", "year": 2566},
    ),
    (
        "P",
        "ตัวชี้วัดขยะ ณ วันที่ ๑๕ ม.ค. ๖๘ ได้ร้อยละ ๖๑.๒ ครับ",
        "SubmitValue",
        {"indicator": "2", "value": "61.2", "raw_value": "ร้อยละ ๖๑.๒", "percent": True},
    ),
]


@readings(FORMAL_WRITES)
def test_a_formal_write_or_setting(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# The formal words read as everyday ones, and what is left alone: a phrase that does not end a
# clause ("ส่งหรือไม่ส่ง"), a word holding the letters of one ("แผนภูมิได้", "ประมาณ", "ณัฐ"),
# dates and numbers; a letter's addressee, its opening reason and closing purpose go.
PLAIN = [
    ("หน่วยงานใดยังมิได้จัดส่งแผนครับ", "หน่วยงานไหนยังไม่ได้ส่งแผน"),
    ("ผ่านเกณฑ์หรือไม่ครับ", "ผ่านเกณฑ์ไหม"),
    ("ส่งหรือไม่ส่งก็ได้", "ส่งหรือไม่ส่งก็ได้"),
    ("ขอเป็นแผนภูมิได้ไหมคะ", "ขอเป็นแผนภูมิได้ไหม"),
    ("ข้อมูล ณ วันที่ ๑๓ ม.ค. ๖๘ ครับ", "ข้อมูล วันที่ 13 ม.ค. 68"),
    ("ประมาณ วันที่ 5", "ประมาณ วันที่ 5"),
    ("คุณ ณัฐ ส่งแล้ว", "คุณ ณัฐ ส่งแล้ว"),
    ("เรียน ผู้ประสานงาน ขอเรียนสอบถามความคืบหน้าครับ", "สอบถามความคืบหน้า"),
    ("เนื่องด้วยพรุ่งนี้ท่านประชุม จึงขอทราบภาพรวมครับ", "ขอทราบภาพรวม"),
    ("ขอทราบภาพรวมเพื่อนำเรียน ผวจ. ครับ", "ขอทราบภาพรวม"),
    ("แจ้งคะแนน 396.5 คะแนน เพื่อใช้เป็นค่าฐานครับ", "แจ้งคะแนน 396.5 คะแนน เพื่อใช้เป็นค่าฐาน"),
    ("เพราะเหตุใดศทส.จึงได้คะแนนต่ำ", "ทำไมศทส.จึงได้คะแนนต่ำ"),
    ("การดำเนินการตามแผน", "การดำเนินการตามแผน"),
]


@pytest.mark.parametrize(("text", "plain"), PLAIN, ids=[case[0] for case in PLAIN])
def test_formal_words_are_read_as_everyday_ones(text: str, plain: str) -> None:
    assert normalise(text) == plain
