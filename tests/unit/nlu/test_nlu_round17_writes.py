"""Round 17 (writes17): write-side families missed by the newest dev parts, with the questions
beside each that must stay questions. Step 5's count told with the bar it passed; a denied
channel is not the channel, paper as a plan's topic is none, a failed upload is no failed step;
a step's number before a unit's short name is no date; a share after ทั้งปี is no year; ละ
closing a message of sending is แล้ว; a unit recorded for (ให้ <unit> ด้วย) is the sender; a
delay, a quarter's or a form's number is no result; a figure recorded after a round's name is
a value; a corrected day without a year is the fiscal year's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_HR = "กองการเจ้าหน้าที่"
_LAW = "กองนิติการ"
_FIN = "กองคลัง"
_WRITES = ("MarkStep", "SubmitValue", "SubmitBaseline", "Undo", "Confirm")


def _stays_question(cases: list[tuple[str, str]]) -> Any:
    return pytest.mark.parametrize(("org", "text"), cases, ids=[case[1] for case in cases])


# (A) Step 5's plan indicators counted, told with the bar they passed.
COUNTED_WITH_BAR: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แจ้งผลขั้นตอนที่ 5 ของกองกลางค่ะ ตัวชี้วัดตามแผนทั้งหมด 12 ตัว บรรลุค่าเป้าหมาย 11 ตัว "
          "ผ่านเกณฑ์ร้อยละ 85 ค่ะ", "MarkStep",
     {"step": "5", "unit": "กองกลาง", "met": 11, "of": 12, "passed": True}),
    ("L", "ขอแจ้งผลของกองการเจ้าหน้าที่ค่ะ ตัวชี้วัดตามแผนปฏิบัติการบรรลุค่าเป้าหมาย 10 จาก 11 "
          "ตัวชี้วัด ผ่านเกณฑ์ร้อยละ 85 ค่ะ", "MarkStep",
     {"step": "5", "unit": _HR, "met": 10, "of": 11, "passed": True}),
    ("L", "ไอทีบรรลุเป้าหมาย 9 ตัวจาก 10 ตัว ผ่านเกณฑ์ 85% ครับ", "MarkStep",
     {"step": "5", "unit": _IT, "met": 9, "of": 10, "passed": True}),
    ("L", "ขั้น 5 กนต. ตัวชี้วัดในแผน 8 ตัว บรรลุ 7 ตัว ผ่านเกณฑ์ร้อยละ 85 นะคะ", "MarkStep",
     {"step": "5", "unit": _LAW, "met": 7, "of": 8, "passed": True}),
    ("L", "กองคลังเข้าร่วมกิจกรรม 90% ผ่านเกณฑ์ 85% แล้วค่ะ", "MarkStep",
     {"step": "2", "unit": _FIN, "value": "90", "passed": True}),
]  # fmt: skip

COUNT_ASKED: list[tuple[str, str]] = [
    ("L", "ขั้นตอนที่ 5 ต้องบรรลุกี่ตัวถึงผ่านเกณฑ์ 85"),
    ("L", "บรรลุ 11 จาก 12 ตัว ผ่านเกณฑ์ไหมคะ"),
    ("L", "กองคลังบรรลุ 11 ตัวจาก 12 ตัว ถือว่าผ่านเกณฑ์หรือเปล่า"),
    ("L", "ตัวชี้วัดตามแผน 12 ตัว บรรลุ 10 ตัว ต้องได้เท่าไหร่ถึงผ่านเกณฑ์"),
    ("L", "เข้าร่วมกิจกรรม 90% ผ่านเกณฑ์ 85% ไหม"),
    ("L", "เข้าประชุม 80% ผ่านเกณฑ์ 85 หรือเปล่า"),
    ("L", "ถ้าบรรลุ 10 ตัวจาก 12 ตัว จะผ่านเกณฑ์ร้อยละ 85 ไหม"),
]


@readings(COUNTED_WITH_BAR)
def test_a_count_told_with_the_bar_passed_is_step_5(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(COUNT_ASKED)
def test_a_count_asked_against_the_bar_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (B) The channel: one said not used, or one that failed, is not it; paper as a topic is none;
# a failed upload is no failed step.
CHANNELS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ผลขั้นตอนที่ 4 ของไอทีออกมาแล้วครับ ไม่ผ่าน เพราะส่งทางอีเมล ไม่ได้อัปขึ้นไดรฟ์ตามที่กำหนด",
     "MarkStep", {"step": "4", "unit": _IT, "passed": False, "channel": "email"}),
    ("L", "กองคลังส่งแผนทางเมล ไม่ได้ขึ้นไดรฟ์ค่ะ", "MarkStep",
     {"step": "3", "unit": _FIN, "channel": "email"}),
    ("L", "กจ. ส่งรายงานผลเป็นกระดาษ ไม่ได้ส่งทางอีเมล", "MarkStep",
     {"step": "4", "unit": _HR, "channel": "paper"}),
    ("L", "กองกลางส่งแผนทางอีเมลค่ะ ไดรฟ์อัปไม่ผ่าน", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "channel": "email"}),
    ("L", "กองการเจ้าหน้าที่ส่งรายงานผลเป็นเอกสารกระดาษค่ะ ไม่ได้ขึ้นไดรฟ์ เพราะไฟล์สแกนใหญ่เกิน"
          "อัปโหลดไม่ผ่าน", "MarkStep", {"step": "4", "unit": _HR, "channel": "paper"}),
    ("L", "รายงานผลกองคลังอัปโหลดไม่ผ่านค่ะ ส่งทางเมลแทนแล้ว", "MarkStep",
     {"step": "4", "unit": _FIN, "channel": "email"}),
    ("L", "ขั้น 4 ไอทีไม่ผ่านครับ อัปโหลดไม่ผ่านด้วย", "MarkStep",
     {"step": "4", "unit": _IT, "passed": False}),
    ("L", "ขออนุญาตแจ้งผลของกองคลังครับ ตัวชี้วัดตามแผนปีนี้มีทั้งหมด 9 ตัว บรรลุค่าเป้าหมาย 8 ตัว "
          "ตัวที่ไม่บรรลุคือเรื่องการลดใช้กระดาษครับ", "MarkStep",
     {"step": "5", "unit": _FIN, "met": 8, "of": 9}),
    ("L", "กองกลางบรรลุ 7 จาก 8 ตัว ตัวที่ไม่บรรลุคือประหยัดกระดาษ", "MarkStep",
     {"step": "5", "unit": "กองกลาง", "met": 7, "of": 8}),
    ("L", "กองคลังส่งรายงานผลเป็นกระดาษแล้วค่ะ", "MarkStep",
     {"step": "4", "unit": _FIN, "channel": "paper"}),
]  # fmt: skip


@readings(CHANNELS)
def test_the_channel_used_is_the_one_told_working(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) A step's number typed before a unit's short name that is also a month's ("ขั้น 5 กค.").
STEP_THEN_UNIT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้น 5 กค. ผ่านค่ะ", "MarkStep", {"step": "5", "unit": _FIN, "passed": True}),
    ("L", "ขั้นตอนที่ 4 กค. ส่งแล้ว", "MarkStep", {"step": "4", "unit": _FIN}),
    ("L", "step 5 กค. ผ่าน", "MarkStep", {"step": "5", "unit": _FIN, "passed": True}),
    ("L", "ขั้นที่ 4 กจ. ส่ง 20 ก.ย.", "MarkStep",
     {"step": "4", "unit": _HR, "done_on": "2025-09-20"}),
    ("L", "ขั้นตอนที่ 4 ส่ง 5 ก.ย.", "MarkStep", {"step": "4", "done_on": "2025-09-05"}),
]  # fmt: skip


@readings(STEP_THEN_UNIT)
def test_a_step_number_before_a_short_name_is_no_date(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question([("L", "ขั้น 5 กค. ผ่านยัง"), ("L", "ขั้น 4 ส่งวันที่ 3 ก.ค. ใช่ไหม")])
def test_a_step_and_a_short_name_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (D) An attendance over the whole year ("ทั้งปี 92%"): a share, no year.
WHOLE_YEAR: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ทีม PMQA ของ กนต. เข้าร่วมกิจกรรมทั้งปี 92% ค่ะ มีขาดแค่ครั้งเดียวตอนไปราชการต่างจังหวัด",
     "MarkStep", {"step": "2", "unit": _LAW, "value": "92"}),
    ("L", "กองคลังเข้าประชุมทั้งปี 88 เปอร์เซ็นต์ครับ", "MarkStep",
     {"step": "2", "unit": _FIN, "value": "88"}),
]  # fmt: skip


@readings(WHOLE_YEAR)
def test_a_share_over_the_whole_year_is_no_year(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question([("L", "ทั้งปีต้องเข้าร่วมกิจกรรมกี่ %"), ("L", "ทีม PMQA ทั้งปีเข้าร่วมกิจกรรมได้ 92% ผ่านไหม")])
def test_a_share_over_the_year_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (E) ละ closing a message of sending is แล้ว ("ไอทีส่งฟอร์ม 4 ละ"); ฟอร์ม 4 is step 4's form.
SENT_LA: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไอทีส่งฟอร์ม 4 ละ", "MarkStep", {"step": "4", "unit": _IT}),
    ("L", "กองคลังส่งแบบฟอร์ม 4 ละค่ะ", "MarkStep", {"step": "4", "unit": _FIN}),
    ("L", "กจ.ส่งฟอร์ม4ละครับ", "MarkStep", {"step": "4", "unit": _HR}),
    ("L", "ไอทีส่งแผนละ", "MarkStep", {"step": "3", "unit": _IT}),
    ("L", "แผนกองกลางอัปขึ้นไดรฟ์ละ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "channel": "google_drive"}),
]  # fmt: skip


@readings(SENT_LA)
def test_la_closing_a_sending_is_done(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(
    [
        ("L", "ส่งฟอร์ม 4 ละกัน"),
        ("L", "ส่งฟอร์ม 4 ทีละกอง"),
        ("L", "ฟอร์ม 4 ต้องส่งแต่ละกองไหม"),
        ("L", "ส่งฟอร์ม 4 ยังไงละ"),
    ]
)
def test_la_of_each_or_of_a_question_is_no_done(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (F) A unit recorded for: "บันทึกขั้น 4 ให้ กค. ด้วย" (not a unit sent to).
RECORDED_FOR: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "บันทึกขั้น 4 ให้ กค. ด้วยครับ ส่งแล้ว 22 ก.ย.", "MarkStep",
     {"step": "4", "unit": _FIN, "done_on": "2025-09-22"}),
    ("L", "บันทึกขั้น 4 ให้กองคลังด้วยครับ ส่งแล้ว", "MarkStep", {"step": "4", "unit": _FIN}),
    ("L", "ขั้น 4 ให้ กค. ด้วยครับ ส่งแล้ว", "MarkStep", {"step": "4", "unit": _FIN}),
    ("L", "บันทึกขั้นตอนที่ 3 ให้ ศทส. หน่อยค่ะ ส่งแล้ว", "MarkStep", {"step": "3", "unit": _IT}),
    ("L", "ลงขั้น 4 ให้กองกลางด้วย ส่งแล้วเมื่อวาน", "MarkStep",
     {"step": "4", "unit": "กองกลาง", "done_on": "2025-01-14"}),
    # Sent to the assessor: no unit of the sender's.
    ("L", "ส่งแผนไปให้ กพร. แล้ว", "MarkStep", {"step": "3"}),
    ("L", "ส่งแผนให้ กพร. แล้ว", "MarkStep", {"step": "3"}),
]  # fmt: skip


@readings(RECORDED_FOR)
def test_a_unit_recorded_for_is_the_sender(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (G) A delay ("ช้าไป 1 วัน"), a quarter's or a form's number is no result.
NO_FIGURE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งฟอร์ม 4 ช้าไป 1 วันค่ะ ส่งวันที่ 25 ก.ย. ทางไดรฟ์ ขอโทษด้วยนะคะ", "MarkStep",
     {"step": "4", "done_on": "2025-09-25", "channel": "google_drive"}),
    ("L", "กค. รายงานผลตามแผนแล้วนะคะ แต่หลักฐานประกอบยังไม่ครบ ขาดรูปกิจกรรมไตรมาส 4 "
          "กับรายงานการประชุม จะทยอยส่งตามค่ะ", "MarkStep",
     {"step": "4", "unit": _FIN, "documents": "incomplete"}),
    ("L", "กองกลางส่งรายงานผลช้าไป 2 วันครับ ส่งเมื่อวาน", "MarkStep",
     {"step": "4", "unit": "กองกลาง", "done_on": "2025-01-14"}),
    ("L", "ส่งแผนเลยกำหนด 3 วันค่ะ ทางเมล", "MarkStep", {"step": "3", "channel": "email"}),
    ("P", "ส่งผลขยะ 52.3 ช้าไป 1 วัน", "SubmitValue",
     {"indicator": "2", "value": "52.3", "raw_value": "52.3"}),
    ("P", "ขยะไตรมาส 4 ได้ 52.3", "SubmitValue",
     {"indicator": "2", "value": "52.3", "raw_value": "52.3"}),
]  # fmt: skip


@readings(NO_FIGURE)
def test_a_delay_or_a_numbered_name_is_no_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(
    [("L", "ส่งฟอร์ม 4 ช้าไป 1 วันจะโดนหักคะแนนไหม"), ("L", "ถ้าส่งรายงานผลช้า 2 วันจะเป็นอะไรไหมคะ")]
)
def test_a_delay_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (H) A figure recorded after a round's name is a value, not a question of the round.
ROUND_FIGURES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ส่งผล PMQA 431.5 คะแนนค่ะ เป็นคะแนนที่ได้จากการตรวจประเมินรอบ 12 เดือน "
          "รบกวนบันทึกให้ด้วยนะคะ", "SubmitValue",
     {"indicator": "10", "value": "431.5", "raw_value": "431.5"}),
    ("O", "บันทึกผล PMQA 420 คะแนน จากการประเมินรอบ 12 เดือนค่ะ", "SubmitValue",
     {"indicator": "10", "value": "420", "raw_value": "420"}),
]  # fmt: skip


@readings(ROUND_FIGURES)
def test_a_figure_of_a_round_recorded_is_a_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(
    [
        ("O", "ส่งผลรอบ 12 เดือน PMQA ได้ 431.5 คะแนนไหม"),
        ("O", "ผลประเมินรอบ 12 เดือนต้องบันทึกอะไรบ้าง"),
        ("O", "บันทึกผลรอบ 6 เดือนยังไง"),
    ]
)
def test_a_round_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (I) A corrected day without a year is in the fiscal year being worked on (FY2568).
DAY_CORRECTED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แก้วันที่เป็น 23 ก.ย. ครับ", "MarkStep", {"done_on": "2025-09-23"}),
    ("L", "แก้วันที่เป็น 10 ม.ค. ค่ะ", "MarkStep", {"done_on": "2025-01-10"}),
    ("L", "วันที่ผิดค่ะ ที่ถูกคือ 25 ก.ย.", "MarkStep", {"done_on": "2025-09-25"}),
    ("L", "ไม่ใช่ 22 ก.ย. ค่ะ ส่ง 23 ก.ย.", "MarkStep", {"done_on": "2025-09-23"}),
    ("L", "แก้วันที่เป็น 23 ก.ย. 67 ครับ", "MarkStep", {"done_on": "2024-09-23"}),
]  # fmt: skip


@readings(DAY_CORRECTED)
def test_a_corrected_day_without_a_year_is_this_fiscal_years(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question([("L", "แก้วันที่เป็น 23 ก.ย. ได้ไหม")])
def test_a_day_correction_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (J) A channel corrected with what went ("ที่ส่งไปเป็นฉบับกระดาษ").
@readings(
    [
        ("L", "ไม่ใช่อีเมลค่ะ ที่ส่งไปเป็นฉบับกระดาษ", "MarkStep", {"channel": "paper"}),
        ("L", "ไม่ใช่อีเมลครับ ที่ส่งไปคือทางไดรฟ์", "MarkStep", {"channel": "google_drive"}),
        ("L", "ไม่ใช่ไลน์ค่ะ ที่ส่งไปเป็นอีเมล", "MarkStep", {"channel": "email"}),
        ("L", "ที่ส่งไปไม่ใช่กระดาษค่ะ ส่งทางอีเมล", "MarkStep", {"channel": "email"}),
    ]
)
def test_a_channel_corrected_with_what_went(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(
    [
        ("L", "ไม่ใช่อีเมลใช่ไหม ที่ส่งไปเป็นฉบับกระดาษ"),
        ("L", "ไม่ใช่อีเมลค่ะ ที่ส่งไปเป็นฉบับกระดาษหรือเปล่า"),
    ]
)
def test_a_channel_correction_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (K) The forms told: none attached, numbered ones complete, one waiting for a signature.
_LINK = "https://drive.google.com/drive/folders/1KkLg68Mid"
FORMS_TOLD: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งแผนไปแล้วค่ะ แต่ยังไม่ได้แนบแบบฟอร์มเลยสักฉบับ เดี๋ยวพรุ่งนี้ตามไปให้", "MarkStep",
     {"step": "3", "documents": "missing"}),
    ("L", "ไอทีส่งแผนแล้วแต่ยังไม่ได้แนบฟอร์มครับ", "MarkStep",
     {"step": "3", "unit": _IT, "documents": "missing"}),
    ("L", f"แผนกองกลางอัปโหลดแล้วค่ะ ลิงก์ {_LINK} ฟอร์ม 1-3 ครบถ้วน", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "links": [_LINK], "channel": "google_drive",
      "documents": "complete"}),
    ("L", "กองคลังส่งแผนแล้ว แบบฟอร์ม 1 2 3 ครบค่ะ", "MarkStep",
     {"step": "3", "unit": _FIN, "documents": "complete"}),
    ("L", "ส่งแผนแล้ว ฟอร์ม 2 ยังรอท่านรองเซ็น", "MarkStep",
     {"step": "3", "documents": "incomplete"}),
    ("L", "กองคลังอัปแผนขึ้นไดรฟ์แล้ว ครบทั้ง 3 มิติ แต่ฟอร์ม 3 ยังรอ ผอ. เซ็นอยู่นะคะ", "MarkStep",
     {"step": "3", "unit": _FIN, "channel": "google_drive", "dims": [1, 2, 3],
      "documents": "incomplete"}),
]  # fmt: skip


@readings(FORMS_TOLD)
def test_the_forms_told_with_a_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(
    [
        ("L", "ฟอร์ม 1-3 ต้องครบไหม"),
        ("L", "ต้องแนบแบบฟอร์มไหม ส่งแผนไปแล้ว"),
        ("L", "ยังไม่ได้แนบแบบฟอร์มจะได้คะแนนไหม"),
        ("L", "ฟอร์ม 2 ยังรอ ผอ. เซ็นอยู่ ส่งได้ไหม"),
    ]
)
def test_the_forms_asked_stay_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (L) The dimensions there, told after the one lacking ("ขาดมิติที่ 2 มีแค่ 1 กับ 3").
DIMENSIONS_THERE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองการเจ้าหน้าที่ส่งแผนวันอังคารทางไดรฟ์ค่ะ แต่ขาดมิติที่ 2 นะคะ มีแค่ 1 กับ 3",
     "MarkStep", {"step": "3", "unit": _HR, "done_on": "2025-01-14", "channel": "google_drive",
                  "dims": [1, 3]}),
    ("L", "กองคลังส่งแผนแล้ว ขาดมิติ 3 มีแค่ 1 กับ 2", "MarkStep",
     {"step": "3", "unit": _FIN, "dims": [1, 2]}),
    ("L", "ไอทีส่งแผนแล้วค่ะ มีแค่มิติ 1 กับ 2", "MarkStep",
     {"step": "3", "unit": _IT, "dims": [1, 2]}),
]  # fmt: skip


@readings(DIMENSIONS_THERE)
def test_the_dimensions_there_after_the_one_lacking(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question([("L", "แผนขาดมิติ 2 มีแค่ 1 กับ 3 ได้คะแนนไหม")])
def test_the_dimensions_asked_stay_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (M) A unit's name without its kind word right after ของ ("ขั้น 2 ของคลัง").
@readings(
    [
        ("L", "อัปเดตขั้น 2 ของคลังครับ ทีมเข้าร่วม 90.5% ผ่านแล้ว", "MarkStep",
         {"step": "2", "unit": _FIN, "value": "90.5", "passed": True}),
        ("L", "ขั้น 4 ของกลางส่งแล้ว", "MarkStep", {"step": "4", "unit": "กองกลาง"}),
        ("L", "ผลขั้น 5 ของนิติการ บรรลุ 8 จาก 9 ตัว", "MarkStep",
         {"step": "5", "unit": _LAW, "met": 8, "of": 9}),
    ]
)  # fmt: skip
def test_a_bare_unit_name_after_of(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question([("L", "ของกลางหายไปไหน"), ("L", "เงินของคลังจังหวัดเหลือเท่าไหร่")])
def test_everyday_words_after_of_are_no_unit(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (N) Why a baseline is entered ("เพื่อเลือกกลุ่มเกณฑ์") names no indicator.
@readings(
    [
        ("O", "ปีที่แล้วลงทะเบียนชุดข้อมูลไว้ 48 ชุดครับ ขอใส่เป็นค่าฐานเพื่อเลือกกลุ่มเกณฑ์",
         "SubmitBaseline", {"indicator": "6", "value": "48", "raw_value": "48", "year": 2567}),
        ("O", "ค่าฐานลงทะเบียนชุดข้อมูล 48 ชุด เพื่อใช้คำนวณกลุ่มเป้าหมาย", "SubmitBaseline",
         {"indicator": "6", "value": "48", "raw_value": "48"}),
        ("O", "ค่าฐาน PMQA ปี 66 ได้ 420 คะแนน เพื่อเลือกกลุ่มเกณฑ์", "SubmitBaseline",
         {"indicator": "10", "value": "420", "raw_value": "420", "year": 2566}),
    ]
)  # fmt: skip
def test_the_purpose_of_a_baseline_names_no_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question([("O", "ค่าฐานชุดข้อมูล 48 ชุด อยู่กลุ่มเกณฑ์ไหน")])
def test_the_group_of_a_baseline_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (O) Sent, then a piece still to attach ("ส่งแผนแล้ว ยังไม่ได้แนบฟอร์ม 2"): no "แล้วยัง" asked.
@readings(
    [
        ("L", "กจ. ส่งแผนแล้ว ยังไม่ได้แนบฟอร์ม 2", "MarkStep",
         {"step": "3", "unit": _HR, "documents": "incomplete"}),
        ("L", "ส่งแผนแล้ว ยังไม่ได้แนบฟอร์ม 2", "MarkStep",
         {"step": "3", "documents": "incomplete"}),
        ("L", "กองคลังส่งรายงานผลแล้ว ยังไม่ได้แนบเอกสารประกอบ", "MarkStep",
         {"step": "4", "unit": _FIN, "documents": "missing"}),
    ]
)  # fmt: skip
def test_sent_with_a_piece_still_to_attach(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(
    [
        ("L", "กองคลังส่งแผนแล้วยัง"),
        ("L", "ใครส่งแผนแล้ว ยังไม่ได้แนบฟอร์ม 2 บ้าง"),
        ("L", "กจ. ส่งแผนแล้ว ยังไม่ได้แนบฟอร์ม 2 ใช่ไหม"),
    ]
)
def test_sent_yet_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (P) One field corrected: the old one said before ("เมื่อกี้บอก…", "ตอนแรกแจ้ง…"), the favour after.
@readings(
    [
        ("L", "ไม่ใช่ส่งทางไดรฟ์ค่ะ ส่งเป็นอีเมล ขอแก้ให้ด้วยน้า", "MarkStep", {"channel": "email"}),
        ("L", "ขอแก้ค่ะ เมื่อกี้บอกทางอีเมล จริงๆ อัปไดรฟ์", "MarkStep",
         {"channel": "google_drive"}),
        ("L", "ตอนแรกแจ้งทางไลน์ จริงๆ ส่งทางอีเมลครับ", "MarkStep", {"channel": "email"}),
        ("L", "เมื่อกี้พิมพ์ว่าส่ง 10 ม.ค. จริงๆ ส่ง 9 ม.ค. ค่ะ", "MarkStep",
         {"done_on": "2025-01-09"}),
        ("L", "เมื่อกี้ส่งแผนทางไดรฟ์แล้ว", "MarkStep", {"step": "3", "channel": "google_drive"}),
    ]
)  # fmt: skip
def test_a_field_corrected_after_the_old_one_said(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(
    [
        ("L", "ไม่ใช่ทางไดรฟ์ ส่งเป็นอีเมลใช่ไหม"),
        ("L", "ขอแก้ช่องทางเป็นอีเมลได้ไหม"),
        ("L", "เมื่อกี้บอกว่าวันที่ 10 ม.ค. ใช่ไหม"),
        ("L", "เมื่อกี้บอกทางอีเมล จริงๆ ต้องอัปไดรฟ์ไหม"),
    ]
)
def test_a_field_correction_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (Q) Sent with something short: not complete, a form unfinished, no signature, a broken file,
# the dimensions short (not every one); sent through the registry office is no verdict.
SENT_SHORT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ส่งแผนไปแล้วแต่ไม่ครบ ขาดแผน 3 ปี", "MarkStep", {"step": "3", "documents": "incomplete"}),
    ("L", "อัปแผนขึ้นไดรฟ์แล้วน้า เหลือแค่ฟอร์ม 3 ยังไม่เสร็จ", "MarkStep",
     {"step": "3", "channel": "google_drive", "documents": "incomplete"}),
    ("L", "กนต. อัปไฟล์ขึ้นไดรฟ์แล้วครับ มิติ 1 2 3 ครบ แต่ลายเซ็น ผอ. ยังไม่มี", "MarkStep",
     {"step": "3", "unit": _LAW, "channel": "google_drive", "dims": [1, 2, 3],
      "documents": "incomplete"}),
    ("L", "กค. ส่งฟอร์ม 1-3 แล้ว แต่ฟอร์ม 2 ไฟล์เสีย เปิดไม่ได้ ต้องส่งใหม่ค่ะ", "MarkStep",
     {"step": "3", "unit": _FIN, "documents": "incomplete"}),
    ("L", "ส่งแผนแล้วแต่ยังไม่ครบ 3 มิติ", "MarkStep", {"step": "3"}),
    ("L", "กองคลังส่งแผนแล้ว ยังไม่ครบทุกมิติ ขาดมิติ 2", "MarkStep",
     {"step": "3", "unit": _FIN, "dims": [1, 3]}),
    ("L", "กจ. ส่งแผนเป็นเอกสารกระดาษผ่านสารบรรณเมื่อ 9 ม.ค. ค่ะ", "MarkStep",
     {"step": "3", "unit": _HR, "done_on": "2025-01-09", "channel": "paper"}),
]  # fmt: skip


@readings(SENT_SHORT)
def test_sent_with_something_short(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(
    [
        ("L", "ส่งแผนแล้วแต่ไม่ครบได้ไหม"),
        ("L", "ฟอร์ม 3 ยังไม่เสร็จ ส่งแผนก่อนได้ไหม"),
        ("L", "กองไหนส่งแผนแล้ว ยังไม่ครบทุกมิติบ้าง"),
        ("L", "กองคลังส่งแผนแล้ว ยังไม่ครบทุกมิติใช่ไหม"),
    ]
)
def test_something_short_asked_stays_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (R) Forms sent by their numbers ("ส่งฟอร์ม 1 2 3 แล้ว"); a bound copy is paper; a floor or a
# room's number is no value, and the room one went to names no sender.
@readings(
    [
        ("L", "ส่งฟอร์ม 1 2 3 แล้ววันที่ 14 ม.ค. 68 ค่ะ", "MarkStep",
         {"step": "3", "done_on": "2025-01-14"}),
        ("L", "กองคลังส่งฟอร์ม 4 แล้ว ทางไดรฟ์", "MarkStep",
         {"step": "4", "unit": _FIN, "channel": "google_drive"}),
        ("L", "ส่งแผนเป็นเล่มไปที่ห้อง กพร. ชั้น 7 แล้วนะครับ ไม่ได้อัปไดรฟ์", "MarkStep",
         {"step": "3", "channel": "paper"}),
        ("L", "กองคลังส่งรายงานผลเป็นเล่มแล้วค่ะ", "MarkStep",
         {"step": "4", "unit": _FIN, "channel": "paper"}),
        ("L", "กองคลังส่งแผนไปที่ห้อง กพร. แล้ว", "MarkStep", {"step": "3", "unit": _FIN}),
    ]
)  # fmt: skip
def test_forms_by_number_and_bound_copies(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_stays_question(
    [
        ("L", "ส่งฟอร์ม 4 แล้วต้องทำอะไรต่อ"),
        ("L", "ส่งฟอร์ม 1 2 3 แล้วใช่ไหม"),
        ("L", "ส่งแผนเป็นเล่มได้ไหม"),
    ]
)
def test_forms_by_number_asked_stay_a_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES
