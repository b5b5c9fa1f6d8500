"""``POST /callback``: verify LINE's signature on the raw body, read the events, handle each in
its own unit of work, answer.

Answers: 413 for a body over ``MAX_BODY`` (read no further), 400 for a missing or wrong
signature and for any malformed body, 503 when the database failed (events before the failing
one are committed and de-duplicated when LINE delivers the request again; the failing one and
those after it are handled then), 200 otherwise. Never 500.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging

from flask import Flask, Response, request

from bot.line.inbound import EventProcessor, RetryLater, describe
from bot.web.payload import BadPayload, read_payload

log = logging.getLogger(__name__)
MAX_BODY = 1_000_000  # bytes; LINE's webhooks are a few KB, 500 events well under this


def signature_ok(secret: str, body: bytes, signature: str) -> bool:
    """LINE's HMAC-SHA256 of the raw bytes, compared in constant time."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest), signature.encode("utf-8", "replace"))


def register_webhook(app: Flask, secret: str, processor: EventProcessor) -> None:
    """Add the webhook route."""

    @app.post("/callback")
    def callback() -> Response:
        """LINE's webhook: every event handled (or refused) before answering."""
        body = _body()
        if body is None:
            log.warning("webhook refused: body over %d bytes", MAX_BODY)
            return Response("payload too large", status=413)
        signature = request.headers.get("X-Line-Signature", "")
        if not signature or not secret or not signature_ok(secret, body, signature):
            log.warning("webhook refused: missing or invalid signature")
            return Response("invalid signature", status=400)
        try:
            payload = read_payload(body)
        except BadPayload as exc:
            log.warning("webhook refused: %s", exc)
            return Response("bad request", status=400)
        for event in payload.events:
            try:
                processor.handle(event)
            except RetryLater:
                return Response("try again later", status=503, headers={"Retry-After": "1"})
            except Exception as exc:  # a bug outside the unit of work: never a 500
                log.error("event handling crashed: %s", describe(exc))
        return Response("OK", status=200)


def _body() -> bytes | None:
    """The raw body, read no further than ``MAX_BODY``; ``None`` when it is longer."""
    if (request.content_length or 0) > MAX_BODY:
        return None
    chunks, size = [], 0
    while size <= MAX_BODY:
        chunk = request.stream.read(MAX_BODY + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return None if size > MAX_BODY else b"".join(chunks)
