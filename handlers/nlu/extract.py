"""Numbers, dates, codes, months and dimensions read from a normalised message before segmenting."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Decimal
from operator import attrgetter

from handlers.nlu.dimensions import DIMENSION_RE, DimensionStatement, dimension_statement
from handlers.nlu.frozen import built_from
from handlers.nlu.guards import Guarded, lead, skipping
from handlers.nlu.year_words import years_back, years_back_named
from kpi_core.fiscal_calendar import fiscal_year
from kpi_core.thai_dates import (
    ABBR_MONTHS,
    FULL_MONTHS,
    ThaiDateError,
    ThaiDateMatch,
    find_thai_dates,
    parse_thai_date,
)
from kpi_core.thai_numbers import THAI_DIGITS, arabic_digits

# Placeholders are upper case: the normalised text is lower case, so no user word equals one.
NUM, DATE, KPI, STEP, MONTH, DIM = "NUM", "DATE", "KPI", "STEP", "MONTH", "DIM"
LINK = "LINK"  # appended to the masked text when the message held links (cut before normalising)
YEAR = "YEAR"
PLACEHOLDERS = frozenset({NUM, DATE, KPI, STEP, MONTH, DIM, LINK, YEAR})

# Days people name instead of a date, in days from today ("พรุ่งนี้ส่งยังทันไหม" asks of
# tomorrow); written dates are read by kpi_core.thai_dates.
DAYS_FROM_TODAY = {
    "เมื่อวานซืน": -2, "วานซืน": -2, "เมื่อวานนี้": -1, "เมื่อวาน": -1, "วันนี้": 0, "เมื่อเช้า": 0, "เช้านี้": 0,
    "พรุ่งนี้": 1, "มะรืนนี้": 2, "มะรืน": 2, "ตอนนี้": 0, "เดี๋ยวนี้": 0,
}  # fmt: skip
DAYS_NAMED = "|".join(sorted(DAYS_FROM_TODAY, key=len, reverse=True))
_DAYS_NAMED_RE = re.compile(DAYS_NAMED)
# The extraction takes as dates only the days a thing is told done on (today and before): days
# ahead and "now" ("ตอนนี้สถานะเป็นไง") stay words, read as a day when asked (``day_named``).
_NOW = ("ตอนนี้", "เดี๋ยวนี้")
_DAYS_TOLD_RE = re.compile(
    "|".join(w for w in DAYS_NAMED.split("|") if DAYS_FROM_TODAY[w] <= 0 and w not in _NOW)
)

# Just now ("ส่งแผนไปเมื่อกี้", "ส่งรายชื่อเมื่อสักครู่"): today, when it tells when something was
# sent. Opening the message, after "อัน"/"ที่" (the last record: "ลบอันเมื่อกี้"), or with a
# slip taken back ("เมื่อกี้พิมพ์ผิด") it is no day.
_JUST_NOW_RE = skipping(
    re.compile(
        r"(?<=\S)(?<!อัน)(?<!อัน )(?<!ที่)(?<!ที่ )\s?"
        r"(?:เมื่อกี้|เมื่อกี๊|เมื่อตะกี้|เมื่อสักครู่|เมื่อครู่)(?:\s?นี้)?"
    )
)
_TAKEN_BACK_RE = re.compile("ผิด|ลบ|ถอน|ย้อน|แก้|ยกเลิก|เอาออก|ไม่เอา|ที่ถูก")
# What was told just now, before it ("ที่แจ้งส่งแผนเมื่อกี้", "ที่บอกไปเมื่อกี้"): the message
# before, not the day a thing was done.
_TOLD_JUST_NOW_RE = re.compile(r"ที่\s?(?:แจ้ง|บอก|พิมพ์|รายงาน)")


# A part of a day gone by that a sending is told on ("ส่งแผนเมื่อคืนครับ", "อัปขึ้นไดรฟ์เมื่อ
# บ่าย", "ส่งแผนแล้วบ่ายนี้"): last night is yesterday, this afternoon or evening today. "บ่ายนี้"
# and "เย็นนี้" are as often ahead ("เดี๋ยวบ่ายนี้ส่ง"): gone by only right after a "แล้ว".
_PART_OF_DAY_RE = skipping(
    re.compile(
        r"(?P<night>เมื่อ\s?(?:ตอน\s?)?(?:คืน|กลางคืน)(?:\s?นี้)?)"
        r"|เมื่อ\s?(?:ตอน\s?)?(?:บ่าย|เย็น|ตอนเที่ยง|เที่ยง)(?:\s?นี้)?|(?<=แล้ว)\s?(?:บ่ายนี้|เย็นนี้)"
    )
)
_SENT_RE = re.compile("ส่ง|อัป|อัพ|แนบ|ยื่น|กรอก")
# A sending told done and closed before the part of the day ("ส่งแผนแล้วนะคะ เมื่อคืน…").
_NEW_CLAUSE_RE = re.compile(r"(?:แล้ว|เรียบร้อย)(?:\s?(?:นะ|ครับ|ค่ะ|คะ|คับ|จ้า))*\s$")
_PARTICLES_LEFT_RE = re.compile(r"(?:\s?(?:นะ|ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ|ครับผม))*[\s!.~]*$")


def content_after(text: str, end: int) -> bool:
    """Whether words other than particles follow ``end`` in ``text``."""
    return _PARTICLES_LEFT_RE.match(text, end) is None


def day_named(text: str, today: date) -> date | None:
    """The first day named from today in ``text`` ("พรุ่งนี้", "ตอนนี้"), if any."""
    match = _DAYS_NAMED_RE.search(text)
    return today + timedelta(days=DAYS_FROM_TODAY[match.group(0)]) if match else None


# A day and month with a slash and no year ("ส่งไปเมื่อ14/1", "submitted on 16/1"): a date only
# after a word of when, as "6/7" alone may be a count ("เข้าร่วม 6/7 ครั้ง").
_DAY_MONTH_RE = re.compile(
    r"(?:เมื่อ(?:วันที่)?|วันที่|ตั้งแต่(?:วันที่)?|ณ\s*วันที่|(?<![a-z])(?:on|date))\s*"
    r"(?P<day>[0-3]?\d)/(?P<month>1[0-2]|0?[1-9])(?![\d/.])"
)
# "ส่งแผนแล้ว 14/1 ทางอีเมล": a day and month right after the word of a thing done is its
# date, unless the message counts something ("เข้าร่วมแล้ว 6/7 ครั้ง").
# It may also close the message after the particle or the channel ("ส่งแล้วครับ 22/9",
# "ครบแล้วทางไดรฟ์ 24/9 ครับ"), and follow the English word ("step 1 done 27/11") or a done word
# with no แล้ว ("ขั้น 1 เสร็จ 28/11", "เรียบร้อย 3/1").
_DONE_DAY_MONTH_RE = re.compile(
    r"(?:แล้ว|ไป|เสร็จ|เรียบร้อย|(?<![a-z])(?:done|sent|submitted|finished|completed))(?:\s*|[^\d/]{0,30}?\s(?=[0-3]?\d/(?:1[0-2]|0?[1-9])\s*"
    r"(?:ครับ|ค่ะ|คะ|นะ|จ้า|ค่า|น้า|จ้ะ|\s)*$))"
    r"(?P<day>[0-3]?\d)/(?P<month>1[0-2]|0?[1-9])(?![\d/.])"
)
# "ศทสส่งแผน๑๔ไม่ใช่๑๐นะ", "ส่งรายชื่อทีม 7 ไม่ใช่ 8": a day number after the thing sent, said
# instead of another, is the day it was sent (the nearest such day up to today); a form's
# number ("ส่งแบบฟอร์ม 2 ไม่ใช่ 3") is none.
_DAY_NOT_DAY_RE = re.compile(
    r"(?:ส่ง|อัป|อัพ|ยื่น|แนบ)\s?(?:(?:แผน|รายชื่อ|รายงาน)[^\s\d]*)?\s?(?:วันที่\s?)?"
    r"(?P<day>[1-3]?\d)(?![\d.,/%])\s?(?:นะ\s?)?(?:คะ|ค่ะ|ครับ)?\s?ไม่ใช่\s?(?:วันที่\s?)?"
    r"[1-3]?\d(?![\d.,/%])"
)
_COUNTED_RE = re.compile("บรรลุ|เข้าร่วม|ประชุม|ครั้ง|ตัวชี้วัด|รายการ|คน|จากทั้งหมด")
# What a count over its total is told with ("6/7 ครั้ง"): never a day.
_COUNT_MEASURE_AFTER_RE = re.compile(r"\s?(?:ครั้ง|คน|ตัว|รายการ|ข้อ|หน่วย|กอง)")


def _over_its_total(text: str, match: re.Match[str]) -> bool:
    """Whether a day and month in a message that counts ("เข้าร่วมแล้ว 15/1") can be no count
    (met of its total): the first exceeds the second and no measure of a count follows."""
    over = int(match["day"]) > int(match["month"])
    return over and not _COUNT_MEASURE_AFTER_RE.match(text, match.end())


# "วันศุกร์ที่แล้ว", "เมื่อวันจันทร์ที่ผ่านมา": the last such weekday before today.
_WEEKDAYS = {
    "จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5,
    "อาทิตย์": 6,
}  # fmt: skip
_LAST_WEEKDAY_RE = re.compile(
    rf"วัน\s?(?P<day>{'|'.join(sorted(_WEEKDAYS, key=len, reverse=True))})\s?"
    r"(?:ที่แล้ว|ที่ผ่านมา|ก่อน)"
)
# "ส่งแผนไปเมื่อศุกร์ที่แล้ว", "ส่งไปพุธที่ผ่านมา": the weekday without วัน after a word of when
# (never อาทิตย์, "อาทิตย์ที่แล้ว" is last week).
_WORKDAYS = "|".join(sorted(set(_WEEKDAYS) - {"อาทิตย์"}, key=len, reverse=True))
_BARE_LAST_WEEKDAY_RE = skipping(
    re.compile(
        rf"(?:(?<=เมื่อ)|(?<=ไป)|(?<=ไป )|(?<=ตั้งแต่)|(?<=ตั้งแต่ ))(?P<day>{_WORKDAYS})"
        r"\s?(?:ที่แล้ว|ที่ผ่านมา)"
    )
)
# "เมื่อวันศุกร์ที่ ๑๐", "วันจันทร์ที่ 13" (no month): the day of that number, nearest today,
# that falls on that weekday (a month named after it is read with it as a written date).
_NUMBERED_WEEKDAY_RE = re.compile(
    rf"วัน\s?(?P<day>{'|'.join(sorted(_WEEKDAYS, key=len, reverse=True))})\s?ที่\s?"
    r"(?P<number>[0-3]?\d)(?![\d.,/%])"
)
# "ส่งแผนลงไดรฟ์วันจันทร์", "…เรียบร้อยแล้ว ส่งไปวันจันทร์": a weekday alone, read as the last
# such day (today included) by a report of a thing done only (``last_weekday``); never one to
# come or every week.
_BARE_WEEKDAY_RE = re.compile(
    # "ส่งไปวันจันทร์": sent on it ("เลื่อนไปวันจันทร์" is put off to it).
    r"(?:(?<=ส่งไป)|(?<=ส่งไป )|(?<!ไป)(?<!ไป ))"
    r"(?<!เป็น)(?<!เป็น )(?<!ถึง)(?<!ทุก)(?<!ภายใน)(?<!ภายใน )(?<!สวัสดี)"
    rf"วัน\s?(?P<day>{'|'.join(sorted(_WEEKDAYS, key=len, reverse=True))})"
    r"(?!\s?(?:หน้า|นี้|ที่|ก่อน))"
)

# "กจ.ส่งแผนไปวันศุกร์": the thing sent between the verb and "ไป" (a day put off to,
# "เลื่อนส่งแผนไปวันศุกร์", is none).
_SENT_OFF_ON_RE = re.compile(
    r"(?<!เลื่อน)(?<!เลื่อน )(?<!ขยาย)(?<!ขอ)ส่ง(?:(?!ไป|\s)\S){1,24}ไป\s?"
    rf"วัน\s?(?P<day>{'|'.join(sorted(_WEEKDAYS, key=len, reverse=True))})"
    r"(?!\s?(?:หน้า|นี้|ที่|ก่อน))"
)

# "เมื่อ 3 วันก่อน", "5 วันที่แล้ว", "สองวันที่ผ่านมา": the day so many days before today, a
# date (the number is no value). Before a deadline ("3 วันก่อนครบกำหนด", "1 วันก่อนหมดเขต") the
# days are a reminder's ("ครบทั้ง 3 มิติ" after them is what was sent complete), and a week's or
# a month's span ("2 สัปดาห์ก่อน") no day told.
_DAYS_BACK_NUMBERS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7}
_DAYS_BACK = (
    r"(?<![\d.,/])(?P<days>[1-9]\d?|"
    + "|".join(_DAYS_BACK_NUMBERS)
    + r")\s?วัน\s?(?:ที่แล้ว|ที่ผ่านมา|ก่อน(?!\s?(?:ครบ(?!\s?(?:ทั้ง|ทุก|\d|มิติ|แล้ว|ถ้วน))"
    r"|หมด|ถึง|กำหนด|เดด|dead|ส่ง|วัน|เวลา|เตือน|จะ)))"
)
_DAYS_BACK_RE = skipping(re.compile(rf"(?:เมื่อ\s?)?{_DAYS_BACK}"))
# Where a reminder is set or put off ("เตือน 3 วันก่อน", "เลื่อนเตือน 2 วัน"), days are its
# own: only "เมื่อ…" tells a day back there.
_SINCE_DAYS_BACK_RE = re.compile(rf"เมื่อ\s?{_DAYS_BACK}")


# "เดี๋ยวจะเพิ่มให้ทันก่อน 31", "จะเติมให้ภายใน 25 นี้": a day of the month alone after a word of
# by when, closing the clause, is a day to come (a deadline), never a figure; a measure after
# it ("ก่อน 3 วัน", "ภายใน 30 วัน", "ก่อน 5 โมง") makes it none.
_BY_DAY_RE = re.compile(
    r"(?:ก่อน|ภายใน)\s?(?:วันที่\s?)?(?P<day>3[01]|[12]\d|0?[1-9])(?![\d.,/%:])"
    r"(?=\s?(?:นี้|นะ|คะ|ค่ะ|ครับ|คับ|จ้า|ค่า|น้า)*(?:\s*$|\s(?![\d.]|(?:วัน|โมง|ชั่วโมง|ชม|นาที"
    r"|คน|ครั้ง|กอง|หน่วย|ตัว|ข้อ|ชุด|รายการ|เปอร์|ล้าน|บาท|มิติ|ขั้น|ระดับ|คะแนน|ม\.|ก\.|มี\.|เม\.|พ\.|มิ\.|ส\.|ต\.|ธ\.))))"
)


def _day_from(today: date, number: int) -> date | None:
    """The day ``number`` of this month, or of the month after once it is past today."""
    for ahead in range(3):  # a month without that day (the 31st) goes one further on
        month = (today.month - 1 + ahead) % 12 + 1
        year = today.year + (today.month - 1 + ahead) // 12
        try:
            day = date(year, month, number)
        except ValueError:
            continue
        if day >= today:
            return day
    return None


def last_weekday(text: str, today: date) -> tuple[date, str] | None:
    """The last day on or before ``today`` of the first weekday named alone in ``text``
    ("…ผ่าน drive วันจันทร์"), with the words that named it; None if none is."""
    match = _BARE_WEEKDAY_RE.search(text) or _SENT_OFF_ON_RE.search(text)
    if match is None:
        return None
    back = (today.weekday() - _WEEKDAYS[match["day"]]) % 7
    return today - timedelta(days=back), match.group(0)


def _day_up_to(today: date, number: int) -> date | None:
    """The day ``number`` of this month, or of the month before once it is past today."""
    for back in range(3):  # a month without that day (the 31st) goes one further back
        month = (today.month - 1 - back) % 12 + 1
        year = today.year + (today.month - 1 - back) // 12
        try:
            day = date(year, month, number)
        except ValueError:
            continue
        if day <= today:
            return day
    return None


def _numbered_weekday(today: date, weekday: int, number: int) -> date | None:
    """The day ``number`` of a month, nearest ``today``, that falls on ``weekday``; else the
    nearest day of that number."""
    days = []
    for months in range(-12, 13):
        month = (today.month - 1 + months) % 12 + 1
        year = today.year + (today.month - 1 + months) // 12
        try:
            days.append(date(year, month, number))
        except ValueError:
            continue
    if not days:
        return None
    fitting = [d for d in days if d.weekday() == weekday] or days
    return min(fitting, key=lambda d: (abs((d - today).days), d > today))


# "ส่งเมื่อวันจันทร์": a weekday after "เมื่อ" is past, the last such weekday before today too.
_SINCE_WEEKDAY_RE = re.compile(
    rf"(?<=เมื่อ)\s?วัน\s?(?P<day>{'|'.join(sorted(_WEEKDAYS, key=len, reverse=True))})"
    r"(?!\s?(?:หน้า|นี้))"
)
# The patterns claimed in a text with digits are searched only in one holding their words
# (Guarded: "ตัว", "ตชว" or "kpi"; "ขั้น" or "step"; "ปี"), as most of them hold none.
_KPI_RE = Guarded(
    lead(
        re.compile(
            # "ตัว" alone before a number names one too ("ตัว 5-8 ส่งผลครบหรือยัง"), not after a
            # count ("8 จาก 9 ตัว 5 ตัวผ่าน" has the number before it).
            # "indicator 7 result?": the English word names one by its number as kpi does.
            r"(?:ตัวชี้วัด|ตชว\.?|kpi|(?<![a-z])indicators?|ตัว\s?ที่|(?<![\d\s])\s?ตัว(?=\s*\d)|^ตัว(?=\s*\d)"
            # An indicator's name, then its number ("ตัวชี้วัดจริยธรรมที่ 5"): the number names it;
            # one digit, never a value said "at" ("…อยู่ที่ 52.3", "…ได้ที่ 4"), nor an item of the
            # plan ("ตัวชี้วัดตามแผนที่ 3", "ตัวชี้วัดตามแผนข้อที่ 2": step 5's).
            r"|ตัวชี้วัด(?![\u0e01-\u0e4e]*แผน)[\u0e01-\u0e4e]{2,30}?(?<!อยู่)(?<!ได้)(?<!คือ)(?<!ข้อ)(?<!ตัว)"
            r"\s?(?=ที่\s*\d(?![\d.,]))"
            # Two alike told apart by their number ("ตัวชี้วัดจริยธรรมมีสองอันซ้ำกัน อันที่ 5
            # ได้คะแนนเท่าไหร่"): "อันที่" after the indicator's word numbers one as "ตัวที่" does.
            r"|ตัวชี้วัด[^\d]{2,40}?\s?อัน(?=ที่\s*\d(?![\d.,])))"
            # "ลำดับ" (its place in the list) numbers one as "ที่" and "ข้อ" do.
            r"\s*(?:(?:ลำดับ|ข้อ)\s*(?:ที่)?|ที่|no\.?|#)?\s*(?P<code>\d{1,3}(?:\.\d{1,2})*)"
            # "ตัวชี้วัด 50%" is a value; "ตัวชี้วัด 1 ร้อยละ 38.5" a code, then the value in ร้อยละ.
            r"(?![\d.]|\s*(?:%|เปอร์|ร้อยละ(?!\s*\d)))"
        )
    )
)
# Codes joined to the first ("ตัวชี้วัดที่ 2 กับ 4", "kpi 1 และ 3", "ตัวชี้วัด 1, 2 และ 3"): other
# indicators asked the same, read only when no number follows them (else the last may be a
# value). After a comma a code has two digits at most ("1,650" is one number).
# "ตัวชี้วัดที่ 2 และตัวชี้วัดที่ 3": the word and its ที่ may be typed again before each code.
_NEXT_CODE = r"\s*(?:(?:ตัวชี้วัด|kpi|ตัว)\s*(?:ที่)?|ที่)?\s*"
_MORE_CODES_RE = re.compile(
    rf"(?:\s*(?:(?:กับ|และ|&){_NEXT_CODE}\d{{1,3}}|,\s*(?:และ|กับ)?{_NEXT_CODE}\d{{1,2}})"
    r"(?:\.\d{1,2})*(?![\d.]))+(?=\D*$)"
)
# Codes listed with spaces alone ("ตัวชี้วัด 2 3 4"): three at least, whole numbers, as one
# number after a code is its value ("kpi4 83.3", "ตัวชี้วัด 8 3").
# Codes named by the item word, the word typed again ("ตชว.ข้อ 2 กับข้อ 4"), as "ที่" is.
_MORE_ITEM_CODES_RE = re.compile(r"(?:\s*(?:กับ|และ|&|,)\s*ข้อ\s*(?:ที่)?\s*\d{1,2}(?![\d.]))+(?=\D*$)")
_SPACED_CODES_RE = re.compile(r"(?:\s+\d{1,2}(?![\d.,%])){2,}(?=\D*$)")
# Codes each told with its own "ที่" after the first's ("ตัวชี้วัดที่ 2 ที่ 3 ที่ 4"), with no
# measure after the last and no number further on.
_MORE_THI_CODES_RE = re.compile(
    r"(?:\s*ที่\s*\d{1,2}(?![\d.,%]))+(?=\D*$)"
    r"(?!\s*(?:คะแนน|เปอร์|ร้อยละ|ชุด|ครั้ง|ล้าน|บาท|คน|ราย|แห่ง|หมู่บ้าน|อำเภอ|ตัว|point|%))"
)
# Two codes after "ตัวที่"/"ตัว" ("ตัวที่ 6 7 ได้เท่าไหร่บ้าง"): the next one up, with no
# measure after it (a value would have one: "ตัวที่ 2 3 คะแนน").
_NEXT_SPACED_CODE_RE = re.compile(
    r"\s+(?P<next>\d{1,2})(?![\d.,%])(?=\D*$)"
    r"(?!\s*(?:คะแนน|เปอร์|ร้อยละ|ชุด|ครั้ง|ล้าน|บาท|คน|ราย|แห่ง|หมู่บ้าน|ตัว|point|%))"
)
# A range of codes ("ตัวชี้วัด 1 ถึง 4", "1-4", "ตัวที่ 2 ถึงตัวที่ 5"): every code from the first
# to the last, when no number follows and the range is short enough to be a list of indicators.
_CODE_RANGE_RE = re.compile(rf"\s*(?:ถึง|-|–|~){_NEXT_CODE}(?P<last>\d{{1,2}})(?![\d.])(?=\D*$)")
_LONGEST_RANGE = 11
_CODE_RE = re.compile(r"\d{1,3}(?:\.\d{1,2})*")
# "ขั้นตอนที5": ที่ typed without its tone mark still numbers the step.
_STEP_RE = Guarded(re.compile(r"(?:ขั้นตอน|ขั้น|step)\s*(?:ที่?)?\s*(?P<step>\d{1,2})(?![\d.])"))
# The steps told with the first ("ขั้นตอนที่ 4 กับ 5", "3,4", "4 และขั้นตอนที่ 5", "step 4, 5"),
# or the last of a range ("1-3", "2 ถึง 3"): never a number that counts or measures something.
_STEP_WORD_AGAIN = r"(?:(?:ขั้นตอน|ขั้น|step)\s?(?:ที่?)?\s?)?"
# A number counting something, or a day's or an hour's ("ขั้นตอนที่ 3 - 10 ม.ค.", "…2 - 9 โมงเช้า",
# "…2 กับ 15 ท่าน"), is no further step.
_NOT_A_STEP_AFTER = (
    r"(?![\d.%/:])(?!\s?(?:%|ครั้ง|คน|ตัว|ข้อ|ราย|วัน|เดือน|ปี|มิติ|หมวด|ฉบับ|ไฟล์|ชุด|ท่าน|โครงการ"
    r"|แห่ง|หน่วย|กอง|โมง|ทุ่ม|นาฬิกา|น\.|ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย"
    r"|ธ\.ค|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา))"
)
_JOINED_STEP_RE = re.compile(
    rf"\s?(?:,|&|\+|กับ|และ|and)\s?{_STEP_WORD_AGAIN}(?P<number>\d{{1,2}}){_NOT_A_STEP_AFTER}"
)
_STEP_RANGE_RE = re.compile(
    rf"\s?(?:-|–|ถึง|to)\s?{_STEP_WORD_AGAIN}(?P<number>\d{{1,2}}){_NOT_A_STEP_AFTER}"
)
_LONGEST_STEP_RANGE = 9
_MOST_STEPS = 20
# A step numbered in words: "ขั้นตอนที่สาม", "ขั้นที่สอง", "ขั้นตอนแรก".
_STEP_NUMBERS = {
    "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9,
    "สิบ": 10, "แรก": 1,
}  # fmt: skip
_STEP_WORD_RE = re.compile(
    rf"(?:ขั้นตอน|ขั้น)\s*(?:ที่\s*(?P<word>{'|'.join(_STEP_NUMBERS).replace('ห้า', 'ห้า(?!ม)')})"
    r"|(?P<first>แรก)|(?P<last>สุดท้าย))"
    r"(?![\u0e31-\u0e3a\u0e47-\u0e4e])"
)
# The first steps counted: "5 ขั้นตอนแรก", "สามขั้นแรก" are steps 1 to 5, 1 to 3 (as
# "ขั้นตอนที่ 1-5"); the count is no value, nor is its "แรก" step 1 alone.
# (A number of the word before is none: "รอบที่ 2 ขั้นตอนแรก", "ฟอร์ม 2 ขั้นตอนแรก".)
_NUMBERED_BEFORE = "ที่|รอบ|ครั้ง|ข้อ|ฟอร์ม|ไตรมาส|มิติ|ระดับ|ปี|เดือน|ฉบับ|ชุด|หมวด|ตัว"
_FIRST_STEPS_RE = re.compile(
    "".join(f"(?<!{w})(?<!{w} )" for w in _NUMBERED_BEFORE.split("|"))
    + rf"(?<![\d.,])(?P<count>[1-9]|{'|'.join(w for w in _STEP_NUMBERS if w != 'แรก')})\s*"
    r"(?P<steps>(?:ขั้นตอน|ขั้น)\s*แรก)(?![\u0e31-\u0e3a\u0e47-\u0e4e])"
)
# The step "ขั้นตอนสุดท้าย" names: the plan's last, which only its data knows.
LAST_STEP = "สุดท้าย"
# A year named ("ปี 2566", "ปีงบประมาณ 66", the base year "ปีฐาน 2566"): kept as a slot,
# never a value.
# "ทั้งปี 12,480 ราย": the first digits of a figure written with commas are no year, nor is a
# share ("เข้าร่วมกิจกรรมทั้งปี 92%").
_YEAR_RE = Guarded(
    re.compile(
        r"(?:ปีงบประมาณ|ปีงบ|ปีฐาน|ปี)\s*(?:พ\.ศ\.\s*)?(?P<year>25\d\d|\d\d)"
        r"(?![\d.]|,\d{3}|\s?(?:%|เปอร์เซ็น))"
    )
)
# A year typed bare right before "=" and its figure ("PMQA 66 = 392.4", "PMQA 2566 = 392.4"): the
# figure's year, as "ปี 66" is (never an indicator's or an item's number: "ตัวชี้วัด 5 = 80").
# (Led by its first digits: ``re`` enters a pattern opening with look-behinds at every
# position, twenty-one of them tried there; led, it passes over every position without a 2 or 6.)
_BARE_YEAR_RE = lead(
    re.compile(
        r"(?<![\d.])(?<!ตัวชี้วัด)(?<!ตัวชี้วัด )(?<!ตัวที่)(?<!ตัวที่ )(?<!ข้อ)(?<!ข้อ )(?<!ที่)(?<!ที่ )"
        r"(?<!kpi)(?<!kpi )(?<!ขั้นตอน)(?<!ขั้นตอน )(?<!\.)(?<!\.\s)(?<!คม)(?<!คม )(?<!ยน)(?<!ยน )"
        r"(?<!พันธ์)(?<!พันธ์ )(?P<year>256\d|6\d)(?=\s?[=:]\s?\d)"
    )
)
# "แผน 3 ปี 2568-2570": a span of years, then which ones (claimed before the years: no
# baseline's year, no value).
_SPAN_OF_YEARS_RE = Guarded(
    lead(re.compile(r"(?<![\d.])\d{1,2}\s*ปี\s*25[67]\d(?:\s*[-–]\s*(?:25)?[67]\d)?(?![\d.,])"))
)
# A count's slip owned ("นับซ้ำ", "นับขาด", "ลืมนับ"): what it counts is no value.
MISCOUNT = r"(?:ลืม\s?นับ|นับ\s?(?:ซ้ำ|ขาด|เกิน|ผิด|ตก|หล่น|พลาด))"
# Numbers that are part of a name or a reference stay in the text but are never values.
_NAMED_RE = Guarded(
    lead(
        re.compile(
            # "แบบฟอร์มหมายเลข 1 กับ 2", "ฟอร์ม 1, 2 และ 3": a list of forms, every number a name.
            r"(?:แบบฟอร์ม|ฟอร์ม|(?<![a-z])form)\s*(?:ที่|หมายเลข)?\s*\d"
            r"(?:\s*(?:,|กับ|และ|หรือ)\s*\d)+(?![\d.%])"
            # A numbered region of a body ("สำนักงบประมาณเขตที่ 7", "ภาคที่ 1"): its name.
            # A share right after the word ("ครบทุกครั้ง 100%") is a figure, no name.
            r"|(?:ข้อ|แบบฟอร์ม|ฟอร์ม|(?<![a-z])form|หมวด|มิติ|รอบ|กลุ่ม|ครั้ง|ระยะ|ชุดที่|เขต|ภาค)\s*(?:ที่|หมายเลข)?\s*\d+(?:\.\d+)?"
            r"(?!\d|\.\d|\s*(?:%|เปอร์))"
            # The plan's version after its name ("ขับเคลื่อน4.0", "ขับเคลื่อนราชการ 4.0"): no value.
            r"|(?:pmqa|(?:ระบบ\s*)?ราชการ|ขับเคลื่อน(?:\s*ราชการ)?|thailand|ประเทศไทย|gov(?:ernment)?\.?)\s*4\.0"
            r"|(?<![\d.])\d{1,2}\s*เดือน"  # a round ("รายงานผล 6 เดือน"), never a value
            r"|(?<![\d.])\d{1,2}\s*ปี(?!\s*(?:งบ|พ\.|\d))"  # a span ("แผน 3 ปี"), never a value
            r"|(?:ปีงบประมาณ|ปีงบ|ปี|พ\.ศ\.)\s*(?:พ\.ศ\.\s*)?\d{2,4}(?!\d|,\d{3}|\s?(?:%|เปอร์เซ็น))"
            # A year of these plans typed bare, or a span of them ("แผนปฏิบัติการ 2568", "แผน 3 ปี
            # 2568-2570"), with no measure word after it: never a value.
            # How many were miscounted ("นับซ้ำไป 1", "ลืมนับ 2 ชุด"): why a figure is corrected.
            rf"|{MISCOUNT}\s?(?:ไป|มา)?\s?(?:อีก\s?)?\d{{1,3}}(?![\d.,%])"
            # How many are lacking ("ขาดอีก 2 คน", "ขาดไป 1 ไฟล์"): a caveat, never a value.
            r"|ขาด\s?(?:อีก|ไป)?\s?\d{1,3}\s?(?=คน|ชื่อ|ราย|ไฟล์|ฉบับ|แผ่น)"
            # The links or folders sent, counted ("ส่งแล้ว 2 ลิงก์ https://…"): never a value.
            r"|(?<![\d.,])\d\s?(?:ลิงก์|ลิงค์|ลิ้งค์|ลิ้งก์|ลิ้ง|links?(?![a-z])|โฟลเดอร์|folders?(?![a-z]))"
            # The plan's year cut to two digits ("แผนปฏิบัติการ 68 ขึ้น drive แล้ว").
            r"|แผน(?:ปฏิบัติการ|ปฏิบัติราชการ|งาน)?\s*(?:ปี\s*)?[67]\d(?![\d.,%])"
            r"(?!\s*(?:ล้าน|บาท|คน|ราย|แห่ง|ตัน|ชุด|ครั้ง|คะแนน|เปอร์|ร้อยละ|ตัว|ข้อ|จาก|โครงการ|point))"
            r"|(?<![\d.,])25[67]\d(?:\s*[-–]\s*(?:25)?[67]\d)?(?![\d.,])"
            r"(?!\s*(?:ล้าน|บาท|คน|ราย|แห่ง|ตัน|ชุด|หมู่บ้าน|ครั้ง|คะแนน|%|เปอร์|ร้อยละ|โครงการ|point))"
        )
    )
)
_NUMBER_RE = lead(
    re.compile(
        r"(?P<pre>ร้อยละ\s*)?"
        r"(?P<sign>(?<![^\s=:(])[-+])?"
        r"(?<![a-z0-9.,])(?<![a-z0-9.,][-+])"
        r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?P<exponent>e[-+]?\d+(?![\d.]))?"  # "1e308" is one (absurd) number, never 1 and a word
        # Thai multipliers: "1.5 พันล้าน" is 1,500 in the ล้าน that stays the value's unit.
        r"(?P<times>\s*(?P<multiplier>พัน|หมื่น|แสน)(?![ธ\u0e31-\u0e4e])(?:\s*ล้าน)?)?"
        r"(?P<post>\s*(?:%|เปอร์เซ็นต์|เปอร์เซนต์|เปอร์เซ็น|เปอร์เซน|เปอเซ็น|percent))?"
    )
)
# Words that name no finite number, read as numbers so that the handler can refuse them.
_NON_FINITE_RE = re.compile(
    r"(?P<sign>(?<![^\s=:(])[-+])?(?<![a-z])(?P<word>nan|infinity|inf|∞)(?![a-z])"
)
_MAY_BE_NON_FINITE = re.compile("nan|inf|∞")
_DIGIT = re.compile(r"\d")


def _spoken(full: str) -> str:
    # กันยายน -> กันยา, กุมภาพันธ์ -> กุมภา: the short form people say aloud.
    return re.sub(r"(?:คม|ยน|พันธ์)$", "", full)


def _month_pattern() -> re.Pattern[str]:
    full = "|".join(FULL_MONTHS)
    after_month_word = "|".join(
        re.escape(name)
        for name in sorted(
            (*FULL_MONTHS, *map(_spoken, FULL_MONTHS), *ABBR_MONTHS), key=len, reverse=True
        )
    )
    # "เดือน ๒": a month by its number (the normalised text has Arabic digits).
    number = r"(?P<number>1[0-2]|0?[1-9])(?![\d.,])"
    # "ช่วงเมษาฯ", "ปลายกันยาฯ": the spoken form cut short with ฯ is a month on its own.
    cut = "|".join(re.escape(_spoken(name)) for name in FULL_MONTHS)
    # "กันยามีกี่อย่างต้องส่ง", "ช่วงมีนา…": the spoken form alone opening the message or
    # after a word of when; elsewhere it may be a name ("พี่มีนา") or begin a word ("ตุลาการ").
    spoken = "(?:^|" + "|".join(
        f"(?<={w})|(?<={w} )" for w in ("ช่วง", "ปลาย", "กลาง", "ภายใน", "ต้น", "สิ้น")
    )
    spoken += rf")(?P<spoken>{cut})(?!การ|คม|ยน|พันธ์)"
    # "ปลายพ.ย.", "ต้น ธ.ค.": a part of a month by its abbreviation names the month, no day
    # (alone, "พ.ย." may be a unit's short name).
    abbr = "|".join(re.escape(name) for name in sorted(ABBR_MONTHS, key=len, reverse=True))
    part = "|".join(f"(?<={w})|(?<={w} )" for w in ("ปลาย", "กลาง", "ต้น", "สิ้น"))
    spoken += rf"|(?:{part})(?P<part>{abbr})"
    # "มกรานี้", "กันยายนนี้": a month named as this year's, this month when it is today's.
    this = r"(?P<this>\s?นี้)?"
    abbr_this = "|".join(
        re.escape(name) for name in sorted(ABBR_MONTHS, key=len, reverse=True) if name != "ก.พ."
    )
    # "เดือนที่แล้ว": the month before today's (not "2 เดือนที่แล้ว", a span back); "เดือนถัดไป",
    # "เดือนต่อไป": the month after today's, glued (not "รอบ 6 เดือน ต่อไป…").
    return re.compile(
        rf"(?<!\d)(?<!\d\s)เดือน(?:\s*(?P<last>ที่แล้ว)|(?P<next>ถัดไป|ต่อไป))"
        # "เดือนนี" (its tone mark left out) is this month.
        rf"|เดือน\s*(?:(?P<rel>นี้|นี(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])|หน้า)|(?P<named>{after_month_word})(?P<named_this>\s?นี้)?|{number})"
        rf"|(?:(?P<bare>{full}|(?:{cut})ฯ)|{spoken}){this}"
        # "ม.ค. นี้": an abbreviation said as this year's names the month (ก.พ. is also an
        # office's short name, "ก.พ. นี้" is left as it is).
        rf"|(?<![ก-๙a-z.])(?P<abbr>{abbr_this})(?=\s?นี้)"
        # "ก.พ. 68 มีเดดไลน์อะไรบ้าง": an abbreviation with a year after it is the month (ก.พ.
        # too: the office's short name has no year).
        rf"|(?<![ก-๙a-z.])(?P<dated>{abbr})(?=\s?(?:25)?[67]\d(?![\d.,%]))"
        # "ก.ย. ต้องส่งอะไรอีกบ้าง": an abbreviation opening a question of what is due is the
        # month (not ก.พ., the office's short name).
        rf"|^(?P<opening>{abbr_this})(?=\s?(?:ต้องส่ง|ต้องรายงาน|มีอะไรต้อง|มีอะไรที่ต้อง|ส่งอะไร"
        rf"|มี\s?deadline|deadline|มีกำหนด|กำหนดส่ง|ครบกำหนด))"
    )


_MONTH_RE = Guarded(lead(_month_pattern()))  # a month named needs เดือน or a month's name


def may_name_a_month(text: str) -> bool:
    """False when ``text`` holds no word a month is named by: ``extract`` masks no ``MONTH``."""
    return _MONTH_RE.may_match(text)


_MONTH_NUMBER = {
    name: n
    for n, full in enumerate(FULL_MONTHS, start=1)
    for name in (full, _spoken(full), ABBR_MONTHS[n - 1])
}


@dataclass(frozen=True)
class Number:
    """A number typed in the message: its value, its text and where it stands."""

    value: Decimal
    raw: str
    start: int
    end: int
    percent: bool = False


@dataclass(frozen=True)
class Extraction:
    """What was read from the text before segmentation, and the text with it masked."""

    text: str
    masked: str
    dates: tuple[ThaiDateMatch, ...] = ()
    numbers: tuple[Number, ...] = ()
    indicator_code: str = ""
    more_codes: tuple[str, ...] = ()  # "ตัวชี้วัดที่ 2 กับ 4": the codes after the first
    step: str = ""
    # "ขั้นตอนที่ 4 กับ 5", "ขั้นตอนที่ 1-3": the steps told with the first, in order.
    more_steps: tuple[str, ...] = ()
    month: int | None = None
    this_month: bool = False
    dimensions: DimensionStatement = DimensionStatement()
    links: tuple[str, ...] = ()  # http(s) links, as typed
    refused_links: tuple[str, ...] = ()  # links of another scheme, or malformed
    year: int | None = None  # a Buddhist-era year named with ปี ("ปี 66" -> 2566)
    this_year: bool = False  # the year named is the fiscal year of today ("ปี 68" in FY2568)
    today: date | None = None  # the chat's day the text was read on


Span = tuple[int, int, str]
_NO_DIMENSIONS = DimensionStatement()  # what a message with no dimension phrase states
# An extraction's fields for a text that tells nothing: every field's default, in their order
# (``extract`` copies it and sets what it read; the blank text and day are always set).
_NOTHING_TOLD: dict[str, object] = {field.name: field.default for field in fields(Extraction)} | {
    "text": "",
    "masked": "",
    "dimensions": _NO_DIMENSIONS,
}


def _claim(
    pattern: re.Pattern[str], text: str, taken: list[Span], mark: str
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that overlap nothing taken, taken in turn as ``mark``."""
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        for s, e, _ in taken:
            if end > s and start < e:
                break
        else:
            found.append(match)
            # Taken at once: a later match of the same pattern never overlaps it (it starts at
            # its end or after, and an empty one is never inside it), so nothing else changes.
            taken.append((start, end, mark))
    return found


