"""Round 32 (criteria9): criteria and targets asked, aliases of indicators, chatter with an
indicator's or a rule's words.

A target asked with a base-year score in PMQA 4.0's range and no indicator named ("ถ้าปี 66
ได้เกิน 450 เป้าขั้นสูงคือเท่าไหร่", "(คะแนนปี 2566 + 445)/2 คือเป้าอะไร") is the criteria of
the organisation's own PMQA indicator: no other indicator is scored out of 500. Names teams
call indicators by ("HRD plan" for the staff-development plan, "ตัวรับงบตรง" for the municipal
direct-budget one) name them; what an indicator is, asked with what it takes ("GD catalog
คืออะไร ต้องทำอะไรบ้าง"), is its card, no deadline. Chatter holding an indicator's or a rule's
words (rubbish on the canal, an ethics training, a laugh at a deduction, thanks for an
explanation) asks the bot nothing.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) A target asked with a base-year score in PMQA 4.0's range: the PMQA indicator's criteria.
PMQA_BY_BASE_YEAR: list[Case] = [
    (
        "B",
        "ถ้าคะแนนปี 66 อยู่ระหว่าง 350-400 เป้ามาตรฐานคือเท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
    (
        "O",
        "ถ้าปี 66 ได้เกิน 450 เป้าขั้นสูงคือเท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "criteria"},
    ),
    (
        "O",
        "(คะแนนปี 2566 + 445)/2 คือเป้าอะไรครับ ขั้นไหน",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "criteria"},
    ),
    (
        "O",
        "ถ้าปี 2566 ได้เกิน 450 เป้ามาตรฐานคิดยังไงคะ",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "criteria"},
    ),
    (
        "B",
        "ปี 66 ได้ 412 เป้าขั้นต้นปีนี้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
    # Near misses: PMQA named keeps its reading; another indicator's base year is its own.
    (
        "P",
        "ถ้า PMQA ปี 66 เราได้ 362 เกณฑ์เราอยู่กลุ่มไหนคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "criteria"},
    ),
    (
        "B",
        "PMQA ปี 66 เราได้ 385 เป้าขั้นสูงปีนี้เท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
    (
        "B",
        "DG score ปี 66 ได้ 78 เป้าขั้นสูงเท่าไหร่",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    (
        "P",
        "ขยะปี 66 ได้ 400 ตัน เป้าปีนี้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "criteria"},
    ),
]

# (2) Names teams call indicators by; what an indicator is, asked with what it takes.
ALIASES: list[Case] = [
    ("O", "HRD plan ได้กี่คะแนนครับ", "IndicatorQuery", {"indicator": "3", "aspect": "score"}),
    ("O", "HRD plan เป้าหมายเท่าไหร่", "IndicatorQuery", {"indicator": "3", "aspect": "criteria"}),
    ("B", "ตัวรับงบตรง เป้าเท่าไหร่คะ", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
    ("B", "ตัวรับงบตรงได้กี่คะแนน", "IndicatorQuery", {"indicator": "1", "aspect": "score"}),
    (
        "B",
        "น้องฝึกงานค่ะ 🙏 GD catalog คืออะไรคะ ต้องทำอะไรบ้าง",
        "IndicatorQuery",
        {"indicator": "5"},
    ),
    ("B", "GD catalog คืออะไร ต้องทำอะไรบ้างคะ", "IndicatorQuery", {"indicator": "5"}),
    ("O", "master data คืออะไรคะ ต้องส่งอะไรบ้าง", "IndicatorQuery", {"indicator": "7"}),
    # The criteria or the formula asked of none named, where the organisation has one.
    ("L", "เกณฑ์?", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
    ("L", "สูตรคะแนน?", "IndicatorQuery", {"indicator": "1", "aspect": "formula"}),
    (
        "L",
        "KPI ของเราปีนี้เกณฑ์ให้คะแนนยังไงครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    # Near misses: a step's work and the work now are the rules' and the deadlines'; the
    # failed items of none named stay unnamed; several indicators, none picked.
    ("L", "ข้อไหนยังไม่ผ่านบ้างคะ", "IndicatorQuery", {"indicator": "?", "aspect": "failed"}),
    ("B", "เกณฑ์?", "IndicatorQuery", {"indicator": "?", "aspect": "criteria"}),
    ("L", "แผนคืออะไร ต้องส่งอะไรบ้าง", "Deadlines", {"step": "3"}),
    ("L", "ขั้นตอนที่ 3 ต้องทำอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ("L", "ตอนนี้ต้องทำอะไรบ้างคะ", "Deadlines", {}),
    ("O", "แผนพัฒนาบุคลากรได้กี่คะแนน", "IndicatorQuery", {"indicator": "3", "aspect": "score"}),
]

# (2b) What a figure of the criteria means, or what the criteria are, asked of a named one.
FIGURES: list[Case] = [
    (
        "O",
        "Master Data จำนวน X ชุด คือกี่ชุดคะ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    (
        "O",
        "แผนพัฒนาบุคลากร ที่ว่าร้อยละ 50 ของส่วนราชการ หมายถึงอะไรคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "criteria"},
    ),
    (
        "O",
        "แผนพัฒนาบุคลากรที่ว่าไม่น้อยกว่าร้อยละ 50 ของส่วนราชการ คืออะไรคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "criteria"},
    ),
    (
        "B",
        "Mandatory Metadata 14 รายการ ต้องครบทุกชุดไหมคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    (
        "B",
        "Mandatory Metadata ต้องมีกี่รายการครับ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    (
        "B",
        "Mandatory Metadata 14 รายการ ใช้เป็นแนวทางประเมินตัวชี้วัด GD Catalog ด้วยใช่ไหมครับ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    # Near misses: a share of the plan's rules; a result asked of the named one.
    ("L", "ร้อยละ 85 ที่ว่าหมายถึงอะไรคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("O", "Master Data ได้กี่ชุดแล้ว", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
]

# (3) Chatter holding an indicator's or a rule's words: nothing asked of the bot.
CHATTER: list[Case] = [
    ("P", "ขยะริมคลองรังสิตล้นอีกแล้ว ใครแจ้งเทศบาลทีค่ะ", "Unknown", {}),
    ("P", "รถขยะ อบต. ไม่มาเก็บอีกแล้ว แถวคลองหลวง", "Unknown", {}),
    ("O", "พรุ่งนี้มีอบรมจริยธรรมที่ห้องประชุมชั้น 3 นะคะ ใครลงชื่อแล้วบ้าง", "Unknown", {}),
    ("B", "ปีนี้งบสัมมนาโดนตัดอีกแล้ว เฮ้อ", "Unknown", {}),
    ("L", "55555 โดนหักเพราะส่งเมลล์", "SmallTalk", {"kind": "laugh"}),
    ("L", "ขอบคุณมากค่ะ เข้าใจเรื่องหักคะแนนแล้ว 🙏", "SmallTalk", {"kind": "thanks"}),
    # Near misses: the indicator asked, a deduction asked, a step reported.
    ("P", "ขยะได้กี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("O", "จริยธรรมผ่านยัง", "IndicatorQuery", {"indicator": ["4", "5"], "aspect": "tier"}),
    ("L", "กองคลังโดนหักคะแนนเพราะอะไรคะ", "RuleQuestion", {"topic": "why_score"}),
    ("L", "ขอบคุณค่ะ ส่งแผนแล้วนะคะ", "MarkStep", {"step": "3"}),
    ("L", "555 ส่งแผนแล้วค่ะ", "MarkStep", {"step": "3"}),
]

ALL = PMQA_BY_BASE_YEAR + ALIASES + FIGURES + CHATTER


@readings(PMQA_BY_BASE_YEAR)
def test_a_target_asked_with_a_pmqa_base_year_score_is_the_pmqa_criteria(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ALIASES)
def test_names_teams_call_indicators_by_name_them(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FIGURES)
def test_a_figure_of_the_criteria_asked_is_the_criteria(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHATTER)
def test_chatter_with_an_indicators_or_a_rules_words_asks_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
