"""A cold reminder snapshot pauses the cyclic garbage collector, and always restores it."""

from __future__ import annotations

import gc

import pytest

from bot.db.reminder_snapshot import without_collections


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with without_collections():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_is_restored_when_the_read_fails() -> None:
    with pytest.raises(RuntimeError), without_collections():
        raise RuntimeError("the database failed mid-read")
    assert gc.isenabled()


def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with without_collections():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
