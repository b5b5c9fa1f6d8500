"""What a finished step's message says besides the step: counts ("7 จาก 8") and documents."""

from __future__ import annotations

import re

from handlers.nlu.guards import lead, skipping
from handlers.nlu.patterns import phrase_regex, phrase_search_regex
from kpi_core.models import Documents

# "7 จาก 8", "6 ใน 8 ตัว", "5 ครั้ง จากทั้งหมด 7": how many of how many. (Both open with a
# look-behind, which ``re`` would enter at every position: compiled ``skipping`` to the digits
# a count starts with, the positions between passed over in C.)
_SLASH_COUNT_RE = skipping(
    re.compile(r"(?<![\d./])(?P<met>\d{1,4})\s*/\s*(?P<of>\d{1,4})(?![\d./])")
)
_COUNTED_RE = re.compile("บรรลุ|เข้าร่วม|เข้าประชุม|ครั้ง")
_COUNT_RE = skipping(
    re.compile(
        r"(?<![\d.])(?P<met>\d{1,4})\s*(?:ตัวชี้วัด|ตัว|ครั้ง|รายการ)?\s*"
        r"(?:จากทั้งหมด|จาก|ใน)\s*(?P<of>\d{1,4})(?![\d.])"
    )
)
# Said of one's own step; "ยังไม่ได้ส่งเอกสาร" stays a question of who is missing (deadlines).
NO_DOCUMENTS = (
    "ยังไม่มีเอกสารประกอบ|ไม่มีเอกสารประกอบ|ยังไม่มีเอกสาร|ไม่มีเอกสาร|ไม่ได้แนบเอกสาร"
    "|ยังไม่ได้แนบเอกสาร|ไม่มีไฟล์|ยังไม่มีไฟล์|ไม่แนบเอกสาร|ไม่แนบไฟล์|ไม่ได้แนบไฟล์"
)
_MISSING = f"{NO_DOCUMENTS}|ไม่ได้ส่งเอกสาร|ยังไม่ได้ส่งเอกสาร"
INCOMPLETE_DOCUMENTS = (
    "เอกสารไม่ครบถ้วน|เอกสารไม่ครบ|เอกสารยังไม่ครบ|แนบไม่ครบ|ไฟล์ไม่ครบ"
    "|เอกสารประกอบไม่ครบถ้วน|เอกสารประกอบไม่ครบ|เอกสารประกอบยังไม่ครบ"
)
# ("เอกสารประกอบแนบครบ": the documents' noun whole, not only "แนบครบ", which left the noun
# to name a step.)
_COMPLETE = (
    "เอกสารครบ|เอกสารประกอบครบ|พร้อมเอกสาร|แนบเอกสารครบ|แนบครบ|ไฟล์ครบ|แบบฟอร์มครบ|ฟอร์มครบ"
    "|เอกสารประกอบแนบครบ|เอกสารแนบครบ|ไฟล์แนบครบ|หลักฐานแนบครบ|หลักฐานครบ"
)
# The word classes of a caveat on the documents, whatever the words: a document's noun
# ("เอกสารแนบ", "ไฟล์ประกอบ", "หลักฐาน": the compounds end in one of these), the words that
# may stand between ("ยัง", "จะส่ง", "ขอ"), and what is short of them ("ยังไม่ครบ", "ยังขาด",
# "ตามมาทีหลัง"); or what is short first ("ยังขาดเอกสารแนบ", "ยังไม่ได้แนบไฟล์").
_DOCUMENT = r"(?:เอกสาร|ไฟล์|หลักฐาน|แนบ|ประกอบ|attachment|file)"
_DOCUMENT_HEAD = r"(?:เอกสาร|ไฟล์|หลักฐาน)"
_BETWEEN = r"(?:\s|ยัง|จะ|ขอ|ส่ง|ได้|ที่|ก็|อยู่|อีก|มา|ไป|เรา|นะ|ค่ะ|คะ|ครับ)*"
_SHORT = r"(?:ไม่\s?ครบ|ขาด|ตาม\s?(?:มา|ไป|ให้)|ทีหลัง|ภายหลัง|บางส่วน|ไม่หมด|incomplete)"
_SHORT_FIRST = r"(?:ขาด|ไม่\s?ครบ)"
# "ยังไม่ได้อัปไฟล์": not uploaded either. "ไฟล์ยังไม่มีลายเซ็น": the file is there, its
# signature is not (one piece short, see ``_PIECE_UNFINISHED``).
_NOT_ATTACHED = (
    r"(?:ไม่\s?(?:ได้\s?)?(?:แนบ|ส่ง|(?:อัป|อัพ)(?:\s?โหลด)?)"
    r"|ไม่\s?มี(?!\s?(?:หน้า\s?)?(?:ลายเซ็น|ลายมือชื่อ|การลงนาม|ลงนาม)))"
)
# "ไฟล์แนบ", "เอกสารประกอบ": a document's noun with the word of what it goes with.
_HEAD_COMPOUND = rf"{_DOCUMENT_HEAD}(?:\s?(?:แนบ|ประกอบ))?"
# "ขาดแบบฟอร์ม 3", "ขาดฟอร์มสี่": one of the step's forms short, the rest sent.
# "form 3 ยังไม่แนบ", "ยังไม่ได้แนบฟอร์ม 3": a numbered form said not attached, the same.
_FORM_NUMBER = r"(?:แบบ\s?)?(?:ฟอร์ม|form)\s?(?:ที่\s?|หมายเลข\s?)?(?:\d|[๐-๙]|หนึ่ง|สอง|สาม|สี่|ห้า)"
_FORM_NOT_SENT = r"(?:ยัง\s?)?ไม่\s?ได้\s?(?:แนบ|ส่ง|อัป|อัพ)"
# "แบบฟอร์มหมายเลข 3 รายละเอียดตัวชี้วัดยังไม่ครบ": a form's title (one run of words, as the
# plan writes it; never a question's "ใคร") may stand between the form and what is short of it.
# "แนบแค่แบบฟอร์ม 1 กับ 2": only some of the step's forms attached. Both are said of one's own
# step, never asked of who.
# What a form is filled in with: its figures, targets, details.
_FILLED_IN = r"(?:ค่า|ข้อมูล|ตัวเลข|เป้า|รายละเอียด)"
_FORM_TITLE = r"(?:(?:(?!ใคร|ไหน)[ก-๙]){2,40}\s?)??"
_FORM_SAID_SHORT = (
    rf"(?:แนบ|ส่ง)\s?(?:มา|ไป)?\s?(?:แค่|เพียง)\s?{_FORM_NUMBER}"
    rf"|{_FORM_NUMBER}\s?{_FORM_TITLE}(?:ยัง)?\s?ไม่\s?ครบ"
)
_FORM_SHORT = (
    rf"(?:ขาด|{_FORM_NOT_SENT})\s?{_FORM_NUMBER}|{_FORM_SAID_SHORT}"
    # "form 2 หายไป": a form lost on the way, the same.
    rf"|{_FORM_NUMBER}\s?(?:ยัง)?\s?(?:{_FORM_NOT_SENT}|ไม่\s?แนบ|ไม่\s?มี|ขาด|หาย)"
    # "เหลือแค่ฟอร์ม 3 ยังไม่เสร็จ": a form not finished.
    rf"|{_FORM_NUMBER}\s?(?:ยัง)?\s?ไม่\s?เสร็จ"
    # "ฟอร์ม 2 ยังรอท่านรองเซ็น": a form waiting for its signature.
    rf"|{_FORM_NUMBER}\s?ยัง\s?รอ\s?(?:\S+(?:\s\S+)??\s?)??(?:เซ็น|ลงนาม|sign)"
    # "ฟอร์ม 3 ยังอยู่ที่ห้อง ผอ. รอเซ็น": where it waits for its signature.
    rf"|{_FORM_NUMBER}\s?ยัง\s?อยู่\s?(?:ที่|กับ)\s?\S+(?:\s\S+){{0,2}}?\s?รอ\s?(?:\S+(?:\s\S+)??\s?)??(?:เซ็น|ลงนาม|sign)"
    # "แบบฟอร์มหมายเลข 3 อยู่ระหว่างเสนอผู้อำนวยการลงนาม": a form out for its signature.
    rf"|{_FORM_NUMBER}\s?(?:ยัง\s?)?อยู่\s?ระหว่าง\s?(?:การ\s?)?(?:เสนอ|รอ)\s?(?:\S+(?:\s\S+)??\s?)??(?:เซ็น|ลงนาม)"
    # "ฟอร์ม 3 ยังไม่ได้ใส่ค่าเป้าหมาย": a form's figures or details not filled in yet.
    rf"|{_FORM_NUMBER}\s?(?:ยัง)?\s?ไม่\s?(?:ได้\s?)?(?:ใส่|กรอก|ระบุ|ลง)\s?{_FILLED_IN}"
)
# "รายชื่อทีมยังไม่ครบ ขาดอีก 2 คน แต่ส่งไปก่อนแล้ว": what is short, sent anyway.
_SENT_SHORT = r"(?:ไม่\s?ครบ|ขาด)\S*(?:\s\S+){0,4}?\s?แต่\s?(?:ก็\s?)?ส่ง\s?(?:ไป|มา)?\s?(?:ก่อน)?\s?แล้ว"
# "ขึ้นไดรฟ์แล้ว แต่หน้าลงนามผู้บริหารยังว่างอยู่", "…แต่ฟอร์ม 3 ยังเป็นร่างอยู่": a piece of
# what went still unfinished, after a but.
_PIECE_UNFINISHED = (
    r"แต่(?:(?!แต่).){0,60}?ยัง\s?(?:ว่าง|เป็น\s?(?:ไฟล์\s?|ฉบับ\s?)?ร่าง"
    # "…แต่ยังไม่มีหน้าลายเซ็นผู้อำนวยการ": the signature's page too.
    r"|ไม่\s?(?:ได้\s?)?(?:ลงนาม|เซ็น)|ไม่\s?มี\s?(?:หน้า\s?)?(?:ลายเซ็น|ลายมือชื่อ|การลงนาม|ลงนาม)"
    # "…แต่ฟอร์ม 3 ยังรอ ผอ. เซ็นอยู่": waiting for a signature.
    r"|รอ\s?(?:\S+(?:\s\S+)??\s?)??(?:เซ็น|ลงนาม|sign))"
    # "…แต่ลายเซ็น ผอ. ยังไม่มี", "…แต่ฟอร์ม 2 ไฟล์เสีย เปิดไม่ได้", "ส่งไปแล้วแต่ไม่ครบ".
    r"|แต่(?:(?!แต่).){0,30}?(?:ลายเซ็น|ลายมือชื่อ|การลงนาม)\s?(?:\S+(?:\s\S+)??\s?)??ยัง\s?ไม่\s?มี"
    r"|แต่(?:(?!แต่).){0,30}?(?:ไฟล์\s?เสีย|เปิด\s?ไม่\s?ได้|เปิด\s?ไม่\s?ขึ้น)"
    r"|แต่\s?(?:ยัง\s?)?ไม่\s?ครบ(?!\s?(?:ทุก|ทั้ง|\d|สาม|สอง)?\s?มิติ)"
    # "…แต่ยังไม่ได้แนบแผน 3 ปี มีแต่แผนปี 68": one named piece not attached, the rest sent
    # (the documents as a whole not attached, "ยังไม่ได้แนบไฟล์", are missing).
    r"|แต่\s?(?:ยัง\s?)?ไม่\s?(?:ได้\s?)?แนบ\s?"
    r"(?!เอกสาร|ไฟล์|หลักฐาน|แบบ|ฟอร์ม|form|เลย|นะ|ค่ะ|คะ|ครับ|ไป|มา|อะไร|ให้|ด้วย)[ก-ฮเ-ไ]"
)
_DOCUMENTS_SHORT = (
    f"{phrase_regex(INCOMPLETE_DOCUMENTS)}|{_DOCUMENT}{_BETWEEN}{_SHORT}"
    f"|{_SHORT_FIRST}{_BETWEEN}{_DOCUMENT_HEAD}|{_SENT_SHORT}|{_PIECE_UNFINISHED}"
)
# "แผนของ กก. ยังไม่มีหน้าลงนาม ผอ.": the deliverable in, its signature not (a caveat of one's
# own step only: never a veto of who is missing, "ใครยังไม่มีลายเซ็น ผอ. บ้าง").
_UNSIGNED = r"ยัง\s?ไม่\s?มี\s?(?:หน้า\s?)?(?:ลายเซ็น|ลายมือชื่อ|การลงนาม|ลงนาม)"
_INCOMPLETE_RE = lead(re.compile(f"{_DOCUMENTS_SHORT}|{_FORM_SHORT}|{_UNSIGNED}"))
# A numbered form said not attached: a caveat on a step's report, no question of the form.
FORM_SHORT_RE = skipping(re.compile(_FORM_SHORT))
# "ลืมแนบเอกสารประกอบ", "ลืมแนบไฟล์": the sender forgot to attach them.
_FORGOT = r"ลืม\s?(?:แนบ|ใส่\s?(?:เอกสาร|ไฟล์)|ส่ง\s?(?:เอกสาร|ไฟล์|หลักฐาน))"
# "ยังไม่ได้แนบไฟล์หลักฐาน", "ยังไม่แนบไฟล์", "หลักฐานยังไม่ได้แนบ", "ไฟล์แนบยังไม่มี": none
# attached.
# "ยังไม่ได้แนบแบบฟอร์มเลยสักฉบับ": the forms, none numbered, not attached (a numbered one
# not attached is one short, the rest sent).
_NO_FORMS = (
    rf"{_NOT_ATTACHED}{_BETWEEN}(?:แบบ\s?)?(?:ฟอร์ม|form)"
    r"(?!\s?(?:ที่\s?|หมายเลข\s?)?(?:\d|[๐-๙]|หนึ่ง|สอง|สาม|สี่|ห้า))"
)
# "ส่งไปแค่หนังสือนำ", "ส่งมาเพียงหนังสือนำส่ง": the cover letter alone, none of what it covers.
_COVER_LETTER_ONLY = r"(?:ส่ง|แนบ)\s?(?:มา|ไป)?\s?(?:แค่|เพียง)\s?หนังสือ\s?นำ"
_MISSING_RE = lead(
    re.compile(
        f"{phrase_regex(_MISSING)}|{_NOT_ATTACHED}{_BETWEEN}{_DOCUMENT_HEAD}"
        f"|{_HEAD_COMPOUND}{_BETWEEN}{_NOT_ATTACHED}|{_FORGOT}|{_NO_FORMS}|{_COVER_LETTER_ONLY}"
    )
)
# A veto for who-is-missing rules: a caveat on one's own documents is no question of who
# ("ใครขาดแบบฟอร์ม 3 บ้าง" still asks who lacks a step's form; "แบบฟอร์ม 3 ยังไม่ครบ" tells).
INCOMPLETE_DOCUMENTS_RE = skipping(re.compile(f"{_DOCUMENTS_SHORT}|{_FORM_SAID_SHORT}"))
# "ตัวชี้วัดตามแผนที่ 3", "ตัวชี้วัดที่ 3 ตามแผน", "ตัวชี้วัดของแผนข้อ 4": one plan indicator.
# "ตัวชี้วัดตามแผนตัวที่ 3": the plan's indicator counted as one of them ("ข้อที่ 3": as an item).
# "ข้อ 2 ในแผนของไอที": the plan's item by its number, the plan named after it.
# "ตัวชี้วัดในแผนของ ศทส. ข้อ 5": whose plan it is, between the plan and the item.
_PLAN_ITEM_RE = re.compile(
    r"ตัวชี้วัด\s*(?:(?:ตามแผน|ของแผน|ในแผน)(?:\s*ของ\s*[^\s\d]+)?)?\s*(?:ตัว\s*|ข้อ\s*)?(?:ที่|ข้อ)\s*"
    r"(?P<n>\d{1,2})(?![\d.])"
    r"|(?<![\u0e01-\u0e4e])ข้อ\s*(?:ที่)?\s*(?P<item>\d{1,2})(?![\d.])(?=\s*(?:ใน|ของ|ตาม)\s*แผน)"
    # "ตชว.ตามแผนตัวแรกไม่ถึงเป้า", "…ตัวที่สอง": the item by its ordinal word.
    r"|ตัวชี้วัด\s*(?:ตามแผน|ของแผน|ในแผน)\s*(?:ตัว|ข้อ)\s*(?:ที่\s*)?(?P<word>แรก|หนึ่ง|สอง|สาม|สี่|ห้า)"
)
_ORDINAL_WORDS = {"แรก": 1, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5}
_PLAN_RE = re.compile("แผน")
_UNMET_RE = re.compile(r"ไม่\s*(?:ได้\s*)?บรรลุ|ไม่\s*ถึง\s*(?:ค่า)?เป้า|ไม่ได้ตามเป้า|ต่ำกว่า(?:ค่า)?เป้า")
# "ฟอร์ม 1-3 ครบถ้วน", "แบบฟอร์ม 1 2 3 ครบ": the step's forms, numbered, told complete.
_FORMS_COMPLETE = (
    # "แบบฟอร์มหมายเลข ๑ – ๓ ครบถ้วน": their number's word between.
    r"(?:แบบ\s?)?(?:ฟอร์ม|form)\s?(?:ที่\s?|หมายเลข\s?)?\d(?:\s?[-–]\s?\d|(?:\s?(?:,|และ|กับ)?\s?\d)+)"
    r"\s?(?:ก็\s?)?ครบ"
    # "ฟอร์ม 3 ของ กจ. ครบแล้ว": one form, whose it is between, told complete (never "ครบ 3
    # มิติ", what the plan holds, nor "ครบหรือยัง", asked).
    r"|(?:แบบ\s?)?(?:ฟอร์ม|form)\s?(?:ที่\s?|หมายเลข\s?)?\d(?![\d.])(?:\s?ของ\s?\S{1,40}?)?\s?(?:ก็\s?)?ครบ"
    r"(?:\s?(?:แล้ว|ถ้วน))(?!\s?(?:ทุก|ทั้ง)?\s?(?:\d|สาม|สอง)?\s?มิติ|\s?(?:หรือ|รึ|ยัง|ไหม|มั้ย))"
)
# "แนบเอกสารประกอบแผนครบแล้ว", "หลักฐานประกอบรายงานผลครบ": the documents of a deliverable, it
# named between them and "ครบ" (never what the plan holds, "…แผนครบ 3 มิติ", nor asked). Read
# for the documents only, as ``_EVERY_PIECE_RE``: the deliverable's word names the step.
_DOCUMENTS_OF_COMPLETE_RE = re.compile(
    r"(?:เอกสาร|หลักฐาน|ไฟล์(?=\s?(?:ประกอบ|แนบ)))(?:\s?(?:ประกอบ|แนบ))?\s?(?:ของ\s?)?"
    r"(?:แผน\S{0,24}?|รายงาน(?:ผล)?|รายชื่อ(?:ทีม)?)\s?(?:ก็\s?)?ครบ(?:\s?ถ้วน)?"
    r"(?!\s?(?:ทุก|ทั้ง)?\s?(?:\d|สาม|สอง)?\s?มิติ|\s?(?:แล้ว\s?)?(?:หรือ|รึ|ยัง|ไหม|มั้ย|บ้าง))"
)
_COMPLETE_RE = skipping(re.compile(f"{phrase_search_regex(_COMPLETE)}|{_FORMS_COMPLETE}"))
# "ครบทุกไฟล์", "แนบครบทุกฉบับ", "ครบถ้วนทุกรายการ": every piece there; "แบบฟอร์ม 4 ครบถ้วน",
# "รายงานผลครบถ้วนแล้ว": the deliverable whole (never "ครบถ้วนทั้ง 3 มิติ", what the plan holds).
# Read for the documents only: the deliverable's word stays in the words that name the step.
_EVERY_PIECE_RE = skipping(
    re.compile(
        r"ครบ\s?(?:ถ้วน\s?)?ทุก\s?(?:ไฟล์|ฉบับ|รายการ|แบบฟอร์ม|ฟอร์ม|เอกสาร)"
        r"|(?:แผน|รายงาน(?:ผล)?|ไฟล์|(?:แบบ\s?)?(?:ฟอร์ม|form)\s?(?:ที่\s?|หมายเลข\s?)?\d)\s?ครบ\s?ถ้วน"
        r"(?!\s?(?:ทุก|ทั้ง)?\s?(?:\d|สาม|สอง)?\s?มิติ)"
        # "ส่งครบทั้งแผนและเอกสารประกอบ": the deliverable and its documents, both sent.
        r"|ครบ\s?ทั้ง\s?\S{1,30}?\s?(?:และ|กับ)\s?(?:เอกสาร|ไฟล์|หลักฐาน)"
    )
)
DOCUMENTS_RE = lead(re.compile(f"{_MISSING_RE.pattern}|{_INCOMPLETE_RE.pattern}"))
COMPLETE_DOCUMENTS_RE = _COMPLETE_RE


