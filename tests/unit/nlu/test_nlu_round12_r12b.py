"""Issue 9, round 12 (r12b): team members writing in the seed documents' own wording. A step's
forms named in its report ("แบบฟอร์มหมายเลข 3 รายละเอียดตัวชี้วัดยังไม่ครบ", "แนบแค่แบบฟอร์ม 1
กับ 2", "แบบฟอร์ม 1 และ 2 ขึ้นไดรฟ์"). Each is read through ``understand`` and settled against a
seed organisation, like the corpus; none of the questions beside them becomes a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

_ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# A step's forms named by number in its report: one short ("ยังไม่ครบ", with the form's title
# between), only some attached ("แนบแค่"), or a list of them ("1 กับ 2", "1, 2") that is no value.
FORMS_REPORTED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งแผนแล้ว แต่แบบฟอร์มหมายเลข 2 ยังไม่ครบค่ะ", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "documents": "incomplete"}),
    ("L", "กองกลางส่งแผนแล้ว แบบฟอร์ม 3 รายละเอียดตัวชี้วัดยังไม่ครบ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "documents": "incomplete"}),
    ("L", "กองกลางส่งแผนแล้ว แต่แบบฟอร์ม 3 ยังไม่ครบ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "documents": "incomplete"}),
    ("L", "ศทส. ส่งแผนแล้ว แนบมาแค่แบบฟอร์ม 1 ครับ", "MarkStep",
     {"step": "3", "unit": _ICT, "documents": "incomplete"}),
    ("L", "กองคลังส่งแผนมาแล้วครับ แนบแค่แบบฟอร์ม 2 กับ 3 ยังขาดแบบฟอร์ม 1", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "documents": "incomplete"}),
    ("L", "ส่งแบบฟอร์ม 1 และ 2 ขึ้นไดรฟ์แล้วครับ", "MarkStep",
     {"step": "3", "channel": "google_drive"}),
    ("L", "ส่งแบบฟอร์มหมายเลข 1, 2 ทาง Google Drive แล้วค่ะ", "MarkStep",
     {"step": "3", "channel": "google_drive"}),
    ("L", "แบบฟอร์ม 1 กับ 2 ต่างกันยังไง", "RuleQuestion", {"topic": "form"}),
    ("L", "ขอแบบฟอร์ม 1 กับ 2 หน่อยครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "ใครขาดแบบฟอร์ม 3 บ้าง", "Missing", {"step": "3"}),
]  # fmt: skip

# A correction with what was typed before ("เมื่อกี้พิมพ์ 78.5", "ไม่ใช่ 29" after a date, "พิมพ์ผิด",
# "ตัวเดิมเป็นของปีที่แล้ว"): the new figure or day is the one kept, the old one is no value, the
# slip note names no indicator, and last year's old value makes no baseline of the new one.
CORRECTIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอแก้ % เข้าประชุมของกองคลังเป็น 90 ครับ เมื่อกี้พิมพ์ 80", "MarkStep",
     {"step": "2", "unit": "กองคลัง", "value": "90"}),
    ("L", "แก้ร้อยละการเข้าประชุมของ ศทส. เป็น 92.5 ตอนแรกใส่ผิดเป็น 29.5", "MarkStep",
     {"step": "2", "unit": _ICT, "value": "92.5"}),
    ("L", "แก้ไขค่ะ กองคลังส่งรายชื่อทีมวันที่ 27 พ.ย. 67 ไม่ใช่ 26", "MarkStep",
     {"step": "1", "unit": "กองคลัง", "done_on": "2024-11-27"}),
    ("L", "แก้ไขครับ กองกลางส่งแผนวันที่ 20 ม.ค. 68 ไม่ใช่ 21", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "done_on": "2025-01-20"}),
    ("P", "แก้ขยะเป็น 52.3 ครับ เมื่อกี้พิมพ์ 25.3", "SubmitValue",
     {"indicator": "2", "value": "52.3", "raw_value": "52.3"}),
    ("O", "แก้ชุดข้อมูล GD Catalog เป็น 95% ครับ กรอกผิด", "SubmitValue",
     {"indicator": "6", "value": "95", "raw_value": "95%", "percent": True}),
    ("O", "ขอแก้ GD Catalog เป็น 96.5% ค่ะ ใส่ผิดไป", "SubmitValue",
     {"indicator": "6", "value": "96.5", "raw_value": "96.5%", "percent": True}),
    ("P", "ขอแก้ขยะเป็น 51.2 ค่ะ ค่าเดิมเป็นของปีที่แล้ว", "SubmitValue",
     {"indicator": "2", "value": "51.2", "raw_value": "51.2"}),
    ("B", "แก้ DG score เป็น 82.5 ครับ อันเดิมเป็นผลปีก่อน", "SubmitValue",
     {"indicator": "7", "value": "82.5", "raw_value": "82.5"}),
    ("P", "ขยะปีที่แล้วได้ 45.2", "SubmitBaseline",
     {"indicator": "2", "value": "45.2", "raw_value": "45.2", "year": 2567}),
]  # fmt: skip

# A title that starts with its measure word ("ระดับความพร้อมรัฐบาลดิจิทัล" is 8 at สำนักงาน ก.พ.,
# "คะแนน…" 9), its other words parted by a group or a tier's name ("กลุ่มที่ 2 เป้ามาตรฐาน"): the
# measure still names the one indicator.
TITLES_PARTED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ระดับความพร้อมรัฐบาลดิจิทัล กลุ่มที่ 1 เป้าขั้นต้นเท่าไหร่ครับ", "IndicatorQuery",
     {"indicator": "8", "aspect": "criteria"}),
    ("O", "ระดับความพร้อมรัฐบาลดิจิทัล เป้ามาตรฐานคืออะไรคะ", "IndicatorQuery",
     {"indicator": "8", "aspect": "criteria"}),
    ("O", "คะแนนความพร้อมรัฐบาลดิจิทัล กลุ่มที่ 3 เป้าขั้นสูงเท่าไหร่", "IndicatorQuery",
     {"indicator": "9", "aspect": "criteria"}),
    ("O", "ระดับความพร้อมรัฐบาลดิจิทัล เกณฑ์กลุ่มที่ 3 ว่าไงครับ", "IndicatorQuery",
     {"indicator": "8", "aspect": "criteria"}),
    ("O", "คะแนนความพร้อมรัฐบาลดิจิทัลของเรา ผ่านเป้าขั้นสูงไหม", "IndicatorQuery",
     {"indicator": "9", "aspect": "tier"}),
    ("B", "คะแนนความพร้อมรัฐบาลดิจิทัล กลุ่มที่ 2 เป้ามาตรฐานเท่าไหร่คะ", "IndicatorQuery",
     {"indicator": "7", "aspect": "criteria"}),
]  # fmt: skip

# Deductions in the plan's words: how a shortfall is cut asked ("ตัดยังไง", "หักแบบไหน"), and a
# unit's score told with what was cut from it ("หักเอกสารไม่ครบไป 0.5": a statement, and the
# cut is no value).
DEDUCTIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กรณีแผนขาดมิติที่ 2 ตัดยังไงครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งแผนไม่ครบ 3 มิติ ตัดแบบไหนคะ มิติละครึ่งคะแนนหรือเปล่า", "RuleQuestion",
     {"topic": "deductions"}),
    ("L", "ถ้าเอกสารไม่ครบ หักอย่างไรครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้าได้ 5 คะแนนแล้วโดนหักส่งช้า จะเหลือกี่คะแนน", "RuleQuestion", {"topic": "deductions"}),
    ("L", "กองกลางได้ 4.5 คะแนนค่ะ หักส่งช้าไป 0.5", "SubmitValue",
     {"indicator": "1", "value": "4.5", "raw_value": "4.5", "unit": "กองกลาง"}),
    ("L", "ศทส. ได้ 4.95 คะแนน โดนหักเอกสารไม่ครบ 0.05 ครับ", "SubmitValue",
     {"indicator": "1", "value": "4.95", "raw_value": "4.95", "unit": _ICT}),
    ("L", "กองคลังได้ ๔ คะแนนครับ ถูกหักมิติที่ขาดไป 1 คะแนน", "SubmitValue",
     {"indicator": "1", "value": "4", "raw_value": "๔", "unit": "กองคลัง"}),
]  # fmt: skip

# Understood now, in the words of surprise ("อ๋อ งี้นี่เอง", "อย่างนี้เอง"): an ack.
UNDERSTOOD: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "อ๋อ แบบนี้นี่เอง เข้าใจแล้วค่ะ", "SmallTalk", {"kind": "ack"}),
    ("L", "อ้อ งี้เอง โอเคครับ", "SmallTalk", {"kind": "ack"}),
    ("B", "อ๋อ อย่างนี้เอง รับทราบค่ะ", "SmallTalk", {"kind": "ack"}),
    ("O", "ยังงี้นี่เอง เข้าใจละค่ะ", "SmallTalk", {"kind": "ack"}),
    ("P", "อ๋อ อย่างนี้นี่เอง", "SmallTalk", {"kind": "ack"}),
    ("P", "แบบนี้ขยะผ่านไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
]  # fmt: skip

# A unit's attendance told short of the bar in the plan's words ("ได้แค่ 80% ไม่ถึงร้อยละ 85"):
# a failed step reported, no question of the rule (asked, or supposed with "ถ้า", it stays one).
ATTENDANCE_SHORT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ทีม PMQA ของกองกลางเข้าประชุมได้แค่ 75% ไม่ถึงร้อยละ 85 ครับ", "MarkStep",
     {"step": "2", "unit": "กองกลาง", "value": "75", "passed": False}),
    ("L", "ศทส. เข้าร่วมประชุมได้เพียง 70% ไม่ถึง 85% ค่ะ", "MarkStep",
     {"step": "2", "unit": _ICT, "value": "70", "passed": False}),
    ("L", "กองคลังเข้าประชุมได้ 80% ต่ำกว่าร้อยละ 85 ค่ะ", "MarkStep",
     {"step": "2", "unit": "กองคลัง", "value": "80", "passed": False}),
    ("L", "เข้าประชุมได้แค่ 80% ไม่ถึงร้อยละ 85 ผ่านไหมคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ถ้าเข้าประชุมได้ 80% ไม่ถึงร้อยละ 85 จะเป็นอะไรไหม", "RuleQuestion",
     {"topic": "attendance"}),
]  # fmt: skip

# An indicator whose title starts with the manual it makes ("ตัวชี้วัดคู่มือแผนพัฒนาบุคลากร", 3 at
# สำนักงาน ก.พ.): the indicator, no ask for the bot's manual.
MANUAL_TITLE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ขอดูตัวชี้วัดคู่มือแผนพัฒนาบุคลากรด้วยค่ะ", "IndicatorQuery", {"indicator": "3"}),
    ("O", "kpi คู่มือแผนพัฒนาบุคลากร ขอดูหน่อย", "IndicatorQuery", {"indicator": "3"}),
    ("O", "ขอดูตัวชี้วัดเรื่องคู่มือการจัดทำแผนพัฒนาบุคลากรหน่อยค่ะ", "IndicatorQuery",
     {"indicator": "3"}),
    ("O", "ตัวชี้วัดคู่มือการจัดทำแผนพัฒนาบุคลากร ได้กี่คะแนน", "IndicatorQuery",
     {"indicator": "3", "aspect": "score"}),
    ("O", "ขอคู่มือการใช้งานบอทหน่อยครับ", "Help", {}),
    ("O", "คู่มือการใช้บอทอยู่ไหน", "Help", {}),
]  # fmt: skip

# Why an indicator has no score yet ("ยังไม่มีคะแนน ทั้งที่ผ่านทุกข้อ"): a question of why it
# scored what it did; why a unit has not yet sent is not one.
NO_SCORE_YET: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "ทำไม PB ยังไม่มีคะแนน ทั้งที่ผ่านครบทุกข้อ", "RuleQuestion", {"topic": "why_score"}),
    ("O", "ทำไมจริยธรรมยังไม่ได้คะแนนคะ", "RuleQuestion", {"topic": "why_score"}),
    ("P", "ทำไมขยะยังไม่ขึ้นคะแนนครับ", "RuleQuestion", {"topic": "why_score"}),
    ("B", "ทำไม DG score ยังไม่ออกคะแนนเลย", "RuleQuestion", {"topic": "why_score"}),
    ("L", "ทำไมกองคลังยังไม่ส่งแผน", "Status", {"unit": "กองคลัง"}),
]  # fmt: skip

# A channel said full or stuck ("ไดรฟ์เต็ม", "พื้นที่ไม่พอ") beside the one used: the one used.
CHANNEL_FULL: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งแผนทางอีเมลแล้วค่ะ ไดรฟ์เต็ม", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "channel": "email"}),
    ("L", "ศทส. ส่งแผนแล้วทาง e-mail ครับ google drive พื้นที่ไม่พอ", "MarkStep",
     {"step": "3", "unit": _ICT, "channel": "email"}),
    ("L", "กองกลางส่งแผนทางเมลแล้วนะคะ ไดรฟ์ค้าง", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "channel": "email"}),
    ("L", "กองกลางส่งแผนขึ้นไดรฟ์แล้ว", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "channel": "google_drive"}),
]  # fmt: skip

# The team's list already sent, asked for ("ขอรายชื่อ PMQA Team ของกองคลังที่ส่งมาทาง Google Form"):
# the members; sending it, or asking who has not, stays what it was.
TEAM_LIST_SENT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอรายชื่อทีม PMQA ของกองกลางที่ส่งมาทาง Google Form หน่อยค่ะ", "Members",
     {"unit": "กองกลาง"}),
    ("L", "ขอดูรายชื่อ PMQA Team ของ ศทส. ที่กรอกในฟอร์มครับ", "Members", {"unit": _ICT}),
    ("L", "ขอรายชื่อทีมงานกองคลังที่ส่งมาแล้วหน่อย", "Members", {"unit": "กองคลัง"}),
    ("L", "ขอส่งรายชื่อทีม PMQA ของกองกลางทาง Google Form ค่ะ", "MarkStep",
     {"step": "1", "unit": "กองกลาง", "channel": "google_form"}),
    ("L", "ขอรายชื่อทีมที่ยังไม่ส่ง", "Missing", {"step": "1"}),
]  # fmt: skip

# An indicator's items listed in its report's words, one of them a meeting ("…ผ่านครบ 3 ข้อเลยใช่
# ไหม ทั้งแจ้งเวียนหลักเกณฑ์ จัดประชุมชี้แจง…"): its items asked, no question of the plan's meeting.
ITEMS_WITH_A_MEETING: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ตัวคู่มือแผนพัฒนาบุคลากร ผ่านทุกข้อใช่ไหม ทั้งจัดทำคู่มือ จัดประชุมชี้แจง", "IndicatorQuery",
     {"indicator": "3", "aspect": "items"}),
    ("O", "แต่งตั้งข้าราชการ ผ่าน 3 ข้อใช่ไหม แจ้งเวียนหลักเกณฑ์ จัดประชุมชี้แจง แจ้งเวียนคู่มือ",
     "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    ("L", "ประชุมชี้แจงเริ่ม 9 โมงครึ่งใช่ไหมคะ", "RuleQuestion", {"topic": "meeting"}),
]  # fmt: skip


@readings(FORMS_REPORTED + CORRECTIONS + TITLES_PARTED + DEDUCTIONS + UNDERSTOOD)
def test_seed_wordings_and_their_meaning(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
