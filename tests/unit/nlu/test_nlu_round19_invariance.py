"""Round 19 (invariance): edits that change nothing of what a message means change nothing of
its reading (``bench/bench_invariance.py``). Who asked or what for said last of a question
("… ผู้อำนวยการถามมาค่ะ", "… จะเอาไปรายงานในที่ประชุมค่ะ"); news announced ("แจ้งค่ะ …");
a new unit's number typed in Thai digits or a particle held after its name ("ครับบ"). The
changed message reads as its original does; a question never becomes a write."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

WRITES = ("SubmitValue", "SubmitBaseline", "MarkStep", "ReminderSettings", "RegisterUnit")
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (A) Who asked or what the answer is for, said last: the question before it is read.
CONTEXT_LAST: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "e-Service ผู้อำนวยการถามมาค่ะ", "IndicatorQuery", {"indicator": "5"}),
    ("L", "สมาชิกในทีมมีกี่คน ผู้อำนวยการถามมาค่ะ", "Members", {}),
    ("L", "กองคลังส่งแผนแล้วบ่ ผู้อำนวยการถามมาค่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "แล้วกองกลางล่ะ ส่งแผนยัง จะเอาไปรายงานในที่ประชุมค่ะ", "Status", {"unit": "กองกลาง"}),
    ("L", "ไอทีส่งแผนยังอ่ะ ผอ. ถามมาครับ", "Status", {"unit": ICT}),
    ("L", "สรุปตอนนี้ใครเสร็จแล้วบ้าง จะเอาไปรายงานในที่ประชุมค่ะ", "Status", {}),
    # Near misses: the originals, and a question passed on with ว่า.
    ("P", "e-Service", "IndicatorQuery", {"indicator": "5"}),
    ("L", "กองคลังส่งแผนแล้วบ่", "Status", {"unit": "กองคลัง"}),
    ("L", "แล้วกองกลางล่ะ ส่งแผนยัง", "Status", {"unit": "กองกลาง"}),
]


@readings(CONTEXT_LAST)
def test_who_asked_said_last_leaves_the_question_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "กองบุคคลผ่านขั้น ๑ ขั้น ๒ ยังคะ ผู้อำนวยการถามมาค่ะ",
        "ขยะ 50.17 ยังบ่ถึงเป้าแม่นบ่ จะเอาไปรายงานในที่ประชุมค่ะ",
        "กองคลังส่งแผนยังคะ ผอ.ถามมา",
        "ผู้อำนวยการถามมาว่ากองคลังส่งแผนแล้วหรือยังคะ",
    ],
)
def test_a_question_with_who_asked_last_is_never_a_write(text: str) -> None:
    assert settled(text, "L" if "กอง" in text else "P")[0] not in (*WRITES, "Confirm")


def test_a_report_without_context_stays_a_report() -> None:
    assert settled("กองคลังส่งแผนแล้วค่ะ")[0] == "MarkStep"


# (B) News announced first ("แจ้งค่ะ …"): the news after it is read.
ANNOUNCED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แจ้งค่ะ ลงชื่อกองนิติการครับ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "แจ้งครับ กองคลังส่งแผนแล้วครับ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    # Near misses: แจ้ง as a word of the message itself.
    ("L", "ปิดแจ้งเตือนชั่วคราวครับ", "ReminderSettings", {"action": "off"}),
    ("L", "ขอแจ้งค่ะ ใครยังไม่ส่งแผนบ้างคะ", "Missing", {"step": "3"}),
]


@readings(ANNOUNCED)
def test_news_announced_first_is_read_after_the_announcement(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) A new unit's name: its number in Thai digits, a particle held after it.
NEW_UNITS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "เพิ่มหน่วยงาน สำนักงบประมาณเขต ๗ ด้วยค่ะ", "AddUnit", {"name": "สำนักงบประมาณเขต 7"}),
    (
        "B",
        "ขอเพิ่มหน่วย สำนักจัดทำงบประมาณด้านเศรษฐกิจ ๑ ด้วยค่ะ",
        "AddUnit",
        {"name": "สำนักจัดทำงบประมาณด้านเศรษฐกิจ 1"},
    ),
    ("B", "เพิ่มหน่วยงาน สำนักงบประมาณเขต 4 ครับบ", "AddUnit", {"name": "สำนักงบประมาณเขต 4"}),
    ("B", "เพิ่มหน่วยงาน สำนักงบประมาณเขต 7 ด้วยค่ะะ", "AddUnit", {"name": "สำนักงบประมาณเขต 7"}),
    # Near miss: the name as typed.
    ("B", "เพิ่มหน่วยงาน สำนักงบประมาณเขต 7 ด้วยค่ะ", "AddUnit", {"name": "สำนักงบประมาณเขต 7"}),
]


@readings(NEW_UNITS)
def test_a_new_units_name_is_read_the_same_however_its_digits_and_particles_are_typed(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (D) A title's measure word spaced off its abstract noun: the measure still picks the title.
MEASURE_SPACED: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "O",
        "คะแนน ความพร้อมรัฐบาลดิจิทัลได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "result"},
    ),
    (
        "O",
        "ระดับ ความพร้อมรัฐบาลดิจิทัลได้เท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "result"},
    ),
    (
        "B",
        "คะแนน ความพร้อมรัฐบาลดิจิทัล เกณฑ์เป็นยังไง",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    # Near misses: glued as the title writes it; a level told by its number.
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัลได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "result"},
    ),
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัลได้เท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "result"},
    ),
]


@readings(MEASURE_SPACED)
def test_a_measure_word_spaced_off_a_title_still_picks_the_title(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (E) A dotted abbreviation ("ก.พ.", "พ.ย.") typed on to the word before it, as if spaced.
GLUED_ABBREVIATIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ภาพรวมของก.พ. เป็นยังไงบ้างคะ", "Status", {}),
    ("O", "สมาชิกในระบบฝั่งก.พ. มีใครบ้างครับ", "Members", {}),
    ("O", "ขอดูประวัติการส่ง PMQA ของก.พ. ครับ", "History", {"indicator": "10"}),
    (
        "P",
        "ขยะพ.ย. ขึ้นมาเป็น 49.6% ครับ",
        "SubmitValue",
        {"indicator": "2", "value": "49.6", "raw_value": "49.6%", "percent": True},
    ),
    ("L", "ขอดูรายการบันทึกทั้งหมดของกลุ่มตั้งแต่ต.ค. ค่ะ", "History", {}),
    # Near misses: spaced as typed; an abbreviation of two letters first (สป.รง.) is one.
    ("O", "ภาพรวมของ ก.พ. เป็นยังไงบ้างคะ", "Status", {}),
    ("L", "สถานะของสป.รง.", "Status", {}),
]


@readings(GLUED_ABBREVIATIONS)
def test_a_dotted_abbreviation_typed_on_to_a_word_reads_as_if_spaced(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (F) A letter's usual addressee with no space after it, and "เรียน สอบถาม" spaced.
LETTERS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "เรียนทุกท่านกลุ่มพัฒนาระบบบริหารส่งรายชื่อทีมงาน PMQA ทาง Google Form แล้วค่ะ",
        "MarkStep",
        {"step": "1", "unit": "กลุ่มพัฒนาระบบบริหาร", "channel": "google_form"},
    ),
    ("L", "เรียนผู้ประสานงานขอทราบสถานะภาพรวมของตัวชี้วัดทุกหน่วยงาน ณ ปัจจุบันด้วยครับ", "Status", {}),
    (
        "L",
        "เรียน สอบถามสถานะภาพรวมของทุกหน่วยงานโดยละเอียด เพื่อนำเรียนท่านรองปลัดกระทรวงครับ",
        "Status",
        {"detail": True},
    ),
    # Near misses: the addressee spaced off, or going on ("ทุกท่านที่เกี่ยวข้อง").
    (
        "L",
        "เรียนทุกท่าน กลุ่มพัฒนาระบบบริหารส่งรายชื่อทีมงาน PMQA ทาง Google Form แล้วค่ะ",
        "MarkStep",
        {"step": "1", "unit": "กลุ่มพัฒนาระบบบริหาร", "channel": "google_form"},
    ),
    ("L", "เรียนทุกท่านที่เกี่ยวข้อง กองคลังส่งแผนแล้วครับ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@readings(LETTERS)
def test_a_letters_addressee_glued_or_spaced_is_no_slot(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (G) "KPI" typed for ตัวชี้วัด: read as ตัวชี้วัด.
KPI_SAID: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "คะแนนรวมถ่วงน้ำหนักของทุก KPI ตอนนี้เท่าไหร่ครับ", "Status", {}),
    ("B", "ขอดูผลทั้ง 8 KPI โดยละเอียดครับ ผอ.สำนักขอ", "Status", {"detail": True}),
    ("L", "ร้อยละ 85 ของ KPI หมายถึงอะไรคะ", "RuleQuestion", {"topic": "thresholds"}),
    (
        "L",
        "แผนกองนิติการ KPI ข้อ 2 ไม่บรรลุเป้านะครับ",
        "MarkStep",
        {"step": "5", "unit": "กองนิติการ", "plan_item": 2, "passed": False},
    ),
    # Near misses: the Thai word itself.
    ("B", "ขอดูผลทั้ง 8 ตัวชี้วัดโดยละเอียดครับ ผอ.สำนักขอ", "Status", {"detail": True}),
    ("L", "ร้อยละ 85 ของตัวชี้วัดหมายถึงอะไรคะ", "RuleQuestion", {"topic": "thresholds"}),
]


@readings(KPI_SAID)
def test_kpi_typed_for_the_thai_word_reads_as_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (H) The last particle held ("คะะ", "ครับบ"): read as the particle.
HELD_LAST: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แล้ว กพร. เองล่ะคะะ?", "Status", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
    ("L", "ส่ง ๒๘ ม.ค. ทันนะคะะ", "Deadlines", {}),
    # Near misses: the particle as typed once.
    ("L", "แล้ว กพร. เองล่ะคะ?", "Status", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
    ("L", "ส่ง ๒๘ ม.ค. ทันนะคะ", "Deadlines", {}),
]


@readings(HELD_LAST)
def test_a_held_last_particle_reads_as_the_particle(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    ["สนง.ก.พ. ส่งผลครบหรือยัง", "ภาพรวม สนง.ก.พ. ตอนนี้เป็นไงบ้างคะ", "สนง.ก.พ. ภาพรวมเป็นยังไงบ้างครับ"],
)
def test_an_abbreviation_of_abbreviations_is_never_cut_into_a_unit(text: str) -> None:
    """ "สนง.ก.พ." is the office's short name, not "สน" and a unit "ง.ก.พ."."""
    assert "unit" not in settled(text, "O")[1]
