"""Issue 9, round 10 (integrator): "ได้ไง", "ทำไง", "เอาไง" ask (how come, how to, what now)
wherever they stand: a figure said with them is questioned, never submitted."""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import settled

HOW_COME: list[tuple[str, str]] = [
    ("L", "กองคลังได้ 3.5 ได้ไง ส่งครบแล้วนะ"),
    ("L", "ศทส. ได้ 2 คะแนนได้ไงคะ"),
    ("P", "ขยะ 48 ได้ไง ตัวเลขจังหวัดไม่ใช่แบบนี้"),
    ("P", "ตัวเลขท่องเที่ยว 1,500 เอาไงดีคะ"),
    ("L", "ส่งแผนไม่ทันกำหนด ทำไงดีคะ"),
    ("B", "e-Budgeting 88 ได้ไงอะ ปีที่แล้วยังได้ 92"),
    ("O", "PMQA 410 เอาไงต่อครับ"),
]


@pytest.mark.parametrize(("org", "text"), HOW_COME, ids=[t[1] for t in HOW_COME])
def test_how_come_and_how_to_are_questions_never_writes(org: str, text: str) -> None:
    assert category(*settled(text, org)) != "write"


def test_a_short_name_before_a_long_run_of_letters_reads_in_linear_steps() -> None:
    """A short name ("สนง.") before a long run of Thai letters once made the introduction and
    sent-to patterns try every way of cutting the run into chunks (13 s for one message). The
    chunks of a short name are cut only at its dots: the run is read once."""
    from handlers.nlu.slots import _INTRODUCTION_RE, _SENT_TO_RE

    run = "สนง." + "ท่องเที่ยวส่งมาให้ใครหรือยัง" * 40
    for pattern in (_INTRODUCTION_RE, _SENT_TO_RE):
        assert "{1,4}\\.?)*" not in pattern.pattern  # no chunk of letters repeated freely
    assert _INTRODUCTION_RE.match(run) is None
    assert _INTRODUCTION_RE.match("ทาง สนง.ท่องเที่ยว ค่ะ") is not None
    assert settled("ใครยังไม่ส่งผลท่องเที่ยวบ้างคะ สนง.ท่องเที่ยวส่งมาให้ใครหรือยัง", "P")[0] == ("Missing")
