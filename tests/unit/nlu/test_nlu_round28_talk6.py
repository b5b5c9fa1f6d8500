"""Round 28 (talk6): office life in the plan's words, welcomes and greetings, help and members.

Office life said in the plan's words ("ขั้นตอนการเบิกค่าล่วงเวลา…", "กำหนดส่งใบสำคัญเบิก
ค่าเดินทาง…", "ส่งรายชื่อคนไปงานกีฬาสี…", "งบค่ารับรองประชุม…", "ขยะ…ล้นถัง", "ปฏิทิน
งบประมาณ…", a team congratulated on an award) is the group's own business, while the plan's
questions in the same words keep their reading. A welcome to a newcomer by name or into the
team with an offer to help, a greeting to a team with news to come and a new year's wish to
everyone are greetings; a laugh agreeing with someone is a laugh. What the bot answers, or its
manual, asked by a newcomer, and "help" before a question ask for help; who in a team looks
after the indicators, who is left in it, or whether a colleague who moved is still in it ask
for its members. None of them is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Office life in the plan's words: nothing asked of the bot.
OFFICE_LIFE: list[Case] = [
    ("L", "พี่ๆ คะ ขั้นตอนการเบิกค่าล่วงเวลาเดือนนี้เปลี่ยนไหมคะ", "Unknown", {}),
    ("L", "ขั้นตอนการเบิกเงินค่าเดินทางต้องทำยังไงคะ", "Unknown", {}),
    ("L", "กำหนดส่งใบสำคัญเบิกค่าเดินทางวันไหนนะ การเงินทวงอีกแล้ว", "Unknown", {}),
    ("L", "ส่งรายชื่อคนไปงานกีฬาสีกระทรวงให้พี่ภายในวันศุกร์นะ", "Unknown", {}),
    ("L", "ส่งรายชื่อคนไปงานเลี้ยงปีใหม่ภายในวันไหนคะ", "Unknown", {}),
    ("B", "งบค่ารับรองประชุมเดือนนี้เหลือเท่าไหร่ครับ", "Unknown", {}),
    ("P", "ขยะหน้าศาลากลางล้นถังอีกแล้ว เทศบาลมาเก็บยัง", "Unknown", {}),
    ("P", "ขยะล้นถังหน้าศาลากลางอีกแล้ว ใครแจ้งเทศบาลทีค่ะ", "Unknown", {}),
    ("B", "ปฏิทินงบประมาณปี 69 ออกยังครับ", "Unknown", {}),
    ("O", "ยินดีด้วยกับทีมส่งเสริมจริยธรรมที่ได้รางวัลนะคะ", "Unknown", {}),
    ("L", "ห้องประชุมประสงค์ รัตนันตน์ จองเต็มทั้งสัปดาห์เลย ใครจะใช้ไปห้องชั้น 3 นะ", "Unknown", {}),
    ("B", "ระบบ BBL เข้าไม่ได้ตั้งแต่เช้า มีใครเป็นเหมือนกันไหม", "Unknown", {}),
]
# The plan's questions in the same words keep their reading.
PLAN_QUESTIONS: list[Case] = [
    ("L", "กำหนดส่งแผนวันไหน", "Deadlines", {"step": "3"}),
    ("L", "ส่งรายชื่อทีมภายในวันไหน", "Deadlines", {"step": "1"}),
    ("P", "ขยะได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "ขั้นตอนที่ 3 ต้องส่งอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
]

# (2) Welcomes, greetings and a laugh.
GREETED: list[Case] = [
    ("L", "ยินดีต้อนรับค่ะน้องแพรว 🎉", "SmallTalk", {"kind": "greeting"}),
    ("L", "ยินดีต้อนรับน้องแพรวค่ะ 🎉", "SmallTalk", {"kind": "greeting"}),
    ("L", "ยินดีต้อนรับพี่ต้อยครับ", "SmallTalk", {"kind": "greeting"}),
    ("L", "ยินดีต้อนรับสู่ทีม PMQA ครับ มีอะไรถามพี่ได้เลย", "SmallTalk", {"kind": "greeting"}),
    ("B", "สวัสดีครับทีม สงป. วันนี้มีตัวเลขใหม่มาอัปเดตครับ", "SmallTalk", {"kind": "greeting"}),
    (
        "P",
        "สวัสดีค่ะทุกท่าน ปีใหม่นี้ขอให้ตัวชี้วัดผ่านฉลุยนะคะ 🎉",
        "SmallTalk",
        {"kind": "greeting"},
    ),
    ("B", "5555 จริงค่ะพี่", "SmallTalk", {"kind": "laugh"}),
    ("L", "อรุณสวัสดิ์ค่ะ ทีม PMQA ทุกท่าน สัปดาห์นี้สู้ๆ นะคะ", "SmallTalk", {"kind": "greeting"}),
]
# A welcome that asks, or a greeting with a figure, keeps its reading.
GREETED_NOT: list[Case] = [
    ("L", "ยินดีต้อนรับค่ะ กองคลังส่งแผนยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "สวัสดีค่ะทุกคน สู้ๆ นะคะ กองคลังส่งแผนยังคะ", "Status", {"unit": "กองคลัง"}),
    (
        "P",
        "สวัสดีครับทีม ขยะ 52.3 ครับ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
]

# (3) Help asked.
HELP: list[Case] = [
    ("L", "บอทตอบเรื่องอะไรได้บ้างครับ ผมเพิ่งรับงาน PMQA ต่อจากพี่", "Help", {}),
    ("P", "ส่งผลทำพรือคะ งงหนิ", "Help", {}),
    ("B", "มีคู่มือการใช้น้องบอทไหมครับ พึ่งมาใหม่", "Help", {}),
    ("O", "help ครับ ส่งคะแนนยังไง", "Help", {}),
]

# (4) Members asked.
MEMBERS: list[Case] = [
    ("B", "ในทีมใครดูแลตัวชี้วัดบ้างคะ", "Members", {}),
    ("L", "กก. ตอนนี้เหลือใครในทีมบ้าง หลังพี่เขาเกษียณไป", "Members", {"unit": "กองกลาง"}),
    ("L", "พี่หน่อยที่ย้ายไปแล้วยังอยู่ในทีมกองนิติการไหมคะ", "Members", {"unit": "กองนิติการ"}),
    ("L", "ทีมเรามีใครบ้างนะ ลืมไปละ", "Members", {}),
]
# Near misses: the unit's progress, or who has not sent, stay.
MEMBERS_NOT: list[Case] = [
    ("L", "กก. ตอนนี้ถึงไหนแล้ว", "Status", {"unit": "กองกลาง"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
]

ALL = OFFICE_LIFE + PLAN_QUESTIONS + GREETED + GREETED_NOT + HELP + MEMBERS + MEMBERS_NOT


@readings(OFFICE_LIFE + PLAN_QUESTIONS)
def test_office_life_in_the_plans_words_is_the_groups_own(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(GREETED + GREETED_NOT)
def test_welcomes_greetings_and_a_laugh(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HELP)
def test_help_asked(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MEMBERS + MEMBERS_NOT)
def test_members_asked(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    asked = [(org, text) for org, text, intent, _ in ALL if intent != "SubmitValue"]
    assert [t for org, t in asked if read_as_writes([t], org)] == []
