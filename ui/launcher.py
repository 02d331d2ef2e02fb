"""The ``cafe`` console script: the core's command line, with the window plugged in."""

from __future__ import annotations

import sys

from cafe import cli


def _open_window(db: str | None) -> int:
    try:
        from ui.app import main as app_main
    except ImportError as exc:
        raise cli.CliError(f"The window needs PySide6, which is not installed ({exc}).") from None
    return app_main(db)


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv, run_app=_open_window)


if __name__ == "__main__":
    sys.exit(main())
