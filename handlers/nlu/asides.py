"""Group chatter said to colleagues, not to the bot, though it holds words of the plan.

A message is an aside by how it is said, not by its topic: a colleague addressed by name or by
a singular kin term ("พี่ปุ้ม …", "พี่จ๋า …", "… นะพี่"), a question put to the group ("ใครทราบ",
"ใครมีเบอร์"), a forwarded notice ("fwd:", "ส่งต่อจาก…:", "หนังสือเวียน"), a promise to a
colleague ("เดี๋ยวหนู…ให้"), office logistics (a room free, a room number, photocopies, a
meeting fixed; a vehicle, a printer, lunch or a room's equipment asked about with no word of
the plan), thanks to colleagues for what they did, laughter at a colleague's words.
So is news that holds the words of a write or a question yet reports nothing of the
organisation's own and asks the bot nothing (``data/nlu/aside_words.txt``): someone else's
figures or progress ("สป.พม. เขาได้ PMQA 412", "ได้ยินว่านนทบุรีส่งผลขยะไปแล้ว 63%"), a figure
not yet final ("น่าจะประมาณ 60 รอหนังสือยืนยันก่อน"), what is still to be done or waits on a
superior ("จะส่งแผนพรุ่งนี้", "กำลังรอ ผอ. เซ็น"), a notice ("ระบบจะปิดปรับปรุง…", "เขต 12 ขอ
เลื่อนส่ง…"), a file sent to a colleague ("ส่งเข้าเมลพี่แล้ว"), a system in trouble.
A message that calls the bot ("น้องบอท", "ฝากถามบอท") is never an aside.
"""

from __future__ import annotations

import re
from functools import cache

from handlers.data_files import read_text, sections
from handlers.intents import (
    QUESTIONS,
    Aspect,
    Cancel,
    Deadlines,
    DeskLink,
    Help,
    History,
    IndicatorQuery,
    Intent,
    MarkStep,
    Missing,
    ReminderSettings,
    RuleQuestion,
    SmallTalk,
    Status,
    SubmitBaseline,
    SubmitValue,
    stores,
)
from handlers.nlu.clauses import ANYONE_KNOWS_RE
from handlers.nlu.formal import OPENER_RE
from handlers.nlu.guards import (
    Guarded,
    GuardedBranches,
    required_literals,
    skipping,
)
from handlers.nlu.instructions import (
    ORDER_WORDS,
    URGING_WORDS,
    figure_sent_in_haste,
    ordered_to_send,
    told_to_send,
    urged_through_a_colleague,
    urges_everyone_to_send,
    urges_to_send,
)
from handlers.nlu.patterns import CHANNELS, phrase_regex, phrase_search_regex
from handlers.nlu.questions import asks
from handlers.nlu.rare_letters import any_literal
from handlers.nlu.slots import INDICATOR_RE
from handlers.nlu.story import is_story_word
from handlers.nlu.tokenize import province_names, tokens

# The bot called by name ("ฝากถามบอทหน่อย"), or disowned ("ถามพี่นะไม่ได้ถามบอท").
_BOT_RE = Guarded(re.compile(r"น้องบอท|พี่บอท|บอท|\bbot\b"))
_NOT_THE_BOT_RE = re.compile(r"(ไม่ได้|ไม่ใช่)\s?ถาม\s?(น้อง)?บอท")
# Said to the group or passed on, whatever was read: a question to whoever knows, a forwarded
# notice, a circular to read, a colleague asked to stand in, office
# logistics (a room, photocopies, where a paper lies), the time a past meeting ended.
# A no to the card said first: what follows is its reason, not chat to colleagues.
_DONT_RECORD_FIRST_RE = re.compile(
    r"\s*(?:ยัง\s?)?ไม่\s?(?:ต้อง\s?)?บันทึก"
    # "No need", a clause of its own: "ไม่ต้องครับ เดี๋ยวให้น้องในกองส่งเอง".
    r"|\s*ไม่\s?ต้อง\s?(?:ค่ะ|ครับ|คะ|ค่า|จ้า|คับ|นะคะ|นะครับ)(?:\s|$)"
)
# Remarks to the group that a report may stand beside ("ขยะ 52.3 ค่ะ ฝากพี่ๆ ตรวจด้วย"): a file
# or an example asked of whoever has one ("ใครมีไฟล์แบบฟอร์ม 3 ของปีที่แล้วบ้าง"), or whether
# it opens for others ("ไฟล์…ใน drive ใครเปิดได้บ้าง"), whose words end with the clause (the
# whoever-has remark); work handed to the group ("ฝากพี่ๆ ช่วยกันดูกิจกรรมมิติที่ 2 ให้หน่อย";
# not "ขอบคุณทุกคนที่ช่วยกันดู…", thanks the bot shares), whose object follows it.
_WHOEVER_HAS = (
    r"ใคร\s?(พอ)?\s?มี\s?(ไฟล์|เอกสาร|ตัวอย่าง|ต้นฉบับ|สำเนา|template|เทมเพลต)",
    # The file may be named: "ใครเปิดไฟล์ขยะได้บ้าง".
    r"ใคร\s?(เปิด|เข้า|โหลด|ดาวน์โหลด|ดาวโหลด)\s?(ไฟล์\S{0,20}?\s?)?(ได้|ไม่ได้|ไม่ขึ้น)",
)
_TO_THE_GROUP = r"ฝาก\s?(พี่|น้อง|เพื่อน)\s?ๆ|(?<!ที่)(?<!ที่ )ช่วยกัน\s?(ดู|ตรวจ|เช็ค|เช็ก|คิด|อ่าน)"
# A colleague, by name or kin word, asked to chase a third party ("ฝากพี่เจี๊ยบตามตัวเลข
# ท่องเที่ยวจาก ททท. ด้วยนะคะ", "ฝากน้องโทรทวงอำเภอที"); not the bot, not "ตามนี้" (as follows).
_CHASE_HANDED = (
    r"ฝาก\s?(พี่|น้อง|คุณ)(?!\s?บอท)\S{0,12}?\s?(ช่วย\s?)?(โทร\s?(ไป\s?)?)?"
    r"(ตาม(?!\s?(นี้|ที่|กำหนด|เกณฑ์|แผน))|ทวง)"
)
_REMARK_BRANCHES = (*_WHOEVER_HAS, _TO_THE_GROUP, _CHASE_HANDED)
_ASIDE_RE = GuardedBranches(
    (
        r"ใคร\s?(พอ)?\s?(ทราบ|รู้)",
        r"ใคร\s?(พอ)?\s?มี\s?(เบอร์|เบอ|ไลน์|อีเมล|เมล)",
        # Anything to lend, asked of whoever has it: "ใครมีที่ชาร์จ type-c บ้าง" (not a duty, a
        # right, a score or work owed: "ใครมีหน้าที่ส่งแผนบ้าง", "ใครมีงานค้างบ้าง").
        r"(?<!มี)(?<!มี )ใคร\s?(พอ)?\s?มี\s?(?!หน้าที่|สิทธิ|สิทธ์|คะแนน|ผล|ระดับ|ค้าง|งาน|อะไร|ส่ง|ขาด)"
        r"\S[^?]*?(บ้าง|มั่ง)",
        r"(น่าจะ|คง)\s?(ทราบ|รู้)",
        r"^\s*(fwd|fw|forward(ed)?)\s*:",
        r"^\s*(ส่งต่อ|แชร์)\s?(ข่าว|จาก|ประกาศ|หนังสือ|:)",
        # News passed on from elsewhere: "ข่าวจาก ก.พ.ร. ค่ะ ปีนี้ทุกส่วนราชการต้องส่ง…".
        r"^\s*(ข่าว|ประกาศ)\s?(จาก|ด่วน)",
        # A circular the sender makes ("…จะทำหนังสือเวียนตาม", "ร่างหนังสือเวียนอยู่ค่ะ ขอรายชื่อ…",
        # "ก่อนส่งหนังสือแจ้งเวียน ขอรายชื่อ…", what is asked for goes with it: "…จะแนบไปกับ
        # หนังสือเวียน", "…จะเอาไปประกอบหนังสือแจ้งเวียน") is why they ask, none passed on; so is
        # one named as where a day is written ("…31 ม.ค. หรือ 30 ม.ค. กันแน่คะ ในหนังสือเวียนเขียน
        # ไม่ตรงกัน").
        r"(?<!ทำ)(?<!ทำ )(?<!ใน)(?<!ใน )(?<!ร่าง)(?<!ร่าง )(?<!ออก)(?<!ออก )(?<!ก่อนส่ง)(?<!ก่อนส่ง )"
        r"(?<!จะส่ง)"
        r"(?<!จะส่ง )(?<!กับ)(?<!กับ )(?<!ประกอบ)(?<!ประกอบ )หนังสือ(?:แจ้ง)?เวียน"
        r"|ส่ง\s?ร่าง\s?หนังสือ(?:แจ้ง)?เวียน"
        r"|เอกสารเวียน|จดหมายข่าว|newsletter|บทความ|น่าอ่าน|อ่านกัน",
        r"ฝาก\s?(พี่|น้อง|คุณ)\S*.*แทน",
        r"ห้อง\s?(ประชุม)?\s?\S{0,12}\s?ว่าง|จองห้อง|ห้อง\s?(ประชุม)?\s?\d{2,}|ห้อง\s?ประชุม\s?\d",
        # A room booked: "ห้องประชุมชั้น 5 จองไว้คุยเรื่องจริยธรรม…".
        r"จอง\s?ไว้",
        # An event the group is invited to: "…จัดกิจกรรมรณรงค์… ใครสนใจไปด้วยกันได้นะคะ"; a
        # seminar or a training to sign up for ("อย่าลืมลงทะเบียนสัมมนา BB EvMIS กันนะทุกคน").
        r"ใคร\s?(ที่)?\s?สนใจ|ไป\s?ด้วย\s?กัน",
        r"(ลงทะเบียน|สมัคร)\s?(เข้า\s?)?(ร่วม\s?)?(อบรม|สัมมนา|หลักสูตร|workshop|seminar|training)",
        # Who is in a place or stays late ("ใครอยู่ชั้น 4 ฝาก…", "ใครอยู่เย็นได้บ้าง"), a
        # thing carried to someone ("ฝากเอาเอกสาร…ไปให้ผอ."), a task handed to everyone
        # for a colleague ("ทุกคนส่งสไลด์…ให้พี่ภายในพรุ่งนี้").
        r"ใคร\s?อยู่\s?(ชั้น|ห้อง|ตึก|ออฟฟิศ|office|เย็น|ดึก|ค่ำ|ต่อ|เวร|โยง)",
        r"ฝาก\s?(เอา|ถือ|ยก)\S*.*ไป\s?ให้",
        r"^\s?ทุกคน.*ให้\s?(พี่|หนู|ผม|น้อง)(?!\s?บอท)",
        # Figures a colleague got from elsewhere: "ตัวเลข…พี่ได้จาก ททท. รึยัง".
        r"(พี่|น้อง)\s?(ได้|ได้รับ|ขอ)\s?(ข้อมูล|ตัวเลข|ไฟล์)?\s?จาก",
        # (The PMQA team's own meeting, "ครั้งหน้าทีม PMQA นัดประชุมกันวันไหน", is the plan's;
        # so is a meeting to arrange that is why the bot is asked: "แผนต้องส่งถึงวันไหน จะได้
        # นัดประชุมกองทัน", "…เพื่อนัดประชุมกอง".)
        r"(?<!pmqa)(?<!pmqa )(?<!จะได้)(?<!จะได้ )(?<!เพื่อ)(?<!เพื่อ )นัด\s?(ทีม|ประชุม|คุย)"
        r"|ถ่ายเอกสาร",
        # Printing left at the office's machine: "ใครปริ้นเอกสารค้างไว้ที่เครื่องชั้น 3 คะ",
        # "…ทิ้งไว้ในถาดเครื่องถ่าย" (who typed something, "ใครพิมพ์…", may be the bot's).
        r"ใคร\s?(สั่ง\s?)?(ปริ้น|ปริ๊น|ปรินท์|ปรินต์|พริ้น|พรินท์|พรินต์|print)",
        # (A file left on a computer, "ขยะ 61.4 ค่ะ ไฟล์ทิ้งไว้ที่เครื่องชั้น 3", is no printing.)
        r"(ค้าง|ลืม|ทิ้ง|วาง)\s?ไว้\s?(ที่|ใน|บน)\s?"
        r"(ถาด\s?|เครื่อง\s?(ถ่าย|ปริ้น|ปริ๊น|พริ้น|พรินท์|พิมพ์|print|แฟกซ์|fax))",
        # Where a paper lies in the office: "อยู่ในสารบรรณ", "วางไว้บนโต๊ะ".
        r"(อยู่|ไว้)\s?(ใน|ที่|บน)\s?(โต๊ะ|ตู้|สารบรรณ)",
        r"(เมื่อวาน|เมื่อเช้า|เมื่อกี้|เมื่อกี๊).*กี่โมง",
        # Papers that came in by post: "สำนักงบประมาณเขต 5 ส่งเอกสารมาทางไปรษณีย์".
        r"ส่ง\S*\s?มา\S*\s?(ทาง|โดย)?\s?(ไปรษณีย์|พัสดุ|ems)",
        # Someone asked to chase a third party: "ใครตามให้หน่อย", "ใครช่วยทวงที" (not
        # "ใครนำใครตาม", who leads and who trails, asked of two units).
        r"(?<!นำ)(?<!นำ )ใคร\s?(ช่วย)?\s?(ตาม|ทวง|โทร)(?!\s?หลัง)",
        # Whether others have the same trouble: "e-Budgeting ช้ามาก ใครเป็นบ้าง" (not "มีใคร
        # เป็นผู้ประสานงานบ้าง", who is in a team).
        r"(?<!มี)(?<!มี )ใคร\s?(ก็)?\s?เป็น\s?(เหมือนกัน)?\s?(บ้าง|มั้ย|ไหม|ป่ะ|ปะ)\s*$",
        # Reachable if anything comes up: "ลาป่วยวันนี้ มีไรทักไลน์", "มีอะไรก็โทรมานะ".
        r"มี\s?อะไร\s?(ก็)?\s?(ทัก|โทร|ติดต่อ|inbox)",
        # Whoever has the same trouble, or is free to help: "ใครเป็นบ้าง", "ใครว่างช่วยที".
        r"(?<!มี)(?<!มี )ใคร\s?เป็น\s?(บ้าง|มั่ง|เหมือน|ด้วย)|ใคร\s?(พอ)?\s?ว่าง",
        # Where a file lies in the shared drive: "ไฟล์ผล … อยู่ในไดรฟ์โฟลเดอร์ไหน".
        r"(ไฟล์|เอกสาร).*อยู่\s?(ใน|ที่)?\s?\S*?\s?(โฟลเดอร์|folder)\s?ไหน",
        # A circular passed round: "ขออนุญาตแจ้งเวียนหนังสือ…", "แจ้งเวียน: …".
        r"เวียน\s?(หนังสือ|เอกสาร)|แจ้งเวียน\s?:",
        # A draft left for a colleague to check before it goes ("ฝากไฟล์…ไว้ในเมลพี่
        # ช่วยตรวจก่อนส่งจริง", "ฝากพี่ช่วยตรวจก่อนส่งนะคะ").
        r"ตรวจ\s?(ให้)?\s?(หน่อย|ที)?\s?ก่อน\s?(จะ)?\s?ส่ง",
        r"ไว้\s?ใน\s?(เมล|อีเมล|email|ไลน์|line)\s?(ของ\s?)?(พี่|น้อง|ท่าน|หัวหน้า)(?!\s?บอท)",
        # Who takes over the work when someone leaves, asked of the group: "ปีหน้าใครจะ
        # รับงาน PMQA ต่อ", "งาน e-Service ใครรับต่อ" (not "หนูเพิ่งรับงานต่อ…", told
        # to the bot).
        r"ใคร\s?(จะ)?\s?(มา)?\s?(รับ|ดูแล|ทำ)\s?(งาน|ช่วง|ต่อ)",
        *_REMARK_BRANCHES,
    )
)
# A file that opens or will not open ("ไฟล์ e-Service ที่อำเภอส่งมาเปิดไม่ได้เลย", "ไฟล์ที่ส่งทาง
# ไลน์ส่วนตัวเปิดได้ไหม"): sent between members, never by the bot, so theirs to sort out.
_FILE_OPENS_RE = re.compile(
    r"(?:ไฟล์|เอกสาร|แนบ|(?<![a-z])(?:file|pdf|excel|word)(?![a-z]))[^?]{0,60}?"
    r"เปิด\s?(?:ไม่\s?)?(?:ได้|ขึ้น|ออก)"
)
# A colleague called by a mention ("@พี่หนึ่ง …", "@น้องฝน …"), not the bot ("@น้องบอท", its
# display name "@น้อง PMQA").
_AT_COLLEAGUE_RE = re.compile(
    r"\s*@\s?(?:พี่|น้อง|คุณ|ป้า|ลุง|ผอ|หัวหน้า)(?!\s?(?:บอท|bot|pmqa))", re.IGNORECASE
)
# A colleague called opening the message, by a kin term or a title and a name ("คุณวิภา",
# "น้องจุ๋ม", "พี่ครับ"), never the bot ("น้องบอท") nor the whole group ("พี่ๆ", "น้องทุกคน").
_CALLED_BY_NAME_RE = re.compile(
    r"\s*(?:คุณ|น้อง|พี่)(?!\s?(?:บอท|bot|pmqa|ๆ|ทุกคน|ทุกท่าน))\S{1,12}\s", re.IGNORECASE
)
# The kin term called with a polite particle alone ("น้องคะ", "น้องครับ", "พี่คะ"): no name, so
# whoever reads it, the bot as well ("น้องคะ ช่วยแก้ขยะเป็น 62.1 ให้หน่อย").
_CALLED_WITH_A_PARTICLE_RE = re.compile(
    r"\s*(?:คุณ|น้อง|พี่)\s?(?:คะ|ค่ะ|ครับ|คับ|ขา|จ้า|จ๊ะ|จ๋า|ฮะ|คร้าบ|นะ)\s"
)
# Work handed to the one called or mentioned, asked as a favour ("พี่ต้อม ช่วยดูแผนมิติ 2 ให้
# หน่อย", "คุณจอย ช่วยเช็คตัวเลขขยะให้หน่อย", "@เอก ช่วยดูแผน…"): never the bot's own work
# ("…ช่วยดูสถานะ…", "…ช่วยดูให้หน่อยว่าไอทีไปถึงไหน").
_HANDED_TO_THE_ONE_CALLED_RE = re.compile(
    r"^\s*@?\s?\S+\s+ช่วย\s?(?:ดู|ตรวจ|เช็ค|เช็ก|แก้|หา|สแกน|ปริ้น|ปริ๊น|พริ้น|ถ่ายเอกสาร|เตรียม"
    r"|รวบรวม|เอา|ยก)"
    r"(?!\s?(?:สถานะ|สรุป|คะแนน|ภาพรวม|ความคืบหน้า|กำหนด|deadline"
    r"|(?:ให้\s?)?(?:หน่อย|ที)?\s?ว่า))"
)
# Someone mentioned by name alone ("@เอก", "@ต้อม"): a member (the bot's own mention is cut
# before the text is read, and its display name holds "bot" or "pmqa").
_AT_NAME_RE = re.compile(r"\s*@\s?(?!\S*(?:บอท|bot|pmqa))\S{1,15}\s", re.IGNORECASE)


