"""Round 37 (voices37): terse phone typing, time and an ordinary week.

Thai typed with the phone's English keyboard layout on ("l5kot คับ" is สถานะ, "pnopyo" ยืนยัน,
"desoflj'แผนวันไหน" กำหนดส่งแผนวันไหน) is read as the Thai meant, when the keys give long
dictionary words and the message read as typed says nothing; English words give scraps of rare
words ("Drive": ฏ พร อำ) and stay English.
"""

from __future__ import annotations

from typing import Any

from handlers.nlu.keyboard import typed_thai
from tests.fakes.understanding import read_as_writes, readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Thai typed on the English layout.
LAYOUT: list[Case] = [
    ("L", "l5kot คับ", "Status", {}),
    ("L", "l5kot", "Status", {}),
    ("L", "desoflj'แผนวันไหน", "Deadlines", {"step": "3"}),
    ("L", "gs]nvduj;yoคะ", "Deadlines", {}),
    ("L", ".8ipy'w,jlj'แผนคะ", "Missing", {"step": "3"}),
    ("L", "lj'czoc]h;ค่ะ", "MarkStep", {"step": "3"}),
    ("L", "-v[86I8iy[", "SmallTalk", {"kind": "thanks"}),
    ("L", "pnopyo", "Confirm", {}),
    # near misses: English words and chatter stay as typed
    ("L", "thx a lot ka", "SmallTalk", {"kind": "thanks"}),
    ("L", "wifi ชั้น3 ล่มอีกละ", "Unknown", {}),
    ("L", "ขอลิงก์ desk หน่อยครับ", "DeskLink", {}),
    ("B", "GD cat ใครยังไม่ส่ง", "Missing", {"indicator": "5"}),
    ("L", "asdfgh", "Unknown", {}),
]


@readings(LAYOUT)
def test_thai_typed_on_the_english_layout_is_read_as_meant(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_only_runs_of_long_dictionary_words_are_read_back() -> None:
    assert typed_thai("l5kot คับ") == "สถานะ คับ"
    assert typed_thai("gs]nvduj;yo?") == "เหลือกี่วัน?"
    assert typed_thai("Google Drive") is None
    assert typed_thai("thx a lot ka") is None
    assert typed_thai("https://drive.google.com/l5kot") is None
    assert typed_thai("สถานะ") is None


ALL = LAYOUT


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["l5kot", "gs]nvduj;yoคะ", "asdfgh"]) == []
