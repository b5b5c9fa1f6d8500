"""Round 37 (status37): where things stand and who has not sent, asked in many ways.

(1) Who has not sent, asked with words around the ask that name no step: the asker's
meeting drawing near ("ใกล้ประชุมแล้ว"), how many are short until all are in ("…จะครบ"), the
round before it closes ("ก่อนปิดรอบ 1"), the list wanted ("ช่วยลิสต์รายชื่อกองให้หน่อย"), the
chase already made and the asker's doubt ("โทรตามไปหลายกองแล้ว ไม่แน่ใจว่า…"), and the same
asked in English ("who's left?", "…sent names?"). Near misses: the meeting or the team's list
sent as the step asked of keeps its step.

(2) Where things stand: how far, asked bare ("ถึงไหน") of a trip or another matter in everyday
words, is chat; the average over every unit ("คะแนนเฉลี่ยทุกกอง"), the boss's wish for data
told first ("ท่านผู้ว่าขอข้อมูลด่วน …"), a meeting the asker is back from ("เข้าประชุมกับท่าน
ปลัดมา …") name nothing of the plan; thanks for the answer got ("ขอบคุณครับ ได้สรุปแล้ว") is
thanks; a letter held after a cue word's typo ("สถานนะล่าสุดด") is read once both are mended.

(3) The history: who recorded that something was done, denied after ("ใครเป็นคนบันทึกว่า
กค. ส่งแผนแล้วคะ ยังไม่ได้ส่งเลย"), is the unit's history, not its status; a unit glued to
ของ after the ask ("…ค่ะ ขอของกองคลังนะคะ") is whose history it is; a moment ago ("เมื่อ
สักครู่", "ตะกี้") names nothing. Near misses: a record asked for is a write, nobody having
recorded it is the unit's status, who has not sent stays who has not sent.

(4) Settings, newcomers and replies: the digest called by what it sums up ("เปิดสรุปสถานะราย
สัปดาห์"), the days changed after "เปลี่ยนเป็นเตือน", how to set reminders ("ตั้งค่าเตือนทำยังไง")
and whether one must register again are help; the unit's kind changed ("เปลี่ยนหน่วยงานเป็น …")
is a move; an okay before thanks and a laugh at the bot's reminders are small talk. Near misses:
how reminders are set shows them, a data set registered is the indicator's, someone else's move
registers nobody, a favour or a report after the courtesy keeps its reading.

(5) Office life and corrections: days counted to the pay ("อีกกี่วันจะได้โบนัส") are no
deadline; "สรุป" ("so") before a meeting's room, hour or move is no summary; "must be" after a
no to the card ("ผิดค่ะ ต้องเป็นกองนิติการส่งแผน ไม่ใช่กองคลัง") corrects the unit; what must be
done for the time gone by ("ต้องเข้าประชุมย้อนหลังไหม") is no history. Near misses: a step's
days left, a holiday beside a due, the briefing's room, an order of who sends first.

(6) Which indicators have no result yet, asked "in the system" with the asking word glued
("…ในระบบบ้าง") or of the organisation by its own name ("ของสำนักงบประมาณ"), names none of them;
a yes then the card's claim said back as really so ("ยืนยันค่ะ ส่งรายชื่อทีมแล้วจริงๆ", "ใช่ครับ
ผมอยู่กนต.จริง") or nothing to mend ("ไม่ต้องแก้แล้ว") is the yes. Near misses: an indicator named
keeps it, a yes followed by news of a step is that news.

(7) Who has not sent, with who wants to know said last ("…บ้างครับ กพร.ขอมา", "กพร. จะทำ
หนังสือทวง": a unit asking or chasing, no unit asked of), the answer wanted as units' names ("ขอ
เป็นชื่อกองเลย": no team list), the plan's forms in English ("forms 1-3"). Near misses: a unit
addressed after a question of its own sending is asked of; the team list named stays step 1.

(8) The units around the ask: a colleague called after "…ยัง" ("ส่งแผนไปยังคะพี่") still asks;
a verb glued after a short name's dot is no part of it ("สงป.ได้ (คะแนน) เท่าไหร่"); the
checker asked whether it checked ("กพร. ตรวจให้ยัง") and a unit set aside ("ยกเว้นกองคลัง")
are not asked of; "ก่อนปิดรับ" before who has not sent asks of no closing. Near misses: chat
called to a colleague, a unit's own short name, a window's closing asked.

(9) Who has not sent, after the deadline gone by told first ("หมดเขตไปแล้ว ยังมีใครไม่ส่งอีกไหม":
no step named) or counted ("รายชื่อทีมค้างกี่กองแล้ว": the prefix left by the count is no unit).
Near misses: the deadline of a step named names it; a deadline asked stays a deadline.

(10) A newcomer's unit told with the work taken on ("หนูจากกองคลังค่ะ รับผิดชอบ PMQA ปีนี้",
"ผมเป็นผู้ประสานงาน PMQA ของกองกลาง") registers the unit, the PMQA named no indicator asked.
Near misses: who is responsible or the coordinator, asked, are the team's members.

(11) A unit's sending or level asked, then why it is asked: the window near ("ใกล้เปิดรับแล้ว"),
the binding to come ("ขอเช็คก่อนรวมเล่ม"), what the unit's head will do ("ผอ.ศูนย์จะเข้าประชุม
…": the head, no other unit). Near misses: a window asked, binding asked, the head alone.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Who has not sent: the words around the ask name no step.
AROUND_THE_ASK: list[Case] = [
    ("L", "กองไหนยังไม่ส่งบ้าง ใกล้จะประชุมแล้วค่ะ", "Missing", {}),
    ("L", "ใครยังไม่ส่งอะไรบ้างคะ ใกล้ประชุมแล้ว", "Missing", {}),
    ("L", "ยังขาดอีกกี่กองถึงจะครบ", "Missing", {}),
    ("L", "ขาดกี่หน่วยจะครบคะ", "Missing", {}),
    ("L", "มีใครยังไม่ส่งอะไรบ้าง ก่อนปิดรอบ 2", "Missing", {}),
    ("L", "หัวหน้าให้ตามกองที่ยังไม่ส่งแผน บอทช่วยลิสต์รายชื่อกองให้หน่อยค่ะ", "Missing", {"step": "3"}),
    (
        "L",
        "เมื่อวานโทรตามไปหลายกองแล้ว ไม่แน่ใจว่าใครส่งแล้วบ้าง กองไหนยังไม่ส่งรายงานผล",
        "Missing",
        {"step": "4"},
    ),
    ("L", "ทวงไปหลายรอบแล้ว กองไหนยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "who is left?", "Missing", {}),
    ("L", "which units are left?", "Missing", {}),
    ("L", "who still hasn't sent the names?", "Missing", {"step": "1"}),
]

# (1) Near misses: the step asked of is named.
STEP_NAMED: list[Case] = [
    ("L", "ใครยังไม่ลงชื่อเข้าประชุมบ้าง", "Missing", {"step": "2"}),
    ("L", "ใครยังไม่เข้าประชุมบ้าง ใกล้ประชุมครั้งหน้าแล้ว", "Missing", {"step": "2"}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้าง ใกล้ประชุมแล้ว", "Missing", {"step": "1"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง ใกล้หมดเขตแล้ว", "Missing", {"step": "3"}),
    ("L", "ขาดกี่กองคะ", "Missing", {}),
    ("L", "ใครยังไม่ส่งบ้าง กองคลังส่งยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "who left early today?", "Unknown", {}),
]


@readings(AROUND_THE_ASK)
def test_who_has_not_sent_asked_with_words_naming_no_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEP_NAMED)
def test_who_has_not_sent_a_step_named_keeps_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_this_round_is_read_as_a_write() -> None:
    assert unlabelled_writes(AROUND_THE_ASK + STEP_NAMED) == []


# (2) Where things stand.
STATUS_OR_NOT: list[Case] = [
    ("L", "รถติดมากเลย ไม่รู้ว่าตอนนี้ถึงไหนแล้ว", "Unknown", {}),
    ("L", "ถึงไหนแล้วคะพี่ รออยู่ที่ล็อบบี้นะคะ", "Unknown", {}),
    ("P", "เรื่องร้องเรียนไฟถนนดับหน้าหมู่บ้านถึงไหนแล้วคะ", "Unknown", {}),
    ("L", "คะแนนเฉลี่ยของทุกหน่วยงานได้เท่าไหร่", "Status", {}),
    ("P", "ท่านผู้ว่าขอข้อมูลด่วน ขอสรุปภาพรวมหน่อย", "Status", {}),
    ("L", "เลขาท่านผอ.ขอข้อมูลด่วนค่ะ สรุปสถานะให้หน่อย", "Status", {}),
    (
        "L",
        "เมื่อเช้าเข้าประชุมกับท่านรองมา ท่านถามเรื่อง PMQA ว่าคืบหน้ายังไง ขอภาพรวมหน่อยค่ะ",
        "Status",
        {},
    ),
    ("L", "ขอบคุณครับ ได้สรุปแล้วครับ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ได้ข้อมูลครบแล้วค่ะ ขอบคุณค่ะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "สถานนะล่าสุดดค่ะ", "Status", {}),
]

# (2) Near misses: a unit, an indicator, attending or another ask named keeps its reading.
STATUS_NAMED: list[Case] = [
    ("L", "ถึงไหนแล้วคะ", "Status", {}),
    ("L", "ตอนนี้งานเราไปถึงไหนแล้วคะพี่", "Status", {}),
    ("L", "กองคลังถึงไหนแล้วคะพี่", "Status", {"unit": "กองคลัง"}),
    ("P", "ขยะถึงไหนแล้ว", "IndicatorQuery", {"indicator": "2"}),
    ("L", "ตัวชี้วัด 1 คะแนนเฉลี่ยทุกกองเท่าไหร่", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("P", "ท่านผู้ว่าถามข้อมูลขยะ ได้เท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "เมื่อวานเข้าประชุมไม่ได้ นับยังไงคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ส่งตัวแทนเข้าประชุมแทนได้ไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ขอบคุณครับ ได้ภาพรวมแล้ว แล้วกองคลังล่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ขอบคุณค่ะ ขอภาพรวมด้วย", "Status", {}),
    ("L", "hello everyone, new member here", "SmallTalk", {"kind": "greeting"}),
]


@readings(STATUS_OR_NOT)
def test_where_things_stand_asked_around_words_naming_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STATUS_NAMED)
def test_where_things_stand_of_something_named_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_status_question_of_this_round_is_read_as_a_write() -> None:
    assert unlabelled_writes(STATUS_OR_NOT + STATUS_NAMED) == []


# (3) The history.
HISTORY: list[Case] = [
    ("L", "ใครเป็นคนบันทึกว่า กค. ส่งแผนแล้วคะ ยังไม่ได้ส่งเลยนะ", "History", {"unit": "กองคลัง"}),
    ("L", "ใครไปกดว่ากองกลางส่งรายชื่อแล้ว ยังไม่ได้ส่งนะคะ", "History", {"unit": "กองกลาง"}),
    (
        "L",
        "ใครลงไว้ว่าศทส.เข้าประชุมแล้ว ยังไม่ได้เข้าเลยค่ะ",
        "History",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "ขอประวัติการส่งค่ะ ขอของกองคลังนะคะ", "History", {"unit": "กองคลัง"}),
    ("L", "เมื่อสักครู่ใครส่งอะไรมาบ้าง", "History", {}),
    ("L", "ตะกี้ใครบันทึกอะไรไปบ้างคะ", "History", {}),
]

# (3) Near misses.
NOT_HISTORY: list[Case] = [
    ("L", "บันทึกว่ากองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ยังไม่มีใครบันทึกว่ากองคลังส่งแผนใช่ไหม", "Status", {"unit": "กองคลัง"}),
    ("L", "ใครยังไม่ได้ส่งแผน", "Missing", {"step": "3"}),
    ("L", "ขอดูประวัติการบันทึกค่ะ อยากรู้ว่าของกองเราครบไหม", "History", {}),
    ("P", "เมื่อกี้ใครอัปเดตผลขยะ", "History", {"indicator": "2"}),
]


@readings(HISTORY)
def test_who_recorded_what_is_the_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_HISTORY)
def test_a_record_asked_for_or_not_made_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_history_question_is_read_as_a_write() -> None:
    assert unlabelled_writes(HISTORY + NOT_HISTORY) == []


# (4) Settings, newcomers and replies.
SETTINGS_AND_REPLIES: list[Case] = [
    ("L", "เปิดสรุปความคืบหน้ารายสัปดาห์ให้ด้วยค่ะ", "ReminderSettings", {"action": "digest_on"}),
    ("L", "ปิดสรุปสถานะรายสัปดาห์ค่ะ", "ReminderSettings", {"action": "digest_off"}),
    ("L", "ขอเปลี่ยนเป็นเตือน 7 3 นะคะ", "ReminderSettings", {"action": "set", "days": [7, 3]}),
    ("L", "เปิดเตือนต้องทำอย่างไร", "Help", {}),
    ("L", "วิธีตั้งแจ้งเตือนคะ", "Help", {}),
    ("L", "ต้องลงทะเบียนใหม่ไหมคะ ถ้าย้ายกอง", "Help", {}),
    ("L", "ขอเปลี่ยนหน่วยงานเป็นกองคลังค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "โอเคค่ะ ขอบคุณค่ะ สรุปชัดเจนดีมาก", "SmallTalk", {"kind": "thanks"}),
    ("L", "555 บอทเตือนทุกวันจนจำได้แล้ว", "SmallTalk", {"kind": "laugh"}),
]

# (4) Near misses.
SETTINGS_NEAR: list[Case] = [
    ("L", "ตั้งเตือนไว้ยังไงบ้าง", "ReminderSettings", {"action": "show"}),
    ("L", "ตั้งเตือน 7 3 1", "ReminderSettings", {"action": "set", "days": [7, 3, 1]}),
    ("L", "เปิดสรุปรายสัปดาห์ด้วยค่ะ", "ReminderSettings", {"action": "digest_on"}),
    (
        "O",
        "GD Catalog ต้องลงทะเบียนกี่ชุดถึงได้ขั้นมาตรฐาน",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "criteria"},
    ),
    ("L", "พี่สมชายเปลี่ยนหน่วยงานเป็นกองคลังแล้ว", "Unknown", {}),
    ("L", "ok ขอบคุณครับ ขอดูกำหนดส่งแผนหน่อย", "Deadlines", {"step": "3"}),
    ("L", "555 โดนบอทเตือนทุกเช้า ส่งแผนแล้วนะ", "MarkStep", {"step": "3"}),
]


@readings(SETTINGS_AND_REPLIES)
def test_settings_newcomers_and_replies(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SETTINGS_NEAR)
def test_settings_shown_and_reports_after_courtesy_keep_their_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_the_settings_is_read_as_a_write() -> None:
    assert unlabelled_writes(SETTINGS_AND_REPLIES + SETTINGS_NEAR) == []


# (5) Office life and corrections.
OFFICE_LIFE: list[Case] = [
    ("L", "อีกกี่วันจะได้โบนัสนะ 555", "Unknown", {}),
    ("L", "สรุปพรุ่งนี้ประชุมกี่โมงคะ", "Unknown", {}),
    ("L", "สรุปเลื่อนประชุมไปวันไหนนะ", "Unknown", {}),
    ("L", "ผิดค่ะ ต้องเป็นกองนิติการส่งแผน ไม่ใช่กองคลัง", "MarkStep", {"step": "3", "unit": "กองนิติการ"}),
    ("L", "พนักงานใหม่ต้องเข้าประชุมย้อนหลังไหม นับยังไงคะ", "RuleQuestion", {"topic": "attendance"}),
]

# (5) Near misses.
OFFICE_NEAR: list[Case] = [
    ("L", "เหลือกี่วันจะส่งแผน", "Deadlines", {"step": "3"}),
    ("L", "กำหนดส่งแผนวันไหน ติดวันหยุดยาวด้วย", "Deadlines", {"step": "3"}),
    ("L", "สรุปประชุมห้องไหนคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "สรุปผลการเข้าประชุมของทุกกอง", "Status", {}),
    ("L", "ต้องเป็นกองกลางส่งแผนก่อน ไม่ใช่กองคลังส่งก่อน", "Unknown", {}),
    ("L", "ขอดูประวัติย้อนหลังของกองคลัง", "History", {"unit": "กองคลัง"}),
]


@readings(OFFICE_LIFE)
def test_office_life_and_corrections(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OFFICE_NEAR)
def test_deadlines_meetings_and_orders_keep_their_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_office_question_is_read_as_a_write() -> None:
    assert unlabelled_writes(OFFICE_LIFE + OFFICE_NEAR) == []


# (6) No result yet of which indicators; a yes said with the card's claim.
NO_RESULT_AND_YES: list[Case] = [
    ("P", "ตัวชี้วัดไหนยังไม่มีผลในระบบบ้างคะ", "Missing", {}),
    ("B", "ตัวชี้วัดไหนของสำนักงบประมาณยังไม่มีผลบันทึกบ้าง", "Missing", {}),
    ("O", "ตัวชี้วัดไหนของ ก.พ. ยังไม่มีผลเข้าระบบบ้างครับ", "Missing", {}),
    ("L", "ยืนยันค่ะ ส่งรายชื่อทีมแล้วจริงๆ", "Confirm", {}),
    ("L", "ใช่ครับ ผมอยู่กนต.จริง", "Confirm", {}),
    ("L", "ถูกต้องครับ ไม่ต้องแก้แล้วครับ", "Confirm", {}),
]

# (6) Near misses.
NO_RESULT_NEAR: list[Case] = [
    ("P", "ขยะยังไม่มีผลในระบบใช่ไหม", "Missing", {"indicator": "2"}),
    ("P", "ขยะของปทุมธานียังไม่มีผลใช่ไหม", "Missing", {"indicator": "2"}),
    ("L", "ใช่ค่ะ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ใช่ค่ะ ส่งแผนแล้ว จริงๆ แล้วส่งตั้งแต่เมื่อวาน", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
]


@readings(NO_RESULT_AND_YES)
def test_no_result_of_any_and_a_yes_with_the_claim(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NO_RESULT_NEAR)
def test_an_indicator_named_or_news_after_a_yes_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_the_results_is_read_as_a_write() -> None:
    assert unlabelled_writes(NO_RESULT_AND_YES + NO_RESULT_NEAR) == []


# (7) Who asks, how the answer is wanted.
WHO_WANTS_IT: list[Case] = [
    ("L", "ใครยังไม่ส่งแผนบ้างครับ กพร.ขอมา", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งรายงานผลบ้างคะ กพร. จะทำหนังสือทวง", "Missing", {"step": "4"}),
    ("L", "กองไหนยังไม่ส่งรายงานผล ขอเป็นชื่อกองเลยค่ะ", "Missing", {"step": "4"}),
    ("L", "who still hasn't sent forms 1-3 yet?", "Missing", {"step": "3"}),
]

# (7) Near misses.
WHO_WANTS_IT_NEAR: list[Case] = [
    ("L", "ส่งแผนแล้วจริงเหรอคะ กจ. หนูไม่เห็นในไดรฟ์", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง ผอ.ถามมา", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งรายชื่อบ้าง", "Missing", {"step": "1"}),
    ("L", "forms 1-3 sent already", "MarkStep", {"step": "3"}),
]


@readings(WHO_WANTS_IT)
def test_who_wants_to_know_names_no_unit_asked_of(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHO_WANTS_IT_NEAR)
def test_a_unit_asked_of_or_a_list_named_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_who_wants_it_is_read_as_a_write() -> None:
    assert unlabelled_writes(WHO_WANTS_IT + WHO_WANTS_IT_NEAR) == []


# (8) The units around the ask.
UNITS_AROUND: list[Case] = [
    ("L", "กองกลางส่งรายชื่อทีมไปยังคะพี่", "Status", {"unit": "กองกลาง"}),
    ("B", "สงป.ได้คะแนนเท่าไหร่แล้วคะ", "Status", {}),
    ("L", "กองคลังแผนผ่านหรือยังคะ กพร. ตรวจให้ยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ก่อนปิดรับ ขอรายชื่อกองที่ยังไม่ส่งรายงานผลหน่อยค่ะ", "Missing", {"step": "4"}),
    ("L", "ยกเว้นกองคลัง ใครยังไม่ส่งรายชื่อบ้าง", "Missing", {"step": "1"}),
]

# (8) Near misses.
UNITS_AROUND_NEAR: list[Case] = [
    ("L", "ไปกินข้าวยังพี่", "Unknown", {}),
    ("L", "กจ.ได้คะแนนรวมเท่าไหร่", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "แบบฟอร์ม 4 ปิดรับรึยัง", "Deadlines", {"step": "4"}),
    ("L", "นอกจากแผนแล้ว กองคลังยังขาดอะไรอีก", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "กพร. ตรวจแผนกองกลางแล้ว บอกว่าผ่านค่ะ",
        "MarkStep",
        {"step": "3", "passed": True, "unit": "กองกลาง"},
    ),
]


@readings(UNITS_AROUND)
def test_units_around_the_ask_that_are_not_asked_of(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNITS_AROUND_NEAR)
def test_chat_a_units_own_name_and_a_closing_keep_their_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_the_units_around_is_read_as_a_write() -> None:
    assert unlabelled_writes(UNITS_AROUND + UNITS_AROUND_NEAR) == []


# (9) After the deadline, and counted.
AFTER_THE_DEADLINE: list[Case] = [
    ("L", "หมดเขตไปแล้ว ยังมีใครไม่ส่งอีกไหมคะ", "Missing", {}),
    ("L", "รายชื่อทีมค้างกี่กองแล้วคะ", "Missing", {"step": "1"}),
]

# (9) Near misses.
AFTER_THE_DEADLINE_NEAR: list[Case] = [
    ("L", "หมดเขตส่งแผนไปแล้ว ใครยังไม่ส่ง", "Missing", {"step": "3"}),
    ("L", "แผนค้างกี่หน่วยแล้ว", "Missing", {"step": "3"}),
    ("L", "แผนหมดเขตวันไหน", "Deadlines", {"step": "3"}),
    ("L", "กองแล้วกองเล่า", "Unknown", {}),
]


@readings(AFTER_THE_DEADLINE + AFTER_THE_DEADLINE_NEAR)
def test_who_has_not_sent_after_the_deadline_or_counted(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_after_the_deadline_is_read_as_a_write() -> None:
    assert unlabelled_writes(AFTER_THE_DEADLINE + AFTER_THE_DEADLINE_NEAR) == []


# (10) A newcomer's unit with the work taken on.
WORK_TAKEN_ON: list[Case] = [
    ("L", "หนูจากกองคลังค่ะ รับผิดชอบ PMQA ปีนี้", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ผมเป็นผู้ประสานงาน PMQA ของกองกลางครับ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ใครรับผิดชอบ PMQA ของกองคลัง", "Members", {"unit": "กองคลัง"}),
    ("L", "ใครเป็นผู้ประสานงาน PMQA ของกองคลัง", "Members", {"unit": "กองคลัง"}),
    ("L", "PMQA ใครเป็นผู้ประสานงานคะ", "Members", {}),
]


@readings(WORK_TAKEN_ON)
def test_a_newcomers_unit_told_with_the_work_taken_on(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (11) A unit's status, then why it is asked.
WHY_ASKED: list[Case] = [
    ("L", "กองนิติการส่งแผนหรือยังคะ ใกล้เปิดรับแล้ว", "Status", {"unit": "กองนิติการ"}),
    (
        "L",
        "ศทส.ส่งรายงานผลหรือยังครับ ใกล้จะเปิดรับแล้ว",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "กองคลังส่งรายชื่อทีมหรือยังคะ ขอเช็คก่อนรวมเล่ม", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "ไอทีได้กี่คะแนนแล้วคะ ผอ.ศูนย์จะเข้าประชุมพรุ่งนี้",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
]

# (11) Near misses.
WHY_ASKED_NEAR: list[Case] = [
    ("L", "เปิดรับแผนยังคะ", "Deadlines", {"step": "3"}),
    ("L", "แผนต้องรวมเล่มไหม", "RuleQuestion", {"topic": "form"}),
    ("L", "กองคลังถึงไหนแล้ว ผอ.กองจะถามพรุ่งนี้", "Status", {"unit": "กองคลัง"}),
]


@readings(WHY_ASKED + WHY_ASKED_NEAR)
def test_a_units_status_then_why_it_is_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_status_asked_with_its_reason_is_read_as_a_write() -> None:
    assert unlabelled_writes(WHY_ASKED + WHY_ASKED_NEAR) == []
