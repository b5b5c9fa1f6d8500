"""The fields of a plan file: readers that name the field in Thai, and the scoring options."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from kpi_core.models import Direction, Interpolation, ScoringMethod, Tier, TierTarget
from kpi_core.scoring.five_level import LEVELS, improving

E = TypeVar("E", bound=StrEnum)
_WHERE = "indicator"
# The options each method reads; setting one for another method is a mistake worth naming.
_READ_BY: dict[str, tuple[ScoringMethod, ...]] = {
    "levels": (ScoringMethod.FIVE_LEVEL,),
    "below_level_one": (ScoringMethod.FIVE_LEVEL,),
    "tiers": (ScoringMethod.OPDC_TIERS,),
    "interpolation": (ScoringMethod.OPDC_TIERS,),
    "direction": (ScoringMethod.FIVE_LEVEL, ScoringMethod.OPDC_TIERS),
}
# A plan has no assessment items, so nothing could ever score a pass/fail plan indicator.
_PLAN_METHODS = tuple(m for m in ScoringMethod if m is not ScoringMethod.PASS_FAIL)


class PlanFormatError(ValueError):
    """The plan file is not what the loader expects; the message names the field."""


def text_field(data: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    """A text field, stripped; ``required`` refuses an empty one."""
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise PlanFormatError(f"{where}: ต้องเป็นข้อความ" + ("ที่ไม่ว่าง" if required else ""))
    return value.strip()


def decimal_field(value: Any, where: str) -> Decimal:
    """A finite number, written as a JSON number or a string."""
    try:
        number = Decimal(str(value)) if not isinstance(value, bool) else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise PlanFormatError(f"{where}: ต้องเป็นตัวเลข (ได้ {value!r})")
    return number


def scoring_options(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The indicator's scoring options, each checked, as keyword arguments of ``Indicator``."""
    if raw.get("method") == ScoringMethod.PASS_FAIL:
        raise PlanFormatError(
            f"{_WHERE}.method: 'pass_fail' นับประเด็นผ่าน/ไม่ผ่านในรายงาน ก.พ.ร. ซึ่งแผนไม่มี"
            " ใช้ 'report_only' แทน"
        )
    method = _choice(raw, "method", ScoringMethod, ScoringMethod.MILESTONES, _PLAN_METHODS)
    direction = _choice(raw, "direction", Direction, Direction.HIGHER)
    for key, methods in _READ_BY.items():
        if key in raw and method not in methods:
            names = " หรือ ".join(repr(m.value) for m in methods)
            raise PlanFormatError(f"{_WHERE}.{key}: ใช้ได้กับ method {names} เท่านั้น")
    options: dict[str, Any] = {
        "method": method,
        "direction": direction,
        "interpolation": _choice(raw, "interpolation", Interpolation, Interpolation.STEP),
        "weight": _weight(raw),
        "levels": _levels(raw.get("levels", ()), direction),
        "below_level_one": _below_level_one(raw),
        "tiers": _tiers(raw.get("tiers", {}), direction),
    }
    if method is ScoringMethod.FIVE_LEVEL and not options["levels"]:
        raise PlanFormatError(f"{_WHERE}.levels: method 'five_level' ต้องมีเกณฑ์ {LEVELS} ระดับ")
    if method is ScoringMethod.OPDC_TIERS and not options["tiers"]:
        raise PlanFormatError(f"{_WHERE}.tiers: method 'opdc_tiers' ต้องมีค่าเป้าหมายอย่างน้อย 1 ขั้น")
    return options


def _choice(
    raw: Mapping[str, Any], key: str, kind: type[E], default: E, allowed: tuple[E, ...] = ()
) -> E:
    allowed = allowed or tuple(kind)
    value = raw.get(key, default)
    if value not in [a.value for a in allowed]:
        names = ", ".join(repr(a.value) for a in allowed)
        raise PlanFormatError(f"{_WHERE}.{key}: ต้องเป็นหนึ่งใน {names} (ได้ {value!r})")
    return kind(value)


def _weight(raw: Mapping[str, Any]) -> Decimal:
    weight = decimal_field(raw.get("weight", 1), f"{_WHERE}.weight")
    if weight < 0:
        raise PlanFormatError(f"{_WHERE}.weight: ต้องไม่ติดลบ (ได้ {weight})")
    return weight


def _levels(raw: Any, direction: Direction) -> tuple[Decimal, ...]:
    if not isinstance(raw, list | tuple):
        raise PlanFormatError(f"{_WHERE}.levels: ต้องเป็นรายการตัวเลข {LEVELS} ค่า")
    if raw and len(raw) != LEVELS:
        raise PlanFormatError(f"{_WHERE}.levels: ต้องมีเกณฑ์ {LEVELS} ค่า (ได้ {len(raw)} ค่า)")
    levels = tuple(decimal_field(v, f"{_WHERE}.levels[{n}]") for n, v in enumerate(raw))
    if not improving(levels, direction):
        way = "ลดลง" if direction is Direction.LOWER else "เพิ่มขึ้น"
        raise PlanFormatError(
            f"{_WHERE}.levels: ต้อง{way}ทุกระดับจากระดับ 1 ถึง 5"
            f" (direction {direction.value!r}, ได้ {', '.join(map(str, levels))})"
        )
    return levels


def _below_level_one(raw: Mapping[str, Any]) -> Decimal:
    score = decimal_field(raw.get("below_level_one", 0), f"{_WHERE}.below_level_one")
    if not Decimal(0) <= score <= Decimal(1):
        raise PlanFormatError(f"{_WHERE}.below_level_one: ต้องอยู่ระหว่าง 0 ถึง 1 (ได้ {score})")
    return score


def _tiers(raw: Any, direction: Direction) -> tuple[TierTarget, ...]:
    if not isinstance(raw, Mapping):
        raise PlanFormatError(f'{_WHERE}.tiers: ต้องเป็นออบเจ็กต์ เช่น {{"basic": "80"}}')
    unknown = [key for key in raw if key not in [t.value for t in Tier]]
    if unknown:
        names = ", ".join(repr(t.value) for t in Tier)
        raise PlanFormatError(f"{_WHERE}.tiers: ขั้นต้องเป็น {names} (ได้ {unknown[0]!r})")
    values = {
        tier: decimal_field(raw[tier.value], f"{_WHERE}.tiers.{tier.value}")
        for tier in Tier
        if tier.value in raw
    }
    if not improving(list(values.values()), direction, strict=False):
        way = "ไม่ลดลง" if direction is Direction.HIGHER else "ไม่เพิ่มขึ้น"
        raise PlanFormatError(
            f"{_WHERE}.tiers: ค่าเป้าหมายต้อง{way}จากขั้นต้น มาตรฐาน ถึงขั้นสูง"
            f" (direction {direction.value!r})"
        )
    return tuple(TierTarget(tier, str(raw[tier.value]), value) for tier, value in values.items())
