"""Reminder settings in a group chat: anyone sees the group's policy; a coordinator changes it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from handlers.context import Context
from handlers.intent_spec import IntentSpec
from handlers.intents import ReminderAction, ReminderSettings
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import DEADLINE_DAY_WORDS, SOMEONE_ELSE_RE, phrase_regex
from handlers.nlu.questions import asks
from handlers.nlu.reminder_slots import reminder_settings
from handlers.nlu.slots import Found
from handlers.nlu.tokenize import tokens
from handlers.permissions import Act, refusal
from handlers.reminder_ports import Forecast
from handlers.replies import Reply, text_reply
from kpi_core.models import ReminderPolicy
from kpi_core.thai_dates import format_thai_date

MAX_DAYS_BEFORE = 60
MAX_DAY_VALUES = 6
WEEKDAYS_TH = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
HOW_TO_CHANGE = "ผู้ประสานงานเปลี่ยนได้ เช่น 'ตั้งเตือน 7 3 1 เวลา 8:30', 'ปิดการเตือน', 'เปิดการเตือน'"
DONE = {
    ReminderAction.SET: "ตั้งเตือนแล้ว ✓ ",
    ReminderAction.ON: "เปิดการเตือนแล้ว ✓ ",
    ReminderAction.OFF: "ปิดการเตือนแล้ว ✓ พิมพ์ 'เปิดการเตือน' เมื่อต้องการให้เตือนอีก\n",
    ReminderAction.DIGEST_ON: "เปิดสรุปรายสัปดาห์แล้ว ✓ (ส่งวันจันทร์ 1 ครั้ง นับในโควตาข้อความ) ",
    ReminderAction.DIGEST_OFF: "ปิดสรุปรายสัปดาห์แล้ว ✓ ",
}


def handle_reminder_settings(intent: ReminderSettings, ctx: Context) -> Reply:
    """Show the group's reminder policy, or change it for a coordinator of its organisation."""
    why = refusal(ctx, Act.SEE_SETTINGS)
    if why:
        return text_reply(why)
    chat = ctx.incoming.chat
    current = ctx.ports.reminder_policies.get(chat.id)
    if intent.action is ReminderAction.SHOW:
        forecast = forecast_text(ctx.ports.reminder_forecasts.of_group(chat.id), ctx.now)
        shown = f"การเตือนของกลุ่มนี้: {describe_policy(current)}\n{HOW_TO_CHANGE}"
        return text_reply(f"{shown}\n{forecast}" if forecast else shown)
    why = refusal(ctx, Act.CHANGE_SETTINGS)
    if why:
        return text_reply(f"{why}\nการเตือนของกลุ่มนี้: {describe_policy(current)}")
    assert ctx.user_id is not None
    changed = _changed(intent, current)
    if isinstance(changed, str):
        return text_reply(changed)
    if changed == current:
        return text_reply(f"การเตือนเป็นแบบนี้อยู่แล้วครับ: {describe_policy(current)}")
    ctx.ports.reminder_policies.save(
        chat.id, changed, by=ctx.user_id, at=ctx.now, event_id=ctx.incoming.event_id
    )
    return text_reply(DONE[intent.action] + describe_policy(changed))


