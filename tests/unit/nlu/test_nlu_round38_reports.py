"""Round 38, indicator questions (reports38): misses of dev_fresh134-138 on arrival.

1. An indicator named by its English name, said in Thai letters ("พาทิซิพาทอรี่บัดเจ็ท",
   "ดีจีเรดดี้เนส"), by what it is about in English ("Gov 4.0", "open data") or by its Thai
   name ("ข้อมูลหลักของหน่วยงาน" is Master Data) is that indicator.
2. The organisation's PMQA asked to stand at a level ("PMQA ก.พ. อยู่ระดับ Advance ไหมคะ",
   "PMQA เราอยู่ Basic หรือ Advance แล้ว", "PMQA ก.พ. ถึง Advance ยัง") is its tier; a score
   put against the level, or the level's own rule ("ถ้าได้ 405 จะอยู่ระดับ Advance ไหม"), is
   still the rule.
3. The aspect asked in words that were not cues: the items in English ("กี่ items", "item
   ไหน"), datasets counted ("กี่ dataset"), how it is counted ("วิธีนับ…"), which one a title
   led by its level got ("ระดับ DG ได้ไหน"), and two names joined by "หรือ" inside one ask of
   the criteria ("ต้องเชื่อมผ่าน GDX หรือ Linkage Center ด้วยไหมถึงได้ขั้นสูง").
4. An indicator's own rule asked in the words of a plan-wide one: PMQA's average of its
   categories worked out ("PMQA คะแนนเฉลี่ย 7 หมวดคิดยังไง") is its formula, the levels its
   criteria count ("เกณฑ์ 5 ระดับคืออะไร") its criteria, what its result is measured from
   ("…วัดผลจากอะไร จำนวนหนังสือหารือใช่ไหม") its formula, letters named or not; the total's
   working, a level's meaning and a way of sending stay the rules'.
5. The indicator word leading a title typed in full ("ตชว.ขับเคลื่อนหน่วยงานสู่ระบบราชการ ๔.๐")
   names that indicator, though the title is in everyday words; the group's chat about a
   keyword ("ขยะหน้าบ้านไม่มีใครมาเก็บเลย") stays chat.
6. Rules asked by a figure: a score of PMQA's size with nothing named, put against the levels
   ("ได้ 390 คะแนนนี่อยู่ระดับไหน"), is the level's rule (a unit's is its status, an indicator's
   or the organisation's PMQA its tier); a cut of points by its size, asked what it is for
   ("ที่ตัด 0.05 คือกรณีไหน"), is the deductions' rule (a budget cut is not).
"""

from __future__ import annotations

from tests.fakes.understanding import readings, settled, unlabelled_writes

IQ = "IndicatorQuery"


def _tier(code: str) -> dict[str, object]:
    return {"indicator": code, "aspect": "tier"}


