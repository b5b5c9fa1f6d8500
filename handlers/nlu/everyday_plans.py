"""Plans of everyday life ("แผนเที่ยวเสร็จแล้ว", "แผนงานแต่งพี่สาว…"): the kinds of plan in
``data/nlu/everyday_plans.txt`` right after the word แผน name no plan of the PMQA report."""

from __future__ import annotations

import re
from functools import cache

from handlers.data_files import read_text

# The words that only say how the plan is done, between แผน and its kind: "แผนการไปเที่ยว",
# "แผนจัดงานวันเกิด", "แผนของร้าน".
_HOW = "การ|ไป|จะไป|พา|จัด|ทำ|สำหรับ|เรื่อง|ของ"


@cache
def _plans_re() -> re.Pattern[str]:
    lines = read_text("nlu", "everyday_plans.txt").splitlines()
    kinds = sorted({k.strip().lower() for k in lines if k.strip() and not k.startswith("#")})
    kind = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"แผน\s?(?:(?:{_HOW})\s?){{0,2}}(?P<kind>{kind})")


def everyday_kinds(words: str) -> list[str]:
    """For every แผน in ``words``, the words of its everyday kind up to the next space
    ("เที่ยวเชียงใหม่" of "แผนไปเที่ยวเชียงใหม่"); [] when one of them (or none) is of another
    kind: the PMQA plan, a unit's ("แผนกองคลัง")."""
    if "แผน" not in words:
        return []
    lowered = words.lower()
    kinds = [lowered[m.start("kind") :].split()[0] for m in _plans_re().finditer(lowered)]
    return kinds if len(kinds) == lowered.count("แผน") else []