def _changed(intent: ReminderSettings, current: ReminderPolicy) -> ReminderPolicy | str:
    """The policy the intent asks for, or why it cannot be set (in Thai)."""
    if intent.action in (ReminderAction.DIGEST_ON, ReminderAction.DIGEST_OFF):
        return replace(current, weekly_digest=intent.action is ReminderAction.DIGEST_ON)
    if intent.action is not ReminderAction.SET:
        return replace(current, enabled=intent.action is ReminderAction.ON)
    days = sorted(set(intent.days), reverse=True)
    wrong = [day for day in days if not 0 <= day <= MAX_DAYS_BEFORE]
    if wrong:
        listed = ", ".join(map(str, wrong))
        return (
            f"เตือนล่วงหน้าได้ 0–{MAX_DAYS_BEFORE} วันครับ ({listed} วันไม่ได้) "
            "0 คือเช้าวันกำหนดส่ง เช่น 'ตั้งเตือน 7 3 1 0'"
        )
    if len(days) > MAX_DAY_VALUES:
        return (
            f"ตั้งวันเตือนได้ไม่เกิน {MAX_DAY_VALUES} ค่าครับ (พิมพ์มา {len(days)} ค่า) เช่น 'ตั้งเตือน 14 7 3 1'"
        )
    policy = replace(current, days_before=tuple(days)) if days else current
    if intent.hour is None:
        return policy
    minute = intent.minute or 0
    if not (0 <= intent.hour <= 23 and 0 <= minute <= 59):
        return f"เวลา {intent.hour}:{minute:02d} ไม่ถูกต้องครับ ตั้งได้ 00:00–23:59 เช่น 'ตั้งเวลาเตือน 8:30'"
    return replace(policy, hour=intent.hour, minute=minute)


def describe_policy(policy: ReminderPolicy) -> str:
    """The whole policy in one Thai line: days, time, quiet days, extra notices, on or off."""
    schedule = f"{_days(policy)} เวลา {policy.hour:02d}:{policy.minute:02d} น.{_quiet(policy)}"
    schedule += _extras(policy)
    return schedule if policy.enabled else f"ปิดการเตือนอยู่ (ค่าที่ตั้งไว้: {schedule})"


def _days(policy: ReminderPolicy) -> str:
    before = sorted((day for day in policy.days_before if day > 0), reverse=True)
    parts = [f"ก่อนกำหนด {', '.join(map(str, before))} วัน"] if before else []
    if 0 in policy.days_before:
        parts.append(f"{'เช้า' if policy.hour < 12 else ''}วันกำหนดส่ง")
    return "เตือน" + " และ".join(parts) if parts else "ไม่เตือนก่อนกำหนด"


def _quiet(policy: ReminderPolicy) -> str:
    parts = []
    if policy.quiet_weekdays:
        parts.append("วัน" + " ".join(WEEKDAYS_TH[day] for day in sorted(policy.quiet_weekdays)))
    if policy.quiet_holidays:
        parts.append("วันหยุดราชการ")
    if policy.quiet_dates:
        parts.append("วันที่ " + ", ".join(map(format_thai_date, sorted(policy.quiet_dates))))
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} และ{parts[-1]}"
    return f" (งด{listed})"


def _extras(policy: ReminderPolicy) -> str:
    notices = [
        text
        for text, wanted in (("ก่อนเปิดรับ", policy.before_open), ("เมื่อเลยกำหนด", policy.overdue))
        if wanted
    ]
    extras = f" · แจ้ง{'และ'.join(notices)}ด้วย" if notices else ""
    return extras + (" · สรุปรายสัปดาห์ทุกวันจันทร์" if policy.weekly_digest else "")