def _month(match: re.Match[str] | None, today: date) -> tuple[int | None, bool]:
    if match is None:
        return None, False
    if match["last"]:
        return (today.month - 2) % 12 + 1, False
    if match["next"]:
        return today.month % 12 + 1, False
    if match["rel"]:
        this_month = match["rel"] != "หน้า"
        return (today.month if this_month else today.month % 12 + 1), this_month
    if match["number"]:
        return int(match["number"]), False
    named = (
        match["named"]
        or match["bare"]
        or match["spoken"]
        or match["part"]
        or match["abbr"]
        or match["dated"]
        or match["opening"]
    )
    month = _MONTH_NUMBER[named.rstrip("ฯ")]
    this = match["this"] or match["named_this"] or match["abbr"]
    return month, bool(this) and month == today.month


_TIMES = {"พัน": 1000, "หมื่น": 10_000, "แสน": 100_000}


def _number(match: re.Match[str]) -> Number:
    value = Decimal(match["digits"].replace(",", "") + (match["exponent"] or ""))
    if match["times"]:
        value = (value * _TIMES[match["multiplier"]]).normalize()  # 1234.5, never 1234.5000
        value = value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value  # not 1.5E+3
    start, end = match.span()
    return built_from(
        Number,
        {
            "value": -value if match["sign"] == "-" else value,
            "raw": match.group(0).strip(),
            "start": start,
            "end": end,
            "percent": bool(
                match["pre"] or match["post"] or _PERCENT_AFTER_RE.match(match.string, end)
            ),
        },
    )


