"""Route slips carry each participant's route code and, given the venue pages' address, the QR code of their
route page: read back from the PDF (its text, and the squares actually drawn), in English and in Arabic."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess
import unicodedata

import pytest
import segno
from pypdf import PdfReader
from reportlab.lib.units import mm

from cafe import workshop_file
from cafe.report import printouts, qr_flowable
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path
from cafe.venue.tokens import Tokens, pretty

URL = "http://10.0.0.5:8080"
SECRET = bytes(range(32))


@pytest.fixture(scope="module")
def sample():
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    yield service
    service.db.dispose()


@pytest.fixture(scope="module")
def snap(sample):
    return sample.snapshot()


@pytest.fixture(scope="module")
def codes(snap):
    tokens = Tokens(SECRET)
    return {p.uuid: tokens.route_code(p.uuid) for p in snap.participants}


def in_language(snapshot, lang: str):
    return dataclasses.replace(snapshot, workshop=dataclasses.replace(snapshot.workshop, language=lang))


def person(snap, name: str):
    return next(p for p in snap.participants if p.name == name)


def page_texts(data: bytes) -> list[str]:
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in PdfReader(io.BytesIO(data)).pages]


@dataclasses.dataclass
class Drawn:
    """What one page draws: its filled rectangles grouped by the flowable that drew them (the same
    transformation), in page coordinates, and each piece of text with the x where it starts."""

    rects: dict[tuple[float, float], list[tuple[float, float, float, float]]]
    texts: list[tuple[str, float]]


def drawn(data: bytes, page: int = 0) -> Drawn:
    rects: dict[tuple[float, float], list[tuple[float, float, float, float]]] = {}
    texts: list[tuple[str, float]] = []

    def before(op, args, cm, tm):
        if op == b"re":
            x, y, w, h = (float(a) for a in args)
            rects.setdefault((round(cm[4], 2), round(cm[5], 2)), []).append((cm[4] + x, cm[5] + y, w, h))

    def text(t, cm, tm, font, size):
        if t.strip():
            texts.append((unicodedata.normalize("NFKC", t).strip(), cm[4] + tm[4] * cm[0]))

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_operand_before=before, visitor_text=text)
    return Drawn(rects, texts)


def modules(rects) -> tuple[list[list[int]], float]:
    """The QR matrix a set of module rectangles draws (rows from the top), and the module's size."""
    m = rects[0][3]
    assert all(abs(h - m) < 0.01 for *_xy, _w, h in rects)  # each rectangle is one row of modules high
    left = min(x for x, *_ in rects)
    top = max(y + h for _x, y, _w, h in rects)
    n = round((max(x + w for x, _y, w, _h in rects) - left) / m)
    grid = [[0] * n for _ in range(n)]
    for x, y, w, h in rects:
        row, col = round((top - y - h) / m), round((x - left) / m)
        for c in range(col, col + round(w / m)):
            grid[row][c] = 1
    return grid, m


def matrix(url: str) -> list[list[int]]:
    return [list(row) for row in segno.make(url, error="m", micro=False).matrix]


def test_each_slip_prints_its_participants_code_after_their_name(snap, codes):
    data = printouts.route_slips(snap, invariant=True, codes=codes, venue_url=URL)
    everything = " ".join(page_texts(data))
    for p in snap.participants:
        assert everything.count(pretty(codes[p.uuid])) == 1, p.name
    awa = person(snap, "Awa Issoufou")
    group = next(g.name for g in snap.groups for m in snap.members
                 if m.participant_uuid == awa.uuid and m.group_uuid == g.uuid)
    assert (f"Awa Issoufou {group} Your code {pretty(codes[awa.uuid])} Scan with your phone, or open "
            f"{URL} and type this code.") in everything


def test_the_qr_code_drawn_is_that_of_the_participants_route_page(snap, codes):
    awa = person(snap, "Awa Issoufou")
    data = printouts.route_slips(snap, invariant=True, participants={awa.uuid}, codes=codes, venue_url=URL + "/")
    (rects,) = drawn(data).rects.values()  # one QR code, nothing else filled
    grid, module = modules(rects)
    assert grid == matrix(f"{URL}/route/{codes[awa.uuid]}")
    assert 22 * mm <= (len(grid) + 2 * qr_flowable.QR_BORDER) * module <= 26 * mm  # with its quiet zone


