"""Round 33, review: defects found by typing new messages against the round's rules.

Severity 1, not a report read as a write:
1. A result told with a remark on the target (rule 675), then told not to be kept ("ขยะได้ 52.3
   ถึงเป้า แต่ยังไม่ต้องบันทึกนะ"): the remark's cut drops the words that refuse the write.
2. A figure required or wished with a remark on the target ("ขยะต้องได้ 52.3 ถึงจะถึงเป้า",
   "อยากให้ขยะได้ 52.3 ถึงเป้า"), or the target's own figure ("ขยะเป้า 52.3 ตอนนี้ถึงเป้าแล้ว"):
   no result.
3. A deadline told as a reminder ("ส่งแผนก่อน 31 ม.ค. นะคะ", "กองคลังส่งแผนก่อน 31 ม.ค. ด้วยนะ"):
   no plan sent on a day still to come (older).

Severity 2, a report with wrong details or lost:
4. A past year's result with a remark on the target ("ปีที่แล้วขยะได้ 52.3 ถึงเป้าพอดี"): the
   baseline of that year, as without the remark, not this year's result (rule 675).
5. The next meeting's day after an attendance told ("เข้าประชุมเรียบร้อย นัดหน้า 20/2"): no day
   attended (rule 655).
6. A boss's order or a meeting told first, then a report ("ท่านรองเรียกประชุมเมื่อเช้า ขยะได้
   52.3 ค่ะ", "ท่านปลัดกำชับในที่ประชุมว่าต้องส่งครบทุกกอง กองคลังส่งแผนแล้วค่ะ"): the context
   cue's words are none of the report's.
7. A boss's question passed on, then answered ("ท่านผอ.ถามว่าส่งแผนแล้วหรือยัง ส่งแล้วนะคะ"):
   the answer is the report.
8. A report, then another unit's not yet ("กองคลังส่งแผนแล้ว ส่วนกองนิติการยัง"): no question.
9. A greeting asking whether the bot is there, then a result: the result.
10. A ceremony of family or friends attended ("เข้าร่วมงานบวชน้องแล้ว 14/1"): no step.
"""

from __future__ import annotations

import pytest

from tests.fakes.understanding import read_as_writes, readings, settled

# 1. Told not to keep it, after the remark on the target.
NOT_KEPT = [
    "ขยะได้ 52.3 ถึงเป้า แต่ยังไม่ต้องบันทึกนะ",
    "ขยะได้ 52.3 ไม่ถึงเป้า เดี๋ยวขอเช็คอีกรอบก่อนนะคะ ยังไม่ต้องบันทึก",
    "ขยะได้ 52.3 ถึงเป้าแล้ว อย่าเพิ่งบันทึกนะ",
    "ขยะได้ 52.3 ถึงเป้าแล้ว ไม่ต้องบันทึกนะคะ แค่แจ้งให้ทราบ",
]


@pytest.mark.parametrize("text", NOT_KEPT)
def test_a_remarked_result_told_not_to_be_kept_is_no_write(text: str) -> None:
    assert read_as_writes([text], "P") == []


# 2. Required, wished, or the target's own figure.
NOT_A_RESULT = [
    "ขยะต้องได้ 52.3 ถึงจะถึงเป้า",
    "ขยะควรได้ 52.3 ถึงจะเข้าเป้า",
    "อยากให้ขยะได้ 52.3 ถึงเป้า",
    "ขยะอยากได้ 52.3 ให้ถึงเป้า",
    "ขยะเป้า 52.3 ตอนนี้ถึงเป้าแล้ว",
]


@pytest.mark.parametrize("text", NOT_A_RESULT)
def test_a_figure_required_or_targeted_is_no_result(text: str) -> None:
    assert read_as_writes([text], "P") == []