# Something told done ("…กองคลังส่งแผนแล้ว"), not the last time or year ("ปีที่แล้ว").
_DONE_NOT_LAST_RE = re.compile(r"(?<!ที่)(?<!ที่ )แล้ว|เรียบร้อย")


def _handed_to_the_one_called(normalised: str, typed: str) -> bool:
    """Whether work is handed to a colleague called or mentioned by name, nothing told done
    (see ``_HANDED_TO_THE_ONE_CALLED_RE``)."""
    if "ช่วย" not in normalised or _DONE_NOT_LAST_RE.search(normalised):
        return False
    if _CALLED_BY_NAME_RE.match(normalised):
        return (
            _CALLED_WITH_A_PARTICLE_RE.match(normalised) is None
            and _HANDED_TO_THE_ONE_CALLED_RE.match(normalised) is not None
        )
    lowered = typed.lower()
    return (
        "@" in lowered
        and _AT_NAME_RE.match(lowered) is not None
        and _HANDED_TO_THE_ONE_CALLED_RE.match(lowered) is not None
    )


# What is said to the one called: a paper to draft or a call to make, ordered ("ช่วยร่างบันทึก
# ข้อความ…", "ทำหนังสือแจ้งอำเภอ…", "โทรตามอำเภอ…"), or where a file is kept, asked ("…อยู่
# โฟลเดอร์ไหน"; where to upload one, "ต้องอัปโหลดไว้โฟลเดอร์ไหน", is the channel's rule).
_TO_THE_ONE_CALLED_RE = re.compile(
    r"^\S+\s+(?:ช่วย\s?)?(?:ร่าง|ทำหนังสือ|ทำบันทึก|ออกหนังสือ|จัดทำหนังสือ|พิมพ์หนังสือ|โทร)"
    r"|(?:อยู่|เก็บ\s?(?:ไว้)?)\s?(?:ใน|ที่)?\s?(?:ไดรฟ์|drive)?\s?(?:โฟลเดอร์|folder)\s?ไหน"
    # The work handed to them, asked after ("แบบฟอร์ม 3 ที่ให้ช่วยดู เสร็จยังจ๊ะ", "แผนที่ฝาก
    # ไว้ ตรวจเสร็จยัง"); not the work the rules ask for ("แผนที่ให้ทำต้องมีกี่มิติ").
    r"|ที่\s?(?:พี่|หนู|ผม|ดิฉัน)?\s?(?:(?:ขอ\s?)?ให้\s?(?:ช่วย\s?)?"
    r"(?:ดู|ทำ|แก้|ตรวจ|เช็ค|เช็ก|ร่าง|สรุป|หา|รวบรวม|เตรียม|จัดทำ|อ่าน)|ฝาก\s?(?:ไว้|ให้)"
    r"|มอบหมาย|สั่ง\s?(?:ไว้|ให้))"
    # (Not the units' work, "งานที่สั่งให้ทุกกองทำถึงไหนแล้ว": the bot's to follow.)
    r"(?!\s?(?:ให้\s?)?(?:ทุก\s?)?(?:กอง|ศูนย์|สำนัก|หน่วยงาน|อำเภอ|จังหวัด|ส่วนราชการ))"
    r"[^?]{0,40}?(?:เสร็จ|ได้\s?(?:ยัง|หรือยัง|รึยัง)|เรียบร้อย|ถึง\s?ไหน|คืบหน้า)"
    # What they sent, looked at ("ฟอร์ม 3 ที่ส่งมาพี่ดูแล้ว แก้ตรง…").
    r"|ที่\s?ส่ง\s?มา\s?(?:ให้\s?)?(?:พี่|หนู|ผม)?\s?(?:ดู|อ่าน|ตรวจ)\S*\s?(?:ให้\s?)?แล้ว",
    re.IGNORECASE,
)


def _said_to_the_one_called(normalised: str) -> bool:
    """Whether what follows a colleague called is said to them (see ``_TO_THE_ONE_CALLED_RE``)."""
    return _TO_THE_ONE_CALLED_RE.search(normalised) is not None


# Praise of the units or of colleagues ("ขอชื่นชมทุกกองที่ส่งทันเวลา", "ชื่นชมพี่ๆ ทีมคลังมาก"):
# theirs to hear, never the bot's ("ชื่นชมน้องบอท").
_OTHERS_PRAISED_RE = re.compile(
    r"ชม\s?(?:ทุก|กอง|ศูนย์|สำนัก|ทีม|หน่วย|ฝ่าย|กลุ่ม|จังหวัด|อำเภอ|พี่|น้อง|คุณ|ท่าน)(?!\s?บอท)"
    # (Not the bot's makers, "ชื่นชมทีมพัฒนาระบบนี้ค่ะ ตอบไวมาก": the bot praised.)
    r"(?!\s?(?:ผู้\s?)?(?:พัฒนา|สร้าง|จัดทำ|ทำ\s?(?:บอท|ระบบ|bot)))"
)


def others_praised(text: str) -> bool:
    """Whether ``text`` praises the units or colleagues (see ``_OTHERS_PRAISED_RE``)."""
    return "ชม" in text and "บอท" not in text and _OTHERS_PRAISED_RE.search(text) is not None


# A paper sent to a superior, told or asked ("ร่างรายงาน… ส่งให้ ผอ. แล้วนะคะ", "…ส่งให้ท่านเลขาฯ
# หรือยังคะ"): no step of the plan, whatever its words read as; never to the coordinator's
# director ("ส่งแผนให้ ผอ.กพร. แล้ว").
_SENT_TO_A_SUPERIOR_RE = re.compile(
    r"ส่ง\S*?\s?ให้\s?(?:ท่าน\s?)?(?:ผอ|ผู้อำนวยการ|หัวหน้า|เลขา|รองฯ|ปลัด|อธิบดี|ผู้บริหาร|ผู้ว่า)"
    r"(?!\S*?\s?(?:กพร|ก\.พ\.ร|กลุ่มพัฒนาระบบบริหาร|pmqa))\S*(?:\s?\S+){0,2}?\s?"
    r"(?P<done>แล้ว|เรียบร้อย|(?:หรือ|รึ)\s?ยัง)"
)


def _sent_to_a_superior(normalised: str, typed: str) -> bool:
    """Whether a paper is told sent to a superior, asking nothing besides, or only asked whether
    it was (see ``_SENT_TO_A_SUPERIOR_RE``)."""
    sent = _SENT_TO_A_SUPERIOR_RE.search(normalised)
    if sent is None:
        return False
    if sent["done"].endswith("ยัง"):
        return not asks(normalised[sent.end() :])
    return not asks(normalised, typed)


# A file asked for that is none of the plan's forms ("ขอไฟล์รายงานผลการตรวจสอบบัญชีปี 67",
# "รบกวนขอสำเนาคำสั่งแต่งตั้ง…"): the bot sends no files. Its forms ("ขอไฟล์แบบฟอร์ม 1-3") and
# its summaries ("ขอไฟล์สรุปคะแนน") are its own; where a paper is found may be asked of it
# ("ขอเอกสารประกอบการประชุมชี้แจง… ได้จากที่ไหนคะ").
_FILE_ASKED_RE = re.compile(
    r"ขอ\s?(?:ไฟล์|สำเนา)(?!\s?(?:แบบ\s?)?(?:ฟอร์ม|form|template|เทมเพลต|สรุป|คะแนน|สถานะ|กราฟ"
    r"|แผนภูมิ|chart|excel|ลิงก์|ลิงค์|link))",
    re.IGNORECASE,
)
_WHERE_FROM_RE = re.compile(r"ที่ไหน|จากไหน|ตรงไหน")
# The bot's own material asked as a file ("ขอไฟล์ปฏิทินกำหนดส่ง", "ขอไฟล์รายงานสถานะการส่ง…",
# "ขอสำเนาผลคะแนนรอบ 6 เดือน", "ขอไฟล์เกณฑ์การให้คะแนน"), unless of a past year ("ขอไฟล์ผลการ
# ประเมินของกองคลังปีที่แล้ว"): the bot answers with what it keeps.
_OWN_MATERIAL_RE = re.compile(
    r"\s?(?:รายงาน\s?)?(?:ปฏิทิน|กำหนด|สถานะ|ผล\s?(?:การ\s?)?(?:ประเมิน|คะแนน)|รายละเอียด\s?ตัวชี้วัด"
    r"|ตัวชี้วัด|เกณฑ์)"
)
_PAST_YEAR_RE = re.compile(r"ปี\s?(?:ที่\s?แล้ว|ก่อน|\d{2,4})|ครั้ง\s?ที่\s?แล้ว")


def _file_asked(read: Intent, normalised: str) -> bool:
    """Whether a file is asked for that is a colleague's (see ``_FILE_ASKED_RE``), nothing of the
    bot's asked after it ("ขอไฟล์หน่อยค่ะ กองคลังส่งแผนยัง")."""
    found = _FILE_ASKED_RE.search(normalised)
    if found is None or _WHERE_FROM_RE.search(normalised) or _meeting_materials(read, normalised):
        return False
    if _OWN_MATERIAL_RE.match(normalised, found.end()) and not _PAST_YEAR_RE.search(normalised):
        return False
    space = normalised.find(" ", found.end())
    return space < 0 or not asks(normalised[space + 1 :])


def _meeting_materials(read: Intent, normalised: str) -> bool:
    """Whether the file asked for is the briefing's materials, read as the meeting's rule
    ("ขอไฟล์สไลด์ที่ประชุมวันก่อนหน่อย"): the bot's to give, unless the minutes of a meeting
    ("รายงานการประชุม…ใครจด ขอไฟล์หน่อย") are asked, a colleague's."""
    return (
        isinstance(read, RuleQuestion)
        and read.topic == "meeting"
        and "รายงานการประชุม" not in normalised
    )


