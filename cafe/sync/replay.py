"""Opening a workshop for a window, and a shared workshop's offline journal sent first (worker thread).

No Qt: the window's controller calls :func:`open_workshop` on its worker;
:func:`replay_journal` uses the same :class:`~cafe.sync.caller.Caller` as the
window's own edits, so versions this laptop stepped are forwarded.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cafe.sync.caller import Caller

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    """What opening a workshop gave: its first snapshot and how to show and share it."""

    service: Any
    snapshot: Any
    display_name: str
    is_file: bool
    sample_error: str | None
    #: on a shared (PostgreSQL) workshop: the server clock's offset and this service's id
    server_offset_s: float | None = None
    instance_id: str | None = None
    #: a shared workshop's offline journal (cafe.sync.journal.Journal), and what replaying it did
    journal: Any = None
    replayed: Any = None
    #: what is unsafe about a shared workshop's connection: (kind, sentence for the user) pairs
    warnings: tuple[tuple[str, str], ...] = ()


def open_workshop(target: str, *, sample: Path | None, new_title: str | None, origin: Any,
                  old_journal: Any = None) -> Opened:
    """Open ``target`` (SQLite path or URL), creating it when new (worker thread).

    When it holds no workshop: ``sample`` (a workshop file) is loaded if
    given, else a workshop called ``new_title`` is created if given. On a
    shared workshop the service reads the server's clock and the offline
    journal is replayed first. A failure disposes of the database and names
    the changes still waiting in the journal (``cafe_journal_waiting``).
    """
    from cafe.service import Service
    from cafe.storage.db import open_database

    journal = journal_for(target)
    if old_journal is not None:
        old_journal.drain()  # the previous workshop's journal lines are on disk first
    try:
        db = open_database(target)
    except Exception as exc:
        note_waiting(exc, journal)
        raise
    try:
        service = Service(db)
        sample_error = None
        if sample is not None and not service.has_workshop():
            sample_error = load_sample(service, sample)
        if new_title is not None and not service.has_workshop():
            service.create_workshop(new_title)
        offset = None
        warnings: tuple[tuple[str, str], ...] = ()
        if not db.is_sqlite:  # a shared workshop: every laptop reads the server's clock
            from cafe.sync.live import connection_warnings, offset_clock, server_offset_s

            offset = server_offset_s(db.engine)
            service.set_clock(offset_clock(lambda: offset))
            warnings = connection_warnings(db.engine)
        replayed = replay_journal(journal, service, origin) if journal is not None else None
        snapshot = service.snapshot()
    except BaseException as exc:
        db.dispose()
        note_waiting(exc, journal)
        raise
    return Opened(service, snapshot, db.display_name, db.is_sqlite and db.display_name != "(in memory)",
                  sample_error, offset, None if db.is_sqlite else service.instance_id, journal, replayed, warnings)


def load_sample(service: Any, sample: Path) -> str | None:
    """Load the sample workshop; return why it failed, or None (worker thread)."""
    try:
        from cafe import workshop_file

        workshop_file.load(service, sample)
    except Exception as exc:  # noqa: BLE001 — a missing sample must not stop the app from opening
        errors = getattr(exc, "errors", None)
        detail = f"{exc} ({'; '.join(errors[:3])})" if errors else str(exc)
        log.warning("sample workshop %s not loaded: %s", sample, detail)
        return detail or type(exc).__name__
    return None



def journal_for(target: str) -> Any:
    """The journal of the workshop at ``target`` (worker thread); None for an in-memory database.

    A shared workshop's is its offline journal; a file's keeps the saves that
    could not be written (a locked file, a full disk) when the window closes,
    and they are saved first at the next open.
    """
    from cafe.storage.paths import data_dir
    from cafe.sync.journal import Journal, journal_path

    if target in ("", ":memory:") or target.startswith("sqlite://") and target.rstrip("/") in (
            "sqlite:", "sqlite:///:memory:") or ":memory:" in target:
        return None
    return Journal.at(journal_path(target, data_dir()))


def note_waiting(exc: BaseException, journal: Any) -> None:
    """Tell the user, with the failure to open, how many offline changes wait in the journal."""
    if journal is None:
        return
    try:
        exc.cafe_journal_waiting = len(journal)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 — an unreadable journal is reported when it is replayed
        pass


def replay_journal(journal: Any, service: Any, origin: Any) -> Any:
    """Send what the journal holds (worker thread, before the workshop is shown); None if empty.

    The calls are forwarded like the window's own (the journal keeps the
    version steps its sent actions made), so an edit queued behind another
    edit of the same text is not taken for another laptop's change. Conflicts
    stay in the journal until the user has chosen (:meth:`ui.workshop.controller.WorkshopController.journal_done`).
    Nothing here may stop the workshop from opening except the server going
    away again, which fails the open (the rest still waits).
    """
    import shutil

    from cafe.storage.db import DatabaseError
    from cafe.sync.journal import JournalError, ReplayResult, replay

    try:
        if not journal.pending():
            return None
    except JournalError as exc:
        return ReplayResult(refused=((None, f"{exc} Nothing in it was sent."),))
    notes = []
    if journal.problems:
        aside = journal.path.with_name(f"{journal.path.stem}.damaged-{int(time.time())}.jsonl")
        try:
            shutil.copy2(journal.path, aside)
            kept = f"a copy is kept as {aside}"
        except OSError as exc:
            kept = f"no copy could be kept ({exc.strerror})"
        notes.append((None, f"The offline journal {journal.path} had damaged lines "
                            f"({'; '.join(journal.problems[:3])}); they were skipped and {kept}."))
    state = Caller()
    state.service = service
    for key, before, after in journal.bumps():
        state.bumps.setdefault(key, {})[before] = after

    class _Calls:
        def __getattr__(self, op: str) -> Callable[..., Any]:
            return lambda **kwargs: state.call(op, kwargs, origin, retry=False)

    result = replay(journal, _Calls(), recent_bumps=state.take_recent_bumps, keep_conflicts=True)
    if result.waiting and service.db.is_sqlite:
        raise DatabaseError(f"{service.db.display_name}: the file cannot be written now (another program may "
                            f"be using it, or the disk is full); {count_changes(result.waiting)} not saved last "
                            "time still wait and are saved when it opens.")
    if result.waiting:
        raise DatabaseError(f"The shared workshop's server stopped answering while the changes made "
                            f"offline were being sent; {count_changes(result.waiting)} still wait.")
    refused = []
    for entry, reason in result.refused:
        refused.append((entry, keep_refused_text(service, entry, reason, origin)))
    return dataclasses.replace(result, refused=tuple(notes + refused))


def keep_refused_text(service: Any, entry: Any, reason: str, origin: Any) -> str:
    """A text edited offline on an item deleted meanwhile elsewhere: add it again as a new item."""
    if entry is None or entry.op != "update_note" or not str(entry.kwargs.get("text", "")).strip():
        return reason
    try:
        note = service.get("note", entry.kwargs["uuid"])
        service.add_note(note.room_uuid, note.round_uuid, getattr(note.category, "value", note.category),
                         entry.kwargs["text"], heading=note.heading, origin=origin)
    except Exception as exc:  # noqa: BLE001 — say what could not be kept, never stop the open
        return f"{reason} Its text could not be kept ({exc}): “{entry.kwargs['text']}”"
    return f"{reason} Its text was kept as a new item."


def count_changes(n: int) -> str:
    return f"{n} change" if n == 1 else f"{n} changes"


