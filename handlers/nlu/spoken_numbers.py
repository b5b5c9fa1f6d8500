"""A share said in words, as voice typing writes it ("แปดสิบห้าเปอร์เซ็นต์", "ร้อยละเก้าสิบ"),
written in digits so it reads as the figure typed would."""

from __future__ import annotations

import re

from handlers.nlu.guards import lead
from handlers.nlu.rare_letters import any_literal
from handlers.nlu.tokenize import pieces

_DIGITS = {
    "หนึ่ง": 1, "เอ็ด": 1, "สอง": 2, "ยี่": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7,
    "แปด": 8, "เก้า": 9, "ศูนย์": 0,
}  # fmt: skip
_DIGIT = "|".join(sorted(_DIGITS, key=len, reverse=True))
# Up to one hundred, with tenths said digit by digit after "จุด": "เจ็ดสิบแปดจุดห้า".
_WORDS = (
    rf"(?:(?P<hundred>หนึ่งร้อย|ร้อย(?!ละ))|(?P<tens>{_DIGIT})?สิบ(?P<ones>{_DIGIT})?"
    rf"|(?P<alone>{_DIGIT}))(?:จุด(?P<tenths>(?:{_DIGIT})+))?"
)
_PERCENT = r"\s?(?:เปอร์เซ็นต์|เปอร์เซ็น|%)"
_SHARE_RE = re.compile(
    rf"(?P<before>ร้อยละ\s?){_WORDS}|{_WORDS.replace('?P<', '?P<p_')}(?={_PERCENT})"
)
_DIGIT_RE = re.compile(_DIGIT)


def _number(match: re.Match[str], prefix: str) -> str:
    def said(name: str) -> str:
        return match[prefix + name] or ""

    if said("hundred"):
        whole = 100
    elif said("alone"):
        whole = _DIGITS[said("alone")]
    else:
        whole = 10 * _DIGITS.get(said("tens") or "หนึ่ง", 1) + _DIGITS.get(said("ones"), 0)
    tenths = "".join(str(_DIGITS[d]) for d in _DIGIT_RE.findall(said("tenths")))
    return f"{whole}.{tenths}" if tenths else str(whole)


def _share(match: re.Match[str]) -> str:
    if match["before"]:
        return f" ร้อยละ {_number(match, '')} "
    return f" {_number(match, 'p_')} "