# "ขยะ 49.6 ร้อยละ": the measure word after the figure (not before another figure: "ตัวชี้วัด 1
# ร้อยละ 38.5" numbers the indicator) makes it a percentage; the raw figure stays the digits.
_PERCENT_AFTER_RE = re.compile(r"\s*ร้อยละ(?!\s*\d)")


def _non_finite(match: re.Match[str]) -> Number:
    value = Decimal("NaN") if match["word"] == "nan" else Decimal("Infinity")
    negative = match["sign"] == "-" and not value.is_nan()
    raw = match.group(0).strip()
    return Number(-value if negative else value, raw, match.start(), match.end())


def _mask(text: str, taken: list[Span]) -> str:
    if not taken:  # nothing claimed (most messages): only the spaces made single
        return " ".join(text.split())
    pieces, at = [], 0
    for start, end, mark in sorted(taken):
        pieces += [text[at:start], f" {mark} " if mark else text[start:end]]
        at = end
    return " ".join("".join([*pieces, text[at:]]).split())


# A number that counts an item ("ตัวชี้วัดตามแผนข้อที่ 1 กค. ไม่บรรลุ"): no day, though a
# month's abbreviation (a unit's short name too) follows it.
_ITEM_BEFORE_RE = skipping(
    re.compile(
        r"(?P<google>google\s?|กูเกิล\s?|ทาง\s?|ผ่าน\s?)?(?P<kind>ข้อ|ตัวชี้วัด|ตัว|ฟอร์ม|form|มิติ|หมวด|ขั้นตอน|ขั้น|step)\s*(?:ที่|หมายเลข)?\s*$"
    )
)


