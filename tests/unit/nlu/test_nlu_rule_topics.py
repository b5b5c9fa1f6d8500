"""Rule questions asked the many ways teams ask them: each family reads as its topic.

The topics are defined in ``handlers.intents.RuleTopic``; the messages are phrasings of the
same questions (polite frames, "ยังไง", "ได้ไหม/มั้ย/ป่ะ", English words), not the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import RuleQuestion, RuleTopic
from handlers.registry import understand

TODAY = date(2025, 1, 15)
FAMILIES: dict[RuleTopic, tuple[str, ...]] = {
    RuleTopic.DEDUCTIONS: (
        "สอบถามหน่อยค่ะ มีเกณฑ์หักคะแนนอะไรบ้าง",
        "โดนหักคะแนนกรณีไหนบ้าง",
        "ส่งเลยกำหนดหักกี่คะแนนคะ",
        "ถ้าส่งไม่ทันจะเป็นยังไง",
        "ส่งไม่ทันโดนหักไหม",
        "ถ้าส่งแผนช้า 2 วันจะโดนอะไร",
        "ขอส่งแผนช้าได้ไหมคะ",
        "deduction มีอะไรบ้าง",
        "penalty คืออะไร",
        "ส่ง late หักกี่คะแนน",
        "รบกวนสอบถามเกณฑ์ตัดคะแนนค่ะ",
        "ถ้าไม่แนบเอกสารประกอบจะเป็นไรไหม",
    ),
    RuleTopic.CHANNEL: (
        "ถ้าส่งทางอีเมลแล้วจะโดนหักไหม",
        "ส่งทาง email จะโดนตัดคะแนนไหม",
        "ส่งเป็นไฟล์ทางเมลได้ป่ะ",
        "อัปโหลดไฟล์ที่ไหนครับ",
        "แนบไฟล์แผนตรงไหนคะ",
        "ต้องอัปโหลดแผนที่ไหน",
        "ส่งเอกสารที่ไหน",
        "ส่งที่ไหนคะ",
        "ส่งเป็นไฟล์ word ได้ไหม",
        "ส่งเป็นเล่มได้มั้ย",
        "ส่งทางอีเมลได้หรือเปล่าคะ",
        "ต้องส่งแผนให้ใคร",
        "ส่งงานยังไงคะ",
        "ส่งรายงานผลยังไง",
        "ช่องทางการส่งเอกสารคืออะไรคะ",
        "ขอลิงก์โฟลเดอร์ drive สำหรับส่งแบบฟอร์ม 4 หน่อยค่ะ",
    ),
    RuleTopic.DIMENSIONS: ("dimension มีกี่อัน", "มิติ 1 2 3 คืออะไร"),
    RuleTopic.ROUND: ("round 2 มีอะไรบ้าง", "รอบสองประเมินอะไร"),
    RuleTopic.MEETING: (
        "ประชุมวันที่เท่าไหร่",
        "ประชุมห้องอะไร",
        "สอบถามหน่อยค่ะ ประชุมชี้แจงจัดที่ไหน",
        "ประชุมชี้แจงวันที่ 20 ธ.ค. กี่โมงครับ",
        "การประชุมชี้แจงจัดวันไหน",
        "การประชุมชี้แจงใครเป็นคนจัด",
        "ประชุมชี้แจงคืออะไร",
    ),
    RuleTopic.STEP: (
        "ขั้นที่ 2 คืออะไร",
        "ขั้นตอนที่ 5 ต้องส่งเอกสารอะไร",
        "ขั้นตอนที่ 5 วัดผลยังไงครับ",
    ),
    RuleTopic.ATTENDANCE: (
        "เกณฑ์การเข้าร่วมประชุมคืออะไร",
        "เข้าประชุม 90% พอไหม",
        "เข้าร่วม 70% ผ่านไหม",
        "ขาดประชุมได้กี่ครั้ง",
        "ขั้นตอนที่ 2 ต้องเข้าร่วมกี่ครั้ง",
        "เข้าร่วมประชุมไม่ครบจะเป็นยังไง",
        "ทีม PMQA ต้องเข้าประชุมกี่ %",
        "ขาดประชุม 2 ครั้งจะเป็นไรไหม",
        "ต้องเข้าร่วมทุกครั้งไหม",
        "การเข้าร่วมกิจกรรมนับยังไง",
        "ขั้นตอนที่ 2 นับการเข้าประชุมยังไง",
        "ส่งตัวแทนเข้าประชุมแทนได้ไหม",
    ),
    RuleTopic.LEVEL: (
        "ได้คะแนนเต็มต้องทำยังไง",
        "ทำยังไงถึงจะได้ระดับ 5",
        "เงื่อนไขระดับ 4 คืออะไร",
        "ระดับ 5 คืออะไร",
    ),
    RuleTopic.WHY_SCORE: (
        "ทำไมคะแนนน้อยจัง",
        "ทำไมคะแนนกองคลังต่ำ",
        "why 2.5",
        "กองคลังได้ 4.45 เพราะอะไร",
    ),
    RuleTopic.FORM: (
        "form 4 คืออะไร",
        "แบบฟอร์มมีกี่แบบ",
        "ดาวน์โหลดแบบฟอร์มได้ที่ไหน",
        "template แผนมีไหม",
    ),
    RuleTopic.THRESHOLDS: (
        "ตัวชี้วัดในแผนต้องบรรลุกี่เปอร์เซ็นต์",
        "เกณฑ์ 85 เปอร์เซ็นต์ใช้กับอะไรบ้าง",
        "ร้อยละ 85 คืออะไรคะ",
        "ร้อยละ 85 ของตัวชี้วัดหมายถึงอะไรคะ",
        "85% ที่ว่านับจากอะไรครับ",
        "เกณฑ์ 85% ใช้กับขั้นตอนไหนบ้าง",
        "ร้อยละ 85 นับยังไง",
    ),
}
# A question joined by "แล้ว" to thanks or an acknowledgement is still the question.
FAMILIES[RuleTopic.FORM] += ("ขอบคุณค่ะ แล้วแบบฟอร์ม 4 คืออะไร",)
FAMILIES[RuleTopic.MEETING] += ("โอเคค่ะ แล้วประชุมชี้แจงวันไหน",)
CASES = [(text, topic) for topic, texts in FAMILIES.items() for text in texts]


@pytest.mark.parametrize(("text", "topic"), CASES, ids=[text for text, _ in CASES])
def test_each_phrasing_reads_as_its_topic(text: str, topic: RuleTopic) -> None:
    intent = understand(text, today=TODAY).intent
    assert isinstance(intent, RuleQuestion), intent
    assert intent.topic is topic


@pytest.mark.parametrize(
    "text",
    [
        # Not rule questions: the words of a topic in a statement, or in someone else's question.
        "ส่งแผนทาง google drive แล้วค่ะ",
        "เข้าประชุม 90%",
        "ใครยังไม่ส่งแผน",
        "เดือนนี้มีขั้นตอนอะไรบ้าง",
        "กองคลังผ่านกี่ขั้นตอนแล้ว",
        "ฟอร์ม 4 ส่งได้ถึงวันไหน",  # when: a deadline
        "ส่งฟอร์ม ๔ ได้ตั้งแต่วันไหนครับ",
        "ส่งแผนแล้ว ลิงก์ https://drive.google.com/drive/folders/1AbCdEfGhIjK ครับ",
        "เข้าประชุมชี้แจงแล้วค่ะ",
        "ส่งแบบฟอร์ม 4 แล้วค่ะ",
        # Another meeting than the plan's (its only one was on 20 ธ.ค. 67): not known.
        "พรุ่งนี้ประชุมห้องไหนนะ",
        "วันนี้ประชุมกี่โมงคะ",
        "ห้องประชุมใหญ่ว่างบ่ายนี้ไหม",
        "ประชุมกรมเลื่อนไปวันไหนคะ",
        # Sending what is no document of the plan.
        "ส่งของไปที่ไหนคะ",
        "พัสดุส่งมาที่ไหน",
        "ไปรษณีย์ส่งยังไง",
        # A report's indicator named: a question about that indicator, not the plan's rules
        # (why it scored is one: its answer is that indicator's card).
        "ขยะต้องทำยังไงถึงจะได้ระดับ 5",
        "จริยธรรมโดนหักคะแนนไหม",
        # Everyday words of the topics: slow, formats asked of someone, a round of lunch.
        "เน็ตช้ามากเลย เป็นอะไรไหม",
        "รถติดมาเข้างานช้าได้ไหม",
        "ขอไฟล์ pdf ได้ไหม",
        "ส่งไลน์มาได้ไหม",
        "รอบบ่ายกี่โมง",
        "รอบหน้าไปกินที่ไหน",
    ],
)
def test_the_words_of_a_topic_in_another_message_do_not_make_a_rule_question(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, RuleQuestion)
