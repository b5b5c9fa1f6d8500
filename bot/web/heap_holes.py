"""Fill the C heap's free holes in gunicorn's master before the workers fork.

After a fork a worker shares the master's memory until it writes to a page. glibc's malloc
serves a small request from a free chunk left anywhere in the heap, so a worker's first
allocations (SQLite parsing the schema at its first connection, the first webhook's buffers)
land in a few thousand holes scattered over the master's pages and copy each page for a few
bytes: about 2.5 MB per worker. Allocating every free chunk in the master (and keeping it)
leaves the workers' allocations to the top of the heap, packed on pages of their own.

Only for glibc's main arena (a contiguous ``brk`` heap; ``mallinfo2`` needs glibc 2.33);
anywhere else it does nothing. What it keeps is at most the heap's free bytes.
"""

from __future__ import annotations

import ctypes
import logging

log = logging.getLogger(__name__)

# Largest first: a stage ends when malloc has to take its chunk from the top of the heap,
# that is when no free chunk of that size is left; the last stage takes the smallest ones.
_SIZES = (65536, 16384, 4096, 1024, 256, 64, 24)


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd",
            "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost",
        )
    ]  # fmt: skip


def _glibc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL(None)  # the C library this process runs on
        mallinfo2, malloc, sbrk = libc.mallinfo2, libc.malloc, libc.sbrk
    except (OSError, AttributeError):  # not glibc, or older than 2.33
        return None
    mallinfo2.restype = _MallInfo2
    malloc.restype, malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    sbrk.restype, sbrk.argtypes = ctypes.c_void_p, [ctypes.c_ssize_t]
    return libc


def free_in_holes() -> int | None:
    """Bytes free in the heap below its top chunk (``None`` without glibc)."""
    libc = _glibc()
    if libc is None:
        return None
    info = libc.mallinfo2()
    return int(info.fordblks - info.keepcost)


def fill_heap_holes() -> int:
    """Take every free chunk below the top of the heap; the number of chunks taken.

    The chunks are never freed (nor remembered: a list of them would itself grow by
    reallocation and open new holes); they are at most the free bytes the heap held."""
    libc = _glibc()
    if libc is None:
        return 0
    taken = 0
    for size in _SIZES:
        info = libc.mallinfo2()
        top = (libc.sbrk(0) or 0) - info.keepcost  # where the top chunk starts
        budget = info.fordblks - info.keepcost  # never take more than the holes hold
        while budget > 0:
            chunk = libc.malloc(size)
            if not chunk:
                break
            taken += 1
            budget -= size
            if chunk >= top:  # from the top (or mmap): no hole of this size is left
                break
    log.debug("filled %d heap holes before the fork", taken)
    return taken
