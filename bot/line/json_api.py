"""Message JSON posted through the SDK's own client, without its per-request models.

The SDK's ``reply_message_with_http_info`` validates its argument as a ``ReplyMessageRequest``
(pydantic) and dumps it again; for a Flex reply that costs more than answering. Below those
methods, ``ApiClient.call_api`` still copies the whole body once more
(``sanitize_for_serialization``: one call per node of the card) before its REST client
``json.dumps`` it. The body here is plain JSON already, so it goes straight to that REST client
(``ApiClient.rest_client``): the SDK's configured host, its default headers (the Bearer token
and its User-Agent) and auth settings, urllib3's pooled connections with the timeout given, and
the SDK's own ``ApiException`` kinds for any non-2xx, their body decoded as ``call_api`` does.
LINE's answer is not parsed into models either: the status and headers are all the gateway
reads. The client's connections tell the outbox when a request is written, before LINE answers
(``bot.outbox.request_written``), so the webhook that handed the reply over may go on.
"""

from __future__ import annotations

import urllib3
from linebot.v3 import messaging as line
from linebot.v3.messaging.exceptions import ApiException
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from bot.outbox import request_written

Json = dict[str, object]
REPLY_PATH = "/v2/bot/message/reply"
PUSH_PATH = "/v2/bot/message/push"


class JsonApi:
    """Posts ready message JSON to LINE through one SDK ``ApiClient``."""

    def __init__(self, client: line.ApiClient, api: line.MessagingApi) -> None:
        self._client = client
        self._host = api.line_base_path  # used only when the configuration has no host
        pools = client.rest_client.pool_manager
        if isinstance(pools, urllib3.PoolManager) and not isinstance(pools, urllib3.ProxyManager):
            pools.pool_classes_by_scheme = _NOTING_POOLS

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

    def _post(
        self, path: str, body: Json, headers: dict[str, str], timeout: object
    ) -> line.ApiResponse:
        client = self._client
        header_params = {**client.default_headers, **_JSON_HEADERS, **headers}
        client.update_params_for_auth(header_params, [], ["Bearer"], path, "POST", body)
        url = (client.configuration.host or self._host) + path
        try:
            response = client.rest_client.request(
                "POST", url, headers=header_params, body=body, _request_timeout=timeout
            )
        except ApiException as exc:
            if isinstance(exc.body, bytes):  # as call_api hands it on
                exc.body = exc.body.decode("utf-8")
            raise
        return line.ApiResponse(
            status_code=response.status, headers=response.getheaders(), raw_data=response.data
        )


_JSON_HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}


class _NotesWritten:
    """Mixed into urllib3's connections: notes when a request was written (sent or failed)."""

    def request(self, *args: object, **kwargs: object) -> None:
        try:
            super().request(*args, **kwargs)  # type: ignore[misc]
        finally:
            request_written()


class _NotingHTTPConnection(_NotesWritten, HTTPConnection):
    """urllib3's plain connection (a local LINE stand-in)."""


class _NotingHTTPSConnection(_NotesWritten, HTTPSConnection):
    """urllib3's TLS connection (LINE's API)."""


class _NotingHTTPPool(HTTPConnectionPool):
    ConnectionCls = _NotingHTTPConnection


class _NotingHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _NotingHTTPSConnection


_NOTING_POOLS = {"http": _NotingHTTPPool, "https": _NotingHTTPSPool}
