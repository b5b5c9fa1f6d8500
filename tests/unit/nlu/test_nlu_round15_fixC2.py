"""Issue 9, round 15 (fixC2): rule questions asked of a case supposed, of two things compared,
and chat that must stay chat.

- A case supposed ("หาก…ไม่ได้ส่ง… จะมีผลต่อคะแนนอย่างไร") asks what it costs: the deductions.
- A run of steps supposed ("ถ้าทำได้ถึงขั้น 3 แต่ขั้น 4 ไม่ผ่าน คะแนนจะเท่าไหร่") asks the level.
- A change supposed ("ถ้าคนในทีมย้ายกอง ต้องส่งรายชื่อใหม่ไหม") asks what the step needs.
- A rule question put to a colleague with the asker's confusion ("พี่คะ … หนูอ่านแล้วงง") is
  still a question of the plan's rules, which the bot answers for whoever asks.
- Whether the meeting is held again ("มีประชุมชี้แจงอีกไหม") asks about the meeting.
- "…ต้องส่งแล้ว" (it is due now) says nothing is done.
- "บอทช่วยอะไร<ใคร>ได้บ้าง" asks for help; the records of a period ("การบันทึกทั้งหมดของ
  สัปดาห์นี้") are the history.
- A formula asked plainly ("เอาอะไรหารอะไร"); an indicator's name "เพิ่งได้ยิน" (just heard) is
  no hearsay; one indicator name of two indicators compared ("…ต่างกันยังไง") asks of both.
- Chat stays chat: drinks ordered, a job handed over, a file left for a colleague to check,
  office greetings cards sent.
"""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

DEDUCTIONS = {"topic": "deductions"}
LEVEL = {"topic": "level"}
STEP = {"topic": "step"}

SUPPOSED_COSTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "หากกองใดไม่ได้ส่งแผนภายในวันที่ 31 ม.ค. จะมีผลต่อคะแนนอย่างไรครับ", "RuleQuestion", DEDUCTIONS),
    ("L", "ถ้าไม่ส่งรายชื่อทีมตามกำหนด จะกระทบคะแนนไหมคะ", "RuleQuestion", DEDUCTIONS),
    ("L", "กรณีหน่วยงานไม่ได้ส่งรายงานผล จะมีผลกับคะแนนยังไงบ้าง", "RuleQuestion", DEDUCTIONS),
    ("L", "ถ้าส่งแผนไม่ทันวันที่ 31 มีผลต่อคะแนนไหมครับ", "RuleQuestion", DEDUCTIONS),
    ("L", "เรียนสอบถามค่ะ หากไม่ได้จัดส่งแผนปฏิบัติการ จะส่งผลต่อคะแนนอย่างไร", "RuleQuestion", DEDUCTIONS),
    ("L", "สมมติไม่ได้แนบแบบฟอร์ม 4 จะมีผลต่อคะแนนมั้ยคะ", "RuleQuestion", DEDUCTIONS),
]
SUPPOSED_RUNS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ถ้ากองเราผ่านถึงขั้นตอนที่ 3 แต่ขั้นตอนที่ 4 ไม่ผ่าน จะได้คะแนนเท่าไหร่คะ", "RuleQuestion", LEVEL),
    ("L", "หากทำได้ถึงขั้น 2 แต่ขั้น 3 ตก คะแนนจะออกมาเท่าไร", "RuleQuestion", LEVEL),
    ("L", "สมมติผ่านขั้น 4 แต่ขั้น 5 ไม่ถึงเกณฑ์ ได้กี่คะแนนครับ", "RuleQuestion", LEVEL),
    ("L", "ถ้าขั้นตอนที่ 3 ไม่ผ่าน คะแนนจะเหลือเท่าไหร่ครับ", "RuleQuestion", LEVEL),
    ("L", "ถ้ากองคลังทำถึงขั้น 4 แต่ขั้น 5 ไม่ผ่าน คะแนนจะออกมาเป็นเท่าไหร่", "RuleQuestion", LEVEL),
]
SUPPOSED_CHANGES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ถ้าคนในทีมลาออกกลางปี ต้องแจ้งรายชื่อใหม่ไหมครับ", "RuleQuestion", STEP),
    ("L", "หากมีการปรับแผนระหว่างปี ต้องส่งแผนใหม่หรือเปล่าคะ", "RuleQuestion", STEP),
    ("L", "กรณีเปลี่ยนหัวหน้าทีม PMQA ต้องส่งรายชื่อใหม่ด้วยไหม", "RuleQuestion", STEP),
    ("L", "ถ้าเจ้าหน้าที่ในทีมย้ายไปกองอื่น ต้องแก้รายชื่อทีมมั้ยคะ", "RuleQuestion", STEP),
    ("L", "ถ้าคนในทีม PMQA ย้ายไปอยู่ศูนย์อื่นกลางปี ต้องส่งรายชื่อใหม่ไหมคะ", "RuleQuestion", STEP),
]
# Said, not supposed or asked: never a rule question.
SAID_NOT_SUPPOSED = [
    "กองไหนยังไม่ได้ส่งรายชื่อทีมบ้าง",
    "กองคลังผ่านขั้น 3 แล้ว ขั้น 4 ไม่ผ่านค่ะ",
    "ส่งรายชื่อทีมใหม่แล้วครับ",
]


