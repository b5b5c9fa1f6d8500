"""Rows of the result table: the result is the row's last word or number, never text inside it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpi_core.models import AssessmentItem, ItemResult, ResultKind
from kpi_core.report.items import parse_items, read_result
from kpi_core.report.lines import Line

PASS, FAIL, NUMBER = ResultKind.PASS, ResultKind.FAIL, ResultKind.NUMBER


@pytest.mark.parametrize(
    ("row", "text", "result"),
    [
        ("ระดับ 2 (ขั้นต้น) ผ่าน", "ระดับ 2 (ขั้นต้น)", ItemResult(PASS, "ผ่าน")),
        ("เสนอ ก.ม.จ. ให้ความเห็นชอบ ไม่ผ่าน", "เสนอ ก.ม.จ. ให้ความเห็นชอบ", ItemResult(FAIL, "ไม่ผ่าน")),
        (
            "เผยแพร่ผ่านระบบ internet เฟซบุ๊ก ผ่าน",
            "เผยแพร่ผ่านระบบ internet เฟซบุ๊ก",
            ItemResult(PASS, "ผ่าน"),
        ),
        ("เผยแพร่ ผ่านระบบ internet", "เผยแพร่ ผ่านระบบ internet", None),
        ("ผ่าน", "", ItemResult(PASS, "ผ่าน")),
        (
            "ร้อยละของขยะ 50.17 (ร้อยละ)",
            "ร้อยละของขยะ",
            ItemResult(NUMBER, "50.17 (ร้อยละ)", Decimal("50.17"), "ร้อยละ"),
        ),
        (
            "รายได้ 1,462.21 (ล้านบาท)",
            "รายได้",
            ItemResult(NUMBER, "1,462.21 (ล้านบาท)", Decimal("1462.21"), "ล้านบาท"),
        ),
        (
            "จำนวนผู้รับบริการ 185 (คน)",
            "จำนวนผู้รับบริการ",
            ItemResult(NUMBER, "185 (คน)", Decimal(185), "คน"),
        ),
        (
            "คะแนน ๓๘๙.๗๖ ( คะแนน )",
            "คะแนน",
            ItemResult(NUMBER, "๓๘๙.๗๖ ( คะแนน )", Decimal("389.76"), "คะแนน"),
        ),
        (
            "  จำนวน   16.00   (กิจกรรม)  ",
            "จำนวน",
            ItemResult(NUMBER, "16.00 (กิจกรรม)", Decimal("16.00"), "กิจกรรม"),
        ),
        ("มาตรา 13 (7) แห่งพระราชบัญญัติ", "มาตรา 13 (7) แห่งพระราชบัญญัติ", None),
    ],
)
def test_a_row_splits_into_its_text_and_its_result(
    row: str, text: str, result: ItemResult | None
) -> None:
    assert read_result(row) == (text, result)


def test_a_decimal_result_keeps_the_places_it_was_printed_with() -> None:
    _, result = read_result("จำนวน 16.00 (กิจกรรม)")
    assert result is not None
    assert str(result.value) == "16.00"


def test_a_row_without_a_result_is_joined_to_the_row_that_completes_it() -> None:
    rows = [Line(1, "ตรวจสอบรายการโอนเปลี่ยนแปลง"), Line(2, ""), Line(3, "(เฉพาะด้านแหล่งน้ำ ถนน) ผ่าน")]
    assert parse_items(rows) == (
        AssessmentItem("ตรวจสอบรายการโอนเปลี่ยนแปลง (เฉพาะด้านแหล่งน้ำ ถนน)", ItemResult(PASS, "ผ่าน")),
    )


def test_text_left_without_a_result_at_the_end_of_the_table_is_an_item_without_result() -> None:
    rows = [Line(1, "ข้อแรก ผ่าน"), Line(2, "ข้อสองที่ยังไม่มีผล")]
    assert parse_items(rows) == (
        AssessmentItem("ข้อแรก", ItemResult(PASS, "ผ่าน")),
        AssessmentItem("ข้อสองที่ยังไม่มีผล", None),
    )
