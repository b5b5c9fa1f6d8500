"""Evidence and the plan's indicators typed in chat, confirmed, and stored on each database:
the links exactly as typed, the counts, who wrote them from which event, the data version bumped.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from bot.composition import Services, build_services
from bot.settings import Settings
from handlers.context import Chat, ChatKind, Incoming
from handlers.conversation import respond
from handlers.render_text import render_reply
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Documents
from kpi_core.status import build_status

MOL = "สำนักงานปลัดกระทรวงแรงงาน"
GROUP = Chat(ChatKind.GROUP, "Cd0000000000000000000000000000001")
SOMYING = "Ud0000000000000000000000000000003"  # กองการเจ้าหน้าที่
DRIVE = "https://drive.google.com/drive/folders/1AbC-dEf_GhI?usp=sharing"


@pytest.fixture
def services(demo_database_url: str) -> Iterator[Services]:
    built = build_services(Settings.from_env({"DATABASE_URL": demo_database_url}))
    yield built
    built.close()


def say(services: Services, text: str, event: str, day: date) -> str:
    now = datetime.combine(day, time(9, 30), BANGKOK)
    reply = respond(Incoming(text, GROUP, SOMYING, event), services.ports(offline=True), now)
    return render_reply(reply)


def test_a_step_with_its_link_and_step_five_are_stored_with_their_origin(
    services: Services,
) -> None:
    db = services.db
    before = db.organisations.version(MOL)
    january, september = date(2025, 1, 28), date(2025, 9, 30)
    say(services, f"ขั้นตอนที่ 3 ส่งแล้ว ครบ 3 มิติ {DRIVE} ครับ", "ev-1", january)
    assert "บันทึกแล้ว" in say(services, "ยืนยัน", "ev-2", january)
    say(services, "ขั้นตอนที่ 4 ส่งแล้ว ยังไม่มีเอกสารประกอบ", "ev-3", date(2025, 9, 20))
    assert "บันทึกแล้ว" in say(services, "ยืนยัน", "ev-4", date(2025, 9, 20))
    say(services, "บรรลุ 6 จาก 8 ตัวชี้วัด", "ev-5", september)
    assert "บันทึกแล้ว" in say(services, "ยืนยัน", "ev-6", september)

    rows = [r for r in db.submissions.list(MOL) if r.unit == "กองการเจ้าหน้าที่" and r.step]
    three, four, five = (next(r for r in rows if r.step == n and r.submitted_by) for n in (3, 4, 5))
    assert (three.links, three.channel, three.documents) == (
        (DRIVE,),
        "google_drive",
        Documents.COMPLETE,
    )
    assert (three.submitted_by, three.source_event_id) == (SOMYING, "ev-2")
    assert four.documents is Documents.MISSING and four.links == ()
    assert (five.plan_met, five.plan_total, five.source_event_id) == (6, 8, "ev-6")
    assert db.organisations.version(MOL) > before

    # By hand: levels 1-5 reached; -0.5 (step 4 without documents) -1 (two unmet of 8) = 3.50.
    org = db.organisations.get(MOL)
    assert org is not None
    status = build_status(
        org, db.submissions.list(MOL), today=date(2025, 10, 1), unit="กองการเจ้าหน้าที่"
    )
    (progress,) = status.indicators[0].milestones.units
    assert (progress.result.level, progress.result.score) == (5, Decimal("3.50"))
