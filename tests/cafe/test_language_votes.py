"""Dot votes in French, Spanish and Arabic: every text the votes' code marks (the vote itself and its
refusals, the phone's page and the venue's answers, the slides and the report) reads in the language
with its placeholders kept and its plural forms (Arabic's six); the vote page a phone opens, open or
closed, keeps no English sentence of its own; a phone of a French, Spanish or Arabic workshop is refused
in that language and keeps the dots it gave."""

from __future__ import annotations

import ast
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from babel.messages.pofile import read_po
from venue_support import SECRET, serving

from cafe import i18n
from cafe.plenary.votes import LESSONS, VoteSnap, vote_title
from cafe.report.slides import dots_text, vote_line
from cafe.venue import pages
from cafe.venue.poster import ServicePoster
from cafe.venue.tokens import Tokens

LANGS = ("fr", "es", "ar")
ROOT = Path(i18n.__file__).resolve().parent.parent
CORE = ROOT / "resources" / "i18n" / "core"
SOURCES = [ROOT / "cafe" / path for path in ("plenary/votes.py", "venue/pages.py", "venue/app.py",
                                             "report/slides.py", "report/vote_blocks.py")]
PLACEHOLDER = re.compile(r"\{\w*\}")
#: one count for each plural form of the four languages (Arabic: 0, 1, 2, 3-10, 11-99, 100-102)
COUNTS = (0, 1, 2, 3, 11, 100)

#: what the workshop and the moderator put on the page (not the page's own words)
OPTIONS = (("o1", "Fair recruitment"), ("o2", "Data sharing between states"), ("o3", "Local authorities"))
ACTION = "/vote/v/t"


# -- every marked text ---------------------------------------------------------------------------------
def _calls(tree: ast.AST, only: tuple[str, ...] = ()):
    """The nodes of ``tree``, or of its functions named in ``only`` (nested ones included)."""
    if not only:
        yield from ast.walk(tree)
        return
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in only:
            yield from ast.walk(node)


def _marked(only: dict[str, tuple[str, ...]] | None = None) -> tuple[set[str], set[tuple[str, str]]]:
    """The literal texts the dot votes' files pass to ``_``/``N_`` and the (singular, plural) pairs they
    pass to ``ngettext``, f-strings included (where Babel's extractor of this Python does not look);
    ``only``: file name -> the functions of that file to read (every other file whole)."""
    single: set[str] = set()
    plural: set[tuple[str, str]] = set()
    for source in SOURCES:
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in _calls(tree, (only or {}).get(source.name, ())):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            literal = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.id in ("_", "N_") and len(literal) == 1:
                single.add(literal[0])
            elif node.func.id == "ngettext" and len(literal) == 2:
                plural.add((literal[0], literal[1]))
    return single, plural


def test_the_votes_files_mark_their_texts():
    single, plural = _marked()
    assert {"Dot vote", "Send my dots", "This vote is closed.", "Dot vote: {title}", "voting open",
            "The app is not taking votes right now."} <= single
    assert {("{n} dot", "{n} dots"), ("{n} participant voted", "{n} participants voted")} <= plural
    assert any(s.startswith("Counted: you gave") for s, _p in plural)


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_of_the_votes_reads_in_the_language_with_its_placeholders(lang):
    single, plural = _marked()
    with i18n.output_language(lang):
        for text in sorted(single):
            translated = i18n._(text)
            assert translated != text, (lang, text)
            assert _placeholders(translated) == _placeholders(text), (lang, text, translated)
        for singular, many in sorted(plural):
            wanted = set(_placeholders(many))
            forms = {}
            for n in COUNTS:
                translated = i18n.ngettext(singular, many, n)
                forms[n] = translated
                assert translated not in (singular, many), (lang, singular, n)
                found = set(_placeholders(translated))
                assert found <= wanted, (lang, singular, n, translated)
                # Arabic says one, two and none in words ("نقطتان"); every other form keeps the count
                assert found == wanted or (lang == "ar" and n in (0, 1, 2) and found == wanted - {"{n}"}), \
                    (lang, singular, n, translated)
            # each language's own forms: French 0 and 1 alike, Spanish 1 alone; Arabic one, two, a few
            # (3-10) and many (11-99) in four different ways
            if lang == "ar":
                assert len({forms[n] for n in (1, 2, 3, 11)}) == 4, (singular, forms)
            else:
                shapes = {PLACEHOLDER.sub("#", f) for f in forms.values()}
                assert len(shapes) == 2 and (forms[0] == forms[1].replace("1", "0")) == (lang == "fr"), forms


