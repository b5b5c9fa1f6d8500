"""Baselines by chat: the coordinator enters a previous year's result ("คะแนน PMQA ปี 2566 =
380"); it is stored as the indicator's baseline, never as this year's result, and the criteria
group and tier thresholds it selects are restated before it is confirmed."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.common import missing_organisation
from handlers.confirmations import ask_confirmation
from handlers.context import Context
from handlers.formatting import number, plain
from handlers.intent_spec import IntentSpec
from handlers.intents import Intent, SubmitBaseline, SubmitValue, Unknown
from handlers.nlu.extract import as_typed, this_years_figure
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import EDGE_WORDS, QUESTION, UNIT_PREFIXES
from handlers.nlu.slots import INDICATOR_RE, Found, content, glued_measure, typed_measure
from handlers.nlu.year_words import YEAR_WORDS
from handlers.permissions import Act
from handlers.replies import Reply
from handlers.status_view import thresholds_text
from handlers.value_submissions import (
    current_row,
    handle_submit_value,
    indicator_for_value,
    read_value,
    superseding,
)
from kpi_core.fiscal_calendar import fiscal_year
from kpi_core.models import Indicator, Organisation, Submission, SubmissionKind
from kpi_core.scoring import pmqa_level, resolve_thresholds, select_group
from kpi_core.status_scoring import is_pmqa_score


def handle_submit_baseline(intent: SubmitBaseline, ctx: Context) -> Reply:
    """Restate a previous year's result as the baseline, with the group it selects; confirm."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    this_year = org.fiscal_year or fiscal_year(ctx.today)
    if intent.year is not None and intent.year >= this_year:  # this year's result, not a base
        value = SubmitValue(intent.indicator, intent.value, intent.raw_value, intent.percent)
        return handle_submit_value(value, ctx)
    chosen = indicator_for_value(
        ctx, intent, Act.COORDINATE, "ตัวชี้วัด {code} ส่งเป็นขั้นตอน ไม่มีค่าฐานจากปีก่อนครับ"
    )
    if isinstance(chosen, Reply):
        return chosen
    year = f"ปี {intent.year}" if intent.year else "ปีก่อน"
    draft = Submission(
        indicator_code=chosen.code,
        kind=SubmissionKind.BASELINE,
        value=intent.value,
        note=f"ค่าฐาน: ผล{year}",
    )
    current = current_row(ctx, (chosen.code, None, SubmissionKind.BASELINE, None, None))
    lines = [
        f"ตัวชี้วัด {chosen.code}: {chosen.title}",
        f"ค่าฐาน (ผล{year}) = {_with_unit(intent, chosen)} — ไม่ใช่ผลของปีนี้",
        *baseline_effects(org, chosen, intent),
    ]
    if current is not None and current.value is not None:
        lines.append(f"(แก้ไขจากค่าฐานเดิม {number(current.value)})")
    warnings = ["คะแนน PMQA เต็ม 500"] if is_pmqa_score(chosen) and intent.value > 500 else []
    if _in_percent(intent, chosen) and intent.value > 100:
        warnings.append("ร้อยละเกิน 100")
    named = re.search(r"25\d\d", chosen.baseline_label)
    if intent.year and named and int(named.group(0)) != intent.year:
        warnings.append(f"เกณฑ์ของตัวชี้วัดนี้อ้าง{chosen.baseline_label} ไม่ใช่ปี {intent.year}")
    return ask_confirmation(ctx, superseding(draft, current), lines, warnings)


def _in_percent(intent: SubmitBaseline, indicator: Indicator) -> bool:
    return intent.percent or indicator.unit in _PERCENT_UNITS


def _with_unit(intent: SubmitBaseline, indicator: Indicator) -> str:
    """The baseline as a percentage when it is one: "ร้อยละ 48.7" of a ร้อยละ indicator,
    "48.7%" typed so of another; else the number alone ("380")."""
    value = number(intent.value)
    if indicator.unit == "ร้อยละ":
        return f"ร้อยละ {value}"
    return f"{value}%" if _in_percent(intent, indicator) else value


_PERCENT_UNITS = ("ร้อยละ", "%", "เปอร์เซ็นต์")


