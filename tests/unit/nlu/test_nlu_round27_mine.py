"""Round 27, found on arrival: a meeting about to be attended is not attended.

"สถานะหน่อยคร้าบบ รีบๆ เดี๋ยวเข้าประชุมผู้บริหาร 9 โมง" asked for the status and was read as step 2
attended (a question read as a write): "เดี๋ยว…" (in a moment), "กำลังจะ…", "ต้อง…", "เตรียม(ตัว)…"
and "ขอตัวไป…" before a meeting say it is still to come, as "จะ…" already did.
Near misses: a meeting attended, with a count or a share, stays step 2's.

The same meeting told as the asker's reason is no step and no other body's schedule asked:
"หมดเขตวันไหนคะ พรุ่งนี้ต้องเข้าประชุมผู้บริหาร" (a due asked, read as nothing), "ใครค้างส่งบ้างครับ
จะเข้าประชุมบ่ายนี้" (who is missing, read as step 2's). Near misses: another body's meeting asked
about ("กำหนดการประชุมผู้บริหารเดือนหน้าออกยัง") is not ours; who has not attended the briefing
is step 2's.

Who is left, asked with "เหลือ" ("เหลือใครอีกคะ", "เหลือกองไหนอีก", "ตามใครอยู่บ้าง"), is who has not
sent; what is left over for the taking ("ขนมเหลือ ใครเอาบ้าง") is office life.

"ใหน" is ไหน typed with ใ (no Thai word holds it): "pmqa ไปถึงใหนแล้ว" read indicator 1.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import read_as_writes, readings, settled

NOT_WRITES = [
    ("L", "สถานะหน่อยคร้าบบ รีบๆ เดี๋ยวเข้าประชุมผู้บริหาร 9 โมง"),
    ("L", "เดี๋ยวเข้าประชุมผู้บริหาร 9 โมง"),
    ("L", "เดี๋ยวไปเข้าประชุมก่อนนะคะ"),
    ("L", "กำลังจะเข้าประชุม 10 โมงครับ"),
    ("L", "บ่ายนี้ต้องเข้าประชุม 2 ชั่วโมง"),
    ("L", "เตรียมตัวเข้าร่วมกิจกรรมพรุ่งนี้ค่ะ"),
    ("L", "ขอตัวไปเข้าประชุมก่อนนะครับ"),
    ("L", "อรุณสวัสดิ์ค่ะ ขอภาพรวมของทุกกองก่อนเข้าประชุมกับท่านรองปลัด 10 โมงนะคะ"),
    ("L", "ขอสรุปก่อนไปเข้าร่วมประชุมบ่ายนี้ครับ"),
    ("L", "ขอภาพรวมหน่อยค่ะ เดี๋ยวต้องเข้าร่วมประชุมกับท่านปลัด"),
]
ATTENDED = [
    ("L", "กองคลังเข้าประชุม 3 ครั้ง", "MarkStep", {"step": "2", "value": "3", "unit": "กองคลัง"}),
    ("L", "กองคลังเข้าประชุมชี้แจงแล้วค่ะ", "MarkStep", {"step": "2", "unit": "กองคลัง"}),
    ("L", "กองกลางเข้าร่วมประชุมชี้แจงเรียบร้อยแล้วครับ", "MarkStep", {"step": "2", "unit": "กองกลาง"}),
    ("L", "ทีม PMQA เข้าร่วม 80% ค่ะ", "MarkStep", {"step": "2", "value": "80"}),
]


@readings([(org, text, "", {}) for org, text in NOT_WRITES])
def test_a_meeting_about_to_start_is_no_write(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert category(*settled(text, org)) != "write"


@readings(ATTENDED)
def test_a_meeting_attended_stays_step_2(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


BACKGROUND = [
    ("L", "หมดเขตวันไหนคะ พรุ่งนี้ต้องเข้าประชุมผู้บริหาร", "Deadlines", {}),
    ("L", "กำหนดส่งแผนวันไหนคะ จะเข้าประชุมผู้บริหารพรุ่งนี้", "Deadlines", {"step": "3"}),
    ("L", "อีกกี่วันหมดเขตครับ เดี๋ยวต้องเข้าประชุมคณะกรรมการ", "Deadlines", {}),
    ("L", "ใครค้างส่งบ้างครับ จะเข้าประชุมบ่ายนี้", "Missing", {}),
    ("L", "ใครยังไม่ส่ง จะเข้าประชุมบ่ายนี้", "Missing", {}),
    ("L", "กองไหนยังไม่ส่งคะ ต้องเข้าประชุมผู้บริหาร 10 โมง", "Missing", {}),
    ("L", "ใครยังไม่ส่งแผนคะ เดี๋ยวต้องเข้าประชุมกับท่านปลัด", "Missing", {"step": "3"}),
]
OURS_OR_NOT = [
    ("L", "กำหนดการประชุมผู้บริหารเดือนหน้าออกยัง", "Unknown", {}),
    ("L", "ประชุมผู้บริหารวันไหนนะ", "Unknown", {}),
    ("L", "ใครยังไม่เข้าประชุมชี้แจงบ้างคะ", "Missing", {"step": "2"}),
    ("L", "กองไหนยังไม่เข้าร่วมกิจกรรมบ้าง", "Missing", {"step": "2"}),
]


@readings(BACKGROUND + OURS_OR_NOT)
def test_a_meeting_to_attend_is_the_askers_reason(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


LEFT = [
    ("L", "เหลือใครอีกคะ", "Missing", {}),
    ("L", "เหลือใครบ้าง", "Missing", {}),
    ("L", "เหลือกองไหนอีกคะ", "Missing", {}),
    ("L", "ตามใครอยู่บ้าง", "Missing", {}),
    ("L", "ขั้นตอนที่ 3 เหลือหน่วยไหนบ้างคะ", "Missing", {"step": "3"}),
    ("L", "แผนเหลือใครอีกครับ", "Missing", {"step": "3"}),
]
LEFT_OVER = [
    ("L", "ขนมเหลือเยอะเลย ใครเอาบ้าง"),
    ("L", "ข้าวกล่องเหลือใครกินบ้างคะ"),
    ("L", "ตั๋วคอนเสิร์ตเหลือใบนึง ใครอยากได้บ้าง"),
]


@readings(LEFT + [(org, text, "Unknown", {}) for org, text in LEFT_OVER])
def test_who_is_left(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


WHICH_MISTYPED = [
    ("L", "pmqa ไปถึงใหนแล้ว", "Status", {}),
    ("L", "กองคลังถึงใหนแล้วคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ส่งแผนทางใหนคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ใครยังไม่ส่งแผน กองใหนบ้าง", "Missing", {"step": "3"}),
    ("L", "ใหม่ๆ ใหญ่ๆ ใส่ใจ", "Unknown", {}),
]


@readings(WHICH_MISTYPED)
def test_which_typed_with_the_other_ai(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


DAY_OF_THE_STEP = [
    ("L", "ใครยังไม่เข้าประชุมชี้แจงเมื่อ 20 ธ.ค. บ้างคะ", "Missing", {"step": "2"}),
    ("L", "กองไหนยังไม่เข้าร่วมประชุมชี้แจงเมื่อวันที่ 20 ธ.ค. 67", "Missing", {"step": "2"}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมตอน 26 พ.ย. บ้าง", "Missing", {"step": "1"}),
]


@readings(DAY_OF_THE_STEP)
def test_the_day_of_a_step_names_no_step(org: str, text: str, intent: str, slots: dict) -> None:
    """ "เมื่อ 20 ธ.ค.": the day of the meeting asked about, not a word of the step's name."""
    assert settled(text, org) == (intent, slots)


