"""The statistics sentence in French, Spanish and Arabic, each written as that language says it.

:mod:`cafe.report.statistics` works out the figures (who came, from where,
rounded as a writer rounds); this module writes them as a sentence in the
report's language. Each language has its own sentence, not the English one
word by word:

* French: "Environ 190 participants de 89 États Membres de l'ONU et plus de
  40 représentants de la société civile, du secteur privé et d'organisations
  internationales ont pris part aux travaux." Each kind of organisation takes
  its own article ("de la", "du", "d'"); the verb agrees ("a pris part" for
  one person); one country reads "d'un même pays (Sénégal)", since a
  country's name printed as typed cannot take the French article it needs.
* Spanish: "Unos 190 participantes de 89 Estados Miembros de las Naciones
  Unidas y más de 40 representantes de la sociedad civil, el sector privado y
  organizaciones internacionales participaron en el taller." ("de el" becomes
  "del").
* Arabic: verb first, "حضر ورشة العمل نحو 190 مشاركاً من 89 دولة عضواً في
  الأمم المتحدة وأكثر من 40 ممثلاً عن المجتمع المدني والقطاع الخاص والمنظمات
  الدولية." The counted noun takes the form the number asks for (CLDR's
  plural categories: one, two, few for 3–10, many for 11–99, other for 100
  and up), "و" joins without a space.

Numbers are written in the language's way (Babel: "1 000" in French).
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cafe.i18n import format_number


@dataclass(frozen=True)
class Figures:
    """What the sentence says: ``main`` the first people counted as (qualifier, number), qualifier
    "", "about" or "over"; ``origin`` ("", ""), ("one", name), ("members", n) or ("countries", n);
    ``others`` the representatives of other kinds (None: none), of ``kinds`` (stakeholder types)."""

    main: tuple[str, int]
    origin: tuple[str, str | int]
    others: tuple[str, int] | None = None
    kinds: tuple[str, ...] = ()


def compose(lang: str, figures: Figures) -> str:
    writer = {"fr": _french, "es": _spanish, "ar": _arabic}.get(lang)
    if writer is None:
        raise ValueError(f"No statistics sentence for the language “{lang}”.")
    text = writer(figures)
    return text[0].upper() + text[1:] if text else text


def _join(words: Sequence[str], conjunction: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


# --- French -----------------------------------------------------------------------------------

_FR_KINDS = {
    "civil society": "de la société civile",
    "private sector": "du secteur privé",
    "international organisation": "d'organisations internationales",
    "academia": "du monde universitaire",
    "other": "d'autres organisations",
}


def _fr_count(parts: tuple[str, int]) -> str:
    qualifier, n = parts
    number = format_number(n, "fr")
    return {"about": f"environ {number}", "over": f"plus de {number}"}.get(qualifier, number)


def _french(f: Figures) -> str:
    n = f.main[1]
    text = f"{_fr_count(f.main)} {'participant' if n <= 1 else 'participants'}"
    kind, value = f.origin
    if kind == "one":
        text += f" d'un même pays ({value})"
    elif kind == "members":
        text += f" de {format_number(int(value), 'fr')} États Membres de l'ONU"
    elif kind == "countries":
        text += f" de {format_number(int(value), 'fr')} pays"
    plural = n > 1
    if f.others is not None:
        m = f.others[1]
        if list(f.kinds) == ["other"]:
            text += f" et {_fr_count(f.others)} {'autre participant' if m <= 1 else 'autres participants'}"
        else:
            who = "représentant" if m <= 1 else "représentants"
            text += f" et {_fr_count(f.others)} {who} {_join([_FR_KINDS[k] for k in f.kinds], 'et')}"
        plural = True
    return text + (" ont pris part aux travaux." if plural else " a pris part aux travaux.")


# --- Spanish ----------------------------------------------------------------------------------

_ES_KINDS = {
    "civil society": "la sociedad civil",
    "private sector": "el sector privado",
    "international organisation": "organizaciones internacionales",
    "academia": "el mundo académico",
    "other": "otras organizaciones",
}


def _es_count(parts: tuple[str, int]) -> str:
    qualifier, n = parts
    number = format_number(n, "es")
    return {"about": f"unos {number}", "over": f"más de {number}"}.get(qualifier, number)


def _spanish(f: Figures) -> str:
    n = f.main[1]
    text = f"{_es_count(f.main)} {'participante' if n == 1 else 'participantes'}"
    kind, value = f.origin
    if kind == "one":
        text += f" de {value}"
    elif kind == "members":
        text += f" de {format_number(int(value), 'es')} Estados Miembros de las Naciones Unidas"
    elif kind == "countries":
        text += f" de {format_number(int(value), 'es')} países"
    plural = n != 1
    if f.others is not None:
        m = f.others[1]
        if list(f.kinds) == ["other"]:
            text += f" y {_es_count(f.others)} {'participante adicional' if m == 1 else 'participantes adicionales'}"
        else:
            who = "representante" if m == 1 else "representantes"
            kinds = ("de " + _join([_ES_KINDS[k] for k in f.kinds], "y")).replace("de el ", "del ", 1)
            text += f" y {_es_count(f.others)} {who} {kinds}"
        plural = True
    return text + (" participaron en el taller." if plural else " participó en el taller.")


# --- Arabic -----------------------------------------------------------------------------------

#: the counted noun by CLDR plural category: one, two, few (3–10), many (11–99), other (100 and up, 0)
_AR_NOUNS = {
    "participant": {"one": "مشارك واحد", "two": "مشاركان", "few": "{n} مشاركين", "many": "{n} مشاركاً",
                    "other": "{n} مشارك"},
    "representative": {"one": "ممثل واحد", "two": "ممثلان", "few": "{n} ممثلين", "many": "{n} ممثلاً",
                       "other": "{n} ممثل"},
    "other participant": {"one": "مشارك آخر", "two": "مشاركان آخران", "few": "{n} مشاركين آخرين",
                          "many": "{n} مشاركاً آخر", "other": "{n} مشارك آخر"},
    "member state": {"one": "دولة عضو واحدة في الأمم المتحدة", "two": "دولتين عضوين في الأمم المتحدة",
                     "few": "{n} دول أعضاء في الأمم المتحدة", "many": "{n} دولة عضواً في الأمم المتحدة",
                     "other": "{n} دولة عضو في الأمم المتحدة"},
    "country": {"one": "بلد واحد", "two": "بلدين", "few": "{n} بلدان", "many": "{n} بلداً", "other": "{n} بلد"},
}

_AR_KINDS = {
    "civil society": "المجتمع المدني",
    "private sector": "القطاع الخاص",
    "international organisation": "المنظمات الدولية",
    "academia": "الأوساط الأكاديمية",
    "other": "منظمات أخرى",
}


def _ar_category(n: int) -> str:
    from babel import Locale

    category = Locale("ar").plural_form(n)
    return "other" if category == "zero" else category


def _ar_counted(noun: str, parts: tuple[str, int]) -> str:
    qualifier, n = parts
    counted = _AR_NOUNS[noun][_ar_category(n)].format(n=format_number(n, "ar"))
    return {"about": f"نحو {counted}", "over": f"أكثر من {counted}"}.get(qualifier, counted)


def _arabic(f: Figures) -> str:
    text = "حضر ورشة العمل " + _ar_counted("participant", f.main)
    kind, value = f.origin
    if kind == "one":
        text += f" من {value}"
    elif kind in ("members", "countries"):
        text += " من " + _ar_counted("member state" if kind == "members" else "country", ("", int(value)))
    if f.others is not None:
        if list(f.kinds) == ["other"]:
            text += " و" + _ar_counted("other participant", f.others)
        else:
            text += " و" + _ar_counted("representative", f.others) + " عن " + \
                " و".join(_AR_KINDS[k] for k in f.kinds)
    return text + "."
