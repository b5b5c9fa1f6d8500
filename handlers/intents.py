"""What a message asks for: one intent (a noun) with the slots the NLU read from the text.

Slots are raw: an indicator or a unit is named by the words the user typed; the handlers
resolve them against the organisation's data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kpi_core.models import Documents


class Aspect(StrEnum):
    """Which part of an indicator a question is about."""

    SUMMARY = "summary"  # "ตัวชี้วัดขยะ" — everything at a glance
    RESULT = "result"  # "ได้เท่าไหร่", "ผลเท่าไร"
    SCORE = "score"  # "คะแนนเท่าไหร่", "ได้กี่คะแนน"
    TIER = "tier"  # "ผ่านขั้นไหน", "ระดับไหน"
    CRITERIA = "criteria"  # "เกณฑ์", "เป้าหมาย"
    FORMULA = "formula"  # "สูตร", "คำนวณยังไง"
    ITEMS = "items"  # "มีประเด็นอะไรบ้าง", "ข้อไหนผ่าน": the assessment items and results
    FAILED = "failed"  # "ข้อไหนไม่ผ่าน": the items judged ไม่ผ่าน


@dataclass(frozen=True)
class Status:
    """Overall status: "PMQA ถึงไหนแล้ว", "สรุป", "ภาพรวม"."""

    unit: str = ""  # unit words, if the user named one ("กองคลังถึงไหนแล้ว")
    detail: bool = False  # every indicator's card (the summary card's button), not the summary
    # Other units compared with the first ("เทียบกองคลังกับกองกลาง"): each one's status.
    more: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndicatorQuery:
    """A question about one indicator: "ตัวชี้วัดขยะได้เท่าไหร่", "เกณฑ์ PMQA"."""

    indicator: str  # the words naming the indicator ("ขยะ", "3", "2.1", "PMQA")
    aspect: Aspect = Aspect.SUMMARY
    # Other indicators asked the same ("ขยะได้เท่าไหร่ แล้วยาเสพติดล่ะ"), their words as typed.
    more: tuple[str, ...] = ()
    # A figure stated with the question ("e-Service ผู้รับบริการ 185 คน ถือว่าผ่านไหม"): whether it
    # passes is the indicator's tier, even beside the words of one of its items.
    figure: bool = False
    # A keyword counted ("ถ้าปี 66 ได้ 5 pillar…", "pillar ลดลง 1 ตัว"): of two indicators that
    # share it, the one whose targets count it; settled away before any handler.
    counted: bool = field(default=False, compare=False)
    # The level asked by its word ("DG Readiness ของ ก.พ. อยู่ระดับไหน"): of two indicators a
    # keyword names, the one titled by its level; settled away before any handler.
    leveled: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Deadlines:
    """Deadlines: "เหลือกี่วัน", "กำหนดส่งแผนเมื่อไหร่", "เดือนนี้ต้องส่งอะไร"."""

    step: str = ""  # step words or number ("3", "แผน")
    month: int | None = None  # 1..12 when the user asked about a month ("เดือนนี้" = today's)
    this_month: bool = False
    # The day one would send, asked whether it is still in time ("30 ม.ค.", "พรุ่งนี้",
    # "ตอนนี้"), as the message's dates were read.
    on: date | None = None
    # The day was typed as a day and month only ("15 ต.ค.", "30/1"): the handler takes the next
    # such day from today on (a sending asked about is ahead).
    yearless: bool = field(default=False, compare=False)
    # The words said of a step typed by its number ("ขั้นตอนที่ 4 ที่เป็นแผนระยะ 3 ปี"): when
    # they name another step plainly, settle takes that step (the number was a slip).
    said: str = field(default="", compare=False)
    # The step after the one named is asked ("หลังจากขั้นตอนที่ 3 แล้ว ขั้นถัดไป…"): settle takes
    # the next in the plan's order; left set, the named step is the plan's last.
    after: bool = False
    # Whether a sending made it in time is asked, no day told ("ไอทีส่งแผนทันไหม"): the words
    # where settle may find the unit asked of (its status then); settled away before any handler.
    sent_by: str = field(default="", compare=False)
    # The days the message names when it names no step nor month ("31 ม.ค. คือวันสุดท้ายจริงๆ
    # ใช่มั้ย"): settle takes the one step whose last day is among them; settled away after.
    days: tuple[date, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Missing:
    """Who has not submitted: "ใครยังไม่ส่งแผน", "หน่วยไหนค้างส่ง"."""

    step: str = ""
    indicator: str = ""
    more: tuple[str, ...] = ()  # other indicators asked the same ("…แล้วหลักสูตรสอบล่ะ")
    # The one unit asked about, as typed ("กองคลังส่งแผนหรือยัง"): its status once settled,
    # or nothing when the words name the organisation itself ("สนง.ก.พ. ส่งผลครบหรือยัง").
    unit: str = ""


@dataclass(frozen=True)
class SubmitValue:
    """Submit a result value: "ส่งผล ขยะ 52.3", "ตัวชี้วัด 2.1 = 85%"."""

    indicator: str
    value: Decimal
    raw_value: str  # as typed, e.g. "85%" or "๕๒.๓"
    percent: bool = False  # typed with %, ร้อยละ or เปอร์เซ็นต์
    unit: str = ""  # unit words, when a coordinator submits for another unit
    # The measure word typed with the value ("78.4 คะแนน", "ระดับ 3"): what the value is may
    # tell apart two indicators of one name by their titles; settled away before any handler.
    measure: str = ""
    # Told as news of a change ("หน่วยรับงบตรงเพิ่มเป็น ๒๐ แล้วนะ"), or words of a title with a
    # percent alone ("ความพึงพอใจผู้ใช้ระบบ 88.5%"): a submission only when the words name an
    # indicator of the organisation; settled away before any handler.
    news: bool = field(default=False, compare=False)
    # A correction answering the card with the new value alone ("ไม่ใช่ แก้เป็น 3"): its
    # indicator is the card's, never guessed by settle.
    correction: bool = field(default=False, compare=False)
    # Only figures said wrong were typed ("ขยะใส่ 52.7 ผิด"): no value to store, the right one
    # is asked; ``value`` is the figure said wrong.
    wrong_only: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class SubmitBaseline:
    """A previous year's result, the baseline (coordinator): "คะแนน PMQA ปี 2566 = 380"."""

    indicator: str
    value: Decimal
    raw_value: str  # the number as typed: "71.3%", "๔๘.๗" ("ร้อยละ 48.7" -> "48.7")
    year: int | None = None  # the Buddhist-era year named, if any
    percent: bool = False  # typed with %, ร้อยละ or เปอร์เซ็นต์


