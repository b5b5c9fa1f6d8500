"""Round 37 (voices37): terse phone typing, time and an ordinary week.

ไหม typed as said, "มะ", after the word asked of ("ส่งทางเมลได้มะคะ", "…84%ผ่านมะ") asks; English
words said in Thai letters are read as the English ("แคนเซิลค่ะ" is a no, "อันดูค่ะ" undo,
"แอดวานซ์" the level, "รีพอร์ต" a report, "สเต็ป3" step 3).

Thai typed with the phone's English keyboard layout on ("l5kot คับ" is สถานะ, "pnopyo" ยืนยัน,
"desoflj'แผนวันไหน" กำหนดส่งแผนวันไหน) is read as the Thai meant, when the keys give long
dictionary words and the message read as typed says nothing; English words give scraps of rare
words ("Drive": ฏ พร อำ) and stay English.
"""

from __future__ import annotations

from typing import Any

from handlers.nlu.keyboard import typed_thai
from tests.fakes.understanding import read_as_writes, readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) Thai typed on the English layout.
LAYOUT: list[Case] = [
    ("L", "l5kot คับ", "Status", {}),
    ("L", "l5kot", "Status", {}),
    ("L", "desoflj'แผนวันไหน", "Deadlines", {"step": "3"}),
    ("L", "gs]nvduj;yoคะ", "Deadlines", {}),
    ("L", ".8ipy'w,jlj'แผนคะ", "Missing", {"step": "3"}),
    ("L", "lj'czoc]h;ค่ะ", "MarkStep", {"step": "3"}),
    ("L", "-v[86I8iy[", "SmallTalk", {"kind": "thanks"}),
    ("L", "pnopyo", "Confirm", {}),
    # near misses: English words and chatter stay as typed
    ("L", "thx a lot ka", "SmallTalk", {"kind": "thanks"}),
    ("L", "wifi ชั้น3 ล่มอีกละ", "Unknown", {}),
    ("L", "ขอลิงก์ desk หน่อยครับ", "DeskLink", {}),
    ("B", "GD cat ใครยังไม่ส่ง", "Missing", {"indicator": "5"}),
    ("L", "asdfgh", "Unknown", {}),
]