# A wonder shared with the group, no one asked: "…จะประกาศผลเมื่อไหร่ไม่รู้เลยเนอะ".
_WONDER_RE = re.compile(r"ไม่รู้\s?(?:เลย|เหมือนกัน)?\s?(?:เนอะ|เนาะ|เน้อ)\s*[?!.~]*\s*$")
# One colleague called: a singular kin term with its particle opening a message that speaks of
# the two of them or asks a favour ("พี่คะ ไฟล์ที่พี่แก้…", "พี่จ๋า ช่วยดูร่าง…"; not "พี่ๆ",
# the whole group, nor "พี่บอท"; "พี่คะ ใครยังไม่ส่งแผน" asks what the bot knows), or closing
# it ("…วันไหนนะพี่"); a colleague's name opening a message that speaks of the two of them
# ("พี่ปุ้มคะ ไฟล์ที่พี่แก้… หนูหาไม่เจอ"): a kin term before a title relays a superior's
# question ("พี่ผู้ว่าถาม…").
_COLLEAGUE_RE = re.compile(
    r"^\s*(เรียน\s?)?พี่\s?(คะ|ค่ะ|ครับ|ขา|จ๋า)(?=.*(พี่|หนู|ช่วย|ดี\s*$))"
    r"|^\s*พี่(?!\s?ๆ|บอท)\S*\s.*(พี่|หนู|ดี\s*$)"
)
# A kin term closing the message ("…วันไหนนะพี่"): a colleague asked, unless what is asked is
# the plan's rules, a unit's or the organisation's progress, who has not sent or a deadline,
# which the bot answers for whoever asks ("มิติที่ 4 มีอะไรบ้างนะพี่", "ศทส.ถึงไหนแล้วคะพี่").
_CLOSING_KIN_RE = Guarded(re.compile(r"(?<!ๆ)(นะ|คะ|ครับ|ค่ะ)?\s?(พี่|(?<=นะ)\s?น้อง)(ขา|จ๋า)?\s*$"))
_WHO_ASKED_RE = re.compile("ใคร|ไหน|อะไร")
# The colleague whose work the asker took over ("ผมเพิ่งรับงาน PMQA ต่อจากพี่"): no one called.
_TAKEN_OVER_FROM_RE = re.compile(r"(?:ต่อ\s?จาก|แทน)\s?พี่\S*\s*$")
# When a promise will be kept, said right after its เดี๋ยว: "เดี๋ยวบ่ายนี้หนูโทรตาม…",
# "เดี๋ยวพรุ่งนี้เช้าส่งไฟล์…ให้ทางเมลนะ" (the promise is the same).
_SOON = (
    r"(?:(?:ตอน\s?)?(?:บ่าย|เย็น|เช้า|ค่ำ|คืน|เที่ยง)\s?(?:นี้|นี่)|พรุ่งนี้(?:\s?(?:เช้า|บ่าย|เย็น))?"
    r"|สักครู่|แป๊บ\S{0,2}|อีกสักพัก|อีกแป๊บ\S{0,2})?\s?"
)
# A promise to chase someone: "เดี๋ยวพี่ตามเองนะ", "เดี๋ยวหนูโทรไปทวงให้".
_CHASE_RE = re.compile(
    r"เดี๋ยว\s?" + _SOON + r"(?:หนู|พี่|ผม|น้อง|ดิฉัน|เรา)?\s?(?:จะ\s?)?(?:โทร\s?(?:ไป\s?)?)?(?:ตาม|ทวง)"
)
# The units' list asked, then whom the asker will chase with it: "ขอ list กองที่ยังไม่ส่งแผน
# จะโทรตาม", "ขอรายชื่อหน่วยที่ค้างส่ง จะได้ตามทวง".
_LIST_TO_CHASE_RE = re.compile(
    r"^(?:รบกวน\s?)?ขอ\s?(?:list|ลิสต์|ลิสท์|รายชื่อ|รายการ)\S*.*\sจะ\s?(?:ได้\s?)?"
    r"(?:โทร\s?(?:ไป\s?)?)?(?:ตาม|ทวง)"
)
# A promise to a colleague: "เดี๋ยวหนูส่ง…ให้พี่ตรวจ", "เดี๋ยวพี่รวมให้".
_PROMISE_RE = re.compile(r"เดี๋ยว\s?" + _SOON + r"(หนู|พี่|ผม|น้อง|ดิฉัน|เค้า|เรา)\S*.*ให้")
# A colleague told something, then promised it explained later: "…นะน้อง เดี๋ยวพี่อธิบายหลังประชุม".
_EXPLAIN_LATER_RE = re.compile(
    r"เดี๋ยว\s?" + _SOON + r"(?:หนู|พี่|ผม|ดิฉัน|เรา)\s?(?:จะ\s?)?(?:อธิบาย|เล่า|สอน|ชี้แจง)"
)
# A training the sender went to, named by an indicator's words ("อบรมจริยธรรมออนไลน์"), told
# with no question: the group's own news.
_TRAINING_RE = re.compile(r"(?:อบรม|สัมมนา|เวิร์กช็อป|เวิร์คช็อป|workshop)")
# The same promise with no one named, of a thing to send: "เดี๋ยวส่งไฟล์ excel ขยะให้ทางเมลนะ"
# (not a favour asked: "…ให้หน่อย", "…ให้ด้วย").
_SEND_LATER_RE = re.compile(
    r"เดี๋ยว\s?" + _SOON + r"(จะ)?\s?(ส่ง|แนบ|อัป|อัพ|โยน)\S*.*ให้(?!\s?(หน่อย|ด้วย))"
)
# Sent to one colleague in a private chat: "ส่งไฟล์ทางไลน์ส่วนตัวให้แล้วนะ" (a question about
# such a chat, "ส่งลิงก์ให้ทางแชทส่วนตัวได้ไหม", is still asked of the bot).
_PRIVATE_RE = Guarded(
    re.compile(r"(แชท|แชต|ไลน์|line|ข้อความ|inbox|ทัก)\s?ส่วนตัว|หลังไมค์|(?<![a-z])(inbox|dm)(?![a-z])")
)


# Someone asked to send something here: "รูปกิจกรรมเมื่อวานส่งมาในกลุ่มหน่อย" reports nothing.
# "สนง.ท่องเที่ยวฯ ส่งมาว่า… 1,588.40 ล้านบาท ลงระบบให้ด้วย" relays a figure sent in: no ask.
# What came in already, then the bot asked to record it ("อำเภอส่งมาครบแล้ว บันทึกให้ด้วย"),
# is a relayed figure: no ask to send.
def sent_here(text: str) -> bool:
    """Whether ``text`` (lower case) asks someone to send something here: "ส่ง…มา" (not "ส่งมา
    ว่า"), then "หน่อย" or "ด้วย" with no แล้ว/บันทึก/ลงระบบ/ลงให้ before it on the line but in
    the word glued after "มา". Read by positions, not by one pattern: the pattern that said
    this tried every way to cut the words after each ส่ง and took seconds on long messages."""
    for sent in _SENT_RE.finditer(text):
        run = _RUN_RE.match(text, sent.end())
        end = run.end() if run else sent.end()
        ends = [m.end() for m in _HERE_RE.finditer(text, sent.end(), end)]
        if end + 1 < len(text) and text[end].isspace() and text.startswith("มา", end + 1):
            ends.append(end + 3)  # one space between: "ส่งไฟล์ มาในกลุ่ม"
        for here in ends:
            if _SAYS_RE.match(text, here):
                continue
            glued = _RUN_RE.match(text, here)
            last = glued.end() if glued else here
            for ask in _ASK_RE.finditer(text, here):
                start = min(ask.start(), last)
                done = _DONE_HERE_RE.search(text, start)
                if done is None or done.start() >= ask.start():
                    if "\n" not in text[start : ask.start()]:
                        return True
                elif start == last:
                    break  # every later ask has the same word before it
    return False


_SENT_RE = re.compile("ส่ง")
_RUN_RE = re.compile(r"\S+")
_HERE_RE = re.compile("มา")
_SAYS_RE = re.compile(r"\s?ว่า")
_ASK_RE = re.compile("หน่อย|ด้วย")
_DONE_HERE_RE = re.compile("แล้ว|บันทึก|ลงระบบ|ลงให้")
# What is done already, before a promise: "กองคลังส่งแผนแล้ว เดี๋ยวหนูส่งลิงก์ให้" reports it;
# what came in from elsewhere ("อำเภอส่งตัวเลขมาแล้ว 3 ไฟล์ เดี๋ยวผมรวมให้") is not a report.
_DONE_RE = re.compile(r"แล้ว|เรียบร้อย|\d")
_INCOMING_RE = re.compile(r"มา\s?แล้ว|ส่ง\S*มา|มา\s?ถึง|มา\s?ครบ")
# Thanks to colleagues for what they did ("ขอบคุณพี่ๆ ที่มาช่วยงาน…"), not to the bot.
_THANKS_COLLEAGUES_RE = re.compile(
    # Everyone thanked for the work together ("ขอบคุณทุกคนที่ช่วยกันมาทั้งปี") is the whole
    # group's thanks, the bot's too.
    r"ขอบคุณ\s?(พี่\s?ๆ|น้อง\s?ๆ|เพื่อน\s?ๆ|ทีมงาน"
    r"|(?:ทุกท่าน|ทุกคน)(?!\s?ที่\s?(?:ช่วยกัน|ร่วมมือ|ร่วมกัน|ส่ง|ให้\s?ความ\s?(?:ร่วมมือ|ช่วยเหลือ))))\s?(ที่|สำหรับ)"
    # Thanks for a treat ("ขอบคุณพี่นุ่นนะคะสำหรับขนม"); one colleague thanked by name
    # ("ขอบคุณพี่ต๋อยมากค่ะ") is thanks the bot may answer too.
    r"|สำหรับ\s?(ขนม|กาแฟ|ชา|ของฝาก|ของกิน|ข้าว|อาหาร|ผลไม้|เค้ก|น้ำ|ของขวัญ)"
)
# Thanks to a colleague and to the bot ("ขอบคุณพี่ต๋อยกับน้องบอทค่า"; the bot's name may be cut from
# the end), or for an explanation now understood ("ขอบคุณพี่ต๋อยมากค่ะ เข้าใจแล้ว"): the bot's too.
_UNDERSTOOD_RE = re.compile(r"เข้าใจ\s?(?:แล้ว|ละ|ขึ้น)")


# Thanks for the welcome ("ขอบคุณพี่ๆ ที่ต้อนรับนะคะ", "…สำหรับการต้อนรับ"): a newcomer's thanks
# to the whole group, the bot's too.
_WELCOME_THANKED_RE = re.compile(r"(?:ที่|สำหรับ)\s?(?:การ\s?)?ต้อนรับ")


def _thanks_shared(normalised: str, typed: str) -> bool:
    return bool(
        _UNDERSTOOD_RE.search(normalised)
        or _BOT_RE.search(typed.lower())
        or ("ต้อนรับ" in normalised and _WELCOME_THANKED_RE.search(normalised))
    )


# A birthday wished ("สุขสันต์วันเกิดพี่นกค่า"): a colleague's, unless the bot is named (its name
# is gone from the normalised text, "สุขสันต์วันเกิดน้องบอท").
_BIRTHDAY_RE = re.compile(r"วันเกิด|happy\s?birthday|(?<![a-z])hbd(?![a-z])")


# Laughter at a colleague's words ("5555 ได้เลยพี่"), not at the bot: no word of laughing.
_LAUGH_RE = re.compile(r"^\s*(555|ฮ่า|ฮา)")
# Laughing at a colleague's words, or agreeing with them ("ฮ่าๆ พี่พูดถูกเลยค่ะ 555").
# A colleague's jokes ("พี่หนึ่งมุกเยอะ") and agreeing with what they said ("จริงด้วยค่ะพี่").
_LAUGHING_RE = re.compile(
    r"ขำ|ตลก|ฮา|น่ารัก|พูด\s?(?:ถูก|จริง)|จริง\s?ที่สุด|เห็นด้วย|มุก|แซว|(?:จริง|ใช่|ถูก)\s?ด้วย"
    # "5555 จริงค่ะพี่": agreed with a particle only.
    r"|(?<!\S)(?:จริง|ใช่|ถูก)(?=\s?(?:ค่ะ|คะ|ค่า|ครับ|คับ|จ้า|จ้ะ)?\s?(?:พี่|น้อง))"
)


# A laugh, then words that answer a colleague or tell them something about now ("5555 ได้เลยพี่",
# "55555 พี่เปิดไมค์อยู่"): said to them. A remark about them ("5555 พี่ต๋อยตามงานโหดมาก", "555
# ใจเย็นๆ น้อง") is a laugh, as the corpus reads nearly every one.
REPLIED_TO_A_COLLEAGUE_RE = re.compile(
    r"ได้\s?เลย|ได้\s?(?:ค่ะ|ครับ|คับ|จ้า)|โอเค|ok\b|รับทราบ|อยู่\s?(?:นะ|ค่ะ|ครับ|คับ|จ้า)?\s?(?:พี่|น้อง)?\s*$"
)


_FOR_WHOEVER_ASKS = (RuleQuestion, Status, Missing, Deadlines)
# How far something has got, asked of a name the reader does not know ("นิติการถึงไหนแล้วครับ
# พี่": a unit by its bare name, or an indicator): a status, whoever is called after it.
_HOW_FAR_RE = re.compile(r"ถึง\s?ไหน|คืบหน้า|ไป\s?ถึง")


def _for_whoever_asks(read: Intent, normalised: str) -> bool:
    """Whether ``read`` is asked of the bot, whoever the message calls: so is an indicator's
    figure asked by how much ("รายได้ท่องเที่ยวล่าสุดกี่ล้านแล้วครับพี่")."""
    if isinstance(read, _FOR_WHOEVER_ASKS):
        return True
    if not isinstance(read, IndicatorQuery):
        return False
    if read.aspect is Aspect.SUMMARY:
        return _HOW_FAR_RE.search(normalised) is not None
    return read.aspect in _FIGURES and _HOW_MUCH_RE.search(normalised) is not None


_FIGURES = (Aspect.RESULT, Aspect.SCORE)
_HOW_MUCH_RE = re.compile("กี่|เท่าไหร่|เท่าไร|เท่าใด")


