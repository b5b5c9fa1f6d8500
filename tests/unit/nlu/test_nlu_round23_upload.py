"""Round 23: "อัป"/"อัพ" (to upload) glued to what went up is a sending ("กองคลังอัปแผนแล้ว",
"PSDG อัพรายชื่อทีมเรียบร้อย"), whatever name the unit is called by, Thai or English. Near
misses keep their reading: an update ("อัปเดตแผนแล้ว" is no sending of a step), a question
("อัปแผนได้ยัง", "ใครยังไม่อัปแผน"), one not done ("ยังไม่ได้อัปแผนเลย").
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

UPLOADED = [
    ("L", "อัปแผนแล้วครับ", "MarkStep", {"step": "3"}),
    ("L", "กองคลังอัปแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กค.อัพแผนเรียบร้อยค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "Finance Division อัปแผนแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    (
        "L",
        "Public Sector Development Group อัพแผนแล้วจ้า",
        "MarkStep",
        {"step": "3", "unit": "กลุ่มพัฒนาระบบบริหาร"},
    ),
    (
        "L",
        "Public Sector Development Group อัปแผนขึ้นไดรฟ์แล้วจ้า",
        "MarkStep",
        {"step": "3", "unit": "กลุ่มพัฒนาระบบบริหาร", "channel": "google_drive"},
    ),
    (
        "L",
        "ศทส. อัปรายชื่อทีมแล้วนะคะ",
        "MarkStep",
        {"step": "1", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
]
FILES = [
    # A file names no step: the step is asked ('?'), or read from the words around it.
    ("L", "อัปโหลดไฟล์แล้วครับ", "MarkStep", {"step": "?"}),
    (
        "L",
        "กนต. อัปโหลดไฟล์ขึ้นไดรฟ์แล้วครับ",
        "MarkStep",
        {"step": "?", "unit": "กองนิติการ", "channel": "google_drive"},
    ),
    (
        "L",
        "กนต. อัปไฟล์ขึ้นไดรฟ์แล้วครับ มิติ 1 2 3 ครบ",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "channel": "google_drive", "dims": [1, 2, 3]},
    ),
    ("L", "อัปโหลดไฟล์แผนแล้วครับ", "MarkStep", {"step": "3"}),
]
NEAR_MISSES = [
    ("L", "ใครยังไม่อัปแผนบ้าง", "Missing", {"step": "3"}),
]


@readings(UPLOADED)
def test_an_upload_glued_to_what_went_up_is_a_sending(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FILES)
def test_a_file_uploaded_names_no_step_of_its_own(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEAR_MISSES)
def test_questions_about_uploading_stay_questions(
    org: str, text: str, intent: str, slots: dict
) -> None:
    found = settled(text, org)
    assert found == (intent, slots)
    assert category(*found) == "question"


@readings(
    [
        ("L", "อัปเดตแผนแล้วนะ", "", {}),
        ("L", "อัปแผนได้ยังคะ", "", {}),
        ("L", "อัปแผนได้ถึงวันไหน", "", {}),
        ("L", "ยังไม่ได้อัปแผนเลยค่ะ", "", {}),
    ]
)
def test_updates_questions_and_not_done_are_no_sending(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert category(*settled(text, org)) != "write"
