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
    CloseYear,
    Confirm,
    Help,
    PostponeReminder,
    RegisterUnit,
    ReminderAction,
    ReminderSettings,
    SmallTalk,
    SubmitValue,
    Undo,
    stores,
)
from handlers.nlu.questions import asks
from tests.fakes.understanding import intent_of

TODAY = date(2025, 1, 15)


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
    assert intent_of(text) == Confirm()


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
    assert intent_of(text) != Confirm()


@pytest.mark.parametrize(
    "text",
    [
        "ไม่เอาแล้วค่ะ ยกเลิกไปก่อน",
        "ยกเลิกนะครับ ไว้ค่อยส่งพรุ่งนี้",
        "ยกเลิกค่ะ เดี๋ยวค่อยทำใหม่วันหลัง",
        "ยกเลิกครับ หน่วยงานผิด",
        "ไม่เอาค่ะ ใส่กองผิด",
        "cancel ค่ะ เลือกตัวชี้วัดผิดข้อ",
        "ยกเลิกอันนี้ก่อนครับ หัวหน้ายังไม่อนุมัติ",
        "ไม่ถูกครับ ยกเลิก ต้องเป็น 58 ไม่ใช่ 85",
        "no ครับ พิมพ์ผิด",
    ],
)
def test_a_typed_no_with_a_reason_cancels(text: str) -> None:
    assert intent_of(text) == Cancel()


@pytest.mark.parametrize(
    "text",
    [
        "ยกเลิกการเตือนก่อนนะ",  # a setting, not the card
        "ยกเลิกที่ส่งล่าสุดครับ",  # undo
        "ไม่เอาค่ะ อิ่มแล้ว",  # chat
    ],
)
def test_a_no_naming_another_act_is_that_act(text: str) -> None:
    assert intent_of(text) != Cancel()


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
    assert intent_of(text) == Undo()


@pytest.mark.parametrize(
    "text",
    [
        "ขอดูผลย้อนหลังล่าสุดค่ะ",  # history, not undo
        "ย้อนดูรายการที่ส่งไปหน่อย",
        "ถอนรายการล่าสุดได้ไหมคะ",  # asks: never a write
        "ย้อนกลับไปดูรายการที่ส่งเมื่อวานหน่อย",
        "เอารายการที่ส่งออกมาให้ดูหน่อย",
        "ยกเลิกประชุมที่เพิ่งนัดไว้นะคะ",
    ],
)
def test_undo_words_in_a_question_withdraw_nothing(text: str) -> None:
    assert not isinstance(intent_of(text), Undo)


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
    assert intent_of(text) == SmallTalk(kind)


@pytest.mark.parametrize(
    "text",
    [
        "5555 คน ท่องเที่ยว",  # a figure with its measure
        "555 แล้วกองคลังล่ะ",  # a follow-up question
        "ฮ่าๆ ส่งแผนแล้วนะคะ",  # news of a step
    ],
)
def test_a_laugh_first_is_not_always_small_talk(text: str) -> None:
    assert intent_of(text) != SmallTalk("laugh")


@pytest.mark.parametrize(
    "text",
    [
        "เมนูอยู่ตรงไหนครับ หาไม่เจอ",
        "ต้องพิมพ์ยังไงถึงจะบันทึกขั้นตอนได้คะ",
        "ส่งผลตัวชี้วัดต้องพิมพ์แบบไหนครับ",
        "บันทึกการเข้าประชุมยังไงครับ ต้องพิมพ์เป็นเปอร์เซ็นต์ไหม",
    ],
)
def test_how_to_type_asks_for_help(text: str) -> None:
    assert intent_of(text) == Help()


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("ปิดสรุปรายอาทิตย์ก่อนนะคะ", ReminderAction.DIGEST_OFF),
        ("ปิดการเตือนไปก่อนค่ะ ช่วงนี้ไม่มีอะไรต้องส่ง", ReminderAction.OFF),
        ("ปิดแจ้งเตือนก่อนครับ ช่วงนี้ยังไม่มีอะไรค้าง", ReminderAction.OFF),
        ("ปิดการแจ้งเตือนชั่วคราวครับ ช่วงนี้ปิดปีงบ", ReminderAction.OFF),
        ("turn on reminder ครับ", ReminderAction.ON),
        ("turn off reminders please", ReminderAction.OFF),
        ("reminder settings เป็นยังไง", ReminderAction.SHOW),
    ],
)
def test_reminder_settings_with_asides(text: str, action: ReminderAction) -> None:
    got = intent_of(text)
    assert isinstance(got, ReminderSettings)
    assert got.action is action


