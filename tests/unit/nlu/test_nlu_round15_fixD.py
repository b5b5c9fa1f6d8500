"""Issue 9, round 15 (fixD): replies inside a group conversation.

A relaxed yes to the bot's card ("ใช่ๆๆ อันนั้นแหละ", "ยืนยันครับ บันทึกขยะตามนั้น"), a no to the
card that names the command just given ("ยกเลิกคำสั่งเมื่อกี้ครับ ยังไม่ต้องทำ") rather than an entry
recorded earlier, a reminder put off in everyday words ("เตือนอีกทีพรุ่งนี้เช้าค่ะ", "snooze ไปก่อน
2 วัน"), the next reminder asked ("บอทจะเตือนเรื่องแผนอีกทีวันไหน"), small talk (stickers described
by what they show, laughs with a remark, thanks to people, newcomers naming their office) and
how-to questions about typing to the bot. Questions are never read as writes.
"""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import settled

# A yes in relaxed words: the card pointed at, recorded, or its indicator restated.
RELAXED_YES = [
    "ใช่ๆๆ อันนั้นแหละ",
    "ใช่ครับ อันนี้แหละ",
    "ใช่ๆ นั่นแหละค่ะ",
    "ใช่ค่ะ ตัวเลขนี้แหละ",
    "ถูกต้องค่ะ อันนั้นแหละ บันทึกได้",
    "ค่ะ ถูกต้อง ลงได้เลย",
    "จ้า ถูกแล้ว ลงเลย",
    "ยืนยันครับ บันทึกขยะตามนั้น",
    "ยืนยันค่ะ บันทึกผลขยะตามนี้เลย",
    "ใช่ค่ะ ลงจริยธรรมตามนั้นเลย",
]
# Asked back, or taken back: no yes.
NO_YES = [
    "ใช่ไหม อันนั้นแหละ",
    "อันนั้นแหละใช่ไหมคะ",
    "ใช่ไหมคะ ตัวเลขนี้",
    "ค่ะ ถูกต้องไหม ลงได้เลยหรือยัง",
    "ใช่ค่ะ แต่ตัวเลขผิด",
    "ใช่ อันนั้นแหละ แต่ยังไม่ต้องบันทึก",
    "ยืนยันครับ บันทึกขยะตามนั้นได้ไหม",
]


@pytest.mark.parametrize("text", RELAXED_YES)
def test_a_relaxed_yes_confirms(text: str) -> None:
    assert settled(text, "L") == ("Confirm", {})


@pytest.mark.parametrize("text", NO_YES)
def test_a_yes_asked_back_or_taken_back_confirms_nothing(text: str) -> None:
    intent, slots = settled(text, "L")
    assert intent != "Confirm"
    assert category(intent, slots) != "write"


# The card dropped: the command just given, what was just typed said to be wrong, a halt.
CANCELS = [
    "ยกเลิกคำสั่งเมื่อกี้ครับ ยังไม่ต้องทำ",
    "ขอยกเลิกคำสั่งเมื่อกี้นะคะ พิมพ์ผิด",
    "ยกเลิกคำสั่งนี้ก่อนค่ะ",
    "ยกเลิกค่ะ เมื่อกี้ไม่ใช่กองกลาง",
    "ยกเลิกครับ เมื่อกี้ผิดกอง",
    "ไม่เอาค่ะ เมื่อกี้ตัวเลขผิด",
    "stop ก่อนค่ะ ไม่ต้องบันทึก",
    "หยุดก่อนครับ ไม่ต้องบันทึก",
]
# An entry recorded earlier, named: withdrawn.
UNDOES = [
    "ยกเลิกรายการที่ส่งไปเมื่อกี้",
    "ขอยกเลิกรายการเมื่อกี้ค่ะ ส่งผิดกอง",
    "ยกเลิกผลขยะที่ส่งไปเมื่อกี้ค่ะ",
    "ยกเลิกที่บันทึกเมื่อกี้ครับ",
]


@pytest.mark.parametrize("text", CANCELS)
def test_a_no_to_the_card_cancels(text: str) -> None:
    assert settled(text, "L") == ("Cancel", {})


