"""Issue 9, round 18 (known defects), each as a family with its near misses:

1. a sending asked of someone ("ให้ส่งแผนแล้ว", "บอกให้กองคลังส่งแผนแล้ว") is no step sent;
2. our own figure beside another body's ("ของเราขยะ 52.3 ศูนย์ภาค 5 ได้ 76.5") is our result;
3. when the answer is needed, said first ("ก่อนเข้าประชุมบ่ายนี้ ขยะ 52.3 นะคะ"), is set aside;
7. a past year's figure told right after its year ("ขยะปี 67 48.2") is a baseline.
"""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 1. Told to send, nothing sent ------------------------------------------------------------
TOLD_TO_SEND = [
    ("L", "ให้ส่งแผนแล้ว"),
    ("L", "บอกให้กองคลังส่งแผนแล้ว"),
    ("L", "แจ้งให้ส่งแผนแล้วนะ"),
    ("L", "ผอ.บอกให้ส่งแผนแล้ว"),
    ("L", "บอกให้ กก. ส่งแผนแล้วครับ"),
    ("L", "แจ้งให้ทุกกองส่งรายชื่อทีมแล้วนะคะ"),
    ("L", "ให้ส่งรายงานผลแล้วค่ะ"),
    ("L", "สั่งให้ส่งรายงานผลแล้ว"),
    ("L", "บอกน้องให้ส่งแผนแล้ว"),
    ("L", "ได้รับแจ้งให้ส่งแผนแล้ว"),
    ("L", "เตือนให้ส่งแผนแล้ว"),
]


@pytest.mark.parametrize(("org", "text"), TOLD_TO_SEND)
def test_a_sending_asked_of_someone_is_read_as_nothing(org: str, text: str) -> None:
    assert settled(text, org) == ("Unknown", {})


STILL_SENT = [
    ("L", "ส่งแผนแล้ว", "3", ""),
    ("L", "กองคลังส่งแผนให้แล้ว", "3", "กองคลัง"),
    ("L", "ส่งแผนให้ กพร. แล้ว", "3", ""),
    ("L", "บันทึกให้หน่อย กก.ส่งแผนแล้ว", "3", "กองกลาง"),
    ("L", "แจ้งให้ทราบว่ากองคลังส่งแผนแล้วค่ะ", "3", "กองคลัง"),
    ("L", "ฝากบันทึกให้กองคลังด้วยครับ ส่งแผนแล้ว", "3", "กองคลัง"),
    # Told to send, and a sending told done beside it.
    ("L", "บอกให้ส่งแผนแล้ว กองคลังส่งแล้ว", "3", "กองคลัง"),
    ("L", "ส่งแผนแล้วค่ะ ตามที่แจ้งให้ส่ง", "3", ""),
]


@pytest.mark.parametrize(("org", "text", "step", "unit"), STILL_SENT)
def test_a_sending_made_still_is(org: str, text: str, step: str, unit: str) -> None:
    intent, slots = settled(text, org)
    assert (intent, slots.get("step"), slots.get("unit", "")) == ("MarkStep", step, unit)


def test_asked_whether_they_were_told_stays_a_question() -> None:
    assert category(*settled("ให้ส่งแผนแล้วใช่ไหม")) == "question"


# -- 2. Our figure beside another body's -------------------------------------------------------
OURS_BESIDE_OTHERS = [
    ("P", "ของเราขยะ 52.3 ศูนย์ภาค 5 ได้ 76.5", "2", "52.3"),
    ("P", "ขยะของเรา 52.3 ภาค 5 ได้ 76.5", "2", "52.3"),
    ("P", "ของเรายาเสพติด 81.5 ศูนย์ภาค 5 ได้ 76.5", "4", "81.5"),
    ("P", "ของเราขยะ 52.3 นนทบุรีได้ 60.1", "2", "52.3"),
    ("P", "จังหวัดเราขยะ 52.3 นนทบุรี 60.1", "2", "52.3"),
    ("P", "ขยะเราได้ 52.3 ส่วนเชียงใหม่ได้ 60.1", "2", "52.3"),
    ("P", "ของเราขยะ 52.3 ค่ะ ศูนย์ภาค 5 ได้ 76.5", "2", "52.3"),
    ("P", "ของเราขยะ 52.3 เขต 5 ได้ 76.5", "2", "52.3"),
    ("P", "ขยะ 52.3 นนทบุรีได้ 60.1", "2", "52.3"),
    ("B", "ของเรา PMQA 418.5 กรมบัญชีกลางได้ 452", "8", "418.5"),
]


