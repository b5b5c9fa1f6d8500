"""Issue 9, round 10 (h12s): whether an indicator's result was entered, asked in the verbs of
recording and reporting; the organisation a group is bound to, as typed and without the words
of the group; and small things (a reminder hour in words, a postponement naming no step).
Each is read through ``understand`` and settled against a seed organisation, like the corpus."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

# The organisation keeps the case it was typed in, and the words of the group, of joining and
# of asking leave it.
BIND: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "ผูกกลุ่มนี้กับ Bureau of the Budget ด้วยครับ",
        "BindGroup",
        {"organisation": "Bureau of the Budget"},
    ),
    (
        "O",
        "ช่วยผูกกลุ่มกับ Office of the Civil Service Commission หน่อยค่ะ",
        "BindGroup",
        {"organisation": "Office of the Civil Service Commission"},
    ),
    ("O", "ผูกกลุ่มไลน์นี้กับสำนักงาน ก.พ. นะครับ", "BindGroup", {"organisation": "สำนักงาน ก.พ."}),
    ("P", "รบกวนผูกกลุ่มไลน์นี้เข้ากับจังหวัดปทุมธานีด้วยค่ะ", "BindGroup", {"organisation": "จังหวัดปทุมธานี"}),
    ("B", "ขออนุญาตผูกกลุ่มนี้กับสำนักงบประมาณครับ", "BindGroup", {"organisation": "สำนักงบประมาณ"}),
    (
        "L",
        "ผูกกลุ่มไลน์นี้ไว้กับสำนักงานปลัดกระทรวงแรงงานที",
        "BindGroup",
        {"organisation": "สำนักงานปลัดกระทรวงแรงงาน"},
    ),
    ("B", "ขอผูกกลุ่มเข้ากับ BB ครับ", "BindGroup", {"organisation": "BB"}),
]


@readings(BIND)
def test_bind_keeps_the_organisation_as_typed(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Whether an indicator's result was recorded or reported yet: who has not (Missing).
ENTERED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ผลขยะมูลฝอยบันทึกเข้าระบบแล้วหรือยังครับ", "Missing", {"indicator": "2"}),
    ("P", "ท่องเที่ยวได้บันทึกผลแล้วหรือยังคะ", "Missing", {"indicator": "3"}),
    ("B", "ผล e-Budgeting ได้รายงานเข้ามาแล้วหรือยัง", "Missing", {"indicator": "4"}),
    ("P", "ผลยาเสพติดรายงานเข้ามาหรือยังคะ", "Missing", {"indicator": "4"}),
    ("O", "ผล Master Data ลงระบบแล้วหรือยังครับ", "Missing", {"indicator": "7"}),
    ("P", "ผลขยะยังไม่มีใครใส่ใช่ไหมครับ", "Missing", {"indicator": "2"}),
    ("P", "ท่องเที่ยวยังไม่มีคนกรอกใช่มั้ย", "Missing", {"indicator": "3"}),
    ("O", "แต่งตั้งยังไม่มีใครใส่ผลใช่ไหมครับ", "Missing", {"indicator": "2"}),
]


@readings(ENTERED)
def test_whether_a_result_was_entered(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# "ตัว"/"ตัวที่" alone before numbers names indicators: a range, or the next one up.
CODES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "ตัว 2-4 รายงานผลครบหรือยังคะ", "Missing", {"indicator": ["2", "3", "4"]}),
    (
        "O",
        "ตัว 3 ถึง 5 ผ่านขั้นไหนแล้วบ้าง",
        "IndicatorQuery",
        {"indicator": ["3", "4", "5"], "aspect": "tier"},
    ),
    ("O", "ตัวที่ 2 3 ได้กี่คะแนนบ้างครับ", "IndicatorQuery", {"indicator": ["2", "3"], "aspect": "score"}),
    (
        "B",
        "ตัว 4 5 ผลออกมาเท่าไหร่แล้ว",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "result"},
    ),
    ("B", "ตัว 6 ได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "6", "aspect": "result"}),
]


@readings(CODES)
def test_bare_tua_before_numbers_names_indicators(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_value_after_two_numbers_stays_a_value() -> None:
    assert settled("ตัวที่ 2 3 คะแนนค่ะ", "O")[0] == "SubmitValue"


SMALL: list[tuple[str, str, str, dict[str, Any]]] = [
    # A reminder hour in words.
    (
        "L",
        "ตั้งเตือน 5 วันก่อนส่ง บ่ายสองโมง",
        "ReminderSettings",
        {"action": "set", "days": [5], "hour": 14, "minute": 0},
    ),
    (
        "L",
        "เตือนก่อน 3 วัน ตอนสิบโมงนะ",
        "ReminderSettings",
        {"action": "set", "days": [3], "hour": 10, "minute": 0},
    ),
    (
        "P",
        "ตั้งเตือนล่วงหน้า 2 วัน แปดโมงครึ่งค่ะ",
        "ReminderSettings",
        {"action": "set", "days": [2], "hour": 8, "minute": 30},
    ),
    # A postponement's reason names no step.
    ("L", "เลื่อนเตือนไปวันจันทร์ เพราะทุกคนไปประชุมกันหมด", "PostponeReminder", {}),
    ("P", "เลื่อนแจ้งเตือนออกไปก่อนนะ พี่ๆ ติดประชุมผู้บริหาร", "PostponeReminder", {}),
    ("L", "เลื่อนเตือนแผนไปพรุ่งนี้", "PostponeReminder", {"step": "3"}),
    # How to correct what was typed wrong is the help.
    ("L", "ถ้ากรอกผิดต้องทำอย่างไรคะ", "Help", {}),
    ("P", "ใส่คะแนนผิดไป แก้ค่ายังไงครับ", "Help", {}),
    ("B", "พิมพ์ผิดไปเมื่อกี้ ทำยังไงดีคะ", "Help", {}),
    # Dropping the card because what it names is not final yet.
    ("P", "ยกเลิกก่อนค่ะ ผลขยะยังไม่นิ่ง", "Cancel", {}),
    ("P", "ไม่บันทึกนะครับ ยาเสพติดยังไม่เป็นทางการ", "Cancel", {}),
    ("P", "ไม่ต้องบันทึก ขยะยังไม่ final นะ", "Cancel", {}),
    # A greeting to the team, or a newcomer's hello.
    ("L", "สวัสดีครับทีมตัวชี้วัดทุกคน", "SmallTalk", {"kind": "greeting"}),
    ("O", "สวัสดีค่ะทีม PMQA ทุกคน", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีค่ะ หนูเพิ่งมารับงาน PMQA ค่ะ ฝากตัวด้วยนะคะ", "SmallTalk", {"kind": "greeting"}),
    ("B", "สวัสดีค่ะ เพิ่งเข้ามาดูแลงานตัวชี้วัดค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีครับ ผมเพิ่งย้ายมาอยู่กองคลัง", "RegisterUnit", {"unit": "กองคลัง"}),
]


@readings(SMALL)
def test_small_things(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# Titles of people and the boards they sit on are never a unit; every indicator asked for
# someone's meeting is the status.
TITLES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ภาพรวมทุกกองเป็นไงบ้างคะ ผอ.กค.ถามมา", "Status", {}),
    ("L", "ท่าน ปกท. ขอสถานะครับ", "Status", {}),
    ("P", "ขอผลตัวชี้วัดทุกตัวของจังหวัด ผวจ.จะใช้ประชุม กบจ. ค่ะ", "Status", {}),
    ("P", "ขอ overview ทุกตัวชี้วัดก่อนประชุม กบจ. พรุ่งนี้ครับ", "Status", {}),
    ("B", "ขอคะแนนทุกตัวของสำนักงบประมาณ ท่านผอ.ขอดูครับ", "Status", {}),
    ("B", "ขอผลทุกตัวหน่อย ผู้บริหารจะประชุมพรุ่งนี้", "Status", {}),
    ("L", "สถานะ กพร. หน่อยครับ", "Status", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
]


@readings(TITLES)
def test_titles_are_no_unit(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# Who has not done a step, asked with where it goes; a unit called after the ask is asked of.
ACTIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ใครยังไม่ได้ส่งแผนทางเมลบ้างคะ", "Missing", {"step": "3"}),
    ("L", "กองไหนยังไม่อัปรายชื่อทีมเข้าไดรฟ์", "Missing", {"step": "1"}),
    ("L", "หน่วยงานไหนยังไม่ได้ส่งรายงานผลขึ้น google drive บ้างครับ", "Missing", {"step": "4"}),
    ("L", "ส่งรายชื่อทีมแล้วจริงเหรอคะ กองคลัง พี่หาไม่เจอเลย", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "รายงานผลแล้วจริงเหรอครับ ศทส. ผมยังไม่เห็นไฟล์เลย",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "ใครยังไม่ส่งแผนบ้างคะ จะได้ตามถูก", "Missing", {"step": "3"}),
]


@readings(ACTIONS)
def test_missing_by_an_action(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