def baseline_effects(org: Organisation, indicator: Indicator, intent: SubmitBaseline) -> list[str]:
    """What the baseline selects: ``กลุ่มที่ 2: ขั้นต้น 350 · มาตรฐาน 380 · ขั้นสูง 418``."""
    value, agency = intent.value, org.name
    lines = []
    thresholds = resolve_thresholds(indicator, basis=value, baseline=value, agency=agency)
    group = select_group(indicator.criteria_groups, basis=value, agency=agency)
    if thresholds is not None:
        label = group.label if group is not None else "เกณฑ์"
        lines.append(f"{label}: {thresholds_text(thresholds)}")
    if is_pmqa_score(indicator) and 0 <= value <= 500:
        lines.append(f"PMQA 4.0 ปีฐาน: {pmqa_level(value).label_th}")
    if not lines:
        lines.append(f"ตัวชี้วัดนี้ไม่มีเกณฑ์ที่อ้างค่าฐาน (บันทึกไว้เป็นค่าอ้างอิง {number(plain(value))})")
    return lines


# The purpose of a baseline, to the end: "เพื่อเลือกกลุ่มเกณฑ์", "เพื่อใช้คำนวณเป้าหมาย".
_PURPOSE_RE = re.compile(r"เพื่อ\s?(?:ใช้\s?)?(?:เลือก|คำนวณ|กำหนด|จัด|คิด|เทียบ|หา).*$")


# What a count is used for when it chooses a criteria group: "ใช้จัดกลุ่ม", "เพื่อเลือกกลุ่มเกณฑ์".
_GROUPING = "จัดกลุ่ม|เลือกกลุ่ม|ใช้จัดกลุ่ม|ใช้เลือกกลุ่ม|ใช้คิดกลุ่ม"
_GROUPING_RE = re.compile(r"(?:เพื่อ\s?)?(?:ใช้\s?)?(?:จัด|เลือก|คิด)\s?กลุ่ม(?:\s?(?:เกณฑ์|ของ))?")


# The count after the grouping ("จัดกลุ่มเอกสาร 12 ชุด", "จัดกลุ่มหน่วยงานเป็น 3 กลุ่ม"), a group's
# ordinal ("กลุ่มเกณฑ์ที่ 2"), groups counted ("… 4 กลุ่ม"), a favour asked ("ช่วย…ให้หน่อย").
_GROUP_COUNTED_RE = re.compile(r"^\s?(?:กลุ่ม|group)")
_GROUP_FAVOUR_RE = re.compile(r"ช่วย|รบกวน|ให้หน่อย|ให้ด้วย")
_GROUPED_RE = re.compile(r"^\s?(?:กลุ่ม|ชุด|group|set)")


def _read_group_count(found: Found) -> Intent | None:
    """The count a criteria group is chosen by: told before the grouping word, as a baseline.

    "มีชุดข้อมูลเปิดทั้งหมด 42 ชุด ใช้จัดกลุ่ม GD Catalog"; a number after the grouping word is
    what is grouped or how many groups, an ordinal picks a group: no count of the base.
    """
    text = found.extraction.text
    grouping = _GROUPING_RE.search(text)
    value = found.extraction.numbers[-1]
    if grouping is None or text[: value.start].rstrip().endswith("ที่"):
        return None
    if _GROUP_FAVOUR_RE.search(text) or (
        value.start > grouping.end() and _GROUPED_RE.search(text[value.end :])
    ):
        # Things grouped or groups counted, a favour asked: talk about grouping, no figure.
        return Unknown(text=text)
    if value.end > grouping.start() or _GROUP_COUNTED_RE.search(text[value.end :]):
        return None
    return _read_baseline(found)


# The baseline declined or denied beside a figure ("ขยะ 52.3 ไม่ต้องบันทึกค่าฐานนะ", "…ค่าฐาน
# ไม่ต้องกรอก", "…ไม่ใช่ค่าฐาน"): the figure is the year's result.
_KEEP = r"(?:บันทึก|กรอก|ใส่|ลง|เซฟ)"
_BASE_DECLINED_RE = re.compile(
    rf"(?:ไม่\s?ต้อง\s?{_KEEP}\s?|ไม่\s?ใช่\s?)(?:เป็น\s?)?(?:ค่าฐาน|baseline)"
    rf"|(?:ค่าฐาน|baseline)\s?(?:นะ|ค่ะ|คะ|ครับ)?\s?ไม่\s?ต้อง\s?{_KEEP}?"
)