@pytest.mark.parametrize(("org", "text", "indicator", "value"), OURS_BESIDE_OTHERS)
def test_our_figure_beside_another_bodys_is_ours(
    org: str, text: str, indicator: str, value: str
) -> None:
    intent, slots = settled(text, org)
    assert (intent, slots.get("indicator"), slots.get("value")) == (
        "SubmitValue",
        indicator,
        value,
    )


OTHERS_ONLY = [
    ("P", "ศูนย์ภาค 5 ได้ 76.5"),
    ("P", "ศูนย์ภาค 5 ขยะได้ 76.5"),
    ("P", "นนทบุรีได้ 60.1 ของเราได้ 52.3"),
]


@pytest.mark.parametrize(("org", "text"), OTHERS_ONLY)
def test_another_bodys_figure_first_is_never_ours(org: str, text: str) -> None:
    assert category(*settled(text, org)) != "write"


def test_a_count_of_regions_is_no_other_bodys_figure() -> None:
    # "12 เขต 45 โครงการ" counts regions: the reading is the one it had before (the last
    # figure stated), no figure of ours cut at "เขต".
    assert settled("PB 12 เขต 45 โครงการ ผ่าน 3 เขต 10 โครงการ", "B")[1]["value"] == "3"


def test_asked_beside_another_bodys_figure_stays_a_question() -> None:
    assert settled("ของเราขยะ 52.3 ศูนย์ภาค 5 ได้เท่าไหร่", "P")[0] == "IndicatorQuery"


# -- 3. When it is needed, said first ----------------------------------------------------------
NEEDED_BY_FIRST = readings(
    [
        ("P", "ก่อนเข้าประชุมบ่ายนี้ ขยะ 52.3 นะคะ", "SubmitValue", {"indicator": "2"}),
        ("P", "ก่อนเข้าประชุมพรุ่งนี้ ยาเสพติด 81.5 ค่ะ", "SubmitValue", {"indicator": "4"}),
        ("P", "ก่อนประชุมบ่ายสาม ขยะได้ 52.3 ครับ", "SubmitValue", {"indicator": "2"}),
        ("P", "ก่อนเข้าประชุมเช้านี้ ขยะ 52.3", "SubmitValue", {"indicator": "2"}),
        ("P", "ขยะ 52.3 นะคะ ก่อนเข้าประชุมบ่ายนี้", "SubmitValue", {"indicator": "2"}),
        ("L", "ก่อนเข้าประชุมบ่ายนี้ ส่งแผนแล้วนะคะ", "MarkStep", {"step": "3"}),
        ("L", "ก่อนเข้าประชุมบ่ายนี้ เข้าประชุม 90% นะคะ", "MarkStep", {"step": "2"}),
        # Near misses: asked after the context, still asked.
        ("P", "ก่อนเข้าประชุมบ่ายนี้ ขยะได้เท่าไหร่คะ", "IndicatorQuery", {"indicator": "2"}),
        ("P", "ก่อนเข้าประชุมบ่ายนี้ ขยะ 52.3 ใช่ไหมคะ", "IndicatorQuery", {"indicator": "2"}),
        ("L", "ก่อนเข้าประชุมบ่ายนี้ ขอสรุปสถานะหน่อย", "Status", {}),
    ]
)


@NEEDED_BY_FIRST
def test_when_it_is_needed_said_first_is_set_aside(
    org: str, text: str, intent: str, slots: dict[str, str]
) -> None:
    read, got = settled(text, org)
    assert (read, {k: got.get(k) for k in slots}) == (intent, slots)


def test_the_figure_stands_after_when_it_is_needed() -> None:
    assert settled("ก่อนเข้าประชุมบ่ายนี้ ขยะ 52.3 นะคะ", "P")[1]["value"] == "52.3"


