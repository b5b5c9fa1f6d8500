"""The intent table: every intent once, with its handler and the rules that read it.

``understand`` reads a chat message with every rule of the table; ``dispatch`` answers an
intent with its handler. A test checks the table against the ``Intent`` union both ways.
"""

from __future__ import annotations

import gc
import json
import re
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from handlers import (
    baselines,
    confirmations,
    deadlines,
    desk,
    help_text,
    membership,
    queries,
    reminder_actions,
    reminder_settings,
    rule_questions,
    small_talk,
    step_submissions,
    team,
    unit_admin,
    value_submissions,
    year_close,
)
from handlers.context import Context
from handlers.data_files import files_in
from handlers.intent_spec import IntentSpec
from handlers.intents import (
    QUESTIONS,
    AddUnit,
    Aspect,
    BindGroup,
    Cancel,
    ChooseIndicator,
    CloseYear,
    Confirm,
    Deadlines,
    DeskLink,
    Help,
    History,
    IndicatorQuery,
    Intent,
    MarkStep,
    Members,
    Missing,
    PostponeReminder,
    RegisterUnit,
    ReminderSettings,
    RuleQuestion,
    SmallTalk,
    Status,
    SubmitBaseline,
    SubmitValue,
    Undo,
    Unknown,
    stores,
)
from handlers.membership import belonging_told, for_someone_else, senders_unit
from handlers.nlu import courtesy, keyboard, short_asks, tokenize
from handlers.nlu.asides import (
    TO_COME_RE,
    a_report,
    aside,
    beside_a_remark,
    clause_closed,
    hands_work_over,
)
from handlers.nlu.clauses import after_the_story, joined, names_an_indicator, set_aside
from handlers.nlu.extract import extract, may_name_a_month
from handlers.nlu.guards import Guarded
from handlers.nlu.look_requests import requests_a_look
from handlers.nlu.matcher import CARDED_VALUES, Understander, Understanding
from handlers.nlu.normalise import addressed_last, strip_mentions
from handlers.nlu.patterns import words
from handlers.nlu.questions import CONDITION_RE, RECORD_VERB_RE, asks, recorded_stem
from handlers.nlu.slots import INDICATOR_RE, content
from handlers.nlu.spoken import written
from handlers.nlu.time_worries import report_before_time_worry
from handlers.nlu.typos import Corrector, edit_distance
from handlers.nlu.units import units_named
from handlers.nlu.verdicts import checked_then_told
from handlers.replies import Reply
from kpi_core.report import DEFAULT_KEYWORDS


def handle_choose_indicator(intent: ChooseIndicator, ctx: Context) -> Reply:
    """Continue the question or submission that was waiting for an indicator choice."""
    return dispatch(replace(intent.then, indicator=intent.code), ctx)


SPECS: tuple[IntentSpec, ...] = (
    *confirmations.SPECS,
    *help_text.SPECS,
    *membership.SPECS,
    *unit_admin.SPECS,
    *reminder_settings.SPECS,
    *desk.SPECS,
    *reminder_actions.SPECS,
    *deadlines.SPECS,
    *queries.SPECS,
    *rule_questions.SPECS,
    *step_submissions.SPECS,
    *baselines.SPECS,
    *value_submissions.SPECS,
    *year_close.SPECS,
    *small_talk.SPECS,
    *team.SPECS,
    IntentSpec(ChooseIndicator, handle_choose_indicator),  # a button of an ask-back
)
HANDLERS = {spec.intent: spec.handle for spec in SPECS}
_UNDERSTANDER = Understander(rule for spec in SPECS for rule in spec.rules)
# The cue words a typo is corrected to (placeholders such as STEP are no words).
_CORRECTOR = Corrector(
    phrase.lower()
    for spec in SPECS
    for rule in spec.rules
    for group in rule.cues
    for phrase in words(group)
    if not phrase.isupper()
)


_ENGLISH_PART = 6  # shorter English words ("data", "town") are too close to others


def _name_words() -> set[str]:
    """The words that name something of a plan: the report's keywords of indicators
    ("จริยธรรม", "ยาเสพติด") and the keywords of the shipped plans' steps ("รายงานผล")."""
    found = {keyword.lower() for keyword, _ in DEFAULT_KEYWORDS}
    # The long English words of a name of two ("catalog" of "GD Catalog"): a typo corrected
    # within one word ("GD catalgo"), as a span never reaches over a space.
    found |= {
        part
        for keyword, _ in DEFAULT_KEYWORDS
        if " " in keyword and keyword.isascii()
        for part in keyword.lower().split()
        if len(part) >= _ENGLISH_PART
    }
    for plan in files_in("plans", pattern="*.json"):
        indicator = json.loads(plan.read_text(encoding="utf-8")).get("indicator", {})
        steps = indicator.get("steps", ())
        found |= {k.lower() for step in steps for k in step.get("keywords", ())}
    return found


# Typos of those names, for a name slot whose words hold one ("ส่งรายงายผล").
_NAME_WORDS = frozenset(_name_words())
_NAME_CORRECTOR = Corrector(_NAME_WORDS)
_DICTIONARY = frozenset(tokenize.dictionary_words())
_LONG_WORD = 4  # a dictionary word this long is no name's piece cut short
# A dotted abbreviation of Thai consonants ("ศทส.", "สป.รง."): a unit's, typed as its short name.
_ABBREVIATION_RE = re.compile(r"(?:[\u0e01-\u0e2e]{1,5}\.)+")
_THAI_WORD_RE = re.compile(r"[\u0e01-\u0e4e]+")  # a slot word of Thai letters and marks alone
# The name words that are abbreviations themselves ("อปท."): one typed with a slip is a typo.
_DOTTED_NAMES = tuple(sorted(word for word in _NAME_WORDS if "." in word))


def _near_a_dotted_name(word: str) -> bool:
    """Whether ``word`` is within one edit of a name word that is an abbreviation."""
    return any(edit_distance(name, word, 1) <= 1 for name in _DOTTED_NAMES)


# The slots that hold words naming something of the organisation's plan.
_NAME_SLOTS = ("indicator", "step", "unit")
# What a corrected message may become: intents that only read, a no to a pending write (it
# saves nothing), and writes whose handler restates what it understood on a confirmation card
# and stores nothing until that card is confirmed. Never a typed yes (it confirms a pending
# card without showing anything again), and never from a message that asks.
AFTER_CORRECTION = (
    Cancel,
    *QUESTIONS,
    Help,
    # A single-use link to the desk, sent only to the sender ("ขอลิ้ง dashbord หน่อย").
    DeskLink,
    SmallTalk,
    SubmitValue,
    SubmitBaseline,
    MarkStep,
    Undo,
    AddUnit,
    CloseYear,
)
# Writes (and settings) stored as soon as they are read: from a corrected message they are only
# offered back as the corrected text to tap ("หมายถึง 'ลงทะเบียน กองคลัง' ใช่ไหมครับ").
OFFERED_AFTER_CORRECTION = (RegisterUnit, BindGroup, PostponeReminder, ReminderSettings)


# The particle closing a message with its last letter held ("ทันนะคะะ", "ส่งแล้วครับบ"): the
# particle (a held letter elsewhere is mended while the message is normalised).
_HELD_LAST_RE = re.compile(r"(ครับ|ค่ะ|คะ|ค่า|จ้า)(?:(?<=ครับ)บ|(?<=ะ)ะ|(?<=า)า)+(?=[\s?!.~]*$)")


def understand(
    text: str, *, today: date, mention_spans: Sequence[tuple[int, int]] = ()
) -> Understanding:
    """Read one chat message into an intent with its slots; a message no rule reads is read
    again with a typo of a cue word corrected ("สถานนะ", "ลงทะเบีญ กองคลัง"), unless it asks
    something and the correction would make it a write (see ``AFTER_CORRECTION``)."""
    if "@" in text:  # a question to the bot after lines to the people in the group
        text, mention_spans = addressed_last(text, mention_spans)
    if "ะะ" in text or "บบ" in text or "าา" in text:  # "…ล่ะคะะ?": the last particle held
        text = _HELD_LAST_RE.sub(r"\1", text)
    with tokenize.one_message():
        found = _understand(text, today=today, mention_spans=mention_spans)
        if isinstance(found.intent, Unknown) and (meant := keyboard.typed_thai(text)) is not None:
            # "l5kot คับ", "pnopyo": Thai typed with the English layout on, read as meant.
            again = _understand(meant, today=today)
            if not isinstance(again.intent, Unknown):
                text, mention_spans, found = meant, (), again
        if isinstance(found.intent, SubmitValue) and found.intent.raw_value.startswith("555"):
            found = _laugh_taken_for_a_value(found, text, today) or found
        said = courtesy.core(strip_mentions(text, mention_spans) if mention_spans else text)
        found = _courtesy_set_aside(found, said, today) if said.words else found
    if (
        not isinstance(found.intent, _HELP_OR_CARDED)
        and _HELP_CUE_RE.match(text)
        and help_text.help_with_trouble(text)
    ):
        # "help ค่ะ ส่งผลไม่ขึ้น": a call for help, then the trouble told (round 43); a figure
        # typed with it stays its card.
        return replace(found, intent=Help())
    # (``_bot_failed`` reads only a step or a registration: the class is looked at first.)
    if (
        isinstance(found.intent, _FAILED_ON)
        and stores(found.intent)
        and _bot_failed(found.intent, text)
    ):
        # "ช่วยด้วยค่ะ ส่งผลแล้วบอทไม่ตอบ": what was typed to the bot, then the bot's silence.
        return replace(found, intent=Help())
    return found