@dataclass(frozen=True)
class MarkStep:
    """A finished step: "ขั้นตอนที่ 3 ส่งแล้ว", "แผนส่งแล้ว 30 ม.ค.", "เข้าประชุม 90%"."""

    step: str  # number or words ("3", "แผน")
    done_on: date | None = None  # None: today
    passed: bool | None = None  # "ไม่ผ่าน" -> False
    value: Decimal | None = None  # e.g. attendance percent
    unit: str = ""
    channel: str = ""  # "google_drive", "google_form", "paper", "email" when stated
    # The plan's dimensions (มิติ) when stated: "มิติ 1 และ 3", "ครบทุกมิติ", "ขาดมิติ 2".
    # "ขาด" is kept as said: only the handler knows how many dimensions the indicator has.
    dimensions: tuple[int, ...] = ()
    all_dimensions: bool = False
    missing_dimensions: tuple[int, ...] = ()
    # "บรรลุ 7 จาก 8 ตัวชี้วัด" (step 5's plan indicators), "เข้าร่วม 6 จาก 7 ครั้ง" (step 2).
    met: int | None = None
    of: int | None = None
    links: tuple[str, ...] = ()  # http(s) links to the documents, as typed
    refused_links: tuple[str, ...] = ()  # links that may not be stored (another scheme)
    documents: Documents | None = None  # "ยังไม่มีเอกสารประกอบ", "เอกสารไม่ครบ"; None: not said
    plan_item: int | None = None  # "ตัวชี้วัดตามแผนที่ 3 บรรลุ": one plan indicator (passed)
    # Other units the same step is reported for ("กก. กับ กจ. ส่งแผนแล้ว"), in the order named
    # after ``unit``: one entry each, confirmed together.
    more: tuple[str, ...] = ()
    # Other steps reported in the same line ("ขั้นตอนที่ 4 กับ 5", "ขั้นตอนที่ 1-3"), in order
    # after ``step``: one entry each (for every unit named), confirmed together.
    more_steps: tuple[str, ...] = ()
    # Every unit of the organisation ("ทุกกองส่งแผนครบแล้ว"): settled into ``unit`` and ``more``
    # before any handler.
    all_units: bool = field(default=False, compare=False)
    # The day was typed with its month and no year ("22/9", "16 ก.ย."): settle sets its year by
    # the step's window in the plan (the step's September is the plan year's).
    yearless: bool = field(default=False, compare=False)
    # The words beside a typed step or the attendance ("ขั้นตอนที่ 3 ไอทีส่งแล้ว"), where settle
    # finds a unit named by its short name or alias; settled away before any handler.
    others: str = field(default="", compare=False)
    # The words said of a step typed by its number ("ขั้นตอนที่ 2 ส่งรายชื่อทีมแล้ว"): when they
    # name another step plainly, settle takes that step (the number was a slip).
    said: str = field(default="", compare=False)
    # A correction restating only the field that was wrong ("ไม่ใช่เมื่อวาน ส่งเมื่อวันจันทร์",
    # "ไม่ใช่ขั้น 3 ขั้น 4"): the rest is the sender's last entry of a step (the handler's).
    correction: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Confirm:
    """Yes to a pending submission (its button carries the token; typed "ยืนยัน" has none)."""

    token: str = ""
    # What a typed yes restates of the card ("ถูกแล้วค่ะ 61.2 บันทึกเลย", "ใช่ค่ะ กองคลัง
    # ถูกแล้ว"): the draft is stored only if it holds them (handlers.confirmations).
    figures: tuple[Decimal, ...] = ()
    unit: str = ""


