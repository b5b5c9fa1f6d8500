"""Issue 9, round 12 (r12c): a team in its first year with the bot. A number taken back as it
is typed ("ขั้นตอนที่ 2 เอ้ย 3"), a unit named without its kind word ("นิติการ"), an attendance
told with the threshold it missed ("75% ไม่ถึง 85")."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# A slip taken back: the number after "เอ้ย" is meant, its kind word too when said again.
SLIPS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้น 3 เอ้ย 4 ค่ะ กองคลังส่งรายงานความก้าวหน้าแล้ว", "MarkStep", {"step": "4", "unit": "กองคลัง"}),
    (
        "L",
        "ขั้นตอนที่ 1 เอ๊ย 2 ครับ กองกลางเข้าประชุม 90%",
        "MarkStep",
        {"step": "2", "unit": "กองกลาง", "value": "90"},
    ),
    (
        "P",
        "ขยะได้ 52 เอ้ย 53 ค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "53", "raw_value": "53"},
    ),
    (
        "O",
        "ตัวที่ 3 อุ๊ย ไม่ใช่ ตัว 4 ผ่านเกณฑ์ไหมคะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    ("L", "ไอทีเข้าประชุม 80% เอ้ย 90% ค่ะ", "MarkStep", {"step": "2", "value": "90", "unit": IT}),
    ("L", "ขั้นที่ 4 เอ้ย ขั้นที่ 3 ต้องทำอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
]

# A unit's name said without its kind word.
BARE_UNITS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "นิติการส่งแผนแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองนิติการ"}),
    ("L", "พัฒนาระบบบริหารส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กลุ่มพัฒนาระบบบริหาร"}),
    ("L", "นิติการส่งแผนหรือยัง", "Status", {"unit": "กองนิติการ"}),
    (
        "L",
        "ฝ่ายนิติการเข้าร่วมกิจกรรม 90% ครับ",
        "MarkStep",
        {"step": "2", "value": "90", "unit": "กองนิติการ"},
    ),
]

# An attendance told with the threshold it missed: a failed step 2, not a rule question.
FELL_SHORT: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "ไอทีเข้าประชุม 75% ไม่ถึงเกณฑ์",
        "MarkStep",
        {"step": "2", "passed": False, "value": "75", "unit": IT},
    ),
    (
        "L",
        "กองคลังเข้าร่วมกิจกรรม 80% ยังไม่ถึง 85",
        "MarkStep",
        {"step": "2", "passed": False, "value": "80", "unit": "กองคลัง"},
    ),
    (
        "L",
        "กองกลางเข้าประชุมได้ 70% ไม่ถึงเกณฑ์ 85% ครับ",
        "MarkStep",
        {"step": "2", "passed": False, "value": "70", "unit": "กองกลาง"},
    ),
    ("L", "ถ้าเข้าประชุม 80% ไม่ถึง 85 จะเป็นยังไง", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าประชุมไม่ถึง 85% ได้ไหม", "RuleQuestion", {"topic": "attendance"}),
    (
        "L",
        "ทีม PMQA ของกองกลางเข้าประชุมได้แค่ 70% ไม่ถึงร้อยละ 85 ครับ",
        "MarkStep",
        {"step": "2", "passed": False, "value": "70", "unit": "กองกลาง"},
    ),
]

# How a figure meets a bar: rounded, scored between two bars, a share of the plan supposed.
THRESHOLDS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เข้าร่วม 84.6 ปัดขึ้นเป็น 85 ได้มั้ยคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ได้ 84.5% นี่ปัดเศษให้ไหมครับ", "RuleQuestion", {"topic": "thresholds"}),
    ("B", "ค่าที่อยู่ระหว่างเกณฑ์ คิดเป็นเส้นตรงใช่ไหมครับ", "RuleQuestion", {"topic": "thresholds"}),
    ("O", "คะแนนระหว่างขั้นคิดแบบขั้นบันไดหรือเปล่าคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "สมมติตัวชี้วัดตามแผนถึงเป้า 7 จาก 10 ตัว จะผ่านไหม", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "หากตัวชี้วัดในแผนได้แค่ 75% จะผ่านขั้นสุดท้ายมั้ยคะ", "RuleQuestion", {"topic": "thresholds"}),
    (
        "L",
        "กองคลังตัวชี้วัดในแผนผ่าน 6 จาก 8 ตัวครับ",
        "MarkStep",
        {"step": "5", "unit": "กองคลัง", "met": 6, "of": 8},
    ),
]

# What is still left: of a unit its status, of indicators with nothing entered who has not sent.
STILL_LEFT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังเหลืออะไรบ้างคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ไอทียังไม่ได้ทำอะไรบ้างคะ", "Status", {"unit": IT}),
    ("L", "กองกลางมีอะไรที่ยังไม่ได้ทำอีกไหม", "Status", {"unit": "กองกลาง"}),
    ("B", "อันไหนยังไม่ได้กรอกค่าบ้าง", "Missing", {}),
    ("P", "kpi ไหนยังไม่มีตัวเลขบ้างครับ", "Missing", {}),
    ("L", "เดือนนี้ยังเหลืออะไรต้องส่งไหม", "Deadlines", {"month": 1, "this_month": True}),
]

# The detail asked, then why: the reason names nothing.
DETAIL_REASONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขอรายละเอียดทุกตัวชี้วัดหน่อยครับ ผู้ว่าจะถามตอนเย็น", "Status", {"detail": True}),
    ("B", "ขอแบบเต็มทุกตัวค่ะ พรุ่งนี้มีประชุมผู้บริหาร", "Status", {"detail": True}),
    ("L", "ขอแบบละเอียดทุกกองค่ะ กองคลังด้วย", "Status", {"unit": "กองคลัง", "detail": True}),
]

# A report with what is not the bot's around it: the sender's own team, the plan's year, a day
# corrected with the one it replaces, another matter opened for the group.
REPORTS_AROUND: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองของเราส่งรายชื่อทีมแล้วค่ะ", "MarkStep", {"step": "1"}),
    ("L", "ทีมงานเราเข้าประชุม 90% ครับ", "MarkStep", {"step": "2", "value": "90"}),
    ("L", "ไอทีส่งแผน 68 แล้วค่ะ", "MarkStep", {"step": "3", "unit": IT}),
    (
        "L",
        "กองกลางส่งแผนปฏิบัติการปี 68 ทางอีเมลแล้ว",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "email"},
    ),
    (
        "L",
        "ไอทีส่งแผนแล้ว วันที่เป็น 9 ไม่ใช่ 10 นะคะ",
        "MarkStep",
        {"step": "3", "unit": IT, "done_on": "2025-01-09"},
    ),
    (
        "L",
        "ไอทีส่งรายชื่อทีมแล้ว ขอแก้วันที่เป็น 10 ครับ",
        "MarkStep",
        {"step": "1", "unit": IT, "done_on": "2025-01-10"},
    ),
    (
        "L",
        "ไอทีเข้าประชุม 90% ค่ะ ส่วนเรื่องข้าวกล่องเดี๋ยวพี่สั่งให้",
        "MarkStep",
        {"step": "2", "value": "90", "unit": IT},
    ),
    ("L", "สถานะตอนนี้เป็นยังไง ส่วนเรื่องงานเลี้ยงไว้ค่อยว่ากัน", "Status", {}),
]


@readings(REPORTS_AROUND)
def test_a_report_with_words_not_for_the_bot_around_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A report sent short: a form not attached, names short but sent anyway.
SENT_SHORT: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "กองกลางส่งแผนแล้วค่ะ แต่ยังไม่ได้แนบฟอร์ม 2",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "documents": "incomplete"},
    ),
    (
        "L",
        "ไอทีส่งแผนเมื่อวาน แนบแค่แบบฟอร์ม 1 และ 2 ยังขาดฟอร์ม 3",
        "MarkStep",
        {"step": "3", "unit": IT, "done_on": "2025-01-14", "documents": "incomplete"},
    ),
    (
        "L",
        "กองกลางรายชื่อไม่ครบ แต่ก็ส่งไปแล้ว",
        "MarkStep",
        {"step": "1", "unit": "กองกลาง", "documents": "incomplete"},
    ),
    (
        "L",
        "กองนิติการรายชื่อทีมยังไม่ครบ ขาดอีก 1 คน แต่ส่งไปก่อนแล้วครับ",
        "MarkStep",
        {"step": "1", "unit": "กองนิติการ", "documents": "incomplete"},
    ),
    ("L", "แบบฟอร์ม 1 กับ 2 ต่างกันยังไง", "RuleQuestion", {"topic": "form"}),
    ("L", "ขอแบบฟอร์ม 3 หน่อย", "RuleQuestion", {"topic": "form"}),
]

# Chat about the bot or for testing it: a newcomer's set phrase, praise a colleague is asked to
# share, a sum asked.
CHAT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "น้องใหม่ค่ะ เพิ่งมารับงานตัวชี้วัด ฝากตัวด้วยนะคะพี่ๆ", "SmallTalk", {"kind": "greeting"}),
    ("B", "ขอฝากเนื้อฝากตัวด้วยครับ ดูแล e-Budgeting ครับ", "SmallTalk", {"kind": "greeting"}),
    ("L", "ผมอยู่กองคลังครับ ฝากตัวด้วยครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("P", "บอทตอบไวดีนะ ทุกคนว่าไหม", "SmallTalk", {"kind": "praise"}),
    ("O", "น้องบอทสะดวกดีเนอะ พี่ว่ามั้ย", "SmallTalk", {"kind": "praise"}),
    ("P", "2*3 เท่ากับเท่าไร", "Unknown", {}),
    ("B", "น้องบอท 10+5 ได้เท่าไหร่คะ", "Unknown", {}),
    ("P", "ขยะได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


@readings(SENT_SHORT)
def test_a_report_sent_short(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHAT)
def test_chat_about_the_bot_or_testing_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The bot's own settings and pages asked in other words.
OTHER_WORDS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "พักการเตือนไปพรุ่งนี้ครับ", "PostponeReminder", {}),
    ("B", "ตั้งให้กลุ่มนี้เป็นของสำนักงบประมาณค่ะ", "BindGroup", {"organisation": "สำนักงบประมาณ"}),
    ("P", "เว็บที่ดูผลทุกตัวเปิดยังไงคะ", "DeskLink", {}),
    ("L", "ขอรายละเอียดขั้นตอนรายงานความก้าวหน้าหน่อยค่ะ", "StepDetails", {"step": "4"}),
    ("L", "รายละเอียดขั้นตอนการส่งรายชื่อทีม", "StepDetails", {"step": "1"}),
    ("L", "i work in Finance Division", "RegisterUnit", {"unit": "กองคลัง"}),
]


@readings(OTHER_WORDS)
def test_settings_and_pages_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(THRESHOLDS)
def test_how_a_figure_meets_a_bar_is_a_threshold_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STILL_LEFT)
def test_what_is_still_left_to_do(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DETAIL_REASONS)
def test_the_reason_after_a_detail_asked_names_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SLIPS)
def test_a_number_taken_back_as_typed_is_replaced(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(BARE_UNITS)
def test_a_unit_named_without_its_kind_word(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FELL_SHORT)
def test_an_attendance_short_of_the_threshold_is_a_failed_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