# A call for help read, or a figure typed with it (its card): no trouble told for help.
_HELP_OR_CARDED = (Help, *CARDED_VALUES)
# The cheap test before ``help_with_trouble``: a call for help's first letters open the text.
_HELP_CUE_RE = re.compile(r"\s*(?:help|ช่วย|sos|เฮลป์|สวัสดี|หวัดดี|น้อง|บอท|bot)", re.IGNORECASE)


# The bot said to be silent, stuck or not to understand ("บอทไม่ตอบ", "บอทก็ไม่เข้าใจ", "บอท
# เงียบ", "บอทบอกไม่รู้จัก"): a complaint about the bot. Never the desk not showing a report yet
# ("ในระบบยังไม่ขึ้น", "บอทยังไม่ขึ้นว่าส่งแล้ว": a reminder disputed), nor a colleague silent.
_BOT_FAILED_RE = re.compile(
    r"(?:บอท|bot)\s?(?:ก็\s?|มัน\s?|เลย\s?|ยัง\s?)*"
    r"(?:ไม่\s?(?:ยอม\s?)?(?:ได้\s?)?(?:ตอบ|เข้าใจ|อ่าน|รับ|ทำงาน|ขึ้นอะไร|รู้จัก|เด้ง)"
    r"|เงียบ|ค้าง|ล่ม|เอ๋อ|error|เออเร่อ|เออเร่อร์"
    r"|(?:บอก|ตอบ|ขึ้น)\s?(?:ว่า\s?)?(?:ไม่\s?(?:รู้จัก|เข้าใจ)|error|ผิดพลาด))",
    re.IGNORECASE,
)


# The sending or registering the complaint follows ("ส่งผลแล้วบอทไม่ตอบ"): a failure told before
# it ("เมื่อวานบอทล่ม วันนี้ส่งแผนแล้ว") is another time's.
_TOLD_RE = re.compile(r"ส่ง|ลงทะเบียน|แนบ|อัป|อัพ|บันทึก")
# The failure of another time ("…เมื่อเช้าบอทค้างไปแป๊บนึง") or over now ("…ตอนนี้ใช้ได้แล้ว").
_FAILED_BEFORE_RE = re.compile(r"(?:เมื่อวาน|เมื่อเช้า|เมื่อคืน|เมื่อวันก่อน|ตอนเช้า|เช้านี้)\s?$")
_RECOVERED_RE = re.compile(r"ใช้ได้แล้ว|ใช้ได้ละ|กลับมาแล้ว|หายแล้ว|ปกติแล้ว|ได้แล้ว")


# The reports a complaint about the bot may leave unread (``_bot_failed``).
_FAILED_ON = (MarkStep, RegisterUnit)


def _bot_failed(intent: Intent, text: str) -> bool:
    """Whether a report read from ``text`` (a step sent, a unit registered) is told with a
    complaint that the bot failed on it just now: what was typed to the bot is no report. A
    figure stays its card (restated before anything is kept); a command after the complaint
    ("บอทไม่เข้าใจ ยกเลิกอันล่าสุดด้วยค่ะ", "บอทเงียบ ปิดแจ้งเตือนด้วย") is still the command."""
    if not isinstance(intent, _FAILED_ON):
        return False
    if "บอท" not in text and "bot" not in text.lower():
        return False
    failed = _BOT_FAILED_RE.search(text)
    if failed is None or _RECOVERED_RE.search(text, failed.end()):
        return False
    told = _TOLD_RE.search(text)
    return (
        told is not None
        and told.start() < failed.start()
        and _FAILED_BEFORE_RE.search(text, 0, failed.start()) is None
    )


# What the sender wishes to know, said after a greeting: "อยากทราบภาพรวม…", "ขอทราบ…".
_WISH_TO_KNOW_RE = re.compile(r"อยากทราบ|อยากรู้|ขอทราบ|สอบถาม|ขอดู|ขอสรุป")
_LAUGH = SmallTalk("laugh")
_GREETING = SmallTalk("greeting")
_STATUS_ALONE = Status()  # the status asked of nothing named: compared, never built per message
# A laugh opening or closing a message, a word of its own: "555 ส่งทันเส้นยาแดงเลย".
_LAUGH_RUN_RE = re.compile(r"^\s*(5{3,})\+*(?=\s)|(?<=\s)(5{3,})\+*[\s!.~]*$")


def _laugh_taken_for_a_value(found: Understanding, text: str, today: date) -> Understanding | None:
    """A run of 5s read as the figure of a value ("555 ส่งทันเส้นยาแดงเลย", "555 เกือบลืมส่ง
    แล้ว") is a laugh: the message is read without it. A write there is the message's (its own
    figure); chatter or nothing is the laugh; a question keeps the value only when the run
    closes the message and the words before it name what it measures ("ขยะ 555"). A figure
    with its measure ("ขยะ 555 ตัน", "5555 คน ท่องเที่ยว", "555%") is a value."""
    value = found.intent
    assert isinstance(value, SubmitValue)
    if value.unit or value.percent or value.measure or value.raw_value.strip("5"):
        return None
    run = _LAUGH_RUN_RE.search(text)
    if run is None or (run[1] or run[2]) != value.raw_value:
        return None
    if run[1] and small_talk.measured(text[run.end() :]):
        return None  # "5555 คน ท่องเที่ยว": what the figure counts follows it
    rest = _understand(f"{text[: run.start()]} {text[run.end() :]}".strip(), today=today)
    if stores(rest.intent):
        return replace(rest, normalised=found.normalised)
    if isinstance(rest.intent, (Unknown, SmallTalk)) or run[1]:
        return replace(found, intent=_LAUGH)
    if not names_an_indicator(value.indicator):
        # "รายงานผลค่อยว่ากันตอนกันยานะ ตอนนี้ยังไม่มีอะไรให้รายงาน 555": words that measure nothing
        return replace(found, intent=_LAUGH)
    return None


def _courtesy_set_aside(found: Understanding, manners: courtesy.Said, today: date) -> Understanding:
    """The message read without the manners around it (handlers.nlu.courtesy: "สวัสดีค่ะ
    สถานะ", "น้องบอท กนต.ล่ะ?", "ตัวชี้วัดที่ 3 ขอบคุณค่ะ", "กองคลังส่งแผนแล้วบ่ ขอบคุณค่ะ"):
    they say nothing, so the message means what its words without them mean. Else ``found``:
    when those words read nothing, would be stored after an opening that asks ("รบกวนสอบถาม
    หน่อยค่ะ กองคลังส่งแผนแล้ว"), are small talk themselves ("ok ขอบคุณค่ะ" stays thanks) or go
    on greeting ("สวัสดีครับ ผมเพิ่งย้ายมาดูตัวชี้วัดของสำนัก")."""
    said = manners.words
    inner = _understand(said, today=today)
    if manners.laugh and found.intent != _LAUGH and not asks(inner.normalised, said):
        # "สวัสดีค่ะ 555 กราฟสีชมพูเลย", "55555 ขยะแลกไข่ก็มาด้วย ขอบคุณค่ะ": the laugh is read
        # with what it laughs at, as it is without the greeting or the thanks.
        laughed = _understand(f"{manners.laugh} {said}", today=today)
        if laughed.intent == _LAUGH:
            return replace(laughed, normalised=found.normalised)
    if isinstance(inner.intent, Unknown):
        if found.intent == _GREETING and small_talk.leave_told(said):
            # "สวัสดีค่ะ วันนี้หนูขอลาป่วยนะคะ ฝากงานไว้กับพี่แอนแล้วค่ะ": a leave note, for colleagues.
            return replace(found, intent=Unknown(text=found.normalised))
        return found
    if inner.intent == found.intent:
        return found
    if (
        isinstance(found.intent, RegisterUnit)
        and found.intent.greeted
        and inner.intent == replace(found.intent, greeted=False)
    ):
        # "สวัสดีค่ะ จากสนจ.ปทุมธานีค่ะ": where the greeter is from, told bare, registers only a
        # unit the organisation has; any other place (the organisation itself) leaves the greeting.
        return found
    if manners.asked and stores(inner.intent):
        return found  # "รบกวนสอบถามหน่อยค่ะ กองคลังส่งแผนแล้ว": asked, never stored
    if isinstance(inner.intent, SmallTalk) and isinstance(found.intent, SmallTalk):
        return found  # "morning ค่าา": a greeting, however it ends
    if isinstance(inner.intent, Confirm) and _GO_AHEAD_ALONE_RE.match(said):
        return replace(inner, normalised=found.normalised)  # "ได้เลยค่ะ ขอบคุณค่ะ": the go-ahead
    if not content(said.lower(), small_talk.FILLER):
        return found
    if isinstance(found.intent, SmallTalk) and small_talk.told_before_courtesy(said):
        return found  # "ได้รับสรุปรายชื่อกองที่ค้างส่งแล้วครับ ขอบคุณครับ": what was received
    # "สวัสดีค่ะ เพิ่งย้ายมาสำนักงานจังหวัด อยากทราบภาพรวมตัวชี้วัด…": a newcomer who goes on to
    # say what they wish to know asks it (never a write: a question read).
    wished = isinstance(inner.intent, QUESTIONS) and _WISH_TO_KNOW_RE.search(said) is not None
    if small_talk.greeting_goes_on(said) and not asks(inner.normalised, said) and not wished:
        return found
    if found.intent == _LAUGH and not asks(inner.normalised, said):
        return found  # "ฮ่าๆ กองเราค้างส่งเป็นประจำ": a laugh at what it tells, nothing asked
    return replace(inner, normalised=found.normalised)


