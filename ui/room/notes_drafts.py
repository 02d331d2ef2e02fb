"""Drafts: what a note-taker typed in an entry line but has not added yet.

A draft is not a note: it is private to this laptop (a half-typed line must
not appear on the moderator's screen or in the report), so it is kept in a
small JSON file beside the database rather than in it, which also needs no
change to the schema. QSettings was rejected: it writes lazily and not
atomically, so a ``kill -9`` could lose or truncate it.

Contract
--------
* :class:`DraftBook` is a plain dict-like object owned by the main thread:
  one :class:`Draft` per (room, round, column). Each draft carries the uuid
  its note will get, so adding it is idempotent: when the app is killed
  between adding the note and rewriting the file, the restored draft is
  recognised (its uuid is in the database) and dropped, never added twice.
* :func:`write_drafts` and :func:`read_drafts` do file I/O and run on the
  worker thread (through ``WorkshopController.save_local``), never on the UI
  thread. Writing is atomic: a temporary file in the same folder, flushed and
  fsync'ed, then renamed over the old one, and the folder fsync'ed; a reader
  sees the old file or the new one, never half of one.
* :func:`drafts_path` is beside an SQLite file (``workshop.sqlite.drafts.json``);
  for a server or in-memory database it is in the data folder, named after a
  hash of the URL (the password never appears in it).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import uuid as uuid_mod
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

FORMAT = "knowledge-cafe-drafts"
VERSION = 1
#: a temporary drafts file older than this was left by a killed app
_STALE_S = 60


@dataclass(frozen=True)
class DraftKey:
    room_uuid: str
    round_uuid: str
    category: str

    def text(self) -> str:
        return f"{self.room_uuid}/{self.round_uuid}/{self.category}"

    @classmethod
    def parse(cls, text: str) -> DraftKey | None:
        parts = text.split("/")
        return cls(*parts) if len(parts) == 3 and all(parts) else None


@dataclass(frozen=True)
class Draft:
    text: str
    #: the uuid the note will get when the draft is added
    uuid: str = field(default_factory=lambda: str(uuid_mod.uuid4()))
    #: the entry was in "new heading" mode
    heading_mode: bool = False


class DraftBook:
    """The drafts of one workshop, keyed by :class:`DraftKey` (main thread)."""

    def __init__(self, drafts: dict[DraftKey, Draft] | None = None):
        self._drafts: dict[DraftKey, Draft] = dict(drafts or {})
        #: bumped on every change; the file is rewritten when it differs from what was written
        self.revision = 0
        self.written = 0

    def get(self, key: DraftKey) -> Draft | None:
        return self._drafts.get(key)

    def put(self, key: DraftKey, text: str, *, heading_mode: bool = False) -> Draft | None:
        """Keep ``text`` as the draft of ``key`` (an empty, non-heading entry removes it)."""
        old = self._drafts.get(key)
        if not text and not heading_mode:
            if old is not None:
                del self._drafts[key]
                self.revision += 1
            return None
        draft = Draft(text, old.uuid if old is not None else str(uuid_mod.uuid4()), heading_mode)
        if draft != old:
            self._drafts[key] = draft
            self.revision += 1
        return draft

    def take(self, key: DraftKey) -> Draft | None:
        """Remove and return the draft of ``key`` (it is being added)."""
        draft = self._drafts.pop(key, None)
        if draft is not None:
            self.revision += 1
        return draft

    def drop_added(self, existing_uuids: set[str]) -> int:
        """Forget drafts whose note already exists; how many were dropped."""
        gone = [k for k, d in self._drafts.items() if d.uuid in existing_uuids]
        for k in gone:
            del self._drafts[k]
        if gone:
            self.revision += 1
        return len(gone)

    @property
    def dirty(self) -> bool:
        return self.revision != self.written

    def items(self) -> Iterator[tuple[DraftKey, Draft]]:
        return iter(list(self._drafts.items()))

    def __len__(self) -> int:
        return len(self._drafts)

    def to_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION,
                "drafts": {k.text(): {"text": d.text, "uuid": d.uuid, "heading_mode": d.heading_mode}
                           for k, d in self._drafts.items()}}

    @classmethod
    def from_json(cls, data: object) -> DraftBook:
        """Drafts from :meth:`to_json` output; anything malformed is skipped, never fatal."""
        drafts: dict[DraftKey, Draft] = {}
        if isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("drafts"), dict):
            for key_text, value in data["drafts"].items():
                key = DraftKey.parse(str(key_text))
                if key is None or not isinstance(value, dict):
                    continue
                text, uuid = value.get("text"), value.get("uuid")
                if isinstance(text, str) and isinstance(uuid, str) and uuid:
                    drafts[key] = Draft(text, uuid, bool(value.get("heading_mode", False)))
        return cls(drafts)


def drafts_path(target: str, data_dir: Path) -> Path:
    """Where the drafts of the database ``target`` (a path or URL) are kept."""
    if "://" not in target:
        path = Path(target).expanduser()
        return path.with_name(path.name + ".drafts.json")
    if target.startswith("sqlite:///") and len(target) > len("sqlite:///"):
        path = Path(target[len("sqlite:///"):])
        return path.with_name(path.name + ".drafts.json")
    digest = hashlib.sha256(_without_password(target).encode("utf-8")).hexdigest()[:20]
    return data_dir / "drafts" / f"{digest}.drafts.json"


def _without_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}{sep}{user}@{host}"


def read_drafts(path: Path) -> DraftBook:
    """The drafts kept at ``path`` (worker thread); an empty book if there is no readable file.

    Also removes temporary files a killed app left behind (older than a minute,
    so a write in progress elsewhere is never touched).
    """
    try:
        for stale in path.parent.glob(f".{path.name}.*.tmp"):
            if time.time() - stale.stat().st_mtime > _STALE_S:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # tidying up is a courtesy; reading must go on
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return DraftBook()
    return DraftBook.from_json(data)


def write_drafts(path: Path, data: dict) -> None:
    """Replace the file at ``path`` by ``data`` atomically and durably (worker thread)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is still atomic
    finally:
        os.close(dir_fd)
