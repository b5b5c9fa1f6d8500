"""Round 26, from a review of round 25's diff: chatter read as writes and reports lost.

1. Taking back what one told ("ยกเลิกที่บอกว่า…") is an undo only of a report of the plan's
   work (a step, a plan, a result, a list, a form): a meeting room set up, a colleague's
   lateness, lunch, a car, a leave form were undos that would withdraw a real entry.
2. A move to a unit named without its dot registers only a unit's name of the plan's words
   ("ย้ายมาอยู่นิติการแล้ว"): bare consonants ("ย้ายมาอยู่ กทม แล้วค่ะ", "ผมย้ายไป ตจว แล้วครับ")
   are a city, a province, a hospital, never a unit.
3. A duration is a value where an indicator measures time: "ระยะเวลา 15 วัน", "ใช้เวลา 3 วัน",
   "เฉลี่ย 12 นาทีต่อราย" ("เวลา" inside a word is no clock; minutes and hours may be a result).
4. "ส่งแผนที่ไปปรับ…แล้ว" is the plan that went to be revised, no map.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

NOT_WRITES = [
    ("L", "ยกเลิกที่บอกว่าห้องประชุมจัดเสร็จแล้วนะคะ ยังไม่เสร็จค่ะ"),
    ("L", "ขอถอนที่บอกว่าพี่หนึ่งส่งช้านะคะ ขอโทษค่ะ"),
    ("L", "ขอยกเลิกที่แจ้งว่าอาหารกลางวันเสร็จแล้วนะคะ"),
    ("L", "ขอยกเลิกที่บอกว่าส่งใบลาแล้วนะคะ"),
    ("L", "ย้ายมาอยู่ กทม แล้วค่ะ"),
    ("L", "ผมย้ายไป ตจว แล้วครับ"),
    ("L", "ย้ายมาอยู่ รพ ใหม่แล้ว"),
]
KEPT = [
    ("L", "ขอยกเลิกที่บอกว่าส่งแผนแล้วนะคะ จริงๆ ยังไม่ได้อัปโหลด", "Undo", {}),
    ("L", "หนูย้ายมาอยู่นิติการแล้วนะคะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    (
        "P",
        "e-Service ระยะเวลา 15 วัน",
        "SubmitValue",
        {"indicator": "5", "value": "15", "raw_value": "15"},
    ),
    (
        "P",
        "e-Service ใช้เวลา 3 วัน",
        "SubmitValue",
        {"indicator": "5", "value": "3", "raw_value": "3"},
    ),
    ("L", "ส่งแผนที่ไปปรับตามคอมเมนต์แล้วค่ะ", "MarkStep", {"step": "3"}),
]


@readings([(org, text, "", {}) for org, text in NOT_WRITES])
def test_chatter_is_no_write(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


@readings(KEPT)
def test_the_families_keep_their_readings(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