@pytest.mark.parametrize("lang", LANGS)
def test_each_vote_text_is_in_one_part_of_the_language_only(lang):
    # the votes' own texts (the venue's and the slides' other texts were placed before them)
    single, plural = _marked({"pages.py": ("vote_page",), "app.py": ("vote_page",),
                              "slides.py": ("dots_text", "vote_line")})
    assert "Dot vote: {title}" in single and "Hosted by {hosts}" not in single
    ours = single | {s for s, _p in plural}
    where: dict[str, list[str]] = {}
    for po in sorted(CORE.glob(f"*_{lang}.po")):
        with po.open("rb") as f:
            for message in read_po(f, locale=lang):
                if message.id and not message.context:
                    key = message.id if isinstance(message.id, str) else message.id[0]
                    if key in ours:
                        where.setdefault(key, []).append(po.name)
    assert sorted(ours - where.keys()) == []
    assert {k: v for k, v in where.items() if len(v) > 1} == {}
    # the phone's and the vote's sentences with the venue's, the slides' and report's with the slides'
    assert where["Send my dots"] == [f"venue_{lang}.po"] and where["This vote is closed."] == [f"venue_{lang}.po"]
    assert where["Dot vote: {title}"] == [f"slides_{lang}.po"] and where["{n} dot"] == [f"slides_{lang}.po"]


@pytest.mark.parametrize("lang, one, two, three, eleven", [
    ("fr", "1 gommette", "2 gommettes", "3 gommettes", "11 gommettes"),
    ("es", "1 punto", "2 puntos", "3 puntos", "11 puntos"),
    ("ar", "نقطة واحدة", "نقطتان", "3 نقاط", "11 نقطة"),
])
def test_dots_are_counted_in_the_languages_words(lang, one, two, three, eleven):
    with i18n.output_language(lang):
        assert [dots_text(n) for n in (1, 2, 3, 11)] == [one, two, three, eleven]


# -- the phone's page ----------------------------------------------------------------------------------
class _Texts(HTMLParser):
    """A page's text as a reader sees it: its text nodes and the attributes read out or shown."""

    def __init__(self, html: str):
        super().__init__()
        self.texts: set[str] = set()
        self.feed(html)

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.add(data.strip())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.texts.update(v.strip() for k, v in attrs if k in ("title", "aria-label", "placeholder") and v)


def _vote(**changes) -> VoteSnap:
    values = {"uuid": "v", "version": 1, "title": "", "subject": LESSONS, "options": OPTIONS, "dots": 3,
              "open": True, "generation": 0, "opened_at": dt.datetime(2019, 3, 22, 10, tzinfo=dt.UTC),
              "totals": {"o2": 4, "o1": 1}, "voters": 2}
    return VoteSnap(**(values | changes))


def _vote_pages(lang: str) -> list[str]:
    """The vote page as a phone sees it: fresh (three dots, and one), counted with a refusal, closed."""
    with i18n.output_language(lang):
        vote = _vote()
        title = vote_title(vote)  # a vote without a title of its own is named in the language
        error = i18n._("You sent your dots several times in a row: wait {n} seconds, then send them again.")
        ranked = [(text, n) for _uuid, text, n in vote.ranked()]
        return [
            pages.vote_page(title, 3, OPTIONS, ACTION),
            pages.vote_page(title, 1, OPTIONS, ACTION),
            pages.vote_page(title, 3, OPTIONS, ACTION, given={"o1": 2, "o3": 1}, counted=True,
                            error=error.format(n=12)),
            pages.vote_page(title, 3, OPTIONS, ACTION, given={"o2": 1}, counted=True),
            pages.vote_page(title, 3, OPTIONS, "", results=ranked),
        ]


