import pytest

from cafe.notes.attributions import format_attributions, parse_trailing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flexi visa system (Philippines and Bahrain)", ["Philippines", "Bahrain"]),
        ("Bilateral labour agreements (Egypt, Italy, and Germany)", ["Egypt", "Italy", "Germany"]),
        ("Free movement protocol (ECOWAS)", ["ECOWAS"]),
        ("Pre-departure training (IOM working with Germany)", ["IOM working with Germany"]),
        ("Skills partnerships (Morocco; Belgium).", ["Morocco", "Belgium"]),
        ("Ethical recruitment (Côte d'Ivoire & Türkiye)", ["Côte d'Ivoire", "Türkiye"]),
        ("Plain note without actors", []),
        ("Parenthesis (in the middle) of the text", []),
        ("Costs fell (2018)", []),
        ("Empty ()", []),
        ("Repeated (Chile and Chile)", ["Chile"]),
        ("", []),
    ],
)
def test_parse_trailing(text, expected):
    assert parse_trailing(text) == expected


def test_format_attributions_reads_like_the_report():
    assert format_attributions([]) == ""
    assert format_attributions(["Philippines"]) == "Philippines"
    assert format_attributions(["Egypt", "Italy", "Germany"]) == "Egypt, Italy and Germany"
