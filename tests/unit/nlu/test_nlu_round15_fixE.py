"""Issue 9, round 15 (fixE): membership in everyday words.

Registering oneself ("ลงชื่อผมเข้ากองนิติการ", "ผูกหนูกับกองคลัง", "ช่วยผูกชื่อผมกับกองให้ด้วย"
after the unit was said, "น้องใหม่ศูนย์ไอซีทีค่ะ ฝากลงทะเบียนด้วย") registers the sender only:
a colleague's registration registers nobody. A unit added with its short name in brackets or
after ชื่อย่อ, a number in its name being no value. Who the bot knows ("บอทมีชื่อใครบ้าง",
"บอทรู้จักใครในกลุ่มนี้"). Binding the group in other words (the organisation's name alone).
The units' nicknames the demo organisation's data holds ("ศูนย์คอมฯ", "กองบุคคล"). A
registration asked as a favour ("ลงให้เลยได้ไหม") is offered back to tap, never stored as asked.
"""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import TODAY, category
from handlers.registry import offered_back, understand
from tests.fakes.understanding import readings, settled

KLANG = "กองคลัง"
PERSONNEL = "กองการเจ้าหน้าที่"
LEGAL = "กองนิติการ"
CENTRAL = "กองกลาง"
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
PDG = "กลุ่มพัฒนาระบบบริหาร"

# Registering oneself in everyday words: the sender's unit.
REGISTERED_MYSELF = [
    ("L", "ผมโอนมาจากกรมการจัดหางาน ตอนนี้อยู่ กจ. ครับ ช่วยผูกชื่อผมกับกองให้ด้วย", PERSONNEL),
    ("L", "ตอนนี้หนูอยู่ กค. แล้วค่ะ รบกวนผูกชื่อหนูกับกองด้วยนะคะ", KLANG),
    ("L", "เดิมอยู่กองกลาง ตอนนี้อยู่กองนิติการครับ ผูกชื่อผมกับหน่วยใหม่ให้ที", LEGAL),
    ("L", "ลงชื่อหนูเข้ากองคลังด้วยค่ะ เพิ่งย้ายมา", KLANG),
    ("L", "ลงชื่อผมเข้ากองนิติการด้วยครับ เพิ่งบรรจุเดือนนี้", LEGAL),
    ("L", "ช่วยใส่ชื่อผมไว้ในกองนิติการด้วยครับ", LEGAL),
    ("L", "เพิ่มชื่อดิฉันเข้ากลุ่มพัฒนาระบบบริหารด้วยค่ะ", PDG),
    ("L", "ลงชื่อผมไว้กับ กค. ด้วยครับ เพิ่งบรรจุ", KLANG),
    ("L", "ตอนนี้อยู่กจ. เดิมอยู่กองคลัง ผูกชื่อผมกับกองด้วย", PERSONNEL),
    ("L", "ผูกผมกับกองกลางด้วยครับ", CENTRAL),
    ("L", "สวัสดีครับ ผมมาจาก Legal Affairs Division เพิ่งเข้ากลุ่ม ผูกผมกับกองนิติการให้ทีครับ", LEGAL),
    ("L", "สวัสดีค่ะ หนูมาจาก Finance Division เพิ่งเข้ากลุ่ม ผูกหนูกับกองคลังให้ด้วยนะคะ", KLANG),
    ("L", "น้องใหม่กองกลางค่ะ ฝากลงทะเบียนด้วยนะคะ", CENTRAL),
    ("L", "สวัสดีค่ะ น้องใหม่ศูนย์ไอซีทีค่ะ ฝากลงทะเบียนด้วยนะคะ", ICT),
    ("L", "ลงทะเบียน ศทส. ครับ มารับงาน PMQA แทนพี่ที่เกษียณ", ICT),
]

# Someone else's registration, or a name put on a document: the sender is registered nowhere.
NOT_MY_REGISTRATION = [
    "ผูกชื่อพี่สมชายกับกองคลังด้วย",
    "ลงชื่อพี่สมศรีเข้ากองนิติการด้วยนะ",
    "ลงทะเบียนให้พี่สมชายกองคลังด้วย",
    "ช่วยลงทะเบียนพี่สมชายเข้ากองคลังหน่อย",
    "ฝากลงทะเบียนน้องเอ๋กองคลังด้วยนะ",
    "ลงทะเบียนกองคลังให้พี่ต๋อยด้วยครับ",
    "ลงทะเบียนให้คุณวิภา กจ. ด้วยค่ะ",
    "ผูกน้องฝนกับกองกลางให้ด้วยครับ",
    "ลงชื่อกองคลังเข้าร่วมประชุมด้วย",
    "ลงชื่อผมเข้าร่วมอบรมด้วยครับ",
    "ใส่ชื่อผมในรายงานกองคลังด้วย",
    "เดิมอยู่กองคลัง ผูกชื่อผมกับกองด้วย",  # the unit left, not the one joined
    "ลงทะเบียน data catalog ได้ 27 ชุดครับ",  # data sets registered, a figure
]

