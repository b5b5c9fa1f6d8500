"""Issue 9, round 12 (r12b): team members writing in the seed documents' own wording. A step's
forms named in its report ("แบบฟอร์มหมายเลข 3 รายละเอียดตัวชี้วัดยังไม่ครบ", "แนบแค่แบบฟอร์ม 1
กับ 2", "แบบฟอร์ม 1 และ 2 ขึ้นไดรฟ์"). Each is read through ``understand`` and settled against a
seed organisation, like the corpus; none of the questions beside them becomes a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

_ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# A step's forms named by number in its report: one short ("ยังไม่ครบ", with the form's title
# between), only some attached ("แนบแค่"), or a list of them ("1 กับ 2", "1, 2") that is no value.
FORMS_REPORTED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งแผนแล้ว แต่แบบฟอร์มหมายเลข 2 ยังไม่ครบค่ะ", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "documents": "incomplete"}),
    ("L", "กองกลางส่งแผนแล้ว แบบฟอร์ม 3 รายละเอียดตัวชี้วัดยังไม่ครบ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "documents": "incomplete"}),
    ("L", "กองกลางส่งแผนแล้ว แต่แบบฟอร์ม 3 ยังไม่ครบ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "documents": "incomplete"}),
    ("L", "ศทส. ส่งแผนแล้ว แนบมาแค่แบบฟอร์ม 1 ครับ", "MarkStep",
     {"step": "3", "unit": _ICT, "documents": "incomplete"}),
    ("L", "กองคลังส่งแผนมาแล้วครับ แนบแค่แบบฟอร์ม 2 กับ 3 ยังขาดแบบฟอร์ม 1", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "documents": "incomplete"}),
    ("L", "ส่งแบบฟอร์ม 1 และ 2 ขึ้นไดรฟ์แล้วครับ", "MarkStep",
     {"step": "3", "channel": "google_drive"}),
    ("L", "ส่งแบบฟอร์มหมายเลข 1, 2 ทาง Google Drive แล้วค่ะ", "MarkStep",
     {"step": "3", "channel": "google_drive"}),
    ("L", "แบบฟอร์ม 1 กับ 2 ต่างกันยังไง", "RuleQuestion", {"topic": "form"}),
    ("L", "ขอแบบฟอร์ม 1 กับ 2 หน่อยครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "ใครขาดแบบฟอร์ม 3 บ้าง", "Missing", {"step": "3"}),
]  # fmt: skip


@readings(FORMS_REPORTED)
def test_seed_wordings_and_their_meaning(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
