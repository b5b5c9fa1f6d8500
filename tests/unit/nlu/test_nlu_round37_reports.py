"""Round 37 (reports37): the report indicators of a province, the budget bureau and the OCSC.

"ผ่าน" after a link made ("เชื่อมผ่าน GDX", "เชื่อมโยงผ่าน…") is "through", no pass asked, and a
"แพลตฟอร์ม" holds no form ("ฟอร์ม"). A short word beside the key nouns of an item ("งบ" of
"เผยแพร่ข้อมูลงบ") must be written in it too, but no longer keeps the paraphrase from naming it.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) "ผ่าน" after a link is "through"; "แพลตฟอร์ม" is no form.
THROUGH: list[Case] = [
    (
        "O",
        "master data ที่เชื่อมโยงผ่าน GDX นับรวมด้วยไหม",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "formula"},
    ),
    (
        "O",
        "Master Data ขั้นสูงต้องมีแพลตฟอร์มกลางให้เชื่อมข้อมูลด้วยใช่ไหม",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    (
        "O",
        "master data ต้องระบุแพลตฟอร์มดิจิทัลกลางที่ใช้ไหมคะ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    (
        "O",
        "ขั้นสูงของ Master Data ต้องเชื่อมผ่านแพลตฟอร์มไหนบ้าง",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    # Near misses: a pass asked, a form asked, a plan sent through a channel.
    ("O", "master data ผ่านขั้นสูงยัง", "IndicatorQuery", {"indicator": "7", "aspect": "tier"}),
    ("O", "master data ผ่านไหมคะ", "IndicatorQuery", {"indicator": "7", "aspect": "tier"}),
    ("L", "แบบฟอร์มต้องระบุอะไรบ้าง", "RuleQuestion", {"topic": "form"}),
    ("L", "ฟอร์มรายชื่อทีมต้องกรอกตรงไหนคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "ส่งแผนผ่านอีเมลได้ไหม", "RuleQuestion", {"topic": "channel"}),
]

# (2) An item's key nouns with a short word beside them ("งบ"): the item.
SHORT_WORD: list[Case] = [
    (
        "B",
        "เผยแพร่ข้อมูลงบผ่านเฟซบุ๊ก ผ่านยังคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "B",
        "ข้อเผยแพร่ข้อมูลงบทางเฟซบุ๊กของสำนักงบเขต ผ่านไหม",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "B",
        "เผยแพร่ข้อมูลงบได้กี่ครั้ง",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
    (
        "O",
        "สรุปความเห็น มอกพ.วิสามัญ ผ่านแล้วใช่ไหม",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    # Near misses: the same words in the office's chat.
    ("B", "งบเผยแพร่ข้อมูลหมดแล้ว", "Unknown", {}),
    ("B", "ข้อมูลงบปีนี้ออกหรือยัง", "Unknown", {}),
]

# (3) Initials, English names and a misspelling of an indicator's words.
TYPED_NAMES: list[Case] = [
    (
        "B",
        "ทต.รับงบตรง 17 แห่ง",
        "SubmitValue",
        {"indicator": "1", "value": "17", "raw_value": "17"},
    ),
    (
        "B",
        "local government direct budget KPI ผ่านไหมครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "tier"},
    ),
    ("B", "direct budget result?", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    (
        "B",
        "tambon municipalities direct budget กี่แห่งแล้ว",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
    (
        "O",
        "จริยะธรรม ได้ระดับ 4",
        "SubmitValue",
        {"indicator": ["4", "5"], "value": "4", "raw_value": "4"},
    ),
    ("O", "จริยะธรรมได้ระดับอะไร", "IndicatorQuery", {"indicator": ["4", "5"], "aspect": "tier"}),
    # Near misses: as before, the office's chat, another indicator in English.
    ("B", "ทต.รับงบตรงกี่แห่ง", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("B", "ทต.บางพูดโทรมาถามเรื่องงบ", "Unknown", {}),
    ("B", "budget transfer KPI ผ่านไหม", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("B", "local food ร้านไหนอร่อย", "Unknown", {}),
    ("O", "วันนี้อบรมจริยะธรรมทั้งวันเลย", "Unknown", {}),
]

# (4) Passed in full: the tier; items pointed at, listed or named: the items.
IN_FULL: list[Case] = [
    (
        "B",
        "โอนเปลี่ยนแปลงงบ ซ้ำซ้อนด้านแหล่งน้ำ ถนน ผ่านหมดแล้วยัง",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "tier"},
    ),
    ("O", "แต่งตั้งข้าราชการ ผ่านครบ 3 ข้อยังคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("B", "e-Budgeting ผ่านครบ 3 ข้อหรือยัง", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    (
        "B",
        "โอนเปลี่ยนแปลงงบ ผ่านครบทั้ง 3 ประเด็นแล้วใช่ไหม",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "tier"},
    ),
    (
        "O",
        "แผนพัฒนาบุคลากร ผ่านครบทุกประเด็นแล้วยังคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "tier"},
    ),
    (
        "B",
        "e-Budgeting ผ่านครบทุกประเด็นหรือยัง",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    (
        "O",
        "จริยธรรมมีข้อประเมินอะไรบ้าง",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "items"},
    ),
    ("O", "แต่งตั้งมีรายการประเมินอะไรบ้างคะ", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    # Near misses: an item quoted, the count before, how many passed, every item ticked off,
    # one not passed, what the indicator holds.
    (
        "B",
        "ตรวจสอบรายการจัดสรรซ้ำซ้อน แหล่งน้ำ ถนน ผ่านแล้วใช่ไหม",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "items"},
    ),
    (
        "B",
        "ข้อมูลพื้นฐานด้านการงบประมาณ เฉพาะแหล่งน้ำ ถนน ผ่านไหม",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "items"},
    ),
    (
        "O",
        "หลักสูตรสอบแข่งขัน ทั้ง 3 ประเด็นผ่านหมดแล้วใช่ไหม",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    ("B", "PB ผ่านกี่ข้อจาก 3 ข้อ", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    (
        "O",
        "หลักสูตรสอบแข่งขันผ่านครบทุกข้อยังคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    ("B", "PB ยังไม่ผ่านครบทุกประเด็นใช่ไหม", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    ("O", "แต่งตั้งมีอะไรบ้าง", "IndicatorQuery", {"indicator": "2"}),
]

# (5) Understood now: an acknowledgement; an office's order: no call for help.
UNDERSTOOD: list[Case] = [
    ("O", "โอเคครับ เข้าใจเกณฑ์แล้ว", "SmallTalk", {"kind": "ack"}),
    ("O", "เข้าใจสูตรแล้วค่ะ ขอบคุณค่ะ", "SmallTalk", {"kind": "thanks"}),
    ("P", "อ๋อ เข้าใจวิธีคิดแล้วครับ", "SmallTalk", {"kind": "ack"}),
    ("B", "เข้าใจขั้นตอนแล้วค่ะ", "SmallTalk", {"kind": "ack"}),
    ("O", "คำสั่งแต่งตั้งโยกย้ายออกหรือยังคะ", "Unknown", {}),
    ("L", "คำสั่งย้ายของพี่ออกแล้ว", "Unknown", {}),
    ("O", "คำสั่งที่ 12/2567 ออกวันไหน", "Unknown", {}),
    # Near misses: thanks, a question after, the bot's commands asked.
    ("O", "ขอบคุณค่ะ เข้าใจแล้ว", "SmallTalk", {"kind": "thanks"}),
    ("P", "เข้าใจแล้ว ขยะสูตรคิดยังไงนะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("L", "มีคำสั่งอะไรบ้างครับ", "Help", {}),
    ("L", "บอทรับคำสั่งแบบไหนบ้างคะ", "Help", {}),
    ("L", "ได้รับคำสั่งแล้ว แต่บอทใช้ยังไงคะ", "Help", {}),
]

# (6) Where things stand, and when and which.
STANDING: list[Case] = [
    ("P", "สรุปผลคำรับรองให้หน่อยค่ะ", "Status", {}),
    ("P", "ภาพรวมคำรับรองปีนี้เป็นยังไงคะ", "Status", {}),
    ("P", "ตัวชี้วัดไหนแดงบ้างคะ", "Status", {}),
    ("O", "มีตัวไหนแดงอยู่บ้างคะ", "Status", {}),
    ("P", "ขยะได้กี่เปอร์เซ็นต์แล้วคะพี่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("O", "PMQA ได้กี่คะแนนครับพี่", "IndicatorQuery", {"indicator": "10", "aspect": "score"}),
    ("L", "กองคลังได้ระดับ 3 หรือ 4 คะ", "Status", {"unit": "กองคลัง"}),
    ("P", "eco town อยู่ระดับ 2 หรือ 3", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัล Pillar ไหนต่ำกว่าระดับ 3",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "failed"},
    ),
    ("O", "ก.พ.68 ต้องส่งอะไรบ้าง", "Deadlines", {"month": 2}),
    (
        "O",
        "master data เราอยู่กลุ่มไหน เกณฑ์กลุ่มที่ 1 ใช่ปะ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    # Near misses: chat with a colleague, a level told, a rule asked, the office by its name,
    # pillars of no title named, two indicators asked.
    ("P", "ขยะผ่านไหมคะพี่", "Unknown", {}),
    ("P", "งานกีฬาสีได้กี่เหรียญคะพี่", "Unknown", {}),
    ("L", "ใครเห็นร่มสีแดงของหนูบ้างคะ", "Unknown", {}),
    (
        "L",
        "กองคลังได้ระดับ 3 ค่ะ",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3", "unit": "กองคลัง"},
    ),
    ("L", "ระดับ 3 หรือ 4 ต้องทำอะไรบ้าง", "RuleQuestion", {"topic": "level"}),
    ("O", "PMQA ก.พ. ได้กี่คะแนน", "IndicatorQuery", {"indicator": "10", "aspect": "score"}),
    ("O", "ก.พ. มีเดดไลน์อะไรบ้าง", "Deadlines", {}),
    ("L", "มี.ค. 2568 มีอะไรต้องส่งบ้าง", "Deadlines", {"month": 3}),
    (
        "O",
        "Pillar ไหนยังต่ำกว่าระดับ 3 บ้าง",
        "IndicatorQuery",
        {"indicator": ["8", "9"], "aspect": "failed"},
    ),
    (
        "P",
        "ขยะได้เท่าไหร่ ยาเสพติดล่ะ",
        "IndicatorQuery",
        {"indicator": ["2", "4"], "aspect": "result"},
    ),
]

# (7) The words of a formula, and the board a report goes to.
WRITTEN: list[Case] = [
    ("P", "ขยะที่กำจัดเบื้องต้นนับในสูตรด้วยไหม", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    (
        "P",
        "ขยะที่นำกลับมาใช้ประโยชน์นับรวมด้วยไหมคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "formula"},
    ),
    (
        "O",
        "รายงานเสนอ ครม. ของจริยธรรม ผ่านไหม",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "items"},
    ),
    # Near misses: the same words in the office's chat, a status for the board.
    ("P", "ค่าใช้จ่ายเดินทางไปอำเภอเบิกได้ไหมคะ", "Unknown", {}),
    ("P", "เมื่อวานไปค้างคืนที่อยุธยามา สนุกมาก", "Unknown", {}),
    ("P", "กำจัดปลวกที่ห้องประชุมวันไหนคะ", "Unknown", {}),
    ("O", "ขอสรุปผลตัวชี้วัดเพื่อเสนอ ครม. ค่ะ", "Status", {}),
]

# (8) "มะ" glued after the verb it asks of.
GLUED_MA: list[Case] = [
    ("P", "ยส.ผ่านมะ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("P", "ขยะผ่านมะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("L", "ส่งทางเมลได้มะคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "เข้าประชุม84%ผ่านมะ", "RuleQuestion", {"topic": "attendance"}),
    # Near misses: words ending in มะ, a check already read.
    ("L", "ไปฟังธรรมะที่วัดมา", "Unknown", {}),
    ("L", "ซื้อมะม่วงมาฝากค่ะ", "Unknown", {}),
    ("L", "แผนปิดรับ31มค ใช่มะ", "Deadlines", {"step": "3"}),
]

ALL = THROUGH + SHORT_WORD + TYPED_NAMES + IN_FULL + UNDERSTOOD + STANDING + WRITTEN + GLUED_MA


@readings(THROUGH)
def test_through_after_a_link_is_no_pass_and_a_platform_no_form(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SHORT_WORD)
def test_a_short_word_beside_an_items_nouns_keeps_it_named(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TYPED_NAMES)
def test_an_indicators_words_typed_short_in_english_or_misspelt_name_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(IN_FULL)
def test_passed_in_full_is_the_tier_and_items_named_are_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNDERSTOOD)
def test_understood_now_acknowledges_and_an_office_order_asks_no_help(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STANDING)
def test_where_things_stand_and_when_and_which(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WRITTEN)
def test_a_formulas_words_and_a_reports_board_name_the_plan(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(GLUED_MA)
def test_ma_glued_after_a_verb_asks(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["เผยแพร่ข้อมูลงบได้กี่ครั้ง", "master data ผ่านไหมคะ"], "B") == []
