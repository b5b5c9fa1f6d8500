"""Two asks in one message: the same question about several indicators or units is one
question about all of them; different asks are read as the first; a write followed by a
question is the write (its confirmation card comes first), and a question is never a write."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import WRITES, IndicatorQuery, Missing
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import settled

CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # The same question about two indicators: one question about both.
    ("P", "ท่องเที่ยวได้เท่าไหร่ แล้วขยะล่ะ", "IndicatorQuery",
     {"indicator": ["2", "3"], "aspect": "result"}),
    ("P", "e-service ได้กี่คะแนน แล้ว pmqa ล่ะครับ", "IndicatorQuery",
     {"indicator": ["5", "6"], "aspect": "score"}),
    ("P", "ขยะกับท่องเที่ยว ได้เท่าไหร่คะ", "IndicatorQuery",
     {"indicator": ["2", "3"], "aspect": "result"}),
    ("O", "ตัวชี้วัดแผนพัฒนาบุคลากรกับแต่งตั้ง ผ่านยังคะ", "IndicatorQuery",
     {"indicator": ["2", "3"], "aspect": "tier"}),
    ("O", "ใครยังไม่ส่งผลแผนพัฒนาบุคลากร แล้วแต่งตั้งล่ะคะ", "Missing", {"indicator": ["2", "3"]}),
    # The same question about two units: who has not sent it, what they have sent.
    ("L", "กองนิติการส่งแผนยัง กองคลังส่งยัง", "Missing", {"step": "3"}),
    ("L", "กองนิติการกับกองกลาง ส่งอะไรไปแล้วบ้าง", "History", {}),
    # Different asks: the first one.
    ("L", "ขอดูภาพรวมหน่อย แล้วก็ใครยังไม่ส่งแผนด้วย", "Status", {}),
    ("P", "ยาเสพติดได้เท่าไหร่ แล้วสูตรคำนวณคืออะไร", "IndicatorQuery",
     {"indicator": "4", "aspect": "result"}),
    ("P", "ท่องเที่ยวได้กี่คะแนน ผ่านเกณฑ์ไหม", "IndicatorQuery",
     {"indicator": "3", "aspect": "score"}),
    # What one unit has not sent is its status; the organisation's own name is no unit.
    ("L", "กองคลังส่งแผนหรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("O", "สำนักงาน ก.พ. ส่งผลครบยังคะ", "Missing", {}),
    ("B", "สงป. ส่งผลครบหรือยัง", "Missing", {}),
    # A write, then a question: the write (restated on its card before anything is stored).
    ("L", "ส่งรายชื่อทีมแล้วค่ะ แล้วกองไหนยังไม่ส่งบ้าง", "MarkStep", {"step": "1"}),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "intent", "slots"), CASES)
def test_two_asks_in_one_message(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "ส่งแผนแล้ว แล้วใช่ไหม",
        "ส่งผลขยะ 52.3 แล้วใช่ไหมคะ",
        "ส่งแผนแล้วหรือยัง แล้วกองคลังล่ะ",
        "กองคลังส่งแผนแล้วใช่มั้ย แล้วก็กองกลางด้วย",
        "ส่งผลขยะ 52.3 ได้ไหม แล้วก็ยาเสพติด 80 ด้วย",
        # A question about the value just typed asks whether it would do: no write.
        "ขยะ 52.3 แล้วผ่านไหม",
        "ส่งผลขยะ 52.3 แล้วเกณฑ์คืออะไรคะ",
        "ท่องเที่ยว 1,700 ล้านบาท แล้วได้กี่คะแนน",
        # A condition ("ถ้า…แล้ว", "หาก…", "สมมติว่า…") states nothing done: the clause after it
        # asks what follows, and the message is one question.
        "ถ้าส่งแผนแล้ว แล้วต้องทำอะไรต่อ",
        "หากส่งแผนแล้ว แล้วต้องทำอะไรต่อคะ",
        "สมมติว่าส่งรายชื่อทีมแล้ว แล้วต้องส่งอะไรอีก",
        "กรณีส่งผลขยะ 52.3 แล้ว แล้วต้องแนบอะไรบ้าง",
    ],
)
def test_a_question_in_either_clause_is_never_a_write(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


def test_several_indicators_are_kept_as_typed_until_settled() -> None:
    read = understand("ขยะได้เท่าไหร่ แล้วท่องเที่ยวล่ะ", today=TODAY).intent
    assert isinstance(read, IndicatorQuery) and (read.indicator, read.more) == ("ขยะ", ("ท่องเที่ยว",))
    read = understand("ใครยังไม่ส่งผลขยะ แล้วท่องเที่ยวล่ะ", today=TODAY).intent
    assert isinstance(read, Missing) and read.more == ("ท่องเที่ยว",)
