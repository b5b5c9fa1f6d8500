"""Thai holidays come from Thailand's module of the holidays package alone."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import holidays as holiday_calendars

from bot.holidays_th import holidays_around, thai_holidays


def test_they_are_the_holidays_the_package_gives_for_thailand() -> None:
    expected = holiday_calendars.country_holidays("TH", years=range(2023, 2028))
    assert thai_holidays(2023, 2027) == frozenset(expected.keys())
    assert date(2025, 4, 14) in holidays_around(date(2025, 1, 28))  # Songkran


def test_no_other_country_is_imported_for_them() -> None:
    script = (
        "import sys; from bot.holidays_th import thai_holidays; thai_holidays(2024, 2026); "
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries')))"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "['holidays.countries.thailand']"
