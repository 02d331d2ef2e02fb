"""How long the day's printouts take to build: group lists, door signs, route slips.

Run: ``.venv/bin/python benchmarks/printouts.py`` (``--quick``: the sample
workshop only). Builds each PDF for the sample workshop (190 participants,
3 groups, 3 rooms, 3 rounds) and for a large conference (2,000 participants,
20 groups, 20 rooms, 20 rounds), and prints the seconds and pages of each.
The PDFs are built on the worker thread, so these are waits, not freezes.
Always exits 0.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cafe import workshop_file  # noqa: E402
from cafe.report import printouts
from cafe.service import Service  # noqa: E402
from cafe.storage.db import open_database  # noqa: E402
from cafe.storage.paths import sample_workshop_path  # noqa: E402


def sample() -> Service:
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    return service


def conference(n_people: int = 2000, size: int = 20) -> Service:
    service = Service(open_database("sqlite://"))
    service.create_workshop("Large conference", start_date=dt.date(2026, 6, 1))
    day = service.snapshot().days[0].uuid
    for i in range(size):
        room = service.add_room(f"Room {i + 1}").row
        service.add_theme(f"Theme {i + 1}: a title of ordinary length", short_name=f"Theme {i + 1}",
                          room_uuid=room.uuid)
    for k in range(size):
        start = dt.datetime(2026, 6, 1, 8) + dt.timedelta(minutes=30 * k)
        service.add_agenda_item(day, "round", start.time(), (start + dt.timedelta(minutes=25)).time(),
                                f"Round {k + 1}")
    countries = ["Côte d'Ivoire", "Türkiye", "Bahrain", "Mexico", "Germany", "Philippines", "Kenya"]
    service.import_participants([{"name": f"Participant {i:04d}", "organisation": f"Organisation {i % 300}",
                                  "country": countries[i % len(countries)]} for i in range(n_people)])
    service.assign_groups(n_groups=size, seed=1)
    service.build_rotation()
    return service


def measure(label: str, service: Service) -> None:
    from pypdf import PdfReader

    snap = service.snapshot()
    for title, build in printouts.PRINTOUTS.values():
        start = time.perf_counter()
        data = build(snap, None)
        seconds = time.perf_counter() - start
        pages = len(PdfReader(io.BytesIO(data)).pages)
        print(f"{label:38} {title:12} {seconds:6.2f} s  {pages:4} pages  {len(data) / 1024:7.0f} KiB")


def main() -> int:
    measure("sample (190 people, 3x3x3)", sample())
    if "--quick" not in sys.argv[1:]:
        start = time.perf_counter()
        big = conference()
        print(f"(setting up 2,000 people, 20 groups x 20 rooms x 20 rounds took {time.perf_counter() - start:.1f} s)")
        measure("conference (2,000 people, 20x20x20)", big)
    return 0


if __name__ == "__main__":
    sys.exit(main())
