"""Files from the desk: the coordinator's workbook, and chart pictures for LINE."""

from __future__ import annotations

import io
import logging
from datetime import date

from flask import Blueprint, Response, send_file

from bot.composition import Services
from bot.export.build import export_organisation, file_name
from bot.web.desk.auth import message, visitor
from bot.web.desk.links import CHART_LIFETIME, CHART_SALT, Tokens
from handlers.common import status_of
from handlers.desk_permissions import DeskAct
from handlers.desk_view import level_chart
from handlers.ports import StorageError

log = logging.getLogger(__name__)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
GONE = "ภาพนี้หมดอายุแล้ว พิมพ์ 'กราฟ' ในแชทเพื่อขอภาพใหม่"


def register_downloads(desk: Blueprint, services: Services) -> None:
    """Add the export and the chart picture to the desk blueprint."""
    tokens = Tokens(services.settings.secret_key, services.now)

    @desk.post("/export")
    def export() -> Response:
        """The organisation's workbook (coordinator only; the form carries the CSRF token)."""
        v = visitor(services, DeskAct.EXPORT)
        buffer = io.BytesIO()
        export_organisation(services, v.organisation, buffer, "xlsx")
        buffer.seek(0)
        name = file_name(v.organisation, services)
        return send_file(buffer, mimetype=XLSX, as_attachment=True, download_name=name)

    @desk.get("/chart/<token>.png")
    def chart(token: str) -> Response | tuple[str, int]:
        """The chart picture a chat message points at: the signed token is the only key."""
        from bot.charts.png import chart_png

        payload = tokens.loads(CHART_SALT, token, CHART_LIFETIME)
        if payload is None:
            return message(GONE, 404)
        ports = services.ports(offline=True)
        try:
            status = status_of(ports, payload["o"], None, today=date.fromisoformat(payload["d"]))
        except (StorageError, ValueError, KeyError):
            return message(GONE, 404)
        drawn = level_chart(status)
        if drawn is None:
            return message(GONE, 404)
        response = Response(chart_png(drawn), mimetype="image/png")
        response.headers["Cache-Control"] = "private, max-age=600"
        return response