def _without_the_base_declined(found: Found) -> Found | None:
    """``found`` with the baseline's declining blanked (offsets kept), or None when nothing
    declines it."""
    if not _BASE_DECLINED_RE.search(found.extraction.text):
        return None

    def blank(text: str) -> str:
        return _BASE_DECLINED_RE.sub(lambda m: " " * len(m[0]), text)

    extraction = replace(
        found.extraction, text=blank(found.extraction.text), masked=blank(found.extraction.masked)
    )
    return replace(found, extraction=extraction, remainder=blank(found.remainder))


def _read_baseline(found: Found) -> Intent | None:
    text = found.extraction.text
    if (declined := _without_the_base_declined(found)) is not None:
        return read_value(declined)
    if ("กรณี" in text or "ระหว่าง" in text) and _CASE_OR_BAND_RE.search(found.extraction.masked):
        # "เกณฑ์ PMQA ในกรณีที่คะแนนปี 2566 อยู่ระหว่าง 400 ถึง 450": a case supposed, a band of
        # figures: the criteria asked of them, nothing recorded.
        return None
    beside = len(found.extraction.numbers) > 1 and not _BASE_RE.search(text)
    if beside and this_years_figure(found.extraction) is not None:
        # "ขยะปีกลาย 48.2 ปีนี้ 52.3": this year's figure beside last year's is the result;
        # last year's is context, no baseline.
        return read_value(found)
    if _CHANGE_RE.search(text) and _FROM_LAST_YEAR_RE.search(text) and not _BASE_RE.search(text):
        # "ลดลง 11.4% จากปีก่อน": this year's change, compared with last year's, no baseline.
        return read_value(found)
    if _COMPARED_WITH_LAST_YEAR_RE.search(text) and not _BASE_RE.search(text):
        # "update KPI 3 = -2 รายการครับ (เทียบกับปีที่แล้ว)": this year's figure, said as set
        # beside last year's; a comparison names no baseline year.
        return read_value(found)
    if _OLD_OF_LAST_YEAR_RE.search(text) and not _BASE_RE.search(text):
        # "ขอแก้…เป็น 88.1% ตัวเดิมเป็นของปีที่แล้ว": the old value was last year's, the new one
        # is this year's result.
        return read_value(found)
    if (found.extraction.this_year or _FOR_THE_YEAR_RE.search(text)) and not _BASE_RE.search(text):
        # "PMQA จังหวัดปี 68 ได้ 389.76 คะแนน" (in FY2568): this year's result, no baseline.
        # "…ประจำปีงบประมาณ พ.ศ. 2568 เท่ากับร้อยละ 54.12": the year a report is for, no baseline.
        return read_value(found)
    value = found.extraction.numbers[-1]
    # "คะแนน PMQA … ของสำนักงบประมาณ": whose result it is (a unit, the organisation) names
    # no indicator.
    # "…ขอใส่เป็นค่าฐานเพื่อเลือกกลุ่มเกณฑ์": why it is entered names no indicator.
    remainder = (
        _PURPOSE_RE.sub(" ", found.remainder) if "เพื่อ" in found.remainder else found.remainder
    )
    if "กลุ่ม" in remainder:  # "…ใช้จัดกลุ่ม GD Catalog": the use names no indicator
        remainder = _GROUPING_RE.sub(" ", remainder)
    words = found.code or content(_OWNER_RE.sub(" ", remainder), _BASELINE_EDGE)
    # "คะแนนความพร้อมรัฐบาลดิจิทัลปี 66 ได้ 74.2": a measure word glued to the name may be
    # its title's (settle decides), not only the cue "คะแนน".
    # "baseline DG readiness ปี 66 = 76.85 คะแนน": the measure typed with the figure tells the
    # indicator titled by it from its twin (settle decides, as with one glued to the name).
    words = (glued_measure(found, words) or _typed_with_figure(found, words)) + words
    year = found.extraction.year
    if year is None and "25" in words and (bare := _BARE_YEAR_RE.search(words)):
        # "ค่าฐานขยะ 2566 50.2": the year typed without "ปี" is the base's year.
        year = int(bare.group())
        words = " ".join(f"{words[: bare.start()]} {words[bare.end() :]}".split())
    return SubmitBaseline(
        indicator=words,
        value=value.value,
        # "ร้อยละ 48.7": the number as typed; that it is a percentage is told apart.
        raw_value=as_typed(_PERCENT_BEFORE_RE.sub("", value.raw), found.original),
        year=year,
        percent=value.percent,
    )


