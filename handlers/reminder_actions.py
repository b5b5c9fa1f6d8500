"""What the buttons of a reminder card do beyond "ส่งแล้ว": a step's details, and postponing.

"ดูรายละเอียด" shows who has not passed the step and what the step needs (its deductions
included); "เลื่อนเตือน 1 วัน" lets a coordinator move the step's next reminder to the next
day that is not quiet, never past the deadline's own reminder.
"""

from __future__ import annotations

import re

from handlers import postbacks
from handlers.common import milestone_indicators, missing_organisation
from handlers.context import Context
from handlers.formatting import number, plain, unknown_step
from handlers.intent_spec import IntentSpec
from handlers.intents import Intent, MarkStep, PostponeReminder, Status, StepDetails
from handlers.nlu import resolve_step
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import EDGE_WORDS, QUESTION, SOMEONE_ELSE_RE
from handlers.nlu.questions import asks
from handlers.nlu.slots import Found, content, names_the_plan, split_unit
from handlers.permissions import Act, refusal
from handlers.reminder_messages import how_to_pass
from handlers.replies import Action, Card, CardMessage, Reply, Row, Section, Tone, text_reply
from handlers.step_submissions import CHANNEL_TH
from kpi_core.fiscal_calendar import days_left
from kpi_core.ledger import effective_submissions
from kpi_core.models import DeductionRules, Indicator, MilestoneStep
from kpi_core.reminders import PlannedSend, ReminderKind, missing_units, schedule
from kpi_core.thai_dates import format_thai_date, format_thai_window


def handle_step_details(intent: StepDetails, ctx: Context) -> Reply:
    """Who has not passed the step yet, and what the step needs."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    found = _step(ctx, intent.indicator, intent.step)
    if isinstance(found, Reply):
        return found
    indicator, step = found
    current = effective_submissions(ctx.ports.submissions.list(org.name))
    missing = missing_units(org, indicator, current, step)
    owing = [Row("", unit, Tone.BAD) for unit in missing] or [
        Row("", "ส่งครบทุกหน่วยงานแล้ว ✓", Tone.GOOD)
    ]
    actions = ()
    if not step.plan_results:
        sent = postbacks.encode(MarkStep(step=str(step.number)))
        actions = (Action("ส่งแล้ว", data=sent, display_text=f"ขั้นตอนที่ {step.number} ส่งแล้ว"),)
    card = Card(
        title=f"ขั้นตอนที่ {step.number}: {step.name}",
        subtitle=indicator.title,
        sections=(
            Section("กำหนดส่ง", (Row("", _window(ctx, step)),)),
            Section(f"ยังไม่ส่ง ({len(missing)} หน่วยงาน)", tuple(owing)),
            Section("เกณฑ์", tuple(Row("", line) for line in step_rules(step, indicator))),
        ),
        actions=actions,
    )
    alt = f"ขั้นตอนที่ {step.number} ยังไม่ส่ง: {', '.join(missing) or 'ไม่มี'}"
    return Reply((CardMessage(alt, (card,)),))


def step_rules(step: MilestoneStep, indicator: Indicator) -> list[str]:
    """What the step needs, each rule with the points it costs when missed."""
    rules = indicator.deductions or DeductionRules()
    lines = [step.title, f"รอบที่ {step.round}"]
    if step.min_percent is not None:
        lines.append(f"ต้องเข้าร่วมอย่างน้อย {number(plain(step.min_percent))}%")
    if step.channel:
        channel = CHANNEL_TH.get(step.channel, step.channel)
        lines.append(f"ส่งทาง {channel} (ช่องทางอื่นหัก {number(plain(rules.wrong_channel))})")
    if step.needs_documents:
        lines.append(f"ต้องมีเอกสารครบ (ขาดเอกสารหัก {number(plain(rules.missing_documents))})")
    if step.needs_dimensions and indicator.dimensions:
        listed = ", ".join(f"{d.number} {d.title}" for d in indicator.dimensions)
        each = number(plain(rules.missing_dimension))
        lines.append(f"แผนต้องครอบคลุมทุกมิติ: {listed} (ขาดมิติละหัก {each})")
    if step.plan_results:
        lines.append(how_to_pass(step, indicator))
    lines.append(f"ส่งช้ากว่ากำหนดหรือไม่ครบหัก {number(plain(rules.late_or_incomplete))}")
    return lines


def handle_postpone_reminder(intent: PostponeReminder, ctx: Context) -> Reply:
    """Move the step's next reminder to the next day that is not quiet (coordinators only)."""
    why = refusal(ctx, Act.CHANGE_SETTINGS)
    if why:
        return text_reply(why)
    group, user = ctx.incoming.chat.id, ctx.user_id
    assert ctx.organisation is not None and user is not None
    if not ctx.ports.reminder_policies.get(group).enabled:
        return text_reply("กลุ่มนี้ปิดการเตือนอยู่ จึงไม่มีการเตือนให้เลื่อนครับ")
    found = _next_send(ctx, intent)
    if isinstance(found, Reply):
        return found
    if found.kind is ReminderKind.BEFORE_DUE and found.offset == 0:
        due = format_thai_date(found.due)
        return text_reply(
            f"การเตือนครั้งถัดไปของขั้นตอนที่ {found.step} คือเช้าวันกำหนดส่ง ({due}) จึงเลื่อนไม่ได้ครับ"
        )
    day = found.send_at.date()
    ctx.ports.reminder_postponements.postpone(
        group, found.indicator_code, found.step, day, by=user, at=ctx.now,
        event_id=ctx.incoming.event_id,
    )  # fmt: skip
    return text_reply(
        f"เลื่อนการเตือนขั้นตอนที่ {found.step} จาก {format_thai_date(day)} แล้วครับ"
        f"\nการเตือนครั้งถัดไป: {_next_day(ctx, found)}"
    )


