"""Resolution of slot words against the seed organisations: indicators, units, steps, names."""

from __future__ import annotations

import pytest

from handlers.nlu import (
    indicator_index,
    resolve_indicator,
    resolve_organisation,
    resolve_step,
    resolve_unit,
)
from kpi_core.models import Organisation


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("ขยะ", ["2"]),
        ("ขยะมูลฝอย", ["2"]),
        ("ผลขยะ", ["2"]),
        ("e-service", ["5"]),
        ("E-Service", ["5"]),
        ("eservice", ["5"]),
        ("ยาเสพติด", ["4"]),
        ("ยาเสพ", ["4"]),
        ("ยาเสพติค", ["4"]),
        ("ท่องเที่ยว", ["3"]),
        ("นักท่องเที่ยว", ["3"]),
        ("ท่องเที่ยว ล้านบาท", ["3"]),
        ("pmqa", ["6"]),
        ("ระบบราชการ 4.0", ["6"]),
        ("อุตสาหกรรมเชิงนิเวศ", ["1"]),
        ("waste", ["2"]),  # the English words people use for the keywords
        ("drug", ["4"]),
        ("tourism", ["3"]),
        ("3", ["3"]),
        ("ตัวชี้วัดที่ 3", ["3"]),
        ("9", []),
        ("กินข้าว", []),
        ("", []),
    ],
)
def test_pathum_thani_indicators_resolve_by_code_keyword_or_spelling(
    pathum_thani: Organisation, words: str, codes: list[str]
) -> None:
    assert [i.code for i in resolve_indicator(words, pathum_thani)] == codes


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("จริยธรรม", ["4", "5"]),
        ("จริยธรม", ["4", "5"]),
        ("master data", ["7"]),
        ("ข้อมูลหลัก", ["7"]),
        ("ชุดข้อมูล", ["6", "7"]),
        ("dg readiness", ["8", "9"]),
        ("PMQA", ["10"]),
        ("แต่งตั้ง", ["2"]),
        ("หลักสูตรสอบ", ["1"]),
    ],
)
def test_ocsc_ties_return_every_block_so_the_handler_can_ask(
    ocsc: Organisation, words: str, codes: list[str]
) -> None:
    assert [i.code for i in resolve_indicator(words, ocsc)] == codes


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("งบประมาณ", ["1", "2", "3", "4"]),
        ("e-budgeting", ["4"]),
        ("pmqa 4.0", ["8"]),
        ("มีส่วนร่วม", ["2"]),
        ("โอนเปลี่ยนแปลง", ["3"]),
    ],
)
def test_budget_bureau_indicators_resolve(
    budget_bureau: Organisation, words: str, codes: list[str]
) -> None:
    assert [i.code for i in resolve_indicator(words, budget_bureau)] == codes


@pytest.mark.parametrize("words", ["PMQA", "pmqa", "PMQA 4.0", "ระบบราชการ 4.0", "ระบบราชการ", "1"])
def test_the_labour_plan_indicator_is_pmqa(labour: Organisation, words: str) -> None:
    assert [i.code for i in resolve_indicator(words, labour)] == ["1"]


def test_the_index_is_built_once_per_organisation(ocsc: Organisation, labour: Organisation) -> None:
    assert indicator_index(ocsc) is indicator_index(ocsc)
    assert indicator_index(labour) is not indicator_index(ocsc)


@pytest.mark.parametrize(
    ("words", "units"),
    [
        ("กองคลัง", ["กองคลัง"]),
        ("กองคลัง ", ["กองคลัง"]),
        ("กค.", ["กองคลัง"]),
        ("กค", ["กองคลัง"]),
        ("คลัง", ["กองคลัง"]),
        ("กองคลัน", ["กองคลัง"]),
        ("ไอที", ["ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"]),
        ("IT", ["ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"]),
        ("ศทส.", ["ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"]),
        ("การเจ้าหน้าที่", ["กองการเจ้าหน้าที่"]),
        ("กพร", ["กลุ่มพัฒนาระบบบริหาร"]),
        ("กอง", ["กองกลาง", "กองการเจ้าหน้าที่", "กองคลัง", "กองนิติการ"]),
        ("ขยะ", []),
    ],
)
def test_units_resolve_by_name_short_name_alias_or_spelling(
    labour: Organisation, words: str, units: list[str]
) -> None:
    assert [u.name for u in resolve_unit(words, labour)] == units


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("3", 3),
        ("ขั้นตอนที่ 3", 3),
        ("รายชื่อ", 1),
        ("รายชื่อทีม", 1),
        ("google form", 1),
        ("ประชุม", 2),
        ("เข้าประชุม", 2),
        ("เข้าร่วมประชุม", 2),
        ("แผน", 3),
        ("ส่งแผน", 3),
        ("แผนปฏิบัติการ", 3),
        ("แบบฟอร์ม 1", 3),
        ("รายงานผล", 4),
        ("รายงาน", 4),
        ("แบบฟอร์ม 4", 4),
        ("plan", 3),  # the plan's English keywords
        ("report", 4),
        ("ค่าเป้าหมาย", 5),
        ("ผล", None),
        ("9", None),
        ("กินข้าว", None),
        ("", None),
    ],
)
def test_steps_resolve_by_number_or_keyword(
    labour: Organisation, words: str, number: int | None
) -> None:
    step = resolve_step(words, labour.indicators[0])
    assert (step.number if step else None) == number


