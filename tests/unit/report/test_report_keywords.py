"""Keywords: the words users type to find a block, matched in its title, preface, description."""

from __future__ import annotations

import pytest

from kpi_core.models import Organisation
from kpi_core.report import DEFAULT_KEYWORDS, parse_report
from kpi_core.report.naming import find_keywords

REPORT = "รายงานผลการประเมิน\nหน่วยงานทดสอบ\nรายละเอียดตัวชี้วัด\nคำอธิบาย :\nDESCRIPTION\n"


@pytest.mark.parametrize(
    ("seed", "position", "keyword"),
    [
        ("pathum_thani_2565.txt", 1, "อุตสาหกรรมเชิงนิเวศ"),
        ("pathum_thani_2565.txt", 1, "Eco Industrial Town"),
        ("pathum_thani_2565.txt", 2, "ขยะ"),
        ("pathum_thani_2565.txt", 3, "ท่องเที่ยว"),
        ("pathum_thani_2565.txt", 4, "ยาเสพติด"),
        ("pathum_thani_2565.txt", 5, "e-Service"),
        ("pathum_thani_2565.txt", 6, "PMQA"),
        ("budget_bureau_2567.txt", 1, "เทศบาล"),
        ("budget_bureau_2567.txt", 1, "อปท."),
        ("budget_bureau_2567.txt", 2, "Participatory Budgeting"),
        ("budget_bureau_2567.txt", 2, "มีส่วนร่วม"),
        ("budget_bureau_2567.txt", 3, "โอนเปลี่ยนแปลง"),
        ("budget_bureau_2567.txt", 5, "GD Catalog"),
        ("budget_bureau_2567.txt", 6, "Pillar"),
        ("budget_bureau_2567.txt", 7, "DG Readiness"),
        ("budget_bureau_2567.txt", 8, "PMQA"),
        ("ocsc_2567.txt", 1, "หลักสูตรสอบ"),
        ("ocsc_2567.txt", 1, "สรรหา"),
        ("ocsc_2567.txt", 2, "แต่งตั้ง"),
        ("ocsc_2567.txt", 3, "แผนพัฒนาบุคลากร"),
        ("ocsc_2567.txt", 4, "จริยธรรม"),
        ("ocsc_2567.txt", 5, "จริยธรรม"),
        ("ocsc_2567.txt", 6, "ชุดข้อมูล"),
        ("ocsc_2567.txt", 7, "Master Data"),
        ("ocsc_2567.txt", 8, "รัฐบาลดิจิทัล"),
        ("ocsc_2567.txt", 10, "PMQA"),
    ],
)
def test_a_block_is_found_by_the_keywords_users_type(
    seeds: dict[str, Organisation], seed: str, position: int, keyword: str
) -> None:
    assert keyword in seeds[seed].indicators[position - 1].keywords


@pytest.mark.parametrize(
    ("seed", "position", "keyword"),
    [
        ("pathum_thani_2565.txt", 2, "งบประมาณ"),  # only ``ปีงบประมาณ``: the fiscal year
        ("pathum_thani_2565.txt", 1, "แต่งตั้ง"),  # ``แต่งตั้งคณะกรรมการ``: not an appointment KPI
        ("ocsc_2567.txt", 4, "PMQA"),
    ],
)
def test_a_word_used_in_another_sense_is_not_a_keyword(
    seeds: dict[str, Organisation], seed: str, position: int, keyword: str
) -> None:
    assert keyword not in seeds[seed].indicators[position - 1].keywords


def test_keywords_come_in_order_of_first_appearance_without_repeats() -> None:
    text = "ระบบ E-SERVICE ลดขยะ และ e-service อีกครั้ง แล้วจึงขยะ"
    assert find_keywords([text], DEFAULT_KEYWORDS) == ("e-Service", "ขยะ")


def test_a_custom_vocabulary_replaces_the_default() -> None:
    report = REPORT.replace("DESCRIPTION", "โครงการลดขยะในชุมชน")
    vocabulary = [("ลดขยะ", ("ลดขยะ",)), ("ชุมชน", ("ชุมชน",))]
    (indicator,) = parse_report(report, keywords=vocabulary).indicators
    assert indicator.keywords == ("ลดขยะ", "ชุมชน")