# (2) ไหม typed as said ("มะ") after the word asked of.
ASKED_MA: list[Case] = [
    ("L", "ส่งทางเมลได้มะคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "เข้าประชุม84%ผ่านมะ", "RuleQuestion", {"topic": "attendance"}),
    ("P", "ยส.ผ่านมะ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("L", "กองคลังส่งแล้วยังมะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ส่งแผนทันมะ", "Deadlines", {"step": "3"}),
    # near misses: a fruit and the dharma are no question
    ("L", "ได้มะม่วงมาฝากค่ะ", "Unknown", {}),
    ("L", "ไปฟังธรรมะกันไหม", "Unknown", {}),
]

# (3) English words said in Thai letters.
LOANWORDS: list[Case] = [
    ("L", "แคนเซิลค่ะ", "Cancel", {}),
    ("L", "อันดูค่ะ ส่งผิดกอง", "Undo", {}),
    ("L", "ขออันดูหน่อย", "Undo", {}),
    ("L", "แอดวานซ์ต้องกี่คะแนน", "RuleQuestion", {"topic": "level"}),
    ("L", "รีพอร์ตผลตามแผนส่งเมื่อไหร่คับ", "Deadlines", {"step": "4"}),
    ("L", "ใครยังไม่ส่งสเต็ป3มั่งคับ", "Missing", {"step": "3"}),
    ("L", "สเต็ป3ส่งเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "สเต็ป 3 ส่งแล้วค่ะ", "MarkStep", {"step": "3"}),
    # near misses: a meeting cancelled, words holding อันดู, the steps counted as before
    ("L", "แคนเซิลประชุมบ่ายนี้นะ", "Unknown", {}),
    ("L", "งานอันดูแลยาก", "Unknown", {}),
    ("L", "อันดูดีนะงานนี้", "Unknown", {}),
    ("L", "ส่งรีพอร์ทประจำเดือนให้หัวหน้าแล้ว", "Unknown", {}),
    ("L", "กองกลางผ่านกี่สเต็ปแล้ว", "Status", {"unit": "กองกลาง"}),
    ("L", "อยู่สเต็ปไหนแล้ว", "Status", {}),
]

# (4) A spoken short form is no typo of another cue: "วัดไร" asks what it measures (วัดอะไร),
# not how (วัดไง).
SPOKEN_NOT_TYPO: list[Case] = [
    ("L", "ตชว.1 วัดไรคะ", "IndicatorQuery", {"indicator": "1"}),
    ("L", "ตัวชี้วัดที่ 1 วัดไรคะ", "IndicatorQuery", {"indicator": "1"}),
    ("L", "ตชว.1 วัดอะไรคะ", "IndicatorQuery", {"indicator": "1"}),
    # near misses: how it is measured, and a typo of an aspect word, keep their aspects
    ("L", "ตชว.1 วัดยังไง", "IndicatorQuery", {"indicator": "1", "aspect": "formula"}),
    ("L", "ตชว.1 วัดงัย", "IndicatorQuery", {"indicator": "1", "aspect": "formula"}),
    ("P", "เกณท์ยาเสพติดเป็นยังไง", "IndicatorQuery", {"indicator": "4", "aspect": "criteria"}),
]

# (5) Time: the time gone by names no step; who was late is who has not sent in time; when it
# was sent or last recorded is the history; a deadline missed, supposed, costs points.
LATE: list[Case] = [
    ("L", "หมดเขตไปแล้ว ยังมีใครไม่ส่งอีกมั้ย", "Missing", {}),
    ("L", "ครบกำหนดแล้ว ใครยังไม่ส่ง", "Missing", {}),
    ("L", "ปิดรับไปแล้ว กองไหนยังไม่ส่งบ้าง", "Missing", {}),
    ("L", "หมดเขตส่งแผนแล้ว ใครยังไม่ส่ง", "Missing", {"step": "3"}),
    ("L", "ใครส่งรายชื่อไม่ทันกำหนดบ้างครับ", "Missing", {"step": "1"}),
    ("L", "ใครส่งแผนช้าบ้าง", "Missing", {"step": "3"}),
    ("L", "กองไหนส่งแผนไม่ทัน", "Missing", {"step": "3"}),
    ("L", "who's late on the plan?", "Missing", {"step": "3"}),
    ("L", "who was late with the team list?", "Missing", {"step": "1"}),
    ("L", "ถ้าส่งไม่ทันเดดไลน์จะเป็นยังไงคะ กลัวมาก", "RuleQuestion", {"topic": "deductions"}),
    # near misses: supposed lateness costs points; who sent this morning is the history
    ("L", "ถ้ากองไหนส่งแผนไม่ทันจะเป็นยังไง", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้ากองไหนส่งแผนช้า โดนหักกี่คะแนนครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งแผนช้าได้ไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "เมื่อเช้าใครส่งอะไรมาบ้าง", "History", {}),
    ("L", "sorry we're late", "Unknown", {}),
]

SENT_WHEN: list[Case] = [
    ("L", "กองกลางส่งรายชื่อทีมไปวันไหนนะ", "History", {"unit": "กองกลาง"}),
    ("L", "กองกลางส่งแผนไปตอนไหน", "History", {"unit": "กองกลาง"}),
    ("P", "ผลขยะบันทึกล่าสุดวันไหนคะ", "History", {"indicator": "2"}),
    ("O", "master data ส่งผลครั้งล่าสุดเมื่อไหร่ครับ", "History", {"indicator": "7"}),
    # near misses: when it must be sent, the next round, a report of a day sent
    ("L", "ต้องส่งแผนไปวันไหน", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนไปวันไหนได้บ้าง", "Deadlines", {"step": "3"}),
    ("L", "กำหนดส่งผลครั้งต่อไปวันไหนคะ", "Deadlines", {}),
    ("L", "ขั้นตอนส่งรายชื่อหมดเขตไปเมื่อไหร่นะ", "Deadlines", {"step": "1"}),
    ("P", "ผลขยะล่าสุดเท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "แผนที่ส่งไปเมื่อ", "Unknown", {}),
]

# (6) More of time: the year's timeline is its calendar; a meeting's date asked in English;
# what a sending already late brings; a run's sign-up deadline is the office's.
TIME_MORE: list[Case] = [
    ("L", "ไทม์ไลน์ PMQA ปีงบ 68 มีอะไรบ้างครับ", "Deadlines", {}),
    ("L", "ขอไทม์ไลน์ปีงบประมาณ 2568 หน่อย", "Deadlines", {}),
    ("L", "briefing meeting date?", "RuleQuestion", {"topic": "meeting"}),
    ("L", "meeting date?", "RuleQuestion", {"topic": "meeting"}),
    ("L", "รายงานผลส่งเลย 24 ก.ย. ไปแล้ว มีผลยังไงบ้างคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งเลยเดดไลน์ไปแล้ว กระทบคะแนนไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งแผนเลยวันที่ 31 ม.ค. มีผลอะไรไหมคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "หมดเขตสมัครวิ่งมินิมาราธอนกระทรวง 20 ม.ค. นะคะ", "Unknown", {}),
    ("L", "fun run กระทรวงหมดเขตวันไหน", "Unknown", {}),
    # near misses: a unit's timeline of what it sent; a date told; a score told with its cut;
    # the plan's own deadline
    ("L", "ไทม์ไลน์ปี 68 ของ ศทส. ที่ส่งไปแล้ว", "History", {"unit": ICT}),
    ("L", "ขอไทม์ไลน์การส่งของกองนิติการ", "History", {"unit": "กองนิติการ"}),
    ("L", "meeting date 20 Dec", "Unknown", {}),
    (
        "L",
        "กจได้2.95นะ โดนหักส่งช้า",
        "SubmitValue",
        {"indicator": "1", "value": "2.95", "raw_value": "2.95", "unit": "กองการเจ้าหน้าที่"},
    ),
    ("L", "ขยะมีผลยังไงบ้าง", "IndicatorQuery", {"indicator": "?ขยะ", "aspect": "result"}),
    ("L", "หมดเขตส่งแผน 31 ม.ค. นะคะ", "Deadlines", {"step": "3"}),
]

# (7) An ordinary week: a newcomer taking over from someone names no unit; an indicator named
# by its item's words ("รายการซ้ำซ้อน…": the segmenter cuts การซ้ำซ้อน) or by its description's
# ("ระบบสารสนเทศงบประมาณ", where two titles and items tie); ส่ง typed without its tone mark.
WEEK: list[Case] = [
    ("B", "ตอนนี้ใครอยู่ในทีม PMQA ของ สงป. บ้างคะ เพิ่งมาแทนพี่ที่ย้ายไป", "Members", {}),
    ("B", "ใครอยู่ในทีม PMQA บ้างคะ เพิ่งมาแทนพี่ที่ย้ายไป", "Members", {}),
    ("L", "ทีมกองคลังมีใครบ้างคะ หนูมาแทนพี่ต้อยที่เกษียณ", "Members", {"unit": "กองคลัง"}),
    (
        "B",
        "รายการซ้ำซ้อนด้านแหล่งน้ำ ถนน คิดยังไงครับ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "formula"},
    ),
    (
        "B",
        "รายการซ้ำซ้อนด้านแหล่งน้ำ ถนน ข้อไหนยังไม่ผ่านคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "failed"},
    ),
    (
        "B",
        "ตัวชี้วัดระบบสารสนเทศงบประมาณมีประเด็นอะไรบ้าง",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "items"},
    ),
    (
        "B",
        "ระบบสารสนเทศงบประมาณมีประเด็นประเมินกี่ข้อคะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "items"},
    ),
    ("L", "กำหนดสงฟอร์ม 1-3 วันสุดท้ายคือวันไหนน้า", "Deadlines", {"step": "3"}),
    ("L", "ใครยังไม่สงแผน", "Missing", {"step": "3"}),
    # near misses: a unit named beside the newcomer; the four budget indicators stay four; a
    # keyword still tells GD Catalog from Master Data; words holding สง stay
    ("L", "ในทีม PMQA มีพี่ๆ คนไหนบ้างคะ หนูเพิ่งย้ายมากองคลังค่ะ", "Members", {"unit": "กองคลัง"}),
    (
        "B",
        "งบประมาณได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": ["1", "2", "3", "4"], "aspect": "result"},
    ),
    (
        "O",
        "GD Catalog ก.พ. เกณฑ์ขั้นต้นกี่ชุดคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "criteria"},
    ),
    ("L", "ผมสงสัยว่าต้องส่งแผนไหม", "Unknown", {}),
    ("L", "ไปเที่ยวสงขลามา", "Unknown", {}),
    ("L", "สงกรานต์นี้ไปไหน", "Unknown", {}),
]

# (8) Older parts' deadlines: a month abbreviated with its year ("ก.พ. 68", February even to the
# office called ก.พ.); results to enter or indicators to report in a month; a form cut short
# to "ฟ.".
MONTHS: list[Case] = [
    ("O", "ก.พ. 68 มีเดดไลน์อะไรบ้างคะ", "Deadlines", {"month": 2}),
    ("L", "มี.ค. 68 ต้องส่งอะไรบ้าง", "Deadlines", {"month": 3}),
    ("B", "เดือนนี้ต้องอัปเดตผลอะไรบ้างครับ", "Deadlines", {"month": 1, "this_month": True}),
    ("B", "เดือนหน้ามีตัวชี้วัดไหนต้องรายงานบ้างคะ", "Deadlines", {"month": 2}),
    ("L", "ฟ.4 ส่งได้ถึงวันไหน", "Deadlines", {"step": "4"}),
    ("L", "ฟ.2 กับ ฟ.3 ต่างกันยังไง", "RuleQuestion", {"topic": "form"}),
    # near misses: ก.พ. alone is the office to its own; a day before the month and year is a
    # date; results entered are told
    ("O", "ก.พ. มีเดดไลน์อะไรบ้างคะ", "Deadlines", {}),
    ("L", "ส่งแผนเมื่อ 20 ม.ค. 68 ค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-20"}),
    ("B", "ต้องอัปเดตผลอะไรบ้าง", "Help", {}),
]

# (9) Older parts' rule questions: how to reach a level said short ("ทำไงให้ได้ระดับ5"); the
# PMQA team's own meeting, arranged ("นัดประชุม"); whether the head must sign (the forms').
RULES: list[Case] = [
    ("L", "ทำไงให้ได้ระดับ5 คะ", "RuleQuestion", {"topic": "level"}),
    ("L", "ทำไงจะได้ระดับ 4", "RuleQuestion", {"topic": "level"}),
    ("L", "ครั้งหน้าทีม PMQA นัดประชุมกันวันไหนครับ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ทีม PMQA นัดประชุมวันไหน", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ต้องให้ ผอ. เซ็นแผนก่อนส่งไหมคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "ต้องมีลายเซ็น ผอ. ไหม", "RuleQuestion", {"topic": "form"}),
    # near misses: another meeting arranged; the original sent besides; a leave form; a wait
    ("L", "นัดประชุมทีมวันไหนดี", "Unknown", {}),
    (
        "L",
        "ต้องส่งตัวจริงที่ผอ.ลงนามไปด้วยไหมครับ หรือสแกนขึ้นไดรฟ์อย่างเดียวพอ",
        "RuleQuestion",
        {"topic": "channel"},
    ),
    ("L", "ต้องให้ผอ.เซ็นใบลาไหม", "Unknown", {}),
    ("L", "พรุ่งนี้จะส่งแผนนะคะ ตอนนี้รอ ผอ. เซ็นอยู่", "Unknown", {}),
]


@readings(LAYOUT)
def test_thai_typed_on_the_english_layout_is_read_as_meant(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_only_runs_of_long_dictionary_words_are_read_back() -> None:
    assert typed_thai("l5kot คับ") == "สถานะ คับ"
    assert typed_thai("gs]nvduj;yo?") == "เหลือกี่วัน?"
    assert typed_thai("Google Drive") is None
    assert typed_thai("thx a lot ka") is None
    assert typed_thai("https://drive.google.com/l5kot") is None
    assert typed_thai("สถานะ") is None


@readings(ASKED_MA)
def test_mai_typed_as_said_asks(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LOANWORDS)
def test_english_words_in_thai_letters_are_read_as_the_english(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SPOKEN_NOT_TYPO)
def test_a_spoken_short_form_is_no_typo_of_an_aspect_word(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LATE)
def test_lateness_asked_of_the_units_is_who_has_not_sent(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SENT_WHEN)
def test_when_it_was_sent_or_last_recorded_is_the_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TIME_MORE)
def test_more_of_time_is_read(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WEEK)
def test_an_ordinary_week_is_read(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MONTHS)
def test_older_deadlines_are_read(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RULES)
def test_older_rule_questions_are_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


ALL = (
    LAYOUT
    + ASKED_MA
    + LOANWORDS
    + SPOKEN_NOT_TYPO
    + LATE
    + SENT_WHEN
    + TIME_MORE
    + WEEK
    + MONTHS
    + RULES
)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["l5kot", "gs]nvduj;yoคะ", "asdfgh", "ส่งแผนแล้วมะ", "สเต็ป3ส่งยัง"]) == []
