"""Families of team messages read through understand and settled against the organisation,
compared as the corpus compares them (``handlers.nlu.evaluation.meaning``)."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # Status: where do we stand, with particles, slang and framing around it.
    ("L", "ตอนนี้เราอยู่ตรงไหนแล้วคะ", "Status", {}),
    ("L", "สรุปให้หน่อยซิ", "Status", {}),
    ("L", "ภาพรวมทั้งสำนักงานปลัดเป็นไงบ้างครับ", "Status", {}),
    ("L", "pmqa เราไปถึงไหนแร้ว", "Status", {}),
    ("L", "ผลประเมินปี 67 ตอนนี้ได้เท่าไหร่", "Status", {}),
    ("L", "ขอดูผลทุกตัวชี้วัดหน่อยค่ะ", "Status", {}),
    ("P", "ตัวชี้วัดไหนยังไม่ผ่านบ้าง", "Status", {}),
    # What follows the sentence that asks is its context ("ใกล้ประชุมผู้บริหาร"), not a name.
    ("L", "สรุปสถานะทุกกองให้หน่อยค่ะ ใกล้ประชุมผู้บริหารแล้ว", "Status", {}),
    ("L", "ขอสรุปภาพรวมหน่อยครับ จะเอาไปรายงานผู้บริหาร", "Status", {}),
    ("P", "ขยะครับ สรุปให้หน่อย", "IndicatorQuery", {"indicator": "2"}),
    ("L", "สรุปกองคลังหน่อยค่ะ จะใช้ประชุม", "Status", {"unit": "กองคลัง"}),
    # Deadlines
    ("L", "ช่วงนี้มีอะไรต้องส่งบ้างคะ", "Deadlines", {}),
    ("L", "ต้องรายงานผลตามแผนภายในวันไหนคะ", "Deadlines", {"step": "4"}),
    (
        "P",
        "เมืองอุตสาหกรรมเชิงนิเวศต้องทำอะไรถึงผ่าน",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    ("L", "พรุ่งนี้มีอะไรต้องส่งบ้าง", "Deadlines", {}),
    ("L", "สัปดาห์หน้ามีกำหนดส่งอะไร", "Deadlines", {}),
    ("L", "ปลายเดือนนี้ต้องส่งอะไร", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "ก่อนสิ้นปีงบต้องส่งอะไรบ้าง", "Deadlines", {}),
    # Missing
    ("L", "ใครยังไม่ส่งแผนบ้างคะ ขอรายชื่อหน่อย", "Missing", {"step": "3"}),
    ("L", "กองไหนยังไม่ส่งฟอร์ม 1-3 บ้างคะ", "Missing", {"step": "3"}),
    ("L", "ขั้นตอนที่ 4 ค้างกี่หน่วยงาน", "Missing", {"step": "4"}),
    # History
    ("L", "ขอดูประวัติการบันทึกของ กนต. หน่อยครับ", "History", {"unit": "กองนิติการ"}),
    ("L", "ย้อนดูที่ส่งไปทั้งหมดได้ไหม", "History", {}),
    # Members
    ("L", "ใครเป็นทีม PMQA ของศทส.บ้างครับ", "Members", {"unit": ICT}),
    ("L", "ใครเป็นผู้ประสานงาน PMQA ของกองคลังคะ", "Members", {"unit": "กองคลัง"}),
    ("O", "ทีม PMQA ของ ก.พ. มีใครบ้าง", "Members", {}),
    # Indicators
    ("O", "แผนพัฒนาบุคลากรมีกี่ประเด็น", "IndicatorQuery", {"indicator": "3", "aspect": "items"}),
    # A measure word that starts one title is the title's; else it is the aspect asked.
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัลได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "result"},
    ),
    ("O", "คะแนนความพร้อมรัฐบาลดิจิทัล", "IndicatorQuery", {"indicator": "9"}),
    ("O", "ระดับความพร้อมรัฐบาลดิจิทัลได้ขั้นไหน", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
    ("L", "ระดับความสำเร็จได้เท่าไหร่", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("P", "คะแนนขยะได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("P", "สูตรคะแนนขยะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัล 81.25",
        "SubmitValue",
        {"indicator": "9", "value": "81.25", "raw_value": "81.25"},
    ),
    (
        "O",
        "ระดับความพร้อมรัฐบาลดิจิทัล 4",
        "SubmitValue",
        {"indicator": "8", "value": "4", "raw_value": "4"},
    ),
    # A unit named with words that name no indicator: the unit's status.
    ("L", "กจ.ได้คะแนนเต็มยังคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "สรุปคะแนนรายกองให้หน่อยครับ", "Status", {}),
    ("L", "ส่งฟอร์ม ๔ ได้ตั้งแต่วันไหนครับ", "Deadlines", {"step": "4"}),
    (
        "L",
        "ส่งแผนแล้ว ลิงก์ https://drive.google.com/drive/folders/1AbC ครับ",
        "MarkStep",
        {
            "step": "3",
            "links": ["https://drive.google.com/drive/folders/1AbC"],
            "channel": "google_drive",
        },
    ),
    ("L", "เลื่อนเตือนแผนไปพรุ่งนี้", "PostponeReminder", {"step": "3"}),
    ("L", "เลื่อนเตือนขั้นตอนที่ 4 ออกไป 1 วัน", "PostponeReminder", {"step": "4"}),
    ("L", "เลื่อนเตือน 1 วัน", "PostponeReminder", {}),
    ("L", "เลื่อนการเตือนออกไปอีกวัน", "PostponeReminder", {}),
    # A day of the month alone is a date: the step was sent then, no value for anything.
    ("L", "แผนส่งไปวันที่ 13 ค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-13"}),
    ("L", "ตอนนี้มีกี่กองที่ส่งแผนแล้ว", "Missing", {"step": "3"}),
    ("L", "ส่งแผนแล้วกี่กอง", "Missing", {"step": "3"}),
    ("P", "ภาพรวมปทุม", "Status", {}),
    ("B", "สำนักงบประมาณได้กี่คะแนน", "Status", {}),
    ("O", "ใครยังไม่ส่งผล DG", "Missing", {"indicator": ["8", "9"]}),
    ("L", "ขั้นตอนที่ 5 บรรลุ 8/8", "MarkStep", {"step": "5", "met": 8, "of": 8}),
    # English and mixed
    ("L", "status please", "Status", {}),
    ("L", "next deadline", "Deadlines", {}),
    ("L", "who hasn't submitted", "Missing", {}),
    ("L", "members", "Members", {}),
    # History in other words
    ("P", "ใครแก้ผลล่าสุด", "History", {}),
    ("L", "ขอดูข้อมูลที่ส่งไปแล้วทั้งหมด", "History", {}),
    # A round named by its months is no value
    ("L", "ส่งรายงานผลการดำเนินงาน 6 เดือนแล้ว", "MarkStep", {"step": "4"}),
    (
        "L",
        "บันทึกผล PMQA ของกองคลัง 400",
        "SubmitValue",
        {"indicator": "1", "value": "400", "raw_value": "400", "unit": "กองคลัง"},
    ),
    ("P", "อุตสาหกรรมเชิงนิเวศผ่านกี่ระดับ", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    # Steps stated with their documents
    ("L", "ส่งรายงานผลแล้ว แต่เอกสารยังไม่ครบครับ", "MarkStep", {"step": "4", "documents": "incomplete"}),
    ("L", "ส่งแผนพร้อมเอกสารประกอบครบแล้วค่ะ", "MarkStep", {"step": "3", "documents": "complete"}),
]


@readings(CASES)
def test_a_family_member_is_read_and_settled(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