# A number said in words, written in digits: "ห้าสิบสองจุดสาม" 52.3, "หนึ่งพันห้าร้อย" 1500,
# "สี่ร้อยสามสิบ" 430. Each word is kept from the letters of a longer word it begins
# ("สามารถ", "ห้าม", "เก้าอี้", "ยี่ห้อ", "ร้อยละ", "พันธกิจ") or of a rank ("สิบเอก", "พันโท").
_RANK = "เอก|โท|ตรี|ตำรวจ"
_NUMBER_WORDS = {
    "หนึ่ง": r"หนึ่ง(?!เดียว)", "สอง": "สอง", "สาม": "สาม(?!า)", "สี่": "สี่(?!แยก|เหลี่ยม)",
    "ห้า": "ห้า(?!ม)", "หก": "หก(?!ล้ม)", "เจ็ด": "เจ็ด", "แปด": "แปด(?!ริ้ว)",
    "เก้า": "เก้า(?!อี้)", "ศูนย์": "ศูนย์(?!กลาง|ราชการ|บริการ|ข้อมูล|เทคโนโลยี|ปฏิบัติ)",
    "ยี่": "ยี่(?=สิบ)", "เอ็ด": "เอ็ด(?!ตะโร)",
    "สิบ": f"สิบ(?!{_RANK})", "ร้อย": f"ร้อย(?!ละ|เรียง|กรอง|{_RANK})",
    "พัน": f"พัน(?![\u0e18\u0e17]|ปี|{_RANK})", "หมื่น": "หมื่น", "แสน": "แสน(?!ดี|สาหัส|สิริ)",
}  # fmt: skip
_PLACES = {"สิบ": 10, "ร้อย": 100, "พัน": 1000, "หมื่น": 10_000, "แสน": 100_000}
_NUMBER_WORD = "|".join(_NUMBER_WORDS.values())
_NUMBER_WORD_RE = re.compile(_NUMBER_WORD)
_ONE_DIGIT = "|".join(_NUMBER_WORDS[d] for d in _DIGITS if d not in ("ยี่", "เอ็ด"))
# A run of number words, tenths and hundredths said digit by digit after "จุด".
_RUN = rf"(?:{_NUMBER_WORD})+(?:\s?จุด\s?(?:{_ONE_DIGIT})+)?"
_RUN_RE = lead(re.compile(_RUN))
# What a lone digit counts, when said before it: "ห้าชุด", "สามแห่ง" (a lone digit word is
# written in digits only before one, or as a count of a count: "ห้าครั้งจากหกครั้ง").
_COUNTS = "ครั้ง|ชุด|คะแนน|แห่ง|หมู่บ้าน|รายการ|ตัวชี้วัด|ตัว|ล้าน|หน่วยงาน|หน่วย|กอง|คน"
# A count is a few words long ("หนึ่งพันสองร้อยสามสิบสี่" is seven): bounded, a long run of
# number words before a "จาก" that fails is not scanned again from each of its words.
_SHORT_RUN = rf"(?:{_NUMBER_WORD}){{1,9}}(?:\s?จุด\s?(?:{_ONE_DIGIT}){{1,4}})?"
_COUNT_OF_RE = re.compile(
    rf"(?P<met>{_SHORT_RUN})\s?(?:{_COUNTS})?\s?จาก\s?(?:ทั้งหมด\s?)?(?P<of>{_RUN})"
)
# Full marks said as the digit before "เต็ม" ("ถ้าจะเอาห้าเต็มต้องทำยังไง"; "เต็มห้า" after
# it is read by the rules as typed).
_LONE_COUNTS = ("ชุด", "คะแนน", "แห่ง", "หมู่บ้าน", "รายการ", "ตัวชี้วัด", "ล้าน", "เต็ม")
_LONE_COUNT_RE = re.compile(rf"(?P<lone>{_ONE_DIGIT})\s?(?={'|'.join(_LONE_COUNTS)})")
_NUMBER_WORD_END_RE = re.compile(rf"(?:{'|'.join(_NUMBER_WORDS)})\s?$")
# The cheap test before any pattern: a place word, a decimal point, a count of a count or
# what a lone digit counts.
_CUES = ("สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "จุด", "จาก", *_LONE_COUNTS)
# Any of them, in one C-level scan entered only at a few rare letters of theirs.
_CUES_RE = re.compile(any_literal(_CUES))


def _run_value(run: str) -> str | None:
    """The digits of a run of number words ("สี่ร้อยสามสิบ" "430"); None when the words are
    no number ("สองสาม", a few) or said with no digit before their place ("ร้อยเอ็ด")."""
    whole, _, tenths = run.partition("จุด")
    words = _NUMBER_WORD_RE.findall(whole.replace(" ", ""))
    if "".join(words) != whole.replace(" ", ""):
        return None
    total, digit, last_place = 0, None, 10**9
    for word in words:
        place = _PLACES.get(word)
        if place is None:
            if digit is not None or (word == "เอ็ด" and last_place == 10**9):
                return None
            digit = 2 if word == "ยี่" else _DIGITS[word]
            continue
        if place >= last_place:
            return None
        total += (1 if digit is None else digit) * place
        digit, last_place = None, place
    total += digit or 0
    if tenths:
        return f"{total}." + "".join(str(_DIGITS[d]) for d in _NUMBER_WORD_RE.findall(tenths))
    return str(total)


def _said_number(match: re.Match[str]) -> str:
    run = match[0]
    starts = _NUMBER_WORD_RE.match(run)
    # A place said first stands for one only at a word's start ("สิบเอ็ด", not "เรียบร้อย"),
    # and alone it is a figure's unit ("1.6 พันล้าน", "พันล้าน").
    bare_place = starts is not None and starts[0] in _PLACES and starts[0] != "สิบ"
    before = match.string[max(0, match.start() - 2) : match.start()].strip()[-1:]
    if (
        bare_place
        and (run in _PLACES or before.isdigit() or "\u0e01" <= before <= "\u0e4e")
        and not _led_by_its_place(match, starts[0])
    ):
        return run
    if run == "ร้อยเอ็ด":  # the province
        return run
    if not any(place in run for place in _PLACES) and "จุด" not in run:
        return run  # a lone digit: "สามมิติ", "สองสามวัน"
    value = _run_value(run)
    return run if value is None else f" {value} "


# The places that lead a number said with no "หนึ่ง" ("พันห้าร้อยล้าน") and end no common word
# ("เรียบร้อย" ends with "ร้อย").
_LEADING_PLACES = ("พัน", "หมื่น", "แสน")
_MILLIONS_RE = re.compile(r"\s?ล้าน")


def _led_by_its_place(match: re.Match[str], place: str) -> bool:
    """Whether a run of number words opened by a place word, after letters, is a number all
    the same: more words follow the place ("พันห้าร้อย", not "1.6 พันล้าน") and it starts a
    word ("ท่องเที่ยว พันห้าร้อย"), or a leading place counts millions ("ท่องเที่ยวพันห้าร้อยล้าน")."""
    text, start = match.string, match.start()
    if match[0].rstrip() == place or (start and text[start - 1 : start].isdigit()):
        return False
    if start and text[start - 1].isspace() and not text[:start].rstrip()[-1:].isdigit():
        return True
    return place in _LEADING_PLACES and _MILLIONS_RE.match(text, match.end()) is not None


def _count_of(match: re.Match[str]) -> str:
    met, of = _run_value(match["met"]), _run_value(match["of"])
    if met is None or of is None:
        return match[0]
    text = match[0]
    return f"{text[: match.start('met') - match.start()]} {met} " + (
        f"{text[match.end('met') - match.start() : match.start('of') - match.start()]} {of} "
    )


def _lone_count(match: re.Match[str]) -> str:
    """A lone digit word before what it counts, not the last of a few ("สองสามชุด")."""
    if _NUMBER_WORD_END_RE.search(match.string, 0, match.start()):
        return match[0]
    return f" {_DIGITS[match['lone']]} "


def numbers_in_digits(text: str) -> str:
    """``text`` with a number said in words written in digits: one said with its places
    ("ยี่สิบสาม", "หนึ่งพันห้าร้อย", "ห้าสิบสองจุดสาม"), a count of a count ("ห้าครั้งจาก
    หกครั้ง") and a lone digit before what it counts ("ห้าชุด"); a share said so is
    ``shares_in_digits``' and the words that hold a number's letters stay."""
    if _CUES_RE.search(text) is None:
        return text
    said = text
    if "จาก" in said:
        said = _COUNT_OF_RE.sub(_count_of, said)
    said = _RUN_RE.sub(_said_number, said)
    said = _LONE_COUNT_RE.sub(_lone_count, said)
    return " ".join(said.split()) if said != text else text


def said_in_digits(said: str) -> str:
    """``said``, a figure as typed, with every number said in words in digits, a lone digit
    too ("เจ็ดสิบแปด" "78", "ห้า" "5"): how a figure was spelt is not what it is."""
    if not _NUMBER_WORD_RE.search(said):
        return said
    return _RUN_RE.sub(lambda run: f" {_said_alone(run[0])} ", said)


def _said_alone(run: str) -> str:
    """A run's digits; a place alone is a figure's unit ("1.6 พันล้าน") and stays."""
    return run if run in _PLACES and run != "สิบ" else _run_value(run) or run


_SAID_AS_SHARE_RE = re.compile(
    r"(?<=[\u0e01-\u0e4e])\s?(?:เปอร์เซ็นต์|เปอร์เซ็น)|ร้อยละ\s?[\u0e01-\u0e4e]"
)


def shares_in_digits(text: str) -> str:
    """``text`` with a share said in words before "เปอร์เซ็นต์" (or after "ร้อยละ") in digits."""
    if not _SAID_AS_SHARE_RE.search(text):
        return text
    return " ".join(_SHARE_RE.sub(_share, text).split())


# What is counted by a number said right after it: a form, a step, a dimension ("ฟอร์มสี่",
# "ขั้นตอนที่ห้า", "มิติสอง", "formสี่"), written in digits as typed ("ฟอร์ม 4").
_COUNTED = frozenset(
    (
        *("ฟอร์ม", "แบบฟอร์ม", "form", "ขั้น", "ขั้นที่", "ขั้นตอน", "ขั้นตอนที่"),
        *("มิติ", "มิติที่", "หมวด", "หมวดที่"),
    )
)
_COUNTED_RE = re.compile("|".join(sorted(_COUNTED, key=len, reverse=True)))
# A counted word with a number's word right after it: a text without one is not segmented
# (the pieces replaced are such a pair, and the pair is in the text as it stands). The English
# word may stand a space off ("form สี่").
_COUNTED_NUMBER_RE = re.compile(f"(?:{_COUNTED_RE.pattern}|form )(?:{_DIGIT})")
# What every counted word holds ("แบบฟอร์ม" holds "ฟอร์ม", "ขั้นตอนที่" "ขั้น"): a text holding
# none (most) is not handed to ``counted_in_digits`` by ``normalise``.
_COUNTED_HELD = ("ฟอร์ม", "ขั้น", "form", "มิติ", "หมวด")


def counted_in_digits(text: str) -> str:
    """``text`` with a number said in one word right after a form, a step or a dimension
    ("ฟอร์มสี่ของ กจ.") in digits; only where the segmenter cuts the word apart, so the words
    that hold a number's letters stay ("ขั้นตอนสามารถ…")."""
    if not _COUNTED_NUMBER_RE.search(text):
        return text
    parts = pieces(text)
    out = list(parts)
    for at in range(1, len(parts)):
        before = parts[at - 1]
        if before == " " and at > 1 and parts[at - 2] == "form":  # "form สี่"
            before = "form"
        if parts[at] in _DIGITS and before in _COUNTED:
            out[at] = f" {_DIGITS[parts[at]]} "
    return " ".join("".join(out).split()) if out != parts else text


# An indicator's number said in a word, its own word (no Thai letter after it): after
# "ตัวชี้วัดที่" anywhere, after "ตัวที่" only opening the message ("จริยธรรมตัวที่สอง" is the
# second of two alike, not indicator 2).
_ORDINAL_SAID_RE = re.compile(
    r"(?P<word>^ตัวที่|ตัวชี้วัดที่)\s?(?P<number>หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
    r"(?![\u0e01-\u0e4e])"
)


def ordinals_in_digits(text: str) -> str:
    """``text`` with an indicator's number said in a word ("ตัวที่ห้า (จริยธรรม…)") in digits."""
    if "ที่" not in text:
        return text
    return _ORDINAL_SAID_RE.sub(lambda m: f"{m['word']} {_DIGITS.get(m['number'], 10)}", text)


# A fiscal year said digit by digit after ปี, as voice typing writes it ("แผนปีหกแปดยังขาดกอง
# ไหน", "ปีงบหกเจ็ด"): the two digits of the 2560s ("ปีหกสิบแปด" is read as any number is).
_YEAR_SAID_RE = re.compile(rf"(?P<year>ปี(?:งบประมาณ|งบ)?)\s?หก(?!ล้ม|สิบ)(?P<ones>{_ONE_DIGIT})")


def years_in_digits(text: str) -> str:
    """``text`` with a year said digit by digit after ปี ("ปีหกแปด") in digits ("ปี 68")."""
    if "หก" not in text or "ปี" not in text:
        return text
    return _YEAR_SAID_RE.sub(lambda m: f"{m['year']} 6{_DIGITS[_one(m['ones'])]} ", text)


def _one(said: str) -> str:
    """The digit word a match of ``_ONE_DIGIT`` holds ("สาม" of "สาม")."""
    return next(word for word in _DIGITS if said.startswith(word))
