"""Round 16 (fixA): writes missed, and other bodies' news read as writes. A step's deliverable
mailed to the colleague who takes it in, the drive said not used, is the step sent by email;
a unit corrected in a step just reported keeps the report's day unsaid; a deliverable put up
with something still short is sent with its documents incomplete; the briefing meeting
attended on a day is step 2 (the meeting's day is no day of the step's); a baseline is named
by its year; a count registered is a value; another body's or region's news is chat."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_HR = "กองการเจ้าหน้าที่"
_LAW = "กองนิติการ"
_WRITES = ("MarkStep", "SubmitValue", "SubmitBaseline", "Confirm")

# (A) A deliverable mailed in, the drive said not used or the colleague named.
MAILED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองกลางส่งแผนเข้าเมลพี่ต๋อยแล้วนะคะ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "channel": "email"}),
    ("L", "ศทส. ส่งไฟล์แผนเข้าอีเมลพี่นุ่นแล้วครับ ยังไม่ได้ขึ้นไดรฟ์", "MarkStep",
     {"step": "3", "unit": _IT, "channel": "email"}),
    ("L", "แผนของกองคลังส่งทางเมลพี่ไปแล้ว ไม่ได้อัปขึ้นไดรฟ์นะคะ", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "channel": "email"}),
    ("L", "รายชื่อทีมกนต.ส่งเข้าเมลพี่แล้วค่ะ ยังไม่ได้อัปไดรฟ์", "MarkStep",
     {"step": "1", "unit": _LAW, "channel": "email"}),
    ("L", "กจ. ส่งรายงานผลเข้าเมลพี่แอนแล้วค่ะ", "MarkStep",
     {"step": "4", "unit": _HR, "channel": "email"}),
]  # fmt: skip

# Files to a colleague for a look, or of no step, stay chat; a question stays a question.
MAILED_CHAT: list[tuple[str, str]] = [
    ("L", "ส่งไฟล์ตัวเลขขยะเข้าเมลพี่แล้วนะ"),
    ("L", "พี่คะ ร่างแผนกองกลางหนูส่งเข้าเมลพี่แล้ว ช่วยดูให้หน่อยนะคะ"),
    ("L", "ร่างแผนกองคลังส่งเข้าเมลพี่ต๋อยแล้ว ยังไม่ได้อัปไดรฟ์ รอพี่ตรวจก่อน"),
    ("L", "ส่งแผนกองกลางเข้าเมลพี่ต๋อยได้ไหมคะ ไม่ได้อัปไดรฟ์"),
]


@readings(MAILED)
def test_a_deliverable_mailed_in_is_sent_by_email(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def _no_write(cases: list[tuple[str, str]]) -> Any:
    import pytest

    return pytest.mark.parametrize(("org", "text"), cases, ids=[case[1] for case in cases])


@_no_write(MAILED_CHAT)
def test_a_file_for_a_look_is_no_report(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (B) The unit of a step just reported, corrected: the report's day stays unsaid.
UNIT_CORRECTED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอโทษครับ ที่บอกส่งรายชื่อทีมเมื่อกี้ไม่ใช่ศทส. เป็นกองคลังครับ", "MarkStep",
     {"step": "1", "unit": "กองคลัง"}),
    ("L", "ที่แจ้งส่งแผนเมื่อกี้ ไม่ใช่กจ.นะคะ เป็นกนต.", "MarkStep",
     {"step": "3", "unit": _LAW}),
    ("L", "ไม่ใช่กองคลังที่ส่งแผน เป็นกองกลางค่ะ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ไม่ใช่ครับ กองคลังต่างหากที่ส่งแผน ไม่ใช่กองกลาง", "MarkStep",
     {"step": "3", "unit": "กองคลัง"}),
    ("L", "ไม่ใช่ค่ะ ศทส.ต่างหากที่ส่งรายชื่อทีม", "MarkStep", {"step": "1", "unit": _IT}),
    ("L", "กองกลางต่างหากที่ส่งรายงานผล ไม่ใช่กองคลัง", "MarkStep",
     {"step": "4", "unit": "กองกลาง"}),
    # Sent just now is still today.
    ("L", "ส่งแผนไปเมื่อกี้ครับ", "MarkStep", {"step": "3", "done_on": "2025-01-15"}),
]  # fmt: skip


@readings(UNIT_CORRECTED)
def test_a_unit_corrected_keeps_the_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_no_write([("L", "กองคลังต่างหากที่ส่งแผนใช่ไหมคะ ไม่ใช่กองกลาง")])
def test_a_unit_asked_about_is_no_correction(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (C) A deliverable sent or put up with a piece still short: its documents are incomplete.
SHORT_PIECE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แผนของกองคลังขึ้นไดรฟ์แล้วค่ะ แต่หน้าลงนามท่าน ผอ. ยังว่างอยู่", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "channel": "google_drive", "documents": "incomplete"}),
    ("L", "ขออัปเดตหน่อยครับ ฟอร์ม 1 2 3 ของศทส.ขึ้นไดรฟ์แล้ว แต่ฟอร์ม 2 ยังเป็นร่าง", "MarkStep",
     {"step": "3", "unit": _IT, "channel": "google_drive", "documents": "incomplete"}),
    ("L", "รายงานผลของกจ.ส่งแล้ว แต่ยังไม่ได้ลงนามผู้บริหาร", "MarkStep",
     {"step": "4", "unit": _HR, "documents": "incomplete"}),
    ("L", "กนต.ส่งแผนละแต่ลืมแนบฟอร์ม 3 อะ", "MarkStep",
     {"step": "3", "unit": _LAW, "documents": "incomplete"}),
    ("L", "ส่งแบบฟอร์มแล้วนะคะ แต่ยังขาดฟอร์ม 1", "MarkStep",
     {"step": "3", "documents": "incomplete"}),
    ("L", "ส่งแบบฟอร์มแล้วแต่ยังไม่ได้แนบฟอร์ม 4", "MarkStep",
     {"step": "4", "documents": "incomplete"}),
    ("L", "กองกลางส่งแผนพัฒนาแล้ว แต่แผนปฏิบัติการยังไม่ได้แนบ เอกสารยังไม่ครบค่ะ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "documents": "incomplete"}),
    # The forms said complete.
    ("L", "ส่งแผนแล้ว ฟอร์มครบทั้ง 3 ฟอร์มค่ะ", "MarkStep", {"step": "3", "documents": "complete"}),
]  # fmt: skip


@readings(SHORT_PIECE)
def test_a_piece_still_short_is_incomplete(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_no_write(
    [
        ("L", "แผนกองคลังยังเป็นร่างอยู่เลย"),
        ("L", "ฟอร์ม 3 ต้องให้ผู้บริหารลงนามไหมคะ"),
        ("L", "ยังไม่ได้ส่งแผนเลย แต่ฟอร์ม 3 ยังเป็นร่าง"),
        ("L", "ลืมแนบฟอร์ม 2 ต้องทำไงคะ"),
    ]
)
def test_a_draft_or_a_question_is_no_report(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (D) The briefing meeting attended, told with its day: step 2, with no day of the step's.
BRIEFING: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ศทส.เข้าประชุมชี้แจงแล้วครับ", "MarkStep", {"step": "2", "unit": _IT}),
    ("L", "ทีมกจ.เข้าร่วมประชุมชี้แจงวันที่ 20 ธ.ค. ครบค่ะ", "MarkStep",
     {"step": "2", "unit": _HR}),
    ("L", "กองคลังเข้าประชุมชี้แจงเมื่อ ๒๐ ธ.ค. ครบทุกคนครับ", "MarkStep",
     {"step": "2", "unit": "กองคลัง"}),
    ("L", "กนต. กับ กจ. แจ้งว่าเข้าร่วมประชุมชี้แจงเมื่อ 20 ธ.ค. ครบ ผ่านขั้นตอนที่ 2 แล้ว", "MarkStep",
     {"step": "2", "unit": [_LAW, _HR], "passed": True}),
]  # fmt: skip


@readings(BRIEFING)
def test_the_briefing_attended_is_step_two(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_no_write(
    [
        ("L", "กนต. ไม่ได้เข้าประชุมชี้แจงเมื่อ 20 ธ.ค."),
        ("L", "ใครเข้าประชุมชี้แจงครบบ้าง"),
        ("L", "ประชุมชี้แจงเมื่อ 20 ธ.ค. นับเป็นกิจกรรมของขั้นตอนที่ 2 ด้วยไหมคะ"),
        ("L", "เข้าประชุมชี้แจงเมื่อ 20 ธ.ค. แล้วต้องส่งอะไรต่อ"),
    ]
)
def test_the_briefing_asked_about_is_no_report(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (E) Another body's or region's news, and a draft still worked on, are chat, never a write.
OTHERS_NEWS: list[tuple[str, str]] = [
    ("B", "สำนักงบประมาณเขต 3 แจ้งว่าส่งเอกสารครบแล้วค่ะ"),
    ("B", "สงป.เขต 12 ส่งคำของบครบแล้วนะ"),
    ("B", "ทางเขต 5 บอกว่าข้อมูลยังไม่ครบ เดี๋ยวพี่โทรตามเอง"),
    ("O", "สำนักงาน ป.ป.ช. ยกระดับ master data ได้ 12 ชุด"),
    ("O", "สำนักงาน ก.พ.ร. ได้ master data 15 ชุดแล้วนะ"),
    ("L", "ร่างแผนของกองคลังพี่ตรวจแล้วนะ มีแก้นิดหน่อยเรื่องมิติ 3"),
    ("L", "ร่างแบบฟอร์ม 3 ของกองกลางแก้มิติ 2 แล้ว"),
]


@_no_write(OTHERS_NEWS)
def test_another_bodys_news_is_chat(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


OWN_NEWS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ยกระดับ master data ได้ 9 ชุดค่ะ", "SubmitValue",
     {"indicator": "7", "value": "9", "raw_value": "9"}),
    ("L", "แผนของกองนิติการแก้มิติ 2 แล้วค่ะ", "MarkStep",
     {"step": "3", "unit": _LAW, "dims": [2]}),
]  # fmt: skip


@readings(OWN_NEWS)
def test_the_organisations_own_news_is_still_a_write(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (F) A baseline named by its year, its measure word before a short name, or as the X of a
# target's formula; what it is kept for names no indicator. Questions stay questions.
BASELINES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "ฐาน GD Catalog ปี 66 ชุดข้อมูลเปิด 25 ชุด", "SubmitBaseline",
     {"indicator": "5", "value": "25", "raw_value": "25", "year": 2566}),
    ("B", "คะแนนดิจิทัลปี 2566 = 80.5 ค่ะ เก็บไว้คำนวณเป้า", "SubmitBaseline",
     {"indicator": "7", "value": "80.5", "raw_value": "80.5", "year": 2566}),
    ("B", "ระดับดิจิทัลปี 66 = 3", "SubmitBaseline",
     {"indicator": "6", "value": "3", "raw_value": "3", "year": 2566}),
    ("O", "คะแนนดิจิทัลปีงบ 2566 = 81.2 ไว้ตั้งเป้าค่ะ", "SubmitBaseline",
     {"indicator": "9", "value": "81.2", "raw_value": "81.2", "year": 2566}),
    ("B", "ค่า X ของชุดข้อมูลที่ลงทะเบียน = 20 ชุดค่ะ", "SubmitBaseline",
     {"indicator": "5", "value": "20", "raw_value": "20"}),
    # Closing the year is still read.
    ("B", "ปิดปี 67 ได้เลย", "CloseYear", {"year": 2567}),
]  # fmt: skip


@readings(BASELINES)
def test_a_baseline_named_by_its_year(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (G) A count of datasets registered is the catalog indicator's value.
REGISTERED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ลงทะเบียน data catalog ได้ 33 ชุดแล้วครับ", "SubmitValue",
     {"indicator": "6", "value": "33", "raw_value": "33"}),
    ("O", "data catalog ลงทะเบียนไปแล้ว 30 ชุดค่ะ", "SubmitValue",
     {"indicator": "6", "value": "30", "raw_value": "30"}),
    ("O", "data catalog ได้กี่ชุดแล้ว", "IndicatorQuery", {"indicator": "6", "aspect": "result"}),
]  # fmt: skip


@readings(REGISTERED)
def test_a_count_registered_is_a_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@_no_write(
    [
        ("B", "ค่า x ของ gd catalog คือเท่าไหร่"),
        ("B", "ฐานคะแนนดิจิทัลปี 66 เท่าไหร่คะ"),
        ("O", "ลงทะเบียน data catalog ต้องได้กี่ชุดคะ"),
    ]
)
def test_a_baseline_or_a_count_asked_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] not in _WRITES


# (H) Who sent it and what the plan covers: the sender's own unit said as "ทางกอง", a unit's
# name glued before the deliverable put up, a dimension still being worked on or named by its
# number in words.
WHO_AND_WHAT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ทางกองขอแจ้งว่าส่งรายชื่อทีมแล้วค่ะ", "MarkStep", {"step": "1"}),
    ("L", "ทางกองส่งรายงานผลแล้วค่ะ", "MarkStep", {"step": "4"}),
    ("L", "ทางกองกลางขอแจ้งว่าส่งแผนแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "กจ.อัปแผนขึ้นไดรฟ์แล้วค่ะ", "MarkStep",
     {"step": "3", "unit": _HR, "channel": "google_drive"}),
    ("L", "ศทส.อัปแผนพัฒนากับแผนปฏิบัติการขึ้นไดรฟ์เรียบร้อยครับ ครบ 3 มิติ", "MarkStep",
     {"step": "3", "unit": _IT, "channel": "google_drive", "dims": [1, 2, 3]}),
    ("L", "ส่งแผนแล้วค่ะ มิติ 1 กับ 2 ครบ ส่วนมิติ 3 อยู่ระหว่างปรับแก้", "MarkStep",
     {"step": "3", "dims": [1, 2]}),
    ("L", "ส่งแผนแล้ว มิติที่สองยังไม่เสร็จ", "MarkStep", {"step": "3", "dims": [1, 3]}),
    ("L", "แผนกองคลังมีมิติที่หนึ่งกับมิติที่สาม", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "dims": [1, 3]}),
    # A photo put up is no deliverable.
    ("L", "ไอทีอัปรูปกิจกรรมขึ้นไดรฟ์แล้ว", "Unknown", {}),
]  # fmt: skip


@readings(WHO_AND_WHAT)
def test_who_sent_it_and_what_the_plan_covers(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (I) The services given online are the e-Service's: a count of them is its value.
ONLINE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ผู้รับบริการออนไลน์เดือนนี้ 310 คนค่ะ", "SubmitValue",
     {"indicator": "5", "value": "310", "raw_value": "310"}),
    ("P", "อัปเดตผู้รับบริการออนไลน์ของอำเภอเป็น 275 คน ตัวเลขจากสำนักงานจังหวัด", "SubmitValue",
     {"indicator": "5", "value": "275", "raw_value": "275"}),
    ("P", "ผู้รับบริการออนไลน์ได้กี่คนแล้ว", "IndicatorQuery",
     {"indicator": "5", "aspect": "result"}),
]  # fmt: skip


@readings(ONLINE)
def test_services_online_are_the_e_service(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (J) A letter to the PMQA team or its coordinator reporting the organisation's own work is the
# report, whatever its closing; a circular or a notice stays chat.
LETTERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เรียน ทีมงาน PMQA ขอเรียนแจ้งว่า กองคลังได้จัดส่งแผนปฏิบัติการ (แบบฟอร์มหมายเลข 1–3)"
     " ทาง Google Drive เรียบร้อยแล้ว จึงเรียนมาเพื่อโปรดทราบ", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "channel": "google_drive"}),
    ("B", "เรียน ผู้ประสานงาน PMQA ขอแจ้งผลความพึงพอใจผู้ใช้ระบบ e-Budgeting ได้ 90.2%"
     " จึงเรียนมาเพื่อโปรดทราบและบันทึกในระบบด้วยค่ะ", "SubmitValue",
     {"indicator": "4", "value": "90.2", "raw_value": "90.2%", "percent": True}),
    ("L", "ส่งหนังสือแจ้งเวียนแผนพัฒนาหน่วยงาน ระยะ 3 ปี เพื่อโปรดทราบครับ", "Unknown", {}),
    ("L", "เรียนทุกท่าน ขอแจ้งว่าระบบจะปิดปรับปรุงคืนนี้ จึงเรียนมาเพื่อโปรดทราบ", "Unknown", {}),
]  # fmt: skip


@readings(LETTERS)
def test_a_letter_to_the_team_is_the_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
