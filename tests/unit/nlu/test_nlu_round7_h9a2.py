"""Issue 9, round 7 (h9a2): the organisation's or a unit's status asked with context around it
(a meeting, the boss, a worry), with casual or regional particles, with "ทุกกอง / แต่ละกอง /
ทั้งสำนักงาน / สรุปรวม / ใครเสร็จแล้วบ้าง"; a unit's progress asked in everyday words ("ทำแผน
เสร็จยัง", "ไม่ขยับเลยเหรอ", "ล่าช้ามั้ย", "ไปถึงขั้นไหน"); a unit's coordinator; the desk link
asked in other words. Each is read through ``understand`` and settled against a seed
organisation, like the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

OVERALL = [
    ("L", "พรุ่งนี้มีประชุมผู้บริหาร ขอสรุปความคืบหน้าทุกกองไว้ด้วยนะคะ"),
    ("P", "ก่อนประชุมคณะกรรมการวันศุกร์ ขอภาพรวม KPI ทั้งหมดหน่อยครับ"),
    ("P", "ตอนนี้ตัวชี้วัดของจังหวัดเราไปถึงไหนกันแล้วเนาะ"),
    ("L", "อยากรู้ว่าแต่ละกองไปถึงไหนกันแล้วบ้างคะ"),
    ("L", "ขอสรุปหน่อย ตอนนี้ใครทำเสร็จแล้วบ้างคะ"),
    ("B", "ตอนนี้ KPI ทั้งหมดของกรมเราไปถึงไหนกันแล้วครับ"),
    ("O", "สรุปรวมทุกตัวให้ทีจ้ะ บ่ายนี้มีประชุม"),
    ("B", "ใกล้ประชุม ครม. แล้ว ขอสรุปภาพรวมตัวชี้วัดทั้งหมดด้วยค่ะ"),
    ("O", "ความคืบหน้าของทั้งสำนักงานตอนนี้เป็นยังไงบ้างคะ ขอแบบสรุปรวม"),
    ("L", "เดี๋ยวนายถามว่าเรื่อง PMQA ไปถึงไหนแล้วของทั้งองค์กร ช่วยดูให้ทีนะครับ"),
    ("L", "progress ของทุกกองตอนนี้ถึงไหนกันแล้วครับ"),
    ("P", "สรุปผลตัวชี้วัดทั้งหมดให้หน่อยเด้อ พรุ่งนี้ท่านผู้ว่าจะถาม"),
]


@pytest.mark.parametrize(("org", "text"), OVERALL, ids=[o[1] for o in OVERALL])
def test_the_organisations_status_with_its_context(org: str, text: str) -> None:
    assert settled(text, org) == ("Status", {})


UNITS = [
    ("แล้วกค.อะ ไปถึงขั้นไหนแล้ว", "กองคลัง"),
    ("กจ.ไปถึงขั้นไหนแล้วเนาะ", "กองการเจ้าหน้าที่"),
    ("กองคลังทำแผนเสร็จยังคะ", "กองคลัง"),
    ("กองนิติการทำเสร็จหรือยังน้า", "กองนิติการ"),
    ("ไอทีทำแผนเสร็จยังครับ", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"),
    ("กองนิติการนี่ยังไม่ขยับเลยเหรอ ช่วยเช็คหน่อย", "กองนิติการ"),
    ("กองคลังขยับไปถึงไหนแล้วคะ", "กองคลัง"),
    ("ห่วงกองการเจ้าหน้าที่จัง ล่าช้าไหมตอนนี้", "กองการเจ้าหน้าที่"),
    ("กองกลางช้ากว่ากำหนดมั้ยคะ", "กองกลาง"),
    ("ศทส. ล่าช้าหรือเปล่าครับ", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"),
]


@pytest.mark.parametrize(("text", "unit"), UNITS, ids=[u[0] for u in UNITS])
def test_a_units_progress_in_everyday_words(text: str, unit: str) -> None:
    assert settled(text, "L") == ("Status", {"unit": unit})


# The same words that ask what lateness costs, or who has not finished, stay as they were.
OTHERS: list[tuple[str, str, dict[str, Any]]] = [
    ("ส่งล่าช้าได้ไหมครับ", "RuleQuestion", {"topic": "deductions"}),
    ("ถ้ากองคลังส่งช้าจะโดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
    ("ขยับวันประชุมชี้แจงได้ไหมคะ", "Unknown", {}),
]


@pytest.mark.parametrize(("text", "intent", "slots"), OTHERS, ids=[o[0] for o in OTHERS])
def test_lateness_rules_stay_rule_questions(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, "L") == (intent, slots)


COORDINATORS = [
    ("คนประสานของกองคลังคือใครคะ", "กองคลัง"),
    ("ผู้ประสานงานกองกลางชื่ออะไรครับ", "กองกลาง"),
    ("ใครเป็นคนประสานของกองนิติการ", "กองนิติการ"),
    ("คนประสานงานของกองการเจ้าหน้าที่มีใครบ้างนะ", "กองการเจ้าหน้าที่"),
    ("contact ของกองคลังคือใคร", "กองคลัง"),
]


@pytest.mark.parametrize(("text", "unit"), COORDINATORS, ids=[c[0] for c in COORDINATORS])
def test_a_units_coordinator_is_its_team(text: str, unit: str) -> None:
    assert settled(text, "L") == ("Members", {"unit": unit})


DESK_LINKS = [
    ("L", "ขอลิงก์หน้าจัดการหน่อยครับ"),
    ("P", "ขอลิ้งค์หน้ารวมหน่อย"),
    ("B", "ส่งลิงก์หน้าจัดการมาในแชทส่วนตัวได้ไหมคะ"),
    ("O", "ลิงก์หน้าเว็บจัดการอยู่ไหนครับ"),
    ("L", "link หน้า admin ขอหน่อยค่ะ"),
    ("P", "ขอ url หน้าสรุปรวมด้วยจ้ะ"),
]


@pytest.mark.parametrize(("org", "text"), DESK_LINKS, ids=[d[1] for d in DESK_LINKS])
def test_the_desk_link_in_other_words(org: str, text: str) -> None:
    assert settled(text, org) == ("DeskLink", {})


# Who has not finished: finishing names no step of its own ("ใครยังไม่เสร็จ" is every step).
NOT_FINISHED: list[tuple[str, dict[str, Any]]] = [
    ("ช่วยสรุปหน่อยว่าใครเสร็จแล้ว ใครยังไม่เสร็จ", {}),
    ("ใครยังไม่เสร็จบ้างคะ", {}),
    ("กองไหนยังทำไม่เสร็จ", {}),
    ("ใครยังทำแผนไม่เสร็จบ้างเนาะ", {"step": "3"}),
    ("แผนเสร็จยัง", {"step": "3"}),
]


@pytest.mark.parametrize(("text", "slots"), NOT_FINISHED, ids=[n[0] for n in NOT_FINISHED])
def test_who_has_not_finished(text: str, slots: dict[str, Any]) -> None:
    assert settled(text, "L") == ("Missing", slots)


# More of the family, read as they were meant.
MORE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เดี๋ยวบ่ายนี้ต้องเข้าประชุมกับท่านปลัด ขอความคืบหน้าของทุกกองหน่อยค่ะ", "Status", {}),
    ("P", "สรุปภาพรวมจังหวัดให้หน่อยเนาะ ท่านผู้ว่าจะถาม", "Status", {}),
    ("B", "ขอดูความคืบหน้าทั้งหมดของสำนักเราหน่อยครับ จะเอาไปทำสไลด์", "Status", {}),
    ("O", "ขอสถานะรวมทุกตัวหน่อยค่ะ พรุ่งนี้ประชุมผู้บริหาร", "Status", {}),
    ("L", "งานของทั้งกระทรวงไปถึงไหนแล้วคะ", "Status", {}),
    ("L", "ถึงไหนแล้วเด้อ กองคลัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ส่วนไอทีล่ะ ถึงไหนแล้ว", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "กนต. ไปถึงขั้นไหนแล้วครับ", "Status", {"unit": "กองนิติการ"}),
    ("L", "กังวลกองกลางจัง ช้ามั้ยคะ", "Status", {"unit": "กองกลาง"}),
    ("P", "ท่องเที่ยวไปถึงขั้นไหนแล้วคะ", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("L", "สถานะของกองนิติการตอนนี้เป็นไงมั่ง", "Status", {"unit": "กองนิติการ"}),
    ("L", "ถึงไหนแล้ว กจ.", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("O", "สรุปรวมให้หน่อยนะคะ เดี๋ยวเข้าประชุม อ.ก.พ.", "Status", {}),
    ("P", "ขอสรุปภาพรวมตัวชี้วัดจังหวัดทั้งหมดด้วยจ้ะ ก่อนประชุมกรมการจังหวัด", "Status", {}),
    ("B", "ขอลิงก์เข้าหน้าจัดการหน่อย", "DeskLink", {}),
    ("O", "ลิ้งหน้ารวมอยู่ไหนคะ", "DeskLink", {}),
]


@readings(MORE)
def test_more_of_the_family(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
