"""Issue 9, round 11 (r11c): executives' and analysts' wording. Every unit or every indicator
counted asked in detail ("ขอสถานะทุกกองแบบละเอียด", "ทั้ง 10 ตัว"); a page to look at the
results asked by its link ("ขอลิงก์ดูสรุปผลบนมือถือ"); the bar a step must reach ("เกณฑ์ผ่านของ
ขั้น 2", "ขั้นต่ำของแต่ละขั้นตอน"); how attendance is counted ("นับเป็นรายคน", online counts:
"ออนไลน์" holds no ไลน์)."""

from __future__ import annotations

from typing import Any

from handlers.intents import RuleQuestion
from handlers.nlu.evaluation import TODAY, category
from handlers.nlu.settle import settle
from handlers.registry import understand
from tests.fakes.seed import pathum_thani
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

IN_DETAIL: list[Case] = [
    ("L", "ขอสถานะทุกกองแบบละเอียดครับ เอาไปเข้าวาระ", "Status", {"detail": True}),
    ("L", "สรุปทุกกองละเอียดๆ หน่อยค่ะ", "Status", {"detail": True}),
    ("L", "ขอผลทุกหน่วยงานแบบละเอียดครับ", "Status", {"detail": True}),
    ("O", "ขอแบบละเอียดครบ 10 ตัวเลยค่ะ", "Status", {"detail": True}),
    ("P", "ขอรายละเอียดทั้ง 6 ตัวค่ะ ท่านผู้ว่าจะดู", "Status", {"detail": True}),
    ("B", "ขอสรุปแบบละเอียดทั้ง 8 ตัวครับ", "Status", {"detail": True}),
]

DESK_PAGES: list[Case] = [
    ("P", "ขอลิงก์ดูผลบนมือถือหน่อยค่ะ", "DeskLink", {}),
    ("O", "ท่านอธิบดีอยากดูผลเอง มีลิงก์เว็บไหมครับ", "DeskLink", {}),
    ("L", "ขอลิงก์หน้าจอสรุปให้ท่านปลัดเปิดดูเองค่ะ", "DeskLink", {}),
    ("B", "มีเว็บให้ผอ.เข้าไปดูเองได้ไหมคะ ขอลิงก์ด้วย", "DeskLink", {}),
    ("L", "ขอลิงก์สรุปผลแบบเปิดในมือถือได้ครับ", "DeskLink", {}),
    ("L", "ขอลิงก์ส่งรายงานผลหน่อยครับ", "RuleQuestion", {"topic": "channel"}),
]

