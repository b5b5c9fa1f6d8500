"""A fake LINE Messaging API on 127.0.0.1: the real SDK talks HTTP to it, and it validates.

It parses every request with the SDK's own models, checks LINE's limits with its own code
(not the bot's: a fake that reused the code under test could not catch its mistakes), records
everything, and answers like LINE: single-use reply tokens, 409 for a retry key already
accepted, 404 for unknown profiles; any answer can be scripted instead. It keeps LINE's
monthly count: a push costs the member count of its group (one for a user), and a push past
the quota is refused with 429 "You have reached your monthly limit." (``quota.py``).
"""

from __future__ import annotations

import functools
import json
import re
import threading
import unicodedata
import uuid
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from linebot.v3 import messaging as line

from tests.fakes.fake_line_quota import QUOTA_KINDS, QuotaCounter

ACCESS_TOKEN = "fake-line-access-token"
_PATHS = {
    ("POST", "/v2/bot/message/reply"): "reply",
    ("POST", "/v2/bot/message/push"): "push",
}
_PROFILE = re.compile(r"^/v2/bot/(?:group/(?P<group>[^/]+)/member|profile)/(?P<user>[^/]+)$")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class FakeResponse:
    """A scripted answer: status, JSON body (None: LINE's usual one), delay in s, headers."""

    status: int = 200
    body: dict[str, Any] | None = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Recorded:
    """One request as it arrived."""

    method: str
    path: str
    kind: str  # reply, push, profile or other
    headers: dict[str, str]  # names in lower case
    body: dict[str, Any] | None
    answered: list[int] = field(default_factory=list, compare=False)  # the status, once sent

    @property
    def retry_key(self) -> str | None:
        """The X-Line-Retry-Key header, if any."""
        return self.headers.get("x-line-retry-key")

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The messages of a reply or push."""
        return (self.body or {}).get("messages", [])


class FakeLineServer:
    """The fake server; use as a context manager, or ``start()`` and ``stop()``."""

    def __init__(self, access_token: str = ACCESS_TOKEN) -> None:
        self.access_token = access_token
        self.violations: list[str] = []
        self._requests: list[Recorded] = []
        self._statuses: list[int] = []  # the status each request was answered with
        self._scripts: dict[str, deque[FakeResponse]] = defaultdict(deque)
        self._expired: set[str] = set()
        self._accepted_keys: dict[str, str] = {}  # retry key -> request id
        self._profiles: dict[tuple[str | None, str], str] = {}
        self.quota = QuotaCounter()
        self._changed = threading.Condition()
        self._stopping = threading.Event()
        self._released = threading.Event()
        self._released.set()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.fake = self  # type: ignore[attr-defined]
        serve = functools.partial(self._httpd.serve_forever, poll_interval=0.02)  # quick stop
        self._thread = threading.Thread(target=serve, daemon=True)
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> FakeLineServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; later requests are refused; delayed answers give up."""
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeLineServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        if not self._stopping.is_set():
            self.stop()

    def script(self, kind: str, responses: list[FakeResponse]) -> None:
        """Answer the next requests of ``kind`` (reply, push, profile) with ``responses``."""
        with self._changed:
            self._scripts[kind].extend(responses)

    def expire_reply_token(self, token: str) -> None:
        """Make LINE answer "Invalid reply token" for ``token``."""
        with self._changed:
            self._expired.add(token)

    def add_profile(self, user_id: str, display_name: str, group_id: str | None = None) -> None:
        """Know a user: a friend of the bot (no group), or a member of ``group_id``."""
        with self._changed:
            self._profiles[(group_id, user_id)] = display_name

    @property
    def requests(self) -> list[Recorded]:
        """Every request so far, in arrival order."""
        with self._changed:
            return list(self._requests)

    def replies(self) -> list[Recorded]:
        """The reply requests."""
        return [r for r in self.requests if r.kind == "reply"]

    def landed_replies(self) -> list[Recorded]:
        """The replies LINE took (2xx), even those the client gave up waiting for: what reached
        the chat. A reply tried again after a read timeout is refused (its token was used), so
        a slow host that makes the bot try twice still shows one landed reply."""
        return [r for r in self.delivered() if r.kind == "reply"]

    def pushes(self) -> list[Recorded]:
        """The push requests."""
        return [r for r in self.requests if r.kind == "push"]

    def delivered(self) -> list[Recorded]:
        """The replies and pushes LINE took (a 2xx answer, even one the client gave up on):
        what reached the chat."""
        with self._changed:
            answered = list(zip(self._requests, self._statuses, strict=False))
        return [r for r, s in answered if r.kind in ("reply", "push") and 200 <= s < 300]

    def accepted(self) -> list[Recorded]:
        """The pushes LINE took (2xx): a 409 or an error delivered nothing new."""
        return [r for r in self.pushes() if r.answered and 200 <= r.answered[0] < 300]

    def texts(self) -> list[str]:
        """Every text and Flex altText sent, in order."""
        sent = [m for r in self.requests if r.kind in ("reply", "push") for m in r.messages]
        return [_text_of(m) for m in sent]

    def reply_texts(self) -> list[str]:
        """The texts of the latest reply: the answer, then any reminder riding on it."""
        replies = self.replies()
        return [_text_of(m) for m in (replies[-1].messages if replies else [])]

    def wait_for(self, count: int, timeout: float = 5.0) -> bool:
        """Wait until ``count`` replies and pushes have arrived; ``False`` on timeout."""
        with self._changed:
            return self._changed.wait_for(
                lambda: sum(r.kind in ("reply", "push") for r in self._requests) >= count, timeout
            )

    def answer(self, recorded: Recorded) -> FakeResponse:
        """Record a request and decide the answer (called from the handler threads)."""
        sends = recorded.kind in ("reply", "push")
        problems = line_problems(recorded.body, recorded.kind, recorded.retry_key) if sends else []
        with self._changed:
            self._requests.append(recorded)
            self.violations += [f"{recorded.path} {p}" for p in problems]
            response = self._decide(recorded, problems)
            self._statuses.append(response.status)
            recorded.answered.append(response.status)
            self._changed.notify_all()
            return response

    def _decide(self, recorded: Recorded, problems: list[str]) -> FakeResponse:
        """The answer to ``recorded`` (called with the lock held)."""
        if recorded.headers.get("authorization") != f"Bearer {self.access_token}":
            return _error(401, "Authentication failed. Confirm that the access token is valid")
        if problems:
            return _error(400, f"The request body has {len(problems)} error(s)", problems)
        if recorded.kind == "other":
            return _error(404, "Not found")
        if recorded.kind in QUOTA_KINDS and not self._scripts[recorded.kind]:
            return FakeResponse(body=self.quota.answer(recorded.kind, recorded.path))
        if not self._scripts[recorded.kind]:
            return self._usual_answer(recorded)
        scripted = self._scripts[recorded.kind].popleft()
        if scripted.body is not None:
            return scripted
        usual = self._usual_answer(recorded) if scripted.status < 300 else _error(scripted.status)
        headers = {**usual.headers, **scripted.headers}
        return FakeResponse(scripted.status, usual.body, scripted.delay, headers)

    def hold(self) -> None:
        """Keep every answer waiting until ``release()``: LINE as slow as it gets. Requests
        are recorded when they arrive, so a test sees what is in flight."""
        self._released.clear()

    def release(self) -> None:
        """Answer the held requests, and the next ones at once."""
        self._released.set()

    def wait_out(self, delay: float) -> None:
        """Sleep for a delayed (or held) answer, cut short when the server stops."""
        self._stopping.wait(delay)
        while not self._released.wait(0.02) and not self._stopping.is_set():
            pass

    def _usual_answer(self, recorded: Recorded) -> FakeResponse:
        if recorded.kind == "profile":
            match = _PROFILE.match(recorded.path)
            assert match is not None
            name = self._profiles.get((match["group"], match["user"]))
            if name is None:
                return _error(404, "Not found")
            return FakeResponse(body={"displayName": name, "userId": match["user"]})
        if recorded.kind == "reply":
            token = (recorded.body or {}).get("replyToken", "")
            if token in self._expired:
                return _error(400, "Invalid reply token")
            self._expired.add(token)  # reply tokens are single use
        key = recorded.retry_key
        if key in self._accepted_keys:
            accepted = {"x-line-accepted-request-id": self._accepted_keys[key]}
            return _error(409, "The retry key is already accepted", headers=accepted)
        if recorded.kind == "push" and not self.quota.charge((recorded.body or {}).get("to", "")):
            return _error(429, "You have reached your monthly limit.")
        request_id = str(uuid.uuid4())
        if key:
            self._accepted_keys[key] = request_id
        sent = [{"id": str(uuid.uuid4().int)[:18]} for _ in recorded.messages]
        return FakeResponse(body={"sentMessages": sent}, headers={"x-line-request-id": request_id})


