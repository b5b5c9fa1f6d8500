"""Round 29 (standing7): where the organisation or a unit stands, and what was sent so far.

The history looked at by its word ("ขอดูประวัติที่ส่งผล PMQA ไปครับ", "ขอดูประวัติการส่งทั้งหมด
ของเดือนนี้") is the history, above a step not sent yet or a month's deadlines; a sentence of
the asker's worry after the ask ("…ล่าสุดคะ หนูกลัวส่งซ้ำกับพี่") names nothing. A unit asked
what it still has outstanding ("กองกลางมีอะไรที่ยังไม่ครบไหม", "…กองคลังมีอะไรค้างเกินกำหนด
ไหมคะ") is its status, not the late-sending rule. The indicators still short of their target,
asked with the reason after ("…บ้างคะ หัวหน้าจะเอาไปคุยในที่ประชุม กบจ.") or of the province
called by its kind ("ของจังหวัดมีตัวไหนที่ยังไม่ผ่านบ้างคะ"), are the organisation's status.
None of these is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The history looked at by its word, or who sent last with the asker's worry after it.
HISTORY: list[Case] = [
    (
        "B",
        "ขอดูประวัติที่ส่งผล PMQA ไปครับ ไม่แน่ใจว่าพี่คนเก่าส่งไว้ยัง",
        "History",
        {"indicator": "8"},
    ),
    ("L", "ขอดูประวัติการส่งทั้งหมดของเดือนนี้ค่ะ", "History", {}),
    ("P", "ขอดูประวัติการส่งผลขยะหน่อยค่ะ", "History", {"indicator": "2"}),
    ("P", "ใครส่งผลขยะล่าสุดคะ หนูกลัวส่งซ้ำกับพี่", "History", {"indicator": "2"}),
    # Near misses: the month's deadlines, a result not yet sent, chatter about history.
    ("L", "เดือนนี้มีกำหนดส่งอะไรบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
    ("P", "ส่งผลขยะไปยังคะ", "Missing", {"indicator": "2"}),
    ("L", "ลูกสาวสอบวิชาประวัติศาสตร์ได้เกรด 4 ค่ะ", "Unknown", {}),
    ("L", "ใครส่งขนมมาฝากคะ อร่อยมาก", "Unknown", {}),
    ("L", "ย้อนดูประวัติกองนิติการให้หน่อยครับ", "History", {"unit": "กองนิติการ"}),
]

# (2) A unit asked what it still has outstanding: its status.
OUTSTANDING: list[Case] = [
    ("L", "กองกลางมีอะไรที่ยังไม่ครบไหมครับ", "Status", {"unit": "กองกลาง"}),
    ("L", "ท่านรองถามมาว่ากองคลังมีอะไรค้างเกินกำหนดไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังมีอะไรค้างอยู่บ้างครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "ศทส. มีอะไรที่ยังค้างอยู่ไหมคะ", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    # Near misses: lateness asked of no unit stays the rules'.
    ("L", "ส่งแผนเกินกำหนดโดนหักกี่คะแนนคะ", "RuleQuestion", {"topic": "deductions"}),
]

# (3) The indicators still short, with the reason after the ask or of the province by its kind.
STILL_SHORT: list[Case] = [
    ("P", "ตัวไหนยังไม่ถึงเป้าบ้างคะ หัวหน้าจะเอาไปคุยในที่ประชุม กบจ.", "Status", {}),
    ("P", "ตัวไหนยังไม่ถึงเป้าบ้างคะ", "Status", {}),
    ("B", "มีตัวไหนยังไม่ถึงเป้าบ้างครับ ผอ.จะใช้ประกอบการประชุมพรุ่งนี้", "Status", {}),
    ("P", "ของจังหวัดมีตัวไหนที่ยังไม่ผ่านบ้างคะ", "Status", {}),
    ("P", "มีตัวไหนที่ยังไม่ผ่านบ้างคะ", "Status", {}),
    # Near misses: one indicator's failed items stay its own.
    ("P", "ขยะมีข้อไหนที่ยังไม่ผ่านคะ", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
]

# (4) The organisation's total or average score, its name glued to the verb or by its kind.
TOTALS: list[Case] = [
    ("O", "ก.พ.ได้คะแนนรวมเท่าไหร่แล้วคะ", "Status", {}),
    ("O", "ก.พ. ได้คะแนนรวมเท่าไหร่แล้วคะ", "Status", {}),
    ("L", "ตอนนี้สป.รง.ได้คะแนนรวมเท่าไหร่", "Status", {}),
    ("L", "ภาพรวมสำนักงานตอนนี้คะแนนเฉลี่ยเท่าไหร่ครับ", "Status", {}),
    ("L", "ตอนนี้คะแนนเฉลี่ยทั้งสำนักงานเท่าไหร่", "Status", {}),
    # Near misses: one unit's average stays the unit's; an indicator's total stays its score.
    ("L", "กองคลังคะแนนเฉลี่ยเท่าไหร่", "Status", {"unit": "กองคลัง"}),
    ("O", "คะแนน PMQA ของก.พ.ได้เท่าไหร่", "IndicatorQuery", {"indicator": "10", "aspect": "score"}),
]

ALL = HISTORY + OUTSTANDING + STILL_SHORT + TOTALS


@readings(HISTORY)
def test_the_history_looked_at_by_its_word_is_the_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OUTSTANDING)
def test_a_unit_asked_what_it_still_has_outstanding_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STILL_SHORT)
def test_the_indicators_still_short_are_the_organisations_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TOTALS)
def test_the_organisations_total_or_average_score_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert [t for org, t, _, _ in ALL if read_as_writes([t], org)] == []
