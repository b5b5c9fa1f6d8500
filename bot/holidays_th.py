"""Thai public holidays from the ``holidays`` package, for working-day counts."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

THAILAND = "holidays.countries.thailand"


@cache
def thai_holidays(first_year: int, last_year: int) -> frozenset[date]:
    """Every Thai public holiday (CE years, inclusive), computed once per range."""
    calendar = thailand_calendar()(years=range(first_year, last_year + 1))
    return frozenset(calendar.keys())


def holidays_around(today: date) -> frozenset[date]:
    """Holidays from the year before ``today`` to two years after: every deadline we count to."""
    return thai_holidays(today.year - 1, today.year + 2)


@cache
def thailand_calendar() -> Any:
    """The ``holidays`` package's class of Thai holidays, importing no other country's.

    ``holidays.country_holidays("TH")`` imports the package ``holidays.countries``, whose
    ``__init__`` imports all of its 250 countries: a fifth of a second for every ``pmqa``
    command and several MB in every web worker. Thailand's module needs none of them, so it is
    loaded from the package's folder on its own (the same module an import would give).
    """
    module = sys.modules.get(THAILAND)
    if module is None:
        package = importlib.util.find_spec("holidays.countries")  # found, not imported
        folders = package.submodule_search_locations if package else None
        spec = importlib.util.spec_from_file_location(
            THAILAND, Path(next(iter(folders or ()), "")) / "thailand.py"
        )
        if spec is None or spec.loader is None or not Path(spec.origin or "").is_file():
            import holidays  # the package moved Thailand: take the usual way in

            return holidays.country_holidays("TH").__class__
        module = importlib.util.module_from_spec(spec)
        sys.modules[THAILAND] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[THAILAND]
            raise
    return module.Thailand
