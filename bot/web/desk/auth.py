"""Signing in to the desk: a single-use link opens a session bound to one LINE member.

Opening the link shows a button; only pressing it (a POST) uses the link, so the preview
LINE fetches for a link in a chat cannot burn it. The session is Flask's signed cookie
(Secure, HttpOnly, SameSite=Lax) and ends after ``SESSION_LIFETIME`` whatever happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import (
    Blueprint,
    abort,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from bot.composition import Services
from bot.web.desk.links import LOGIN_LIFETIME, LOGIN_SALT, Tokens
from bot.web.desk.security import csrf_ok, csrf_token, same_origin
from handlers.desk_permissions import DeskAct, desk_refusal
from kpi_core.models import Member

SESSION_LIFETIME = timedelta(hours=4)
BAD_LINK = (
    "ลิงก์นี้ใช้ไม่ได้แล้ว (หมดอายุ ถูกใช้ไปแล้ว หรือไม่ถูกต้อง)\nขอลิงก์ใหม่ในแชทส่วนตัวกับบอท: พิมพ์ 'ขอลิงก์แดชบอร์ด'"
)
BAD_FORM = "แบบฟอร์มหมดอายุหรือไม่ได้มาจากหน้านี้ โปรดเปิดหน้าใหม่แล้วลองอีกครั้ง"


@dataclass(frozen=True)
class Visitor:
    """The signed-in member and the organisation their session is for."""

    member: Member
    organisation: str


def message(text: str, status: int) -> tuple[str, int]:
    """A page that only says something (errors, refusals)."""
    return render_template("desk/message.html", text=text), status


def register_auth(desk: Blueprint, services: Services) -> None:
    """Add the login, logout and CSRF checks to the desk blueprint."""
    tokens = Tokens(services.settings.secret_key, services.now)

    @desk.before_request
    def check_form() -> tuple[str, int] | None:
        if request.method == "POST" and request.endpoint != "desk.login" and not csrf_ok():
            return message(BAD_FORM, 400)
        return None

    @desk.route("/login/<token>", methods=["GET", "POST"])
    def login(token: str) -> Response | tuple[str, int]:
        """GET shows the button; POST uses the link once and opens the session."""
        payload = tokens.loads(LOGIN_SALT, token, LOGIN_LIFETIME)
        if payload is None:
            return message(BAD_LINK, 403)
        if request.method == "GET":
            return render_template("desk/login.html"), 200
        now = services.now()
        used = same_origin() and services.db.desk_logins.use(payload["n"], payload["u"], now=now)
        member = services.db.members.get(payload["u"]) if used else None
        if not used or member is None or member.organisation != used:
            return message(BAD_LINK, 403)
        session.clear()
        session.permanent = True
        session.update(u=member.line_user_id, o=used, at=now.timestamp())
        csrf_token()
        return redirect(url_for("desk.overview"), 303)

    @desk.post("/logout")
    def logout() -> Response:
        """End the session."""
        session.clear()
        return redirect(url_for("desk.signed_out"), 303)

    @desk.get("/signed-out")
    def signed_out() -> tuple[str, int]:
        """Where a closed session lands."""
        return message("ออกจากระบบแล้ว", 200)


def visitor(services: Services, act: DeskAct) -> Visitor:
    """The signed-in member allowed to do ``act``; otherwise the request ends with a refusal."""
    user, organisation, at = session.get("u"), session.get("o"), session.get("at")
    now = services.now()
    fresh = isinstance(at, int | float) and now - _moment(at) < SESSION_LIFETIME
    member = services.db.members.get(user) if user and fresh else None
    why = desk_refusal(member, organisation if member else None, act)
    if why is not None:
        if member is None:
            session.clear()
        abort(make_response(*message(why, 403 if member else 401)))
    assert member is not None and organisation is not None
    return Visitor(member, organisation)


def _moment(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC)
