"""A step's check result told as someone's check ("พี่ กพร. ตรวจแผนกองกลางแล้ว บอกว่าผ่านค่ะ",
"กพร. ตรวจรายชื่อทีมของ กจ. เรียบร้อย ไม่ผ่าน"): who checked is the teller, what was checked
the step and unit the verdict is of."""

from __future__ import annotations

import re

# Who checked, "ตรวจ", what was checked, done, who told ("บอกว่า"), the verdict, last.
_CHECKED_THEN_TOLD_RE = re.compile(
    r"^(?:\S+(?:\s\S+){0,2}?\s?)??ตรวจ(?:สอบ)?\s?(?P<what>\S.*?)\s?(?:เสร็จ)?\s?(?:แล้ว|เรียบร้อย(?:แล้ว)?)"
    r"\s?(?:(?:บอก|แจ้ง|ตอบ)\s?(?:มา)?\s?ว่า)?\s?(?P<verdict>ไม่ผ่าน|ผ่าน)"
    r"\s?(?:แล้ว|เรียบร้อย|นะ|จ้า|ค่ะ|ครับ)*\s*$"
)


def checked_then_told(normalised: str) -> str | None:
    """The verdict as a report of its own ("แผนกองกลาง ผ่านแล้ว"), or None when ``normalised``
    tells no check with its result (see above)."""
    if "ตรวจ" not in normalised or "ผ่าน" not in normalised:
        return None
    told = _CHECKED_THEN_TOLD_RE.match(normalised)
    if told is None or "ตรวจ" in told["what"]:
        return None
    done = "แล้ว" if told["verdict"] == "ผ่าน" else ""
    return f"{told['what']} {told['verdict']}{done}"
