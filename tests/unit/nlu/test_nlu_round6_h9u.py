"""Issue 9, round 6 (h9u): group chatter that holds words of the plan but is said to colleagues,
not to the bot: a colleague addressed by name or kin term, a question to the group ("ใครทราบ"),
a forwarded notice, a promise to a colleague, office logistics, thanks for an event, laughter
about something else. Each is read through ``understand`` and settled against a seed
organisation, like the corpus; the same words asked of the bot are still answered."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

ASIDES = [
    # A colleague addressed by name or by a singular kin term.
    ("L", "พี่แอน กองคลังคะ รายงานผลที่แก้แล้วส่งมาทางไลน์หรือยังคะ หนูหาไม่เจอ"),
    ("P", "พี่จ๋า ช่วยดูร่างคำสั่งแต่งตั้งทีมให้หน่อยได้มั้ยคะ ส่งไปในไลน์แล้ว"),
    ("B", "พี่นก ตัวชี้วัด e-Budgeting ได้กี่คะแนนแล้วคะ ถามพี่นะไม่ได้ถามบอท"),
    ("O", "ตัวเลขหลักสูตรสอบอัปเดตหรือยังนะพี่"),
    # A question to the group: who knows, who has a number.
    ("P", "อำเภอลาดหลุมแก้วฝากถามว่าแบบฟอร์ม e-Service ส่งวันไหน ใครพอทราบบ้างครับ"),
    ("B", "ใครมีเบอร์ผู้ประสานงาน DG Readiness ของกรมบ้างคะ"),
    ("L", "ใครรู้บ้างว่ารายชื่อทีม PMQA ฉบับล่าสุดอยู่ในไดรฟ์ไหน พี่เอกน่าจะรู้"),
    # A forwarded notice or something to read.
    ("L", "Fwd: ก.พ.ร. แจ้งกำหนดส่งรายงานผลรอบ 2 นะคะ"),
    ("P", "ส่งต่อจากกลุ่มอำเภอ: ขอตัวเลขยาเสพติดรายตำบลภายในวันศุกร์ค่ะ"),
    ("O", "หนังสือเวียนเรื่องประชุมชี้แจงตัวชี้วัดปีนี้ แนบไว้ด้านล่างนะครับ"),
    ("B", "จดหมายข่าวเดือนนี้มีบทความเรื่อง PMQA 4.0 น่าอ่านมากค่ะ ลองอ่านกันดู"),
    # A promise to a colleague.
    ("L", "พี่คะ เดี๋ยวหนูส่งไฟล์แผนพัฒนาหน่วยงานให้พี่ตรวจทางเมลนะคะ"),
    ("P", "อำเภอบางเลนส่งตัวเลขขยะมาแล้ว 3 ไฟล์ เดี๋ยวผมรวมให้ครับ"),
    ("B", "พี่ๆ ครับ เดี๋ยวผมไปถ่ายเอกสารแบบฟอร์มรายงานผลให้ ใครเอากี่ชุดบอกนะครับ"),
    # Office logistics with no ask of the plan.
    ("O", "ห้องประชุมใหญ่ว่างพรุ่งนี้เช้ามั้ยคะ จะนัดทีม PMQA คุยเรื่องแผน"),
    ("L", "นัดประชุมทีม PMQA เรื่องรายงานผล วันอังคารนะครับ ห้อง 502"),
    ("P", "หนังสือจากจังหวัดมาถึงแล้วนะคะ อยู่ที่สารบรรณ"),
    ("O", "สำนักงาน ก.พ.ร. ส่งหนังสือแจ้งผลมาแล้วครับ วางไว้บนโต๊ะพี่"),
    ("B", "เมื่อเช้าประชุมเรื่อง e-Budgeting เสร็จกี่โมงคะ ผมออกก่อน"),
    ("O", "วันนี้ลาป่วยนะคะ ฝากน้องเก่งดูเรื่องรายงานผลแทนด้วย"),
    # Thanks to colleagues for an event; laughter about something else.
    ("L", "ขอบคุณทุกท่านที่มาช่วยงานประชุมชี้แจงเมื่อวานนะครับ เหนื่อยกันมาก"),
    ("P", "55555 โอเคพี่"),
]


@pytest.mark.parametrize(("org", "text"), ASIDES, ids=[a[1] for a in ASIDES])
def test_chatter_to_colleagues_is_not_for_the_bot(org: str, text: str) -> None:
    assert settled(text, org) == ("Unknown", {})


# The same words asked of (or told to) the bot are still read.
TO_THE_BOT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "น้องบอท ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "พี่ๆ คะ ตอนนี้ภาพรวมถึงไหนแล้วคะ", "Status", {}),
    ("L", "เรียนพี่ๆ ทีม PMQA ค่ะ ตอนนี้ภาพรวมเป็นยังไงบ้างคะ", "Status", {}),
    (
        "P",
        "ฝากถามบอทหน่อยครับ ขยะได้เท่าไหร่แล้ว",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
    ("L", "ขอบคุณทุกท่านที่ช่วยกันนะครับ ตอนนี้ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "ขอบคุณพี่ๆ มากค่ะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "รับทราบครับพี่ เดี๋ยวจัดการให้", "SmallTalk", {"kind": "ack"}),
    ("L", "555 ขำมากพี่", "SmallTalk", {"kind": "laugh"}),
    ("L", "ได้รับแล้วค่ะ ขอบคุณค่ะพี่", "SmallTalk", {"kind": "thanks"}),
    ("L", "พี่ๆ คะ ใครยังไม่ส่งแผนบ้างคะ", "Missing", {"step": "3"}),
    ("P", "สวัสดีค่ะพี่ๆ ขยะได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    # A submission told to a colleague by name is still a submission.
    (
        "L",
        "เรียนพี่แอนค่ะ กองคลังส่งแผนทางอีเมลเรียบร้อยแล้วนะคะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email"},
    ),
    # A report before a promise to a colleague is still a report.
    ("L", "กองคลังส่งแผนแล้ว เดี๋ยวหนูส่งลิงก์ให้", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    (
        "L",
        "ขั้นตอนที่ 3 กองกลางส่งแล้วค่ะ เดี๋ยวพี่ส่งไฟล์ให้ทางเมล",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "email"},
    ),
    (
        "P",
        "ส่งผลขยะ 52.3 ค่ะ เดี๋ยวหนูส่งเอกสารให้พี่ต้อมนะคะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    # One colleague called, but asked what the bot knows, with nothing of the two of them.
    ("L", "ศทส.ถึงไหนแล้วคะพี่", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "กองคลังส่งรายชื่อทีมหรือยังครับพี่", "Status", {"unit": "กองคลัง"}),
    ("L", "ใครยังไม่ส่งแผนบ้างนะพี่", "Missing", {"step": "3"}),
    ("L", "แผนต้องส่งภายในวันไหนคะพี่", "Deadlines", {"step": "3"}),
    ("L", "พี่คะ ตอนนี้ใครยังไม่ส่งแผนบ้างคะ", "Missing", {"step": "3"}),
    ("P", "พี่ครับ ขยะได้เท่าไหร่แล้วครับ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "ประชุมชี้แจงตัวชี้วัดเริ่มกี่โมงคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ประชุมชี้แจงอยู่ที่ชั้นไหนคะ", "RuleQuestion", {"topic": "meeting"}),
]


@readings(TO_THE_BOT)
def test_the_same_words_asked_of_the_bot_are_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