# A formal notice to the group, which asks nothing of the bot: a circular ("แจ้งเวียน: …",
# "ขออนุญาตแจ้งเวียนหนังสือ…", "ขอประชาสัมพันธ์…"), a system's downtime ("ระบบ…จะปิดปรับปรุง",
# "งดให้บริการ", "ขัดข้อง"), an invitation ("ขอเชิญประชุม…"), an application round
# ("เปิดรับสมัคร"), a letter's closing ("จึงเรียนมาเพื่อโปรดทราบ", "รายละเอียดตามไฟล์แนบ"; not
# "จึงเรียนมาเพื่อโปรดบันทึก", which asks the bot to record, nor "…เพื่อโปรดสรุปสถานะภาพรวม",
# which asks it to show something).
# "เปิดให้บริการแล้ว 4 อำเภอ" (opened) is no "ปิดให้บริการ" (closed).
# Read on the normalised text: its courtesy ("ขออนุญาต") and its addressee ("เรียนทุกกอง") are
# gone.
# "…เพื่อโปรดทราบและบันทึกในระบบด้วย": the closing asks to record besides.
_AND_RECORD = r"\s?(?:และ|แล้ว)\s?(?:โปรด)?\s?(?=บันทึก|ลงระบบ|ลงข้อมูล)"
_NOTICE_RE = Guarded(  # most messages hold none of its words: not searched then
    re.compile(
        r"^(?:แจ้งเวียน|ขอประชาสัมพันธ์|ประชาสัมพันธ์)|แจ้งเวียนหนังสือ|ปิดปรับปรุง|ขัดข้อง"
        r"|ขอเชิญ|ขอเรียนเชิญ|เรียนเชิญ|เชิญประชุม|งดให้บริการ|(?<!เ)ปิดให้บริการ|เปิดรับสมัคร"
        rf"|เพื่อโปรดทราบ(?!{_AND_RECORD})|จึงเรียนมา(?!\s?เพื่อ\s?(?:โปรด)?\s?(?:ทราบ{_AND_RECORD}\s?)?"
        r"(?:บันทึก|ลงระบบ|ลงข้อมูล|สรุป|แสดง|ตรวจสอบ|ให้ข้อมูล))|ตาม\s?(?:ไฟล์|เอกสาร)\s?แนบ"
        r"|ตามสิ่งที่ส่งมาด้วย"
    )
)


def _to_a_superior(typed: str) -> bool:
    """Whether the message opens as a letter to a superior by title ("เรียนท่านปลัดจังหวัด",
    "เรียนท่าน ผอ.สำนัก", "เรียน ผอ.กค."), not to the team or the coordinator."""
    opener = OPENER_RE.match(typed.strip().lower())
    if opener is None:
        return False
    addressee = opener["to"] or opener["usual"] or opener["kin"]
    if _THE_TEAM_RE.match(addressee.removeprefix("ท่าน").lstrip()):
        return False  # "เรียนท่านผู้ประสานงาน": the coordinator, addressed politely
    return addressee.startswith("ท่าน") or any(map(is_story_word, tokens(addressee)))


_THE_TEAM_RE = re.compile(r"ผู้ประสาน|ทีม|คณะทำงาน|เจ้าหน้าที่|แอดมิน|admin|สมาชิก")
# The PMQA coordinator's own unit, addressed by name.
_COORDINATOR_RE = re.compile(r"กลุ่มพัฒนาระบบบริหาร|กพร|ก\.พ\.ร\.|pmqa")


def _to_the_team(typed: str) -> bool:
    """Whether the message opens as a letter to the PMQA team or its coordinator ("เรียน ผู้
    ประสานงาน PMQA", "เรียน กลุ่มพัฒนาระบบบริหาร"), not to a superior or everyone."""
    opener = OPENER_RE.match(typed.strip().lower())
    if opener is None:
        return False
    addressee = (opener["to"] or opener["usual"] or opener["kin"]).removeprefix("ท่าน").lstrip()
    return bool(_THE_TEAM_RE.match(addressee) or _COORDINATOR_RE.match(addressee))


def _office_words() -> re.Pattern[str]:
    phrases = [
        line.strip().lower()
        for line in read_text("nlu", "office_words.txt").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    thai = sorted((p for p in phrases if not p.isascii()), key=len, reverse=True)
    english = sorted((p for p in phrases if p.isascii()), key=len, reverse=True)
    return re.compile(
        "|".join(
            [
                *map(re.escape, thai),
                *(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])" for p in english),
            ]
        )
    )


# Office logistics: a vehicle, a printer, lunch, a room's equipment (data/nlu/office_words.txt).
_OFFICE_RE = Guarded(_office_words())  # searched only where a literal of it is
# Words of the plan that keep a question about office things the bot's: "printer เสีย ส่งแผน
# ทางอีเมลได้ไหม" asks about the plan's channel ("ประชุม" alone is any meeting, the van's too).
_PLAN_RE = re.compile(
    phrase_search_regex(
        "แผน|รายชื่อ|รายงาน|แบบฟอร์ม|ฟอร์ม|หลักฐาน|คะแนน|ตัวชี้วัด|ขั้นตอน|มิติ|กำหนดส่ง"
        "|ชี้แจง|ส่งผล|บันทึกผล|deadline|plan|report|score"
        # A deadline asked beside one's leave: "เหลือกี่วันจะหมดเขต พี่จะลาพักร้อน".
        "|หมดเขต|ครบกำหนด"
        # What is due, asked beside it: "เดือนหน้ามีอะไรต้องส่งมั้ยคะ จะลาพักร้อนช่วงกลางเดือน".
        "|อะไรต้องส่ง|ต้องส่งอะไร|อะไรต้องรายงาน|ต้องรายงานอะไร"
        # What lateness costs: "ไวไฟล่ม ส่งช้าจะโดนหักไหม".
        "|หัก|ส่งช้า|ล่าช้า|ส่งไม่ทัน|เลยกำหนด|เกินกำหนด"
        # Where one stands in the plan, asked beside one's leave: "กองเราอยู่ขั้นไหนแล้วคะ กลับ
        # จากลาพักร้อนงงไปหมด".
        "|อยู่ขั้นไหน|ถึงขั้นไหน|ขั้นไหนแล้ว"
    )
)


_QUESTIONS_OR_HELP = (*QUESTIONS, Help)
# A meeting called with its room ("บ่ายนี้ประชุมเรื่อง PMQA ห้อง 3 นะคะ ทุกคน"), asking nothing.
_MEETING_ROOM_RE = re.compile(r"ประชุม.{0,40}?ห้อง\s?(ประชุม\s?)?\d")
# A meeting put off, whatever it is about ("ประชุมสรุปผลตัวชี้วัดเลื่อนเป็นวันศุกร์", "ประชุม
# ชี้แจงเลื่อนไปบ่ายสอง"); not a reminder put off for a meeting ("ติดประชุม เลื่อนเตือน…").
_MEETING_MOVED_RE = re.compile(r"(?<!ติด)ประชุม[^,]{0,40}?เลื่อน\s?(?:ไป|เป็น|ออกไป)")


def office_chatter(normalised: str, read: Intent) -> bool:
    """Whether a question is about office logistics and names nothing of the plan
    ("รถตู้ไปประชุมที่ศาลากลางออกกี่โมง", "wifi ชั้น 2 ล่มอีกแล้ว ใครแก้ได้บ้าง")."""
    if not isinstance(read, _QUESTIONS_OR_HELP) or _OFFICE_RE.search(normalised) is None:
        return False
    if "แผนก" in normalised:  # "แผนกพัสดุ": a department, whose "แผน" is no plan
        normalised = _DEPARTMENT_RE.sub(" ", normalised)
    # "deadline ส่งใบลาพักผ่อนสิ้นเดือนนี้นะทุกคน": the deadline of a staff paper, no plan's.
    normalised = _STAFF_PAPER_DUE_RE.sub(" ", normalised)
    if _PLAN_RE.search(normalised):
        return False
    # Housekeeping and lifts ("ขยะเต็มถัง… ใครเรียกแม่บ้าน", "…อบรมจริยธรรม… ขอติดรถ") are the
    # group's, whatever indicator's name the words hold.
    return INDICATOR_RE.search(normalised) is None or _CHORES_RE.search(normalised) is not None


# The legislature's and the cabinet's business: a bill, its readings, the cabinet's resolutions
# ("ร่าง พ.ร.บ.งบ ผ่านสภาวาระแรกแล้ว", "ร่างกฎหมายลูกผ่าน ครม. แล้ว"): news, never the plan's.
_BILL_RE = Guarded(
    re.compile(
        r"พ\.\s?ร\.\s?บ|พรบ|ร่าง\s?กฎหมาย|กฎหมายลูก|สภา(?!พ|ว)|ครม|คณะรัฐมนตรี|ราชกิจจา"
        r"|วาระ\s?(?:แรก|ที่\s?(?:หนึ่ง|สอง|สาม|[123]))"
    )
)
# The cabinet the work is (to be) put to ("ยังไม่ได้เสนอ ครม.", "เสนอคณะรัฐมนตรีแล้ว"): a stage
# of an indicator's work, not the cabinet's news.
_PROPOSED_TO_CABINET_RE = re.compile(r"เสนอ\s?(?:ต่อ\s?)?(?:ที่\s?ประชุม\s?)?(?:ครม|คณะรัฐมนตรี)\.?")


def _proposed_after_the_figure(normalised: str, read: Intent) -> bool:
    """Whether the cabinet is named in ``normalised`` only as what the work is put to, after
    the figure of a value ("จริยธรรม ได้ระดับ 2 ครับ ยังไม่ได้เสนอ ครม."): the value stands."""
    if not isinstance(read, SubmitValue) or "เสนอ" not in normalised:
        return False
    figure = normalised.find(read.raw_value) if read.raw_value else -1
    proposed = _PROPOSED_TO_CABINET_RE.search(normalised)
    if figure < 0 or proposed is None or proposed.start() < figure:
        return False
    rest = normalised[: proposed.start()] + " " + normalised[proposed.end() :]
    return _BILL_RE.search(rest) is None


# Congratulations opening the message, whatever indicator's name the team or award holds.
_CONGRATULATED_RE = re.compile(r"\s?(?:ขอ\s?)?(?:แสดงความ)?ยินดี\s?ด้วย")
# A run staff sign up for (not "วิ่ง" alone: "ส่งแผนวิ่งเลย" hurries).
_RUNS = "งานวิ่ง|มาราธอน|มินิมาราธอน|ฮาล์ฟมาราธอน|fun run|ฟันรัน|สมัครวิ่ง"
_STAFF_PAPER_DUE_RE = re.compile(
    r"(?:deadline|กำหนดส่ง|หมดเขต|ครบกำหนด)\s?(?:ส่ง|ยื่น)?\s?"
    r"(?=ใบลา|ใบเบิก|ใบสำคัญ|เอกสารเบิก|เบิกค่า|เบิกเงิน)"
    # The steps of a staff claim: "ขั้นตอนการเบิกค่าล่วงเวลาเดือนนี้เปลี่ยนไหม".
    r"|ขั้นตอน\s?(?:การ)?\s?(?=ใบลา|ใบเบิก|ใบสำคัญ|เอกสารเบิก|เบิกค่า|เบิกเงิน|ลา)"
    # Who goes to an office event, listed: "ส่งรายชื่อคนไปงานกีฬาสีกระทรวงภายในวันศุกร์".
    r"|รายชื่อ\S{0,12}?(?=(?:ไป|เข้า)?(?:ร่วม)?(?:งาน)?(?:กีฬาสี|เลี้ยง|ทำบุญ|ทัศนศึกษา|ศึกษาดูงาน))"
    # Signing up for a run, its deadline before or after: "หมดเขตสมัครวิ่งมินิมาราธอนกระทรวง
    # 20 ม.ค.", "fun run กระทรวงหมดเขตวันไหน".
    rf"|(?:deadline|หมดเขต|ปิดรับ)\s?(?:รับ)?\s?(?=สมัคร\s?(?:วิ่ง|{_RUNS}))"
    rf"|(?:{_RUNS}).{{0,30}}?(?:deadline|หมดเขต|ปิดรับ)"
)
_DEPARTMENT_RE = re.compile(
    r"แผนก(?=พัสดุ|บัญชี|การเงิน|ธุรการ|บุคคล|ประชาสัมพันธ์|สารบรรณ|ยานพาหนะ|อาคาร|จัดซื้อ)"
)
_CHORES_RE = re.compile(
    r"แม่บ้าน|ถังขยะ|ขยะเต็ม|เต็มถัง|ติดรถ|นั่งรถไปด้วย"
    # A budget bill before parliament, whatever budget indicator its name holds.
    r"|เข้าสภา|วาระแรก|วาระที่หนึ่ง|ร่าง\s?พ\.ร\.บ\."
    # Litter overflowing outside, the budget's calendar (no budget indicator's figure).
    r"|ล้นถัง|ปฏิทินงบประมาณ|แจ้งเทศบาล|รถขยะ"
    # Anyone else in the same trouble with a system, whatever indicator it serves.
    r"|เป็นเหมือนกัน(?:ไหม|มั้ย|บ้าง)"
)


# Who sent (recorded) something last, asked first: "ใครส่งผลขยะล่าสุดคะ…".
_WHO_SENT_LAST_RE = re.compile(
    r"\s*ใคร\s?(?:เป็นคน\s?)?(?:ส่ง|บันทึก|อัปเดต|อัพเดต|อัพเดท|กรอก|ใส่|ลง)\S{0,30}?ล่าสุด"
)


def _sent_asked(normalised: str) -> bool:
    """Whether a message asks how far a sending went, then whether anyone in the group knows
    ("กองคลังส่งแผนแล้วหรือยังคะ ใครทราบบ้าง"): what was sent is the bot's to tell, whoever
    else is asked besides."""
    tag = ANYONE_KNOWS_RE.search(normalised)
    if tag is None:
        return False
    head = normalised[: tag.start()].strip()
    return bool(head) and asks(head) and not _ASIDE_RE.matches(head)


# A letter to every unit: "เรียนทุกหน่วยงาน กรุณาส่ง…" (the opener is gone from the normalised text).
_TO_EVERYONE_RE = re.compile(r"\s*เรียน\s?ทุก")


def _everyone_urged(normalised: str, typed: str) -> bool:
    """Whether every unit is urged to send their work (see ``urges_everyone_to_send``), or
    a letter to every unit urges the sending."""
    if urges_everyone_to_send(normalised):
        return True
    return _TO_EVERYONE_RE.match(typed) is not None and urges_to_send(normalised)