# A go-ahead alone ("ได้เลยค่ะ") answers the card, thanks beside it or not ("ok", "ได้" alone may
# only acknowledge: with thanks they stay thanks).
_GO_AHEAD_ALONE_RE = re.compile(
    r"\s*ได้\s?เลย(?:\s?(?:ค่ะ|ครับ|คะ|ค่า|จ้า|จ้ะ|คับ|ครับผม|นะคะ|นะครับ))*[\s!.]*$"
)


def _understand(
    text: str, *, today: date, mention_spans: Sequence[tuple[int, int]] = ()
) -> Understanding:
    found = _UNDERSTANDER.understand(text, today=today, mention_spans=mention_spans)
    # Every afterthought's lower case holds "(", "เดี๋ยว", "ขอ" or an "s" of "sorry", and no
    # other letter lower-cases to these (tested): most messages are neither lowered nor searched.
    if (
        ("(" in text or "เดี๋ยว" in text or "ขอ" in text or "s" in text or "S" in text)
        and _AFTERTHOUGHT_RE.search(text.lower())
        and not isinstance(found.intent, Confirm)
    ):
        yes = None if stores(found.intent) else _yes_said_around(found, text, today)
        if yes is not None:  # "ถูกต้องแล้วครับ บันทึกเลย เดี๋ยวลืม": the yes, its afterthought aside
            return yes
    # (``found`` is read once: its reading, its text and whether it is unknown are kept for
    # the many looks below.)
    intent, said = found.intent, found.normalised
    unknown = isinstance(intent, Unknown)
    # (A dataclass equals only one of its own class: the class is compared first, a look
    # cheaper than the two ``__eq__`` calls a reading of another class makes.)
    if (
        unknown
        or intent.__class__ is Status
        and intent == _STATUS_ALONE
        or ("ใคร" in said and _named_only(intent))
    ):
        # (An indicator named, "ใครเป็นตัวแทน PMQA ของกองกลาง": PMQA names the team's unit's.)
        short = _short_asked(found, text, today)
        if short is not None:  # "สมาชิกกองกลาง", "เดือน ก.ย.?", "ใครยัง": said in few words
            return short
    if unknown and "ลงทะเบียนเข้า" in said:
        asked = short_asks.registered_yet(said)
        read = _UNDERSTANDER.understand(asked.text, today=today) if asked else None
        if read is not None and isinstance(read.intent, Members):
            return replace(read, normalised=said)  # "น้องแนนลงทะเบียนเข้า…หรือยังคะ"
    if isinstance(intent, Deadlines) and intent.step and _TICK_RE.search(text):
        ticked = _step_ticked(text, today)
        if ticked is not None:  # "ขั้นตอนที่สาม ✅": the step ticked off, reported done
            return replace(ticked, normalised=said)
    # "…ผมต้น จาก ศทส. ได้รับมอบหมายให้เป็น PMQA Team ครับ": the team joined is no indicator.
    greeting = intent.__class__ is SmallTalk and intent == _GREETING
    if (
        unknown
        or greeting
        or isinstance(intent, IndicatorQuery)
        and _TEAM_JOINED_RE.search(text.lower()) is not None
    ):
        belonging = belonging_told(text)
        if belonging is not None:  # "อยู่กองกลางค่ะ": asked back on a card, never stored at once
            greeted = greeting
            return replace(found, intent=replace(belonging, greeted=greeted))
    if "ว่า" in said and _REMINDER_SAID_RE.search(text.lower()):
        disputed = _reminder_disputed(found, text, today)
        if disputed is not None:  # "บอทขึ้นว่ากองกลางยังไม่ส่ง แต่ส่งแผนแล้วนะคะ": the report
            return disputed
    if isinstance(intent, IndicatorQuery) and _sum_asked(said):
        return replace(found, intent=Unknown(text=said))  # "บอท 1+1 ได้เท่าไหร่"
    if _OTHER_MATTER in said:
        head = _other_matter_dropped(said, today)
        if head is not None:  # "…ส่งแผนแล้ว ส่วนเรื่องจองห้องเดี๋ยวคุยกันหลังไมค์": for colleagues
            return head
    # (``report_before_time_worry`` reads nothing of a text without "ทัน": looked at first.)
    if "ทัน" in text and not stores(intent) and (head := report_before_time_worry(text)) is not None:
        reported = _understand(head, today=today)  # read whole: its asides set apart too
        if isinstance(reported.intent, CARDED_VALUES):  # "ส่งผลขยะ ๖๑.๔ ค่ะ ทันไหมเนี่ย"
            return replace(reported, normalised=said)
    # Every afterword holds "แก้", or "ไม่" or "ทำไม" and "ว่า", or asks "…ไหม" (see
    # ``_AFTERWORD_RE``).
    if (
        "แก้" in said
        or ("ไม่" in said or "ทำไม" in said)
        and "ว่า" in said
        or (("ต้อง" in said or "ไม่" in said) and isinstance(intent, RuleQuestion))
    ):
        reported = _report_before_afterword(found, today, text)
        if reported is not None:  # "ส่งเป็นกระดาษไปแล้วนะคะ ไม่รู้มาก่อนว่าต้องใช้ drive"
            return reported
    # (Each of the next four reads nothing of a message without its literal: "ไม่ใช่", "ได้".)
    retracted = _question_taken_back(said, today) if "ไม่ใช่" in said else None
    if retracted is not None:  # "ส่งแผนยังไงอะ ไม่ใช่ๆ ส่งแล้วๆ": the report said instead
        return retracted
    favour = (
        (
            _setting_asked(said, today)
            or _registration_asked(found, today)
            or _step_record_asked(found, text, today)
        )
        if "ได้" in said
        else None
    )
    if favour is not None:  # "ปิดสรุปรายสัปดาห์ได้ไหม": offered back, never stored as asked
        return favour
    typed = strip_mentions(text, mention_spans) if mention_spans else text  # none: as it is
    # Said to colleagues (handlers.nlu.asides), unless a report stands beside the remark.
    if aside(said, intent, typed):
        # "ไม่แน่ใจว่าต้องส่งแผนทางอีเมลด้วย": a doubt said to no one in particular still asks.
        doubted = _doubt_asked(said, today)
        told = doubted or _report_beside_remark(found, typed, today)
        return told or replace(found, intent=Unknown(text=said))
    # "ขยะได้เท่าไหร่ครับ ผู้ว่าฯ ถามมา…", "…ผมเลยอยากรู้ว่า…": read without who asked and why
    asked = after_the_story(typed)  # "…เลยอยากถามว่า…": what follows is asked, never a write
    context_free = asked or set_aside(typed)
    if context_free:
        kept = _without_context(found, context_free, typed, today, asked=bool(asked))
        if kept is not None:
            return kept
    both = joined(typed, lambda clause: _UNDERSTANDER.understand(clause, today=today).intent)
    if both is not None:  # two asks in one message (handlers.nlu.clauses)
        return replace(found, intent=both[0], later=both[1])
    if _named_only(intent) and _said_more(found):
        return _aspect_corrected(found, typed, today)
    if "บันทึก" in said and isinstance(intent, (History, Missing)):
        recorded = _recorded_asked_of(found, today)
        if recorded is not None:  # "ตัวเลขขยะที่บันทึกไปได้เท่าไหร่": its result, not history
            return recorded
    if not unknown and said:
        named = _typo_in_name(found, typed, today) or _cue_typo_in_name(found, typed, today)
        if named is not None:  # "ส่งรายงายผลแล้ว": the name's typo was read as the name
            return named
    if not unknown or not said:
        return found
    yes = _yes_said_around(found, typed, today)
    if yes is not None:  # "อืม ใช่ ยืนยัน", "ยืนยันนะคะ (ขอโทษที่ตอบช้า…)", "ยนยันครับ"
        return yes
    doubted = _doubt_asked(found.normalised, today)
    if doubted is not None:  # "ไม่แน่ใจว่าแผนต้องให้ ผอ. ลงนามในแบบฟอร์มด้วย": asked as a doubt
        return doubted
    verdict = _verdict_told(found.normalised, typed, today)
    if verdict is not None:  # "พี่ กพร. ตรวจแผนกองกลางแล้ว บอกว่าผ่านค่ะ": the plan passed
        return verdict
    typed = unicodedata.normalize("NFC", typed).lower().strip()
    follow_up = queries.read_follow_up(typed)
    if follow_up is not None:  # "กนต.ล่ะ?": the unit named alone asks for its status
        return replace(found, intent=follow_up)
    corrected = _CORRECTOR.correct(typed)
    if corrected == typed or _someone_made_the_sender(typed, corrected):
        return found
    second = _UNDERSTANDER.understand(corrected, today=today)
    if isinstance(second.intent, Unknown) and _held_letter_mended(typed, corrected):
        # "สถานนะล่าสุดด": a letter held, then a cue word's typo; read after both are mended,
        # and only as a question (two corrections never make a write).
        twice = _CORRECTOR.correct(corrected)
        if twice != corrected and not _someone_made_the_sender(typed, twice):
            again = _UNDERSTANDER.understand(twice, today=today)
            if isinstance(again.intent, QUESTIONS):
                second, corrected = again, twice
    if not isinstance(second.intent, AFTER_CORRECTION + OFFERED_AFTER_CORRECTION):
        return found
    if aside(found.normalised, second.intent, typed):  # "กาแฟใครสั่ง" is no "ใครส่ง"
        return found
    if stores(second.intent) and asks(found.normalised, typed):
        return found  # the typed message asked: its correction asks too, or it is not read
    return replace(second, corrected=corrected)


