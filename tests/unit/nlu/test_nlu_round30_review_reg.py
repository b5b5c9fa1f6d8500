"""Round 30, a review of d3d7f4c/e70a871 (a unit told bare is asked back on a registration card).

Tests the reviewer wrote failing, of what the change read wrongly; all fixed (a unit told bare is
now ``RegisterUnit.ask``, apart from ``loose``; the bare reader's name, "all", English, mended and
newcomer forms tightened):

1. Chatter the round-28 review catalogued as registering nobody (``test_nlu_round28_review.py``
   NOT_REGISTERED) now gets a registration card: the change weakened that test from "no write" to
   "not stored at once", so the regression passes unseen. A thing located ("ขนม", "กุญแจ", "ชื่อไฟล์",
   "…หมดเลย"), a senior's instruction ("น้องใหม่ กค. รายงานตัวด้วยนะคะ"), a caller ("I'm calling
   from …") and a bare origin ("from the IT center") are no one's registration.
2. Things located "all" at a unit ("อยู่กองคลัง หมดเลย", the commit message's own example of where
   something is; "…หมดค่ะ", "…ทั้งหมดเลยค่ะ", "…ทุกอันค่ะ") get a card.
3. A greeting then a thing told as if a name ("สวัสดีค่ะ หนังสือเวียนค่ะ อยู่กองคลังค่ะ") gets a card.
4. "ช่วย/รบกวนแก้หน่วยงานเป็นกองคลังค่ะ" is read as the sender's registration, while
   "แก้หน่วยงานเป็นกองคลังค่ะ" / "ขอแก้หน่วยงาน…" are a step's unit corrected (no "สังกัด", no
   "ของหนู": the step's unit, not the sender's).
5. English "I'm in the X" (a place, as Thai "อยู่ใน/อยู่ที่ X", which is no card) and a team's
   greeting "Good morning from the IT center" (was SmallTalk) get a card.
6. First-person registrations stored at once before the change now wait for a card, only because
   the unit was told by an alias or after "จาก" (the readers' ``loose`` meant "only a unit the
   organisation has", the change reuses it for "ask on a card"); their siblings told by the unit's
   name or after "ของ/อยู่" are stored at once. ``meaning`` ignores ``loose`` so the bench and the
   round-28 REGISTERED test do not see it.
"""

from __future__ import annotations

import pytest

from tests.fakes.understanding import asked_back_as_registration, stored_at_once

ROUND28_CHATTER = [
    "ชื่อไฟล์ อยู่กองกลางค่ะ",
    "สวัสดีค่ะ ขนมค่ะ อยู่กองคลังนะคะ",
    "สวัสดีค่ะ กุญแจค่ะ อยู่กองคลังค่ะ",
    "อยู่กองคลังหมดเลยค่ะ",
    "น้องใหม่ กค. รายงานตัวด้วยนะคะ",
    "Hello, I'm calling from the finance division",
    "from the IT center",
]


@pytest.mark.parametrize("text", ROUND28_CHATTER)
def test_round28_chatter_is_still_no_registration_card(text: str) -> None:
    assert asked_back_as_registration(text) is None


THINGS_ALL_AT_A_UNIT = [
    "อยู่กองคลัง หมดเลย",
    "อยู่กองคลังหมดค่ะ",
    "อยู่กองคลังทั้งหมดเลยค่ะ",
    "อยู่กองคลังทุกอันค่ะ",
    "อยู่กองคลังค่ะ ทั้งหมด",
]


@pytest.mark.parametrize("text", THINGS_ALL_AT_A_UNIT)
def test_things_all_at_a_unit_are_no_registration_card(text: str) -> None:
    assert asked_back_as_registration(text) is None


THING_AFTER_A_GREETING = [
    "สวัสดีค่ะ หนังสือเวียนค่ะ อยู่กองคลังค่ะ",
    "สวัสดีครับ ต้นฉบับครับ อยู่กองคลังครับ",
    "สวัสดีค่ะ พัสดุค่ะ อยู่กองคลังค่ะ",
    "สวัสดีครับ เอกสารครับ อยู่กองกลางครับ",
]


@pytest.mark.parametrize("text", THING_AFTER_A_GREETING)
def test_a_thing_told_after_a_greeting_is_no_registration_card(text: str) -> None:
    assert asked_back_as_registration(text) is None


# "แก้หน่วยงานเป็นกองคลังค่ะ" is read as a step's unit corrected; asked politely, the same words
# are no registration of the sender either.
@pytest.mark.parametrize(
    "text",
    ["ช่วยแก้หน่วยงานเป็นกองคลังค่ะ", "รบกวนแก้หน่วยงานเป็นกองคลังค่ะ", "แก้กองเป็นกองคลังค่ะ"],
)
def test_a_units_correction_asked_politely_is_no_registration(text: str) -> None:
    assert asked_back_as_registration(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I'm in the IT center",
        "I'm in the Finance Division",
        "Good morning from the IT center",
        "hello from the finance division",
    ],
)
def test_english_in_a_place_is_no_registration_card(text: str) -> None:
    assert asked_back_as_registration(text) is None


# Stored at once before d3d7f4c (as "ผมย้ายมาอยู่ กค. แล้วครับ", "หนูเป็นน้องใหม่ของกองกลางค่ะ" still
# are): one's own move or arrival, told in the first person or asked to be updated.
@pytest.mark.parametrize(
    "text",
    [
        "ผมย้ายมาอยู่ ศทส แล้วครับ",
        "หนูย้ายมาอยู่ไอทีแล้วค่ะ",
        "ย้ายไปไอทีแล้วครับ อัปเดตให้ด้วย",
        "หนูเป็นน้องใหม่จากกองกลางค่ะ",
        "ผมเป็นเจ้าหน้าที่ใหม่จากกองคลังครับ ฝากเนื้อฝากตัวด้วยครับ",
    ],
)
def test_ones_own_move_or_arrival_registered_before_is_stored_at_once(text: str) -> None:
    assert stored_at_once(text)
