"""The desk's protections that are not about who you are: headers, CSRF and same-origin posts."""

from __future__ import annotations

import hmac
import secrets

from flask import Response, request, session

CSRF_FIELD = "csrf"
# No script at all, no inline style, nothing from another origin, never inside a frame.
CSP = (
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # A login link never leaks to another site; "no-referrer" would make posts say Origin: null.
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def secure_headers(response: Response) -> Response:
    """Add the security headers; pages are never cached, static files briefly."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if request.endpoint == "desk.static":
        response.headers["Cache-Control"] = "private, max-age=3600"
    else:
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def csrf_token() -> str:
    """The session's CSRF token (made once per session)."""
    token = session.get(CSRF_FIELD)
    if not token:
        token = secrets.token_urlsafe(32)
        session[CSRF_FIELD] = token
    return str(token)


def same_origin() -> bool:
    """A post from our own pages: its Origin (when the browser sends one) is this host."""
    origin = request.headers.get("Origin")
    return origin is None or origin == request.host_url.rstrip("/")


def csrf_ok() -> bool:
    """The posted form carries the session's token, from a page of this host."""
    sent = request.form.get(CSRF_FIELD, "")
    known = session.get(CSRF_FIELD, "")
    return bool(sent and known) and hmac.compare_digest(sent, known) and same_origin()