def _held_letter_mended(typed: str, corrected: str) -> bool:
    """Whether ``corrected`` is ``typed`` with one Thai letter typed twice in a row typed once
    ("ล่าสุดด" -> "ล่าสุด")."""
    if len(corrected) != len(typed) - 1:
        return False
    pairs = zip(typed[:-1], corrected, strict=True)
    at = next((i for i, (a, b) in enumerate(pairs) if a != b), len(corrected))
    return (
        at > 0
        and typed[at] == typed[at - 1]
        and "\u0e01" <= typed[at] <= "\u0e2e"
        and typed[:at] + typed[at + 1 :] == corrected
    )


# The team joined or the work taken on ("ได้รับมอบหมายให้ดูแลเรื่อง PMQA", "ผู้แทนกองนิติการ"),
# or the unit one is not in ("หนูไม่ได้อยู่ กค. อยู่ กก. ค่ะ"): the sender's belonging, no indicator.
# The work taken on, told after the unit: "ผมจากกองนิติการครับ รับผิดชอบ PMQA ปีนี้".
_TEAM_JOINED_RE = re.compile(
    r"ทีม\s?pmqa|pmqa\s?team|ร่วมทีม|เข้าทีม|ได้รับมอบหมาย|ผู้แทน|ตัวแทน|ไม่\s?ได้\s?อยู่"
    r"|รับผิดชอบ\s?(?:งาน\s?)?pmqa|ผู้ประสานงาน"
)


# A yes to a card said with a sound before it or the sender's own afterthought after it:
# "อืม ใช่ ยืนยัน", "ค่ะ ใช่ค่ะ กจ.ค่ะ" (a hum or a particle first); "ถูกต้องค่ะ ยืนยัน เดี๋ยว
# แจ้งทีมต่อเอง", "ถูกต้องแล้วครับ บันทึกเลย เดี๋ยวลืม" (what the sender will do next),
# "ยืนยันนะคะ (ขอโทษที่ตอบช้า ติดประชุมอยู่ค่ะ)" (an apology or a remark in brackets).
_HUM_FIRST_RE = re.compile(
    r"^\s*(?:อืม+|อื้ม+|อือ+|อื้อ+|เออ|อ่า+|ค่ะ|คะ|ครับ|ครับผม|จ้า)(?:\s+|\s?,\s?)(?=\S)"
)
_AFTERTHOUGHT_RE = re.compile(
    # "เดี๋ยวก่อน", "เดี๋ยวๆ", "เดี๋ยวนะ" halt the card: no afterthought.
    r"\s(?:\(|เดี๋ยว(?!\s?(?:ก่อน|ๆ|นะ|รอ|แป๊บ))|ขอโทษ|ขออภัย|sorry)"
)
# What takes the yes back or holds it, in the afterthought: "…เดี๋ยวขอเช็คอีกที", "…เดี๋ยวแก้
# ตัวเลขให้", "…เดี๋ยวรอ ผอ. ก่อน", asked ("…เดี๋ยวส่งไหม").
_AFTERTHOUGHT_HOLDS_RE = re.compile(
    r"ไม่|ยัง|แก้|ผิด|ก่อน|รอ(?![บงย])|เช็ค|เช็ก|ตรวจ|ทวน|ถาม|ขอ(?!โทษ|อภัย)|ยกเลิก|เปลี่ยน|ลบ|ถอน|แต่"
)
# The yes said before the afterthought must be a yes word, not an ack ("โอเคครับ เดี๋ยวจัดการ",
# "ok รับทราบ เดี๋ยวแจ้งน้องในกอง": an ack to a colleague) nor an agreement to anything ("ตกลง").
_YES_WORD_RE = re.compile(r"ยืนยัน|ใช่|ถูก|คอนเฟิร์ม|confirm|yes|บันทึก")
_ACK_FIRST_RE = re.compile(r"^\s*(?:ok|okay|โอเค|ตกลง|ได้|รับทราบ)", re.IGNORECASE)


def _yes_said_around(found: Understanding, typed: str, today: date) -> Understanding | None:
    """A yes read without a hum before it, without the sender's afterthought after it, or
    from the yes word misspelt alone (see ``_HUM_FIRST_RE``, ``_AFTERTHOUGHT_RE``); else None.
    Nothing asked, and what is left must read as a yes on its own."""
    said = unicodedata.normalize("NFC", typed).strip()
    lowered = said.lower()
    if asks(found.normalised, said):
        return None
    hum = _HUM_FIRST_RE.match(lowered)
    if hum is not None:
        rest = said[hum.end() :]
        read = _UNDERSTANDER.understand(rest, today=today)
        if isinstance(read.intent, Confirm) and _YES_WORD_RE.search(rest.lower()):
            return replace(read, normalised=found.normalised)
        said, lowered = rest, rest.lower()  # "อืม ใช่ ยืนยัน เดี๋ยวแจ้งทีม": both set aside
    after = _AFTERTHOUGHT_RE.search(lowered)
    if after is None or after.start() == 0:
        return None
    head, tail = said[: after.start()], lowered[after.start() :]
    if _AFTERTHOUGHT_HOLDS_RE.search(tail) or _ACK_FIRST_RE.match(head.lower()):
        return None
    if not _YES_WORD_RE.search(head.lower()):
        return None
    read = _UNDERSTANDER.understand(head, today=today)
    if not isinstance(read.intent, Confirm):
        return None
    return replace(read, normalised=found.normalised)


# A step named alone (its unit maybe beside it), ticked off by a check mark closing the
# message: "ขั้นตอนที่สาม ✅", "กองคลัง ขั้นตอนที่ 3 ✅". Asked ("…✅ ใช่ไหม") it is no tick.
_TICK_RE = Guarded(re.compile(r"\s?(?:✅|✔️|✔|☑️|☑)+\s*$"))
_TICKED_STEP_RE = re.compile(r"(?:ขั้นตอน|ขั้น|step)\s?(?:ที่\s?)?\S+$")


def _step_ticked(text: str, today: date) -> Understanding | None:
    """The step a check mark ticks off, read as told done; None unless the words before the
    mark end with the step and read as that step's done with nothing asked."""
    said = _TICK_RE.sub("", text).strip()
    step = _TICKED_STEP_RE.search(said.lower())
    if step is None or asks(said, said):
        return None
    read = _UNDERSTANDER.understand(f"{said} done", today=today)
    if not isinstance(read.intent, MarkStep) or not read.intent.step:
        return None
    # Only a unit may stand before the step ("กองคลัง ขั้นตอนที่ 3 ✅"); any other words
    # ("พรุ่งนี้…", "รอ…", "วิธีทำ…", "กองกลาง ยังไม่ได้ …", "หัวข้อประชุม: …") tick nothing off.
    head = said[: step.start()].split()
    return read if not head or len(head) == 1 and read.intent.unit else None


# Someone else's pronoun ("เขาอยู่กองคลัง", "พี่เค้าอยู่…"): never a typo of the sender's own
# ("เราอยู่"), which would read news of a colleague as the sender's registration.
_THIRD_PERSON_RE = re.compile("เขา|เค้า")


def _someone_made_the_sender(typed: str, corrected: str) -> bool:
    """Whether the correction turned someone else's pronoun into another word."""
    return len(_THIRD_PERSON_RE.findall(corrected)) < len(_THIRD_PERSON_RE.findall(typed))


def _report_beside_remark(found: Understanding, typed: str, today: date) -> Understanding | None:
    """The report a remark to colleagues stands beside ("ขยะ 52.3 ค่ะ ฝากพี่ๆ ตรวจด้วย", "ใครมี
    ไฟล์ขยะ ส่งผลขยะ 52.3 แล้วนะ"), read from its own words; None when the words beside the
    remark report nothing (work handed to the group, a question, chat)."""
    for part in beside_a_remark(typed):
        told = _UNDERSTANDER.understand(part, today=today)
        if aside(told.normalised, told.intent, part):
            continue
        if a_report(told.normalised, told.intent, part):
            return replace(told, normalised=found.normalised)
        if (
            isinstance(told.intent, QUESTIONS)
            and asks(told.normalised, part)
            and typed.rstrip().endswith(part)
            and clause_closed(typed.rstrip()[: -len(part)])
            and hands_work_over(typed)
        ):
            # "ฝากพี่ตามกองคลังหน่อยนะคะ กองไหนยังไม่ส่งแผนบ้าง": work handed to a colleague,
            # then a question of its own after the remark's clause, for the bot.
            return replace(told, normalised=found.normalised)
    return None


# The PMQA work as a whole, followed or not ("ไม่ได้ตามเรื่อง PMQA เลย", "งาน PMQA").
_PMQA_WORK_RE = re.compile(r"(?:เรื่อง|งาน)\s?pmqa", re.IGNORECASE)
_EVERY_INDICATOR_RE = re.compile(r"ทุก\s?ตัว|(?:ตัวชี้วัด|kpi)\s?ทั้ง\s?หมด|ภาพรวม", re.IGNORECASE)


