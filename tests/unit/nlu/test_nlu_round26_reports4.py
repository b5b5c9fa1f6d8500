"""Round 26 (reports4): steps told done in few words, and replies said with a feeling.

1. A deliverable told done in English ("แผน done แล้วค้าบ", "รายชื่อทีม done แล้วครับ"): the
   step, as "เสร็จแล้ว" tells it.
2. The plan told sent, then the colleague's mail it went to ("ส่งแผนแล้วนะคะ ส่งทางอีเมลพี่ต๋อย
   ไป"): a step sent by email, as when the unit is named; a draft or a file sent for a look,
   or with nothing told sent before the mail, is still no report.
3. An acknowledgement after how one feels ("เหนื่อยมากก แต่ก็รับทราบค่ะ"): small talk.
Near misses: questions about the same things stay questions, chatter stays no write.
"""

from __future__ import annotations

from typing import Any

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Done in English.
DONE_IN_ENGLISH: list[Case] = [
    ("L", "แผน done แล้วค้าบ", "MarkStep", {"step": "3"}),
    ("L", "แผน done แล้วครับ", "MarkStep", {"step": "3"}),
    ("L", "แผนพัฒนาหน่วยงาน done แล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "รายชื่อ done แล้วครับ", "MarkStep", {"step": "1"}),
    ("L", "แผนกองคลัง done แล้วนะคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]
DONE_ASKED = [
    ("L", "แผน done ยังคะ"),
    ("L", "แผน done หรือยังครับ"),
    ("L", "แผนกองคลัง done แล้วหรือยัง"),
    ("L", "รายชื่อ done ยัง"),
]

# (2) Sent to a colleague's mail, told after the report.
MAILED: list[Case] = [
    ("L", "ส่งแผนแล้วนะคะ ส่งทางอีเมลพี่ต๋อยไป", "MarkStep", {"step": "3", "channel": "email"}),
    ("L", "ส่งแผนแล้วครับ ส่งทางเมลพี่หนึ่งไป", "MarkStep", {"step": "3", "channel": "email"}),
    ("L", "ส่งรายชื่อทีมแล้วค่ะ ส่งเข้าเมลพี่ต้อม", "MarkStep", {"step": "1", "channel": "email"}),
    # The unit named, as before.
    (
        "L",
        "กองคลังส่งไฟล์แผนเข้าเมลพี่ต๋อยแล้วค่ะ ยังไม่ได้อัปไดรฟ์",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email"},
    ),
]
MAILED_NOT_REPORTED = [
    ("L", "พี่ต้อมคะ ไฟล์แบบฟอร์ม 3 ที่แก้แล้วหนูส่งเข้าเมลพี่นะคะ"),
    ("L", "ส่งไฟล์ผลสำรวจความพึงพอใจเข้าเมลพี่แล้วนะคะ"),
    ("L", "ร่างแผนเสร็จแล้วนะคะ ส่งทางเมลพี่ต๋อยไปตรวจก่อน"),
    ("L", "พี่คะ สไลด์ประชุมวันที่ 20 ธ.ค. หนูส่งเข้าเมลพี่แล้วนะคะ"),
]
MAILED_ASKED: list[Case] = [
    ("L", "ส่งแผนแล้ว ส่งทางอีเมลพี่ต๋อยได้ไหมคะ", "", {}),
    ("L", "ส่งเป็นไฟล์ word ทางอีเมลพี่ต๋อยได้ไหมคะ", "", {}),
]

# (3) A feeling, then the acknowledgement.
FELT_ACK = [
    ("L", "เหนื่อยมากก แต่ก็รับทราบค่ะ"),
    ("L", "เหนื่อยจัง แต่ก็รับทราบครับ"),
    ("L", "ปวดหัวมาก แต่รับทราบค่ะ"),
    ("L", "ง่วงมาก แต่ก็รับทราบนะคะ"),
]
FELT_NOT_ACK: list[Case] = [
    ("L", "เหนื่อยมาก แต่ก็ส่งแผนแล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "เหนื่อยมาก แต่รับทราบแล้ว ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
]


@readings(DONE_IN_ENGLISH + MAILED)
def test_steps_told_done(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings([(org, text, "", {}) for org, text in DONE_ASKED])
def test_done_asked_is_no_write(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


@readings(MAILED_ASKED)
def test_questions_stay_questions(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) == "question"


@readings([(org, text, "", {}) for org, text in MAILED_NOT_REPORTED])
def test_files_for_colleagues_are_no_report(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


@readings([(org, text, "SmallTalk", {"kind": "ack"}) for org, text in FELT_ACK] + FELT_NOT_ACK)
def test_acknowledged_with_a_feeling(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
