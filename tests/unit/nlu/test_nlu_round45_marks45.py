"""Round 45, writes read as Unknown (marks45).

1. A step's deliverable handed on paper to a named colleague who takes it in ("กจ. ส่งแผนแบบ
   เล่มกระดาษไปให้พี่ต๋อยแล้วค่ะ") is the step sent on paper, as the same by email is; sent to an
   unnamed "พี่", for a look, or promised, it stays the group's chat.
2. The mail as a verb before what a step sends ("กองกลางเมลแผนไปให้พี่อ้อยแล้วนะคะ") sends it by
   email; asked or promised, it is no report.
3. A figure told, then a guess at its verdict ("เข้าประชุมไป 88% ครับ น่าจะผ่านนะ"): the figure
   is final, the guess no verdict; a figure itself guessed stays no report.
4. Report indicators typed short: "GD" (the GD Catalog), "ebudget" (e-Budgeting), "หน่วยรับงบ
   ตรง" (the units that receive the budget directly) with a figure are its result; asked, its
   query.
5. An undo said with ถอย and the entry it takes back ("ถอยรายการเมื่อกี้ครับ"); ถอย of a car or a
   question how stays no undo.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
HR = "กองการเจ้าหน้าที่"

PAPER_TO_A_COLLEAGUE: list[Case] = [
    (
        "L",
        "กจ. ส่งแผนแบบเล่มกระดาษไปให้พี่ต๋อยแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": HR, "channel": "paper"},
    ),
    (
        "L",
        "กองคลังส่งแผนฉบับกระดาษให้พี่อ้อยเรียบร้อยแล้วครับ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "paper"},
    ),
    ("L", "ส่งแผนเป็นเล่มไปให้คุณเอ๋แล้วนะคะ", "MarkStep", {"step": "3", "channel": "paper"}),
    (
        "L",
        "ศทส. ส่งรายชื่อทีมเป็นหนังสือให้พี่ต๋อยแล้วค่ะ",
        "MarkStep",
        {"step": "1", "unit": ICT, "channel": "paper"},
    ),
    # Near misses: for a look, promised, asked, a staff claim, an unnamed colleague.
    ("L", "ส่งแผนกระดาษให้พี่ต๋อยตรวจก่อนนะคะ", "Unknown", {}),
    ("L", "กองกลางจะส่งแผนเป็นกระดาษให้พี่ต๋อยพรุ่งนี้", "Unknown", {}),
    ("L", "ส่งแผนเป็นกระดาษให้พี่ต๋อยได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนเป็นกระดาษได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งเอกสารเบิกค่าเดินทางเป็นกระดาษให้พี่ต๋อยแล้ว", "Unknown", {}),
    ("L", "ส่งแผนกระดาษให้พี่แล้วนะ", "Unknown", {}),
    ("L", "ส่งไฟล์ให้พี่อ้อยหน่อย", "Unknown", {}),
]

MAILED_AS_A_VERB: list[Case] = [
    (
        "L",
        "กองกลางเมลแผนไปให้พี่อ้อยแล้วนะคะ เผื่อ drive มีปัญหา",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "email"},
    ),
    (
        "L",
        "ศทส. อีเมลรายชื่อทีมไปให้พี่ต๋อยแล้วครับ",
        "MarkStep",
        {"step": "1", "unit": ICT, "channel": "email"},
    ),
    (
        "L",
        "กองคลังเมล์แผนให้คุณเอ๋เรียบร้อยค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email"},
    ),
    # Near misses: asked, promised, a favour of a colleague; the channel as it was.
    ("L", "เมลแผนไปได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "เดี๋ยวเมลแผนไปให้นะ", "Unknown", {}),
    ("L", "จะเมลแผนพรุ่งนี้ค่ะ", "Unknown", {}),
    ("L", "จะส่งแผนทางเมลพรุ่งนี้", "Unknown", {}),
    ("L", "เมลแผนให้พี่อ้อยหน่อย", "Unknown", {}),
    ("L", "ส่งแผนทางอีเมลแล้วค่ะ", "MarkStep", {"step": "3", "channel": "email"}),
]

VERDICT_GUESSED: list[Case] = [
    ("L", "ทีมเราเข้าประชุมไป 88% ครับ น่าจะผ่านนะ", "MarkStep", {"step": "2", "value": "88"}),
    (
        "L",
        "กองคลังเข้าประชุม 92% ค่ะ น่าจะผ่านเกณฑ์แล้ว",
        "MarkStep",
        {"step": "2", "value": "92", "unit": "กองคลัง"},
    ),
    ("L", "เข้าประชุมไป 85 เปอร์เซ็นต์ครับ ก็น่าจะโอเคนะ", "MarkStep", {"step": "2", "value": "85"}),
    (
        "B",
        "ebudget พึงพอใจ 4.7 ค่ะ น่าจะผ่านนะ",
        "SubmitValue",
        {"indicator": "4", "value": "4.7", "raw_value": "4.7"},
    ),
    # Near misses: the figure guessed, the verdict asked.
    ("L", "เข้าประชุมน่าจะประมาณ 80% ครับ", "Unknown", {}),
    ("L", "เข้าประชุมไป 88% น่าจะผ่านไหมครับ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าประชุม 75% ผ่านไหม", "RuleQuestion", {"topic": "attendance"}),
]

INDICATOR_TYPED_SHORT: list[Case] = [
    ("B", "GD 44 ชุด", "SubmitValue", {"indicator": "5", "value": "44", "raw_value": "44"}),
    ("B", "GD cat 44ชุด", "SubmitValue", {"indicator": "5", "value": "44", "raw_value": "44"}),
    ("O", "GD 73 ชุด", "SubmitValue", {"indicator": "6", "value": "73", "raw_value": "73"}),
    (
        "B",
        "ebudget พึงพอใจ 4.7",
        "SubmitValue",
        {"indicator": "4", "value": "4.7", "raw_value": "4.7"},
    ),
    ("B", "e-budget 4.52", "SubmitValue", {"indicator": "4", "value": "4.52", "raw_value": "4.52"}),
    (
        "B",
        "หน่วยรับงบตรงตอนนี้ ๑๗ แห่งครับ",
        "SubmitValue",
        {"indicator": "1", "value": "17", "raw_value": "๑๗"},
    ),
    (
        "B",
        "หน่วยรับงบตรง 18 แห่ง",
        "SubmitValue",
        {"indicator": "1", "value": "18", "raw_value": "18"},
    ),
    # Near misses: the figure asked.
    ("B", "GD catalog ได้กี่ชุด", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    ("B", "GD ได้กี่ชุดแล้ว", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    ("B", "ebudget ได้เท่าไหร่", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("B", "หน่วยรับงบตรงตอนนี้กี่แห่งแล้ว", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("B", "หน่วยรับงบตรงเป้า 16 แห่งใช่ไหม", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
]

UNDO_WITH_THOI: list[Case] = [
    ("L", "ถอยรายการเมื่อกี้ครับ พิมพ์ผิด", "Undo", {}),
    ("L", "ถอยรายการล่าสุดให้หน่อยค่ะ", "Undo", {}),
    ("L", "ขอถอยอันที่เพิ่งส่งนะคะ ผิดกอง", "Undo", {}),
    ("L", "ถอยตัวเลขเมื่อกี้ครับ ใส่ผิด", "Undo", {}),
    # Near misses: a car backed, a question how.
    ("L", "เมื่อกี้ถอยรถชนเสาเลย 555", "Unknown", {}),
    ("L", "ถอยรายการยังไงคะ", "Unknown", {}),
]


@readings(PAPER_TO_A_COLLEAGUE)
def test_paper_handed_to_a_named_colleague_is_the_step_sent(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MAILED_AS_A_VERB)
def test_the_mail_as_a_verb_sends_the_step_by_email(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(VERDICT_GUESSED)
def test_a_guessed_verdict_after_a_figure_keeps_the_figure(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(INDICATOR_TYPED_SHORT)
def test_report_indicators_typed_short_take_their_figure(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNDO_WITH_THOI)
def test_an_undo_said_with_thoi_and_its_entry(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
