"""Issue 9, round 11 (r11b): provincial and regional staff. "DG score" names the score of
digital-government readiness; why a report's indicator scored what it did is a question of why
("ทำไมขยะได้ศูนย์คะแนน"); northern and Isan particles ("เจ้า", "เด้อ", "แหน่") and words ("บ่"
before a word is ไม่, "แม่น" is ใช่) in yeses, noes and asks of who has not sent. Each is read
through ``understand`` and settled against a seed organisation, like the corpus; none of the
questions beside them becomes a write."""

from __future__ import annotations

from typing import Any

from handlers.nlu.normalise import normalise
from tests.fakes.understanding import readings, settled

# "DG score" is the score of digital-government readiness (7 at สงป., 9 at สำนักงาน ก.พ.).
DG_SCORE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "DG score ได้เท่าไหร่แล้วครับ", "IndicatorQuery", {"indicator": "9", "aspect": "result"}),
    ("B", "DG score 81.25 นะคะ ลงให้ด้วย", "SubmitValue",
     {"indicator": "7", "value": "81.25", "raw_value": "81.25"}),
    ("O", "ปีนี้ DG score ได้ ๘๒.๓ ครับ", "SubmitValue",
     {"indicator": "9", "value": "82.3", "raw_value": "๘๒.๓"}),
    ("B", "ค่าฐาน DG score ปี 2566 = 70.1", "SubmitBaseline",
     {"indicator": "7", "value": "70.1", "raw_value": "70.1", "year": 2566}),
    ("O", "DG score เกณฑ์เท่าไหร่", "IndicatorQuery", {"indicator": "9", "aspect": "criteria"}),
    ("B", "dg score ผ่านเกณฑ์ไหมคะ", "IndicatorQuery", {"indicator": "7", "aspect": "tier"}),
]  # fmt: skip

# Why a report's indicator got its score: a question of why (its answer is that indicator's card).
WHY_SCORED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ทำไมยาเสพติดได้คะแนนแค่ 3 คะ", "RuleQuestion", {"topic": "why_score"}),
    ("B", "ทำไม PB ได้ศูนย์คะแนนครับ", "RuleQuestion", {"topic": "why_score"}),
    ("O", "ทำไม DG score ได้คะแนนน้อยจัง", "RuleQuestion", {"topic": "why_score"}),
    ("P", "ทำไม e-Service ได้คะแนน 0 คะ", "RuleQuestion", {"topic": "why_score"}),
    ("O", "จริยธรรมได้แค่ 2 คะแนนเพราะอะไรครับ", "RuleQuestion", {"topic": "why_score"}),
    ("P", "ทำไมขยะไม่ผ่านเกณฑ์คะ", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
]  # fmt: skip

# Northern and Isan: "เจ้า" closes or says yes, "แม่น" is ใช่, "บ่" before a word is ไม่,
# "แหน่" closes an ask.
REGIONAL: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "แม่นแล้วเด้อ ยืนยัน", "Confirm", {}),
    ("P", "เจ้า ยืนยันเจ้า", "Confirm", {}),
    ("L", "ยืนยันเจ้าค่ะ", "Confirm", {}),
    ("P", "บ่ต้องบันทึกเด้อ ยังบ่แน่ใจ", "Cancel", {}),
    ("L", "ยกเลิกเจ้า ตัวเลขยังบ่นิ่ง", "Cancel", {}),
    ("P", "ใครยังบ่ส่งแหน่", "Missing", {}),
    ("P", "ยาเสพติดใครยังบ่ส่งผลเด้อ", "Missing", {"indicator": "4"}),
    ("L", "กองคลังส่งแผนแล้วบ่", "Status", {"unit": "กองคลัง"}),
    ("P", "ขยะได้ 52.3 แม่นบ่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ขอแบบละเอียดทุกตัวเจ้า", "Status", {"detail": True}),
]  # fmt: skip

