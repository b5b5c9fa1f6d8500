"""Text that is not a report is refused with the line at fault; a report's encodings are not."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kpi_core.models import Organisation, ResultKind
from kpi_core.report import ReportFormatError, parse_report

PLANS = Path(__file__).resolve().parents[3] / "data" / "plans"
HEADER = "รายงานผลการประเมิน\n\nหน่วยงานทดสอบ\n\n/ กระทรวงทดสอบ\nน้ำหนัก\n100\n"
TABLE = "รายละเอียดตัวชี้วัด\nคำอธิบาย :\nทดสอบ\nประเด็นการประเมิน ผลการดำเนินงาน\n"


@pytest.mark.parametrize(
    ("text", "line_no", "reason"),
    [
        ("", 1, "ไม่มีข้อความ"),
        ("\n \n", 1, "ไม่มีข้อความ"),
        ("วันนี้ประชุมทีม PMQA เรื่องแผนปี 2568\nทุกกองส่งเอกสารภายในวันศุกร์", 1, "ไม่ใช่รายงานผลการประเมิน"),
        (json.dumps({"name": "สำนักงบประมาณ", "indicators": []}, ensure_ascii=False), 1, "ไม่ใช่"),
        ("\n\nรายงานผลการประเมินประจำปี\n", 3, "ไม่ใช่รายงานผลการประเมิน"),
        ("รายงานผลการประเมิน\n", 1, "ไม่พบชื่อหน่วยงาน"),
        ("รายงานผลการประเมิน\nน้ำหนัก\n100\n", 2, "ไม่พบชื่อหน่วยงาน"),
        (HEADER, 7, "ไม่พบรายละเอียดตัวชี้วัด"),
        ("รายงานผลการประเมิน\nหน่วยงาน\nน้ำหนัก\nหนึ่งร้อย\n" + TABLE, 4, "ไม่ใช่ตัวเลข"),
        ("รายงานผลการประเมิน\nหน่วยงาน\nข้อความอื่น\n" + TABLE, 3, "ไม่รู้จัก"),
    ],
)
def test_text_that_is_not_a_report_is_refused_naming_the_line(
    text: str, line_no: int, reason: str
) -> None:
    with pytest.raises(ReportFormatError) as raised:
        parse_report(text)
    assert raised.value.line_no == line_no
    assert str(raised.value).startswith(f"บรรทัด {line_no}: ")
    assert reason in str(raised.value)


def test_the_error_names_the_line_in_thai_and_english() -> None:
    with pytest.raises(ReportFormatError) as raised:
        parse_report('{"a": 1}')
    error = raised.value
    assert isinstance(error, ValueError)
    assert (error.line_no, error.line) == (1, '{"a": 1}')
    assert str(error) == "บรรทัด 1: ไม่ใช่รายงานผลการประเมิน (expected 'รายงานผลการประเมิน')"


def test_the_ministry_slide_deck_is_not_a_report() -> None:
    deck = (PLANS / "mol_pmqa_briefing_2568.txt").read_text(encoding="utf-8")
    with pytest.raises(ReportFormatError) as raised:
        parse_report(deck)
    assert raised.value.line_no == 3
    assert raised.value.line.startswith("**ประชุมชี้แจงตัวชี้วัด")


def test_windows_line_endings_and_a_byte_order_mark_read_the_same(
    seed_text: Callable[[str], str], budget_bureau: Organisation
) -> None:
    text = "\ufeff" + seed_text("budget_bureau_2567.txt").replace("\n", "\r\n")
    assert parse_report(text, source="budget_bureau_2567.txt") == budget_bureau


def test_thai_digits_are_read_in_the_header_and_in_results() -> None:
    report = HEADER.replace("100", "๑๐๐") + TABLE + "ร้อยละของงานที่เสร็จ ๕๐.๑๗ (ร้อยละ)\n"
    organisation = parse_report(report)
    (item,) = organisation.indicators[0].items
    assert organisation.weight == Decimal(100)
    assert item.result is not None
    assert (item.result.kind, item.result.raw, item.result.value) == (
        ResultKind.NUMBER,
        "๕๐.๑๗ (ร้อยละ)",
        Decimal("50.17"),
    )


def test_an_assessed_score_and_a_written_summary_are_read_when_present() -> None:
    header = HEADER + "คะแนนการประเมิน\n๔๕๐.๕\nสรุปผลการประเมิน\nผ่านเกณฑ์\nทุกตัวชี้วัด\n"
    organisation = parse_report(header + TABLE)
    assert organisation.assessed_score == Decimal("450.5")
    assert organisation.summary == "ผ่านเกณฑ์\nทุกตัวชี้วัด"
    assert organisation.parent == "กระทรวงทดสอบ"


def test_a_table_header_with_no_rows_gives_an_indicator_without_items() -> None:
    (indicator,) = parse_report(HEADER + TABLE).indicators
    assert indicator.items == ()
    assert indicator.title == "ทดสอบ"