@pytest.mark.parametrize("text", UNDOES)
def test_an_entry_named_is_withdrawn(text: str) -> None:
    assert settled(text, "L")[0] == "Undo"


# A reminder put off in everyday words; the reason given names no step.
POSTPONES = [
    ("L", "เตือนอีกทีพรุ่งนี้เช้าค่ะ รอลายเซ็นท่านอยู่"),
    ("L", "เตือนอีกทีวันจันทร์นะคะ"),
    ("L", "snooze ไปก่อน 2 วันนะบอท"),
    ("L", "snooze ไว้ก่อนครับ"),
    ("L", "snooze 1 วันค่ะ"),
    ("L", "พักเตือนไว้ก่อนนะ เดี๋ยวบ่ายสามค่อยเตือนใหม่"),
    ("L", "พักเตือนก่อนนะ เดี๋ยวบ่ายค่อยเตือนใหม่"),
    ("B", "วันนี้ทีมไปสัมมนาต่างจังหวัดกันหมด เลื่อนเตือนเป็นพรุ่งนี้แทนนะครับ"),
    ("B", "วันนี้ไม่ต้องเตือนนะครับ ทีมไปสัมมนา พรุ่งนี้ค่อยว่ากัน"),
    ("B", "วันนี้ทุกคนไปอบรม เลื่อนเตือนเป็นพรุ่งนี้แทนนะ"),
]


@pytest.mark.parametrize(("org", "text"), POSTPONES)
def test_a_reminder_put_off(org: str, text: str) -> None:
    assert settled(text, org) == ("PostponeReminder", {})


def test_a_step_named_stays_on_the_postponement() -> None:
    assert settled("เตือนเรื่องแผนอีกทีพรุ่งนี้นะคะ", "L") == ("PostponeReminder", {"step": "3"})


# When the bot reminds next: shown, never changed.
NEXT_REMINDER_ASKED = [
    "บอทจะเตือนเรื่องแผนอีกทีวันไหน",
    "บอทจะเตือนอีกทีเมื่อไหร่คะ",
    "เตือนอีกทีเมื่อไหร่",
    "จะเตือนเรื่องรายงานผลครั้งหน้าวันไหนครับ",
]


@pytest.mark.parametrize("text", NEXT_REMINDER_ASKED)
def test_the_next_reminder_asked_shows_the_settings(text: str) -> None:
    assert settled(text, "L") == ("ReminderSettings", {"action": "show"})


@pytest.mark.parametrize("text", ["เตือนอีกทีพรุ่งนี้ใช่ไหม", "กำหนดส่งแผนวันไหน"])
def test_asking_is_no_postponement(text: str) -> None:
    assert category(*settled(text, "L")) != "write"


