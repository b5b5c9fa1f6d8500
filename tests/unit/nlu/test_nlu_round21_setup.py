"""Round 21 (dev_fresh50, 53–55): setting up a team and chatter around it, by family, each with
near misses that must keep their reading.

1. A newcomer telling the group which unit they belong to ("สวัสดีครับ ผมชื่อต้น อยู่กองคลังครับ
   เพิ่งเข้ากลุ่ม", "น้องใหม่ค่ะ สังกัดกองนิติการ ฝากเนื้อฝากตัวด้วยนะคะ", "ผมเป็นตัวแทนทีม PMQA
   ของกองคลังคนใหม่ครับ"), or a move told and then asked again ("ย้ายจากกองคลังไปกองนิติการแล้ว
   ครับ ขอเปลี่ยนหน่วยเป็นกองนิติการ"): RegisterUnit. A question, news of someone else ("พี่อ้อย
   อยู่กองคลังใช่ไหม", "มีน้องใหม่มาอยู่กองคลัง") registers nobody.
2. A coordinator asking to add a unit by its name standing alone after เพิ่ม, maybe with a bare
   short name ("ช่วยเพิ่ม ศูนย์ปฏิบัติการต่อต้านการทุจริต ศปท. เข้าระบบหน่อยครับ", "เพิ่ม สำนักงาน
   การท่องเที่ยวและกีฬาจังหวัด ด้วยนะคะ", "รบกวนเพิ่ม สถาบัน… เข้าไปเป็นหน่วยด้วยค่ะ"): AddUnit.
   A unit named beside เพิ่ม for anything else, or asked, adds nothing.
3. Chatter between members that names an indicator, a file or a channel but asks the bot
   nothing: a file that does or does not open, a colleague called by @name, an event
   invitation ("ใครสนใจไปด้วยกัน"), a seminar to sign up for, a meeting room booked: Unknown.
   The same indicator or channel asked of the bot keeps its reading.
4. A not-yet to the card with its reason ("ยังก่อนครับ รอตรวจทาน"): Cancel.
"""

from __future__ import annotations

from tests.fakes.understanding import read_as_writes, readings, settled

