"""Round 43, indicator questions of the three report organisations (reports43).

1. Why a report's indicator got its score stays a why_score question (the corpus's convention),
   carrying the indicator it names, however it is named ("ทำไม PMQA ได้แค่ 50 คะแนน": the
   indicator titled PMQA 4.0), so its handler answers with that indicator's score and items;
   of the plan's own indicator ("ทำไม PMQA ของกองเราได้คะแนนน้อย") or of the total, none. The
   total not up yet ("ทำไมคะแนนรวมยังไม่ขึ้นสักที") is a score asked why.
2. The indicator just talked about, pointed back at ("ตัวเมื่อกี้ได้กี่คะแนน", "อันเมื่อกี้ขอ
   ผลล่าสุดอีกที"), is asked of no name; a head who wants the answer and the verdict shown
   ("…ที่ขึ้นว่าไม่ผ่าน ท่าน ผอ. ต้องการด่วน") name nothing; "อันที่ 5" after the indicator's word
   is its number.
3. Aspects: what is added to what and the rate worked with are the formula; the levels it has
   ("…มีกี่ระดับ", as the corpus's three such labels say; rounds 21 and 23 had it the tier) and
   the bar to a tier or a pass are the criteria (the formula heard after it aside); a province's
   PMQA checked against a level with ใช่ไหม is its tier; an indicator's activities counted are no
   meeting attended.
4. "ตัวชีวัด" is ตัวชี้วัด typed without its tone mark; a criterion quoted in full picks the
   indicator it is written for.
5. A system down or its opening hours asked is no question of the indicator's results.
"""

from __future__ import annotations

from typing import Any

from handlers.intents import RuleQuestion, RuleTopic
from handlers.nlu.evaluation import TODAY
from handlers.nlu.resolve import resolve_indicator
from handlers.nlu.settle import settle
from handlers.registry import understand
from tests.fakes.understanding import SEED_ORGS, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (organisation key, text, the codes the why_score question carries: none is [])
WHY_OF: list[tuple[str, str, list[str]]] = [
    ("P", "ทำไม PMQA ได้แค่ 50 คะแนน", ["6"]),
    ("P", "ทำไม PMQA จังหวัดได้ 50 คะแนนเองครับ", ["6"]),
    ("B", "ทำไม PMQA ได้แค่ 50 คะแนนครับ", ["8"]),
    ("O", "ทำไม PMQA ได้ 75 ไม่ได้ 100 ครับ", ["10"]),
    ("P", "ทำไมขยะได้แค่ 50 คะแนนอะ", ["2"]),
    ("B", "ทำไมตัวชี้วัดโอนเปลี่ยนแปลงถึงได้คะแนนแค่นี้ครับ", ["3"]),
    ("O", "ทำไมจริยธรรมได้ score ต่ำจังคะ", ["4", "5"]),
    ("L", "ทำไม PMQA ของกองเราได้คะแนนน้อยจังคะ ส่งครบทุกอย่างแล้วนะ", []),
    ("L", "ทำไมกองคลังได้ 2.5", []),
    ("P", "ทำไมคะแนนรวมจังหวัดได้แค่ 62.5 ครับ", []),
]

WHY_READ: list[Case] = [
    ("O", "ทำไมคะแนนรวมยังไม่ขึ้นสักทีคะ", "RuleQuestion", {"topic": "why_score"}),
    ("L", "ทำไมคะแนนรวมยังไม่ขึ้นสักที", "RuleQuestion", {"topic": "why_score"}),
    ("P", "ทำไม PMQA ได้แค่ 50 คะแนน", "RuleQuestion", {"topic": "why_score"}),
    (
        "B",
        "ทำไม e-Budgeting ยังไม่มีคะแนน ทั้งที่ผ่านทุกข้อแล้ว",
        "RuleQuestion",
        {"topic": "why_score"},
    ),
    ("L", "คะแนนรวมเท่าไหร่", "Status", {}),
    ("L", "ทำไมกองคลังยังไม่ส่งแผน", "Status", {"unit": "กองคลัง"}),
]