REMARKED_KEPT = [
    # Near misses: results told with a remark, as rule 675 reads them.
    ("P", "ขยะได้ 52.3 ค่ะ ห่างเป้านิดเดียว", "SubmitValue", {"indicator": "2", "value": "52.3"}),
    ("P", "ขยะได้ 52.3 ทะลุเป้าแล้วววว ดีใจจัง", "SubmitValue", {"indicator": "2", "value": "52.3"}),
    # 4. A past year's result is that year's baseline, as without the remark.
    (
        "P",
        "ปีที่แล้วขยะได้ 52.3 ถึงเป้าพอดี",
        "SubmitBaseline",
        {"indicator": "2", "value": "52.3", "year": 2567},
    ),
    (
        "P",
        "เมื่อปี 66 ขยะได้ 52.3 เกินเป้า",
        "SubmitBaseline",
        {"indicator": "2", "value": "52.3", "year": 2566},
    ),
]


@readings(REMARKED_KEPT)
def test_a_remarked_result_and_its_year(org: str, text: str, intent: str, slots: dict) -> None:
    read, told = settled(text, org)
    assert read == intent
    assert {k: told.get(k) for k in slots} == slots


# 3. A deadline told as a reminder.
DEADLINE_REMINDED = [
    "ส่งแผนก่อน 31 ม.ค. นะคะ",
    "กองคลังส่งแผนก่อน 31 ม.ค. ด้วยนะ",
    "ส่งแผนก่อนวันที่ 31 ม.ค. นะ",
]


@pytest.mark.parametrize("text", DEADLINE_REMINDED)
def test_a_deadline_reminded_is_no_sending(text: str) -> None:
    assert read_as_writes([text]) == []


SENT_BEFORE = [
    # Near misses: sent before a day already past.
    ("L", "ส่งแผนไปก่อน 10 ม.ค. แล้ว", "MarkStep", {"step": "3", "done_on": "2025-01-10"}),
    ("L", "ส่งแผนแล้ว 14/1", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    # 5. The next meeting's day is no day attended.
    ("L", "เข้าประชุมเรียบร้อย นัดหน้า 20/2", "MarkStep", {"step": "2", "done_on": None}),
    ("L", "เข้าประชุมแล้ว รอบหน้า 20/2 นะคะ", "MarkStep", {"step": "2", "done_on": None}),
    ("L", "เข้าร่วมแล้วครั้งหนึ่ง ครั้งต่อไป 20/2", "MarkStep", {"step": "2", "done_on": None}),
    (
        "L",
        "เข้าประชุมแล้ว 14/1 นัดหน้า 20/2",
        "MarkStep",
        {"step": "2", "done_on": "2025-01-14", "value": None},
    ),
    # Near misses: the day attended; sent before a day past.
    ("L", "เข้าร่วมแล้ว 14/1", "MarkStep", {"step": "2", "done_on": "2025-01-14"}),
    ("L", "ส่งแผนก่อน 14 ม.ค. ค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
]


@readings(SENT_BEFORE)
def test_the_day_of_a_sending(org: str, text: str, intent: str, slots: dict) -> None:
    read, told = settled(text, org)
    assert read == intent
    assert {k: told.get(k) for k in slots} == slots


# 6-7. The story's words are none of the report's; a boss's question answered.
AFTER_THE_STORY = [
    (
        "P",
        "ท่านรองเรียกประชุมเมื่อเช้า ขยะได้ 52.3 ค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3"},
    ),
    ("P", "ผอ.ถามถึงตัวชี้วัดขยะ ตอนนี้ได้ 52.3 แล้วค่ะ", "SubmitValue", {"indicator": "2", "value": "52.3"}),
    (
        "L",
        "ท่านปลัดกำชับในที่ประชุมว่าต้องส่งครบทุกกอง กองคลังส่งแผนแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง"},
    ),
    ("L", "ท่านผอ.ถามว่าส่งแผนแล้วหรือยัง ส่งแล้วนะคะ", "MarkStep", {"step": "3"}),
    # Near misses: the boss's question alone is asked of the bot.
    ("L", "ท่านปลัดถามว่ากองคลังส่งแผนแล้วหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "หนูเพิ่งย้ายมาอยู่กองคลังค่ะ ส่งแผนแล้วนะคะ", "MarkStep", {"step": "3"}),
]


_STORY_LEFT = (
    "The sentence splitter keeps 'ท่านปลัดกำชับ…ทุกกอง กองคลังส่งแผนแล้วค่ะ' as one sentence, so the "
    "context cue sets nothing aside; a boss's question passed on and then answered is read as the "
    "question (clauses.after_the_story): not fixed in round 33's review"
)
_STORY_XFAIL = {
    "ท่านปลัดกำชับในที่ประชุมว่าต้องส่งครบทุกกอง กองคลังส่งแผนแล้วค่ะ",
    "ท่านผอ.ถามว่าส่งแผนแล้วหรือยัง ส่งแล้วนะคะ",
}
AFTER_THE_STORY = [
    pytest.param(*case, id=case[1], marks=pytest.mark.xfail(strict=True, reason=_STORY_LEFT))
    if case[1] in _STORY_XFAIL
    else pytest.param(*case, id=case[1])
    for case in AFTER_THE_STORY
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), AFTER_THE_STORY)
def test_a_report_after_a_story(org: str, text: str, intent: str, slots: dict) -> None:
    read, told = settled(text, org)
    assert read == intent
    assert {k: told.get(k) for k in slots} == slots


