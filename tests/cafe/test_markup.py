"""Light formatting in prose fields: the Markdown subset, and its PDF, Word, Markdown and plain renderings."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import zipfile

import pytest

from cafe.report.markup import (
    Bold,
    Bullets,
    Heading,
    Italic,
    Link,
    Numbered,
    Para,
    Quote,
    Text,
    parse,
    plain_text,
    safe_url,
    to_docx,
    to_flowables,
    to_markdown,
    to_plain,
)


def para(*spans):
    return (Para(tuple(spans)),)


# --- parsing -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("", ()),
    ("  \n\n \t", ()),
    ("plain words", para(Text("plain words"))),
    ("**bold** and *italic* and _too_", para(Bold((Text("bold"),)), Text(" and "), Italic((Text("italic"),)),
                                             Text(" and "), Italic((Text("too"),)))),
    # unclosed markers stay literal
    ("**half bold", para(Text("**half bold"))),
    ("an *open one", para(Text("an *open one"))),
    ("a ** b ** c", para(Text("a ** b ** c"))),
    ("snake_case_name and 2 * 3", para(Text("snake_case_name and 2 * 3"))),
    ("[text](www.x.org", para(Text("[text](www.x.org"))),
    ("[text](https://x.org", para(Text("[text]("), Link((Text("https://x.org"),), "https://x.org"))),
    # escapes
    (r"\*not italic\* \_nor this\_ \• \# \\", para(Text(r"*not italic* _nor this_ • # \ "[:-1]))),
    (r"C:\Users\x", para(Text(r"C:\Users\x"))),
    # a line break inside a paragraph stays; a blank line starts another paragraph
    ("one\ntwo\n\nthree", (Para((Text("one\ntwo"),)), Para((Text("three"),)))),
])
def test_parse_paragraphs_and_spans(text, expected):
    assert parse(text) == expected


def test_nested_bold_and_italic_are_canonical():
    # italics inside bold and bold inside italics
    assert parse("**a *b* c**") == para(Bold((Text("a "), Italic((Text("b"),)), Text(" c"))))
    assert parse("*a **b** c*") == para(Italic((Text("a "), Bold((Text("b"),)), Text(" c"))))
    # ***x***, **_x_** and _**x**_ all mean bold italics, written one way
    one = para(Italic((Bold((Text("x"),)),)))
    assert parse("***x***") == parse("**_x_**") == parse("_**x**_") == one
    # bold in bold is one span; adjacent spans of a kind merge
    assert parse("**a __b__ c**") == para(Bold((Text("a b c"),)))
    assert parse("*a*_b_") == para(Italic((Text("ab"),)))


def test_lists():
    text = "The aims:\n- to share\n* to learn\n• to meet\n  continued here\n\n- after a blank line\n\nEnd."
    assert parse(text) == (
        Para((Text("The aims:"),)),
        Bullets(((Text("to share"),), (Text("to learn"),), (Text("to meet\ncontinued here"),),
                 (Text("after a blank line"),))),
        Para((Text("End."),)),
    )
    numbered = parse("3. third\n4) fourth **bold**\n9. counted on")
    assert numbered == (Numbered(((Text("third"),), (Text("fourth "), Bold((Text("bold"),))), (Text("counted on"),)),
                                 start=3),)
    # a bullet list and a numbered list are two lists; "-" with nothing after is text
    assert [type(b) for b in parse("- a\n1. b\n- c")] == [Bullets, Numbered, Bullets]
    assert parse("-\n-5 degrees\n1.5 million") == para(Text("-\n-5 degrees\n1.5 million"))
    # an indented marker is one more item (lists are one level deep)
    assert parse("- a\n  - b") == (Bullets(((Text("a"),), (Text("b"),))),)


def test_quotes_and_headings():
    blocks = parse("## Opening session\n> The compact is **ours**.\n> - one\n>\n> after\n\nSaid the minister.")
    assert blocks == (
        Heading(2, (Text("Opening session"),)),
        Quote((Para((Text("The compact is "), Bold((Text("ours"),)), Text("."))),
               Bullets(((Text("one"),),)), Para((Text("after"),)))),
        Para((Text("Said the minister."),)),
    )
    assert parse("> > nested") == (Quote((Quote((Para((Text("nested"),)),)),)),)
    assert parse("#### four\n#no space") == para(Text("#### four\n#no space"))
    # quotes nest eight deep at most; deeper markers are text
    deep = parse("> " * 20 + "x")
    depth, block = 0, deep[0]
    while isinstance(block, Quote):
        depth, block = depth + 1, block.blocks[0]
    assert depth == 8 and plain_text(block.spans).startswith(">")


def test_links_only_with_safe_addresses():
    blocks = parse("See [the IOM](https://www.iom.int/a_(b)?x=1&y=2), https://un.org/page_1. "
                   "and <mailto:info@example.org>, **https://bold.org**")
    (p,) = blocks
    links = [s for s in p.spans if isinstance(s, Link)]
    assert [(plain_text(x.spans), x.url) for x in links] == [
        ("the IOM", "https://www.iom.int/a_(b)?x=1&y=2"), ("https://un.org/page_1", "https://un.org/page_1"),
        ("mailto:info@example.org", "mailto:info@example.org")]
    assert p.spans[-1] == Bold((Link((Text("https://bold.org"),), "https://bold.org"),))
    for bad in ("[x](javascript:alert(1))", "[x](file:///etc/passwd)", "[x](data:text/html,hi)", "[x](//evil.org)",
                "[x](http://a b)", "<javascript:alert(1)>", 'https://a.org"onmouseover=x'):
        spans = parse(bad)[0].spans
        assert not any(isinstance(s, Link) and not safe_url(s.url) for s in spans), bad
        assert not any(isinstance(s, Link) and "javascript" in s.url for s in spans), bad
    assert plain_text(parse("[x](javascript:alert(1))")[0].spans) == "[x](javascript:alert(1))"
    assert parse("[](https://x.org)") == para(Link((Text("https://x.org"),), "https://x.org"))
    assert parse("xhttps://x.org") == para(Text("xhttps://x.org"))  # inside a word: not an address
    assert not safe_url("https://x.org/\x00") and not safe_url("ftp://x.org") and safe_url("HTTPS://X.ORG")


def test_any_text_reads_in_time():
    for text in ("*a " * 60_000, "a* " * 60_000, "[a](" * 50_000, "[a](b(c)d" * 30_000, "_" * 200_000,
                 "**_" * 3_000 + "x" + "_**" * 3_000, "> " * 50_000, "https://" * 50_000, "- a\n\n" * 50_000):
        started = time.perf_counter()
        blocks = parse(text)
        to_markdown(blocks)
        assert time.perf_counter() - started < 20, text[:20]


# --- plain text and Markdown -------------------------------------------------------------------------

def test_plain_text():
    text = "Intro **bold** [IOM](https://iom.int) <https://un.org>\n\n- one\n- two\n  more\n\n3. c\n\n> q\n>\n> r"
    assert to_plain(parse(text)) == ("Intro bold IOM (https://iom.int) https://un.org\n\n• one\n• two\n  more\n\n"
                                     "3. c\n\n> q\n>\n> r")


def test_markdown_is_normalised_and_keeps_literals_literal():
    blocks = parse("* one\n1) a\n2) b\n\nA literal \\* star, 2 * 3, <b>html</b> & &amp; [x](javascript:y) "
                   "snake_case\n1\\. not a list\n\\# not a heading")
    md = to_markdown(blocks)
    assert md.startswith("- one\n\n1. a\n2. b\n\n")
    assert r"A literal \* star, 2 \* 3, \<b>html\</b> & \&amp; \[x\](javascript:y) snake\_case" in md
    # a line inside a paragraph that would start a block is escaped
    assert "  \n1\\. not a list  \n\\# not a heading" in md
    assert parse(md) == blocks
    assert to_markdown(parse("# A\n## B")) == "# A\n\n## B"
    assert to_markdown(parse("# A\n## B"), heading_base=4) == "#### A\n\n##### B"


CORPUS = [
    "**Ms. Sarah Lou Arriola**, Undersecretary for Migrant Workers' Affairs of the Philippines, said:\n"
    "> We must *act* now.\n\n1. first\n2. second **key** point\n\n- [IOM](https://iom.int)\n- https://un.org.",
    "a**b**c *d*e _f_ g__h__ ***i*** **_j_** *__k__* [**l**](https://l.org) ![m](https://m.org)",
    "**a*****a**a** *x**y* _a_b_ *a*_b_ **a***b*",
    "- \\- escaped\n- 1. item\n- # item\n- > item\n\n1. - x\n\n\\> no quote\n\\- no list\n\\1. no number",
    "line\n---\nline\n===\n+ plus\n\\+ escaped",
    "مرحبا **بكم**\n- عنصر\n\nहिन्दी *पाठ*",
    "<https://a.org/x_y> https://b.org/(c) (https://c.org) a*https://d.org*",
    "x \\\\ y \\* z \\_ w \\` v ` u ~ t ~~s~~ &copy; &#123; |a|b|",
]


@pytest.mark.parametrize("text", CORPUS)
def test_markdown_round_trip_corpus(text):
    blocks = parse(text)
    assert parse(to_markdown(blocks)) == blocks


def test_markdown_round_trip_property():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    pieces = st.one_of(
        st.sampled_from(list("ab *_-\n>#1.)[]()\\<>!&;`~•\t=+|\"'é,:") + [
            "https://x.org", "http://y.z/a_b", "mailto:a@b", "  ", "\n\n", "ا", "2. ", "- ", "> ", "**", "***", "__",
            "[t](https://q.r)", "&amp;", "12) ", "### ", "« »"]),
        st.characters(codec="utf-8"))

    @hypothesis.settings(max_examples=1500, deadline=None)
    @hypothesis.given(st.lists(pieces, max_size=40).map("".join))
    def round_trip(text):
        blocks = parse(text)
        again = parse(to_markdown(blocks))
        if again != blocks:
            # only emphasis CommonMark cannot write (bold of nothing but punctuation against a letter):
            # the words read the same, and the text written once writes back unchanged
            assert _words(again) == _words(blocks)
            assert parse(to_markdown(again)) == again
            assert _emphasis_only_punctuation(blocks)

    round_trip()


def _words(blocks) -> str:
    from cafe.report.markup_blocks import to_plain

    return _squeeze(to_plain(blocks))


def _emphasis_only_punctuation(blocks) -> bool:
    """Some bold or italic span of ``blocks`` holds no letter or digit."""
    def spans_of(node):
        for name in ("spans", "blocks", "items"):
            for child in getattr(node, name, ()) or ():
                if isinstance(child, tuple):
                    for c in child:
                        yield c
                        yield from spans_of(c)
                else:
                    yield child
                    yield from spans_of(child)

    def text_of(span) -> str:
        return span.text if isinstance(span, Text) else "".join(text_of(c) for c in getattr(span, "spans", ()))

    return any(isinstance(x, (Bold, Italic)) and not any(ch.isalnum() for ch in text_of(x))
               for b in blocks for x in spans_of(b))


def test_emphasis_markdown_cannot_write_keeps_its_words():
    blocks = parse("***_**_a__**")
    again = parse(to_markdown(blocks))
    assert _words(again) == _words(blocks) and parse(to_markdown(again)) == again


# --- PDF ---------------------------------------------------------------------------------------------

INJECTIONS = [
    "<img src=x>", '<img src="/etc/passwd"/>', "<font name=Courier>big</font>", '<font name="Helvetica" size=40>x',
    "&", "&amp; &lt;", "</para>", "<para>", "<b>not bold</b>", "<a href='javascript:x'>y</a>", "<br/>",
    "<![CDATA[x]]>", "\x00\x1b", "**<img src=x>**", "*</para>*", "[<b>x</b>](https://a.org/?q=<b>&r=\"1\")",
]


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    from cafe.report import fonts

    fonts.register_fonts()
    return {"body": ParagraphStyle("body", fontName=fonts.BODY, fontSize=10, leading=14, spaceAfter=6)}


def _build_pdf(path, text: str) -> None:
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(path)).build(to_flowables(parse(text), _styles()))


def _pdf_text(path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("payload", INJECTIONS)
def test_pdf_prints_markup_in_user_text_literally(tmp_path, payload):
    target = tmp_path / "x.pdf"
    _build_pdf(target, f"before {payload} after")
    got = _squeeze(_pdf_text(target))
    expected = plain_text(parse(f"before {payload} after")[0].spans)
    expected = re.sub("[\x00-\x1f]", lambda m: chr(0x2400 + ord(m.group())), expected)  # control pictures
    assert _squeeze(expected) in got
    from pypdf import PdfReader

    page = PdfReader(str(target)).pages[0]
    assert "/XObject" not in (page.get("/Resources") or {}), "an image was drawn"
    fonts = {str(f.get("/BaseFont")) for f in page["/Resources"]["/Font"].values()}
    assert not any("Courier" in f or "Helvetica-Bold" in f for f in fonts)


def test_pdf_bold_italic_links_lists_and_quotes(tmp_path):
    from pypdf import PdfReader

    target = tmp_path / "prose.pdf"
    _build_pdf(target, "## Opening session\n\n**Ms. Sarah Lou Arriola**, Undersecretary, said *softly*:\n\n"
                       "> We must act.\n\n3. third\n4. fourth\n\n- one bullet\n- [the IOM](https://iom.int/?a=1&b=2)\n"
                       "- [bad](javascript:alert(1))")
    text = _pdf_text(target)
    for line in ("Opening session", "Ms. Sarah Lou Arriola", "We must act.", "3. third", "4. fourth",
                 "• one bullet", "• the IOM", "[bad](javascript:alert(1))"):
        assert line in text
    assert text.index("Opening") < text.index("Arriola") < text.index("We must") < text.index("3. third") \
        < text.index("• one")
    page = PdfReader(str(target)).pages[0]
    fonts = {str(f.get("/BaseFont")).split("+")[-1] for f in page["/Resources"]["/Font"].values()}
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic"} <= fonts
    uris = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", []) if "/A" in a.get_object()]
    assert uris == ["https://iom.int/?a=1&b=2"]


def test_pdf_right_to_left_and_long_prose(tmp_path):
    target = tmp_path / "long.pdf"
    long_line = " ".join(f"word{i} **bold{i}**" for i in range(1500))
    _build_pdf(target, "مرحبا بكم في **ورشة العمل**\n\n- عنصر أول\n- second item\n\n" + long_line + "\n\n"
               + "\n".join(f"line {i}" for i in range(60)))
    text = _squeeze(_pdf_text(target))
    assert "word1499bold1499" in text and "line59" in text and "seconditem" in text
    assert text.index("word0") < text.index("word1499") < text.index("line0") < text.index("line59")


# --- Word --------------------------------------------------------------------------------------------

def test_word_runs_lists_links_and_quotes(tmp_path):
    import docx

    document = docx.Document()
    to_docx(document, parse("## Opening\n\n**Ms. Arriola**, *Undersecretary*, said <img src=x> & \x07:\n\n"
                            "> We must act.\n\n3. third\n4. fourth\n\n- one\n- [the IOM](https://iom.int/?a=1&b=2)"))
    to_docx(document, parse("1. again\n2. two"))
    table = document.add_table(rows=1, cols=1)
    to_docx(table.rows[0].cells[0], parse("in a **cell**\n\n- item"))
    to_docx(document, parse("مرحبا **بكم**"))
    target = tmp_path / "x.docx"
    document.save(target)

    read = docx.Document(str(target))
    ps = read.paragraphs
    assert [p.style.name for p in ps[:8]] == ["Heading 4", "Normal", "Quote", "List Number", "List Number",
                                                "List Bullet", "List Bullet", "List Number"]
    runs = [(r.text, r.bold, r.italic) for r in ps[1].runs]
    assert runs[:3] == [("Ms. Arriola", True, None), (", ", None, None), ("Undersecretary", None, True)]
    assert "<img src=x> & \u2407:" in ps[1].text  # literal, the control character made visible
    assert [(h.address, h.text) for h in ps[6].hyperlinks] == [("https://iom.int/?a=1&b=2", "the IOM")]
    # each numbered list is numbered on its own: the first from 3, the second from 1
    num_ids = [p._p.pPr.numPr.numId.val for p in (ps[3], ps[4], ps[8])]
    assert num_ids[0] == num_ids[1] != num_ids[2]
    numbering = zipfile.ZipFile(target).read("word/numbering.xml").decode()
    for num_id, start in ((num_ids[0], 3), (num_ids[2], 1)):
        found = re.search(rf'<w:num w:numId="{num_id}">.*?</w:num>', numbering, re.S)
        assert found and f'w:startOverride w:val="{start}"' in found.group()
    cell = read.tables[0].rows[0].cells[0]
    assert [p.text for p in cell.paragraphs] == ["in a cell", "item"]  # the cell's empty paragraph is used
    rtl = ps[-1]
    assert rtl._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
    assert [(r.text, r.bold) for r in rtl.runs] == [("مرحبا ", None), ("بكم", True)]


def test_a_link_built_by_hand_with_an_unsafe_address_prints_as_its_text(tmp_path):
    import docx
    from pypdf import PdfReader

    blocks = (Para((Text("see "), Link((Text("this"),), "javascript:alert(1)"))),)
    assert to_markdown(blocks) == "see this"
    target = tmp_path / "x.pdf"
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(target)).build(to_flowables(blocks, _styles()))
    assert "see this" in _pdf_text(target) and not PdfReader(str(target)).pages[0].get("/Annots")
    document = docx.Document()
    to_docx(document, blocks)
    assert document.paragraphs[0].text == "see this" and not document.paragraphs[0].hyperlinks
