"""Round 32, review: defects the round's change introduced or left, found by typing new messages.

Each test fails on the round's HEAD (9c928c1) and says what is wrong and what is expected; the
near misses beside them must keep their reading. Ordered by severity: chatter, a question or a
promise read as a write first, then writes read with wrong details, then rules too broad.
"""

from __future__ import annotations

import pytest

from tests.fakes.understanding import read_as_writes, readings, settled

# 1. A deliverable to be sent ahead, later today or tomorrow ("ส่งแผนไปก่อนพรุ่งนี้นะคะ"), is a
#    promise: the new rule ``_sent_ahead`` (step_submissions, priority 536) marks the step sent
#    because its guard has no word of a time to come (พรุ่งนี้, บ่ายนี้, เย็นนี้…). The one opening
#    with "พรุ่งนี้" was already marked by ``_read_finished`` (548) before the round.
SENT_AHEAD_LATER = [
    "ส่งแผนไปก่อนพรุ่งนี้นะคะ เอกสารประกอบยังไม่มี",
    "บ่ายนี้ส่งแผนไปก่อนนะคะ เอกสารประกอบยังไม่มี",
    "พรุ่งนี้ส่งแผนไปก่อนนะคะ เอกสารประกอบยังไม่เสร็จ",
]


def test_sending_ahead_later_is_no_write() -> None:
    assert read_as_writes(SENT_AHEAD_LATER) == []


def test_sent_ahead_now_keeps_its_reading() -> None:
    # Near miss: sent ahead now, its papers missing (the rule's own case).
    assert settled("ส่งแผนไปก่อนนะคะ เอกสารประกอบยังไม่มีเลย") == (
        "MarkStep",
        {"step": "3", "documents": "missing"},
    )


# 2. The weekly digest complained of as not arriving turns it off (or on): the sender wants it,
#    asks nothing to be set. ``_digest_off`` / ``_digest_on`` (reminder_settings, 910) read
#    "ยังไม่ส่ง"/"ไม่ส่ง" as the digest declined and "ไม่ได้รับ" as nothing. The round's veto
#    (``_DIGEST_ON_VETO_RE``) only fixed the "…จะได้รู้ว่าใครยังไม่ส่ง" purpose of turning it on.
DIGEST_COMPLAINTS = [
    "สรุปรายสัปดาห์ยังไม่ส่งมาเลยค่ะ",
    "สรุปรายสัปดาห์ไม่ส่งมาหลายวันแล้ว",
    "อาทิตย์นี้ไม่ได้รับสรุปรายสัปดาห์เลย",
]


def test_a_digest_complained_of_is_no_setting() -> None:
    assert read_as_writes(DIGEST_COMPLAINTS) == []


def test_a_digest_turned_on_for_a_purpose_keeps_its_reading() -> None:
    # Near miss (the round's fix): turned on, what for told after it.
    assert settled("เปิดสรุปรายสัปดาห์ให้ด้วยค่ะ จะได้รู้ว่าใครยังไม่ส่ง") == (
        "ReminderSettings",
        {"action": "digest_on"},
    )


# 3. Everyday talk with an indicator's word and a count is read as the indicator's result
#    (value_submissions.read_value): bags of rubbish at home, a meeting's hours, days of a trip,
#    the rubbish truck's rounds, arrests in a village. Left by the round ("chatter with indicator
#    words" family); each would show a value card.
CHATTER_WITH_FIGURES = [
    "ขยะที่บ้านวันนี้ 3 ถุงเลย",
    "เมื่อวานไปประชุมเรื่องขยะ 2 ชั่วโมง",
    "ไปเที่ยวมา 3 วัน ท่องเที่ยวสนุกมาก",
    "รถขยะมาเก็บ 2 รอบแล้ววันนี้",
    "ยาเสพติดในหมู่บ้านเพิ่มขึ้นเยอะ ตำรวจจับได้ 12 ราย",
]


def test_everyday_counts_are_no_results() -> None:
    assert read_as_writes(CHATTER_WITH_FIGURES, "P") == []