def _without_context(
    found: Understanding, kept: str, typed: str, today: date, *, asked: bool = False
) -> Understanding | None:
    """The message read from ``kept``, its sentences left once those of context are set aside
    (handlers.nlu.clauses.set_aside), when they hold a complete ask or write; else None. The
    context never makes a write of chatter or of a message that asks (the sentences set aside
    ask nothing, so what is kept asks whatever the message does; what follows "…อยากถามว่า" is
    ``asked``), nor a question of a write (its figures may stand in the context), nor small
    talk of a write or of a message that asks (nor a greeting of one read as a question), nor a
    reading that names nothing of one whose subject was named in the words set aside."""
    read = _understand(kept, today=today)
    whole, intent = found.intent, read.intent
    # "ปีที่แล้วจำได้ว่าขยะได้ 48 ค่ะ ปีนี้ได้เท่าไหร่", "ขยะ 52.3 ค่ะ ผอ.เลยอยากรู้ว่าผ่านไหม":
    # what is asked of is named only in the words set aside.
    # A team's list is of a unit, never of an indicator ("…ขอรายชื่อคณะทำงาน PMQA… รบกวนบอท
    # แสดงรายชื่อสมาชิกทีมทั้งหมด…").
    # The overview of every indicator ("…หนูเลยอยากขอดูภาพรวมทุกตัวชี้วัด") names them all; an
    # indicator's slot of words naming none ("ยังไม่เคยทำ… ตัวนี้คิดจากอะไร") names nothing.
    named = (
        isinstance(intent, (SmallTalk, Members))
        or any(getattr(intent, n, "") for n in _NAME_SLOTS if n != "indicator")
        or getattr(intent, "indicator", "")
        and (
            not isinstance(intent, IndicatorQuery)
            or names_an_indicator(kept)
            or units_named(intent.indicator).count > 0  # "สรุปสถานะของกองคลัง": the unit's
        )
        or isinstance(intent, Status)
        and _EVERY_INDICATOR_RE.search(kept) is not None
    )
    if not named and names_an_indicator(typed) and not names_an_indicator(kept):
        # "…ไม่ได้ตามเรื่อง PMQA เลย ตอนนี้เราอยู่ขั้นไหนกันแล้วคะ": the PMQA work as a whole,
        # named in the words set aside, is what the organisation's status answers.
        whole_work = _PMQA_WORK_RE.sub(" ", typed)
        if not isinstance(intent, Status) or intent.unit or names_an_indicator(whole_work):
            return None
    # The sender's own unit is told in a newcomer's words set aside ("หนูเพิ่งย้ายมา กค. ค่ะ
    # ลงทะเบียนให้ด้วยนะคะ"): a registration or a team's list is read whole.
    own = isinstance(intent, (RegisterUnit, Members, BindGroup)) and type(whole) is type(intent)
    if own and not asked:
        return None
    if stores(intent):
        said = stores(whole) or isinstance(whole, QUESTIONS)
        if asked or not said or asks(read.normalised, kept):
            return None
        if requests_a_look(found.normalised, typed):
            return None  # "ขยะ 52.3 ช่วยเช็คให้หน่อย": the figure is to be checked, not stored
    elif isinstance(intent, QUESTIONS):
        # A plea for help read of the whole ("…ผมตอบไม่ถูกเลย") gives way to what the story
        # led to asking ("…รบกวนบอทเช็คให้หน่อยครับว่าผ่านกี่ตัว").
        if not isinstance(whole, (*QUESTIONS, Unknown)) and not (asked and whole == Help()):
            return None
    elif (
        not isinstance(intent, SmallTalk)
        or stores(whole)
        # "อรุณสวัสดิ์ค่ะ ขอภาพรวมทุกกองก่อนเข้าประชุม…": a greeting opens what is asked after it
        or intent == _GREETING
        and isinstance(whole, QUESTIONS)
        or asks(found.normalised, typed)
    ):
        return None
    return replace(read, normalised=found.normalised)


def _typo_in_name(found: Understanding, typed: str, today: date) -> Understanding | None:
    """The message read again with a typo corrected, when the typo stands in the words of a
    name slot ("ส่งรายงายผล" read a step "งาย"): those words name nothing as typed. Kept as the
    corrections of a message nothing read are (``AFTER_CORRECTION``); else None."""
    intent = found.intent
    # The slots of ``_NAME_SLOTS`` named one by one: no comprehension's frame for each message.
    named = []
    indicator = getattr(intent, "indicator", "")
    if isinstance(indicator, str) and indicator:
        named.append(indicator)
    step = getattr(intent, "step", "")
    if isinstance(step, str) and step:
        named.append(step)
    unit = getattr(intent, "unit", "")
    if isinstance(unit, str) and unit:
        named.append(unit)
    if not named:
        return None
    slot_words = " ".join(named)
    lowered = slot_words.lower()
    # (A name word, most slot words, is typed right by a set's look-up here: no call for it.)
    for word in lowered.split():
        if word not in _NAME_WORDS and not _typed_right(word):
            break  # a word that may be a typo
    else:  # every slot word typed right
        return None  # "ขยะ", "กองคลัง", "3": names and words typed right, no typo there
    cased = unicodedata.normalize("NFC", typed).strip()
    typed = cased.lower()
    corrected = _name_typo_corrected(typed, lowered)
    if corrected == typed:
        return None
    start = next((i for i, (a, b) in enumerate(zip(typed, corrected, strict=False)) if a != b), 0)
    tail = 0  # the letters both end with, after the start
    most = min(len(typed), len(corrected)) - start
    while tail < most and typed[-1 - tail] == corrected[-1 - tail]:
        tail += 1
    end = max(len(typed) - tail, start)
    held = set(tokenize.pieces(slot_words))
    if not any(p in held for p in _pieces_over(typed, start, max(end, start + 1))):
        return None
    if len(cased) == len(typed):  # the rest as typed: a link's letters keep their case
        corrected = f"{cased[:start]}{corrected[start : len(corrected) - tail]}{cased[end:]}"
    second = _UNDERSTANDER.understand(corrected, today=today)
    if not isinstance(second.intent, AFTER_CORRECTION) or second.intent == found.intent:
        return None
    if aside(found.normalised, second.intent, typed):
        return None
    if stores(second.intent) and asks(found.normalised, typed):
        return None  # the typed message asked: its correction asks too, or it is not read
    return replace(second, corrected=corrected)


def _cue_typo_in_name(found: Understanding, typed: str, today: date) -> Understanding | None:
    """A question whose cue word's typo was read as an indicator's name ("กำหนดสงแผนวันที่
    เท่าไหร่" asked the result of an indicator "กำหนดสงแผน"): read again with the cue corrected,
    kept only as another question, never as a write; None when the words name an indicator."""
    intent = found.intent
    if not isinstance(intent, IndicatorQuery) or not isinstance(intent.indicator, str):
        return None
    name = intent.indicator
    if not name or any(map(str.isdigit, name)):  # (no generator's frame for each message)
        return None
    # A name word that names an indicator first (a set's look: "ขยะ"), then the question,
    # the cheaper look than the other names' (the name is normalised).
    if name in _naming_words() or not asks(found.normalised, typed) or names_an_indicator(name):
        return None
    lowered = unicodedata.normalize("NFC", typed).lower().strip()
    corrected = _CORRECTOR.correct(lowered)
    if corrected == lowered or name in corrected:
        return None  # the correction left the name's words as they were
    second = _UNDERSTANDER.understand(corrected, today=today)
    if not isinstance(second.intent, QUESTIONS):
        return None
    # "ตัวชีวัด 6 ผ่านขั้นไหน" read "ชีวัด" as a name: the indicator's word corrected names one by
    # its number or its words; another name of words naming none is no better.
    if isinstance(second.intent, IndicatorQuery) and not _names_one(second.intent.indicator):
        return None
    if aside(found.normalised, second.intent, typed):
        return None
    return replace(second, corrected=corrected)


def _names_one(indicator: object) -> bool:
    """Whether an indicator slot names one: by its code ("6", "2.1") or by words that name one."""
    if not isinstance(indicator, str) or not indicator:
        return False
    return indicator.replace(".", "").isdigit() or _names_an_indicator(indicator)


@cache
def _naming_words() -> frozenset[str]:
    """The name words (``_NAME_WORDS``) that name an indicator, told once: an indicator's slot
    is most often one of them alone ("ขยะ"), normalised again by each look otherwise."""
    return frozenset(filter(names_an_indicator, _NAME_WORDS))


def _names_an_indicator(words: str) -> bool:
    """``names_an_indicator``, looked up for a name word alone."""
    return words in _naming_words() or names_an_indicator(words)


def _typed_right(word: str) -> bool:
    """Whether a slot word is no typo of a name: a name word itself, a word of the dictionary
    long enough not to be a name's piece cut short ("งาย" of "รายงาย" is one), no letters, a
    unit's abbreviation, or English or Thai words in which no name word's typo stands."""
    # The set look-ups first: the letter test walks the word in Python.
    if word in _NAME_WORDS or len(word) >= _LONG_WORD and word in _DICTIONARY:
        return True
    if word[-1:] == "." and _ABBREVIATION_RE.fullmatch(word) and not _near_a_dotted_name(word):
        return True  # "ศทส.", "สป.รง.": a unit's abbreviation, no typo of a name word
    if not any(c.isalpha() for c in word):
        return True
    if word.isascii():  # "master", "readiness": an English word, no name word's typo itself
        return word.isalpha() and _NAME_CORRECTOR.correct(word) == word
    # "เข้าประชุม", "คะแนนความพร้อมรัฐบาลดิจิทัล": Thai words joined, each typed right, and
    # no name word's typo among them ("ท่องเทียว" is ท่อง and เทียว, and ท่องเที่ยว mistyped).
    return (
        len(word) > _LONG_WORD
        and _THAI_WORD_RE.fullmatch(word) is not None
        and all(_piece_typed_right(piece) for piece in tokenize.part_pieces(word))
        and _NAME_CORRECTOR.correct(word) == word
    )


def _piece_typed_right(piece: str) -> bool:
    """Whether one segmented piece of a slot word is a name word or a long dictionary word."""
    return piece in _NAME_WORDS or len(piece) >= _LONG_WORD and piece in _DICTIONARY


def _name_typo_corrected(typed: str, slot_words: str) -> str:
    """``typed`` with its one best correction of a name word (``_NAME_CORRECTOR``), or as it
    is; corrected whole only when the text around a slot word holds such a typo at all (see
    ``_slot_windows``): the caller has found a slot word not typed right (``_typed_right``)."""
    windows = _slot_windows(typed, slot_words)
    if windows is not None:
        correct = _NAME_CORRECTOR.correct
        # Each window once (a window is the same for slot words side by side); any order: the
        # whole text is corrected when any of them holds a typo.
        if all(correct(window) == window for window in dict.fromkeys(windows)):
            return typed
    return _NAME_CORRECTOR.correct(typed)


def _slot_windows(typed: str, slot_words: str) -> list[str] | None:
    """The text around each slot word in ``typed``, as far as a correction's span may reach:
    the cheap test before correcting the whole message is whether one of them holds a typo of
    a name word. None when that test would decide nothing: a slot word not found as typed (no
    window to test, the whole text is corrected), or a window that is the whole text (its
    correction is the whole text's: unchanged, nothing is read again, whatever the other
    windows hold; changed, it is the correction read)."""
    reach = _NAME_CORRECTOR.reach
    windows = []
    for word in slot_words.split():
        at = typed.find(word)
        if at < 0 or at <= reach and at + len(word) + reach >= len(typed):
            return None
        windows.append(typed[max(at - reach, 0) : at + len(word) + reach])
    return windows


def _pieces_over(text: str, start: int, end: int) -> list[str]:
    """The segmenter's pieces of ``text`` that overlap ``text[start:end]``."""
    found, at = [], 0
    for piece in tokenize.pieces(text):
        if at < end and start < at + len(piece) and piece.strip():
            found.append(piece)
        at += len(piece)
    return found


# Sums asked to test the bot ("บอท 1+1 ได้เท่าไหร่", "2*3 เท่ากับเท่าไร"): no indicator's figure.
# A year's figure reckoned with ("(คะแนนปี 66 + 445)/2": a tier's bar) is no sum asked.
_SUM_RE = re.compile(
    r"(?<![\d.,])(?<!ปี)(?<!ปี )\d{1,3}\s?[+*×÷]\s?\d{1,3}(?![\d.,])(?!\s?(?:%|เปอร์|ร้อยละ))"
)


def _sum_asked(normalised: str) -> bool:
    return ("+" in normalised or "*" in normalised or "×" in normalised or "÷" in normalised) and (
        _SUM_RE.search(normalised) is not None
    )


def _verdict_told(normalised: str, typed: str, today: date) -> Understanding | None:
    """A check and its result told (handlers.nlu.verdicts), read as the verdict itself: a step
    passed or not, never anything else, never from a message that asks."""
    said = checked_then_told(normalised)
    if said is None or asks(normalised, typed):
        return None
    read = _UNDERSTANDER.understand(said, today=today)
    if not isinstance(read.intent, MarkStep) or read.intent.passed is None:
        return None
    return replace(read, normalised=normalised)


# "ส่วนเรื่อง…" after what is told or asked opens another matter, for the group.
_OTHER_MATTER = " ส่วนเรื่อง"


def _other_matter_dropped(normalised: str, today: date) -> Understanding | None:
    """What the words before another matter opened say, when they are read for the bot."""
    head, tail = (part.strip() for part in normalised.split(_OTHER_MATTER, 1))
    if not head or asks(tail, tail):  # "…ส่วนเรื่องแผนกองกลางส่งหรือยัง" asks of it too
        return None
    first = _UNDERSTANDER.understand(head, today=today)
    if isinstance(first.intent, Unknown) or aside(first.normalised, first.intent, head):
        return None
    return replace(first, normalised=normalised)


# What a sender adds after a report of a step (the last clause of the message): that they did
# not know the usual way ("…ไม่รู้มาก่อนว่าต้องใช้ drive"), a plea to fix the entry ("…ขอแก้ให้
# ด้วยน้า"), or a doubt whether something more must be done ("…ไม่แน่ใจว่าต้องอัป drive ซ้ำ
# อีกไหม"). The report stands; a doubt is left for later (it is asked after the card).
_UNAWARE = r"ไม่\s?(?:รู้|ทราบ)\s?(?:มา\s?ก่อน)?\s?ว่า"
_FIX_IT = r"(?:ขอ|ช่วย|รบกวน)\s?แก้\s?(?:ไข)?\s?(?:ให้)?\s?(?:ด้วย|หน่อย|ที)?"
_MORE_DOUBTED = r"(?:หนู|ผม|ดิฉัน)?\s?ไม่\s?แน่\s?ใจ\s?ว่า\s?(?:จะ\s?)?(?:ต้อง|ควร)"
# Why the bot still shows it pending, asked after the report: "ส่งรายชื่อทีมไปตั้งแต่ ๒๘ พ.ย.
# แล้วนะคะ ทำไมยังขึ้นว่าค้าง" (the sender insists it was sent; the why is asked after the card).
_STILL_SHOWN = (
    r"ทำไม\s?(?:บอท|ระบบ)?\s?(?:ยัง\s?|ถึง\s?)?(?:ขึ้น|แสดง|บอก|โชว์)\S{0,6}?\s?ว่า\s?(?:ยัง\s?)?"
    r"(?:ค้าง|ไม่\s?(?:ได้\s?)?ส่ง)"
)
# Whether another way or more must be done too, asked bare after the report closed by its
# particle: "ส่งแผนเป็นกระดาษไปแล้วครับ ต้องอัป drive อีกไหม", "…แล้วค่ะ ต้องส่งทาง drive ด้วยไหม";
# whether the way told counts: "ส่งแผนทาง email ไปแล้วครับ ไม่รู้นับไหม". With no particle
# between, the sending is the condition of the question ("ส่งเมลไปแล้ว ต้องอัปขึ้น drive ซ้ำ
# อีกรอบมั้ยคะ": having sent it so, must it go up again?) and nothing is reported.
_MORE_ASKED = (
    r"(?:แล้ว\s?)?(?:ต้อง|ควร)\s?(?:อัป|อัพ|ส่ง|แนบ|upload|ยื่น)\S{0,24}?(?:\s\S{1,24}?){0,3}?\s?"
    r"(?:อีก|ด้วย|ซ้ำ|เพิ่ม)\S{0,8}?\s?(?:ไหม|มั้ย|หรือเปล่า|หรือไม่|ป่ะ|ปะ)$"
    r"|ไม่\s?(?:รู้|ทราบ|แน่\s?ใจ)\s?(?:ว่า\s?)?(?:จะ\s?)?(?:นับ|ใช้\s?ได้)\s?(?:ไหม|มั้ย|หรือเปล่า|หรือไม่|ป่ะ)$"
)
# That the entry is only now seen missing: "…ไปตั้งแต่ 26 พ.ย. 67 นะครับ ผมเพิ่งเห็นว่ายังไม่ได้บันทึก"
# (the report is why the sender writes; nothing is asked of the desk).
_SEEN_UNRECORDED = (
    r"(?P<unrecorded>(?:หนู|ผม|ดิฉัน)?\s?(?:เพิ่ง|พึ่ง)\s?(?:เห็น|สังเกต|รู้|ทราบ|เช็ค|เช็ก)\s?ว่า"
    r"\s?(?:บอท|ระบบ|ใน\s?ระบบ)?\s?(?:ยัง\s?)?ไม่\s?(?:ได้\s?)?(?:บันทึก|ลง|ขึ้น))"
)
_AFTERWORD_RE = re.compile(
    rf"\s(?P<after>(?:{_UNAWARE}|{_MORE_DOUBTED})\S.*|{_STILL_SHOWN}.*|{_SEEN_UNRECORDED}.*"
    rf"|(?P<more>{_MORE_ASKED})"
    rf"|{_FIX_IT}(?:\s?(?:นะ|น้า|ครับ|คับ|ค่ะ|คะ|จ้า|ค่า|จ้ะ))*)$"
)
# Something more, or again: what a doubt after a report asks of, never the report itself.
_MORE_RE = re.compile("ซ้ำ|อีก|ด้วย|เพิ่ม|ใหม่")
# A report closed by its particle, then more words: "…แล้วครับ ต้องอัป…", "…ไปแล้วค่ะ ไม่รู้…".
_REPORT_CLOSED_RE = re.compile(r"(?:แล้ว|เรียบร้อย)\s?(?:นะ\s?)?(?:ครับ|ค่ะ|คะ|คับ|ค่า|จ้า|ค้าบ)\s+\S")
_WHICH_RE = re.compile("ไหน|อะไร|ยังไง|อย่างไร|เท่าไหร่|เท่าไร|กี่|ใคร")
# Whether the way told counts: what a doubt after a report asks of it, never the report itself.
_COUNTED_RE = re.compile(r"นับ|ใช้\s?ได้")


