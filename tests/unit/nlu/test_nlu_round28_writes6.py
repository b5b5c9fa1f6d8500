"""Round 28 (writes6): corrections and refusals typed at the bot's card, steps told with what
the label expects, and results.

A day corrected with the date glued to its words ("วันที่ผิดค่ะ ส่งแผน14ม.ค.ไม่ใช่15") is the
day the plan went, never a value of an unknown indicator. A no at the card with a resend
promised by a channel ("ไม่เอาค่ะ ยกเลิก เดี๋ยวส่งใหม่ทาง drive ให้ถูก") or a move denied ("ไม่ใช่
ครับ ผมไม่ได้ย้าย แค่ไปช่วยงานเฉยๆ") cancels it. A count corrected with its unit attending
("ผิดครับ ต้อง 5 จาก 5 ครั้ง กนต. เข้าครบ") is the unit's meetings. The day of the meeting
missed ("ครั้งวันที่ 20 ธ.ค. น้องติดราชการ") is no day of the step. The unit sent for ("ส่งแผน
ของกองคลัง … แทนให้") and the sender told after the one asked to record ("กพร. บันทึกให้นะคะ
กองกลางส่ง…") are the step's unit. "มิติแรก" is the first dimension. The datasets raised are
the Master Data result; the visitors' income names the tourism indicator; a name cut short by
ฯ names its indicator. Questions with the same words are never read as writes."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The day corrected, glued to its words.
DAY_CORRECTED: list[Case] = [
    ("L", "วันที่ผิดค่ะ ส่งแผน14ม.ค.ไม่ใช่15", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    ("L", "ส่งแผน14ม.ค.ไม่ใช่ 15", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    ("L", "ส่งแผน 14 ม.ค.แล้ว", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    ("L", "ส่งรายชื่อ2ธ.ค.ค่ะ", "MarkStep", {"step": "1", "done_on": "2024-12-02"}),
]
DAY_ASKED = [
    "ส่งแผน 14 ม.ค. ทันไหม",
    "ส่งแผน14ม.ค.ทันไหม",
    "ผิดไหมคะถ้าส่ง 15",
    "จะส่งแผน14ม.ค.นะ",
    "พรุ่งนี้จะส่งแผน",
]

# (2) A no at the card, with its reason.
REFUSED: list[Case] = [
    ("L", "ไม่เอาค่ะ ยกเลิก เดี๋ยวส่งใหม่ทาง drive ให้ถูก", "Cancel", {}),
    ("L", "ยกเลิกค่ะ เดี๋ยวส่งใหม่ทางอีเมล", "Cancel", {}),
    ("L", "ไม่เอาครับ เดี๋ยวอัปใหม่ใน google drive", "Cancel", {}),
    ("L", "ไม่ใช่ครับ ผมไม่ได้ย้าย แค่ไปช่วยงานเฉยๆ", "Cancel", {}),
    ("L", "ไม่ใช่ครับ ผมไม่ได้ย้าย", "Cancel", {}),
]
NOT_REFUSED = [
    "ไม่เอาค่ะ อิ่มแล้ว",
    "ไม่ใช่ค่ะ พี่เขาไม่ได้มา",
    "ยกเลิกนัดกินข้าววันศุกร์นะ",
]

# (3) A count corrected, with the unit attending.
COUNT_CORRECTED: list[Case] = [
    (
        "L",
        "ผิดครับ ต้อง 5 จาก 5 ครั้ง กนต. เข้าครบ",
        "MarkStep",
        {"step": "2", "unit": "กองนิติการ", "met": 5, "of": 5},
    ),
    (
        "L",
        "ไม่ใช่ค่ะ ต้อง 4 จาก 5 ครั้ง กองคลังเข้าร่วม",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "met": 4, "of": 5},
    ),
    ("L", "ผิดครับ ต้อง 5 จาก 5 ครั้ง", "MarkStep", {"met": 5, "of": 5}),
]
NOT_COUNTS = [
    "ผิดคิวค่ะ ต้องคิวที่ 5",
    "ผิดไหมคะ ต้อง 5 จาก 5 ครั้งไหม",
]

# (4) The day of the meeting missed is none of the step's.
MISSED_DAY: list[Case] = [
    (
        "L",
        "ทีมไอทีเข้าประชุม 2 ใน 3 ครั้งครับ ครั้งวันที่ 20 ธ.ค. น้องติดราชการต่างจังหวัด",
        "MarkStep",
        {"step": "2", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "met": 2, "of": 3},
    ),
    (
        "L",
        "กนต. เข้าร่วมประชุม 2 ใน 3 ครั้งครับ ขาดครั้ง 20 ธ.ค.",
        "MarkStep",
        {"step": "2", "unit": "กองนิติการ", "met": 2, "of": 3},
    ),
    # Near miss: the day of the meetings attended stays.
    (
        "L",
        "กองคลังเข้าประชุม 3 จาก 3 ครั้ง เมื่อ 20 ธ.ค.",
        "MarkStep",
        {"step": "2", "done_on": "2024-12-20", "unit": "กองคลัง", "met": 3, "of": 3},
    ),
]

# (5) The unit a step was sent for, and the one asked to record it.
SENT_FOR: list[Case] = [
    (
        "L",
        "ผมส่งแผนของกองคลังทาง Google Drive แทนให้เมื่อวานนะครับ ฝากบันทึกด้วย",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive", "done_on": "2025-01-14"},
    ),
    (
        "L",
        "กพร. บันทึกให้นะคะ กองกลางส่งรายชื่อทีมตั้งแต่ 25 พ.ย. 67 แล้ว",
        "MarkStep",
        {"step": "1", "unit": "กองกลาง", "done_on": "2024-11-25"},
    ),
    # Near misses: the unit sent for by name, the one asking alone.
    ("L", "ส่งแผนแทนกองคลังแล้วครับ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองคลังบันทึกให้ด้วยนะ ส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

# (5b) One's name sent into the PMQA team is the team's list.
NAME_INTO_TEAM: list[Case] = [
    (
        "L",
        "ส่งชื่อผมเพิ่มเข้าทีม ศทส. ทาง google form แล้วนะครับ",
        "MarkStep",
        {"step": "1", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "channel": "google_form"},
    ),
    (
        "L",
        "ส่งชื่อเข้าทีม ศทส. ทาง google form แล้ว",
        "MarkStep",
        {"step": "1", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "channel": "google_form"},
    ),
]
NOT_INTO_TEAM = [
    "ส่งชื่อลูกเข้าทีมฟุตบอลทางอีเมลแล้ว",
    "ส่งชื่อผมเข้าทีมฟุตบอลทางอีเมลแล้ว",
    "จะส่งชื่อผมเข้าทีม ทาง google form นะครับ",
    "ต้องส่งชื่อเข้าทีมทาง google form ไหมคะ",
]

# (6) The first dimension by its order.
DIMENSIONS: list[Case] = [
    (
        "L",
        "ส่งแผนแล้วครับ แต่มีแค่มิติ 2 กับ 3 มิติแรกยังคิดกิจกรรมไม่ออก",
        "MarkStep",
        {"step": "3", "dims": [2, 3]},
    ),
    ("L", "ส่งแผนแล้ว มิติแรกยังไม่เสร็จ", "MarkStep", {"step": "3", "dims": [2, 3]}),
    ("L", "ส่งแผนครบสามมิติแล้วค่ะ", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
    # The card's dimensions corrected, the one not done named by its order or its number.
    ("L", "ขอแก้ค่ะ มิติที่ส่งไปมีมิติ 2 กับ 3 มิติแรกยังไม่ได้ใส่", "MarkStep", {"dims": [2, 3]}),
    ("L", "ขอแก้ค่ะ มิติที่ส่งไปมีมิติ 2 กับ 3 มิติ 1 ยังไม่ได้ใส่", "MarkStep", {"dims": [2, 3]}),
]
DIMENSIONS_ASKED = ["มิติ 2 กับ 3 พอไหม", "มิติแรกคืออะไรคะ"]

# (7) Results.
RESULTS: list[Case] = [
    (
        "O",
        "ส่งผล Master Data ค่ะ ยกระดับได้ 6 ชุด เชื่อม GDX แล้ว 1 ชุด",
        "SubmitValue",
        {"indicator": "7", "value": "6", "raw_value": "6"},
    ),
    (
        "O",
        "ขอบันทึกผล Master Data ค่ะ ปีนี้ยกระดับได้ 6 ชุด จากเป้าหมาย 7 ชุด",
        "SubmitValue",
        {"indicator": "7", "value": "6", "raw_value": "6"},
    ),
    (
        "P",
        "รายได้ผู้เยี่ยมเยือนชาวไทย 1,475,500,000 บาท",
        "SubmitValue",
        {"indicator": "3", "value": "1475.5", "raw_value": "1,475,500,000"},
    ),
    (
        "P",
        "รายได้ผู้เยี่ยมเยือน 1,475,500,000 บาท",
        "SubmitValue",
        {"indicator": "3", "value": "1475.5", "raw_value": "1,475,500,000"},
    ),
    (
        "O",
        "ระดับความพร้อมฯ ได้ระดับ 4",
        "SubmitValue",
        {"indicator": "8", "value": "4", "raw_value": "4"},
    ),
]
# An indicator's overall tier told is its value, no status asked.
OVERALL_TOLD: list[Case] = [
    (
        "L",
        "ตัวชี้วัด PMQA ภาพรวม สป.รง. ได้ระดับ 3 ครับ",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3"},
    ),
    (
        "L",
        "PMQA ภาพรวม ได้ระดับ 3",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3"},
    ),
    ("L", "ภาพรวม สป.รง. ได้ระดับไหน", "Status", {}),
    ("L", "ภาพรวมได้ระดับ 3 ใช่ไหม", "Status", {}),
]
OVERALL_NOT_TOLD = [
    "ภาพรวมทีมฟุตบอลได้ 3 คะแนน",
    "ภาพรวมได้ 3 คะแนนไหมคะ",
    "สรุปภาพรวมหน่อย ได้ระดับ 3 กี่ตัว",
]
RESULTS_ASKED: list[tuple[str, str]] = [
    ("P", "รายได้ท่องเที่ยวปีนี้เท่าไหร่"),
    ("P", "รายได้ผู้เยี่ยมเยือนชาวไทยปีนี้เท่าไหร่"),
    ("O", "Master Data ยกระดับได้กี่ชุดแล้ว"),
    ("O", "ระดับความพร้อมฯ ได้ระดับไหน"),
]


@readings(
    DAY_CORRECTED
    + REFUSED
    + COUNT_CORRECTED
    + MISSED_DAY
    + SENT_FOR
    + NAME_INTO_TEAM
    + DIMENSIONS
    + RESULTS
    + OVERALL_TOLD
)
def test_read_right(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_questions_and_chatter_are_no_writes() -> None:
    texts = (
        DAY_ASKED + NOT_REFUSED + NOT_COUNTS + NOT_INTO_TEAM + DIMENSIONS_ASKED + OVERALL_NOT_TOLD
    )
    assert read_as_writes(texts) == []
    for org, text in RESULTS_ASKED:
        assert read_as_writes([text], org) == []


def test_chatter_is_no_cancel() -> None:
    assert [text for text in NOT_REFUSED if settled(text)[0] == "Cancel"] == []