BEFORE_THE_DEADLINE = [
    (
        "P",
        "ขยะ 52.3 ครับ ก่อนหมดเขต",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    (
        "P",
        "ส่งผลขยะ 52.3 ก่อนหมดเขตนะคะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    (
        "B",
        "ส่งผล GD Catalog 44 ชุดครับ ก่อนหมดเขต",
        "SubmitValue",
        {"indicator": "5", "value": "44", "raw_value": "44"},
    ),
    ("P", "ส่งผลขยะก่อนหมดเขตได้ไหม", "Deadlines", {}),
    ("P", "ขยะ 52.3 ต้องส่งก่อนหมดเขตวันไหนคะ", "Deadlines", {}),
]


@readings(BEFORE_THE_DEADLINE)
def test_a_figure_sent_before_the_deadline(org: str, text: str, intent: str, slots: dict) -> None:
    """ "ขยะ 52.3 ครับ ก่อนหมดเขต": a figure told as sent in time, no due asked."""
    assert settled(text, org) == (intent, slots)


def test_urging_to_send_before_the_deadline_is_no_write() -> None:
    assert read_as_writes(["ส่งผลขยะก่อนหมดเขตนะคะ", "รีบส่งแผนก่อนหมดเขตนะครับทุกคน"], "P") == []


WINDOW_CLOSED = [
    ("L", "ส่งรายชื่อทีม PMQA ปิดไปแล้วเหรอคะ กองเราเพิ่งได้คนใหม่มา", "Deadlines", {"step": "1"}),
    ("L", "ส่งแผนปิดแล้วหรือยัง", "Deadlines", {"step": "3"}),
    ("L", "ฟอร์ม 4 ปิดไปแล้วเหรอ", "Deadlines", {"step": "4"}),
    ("L", "ส่งแผนปิดรับแล้วหรือยัง", "Deadlines", {"step": "3"}),
    ("L", "ร้านกาแฟปิดแล้วเหรอ", "Unknown", {}),
    ("L", "ส่งแผนแล้วค่ะ ปิดจ็อบ", "MarkStep", {"step": "3"}),
]


@readings(WINDOW_CLOSED)
def test_a_window_closed_asked_by_the_step(org: str, text: str, intent: str, slots: dict) -> None:
    """ "ส่งรายชื่อทีม PMQA ปิดไปแล้วเหรอ": whether the step's window has closed (read as who had
    not sent it)."""
    assert settled(text, org) == (intent, slots)


# Where one stands is no unit one belongs to: "ผมอยู่หน้ากองคลังแล้วครับ" (in front of it),
# "…ที่กองคลังครับ รอเซ็นเอกสาร" (waiting there) registered the sender.
PLACES = [
    ("L", "ผมอยู่หน้ากองคลังแล้วครับ"),
    ("L", "หนูอยู่แถวกองกลางค่ะ"),
    ("L", "ผมอยู่ข้างศทส.ครับ"),
    ("L", "ผมอยู่ที่กองคลังครับ รอเซ็นเอกสาร"),
    ("L", "หนูอยู่ตรงกองการเจ้าหน้าที่ค่ะ มารับเลย"),
]
BELONGING = [
    ("L", "ผมอยู่กองคลังครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    # Where one stands, beside a registration of one's unit, keeps the registration.
    ("L", "ลงทะเบียนกองกลางค่ะ ตอนนี้อยู่หน้าห้องประชุม", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ลงทะเบียนกองคลังค่ะ ผมอยู่แถวชั้น 5", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ลงทะเบียนค่ะ อยู่ที่กองคลัง รอบที่แล้วลงไม่ได้", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ผมอยู่ที่กองคลังครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "หนูอยู่กองคลังมา 5 ปีแล้วค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
]


@readings([(org, text, "", {}) for org, text in PLACES])
def test_where_one_stands_registers_nobody(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org)[0] != "RegisterUnit"


@readings(BELONGING)
def test_the_unit_one_belongs_to_registers(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# The card answered in English whole sentences ("Yes, that's right", "No, don't save it"); with
# anything more said ("Yes, see you at 2", "no, don't worry") it is no answer.
CARD_IN_ENGLISH = [
    ("L", "Yes, that's right", "Confirm", {}),
    ("L", "yes that is correct", "Confirm", {}),
    ("L", "No, don't save it", "Cancel", {}),
    ("L", "no don't save", "Cancel", {}),
    ("L", "Yes, see you at 2", "Unknown", {}),
    ("L", "no, don't worry", "Unknown", {}),
]


@readings(CARD_IN_ENGLISH)
def test_the_card_answered_in_english(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# A registration told done, no unit named ("ขอบคุณครับ ลงทะเบียนเรียบร้อยแล้ว"), registers nobody:
# it read as a unit "เรียบร้อย".
DONE_ALREADY = [
    ("L", "ขอบคุณครับ ลงทะเบียนเรียบร้อยแล้ว", "SmallTalk", {"kind": "thanks"}),
    ("L", "ลงทะเบียนเรียบร้อยแล้วค่ะ", "", {}),
    ("L", "สมัครเสร็จแล้วครับ", "", {}),
]


@readings(DONE_ALREADY)
def test_a_registration_told_done_registers_nobody(
    org: str, text: str, intent: str, slots: dict
) -> None:
    got = settled(text, org)
    assert got[0] != "RegisterUnit" and (not intent or got == (intent, slots))
