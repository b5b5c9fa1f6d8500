"""Round 25, two questions read as writes on dev_fresh78's arrival.

1. "ราชการ 4.0" (without ระบบ) is the plan's version, as "ระบบราชการ 4.0" and "PMQA 4.0" are:
   "ตัวชี้วัดราชการ 4.0 ครับ" asks about indicator 1 (it was a value of 4.0 stored for it).
2. What one must do or make ("ต้องทำสไลด์รายงาน…", "ต้องทำรายงานผลส่ง กพร. วันนี้") is nothing
   done: a status asked "ณ วันนี้" with such a reason after it was step 1 marked sent today.
Near misses: a figure after the version ("ราชการ 4.0 ได้ 4.5") and a report made and sent
("ทำรายงานผลส่ง กพร. แล้ววันนี้") stay writes.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

QUESTIONS = [
    ("L", "ตัวชี้วัดราชการ 4.0 ครับ", "IndicatorQuery", {"indicator": "1"}),
    ("L", "KPI ราชการ 4.0", "IndicatorQuery", {"indicator": "1"}),
    ("L", "ตัวชี้วัดขับเคลื่อนราชการ 4.0 ครับ", "IndicatorQuery", {"indicator": "1"}),
    (
        "L",
        "รบกวนน้องบอทสรุปสถานะ PMQA ณ วันนี้ให้หน่อยค่ะ พอดีต้องทำสไลด์รายงานท่านผู้ตรวจฯ",
        "Status",
        {},
    ),
    ("L", "สรุปสถานะ ณ วันนี้ค่ะ ต้องเตรียมรายงานผู้บริหาร", "Status", {}),
]
NOT_WRITES = [
    ("L", "ต้องทำรายงานผลส่ง กพร. วันนี้"),
    ("L", "พรุ่งนี้ต้องจัดทำแผนส่งกองคลัง"),
]
WRITES = [
    (
        "L",
        "ตัวชี้วัดราชการ 4.0 ได้ 4.5",
        "SubmitValue",
        {"indicator": "1", "value": "4.5", "raw_value": "4.5"},
    ),
    (
        "L",
        "ทำรายงานผลส่ง กพร. แล้ววันนี้",
        "MarkStep",
        {"step": "4", "done_on": "2025-01-15", "unit": "กลุ่มพัฒนาระบบบริหาร"},
    ),
    (
        "L",
        "กองคลังทำแผนเสร็จแล้ว ส่งวันนี้",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-15", "unit": "กองคลัง"},
    ),
]


@readings(QUESTIONS + WRITES)
def test_the_readings(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings([(org, text, "", {}) for org, text in NOT_WRITES])
def test_what_one_must_do_is_no_write(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"
