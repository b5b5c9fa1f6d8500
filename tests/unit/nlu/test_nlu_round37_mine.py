"""Round 37, mine: wrong writes of dev_fresh127-133 on arrival.

1. The bot said not to answer or to be stuck ("ส่งผลแล้วบอทไม่ตอบ", "…บอทเงียบ") is a complaint
   about the bot: help, no report; a report beside thanks to the bot, a reminder disputed or the
   desk not showing it yet ("ในระบบยังไม่ขึ้น") stays one, and a figure stays its card.
2. Thanks to someone named for a favour done ("ขอบคุณพี่ต๋อยด้วยนะคะ ที่ช่วยลงทะเบียนให้") is
   thanks, whoever is thanked and whatever the favour; a report after it is read alone; a
   favour asked now ("…ช่วยลงทะเบียนกองคลังให้หน่อย") is still asked.
3. A figure of one's private life ("ตัวชี้วัดน้ำหนักลดของชมรมวิ่ง ผมได้ 3 โลแล้ว") names no
   indicator of the report: no value.
4. Photos or clips sent to a chat group ("ส่งรูปกิจกรรมไปในกลุ่มไลน์แล้ว") are no step, whatever
   way they went; the plan sent by LINE still is.
5. "สเต็ป" before a number is the step word ("สเต็ป1 ส่งรายชื่อแล้ว"); asked, it stays asked.
6. Weekdays typed short after "วัน" ("วันจัน", "วันพฤ", "วันศุก") are those days.
7. The briefing attended on a day told done ("เข้าประชุมชี้แจงเมื่อ 20 ธ.ค. 67 แล้ว") is the
   step's day; told with a count, or complete with everyone, it stays the meeting's.
8. A term a description names in parentheses, of five letters ("NISPA"), names its indicator,
   with a round after it ("NISPA รอบสอง").
9. The documents of a deliverable told complete ("แนบเอกสารประกอบแผนครบแล้ว").
10. Thai typed with the keyboard left on English ("lj'czoc]h;ค่ะ", "pnopyo") is read as the
    Thai it spells; English words, figures and links stay as typed.
11. A name typed wrong that the segmenter cuts into four pieces ("จริยะธรรม": จ ริ ยะ ธรรม) is
    corrected as one cut into fewer is.
12. The municipalities' short forms ("ทต.", "ทม.", "ทน.") name what เทศบาล names.
13. After a no, the unit it must be, with its sending, then the one it is not ("ไม่ใช่ค่ะ
    ต้องเป็นกองกลางส่งแผน ไม่ใช่กองคลัง"), corrects the unit of the step; said with no no, it
    is who must send, nothing reported.
14. "undo" and "cancel" as Thai write them ("อันดูค่ะ ส่งผิดกอง", "แคนเซิลค่ะ") take back or
    refuse; "อัน…ดู…" of a thing looked at ("อันดูดีค่ะ") does neither.
15. One's unit changed by its whole word ("เปลี่ยนหน่วยงานเป็น ไอที ครับ", "…เป็นกองกลาง") is
    the registration, as "เปลี่ยนหน่วยเป็น…" is; asked, it stays asked.
"""

from __future__ import annotations

from handlers.nlu.keyboard import typed_thai
from handlers.nlu.resolve import resolve_indicator
from tests.fakes.seed import budget_bureau, pathum_thani
from tests.fakes.understanding import read_as_writes, readings, settled

# 1. complaints about the bot
BOT_COMPLAINTS = [
    "ช่วยด้วยค่ะ ส่งผลแล้วบอทไม่ตอบ",
    "ส่งแผนแล้วค่ะ บอทไม่ตอบเลย",
    "กองคลังส่งแผนแล้ว แต่บอทเงียบ",
    "ส่งรายชื่อแล้ว บอทไม่เข้าใจ",
    "ลงทะเบียนกองคลังแล้ว บอทก็ไม่ตอบ",
    "ส่งแผนแล้ว บอทบอกไม่รู้จัก",
]


def test_a_complaint_about_the_bot_is_help() -> None:
    assert read_as_writes(BOT_COMPLAINTS) == []
    assert settled("ช่วยด้วยค่ะ ส่งผลแล้วบอทไม่ตอบ") == ("Help", {})
    assert settled("กองคลังส่งแผนแล้ว แต่บอทเงียบ") == ("Help", {})


