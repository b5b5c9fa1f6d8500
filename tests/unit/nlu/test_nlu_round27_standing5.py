"""Round 27 (standing5): where things stand and who is in a team, asked in words missed.

The weighted total asked with its words apart or with the organisation's own name ("คะแนนรวม
ของเราตอนนี้ถ่วงน้ำหนักแล้วได้เท่าไหร่", "ขอคะแนนถ่วงน้ำหนักรวมของสำนักงบฯ") is the status.
Isan and northern question words ("เป็นจั่งได๋แน่", "มีไผแน่") ask how or who. A particle with
its last letter held ("หน่อยย", "คร้าบบ") is the particle. The organisation's English name
("status pathum please") and a step asked in English ("IT division อยู่ step ไหน") ask the
status. Which indicators are below a target typed in English, a round's assessment asked how
it went, a letter to the PMQA team asking for a summary of every indicator, and the bot asked
to sum up after a question of how things are: the status. None of these is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) The weighted total.
WEIGHTED: list[Case] = [
    ("B", "ขอคะแนนถ่วงน้ำหนักรวมของสำนักงบฯ ค่ะ", "Status", {}),
    ("B", "ขอคะแนนถ่วงน้ำหนักของสำนักงบประมาณหน่อย", "Status", {}),
    ("O", "คะแนนรวมของเราตอนนี้ถ่วงน้ำหนักแล้วได้เท่าไหร่คะ", "Status", {}),
    ("O", "คะแนนรวมถ่วงน้ำหนักแล้วได้เท่าไหร่", "Status", {}),
    ("O", "ถ่วงน้ำหนักแล้วคะแนนรวมเท่าไหร่", "Status", {}),
    ("P", "คะแนนของจังหวัดหลังถ่วงน้ำหนักแล้วได้เท่าไหร่", "Status", {}),
    # The score as worked out so far.
    (
        "P",
        "คะแนนการประเมินของจังหวัดในรายงานยังว่างอยู่เลย ตอนนี้คิดได้เท่าไหร่แล้วคะ",
        "Status",
        {},
    ),
    ("O", "คะแนนรวมตอนนี้คิดได้กี่คะแนนแล้ว", "Status", {}),
]
WEIGHTED_NEAR: list[Case] = [
    ("B", "ตัวชี้วัดที่ 3 ถ่วงน้ำหนักเท่าไหร่", "IndicatorQuery", {"indicator": "3", "aspect": "result"}),
    (
        "B",
        "คะแนนถ่วงน้ำหนัก e-Budgeting ได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "result"},
    ),
    ("B", "คะแนนถ่วงน้ำหนักรวมได้เท่าไหร่", "Status", {}),
    ("P", "คะแนนขยะตอนนี้คิดได้เท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    (
        "P",
        "ถ้าขยะลด 10% คะแนนจะคิดได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
]

# (2) Isan and northern question words.
REGIONAL: list[Case] = [
    ("L", "ภาพรวม pmqa ตอนนี้เป็นจั๋งใด๋ครับ", "Status", {}),
    ("L", "กองกลางเป็นจั่งได๋แน่ครับ", "Status", {"unit": "กองกลาง"}),
    ("L", "กองคลังเป็นจั่งใด๋แน่", "Status", {"unit": "กองคลัง"}),
    ("L", "ทีม pmqa ของกองกลางมีไผแน่", "Members", {"unit": "กองกลาง"}),
    ("L", "ทีมกองคลังมีไผแน่ครับ", "Members", {"unit": "กองคลัง"}),
    ("L", "ไผยังบ่ได้ส่งรายชื่อทีม", "Missing", {"step": "1"}),
    ("L", "กองใด๋ยังบ่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "กองคลังเป็นจั่งใดแน่", "Status", {"unit": "กองคลัง"}),
    ("L", "ใผยังบ่ได้ส่งแผน", "Missing", {"step": "3"}),
]
REGIONAL_NEAR: list[Case] = [
    ("L", "ทีม pmqa ของกองกลางมีใครบ้าง", "Members", {"unit": "กองกลาง"}),
    ("P", "รถติดรังสิตหนักมาก ไปไม่ทันประชุมแน่", "Unknown", {}),
    ("L", "ดีจังเลยครับ", "SmallTalk", {"kind": "praise"}),
]

# (3) A particle with its last letter held.
HELD: list[Case] = [
    ("L", "สถานะหน่อยคร้าบบ รีบๆ เดี๋ยวเข้าประชุมผู้บริหาร 9 โมง", "Status", {}),
    ("L", "สถานะล่าสุดดด ขอหน่อยย", "Status", {}),
    ("L", "สถานะล่าสุดด ขอหน่อยครับบ", "Status", {}),
    ("L", "สรุปภาพรวมหน่อยย", "Status", {}),
    ("L", "กองคลังถึงไหนแล้วคร้าบบ", "Status", {"unit": "กองคลัง"}),
    ("L", "ใครยังไม่ส่งแผนบ้างคับบ", "Missing", {"step": "3"}),
]
HELD_NEAR: list[Case] = [
    ("L", "สถานะหน่อยครับ", "Status", {}),
    ("L", "สวัสดีครับบอท", "SmallTalk", {"kind": "greeting"}),
]

# (4) In English: the organisation's name, a step asked.
ENGLISH: list[Case] = [
    ("P", "status pathum please", "Status", {}),
    ("P", "Pathum Thani status please", "Status", {}),
    ("L", "IT division อยู่ step ไหนแล้วครับ", "Status", {"unit": IT}),
    ("L", "กองคลังอยู่ step ไหนแล้ว", "Status", {"unit": "กองคลัง"}),
    ("L", "Finance Division อยู่ step ไหน", "Status", {"unit": "กองคลัง"}),
]
ENGLISH_NEAR: list[Case] = [
    ("P", "status ขยะ please", "IndicatorQuery", {"indicator": "2"}),
    ("L", "status กองคลัง please", "Status", {"unit": "กองคลัง"}),
    ("L", "step 3 ต้องส่งอะไร", "RuleQuestion", {"topic": "step"}),
]

# (5) Which indicators are below a target, a round's assessment, a summary for a boss.
OVERVIEW: list[Case] = [
    ("B", "ตัวชี้วัดไหนยังต่ำกว่า target บ้างครับ", "Status", {}),
    ("B", "kpi ไหนยังไม่ถึง target", "Status", {}),
    ("B", "ผลประเมินรอบ 12 เดือนของสำนักตอนนี้เป็นอย่างไรบ้างคะ", "Status", {}),
    ("B", "ผลการประเมินรอบแรกเป็นยังไงบ้าง", "Status", {}),
    (
        "B",
        "เรียนทีม PMQA ครับ ท่าน ผอ.สำนัก ขอ summary ภาพรวมตัวชี้วัดทั้ง 8 ตัวก่อนประชุมบ่ายนี้ครับ",
        "Status",
        {},
    ),
    ("B", "เรียนทีม PMQA ค่ะ ขอสรุปภาพรวมหน่อยค่ะ", "Status", {}),
    (
        "P",
        "ท่านผู้ว่าถามมาว่าตัวชี้วัดจังหวัดปีนี้เป็นยังไงบ้าง รบกวนน้องบอทสรุปให้หน่อยนะคะ",
        "Status",
        {},
    ),
    ("P", "ภาพรวมจังหวัดเป็นไงบ้าง น้องบอทช่วยสรุปให้ที", "Status", {}),
]
OVERVIEW_NEAR: list[Case] = [
    ("P", "ขยะยังต่ำกว่า target ไหม", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("B", "รอบ 12 เดือนประเมินอะไรบ้าง", "RuleQuestion", {"topic": "round"}),
    ("B", "การประเมินรอบ 12 เดือนเป็นอย่างไร", "RuleQuestion", {"topic": "round"}),
    ("P", "น้องบอทใช้ยังไง", "Help", {}),
    (
        "B",
        "เรียนทีม PMQA ครับ ผลการประเมิน PMQA ได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "result"},
    ),
]

# (6) The points a tier earns, no indicator named: the thresholds' rule.
TIER_POINTS: list[Case] = [
    ("P", "ผ่านขั้นมาตรฐานได้กี่คะแนนคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("P", "ผ่านขั้นต้นได้คะแนนเท่าไหร่", "RuleQuestion", {"topic": "thresholds"}),
    ("B", "ถึงขั้นสูงได้กี่คะแนนครับ", "RuleQuestion", {"topic": "thresholds"}),
]
TIER_POINTS_NEAR: list[Case] = [
    ("P", "ขยะผ่านขั้นมาตรฐานได้กี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("P", "ต้องได้กี่คะแนนถึงผ่านขั้นมาตรฐาน", "IndicatorQuery", {"indicator": "?", "aspect": "criteria"}),
    ("P", "เราผ่านขั้นมาตรฐานได้กี่คะแนน", "Status", {}),
]

ASKED = [text for _, text, *_ in WEIGHTED + REGIONAL + HELD + ENGLISH + OVERVIEW + TIER_POINTS]


@readings(TIER_POINTS + TIER_POINTS_NEAR)
def test_the_points_a_tier_earns_asked_is_the_thresholds_rule(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WEIGHTED + WEIGHTED_NEAR)
def test_the_weighted_total_asked_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REGIONAL + REGIONAL_NEAR)
def test_isan_and_northern_question_words_ask_how_and_who(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HELD + HELD_NEAR)
def test_a_particle_with_its_last_letter_held_is_the_particle(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ENGLISH + ENGLISH_NEAR)
def test_the_status_asked_in_english(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OVERVIEW + OVERVIEW_NEAR)
def test_the_overview_asked_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "L") == []
    assert read_as_writes(ASKED, "P") == []
