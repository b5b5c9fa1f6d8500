"""Understanding: what a chat message asks for, spelled as people type it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from handlers.intents import (
    Aspect,
    BindGroup,
    Cancel,
    Confirm,
    Deadlines,
    Help,
    History,
    IndicatorQuery,
    Intent,
    MarkStep,
    Members,
    Missing,
    RegisterUnit,
    SmallTalk,
    Status,
    SubmitValue,
    Undo,
    Unknown,
)
from handlers.registry import understand

TODAY = date(2025, 1, 15)
Q = IndicatorQuery
A = Aspect


def value(
    indicator: str, number: str, raw: str = "", percent: bool = False, unit: str = ""
) -> Intent:
    """A SubmitValue as the table spells it."""
    return SubmitValue(indicator, Decimal(number), raw or number, percent, unit)


MESSAGES: list[tuple[str, Intent]] = [
    # status
    ("สถานะ", Status()),
    ("สถานะครับ", Status()),
    ("สถานะครับบบบ", Status()),
    ("สถา\u200bนะ", Status()),
    ("ขอดูสถานะหน่อยค่ะ", Status()),
    ("สรุป", Status()),
    ("สรุปหน่อย", Status()),
    ("ภาพรวม", Status()),
    ("ภาพรวมคะแนน", Status()),
    ("ถึงไหนแล้ว", Status()),
    ("ถึงไหนแล้วคะ", Status()),
    ("PMQA ถึงไหนแล้ว", Status()),
    ("pmqa ถึงไหนแล้วครับ", Status()),
    ("PMQA 4.0 ถึงไหนแล้ว", Status()),
    ("ระบบราชการ 4.0 ถึงไหนแล้ว", Status()),
    ("คะแนนรวม", Status()),
    ("คะแนนเท่าไหร่", Status()),
    ("ได้กี่คะแนนแล้ว", Status()),
    ("status", Status()),
    ("STATUS ครับ", Status()),
    ("ความคืบหน้า", Status()),
    ("ผลการประเมินเป็นยังไงบ้าง", Status()),
    ("ปีนี้ได้กี่คะแนน", Status()),
    ("กองคลังถึงไหนแล้ว", Status(unit="กองคลัง")),
    ("สรุป กองคลัง", Status(unit="กองคลัง")),
    ("กค. ถึงไหนแล้ว", Status(unit="กค.")),
    ("ศทส.ถึงไหนแล้วคะ", Status(unit="ศทส.")),
    ("กองคลังได้กี่คะแนน", Status(unit="กองคลัง")),
    # One unit's: its status once settled (the organisation's own name is no unit).
    ("กองคลังส่งแผนหรือยัง", Missing(step="แผน", unit="กองคลัง")),
    ("กองคลังยังไม่ส่งอะไร", Missing(unit="กองคลัง")),
    # indicator questions
    ("ตัวชี้วัดขยะได้เท่าไหร่", Q("ขยะ", A.RESULT)),
    ("ตัวชี้วัดขยะได้เท่าไร", Q("ขยะ", A.RESULT)),
    ("ขยะ ได้ เท่า ไหร่", Q("ขยะ", A.RESULT)),
    ("ผลขยะเท่าไหร่คะ", Q("ขยะ", A.RESULT)),
    ("KPI 3 ได้เท่าไหร่", Q("3", A.RESULT)),
    ("ตัวชี้วัดที่ ๓ ได้เท่าไหร่", Q("3", A.RESULT)),
    ("ตัวชี้วัด 2.1 ผลเท่าไหร่", Q("2.1", A.RESULT)),
    ("master data ได้เท่าไหร่", Q("master data", A.RESULT)),
    ("ขยะได้กี่คะแนน", Q("ขยะ", A.SCORE)),
    ("ขยะได้กี่คะแนนคะ", Q("ขยะ", A.SCORE)),
    # A measure word glued to the words stays for settle to judge: it may start a title.
    # and what else the message asks is the aspect, unless settle finds it asked for a score.
    ("คะแนนยาเสพติด", Q("คะแนนยาเสพติด")),
    ("สรุปคะแนนขยะ", Q("คะแนนขยะ")),
    ("คะแนนความพร้อมรัฐบาลดิจิทัลได้เท่าไหร่", Q("คะแนนความพร้อมรัฐบาลดิจิทัล", A.RESULT)),
    ("ยาเสพติดผ่านเกณฑ์ไหม", Q("ยาเสพติด", A.TIER)),
    ("ยาเสพติดผ่านไหม", Q("ยาเสพติด", A.TIER)),
    ("ยาเสพติดผ่านเกณฑ์หรือยัง", Q("ยาเสพติด", A.TIER)),
    ("ขยะอยู่ระดับไหน", Q("ขยะ", A.TIER)),
    ("ท่องเที่ยวผ่านขั้นไหนคะ", Q("ท่องเที่ยว", A.TIER)),
    ("ผ่านขั้นไหน", Q("", A.TIER)),
    ("เกณฑ์ PMQA", Q("pmqa", A.CRITERIA)),
    ("เกณฑ์ตัวชี้วัดขยะ", Q("ขยะ", A.CRITERIA)),
    ("เป้าหมายตัวชี้วัด 8", Q("8", A.CRITERIA)),
    ("ค่าเป้าหมายท่องเที่ยว", Q("ท่องเที่ยว", A.CRITERIA)),
    ("เป้าหมาย e-Service", Q("e-service", A.CRITERIA)),
    ("สูตรคำนวณขยะ", Q("ขยะ", A.FORMULA)),
    ("ขยะคิดยังไง", Q("ขยะ", A.FORMULA)),
    ("ขยะ คิด ยัง ไง", Q("ขยะ", A.FORMULA)),
    ("วิธีคิด ตัวชี้วัด 5", Q("5", A.FORMULA)),
    ("สูตร", Q("", A.FORMULA)),
    ("ตัวชี้วัด 3", Q("3")),
    ("ตัวชี้วัดที่ 3 ครับ", Q("3")),
    ("kpi 4", Q("4")),
    ("KPI 4", Q("4")),
    ("ตัวที่ 3", Q("3")),
    ("e-Service", Q("e-service")),
    ("E-SERVICE", Q("e-service")),
    ("ตัวชี้วัดท่องเที่ยว", Q("ท่องเที่ยว")),
    ("ตัวชี้วัดจริยธรรม", Q("จริยธรรม")),
    ("Master Data", Q("master data")),
    ("PMQA", Q("pmqa")),
    ("ระบบราชการ 4.0", Q("ระบบราชการ 4.0")),
    ("ขยะถึงไหนแล้ว", Q("ขยะ")),
    ("สถานะ ขยะ", Q("ขยะ")),
    ("สถานะตัวชี้วัด 3", Q("3")),
    # deadlines
    ("กำหนดส่ง", Deadlines()),
    ("ส่งเมื่อไหร่", Deadlines()),
    ("ส่งเมื่อไร", Deadlines()),
    ("เหลือกี่วัน", Deadlines()),
    ("เหลือกี่วันคะ", Deadlines()),
    ("อีกกี่วัน", Deadlines()),
    ("หมดเขต", Deadlines()),
    ("ภายในวันไหน", Deadlines()),
    ("deadline", Deadlines()),
    ("Deadline ครับ", Deadlines()),
    ("ต้องส่งอะไรบ้าง", Deadlines()),
    ("กำหนดส่งแผนเมื่อไหร่", Deadlines(step="แผน")),
    ("Deadline แผน", Deadlines(step="แผน")),
    ("เหลือกี่วันส่งแผน", Deadlines(step="แผน")),
    ("แผนหมดเขตวันไหน", Deadlines(step="แผน")),
    ("ส่งรายงานผลเมื่อไหร่", Deadlines(step="รายงานผล")),
    ("ขั้นตอนที่ 4 ส่งวันไหน", Deadlines(step="4")),
    ("ขั้นตอนที่ ๔ ส่งวันไหนครับ", Deadlines(step="4")),
    ("deadline ขั้นตอนที่ 4", Deadlines(step="4")),
    ("ขั้นตอนที่ 3", Deadlines(step="3")),
    ("ขั้นตอนมีอะไรบ้าง", Deadlines()),
    ("เดือนนี้ต้องส่งอะไร", Deadlines(month=1, this_month=True)),
    ("เดือนหน้าต้องส่งอะไร", Deadlines(month=2)),
    ("เดือนกันยายนต้องส่งอะไร", Deadlines(month=9)),
    ("เดือน ก.ย. ต้องส่งอะไรบ้างคะ", Deadlines(month=9)),
    # missing
    ("ใครยังไม่ส่ง", Missing()),
    ("ใครยังไม่ได้ส่ง", Missing()),
    ("ใคร ยัง ไม่ ส่ง", Missing()),
    ("ค้างส่ง", Missing()),
    ("หน่วยไหนยังไม่ส่ง", Missing()),
    ("หน่วยไหนยังไม่ส่งคะ", Missing()),
    ("ส่งครบหรือยัง", Missing()),
    ("ยังไม่ส่งแผน", Missing(step="แผน")),
    ("ใครค้างส่งแผนบ้าง", Missing(step="แผน")),
    ("ยังไม่ส่งรายงานผล", Missing(step="รายงานผล")),
    ("ใครยังไม่ส่งขั้นตอนที่ 3", Missing(step="3")),
    ("ใครยังไม่ส่งขั้นตอนที่3ครับ", Missing(step="3")),
    ("ใครยังไม่ส่งผลขยะ", Missing(indicator="ขยะ")),
    ("ใครยังไม่ส่งตัวชี้วัด 3", Missing(indicator="3")),
    ("ส่งแผนแล้วหรือยัง", Missing(step="แผน")),
    ("ขั้นตอนที่ 3 ส่งหรือยัง", Missing(step="3")),
    # submit a value
    ("ส่งผล ขยะ 52.3", value("ขยะ", "52.3")),
    ("ส่งผลขยะ52.3", value("ขยะ", "52.3")),
    ("ส่งผล ขยะ ๕๒.๓", value("ขยะ", "52.3", "๕๒.๓")),
    ("ส่งผล ขยะ 52.3 ครับบบ", value("ขยะ", "52.3")),
    ("รายงานผล ตัวชี้วัด 2.1 = 85%", value("2.1", "85", "85%", percent=True)),
    ("บันทึกผลยาเสพติด ๗๕.๕ ครับ", value("ยาเสพติด", "75.5", "๗๕.๕")),
    ("อัปเดต e-Service 190", value("e-service", "190")),
    ("อัพเดท E-Service 1,462", value("e-service", "1462", "1,462")),
    ("แก้ไขผล ขยะ 53", value("ขยะ", "53")),
    ("แก้ไขผล ขยะ จาก 52 เป็น 53", value("ขยะ", "53")),
    ("ขยะ 52.3 ครับ", value("ขยะ", "52.3")),
    ("ขยะ = 52.3", value("ขยะ", "52.3")),
    ("KPI 3 = 52.3", value("3", "52.3")),
    ("ตัวชี้วัด 3 52.3", value("3", "52.3")),
    ("ส่ง ขยะ 52.3", value("ขยะ", "52.3")),
    ("ส่งผล ขยะ ร้อยละ 85", value("ขยะ", "85", "ร้อยละ 85", percent=True)),
    ("ส่งผล ขยะ 85 %", value("ขยะ", "85", "85 %", percent=True)),
    ("ส่งผล ขยะ 85 เปอร์เซ็นต์", value("ขยะ", "85", "85 เปอร์เซ็นต์", percent=True)),
    ("ส่งผล ท่องเที่ยว 1,462.21 ล้านบาท", value("ท่องเที่ยว", "1462.21", "1,462.21")),
    ("ส่งผล โอนเปลี่ยนแปลง -3", value("โอนเปลี่ยนแปลง", "-3")),
    ("ส่งผล PMQA 4.0 395", value("pmqa 4.0", "395")),
    ("ส่งผลแทนกองคลัง ขยะ 50", value("ขยะ", "50", unit="กองคลัง")),
    ("ส่งผลขยะ 52.3 แทนกองคลัง", value("ขยะ", "52.3", unit="กองคลัง")),
    ("ส่งผลขยะแทน ศทส. 50", value("ขยะ", "50", unit="ศทส.")),
    ("กองคลัง ขยะ 50", value("ขยะ", "50", unit="กองคลัง")),
    # a finished step
    ("ขั้นตอนที่ 3 ส่งแล้ว", MarkStep("3")),
    ("ขั้นตอนที่3ส่งแล้วค่ะ", MarkStep("3")),
    ("ขั้นที่ 3 ส่งแล้ว", MarkStep("3")),
    ("ขั้นตอนที่ ๓ ส่งแล้ว", MarkStep("3")),
    ("step 3 done", MarkStep("3")),
    ("ขั้นตอนที่ 1 เสร็จแล้ว", MarkStep("1")),
    ("ขั้นตอนที่ 3 เสร็จแล้ว 30 ม.ค. 68", MarkStep("3", done_on=date(2025, 1, 30))),
    ("ส่งแผนแล้ว", MarkStep("แผน")),
    ("ส่งแผนแล้วค่ะ", MarkStep("แผน")),
    ("แผนส่งแล้ว 30 ม.ค.", MarkStep("แผน", done_on=date(2025, 1, 30))),
    ("ส่งแผน 30 ม.ค. 68", MarkStep("แผน", done_on=date(2025, 1, 30))),
    ("ส่งแผนเมื่อวาน", MarkStep("แผน", done_on=date(2025, 1, 14))),
    ("ส่งรายชื่อแล้ว", MarkStep("รายชื่อ")),
    ("ส่งแบบฟอร์ม 4 แล้ว", MarkStep("แบบฟอร์ม 4")),
    ("เข้าประชุม 90%", MarkStep("เข้าประชุม", value=Decimal(90))),
    ("PMQA Team เข้าร่วมกิจกรรม 80 เปอร์เซ็นต์", MarkStep("เข้าร่วมกิจกรรม", value=Decimal(80))),
    ("เข้าร่วมประชุม 85 เปอร์เซ็นต์", MarkStep("เข้าร่วมประชุม", value=Decimal(85))),
    ("ขั้นตอนที่ 2 ไม่ผ่าน", MarkStep("2", passed=False)),
    ("ขั้นตอนที่ 2 ผ่าน", MarkStep("2", passed=True)),
    ("ขั้นตอนที่ 5 ผ่าน 90%", MarkStep("5", passed=True, value=Decimal(90))),
    ("แผนผ่านแล้ว", MarkStep("แผน", passed=True)),
    ("ส่งรายงานผลทาง Google Drive แล้ว", MarkStep("รายงานผล", channel="google_drive")),
    ("ส่งแผนแล้ว ทาง google drive", MarkStep("แผน", channel="google_drive")),
    ("ส่งรายชื่อทาง Google Form แล้ว", MarkStep("รายชื่อ", channel="google_form")),
    ("ส่งผ่าน google drive แล้ว", MarkStep("", channel="google_drive")),
    ("ส่งทางอีเมลแล้ว", MarkStep("", channel="email")),
    ("ส่งผ่านอีเมลแล้ว", MarkStep("", channel="email")),
    ("ส่งไปแล้วนะครับ", MarkStep("")),
    ("ส่งเป็นกระดาษ", MarkStep("", channel="paper")),
    ("กองคลังส่งแผนแล้ว", MarkStep("แผน", unit="กองคลัง")),
    ("ส่งแผนแทนกองคลังแล้ว 20 ม.ค.", MarkStep("แผน", done_on=date(2025, 1, 20), unit="กองคลัง")),
    # confirm, cancel, undo
    ("ยืนยัน", Confirm()),
    ("ยืนยันครับ", Confirm()),
    ("ใช่", Confirm()),
    ("ใช่ค่ะ", Confirm()),
    ("ตกลง", Confirm()),
    ("ok", Confirm()),
    ("OK ครับ", Confirm()),
    ("Ok!", Confirm()),
    ("โอเค", Confirm()),
    ("โอเคค่ะ", Confirm()),
    ("ถูกต้อง", Confirm()),
    ("ยกเลิก", Cancel()),
    ("ยกเลิกครับ", Cancel()),
    ("ไม่ใช่", Cancel()),
    ("ไม่", Cancel()),
    ("ไม่ครับ", Cancel()),
    ("ไม่เอา", Cancel()),
    ("ขอยกเลิกค่ะ", Cancel()),
    ("cancel", Cancel()),
    ("ยกเลิกที่ส่งล่าสุด", Undo()),
    ("ยกเลิกรายการล่าสุด", Undo()),
    ("ยกเลิกที่ส่งไป", Undo()),
    ("ลบรายการล่าสุด", Undo()),
    ("undo", Undo()),
    ("Undo", Undo()),
    ("ถอนที่ส่งไป", Undo()),
    # what is left to do: the next deadlines; where a unit is stuck: its status
    ("มีอะไรต้องทำบ้างครับ", Deadlines()),
    ("ช่วงนี้มีอะไรต้องทำไหมคะ", Deadlines()),
    ("กองคลังติดอะไรอยู่", Status(unit="กองคลัง")),
    ("ทีมไอทีติดอะไรอยู่", IndicatorQuery("ทีมไอที")),  # settled to the unit by its alias
    ("ตอนนี้ติดตรงไหนบ้าง", Status()),
    # English framing words around a question name nothing
    ("what's the status?", Status()),
    ("show me the deadlines", Deadlines()),
    ("when is the plan due?", Deadlines(step="แผน")),  # English cue words read in Thai
    ("how do I use this bot?", Help()),
    ("great job bot!", SmallTalk("praise")),
    ("who hasn't sent results?", Missing()),
    # registering with the bot is no step: who has registered is the team
    ("ใครยังไม่ลงทะเบียน", Members()),
    ("กองไหนยังไม่ได้ลงทะเบียนบ้าง", Members()),
    ("ลงทะเบียนยังไง", Help()),  # how to register is no question about the team
    ("รถติดอะไรขนาดนี้", Unknown("รถติดอะไรขนาดนี้")),  # everyday things are chat
    ("เลิกทำ ส่งผิด", Undo()),  # เลิกทำ: the Thai word for undo in apps
    ("เลิกทำรายการล่าสุด", Undo()),
    # history
    ("ประวัติ", History()),
    ("ประวัติ ขยะ", History("ขยะ")),
    ("ประวัติการส่ง ตัวชี้วัด 3", History("3")),
    ("history ขยะ", History("ขยะ")),
    ("ใครส่งขยะ", History("ขยะ")),
    ("ใครส่งขยะเมื่อไหร่", History("ขยะ")),
    # register and bind
    ("ลงทะเบียน กองคลัง", RegisterUnit("กองคลัง")),
    ("ลงทะเบียนหน่วย ศทส.", RegisterUnit("ศทส.")),
    ("ลงทะเบียน กค.", RegisterUnit("กค.")),
    ("ย้ายมาอยู่กองกลางแล้วครับ", RegisterUnit("กองกลาง")),
    ("ใครเป็นทีม PMQA ของกองคลังบ้างครับ", Members("กองคลัง")),
    ("ใครเป็นผู้ประสานงาน PMQA ของกองคลังคะ", Members("กองคลัง")),
    ("ลงทะเบียน ไอที", RegisterUnit("ไอที")),
    ("ฉันอยู่กองคลัง", RegisterUnit("กองคลัง")),
    ("ผมอยู่ ศทส. ครับ", RegisterUnit("ศทส.")),
    ("สมัคร กองกลาง", RegisterUnit("กองกลาง")),
    ("ลงทะเบียน", RegisterUnit("")),
    ("ผูกกลุ่ม สป.รง.", BindGroup("สป.รง.")),
    ("ผูกกลุ่มกับ สำนักงานปลัดกระทรวงแรงงาน", BindGroup("สำนักงานปลัดกระทรวงแรงงาน")),
    ("ผูกกลุ่มกับสป.รง.ครับ", BindGroup("สป.รง.")),
    ("ตั้งค่ากลุ่ม สป.รง.", BindGroup("สป.รง.")),
    # help
    ("ช่วยด้วย", Help()),
    ("ช่วยด้วยครับ", Help()),
    ("ช่วยหน่อย", Help()),
    ("ใช้ยังไง", Help()),
    ("บอทนี้ใช้ยังไงคะ", Help()),
    ("เมนู", Help()),
    ("help", Help()),
    ("HELP", Help()),
    ("ทำอะไรได้บ้าง", Help()),
    ("วิธีใช้", Help()),
    ("?", Help()),
    ("??", Help()),
    ("ส่งผล", Help()),
    ("ส่งผล ขยะ", Q("ขยะ")),
    # chatter
    ("กินข้าวยัง", Unknown("กินข้าวยัง")),
    ("555", SmallTalk("laugh")),
    ("55555+", SmallTalk("laugh")),
    ("ขอบคุณครับ", SmallTalk("thanks")),
    ("ขอบคุณค่ะ 🙏", SmallTalk("thanks")),
    ("ขอบคุณมากครับ", SmallTalk("thanks")),
    ("สวัสดีครับ", SmallTalk("greeting")),
    ("สวัสดีค่ะ น้องบอท", SmallTalk("greeting")),
    ("น้องบอท", SmallTalk("greeting")),
    ("ครับ", SmallTalk("ack")),
    ("รับทราบค่ะ", SmallTalk("ack")),
    ("ขอบคุณครับ ใครยังไม่ส่ง", Missing()),
    ("สวัสดีค่ะ ขอดูสถานะหน่อย", Status()),
    # หลักสูตร holds the formula cue สูตร but asks for no formula.
    ("หลักสูตรการสอบได้เท่าไหร่", Q("หลักสูตรการสอบ", A.RESULT)),
    ("หลักสูตรสอบ", Q("หลักสูตรสอบ")),
    ("หลักสูตรสอบคิดยังไง", Q("หลักสูตรสอบ", A.FORMULA)),
    ("สูตรคำนวณขยะ", Q("ขยะ", A.FORMULA)),
    # Words of time and scope around a deadline or a missing step name no step.
    ("อีกกี่วันถึง deadline", Deadlines()),
    ("สัปดาห์นี้ต้องส่งอะไร", Deadlines()),
    ("ต้องส่งอะไรภายในสิ้นเดือนนี้", Deadlines(month=1, this_month=True)),
    ("ส่งครบทุกกองหรือยัง", Missing()),
    ("ยังไม่มีผลตัวไหนบ้าง", Missing()),
    ("ขยะยังไม่มีผลเหรอ", Missing(indicator="ขยะ")),
    # Who has not yet done what a step asks, in its own verb.
    ("ใครยังไม่เข้าประชุม", Missing(step="ประชุม")),
    ("หน่วยไหนยังไม่เข้าร่วมกิจกรรม", Missing(step="เข้าร่วม")),
    ("กองไหนยังไม่ทำแผน", Missing(step="แผน")),
    ("ยังขาดใครอีกบ้าง", Missing()),
    ("แผนขาดกี่หน่วย", Missing(step="แผน")),
    # "อัปเดตหน่อย" asks for news; with a result to store it is a submission (read above).
    ("อัปเดตหน่อย", Status()),
    ("อัพเดทหน่อยครับ", Status()),
    ("ขออัปเดตหน่อยค่ะ", Status()),
    ("มีอัปเดตอะไรบ้าง", Status()),
    ("อัปเดตผล", Help()),
    # A report short form is the indicator's words, never a unit's short name.
    ("อปท. มีกี่แห่ง", Q("อปท.", A.RESULT)),
    ("อปท.ได้เท่าไหร่", Q("อปท.", A.RESULT)),
    ("ฝนตกหนักมาก", Unknown("ฝนตกหนักมาก")),
    ("", Unknown("")),
    ("   ", Unknown("")),
]


@pytest.mark.parametrize(("message", "intent"), MESSAGES, ids=[m for m, _ in MESSAGES])
def test_a_message_means_one_intent(message: str, intent: Intent) -> None:
    assert understand(message, today=TODAY).intent == intent


def test_the_table_is_large_enough_to_cover_the_spelling_variants() -> None:
    assert len(MESSAGES) >= 120


def test_the_bots_mention_is_stripped_before_understanding() -> None:
    text = "😀 @PMQA Bot ใครยังไม่ส่งแผนครับ"
    found = understand(text, today=TODAY, mention_spans=[(3, 9)])
    assert found.intent == Missing(step="แผน")
    assert found.normalised == "😀 ใครยังไม่ส่งแผน"


def test_the_understanding_carries_the_normalised_text() -> None:
    found = understand("ส่งผล ขยะ ๕๒.๓ ครับ", today=TODAY)
    assert found.normalised == "ส่งผล ขยะ 52.3"


def test_who_has_not_sent_is_never_read_as_a_submission() -> None:
    for text in ("ใครยังไม่ส่ง 52.3", "ใครยังไม่ส่งขั้นตอนที่ 3", "ยังไม่ส่งแผนแล้ว"):
        assert isinstance(understand(text, today=TODAY).intent, Missing)


def test_a_question_about_a_step_is_never_read_as_a_finished_step() -> None:
    for text in ("ขั้นตอนที่ 2 ผ่านไหม", "ขั้นตอนที่ 3 ถึงไหนแล้ว", "ส่งแผนแล้วหรือยัง"):
        assert not isinstance(understand(text, today=TODAY).intent, MarkStep)


@pytest.mark.parametrize(
    "text",
    [
        "พี่สมชายย้ายไปอยู่กองคลังแล้ว",  # someone else's move
        "น้องเขาย้ายมาอยู่กองกลางค่ะ",
        "เพิ่งย้ายมาค่ะ ฝากตัวด้วย",  # no unit: a greeting
        "ย้ายมาจากกรมอื่นค่ะ",
    ],
)
def test_news_of_a_move_registers_nobody(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, RegisterUnit)


@pytest.mark.parametrize("text", ["ผมย้ายไปอยู่กองคลังแล้วครับ", "ตอนนี้ย้ายมาอยู่กองคลังค่ะ"])
def test_the_senders_own_move_registers_them(text: str) -> None:
    assert understand(text, today=TODAY).intent == RegisterUnit("กองคลัง")
