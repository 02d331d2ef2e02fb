"""Print › Route slips gives each participant their route code, worked out on the worker from the workshop's
venue secret, and the QR code of their route page at the address last chosen for the venue pages."""

from __future__ import annotations

import io
import threading
import unicodedata

import pytest
from pypdf import PdfReader
from support import wait_idle

from cafe.report import printouts
from cafe.venue.tokens import Tokens, pretty, secret_path, workshop_secret
from ui import print_menu
from ui.common.recent_files import app_settings
from ui.moderator import venue_share_dialog


def text_of(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages)


def remember(host: str | None, port: int = 8081) -> None:
    """What Round › Share on the venue network leaves in the settings when sharing starts."""
    settings = app_settings()
    if host is None:
        settings.remove("venue")
    else:
        settings.setValue(venue_share_dialog.SETTINGS_HOST, host)
        settings.setValue(venue_share_dialog.SETTINGS_PORT, port)
    settings.sync()


def test_the_print_menu_reads_the_address_where_the_share_dialog_keeps_it():
    assert (print_menu.VENUE_HOST, print_menu.VENUE_PORT) == (venue_share_dialog.SETTINGS_HOST,
                                                              venue_share_dialog.SETTINGS_PORT)
    remember("10.0.0.5", 8090)
    assert print_menu.venue_url() == "http://10.0.0.5:8090"
    for host in ("127.0.0.1", "127.0.1.1", "localhost", "0.0.0.0", ""):
        remember(host)
        assert print_menu.venue_url() is None, host
    remember(None)
    assert print_menu.venue_url() is None


@pytest.fixture
def written(monkeypatch):
    """The keyword arguments of every printout written, and the threads route codes were worked out on."""
    calls: list[dict] = []
    threads: list[bool] = []
    write, codes_of = printouts.write, print_menu.route_codes

    def recording_write(name, snap, path, seats=None, **kwargs):
        calls.append({"name": name, **kwargs})
        return write(name, snap, path, seats, **kwargs)

    def recording_codes(snap):
        threads.append(threading.current_thread() is threading.main_thread())
        return codes_of(snap)

    monkeypatch.setattr(printouts, "write", recording_write)
    monkeypatch.setattr(print_menu, "route_codes", recording_codes)
    return calls, threads


def print_slips(qtbot, window, path, participants=None) -> None:
    window.print_actions.print_to("route_slips", str(path), participants=participants)
    wait_idle(qtbot, window.controller)


def expected_codes(window) -> dict[str, str]:
    snap = window.controller.index.snap
    tokens = Tokens(workshop_secret(snap.workshop.uuid))
    return {p.uuid: tokens.route_code(p.uuid) for p in snap.participants}


def test_slips_carry_the_codes_and_the_address_last_shared_on(qtbot, sample_window, tmp_path, written):
    calls, threads = written
    remember("10.0.0.5")
    target = tmp_path / "slips.pdf"
    print_slips(qtbot, sample_window, target)
    assert threads == [False]  # the secret is read (or made) and the codes worked out on the worker
    (call,) = calls
    codes = expected_codes(sample_window)  # the secret the worker made is the one kept for the venue pages
    assert call["venue_url"] == "http://10.0.0.5:8081" and call["codes"] == codes
    text = text_of(target)
    assert all(pretty(code) in text for code in codes.values())
    assert text.count("Scan with your phone, or open http://10.0.0.5:8081 and type this code.") == len(codes)


def test_a_late_arrivals_slip_carries_their_code_too(qtbot, sample_window, tmp_path, written):
    remember("192.168.1.20", 8080)
    snap = sample_window.controller.index.snap
    who = snap.participants[0]
    target = tmp_path / "one.pdf"
    print_slips(qtbot, sample_window, target, participants=frozenset({who.uuid}))
    text = text_of(target)
    assert who.name in text and pretty(expected_codes(sample_window)[who.uuid]) in text
    assert "http://192.168.1.20:8080" in text and text.count("Your code") == 1


@pytest.mark.parametrize("host", ["127.0.0.1", None])
def test_without_an_address_for_phones_the_slips_say_where_to_type_the_code(qtbot, sample_window, tmp_path,
                                                                             written, host):
    calls, _threads = written
    remember(host)
    target = tmp_path / "slips.pdf"
    print_slips(qtbot, sample_window, target)
    assert calls[0]["venue_url"] is None
    text = text_of(target)
    assert "http" not in text
    assert text.count("See your route on your phone: open the venue page the moderator shows") == 190


def test_a_secret_that_cannot_be_read_prints_the_slips_without_codes_and_says_so(qtbot, sample_window, tmp_path,
                                                                                  written):
    remember("10.0.0.5")
    secret_path(sample_window.controller.index.snap.workshop.uuid).mkdir(parents=True)  # not a file
    notices: list[str] = []
    sample_window.controller.notice.connect(notices.append)
    target = tmp_path / "slips.pdf"
    print_slips(qtbot, sample_window, target)
    saved = [n for n in notices if n.startswith("Saved to ")]
    assert len(saved) == 1 and saved[0].startswith(f"Saved to {target}, without route codes: ")
    text = text_of(target)
    assert text.count("Your route") == 190 and "Your code" not in text


def test_other_printouts_get_no_codes(qtbot, sample_window, tmp_path, written):
    calls, threads = written
    remember("10.0.0.5")
    sample_window.print_actions.print_to("door_signs", str(tmp_path / "signs.pdf"))
    wait_idle(qtbot, sample_window.controller)
    assert calls == [{"name": "door_signs"}] and threads == []
    assert (tmp_path / "signs.pdf").exists()
