"""What a finished step's message says besides the step: counts ("7 จาก 8") and documents."""

from __future__ import annotations

import re

from handlers.nlu.patterns import phrase_regex
from kpi_core.models import Documents

# "7 จาก 8", "6 ใน 8 ตัว", "5 ครั้ง จากทั้งหมด 7": how many of how many.
_SLASH_COUNT_RE = re.compile(r"(?<![\d./])(?P<met>\d{1,4})\s*/\s*(?P<of>\d{1,4})(?![\d./])")
_COUNTED_RE = re.compile("บรรลุ|เข้าร่วม|เข้าประชุม|ครั้ง")
_COUNT_RE = re.compile(
    r"(?<![\d.])(?P<met>\d{1,4})\s*(?:ตัวชี้วัด|ตัว|ครั้ง|รายการ)?\s*"
    r"(?:จากทั้งหมด|จาก|ใน)\s*(?P<of>\d{1,4})(?![\d.])"
)
# Said of one's own step; "ยังไม่ได้ส่งเอกสาร" stays a question of who is missing (deadlines).
NO_DOCUMENTS = (
    "ยังไม่มีเอกสารประกอบ|ไม่มีเอกสารประกอบ|ยังไม่มีเอกสาร|ไม่มีเอกสาร|ไม่ได้แนบเอกสาร"
    "|ยังไม่ได้แนบเอกสาร|ไม่มีไฟล์|ยังไม่มีไฟล์"
)
_MISSING = f"{NO_DOCUMENTS}|ไม่ได้ส่งเอกสาร|ยังไม่ได้ส่งเอกสาร"
INCOMPLETE_DOCUMENTS = (
    "เอกสารไม่ครบถ้วน|เอกสารไม่ครบ|เอกสารยังไม่ครบ|แนบไม่ครบ|ไฟล์ไม่ครบ"
    "|เอกสารประกอบไม่ครบถ้วน|เอกสารประกอบไม่ครบ|เอกสารประกอบยังไม่ครบ"
)
_INCOMPLETE = INCOMPLETE_DOCUMENTS
_COMPLETE = "เอกสารครบ|เอกสารประกอบครบ|พร้อมเอกสาร|แนบเอกสารครบ|แนบครบ|ไฟล์ครบ"
# "ตัวชี้วัดตามแผนที่ 3", "ตัวชี้วัดที่ 3 ตามแผน", "ตัวชี้วัดของแผนข้อ 4": one plan indicator.
_PLAN_ITEM_RE = re.compile(r"ตัวชี้วัด\s*(?:ตามแผน|ของแผน|ในแผน)?\s*(?:ที่|ข้อ)\s*(?P<n>\d{1,2})(?![\d.])")
_PLAN_RE = re.compile("แผน")
_UNMET_RE = re.compile(r"ไม่\s*(?:ได้\s*)?บรรลุ|ไม่ถึงเป้า|ไม่ได้ตามเป้า")
_MISSING_RE = re.compile(phrase_regex(_MISSING))
_INCOMPLETE_RE = re.compile(phrase_regex(_INCOMPLETE))
_COMPLETE_RE = re.compile(phrase_regex(_COMPLETE))
DOCUMENTS_RE = re.compile(f"{phrase_regex(_MISSING)}|{phrase_regex(_INCOMPLETE)}")


def counts(text: str) -> tuple[int | None, int | None]:
    """``(met, of)`` when the text says "N จาก M" (or "N/M" of what was met or attended, never
    a date), else ``(None, None)``."""
    match = _COUNT_RE.search(text)
    if match is None and _COUNTED_RE.search(text):
        match = _SLASH_COUNT_RE.search(text)
    return (int(match["met"]), int(match["of"])) if match else (None, None)


def documents_said(text: str) -> Documents | None:
    """Missing, incomplete or complete documents when the text says so; None when it says
    nothing (the handler then takes them as complete)."""
    if _MISSING_RE.search(text):
        return Documents.MISSING
    if _INCOMPLETE_RE.search(text):
        return Documents.INCOMPLETE
    return Documents.COMPLETE if _COMPLETE_RE.search(text) else None


def plan_item(text: str) -> tuple[int, bool] | None:
    """``(n, met)`` when the text reports the plan's indicator ``n`` as met or not."""
    match = _PLAN_ITEM_RE.search(text)
    if match is None or not _PLAN_RE.search(text) or "บรรลุ" not in text and "เป้า" not in text:
        return None
    return int(match["n"]), not _UNMET_RE.search(text)
