"""A new organisation (not the demo) sets itself up from nothing by CLI, its members register
and its group binds, then it walks its whole FY2568 of the seed-003 indicator through chat with
a fixed clock: on-time, late and missing steps, the overdue lists after each deadline, the
September windows, step 5 from the plan's own indicators, evidence links and their channel,
the year-end summary and the year close. On SQLite and PostgreSQL (``database_url``).

Final levels and scores, by hand from seed 003 (DOMAIN.md) and DECISIONS.md / the README's
"Scoring: the readings we chose": level = consecutive steps passed from step 1 (step 2 needs
attendance >= 85 %); score = level - deductions, deductions only on steps that earned their
level: late -0.05 once per step, not through Google Drive -0.5, and when fewer than 85 % of
the plan's indicators are met -0.5 per unmet indicator. Due dates: step 1 29 Nov 2024,
step 3 17-31 Jan 2025, step 4 15-24 Sep 2025, step 5 30 Sep 2025.

- กองบริหารทรัพยากรบุคคล (กบค.): 1 on time, 2 = 7/7 (100 %), 3 on time (Drive),
  4 on time (Drive), 5 = 7 of 8 = 87.5 % >= 85 %  -> level 5, 5 - 0 = 5.00
- กองคลัง (กคล.): 1, 2 = 6/7 (85.71 %), 3 late on 3 Feb (-0.05), 4 on time through Dropbox
  (-0.5), 5 = 6 of 8 = 75 % < 85 % -> 2 unmet x 0.5 = -1
  -> level 5, 5 - 0.05 - 0.5 - 1 = 3.45
- กองแผนงาน (กผง.): 1, 2 = 6/7, 3 missing until 2 Oct (after 30 Sep, before the close: late,
  -0.05), 4 on time (Drive), 5 never -> level 4, 4 - 0.05 = 3.95
  (before 2 Oct its step 3 was missing: level 2 = 2.00 although step 4 was sent)
- ศูนย์สารสนเทศ (ศสท.): 1, 2 = 5/7 (71.42 % < 85 %: not passed) -> level 1, 1.00
- กลุ่มพัฒนาระบบบริหาร (กพร., the coordinator's unit): nothing sent -> level 0, 0.00
Organisation (mean of its units' scores): (5 + 3.45 + 3.95 + 1 + 0) / 5 = 13.40 / 5 = 2.68
  (on 1 Oct, before กองแผนงาน's late step 3: (5 + 3.45 + 2 + 1 + 0) / 5 = 11.45 / 5 = 2.29)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result

from bot.db.database import Database

PLAN = Path(__file__).resolve().parents[2] / "data" / "plans" / "mol_pmqa_2568.json"
ORG = "กรมการจัดหางาน"
SHORT = "กกจ."
GROUP = "C" + "d" * 32
COORDINATOR = "U" + "c" * 32
# (name, short name, alias, the member who speaks for it)
UNITS = [
    ("กองบริหารทรัพยากรบุคคล", "กบค.", "บุคคล", "U" + "a" * 32),
    ("กองคลัง", "กคล.", "การเงิน", "U" + "b" * 32),
    ("กองแผนงาน", "กผง.", "แผนงาน", "U" + "e" * 32),
    ("ศูนย์สารสนเทศ", "ศสท.", "ไอที", "U" + "f" * 32),
    ("กลุ่มพัฒนาระบบบริหาร", "กพร.", "พัฒนาระบบ", COORDINATOR),
]
HR, FIN, PLANNING, IT, OPD = (unit[0] for unit in UNITS)
MEMBER = {unit[0]: unit[3] for unit in UNITS}
DRIVE = "https://drive.google.com/drive/folders/"


def _ok(result: Result) -> str:
    assert result.exit_code == 0, result.output + result.stderr
    return result.output


@pytest.fixture
def db(upgraded: Database) -> Database:
    """An upgraded, empty database: no demo, no organisation."""
    return upgraded


def _missing(answer: str, step: int) -> str:
    """The block of an overdue list ("ใครยังไม่ส่ง") about one step ('' when not listed)."""
    blocks = answer.split("\n\n")
    return next((b for b in blocks if b.startswith(f"ขั้นตอนที่ {step} ")), "")


def test_a_new_organisation_walks_its_whole_fiscal_year(pmqa, db) -> None:
    def ask(user: str, text: str, day: str) -> str:
        return _ok(pmqa("ask", text, "--user", user, "--group", GROUP, "--today", day))

    def send(unit: str, text: str, day: str, *, user: str | None = None) -> str:
        """A confirmed write: the confirmation it asked for (the write is then stored)."""
        asked = ask(user or MEMBER[unit], text, day)
        assert "ยืนยันการบันทึก" in asked and f"หน่วยงาน: {unit}" in asked, asked
        assert "บันทึกแล้ว ✓" in ask(user or MEMBER[unit], "ยืนยัน", day)
        return asked

    def status(day: str) -> str:
        return _ok(pmqa("status", "--org", SHORT, "--today", day))

    # --- Set-up from nothing: the organisation, five units, the seed-003 indicator, members.
    assert (
        _ok(pmqa("org", "add", ORG, "--short-name", SHORT)) == f"เพิ่มหน่วยงาน {ORG} ({SHORT}) แล้ว\n"
    )
    for name, short, alias, _ in UNITS:
        _ok(pmqa("unit", "add", "--org", SHORT, name, "--short-name", short, "--alias", alias))
    assert _ok(pmqa("unit", "list", "--org", SHORT)).startswith(f"{ORG}: หน่วยงานย่อย 5 หน่วย")
    _ok(pmqa("import-plan", PLAN, "--org", SHORT))
    assert db.organisations.get(ORG).fiscal_year == 2568  # the plan's year, for ORG (was lost)
    _ok(pmqa("member", "add", COORDINATOR, "--org", SHORT, "--unit", "พัฒนาระบบ", "--coordinator"))
    _ok(pmqa("bind-group", GROUP, "--org", SHORT))
    for name, short, _, user in UNITS[:4]:
        assert f"เป็นสมาชิกของ {name} แล้ว ✓" in ask(user, f"ลงทะเบียน {short}", "2024-11-15")
    assert [db.members.get(u[3]).unit for u in UNITS] == [u[0] for u in UNITS]
    opening = status("2024-11-15")
    assert "คะแนนเฉลี่ย 0.00/5 (5 หน่วยงาน)" in opening

    # --- Step 1 (due 29 Nov 2024): four units on time, กพร. never.
    for unit in (HR, FIN, PLANNING, IT):
        send(unit, "ขั้นตอนที่ 1 ส่งแล้ว", "2024-11-20")
    overdue = ask(COORDINATOR, "ใครยังไม่ส่ง", "2024-12-02")
    assert "กำหนดส่ง 29 พ.ย. 2567 (เลยกำหนด 3 วัน)" in _missing(overdue, 1)
    assert "ยังไม่ส่ง 1 จาก 5 หน่วยงาน:\n• กลุ่มพัฒนาระบบบริหาร" in _missing(overdue, 1)
    # step 3's window opens 17 Jan: nobody is listed as missing it yet
    assert "ยังไม่เปิดรับ (เปิดรับ 17 ม.ค. 2568)" in _missing(overdue, 3)
    assert "ยังไม่ส่ง" not in _missing(overdue, 3)

    # --- Step 2: meetings attended, recorded by the coordinator (>= 85 % passes).
    for unit, attended in ((HR, 7), (FIN, 6), (PLANNING, 6)):
        send(unit, f"{unit} เข้าร่วม {attended} จาก 7 ครั้ง", "2025-01-10", user=COORDINATOR)
    below = send(IT, f"{IT} เข้าร่วม 5 จาก 7 ครั้ง", "2025-01-10", user=COORDINATOR)
    assert "เข้าร่วม: 5 จาก 7 ครั้ง (ร้อยละ 71.42)" in below
    assert "เข้าร่วมน้อยกว่าร้อยละ 85: ขั้นตอนที่ 2 ยังไม่ผ่าน" in below

    # --- Step 3 (17-31 Jan 2025): กบค. on time with its Drive folder; กคล. 3 days late.
    on_time = send(HR, f"ขั้นตอนที่ 3 ส่งแล้ว ครบ 3 มิติ {DRIVE}1Hr", "2025-01-20")
    assert "ช่องทาง: Google Drive" in on_time and f"เอกสาร: {DRIVE}1Hr" in on_time
    assert "หัก" not in on_time
    overdue = ask(COORDINATOR, "ใครยังไม่ส่ง", "2025-02-03")
    assert "(เลยกำหนด 3 วัน)" in _missing(overdue, 3)
    assert "ยังไม่ส่ง 4 จาก 5 หน่วยงาน:" in _missing(overdue, 3)
    assert HR not in _missing(overdue, 3)
    assert "ยังไม่ส่ง 1 จาก 5 หน่วยงาน" in _missing(overdue, 1)  # step 1 stays listed
    # step 4's window opens 15 Sep: not every unit listed as missing it (issue 8)
    assert "ยังไม่เปิดรับ (เปิดรับ 15 ก.ย. 2568)" in _missing(overdue, 4)
    assert "ยังไม่ส่ง" not in _missing(overdue, 4)
    overview = ask(COORDINATOR, "สถานะ", "2025-02-03")  # 29 Nov 2024 -> 3 Feb 2025: 66 days
    assert "เลยกำหนด: ขั้นตอนที่ 1 (66 วัน, 1 หน่วยงาน), ขั้นตอนที่ 3 (3 วัน, 4 หน่วยงาน)" in overview
    assert "เลยกำหนด: ขั้นตอนที่ 3 (3 วัน)" in ask(COORDINATOR, "การเงินถึงไหนแล้ว", "2025-02-03")
    late = send(FIN, f"ขั้นตอนที่ 3 ส่งแล้ว ครบ 3 มิติ {DRIVE}1Fin", "2025-02-03")
    assert "ช้ากว่ากำหนด 31 ม.ค. 2568 (หัก 0.05 คะแนน)" in late
    overdue = ask(COORDINATOR, "ใครยังไม่ส่ง", "2025-02-04")
    assert "ยังไม่ส่ง 3 จาก 5 หน่วยงาน:\n• กองแผนงาน\n• ศูนย์สารสนเทศ\n• กลุ่มพัฒนาระบบบริหาร" in (
        _missing(overdue, 3)
    )

    # --- September, before step 4's window: step 3 still overdue, step 4 names nobody.
    overdue = ask(COORDINATOR, "ใครยังไม่ส่ง", "2025-09-10")
    assert "(เลยกำหนด 222 วัน)" in _missing(overdue, 3)  # 31 Jan -> 10 Sep 2025
    assert "ยังไม่ส่ง 3 จาก 5 หน่วยงาน" in _missing(overdue, 3)
    assert "ยังไม่เปิดรับ (เปิดรับ 15 ก.ย. 2568)" in _missing(overdue, 4)
    assert "ยังไม่ส่ง" not in _missing(overdue, 4)

    # --- Step 4 (15-24 Sep 2025): on time; one through Dropbox (-0.5); one without step 3.
    send(HR, "ขั้นตอนที่ 4 ส่งแล้ว https://drive.google.com/file/d/1Hr4/view", "2025-09-16")
    dropbox = send(FIN, "ขั้นตอนที่ 4 ส่งแล้ว https://www.dropbox.com/s/Fin4.pdf", "2025-09-17")
    assert "ช่องทาง: ลิงก์อื่นที่ไม่ใช่ Google Drive" in dropbox
    assert "ต้องส่งทาง Google Drive (หัก 0.5 คะแนน)" in dropbox
    send(PLANNING, "ขั้นตอนที่ 4 ส่งแล้ว https://drive.google.com/file/d/1Pl4/view", "2025-09-18")
    unit = _ok(pmqa("status", "--org", SHORT, "--unit", "การเงิน", "--today", "2025-09-17"))
    assert "เอกสาร: https://www.dropbox.com/s/Fin4.pdf" in unit  # the link, for the coordinator
    assert "ไม่ได้ส่งผ่าน Google Drive −0.5" in unit
    overdue = ask(COORDINATOR, "ใครยังไม่ส่ง", "2025-09-25")
    assert "กำหนดส่ง 15–24 ก.ย. 2568 (เลยกำหนด 1 วัน)" in _missing(overdue, 4)
    assert "ยังไม่ส่ง 2 จาก 5 หน่วยงาน:\n• ศูนย์สารสนเทศ\n• กลุ่มพัฒนาระบบบริหาร" in (_missing(overdue, 4))
    assert "ยังไม่ส่ง 3 จาก 5 หน่วยงาน" in _missing(overdue, 3)
    assert "ยังไม่ส่ง 5 จาก 5 หน่วยงาน" in _missing(overdue, 5)  # due 30 Sep, open

    # --- Step 5 (30 Sep 2025) from the plan's own indicators.
    met = send(HR, "บรรลุ 7 จาก 8 ตัวชี้วัด", "2025-09-30")
    assert "บรรลุค่าเป้าหมาย: 7 จาก 8 ตัวชี้วัด (ร้อยละ 87.5)" in met and "หัก" not in met
    unmet = send(FIN, "บรรลุ 6 จาก 8 ตัวชี้วัด", "2025-09-30")
    assert "บรรลุค่าเป้าหมาย: 6 จาก 8 ตัวชี้วัด (ร้อยละ 75)" in unmet
    assert "(ต่ำกว่าร้อยละ 85) (หัก 1 คะแนน)" in unmet

    # --- Year end (after 30 Sep): the summary stands; who never sent what.
    year_end = ask(COORDINATOR, "ใครยังไม่ส่ง", "2025-10-01")
    assert "สิ้นปีงบประมาณ 2568 แล้ว" in year_end
    assert "ยังไม่ส่ง 3 จาก 5 หน่วยงาน" in _missing(year_end, 5)
    assert "(เลยกำหนด 1 วัน)" in _missing(year_end, 5)
    summary = status("2025-10-01")
    assert "สิ้นปีงบประมาณ 2568 แล้ว: สรุปผลสิ้นปี" in summary
    assert "คะแนนเฉลี่ย 2.29/5 (5 หน่วยงาน)" in summary  # (5 + 3.45 + 2 + 1 + 0) / 5
    assert f"- {PLANNING}: ระดับ 2 คะแนน 2.00" in summary  # step 4 sent, step 3 missing

    # A late step after 30 Sep is still recorded until the year is closed.
    late = send(PLANNING, f"ขั้นตอนที่ 3 ส่งแล้ว ครบ 3 มิติ {DRIVE}1Pl", "2025-10-02")
    assert "หัก 0.05 คะแนน" in late

    # --- Year close: only the coordinator, confirmed.
    assert "บันทึกได้เฉพาะผู้ประสานงาน" in ask(MEMBER[HR], "ปิดปีงบประมาณ", "2025-10-06")
    asked = ask(COORDINATOR, "ปิดปีงบประมาณ", "2025-10-06")
    assert "ยืนยันการปิดปีงบประมาณ" in asked, asked
    assert "ตัวชี้วัด 1: ระดับเฉลี่ย 2.68/5" in asked  # the final summary, restated
    assert f"ไม่ได้ส่งขั้นตอนที่ 5: {PLANNING}, {IT}, {OPD}" in asked
    assert "ปิดปีงบประมาณ 2568 แล้ว ✓" in ask(COORDINATOR, "ยืนยัน", "2025-10-06")
    (close,) = db.organisations.get(ORG).year_closes
    assert (close.fiscal_year, close.closed_by) == (2568, COORDINATOR)
    refused = ask(MEMBER[IT], "ขั้นตอนที่ 4 ส่งแล้ว", "2025-10-07")
    assert "ปีงบประมาณ 2568 ปิดแล้ว บันทึกเพิ่มไม่ได้ครับ" in refused

    # --- The final, hand-computed levels and scores (see the module docstring).
    final = status("2025-11-03")
    assert "ปีงบประมาณ 2568 ปิดแล้ว (6 ต.ค. 2568)" in final
    assert "คะแนนเฉลี่ย 2.68/5 (5 หน่วยงาน)" in final  # 13.40 / 5
    assert f"- {HR}: ระดับ 5 คะแนน 5.00\n" in final
    assert (
        f"- {FIN}: ระดับ 5 คะแนน 3.45 (หัก ส่งช้า/ไม่ครบ −0.05, ไม่ได้ส่งผ่าน Google Drive −0.5, " in final
    )
    assert "บรรลุค่าเป้าหมาย 6/8 ตัวชี้วัด (ต่ำกว่าร้อยละ 85) −1)" in final
    assert f"- {PLANNING}: ระดับ 4 คะแนน 3.95 (หัก ส่งช้า/ไม่ครบ −0.05)" in final
    assert f"- {IT}: ระดับ 1 คะแนน 1.00 (ขั้นตอนที่ 2 ยังไม่ผ่านเกณฑ์)" in final
    assert f"- {OPD}: ระดับ 0 คะแนน 0.00" in final