NAMES = ["ปทุมธานี", "สำนักงบประมาณ", "สำนักงานคณะกรรมการข้าราชการพลเรือน", "สำนักงานปลัดกระทรวงแรงงาน"]
ENTRIES = [
    (NAMES[0], ("", "จังหวัดปทุมธานี")),
    (NAMES[1], ("สงป.",)),
    (NAMES[2], ("สำนักงาน ก.พ.", "สนง.ก.พ.", "ก.พ.", "OCSC")),
    (NAMES[3], ("สป.รง.",)),
    ("สำนักงานคณะกรรมการพัฒนาระบบราชการ", ("สำนักงาน ก.พ.ร.", "ก.พ.ร.", "OPDC")),
]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("สป.รง.", [NAMES[3]]),
        ("สปรง", [NAMES[3]]),
        ("สำนักงานปลัดกระทรวงแรงงาน", [NAMES[3]]),
        ("ปลัดกระทรวงแรงงาน", [NAMES[3]]),
        ("ก.พ.", [NAMES[2]]),
        ("สำนักงาน ก.พ.", [NAMES[2]]),
        ("สนง.ก.พ.", [NAMES[2]]),
        ("ocsc", [NAMES[2]]),
        ("สำนักงบประมาณ", [NAMES[1]]),
        ("สงป.", [NAMES[1]]),
        ("สงป", [NAMES[1]]),
        ("ปทุม", [NAMES[0]]),
        ("จังหวัดปทุมธานี", [NAMES[0]]),
        ("ก.พ.ร.", ["สำนักงานคณะกรรมการพัฒนาระบบราชการ"]),
        ("OPDC", ["สำนักงานคณะกรรมการพัฒนาระบบราชการ"]),
        ("xyz", []),
    ],
)
def test_organisations_resolve_by_name_short_name_or_alias(words: str, found: list[str]) -> None:
    assert resolve_organisation(words, ENTRIES) == found


def test_a_name_inside_the_words_finds_several_organisations_on_a_tie() -> None:
    assert resolve_organisation("สำนักงาน", ENTRIES[:4]) == [NAMES[2], NAMES[3]]