def _an_item(text: str, found: ThaiDateMatch) -> bool:
    """Whether a date found is an item's or a step's number and a unit's short name ("ข้อที่ 1
    กค.", "ขั้น 5 กค. ผ่าน"; no step is done on a day typed right after its word): a
    form's number is one digit, and "google form 2 ธ.ค.", "ทาง form 2 ธ.ค." are the channel,
    then the day."""
    item = _ITEM_BEFORE_RE.search(text[max(0, found.start - 20) : found.start])
    if item is None:
        return False
    if item["kind"] in ("ฟอร์ม", "form"):
        day = re.match(r"\d+", found.text.strip())
        return not item["google"] and day is not None and len(day.group(0)) == 1
    return True


_START = attrgetter("start")  # where a date found starts: the order they are told in


def _dates(text: str, today: date, digits: bool) -> list[ThaiDateMatch]:
    # The words most blocks below look for, each looked up once.
    day_word, since = "วัน" in text, "เมื่อ" in text
    dates: list[ThaiDateMatch] = []
    taken: list[Span] = []
    if digits:
        dates = find_thai_dates(text, today=today)
        if dates:
            dates = [d for d in dates if not _an_item(text, d)]
            taken = [(d.start, d.end, DATE) for d in dates]
        dates += _digit_dates(text, today, taken, day_word)
    if day_word or "ที่แล้ว" in text or "ที่ผ่านมา" in text:
        weekdays = _claim(_LAST_WEEKDAY_RE, text, taken, DATE)
        if since:
            weekdays += _claim(_SINCE_WEEKDAY_RE, text, taken, DATE)
        weekdays += _claim(_BARE_LAST_WEEKDAY_RE, text, taken, DATE)
        for match in weekdays:
            back = (today.weekday() - _WEEKDAYS[match["day"]] - 1) % 7 + 1
            day = today - timedelta(days=back)
            dates.append(ThaiDateMatch(None, day, match.start(), match.end(), match.group(0)))
    if since and "ส่ง" in text and not _TAKEN_BACK_RE.search(text):
        for match in _claim(_JUST_NOW_RE, text, taken, DATE):
            if _TOLD_JUST_NOW_RE.search(text, 0, match.start()):
                continue  # "ที่แจ้งส่งแผนเมื่อกี้ไม่ใช่กองคลัง": when it was told, no day of it
            dates.append(ThaiDateMatch(None, today, match.start(), match.end(), match.group(0)))
    if day_word and ("แล้ว" in text or "ผ่านมา" in text or "ก่อน" in text):
        told_back = _SINCE_DAYS_BACK_RE if "เตือน" in text else _DAYS_BACK_RE
        for match in _claim(told_back, text, taken, DATE):
            told = match["days"]
            back = int(told) if told.isdigit() else _DAYS_BACK_NUMBERS[told]
            day = today - timedelta(days=back)
            dates.append(ThaiDateMatch(None, day, match.start(), match.end(), match.group(0)))
    if digits and ("ก่อน" in text or "ภายใน" in text):
        for match in _claim(_BY_DAY_RE, text, taken, DATE):
            day = _day_from(today, int(match["day"]))
            if day is not None:
                start, end = match.span("day")
                dates.append(ThaiDateMatch(None, day, start, end, match["day"]))
    this = "นี้" in text
    if (since or this) and _SENT_RE.search(text):
        for match in _claim(_PART_OF_DAY_RE, text, taken, DATE):
            if _NEW_CLAUSE_RE.search(text, 0, match.start()) and content_after(text, match.end()):
                continue  # "ส่งแผนแล้วนะคะ เมื่อคืนเน็ตหลุด…": the night of another thing told
            day = today - timedelta(days=1) if match["night"] else today
            start = match.start() + len(match[0]) - len(match[0].lstrip())
            dates.append(ThaiDateMatch(None, day, start, match.end(), text[start : match.end()]))
    if since or this or "วานซืน" in text:  # in every word of _DAYS_TOLD_RE
        for match in _claim(_DAYS_TOLD_RE, text, taken, DATE):
            day = today + timedelta(days=DAYS_FROM_TODAY[match.group(0)])
            dates.append(ThaiDateMatch(None, day, match.start(), match.end(), match.group(0)))
    return sorted(dates, key=_START) if len(dates) > 1 else dates


