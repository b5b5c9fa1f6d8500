"""Round 17 (regress17): a finished report with a side remark to colleagues beside it ("ฝาก
พี่ๆ ตรวจด้วย", "ใครมีไฟล์…", "ช่วยกันดู…") is still the report, while work handed to
colleagues stays chat; this year's figure told beside last year's is this year's result, not
last year's baseline; a regional or other office's figure is theirs, not a write of ours
(the organisation's own name and units still write); a correction's new value."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]
_WRITES = ("MarkStep", "SubmitValue", "SubmitBaseline", "Confirm")


def _waste(value: str, raw: str | None = None) -> dict[str, Any]:
    return {"indicator": "2", "value": value, "raw_value": raw or value}


def _no_write(cases: list[tuple[str, str]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("org", "text"), cases, ids=[case[1] for case in cases])


# (A) A finished report, the remark to colleagues before or after it.
REPORT_WITH_REMARK: list[Case] = [
    ("P", "ขยะ 52.3 ค่ะ ฝากพี่ๆ ตรวจด้วย", "SubmitValue", _waste("52.3")),
    ("P", "ส่งผลขยะ 52.3 แล้วค่ะ ฝากพี่ๆ เช็คอีกรอบ", "SubmitValue", _waste("52.3")),
    ("P", "ฝากพี่ๆ ด้วยนะคะ ส่งผลขยะ 52.3 แล้ว", "SubmitValue", _waste("52.3")),
    ("P", "ใครมีไฟล์ขยะ ส่งผลขยะ 52.3 แล้วนะ", "SubmitValue", _waste("52.3")),
    ("P", "ยาเสพติด 81.5 ค่ะ ฝากน้องๆ ตรวจทานด้วยนะ", "SubmitValue",
     {"indicator": "4", "value": "81.5", "raw_value": "81.5"}),
    ("P", "ฝากเพื่อนๆ ด้วยนะ ยาเสพติด 81.5 ค่ะ", "SubmitValue",
     {"indicator": "4", "value": "81.5", "raw_value": "81.5"}),
    ("P", "ท่องเที่ยว 1,850 ล้านบาทครับ ช่วยกันดูอีกทีนะครับ", "SubmitValue",
     {"indicator": "3", "value": "1850", "raw_value": "1,850"}),
    ("P", "ช่วยกันเช็คด้วยนะคะ ส่งผลท่องเที่ยว 1,850 ล้านบาทแล้ว", "SubmitValue",
     {"indicator": "3", "value": "1850", "raw_value": "1,850"}),
    ("P", "ส่งผลยาเสพติด 81.5 แล้ว ใครเปิดไฟล์ได้บ้าง", "SubmitValue",
     {"indicator": "4", "value": "81.5", "raw_value": "81.5"}),
    ("P", "ใครมีเอกสารยาเสพติดบ้างคะ ส่งผลยาเสพติด 81.5 แล้วค่ะ", "SubmitValue",
     {"indicator": "4", "value": "81.5", "raw_value": "81.5"}),
    ("O", "ยกระดับ master data ได้ 9 ชุดค่ะ ฝากพี่ๆ ดูด้วย", "SubmitValue",
     {"indicator": "7", "value": "9", "raw_value": "9"}),
    ("L", "กองคลังส่งแผนแล้วค่ะ ฝากพี่ๆ ช่วยกันดูด้วยนะ", "MarkStep",
     {"step": "3", "unit": "กองคลัง"}),
]  # fmt: skip

# Work handed to colleagues, a file asked of them, a question: never a write.
REMARK_ONLY: list[tuple[str, str]] = [
    ("P", "ฝากพี่ๆ กรอกขยะ 52.3 ด้วยนะคะ"),
    ("P", "ฝากพี่ๆ กรอกขยะ 52.3"),
    ("P", "ฝากพี่ๆ ส่งผลขยะ 52.3 ด้วยนะคะ"),
    ("P", "ฝากน้องๆ ลงยาเสพติด 81.5 ให้หน่อย"),
    ("P", "ใครมีไฟล์ขยะบ้าง"),
    ("P", "ใครเปิดไฟล์ขยะได้บ้าง"),
    ("O", "ไฟล์ master data ใครเปิดไฟล์ได้บ้างคะ"),
    ("P", "ใครมีไฟล์ขยะ 52.3 บ้าง"),
    ("P", "ช่วยกันดูขยะ 52.3 หน่อย"),
    ("P", "ฝากพี่ๆ ช่วยกันดูขยะ 52.3 ว่าถูกไหม"),
    ("P", "ส่งผลขยะ 52.3 แล้วหรือยัง ฝากพี่ๆ ดูด้วย"),
    ("P", "ขยะ 52.3 ถูกไหมคะ ฝากพี่ๆ ตรวจด้วย"),
    ("P", "ฝากพี่ๆ ด้วยนะคะ ขยะ 52.3 ถูกไหม"),
    ("P", "ขยะ 52.3 ฝากพี่ๆ ช่วยกันดูว่าถูกมั้ย"),
    ("P", "ฝากพี่ๆ ตรวจความถูกต้องด้วยนะ ขยะ 52.3 ค่ะ"),
    ("P", "กรอกขยะ 52.3 ฝากพี่ๆ ด้วยนะ"),
    ("P", "ฝากพี่ๆ ด้วยนะคะ เดี๋ยวจะส่งผลขยะ 52.3"),
    ("P", "นนทบุรีได้ขยะ 70 ฝากพี่ๆ ดูด้วย"),
    ("L", "ฝากพี่ๆ ช่วยกันดูกิจกรรมมิติที่ 2 ให้หน่อยนะคะ ยังงงๆ"),
    ("L", "ใครมีไฟล์แบบฟอร์ม 3 ของปีที่แล้วบ้าง ขอดูเป็นตัวอย่างหน่อย"),
]


@_no_write([("P", "ใครเปิดไฟล์ขยะได้บ้าง"), ("P", "ใครมีไฟล์ขยะบ้าง"), ("P", "ใครเปิดไฟล์ได้บ้าง")])
def test_a_file_asked_of_the_group_is_chat(org: str, text: str) -> None:
    assert settled(text, org) == ("Unknown", {})


@readings(REPORT_WITH_REMARK)
def test_a_report_beside_a_remark_to_colleagues_stands(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_no_write(REMARK_ONLY)
def test_work_handed_to_colleagues_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (B) This year's figure beside last year's: this year's result, in either order.
THIS_YEAR_BESIDE_LAST: list[Case] = [
    ("P", "ขยะปีกลาย 48.2 ปีนี้ 52.3", "SubmitValue", _waste("52.3")),
    ("P", "ขยะปีนี้ 52.3 ปีที่แล้ว 48.2", "SubmitValue", _waste("52.3")),
    ("P", "ขยะปีที่แล้ว 48.2 ปีนี้ 52.3", "SubmitValue", _waste("52.3")),
    ("P", "ขยะปีก่อน 48.2 ปีนี้ 52.3 ค่ะ", "SubmitValue", _waste("52.3")),
    ("P", "ขยะปีนี้ได้ 52.3 ปีก่อนได้ 48.2", "SubmitValue", _waste("52.3")),
    ("P", "ขยะ ปี 67 48.2 ปี 68 52.3", "SubmitValue", _waste("52.3")),
    ("P", "ขยะปี 68 52.3 ปี 67 48.2", "SubmitValue", _waste("52.3")),
    ("P", "ขยะ ปีงบ 67 ได้ 48.2 ปีงบ 68 ได้ 52.3", "SubmitValue", _waste("52.3")),
    ("P", "ยาเสพติดปีนี้ 83.1 ปีที่ผ่านมา 79.4 ครับ", "SubmitValue",
     {"indicator": "4", "value": "83.1", "raw_value": "83.1"}),
    ("B", "PMQA ปี 67 ได้ 380 ปี 68 ได้ 412", "SubmitValue",
     {"indicator": "8", "value": "412", "raw_value": "412"}),
    ("B", "ปีนี้ PMQA 412 คะแนน ปีก่อน 380", "SubmitValue",
     {"indicator": "8", "value": "412", "raw_value": "412"}),
    ("B", "GD Catalog ปีที่แล้ว 20 ชุด ปีนี้ 25 ชุด", "SubmitValue",
     {"indicator": "5", "value": "25", "raw_value": "25"}),
]  # fmt: skip

# Last year's figure alone stays a baseline; a base said so stays one.
LAST_YEAR_ONLY: list[Case] = [
    ("P", "ขยะปีที่แล้ว 48.2", "SubmitBaseline", {**_waste("48.2"), "year": 2567}),
    ("P", "ขยะปีก่อน 48.2", "SubmitBaseline", {**_waste("48.2"), "year": 2567}),
    ("P", "ขยะปีกลาย 48.2 ค่ะ", "SubmitBaseline", {**_waste("48.2"), "year": 2567}),
    ("B", "PMQA ปี 67 ได้ 380", "SubmitBaseline",
     {"indicator": "8", "value": "380", "raw_value": "380", "year": 2567}),
    ("P", "ค่าฐานขยะปีที่แล้ว 48.2 ปีนี้ 52.3", "SubmitBaseline",
     {**_waste("52.3"), "year": 2567}),
]  # fmt: skip

# A question about the two years stays a question.
YEARS_ASKED: list[tuple[str, str]] = [
    ("P", "ขยะปีนี้เท่าไหร่ ปีที่แล้ว 48.2"),
    ("P", "ขยะปีที่แล้ว 48.2 ปีนี้ได้เท่าไหร่"),
    ("P", "ขยะปีนี้ 52.3 ปีที่แล้ว 48.2 ดีขึ้นไหม"),
]


@readings(THIS_YEAR_BESIDE_LAST + LAST_YEAR_ONLY)
def test_this_years_figure_beside_last_years_is_the_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_no_write(YEARS_ASKED)
def test_two_years_asked_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (C) A regional or other office's figure: theirs, no write of ours.
OTHER_OFFICES: list[tuple[str, str]] = [
    ("P", "ศูนย์ภาค 5 ได้ 76.5"),
    ("P", "สำนักงานเขต 3 ส่ง 52 แล้ว"),
    ("B", "สำนักงานเขต 3 ส่ง 52 แล้ว"),
    ("B", "ศูนย์ภาค 2 ได้ 80 คะแนน"),
    ("O", "สำนักงานเขต 7 ได้ 4.5"),
    ("L", "ศูนย์เขต 4 ได้ 3.8 คะแนน"),
    ("O", "สำนักงานจังหวัดส่ง master data 9 ชุดแล้ว"),
    ("B", "สำนักงานจังหวัดได้ PMQA 412"),
    ("O", "สำนักงานจังหวัดได้ PMQA 412"),
    ("L", "สำนักงานภาค 1 ส่งผล 4.2 แล้วครับ"),
    # A step of theirs.
    ("L", "สำนักงานเขต 3 ส่งแผนแล้ว"),
    ("L", "ศูนย์ภาค 2 ส่งรายชื่อทีมแล้วค่ะ"),
    ("L", "สำนักงานจังหวัดส่งแผนแล้ว"),
]

# The organisation's own name and units, and a figure of ours relayed by another body.
OWN_STILL_WRITES: list[Case] = [
    ("L", "ศทส. ได้ 4 คะแนนค่ะ", "SubmitValue",
     {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "value": "4", "raw_value": "4",
      "indicator": "1"}),
    ("L", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสารได้ 4.5", "SubmitValue",
     {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "value": "4.5", "raw_value": "4.5",
      "indicator": "1"}),
    ("P", "ป.ป.ส.ภาค 1 แจ้งมา หมู่บ้านไม่พบยาเสพติด ร้อยละ 81.3 ค่ะ", "SubmitValue",
     {"indicator": "4", "value": "81.3", "raw_value": "ร้อยละ 81.3", "percent": True}),
    ("P", "จังหวัดปทุมธานีส่งขยะ 52.3 แล้ว", "SubmitValue", _waste("52.3")),
    ("O", "สำนักงานเขต 3 แจ้งมา master data 9 ชุด", "SubmitValue",
     {"indicator": "7", "value": "9", "raw_value": "9"}),
    ("O", "ตัวเลขจากสำนักงานจังหวัด master data 9 ชุด", "SubmitValue",
     {"indicator": "7", "value": "9", "raw_value": "9"}),
    ("O", "สำนักงานจังหวัดส่งตัวเลขมา master data 9 ชุด", "SubmitValue",
     {"indicator": "7", "value": "9", "raw_value": "9"}),
    # A province's own provincial office.
    ("P", "สำนักงานจังหวัดส่งขยะ 52.3 แล้ว", "SubmitValue", _waste("52.3")),
    ("P", "สนจ.ส่งขยะ 52.3 แล้ว", "SubmitValue", _waste("52.3")),
    ("B", "สำนักงบประมาณ PMQA ได้ 412 คะแนน", "SubmitValue",
     {"indicator": "8", "value": "412", "raw_value": "412"}),
    ("L", "ศูนย์คอมส่งแผนแล้ว", "MarkStep",
     {"step": "3", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("O", "สำนักงาน ก.พ. ยกระดับ master data ได้ 9 ชุด", "SubmitValue",
     {"indicator": "7", "value": "9", "raw_value": "9"}),
]  # fmt: skip


@_no_write(OTHER_OFFICES)
def test_another_offices_figure_is_no_write(org: str, text: str) -> None:
    assert settled(text, org) == ("Unknown", {})


@readings(OWN_STILL_WRITES)
def test_own_names_and_units_still_write(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (D) A correction: the new value, as the corpus labels corrections.
CORRECTIONS: list[Case] = [
    ("P", "แก้ขยะ 52.3 ไม่ใช่ 53.2", "SubmitValue", _waste("52.3")),
    ("P", "แก้ยาเสพติด 83.1 ไม่ใช่ 81.3 ค่ะ", "SubmitValue",
     {"indicator": "4", "value": "83.1", "raw_value": "83.1"}),
    ("P", "ขอแก้ขยะเป็น 52.3 ไม่ใช่ 53.2", "SubmitValue", _waste("52.3")),
]  # fmt: skip


@readings(CORRECTIONS)
def test_a_correction_is_its_new_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
