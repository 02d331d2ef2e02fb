"""The venue's posting page and the refusals of contributions in French, Spanish and Arabic: the
``venue`` part of the core's catalogue translates every text (placeholders kept, each text in one part
only), the page a phone opens keeps no English sentence of its own (Arabic right to left), and a
refusal reaches the phone in the workshop's language with what was typed still in the form."""

from __future__ import annotations

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from babel.messages.pofile import read_po
from venue_support import SECRET, serving

from cafe import i18n
from cafe.service_errors import ServiceError
from cafe.venue import pages
from cafe.venue.ops import clean_post, waiting_in
from cafe.venue.poster import ServicePoster
from cafe.venue.tokens import Tokens

LANGS = ("fr", "es", "ar")
ROOT = Path(i18n.__file__).resolve().parent.parent
CORE = ROOT / "resources" / "i18n" / "core"
SOURCES = [ROOT / "cafe" / "venue" / name for name in ("ops.py", "pages.py", "app.py")]
PLACEHOLDER = re.compile(r"\{\w*\}")

#: what the workshop and the participant put on the page (not the page's own words)
ROOM, THEME, QUESTIONS = "Room XVI", "Fair and ethical recruitment", ("Who pays the fees?", "What works?")
TYPED = {"category": "practice", "text": "Bilateral agreements with fee caps", "countries": "Philippines",
         "name": "Amina", "uuid": "a" * 32}


def _catalogue(path: Path, lang: str):
    with path.open("rb") as f:
        return read_po(f, locale=lang)


def _plural_rule(path: Path) -> str:
    found = re.search(r'"Plural-Forms: ([^"\\]*)', path.read_text(encoding="utf-8"))
    assert found is not None, path.name
    return found.group(1)


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


def _post_page(lang: str, **kwargs) -> str:
    with i18n.output_language(lang):
        return pages.post_page(ROOM, THEME, "/room/r/post/t", questions=QUESTIONS, **kwargs)


def _every_variant(lang: str) -> list[str]:
    with i18n.output_language(lang):
        error = i18n._("You sent several contributions in a row: wait {n} seconds, then send this one again.")
        closed = i18n._("Contributions are closed in this room for now.")
    return [_post_page(lang, values=TYPED, sent=True, error=error.format(n=12)), _post_page(lang, closed=closed)]


# -- the catalogue ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_every_venue_text_is_translated_with_its_placeholders(lang):
    catalogue = _catalogue(CORE / f"venue_{lang}.po", lang)
    messages = [m for m in catalogue if m.id]
    assert len(messages) >= 30
    for m in messages:
        assert isinstance(m.id, str) and m.string and not m.fuzzy, (lang, m.id)
        assert m.string != m.id, (lang, m.id)  # written in the language, not copied
        assert sorted(PLACEHOLDER.findall(m.string)) == sorted(PLACEHOLDER.findall(m.id)), (lang, m.id, m.string)
        if lang == "fr":  # French spacing before the two-part signs, typographic apostrophes
            assert not re.search(r"[^\u00a0\u202f][:;?!]", m.string.replace("https:", "")), m.string
            assert "'" not in m.string, m.string
    # one part of the language with the others: the same plural rule, no text in two parts
    assert _plural_rule(CORE / f"venue_{lang}.po") == _plural_rule(CORE / f"texts_{lang}.po")
    ours = {m.id for m in messages}
    for other in sorted(CORE.glob(f"*_{lang}.po")):
        if other.name != f"venue_{lang}.po":
            theirs = {m.id for m in _catalogue(other, lang) if m.id and not m.context}
            assert not ours & theirs, (other.name, sorted(ours & theirs)[:3])


def _marked_texts() -> set[str]:
    """Every literal text the venue's posting code marks with ``_()`` or ``N_()`` (f-strings included,
    where the extractor of this Python does not look)."""
    found: set[str] = set()
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_the_posting_code_marks_reads_in_the_language(lang):
    marked = _marked_texts()
    assert {"Send to the note-taker", "What is it?", "Contributions are closed in this room."} <= marked
    with i18n.output_language(lang):
        untranslated = sorted(t for t in marked if i18n._(t) == t)
    assert untranslated == []


# -- the page a phone opens ------------------------------------------------------------------------
def test_the_posting_page_keeps_no_english_sentence_of_its_own():
    english = set()
    for html in _every_variant("en"):
        english |= _Texts(html).texts
    english -= {ROOM, THEME, *QUESTIONS, *TYPED.values()}
    assert {"Send to the note-taker", "What is it?", "Opportunity", "Your name (optional)"} <= english
    for lang in LANGS:
        for html in _every_variant(lang):
            left = _Texts(html).texts & english
            assert left == set(), (lang, sorted(left))
            assert f'<html lang="{lang}"' in html
            assert ('dir="rtl"' in html) == (lang == "ar")


def test_the_posting_page_reads_in_each_language_with_the_note_columns_words():
    fr, es, ar = (_post_page(lang, values=TYPED) for lang in LANGS)
    assert "Envoyer au preneur de notes" in fr and "De quoi s’agit-il\u202f?" in fr
    assert all(w in fr for w in ("Opportunité", "Défi", "Pratique"))
    assert "Enviar al relator de notas" in es and all(w in es for w in ("Oportunidad", "Desafío", "Práctica"))
    assert '<html lang="ar" dir="rtl">' in ar and "إرسال إلى مدوّن الملاحظات" in ar
    assert all(w in ar for w in ("فرصة", "تحدٍّ", "ممارسة"))
    assert "<title>Contribuer — Room XVI</title>" in fr
    # what was typed is refilled as typed
    assert all(f'value="{TYPED[k]}"' in fr for k in ("countries", "name")) and TYPED["text"] in fr


# -- refusals ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, expected", [
    ("en", "Your contribution is too long: at most 1000 characters (it has 1001)."),
    ("fr", "Votre contribution est trop longue\u00a0: 1000 caractères au plus (elle en compte 1001)."),
    ("es", "Su contribución es demasiado larga: 1000 caracteres como máximo (tiene 1001)."),
    ("ar", "مساهمتك أطول مما ينبغي: الحد الأقصى 1000 حرف (وعدد أحرفها 1001)."),
])
def test_a_refused_post_names_its_numbers_in_the_language(lang, expected):
    with i18n.output_language(lang), pytest.raises(ServiceError) as refused:
        clean_post("practice", "x" * 1001, "", "")
    assert str(refused.value) == expected


def test_a_french_workshops_phone_is_refused_in_french_and_keeps_its_text(workshop):
    w = workshop.snapshot().workshop
    workshop.update_workshop(w.uuid, w.version, language="fr")
    room = workshop.snapshot().rooms[0].uuid
    path = f"/room/{room}/post/{Tokens(SECRET).derive('post', f'{room}:0')}"
    poster = ServicePoster(workshop)
    with serving(workshop) as (hub, _server, url):
        hub.set_poster(poster)
        form = httpx.get(url + path).text
        refused = httpx.post(url + path, data={**TYPED, "category": ""}, follow_redirects=False)
    poster.close()
    assert "Votre contribution" in form and "Send to the note-taker" not in form
    assert refused.status_code == 400
    assert "Indiquez s’il s’agit d’une opportunité, d’un défi ou d’une pratique." in refused.text
    assert TYPED["text"] in refused.text and "Choose whether" not in refused.text
    assert waiting_in(workshop.snapshot(), room) == []