# A no that says why not yet ("อย่าเพิ่งบันทึก", "รอ ผอ. เคาะ"), a yes that says where the
# figures come from ("ตรงกับหนังสือจากอำเภอ").
YES_AND_NO: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "อย่าเพิ่งบันทึกนะคะ ขอเช็กอีกรอบ", "Cancel", {}),
    ("P", "อย่าพึ่งบันทึกครับ ยังไม่ได้ดูวันที่", "Cancel", {}),
    ("L", "ไม่เอาอันนี้ค่ะ รอหัวหน้าเคาะก่อน", "Cancel", {}),
    ("P", "ยืนยันค่ะ ตัวเลขตรงกับรายงานจากจังหวัด", "Confirm", {}),
    ("P", "ยืนยันครับ ตรงกับหนังสือที่ได้รับ", "Confirm", {}),
]  # fmt: skip


# The status asked in detail ("สถานะทุกหน่วยแบบละเอียด", "สรุปแบบเต็มๆ"), with what it is for
# ("จะทำสไลด์").
IN_DETAIL: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอสถานะทุกกองแบบละเอียดครับ", "Status", {"detail": True}),
    ("P", "สรุปแบบเต็มๆ ให้หน่อยค่ะ", "Status", {"detail": True}),
    ("O", "ขอดูสถานะแบบละเอียดหน่อยครับ", "Status", {"detail": True}),
    ("P", "ขอผลทุกตัวแบบละเอียดค่ะ จะทำสไลด์เสนอท่านผู้ว่า", "Status", {"detail": True}),
    ("B", "ภาพรวมฉบับเต็มครับ", "Status", {"detail": True}),
]  # fmt: skip

# What a question about one indicator asks: reached the target yet (tier), put against the
# criteria (tier), how many points a typed figure earns (score), a figure checked as right
# (result), how its percentage is worked out (formula).
ASPECTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขยะถึงเป้ายังคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ขยะ 50.2 ถึงเป้าหมายยังครับ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("B", "PMQA ได้ 410 เทียบเกณฑ์แล้วผ่านขั้นไหนคะ", "IndicatorQuery",
     {"indicator": "8", "aspect": "tier"}),
    ("P", "ท่องเที่ยว 1,800 ล้านบาท ได้กี่คะแนนครับ", "IndicatorQuery",
     {"indicator": "3", "aspect": "score"}),
    ("P", "ยาเสพติดได้ 80.1 ถูกต้องไหมคะ", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "ขยะคิดเปอร์เซ็นต์จากอะไรคะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("P", "ยาเสพติดต้องคิดร้อยละยังไง", "IndicatorQuery", {"indicator": "4", "aspect": "formula"}),
    ("P", "ยาเสพได้เท่าไหร่แล้ว", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "อุตฯเชิงนิเวศได้ระดับไหน", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
]  # fmt: skip


# Numbers with their words: "ร้อยละ" after the figure; a plan's years ("แผนปฏิบัติการ 2568",
# "แผน 3 ปี 2568-2570") are no value; "เช้านี้" is the day; an attendance's percentage beside
# the counts that make it.
FIGURES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ขยะ 51.7 ร้อยละ ส่งแล้วเด้อ", "SubmitValue",
     {"indicator": "2", "value": "51.7", "raw_value": "51.7", "percent": True}),
    ("P", "ยาเสพติดปีนี้ ๘๐.๒ ร้อยละครับ", "SubmitValue",
     {"indicator": "4", "value": "80.2", "raw_value": "๘๐.๒", "percent": True}),
    ("L", "แผนปฏิบัติการประจำปี 2568 ของกองคลังส่งแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองกลางส่งแผน 3 ปี 2568-2570 แล้วครับ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ไอทีส่งแผนเช้านี้ครับ", "MarkStep",
     {"step": "3", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "done_on": "2025-01-15"}),
    ("P", "ท่องเที่ยว 2568 ล้านบาทครับ", "SubmitValue",
     {"indicator": "3", "value": "2568", "raw_value": "2568"}),
    # The counts kept beside the share told in words ("คิดเป็น"), as round 21 reads them.
    ("L", "กองคลังเข้าร่วม 9 จาก 10 ครั้ง คิดเป็น 90% ครับ", "MarkStep",
     {"step": "2", "unit": "กองคลัง", "met": 9, "of": 10, "value": "90"}),
    ("L", "กองกลาง attend ได้ 80% ขาด 2 ครั้ง ไม่ผ่านค่ะ", "MarkStep",
     {"step": "2", "unit": "กองกลาง", "value": "80", "passed": False}),
]  # fmt: skip

