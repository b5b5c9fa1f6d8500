"""Issue 9, round 10 (h12v): value submissions. The unit a result is for, named after
"ของ" ("ผลตัวชี้วัดที่ 1 ของกองกลาง 3.5 คะแนน"); the request to record it ("รบกวนลงระบบ
ให้ด้วย", "ฝากบันทึกด้วย", "ขออนุญาตแจ้ง") names no indicator; a baseline year said as
"ปีฐาน 2565"; a correction whose old value is said after the new one ("…เป็น 48.5 เมื่อกี้
พิมพ์ 45.8"); a change "จากปีก่อน" is this year's value, not a baseline."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

WRITES: list[tuple[str, str, str, dict[str, Any]]] = [
    # The unit after "ของ".
    (
        "L",
        "ขอบันทึกผลตัวชี้วัดที่ 1 ของกองกลาง 3.5 คะแนนครับ",
        "SubmitValue",
        {"indicator": "1", "value": "3.5", "raw_value": "3.5", "unit": "กองกลาง"},
    ),
    (
        "L",
        "ตัวชี้วัด 1 ของกองคลังได้ 4 คะแนนค่ะ",
        "SubmitValue",
        {"indicator": "1", "value": "4", "raw_value": "4", "unit": "กองคลัง"},
    ),
    (
        "L",
        "ขออนุญาตแจ้งผลตัวชี้วัดที่ 1 ของกองนิติการ ได้ 5 คะแนนค่ะ",
        "SubmitValue",
        {"indicator": "1", "value": "5", "raw_value": "5", "unit": "กองนิติการ"},
    ),
    # The request to record names no indicator.
    (
        "L",
        "กองคลังได้ 4 คะแนนค่ะ รบกวนลงระบบให้ด้วย",
        "SubmitValue",
        {"indicator": "1", "value": "4", "raw_value": "4", "unit": "กองคลัง"},
    ),
    (
        "L",
        "กองนิติการได้ 3 คะแนน ฝากบันทึกด้วยครับ",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3", "unit": "กองนิติการ"},
    ),
    (
        "L",
        "กองกลางได้ 4.5 คะแนนครับ ขอความกรุณาลงในระบบให้ด้วย",
        "SubmitValue",
        {"indicator": "1", "value": "4.5", "raw_value": "4.5", "unit": "กองกลาง"},
    ),
    # A baseline year said "ปีฐาน".
    (
        "P",
        "ขยะ ปีฐาน 2565 = 51.2 ครับ",
        "SubmitBaseline",
        {"indicator": "2", "value": "51.2", "raw_value": "51.2", "year": 2565},
    ),
    (
        "P",
        "ท่องเที่ยวปีฐาน 2566 ได้ 1,500 ล้านบาท",
        "SubmitBaseline",
        {"indicator": "3", "value": "1500", "raw_value": "1,500", "year": 2566},
    ),
    # The old value said after the new one.
    (
        "P",
        "แก้ผลขยะเป็น 48.5 ค่ะ เมื่อกี้พิมพ์ 45.8",
        "SubmitValue",
        {"indicator": "2", "value": "48.5", "raw_value": "48.5"},
    ),
    (
        "P",
        "ท่องเที่ยว 1,720 ล้านบาทครับ เมื่อกี้ใส่ผิดเป็น 1,270",
        "SubmitValue",
        {"indicator": "3", "value": "1720", "raw_value": "1,720"},
    ),
    (
        "P",
        "ขอแก้ขยะเป็น 50.1 นะคะ ตอนแรกพิมพ์ผิดเป็น 51.0",
        "SubmitValue",
        {"indicator": "2", "value": "50.1", "raw_value": "50.1"},
    ),
    # A change from last year is this year's value.
    (
        "P",
        "ขยะเพิ่มขึ้น 5.2% จากปีที่แล้วครับ",
        "SubmitValue",
        {"indicator": "2", "value": "5.2", "raw_value": "5.2%", "percent": True},
    ),
    (
        "B",
        "โอนเปลี่ยนแปลงงบประมาณเพิ่มขึ้น 3.1% จากปีก่อนค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "3.1", "raw_value": "3.1%", "percent": True},
    ),
    # Still a baseline: last year's result itself.
    (
        "P",
        "ขยะปีก่อน 47.9",
        "SubmitBaseline",
        {"indicator": "2", "value": "47.9", "raw_value": "47.9", "year": 2567},
    ),
]


# A baseline: whose result it is and how it is to be kept name no indicator.
BASELINES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "ค่าฐาน PMQA ของสำนักงบประมาณปี 2565 คือ 380 คะแนน",
        "SubmitBaseline",
        {"indicator": "8", "value": "380", "raw_value": "380", "year": 2565},
    ),
    (
        "B",
        "ผล PMQA ของสำนักงาน ปี 2565 ได้ 371 คะแนน ใช้เป็นฐาน",
        "SubmitBaseline",
        {"indicator": "8", "value": "371", "raw_value": "371", "year": 2565},
    ),
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัลปี 66 = 3 เก็บไว้เป็นฐานด้วยครับ",
        "SubmitBaseline",
        {"indicator": "6", "value": "3", "raw_value": "3", "year": 2566},
    ),
    (
        "B",
        "คะแนนความพร้อมรัฐบาลดิจิทัลปี 65 = 70.1 เอาไว้เป็นฐานค่ะ",
        "SubmitBaseline",
        {"indicator": "7", "value": "70.1", "raw_value": "70.1", "year": 2565},
    ),
]


@readings(BASELINES)
def test_a_baseline_reads_its_indicator_without_owner_or_keeping_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A count or share reached, told as news: a value of the indicator that counts it.
COUNTS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "O",
        "แจ้งว่าชุดข้อมูลที่ลงทะเบียนใน GD Catalog ครบ 58 ชุดแล้วนะคะ",
        "SubmitValue",
        {"indicator": "6", "value": "58", "raw_value": "58"},
    ),
    (
        "O",
        "ลงทะเบียนชุดข้อมูลครบ 90 ชุดแล้วครับ",
        "SubmitValue",
        {"indicator": "6", "value": "90", "raw_value": "90"},
    ),
    (
        "B",
        "ชุดข้อมูลลงทะเบียนครบ 80% แล้ว",
        "SubmitValue",
        {"indicator": "5", "value": "80", "raw_value": "80%", "percent": True},
    ),
    (
        "B",
        "GD Catalog ขึ้นทะเบียนครบ 95% แล้วค่ะ",
        "SubmitValue",
        {"indicator": "5", "value": "95", "raw_value": "95%", "percent": True},
    ),
    # Asked, or of anything else: no value.
    (
        "O",
        "ชุดข้อมูลใน GD Catalog ครบ 70 ชุดแล้วใช่ไหม",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "result"},
    ),
    ("O", "ลงทะเบียนชุดข้อมูลใน GD Catalog ครบ 60 ชุดแล้วหรือยัง", "IndicatorQuery", {"indicator": "6"}),
    ("L", "วิ่งครบ 10 กิโลแล้ว", "Unknown", {}),
    ("L", "กองคลังลงทะเบียนครบแล้วหรือยัง", "Members", {"unit": "กองคลัง"}),
]


@readings(COUNTS)
def test_a_count_reached_is_a_value_unless_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A value with a request to record it, a result of titled words, a figure relayed.
RECORD: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ขยะ 52.3 ลงระบบให้ด้วยนะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    (
        "P",
        "รายได้จากการท่องเที่ยว 1,702 ล้านบาท ฝากลงให้ทีค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "1702", "raw_value": "1,702"},
    ),
    (
        "L",
        "ผลระดับความสำเร็จ 3.5 ค่ะ",
        "SubmitValue",
        {"indicator": "1", "value": "3.5", "raw_value": "3.5"},
    ),
    (
        "O",
        "ผลตัวชี้วัดคู่มือแผนพัฒนาบุคลากร 85% ค่ะ",
        "SubmitValue",
        {"indicator": "3", "value": "85", "raw_value": "85%", "percent": True},
    ),
    (
        "P",
        "สนง.สถิติส่งมาว่าขยะ 55.2 ลงระบบให้ด้วยครับ",
        "SubmitValue",
        {"indicator": "2", "value": "55.2", "raw_value": "55.2"},
    ),
    # Chat, done already, or no indicator named: no value.
    ("L", "ลงระบบให้แล้ว 3 รอบ", "Unknown", {}),
    ("P", "ผลฟุตบอลเมื่อคืน 3", "Unknown", {}),
    ("P", "ราคาน้ำมัน 40 บาท ลงระบบให้ด้วย", "Unknown", {}),
    ("P", "รูปกิจกรรม 3 รูปส่งมาในกลุ่มหน่อย", "Unknown", {}),
    ("O", "คู่มือใช้งานบอท", "Help", {}),
]


@readings(RECORD)
def test_a_value_to_record_is_read_by_the_words_that_name_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WRITES)
def test_a_value_submission_reads_its_unit_indicator_and_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


QUESTIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ผลของกองคลังเป็นยังไงบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "ตัวชี้วัดของกองกลางได้กี่คะแนนแล้ว", "Status", {"unit": "กองกลาง"}),
]


@readings(QUESTIONS)
def test_a_question_about_a_units_result_stays_a_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
