"""Round 32 (items9): report indicators' items and tiers.

An item's own opening words said as the subject of "ผ่านไหม/ผ่านหรือยัง" ("ร่างหลักสูตรการสอบ
แข่งขันเพื่อบรรจุ ผ่านหรือยัง", "ให้บริการระบบ BBL ผ่านแล้วมั้ย") ask the items; an indicator's
nickname ("หลักสูตรสอบแข่งขันผ่านยัง") or an item's words after the indicator named first
("ตัวชี้วัดจริยธรรมเสนอ ก.ม.จ. ผ่านหรือยัง") still asks its tier, as the corpus reads them.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) An item quoted by its opening words, asked whether it passed: the items.
ITEM_OPENINGS: list[Case] = [
    (
        "O",
        "ร่างหลักสูตรการสอบแข่งขันเพื่อบรรจุบุคคล ผ่านแล้วหรือยังคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    (
        "O",
        "จัดประชุมชี้แจงหลักเกณฑ์การแต่งตั้งข้าราชการ ผ่านหรือยังคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "O",
        "แจ้งเวียนคู่มือการแต่งตั้ง ผ่านไหมคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "B",
        "ให้บริการระบบ e-Budgeting ผ่านแล้วใช่ไหม",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "items"},
    ),
    (
        "B",
        "การเผยแพร่ข้อมูลข่าวสารทางเฟซบุ๊ก ผ่านยังครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "B",
        "ข้อมูลพื้นฐานด้านการงบประมาณ แหล่งน้ำ ถนน ผ่านแล้วมั้ยคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "items"},
    ),
    # Near misses: the indicator's nickname, or named first, is asked its tier.
    ("O", "หลักสูตรสอบแข่งขันผ่านหรือยังคะ", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("O", "คู่มือแผนพัฒนาบุคลากรผ่านยังครับ", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    (
        "O",
        "ตัวชี้วัดจริยธรรมเสนอ ก.ม.จ. ผ่านไหมคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "tier"},
    ),
    ("B", "แหล่งน้ำ ถนน ผ่านหรือยังครับ", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    (
        "P",
        "e-Service 3 อำเภอ 8 งานบริการ ผ่านยังคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "tier"},
    ),
    ("B", "BBL ผ่านหรือยังคะ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
]
ALL = ITEM_OPENINGS


@readings(ITEM_OPENINGS)
def test_an_item_quoted_by_its_opening_words_asks_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert [t for org, t, _, _ in ALL if read_as_writes([t], org)] == []
