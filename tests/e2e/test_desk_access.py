"""Who gets into the desk, on each database: links that are used, expired, reused or forged,
sessions that end, and members who try to reach another organisation by changing a URL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from itsdangerous import URLSafeTimedSerializer

from bot.web.desk.links import LOGIN_SALT
from tests.e2e.desk_world import BASE, COORDINATOR, PATHUM, SOMCHAI, Desk, open_desk
from tests.fakes.fake_line import FakeLineServer

PAGES = ("/desk/", "/desk/unit/1", "/desk/indicators", "/desk/audit")


@pytest.fixture
def desk(demo_database_url: str, line_server: FakeLineServer) -> Iterator[Desk]:
    with open_desk(demo_database_url, line_server) as opened:
        yield opened


def test_opening_a_link_shows_a_button_and_only_pressing_it_signs_in(desk: Desk) -> None:
    link = desk.link()
    shown = desk.get(link)  # what LINE's link preview would fetch: nothing is used up
    assert shown.status_code == 200 and "เข้าสู่แดชบอร์ด" in shown.get_data(as_text=True)
    assert "Set-Cookie" not in shown.headers
    pressed = desk.post(link)
    assert pressed.status_code == 303 and pressed.headers["Location"] == "/desk/"
    cookie = pressed.headers["Set-Cookie"]
    assert all(flag in cookie for flag in ("Secure", "HttpOnly", "SameSite=Lax", "Path=/desk"))
    page = desk.get("/desk/").get_data(as_text=True)
    assert "สำนักงานปลัดกระทรวงแรงงาน (สป.รง.)" in page and "ขั้นตอนที่ 3" in page


def test_a_used_link_is_refused_the_second_time(desk: Desk) -> None:
    link = desk.link()
    assert desk.post(link).status_code == 303
    other = desk.browser()
    again = other.post(link, base_url=BASE)
    assert again.status_code == 403 and "ใช้ไม่ได้แล้ว" in again.get_data(as_text=True)


@pytest.mark.parametrize("minutes", [10.5, 60 * 24])
def test_an_expired_link_is_refused(desk: Desk, minutes: float) -> None:
    link = desk.link()
    desk.clock.forward(minutes=minutes)
    assert desk.get(link).status_code == 403
    assert desk.post(link).status_code == 403


def test_a_forged_or_altered_link_is_refused(desk: Desk) -> None:
    link = desk.link()
    token = link.rsplit("/", 1)[1]
    altered = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
    other_secret = URLSafeTimedSerializer("not-our-secret-" * 4, salt=LOGIN_SALT)
    forged = other_secret.dumps({"n": "guess", "u": COORDINATOR})
    for path in (f"/desk/login/{altered}", f"/desk/login/{forged}", "/desk/login/x"):
        assert desk.post(path).status_code == 403, path
    assert desk.post(link).status_code == 303  # the genuine one still works


def test_a_link_that_names_another_user_cannot_be_made_without_the_secret(desk: Desk) -> None:
    link = desk.link(SOMCHAI)
    token = link.rsplit("/", 1)[1]
    payload, _, signature = token.rpartition(".")
    assert desk.post(f"/desk/login/{payload}x.{signature}").status_code == 403


def test_no_page_without_a_session(desk: Desk) -> None:
    for path in PAGES:
        response = desk.get(path)
        assert response.status_code == 401, path
        assert "ขอลิงก์แดชบอร์ด" in response.get_data(as_text=True)
    assert desk.post("/desk/export").status_code == 400  # no form token either


def test_a_session_ends_after_four_hours(desk: Desk) -> None:
    assert desk.sign_in().status_code == 200
    desk.clock.forward(hours=4, minutes=1)
    assert desk.get("/desk/").status_code == 401


def test_signing_out_ends_the_session(desk: Desk) -> None:
    desk.sign_in()
    assert desk.post("/desk/logout", csrf=desk.csrf()).status_code == 303
    assert desk.get("/desk/").status_code == 401


def test_a_member_of_one_organisation_never_sees_another(desk: Desk) -> None:
    page = desk.sign_in(PATHUM).get_data(as_text=True)
    assert "ปทุมธานี" in page and "สำนักงานปลัดกระทรวงแรงงาน" not in page
    assert desk.get("/desk/unit/1").status_code == 404  # ปทุมธานี has no units; สป.รง. does
    indicators = desk.get("/desk/indicators").get_data(as_text=True)
    assert "ระดับความสำเร็จของการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0" not in indicators


def test_a_member_sees_every_unit_of_their_organisation_but_not_the_audit_or_exports(
    desk: Desk,
) -> None:
    desk.sign_in(SOMCHAI)
    assert "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร" in desk.get("/desk/unit/6").get_data(as_text=True)
    assert desk.get("/desk/unit/7").status_code == 404
    assert desk.get("/desk/audit").status_code == 403
    assert desk.post("/desk/export", csrf=desk.csrf()).status_code == 403
    assert "ส่งออก Excel" not in desk.get("/desk/").get_data(as_text=True)


def test_a_member_moved_to_another_organisation_loses_the_session(desk: Desk) -> None:
    from dataclasses import replace

    desk.sign_in(SOMCHAI)
    member = desk.services.db.members.get(SOMCHAI)
    assert member is not None
    desk.services.db.members.save(replace(member, organisation="ปทุมธานี", unit=None))
    assert desk.get("/desk/").status_code == 403


def test_a_form_without_its_token_or_from_another_site_is_refused(desk: Desk) -> None:
    desk.sign_in()
    assert desk.post("/desk/export").status_code == 400
    assert desk.post("/desk/export", csrf="wrong").status_code == 400
    foreign = desk.client.post(
        "/desk/export",
        data={"csrf": desk.csrf()},
        base_url=BASE,
        headers={"Origin": "https://evil.test"},
    )
    assert foreign.status_code == 400


def test_every_desk_response_carries_the_security_headers(desk: Desk) -> None:
    for response in (desk.get(desk.link()), desk.get("/desk/"), desk.sign_in()):
        headers = response.headers
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "script-src" not in headers["Content-Security-Policy"]  # default-src 'none'
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
        assert headers["Cache-Control"] == "no-store"
        assert headers["Strict-Transport-Security"].startswith("max-age=")


def test_without_a_secret_the_desk_is_closed(
    demo_database_url: str, line_server: FakeLineServer
) -> None:
    with open_desk(demo_database_url, line_server, PMQA_SECRET_KEY="") as closed:
        assert closed.services.desk_links().login_link(COORDINATOR, "x", now=closed.clock()) is None
        for path in ("/desk/", "/desk/login/anything", "/desk/audit"):
            response = closed.get(path)
            assert response.status_code == 503
            assert "PMQA_SECRET_KEY" in response.get_data(as_text=True)
