"""Round 27, from a review of its diff (a helper): writes made of what nobody reported.

1. A weekday named alone is a day past only when the sending is told as gone ("ส่ง…ไปวันศุกร์"),
   never a plan, a promise or a reminder ("กองคลังจะได้ส่งแผนวันศุกร์", "ขอส่ง…", "คง…", "นัด…",
   "…อย่าลืมนะ", "…ดีกว่า"); a unit named beside it is no sign that it went ("กองคลังส่งแผน
   วันศุกร์นะคะ", said on a Wednesday, is the coming Friday).
2. A figure before "ก่อนหมดเขต" is a result sent in time only when nothing around it asks, waits
   or expects ("ขยะ 52 ชุด ช่วยส่งก่อนหมดเขตด้วยนะ", "ขยะกะว่าจะได้ 52 ก่อนหมดเขต").
3. Laughter typed on the Thai keyboard ("ถถถถ", the key of 5) is no figure: "ขยะ 52% ถถถถ" stored
   5555.
4. A district's figure is the province's only when the figure is the whole province's ("อำเภอ
   หนองเสือ ยาเสพติด 85 ค่ะ ทั้งจังหวัดยังไม่รวม" is the district's, not ours).
5. Attendance reported stays a report when a meeting to come is mentioned beside it ("ทีม PMQA
   เข้าประชุมชี้แจง 92% ค่ะ เดี๋ยวเข้าประชุมผู้บริหารต่อ").
6. "เป็น X ส่ง… ไม่ใช่ Y" told as a habit ("ปกติ…", "…ทุกปี", "…เสมอ") is no correction.
7. A sending told, then more said with "ด้วย" ("…ส่งทางเมลด้วย", "แนบเอกสารประกอบด้วย") stays told.
Questions read as other questions: a room or its lights closed ("ห้องประชุมปิดแล้วหรือยัง") is no
window; money left ("งบเหลือกองไหนบ้าง") or a colleague looked for ("ตามใครอยู่คะ พี่หาพี่ต้อย
ไม่เจอ") is no one missing.
"""

from __future__ import annotations

from tests.fakes.understanding import read_as_writes, readings, settled