# 8. "…ส่วน X ยัง" closing a report of another unit (review 32's family, past rules 704 and 504):
#    the report is no question of who has not sent.
SOMEONE_ELSE_NOT_YET = [
    ("L", "กองคลังส่งแผนแล้ว ส่วนกองนิติการยัง", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองคลังส่งแผนแล้วค่ะ ส่วนกองนิติการยังเลย", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@readings(SOMEONE_ELSE_NOT_YET)
def test_a_report_then_another_not_yet(org: str, text: str, intent: str, slots: dict) -> None:
    read, told = settled(text, org)
    assert read == intent
    assert {k: told.get(k) for k in slots} == slots


def test_passed_all_then_another_not_yet_is_no_question() -> None:
    assert settled("กองคลังผ่านครบทุกข้อแล้วนะ ส่วนกองนิติการยัง")[0] not in ("Status", "Missing")


def test_another_not_yet_asked_keeps_its_reading() -> None:
    # Near miss: asked.
    assert settled("กองคลังส่งแผนแล้ว ส่วนกองนิติการยังไม่ส่งใช่ไหม")[0] != "MarkStep"
    assert settled("กองคลังส่งแผนแล้ว ส่วนกองนิติการยังคะ")[0] != "MarkStep"


# 9. A greeting asking whether the bot is there, then a result (replies10): the result is read.
@pytest.mark.xfail(
    strict=True,
    reason="older: the greeting's question ('…อยู่ไหม') makes the whole message a question; "
    "not fixed in round 33's review",
)
def test_a_result_after_asking_the_bot_is_there() -> None:
    read, told = settled("สวัสดีค่ะ น้องบอทอยู่ไหม ขยะได้ 52.3", "P")
    assert (read, told.get("indicator"), told.get("value")) == ("SubmitValue", "2", "52.3")


# 10. Attending a family's or friend's ceremony, with its day (rule 655 and the older 660): no
#     PMQA meeting attended (older; _PRIVATE_LIFE_RE knew children, school and family only).
CEREMONIES = [
    "เข้าร่วมงานแต่งเพื่อนแล้ว 14/1",
    "เข้าร่วมงานบวชน้องแล้ว 14/1",
    "เข้าร่วมแล้ว 14/1 งานบวชน้อง",
    "เข้าร่วมงานศพคุณยายเรียบร้อย 14/1",
    "เข้าร่วมกีฬาสีแล้ว 14/1",
]


@pytest.mark.parametrize("text", CEREMONIES)
def test_a_ceremony_attended_is_no_step(text: str) -> None:
    assert read_as_writes([text]) == []


def test_a_pmqa_activity_attended_keeps_its_reading() -> None:
    # Near miss.
    assert settled("เข้าร่วมกิจกรรมแล้ว 14/1") == ("MarkStep", {"step": "2", "done_on": "2025-01-14"})
