"""Where things live on disk: the user's data folder and the shipped resources."""

from __future__ import annotations

import os
import re
from pathlib import Path

APP_NAME = "knowledge-cafe"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def data_dir() -> Path:
    """The user's data folder (``CAFE_DATA_DIR`` overrides it, for tests and portable use)."""
    override = os.environ.get("CAFE_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "workshop.sqlite"


def sample_workshop_path() -> Path:
    return RESOURCES / "sample-workshop.json"


def is_url(target: str | Path) -> bool:
    """Only ``scheme://…`` is a URL; anything else (``a%20b.sqlite``, ``x?.sqlite``) is a file path."""
    return not isinstance(target, Path) and bool(_URL_SCHEME.match(target))
