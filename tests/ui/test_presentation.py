"""The presentation window: pages that fit the screen at the minimum size (measured with the fonts they
are drawn with), full screen on the chosen screen, the second screen first when there is one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from cafe.report.slide_pages import BODY_SHARE, TypeScale
from cafe.report.slides import slides
from ui.plenary.presentation import PresentationWindow

ROOT = Path(__file__).resolve().parents[2]
#: set to a folder to keep the screenshots for a look (they are written to the test's tmp_path anyway)
SHOTS = os.environ.get("CAFE_SCREENSHOTS")


@pytest.fixture(scope="module")
def sample_data():
    from cafe import workshop_file
    from cafe.report.data import report_data
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path

    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    data = report_data(service.snapshot(), service.notes())
    service.db.dispose()
    return data


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_every_page_fits_the_screen_at_the_minimum_size(qtbot, sample_data, tmp_path, width, height):
    theme = sample_data.themes[0]
    assert sum(c.item_count for c in theme.columns) == 19 and len(theme.summary) == 3
    window = PresentationWindow(slides(sample_data), title="Geneva")
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    assert window.scale.body == pytest.approx(height * BODY_SHARE)
    scale = TypeScale.for_screen(width, height)
    footer = scale.footer_top(window.measure)
    mine = [p for p in window.pages if p.slide_key == theme.uuid]
    assert len([p for p in mine if "|summary" in p.key]) == 3
    assert len([p for p in mine if "|column" in p.key]) >= 3
    for n, page in enumerate(window.pages):
        for block in page.blocks:
            px, bold = scale.font(block.role)
            assert px >= height * BODY_SHARE - 1e-9
            layout, measured = window.measure.layout(block.text, px, bold, int(block.width))
            assert measured == pytest.approx(block.height)
            assert block.bottom <= footer, (page.key, block.text[:40])
            for i in range(layout.lineCount()):  # no line runs past its block, whatever the words
                assert layout.lineAt(i).naturalTextWidth() <= block.width + 0.5
            assert block.x + block.width <= width
        window.go(n)
        image = window.grab()
        assert (image.width(), image.height()) == (width, height)
        if n < 8:
            image.save(str(tmp_path / f"page-{width}x{height}-{n + 1}.png"))
            if SHOTS:
                Path(SHOTS).mkdir(parents=True, exist_ok=True)
                image.save(str(Path(SHOTS) / f"slides-{width}x{height}-{n + 1}.png"))
    # a smaller window is laid out again, staying on the same theme
    window.go(5)
    key = window.page.slide_key
    window.resize(width // 2, height // 2)
    assert window.page.slide_key == key
    assert window.scale.body == pytest.approx(height / 2 * BODY_SHARE)


def test_the_presentation_opens_full_screen_on_the_screen_given(qtbot, sample_data):
    window = PresentationWindow(slides(sample_data))
    qtbot.addWidget(window)
    screen = QGuiApplication.screens()[-1]
    window.present_on(screen)
    qtbot.waitExposed(window)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.screen() is screen
    assert window.size() == screen.geometry().size()
    assert window.scale.body == pytest.approx(screen.geometry().height() * BODY_SHARE)
    assert window.hasFocus() or window.isActiveWindow() or QGuiApplication.platformName() == "offscreen"
    window.close()


def test_a_right_to_left_item_is_drawn_from_the_right(qtbot):
    from ui.plenary.slide_painter import QtMeasure, right_to_left

    assert right_to_left("البحرين: نظام التأشيرة المرنة") and not right_to_left("Flexi visa (البحرين)")
    measure = QtMeasure()
    layout, _height = measure.layout("نظام التأشيرة المرنة", 40, False, 1000)
    line = layout.lineAt(0)
    assert layout.textOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert line.naturalTextWidth() < 600
    assert line.cursorToX(0)[0] == pytest.approx(1000, abs=2)  # the text starts at the right edge
    layout, _height = measure.layout("Flexi visa (البحرين)", 40, False, 1000)
    assert layout.lineAt(0).cursorToX(0)[0] == pytest.approx(0, abs=2)


_TWO_SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
    {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1}]}

_SCRIPT = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    app = QApplication([])
    from cafe import workshop_file
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    service = Service(open_database(sys.argv[1]))
    workshop_file.load(service, sample_workshop_path())
    service.db.dispose()

    def wait(condition, seconds=20):
        end = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > end:
                raise SystemExit("timed out")
            app.processEvents()
            time.sleep(0.01)

    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    win = MainWindow(controller)
    win.files.open_target(sys.argv[1])
    wait(lambda: controller.snapshot is not None and controller.idle)
    win.show()
    win.show_place("plenary")
    view = win.views["plenary"]
    wait(lambda: view.data is not None and view.data.report is not None)
    out = {"offered": [view.screen_choice.itemText(i) for i in range(view.screen_choice.count())],
           "chosen": view.screen_choice.currentIndex()}
    view.present_button.click()
    window = view.presentation
    wait(lambda: window.isVisible())
    app.processEvents()
    out["first"] = [window.screen().name(), window.isFullScreen(), window.width(), window.height(),
                    window.page_number()]
    window.close()
    wait(lambda: view.presentation is None)
    view.screen_choice.setCurrentIndex(0)
    view.screen_choice.activated.emit(0)  # the moderator picks the laptop's own screen
    window = view.present()
    wait(lambda: window.isVisible())
    app.processEvents()
    out["second"] = [window.screen().name(), window.isFullScreen(), window.width(), window.height()]
    window.close()
    print(json.dumps(out))
    controller.close()
    tasks.shutdown()
""")


def test_with_a_projector_the_presentation_opens_full_screen_there_first(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(_TWO_SCREENS), encoding="utf-8")
    script = tmp_path / "two_screens.py"
    script.write_text(_SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "CAFE_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "w.sqlite"), str(tmp_path / "settings")],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert [o.split(" ")[1] for o in out["offered"]] == ["laptop", "projector"]
    assert out["chosen"] == 1
    name, full, width, height, number = out["first"]
    assert (name, full, width, height) == ("projector", True, 1920, 1080) and number.startswith("1 / ")
    assert out["second"] == ["laptop", True, 1366, 768]
