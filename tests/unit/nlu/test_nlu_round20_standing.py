"""Round 20 (standing): where the organisation or a unit stands, in the wordings new writers
use. How many indicators passed, were reported or sent, with no indicator named, is the
organisation's status (a name of the organisation beside it names nothing); a summary asked
with its context (who will ask, what it is for, where the sender has been, who else might
know) is the status, the context set aside; a bare word ("ฟัง", "ฯ") never becomes an
indicator; every step or "ขอละเอียดๆ" asks the status in detail. Near misses keep their
reading: an indicator's own result or items, who is missing, the thresholds, deadlines."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
Case = tuple[str, str, str, dict[str, Any]]

# (1) Indicators counted (passed, reported, sent), none named: the organisation's status.
COUNTS: list[Case] = [
    ("L", "ตอนนี้ส่งผลไปแล้วกี่ตัวจาก 10 ตัวคะ", "Status", {}),
    ("P", "ปทุมธานีผ่านแล้วกี่ตัวคะ", "Status", {}),
    ("O", "ผ่านแล้วกี่ตัว ไม่ผ่านกี่ตัวครับ", "Status", {}),
    ("P", "ผ่านไปกี่ตัวแล้วคะ ยังไม่ผ่านอีกกี่ตัว", "Status", {}),
    ("B", "ตัวชี้วัดที่ยังไม่ถึงเป้ายังเหลือกี่ตัวครับ", "Status", {}),
    ("B", "คะแนนรวมตอนนี้ได้เท่าไหร่ ส่งผลไปแล้วกี่ตัวครับ", "Status", {}),
    ("L", "ตอนนี้ทั้งสำนักงานคะแนนเฉลี่ยเท่าไหร่คะ", "Status", {}),
    ("O", "ตอนนี้ผ่านกี่ข้อแล้วคะ", "Status", {}),
    ("O", "ตอนนี้ผ่านแล้วกี่ตัว ขอละเอียดด้วยค่ะ", "Status", {"detail": True}),
    ("O", "OCSC score now how much", "Status", {}),
    ("L", "กองคลังส่งผลไปแล้วกี่ตัวคะ", "Status", {"unit": "กองคลัง"}),
]
# Near misses: an indicator's own result or items, who is missing, the thresholds.
COUNTS_NEAR: list[Case] = [
    ("P", "ขยะได้เท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ขยะผ่านกี่ข้อแล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    ("O", "หลักสูตรสอบแข่งขันผ่านกี่ข้อแล้วคะ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    ("P", "ยังไม่ส่งกี่ตัวคะ", "Missing", {}),
    ("P", "ยังไม่ได้รายงานกี่ตัว", "Status", {}),
    ("O", "แต่งตั้งผ่านกี่ข้อ", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    ("P", "ใครยังไม่ส่งบ้าง", "Missing", {}),
    ("L", "ถ้าแผนมีตัวชี้วัด 8 ตัว ต้องบรรลุกี่ตัวถึงจะผ่าน", "RuleQuestion", {"topic": "thresholds"}),
]

# (2) A summary asked with its context around it: the status, the context set aside.
CONTEXT: list[Case] = [
    ("B", "สรุปให้ฟังหน่อยครับ ตอนนี้เราไปถึงไหนแล้ว", "Status", {}),
    ("P", "where are we now? ขอสรุปหน่อยค่ะ", "Status", {}),
    ("L", "ขอดูภาพรวมของสำนักงานปลัดฯ หน่อยค่ะ ท่านรองปลัดจะถาม", "Status", {}),
    ("L", "กองเราอยู่ขั้นไหนแล้วครับ เพิ่งกลับจากลาพักร้อนงงมาก", "Status", {}),
    ("L", "กองคลังยังขาดอะไรไหมคะ หนูจะได้รีบตาม", "Status", {"unit": "กองคลัง"}),
    ("L", "ศทส.ส่งแผนแล้วหรือยังครับ ใครรู้บ้าง", "Status", {"unit": IT}),
    ("L", "Has Legal Affairs Division sent the plan yet?", "Status", {"unit": "กองนิติการ"}),
    ("L", "ทีมเราส่งรายชื่อรึยังคะ ใครจำได้บ้าง", "Status", {}),
]
CONTEXT_NEAR: list[Case] = [
    ("L", "ใครยังไม่ส่งแผนบ้างคะ ท่านรองจะถาม", "Missing", {"step": "3"}),
    ("L", "แผนต้องส่งเมื่อไหร่คะ หนูจะได้รีบทำ", "Deadlines", {"step": "3"}),
    ("L", "ของกองเรายังขาดอะไรอีกมั้ยคะ", "Missing", {}),
    ("P", "PMQA จังหวัดอยู่ขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "6", "aspect": "tier"}),
]

# (3) The status asked in detail: "ขอละเอียดๆ", every step counted, every indicator.
DETAIL: list[Case] = [
    (
        "L",
        "Legal Affairs Division ได้คะแนนเท่าไหร่แล้วคะ ขอละเอียดๆ",
        "Status",
        {"unit": "กองนิติการ", "detail": True},
    ),
    (
        "L",
        "สรุปสถานะกองคลังหน่อยครับ ครบทั้ง 5 ขั้นตอน",
        "Status",
        {"unit": "กองคลัง", "detail": True},
    ),
    ("P", "ขอสถานะทุกตัวชี้วัดแบบละเอียด จะเอาเข้าวาระประชุม กบจ.", "Status", {"detail": True}),
]
DETAIL_NEAR: list[Case] = [
    ("L", "สรุปสถานะกองคลังหน่อยครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "สรุปวันครบกำหนดของทั้ง 5 ขั้นตอนให้หน่อยครับ", "Deadlines", {}),
]

ASKED = [case[1] for case in COUNTS + CONTEXT + DETAIL]


@readings(COUNTS + COUNTS_NEAR)
def test_indicators_counted_are_the_organisations_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CONTEXT + CONTEXT_NEAR)
def test_a_summary_asked_with_its_context(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DETAIL + DETAIL_NEAR)
def test_the_status_asked_in_detail(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []
