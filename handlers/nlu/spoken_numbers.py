"""A share said in words, as voice typing writes it ("แปดสิบห้าเปอร์เซ็นต์", "ร้อยละเก้าสิบ"),
written in digits so it reads as the figure typed would."""

from __future__ import annotations

import re

_DIGITS = {
    "หนึ่ง": 1, "เอ็ด": 1, "สอง": 2, "ยี่": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7,
    "แปด": 8, "เก้า": 9, "ศูนย์": 0,
}  # fmt: skip
_DIGIT = "|".join(sorted(_DIGITS, key=len, reverse=True))
# Up to one hundred, with tenths said digit by digit after "จุด": "เจ็ดสิบแปดจุดห้า".
_WORDS = (
    rf"(?:(?P<hundred>หนึ่งร้อย|ร้อย(?!ละ))|(?P<tens>{_DIGIT})?สิบ(?P<ones>{_DIGIT})?"
    rf"|(?P<alone>{_DIGIT}))(?:จุด(?P<tenths>(?:{_DIGIT})+))?"
)
_PERCENT = r"\s?(?:เปอร์เซ็นต์|เปอร์เซ็น|%)"
_SHARE_RE = re.compile(
    rf"(?P<before>ร้อยละ\s?){_WORDS}|{_WORDS.replace('?P<', '?P<p_')}(?={_PERCENT})"
)
_DIGIT_RE = re.compile(_DIGIT)


def _number(match: re.Match[str], prefix: str) -> str:
    def said(name: str) -> str:
        return match[prefix + name] or ""

    if said("hundred"):
        whole = 100
    elif said("alone"):
        whole = _DIGITS[said("alone")]
    else:
        whole = 10 * _DIGITS.get(said("tens") or "หนึ่ง", 1) + _DIGITS.get(said("ones"), 0)
    tenths = "".join(str(_DIGITS[d]) for d in _DIGIT_RE.findall(said("tenths")))
    return f"{whole}.{tenths}" if tenths else str(whole)


def _share(match: re.Match[str]) -> str:
    if match["before"]:
        return f" ร้อยละ {_number(match, '')} "
    return f" {_number(match, 'p_')} "


_SAID_AS_SHARE_RE = re.compile(
    r"(?<=[\u0e01-\u0e4e])\s?(?:เปอร์เซ็นต์|เปอร์เซ็น)|ร้อยละ\s?[\u0e01-\u0e4e]"
)


def shares_in_digits(text: str) -> str:
    """``text`` with a share said in words before "เปอร์เซ็นต์" (or after "ร้อยละ") in digits."""
    if not _SAID_AS_SHARE_RE.search(text):
        return text
    return " ".join(_SHARE_RE.sub(_share, text).split())