def _digit_dates(text: str, today: date, taken: list[Span], day_word: bool) -> list[ThaiDateMatch]:
    """The dates of ``_dates`` that hold a digit, besides the written ones already taken,
    in the order they are read (each claimed in ``taken``)."""
    dates = _glued_dates(text, today, taken) if "." in text else []
    if "/" in text:
        for match in _claim_day_month(text, taken):
            day = _nearest(today, int(match["month"]), int(match["day"]))
            if day is not None:
                start, end = match.span("day")[0], match.end()
                dates.append(ThaiDateMatch(None, day, start, end, text[start:end]))
                taken.append((start, end, DATE))
        counted = _COUNTED_RE.search(text) is not None
        for match in _DONE_DAY_MONTH_RE.finditer(text):
            if counted and not _over_its_total(text, match):
                continue
            start, end = match.span("day")[0], match.end()
            day = _nearest(today, int(match["month"]), int(match["day"]))
            if day is not None and not any(end > s and start < e for s, e, _ in taken):
                dates.append(ThaiDateMatch(None, day, start, end, text[start:end]))
                taken.append((start, end, DATE))
    if "ไม่ใช่" in text:
        for match in _DAY_NOT_DAY_RE.finditer(text):
            start, end = match.start("day"), match.end()
            day = _day_up_to(today, int(match["day"]))
            if day is not None and not any(end > s and start < e for s, e, _ in taken):
                dates.append(ThaiDateMatch(None, day, start, end, text[start:end]))
                taken.append((start, end, DATE))
    if day_word:
        for match in _claim(_NUMBERED_WEEKDAY_RE, text, taken, DATE):
            day = _numbered_weekday(today, _WEEKDAYS[match["day"]], int(match["number"]))
            if day is not None:
                dates.append(ThaiDateMatch(None, day, match.start(), match.end(), match.group(0)))
    return dates