class _Handler(BaseHTTPRequestHandler):
    """Turns HTTP into ``FakeLineServer.answer`` calls."""

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self._serve()

    def do_GET(self) -> None:  # noqa: N802
        self._serve()

    def log_message(self, *args: object) -> None:
        """Quiet: tests read ``server.requests`` instead."""

    def _serve(self) -> None:
        fake: FakeLineServer = self.server.fake  # type: ignore[attr-defined]
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        kind = _kind(self.command, self.path)
        headers = {name.lower(): value for name, value in self.headers.items()}
        recorded = Recorded(
            self.command, self.path, kind, headers, json.loads(raw) if raw else None
        )
        response = fake.answer(recorded)
        fake.wait_out(response.delay)
        body = json.dumps(response.body or {}).encode()
        try:
            self.send_response(response.status)
            for name, value in {"Content-Type": "application/json", **response.headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up on a delayed answer: that is the point of delays
            pass


def _kind(method: str, path: str) -> str:
    """What a request is: reply, push, profile, one of the quota reads, or other."""
    if (method, path) in _PATHS:
        return _PATHS[method, path]
    if method != "GET":
        return "other"
    if _PROFILE.match(path):
        return "profile"
    return next((kind for kind, pattern in QUOTA_KINDS.items() if pattern.match(path)), "other")


def _error(
    status: int,
    message: str = "",
    details: Sequence[str] = (),
    headers: dict[str, str] | None = None,
) -> FakeResponse:
    """A LINE-style error answer (the status's reason when no message is given)."""
    body: dict[str, Any] = {"message": message or HTTPStatus(status).phrase}
    if details:
        body["details"] = [{"property": d.split(": ")[0], "message": d} for d in details]
    return FakeResponse(
        status, body, headers={"x-line-request-id": str(uuid.uuid4()), **(headers or {})}
    )


def line_problems(body: Any, kind: str = "reply", retry_key: str | None = None) -> list[str]:
    """Everything LINE would reject in the body of a reply or push (empty: it is fine)."""
    model = line.ReplyMessageRequest if kind == "reply" else line.PushMessageRequest
    try:
        model.from_dict(body)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        return [f"body: the SDK's model rejects it: {exc}"]
    messages = body.get("messages", [])
    problems = [] if 1 <= len(messages) <= 5 else [f"messages: {len(messages)}, not 1 to 5"]
    for index, message in enumerate(messages):
        problems += [f"messages[{index}].{p}" for p in _check_message(message)]
    if retry_key and not _is_uuid(retry_key):
        problems.append("X-Line-Retry-Key: not a UUID")
    return problems


def _check_message(message: dict[str, Any]) -> list[str]:
    kind = message.get("type")
    problems = []
    if kind in ("text", "textV2"):
        problems += _within("text", message.get("text", ""), 5000)
    if kind == "textV2":
        problems += _check_substitution(message)
    if kind == "image":
        problems += _image_urls(message)
    if kind == "flex":
        problems += _within("altText", message.get("altText", ""), 1500)
        problems += _check_container(message.get("contents", {}))
    items = (message.get("quickReply") or {}).get("items", [])
    problems += [] if len(items) <= 13 else [f"quickReply.items: {len(items)} > 13"]
    return problems + _check_actions(message)


def _image_urls(message: dict[str, Any]) -> list[str]:
    """LINE fetches pictures only over HTTPS, from addresses of at most 2,000 characters."""
    problems = []
    for name in ("originalContentUrl", "previewImageUrl"):
        url = message.get(name, "")
        if not url.startswith("https://") or len(url) > 2000:
            problems.append(f"{name}: not an HTTPS address of at most 2,000 characters")
    return problems


def _within(name: str, text: str, limit: int) -> list[str]:
    units = len(text.encode("utf-16-le")) // 2
    return [] if 1 <= units <= limit else [f"{name}: {units} UTF-16 units, not 1 to {limit}"]


def _check_substitution(message: dict[str, Any]) -> list[str]:
    keys = set(message.get("substitution") or {})
    used = set(_PLACEHOLDER.findall(message.get("text", "")))
    problems = [] if len(keys) <= 20 else [f"substitution: {len(keys)} > 20"]
    return problems + ([] if used == keys else [f"substitution: keys {keys} for {used}"])


def _check_container(contents: dict[str, Any]) -> list[str]:
    bubbles = contents.get("contents", []) if contents.get("type") == "carousel" else [contents]
    problems = [] if len(bubbles) <= 12 else [f"contents: {len(bubbles)} bubbles > 12"]
    if _size(contents) > 50_000:
        problems.append(f"contents: carousel of {_size(contents)} bytes > 50 KB")
    problems += [
        f"contents: bubble of {_size(b)} bytes > 30 KB" for b in bubbles if _size(b) > 30_000
    ]
    return problems + [f"contents: {p}" for p in _empty_texts(contents)]


def _empty_texts(node: Any) -> list[str]:
    """Flex text components without text, and boxes without contents (LINE rejects both)."""
    if isinstance(node, list):
        return [p for item in node for p in _empty_texts(item)]
    if not isinstance(node, dict):
        return []
    own = []
    if node.get("type") == "text" and not node.get("text"):
        own.append("a text component has no text")
    if node.get("type") == "box" and not node.get("contents"):
        own.append("a box has no contents")
    return own + [p for value in node.values() for p in _empty_texts(value)]


def _check_actions(node: Any) -> list[str]:
    """Action labels (≤ 20 grapheme clusters) and postback data (≤ 300) anywhere below."""
    if isinstance(node, list):
        return [p for item in node for p in _check_actions(item)]
    if not isinstance(node, dict):
        return []
    problems = [p for value in node.values() for p in _check_actions(value)]
    if node.get("type") in ("postback", "message") and "label" in node:
        label = node["label"]
        clusters = _clusters(label)
        problems += [] if 1 <= clusters <= 20 else [f"action label {label!r}: {clusters} > 20"]
        problems += [] if len(node.get("data", "")) <= 300 else ["postback data > 300"]
    return problems


def _clusters(text: str) -> int:
    """Grapheme clusters, roughly: marks, ZWJ and what a ZWJ joins do not start one."""
    joined = [unicodedata.category(ch) in ("Mn", "Me", "Mc") or ch == "\u200d" for ch in text]
    after_zwj = [i > 0 and text[i - 1] == "\u200d" for i in range(len(text))]
    return sum(not (j or z) for j, z in zip(joined, after_zwj, strict=True))


def _size(value: Any) -> int:
    return len(json.dumps(value).encode())


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _text_of(message: dict[str, Any]) -> str:
    """A sent message's text, Flex altText or image address."""
    return message.get("text") or message.get("altText") or message.get("originalContentUrl", "")