_REMINDER = (
    "ตั้งเตือน|ตั้งเวลาเตือน|ตั้งการเตือน|ตั้งค่าเตือน|ตั้งค่าการเตือน|ตั้งแจ้งเตือน|ตั้งค่าแจ้งเตือน"
    "|ตั้งค่าการแจ้งเตือน|เวลาเตือน|เปลี่ยนการเตือน|แก้การเตือน|การเตือน|การแจ้งเตือน|เตือนก่อน"
    "|เตือนล่วงหน้า"
)
_REMINDER_QUESTION = (
    "เตือนวันไหน|เตือนกี่วัน|เตือนกี่โมง|เตือนตอนไหน|เตือนเมื่อไหร่|เตือนเมื่อไร|เตือนยังไง"
    "|เตือนอย่างไร|เตือนแบบไหน|เตือนไว้ยังไง|เตือนไว้อย่างไร|เตือนไว้ไง|เตือนไว้แบบไหน"
)
_NEXT_REMINDER = (
    "จะเตือน|จะแจ้งเตือน|เตือนอีกที|เตือนอีกครั้ง|เตือนครั้งหน้า|เตือนรอบหน้า|เตือนครั้งถัดไป|เตือนถัดไป|เตือนรอบถัดไป"
)
_WHEN = "วันไหน|เมื่อไหร่|เมื่อไร|กี่โมง|ตอนไหน|วันที่เท่าไหร่|วันอะไร|when"
# "เปิดการเตือน" holds "ปิดการเตือน": turning reminders on vetoes the rule that turns them off.
_REMINDER_ON = (
    "เปิดการเตือน|เปิดเตือน|เปิดแจ้งเตือน|เปิดการแจ้งเตือน|เริ่มเตือน|กลับมาเตือน"
    "|เปิดระบบแจ้งเตือน|เปิดระบบเตือน|เปิดระบบการแจ้งเตือน"  # formal: "…เปิดระบบแจ้งเตือน"
)
# Whether a state still holds, asked: "…อยู่หรือเปล่า", "…อยู่ไหม", "…อยู่ใช่ไหม".
_ON_OR_OFF_ASKED = (
    "อยู่หรือเปล่า|อยู่รึเปล่า|อยู่เปล่า|อยู่ไหม|อยู่มั้ย|อยู่มั๊ย|อยู่หรือไม่|อยู่ป่ะ|อยู่ปะ|อยู่ป่าว"
    "|อยู่ใช่ไหม|อยู่ใช่มั้ย|อยู่หรือยัง|อยู่รึยัง|อยู่มะ"
)
_DIGEST_NAMED = (
    "สรุปรายสัปดาห์|สรุปประจำสัปดาห์|สรุปทุกสัปดาห์|สรุปวันจันทร์|สรุปรายอาทิตย์|สรุปประจำอาทิตย์"
    "|สรุปทุกอาทิตย์|weekly digest|digest|weekly summary|weekly recap|weekly report"
    "|สรุปผลรายสัปดาห์|สรุปผลประจำสัปดาห์|สรุปผลทุกสัปดาห์|สรุปผลรายอาทิตย์"
)
# Its day named: "ขอสรุปทุกวันจันทร์แบบรายสัปดาห์ด้วย เปิดให้หน่อย". These are also the words of
# the summaries people send each other ("น้องๆ ส่งสรุปทุกวันจันทร์ให้พี่ด้วยนะ", "หัวหน้าขอสรุป
# ทุกวันจันทร์นะคะ", "กรมอื่นเขาเปิดสรุปทุกวันจันทร์กันหมดแล้ว"): alone they set the digest only
# when the message opens asking it of the bot, with no one else its subject.
_DIGEST_BY_DAY = "สรุปทุกวันจันทร์|สรุปทุกจันทร์|สรุปผลทุกวันจันทร์|สรุปแบบรายสัปดาห์"
_DIGEST = f"{_DIGEST_NAMED}|{_DIGEST_BY_DAY}"
_DIGEST_NAMED_RE = re.compile(phrase_regex(_DIGEST_NAMED), re.IGNORECASE)
# The digest called by what it sums up, the status ("เปิดสรุปสถานะรายสัปดาห์ด้วยค่ะ"): set only
# when turned on or off by its own verb (asked for, "ขอสรุปสถานะรายสัปดาห์", it may be the
# status itself).
_DIGEST_OF_STATUS = "|".join(
    f"สรุป{what}{every}"
    for what in ("สถานะ", "ความคืบหน้า", "ภาพรวม")
    for every in ("รายสัปดาห์", "ประจำสัปดาห์", "ทุกสัปดาห์", "รายอาทิตย์", "ประจำอาทิตย์", "ทุกอาทิตย์")
)
_DIGEST_ASKED_OF_THE_BOT_RE = re.compile(
    r"^\s*(?:@?(?:น้อง)?\s?(?:บอท|bot|pmqa\s?bot)\s*)?(?:ช่วย|รบกวน)?\s?"
    r"(?:ขอ|เปิด|ปิด|อยากได้|เอา|รับ|ไม่เอา|ไม่ต้อง|หยุด|ยกเลิก|งด|เลิก)\s?(?:ส่ง|รับ)?\s?สรุป",
    re.IGNORECASE,
)