def _typed_with_figure(found: Found, words: str) -> str:
    """The measure word (คะแนน, ระดับ) typed right after the figure ("= 76.85 คะแนน"), when
    the words hold none of their own, or ""."""
    if (
        not words
        or _TITLE_MEASURES_RE.search(words)
        or not _FIGURE_MEASURE_RE.search(found.extraction.masked)
    ):
        return ""
    return typed_measure(found, words)


_TITLE_MEASURES_RE = re.compile("คะแนน|ระดับ")
_FIGURE_MEASURE_RE = re.compile(r"NUM\s?(?:คะแนน|ระดับ)")
_PERCENT_BEFORE_RE = re.compile(r"^ร้อยละ\s*")
# The year named, then its figure at once ("ปี 67 48.2", "ปี 2567 ร้อยละ 48.2").
_YEAR_THEN_FIGURE_RE = re.compile(r"YEAR\s?(?:ค่ะ|คะ|ครับ|นะ)?\s?NUM")


def _read_past_years_figure(found: Found) -> Intent | None:
    """ "ขยะปี 67 48.2" (in FY2568): last year's figure, told right after its year, a baseline
    like "ขยะปี 67 ได้ 48.2"; this year's ("ขยะปี 68 52.3") is left to the value rules, and a
    year still to come is no baseline."""
    extraction = found.extraction
    year, today = extraction.year, extraction.today
    if year is None or today is None or year >= fiscal_year(today):
        return None
    if len(extraction.numbers) > 1:  # "ขยะปี 67 48.2 ไม่ใช่ 42.8": left to the value rules
        return None
    if _YEAR_THEN_FIGURE_RE.search(extraction.masked) is None:
        return None
    return _read_baseline(found)


def _read_year_named(found: Found) -> Intent | None:
    """A year named with the value ("คะแนน PMQA ปี 2566 = 380"); with only "มี" for its verb,
    what a past year had (``_read_past_years_count``)."""
    if _YEAR_VERB_RE.search(found.extraction.masked):
        return _read_baseline(found)
    return _read_past_years_count(found)


_YEAR_VERB_RE = re.compile("=|คะแนน|ผล|ได้|เป็น|ค่า")
_COUNT_ASKED_RE = re.compile(f"{QUESTION}|กี่|เท่าไหร่|เท่าไร")


def _read_past_years_count(found: Found) -> Intent | None:
    """ "ปี 66 ก.พ. มี Pillar ระดับ 3 ขึ้นไป 4 Pillar": what a past year had of what an indicator
    counts, named by its keyword, is its baseline (this year's, or one to come, is no base;
    "มีกี่…" asks)."""
    extraction = found.extraction
    if _COUNT_ASKED_RE.search(extraction.masked):
        return None
    year, today = extraction.year, extraction.today
    if year is None or today is None or year >= fiscal_year(today):
        return None
    if not (found.code or INDICATOR_RE.search(found.remainder)):
        return None  # "ปี 66 มีประชุม 3 ครั้ง": nothing an indicator counts
    return _read_baseline(found)


_CASE_OR_BAND_RE = re.compile(
    r"(?:ใน\s?)?กรณี\s?(?:ที่|ว่า)|ระหว่าง\s?NUM\s?(?:คะแนน\s?)?(?:ถึง|-|–|และ|กับ)\s?NUM"
)