# A junior addressed ("…นะน้อง", "ไม่ต้องส่งอีเมลน้อง ใช้…"), not the bot ("น้องบอท") nor
# juniors urged as a group ("น้องๆ"), nor called first with a particle ("น้องคะ …": a question).
# A newcomer spoken of ("ให้น้องใหม่ดู") is no one addressed.
_JUNIOR_RE = re.compile(r"(?<!ๆ)(?<!ให้)(?<!ให้ )น้อง(?!\s?(?:บอท|bot|ๆ|คะ|ครับ|ขา|จ๋า|ทุกคน|ใหม่))")
# An alternative told ("ส่งเมลหรือกระดาษโดนหัก"), not a question's "หรือ" ("หรือยัง", "หรือเปล่า").
_ALTERNATIVE_RE = re.compile(r"(?<=\S)\s?หรือ\s?(?!ยัง|เปล่า|ไม่|ป่าว|ป่ะ|เป็น|ว่า|\s*$)(?=\S)")
# How a senior tells: "…นะน้อง", "…แล้วน้อง", "…เลยน้อง", a duty or a guess ("ต้อง", "ไม่ต้อง",
# "น่าจะ"), a reason or a warning ("เพราะ", "ไม่งั้น").
_TELLING_RE = re.compile(r"(?:นะ|แล้ว|เลย)\s?(?:คะ|ค่ะ|ครับ|จ้ะ)?\s?น้อง|ต้อง(?!การ)|น่าจะ|เพราะ|ไม่งั้น")
# A favour asked of whoever is called "น้อง" (the bot too): "บอกกำหนดส่งหน่อยน้อง".
_FAVOUR_ASKED_RE = re.compile(r"หน่อย|ขอ|รบกวน|ช่วย|บอก|สรุป|แสดง|เช็ค|เช็ก|อยากรู้|อยากทราบ|ถาม")


def _told_a_junior(normalised: str, typed: str) -> bool:
    """Whether a senior tells a junior how things are, asking nothing ("ต้อง drive เท่านั้นนะ
    น้อง ส่งเมลหรือกระดาษโดนหัก 0.5 เลย", "น่าจะโดนหัก 0.05 เพราะส่งรายชื่อช้านะน้อง")."""
    if _JUNIOR_RE.search(normalised) is None or _FAVOUR_ASKED_RE.search(
        typed.lower() or normalised
    ):
        return False
    if _TELLING_RE.search(normalised) is None:
        return False  # "สถานะกองคลังน้อง": the bot called by a kin term, asked in short
    return not asks(_ALTERNATIVE_RE.sub(" ", normalised), _ALTERNATIVE_RE.sub(" ", typed))


def _trigger_literals() -> frozenset[str]:
    """Strings one of which the normalised text holds whenever a test of ``aside`` after the
    small talk's can answer True (each test's own literal, or its pattern's required ones;
    ``_ASIDE_RE`` and the words of the typed text are looked at apart, in ``_may_be_aside``).
    Every test there that may answer True needs one of them:

    - the words gating a test, as written in ``aside``, ``_promise_only``, ``_send_later``,
      ``_not_ours``, ``_told_a_junior`` ("น้อง"), ``told_to_send`` ("ให้"), the closing kin and
      the colleague called ("พี่", "น้อง");
    - an order to send opens with an order word or holds "ด่วน" (``ordered_to_send``); an
      urging holds a word of urging (``urges_to_send``), every unit urged "ทุก";
    - the patterns searched whole: a complaint, a training, a notice, office words, a bill,
      a private chat, and the news of ``_not_ours`` (their required literals). ``_not_ours``
      may search a piece of the text or the text with a heard rule replaced by a space: a
      literal (none holds a space) found there is in the text too.

    A literal that most messages hold stands in for the rarer ones every match it stands for
    holds besides (``_SHARPER``), and the news from outside bodies asked of a colleague
    (``_not_ours``'s "มา") is looked for by the bodies' names its pattern opens with."""
    found = {
        *("เดี๋ยว", "เปิด", "น้อง", "พี่", "ให้", "ทุก", "ห้อง", "เลื่อน", "ยินดี", "ด่วน"),
        *("รอ", "จะ", "ร่าง"),  # the gates of ``_not_ours``
        *_SOURCES,  # every match of its "sources" (it needs "มา" besides) opens with one
        *("ชม", "ไฟล์", "สำเนา"),  # the units praised, a file asked for
        *ORDER_WORDS,
        *URGING_WORDS,
    }
    for pattern in (
        _complaint_re(),
        _NOTICE_RE,
        _OFFICE_RE,
        _BILL_RE,
        _PRIVATE_RE,
        _NOT_A_REPORT_RE,
        *(_GUARDED_CHATTER[name] for name in _NEWS_OF_OTHERS),
    ):
        assert isinstance(pattern, Guarded)
        every = required_literals(pattern.pattern)  # each, not only the shortest of a family
        assert every
        for literal in every:
            found |= _SHARPER.get(literal, {literal})
    training = required_literals(_TRAINING_RE)
    assert training
    return frozenset(found | training)


def _may_be_aside(normalised: str, typed: str) -> bool:
    """False when no test of ``aside`` past the small talk's can answer True: the normalised
    text holds none of ``_trigger_literals``, nor a remark of ``_ASIDE_RE``, and the typed text
    holds no mention ("@", a colleague called), no letter's opener ("เรียน": a superior or
    every unit) and no word of a favour ("หน่อย", "ด้วย": ``sent_here``; Thai has no case, so
    the typed text holds them as its lower case does)."""
    if _MAY_BE_ASIDE_RE.search(normalised) is not None:
        return True
    if "@" in typed or "เรียน" in typed or "หน่อย" in typed or "ด้วย" in typed:
        return True
    return _ASIDE_RE.matches(normalised)


def aside(normalised: str, read: Intent, typed: str = "") -> bool:
    """Whether a message ``read`` as it was is said to colleagues rather than to the bot
    (``typed``: the message as typed, its particles of request kept)."""
    # Each cheap ``in`` test below names a literal every match of its pattern holds.
    if "บอท" in normalised and _NOT_THE_BOT_RE.search(normalised):
        return True
    if _BOT_RE.search(normalised):
        return False
    if "ไม่รู้" in normalised and _WONDER_RE.search(typed.lower()):
        return True
    if isinstance(read, Cancel) and _DONT_RECORD_FIRST_RE.match(normalised):
        return False  # "ไม่ต้องบันทึกค่ะ เดี๋ยวหนูส่งใหม่…": the promise is the no's reason
    if isinstance(read, SmallTalk):
        colleagues = _THANKS_COLLEAGUES_RE.search(normalised) and not _thanks_shared(
            normalised, typed
        )
        if _BIRTHDAY_RE.search(normalised):
            colleagues = colleagues or not _BOT_RE.search(typed.lower())
        return bool(_ASIDE_RE.matches(normalised) or colleagues) or (
            bool(_LAUGH_RE.search(normalised))
            and "พี่" in normalised
            and not _LAUGHING_RE.search(normalised)
            and REPLIED_TO_A_COLLEAGUE_RE.search(normalised) is not None
        )
    if not _may_be_aside(normalised, typed):
        return False  # none of the words any test below needs (most messages): no aside
    # What ``read`` is, told once: the tests below ask it again and again (a tuple of classes
    # walked, a call), and it never changes.
    question = isinstance(read, QUESTIONS)
    write = isinstance(read, _WRITES)
    kept = stores(read)
    if question and _complains(normalised, typed):
        return True  # "กำหนดส่งกระชั้นชิดมากเลยนะ": a sigh, no question
    # "นับเป็นชุดข้อมูลนะน้อง ไม่ได้นับเป็นไฟล์ เดี๋ยวพี่อธิบายหลังประชุม": a colleague told, no ask;
    # "อบรมจริยธรรมออนไลน์เมื่อวาน เน็ตหลุดทั้งวันเลยครับ": a training told, no ask.
    told = question and _EXPLAIN_LATER_RE.search(normalised)
    trained = isinstance(read, IndicatorQuery) and _TRAINING_RE.search(normalised)
    if (told or (trained and "ขอ" not in normalised)) and not asks(normalised, typed):
        return True
    if question and "เปิด" in normalised and _FILE_OPENS_RE.search(normalised):
        return True  # "ไฟล์ที่ส่งในเมลเปิดไม่ได้ค่ะพี่": a file sent between members
    if "@" in typed and (write or question) and _AT_COLLEAGUE_RE.match(typed.lower()):
        # "@พี่หนึ่ง Master Data ต่างกับ open data ยังไงคะ": a colleague asked; "@คุณจอย
        # เอกสารที่ขอไว้ส่งทางอีเมลแล้วนะคะ": a colleague told, nothing for the bot to store.
        return True
    if not kept and _CALLED_BY_NAME_RE.match(normalised) and _said_to_the_one_called(normalised):
        # "คุณวิภา ช่วยร่างบันทึกข้อความแจ้งเวียน…", "พี่ครับ ร่าง…ฉบับล่าสุดอยู่โฟลเดอร์ไหน": a
        # paper to draft ordered of a colleague, or where a file is kept asked of one.
        return True
    if (write or question) and _handed_to_the_one_called(normalised, typed):
        return True  # "พี่ต้อม ช่วยดูแผนมิติ 2 ให้หน่อยนะคะ": work handed to a colleague by name
    if (
        question
        and "ชม" in normalised
        and others_praised(normalised)
        and not asks(normalised, typed)
    ):
        # "ขอชื่นชมทุกกองที่ส่งรายงานผลทันเวลา": the units praised, not the bot (then a
        # question, "ขอชื่นชมทุกท่าน ตอนนี้เหลือกองไหนยังไม่ส่งแผนคะ", is the bot's).
        return True  # "ขอชื่นชมทุกกองที่ส่งรายงานผลทันเวลา": the units praised, not the bot
    if question and "ให้" in normalised and _sent_to_a_superior(normalised, typed):
        return True  # "ร่างรายงานการตรวจสอบภายใน… ส่งให้ ผอ. แล้วนะคะ": a paper for a superior
    if question and _file_asked(read, normalised):
        return True  # "ขอไฟล์รายงานผลการตรวจสอบบัญชีปี 67 ด้วยครับ": a file of colleagues'
    if isinstance(read, Missing | Status) and "ใคร" in normalised and _sent_asked(normalised):
        return False  # "ศทส.ส่งแผนแล้วหรือยังคะ ใครทราบบ้าง": the bot knows who sent
    if isinstance(read, History) and "ล่าสุด" in normalised and _WHO_SENT_LAST_RE.match(normalised):
        return False  # "ใครส่งผลขยะล่าสุดคะ หนูกลัวส่งซ้ำกับพี่": the bot knows who sent last
    if isinstance(read, Missing) and "จะ" in normalised and _LIST_TO_CHASE_RE.search(normalised):
        return False  # "ขอ list กองที่ยังไม่ส่งแผน จะโทรตาม": the list asked, then why
    if _ASIDE_RE.matches(normalised) or _promise_only(normalised):
        return True
    if isinstance(read, RuleQuestion) and "น้อง" in normalised and _told_a_junior(normalised, typed):
        return True  # "ส่งกระดาษจะโดนหัก 0.5 นะคะน้อง อัปขึ้น drive ด้วยนะ": a rule told
    if "ให้" in normalised and told_to_send(normalised) and not asks(normalised, typed):
        return True  # "ให้ส่งแผนแล้ว", "บอกให้กองคลังส่งแผนแล้ว": a sending asked of someone
    if write and ordered_to_send(normalised) and not asks(normalised, typed):
        # "ส่งแผนวันนี้ด่วนเลย", "ช่วยส่งแผนวันนี้ด้วย": ordered, none sent; "…1,498.6 ล้านบาท
        # ส่งด่วนค่ะ": a figure of the sender's, sent in haste, is its card.
        return not (isinstance(read, SubmitValue) and figure_sent_in_haste(typed))
    if isinstance(read, Deadlines) and urges_to_send(normalised) and not asks(normalised, typed):
        # "@กองคลัง พี่ปุ้มคะ รบกวนส่งแผนภายในสัปดาห์หน้านะคะ", "ฝากทุกกองช่วยเร่งส่งแผนกันด้วยนะคะ
        # ใกล้หมดเขตแล้ว": colleagues urged to send, no deadline asked.
        return True
    # "พี่คะ ฝากกองคลังรีบส่งแผนด้วยนะคะ หัวหน้าตามแล้ว", "ฝากตามกนต.ส่งแผนหน่อย": a unit urged
    # to send through a colleague; nothing sent, nothing asked of the bot.
    urged = (write or question) and urged_through_a_colleague(normalised)
    if urged and not asks(normalised, typed):
        return True
    everyone = question and _everyone_urged(normalised, typed)
    if everyone and not asks(normalised, typed):
        # "รบกวนทุกหน่วยงานส่งรายชื่อทีมทางอีเมลภายในวันที่ 28 พ.ย. นะคะ": every unit urged to
        # send, whatever question the plan's words in it read as.
        return True
    if isinstance(read, Missing | Status) and "เดี๋ยว" in normalised and _CHASE_RE.search(normalised):
        # "ทางเขต 7 บอกว่าข้อมูล PB ยังไม่ครบ เดี๋ยวพี่ตามเองนะ": what is missing, told with a
        # promise to chase it, is for colleagues (asked besides, it is still the bot's).
        return not asks(normalised, typed) and not _WHO_ASKED_RE.search(normalised)
    # A letter to the PMQA team or its coordinator reporting the organisation's own work
    # ("เรียน กลุ่มพัฒนาระบบบริหาร … ได้จัดส่งแผน… เรียบร้อยแล้ว จึงเรียนมาเพื่อโปรดทราบ") is no
    # notice.
    # A reminder setting is the bot's own ("ปิดแจ้งเตือนชั่วคราว สัปดาห์นี้ปิดปรับปรุงระบบ").
    notice = (
        _NOTICE_RE.search(normalised)
        and not asks(normalised, typed)
        and not isinstance(read, ReminderSettings)
    )
    # What was reported is searched only for a notice kept to the team (most messages are none).
    if notice and not (
        kept
        and _to_the_team(typed)
        and (_REPORTED_RE.search(normalised) or _FORMALLY_DONE_RE.search(normalised))
    ):
        return True
    if "ห้อง" in normalised and _MEETING_ROOM_RE.search(normalised) and not asks(normalised, typed):
        return True
    moved = "เลื่อน" in normalised and _MEETING_MOVED_RE.search(normalised)
    if moved and isinstance(read, _QUESTIONS_OR_HELP) and not asks(normalised, typed):
        return True  # "ประชุมสรุปผลตัวชี้วัดเลื่อนเป็นวันศุกร์นะครับ": a meeting put off, news
    # A report to a superior ("เรียนท่าน ผอ. ร่าง…ส่งเข้าอีเมลท่านแล้ว") is theirs to read.
    superior = typed.lstrip().startswith("เรียน") and _to_a_superior(typed)
    if superior and (kept or not asks(normalised, typed)):
        return True
    if office_chatter(normalised, read):
        return True
    if (
        isinstance(read, _WRITES)
        and _BILL_RE.search(normalised)
        and not _PLAN_RE.search(normalised)
        and not _proposed_after_the_figure(normalised, read)
    ):
        return True  # "ร่าง พ.ร.บ.งบ ผ่านสภาวาระแรกแล้วนะ": the legislature's news, no step
    # ("ยินดีด้วยค่ะ กองคลังส่งแผนแล้ว" tells a step; another body's score congratulated,
    # "ยินดีด้วยกับปทุมธานีที่ได้ PMQA 450", is theirs, no value of ours)
    # Every congratulation holds ยินดี (``_CONGRATULATED_RE``'s literal): most messages are
    # not matched.
    congratulated = (
        "ยินดี" in normalised and _CONGRATULATED_RE.match(normalised) and not asks(normalised, typed)
    )
    if congratulated and not isinstance(read, MarkStep):
        return True  # "ยินดีด้วยกับทีมส่งเสริมจริยธรรมที่ได้รางวัลนะคะ": a colleague's joy
    # The desk link is the bot's own, asked for in a private chat ("ส่งลิงก์ desk มาทางแชท
    # ส่วนตัวที"); anything else sent privately is between colleagues.
    private = _PRIVATE_RE.search(normalised) and not isinstance(read, DeskLink)
    if private and (kept or not asks(normalised, typed)):
        return True
    if kept and (sent_here(typed.lower()) or _send_later(normalised)):
        return True
    if (write or question) and _not_ours(normalised, read, typed):
        return True
    if kept:
        return False
    closing = not _for_whoever_asks(read, normalised) and _CLOSING_KIN_RE.search(
        _TAKEN_OVER_FROM_RE.sub(" ", normalised) if "พี่" in normalised else normalised
    )
    said = normalised
    if isinstance(read, _FOR_WHOEVER_ASKS) and _CONFUSED_WORDS_RE.search(normalised):
        # "พี่คะ แบบฟอร์มที่ 2 กับ 3 ต่างกันยังไง หนูอ่านแล้วงง": the asker's confusion speaks
        # of no one else; the question is the bot's to answer, whoever it greets.
        said = _CONFUSED_RE.sub(" ", normalised)
    if isinstance(read, _FOR_WHOEVER_ASKS) and "ถาม" in said:
        # "พี่คะ กองกลางถึงไหนแล้วคะ หัวหน้าให้หนูมาถาม": who sent the asker to ask speaks of no
        # colleague; the question is the bot's to answer.
        said = _SENT_TO_ASK_RE.sub(" ", said)
    return bool("พี่" in said and _COLLEAGUE_RE.search(said) or closing)


