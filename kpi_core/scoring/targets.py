"""Criteria groups and tier expressions: pick a group, evaluate ``คะแนนปี 66 + 5 คะแนน``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kpi_core.models import CriteriaGroup, Indicator, Tier, TierTarget
from kpi_core.thai_numbers import arabic_digits

_BASELINE = "\ue000"  # a private-use character no report text contains
_BASELINE_RE = re.compile(
    r"คะแนน(?:ผลการประเมิน)?\s*(?:ใน)?ปี(?:งบประมาณ)?\s*(?:พ\.\s*ศ\.)?\s*\d{2,4}"
)
_PERCENT_WORD_RE = re.compile(r"ร้อยละ\s*(\d+(?:\.\d+)?)")
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3})")
_TOKEN_RE = re.compile(rf"\s*(\d+(?:\.\d+)?|[{_BASELINE}+\-*/()%])")
_OPERATORS = str.maketrans({"–": "-", "−": "-", "—": "-", "×": "*", "÷": "/"})
# Inclusive ones are tried first: ``ไม่น้อยกว่า`` (at least) contains ``น้อยกว่า`` (less than).
_INCLUSIVE = ("ไม่น้อยกว่า", "ไม่ต่ำกว่า", "ไม่มากกว่า", "ไม่สูงกว่า", "ไม่เกิน")
_STRICT = ("สูงกว่า", "มากกว่า", "ต่ำกว่า", "น้อยกว่า")


@dataclass(frozen=True)
class Threshold:
    """The value a result must reach; ``strict``: it must go beyond it (``สูงกว่าคะแนนปี 66``)."""

    value: Decimal
    strict: bool = False


@dataclass(frozen=True)
class TierThresholds:
    """The resolved threshold of each OPDC tier; ``None`` where the criteria give no number."""

    basic: Threshold | None
    standard: Threshold | None
    advanced: Threshold | None


class _Unresolvable(Exception):
    """The text is not an expression we can evaluate: prose, or the baseline is unknown."""


class _Parser:
    """Recursive descent over ``sum := term (± term[%])*``, ``term := unary ((*|/) unary)*``."""

    def __init__(self, tokens: list[str], baseline: Decimal | None) -> None:
        self._tokens = tokens
        self._pos = 0
        self._baseline = baseline

    def parse(self) -> Decimal:
        value = self._sum()
        if self._pos != len(self._tokens):
            raise _Unresolvable
        return value

    def _peek(self) -> str | None:
        return self._tokens[self._pos] if self._pos < len(self._tokens) else None

    def _take(self) -> str:
        token = self._peek()
        if token is None:
            raise _Unresolvable
        self._pos += 1
        return token

    def _sum(self) -> Decimal:
        # A leading ``%`` is only the unit: ``80 %`` (ร้อยละ 80) is the number 80.
        value, _ = self._term()
        while self._peek() in ("+", "-"):
            operator = self._take()
            right, percent = self._term()
            if percent:  # ``B + 10 %`` is ten percent of B, not ten
                right = value * right / 100
            value = value + right if operator == "+" else value - right
        return value

    def _term(self) -> tuple[Decimal, bool]:
        value = self._unary()
        while self._peek() in ("*", "/"):
            operator = self._take()
            right = self._unary()
            if operator == "/" and right == 0:
                raise _Unresolvable
            value = value * right if operator == "*" else value / right
        if self._peek() == "%":
            self._take()
            return value, True
        return value, False

    def _unary(self) -> Decimal:
        token = self._take()
        if token in ("-", "+"):
            value = self._unary()
            return -value if token == "-" else value
        if token == "(":
            value = self._sum()
            if self._take() != ")":
                raise _Unresolvable
            return value
        if token == _BASELINE:
            if self._baseline is None:
                raise _Unresolvable
            return self._baseline
        try:
            return Decimal(token)
        except InvalidOperation as error:
            raise _Unresolvable from error


def _tokens(text: str) -> list[str] | None:
    """Split a normalised expression into tokens, or ``None`` when prose is left over."""
    tokens, pos = [], 0
    while pos < len(text):
        match = _TOKEN_RE.match(text, pos)
        if match is None:
            return None if text[pos:].strip() else tokens
        tokens.append(match.group(1))
        pos = match.end()
    return tokens


def _normalise(text: str) -> str:
    """Rewrite the Thai words of an expression into symbols the parser knows."""
    text = _BASELINE_RE.sub(f" {_BASELINE} ", text)
    text = _PERCENT_WORD_RE.sub(r"\1 %", text).replace("คะแนน", " ")
    return _THOUSANDS_RE.sub("", text).translate(_OPERATORS)


def evaluate_target(text: str, baseline: Decimal | None) -> Threshold | None:
    """Evaluate a tier text (``(คะแนนปี 2566 + 445)/2``) or ``None`` for prose or no baseline."""
    expression, strict = arabic_digits(text).strip(), False
    for prefix in (*_INCLUSIVE, *_STRICT):
        if expression.startswith(prefix):
            expression, strict = expression[len(prefix) :], prefix in _STRICT
            break
    tokens = _tokens(_normalise(expression))
    if not tokens:
        return None
    try:
        return Threshold(_Parser(tokens, baseline).parse(), strict)
    except (_Unresolvable, InvalidOperation):
        return None


def _same_agency(a: str, b: str) -> bool:
    """Whether two agency names refer to the same agency, tolerating extra words around one."""
    a, b = "".join(a.split()), "".join(b.split())
    return bool(a and b) and (a in b or b in a)


def select_group(
    groups: Iterable[CriteriaGroup], *, basis: Decimal | None, agency: str = ""
) -> CriteriaGroup | None:
    """The agency's own group, else the first general group whose ranges hold ``basis``."""
    groups = tuple(groups)
    for group in groups:
        if any(_same_agency(name, agency) for name in group.agencies):
            return group
    general = [group for group in groups if not group.agencies]
    if basis is not None:
        for group in general:
            if any(r.contains(basis) for r in group.ranges):
                return group
    # A lone group without a condition is simply the criteria of everyone.
    if len(general) == 1 and not general[0].ranges:
        return general[0]
    return None


def _threshold(target: TierTarget, baseline: Decimal | None) -> Threshold | None:
    """A target's number as given, else its text evaluated with the baseline."""
    if target.value is not None:
        return Threshold(target.value)
    return evaluate_target(target.text, baseline)


def resolve_thresholds(
    indicator: Indicator,
    *,
    basis: Decimal | None = None,
    baseline: Decimal | None = None,
    agency: str = "",
) -> TierThresholds | None:
    """The indicator's tier thresholds for this agency and baseline, or ``None`` if none apply."""
    basis = basis if basis is not None else baseline
    baseline = baseline if baseline is not None else basis
    if indicator.tiers:
        targets = indicator.tiers
    else:
        group = select_group(indicator.criteria_groups, basis=basis, agency=agency)
        if group is None or group.exempt:
            return None
        targets = group.targets
    found = {target.tier: _threshold(target, baseline) for target in targets}
    if not any(found.values()):
        return None
    return TierThresholds(
        basic=found.get(Tier.BASIC),
        standard=found.get(Tier.STANDARD),
        advanced=found.get(Tier.ADVANCED),
    )