# "เมื่อ๒๙พย.ทางไลน์": a day glued to a month abbreviation glued to the next word, after a word
# of when (a month glued to a word is otherwise an agency's or a unit's short name: "2 กค.ไม่ผ่าน").
# So it is right after the thing sent, its abbreviation dotted ("ส่งแผน14ม.ค.ไม่ใช่15").
_GLUED_DATE_RE = skipping(
    re.compile(
        r"(?:เมื่อ(?:วันที่)?|วันที่|ตั้งแต่(?:วันที่)?)\s*"
        r"(?P<date>(?<![\d.])\d{1,2}[\u0e01-\u0e2e]\.?[\u0e01-\u0e2e]\.)(?=[\u0e01-\u0e4e])"
        r"|(?:ส่ง|อัป|อัพ|ยื่น)\s?(?:(?:แผน|รายชื่อ)[^\s\d]*)?\s?"
        r"(?P<sent>(?<![\d.])\d{1,2}\s?[\u0e01-\u0e2e]\.[\u0e01-\u0e2e]\.)(?=[\u0e01-\u0e4e])"
    )
)


def _glued_dates(text: str, today: date, taken: list[Span]) -> list[ThaiDateMatch]:
    found = []
    for match in _GLUED_DATE_RE.finditer(text):
        group = "date" if match["date"] else "sent"
        start, end = match.span(group)
        if any(end > s and start < e for s, e, _ in taken):
            continue
        try:
            day = parse_thai_date(match[group], today=today)
        except ThaiDateError:
            continue
        found.append(ThaiDateMatch(None, day, start, end, match[group]))
        taken.append((start, end, DATE))
    return found


