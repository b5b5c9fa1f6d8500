"""A figure reported, then a worry about time closing the message ("ส่งผลขยะ ๖๑.๔ ค่ะ ทันไหม
เนี่ย"): the report, whose card asks before anything is stored; the worry asks nothing of it."""

from __future__ import annotations

import re

# The report closed by its particle (or told done), then only the worry: "…ค่ะ ทันไหมเนี่ย",
# "…ครับ ยังทันอยู่ไหมครับ", "…แล้วนะคะ จะทันมั้ยคะ". Asked with a day ("ส่งวันที่ 31 ค่ะ ทัน
# ไหม") or of a sending to come ("ถ้าส่ง…", "จะส่ง…") the head reads as no figure of its own
# (see ``report_before_time_worry``).
_WORRY_CLOSING_RE = re.compile(
    r"(?:ค่ะ|คะ|ครับ|คับ|ค่า|ค้าบ|จ้า|แล้ว|เรียบร้อย)\s+"
    r"(?P<worry>(?:ยัง\s?|จะ\s?)?ทัน\s?(?:อยู่\s?)?"
    r"(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|หรือไม่|ป่ะ|ปะ|ป่าว|เปล่า)"
    r"(?:\s?(?:เนี่ย|เนี้ย|นะ|คะ|ค่ะ|ครับ|คับ|อ่ะ|อะ|น้า|เนอะ|\?|!|😅|🥲|🙏))*)\s*$"
)


def report_before_time_worry(typed: str) -> str | None:
    """The words before a worry about time closing ``typed`` (the particle that closed them
    kept); None when no such worry closes it."""
    if "ทัน" not in typed:
        return None
    match = _WORRY_CLOSING_RE.search(typed)
    return typed[: match.start("worry")].strip() if match else None
