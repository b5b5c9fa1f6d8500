"""A share said in words, as voice typing writes it ("แปดสิบห้าเปอร์เซ็นต์", "ร้อยละเก้าสิบ"),
written in digits so it reads as the figure typed would."""

from __future__ import annotations

import re

from handlers.nlu.tokenize import pieces

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


# What is counted by a number said right after it: a form, a step, a dimension ("ฟอร์มสี่",
# "ขั้นตอนที่ห้า", "มิติสอง"), written in digits as typed ("ฟอร์ม 4").
_COUNTED = frozenset(
    ("ฟอร์ม", "แบบฟอร์ม", "ขั้น", "ขั้นที่", "ขั้นตอน", "ขั้นตอนที่", "มิติ", "มิติที่", "หมวด", "หมวดที่")
)
_COUNTED_RE = re.compile("|".join(sorted(_COUNTED, key=len, reverse=True)))
# A counted word with a number's word right after it: a text without one is not segmented
# (the pieces replaced are such a pair, and the pair is in the text as it stands).
_COUNTED_NUMBER_RE = re.compile(f"(?:{_COUNTED_RE.pattern})(?:{_DIGIT})")


def counted_in_digits(text: str) -> str:
    """``text`` with a number said in one word right after a form, a step or a dimension
    ("ฟอร์มสี่ของ กจ.") in digits; only where the segmenter cuts the word apart, so the words
    that hold a number's letters stay ("ขั้นตอนสามารถ…")."""
    if not _COUNTED_NUMBER_RE.search(text):
        return text
    parts = pieces(text)
    out = list(parts)
    for at in range(1, len(parts)):
        if parts[at] in _DIGITS and parts[at - 1] in _COUNTED:
            out[at] = f" {_DIGITS[parts[at]]} "
    return " ".join("".join(out).split()) if out != parts else text
