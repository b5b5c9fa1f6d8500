"""Round 22 (last fixer): the organisation's summary asked with words of time or manner.

1. "ประจำสัปดาห์", "ประจำเดือน", "แบบย่อๆ", "ด่วน" name nothing: a summary asked with them is the
   status ("สรุปสถานะ pmqa ประจำสัปดาห์นี้หน่อยจ้า"), and so is the organisation's short name with
   ตัวชี้วัด and such words ("ขอสรุปผลตัวชี้วัดสำนักงบฯ แบบย่อๆ ค่ะ"). An indicator named beside
   them keeps its reading, and no question becomes a write.
2. "งบตรง" is how people say the item's "งบประมาณตรง" (a long form in data/nlu/report_words.txt):
   "ตัวชี้วัดเรื่องงบตรงให้ท้องถิ่นได้ผลเท่าไหร่" names สงป.'s indicator 1; a report of it stays
   a report.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

SUMMARY_WITH_TIME_OR_MANNER = [
    ("L", "สรุปสถานะ pmqa ประจำสัปดาห์นี้หน่อยจ้า", "Status", {}),
    ("L", "สรุปสถานะ pmqa ประจำเดือนนี้หน่อย", "Status", {}),
    ("P", "ขอสรุปสถานะประจำสัปดาห์หน่อยครับ", "Status", {}),
    ("B", "ขอสรุปผลตัวชี้วัดสำนักงบฯ แบบย่อๆ ค่ะ ผอ.ขอด่วน", "Status", {}),
    ("B", "ขอสรุปผลตัวชี้วัดสำนักงบฯ สั้นๆ ค่ะ", "Status", {}),
    ("B", "ขอภาพรวมตัวชี้วัดของสำนักงบฯ หน่อยครับ", "Status", {}),
    ("L", "สรุปสถานะ pmqa หน่อยจ้า", "Status", {}),
]


@readings(SUMMARY_WITH_TIME_OR_MANNER)
def test_summary_with_time_or_manner(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


NAMED_STAYS = [
    (
        "L",
        "ตัวชี้วัดที่ 1 เกณฑ์ให้คะแนนยังไงครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    ("B", "สรุปผลตัวชี้วัดที่ 2 แบบย่อๆ ค่ะ", "IndicatorQuery", {"indicator": "2"}),
]


@readings(NAMED_STAYS)
def test_named_indicator_stays(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


DIRECT_BUDGET = [
    (
        "B",
        "ตัวชี้วัดเรื่องงบตรงให้ท้องถิ่นได้ผลเท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
    ("B", "งบตรงให้ท้องถิ่นได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("B", "ตัวชี้วัดงบตรงท้องถิ่นเกณฑ์ยังไงครับ", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
    ("B", "อปท. รับงบตรงกี่แห่งแล้ว", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("B", "ลดการโอนงบได้ผลเท่าไหร่ครับ", "IndicatorQuery", {"indicator": "3", "aspect": "result"}),
]


@readings(DIRECT_BUDGET)
def test_direct_budget(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_direct_budget_report_stays_a_report() -> None:
    assert settled("เทศบาลตำบลรับงบตรง 20 แห่ง", "B")[0] == "SubmitValue"


@readings(SUMMARY_WITH_TIME_OR_MANNER + NAMED_STAYS + DIRECT_BUDGET)
def test_never_a_write(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"
