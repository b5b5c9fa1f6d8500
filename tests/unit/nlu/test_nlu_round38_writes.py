"""Round 38 (writes38): writes read where a question, a date or news stood, and writes missed.

A question particle misspelt or typed short after what it asks of ("ได้ไม", "ได้มัย", "ได้ม่ะ",
"ได้ไม๊", "แล้วรึป่าว") asks like the word it stands for: a question never starts a write. A day
of the month after a word of by when ("ทันก่อน 31", "ภายใน 25 นี้") is a deadline, neither a
figure nor the day a step was done; a dimension to be filled in ("มิติ 2 จะเติม…") is lacking.
News of the legislature's business passing ("ร่าง พ.ร.บ.งบ ผ่านสภาวาระแรกแล้ว") is chatter.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Question particles misspelt or typed short: the question, never a write.
SHORT_PARTICLES: list[Case] = [
    ("L", "ส่งแผนทางเมลได้ไมครับ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งรายชื่อทาง google form ได้ไมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนเป็นกระดาษได้ม่ะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนทางไลน์แทนได้ไม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนทางอีเมลได้มัยคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งทางเมลได้ไม๊", "RuleQuestion", {"topic": "channel"}),
    ("L", "กองคลังส่งแผนแล้วรึป่าวคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ศทส.ส่งรายชื่อทีมแล้วหรือป่าว", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("P", "ขยะ 52.3 ได้ไม", "IndicatorQuery", {"indicator": "2"}),
    # Near misses: told, not asked; a word holding the letters keeps them.
    ("L", "ส่งแผนทางเมลแล้วครับ", "MarkStep", {"step": "3", "channel": "email"}),
    ("L", "ส่งแผนฉบับทันสมัยแล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "ได้ไมค์มาแล้ว", "Unknown", {}),
]

# (2) A day by when: a deadline, no figure and no day done.
DAY_BY_WHEN: list[Case] = [
    (
        "L",
        "ส่งแผนแล้วค่ะ แต่มิติที่ 3 ยังไม่มีกิจกรรม เดี๋ยวจะเพิ่มให้ทันก่อน 31",
        "MarkStep",
        {"step": "3", "dims": [1, 2]},
    ),
    (
        "L",
        "ส่งแผนแล้วค่ะ แต่มิติที่ 3 ยังไม่มีกิจกรรม เดี๋ยวจะเพิ่มให้ทันก่อน 31 ม.ค.",
        "MarkStep",
        {"step": "3", "dims": [1, 2]},
    ),
    ("L", "ส่งแผนแล้วค่ะ มิติ 2 จะเติมกิจกรรมให้ภายใน 25 นี้", "MarkStep", {"step": "3", "dims": [1, 3]}),
    ("L", "ส่งแผนแล้ว มิติ 3 เดี๋ยวแก้ให้ค่ะ", "MarkStep", {"step": "3", "dims": [1, 2]}),
    (
        "P",
        "ขยะ 52.3 ค่ะ ส่งก่อน 31",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    # Near misses: days before with their measure; the day a step was done.
    ("L", "เตือนก่อน 3 วันค่ะ", "ReminderSettings", {"action": "set", "days": [3]}),
    ("L", "ส่งแผนแล้วเมื่อวันที่ 14", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    ("L", "ส่งแผนเพิ่มมิติ 2 แล้วนะ ครบละ", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
    # Near misses: sent before a day past is sent on it; a deadline reminded is no sending.
    ("L", "ส่งแผนไปก่อน 10 ม.ค. แล้ว", "MarkStep", {"step": "3", "done_on": "2025-01-10"}),
    ("L", "ส่งแผนก่อนวันที่ 31 ม.ค. นะ", "Unknown", {}),
]
# (3) The legislature's business passing: news, no step passed.
BILLS_PASSED: list[Case] = [
    ("B", "ร่าง พ.ร.บ.งบ ผ่านสภาวาระแรกแล้วนะ", "Unknown", {}),
    ("B", "พรบ.งบ 68 ผ่านสภาแล้ว", "Unknown", {}),
    ("L", "ร่างกฎหมายลูกผ่าน ครม. แล้วค่ะ", "Unknown", {}),
    ("B", "งบปี 68 ผ่านวาระที่ 3 แล้วนะทุกคน", "Unknown", {}),
    # Near misses: the plan passed; the plan sent beside the news.
    ("L", "แผนกองคลังผ่านแล้วค่ะ", "MarkStep", {"step": "3", "passed": True, "unit": "กองคลัง"}),
    ("L", "กองกลางส่งแผนแล้ว พ.ร.บ.งบก็ผ่านสภาแล้วด้วย", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
]

# (4) The unit a value is told for, beside the indicator's code: by its alias or short name.
UNIT_BESIDE_CODE: list[Case] = [
    (
        "L",
        "ตชว.1 ไอทีได้ ๔.๕ ครับ",
        "SubmitValue",
        {
            "indicator": "1",
            "value": "4.5",
            "raw_value": "๔.๕",
            "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
        },
    ),
    (
        "L",
        "update kpi1 กค. = 4",
        "SubmitValue",
        {"indicator": "1", "value": "4", "raw_value": "4", "unit": "กองคลัง"},
    ),
    (
        "L",
        "ตัวชี้วัด 1 กค. ได้ 4",
        "SubmitValue",
        {"indicator": "1", "value": "4", "raw_value": "4", "unit": "กองคลัง"},
    ),
    # Near misses: words naming no unit; no unit named.
    ("L", "ตัวชี้วัดที่ 1 ลูกได้ 4", "SubmitValue", {"indicator": "1", "value": "4", "raw_value": "4"}),
    ("L", "ตชว.1 ปีนี้ได้ 4", "SubmitValue", {"indicator": "1", "value": "4", "raw_value": "4"}),
]

# (5) Sendings and attendance told in words the rules missed: ส่ง without its tone mark glued
# to who sent, attendance "เข้าได้ N ใน M ครั้ง", a unit's times out of times.
TOLD_SHORT: list[Case] = [
    (
        "L",
        "กองคลังสงแผนแล้วครับ ทาง drive",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive"},
    ),
    ("L", "กนต.สงรายชื่อแล้ว", "MarkStep", {"step": "1", "unit": "กองนิติการ"}),
    (
        "L",
        "ขั้นตอนที่ 2 ของนิติการ เข้าได้ 4 ใน 5 ครั้งครับ",
        "MarkStep",
        {"step": "2", "unit": "กองนิติการ", "met": 4, "of": 5},
    ),
    (
        "L",
        "นิติการเข้าได้ 4 ใน 5 ครั้ง",
        "MarkStep",
        {"step": "2", "unit": "กองนิติการ", "met": 4, "of": 5},
    ),
    (
        "L",
        "ศทส. 6/7 ครั้ง",
        "MarkStep",
        {"step": "2", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "met": 6, "of": 7},
    ),
    ("L", "กค. 5 ครั้งจาก 6 ครั้ง", "MarkStep", {"step": "2", "unit": "กองคลัง", "met": 5, "of": 6}),
    # Near misses: bare times answer an ask-back; times of something else; asked; a word with สง.
    ("L", "6 ครั้งจาก 7 ครั้งครับ", "Unknown", {}),
    ("L", "ส่งไฟล์ 2/3 ครั้ง", "Unknown", {}),
    ("L", "ลองแล้ว 2 ครั้งจาก 3 ครั้ง", "Unknown", {}),
    ("L", "ใครยังไม่สงแผน", "Missing", {"step": "3"}),
]

# (6) A report closed by its particle, then whether another way is needed too or whether the way
# counts: the report stands (its card restates it). With no particle between, the sending is the
# question's condition. A paper copy left at the coordinators names no sender.
REPORT_THEN_DOUBT: list[Case] = [
    (
        "L",
        "ส่งแผนเป็นกระดาษไปที่กลุ่มพัฒนาฯ แล้วครับ ต้องอัป drive อีกไหม",
        "MarkStep",
        {"step": "3", "channel": "paper"},
    ),
    (
        "L",
        "ส่งแผนไปแบบกระดาษที่ห้อง กพร. แล้วค่ะ ต้องอัป drive อีกไหม",
        "MarkStep",
        {"step": "3", "channel": "paper"},
    ),
    ("L", "ส่งแผนทางอีเมลแล้วค่ะ ต้องส่งทาง drive ด้วยไหม", "MarkStep", {"step": "3", "channel": "email"}),
    (
        "L",
        "กก.ส่งแผนทาง email ไปแล้วครับ ไม่รู้นับไหม",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "email"},
    ),
    ("L", "ส่งแผนเป็นเล่มกระดาษที่กลุ่มพัฒนาฯ แล้วค่ะ", "MarkStep", {"step": "3", "channel": "paper"}),
    # Near misses: the sending as the condition; asked first; a condition.
    ("L", "ส่งเมลไปแล้ว ต้องอัปขึ้น drive ซ้ำอีกรอบมั้ยคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งทางอีเมลแล้ว ต้องอัปไดรฟ์ซ้ำอีกไหมครับ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนทางอีเมลได้ไหมคะ ต้องอัป drive ด้วยไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ถ้าส่งแผนทางอีเมลแล้ว ต้องอัป drive อีกไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแล้วค่ะ ต้องส่งทางไหนอีกไหมคะ", "RuleQuestion", {"topic": "channel"}),
    (
        "L",
        "กองคลังส่งแผนเป็นกระดาษแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "paper"},
    ),
]

# (7) A value told with the indicator's name: its initials ("DGR"), its title opened by its
# measure ("ระดับความสำเร็จของ สป.รง. 4.45").
VALUE_WITH_NAME: list[Case] = [
    (
        "B",
        "คะแนน DGR 80.12",
        "SubmitValue",
        {"indicator": "7", "value": "80.12", "raw_value": "80.12"},
    ),
    ("B", "ระดับ DGR 4", "SubmitValue", {"indicator": "6", "value": "4", "raw_value": "4"}),
    (
        "L",
        "ระดับความสำเร็จของ สป.รง. 4.45",
        "SubmitValue",
        {"indicator": "1", "value": "4.45", "raw_value": "4.45"},
    ),
    (
        "L",
        "ระดับความสำเร็จของกองกลาง 3",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3", "unit": "กองกลาง"},
    ),
    # Near misses: asked; the initials asked of.
    (
        "L",
        "ระดับความสำเร็จของโครงการ 4.45 ผ่านไหม",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "tier"},
    ),
    ("B", "DGR ได้กี่คะแนน", "IndicatorQuery", {"indicator": ["6", "7"], "aspect": "score"}),
]

# (8) A yes beside "เอา" (taken as it is): "เอาๆ ยืนยน".
YES_TAKEN: list[Case] = [
    ("L", "เอาๆ ยืนยน", "Confirm", {}),
    ("L", "เอา ยืนยัน", "Confirm", {}),
    # Near misses: a no; more said after the yes; asked.
    ("L", "ไม่เอา", "Cancel", {}),
    ("L", "ยืนยันค่ะ เอาไปส่งกองคลังด้วย", "Unknown", {}),
    ("L", "ยืนยันค่ะ เอาแบบนี้ไหม", "Unknown", {}),
]


@readings(SHORT_PARTICLES)
def test_a_question_particle_typed_short_asks(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DAY_BY_WHEN)
def test_a_day_by_when_is_a_deadline(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(BILLS_PASSED)
def test_the_legislatures_business_passing_is_news(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNIT_BESIDE_CODE)
def test_the_unit_beside_a_code_is_the_values(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TOLD_SHORT)
def test_sendings_and_attendance_told_short(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REPORT_THEN_DOUBT)
def test_a_report_closed_then_a_doubt_stands(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(VALUE_WITH_NAME)
def test_a_value_told_with_the_indicators_name(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(YES_TAKEN)
def test_a_yes_beside_taken(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_the_tables_is_read_as_a_write() -> None:
    assert (
        unlabelled_writes(
            SHORT_PARTICLES + BILLS_PASSED + REPORT_THEN_DOUBT + TOLD_SHORT + VALUE_WITH_NAME
        )
        == []
    )