# -- 1. a newcomer's unit ----------------------------------------------------------------------
NEWCOMERS = [
    ("L", "สวัสดีครับ ผมชื่อต้น อยู่กองคลังครับ เพิ่งเข้ากลุ่ม", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "หนูชื่อฝนค่ะ อยู่กองกลาง เพิ่งเข้ากลุ่มวันนี้", "RegisterUnit", {"unit": "กองกลาง"}),
    (
        "L",
        "น้องใหม่ค่ะ สังกัดกองนิติการ ฝากเนื้อฝากตัวด้วยนะคะ 🙏",
        "RegisterUnit",
        {"unit": "กองนิติการ"},
    ),
    (
        "L",
        "เจ้าหน้าที่ใหม่ครับ สังกัด ศทส. ฝากตัวด้วยครับ",
        "RegisterUnit",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    (
        "L",
        "ผมเป็นตัวแทนทีม PMQA ของกองคลังคนใหม่ครับ แทนพี่อ้อยที่เกษียณไป",
        "RegisterUnit",
        {"unit": "กองคลัง"},
    ),
    (
        "L",
        "ดิฉันเป็นตัวแทนของกองการเจ้าหน้าที่คนใหม่ค่ะ",
        "RegisterUnit",
        {"unit": "กองการเจ้าหน้าที่"},
    ),
    (
        "L",
        "ย้ายจากกองคลังไปกองนิติการแล้วครับ ขอเปลี่ยนหน่วยเป็นกองนิติการ",
        "RegisterUnit",
        {"unit": "กองนิติการ"},
    ),
    (
        "L",
        "ย้ายจากกองคลังไป ศทส. แล้วค่ะ ขอเปลี่ยนหน่วยเป็น ศทส. ด้วยนะคะ",
        "RegisterUnit",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
]


@readings(NEWCOMERS)
def test_a_newcomer_says_which_unit_they_belong_to(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# Asked, or news of someone else: nobody registered.
NEWCOMER_NEAR_MISSES = [
    ("L", "พี่อ้อยอยู่กองคลังใช่ไหม", "Unknown", {}),
    ("L", "กองคลังมีคนใหม่มา", "Unknown", {}),
    ("L", "มีน้องใหม่มาอยู่กองคลังนะคะ ฝากด้วย", "Unknown", {}),
    ("L", "พี่ต้นเป็นตัวแทนของกองคลังคนใหม่นะคะ", "Unknown", {}),
    ("L", "ผมเป็นตัวแทนของกองคลังใช่ไหมครับ", "Unknown", {}),
    # Who represents a unit now, asked: its team (round 45; it registers nobody).
    ("L", "ใครเป็นตัวแทนกองนิติการคนใหม่", "Members", {"unit": "กองนิติการ"}),
    ("L", "น้องใหม่กองคลังส่งแผนแล้วนะคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ย้ายจากกองคลังไปกองนิติการแล้วครับ ขอเปลี่ยนหน่วยเป็นกองกลาง", "Unknown", {}),
    # A move told as news, and the office's team joined: a greeting, as the corpus reads them.
    (
        "L",
        "สวัสดีครับ ผมเพิ่งย้ายมาอยู่กองกลางได้เดือนนึง ฝากตัวด้วยครับ",
        "SmallTalk",
        {"kind": "greeting"},
    ),
    ("O", "สวัสดีค่ะ หนูเป็นน้องใหม่ทีม PMQA ของ ก.พ. ค่ะ", "SmallTalk", {"kind": "greeting"}),
]


@readings(NEWCOMER_NEAR_MISSES)
def test_news_of_others_and_questions_register_nobody(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_questions_about_someones_unit_are_never_writes() -> None:
    asked = [
        "พี่อ้อยอยู่กองคลังใช่ไหม",
        "ผมเป็นตัวแทนของกองคลังใช่ไหมครับ",
        "น้องใหม่ค่ะ สังกัดกองนิติการ ต้องลงทะเบียนไหมคะ",
        "สวัสดีครับ ผมชื่อต้น อยู่กองคลังครับ เพิ่งเข้ากลุ่ม ต้องทำอะไรบ้างครับ",
    ]
    assert read_as_writes(asked) == []


# -- 2. a unit added by its name alone ---------------------------------------------------------
UNITS_ADDED = [
    (
        "L",
        "ช่วยเพิ่ม ศูนย์ปฏิบัติการต่อต้านการทุจริต ศปท. เข้าระบบหน่อยครับ",
        "AddUnit",
        {"name": "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "short_name": "ศปท."},
    ),
    (
        "L",
        "เพิ่ม กองคุ้มครองแรงงาน กคร. ด้วยครับ",
        "AddUnit",
        {"name": "กองคุ้มครองแรงงาน", "short_name": "กคร."},
    ),
    (
        "P",
        "เพิ่ม สำนักงานการท่องเที่ยวและกีฬาจังหวัด ด้วยนะคะ",
        "AddUnit",
        {"name": "สำนักงานการท่องเที่ยวและกีฬาจังหวัด"},
    ),
    ("P", "ขอเพิ่ม สำนักงานพาณิชย์จังหวัด ด้วยค่ะ", "AddUnit", {"name": "สำนักงานพาณิชย์จังหวัด"}),
    (
        "O",
        "รบกวนเพิ่ม สถาบันพัฒนาข้าราชการพลเรือน เข้าไปเป็นหน่วยด้วยค่ะ",
        "AddUnit",
        {"name": "สถาบันพัฒนาข้าราชการพลเรือน"},
    ),
    (
        "O",
        "ช่วยเพิ่ม สถาบันพัฒนาข้าราชการพลเรือน เป็นหน่วยใหม่ด้วยครับ",
        "AddUnit",
        {"name": "สถาบันพัฒนาข้าราชการพลเรือน"},
    ),
]


@readings(UNITS_ADDED)
def test_a_unit_added_by_its_name_alone(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# A unit named beside เพิ่ม for something else, or asked: no unit added.
ADDED_NEAR_MISSES = [
    ("L", "เพิ่ม กองคลัง อีก 2 คน", "AddUnit", {}),
    ("P", "เพิ่ม สำนักงานการท่องเที่ยวและกีฬาจังหวัด ได้ไหมคะ", "AddUnit", {}),
    ("L", "ช่วยเพิ่ม กองคลัง ในรายการแจ้งเตือนด้วย", "AddUnit", {}),
    ("L", "เพิ่ม กองคลัง ส่งแผนแล้ว", "AddUnit", {}),
]


@readings(ADDED_NEAR_MISSES)
def test_a_unit_named_beside_add_for_something_else_adds_nothing(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org)[0] != intent


# -- 3. chatter between members ----------------------------------------------------------------
CHATTER = [
    ("P", "พี่ๆ ไฟล์ e-Service ที่อำเภอส่งมาเปิดไม่ได้เลย ใครช่วยดูทีค่ะ", "Unknown", {}),
    ("P", "ไฟล์ยาเสพติดที่ส่งมาเมื่อวานเปิดได้ไหมคะ", "Unknown", {}),
    ("P", "ไฟล์ pdf ขยะเปิดไม่ออกเลยค่ะ", "Unknown", {}),
    ("P", "พี่หนึ่งคะ ไฟล์ที่ส่งทางไลน์ส่วนตัวเปิดได้ไหม", "Unknown", {}),
    ("O", "ไฟล์ที่ส่งในเมลเปิดไม่ได้ค่ะพี่ ส่งใหม่ได้ไหม", "Unknown", {}),
    (
        "P",
        "อำเภอลาดหลุมแก้วจัดกิจกรรมรณรงค์ต้านยาเสพติดวันศุกร์นี้ ใครสนใจไปด้วยกันได้นะคะ",
        "Unknown",
        {},
    ),
    ("P", "เสาร์นี้มีวิ่งรณรงค์ลดขยะ ใครสนใจสมัครได้ที่พี่นะคะ", "Unknown", {}),
    ("O", "ห้องประชุมชั้น 5 จองไว้คุยเรื่องจริยธรรมพรุ่งนี้เก้าโมงนะคะ", "Unknown", {}),
    ("O", "@พี่หนึ่ง Master Data ต่างกับ open data ยังไงคะ หนูงงมาก", "Unknown", {}),
    ("O", "@น้องฝน จริยธรรมตัวที่ 4 ผ่านไหมคะ", "Unknown", {}),
    ("B", "พรุ่งนี้อย่าลืมลงทะเบียนสัมมนา BB EvMIS กันนะทุกคน", "Unknown", {}),
]


@readings(CHATTER)
def test_chatter_between_members_asks_the_bot_nothing(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# The same indicator, file or channel asked of the bot: its own reading.
CHATTER_NEAR_MISSES = [
    ("P", "e-Service ผ่านไหม", "IndicatorQuery", {"indicator": "5", "aspect": "tier"}),
    ("L", "ส่งแผนทางไลน์ได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งไฟล์แผนทางอีเมลได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    # Open data is the GD Catalog's (round 38): the two told apart.
    ("O", "Master Data ต่างกับ open data ยังไงคะ", "IndicatorQuery", {"indicator": ["6", "7"]}),
    (
        "L",
        "กค. ส่งฟอร์ม 1-3 แล้ว แต่ฟอร์ม 2 ไฟล์เสีย เปิดไม่ได้ ต้องส่งใหม่ค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "documents": "incomplete"},
    ),
    ("L", "@น้องบอท สถานะ", "Status", {}),
    ("L", "ประชุมชี้แจงตัวชี้วัดใช้ห้องประชุมชั้นไหนครับ", "RuleQuestion", {"topic": "meeting"}),
    ("P", "ยาเสพติดได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "ไฟล์ขยะต้องเป็น pdf ไหม", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("P", "ส่งไฟล์ขยะเป็น pdf ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
]


@readings(CHATTER_NEAR_MISSES)
def test_the_same_words_asked_of_the_bot_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 4. a not-yet to the card ------------------------------------------------------------------
NOT_YET = [
    ("B", "ยังก่อนครับ รอตรวจทาน", "Cancel", {}),
    ("L", "ยังก่อนค่ะ รอ ผอ. ดูก่อน", "Cancel", {}),
    ("P", "ยังก่อนนะคะ ตัวเลขยังไม่นิ่ง", "Cancel", {}),
    ("L", "ยังก่อนครับ", "Cancel", {}),
]


@readings(NOT_YET)
def test_a_not_yet_with_its_reason_is_a_no(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


NOT_YET_NEAR_MISSES = [
    ("L", "ยังก่อนครับ กินข้าวอยู่", "Cancel", {}),
    ("L", "ยังก่อนหน้านี้กองคลังส่งแผนแล้ว", "Cancel", {}),
    ("L", "ยังก่อนครับ ส่งได้ไหม", "Cancel", {}),
]


@readings(NOT_YET_NEAR_MISSES)
def test_a_not_yet_followed_by_other_things_is_no_no(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org)[0] != intent
