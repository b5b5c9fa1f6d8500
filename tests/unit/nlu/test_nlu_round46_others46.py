"""Round 46, messages between colleagues and praise of the bot (others46).

1. A unit or a colleague urged to send through whoever reads it ("ฝากกองคลังรีบส่งแผนด้วยนะคะ",
   "ฝากตามกนต.ส่งแผนหน่อย", "ฝากเตือนกองนิติการส่งรายงานผล…"): nothing sent, nothing asked of
   the bot, whatever is said done after it by someone else ("หัวหน้าตามแล้ว").
2. A colleague called by name (a nickname with ๆ too) asked about the work handed to them
   ("น้องต้นๆ แบบฟอร์ม 3 ที่ให้ช่วยดู เสร็จยังจ๊ะ"), or told what was found in what they sent
   ("น้องฝน ฟอร์ม 3 ที่ส่งมาพี่ดูแล้ว แก้ตรง…").
3. Printing left at the office's machine ("ใครปริ้นเอกสารค้างไว้ที่เครื่องชั้น 3 คะ").
4. A paper sent to a superior, told or asked ("ร่างรายงานการตรวจสอบภายใน… ส่งให้ ผอ. แล้วนะคะ",
   "สรุปรายงานการประชุม… ส่งให้ท่านเลขาฯ หรือยังคะ"): no step of the plan.
5. A file asked for that is none of the plan's forms ("ขอไฟล์รายงานผลการตรวจสอบบัญชีปี 67
   ด้วยครับ"): the bot sends no files but the forms.
6. The bot's answers praised with "ขอชื่นชม" ("ตอบได้ครบถ้วนมาก ขอชื่นชมครับ").
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

URGED_THROUGH_A_COLLEAGUE: list[Case] = [
    ("L", "พี่คะ ฝากกองคลังรีบส่งแผนด้วยนะคะ หัวหน้าตามแล้ว", "Unknown", {}),
    ("L", "พี่ครับ ฝากศทส.เร่งส่งแผนหน่อยนะครับ ผอ.ถามแล้ว", "Unknown", {}),
    ("L", "ฝากกองกลางส่งรายชื่อทีมด้วยนะครับ", "Unknown", {}),
    ("L", "น้องคะ ฝากตามกนต.ส่งแผนหน่อยนะ ท่านถามแล้ว", "Unknown", {}),
    ("L", "น้องคะ ฝากเตือนกองนิติการส่งรายงานผลด้วยนะคะ ใกล้หมดเขตแล้ว", "Unknown", {}),
    # Near misses: the bot asked through someone, a favour of recording, a report, a value
    # sent on a unit's behalf, who has not sent, a report before every unit is urged.
    ("L", "ฝากถามบอทว่ากองคลังส่งแผนหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ฝากบันทึกให้กองคลังด้วยค่ะ ส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองคลังส่งแผนแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    (
        "L",
        "กจ. ฝากส่งผลค่ะ ตัวชี้วัดที่ 1 ได้ 4.5 นะคะ",
        "SubmitValue",
        {"indicator": "1", "value": "4.5", "raw_value": "4.5", "unit": "กองการเจ้าหน้าที่"},
    ),
    ("L", "ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    (
        "L",
        "ส่งแผนครบ 3 มิติแล้วค่ะ ฝากทุกกองส่งให้ครบด้วยนะคะ",
        "MarkStep",
        {"step": "3", "dims": [1, 2, 3]},
    ),
]

THE_ONE_CALLED_AND_THEIR_TASK: list[Case] = [
    ("L", "น้องต้นๆ แบบฟอร์ม 3 ที่ให้ช่วยดู เสร็จยังจ๊ะ", "Unknown", {}),
    ("L", "พี่แอน แผนกองกลางที่ฝากไว้ ตรวจเสร็จยังคะ", "Unknown", {}),
    ("P", "น้องเมย์ ตัวเลขขยะที่ให้ช่วยรวบรวม ได้ยังจ๊ะ", "Unknown", {}),
    ("L", "น้องฝนๆ ฟอร์ม 4 ที่ให้ช่วยทำ ถึงไหนแล้วจ๊ะ", "Unknown", {}),
    ("L", "น้องฝน ฟอร์ม 3 ที่ส่งมาพี่ดูแล้ว แก้ตรงวิธีคำนวณนิดนึงนะ", "Unknown", {}),
    # Near misses: the bot called, a unit's sending asked, a deadline asked.
    ("L", "น้องบอท แบบฟอร์ม 3 ต้องส่งเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "พี่คะ กองคลังส่งแผนหรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "แบบฟอร์ม 3 ต้องส่งเมื่อไหร่คะ", "Deadlines", {"step": "3"}),
]

HANDED_TO_ONE_BY_NAME: list[Case] = [
    ("L", "พี่ต้อม ช่วยดูแผนมิติ 2 ให้หน่อยนะคะ", "Unknown", {}),
    ("P", "คุณจอย ช่วยเช็คตัวเลขขยะให้หน่อยค่ะ", "Unknown", {}),
    ("O", "พี่โอ๋ ช่วยหาไฟล์หลักสูตรสอบปีที่แล้วให้หน่อยค่ะ", "Unknown", {}),
    ("L", "@เอก ช่วยดูแผนมิติ 2 ให้หน่อยได้ไหม ก่อนพี่อัปขึ้น drive", "Unknown", {}),
    # Near misses: the bot called or mentioned, its own work asked of no one in particular.
    (
        "L",
        "น้องบอท ช่วยดูให้หน่อยว่าไอทีไปถึงไหน",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "ช่วยดูให้หน่อยว่ากองคลังส่งแผนหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "@PMQA Bot ช่วยเช็คหน่อยค่ะ กองไหนยังไม่ส่งรายชื่อใน google form", "Missing", {"step": "1"}),
    # A polite particle after the kin term is a call, no name ("น้องคะ", "น้องครับ"): the bot asked.
    (
        "P",
        "น้องคะ ช่วยแก้ขยะเป็น 62.1 ให้หน่อย",
        "SubmitValue",
        {"indicator": "2", "value": "62.1", "raw_value": "62.1"},
    ),
    (
        "P",
        "น้องคะ ช่วยยกขยะ 61.4 ไปใส่ในระบบให้หน่อย",
        "SubmitValue",
        {"indicator": "2", "value": "61.4", "raw_value": "61.4"},
    ),
    (
        "L",
        "น้องครับ ช่วยดูหน่อยว่าไอทีส่งแผนหรือยัง",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    (
        "L",
        "น้องคะ ช่วยหาหน่อย ไอทีส่งแผนยัง",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "น้องคะ ช่วยดูหน่อยว่ากำหนดส่งแผนวันไหน", "Deadlines", {"step": "3"}),
    # What is to be looked at, asked after "หน่อยว่า": the bot's to answer, whoever is called.
    ("L", "พี่ต้อม ช่วยดูหน่อยว่ากองคลังส่งแผนยัง", "Status", {"unit": "กองคลัง"}),
]

LEFT_AT_THE_PRINTER: list[Case] = [
    ("L", "ใครปริ้นเอกสารค้างไว้ที่เครื่องชั้น 3 คะ", "Unknown", {}),
    ("O", "ใครสั่งปริ้นงานไว้ที่เครื่องชั้น 5 มาเอาด้วยค่ะ", "Unknown", {}),
    ("B", "ใครพริ้นท์รายงานทิ้งไว้ในถาดเครื่องถ่ายคะ", "Unknown", {}),
    # Near misses: who has not sent, a paper copy asked of the rules.
    ("L", "ใครยังไม่ส่งเอกสารขั้นตอนที่ 3", "Missing", {"step": "3"}),
    ("L", "ต้องปริ้นส่งเป็นกระดาษด้วยมั้ยคะ", "RuleQuestion", {"topic": "channel"}),
]

SENT_TO_A_SUPERIOR: list[Case] = [
    ("L", "ร่างรายงานการตรวจสอบภายในไตรมาส 1 ส่งให้ ผอ. แล้วนะคะ", "Unknown", {}),
    ("B", "รายงานการตรวจสอบภายในไตรมาส 2 ส่งให้ท่านผู้อำนวยการเรียบร้อยแล้วครับ", "Unknown", {}),
    ("L", "สรุปรายงานการประชุมเมื่อวานส่งให้ท่านเลขาฯ หรือยังคะ", "Unknown", {}),
    ("O", "บันทึกข้อความขออนุมัติจัดอบรมส่งให้หัวหน้าหรือยังคะ", "Unknown", {}),
    # Near misses: a step sent to the coordinator, a report with the director's signature,
    # the step's details asked to pass on.
    ("L", "ส่งแผนให้ กพร. แล้วค่ะ", "MarkStep", {"step": "3"}),
    (
        "L",
        "กองคลังส่งแผนแล้วค่ะ ผอ.เพิ่งเซ็นเมื่อเช้า",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-15"},
    ),
    ("L", "ขอรายละเอียดขั้นตอนที่ ๔ ส่งให้ ผอ. ค่ะ", "StepDetails", {"step": "4"}),
]

A_FILE_ASKED_FOR: list[Case] = [
    ("B", "ขอไฟล์รายงานผลการตรวจสอบบัญชีปี 67 ด้วยครับ", "Unknown", {}),
    ("P", "รบกวนขอสำเนาคำสั่งแต่งตั้งคณะทำงานขยะด้วยค่ะ", "Unknown", {}),
    ("L", "ขอไฟล์ผลการประเมินของกองคลังปีที่แล้วหน่อยค่ะ", "Unknown", {}),
    ("L", "รายงานการประชุมครั้งที่แล้วใครจด ขอไฟล์หน่อยครับ", "Unknown", {}),
    # Near misses: the plan's forms, a result asked, the briefing's slides or where its papers
    # are.
    ("L", "ขอไฟล์แบบฟอร์ม 1-3 หน่อยครับ", "RuleQuestion", {"topic": "form"}),
    ("P", "ขอผลขยะล่าสุดหน่อยค่ะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "ขอไฟล์สไลด์ที่ประชุมวันก่อนหน่อยค่ะ", "RuleQuestion", {"topic": "meeting"}),
    (
        "L",
        "ขอเอกสารประกอบการประชุมชี้แจงเมื่อ ๒๐ ธ.ค. ๖๗ ได้จากที่ไหนคะ",
        "RuleQuestion",
        {"topic": "meeting"},
    ),
    # Near misses: a file asked, then a question of the bot; the bot's own material asked.
    ("L", "ขอไฟล์นิดนึง กองไหนยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "ขอไฟล์หน่อยค่ะ กองคลังส่งแผนยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ขอไฟล์รายงานสถานะการส่งของทุกกอง", "Status", {}),
    ("L", "ขอไฟล์ผลการประเมินของกองคลัง", "Status", {"unit": "กองคลัง"}),
    ("P", "ขอไฟล์รายละเอียดตัวชี้วัดขยะ", "IndicatorQuery", {"indicator": "2"}),
    # A report with a file left at the machine: the figure is sent.
    (
        "P",
        "ขยะ 61.4 ค่ะ ไฟล์ทิ้งไว้ที่เครื่องชั้น 3",
        "SubmitValue",
        {"indicator": "2", "value": "61.4", "raw_value": "61.4"},
    ),
]

PRAISED: list[Case] = [
    ("P", "ตอบได้ครบถ้วนมาก ขอชื่นชมครับ", "SmallTalk", {"kind": "praise"}),
    ("L", "สรุปได้ละเอียดมาก ขอชื่นชมค่ะ", "SmallTalk", {"kind": "praise"}),
    ("B", "ขอชื่นชมครับ ตอบได้ชัดเจนมาก", "SmallTalk", {"kind": "praise"}),
    # Near misses: the units praised, a superior's praise of them passed on, a step reported.
    ("L", "ขอชื่นชมทุกกองที่ส่งรายงานผลทันเวลานะคะ", "Unknown", {}),
    ("L", "ท่านปลัดฝากชมทุกกองที่ส่งรายชื่อทันเวลานะครับ", "Unknown", {}),
    ("L", "ส่งแผนครบถ้วนแล้วค่ะ", "MarkStep", {"step": "3", "documents": "complete"}),
    # Near misses: the units praised, then a question of the bot; the bot's makers praised.
    ("L", "ขอชื่นชมทุกท่าน ตอนนี้เหลือกองไหนยังไม่ส่งแผนคะ", "Missing", {"step": "3"}),
    ("L", "ชมทุกกองเลยค่ะ ส่งครบไหมคะ", "Missing", {}),
    (
        "P",
        "ขอชื่นชมอำเภอเมืองที่ส่งไว ขยะได้เท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
    ("L", "ชื่นชมทีมพัฒนาระบบนี้ค่ะ ตอบไวมาก", "SmallTalk", {"kind": "praise"}),
]

THE_ONE_CALLED_ASKED_OF_THE_BOT: list[Case] = [
    # A colleague called, then the units' work asked as a whole: the bot's to answer.
    ("L", "พี่ครับ งานที่สั่งให้ทุกกองทำถึงไหนแล้ว", "Status", {}),
]

# Questions of the bot whose slots are left unresolved (only the intent matters here): none of
# them is a colleague's aside.
ASKED_OF_THE_BOT_ALL_THE_SAME: list[tuple[str, str, str]] = [
    ("L", "ขอชื่นชมทุกกองค่ะ ขยะส่งกี่กองแล้ว", "Missing"),
    ("L", "ขอไฟล์ปฏิทินกำหนดส่ง", "Deadlines"),
    ("L", "ขอสำเนาผลคะแนนรอบ 6 เดือน", "IndicatorQuery"),
    ("L", "ขอไฟล์เกณฑ์การให้คะแนน", "IndicatorQuery"),
]


@readings(URGED_THROUGH_A_COLLEAGUE)
def test_a_unit_urged_through_a_colleague_sends_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(THE_ONE_CALLED_AND_THEIR_TASK)
def test_the_task_handed_to_a_colleague_called_is_theirs(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HANDED_TO_ONE_BY_NAME)
def test_work_handed_to_a_colleague_by_name_is_theirs(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LEFT_AT_THE_PRINTER)
def test_printing_left_at_the_machine_is_office_chatter(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SENT_TO_A_SUPERIOR)
def test_a_paper_sent_to_a_superior_is_no_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(A_FILE_ASKED_FOR)
def test_a_file_asked_for_that_is_no_form_is_for_colleagues(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PRAISED)
def test_the_bots_answers_praised_with_kho_chuenchom(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(THE_ONE_CALLED_ASKED_OF_THE_BOT)
def test_the_units_work_asked_after_a_call_is_the_bots(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    ("org", "text", "intent"),
    ASKED_OF_THE_BOT_ALL_THE_SAME,
    ids=[text for _, text, _ in ASKED_OF_THE_BOT_ALL_THE_SAME],
)
def test_praise_or_a_file_before_the_bots_material_is_still_asked(
    org: str, text: str, intent: str
) -> None:
    assert settled(text, org)[0] == intent


def test_no_row_labelled_as_no_write_is_read_as_one() -> None:
    tables = (
        URGED_THROUGH_A_COLLEAGUE,
        THE_ONE_CALLED_AND_THEIR_TASK,
        HANDED_TO_ONE_BY_NAME,
        LEFT_AT_THE_PRINTER,
        SENT_TO_A_SUPERIOR,
        A_FILE_ASKED_FOR,
        PRAISED,
        THE_ONE_CALLED_ASKED_OF_THE_BOT,
    )
    assert [text for table in tables for text in unlabelled_writes(table)] == []