def _next_day(ctx: Context, postponed: PlannedSend) -> str:
    """When the step is reminded next, now that its send was postponed."""
    after = _next_send(ctx, PostponeReminder(str(postponed.step), postponed.indicator_code))
    return "ไม่มีแล้ว" if isinstance(after, Reply) else format_thai_date(after.send_at.date())


def _next_send(ctx: Context, intent: PostponeReminder) -> PlannedSend | Reply:
    """The group's next planned send (of the step named, if any) after now."""
    assert ctx.organisation is not None
    group = ctx.incoming.chat.id
    policy = ctx.ports.reminder_policies.get(group)
    postponed = ctx.ports.reminder_postponements.of_group(group)
    holidays = ctx.ports.holidays(ctx.today)
    sends: list[PlannedSend] = []
    for indicator in _indicators(ctx, intent.indicator):
        step = resolve_step(intent.step, indicator) if intent.step else None
        if intent.step and step is None:
            continue
        planned = schedule(indicator, policy, holidays, postponed.get(indicator.code))
        sends += [
            s for s in planned if s.send_at > ctx.now and (step is None or s.step == step.number)
        ]
    if not sends:
        what = f"ขั้นตอน '{intent.step}'" if intent.step else "ขั้นตอนใด"
        return text_reply(f"ไม่มีการเตือนของ{what}ที่ยังไม่ถึงเวลาแล้วครับ")
    return min(sends, key=lambda s: (s.send_at, s.step))


def _indicators(ctx: Context, code: str) -> list[Indicator]:
    assert ctx.organisation is not None
    found = milestone_indicators(ctx.organisation)
    named = [i for i in found if i.code == code]
    return named or found


def _step(ctx: Context, code: str, words: str) -> tuple[Indicator, MilestoneStep] | Reply:
    indicators = _indicators(ctx, code)
    for indicator in indicators:
        step = resolve_step(words, indicator)
        if step is not None:
            return indicator, step
    return text_reply(unknown_step(words, indicators))


def _window(ctx: Context, step: MilestoneStep) -> str:
    due = step.window.due
    if due is None:
        return step.window.text or "ดำเนินการระหว่างปี"
    left = days_left(ctx.today, due)
    when = "วันนี้วันสุดท้าย" if left == 0 else f"อีก {left} วัน" if left > 0 else f"เลยกำหนดมา {-left} วัน"
    return f"{format_thai_window(step.window)} ({when})"


def _read_details(found: Found) -> StepDetails:
    return StepDetails(step=found.extraction.step or content(found.remainder))


def _read_named_details(found: Found) -> StepDetails | None:
    words = content(_ALL_OF_IT_RE.sub(" ", found.remainder))
    return StepDetails(step=words) if words else None


_ALL_OF_IT_RE = re.compile(r"ทั้งหมด|ทั้งหลาย|ทุกอย่าง|ทั้งปวง")


def _read_deliverable_details(found: Found) -> StepDetails | None:
    """The step whose deliverable is named right after the cue ("…เรื่องแผนหน่อย"); anything
    else asked in detail (an indicator, "…เรื่องขยะ") is read by other rules."""
    match = _DELIVERABLE_FIRST_RE.match(found.remainder.lstrip())
    return StepDetails(step=match[0]) if match else None


