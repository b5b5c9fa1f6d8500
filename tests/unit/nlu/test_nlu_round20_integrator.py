"""Issue 9, round 20 (found by the integrator on new corpus parts), each family with near misses:

1. Signing up for something else (a training, a seminar, an event) registers nobody in a unit:
   "เมื่อวานไปลงทะเบียนอบรมที่ ก.พ.ร. มา คิวยาวมาก" used to register the sender in กพร. (the
   unit whose short name the office's initials look like) — a write out of chatter.
"""

from __future__ import annotations

import pytest

from tests.fakes.understanding import settled

# -- 1. Registering for an event is no registration in a unit ---------------------------------
EVENTS = [
    "เมื่อวานไปลงทะเบียนอบรมที่ ก.พ.ร. มา คิวยาวมาก",
    "ลงทะเบียนร่วมงานกาชาดจังหวัดกันยังคะพี่ๆ",
    "พรุ่งนี้อย่าลืมลงทะเบียนสัมมนา BB EvMIS กันนะทุกคน",
    "ลงทะเบียนอบรมหลักสูตรผู้บริหารของกองคลังแล้วนะคะ",
    "ใครลงทะเบียนประชุมวิชาการที่กองกลางจัดบ้างคะ",
    "สมัครวิ่งมินิมาราธอนกับกองกลางแล้วนะ",
    "ลงทะเบียนเข้าร่วมกิจกรรมจิตอาสากับ กจ. เรียบร้อยครับ",
]


@pytest.mark.parametrize("text", EVENTS)
def test_signing_up_for_an_event_registers_nobody(text: str) -> None:
    intent, _ = settled(text, "L")
    assert intent != "RegisterUnit"


REGISTRATIONS = [
    ("ลงทะเบียนกองคลังครับ", "กองคลัง"),
    ("ขอลงทะเบียนอยู่หน่วย ICT ครับ", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"),
    ("ลงทะเบียนเข้ากองกลางค่ะ", "กองกลาง"),
    ("ลงทะเบียน กจ. ค่ะ เพิ่งย้ายมาจากงานอบรม", "กองการเจ้าหน้าที่"),
]


@pytest.mark.parametrize(("text", "unit"), REGISTRATIONS)
def test_a_registration_in_a_unit_stays_one(text: str, unit: str) -> None:
    assert settled(text, "L") == ("RegisterUnit", {"unit": unit})


# -- 2. A laugh and its remark stay a laugh with a greeting before or thanks after ------------
# Round 20 set a laugh that opens a message aside as manners ("ฮ่าๆ กองเราค้างส่งอะไรบ้าง" asks);
# with a greeting first or thanks last the remark was read alone: a chart, an indicator, or the
# laugh's digits stored as a value ("55555 ขยะแลกไข่ก็มาด้วย ขอบคุณค่ะ").
LAUGHS = [
    "55555 ขยะแลกไข่ก็มาด้วย ขอบคุณค่ะ",
    "สวัสดีค่ะ 55555 กราฟสีชมพูเลย",
    "55555 กราฟสีชมพูเลย ขอบคุณค่ะ",
    "สวัสดีค่ะ 555 ตัวเลขท่องเที่ยวขึ้นๆลงๆ ยังกะหุ้น",
    "5555 ตัวเลขท่องเที่ยวพุ่งเพราะงานลอยกระทง ขอบคุณค่ะ",
    "สวัสดีค่ะ ฮ่าๆ กองเราค้างส่งเป็นประจำ",
    "สวัสดีค่ะ 5555 ตายแล้ว ลืมแนบไฟล์",
]


@pytest.mark.parametrize("text", LAUGHS)
def test_a_laugh_and_its_remark_stay_a_laugh_within_manners(text: str) -> None:
    assert settled(text, "P") == ("SmallTalk", {"kind": "laugh"})


LAUGH_THEN_SAYS = [
    ("สวัสดีค่ะ ฮ่าๆ กองเราค้างส่งอะไรบ้าง", "Missing"),
    ("555 ส่งแผนแล้วนะ ขอบคุณค่ะ", "MarkStep"),
    ("สวัสดีค่ะ 555 ส่งแผนแล้วนะคะ", "MarkStep"),
    ("ฮ่าๆ สถานะตอนนี้เป็นไงบ้าง ขอบคุณครับ", "Status"),
]


@pytest.mark.parametrize(("text", "intent"), LAUGH_THEN_SAYS)
def test_what_a_laugh_opens_is_read_within_manners(text: str, intent: str) -> None:
    assert settled(text, "L")[0] == intent


# -- 3. Units counted as passed are the status; as sent or still owing, who is missing --------
UNITS_COUNTED = [
    "ผ่านแล้วกี่หน่วย ยังไม่ผ่านกี่หน่วยคะ",
    "ตอนนี้ผ่านกี่กองแล้วครับ",
    "ตอนนี้ผ่านเกณฑ์กี่หน่วยงานแล้วคะ ขอตัวเลขไปรายงาน ผอ.",
]


@pytest.mark.parametrize("text", UNITS_COUNTED)
def test_units_counted_as_passed_are_the_status(text: str) -> None:
    assert settled(text, "L") == ("Status", {})


UNITS_MISSING = [
    ("ค้างส่งกี่หน่วย", {}),
    ("ส่งครบกี่กอง", {}),
    ("เหลือกี่กองที่ยังไม่ส่งแผน", {"step": "3"}),
    ("ขาดอีกกี่กองคะแผนเนี่ย", {"step": "3"}),
    ("ใครยังไม่ส่งแผนบ้างครับ เหลือกี่กอง", {"step": "3"}),
    ("ขั้นตอนที่ 4 ค้างกี่หน่วยงาน", {"step": "4"}),
]


@pytest.mark.parametrize(("text", "slots"), UNITS_MISSING)
def test_units_counted_as_still_missing_are_who_is_missing(text: str, slots: dict) -> None:
    assert settled(text, "L") == ("Missing", slots)
