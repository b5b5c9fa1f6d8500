"""The desk as a Flask blueprint under ``/desk``; without ``PMQA_SECRET_KEY`` it is closed."""

from __future__ import annotations

from flask import Blueprint, Flask

from bot.composition import Services
from bot.web.desk.auth import SESSION_LIFETIME, message, register_auth
from bot.web.desk.downloads import register_downloads
from bot.web.desk.pages import register_pages
from bot.web.desk.security import secure_headers
from handlers.formatting import short_id

CLOSED = "แดชบอร์ดยังไม่เปิดใช้: ผู้ดูแลระบบต้องตั้งค่า PMQA_SECRET_KEY ก่อน"


def register_desk(app: Flask, services: Services) -> None:
    """Add the desk's pages, sessions and files to ``app``."""
    secret = services.settings.secret_key
    app.config.update(
        SECRET_KEY=secret or None,
        SESSION_COOKIE_NAME="pmqa_desk",
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_PATH="/desk",
        PERMANENT_SESSION_LIFETIME=SESSION_LIFETIME,
        SESSION_REFRESH_EACH_REQUEST=False,
    )
    desk = Blueprint(
        "desk",
        __name__,
        url_prefix="/desk",
        template_folder="templates",
        static_folder="static",
    )
    desk.after_request(secure_headers)
    desk.add_app_template_filter(short_id, "short")
    if not secret:

        @desk.route("/", defaults={"path": ""}, methods=["GET", "POST"])
        @desk.route("/<path:path>", methods=["GET", "POST"])
        def closed(path: str) -> tuple[str, int]:
            """Every desk address, while no secret signs its links and sessions."""
            return message(CLOSED, 503)

    else:
        register_auth(desk, services)
        register_pages(desk, services)
        register_downloads(desk, services)
    app.register_blueprint(desk)
