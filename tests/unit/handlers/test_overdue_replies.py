"""Overdue steps in "ใครยังไม่ส่ง" and in the status text: the demo ministry on a fixed day."""

from __future__ import annotations

from datetime import datetime

from handlers.common import organisation_status
from handlers.deadlines import handle_missing
from handlers.intents import Missing
from handlers.status_text import render_status
from kpi_core.fiscal_calendar import BANGKOK
from tests.fakes.chat import context
from tests.fakes.ports import FakePorts
from tests.fakes.reading import text_of

FEB_3 = datetime(2025, 2, 3, 9, 0, tzinfo=BANGKOK)
OCT_1 = datetime(2025, 10, 1, 9, 0, tzinfo=BANGKOK)
PLAN_OVERDUE = (
    "ขั้นตอนที่ 3 ส่งแผนพัฒนาฯ 3 ปี และแผนปฏิบัติการ ปี 68\n"
    "กำหนดส่ง 17–31 ม.ค. 2568 (เลยกำหนด {days} วัน)\n"
    "ยังไม่ส่ง 4 จาก 6 หน่วยงาน:\n"
    "• กลุ่มพัฒนาระบบบริหาร (ต๋อย (ผู้ประสานงาน สาธิต))\n"
    "• กองการเจ้าหน้าที่ (สมหญิง (สาธิต))\n"
    "• กองนิติการ\n"
    "• ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
)


def test_who_has_not_sent_lists_the_overdue_plan_before_the_report_not_yet_open(
    mol_demo: FakePorts,
) -> None:
    reply = text_of(handle_missing(Missing(), context(mol_demo, None, now=FEB_3)))
    first, second = reply.split("\n\n")
    assert first == PLAN_OVERDUE.format(days=3)
    assert second == (
        "ขั้นตอนที่ 4 ส่งรายงานผลตามแผน (แบบฟอร์ม 4)\n"
        "กำหนดส่ง 15–24 ก.ย. 2568 (อีก 233 วัน, 168 วันทำการ)\n"
        "ยังไม่เปิดรับ (เปิดรับ 15 ก.ย. 2568)"
    )


def test_after_the_year_ends_who_has_not_sent_still_names_every_step_never_sent(
    mol_demo: FakePorts,
) -> None:
    notice, *blocks = text_of(handle_missing(Missing(), context(mol_demo, None, now=OCT_1))).split(
        "\n\n"
    )
    assert notice.startswith("สิ้นปีงบประมาณ 2568 แล้ว: สรุปผลสิ้นปี")
    assert blocks[0] == PLAN_OVERDUE.format(days=243)
    assert [b.split("\n")[0][:13] for b in blocks] == ["ขั้นตอนที่ 3 ", "ขั้นตอนที่ 4 ", "ขั้นตอนที่ 5 "]
    assert "ยังไม่ส่ง 6 จาก 6 หน่วยงาน:" in blocks[1] and "(เลยกำหนด 7 วัน)" in blocks[1]


def test_the_status_text_shows_the_overdue_step_and_when_the_next_window_opens(
    mol_demo: FakePorts,
) -> None:
    ctx = context(mol_demo, None, now=FEB_3)
    text = render_status(organisation_status(ctx, ctx.organisation))
    assert (
        "   เลยกำหนด: ขั้นตอนที่ 3 ภายใน 31 ม.ค. 2568 (เลยกำหนด 3 วัน)\n"
        "   ยังไม่ส่ง 4: กลุ่มพัฒนาระบบบริหาร, กองการเจ้าหน้าที่, กองนิติการ,"
        " ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร\n"
        "   กำหนดส่งถัดไป: ขั้นตอนที่ 4 ภายใน 24 ก.ย. 2568 (อีก 233 วัน, 168 วันทำการ)\n"
        "   เปิดรับ 15 ก.ย. 2568\n"
    ) in text + "\n"
    assert "ยังไม่ส่ง: " not in text  # the report's window is not open: nobody is missing it


def test_a_units_status_says_how_many_days_its_step_is_overdue(mol_demo: FakePorts) -> None:
    ctx = context(mol_demo, None, now=FEB_3)
    text = render_status(organisation_status(ctx, ctx.organisation, "กองนิติการ"))
    assert "   ขั้นตอนที่ 3: ✗ เลยกำหนด 3 วัน (ภายใน 31 ม.ค. 2568)" in text
    assert "   เลยกำหนด: ขั้นตอนที่ 3 ภายใน 31 ม.ค. 2568 (เลยกำหนด 3 วัน)" in text
