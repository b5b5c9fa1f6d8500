"""Dimension (มิติ) phrases: which dimensions a plan covers, or lacks, as a message states them.

"ครบ 3 มิติ", "ครบทุกมิติ", "ครบทั้งสามมิติ": every dimension. "มิติ 1 และ 3", "มิติที่ 1, 3",
"มิติเปิดกว้างกับมิติประชาชน": those. "ขาดมิติ 2": every dimension but those. The reader never
knows how many dimensions an indicator has: :func:`resolve_dimensions` settles a statement
against one. A bare count ("2 มิติ") names none: it is read only so that its number is never
taken for a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from handlers.nlu.guards import lead
from handlers.nlu.patterns import DIMENSION_WORDS, phrase_regex
from kpi_core.models import Indicator

_WORD = r"(?:มิติ\s*(?:ที่\s*)?)"
# "มิติที่ส่งไปคือ 1 กับ 3", "มิติที่มีคือ 2 และ 3": the dimensions named through what the plan
# has or what was sent; or the right ones, said again ("มิติที่ถูกคือ 1 2 3").
_CLAUSE = (
    r"(?:มิติ\s*ที่\s*(?:ส่ง|มี|ทำ|ใส่|เขียน|ครอบคลุม|ถูกต้อง|ถูก)\s*(?:ไป|ไว้|มา|แล้ว)?\s*(?:คือ|เป็น|ได้แก่)\s*"
    r"(?:มิติ\s*(?:ที่\s*)?)?)"
)
_COUNT = r"(?:(?<!\d)\d|สาม|สอง|หนึ่ง)"
# One dimension: a single digit (never part of a longer number or a decimal), or a name.
# "มิติแรก": the first one, by its order.
_REF = r"(?<!\d)\d(?!\d|\.\d)|(?<=ที่)\s*(?:หนึ่ง|สอง|สาม)|(?<=มิติ)\s?แรก|" + "|".join(
    phrase_regex(group) for _, group in DIMENSION_WORDS
)
# Said of dimensions named just before: they are not done ("มิติ2ยังไม่เสร็จ", "มิติ 3 ยังไม่ได้ทำ").
# Or sent later ("มิติ 2 ตามไป", "มิติ 3 ส่งตามทีหลัง", "มิติ 2 เดี๋ยวส่ง").
# "มิติ 1 กับ 2 ยังขาดมิติ 3": what follows "ยังขาด" is lacking, the dimensions before it are not.
# "มิติ 3 ยังคิดกิจกรรมไม่ออก", "มิติ 2 ยังหาโครงการไม่ได้": a few words between "ยัง" and "ไม่".
# "มิติ 1 ยังไม่มี 2 กับ 3": the dimensions after ไม่มี are the ones lacking, not those before.
_NOT_YET = (
    r"\s*(?:ก็\s*)?(?:ยัง\s*(?:(?:(?!มิติ|มี|ขาด)[\u0e01-\u0e4e]){1,16}?\s*)?"
    r"(?:ไม่(?!\s*มี\s*(?:มิติ|\d))|ขาด(?!\s*มิติ))"
    r"|ไม่\s*(?:ได้|มี(?!\s*\d)|ครบ|เสร็จ)"
    r"|(?:ส่ง\s*)?ตาม\s*(?:ไป|มา|หลัง|ทีหลัง)|(?:ไว้\s*)?ทีหลัง|(?:ค่อย|เดี๋ยว|จะ|ขอ)\s*(?:ส่ง|ทำ|ตาม)"
    # To be filled in: "มิติ 2 จะเติมกิจกรรมให้ภายใน 25 นี้", "มิติ 3 เดี๋ยวแก้ให้".
    # (The dimension named after the promise is what it fills in: "มิติ 1 กับ 2 จะเพิ่มมิติ 3".)
    r"|(?:ค่อย|เดี๋ยว|จะ)\s*(?:เพิ่ม|ใส่|เติม|แก้)(?!\s*(?:มิติ|\d))"
    # Sent at a time to come: "มิติ 3 ส่งสัปดาห์หน้า", "มิติ 2 ส่งเพิ่มเดือนหน้า".
    r"|(?:ส่ง|เพิ่ม|ใส่|เติม)\s*(?:เพิ่ม\s*|ตาม\s*)?(?:(?:สัปดาห์|อาทิตย์|เดือน|รอบ)\s*หน้า|พรุ่งนี้)"
    # Added later: "มิติ 2 ขอเพิ่มทีหลัง", "มิติ 3 จะใส่เพิ่มภายหลัง".
    r"|(?:(?:ขอ|จะ|ค่อย|เดี๋ยว)\s*)?(?:เพิ่ม|ใส่|เติม)\s*(?:เพิ่ม\s*)?(?:ไว้\s*)?(?:ที|ภาย)\s*หลัง"
    # Still being worked on: "มิติยึดประชาชนเป็นศูนย์กลางอยู่ระหว่างปรับแก้", "มิติ 2 กำลังปรับ".
    r"|อยู่\s*ระหว่าง\s*(?:การ\s*)?(?:ปรับ|แก้|ทำ|จัดทำ|ดำเนินการ)"
    r"|(?:ยัง\s*)?กำลัง\s*(?:ปรับ|แก้|ทำ|จัดทำ|ดำเนินการ|เขียน|เพิ่ม)"
    # Still waiting: "มิติ 2 ยังรอ ผอ. เซ็นอยู่", "มิติ 3 รออนุมัติ", "มิติ 3 รอก่อน", "…รออยู่",
    # "มิติ 3 รอหัวหน้าดูก่อน".
    r"|ยัง\s*รอ(?![บง])|รอ\s*(?:เซ็น|อนุมัติ|ลงนาม|ผอ|หัวหน้า|ท่าน|ก่อน|อยู่|ไว้))"
)
# A dimension promised, or waited for, before it is named: "มิติ 1 กับ 2 จะเพิ่มมิติ 3",
# "…แล้ว เดี๋ยวเติมมิติ 3", "…แล้ว รอมิติ 3 อยู่": not done yet, as "ขาดมิติ 3" is not.
_TO_COME = (
    r"(?:(?:จะ|เดี๋ยว|ค่อย)\s*(?:(?:ขอ|มา)\s*)?(?:เพิ่ม|ใส่|เติม|ทำ|ส่ง)\s*(?:(?:เพิ่ม|ตาม)\s*)?"
    # (Never "ไม่ต้องรอมิติ 3": no need to wait, it is there.)
    r"|(?<!ไม่)(?<!ไม่\s)(?<!ต้อง)(?<!ต้อง\s)(?:ยัง\s*)?รอ(?![บงยด])\s*)"
)
_SEP = r"\s*(?:,|และ|กับ|/|&|\+)?\s*"
# The plan said complete, bare, right after what was added: "…แล้วนะ ครบละ", "…แล้วค่ะ ตอนนี้ครบแล้ว"
# (not "ครบ 3 มิติ", which says so itself, nor "ครบทุกกอง").
_COMPLETED = (
    # (what was added put in, "เพิ่มมิติ 3 เข้าไป ตอนนี้ครบแล้ว", "…ให้แล้ว")
    r"\s*(?:(?:เข้า\s*(?:ไป|มา)|ให้|ไว้)\s*)?(?:แล้ว\s*)?(?:(?:นะ|ค่ะ|คะ|ครับ|คับ|จ้า)\s*)*(?:ตอนนี้\s*)?(?:ก็\s*)?ครบ"
    r"(?:แล้ว|ละ|หมด|เลย)?(?:\s*(?:นะ|ค่ะ|คะ|ครับ|คับ|จ้า))*(?:\s|$)(?!\s*(?:ทุก|ทั้ง|\d|มิติ|กอง|หน่วย))"
)
# A dimension said again ("มิติ1กับ3 มิติ2ยังไม่เสร็จ") joins the list unless it is not done.
# A name's tail may stand between ("มิติยึดประชาชนเป็นศูนย์กลางยังไม่มีกิจกรรม").
_LIST = rf"(?:{_REF})(?:{_SEP}{_WORD}?(?:{_REF})(?![\u0e01-\u0e4e]{{0,20}}?{_NOT_YET}))*"
# The dimensions said not to be, then the right ones after "เป็น": "ไม่ใช่มิติ 1 กับ 3 เป็น 1 กับ 2"
# (มิติ said once, for both lists); the no stays a word of its own, the correction's cue.
_INSTEAD = (
    rf"(?:(?<=ไม่ใช่)|(?<=ไม่ใช่ )){_WORD}{_LIST}\s*(?:(?:ค่ะ|คะ|ครับ|นะ|จ้า)\s*)*(?:แต่\s*)?(?:เป็น|คือ)\s*"
    rf"(?P<new>{_WORD}?{_LIST})(?!\s*(?:กิจกรรม|โครงการ|ตัว|คะแนน|ระดับ))"
)
DIMENSION_RE = lead(
    re.compile(
        rf"(?P<instead>{_INSTEAD})"
        rf"|(?P<every>ครบ(?:ถ้วน)?\s*(?:ทั้ง\s*)?(?:{_COUNT}|ทุก)\s*มิติ|ทั้ง\s*{_COUNT}\s*มิติ|ทุก\s*มิติ"
        rf"|(?<!ไม่)(?<!ไม่\s)ครบ\s*มิติ(?!\s*(?:ที่\s*)?(?:{_REF}))"
        # A dimension added, the plan then said complete: "เพิ่มมิติ 2 แล้วนะ ครบละ".
        rf"|(?:(?<=เพิ่ม)|(?<=เพิ่ม\s)){_WORD}{_LIST}(?={_COMPLETED}))"
        # "ยังไม่มีกิจกรรมมิติประชาชน": what the plan has none of in a dimension.
        # "ลืมใส่กิจกรรมมิติที่ 2": left out by mistake, the same.
        # "ขาดแค่มิติ 2": only that one lacking.
        # (Its "ยัง" goes with it: "ส่งแผนแล้ว ยังไม่มีมิติ 3" asks nothing "แล้วยัง".)
        rf"|(?P<missing>(?:ยัง\s*(?=ขาด|ไม่))?(?:ขาด|ไม่มี|ยกเว้น|เว้น|ลืม\s*(?:ใส่|เติม|เขียน|ทำ)?|{_TO_COME})"
        r"\s*(?:(?:แค่|เพียง)\s*)?"
        rf"(?:(?:กิจกรรม|โครงการ|เรื่อง|ส่วน)\s*)?{_WORD}{_LIST})"
        # Only those had ("มีแค่มิติที่ 1 กับ 3 เดี๋ยวเติมทีหลัง"): the rest is to be filled in.
        rf"|(?P<only>(?:(?<=มีแค่)|(?<=มีแค่\s)|(?<=มีเพียง)|(?<=มีเพียง\s))"
        rf"{_WORD}(?:{_REF})(?:\s*(?:,|และ|กับ|/|&|\+)\s*(?:{_REF}))*)"
        rf"|(?P<pending>{_WORD}(?:{_REF})(?:{_SEP}(?:{_REF}))*(?={_NOT_YET}))"
        rf"|(?P<listed>(?:ครอบคลุม\s*)?(?:{_CLAUSE}|{_WORD}){_LIST})"
        rf"|(?P<count>{_COUNT}\s*มิติ)"
        # "มิติ 1 2 ขาด 3": มิติ said once for both; counted only after a dimension phrase.
        # "มีแค่มิติ 1 ยังไม่มี 2 กับ 3": the same, said with ไม่มี.
        rf"|(?P<lacking>(?:ขาด|ยกเว้น|เว้น|(?:ยัง\s*)?ไม่\s*มี)\s*(?:{_REF})(?:\s*(?:,|และ|กับ|/|&|\+)?\s*(?:{_REF}))*)"
        # "ขาดมิติที่ 2 มีแค่ 1 กับ 3": those there, มิติ said before; counted only after one too.
        rf"|(?P<having>มี\s*(?:แค่|เพียง)\s*(?:{_REF})(?:\s*(?:,|และ|กับ|/|&|\+)?\s*(?:{_REF}))*)"
        r"(?!\s*(?:คน|ครั้ง|วัน|ราย|แห่ง|หน่วย|กอง|ข้อ|ชุด|%|เปอร์))"
    )
)
_REFS_RE = re.compile(
    r"(?P<digit>(?<!\d)\d(?!\d|\.\d))|(?<=ที่)\s*(?P<word>หนึ่ง|สอง|สาม)|(?<=มิติ)\s?(?P<first>แรก)|"
    + "|".join(f"(?P<name{n}>{phrase_regex(group)})" for n, group in DIMENSION_WORDS)
)


@dataclass(frozen=True)
class DimensionStatement:
    """What a message says of a plan's dimensions; all empty when it says nothing."""

    dimensions: tuple[int, ...] = ()  # named as covered
    missing: tuple[int, ...] = ()  # named as lacking: the plan covers every other one
    every: bool = False  # "ครบทุกมิติ"

    @property
    def stated(self) -> bool:
        """Whether the message says which dimensions the plan covers."""
        return self.every or bool(self.dimensions or self.missing)