_DELIVERABLE_FIRST_RE = re.compile(r"แผน(?:สามปี|ปฏิบัติการ|พัฒนา)?|รายชื่อทีม|รายชื่อ|รายงานผล")


def _read_outcome(found: Found) -> Intent:
    """ "ขั้นตอนที่ 3 ผ่านไหม": how the step went is the step in detail (who has not sent it);
    for one unit ("ขั้นตอนที่ 3 ของกองคลังผ่านไหม"), the unit's status."""
    words = content(found.remainder)
    unit, _ = split_unit(words)  # "ของกองคลัง": the unit glued to ของ
    # A unit named by an alias ("นิติการผ่านขั้นตอนที่ 1 ยัง", "ขั้นตอนที่ 2 ไอทีผ่านยัง"): the
    # words are kept for settle, which knows the organisation's units.
    return Status(unit=unit) if unit else StepDetails(step=found.extraction.step, others=words)


def _read_step_by_unit(found: Found) -> StepDetails | None:
    step = found.extraction.step
    return StepDetails(step=step) if step else None


# A step's table of units asked for ("ขั้น 3 ขอดูทีละกอง", "ขอตารางรายกอง"): the step in detail
# (its table is one row a unit), however who sent it is asked beside.
_UNIT_BY_UNIT_RE = re.compile(
    r"ราย\s?กอง|ราย\s?หน่วย|ทีละ\s?กอง|ทีละ\s?หน่วย|แยก\s?(?:ราย\s?)?กอง|ตาราง"
    r"|กองไหน\s?ส่ง\s?แล้ว\s?กองไหน"
)
# Each unit's state asked ("step 3 แต่ละกองเป็นไงบ้าง", "ขอดูข้อมูลขั้นตอนที่ 4 ทุกหน่วย"); not
# whether all have sent it ("ทุกกองส่งครบยัง": who has not) nor who has not.
_EACH_UNIT_RE = re.compile(r"แต่ละ\s?(?:กอง|หน่วย)|ทุก\s?(?:กอง|หน่วย)")
# (How each is doing, "ขั้น 2 การเข้าประชุมของแต่ละกองเป็นไงบ้าง", is the status.)
_EACH_ASKED_RE = re.compile(r"ขอ\s?ดู|ขอ\s?ข้อมูล|ดู\s?ข้อมูล")
_ALL_SENT_ASKED_RE = re.compile(r"ครบ|ยัง\s?ไม่|ใคร|ไม่ได้")


def _read_step_table(found: Found) -> StepDetails | None:
    text, step = found.extraction.masked, found.extraction.step
    if not step or not (asks(found.extraction.text, found.original) or "ขอ" in text):
        return None  # "ขั้นตอนที่ 1 ทุกกองส่งครบแล้ว": reported for every unit
    if _UNIT_BY_UNIT_RE.search(text):
        return StepDetails(step=step)
    if _EACH_ASKED_RE.search(text) and not _ALL_SENT_ASKED_RE.search(text):
        return StepDetails(step=step)
    return None


def _read_postpone(found: Found) -> PostponeReminder:
    """ "เลื่อนเตือนขั้นตอนที่ 3", "เลื่อนเตือนแผนไปพรุ่งนี้": the step by number or by its words."""
    # "…ไปพรุ่งนี้ก่อน วันนี้ทุกกองติดประชุม": the reason given names no step (a meeting one
    # is busy with is not the step of meetings).
    said = _REASON_RE.split(found.remainder, maxsplit=1)[0]
    words = content(said, _POSTPONE_FILLER)
    # "เลื่อนเตือนไปก่อน งานยังไม่เสร็จ": words naming nothing of the plan are the reason.
    return PostponeReminder(step=found.extraction.step or (words if names_the_plan(words) else ""))


def _read_reminded_again(found: Found) -> PostponeReminder | None:
    """ "เตือนเรื่องแผนอีกทีพรุ่งนี้": the group's reminder again on a later day; a unit to be
    reminded ("เตือนกองคลังอีกทีพรุ่งนี้") is a colleague's job, not the group's reminder."""
    return None if split_unit(found.remainder)[0] else _read_postpone(found)


def _read_skipped_today(found: Found) -> PostponeReminder | None:
    """ "วันนี้งดเตือนก่อน": the reminder of today, put off; another day named is no skip."""
    return _read_postpone(found) if "วันนี้" in found.extraction.text else None


