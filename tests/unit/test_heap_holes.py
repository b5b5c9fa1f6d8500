"""The preloading master fills the C heap's holes, so its workers' allocations are packed."""

from __future__ import annotations

import pytest

from bot.web.heap_holes import fill_heap_holes, free_in_holes

pytestmark = pytest.mark.skipif(free_in_holes() is None, reason="glibc's malloc only")


def test_the_holes_left_by_freed_buffers_are_taken() -> None:
    buffers = [bytes(3000 + i % 7 * 16) for i in range(4000)]  # malloc'd (over 512 bytes)
    del buffers[::2]  # every other one freed: holes between live buffers
    assert free_in_holes() > 2_000_000
    assert fill_heap_holes() > 0
    assert free_in_holes() < 64 * 1024
    assert len(buffers) == 2000


def test_a_heap_without_holes_costs_a_chunk_per_size() -> None:
    fill_heap_holes()
    assert fill_heap_holes() <= 7