def _digest_asked_of_the_bot(text: str) -> bool:
    """Whether the digest is the bot's: named as such, or its day's words asked of the bot."""
    return bool(_DIGEST_NAMED_RE.search(text) or _DIGEST_ASKED_OF_THE_BOT_RE.search(text))


_DIGEST_ON = "เปิด|ส่ง|เริ่ม|ขอ|อยากได้|อยากให้|เอา|รับ|ต้องการ|ช่วย"
# Declining the digest: "ไม่ต้องส่งสรุปรายสัปดาห์แล้ว", "งดสรุปรายสัปดาห์", "เลิกส่ง digest".
_DIGEST_DECLINED = "หยุด|ยกเลิก|ไม่เอา|ไม่ต้อง|ไม่อยาก|ไม่รับ|ไม่ส่ง|ไม่ใช้|งด|เลิก|พอแล้ว|off"
_DIGEST_OFF = f"ปิด|{_DIGEST_DECLINED}"
_DIGEST_ON_RE = re.compile(r"เปิด(?!\s?(?:ดู|อ่าน))")
# "ปิด" itself, not the letters of "เปิดดู", or a word declining it.
_DECLINED_RE = phrase_regex(_DIGEST_DECLINED.replace("|งด", ""))
_DIGEST_OFF_RE = re.compile(rf"(?<!เ)ปิด|{_DECLINED_RE}")


def _held_off(text: str) -> bool:
    """Whether "งด" (hold off) is a word of ``text`` ("งดสรุปรายสัปดาห์", "ของดส่งสรุป…",
    "งดเว้น…"), never the letters of two words: "ส่งดราฟต์", "ถึงดร.", "ให้ท่านรองดู"."""
    return "งด" in text and any(word.startswith("งด") for word in tokens(text))


# What vetoes turning the digest on: a word declining it, opening it to read. Who has not sent
# yet is what the digest is wanted for ("เปิดสรุปรายสัปดาห์ให้ด้วยค่ะ จะได้รู้ว่าใครยังไม่ส่ง"),
# no digest declined.
# The digest complained of as not arriving ("สรุปรายสัปดาห์ยังไม่ส่งมาเลย", "อาทิตย์นี้ไม่ได้รับ
# สรุปรายสัปดาห์"): the sender wants it and asks nothing set ("ไม่ต้องส่งมาแล้ว" declines it).
_DIGEST_MISSED = r"ไม่\s?(?:ได้\s?)?ส่ง\s?มา|ไม่\s?ได้\s?รับ|ไม่\s?เห็น|ยัง\s?ไม่\s?มา|ไม่\s?เข้า\s?มา|หาย\s?ไป"
_DIGEST_ON_VETO_RE = re.compile(
    rf"{phrase_regex(_DIGEST_DECLINED.replace('|ไม่ส่ง', '').replace('|งด', ''))}"
    rf"|(?<!ยัง)(?<!ยัง\s)ไม่\s?ส่ง|เปิด\s?ดู|เปิด\s?อ่าน|{_DIGEST_MISSED}"
    # A draft of a summary is someone's document, not the bot's digest: "ส่งดราฟต์สรุปรายสัปดาห์".
    r"|ดราฟ|draft|ฉบับ\s?ร่าง"
)
_DIGEST_OFF_VETO_RE = re.compile(rf"{_DIGEST_ON_RE.pattern}|{_DIGEST_MISSED}")


