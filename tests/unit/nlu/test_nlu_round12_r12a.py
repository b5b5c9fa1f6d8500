"""Issue 9, round 12 (r12a): an ordinary week in four LINE groups. "บันทึกเลย" alone goes
ahead with the card, a no after "งั้น" drops it; the form or mail a step went by, even with a
day after it or the other channel failing; whether a count reaches a threshold asked of a
hypothetical; the people in the system or the team; a greeting that says what the group is
for, praise of how it looks; the organisation bound before a clause of its own. Each is read
through ``understand`` and settled against a seed organisation, like the corpus; none of the
questions beside them becomes a write."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import stores
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_FIN = "กองคลัง"
_MID = "กองกลาง"
_HR = "กองการเจ้าหน้าที่"

# Going ahead with the card without a yes word ("บันทึกเลยค่ะ", "ชัวร์ครับ บันทึกได้เลย"), and
# dropping it after "งั้น" with what is still to be done, which may name a dimension.
GO_AHEAD: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "บันทึกได้เลยครับ", "Confirm", {}),
    ("P", "บันทึกไปเลยจ้า", "Confirm", {}),
    ("B", "ลงระบบได้เลยค่ะ", "Confirm", {}),
    ("O", "ชัวร์ค่ะ บันทึกได้", "Confirm", {}),
    ("L", "ชัวร์ๆ ลงเลยครับ", "Confirm", {}),
    ("L", "งั้นยังไม่ต้องบันทึกนะคะ เดี๋ยวเช็คมิติ 3 อีกรอบ", "Cancel", {}),
    ("P", "งั้นไม่ต้องบันทึกครับ รอแก้ตัวเลขก่อน", "Cancel", {}),
    ("L", "อ่า ไม่ต้องบันทึกก่อนค่ะ เดี๋ยวทำข้อ 2 ให้ครบ", "Cancel", {}),
]  # fmt: skip
GO_AHEAD_NOT_CONFIRM = [
    "บันทึกเลยได้ไหมคะ",
    "บันทึกเลยไม่ได้เหรอ",
]

# The form a step went by with its day after it ("ทาง Google Form 25 พ.ย."), the team's names
# put in the form ("ลงชื่อทีมใน form"), and a channel that would not upload beside the one used.
CHANNELS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองกลางส่งชื่อทีมแล้วค่ะ ทาง google form 2 ธ.ค.", "MarkStep",
     {"step": "1", "unit": _MID, "channel": "google_form", "done_on": "2024-12-02"}),
    ("L", "กองคลังส่งรายชื่อทีมผ่าน form 28 พ.ย. ครับ", "MarkStep",
     {"step": "1", "unit": _FIN, "channel": "google_form", "done_on": "2024-11-28"}),
    ("L", "กองกลางลงชื่อทีมในฟอร์มแล้วครับ", "MarkStep",
     {"step": "1", "unit": _MID, "channel": "google_form"}),
    ("L", "กจ. ลงรายชื่อทีมใน google form เรียบร้อยค่ะ วันนี้", "MarkStep",
     {"step": "1", "unit": _HR, "channel": "google_form", "done_on": "2025-01-15"}),
    ("L", "กองคลังส่งแผนทางอีเมลนะคะ ไดรฟ์อัปไม่ขึ้น", "MarkStep",
     {"step": "3", "unit": _FIN, "channel": "email"}),
    ("L", "ศทส. ส่งแผนเป็นกระดาษแทนครับ drive อัปโหลดไม่ขึ้น", "MarkStep",
     {"step": "3", "unit": _IT, "channel": "paper"}),
]  # fmt: skip
FORM_NOT_GOOGLE = [("L", "กองคลังส่งแบบฟอร์ม 4 แล้ว", "MarkStep", {"step": "4", "unit": _FIN})]

# Whether a count reaches the threshold, asked of a hypothetical: the rule, not a figure.
THRESHOLDS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ถ้าเข้าประชุม 6 ใน 7 ครั้ง ถือว่าผ่าน 85% ไหมครับ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "กองคลังเข้าร่วมกิจกรรมไป 5 จาก 6 ครั้ง ถึง 85 เปอร์เซ็นต์หรือเปล่าคะ", "RuleQuestion",
     {"topic": "attendance"}),
    ("L", "ตัวชี้วัดในแผน 6 ตัว บรรลุ 5 ตัว ถึง 85% มั้ยคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ถ้าบรรลุ 7 จาก 9 ตัว ไม่ถึง 85 ใช่ไหมครับ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ส่งแผนทางอีเมลได้ด้วยเหรอคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งเป็นกระดาษได้ไหมครับ นึกว่าต้องเป็น google drive", "RuleQuestion", {"topic": "channel"}),
]  # fmt: skip

# The people registered in the system or on the team: no unit.
MEMBERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ในระบบมีใครบ้างคะ", "Members", {}),
    ("B", "ในบอทมีใครลงทะเบียนแล้วบ้างครับ", "Members", {}),
    ("P", "ขอรายชื่อคนที่อยู่ในทีมด้วยครับ", "Members", {}),
    ("P", "ขอดูรายชื่อสมาชิกที่อยู่ในทีมจังหวัดหน่อยค่ะ", "Members", {}),
    ("L", "ขอรายชื่อสมาชิกกองคลังค่ะ", "Members", {"unit": _FIN}),
]  # fmt: skip

# A greeting then what the group is for; praise of how it looks.
COURTESY: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "สวัสดีค่ะทุกท่าน กลุ่มนี้ไว้คุยเรื่องตัวชี้วัดปี 68 นะคะ", "SmallTalk", {"kind": "greeting"}),
    ("P", "สวัสดีครับ กลุ่มนี้มีไว้ติดตามผลตัวชี้วัดจังหวัดครับ", "SmallTalk", {"kind": "greeting"}),
    ("L", "หวัดดีทุกคน กลุ่มนี้ใช้ประสานงาน PMQA นะ", "SmallTalk", {"kind": "greeting"}),
    ("P", "กราฟสวยมากค่ะ", "SmallTalk", {"kind": "praise"}),
    ("B", "สวยงามมาก น้องบอทเก่ง", "SmallTalk", {"kind": "praise"}),
    ("O", "สรุปอ่านง่ายดีครับ", "SmallTalk", {"kind": "praise"}),
    # "ติดตามตัวชี้วัด" (to follow the indicators) is one word, no formal "ตามตัวชี้วัด".
    ("O", "สวัสดีค่ะ ทุกคน กลุ่มนี้เอาไว้ติดตามตัวชี้วัดของสำนักงานนะคะ", "SmallTalk",
     {"kind": "greeting"}),
]  # fmt: skip

# Setting up: the organisation before a clause of its own; the sender's post ("ประจำ").
SET_UP: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "ผูกกลุ่มนี้กับ สงป. ด้วยครับ จะเริ่มใช้เดือนนี้", "BindGroup", {"organisation": "สงป."}),
    ("O", "ผูกกลุ่มไลน์นี้กับสำนักงาน ก.พ. นะคะ ทีมจะได้ใช้", "BindGroup",
     {"organisation": "สำนักงาน ก.พ."}),
    ("L", "ผมประจำกองคลังครับ", "RegisterUnit", {"unit": _FIN}),
    ("L", "ดิฉันประจำอยู่ศูนย์เทคโนโลยีสารสนเทศและการสื่อสารค่ะ", "RegisterUnit", {"unit": _IT}),
]  # fmt: skip


# The week's odd ones: the digest turned off because nobody opens it; the status wanted before
# an event of the week; this fiscal year's figure named with its year (a result, no baseline);
# the score "ตามเกณฑ์" asked; what a plan's dimensions hold ("มีกิจกรรม") is no activity attended.
WEEK: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "ปิดสรุปรายสัปดาห์ค่ะ ไม่ค่อยมีใครเปิดอ่าน", "ReminderSettings", {"action": "digest_off"}),
    ("B", "ยกเลิกสรุปรายสัปดาห์ครับ ไม่มีใครเปิดดูเลย", "ReminderSettings", {"action": "digest_off"}),
    ("B", "เปิดสรุปรายสัปดาห์ด้วยครับ", "ReminderSettings", {"action": "digest_on"}),
    ("L", "ขอภาพรวมก่อนประชุมผู้บริหารหน่อยครับ", "Status", {}),
    ("L", "สรุปสถานะก่อนเที่ยงด้วยค่ะ", "Status", {}),
    ("L", "สถานะกองคลังก่อนปิดสัปดาห์ครับ", "Status", {"unit": _FIN}),
    ("P", "ขยะปี 2568 ได้ 55.2", "SubmitValue",
     {"indicator": "2", "value": "55.2", "raw_value": "55.2"}),
    ("P", "PMQA ปี 67 ได้ 380 คะแนน", "SubmitBaseline",
     {"indicator": "6", "value": "380", "raw_value": "380", "year": 2567}),
    ("P", "ค่าฐานขยะปี 68 = 50", "SubmitBaseline",
     {"indicator": "2", "value": "50", "raw_value": "50", "year": 2568}),
    ("P", "ขยะได้คะแนนตามเกณฑ์กี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    ("P", "ขยะต้องได้คะแนนตามเกณฑ์เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("L", "แผนกองคลังครบ 3 มิติ ทุกมิติมีกิจกรรม", "MarkStep",
     {"step": "3", "unit": _FIN, "dims": [1, 2, 3]}),
    ("L", "แผน ศทส. มีกิจกรรมครบทั้ง 3 มิติแล้ว", "MarkStep",
     {"step": "3", "unit": _IT, "dims": [1, 2, 3]}),
]  # fmt: skip


@readings(GO_AHEAD + CHANNELS + FORM_NOT_GOOGLE + THRESHOLDS + MEMBERS + COURTESY + SET_UP + WEEK)
def test_an_ordinary_week(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", GO_AHEAD_NOT_CONFIRM)
def test_asking_to_go_ahead_confirms_nothing(text: str) -> None:
    assert settled(text)[0] != "Confirm"


@pytest.mark.parametrize("text", [case[1] for case in THRESHOLDS])
def test_a_threshold_asked_of_a_hypothetical_is_no_write(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)
