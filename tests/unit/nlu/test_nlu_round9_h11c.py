"""Issue 9, round 9 (h11c): chatter that holds the words of a write or a question yet reports
nothing of the organisation's own and asks the bot nothing (handlers/nlu/asides.py,
data/nlu/aside_words.txt): another body's figures or progress, a figure not yet final, a
notice, a file sent to a colleague, a promise or a wait, a system in trouble. A unit's report
relayed with a request to record it stays a write; hearsay asked as a question is a status."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import WRITES
from tests.fakes.understanding import readings, settled

# Another ministry, province or agency, heard of or called "เขา"; "อื่น" bodies.
OTHERS: list[tuple[str, str]] = [
    ("B", "ได้ยินว่ากรมบัญชีกลางได้ PMQA 455 คะแนน เก่งจัง"),
    ("O", "กรมการปกครองเขาได้ DG Readiness ระดับ 4 แล้วนะ"),
    ("P", "ได้ข่าวว่าจังหวัดนครปฐมส่งผลขยะไปแล้ว 71% เร็วมาก"),
    ("P", "สมุทรปราการเขาได้ท่องเที่ยว 2,300 ล้านบาทแล้วนะ"),
    ("L", "ได้ยินว่ากรมสวัสดิการฯ ส่งแผนครบแล้ว เรายังไม่ได้เลย"),
    ("L", "สำนักงานแรงงานจังหวัดปทุมส่งรายชื่อทีมแล้วนะ เห็นในไลน์กลุ่ม"),
    ("B", "หน่วยงานอื่นเขาได้ e-Budgeting 4.8 กันหมดแล้ว"),
    ("O", "ได้ข่าวมาว่า สป.อว. ได้ master data 15 ชุด"),
    ("P", "จังหวัดอื่นเขาได้ยาเสพติด 90% กันแล้วนะ ของเรายังไม่ถึง"),
    ("L", "กรมพัฒนาฝีมือแรงงานเขาส่งรายงานผลไปแล้วนะ ได้ข่าวมา"),
]

# A figure estimated, or waiting for a confirmation.
ESTIMATES: list[tuple[str, str]] = [
    ("B", "ทสจ.แจ้งว่าผล e-Budgeting น่าจะประมาณ 4.5 รอหนังสือยืนยันก่อน"),
    ("P", "ขยะไตรมาสนี้น่าจะราวๆ 62 ค่ะ ยังไม่ได้ยืนยัน"),
    ("P", "ยาเสพติดคาดว่าจะได้ประมาณ 85% รอ ป.ป.ส. ยืนยันอีกที"),
    ("O", "master data น่าจะได้ 12 ชุด แต่ยังไม่เป็นทางการนะ"),
    ("B", "ชุดข้อมูลน่าจะประมาณ 40 ชุด รอ สพร. ตรวจก่อน"),
    ("P", "ท่องเที่ยวประมาณ 1,500 ล้านบาท ตัวเลขยังไม่นิ่ง รอ สนง.ท่องเที่ยวยืนยัน"),
    ("O", "แต่งตั้งน่าจะผ่านระดับ 3 นะ รอคณะกรรมการยืนยันก่อน"),
    ("B", "PMQA คาดว่าจะได้ 430 คะแนน ไม่แน่ใจนะ"),
    ("L", "คิดว่ากองคลังส่งแผนแล้วนะ"),
    ("P", "คิดว่ายาเสพติดได้ 80% ค่ะ"),
]

# Notices with times or numbers: maintenance, a delay someone asks for, news passed on.
NOTICES: list[tuple[str, str]] = [
    ("B", "ขออนุญาตแจ้งว่าระบบ BB EvMIS จะปิดปรับปรุงวันอาทิตย์ที่ 19 ม.ค. ตั้งแต่ 08.00 น."),
    ("O", "GD Catalog จะปิดปรับปรุงคืนนี้ 22.00 - 24.00 น. นะคะ"),
    ("B", "เขต 5 ขอเลื่อนส่งข้อมูล e-Budgeting ไปวันจันทร์ครับ"),
    ("P", "ท้องถิ่นจังหวัดขอเลื่อนส่งผลเทศบาลไปวันที่ 28 ม.ค. ค่ะ"),
    ("O", "ระบบ GD Catalog จะเปิดให้ลงทะเบียนชุดข้อมูลอีกครั้ง 3 ก.พ. 68 นะคะ"),
    ("B", "ข่าวจาก สพร. ค่ะ ปีนี้ทุกหน่วยงานต้องส่ง DG Readiness ภายในเมษายน"),
    ("L", "ประกาศจาก ก.พ.ร. ปีนี้ทุกกองต้องส่งแผนภายใน 31 ม.ค."),
    ("B", "สงป.เขต 4 แจ้งว่าส่งผล BB EvMIS มาครบแล้ว เดี๋ยวพี่รวมให้นะ"),
    ("O", "ขออนุญาตแจ้งเวียนหนังสือ สพร. เรื่องการประเมิน DG Readiness รายละเอียดตามไฟล์แนบค่ะ"),
]

# A file sent to a colleague, or papers made for a superior.
TO_A_COLLEAGUE: list[tuple[str, str]] = [
    ("P", "ส่งไฟล์ผลท่องเที่ยวเข้าเมลพี่แล้วนะคะ"),
    ("L", "พี่นุ่นคะ แผนฉบับแก้หนูส่งเข้าไลน์พี่แล้วนะคะ"),
    ("B", "เรียนท่าน ผอ.กอง สรุปผล PMQA ส่งเข้าอีเมลท่านแล้วครับ"),
    ("O", "ร่างคู่มือแผนพัฒนาบุคลากรส่งให้หัวหน้าทางเมลแล้วค่ะ"),
    ("L", "ไฟล์แบบฟอร์ม 4 ที่พี่ขอ ส่งเข้าเมลพี่แล้วนะคะ"),
    ("B", "ไฟล์ชุดข้อมูลฉบับล่าสุดส่งให้น้องทางไลน์แล้วนะ"),
    ("O", "เอกสารประกอบการประชุม อ.ก.พ. จัดทำเรียบร้อยแล้วค่ะ"),
    ("L", "ส่งรายงานผลให้พี่ต้อมทางไลน์แล้วนะคะ"),
    ("B", "ไฟล์ e-Budgeting ส่งเข้าอีเมลหัวหน้าแล้วครับ"),
]

# Still to be done, or waiting on a superior.
LATER: list[tuple[str, str]] = [
    ("L", "รายงานผลของเรายังไม่ได้ส่งค่ะ กำลังรอท่าน ผอ. ลงนาม"),
    ("P", "เดี๋ยวเย็นนี้จะส่งผลท่องเที่ยวนะคะ รอ สนง.ท่องเที่ยวยืนยันก่อน"),
    ("L", "กองกลางจะส่งแผนภายในวันศุกร์นี้ครับ ตอนนี้รอ ผอ.กอง เซ็น"),
    ("B", "ทสจ.บอกว่าจะส่งผลเทศบาลมาวันจันทร์"),
    ("O", "ผลแต่งตั้งยังไม่ได้ส่งนะ รอท่านเลขาฯ อนุมัติอยู่"),
    ("P", "พรุ่งนี้จะรายงานผลยาเสพติดค่ะ ตอนนี้รอ ป.ป.ส. ส่งตัวเลข"),
    ("B", "ดิฉันจะติดตามทุกเขตให้ส่งข้อมูล e-Budgeting ภายในสัปดาห์นี้ค่ะ"),
    ("O", "เดี๋ยวบ่ายนี้จะส่งผลจริยธรรมนะ รอหัวหน้าเช็คอีกรอบ"),
    ("L", "ศทส.จะส่งรายงานผลทางไดรฟ์พรุ่งนี้ครับ"),
    ("L", "ผอ.กองสั่งให้แก้แผนพัฒนาหน่วยงานมิติที่ 2 ค่ะ"),
    ("P", "ขยะ 58 ค่ะ แต่ยังต้องรอท่านรองเซ็นก่อน"),
]

# Chatter that named an indicator and was answered as a question about it.
LOOKUP_CHATTER: list[tuple[str, str]] = [
    ("B", "ระบบ e-Budgeting ค้างอีกแล้ว ใครเป็นเหมือนกันบ้าง"),
    ("O", "GD Catalog เข้าไม่ได้เลยวันนี้ ใครเป็นมั่ง"),
    ("P", "ระบบ e-Service ล่มตั้งแต่เช้า ใครเป็นบ้างคะ"),
    ("B", "สพร. จะประกาศคะแนน DG Readiness ต้นเดือนหน้า รอกันก่อนนะ"),
    ("P", "ป.ป.ส. บอกจะส่งตัวเลขยาเสพติดมาวันศุกร์ รอก่อนนะ"),
    ("O", "ตัวเลขชุดข้อมูล เดี๋ยวพี่ขอเช็คกับ สพร. ก่อนนะ ยังไม่ต้องรีบ"),
    ("P", "ท่านผู้ว่าฯ ให้ทำสไลด์เรื่องท่องเที่ยว 10 หน้า ใครว่างช่วยหน่อย"),
    ("B", "ไฟล์ผล DG Readiness ปีที่แล้วอยู่ในไดรฟ์โฟลเดอร์ไหนคะ"),
    ("L", "ไฟล์แผนของกองคลังอยู่ในโฟลเดอร์ไหนคะพี่"),
    ("O", "ก.พ.ร. จะประกาศผล PMQA ปลายเดือนนี้ รอกันก่อน"),
    ("O", "ได้ยินว่าส่วนราชการอื่นได้จริยธรรมผ่านกันหมดแล้ว"),
]

CHATTER = OTHERS + ESTIMATES + NOTICES + TO_A_COLLEAGUE + LATER + LOOKUP_CHATTER


@pytest.mark.parametrize(("org", "text"), CHATTER, ids=[c[1] for c in CHATTER])
def test_news_that_is_not_ours_is_chatter(org: str, text: str) -> None:
    assert settled(text, org) == ("Unknown", {})


KEPT: list[tuple[str, str, str, dict[str, Any]]] = [
    # A unit's report relayed with a request to record it.
    ("L", "กองนิติการแจ้งมาว่าแผนส่งแล้วนะคะ ฝากบันทึกด้วย", "MarkStep", {"step": "3", "unit": "กองนิติการ"}),
    (
        "L",
        "ศทส.แจ้งมาว่ารายงานผลส่งแล้ว ฝากบันทึกด้วยนะ",
        "MarkStep",
        {"step": "4", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "กองกลางบอกว่าส่งรายชื่อทีมแล้วค่ะ ฝากบันทึกด้วย", "MarkStep", {"step": "1", "unit": "กองกลาง"}),
    ("L", "แจ้งข่าวว่า กจ ส่งแผนแล้วเนาะ", "MarkStep", {"step": "3", "unit": "กองการเจ้าหน้าที่"}),
    # A figure relayed from its source, to be recorded.
    (
        "P",
        "ทสจ.แจ้งมาว่าขยะไตรมาสนี้ 61.2% ลงให้ด้วยค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "61.2", "raw_value": "61.2%", "percent": True},
    ),
    # A report, then what is still to come.
    (
        "P",
        "ขยะ 52.3 ค่ะ เดี๋ยวจะส่งเอกสารตามไป",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    ("L", "แผนส่งแล้วนะคะ กำลังรอ ผอ. เซ็นรับ", "MarkStep", {"step": "3"}),
    # Hearsay asked as a question: whether the unit did it.
    ("L", "ได้ยินว่ากองคลังส่งแผนแล้ว จริงไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ได้ข่าวว่าศทส.ส่งรายงานผลแล้ว จริงป่ะ", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "เห็นในกลุ่มว่ากองกลางส่งรายชื่อทีมแล้ว จริงหรือเปล่าครับ", "Status", {"unit": "กองกลาง"}),
    ("L", "ได้ยินมาว่ากองการเจ้าหน้าที่ส่งแผนแล้ว จริงมั้ย", "Status", {"unit": "กองการเจ้าหน้าที่"}),
]


@readings(KEPT)
def test_our_own_reports_and_questions_stay(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Questions asked of the bot beside the same words stay questions.
ASKED: list[tuple[str, str, str]] = [
    ("L", "ถ้าจะส่งแผนทางเมลได้ไหมคะ", "RuleQuestion"),
    ("L", "สรุปสถานะให้หน่อย เดี๋ยวจะรายงานผอ.", "Status"),
    ("L", "ไดรฟ์ล่ม ส่งแผนทางไลน์ได้ไหม", "RuleQuestion"),
    ("L", "ทำไมกองกลางได้คะแนนน้อยกว่าหน่วยงานอื่น", "RuleQuestion"),
    ("O", "ชุดข้อมูลได้กี่ชุดแล้ว หน่วยงานอื่นได้เยอะกว่าเรา", "IndicatorQuery"),
]


@pytest.mark.parametrize(("org", "text", "intent"), ASKED, ids=[a[1] for a in ASKED])
def test_questions_beside_the_same_words_stay(org: str, text: str, intent: str) -> None:
    read = settled(text, org)[0]
    assert read == intent
    assert read not in WRITES
