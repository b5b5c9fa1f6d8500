"""The line-bot-sdk's canonical echo bot (examples/flask-echo/app.py), the floor for the bench.

Copied from github.com/line/line-bot-sdk-python as it is, with two changes a benchmark needs:
the v3 ``WebhookParser`` import (the example's v2 import warns on every start) and the API
host read from ``LINE_API_BASE_URL`` so the reply goes to the bench's local LINE server.
Run: gunicorn -w 2 bench.echo_bot:app
"""

import os
import sys

from flask import Flask, abort, request
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import (
    ApiClient,
    Configuration,
    MessagingApi,
    ReplyMessageRequest,
    TextMessage,
)
from linebot.v3.webhooks import MessageEvent, TextMessageContent

app = Flask(__name__)

channel_secret = os.getenv("LINE_CHANNEL_SECRET", None)
channel_access_token = os.getenv("LINE_CHANNEL_ACCESS_TOKEN", None)
if channel_secret is None or channel_access_token is None:
    print("Specify LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN as environment variables.")
    sys.exit(1)

parser = WebhookParser(channel_secret)
configuration = Configuration(
    access_token=channel_access_token, host=os.getenv("LINE_API_BASE_URL", "https://api.line.me")
)


@app.route("/callback", methods=["POST"])
def callback() -> str:
    """Echo every text message back with the reply token."""
    signature = request.headers["X-Line-Signature"]
    body = request.get_data(as_text=True)
    app.logger.info("Request body: " + body)
    try:
        events = parser.parse(body, signature)
    except InvalidSignatureError:
        abort(400)
    for event in events:
        if not isinstance(event, MessageEvent):
            continue
        if not isinstance(event.message, TextMessageContent):
            continue
        with ApiClient(configuration) as api_client:
            line_bot_api = MessagingApi(api_client)
            line_bot_api.reply_message_with_http_info(
                ReplyMessageRequest(
                    reply_token=event.reply_token,
                    messages=[TextMessage(text=event.message.text)],
                )
            )
    return "OK"


@app.get("/healthz")
def healthz() -> str:
    """Readiness for the bench (not in the example)."""
    return "ok"