# A superior who sent the asker to ask: "หัวหน้าให้หนูมาถาม", "ท่าน ผอ. ฝากมาถาม".
_SENT_TO_ASK_RE = re.compile(r"(?:ให้|ฝาก|สั่งให้)\s?(?:หนู|ผม|ดิฉัน|เรา)?\s?มา\s?(?:สอบ\s?)?ถาม\S*")


# The remarks of ``_REMARK_BRANCHES``, found where they stand (only in a message read as an
# aside); a gap between words, and a clause closed before it by a particle.
_WHOEVER_HAS_RE = re.compile("|".join(_WHOEVER_HAS))
# A chase handed to a colleague is work handed over the same way: its object follows it.
_TO_THE_GROUP_RE = re.compile(f"{_TO_THE_GROUP}|{_CHASE_HANDED}")
_GAP_RE = re.compile(r"\s+")
# The whoever-has remark's own end: "…บ้าง(คะ)", the words before it its clause.
_ASKED_OF_WHOEVER_RE = re.compile(r"(?:บ้าง|มั่ง|ไหม|มั้ย)(?:คะ|ครับ|ค่ะ|นะ|จ้า)*(?=\s)")
_NUMBERED_RE = re.compile(r"(?:ฟอร์ม|form|ขั้นตอน|ขั้น|ข้อ|มิติ|หมวด|ตัวชี้วัด|ที่)$")
_CLAUSE_END_RE = re.compile(r"(?:ค่ะ|คะ|ค่า|ครับ|คับ|นะ|น้า|จ้า|จ้ะ|ด้วย|หน่อย|ที|บ้าง|เลย|งับ)[\s!.~]*$")


def hands_work_over(typed: str) -> bool:
    """Whether the remark ``typed`` makes to colleagues hands them work ("ฝากพี่ตามกองคลัง
    หน่อยนะคะ"), not asks whoever has something ("ใครมีตัวอย่างฟอร์ม 3 บ้าง")."""
    lowered = typed.lower()
    return _TO_THE_GROUP_RE.search(lowered) is not None and not _WHOEVER_HAS_RE.search(lowered)


def clause_closed(text: str) -> bool:
    """Whether ``text`` ends its clause with a particle ("ฝากพี่ตามกองคลังหน่อยนะคะ ")."""
    return _CLAUSE_END_RE.search(text.lower()) is not None


def beside_a_remark(typed: str) -> list[str]:
    """The words a remark to colleagues stands beside, which may be a report of their own:
    those before the remark ("ขยะ 52.3 ค่ะ | ฝากพี่ๆ ตรวจด้วย"), and those after its clause
    ("ฝากพี่ๆ ด้วยนะคะ | ส่งผลขยะ 52.3 แล้ว", "ใครมีไฟล์ขยะ | ส่งผลขยะ 52.3 แล้วนะ"). Work
    handed to the group takes the words after it as its object until a particle closes the
    clause: "ฝากพี่ๆ กรอกขยะ 52.3 ด้วยนะคะ" has no words beside it. Empty when no remark."""
    text = typed.strip()
    lowered = text.lower()
    parts: list[str] = []
    for closed, pattern in ((True, _WHOEVER_HAS_RE), (False, _TO_THE_GROUP_RE)):
        remark = pattern.search(lowered)
        if remark is None:
            continue
        if text[: remark.start()].strip() and not _DOUBT_RE.search(lowered, remark.start()):
            parts.append(text[: remark.start()].strip())
        after = remark.end()
        if closed:  # "ใครมีตัวอย่างฟอร์ม 3 บ้าง | ส่งฟอร์ม 1 2 แล้ว": its clause goes on
            asked = _ASKED_OF_WHOEVER_RE.search(lowered, after)
            after = asked.end() if asked else after
        for gap in _GAP_RE.finditer(lowered, after):
            if _NUMBERED_RE.search(lowered, 0, gap.start()) and lowered[gap.end()].isdigit():
                continue  # "ใครมีตัวอย่างฟอร์ม | 3 ส่งแผนแล้ว": the number is the form's
            if closed or _CLAUSE_END_RE.search(lowered, 0, gap.start()):
                if text[gap.end() :].strip() and not _DOUBT_RE.search(lowered, 0, gap.start()):
                    parts.append(text[gap.end() :].strip())
                closed = True  # later gaps end a clause of the words beside it
    return parts


# The remark doubts the figure ("ฝากพี่ๆ ช่วยกันดูว่าถูกมั้ย", "…ตรวจความถูกต้องด้วย"): no report.
_DOUBT_RE = re.compile("ถูก|ผิด|ใช่|แน่ใจ|ตรงกัน|ตรงไหม|ตรงมั้ย")


# Words entering a figure, said as an instruction (to a colleague, beside a remark): "กรอกขยะ
# 52.3", "ลงยาเสพติด 81.5".
_ENTER_RE = re.compile(r"^\s?(?:ช่วย\s?)?(?:กรอก|ลง|ใส่|บันทึก|คีย์|key|อัป|อัพ|แก้|เพิ่ม)")


# Words naming a step still to come, not one done ("ต้องส่งแผนแล้ว", "ผอ.บอกให้ส่งแผนแล้ว",
# "ใกล้ส่งแผนแล้ว", "ได้เวลาส่งแผนแล้ว", "เตรียมส่งแผนแล้ว"), or to be told of once done
# ("ส่งแผนเสร็จแล้วบอกพี่", "ส่งแผนแล้วแจ้งในกลุ่ม"): no report.
TO_COME_RE = re.compile(
    r"(?:ต้อง|ให้|จะ|ใกล้|เตรียม|เวลา|ควร|อยาก|ค่อย|เดี๋ยว)\s?(?:จะ\s?)?(?:ส่ง|แนบ|ยื่น|อัป|อัพ|กรอก)"
    r"|แล้ว(?:ค่อย\s?)?(?:บอก|แจ้ง)(?!\S*แล้ว)"
)


def a_report(normalised: str, read: Intent, typed: str) -> bool:
    """Whether words beside a remark to colleagues (``read`` as ``normalised``) are a report
    of the organisation's own: a figure told for an indicator, or something told done
    ("ส่ง…แล้ว", a step sent); never a question, a favour asked, an entry still to be made
    ("กรอกขยะ 52.3") or chat of its own."""
    if not isinstance(read, _WRITES) or asks(normalised, typed):
        return False
    lowered = typed.lower()
    if _FAVOUR_RE.search(lowered) or _LATER_WORDS_RE.search(normalised):
        return False
    if TO_COME_RE.search(normalised):
        return False
    done = _REPORTED_RE.search(normalised) is not None
    if isinstance(read, MarkStep) or _ENTER_RE.match(lowered):
        return done
    return bool(read.indicator) or done


_CONFUSED_WORDS_RE = re.compile("งง|เข้าใจ|สับสน|แน่ใจ")
# The asker saying they are lost: "หนูอ่านแล้วงง", "หนูไม่เข้าใจ", "หนูอ่านแล้วยังงงอยู่เลย".
_CONFUSED_RE = re.compile(
    r"(?:หนู|ผม|ดิฉัน|เรา)\s?(?:อ่าน\s?(?:แล้ว)?\s?)?(?:ก็\s?)?(?:ยัง\s?)?"
    r"(?:งง|ไม่เข้าใจ|สับสน|ไม่แน่ใจ|ไม่ค่อยเข้าใจ)\S*"
)


# A sigh about a deadline or lateness (``[complaints]``): "ขยะยังไม่ได้ผลจาก อปท. เลยครับ ช้า
# แบบนี้ทุกปี" names the indicator's result, yet asks nothing of the bot.
@cache
def _complaint_re() -> Guarded:
    return Guarded(re.compile(_any("complaints")))


def _complains(normalised: str, typed: str) -> bool:
    return _complaint_re().search(normalised) is not None and not asks(normalised, typed)


def _promise_only(normalised: str) -> bool:
    """Whether the message promises a colleague something ("เดี๋ยวหนูส่ง…ให้พี่ตรวจ") with no
    report of what is done before the promise ("ขยะ 52.3 ค่ะ เดี๋ยวหนูส่งเอกสารให้")."""
    promise = _PROMISE_RE.search(normalised) if "เดี๋ยว" in normalised else None
    if promise is None:
        return False
    return _nothing_before(normalised[: promise.start()]) and not _told_after(
        normalised[promise.end() :]
    )


def _told_after(rest: str) -> bool:
    """Whether the words after a promise's clause ask or report something of their own: "เดี๋ยว
    พรุ่งนี้พี่ตามกองคลังให้ | ใครยังไม่ส่งแผนบ้างคะ", "เดี๋ยวบ่ายนี้ส่งไฟล์ให้ค่ะ | กองคลังส่ง
    แผนทาง drive แล้วนะคะ"."""
    clause = _AFTER_CLAUSE_RE.match(rest)
    if clause is None:
        return False
    said = rest[clause.end() :]
    return asks(said, said) or (
        _SENT_TOLD_RE.search(said) is not None and _REPORTED_RE.search(said) is not None
    )


def _reported_after_its_clause(normalised: str, start: int) -> bool:
    """Whether a clause closed by a particle after ``start`` (a promise's) is followed by a
    report of its own: "เดี๋ยวส่งให้ค่ะ | กค.ส่งแผนแล้วนะ"."""
    closed = _PARTICLE_CLOSED_RE.search(normalised, start)
    if closed is None:
        return False
    said = normalised[closed.end() :]
    return _SENT_TOLD_RE.search(said) is not None and _REPORTED_RE.search(said) is not None


_PARTICLE_CLOSED_RE = re.compile(r"(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า|จ้ะ)\s+(?=\S)")
# The promise's own clause closed: its particles, then a space.
_AFTER_CLAUSE_RE = re.compile(r"\S*?\s+(?=\S)")
_SENT_TOLD_RE = re.compile(r"ส่ง|ยื่น|แนบ|อัป|อัพ|เข้าประชุม")


def _send_later(normalised: str) -> bool:
    """Whether the message only promises to send something later ("เดี๋ยวส่งไฟล์…ให้ทางเมล"),
    with no report of what is done before the promise."""
    promise = _SEND_LATER_RE.search(normalised) if "เดี๋ยว" in normalised else None
    return (
        promise is not None
        and not _DONE_RE.search(normalised[: promise.start()])
        and not _told_after(normalised[promise.end() :])
    )


# What the news is read as: a write, or a question (asked, or only a word of the plan named).
_WRITES = (MarkStep, SubmitValue, SubmitBaseline)


@cache
def _sections() -> dict[str, tuple[str, ...]]:
    """The phrases of each [section] of ``data/nlu/aside_words.txt``."""
    return sections("nlu", "aside_words.txt")


def _exactly(phrase: str) -> str:
    """``phrase`` as typed (a stray space inside a word is rare in news like this, and each
    optional space costs every message a little); an English one as a whole word."""
    pattern = re.escape(phrase).replace(r"\ ", r"\s?")
    if phrase[0].isascii() and phrase[0].isalnum():
        pattern = r"(?<![a-z0-9])" + pattern
    if phrase[-1].isascii() and phrase[-1].isalnum():
        pattern += r"(?![a-z0-9])"
    return pattern


def _any(section: str) -> str:
    """A regular expression for any phrase of ``section`` ("ประมาณ -งบ": not after "งบ")."""
    parts = []
    for entry in sorted(_sections()[section], key=len, reverse=True):
        phrase, _, not_after = entry.rpartition(" -") if " -" in entry else (entry, "", "")
        guard = f"(?<!{re.escape(not_after)})" if not_after else ""
        parts.append(guard + _exactly(phrase))
    return "(?:" + "|".join(parts) + ")"


