"""Small talk and help in the many forms people type them; the help block only when asked."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import Help, Intent, Missing, SmallTalk, Status, Unknown
from handlers.registry import understand

TODAY = date(2025, 1, 15)
SMALL_TALK = {
    "thanks": (
        "ขอบคุณค่า",
        "ขอบคุณนะคะ 🙏🙏",
        "ขอบคุณมากค่ะพี่บอท",
        "ขอบคุณสำหรับคำตอบครับ",
        "ขอบคุณมากที่แจ้งเตือนค่ะ",
        "ขอบคุณค่ะ จะรีบส่งนะคะ",
        "ขอบคุณครับ จะดำเนินการต่อ",
        "Thank you ครับ",
        "ty",
        "tks ครับ",
        "ขอบคุณที่ช่วยสรุปให้ครับ",
        "🙏",
        "ขอบคุณค่ะ (love)",
    ),
    "greeting": (
        "สวัสดีครับทุกท่าน",
        "สวัสดีปีใหม่ค่ะ",
        "อรุณสวัสดิ์วันจันทร์",
        "hi bot",
        "ฮัลโหล",
        "สวัสดีค่ะ ขอสอบถามหน่อยค่ะ",
        "สวัสดีค่ะ ทีม สงป.",
        # A greeting with a word on the day is still the greeting.
        "หวัดดีค่ะน้องบอท อากาศร้อนมากวันนี้",
        "สวัสดีครับ วันนี้ฝนตกหนักเลย",
    ),
    "ack": (
        "เค",
        "เคร",
        "อ๋อ เข้าใจแล้ว",
        "อ๋อ",
        "👍",
        "(sticker)",
        "ทราบแล้วค่ะ",
        "รับทราบค่าา",
        "ได้ค่าา",
        "ค่า",
        "อืม",
        "อ่า โอเค",
        "รับทราบครับ จะดำเนินการ",
        # An ack to a colleague, with what comes next.
        "ได้เลยค่ะพี่ เดี๋ยวหนูดูให้นะคะ",
        "ได้ครับพี่ เดี๋ยวผมทำให้",
    ),
    "praise": (
        "น่ารักจัง",
        "ว้าว",
        "เทพมาก",
        "👏",
        "บอทฉลาดมาก",
        "เยี่ยมไปเลย",
        "น้องบอทตอบเร็วมาก ชอบเลยค่ะ",
        "บอทใช้ง่ายดีจัง ชอบๆ",
    ),
    "laugh": ("555555 ขำ", "ฮ่าๆๆ", "😂", "55555+ ตลกมาก", "555 ตลกดี", "ขำมาก", "คิคิ"),
}
SMALL_TALK_CASES = [(text, kind) for kind, texts in SMALL_TALK.items() for text in texts]
HELP = (
    "มีคำสั่งอะไรบ้าง",
    "คำสั่งมีอะไรบ้างครับ",
    "ต้องพิมพ์ยังไง",
    "พิมพ์ยังไงคะ",
    "มีฟังก์ชันอะไรบ้าง",
    "บอทนี้ทำอะไร",
    "how to use",
    "commands",
    "งง",
    "ไม่เข้าใจค่ะ",
    "ลงทะเบียนยังไง",
    "ส่งผลผ่านบอทยังไง",
    "ผูกกลุ่มยังไงครับ",
    "ช่วยด้วยค่ะ ส่งผลไม่เป็น",
    "วิธีส่งผลผ่านบอท",
    "ถามอะไรบอทได้บ้าง",
    "มีอะไรให้ช่วยบ้าง",
    "สอนหน่อย",
    "ใช้ไม่เป็น",
    "ไม่รู้จะเริ่มยังไง",
    "วิธีการใช้งาน",
    "แก้ไขผลที่ส่งไปยังไง",
    "ยกเลิกรายการยังไง",
    "ขอตัวอย่างการพิมพ์",
    "what can you do",
    "hi, what can you do?",
)


@pytest.mark.parametrize(("text", "kind"), SMALL_TALK_CASES, ids=[t for t, _ in SMALL_TALK_CASES])
def test_small_talk_in_its_many_forms_gets_one_line(text: str, kind: str) -> None:
    assert understand(text, today=TODAY).intent == SmallTalk(kind)


@pytest.mark.parametrize("text", HELP)
def test_asking_how_to_use_the_bot_gets_help(text: str) -> None:
    assert understand(text, today=TODAY).intent == Help()


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # Courtesy around a real request is the request; around unknown words, small talk
        # only when nothing in the rest asks or names something.
        ("ขอบคุณค่ะ ใครยังไม่ส่งแผน", Missing(step="แผน")),
        ("สวัสดีครับ ขอดูสถานะ", Status()),
        ("ขอบคุณที่ช่วยนะคะ ใครยังไม่ส่งแผน", Missing(step="แผน")),
        ("ขอบคุณครับ แล้วกองคลังล่ะ", Unknown("ขอบคุณครับ แล้วกองคลังล่ะ")),
        ("สวัสดีค่ะ ประชุมชี้แจงกี่โมง", None),
        ("กินข้าวยัง", Unknown("กินข้าวยัง")),
        ("ฝนตกหนักมาก", Unknown("ฝนตกหนักมาก")),
        ("วันนี้ร้อนจัง", Unknown("วันนี้ร้อนจัง")),
    ],
)
def test_courtesy_never_hides_a_question(text: str, intent: Intent | None) -> None:
    got = understand(text, today=TODAY).intent
    if intent is None:
        assert not isinstance(got, SmallTalk | Help | Unknown), got
    else:
        assert got == intent
