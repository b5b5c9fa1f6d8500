"""The words of a correction of one field ("ขยะใส่ 52.7 ผิด แก้เป็น 57.2", "ไม่ใช่ขั้น 3 ขั้น 4"),
shared by the readings of a value's correction and of a step's."""

from __future__ import annotations

import re

from handlers.nlu.extract import PLACEHOLDERS
from handlers.nlu.patterns import EDGE_WORDS, words

# A figure or a field said wrong right after it was typed: "เมื่อวานใส่ 474 ผิด", "กรอก 52.7
# ผิด", "ส่งทางอีเมลผิด": the old one, never the new.
# The count's noun may come between: "ขอโทษครับ 12 รายการผิด จริงๆ 14".
WRONG_AFTER_RE = re.compile(
    r"\s?(?:(?:รายการ|ชุด|ตัว|ข้อ|คน|ครั้ง|แห่ง|ฉบับ|โครงการ)\s?)?(?:นั้น|นี้|อัน\s?นั้น)?\s?(?:ผิด|ไม่ถูก)"
)

# The words of any correction besides its values: the slip owned ("ขอโทษ", "ขออภัย", "เมื่อกี้
# พิมพ์ผิด"), the right one pointed at ("ที่ถูกคือ", "แก้เป็น").
_SLIP = "ขอโทษ|โทษที|sorry|ผิด|พิมพ์|ที่ถูก|ถูกต้อง|แก้|ขอแก้|เป็น|ๆ|ขออภัย|คือ|เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก"

# The typing itself, told around a correction: the digits swapped, the figure just sent, a
# small fix ("สลับตัวเลข", "ตัวเลขที่เพิ่งส่ง", "แก้นิดนึง", "เดี๋ยวนะ").
_TYPING = (
    "สลับ|สลับตัวเลข|สลับเลข|สลับกัน|เลข|เลขที่|แก้ตัว|แก้ตัวเลข|เพิ่ง|ที่เพิ่ง|เพิ่งส่ง|เพิ่งพิมพ์|ส่งไป|พิมพ์ไป|ใส่|กรอก"
    "|นิด|นิดนึง|นิดหน่อย|หน่อย|เดี๋ยว|เดี๋ยวนะ|อ้าว|ไป"
)

# A bare correction of a value: the slip's words, the count's own noun ("ไม่ใช่ 70 ค่ะ 74 ชุด"),
# the figure called so ("ขออภัยค่ะ ตัวเลขที่ถูกต้องคือ…").
VALUE_CORRECTING = EDGE_WORDS | frozenset(
    words(
        f"{_SLIP}|พิมพ์ผิด|ถูก|ที่ถูกต้อง|ชุด|ข้อ|ตัว|ครั้ง|แห่ง|คน|ราย|ระดับ|คะแนน|เอ้ย|เอ๊ย|อุ๊ย|อ๊ะ"
        "|ตัวเลข|ตัวเลขที่ถูกต้อง|ค่าที่ถูกต้อง|เมื่อสักครู่|ค่า|แก้ไข|ขอแก้ไข"
        # The apology as the segmenter may cut it: "โทษทีครับ แก้เป็น 61.53" (โทษ, ที).
        "|โทษ|ที"
        # More counts' nouns: "พิมพ์ผิดครับ ที่ถูกคือ 9 รายการ".
        "|รายการ|ฉบับ|โครงการ|ตัน|อำเภอ"
        # The decimal point or a digit's place slipped or moved: "โทษทีครับ จุดทศนิยมผิด เป็น 5.75",
        # "ใส่จุดผิดตำแหน่ง ที่ถูกคือ 57.5", "ตกเลขศูนย์ไปตัว แก้เป็น 105".
        "|จุด|ทศนิยม|จุดทศนิยม|ตำแหน่ง|ผิดตำแหน่ง|หลัก|ตก|ตกหล่น|หล่น|เลขศูนย์|ศูนย์|ลูกน้ำ|เลื่อน"
        "|โทษ"  # "โทษทีครับ" read as โทษ + ที
        # A digit too many, and the truth told: "แก้เป็น 42 รายการครับ เมื่อกี้พิมพ์เกินไปหลักนึง",
        # "…จริงๆ 12 ชุด".
        "|เกิน|เกินไป|นึง|หลักนึง|จริง|จริงๆ"
        # Words about the typing name no indicator: "แก้เป็น 54.3 ค่ะ สลับตัวเลข", "ขอแก้ตัวเลข
        # ที่เพิ่งส่งค่ะ…", "แก้นิดนึงค่ะ เป็น 47".
        f"|{_TYPING}"
    )
)