@dataclass(frozen=True)
class Cancel:
    """No to a pending submission (its button carries the token; typed "ยกเลิก" has none)."""

    token: str = ""


@dataclass(frozen=True)
class Undo:
    """Withdraw my last submission: "ยกเลิกที่ส่งล่าสุด", "undo"."""


@dataclass(frozen=True)
class History:
    """The history of submissions: "ประวัติ ขยะ", "ประวัติการส่งของกองคลัง"."""

    indicator: str = ""
    unit: str = ""  # one unit's rows only


@dataclass(frozen=True)
class Members:
    """Who is in the PMQA team: "ทีม PMQA ของกองคลังมีใครบ้าง"."""

    unit: str = ""  # unit words; empty: every unit


@dataclass(frozen=True)
class RegisterUnit:
    """Register my unit: "ลงทะเบียน กองคลัง", "ฉันอยู่กองคลัง"; none named ("ขอลงทะเบียนด้วยค่ะ"),
    the handler asks for it."""

    unit: str = ""
    # Told with no word of registering ("อยู่กองกลางค่ะ", "I'm with the IT center"): only a
    # unit the organisation has is registered; any other place named is chatter (settle).
    loose: bool = False
    # Told bare ("อยู่กองกลางค่ะ"): as often where something is as the sender's unit, so it is
    # asked back on a card ("ยืนยันการลงทะเบียน") and stored only on its yes.
    ask: bool = False
    # Told within a greeting ("สวัสดีครับ ผมเพิ่งย้ายมาอยู่ฝ่ายยุทธศาสตร์จังหวัด"): a place the
    # organisation has no unit of leaves the greeting it was (settle).
    greeted: bool = False


