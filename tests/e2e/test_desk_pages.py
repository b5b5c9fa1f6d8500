"""The desk's pages, the workbook from the page and the chart picture, on each database; and the
chat's way in: a signed webhook asks for the link, LINE (the fake) receives it, it opens."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import timedelta

import openpyxl
import pytest

from bot.web.desk.links import CHART_LIFETIME
from tests.e2e.desk_world import BASE, COORDINATOR, Desk, open_desk
from tests.fakes.fake_line import FakeLineServer
from tests.fakes.webhook_events import body, sign, text_event

GROUP = "Cd0000000000000000000000000000001"


@pytest.fixture
def desk(demo_database_url: str, line_server: FakeLineServer) -> Iterator[Desk]:
    with open_desk(demo_database_url, line_server) as opened:
        yield opened


def _page(desk: Desk, path: str) -> str:
    response = desk.get(path)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_data(as_text=True)


def test_the_overview_shows_the_grid_deadlines_scores_and_the_chart(desk: Desk) -> None:
    page = desk.sign_in().get_data(as_text=True)
    assert "41.50%" in page and "2.08/5" in page  # the total and the mean level
    assert "ภายใน 31 ม.ค. 2568 (อีก 3 วัน, 4 วันทำการ)" in page  # the next deadline
    assert page.count('class="cell state-') == 6 * 5  # six units × five steps
    assert 'href="/desk/unit/4">กองคลัง</a>' in page
    assert "แผนขาดมิติ 1 มิติ −0.5" in page and "ส่งช้า" in page
    assert '<svg class="chart"' in page and "ระดับ 3 · 2.50" in page


def test_a_unit_page_shows_its_steps_evidence_deductions_and_history(desk: Desk) -> None:
    desk.sign_in()
    page = _page(desk, "/desk/unit/4")
    assert '<h1 id="unit-name">กองคลัง</h1>' in page
    assert "Google Drive" in page and "87.5%" in page  # the channel and the attendance
    assert "ขั้นตอนที่ 3: แผนขาดมิติ 1 มิติ −0.5" in page
    assert page.count("<tr><td>") >= 3  # three submissions in its history


def test_a_report_organisation_shows_its_items_criteria_and_pmqa_band(
    demo_database_url: str, line_server: FakeLineServer
) -> None:
    with open_desk(demo_database_url, line_server) as desk:
        bureau = desk.services.db.organisations.get("สำนักงบประมาณ")
        assert bureau is not None
        from kpi_core.models import Member

        desk.services.db.members.save(Member("U" + "b" * 32, bureau.name))
        desk.sign_in("U" + "b" * 32)
        overview = _page(desk, "/desk/")
        assert '<svg class="band"' in overview and "395.50" in overview
        page = _page(desk, "/desk/indicators")
        assert "ประเด็นการประเมินและผล" in page and "(ใช้กลุ่มนี้)" in page
        assert "กลุ่มที่ 2" in page


def test_the_audit_trail_lists_every_write_and_filters_by_unit(desk: Desk) -> None:
    desk.sign_in()
    every = _page(desk, "/desk/audit")
    assert "แสดง 18 จาก 18 รายการ" in every
    assert "ลงทะเบียน" in every and "ผูกกลุ่ม" in every
    one = _page(desk, "/desk/audit?unit=กองคลัง&step=3&since=2025-01-01&until=2025-01-31")
    assert "แสดง 1 จาก 1 รายการ" in one and "ขั้นตอนที่ 3 ส่ง 27 ม.ค. 2568" in one
    nonsense = _page(desk, "/desk/audit?unit=<script>&step=x&since=never")
    assert "แสดง 18 จาก 18 รายการ" in nonsense and "<script>" not in nonsense
    assert '<form method="post"' not in every.split("<main>")[1]  # nothing to edit or delete


def test_the_export_button_downloads_the_workbook(desk: Desk) -> None:
    desk.sign_in()
    response = desk.post("/desk/export", csrf=desk.csrf())
    assert response.status_code == 200
    assert "attachment; filename=pmqa-2025-01-28.xlsx" in response.headers["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.data))
    assert book.sheetnames == ["สรุปตัวชี้วัด", "สถานะหน่วยงาน", "บันทึกการเปลี่ยนแปลง"]


def test_the_chart_picture_is_served_by_its_signed_address_until_it_expires(desk: Desk) -> None:
    url = desk.services.desk_links().chart_link(
        "สำนักงานปลัดกระทรวงแรงงาน", today=desk.clock().date()
    )
    assert url is not None and url.startswith(f"{BASE}/desk/chart/")
    picture = desk.browser().get(url.removeprefix(BASE), base_url=BASE)  # LINE has no cookie
    assert picture.status_code == 200 and picture.mimetype == "image/png"
    assert picture.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert desk.get("/desk/chart/forged.png").status_code == 404
    desk.clock.now += CHART_LIFETIME + timedelta(seconds=1)
    assert desk.get(url.removeprefix(BASE)).status_code == 404


def _say(desk: Desk, line_server: FakeLineServer, text: str, group: str | None) -> str:
    raw = body(text_event(text, group=group, user=COORDINATOR, mention_self=bool(group)))
    headers = {"X-Line-Signature": sign(raw)}
    response = desk.client.post(
        "/callback", data=raw, headers=headers, content_type="application/json"
    )
    assert response.status_code == 200
    desk.services.outbox.drain(10)
    replies = line_server.replies()
    return str(replies[-1].messages[0])  # the answer; a due reminder may ride after it


def test_the_link_asked_for_in_a_one_to_one_chat_opens_the_desk(
    desk: Desk, line_server: FakeLineServer
) -> None:
    sent = _say(desk, line_server, "ขอลิงก์แดชบอร์ด", None)
    link = re.search(rf"{re.escape(BASE)}(/desk/login/[\w.\-]+)", sent)
    assert link is not None, sent
    assert desk.post(link.group(1)).status_code == 303
    assert "กองคลัง" in _page(desk, "/desk/")


def test_the_chart_asked_for_in_the_group_reaches_line_as_a_picture(
    desk: Desk, line_server: FakeLineServer
) -> None:
    sent = _say(desk, line_server, "ภาพรวมเป็นกราฟ", GROUP)
    assert "'type': 'image'" in sent and f"{BASE}/desk/chart/" in sent
    assert line_server.violations == []