_BARE_YEAR_RE = re.compile(r"(?<![\d.,])25[5-7]\d(?![\d.,])")
_OWNER_RE = re.compile(rf"ของ\s?(?:{UNIT_PREFIXES})\S*")
# "ตกจากปีที่แล้ว", "สูงกว่าปีที่แล้ว", "ดีขึ้นกว่าปีก่อน": this year's figure set beside last year's.
_CHANGE_RE = re.compile(
    r"เพิ่ม|ลด|สูงขึ้น|ต่ำลง|โต|ขยับ|ตก|ดีขึ้น|แย่ลง|สูงกว่า|ต่ำกว่า|มากกว่า|น้อยกว่า|ขึ้นมา|ขึ้นจาก|ลงมา|ลงจาก"
)
_FROM_LAST_YEAR_RE = re.compile(r"(?:จาก|เทียบกับ|เมื่อเทียบกับ|กว่า)\s?(?:ปีก่อน|ปีที่แล้ว)")
_BASE_RE = re.compile(r"ฐาน|baseline", re.IGNORECASE)
_COMPARED_WITH_LAST_YEAR_RE = re.compile(r"เทียบ\s?(?:กับ\s?)?(?:ปีก่อน|ปีที่แล้ว|ปีที่ผ่านมา|ปีกลาย)")
_OLD_OF_LAST_YEAR_RE = re.compile(
    r"(?:เดิม|เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก)\s?(?:เป็น|คือ|ใส่|กรอก|พิมพ์)?\s?(?:ของ|ค่า|ผล)?\s?(?:ปีก่อน|ปีที่แล้ว)"
)
_FOR_THE_YEAR_RE = re.compile(r"ประจำ\s?ปี")

# "… เท่ากับ 76.4 ใส่เป็น baseline": how the value is stated and stored names no indicator.
_BASELINE_EDGE = EDGE_WORDS | frozenset(
    ("baseline", "ค่าฐาน", "ฐาน", "ปีฐาน", "เท่ากับ", "ใส่", "กรอก", "บันทึก", "ตั้ง", "ใช้")
    # "… เอาเป็นฐานนะ", "ใส่ค่าฐาน… ไว้ที่ 77.35", "เก็บเป็นค่าฐาน".
    + ("เอา", "เก็บ", "ไว้", "ไว้ที่", "เอาไว้", "เพื่อ", "เพื่อใช้")
    # "… เอาไว้คิดเป้า": what the base is kept for; "ที่ สพร. กำหนดให้เรา": who set it.
    + ("คิด", "คำนวณ", "เป้า", "ตั้งเป้า", "คิดเป้า", "กำหนด", "กำหนดให้", "ให้", "เรา", "ที่")
)

# fmt: off
SPECS = (
    IntentSpec(SubmitBaseline, handle_submit_baseline, (
        # A year named with the value: "คะแนน PMQA ปี 2566 = 380" (this year's: a result).
        # "ปี 66 ก.พ. มี Pillar ระดับ 3 ขึ้นไป 4 Pillar ค่ะ": what a past year had, counted, too.
        Rule(("YEAR", "=|คะแนน|ผล|ได้|เป็น|ค่า|มี"), 620, _read_year_named, number=True),
        Rule((f"ค่าฐาน|ปีฐาน|เป็นฐาน|baseline|ผลปีก่อน|คะแนนปีก่อน|{YEAR_WORDS}",), 610, _read_baseline,
             number=True),
        # "ค่า X ของ Master Data ที่ สพร. กำหนดให้เรา = 4 ชุด": the X of a target's formula is
        # the base it counts from.
        Rule(("ค่า x|ค่าx", "=|เท่ากับ|คือ|เป็น|ได้|มี"), 611, _read_baseline, number=True,
             unless=QUESTION),
        # "มีชุดข้อมูลเปิดทั้งหมด 42 ชุด ใช้จัดกลุ่ม GD Catalog": the count a criteria group is
        # chosen by is the indicator's base, no result.
        Rule((_GROUPING,), 619, _read_group_count, number=True, unless=QUESTION),
        # "ฐาน Master Data ปี 67 มี 2 ชุด": the base of a year ("ฐานข้อมูล", "พื้นฐาน" are
        # other words: data/nlu/cue_shadows.txt).
        Rule(("ฐาน", "YEAR"), 609, _read_baseline, number=True),
        # "ขยะปี 67 48.2": a past year's figure told right after its year, no verb between.
        Rule(("YEAR",), 608, _read_past_years_figure, number=True, unless=QUESTION),
    )),
)
# fmt: on
