"""Round 16 (fixB): questions the development corpus missed, and chat read as questions.
Two units compared ("ใครนำใครตาม") ask both units' status; the organisation called by its
province ("จ.ปทุมฯ ส่งผลครบหรือยัง") asks what is missing; how many passed ("ผ่านไปกี่ตัว")
and a head's request ("ผอ.กองขอสรุป…") ask the status; what was heard, asked back ("…แล้ว
จริงป่าว"), and a unit asked itself ("แล้ว กพร. เองล่ะ") ask a unit's status; a step named
by its deliverable overrides a wrong number in a deadline question; an indicator explained
("อธิบาย…ให้ฟังหน่อย") is asked about; the follow-up page's link is the desk's; a form's
purpose, the later round and a deadline asked after a meeting are the rules'. A named
colleague asked for advice ("พี่ต๋อยคะ … ดี") and another office's news ("สนง.… ยังไม่ส่ง…
มาเลย") are chat."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import stores
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (A) Two units compared by who leads: each one's status (no colleague asked to chase).
COMPARED: list[Case] = [
    ("L", "กองกลางกับกองคลังใครนำใครตามอยู่คะ", "Status", {"unit": ["กองกลาง", "กองคลัง"]}),
    ("L", "ศทส.กับกองนิติการ ใครนำ ใครตาม", "Status",
     {"unit": ["ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "กองนิติการ"]}),
    ("L", "กจ.กับกองกลางตอนนี้ใครนำใครตามบ้าง 555", "Status",
     {"unit": ["กองการเจ้าหน้าที่", "กองกลาง"]}),
    ("L", "กองคลังและกองกลาง ใครนำใครตามในขั้นตอนนี้", "Status", {"unit": ["กองคลัง", "กองกลาง"]}),
    # A colleague asked to chase stays chat.
    ("L", "กองคลังยังไม่ส่งแผน ใครตามให้หน่อย", "Unknown", {}),
]  # fmt: skip

# (B) The organisation itself, by its province, or a head asking for the whole office: the
# organisation's missing results or status; how many passed with nothing named is its status.
WHOLE: list[Case] = [
    ("P", "จ.ปทุมฯ รายงานผลครบทุกตัวแล้วหรือยังคะ", "Missing", {}),
    ("P", "จ.ปทุมธานี ส่งผลครบหรือยังครับ", "Missing", {}),
    ("P", "จ.ปทุมฯ ภาพรวมเป็นยังไงบ้าง", "Status", {}),
    ("O", "ตอนนี้เราผ่านไปกี่ตัวแล้วคะ", "Status", {}),
    ("O", "ภาพรวมเราอยู่ตรงไหนแล้ว ผ่านกี่ตัว", "Status", {}),
    ("B", "ผอ.กองขอดูว่าตัวชี้วัดสำนักผ่านกี่ตัวแล้วครับ", "Status", {}),
    ("B", "ผอ.สำนักถามว่าตอนนี้ผ่านไปกี่ตัวแล้ว", "Status", {}),
    ("B", "ขอสรุปสั้นๆ ครับ", "Status", {}),
    ("L", "กองคลังผ่านกี่ตัวแล้ว", "Status", {"unit": "กองคลัง"}),
]  # fmt: skip

# (C) What was heard, asked back to the bot; a unit asked "itself" after others.
HEARD: list[Case] = [
    ("L", "ได้ข่าวว่ากองคลังส่งแผนแล้ว จริงเปล่าคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ได้ยินว่าศทส.ส่งรายชื่อทีมแล้วจริงมะ", "Status",
     {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "เห็นว่ากองกลางส่งแผนไปแล้ว จริงป่าวบอท", "Status", {"unit": "กองกลาง"}),
    ("L", "ส่วนกองคลังเองล่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "แล้ว ศทส. เองอะ?", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    # Asked with "ยัง" and a polite particle, then what the asker saw.
    ("L", "ศทส.ส่งรายชื่อทีมยังครับ ผมหาในโฟลเดอร์ไม่เจอ", "Status",
     {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "กองคลังส่งแผนไปยังคะ เห็นในไดรฟ์มีแต่ไฟล์เก่า", "Status", {"unit": "กองคลัง"}),
    ("L", "ยังครับ เดี๋ยวส่งแผนพรุ่งนี้", "Unknown", {}),
]  # fmt: skip

# (D) A step named by its deliverable beside a wrong number, in a deadline question.
DEADLINE_STEP: list[Case] = [
    ("L", "ขั้นตอนที่ 5 ที่เป็นรายชื่อทีมหมดเขตวันไหน", "Deadlines", {"step": "1"}),
    ("L", "ขั้นตอนที่ 4 ที่ส่งแผนสามปี กำหนดส่งเมื่อไหร่คะ", "Deadlines", {"step": "3"}),
    ("L", "ขั้น 1 ที่ส่งรายชื่อทีม หมดเขตวันไหน", "Deadlines", {"step": "1"}),
    ("L", "ขั้น 4 รายงานผลตามแผน กำหนดส่งเมื่อไหร่", "Deadlines", {"step": "4"}),
    ("L", "ขั้นตอนที่ 3 เหลือกี่วัน", "Deadlines", {"step": "3"}),
    # A deadline asked after a meeting told of is no meeting question.
    ("L", "เพิ่งประชุมเสร็จ กำหนดส่งแผนวันไหนนะ", "Deadlines", {"step": "3"}),
    ("L", "ประชุมเสร็จแล้วค่ะ บอท deadline ส่งแผนวันไหน", "Deadlines", {"step": "3"}),
]  # fmt: skip

# (E) An indicator explained to the asker is asked about; a promise to tell is chat.
EXPLAINED: list[Case] = [
    ("P", "เล่าเรื่องตัวชี้วัดท่องเที่ยวให้ฟังหน่อย เพิ่งย้ายมา", "IndicatorQuery", {"indicator": "3"}),
    ("P", "ช่วยอธิบาย e-Service ให้หน่อยค่ะ", "IndicatorQuery", {"indicator": "5"}),
    ("P", "บอกเรื่องยาเสพติดให้ฟังหน่อยนะ งงมาก", "IndicatorQuery", {"indicator": "4"}),
    ("P", "อธิบายตัวชี้วัดขยะหน่อยครับ ผมเพิ่งมารับงาน", "IndicatorQuery", {"indicator": "2"}),
    ("P", "เดี๋ยวพี่อธิบายเรื่องขยะให้ทีหลังนะ", "Unknown", {}),
    ("P", "เมื่อวานเจอท้องถิ่นเรื่องเทศบาล เดี๋ยวเล่าให้ฟัง", "Unknown", {}),
]  # fmt: skip

# (F) The desk's page by its link; a form's purpose and the later round are the rules'.
RULES_AND_DESK: list[Case] = [
    ("L", "ขอลิงก์หน้าติดตามงานหน่อยค่ะ", "DeskLink", {}),
    ("L", "link หน้าผลของสำนักงานอยู่ไหน", "DeskLink", {}),
    ("L", "ลิงก์หน้าติดตามผลอันไหนครับ", "DeskLink", {}),
    ("L", "แบบฟอร์มที่ 1 ไว้กรอกอะไรคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "ฟอร์ม 3 คือที่กรอกแผนปฏิบัติการใช่ไหมครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "รอบหลังประเมินขั้นตอนไหนบ้างคะ", "RuleQuestion", {"topic": "round"}),
    ("L", "รอบถัดไปดูขั้น 4 ใช่ไหม", "RuleQuestion", {"topic": "round"}),
    ("L", "รอบหลังต้องส่งแผนให้เร็วกว่านี้นะ", "Unknown", {}),
]  # fmt: skip

# (G) Chat: a named colleague asked for advice; another office's figures not in yet.
CHAT: list[Case] = [
    ("L", "พี่ต้อมคะ ร่างแผนของกองเรา ควรใส่กี่กิจกรรมดี", "Unknown", {}),
    ("L", "พี่นุ่นครับ แบบฟอร์ม 3 ของกองคลัง ตั้งเป้ากี่ข้อดี", "Unknown", {}),
    ("P", "สนง.ท่องเที่ยวยังไม่ส่งตัวเลขมาเลยค่ะ", "Unknown", {}),
    ("L", "สนง.จัดหางานยังไม่ส่งข้อมูลมาเลย", "Unknown", {}),
    # The organisation's own office named so is still asked about.
    ("O", "สนง.ก.พ. ส่งผลครบหรือยังคะ", "Missing", {}),
]  # fmt: skip


@readings(COMPARED + WHOLE + HEARD + DEADLINE_STEP + EXPLAINED + RULES_AND_DESK + CHAT)
def test_round16_questions_and_chat(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


QUESTIONS = [text for _, text, intent, _ in COMPARED + WHOLE + HEARD + DEADLINE_STEP]


@pytest.mark.parametrize("text", QUESTIONS)
def test_round16_questions_are_no_writes(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)


# (H) What is asked of an indicator: how many indicators a word names and how they differ
# (the indicators), a target reckoned from a year's figure, a supposed count of pillars or a
# change that may still reach a tier (the criteria, of the indicator that counts pillars), how
# many were got (the result), where its figures come from (the indicator).
ASPECTS: list[Case] = [
    ("O", "ตัวชี้วัดเรื่องจริยธรรมมีกี่ตัวคะ ต่างกันไหม", "IndicatorQuery", {"indicator": ["4", "5"]}),
    ("B", "ตัวชี้วัดรัฐบาลดิจิทัลมีทั้งหมดกี่ตัวครับ", "IndicatorQuery", {"indicator": ["6", "7"]}),
    ("B", "เป้ามาตรฐานของคะแนนความพร้อมดิจิทัลเท่ากับปี 66 บวก 5 ใช่ไหมคะ", "IndicatorQuery",
     {"indicator": "7", "aspect": "criteria"}),
    ("B", "คะแนนความพร้อมรัฐบาลดิจิทัล เป้าขั้นสูงคือปี 66 ลบ 5 หรือเปล่า", "IndicatorQuery",
     {"indicator": "7", "aspect": "criteria"}),
    ("B", "สมมติปีที่แล้วได้ 4 pillar ปีนี้ขั้นต้นต้องได้กี่ตัวคะ", "IndicatorQuery",
     {"indicator": "6", "aspect": "criteria"}),
    ("O", "ถ้าปี 66 PMQA ได้ 400 เป้าขั้นต้นปีนี้ต้องได้กี่คะแนนคะ", "IndicatorQuery",
     {"indicator": "10", "aspect": "criteria"}),
    ("O", "PMQA ปีนี้ได้น้อยลง จะยังผ่านขั้นมาตรฐานไหม", "IndicatorQuery",
     {"indicator": "10", "aspect": "criteria"}),
    ("O", "pillar ลดลง 2 ตัว จะยังได้ขั้นสูงอยู่ไหมคะ", "IndicatorQuery",
     {"indicator": "8", "aspect": "criteria"}),
    ("O", "DG Readiness ได้ระดับ 3 ขึ้นไปกี่ตัวแล้ว", "IndicatorQuery",
     {"indicator": "8", "aspect": "result"}),
    ("P", "ขยะใช้ข้อมูลรอบไหนนะ", "IndicatorQuery", {"indicator": "2"}),
    ("P", "ยาเสพติดใช้ข้อมูลรอบที่ 1 หรือ 2 คะ", "IndicatorQuery", {"indicator": "4"}),
    # The rules' questions stay theirs.
    ("L", "ถ้าผ่านขั้นตอน 1-3 จะได้ระดับไหน", "RuleQuestion", {"topic": "level"}),
    ("B", "7 Pillar มีอะไรบ้างครับ", "IndicatorQuery", {"indicator": ["6", "7"]}),
]  # fmt: skip

# (I) A wonder shared with the group ("…ไม่รู้เลยเนอะ") is chat.
WONDERS: list[Case] = [
    ("O", "ผล DG ปีนี้จะออกมายังไงไม่รู้เนอะ", "Unknown", {}),
    ("O", "เกณฑ์ปีหน้าจะเปลี่ยนไหมไม่รู้เหมือนกันเนาะ", "Unknown", {}),
    ("P", "ขยะปีนี้จะผ่านไหมไม่รู้เลยเนอะ", "Unknown", {}),
    ("B", "สำนักงาน ก.พ.ร. จะแจ้งผลเมื่อไหร่ไม่รู้เนาะ", "Unknown", {}),
]  # fmt: skip


@readings(ASPECTS + WONDERS)
def test_round16_aspects_and_wonders(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", [text for _, text, _, _ in ASPECTS])
def test_round16_aspects_are_no_writes(text: str) -> None:
    assert not stores(understand(text, today=TODAY).intent)


# (J) The level's value asked names the indicator titled by its level; how what is counted is
# split, and what is counted only, are the formula (no channel, though a letter is named); a
# deliverable asked in detail is its step; what is missing told with a promise to chase is chat.
MORE: list[Case] = [
    ("O", "ระดับความพร้อมรัฐบาลดิจิทัลตอนนี้ได้ระดับเท่าไหร่คะ", "IndicatorQuery",
     {"indicator": "8", "aspect": "result"}),
    ("B", "DG readiness ได้ระดับเท่าไรแล้วครับ", "IndicatorQuery",
     {"indicator": "6", "aspect": "result"}),
    ("O", "ตัวจริยธรรม 449 แห่ง แบ่งกันยังไงคะ", "IndicatorQuery",
     {"indicator": ["4", "5"], "aspect": "formula"}),
    ("O", "ตัวชี้วัดแต่งตั้ง นับเฉพาะหนังสือที่ส่งทางอีเมลใช่ไหม", "IndicatorQuery",
     {"indicator": "2", "aspect": "formula"}),
    ("O", "แต่งตั้งวัดจากหนังสือในระบบสารบรรณใช่หรือไม่คะ", "IndicatorQuery",
     {"indicator": "2", "aspect": "formula"}),
    ("L", "ส่งทางอีเมลได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ขอรายละเอียดเรื่องรายชื่อทีมหน่อยค่ะ", "StepDetails", {"step": "1"}),
    ("L", "ขอรายละเอียดของรายงานผลครับ ต้องแนบอะไรบ้าง", "StepDetails", {"step": "4"}),
    ("P", "ขอรายละเอียดเรื่องขยะหน่อย", "IndicatorQuery", {"indicator": "2"}),
    ("L", "กองกลางยังไม่ส่งรายชื่อ เดี๋ยวผมตามเอง", "Unknown", {}),
    ("B", "เขต 3 แจ้งว่าข้อมูล PB ยังไม่ครบ เดี๋ยวหนูโทรไปทวงให้", "Unknown", {}),
    ("L", "ใครยังไม่ส่งแผนบ้าง เดี๋ยวผมตามเอง", "Missing", {"step": "3"}),
]  # fmt: skip


@readings(MORE)
def test_round16_more_questions(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