POINTED_BACK: list[Case] = [
    ("P", "ตัวเมื่อกี้ได้กี่คะแนนนะคะ", "IndicatorQuery", {"indicator": "?", "aspect": "score"}),
    ("P", "อันเมื่อกี้ขอผลล่าสุดอีกทีค่ะ", "IndicatorQuery", {"indicator": "?", "aspect": "result"}),
    ("O", "ตัวเมื่อกี้เกณฑ์เป็นยังไงครับ", "IndicatorQuery", {"indicator": "?", "aspect": "criteria"}),
    ("P", "ตัวเมื่อกี้ขอดูสูตรหน่อย", "IndicatorQuery", {"indicator": "?", "aspect": "formula"}),
    ("P", "ตัวนั้นผ่านยังครับ", "IndicatorQuery", {"indicator": "?", "aspect": "tier"}),
    ("P", "ขยะเมื่อกี้ได้กี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("L", "ลบอันเมื่อกี้ค่ะ", "Undo", {}),
    (
        "B",
        "รบกวนดูให้หน่อยค่ะ มีประเด็นการประเมินข้อไหนบ้างที่ขึ้นว่าไม่ผ่าน ท่าน ผอ. ต้องการด่วน",
        "IndicatorQuery",
        {"indicator": "?", "aspect": "failed"},
    ),
    (
        "B",
        "ประเด็นการประเมินข้อไหนที่ขึ้นว่าไม่ผ่านของ PB คะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "failed"},
    ),
    (
        "O",
        "ตัวชี้วัดจริยธรรมมีสองอันซ้ำกัน อันที่ 5 ได้คะแนนเท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "score"},
    ),
    (
        "O",
        "ตัวชี้วัดจริยธรรมมีสองอัน อันที่ 4 ผ่านไหม",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    ("O", "ตัวชี้วัดจริยธรรมที่ 5 ได้กี่คะแนน", "IndicatorQuery", {"indicator": "5", "aspect": "score"}),
]

ASPECTS: list[Case] = [
    (
        "P",
        "สูตรขยะเอาอะไรบวกอะไรนะ ลืมไปแล้ว",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "formula"},
    ),
    (
        "P",
        "ขยะที่เกิดขึ้นของ อบต. ใช้อัตราเท่าไหร่ในการคิดคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "formula"},
    ),
    ("P", "ขยะต้องคิดร้อยละยังไง", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    (
        "P",
        "อุตสาหกรรมเชิงนิเวศมีกี่ระดับ แต่ละระดับคืออะไรคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    ("P", "Eco Town ผ่านกี่ระดับแล้วคะ", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("P", "อุตสาหกรรมเชิงนิเวศมีกี่ระดับ", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
    ("L", "PMQA 4.0 มีระดับการพัฒนากี่ระดับคะ", "RuleQuestion", {"topic": "level"}),
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัลต้องได้เท่าไหร่ถึงจะได้ขั้นสูงครับ เห็นว่าคิดจากคะแนนปี 66 บวก 5",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "criteria"},
    ),
    (
        "B",
        "อปท. ที่รับงบตรงปีนี้ต้องได้กี่แห่งถึงจะถือว่าผ่านคะ ปีก่อนเราทำได้ 16 แห่ง",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    ("P", "e-Service ผ่านกี่อำเภอแล้ว", "IndicatorQuery", {"indicator": "5", "aspect": "items"}),
    (
        "P",
        "PMQA จังหวัด 389.76 นี่อยู่ระดับ Basic ใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    ("P", "PMQA 389.76 อยู่ระดับ Basic ใช่ไหม", "RuleQuestion", {"topic": "level"}),
    (
        "B",
        "ตัวชี้วัดที่ 1 ในระบบบันทึกไว้ 16.00 หน่วยเป็นกิจกรรม แบบนี้ถือว่าผ่านเกณฑ์ไหมครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "tier"},
    ),
    ("L", "เข้าร่วมกิจกรรม 80% ถือว่าผ่านเกณฑ์ไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าประชุมได้ 80% ยังได้คะแนนไหม", "RuleQuestion", {"topic": "attendance"}),
]

RESOLVED: list[Case] = [
    ("B", "ตัวชีวัดที่ 6 คืออะไรคะ น้องใหม่ในกลุ่มถามมา", "IndicatorQuery", {"indicator": "6"}),
    ("B", "ตัวชิ้วัดที่ 6 ได้เท่าไหร่", "IndicatorQuery", {"indicator": "6", "aspect": "result"}),
    ("P", "ตัวชีวัดขยะได้กี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("B", "ตัวชี้วัดที่ 6 คืออะไรคะ", "IndicatorQuery", {"indicator": "6"}),
    (
        "O",
        "ชุดข้อมูลเปิดผ่านมาตรฐานคุณลักษณะแบบเปิดที่ สพร. กำหนด 92% ค่ะ",
        "SubmitValue",
        {"indicator": "6", "value": "92", "raw_value": "92%", "percent": True},
    ),
    (
        "O",
        "ชุดข้อมูล 92% ค่ะ",
        "SubmitValue",
        {"indicator": ["6", "7"], "value": "92", "raw_value": "92%", "percent": True},
    ),
    (
        "B",
        "PMQA 4.0 ของสำนักงบประมาณได้กี่คะแนนแล้วคะ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "score"},
    ),
]

SYSTEM_TROUBLE: list[Case] = [
    ("P", "เว็บ e-Service ของกรมการปกครองล่มหรือเปล่าคะ เข้าไม่ได้เลย", "Unknown", {}),
    ("B", "ระบบ e-Budgeting เปิดให้หน่วยรับงบเข้าได้กี่โมงคะวันนี้", "Unknown", {}),
    ("B", "ระบบ e-Budgeting ปิดกี่โมงคะ", "Unknown", {}),
    ("P", "e-Service มีผู้ใช้กี่คนแล้วครับ", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    (
        "B",
        "ระบบ e-Budgeting ผลล่าสุดเท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "result"},
    ),
    ("B", "e-Budgeting ได้กี่คะแนน", "IndicatorQuery", {"indicator": "4", "aspect": "score"}),
    (
        "P",
        "ผล e-Service ยังเข้าไม่ครบใช่ไหม",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "result"},
    ),
]


def _why_codes(text: str, org: str) -> list[str] | None:
    """The codes the why_score question ``text`` carries to its handler (None: no such question)."""
    seed = SEED_ORGS[org]()
    intent = settle(understand(text, today=TODAY).intent, seed)
    if not isinstance(intent, RuleQuestion) or intent.topic is not RuleTopic.WHY_SCORE:
        return None
    if not intent.indicator:
        return []
    return sorted(i.code for i in resolve_indicator(intent.indicator, seed))


def test_why_a_score_carries_the_report_indicator() -> None:
    got = {text: _why_codes(text, org) for org, text, _ in WHY_OF}
    assert got == {text: codes for _, text, codes in WHY_OF}


@readings(WHY_READ)
def test_why_the_total_is_not_up_is_a_score_asked_why(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(POINTED_BACK)
def test_the_indicator_pointed_back_at_is_asked_of_no_name(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ASPECTS)
def test_formula_criteria_and_tier_asked_otherwise(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RESOLVED)
def test_a_typo_and_a_criterion_quoted_resolve(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SYSTEM_TROUBLE)
def test_a_system_down_or_its_hours_is_no_indicator_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
