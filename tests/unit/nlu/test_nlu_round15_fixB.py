"""Round 15 (fixB): values typed in report wording and the confirmations around them: a figure
corrected ("ที่ถูกคือ 9 รายการ"), a computed figure told with its parts ("…คิดเป็น 77.23%"), two
figures of which one is the indicator's measure, "X จาก Y", a relaxed yes ("ใช่ๆ ถูกละ
เซฟเลย"), a short form of an indicator ("ยส. 79%"), a year's total ("ทั้งปี 12,480 ราย"), an undo
with its reason, and another body's news with a numbered region (chat)."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import stores
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (A) A figure corrected with "ที่ถูกคือ", its measure word after it: the new value alone, or
# of the indicator its words name (told for someone: "กองพัฒนาระบบแจ้งว่า…").
CORRECTED: list[Case] = [
    ("B", "พิมพ์ผิดค่ะ ที่ถูกคือ 12 ราย", "SubmitValue", {"value": "12", "raw_value": "12"}),
    ("B", "ขอโทษครับ พิมพ์ผิด ที่ถูกต้องคือ 45 แห่ง", "SubmitValue", {"value": "45", "raw_value": "45"}),
    ("B", "ที่ถูกคือ ๗ ชุดครับ", "SubmitValue", {"value": "7", "raw_value": "๗"}),
    ("B", "พิมพ์ผิดครับ ที่ถูกคือ 15 รายการ", "SubmitValue", {"value": "15", "raw_value": "15"}),
    ("B", "ขอโทษค่ะ ที่ถูกต้องคือ 3 รายการค่ะ", "SubmitValue", {"value": "3", "raw_value": "3"}),
    (
        "B",
        "ผลพึงพอใจที่ถูกคือ 90.2 ไม่ใช่ 92.0 ครับ",
        "SubmitValue",
        {"indicator": "4", "value": "90.2", "raw_value": "90.2"},
    ),
    (
        "B",
        "กองคลังแจ้งว่าความพึงพอใจที่ถูกต้องคือ 87.5 ไม่ใช่ 85.7 นะคะ",
        "SubmitValue",
        {"indicator": "4", "value": "87.5", "raw_value": "87.5"},
    ),
    (
        "P",
        "ขยะที่ถูกคือ 61.5 ไม่ใช่ 65.1 ค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "61.5", "raw_value": "61.5"},
    ),
]

# Chat with a total: no indicator named, no write.
TOTAL_CHAT = [
    ("P", "ค่าอาหาร 3 มื้อ รวม 450 บาท"),
    ("P", "ซื้อน้ำ 12 ขวด ขนม 5 ห่อ รวมทั้งสิ้น 380 บาทนะ"),
    ("B", "ค่าเดินทาง 2 วัน 1,200 บาท ค่าที่พัก 800 บาท รวม 2,000 บาท"),
]


@pytest.mark.parametrize(("org", "text"), TOTAL_CHAT, ids=[t for _, t in TOTAL_CHAT])
def test_a_total_of_chat_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] == "Unknown"


# Asked, not told: no write.
CORRECTION_ASKED = [
    "ที่ถูกคือกี่รายการครับ",
    "ที่ถูกคือ 9 รายการใช่ไหมคะ",
    "ผลพึงพอใจที่ถูกคือเท่าไหร่ครับ",
    "ที่ถูกคือ 88.1 หรือ 81.8 คะ",
]


@readings(CORRECTED)
def test_a_figure_corrected(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", CORRECTION_ASKED)
def test_a_correction_asked_is_no_write(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)


# (B) A computed figure told with its parts ("ทั้งหมด … คิดเป็น …"), and two figures of which
# the second is what the indicator measures ("…ล้านคน รายได้รวม … ล้านบาท"), "X จาก Y".
COMPUTED: list[Case] = [
    (
        "P",
        "หมู่บ้านทั้งหมด 500 แห่ง ไม่พบปัญหายาเสพติด 420 แห่ง คิดเป็นร้อยละ 84",
        "SubmitValue",
        {"indicator": "4", "value": "84", "raw_value": "ร้อยละ 84", "percent": True},
    ),
    (
        "P",
        "ขยะทั้งหมด 1,200 ตัน จัดการถูกต้อง 900 ตัน คิดเป็น 75%",
        "SubmitValue",
        {"indicator": "2", "value": "75", "raw_value": "75%", "percent": True},
    ),
    (
        "P",
        "หมู่บ้าน/ชุมชนทั้งหมด ๒๐๐ แห่ง ไม่พบปัญหา ๑๕๐ แห่ง คิดเป็น ๗๕%",
        "SubmitValue",
        {"indicator": "4", "value": "75", "raw_value": "๗๕%", "percent": True},
    ),
    (
        "P",
        "ผู้เยี่ยมเยือน 1.8 ล้านคน รายได้ทั้งสิ้น 1,210.5 ล้านบาท",
        "SubmitValue",
        {"indicator": "3", "value": "1210.5", "raw_value": "1,210.5"},
    ),
    (
        "P",
        "ผู้เยี่ยมเยือนชาวไทย 2.3 ล้านคน รายได้รวม 1,600 ล้านบาทค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "1600", "raw_value": "1,600"},
    ),
    (
        "O",
        "Pillar ระดับ 3 ขึ้นไป 4 Pillar จาก 7 Pillar บันทึกตัวที่ 8",
        "SubmitValue",
        {"indicator": "8", "value": "4", "raw_value": "4"},
    ),
    (
        "P",
        "ขยะ 45 จาก 60 ตันค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "45", "raw_value": "45"},
    ),
]
COMPUTED_ASKED = [
    "ผู้เยี่ยมเยือน 2.1 ล้านคน รายได้รวม 1,495.6 ล้านบาท ถูกไหมครับ",
    "ทั้งหมด 1,357 แห่ง ไม่พบปัญหา 1,048 แห่ง คิดเป็น 77.23% ใช่ไหม",
    "หมู่บ้านทั้งหมด 1,357 แห่ง ไม่พบปัญหา 1,048 แห่ง คิดเป็นกี่เปอร์เซ็นต์",
    "ทั้งหมด 500 แห่ง ไม่พบปัญหา 420 แห่ง คิดเป็นร้อยละเท่าไหร่ครับ",
    "ผู้เยี่ยมเยือน 2.1 ล้านคน รายได้รวมเท่าไหร่",
    "Pillar ผ่าน 5 จาก 7 แล้วได้ระดับอะไรคะ",
]


@readings(COMPUTED)
def test_a_figure_told_with_others(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", COMPUTED_ASKED)
def test_a_computation_asked_is_no_write(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)


# (C) A relaxed yes: "เซฟ" (save) is the bot's "บันทึก"; not yet, or asked, is no yes.
RELAXED_YES = ["ใช่ๆ ถูกละ เซฟเลย", "ใช่ค่ะ เซฟเลย", "ถูกแล้ว เซฟได้เลยครับ", "โอเค เซฟเลยจ้า"]
NO_YES = ["เซฟเลยไหมคะ", "ใช่ แต่อย่าเพิ่งเซฟนะ", "ยังไม่ต้องเซฟนะ", "เซฟรูปยังไงครับ"]


@pytest.mark.parametrize("text", RELAXED_YES)
def test_a_relaxed_yes(text: str) -> None:
    assert settled(text) == ("Confirm", {})


@pytest.mark.parametrize("text", NO_YES)
def test_no_relaxed_yes(text: str) -> None:
    assert settled(text)[0] != "Confirm"


# (D) Short forms and a year's total: "ยส." is ยาเสพติด; "ทั้งปี 12,480" names no year.
SHORT_AND_TOTAL: list[Case] = [
    (
        "P",
        "ยส. 79% จ้า",
        "SubmitValue",
        {"indicator": "4", "value": "79", "raw_value": "79%", "percent": True},
    ),
    (
        "P",
        "ยส. 81.5%",
        "SubmitValue",
        {"indicator": "4", "value": "81.5", "raw_value": "81.5%", "percent": True},
    ),
    (
        "P",
        "e-Service ผู้ใช้บริการสะสมทั้งปี 12,480 รายครับ",
        "SubmitValue",
        {"indicator": "5", "value": "12480", "raw_value": "12,480"},
    ),
    (
        "P",
        "e-Service ผู้ใช้งานรวมทั้งปี 9,350 คน",
        "SubmitValue",
        {"indicator": "5", "value": "9350", "raw_value": "9,350"},
    ),
    (
        "P",
        "e-Service เปิดให้บริการแล้ว 6 อำเภอครับ อัปเดตด้วย",
        "SubmitValue",
        {"indicator": "5", "value": "6", "raw_value": "6"},
    ),
    (
        "P",
        "e-Service มีผู้ใช้บริการแล้ว 3,200 คน อัปเดตด้วยค่ะ",
        "SubmitValue",
        {"indicator": "5", "value": "3200", "raw_value": "3,200"},
    ),
    # A year still named ("ปี 66"): a baseline's.
    (
        "P",
        "ขยะปี 66 ได้ 58.2",
        "SubmitBaseline",
        {"indicator": "2", "value": "58.2", "raw_value": "58.2", "year": 2566},
    ),
]
SHORT_ASKED = [
    "ยส. กี่เปอร์เซ็นต์แล้ว",
    "e-Service เปิดกี่อำเภอแล้วครับ",
    "e-Service ผู้ใช้บริการสะสมทั้งปีเท่าไหร่คะ",
    "ยส. 79% ผ่านเกณฑ์ไหม",
]


@readings(SHORT_AND_TOTAL)
def test_short_forms_and_totals(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", SHORT_ASKED)
def test_short_forms_asked_are_no_writes(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)


# (E) An undo with its reason ("ผมทดลองพิมพ์ดูเฉยๆ"): trying it out is no looking back.
UNDO_WITH_REASON = [
    "ย้อนรายการล่าสุดครับ ผมทดลองพิมพ์ดูเฉยๆ",
    "ลบรายการล่าสุดให้หน่อยค่ะ ลองกดดูเฉยๆ",
    "ย้อนกลับรายการล่าสุดนะคะ เมื่อกี้ลองใส่ดู",
]
LOOKING_BACK = ["ย้อนกลับไปดูรายการล่าสุดหน่อย", "ย้อนดูรายการล่าสุดครับ", "ขอดูรายการล่าสุดหน่อย"]


@pytest.mark.parametrize("text", UNDO_WITH_REASON)
def test_an_undo_with_its_reason(text: str) -> None:
    assert settled(text) == ("Undo", {})


@pytest.mark.parametrize("text", LOOKING_BACK)
def test_looking_back_is_no_undo(text: str) -> None:
    assert settled(text)[0] != "Undo"


# (F) Another body's news: a numbered region ("เขตที่ 7", "ภาคที่ 1") is a name, no value.
OTHER_BODIES = [
    ("B", "สำนักงบประมาณเขตที่ 7 ขอเลื่อนประชุมแผนพัฒนาจังหวัดไปวันศุกร์นะคะ"),
    ("P", "ศูนย์อำนวยการป้องกันยาเสพติดภาคที่ 1 ขอเลื่อนประชุมไปวันจันทร์"),
    ("B", "สำนักงบประมาณเขตที่ 3 ขอเลื่อนนัดเป็นพรุ่งนี้บ่ายสองครับ"),
    ("P", "สำนักงานท่องเที่ยวเขตที่ 2 เชิญประชุมวันพุธค่ะ"),
]


@pytest.mark.parametrize(("org", "text"), OTHER_BODIES, ids=[t for _, t in OTHER_BODIES])
def test_other_bodies_news_is_chat(org: str, text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)
    assert settled(text, org)[0] == "Unknown"


# (G) A unit typed by mistake, then the right one pointed at; the "to" of an update.
UNIT_AND_UPDATE: list[Case] = [
    (
        "L",
        "ขอโทษค่ะ เมื่อกี้พิมพ์ กจ. ที่ถูกคือกองคลัง เข้าประชุม 85%",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "value": "85"},
    ),
    (
        "L",
        "เมื่อกี้ใส่ กองคลัง ที่ถูกต้องคือ กจ. ส่งแผนแล้ว",
        "MarkStep",
        {"step": "3", "unit": "กองการเจ้าหน้าที่"},
    ),
    (
        "L",
        "พิมพ์ผิดครับ ที่ถูกคือไอที เข้าประชุม 95%",
        "MarkStep",
        {"step": "2", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "value": "95"},
    ),
    (
        "O",
        "อัปเดต GD Catalog เป็น 41 ชุดครับ",
        "SubmitValue",
        {"indicator": "6", "value": "41", "raw_value": "41"},
    ),
    (
        "O",
        "Master Data ยกระดับเป็น 12 ชุด",
        "SubmitValue",
        {"indicator": "7", "value": "12", "raw_value": "12"},
    ),
]
UNIT_ASKED = [
    "เมื่อกี้พิมพ์ กจ. ที่ถูกคือกองคลังใช่ไหมคะ",
    "อัปเดต GD Catalog เป็น 38 ชุดได้ยังไงครับ",
]


@readings(UNIT_AND_UPDATE)
def test_a_unit_corrected_and_an_update(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", UNIT_ASKED)
def test_a_unit_correction_asked_is_no_write(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)
