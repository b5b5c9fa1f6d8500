"""Thai digits and written numbers: ``๒๕๖๘`` -> ``2568``, ``1,462.21`` -> ``Decimal``."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

NUMBER_PATTERN = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMBER_RE = re.compile(rf"^\s*({NUMBER_PATTERN})\s*$")


def arabic_digits(text: str) -> str:
    """Replace Thai digits with ASCII digits, leaving every other character alone."""
    return text.translate(_TO_ARABIC)


def parse_decimal(text: str) -> Decimal | None:
    """Read a written number (Thai or ASCII digits, thousands commas); ``None`` if not one."""
    match = _NUMBER_RE.match(arabic_digits(text))
    if not match:
        return None
    try:
        return Decimal(match.group(1).replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None
