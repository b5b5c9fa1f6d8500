"""Issue 9, round 13 (r13a): five writers' habits per organisation (dev_fresh24). A unit's
short name glued to its score with no spaces ("กนต.ได้4.5", "PMQA4.0จว.ได้…"), a result told
with "แจ้งผล"; a question of a unit's score is still no write."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

# A unit's score told bare: the unit, "ได้" and the value, spaces or none.
GLUED_SCORES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "กค.ได้3.5",
        "SubmitValue",
        {"indicator": "1", "value": "3.5", "raw_value": "3.5", "unit": "กองคลัง"},
    ),
    (
        "L",
        "กจ. ได้ 4",
        "SubmitValue",
        {"indicator": "1", "value": "4", "raw_value": "4", "unit": "กองการเจ้าหน้าที่"},
    ),
    (
        "L",
        "ศทส.ได้๓.๕ค่ะ",
        "SubmitValue",
        {
            "indicator": "1",
            "value": "3.5",
            "raw_value": "๓.๕",
            "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
        },
    ),
    (
        "L",
        "กองคลังได้4.25ครับ",
        "SubmitValue",
        {"indicator": "1", "value": "4.25", "raw_value": "4.25", "unit": "กองคลัง"},
    ),
    (
        "L",
        "แจ้งผล กค. 4",
        "SubmitValue",
        {"indicator": "1", "value": "4", "raw_value": "4", "unit": "กองคลัง"},
    ),
    (
        "L",
        "ขอแจ้งผล ศทส. ระดับ ๔ ค่ะ",
        "SubmitValue",
        {
            "indicator": "1",
            "value": "4",
            "raw_value": "๔",
            "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
        },
    ),
    (
        "P",
        "PMQA4.0จังหวัดได้402.5คะแนน",
        "SubmitValue",
        {"indicator": "6", "value": "402.5", "raw_value": "402.5"},
    ),
    (
        "P",
        "pmqa4.0 ได้ 388 คะแนนค่ะ",
        "SubmitValue",
        {"indicator": "6", "value": "388", "raw_value": "388"},
    ),
]

# Asked, wished or told of someone else: never a write.
NOT_SCORES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กค.ได้3.5ไหมครับ", None, None),
    ("L", "กจ.ได้ 4 หรือยัง", None, None),
    ("L", "ถ้ากค.ได้3.5จะผ่านไหม", None, None),
    ("L", "ลูกได้4.5", "Unknown", {}),
    ("L", "กองคลังได้ 2 คน", None, None),
    ("L", "กค.ได้3.5?", None, None),
]


@readings(GLUED_SCORES)
def test_a_units_score_glued_or_spaced_is_a_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_SCORES)
def test_a_question_or_a_wish_of_a_score_is_no_write(
    org: str, text: str, intent: str | None, slots: dict[str, Any] | None
) -> None:
    got, _ = settled(text, org)
    assert got not in ("SubmitValue", "SubmitBaseline", "MarkStep")
    if intent is not None:
        assert got == intent


# The reason first, then the unit that acted, glued to "จึง": the unit is the sender's.
REASON_FIRST: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "เนื่องจากระบบอีเมลขัดข้อง กองคลังจึงได้ส่งแผนปฏิบัติการผ่าน Google Drive แทนค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive"},
    ),
    (
        "L",
        "เนื่องจากมีผู้ย้ายออกจากทีม ศทส.จึงส่งรายชื่อทีมใหม่ทางอีเมลครับ",
        "MarkStep",
        {"step": "1", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "channel": "email"},
    ),
    (
        "L",
        "เนื่องด้วยฟอร์มปิดรับแล้ว กองนิติการจึงได้ส่งรายชื่อทีมทางอีเมลแทนครับ",
        "MarkStep",
        {"step": "1", "unit": "กองนิติการ", "channel": "email"},
    ),
]

# The reason first and a question after it: still no write.
REASON_FIRST_QUESTIONS: list[tuple[str, str]] = [
    ("L", "เนื่องจากใกล้ครบกำหนด กองคลังจึงอยากทราบว่าส่งแผนแล้วหรือยังคะ"),
    ("L", "เนื่องจากไดรฟ์มีปัญหา กจ.จึงขอสอบถามว่าส่งแผนทางอีเมลได้ไหมครับ"),
]


@readings(REASON_FIRST)
def test_the_unit_before_jueng_after_a_reason_is_kept(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(("org", "text"), REASON_FIRST_QUESTIONS)
def test_a_question_after_a_reason_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] not in ("SubmitValue", "SubmitBaseline", "MarkStep")


# One or two words asking for the team, in Thai or English.
SHORT_MEMBERS: list[tuple[str, str]] = [
    ("L", "สมาชิก"),
    ("B", "สมาชิกทั้งหมดค่ะ"),
    ("O", "ขอดูสมาชิกครับ"),
    ("P", "members list ครับ"),
    ("L", "member list"),
    ("B", "ดูสมาชิกทั้งหมด"),
]

# The list sent, or the team of someone else's chat: not the team asked for.
NOT_SHORT_MEMBERS: list[tuple[str, str, str]] = [
    ("L", "กค. submitted member list", "MarkStep"),
    ("L", "สมาชิกทั้งหมดส่งแล้ว", "Unknown"),
]


@pytest.mark.parametrize(("org", "text"), SHORT_MEMBERS)
def test_one_or_two_words_ask_for_the_team(org: str, text: str) -> None:
    assert settled(text, org) == ("Members", {})


@pytest.mark.parametrize(("org", "text", "intent"), NOT_SHORT_MEMBERS)
def test_more_words_keep_their_reading(org: str, text: str, intent: str) -> None:
    assert settled(text, org)[0] == intent


# English words mixed in: a reminder's days, a yes to save, a day's month.
ENGLISH_MIX: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "remind 5 days before นะคะ", "ReminderSettings", {"action": "set", "days": [5]}),
    ("B", "remind me 2 days before ครับ", "ReminderSettings", {"action": "set", "days": [2]}),
    ("O", "โอเค save เลยครับ", "Confirm", {}),
    ("P", "ถูกต้อง save ได้เลยค่ะ", "Confirm", {}),
    (
        "L",
        "กค. team list sent via email 9 Jan ครับ",
        "MarkStep",
        {"step": "1", "unit": "กองคลัง", "channel": "email", "done_on": "2025-01-09"},
    ),
    (
        "L",
        "plan uploaded to Google Drive 14 January ค่ะ",
        "MarkStep",
        {"step": "3", "channel": "google_drive", "done_on": "2025-01-14"},
    ),
]

# Asked, or someone else reminded: no setting, no write.
NOT_ENGLISH_MIX: list[tuple[str, str]] = [
    ("L", "remind พี่เขา 3 days before ด้วยนะ"),
    ("L", "save ยังไงครับ"),
    ("P", "plan ส่ง 14 jan ได้ไหมคะ"),
]


@readings(ENGLISH_MIX)
def test_english_words_mixed_in_are_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(("org", "text"), NOT_ENGLISH_MIX)
def test_english_words_in_a_question_or_of_someone_else_write_nothing(org: str, text: str) -> None:
    assert settled(text, org)[0] not in (
        "SubmitValue",
        "SubmitBaseline",
        "MarkStep",
        "Confirm",
        "ReminderSettings",
    )


# A yes or a no to the card said formally: "please", the card as "รายการดังกล่าว", a reason.
FORMAL_ANSWERS: list[tuple[str, str, str]] = [
    ("P", "ตัวเลขถูกต้องแล้วค่ะ รบกวนบันทึกตามนี้", "Confirm"),
    ("B", "ถูกต้องครับ กรุณาบันทึกได้เลย", "Confirm"),
    ("O", "ข้อมูลถูกต้องแล้ว ช่วยบันทึกตามนี้ด้วยค่ะ", "Confirm"),
    ("L", "ขอยกเลิกรายการดังกล่าวค่ะ", "Cancel"),
    ("P", "ขอยกเลิกรายการดังกล่าวครับ เนื่องจากตัวเลขยังไม่ผ่านการตรวจสอบ", "Cancel"),
    ("B", "ยกเลิกค่ะ เนื่องด้วยท่าน ผอ. ยังไม่ได้ลงนาม", "Cancel"),
]

# An entry already kept, or a question: not the card's answer.
NOT_FORMAL_ANSWERS: list[tuple[str, str, str]] = [
    ("L", "ขอยกเลิกรายการล่าสุดครับ", "Undo"),
    ("L", "ขอยกเลิกรายการครับ", "Undo"),
]


@pytest.mark.parametrize(("org", "text", "intent"), FORMAL_ANSWERS + NOT_FORMAL_ANSWERS)
def test_a_formal_yes_or_no_answers_the_card(org: str, text: str, intent: str) -> None:
    assert settled(text, org) == (intent, {})


@pytest.mark.parametrize(
    ("org", "text"),
    [("L", "ยกเลิกรายการดังกล่าวได้ไหมครับ"), ("P", "กรุณาบันทึกตามนี้ได้หรือไม่คะ")],
)
def test_a_formal_question_is_no_answer(org: str, text: str) -> None:
    assert settled(text, org)[0] not in ("Confirm", "Cancel")


# A baseline's year typed bare, without "ปี": the year of the base.
BARE_BASE_YEARS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ค่าฐานขยะ 2566 50.2",
        "SubmitBaseline",
        {"indicator": "2", "value": "50.2", "raw_value": "50.2", "year": 2566},
    ),
    (
        "P",
        "baseline ขยะ 2565 = 48.9 ค่ะ",
        "SubmitBaseline",
        {"indicator": "2", "value": "48.9", "raw_value": "48.9", "year": 2565},
    ),
    (
        "P",
        "ค่าฐาน PMQA 2566 คือ 371.25",
        "SubmitBaseline",
        {"indicator": "6", "value": "371.25", "raw_value": "371.25", "year": 2566},
    ),
]


@readings(BARE_BASE_YEARS)
def test_a_bare_year_of_a_baseline_is_its_year(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Sent another way, the usual way denied after it: the way it went is the channel.
ANOTHER_WAY: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "กค.ส่งแผนทางอีเมล ไม่ได้อัปโหลดขึ้นไดรฟ์",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email"},
    ),
    (
        "L",
        "กองกลางส่งรายชื่อทีมผ่านไลน์ค่ะ ไม่ได้กรอก google form",
        "MarkStep",
        {"step": "1", "unit": "กองกลาง", "channel": "line"},
    ),
    (
        "L",
        "กนต.ส่งรายชื่อทีมทางอีเมลแทนครับ ไม่ได้ใช้ฟอร์ม",
        "MarkStep",
        {"step": "1", "unit": "กองนิติการ", "channel": "email"},
    ),
]

# Not sent, or asked: still no write.
NOT_ANOTHER_WAY: list[tuple[str, str]] = [
    ("L", "กค.ยังไม่ได้ส่งแผน ไม่ได้อัปโหลดขึ้นไดรฟ์"),
    ("L", "ส่งแผนทางอีเมล ไม่ได้อัปโหลดขึ้นไดรฟ์ได้ไหมคะ"),
]


@readings(ANOTHER_WAY)
def test_the_way_it_was_sent_is_the_channel_not_the_way_denied(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(("org", "text"), NOT_ANOTHER_WAY)
def test_not_sent_or_asked_another_way_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] != "MarkStep"


# A tier asked of an indicator called by its full title, which opens with "ร้อยละ"/"จำนวน".
TIER_OF_A_TITLE: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ร้อยละของหมู่บ้านที่ไม่พบปัญหายาเสพติด ได้ระดับไหนคะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    (
        "P",
        "ขอสอบถามตัวชี้วัดร้อยละหมู่บ้านที่ไม่พบปัญหายาเสพติด ผ่านเกณฑ์ระดับใดคะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
]


@readings(TIER_OF_A_TITLE)
def test_a_tier_asked_of_a_full_title_stays_a_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The organisation's overview asked for a fiscal year, formally: its status.
@pytest.mark.parametrize(
    ("org", "text"),
    [
        ("P", "ขอทราบภาพรวมผลการดำเนินงานของจังหวัดปทุมธานี ประจำปีงบประมาณ 2568 ค่ะ"),
        ("P", "ภาพรวมตัวชี้วัดของจังหวัดปทุมธานี ประจำปีงบ 68 ครับ"),
    ],
)
def test_an_overview_for_a_fiscal_year_is_the_status(org: str, text: str) -> None:
    assert settled(text, org) == ("Status", {})
