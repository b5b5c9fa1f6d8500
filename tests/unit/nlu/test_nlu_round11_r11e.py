"""Issue 9, round 11 (r11e): the second half of the fiscal year (steps 4-5, results reports,
the year's close) and newcomers asking how things work. "ปิดปี" naming what belongs to the
close (its slides, scores, report) or the reason for something else is no close. Each is read
through ``understand`` and settled against a seed organisation, like the corpus."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
_FIN = "กองคลัง"
_MID = "กองกลาง"
_LAW = "กองนิติการ"

Case = tuple[str, str, str, dict[str, Any]]

# "ปิดปี" after a noun it qualifies (slides, scores, a report of the close), "ใกล้ปิดปี", a
# score the year closed at, or the close given as a reason: the message is what it asks.
YEAR_CLOSE_NAMED: list[Case] = [
    ("L", "ขอบคุณมากค่ะ เดี๋ยวเอาไปทำสไลด์ปิดปีต่อนะคะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณครับ ได้ข้อมูลครบแล้ว เอาไปใส่สไลด์ปิดปีต่อ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอกราฟคะแนนปิดปีหน่อยครับ", "Chart", {}),
    ("B", "ขอ chart ผลปิดปีหน่อยค่ะ", "Chart", {}),
    ("L", "หัวหน้าให้แก้สไลด์ปิดปีอีกรอบครับ", "Unknown", {}),
    ("L", "ปิดสรุปรายสัปดาห์ก่อนนะครับ ปิดปีแล้ว", "ReminderSettings", {"action": "digest_off"}),
    ("L", "ภาพรวมปิดปีได้เท่าไหร่คะ", "Status", {}),
    ("P", "ปิดปีได้คะแนนรวมเท่าไหร่ครับ", "Status", {}),
    ("L", "ใกล้ปิดปีแล้ว กองคลังคะแนนเท่าไหร่แล้วคะ", "Status", {"unit": _FIN}),
    ("L", "ปิดปีงบ 2568 ได้เลยครับ", "CloseYear", {"year": 2568}),
    ("L", "ขอปิดปีงบประมาณค่ะ", "CloseYear", {}),
]

# One named piece forgotten ("ลืมแนบรูปกิจกรรม", "ลืมแนบแบบฟอร์ม 2"): the documents are
# incomplete; the documents as a whole forgotten are missing.
FORGOT_ONE_PIECE: list[Case] = [
    ("L", "ส่งรายงานผลแล้วค่ะ ลืมแนบภาพถ่ายกิจกรรม", "MarkStep",
     {"step": "4", "documents": "incomplete"}),
    ("L", "ส่งแผนแล้วครับ ลืมแนบแผนปฏิบัติการ เดี๋ยวส่งตาม", "MarkStep",
     {"step": "3", "documents": "incomplete"}),
    ("L", "กองคลังส่งแบบฟอร์ม 4 แล้ว แต่ลืมแนบรายชื่อผู้เข้าร่วม", "MarkStep",
     {"step": "4", "unit": _FIN, "documents": "incomplete"}),
    ("L", "ส่งแผนแล้วนะ ลืมแนบเอกสารประกอบ", "MarkStep", {"step": "3", "documents": "missing"}),
    ("L", "ส่งแผนแล้วแต่ลืมแนบแบบฟอร์ม 3 จะโดนหักไหมคะ", "RuleQuestion", {"topic": "deductions"}),
]  # fmt: skip

# Stuck at an item ("ยังติดข้อไหน", "ติดตรงไหน") asks which items failed; each indicator in
# turn ("รายตัวชี้วัด") asked in detail is the status in detail.
FAILED_AND_DETAIL: list[Case] = [
    ("P", "ขยะยังติดข้อไหนบ้างครับ", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    ("B", "ความพึงพอใจติดข้อไหน", "IndicatorQuery", {"indicator": "4", "aspect": "failed"}),
    ("P", "e-Service ติดข้อไหนอยู่คะ", "IndicatorQuery", {"indicator": "5", "aspect": "failed"}),
    ("P", "ขอแบบละเอียดรายตัวชี้วัดหน่อยครับ", "Status", {"detail": True}),
    ("B", "ขอดูแบบละเอียดรายตัวค่ะ", "Status", {"detail": True}),
    ("L", "กองคลังยังติดตามเรื่องแผนอยู่", "Unknown", {}),
]  # fmt: skip

# The bot praised with what it spared the sender; news or a favour beside it is not praise.
BOT_PRAISED: list[Case] = [
    ("L", "บอทเก่งมาก ไม่ต้องเปิดไฟล์เองเลย", "SmallTalk", {"kind": "praise"}),
    ("L", "น้องบอทเจ๋งมาก พิมพ์ผิดยังอ่านออก", "SmallTalk", {"kind": "praise"}),
    ("L", "มีบอทแล้วสบายขึ้นเยอะเลยครับ", "SmallTalk", {"kind": "praise"}),
    ("L", "บอทฉลาดจัง พิมพ์ภาษาพูดก็รู้เรื่อง", "SmallTalk", {"kind": "praise"}),
    ("L", "บอทเยี่ยมมาก กองคลังส่งแผนแล้วนะ", "MarkStep", {"step": "3", "unit": _FIN}),
    ("L", "บอทเก่งจัง ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "บอทเก่งมาก ช่วยสรุปสถานะอีกรอบหน่อย", "Status", {}),
]  # fmt: skip

# A newcomer asks what the bot does, for examples of what to type, how to word a report; the
# sender's own plan with the manual, or a favour asked of the colleagues, is their chat.
NEWCOMER_HELP: list[Case] = [
    ("L", "hi, what can the bot do?", "Help", {}),
    ("L", "ขอตัวอย่างการพิมพ์ส่งผลหน่อยครับ", "Help", {}),
    ("L", "มีตัวอย่างคำสั่งไหมคะ ไม่อยากพิมพ์ผิด", "Help", {}),
    ("L", "จะบอกบอทว่าส่งแผนแล้ว พิมพ์ประมาณไหนคะ", "Help", {}),
    ("L", "บอทใช้ยังไงคะ", "Help", {}),
    ("L", "เดี๋ยวพี่ส่งคู่มือการใช้บอทให้ในแชทนะ", "Unknown", {}),
    ("L", "หนูจะอ่านวิธีใช้ก่อนนะคะ", "Unknown", {}),
    ("L", "เดี๋ยวหนูจดวิธีส่งผลผ่านบอทไว้ให้นะคะ", "Unknown", {}),
    ("L", "น้องมาใหม่ค่ะ พี่ๆ ช่วยสอนวิธีใช้ให้น้องด้วยนะคะ", "Unknown", {}),
]  # fmt: skip

# A yes restating the card's count ("8 จาก 9"), the source its figures agree with (a
# provincial office's letter), or typed because the confirm button did not show.
YES_WITH_REASON: list[Case] = [
    ("L", "ใช่ค่ะ ศทส. 4 จาก 5 ถูกแล้วค่ะ", "Confirm", {}),
    ("L", "ใช่ค่ะ กองกลาง 6 จาก 7 ถูกต้อง", "Confirm", {}),
    ("P", "ยืนยันครับ ตัวเลขตรงกับหนังสือสำนักงานจังหวัด", "Confirm", {}),
    ("P", "ถูกต้องค่ะ ตรงกับหนังสือท้องถิ่นที่ส่งมา", "Confirm", {}),
    ("L", "ยืนยันค่ะ ปุ่มยืนยันกดไม่ได้ เลยพิมพ์แทน", "Confirm", {}),
    ("L", "ใช่ ถูกแล้ว ปุ่มยืนยันไม่ขึ้นครับ", "Confirm", {}),
    ("L", "กองคลัง 8 จาก 9 ถูกไหมคะ", "Unknown", {}),
]  # fmt: skip

# A plan indicator numbered "ข้อที่ N" (its "4 กค." is no date of July but a unit), a short
# name glued to ของ ("ของศทส."), the unit a report went to ("ให้ กพร.") or that checked it
# ("กพร.ตรวจแล้ว"): the sender's unit is the one named otherwise.
PLAN_ITEMS_AND_UNITS: list[Case] = [
    ("L", "ตัวชี้วัดตามแผนข้อที่ 3 ของ กค. บรรลุค่าเป้าหมายแล้วค่ะ", "MarkStep",
     {"step": "5", "unit": _FIN, "plan_item": 3, "passed": True}),
    ("L", "ตัวชี้วัดตามแผนข้อที่ 1 กค. ไม่บรรลุค่ะ", "MarkStep",
     {"step": "5", "unit": _FIN, "plan_item": 1, "passed": False}),
    ("L", "ตัวชี้วัดตามแผนตัวที่ 5 ของกก. บรรลุแล้ว", "MarkStep",
     {"step": "5", "unit": _MID, "plan_item": 5, "passed": True}),
    ("L", "ส่งผลตัวชี้วัดที่ 1 ของกนต. ระดับ 4 ค่ะ", "SubmitValue",
     {"indicator": "1", "value": "4", "raw_value": "4", "unit": _LAW}),
    ("L", "กองคลังส่งแผนเป็นกระดาษให้ กพร. แล้ว", "MarkStep",
     {"step": "3", "unit": _FIN, "channel": "paper"}),
    ("L", "แผนกองกลางผ่านแล้ว กพร. ตรวจเรียบร้อย", "MarkStep",
     {"step": "3", "unit": _MID, "passed": True}),
    ("L", "ขั้นตอนที่ 4 ของศทส. ผ่านแล้วครับ กพร.เช็คแล้ว", "MarkStep",
     {"step": "4", "unit": _IT, "passed": True}),
    ("L", "ตัวชี้วัดตามแผนข้อ 2 ถึงเป้ายัง", "IndicatorQuery",
     {"indicator": "?ตามแผนข้อ 2", "aspect": "tier"}),
]  # fmt: skip

# Attendance: a unit's share said short of the threshold ("ไม่ถึงเกณฑ์") or its step said
# failed ("ขั้น2 ตก") reports step 2 failed (the threshold after "ไม่ครบ" is no value);
# whether everyone must go, or a count "รอด" the step, asks the rule; until when it counts
# asks the step's deadline.
ATTENDANCE: list[Case] = [
    ("L", "กองกลางเข้าประชุม 80% ไม่ถึงเกณฑ์ครับ", "MarkStep",
     {"step": "2", "unit": _MID, "value": "80", "passed": False}),
    ("L", "กค. เข้าร่วมกิจกรรมได้ 70% ขั้นตอนที่ 2 ตก", "MarkStep",
     {"step": "2", "unit": _FIN, "value": "70", "passed": False}),
    ("L", "กนต.เข้าประชุมไม่ครบ 85 ค่ะ ขั้น 2 ตก", "MarkStep",
     {"step": "2", "unit": _LAW, "passed": False}),
    ("L", "เข้าประชุม 80% ไม่ถึงเกณฑ์ใช่ไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ถ้าเข้าประชุมไม่ถึงเกณฑ์จะเป็นยังไง", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าประชุมต้องไปครบทุกคนไหมครับ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าร่วมกิจกรรม 6 ใน 8 ครั้ง รอดไหมคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ขั้นตอนที่ 2 เข้าประชุมนับถึงวันไหนคะ", "Deadlines", {"step": "2"}),
    ("L", "ขั้นตอนที่ 1 ครบทุกกองหรือยัง", "Missing", {"step": "1"}),
    ("L", "กองคลังส่งแผนแล้ว ตกลงตามนี้นะ", "MarkStep", {"step": "3", "unit": _FIN}),
]  # fmt: skip

# Forms, teams and who has not sent: "แบบฟอร์ม 4" with who is in a team, an upload, or a
# favour to send late is no question of the form ("form 4" is the step's document, not a
# Google Form); which units "ไม่ส่ง"/"ไม่ได้แจ้ง" with no ยัง between; the sentence after a
# who-question says why; a group just bound is a reason; the favour's word ends a bound name.
FORMS_TEAMS_AND_WHO: list[Case] = [
    ("L", "ฟอร์ม 4 ยังเหลือกองไหนไม่ส่งบ้างครับ", "Missing", {"step": "4"}),
    ("L", "รายงานผลมีกองไหนไม่ได้ส่งบ้าง", "Missing", {"step": "4"}),
    ("L", "ใครไม่ได้ส่งแผนบ้างคะ", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งจำนวนตัวชี้วัดที่บรรลุ", "Missing", {"step": "5"}),
    ("L", "แบบฟอร์ม 4 ต้องรายงานทุกกิจกรรมไหมครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "ขอแบบฟอร์ม 4 หน่อยค่ะ", "RuleQuestion", {"topic": "form"}),
    ("L", "กองคลังขอส่งแบบฟอร์ม 4 ช้าหน่อยนะครับ", "Unknown", {}),
    ("L", "ส่ง form 4 ทางอีเมลแล้ว", "MarkStep", {"step": "4", "channel": "email"}),
    ("L", "ส่งรายชื่อทีมทาง form แล้ว", "MarkStep", {"step": "1", "channel": "google_form"}),
    ("L", "ทีมของ กค. มีใครบ้างคะ จะทักไปตามแบบฟอร์ม 4", "Members", {"unit": _FIN}),
    ("L", "สมาชิกทีมมีใครบ้างครับ จะได้ทักถูกคน", "Members", {}),
    ("L", "คนของกองคลังที่ลงทะเบียนแล้วมีใครบ้าง", "Members", {"unit": _FIN}),
    ("B", "ผูกกลุ่มกับ สงป. หน่อยครับ กลุ่มนี้ตั้งใหม่", "BindGroup", {"organisation": "สงป."}),
    ("L", "เปิดแจ้งเตือนด้วยค่ะ เพิ่งผูกกลุ่มเรียบร้อย", "ReminderSettings", {"action": "on"}),
]  # fmt: skip

# How an indicator is measured ("สูตรเป็นไง", "เขาวัดจากอะไร") is its formula; a round named by
# its span ("รอบ 12 เดือน") as the time of a status, a target or what is missing asks that.
FORMULA_AND_ROUND_SPAN: list[Case] = [
    ("P", "ขยะวัดจากอะไรคะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("B", "ความพึงพอใจสูตรเป็นไง", "IndicatorQuery", {"indicator": "4", "aspect": "formula"}),
    ("P", "ตัวชี้วัดยาเสพติดเขาวัดจากอะไรครับ", "IndicatorQuery",
     {"indicator": "4", "aspect": "formula"}),
    ("L", "ภาพรวมรอบ 6 เดือนเป็นไงคะ", "Status", {}),
    ("L", "ขอสถานะรอบ 12 เดือนหน่อย", "Status", {}),
    ("P", "ยังเหลือตัวไหนที่ยังไม่ได้ใส่ผลรอบ 12 เดือนคะ", "Missing", {}),
    ("L", "รอบ 12 เดือนประเมินอะไรบ้าง", "RuleQuestion", {"topic": "round"}),
]  # fmt: skip

# How come a figure was reached ("ได้ 4.0 ได้ไง") asks why the score; the level a step
# reached brings ("ผ่านถึงขั้นตอนที่ 4 จะได้ระดับเท่าไหร่") asks the levels.
WHY_AND_LEVEL: list[Case] = [
    ("L", "ศทส.ได้ 3 ได้ยังไงคะ ส่งครบแล้ว", "RuleQuestion", {"topic": "why_score"}),
    ("L", "กค. ได้ 2.5 ได้ไงอะ", "RuleQuestion", {"topic": "why_score"}),
    ("L", "ถ้าทำถึงขั้นตอนที่ 3 จะได้ระดับไหน", "RuleQuestion", {"topic": "level"}),
    ("L", "ผ่านขั้นตอนที่ 2 จะได้ระดับอะไรคะ", "RuleQuestion", {"topic": "level"}),
    ("L", "ส่งผล 5 ได้ยังไง", "Help", {}),
]  # fmt: skip

# Thanks for what was received, then what the sender does with it, is thanks; who is away
# ("ทั้งทีมไปอบรม") is the reason a reminder is put off, no step.
THANKS_AND_AWAY: list[Case] = [
    ("L", "ขอบคุณค่ะ ได้ข้อมูลแล้ว เดี๋ยวเอาไปใส่รายงาน", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณครับ ได้แล้ว เอาไปใช้ต่อ", "SmallTalk", {"kind": "thanks"}),
    ("L", "เลื่อนเตือนแผนไปพรุ่งนี้ ทั้งทีมติดงาน", "PostponeReminder", {"step": "3"}),
    ("L", "เลื่อนการแจ้งเตือนก่อนค่ะ ทั้งกองไปสัมมนา", "PostponeReminder", {}),
]  # fmt: skip


FAMILIES: list[Case] = (
    THANKS_AND_AWAY
    + WHY_AND_LEVEL
    + FORMULA_AND_ROUND_SPAN
    + FORMS_TEAMS_AND_WHO
    + ATTENDANCE
    + PLAN_ITEMS_AND_UNITS
    + YES_WITH_REASON
    + NEWCOMER_HELP
    + YEAR_CLOSE_NAMED
    + FORGOT_ONE_PIECE
    + FAILED_AND_DETAIL
    + BOT_PRAISED
)


@readings(FAMILIES)
def test_round11_r11e(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