STEP_BARS: list[Case] = [
    ("L", "เกณฑ์ผ่านขั้นตอนที่ 2 คือกี่เปอร์เซ็นต์คะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ขั้นต่ำของแต่ละขั้นตอนกี่เปอร์เซ็นต์ครับ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ขั้นตอนที่ 5 เกณฑ์ผ่านอยู่ที่เท่าไหร่คะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "แต่ละขั้นมีเกณฑ์ผ่านกี่ % บ้างครับ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ขั้น 2 กับขั้น 5 เกณฑ์ผ่านต่างกันไหมคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ค่าขั้นต่ำที่ยอมรับได้ของขั้นตอนที่ 5 คือเท่าไร", "RuleQuestion", {"topic": "thresholds"}),
]

ATTENDANCE: list[Case] = [
    ("L", "เข้าประชุมทางออนไลน์นับไหมครับ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "การเข้าร่วมคิดเป็นรายคนหรือรายกองคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าร่วมผ่าน teams ถือว่าเข้าร่วมไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าร่วมกิจกรรมนับรายคนใช่ไหมคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ประชุมออนไลน์ผ่าน zoom นับเป็นการเข้าร่วมหรือเปล่า", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ส่งแผนทางไลน์นับไหมคะ", "RuleQuestion", {"topic": "channel"}),
]

# A unit's plan told by what it covers or lacks, with no verb of sending: its dimensions
# ("แผนกองกลางครอบคลุมมิติ 2 กับ 3"), its documents short ("เอกสารประกอบยังไม่ครบ", "ขาดฟอร์ม
# 2"); a channel said not to be the one used ("ไม่ใช่ทางอีเมล"); a step failed said "ตก".
PLAN_NEWS: list[Case] = [
    (
        "L",
        "แผนกองกลางครอบคลุมมิติ 2 กับ 3 ครับ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "dims": [2, 3]},
    ),
    ("L", "แผนกองคลังมีมิติ 1 กับ 3 ครับ", "MarkStep", {"step": "3", "unit": "กองคลัง", "dims": [1, 3]}),
    (
        "L",
        "แผน ศทส. ครอบคลุมแค่มิติ 2 ค่ะ มิติ 1 กับ 3 ยังไม่มี",
        "MarkStep",
        {"step": "3", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "dims": [2]},
    ),
    (
        "L",
        "แผน กพร. เอกสารประกอบยังไม่ครบค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กลุ่มพัฒนาระบบบริหาร", "documents": "incomplete"},
    ),
    (
        "L",
        "แผนศทส.มาแล้วค่ะ ขาดฟอร์ม 2",
        "MarkStep",
        {"step": "3", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "documents": "incomplete"},
    ),
    (
        "L",
        "กองกลางส่งรายชื่อแล้วแต่ไฟล์แนบยังไม่ครบครับ",
        "MarkStep",
        {"step": "1", "unit": "กองกลาง", "documents": "incomplete"},
    ),
    (
        "L",
        "กนต. ส่งแผนทางไลน์ครับ ไม่ใช่ทางอีเมล",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "channel": "line"},
    ),
    (
        "L",
        "กองกลางส่งแผนทางอีเมลค่ะ ไม่ได้อัปขึ้นไดรฟ์",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "email"},
    ),
    (
        "L",
        "ศทส. เข้าร่วมกิจกรรม 70% ตกค่ะ",
        "MarkStep",
        {"step": "2", "passed": False, "value": "70", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "ตกลงกองกลางเข้าร่วม 90% ครับ", "MarkStep", {"step": "2", "value": "90", "unit": "กองกลาง"}),
    ("L", "แผนต้องครอบคลุมมิติ 1 ด้วยไหมคะ", "RuleQuestion", {"topic": "dimensions"}),
]

