"""Round 20 (dev_fresh50-52), more chatter: courtesy around what was received or what will be
done, apologies with a promise, complaints, and greetings to a team by its name.

1. Thanks or an acknowledgement said last after what was received ("ได้รับสรุปรายชื่อกองที่ค้าง
   ส่งแล้วครับ ขอบคุณครับ"), or first before what will be done with it ("ขอบคุณครับ สรุปนี้จะ
   นำเรียนท่านเลขาฯ ต่อ", "รับทราบครับ จะส่งผลตัวชี้วัดที่ 5 ภายในสิ้นเดือนนี้"), or thanks for
   a record kept well ("ขอบคุณครับ บันทึกเรียบร้อยดี"): SmallTalk, when nothing is asked.
2. An apology with a promise to send later ("ขอโทษค่ะ รับทราบค่ะ จะรีบส่งภายในวันศุกร์นะคะ",
   "เดี๋ยวพรุ่งนี้กองนิติการจะรีบส่งรายงานให้ครับ ขออภัยที่ล่าช้า"): an acknowledgement. Said to
   a colleague ("…นะคะพี่ เดี๋ยว…"), it stays their chat (Unknown, as the corpus labels it).
3. A complaint about a deadline or lateness with no question word ("กำหนดส่งกระชั้นชิดมากเลยนะ",
   "…ช้าแบบนี้ทุกปี"): no question (Unknown).
4. A greeting to a team by its name ("สวัสดีค่ะ OCSC PMQA team"): a greeting.
Near misses keep their readings.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 1. courtesy around what was received or what will be done ------------------------------------
RECEIVED_OR_NEXT = [
    ("L", "ได้รับสรุปรายชื่อกองที่ค้างส่งแล้วครับ ขอบคุณครับ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ได้รับตารางกำหนดส่งแล้วค่ะ ขอบคุณมากค่ะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณครับ สรุปนี้จะนำเรียนท่านเลขาฯ ต่อ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณค่ะ สรุปสถานะนี้จะนำเสนอผู้บริหารต่อนะคะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณครับ บันทึกเรียบร้อยดี", "SmallTalk", {"kind": "thanks"}),
    ("L", "รับทราบครับ จะส่งผลตัวชี้วัดที่ 5 ภายในสิ้นเดือนนี้", "SmallTalk", {"kind": "ack"}),
    ("L", "จะส่งแผนภายในศุกร์นี้ครับ รับทราบครับ", "SmallTalk", {"kind": "ack"}),
    # Near misses: a question, what was told done, news received of a unit's work.
    ("L", "ขอบคุณค่ะ แล้วกองคลังส่งหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "รับทราบค่ะ จะส่งแผนได้ถึงวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนแล้วครับ ขอบคุณครับ", "MarkStep", {"step": "3"}),
    ("L", "ขอบคุณค่ะ ส่งแผนเรียบร้อยแล้ว", "MarkStep", {"step": "3"}),
    (
        "L",
        "ได้รับแจ้งว่าแผนของ กนต. ผ่านแล้วค่ะ ขอบคุณค่ะ",
        "MarkStep",
        {"step": "3", "passed": True, "unit": "กองนิติการ"},
    ),
]


@readings(RECEIVED_OR_NEXT)
def test_courtesy_around_what_was_received_or_will_be_done(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 2. an apology with a promise ----------------------------------------------------------------
APOLOGY_AND_PROMISE = [
    ("L", "เดี๋ยวพรุ่งนี้กองนิติการจะรีบส่งรายงานให้ครับ ขออภัยที่ล่าช้า", "SmallTalk", {"kind": "ack"}),
    ("L", "ขอโทษค่ะ รับทราบค่ะ จะรีบส่งภายในวันศุกร์นะคะ", "SmallTalk", {"kind": "ack"}),
    (
        "L",
        "ขอโทษที่ตอบช้านะคะ ติดประชุมทั้งเช้า รับทราบค่ะ เดี๋ยวบ่ายนี้อัปไฟล์ให้",
        "SmallTalk",
        {"kind": "ack"},
    ),
    ("L", "ขออภัยที่ล่าช้าค่ะ กองคลังจะส่งแผนภายในวันพรุ่งนี้", "SmallTalk", {"kind": "ack"}),
    ("L", "ขอโทษครับ เดี๋ยวบ่ายนี้ส่งผลให้ครับ", "SmallTalk", {"kind": "ack"}),
    # Near misses: a report, a correction, a question, a colleague promised, an excuse alone.
    ("L", "ขอโทษค่ะ ส่งแผนแล้วนะคะ", "MarkStep", {"step": "3"}),
    ("L", "ขออภัยค่ะ แก้เป็น 52.3", "SubmitValue", {"value": "52.3", "raw_value": "52.3"}),
    ("L", "ขอโทษค่ะ จะส่งแผนได้ถึงวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "ขอโทษที่ตอบช้านะคะพี่ เดี๋ยวบ่ายนี้ส่งตัวเลขให้ค่ะ", "Unknown", {}),
    ("L", "ขอโทษที่ตอบช้านะครับ ติดประชุมอยู่", "Unknown", {}),
]


@readings(APOLOGY_AND_PROMISE)
def test_an_apology_with_a_promise_is_an_acknowledgement(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. a complaint -------------------------------------------------------------------------------
COMPLAINTS = [
    ("L", "กำหนดส่งกระชั้นชิดมากเลยนะ ปีใหม่เพิ่งผ่านไปเอง 😩", "Unknown", {}),
    ("L", "ขยะยังไม่ได้ผลจาก อปท. เลยครับ ช้าแบบนี้ทุกปี", "Unknown", {}),
    ("L", "กำหนดส่งรายงานผลกระชั้นชิดเกินไปครับ", "Unknown", {}),
    ("L", "ผลยาเสพติดมาช้าทุกปีเลย เหนื่อยใจ", "Unknown", {}),
    # Near misses: a question, a report beside the complaint.
    ("L", "กำหนดส่งแผนวันไหน", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนแล้วนะ ช้าแบบนี้ทุกปี", "MarkStep", {"step": "3"}),
]


@readings(COMPLAINTS)
def test_a_complaint_asks_nothing(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_question_beside_the_complaint_words_still_asks() -> None:
    assert settled("ขยะยังไม่ได้ผลเลยเหรอ")[0] == "IndicatorQuery"
    assert category(*settled("กำหนดส่งกระชั้นชิดแบบนี้ ขอเลื่อนได้ไหมคะ")) == "question"


# -- 4. a greeting to a team by its name ---------------------------------------------------------
GREETINGS = [
    ("O", "สวัสดีค่ะ OCSC PMQA team", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีครับ PMQA team", "SmallTalk", {"kind": "greeting"}),
    ("L", "hello PMQA team ครับ", "SmallTalk", {"kind": "greeting"}),
    ("P", "อรุณสวัสดิ์ค่ะ ทีมงาน PMQA", "SmallTalk", {"kind": "greeting"}),
    ("B", "สวัสดีครับ ทีม กพร. ทุกท่าน", "SmallTalk", {"kind": "greeting"}),
    # Near misses: a question or a report after the team's name.
    ("L", "สวัสดีค่ะ สถานะ", "Status", {}),
    (
        "O",
        "สวัสดีค่ะ PMQA team ได้คะแนนเท่าไหร่",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "score"},
    ),
    ("L", "สวัสดีค่ะ ทีม PMQA ส่งแผนแล้วนะคะ", "MarkStep", {"step": "1"}),
]


@readings(GREETINGS)
def test_a_greeting_to_a_team_by_its_name(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