# The total first, then how many were met: "แผนมีตัวชี้วัด 9 ตัว บรรลุ 8 ตัว".
_TOTAL_THEN_MET_RE = re.compile(
    r"(?<![\d.])(?P<of>\d{1,3})\s*(?:ตัวชี้วัด|ตัว|ข้อ)\s*(?:แต่|และ|โดย)?\s*บรรลุ\s*"
    r"(?:ค่าเป้าหมาย|เป้าหมาย|เป้า)?\s*(?P<met>\d{1,3})\s*(?:ตัว|ข้อ)"
)


def counts(text: str) -> tuple[int | None, int | None]:
    """``(met, of)`` when the text says "N จาก M" (or "N/M" of what was met or attended, never
    a date; or "M ตัว บรรลุ N ตัว"), else ``(None, None)``."""
    match = _COUNT_RE.search(text)
    if match is None and "บรรลุ" in text:
        match = _TOTAL_THEN_MET_RE.search(text)
        if match is not None and int(match["met"]) > int(match["of"]):
            match = None
    if match is None and _COUNTED_RE.search(text):
        match = _SLASH_COUNT_RE.search(text)
        if match is not None and int(match["met"]) > int(match["of"]):
            match = None  # "เข้าร่วมแล้ว 15/1": a count never exceeds its total; a day
    return (int(match["met"]), int(match["of"])) if match else (None, None)


