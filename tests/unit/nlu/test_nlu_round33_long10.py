"""Round 33 (long10): long messages whose background comes before the request.

A newcomer's context ("หนูเพิ่งย้ายมาอยู่ทีมคุณภาพ…", "เพิ่งเข้าทีม PMQA ของกองคลัง…",
"ได้รับมอบหมายให้ตามเอกสารแทนพี่…", "พี่ที่ดูแลเดิมย้ายไปแล้ว"), an order given in a meeting
("ท่านรองปลัดกำชับในที่ประชุมว่า…", "ผอ. ย้ำว่าห้ามส่งเลยกำหนด"), a boss's question passed on
("ท่านปลัดถามในที่ประชุมเมื่อเช้าว่า…") and a story closed by "…หนูเลยอยากขอดู…" or the formal
"…จึงเรียนมาเพื่อโปรดสรุป…" are background: the request is read with its own slots, and the
background's words (a unit the newcomer joined, "ที่ประชุม", "ตาม") never override it.
"""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import TODAY
from handlers.registry import offered_back, understand
from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) A newcomer's or a handover's context before the request (or after a short question).
NEWCOMER: list[Case] = [
    (
        "B",
        "สวัสดีค่ะ หนูเพิ่งย้ายมาอยู่ทีมคุณภาพของสำนักงบประมาณค่ะ ขอดูผลทุกตัวชี้วัดหน่อยนะคะ",
        "Status",
        {},
    ),
    (
        "P",
        "สวัสดีครับ ผมเพิ่งย้ายมาอยู่กลุ่มงานยุทธศาสตร์ครับ ตัวชี้วัดจังหวัดภาพรวมเป็นยังไงบ้างครับ",
        "Status",
        {},
    ),
    (
        "L",
        "หนูเพิ่งเข้าทีม PMQA ของกองคลังค่ะ ยังงงๆ อยู่ ขอดูหน่อยค่ะว่ากองคลังถึงขั้นตอนไหนแล้ว",
        "Status",
        {"unit": "กองคลัง"},
    ),
    (
        "L",
        "พอดีผมได้รับมอบหมายให้ช่วยตามเอกสารแทนพี่แอนครับ ขอรายชื่อกองที่ยังไม่ส่งแผนหน่อยครับ",
        "Missing",
        {"step": "3"},
    ),
    (
        "L",
        "พี่ที่ดูแลเดิมย้ายไปแล้วค่ะ ขอดูประวัติการส่งของกองคลังหน่อยค่ะ",
        "History",
        {"unit": "กองคลัง"},
    ),
    # Near misses: a newcomer's greeting alone, and a registration after it, keep their reading.
    (
        "L",
        "สวัสดีค่ะ หนูเพิ่งย้ายมาอยู่กองคลังค่ะ ขอลงทะเบียนกองคลังด้วยค่ะ",
        "RegisterUnit",
        {"unit": "กองคลัง"},
    ),
    ("L", "สวัสดีค่ะ หนูเพิ่งย้ายมาอยู่ทีมนี้ค่ะ ฝากตัวด้วยนะคะ", "SmallTalk", {"kind": "greeting"}),
]

# (2) An order or a remark given in a meeting, then the question.
MEETING_REMARK: list[Case] = [
    (
        "L",
        "ท่านรองปลัดกำชับในที่ประชุมว่าต้องส่งให้ครบค่ะ ตอนนี้ค้างส่งกี่กองคะ",
        "Missing",
        {},
    ),
    (
        "L",
        "ผอ. ย้ำในที่ประชุมว่าห้ามส่งช้าเด็ดขาดครับ ขอทราบวันสุดท้ายของการส่งแผนครับ",
        "Deadlines",
        {"step": "3"},
    ),
    # Near miss: what the meeting decided, told with nothing asked, asks nothing.
    ("L", "ท่านรองปลัดกำชับในที่ประชุมว่าต้องส่งแผนให้ครบทุกกองครับ", "Unknown", {}),
]

