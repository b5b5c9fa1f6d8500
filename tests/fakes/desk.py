"""A fake of the desk's links: records what was issued and answers with recognisable links."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class IssuedLink:
    """One login link the fake gave out."""

    line_user_id: str
    organisation: str
    at: datetime
    event_id: str | None
    chat_id: str | None


@dataclass
class FakeDeskLinks:
    """``DeskLinks`` on a pretend host; ``public`` False answers like a host without HTTPS."""

    base: str = "https://desk.test"
    public: bool = True
    issued: list[IssuedLink] = field(default_factory=list)

    def login_link(
        self,
        line_user_id: str,
        organisation: str,
        *,
        now: datetime,
        event_id: str | None = None,
        chat_id: str | None = None,
    ) -> str | None:
        """A numbered link, recorded."""
        self.issued.append(IssuedLink(line_user_id, organisation, now, event_id, chat_id))
        return f"{self.base}/desk/login/token-{len(self.issued)}"

    def chart_link(self, organisation: str, *, today: date) -> str | None:
        """A picture address on an HTTPS host, else none."""
        return f"{self.base}/desk/chart/{today.isoformat()}.png" if self.public else None
