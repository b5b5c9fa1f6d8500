"""Issue 9, round 16 (fixD): hesitant reports, chat between members, questions put briefly.

A report wrapped in doubt about its own wording or about the bot ("ไม่แน่ใจว่าพิมพ์แบบนี้ถูก
ไหม…", "…ไม่แน่ใจว่าบอทจะบันทึกให้ไหม") is still a report; doubt about the data, or a report
asked about, stays a question (dev_fresh34 gi105 gi113 gi142 gi146).

Chat between members that names indicators or forms is not for the bot: whether an outside
body sent its figures in, a figure waiting on one, a meeting called with its room, a file asked
of whoever has one or whether it opens for others, work handed to the group, news of the rules
changing, a colleague's birthday (dev_fresh34 gi197 gi198 gi200 gi201 gi203 gi204 gi207,
dev_fresh33 gh223). The bot's own questions put the same way stay the bot's.

Questions put briefly: an indicator named alone by a short form of its title ("หลักเกณฑ์
แต่งตั้ง", "คู่มือแผนพัฒนาบุคลากร": the manual an indicator makes is no manual of the bot), what a
step means ("ขั้นตอนที่ 5 หมายถึงอะไร": its rule, not its deadline), what a unit sent asked to be
looked at ("ขอดูว่า…ส่งอะไรไปแล้วบ้าง": the history), a short summary ("ขอสรุปภาพรวมสั้นๆ"), a
unit's status asked in detail in formal words (dev_fresh33 gh009 gh035 gh072 gh228 gh234,
dev_fresh34 gi004).
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
    ("P", "ส่งผลขยะ 51.7 ค่ะ หนูพิมพ์ถูกไหมคะ", "SubmitValue",
     {"indicator": "2", "value": "51.7", "raw_value": "51.7"}),
    ("L", "กองกลางส่งแผนแล้วค่ะ บอทเข้าใจไหมคะ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
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
    "ขยะ 50.4 ใส่ถูกมั้ย",
    "พิมพ์ถูกไหม กองคลังส่งแผนหรือยัง",
    "ส่งแผนทางอีเมล บอทบันทึกให้ไหม",
]

# Said to colleagues: no reading for the bot.
MEMBERS_CHAT: list[tuple[str, str]] = [
    ("P", "พี่คะ ผลท่องเที่ยวไตรมาสนี้สนง.สถิติส่งมาหรือยังคะ"),
    ("P", "อำเภอส่งตัวเลขขยะมาครบยังครับ"),
    ("P", "น้องฝน ผลขยะรอท้องถิ่นจังหวัดก่อนนะ อย่าเพิ่งส่ง"),
    ("L", "พรุ่งนี้ 10 โมงประชุมทีมแผนที่ห้อง 4 นะครับ"),
    ("L", "เช้านี้ประชุมเรื่องตัวชี้วัดห้องประชุม 2 นะคะ ทุกท่าน"),
    ("L", "ใครมีตัวอย่างแผนพัฒนามิติที่ 3 ของปีก่อนบ้างคะ"),
    ("L", "พี่ๆ ใครมีเอกสารรายงานผลขั้นตอนที่ 4 ปีที่แล้วบ้าง"),
    ("L", "ฝากน้องๆ ช่วยกันเช็ครายชื่อทีมอีกรอบนะคะ"),
    ("L", "ช่วยกันอ่านแผนมิติที่ 1 หน่อยนะทุกคน"),
    ("L", "ได้ยินว่าปีนี้ตัวชี้วัด PMQA ปรับเกณฑ์ใหม่เหรอคะ"),
    ("L", "ไฟล์แผนในไดรฟ์ ใครเข้าได้บ้างคะ ของหนูเข้าไม่ได้"),
    ("L", "happy birthday พี่เอ๋ค่ะ 🎂"),
    ("L", "HBD น้องต้นนะครับ"),
    ("L", "สุขสันต์วันเกิดค่ะพี่หน่อย ขอให้มีความสุขมากๆ"),
]
# Asked of the bot, though put like the chat above.
FOR_THE_BOT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ศทส.ส่งแผนมาหรือยังครับพี่", "Status", {"unit": IT}),
    ("L", "กองคลังส่งแผนมาหรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ได้ยินว่ากองคลังส่งแผนแล้ว จริงไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ประชุมชี้แจงตัวชี้วัดจัดที่ห้องไหนคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ประชุมชี้แจงจัดห้อง 3 ใช่ไหมคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ขอแบบฟอร์ม 3 หน่อยครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "ขอบคุณทุกคนที่ช่วยกันดูแผนนะคะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "สุขสันต์วันเกิดน้องบอท", "SmallTalk", {"kind": "greeting"}),
    ("P", "ผลท่องเที่ยวมีใครส่งเข้ามาแล้วหรือยังครับ", "Missing", {"indicator": "3"}),
    ("P", "ใครยังไม่ส่งผลท่องเที่ยวบ้างคะ สนง.ท่องเที่ยวส่งมาให้ใครหรือยัง", "Missing",
     {"indicator": "3"}),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text"), MEMBERS_CHAT, ids=[case[1] for case in MEMBERS_CHAT])
def test_chat_between_members_is_not_for_the_bot(org: str, text: str) -> None:
    assert settled(text, org) == ("Unknown", {})


@readings(FOR_THE_BOT)
def test_the_bots_own_questions_put_as_chat_stay_the_bots(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HESITANT_REPORTS)
def test_a_report_doubting_its_wording_is_still_a_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", DOUBTS_THAT_ASK)
def test_a_doubt_about_the_data_is_never_a_write(text: str) -> None:
    assert category(*settled(text, "P")) != "write"
    assert category(*settled(text, "L")) != "write"


# An indicator named alone by words of its title (สำนักงาน ก.พ.).
TITLES_SAID_SHORT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "คู่มือการแต่งตั้ง", "IndicatorQuery", {"indicator": "2"}),
    ("O", "หลักสูตรการสอบแข่งขัน", "IndicatorQuery", {"indicator": "1"}),
    ("O", "คู่มือการจัดทำแผนพัฒนาบุคลากร", "IndicatorQuery", {"indicator": "3"}),
    ("O", "ปรับปรุงหลักเกณฑ์การแต่งตั้ง", "IndicatorQuery", {"indicator": "2"}),
    ("O", "หลักเกณฑ์แต่งตั้งค่ะ", "IndicatorQuery", {"indicator": "2"}),
    ("O", "คู่มือแผนพัฒนาบุคลากรครับ", "IndicatorQuery", {"indicator": "3"}),
    # The bot's manual, and chat: no indicator.
    ("O", "ขอคู่มือหน่อยครับ", "Help", {}),
    ("O", "มีคู่มือการใช้งานไหม", "Help", {}),
    ("O", "ห้องประชุม 3 ว่างไหม", "Unknown", {}),
]
# What a step means: the step's rule; a deadline asked stays the deadline.
STEP_MEANINGS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้น 3 แปลว่าอะไรคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "step 4 หมายความว่ายังไงครับ งงมาก", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอนที่ 2 คือยังไงคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอนที่ 1 หมายถึงอะไร ขอคำอธิบายหน่อย", "RuleQuestion", {"topic": "step"}),
    ("L", "เกณฑ์ร้อยละ 85 ในขั้นตอนที่ 5 หมายถึงอะไรคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "กำหนดส่งขั้นตอนที่ 5 หมายถึงวันไหน", "Deadlines", {"step": "5"}),
]
# What a unit sent, asked to be looked at: its history; asked plainly: its status.
SENT_LOOKED_AT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "อยากดูว่ากองคลังส่งอะไรแล้วบ้างค่ะ", "History", {"unit": "กองคลัง"}),
    ("L", "ขอดูว่ากองกลางส่งอะไรไปบ้างครับ", "History", {"unit": "กองกลาง"}),
    ("L", "กนต. ส่งอะไรไปแล้วบ้าง", "Status", {"unit": "กองนิติการ"}),
    ("L", "ขอทราบว่ากองคลังส่งอะไรไปแล้วบ้าง", "Status", {"unit": "กองคลัง"}),
]
# A summary asked short, or a unit's status asked in detail.
STATUS_ASKED_SO: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "สรุปสั้นๆ หน่อยค่ะ", "Status", {}),
    ("L", "ขอสถานะโดยย่อครับ", "Status", {}),
    ("L", "สรุปภาพรวมแบบสั้นๆ ให้หน่อย", "Status", {}),
    ("L", "ขอสรุปโดยสังเขปครับ", "Status", {}),
    ("L", "ขอเรียนสอบถามสถานะของกองการเจ้าหน้าที่โดยละเอียด เพื่อประกอบการประชุมครับ", "Status",
     {"unit": "กองการเจ้าหน้าที่", "detail": True}),
    ("L", "ขอสถานะของกองคลังแบบละเอียด", "Status", {"unit": "กองคลัง", "detail": True}),
    ("L", "ขอทราบสถานะของกองนิติการอย่างละเอียดครับ", "Status",
     {"unit": "กองนิติการ", "detail": True}),
]  # fmt: skip


@readings([*TITLES_SAID_SHORT, *STEP_MEANINGS, *SENT_LOOKED_AT, *STATUS_ASKED_SO])
def test_questions_put_briefly_are_read_as_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
