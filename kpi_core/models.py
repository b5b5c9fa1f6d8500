"""Domain model: organisations, units, indicators, criteria, milestone steps, submissions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class Direction(StrEnum):
    """Whether a larger result is better (most KPIs) or worse (e.g. budget transfers)."""

    HIGHER = "higher"
    LOWER = "lower"


class ScoringMethod(StrEnum):
    """How an indicator turns results into a score."""

    OPDC_TIERS = "opdc_tiers"  # basic 50 / standard 75 / advanced 100
    FIVE_LEVEL = "five_level"  # thresholds for levels 1..5, interpolated
    MILESTONES = "milestones"  # success level = consecutive steps passed, minus deductions
    PASS_FAIL = "pass_fail"  # passed / total items
    REPORT_ONLY = "report_only"  # a reported value with no targets: no score


class Interpolation(StrEnum):
    """Whether an OPDC score between two tiers jumps (step) or is interpolated (linear)."""

    STEP = "step"
    LINEAR = "linear"


class Tier(StrEnum):
    """The three OPDC target tiers."""

    BASIC = "basic"  # เป้าหมายขั้นต้น
    STANDARD = "standard"  # เป้าหมายมาตรฐาน
    ADVANCED = "advanced"  # เป้าหมายขั้นสูง


TIER_SCORES: dict[Tier, Decimal] = {
    Tier.BASIC: Decimal(50),
    Tier.STANDARD: Decimal(75),
    Tier.ADVANCED: Decimal(100),
}
TIER_LABELS_TH: dict[Tier, str] = {
    Tier.BASIC: "ขั้นต้น",
    Tier.STANDARD: "มาตรฐาน",
    Tier.ADVANCED: "ขั้นสูง",
}


class ResultKind(StrEnum):
    """The kind of result an assessment item carries."""

    PASS = "pass"  # ผ่าน
    FAIL = "fail"  # ไม่ผ่าน
    NUMBER = "number"  # 50.17 (ร้อยละ)


@dataclass(frozen=True)
class ItemResult:
    """The result of one assessment item, as printed at the end of its line."""

    kind: ResultKind
    raw: str
    value: Decimal | None = None
    unit: str = ""


@dataclass(frozen=True)
class AssessmentItem:
    """One line of the ``ประเด็นการประเมิน ผลการดำเนินงาน`` table."""

    text: str
    result: ItemResult | None = None


@dataclass(frozen=True)
class TierTarget:
    """A target tier as written (``คะแนนปี 2566 + 10 %``) and its number when it is a plain one."""

    tier: Tier
    text: str
    value: Decimal | None = None


@dataclass(frozen=True)
class Range:
    """A numeric interval used to select a criteria group; ``None`` bounds are open-ended."""

    low: Decimal | None = None
    high: Decimal | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def contains(self, x: Decimal) -> bool:
        """Whether ``x`` lies in the interval, honouring inclusive and exclusive bounds."""
        if self.low is not None and (x < self.low or (x == self.low and not self.low_inclusive)):
            return False
        return not (
            self.high is not None
            and (x > self.high or (x == self.high and not self.high_inclusive))
        )


@dataclass(frozen=True)
class CriteriaGroup:
    """One ``กลุ่มที่ N`` (or agency-specific) block of targets inside ``เกณฑ์การประเมิน``."""

    label: str
    condition: str = ""
    targets: tuple[TierTarget, ...] = ()
    ranges: tuple[Range, ...] = ()  # the group applies when the basis value is in any range
    agencies: tuple[str, ...] = ()  # non-empty: the group applies to these agencies only
    exempt: bool = False  # ``ไม่ต้องประเมินตัวชี้วัดนี้``
    note: str = ""

    def target(self, tier: Tier) -> TierTarget | None:
        """The target of ``tier`` in this group, if the group states one."""
        return next((t for t in self.targets if t.tier == tier), None)


@dataclass(frozen=True)
class DateWindow:
    """When a step is due: a single deadline, a window (opens..due), or open-ended."""

    text: str
    due: date | None = None
    opens: date | None = None


@dataclass(frozen=True)
class MilestoneStep:
    """One step of a success-level (ระดับความสำเร็จ) indicator."""

    number: int
    title: str
    window: DateWindow
    round: int = 1
    min_percent: Decimal | None = None  # step passes only with a percentage at least this
    needs_documents: bool = False  # missing documents cost a deduction
    needs_dimensions: bool = False  # the plan must cover every dimension
    plan_results: bool = False  # the step is scored on the plan's own indicators (85 % rule)
    channel: str = ""  # required channel, e.g. ``google_drive``
    keywords: tuple[str, ...] = ()  # words users call the step by (``แผน`` for step 3)
    short_title: str = ""  # for lists and buttons; ``title`` keeps the full wording
    channel_note: str = ""  # how to send, as the plan says it (``ส่งผ่าน Google Drive เท่านั้น``)
    forms: tuple[int, ...] = ()  # the plan's form numbers (แบบฟอร์มหมายเลข) the step sends

    @property
    def name(self) -> str:
        """The short title when there is one, else the full title."""
        return self.short_title or self.title


@dataclass(frozen=True)
class Dimension:
    """One of the three development dimensions (มิติ) of Government 4.0."""

    number: int
    title: str
    categories: tuple[int, ...] = ()  # PMQA หมวด


@dataclass(frozen=True)
class PlanForm:
    """A numbered form of a plan (แบบฟอร์มหมายเลข N) and what it is."""

    number: int
    title: str


@dataclass(frozen=True)
class Meeting:
    """A meeting the plan announces (the briefing): when, where and by whom."""

    title: str
    on: date | None = None
    time: str = ""
    place: str = ""
    by: str = ""


@dataclass(frozen=True)
class DeductionRules:
    """Points taken off a milestone score (seed 003 defaults; every amount configurable)."""

    missing_documents: Decimal = Decimal("0.5")
    wrong_channel: Decimal = Decimal("0.5")
    late_or_incomplete: Decimal = Decimal("0.05")
    missing_dimension: Decimal = Decimal("0.5")
    unmet_plan_indicator: Decimal = Decimal("0.5")
    plan_target_percent: Decimal = Decimal(85)


@dataclass(frozen=True)
class Indicator:
    """A KPI: its texts, how it is scored, its criteria, steps and reported items."""

    code: str
    title: str
    method: ScoringMethod = ScoringMethod.REPORT_ONLY
    position: int = 0
    keywords: tuple[str, ...] = ()
    description: str = ""
    formula: str = ""
    unit: str = ""
    weight: Decimal = Decimal(1)
    direction: Direction = Direction.HIGHER
    interpolation: Interpolation = Interpolation.STEP
    tiers: tuple[TierTarget, ...] = ()  # fixed tiers, when not chosen by a criteria group
    levels: tuple[Decimal, ...] = ()  # five-level thresholds t1..t5
    below_level_one: Decimal = Decimal(0)  # the five-level score of a result that misses t1
    criteria_round: str = ""  # e.g. ``รอบ 12 เดือน``
    criteria_note: str = ""  # e.g. ``สำนักงาน ก.พ.ร. กำหนดค่าเป้าหมาย``
    criteria_groups: tuple[CriteriaGroup, ...] = ()
    baseline_label: str = ""  # what selects the group, e.g. ``คะแนนปี 2566``
    steps: tuple[MilestoneStep, ...] = ()
    dimensions: tuple[Dimension, ...] = ()
    deductions: DeductionRules | None = None
    max_level: int = 5
    forms: tuple[PlanForm, ...] = ()
    forms_url: str = ""  # where the plan's forms are downloaded
    meetings: tuple[Meeting, ...] = ()
    items: tuple[AssessmentItem, ...] = ()
    strategic_kpi: str = ""
    preface: str = ""
    scope: str = ""
    data_collection: str = ""
    data_source: str = ""
    fiscal_year: int | None = None

    def step(self, number: int) -> MilestoneStep | None:
        """The milestone step with this number, if any."""
        return next((s for s in self.steps if s.number == number), None)


@dataclass(frozen=True)
class Unit:
    """A unit (กอง / สำนัก / ศูนย์) of an organisation whose results are tracked."""

    name: str
    short_name: str = ""
    aliases: tuple[str, ...] = ()
    coordinator: bool = False  # the unit that chases the others (e.g. กลุ่มพัฒนาระบบบริหาร)


@dataclass(frozen=True)
class YearClose:
    """The coordinator closed a fiscal year: its summary stands, read-only, from then on."""

    fiscal_year: int  # Buddhist era, e.g. 2568
    closed_at: datetime
    closed_by: str  # LINE user id or ``cli``
    closed_by_name: str = ""
    source_event_id: str | None = None  # the LINE event of the confirmation, if by chat
    source_chat_id: str | None = None


@dataclass(frozen=True)
class Organisation:
    """An organisation (ส่วนราชการ / จังหวัด) with its units and indicators."""

    name: str
    parent: str = ""
    short_name: str = ""
    aliases: tuple[str, ...] = ()  # other names it goes by (สนง.ก.พ., OCSC); matched exactly
    weight: Decimal = Decimal(100)
    assessed_score: Decimal | None = None
    summary: str = ""
    fiscal_year: int | None = None
    source: str = ""
    demo: bool = False
    units: tuple[Unit, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    year_closes: tuple[YearClose, ...] = ()  # oldest first; never part of an import

    def indicator(self, code: str) -> Indicator | None:
        """The indicator with this code, if any."""
        return next((i for i in self.indicators if i.code == code), None)

    def unit(self, name: str) -> Unit | None:
        """The unit called ``name`` (full name, short name or alias), if any."""
        return next((u for u in self.units if name in (u.name, u.short_name, *u.aliases)), None)


class SubmissionKind(StrEnum):
    """What a submission records."""

    VALUE = "value"  # a result value (Decimal)
    PASS_FAIL = "pass_fail"  # an item or indicator passed / failed
    STEP = "step"  # a milestone step done on a date through a channel
    BASELINE = "baseline"  # the previous-year value the tier expressions refer to
    GROUP_BASIS = "group_basis"  # the value that selects the criteria group, when not the baseline


class SubmissionAction(StrEnum):
    """Why a submission row exists; rows are never updated or deleted."""

    SUBMIT = "submit"
    CORRECT = "correct"  # supersedes an earlier row with new content
    UNDO = "undo"  # supersedes an earlier row and withdraws it


class Documents(StrEnum):
    """The supporting documents sent with a step."""

    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    MISSING = "missing"


@dataclass(frozen=True)
class Submission:
    """One append-only write: a result, a step done, a baseline; or a correction or an undo."""

    indicator_code: str
    kind: SubmissionKind
    unit: str | None = None  # None: the organisation as a whole
    value: Decimal | None = None
    passed: bool | None = None
    step: int | None = None
    item: int | None = None  # 1-based assessment item, for a pass/fail of one item
    done_on: date | None = None
    channel: str = ""
    documents: Documents = Documents.COMPLETE
    dimensions: frozenset[int] = field(default_factory=frozenset)
    plan_met: int | None = None
    plan_total: int | None = None
    links: tuple[str, ...] = ()  # the evidence's http(s) links, as typed
    action: SubmissionAction = SubmissionAction.SUBMIT
    supersedes: int | None = None
    id: int | None = None
    submitted_by: str = ""
    submitted_by_name: str = ""
    submitted_at: datetime | None = None
    source_event_id: str | None = None
    source_chat_id: str | None = None  # the LINE chat the write came from
    note: str = ""

    @property
    def is_demo(self) -> bool:
        """Whether the demo made this row up (it stays marked so beside real data)."""
        return self.submitted_by == DEMO_AUTHOR

    def slot(self) -> tuple[str, str | None, SubmissionKind, int | None, int | None]:
        """What the submission is about; a later submission to the same slot replaces it."""
        return (self.indicator_code, self.unit, self.kind, self.step, self.item)


DEMO_AUTHOR = "demo"  # who made every row the demo loads: invented, and shown as such


class Role(StrEnum):
    """What a member may do in the bot."""

    MEMBER = "member"  # submits for their own unit
    COORDINATOR = "coordinator"  # submits for any unit, binds groups, sets reminders


@dataclass(frozen=True)
class Member:
    """A LINE user registered to a unit of an organisation."""

    line_user_id: str
    organisation: str
    unit: str | None = None
    display_name: str = ""
    role: Role = Role.MEMBER
    registered_at: datetime | None = None
    registered_by: str = ""  # the LINE user id (or ``cli``) who made the registration
    source_event_id: str | None = None  # the LINE event of the registration, if by chat
    source_chat_id: str | None = None

    @property
    def is_coordinator(self) -> bool:
        """Whether the member may act for every unit of the organisation."""
        return self.role is Role.COORDINATOR

    def may_submit_for(self, unit: str | None) -> bool:
        """Only a coordinator submits for another unit or for the organisation as a whole."""
        return self.is_coordinator or (unit is not None and unit == self.unit)


@dataclass(frozen=True)
class ReminderPolicy:
    """When a group is reminded of deadlines (per group; the coordinator changes it)."""

    days_before: tuple[int, ...] = (7, 3, 1, 0)  # 0: the morning of the deadline
    hour: int = 9  # Asia/Bangkok
    minute: int = 0
    enabled: bool = True
    before_open: bool = True  # a note the working day before a window opens
    overdue: bool = True  # a notice the next working day after the deadline
    quiet_weekdays: frozenset[int] = frozenset({5, 6})  # Monday = 0; Saturday and Sunday
    quiet_holidays: bool = True  # public holidays are quiet too
    quiet_dates: frozenset[date] = frozenset()
    weekly_digest: bool = False  # a Monday summary of the organisation, one push a week
