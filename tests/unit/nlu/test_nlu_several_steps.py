"""Several finished steps reported in one line ("ขั้นตอนที่ 4 กับ 5 ส่งแล้ว", "ขั้นตอนที่ 1-3 ผ่าน
แล้ว"): the reading carries every step (``MarkStep.more_steps``), compared as one list of steps;
asked, the same words stay a question; a step told once keeps its single reading."""

from __future__ import annotations

from tests.fakes.understanding import read_as_writes, readings, settled

KLANG = "กองคลัง"
KLANG_AND_KLANG = [KLANG, "กองกลาง"]

SEVERAL_STEPS = [
    ("L", "ขั้นตอนที่ 4 กับ 5 ส่งแล้ว", "MarkStep", {"step": ["4", "5"]}),
    ("L", "ขั้นตอน 4 และ 5 เสร็จแล้วค่ะ", "MarkStep", {"step": ["4", "5"]}),
    ("L", "ส่งขั้นตอนที่ 3,4 แล้ว", "MarkStep", {"step": ["3", "4"]}),
    ("L", "ขั้นตอนที่ 1-3 ผ่านแล้ว", "MarkStep", {"step": ["1", "2", "3"], "passed": True}),
    ("L", "ขั้นที่ 2 ถึง 3 ส่งแล้ว", "MarkStep", {"step": ["2", "3"]}),
    ("L", "ขั้นตอนที่ 4 และขั้นตอนที่ 5 ส่งแล้ว", "MarkStep", {"step": ["4", "5"]}),
    ("L", "ขั้น 4 กับขั้น 5 เรียบร้อยแล้วครับ", "MarkStep", {"step": ["4", "5"]}),
    ("L", "step 4, 5 done", "MarkStep", {"step": ["4", "5"]}),
    ("L", "ขั้นตอนที่ ๔ กับ ๕ ส่งแล้วค่ะ", "MarkStep", {"step": ["4", "5"]}),
    ("L", "ขั้นตอนที่ 1, 2 และ 3 ส่งครบแล้ว", "MarkStep", {"step": ["1", "2", "3"]}),
    ("L", "กองคลังส่งขั้นตอนที่ 4 กับ 5 แล้ว", "MarkStep", {"step": ["4", "5"], "unit": KLANG}),
    ("L", "ขั้นตอนที่ 4 กับ 5 ของกองคลังส่งแล้วค่ะ", "MarkStep",
     {"step": ["4", "5"], "unit": KLANG}),
    ("L", "ขั้นตอนที่ 1 กับ 2 ส่งแล้ว 10 ม.ค. 68", "MarkStep",
     {"step": ["1", "2"], "done_on": "2025-01-10"}),
    ("L", "ขั้นตอนที่ 4 กับ 5 ส่งทาง Google Drive แล้ว", "MarkStep",
     {"step": ["4", "5"], "channel": "google_drive"}),
    ("L", "กองคลังกับกองกลางส่งขั้นตอนที่ 4 กับ 5 แล้ว", "MarkStep",
     {"step": ["4", "5"], "unit": KLANG_AND_KLANG}),
    # A step the plan does not have is kept as typed, for the handler to say so.
    ("L", "ขั้นตอนที่ 5 กับ 6 ส่งแล้ว", "MarkStep", {"step": ["5", "?6"]}),
]  # fmt: skip


@readings(SEVERAL_STEPS)
def test_every_step_reported_in_one_line_is_read(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# What belongs to one step only is read as told: the handler asks to send the steps one by one.
ONE_STEPS_DETAILS = [
    ("L", "ขั้นตอนที่ 3 กับ 4 ส่งแล้ว ครบ 3 มิติ", "MarkStep",
     {"step": ["3", "4"], "dims": [1, 2, 3]}),
    ("L", "ขั้นตอนที่ 2 กับ 3 ส่งแล้ว เข้าประชุม 90%", "MarkStep",
     {"step": ["2", "3"], "value": "90"}),
]  # fmt: skip


@readings(ONE_STEPS_DETAILS)
def test_a_detail_of_one_step_is_kept_beside_the_steps(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# Near misses: one step told, whatever numbers or other steps stand in the message.
ONE_STEP = [
    ("L", "ขั้นตอนที่ 4 ส่งแล้ว", "MarkStep", {"step": "4"}),
    ("L", "ส่งแบบฟอร์ม 1-3 ครบแล้วครับ", "MarkStep", {"step": "3", "documents": "complete"}),
    ("L", "ขั้นตอนที่ 2 เข้าประชุม 90%", "MarkStep", {"step": "2", "value": "90"}),
    ("L", "ขั้นตอนที่ 3 ส่งแล้ว 28 ม.ค. 68", "MarkStep",
     {"step": "3", "done_on": "2025-01-28"}),
]  # fmt: skip


@readings(ONE_STEP)
def test_one_step_told_keeps_its_single_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_one_step_done_and_the_next_not_yet_reports_no_two_steps() -> None:
    _, slots = settled("ขั้นตอนที่ 3 ส่งแล้ว ขั้นตอนที่ 4 ยังไม่ได้ส่ง")
    assert not isinstance(slots.get("step"), list)


def test_steps_paired_carry_no_value() -> None:
    for text in ("ขั้นตอนที่ 1, 2 และ 3 ส่งครบแล้ว", "ขั้นตอนที่ 4 กับ 5 ส่งแล้ว"):
        assert "value" not in settled(text)[1]


# Asked, several steps stay a question.
ASKED = [
    ("L", "ขั้นตอนที่ 4 กับ 5 อยู่รอบไหน", "RuleQuestion", {"topic": "round"}),
    ("L", "กองคลังผ่านขั้นตอน 1 กับ 2 แล้วใช่มั้ย", "Status", {"unit": KLANG}),
]  # fmt: skip


@readings(ASKED)
def test_several_steps_asked_stay_questions(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


QUESTIONS = [
    "ขั้นตอนที่ 4 กับ 5 ส่งแล้วหรือยัง",
    "กองคลังส่งขั้นตอนที่ 4 กับ 5 แล้วหรือยังคะ",
    "ขั้นตอนที่ 1-3 ส่งครบแล้วใช่ไหม",
    "ขั้นตอนที่ 1 ถึง 3 ผ่านแล้วได้ระดับไหนคะ",
    "ถ้าผ่านขั้นตอน 1-3 จะได้ระดับไหน",
    "ขั้นตอนที่ 4 กับ 5 ต้องส่งทางไหน",
    "step 4, 5 done?",
    "ใครยังไม่ส่งขั้นตอนที่ 4 กับ 5",
]


def test_several_steps_asked_are_never_writes() -> None:
    assert read_as_writes(QUESTIONS) == []