@dataclass(frozen=True)
class AddUnit:
    """Add a unit to the organisation (coordinator): "เพิ่มหน่วยงาน กองคุ้มครองแรงงาน (กคร.)"."""

    name: str
    short_name: str = ""


@dataclass(frozen=True)
class BindGroup:
    """Bind this group to an organisation (coordinator only): "ผูกกลุ่ม สป.รง."."""

    organisation: str


@dataclass(frozen=True)
class ChooseIndicator:
    """A pick from an ask-back's buttons: continue ``then`` with the indicator ``code``."""

    code: str
    then: IndicatorQuery | SubmitValue | SubmitBaseline | History  # what asked


class ReminderAction(StrEnum):
    """What a reminder-settings message asks for."""

    SHOW = "show"  # "ดูการตั้งเตือน"
    SET = "set"  # "ตั้งเตือน 7 3 1", "ตั้งเตือน 7 3 1 เวลา 8:30"
    ON = "on"  # "เปิดการเตือน"
    OFF = "off"  # "ปิดการเตือน"
    DIGEST_ON = "digest_on"  # "เปิดสรุปรายสัปดาห์"
    DIGEST_OFF = "digest_off"  # "ปิดสรุปรายสัปดาห์"


@dataclass(frozen=True)
class ReminderSettings:
    """The group's deadline-reminder policy: show it, or (coordinator) change it."""

    action: ReminderAction
    days: tuple[int, ...] = ()  # days before the deadline; 0 = the morning of the deadline
    hour: int | None = None
    minute: int | None = None


@dataclass(frozen=True)
class DeskLink:
    """A single-use link to the desk (1:1 chat): "ขอลิงก์แดชบอร์ด"."""


@dataclass(frozen=True)
class Chart:
    """The organisation's picture as a chart: "กราฟ", "ภาพรวมเป็นกราฟ"."""


@dataclass(frozen=True)
class StepDetails:
    """A step in detail: who has not sent it and what it needs ("รายละเอียดขั้นตอนที่ 3")."""

    step: str = ""  # step words or number
    indicator: str = ""  # the indicator's code, when a reminder card names it
    # The words beside a typed step whose outcome is asked ("นิติการผ่านขั้นตอนที่ 1 ยัง"), where
    # settle finds a unit named by an alias (its status then); settled away before any handler.
    others: str = field(default="", compare=False)


@dataclass(frozen=True)
class PostponeReminder:
    """Move a step's next reminder one day later (coordinator): "เลื่อนเตือน 1 วัน"."""

    step: str = ""  # step words or number; empty: the step reminded next
    indicator: str = ""


class RuleTopic(StrEnum):
    """What a question about the plan's rules asks (the plan data answers it)."""

    DEDUCTIONS = "deductions"  # "หักคะแนนอะไรบ้าง", "กองคลังโดนหักอะไร"
    CHANNEL = "channel"  # "ส่งแผนทางอีเมลได้มั้ย", "ส่งทางไหน"
    DIMENSIONS = "dimensions"  # "3 มิติ มีอะไรบ้าง", "หมวด 3 อยู่มิติไหน"
    MEETING = "meeting"  # "ประชุมชี้แจงวันไหน"
    ROUND = "round"  # "รอบ 1 มีขั้นตอนไหนบ้าง"
    STEP = "step"  # "ขั้นตอนที่ 3 ต้องทำอะไร"
    ATTENDANCE = "attendance"  # "ต้องเข้าประชุมกี่เปอร์เซ็นต์", "เข้าประชุม 80% ผ่านมั้ย"
    LEVEL = "level"  # "อยากได้ระดับ 5 ต้องทำอะไรบ้าง"
    WHY_SCORE = "why_score"  # "ทำไมกองคลังได้ 2.5"
    FORM = "form"  # "แบบฟอร์ม 4 คืออะไร"
    THRESHOLDS = "thresholds"  # "เกณฑ์ 85% คืออะไร": the plan's percentage rules


