"""Round 7 (h9b2): what has no result yet, deadlines asked with worries, histories of the group,
and a step's details.

Families: which indicators still have no result, in the verbs people use for entering one
(ใส่ผล, กรอกผล, ลงผล, รายงาน) and the states they ask about (ว่าง, ไม่ครบ, ค้าง); whether one
named indicator has its result; deadlines asked with a worry around them or of the report
round ("รอบ 12 เดือน") in organisations without steps; a window's opening and closing; a month's
dues asked with another verb; the history of the whole chat group; a step's details asked
together with what it is.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

MISSING: list[tuple[str, str, str, dict[str, Any]]] = [
    # Which indicators have no result yet, in every verb of entering one.
    ("B", "ตัวชี้วัดไหนยังไม่ได้ใส่ผลบ้างครับ", "Missing", {}),
    ("P", "อันไหนยังไม่ได้กรอกผลเด้อ", "Missing", {}),
    ("O", "ยังไม่ได้ลงผลตัวไหนบ้างคะ", "Missing", {}),
    ("P", "ตัวไหนยังไม่กรอกผลนะ", "Missing", {}),
    ("B", "kpi ตัวไหนยังว่างอยู่คะ ยังไม่มีใครกรอก", "Missing", {}),
    ("O", "ผลยังไม่ครบตัวไหนบ้างจ้ะ", "Missing", {}),
    ("P", "ของจังหวัดเรายังมีตัวชี้วัดไหนไม่ได้กรอกผลบ้างคะ", "Missing", {}),
    ("B", "สำนักเรายังเหลือตัวไหนไม่ได้รายงานผลบ้าง", "Missing", {}),
    ("O", "ตัวไหนยังไม่ใส่ผลเนาะ", "Missing", {}),
    ("P", "which KPI ยังไม่ได้ใส่ผล", "Missing", {}),
    ("P", "kpi ไหนยังไม่ได้อัปเดตผล", "Missing", {}),
    ("B", "ตัวไหนยังไม่อัพเดทผลบ้าง", "Missing", {}),
    # Whether one named indicator has its result.
    ("P", "ยาเสพติดยังไม่ได้ใส่ผลใช่ไหมคะ", "Missing", {"indicator": "4"}),
    ("B", "โอนเปลี่ยนแปลงยังไม่กรอกใช่มั้ย", "Missing", {"indicator": "3"}),
    ("O", "แต่งตั้งยังไม่ได้กรอกผลใช่ป่ะ", "Missing", {"indicator": "2"}),
    ("P", "ท่องเที่ยวรายงานแล้วยังครับ", "Missing", {"indicator": "3"}),
    ("O", "หลักสูตรสอบมีคนกรอกผลยังคะ", "Missing", {"indicator": "1"}),
    ("B", "e-Budgeting มีใครใส่ผลยัง", "Missing", {"indicator": "4"}),
    ("P", "ขยะกรอกผลแล้วหรือยังจ้ะ", "Missing", {"indicator": "2"}),
    ("P", "ท่องเที่ยวอัปเดตผลแล้วหรือยัง", "Missing", {"indicator": "3"}),
    # Whether anyone has sent it yet ("ใครส่ง…ล่าสุด" asks the history).
    ("B", "โอนเปลี่ยนแปลงมีใครกรอกผลให้แล้วบ้างคะ", "Missing", {"indicator": "3"}),
    ("P", "ยาเสพติดมีคนส่งผลแล้วหรือยัง", "Missing", {"indicator": "4"}),
    ("O", "แต่งตั้งมีใครใส่ผลแล้วยังจ้ะ", "Missing", {"indicator": "2"}),
    # Several indicators, one of the words naming alike ones: each of them.
    ("B", "ชุดข้อมูลกับ DG readiness กรอกผลหรือยังคะ", "Missing", {"indicator": ["5", "6", "7"]}),
    ("O", "Master Data กับ DG readiness มีใครส่งผลแล้วยัง", "Missing", {"indicator": ["7", "8", "9"]}),
    ("O", "จริยธรรมกับแต่งตั้งรายงานแล้วยัง", "Missing", {"indicator": ["2", "4", "5"]}),
    # Who has not moved at all, or is behind, with the asker's reason after the ask.
    ("L", "กองไหนยังไม่ขยับเลยคะ", "Missing", {}),
    ("L", "มีหน่วยไหนยังไม่เริ่มเลยบ้างครับ", "Missing", {}),
    ("L", "ค้างส่งมีใครบ้างคะ จะได้โทรตาม", "Missing", {}),
    ("L", "ใครค้างส่งบ้างอะ จะได้ไปทวง", "Missing", {}),
    # A form named in English is the step's report form.
    ("L", "ใครยังไม่ส่ง form 4 บ้าง", "Missing", {"step": "4"}),
    ("L", "กองไหนยังไม่ส่งฟอร์ม 4 คะ", "Missing", {"step": "4"}),
]

DEADLINES: list[tuple[str, str, str, dict[str, Any]]] = [
    # The report round and the result asked in organisations without steps.
    ("P", "ต้องรายงานผลรอบ 6 เดือนเมื่อไหร่คะ", "Deadlines", {}),
    ("O", "deadline ส่งผลรอบ 12 เดือนวันไหน", "Deadlines", {}),
    ("B", "ส่งผลตัวชี้วัดของสำนักถึงวันไหนครับ", "Deadlines", {}),
    ("P", "ยังทันส่งผลอยู่ไหม เหลืออีกกี่วัน", "Deadlines", {}),
    ("O", "ต้องรายงานผลภายในวันไหนจ้ะ", "Deadlines", {}),
    ("B", "รายงานผลได้ถึงเมื่อไหร่เนาะ", "Deadlines", {}),
    # A worry around the ask.
    ("L", "กลัวส่งไม่ทัน แผนต้องส่งภายในวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "กลัวไม่ทันอะ รายชื่อทีมต้องส่งเมื่อไหร่", "Deadlines", {"step": "1"}),
    ("L", "ส่งแผนได้ถึงวันไหนนะ เลยกำหนดมาแล้วยัง", "Deadlines", {"step": "3"}),
    ("L", "แบบฟอร์ม 4 ส่งเดือนไหนคะ", "Deadlines", {"step": "4"}),
    # A window's opening and closing.
    ("L", "แผนปิดรับวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "รายงานผลเปิดรับเมื่อไหร่ครับ ปิดวันไหน", "Deadlines", {"step": "4"}),
    # A month's dues, in other verbs.
    ("L", "ส.ค. ต้องส่งอะไรบ้างคะ จะได้วางแผนงาน", "Deadlines", {"month": 8}),
    ("B", "มี.ค. ต้องรายงานอะไรบ้าง", "Deadlines", {"month": 3}),
    ("O", "เดือน ก.ค. ต้องรายงานอะไรไหมคะ", "Deadlines", {"month": 7}),
]

HISTORY: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขอดูประวัติการส่งทั้งหมดของกลุ่มเราหน่อย", "History", {}),
    ("B", "ย้อนดูที่ส่งเข้ามาในกลุ่มนี้ทั้งหมดได้ไหมคะ", "History", {}),
    ("L", "ประวัติที่ส่งเข้ามาทั้งหมดของกลุ่มนี้ครับ", "History", {}),
    ("O", "history ของกลุ่มนี้", "History", {}),
]

DETAILS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้นตอนที่ 2 คืออะไรคะ ขอรายละเอียดด้วย", "StepDetails", {"step": "2"}),
    ("L", "step 4 ต้องทำอะไรบ้าง ขอรายละเอียดหน่อยครับ", "StepDetails", {"step": "4"}),
    ("L", "รายละเอียดขั้นตอนที่ 1 หน่อย ใครยังไม่ส่ง ต้องใช้อะไร", "StepDetails", {"step": "1"}),
    # What a step asks, however short, is the step's rule (the older parts' label).
    ("L", "ขั้นที่ 3 ต้องทำไรมั่ง", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอน 5 ต้องทำไรบ้างเนาะ", "RuleQuestion", {"topic": "step"}),
]

# Neighbours that must keep their reading.
KEPT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้นตอนที่ 3 ต้องทำอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอนที่ 9 ส่งเมื่อไหร่", "Deadlines", {"step": "?9"}),
    ("L", "ถ้าส่งไม่ทันจะโดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
    ("P", "ผลขยะได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ผลท่องเที่ยวใครส่งมาล่าสุดคะ", "History", {"indicator": "3"}),
    ("L", "ส่งรายงานผลเมื่อไหร่", "Deadlines", {"step": "4"}),
    # A value typed with the words of not having entered it reports the value.
    (
        "P",
        "ขยะ 52.3 ค่ะ ขอโทษที่ยังไม่ได้กรอก",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    ("O", "ก.พ. ต้องส่งอะไรบ้าง", "Deadlines", {}),  # the organisation's own name
    ("L", "ถึงไหนแล้วเด้อ กองกลาง", "Status", {"unit": "กองกลาง"}),
    ("L", "กองเราเข้าร่วมกิจกรรม 5 จาก 7 ครั้งค่ะ", "MarkStep", {"step": "2", "met": 5, "of": 7}),
]


CASES = MISSING + DEADLINES + HISTORY + DETAILS


@readings(CASES)
def test_round7_family(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(KEPT)
def test_neighbours_keep_their_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