# (3) A boss's question passed on, then a favour asked of the bot.
PASSED_ON: list[Case] = [
    (
        "L",
        "ท่านปลัดถามในที่ประชุมเมื่อเช้าว่ากองไหนยังไม่ส่งอะไรบ้าง รบกวนบอทเช็คให้หน่อยค่ะ",
        "Missing",
        {},
    ),
    (
        "L",
        "ท่าน ผอ.กองคลัง ถามมาเมื่อเช้าว่ากองเราได้กี่คะแนนแล้ว รบกวนบอทสรุปของกองคลังให้หน่อยครับ",
        "Status",
        {"unit": "กองคลัง"},
    ),
    # The boss's question told later in the story, then a favour asked of the bot by name.
    (
        "O",
        "วันนี้มีคณะจาก ก.พ.ร. มาคุยเรื่องการประเมิน แล้วท่านรองเลขาธิการถามว่าปีนี้เราผ่านไปแล้ว"
        "กี่ตัวชี้วัด ผมตอบไม่ถูกเลย รบกวนบอทเช็คให้หน่อยครับว่าผ่านกี่ตัว",
        "Status",
        {},
    ),
    # Near miss: the boss's question passed on with nothing after it is read as it was.
    (
        "P",
        "ผู้ว่าฯ ถามมาว่าขยะได้เท่าไหร่แล้วครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
]

# (4) A story closed by "…เลยอยากขอ…" or the formal "…จึงเรียนมาเพื่อโปรด…": what follows it.
SO_I_ASK: list[Case] = [
    (
        "P",
        "เมื่อวานท่านรองผู้ว่าฯ ถามถึงเรื่องขยะกับยาเสพติด หนูเลยอยากขอดูภาพรวมทุกตัวชี้วัดก่อนค่ะ",
        "Status",
        {},
    ),
    (
        "O",
        "เรียนทีม PMQA ด้วยผู้บริหารประสงค์จะทราบผลตัวชี้วัดทั้งหมด จึงเรียนมาเพื่อโปรดสรุปสถานะภาพรวม",
        "Status",
        {},
    ),
    # Near miss: "เพื่อโปรดทราบ" informs, asking nothing of the bot: never a question.
    ("L", "กองคลังส่งแผนแล้ว จึงเรียนมาเพื่อโปรดทราบ", "Unknown", {}),
]

# (5) What others sent (or did not), or what the asker is working on, before the question.
WORK_TOLD: list[Case] = [
    (
        "P",
        "อำเภอยังส่งข้อมูลมาไม่ครบเลยครับ ส่งผลตัวชี้วัดจังหวัดได้ถึงวันไหนครับ",
        "Deadlines",
        {},
    ),
    (
        "P",
        "บางอำเภอบอกว่าส่งแล้วแต่ยังไม่เห็นในไฟล์ค่ะ ใครยังไม่ส่งผล e-Service คะ",
        "Missing",
        {"indicator": "5"},
    ),
    (
        "L",
        "หนูกำลังทำแผนงานทั้งปีของกองค่ะ ขั้นตอนที่ 4 ต้องเสร็จเมื่อไหร่คะ",
        "Deadlines",
        {"step": "4"},
    ),
    # Near miss: a part of a report still to come is the report's.
    (
        "L",
        "กองคลังส่งแผนแล้วนะคะ มีมิติ 1 กับ 3 ค่ะ มิติ 2 กำลังทำ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 3]},
    ),
]

ALL = NEWCOMER + MEETING_REMARK + PASSED_ON + SO_I_ASK + WORK_TOLD


@readings(NEWCOMER)
def test_a_newcomers_context_leaves_the_request_and_its_slots(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MEETING_REMARK)
def test_an_order_given_in_a_meeting_is_background(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PASSED_ON)
def test_a_bosss_question_passed_on_is_read_without_the_meeting(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SO_I_ASK)
def test_what_follows_so_i_would_like_is_the_request(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WORK_TOLD)
def test_what_others_sent_or_the_asker_works_on_is_background(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (7) A short check of what the sender believes, then the rule asked after it.
CHECK_THEN_ASK: list[Case] = [
    ("L", "ขั้นตอนที่ 5 นับจากตัวชี้วัดในแผนใช่มั้ยคะ ต้องบรรลุกี่ตัวคะ", "RuleQuestion", {"topic": "thresholds"}),
    (
        "L",
        "ขั้นตอนที่ 4 ต้องส่งผ่าน drive ใช่ไหมคะ ส่งช้าโดนหักเท่าไหร่",
        "RuleQuestion",
        {"topic": "deductions"},
    ),
    # Near miss: with no check, the first rule asked stays.
    ("L", "ส่งช้าโดนหักกี่คะแนนคะ ส่งทางอีเมลได้ไหม", "RuleQuestion", {"topic": "deductions"}),
]


@readings(CHECK_THEN_ASK)
def test_a_check_then_the_rule_asked_is_the_rule_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (6) A newcomer asking whether they may register right here: the registration, offered back.
REGISTER_HERE = [
    ("L", "หนูอยู่กองคลังค่ะ เพิ่งเข้าทีม PMQA ลงทะเบียนที่นี่ได้มั้ยคะ", "กองคลัง"),
    ("L", "ผมอยู่กองกลางครับ เพิ่งได้รับแต่งตั้ง ลงทะเบียนตรงนี้เลยได้ไหมครับ", "กองกลาง"),
]


@pytest.mark.parametrize(("org", "text", "unit"), REGISTER_HERE)
def test_registering_right_here_asked_is_the_registration_offered_back(
    org: str, text: str, unit: str
) -> None:
    assert settled(text, org) == ("RegisterUnit", {"unit": unit})
    assert offered_back(understand(text, today=TODAY))  # a card to tap, nothing stored at once


def test_registering_here_asked_with_no_unit_told_is_no_registration() -> None:
    assert settled("ลงทะเบียนตรงนี้ได้ไหมครับ")[0] != "RegisterUnit"


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
