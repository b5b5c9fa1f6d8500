"""Message JSON posted through the SDK's own client, without its per-request models.

The SDK's ``reply_message_with_http_info`` validates its argument as a ``ReplyMessageRequest``
(pydantic) and dumps it again; for a Flex reply that costs more than answering. Its
``ApiClient.call_api`` is the layer below, the one those methods end in: given a plain dict it
adds the configured host and the Bearer token, posts the JSON with urllib3 (pooled, with the
timeout given) and raises ``ApiException`` on any non-2xx, as the generated methods do. The
empty response map skips parsing LINE's answer into models too: the status and headers are
all the gateway reads.
"""

from __future__ import annotations

from linebot.v3 import messaging as line

Json = dict[str, object]
REPLY_PATH = "/v2/bot/message/reply"
PUSH_PATH = "/v2/bot/message/push"


class JsonApi:
    """Posts ready message JSON to LINE through one SDK ``ApiClient``."""

    def __init__(self, client: line.ApiClient, api: line.MessagingApi) -> None:
        self._client = client
        self._host = api.line_base_path  # used only when the configuration has no host

    def reply(self, token: str, messages: list[Json], *, _request_timeout: object) -> object:
        """``POST /v2/bot/message/reply``; the SDK's ``ApiResponse``."""
        body = {"replyToken": token, "messages": messages}
        return self._post(REPLY_PATH, body, {}, _request_timeout)

    def push(
        self, to: str, messages: list[Json], retry_key: str, *, _request_timeout: object
    ) -> object:
        """``POST /v2/bot/message/push`` under ``retry_key``; the SDK's ``ApiResponse``."""
        body = {"to": to, "messages": messages}
        return self._post(PUSH_PATH, body, {"X-Line-Retry-Key": retry_key}, _request_timeout)

    def _post(self, path: str, body: Json, headers: dict[str, str], timeout: object) -> object:
        json_headers = {"Accept": "application/json", "Content-Type": "application/json"}
        return self._client.call_api(
            path,
            "POST",
            header_params={**json_headers, **headers},
            body=body,
            response_types_map={},
            auth_settings=["Bearer"],
            _host=self._host,
            _request_timeout=timeout,
        )
