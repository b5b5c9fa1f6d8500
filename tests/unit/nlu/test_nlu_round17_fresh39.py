"""Round 17 (fresh39): deadlines, who has not sent, where things stand, and replies to a card.

A step's due day or window checked with a yes or no ("…หมดเขต 31 ม.ค. ใช่ไหม", "ถ้าส่ง…วันที่ 1
ก.พ. จะเลยกำหนดไหม", "…ได้ถึง 24 หรือ 30 ก.ย.") is the deadlines of that step, whatever reason is
told after the check; what being late costs stays the rule's, and a report stays a report.
A step named by what it requires is found by the words only its description holds ("เป้า":
step 5's targets); results reported by the plan are its report (step 4). Leftover words name
no step: a round ("รอบ ๑", "รอบสอง"), how the deadlines are shown ("ปฏิทิน"), following the
senders up ("ตามงานหน่อย", "ช่วยไล่"), which one glued to the verb ("รายงานตัวไหน"); "เดือนที่
แล้ว" is the month before, "มกรานี้" this month when it is January."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

_WRITES = ("MarkStep", "SubmitValue", "SubmitBaseline", "Confirm")

# (A) A due day or window checked: the deadlines of the step named.
DUE_CHECKED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แผนพัฒนาเริ่มส่งได้วันที่ 17 ม.ค. ใช่ไหมครับ", "Deadlines", {"step": "3"}),
    ("L", "รายงานผลส่งได้ตั้งแต่ 15 ก.ย. ใช่มั้ยคะ", "Deadlines", {"step": "4"}),
    ("L", "รายชื่อทีม PMQA หมดเขต 29 พ.ย. ใช่ไหมคะ", "Deadlines", {"step": "1"}),
    ("L", "แบบฟอร์ม 4 หมดเขต 24 ก.ย. ใช่ป่ะ เห็นในไลน์กลุ่ม", "Deadlines", {"step": "4"}),
    ("L", "แผนปฏิบัติการหมดเขตวันที่ 31 ม.ค. ใช่ไหมคะ ได้ยินมาจากที่ประชุม", "Deadlines",
     {"step": "3"}),
    ("L", "ถ้าส่งรายงานผลวันที่ 25 ก.ย. จะเลยกำหนดไหมคะ", "Deadlines", {"step": "4"}),
    ("L", "ส่งแผนวันที่ 3 ก.พ. จะเกินกำหนดหรือเปล่าครับ", "Deadlines", {"step": "3"}),
    ("L", "ถ้าส่งรายชื่อทีมวันที่ 1 ธ.ค. เลยกำหนดไหม", "Deadlines", {"step": "1"}),
    ("L", "ส่งแผนได้ถึง 31 ม.ค. หรือ 7 ก.พ. คะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งรายงานผลได้ถึง 24 หรือ 30 ก.ย. ครับ สับสน", "Deadlines", {"step": "4"}),
    ("L", "ส่งรายชื่อทีมหมดเขตไปแล้วใช่ไหมครับ กองเรายังไม่ได้ส่ง", "Deadlines", {"step": "1"}),
    ("L", "แผนหมดเขตไปแล้วใช่มั้ยคะ กองเรายังไม่ได้ส่งเลย", "Deadlines", {"step": "3"}),
]  # fmt: skip

# The other side: a day told with a report is a report; who has not sent, a unit's own
# sending, and the cost of being late keep their readings.
DUE_NOT_CHECKED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งแผนวันที่ 17 ม.ค. แล้วนะคะ", "MarkStep",
     {"step": "3", "done_on": "2025-01-17", "unit": "กองคลัง"}),
    ("L", "ใครยังไม่ส่งแผนบ้างคะ หมดเขต 31 ม.ค. นะ", "Missing", {"step": "3"}),
    ("L", "กองไหนยังไม่ส่งรายชื่อทีม หมดเขตไปแล้วใช่ไหม", "Missing", {"step": "1"}),
    ("L", "กองคลังส่งแผนแล้วใช่ไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ส่งแผนเลยกำหนดโดนหักคะแนนไหมคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้าส่งแผนวันที่ 1 ก.พ. ถือว่าเลยกำหนดไหมคะ หักเท่าไหร่", "RuleQuestion",
     {"topic": "deductions"}),
]  # fmt: skip


@readings(DUE_CHECKED)
def test_a_due_day_checked_is_the_steps_deadline(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DUE_NOT_CHECKED)
def test_a_day_told_or_a_cost_asked_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def _texts(cases: list[tuple[str, str]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("org", "text"), cases, ids=[case[1] for case in cases])


# (B) A step named by what it requires, or results reported by the plan.
BY_REQUIREMENT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ตัวชี้วัดตามแผนต้องบรรลุเป้าภายในวันไหนคะ", "Deadlines", {"step": "5"}),
    ("L", "ตัวชี้วัดในแผนต้องทำให้ถึงเป้าภายในวันที่เท่าไหร่ครับ", "Deadlines", {"step": "5"}),
    ("L", "ต้องทำให้ได้ตามเป้าภายในวันไหนคะ", "Deadlines", {"step": "5"}),
    ("L", "ค่าเป้าหมายของตัวชี้วัดต้องถึงภายในเมื่อไหร่", "Deadlines", {"step": "5"}),
    ("L", "ผลการดำเนินงานตามแผนต้องรายงานภายในวันไหน", "Deadlines", {"step": "4"}),
    ("L", "ใครยังไม่รายงานผลตามแผนบ้าง", "Missing", {"step": "4"}),
    ("L", "กองไหนยังไม่ได้รายงานผลตามแผนปฏิบัติการ", "Missing", {"step": "4"}),
    ("L", "ใครยังไม่ส่งผลตามแผนบ้างคะ", "Missing", {"step": "4"}),
    # The other side: the plan itself, the team's list, and a unit's team sending the plan.
    ("L", "แผนต้องส่งภายในวันไหนครับ", "Deadlines", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแผนพัฒนา", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้าง", "Missing", {"step": "1"}),
    ("L", "แจ้งครับ ทีมไอทีส่งแผนเข้าระบบเรียบร้อยแล้วครับ", "MarkStep",
     {"step": "3", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
]  # fmt: skip


@readings(BY_REQUIREMENT)
def test_a_step_named_by_what_it_requires(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) Leftover words that name no step.
NO_STEP_WORDS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "รอบแรกหมดเขตวันไหนครับ", "Deadlines", {}),
    ("L", "รอบที่ 2 ต้องส่งเมื่อไหร่คะ", "Deadlines", {}),
    ("L", "รอบสองเริ่มส่งวันไหนคะ", "Deadlines", {}),
    ("L", "ขอตารางกำหนดส่งทั้งหมดหน่อยครับ", "Deadlines", {}),
    ("L", "ขอดูปฏิทินกำหนดส่งของปีนี้หน่อยค่ะ", "Deadlines", {}),
    ("L", "ตามงานหน่อยครับ กองไหนยังค้างส่งเอกสาร", "Missing", {}),
    ("L", "ช่วยทวงหน่อยว่ากองไหนยังไม่ส่ง", "Missing", {}),
    ("P", "ยังค้างรายงานตัวไหนบ้างครับ", "Missing", {}),
    ("P", "ยังค้างส่งตัวไหนอยู่บ้างคะ", "Missing", {}),
    ("L", "เดือนที่แล้วต้องส่งอะไรบ้าง", "Deadlines", {"month": 12}),
    ("L", "มกรานี้มีอะไรครบกำหนดบ้างครับ", "Deadlines", {"month": 1, "this_month": True}),
    # The other side: a step named beside the round or the follow-up stays; another month.
    ("L", "รายงานผลรอบ 2 ต้องส่งวันไหน", "Deadlines", {"step": "4"}),
    ("L", "รอบหน้าส่งแผนเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "ตามให้หน่อยว่าใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("P", "ขยะยังค้างรายงานอยู่ใช่ไหม", "Missing", {"indicator": "2"}),
    ("L", "กันยานี้ต้องส่งอะไรบ้างครับ", "Deadlines", {"month": 9}),
    ("L", "เดือนหน้าต้องส่งอะไรบ้าง", "Deadlines", {"month": 2}),
]  # fmt: skip


@readings(NO_STEP_WORDS)
def test_leftover_words_name_no_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (D) Where things stand: the organisation's own step asked with no indicator named, the
# organisation called by its kind, every step of a unit in detail.
_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
WHERE_THINGS_STAND: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ตอนนี้เราอยู่ขั้นไหน", "Status", {}),
    ("L", "หน่วยงานเราอยู่ขั้นไหนแล้วครับ", "Status", {}),
    ("L", "ขอสถานะของสำนักเราหน่อยครับ", "Status", {}),
    ("L", "ขอดูสถานะของกองเราหน่อยครับ", "Status", {}),
    ("L", "สรุปรายละเอียดแต่ละขั้นตอนของไอทีหน่อยค่ะ", "Status", {"unit": _IT, "detail": True}),
    ("L", "ขอสรุปแบบละเอียดทุกขั้นตอนของกองคลัง", "Status", {"unit": "กองคลัง", "detail": True}),
    ("L", "สรุปรายละเอียดทุกขั้นตอนให้หน่อย", "Status", {"detail": True}),
    # The other side: an indicator's tier, a unit's status, a floor asked of a colleague.
    ("L", "pmqa อยู่ขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("P", "ยาเสพติดอยู่ขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("L", "กองคลังอยู่ขั้นไหนแล้ว", "Status", {"unit": "กองคลัง"}),
    ("L", "ขอดูสถานะของกองคลังหน่อยค่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "พี่คะ แผนกประชาสัมพันธ์อยู่ชั้นไหนคะ", "Unknown", {}),
    ("L", "ผ่านขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "?", "aspect": "tier"}),
]  # fmt: skip


@readings(WHERE_THINGS_STAND)
def test_where_things_stand(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (E) Replies to a card: a yes entrusting the recording, a slipped letter of ยืนยัน, the sender's
# own "not confirmed yet" with a check to make, a no said twice.
CARD_REPLIES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ใช่ค่ะ ฝากด้วยนะคะ", "Confirm", {}),
    ("L", "ถูกต้องครับ ฝากบันทึกด้วยนะครับ", "Confirm", {}),
    ("L", "ยินยันครับ", "Confirm", {}),
    ("B", "ยันยันคะ", "Confirm", {}),
    ("P", "ยังไม่ยืนยันครับ เดี๋ยวขอดูอีกที", "Cancel", {}),
    ("O", "ยังไม่ได้ยืนยันนะ ขอตรวจก่อน", "Cancel", {}),
    ("P", "ไม่ไม่", "Cancel", {}),
    ("L", "ไม่ๆ", "Cancel", {}),
    # The other side: another body not confirming is news; a favour of another kind is no yes.
    ("P", "ทสจ.ยังไม่ยืนยันตัวเลข", "Unknown", {}),
    ("P", "กองคลังยังไม่ยืนยันตัวเลขค่ะ", "Unknown", {}),
    ("L", "ถูกต้องนะคะ ฝากถามกองคลังด้วย", "Unknown", {}),
]  # fmt: skip


@readings(CARD_REPLIES)
def test_replies_to_a_card(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (F) Staff money and leave are the office's own business, whatever verb of sending or count
# of days they hold; a deadline asked beside them stays the bot's.
OFFICE_MATTERS: list[tuple[str, str]] = [
    ("L", "ส่งใบเบิกเบี้ยเลี้ยงให้การเงินหรือยังคะ"),
    ("B", "ปีนี้เหลือวันลากี่วันคะ"),
    ("P", "ใบลาต้องส่งภายในวันไหนคะ"),
    ("L", "น้องส่งเอกสารเบิกค่าเดินทางให้กองกลางยังคะ"),
    ("O", "พี่เหลือวันลาพักร้อนอีกกี่วันอะ"),
]
STILL_OURS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "จะลาพักร้อนปลายเดือน แผนต้องส่งเมื่อไหร่คะ", "Deadlines", {"step": "3"}),
    ("L", "ช่วงเดือน ก.พ. มีกำหนดส่งอะไรบ้างคะ หนูจะลาพักร้อน", "Deadlines", {"month": 2}),
    ("L", "กองคลังส่งแผนยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ถ้าลาป่วยวันประชุม นับเป็นการเข้าร่วมไหมคะ", "RuleQuestion", {"topic": "attendance"}),
]  # fmt: skip


@_texts(OFFICE_MATTERS)
def test_staff_money_and_leave_are_chat(org: str, text: str) -> None:
    assert settled(text, org) == ("Unknown", {})


@readings(STILL_OURS)
def test_a_deadline_beside_ones_leave_stays_ours(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