STILL_REPORTS_BESIDE_THE_BOT = [
    ("L", "ส่งแผนแล้วค่ะ ขอบคุณบอท", "MarkStep", {"step": "3"}),
    (
        "L",
        "กจ.ส่งรายชื่อทีมแล้ว ในระบบยังไม่ขึ้น",
        "MarkStep",
        {"step": "1", "unit": "กองการเจ้าหน้าที่"},
    ),
    (
        "L",
        "กองคลังส่งแผนแล้ว พี่เขาไม่ตอบไลน์",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "line"},
    ),
    (
        "L",
        "บอทยังไม่ขึ้นว่าส่งแล้ว ส่งแผนไปตั้งแต่เมื่อวาน",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14"},
    ),
    (
        "P",
        "ส่งผลขยะ 50 ตันแล้ว บอทไม่ตอบ",
        "SubmitValue",
        {"indicator": "2", "value": "50", "raw_value": "50"},
    ),
]


@readings(STILL_REPORTS_BESIDE_THE_BOT)
def test_reports_beside_the_bot_named_otherwise_stay(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# 2. thanks for a favour done
FAVOURS_THANKED = [
    ("L", "ขอบคุณพี่ต๋อยด้วยนะคะ ที่ช่วยลงทะเบียนให้"),
    ("L", "ขอบคุณน้องแนนมากนะคะ ที่ช่วยลงทะเบียนกองคลังให้"),
    ("L", "ขอบคุณพี่ต๋อยที่ช่วยลงทะเบียนกองคลังให้นะคะ"),
    ("L", "ขอบคุณคุณเอกมากครับ ที่ลงทะเบียนให้"),
    ("L", "ขอบคุณพี่ต๋อยด้วยนะคะ ที่ช่วยส่งแผนให้"),
    ("P", "ขอบใจน้องนะ ที่ช่วยบันทึกผลขยะให้"),
]


def test_thanks_for_a_favour_done_is_thanks() -> None:
    thanks = ("SmallTalk", {"kind": "thanks"})
    assert [text for org, text in FAVOURS_THANKED if settled(text, org) != thanks] == []
    # Colleagues thanked together ("พี่ๆ") may be their own chat: never a registration.
    assert read_as_writes(["ขอบคุณพี่ๆ ที่ช่วยลงทะเบียนให้นะคะ"]) == []


FAVOURS_ASKED_OR_REPORTS_AFTER = [
    ("L", "ขอบคุณค่ะ ลงทะเบียนกองคลังด้วยค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ลงทะเบียนกองคลังค่ะ ขอบคุณค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    (
        "L",
        "ขอบคุณพี่ต๋อยนะคะ ช่วยลงทะเบียนกองคลังให้หน่อย",
        "RegisterUnit",
        {"unit": "กองคลัง"},
    ),
    (
        "L",
        "ขอบคุณพี่ต๋อยที่ช่วยลงทะเบียนให้ค่ะ กองคลังส่งแผนแล้วนะคะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง"},
    ),
    ("L", "ขอบคุณพี่นกที่ส่งแผนให้นะคะ", "SmallTalk", {"kind": "thanks"}),
]


