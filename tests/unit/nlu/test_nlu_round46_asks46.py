"""Round 46, deadlines, where a unit stands and who is missing (asks46).

1. A month said with the step its dues follow ("เดือนหน้ามีกำหนดอะไรต่อจากแผนไหม"): the month is
   asked, the step is only where the dues start from.
2. "deadline" spelt "ดีไลน์" names no LINE channel; a schedule gone over again ("ขอทวนกำหนดการ
   ส่งทั้งหมดอีกที") is every due.
3. The book the answers are bound into, said after the ask ("…หรือยังครับ จะรวมเล่มแล้ว"), is
   why it is asked.
4. A unit's steps not yet passed ("กองคลังเหลือขั้นไหนที่ยังไม่ผ่าน") are its status.
5. The time the answer is needed by glued to the ask ("…สำนักงานก.พ.ก่อนบ่ายสอง") names nothing.
6. An indicator called by its title after KPI or ตัวชี้วัด, its measure asked overall ("KPI
   ระดับความสำเร็จฯ ของ สป.รง. ภาพรวมผลออกมาเท่าไหร่"), is that indicator's.
7. Reporting said as a noun, coming in ("ยังไม่มีการรายงานผลเข้ามา"), names no step.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

MONTH_AFTER_A_STEP: list[Case] = [
    ("L", "เดือนหน้ามีกำหนดอะไรต่อจากแผนไหมคะ", "Deadlines", {"month": 2}),
    ("L", "เดือนหน้ามีอะไรต้องส่งหลังจากแผนไหมคะ", "Deadlines", {"month": 2}),
    ("L", "ต่อจากแผนเดือนหน้ามีกำหนดอะไร", "Deadlines", {"month": 2}),
    ("L", "เดือน ก.พ. มีกำหนดอะไรต่อจากแผนไหม", "Deadlines", {"month": 2}),
    # Near misses: the step after another asked with no month, the step itself with a month.
    ("L", "ขั้นต่อจากแผนส่งเมื่อไหร่", "Deadlines", {"step": "4"}),
    ("L", "เดือนหน้าส่งแผนได้ไหม", "Deadlines", {"step": "3"}),
    ("L", "หลังจากแผนแล้ว อันต่อไปต้องส่งอะไร", "Deadlines", {}),
]

DUES_SPELT_OR_GONE_OVER: list[Case] = [
    ("L", "ดีไลน์ใกล้สุดตอนนี้คืออะไรครับ", "Deadlines", {}),
    ("L", "ดีไลน์แผนวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "ขอทวนกำหนดการส่งทั้งหมดอีกทีค่ะ", "Deadlines", {}),
    ("L", "ทบทวนเดดไลน์อีกรอบครับ", "Deadlines", {}),
    ("O", "ขอทวนกำหนดส่งทั้งหมดอีกครั้งค่ะ", "Deadlines", {}),
    # Near misses: LINE asked as the better way, another schedule gone over.
    ("L", "ส่งทางไลน์ดีไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งทางไหนดีไลน์หรือเมล", "RuleQuestion", {"topic": "channel"}),
    ("L", "ขอทวนกำหนดการประชุมอีกทีค่ะ", "Unknown", {}),
    # Review of round 46: "ดีไลน์" asked nothing of is chatter; after a way of sending (ทาง,
    # ผ่าน, เข้า) it is LINE, the channel.
    ("L", "กลุ่มไลน์นี้ดีไลน์เยอะจัง", "Unknown", {}),
    ("L", "งานเยอะ ดีไลน์ก็ใกล้ เหนื่อยจัง", "Unknown", {}),
    ("L", "ดีไลน์เยอะจังเดือนนี้", "Unknown", {}),
    ("L", "ส่งทางดีไลน์ได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งผ่านดีไลน์ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "เดือนนี้มีดีไลน์อะไรบ้าง", "Deadlines", {"month": 1, "this_month": True}),
]

BOUND_INTO_A_BOOK: list[Case] = [
    ("L", "กองการเจ้าหน้าที่ส่งแผนหรือยังครับ จะรวมเล่มแล้ว", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองคลังส่งแผนหรือยังคะ จะรวมเล่มแล้ว", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "ขอบคุณพี่ๆ ค่ะ ตอนนี้หนูกำลังรวมเล่มผลรอบ 12 เดือนอยู่ ขอภาพรวมคะแนนของกองคลังหน่อยค่ะ",
        "Status",
        {"unit": "กองคลัง"},
    ),
    # Near miss: the book's form asked.
    ("L", "รวมเล่มต้องใช้แบบฟอร์มไหนคะ", "RuleQuestion", {"topic": "form"}),
]

STEPS_NOT_PASSED: list[Case] = [
    ("L", "กองคลังเหลือขั้นไหนที่ยังไม่ผ่านคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังยังไม่ผ่านขั้นไหนบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "ศทส. ยังไม่ผ่านขั้นตอนไหนบ้างครับ", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    # Near misses: an indicator's items, which indicators.
    ("P", "ขยะข้อไหนยังไม่ผ่าน", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    ("L", "ตัวชี้วัดไหนยังไม่ผ่าน", "Status", {}),
]

NEEDED_BY: list[Case] = [
    ("O", "ขอสรุปคะแนนสำนักงานก.พ.ก่อนบ่ายสองครับ", "Status", {}),
    ("B", "สรุปคะแนนสำนักงบฯก่อนสี่โมงเย็นค่ะ", "Status", {}),
    ("L", "ขอสรุปคะแนนก่อนบ่ายโมงครับ", "Status", {}),
    ("P", "คะแนนขยะก่อนบ่ายสองครับ", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    # Near misses: the indicator alone, a meeting's room asked at a time.
    ("P", "คะแนนขยะ", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("L", "บ่ายสองประชุมห้องไหนคะ", "RuleQuestion", {"topic": "meeting"}),
    # A time told, no answer needed by it.
    ("L", "update: ท่านรองฯ เลื่อนประชุมเป็นบ่ายสอง", "Unknown", {}),
]

TITLED_OVERALL: list[Case] = [
    (
        "L",
        "KPI ระดับความสำเร็จฯ ของ สป.รง. ภาพรวมผลออกมาเท่าไหร่แล้ว",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
    (
        "L",
        "ตัวชี้วัด ขับเคลื่อนสู่ราชการ 4.0 ตอนนี้ภาพรวมได้กี่คะแนนครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "score"},
    ),
    ("P", "ตัวชี้วัดขยะ ภาพรวมได้เท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    # Near misses: the organisation's overall, every indicator's, a tier told.
    ("L", "ภาพรวม สป.รง. ได้กี่คะแนนแล้ว", "Status", {}),
    ("L", "ภาพรวมตัวชี้วัดของ สป.รง. ได้กี่คะแนน", "Status", {}),
    ("P", "ตัวชี้วัดจังหวัด ภาพรวมได้กี่คะแนน", "Status", {}),
    ("P", "ตัวชี้วัดทุกตัวภาพรวมได้เท่าไหร่", "Status", {}),
    (
        "L",
        "ตัวชี้วัด PMQA ภาพรวม สป.รง. ได้ระดับ 3 ครับ",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3"},
    ),
]

REPORTING_COMING_IN: list[Case] = [
    ("P", "ตัวชี้วัดไหนของจังหวัดที่ยังไม่มีการรายงานผลเข้ามาบ้าง", "Missing", {}),
    ("P", "ตัวชี้วัดไหนที่ยังไม่มีการรายงานผล", "Missing", {}),
    ("P", "ตัวไหนยังไม่ส่งผลเข้ามาบ้าง", "Missing", {}),
    # Near misses: a step that is the labour office's own, the plan coming in.
    ("L", "กองไหนยังไม่มีการรายงานผลเข้ามาบ้าง", "Missing", {"step": "4"}),
    ("L", "กองไหนยังไม่ส่งแผนเข้ามาบ้าง", "Missing", {"step": "3"}),
]


@readings(MONTH_AFTER_A_STEP)
def test_a_month_said_with_the_step_its_dues_follow_asks_the_month(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DUES_SPELT_OR_GONE_OVER)
def test_deadline_spelt_di_line_and_the_schedule_gone_over_again(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(BOUND_INTO_A_BOOK)
def test_the_book_the_answers_are_bound_into_is_why_it_is_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEPS_NOT_PASSED)
def test_a_units_steps_not_passed_are_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEEDED_BY)
def test_the_time_the_answer_is_needed_by_names_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TITLED_OVERALL)
def test_an_indicator_called_by_its_title_asked_overall_is_its_measure(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REPORTING_COMING_IN)
def test_reporting_said_as_a_noun_coming_in_names_no_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
