"""Round 37 (voices37): terse phone typing, time and an ordinary week.

ไหม typed as said, "มะ", after the word asked of ("ส่งทางเมลได้มะคะ", "…84%ผ่านมะ") asks; English
words said in Thai letters are read as the English ("แคนเซิลค่ะ" is a no, "อันดูค่ะ" undo,
"แอดวานซ์" the level, "รีพอร์ต" a report, "สเต็ป3" step 3).

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

# (2) ไหม typed as said ("มะ") after the word asked of.
ASKED_MA: list[Case] = [
    ("L", "ส่งทางเมลได้มะคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "เข้าประชุม84%ผ่านมะ", "RuleQuestion", {"topic": "attendance"}),
    ("P", "ยส.ผ่านมะ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("L", "กองคลังส่งแล้วยังมะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ส่งแผนทันมะ", "Deadlines", {"step": "3"}),
    # near misses: a fruit and the dharma are no question
    ("L", "ได้มะม่วงมาฝากค่ะ", "Unknown", {}),
    ("L", "ไปฟังธรรมะกันไหม", "Unknown", {}),
]

# (3) English words said in Thai letters.
LOANWORDS: list[Case] = [
    ("L", "แคนเซิลค่ะ", "Cancel", {}),
    ("L", "อันดูค่ะ ส่งผิดกอง", "Undo", {}),
    ("L", "ขออันดูหน่อย", "Undo", {}),
    ("L", "แอดวานซ์ต้องกี่คะแนน", "RuleQuestion", {"topic": "level"}),
    ("L", "รีพอร์ตผลตามแผนส่งเมื่อไหร่คับ", "Deadlines", {"step": "4"}),
    ("L", "ใครยังไม่ส่งสเต็ป3มั่งคับ", "Missing", {"step": "3"}),
    ("L", "สเต็ป3ส่งเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "สเต็ป 3 ส่งแล้วค่ะ", "MarkStep", {"step": "3"}),
    # near misses: a meeting cancelled, words holding อันดู, the steps counted as before
    ("L", "แคนเซิลประชุมบ่ายนี้นะ", "Unknown", {}),
    ("L", "งานอันดูแลยาก", "Unknown", {}),
    ("L", "อันดูดีนะงานนี้", "Unknown", {}),
    ("L", "ส่งรีพอร์ทประจำเดือนให้หัวหน้าแล้ว", "Unknown", {}),
    ("L", "กองกลางผ่านกี่สเต็ปแล้ว", "Status", {"unit": "กองกลาง"}),
    ("L", "อยู่สเต็ปไหนแล้ว", "Status", {}),
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


@readings(ASKED_MA)
def test_mai_typed_as_said_asks(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LOANWORDS)
def test_english_words_in_thai_letters_are_read_as_the_english(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


ALL = LAYOUT + ASKED_MA + LOANWORDS


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["l5kot", "gs]nvduj;yoคะ", "asdfgh", "ส่งแผนแล้วมะ", "สเต็ป3ส่งยัง"]) == []