# Asked, never written.
ASKED_NOT_WRITTEN = [
    "ผูกชื่อผมกับกองได้ยังไงคะ",
    "ลงชื่อเข้ากองคลังต้องทำยังไง",
    "เพิ่มกองคลังยังไงคะ",
    "ขอเพิ่มกองคลังในรายชื่อผู้รับแจ้งเตือนได้ไหม",
    "ต้องลงทะเบียนยังไงคะ",
    "ลงทะเบียนกองคลังยังไงคะ",
    "ต้องลงทะเบียนก่อนไหมคะ",
    "กลุ่มนี้ผูกกับสป.รง.แล้วใช่ไหม",
    "ตั้งค่ากลุ่มยังไง",
]


@pytest.mark.parametrize(("org", "text", "unit"), REGISTERED_MYSELF)
def test_registering_oneself_in_everyday_words(org: str, text: str, unit: str) -> None:
    assert settled(text, org) == ("RegisterUnit", {"unit": unit})
    assert not understand(text, today=TODAY).corrected  # told, not asked: registered at once


@pytest.mark.parametrize("text", NOT_MY_REGISTRATION)
def test_someone_elses_registration_registers_nobody(text: str) -> None:
    assert settled(text)[0] != "RegisterUnit"


@pytest.mark.parametrize("text", ASKED_NOT_WRITTEN)
def test_asked_about_membership_is_no_write(text: str) -> None:
    assert category(*settled(text)) != "write"


# A registration asked as a favour, a unit named: offered back as the command to tap.
FAVOUR_ASKED = [
    ("เป็นเจ้าหน้าที่ใหม่กองกลางค่ะ ต้องลงทะเบียนยังไง ลงให้เลยได้ไหม", CENTRAL),
    ("หนูอยู่กองคลังค่ะ ลงทะเบียนให้หน่อยได้ไหมคะ", KLANG),
    ("ลงทะเบียนกองนิติการให้ผมได้มั้ยครับ", LEGAL),
    ("ช่วยลงทะเบียนให้หนูเข้า ศทส. ได้ไหมคะ", ICT),
]
# No unit, or someone else's: no registration offered.
FAVOUR_NOT_OFFERED = [
    "ลงทะเบียนให้หน่อยได้ไหม",
    "ลงทะเบียนให้พี่สมชายกองคลังได้ไหม",
    "ต้องลงทะเบียนยังไง ลงให้น้องใหม่กองกลางได้ไหม",
    "กองคลังลงแผนในไดรฟ์ให้หน่อยได้ไหม",
    "ลงทะเบียนเข้าร่วมประชุมให้กองคลังได้ไหม",
    "ลงทะเบียนชุดข้อมูลของกองคลังให้หน่อยได้ไหม",
]


@pytest.mark.parametrize(("text", "unit"), FAVOUR_ASKED)
def test_a_registration_asked_as_a_favour_is_offered_back(text: str, unit: str) -> None:
    read = understand(text, today=TODAY)
    assert offered_back(read)
    assert settled(text) == ("RegisterUnit", {"unit": unit})
    assert settled(read.corrected) == ("RegisterUnit", {"unit": unit})


@pytest.mark.parametrize("text", FAVOUR_NOT_OFFERED)
def test_no_registration_offered_without_the_senders_unit(text: str) -> None:
    assert settled(text)[0] != "RegisterUnit"


ADDED_UNITS = [
    ("L", "ขอเพิ่มกองแผนงานและสารสนเทศ (กผส.) เข้าระบบด้วยค่ะ", "กองแผนงานและสารสนเทศ", "กผส."),
    ("L", "ขอเพิ่มกองตรวจราชการ ชื่อย่อ กตร. ด้วยครับ", "กองตรวจราชการ", "กตร."),
    ("L", "ขอเพิ่มกองยุทธศาสตร์และแผนงาน ชื่อย่อ: กยผ.", "กองยุทธศาสตร์และแผนงาน", "กยผ."),
    ("L", "เพิ่มสำนักงานเลขานุการกรม (สลก.) ให้หน่อยค่ะ", "สำนักงานเลขานุการกรม", "สลก."),
    ("L", "ขอเพิ่มกองตรวจสอบภายในเข้าระบบด้วยค่ะ", "กองตรวจสอบภายใน", ""),
    ("B", "ขอเพิ่มหน่วย สำนักจัดทำงบประมาณด้านสังคม 2 ด้วยค่ะ", "สำนักจัดทำงบประมาณด้านสังคม 2", ""),
    ("B", "เพิ่มหน่วย สำนักจัดทำงบประมาณด้านเศรษฐกิจ 1 ครับ", "สำนักจัดทำงบประมาณด้านเศรษฐกิจ 1", ""),
    (
        "L",
        "กองเราไม่มีในรายชื่อค่ะ กลุ่มตรวจสอบภายใน (ตสน.) ช่วยเพิ่มให้หน่อยนะคะ",
        "กลุ่มตรวจสอบภายใน",
        "ตสน.",
    ),
    (
        "L",
        "ยังไม่มีกลุ่มงานคุ้มครองจริยธรรม (กจธ.) ในระบบครับ รบกวนเพิ่มให้ด้วย",
        "กลุ่มงานคุ้มครองจริยธรรม",
        "กจธ.",
    ),
]
NO_UNIT_ADDED = [
    ("L", "กองคลังเพิ่มคะแนนได้ 5"),
    ("L", "เพิ่มกองคลังยังไงคะ"),
    ("L", "ขอเพิ่มกิจกรรมกองคลังอีก 2 ครั้ง"),
    ("L", "กองกลาง (กก.) ส่งแผนแล้ว ช่วยเพิ่มไฟล์ในไดรฟ์ให้หน่อย"),
    ("L", "เพิ่มกลุ่มไลน์ให้หน่อย"),
    ("L", "เพิ่มกองกลางอีก 2 คน"),
]