# 1. names said otherwise
NAMES_SAID_OTHERWISE = [
    ("B", "พาทิซิพาทอรี่บัดเจ็ท ได้กี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("B", "พาร์ทิซิพาทอรี่ บัดเจ็ต เป็นยังไงบ้าง", "IndicatorQuery", {"indicator": "2"}),
    ("B", "ดีจีเรดดี้เนส ได้กี่แต้ม", "IndicatorQuery", {"indicator": ["6", "7"], "aspect": "score"}),
    ("O", "ดีจี เรดดี้เนส ได้ระดับไหนแล้ว", IQ, _tier("8")),
    ("L", "Gov 4.0 KPI score?", "IndicatorQuery", {"indicator": "1", "aspect": "score"}),
    ("L", "government 4.0 คิดยังไง", "IndicatorQuery", {"indicator": "1", "aspect": "formula"}),
    ("O", "Gov 4.0 ได้ระดับไหน", IQ, _tier("10")),
    ("B", "open data kpi คิดยังไง", "IndicatorQuery", {"indicator": "5", "aspect": "formula"}),
    ("O", "ข้อมูลหลักของหน่วยงาน", "IndicatorQuery", {"indicator": "7"}),
    ("O", "ข้อมูลหลักของหน่วยงานได้กี่คะแนน", "IndicatorQuery", {"indicator": "7", "aspect": "score"}),
    # Near misses: a value told with the version stays a value; chat about open data stays chat.
    (
        "L",
        "Government 4.0 ได้ 4.5 ครับ",
        "SubmitValue",
        {"indicator": "1", "value": "4.5", "raw_value": "4.5"},
    ),
    ("O", "@พี่หนึ่ง Master Data ต่างกับ open data ยังไงคะ หนูงงมาก", "Unknown", {}),
]


@readings(NAMES_SAID_OTHERWISE)
def test_an_indicator_named_otherwise_is_that_indicator(
    org: str, text: str, intent: str, slots: dict[str, object]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_names_said_otherwise_start_no_write() -> None:
    assert unlabelled_writes(NAMES_SAID_OTHERWISE) == []


# 2. the organisation's PMQA asked to stand at a level
PMQA_STANDING = [
    ("O", "PMQA ก.พ. อยู่ระดับ Advance ไหมคะ", IQ, _tier("10")),
    ("O", "PMQA ของเราอยู่ระดับ Significance ไหม", IQ, _tier("10")),
    ("B", "PMQA อยู่ระดับ Basic หรือเปล่าคะ", IQ, _tier("8")),
    ("B", "PMQA เราอยู่ Basic หรือ Advance แล้วครับ", IQ, _tier("8")),
    ("O", "PMQA ก.พ. ถึง Advance ยังครับ", IQ, _tier("10")),
    ("P", "PMQA จังหวัดอยู่ระดับ Advance ไหมคะ", IQ, _tier("6")),
    # Near misses: a score put against a level, a level's own range, the rule's words.
    ("O", "ถ้า PMQA ได้ 405 จะอยู่ระดับ Advance ไหมครับ", "RuleQuestion", {"topic": "level"}),
    ("O", "PMQA 412 คะแนน อยู่ระดับ Advance ใช่ไหมคะ", "RuleQuestion", {"topic": "level"}),
    ("O", "ระดับ Advance ต้องได้กี่คะแนน", "RuleQuestion", {"topic": "level"}),
    ("O", "ถ้าจะอยู่ระดับ Advance ต้องทำยังไง", "RuleQuestion", {"topic": "level"}),
    ("O", "Basic กับ Advance ต่างกันยังไงครับ", "RuleQuestion", {"topic": "level"}),
    ("L", "กองคลังได้ระดับ Advance ยัง", "Status", {"unit": "กองคลัง"}),
]


@readings(PMQA_STANDING)
def test_the_pmqa_standing_at_a_level_is_its_tier(
    org: str, text: str, intent: str, slots: dict[str, object]
) -> None:
    assert settled(text, org) == (intent, slots)


# 3. aspects asked in other words
ASPECTS_IN_OTHER_WORDS = [
    ("B", "PB มีกี่ items ที่ต้องประเมินครับ", IQ, {"indicator": "2", "aspect": "items"}),
    ("B", "PB item ไหนไม่ผ่าน", IQ, {"indicator": "2", "aspect": "failed"}),
    ("P", "ขยะมีกี่ items", IQ, {"indicator": "2", "aspect": "items"}),
    (
        "B",
        "GD Catalog ตอนนี้ register ไปกี่ dataset แล้วครับ",
        IQ,
        {"indicator": "5", "aspect": "result"},
    ),
    ("O", "วิธีนับชุดข้อมูล Master Data เป็นยังไงครับ", IQ, {"indicator": "7", "aspect": "formula"}),
    ("O", "วิธีนับ Master Data", IQ, {"indicator": "7", "aspect": "formula"}),
    ("O", "ระดับ DG ได้ไหน", IQ, _tier("8")),
    ("O", "ระดับความพร้อมรัฐบาลดิจิทัลได้ไหนแล้ว", IQ, _tier("8")),
    (
        "O",
        "Master Data ต้องเชื่อมผ่าน GDX หรือ Linkage Center ด้วยไหมถึงได้ขั้นสูง",
        IQ,
        {"indicator": "7", "aspect": "criteria"},
    ),
    # Near misses: the title alone, a yes-or-no "ได้ไหม", Thai item words, the result counted.
    ("O", "ระดับ DG", IQ, {"indicator": "8"}),
    ("O", "ระดับ DG ได้ไหมครับ", IQ, {"indicator": "8"}),
    ("B", "PB มีกี่ข้อที่ต้องประเมินครับ", IQ, {"indicator": "2", "aspect": "items"}),
    ("B", "GD Catalog ตอนนี้ลงทะเบียนไปกี่ชุดแล้วครับ", IQ, {"indicator": "5", "aspect": "result"}),
]


@readings(ASPECTS_IN_OTHER_WORDS)
def test_aspects_asked_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, object]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_aspects_in_other_words_start_no_write() -> None:
    assert unlabelled_writes(ASPECTS_IN_OTHER_WORDS) == []


# 4. an indicator's own rule, in a plan-wide rule's words
OWN_RULES = [
    ("O", "PMQA คะแนนเฉลี่ย 7 หมวดคิดยังไงครับ", IQ, {"indicator": "10", "aspect": "formula"}),
    (
        "L",
        "ตัวชี้วัด PMQA ของกระทรวงเรา เกณฑ์ 5 ระดับคืออะไรคะ",
        IQ,
        {"indicator": "1", "aspect": "criteria"},
    ),
    ("P", "ขยะ เกณฑ์ 5 ระดับคืออะไร", IQ, {"indicator": "2", "aspect": "criteria"}),
    (
        "O",
        "ตัวชี้วัดแต่งตั้งวัดผลจากอะไร จำนวนหนังสือหารือใช่ไหม",
        IQ,
        {"indicator": "2", "aspect": "formula"},
    ),
    ("O", "ตัวชี้วัดแต่งตั้งวัดผลจากอะไร", IQ, {"indicator": "2", "aspect": "formula"}),
    # Near misses: the plan's total, a level's meaning, a way of sending.
    ("L", "คะแนนรวมคิดยังไงครับ ถ่วงตามน้ำหนักหรือเฉลี่ยเฉยๆ", "RuleQuestion", {"topic": "why_score"}),
    ("L", "คะแนนเฉลี่ยคิดยังไง", "RuleQuestion", {"topic": "why_score"}),
    ("L", "ระดับ 5 คืออะไร", "RuleQuestion", {"topic": "level"}),
    ("L", "ระดับ 3 หมายถึงอะไรครับ", "RuleQuestion", {"topic": "level"}),
    ("O", "ส่งเป็นหนังสือได้ไหม", "RuleQuestion", {"topic": "channel"}),
]


@readings(OWN_RULES)
def test_an_indicators_own_rule_is_asked_of_it(
    org: str, text: str, intent: str, slots: dict[str, object]
) -> None:
    assert settled(text, org) == (intent, slots)


# 5. a title typed in full after the indicator word
TITLES_TYPED = [
    ("L", "ตชว.ขับเคลื่อนหน่วยงานสู่ระบบราชการ ๔.๐", IQ, {"indicator": "1"}),
    ("L", "ตัวชี้วัดขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0", IQ, {"indicator": "1"}),
    # Near misses: chat about a keyword, with or without the indicator word.
    ("P", "ขยะหน้าบ้านไม่มีใครมาเก็บเลย", "Unknown", {}),
    ("P", "ตัวชี้วัดขยะหน้าบ้านไม่มีใครมาเก็บเลย", "Unknown", {}),
]


@readings(TITLES_TYPED)
def test_a_title_typed_after_the_indicator_word_names_it(
    org: str, text: str, intent: str, slots: dict[str, object]
) -> None:
    assert settled(text, org) == (intent, slots)


# 6. rules asked by a figure
RULES_BY_A_FIGURE = [
    ("L", "ได้ 390 คะแนนนี่อยู่ระดับไหนครับ", "RuleQuestion", {"topic": "level"}),
    ("L", "ที่ตัด 0.05 คือกรณีไหนครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ตัด 0.5 หมายถึงอะไรคะ", "RuleQuestion", {"topic": "deductions"}),
    # Near misses: a unit's, the organisation's PMQA, a level's score, a budget cut.
    ("L", "กองคลังได้ 390 คะแนน อยู่ระดับไหน", "Status", {"unit": "กองคลัง"}),
    ("P", "pmqa จังหวัดได้ 389 กว่าคะแนน ผ่านขั้นไหนคะ", IQ, _tier("6")),
    ("P", "PMQA จังหวัด 389.76 อยู่ระดับไหนครับ ถึง Basic รึยัง", IQ, _tier("6")),
    ("L", "ตัดงบ 5 ล้าน คือกรณีไหน", "Unknown", {}),
]


@readings(RULES_BY_A_FIGURE)
def test_rules_asked_by_a_figure(
    org: str, text: str, intent: str, slots: dict[str, object]
) -> None:
    assert settled(text, org) == (intent, slots)