def every_count(text: str) -> list[tuple[int, int, int, int]]:
    """Each "N จาก M" ("N ใน M", "N/M") of ``text`` as ``(start, end, met, of)``, in order:
    a correction says the right count beside the wrong one ("5 จาก 6 ไม่ใช่ 6 จาก 6")."""
    found = [(m.start(), m.end(), int(m["met"]), int(m["of"])) for m in _COUNT_RE.finditer(text)]
    return found or [
        (m.start(), m.end(), int(m["met"]), int(m["of"])) for m in _SLASH_COUNT_RE.finditer(text)
    ]


# "ไม่ผ่าน ขาดเอกสารแนบ": the documents lacking with no word of how many or how much of them
# ("ยังขาดเอกสารแนบอีกนิดหน่อย", "ขาดไฟล์ 2 ฉบับ" lack some): none attached.
_LACKING_ALL_RE = re.compile(
    r"ขาด\s?(?:เอกสาร|ไฟล์|หลักฐาน)\s?(?:แนบ|ประกอบ)?\s*(?:นะ|ครับ|ค่ะ|คะ|จ้า|เลย|ไป|ด้วย)*\s*$"
    # The deliverable lacking as a whole: "ขาดฟอร์ม 4 ทั้งชุด", "ขาดเอกสารทั้งหมดเลย".
    r"|ขาด\s?(?:แบบ\s?)?(?:ฟอร์ม|form|เอกสาร|ไฟล์|หลักฐาน)\S*?\s?(?:ที่\s?)?(?:\d\s?)?"
    r"(?:ทั้งชุด|ทั้งหมด|ทั้งเล่ม|ทั้งฉบับ|ทั้งไฟล์|ทุกไฟล์|ทุกแผ่น)"
)