# Why the asker asks, after the ask: what the answer is for ("จะใช้ประกอบการประชุมผู้บริหาร",
# "จะแนบในบันทึกเสนอท่านปลัด"), the boss's wish ("ท่านผู้ว่า อยากเห็นครบก่อนประชุม"), the
# sender's own meeting on a day ("วันนี้มีประชุมยาว") names nothing of the plan.
REASONS: list[Case] = [
    ("O", "ขอสรุปแบบละเอียดทุกตัวชี้วัดค่ะ จะใช้ประกอบการประชุมผู้บริหารพรุ่งนี้", "Status", {"detail": True}),
    ("P", "ตัวไหนยังไม่มีผลบ้างคะ ท่านผู้ว่า อยากเห็นครบก่อนประชุม", "Missing", {}),
    ("B", "ตัวชี้วัดไหนยังว่างอยู่ครับ ผอ. อยากได้ครบก่อนวันศุกร์", "Missing", {}),
    ("L", "ขอรายชื่อทีม PMQA ทั้งหมดค่ะ จะแนบในบันทึกเสนอท่านปลัด", "Members", {}),
    ("L", "ขอรายชื่อทีมงานทุกกองครับ จะเอาไปทำหนังสือถึงผู้บริหาร", "Members", {}),
    (
        "L",
        "ท่าน ผอ.ศทส. ประสงค์ทราบว่าศูนย์ฯ ถึงไหนแล้วครับ",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
]
POSTPONED_FOR_A_MEETING: list[Case] = [
    ("L", "เลื่อนเตือนไปก่อนนะครับ พรุ่งนี้ประชุมทั้งวัน", "PostponeReminder", {}),
    ("L", "ขอเลื่อนการแจ้งเตือนก่อนค่ะ วันนี้มีประชุมยาว", "PostponeReminder", {}),
    ("L", "ขอเลื่อนเตือนแผนไปก่อนค่ะ วันนี้ประชุม", "PostponeReminder", {"step": "3"}),
]

# Baselines: the year between the measure and the title ("คะแนนปี 67 ความพร้อม…" is the score's
# indicator), the base of a year said "ฐาน … ปี 66", a stored baseline corrected ("ที่บันทึกไว้ผิด
# … ต้องเป็น …" tells the right figure, no history asked).
BASELINES: list[Case] = [
    (
        "O",
        "คะแนนปี 67 ความพร้อมรัฐบาลดิจิทัล 81.2 ใช้เป็นฐานค่ะ",
        "SubmitBaseline",
        {"indicator": "9", "value": "81.2", "raw_value": "81.2", "year": 2567},
    ),
    (
        "B",
        "ระดับปี 66 ความพร้อมรัฐบาลดิจิทัล 3 เป็นฐานครับ",
        "SubmitBaseline",
        {"indicator": "6", "value": "3", "raw_value": "3", "year": 2566},
    ),
    (
        "O",
        "ฐาน GD Catalog ปี 66 มี 45 ชุดค่ะ",
        "SubmitBaseline",
        {"indicator": "6", "value": "45", "raw_value": "45", "year": 2566},
    ),
    (
        "P",
        "ฐานยาเสพติดปี 2566 อยู่ที่ 72.4 ครับ",
        "SubmitBaseline",
        {"indicator": "4", "value": "72.4", "raw_value": "72.4", "year": 2566},
    ),
    (
        "P",
        "ค่าฐานท่องเที่ยวที่บันทึกไว้ผิดครับ ปี 66 ต้องเป็น 1,480.5",
        "SubmitBaseline",
        {"indicator": "3", "value": "1480.5", "raw_value": "1,480.5", "year": 2566},
    ),
    (
        "B",
        "ค่าฐาน e-Budgeting ปี 2566 ที่บันทึกไว้ผิดค่ะ ที่ถูกคือ 88.6",
        "SubmitBaseline",
        {"indicator": "4", "value": "88.6", "raw_value": "88.6", "year": 2566},
    ),
    ("B", "ขอดูค่าฐานที่บันทึกไว้ทั้งหมดครับ", "History", {"indicator": ["3", "4"]}),
]

# "หลักเกณฑ์แต่งตั้ง" is the title's (no criteria asked): its score is asked.
TITLE_WORDS: list[Case] = [
    ("O", "หลักเกณฑ์แต่งตั้งได้กี่คะแนนคะ", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    (
        "O",
        "ตัวชี้วัดหลักเกณฑ์แต่งตั้ง คะแนนเท่าไหร่แล้วครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "score"},
    ),
    (
        "O",
        "เกณฑ์ของตัวชี้วัดหลักเกณฑ์แต่งตั้งคืออะไร",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "criteria"},
    ),
]

# Two indicators put side by side ("ตัวไหนดีกว่ากัน", "ขอเทียบ…กับ…"): each one's summary; a
# figure asked ("ได้คะแนนเท่าไหร่ เทียบกับ…") or a year compared stays that figure's.
SIDE_BY_SIDE: list[Case] = [
    ("P", "ท่องเที่ยวกับ e-Service ตัวไหนดีกว่ากันคะ", "IndicatorQuery", {"indicator": ["3", "5"]}),
    ("B", "e-Budgeting กับ PB อันไหนผลดีกว่า", "IndicatorQuery", {"indicator": ["2", "4"]}),
    (
        "P",
        "ขอเปรียบเทียบยาเสพติดกับขยะหน่อยค่ะ จะเสนอท่านผู้ว่า",
        "IndicatorQuery",
        {"indicator": ["2", "4"]},
    ),
    ("O", "เทียบ PMQA กับ GD Catalog ให้ดูหน่อยครับ", "IndicatorQuery", {"indicator": ["6", "10"]}),
    # Which scores better asks their scores (round 30: the corpus's majority, iu056, iu202).
    (
        "O",
        "Master Data กับ GD Catalog ตัวไหนคะแนนสูงกว่ากันคะ",
        "IndicatorQuery",
        {"indicator": ["6", "7"], "aspect": "score"},
    ),
    (
        "P",
        "ขยะได้คะแนนเท่าไหร่ เทียบกับยาเสพติดล่ะ",
        "IndicatorQuery",
        {"indicator": ["2", "4"], "aspect": "score"},
    ),
    ("P", "ขยะปีนี้เทียบกับปี 66 ดีขึ้นหรือแย่ลงคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]

# What is due, asked "มีอะไรที่ต้องส่งบ้าง" or formally "มีรายการใดต้องดำเนินการ…บ้าง".
DUE: list[Case] = [
    ("P", "มีอะไรที่ต้องส่งบ้างคะ ก่อนประชุม กบจ.", "Deadlines", {}),
    ("B", "เดือนนี้มีงานไหนต้องส่งบ้างครับ", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "ก่อนสิ้นเดือนนี้มีอะไรที่ต้องทำบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    (
        "O",
        "ขอทราบว่ามีรายการใดที่ต้องดำเนินการภายในเดือนนี้บ้างคะ",
        "Deadlines",
        {"month": 1, "this_month": True},
    ),
    ("L", "ก่อนท่านปลัดประชุมวันจันทร์ มีอะไรที่ต้องส่งบ้างครับ", "Deadlines", {}),
]

FAMILIES = (
    DUE + SIDE_BY_SIDE + TITLE_WORDS + REASONS + IN_DETAIL + DESK_PAGES + STEP_BARS + ATTENDANCE
)


@readings(FAMILIES)
def test_executives_wording_reads_as_meant(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A card answered "อย่าเพิ่งเซฟ" saves nothing; a group said to be an organisation's, then
# "ผูกให้ด้วย", is bound to it.
ANSWERS: list[Case] = [
    ("L", "อย่าเพิ่งบันทึกนะคะ", "Cancel", {}),
    ("L", "ไม่ต้องเซฟค่ะ", "Cancel", {}),
    ("P", "อย่าเพิ่งเซฟนะครับ เดี๋ยวเช็คอีกที", "Cancel", {}),
    ("L", "อย่าบันทึกครับ ผิด", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ อย่าเพิ่งบันทึก", "Cancel", {}),
    ("B", "กลุ่มนี้เป็นของ สงป. ครับ ช่วยผูกให้หน่อย", "BindGroup", {"organisation": "สงป."}),
    ("P", "กลุ่มไลน์นี้ของจังหวัดปทุมธานีค่ะ ผูกไว้เลย", "BindGroup", {"organisation": "จังหวัดปทุมธานี"}),
    ("L", "กลุ่มนี้ของ สป.รง. นะครับ ผูกให้ที", "BindGroup", {"organisation": "สป.รง."}),
]


@readings(PLAN_NEWS + POSTPONED_FOR_A_MEETING + BASELINES + ANSWERS)
def test_a_plan_told_by_what_it_covers_or_lacks_is_news_of_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FAMILIES)
def test_none_of_these_questions_is_a_write(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert category(*settled(text, org)) != "write"


def test_why_a_report_indicator_scored_keeps_the_indicator_asked() -> None:
    for text, words in (("ทำไมขยะได้แค่ 3 คะแนนคะ", "ขยะ"), ("ทำไมตัวชี้วัด 3 ได้คะแนนน้อย", "3")):
        read = settle(understand(text, today=TODAY).intent, pathum_thani())
        assert isinstance(read, RuleQuestion)
        assert read.indicator == words