# Where the reason for putting a reminder off begins: "เพราะ…", "วันนี้…ติดประชุม", what one
# still waits for ("ยังรอผลสำรวจอยู่"). A meeting on a day ("วันนี้ประชุมทั้งวัน", "พรุ่งนี้ประชุม")
# is the sender's own, never the plan's step of meetings.
_REASON_RE = re.compile(
    r"เพราะ|เนื่องจาก|เนื่องด้วย|ติดประชุม|ติดงาน|ติดภารกิจ|วันนี้|ไม่ว่าง|ยุ่ง"
    # What one is busy with now ("…ไปพรุ่งนี้ก่อน กำลังประชุม", "…อยู่ในห้องประชุม").
    r"|กำลัง\s?(?:ประชุม|อบรม|สัมมนา|ยุ่ง|ทำงาน|เดินทาง|ขับรถ)|อยู่\s?(?:ใน\s?)?(?:ห้อง\s?)?ประชุม"
    r"|ยังรอ|รอผล|รอข้อมูล|รอตัวเลข|รอเอกสาร"
    # Whoever is waited for, named after a bare wait ("รอ สพร. ส่งผลมา"): no step of ours.
    r"|(?<!\S)รอ(?![บงย])"
    r"|(?:DATE|พรุ่งนี้|มะรืน|เช้านี้|บ่ายนี้)\s?(?:มี\s?)?ประชุม"
    # Who is away ("วันนี้ทั้งทีมไปอบรม": วันนี้ is masked as a date): the team is no step.
    r"|ทั้งทีม|ทุกคนไป|ทั้งกอง"
    # Who went where ("ทีมไปสัมมนาต่างจังหวัดกันหมด"): an outing, never the plan's step.
    r"|ทีม\s?ไป|ไป\s?(?:สัมมนา|อบรม|ดูงาน|ราชการ|ต่างจังหวัด)"
    # What is not ready yet, told after the ask ("…ครับ ตัวเลขท่องเที่ยวยังไม่ออก"): the words
    # from the start of that clause, an indicator's among them, are the reason, no step.
    # A clause of its own after the ask's particle ("เลื่อนเตือนแผนไปอีกวันครับ ยังไม่พร้อม"): the
    # words the particle closes are the ask's, the step among them.
    r"|(?<=\s)(?:\S+?(?<!ครับ)(?<!ค่ะ)(?<!คะ)(?<!นะ)(?<!จ้า)\s?)?ยังไม่\s?(?:ได้\s?)?"
    r"(?:ออก|เสร็จ|มา|พร้อม|ครบ|สรุป|นิ่ง)"
)


# When to: the reminder moves to the next day that is not quiet, whatever day is said.
_POSTPONE_FILLER = EDGE_WORDS | frozenset(("พรุ่งนี้", "วันพรุ่งนี้", "มะรืน", "ออก", "ออกไป", "อีก"))


# A later day or time the reminder is put off to.
_LATER = (
    "พรุ่งนี้|มะรืน|วันหลัง|ทีหลัง|ภายหลัง|สัปดาห์หน้า|อาทิตย์หน้า|วันจันทร์|วันอังคาร|วันพุธ"
    "|วันพฤหัส|วันศุกร์|ตอนบ่าย|บ่ายนี้|บ่ายสาม|บ่ายสอง|ตอนเย็น"
)


