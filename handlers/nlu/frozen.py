"""Frozen dataclasses built for each message, without their generated ``__init__``."""

from __future__ import annotations

from typing import TypeVar

_T = TypeVar("_T")

_new = object.__new__
# The frozen class's own ``__setattr__`` refuses every name: the instance's dict is set past it.
_set = object.__setattr__


def built(cls: type[_T], **fields: object) -> _T:
    """``cls(**fields)`` for a frozen dataclass given every one of its fields, and with no
    ``__post_init__``: the generated ``__init__`` sets each field through
    ``object.__setattr__`` (frozen), some µs for a dozen; the instance's ``__dict__`` is the
    keyword arguments' own dict (a new one for each call), so it holds the same (tested), and
    the instance compares, hashes and prints the same."""
    made = _new(cls)
    _set(made, "__dict__", fields)
    return made


def built_from(cls: type[_T], fields: dict[str, object]) -> _T:
    """``built(cls, **fields)`` for a dict of every field made for this instance alone (it
    becomes the instance's ``__dict__``): no keyword arguments are gathered into a new dict,
    which costs more than the instance itself for a dozen fields."""
    made = _new(cls)
    _set(made, "__dict__", fields)
    return made
