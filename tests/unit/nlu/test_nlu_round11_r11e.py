"""Issue 9, round 11 (r11e): the second half of the fiscal year (steps 4-5, results reports,
the year's close) and newcomers asking how things work. "ปิดปี" naming what belongs to the
close (its slides, scores, report) or the reason for something else is no close. Each is read
through ``understand`` and settled against a seed organisation, like the corpus."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_FIN = "กองคลัง"
_MID = "กองกลาง"
_LAW = "กองนิติการ"

Case = tuple[str, str, str, dict[str, Any]]

# "ปิดปี" after a noun it qualifies (slides, scores, a report of the close), "ใกล้ปิดปี", a
# score the year closed at, or the close given as a reason: the message is what it asks.
YEAR_CLOSE_NAMED: list[Case] = [
    ("L", "ขอบคุณมากค่ะ เดี๋ยวเอาไปทำสไลด์ปิดปีต่อนะคะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณครับ ได้ข้อมูลครบแล้ว เอาไปใส่สไลด์ปิดปีต่อ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอกราฟคะแนนปิดปีหน่อยครับ", "Chart", {}),
    ("B", "ขอ chart ผลปิดปีหน่อยค่ะ", "Chart", {}),
    ("L", "หัวหน้าให้แก้สไลด์ปิดปีอีกรอบครับ", "Unknown", {}),
    ("L", "ปิดสรุปรายสัปดาห์ก่อนนะครับ ปิดปีแล้ว", "ReminderSettings", {"action": "digest_off"}),
    ("L", "ภาพรวมปิดปีได้เท่าไหร่คะ", "Status", {}),
    ("P", "ปิดปีได้คะแนนรวมเท่าไหร่ครับ", "Status", {}),
    ("L", "ใกล้ปิดปีแล้ว กองคลังคะแนนเท่าไหร่แล้วคะ", "Status", {"unit": _FIN}),
    ("L", "ปิดปีงบ 2568 ได้เลยครับ", "CloseYear", {"year": 2568}),
    ("L", "ขอปิดปีงบประมาณค่ะ", "CloseYear", {}),
]


@readings(YEAR_CLOSE_NAMED)
def test_round11_r11e(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
