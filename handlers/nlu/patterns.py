"""Intent rules as data: the cue phrases of each intent, their precedence, and slot word lists.

A cue group is ``"a|b|c"``: any of its phrases. A rule matches when every one of its groups
has a phrase in the normalised, masked message (Thai phrases match across stray spaces,
ASCII ones as whole words); the highest priority wins, the first listed on a tie.
Upper-case cues are placeholders of :mod:`handlers.nlu.extract` (``STEP``: a typed step;
``DIM``: a statement of the plan's dimensions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kpi_core.report import DEFAULT_KEYWORDS


@dataclass(frozen=True)
class Rule:
    """One way of asking for an intent."""

    kind: str  # a slot builder of handlers.nlu.slots, e.g. "submit", "query:score"
    cues: tuple[str, ...]  # every group must match
    priority: int
    unless: str = ""  # a group of phrases that veto the rule
    whole: bool = False  # a cue must be the whole message
    number: bool | None = None  # True: needs a typed value; False: must have none
    keep: bool = False  # the cue words also name the slot ("เข้าประชุม" -> step "ประชุม")


def words(group: str) -> tuple[str, ...]:
    """The phrases of a ``"a|b|c"`` group."""
    return tuple(group.split("|"))


QUESTION = "ไหม|มั้ย|ไหน|หรือยัง|รึยัง|หรือเปล่า|หรือไม่|อะไร|ป่าว"
CHANNELS = (
    ("google_drive", "google drive|googledrive|กูเกิลไดรฟ์|กูเกิ้ลไดร์ฟ|ไดรฟ์|ไดร์ฟ|drive"),
    ("google_form", "google form|googleform|กูเกิลฟอร์ม|ทางฟอร์ม|form"),
    ("email", "e-mail|email|อีเมล|อีเมล์|เมล|mail"),
    ("paper", "กระดาษ|ตัวจริง|หนังสือ|paper"),
)
CHANNEL_WORDS = "|".join(group for _, group in CHANNELS)
# Words that name an indicator without the organisation's data: the report vocabulary.
INDICATOR_WORDS = "|".join(
    (
        *(keyword.lower() for keyword, _ in DEFAULT_KEYWORDS),
        "ตัวชี้วัด|kpi|KPI|eservice|e service|อีเซอร์วิส|ระบบราชการ 4.0|ยาเสพ|masterdata",
    )
)
UNIT_PREFIXES = "กอง|สำนัก|ศูนย์|กลุ่ม|ฝ่าย"
# Dropped from either end of the words left once the cues are gone; the last line holds
# units of measure typed after a value ("1,462.21 ล้านบาท").
EDGE_WORDS = frozenset(
    words(
        "ใคร|อะไร|ไหน|บ้าง|ของ|ที่|ได้|แล้ว|ยัง|หรือ|หรือยัง|รึยัง|หรือเปล่า|ไหม|มั้ย|เรา|ฉัน|ผม"
        "|หนู|ดิฉัน|ขอ|ดู|ช่วย|บอท|เท่าไหร่|เท่าไร|ให้|ว่า|คือ|เป็น|มี|อยู่|ผล|การ|ส่ง|หน่วย"
        "|หน่วยไหน|หน่วยงาน|ตัวชี้วัด|kpi|ตัว|ค่า|ทาง|ผ่าน|โดย|กับ|ใน|และ|จาก|ตอนนี้|ล่าสุด"
        "|เมื่อไหร่|เมื่อไร|วัน|วันที่|วันไหน|ภายใน|กี่|ต้อง|จะ|นี้|นั้น|อัน|เรื่อง|ละ|ล่ะ|เข้า"
        "|สรุป|ภาพรวม|สถานะ|เกณฑ์|ขั้นตอน|ปี|ปีนี้|ไป|มา|ok|โอเค|ใช่|ครับ|ค่ะ|คะ|นะ|จ้า|ฮะ|=|:|-|,|?"
        "|เตือน|ด้วย|ด้วยว่า|หน่อย"
        "|บาท|ล้านบาท|ล้าน|คน|ราย|แห่ง|ครั้ง|กิจกรรม|คะแนน|ระดับ|ร้อยละ|เปอร์เซ็นต์"
    )
)
# PMQA 4.0 is the ministry's own success indicator: "PMQA ถึงไหนแล้ว" asks for the status.
STATUS_WORDS = frozenset(words("pmqa|4.0|pmqa 4.0|ระบบราชการ|ทั้งหมด|รวม|ทุก|การประเมิน"))

# Reminder settings (handlers.nlu.reminder_slots): the group's policy, shown or changed.
_REMINDER = (
    "ตั้งเตือน|ตั้งเวลาเตือน|ตั้งการเตือน|ตั้งค่าเตือน|ตั้งค่าการเตือน|ตั้งแจ้งเตือน|ตั้งค่าแจ้งเตือน"
    "|ตั้งค่าการแจ้งเตือน|เวลาเตือน|เปลี่ยนการเตือน|แก้การเตือน|การเตือน|การแจ้งเตือน|เตือนก่อน"
    "|เตือนล่วงหน้า"
)
_REMINDER_QUESTION = (
    "เตือนวันไหน|เตือนกี่วัน|เตือนกี่โมง|เตือนตอนไหน|เตือนเมื่อไหร่|เตือนเมื่อไร|เตือนยังไง"
    "|เตือนอย่างไร|เตือนแบบไหน|เตือนไว้ยังไง|เตือนไว้อย่างไร|เตือนไว้ไง|เตือนไว้แบบไหน"
)
# "เปิดการเตือน" holds "ปิดการเตือน": turning reminders on vetoes the rule that turns them off.
_REMINDER_ON = "เปิดการเตือน|เปิดเตือน|เปิดแจ้งเตือน|เปิดการแจ้งเตือน|เริ่มเตือน|กลับมาเตือน"
# "...และวันกำหนดส่ง" asks for a reminder on the deadline itself (day 0).
DEADLINE_DAY_WORDS = "วันกำหนดส่ง|วันที่กำหนดส่ง|วันครบกำหนด|วันที่ครบกำหนด|วันส่ง|วันที่ต้องส่ง|วันสุดท้าย"

# The names people give the three Government 4.0 dimensions (มิติ), by their fixed numbers;
# read only inside a dimension phrase ("มิติเปิดกว้างกับมิติประชาชน"), never on their own.
DIMENSION_WORDS = (
    (1, "เปิดกว้างและเชื่อมโยง|เปิดกว้าง|เชื่อมโยง"),
    (2, "ยึดประชาชนเป็นศูนย์กลาง|ประชาชนเป็นศูนย์กลาง|ยึดประชาชน|ประชาชน"),
    (3, "มีขีดสมรรถนะสูงและทันสมัย|ขีดสมรรถนะสูงและทันสมัย|ขีดสมรรถนะสูง|ขีดสมรรถนะ|ทันสมัย"),
)

_DONE = "ส่งแล้ว|เสร็จ|เรียบร้อย|ทำแล้ว|ไม่ผ่าน|ผ่าน|done|แล้ว|ครบ"
_SUBMIT = (
    "ส่งผล|รายงานผล|บันทึกผล|บันทึก|อัปเดต|อัพเดต|อัพเดท|อัปเดท|update|แก้ไขผล|แก้ผล|แก้ไข"
    "|กรอกผล|ใส่ผล|ส่งค่า|submit"
)

# fmt: off
RULES: tuple[Rule, ...] = (
    Rule("confirm", ("ยืนยัน|ใช่|ใช่แล้ว|ตกลง|ok|okay|โอเค|ถูกต้อง|ถูกต้องแล้ว|yes|confirm"
                     "|ได้เลย|เอาเลย|ยืนยันการส่ง",), 100, whole=True),
    Rule("cancel", ("ยกเลิก|ขอยกเลิก|ไม่ใช่|ไม่|cancel|no|ไม่เอา|ไม่ถูกต้อง|ไม่ยืนยัน"
                    "|ยกเลิกการส่ง",), 100, whole=True),
    Rule("help", ("?|help|เมนู|menu|ช่วย|ช่วยด้วย|ช่วยหน่อย|วิธีใช้|คู่มือ|ช่วยเหลือ|คำสั่ง",), 99,
         whole=True),
    # "ยกเลิก" alone answers a pending confirmation; with what to cancel it withdraws a row.
    Rule("undo", ("undo",), 95),
    Rule("undo", ("ยกเลิก|ถอน|ลบ|เอาออก",
                  "ล่าสุด|ที่ส่ง|ส่งไป|รายการ|เมื่อกี้|เมื่อกี๊|ที่บันทึก|ส่งผิด"), 95),
    Rule("bind", ("ผูกกลุ่ม|ตั้งค่ากลุ่ม|ผูกกับ|เชื่อมกลุ่ม|bind",), 90),
    # Above every deadline and "ส่ง" cue: "ตั้งเตือน 7 3 1 และวันกำหนดส่ง" holds both.
    Rule("reminder:off", ("ปิดการเตือน|ปิดเตือน|ปิดแจ้งเตือน|ปิดการแจ้งเตือน|หยุดเตือน|หยุดการเตือน"
                          "|หยุดแจ้งเตือน|ยกเลิกการเตือน|ยกเลิกเตือน|ยกเลิกแจ้งเตือน"
                          "|ยกเลิกการแจ้งเตือน",), 89, unless=_REMINDER_ON),
    Rule("reminder:on", (_REMINDER_ON,), 89),
    Rule("reminder:show", (_REMINDER_QUESTION,), 88, number=False),
    Rule("reminder", (_REMINDER,), 87),  # days or a time: change the policy; else show it
    Rule("register", ("ลงทะเบียน|สมัคร|register|ฉันอยู่|ผมอยู่|หนูอยู่|เราอยู่|ดิฉันอยู่|สังกัด",), 85,
         unless="ชุดข้อมูล|บัญชีข้อมูล|gd catalog"),  # an indicator registers data sets
    # Asking who has not sent outranks every "ส่ง" cue below.
    Rule("missing", ("ยังไม่ส่ง|ยังไม่ได้ส่ง|ค้างส่ง|ขาดส่ง|ยังไม่ครบ|ไม่ได้ส่ง|ใครค้าง|ส่งครบ"
                     "|ครบหรือยัง|ครบยัง|missing",), 80),
    Rule("missing", ("ส่ง", "หรือยัง|รึยัง|หรือเปล่า|แล้วยัง"), 79),
    Rule("deadlines", ("กำหนดส่ง|เหลือกี่วัน|อีกกี่วัน|หมดเขต|ภายในวันไหน|deadline|due|ครบกำหนด"
                       "|วันสุดท้าย|ต้องส่งอะไร|ส่งอะไรบ้าง|กำหนดการ|ต้องทำอะไร",), 75),
    Rule("deadlines", ("ส่ง", "เมื่อไหร่|เมื่อไร|เมื่อไหร|วันไหน|วันที่เท่าไหร่|วันอะไร|ภายใน|ตอนไหน"),
         74, unless="ใครส่ง|ส่งไปเมื่อ|ส่งแล้ว"),
    Rule("history", ("ประวัติ|history|log|ใครส่ง|ส่งโดยใคร|ใครเป็นคนส่ง|ใครบันทึก|รายการที่ส่ง",), 70),
    # Stating the plan's dimensions says it was done: "ขั้นตอนที่ 3 ครบทุกมิติ".
    Rule("mark", ("STEP", f"{_DONE}|DIM"), 68, unless=QUESTION),
    Rule("mark", ("เข้าประชุม|เข้าร่วมประชุม|เข้าร่วมกิจกรรม|เข้าร่วม|attendance",), 66,
         number=True, keep=True),
    Rule("submit", (f"{_SUBMIT}|ส่ง|=|ผลได้|ได้ผล|ผลคือ",), 60, number=True),
    Rule("mark", ("ส่ง|ทำ|แนบ|อัปโหลด|อัพโหลด|upload|ยื่น|ผ่าน", "แล้ว|เรียบร้อย|DATE|DIM"), 55,
         unless=QUESTION),
    Rule("mark", ("ส่ง|ยื่น|แนบ", CHANNEL_WORDS), 54, unless=QUESTION),
    Rule("mark", ("ไม่ผ่าน",), 53, unless=QUESTION),
    Rule("query:tier", ("ผ่านเกณฑ์|ผ่าน|ระดับ|ขั้น|tier|level", QUESTION), 50, unless="ขั้นตอน"),
    Rule("query:formula", ("สูตรคำนวณ|สูตร|คำนวณ|คิดยังไง|คิดอย่างไร|คิดไง|วิธีคิด|formula"
                           "|คิดจาก",), 48),
    Rule("query:criteria", ("เกณฑ์|ค่าเป้าหมาย|เป้าหมาย|เป้า|target|criteria",), 46),
    Rule("query:score", ("ได้กี่คะแนน|กี่คะแนน|คะแนน|score|แต้ม",), 44,
         unless="คะแนนรวม|คะแนนทั้งหมด|ภาพรวม"),
    Rule("query:result", ("ได้เท่าไหร่|ได้เท่าไร|เท่าไหร่|เท่าไร|เท่าไหล่|เท่าใด|ผลลัพธ์|ผลเป็นยังไง"
                          "|ผลเป็นไง|ผลการดำเนินงาน|ได้กี่|ผลล่าสุด|result",), 42),
    Rule("status", ("สถานะ|สรุป|ภาพรวม|ถึงไหน|status|ความคืบหน้า|คืบหน้า|progress|คะแนนรวม"
                    "|คะแนนทั้งหมด|summary|overview|เป็นยังไงบ้าง|เป็นไงบ้าง|dashboard|ผลการประเมิน",), 40),
    # "ส่งผล" with no value: show the indicator named, else how to submit (Help).
    Rule("submit_hint", (_SUBMIT,), 30, number=False),
    Rule("help", ("ใช้ยังไง|ใช้อย่างไร|ใช้งานยังไง|ใช้งานอย่างไร|ทำอะไรได้บ้าง|ทำอะไรได้|วิธีใช้|help"
                  "|เมนู|menu|คู่มือ|ช่วยเหลือ|สอนใช้|ใช้ไง",), 20),
    # An indicator and a value and nothing else ("ขยะ 52.3") is a submission.
    Rule("submit", (INDICATOR_WORDS,), 12, number=True, keep=True),
    Rule("query:summary", (INDICATOR_WORDS,), 10, keep=True),
    Rule("deadlines", ("STEP|ขั้นตอน",), 8, keep=True),  # "ขั้นตอนมีอะไรบ้าง": the steps and dues
)
# fmt: on


def phrase_regex(group: str) -> str:
    """A regular expression for any phrase of a ``"a|b|c"`` group, longest first."""
    return "|".join(_phrase(p) for p in sorted(words(group), key=len, reverse=True))


def _phrase(phrase: str) -> str:
    parts = []
    for char, following in zip(phrase, phrase[1:] + " ", strict=True):
        parts.append(re.escape(char))
        # People put spaces between Thai words at will, but never before a vowel or tone mark.
        if "\u0e01" <= char <= "\u0e4e" and _starts_syllable(following):
            parts.append(" ?")
    pattern = "".join(parts)
    if phrase[0].isascii() and phrase[0].isalnum():
        pattern = r"(?<![a-z0-9])" + pattern
    if phrase[-1].isascii() and phrase[-1].isalnum():
        pattern += r"(?![a-z0-9])"
    return pattern


def _starts_syllable(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e2e" or "\u0e40" <= char <= "\u0e44"
