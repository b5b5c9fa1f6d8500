"""Ports a handler must not use: replaced so that any use fails the test, naming the port."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from handlers.context import Ports

STORES = ("organisations", "submissions", "members", "groups", "pending")
STORES += ("reminder_policies", "reminder_deliveries", "reminder_postponements", "ask_backs")


class Untouched:
    """A port a handler must never use: any use fails the test, naming the port."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        raise AssertionError(f"used the {self._name} port ({attribute}), which it must not")


def touching_only(ports: Ports, *used: str) -> Ports:
    """``ports`` with every storage port but ``used`` replaced by an ``Untouched`` one."""
    unknown = set(used) - set(STORES)
    assert not unknown, f"not storage ports: {unknown}"
    assert {f.name for f in fields(Ports)} >= set(STORES)
    return replace(ports, **{name: Untouched(name) for name in STORES if name not in used})
