"""Round 38 (writes38): writes read where a question, a date or news stood, and writes missed.

A question particle misspelt or typed short after what it asks of ("ได้ไม", "ได้มัย", "ได้ม่ะ",
"ได้ไม๊", "แล้วรึป่าว") asks like the word it stands for: a question never starts a write.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Question particles misspelt or typed short: the question, never a write.
SHORT_PARTICLES: list[Case] = [
    ("L", "ส่งแผนทางเมลได้ไมครับ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งรายชื่อทาง google form ได้ไมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนเป็นกระดาษได้ม่ะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนทางไลน์แทนได้ไม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนทางอีเมลได้มัยคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งทางเมลได้ไม๊", "RuleQuestion", {"topic": "channel"}),
    ("L", "กองคลังส่งแผนแล้วรึป่าวคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ศทส.ส่งรายชื่อทีมแล้วหรือป่าว", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("P", "ขยะ 52.3 ได้ไม", "IndicatorQuery", {"indicator": "2"}),
    # Near misses: told, not asked; a word holding the letters keeps them.
    ("L", "ส่งแผนทางเมลแล้วครับ", "MarkStep", {"step": "3", "channel": "email"}),
    ("L", "ส่งแผนฉบับทันสมัยแล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "ได้ไมค์มาแล้ว", "Unknown", {}),
]


@readings(SHORT_PARTICLES)
def test_a_question_particle_typed_short_asks(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_the_tables_is_read_as_a_write() -> None:
    assert unlabelled_writes(SHORT_PARTICLES) == []
