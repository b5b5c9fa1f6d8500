"""A request to look at or check something: "ช่วยดูแผนมิติ 2 ให้หน่อยนะคะ", "รบกวนตรวจสอบขั้นตอนที่ 4
ให้ด้วยครับ", "ขอเช็คผลยาเสพติด 80% หน่อย", "แผนมิติ 2 ช่วยดูให้หน่อย". It asks for a look and
reports nothing, so it never starts a write (issue 9); a report told beside it stays a report.
"""

from __future__ import annotations

import re

from handlers.nlu.courtesy import after_opening
from handlers.nlu.guards import literal_trie
from handlers.nlu.questions import RECORD_VERB_RE

# A request to look at or check something, opening the message: "ช่วยดูแผนมิติ 2 ให้หน่อย",
# "รบกวนตรวจสอบขั้นตอนที่ 4 ให้ด้วย", "ขอเช็คแผนของกองคลัง", "เช็คแผนมิติ 2 ให้หน่อย". It asks
# the bot (or a colleague) for a look, or says the sender will take one ("ขอเช็คก่อน"), and
# tells nothing done. Not "ดูแล", "ดูเหมือน", "ดูด" (take care, seem, suck), nor the unit
# "กองตรวจราชการ".
_LOOK = r"(?:ดู(?!แล|เหมือน|ด|ท่า)|เช็ค|เช็ก|เชค|ตรวจ(?!ราชการ)|รีวิว|review|check)"
# Letters every look verb holds: most messages hold none and are not searched.
_ANY_LOOK = re.compile(
    literal_trie(("ดู", "เช็ค", "เช็ก", "เชค", "ตรวจ", "รีวิว", "review", "check"))
).search
# Who asks, or whom it is asked of, around the opener: "หนูรบกวนน้องบอทช่วยดู…", "พี่ๆ ช่วยเช็ค…".
_ASKER = r"(?:หนู|ผม|ดิฉัน|เรา)"
_LOOKER = r"(?:(?:น้อง|พี่)\s?(?:บอท|bot)?\s?ๆ?|บอท|bot|ทุกคน|ทุกท่าน)"


def _asked(openers: str) -> str:
    """An opener of ``openers``, whom it is asked of, then the look verb: "ช่วยดู", "รบกวนพี่ๆ
    ช่วยเช็ค", "ฝากกันตรวจ"."""
    return rf"(?:{openers})\s?(?:กัน\s?)?(?:{_LOOKER}\s?)?(?:ช่วย\s?(?:กัน\s?)?)?{_LOOK}"


_LOOK_REQUEST_RE = re.compile(
    rf"^(?:(?:{_ASKER}|{_LOOKER})\s?)?(?:"
    + _asked("ช่วย|รบกวน|วาน|ขอ|ฝาก|please")
    # Or the verb alone, the favour closing the message ("ดูแผนมิติ 2 ให้หน่อย": the normalised
    # text has lost หน่อย and ด้วย, and keeps "ให้" and "ให้ที"; see ``_CLOSED_BY_FAVOUR_RE``).
    + rf"|(?P<bare>{_LOOK}))"
)
# The same request after a space, what it is about named first ("แผนมิติ 2 ช่วยดูให้หน่อย",
# "ขั้นตอนที่ 3 รบกวนเช็คให้ด้วย") or whom it is asked of ("พี่คะ ช่วยดูแผนมิติ 2 ให้หน่อย"). Not
# "ขอ…" there: "ยกเลิกค่ะ ขอเช็คก่อน" takes a look before the cancel is done, and asks for none.
_LATER_REQUEST_RE = re.compile(
    r"\s(?:" + _asked("ช่วย|รบกวน|วาน|ฝาก|please") + rf"|(?P<bare>{_LOOK}))"
)
# Whom the request is asked of, by title and name: "พี่คะ", "พี่ปุ้มครับ", "น้องเอก".
_ADDRESSED_RE = re.compile(r"(?:พี่|น้อง|คุณ)\S{0,12}?\s?(?:คะ|ค่ะ|ครับ|คับ|จ้า|จ๋า)?")
# Words before the request that tell something (a deed, done or not, or a statement closed by
# its particle: "ขยะ 52.3 ค่ะ ช่วยเช็คให้ด้วย", "กองคลังส่งแผนมิติ 2 นะคะ รบกวนตรวจสอบ"): the
# request is about what they tell, which stays told.
_TELLS_RE = re.compile(
    r"แล้ว|เรียบร้อย|ส่ง|ยื่น|แนบ|อัป|อัพ|กรอก|ได้|ผ่าน|ยกเลิก|ลบ|บันทึก|ทำ|เข้า|ขึ้น|upload|submit"
    r"|(?:ค่ะ|ครับ|คะ|คับ|ค่า|จ้า|นะ)$"
)


def _request_after_words(normalised: str) -> re.Match[str] | None:
    """A request for a look after an address or the words of what is to be looked at (see
    ``_LATER_REQUEST_RE``), or None when those words tell something."""
    request = _LATER_REQUEST_RE.search(normalised)
    if request is None:
        return None
    before = normalised[: request.start()].strip()
    if _ADDRESSED_RE.fullmatch(before) is None and _TELLS_RE.search(before) is not None:
        return None
    return request


_CLOSED_BY_FAVOUR_RE = re.compile(
    r"(?:ให้\s?)?หน่อย|ให้\s?(?:ด้วย|ที)(?![\u0e01-\u0e2e\u0e48-\u0e4b])|ให้$"
)
# What is looked at may hold a deed done, introduced: "…แผนที่ส่งไปแล้ว", "เช็คให้ว่า…ส่งแล้ว".
_LOOKED_AT_RE = re.compile("ที่|ว่า")
_DONE_TOLD_RE = re.compile("แล้ว|เรียบร้อย")


def requests_a_look(normalised: str, original: str = "") -> bool:
    """Whether the message asks for a look at or a check of something (``_LOOK_REQUEST_RE``:
    opening it, after its manners, or after an address or the words of what is looked at) and
    neither asks for recording besides nor tells anything done after it: "ช่วยดูหน่อย ส่งแผน
    แล้ว" reports the plan sent, "ช่วยดูแผนที่ส่งไปแล้วให้หน่อย" asks for a look at it. A request
    after what the message tells ("ขั้นตอนที่ 3 ส่งแล้ว ช่วยเช็คให้หน่อย", "ยกเลิกค่ะ ขอเช็คก่อน")
    leaves it as it was."""
    if _ANY_LOOK(normalised) is None:  # most messages hold no look verb
        return False
    request = _LOOK_REQUEST_RE.match(normalised)
    if request is None:
        # "สวัสดีค่ะ ช่วยดูแผนมิติ 2 ให้หน่อย": the request opens what follows the manners.
        opened = after_opening(normalised)
        request = _LOOK_REQUEST_RE.match(opened) if opened != normalised else None
        if request is not None:
            normalised = opened
        else:
            request = _request_after_words(normalised)
            if request is None:
                return False
    if request["bare"] and _CLOSED_BY_FAVOUR_RE.search(original or normalised) is None:
        return False  # "ตรวจแล้วครับ ถูกต้อง", "เช็คแล้ว": no favour asked
    if RECORD_VERB_RE.search(normalised, request.end()) is not None:
        # "ช่วยตรวจสอบและบันทึกผลขยะ 52.3 ให้หน่อย": recording asked as well, restated on its card
        # before anything is stored (as "ช่วยบันทึก…" is).
        return False
    done = _DONE_TOLD_RE.search(normalised, request.end())
    return done is None or _LOOKED_AT_RE.search(normalised, request.end(), done.start()) is not None
