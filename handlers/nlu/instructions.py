"""A sending asked of someone, not one made: "ให้ส่งแผนแล้ว" ((they) have been told to send
the plan), "บอกให้กองคลังส่งแผนแล้ว", "แจ้งให้ทุกกองส่งแล้วนะ" report no step sent, while
"ส่งแผนแล้ว", "กองคลังส่งแผนให้แล้ว" and "บันทึกให้ กก. ส่งแผนแล้ว" do (the words of telling
are in the [telling] section of ``data/nlu/aside_words.txt``). So is an order to send, urged or
asked as a favour ("ส่งแผนวันนี้ด่วนเลย", "ช่วยส่งแผนวันนี้ด้วย")."""

from __future__ import annotations

import re

from handlers.data_files import sections

_TELLING = "|".join(map(re.escape, sections("nlu", "aside_words.txt")["telling"]))
# "ให้" at a word's start, or after a word of telling and whom it was told ("บอกน้องให้"),
# then whom it is asked of ("ให้ กก. ส่ง", "ให้ทุกกองส่ง"), then the sending up to the next
# space (where its แล้ว stands); never "ให้ทราบว่า…" (news told).
# A favour asked of the bot ("ฝากบันทึกให้กองคลังด้วยครับ ส่งแผนแล้ว") is no such instruction:
# an entry between the telling and "ให้", a particle after whom. Whom is never something done
# ("ผอ.เซ็นให้แล้ว ส่งแผนแล้ว", "หัวหน้าให้ข้อมูลแล้ว ส่งแผนแล้ว": sent).
_WHOM = r"(?:(?!ด้วย|หน่อย|ครับ|ค่ะ|คะ|นะ|แล้ว|เรียบร้อย)\S){1,20}?"
TOLD_TO_SEND_RE = re.compile(
    rf"(?:(?<!\S)|(?P<telling>{_TELLING})(?:(?!บันทึก|ลง|กรอก|ใส่|แก้)\S){{0,15}}?\s?)ให้\s?(?!ทราบ|รู้)"
    rf"(?:{_WHOM}\s?)??(?:จัด\s?)?(?:ส่ง|ยื่น|แนบ|อัป|อัพ|กรอก)\S*"
)
# The sending done for the sender by whoever it was handed to ("ให้น้องส่งแผนให้แล้วค่ะ").
_DONE_FOR_US_RE = re.compile(r"ให้\s?(?:แล้ว|เรียบร้อย)")
# Something told done outside the instruction ("บอกให้ส่งแผนแล้ว กองคลังส่งแล้ว"), or a figure.
_DONE_RE = re.compile(r"แล้ว|เรียบร้อย|\d")


def told_to_send(normalised: str) -> bool:
    """Whether ``normalised`` asks someone to send something and tells nothing done besides."""
    if "ให้" not in normalised:
        return False
    told = TOLD_TO_SEND_RE.search(normalised)
    if told is None:
        return False
    if told["telling"] is None and _DONE_FOR_US_RE.search(normalised, told.start() + 3):
        return False  # "ให้น้องส่งแผนให้แล้วค่ะ": handed to someone, and done
    return _DONE_RE.search(TOLD_TO_SEND_RE.sub(" ", normalised)) is None


# An order to send: asked as a favour or urged at its start ("ช่วยส่งแผนวันนี้ด้วย", "รีบส่ง
# รายชื่อนะ"), or urgent ("ส่งแผนวันนี้ด่วนเลย"); never the favour of recording ("ช่วยบันทึกว่า
# กองคลังส่งแผนแล้ว") nor a sending told done ("ส่งแผนด่วนทางไดรฟ์แล้วค่ะ").
_SENDING = r"(?:จัด\s?)?(?:ส่ง|ยื่น|แนบ|อัป|อัพ|กรอก)"
ORDER_WORDS = ("ช่วย", "รีบ", "กรุณา", "โปรด", "เร่ง")
_ORDERED_FIRST_RE = re.compile(rf"(?:{'|'.join(ORDER_WORDS)})\s?{_SENDING}")
_URGENT_RE = re.compile(rf"{_SENDING}\S*(?:\s?\S+){{0,3}}?\s?ด่วน")
_TOLD_DONE_RE = re.compile(r"แล้ว|เรียบร้อย")
_DONE_LATER_RE = re.compile(rf"{_SENDING}|(?:^|\s)(?:ก็\s?)?(?:เรียบร้อย|เสร็จ)")


