"""Round 20 (steps, 2): a step reported done inside a longer message. A reminder or a status
quoted and disputed ("บอทขึ้นว่า…ยังไม่ส่ง แต่ส่งแล้ว", "ตามที่ระบบแจ้งเตือนว่า… ขอเรียนชี้แจงว่า…
ได้นำส่ง…") is context: what the sender states as done is the report, the unit quoted standing
for the one the report leaves unnamed; a report asked to be recorded late ("ขอบันทึกย้อนหลัง")
is the report, not the history. A caveat on the documents after a report ("แต่ไฟล์ยังไม่มี
ลายเซ็น", "ฟอร์ม 2 ยังเป็นไฟล์ร่าง", "form 2 หายไป", "ยังไม่ได้แนบแผน 3 ปี") leaves them
incomplete; none uploaded ("ยังไม่ได้อัปไฟล์") leaves them missing; a rule heard of ("ได้ยินว่า
ต้องขึ้นไดรฟ์") is no one else's news; a dimension's activities forgotten ("ลืมใส่กิจกรรมมิติ 2") is
that dimension lacking. Near misses keep their reading: questions, a reminder
asked about, a unit not yet sent, who lacks a signature, news heard of others."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
LINK = "https://drive.google.com/drive/folders/1KkPlnMon13"
Case = tuple[str, str, str, dict[str, Any]]

# (1) A reminder or a status quoted and disputed: the report after the dispute.
DISPUTED: list[Case] = [
    (
        "L",
        f"บอทขึ้นว่ากองกลางยังไม่ส่ง แต่ส่งแผนแล้วนะคะ เมื่อวานซืน ลิงก์นี้ค่ะ {LINK}",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองกลาง",
            "done_on": "2025-01-13",
            "channel": "google_drive",
            "links": [LINK],
        },
    ),
    (
        "L",
        "บอทขึ้นว่ากองคลังยังไม่ส่ง แต่ส่งแผนทางไดรฟ์ไปแล้วเมื่อวานค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-14", "channel": "google_drive"},
    ),
    (
        "L",
        "ระบบเตือนว่ากองนิติการค้างส่ง แต่ส่งรายชื่อทีมไปแล้วเมื่อวันที่ 10 ครับ",
        "MarkStep",
        {"step": "1", "unit": "กองนิติการ", "done_on": "2025-01-10"},
    ),
    (
        "L",
        "บอทบอกว่าศทส.ยังไม่ได้ส่งแผน แต่ความจริงอัปขึ้นไดรฟ์ไปแล้วตั้งแต่วันจันทร์ครับ",
        "MarkStep",
        {"step": "3", "unit": IT, "done_on": "2025-01-13", "channel": "google_drive"},
    ),
    (
        "L",
        "ตามที่ระบบแจ้งว่ากองกลางยังไม่ได้ส่งแผน ขอเรียนชี้แจงว่ากองกลางได้จัดส่งแผนทาง Google Drive"
        " แล้วเมื่อวันที่ 9 มกราคม 2568 ค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "done_on": "2025-01-09", "channel": "google_drive"},
    ),
    (
        "L",
        "เรียน ทีมงาน PMQA สป.รง. ครับ ตามที่ระบบแจ้งเตือนว่ากองนิติการยังไม่ได้จัดส่งแผน"
        " ขอเรียนชี้แจงว่ากองนิติการได้นำส่งแผนพัฒนาหน่วยงานฯ ระยะ 3 ปี (พ.ศ. 2568-2570)"
        " และแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568 ผ่าน Google Drive ตั้งแต่วันศุกร์ที่ ๑๐"
        " มกราคม ๒๕๖๘ ครบทั้ง ๓ มิติ พร้อมเอกสารประกอบครบถ้วนแล้วครับ",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองนิติการ",
            "done_on": "2025-01-10",
            "channel": "google_drive",
            "dims": [1, 2, 3],
            "documents": "complete",
        },
    ),
    # Asked to be recorded late: the report, not the history.
    (
        "L",
        "กพร. ส่งรายชื่อทีม PMQA ทาง Google Form ไปตั้งแต่ ๒๘ พ.ย. ๖๗ ค่ะ ขอบันทึกย้อนหลังนะคะ",
        "MarkStep",
        {
            "step": "1",
            "unit": "กลุ่มพัฒนาระบบบริหาร",
            "channel": "google_form",
            "done_on": "2024-11-28",
        },
    ),
    (
        "L",
        "ส่งรายชื่อทีมทาง google form ไปเมื่อ 3 ธ.ค. ค่ะ ขอลงย้อนหลังนะคะ",
        "MarkStep",
        {"step": "1", "channel": "google_form", "done_on": "2024-12-03"},
    ),
]
# Near misses: the reminder asked about, the report questioned, the history looked at.
DISPUTED_NEAR: list[Case] = [
    ("L", "บอทขึ้นว่ากองกลางยังไม่ส่ง จริงไหม", "Status", {"unit": "กองกลาง"}),
    ("L", "บอทบอกว่ากองกลางยังไม่ส่งแผน ส่งแล้วหรือยังคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "บอทขึ้นว่ากองกลางยังไม่ส่ง แต่ส่งแผนไปแล้วไม่ใช่เหรอคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "บอทขึ้นว่ากองกลางยังไม่ส่ง แต่ส่งแผนแล้วนี่คะ ทำไมยังขึ้นแบบนี้", "Status", {"unit": "กองกลาง"}),
    ("L", "กองกลางยังขาดอะไรอีกคะ บอทบอกว่ายังไม่ส่ง งงค่ะ", "Status", {"unit": "กองกลาง"}),
    ("L", "ระบบแจ้งว่ากองคลังยังไม่ส่ง แต่กองคลังบอกว่าจะส่งพรุ่งนี้ค่ะ", "Unknown", {}),
    ("L", "ขอดูบันทึกย้อนหลังของกองคลังค่ะ", "History", {"unit": "กองคลัง"}),
    ("L", "ขอบันทึกย้อนหลังได้ไหมคะ", "History", {}),
]

# (2) The documents after a report: a piece short (incomplete), none uploaded (missing), all
# there (complete).
DOCUMENTS: list[Case] = [
    (
        "L",
        "แผนกองคลังส่งทางไดรฟ์แล้ววันนี้ค่ะ แต่ไฟล์ยังไม่มีลายเซ็น ผอ.กค.",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองคลัง",
            "channel": "google_drive",
            "done_on": "2025-01-15",
            "documents": "incomplete",
        },
    ),
    (
        "L",
        "กองกลางส่งแผนทางอีเมลแล้วค่ะ แต่ไฟล์ยังไม่มีลายมือชื่อ ผอ.",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "email", "documents": "incomplete"},
    ),
    (
        "L",
        "กองกลางทำแผนเสร็จแล้วค่ะ อัปขึ้นไดรฟ์เมื่อเช้า แต่ฟอร์ม 2 ยังเป็นไฟล์ร่างอยู่",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองกลาง",
            "channel": "google_drive",
            "done_on": "2025-01-15",
            "documents": "incomplete",
        },
    ),
    (
        "L",
        "กองคลังส่งแผนทางไดรฟ์แล้วค่ะ แต่แบบฟอร์ม 3 ยังเป็นฉบับร่างอยู่",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive", "documents": "incomplete"},
    ),
    (
        "L",
        "ส่งแผนไปเมื่อวันที่ 7 ค่ะ ทางไดรฟ์ แต่ยังไม่ได้แนบแผน 3 ปี มีแต่แผนปี 68",
        "MarkStep",
        {
            "step": "3",
            "done_on": "2025-01-07",
            "channel": "google_drive",
            "documents": "incomplete",
        },
    ),
    (
        "L",
        "ศทส.ส่งแผนแล้ว แต่ยังไม่ได้แนบแผนปฏิบัติการปี 68",
        "MarkStep",
        {"step": "3", "unit": IT, "documents": "incomplete"},
    ),
    (
        "L",
        "ไอทีup planขึ้นdriveแล้วนะครับ แต่ form3 ยังรอหัวหน้าsign",
        "MarkStep",
        {"step": "3", "unit": IT, "channel": "google_drive", "documents": "incomplete"},
    ),
    (
        "L",
        "กองนิติการ plan ส่งแล้ว แต่ form 3 หายไป เดี๋ยวส่งใหม่",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "documents": "incomplete"},
    ),
    (
        "L",
        "แผนกองกลางส่งแล้วนะคะ ยังไม่มีหน้าลายเซ็นผู้อำนวยการ เอกสารอื่นครบแล้ว",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "documents": "incomplete"},
    ),
    (
        "L",
        "เรียนผู้ประสานงาน กองนิติการได้อัปโหลดแผนฯ ขึ้น Google Drive แล้ว ตามลิงก์"
        " https://drive.google.com/drive/folders/1LglOff68Rev2 ครบถ้วนทั้ง ๓ มิติ"
        " แต่แบบฟอร์มหมายเลข ๓ ยังอยู่ระหว่างเสนอผู้อำนวยการกองลงนาม"
        " จะจัดส่งเพิ่มเติมภายในสัปดาห์นี้ครับ",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองนิติการ",
            "channel": "google_drive",
            "links": ["https://drive.google.com/drive/folders/1LglOff68Rev2"],
            "dims": [1, 2, 3],
            "documents": "incomplete",
        },
    ),
    (
        "L",
        "กองคลังส่งแผนขึ้นไดรฟ์แล้วค่ะ แต่ฟอร์ม 3 ยังอยู่ที่ห้อง ผอ. รอเซ็น",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive", "documents": "incomplete"},
    ),
    # A letter's "ได้นำส่ง…เมื่อวันที่…" with no "แล้ว": done all the same.
    (
        "L",
        "เรียน ผู้ประสานงาน กองคลังได้นำส่งแผนพัฒนาหน่วยงาน ผ่าน Google Drive เมื่อวันที่ ๙ มกราคม"
        " ๒๕๖๘ พร้อมแบบฟอร์มหมายเลข ๑-๓ ครบถ้วน จึงเรียนมาเพื่อโปรดทราบค่ะ",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองคลัง",
            "channel": "google_drive",
            "done_on": "2025-01-09",
            "documents": "complete",
        },
    ),
    # A dimension's activities forgotten: the plan lacks that dimension.
    (
        "L",
        "แจ้งว่าแผนของ กพร. ส่งไปเมื่อวานซืน แต่ลืมใส่กิจกรรมมิติที่2 เลยมีแค่มิติ1กับ3ค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กลุ่มพัฒนาระบบบริหาร", "done_on": "2025-01-13", "dims": [1, 3]},
    ),
    (
        "L",
        "กองคลังส่งแผนแล้ว แต่ลืมใส่กิจกรรมมิติ 3",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2]},
    ),
    (
        "L",
        "แผนของกองคลังยังไม่ได้อัปโหลดไฟล์ค่ะ แจ้งทางอีเมลไปก่อน",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email", "documents": "missing"},
    ),
    (
        "L",
        "กค.ส่งแผนผ่านอีเมลแล้วครับ ไฟล์แนบครบ แต่ได้ยินว่าต้องขึ้นไดรฟ์ เดี๋ยวอัปซ้ำให้",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email", "documents": "complete"},
    ),
    (
        "L",
        "อัปแผนเข้าโฟลเดอร์ drive เมื่อวันพุธที่แล้วครับ ของกองกลาง เอกสารแนบครบทุกไฟล์",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองกลาง",
            "channel": "google_drive",
            "done_on": "2025-01-08",
            "documents": "complete",
        },
    ),
    (
        "L",
        "เรียน ผู้ประสานงาน กองกลางขอเรียนแจ้งว่า ได้ดำเนินการจัดส่งแผนพัฒนาหน่วยงาน ระยะ ๓ ปี"
        " พร้อมแบบฟอร์มหมายเลข ๑ – ๓ ครบถ้วน ผ่าน Google Drive เรียบร้อยแล้ว"
        " เมื่อวันศุกร์ที่ ๑๐ มกราคม ๒๕๖๘ จึงเรียนมาเพื่อโปรดทราบครับ",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองกลาง",
            "channel": "google_drive",
            "done_on": "2025-01-10",
            "documents": "complete",
        },
    ),
]
# Near misses: questions, nothing sent yet, who lacks a signature, the folder asked for, news
# of others, the files as a whole not there.
DOCUMENTS_NEAR: list[Case] = [
    ("L", "กองคลังยังไม่ได้ส่งแผนเลย ฟอร์มยังไม่เสร็จ", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "ถ้าส่งแผนแล้วแต่ฟอร์ม 2 ยังเป็นไฟล์ร่าง จะโดนหักไหมคะ",
        "RuleQuestion",
        {"topic": "deductions"},
    ),
    ("L", "ใครยังไม่ได้อัปไฟล์แผนบ้าง", "Missing", {"step": "3"}),
    ("L", "ลืมใส่มิติที่ 2 ในแผน ต้องส่งใหม่ไหมคะ", "RuleQuestion", {"topic": "dimensions"}),
    (
        "L",
        "เรียน ผู้ประสานงาน กองคลังจะจัดส่งแผนผ่าน Google Drive ภายในวันที่ ๒๐ มกราคม ๒๕๖๘"
        " จึงเรียนมาเพื่อโปรดทราบค่ะ",
        "Unknown",
        {},
    ),
    ("L", "ขอลิงก์โฟลเดอร์ไดรฟ์ส่งแผนหน่อยค่ะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "โฟลเดอร์ drive สำหรับส่งแผนอยู่ไหนคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ได้ยินว่ากองคลังส่งแผนแล้ว จริงไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("P", "ได้ยินว่าสมุทรปราการส่งแผนแล้วนะ", "Unknown", {}),
    (
        "L",
        "กองคลังส่งแผนแล้ว แต่ยังไม่ได้แนบไฟล์",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "documents": "missing"},
    ),
]

ASKED = [
    "ส่งแผนแล้วแต่ยังไม่มีลายเซ็น ได้ไหมคะ",
    "ส่งแผนแล้วแต่ยังไม่ได้อัปไฟล์ ต้องทำยังไงคะ",
    "บอทขึ้นว่ากองกลางยังไม่ส่ง จริงไหม",
    "บอทขึ้นว่ากองกลางยังไม่ส่ง แต่ส่งแผนไปแล้วไม่ใช่เหรอคะ",
    "บอทขึ้นว่ากองกลางยังไม่ส่ง แต่ส่งแผนแล้วนี่คะ ทำไมยังขึ้นแบบนี้",
    "ถ้าส่งแผนแล้วแต่ฟอร์ม 2 ยังเป็นไฟล์ร่าง จะโดนหักไหมคะ",
    "กองคลังส่งแผนไปเมื่อ 10 ม.ค. ขอบันทึกย้อนหลังได้ไหมคะ",
    "ขอบันทึกย้อนหลังได้ไหมคะ",
    "ใครยังไม่มีลายเซ็น ผอ. บ้าง",
]


@readings(DISPUTED + DISPUTED_NEAR)
def test_a_disputed_reminder_is_context_of_the_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DOCUMENTS + DOCUMENTS_NEAR)
def test_the_documents_pending_after_a_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []
