"""The UI thread never imports the storage stack: it would block the first paint, and importing
SQLAlchemy on two threads at once fails ("partially initialized module")."""

import subprocess
import sys
import textwrap


def test_building_the_window_and_every_view_imports_no_storage_modules(tmp_path):
    code = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ui.workshop.controller import WorkshopController
        from ui.main_window import MainWindow
        from ui.workshop.tasks import TaskRunner
        tasks = TaskRunner()
        window = MainWindow(WorkshopController(tasks))
        window.prepare_views()
        heavy = sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "psycopg")
                       if m in sys.modules)
        print("HEAVY", ",".join(heavy))
        tasks.shutdown()
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "CAFE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("HEAVY"))
    assert line == "HEAVY ", f"imported on the UI thread before any database was opened: {line[6:]}"
