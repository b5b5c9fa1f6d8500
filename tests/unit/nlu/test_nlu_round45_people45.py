"""Round 45, the people in the team (people45).

1. A unit's people asked without the team's word: "กองกลางมีใครบ้างคะ", "ใครอยู่ศทส.บ้าง", "ใคร
   เป็นตัวแทน PMQA ของกองกลาง" (PMQA there names the team, not the indicator), a unit by its
   English name or without its kind ("นิติการมีใครบ้าง"); who is somewhere that is no unit, who
   sent, who has not, and a representative for a meeting keep their readings.
2. Which unit a person, or the asker, is in or registered with ("น้องฝนอยู่หน่วยไหนครับ", "ผม
   ลงทะเบียนไว้หน่วยไหนนะ"): the list of who is in which unit; where someone is ("พี่สมศรีอยู่
   ไหนคะ") and which unit to choose are not. Whether someone is registered in a unit yet
   ("พี่ต้นลงทะเบียนเข้าศทส.แล้วหรือยังครับ") is that unit's members.
3. The sender's own unit said after a no, the one held denied ("ผิดค่ะ หนู กค. ไม่ใช่ กก."): a
   registration; a unit with nobody's word, someone else's, or a step told stays the entry's.
4. One's unit in English with "please add me"; where one is from told alone ("from Finance
   Division ค่ะ") stays no registration, as rounds 28 and 30 decided (a place, or a greeting).
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

A_UNITS_PEOPLE: list[Case] = [
    ("L", "กองกลางมีใครบ้างคะ", "Members", {"unit": "กองกลาง"}),
    ("L", "กนต.มีใครอยู่บ้างครับ", "Members", {"unit": "กองนิติการ"}),
    ("L", "นิติการมีใครบ้างคะ", "Members", {"unit": "กองนิติการ"}),
    ("L", "ใครอยู่กองการเจ้าหน้าที่บ้างคะ", "Members", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ใครอยู่ Finance Division บ้างครับ", "Members", {"unit": "กองคลัง"}),
    ("L", "ใครอยู่ศทส.บ้างคะ", "Members", {"unit": ICT}),
    ("L", "ใครเป็นตัวแทน PMQA ของกองกลางคะ", "Members", {"unit": "กองกลาง"}),
    ("L", "ใครเป็นตัวแทนศทส.ครับ", "Members", {"unit": ICT}),
    ("L", "ใครเป็นผู้แทนกองคลังคะ", "Members", {"unit": "กองคลัง"}),
    # near misses
    ("L", "ใครเป็นตัวแทนไปประชุมพรุ่งนี้คะ", "Unknown", {}),
    ("L", "ใครเป็นตัวแทน PMQA ครับ", "IndicatorQuery", {"indicator": "1"}),
    ("L", "กองคลังมีใครส่งบ้าง", "History", {"unit": "กองคลัง"}),
    ("L", "กองคลังมีใครยังไม่ส่งบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "ใครอยู่ห้องประชุมบ้าง", "Unknown", {}),
    ("L", "ใครอยู่ออฟฟิศบ้างคะ", "Unknown", {}),
    ("L", "กองกลางมีอะไรบ้าง", "Unknown", {}),
]

WHOSE_UNIT: list[Case] = [
    ("L", "น้องฝนอยู่หน่วยไหนครับ", "Members", {}),
    ("L", "พี่ต้นสังกัดกองไหนคะ", "Members", {}),
    ("L", "ผมลงทะเบียนไว้หน่วยไหนนะ", "Members", {}),
    ("L", "หนูลงทะเบียนไว้กองไหนคะ ลืมไปแล้ว", "Members", {}),
    ("L", "พี่ต้นลงทะเบียนเข้าศทส.แล้วหรือยังครับ", "Members", {"unit": ICT}),
    ("L", "น้องใหม่ลงทะเบียนเข้ากองคลังรึยังคะ", "Members", {"unit": "กองคลัง"}),
    # near misses
    ("L", "พี่สมศรีอยู่ไหนคะ", "Unknown", {}),
    ("L", "ลงทะเบียนกองไหนดีคะ", "Unknown", {}),
    ("L", "ห้องประชุมอยู่ตึกไหน", "Unknown", {}),
    ("L", "กองไหนยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "ลงทะเบียนเข้ากองคลังแล้วค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
]

OWN_UNIT_CORRECTED: list[Case] = [
    ("L", "ผิดค่ะ หนู กค. ไม่ใช่ กก.", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ไม่ใช่ครับ ผมศทส. ไม่ใช่กองกลาง", "RegisterUnit", {"unit": ICT}),
    ("L", "ผิดค่ะ หนูกองกลาง ไม่ใช่กองคลังค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ผิดครับ ผมอยู่ศทส. ไม่ใช่กองกลาง", "RegisterUnit", {"unit": ICT}),
    ("L", "ไม่ใช่ค่ะ หนูอยู่กองกลาง ไม่ใช่กองคลังค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
    # near misses
    ("L", "ผิดครับ กองกลางส่งแผนแล้ว ไม่ใช่กองคลัง", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ผิดครับ พี่ต้น กนต. ไม่ใช่ กจ.", "Unknown", {}),
    ("L", "ไม่ใช่ค่ะ กองกลาง ไม่ใช่กองคลัง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ผิดกองค่ะ ยกเลิก", "Cancel", {}),
]

IN_ENGLISH: list[Case] = [
    (
        "L",
        "I'm with the Legal Affairs Division, please add me",
        "RegisterUnit",
        {"unit": "กองนิติการ"},
    ),
    ("L", "I'm with the IT center, pls add me", "RegisterUnit", {"unit": ICT}),
    # near misses
    # A bare origin in English registers nobody (rounds 28 and 30: "from the IT center" is where
    # one is, or a team's greeting), even with the Thai name in brackets.
    ("L", "from Finance Division ค่ะ", "Unknown", {}),
    ("L", "from the Legal Affairs Division (กองนิติการ) ครับ", "Unknown", {}),
    ("L", "please add me", "Unknown", {}),
    ("L", "I'm with the Finance Division today for a meeting", "Unknown", {}),
]


@readings(A_UNITS_PEOPLE)
def test_a_units_people_asked_without_the_teams_word(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHOSE_UNIT)
def test_which_unit_someone_is_registered_in_is_asked_of_the_list(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OWN_UNIT_CORRECTED)
def test_the_senders_own_unit_after_a_no_registers(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(IN_ENGLISH)
def test_ones_unit_in_english_asked_to_be_added(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
