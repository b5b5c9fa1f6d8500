"""Lossless conversion of domain dataclasses to JSON-safe data and back (for storage)."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_data(obj: Any) -> Any:
    """Turn a dataclass tree into dicts, lists, strings, numbers and booleans."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Decimal):
        return str(obj)  # a string keeps "16.00" exactly as written
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, frozenset | set):
        return sorted(to_data(x) for x in obj)
    if isinstance(obj, tuple | list):
        return [to_data(x) for x in obj]
    return obj


def from_data(cls: type[T], data: Any, **ready: Any) -> T:
    """Rebuild a dataclass of type ``cls`` from :func:`to_data` output; unknown keys are ignored.

    ``ready`` gives fields already rebuilt by the caller (e.g. one whose type is a union).
    """
    if not ready:
        return _convert(cls, data)
    return _convert(cls, {k: v for k, v in data.items() if k not in ready}, ready)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(tp: Any, data: Any, ready: dict[str, Any] | None = None) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(inner[0], data)
    if origin is tuple:
        return tuple(_convert(typing.get_args(tp)[0], x) for x in data)
    if origin is frozenset:
        return frozenset(_convert(typing.get_args(tp)[0], x) for x in data)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        fields = {k: _convert(hints[k], v) for k, v in data.items() if k in names}
        return tp(**fields, **(ready or {}))
    return _scalar(tp, data)


def _scalar(tp: Any, data: Any) -> Any:
    if tp is Decimal:
        return Decimal(str(data))
    if tp is datetime:
        return datetime.fromisoformat(data)
    if tp is date:
        return date.fromisoformat(data)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(data)
    return data