@readings(SUPPOSED_COSTS + SUPPOSED_RUNS + SUPPOSED_CHANGES)
def test_a_case_supposed_asks_the_rule(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", SAID_NOT_SUPPOSED)
def test_a_case_said_is_no_rule_question(text: str) -> None:
    assert settled(text, "L")[0] != "RuleQuestion"


ASKED_OF_A_COLLEAGUE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "พี่คะ แบบฟอร์มที่ 1 กับแบบฟอร์มที่ 2 ต่างกันยังไงคะ หนูไม่เข้าใจ", "RuleQuestion", {"topic": "form"}),
    ("L", "พี่ครับ ขั้นตอนที่ 3 ต้องส่งอะไรบ้างครับ ผมงงมาก", "RuleQuestion", STEP),
    ("L", "พี่คะ หักคะแนนอะไรบ้างคะ หนูสับสน", "RuleQuestion", DEDUCTIONS),
    ("L", "พี่ขา มิติมีอะไรบ้างคะ หนูไม่เข้าใจเลย", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "มีประชุมชี้แจงอีกรอบไหมครับ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ประชุมชี้แจงครั้งที่แล้วหนูไม่ได้เข้า จะมีอีกไหมคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ประชุมชี้แจงจะจัดอีกครั้งไหมคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "แผนต้องมีกี่มิติคะ สัปดาห์หน้าต้องส่งแล้ว", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "ขั้นตอนที่ 3 ต้องทำอะไรบ้างครับ ใกล้ต้องส่งแล้ว", "RuleQuestion", STEP),
    ("L", "แบบฟอร์ม 4 มีอะไรบ้างคะ พรุ่งนี้ต้องส่งแล้ว", "RuleQuestion", {"topic": "form"}),
]
# A colleague asked a favour, a paper left on a desk: chat.
COLLEAGUE_CHAT = [
    "พี่คะ แบบฟอร์ม 3 ของกองคลัง หนูวางไว้บนโต๊ะพี่แล้วนะคะ",
    "พี่คะช่วยแปะไฟล์แบบฟอร์ม1ในกลุ่มให้หน่อยได้มั้ยคะ",
    "พี่คะ หนูงงเรื่องแบบฟอร์ม 2 พี่ว่างสอนหนูไหมคะ",
]


@readings(ASKED_OF_A_COLLEAGUE)
def test_rule_questions_with_chatter_around_them(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", COLLEAGUE_CHAT)
def test_a_colleague_asked_a_favour_stays_chat(text: str) -> None:
    assert settled(text, "L")[0] == "Unknown"


HELP_AND_HISTORY: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "บอทช่วยอะไรกองเราได้บ้างคะ", "Help", {}),
    ("P", "น้องบอทช่วยอะไรหนูได้บ้าง", "Help", {}),
    ("L", "บอทนี้ช่วยงานอะไรได้บ้างครับ", "Help", {}),
    ("P", "บอททำอะไรให้ทีมได้บ้างคะ", "Help", {}),
    ("O", "ขอดูการบันทึกทั้งหมดของเดือนนี้ครับ", "History", {}),
    ("L", "อยากดูการบันทึกของสัปดาห์นี้ทั้งหมดค่ะ", "History", {}),
    ("B", "ขอดูบันทึกทั้งหมดของเมื่อวานหน่อยค่ะ", "History", {}),
    ("L", "ขอดูการบันทึกทั้งหมดของกองคลังเดือนนี้", "History", {"unit": "กองคลัง"}),
]
NOT_HELP_NOR_HISTORY = [
    ("P", "ขยะ 52.3 ค่ะ"),
    ("P", "บันทึกผลขยะ 52 ค่ะ"),
]


