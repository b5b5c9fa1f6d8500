"""Round 34 (reports34): the report bodies' indicators asked about.

Two indicators compared by their typed codes ("เทียบ kpi 1 กับ kpi 3") are both asked, as two
named by their words are; their results compared ("เทียบผลท่องเที่ยวกับ e-Service") ask the
results. An indicator named with the percent sign alone and a question mark ("ยาเสพติด %?",
"drug-free villages %?") asks its result, and the provinces' measures are known by their
English names. Whether an indicator named by words of its title passed, asked by the question
mark alone ("recruitment exam curriculum passed?"), is its tier. A summary wanted for a
meeting ("…ไปประกอบการประชุมกรมการจังหวัดพรุ่งนี้") names no indicator: the status. A promise
with its time said after เดี๋ยว ("เดี๋ยวบ่ายนี้หนูโทรตาม…ให้นะคะ") and a chase handed to a
colleague by name ("ฝากพี่เจี๊ยบตามตัวเลข…ด้วยนะคะ") ask nothing of the bot. A cheer
("เย่ๆ") beside praise is still the praise; what a group or tier of the criteria takes
("…เกณฑ์กลุ่ม 2 ต้องทำอะไรบ้าง") is the indicator's criteria, not what is due. Words that
name nothing ("ตกลง", "เดี๋ยวนี้", "เทียบ", "เข้ามา") beside an overview asked leave the
organisation's status.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Two indicators compared: by their codes, or their results by the word after เทียบ.
COMPARED: list[Case] = [
    ("B", "เทียบ kpi 1 กับ kpi 3 ให้ดูหน่อยครับ", "IndicatorQuery", {"indicator": ["1", "3"]}),
    ("B", "เทียบตัวชี้วัด 1 กับ 3 ให้ดูหน่อยครับ", "IndicatorQuery", {"indicator": ["1", "3"]}),
    (
        "P",
        "เทียบผลขยะกับยาเสพติดให้หน่อยครับ",
        "IndicatorQuery",
        {"indicator": ["2", "4"], "aspect": "result"},
    ),
    (
        "B",
        "เทียบผล PB กับ e-Budgeting หน่อยค่ะ",
        "IndicatorQuery",
        {"indicator": ["2", "4"], "aspect": "result"},
    ),
    # Near misses: named by words, their results by code (410), scores, a year's result.
    ("P", "เทียบขยะกับยาเสพติดให้หน่อยครับ", "IndicatorQuery", {"indicator": ["2", "4"]}),
    (
        "O",
        "เปรียบเทียบผลตัวชี้วัด 8 กับ 9 ให้หน่อย",
        "IndicatorQuery",
        {"indicator": ["8", "9"], "aspect": "result"},
    ),
    (
        "P",
        "ขยะกับยาเสพติด ตัวไหนคะแนนดีกว่ากันคะ",
        "IndicatorQuery",
        {"indicator": ["2", "4"], "aspect": "score"},
    ),
    (
        "P",
        "เทียบผลขยะปีนี้กับปีที่แล้วหน่อย",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
]

# (2) The percent sign alone, asked: the result; English names of the provinces' measures.
PERCENT_ASKED: list[Case] = [
    ("P", "drug-free villages %?", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "ยาเสพติด %?", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "ขยะ เปอร์เซ็นต์?", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "solid waste %?", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "drug-free villages passed?", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    # Near misses: no question mark, a figure typed (a report, or its figure checked).
    ("P", "ยาเสพติด %", "IndicatorQuery", {"indicator": "4"}),
    ("P", "drug-free villages", "IndicatorQuery", {"indicator": "4"}),
    (
        "P",
        "drug-free villages 80%",
        "SubmitValue",
        {"indicator": "4", "value": "80", "raw_value": "80%", "percent": True},
    ),
]

# (3) Passed, asked by the question mark alone of an indicator named by its title's words.
PASSED_BY_TITLE: list[Case] = [
    (
        "O",
        "recruitment exam curriculum passed?",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "tier"},
    ),
    ("O", "หลักสูตรการสอบแข่งขันผ่าน?", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("O", "แต่งตั้งข้าราชการผ่าน?", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("O", "จริยธรรมผ่าน?", "IndicatorQuery", {"indicator": ["4", "5"], "aspect": "tier"}),
    # Near misses: no question mark, everyday words, a unit.
    ("O", "หลักสูตรการสอบแข่งขันผ่าน", "IndicatorQuery", {"indicator": "1"}),
    ("L", "สอบใบขับขี่ผ่าน?", "Unknown", {}),
    ("L", "กองคลังผ่าน?", "Status", {"unit": "กองคลัง"}),
]

# (4) A summary wanted for a meeting (การประชุม): the meeting names nothing, the status.
FOR_A_MEETING: list[Case] = [
    (
        "P",
        "สวัสดีค่ะ ขอสรุปตัวชี้วัดจังหวัดไปประกอบการประชุมกรมการจังหวัดพรุ่งนี้ ตอนนี้ภาพรวมเป็นยังไงบ้างคะ",
        "Status",
        {},
    ),
    ("B", "ขอสรุปตัวชี้วัดไปประกอบการประชุมผู้บริหารพรุ่งนี้ค่ะ", "Status", {}),
    ("L", "ขอสรุปสถานะไปประกอบการประชุมกองพรุ่งนี้ครับ", "Status", {}),
    # Near misses: the meeting called ที่ประชุม, an indicator's result wanted for it.
    ("L", "ขอสรุปไปประกอบที่ประชุมหน่อย", "Status", {}),
    (
        "P",
        "ขอผลขยะไปประกอบการประชุมหน่อยค่ะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
]

# (5) A promise with its time after เดี๋ยว, a chase handed to a colleague: nothing asked.
PROMISED_OR_HANDED: list[Case] = [
    ("P", "เดี๋ยวบ่ายนี้หนูโทรตาม ทสจ. เรื่องตัวเลขขยะให้นะคะ", "Unknown", {}),
    ("B", "เดี๋ยวบ่ายนี้ส่งไฟล์ excel ให้ทางเมลนะครับพี่", "Unknown", {}),
    ("L", "เดี๋ยวพรุ่งนี้ส่งไฟล์ excel ให้ทางเมลนะครับพี่", "Unknown", {}),
    ("P", "ฝากพี่เจี๊ยบตามตัวเลขท่องเที่ยวจาก ททท. ด้วยนะคะ", "Unknown", {}),
    # Near misses: a report beside the remark or before the promise stays a report.
    (
        "P",
        "ขยะ 52.3 ค่ะ ฝากพี่เจี๊ยบตามตัวเลขท่องเที่ยวด้วยนะคะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    ("L", "ส่งแผนแล้วค่ะ เดี๋ยวบ่ายนี้หนูส่งลิงก์ให้", "MarkStep", {"step": "3"}),
    ("L", "เดี๋ยวส่งไฟล์ excel ให้ทางเมลนะครับพี่", "Unknown", {}),
]

# (6) A cheer beside the praise ("เย่ๆ"): still the praise; alone, or beside a report, not.
CHEERED: list[Case] = [
    ("B", "เย่ๆ เก่งมากทีมเรา", "SmallTalk", {"kind": "praise"}),
    ("B", "เย้ สุดยอดเลย", "SmallTalk", {"kind": "praise"}),
    ("L", "yay great job", "SmallTalk", {"kind": "praise"}),
    # Near misses: a cheer alone praises nothing; a report cheered stays a report.
    ("B", "เย่ๆ", "Unknown", {}),
    ("L", "เย่ ส่งแผนแล้ว", "MarkStep", {"step": "3"}),
    ("L", "เย้ๆ กองคลังส่งแผนแล้ว เก่งมาก", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

# (7) What a group or a tier of an indicator's criteria takes ("ต้องทำอะไรบ้าง"): its criteria.
CRITERIA_GROUP: list[Case] = [
    (
        "O",
        "ชุดข้อมูลที่ลงทะเบียนในบัญชีข้อมูลภาครัฐ เกณฑ์กลุ่ม 2 ต้องทำอะไรบ้าง",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "criteria"},
    ),
    (
        "O",
        "GD Catalog เกณฑ์กลุ่ม 2 ต้องทำอะไรบ้าง",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "criteria"},
    ),
    # Near misses: what is due now, this month.
    ("L", "ตอนนี้ต้องทำอะไรบ้าง", "Deadlines", {}),
    ("L", "เดือนนี้ต้องส่งอะไรบ้าง", "Deadlines", {"month": 1, "this_month": True}),
]

# (8) Words that name nothing around the overview asked ("ตกลง", "เดี๋ยวนี้", "เทียบ",
# "เข้ามา"): the organisation's status, not an indicator left to guess.
NAME_NOTHING: list[Case] = [
    ("O", "สรุปคะแนน ก.พ. เดี๋ยวนี้", "Status", {}),
    ("L", "ตกลงตอนนี้เราไปถึงไหนกันแล้วนะ งงไปหมดละ 555", "Status", {}),
    ("B", "ภาพรวมผลประเมินปีนี้เทียบกับปีที่แล้วหน่อยค่ะ", "Status", {}),
    ("P", "ภาพรวมตัวชี้วัดจังหวัดตอนนี้มีผลเข้ามากี่ตัวแล้วคะ", "Status", {}),
    # Near misses: an indicator or a unit named beside them keeps its question.
    ("P", "ขยะเดี๋ยวนี้ได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ตกลงขยะผ่านไหม", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("L", "ตกลงกองคลังส่งแผนยัง", "Status", {"unit": "กองคลัง"}),
]

ALL = (
    COMPARED
    + PERCENT_ASKED
    + PASSED_BY_TITLE
    + FOR_A_MEETING
    + PROMISED_OR_HANDED
    + CHEERED
    + CRITERIA_GROUP
    + NAME_NOTHING
)


@readings(COMPARED)
def test_two_indicators_compared_by_code_or_by_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PERCENT_ASKED)
def test_the_percent_sign_asked_is_the_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PASSED_BY_TITLE)
def test_passed_asked_of_a_title_is_its_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FOR_A_MEETING)
def test_a_summary_for_a_meeting_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PROMISED_OR_HANDED)
def test_a_promise_or_a_chase_handed_over_asks_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHEERED)
def test_a_cheer_beside_praise_is_the_praise(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CRITERIA_GROUP)
def test_what_a_criteria_group_takes_is_the_criteria(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NAME_NOTHING)
def test_words_that_name_nothing_leave_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
