"""Reminder settings read from a message: the days before a deadline and the time of day."""

from __future__ import annotations

import re

from handlers.intents import ReminderAction, ReminderSettings
from handlers.nlu.patterns import DEADLINE_DAY_WORDS, phrase_regex

# "8:30", "08.30 น.", "10 โมง", "8 โมงครึ่ง", "บ่าย 2 โมง", "6 โมงเย็น", "9 นาฬิกา 15 นาที",
# or a bare hour after "เวลา" ("เวลา 9"). Out-of-range values are kept: the handler says why.
_TIME_RE = re.compile(
    r"(?P<pm>บ่าย\s?)?(?<!\d)(?<!\d[.,])(?P<hour>\d{1,2})"
    r"(?:\s?[:.]\s?(?P<minute>\d{2})(?!\d)"
    r"|\s?(?:โมง|นาฬิกา|น\.)(?P<evening>\s?เย็น)?"
    r"(?:\s?(?P<half>ครึ่ง)|\s?(?P<minutes>\d{1,2})\s?นาที)?)"
    r"|เวลา(?:เตือน)?\s?(?P<bare>\d{1,2})(?!\s?[\d:.]|\s?(?:โมง|นาฬิกา|น\.))"
)
# An hour in words before its clock word: "เก้าโมงครึ่ง", "บ่ายสองโมง", "สิบเอ็ดนาฬิกา".
_HOUR_WORDS = {
    "สิบเอ็ด": 11, "สิบสอง": 12, "สิบ": 10, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5,
    "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9,
}  # fmt: skip
_HOUR_WORD_RE = re.compile(rf"({'|'.join(_HOUR_WORDS)})(?=\s?(?:โมง|นาฬิกา))")
# Hours said by name: "บ่ายโมง" is one in the afternoon, "เที่ยงตรง" noon.
_NAMED_HOURS = {"บ่ายโมง": "13 โมง", "เที่ยงตรง": "12 โมง", "เที่ยงวัน": "12 โมง"}
_NAMED_HOUR_RE = re.compile(r"บ่าย\s?โมง|เที่ยง\s?ตรง|เที่ยง\s?วัน")
# An afternoon hour said without its clock word: "บ่ายสอง" is two in the afternoon, "บ่าย 3"
# three ("บ่ายสองโมง", "บ่าย 2:30" keep theirs).
_AFTERNOON = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5}
_AFTERNOON_RE = re.compile(
    r"บ่าย\s?(?P<hour>หนึ่ง|สอง|สาม|สี่|ห้า|[1-5])(?!\d|\s?(?:โมง|นาฬิกา|น\.|[:.]\s?\d))"
    r"(?P<half>\s?ครึ่ง)?"
)
# A time changed from one to another ("จาก 9 โมงเป็น 7 โมงครึ่ง", "จากเดิม 8:30 เป็น 9:00"):
# the first is the time it was, said before the new one.
_FROM_RE = re.compile(r"จาก\s?(?:เดิม)?\s?(?:ที่)?\s?(?:ตั้ง\S*\s?)?(?:เวลา|ตอน)?\s?$")
# Days said in words, up to thirty-one ("สิบวัน", "สิบห้าวัน", "ยี่สิบวัน", "เจ็ดวัน").
_DAY_DIGITS = {
    "หนึ่ง": 1, "เอ็ด": 1, "สอง": 2, "ยี่": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7,
    "แปด": 8, "เก้า": 9,
}  # fmt: skip
_DAY_DIGIT = "หนึ่ง|เอ็ด|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า"
_DAY_WORD_RE = re.compile(
    rf"(?:(?P<tens>ยี่|สอง|สาม)?สิบ(?P<ones>{_DAY_DIGIT})?|(?P<alone>{_DAY_DIGIT}))(?=\s?วัน)"
    r"|(?<=วัน)\s?(?P<one>เดียว)"  # "ก่อนวันเดียว": one day
)
# Whole numbers only: "1." ends a sentence, "1.5" is no count of days.
_DAY_RE = re.compile(r"(?<!\d)(?<!\d\.)\d+(?!\d|\.\d)")
# "ก่อนวันกำหนดส่ง 3 วัน" counts back from the deadline; it does not ask for day 0.
_DEADLINE_DAY_RE = re.compile(
    rf"(?<!ก่อน)(?<!ก่อน )(?<!ถึง)(?<!ถึง )(?:{phrase_regex(DEADLINE_DAY_WORDS)})"
)


def _clock(match: re.Match[str]) -> tuple[int, int]:
    """(hour, minute) of a time match, afternoon and evening hours moved past noon."""
    hour = int(match["hour"] or match["bare"])
    if (match["pm"] or match["evening"]) and hour < 12:
        hour += 12
    minute = 30 if match["half"] else int(match["minute"] or match["minutes"] or 0)
    return hour, minute


def _days_in_digits(text: str) -> str:
    """``text`` with a count of days said in words ("ก่อนถึงกำหนดสิบวัน", "ยี่สิบวัน", "วันเดียว")
    in digits."""
    return _DAY_WORD_RE.sub(lambda said: f" {_day_count(said)} ", text)


def _day_count(said: re.Match[str]) -> int:
    if said["one"]:
        return 1
    if said["alone"]:
        return _DAY_DIGITS[said["alone"]]
    return 10 * _DAY_DIGITS.get(said["tens"] or "หนึ่ง", 1) + _DAY_DIGITS.get(said["ones"], 0)


def _afternoon(said: re.Match[str]) -> str:
    hour = said["hour"]
    hour = _AFTERNOON[hour] if hour in _AFTERNOON else int(hour)
    return f" {hour + 12} โมง{'ครึ่ง' if said['half'] else ''} "


def reminder_settings(text: str) -> ReminderSettings:
    """SET with the days and time read from the normalised ``text``; SHOW when it holds neither."""
    text = _NAMED_HOUR_RE.sub(lambda named: f" {_NAMED_HOURS[named[0].replace(' ', '')]} ", text)
    if "บ่าย" in text:
        text = _AFTERNOON_RE.sub(_afternoon, text)
    text = _HOUR_WORD_RE.sub(lambda word: f" {_HOUR_WORDS[word[1]]}", text)
    if "วัน" in text:
        text = _days_in_digits(text)
    found = _TIME_RE.search(text)
    if found and "จาก" in text and _FROM_RE.search(text[: found.start()]):
        later = _TIME_RE.search(text, found.end())
        if later is not None:  # the time it was goes: the new one is set
            text = f"{text[: found.start()]} {text[found.end() :]}"
            found = _TIME_RE.search(text)
    hour, minute = _clock(found) if found else (None, None)
    rest = f"{text[: found.start()]} {text[found.end() :]}" if found else text
    if found:  # "บ่ายโมงครับ 13:00": the same time said again in digits is no count of days
        clock = (hour, minute)
        rest = _TIME_RE.sub(lambda again: " " if _clock(again) == clock else again[0], rest)
    days = [int(number) for number in _DAY_RE.findall(rest)]
    if _DEADLINE_DAY_RE.search(rest):
        days.append(0)
    if not days and hour is None:
        return ReminderSettings(ReminderAction.SHOW)
    return ReminderSettings(ReminderAction.SET, tuple(dict.fromkeys(days)), hour, minute)