# A figure told, then sent in haste closing the message as typed ("รายได้ท่องเที่ยว 1,498.6 ล้าน
# บาท ส่งด่วนค่ะ"): the sender's own figure, sent now. Hurried along ("…ส่งด่วนเลย", "…ส่งด่วน
# ด้วยนะ", "…ส่งด่วนนะ") or with a colleague called first ("น้องแอน ขยะ 61.4 ส่งด่วนค่ะ") it
# stays an order. Only a unit of measure may stand between the figure and the sending: a word
# of duty or of a ban ("ขยะ 61.4 ต้องส่งด่วนค่ะ", "…40 ต้องแก้ส่งด่วน", "…อย่าส่งด่วน") makes
# it a task, and a number that orders ("เรื่องที่ 2", "ฉบับที่ 2", "ข้อ 3") is no figure.
_FIGURE_UNIT = (
    r"ล้าน\s?บาท|ล้าน|บาท|%|เปอร์เซ็นต์|เปอร์เซ็น|เปอร์เซนต์|เปอร์เซน|คะแนน|ระดับ|คน|ราย|แห่ง"
    r"|ครั้ง|กิจกรรม|ตัน|กิโลกรัม|กก\.?"
)
_FIGURE_SENT_IN_HASTE_RE = re.compile(
    r"(?<![\d,.])(?<!ที่)(?<!ที่\s)(?<!ข้อ)(?<!ข้อ\s)(?<!ลำดับ)(?<!ลำดับ\s)(?<!เลข)(?<!เลข\s)"
    rf"\d[\d,.]*\s?(?:(?:{_FIGURE_UNIT})\s?)?ส่ง\s?ด่วน\s?(?:ค่ะ|ครับ|คับ|ค่า|ค้าบ|จ้า)?\s*$"
)
_COLLEAGUE_FIRST_RE = re.compile(r"\s*(?:@|น้อง|พี่|คุณ)")


def figure_sent_in_haste(typed: str) -> bool:
    """Whether ``typed`` tells a figure, then closes on its sending in haste."""
    return (
        "ด่วน" in typed
        and _FIGURE_SENT_IN_HASTE_RE.search(typed) is not None
        and _COLLEAGUE_FIRST_RE.match(typed) is None
    )


def ordered_to_send(normalised: str) -> bool:
    """Whether ``normalised`` orders a sending (see ``_ORDERED_FIRST_RE`` and ``_URGENT_RE``)
    and tells it not done: a done word in a clause of its own after the order is someone
    else's ("รีบส่งแผนนะคะ ผอ.ตามแล้ว", "ส่งแผนด่วนเลยค่ะ ผอ.ถามแล้ว")."""
    said = normalised.lstrip()
    if said.startswith(ORDER_WORDS):
        ordered = _ORDERED_FIRST_RE.match(said)
    else:
        ordered = _URGENT_RE.search(said) if "ด่วน" in said else None
    if ordered is None:
        return False
    clause_end = said.find(" ", ordered.end())
    if clause_end < 0:
        return not _TOLD_DONE_RE.search(said)
    if _TOLD_DONE_RE.search(said, 0, clause_end):
        return False
    # A later clause telling a sending done, or done alone ("…ส่งไปเมื่อเช้าแล้ว", "เรียบร้อย
    # แล้ว"), reports it; someone else's deed done ("ผอ.ตามแล้ว") does not.
    later = said[clause_end:]
    return not (_TOLD_DONE_RE.search(later) and _DONE_LATER_RE.search(later))


# Colleagues urged to send their work, anywhere in the message: a favour or a reminder, whom it
# is asked of, then the sending ("@กองคลัง พี่ปุ้มคะ รบกวนส่งแผนภายในสัปดาห์หน้านะคะ", "ฝากทุกกอง
# ช่วยเร่งส่งแผนกันด้วยนะคะ", "อย่าลืมส่งรายงานผลก่อนหมดเขตนะคะ"). Whom is a unit, the group
# or a colleague, never a verb ("ช่วยบอกกำหนดส่ง…" asks for the deadlines).
# The words of urging, one of which every urging holds (``_URGED_RE`` opens with them).
URGING_WORDS = (
    "รบกวน",
    "ฝาก",
    "ช่วย",
    "กรุณา",
    "โปรด",
    "อย่าลืม",
    "ขอให้",
    "ขอความร่วมมือ",
    "เร่ง",
    "รีบ",
)
_URGING = "|".join(URGING_WORDS)
_URGED_WHOM = (
    r"(?:ทุก\s?(?:กอง|หน่วยงาน|หน่วย|ท่าน|คน|ฝ่าย|ศูนย์|สำนัก)|(?:พี่|น้อง)\s?ๆ"
    r"|(?:พี่|น้อง|คุณ|กอง|ศูนย์|สำนัก)(?:(?!ช่วย|เร่ง|รีบ|ส่ง|ยื่น|แนบ|อัป|อัพ|กรอก)\S){0,15})"
)
_URGED_RE = re.compile(
    rf"(?:{_URGING})\s?(?:(?P<whom>{_URGED_WHOM})\s?)?(?:(?:ช่วย|กัน|เร่ง|รีบ)\s?)*{_SENDING}"
)
# The sending handed to the asker ("…ส่งแบบฟอร์มให้ด้วย", "ส่งมาให้หน่อย"), of what the bot
# sends ("ส่งกำหนดการ…", "ส่งปฏิทิน…", "ส่งลิงก์…"), or told done.
_TO_THE_ASKER_OR_DONE_RE = re.compile(
    r"\s?(?:กำหนด|ปฏิทิน|ตาราง|ไทม์ไลน์|timeline|ลิงก์|ลิงค์|link|สรุป|รายละเอียด)"
    r"|\S*?(?:แล้ว|เรียบร้อย)"
    r"|\S*(?:\s\S+){0,3}?\s?(?:มา|ให้(?:\s?(?:ด้วย|หน่อย|ที|หนู|พี่|ผม|ดิฉัน|ดู)|\s*$))"
)


