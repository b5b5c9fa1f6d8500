"""Round 23 (dev_fresh64–68): the organisation's or a unit's standing asked in other words.
Each family with near misses that keep their reading, and questions that never become writes.

1. The overview asked in other words: the weighted total ("สรุปคะแนนถ่วงน้ำหนักให้หน่อย",
   "คะแนนรวมถ่วงน้ำหนักของเราเท่าไหร่"), the score summed ("ตอนนี้รวมได้เท่าไหร่แล้ว"), the
   organisation by its kind or its short name ("ภาพรวมสำนักตอนนี้…", "สรุปคะแนน สงป. ให้พี่"),
   its kind mistyped ("จังหวัก"), indicators or units counted after "ภาพรวม" ("ภาพรวม สป.รง.
   ส่งครบกี่กองแล้ว"), and a newcomer's greeting before the ask ("สวัสดีค่ะ เพิ่งย้ายมา…
   อยากทราบภาพรวม…"): Status {}.
2. Which indicators are still short, asked of all of them ("ตัวชี้วัดไหนยังไม่ถึงเป้า",
   "…ต่ำกว่าเกณฑ์", "…ยังไม่ถึงขั้นต้น", "…ยังแดงอยู่"): Status {}. One indicator's tier or
   criteria asked stays the indicator's.
3. A unit's standing: whether its attendance reached the bar ("กองคลังเข้าประชุมถึง 85%
   หรือยัง"), and a unit called with a kin word before it ("น้องกนต.คะ ส่งแผนหรือยังคะ"):
   Status {unit}. The attendance told stays a write; who has not sent stays Missing.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 1. the overview asked in other words ------------------------------------------------------
OVERVIEW = [
    ("P", "สรุปคะแนนถ่วงน้ำหนักให้หน่อยครับ", "Status", {}),
    ("L", "ขอสรุปคะแนนถ่วงน้ำหนักหน่อยค่ะ", "Status", {}),
    ("O", "คะแนนรวมถ่วงน้ำหนักของเราตอนนี้เท่าไหร่คะ", "Status", {}),
    ("B", "คะแนนเฉลี่ยถ่วงน้ำหนักของสำนักได้เท่าไหร่แล้วครับ", "Status", {}),
    ("B", "น้องบอท สรุปคะแนน สงป. ให้พี่หน่อยจ้า", "Status", {}),
    ("P", "สรุปคะแนนให้พี่หน่อยนะ", "Status", {}),
    ("B", "ภาพรวมสำนักตอนนี้เป็นไงบ้าง ก่อนผู้อำนวยการเรียกประชุม", "Status", {}),
    ("O", "ภาพรวมสำนักงานตอนนี้เป็นยังไงบ้างคะ", "Status", {}),
    ("P", "สรุปภาพรวมจังหวักหน่อยค่ะ", "Status", {}),
    ("P", "ภาพรวมจังหวักเป็นไงบ้างคะ", "Status", {}),
    ("P", "ในรายงานช่องคะแนนการประเมินยังว่างอยู่เลย ตอนนี้รวมได้เท่าไหร่แล้วครับ", "Status", {}),
    ("B", "ภาพรวมตัวชี้วัดของสำนักงบประมาณตอนนี้ มีผลครบกี่ตัวแล้วคะ", "Status", {}),
    ("L", "ภาพรวม สป.รง. ส่งครบกี่กองแล้วครับ", "Status", {}),
    ("L", "สรุปภาพรวมส่งครบกี่กองแล้วคะ", "Status", {}),
    ("P", "สวัสดีค่ะ เพิ่งย้ายมาสำนักงานจังหวัด อยากทราบภาพรวมตัวชี้วัดของจังหวัดค่ะ", "Status", {}),
    ("P", "สวัสดีครับ เพิ่งย้ายมา อยากทราบภาพรวมของจังหวัดครับ", "Status", {}),
]
OVERVIEW_NEAR = [
    ("L", "ภาพรวมกองคลังตอนนี้เป็นไงบ้าง", "Status", {"unit": "กองคลัง"}),
    ("P", "สรุปคะแนนขยะ", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("P", "ขยะรวมได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "คะแนนขยะรวมได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("L", "ส่งครบกี่กองแล้วครับ", "Missing", {}),
    ("L", "สวัสดีครับ ผมเพิ่งย้ายมาดูตัวชี้วัดของสำนัก", "SmallTalk", {"kind": "greeting"}),
    ("P", "สวัสดีค่ะ ฝากเนื้อฝากตัวด้วยนะคะ", "SmallTalk", {"kind": "greeting"}),
]


@readings(OVERVIEW)
def test_overview_asked_in_other_words(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OVERVIEW_NEAR)
def test_overview_near_misses_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 2. which indicators are still short, of all of them ----------------------------------------
STILL_SHORT = [
    ("P", "ตัวชี้วัดไหนยังไม่ถึงเป้ามั่งคะ", "Status", {}),
    ("P", "ตัวชี้วัดไหนยังต่ำกว่าเกณฑ์บ้างคะ", "Status", {}),
    ("B", "ตอนนี้มีตัวไหนยังไม่ถึงขั้นต้นบ้างครับ", "Status", {}),
    ("O", "ของ ก.พ. มีตัวไหนยังแดงอยู่บ้างครับ", "Status", {}),
    ("P", "ตัวชี้วัดไหนยังแดงอยู่", "Status", {}),
    ("P", "มีตัวไหนต่ำกว่าเป้าบ้างคะ", "Status", {}),
    ("L", "kpi ไหนยังไม่เข้าเป้าบ้าง", "Status", {}),
    ("B", "ตัวชี้วัดใดยังไม่บรรลุเป้าหมายบ้างครับ", "Status", {}),
    ("P", "ตัวไหนยังไม่ถึงเกณฑ์บ้าง", "Status", {}),
]
STILL_SHORT_NEAR = [
    ("P", "ยาเสพติดยังไม่ถึงเป้าใช่ไหม", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("P", "ขยะถึงเป้ายัง", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ยาเสพติดได้ขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("P", "ขยะมีตัวไหนที่ไม่ผ่าน", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    ("P", "ขยะยังต่ำกว่าเกณฑ์อยู่ไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("P", "ขยะตัวไหนยังไม่ถึงเป้า", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("L", "ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("P", "ตัวชี้วัดไหนยังไม่ผ่านบ้าง", "Status", {}),
]


@readings(STILL_SHORT)
def test_which_indicators_are_still_short_is_the_overview(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STILL_SHORT_NEAR)
def test_one_indicator_short_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. a unit's standing -------------------------------------------------------------------
UNIT_STANDING = [
    ("L", "กองคลังเข้าประชุมถึง 85% หรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กนต.เข้าประชุมครบ 85% รึยังครับ", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองกลางเข้าร่วมประชุมถึง 85% แล้วหรือยัง", "Status", {"unit": "กองกลาง"}),
    ("L", "น้องกนต.คะ ส่งแผนหรือยังคะ พี่จะได้ติ๊กให้", "Status", {"unit": "กองนิติการ"}),
    ("L", "พี่กค.คะ ส่งรายชื่อทีมหรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "น้องกจ.คะ ส่งแผนรึยังคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "พี่กองคลังคะ ส่งรายงานผลหรือยังคะ", "Status", {"unit": "กองคลัง"}),
]
UNIT_STANDING_NEAR = [
    ("L", "กองคลังเข้าประชุม 85% แล้วค่ะ", "MarkStep", {"step": "2", "value": "85", "unit": "กองคลัง"}),
    (
        "L",
        "กองคลังเข้าประชุมถึง 85% แล้วค่ะ",
        "MarkStep",
        {"step": "2", "value": "85", "unit": "กองคลัง"},
    ),
    ("L", "สวัสดีค่ะ กองคลังค่ะ ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "ส่งแผนหรือยังคะ", "Missing", {"step": "3"}),
    ("L", "หนูอยู่กองนิติการนะคะ ขอลงทะเบียนค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "กนต. ส่งแผนหรือยังคะ", "Status", {"unit": "กองนิติการ"}),
]


@readings(UNIT_STANDING)
def test_a_units_standing_asked(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNIT_STANDING_NEAR)
def test_a_units_news_and_who_is_missing_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_standing_questions_never_read_as_writes() -> None:
    for org, text, _, _ in [*OVERVIEW, *STILL_SHORT, *UNIT_STANDING]:
        assert category(*settled(text, org)) != "write", text
