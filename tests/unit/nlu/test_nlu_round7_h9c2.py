"""Round 7 (dev_fresh7/8), family h9c2: questions and submissions about report indicators --
regional and casual particles closing a question, "why did it fail", every item asked of, a
target reached, several indicators listed, the right one of two indicators whose titles differ
only by a measure word, the labour plan's "4.0" and a sender who is no unit of the organisation.
New sentences of each family, never the corpus's own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import settled

Q = "IndicatorQuery"

# 1. A casual or regional particle closing a question ("อะ", "อ่ะ", "เนาะ", "เนอะ") leaves
# the question as it is without it.
PARTICLES: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("P", "ขยะได้เท่าไหร่อะ", (Q, {"indicator": "2", "aspect": "result"})),
    ("P", "ยาเสพติดได้เท่าไหร่แล้วอ่ะ", (Q, {"indicator": "4", "aspect": "result"})),
    ("P", "ท่องเที่ยวผ่านไหมเนาะ", (Q, {"indicator": "3", "aspect": "tier"})),
    ("B", "e-Budgeting เกณฑ์คืออะไรอะ", (Q, {"indicator": "4", "aspect": "criteria"})),
    ("B", "คะแนนความพร้อมรัฐบาลดิจิทัลเท่าไหร่แล้วเนอะ", (Q, {"indicator": "7",
                                                           "aspect": "result"})),
    ("O", "แต่งตั้งได้กี่คะแนนอะ", (Q, {"indicator": "2", "aspect": "score"})),
    ("O", "หลักสูตรสอบมีข้อไหนบ้างอ่ะ", (Q, {"indicator": "1", "aspect": "items"})),
    ("L", "PMQA ได้ระดับไหนแล้วอะ", (Q, {"indicator": "1", "aspect": "tier"})),
    ("O", "ใครยังไม่ส่งผลจริยธรรมอะ", ("Missing", {"indicator": ["4", "5"]})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), PARTICLES)
def test_a_casual_particle_closing_a_question_changes_nothing(
    org: str, text: str, wanted: Any
) -> None:
    assert settled(text, org) == wanted


def test_a_word_ending_like_the_particle_stays() -> None:
    # "เยอะ" ends with the letters of "อะ": it is a word, not a particle.
    assert settled("ขยะเยอะ", "P")[0] != "SubmitValue"


# 2. "Why did it fail" asks which items failed.
WHY_FAILED: list[tuple[str, str, str | list[str]]] = [
    ("O", "ทำไมแต่งตั้งไม่ผ่านคะ", "2"),
    ("P", "ทำไมขยะไม่ผ่านเกณฑ์", "2"),
    ("B", "e-Budgeting ไม่ผ่านเพราะอะไรครับ", "4"),
    ("P", "ยาเสพติดทำไมถึงไม่ผ่านอ่ะ", "4"),
    ("B", "ทำไม PB ไม่ผ่านล่ะ", "2"),
    ("O", "ทำไมหลักสูตรสอบไม่ผ่านเนาะ", "1"),
    ("P", "why e-Service ไม่ผ่าน", "5"),
    ("O", "แผนพัฒนาบุคลากรไม่ผ่านเพราะอะไรคะ", "3"),
]


@pytest.mark.parametrize(("org", "text", "code"), WHY_FAILED)
def test_why_it_failed_asks_the_failed_items(org: str, text: str, code: str | list[str]) -> None:
    assert settled(text, org) == (Q, {"indicator": code, "aspect": "failed"})


# 3. Every item asked of by another item noun ("ทุกประเด็น", "ทุกหัวข้อ") is the items, as
# "ทุกข้อ" is.
EVERY_ITEM: list[tuple[str, str, str]] = [
    # ("…ผ่านครบทุกประเด็นไหม", passed in full asked yes or no, is the tier since round 33;
    # "…ผ่านครบทุกประเด็นยัง" since round 37.)
    ("O", "แต่งตั้งผ่านทุกประเด็นแล้วยัง", "2"),
    ("P", "อุตสาหกรรมเชิงนิเวศผ่านทุกหัวข้อไหม", "1"),
    ("B", "e-Budgeting ผ่านหมดทุกประเด็นมั้ยครับ", "4"),
    ("O", "หลักสูตรสอบมีกี่หัวข้อ", "1"),
    ("P", "e-Service หัวข้อไหนผ่านบ้าง", "5"),
    ("O", "แผนพัฒนาบุคลากรมีกี่ประเด็นคะ", "3"),
    ("P", "ยาเสพติดผ่านทุกหัวข้อยังเนาะ", "4"),
]


@pytest.mark.parametrize(("org", "text", "code"), EVERY_ITEM)
def test_every_item_by_any_item_noun_asks_the_items(org: str, text: str, code: str) -> None:
    assert settled(text, org) == (Q, {"indicator": code, "aspect": "items"})


# 4. Whether a result reached its target ("ถึงเป้า", "ได้ตามเป้า") is the verdict (tier); what
# the target is stays the criteria.
TARGET_REACHED: list[tuple[str, str, str, str]] = [
    ("P", "ขยะถึงเป้าหรือยังคะ", "2", "tier"),
    ("P", "ยาเสพติด 80 นี่ถึงเป้าไหม", "4", "tier"),
    ("P", "ท่องเที่ยวปีนี้ได้ตามเป้าไหมครับ", "3", "tier"),
    ("B", "e-Budgeting ถึงเป้าหมายมั้ย", "4", "tier"),
    ("O", "แต่งตั้งบรรลุเป้าหรือยัง", "2", "tier"),
    ("P", "e-Service ถึงเป้ามาตรฐานหรือเปล่า", "5", "tier"),
    ("P", "ขยะเป้าเท่าไหร่", "2", "criteria"),
    ("P", "ท่องเที่ยวต้องได้เท่าไหร่ถึงจะผ่าน", "3", "criteria"),
]


@pytest.mark.parametrize(("org", "text", "code", "aspect"), TARGET_REACHED)
def test_a_target_reached_is_the_verdict(org: str, text: str, code: str, aspect: str) -> None:
    assert settled(text, org) == (Q, {"indicator": code, "aspect": aspect})


# 5. Several indicators listed with spaces or กับ, one of them naming two blocks: every
# indicator asked.
LISTED: list[tuple[str, str, list[str], str]] = [
    ("P", "ขยะ ยาเสพติด ได้เท่าไหร่แล้ว", ["2", "4"], "result"),
    ("P", "ขยะ ท่องเที่ยว e-Service ผลเป็นไงบ้าง", ["2", "3", "5"], "result"),
    ("O", "จริยธรรม กับ แต่งตั้ง ผ่านไหม", ["2", "4", "5"], "tier"),
    ("O", "แต่งตั้งกับจริยธรรมได้เท่าไหร่คะ", ["2", "4", "5"], "result"),
    ("B", "PB e-Budgeting ผ่านไหมครับ", ["2", "4"], "tier"),
    ("O", "หลักสูตรสอบ แผนพัฒนาบุคลากร ได้กี่คะแนน", ["1", "3"], "score"),
    ("P", "ยาเสพติด และ ขยะ เกณฑ์คืออะไร", ["2", "4"], "criteria"),
]


@pytest.mark.parametrize(("org", "text", "codes", "aspect"), LISTED)
def test_several_listed_indicators_are_each_asked(
    org: str, text: str, codes: list[str], aspect: str
) -> None:
    assert settled(text, org) == (Q, {"indicator": codes, "aspect": aspect})


def test_a_title_holding_spaces_stays_one_indicator() -> None:
    assert settled("ขยะมูลฝอยชุมชน ได้เท่าไหร่", "P") == (Q, {"indicator": "2", "aspect": "result"})


# 6. Two indicators whose titles differ only by a measure word (ระดับ / คะแนน
# ความพร้อมรัฐบาลดิจิทัล): the measure glued to the title is kept by every reader, and the
# Thai words they share asked with one measure name that one.
MEASURED: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("O", "ความพร้อมรัฐบาลดิจิทัลได้คะแนนเท่าไหร่", (Q, {"indicator": "9", "aspect": "score"})),
    ("B", "ความพร้อมรัฐบาลดิจิทัลของเราได้กี่คะแนนคะ", (Q, {"indicator": "7",
                                                         "aspect": "score"})),
    ("B", "ความพร้อมรัฐบาลดิจิทัลอยู่ระดับไหนแล้ว", (Q, {"indicator": "6", "aspect": "tier"})),
    ("O", "ประวัติคะแนนความพร้อมรัฐบาลดิจิทัล", ("History", {"indicator": "9"})),
    ("B", "ขอดูประวัติการส่งคะแนนความพร้อมรัฐบาลดิจิทัลค่ะ", ("History", {"indicator": "7"})),
    ("O", "ย้อนดูระดับความพร้อมรัฐบาลดิจิทัลหน่อย", ("History", {"indicator": "8"})),
    ("B", "คะแนนความพร้อมรัฐบาลดิจิทัลปี 2566 เท่ากับ 70.5 บันทึกเป็นค่าฐาน",
     ("SubmitBaseline", {"indicator": "7", "value": "70.5", "raw_value": "70.5",
                         "year": 2566})),
    ("O", "baseline คะแนนความพร้อมรัฐบาลดิจิทัลปี 2566 เท่ากับ 79 นะ",
     ("SubmitBaseline", {"indicator": "9", "value": "79", "raw_value": "79", "year": 2566})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), MEASURED)
def test_the_measure_word_tells_two_titles_apart(org: str, text: str, wanted: Any) -> None:
    assert settled(text, org) == wanted


def test_the_english_name_of_both_asks_both() -> None:
    # "DG Readiness" is the keyword of both (the older parts' convention).
    assert settled("DG Readiness ได้กี่คะแนนคะ", "B") == (
        Q,
        {"indicator": ["6", "7"], "aspect": "score"},
    )


# 7. The asker's story typed without spaces before an indicator's name ("ผู้ว่าจะประชุม
# พรุ่งนี้อยากได้ตัวเลขขยะ…", "เป็นห่วงท่องเที่ยวมาก"): the name is still asked about.
STORY_GLUED: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("P", "พรุ่งนี้ผู้ว่าจะเข้าประชุมอยากได้ตัวเลขยาเสพติดว่าได้เท่าไหร่แล้ว",
     (Q, {"indicator": "4", "aspect": "result"})),
    ("P", "กังวลเรื่องท่องเที่ยวมากเลย ปีนี้ได้เท่าไหร่แล้วคะ",
     (Q, {"indicator": "3", "aspect": "result"})),
    ("O", "บ่ายนี้ต้องไปรายงานท่านเลขาเรื่องแผนพัฒนาบุคลากรผ่านกี่ข้อแล้วคะ",
     (Q, {"indicator": "3", "aspect": "items"})),
    ("B", "หัวหน้าอยากรู้ตัวเลขe-Budgetingได้เท่าไหร่แล้วครับ",
     (Q, {"indicator": "4", "aspect": "result"})),
    ("P", "เป็นห่วงe-Serviceมาก เป้าเท่าไหร่นะ", (Q, {"indicator": "5", "aspect": "criteria"})),
    ("O", "ห่วงจริยธรรมมากเลยเนาะ เกณฑ์คืออะไร", (Q, {"indicator": ["4", "5"],
                                                  "aspect": "criteria"})),
    ("P", "ท่านผู้ว่าถามมาว่าขยะมูลฝอยชุมชนได้เท่าไหร่แล้วคะ",
     (Q, {"indicator": "2", "aspect": "result"})),
    ("O", "เช้านี้ผอ.ถามว่าแต่งตั้งได้กี่คะแนนแล้ว", (Q, {"indicator": "2", "aspect": "score"})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), STORY_GLUED)
def test_the_story_glued_before_a_name_leaves_the_question(
    org: str, text: str, wanted: Any
) -> None:
    assert settled(text, org) == wanted


# Everyday words before a word of the plan that names no indicator (Thai puts the head noun
# first: "แอร์ห้องประชุม" is an air conditioner) stay chatter; so do everyday words after a name.
STILL_CHATTER: list[tuple[str, str]] = [
    ("L", "ไฟห้องประชุมดับใครพอรู้บ้าง"),
    ("P", "น้องเป็นห่วงขยะหน้าบ้านไม่มีใครมาเก็บเลย"),
    ("L", "ใครยังไม่ได้จ่ายค่าเสื้อทีมบ้าง"),
]


@pytest.mark.parametrize(("org", "text"), STILL_CHATTER)
def test_everyday_words_around_a_plan_word_stay_chatter(org: str, text: str) -> None:
    assert settled(text, org)[0] in ("Unknown", "SmallTalk")


# 8. An indicator named by a long fragment of its title after ตัวชี้วัด (a title is written in
# everyday words), asked formally ("ขอเรียนสอบถามผลการประเมินตัวชี้วัด…" asks its result) or
# casually ("… ตอนนี้เป็นไง"); which way is better ("ยิ่งน้อยยิ่งดี") is its criteria.
TITLED: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("L", "ขอดูตัวชี้วัดการขับเคลื่อนหน่วยงานสู่ระบบราชการหน่อยครับ", (Q, {"indicator": "1"})),
    ("B", "ขอดูตัวชี้วัดความพึงพอใจการให้บริการจากผู้ใช้งานระบบหน่อยค่ะ", (Q, {"indicator": "4"})),
    ("P", "เรียนผู้ประสานงาน ขอสอบถามผลการประเมินตัวชี้วัดรายได้จากการท่องเที่ยวค่ะ",
     (Q, {"indicator": "3", "aspect": "result"})),
    ("B", "ขอเรียนสอบถามผลการประเมินตัวชี้วัดความพึงพอใจการให้บริการ e-Budgeting ครับ",
     (Q, {"indicator": "4", "aspect": "result"})),
    ("O", "แต่งตั้ง ตอนนี้เป็นไง", (Q, {"indicator": "2"})),
    ("P", "e-Service เป็นไงมั่ง", (Q, {"indicator": "5"})),
    ("P", "ยาเสพติดยิ่งน้อยยิ่งดีใช่ไหม", (Q, {"indicator": "4", "aspect": "criteria"})),
    ("P", "ท่องเที่ยวยิ่งมากยิ่งดีใช่มั้ยคะ", (Q, {"indicator": "3", "aspect": "criteria"})),
    ("B", "e-Budgeting ยิ่งสูงยิ่งดีเนาะ เกณฑ์เท่าไหร่", (Q, {"indicator": "4",
                                                        "aspect": "criteria"})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), TITLED)
def test_an_indicator_named_by_its_title_or_asked_formally(
    org: str, text: str, wanted: Any
) -> None:
    assert settled(text, org) == wanted


def test_the_assessment_with_no_indicator_stays_the_overview() -> None:
    assert settled("ผลการประเมินเป็นยังไงบ้างคะ", "B") == ("Status", {})


# 9. A number that is no code but is written in an indicator's name ("4.0" of PMQA 4.0,
# ระบบราชการ 4.0) names that indicator; a code that is none still names nothing.
VERSIONED: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("L", "ตัวชี้วัด 4.0 ของเราผ่านไหมคะ", (Q, {"indicator": "1", "aspect": "tier"})),
    ("L", "kpi 4.0 ได้กี่คะแนนแล้ว", (Q, {"indicator": "1", "aspect": "score"})),
    ("P", "ตัวชี้วัด 4.0 ได้เท่าไหร่อะ", (Q, {"indicator": "6", "aspect": "result"})),
    ("B", "ตัวชี้วัด 4.0 ของสำนักผ่านเกณฑ์ไหม", (Q, {"indicator": "8", "aspect": "tier"})),
    ("O", "ตัวชี้วัด 4.0 เกณฑ์คืออะไรครับ", (Q, {"indicator": "10", "aspect": "criteria"})),
    ("L", "ตัวชี้วัด 4.0 เกณฑ์คืออะไร", (Q, {"indicator": "1", "aspect": "criteria"})),
    ("B", "PMQA 4.0 ได้กี่คะแนน", (Q, {"indicator": "8", "aspect": "score"})),
    ("P", "ตัวชี้วัด 2.1 ได้เท่าไหร่", (Q, {"indicator": "?2.1", "aspect": "result"})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), VERSIONED)
def test_a_version_number_names_the_indicator_written_with_it(
    org: str, text: str, wanted: Any
) -> None:
    assert settled(text, org) == wanted


# 10. A value reported with who passed it on ("ทสจ.เพิ่งส่งมา", "สนง.สถิติแจ้งมา"): words that
# name no unit of the organisation are no unit; the value is the organisation's.
PASSED_ON: list[tuple[str, str, str, str]] = [
    ("P", "ผลขยะล่าสุด 81.2 นะคะ ทสจ.เพิ่งส่งมา", "2", "81.2"),
    ("P", "ท่องเที่ยว ๑,๒๕๐ ล้านบาท ททท.ส่งมาเมื่อเช้า", "3", "1250"),
    ("B", "e-Budgeting 4.55 สปง.แจ้งมาค่ะ", "4", "4.55"),
    ("P", "ยาเสพติด 90.5 สสจ.ส่งมาให้แล้ว", "4", "90.5"),
    ("O", "แต่งตั้ง 4 ระดับ ทีมสรรหาส่งมา", "2", "4"),
    ("P", "e-Service 15,200 คน สพร.เพิ่งส่งมาค่ะ", "5", "15200"),
    ("P", "ท่องเที่ยว 1,480 ล้าน สนง.ท่องเที่ยวจังหวัดส่งมา", "3", "1480"),
]


@pytest.mark.parametrize(("org", "text", "code", "value"), PASSED_ON)
def test_who_passed_a_value_on_is_no_unit(org: str, text: str, code: str, value: str) -> None:
    intent, slots = settled(text, org)
    assert intent == "SubmitValue"
    assert slots["indicator"] == code
    assert slots["value"] == value
    assert "unit" not in slots


# 11. A value told as news of a change ("เพิ่มเป็น ๒๐ แล้วนะ", "ลดลงเหลือ"): a submission when
# its words name an indicator of the organisation, chat when they name something else; asked,
# it is never a write.
NEWS: list[tuple[str, str, str, str]] = [
    ("B", "หน่วยรับงบประมาณตรงเพิ่มขึ้นเป็น 25 แล้วค่ะ", "1", "25"),
    ("P", "ขยะลดลงเหลือ ๖๘.๕ แล้วนะ", "2", "68.5"),
    ("P", "ยาเสพติดขยับขึ้นเป็น 91 แล้วเด้อ", "4", "91"),
    ("B", "e-Budgeting ขึ้นเป็น 4.62 แล้วจ้า", "4", "4.62"),
    ("P", "ท่องเที่ยวเพิ่มเป็น 1,500 ล้านแล้ว", "3", "1500"),
    # Words of a title that hold no keyword.
    ("B", "หน่วยรับงบตรงขยับขึ้นเป็น 22 แล้ว", "1", "22"),
    ("B", "ปริมาณการโอนลดลงเหลือ 12 ครั้งแล้ว", "3", "12"),
]


@pytest.mark.parametrize(("org", "text", "code", "value"), NEWS)
def test_a_value_told_as_news_is_submitted(org: str, text: str, code: str, value: str) -> None:
    intent, slots = settled(text, org)
    assert (intent, slots["indicator"], slots["value"]) == ("SubmitValue", code, value)


NEWS_CHAT: list[tuple[str, str]] = [
    ("P", "ค่าไฟเพิ่มเป็น 5000 แล้ว"),
    ("B", "ราคาน้ำมันขึ้นเป็น 40 บาทแล้วนะ"),
    ("L", "ค่าข้าวกลางวันลดเหลือ 45 แล้ว"),
    ("B", "หน่วยรับงบตรงเพิ่มเป็น 20 แล้วเหรอ"),
]


@pytest.mark.parametrize(("org", "text"), NEWS_CHAT)
def test_news_of_anything_else_or_asked_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] not in ("SubmitValue", "SubmitBaseline", "MarkStep")


# 12. Codes joined to the first ("ตัวชี้วัดที่ 2 กับ 4"): every indicator is asked; a number
# after them stays a value.
CODES: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("B", "ตัวชี้วัดที่ 2 กับ 3 ผ่านไหมคะ", (Q, {"indicator": ["2", "3"], "aspect": "tier"})),
    ("P", "ตัวชี้วัด 2 และ 4 ได้เท่าไหร่แล้ว", (Q, {"indicator": ["2", "4"],
                                                "aspect": "result"})),
    ("O", "kpi 1 กับ 3 เกณฑ์คืออะไร", (Q, {"indicator": ["1", "3"], "aspect": "criteria"})),
    ("O", "ตัวชี้วัดที่ 1 กับ 2 ข้อไหนไม่ผ่านบ้าง", (Q, {"indicator": ["1", "2"],
                                                     "aspect": "failed"})),
    ("P", "ตัวชี้วัดที่ 3 กับที่ 5 ได้ผลยังไงบ้างอะ", (Q, {"indicator": ["3", "5"],
                                                      "aspect": "result"})),
    ("O", "ตัวชี้วัดที่ 6 และ 7 ผ่านเกณฑ์ไหม", (Q, {"indicator": ["6", "7"], "aspect": "tier"})),
    ("B", "kpi 2 กับ 3 คิดยังไง", (Q, {"indicator": ["2", "3"], "aspect": "formula"})),
    ("P", "ตัวชี้วัด 1 กับ 5 ตอนนี้เป็นไง", (Q, {"indicator": ["1", "5"]})),
    ("B", "ตัวชี้วัดที่ 2 กับ 4 ได้ 80", ("SubmitValue", {"indicator": "2", "value": "80",
                                                        "raw_value": "80"})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), CODES)
def test_codes_joined_to_the_first_are_each_asked(org: str, text: str, wanted: Any) -> None:
    assert settled(text, org) == wanted


# 13. Whether an indicator's own work is complete, with no word of sending ("ชุดข้อมูล
# ลงทะเบียนครบยัง"), is its summary; with one ("ส่งผลครบยัง") who has not sent it.
COMPLETE: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("O", "Master Data ยกระดับครบยัง", (Q, {"indicator": "7"})),
    ("B", "GD Catalog ขึ้นทะเบียนชุดข้อมูลครบยัง", (Q, {"indicator": "5"})),
    ("P", "e-Service เปิดให้บริการครบยังอะ", (Q, {"indicator": "5"})),
    ("O", "จริยธรรมขับเคลื่อนครบแล้วยัง", (Q, {"indicator": ["4", "5"]})),
    ("P", "ขยะครบยังอะ", (Q, {"indicator": "2"})),
    ("O", "หลักสูตรสอบพัฒนาครบหรือยังคะ", (Q, {"indicator": "1"})),
    ("B", "e-Budgeting ส่งผลครบยัง", ("Missing", {"indicator": "4"})),
    ("P", "ขยะรายงานผลครบหรือยัง", ("Missing", {"indicator": "2"})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), COMPLETE)
def test_complete_without_sending_is_the_indicator_s_progress(
    org: str, text: str, wanted: Any
) -> None:
    assert settled(text, org) == wanted
