"""Round 25 (aspects3), from dev_fresh72-76: indicators named in other words, values told beside
the items they passed, a past year's count, and the aspects asked (formula, score).

1. Eco Industrial Town by its initials ("EIT") or with its เชิง left out ("เมืองอุตฯ นิเวศ",
   "อุตสาหกรรมนิเวศ").
2. A title's head cut short by "ฯ" ("ระดับความสำเร็จของการขับเคลื่อนฯ") names the one title
   starting so; a measure word alone ("ระดับความสำเร็จฯ") names none.
3. A province's own office with "ขอ" glued to it ("ทางสำนักงานจังหวัดขอรายงานผล…") is no other
   body.
4. A value told with the items it passed and nothing asked ("ได้ระดับ 5 ค่ะ ผ่านครบทุกประเด็น")
   is the value; the count of items passed ("ครบทั้ง 3 ประเด็น") is none. Asked, the items.
5. A manual circulated ("ยังเหลือการแจ้งเวียนคู่มือ") asks for no help.
6. A past year's count ("ปี 66 ก.พ. มี Pillar ระดับ 3 ขึ้นไป 4 Pillar") is a baseline; this
   year's is a value, asked ("มีกี่") a question, nothing of an indicator ("มีประชุม") none.
7. The formula asked as the data collected ("ต้องเก็บข้อมูลอะไรบ้าง"), who is counted ("นับผู้รับ
   บริการยังไง"), and PMQA's categories worked from ("คิดคะแนนจากกี่หมวด").
8. "ได้กี่คะแนนตามเกณฑ์": the score the criteria give, not the criteria.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

NAMED = [
    ("P", "EIT ของเรามีกี่ข้อ ผ่านกี่ข้อ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    ("P", "eit ได้เท่าไหร่", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("P", "อุตฯนิเวศ ผ่านเกณฑ์ยัง", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    (
        "P",
        "อุตสาหกรรมนิเวศต้องถึงระดับไหนถึงจะได้ขั้นสูง",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    (
        "P",
        "เมืองอุตฯ นิเวศ ได้ระดับ ๓ นะคะ",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "๓"},
    ),
    ("L", "ระดับความสำเร็จของการขับเคลื่อนฯ", "IndicatorQuery", {"indicator": "1"}),
    ("B", "ระดับความสำเร็จของปริมาณการโอนฯ", "IndicatorQuery", {"indicator": "3"}),
    ("P", "การให้บริการประชาชนด้วยระบบฯ", "IndicatorQuery", {"indicator": "5"}),
    ("L", "ระดับความสำเร็จของฯ", "Unknown", {}),
    ("B", "ระดับความสำเร็จฯ", "Unknown", {}),
]


@readings(NAMED)
def test_indicators_named_in_other_words(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


VALUES = [
    (
        "P",
        "เรียนทีมงานค่ะ ทางสำนักงานจังหวัดขอรายงานผลท่องเที่ยว ไตรมาส 1 ได้ 412.3 ล้านบาทค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "412.3", "raw_value": "412.3"},
    ),
    (
        "P",
        "ทางสำนักงานจังหวัด ขอรายงานผลท่องเที่ยว ได้ 412.3 ล้านบาทค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "412.3", "raw_value": "412.3"},
    ),
    (
        "O",
        "หลักสูตรสอบแข่งขัน ได้ระดับ 5 ค่ะ ผ่านครบทุกประเด็น",
        "SubmitValue",
        {"indicator": "1", "value": "5", "raw_value": "5"},
    ),
    (
        "B",
        "Participatory Budgeting ได้ระดับ 5 ครับ ผ่านครบทั้ง 3 ประเด็น",
        "SubmitValue",
        {"indicator": "2", "value": "5", "raw_value": "5"},
    ),
    (
        "O",
        "แต่งตั้ง ผ่านครบ 3 ข้อ ได้ระดับ 5 ค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "5", "raw_value": "5"},
    ),
    (
        "O",
        "ตัวชี้วัดแต่งตั้ง ขอรายงานระดับ 4 ครับ ยังเหลือการแจ้งเวียนคู่มือ",
        "SubmitValue",
        {"indicator": "2", "value": "4", "raw_value": "4"},
    ),
    (
        "O",
        "ปี 66 ก.พ. มี Pillar ระดับ 3 ขึ้นไป 4 Pillar ค่ะ",
        "SubmitBaseline",
        {"indicator": "8", "value": "4", "raw_value": "4", "year": 2566},
    ),
    (
        "B",
        "ปี 67 มีเทศบาลรับงบตรง 17 แห่ง",
        "SubmitBaseline",
        {"indicator": "1", "value": "17", "raw_value": "17", "year": 2567},
    ),
    (
        "O",
        "ปี 68 มี Pillar ระดับ 3 ขึ้นไป 5 Pillar ค่ะ",
        "SubmitValue",
        {"indicator": "8", "value": "5", "raw_value": "5"},
    ),
]


@readings(VALUES)
def test_values_and_baselines_told(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


KEPT = [
    (
        "B",
        "Participatory Budgeting ได้ระดับ 5 ครับ ผ่านครบทั้ง 3 ประเด็นไหม",
        "IndicatorQuery",
        # Passed in full, the items counted after it, is the tier since round 37.
        {"indicator": "2", "aspect": "tier"},
    ),
    ("P", "ขยะ 3 ข้อผ่านทุกข้อไหม", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    ("O", "หลักสูตรสอบแข่งขันผ่านครบทุกข้อยังครับ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    ("O", "แต่งตั้งยังเหลือการแจ้งเวียนคู่มือไหม", "IndicatorQuery", {"indicator": "2"}),
    ("O", "ขอคู่มือการใช้บอทหน่อย", "Help", {}),
    (
        "O",
        "ปี 66 มี Pillar ระดับ 3 ขึ้นไปกี่ Pillar",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "result"},
    ),
    ("P", "PMQA มีกี่หมวด", "RuleQuestion", {"topic": "dimensions"}),
]


@readings(KEPT)
def test_near_misses_keep_their_readings(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


NOT_WRITES = [
    ("B", "ปี 66 มีประชุม 3 ครั้ง"),
    ("B", "Participatory Budgeting ได้ระดับ 5 ครับ ผ่านครบทั้ง 3 ประเด็นไหม"),
    ("O", "ปี 66 มี Pillar ระดับ 3 ขึ้นไปกี่ Pillar"),
    ("P", "ขยะ 3 ข้อผ่านทุกข้อไหม"),
]


@readings([(org, text, "", {}) for org, text in NOT_WRITES])
def test_questions_and_chatter_are_no_baselines(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org)[0] != "SubmitBaseline"
    if text.endswith(("ไหม", "Pillar")):
        assert category(*settled(text, org)) != "write"


ASPECTS = [
    ("P", "ตัวชี้วัดขยะต้องเก็บข้อมูลอะไรบ้างคะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("P", "ยาเสพติดเก็บข้อมูลยังไง", "IndicatorQuery", {"indicator": "4", "aspect": "formula"}),
    (
        "P",
        "e-service นับผู้รับบริการยังไงคะ นับทุกอำเภอรวมกันไหม",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "formula"},
    ),
    ("P", "ท่องเที่ยวนับนักท่องเที่ยวอย่างไร", "IndicatorQuery", {"indicator": "3", "aspect": "formula"}),
    ("P", "ขยะเก็บข้อมูลจากไหน", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("P", "PMQA คิดคะแนนจากกี่หมวด", "IndicatorQuery", {"indicator": "6", "aspect": "formula"}),
    (
        "O",
        "PMQA ได้กี่คะแนนตามเกณฑ์ ก.พ.ร. ครับ",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "score"},
    ),
    ("P", "ขยะได้กี่คะแนนตามเกณฑ์", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("P", "ขยะได้คะแนนตามเกณฑ์กี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    (
        "O",
        "PMQA ต้องได้กี่คะแนนตามเกณฑ์ ก.พ.ร.",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "criteria"},
    ),
    ("P", "เกณฑ์ขยะได้กี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
]


@readings(ASPECTS)
def test_the_aspect_asked(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 9. "ตัวชี้วัดด้าน X": the area names every indicator of keyword X ("ด้านงบประมาณ" is no item's
#    words); "ข้อไหนยัง pending" asks which items have not passed.
AREAS_AND_PENDING = [
    (
        "B",
        "ตัวชี้วัดด้านงบประมาณทั้ง 4 ตัว ได้คะแนนเท่าไหร่บ้างครับ",
        "IndicatorQuery",
        {"indicator": ["1", "2", "3", "4"], "aspect": "score"},
    ),
    (
        "B",
        "ตัวชี้วัดงบประมาณได้คะแนนเท่าไหร่บ้าง",
        "IndicatorQuery",
        {"indicator": ["1", "2", "3", "4"], "aspect": "score"},
    ),
    (
        "O",
        "ตัวชี้วัดด้านจริยธรรมได้กี่คะแนน",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "score"},
    ),
    ("B", "e-Budgeting ข้อไหนยัง pending", "IndicatorQuery", {"indicator": "4", "aspect": "failed"}),
    (
        "B",
        "e-Budgeting ข้อไหนยัง pending อยู่คะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "failed"},
    ),
    ("B", "PB ข้อไหนผ่านแล้วบ้าง", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    ("B", "e-Budgeting มีกี่ข้อ", "IndicatorQuery", {"indicator": "4", "aspect": "items"}),
]


@readings(AREAS_AND_PENDING)
def test_areas_and_pending_items(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