# 4. A result told with the word that the baseline need not be recorded is stored as the
#    baseline: the opposite of what was said. Expected: the year's result (SubmitValue). The
#    round's ``_NOT_TO_KEEP_RE`` covers read_value only, not the baseline's reading.
NOT_THE_BASELINE = [
    (
        "P",
        "ขยะ 52.3 ไม่ต้องบันทึกค่าฐานนะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    (
        "P",
        "ขยะ 52.3 ค่ะ ค่าฐานไม่ต้องกรอก",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    # Near miss: a result alone.
    ("P", "ขยะ 52.3 ค่ะ", "SubmitValue", {"indicator": "2", "value": "52.3", "raw_value": "52.3"}),
]


@readings(NOT_THE_BASELINE)
def test_a_baseline_declined_is_no_baseline(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 5. The tail after a reminder's favour (registry._setting_asked, new this round) is read into
#    the reminder whatever it says: "กองคลังยังไม่ส่ง 3 วันแล้ว" (a complaint) becomes the days
#    before the deadline. Expected: the hour only.
REMINDER_TAILS = [
    (
        "L",
        "ตั้งเตือน 9 โมงได้ไหม กองคลังยังไม่ส่ง 3 วันแล้ว",
        "ReminderSettings",
        {"action": "set", "hour": 9, "minute": 0},
    ),
    # Near miss (the round's fix): the days told after the favour are the reminder's.
    (
        "L",
        "ตั้งเตือนตอน 9 โมงครึ่งได้ไหม ก่อน 3 วัน",
        "ReminderSettings",
        {"action": "set", "days": [3], "hour": 9, "minute": 30},
    ),
]


@readings(REMINDER_TAILS)
def test_a_reminders_tail_adds_only_its_own_days(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# 6. A laugh at a deduction (small_talk._PENALISED_RE, new) sets aside everything after
#    "เพราะ" to the end, a report told after the reason with it: the plan sent is lost.
def test_a_report_after_a_deduction_laughed_at_is_read() -> None:
    assert settled("5555 โดนหักเพราะส่งช้า แต่ส่งแผนแล้วนะ") == ("MarkStep", {"step": "3"})


def test_a_deduction_laughed_at_stays_a_laugh() -> None:
    # Near miss: the laugh and its reason only.
    assert settled("5555 โดนหักเพราะมาสาย") == ("SmallTalk", {"kind": "laugh"})


# 7. Two steps told sent ("ขั้นตอนที่ 4 กับ 5", "ขั้นตอนที่ 1 ถึง 3") mark the first with the
#    second's number as its value (a card "ขั้นตอนที่ 4 … 5"). The round reads these as a pair or
#    a range in questions (rule_questions "STEP กับ NUM", queries._STEP_RANGE_END_RE) but not in
#    the write. Expected: no value.
@pytest.mark.parametrize("text", ["ขั้นตอนที่ 4 กับ 5 ส่งแล้ว", "ขั้นตอนที่ 1 ถึง 3 ส่งครบแล้วค่ะ"])
def test_steps_paired_carry_no_value(text: str) -> None:
    intent, slots = settled(text)
    assert intent == "MarkStep" and "value" not in slots


# 8. A day and month after a done word is kept as a count "met 15 of 1" (15 of 1 meetings): a
#    count can never exceed its total. Expected: the day done (15 Jan), as "ขั้น 1 เสร็จ 28/11"
#    now reads (extract._DONE_DAY_MONTH_RE, widened to เรียบร้อย this round).
DAY_NOT_COUNT = [
    ("L", "เข้าร่วมแล้ว 15/1", "MarkStep", {"step": "2", "done_on": "2025-01-15"}),
    ("L", "เข้าประชุมเรียบร้อย 15/1 ค่ะ", "MarkStep", {"step": "2", "done_on": "2025-01-15"}),
]


@readings(DAY_NOT_COUNT)
def test_a_count_over_its_total_is_a_day(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 9. What is for later is no detail of what was sent (step_submissions._read_done cuts the
#    later clause from the step's words only): the paper copy to follow becomes the channel, and
#    with no step named the later clause becomes the step's words.
def test_the_channel_for_later_is_not_the_channel_sent() -> None:
    intent, slots = settled("ส่งไฟล์แผนแล้วค่ะ เดี๋ยวส่งตัวจริงตาม")
    assert (intent, slots.get("step")) == ("MarkStep", "3") and slots.get("channel") != "paper"


def test_what_is_for_later_is_no_step() -> None:
    # Expected as "ส่งแล้วนะคะ" alone reads: the step unnamed (was '?เดี๋ยว เอกสารตาม').
    assert settled("ส่งแล้วนะคะ เดี๋ยวส่งเอกสารตาม") == settled("ส่งแล้วนะคะ")


# 10. A result told with a remark on the target is read as a question of the tier (the new
#     rules "ห่างเป้า", "เทียบกับเป้า" + NUM at 511; before the round, the criteria), or as a
#     step's value: the result is not recorded. Expected: the value.
REMARKED_RESULTS = [
    (
        "P",
        "ขยะได้ 52.3 ค่ะ ห่างเป้านิดเดียว",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    (
        "P",
        "ยาเสพติดได้ 74.94 ค่ะ เทียบกับเป้าปีนี้ถือว่าดี",
        "SubmitValue",
        {"indicator": "4", "value": "74.94", "raw_value": "74.94"},
    ),
    (
        "P",
        "ขยะได้ 52.3 ค่ะ ถึงเป้าแล้ว",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    # Near miss: the distance asked.
    (
        "P",
        "ยาเสพติด 74.94 ยังห่างเป้ามาตรฐานอีกเท่าไหร่",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
]


@readings(REMARKED_RESULTS)
def test_a_result_with_a_remark_is_recorded(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 11. Too broad: "หล่น"/"ตกหล่น" (deadlines, rule 794) reads anything dropped as who has not
#     sent; "ไม่มา" (rule 776) reads a request about tomorrow's meeting as who did not attend.
NOT_WHO_MISSED = ["ใครทำกุญแจหล่นไว้", "ของตกหล่นใครเก็บไว้บ้าง", "ใครไม่มาประชุมพรุ่งนี้แจ้งด้วยนะ"]


@pytest.mark.parametrize("text", NOT_WHO_MISSED)
def test_things_dropped_and_requests_are_not_who_missed(text: str) -> None:
    assert settled(text)[0] != "Missing"


WHO_MISSED = [
    ("L", "ขั้นตอนที่ 1 มีกองไหนตกหล่นบ้าง", "Missing", {"step": "1"}),
    ("L", "ประชุมชี้แจงเมื่อ 20 ธ.ค. ใครไม่ได้มาบ้าง", "Missing", {"step": "2"}),
]


@readings(WHO_MISSED)
def test_who_missed_keeps_its_reading(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# 12. ยัง closing a statement ("…ส่วนแผนยัง": and the plan not yet) is read as "…ยัง?" by the new
#     rules at 704 (queries._unit_attended_asked) and 504 (_read_tier_yet): a status question.
@pytest.mark.parametrize(
    "text", ["กองคลังเข้าประชุมครบแล้ว ส่วนแผนยัง", "กองการเจ้าหน้าที่ได้ระดับ 3 แล้วค่ะ ส่วนกองคลังยัง"]
)
def test_not_yet_told_of_another_is_no_question(text: str) -> None:
    assert settled(text)[0] != "Status"


def test_attended_enough_asked_keeps_its_reading() -> None:
    # Near miss: asked of one unit.
    assert settled("กองคลังเข้าประชุมครบเกณฑ์ยังคะ") == ("Status", {"unit": "กองคลัง"})


# 13. The history's new veto (queries._HISTORY_VETO_RE) looks back only one word for ดู: "ขอดู
#     ข้อมูลที่บันทึกย้อนหลังให้หน่อย" (look at what was back-recorded) lost its History reading.
def test_looking_at_back_recorded_entries_is_the_history() -> None:
    assert settled("ขอดูข้อมูลที่บันทึกย้อนหลังให้หน่อย")[0] == "History"


def test_a_back_dated_entry_asked_keeps_its_reading() -> None:
    # Near miss (the round's fix).
    assert settled("กองคลังส่งแผนเมื่อ 10 ม.ค. บันทึกย้อนหลังให้ด้วย") == (
        "MarkStep",
        {"step": "3", "done_on": "2025-01-10", "unit": "กองคลัง"},
    )


# 14. An English month before its day (english._MONTH_FIRST_RE, new) is not read when a comma
#     follows the day ("Jan 14, thanks", "Jan 14, 2025"), as English usually writes it: the
#     plan sent is then stored as the value 14 of indicator 1. Expected as without the comma.
def test_a_month_first_date_before_a_comma_is_a_date() -> None:
    assert settled("submitted the plan on Jan 14, thanks") == (
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14"},
    )


def test_a_month_first_date_keeps_its_reading() -> None:
    # Near miss (the round's fix).
    assert settled("submitted the plan on Jan 14") == (
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14"},
    )