NOT_SENT_YET = [
    "กองคลังจะได้ส่งแผนวันศุกร์",
    "กองคลังขอส่งแผนวันศุกร์ค่ะ",
    "กองคลังคงส่งแผนวันศุกร์",
    "กองคลังนัดส่งแผนวันศุกร์",
    "กองคลังเตรียมส่งแผนวันศุกร์",
    "กองคลังส่งแผนก่อนวันศุกร์",
    "กองคลังส่งแผนวันศุกร์ถ้าผอ.เซ็นทัน",
    "กองคลังส่งแผนวันศุกร์ อย่าลืมนะ",
    "กองคลังส่งแผนวันศุกร์นะคะ",
    "กองคลัง กองกลาง ส่งแผนวันศุกร์นะคะ อย่าลืม",
    "ส่งแผนไปวันศุกร์ดีกว่า",
    "ส่งแผนไปวันศุกร์ตามนัดนะคะ",
    "กองกลางส่งรายชื่อทีมวันศุกร์ก็ได้",
]
NOT_A_FIGURE_SENT = [
    ("P", "ขยะ 52 ชุด ช่วยส่งก่อนหมดเขตด้วยนะ"),
    ("P", "ขยะกะว่าจะได้ 52 ก่อนหมดเขต"),
    ("P", "ขยะ 52 รอส่งก่อนหมดเขตค่ะ"),
    ("P", "ขยะ 52 จะส่งก่อนหมดเขตค่ะ"),
    ("P", "ขยะ 52 เดี๋ยวส่งก่อนหมดเขตนะคะ"),
    ("L", "กองคลังส่งแผน 2 ฉบับก่อนหมดเขต"),
    ("P", "อำเภอหนองเสือ ยาเสพติด 85 ค่ะ ทั้งจังหวัดยังไม่รวม"),
    ("P", "อำเภอลำลูกกา ขยะ 60 ค่ะ ทั้งจังหวัดยังรอ 3 อำเภอ"),
]
HABITS = [
    "ปกติ เป็นกองกลางส่งแผน ไม่ใช่กองคลัง",
    "เป็นกองกลางส่งแผนทุกปี ไม่ใช่กองคลัง",
    "เป็นกองกลางส่งแผนเสมอ ไม่ใช่กองคลัง",
    "เป็นกองกลางส่งแผนเหมือนเดิม ไม่ใช่กองคลัง",
]
KEPT = [
    (
        "L",
        "กจ.ส่งแผนไปวันศุกร์ ทางเมล",
        "MarkStep",
        {"step": "3", "unit": "กองการเจ้าหน้าที่", "done_on": "2025-01-10", "channel": "email"},
    ),
    (
        "P",
        "ขยะ 52.3 ครับ ก่อนหมดเขต",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    (
        "P",
        "ขยะ 52% ถถถถ",
        "SubmitValue",
        {"indicator": "2", "value": "52", "raw_value": "52%", "percent": True},
    ),
    ("L", "ถถถถถ มือลั่น", "SmallTalk", {"kind": "laugh"}),
    (
        "L",
        "PMQA ได้ 410 คะแนน ถถถถ",
        "SubmitValue",
        {"indicator": "1", "value": "410", "raw_value": "410"},
    ),
    (
        "L",
        "ทีม PMQA เข้าประชุมชี้แจง 92% ค่ะ เดี๋ยวเข้าประชุมผู้บริหารต่อ",
        "MarkStep",
        {"step": "2", "value": "92"},
    ),
    (
        "L",
        "เมื่อวานกองกลางเข้าประชุมชี้แจง 100% ค่ะ พรุ่งนี้ต้องเข้าประชุมอีกรอบ",
        "MarkStep",
        {"step": "2", "value": "100", "unit": "กองกลาง", "done_on": "2025-01-14"},
    ),
    ("L", "ผิดกองค่ะ เป็นกองกลางส่งแผน ไม่ใช่กองคลัง", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    (
        "L",
        "กองคลังส่งแผนเมื่อวานค่ะ ส่งทางเมลด้วย",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-14", "channel": "email"},
    ),
]


def test_a_weekday_alone_is_no_day_past() -> None:
    assert read_as_writes(NOT_SENT_YET) == []


@readings([(org, text, "", {}) for org, text in NOT_A_FIGURE_SENT])
def test_no_figure_is_sent(org: str, text: str, intent: str, slots: dict) -> None:
    assert read_as_writes([text], org) == []


def test_a_habit_is_no_correction() -> None:
    assert read_as_writes(HABITS) == []


@readings(KEPT)
def test_reports_stay(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


NOT_OURS = [
    ("L", "ห้องประชุมปิดแล้วหรือยัง"),
    ("L", "ไฟห้องประชุมปิดแล้วยัง"),
    ("L", "งบเหลือกองไหนบ้าง"),
    ("L", "ตามใครอยู่คะ พี่หาพี่ต้อยไม่เจอ"),
]


@readings([(org, text, "Unknown", {}) for org, text in NOT_OURS])
def test_other_matters_are_not_ours(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# The card's unit corrected as "ที่ส่ง…คือ X ไม่ใช่ Y" (who sent it is X), as "เป็น X ส่ง… ไม่ใช่ Y"
# is; a past year's or a habit's sender told so is no correction.
CORRECTED_BY_WHO_SENT = [
    ("L", "ผิดกองค่ะ คนที่ส่งแผนคือกองกลาง ไม่ใช่กองคลัง", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    (
        "L",
        "ที่ส่งรายชื่อทีมคือ ศทส. ค่ะ ไม่ใช่ กค.",
        "MarkStep",
        {"step": "1", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
]
WHO_SENT_TOLD = [
    "คนที่ส่งแผนปีที่แล้วคือกองกลาง ไม่ใช่กองคลัง",
    "ปกติคนที่ส่งแผนคือกองกลาง ไม่ใช่กองคลัง",
    "คนที่ส่งแผนคือกองกลางใช่ไหม ไม่ใช่กองคลัง",
]


@readings(CORRECTED_BY_WHO_SENT)
def test_the_unit_corrected_by_who_sent(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_who_sent_told_is_no_correction() -> None:
    assert read_as_writes(WHO_SENT_TOLD) == []