# "ลืมแนบรูปกิจกรรม", "ลืมแนบแบบฟอร์ม 2": one named piece forgotten, the rest sent (not the
# documents as a whole, "ลืมแนบเอกสารประกอบ", nor a bare "ลืมแนบไป").
_FORGOT_ONE_RE = re.compile(
    r"ลืม\s?แนบ\s?(?!เอกสาร|ไฟล์|หลักฐาน|ไป|มา|นะ|ค่ะ|คะ|ครับ|เลย|อ่ะ|อะ|จ้า|ด้วย)[ก-ฮเ-ไA-Za-z]"
)


# The documents said incomplete in so many words, and said to be none at all.
_SAID_INCOMPLETE_RE = re.compile(phrase_regex(INCOMPLETE_DOCUMENTS))
_NONE_SAID_RE = re.compile(NO_DOCUMENTS)


def documents_said(text: str) -> Documents | None:
    """Missing, incomplete or complete documents when the text says so; None when it says
    nothing (the handler then takes them as complete)."""
    if "ลืม" in text and _FORGOT_ONE_RE.search(text):
        return Documents.INCOMPLETE
    if _SAID_INCOMPLETE_RE.search(text) and not _NONE_SAID_RE.search(text):
        # "แผนปฏิบัติการยังไม่ได้แนบ เอกสารยังไม่ครบ": one piece not attached, the rest sent.
        return Documents.INCOMPLETE
    if _MISSING_RE.search(text) or _LACKING_ALL_RE.search(text):
        return Documents.MISSING
    if _INCOMPLETE_RE.search(text):
        return Documents.INCOMPLETE
    if _COMPLETE_RE.search(text):
        return Documents.COMPLETE
    if "ครบ" in text and (_EVERY_PIECE_RE.search(text) or _DOCUMENTS_OF_COMPLETE_RE.search(text)):
        return Documents.COMPLETE
    return None


def plan_item(text: str) -> tuple[int, bool] | None:
    """``(n, met)`` when the text reports the plan's indicator ``n`` as met or not."""
    match = _PLAN_ITEM_RE.search(text)
    if match is None or not _PLAN_RE.search(text) or "บรรลุ" not in text and "เป้า" not in text:
        return None
    n = _ORDINAL_WORDS[match["word"]] if match["word"] else int(match["n"] or match["item"])
    return n, not _UNMET_RE.search(text)
