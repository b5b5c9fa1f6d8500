"""``POST /callback``: verify LINE's signature on the raw body, parse, handle, answer 200 fast."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging

from flask import Flask, Response, request
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError

from bot.line.inbound import EventProcessor

log = logging.getLogger(__name__)


def signature_ok(secret: str, body: bytes, signature: str) -> bool:
    """LINE's HMAC-SHA256 of the raw bytes, compared in constant time."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest), signature.encode("utf-8", "replace"))


def register_webhook(app: Flask, secret: str, processor: EventProcessor) -> None:
    """Add the webhook route; every event of a request is handled before answering."""
    parser = WebhookParser(secret)

    @app.post("/callback")
    def callback() -> Response:
        """LINE's webhook: 400 on a missing or wrong signature, else 200 once events are handled."""
        signature = request.headers.get("X-Line-Signature", "")
        body = request.get_data(cache=False)
        if not signature or not secret or not signature_ok(secret, body, signature):
            log.warning("webhook refused: missing or invalid signature")
            return Response("invalid signature", status=400)
        try:
            events = parser.parse(body.decode("utf-8"), signature)
        except (InvalidSignatureError, UnicodeDecodeError, ValueError) as exc:
            log.warning("webhook refused: %s", exc.__class__.__name__)
            return Response("bad request", status=400)
        for event in events:
            processor.handle(event)
        return Response("OK", status=200)
