"""Reading a prose text into blocks and spans: :func:`parse` (the syntax is in :mod:`cafe.report.markup`).

Blocks line by line; spans by CommonMark's rules for emphasis (delimiter runs,
flanking, the rule of three), links and autolinks, with escapes. Every input
is read in time roughly linear in its length (addresses are cut at
:data:`URL_LIMIT` characters, quotes nest :data:`QUOTE_DEPTH` deep, emphasis
:data:`SPAN_DEPTH` deep). Pure and Qt-free.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence
from typing import Any

from cafe.report.markup_blocks import (
    Block,
    Bold,
    Bullets,
    Heading,
    Italic,
    Link,
    Numbered,
    Para,
    Quote,
    Span,
    Text,
    safe_url,
)

_BULLET = re.compile(r"[-*•][ \t]+(?=\S)")
_NUMBER = re.compile(r"(\d{1,9})[.)][ \t]+(?=\S)")
_HEADING = re.compile(r"(#{1,3})[ \t]+(?=\S)")


#: Quotes nest this deep at most; a deeper ">" is literal text.
QUOTE_DEPTH = 8
#: Bold and italics nest this deep at most while being read; further markers stay literal.
SPAN_DEPTH = 48


def parse(text: str) -> tuple[Block, ...]:
    """The blocks of ``text`` (see the module docstring); ``()`` for empty or blank text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return tuple(_blocks(text.split("\n"), 0))


def _item(line: str) -> tuple[str, int, str] | None:
    """("bullet" | "number", number, content) when ``line`` (stripped) starts a list item."""
    m = _BULLET.match(line)
    if m:
        return "bullet", 0, line[m.end():]
    m = _NUMBER.match(line)
    if m:
        return "number", int(m.group(1)), line[m.end():]
    return None


def _blocks(lines: list[str], depth: int) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []

    def end_paragraph() -> None:
        if para:
            spans = _inline("\n".join(para))
            if spans:
                blocks.append(Para(spans))
            para.clear()

    i, n = 0, len(lines)
    while i < n:
        line = lines[i].strip()
        if not line:
            end_paragraph()
            i += 1
            continue
        if line.startswith(">") and depth < QUOTE_DEPTH:
            end_paragraph()
            inner = []
            while i < n and lines[i].strip().startswith(">"):
                content = lines[i].strip()[1:]
                inner.append(content[1:] if content[:1] in (" ", "\t") else content)
                i += 1
            quoted = _blocks(inner, depth + 1)
            if quoted:
                blocks.append(Quote(tuple(quoted)))
            continue
        heading = _HEADING.match(line)
        if heading:
            end_paragraph()
            blocks.append(Heading(len(heading.group(1)), _inline(line[heading.end():])))
            i += 1
            continue
        first = _item(line)
        if first is None:
            para.append(line)
            i += 1
            continue
        end_paragraph()
        kind, start, content = first
        items: list[list[str]] = [[content]]
        i += 1
        while i < n:
            line = lines[i].strip()
            if not line:
                j = i
                while j < n and not lines[j].strip():
                    j += 1
                following = _item(lines[j].strip()) if j < n else None
                if following is None or following[0] != kind:
                    break
                i = j
                continue
            found = _item(line)
            if found is not None:
                if found[0] != kind:
                    break
                items.append([found[2]])
            elif (line.startswith(">") and depth < QUOTE_DEPTH) or _HEADING.match(line):
                break
            else:
                items[-1].append(line)  # continues the item
            i += 1
        spans = tuple(_inline("\n".join(item)) for item in items)
        blocks.append(Bullets(spans) if kind == "bullet" else Numbered(spans, start))
    end_paragraph()
    return blocks


# --- parsing: spans --------------------------------------------------------------------------------

_ESCAPABLE = frozenset(string.punctuation) | {"•"}
_SPECIAL = re.compile(r"[\\*_\[\]<]|(?i:https?://)")
#: The longest address read (longer ones are cut there): keeps reading any text linear in its length.
URL_LIMIT = 2048
_AUTOLINK = re.compile(r"<((?i:https?://|mailto:)[^\s<>]{0,%d})>" % URL_LIMIT)
_BARE_URL = re.compile(r"(?i)https?://[^\s<>\[\]\"`\\]{1,%d}" % URL_LIMIT)
_URL_TRAILING = "?!.,:;*_~'\""


def _is_punct(char: str) -> bool:
    return char in _ESCAPABLE or unicodedata.category(char)[0] in "PS"


