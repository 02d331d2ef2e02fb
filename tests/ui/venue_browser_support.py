"""A real browser for the venue pages: Debian's chromium, headless, driven through Selenium."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
DRIVER = "chromedriver"


def _find() -> tuple[str | None, str | None]:
    browser = next((found for name in CHROMIUM if (found := shutil.which(name))), None)
    return browser, shutil.which(DRIVER) or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists()
                                             else None)


def browser_paths() -> tuple[str, str]:
    """(browser, driver); installs Debian's packages when missing and root, else skips with the reason."""
    browser, driver = _find()
    if (browser is None or driver is None) and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium", "chromium-driver"],
                       env=env, capture_output=True, timeout=900, check=False)
        browser, driver = _find()
    if browser is None or driver is None:
        pytest.skip("chromium and chromium-driver are not installed (sudo apt-get install chromium chromium-driver, "
                    "or run scripts/setup test as root)")
    return browser, driver


def chromium(width: int = 1280, height: int = 800):
    """A headless chromium of the given window size; the caller quits it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    browser, driver = browser_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--no-first-run", "--disable-extensions", "--lang=en-GB"):
        options.add_argument(arg)
    return webdriver.Chrome(options=options, service=DriverService(executable_path=driver))
