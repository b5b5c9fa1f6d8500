"""Year end and year close in chat: the summary stands after 30 Sep, the coordinator closes the
year (confirmed), and the closed year is read-only until the next year's plan is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from handlers.common import organisation_status
from handlers.status_text import render_status
from kpi_core.fiscal_calendar import BANGKOK
from tests.fakes.chat import context, press, say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import cards, rows, text_of
from tests.fakes.seed import COORDINATOR, SOMCHAI, labour

SEP_30 = datetime(2025, 9, 30, 16, 0, tzinfo=BANGKOK)
OCT_6 = datetime(2025, 10, 6, 10, 0, tzinfo=BANGKOK)
NOV_3 = datetime(2025, 11, 3, 10, 0, tzinfo=BANGKOK)
MOL = "สำนักงานปลัดกระทรวงแรงงาน"


def _status_text(ports: FakePorts, now: datetime) -> str:
    ctx = context(ports, COORDINATOR, now=now)
    return render_status(organisation_status(ctx, ctx.organisation))


def _close(ports: FakePorts) -> str:
    reply = say(ports, "ปิดปีงบประมาณ 2568", COORDINATOR, now=OCT_6, event_id="evt-close")
    return text_of(press(ports, reply.quick_replies[0], COORDINATOR, now=OCT_6, event_id="evt-ok"))


def test_the_year_cannot_be_closed_before_it_ends(mol_demo: FakePorts) -> None:
    reply = say(mol_demo, "ปิดปีงบประมาณ", COORDINATOR, now=SEP_30)
    assert text_of(reply) == "ปีงบประมาณ 2568 ยังไม่สิ้นสุด ปิดปีได้ตั้งแต่ 1 ต.ค. 2568 ครับ"


def test_only_the_coordinator_closes_the_year(mol_demo: FakePorts) -> None:
    reply = say(mol_demo, "ปิดปีงบประมาณ", SOMCHAI, now=OCT_6)
    assert text_of(reply) == (
        "ค่าฐานและการปิดปีงบประมาณ บันทึกได้เฉพาะผู้ประสานงานของ สำนักงานปลัดกระทรวงแรงงาน ครับ"
    )


def test_after_the_thirtieth_of_september_the_years_summary_stands(mol_demo: FakePorts) -> None:
    text = _status_text(mol_demo, OCT_6)
    assert "สิ้นปีงบประมาณ 2568 แล้ว: สรุปผลสิ้นปี (ระดับสุดท้ายและขั้นตอนที่ไม่ได้ส่ง)" in text
    assert "   เลยกำหนด: ขั้นตอนที่ 5 ภายใน 30 ก.ย. 2568 (เลยกำหนด 6 วัน)" in text


def test_the_close_restates_the_final_summary_and_is_stored_with_its_origin(
    mol_demo: FakePorts,
) -> None:
    reply = say(mol_demo, "ปิดปีงบประมาณ 2568", COORDINATOR, now=OCT_6)
    (card,) = cards(reply)
    assert [r.value for r in rows(card)] == [
        "ปิดปีงบประมาณ 2568 ของ สำนักงานปลัดกระทรวงแรงงาน",
        # 2 + 3 + 2 + (3 − 0.5 dimension) + (2 − 0.05 late) + 1 (attendance 80 %) = 12.45 / 6
        "ตัวชี้วัด 1: ระดับเฉลี่ย 2.08/5",
        "ไม่ได้ส่งขั้นตอนที่ 3: กลุ่มพัฒนาระบบบริหาร, กองการเจ้าหน้าที่, กองนิติการ, ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
        "ไม่ได้ส่งขั้นตอนที่ 4: กลุ่มพัฒนาระบบบริหาร, กองกลาง, กองการเจ้าหน้าที่, กองคลัง,"
        " กองนิติการ, ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
        "ไม่ได้ส่งขั้นตอนที่ 5: กลุ่มพัฒนาระบบบริหาร, กองกลาง, กองการเจ้าหน้าที่, กองคลัง,"
        " กองนิติการ, ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
        "หลังปิดปี ข้อมูลปี 2568 อ่านได้อย่างเดียว จนกว่าจะนำเข้าแผนปีงบประมาณ 2569",
    ]
    assert mol_demo.organisations.get(MOL).year_closes == ()  # nothing before the confirmation
    done = text_of(press(mol_demo, reply.quick_replies[0], COORDINATOR, now=OCT_6, event_id="e1"))
    assert done.startswith("ปิดปีงบประมาณ 2568 แล้ว ✓")
    (close,) = mol_demo.organisations.get(MOL).year_closes
    assert (close.fiscal_year, close.closed_by, close.source_event_id) == (
        2568,
        COORDINATOR.line_user_id,
        "e1",
    )
    assert close.closed_at == OCT_6


def test_a_closed_year_is_shown_read_only_and_refuses_new_steps(mol_demo: FakePorts) -> None:
    _close(mol_demo)
    text = _status_text(mol_demo, NOV_3)
    assert "ปีงบประมาณ 2568 ปิดแล้ว (6 ต.ค. 2568) ยังไม่มีแผนปีงบประมาณ 2569:" in text
    assert "สถานะตัวชี้วัด สำนักงานปลัดกระทรวงแรงงาน (สป.รง.) ณ 6 ต.ค. 2568" in text
    refused = say(mol_demo, "ขั้นตอนที่ 4 ส่งแล้ว", SOMCHAI, now=NOV_3)
    assert text_of(refused) == ("ปีงบประมาณ 2568 ปิดแล้ว บันทึกเพิ่มไม่ได้ครับ (รอนำเข้าแผนปีงบประมาณ 2569)")
    withdrawn = say(mol_demo, "ยกเลิกที่ส่งล่าสุด", COORDINATOR, now=NOV_3)
    assert text_of(withdrawn).startswith("ปีงบประมาณ 2568 ปิดแล้ว บันทึกเพิ่มไม่ได้ครับ")
    again = say(mol_demo, "ปิดปีงบประมาณ", COORDINATOR, now=NOV_3)
    assert text_of(again) == "ปีงบประมาณ 2568 ปิดไปแล้วครับ"


def test_the_next_years_plan_applies_once_loaded(mol_demo: FakePorts) -> None:
    _close(mol_demo)
    mol_demo.organisations.save(replace(labour(), fiscal_year=2569))
    text = _status_text(mol_demo, NOV_3)
    assert "ปิดแล้ว" not in text and "ณ 3 พ.ย. 2568" in text
    assert "   คะแนนเฉลี่ย 0.00/5 (6 หน่วยงาน)" in text  # last year's steps stay with last year
