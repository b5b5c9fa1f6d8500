"""LINE's message quota, this month's consumption and a group's size, read through the SDK.

The reads have explicit timeouts and no silent retries; any failure (no access token, LINE
unreachable, an error answer) raises :class:`QuotaUnavailable`, and the caller falls back to
the last stored reading.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import import_module
from typing import Any, TypeVar

import urllib3

from bot.settings import Settings
from handlers.formatting import short_id

log = logging.getLogger(__name__)
T = TypeVar("T")


class QuotaUnavailable(Exception):
    """LINE's figure could not be read now."""


class LineQuotaApi:
    """The three reads a quota budget needs, on one SDK client."""

    def __init__(self, settings: Settings, *, timeout: tuple[float, float] = (1.0, 3.0)) -> None:
        # The SDK is imported here, not with the module: the reminder code that imports
        # QuotaUnavailable also runs in commands that never call LINE.
        self._line = line = import_module("linebot.v3.messaging")
        configuration = line.Configuration(
            access_token=settings.line_channel_access_token, host=settings.line_api_base_url
        )
        configuration.retries = 0
        self._token = bool(settings.line_channel_access_token)
        self._client = line.ApiClient(configuration)
        self._api = line.MessagingApi(self._client)
        self._timeout = timeout

    def quota(self) -> int | None:
        """This month's limit of counted messages; ``None`` when the channel has no limit."""
        answer = self._read("quota", self._api.get_message_quota)
        return answer.value if answer.type == self._line.QuotaType.LIMITED else None

    def consumption(self) -> int:
        """Messages counted so far this month."""
        return self._read("consumption", self._api.get_message_quota_consumption).total_usage

    def member_count(self, group_id: str) -> int:
        """How many members a group has (each push to it counts that many messages)."""
        answer = self._read("member count", self._api.get_group_member_count, group_id)
        return answer.count

    def close(self) -> None:
        """Close the pooled connections."""
        self._client.close()

    def _read(self, what: str, call: Callable[..., T], *args: Any) -> T:
        if not self._token:
            raise QuotaUnavailable("no LINE access token")
        try:
            return call(*args, _request_timeout=self._timeout)
        except (self._line.ApiException, urllib3.exceptions.HTTPError) as exc:
            status = getattr(exc, "status", None)
            target = f" group={short_id(args[0])}" if args else ""
            log.warning("LINE %s read failed: status=%s%s", what, status, target)
            raise QuotaUnavailable(f"{what}: {status or type(exc).__name__}") from exc
