"""Screenshots of the venue pages for the README, in headless chromium (Debian's chromium and
chromium-driver): a room's clock and a participant's route at phone size (390x844), now and
next at 1920x1080. The sample workshop at 15:51 on its first day, round 2 running.

    python scripts/venue_screenshots.py [OUT_FOLDER]   (default: docs/screenshots)
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service as DriverService  # noqa: E402

from cafe import workshop_file  # noqa: E402
from cafe.service import Service  # noqa: E402
from cafe.storage.db import open_database  # noqa: E402
from cafe.storage.paths import sample_workshop_path  # noqa: E402
from cafe.venue.hub import VenueHub  # noqa: E402
from cafe.venue.server import VenueServer  # noqa: E402


class WorkshopDay:
    """A clock that reads the workshop's day and runs on in real time from there."""

    def __init__(self, at: dt.datetime):
        self.base, self.started = at, time.monotonic()

    def set(self, at: dt.datetime) -> None:
        self.base, self.started = at, time.monotonic()

    def __call__(self) -> dt.datetime:
        return self.base + dt.timedelta(seconds=time.monotonic() - self.started)


def browser(width: int, height: int):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                f"--window-size={width},{height}", "--force-device-scale-factor=1", "--lang=en-GB"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=DriverService(executable_path="/usr/bin/chromedriver"))
    # exactly this viewport, as a phone or a hallway screen has it (a window keeps room for its frame)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    return driver


def shoot(driver, url: str, out: Path) -> None:
    driver.get(url)
    deadline = time.monotonic() + 10
    while driver.execute_script("return document.getElementById('link').textContent") != "Live":
        if time.monotonic() > deadline:
            raise SystemExit(f"{url}: the page did not go live")
        time.sleep(0.05)
    time.sleep(0.6)  # the font, and one tick of the clock
    driver.save_screenshot(str(out))
    print(f"wrote {out}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="venue-shots-"))
    day = WorkshopDay(dt.datetime(2019, 3, 21, 14, 0))  # 15:00 in Geneva: round 2 starts
    service = Service(open_database(folder / "workshop.sqlite"), now=lambda: day().replace(tzinfo=dt.UTC))
    workshop_file.load(service, sample_workshop_path())
    snap = service.snapshot()
    rnd1, rnd2 = snap.rounds[0], snap.rounds[1]
    day.set(dt.datetime(2019, 3, 21, 11, 0))
    service.start_round(rnd1.uuid)
    day.set(dt.datetime(2019, 3, 21, 12, 3, 10))
    service.end_round(rnd1.uuid)
    day.set(dt.datetime(2019, 3, 21, 14, 0))
    service.start_round(rnd2.uuid)
    room = snap.rooms[1]
    service.set_stage_message(rnd2.uuid, room.uuid, "Summaries to the rapporteur by 16:10, please")
    service.extend_round(rnd2.uuid, 120, [snap.rooms[2].uuid])
    day.set(dt.datetime(2019, 3, 21, 14, 51, 21))
    hub = VenueHub(now=day, secret_for=lambda _uuid: b"screenshots-only-secret-32-bytes")
    hub.publish(service.snapshot(), service.seating().seats)
    hub.set_questions({room.uuid})
    server = VenueServer(hub, "127.0.0.1", 0)
    url = server.start()
    person = next(p for p in snap.participants if p.name.startswith("Ma"))
    try:
        phone = browser(390, 844)
        try:
            shoot(phone, f"{url}/room/{room.uuid}", out / "venue-room-clock.png")
            shoot(phone, f"{url}/route/{hub.route_code(person.uuid)}", out / "venue-route.png")
        finally:
            phone.quit()
        hall = browser(1920, 1080)
        try:
            shoot(hall, f"{url}/now", out / "venue-now.png")
        finally:
            hall.quit()
    finally:
        server.stop()
        service.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
