"""A block's labelled sections: label spellings, text before any label, lookalike lines."""

from __future__ import annotations

from kpi_core.report import parse_report

HEADER = "รายงานผลการประเมิน\nหน่วยงานทดสอบ\nรายละเอียดตัวชี้วัด\n"


def test_a_label_with_one_or_two_spaces_before_its_colon_opens_its_section() -> None:
    report = HEADER + "คำอธิบาย  :\n\nคำอธิบายหนึ่ง\nสูตรคำนวณ :\n(ก + ข) x 100 / ค\n"
    (indicator,) = parse_report(report).indicators
    assert (indicator.description, indicator.formula) == ("คำอธิบายหนึ่ง", "(ก + ข) x 100 / ค")


def test_text_after_a_label_colon_is_the_start_of_its_section() -> None:
    report = HEADER + "ขอบเขตการประเมิน : ทุกกอง\nในสำนักงาน\nแหล่งที่มาของข้อมูล : ระบบสารบรรณ\n"
    (indicator,) = parse_report(report).indicators
    assert (indicator.scope, indicator.data_source) == ("ทุกกอง\nในสำนักงาน", "ระบบสารบรรณ")


def test_text_before_any_label_is_the_description() -> None:
    report = HEADER + "  • ข้อแรก\n  • ข้อสอง\n\nย่อหน้าใหม่\n"
    (indicator,) = parse_report(report).indicators
    assert indicator.description == "• ข้อแรก\n• ข้อสอง\n\nย่อหน้าใหม่"


def test_a_line_that_only_starts_with_a_label_word_is_description_text() -> None:
    report = HEADER + "คำอธิบาย\nคำอธิบายข้อมูลส่วนหลัก 14 รายการ\nเกณฑ์การประเมินความเป็นเมือง 5 ระดับ\n"
    (indicator,) = parse_report(report).indicators
    assert indicator.description == "คำอธิบายข้อมูลส่วนหลัก 14 รายการ\nเกณฑ์การประเมินความเป็นเมือง 5 ระดับ"
    assert (indicator.criteria_note, indicator.criteria_round) == ("", "")


def test_a_preface_is_recognised_only_before_the_first_label() -> None:
    preface = "- เป็นตัวชี้วัดทดแทน (Proxy KPIs) ที่ถ่ายทอดจาก Strategic KPIs “ก” ของ ข"
    report = HEADER + preface + "\nคำอธิบาย\n" + preface + "\n"
    (indicator,) = parse_report(report).indicators
    assert indicator.preface == preface.removeprefix("- ")
    assert indicator.strategic_kpi == "ก"
    assert indicator.description == "• " + preface.removeprefix("- ")


def test_the_criteria_line_gives_a_note_or_a_round() -> None:
    note = parse_report(HEADER + "เกณฑ์การประเมิน : สำนักงาน ก.พ.ร. กำหนดค่าเป้าหมาย\n")
    round_ = parse_report(HEADER + "เกณฑ์การประเมิน รอบ 12 เดือน\nกลุ่มที่ 1: 1-4 ชุด\n")
    assert note.indicators[0].criteria_note == "สำนักงาน ก.พ.ร. กำหนดค่าเป้าหมาย"
    assert round_.indicators[0].criteria_round == "รอบ 12 เดือน"
    assert [g.label for g in round_.indicators[0].criteria_groups] == ["กลุ่มที่ 1"]