# fmt: off
SPECS = (
    IntentSpec(StepDetails, handle_step_details, (
        # "เปิดขั้นตอนที่ 5 แบบเต็มให้ดู": the step in full is the step in detail.
        Rule(("รายละเอียด|ข้อกำหนด|ละเอียด|details|detail|แบบเต็ม|ฉบับเต็ม", "STEP"), 840,
             _read_details),
        # "ขอรายละเอียดขั้นตอนส่งแผนทั้งหมด": a step named by its words.
        Rule(("รายละเอียดขั้นตอน|รายละเอียดของขั้นตอน|รายละเอียดขั้น",), 836, _read_named_details,
             number=False),
        # "ขอรายละเอียดเรื่องแผนหน่อย ใครยังไม่ส่ง…": a step's deliverable asked in detail.
        Rule(("ขอรายละเอียดเรื่อง|ขอรายละเอียดของ|รายละเอียดเรื่อง",), 835, _read_deliverable_details,
             number=False),
        # "ขั้นตอนที่ 3 ยังขาดอะไรบ้าง": what a step lacks is the step in detail, as what a
        # unit lacks is its status ("กนต. ยังขาดอะไรบ้าง"); above who has not sent.
        Rule(("ยังขาดอะไร|ขาดอะไร|ยังค้างอะไร|ค้างอะไร", "STEP"), 841, _read_outcome),
        # "ขั้นที่ 2 แต่ละกองเข้าประชุมกี่ % แล้ว": how far each unit got in a step is the step
        # in detail (what each must reach, "แต่ละกองต้องเข้ากี่ %", is the rule's).
        Rule(("STEP", "แต่ละกอง|รายกอง|แต่ละหน่วย|ทุกกอง", "กี่|เท่าไหร่|เท่าไร|ไปถึงไหน"), 844,
             _read_step_by_unit, unless="ต้อง|ถ้า|หาก|ถึงจะ|จึงจะ"),
        # A step asked unit by unit: above who has not sent it and the step's deadline.
        Rule(("STEP", "รายกอง|รายหน่วย|ทีละกอง|ทีละหน่วย|แยกกอง|ตาราง|กองไหนส่งแล้ว|แต่ละกอง"
                      "|แต่ละหน่วย|ทุกกอง|ทุกหน่วย"), 7511, _read_step_table,
             unless="ต้อง|ถ้า|หาก|ถึงจะ|จึงจะ|เตือน|คะแนน|นับ|หรือราย"),
        # A step's outcome asked: above the indicator's tier ("ผ่านไหม" of an indicator).
        Rule(("STEP", "ผ่าน", f"{QUESTION}|ยัง"), 502, _read_outcome,
             unless="ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กี่|ไม่ผ่าน|ถึงจะผ่าน|ถึงผ่าน|จึงจะผ่าน"),
    )),
    IntentSpec(PostponeReminder, handle_postpone_reminder, (
        # Above the reminder settings: "เลื่อนการเตือน" holds "การเตือน".
        Rule(("เลื่อนเตือน|เลื่อนการเตือน|เลื่อนแจ้งเตือน|เลื่อนการแจ้งเตือน",), 920, _read_postpone),
        # "วันนี้งดเตือนก่อน", "วันนี้ไม่ต้องเตือนนะ": today's reminder skipped is put off to the
        # next day (reminders turned off for good, "ปิด…อีกต่อไป", are the settings' off).
        Rule(("งดเตือน|งดการเตือน|งดแจ้งเตือน|งดการแจ้งเตือน|ไม่ต้องเตือน|ไม่ต้องแจ้งเตือน"
              "|หยุดเตือน|หยุดแจ้งเตือน", "DATE"), 925, _read_skipped_today,
             unless=re.compile(f"{QUESTION}|{SOMEONE_ELSE_RE.pattern}|ปิด|อีกต่อไป|ตลอดไป|ทั้งหมด"
                               "|เลย|off|ส่ง|เสร็จ|ครบ|บันทึก|NUM")),
        # "เตือนเรื่องรายงานผลเลื่อนไปวันหลัง": the reminder named, then moved.
        Rule(("เตือน", "เลื่อนไป|เลื่อนออกไป|เลื่อนเป็น|ขอเลื่อน"), 924, _read_postpone,
             unless=re.compile(f"{QUESTION}|{SOMEONE_ELSE_RE.pattern}|กำหนดส่ง|deadline|ประชุม")),
        # "พักเตือนไว้อีกวันนะ": the next reminder rested for a while, moved on.
        # "พักเตือนไว้ก่อนนะ เดี๋ยวบ่ายสามค่อยเตือนใหม่": rested for now, to come again later.
        Rule(("พักเตือน|พักการเตือน|พักแจ้งเตือน|พักการแจ้งเตือน",
              "อีก|ไป|ถึง|วัน|พรุ่งนี้|ไว้ก่อน|ก่อน|ค่อย"), 920,
             _read_postpone, unless=QUESTION),
        # "ไว้เตือนพรุ่งนี้ละกัน", "ค่อยเตือนอีกทีวันหลัง": the reminder put off to a later day.
        Rule(("ไว้เตือน|ไว้ค่อยเตือน|ค่อยเตือน|ไว้แจ้งเตือน|ค่อยแจ้งเตือน", _LATER), 920,
             _read_postpone, unless=re.compile(f"{QUESTION}|{SOMEONE_ELSE_RE.pattern}")),
        # "เตือนอีกทีพรุ่งนี้เช้าค่ะ รอลายเซ็นท่านอยู่": reminded again on a later day.
        Rule(("เตือน", "อีกที|อีกครั้ง|อีกรอบ|เตือนใหม่", _LATER), 921, _read_reminded_again,
             unless=re.compile(f"{QUESTION}|{SOMEONE_ELSE_RE.pattern}|ใช่|เหรอ|หรอ")),
    )),
)
# fmt: on