# A time said right after "เตือน": "เตือนบ่ายสองโมง", "เตือนเวลา 10:00", "เตือน 9 โมง",
# "เตือนเก้าโมงครึ่ง" (the rule's cue is "เตือน" alone: new cue words would be new typos to
# correct to).
# A clock, not a count ("เตือนสามครั้งแล้ว", "เตือน 2 รอบ"), nor a reminder denied ("อย่าเตือน
# บ่ายสองโมง", "ไม่ต้องเตือนเวลา 10:00 แล้ว", "เตือนบ่ายสองโมงไม่ได้").
_NUMBER_WORD = r"(?:\d{1,2}|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ(?:เอ็ด|สอง)?)"
_TIME_AFTER_REMINDER_RE = re.compile(
    # "เปลี่ยนเวลาแจ้งเตือนเป็น 07.30": the new time after "เป็น".
    rf"เตือน\s?(?:เป็น\s?)?(?:ตอน\s?|เวลา\s?)?(?:บ่าย|เช้า|เย็น|{_NUMBER_WORD}\s?(?:โมง|นาฬิกา|น\.|[:.]\s?\d\d"
    # (a figure with its measure, "…เป็น 7.30 ล้าน", is no time)
    r"(?!\d|\s?(?:ล้าน|บาท|%|เปอร์|ร้อยละ|เท่า|คน|ตัน|กิโล|กก|ครั้ง|ราย|คะแนน))))"
)
_NOT_A_TIME_SET_RE = re.compile(
    rf"(?:อย่า|ไม่\s?ต้อง|ไม่\s?ให้|เลิก)\s?เตือน|ไม่\s?ได้|{_NUMBER_WORD}\s?(?:ครั้ง|รอบ)"
)


def _timed(found: Found) -> ReminderSettings | None:
    """The reminders' time of day changed; None when no time is read."""
    read = reminder_settings(found.extraction.text)
    return read if read.hour is not None else None


def _timed_after_the_word(found: Found) -> ReminderSettings | None:
    """The reminders' time of day, said right after "เตือน"; None otherwise."""
    text = found.extraction.text
    if not _TIME_AFTER_REMINDER_RE.search(text) or _NOT_A_TIME_SET_RE.search(text):
        return None
    return _timed(found)


# The reminders as they are set, asked or looked at: "แจ้งเตือนตั้งไว้ยังไงนะคะ ดูให้หน่อย",
# "การเตือนตอนนี้ตั้งค่าไว้แบบไหน", "ขอดูค่าแจ้งเตือนที่ตั้งไว้หน่อย".
_AS_SET = "ตั้งไว้|ตั้งค่าไว้|ตั้งอยู่|ตั้งค่าอยู่|ตั้งค่า|ที่ตั้ง|ค่าที่ตั้ง"
_LOOK_RE = re.compile(r"ขอดู|ดูให้|ดูหน่อย|ขอเช็ค|ขอเช็ก|เช็คให้|เช็กให้|ขอทราบ|แสดง")


def _settings_looked_at(found: Found) -> ReminderSettings | None:
    """SHOW when the settings are asked or looked at; a time or days told set them instead."""
    text = found.extraction.text
    if found.extraction.numbers:  # "ตั้งไว้ 9 โมงใช่ไหม" asks; "…เป็น 10 โมงได้ไหม" is a favour
        asked = asks(text, found.original) and "ได้" not in text
        return ReminderSettings(ReminderAction.SHOW) if asked else None
    if asks(text, found.original) or _LOOK_RE.search(text):
        return ReminderSettings(ReminderAction.SHOW)
    return None


# A frequency or a date the reminders are changed to ("เปลี่ยนเตือนเป็นวันละ 2 ครั้ง", "ปรับรอบ
# เตือนเป็นเดือนละ 1 ครั้ง", "…เป็นทุก 2 วัน", "เปลี่ยนวันเตือนเป็นวันศุกร์ที่ 15"): no day before
# the deadline, which is all the policy holds.
_FREQUENCY_OR_DATE_RE = re.compile(
    r"(?:วัน|เดือน|สัปดาห์|อาทิตย์|ชั่วโมง|ปี)\s?ละ|(?:\d|NUM)\s?ครั้ง|ทุก\s?(?:\d|NUM)"
    r"|วัน\s?(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|ที่\s?(?:\d|NUM)|DATE"
)


