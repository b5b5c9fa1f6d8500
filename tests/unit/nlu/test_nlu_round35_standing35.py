"""Round 35 (standing35): the status and who is missing asked in other words; settings and
rule questions that read as other things; the group's chatter kept chatter.

The meeting an answer is for, by its hour or part of the day ("สรุปมาเลย ประชุม 10 โมง", "…ประชุม
กบจ. บ่ายนี้"), names nothing. The week asked of in English ("weekly update", "week นี้") and the
span compared with ("ดีขึ้นกว่าสัปดาห์ที่แล้วไหม") name nothing either. Which indicators do badly
("ยังแย่อยู่", "คะแนนยังต่ำ") or which units trail ("ตามหลัง", "เรียงจากน้อยไปมาก") is the overview.
Several steps asked of every unit at once ("ขั้น 1 2 3 ผ่านกี่กองแล้ว") is the status. Who has not
sent, asked with "still", "not even one step", "go through the names", or "forgot to send", is
who is missing; whether what one sent reached the system is the sender's status, and what a unit
said it sent, then asked of the system, the unit's. Whether reminders are on, asked, shows the
settings. How many dimensions a plan needs, which dimension a category counts as, and the level a
step would earn are the rules'; the words to command the bot with, asked, the help. A sending held
up for a signature, one's own leave, rubbish piling up outside and the shared drive's housekeeping
are the group's chatter.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) The meeting the answer is for, by its hour or part of the day: no name.
MEETING_WHEN: list[Case] = [
    ("L", "สรุปมาเลย ประชุม 10 โมง", "Status", {}),
    ("L", "สรุปให้หน่อย ประชุมบ่ายนี้", "Status", {}),
    ("L", "สรุปสถานะให้หน่อย ประชุม 9 โมงครึ่ง", "Status", {}),
    ("L", "ถึงไหนแล้วคะ ประชุม 13.30 น.", "Status", {}),
    ("P", "จังหวัดเราตอนนี้ได้กี่แต้มแล้วครับ ประชุม กบจ. บ่ายนี้", "Status", {}),
    ("P", "ตอนนี้ได้กี่คะแนนแล้ว ประชุมบ่ายนี้", "Status", {}),
    # Near misses: a unit or an indicator still named, who is missing, the attendance told.
    ("L", "กองคลังถึงไหนแล้ว ประชุม 10 โมง", "Status", {"unit": "กองคลัง"}),
    ("P", "ท่องเที่ยวได้กี่คะแนน ประชุม 10 โมง", "IndicatorQuery", {"indicator": "3", "aspect": "score"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง ประชุม 10 โมง", "Missing", {"step": "3"}),
    ("L", "ไอทีเข้าประชุม 90% ค่ะ", "MarkStep", {"step": "2", "value": "90", "unit": IT}),
    ("L", "ประชุม 10 โมงนะคะทุกคน", "Unknown", {}),
]

# (2) The week asked of in English, the span compared with: no name.
WEEK_COMPARED: list[Case] = [
    ("L", "ขอ weekly update ภาพรวม PMQA หน่อยค่ะ", "Status", {}),
    ("L", "weekly update หน่อยครับ", "Status", {}),
    ("L", "ภาพรวม week นี้เป็นไงบ้าง", "Status", {}),
    ("L", "ภาพรวม สป.รง. week นี้ดีขึ้นกว่า week ที่แล้วไหมครับ", "Status", {}),
    ("L", "ภาพรวมดีขึ้นกว่าเดือนที่แล้วไหมครับ", "Status", {}),
    ("P", "คะแนนจังหวัดดีขึ้นกว่ารอบที่แล้วไหม", "Status", {}),
    ("P", "ภาพรวมจังหวัดแย่ลงกว่าไตรมาสก่อนหรือเปล่า", "Status", {}),
    # Near misses: an indicator compared, the digest's own word.
    ("P", "ท่องเที่ยวดีขึ้นกว่าเดือนที่แล้วไหม", "IndicatorQuery", {"indicator": "3", "aspect": "result"}),
    ("P", "ยาเสพติดแย่ลงกว่ารอบก่อนหรือเปล่า", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("L", "ขอ weekly report ภาพรวมหน่อยค่ะ", "ReminderSettings", {"action": "digest_on"}),
]

# (3) Which indicators do badly, which units trail or rank lowest: the overview.
DOING_BADLY: list[Case] = [
    ("P", "ตัวชี้วัดไหนยังแย่อยู่บ้างคะ", "Status", {}),
    ("P", "ตัวไหนยังแย่อยู่", "Status", {}),
    ("P", "ตัวชี้วัดไหนคะแนนยังต่ำอยู่บ้าง", "Status", {}),
    ("P", "ตัวชี้วัดจังหวัดตัวไหนยังต่ำกว่าเป้าบ้างคะ", "Status", {}),
    ("L", "กองไหนตามหลังอยู่บ้าง", "Status", {}),
    ("L", "ขอดูคะแนนรายกองเรียงจากน้อยไปมากค่ะ", "Status", {}),
    (
        "L",
        "ขอดูคะแนนรายกองเรียงจากน้อยไปมากค่ะ ท่าน ผอ. อยากรู้ว่ากองไหนตามหลังอยู่",
        "Status",
        {},
    ),
    # Near misses: one indicator named, a hypothesis, everyday things going badly.
    ("P", "ขยะตัวไหนยังแย่อยู่", "IndicatorQuery", {"indicator": "2"}),
    ("P", "ตัวไหนยังแย่อยู่ ถ้าจะให้ผ่านต้องทำไง", "Unknown", {}),
    ("P", "จริยธรรมคนขับวินแย่มาก", "Unknown", {}),
]

# (4) Several steps asked of every unit at once: the status; one step stays its detail.
SEVERAL_STEPS: list[Case] = [
    ("L", "ช่วยสรุปให้ทีว่าแต่ละกองอยู่ตรงไหน ขั้น 1 2 3 ผ่านกี่กองแล้ว", "Status", {}),
    ("L", "แต่ละกองขั้น 1 2 3 ผ่านกี่กองแล้ว", "Status", {}),
    ("L", "ขั้นตอนที่ 1-3 แต่ละกองไปถึงไหนแล้ว", "Status", {}),
    ("L", "ขั้น 1 ถึง 3 ทุกกองผ่านกี่กองแล้ว", "Status", {}),
    # Near misses: one step, who has not sent, a deadline.
    ("L", "ขั้นที่ 2 แต่ละกองเข้าประชุมกี่ % แล้ว", "StepDetails", {"step": "2"}),
    ("L", "ขั้น 3 แต่ละกองส่งกี่กองแล้ว", "StepDetails", {"step": "3"}),
    ("L", "ขั้น 1 2 3 กองไหนยังไม่ส่งบ้าง", "Missing", {"step": "1"}),
    ("L", "ขั้น 1-3 ทุกกองต้องส่งภายในวันไหน", "Deadlines", {"step": "1"}),
]

# (5) Who has not sent, asked in other words: who is missing.
MISSING_ASKED: list[Case] = [
    ("L", "มีกองไหน still ไม่ส่ง plan บ้างคะ", "Missing", {"step": "3"}),
    ("L", "ขอรายชื่อกองที่ยังไม่ส่งอะไรเลยสักขั้น", "Missing", {}),
    ("L", "ใครยังไม่ส่งอะไรเลยซักอย่าง", "Missing", {}),
    ("L", "ใครยังไม่ส่ง ช่วยไล่ชื่อให้หน่อยค่ะ", "Missing", {}),
    ("L", "ใครยังไม่ส่งแผน ช่วยไล่ชื่อให้หน่อย", "Missing", {"step": "3"}),
    ("L", "มีใครลืมส่งรายชื่อทีมไหมคะ", "Missing", {"step": "1"}),
    ("L", "มีใครลืมส่งแผนไหมคะ", "Missing", {"step": "3"}),
    ("L", "มีกองไหนลืมส่งรายชื่อทีมบ้าง", "Missing", {"step": "1"}),
    # Near misses: the team list named, money collected, a hypothesis, a thing forgotten.
    ("L", "ใครยังไม่ส่งรายชื่อ", "Missing", {"step": "1"}),
    ("L", "ใครลืมส่งเงินค่าเค้กบ้าง", "Unknown", {}),
    ("L", "ถ้าใครลืมส่งแผนจะโดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ใครลืมร่มไว้ที่ห้องประชุมคะ", "Unknown", {}),
]

# (6) Whether what was sent reached the system: the sender's status, or the unit's named.
IN_THE_SYSTEM: list[Case] = [
    ("L", "ขอดูสถานะหน่อยค่ะ อยากรู้ว่าที่ส่งไปเข้าระบบหรือยัง", "Status", {}),
    ("L", "ที่ส่งไปเข้าระบบหรือยัง", "Status", {}),
    ("L", "ที่กองคลังบอกว่าส่งแล้ว ในระบบขึ้นว่าส่งหรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังบอกว่าส่งแผนแล้ว ในระบบขึ้นหรือยัง", "Status", {"unit": "กองคลัง"}),
    # Near misses: a unit asked plainly, who has not sent.
    ("L", "กองคลังส่งหรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ใครยังไม่ส่งแผนบ้างคะ", "Missing", {"step": "3"}),
]

# (7) Whether reminders are on, asked: the settings shown; turning them on stays a setting.
REMINDERS_ON_ASKED: list[Case] = [
    ("L", "ตอนนี้เปิดเตือนอยู่หรือเปล่าครับ", "ReminderSettings", {"action": "show"}),
    ("L", "เปิดเตือนอยู่ไหม", "ReminderSettings", {"action": "show"}),
    ("L", "ตอนนี้ปิดเตือนอยู่หรือเปล่า", "ReminderSettings", {"action": "show"}),
    ("L", "แจ้งเตือนเปิดอยู่ไหมคะ", "ReminderSettings", {"action": "show"}),
    ("L", "การแจ้งเตือนเปิดอยู่หรือเปล่าคะ", "ReminderSettings", {"action": "show"}),
    # Near misses: turned on or off, asked as a favour.
    ("L", "เปิดเตือนได้ไหมครับ", "ReminderSettings", {"action": "on"}),
    ("L", "ช่วยเปิดเตือนด้วยครับ", "ReminderSettings", {"action": "on"}),
    ("L", "ปิดเตือนก่อนนะ", "ReminderSettings", {"action": "off"}),
]

# (8) Rule questions that read as other things; the commands asked, the help.
RULES_ASKED: list[Case] = [
    ("L", "แผนต้องมีกี่มิติถึงจะไม่โดนหัก", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "แผนต้องมีอย่างน้อยกี่มิติคะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "งานบริการประชาชนหมวด 3 นับเป็นมิติที่เท่าไหร่คะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "หมวด 4 ถือเป็นมิติอะไรคะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "ส่งแผนครบแล้วจะได้ระดับ 3 เลยไหมครับ", "RuleQuestion", {"topic": "level"}),
    ("L", "ส่งรายชื่อทีมแล้วจะได้ระดับ 1 เลยหรือเปล่า", "RuleQuestion", {"topic": "level"}),
    ("L", "อยากยกเลิกที่บันทึกไป ต้องสั่งว่าอะไร", "Help", {}),
    ("L", "สั่งบอทยังไงคะ", "Help", {}),
    # Near misses: what is cut, a report, what a boss ordered.
    ("L", "ขาดกี่มิติถึงจะโดนหัก", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้าแผนขาดไป 2 มิติหักกี่คะแนนคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "กองคลังส่งแผนครบแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ผอ.สั่งว่าอะไรบ้างคะ", "Unknown", {}),
]

# (9) The group's chatter: a sending held up, one's leave, rubbish, the drive's housekeeping.
CHATTER: list[Case] = [
    ("L", "ผอ.ยังไม่ว่างเซ็นเลย แผนเลยค้างอยู่หน้าห้อง", "Unknown", {}),
    ("L", "ร่างแผนเสร็จแล้ว แต่ยังไม่ได้ส่งนะคะ รอแก้ตามที่ผอ.ให้ความเห็น", "Unknown", {}),
    ("L", "แผนยังไม่ได้ส่งค่ะ รอ ผอ. เซ็นอยู่", "Unknown", {}),
    ("L", "สถานะการลาของหนูอนุมัติยังคะพี่", "Unknown", {}),
    ("P", "ขยะที่ตลาดไทกองเต็มเลย ใครแจ้งเทศบาลที", "Unknown", {}),
    ("L", "ใครเปลี่ยนชื่อโฟลเดอร์ในไดรฟ์คะ หาไฟล์ปีที่แล้วไม่เจอ", "Unknown", {}),
    ("L", "ไดรฟ์ของกองเต็มแล้วอะ ต้องขอพื้นที่เพิ่มจากไอทีก่อน", "Unknown", {}),
    # Near misses: asked beside the hold-up, a report, the plan's channel, an indicator's result.
    ("L", "แผนยังไม่ได้ส่ง รอ ผอ. เซ็น ต้องส่งภายในวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "ขอรายชื่อกองที่ยังไม่ส่งแผน รอเซ็นก็นับนะ", "Missing", {"step": "3"}),
    ("L", "กองคลังส่งแผนแล้วค่ะ รอผอ.เซ็นฉบับจริงตามไป", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ไดรฟ์เต็ม ส่งแผนทางอีเมลแทนได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "อัพไฟล์ขึ้น one drive แทนได้มั้ยคะ drive เต็ม", "RuleQuestion", {"topic": "channel"}),
    ("P", "ขยะปีนี้ได้เท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "สถานะของกองคลังเป็นไงบ้าง", "Status", {"unit": "กองคลัง"}),
]

ALL = (
    MEETING_WHEN
    + WEEK_COMPARED
    + DOING_BADLY
    + SEVERAL_STEPS
    + MISSING_ASKED
    + IN_THE_SYSTEM
    + REMINDERS_ON_ASKED
    + RULES_ASKED
    + CHATTER
)


@readings(MEETING_WHEN)
def test_the_meeting_an_answer_is_for_names_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WEEK_COMPARED)
def test_the_week_asked_of_and_the_span_compared_with_name_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DOING_BADLY)
def test_which_do_badly_or_trail_is_the_overview(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SEVERAL_STEPS)
def test_several_steps_of_every_unit_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MISSING_ASKED)
def test_who_has_not_sent_asked_in_other_words_is_who_is_missing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(IN_THE_SYSTEM)
def test_whether_a_sending_reached_the_system_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REMINDERS_ON_ASKED)
def test_whether_reminders_are_on_asked_shows_the_settings(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RULES_ASKED)
def test_rule_questions_and_commands_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHATTER)
def test_the_groups_chatter_stays_chatter(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_the_questions_or_chatter_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