class _Delim:
    """A run of ``*`` or ``_`` that may open or close emphasis (CommonMark's delimiter run)."""

    __slots__ = ("char", "count", "length", "can_open", "can_close")

    def __init__(self, char: str, length: int, before: str, after: str):
        self.char, self.count, self.length = char, length, length
        left = not after.isspace() and (not _is_punct(after) or before.isspace() or _is_punct(before))
        right = not before.isspace() and (not _is_punct(before) or after.isspace() or _is_punct(after))
        if char == "*":
            self.can_open, self.can_close = left, right
        else:  # "_" does not open or close inside a word
            self.can_open = left and (not right or _is_punct(before))
            self.can_close = right and (not left or _is_punct(after))

    def literal(self) -> str:
        return self.char * self.count


def _bare_url(s: str, at: int) -> str | None:
    m = _BARE_URL.match(s, at)
    if m is None:
        return None
    url = m.group()
    cut = next((k for k, char in enumerate(url) if not char.isprintable()), None)
    if cut is not None:
        url = url[:cut]
    while url:
        if url[-1] in _URL_TRAILING:
            url = url[:-1]
        elif url[-1] == ")" and url.count("(") < url.count(")"):
            url = url[:-1]
        else:
            break
    return url if safe_url(url) else None


# "(url)" or "(<url>)": the address holds no space and at most one level of balanced parentheses
# (Wikipedia's "Foo_(bar)"); a backslash escapes punctuation in it. A regular expression, so that
# text full of "](" is read in linear time.
_ESCAPED = r"\\[!-/:-@\[-`{-~•]"
_DESTINATION = re.compile(
    r"\([ \t]*(?:<([^<>\n\\]{0,%d})>|((?:[^\s()\\]|%s|\((?:[^\s()\\]|%s)*\))*))[ \t]*\)"
    % (URL_LIMIT, _ESCAPED, _ESCAPED))
_UNESCAPE = re.compile(_ESCAPED)


def _destination(s: str, at: int) -> tuple[str, int] | None:
    """The address of ``(url)`` starting at ``s[at] == "("`` and the index after ``)``, or None."""
    m = _DESTINATION.match(s, at)
    if m is None:
        return None
    url = m.group(1) if m.group(1) is not None else _UNESCAPE.sub(lambda e: e.group()[1:], m.group(2))
    return (url, m.end()) if len(url) <= URL_LIMIT and safe_url(url) else None


def _inline(s: str) -> tuple[Span, ...]:
    """The spans of one paragraph's (or item's, or heading's) text."""
    nodes: list[Any] = []  # str, _Delim or a finished Link
    brackets: list[int] = []  # where the unmatched, active "[" are in nodes
    n = len(s)
    pos = 0
    while pos < n:
        m = _SPECIAL.search(s, pos)
        if m is None:
            nodes.append(s[pos:])
            break
        at = m.start()
        if at > pos:
            nodes.append(s[pos:at])
        char = s[at]
        if char == "\\":
            if at + 1 < n and s[at + 1] in _ESCAPABLE:
                nodes.append(s[at + 1])
                pos = at + 2
            else:
                nodes.append("\\")
                pos = at + 1
        elif char in "*_":
            end = at
            while end < n and s[end] == char:
                end += 1
            nodes.append(_Delim(char, end - at, s[at - 1] if at else "\n", s[end] if end < n else "\n"))
            pos = end
        elif char == "[":
            brackets.append(len(nodes))
            nodes.append("[")
            pos = at + 1
        elif char == "]":
            pos = _close_bracket(s, at, nodes, brackets)
        elif char == "<":
            auto = _AUTOLINK.match(s, at)
            if auto is not None and safe_url(auto.group(1)):
                nodes.append(Link((Text(auto.group(1)),), auto.group(1)))
                pos = auto.end()
            else:
                nodes.append("<")
                pos = at + 1
        else:  # the start of a bare address
            url = _bare_url(s, at) if not (at and s[at - 1].isalnum()) else None
            if url is None:
                nodes.append(char)
                pos = at + 1
            else:
                nodes.append(Link((Text(url),), url))
                pos = at + len(url)
    return _normalise(_emphasis(nodes))


def _close_bracket(s: str, at: int, nodes: list[Any], brackets: list[int]) -> int:
    """Handle the ``]`` at ``s[at]``: make a link of what follows the last ``[`` when an address follows."""
    if not brackets:
        nodes.append("]")
        return at + 1
    dest = _destination(s, at + 1) if at + 1 < len(s) and s[at + 1] == "(" else None
    opener = brackets.pop()
    if dest is None:
        nodes.append("]")
        return at + 1
    url, end = dest
    inner = _flatten_links(_normalise(_emphasis(nodes[opener + 1:])))
    del nodes[opener:]
    nodes.append(Link(inner or (Text(url),), url))
    brackets.clear()  # no link inside a link: the "[" before this one stay literal
    return end