# The PMQA 4.0 level a score falls in, asked without a level's name.
LEVELS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "PMQA ได้ 452 คะแนน อยู่ระดับอะไรคะ", "RuleQuestion", {"topic": "level"}),
    ("P", "PMQA 380 คะแนนนี่ระดับไหนครับ", "RuleQuestion", {"topic": "level"}),
    ("B", "คะแนน 400 ถือเป็นระดับอะไรครับ", "RuleQuestion", {"topic": "level"}),
    ("O", "PMQA อยู่ระดับไหนแล้วครับ", "IndicatorQuery", {"indicator": "10", "aspect": "tier"}),
]  # fmt: skip


# A numbered form not attached ("form 3 ยังไม่แนบ": no Google Form); the team "ที่ลงไว้"
# (registered, said short); whose the group is, then "ผูกให้ด้วย".
GROUP_AND_FORMS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองกลางส่งแผนแล้ว แต่ form 2 ยังไม่ได้แนบค่ะ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "documents": "incomplete"}),
    ("L", "ส่งแผนทาง google form แล้วครับ", "MarkStep", {"step": "3", "channel": "google_form"}),
    ("L", "ทีมกองคลังที่ลงชื่อไว้มีใครบ้าง", "Members", {"unit": "กองคลัง"}),
    ("L", "สมาชิกที่ลงไว้ทั้งหมดมีใครบ้างคะ", "Members", {}),
    ("B", "กลุ่มนี้เป็นของสำนักงบประมาณครับ ช่วยผูกด้วย", "BindGroup",
     {"organisation": "สำนักงบประมาณ"}),
]  # fmt: skip


# Very polite long messages: the coordinator addressed as "ท่าน" is no superior; a letter's
# closing that asks to record ("จึงเรียนมาเพื่อโปรดบันทึก") is no notice; "ประจำปีงบประมาณ
# 2568" is the year a result is for, no baseline's; a figure relayed from a district
# ("อำเภอส่งมาครบแล้ว") and then "บันทึกให้ด้วย" is no ask to send it here.
POLITE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เรียนท่านผู้ประสานงานค่ะ กองคลังได้จัดส่งแผนปฏิบัติการเรียบร้อยแล้วค่ะ", "MarkStep",
     {"step": "3", "unit": "กองคลัง"}),
    ("P", "เรียนทีมงานครับ ขอแจ้งผลตัวชี้วัดยาเสพติด ประจำปีงบประมาณ พ.ศ. 2568 เท่ากับร้อยละ 80.5"
     " จึงเรียนมาเพื่อโปรดบันทึกด้วย ขอบคุณครับ", "SubmitValue",
     {"indicator": "4", "value": "80.5", "raw_value": "ร้อยละ 80.5", "percent": True}),
    ("P", "ขยะ ร้อยละ 52.9 ค่ะ ทุกอำเภอส่งมาครบแล้ว บันทึกให้ด้วยนะคะ", "SubmitValue",
     {"indicator": "2", "value": "52.9", "raw_value": "ร้อยละ 52.9", "percent": True}),
    ("P", "ขยะปี 66 ได้ 45.2", "SubmitBaseline",
     {"indicator": "2", "value": "45.2", "raw_value": "45.2", "year": 2566}),
    ("P", "รูปกิจกรรมเมื่อวานส่งมาในกลุ่มหน่อย", "Unknown", {}),
    ("L", "เรียนท่าน ผอ.สำนัก กองคลังส่งแผนแล้วครับ", "Unknown", {}),
]  # fmt: skip


@readings(
    DG_SCORE
    + WHY_SCORED
    + REGIONAL
    + YES_AND_NO
    + IN_DETAIL
    + ASPECTS
    + FIGURES
    + LEVELS
    + GROUP_AND_FORMS
    + POLITE
)
def test_regional_wordings_and_their_meaning(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_word_ending_with_jao_keeps_it() -> None:
    assert normalise("ไหว้พระพุทธเจ้า") == "ไหว้พระพุทธเจ้า"
    assert normalise("ส่งแล้วเจ้าค่ะ") == "ส่งแล้ว"
    assert settled("เจ้าหน้าที่มาแล้ว", "P")[0] != "Confirm"
