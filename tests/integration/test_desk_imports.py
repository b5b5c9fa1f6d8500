"""The webhook workers stay light: building the app (desk included) loads neither the workbook
library nor the image library; only writing a workbook or drawing a picture does."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from bot.settings import Settings
from bot.web.app import create_app
create_app(Settings.from_env({"DATABASE_URL": sys.argv[1], "PMQA_SECRET_KEY": "k" * 32}))
print(json.dumps({name: name in sys.modules for name in ("xlsxwriter", "PIL", "openpyxl")}))
"""


def test_building_the_app_imports_no_workbook_or_image_library(sqlite_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, sqlite_url], capture_output=True, text=True, check=True
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == {"xlsxwriter": False, "PIL": False, "openpyxl": False}