@readings(FAVOURS_ASKED_OR_REPORTS_AFTER)
def test_a_favour_asked_now_or_a_report_after_the_thanks_is_read(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# 3. figures of private life
PRIVATE_FIGURES = [
    "ตัวชี้วัดน้ำหนักลดของชมรมวิ่ง ผมได้ 3 โลแล้ว 555",
    "ตัวชี้วัดน้ำหนักลดของชมรมวิ่ง ผมได้ 3 โลแล้ว",
    "ตัวชี้วัดของชมรมฟุตบอล ทีมได้ 3 ประตู",
    "น้ำหนักลดไป 2 โลแล้วค่ะ",
]


def test_a_figure_of_private_life_is_no_value() -> None:
    assert read_as_writes(PRIVATE_FIGURES) == []
    assert read_as_writes(PRIVATE_FIGURES, "P") == []


INDICATOR_FIGURES = [
    (
        "P",
        "ตัวชี้วัดขยะได้ 52.3",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    ("P", "ขยะลดลงได้ 3 ตัน", "SubmitValue", {"indicator": "2", "value": "3", "raw_value": "3"}),
    (
        "O",
        "จริยธรรมได้ 4 คะแนน",
        "SubmitValue",
        {"indicator": ["4", "5"], "value": "4", "raw_value": "4"},
    ),
]


@readings(INDICATOR_FIGURES)
def test_a_figure_of_an_indicator_stays(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 4. photos sent to a group
PHOTOS_SHARED = [
    "ทีม PB เขต 3 ส่งรูปกิจกรรมไปในกลุ่มไลน์อีกกลุ่มแล้วนะคะ",
    "ส่งรูปกิจกรรมไปในกลุ่มไลน์แล้วนะคะ",
    "ส่งรูปประชุมทางไลน์แล้วค่ะ",
    "ส่งคลิปงานทางอีเมลแล้ว",
    "ส่งภาพกิจกรรมทางไลน์แล้วนะ",
]


def test_photos_sent_to_a_group_are_no_step() -> None:
    assert read_as_writes(PHOTOS_SHARED) == []


DELIVERABLES_BY_LINE = [
    ("L", "ส่งแผนทางไลน์แล้วค่ะ", "MarkStep", {"step": "3", "channel": "line"}),
    ("L", "กองคลังส่งรายชื่อทางไลน์แล้ว", "MarkStep", {"step": "1", "unit": "กองคลัง", "channel": "line"}),
]


@readings(DELIVERABLES_BY_LINE)
def test_a_deliverable_sent_by_line_stays(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 5. "สเต็ป"
STEPS_SPOKEN = [
    ("L", "สเต็ป1 ส่งรายชื่อแล้วคับ", "MarkStep", {"step": "1"}),
    ("L", "สเต็ป 3 ส่งแล้วครับ", "MarkStep", {"step": "3"}),
    ("L", "สเต็ปที่ 4 ส่งแล้ว", "MarkStep", {"step": "4"}),
    ("L", "สเตป2 เข้าประชุมแล้ว", "MarkStep", {"step": "2"}),
    ("L", "step 1 ส่งรายชื่อแล้ว", "MarkStep", {"step": "1"}),
    ("L", "ผ่านไปกี่สเต็ปแล้ว", "Status", {}),
    ("L", "กองคลังผ่านกี่สเต็ป", "Status", {"unit": "กองคลัง"}),
]


@readings(STEPS_SPOKEN)
def test_a_step_said_in_english_sounds(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 6. weekdays typed short
SHORT_WEEKDAYS = [
    ("L", "ส่งแผนเมื่อวันจันคับ", "MarkStep", {"step": "3", "done_on": "2025-01-13"}),
    ("L", "ส่งแผนเมื่อวันพฤค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-09"}),
    ("L", "ส่งรายชื่อไปวันศุกค่ะ", "MarkStep", {"step": "1", "done_on": "2025-01-10"}),
    ("L", "ส่งแผนเมื่อวันจันทร์", "MarkStep", {"step": "3", "done_on": "2025-01-13"}),
]


@readings(SHORT_WEEKDAYS)
def test_a_weekday_typed_short_is_that_day(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_weekday_to_come_typed_short_reports_nothing() -> None:
    assert read_as_writes(["ส่งแผนวันจันหน้านะ", "จะส่งแผนวันศุกนะคะ", "วันจันประชุมนะ"]) == []


# 7. the briefing attended on a day
BRIEFINGS = [
    (
        "L",
        "ทีม PMQA กองคลังเข้าประชุมชี้แจงเมื่อ 20 ธ.ค. 67 แล้วค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "done_on": "2024-12-20"},
    ),
    (
        "L",
        "กองการเจ้าหน้าที่เข้าร่วมประชุมชี้แจงเมื่อ 20 ธ.ค. แล้วค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองการเจ้าหน้าที่", "done_on": "2024-12-20"},
    ),
    (
        "L",
        "กองกลางเข้าร่วมประชุมชี้แจงเมื่อ 20 ธ.ค. ครบทุกคนค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองกลาง"},
    ),
    (
        "L",
        "เข้าประชุมชี้แจงวันที่ 20 ธ.ค. แล้ว รวมเป็น 3 ใน 3 ครั้งค่ะ",
        "MarkStep",
        {"step": "2", "met": 3, "of": 3},
    ),
]


@readings(BRIEFINGS)
def test_the_briefing_attended_on_a_day_told_done(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# 8. a described term with a round after it
def test_a_described_term_names_its_indicator_with_a_round_after_it() -> None:
    pathum = pathum_thani()
    assert [i.code for i in resolve_indicator("nispa", pathum)] == ["4"]
    assert [i.code for i in resolve_indicator("nispa รอบสอง", pathum)] == ["4"]
    assert [i.code for i in resolve_indicator("nispa ครั้งที่ 2", pathum)] == ["4"]
    assert [i.code for i in resolve_indicator("ขยะ รอบสอง", pathum)] == ["2"]
    # Words besides the term and its round name something else: not the term's.
    assert resolve_indicator("nispa ของอำเภอเมือง", pathum) == []
    # A short term several reports write ("SKPI": four letters) names nothing.
    assert resolve_indicator("skpi", budget_bureau()) == []


NISPA_FIGURES = [
    (
        "P",
        "NISPA รอบสองได้ร้อยละ 78.2 ค่ะ บันทึกให้ด้วยนะคะ",
        "SubmitValue",
        {"indicator": "4", "value": "78.2", "raw_value": "ร้อยละ 78.2", "percent": True},
    ),
    (
        "P",
        "ยาเสพติด NISPA ครั้งที่ 2 ได้ร้อยละ 91.3 ค่ะ",
        "SubmitValue",
        {"indicator": "4", "value": "91.3", "raw_value": "ร้อยละ 91.3", "percent": True},
    ),
]


@readings(NISPA_FIGURES)
def test_a_figure_of_the_described_term(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 9. the documents of a deliverable complete
DOCUMENTS_OF = [
    (
        "L",
        "กองนิติการแนบเอกสารประกอบแผนครบแล้วครับ",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "documents": "complete"},
    ),
    (
        "L",
        "แนบหลักฐานประกอบรายงานผลครบแล้วครับ",
        "MarkStep",
        {"step": "4", "documents": "complete"},
    ),
    ("L", "เอกสารประกอบแผนครบ 3 มิติ", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
    (
        "L",
        "กองคลังส่งแผนแล้ว เอกสารประกอบครบ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "documents": "complete"},
    ),
]


@readings(DOCUMENTS_OF)
def test_the_documents_of_a_deliverable_told_complete(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_documents_of_a_deliverable_short_or_asked_are_not_complete() -> None:
    assert settled("แนบเอกสารประกอบแผนยังไม่ครบ")[1].get("documents") != "complete"
    assert read_as_writes(["เอกสารประกอบแผนครบหรือยัง", "ใครแนบเอกสารประกอบแผนครบแล้วบ้าง"]) == []


# 10. Thai typed on the English keys
KEYS_LEFT_ON_ENGLISH = [
    ("L", "lj'czoc]h;ค่ะ", "MarkStep", {"step": "3"}),
    ("L", "l5kot คับ", "Status", {}),
    ("L", ".8ipy'w,jlj'แผนคะ", "Missing", {"step": "3"}),
    ("L", "-v[86I8iy[", "SmallTalk", {"kind": "thanks"}),
    ("L", "pnopyo", "Confirm", {}),
    # English words and figures stay as typed.
    ("L", "ส่งแผนทาง Google Drive แล้วค่ะ", "MarkStep", {"step": "3", "channel": "google_drive"}),
    ("L", "ขอลิงก์ desk ค่ะ", "DeskLink", {}),
    ("P", "ขยะ 52.3 ค่ะ", "SubmitValue", {"indicator": "2", "value": "52.3", "raw_value": "52.3"}),
]


@readings(KEYS_LEFT_ON_ENGLISH)
def test_thai_typed_on_the_english_keys(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_keys_are_read_as_thai_only_when_they_spell_thai_words() -> None:
    assert typed_thai("lj'czoc]h;ค่ะ") == "ส่งแผนแล้วค่ะ"
    assert typed_thai("gs]nvduj;yoคะ") == "เหลือกี่วันคะ"
    for typed in (
        "Google Drive",
        "list members please",
        "wifi ชั้น3",
        "ปี 2568",
        "13.30 น.",
        "GD cat",
    ):
        assert typed_thai(typed) is None
    assert read_as_writes(["wifi ชั้น3 ล่มอีกละ", "วันนี้ผม work from home นะครับ"]) == []


# 11. a typo cut into four pieces
NAMES_TYPED_WRONG = [
    (
        "O",
        "จริยะธรรม ได้ระดับ 4",
        "SubmitValue",
        {"indicator": ["4", "5"], "value": "4", "raw_value": "4"},
    ),
    (
        "O",
        "จริยะธรรมได้ 4 คะแนน",
        "SubmitValue",
        {"indicator": ["4", "5"], "value": "4", "raw_value": "4"},
    ),
    (
        "O",
        "จริยธรรม ได้ระดับ 4",
        "SubmitValue",
        {"indicator": ["4", "5"], "value": "4", "raw_value": "4"},
    ),
    ("L", "สถานะะะ", "Status", {}),
]


@readings(NAMES_TYPED_WRONG)
def test_a_name_typed_wrong_in_four_pieces(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 12. the municipalities' short forms
MUNICIPALITIES = [
    ("B", "ทต.รับงบตรง 17 แห่ง", "SubmitValue", {"indicator": "1", "value": "17", "raw_value": "17"}),
    ("B", "ทม.รับงบตรง 5 แห่ง", "SubmitValue", {"indicator": "1", "value": "5", "raw_value": "5"}),
    ("B", "ตัวชี้วัด ทต.รับงบตรง ได้กี่คะแนนครับ", "IndicatorQuery", {"indicator": "1", "aspect": "score"}),
    (
        "P",
        "ทม.ปทุมธานี ขยะ 50 ตัน",
        "SubmitValue",
        {"indicator": "2", "value": "50", "raw_value": "50"},
    ),
]


@readings(MUNICIPALITIES)
def test_a_municipality_by_its_short_form(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_municipality_doing_everyday_things_stores_nothing() -> None:
    assert read_as_writes(["ทต.บ้านใหม่จัดงานวัด"], "P") == []
    assert read_as_writes(["ทต.บ้านใหม่จัดงานวัด"], "B") == []


# 13. the unit it must be, after a no
UNITS_IT_MUST_BE = [
    ("L", "ไม่ใช่ค่ะ ต้องเป็นกองกลางส่งแผน ไม่ใช่กองคลัง", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ผิดค่ะ ต้องเป็นกองกลางส่งรายชื่อ ไม่ใช่กองคลัง", "MarkStep", {"step": "1", "unit": "กองกลาง"}),
    ("L", "ผิดกองค่ะ เป็นกองกลางส่งแผน ไม่ใช่กองคลัง", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ไม่ใช่ค่ะ ต้องเป็นกองกลาง ไม่ใช่กองคลัง", "MarkStep", {"unit": "กองกลาง"}),
]


@readings(UNITS_IT_MUST_BE)
def test_the_unit_it_must_be_after_a_no(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_who_must_send_with_no_no_reports_nothing() -> None:
    assert read_as_writes(["ต้องเป็นกองกลางส่งแผน ไม่ใช่กองคลัง"]) == []


# 14. undo and cancel in Thai letters
UNDO_AND_CANCEL_IN_THAI = [
    ("L", "อันดูค่ะ ส่งผิดกอง", "Undo", {}),
    ("L", "อันดู", "Undo", {}),
    ("L", "แคนเซิลค่ะ", "Cancel", {}),
    ("L", "undo", "Undo", {}),
    ("L", "อันดูดีค่ะ", "Unknown", {}),
]


@readings(UNDO_AND_CANCEL_IN_THAI)
def test_undo_and_cancel_in_thai_letters(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 15. one's unit changed by its whole word
UNITS_CHANGED = [
    (
        "L",
        "เปลี่ยนหน่วยงานเป็น ไอที ครับ",
        "RegisterUnit",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "เปลี่ยนหน่วยงานเป็นกองกลางครับ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ขอเปลี่ยนหน่วยงานเป็น กค. ค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "เปลี่ยนหน่วยงานต้องพิมพ์ว่าอะไรคะ", "Help", {}),
]


@readings(UNITS_CHANGED)
def test_ones_unit_changed_by_its_whole_word(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_unit_change_asked_or_of_a_name_registers_nobody() -> None:
    assert read_as_writes(["เปลี่ยนหน่วยงานเป็นกองกลางได้ไหม", "หน่วยงานเปลี่ยนชื่อเป็นกองกลางแล้ว"]) == []