def test_a_phone_reads_the_qr_codes_off_the_printed_page(tmp_path, snap, codes):
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pytest.importorskip("PIL.Image")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = tmp_path / "slips.pdf"
    pdf.write_bytes(printouts.route_slips(snap, invariant=True, codes=codes, venue_url=URL))
    subprocess.run(["pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    (png,) = tmp_path.glob("page*.png")
    read = {r.text for r in zxingcpp.read_barcodes(image.open(png))}
    first = page_texts(pdf.read_bytes())[0]
    on_page = {p.uuid for p in snap.participants if pretty(codes[p.uuid]) in first}
    assert len(on_page) >= 6
    assert read == {f"{URL}/route/{codes[uuid]}" for uuid in on_page}


def test_an_arabic_slip_has_its_qr_code_on_the_left_and_not_mirrored(snap, codes):
    awa = person(snap, "Awa Issoufou")
    url = f"{URL}/route/{codes[awa.uuid]}"
    code = pretty(codes[awa.uuid])
    for lang, qr_left in (("en", False), ("ar", True)):
        data = printouts.route_slips(in_language(snap, lang), invariant=True, participants={awa.uuid}, codes=codes,
                                     venue_url=URL)
        page = drawn(data)
        (rects,) = page.rects.values()
        assert modules(rects)[0] == matrix(url)
        qr_from, qr_to = min(x for x, *_ in rects), max(x + w for x, _y, w, _h in rects)
        (code_x,) = [x for t, x in page.texts if t == code]
        assert (qr_to < code_x) if qr_left else (qr_from > code_x + 30 * mm), lang
    text = page_texts(data)[0]
    # Arabic extracts in visual order: its words, then the code and the address unbroken
    assert {"رمزك", "بهاتفك،"} <= set(text.split()) and "Your code" not in text
    assert code in text and URL in text


def test_without_an_address_the_slip_says_where_to_type_the_code_and_has_no_qr_code(snap, codes):
    data = printouts.route_slips(snap, invariant=True, codes=codes)
    text = page_texts(data)[0]
    assert "See your route on your phone: open the venue page the moderator shows and type this code." in text
    assert "http" not in text
    assert not drawn(data).rects
    french = page_texts(printouts.route_slips(in_language(snap, "fr"), invariant=True, codes=codes))[0]
    assert "Votre code" in french and "ouvrez la page que montre le modérateur" in french
    spanish = page_texts(printouts.route_slips(in_language(snap, "es"), invariant=True, codes=codes, venue_url=URL))[0]
    assert "Su código" in spanish and f"o abra {URL} y escriba este código." in spanish


def test_without_codes_the_slips_are_as_before(snap, codes):
    plain = printouts.route_slips(snap, invariant=True)
    assert printouts.route_slips(snap, invariant=True, venue_url=URL) == plain  # an address alone changes nothing
    text = " ".join(page_texts(plain))
    assert "Your code" not in text and "http" not in text
    assert not any(pretty(c) in text for c in codes.values())
    assert not drawn(plain).rects


def _with_a_fourth_round(sample) -> Service:
    """The sample workshop with a fourth round on the second day (its own database)."""
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    snap = service.snapshot()
    day = snap.agenda[-1].day_uuid
    service.add_agenda_item(day, "round", dt.time(14), dt.time(15), "Round 4")
    return service


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_several_slips_still_fit_on_a_page_with_three_or_four_rounds(sample, snap, codes, lang):
    four = _with_a_fourth_round(sample)
    try:
        longer = four.snapshot()
    finally:
        four.db.dispose()
    assert len(longer.rounds) == 4
    for workshop in (snap, longer):
        data = printouts.route_slips(in_language(workshop, lang), invariant=True, codes=codes, venue_url=URL)
        first = page_texts(data)[0]
        slips = sum(1 for c in codes.values() if pretty(c) in first)
        assert slips >= 6, (len(workshop.rounds), slips)
        assert len(drawn(data).rects) == slips  # a QR code on every slip


def test_other_printouts_refuse_route_codes(tmp_path, snap, codes):
    with pytest.raises(ValueError, match="no route codes"):
        printouts.write("door_signs", snap, tmp_path / "x.pdf", codes=codes)
    target = printouts.write("route_slips", snap, tmp_path / "slips.pdf", invariant=True, codes=codes,
                             venue_url=URL)
    assert pretty(next(iter(codes.values()))) in " ".join(page_texts(target.read_bytes()))
