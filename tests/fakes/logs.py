"""Log hygiene checks: ids only ever shortened, users' text never at WARNING or above."""

from __future__ import annotations

import logging
from collections.abc import Iterable


def rendered(record: logging.LogRecord) -> str:
    """Everything a handler would write for ``record``: the message and any traceback."""
    text = record.getMessage()
    if record.exc_info:
        text += "\n" + logging.Formatter().formatException(record.exc_info)
    return text


def assert_no_private_data(
    records: Iterable[logging.LogRecord], *, texts: Iterable[str] = (), ids: Iterable[str] = ()
) -> None:
    """No record holds a whole id (a LINE user, group, reply token or event id); none at
    WARNING or above holds any of the users' ``texts``."""
    ids, texts = [i for i in ids if i], [t for t in texts if t]
    for record in records:
        line = rendered(record)
        leaked = [i for i in ids if i in line]
        assert not leaked, f"{record.levelname} {record.name} shows a whole id: {line[:300]}"
        if record.levelno >= logging.WARNING:
            said = [t for t in texts if t in line]
            assert not said, f"{record.levelname} {record.name} shows users' text: {line[:300]}"
