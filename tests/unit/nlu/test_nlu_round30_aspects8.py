"""Round 30 (aspects8): an indicator's weight, two indicators' scores compared, and an
indicator's formula or criteria asked in its own words.

An indicator's weight asked ("ตัวชี้วัดขยะน้ำหนักเท่าไหร่คะ") is shown on its card: no aspect;
every indicator's weights ("ขอดูน้ำหนักของทุกตัวชี้วัดหน่อยครับ") are the status. The weighted
total keeps its reading, and a body's weight is chatter. Which of two indicators scores better
("…ตัวไหนคะแนนดีกว่ากัน") asks their scores; the score got, then compared with last year, is
the score. A baseline's figure typed with its measure ("= 76.85 คะแนน") names the indicator
titled by it; pillars counted name the level's indicator; "MD" is Master Data; the agency that
sets a standard ("สพร.") names no indicator when other words name one. Where a named
indicator's score comes from ("คะแนน PMQA มาจากไหนคะ") is its formula. None of the questions is
read as a write.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) An indicator's weight: its card; every indicator's weights: the status.
WEIGHTS: list[Case] = [
    ("P", "ตัวชี้วัดขยะน้ำหนักเท่าไหร่คะ", "IndicatorQuery", {"indicator": "2"}),
    ("O", "น้ำหนักตัวชี้วัด PMQA ของ ก.พ. เท่าไหร่คะ", "IndicatorQuery", {"indicator": "10"}),
    ("P", "ยาเสพติดมีน้ำหนักกี่เปอร์เซ็นต์ครับ", "IndicatorQuery", {"indicator": "4"}),
    ("O", "ขอดูน้ำหนักของทุกตัวชี้วัดหน่อยครับ", "Status", {}),
    ("P", "น้ำหนักแต่ละตัวชี้วัดเท่าไหร่บ้างคะ", "Status", {}),
    # Near misses: the weighted total, a body's weight, the indicator's result.
    ("O", "คะแนนถ่วงน้ำหนักตอนนี้เท่าไรครับ", "Status", {}),
    ("P", "น้ำหนักขึ้นมา 3 โลหลังปีใหม่ 😭 ใครไปวิ่งด้วยกันบ้าง", "Unknown", {}),
    ("P", "ตัวชี้วัดขยะได้เท่าไหร่คะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]
# (2) Which of two scores better: their scores; the score got, compared with last year: the score.
SCORES_COMPARED: list[Case] = [
    (
        "P",
        "ท่องเที่ยวกับยาเสพติดตัวไหนคะแนนดีกว่ากันคะ",
        "IndicatorQuery",
        {"indicator": ["3", "4"], "aspect": "score"},
    ),
    (
        "P",
        "ขยะกับท่องเที่ยวอันไหนคะแนนสูงกว่าคะ",
        "IndicatorQuery",
        {"indicator": ["2", "3"], "aspect": "score"},
    ),
    (
        "P",
        "PMQA จังหวัดได้กี่คะแนน เทียบกับปีที่แล้วดีขึ้นไหมคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "score"},
    ),
    # Near misses: the results compared, and the result compared with a year, keep theirs.
    ("P", "เทียบขยะกับยาเสพติดให้หน่อยครับ ตัวไหนผลดีกว่ากัน", "IndicatorQuery", {"indicator": ["2", "4"]}),
    (
        "B",
        "PMQA ปีนี้เทียบกับปี 2566 เพิ่มขึ้นกี่คะแนน",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "result"},
    ),
]
# (3) Which of the data and DG indicators: the measure typed with a baseline's figure, the
# pillars counted, Master Data by its initials, the standard-setting agency no indicator.
INDICATOR_CHOSEN: list[Case] = [
    (
        "O",
        "baseline DG readiness ปี 66 = 76.85 คะแนน",
        "SubmitBaseline",
        {"indicator": "9", "value": "76.85", "raw_value": "76.85", "year": 2566},
    ),
    (
        "O",
        "DG pillar นับยังไงครับ มี pillar อะไรบ้าง",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "formula"},
    ),
    ("O", "MD ได้คะแนนเท่าไรครับ", "IndicatorQuery", {"indicator": "7", "aspect": "score"}),
    (
        "O",
        "ชุดข้อมูลเปิดได้คุณภาพตามมาตรฐาน สพร. 95% ค่ะ บัญชีข้อมูลภาครัฐ",
        "SubmitValue",
        {"indicator": "6", "value": "95", "raw_value": "95%", "percent": True},
    ),
    # Near misses: no measure typed keeps both; a pillar list asked keeps both; Master Data.
    (
        "O",
        "baseline DG readiness ปี 66 = 76.85",
        "SubmitBaseline",
        {"indicator": ["8", "9"], "value": "76.85", "raw_value": "76.85", "year": 2566},
    ),
    ("B", "7 Pillar มีอะไรบ้างครับ", "IndicatorQuery", {"indicator": ["6", "7"]}),
    ("O", "Master Data ได้คะแนนเท่าไรครับ", "IndicatorQuery", {"indicator": "7", "aspect": "score"}),
]
# (4) Where a named indicator's score comes from: its formula.
SCORE_FROM: list[Case] = [
    (
        "P",
        "คะแนน PMQA มาจากไหนคะ เฉลี่ยทั้ง 7 หมวดใช่ไหม",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "formula"},
    ),
    ("P", "คะแนนขยะมาจากไหนคะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    # Near misses: a unit's score explained, the categories counted, chatter.
    (
        "L",
        "กองกลางได้ 2.95 มาจากไหนคะ คิดว่าน่าจะได้เต็มนะ ช่วยอธิบายหน่อย",
        "RuleQuestion",
        {"topic": "why_score"},
    ),
    ("P", "PMQA มีกี่หมวดคะ", "RuleQuestion", {"topic": "dimensions"}),
    ("P", "ขนมนี้มาจากไหนคะ อร่อยมาก", "Unknown", {}),
]
ALL = WEIGHTS + SCORES_COMPARED + INDICATOR_CHOSEN + SCORE_FROM


@readings(WEIGHTS)
def test_an_indicators_weight_is_its_card_and_every_weight_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SCORES_COMPARED)
def test_which_of_two_scores_better_asks_their_scores(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(INDICATOR_CHOSEN)
def test_the_indicator_is_chosen_by_measure_count_initials_and_not_by_the_agency(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SCORE_FROM)
def test_where_a_named_indicators_score_comes_from_is_its_formula(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