# A correction of one field of a step's entry: the slip's words, the field named, what was
# said ("ที่บอกว่า…"), wherever they stand.
FIELD_CORRECTING_RE = re.compile(
    "|".join(
        sorted(
            (
                *words(
                    f"{_SLIP}|ไม่ใช่|ไม่ถูก|ที่ถูกต้องคือ|ที่ถูกคือ|ขอแก้ไข|แก้ไข|จริงๆ|จริง ๆ|จริง"
                    "|ที่บอกว่า|บอกว่า|ที่แจ้งว่า|แจ้งว่า|ส่ง|ยื่น|เมื่อ|ทาง|ผ่าน|วันที่|วัน|ช่องทาง|ขั้นตอน|ขั้น"
                    "|ไป|แล้ว|ด้วย|อันเดิม|เดิม|นะ|เลย|ค่ะ|ครับ|คะ|จ้า|ค่า|คับ|นั้น"
                    # "ไม่ใช่อีเมลค่ะ ที่ส่งไปเป็นฉบับกระดาษ": what went, and as what copy; the right
                    # one set apart ("ไดรฟ์ต่างหาก"), what was told before ("เมื่อกี้บอกทางอีเมล"),
                    # the act put again ("อัปไดรฟ์", "ขึ้นไดรฟ์"), a wait, a favour ("ขอแก้ให้ด้วยน้า").
                    "|ที่ส่ง|ฉบับ|เล่ม|ที่|ต่างหาก|บอก|แจ้ง|ว่า|ตอนแรก|ทีแรก|อัปโหลด|อัพโหลด|อัป|อัพ|ขึ้น|ลง"
                    "|ให้|ขอ|น้า|นะคะ|นะครับ|หน่อย|นิดนึง|นิด|อ๊ะ|อุ๊ย|เอ๊ะ|เอ้ย|เอ๊ย|โทษ|ค่าา|คร้าบ"
                    "|ต้องเป็น"  # "หน่วยงานผิดครับ ต้องเป็นกองกลาง"
                ),
                *words(_TYPING),
                *PLACEHOLDERS,
            ),
            key=len,
            reverse=True,
        )
    )
)

# A correction told in so many words, whatever it fixes: asking to fix ("ขอแก้", "แก้นิดครับ"),
# the slip owned ("พิมพ์ผิด", "ขอโทษ"), the truth set against what was told ("จริงๆ", "ต่างหาก",
# "ที่ถูกคือ"), what was told a minute ago ("เมื่อกี้บอก…", "ที่แจ้งว่า…"), or a no ("ไม่ใช่");
# never the plan revised ("แก้แล้ว", "แก้เสร็จ", "แก้อยู่").
CORRECTION_CUE_RE = re.compile(
    r"แก้(?!\s?(?:ไข\s?)?(?:แล้ว|เสร็จ|อยู่|ใหม่|ไป|ตาม|กัน))|ผิด|ขอโทษ|ขออภัย|โทษที|จริง\s?ๆ|ต่างหาก|ที่ถูก|ไม่ใช่"
    r"|(?:เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก|ที่)\s?(?:ที่\s?)?(?:บอก|แจ้ง|พิมพ์)"
)
# What was told before, said so just before a value: "เมื่อกี้บอกทางอีเมล", "ตอนแรกบอกส่งเมล",
# "ที่บอกว่าส่งไดรฟ์", "ที่แจ้งไปว่า 20 ม.ค.": that value is the old one.
TOLD_BEFORE_RE = re.compile(
    r"(?:(?:เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก)\s?(?:ที่\s?)?|(?<![\u0e01-\u0e4e])ที่\s?)"
    r"(?:บอก|แจ้ง|พิมพ์|ใส่)(?:\s?ไป)?(?:\s?ว่า)?\s?(?:ส่ง\s?)?(?:ทาง|ผ่าน|เป็น|เมื่อ|วันที่)?\s?$"
)