@pytest.mark.parametrize("words", ["ก.พ.ร.", "กพร", "สำนักงาน ก.พ.ร.", "สนง.ก.พ.ร.", "opdc"])
def test_opdc_never_resolves_to_the_civil_service_commission(words: str) -> None:
    """ก.พ.ร. (OPDC) holds ก.พ. (OCSC) but is another organisation: without OPDC, nothing."""
    assert resolve_organisation(words, ENTRIES[:4]) == []


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        # The words of an item name the one indicator whose item it is, not every งบประมาณ one.
        ("องค์กรปกครองส่วนท้องถิ่นที่เป็นหน่วยรับงบประมาณตรง", ["1"]),
        ("จำนวนองค์กรปกครองส่วนท้องถิ่นที่เป็นหน่วยรับงบประมาณตรง", ["1"]),
        # อปท. is data: its long form is in item 1's text; indicator 4 only mentions it.
        ("อปท.", ["1"]),
        ("อปท", ["1"]),
        ("แหล่งน้ำ ถนน", ["3"]),
        # An exact title beats the shared keywords; without its measure word (ระดับ / คะแนน) the
        # two titles tie, and the measure typed elsewhere picks one (settle).
        ("ความพร้อมรัฐบาลดิจิทัล", ["6", "7"]),
        ("ระดับความพร้อมรัฐบาลดิจิทัล", ["6"]),
        ("คะแนนความพร้อมรัฐบาลดิจิทัล", ["7"]),
        ("DG", ["6", "7"]),
    ],
)
def test_items_abbreviations_and_exact_titles_win_over_shared_keywords(
    budget_bureau: Organisation, words: str, codes: list[str]
) -> None:
    assert [i.code for i in resolve_indicator(words, budget_bureau)] == codes


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("ระดับความพร้อมรัฐบาลดิจิทัล", ["8"]),
        ("ความพร้อมรัฐบาลดิจิทัล", ["8", "9"]),  # no measure word: both titles
        ("ร่างหลักสูตรการสอบแข่งขัน", ["1"]),
        ("คู่มือการจัดทำแผนพัฒนาบุคลากร", ["3"]),
    ],
)
def test_ocsc_titles_and_items_name_one_block(
    ocsc: Organisation, words: str, codes: list[str]
) -> None:
    assert [i.code for i in resolve_indicator(words, ocsc)] == codes


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("อำเภอ", ["5"]),
        ("จำนวนผู้รับบริการ", ["5"]),
        ("อีเซอร์วิส", ["5"]),
        ("อีเซอวิส", ["5"]),
        ("eco town", ["1"]),
        ("Eco Town", ["1"]),
    ],
)
def test_pathum_thani_items_name_their_indicator(
    pathum_thani: Organisation, words: str, codes: list[str]
) -> None:
    assert [i.code for i in resolve_indicator(words, pathum_thani)] == codes


def test_a_short_form_glued_to_the_question_still_names_its_item(
    budget_bureau: Organisation,
) -> None:
    assert [i.code for i in resolve_indicator("อปท.มีกี่แห่ง", budget_bureau)] == ["1"]


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        # A keyword shared by two indicators; the other words are in one title only.
        ("ชุดข้อมูลที่ลงทะเบียน", ["6"]),
        ("ชุดข้อมูลที่ยกระดับ", ["7"]),
        # Nothing but the shared names: both, to ask back.
        ("ชุดข้อมูล", ["6", "7"]),
        ("dg readiness", ["8", "9"]),
        ("จริยธรรม", ["4", "5"]),
        # GD Catalog is one indicator's own keyword, though it means บัญชีข้อมูล (both's).
        ("gd catalog", ["6"]),
    ],
)
def test_the_other_words_break_a_tie_on_a_shared_keyword(
    ocsc: Organisation, words: str, codes: list[str]
) -> None:
    assert [i.code for i in resolve_indicator(words, ocsc)] == codes


@pytest.mark.parametrize("words", ["ก.พ.", "กพ", "กน"])
def test_a_unit_short_name_is_never_matched_by_a_part_of_it(
    labour: Organisation, words: str
) -> None:
    # กพร. (กลุ่มพัฒนาระบบบริหาร) holds ก.พ. (a month, another organisation), กนต. holds กน.
    assert resolve_unit(words, labour) == []


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        # The copies of a block printed twice, told apart as the bot's buttons name them.
        ("จริยธรรมชุดที่ 2", ["5"]),
        ("จริยธรรม ชุดที่ 1", ["4"]),
        ("จริยธรรม ชุดที่ 3", ["4", "5"]),
        # Indicators that are not copies of one block are not numbered so.
        ("dg readiness ชุดที่ 1", ["8", "9"]),
    ],
)
def test_a_copy_of_a_repeated_block_is_named_by_its_number(
    ocsc: Organisation, words: str, codes: list[str]
) -> None:
    assert [i.code for i in resolve_indicator(words, ocsc)] == codes


@pytest.mark.parametrize(
    ("words", "number"),
    [
        # The plan's forms are data of their steps: 1-3 are step 3's, 4 is step 4's.
        ("ฟอร์ม 1-3", 3),
        ("แบบฟอร์ม 2", 3),
        ("ฟอร์ม 4", 4),
        ("แบบฟอร์มหมายเลข 4", 4),
        ("ฟอร์ม 9", None),
        # Two keywords of two steps, as long: the step whose title holds more of the words.
        ("รายงานผลตามแผน", 4),
    ],
)
def test_steps_resolve_by_their_forms_and_title_words(
    labour: Organisation, words: str, number: int | None
) -> None:
    step = resolve_step(words, labour.indicators[0])
    assert (step.number if step else None) == number
