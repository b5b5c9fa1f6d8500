"""Round 45, questions and orders (asks45).

1. Who will ask, said first ("ท่านปลัดจะถามในที่ประชุมบ่ายนี้ ขอภาพรวม…"): a superior's question
   to come is why the summary is asked for, no promise of the sender's.
2. Who has not sent, asked formally or as voice typing writes it: a check of which units asked
   ("ขอให้ตรวจสอบว่ามีหน่วยงานใดยังมิได้จัดส่ง…"), the plan called by its title with the
   brackets of its title left out ("แผนพัฒนาหน่วยงานสู่ระบบราชการ 4.0 ระยะ 3 ปี และแผน
   ปฏิบัติการ…"), a year said digit by digit ("แผนปีหกแปด") and a quarter by its short name
   ("ผล Q1") name no other step.
3. The newcomer's own news after a question ("…หนูเพิ่งเข้ากลุ่ม") names no step.
4. Falling short of the bar, asked ("หลุดเกณฑ์ไหม", "ตกเป้าไหม"), is the tier.
5. A colleague called by name and ordered to draft a paper or to call ("คุณวิภา ช่วยร่าง
   บันทึกข้อความ…"), or asked where a file is kept ("พี่ครับ ร่าง…อยู่โฟลเดอร์ไหน"): for them.
6. The year to close typed in English ("close year 2567"); "55" alone is a laugh.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

WHO_WILL_ASK: list[Case] = [
    ("L", "ท่านปลัดจะถามในที่ประชุมบ่ายนี้ ขอภาพรวมทั้ง สป.รง. แบบสั้นๆ", "Status", {}),
    ("L", "ผอ.น่าจะถามในที่ประชุมพรุ่งนี้ ขอภาพรวมหน่อย", "Status", {}),
    ("L", "หัวหน้าจะถามตอนประชุมเช้านี้ ขอสถานะกองคลังด่วน", "Status", {"unit": "กองคลัง"}),
    ("L", "ท่านรองปลัดจะถามเรื่องนี้แน่ ขอสรุปสถานะทุกกองค่ะ", "Status", {}),
    # Near misses: the sender's own promise to ask, or the boss's question to come alone.
    ("L", "เดี๋ยวพี่จะถาม ผอ. ให้นะ", "Unknown", {}),
    ("L", "จะถามพี่ต๋อยก่อนนะ", "Unknown", {}),
    ("L", "ท่านผอ.จะถามเรื่องขยะ", "Unknown", {}),
    ("L", "ท่านปลัดถามมา ขอภาพรวมแบบสั้นๆ", "Status", {}),
]

WHO_HAS_NOT_SENT: list[Case] = [
    (
        "L",
        "เรียนผู้เกี่ยวข้อง ขอให้ตรวจสอบว่ามีหน่วยงานใดยังมิได้จัดส่งแผนพัฒนาหน่วยงานสู่ระบบราชการ 4.0"
        " ระยะ 3 ปี และแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568 บ้าง เพื่อจะได้ติดตามต่อไป",
        "Missing",
        {"step": "3"},
    ),
    (
        "L",
        "มีกองใดยังมิได้จัดส่งแผนพัฒนาหน่วยงานสู่ระบบราชการ 4.0 ระยะ 3 ปี และแผนปฏิบัติการบ้างคะ",
        "Missing",
        {"step": "3"},
    ),
    ("L", "แผนปีหกแปดยังขาดกองไหนอยู่", "Missing", {"step": "3"}),
    ("L", "แผนปีงบหกแปดยังไม่ส่งกองไหนบ้าง", "Missing", {"step": "3"}),
    ("L", "ผล Q1 ค้างส่งตัวไหนบ้าง", "Missing", {}),
    ("P", "ผล q2 ยังไม่ส่งตัวไหนบ้างคะ", "Missing", {}),
    # Near misses: one indicator named beside the quarter, a sending told, a unit's own check.
    ("P", "Q1 ขยะ ยังไม่มีใครส่งใช่ไหม", "Missing", {"indicator": "2"}),
    ("L", "แผนปีหกแปด ส่งแล้ว", "MarkStep", {"step": "3"}),
    ("L", "เรียนทุกกอง ขอให้ตรวจสอบว่าได้จัดส่งแผนครบถ้วนแล้ว", "Unknown", {}),
    ("L", "ขอให้ตรวจสอบว่ากองคลังส่งแผนแล้วหรือยัง", "Status", {"unit": "กองคลัง"}),
]

NEWCOMER_AFTER_THE_ASK: list[Case] = [
    ("L", "ตอนนี้มีอะไรต้องส่งบ้างคะ หนูเพิ่งเข้ากลุ่ม", "Deadlines", {}),
    ("L", "ช่วงนี้มีอะไรต้องส่งบ้างคะ หนูเพิ่งเข้ามาในกลุ่ม", "Deadlines", {}),
    ("L", "มีอะไรต้องส่งบ้างครับ ผมเพิ่งได้เข้ากลุ่มไลน์", "Deadlines", {}),
    ("L", "มีอะไรต้องส่งบ้างครับ ผมเพิ่งถูกดึงเข้ากลุ่ม", "Deadlines", {}),
    # Near miss: a step named stays named.
    ("L", "ต้องส่งแผนเมื่อไหร่คะ ผมเพิ่งเข้ากลุ่มครับ", "Deadlines", {"step": "3"}),
]

SHORT_OF_THE_BAR: list[Case] = [
    ("P", "e-Service หลุดเกณฑ์ไหม", "IndicatorQuery", {"indicator": "5", "aspect": "tier"}),
    ("P", "e-Service ตกเกณฑ์ไหม", "IndicatorQuery", {"indicator": "5", "aspect": "tier"}),
    ("P", "ขยะหลุดเป้ามั้ย", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ยาเสพติดตกเป้าหรือเปล่า", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    # Near misses: the criteria asked, a pass asked, a connection lost.
    ("P", "e-Service เกณฑ์คืออะไร", "IndicatorQuery", {"indicator": "5", "aspect": "criteria"}),
    ("P", "ขยะผ่านเกณฑ์ไหม", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("L", "wifi หลุดไหม", "Unknown", {}),
]

TO_A_COLLEAGUE: list[Case] = [
    ("L", "คุณวิภา ช่วยร่างบันทึกข้อความแจ้งเวียนทุกกองเรื่องส่งแผนด้วยครับ", "Unknown", {}),
    ("P", "น้องจุ๋ม ทำหนังสือแจ้งอำเภอเรื่องส่งข้อมูลขยะด้วยนะ", "Unknown", {}),
    ("P", "น้องแอน ช่วยโทรตามอำเภอเรื่องตัวเลขขยะด้วยนะ", "Unknown", {}),
    ("O", "พี่ครับ ร่างหลักสูตรสอบฉบับล่าสุดอยู่โฟลเดอร์ไหนครับ", "Unknown", {}),
    ("L", "พี่หน่อยคะ ไฟล์แผนกองกลางเก็บไว้โฟลเดอร์ไหนคะ", "Unknown", {}),
    # Near misses: the bot called, where to upload asked, a sending told, who has not sent.
    ("L", "น้องบอท ช่วยสรุปเรื่องส่งแผนด้วยครับ", "Status", {}),
    ("L", "พี่คะ แผนต้องอัปโหลดไว้โฟลเดอร์ไหนคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ไฟล์แผนต้องอัปโหลดเข้าโฟลเดอร์ไหนครับ", "RuleQuestion", {"topic": "channel"}),
    ("L", "คุณวิภา ส่งแผนแล้วนะ", "MarkStep", {"step": "3"}),
    ("L", "พี่คะ ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
]

YEAR_AND_LAUGH: list[Case] = [
    ("L", "close year 2567", "CloseYear", {"year": 2567}),
    ("L", "close fiscal year 2568", "CloseYear", {"year": 2568}),
    ("B", "Close Year 2568 please", "CloseYear", {"year": 2568}),
    ("L", "close year", "CloseYear", {}),
    ("L", "55", "SmallTalk", {"kind": "laugh"}),
    ("L", "55+", "SmallTalk", {"kind": "laugh"}),
    # Near misses: other bare figures, a figure of an indicator.
    ("L", "58", "Unknown", {}),
    ("L", "85", "Unknown", {}),
]


@readings(WHO_WILL_ASK)
def test_a_superior_who_will_ask_is_why_the_summary_is_wanted(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHO_HAS_NOT_SENT)
def test_who_has_not_sent_asked_formally_or_as_heard(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEWCOMER_AFTER_THE_ASK)
def test_the_newcomers_news_after_the_ask_names_no_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SHORT_OF_THE_BAR)
def test_falling_short_of_the_bar_asked_is_the_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TO_A_COLLEAGUE)
def test_an_order_or_a_file_asked_of_a_colleague_is_theirs(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(YEAR_AND_LAUGH)
def test_the_year_to_close_in_english_and_a_short_laugh(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
