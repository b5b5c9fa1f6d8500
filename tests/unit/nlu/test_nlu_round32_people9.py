"""Round 32 (people9): people and talk.

The team asked by a newcomer ("หนูเพิ่งย้ายมากองคลังค่ะ อยากรู้ว่าในทีม PMQA มีพี่ๆ คนไหนบ้าง
คะ") or who is in which unit ("ขอดูว่าใครอยู่กองไหนบ้างครับ") is the members' list. A move told
with a request to update ("หนูโอนย้ายมาอยู่กองการเจ้าหน้าที่แล้วนะคะ อัปเดตให้ด้วยค่ะ", its day
said first, the unit left said after) registers the sender. The weekly digest switched on with
what it is for ("…จะได้รู้ว่าใครยังไม่ส่ง") is switched on. A newcomer's hello with no unit is a
greeting. Thanks with a promise by a day of the month ("…จะรีบส่งก่อน 31 นะคะ"), with the bot's
recording praised ("บันทึกไวมาก") or with what was understood ("เข้าใจเรื่องหักคะแนนแล้ว") are
thanks. A card halted to ask someone first ("เดี๋ยวๆ ยังไม่ยืนยันนะคะ ขอถามหัวหน้าก่อน") is a
no. Reports: sent ahead of their papers, sent to a named colleague's mail, a letter to the
coordinating group closed by help offered, a late entry asked to be recorded back-dated.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) The team asked by a newcomer, or who is in which unit: the members' list.
MEMBERS: list[Case] = [
    (
        "L",
        "หนูเพิ่งย้ายมากองคลังค่ะ อยากรู้ว่าในทีม PMQA มีพี่ๆ คนไหนบ้างคะ",
        "Members",
        {"unit": "กองคลัง"},
    ),
    ("L", "ทีม PMQA มีท่านไหนบ้างคะ", "Members", {}),
    ("L", "ทีมกองคลังมีพี่ๆ คนไหนบ้างคะ", "Members", {"unit": "กองคลัง"}),
    ("L", "ขอดูว่าใครอยู่กองไหนบ้างครับ", "Members", {}),
    ("L", "ในทีมใครสังกัดหน่วยไหนบ้างคะ", "Members", {}),
    # Near misses: who has not sent, asked by which of them, stays the missing.
    ("L", "ใครอยู่กองไหนที่ยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "ในทีมมีใครบ้าง", "Members", {}),
]
# (2) A move told, with a request to update the record: the sender registered.
MOVES: list[Case] = [
    (
        "L",
        "หนูโอนย้ายมาอยู่กองการเจ้าหน้าที่แล้วนะคะ อัปเดตให้ด้วยค่ะ",
        "RegisterUnit",
        {"unit": "กองการเจ้าหน้าที่"},
    ),
    ("L", "ผมโอนย้ายไปกองคลังแล้วครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    (
        "L",
        "หนูโอนย้ายจาก กจ. มาอยู่ กค. แล้วนะคะ เปลี่ยนกองให้หนูด้วยค่ะ",
        "RegisterUnit",
        {"unit": "กองคลัง"},
    ),
    (
        "L",
        "ตั้งแต่ 2 ม.ค. ผมย้ายมาประจำกองการเจ้าหน้าที่แล้วครับ อัปเดตด้วยนะครับ",
        "RegisterUnit",
        {"unit": "กองการเจ้าหน้าที่"},
    ),
    ("L", "ย้ายมากองกลางแล้วนะครับ ไม่ได้อยู่กองคลังแล้ว", "RegisterUnit", {"unit": "กองกลาง"}),
    # Near misses: someone else's move, a move still to come.
    ("L", "พี่สมชายโอนย้ายไปอยู่กองคลังแล้ว", "Unknown", {}),
    ("L", "พี่สมชายย้ายไปกองคลังแล้ว ไม่ได้อยู่กองกลางแล้ว", "Unknown", {}),
    ("L", "หนูจะโอนย้ายไปกองคลังเดือนหน้า", "Unknown", {}),
    ("L", "ตั้งแต่ 1 ก.พ. ผมจะย้ายไปกองคลังครับ", "Unknown", {}),
]
# (3) The weekly digest switched on, with what it is for.
DIGEST: list[Case] = [
    (
        "L",
        "เปิดสรุปรายสัปดาห์ให้ด้วยค่ะ จะได้รู้ว่าใครยังไม่ส่ง",
        "ReminderSettings",
        {"action": "digest_on"},
    ),
    (
        "L",
        "เปิดสรุปรายสัปดาห์ด้วยครับ จะได้ตามกองที่ยังไม่ส่ง",
        "ReminderSettings",
        {"action": "digest_on"},
    ),
    # Near misses: the digest declined; what it is for asked ("จะได้รู้ไหมว่า…").
    ("L", "ไม่ส่งสรุปรายสัปดาห์แล้วนะ", "ReminderSettings", {"action": "digest_off"}),
    ("L", "ไม่ต้องส่งสรุปรายสัปดาห์แล้ว", "ReminderSettings", {"action": "digest_off"}),
    ("L", "เปิดสรุปรายสัปดาห์ให้ด้วย จะได้รู้ไหมว่าใครยังไม่ส่ง", "Missing", {}),
]
# (4) Greetings: a newcomer's hello with no unit; with one, the unit asked back.
GREETINGS: list[Case] = [
    ("L", "สวัสดีค่ะทุกคน หนูน้องใหม่ค่ะ 🙏", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีครับ ผมน้องใหม่ครับ ฝากเนื้อฝากตัวด้วยครับ", "SmallTalk", {"kind": "greeting"}),
    # Near misses: the unit named is the newcomer's.
    ("L", "หนูน้องใหม่กองคลังค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "สวัสดีค่ะทุกคน หนูน้องใหม่ กค. ค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
]
# (5) Thanks with a promise or a remark: thanks.
THANKS: list[Case] = [
    ("L", "ขอบคุณค่ะ จะรีบส่งก่อน 31 นะคะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "รับทราบค่ะ จะส่งภายในวันที่ 15 นะคะ", "SmallTalk", {"kind": "ack"}),
    ("L", "ขอบคุณค่ะน้องบอท บันทึกไวมาก", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณครับ บันทึกเร็วดี", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณมากค่ะ เข้าใจเรื่องหักคะแนนแล้ว 🙏", "SmallTalk", {"kind": "thanks"}),
    # Near misses: a figure that is no day; a value asked recorded; a step reported.
    ("L", "ขอบคุณค่ะ จะรีบส่งก่อน 45 นะคะ", "Unknown", {}),
    ("L", "ขอบคุณค่ะ จะส่งผล 45 นะคะ", "Unknown", {}),
    ("L", "ขอบคุณค่ะ บันทึกผล 80 ให้ด้วย", "SubmitValue", {}),
    ("L", "ขอบคุณค่ะ เข้าใจแล้ว ส่งแผนแล้วนะคะ", "MarkStep", {"step": "3"}),
]
# (6) A card halted to ask someone first: a no.
HALTED: list[Case] = [
    ("L", "เดี๋ยวๆ ยังไม่ยืนยันนะคะ ขอถามหัวหน้าก่อน", "Cancel", {}),
    ("L", "เดี๋ยวก่อนค่ะ ขอปรึกษาผอ.ก่อน", "Cancel", {}),
    ("L", "รอแป๊บครับ ขอถามพี่เขาก่อน", "Cancel", {}),
    (
        "L",
        "รอแป๊บนะคะ ยังไม่ต้องกดบันทึก ขอถามหัวหน้าก่อนว่าหนูสังกัดกองไหนแน่",
        "Cancel",
        {},
    ),
    ("P", "ยกเลิกครับ เดี๋ยวขอเช็คตัวเลขกับอำเภออีกที", "Cancel", {}),
    # Near miss: a question to the bot after the halt stays a question.
    ("L", "เดี๋ยวๆ ขอถามหน่อย กองคลังส่งแผนยัง", "Status", {"unit": "กองคลัง"}),
]
# (7) Reports: sent ahead of the papers, to a named colleague's mail, in a letter to the
# coordinating group closed by help offered, asked to be recorded back-dated.
REPORTS: list[Case] = [
    (
        "L",
        "ส่งแผนไปก่อนนะคะ เอกสารประกอบยังไม่มีเลย เดี๋ยวตามไปทีหลัง",
        "MarkStep",
        {"step": "3", "documents": "missing"},
    ),
    (
        "L",
        "กองคลังส่งรายชื่อทีมไปก่อนนะคะ เอกสารยังไม่ครบ",
        "MarkStep",
        {"step": "1", "unit": "กองคลัง", "documents": "incomplete"},
    ),
    (
        "L",
        "ส่งแผนผ่านอีเมลพี่ต๋อยไปแล้วครับ เมื่อวานซืน",
        "MarkStep",
        {"step": "3", "channel": "email", "done_on": "2025-01-13"},
    ),
    (
        "L",
        "ส่งแผนทางอีเมลคุณเอ๋ไปแล้วค่ะ 29 ม.ค.",
        "MarkStep",
        {"step": "3", "channel": "email", "done_on": "2025-01-29"},
    ),
    (
        "L",
        "เรียนพี่ๆ กลุ่มพัฒนาระบบบริหารค่ะ กองการเจ้าหน้าที่ส่งแผน 3 ปีกับแผนปี 68 ขึ้น Google Drive "
        "เรียบร้อยแล้วนะคะ ครบทั้ง 3 มิติค่ะ ถ้าขาดอะไรแจ้งได้เลยนะคะ",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองการเจ้าหน้าที่",
            "channel": "google_drive",
            "dims": [1, 2, 3],
        },
    ),
    (
        "L",
        "กองคลังส่งแผนขึ้นไดรฟ์แล้วค่ะ ถ้าขาดอะไรแจ้งได้เลยนะคะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive"},
    ),
    (
        "L",
        "ศทส ส่งรายชื่อทีมเมื่อ 26 พ.ย. 67 ครับ บันทึกย้อนหลังให้ด้วย",
        "MarkStep",
        {"step": "1", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "done_on": "2024-11-26"},
    ),
    # Near misses: urged or asked, not sent; a colleague's mail unnamed or a draft; the
    # history looked at.
    ("L", "ส่งแผนไปก่อนเลย เอกสารยังไม่ครบก็ได้", "Unknown", {}),
    ("L", "ส่งแผนไปก่อนได้ไหม เอกสารยังไม่มี", "Unknown", {}),
    ("L", "ส่งไฟล์ผลสำรวจความพึงพอใจเข้าเมลพี่แล้วนะคะ", "Unknown", {}),
    ("L", "ส่งร่างแผนเข้าเมลพี่ต๋อยแล้วค่ะ", "Unknown", {}),
    ("L", "ส่งแผนเข้าเมลพี่ต๋อยพรุ่งนี้นะคะ", "Unknown", {}),
    ("L", "ขอดูบันทึกย้อนหลังให้หน่อย", "History", {}),
    ("L", "ขอดูประวัติการบันทึกย้อนหลังค่ะ", "History", {}),
]
ALL = MEMBERS + MOVES + DIGEST + GREETINGS + THANKS + HALTED + REPORTS


def _matches(got: tuple[str, dict[str, Any]], intent: str, slots: dict[str, Any]) -> bool:
    """The intent, and every slot the case names (an empty dict: the intent alone for a
    value, all slots otherwise)."""
    if got[0] != intent:
        return False
    if intent in ("SubmitValue", "Missing") and not slots:
        return True
    return all(got[1].get(k) == v for k, v in slots.items()) and (bool(slots) or got[1] == {})


@readings(MEMBERS)
def test_the_team_asked_by_a_newcomer_or_by_unit_is_the_members_list(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert _matches(settled(text, org), intent, slots)


@readings(MOVES)
def test_a_move_told_with_a_request_to_update_registers_the_sender(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DIGEST)
def test_the_digest_switched_on_with_its_purpose(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert _matches(settled(text, org), intent, slots)


@readings(GREETINGS)
def test_a_newcomers_hello_with_no_unit_is_a_greeting(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(THANKS)
def test_thanks_with_a_promise_or_a_remark_are_thanks(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert _matches(settled(text, org), intent, slots)


@readings(HALTED)
def test_a_card_halted_to_ask_someone_first_is_a_no(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert _matches(settled(text, org), intent, slots)


@readings(REPORTS)
def test_reports_with_papers_to_follow_mailed_to_someone_or_back_dated(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert _matches(settled(text, org), intent, slots)


def test_none_but_the_writes_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