def test_the_vote_page_keeps_no_english_sentence_of_its_own():
    english: set[str] = set()
    for html in _vote_pages("en"):
        english |= _Texts(html).texts
    english = {t for t in english if re.search(r"[A-Za-z]{2}", t)} - {text for _uuid, text in OPTIONS}
    assert {"Dot vote", "Send my dots", "Cross-cutting lessons", "This vote is closed. The results:"} <= english
    assert any(t.startswith("Counted: you gave 3 dots") for t in english)
    assert any(t.startswith("You have 1 dot: give it") for t in english)
    for lang in LANGS:
        for html in _vote_pages(lang):
            left = _Texts(html).texts & english
            assert left == set(), (lang, sorted(left))
            assert not re.search(r"\b(dots?|voted|phones?|closed|results)\b", " ".join(_Texts(html).texts)), lang
            assert f'<html lang="{lang}"' in html
            assert ('dir="rtl"' in html) == (lang == "ar")


def test_the_vote_page_reads_in_each_language():
    fr, es, ar = (_vote_pages(lang) for lang in LANGS)
    assert "Vote par gommettes" in fr[0] and "Envoyer mes gommettes" in fr[0]
    assert "Vous avez 3 gommettes\u00a0:" in fr[0] and "Vous avez 1 gommette\u00a0:" in fr[1]
    assert "<title>Vote par gommettes — Enseignements transversaux</title>" in fr[0]
    assert "Votación por puntos" in es[0] and "Enviar mis puntos" in es[0] and "Tiene 1 punto:" in es[1]
    assert "vous avez donné 3 gommettes" in fr[2] and "ha dado 1 punto." in es[3]
    assert "إرسال نقاطي" in ar[0] and "لديك نقطة واحدة" in ar[1] and "منحت نقطة واحدة" in ar[3]
    assert "Ce vote est clos." in fr[4] and "Esta votación está cerrada." in es[4] and "هذا التصويت مغلق." in ar[4]
    assert "<form" not in fr[4] and fr[4].index("Data sharing") < fr[4].index("Fair recruitment")


@pytest.mark.parametrize("lang", LANGS)
def test_the_slides_line_of_a_vote_reads_in_the_language(lang):
    one = {"open": False, "voters": 1, "dots": 1}
    english = vote_line(_vote()), vote_line(_vote(**one))
    assert english == ("2 participants voted · 3 dots each · voting open",
                       "1 participant voted · 1 dot each · voting closed")
    with i18n.output_language(lang):
        translated = vote_line(_vote()), vote_line(_vote(**one))
    for line, source in zip(translated, english, strict=True):
        parts = line.split(" · ")
        assert len(parts) == 3 and not set(parts) & set(source.split(" · ")), line
        assert not re.search(r"\b(dots?|voted|voting)\b", line), line
    assert translated[0].split(" · ")[:2] != translated[1].split(" · ")[:2]


# -- a phone at a workshop in the language -------------------------------------------------------------
@pytest.mark.parametrize("lang, refused", [
    ("fr", "Vous ne pouvez pas dépasser 2 en tout"),
    ("es", "No puede pasar de 2 en total"),
    ("ar", "لا يمكنك تجاوز 2 إجمالًا"),
])
def test_a_phone_is_refused_in_the_workshops_language_and_keeps_its_dots(workshop, lang, refused):
    w = workshop.snapshot().workshop
    workshop.update_workshop(w.uuid, w.version, language=lang)
    for title in ("Fair recruitment", "Local authorities"):
        workshop.add_lesson(title, "")
    a, b = (lesson.uuid for lesson in workshop.snapshot().lessons)
    vote = next(iter(workshop.open_vote("lessons", dots=2).uuids))
    path = f"/vote/{vote}/{Tokens(SECRET).derive('vote', f'{vote}:0')}"
    poster = ServicePoster(workshop)
    with serving(workshop) as (hub, _server, url), httpx.Client(base_url=url) as phone:
        hub.set_poster(poster)
        form = phone.get(path).text
        answer = phone.post(path, data={f"dots:{a}": "2", f"dots:{b}": "1"})
        renewed = httpx.get(f"{url}/vote/{vote}/AAAAAAAAAAAA").text
    poster.close()
    assert "Send my dots" not in form and "Dot vote" not in form
    assert answer.status_code == 400 and refused in answer.text and "dots in all" not in answer.text
    assert re.search(rf'name="dots:{a}"[^>]*value="2"', answer.text)  # what was given stays on the page
    assert "Scan the vote" not in renewed and "This link no longer works" not in renewed
    assert workshop.snapshot().votes[0].voters == 0