# What the bot (or the system's reminder) said of a unit not having sent, quoted, then the
# sender's word against it: "บอทขึ้นว่ากองกลางยังไม่ส่ง แต่…", "ตามที่ระบบแจ้งเตือนว่ากองนิติการ
# ยังไม่ได้จัดส่งแผน ขอเรียนชี้แจงว่า…". The unit quoted is ``who``; what follows the dispute is
# what the sender tells.
_REMINDER_SAID_RE = re.compile(
    r"(?:บอท|ระบบ|bot)\s?(?:ได้\s?)?(?:ขึ้น|บอก|แจ้ง|เตือน|แสดง|โชว์)\S{0,10}?\s?ว่า\s?"
    r"(?P<who>\S{0,40}?)\s?(?:ยัง\s?)?(?:ไม่\s?(?:ได้\s?)?(?:จัด\s?|นำ\s?)?ส่ง|ค้าง\s?ส่ง|ขาด\s?ส่ง)"
    r"(?P<what>\S*)"
    r".{0,40}?\s(?:แต่|ขอ\s?(?:เรียน\s?)?ชี้แจง\s?(?:ว่า)?|(?=ความ\s?จริง|ที่\s?จริง))\s?"
    r"(?:(?:ความ\s?จริง|ที่\s?จริง)(?:\s?(?:แล้ว|คือ))?\s?)?"
)


def _reminder_disputed(found: Understanding, typed: str, today: date) -> Understanding | None:
    """The report that disputes a reminder quoted before it ("บอทขึ้นว่ากองกลางยังไม่ส่ง แต่ส่ง
    แผนแล้วนะคะ เมื่อวานซืน"): the words after the dispute read alone, the unit quoted standing
    for the one they leave unnamed. None when the message asks, or those words report no step."""
    if asks(found.normalised, typed):
        return None  # "บอทขึ้นว่ากองกลางยังไม่ส่ง แต่ส่งไปแล้วนี่คะ ทำไมยังขึ้นอยู่"
    match = _REMINDER_SAID_RE.search(typed.lower())
    if match is None:
        return None
    rest = typed[match.end() :]
    read = _understand(rest, today=today)
    if isinstance(read.intent, MarkStep) and (match["who"] or match["what"]):
        # The unit (or the deliverable) quoted stands for the one the words after leave out.
        who = match["who"] if not read.intent.unit else ""
        what = match["what"] if not read.intent.step else ""
        if who or what:
            read = _understand(f"{who} {what} {rest}", today=today)
    if not isinstance(read.intent, MarkStep) or asks(read.normalised, rest):
        return None
    return replace(read, normalised=found.normalised)


def _report_before_afterword(
    found: Understanding, today: date, typed: str = ""
) -> Understanding | None:
    """The report before an afterword (above), when the message as a whole is read as nothing
    or as a report, or asks only through a doubt of doing more; None otherwise."""
    match = _AFTERWORD_RE.search(found.normalised)
    if match is None:
        return None
    if match["more"] and (not _REPORT_CLOSED_RE.search(typed) or _WHICH_RE.search(match["more"])):
        # "ส่งเมลไปแล้ว ต้องอัปขึ้น drive ซ้ำอีกรอบมั้ยคะ": the sending, a condition; "ส่งแล้วค่ะ
        # ต้องส่งทางไหนอีกไหมคะ": which way is asked, no doubt of one more.
        return None
    head, after = found.normalised[: match.start()].strip(), match["after"]
    asked = asks(after)
    # A report read whole takes the way the afterword names for the way it was sent ("…แล้ว
    # ครับ ไม่ทราบมาก่อนว่าต้องส่งทางไดรฟ์"): the words before it are read alone.
    doubted_more = (
        asked
        and isinstance(found.intent, QUESTIONS)
        and (_MORE_RE.search(after) or _COUNTED_RE.search(after))
    )
    seen = match["unrecorded"] is not None and not asked and isinstance(found.intent, QUESTIONS)
    if not isinstance(found.intent, Unknown | MarkStep) and not doubted_more and not seen:
        return None
    if not head or asks(head) or CONDITION_RE.match(head) or TO_COME_RE.search(head):
        return None
    if after.startswith("ทำไม") and not _SINCE_DAY_RE.search(head):
        return None  # "ส่งรายชื่อทีมไปแล้ว ทำไมยังขึ้นว่าค้างคะ": asked, nothing insisted on
    read = _UNDERSTANDER.understand(head, today=today)
    if not isinstance(read.intent, MarkStep) or aside(head, read.intent, head):
        return None
    return Understanding(read.intent, found.normalised, later=after if asked else "")


# The day a report insists it was sent since: "ไปตั้งแต่ ๒๘ พ.ย.", "เมื่อวันที่ 10".
_SINCE_DAY_RE = re.compile(
    r"(?:ตั้งแต่|เมื่อ)\s?(?:วัน\S{0,8}?\s?)?(?:ที่\s?)?(?:\d|เมื่อวาน|อาทิตย์|สัปดาห์|เดือน)"
)


# A slip taken back by a doubled no ("ส่งแผนยังไงอะ ไม่ใช่ๆ ส่งแล้วๆ", "…ไม่ใช่ ไม่ใช่ …"): what
# follows replaces how the words before it were asked; their topic stays ("แผน").
_TAKEN_BACK_RE = re.compile(r"\s?(?:ไม่ใช่\s?ๆ+|ไม่ใช่\s?ไม่ใช่|(?:เอ้ย|เอ๊ย|อ๊ะ|อุ๊ย)\s?ไม่ใช่)\s?")
_ASKING_END_RE = re.compile(
    r"\s?(?:ยังไง|อย่างไร|ยังงัย|ไง|ไหม|มั้ย|หรือยัง|รึยัง|ยัง|เหรอ|หรอ|ที่ไหน|ตรงไหน|เมื่อไหร่|วันไหน)"
    r"\s?(?:อะ|อ่ะ|นะ|น้า|คะ|ครับ|ค่ะ|จ๊ะ)?\s?$"
)


def _question_taken_back(normalised: str, today: date) -> Understanding | None:
    """A question taken back for a statement: its topic read with the statement after the no,
    when the words before the no asked and those after do not."""
    if "ไม่ใช่" not in normalised:
        return None
    parts = _TAKEN_BACK_RE.split(normalised, maxsplit=1)
    if len(parts) != 2 or not parts[1].strip() or asks(parts[1]):
        return None
    head, tail = parts
    topic = _ASKING_END_RE.sub("", head)
    if topic == head or not asks(head):
        return None
    read = _UNDERSTANDER.understand(f"{topic} {tail}", today=today)
    return None if isinstance(read.intent, Unknown) else replace(read, normalised=normalised)


# A favour asked of the bot's own settings: "ปิดสรุปรายสัปดาห์ได้ไหม รกกลุ่ม", "เตือนก่อน 5 วัน
# กับ 1 วันได้มั้ย" (a reason may follow). The words before "ได้ไหม" state the setting.
_FAVOUR_RE = re.compile(
    r"^(?P<stem>.+?)\s?(?:ให้\s?(?:หน่อย|ด้วย|ที)?\s?)?ได้\s?(?:ไหม|มั้ย|มั๊ย|ไม๊|ป่ะ|ป่าว|รึเปล่า|หรือเปล่า)"
)
_SETTINGS = (ReminderSettings, PostponeReminder)
_SETTING_WORDS_RE = re.compile("เตือน|สรุป|digest|weekly")


def _setting_asked(normalised: str, today: date) -> Understanding | None:
    """A question asking the favour of changing the group's reminders, read as that change
    with its plain command as the corrected text: the conversation offers the command back to
    tap (see ``offered_back``), so a question never changes a setting by itself."""
    if "ได้" not in normalised or not _SETTING_WORDS_RE.search(normalised):
        return None
    match = _FAVOUR_RE.match(normalised)
    if match is None:
        return None
    stem = match["stem"].strip()
    read = _UNDERSTANDER.understand(stem, today=today)
    if not isinstance(read.intent, _SETTINGS) or not stores(read.intent):
        return None
    tail = normalised[match.end() :].strip()
    if (
        tail
        and isinstance(read.intent, ReminderSettings)
        and isinstance(
            _UNDERSTANDER.understand(tail, today=today).intent, (Unknown, ReminderSettings)
        )
    ):
        # "ตั้งเตือนตอน 9 โมงครึ่งได้ไหม ก่อน 3 วัน": the days told after the favour (a reason
        # told after a reminder put off is none of its words, nor is a tail read as news or a
        # question of its own: "…ได้ไหม กองคลังยังไม่ส่ง 3 วันแล้ว").
        whole = f"{stem} {tail}"
        more = _UNDERSTANDER.understand(whole, today=today).intent
        if (
            isinstance(more, ReminderSettings)
            and more.action == read.intent.action
            and more != read.intent  # a reason after it ("…ได้ไหม รกกลุ่ม") adds nothing
        ):
            return Understanding(more, normalised, corrected=whole)
    return Understanding(read.intent, normalised, corrected=stem)


def _step_record_asked(found: Understanding, text: str, today: date) -> Understanding | None:
    """A step reported, then its recording asked as a favour ("กองคลังส่งแผนแล้วค่ะ บันทึกให้
    ด้วยได้ไหมคะ"): the report told first, restated on its card before anything is stored (as
    a value's is)."""
    if stores(found.intent) or "ได้" not in found.normalised:
        return None
    stem = recorded_stem(found.normalised, text)
    verb = RECORD_VERB_RE.search(stem) if stem else None
    if verb is None or not stem[: verb.start()].strip():
        return None  # "บันทึกว่ากองคลังส่งแผนแล้วให้หน่อยได้ไหม": the report itself asked of
    read = _UNDERSTANDER.understand(stem[: verb.start()], today=today)
    return replace(read, normalised=found.normalised) if isinstance(read.intent, MarkStep) else None


