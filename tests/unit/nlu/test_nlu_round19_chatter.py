"""Round 19 (fx-chat): chatter and mixed-language step reports of dev_fresh45-47.

Small talk with a remark after it ("รับทราบครับ จะเร่งประสานหน่วยงานที่เกี่ยวข้องให้", "บอทเก่ง
จริง จำได้หมดว่ากองไหนยังไม่ส่ง", "ขอบคุณค่ะ เห็นแล้วว่าค้างตัวไหน") was read as nothing or as a
question; a newcomer naming the office whose work they took on was read as an indicator; an
English unit name without its "Division" was no unit, "dimensions" no มิติ, and a count of the
links sent ("2 ลิงก์ …") a value; a check result told with who checked ("พี่ กพร. ตรวจแผน
กองกลางแล้ว บอกว่าผ่าน") or where it was heard ("…ได้ข่าวจากพี่กพร.") was read as nothing, and
"รายชื่อทีมของ กจ. ผ่าน…" as a question for the team. Near misses: what asks stays a question."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # An ack with a plan; "เกี่ยวข้อง" holds no asking "กี่".
    ("L", "รับทราบค่ะ จะประสานกองที่เกี่ยวข้องต่อให้นะคะ", "SmallTalk", {"kind": "ack"}),
    ("L", "ครับผม เดี๋ยวพรุ่งนี้ผมไปตามกองกลางให้", "SmallTalk", {"kind": "ack"}),
    # Praise with what the bot knows, said after "ว่า"; praise of its summary.
    ("L", "บอทเก่งมาก รู้หมดเลยว่าใครยังไม่ส่งแผน", "SmallTalk", {"kind": "praise"}),
    ("L", "โห ตอบให้ซะละเอียดเลย ชอบครับ", "SmallTalk", {"kind": "praise"}),
    # Laughter at the bot's work.
    ("L", "5555 น้องบอทเตือนตรงเวลาเป๊ะเลย", "SmallTalk", {"kind": "laugh"}),
    # Thanks, with what the sender sees now.
    ("L", "ขอบคุณครับ รู้แล้วว่าต้องตามกองไหน", "SmallTalk", {"kind": "thanks"}),
    # A newcomer naming whose work they took on.
    ("O", "สวัสดีค่ะ ดิฉันเพิ่งย้ายมาดูแลตัวชี้วัดของ ก.พ. ค่ะ", "SmallTalk", {"kind": "greeting"}),
    (
        "O",
        "เรียนทุกท่าน ดิฉันเพิ่งมารับงาน PMQA ของสำนักงาน ก.พ. ฝากเนื้อฝากตัวด้วยค่ะ",
        "SmallTalk",
        {"kind": "greeting"},
    ),
    # English: dimensions, a unit's name without its kind word, links counted.
    (
        "L",
        "Finance Division submitted the plan via Drive yesterday ครบ 3 dimensions",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองคลัง",
            "channel": "google_drive",
            "done_on": "2025-01-14",
            "dims": [1, 2, 3],
        },
    ),
    ("L", "Legal Affairs ส่งแผนแล้วครับ", "MarkStep", {"step": "3", "unit": "กองนิติการ"}),
    ("L", "แผนของ Personnel ส่งแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองการเจ้าหน้าที่"}),
    (
        "L",
        "แผนของ ไอที ส่งแล้ว 2 ลิงก์ https://drive.google.com/drive/folders/aA1 "
        "https://drive.google.com/drive/folders/bB2",
        "MarkStep",
        {
            "step": "3",
            "unit": IT,
            "channel": "google_drive",
            "links": [
                "https://drive.google.com/drive/folders/aA1",
                "https://drive.google.com/drive/folders/bB2",
            ],
        },
    ),
    # "submit" glued to Thai; laughter between two clauses is no figure.
    ("L", "submitแผนละค่ะ ส่งทางmail", "MarkStep", {"step": "3", "channel": "email"}),
    (
        "L",
        "กองคลังส่งแผนแล้วค่ะ แต่ลืมแนบไฟล์ 5555 เดี๋ยวส่งใหม่",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "documents": "missing"},
    ),
    # The colleague mailed at a unit is no sender.
    (
        "L",
        "กองคลังส่งแผนทางเมลไปหาพี่ที่ กพร. แล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email"},
    ),
    # ... but a figure before a promise stays the figure.
    (
        "P",
        "ขยะ 555 เดี๋ยวส่งเอกสารตาม",
        "SubmitValue",
        {"indicator": "2", "value": "555", "raw_value": "555"},
    ),
    # A check result told with who checked or where it was heard from.
    (
        "L",
        "กพร. ตรวจแผนกองคลังแล้ว บอกว่าผ่านครับ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "passed": True},
    ),
    (
        "L",
        "แผนกองคลังผ่านแล้ว ได้ข่าวจากพี่กพร.ค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "passed": True},
    ),
    (
        "L",
        "ได้รับแจ้งจาก กพร. ว่ารายชื่อทีมของกองคลังผ่านแล้วค่ะ",
        "MarkStep",
        {"step": "1", "unit": "กองคลัง", "passed": True},
    ),
]


@readings(CASES)
def test_read(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# Near misses: questions stay questions, never writes nor small talk.
NEAR_MISSES = [
    "แผนกองกลางผ่านแล้วหรือยัง",
    "Has IT submitted the plan?",
    "บอทเก่งมาก รู้ไหมว่าใครยังไม่ส่งแผน",
    "ขอบคุณครับ แล้วกองไหนยังไม่ส่งบ้าง",
    "Legal Affairs ส่งแผนแล้วหรือยัง",
    "หน่วยงานที่เกี่ยวข้องมีกี่หน่วย",
    "พี่ กพร. ตรวจแผนกองกลางแล้ว บอกว่าผ่านไหม",
    "รายชื่อทีมของกองคลังผ่านไหม",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_asks(text: str) -> None:
    intent, _ = settled(text)
    assert intent != "SmallTalk"
    assert category(intent, {}) != "write"
