"""Round 27 (aspects5): a report indicator's aspect, and its history, misread.

An item pointed at ("ข้อเสนอ ก.ม.จ. ผ่านยัง", "… ข้อนี้ผ่านไหม") asks the items; an item's words
alone ("ร่างหลักสูตรสอบแข่งขันผ่านยัง") name its indicator, asked its tier, as most of the corpus
reads them. Typos of an indicator's name ("e-budgetting") and of the criteria ("เกนฑ์") keep
what they name. Which fall short of a level ("Pillar ไหนยังต่ำกว่าระดับ 3") are the failed
items; how PMQA is scored from its categories ("คิดคะแนนจาก 7 หมวดยังไง") and against a year
("คิดเทียบกับปี 66 ยังไง") the formula; why a name stands for two indicators asks of both. A
district officer introducing themselves ("อำเภอสามโคกนะคะ อยากทราบว่า…", "ทางอำเภอคลองหลวง
ขอดู…") asks of the province's indicators. The score a figure came to ("… คะแนนออกมาเท่าไหร่")
is the score; the PMQA assessment's latest points ("ผลล่าสุดกี่คะแนน", "คะแนน PMQA … 389.76
ใช่ไหม") its result. Who updated an indicator last and what was sent the time before are its
history. None of the questions is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) An item pointed at asks the items; an item's words alone, the tier.
ITEMS_POINTED: list[Case] = [
    (
        "O",
        "ร่างหลักสูตรการสอบแข่งขัน ข้อนี้ผ่านไหม",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    (
        "O",
        "จริยธรรม ข้อเสนอ ก.ม.จ. ผ่านยังคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "items"},
    ),
    (
        "O",
        "หลักสูตรสอบแข่งขัน ข้อสรุปความเห็นประชุม มอกพ.วิสามัญ ผ่านแล้วใช่มั้ยคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    (
        "B",
        "ข้อเผยแพร่ข้อมูลงบประมาณทางเฟซบุ๊กกับบอร์ดประชาสัมพันธ์ ผ่านแล้วยังครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
]
ITEM_WORDS_ALONE: list[Case] = [
    # (Round 32: an item's own opening words asks the items, the corpus measured.)
    ("O", "ร่างหลักสูตรสอบแข่งขันผ่านยังคะ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    ("O", "คู่มือการแต่งตั้งข้าราชการผ่านหรือยังคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    (
        "O",
        "แจ้งเวียนคู่มือการแต่งตั้งประเภททั่วไป วิชาการ อำนวยการ ผ่านหรือยังครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    ("B", "ข่าวสารทางเฟซบุ๊กผ่านยังครับ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    # Near misses: data is no item pointed at; every item asked stays the items.
    ("O", "ข้อมูลหลักของหน่วยงาน ผ่านขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "7", "aspect": "tier"}),
    ("O", "หลักสูตรสอบแข่งขันผ่านทุกข้อยังคะ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
]

# (2) Typos of an indicator's name and of the criteria.
TYPOS: list[Case] = [
    ("B", "e-budgetting ได้ขั้นไหนแล้วคะ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("B", "e-budgetting ผ่านยัง", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("P", "ยาเสพติด เกนฑ์เท่าไหร่", "IndicatorQuery", {"indicator": "4", "aspect": "criteria"}),
    ("P", "เกนฑ์ขยะเป็นยังไง", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("B", "e-budgeting ได้ขั้นไหนแล้วคะ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("P", "ยาเสพติดได้เท่าไหร่", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
]

# (3) Which fall short, how it is worked out, why a name stands for two.
SHORT_OF: list[Case] = [
    (
        "O",
        "Pillar ไหนยังต่ำกว่าระดับ 3 บ้าง",
        "IndicatorQuery",
        {"indicator": ["8", "9"], "aspect": "failed"},
    ),
    (
        "O",
        "Pillar ไหนยังไม่ถึงระดับ 3",
        "IndicatorQuery",
        {"indicator": ["8", "9"], "aspect": "failed"},
    ),
    ("O", "Pillar ไหนยังไม่ผ่าน", "IndicatorQuery", {"indicator": ["8", "9"], "aspect": "failed"}),
    ("O", "ตัวชี้วัดไหนยังต่ำกว่าเกณฑ์บ้าง", "Status", {}),
]
WORKED_OUT: list[Case] = [
    (
        "B",
        "PMQA คิดคะแนนจาก 7 หมวดยังไงคะ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "formula"},
    ),
    (
        "O",
        "คะแนน PMQA คิดจาก 7 หมวดอย่างไรคะ",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "formula"},
    ),
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัลคิดเทียบกับปี 66 ยังไงครับ",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "formula"},
    ),
    ("P", "PMQA คิดเทียบกับปีไหน", "IndicatorQuery", {"indicator": "6", "aspect": "formula"}),
    ("O", "PMQA มีกี่หมวด", "RuleQuestion", {"topic": "dimensions"}),
    ("O", "หมวด 5 อยู่มิติไหน", "RuleQuestion", {"topic": "dimensions"}),
    (
        "P",
        "PMQA ของจังหวัดเป้าหมายเทียบกับคะแนนปีไหนคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "criteria"},
    ),
]
TWICE: list[Case] = [
    ("O", "ทำไมจริยธรรมมี 2 ตัวชี้วัดซ้ำกันคะ", "IndicatorQuery", {"indicator": ["4", "5"]}),
    ("O", "ทำไมตัวชี้วัดจริยธรรมขึ้นสองครั้งคะ", "IndicatorQuery", {"indicator": ["4", "5"]}),
    ("O", "ทำไมจริยธรรมได้ 3 คะแนน", "RuleQuestion", {"topic": "why_score"}),
]

# (4) A district officer introducing themselves; the organisation's own short name.
INTRODUCED: list[Case] = [
    (
        "P",
        "สวัสดีค่ะ อำเภอสามโคกนะคะ อยากทราบว่า e-Service ต้องมีอย่างน้อยกี่งานบริการต่ออำเภอคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    (
        "P",
        "ทางอำเภอคลองหลวงขอดูสูตรตัวชี้วัดยาเสพติดหน่อยครับ จะได้เก็บข้อมูลถูก",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "formula"},
    ),
    (
        "P",
        "สวัสดีครับ อำเภอธัญบุรีนะครับ ขอดูเกณฑ์ e-Service หน่อยครับ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    (
        "P",
        "อำเภอลาดหลุมแก้วขอทราบผลขยะล่าสุดครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
    (
        "L",
        "ตัวชี้วัดระดับความสำเร็จฯ ของ สป.รง. มีเกณฑ์ให้คะแนนยังไงครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    ("P", "ขยะมีเกณฑ์การให้คะแนนยังไง", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    # Near misses: another body's news stays theirs; how it is scored stays the formula.
    ("P", "อำเภอลาดหลุมแก้วแจ้งว่ายาเสพติดยังไม่ครบ", "Unknown", {}),
    ("P", "ขยะคิดคะแนนยังไง", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
]

# (5) Score or result.
SCORE_OR_RESULT: list[Case] = [
    (
        "P",
        "รายได้ท่องเที่ยว 1,462.21 ล้าน คะแนนออกมาเท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "score"},
    ),
    ("P", "ขยะ 52.5% คะแนนออกมาเท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    (
        "P",
        "คะแนน PMQA 4.0 ล่าสุด 389.76 ใช่ไหมครับ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "result"},
    ),
    ("O", "PMQA ก.พ. ผลล่าสุดกี่คะแนนนะ", "IndicatorQuery", {"indicator": "10", "aspect": "result"}),
    # Near misses.
    ("P", "PMQA ได้กี่คะแนน ผลล่าสุด", "IndicatorQuery", {"indicator": "6", "aspect": "score"}),
    ("P", "PMQA 4.0 จังหวัดได้กี่คะแนนคะ", "IndicatorQuery", {"indicator": "6", "aspect": "score"}),
    ("P", "ขยะ ผลล่าสุดกี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    (
        "P",
        "ขยะมูลฝอยชุมชน ผลล่าสุด 50.17 ใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
    (
        "P",
        "รายได้ท่องเที่ยว 1,462.21 ล้านค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "1462.21", "raw_value": "1,462.21"},
    ),
]

# (6) Its history: who updated it last, what was sent the time before.
HISTORY: list[Case] = [
    ("O", "ใครเป็นคน update Master Data ครั้งล่าสุดครับ", "History", {"indicator": "7"}),
    ("O", "ใคร update PMQA ล่าสุด", "History", {"indicator": "10"}),
    ("P", "ผล e-Service ที่ส่งไปครั้งก่อนเท่าไหร่นะ จำไม่ได้", "History", {"indicator": "5"}),
    ("P", "ขยะที่บันทึกไปรอบที่แล้วได้เท่าไหร่คะ", "History", {"indicator": "2"}),
    # Near misses: the latest result and what was recorded asked of it stay the result.
    ("P", "ผล e-Service ล่าสุดเท่าไหร่", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    ("P", "ขยะที่บันทึกไปได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    (
        "O",
        "update Master Data ล่าสุดได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "result"},
    ),
]

ALL = (
    ITEMS_POINTED
    + ITEM_WORDS_ALONE
    + TYPOS
    + SHORT_OF
    + WORKED_OUT
    + TWICE
    + INTRODUCED
    + SCORE_OR_RESULT
    + HISTORY
)


@readings(ITEMS_POINTED + ITEM_WORDS_ALONE)
def test_an_item_pointed_at_asks_the_items_its_words_alone_the_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TYPOS)
def test_typos_of_a_name_and_of_the_criteria_keep_what_they_name(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SHORT_OF + WORKED_OUT + TWICE)
def test_falling_short_working_out_and_a_name_for_two(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(INTRODUCED)
def test_a_district_officer_introducing_themselves_asks_of_the_province(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SCORE_OR_RESULT)
def test_the_score_a_figure_came_to_and_the_assessments_latest_points(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HISTORY)
def test_who_updated_last_and_what_was_sent_before_are_the_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    asked = [(org, text) for org, text, intent, _ in ALL if intent != "SubmitValue"]
    assert [t for org, t in asked if read_as_writes([t], org)] == []
