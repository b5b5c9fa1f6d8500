"""Round 30 review (writes8, rules8, steps8, aspects8): defects found, written failing.

Chatter read as a write since this round: a colleague asked for a Monday summary, a boss's
request, another organisation's digest ("…สรุปทุกวันจันทร์", "…สรุปแบบรายสัปดาห์") turn the
digest on; a criteria group chosen by its ordinal ("เลือกกลุ่มเกณฑ์ที่ 2"), a favour to group
documents, the number of groups a catalogue sorts units into are baselines. Writes with a
wrong detail: an English negation ("but not all dimensions") stores every dimension; a lack
denied only as the sole one ("ไม่ได้ขาดมิติ 2 อย่างเดียว ขาดมิติ 3 ด้วย") puts dimension 2 back;
"billions" is not read as "billion". Writes lost: a report on the lines before the bot's name
with a polite "…ได้ไหมคะ" after it, a step report "ตาม dead line", the bot called "@น้อง PMQA".
"""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]


# (1) The weekly digest's new words in talk that sets nothing: nothing of the bot's settings.
DIGEST_CHATTER: list[tuple[str, str]] = [
    ("L", "น้องๆ ส่งสรุปทุกวันจันทร์ให้พี่ด้วยนะ"),  # a senior asks the juniors
    ("L", "หัวหน้าขอสรุปทุกวันจันทร์นะคะทุกคน"),  # the boss's request passed on
    ("L", "ผอ.ขอสรุปทุกวันจันทร์ เดี๋ยวพี่ทำเอง"),  # the director's, done by hand
    ("L", "ช่วยทำสรุปแบบรายสัปดาห์ให้ผู้บริหารด้วย"),  # a report for the executives
    ("L", "เราส่งสรุปแบบรายสัปดาห์ให้ กพร. ทุกศุกร์"),  # what the team already does
    ("L", "กรมอื่นเขาเปิดสรุปทุกวันจันทร์กันหมดแล้ว"),  # other departments' news
    ("L", "หัวหน้าบอกไม่ต้องส่งสรุปทุกวันจันทร์แล้ว"),  # the team's own summary stopped: no digest off
    ("L", "พี่ไม่ต้องส่งสรุปทุกวันจันทร์แล้วนะ ผอ.ยกเลิกประชุม"),  # told to a colleague
]


# (2) A criteria group's words in talk that is no base count.
GROUPING_CHATTER: list[tuple[str, str]] = [
    ("B", "เราเลือกกลุ่มเกณฑ์ที่ 2 นะคะ"),  # the group's ordinal, no count
    ("L", "ช่วยจัดกลุ่มเอกสาร 12 ชุดให้หน่อยนะ"),  # a favour asked of a colleague
    ("L", "กองคลังขอจัดกลุ่มใหม่ 4 กลุ่ม"),  # a unit's own regrouping
    ("L", "เลือกกลุ่มไลน์ 2 กลุ่มแล้วนะคะ"),  # LINE groups chosen
    ("L", "ทีมจัดกลุ่มผู้รับบริการได้ 4 กลุ่ม"),  # service users grouped
    ("B", "ช่วยจัดกลุ่มชุดข้อมูล 12 ชุดให้หน่อยนะ"),  # a favour: GD Catalog's baseline 12 now
    ("B", "GD Catalog ใช้จัดกลุ่มหน่วยงานเป็น 3 กลุ่ม"),  # how many groups, no count of sets
]


# (3) Writes whose detail is wrong now.
WRONG_DETAIL: list[Case] = [
    # An English negation of every dimension: the plan is not complete.
    ("L", "กองคลังส่งแผนแล้ว but not all dimensions", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    # Not only dimension 2 is lacking, 3 too: only dimension 1 is there.
    (
        "L",
        "กองคลังส่งแผนแล้ว ไม่ได้ขาดมิติ 2 อย่างเดียว ขาดมิติ 3 ด้วย",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1]},
    ),
    (
        "L",
        "กองคลังส่งแผนแล้ว ไม่ได้ขาดแค่มิติ 2 ขาดมิติ 3 ด้วย",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1]},
    ),
    # The unit told on the line before the bot's name: "ยังขาด…" after it asks nothing, so the
    # message is no question to cut at the mention (the sender's own unit would be marked).
    (
        "L",
        "แจ้งแทนกองกลางนะคะ\n@PMQA Bot ส่งแผนแล้วค่ะ ยังขาดมิติ 3",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [1, 2]},
    ),
    # "billions" is the plural of the billion now read: 2,100 ล้านบาท, not 2.1.
    (
        "P",
        "รายได้ท่องเที่ยว 2.1 billions baht",
        "SubmitValue",
        {"indicator": "3", "value": "2100", "raw_value": "2.1 billions"},
    ),
]


# (4) Writes lost since this round.
WRITES_LOST: list[Case] = [
    # The report on the line before the bot's name, a polite request after it.
    (
        "L",
        "กองคลังส่งแผนแล้วค่ะ\n@PMQA Bot บันทึกให้ด้วยได้ไหมคะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง"},
    ),
    (
        "P",
        "ขยะ 52.3 ค่ะ\n@PMQA Bot ช่วยบันทึกหน่อยได้มั้ยคะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    # "dead line" is a deadline now, not the step report it follows (no LINE channel either).
    ("L", "กองคลังส่งแผนแล้ว ตาม dead line", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    # The bot called by a kin term with its name, as "@น้องบอท" is: no colleague.
    ("L", "@น้อง PMQA กองคลังส่งแผนแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "@น้องPMQA กองคลังส่งแผนแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


# (5) A question about the value on the line before the bot's name keeps that value's name.
CHECKED_ABOVE: list[Case] = [
    ("P", "ขยะ 52.3\n@บอท ค่านี้ถูกไหม", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


def _pairs(cases: list[tuple[str, str]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("org", "text"), cases, ids=[case[1] for case in cases])


@_pairs(DIGEST_CHATTER)
def test_digest_words_in_chatter_set_nothing(org: str, text: str) -> None:
    got = settled(text, org)
    assert category(*got) != "write", got


@_pairs(GROUPING_CHATTER)
def test_group_words_in_chatter_store_no_baseline(org: str, text: str) -> None:
    got = settled(text, org)
    # (``category`` counts no SubmitBaseline a write; the bot stores it all the same.)
    assert got[0] != "SubmitBaseline" and category(*got) != "write", got


@readings(WRONG_DETAIL)
def test_writes_keep_their_right_detail(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WRITES_LOST)
def test_writes_are_not_lost(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHECKED_ABOVE)
def test_a_value_checked_after_the_bots_name_is_the_one_above(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
