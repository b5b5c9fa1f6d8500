"""Issue 9, round 16 (fixD): hesitant reports, chat between members, questions put briefly.

A report wrapped in doubt about its own wording or about the bot ("ไม่แน่ใจว่าพิมพ์แบบนี้ถูก
ไหม…", "…ไม่แน่ใจว่าบอทจะบันทึกให้ไหม") is still a report; doubt about the data, or a report
asked about, stays a question (dev_fresh34 gi105 gi113 gi142 gi146).
"""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# The doubt is about how the message was typed, or whether the bot takes it: the report stands.
HESITANT_REPORTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไม่แน่ใจว่ากรอกแบบนี้ถูกไหมครับ กองนิติการส่งรายชื่อทีมแล้ว", "MarkStep",
     {"step": "1", "unit": "กองนิติการ"}),
    ("L", "กองกลางส่งรายงานผลแล้วค่ะ ไม่แน่ใจว่าน้องบอทจะรับไหม", "MarkStep",
     {"step": "4", "unit": "กองกลาง"}),
    ("L", "หนูไม่แน่ใจว่าพิมพ์แบบนี้ได้ไหมนะคะ ศทส.ส่งแผนทางอีเมลแล้ว", "MarkStep",
     {"step": "3", "unit": IT, "channel": "email"}),
    ("L", "ไม่แน่ใจว่าแบบนี้โอเคไหมคะ กองการเจ้าหน้าที่ส่งแผนเรียบร้อยแล้ว", "MarkStep",
     {"step": "3", "unit": "กองการเจ้าหน้าที่"}),
    ("L", "ส่งแผนทางไดรฟ์เมื่อวานค่ะ ไม่แน่ใจว่าบอทจะบันทึกให้มั้ย", "MarkStep",
     {"step": "3", "channel": "google_drive", "done_on": "2025-01-14"}),
    ("L", "ไม่แน่ใจว่าพิมพ์แบบนี้ถูกไหมคะ? กองคลังส่งแผนแล้วค่ะ", "MarkStep",
     {"step": "3", "unit": "กองคลัง"}),
    ("P", "ส่งผลยาเสพติด 77.5 ครับ ไม่แน่ใจว่าพิมพ์ถูกไหม", "SubmitValue",
     {"indicator": "4", "value": "77.5", "raw_value": "77.5"}),
    ("P", "ขยะ 49.8 ค่ะ พิมพ์แบบนี้ถูกไหมคะ", "SubmitValue",
     {"indicator": "2", "value": "49.8", "raw_value": "49.8"}),
]  # fmt: skip

# The data doubted, a report asked about, or nothing but the doubt: never a write.
DOUBTS_THAT_ASK = [
    "ไม่แน่ใจว่าพิมพ์แบบนี้ถูกไหม กองคลังส่งแผนแล้วหรือยังคะ",
    "ไม่แน่ใจว่ากองคลังส่งแผนแล้วหรือยัง",
    "กองกลางส่งแผนแล้วใช่ไหมคะ",
    "ส่งแผนทางอีเมล ไม่แน่ใจว่าแบบนี้ถูกไหม",
    "ไม่แน่ใจว่าบอทบันทึกแผนกองคลังไว้หรือยัง",
    "ไม่แน่ใจว่าพิมพ์แบบนี้ถูกไหม",
    "ไม่แน่ใจว่าต้องส่งแผนทางไดรฟ์ไหม",
    "ไม่แน่ใจว่าใส่ถูกไหม ส่งผลขยะไปแล้วหรือยังนะ",
    "กองคลังส่งแผนแล้วค่ะ? ไม่แน่ใจว่าพิมพ์ถูกไหม",
    "ขยะ 49.8 ไม่แน่ใจว่าถูกไหม",
    "ไม่แน่ใจว่าใส่ค่าขยะถูกไหม ตอนนี้ขยะได้เท่าไหร่",
]


@readings(HESITANT_REPORTS)
def test_a_report_doubting_its_wording_is_still_a_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", DOUBTS_THAT_ASK)
def test_a_doubt_about_the_data_is_never_a_write(text: str) -> None:
    assert category(*settled(text, "P")) != "write"
    assert category(*settled(text, "L")) != "write"