# -- 7. A past year's figure right after its year ----------------------------------------------
PAST_YEARS = [
    ("P", "ขยะปี 67 48.2", "2", "48.2", 2567),
    ("P", "ขยะปี 2567 48.2", "2", "48.2", 2567),
    ("P", "ขยะ ปี 67 48.2 ค่ะ", "2", "48.2", 2567),
    ("P", "ยาเสพติดปี 67 79.5", "4", "79.5", 2567),
    ("P", "ขยะปี 66 45.1", "2", "45.1", 2566),
    ("P", "PMQA ปี 67 385.5", "6", "385.5", 2567),
    ("P", "ขยะปี 67 ได้ 48.2", "2", "48.2", 2567),
]


@pytest.mark.parametrize(("org", "text", "indicator", "value", "year"), PAST_YEARS)
def test_a_past_years_figure_is_a_baseline(
    org: str, text: str, indicator: str, value: str, year: int
) -> None:
    intent, slots = settled(text, org)
    assert (intent, slots.get("indicator"), slots.get("value"), slots.get("year")) == (
        "SubmitBaseline",
        indicator,
        value,
        year,
    )


THIS_YEARS = readings(
    [
        ("P", "ขยะปี 68 52.3", "SubmitValue", {"indicator": "2", "value": "52.3"}),
        ("P", "ขยะปีนี้ 52.3", "SubmitValue", {"indicator": "2", "value": "52.3"}),
        ("P", "ขยะปี 67 48.2 ปีนี้ 52.3", "SubmitValue", {"indicator": "2", "value": "52.3"}),
        ("P", "ขยะปี 67 ได้เท่าไหร่", "IndicatorQuery", {"indicator": "2"}),
        ("P", "ขยะปี 67 48.2 ใช่ไหม", "IndicatorQuery", {"indicator": "2"}),
    ]
)


@THIS_YEARS
def test_this_years_figure_or_a_question_is_no_baseline(
    org: str, text: str, intent: str, slots: dict[str, str]
) -> None:
    read, got = settled(text, org)
    assert (read, {k: got.get(k) for k in slots}) == (intent, slots)


# -- 4. A file asked of whoever has one, beside forms sent -------------------------------------
BESIDE_WHOEVER_HAS = readings(
    [
        ("L", "ใครมีตัวอย่างฟอร์ม 3 บ้าง ส่งฟอร์ม 1 2 แล้ว", "MarkStep", {"step": "3"}),
        ("L", "ใครมีตัวอย่างฟอร์ม 2 บ้าง ส่งฟอร์ม 1 แล้ว", "MarkStep", {"step": "3"}),
        ("L", "ใครมีตัวอย่างแบบฟอร์ม 3 บ้างคะ ส่งแบบฟอร์ม 1 กับ 2 แล้ว", "MarkStep", {"step": "3"}),
        ("L", "ใครมีตัวอย่างฟอร์ม 3 มั่ง ส่งฟอร์ม 1 2 แล้ว", "MarkStep", {"step": "3"}),
        ("L", "ใครมีตัวอย่างฟอร์ม 3 บ้าง ส่งแผนแล้ว", "MarkStep", {"step": "3"}),
        ("L", "ใครมีตัวอย่างฟอร์ม 3 ส่งแผนแล้ว", "MarkStep", {"step": "3"}),
        ("L", "ใครมีไฟล์ฟอร์ม 3 ไหม ส่งแผนแล้ว", "MarkStep", {"step": "3"}),
        ("P", "ใครมีไฟล์ขยะ ส่งผลขยะ 52.3 แล้วนะ", "SubmitValue", {"value": "52.3"}),
        # Near misses: nothing told done beside the remark.
        ("L", "ใครมีตัวอย่างฟอร์ม 3 บ้าง", "Unknown", {}),
        ("L", "ใครมีตัวอย่างฟอร์ม 3 บ้าง เดี๋ยวส่งฟอร์ม 1 2", "Unknown", {}),
        ("L", "ใครมีตัวอย่างฟอร์ม 3 บ้าง ส่งฟอร์ม 1 2 ไปก่อนได้ไหม", "Unknown", {}),
    ]
)


