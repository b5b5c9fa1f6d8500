"""Issue 9, round 13 (r13b): a trailing clause saying what the answer is for ("ขอไว้ทำปฏิทิน",
"จะตามเรื่องเว็บ", "จะทำหนังสือเวียน") is the asker's reason, never a slot; the list of
everything recorded ("รายการบันทึกทั้งหมด") is the history; an indicator's name then its number
("ตัวชี้วัดจริยธรรมที่ 5") is the one of that number; a tier reached by a keyword cut short
("อุตฯเชิงนิเวศ ได้ระดับ 4") is a value; the measure word a title begins with ("ระดับความพร้อม…",
"คะแนนความพร้อม…") tells its items apart from the other's."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

# A reason after the ask: dropped, the ask read as without it.
PURPOSES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ปีนี้ต้องส่งอะไรบ้างครับ ขอไว้ทำตารางงานทีม", "Deadlines", {}),
    ("L", "มีกำหนดส่งอะไรบ้างทั้งปีคะ ไว้ทำปฏิทินของกอง", "Deadlines", {}),
    ("L", "เดือนหน้ามีกำหนดส่งอะไรบ้างคะ จะทำตารางงาน", "Deadlines", {"month": 2}),
    ("L", "ขั้น 3 ต้องส่งวันไหนครับ จะตามน้องๆ", "Deadlines", {"step": "3"}),
    (
        "L",
        "ทีมไอทีมีใครบ้างนะ จะตามเรื่องเว็บ",
        "Members",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "ทีมกองคลังมีใครบ้างครับ จะตามเอกสาร", "Members", {"unit": "กองคลัง"}),
    ("L", "ขอดูประวัติการบันทึกทั้งหมดของกลุ่มค่ะ จะเอาไปทำสรุป", "History", {}),
]

# The list of what was recorded, asked by its name.
HISTORIES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "รายการบันทึกทั้งหมดของกลุ่มนี้มีอะไรบ้างครับ", "History", {}),
    ("L", "ขอดูรายการบันทึกทั้งหมดตั้งแต่ต้นปีครับ", "History", {}),
    ("P", "ขอรายการบันทึกของจังหวัดหน่อยค่ะ", "History", {}),
    ("L", "ประวัติการบันทึกทั้งหมดของกลุ่มครับ อยากรู้ว่าใครบันทึกอะไรไปแล้ว", "History", {}),
]

# A count of entries recorded as a baseline is no history.
NOT_HISTORIES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "ปีงบ 66 โอนเปลี่ยนแปลงงบ 9 รายการ บันทึกเป็นฐานของตัวชี้วัดที่ 3 ครับ",
        "SubmitBaseline",
        {"indicator": "3", "value": "9", "raw_value": "9", "year": 2566},
    ),
]

# A name two indicators share, then the number of one: that one.
NAMED_NUMBERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ตัวชี้วัดจริยธรรมที่ 4 ได้คะแนนเท่าไหร่", "IndicatorQuery", {"indicator": "4", "aspect": "score"}),
    ("O", "ตัวชี้วัดจริยธรรม ที่ 4 ผลเป็นยังไงคะ", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("O", "ตัวชี้วัดจริยธรรมที่ 4 ส่งผลแล้วหรือยังคะ", "Missing", {"indicator": "4"}),
    (
        "O",
        "ตัวชี้วัดความพร้อมรัฐบาลดิจิทัล ที่ 9 ตกข้อไหนบ้าง",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "failed"},
    ),
    (
        "O",
        "ตัวชี้วัดจริยธรรมที่ 5 ได้ 80 คะแนน",
        "SubmitValue",
        {"indicator": "5", "value": "80", "raw_value": "80"},
    ),
]

# Not a number naming an indicator: an item of the plan (step 5's), or a value said "at".
NOT_NAMED_NUMBERS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "ตัวชี้วัดตามแผนที่ 4 ของกองคลังบรรลุแล้วค่ะ",
        "MarkStep",
        {"step": "5", "passed": True, "unit": "กองคลัง", "plan_item": 4},
    ),
    ("L", "ตัวชี้วัดตามแผนข้อที่ 3 ไม่บรรลุครับ", "MarkStep", {"step": "5", "passed": False, "plan_item": 3}),
    ("P", "ตัวชี้วัดขยะอยู่ที่ 52.3 ใช่ไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


@readings(NAMED_NUMBERS)
def test_a_shared_name_then_a_number_is_that_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_NAMED_NUMBERS)
def test_a_plan_item_or_a_value_at_is_no_indicator_number(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A tier reached, told of an indicator by a keyword cut short; asks and chat stay theirs.
CUT_SHORT_TIERS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "อุตฯ เชิงนิเวศ ได้ระดับ 3 แล้วค่ะ",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3"},
    ),
    (
        "P",
        "อุตฯเชิงนิเวศปีนี้ได้ระดับ ๕ ครับ",
        "SubmitValue",
        {"indicator": "1", "value": "5", "raw_value": "๕"},
    ),
    ("P", "อุตฯเชิงนิเวศ ต้องได้ระดับ 4 ไหม", "RuleQuestion", {"topic": "level"}),
    ("P", "อุตฯเชิงนิเวศ ถ้าได้ระดับ 3 ผ่านไหม", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("P", "ลูกชายสอบได้ระดับ 4", "Unknown", {}),
]


@readings(CUT_SHORT_TIERS)
def test_a_tier_reached_by_a_keyword_cut_short_is_a_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The items of one of two titles alike, told apart by the measure word each begins with.
TITLED_ITEMS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "คะแนนความพร้อมรัฐบาลดิจิทัลข้อไหนไม่ผ่าน",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "failed"},
    ),
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัล มีประเด็นอะไรบ้าง",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "items"},
    ),
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัล ติดข้อไหนอยู่",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "failed"},
    ),
    (
        "O",
        "ระดับความพร้อมรัฐบาลดิจิทัลมีข้ออะไรบ้าง",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "items"},
    ),
    # No measure word: both are asked.
    (
        "B",
        "ความพร้อมรัฐบาลดิจิทัลข้อไหนไม่ผ่าน",
        "IndicatorQuery",
        {"indicator": ["6", "7"], "aspect": "failed"},
    ),
]


@readings(TITLED_ITEMS)
def test_a_measure_word_beginning_a_title_tells_its_items_apart(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PURPOSES)
def test_a_reason_after_the_ask_is_no_slot(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HISTORIES)
def test_the_list_of_what_was_recorded_is_the_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_HISTORIES)
def test_entries_recorded_as_a_baseline_are_no_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