def _days_changed(found: Found) -> ReminderSettings | None:
    """The days (or the time) the reminders go, changed; None when neither is read, or when
    the change is to a frequency or a date (``_FREQUENCY_OR_DATE_RE``)."""
    text = found.extraction.text
    if _FREQUENCY_OR_DATE_RE.search(text):
        return None
    read = reminder_settings(text)
    return read if read.action is ReminderAction.SET else None


def _each_day_listed(found: Found) -> ReminderSettings | None:
    """The days of "เตือนทุกวันก่อนครบกำหนด 5 4 3 2 1" listed one by one; a single count ("…ทุก
    วันก่อนครบกำหนด 5 วัน", each of five days) is read by no rule here."""
    read = reminder_settings(found.extraction.text)
    return read if read.action is ReminderAction.SET and len(read.days) > 1 else None


def _digest_off(found: Found) -> ReminderSettings | None:
    text = found.extraction.text
    off = (_DIGEST_OFF_RE.search(text) or _held_off(text)) and _digest_asked_of_the_bot(text)
    return ReminderSettings(ReminderAction.DIGEST_OFF) if off else None


def _digest_on(found: Found) -> ReminderSettings | None:
    text = found.extraction.text
    on = _digest_asked_of_the_bot(text) and not _held_off(text)
    return ReminderSettings(ReminderAction.DIGEST_ON) if on else None


def _digest_of_status_off(found: Found) -> ReminderSettings | None:
    text = found.extraction.text
    off = _DIGEST_OFF_RE.search(text) or _held_off(text)
    return ReminderSettings(ReminderAction.DIGEST_OFF) if off else None


def _digest_of_status_on(found: Found) -> ReminderSettings | None:
    held_off = _held_off(found.extraction.text)
    return None if held_off else ReminderSettings(ReminderAction.DIGEST_ON)


