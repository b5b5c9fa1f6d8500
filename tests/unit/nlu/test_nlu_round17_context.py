"""Round 17 (context17): a long message whose ask is one sentence, the others its context --
who asked for the answer, why, when it is needed, what happened last year, the sender's
circumstances (``data/nlu/context_words.txt``). The context holds words that pull the reading
elsewhere ("ตอบ", "ก่อน", "ช้า", "รอบ 12 เดือน"); the message is read with it set aside. The
context never makes a write of a question or of chatter."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.clauses import after_the_story, sentences, set_aside
from tests.fakes.understanding import readings, settled

WRITES = ("SubmitValue", "SubmitBaseline", "MarkStep", "ReminderSettings")

# (A) A question, then who asked, why or by when.
ASKED_WITH_CONTEXT: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ยาเสพติดได้ร้อยละเท่าไหร่แล้วคะ ท่านรองผู้ว่าฯ ถามมาในไลน์กลุ่ม ต้องตอบก่อนสี่โมง",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "result"},
    ),
    (
        "P",
        "ท่องเที่ยวได้ร้อยละเท่าไหร่แล้วคะ ท่านผู้ว่าถามมาในกลุ่ม ต้องตอบก่อนเที่ยง",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "result"},
    ),
    (
        "P",
        "ยาเสพติดผ่านเกณฑ์ยังครับ ท่านรองถามในที่ประชุมเมื่อเช้า ต้องตอบภายในวันนี้",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    (
        "P",
        "ขยะผ่านขั้นไหนแล้วครับ ถ้ายังไม่ผ่านจะได้รีบส่งหนังสือชี้แจง",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "tier"},
    ),
    (
        "O",
        "PMQA ปีนี้ผ่านเป้าหมายขั้นต้นหรือยังคะ ถ้ายังไม่ผ่านจะได้รีบทำคำชี้แจง",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "tier"},
    ),
    (
        "B",
        "PMQA ของสำนักได้กี่คะแนนคะ ผอ.กองจะใช้เทียบกับปี 65 ก่อนเข้าประชุม",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "score"},
    ),
    (
        "L",
        "ขอสถานะกองคลังหน่อยครับ ใกล้ถึงกำหนดส่งแล้ว",
        "Status",
        {"unit": "กองคลัง"},
    ),
    ("L", "สรุปภาพรวมหน่อยค่ะ ใกล้หมดเขตแล้ว", "Status", {}),
    (
        "L",
        "ก่อนเข้าประชุมบ่ายนี้ ขอสรุปสถานะทุกกองแบบละเอียดด้วยค่ะ ท่าน ผอ. จะถามเรื่องขั้นตอนที่ 4 กับ 5",
        "Status",
        {"detail": True},
    ),
    (
        "B",
        "ท่านเลขาฯ ขอข้อมูลภาพรวมตัวชี้วัดทั้ง 8 ตัวแบบละเอียดภายในเที่ยงนี้ครับ รบกวนบอทสรุปให้ด้วย",
        "Status",
        {"detail": True},
    ),
    (
        "P",
        "สอบถามค่ะ ตัวชี้วัดรายได้จากการท่องเที่ยวผ่านเป้าหมายขั้นมาตรฐานแล้วหรือยังคะ หัวหน้าฝากถามมา",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "tier"},
    ),
    (
        "L",
        "ขอบคุณค่ะ สรุปได้ทันประชุมพอดีเลย",
        "SmallTalk",
        {"kind": "thanks"},
    ),
]

# (B) A rule or a deadline asked, then last year's memory or the sender's circumstances.
RULES_WITH_CONTEXT: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "รายชื่อทีมต้องส่งวันไหนคะ ปีที่แล้วจำได้ว่าส่งช้าไป 2 วัน",
        "Deadlines",
        {"step": "1"},
    ),
    (
        "L",
        "แผนปฏิบัติการส่งได้ถึงวันที่เท่าไหร่ครับ ปีที่แล้วเคยส่งเลยกำหนด 3 วัน แต่ไม่โดนหัก",
        "Deadlines",
        {"step": "3"},
    ),
    (
        "L",
        "แบบฟอร์มหมายเลข 4 ส่งได้ถึงวันที่เท่าไหร่คะ ปีก่อนจำได้ว่าปลายปีงบ แต่ปีนี้ไม่แน่ใจว่าเปลี่ยนหรือเปล่า",
        "Deadlines",
        {"step": "4"},
    ),
    (
        "L",
        "ส่งแผนทางอีเมลได้ไหมคะ หรือต้องขึ้นไดรฟ์อย่างเดียว เน็ตที่อำเภอช้ามาก",
        "RuleQuestion",
        {"topic": "channel"},
    ),
    (
        "L",
        "ส่งแผนเป็นไฟล์ทางไลน์ได้ไหมคะ หรือต้องอัปไดรฟ์เท่านั้น เน็ตที่สำนักงานช้ามากช่วงนี้",
        "RuleQuestion",
        {"topic": "channel"},
    ),
]

# (C) A write or a setting, with the context around it.
WRITES_WITH_CONTEXT: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "O",
        "ส่งผล PMQA 405.5 คะแนนค่ะ เป็นคะแนนที่ได้จากการตรวจประเมินรอบ 6 เดือน รบกวนบันทึกให้ด้วยค่ะ",
        "SubmitValue",
        {"indicator": "10", "value": "405.5", "raw_value": "405.5"},
    ),
    (
        "L",
        "ปิดเตือนก่อนนะครับ ช่วงนี้ไม่มีกำหนดส่งอะไร เดี๋ยวใกล้รอบ 9 เดือนค่อยเปิด",
        "ReminderSettings",
        {"action": "off"},
    ),
    (
        "L",
        "ปิดเตือนไว้ก่อนนะคะ ช่วงนี้ไม่มีกำหนดส่งอะไร เดี๋ยวใกล้รอบ 12 เดือนค่อยเปิดใหม่",
        "ReminderSettings",
        {"action": "off"},
    ),
    (
        "L",
        "ช่วงรอบ 9 เดือน อยากให้บอทเตือนก่อนหมดเขต 5 วัน กับ 1 วันครับ",
        "ReminderSettings",
        {"action": "set", "days": [5, 1]},
    ),
    (
        "L",
        "ช่วงรอบ 6 เดือน อยากให้บอทเตือนก่อนหมดเขต 7 วัน กับ 3 วันค่ะ",
        "ReminderSettings",
        {"action": "set", "days": [7, 3]},
    ),
]


@readings(ASKED_WITH_CONTEXT)
def test_a_question_with_who_asked_why_or_by_when_is_read_alone(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RULES_WITH_CONTEXT)
def test_a_rule_asked_with_last_year_or_the_senders_trouble_is_read_alone(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WRITES_WITH_CONTEXT)
def test_a_write_or_setting_with_its_context_is_read_alone(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (D) A story told first, then the ask it led to ("…เลยอยากถามว่า…", "…จึงขอเรียนสอบถามว่า…",
# "…ขอให้บอทช่วยบอกหน่อยว่า…"): what follows the cue is read.
STORY_THEN_ASK: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "O",
        "สวัสดีครับ พอดีสำนักงาน ก.พ.ร. โทรมาถามเรื่องรายงานจริยธรรม ว่าเราส่งหรือยัง"
        " ผมเลยอยากรู้ว่าตัวชี้วัดจริยธรรมของเราตอนนี้ผ่านเกณฑ์ขั้นไหนแล้วครับ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "tier"},
    ),
    (
        "P",
        "สวัสดีค่ะ พรุ่งนี้ท่านผู้ว่าฯ จะประชุมกรมการจังหวัด หนูรวบรวมตัวเลขได้ครึ่งหนึ่งแล้ว"
        " ขอให้บอทช่วยบอกหน่อยว่าตัวไหนยังไม่มีคนส่งผลบ้างคะ",
        "Missing",
        {},
    ),
    (
        "L",
        "เรียนทีม กพร. ค่ะ ดิฉันเพิ่งมารับงาน PMQA ของกองคลังเป็นปีแรก อ่านคู่มือแล้วยังไม่ค่อยเข้าใจ"
        " จึงขอเรียนสอบถามว่าขั้นตอนที่ 3 ต้องส่งเอกสารอะไรบ้างคะ",
        "RuleQuestion",
        {"topic": "step"},
    ),
    (
        "L",
        "หนูเพิ่งย้ายมาจากกองกลาง งานเก่าไม่เคยทำ PMQA เลยอยากถามว่าขั้นตอนที่ 2 ต้องทำอะไรบ้างคะ",
        "RuleQuestion",
        {"topic": "step"},
    ),
    (
        "B",
        "ผอ.กองให้เตรียมสไลด์นำเสนอผู้บริหารช่วงบ่าย ผมเลยอยากรู้ว่าตอนนี้ภาพรวมทุกกองเป็นยังไงบ้างครับ",
        "Status",
        {},
    ),
]


@readings(STORY_THEN_ASK)
def test_the_ask_a_story_led_to_is_read_alone(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (E) Near misses: the context never makes a write of a question or of chatter; a question
# passed on ("ถามมาว่า…") is the ask; a sentence of context that asks itself stays.
NEAR_MISSES: list[tuple[str, str, str]] = [
    ("P", "ขยะ 52.3 ได้ไหมคะ ผู้ว่าถามมา", "IndicatorQuery"),
    ("P", "ขยะ 52.3 ผ่านไหมคะ ช่วงนี้ท่านผู้ว่าถามบ่อย", "IndicatorQuery"),
    ("L", "กองคลังส่งแผนแล้วหรือยังคะ เดี๋ยวบ่ายนี้ค่อยตาม", "Status"),
    ("P", "ปีที่แล้วจำได้ว่าขยะได้ 48 ค่ะ ปีนี้ได้เท่าไหร่", "IndicatorQuery"),
    ("L", "กองคลังส่งแผนแล้วค่ะ หัวหน้าฝากถามมาว่ากองกลางส่งหรือยัง", "Missing"),
    ("P", "ผู้ว่าฯ ถามมาในกลุ่มผู้บริหาร ต้องตอบก่อนบ่ายสาม", "Unknown"),
    ("P", "ช่วงนี้ยุ่งมากเลยค่ะ ปิดงบ ใครว่างช่วยดูเอกสารให้หน่อย", "Unknown"),
    ("P", "ขอบคุณค่ะ ช่วงนี้งานเยอะ เดี๋ยวค่อยส่งผลขยะ 52.3 นะคะ", "Unknown"),
    ("P", "ขยะได้เท่าไหร่คะ ช่วงนี้มีอะไรต้องส่งบ้าง", "Deadlines"),
    # What is asked of named only in the words set aside: the whole message is read.
    ("P", "ขยะ 52.3 ค่ะ ผอ.เลยอยากรู้ว่าผ่านไหม", "IndicatorQuery"),
    ("P", "ขยะได้เท่าไหร่แล้วคะ ช่วยบอกหน่อยว่ายาเสพติดผ่านไหม", "IndicatorQuery"),
]


def test_what_follows_a_cue_of_asking_is_never_a_write() -> None:
    text = "ก.พ.ร. โทรมาถามว่าส่งหรือยัง หนูเลยอยากถามว่าขยะ 52.3 ค่ะ"
    assert settled(text, "P")[0] not in WRITES


def test_the_subject_named_in_the_words_set_aside_stays() -> None:
    assert settled("ปีที่แล้วจำได้ว่าขยะได้ 48 ค่ะ ปีนี้ได้เท่าไหร่", "P") == (
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    )
    assert settled("ขยะ 52.3 ค่ะ ผอ.เลยอยากรู้ว่าผ่านไหม", "P") == (
        "IndicatorQuery",
        {"indicator": "2", "aspect": "tier"},
    )


@pytest.mark.parametrize(("org", "text", "intent"), NEAR_MISSES, ids=[c[1] for c in NEAR_MISSES])
def test_context_makes_no_write_and_keeps_an_ask(org: str, text: str, intent: str) -> None:
    got = settled(text, org)[0]
    assert got == intent
    assert got not in WRITES


def test_sentences_end_at_a_particle_or_an_asking_word_and_open_at_an_opener() -> None:
    assert sentences("ขยะได้เท่าไหร่แล้วครับ ผู้ว่าฯ ถามมาในกลุ่มผู้บริหาร ต้องตอบก่อนบ่ายสาม") == [
        "ขยะได้เท่าไหร่แล้วครับ",
        "ผู้ว่าฯ ถามมาในกลุ่มผู้บริหาร ต้องตอบก่อนบ่ายสาม",
    ]
    # "ของ" opens no favour ("ขอ"); a number stays with the words around it.
    assert sentences("PMQA ของสำนักได้กี่คะแนนคะ ผอ.จะใช้เทียบกับปี 65 ก่อนเข้าประชุม") == [
        "PMQA ของสำนักได้กี่คะแนนคะ",
        "ผอ.จะใช้เทียบกับปี 65 ก่อนเข้าประชุม",
    ]
    assert sentences("ช่วงรอบ 12 เดือน อยากให้บอทเตือนก่อนหมดเขต 10 วัน") == [
        "ช่วงรอบ 12 เดือน",
        "อยากให้บอทเตือนก่อนหมดเขต 10 วัน",
    ]


def test_set_aside_leaves_the_ask() -> None:
    assert set_aside("ขยะได้เท่าไหร่แล้วครับ ผู้ว่าฯ ถามมาในกลุ่มผู้บริหาร") == "ขยะได้เท่าไหร่แล้วครับ"
    # A sentence after the context that goes on with it ("แต่…") goes with it.
    assert (
        set_aside("ฟอร์ม 4 ส่งวันไหนครับ ปีที่แล้วจำได้ว่าปลายปีงบ แต่ปีนี้ไม่แน่ใจว่าเปลี่ยนไหม")
        == "ฟอร์ม 4 ส่งวันไหนครับ"
    )
    # A favour restating the ask goes too ("รบกวนบอทสรุปให้ด้วย"), not a favour to record: it
    # says the figures are the sender's own.
    assert set_aside("ขอสรุปทุกกองค่ะ ผอ.ถามมา รบกวนบอทสรุปให้ด้วย") == "ขอสรุปทุกกองค่ะ"
    assert (
        set_aside("ส่งผล PMQA 431.5 คะแนนค่ะ เป็นคะแนนที่ได้จากการตรวจรอบ 12 เดือน รบกวนบันทึกด้วยค่ะ")
        == "ส่งผล PMQA 431.5 คะแนนค่ะ รบกวนบันทึกด้วยค่ะ"
    )


def test_set_aside_keeps_what_asks_or_passes_a_question_on() -> None:
    assert set_aside("ผอ. ถามมาว่าขยะได้เท่าไหร่แล้ว ต้องรีบตอบ") == ""  # passed on: the ask
    assert set_aside("ขยะได้เท่าไหร่คะ ช่วงนี้มีอะไรต้องส่งบ้าง") == ""  # the sentence asks
    assert set_aside("ผู้ว่าฯ ถามมาในกลุ่มผู้บริหาร") == ""  # nothing else is left
    assert set_aside("ขยะได้เท่าไหร่") == ""  # too short to hold context


def test_after_the_story_reads_what_follows_the_cue() -> None:
    assert (
        after_the_story("ปีนี้หนูไม่อยากพลาด เลยอยากถามว่ามีกรณีไหนบ้างที่ถูกตัดคะแนนคะ")
        == "มีกรณีไหนบ้างที่ถูกตัดคะแนนคะ"
    )
    # A story that asks itself before a favour: two asks, not a story.
    assert after_the_story("ขยะได้เท่าไหร่แล้วคะ ช่วยบอกหน่อยว่ายาเสพติดผ่านไหม") == ""
    # The cue's words in two phrases are no cue ("หนูเลยมาช่วยดูแทน อยากทราบว่า…").
    assert after_the_story("หนูเลยมาช่วยดูแทน อยากทราบว่าต้องลงทะเบียนกี่ชุดคะ") == ""


# (F) The plan's briefing named in English is its meeting (data/nlu/english_words.txt).
BRIEFING: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "briefing ทีม PMQA จัดวันไหนนะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "briefing จัดวันไหน", "RuleQuestion", {"topic": "meeting"}),
    ("L", "briefing session ปีนี้จัดที่ไหนคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "briefing ของ ก.พ.ร. ครั้งหน้าเมื่อไหร่ครับ", "RuleQuestion", {"topic": "meeting"}),
]


@readings(BRIEFING)
def test_a_briefing_is_the_plans_meeting(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
