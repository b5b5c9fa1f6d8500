"""The desk in a real headless browser (the system's Chromium, driven by Selenium): open the
login link, see the grid, click into a unit, download the workbook and read it back.

Set ``PMQA_DESK_SCREENSHOT=docs/desk-overview.png`` to keep the overview's screenshot (the
README's picture). Without Chromium the test is skipped, unless ``PMQA_REQUIRE_BROWSER=1``
(CI), where a missing browser fails it.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from werkzeug.serving import make_server

from tests.e2e.desk_world import COORDINATOR, Desk, open_desk
from tests.fakes.fake_line import FakeLineServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
WAIT = 20.0  # seconds, at most, for a page or the download


def _browser_or_skip() -> tuple[str, str]:
    if CHROMIUM and DRIVER:
        return CHROMIUM, DRIVER
    problem = (
        "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
    )
    if os.environ.get("PMQA_REQUIRE_BROWSER") == "1":
        pytest.fail(problem)
    pytest.skip(problem)


@pytest.fixture
def served(
    sqlite_url: str, sqlite_templates, line_server: FakeLineServer
) -> Iterator[tuple[Desk, str]]:
    """The demo's desk served over HTTP on a free loopback port, and its address."""
    from tests.conftest import _migrated_with_demo

    sqlite_templates.copy("demo", _migrated_with_demo, Path(sqlite_url.removeprefix("sqlite:///")))
    with open_desk(sqlite_url, line_server) as desk:
        server = make_server("127.0.0.1", 0, desk.app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield desk, f"http://127.0.0.1:{server.server_port}"
        server.shutdown()
        thread.join(5)


@pytest.fixture
def chromium(tmp_path: Path):
    """A headless Chromium whose downloads land in ``tmp_path / 'downloads'``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = _browser_or_skip()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=th-TH"):
        options.add_argument(argument)
    options.add_argument("--window-size=1280,1500")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    browser = webdriver.Chrome(service=Service(driver_path), options=options)
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    browser.implicitly_wait(WAIT)
    yield browser, downloads
    browser.quit()


def _downloaded(folder: Path, name: str) -> Path:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        found = folder / name
        if found.exists() and not list(folder.glob("*.crdownload")):
            return found
        time.sleep(0.2)
    raise AssertionError(f"{name} was not downloaded: {list(folder.iterdir())}")


def test_a_coordinator_signs_in_reads_the_grid_opens_a_unit_and_downloads_the_workbook(
    served: tuple[Desk, str], chromium
) -> None:
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    desk, address = served
    browser, downloads = chromium
    member = desk.services.db.members.get(COORDINATOR)
    assert member is not None
    link = desk.services.desk_links().login_link(
        COORDINATOR, member.organisation, now=desk.clock(), base_url=address
    )
    browser.get(link)
    browser.find_element(By.ID, "enter").click()
    grid = browser.find_element(By.ID, "grid-1")
    assert "กองคลัง" in grid.text and "ส่งแล้ว" in grid.text
    assert browser.get_cookie("pmqa_desk")["httpOnly"] is True
    if target := os.environ.get("PMQA_DESK_SCREENSHOT"):
        browser.save_screenshot(target)

    browser.find_element(By.LINK_TEXT, "กองคลัง").click()
    assert browser.find_element(By.ID, "unit-name").text == "กองคลัง"
    assert "Google Drive" in browser.find_element(By.TAG_NAME, "main").text

    browser.find_element(By.LINK_TEXT, "ภาพรวม").click()
    browser.find_element(By.ID, "export").click()
    workbook = openpyxl.load_workbook(_downloaded(downloads, "pmqa-2025-01-28.xlsx"))
    assert workbook.sheetnames == ["สรุปตัวชี้วัด", "สถานะหน่วยงาน", "บันทึกการเปลี่ยนแปลง"]
    rows = {r[1]: r for r in workbook["สถานะหน่วยงาน"].iter_rows(min_row=2, values_only=True)}
    assert rows["กองคลัง"][2:4] == (3, 2.5)

    browser.get(link)  # the same link a second time
    browser.find_element(By.ID, "enter").click()
    # Both pages have a <main> (the form posts to its own address): read the answer page's,
    # retrying while the form's page is being replaced under the reader.
    WebDriverWait(browser, WAIT, ignored_exceptions=(WebDriverException,)).until(
        lambda b: "ใช้ไม่ได้แล้ว" in b.find_element(By.TAG_NAME, "main").text
    )