@pytest.mark.parametrize(("org", "text", "name", "short"), ADDED_UNITS)
def test_a_unit_added_with_its_short_name(org: str, text: str, name: str, short: str) -> None:
    slots = {"name": name, "short_name": short} if short else {"name": name}
    assert settled(text, org) == ("AddUnit", slots)


@pytest.mark.parametrize(("org", "text"), NO_UNIT_ADDED)
def test_no_unit_added(org: str, text: str) -> None:
    assert settled(text, org)[0] != "AddUnit"


WHO_IS_KNOWN = [
    ("L", "ในกองการเจ้าหน้าที่ บอทมีชื่อใครอยู่บ้างครับ", "Members", {"unit": PERSONNEL}),
    ("L", "บอทมีชื่อใครของกองคลังบ้าง", "Members", {"unit": KLANG}),
    ("L", "บอทรู้จักใครใน ศทส. บ้าง", "Members", {"unit": ICT}),
    ("L", "ในกลุ่มนี้บอทรู้จักใครบ้างคะ", "Members", {}),
    ("L", "บอทรู้จักใครในกลุ่มนี้บ้างเนี่ย", "Members", {}),
    ("L", "ในระบบมีชื่อใครบ้างคะ", "Members", {}),
    ("L", "member ที่ลงทะเบียนแล้วมีกี่คนคะ", "Members", {}),
    ("L", "บอทจำใครได้บ้างในกลุ่มนี้", "Members", {}),
]


@readings(WHO_IS_KNOWN)
def test_who_the_bot_knows(org: str, text: str, intent: str, slots: dict[str, str]) -> None:
    assert settled(text, org) == (intent, slots)


def test_who_knows_a_cafe_is_chat() -> None:
    assert settled("ใครรู้จักร้านกาแฟแถวนี้บ้าง")[0] != "Members"


BOUND = [
    ("P", "ตั้งค่ากลุ่มไลน์นี้ให้เป็นของจ.ปทุมธานีด้วยครับ", "จ.ปทุมธานี"),
    ("B", "ตั้งค่ากลุ่มนี้ให้เป็นของสำนักงบประมาณครับ", "สำนักงบประมาณ"),
    ("L", "ตั้งกลุ่มไลน์นี้เป็นกลุ่มของ สป.รง. ด้วยค่ะ", "สป.รง."),
    ("O", "กลุ่มไลน์นี้เป็นของสำนักงาน ก.พ. ขอให้ผูกกลุ่มด้วยครับ", "สำนักงาน ก.พ."),
    ("P", "เรียนบอท กลุ่มนี้เป็นของจังหวัดปทุมธานี กรุณาผูกกลุ่มให้ด้วย", "จังหวัดปทุมธานี"),
    ("B", "กลุ่มนี้ของสำนักงบประมาณค่ะ ขอผูกกลุ่มด้วยนะคะ", "สำนักงบประมาณ"),
    ("L", "ตั้งค่ากลุ่มนี้ให้เป็นกลุ่มของ สป.รง. ครับ", "สป.รง."),
]


@pytest.mark.parametrize(("org", "text", "organisation"), BOUND)
def test_the_group_bound_in_other_words(org: str, text: str, organisation: str) -> None:
    assert settled(text, org) == ("BindGroup", {"organisation": organisation})


NICKNAMED = [
    ("L", "ศูนย์คอมฯ ไปถึงไหนแล้วคะ", "Status", ICT),
    ("L", "ศูนย์คอมส่งแผนหรือยัง", "Status", ICT),
    ("L", "ศูนย์ไอซีทีถึงไหนแล้ว", "Status", ICT),
    ("L", "กองบุคคลส่งแผนแล้วค่ะ", "MarkStep", PERSONNEL),
    ("L", "หนูอยู่กองบุคคลค่ะ ลงทะเบียนให้ด้วย", "RegisterUnit", PERSONNEL),
    ("L", "ทีมของศูนย์คอมมีใครบ้าง", "Members", ICT),
]


@pytest.mark.parametrize(("org", "text", "intent", "unit"), NICKNAMED)
def test_units_nicknames(org: str, text: str, intent: str, unit: str) -> None:
    read = settled(text, org)
    assert (read[0], read[1].get("unit")) == (intent, unit)
