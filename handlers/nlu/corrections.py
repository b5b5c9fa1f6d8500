"""The words of a correction of one field ("ขยะใส่ 52.7 ผิด แก้เป็น 57.2", "ไม่ใช่ขั้น 3 ขั้น 4"),
shared by the readings of a value's correction and of a step's."""

from __future__ import annotations

import re

from handlers.nlu.extract import PLACEHOLDERS
from handlers.nlu.patterns import EDGE_WORDS, words

# A figure or a field said wrong right after it was typed: "เมื่อวานใส่ 474 ผิด", "กรอก 52.7
# ผิด", "ส่งทางอีเมลผิด": the old one, never the new.
WRONG_AFTER_RE = re.compile(r"\s?(?:นั้น|นี้|อัน\s?นั้น)?\s?(?:ผิด|ไม่ถูก)")

# The words of any correction besides its values: the slip owned ("ขอโทษ", "ขออภัย", "เมื่อกี้
# พิมพ์ผิด"), the right one pointed at ("ที่ถูกคือ", "แก้เป็น").
_SLIP = "ขอโทษ|โทษที|sorry|ผิด|พิมพ์|ที่ถูก|ถูกต้อง|แก้|ขอแก้|เป็น|ๆ|ขออภัย|คือ|เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก"

# A bare correction of a value: the slip's words, the count's own noun ("ไม่ใช่ 70 ค่ะ 74 ชุด"),
# the figure called so ("ขออภัยค่ะ ตัวเลขที่ถูกต้องคือ…").
VALUE_CORRECTING = EDGE_WORDS | frozenset(
    words(
        f"{_SLIP}|พิมพ์ผิด|ถูก|ที่ถูกต้อง|ชุด|ข้อ|ตัว|ครั้ง|แห่ง|คน|ราย|ระดับ|คะแนน|เอ้ย|เอ๊ย|อุ๊ย|อ๊ะ"
        "|ตัวเลข|ตัวเลขที่ถูกต้อง|ค่าที่ถูกต้อง|เมื่อสักครู่|ค่า|แก้ไข|ขอแก้ไข"
        # More counts' nouns: "พิมพ์ผิดครับ ที่ถูกคือ 9 รายการ".
        "|รายการ|ฉบับ|โครงการ|ตัน|อำเภอ"
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
                    "|ที่บอกว่า|บอกว่า|ที่แจ้งว่า|แจ้งว่า|ส่ง|เมื่อ|ทาง|ผ่าน|วันที่|วัน|ช่องทาง|ขั้นตอน|ขั้น"
                    "|ไป|แล้ว|ด้วย|อันเดิม|เดิม|นะ|เลย|ค่ะ|ครับ|คะ|จ้า|ค่า|คับ|นั้น"
                    # "ไม่ใช่อีเมลค่ะ ที่ส่งไปเป็นฉบับกระดาษ": what went, and as what copy.
                    "|ที่ส่ง|ฉบับ"
                    # "ขอแก้ให้ด้วยน้า", "เมื่อกี้บอกทางอีเมล จริงๆ อัปไดรฟ์": the favour, the verbs.
                    "|ให้|น้า|นะคะ|หน่อย|นิดนึง|นิด|บอก|แจ้ง|ว่า|อัปโหลด|อัพโหลด|อัป|อัพ|ขึ้น|ลง"
                ),
                *PLACEHOLDERS,
            ),
            key=len,
            reverse=True,
        )
    )
)
