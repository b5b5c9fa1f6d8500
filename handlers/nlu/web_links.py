"""Links typed in a message: cut out of the raw text before normalising (a Drive id is case
sensitive and no word for the tokenizer), checked, and read for the channel they went through."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from handlers.nlu.frozen import built

# Anything with a scheme ("https://", "ftp://", "javascript:") or starting "www.": the whole
# run of non-space characters, so that a refused link never leaves pieces for the matcher.
_LINK_RE = re.compile(
    r"(?<![\w.@/-])(?:[a-z][a-z0-9+.-]{1,15}://|(?:javascript|data|file|mailto):|www\."
    r"|(?:drive|docs)\.google\.com/)[^\s<>\"']+",
    re.IGNORECASE,
)
# Every link _LINK_RE finds holds ":" (a scheme) or, typed without one, "www." or a Google
# host and its "/": a text without ":" holds a link only where a "." comes after a "w" or before
# a "/" ("52.3", "ก.พ.", "สป.รง." hold none), case ignored as _LINK_RE ignores it.
_MAY_HOLD_A_LINK_RE = re.compile(r"w\.|\.com/", re.IGNORECASE)
_TRAILING = ".,;:!?)]}>'\"”’"  # closes the sentence, not the link
_BARE = ("www.", "drive.google.com/", "docs.google.com/")  # typed without their scheme
_SCHEMES = frozenset({"http", "https"})
_DRIVE_HOSTS = frozenset({"drive.google.com", "docs.google.com"})
MAX_LINK_LENGTH = 1000
GOOGLE_DRIVE = "google_drive"
OTHER_LINK = "other_link"  # a link outside Google Drive: a channel of its own


@dataclass(frozen=True)
class Links:
    """The links a message holds: those that may be stored, and those refused as typed."""

    text: str  # the message without its links
    valid: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()


def cut_links(text: str) -> Links:
    """``text`` without its links, and the links, checked (http/https with a host only)."""
    if ":" not in text and ("." not in text or not _MAY_HOLD_A_LINK_RE.search(text)):
        return built(Links, text=" ".join(text.split()), valid=(), refused=())
    valid: list[str] = []
    refused: list[str] = []
    pieces, at = [], 0
    for match in _LINK_RE.finditer(text):
        link = match.group(0).rstrip(_TRAILING)
        end = match.start() + len(link)
        pieces += [text[at : match.start()], " "]
        at = end
        checked = checked_link(link)
        (valid if checked else refused).append(checked or link)
    pieces.append(text[at:])
    return built(
        Links, text=" ".join("".join(pieces).split()), valid=tuple(valid), refused=tuple(refused)
    )


def checked_link(link: str) -> str:
    """The link as stored (``www.`` gets ``https://``), or "" when it may not be stored."""
    if link.lower().startswith(_BARE):
        link = f"https://{link}"
    if len(link) > MAX_LINK_LENGTH or any(ord(c) < 33 for c in link):
        return ""
    try:
        parts = urlsplit(link)
    except ValueError:
        return ""
    if parts.scheme.lower() not in _SCHEMES or not parts.hostname or "." not in parts.hostname:
        return ""
    return link


def link_channel(links: tuple[str, ...]) -> str:
    """Google Drive when every link is on Google Drive, another link's channel otherwise."""
    if not links:
        return ""
    hosts = {(urlsplit(link).hostname or "").lower() for link in links}
    return GOOGLE_DRIVE if hosts <= _DRIVE_HOSTS else OTHER_LINK