# The channels a colleague is reached by (not a drive, a form or paper).
_MESSAGING = "|".join(phrase_regex(group) for name, group in CHANNELS if name in ("email", "line"))


# A colleague called by a kin term (not the bot: "น้องบอท").
_KIN_CALLED_RE = re.compile(r"(?:พี่|น้อง)(?!\s?บอท)")


def without_outside_sender(said: str) -> str:
    """``said`` without the outside body opening it as the sender of what is asked of
    ("ทสจ. ส่งผลขยะมา…", "อำเภอลำลูกกาส่งยอด…"): it is none of the organisation's units."""
    return _OUTSIDE_SENDER_RE.sub(" ", said, count=1)


def _compiled() -> dict[str, re.Pattern[str]]:
    they = _any("they")
    recipient = _any("recipient") + r"(?!\s?(?:บอท|ๆ|ภาพ))"  # "คุณภาพ" is no one
    return {
        # Someone else's figures or progress.
        "others": re.compile(
            f"{_any('hearsay')}|{_any('outsiders')}"
            f"|(?<!พี่)(?<!น้อง)(?<!คุณ){they}\\s?{_any('done')}|กว่า\\s?{they}"
        ),
        "estimate": re.compile(_any("estimate")),
        # Still to be done: "จะส่ง…", "เดี๋ยวพี่ขอเช็ค…" (not "ถ้าจะส่ง", "ถึงจะ", "ที่จะ").
        "later": re.compile(
            r"(?<!ถ้า)(?<!หาก)(?<!ถึง)(?<!ที่)(?:จะ|เดี๋ยว"
            r"(?:\s?(?:หนู|พี่|ผม|น้อง|ดิฉัน|เรา|เค้า|เขา))?(?:\s?จะ)?)"
            rf"\s?(?:รีบ|ขอ|ค่อย)?\s?{_any('later')}"
        ),
        # Waiting on someone: "กำลังรอ ผอ. เซ็น", "รอกันก่อนนะ", "รอสำนักงานสถิติก่อน" (not
        # "รอบ", "รอด", "รอง", "หรอ").
        "waiting": re.compile(
            rf"(?<!ห)รอ(?![บดงย])[^,]{{0,30}}?{_any('approval')}|(?<!ห)รอ\s?(?:กัน)?\s?ก่อน"
            rf"|(?<!ห)รอ\s?{_any('sources')}[^,]{{0,20}}?ก่อน"
        ),
        # Whether an outside body sent its figures in yet: "เทศบาลส่งมาหรือยัง", "อำเภอส่ง
        # ตัวเลขมาครบยัง" (not "สนง.ท่องเที่ยวส่งมาให้ใครหรือยัง", who got them).
        "sources": re.compile(
            rf"{_any('sources')}\S{{0,20}}?\s?(?:ส่ง|แจ้ง)\S{{0,20}}?\s?มา\s?(?:ครบ)?\s?(?:แล้ว)?"
            r"\s?(?:หรือยัง|รึยัง|ยัง)"
        ),
        # A change of the rules heard of: "ได้ข่าวว่าปีนี้เกณฑ์ PMQA เปลี่ยนอีกแล้วเหรอ".
        "changed": re.compile(f"{_any('hearsay')}.*(?:เปลี่ยน|ปรับ|ยกเลิก)"),
        "trouble": re.compile(_any("trouble")),
        # A file sent to a colleague: "เข้าเมลพี่", "ส่ง…ให้หัวหน้า".
        "recipient": skipping(
            re.compile(f"(?:{_MESSAGING})\\s?(?:ของ\\s?)?{recipient}|ส่ง\\S*?\\s?ให้\\s?{recipient}")
        ),
        "papers": re.compile(_any("papers")),
        "postponed": re.compile(_any("postponed")),
        "instructed": re.compile(
            f"{_any('superior')}\\S*\\s?(?:สั่ง\\s?)?ให้\\s?{_any('instructed')}"
        ),
    }


_CHATTER = _compiled()
# An outside body opening a question of what it sent ("ทสจ. ส่ง…", "อำเภอลำลูกกาส่ง…").
# (The remainder a rule leaves may have the cue "ส่ง" cut: the space then ends the sender.)
_OUTSIDE_SENDER_RE = re.compile(rf"^\s*{_any('sources')}\S{{0,20}}?(?:\s|(?=ส่ง))")
# Any of them in a write ("others", "estimate", "papers"), searched in one pass.
_NOT_A_REPORT_RE = Guarded(
    re.compile("|".join(_CHATTER[name].pattern for name in ("others", "estimate", "papers")))
)


def _guarded_if_may_be(pattern: re.Pattern[str]) -> Guarded | re.Pattern[str]:
    """``pattern`` guarded by the literals every match holds, if it has some."""
    return Guarded(pattern) if required_literals(pattern) else pattern


# The same, each searched only in a text that holds one of its literals.
_GUARDED_CHATTER = {name: _guarded_if_may_be(pattern) for name, pattern in _CHATTER.items()}
# The news ``_not_ours`` searches whole ("sources" needs "มา", "waiting" "รอ", "later" "จะ" or
# "เดี๋ยว", "instructed" "ให้": their gates are among the literals of ``_trigger_literals``).
_NEWS_OF_OTHERS = ("changed", "others", "recipient", "trouble", "postponed")
_LATER_WORDS_RE = re.compile("จะ|เดี๋ยว")
# Done in a letter's words, with no "แล้ว": "กองการเจ้าหน้าที่ได้จัดส่งแผน… เมื่อวันที่ ๑๐ มกราคม".
_FORMALLY_DONE_RE = re.compile(r"ได้\s?(?:ดำเนินการ\s?)?(?:จัด\s?|นำ\s?)?(?:ส่ง|อัปโหลด|อัพโหลด)")
# What one heard must be done ("ได้ยินว่าต้องขึ้นไดรฟ์", "ได้ยินมาว่าให้ส่งทางอีเมล").
_HEARD_RULE_RE = re.compile(r"ได้ยิน(?:มา)?\s?ว่า\s?(?=ต้อง|ให้)")
# Something done before the news ("ส่งแผนแล้ว รอผลตรวจ"): a report, with the news beside it.
_REPORTED_RE = re.compile(r"แล้ว|เรียบร้อย")
# A favour asked besides the news ("…ฝากบันทึกด้วย", "สรุปให้หน่อย เดี๋ยวจะรายงานผอ."): said
# to the bot.
_FAVOUR_RE = re.compile(
    r"หน่อย|ช่วย|รบกวน|ฝาก(?!บอก)|ให้\s?ที(?![่้])|ด้วย\s*(?:นะ|ค่ะ|คะ|ครับ|จ้า|จ้ะ)*[\s!.~]*$"
    # Something of the bot's asked for, and what it is for: "ขอ chart … จะใส่ PowerPoint".
    r"|^\s?ขอ\s?(?:ดู|chart|กราฟ|graph|แผนภูมิ|สรุป|ลิงก์|ลิงค์|link"
    # "ขอสถานะทุกตัวชี้วัดแบบละเอียด จะแนบวาระประชุม กบจ.": the status, and what it is for.
    r"|สถานะ|status|ภาพรวม|ความคืบหน้า|รายละเอียด|แบบละเอียด)"
)


def _reported_first(normalised: str) -> bool:
    """Whether a file goes to a colleague only in a promise after a report ("ส่งผลขยะ 52.3 ค่ะ
    เดี๋ยวหนูส่งเอกสารให้พี่ต้อม"): the report stands."""
    recipient = _GUARDED_CHATTER["recipient"].search(normalised)
    assert recipient is not None
    promise = _PROMISED_RE.search(normalised, 0, recipient.start())
    return promise is not None and bool(_DONE_RE.search(normalised[: promise.start()]))


@cache
def _staff_papers_re() -> re.Pattern[str]:
    return re.compile(_any("staff papers"))


def staff_papers(words: str) -> bool:
    """Whether the words naming a thing sent name a staff member's own claim or leave form
    in their first chunk (the [staff papers] of ``data/nlu/aside_words.txt``):
    "เอกสารเบิกค่าเดินทางไปกองคลัง", "ใบลา"."""
    first = words.split(maxsplit=1)
    return bool(first) and _staff_papers_re().search(first[0]) is not None


@cache
def _things_sent_re() -> re.Pattern[str]:
    return re.compile(rf"(?:ส่ง|ยื่น|แนบ)\s?(?:มา\s?|ไป\s?)?{_any('things sent')}")


def things_sent(text: str) -> bool:
    """Whether what is sent, right after the verb of sending, is an everyday thing (the
    [things sent] of ``data/nlu/aside_words.txt``): "ส่งรถไปรับท่าน…", "ส่งแผนที่ร้าน…",
    "ส่งไฟล์ภาพงานเกษียณ…", none of them a step's deliverable."""
    return _things_sent_re().search(text) is not None


# Photos or clips sent or posted ("ส่งรูปกิจกรรม", "ลงภาพงาน", "แชร์คลิป"), never a format
# ("รูปแบบ"), a bound printed copy ("รูปเล่มแผน") nor an overview ("ภาพรวม"); attached
# ("แนบรูป…") they may be a report's evidence.
_PHOTOS_SENT_RE = re.compile(
    r"(?:ส่ง|แชร์|share|โพสต์|โพส|post|ลง|แปะ)\s?(?:ไฟล์\s?)?"
    r"(?:รูป(?!แบบ|เล่ม)|ภาพ(?!รวม)|คลิป|วิดีโอ|วีดีโอ|video|photo|clip)"
)
_SENDING_RE = re.compile("ส่ง|ยื่น|แนบ")


def photos_only_sent(text: str) -> bool:
    """Whether every sending ``text`` tells is of photos or clips ("ทีม PB เขต 3 ส่งรูปกิจกรรม
    ไปในกลุ่มไลน์อีกกลุ่มแล้ว"): shared with colleagues, however they went; no step, nothing
    asked of the bot. "ส่งแผนแล้ว ส่งรูปในไลน์ด้วย" sends the plan besides."""
    if "ูป" not in text and "าพ" not in text and "ลิป" not in text and "วิดี" not in text:
        return False
    photos = len(_PHOTOS_SENT_RE.findall(text))
    return photos > 0 and photos >= len(_SENDING_RE.findall(text))


_PROMISED_RE = re.compile(r"เดี๋ยว|จะ")
# The drive said not (yet) used: "ยังไม่ได้อัปไดรฟ์", "ไม่ได้ขึ้น google drive".
_NOT_ON_DRIVE_RE = re.compile(
    r"ไม่ได้\s?(?:อั[ปพ]|ขึ้น|ลง|ใส่|ส่ง)\S*?\s?(?:ขึ้น|ลง|เข้า|ทาง|ใน)?\s?"
    r"(?:google drive|กูเกิลไดรฟ์|กูเกิ้ลไดร์ฟ|ไดรฟ์|ไดร์ฟ|drive)"
)
# A colleague's name after the kin term ("เมลพี่ต๋อย"), not a particle or a verb after it.
_NAMED_RE = re.compile(
    r"\s?(?!แล้ว|ไป|นะ|ค่ะ|คะ|ครับ|จ้า|ด้วย|หน่อย|ที่|ให้|เลย|ละ|ก่อน|ตรวจ|ดู|แก้|เช็ค|เช็ก)"
    r"[\u0e01-\u0e2e\u0e40-\u0e44]"
)
# A draft, or a colleague asked to look at it first: no report of the step.
_FOR_A_LOOK_RE = re.compile(r"ร่าง|ตรวจ|ช่วย\s?ดู|ดูให้|เช็ค|เช็ก")


_MAIL_NOT_DONE_RE = re.compile(r"ไม่\s?สำเร็จ|ไม่\s?ทัน|ไม่\s?ได้\s?รับ|ผิด|ควร|พรุ่งนี้|(?<!เดี๋ยว)จะ")


def _mailed_in(normalised: str, read: Intent, recipient: re.Match[str]) -> bool:
    """Whether a step's deliverable went by email to the colleague who takes it in, as the
    step's channel: the drive said not used ("แผนกองกลางส่งเข้าอีเมลพี่ไปแล้วนะ ไม่ได้อัปไดรฟ์"),
    or a named colleague's mail with the unit named ("กองคลังส่งไฟล์แผนเข้าเมลพี่ต๋อยแล้วค่ะ") or
    after the step is told sent ("ส่งแผนแล้วนะคะ ส่งทางอีเมลพี่ต๋อยไป"); never a draft sent for
    a look. A paper copy handed to a named colleague ("กจ. ส่งแผนแบบเล่มกระดาษไปให้พี่ต๋อยแล้วค่ะ")
    is the same: the coordinator takes the step's deliverable in by hand."""
    if not isinstance(read, MarkStep) or read.channel not in ("email", "paper"):
        return False
    if _FOR_A_LOOK_RE.search(normalised):
        return False
    # Told done, and not failed, late, wrong or still to go ("…เข้าเมลพี่ต๋อยไม่ได้",
    # "…พรุ่งนี้", "ควรส่งเข้าอีเมลพี่").
    if not _REPORTED_RE.search(normalised) or _MAIL_NOT_DONE_RE.search(normalised):
        return False
    if _NOT_ON_DRIVE_RE.search(normalised):
        return True
    told = (
        bool(read.unit)
        or _REPORTED_RE.search(normalised, 0, recipient.start()) is not None
        or _STEP_SENT_FIRST_RE.match(normalised) is not None
    )
    return told and _NAMED_RE.match(normalised, recipient.end()) is not None


# The step's deliverable told sent first ("ส่งแผนผ่านอีเมลพี่ต๋อยไปแล้วครับ เมื่อวานซืน", "ส่งแผน
# ทางอีเมลคุณเอ๋ไปแล้วค่ะ 29 ม.ค."): the report, the named colleague's mail its channel.
_STEP_SENT_FIRST_RE = re.compile(r"\s*(?:ได้\s?)?ส่ง\s?(?:ไฟล์\s?)?(?:แผน|รายชื่อ\s?ทีม)")


def _named_only(read: Intent) -> bool:
    """Whether ``read`` is a question that only names a word of the plan, asking nothing of it
    ("ได้ข่าวว่าจังหวัดอื่นได้ท่องเที่ยวเยอะ")."""
    return isinstance(read, IndicatorQuery) and read.aspect is Aspect.SUMMARY


# A deliverable's draft ("ร่างแผน", "ร่างแบบฟอร์ม 3"): work in progress, no step sent.
_DRAFT_RE = re.compile(r"ร่าง\s?(?:แผน|แบบฟอร์ม|ฟอร์ม|รายงาน|รายชื่อ)")


