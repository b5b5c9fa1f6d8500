"""Round 26 (names4), from dev_fresh72-79 and the invariance bench's "unit's other name" edit:
units named by their short names typed on to the words around them.

1. A dotted short name typed on to a word of where one is ("ล่าสุดกจ.", "อยู่ศทส.", "จากกพร.")
   or with a particle typed on to its dot ("กจ.หน่อย", "กก.ครับ"): the same unit as spaced.
   Elsewhere the letters may cut either way ("แผนกนต." is แผน กนต.) and stay as typed; an
   abbreviation of several dots ("สป.รง.") and a title ("ผอ.ครับ") stay whole.
2. Letters typed again before a dot are a short name's, no letter held: "ผมจากกก.ครับ" is
   from กก. (กองกลาง), never from "จาก.".
"""

from __future__ import annotations

from handlers.nlu.normalise import normalise
from tests.fakes.understanding import read_as_writes, readings, settled

GLUED = [
    ("L", "สถานะล่าสุดกจ.หน่อยค่ะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "สถานะล่าสุด กจ. หน่อยค่ะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กค.ถึงไหนแล้วคะพี่", "Status", {"unit": "กองคลัง"}),
    ("L", "ผมจากกก.ครับ ขอลงทะเบียนครับ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ผมจาก กก. ครับ ขอลงทะเบียนครับ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ลงทะเบียนกนต.ค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
]


@readings(GLUED)
def test_a_short_name_typed_on_to_the_words_around_it(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_space_is_put_back_only_around_a_short_name() -> None:
    assert normalise("สถานะล่าสุดกจ.หน่อยค่ะ") == "สถานะล่าสุด กจ."
    assert normalise("หนูอยู่ศทส.น้า ลงทะเบียนให้หนู") == "หนูอยู่ ศทส. น้า ลงทะเบียนให้หนู"
    assert normalise("ผมจากกก.ครับ ขอลงทะเบียน") == "ผมจาก กก. ครับ ขอลงทะเบียน"
    # Elsewhere the letters may cut either way, or the name read as typed: left as they are.
    assert normalise("แผนกนต.ส่งแล้ว") == "แผนกนต.ส่งแล้ว"
    assert normalise("ผมย้ายมากนต.แล้ว") == "ผมย้ายมากนต.แล้ว"
    assert normalise("owner pmqa ของกค.คือใคร") == "owner pmqa ของกค.คือใคร"
    # Several dots make one abbreviation; titles and kinds open the names they are typed on.
    assert normalise("สป.รง.ส่งแล้ว") == "สป.รง.ส่งแล้ว"
    assert normalise("ผอ.ครับ") == "ผอ."
    assert normalise("สนง.ปลัดกระทรวงแรงงาน") == "สนง.ปลัดกระทรวงแรงงาน"
    assert normalise("ผอ.กองคลังถามมา") == "ผอ.กองคลังถามมา"
    assert normalise("ภาพรวมของก.พ.") == "ภาพรวมของ ก.พ."
    assert normalise("ที่จ.ปทุมธานี") == "ที่จ.ปทุมธานี"
    assert normalise("ปี พ.ศ.2568") == "ปี พ.ศ.2568"
    # A letter held with no dot after it is still one letter.
    assert normalise("อืมมมม") == "อืม"


def test_questions_about_a_glued_short_name_stay_questions() -> None:
    asked = [
        "กจ.ส่งแผนยังคะ",
        "สถานะล่าสุดกจ.หน่อยค่ะ",
        "ของกนต.ส่งครบยัง",
        "ลงทะเบียนกก.ยังไงคะ",
        "จากกก.มีใครลงทะเบียนแล้วบ้าง",
    ]
    assert read_as_writes(asked) == []
