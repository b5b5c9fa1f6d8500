"""Families the second fresh development part showed were fixed too narrowly: each is a set
of new sentences a team member might type for the same meaning (other verbs, nouns, order,
particles, padding), read by a general rule -- never the one sentence the part holds."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import WRITES
from handlers.nlu.clauses import clauses
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import settled

# 1. A write with a caveat about its documents: any document word and any "not complete /
# not yet / later" keeps the write, its documents incomplete (none attached: missing).
DOCUMENT_CAVEATS: list[tuple[str, dict[str, Any]]] = [
    ("ส่งแผนแล้วค่ะ แต่ไฟล์แนบยังไม่ครบนะคะ", {"step": "3", "documents": "incomplete"}),
    ("ส่งรายงานผลเรียบร้อยแล้วครับ หลักฐานยังขาดอยู่บางส่วน",
     {"step": "4", "documents": "incomplete"}),
    ("ส่งรายชื่อทีมแล้วนะคะ ยังขาดเอกสารแนบอีกนิดหน่อย", {"step": "1", "documents": "incomplete"}),
    ("ส่งแผนไปแล้วครับ ส่วนไฟล์ประกอบจะส่งตามมาทีหลัง", {"step": "3", "documents": "incomplete"}),
    ("ส่งแผนแล้วนะ แต่แนบหลักฐานไม่ครบ", {"step": "3", "documents": "incomplete"}),
    ("ส่งรายงานผลแล้วค่ะ เอกสารหลักฐานยังไม่ครบถ้วน", {"step": "4", "documents": "incomplete"}),
    ("กองคลังส่งแผนแล้ว แต่หลักฐานประกอบยังส่งไม่ครบค่ะ",
     {"step": "3", "unit": "กองคลัง", "documents": "incomplete"}),
    ("ส่งแผนแล้วจ้า เอกสารแนบขอส่งตามไปทีหลังนะ", {"step": "3", "documents": "incomplete"}),
    ("ส่งแผนแล้ว แต่ยังไม่ได้แนบไฟล์หลักฐานค่ะ", {"step": "3", "documents": "missing"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "slots"), DOCUMENT_CAVEATS)
def test_a_caveat_on_any_document_keeps_the_write(text: str, slots: dict[str, Any]) -> None:
    assert settled(text) == ("MarkStep", slots)


@pytest.mark.parametrize(
    "text",
    [
        "ส่งแผนแล้วแต่เอกสารแนบยังไม่ครบ จะโดนหักคะแนนไหมคะ",
        "ใครส่งแผนแล้วแต่หลักฐานยังไม่ครบบ้าง",
        "ไฟล์แนบยังไม่ครบส่งได้ไหมครับ",
    ],
)
def test_a_question_about_incomplete_documents_stays_a_question(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


# 2. The organisation's overall status: every indicator, the whole organisation, ours.
@pytest.mark.parametrize(
    ("org", "text"),
    [
        ("L", "ภาพรวมของกรมเราตอนนี้เป็นยังไงบ้างคะ"),
        ("B", "สรุปผลตัวชี้วัดทั้งหมดของสำนักให้หน่อยครับ"),
        ("O", "ขอดูสถานะทุกตัวชี้วัดของสำนักงานเราค่ะ"),
        ("P", "ผลรวมของจังหวัดตอนนี้เป็นไงบ้าง"),
        ("L", "องค์กรเราตอนนี้ผลรวมไปถึงไหนแล้วครับ"),
        ("O", "อยากเห็นภาพรวมตัวชี้วัดทุกตัวของหน่วยงานเราค่ะ"),
        ("B", "สรุปสถานะตัวชี้วัดของเราทั้งหมดหน่อย"),
        ("P", "ตัวชี้วัดทุกตัวของจังหวัดเราเป็นไงบ้างครับ"),
        ("L", "ขอผลรวมทุกตัวชี้วัดของกรมหน่อยค่ะ"),
    ],
)
def test_the_whole_organisation_asks_its_status(org: str, text: str) -> None:
    assert settled(text, org) == ("Status", {})


@pytest.mark.parametrize(
    ("org", "text", "indicator"),
    [
        ("P", "สรุปผลตัวชี้วัดขยะของจังหวัดเราหน่อย", "2"),
        ("P", "ภาพรวมยาเสพติดของจังหวัดเป็นยังไงบ้าง", "4"),
    ],
)
def test_a_real_indicator_named_with_them_stays_that_indicator(
    org: str, text: str, indicator: str
) -> None:
    intent, slots = settled(text, org)
    assert (intent, slots.get("indicator")) == ("IndicatorQuery", indicator)


# 3. Who has not sent: negated sending asks Missing, never History; the team list, Members.
@pytest.mark.parametrize(
    ("org", "text", "slots"),
    [
        ("L", "ยังขาดแผนของกองไหนบ้างคะ", {"step": "3"}),
        ("L", "ตอนนี้มีใครค้างงานบ้างครับ", {}),
        ("L", "ยังไม่มีใครส่งแผนเลยเหรอคะ", {"step": "3"}),
        ("P", "ผลขยะยังไม่มีใครส่งเลยใช่ไหม", {"indicator": "2"}),
        ("P", "ยังไม่มีหน่วยไหนส่งผลยาเสพติดเลยหรอ", {"indicator": "4"}),
        ("L", "รายงานผลยังขาดของกองไหนอยู่ครับ", {"step": "4"}),
        ("L", "ใครยังค้างส่งรายชื่อทีมอยู่บ้างคะ", {"step": "1"}),
        ("L", "ยังไม่มีใครส่งรายชื่อทีมมาเลยใช่มั้ยคะ", {"step": "1"}),
    ],
)
def test_negated_sending_asks_who_is_missing(org: str, text: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == ("Missing", slots)


@pytest.mark.parametrize(
    "text",
    [
        "ขอรายชื่อคนที่ลงทะเบียนทั้งหมดหน่อยค่ะ",
        "ขอดูรายชื่อสมาชิกในกลุ่มทั้งหมดครับ",
        "ใครลงทะเบียนในกลุ่มนี้แล้วบ้างคะ",
        "ขอรายชื่อคนในกลุ่มหน่อย",
        "อยากได้รายชื่อผู้ที่ลงทะเบียนไว้ทั้งหมดครับ",
    ],
)
def test_the_registered_people_are_the_team(text: str) -> None:
    assert settled(text) == ("Members", {})


# 4. Rule questions: attendance and the channel to send through.
@pytest.mark.parametrize(
    "text",
    [
        "ต้องเข้าประชุมอย่างน้อยกี่เปอร์เซ็นต์คะ",
        "เข้าร่วมกิจกรรมไม่ถึง 80% จะได้คะแนนไหม",
        "เข้าประชุม 70 เปอร์เซ็นต์ผ่านไหมคะ",
        "ทีมต้องเข้าร่วมประชุมกี่ % ถึงจะผ่านเกณฑ์ครับ",
        "เข้าประชุมได้แค่ 60% ยังได้คะแนนอยู่ไหม",
        "เข้าร่วมกิจกรรม 75 % ได้คะแนนหรือเปล่าคะ",
        "ทีมงาน PMQA ต้องเข้าประชุมกี่ % ถึงจะได้คะแนนคะ",
    ],
)
def test_attendance_rules_are_asked(text: str) -> None:
    assert settled(text)[0:2] == ("RuleQuestion", {"topic": "attendance"})


@pytest.mark.parametrize("text", ["ต้องเข้าร่วมกิจกรรมกี่ % ถึงจะผ่าน", "ขยะได้กี่ คะแนน", "ต้องประชุมกี่ ครั้งคะ"])
def test_a_measure_after_an_asking_word_is_still_its_clause(text: str) -> None:
    assert clauses(text) == [(text, False)]


@pytest.mark.parametrize(
    "text",
    [
        "ส่งแผนทาง google form หรือส่งเป็นเล่มครับ",
        "รายงานผลส่งทางอีเมลหรือส่งหนังสือดีคะ",
        "ส่งรายชื่อทีมผ่าน google form หรือทำเป็นหนังสือคะ",
        "ต้องส่งแผนเป็นหนังสือหรือทางอีเมลคะ",
    ],
)
def test_a_choice_of_channel_asks_the_channel(text: str) -> None:
    intent, slots = settled(text)
    assert (intent, slots.get("topic")) == ("RuleQuestion", "channel")


# 5. A cancel with an aside: a particle spelling and a short word on asking someone first.
@pytest.mark.parametrize(
    "text",
    [
        "ยกเลิกค่า เดี๋ยวเช็คกับหัวหน้าก่อน",
        "ยกเลิกก่อนครับ เดี๋ยวถามฝ่ายก่อน",
        "ยกเลิกนะคะ เดี๋ยวถามหน่วยงานอีกที",
        "ยกเลิกจ้า รอถามพี่ในกองก่อน",
        "ยกเลิกครับผม เดี๋ยวไปถามสำนักก่อน",
        "ยกเลิกคร้าบ เดี๋ยวขอถามกลุ่มงานก่อน",
    ],
)
def test_a_cancel_with_an_aside_is_the_cancel(text: str) -> None:
    assert settled(text) == ("Cancel", {})


@pytest.mark.parametrize("text", ["ยกเลิกได้ไหมคะ เดี๋ยวถามกองก่อน", "ยกเลิกแผนของกองคลังยังไงคะ"])
def test_a_question_about_cancelling_is_no_cancel(text: str) -> None:
    assert settled(text)[0] != "Cancel"