def _numbers(phrase: str) -> list[int]:
    refs = _REFS_RE.finditer(phrase)
    return [
        int(
            m["digit"]
            or ("1" if m["first"] else "")
            or _WORD_NUMBERS.get(m["word"] or "")
            or str(m.lastgroup).removeprefix("name")
        )
        for m in refs
    ]


_NOT_BEFORE_RE = re.compile(r"ไม่\s?$")
# A dimension phrase said not to be the case: "มิติ 1 กับ 3 ไม่ใช่ครบ 3 มิติ".
_SAID_NOT_RE = re.compile(r"ไม่ใช่\s*(?:แค่|เพียง)?\s*$")
# A dimension phrase said wrong right after it: "ครบ 3 มิติ ผิดครับ", "มิติ 1 2 3 ไม่ถูกนะคะ".
_SAID_WRONG_RE = re.compile(r"\s*(?:(?:นะ|ค่ะ|คะ|ครับ|คับ)\s*)?(?:ผิด|ไม่\s*ถูก)")
# A lack said not to be: "ครบ 3 มิติแล้ว ไม่ได้ขาดมิติ 2", "ไม่ขาดมิติ 3 นะคะ".
_LACK_DENIED_RE = re.compile(r"ไม่\s?(?:ได้\s?)?$")
# Denied only as the sole lack, the dimension still lacking: "ไม่ได้ขาดมิติ 2 อย่างเดียว ขาดมิติ 3
# ด้วย", "ไม่ได้ขาดแค่มิติ 2".
_SOLE_LACK_RE = re.compile(r"แค่|เพียง")
_SOLE_AFTER_RE = re.compile(r"\s*(?:อย่างเดียว|เท่านั้น)")
# "มิติที่สาม": a dimension by its number in words.
_WORD_NUMBERS = {"หนึ่ง": "1", "สอง": "2", "สาม": "3"}