# Where a verdict was heard from ("…ผ่านแล้ว ได้ข่าวจากพี่กพร.เมื่อกี้", "ได้รับแจ้งจาก กพร. ว่า…"):
# the source named, up to its end.
_HEARD_FROM_RE = re.compile(r"(?:ได้ข่าว|ได้รับแจ้ง|ทราบ)\s?(?:มา)?\s?จาก\s?\S+")


def _verdict_heard(normalised: str, read: Intent) -> bool:
    """Whether a step's check result (passed or not) is told with only where it was heard
    from: the news is the unit's own verdict, no hearsay of someone else."""
    if not isinstance(read, MarkStep) or read.passed is None or "จาก" not in normalised:
        return False
    rest = _HEARD_FROM_RE.sub(" ", normalised)
    return rest != normalised and _NOT_A_REPORT_RE.search(rest) is None


# A guess at the verdict closing a figure told ("เข้าประชุมไป 88% ครับ น่าจะผ่านนะ"): the figure
# is final, only its verdict is guessed (not "น่าจะประมาณ 60", a figure not yet final).
_VERDICT_GUESS_RE = re.compile(
    r"(?<=\d)(%|\s?(?:เปอร์เซ็นต์|เปอร์เซ็น|คะแนน|ชุด|แห่ง|ครั้ง))?"
    r"(?:\s?(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า|แล้ว))*\s(?:ก็\s?)?น่าจะ\s?(?:ผ่าน|โอเค|ok|ถึงเกณฑ์|ผ่านเกณฑ์)"
    r"(?:\s?(?:แล้ว|นะ|ครับ|ค่ะ|คะ|แหละ|เนอะ|จ้า|ๆ))*\s*$"
)


def _verdict_guess_cut(normalised: str) -> str:
    """``normalised`` without a guess at the verdict closing the figure it tells."""
    return _VERDICT_GUESS_RE.sub(r"\1", normalised)


def _not_ours(normalised: str, read: Intent, typed: str) -> bool:
    """Whether news read as a write or a question (``read``) reports nothing of the
    organisation's own and asks the bot nothing (see the module's docstring)."""
    write = isinstance(read, _WRITES)
    named = _named_only(read)
    if isinstance(read, MarkStep) and ("แต่" in normalised or "ส่วน" in normalised):
        normalised = _before_pending(normalised)
    # "พี่คะ ตัวเลขขยะเดือนนี้เทศบาลส่งมาหรือยังคะ": asked of the colleague who receives it;
    # asked of no one ("ทสจ. ส่งผลขยะมาหรือยังครับ"), who has not sent it, the bot's.
    if (
        not write
        and "มา" in normalised
        and _GUARDED_CHATTER["sources"].search(normalised)
        and (
            not isinstance(read, Missing)
            or _KIN_CALLED_RE.search(normalised)
            # "อำเภอส่งตัวเลขขยะมาครบยัง": whether every source's figures are in, the collector's.
            or "ครบ" in normalised
        )
    ):
        return True
    hearsay = not write and isinstance(read, (IndicatorQuery, RuleQuestion))
    if hearsay and _GUARDED_CHATTER["changed"].search(normalised):
        return True  # "ได้ข่าวว่าปีนี้เกณฑ์ PMQA เปลี่ยนอีกแล้วเหรอ": news, asked of the group
    # "ส่งแผนผ่านอีเมลแล้ว แต่ได้ยินว่าต้องขึ้นไดรฟ์": a rule heard of is no one else's news.
    heard = _HEARD_RULE_RE.sub(" ", normalised) if write and "ยินว่า" in normalised else normalised
    if write and "น่าจะ" in heard:
        heard = _verdict_guess_cut(heard)
    if write and _NOT_A_REPORT_RE.search(heard) and not _verdict_heard(normalised, read):
        return True  # someone else's, not yet final, or papers for a meeting
    if isinstance(read, MarkStep) and "ร่าง" in normalised and _DRAFT_RE.search(normalised):
        return True  # "ร่างแผนของกองนิติการพี่ดูแล้วนะ มีแก้นิดหน่อย": a draft, still worked on
    if named and _GUARDED_CHATTER["others"].search(normalised):
        return True
    recipient = _GUARDED_CHATTER["recipient"].search(normalised) if write else None
    if recipient and not (_reported_first(normalised) or _mailed_in(normalised, read, recipient)):
        return True
    # The cheap look first: a wait needs "รอ", a promise "จะ" or "เดี๋ยว".
    waiting = _GUARDED_CHATTER["waiting"].search(normalised) if "รอ" in normalised else None
    if waiting is not None and named:
        return True  # "ขยะ 58.9 ส่งได้เลยไหม หรือรอท่านรองเซ็นก่อน": asked of colleagues
    later = (
        _GUARDED_CHATTER["later"].search(normalised)
        if "จะ" in normalised or "เดี๋ยว" in normalised  # _LATER_WORDS_RE, as two ``in`` tests
        else None
    )
    # A notice or a superior's instruction, as it is; a promise or a wait with nothing
    # reported before it ("ส่งแผนแล้ว รอผลตรวจ" reports the plan).
    notice = (
        "ขอ" in normalised
        and _GUARDED_CHATTER["postponed"].search(normalised) is not None
        or "ให้" in normalised
        and _GUARDED_CHATTER["instructed"].search(normalised) is not None
        or not write
        and _GUARDED_CHATTER["trouble"].search(normalised) is not None
    )
    if later is not None and "ถาม" in later[0]:
        boss = _BOSS_WILL_ASK_RE.search(normalised)
        if boss is not None and "ขอ" in normalised[boss.end() :]:
            later = None  # "ท่านปลัดจะถามในที่ประชุม ขอภาพรวม…": why what is asked for is wanted
    pending = (
        later is not None
        and _nothing_before(normalised[: later.start()])
        and not _reported_after_its_clause(normalised, later.end())
    )
    pending = (
        pending
        or waiting is not None
        and not _REPORTED_RE.search(normalised[: waiting.start()])
        and not _excused_by_the_wait(normalised, waiting)
    )
    if not (notice or pending):
        return False
    # Said to the group, unless it asks something or a favour of the bot besides.
    return not asks(normalised, typed) and not _FAVOUR_RE.search(typed.lower())


# A superior who will ask ("ท่านปลัดจะถามในที่ประชุมบ่ายนี้", "ผอ.กองจะถามเรื่องนี้"): the reason the
# answer is wanted, no promise of the sender's.
_BOSS_WILL_ASK_RE = re.compile(
    r"(?:ท่าน|ผอ|ผู้อำนวยการ|ผู้บริหาร|ผู้ว่า|หัวหน้า|ปลัด|อธิบดี|เลขาธิการ|ผวจ|ปกท|นาย)"
    r"\S{0,24}?\s?(?:คง|น่า|อาจ)?\s?จะ\s?(?:ต้อง)?\s?(?:สอบ)?ถาม"
)


# The wait given as the reason something came late: "พอดีรอท่าน ผอ. เซ็น", "เพราะรอหัวหน้าลงนาม".
_EXCUSE_OPENS_RE = re.compile(r"(?:พอดี|เพราะ|เนื่องจาก|เนื่องด้วย)\s?$")


def _excused_by_the_wait(normalised: str, waiting: re.Match[str]) -> bool:
    """Whether the wait ``waiting`` found is the excuse for a sending told done after it
    ("พอดีรอท่าน ผอ. เซ็น กองคลังส่งแผนแล้วค่ะ"): the report stands, the wait is over."""
    if _EXCUSE_OPENS_RE.search(normalised, 0, waiting.start()) is None:
        return False
    after = normalised[waiting.end() :]
    return _SENT_TOLD_RE.search(after) is not None and _REPORTED_RE.search(after) is not None


# What is still pending, set against a step reported sent: "…ขึ้นไดรฟ์ไปเมื่อวานซืน แต่ฟอร์ม 3
# ยังอยู่ที่ห้อง ผอ. รอเซ็น คาดว่าศุกร์นี้ได้", "…ส่งเข้าไดรฟ์ไปแล้ว ส่วนฟอร์ม 3 รอ ผอ. ลงนาม".
_PENDING_RE = re.compile(r"(?:แต่(?!ละ)|ส่วน(?!ราชการ|ตัว))[^,]{0,40}?(?:ยัง|รอ(?![บดงย]))")
# Sent, before it: "แล้ว", "เรียบร้อย", "…ไปเมื่อวาน", "อัปไดรฟ์ไปเมื่อวันที่ 10".
_SENT_BEFORE_RE = re.compile(r"แล้ว|เรียบร้อย|ไป\s?(?:เมื่อ|แล้ว)")


def _before_pending(normalised: str) -> str:
    """The words of a step's report before what it says is still pending, when they report it
    sent: the wait or the guess after them ("รอเซ็น", "คาดว่าศุกร์นี้ได้") speaks of what is
    pending (the documents), not of the report. Else ``normalised`` whole."""
    pending = _PENDING_RE.search(normalised)
    if pending is not None and _SENT_BEFORE_RE.search(normalised, 0, pending.start()):
        return normalised[: pending.start()]
    return normalised


def _nothing_before(before: str) -> bool:
    """Whether the words before a promise report nothing done, or only what came in
    ("สงป.เขต 3 แจ้งว่าส่งข้อมูลมาครบแล้ว เดี๋ยวพี่รวมให้")."""
    sent_ahead = "ก่อน" in before and sent_ahead_now(before)
    return not (_DONE_RE.search(before) or sent_ahead) or bool(_INCOMING_RE.search(before))


# Sent ahead of what is to follow ("ส่งแผนไปก่อนนะคะ … เดี๋ยวตามไปทีหลัง"): sent.
_SENT_AHEAD_RE = re.compile(r"(?<!จะ)(?<!ถ้า)ส่ง\S{0,12}\s?ไป\s?ก่อน(?!\s?(?:ได้|เลย))")
# A time still to come: what is done then is promised ("พรุ่งนี้ส่งแผนไปก่อนนะคะ",
# "ส่งแผนไปก่อนพรุ่งนี้", "บ่ายนี้ส่งไปก่อน").
TIME_TO_COME = "พรุ่งนี้|มะรืน|บ่ายนี้|เย็นนี้|คืนนี้|ค่ำนี้|สัปดาห์หน้า|อาทิตย์หน้า|เดือนหน้า"
TIME_TO_COME_RE = re.compile(TIME_TO_COME)


def sent_ahead_now(text: str) -> bool:
    """Whether ``text`` tells a deliverable sent ahead of its papers ("ส่งแผนไปก่อนนะคะ"), now
    and not at a time to come ("พรุ่งนี้ส่งแผนไปก่อน", "ส่งแผนไปก่อนพรุ่งนี้": a promise). The
    papers to follow later ("…เอกสารพรุ่งนี้ตามไป") are no time of the sending."""
    ahead = _SENT_AHEAD_RE.search(text)
    return ahead is not None and not TIME_TO_COME_RE.search(text, 0, ahead.end() + 12)


# A region's office by its number: "สำนักงบประมาณเขต 7", "สงป.เขต 3", "ทางเขต 7".
REGION = r"เขต\s?\d{1,2}(?![\d.])"


@cache
def _body_first_re() -> re.Pattern[str]:
    """Another body's name opening slot words: a kind of body glued to its name, or a
    province's name (PyThaiNLP's full names and ``[places]``) before a space, a verb of
    [done] or the end; an everyday word that is also a province's name ("เลย", "แพร่") only
    after a kind ("จังหวัดเลย"). A kind's name ends where what it told starts ("อำเภอลาดหลุมแก้ว
    แจ้งว่า…"); "กรมอื่น" is another body unnamed; a kind before a short name with its dots
    ("สำนักงาน ป.ป.ท."), and a region's office by its number ("สำนักงบประมาณเขต 7"), too."""
    kinds = sorted(_sections()["bodies"], key=len, reverse=True)
    places = {*province_names(), *_sections()["places"]} - set(_sections()["not places"])
    named = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    unsure = "|".join(map(re.escape, _sections()["not places"]))
    kind = "|".join(map(re.escape, kinds))
    return re.compile(
        rf"^(?:(?:{kind})(?!\s|อื่น|เรา|นี้|ไหน|ใด)(?:(?!แจ้ง|บอก|โทร)\S)+"
        rf"|(?:{kind})\s(?=[\u0e01-\u0e2e]{{1,4}}\.[\u0e01-\u0e2e])\S+"
        rf"|(?:ทาง\s?)?(?:(?!แจ้ง|บอก|โทร)\S)*?{REGION}"
        rf"|(?:{kind}|หน่วยงาน|ส่วนราชการ|จังหวัด)อื่น"
        rf"|(?:จังหวัด\s?)?(?:{named})(?=\s|$|{_any('done')})|จังหวัด\s?(?:{named}|{unsure}))"
    )


def body_named_first(words: str) -> str:
    """The name of another public body that ``words`` (slot words, lower case) open with:
    "กรมบัญชีกลาง pmqa ได้", "นนทบุรีได้ขยะ" name กรมบัญชีกลาง, นนทบุรี; "" when none does.
    Whether it is the organisation's own name is for settle to tell."""
    found = _body_first_re().match(words.strip())
    return found.group(0) if found else ""


# The bodies whose figures come in to the team (the [sources] of ``data/nlu/aside_words.txt``).
_SOURCES = required_literals(re.compile(_any("sources"))) or frozenset()
# Literals of the patterns above that most messages hold ("ส่ง", "ยังไม่"), each with what every
# match it is a literal of holds besides, rarer: "ส่ง" is of "recipient"'s "ส่ง…ให้" branch, whose
# match ends with a recipient as its other branch's does; "ยังไม่" is of the estimate "ยังไม่
# final" (the other phrases opening so are literals of their own); "ขา" and "ค้า" are of the
# third person "เขา", "เค้า" (``re`` writes their shared first letter once). Checked against
# the patterns in the tests.
_SHARPER = {
    "ส่ง": required_literals(re.compile(_any("recipient"))) or frozenset(),
    "ยังไม่": frozenset({"final"}),
    "ขา": frozenset({"เขา"}),
    "ค้า": frozenset({"เค้า"}),
}


# What a message must hold for ``aside`` to test it further (see ``_may_be_aside``): built last,
# from the patterns above.
assert _SOURCES and _SHARPER["ส่ง"]  # each section holds words
# (Looked for from a few rare letters of theirs: ``re`` is entered at far fewer positions than
# a trie of them, led by their first letters, is.)
_MAY_BE_ASIDE_RE = re.compile(any_literal(_trigger_literals()))