def _flatten_links(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    out: list[Span] = []
    for x in spans:
        if isinstance(x, Link):
            out.extend(_flatten_links(x.spans))
        elif isinstance(x, (Bold, Italic)):
            out.append(type(x)(_flatten_links(x.spans)))
        else:
            out.append(x)
    return _normalise(out)


def _emphasis(nodes: Sequence[Any]) -> list[Any]:
    """CommonMark's "process emphasis" over ``nodes``: matched runs become Bold and Italic spans."""
    out: list[Any] = []
    bottoms: dict[tuple[str, bool, int], int] = {}
    depths: dict[int, int] = {}  # id of a span made here -> how deeply spans nest in it
    for node in nodes:
        if not isinstance(node, _Delim) or not node.can_close:
            out.append(node)
            continue
        closer = node
        while closer.count:
            key = (closer.char, closer.can_open, closer.length % 3)
            bottom = bottoms.get(key, 0)
            found = -1
            for j in range(len(out) - 1, bottom - 1, -1):
                o = out[j]
                if isinstance(o, _Delim) and o.char == closer.char and o.can_open and o.count:
                    if ((o.can_close or closer.can_open) and (o.length + closer.length) % 3 == 0
                            and not (o.length % 3 == 0 and closer.length % 3 == 0)):
                        continue
                    found = j
                    break
            if found < 0:
                bottoms[key] = len(out)
                break
            depth = 1 + max((depths.get(id(x), 1) for x in out[found + 1:] if isinstance(x, (Bold, Italic, Link))),
                            default=0)
            if depth > SPAN_DEPTH:  # absurdly deep: the markers stay literal
                break
            opener = out[found]
            use = 2 if opener.count >= 2 and closer.count >= 2 else 1
            inner = [x.literal() if isinstance(x, _Delim) else x for x in out[found + 1:]]
            del out[found + 1:]
            opener.count -= use
            closer.count -= use
            if not opener.count:
                out.pop()
            kids = tuple(Text(x) if isinstance(x, str) else x for x in inner)
            span = Bold(kids) if use == 2 else Italic(kids)
            depths[id(span)] = depth
            out.append(span)
            for k, b in bottoms.items():
                bottoms[k] = min(b, found)
        if closer.count:
            out.append(closer if closer.can_open else closer.literal())
    return [x.literal() if isinstance(x, _Delim) else x for x in out]


def _normalise(items: Sequence[Any], bold: bool = False, italic: bool = False, link: bool = False
               ) -> tuple[Span, ...]:
    """Canonical spans: texts merged, no bold in bold or italics in italics, adjacent spans of a kind merged."""
    out: list[Span] = []
    for x in items:
        if isinstance(x, str):
            x = Text(x)
        if isinstance(x, Text):
            if x.text:
                out.append(x)
        elif isinstance(x, Bold):
            kids = _normalise(x.spans, True, italic, link)
            if bold:
                out.extend(kids)
            elif kids:
                out.append(_bold(kids))
        elif isinstance(x, Italic):
            kids = _normalise(x.spans, bold, True, link)
            if italic:
                out.extend(kids)
            elif kids:
                out.append(Italic(kids))
        elif isinstance(x, Link):
            kids = _normalise(x.spans, bold, italic, True)
            if link:
                out.extend(kids)
            else:
                out.append(Link(kids or (Text(x.url),), x.url))
    return _merged(out)


def _bold(kids: tuple[Span, ...]) -> Span:
    """Bold holding only italics is written italics holding bold (``***x***`` reads back that way)."""
    if len(kids) == 1 and isinstance(kids[0], Italic):
        return Italic((Bold(kids[0].spans),))
    return Bold(kids)


def _merged(spans: list[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    texts: list[str] = []  # consecutive texts, joined once (joining pairwise would be quadratic)
    for x in spans:
        if isinstance(x, Text):
            texts.append(x.text)
            continue
        if texts:
            out.append(Text("".join(texts)))
            texts.clear()
        last = out[-1] if out else None
        if isinstance(x, Bold) and isinstance(last, Bold):
            out[-1] = _bold(_merged([*last.spans, *x.spans]))
        elif isinstance(x, Italic) and isinstance(last, Italic):
            out[-1] = Italic(_merged([*last.spans, *x.spans]))
        else:
            out.append(x)
    if texts:
        out.append(Text("".join(texts)))
    return tuple(out)