@readings(HELP_AND_HISTORY)
def test_help_and_the_records_of_a_period(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(("org", "text"), NOT_HELP_NOR_HISTORY)
def test_neither_help_nor_history(org: str, text: str) -> None:
    assert settled(text, org)[0] not in ("Help", "History")


FORMULA = {"aspect": "formula"}
INDICATORS_ASKED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "ร้อยละเทศบาลตำบลเอาอะไรหารอะไรคะ", "IndicatorQuery", {"indicator": "1", **FORMULA}),
    ("P", "ขยะเอาอะไรหารอะไรครับ", "IndicatorQuery", {"indicator": "2", **FORMULA}),
    ("P", "ยาเสพติดหารด้วยอะไรคะ", "IndicatorQuery", {"indicator": "4", **FORMULA}),
    ("P", "ร้อยละขยะเอาอะไรมาหารคะ", "IndicatorQuery", {"indicator": "2", **FORMULA}),
    ("B", "PB คืออะไรคะ เพิ่งได้ยินครั้งแรก", "IndicatorQuery", {"indicator": "2"}),
    ("O", "Master Data คืออะไรครับ เพิ่งได้ยิน", "IndicatorQuery", {"indicator": "7"}),
    ("O", "ตัวชี้วัดจริยธรรมสองตัวต่างกันตรงไหนคะ", "IndicatorQuery", {"indicator": ["4", "5"]}),
    ("O", "จริยธรรมมีสองตัว แตกต่างกันอย่างไรครับ", "IndicatorQuery", {"indicator": ["4", "5"]}),
    ("O", "ตัวชี้วัดจริยธรรมมีสองตัวเหมือนกันเลย ต่างกันยังไง", "IndicatorQuery", {"indicator": ["4", "5"]}),
    ("L", "กองคลังกับกองกลางต่างกันยังไง", "Status", {"unit": ["กองคลัง", "กองกลาง"]}),
]
HEARSAY = [("P", "ได้ยินว่านนทบุรีส่งผลขยะไปแล้ว 63%")]


@readings(INDICATORS_ASKED)
def test_indicators_asked_plainly(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(("org", "text"), HEARSAY)
def test_hearsay_stays_chat(org: str, text: str) -> None:
    assert settled(text, org)[0] == "Unknown"


# Office chat that holds words of a question: drinks, a job handed over, a file left for a
# colleague to check, greetings cards sent.
CHAT = [
    ("L", "ใครสั่งชานมไข่มุกบ้าง มาแล้วจ้า"),
    ("L", "ใครสั่งกาแฟบ้างคะ มาส่งแล้ว555"),
    ("P", "ใครสั่งข้าวมันไก่บ้าง555"),
    ("L", "ใครจะรับงาน PMQA ต่อจากพี่คะ พี่ย้ายแล้ว"),
    ("P", "ปีหน้าพี่ย้ายแล้ว งาน e-Service ใครรับต่อคะ"),
    ("P", "ใครจะมาดูแลงานขยะต่อคะ พี่จะเกษียณแล้ว"),
    ("L", "ฝากไฟล์แผนของกองคลังไว้ในเมลพี่นะคะ ช่วยตรวจก่อนส่งจริง"),
    ("L", "ร่างรายงานผลของ กนต. ฝากพี่ช่วยตรวจก่อนส่งนะคะ"),
    ("O", "ส.ค.ส. ของท่านอธิบดีส่งครบหรือยังคะ"),
    ("L", "กระเช้าปีใหม่ส่งให้ท่านปลัดหรือยังครับ"),
]
NOT_CHAT = [
    ("P", "ขอรายละเอียดตัวชี้วัด e-Service ค่ะ เพิ่งรับงานต่อจากพี่ที่ย้ายไป"),
    ("L", "กองกลางส่งรายงานผลหรือยัง"),
    ("L", "ใครยังไม่ส่งแผนบ้าง"),
    ("P", "ขยะ"),
]


@pytest.mark.parametrize(("org", "text"), CHAT)
def test_office_chat_stays_chat(org: str, text: str) -> None:
    assert settled(text, org)[0] == "Unknown"


@pytest.mark.parametrize(("org", "text"), NOT_CHAT)
def test_questions_beside_the_chat_are_read(org: str, text: str) -> None:
    got = settled(text, org)
    assert got[0] != "Unknown"
    assert category(*got) != "write"