# The favour of registering the sender asked: "…ต้องลงทะเบียนยังไง ลงให้เลยได้ไหม", "ลงทะเบียน
# กองนิติการให้ผมได้มั้ย", "ช่วยลงทะเบียนให้หนูเข้า ศทส. ได้ไหม" (the unit is said with it).
_REGISTER_FAVOUR_RE = re.compile(
    r"(?:(?:ลงทะเบียน|สมัคร|ลง(?=\s?ให้))\S*?(?:\s\S+)??\s?ให้.*?"
    # Whether the newcomer may register right here ("ผมอยู่ศูนย์ไอทีครับ เพิ่งได้คำสั่งแต่งตั้ง…
    # ลงทะเบียนตรงนี้เลยได้ไหมครับ").
    r"|ลงทะเบียน\s?(?:ตรงนี้|ที่นี่|ที่นี้|ในนี้|ในกลุ่มนี้|กับบอท)\s?(?:เลย\s?)?)ได้\s?"
    r"(?:ไหม|มั้ย|มั๊ย|ไม๊|ป่ะ|รึเปล่า|หรือเปล่า)"
)
# Registering something else: data sets, a meeting, a course.
_REGISTERED_ELSE_RE = re.compile("ชุดข้อมูล|บัญชีข้อมูล|catalog|ประชุม|เข้าร่วม|อบรม|สัมมนา|งานวิ่ง")


def _registration_asked(found: Understanding, today: date) -> Understanding | None:
    """A question asking the favour of registering the sender in the one unit it names, read
    as that registration with its plain command as the corrected text: the conversation
    offers the command back to tap (see ``offered_back``); a question stores nothing itself.
    Someone else's registration ("ลงทะเบียนให้พี่สมชาย…ได้ไหม") is never offered."""
    normalised = found.normalised
    if "ได้" not in normalised or isinstance(found.intent, RegisterUnit):
        return None
    if "ลงทะเบียน" not in normalised and "สมัคร" not in normalised:
        return None
    if _REGISTER_FAVOUR_RE.search(normalised) is None or _REGISTERED_ELSE_RE.search(normalised):
        return None
    if for_someone_else(normalised):
        return None
    unit = senders_unit(normalised)
    if not unit:
        return None
    corrected = f"ลงทะเบียน {unit}"
    read = _UNDERSTANDER.understand(corrected, today=today)
    if not isinstance(read.intent, RegisterUnit) or not read.intent.unit:
        return None
    return Understanding(read.intent, normalised, corrected=corrected)


# A question put as a doubt, with no asking word: "ไม่แน่ใจว่าแผนต้องให้ ผอ. ลงนามในแบบฟอร์มด้วย"
# asks whether the plan must be signed. What follows the doubt is read as asked ("… ไหม").
_DOUBT_OPENING_RE = re.compile(
    r"^(?:(?:แต่|ก็|คือ)\s?)?(?:(?:หนู|ผม|ดิฉัน|เรา|พี่)\s?)?(?:ยัง\s?)?ไม่\s?แน่\s?ใจ\s?ว่า\s?"
)


def _doubt_asked(normalised: str, today: date) -> Understanding | None:
    """What a message opening with a doubt asks ("ไม่แน่ใจว่า…"), when it holds no asking word
    of its own: the doubted words read as asked; kept only as a question, never as a write."""
    match = _DOUBT_OPENING_RE.match(normalised)
    if match is None:
        return None
    doubted = normalised[match.end() :].strip()
    if not doubted or asks(doubted):
        return None
    read = _UNDERSTANDER.understand(f"{doubted} ไหม", today=today)
    if not isinstance(read.intent, QUESTIONS):
        return None
    return replace(read, normalised=normalised)


def _short_asked(found: Understanding, typed: str, today: date) -> Understanding | None:
    """A very short question (handlers.nlu.short_asks) read as its longer words; kept only as
    the question that form asks (or the reminder days it sets), never as anything else."""
    said = found.normalised
    if not said or len(said) > _SHORT_ASK:
        return None
    # The masked text is only searched for a month named alone: without a month's word, no
    # month is masked (most messages), and the text is read as it is.
    masked = extract(said, today=today).masked if may_name_a_month(said) else said
    asked = short_asks.longer(said, masked, typed.rstrip().endswith("?"))
    if asked is None:
        return None
    read = _UNDERSTANDER.understand(asked.text, today=today)
    if not isinstance(read.intent, asked.asks):
        return None
    if stores(read.intent) and not isinstance(read.intent, ReminderSettings):
        return None
    return replace(read, normalised=said)


_SHORT_ASK = 40  # letters: a message of one to four short words


def _named_only(intent: Intent) -> bool:
    """Whether ``intent`` is an indicator named with nothing asked of it that a rule read."""
    return isinstance(intent, IndicatorQuery) and intent.aspect is Aspect.SUMMARY


def _said_more(found: Understanding) -> bool:
    """Whether the message holds words besides an indicator's ("ตัวชี้วัดขยะ", "KPI 3" alone
    hold no typo of an aspect word)."""
    return any(c.isalpha() for c in INDICATOR_RE.sub(" ", found.normalised))


def _aspect_corrected(found: Understanding, typed: str, today: date) -> Understanding:
    """``found`` (an indicator named, no aspect read) asking the aspect a typo of its word
    names ("เกณท์ยาเสพติดเป็นยังไง" asks the criteria), else as it is. Spoken short forms are
    written out first: they are no typos ("ตชว.1 วัดไรคะ" asks what it measures, not "วัดไง")."""
    typed = written(unicodedata.normalize("NFC", typed).lower().strip())
    corrected = _CORRECTOR.correct(typed)
    if corrected == typed or _someone_made_the_sender(typed, corrected):
        return found
    second = _UNDERSTANDER.understand(corrected, today=today)
    if not isinstance(second.intent, IndicatorQuery) or _named_only(second.intent):
        return found
    return replace(second, corrected=corrected)


# What was recorded, said as a qualifier of what is asked ("ที่บันทึกไป", "ตามที่บันทึกไว้"), and
# the words that ask for the records themselves: the history, who recorded, when, or whether
# the entry is right.
_RECORDED_RE = re.compile(r"(?:ตาม\s?)?ที่\s?บันทึก(?:\s?(?:ไว้|ไป))?")
_RECORDS_ASKED_RE = re.compile(
    "ประวัติ|ย้อน|รายการ|ทั้งหมด|ขอดู|ใคร|ผู้|เมื่อไหร่|เมื่อไร|วันไหน|ถูก|ผิด|แก้|ต้องเป็น|history|log"
    # How many times it was recorded: "ผลขยะที่บันทึกไปแล้วมีกี่ครั้ง".
    "|กี่ครั้ง|กี่รอบ|กี่หน"
    # The entry before: "ขยะที่บันทึกไปรอบที่แล้วได้เท่าไหร่".
    "|ครั้งก่อน|ครั้งที่แล้ว|รอบก่อน|รอบที่แล้ว|คราวก่อน|คราวที่แล้ว"
)


def _recorded_asked_of(found: Understanding, today: date) -> Understanding | None:
    """``found`` (the history, or what is missing, of one indicator) read again without the
    words that qualify it by what was recorded, when they then ask an aspect of the indicator
    ("ตัวเลขขยะที่บันทึกไปได้เท่าไหร่", "e-Service ผ่านกี่ข้อแล้ว ตามที่บันทึกไป", "ที่บันทึก
    ยาเสพติดไป ผ่านเกณฑ์แล้วใช่ไหม"); else None. The records asked for ("ขอดูประวัติ…", "…ใคร
    เป็นคนส่ง", "…ถูกไหม") stay what was read."""
    said = found.normalised
    if not getattr(found.intent, "indicator", "") or _RECORDS_ASKED_RE.search(said):
        return None
    kept = _RECORDED_RE.sub(" ", said)
    if kept == said:
        return None
    read = _UNDERSTANDER.understand(kept, today=today)
    intent = read.intent
    if not isinstance(intent, IndicatorQuery) or not intent.indicator:
        return None
    if intent.aspect is Aspect.SUMMARY:
        return None  # "ขยะที่บันทึกไป": nothing asked of it but what was recorded
    return replace(read, normalised=said)


def offered_back(read: Understanding) -> bool:
    """Whether ``read`` is a write that stores at once, read only once a typo was corrected:
    the conversation offers the corrected text back instead of storing it."""
    return (
        bool(read.corrected)
        and stores(read.intent)
        and (isinstance(read.intent, OFFERED_AFTER_CORRECTION))
    )


def dispatch(intent: Intent, ctx: Context) -> Reply:
    """The handler's answer to ``intent``."""
    return HANDLERS[type(intent)](intent, ctx)


def warm_up() -> float:
    """Load the dictionary and its trie and read one message; the seconds it took."""
    start = time.perf_counter()
    tokenize.warm_up()
    understand("ตัวชี้วัดขยะได้เท่าไหร่นะคะ", today=date(2025, 1, 1))
    _CORRECTOR.correct("สถานนะ")  # the dictionary of real words, never corrected
    _naming_words()
    # The warm-up's young objects (the dictionary's sets among them) traversed once now,
    # not by the collection the first messages' allocations would set off.
    gc.collect()
    return time.perf_counter() - start
