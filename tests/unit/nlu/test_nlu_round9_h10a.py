"""Issue 9, round 9 (h10a): words that only say how the asker feels or asks (a particle, a
filler, a tag question, a feeling, a self-introduction, English function words) never become
what is asked about; English step words name their step; office logistics asked about with no
word of the plan is no question to the bot; what a unit has ever sent, asked as a timeline,
is its history. Each is read through ``understand`` and settled against a seed organisation,
like the corpus."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled


def _query(code: str | list[str], aspect: str) -> tuple[str, dict[str, Any]]:
    return "IndicatorQuery", {"indicator": code, "aspect": aspect}


_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# A filler, a feeling or a tag question after (or around) the real question is no slot.
FILLERS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ยาเสพติดคิดยังไงคะ งงมากเลย", *_query("4", "formula")),
    ("P", "ท่องเที่ยวเกณฑ์คืออะไรคะ สับสนไปหมด", *_query("3", "criteria")),
    ("B", "ตัวชี้วัดที่ 3 ค่าเป้าหมายเป็นยังไงครับ ต้องลดลงใช่ไหม", *_query("3", "criteria")),
    ("B", "e-Budgeting สูตรคำนวณเป็นยังไงนะ ปวดหัวเลย", *_query("4", "formula")),
    ("O", "Master Data เกณฑ์เป็นยังไงคะ ยิ่งเยอะยิ่งดีใช่ป่ะ", *_query("7", "criteria")),
    ("P", "ขยะสูตรคิดยังไงอ่ะ งงจัง", *_query("2", "formula")),
    ("L", "ใครยังไม่ส่งแผนบ้างเนี่ย", "Missing", {"step": "3"}),
    ("L", "หน่วยไหนยังไม่ส่งอะไรบ้างอะ งงไปหมดแล้ว", "Missing", {}),
    ("L", "ใครยังไม่ส่งบ้างล่ะเนี่ย หัวหน้าจะเอา", "Missing", {}),
    ("L", "ยังไม่ส่งรายชื่อทีมใครบ้างหว่า", "Missing", {"step": "1"}),
    # A question word's last letter held ("บ้างง") is no "งง" (confused) after "บ้า".
    ("L", "ใครยังไม่ส่งแผนบ้างง", "Missing", {"step": "3"}),
    ("P", "ตัวชี้วัดไหนยังไม่มีผลบ้างง หัวหน้าถามมา", "Missing", {}),
    # "เลเวล" is how "level" is spelt in Thai: the tier asked.
    ("P", "ท่องเที่ยวได้เลเวลไหนแล้วคะ", *_query("3", "tier")),
    ("B", "e-Budgeting อยู่เลเวลไหนครับ", *_query("4", "tier")),
]


@readings(FILLERS)
def test_fillers_and_feelings_name_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# "สวัสดีค่ะ ฝ่ายแผน…ค่ะ": the sender introduces themselves before asking for the overview.
INTRODUCED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "สวัสดีครับ ฝ่ายบริหารทั่วไปสำนักงบประมาณครับ ขอดูภาพรวมหน่อยครับ", "Status", {}),
    ("O", "สวัสดีค่ะ กลุ่มงานแผนสำนักงาน ก.พ. ค่ะ ขอสรุปภาพรวมตัวชี้วัดหน่อยค่ะ", "Status", {}),
    ("P", "หวัดดีครับ ฝ่ายยุทธศาสตร์จังหวัดครับ ขอภาพรวมตัวชี้วัดทั้งหมดครับ", "Status", {}),
    ("L", "สวัสดีค่ะ กองคลังนะคะ ขอสรุปภาพรวมทุกกองหน่อยค่ะ", "Status", {}),
    ("B", "เรียนทีมงานครับ ผมฝ่ายแผนงานครับ ขอสรุปภาพรวมตัวชี้วัดด้วยครับ", "Status", {}),
    # Who has not sent is asked of every unit, not of the sender's own.
    ("L", "สวัสดีค่ะ กองคลังค่ะ ใครยังไม่ส่งแผนบ้างคะ", "Missing", {"step": "3"}),
    ("P", "สวัสดีครับ ฝ่ายยุทธศาสตร์ครับ ตัวชี้วัดไหนยังไม่มีผลบ้างครับ", "Missing", {}),
    # Asked of a unit named in the ask, of the sender's own ("กองเรา"), or of nothing else
    # named: that unit.
    ("L", "สวัสดีค่ะ กองคลังค่ะ สถานะของกองกลางเป็นยังไงบ้างคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "ขอสรุปสถานะกองนิติการหน่อยครับ", "Status", {"unit": "กองนิติการ"}),
    ("L", "สวัสดีค่ะ กองคลังค่ะ ขอสรุปภาพรวมของกองเราหน่อยค่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "สวัสดีครับ กองนิติการครับ ถึงไหนแล้วครับ", "Status", {"unit": "กองนิติการ"}),
    # A unit introduced to register stays the unit registered.
    ("L", "สวัสดีครับ ผมอยู่กองกลางครับ ขอลงทะเบียนด้วยครับ", "RegisterUnit", {"unit": "กองกลาง"}),
]


@readings(INTRODUCED)
def test_a_self_introduction_names_no_unit_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# English questions and reports read their English step words.
ENGLISH: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "Which units still haven't submitted the team list?", "Missing", {"step": "1"}),
    ("L", "hello, which divisions have not sent their plan?", "Missing", {"step": "3"}),
    ("L", "who hasn't sent the action plan yet?", "Missing", {"step": "3"}),
    ("L", "Hi bot, which divisions still haven't sent the name list?", "Missing", {"step": "1"}),
    (
        "L",
        "attendance กองคลัง 90%",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "value": "90"},
    ),
    ("L", "IT attendance = 88%", "MarkStep", {"step": "2", "unit": _IT, "value": "88"}),
]


@readings(ENGLISH)
def test_english_step_words_name_their_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Office logistics (a vehicle, a printer, lunch, a room's equipment) asked about with no word of
# the plan: the group's own business.
OFFICE: list[tuple[str, str]] = [
    ("L", "รถตู้ไปกระทรวงพรุ่งนี้ออกกี่โมงครับ"),
    ("L", "เครื่องปริ้นชั้น 3 หมึกหมดอีกแล้ว ใครเปลี่ยนเป็นบ้าง"),
    ("P", "ข้าวกลางวันวันนี้สั่งร้านไหนคะ"),
    ("P", "รถตู้ไปประชุมที่อำเภอออกกี่โมงคะ"),
    ("B", "แอร์ห้องประชุมชั้น 5 เสียอีกแล้ว ใครแจ้งช่างได้บ้าง"),
    ("B", "wifi ชั้น 2 ล่มอีกแล้ว ใครแก้ได้บ้าง"),
    ("O", "printer ห้องกลุ่มงานกระดาษติด ใครซ่อมเป็นบ้างคะ"),
    ("O", "คนขับรถตู้ไปสนามบินกี่โมงครับ"),
    ("L", "projector ห้องประชุมใหญ่เปิดยังไงคะ"),
    ("P", "กาแฟช่วงเบรกประชุมใครสั่งคะ"),
]


@readings([(org, text, "Unknown", {}) for org, text in OFFICE])
def test_office_logistics_is_no_question_to_the_bot(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The plan's own words beside office things keep the question.
PLAN_BESIDE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ประชุมชี้แจงจัดที่ไหนคะ", "RuleQuestion", {"topic": "meeting"}),
    ("P", "ใครแก้ผลขยะล่าสุด", "History", {"indicator": "2"}),
    ("L", "printer เสียค่ะ ส่งแผนทางอีเมลได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ไวไฟล่ม ส่งช้าจะโดนหักไหมคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งแผนแล้วค่ะ รถตู้รออยู่", "MarkStep", {"step": "3"}),
]


@readings(PLAN_BESIDE)
def test_the_plans_words_keep_the_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# What a unit (or an indicator) has ever sent, asked as a timeline: its history.
TIMELINE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังเคยส่งอะไรไปแล้วบ้าง ขอไทม์ไลน์หน่อยครับ", "History", {"unit": "กองคลัง"}),
    ("L", "ขอไทม์ไลน์การส่งของกองนิติการหน่อยค่ะ", "History", {"unit": "กองนิติการ"}),
    ("L", "timeline ของ ศทส. ขอดูหน่อย", "History", {"unit": _IT}),
    ("L", "ไอทีส่งอะไรมาแล้วบ้าง ขอดูเป็นไทม์ไลน์", "History", {"unit": _IT}),
    ("P", "ขอไทม์ไลน์การส่งผลขยะหน่อยค่ะ", "History", {"indicator": "2"}),
    ("B", "ไทม์ไลน์การบันทึกผล e-Budgeting ขอดูหน่อยครับ", "History", {"indicator": "4"}),
    ("O", "ขอดู timeline ที่ส่งผล Master Data ไปแล้ว", "History", {"indicator": "7"}),
    ("L", "กจ.เคยบันทึกอะไรไปบ้างคะ ขอเป็นไทม์ไลน์", "History", {"unit": "กองการเจ้าหน้าที่"}),
]


@readings(TIMELINE)
def test_a_timeline_of_what_was_sent_is_the_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_timeline_of_what_is_due_asks_the_deadlines() -> None:
    assert settled("ไทม์ไลน์ส่งแผนต้องส่งวันไหนคะ", "L")[0] == "Deadlines"
