"""The fake LINE server's monthly message count: quota, consumption and group member counts.

LINE counts a push to a group once per member of the group and a push to a user once; past
the quota it refuses pushes with 429. Answers are checked against the SDK's response models,
so the fake cannot drift from what the real client parses.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from linebot.v3 import messaging as line

QUOTA_KINDS = {
    "quota": re.compile(r"^/v2/bot/message/quota$"),
    "consumption": re.compile(r"^/v2/bot/message/quota/consumption$"),
    "member_count": re.compile(r"^/v2/bot/group/(?P<group>[^/]+)/members/count$"),
}
_MODELS = {
    "quota": line.MessageQuotaResponse,
    "consumption": line.QuotaConsumptionResponse,
    "member_count": line.GroupMemberCountResponse,
}


class QuotaCounter:
    """This month's count of the fake channel: ``limit`` None means no upper limit."""

    def __init__(self, limit: int | None = None, default_members: int = 30) -> None:
        self.limit = limit
        self.used = 0
        self.default_members = default_members
        self.members: dict[str, int] = {}  # group id -> member count (default otherwise)
        self._lock = threading.Lock()

    def set_members(self, group_id: str, count: int) -> None:
        """The group has ``count`` members (the bot not counted)."""
        with self._lock:
            self.members[group_id] = count

    def cost(self, to: str) -> int:
        """What a push to ``to`` counts: its members for a group or room, 1 for a user."""
        if to[:1] in ("C", "R"):
            return self.members.get(to, self.default_members)
        return 1

    def charge(self, to: str) -> bool:
        """Count a push to ``to``; ``False`` (nothing counted) when it would pass the quota."""
        with self._lock:
            cost = self.cost(to)
            if self.limit is not None and self.used + cost > self.limit:
                return False
            self.used += cost
            return True

    def answer(self, kind: str, path: str) -> dict[str, Any]:
        """LINE's JSON answer to a quota, consumption or member-count read."""
        with self._lock:
            if kind == "quota":
                body: dict[str, Any] = (
                    {"type": "none"}
                    if self.limit is None
                    else {"type": "limited", "value": self.limit}
                )
            elif kind == "consumption":
                body = {"totalUsage": self.used}
            else:
                match = QUOTA_KINDS["member_count"].match(path)
                assert match is not None
                body = {"count": self.members.get(match["group"], self.default_members)}
        _MODELS[kind].from_dict(body)  # the SDK's own model must accept what we answer
        return body