def test_a_reminder_aside_on_the_year_closes_nothing() -> None:
    assert not isinstance(intent_of("หยุดแจ้งเตือนไปก่อนค่ะ ช่วงนี้ปิดปีงบประมาณ"), CloseYear)


def test_nothing_to_send_asks_nothing() -> None:
    assert not asks("ช่วงนี้ไม่มีอะไรต้องส่ง")
    assert not asks("ยังไม่มีใครส่งเลยครับ")
    assert asks("ช่วงนี้ไม่มีอะไรต้องส่งใช่ไหมคะ")
    assert asks("มีอะไรต้องส่งบ้าง")
    assert not stores(intent_of("ปิดการเตือนดีไหมคะ ช่วงนี้ไม่มีอะไรต้องส่ง"))


def test_postpone_in_english() -> None:
    got = intent_of("postpone reminder ขั้นตอนที่ 3 ครับ")
    assert isinstance(got, PostponeReminder)
    assert got.step == "3"
    assert isinstance(intent_of("snooze reminder แผน 1 วัน"), PostponeReminder)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ลงชื่อเป็นคนของกองคลังครับ", "กองคลัง"),
        ("ลงชื่อว่าอยู่ศทส.นะคะ", "ศทส."),
        ("ผมมาจาก กองคลัง ครับ เพิ่งย้ายมา ลงทะเบียนให้ด้วย", "กองคลัง"),
    ],
)
def test_registering_ones_unit(text: str, unit: str) -> None:
    got = intent_of(text)
    assert isinstance(got, RegisterUnit)
    assert got.unit == unit


def test_a_laugh_is_never_a_figure() -> None:
    assert not isinstance(intent_of("55555 ตัวเลขท่องเที่ยวดีมาก"), SubmitValue)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("รอบหน้าเตือนเช้าวันครบกำหนดด้วย และก่อน 2 วัน", (2, 0)),
        ("ช่วยเตือนผมก่อน 3 วันด้วยครับ", (3,)),
        ("เตือนวันครบกำหนดด้วยนะคะ", (0,)),
    ],
)
def test_reminder_days_said_apart_from_the_word(text: str, days: tuple[int, ...]) -> None:
    assert intent_of(text) == ReminderSettings(ReminderAction.SET, days)


def test_a_reminder_day_asked_sets_nothing() -> None:
    assert not stores(intent_of("เตือนวันครบกำหนดไหมคะ"))


@pytest.mark.parametrize(
    "text",
    [
        "ต้องพิมพ์แผนเป็นเล่มส่งไหมคะ",  # printing on paper
        "ผลงานตีพิมพ์กี่เรื่องคะ",
    ],
)
def test_printing_is_no_help(text: str) -> None:
    assert intent_of(text) != Help()


@pytest.mark.parametrize(
    "text",
    ["ผอ.ลงชื่ออยู่ในเอกสารแล้ว", "ลงชื่อเข้าร่วมประชุมอยู่ค่ะ", "พี่เขาลงชื่อเป็นคนรับผิดชอบ"],
)
def test_signing_a_document_registers_nobody(text: str) -> None:
    assert not isinstance(intent_of(text), RegisterUnit)