@BESIDE_WHOEVER_HAS
def test_forms_sent_beside_a_file_asked_of_whoever_has_one(
    org: str, text: str, intent: str, slots: dict[str, str]
) -> None:
    read, got = settled(text, org)
    assert (read, {k: got.get(k) for k in slots}) == (intent, slots)


@pytest.mark.parametrize("text", ["ใครมีตัวอย่างฟอร์ม 3 บ้าง ส่งฟอร์ม 1 2 แล้ว"])
def test_the_remarks_form_number_is_never_a_value(text: str) -> None:
    assert settled(text)[0] != "SubmitValue"


# -- 5. Words that are no names stay out of the slots ------------------------------------------
NO_NAMES = readings(
    [
        ("L", "ส่งแผนทางเมลแทนค่ะ", "MarkStep", {"step": "3", "channel": "email"}),
        ("L", "ส่งแผนทางไลน์แทนนะคะ", "MarkStep", {"step": "3", "channel": "line"}),
        ("L", "กองคลังส่งแผนทางเมลแทนค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
        ("P", "ส่งแผนทางเมลแทนค่ะ", "MarkStep", {"step": "?แผน", "channel": "email"}),
        ("L", "เติมกิจกรรมมิติ 3", "MarkStep", {"step": "3", "dims": [3]}),
        ("L", "เติมกิจกรรมมิติ 3 ในแผนแล้ว", "MarkStep", {"step": "3", "dims": [3]}),
        ("L", "เพิ่มกิจกรรมมิติ 2 เข้าไป", "MarkStep", {"step": "3", "dims": [2]}),
        ("L", "รบกวนบันทึกให้ กก. ด้วยครับ ส่งแล้ว", "MarkStep", {"step": "?", "unit": "กองกลาง"}),
        ("L", "บันทึกให้ กก. ด้วยครับ ส่งทางไดรฟ์แล้ว", "MarkStep", {"step": "?"}),
        ("L", "รบกวนบันทึกให้ กก. ด้วยครับ ส่งครบแล้ว", "MarkStep", {"step": "3"}),
        ("L", "รบกวนบันทึกให้ กก. ด้วยครับ ส่งรายชื่อทีมแล้ว", "MarkStep", {"step": "1"}),
        ("P", "รบกวนบันทึกให้ กก. ด้วยครับ ส่งแผนแล้ว", "MarkStep", {"step": "?แผน"}),
    ]
)


@NO_NAMES
def test_words_that_are_no_names_stay_out_of_the_slots(
    org: str, text: str, intent: str, slots: dict[str, str]
) -> None:
    read, got = settled(text, org)
    assert (read, {k: got.get(k) for k in slots}) == (intent, slots)


# -- 6. Where we stand, and a unit's alias asked how it goes -----------------------------------
IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
WHERE_WE_STAND = readings(
    [
        ("L", "ตอนนี้เราอยู่ขั้นตอนไหน", "Status", {}),
        ("L", "ตอนนี้เราอยู่ขั้นตอนไหนแล้วคะ", "Status", {}),
        ("L", "ตอนนี้อยู่ขั้นตอนไหนแล้วครับ", "Status", {}),
        ("L", "กองคลังอยู่ขั้นตอนไหนแล้ว", "Status", {"unit": "กองคลัง"}),
        ("L", "ไอทีเป็นไงบ้าง", "Status", {"unit": IT}),
        ("L", "ไอทีเป็นยังไงบ้างคะ", "Status", {"unit": IT}),
        ("L", "กก.เป็นไงบ้าง", "Status", {"unit": "กองกลาง"}),
        # Near misses: when a step is due, what the steps are, everyday things.
        ("L", "ขั้นตอนไหนต้องส่งเดือนนี้", "Deadlines", {}),
        ("L", "ขั้นตอนต่อไปคืออะไร", "RuleQuestion", {}),
        ("L", "เน็ตเป็นไงบ้าง", "Unknown", {}),
    ]
)


@WHERE_WE_STAND
def test_where_we_stand_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, str]
) -> None:
    read, got = settled(text, org)
    assert (read, {k: got.get(k) for k in slots}) == (intent, slots)
