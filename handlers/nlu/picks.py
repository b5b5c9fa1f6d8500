"""Reading the answer to an ask-back: the number the listing shows, or the name it gives."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.nlu.normalise import normalise
from handlers.nlu.resolve import Candidate, best_matches, squash
from handlers.ports import Choice

_NUMBER_RE = re.compile(
    r"(?:เลือก|เอา)?\s*(?:ตัวชี้วัด|ตัวที่|ข้อ|kpi|อันที่|อัน|ตัว|no\.?|#)?\s*(?:ที่)?\s*"
    r"(?P<key>\d{1,3}(?:\.\d{1,2})*)\s*(?:\.|นะ)?"
)


def pick(text: str, choices: Sequence[Choice]) -> Choice | None:
    """The one choice ``text`` names by its key or by its name; None when none or several."""
    typed = normalise(text)
    number = _NUMBER_RE.fullmatch(typed)
    if number is not None:
        return next((c for c in choices if c.key == number["key"]), None)
    candidates = [Candidate(c, (squash(c.name),)) for c in choices]
    found = best_matches([squash(typed)], candidates, threshold=80)
    return found[0] if len(found) == 1 else None
