"""Laptops as real processes for the concurrency tests: each opens its own Service on the shared database.

Run through ``multiprocessing`` with the ``spawn`` start method, so every
worker is a fresh interpreter with its own engine and connections, as two
laptops are. Saves go through :class:`cafe.sync.caller.Caller`, the window's
own path to the Service (a locked SQLite file or a dropped connection is
retried there, as in the app).
"""

from __future__ import annotations

import queue
import random
import time
from typing import Any

from cafe.service import Service, StaleEdit
from cafe.storage.db import open_database
from cafe.sync.caller import Caller


def gather(procs: list[Any], results: Any, timeout: float) -> list[Any]:
    """Start ``procs`` and collect what they put on ``results`` until every one has ended (or ``timeout``).

    Read while they run: a process cannot end before what it put has gone through the pipe, which
    holds 64 KB, so waiting for the processes first and reading after waits for ever once they have
    put more than that (the merged texts of a long run of conflicts do).
    """
    for p in procs:
        p.start()
    out: list[Any] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(p.is_alive() for p in procs):
        try:
            out.append(results.get(timeout=0.1))
        except queue.Empty:
            pass
    killed = False
    for p in procs:
        p.join(timeout=max(0.1, deadline - time.monotonic()))
        if p.is_alive():
            p.kill()
            p.join()
            killed = True
    if killed:  # it may have died halfway through a message: reading on could wait for ever
        return out
    while True:  # what was still in the pipe when the last one ended
        try:
            out.append(results.get(timeout=0.5))
        except queue.Empty:
            return out


def _save(caller: Caller, what: str, target: dict[str, str], text: str, version: int) -> Any:
    if what == "note":
        op, kwargs = "update_note", {"uuid": target["uuid"], "expected_version": version, "text": text}
    elif what == "summary":
        op, kwargs = "set_round_summary", {"room_uuid": target["room"], "round_uuid": target["round"],
                                           "text": text, "expected_version": version}
    else:
        op, kwargs = "update_lesson", {"uuid": target["uuid"], "expected_version": version, "text": text}
    return caller.call(op, kwargs, origin=None).row


def _caller(url: str) -> Caller:
    caller = Caller()
    caller.service = Service(open_database(url))
    caller.retry_delays = (0.01, 0.02, 0.05)
    return caller


def _read(service: Service, what: str, target: dict[str, str]) -> tuple[str, int]:
    if what == "note":
        row = service.get("note", target["uuid"])
    elif what == "summary":
        row = next((s for s in service.snapshot().summaries
                    if s.room_uuid == target["room"] and s.round_uuid == target["round"]), None)
        if row is None:
            return "", 0
    else:
        row = service.get("lesson", target["uuid"])
    return row.text, row.version


def same_instant(url: str, what: str, target: dict[str, str], me: int, rounds: int, barrier: Any,
                 results: Any) -> None:
    """Each round: read the version, wait for the other laptop, save against it at the same instant."""
    caller = _caller(url)
    service = caller.service
    try:
        for n in range(rounds):
            barrier.wait()  # both have finished the previous round
            _text, version = _read(service, what, target)
            barrier.wait()  # both read the same version
            try:
                _save(caller, what, target, f"laptop {me}, round {n}", version)
                results.put((n, me, "accepted"))
            except StaleEdit:
                results.put((n, me, "refused"))
    finally:
        service.db.dispose()


def editing(url: str, what: str, target: dict[str, str], me: int, edits: int, seed: int, results: Any) -> None:
    """Edit one text again and again with random pauses, as a note-taker would; on a conflict keep both texts.

    Every accepted save is reported as (laptop, version it was made against,
    version it made, text); a refused one is merged (their text, then ours)
    and saved against their version, as the merge window does.
    """
    rng = random.Random(seed)
    caller = _caller(url)
    service = caller.service
    try:
        for n in range(edits):
            text, version = _read(service, what, target)
            time.sleep(rng.uniform(0, 0.02))
            mine = f"laptop {me} edit {n}"
            while True:
                try:
                    row = _save(caller, what, target, mine, version)
                    results.put((me, version, row.version, mine))
                    break
                except StaleEdit as exc:
                    theirs = exc.current
                    text, version = ((theirs.text, theirs.version) if theirs is not None
                                     else _read(service, what, target))
                    mine = f"{text}\n{mine}"
                    results.put((me, "conflict", version, mine))
    finally:
        service.db.dispose()
