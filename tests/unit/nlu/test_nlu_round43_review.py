"""Round 43's review of left43, reports43 and writes43: what the new cues read wrongly.

1. "N ขั้นตอนแรก" is steps 1 to N only when N counts the steps: a number that belongs to the
   word before it ("รอบที่ 2", "ครั้งที่ 2", "ฟอร์ม 2", "ข้อ 3", "ไตรมาส 2") is no count.
2. A report told done, then who is left asked, is cut in two only when the first clause is the
   sender's report: the units that sent ("กองที่ส่งแผนแล้ว", "รายชื่อกองที่ส่ง…"), "นอกจาก…",
   hearsay ("เห็นว่า…") or every unit ("ทุกกอง…") are the question's own words.
3. The source told after a figure ("ตามที่แจ้ง…", "ตามระบบ") drops the numbers after it only
   when nothing turns after it: a correction or a contrast ("แก้เป็น 53.1", "แต่…ได้ 54.1")
   names the value.
4. The right day told after what was recorded is no history, unless the message asks.
5. Which indicators passed beside which not, of a unit named "ของกองคลัง", is that unit's.
6. The plan's dimensions edited, then another unit's fix naming a dimension ("ส่วนกองกลางจะแก้
   มิติ 3"), is no edit told apart; "ไม่ต้องรอมิติ 3" lacks no dimension.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]


CASES: list[Case] = [
    # 1. A number of the word before is no count of the first steps.
    ("L", "รอบที่ 2 ขั้นตอนแรกกองคลังส่งแล้วนะคะ", "MarkStep", {"step": "1", "unit": "กองคลัง"}),
    ("L", "ครั้งที่ 2 ขั้นตอนแรกกองคลังส่งแล้ว", "MarkStep", {"step": "1", "unit": "กองคลัง"}),
    ("L", "ฟอร์ม 2 ขั้นตอนแรกกองกลางส่งแล้วค่ะ", "MarkStep", {"step": "1", "unit": "กองกลาง"}),
    ("L", "ข้อ 3 ขั้นตอนแรกกองคลังทำแล้ว", "MarkStep", {"step": "1", "unit": "กองคลัง"}),
    ("L", "ไตรมาส 2 ขั้นตอนแรกกองคลังส่งแล้วค่ะ", "MarkStep", {"step": "1", "unit": "กองคลัง"}),
    # ... the count of the first steps stays steps 1 to N (round 43 kept).
    ("L", "กองคลังส่ง 3 ขั้นตอนแรกแล้วค่ะ", "MarkStep", {"step": ["1", "2", "3"], "unit": "กองคลัง"}),
    ("L", "กองกลางทำสองขั้นแรกเสร็จแล้วครับ", "MarkStep", {"step": ["1", "2"], "unit": "กองกลาง"}),
    # 2. The units that sent, named as the question's subject: the question alone.
    ("L", "นอกจากกองคลังที่ส่งแผนแล้ว เหลือกองไหนอีกคะ", "Missing", {}),
    ("L", "กองที่ส่งแผนเรียบร้อยแล้วค่ะ เหลือกองไหนบ้าง", "Missing", {}),
    ("L", "รายชื่อกองที่ส่งแผนแล้ว ใครยังไม่ส่งบ้าง", "Missing", {"step": "3"}),
    ("L", "แผนที่ส่งแล้ว ใครยังไม่ส่งบ้าง", "Missing", {"step": "3"}),
    ("L", "เห็นว่ากองคลังส่งแผนแล้ว ใครยังไม่ส่งบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "ทุกกองส่งรายชื่อทีมแล้ว เหลือกองไหนยังไม่ส่งแผน", "Missing", {"step": "1"}),
    # ... the sender's report, then who is left: the report first (round 43 kept).
    ("L", "กจ.ส่งแผนเรียบร้อยละค่ะ เหลือกองไหนอีกมั้ย", "MarkStep", {"step": "3", "unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองคลังส่งแผนมาแล้ว ยังเหลือกองไหนที่ยังไม่ส่ง", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    # 3. A correction or a contrast after the source: the value it names.
    ("L", "ขยะ 52.3 ตามที่แจ้งไว้เมื่อวาน แก้เป็น 53.1 ค่ะ", "SubmitValue", {"value": "53.1"}),
    ("L", "ผลขยะ 52.3 ตามระบบ แต่ที่ถูกคือ 54.1 ครับ", "SubmitValue", {"value": "54.1"}),
    ("L", "ขยะเป็น 52.3 ตามรายงาน แก้เป็น 53.1", "SubmitValue", {"value": "53.1"}),
    # ... the source alone after the figure: the figure (round 43 kept).
    (
        "L",
        "ขยะ 52.3 ตามหนังสือที่ 0123/2567",
        "SubmitValue",
        {"indicator": "?ขยะ", "value": "52.3", "raw_value": "52.3"},
    ),
    # 6. A dimension to come, of another unit or not waited for: no dimension lacking of the
    # unit edited.
    ("L", "กองคลังแก้แผนเพิ่มมิติ 2 แล้ว ส่วนกองกลางจะแก้มิติ 3", "Unknown", {}),
    ("L", "กองคลังแก้แผนเพิ่มมิติ 2 แล้วค่ะ ส่วนกองกลางเดี๋ยวเติมมิติ 3 ให้", "Unknown", {}),
    (
        "L",
        "กองคลังส่งแผนแล้วค่ะ ไม่ต้องรอมิติ 3 แล้ว",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [3]},
    ),
    # ... another unit's fix naming no dimension vetoes nothing (round 43 kept).
    (
        "L",
        "กองคลังแก้แผนเพิ่มมิติ 2 แล้วค่ะ ส่วนกองกลางจะแก้พรุ่งนี้",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [2]},
    ),
    # 5. Which passed beside which not, of a unit glued to its "ของ": that unit's overview.
    ("L", "ตัวไหนผ่านแล้ว ตัวไหนยังค้าง ของกองคลัง", "Status", {"unit": "กองคลัง"}),
    # 4. The day asked of the history, with the day thought right: the history.
    (
        "L",
        "ประวัติการส่งแผนของกองคลังบันทึกไว้วันไหนคะ ต้องเป็น 14 ม.ค. ใช่ไหม",
        "History",
        {"unit": "กองคลัง"},
    ),
    # ... the right day told: the correction (round 43 kept).
    (
        "L",
        "วันที่ส่งแผนที่บันทึกไว้ผิดค่ะ จริงๆ ส่ง 14 ม.ค.",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14"},
    ),
]


def _value_only(
    meaning: tuple[str, dict[str, Any]], slots: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    intent, got = meaning
    return intent, {k: got.get(k) for k in slots} if intent == "SubmitValue" else got


@readings(CASES)
def test_round_43_reads_as_its_review_expects(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert _value_only(settled(text, org), slots) == (intent, slots)


# 2. Who is left asked after what someone else tells was sent: no write, whatever it asks.
HEARSAY = [
    "ตามที่กองคลังส่งแผนแล้ว เหลือกองไหนอีก",
    "ที่ประชุมแจ้งว่าส่งแผนแล้ว เหลือกองไหน",
    "เห็นว่ากองคลังส่งแผนแล้ว ใครยังไม่ส่งบ้าง",
]


def test_who_is_left_after_hearsay_is_no_write() -> None:
    assert read_as_writes(HEARSAY) == []
