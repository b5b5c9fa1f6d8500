"""Round 39 (status39): where things stand, who has not sent, the history, help, and small talk
(misses of dev_fresh139-143 on arrival).

(1) A unit's name said alone, with a particle at most ("ศทส.", "ศทส ครับ", "กองกลาง",
"กองคลังค่ะ", "ไอที"), asks where that unit stands, as an indicator named alone asks about it
(the convention adopted with dev_fresh139-143). Near misses: a unit named with other words
keeps their reading (a registration, a report, chat about the unit), a word that is only part
of a unit's name ("คลังค่ะ") and a unit the organisation does not hold name nothing.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) A unit named alone.
UNITS_ALONE: list[Case] = [
    ("L", "ศทส.", "Status", {"unit": ICT}),
    ("L", "ศทส ครับ", "Status", {"unit": ICT}),
    ("L", "ศทส.ครับ", "Status", {"unit": ICT}),
    ("L", "ไอที", "Status", {"unit": ICT}),
    ("L", "กองกลาง", "Status", {"unit": "กองกลาง"}),
    ("L", "กองคลังค่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังนะคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองการเจ้าหน้าที่", "Status", {"unit": "กองการเจ้าหน้าที่"}),
]

# (1) Near misses: other words beside the name, part of a name, a unit of no one's.
NOT_UNITS_ALONE: list[Case] = [
    ("L", "อยู่กองกลางค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ลงทะเบียน กองคลัง", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองคลังโทรมาบอกว่าเงินเดือนเข้าพรุ่งนี้นะ", "Unknown", {}),
    ("L", "คลังค่ะ", "Unknown", {}),
    ("P", "กองกลาง", "Unknown", {}),
]


@readings(UNITS_ALONE + NOT_UNITS_ALONE)
def test_a_unit_named_alone_asks_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_unit_named_alone_is_read_as_a_write() -> None:
    assert unlabelled_writes(UNITS_ALONE) == []