# Stickers described as text, read by what they show.
STICKERS = [
    ("[สติกเกอร์ กระต่ายยกนิ้วโป้ง]", "ack"),
    ("[สติ๊กเกอร์ หมาพยักหน้า]", "ack"),
    ("[สติกเกอร์ หมีโค้งขอบคุณ]", "thanks"),
    ("[สติกเกอร์ แมวไหว้ขอบคุณ]", "thanks"),
    ("(สติกเกอร์ แมวหัวเราะกลิ้ง)", "laugh"),
    ("(sticker หมีหัวเราะ)", "laugh"),
    ("[สติกเกอร์ หมีสวัสดี]", "greeting"),
]
# Laughs with a remark, understood at last, thanks to people and relayed thanks.
SMALL_TALK = [
    ("5555 บอทเตือนแม่นกว่าหัวหน้าอีก", "laugh"),
    ("555 บอทสรุปไวกว่าพี่อีก", "laugh"),
    ("ฮ่าาา ตกใจหมดนึกว่าส่งผิดกลุ่ม", "laugh"),
    ("ฮ่าๆ นึกว่าบันทึกไปแล้ว", "laugh"),
    ("อ้อ ค่ะ พอเข้าใจแล้ว", "ack"),
    ("อ๋อ ครับ พอเข้าใจละ", "ack"),
    ("อ๋ออ เข้าใจแล้วครับ ที่แท้ขั้น 3 ใช้ฟอร์ม 1-3", "ack"),
    ("อ้อ ที่แท้แผนต้องส่งทางไดรฟ์นี่เอง", "ack"),
    ("ขอบคุณพี่ต๋อยกับน้องบอทค่า", "thanks"),
    ("ขอบคุณพี่ต๋อยมากค่ะ เข้าใจแล้ว", "thanks"),
    ("ท่านผอ.สำนักฝากขอบคุณทีมที่ช่วยรวบรวมผลค่ะ", "thanks"),
    ("ผอ.กองคลังฝากขอบคุณทุกคนค่ะ", "thanks"),
    ("ท่านรองฯ ฝากขอบคุณทีมงานครับ", "thanks"),
]
# Newcomers naming the office whose team they joined; a belated wish to an office's people.
GREETINGS = [
    ("O", "หวัดดีครับ ผมน้องใหม่ทีม PMQA ของ ก.พ. ครับ"),
    ("O", "สวัสดีค่ะ หนูน้องใหม่ทีมตัวชี้วัดของ ก.พ. ค่ะ"),
    ("B", "สวัสดีครับ ผมเพิ่งย้ายมาช่วยงาน PMQA ของ สงป. ฝากตัวด้วยครับ"),
    ("B", "สวัสดีค่ะ ดิฉันเพิ่งย้ายมาดูงาน PMQA ของ สงป. ค่ะ"),
    ("P", "สวัสดีปีใหม่ย้อนหลังค่ะพี่ๆ สนจ."),
    ("P", "สุขสันต์วันปีใหม่ย้อนหลังครับพี่ๆ ทุกคน"),
]


@pytest.mark.parametrize(("text", "kind"), STICKERS + SMALL_TALK)
def test_small_talk_in_the_group(text: str, kind: str) -> None:
    assert settled(text, "L") == ("SmallTalk", {"kind": kind})


@pytest.mark.parametrize(("org", "text"), GREETINGS)
def test_a_newcomer_or_a_belated_wish_greets(org: str, text: str) -> None:
    assert settled(text, org) == ("SmallTalk", {"kind": "greeting"})


# News or a figure beside the small talk is still read; a registration asked is one.
STILL_READ = [
    ("L", "ขอบคุณพี่ต๋อยค่ะ กองคลังส่งแผนแล้ว", "MarkStep"),
    ("L", "ฝากขอบคุณกองคลังด้วย ส่งแผนแล้วนะ", "MarkStep"),
    ("L", "สวัสดีค่ะ หนูเพิ่งย้ายมาอยู่กองคลัง ลงทะเบียนให้ด้วยนะคะ", "RegisterUnit"),
    ("L", "สวัสดีปีใหม่ค่ะ ขอดูประวัติย้อนหลังของกองคลังหน่อย", "History"),
]


@pytest.mark.parametrize(("org", "text", "intent"), STILL_READ)
def test_what_is_said_beside_the_small_talk_is_read(org: str, text: str, intent: str) -> None:
    assert settled(text, org)[0] == intent


def test_a_figure_beside_relayed_thanks_is_no_thanks() -> None:
    assert settled("ฝากขอบคุณทีมด้วยนะ ผลขยะ 80", "L")[0] != "SmallTalk"


# How to type to the bot, or how to tell it something: help, never a write.
HOW_TO = [
    "พิมพ์เลขไทยได้ไหมครับ บอทจะอ่านออกไหม",
    "พิมพ์เป็นเลขไทยได้มั้ยคะ",
    "ใช้ตัวเลขไทยได้ไหม บอทอ่านออกหรือเปล่า",
    "พิมพ์ภาษาอังกฤษได้ไหมครับ",
    "บอทอ่านเลขไทยออกไหมคะ",
    "บอกวิธีแจ้งว่ากองส่งแผนแล้วหน่อยครับ",
    "ขอวิธีแจ้งว่าส่งรายงานผลแล้วหน่อยค่ะ",
    "สอนวิธีบอกบอทว่ากองคลังส่งแผนแล้วหน่อย",
]


@pytest.mark.parametrize("text", HOW_TO)
def test_how_to_type_is_help(text: str) -> None:
    assert settled(text, "L") == ("Help", {})
