"""The preloading master fills the C heap's holes, so its workers' allocations are packed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.web.heap_holes import free_in_holes

pytestmark = pytest.mark.skipif(free_in_holes() is None, reason="glibc's malloc only")

# In a fresh single-threaded interpreter, as gunicorn's master is when it forks (a test
# runner's threads allocate from arenas of their own, which this does not touch).
SCRIPT = """
from bot.web.heap_holes import fill_heap_holes, free_in_holes
buffers = [bytes(3000 + i % 7 * 16) for i in range(4000)]  # malloc'd (over 512 bytes)
del buffers[::2]  # every other one freed: holes between the live buffers
before = free_in_holes()
taken = fill_heap_holes()
after = free_in_holes()
print(before > 2_000_000, taken > 0, after < 64 * 1024, fill_heap_holes() <= 7, len(buffers))
"""


def test_the_holes_left_by_freed_buffers_are_taken_and_no_more() -> None:
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "True", "True", "True", "2000"]
