"""Thai digits and written numbers: ``๒๕๖๘`` -> ``2568``, ``1,462.21`` -> ``Decimal``."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
# ``str.translate`` with a dict looks up every character of a Thai text (a KeyError raised and
# cleared for each one it leaves): only the runs of Thai digits are handed to it. Written as
# one digit then more rather than ``[…]+``: a pattern opening with a class lets ``re`` pass
# over the letters that are no Thai digit without entering the pattern at each.
_THAI_DIGITS_RE = re.compile(f"[{THAI_DIGITS}][{THAI_DIGITS}]*")

NUMBER_PATTERN = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMBER_RE = re.compile(rf"^\s*({NUMBER_PATTERN})\s*$")


def arabic_digits(text: str) -> str:
    """Replace Thai digits with ASCII digits, leaving every other character alone."""
    return _THAI_DIGITS_RE.sub(_arabic, text)


def _arabic(run: re.Match[str]) -> str:
    return run[0].translate(_TO_ARABIC)


def parse_decimal(text: str) -> Decimal | None:
    """Read a written number (Thai or ASCII digits, thousands commas); ``None`` if not one."""
    match = _NUMBER_RE.match(arabic_digits(text))
    if not match:
        return None
    try:
        return Decimal(match.group(1).replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None
