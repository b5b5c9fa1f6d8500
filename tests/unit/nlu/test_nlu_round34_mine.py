"""Round 34, mine: wrong writes of dev_fresh115-119 on arrival.

1. A sending at a time to come, told with its channel ("พรุ่งนี้ส่งแผนทาง drive ค่ะ",
   "เดี๋ยวบ่ายนี้ส่งไฟล์ excel ให้ทางเมลนะครับพี่") is a promise, as it is without the channel
   ("พรุ่งนี้ส่งแผนค่ะ"); a sending told done stays a report.
2. Words that hold a cue word but are something else: "ใบเสร็จ" (a receipt) finishes nothing,
   "แผนก" (a section: "แผนกพัสดุ") is no plan; "แผนการ…", "แผนกองกลาง", "แผนกี่ฉบับ" still are.
3. A dimension to be added later ("มีมิติ 1 กับ 3 ส่วนมิติ 2 ขอเพิ่มทีหลัง") is not in the plan sent.
4. A dimension added and the plan then said complete ("เพิ่มมิติ 2 แล้วนะ ครบละ") covers all
   three, as "…ตอนนี้ครบ 3 มิติ" does.
5. A sending ordered, then something else told done in a clause of its own ("รีบส่งแผนนะคะ ผอ.
   ตามแล้ว", "ส่งแผนด่วนเลยค่ะ ผอ.ถามแล้ว") sends nothing; hurried and done in one clause
   ("รีบส่งแผนไปแล้วค่ะ ทันพอดี") is a report.
"""

from __future__ import annotations

from tests.fakes.understanding import read_as_writes, readings, settled

PROMISED = [
    "พรุ่งนี้ส่งแผนทาง drive ค่ะ",
    "พรุ่งนี้เช้าส่งแผนทาง drive ค่ะ",
    "เดี๋ยวบ่ายนี้ส่งไฟล์ excel ให้ทางเมลนะครับพี่",
    "เย็นนี้ส่งแผนทางอีเมลนะคะ",
    "บ่ายนี้ส่งแผนทางเมลนะครับ",
    "ส่งแผนทาง drive พรุ่งนี้นะคะ",
    "สัปดาห์หน้าส่งรายงานทางอีเมลครับ",
]


def test_a_sending_at_a_time_to_come_with_its_channel_is_a_promise() -> None:
    assert read_as_writes(PROMISED) == []


SENT = [
    ("L", "ส่งแผนทาง drive แล้วค่ะ", "MarkStep", {"step": "3", "channel": "google_drive"}),
    ("L", "ส่งแผนทางเมลค่ะ", "MarkStep", {"step": "3", "channel": "email"}),
    # Done now, the rest for later: still the report of what was sent.
    (
        "L",
        "ส่งแผนทาง drive แล้วค่ะ พรุ่งนี้ส่งเอกสารตาม",
        "MarkStep",
        {"step": "3", "channel": "google_drive"},
    ),
    # The time told is of the papers that follow, not of the sending.
    (
        "L",
        "กค. ส่งแผนทาง drive ค่ะ เอกสารประกอบพรุ่งนี้ตามไป",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive"},
    ),
]


@readings(SENT)
def test_a_sending_told_done_with_its_channel_stays_a_report(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


SOMETHING_ELSE = [
    "แผนกพัสดุฝากถามเรื่องใบเสร็จค่ะ",
    "ขอใบเสร็จด้วยนะคะ แผนกบัญชีรออยู่",
    "ได้ใบเสร็จแล้วค่ะ",
]


def test_a_receipt_and_a_section_are_no_plan_done() -> None:
    assert read_as_writes(SOMETHING_ELSE) == []


# Papers a section sent read as papers sent by a unit of another kind ("ฝ่ายการเงินส่งเอกสาร
# แล้ว": the step asked back), never as the plan the letters of "แผนก" hold.
SECTIONS = ["แผนกการเงินส่งเอกสารแล้วค่ะ", "ใบเสร็จค่าอาหารประชุมเสร็จแล้วนะคะ ส่งแผนกบัญชีแล้ว"]


def test_a_section_sending_papers_sends_no_plan() -> None:
    assert [t for t in SECTIONS if settled(t)[1].get("step") == "3"] == []


STILL_THE_PLAN = [
    ("L", "แผนกองกลางส่งแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ทำแผนเสร็จแล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "แผนการดำเนินงานส่งแล้วครับ", "MarkStep", {"step": "3"}),
]


@readings(STILL_THE_PLAN)
def test_the_plan_glued_to_a_unit_or_its_kind_is_still_the_plan(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


DIMENSIONS = [
    (
        "L",
        "ส่งแผนแล้วค่ะ มีมิติ 1 กับ 3 ส่วนมิติ 2 ขอเพิ่มทีหลัง",
        "MarkStep",
        {"step": "3", "dims": [1, 3]},
    ),
    (
        "L",
        "ส่งแผนแล้วครับ มิติ 1 กับ 2 ส่วนมิติ 3 จะตามไปพรุ่งนี้",
        "MarkStep",
        {"step": "3", "dims": [1, 2]},
    ),
    (
        "L",
        "นิติการแก้แผนเพิ่มมิติ 2 แล้วนะ ครบละ",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "dims": [1, 2, 3]},
    ),
    ("L", "เพิ่มมิติ 2 แล้วค่ะ ครบแล้ว", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
    # Near misses: only what was added, no word that the plan is complete.
    ("L", "เพิ่มมิติ 2 แล้วค่ะ", "MarkStep", {"step": "3", "dims": [2]}),
    (
        "L",
        "แก้ไขแผนกองคลัง เพิ่มมิติที่ 2 แล้ว ตอนนี้ครบ 3 มิติ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2, 3]},
    ),
    ("L", "ส่งแผนแล้ว มิติ 1 กับ 3 ส่วนมิติ 2 ยังไม่เสร็จ", "MarkStep", {"step": "3", "dims": [1, 3]}),
]


@readings(DIMENSIONS)
def test_dimensions_for_later_are_out_and_a_plan_said_complete_has_all(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


ORDERED = [
    "รีบส่งแผนนะคะ ผอ.ตามแล้ว",
    "รีบส่งแผนด้วยนะ ใกล้หมดเวลาแล้ว",
    "ส่งแผนด่วนเลยค่ะ ผอ.ถามแล้ว",
    "ช่วยส่งรายชื่อทีมด้วยนะคะ ท่านรองทวงแล้ว",
]


def test_a_sending_ordered_then_something_else_done_sends_nothing() -> None:
    assert read_as_writes(ORDERED) == []


HURRIED_AND_DONE = [
    ("L", "รีบส่งแผนไปแล้วค่ะ ทันพอดี", "MarkStep", {"step": "3"}),
    ("L", "ส่งแผนด่วนทางไดรฟ์แล้วค่ะ", "MarkStep", {"step": "3", "channel": "google_drive"}),
]


@readings(HURRIED_AND_DONE)
def test_a_sending_hurried_and_done_in_one_clause_is_a_report(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)