def urges_to_send(normalised: str) -> bool:
    """Whether ``normalised`` urges colleagues to send their work (see ``_URGED_RE``): not
    to the asker, and not told done."""
    urged = _URGED_RE.search(normalised)
    return urged is not None and not _TO_THE_ASKER_OR_DONE_RE.match(normalised, urged.end())


def urges_everyone_to_send(normalised: str) -> bool:
    """Whether ``normalised`` urges every unit or everyone to send their work ("รบกวนทุก
    หน่วยงานส่งรายชื่อทีมทางอีเมลภายในวันที่ 28 พ.ย. นะคะ", "ขอให้ทุกกองส่งรายงานผล…"): an
    announcement to the units, whatever the plan's words in it read as."""
    if "ทุก" not in normalised:
        return False
    urged = _URGED_RE.search(normalised)
    return (
        urged is not None
        and (urged["whom"] or "").startswith("ทุก")
        and not _TO_THE_ASKER_OR_DONE_RE.match(normalised, urged.end())
    )


# A unit or a colleague urged to send through whoever reads the message: the favour, a word of
# chasing maybe, who is to send, then the sending ("ฝากกองคลังรีบส่งแผนด้วยนะคะ", "ฝากตามกนต.ส่ง
# แผนหน่อย", "ฝากเตือนกองนิติการส่งรายงานผลด้วย"). Who is named between them: never the sending
# itself entrusted ("กจ. ฝากส่งผลค่ะ …"), a favour of the bot's ("ฝากบันทึกให้…", "ฝากถามบอท
# ว่า…") or news passed on ("ฝากบอกว่าแผนส่งแล้ว").
_CHASING = r"(?:ตาม|เตือน|ทวง|จี้|เร่ง)"
_NOT_WHOM = (
    r"ส่ง|ยื่น|แนบ|อัป|อัพ|กรอก|บันทึก|ลง|ใส่|แก้|อัปเดต|อัพเดต|ถาม|บอก|แจ้ง|ให้|ช่วย|รีบ|เร่ง"
    r"|ด้วย|หน่อย|นะ|ครับ|ค่ะ|คะ|แล้ว"
)
_URGED_THROUGH_RE = re.compile(
    rf"ฝาก\s?(?:{_CHASING}\s?)?(?:(?!{_NOT_WHOM})\S){{2,20}}?\s?(?:(?:ช่วย|กัน|เร่ง|รีบ)\s?)*"
    rf"{_SENDING}"
)


def urged_through_a_colleague(normalised: str) -> bool:
    """Whether ``normalised`` asks whoever reads it to have a unit or a colleague send (see
    ``_URGED_THROUGH_RE``), the sending not told done: a done word in a later clause is someone
    else's deed ("…ด้วยนะคะ หัวหน้าตามแล้ว"), unless it tells a sending ("…ส่งแล้ว")."""
    if "ฝาก" not in normalised:
        return False
    urged = _URGED_THROUGH_RE.search(normalised)
    if urged is None or _TO_THE_ASKER_OR_DONE_RE.match(normalised, urged.end()):
        return False
    head = normalised[: urged.start()]
    if _TOLD_DONE_RE.search(head) and _DONE_LATER_RE.search(head):
        return False  # "ส่งแผนครบ 3 มิติแล้วค่ะ ฝากทุกกองส่งให้ครบด้วยนะคะ": the report first
    clause_end = normalised.find(" ", urged.end())
    if clause_end < 0:
        return True
    if _TOLD_DONE_RE.search(normalised, urged.end(), clause_end):
        return False
    later = normalised[clause_end:]
    return not (_TOLD_DONE_RE.search(later) and _DONE_LATER_RE.search(later))
