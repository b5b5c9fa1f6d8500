"""Round 40 (integrator): a count of steps asked complete ("มีกองไหนได้ครบ 3 ขั้นตอนแล้วบ้าง",
"กองการเจ้าหน้าที่ ๓ ขั้นตอนแรกครบไหม") is where the units stand, not the deadlines (misses of
dev_fresh140 and dev_fresh144 on arrival). Near misses: the count told with no question, asked
when, or asked what it takes stay as they were.

A request after a greeting, with when it is needed ("อรุณสวัสดิ์วันพุธค่ะ ขอภาพรวมทุกกองก่อนเข้า
ประชุม 10 โมงนะคะ"), asks it: setting the needed-by words aside never leaves the greeting alone
to answer. Near misses: thanks or a greeting with only chatter beside them stay small talk.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

STEPS_COMPLETE_ASKED: list[Case] = [
    ("L", "ตอนนี้มีกองไหนได้ครบ 3 ขั้นตอนแล้วบ้างคะ", "Status", {}),
    ("L", "กองไหนครบ 3 ขั้นตอนแล้ว", "Status", {}),
    ("L", "กองการเจ้าหน้าที่ ๓ ขั้นตอนแรกครบไหมคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองคลังครบ 2 ขั้นตอนยังครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "ไอทีส่งครบ 3 ขั้นแล้วใช่ไหม", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
]

NEAR_MISSES: list[Case] = [
    ("L", "ต้องส่งครบ 5 ขั้นตอนเมื่อไหร่คะ", "Deadlines", {}),
    ("L", "ต้องทำครบ 5 ขั้นตอนไหมคะ ถึงจะได้คะแนน", "RuleQuestion", {"topic": "level"}),
]


@readings(STEPS_COMPLETE_ASKED)
def test_a_count_of_steps_asked_complete_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    """Which units have completed the first N steps is where they stand."""
    assert settled(text, org) == (intent, slots)


@readings(NEAR_MISSES)
def test_a_count_of_steps_asked_when_or_why_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    """Asked when, or what a level requires, the count is the deadline or the rule."""
    assert settled(text, org) == (intent, slots)


REQUEST_AFTER_GREETING: list[Case] = [
    ("L", "อรุณสวัสดิ์วันพุธค่ะ ขอภาพรวมทุกกองก่อนเข้าประชุม 10 โมงนะคะ", "Status", {}),
    ("L", "สวัสดีวันจันทร์ครับ ขอสรุปทุกกองก่อนเข้าประชุม 9 โมงครับ", "Status", {}),
    ("L", "ขอบคุณค่ะ เดี๋ยวจะสรุปเข้าประชุมบ่ายนี้", "SmallTalk", {"kind": "thanks"}),
]


@readings(REQUEST_AFTER_GREETING)
def test_a_request_after_a_greeting_with_its_hour_asks_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    """The needed-by words set aside leave the request, not the greeting, to answer."""
    assert settled(text, org) == (intent, slots)


# A real word typed is no typo of another real word one vowel away: "วันนี้มีประชุม 10 โมงนะคะ"
# announces a meeting; "corrected" to มาประชุม it is offered (on a card, never stored) as step 2
# attended. Open: refusing every swap of a word for a word one letter away lost 14 development
# readings (รายงาย, ขอบคุง, เมนุ are typos made of words too), so it waits for a better test.
REAL_WORD_KEPT: list[Case] = [
    pytest.param(
        "L",
        "วันนี้มีประชุม 10 โมงนะคะ",
        "Unknown",
        {},
        marks=pytest.mark.xfail(strict=True, reason="open: มีประชุม corrected to มาประชุม"),
    ),
    ("L", "พรุ่งนี้มีประชุม 10 โมงครับ", "Unknown", {}),
    ("L", "ใครยังไม่สง", "Missing", {}),
    ("L", "เหลือกี่วน", "Deadlines", {}),
    ("L", "สถานนะ", "Status", {}),
]


@readings(REAL_WORD_KEPT)
def test_a_real_word_is_no_typo_of_another_one_vowel_away(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    """Chatter made of real words is never corrected into a report."""
    assert settled(text, org) == (intent, slots)
