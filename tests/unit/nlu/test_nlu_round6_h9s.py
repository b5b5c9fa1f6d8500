"""Round 6 (h9s): what is neither a question nor a submission, as outside writers type it.

Typed yeses and noes with an aside, undo in other words, small talk that goes on past its
first word, help on how to type, reminder settings in Thai and English, postponing, and
registering one's unit; and the safety around them: a yes never carries doubt, a laugh never
becomes a figure, a question never becomes a write.
"""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import (
    Cancel,
    Confirm,
    SmallTalk,
    SubmitValue,
    Undo,
)
from handlers.registry import understand

TODAY = date(2025, 1, 15)


def read(text: str) -> object:
    return understand(text, today=TODAY).intent


@pytest.mark.parametrize(
    "text",
    [
        "ยืนยันครับบ ถูกต้องแล้ว",
        "ถูกต้องค่ะ กดยืนยันให้เลยนะคะ",
        "กดยืนยันจ้า ข้อมูลถูกแล้ว",
        "ได้ค่ะ ยืนยันเลยค่ะ",
        "ใช่ครับ ตามนั้นเลย บันทึกให้หน่อยครับ",
        "ปุ่มกดไม่ได้ค่ะ พิมพ์แทน ยืนยันนะคะ",
        "confirm ครับ ตัวเลขตรงกับที่ศทส.แจ้งมา",
    ],
)
def test_a_typed_yes_with_an_aside_confirms(text: str) -> None:
    assert read(text) == Confirm()


@pytest.mark.parametrize(
    "text",
    [
        "ยืนยันไม่ได้ครับ ตัวเลขผิด",  # doubt takes a yes back
        "กดยืนยันยังไงคะ",  # asks how
        "ยืนยันค่ะ แต่กองคลังยังไม่ส่งแผน",  # something more
        "ใช่ค่ะ ตรงกับที่กองคลังส่งมาไหมคะ",  # asks
    ],
)
def test_a_yes_with_doubt_or_news_confirms_nothing(text: str) -> None:
    assert read(text) != Confirm()


@pytest.mark.parametrize(
    "text",
    [
        "ไม่เอาแล้วค่ะ ยกเลิกไปก่อน",
        "ยกเลิกนะครับ ไว้ค่อยส่งพรุ่งนี้",
        "ยกเลิกครับ หน่วยงานผิด",
        "ไม่เอาค่ะ ใส่กองผิด",
        "cancel ค่ะ เลือกตัวชี้วัดผิดข้อ",
        "ยกเลิกอันนี้ก่อนครับ หัวหน้ายังไม่อนุมัติ",
        "ไม่ถูกครับ ยกเลิก ต้องเป็น 58 ไม่ใช่ 85",
        "no ครับ พิมพ์ผิด",
    ],
)
def test_a_typed_no_with_a_reason_cancels(text: str) -> None:
    assert read(text) == Cancel()


@pytest.mark.parametrize(
    "text",
    [
        "ยกเลิกการเตือนก่อนนะ",  # a setting, not the card
        "ยกเลิกที่ส่งล่าสุดครับ",  # undo
        "ไม่เอาค่ะ อิ่มแล้ว",  # chat
    ],
)
def test_a_no_naming_another_act_is_that_act(text: str) -> None:
    assert read(text) != Cancel()


@pytest.mark.parametrize(
    "text",
    [
        "ย้อนอันล่าสุดให้ทีค่ะ ใส่ผิด",
        "ย้อนกลับรายการสุดท้ายครับ",
        "ถอนรายการที่เพิ่งส่งไปค่ะ",
        "ขอถอนค่าที่เพิ่งบันทึกครับ",
        "เอาที่บันทึกล่าสุดออกด้วยครับ ยังไม่ใช่ตัวจริง",
        "undo the last one please",
    ],
)
def test_undo_in_other_words(text: str) -> None:
    assert read(text) == Undo()


@pytest.mark.parametrize(
    "text",
    [
        "ขอดูผลย้อนหลังล่าสุดค่ะ",  # history, not undo
        "ย้อนดูรายการที่ส่งไปหน่อย",
        "ถอนรายการล่าสุดได้ไหมคะ",  # asks: never a write
    ],
)
def test_undo_words_in_a_question_withdraw_nothing(text: str) -> None:
    assert not isinstance(read(text), Undo)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("noted ค่ะ", "ack"),
        ("Noted with thanks", "ack"),
        ("เก่งมากค่ะน้องบอท ตอบเร็วสุดๆ", "praise"),
        ("น้องบอทฉลาดขึ้นเยอะมากเลย", "praise"),
        ("สุดยอดครับ สะดวกกว่าเปิดเอกสารเอง", "praise"),
        ("เจ๋งมาก ใช้สะดวกดีค่ะ", "praise"),
        ("ฮ่าๆๆ น่ารักจัง", "laugh"),
        ("5555 พิมพ์ผิดอีกละ", "laugh"),
        ("55555+ ผอ.เห็นกราฟแล้วชอบเลย", "laugh"),
        ("555555 ยอดท่องเที่ยวปีนี้พุ่งมาก", "laugh"),
    ],
)
def test_small_talk_that_goes_on(text: str, kind: str) -> None:
    assert read(text) == SmallTalk(kind)


@pytest.mark.parametrize(
    "text",
    [
        "5555 คน ท่องเที่ยว",  # a figure with its measure
        "555 แล้วกองคลังล่ะ",  # a follow-up question
        "ฮ่าๆ ส่งแผนแล้วนะคะ",  # news of a step
    ],
)
def test_a_laugh_first_is_not_always_small_talk(text: str) -> None:
    assert read(text) != SmallTalk("laugh")


def test_a_laugh_is_never_a_figure() -> None:
    assert not isinstance(read("55555 ตัวเลขท่องเที่ยวดีมาก"), SubmitValue)
