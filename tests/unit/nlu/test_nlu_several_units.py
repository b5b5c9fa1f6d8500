"""Several units named in one question ("กองคลังกับกองกลาง…", "กค. และ ศทส.", "Finance Division
and Legal Affairs Division"): the question is asked of all of them, never of the first alone."""

from __future__ import annotations

import pytest

from handlers.intents import History, Members, Missing, Status
from handlers.nlu.evaluation import TODAY
from handlers.nlu.settle import settle
from handlers.registry import understand
from tests.fakes.seed import labour


def _settled(text: str) -> object:
    return settle(understand(text, today=TODAY).intent, labour())


@pytest.mark.parametrize(
    "text",
    [
        "กองคลังกับกองกลางถึงไหนแล้ว",
        "ขอดูสถานะ กค. และ ศทส.",
        "กค. กก. ถึงไหนแล้วครับ",
        "กองคลัง, กองกลาง ความคืบหน้าเป็นยังไงบ้าง",
        "Finance Division กับ Legal Affairs Division ถึงไหนแล้ว",
        "ไอทีกับกองคลังถึงไหนแล้วคะ",
        "สถานะกองนิติการหรือกองการเจ้าหน้าที่หน่อยค่ะ",
    ],
)
def test_the_status_of_several_units_is_the_organisations(text: str) -> None:
    assert _settled(text) == Status()


@pytest.mark.parametrize(
    "text",
    [
        "กจ. หรือ กนต. ใครยังไม่ส่งแผน",
        "กองคลังกับกองกลางยังไม่ส่งอะไรบ้าง",
        "กค. และ กก. ยังขาดอะไรอยู่คะ",
        "กองการเจ้าหน้าที่หรือกองนิติการ ค้างส่งอะไรบ้าง",
        "Finance Division and Personnel Division ยังไม่ส่งอะไร",
        "ไอทีกับกองคลังยังไม่ได้ส่งอะไรบ้างครับ",
        "กองคลัง,กองกลาง ส่งแผนครบยัง",
    ],
)
def test_what_several_units_have_not_sent_is_who_has_not(text: str) -> None:
    settled = _settled(text)
    assert isinstance(settled, Missing), settled
    assert settled.unit == ""


@pytest.mark.parametrize(
    "text",
    [
        "ประวัติการส่งของกองคลังกับกองนิติการ",
        "ขอดูประวัติ กค. และ กนต. หน่อยครับ",
        "ประวัติการส่ง Finance Division, Legal Affairs Division",
        "กองกลางกับกองคลังส่งอะไรไปแล้วบ้างคะ",
        "history ของ กองคลัง and กองกลาง",
        "ขอประวัติการบันทึกของไอทีและกองนิติการค่ะ",
    ],
)
def test_the_history_of_several_units_is_everyones(text: str) -> None:
    assert _settled(text) == History()


@pytest.mark.parametrize(
    "text",
    [
        "สมาชิกกองคลังและกองกลางมีใครบ้าง",
        "ทีม PMQA ของ กค. กับ กจ. มีใครบ้างคะ",
        "สมาชิก Finance Division และ IT มีใครบ้าง",
        "กองนิติการ, กองกลาง มีสมาชิกกี่คน",
        "ทีมงานของกองคลังหรือศทส.มีใครบ้างครับ",
        "members of Finance Division and Legal Affairs Division",
    ],
)
def test_the_members_of_several_units_are_everyones(text: str) -> None:
    assert _settled(text) == Members()


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        ("กองคลังถึงไหนแล้ว", Status(unit="กองคลัง")),
        ("สมาชิกกองคลังมีใครบ้าง", Members(unit="กองคลัง")),
        ("ประวัติการส่งของกองนิติการ", History(unit="กองนิติการ")),
        ("สถานะศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", Status(unit="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")),
    ],
)
def test_one_unit_stays_one_unit(text: str, settled: object) -> None:
    assert _settled(text) == settled