# fmt: off
SPECS = (
    IntentSpec(ReminderSettings, handle_reminder_settings, (
        # The weekly digest, above the policy rules; "เปิด" holds "ปิด", so it vetoes "off".
        # Opening it to read ("ไม่ค่อยมีใครเปิดดู") is the reason to turn it off, no "on".
        Rule((_DIGEST_OFF, _DIGEST), 910, _digest_off, unless=_DIGEST_OFF_VETO_RE),
        Rule((_DIGEST_ON, _DIGEST), 910, _digest_on,
             # "เปิด" holds "ปิด": "off" is declared first; opening it to read turns nothing on.
             unless=_DIGEST_ON_VETO_RE),
        # "เปิดสรุปสถานะรายสัปดาห์ด้วยค่ะ", "ปิดสรุปความคืบหน้ารายสัปดาห์": the digest by what it
        # sums up, turned on or off (above the status its words would ask, 400).
        Rule((_DIGEST_OFF, _DIGEST_OF_STATUS), 1033,
             _digest_of_status_off, unless=_DIGEST_OFF_VETO_RE),
        Rule(("เปิด|เริ่ม", _DIGEST_OF_STATUS), 1033,
             _digest_of_status_on, unless=_DIGEST_ON_VETO_RE),
        # Above every deadline and "ส่ง" cue: "ตั้งเตือน 7 3 1 และวันกำหนดส่ง" holds both.
        Rule(("ปิดการเตือน|ปิดเตือน|ปิดแจ้งเตือน|ปิดการแจ้งเตือน|หยุดเตือน|หยุดการเตือน"
              "|ปิดระบบแจ้งเตือน|ปิดระบบเตือน|ปิดระบบการแจ้งเตือน"
              "|หยุดแจ้งเตือน|ยกเลิกการเตือน|ยกเลิกเตือน|ยกเลิกแจ้งเตือน|ยกเลิกการแจ้งเตือน",), 890,
             lambda _: ReminderSettings(ReminderAction.OFF), unless=_REMINDER_ON),
        # "งดเตือนไปก่อนนะ ช่วงนี้ไม่ต้อง": reminders paused, above the "ไม่ต้อง" of a card's
        # no (1003 reads nothing here; "งดแจ้งเตือน" would let the corrector mend "แจ้งเตือน"
        # into it). Paused for a day or an occasion ("วันนี้งดเตือนก่อน… พรุ่งนี้ค่อยเตือน") is
        # a reminder postponed; someone else's pause turns nothing off.
        Rule(("งดเตือน|งดการเตือน",), 983,
             lambda _: ReminderSettings(ReminderAction.OFF),
             unless=re.compile(f"{SOMEONE_ELSE_RE.pattern}|{_REMINDER_ON}|DATE|วันนี้|พรุ่งนี้|ค่อย|รอบนี้"
                               "|ครั้งนี้|สัปดาห์นี้|อาทิตย์นี้|ถึงวัน|จนถึง|ขั้น|แผน|ตัวชี้วัด")),
        # "ไม่ต้องเตือนแล้ว ปิดเลย", "ไม่ต้องแจ้งเตือนอีกต่อไป": reminders declined for good (a
        # reminder not needed for one step, "ส่งแล้ว ไม่ต้องเตือนแล้วนะ", turns nothing off).
        Rule(("ไม่ต้องเตือน|ไม่ต้องแจ้งเตือน|ไม่ต้องมาเตือน|ไม่อยากให้เตือน",
              "ปิด|หยุด|อีกต่อไป|ตลอดไป|ทั้งหมด|off"), 890,
             lambda _: ReminderSettings(ReminderAction.OFF), unless=SOMEONE_ELSE_RE),
        Rule(("เลิกเตือน|เลิกแจ้งเตือน|เลิกการเตือน",), 890,
             lambda _: ReminderSettings(ReminderAction.OFF), unless=SOMEONE_ELSE_RE),
        # "ตอนนี้เปิดเตือนอยู่หรือเปล่า", "แจ้งเตือนปิดอยู่ไหม": whether reminders are on, asked,
        # shows the settings (above turning them on or off, 890; asked as a favour, "ช่วยเปิด
        # เตือนได้ไหม", it turns them on).
        Rule(("เตือน", "เปิดอยู่|ปิดอยู่|เปิด|ปิด", _ON_OR_OFF_ASKED), 983,
             lambda _: ReminderSettings(ReminderAction.SHOW), number=False,
             unless=re.compile(f"{SOMEONE_ELSE_RE.pattern}|ช่วย|ขอ|ได้ไหม|ได้มั้ย|ได้ป่ะ|อยาก|ให้|ด้วย")),
        Rule((_REMINDER_ON,), 890, lambda _: ReminderSettings(ReminderAction.ON)),
        Rule((_REMINDER_QUESTION,), 880, lambda _: ReminderSettings(ReminderAction.SHOW),
             number=False),
        Rule(("เตือน", _AS_SET), 879, _settings_looked_at, unless=SOMEONE_ELSE_RE),
        # When the bot reminds next, whatever it reminds of ("บอทจะเตือนเรื่องแผนอีกทีวันไหน"):
        # above the deadlines a step named would ask.
        Rule((_NEXT_REMINDER, _WHEN), 881, lambda _: ReminderSettings(ReminderAction.SHOW),
             number=False, unless=re.compile(f"{SOMEONE_ELSE_RE.pattern}|กำหนดส่ง|deadline|ส่งวัน")),
        # Days or a time change the policy; neither shows it.
        Rule((_REMINDER,), 870, lambda found: reminder_settings(found.extraction.text)),
        # The time the reminders go, said after "เตือน": "แจ้งเตือนเป็น 8 โมงเช้า", "ปรับเวลา
        # แจ้งเตือนเป็น 08.30 น.", "ให้บอทเตือนตอน 8 โมง" (asked as a favour: offered back).
        Rule(("เตือนเป็น|เตือนตอน|เตือนทุกวันเวลา|เวลาแจ้งเตือน"
              "|เวลาการแจ้งเตือน|เวลาการเตือน",
              "NUM โมง|NUM นาฬิกา|NUM น.|NUM : NUM|โมงเช้า|โมงเย็น|โมงครึ่ง"), 872, _timed,
             unless=SOMEONE_ELSE_RE),
        # Said right after "เตือน": "เตือนบ่ายสองโมงได้มั้ย", "ให้เตือนเวลา 10:00 น." (asked as
        # a favour: offered back).
        Rule(("เตือน",), 871, _timed_after_the_word, unless=SOMEONE_ELSE_RE),
        # The days changed, said after the change ("ขอเปลี่ยนเป็นเตือน 10 5 2 นะครับ", "ปรับให้
        # เตือน 5 3 1 วันก่อนกำหนด"): the days set (someone else's reminder is theirs).
        # Or the reminders' round changed to the days ("ปรับรอบเตือนเป็นก่อนครบกำหนด 10, 5 และ 1 วัน").
        Rule(("เปลี่ยนเป็นเตือน|เปลี่ยนให้เตือน|ปรับเป็นเตือน|ปรับให้เตือน|แก้เป็นเตือน|แก้ให้เตือน"
              "|ปรับรอบเตือนเป็น|เปลี่ยนรอบเตือนเป็น|แก้รอบเตือนเป็น|ปรับรอบการเตือนเป็น"
              "|เปลี่ยนรอบการเตือนเป็น|ปรับวันเตือนเป็น|เปลี่ยนวันเตือนเป็น|ปรับเตือนเป็น|เปลี่ยนเตือนเป็น",), 1053,
             _days_changed, number=True, unless=SOMEONE_ELSE_RE),
        # Every day before the deadline, the days listed: "ขอเตือนทุกวันก่อนครบกำหนด 5 4 3 2 1".
        Rule(("เตือนทุกวันก่อน",), 870, _each_day_listed, number=True, unless=SOMEONE_ELSE_RE),
        # "เตือน" apart from the days: "รอบหน้าเตือนเช้าวันครบกำหนดด้วย และก่อน 2 วัน".
        Rule(("เตือน", f"{DEADLINE_DAY_WORDS}|ก่อน NUM วัน|NUM วันก่อน"), 870,
             lambda found: reminder_settings(found.extraction.text), unless=SOMEONE_ELSE_RE),
    )),
)
# fmt: on


def forecast_text(forecast: Forecast | None, now: datetime) -> str:
    """The month's quota forecast: used, the plan's remaining cost, what is held back."""
    if forecast is None or (forecast.computed_at.year, forecast.computed_at.month) != (
        now.year,
        now.month,
    ):
        return "โควตาข้อความ LINE เดือนนี้: ยังไม่ได้คำนวณ (ระบบเตือนจะคำนวณในรอบถัดไป)"
    if not forecast.known:
        return "โควตาข้อความ LINE เดือนนี้: อ่านจาก LINE ไม่ได้ จึงไม่ทราบยอดที่เหลือ"
    limit = "ไม่จำกัด" if forecast.limit is None else f"{forecast.limit:,}"
    text = f"เดือนนี้ใช้ไป {forecast.used:,}/{limit} ข้อความ; แผนเตือนที่เหลือ ~{forecast.cost:,}"
    text += f" (กลุ่มนี้ {forecast.group_pushes} ครั้ง ~{forecast.group_cost:,} ข้อความ)"
    if forecast.held:
        text += f"\nงดส่ง {forecast.held} ครั้งเพื่อไม่ให้เกินโควตา (กลุ่มนี้ {forecast.group_held})"
    return text
