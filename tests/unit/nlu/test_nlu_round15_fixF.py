"""Round 15 (fixF): which indicator a message is about. Indicators named by their measure in
everyday words ("หมู่บ้านปลอดยา", "ลดการโอนงบ", "data catalog") are the reports' (the everyday
names are data: ``data/nlu/report_words.txt``); chatter sharing a word stays chatter."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

# (A) Everyday names of a measure.
EVERYDAY_NAMES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "หมู่บ้านปลอดยาได้กี่เปอร์เซ็นต์แล้วคะ", "IndicatorQuery",
     {"indicator": "4", "aspect": "result"}),
    ("P", "ชุมชนปลอดยาเสพติด ผ่านเกณฑ์หรือยังครับ", "IndicatorQuery",
     {"indicator": "4", "aspect": "tier"}),
    ("P", "อุตสาหกรรมสีเขียวได้ระดับไหนแล้ว", "IndicatorQuery",
     {"indicator": "1", "aspect": "tier"}),
    ("P", "ผลรายได้ผู้เยี่ยมเยือนคนไทยรอบล่าสุดเท่าไหร่", "IndicatorQuery",
     {"indicator": "3", "aspect": "result"}),
    ("B", "การลดการโอนงบ ตอนนี้ได้เท่าไหร่แล้วคะ", "IndicatorQuery",
     {"indicator": "3", "aspect": "result"}),
    ("O", "ผล data catalog ล่าสุดเท่าไหร่คะ", "IndicatorQuery",
     {"indicator": "6", "aspect": "result"}),
    ("O", "Data Catalog ของเราได้กี่ชุดแล้วคะ", "IndicatorQuery",
     {"indicator": "6", "aspect": "result"}),
    ("O", "master data ได้กี่ชุดแล้ว", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    # Chatter sharing a word stays chatter.
    ("P", "ร้านกาแฟปลอดยาฆ่าแมลงเปิดใหม่หน้าศาลากลาง", "Unknown", {}),
    ("P", "สีเขียวหรือสีฟ้าสวยกว่ากันคะ", "Unknown", {}),
]  # fmt: skip


@readings(EVERYDAY_NAMES)
def test_everyday_names_of_a_measure(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (B) Messages typed a syllable or a letter at a time read as the words they spell; words
# spaced by phrase, or with English and figures, stay as typed.
SPACED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "ความ พึง พอ ใจ อี บัด เจ็ท ได้ กี่ คะ แนน", "IndicatorQuery",
     {"indicator": "4", "aspect": "score"}),
    ("B", "อีบัดเจ็ตติ้ง ผ่านไหมคะ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("L", "ขอ ดู สถานะ กอง กลาง หน่อย ค่ะ", "Status", {"unit": "กองกลาง"}),
    ("L", "กอง นิ ติ การ ส่ง แผน หรือ ยัง", "Status", {"unit": "กองนิติการ"}),
    ("L", "ศ ท ส ส่ง ราย ชื่อ ทีม แล้ว ครับ", "MarkStep",
     {"step": "1", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "กอง คลัง ส่ง แผน แล้ว ครับ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("P", "ยา เสพ ติด ได้ กี่ เปอร์ เซ็นต์", "IndicatorQuery",
     {"indicator": "4", "aspect": "result"}),
    # Questions typed so stay questions.
    ("L", "กอง คลัง ส่ง แผน หรือ ยัง คะ", "Status", {"unit": "กองคลัง"}),
]  # fmt: skip


@readings(SPACED)
def test_words_typed_apart(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (C) One of twins pointed at: its code typed apart ("ตัว ที่ 9"), or the first or last of a
# repeated block ("จริยธรรมตัวแรก", "ตัวหลัง"); other indicators are no twins to count.
ONE_OF_TWINS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "ดิจิทัล ตัว ที่ 8 ได้ระดับไหนคะ", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
    ("O", "รัฐบาลดิจิทัลตัว ที่ 9 ผลล่าสุดเท่าไหร่", "IndicatorQuery",
     {"indicator": "9", "aspect": "result"}),
    ("O", "จริยธรรมตัวแรกผ่านไหมครับ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("O", "จริยธรรมตัวหลังผ่านหรือยังคะ", "IndicatorQuery", {"indicator": "5", "aspect": "tier"}),
    ("O", "จริยธรรมบล็อกแรก ไม่ผ่านเพราะอะไรคะ", "IndicatorQuery",
     {"indicator": "4", "aspect": "failed"}),
    ("O", "จริยธรรมชุดที่ 2 ผ่านไหม", "IndicatorQuery", {"indicator": "5", "aspect": "tier"}),
    ("P", "ขยะตัวแรกเลยได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("O", "จริยธรรมผ่านไหมคะ", "IndicatorQuery", {"indicator": ["4", "5"], "aspect": "tier"}),
]  # fmt: skip


@readings(ONE_OF_TWINS)
def test_one_of_twins(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (D) Another body's work or figure ("อำเภอ…แจ้งว่า…", "กรมอื่นได้…") is no question of the
# organisation's indicators; the organisation's own name, and "เรา", stay its own.
OTHER_BODIES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "กรมอื่นเขาได้ PMQA กันกี่คะแนนคะ", "Unknown", {}),
    ("P", "จังหวัดอื่นได้ขยะกี่เปอร์เซ็นต์แล้ว", "Unknown", {}),
    ("P", "อำเภอบางเลนแจ้งว่าตัวเลขยาเสพติดยังไม่นิ่ง", "Unknown", {}),
    ("P", "อำเภอเมืองโทรมาบอกว่าขยะยังสรุปไม่เสร็จ รอก่อนนะ", "Unknown", {}),
    ("O", "กรมบัญชีกลางได้ PMQA เท่าไหร่", "Unknown", {}),
    ("O", "สำนักงานเราได้ PMQA เท่าไหร่", "IndicatorQuery", {"indicator": "10", "aspect": "result"}),
    ("P", "ปทุมธานีได้ขยะเท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "จังหวัดเราได้ขยะเท่าไหร่แล้ว", "IndicatorQuery",
     {"indicator": "2", "aspect": "result"}),
    ("P", "อำเภอไหนยังไม่ส่ง e-Service", "Missing", {"indicator": "5"}),
]  # fmt: skip


@readings(OTHER_BODIES)
def test_other_bodies_stay_chatter(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# (E) The organisation's whole score, in English ("weighted score", "total score"), asks for
# its status; a title's score ("DG score") and a unit's stay theirs.
WHOLE_SCORE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "weighted score ตอนนี้ได้เท่าไหร่คะ", "Status", {}),
    ("B", "ขอ weighted score ล่าสุดหน่อย", "Status", {}),
    ("P", "total score ของจังหวัดเราตอนนี้เท่าไหร่", "Status", {}),
    ("O", "overall score เป็นยังไงบ้าง", "Status", {}),
    ("O", "DG score ได้เท่าไหร่", "IndicatorQuery", {"indicator": "9", "aspect": "result"}),
    ("L", "กนต score 3.95", "SubmitValue",
     {"indicator": "1", "value": "3.95", "raw_value": "3.95", "unit": "กองนิติการ"}),
]  # fmt: skip


@readings(WHOLE_SCORE)
def test_whole_score_is_the_status(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