@dataclass(frozen=True)
class RuleQuestion:
    """A question about the plan's rules, answered from the plan and the computed scores."""

    topic: RuleTopic
    number: int | None = None  # the round, level, form, dimension or percentage asked about
    category: int | None = None  # the PMQA หมวด asked about ("หมวด 5 อยู่มิติไหน")
    pmqa: bool = False  # a PMQA 4.0 level (Basic, Advance, Significance), not the plan's level
    # A PMQA 4.0 level named ("Significance ต้องได้กี่คะแนน"): the national levels, never the
    # targets a report sets for the organisation's own PMQA indicator.
    level_named: bool = False
    step: str = ""  # step words or number
    unit: str = ""  # unit words ("ทำไมกองคลังได้ 2.5")
    channel: str = ""  # the channel asked about ("email")
    # A report's indicator whose score is asked why ("ทำไมตัวโอนเปลี่ยนแปลงได้คะแนน 0"): its
    # assessed items answer.
    indicator: str = ""
    # Whether a PMQA 4.0 level named was reached ("PMQA ของเราเข้า Advance หรือยัง"): the tier of
    # an indicator titled PMQA 4.0 where the organisation has one; settled away before any handler.
    reached: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class CloseYear:
    """Close the plan's fiscal year (coordinator, confirmed): "ปิดปีงบประมาณ 2568"."""

    year: int | None = None  # the Buddhist-era year named, if any


@dataclass(frozen=True)
class Help:
    """Help: "ช่วยด้วย", "ใช้ยังไง", "เมนู", "help"."""


@dataclass(frozen=True)
class SmallTalk:
    """Thanks, a greeting, "รับทราบ", praise or laughter: one brief line back."""

    kind: str  # "thanks", "greeting", "ack", "praise", "laugh"


@dataclass(frozen=True)
class Unknown:
    """Nothing recognised."""

    text: str = ""


Intent = (
    Status
    | IndicatorQuery
    | Deadlines
    | Missing
    | SubmitValue
    | SubmitBaseline
    | MarkStep
    | Confirm
    | Cancel
    | Undo
    | History
    | Members
    | RegisterUnit
    | AddUnit
    | BindGroup
    | ChooseIndicator
    | ReminderSettings
    | DeskLink
    | Chart
    | StepDetails
    | PostponeReminder
    | CloseYear
    | RuleQuestion
    | Help
    | SmallTalk
    | Unknown
)

# Intents that only read: they answer a question and store nothing.
QUESTIONS: tuple[type, ...] = (
    Status,
    IndicatorQuery,
    Deadlines,
    Missing,
    History,
    Members,
    RuleQuestion,
    StepDetails,
    Chart,
)

# Intents that store something once confirmed: a question is never read as one of these
# (``handlers.nlu.questions``). A typed "ยืนยัน" only settles what is already restated.
WRITES: tuple[type, ...] = (
    SubmitValue,
    MarkStep,
    Undo,
    RegisterUnit,
    BindGroup,
    PostponeReminder,
)
_STORING = (*WRITES, SubmitBaseline, AddUnit, CloseYear)  # besides a change of settings


# Whether an intent of each kind stores, by its exact type: one look-up, where ``isinstance``
# against the tuple above tries its nine classes in turn (``stores`` is asked several times a
# message). A reminder setting is left out (its action tells), and so is any other type.
_STORES_BY_KIND: dict[type, bool] = {
    kind: issubclass(kind, _STORING)
    for kind in Intent.__args__
    if not issubclass(kind, ReminderSettings)
}


def stores(intent: object) -> bool:
    """Whether ``intent`` stores something (on its card's yes, or at once for a setting):
    the writes, a baseline, a new unit, the year's close and a change of reminder settings."""
    known = _STORES_BY_KIND.get(type(intent))
    if known is not None:
        return known
    if isinstance(intent, ReminderSettings):
        return intent.action is not ReminderAction.SHOW
    return isinstance(intent, _STORING)