def _claim_day_month(text: str, taken: list[Span]) -> list[re.Match[str]]:
    return [
        m
        for m in _DAY_MONTH_RE.finditer(text)
        if not any(m.end() > s and m.start("day") < e for s, e, _ in taken)
    ]


# A day and month typed bare ("ส่งแผน 30/1 ยังทันไหม"): a date only where a day is asked (it is
# otherwise as often a count, "6/7 ครั้ง").
_BARE_DAY_MONTH_RE = re.compile(r"(?<![\d/.])(?P<day>[0-3]?\d)/(?P<month>1[0-2]|0?[1-9])(?![\d/.])")


def bare_day_month(text: str, today: date) -> ThaiDateMatch | None:
    """The first day and month typed bare in ``text``, nearest ``today``, if any."""
    for match in _BARE_DAY_MONTH_RE.finditer(text):
        day = _nearest(today, int(match["month"]), int(match["day"]))
        if day is not None:
            return ThaiDateMatch(None, day, match.start(), match.end(), match.group(0))
    return None


def yearless(found: ThaiDateMatch) -> bool:
    """Whether a date was typed as a day and month only ("22/9", "16 ก.ย.", "๑๕ กันยายน")."""
    return _DAY_MONTH_ONLY_RE.fullmatch(found.text) is not None


_DAY_MONTH_ONLY_RE = re.compile(r"[0-9๐-๙]{1,2}\s?(?:/\s?[0-9๐-๙]{1,2}|[^\s0-9๐-๙/][^0-9๐-๙/]*)")


def _nearest(today: date, month: int, day: int) -> date | None:
    """The day of that month nearest ``today`` (the later one on a tie); None if none is."""
    found = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: (abs((d - today).days), d < today)) if found else None


def extract(
    text: str,
    *,
    today: date,
    links: tuple[str, ...] = (),
    refused: tuple[str, ...] = (),
) -> Extraction:
    """Read dates, numbers, an indicator code, a step number, a month and dimensions; the
    links already cut from the message are carried along (and marked ``LINK``)."""
    # Every date, number, code, step, year and named number holds a digit, every dimension
    # phrase the word มิติ: a text without them is not searched for them (most messages).
    digits = _DIGIT.search(text) is not None
    dates = _dates(text, today, digits)
    taken: list[Span] = [(d.start, d.end, DATE) for d in dates] if dates else []
    # The fields read, over those of a text that tells nothing (one copy: gathering a dozen
    # keyword arguments cost more than the rest of a plain message's extraction).
    told = _NOTHING_TOLD.copy()
    told["text"] = text
    codes = _claim(_KPI_RE, text, taken, KPI) if digits else ()
    if codes:
        more_span, more_codes = _more_codes(text, codes[0])
        if (
            more_span is None
            and len(codes) == 2
            and _TOLD_FROM_RE.fullmatch(text, codes[0].end(), codes[1].start())
        ):
            # "ตัวชี้วัดที่ 5 ต่างจากตัวที่ 4 ยังไง": the code it is told from is asked too.
            more_codes = (codes[1]["code"],)
        if more_span is not None:
            taken.append((*more_span, KPI))
        told["indicator_code"] = codes[0]["code"]
        told["more_codes"] = more_codes
    first_steps = _claim(_FIRST_STEPS_RE, text, taken, STEP) if "แรก" in text else ()
    for match in first_steps:  # the count stays a count ("NUM STEP ครบ"), no figure told
        taken.remove((*match.span(), STEP))
        taken += [(*match.span("count"), NUM), (*match.span("steps"), STEP)]
    numbered = _claim(_STEP_RE, text, taken, STEP) if digits else ()
    steps = [(m.start(), m["step"]) for m in numbered] if numbered else []
    more_steps = _more_steps(text, numbered[0], taken) if numbered else ()
    if first_steps and not numbered:
        count = first_steps[0]["count"]
        steps = [(first_steps[0].start(), "1")]
        more_steps = tuple(str(n) for n in range(2, int(_STEP_NUMBERS.get(count, count)) + 1))
    if "ขั้น" in text:
        found = _claim(_STEP_WORD_RE, text, taken, STEP)
        steps += [
            (m.start(), LAST_STEP if m["last"] else str(_STEP_NUMBERS[m["word"] or m["first"]]))
            for m in found
        ]
    if len(steps) > 1 and "หมายถึง" in text:
        # "ที่ว่าขั้น 3 เมื่อกี้ ผมหมายถึงขั้น 2": the step meant is the one after หมายถึง.
        meant = text.find("หมายถึง")
        steps = sorted(steps, key=lambda at: at[0] < meant)
        more_steps = ()
    if steps:
        told["step"] = steps[0][1]
    told["more_steps"] = more_steps
    # Before values: "มิติ 1 และ 3" and "ครบ 3 มิติ" hold numbers that are neither values nor steps.
    if "มิติ" in text and (stated := _claim(DIMENSION_RE, text, taken, DIM)):
        told["dimensions"] = dimension_statement(stated)
    # The month's pattern searched only where its guard finds a word it needs (the guard's own
    # test, then the pattern itself: not the guard twice).
    if _MONTH_RE.may_match(text) and (named := _claim(_MONTH_RE.pattern, text, taken, MONTH)):
        told["month"], told["this_month"] = _month(named[0], today)
    years: list[re.Match[str]] | tuple[()] = ()
    numbers: list[Number] | tuple[()] = ()
    if digits:
        _claim(_SPAN_OF_YEARS_RE, text, taken, "")
        years = _claim(_YEAR_RE, text, taken, YEAR)
        if not years and ("=" in text or ":" in text):
            years = _claim(_BARE_YEAR_RE, text, taken, YEAR)
        _claim(_NAMED_RE, text, taken, "")
        numbers = [_number(m) for m in _claim(_NUMBER_RE, text, taken, NUM)]
    # Every word of ``_NON_FINITE_RE`` holds an "n" or is "∞": two look-ups, not a search.
    if ("n" in text or "∞" in text) and _MAY_BE_NON_FINITE.search(text):
        numbers = [*numbers, *(_non_finite(m) for m in _claim(_NON_FINITE_RE, text, taken, NUM))]
        numbers.sort(key=lambda n: n.start)
    if numbers:
        told["numbers"] = tuple(numbers)
    if dates:
        told["dates"] = tuple(dates)
    # Nothing claimed (most messages): only the spaces made single.
    masked = _mask(text, taken) if taken else " ".join(text.split())
    told["masked"] = f"{masked} {LINK}" if links or refused else masked
    if len(years) > 1:  # "ไม่ใช่ปี 67 ครับ … ปี 2566": a year said not to be is none
        years = [m for m in years if not _YEAR_DENIED_RE.search(text, 0, m.start())] or years
    year = _be_year(years[0]["year"]) if years else None
    if year is None and digits and (back := years_back(text)) is not None:
        # "ปีที่แล้ว…ใช้เป็นค่าฐาน", "ปีก่อนโน้น": counted back from today's fiscal year.
        year = fiscal_year(today) - back
    if year is not None:
        told["year"] = year
        told["this_year"] = year == fiscal_year(today)
    told["links"] = links
    told["refused_links"] = refused
    told["today"] = today
    return built_from(Extraction, told)


