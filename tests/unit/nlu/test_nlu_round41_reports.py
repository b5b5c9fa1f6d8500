"""Round 41, indicator questions (reports41): misses of the development bench and dev_fresh145.

1. A ต้อง in a remark after the ask, asking nothing ("…กี่แห่งแล้วคะ ท่านรองฯ ต้องใช้ตัวเลขนี้
   ตอบกรรมาธิการ"), is the story's need, no bar: the result is asked.
2. The bar asked to reach a tier ("ขยะต้องถึงกี่ % ถึงจะได้ขั้นสูงคะ หัวหน้าอยากรู้ว่าห่างเป้า
   แค่ไหน") is the criteria, the distance to the target beside it notwithstanding.
3. What an indicator assesses, asked by topic ("…ประเมินเรื่องอะไรบ้าง", "…ประเมินด้านไหน"), is
   its items; a round's assessment stays the round's rule.
4. An outside body named in a remark after the ask ("ตัวเลขไม่ตรงกับของ ททท.") is no unit.
5. A pillar's level in English ("Pillar level 3 ขึ้นไป") is counted as "Pillar ระดับ 3 ขึ้นไป".
6. What a step is measured from, checked ("ขั้นตอนที่ 5 วัดจากตัวชี้วัดในแผน…ใช่ไหม"), is the
   step's rule, as "…คิดจาก…" is; an indicator's stays its formula.
7. What a form reports, and where, checked ("แบบฟอร์ม 4 รายงานผลตัวชี้วัดตรงข้อ 3.2 ใช่ไหม"), is
   the form's rule; a form sent or owed stays the plan's.
8. The sender's own form asked leave to send later ("ฟอร์ม 3 ของกองเราขอส่งบ่ายนี้นะคะ") asks
   for no form.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

IQ = "IndicatorQuery"
Case = tuple[str, str, str, dict[str, Any]]


def _q(code: str | list[str], aspect: str = "") -> dict[str, Any]:
    return {"indicator": code, "aspect": aspect} if aspect else {"indicator": code}


# 1. a need told after the ask
NEED_AFTER: list[Case] = [
    (
        "B",
        "อปท. ที่เป็นหน่วยรับงบตรงตอนนี้กี่แห่งแล้วคะ ท่านรองฯ ต้องใช้ตัวเลขนี้ตอบกรรมาธิการ",
        IQ,
        _q("1", "result"),
    ),
    ("P", "ขยะได้กี่ตันแล้วคะ ผอ.ต้องใช้ตัวเลขนี้พรุ่งนี้", IQ, _q("2", "result")),
    (
        "P",
        "ท่องเที่ยวตอนนี้ได้กี่ล้านแล้วครับ ท่านรองผู้ว่าต้องใช้ข้อมูลนี้ประชุมพรุ่งนี้",
        IQ,
        _q("3", "result"),
    ),
    # Near misses: the bar asked with ต้อง in the ask itself, or asked again after.
    ("P", "ขยะต้องได้กี่ตันคะ", IQ, _q("2", "criteria")),
    ("B", "PB ต้องมีกี่โครงการ", IQ, _q("2", "criteria")),
    ("P", "ขยะได้เท่าไหร่แล้วคะ ต้องรายงานท่านผู้ว่า", IQ, _q("2", "result")),
]

# 2. the bar to a tier, the distance beside it
BAR_BESIDE_DISTANCE: list[Case] = [
    ("P", "ขยะต้องถึงกี่ % ถึงจะได้ขั้นสูงคะ หัวหน้าอยากรู้ว่าห่างเป้าแค่ไหน", IQ, _q("2", "criteria")),
    ("P", "ยาเสพติดต้องได้กี่ % ถึงจะได้ขั้นมาตรฐาน ห่างเป้าอีกเยอะไหม", IQ, _q("4", "criteria")),
    # Near misses: the distance alone is where it stands.
    ("P", "ขยะห่างเป้าแค่ไหน", IQ, _q("2", "tier")),
    ("P", "ยาเสพติด 74.94 ยังห่างเป้ามาตรฐานอีกเท่าไหร่ครับ", IQ, _q("4", "tier")),
    ("P", "ขยะต้องถึงกี่ % ถึงจะได้ขั้นสูงคะ", IQ, _q("2", "criteria")),
]

# 3. what it assesses, by topic
ASSESSED_TOPICS: list[Case] = [
    ("O", "คู่มือแผนพัฒนาบุคลากร ประเมินเรื่องอะไรบ้างคะ", IQ, _q("3", "items")),
    ("P", "ขยะประเมินเรื่องอะไรบ้าง", IQ, _q("2", "items")),
    ("B", "PB ประเมินด้านไหนบ้างครับ", IQ, _q("2", "items")),
    # Near misses: a round's assessment; what is measured ("วัดอะไรบ้าง") is its card; how.
    ("L", "รอบ 2 ประเมินเรื่องอะไรบ้างคะ", "RuleQuestion", {"topic": "round"}),
    ("L", "รอบ 2 ประเมินอะไรบ้างคะ", "RuleQuestion", {"topic": "round"}),
    ("L", "ตัวชี้วัดระบบราชการ 4.0 วัดอะไรบ้างคะ", IQ, _q("1")),
    ("O", "คู่มือแผนพัฒนาบุคลากรมีประเด็นประเมินอะไรบ้าง", IQ, _q("3", "items")),
]

# 4. an outside body in a remark
OUTSIDE_BODY: list[Case] = [
    ("P", "ใครส่งผลท่องเที่ยวไปล่าสุดคะ ตัวเลขไม่ตรงกับของ ททท.", "History", {"indicator": "3"}),
    ("P", "ใครส่งผลขยะไปล่าสุดคะ ตัวเลขไม่ตรงกับของ สสจ.", "History", {"indicator": "2"}),
    ("P", "ใครส่งผลท่องเที่ยวไปล่าสุดคะ ต่างจากของ ททท. เยอะเลย", "History", {"indicator": "3"}),
    # Near misses: the worry naming nothing; a unit asked of in the ask.
    ("P", "ใครส่งผลขยะล่าสุดคะ หนูกลัวส่งซ้ำกับพี่", "History", {"indicator": "2"}),
    ("L", "ใครส่งแผนของกองคลังไปล่าสุดคะ", "History", {"unit": "กองคลัง"}),
]

# 5. a pillar's level in English
PILLAR_LEVEL: list[Case] = [
    ("B", "DG readiness Pillar level 3 ขึ้นไปมีกี่ Pillar แล้วครับ", IQ, _q("6", "result")),
    ("B", "Pillar level 3 ขึ้นไปตอนนี้มีกี่ Pillar แล้ว", IQ, _q("6", "result")),
    # Near misses: "ระดับ" typed; the level's or both named without a pillar.
    ("B", "DG readiness มี pillar ระดับ 3 ขึ้นไปกี่ pillar แล้วครับ", IQ, _q("6", "result")),
    ("B", "DG readiness level ได้เท่าไหร่", IQ, _q("6", "result")),
    ("B", "DG readiness ได้เท่าไหร่", IQ, _q(["6", "7"], "result")),
    (
        "B",
        "Pillar level 3 ขึ้นไป 5 Pillar ครับ",
        "SubmitValue",
        {"indicator": "6", "value": "5", "raw_value": "5"},
    ),
]

# 6. what a step is measured from
STEP_MEASURED_FROM: list[Case] = [
    ("L", "ขั้นตอนที่ 5 วัดจากตัวชี้วัดในแผนปฏิบัติการใช่ไหมคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอนที่ 5 วัดผลจากอะไร", "RuleQuestion", {"topic": "step"}),
    # Near misses: "คิดจาก" as before; an indicator's measure is its formula.
    ("L", "ขั้นตอนที่ 5 คิดจากตัวชี้วัดในแผนใช่ไหมครับ", "RuleQuestion", {"topic": "step"}),
    ("L", "ตัวชี้วัดที่ 1 วัดจากอะไร", IQ, _q("1", "formula")),
]

# 7. what a form reports, checked
FORM_REPORTS: list[Case] = [
    ("L", "แบบฟอร์ม 4 รายงานผลตัวชี้วัดตรงข้อ 3.2 ใช่ไหมคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "ฟอร์ม 3 ใส่ตัวชี้วัดตรงข้อ 2 ใช่ไหม", "RuleQuestion", {"topic": "form"}),
    # Near misses: the form's step sent, owed or due.
    ("L", "กองคลังส่งแบบฟอร์ม 4 รายงานผลแล้วหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ใครยังไม่ส่งแบบฟอร์ม 4 รายงานผลบ้าง", "Missing", {"step": "4"}),
    ("L", "แบบฟอร์ม 4 รายงานผลส่งวันไหน", "Deadlines", {"step": "4"}),
]

# 8. leave asked to send one's own form
LEAVE_TO_SEND: list[Case] = [
    ("L", "พี่ต๋อยคะ ฟอร์ม 3 ของกองเราขอส่งบ่ายนี้นะคะ ติดลายเซ็น ผอ.", "Unknown", {}),
    ("L", "ฟอร์ม 3 ของกองคลังขอส่งพรุ่งนี้นะคะ", "Unknown", {}),
    # Near misses: the form asked for.
    ("L", "ขอแบบฟอร์ม 3 หน่อยค่ะ", "RuleQuestion", {"topic": "form"}),
    ("L", "รบกวนส่งแบบฟอร์มแผนให้ด้วย", "RuleQuestion", {"topic": "form"}),
]

ALL = NEED_AFTER + BAR_BESIDE_DISTANCE + ASSESSED_TOPICS + OUTSIDE_BODY + PILLAR_LEVEL
ALL += STEP_MEASURED_FROM + FORM_REPORTS + LEAVE_TO_SEND


@readings(NEED_AFTER)
def test_a_need_told_after_the_ask(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(BAR_BESIDE_DISTANCE)
def test_the_bar_beside_the_distance(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ASSESSED_TOPICS)
def test_what_it_assesses_by_topic(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OUTSIDE_BODY)
def test_an_outside_body_in_a_remark(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PILLAR_LEVEL)
def test_a_pillar_level_in_english(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEP_MEASURED_FROM)
def test_what_a_step_is_measured_from(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FORM_REPORTS)
def test_what_a_form_reports(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LEAVE_TO_SEND)
def test_leave_to_send_ones_own_form(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_round41_reports_start_no_write() -> None:
    assert unlabelled_writes(ALL) == []
