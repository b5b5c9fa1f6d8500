"""Issue 9, round 9 (h11d): what a question about a report indicator asks (its aspect) and
which assessment item it names, for the three report organisations (P ปทุมธานี, B สำนักงบประมาณ,
O สำนักงาน ก.พ.):

- a figure checked ("ได้ 16 แห่งใช่ไหม") or compared with an earlier year ("ดีขึ้นจากปีก่อนไหม")
  asks the result;
- the group or case that applies, what must be had, the scope, what a tier is defined as, and
  what a figure would reach ("ถ้า…ได้ 60% จะผ่านขั้นไหน") ask the criteria (never a write);
- where the data come from, what is counted and the divisor ask the formula;
- an assessment item named by its own words ("ข้อเผยแพร่…ผ่านยัง", "…ข้อนี้ผ่านไหม") asks the
  items, not the tier;
- the formal which ("ผ่านระดับใด") asks the tier; the organisation's own name ("PMQA ของ
  สำนักงบประมาณ") names none of its indicators;
- who last recorded an indicator's result asks its history;
- indicators named in English ("budget transfer KPI", "ethics KPI"), and a code before a percent
  ("ตัวชี้วัด 1 ร้อยละ 38.5")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

Asked = tuple[str, str, str | list[str], str]  # organisation, text, indicator(s), aspect


def _asked(rows: list[Asked]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """Family rows of questions about an indicator, as ``readings`` takes them."""
    return [(o, t, "IndicatorQuery", {"indicator": i, "aspect": a}) for o, t, i, a in rows]


RESULTS: list[Asked] = [
    ("P", "ขยะได้ 52 เปอร์เซ็นต์แล้วใช่ไหมคะ", "2", "result"),
    ("P", "รายได้ท่องเที่ยวปีนี้ 1,500 ล้านใช่มั้ยครับ", "3", "result"),
    ("P", "ยาเสพติด 74.94 นี่แย่ลงจากปีก่อนหรือเปล่าคะ", "4", "result"),
    ("P", "ท่องเที่ยวปีนี้เทียบกับปี 2566 เพิ่มขึ้นไหมคะ", "3", "result"),
    ("B", "เทศบาลตำบลที่รับงบตรงมี 16 แห่งแล้วใช่มั้ยครับ", "1", "result"),
    ("B", "ลงทะเบียนชุดข้อมูลไปแล้ว 40 ชุดใช่ไหมคะ", "5", "result"),
    ("B", "PMQA ของ สงป. ปีนี้สูงกว่าปี 66 หรือเปล่าครับ", "8", "result"),
    ("B", "โอนเปลี่ยนแปลงงบประมาณปีนี้เทียบปีก่อน ลดลงไหมคะ", "3", "result"),
    ("O", "PMQA ปีนี้ได้ 420 ใช่ไหมครับ", "10", "result"),
    ("O", "Master Data ได้ 12 ชุดแล้วใช่มั้ยคะ", "7", "result"),
    ("O", "PMQA ปีนี้เทียบปี 2566 ขึ้นหรือลงครับ", "10", "result"),
]


@readings(_asked(RESULTS))
def test_a_figure_checked_or_compared_asks_the_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


CRITERIA: list[Asked] = [
    ("P", "ถ้ายาเสพติดได้ 80% จะอยู่ขั้นไหนคะ", "4", "criteria"),
    ("P", "สมมติท่องเที่ยวได้ 1,600 ล้าน จะผ่านขั้นสูงไหมครับ", "3", "criteria"),
    ("P", "e-Service เราเข้ากรณีไหนคะ", "5", "criteria"),
    ("P", "ขยะ ขั้นสูงคือร้อยละเท่าไหร่คะ", "2", "criteria"),
    ("B", "GD Catalog สงป. อยู่กลุ่มไหนครับ", "5", "criteria"),
    ("B", "Participatory Budgeting ต้องมีกี่โครงการคะ", "2", "criteria"),
    ("B", "โอนเปลี่ยนแปลงงบประมาณ ขอบเขตครอบคลุมด้านไหนบ้างคะ", "3", "criteria"),
    ("B", "ถ้าลงทะเบียนชุดข้อมูลได้ 90 ชุด จะได้ขั้นไหนครับ", "5", "criteria"),
    ("B", "PMQA ขั้นต้นคือคะแนนปี 66 ใช่ไหมคะ", "8", "criteria"),
    ("O", "Master Data ต้องเป็นชุดข้อมูลแบบไหนคะ", "7", "criteria"),
    ("O", "จริยธรรม หน่วยงานที่ประเมินนับรวมใครบ้างครับ", ["4", "5"], "criteria"),
    ("O", "PMQA ก.พ. เราอยู่กลุ่มไหนคะ", "10", "criteria"),
    ("O", "หลักสูตรสอบแข่งขัน ถ้าเสร็จแค่ร่างหลักสูตร จะได้ขั้นไหนครับ", "1", "criteria"),
]


@readings(_asked(CRITERIA))
def test_groups_musts_scope_and_what_ifs_ask_the_criteria(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


FORMULAS: list[Asked] = [
    ("P", "ยาเสพติดเก็บข้อมูลจากไหนคะ", "4", "formula"),
    ("P", "ท่องเที่ยวใช้ข้อมูลปีไหนมาคิดครับ", "3", "formula"),
    ("P", "ขยะ ตัวหารคืออะไรคะ", "2", "formula"),
    ("P", "e-Service ผู้รับบริการนับยังไงครับ", "5", "formula"),
    ("B", "เทศบาลตำบลที่รับงบตรง ตัวหารใช้จำนวนเทศบาลทั้งหมดใช่ไหมคะ", "1", "formula"),
    ("B", "ความพึงพอใจ e-Budgeting เก็บข้อมูลจากใครบ้างครับ", "4", "formula"),
    ("B", "โอนเปลี่ยนแปลงงบ นับอะไรบ้างคะ", "3", "formula"),
    ("B", "GD Catalog ยิ่งมากยิ่งดีใช่ไหม คิดยังไงครับ", "5", "formula"),
    ("O", "PMQA ก.พ. ใช้คะแนนปีไหนมาคิดคะ", "10", "formula"),
    ("O", "Master Data นับจากอะไรคะ", "7", "formula"),
]


@readings(_asked(FORMULAS))
def test_sources_counts_and_divisors_ask_the_formula(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


ITEMS: list[Asked] = [
    ("P", "e-Service ข้อเปิดให้บริการ 8 งานบริการ ผ่านหรือยังคะ", "5", "items"),
    ("P", "อุตสาหกรรมเชิงนิเวศ ข้อนั้นผ่านแล้วใช่มั้ยคะ", "1", "items"),
    ("B", "Participatory Budgeting ข้อแนวทางผลักดันโครงการเข้าแผน ผ่านยังคะ", "2", "items"),
    ("B", "โอนเปลี่ยนแปลง ข้อตรวจสอบรายการจัดสรรซ้ำซ้อน ผ่านแล้วไหมครับ", "3", "items"),
    ("B", "จัดเตรียมข้อมูลพื้นฐานก่อนเปิดให้บริการระบบ ข้อนี้ผ่านหรือยัง", "4", "items"),
    ("B", "ให้บริการระบบ BBL ข้อนี้ผ่านไหมคะ", "4", "items"),
    ("O", "แต่งตั้ง ข้อจัดประชุมชี้แจงส่วนราชการ ผ่านยังครับ", "2", "items"),
    ("O", "แผนพัฒนาบุคลากร ข้อทำคู่มือ ผ่านหรือยังคะ", "3", "items"),
    ("O", "จริยธรรม ข้อเสนอคณะรัฐมนตรี ผ่านแล้วมั้ย", ["4", "5"], "items"),
    ("O", "หลักสูตรสอบแข่งขัน ร่างหลักสูตรเสร็จแล้ว ข้อนี้ผ่านไหมครับ", "1", "items"),
    ("O", "ข้อประชุมผู้ทรงคุณวุฒิเรื่องหลักสูตรสอบ ผ่านหรือยังคะ", "1", "items"),
]


@readings(_asked(ITEMS))
def test_an_item_named_by_its_words_asks_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The indicator named by its title or keyword, or a tier named: whether it passed is the tier.
TIERS: list[Asked] = [
    ("P", "อุตสาหกรรมเชิงนิเวศผ่านขั้นสูงแล้วใช่ไหม", "1", "tier"),
    ("P", "ขยะผ่านไหมคะ", "2", "tier"),
    ("B", "ความพึงพอใจระบบ e-Budgeting ผ่านหรือยังครับ", "4", "tier"),
    ("O", "หลักสูตรการสอบแข่งขันผ่านหรือยังคะ", "1", "tier"),
    ("O", "แผนพัฒนาบุคลากรผ่านเกณฑ์ไหม", "3", "tier"),
    ("O", "แต่งตั้งผ่านหมดยังครับ", "2", "tier"),
]


@readings(_asked(TIERS))
def test_an_indicator_named_by_its_title_asks_the_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# What each tier takes; a round's figure; pillars counted; the latest figure; a formula of
# registering datasets (no command of the bot's).
MORE_ASPECTS: list[Asked] = [
    ("P", "ยาเสพติด แต่ละระดับต้องทำอะไรบ้างคะ", "4", "criteria"),
    ("B", "PB ขั้นสูงต้องทำอะไรบ้างครับ", "2", "criteria"),
    ("O", "จริยธรรม แต่ละระดับต้องทำอะไรคะ", ["4", "5"], "criteria"),
    ("P", "ขยะรอบที่ 2 ได้กี่เปอร์เซ็นต์คะ", "2", "result"),
    ("P", "ยาเสพติดรอบที่ 1 ได้กี่เปอร์เซ็นต์ครับ", "4", "result"),
    ("O", "ระดับความพร้อมรัฐบาลดิจิทัล ได้ระดับ 4 กี่ Pillar แล้วครับ", "8", "result"),
    ("O", "คะแนนความพร้อมรัฐบาลดิจิทัลล่าสุดค่ะ", "9", "result"),
    ("B", "ขอดู GD Catalog ล่าสุดครับ", "5", "result"),
    ("B", "การลงทะเบียนชุดข้อมูล คำนวณอย่างไรครับ", "5", "formula"),
]


@readings(_asked(MORE_ASPECTS))
def test_tiers_rounds_pillars_and_the_latest(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The formal "which" (ใด): "ผ่านระดับใด", "อยู่ในขั้นใด". ("…ผ่านระดับใดแล้ว", read as a step
# passed, is another family's: a question read as a write.)
FORMAL_TIERS: list[Asked] = [
    ("P", "ยาเสพติดผ่านเกณฑ์ระดับใดคะ", "4", "tier"),
    ("P", "การให้บริการ e-Service อยู่ในขั้นใดครับ", "5", "tier"),
    ("B", "โอนเปลี่ยนแปลงงบประมาณ ผ่านเป้าหมายขั้นใดครับ", "3", "tier"),
    ("B", "ตัวชี้วัดที่ 2 ผ่านระดับใดแล้วครับ", "2", "tier"),
    ("O", "แผนพัฒนาบุคลากร ตอนนี้ผ่านขั้นใดคะ", "3", "tier"),
    ("O", "การแต่งตั้งข้าราชการ อยู่ในระดับใดครับ", "2", "tier"),
    ("O", "ระดับความพร้อมรัฐบาลดิจิทัล ก.พ. ตอนนี้อยู่ระดับใดคะ", "8", "tier"),
    ("L", "ระดับความสำเร็จการขับเคลื่อน PMQA ผ่านระดับใดครับ", "1", "tier"),
]


@readings(_asked(FORMAL_TIERS))
def test_the_formal_which_tier(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_formal_which_channel() -> None:
    assert settled("แบบฟอร์ม 2 ต้องส่งทางช่องทางใดครับ", "L") == ("RuleQuestion", {"topic": "channel"})


# The organisation's own name ("สำนักงบประมาณ" holds the keyword งบประมาณ) names no indicator.
OWN_NAMES: list[Asked] = [
    ("B", "PMQA ของสำนักงบประมาณได้กี่คะแนนแล้ว", "8", "score"),
    ("B", "สำนักงบประมาณ PMQA ผ่านขั้นไหนคะ", "8", "tier"),
    ("B", "GD Catalog ของ Budget Bureau ได้กี่ชุดแล้ว", "5", "result"),
    ("B", "ระดับความพร้อมรัฐบาลดิจิทัลของสำนักงบประมาณ อยู่ระดับไหน", "6", "tier"),
]


@readings(_asked(OWN_NAMES))
def test_the_organisations_own_name_names_no_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


HISTORIES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขยะใครอัปเดตล่าสุดคะ", "History", {"indicator": "2"}),
    ("P", "ใครเป็นคนกรอกผลยาเสพติดครับ", "History", {"indicator": "4"}),
    ("P", "e-Service ใครใส่ตัวเลขล่าสุดคะ", "History", {"indicator": "5"}),
    ("B", "ผู้ใดเป็นผู้บันทึกผล PMQA ครั้งล่าสุดครับ", "History", {"indicator": "8"}),
    ("B", "GD Catalog ใครเป็นคนอัพเดทคะ", "History", {"indicator": "5"}),
    ("B", "ใครลงผลโอนเปลี่ยนแปลงล่าสุดครับ", "History", {"indicator": "3"}),
    ("O", "Master Data ใครอัปเดตครั้งสุดท้ายคะ", "History", {"indicator": "7"}),
    ("O", "ผลแผนพัฒนาบุคลากรใครเป็นคนใส่คะ", "History", {"indicator": "3"}),
    ("O", "ประวัติการบันทึกผลหลักสูตรสอบของ ก.พ. ค่ะ", "History", {"indicator": "1"}),
]


@readings(HISTORIES)
def test_who_last_recorded_an_indicator_asks_its_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_who_has_not_recorded_stays_who_is_missing() -> None:
    assert settled("ใครยังไม่ใส่ผลขยะบ้างคะ", "P")[0] == "Missing"


ENGLISH: list[Asked] = [
    ("B", "budget transfer KPI score?", "3", "score"),
    ("B", "budget transfer indicator criteria?", "3", "criteria"),
    ("O", "ethics KPI result?", ["4", "5"], "result"),
    ("O", "ethics KPI which items failed?", ["4", "5"], "failed"),
    ("O", "recruitment exam curriculum KPI result?", "1", "result"),
    ("O", "recruitment exam curriculum ผ่านหรือยังคะ", "1", "tier"),
    ("O", "HR development plan KPI failed items?", "3", "failed"),
    ("O", "staff development plan ได้ขั้นไหนครับ", "3", "tier"),
]


@readings(_asked(ENGLISH))
def test_indicators_named_in_english(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A code, then a percent: the code names the indicator, the percent is its value.
CODED_VALUES: list[tuple[str, str, str, str]] = [
    ("B", "ตัวชี้วัด 3 ร้อยละ 12.5 ค่ะ", "3", "12.5"),
    ("P", "KPI 2 ร้อยละ 55.1 ครับ", "2", "55.1"),
    ("P", "ตัวชี้วัดที่ 4 ร้อยละ 80 ค่ะ", "4", "80"),
    ("O", "ตัวชี้วัด 6 ร้อยละ 92.5 นะคะ", "6", "92.5"),
]


@pytest.mark.parametrize(("org", "text", "code", "value"), CODED_VALUES)
def test_an_indicator_code_before_a_percent_is_its_value(
    org: str, text: str, code: str, value: str
) -> None:
    slots = {"indicator": code, "value": value, "raw_value": f"ร้อยละ {value}", "percent": True}
    assert settled(text, org) == ("SubmitValue", slots)