def dimension_statement(matches: Iterable[re.Match[str]]) -> DimensionStatement:
    """The statement made by the :data:`DIMENSION_RE` matches of one message, in order."""
    covered: list[int] = []
    missing: list[int] = []
    lacking: list[int] = []
    having: list[int] = []
    every = False
    matches = list(matches)
    for match in matches:
        if match["instead"]:  # the no before it denies the first list only
            covered += _numbers(match["new"])
            continue
        if _SAID_NOT_RE.search(match.string, 0, match.start()):
            continue  # "ไม่ใช่ครบ 3 มิติ", "ไม่ใช่แค่มิติ 1": what the plan is not, said again
        if len(matches) > 1 and _SAID_WRONG_RE.match(match.string, match.end()):
            continue  # "ที่แจ้งไปว่าครบ 3 มิติ ผิดครับ มีแค่มิติ 1 กับ 2": the slip, then the truth
        if match["every"]:
            # "ยังไม่ครบ 3 มิติ": every dimension said not to be there states none of them.
            every = every or not _NOT_BEFORE_RE.search(match.string, 0, match.start())
        elif (
            match["missing"]
            and _LACK_DENIED_RE.search(match.string, 0, match.start())
            and not _SOLE_LACK_RE.search(match["missing"])
            and not _SOLE_AFTER_RE.match(match.string, match.end())
        ):
            continue  # "ไม่ได้ขาดมิติ 2": the dimension is there
        elif match["missing"] or match["pending"]:
            missing += _numbers(match["missing"] or match["pending"])
        elif match["listed"] or match["only"]:
            covered += _numbers(match["listed"] or match["only"])
        elif match["lacking"]:
            lacking += _numbers(match["lacking"])
        elif match["having"]:
            having += _numbers(match["having"])
    if every or covered or missing:  # "ขาด 3" alone says nothing of dimensions
        missing += lacking
        covered += [n for n in having if n not in missing]
    return DimensionStatement(tuple(dict.fromkeys(covered)), tuple(dict.fromkeys(missing)), every)


def unknown_dimensions(statement: DimensionStatement, indicator: Indicator) -> list[int]:
    """The numbers in ``statement`` that are none of the indicator's dimensions, in order."""
    known = {d.number for d in indicator.dimensions}
    return sorted({*statement.dimensions, *statement.missing} - known)


def resolve_dimensions(statement: DimensionStatement, indicator: Indicator) -> frozenset[int]:
    """The dimension numbers of ``indicator`` the plan covers, as ``statement`` says."""
    every = frozenset(d.number for d in indicator.dimensions)
    base = every if statement.every or statement.missing else frozenset()
    return (base | frozenset(statement.dimensions)) - frozenset(statement.missing)