def _more_steps(text: str, first: re.Match[str], taken: list[Span]) -> tuple[str, ...]:
    """The steps joined to the ``first`` step typed ("4 กับ 5", "3,4 และ 5") or ranged from it
    ("1-3": 2 and 3), in order; a number another reading took (a date, a code) is none."""
    numbers: list[int] = [int(first["step"])]
    at = first.end()
    while True:
        ranged = _STEP_RANGE_RE.match(text, at)
        joined = ranged or _JOINED_STEP_RE.match(text, at)
        if joined is None or _taken_by_another(joined.span("number"), taken):
            break
        number = int(joined["number"])
        if ranged is not None:
            if not numbers[-1] < number <= numbers[-1] + _LONGEST_STEP_RANGE:
                break
            numbers += range(numbers[-1] + 1, number + 1)
        elif 0 < number <= _MOST_STEPS and number not in numbers:
            numbers.append(number)
        else:
            break
        at = joined.end()
    return tuple(str(n) for n in numbers[1:])


def _taken_by_another(span: tuple[int, int], taken: list[Span]) -> bool:
    start, end = span
    return any(end > s and start < e and mark != STEP for s, e, mark in taken)


# This year named by words: "ปีนี้", "ปีงบนี้", "ปีงบประมาณปัจจุบัน".
THIS_YEAR_RE = re.compile(r"(?:ปีงบประมาณ|ปีงบ|ปี)\s?(?:นี้|ปัจจุบัน)")


_YEAR_DENIED_RE = re.compile(r"ไม่ใช่\s?(?:ปี\s?)?$")


def this_years_figure(extraction: Extraction) -> Number | None:
    """This year's figure, when the text tells one for this year and one for a past year
    ("ขยะปีกลาย 48.2 ปีนี้ 52.3", "ปี 68 52.3 ปี 67 48.2"): the first number after each year
    named is that year's; last year's figure is only context. None unless both are told."""
    numbers = extraction.numbers
    if len(numbers) < 2:
        return None
    text = extraction.text
    this = fiscal_year(extraction.today)
    named: list[tuple[int, int, bool]] = []  # where each year is named, and whether it is this
    named += [(m.start(), m.end(), True) for m in THIS_YEAR_RE.finditer(text)]
    for m in years_back_named(text):
        named.append((m.start(), m.end(), False))  # "ปีที่แล้ว", "ปีกลาย": a year back
    for m in _YEAR_RE.finditer(text):
        year = _be_year(m["year"])
        if year <= this and not m[0].startswith("ปีฐาน"):
            named.append((m.start(), m.end(), year == this))
    if not any(mark[2] for mark in named) or all(mark[2] for mark in named):
        return None
    told: dict[bool, list[Number]] = {True: [], False: []}
    for _, end, current in sorted(named):
        after = next((n for n in numbers if n.start >= end), None)
        if after is not None and not any(end <= other < after.start for other, _, _ in named):
            told[current].append(after)
    if not told[True] or not told[False]:
        return None
    return told[True][-1]


# Words between this year's name and its figure that aim at it, not report it: a target, a bar,
# a must, a wish, a plan ("ปีนี้ตั้งเป้า 55", "ปีนี้ต้องได้ 55", "ปีนี้จะส่ง 52.3").
_AIMED_RE = re.compile("เป้า|เกณฑ์|ต้อง|ควร|อยาก|จะ|ถ้า|หาก|คาด")


def aimed_at(extraction: Extraction, figure: Number) -> bool:
    """Whether this year's ``figure`` (``this_years_figure``) is aimed at, not reached: words
    of a target, a bar, a wish or a plan stand between this year's name and it."""
    marks = [m.end() for m in THIS_YEAR_RE.finditer(extraction.text) if m.end() <= figure.start]
    gap = extraction.text[marks[-1] : figure.start] if marks else ""
    return _AIMED_RE.search(gap) is not None


# What tells one code from the next ("5 ต่างจากตัวที่ 4", "ตัว 8 เทียบกับตัว 9").
_TOLD_FROM_RE = re.compile(r"\s?(?:ต่างจาก|แตกต่างจาก|เทียบกับ|เหมือนกับ|คล้ายกับ|คล้าย)\s?")


def _more_codes(text: str, first: re.Match[str]) -> tuple[tuple[int, int] | None, tuple[str, ...]]:
    """Where the codes typed after the first stand, and those codes ("2 กับ 4", "2 3 4", and
    "1 ถึง 4" written out: 2, 3, 4); (None, ()) when none follow it."""
    joined = _MORE_CODES_RE.match(text, first.end()) or _SPACED_CODES_RE.match(text, first.end())
    if joined is None and "ข้อ" in first[0]:
        joined = _MORE_ITEM_CODES_RE.match(text, first.end())
    if joined is None and "ที่" in first[0]:
        joined = _MORE_THI_CODES_RE.match(text, first.end())
    if joined is not None:
        return joined.span(), tuple(_CODE_RE.findall(joined[0]))
    pair = _NEXT_SPACED_CODE_RE.match(text, first.end())
    if (
        pair is not None
        and first[0].lstrip().startswith("ตัว")
        and not first[0].lstrip().startswith("ตัวชี้วัด")
        and first["code"].isdigit()
        and int(pair["next"]) == int(first["code"]) + 1
    ):
        return pair.span(), (pair["next"],)
    ranged = _CODE_RANGE_RE.match(text, first.end())
    if ranged is None or not first["code"].isdigit():
        return None, ()
    start, last = int(first["code"]), int(ranged["last"])
    if not start < last <= start + _LONGEST_RANGE:
        return None, ()
    return ranged.span(), tuple(str(code) for code in range(start + 1, last + 1))


def _be_year(digits: str) -> int:
    """``66`` -> 2566; a four-digit year is already Buddhist era."""
    return int(digits) if len(digits) == 4 else 2500 + int(digits)


def as_typed(raw: str, original: str) -> str:
    """``raw`` as it was typed in ``original`` (Thai digits, upper case), else ``raw``."""
    if _PLAIN_RE.fullmatch(original) and _PLAIN_RE.fullmatch(raw) and not _SPACED_RE.search(raw):
        # Where the pattern below would find it, without compiling one for each message: the
        # first place that reads ``raw`` once Thai digits are Arabic and letters lower case.
        at = arabic_digits(original).lower().find(raw.lower())
        return original[at : at + len(raw)] if at >= 0 else raw
    return as_typed_by_pattern(raw, original)


def as_typed_by_pattern(raw: str, original: str) -> str:
    """``as_typed`` by a pattern made for ``raw``: a Thai or Arabic digit for each digit, any
    spaces for a space, the case ignored."""
    parts = []
    at = 0
    while at < len(raw):
        char = raw[at]
        if word := next((w for w in _MULTIPLIERS_TYPED if raw.startswith(w, at)), ""):
            parts.append(_MULTIPLIERS_TYPED[word])  # "1.55 billion" was read "1.55 พันล้าน"
            at += len(word)
            continue
        if "0" <= char <= "9":
            parts.append(f"[{char}{THAI_DIGITS[int(char)]}]")
        else:
            parts.append(r"\s*" if char.isspace() else re.escape(char))
        at += 1
    found = re.search("".join(parts), original, re.IGNORECASE)
    return found.group(0) if found else raw


# A figure's Thai multiplier as it may have been typed in English (see english_words.txt).
_MULTIPLIERS_TYPED = {"พันล้าน": "(?:พันล้าน|billions?)"}

# Text of ASCII and Thai letters only: lower case and Thai digits change no length, and no
# other letter matches an ASCII one when case is ignored.
_PLAIN_RE = re.compile(r"[\x00-\x7f\u0e00-\u0e7f]*")
_SPACED_RE = re.compile(rf"[\s{THAI_DIGITS}]")
