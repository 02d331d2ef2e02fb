"""Reading a CSV file's bytes into a table of text: encoding, delimiter, headers and rows, line by line.

:func:`read_table` turns the bytes of a file into a :class:`Table`: headers,
rows (each with the 1-based physical line it starts on), the encoding and the
delimiter it found, and the problems it noticed on the way. A file that
cannot be read at all raises :class:`CsvImportError`, whose ``str()`` is a
sentence for the user naming the file and, where it applies, the line.
:func:`read_table` raises the process-wide ``csv.field_size_limit`` while it
reads and restores it afterwards: do not read CSV on another thread at the same time.

Decisions on bad input
----------------------
* Encodings, in order: a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), UTF-16
  without BOM recognised by its zero bytes, strict UTF-8, then Windows-1252.
  Bytes that fit none of them are refused with the line of the first bad byte.
* Delimiter: read from the file's structure, never from the first comma. The
  start of the file is parsed (quotes and line breaks in quoted fields as the
  csv module reads them) with each of comma, semicolon, tab and vertical bar;
  among those that split the header, the one with the most rows as wide as the
  header (less the rows of another width) wins; ties go to fewer fields that
  start with a space (text cut after ", "), then more fields, then that order.
  Comma when none splits the header. ``read_table(…, delimiter=…)`` reads with
  a separator the user chose instead.
* Blank lines and rows whose fields are all empty are skipped silently.
* Duplicate header names are kept usable by position: the later ones are
  renamed "Email (2)", "Email (3)" and a problem says so. An empty header
  becomes "Column N".
* A row with too few fields is padded with empty ones; a row with too many
  keeps the first ones (extra fields that are all empty, as some exporters
  write, are dropped silently). Both give a problem naming the line.
* Invisible characters (zero-width spaces, byte-order marks, …) at the edges
  of a value are removed by :func:`strip_invisible` wherever a value is used:
  a name made only of them is no name.
* Values quoted in messages are cut to a short excerpt ending in "…".
* NUL characters are removed, with a problem naming each line (up to
  :data:`MAX_LINE_MESSAGES`, then a count). A file with many control
  characters is refused as not text; workbooks and PDFs are recognised.
* A quoted field that is never closed refuses the file, naming the line the
  field starts on (reading on would swallow the rest of the file).
* Files larger than :data:`MAX_FILE_BYTES` and files with a header but no rows
  are refused.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cafe.i18n import N_, _, format_number, language, ngettext, pgettext

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_LINE_MESSAGES = 20
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16-le": "UTF-16 (little-endian)",
    "utf-16-be": "UTF-16 (big-endian)",
    "utf-32-le": "UTF-32 (little-endian)",
    "utf-32-be": "UTF-32 (big-endian)",
    "cp1252": "Windows-1252",
}
DELIMITER_LABELS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_NOT_CSV_SIGNATURES = (
    (b"PK\x03\x04", N_("this is a workbook or zip archive (.xlsx, .ods, .zip), not a CSV file: {advice}")),
    (b"\xd0\xcf\x11\xe0", N_("this is an old Excel workbook (.xls), not a CSV file: {advice}")),
    (b"%PDF", N_("this is a PDF document, not a CSV file: {advice}")),
)
_SAVE_AS_CSV = N_("save the list as CSV (in Excel: File › Save As › CSV UTF-8) and import that")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_DELIMITERS = ",;\t|"
#: how much of the start of the file the delimiter is chosen from
_SNIFF_CHARS = 64 * 1024
#: longest excerpt of a header or value quoted in a message
EXCERPT = 60


class CsvImportError(Exception):
    """A file that cannot be imported; ``str()`` is a sentence for the user."""

    def __init__(self, message: str, *, filename: str | None = None, line: int | None = None):
        self.message = message
        self.filename = filename
        self.line = line
        if filename and line:
            text = _("{file}, line {line}: {message}").format(file=filename, line=line, message=message)
        elif filename:
            text = _("{file}: {message}").format(file=filename, message=message)
        elif line:
            text = _("line {line}: {message}").format(line=line, message=message)
        else:
            text = message
        super().__init__(text)


@dataclass(frozen=True)
class Problem:
    """Something the user should see; ``text`` is the full sentence.

    ``field`` (a mapping field such as ``"country"``) and ``value`` (the raw
    value) say what the problem is about, so a fix can withdraw it.
    """

    line: int | None
    column: str | None
    message: str
    field: str | None = None
    value: str | None = None

    @property
    def text(self) -> str:
        column = excerpt(self.column) if self.column is not None else None
        if self.line and column is not None:
            return _("line {line}, column “{column}”: {message}").format(
                line=self.line, column=column, message=self.message)
        if self.line:
            return _("line {line}: {message}").format(line=self.line, message=self.message)
        if column is not None:
            return _("column “{column}”: {message}").format(column=column, message=self.message)
        return self.message

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Row:
    """One record: its values, one per header, and the line it starts on."""

    line: int
    values: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    encoding: str
    delimiter: str
    problems: tuple[Problem, ...] = ()
    filename: str = ""

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)

    @property
    def delimiter_label(self) -> str:
        return DELIMITER_LABELS.get(self.delimiter, repr(self.delimiter))


def read_table(data: bytes, filename: str, delimiter: str | None = None) -> Table:
    """The table in ``data`` (the bytes of the file called ``filename``).

    ``delimiter`` (one of :data:`DELIMITER_LABELS`) is used instead of the one
    the file's structure shows. Raises :class:`CsvImportError` for a file that
    cannot be imported at all; smaller problems are in ``Table.problems``.
    """
    if delimiter is not None and delimiter not in DELIMITER_LABELS:
        raise ValueError(f"not a delimiter this reader knows: {delimiter!r}")
    if len(data) > MAX_FILE_BYTES:
        raise CsvImportError(_too_large(len(data)), filename=filename)
    if not data.strip():
        raise CsvImportError(_("the file is empty"), filename=filename)
    for signature, refusal in _NOT_CSV_SIGNATURES:
        if data.startswith(signature):
            raise CsvImportError(_(refusal).format(advice=_(_SAVE_AS_CSV)), filename=filename)
    text, encoding, problems = _decode(data, filename)
    _refuse_if_binary(text, filename)
    text, nul_problems = _without_nuls(text)
    problems += nul_problems
    if delimiter is None:
        delimiter = _choose_delimiter(text)
    records = _read_records(text, delimiter, filename)
    if not records:
        raise CsvImportError(_("the file is empty"), filename=filename)
    header_line, header_values = records[0]
    headers, header_problems = _headers(header_values, header_line)
    problems += header_problems
    if len(records) == 1:
        raise CsvImportError(
            _("the file has only a header line and no participants"), filename=filename, line=header_line)
    rows = []
    for line, values in records[1:]:
        row, problem = _fit_row(line, values, len(headers))
        rows.append(row)
        if problem is not None:
            problems.append(problem)
    return Table(headers=headers, rows=tuple(rows), encoding=encoding, delimiter=delimiter,
                 problems=tuple(problems), filename=filename)


def _decode(data: bytes, filename: str) -> tuple[str, str, list[Problem]]:
    if data.startswith(b"\xff\xfe\x00\x00"):
        # Also what UTF-16 LE text starting with a NUL looks like.
        try:
            return data[4:].decode("utf-32-le"), "utf-32-le", []
        except UnicodeDecodeError:
            return _decode_as(data[2:], "utf-16-le", filename), "utf-16-le", []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom):], encoding, filename), encoding, []
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16, []
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: the checks below say what it is
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        utf8_error = error
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        _refuse_if_binary(data.decode("latin-1"), filename)
        raise CsvImportError(
            _("byte {byte} is not text in UTF-8, UTF-16 or Windows-1252; {advice}").format(
                byte=f"0x{data[error.start]:02x}", advice=_(_SAVE_AS_CSV)),
            filename=filename, line=data.count(b"\n", 0, error.start) + 1) from None
    problems = []
    if _UTF8_SEQUENCE.search(data):
        problems.append(Problem(
            data.count(b"\n", 0, utf8_error.start) + 1, None,
            _("parts of the file look like UTF-8 but this line is not valid UTF-8, so the whole "
              "file was read as Windows-1252; check accented letters in the preview")))
    return text, "cp1252", problems


def _decode_as(data: bytes, encoding: str, filename: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[:error.start].decode(encoding, errors="replace").count("\n") + 1
        raise CsvImportError(
            _("the file starts with a {encoding} byte-order mark but is not valid {encoding} text").format(
                encoding=ENCODING_LABELS[encoding]), filename=filename, line=line) from None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' or '-be' when zero bytes sit in every other place, as in
    UTF-16 text that is mostly Latin letters; else None."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    zeros_even = sample[0:pairs * 2:2].count(0)
    zeros_odd = sample[1:pairs * 2:2].count(0)
    if zeros_odd >= 0.3 * pairs and zeros_even <= 0.05 * pairs:
        return "utf-16-le"
    if zeros_even >= 0.3 * pairs and zeros_odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _refuse_if_binary(text: str, filename: str) -> None:
    controls = sum(1 for _ in CONTROL_CHARACTERS.finditer(text))
    if controls * 20 > len(text):
        raise CsvImportError(
            _("this does not look like a text file; {advice}").format(advice=_(_SAVE_AS_CSV)), filename=filename)


def _without_nuls(text: str) -> tuple[str, list[Problem]]:
    if "\x00" not in text:
        return text, []
    lines = [number for number, line in enumerate(io.StringIO(text, newline=""), start=1)
             if "\x00" in line]
    problems = [Problem(number, None, _("a NUL character (zero byte) was removed; the file may be damaged"))
                for number in lines[:MAX_LINE_MESSAGES]]
    if len(lines) > MAX_LINE_MESSAGES:
        more = len(lines) - MAX_LINE_MESSAGES
        problems.append(Problem(None, None, ngettext("NUL characters were also removed on {n} more line",
                                                     "NUL characters were also removed on {n} more lines",
                                                     more).format(n=more)))
    return text.replace("\x00", ""), problems


def _choose_delimiter(text: str) -> str:
    """The delimiter the file's structure shows (see the module docstring).

    The start of the file is read with each candidate, quotes handled as the
    real read handles them; a candidate counts when the header has at least two
    fields; it scores one for each later row with as many fields as the header
    (extra empty fields, as some exporters write, do not count against it) and
    loses one for each other row. Between equal scores, fewer records with a
    field that starts with a space (text cut after ", " rather than at a
    separator), then more fields, win.
    """
    sample = text[:_SNIFF_CHARS]
    complete = len(text) <= _SNIFF_CHARS
    best, best_score = ",", (-_SNIFF_CHARS, 0, 0, 0)
    for rank, candidate in enumerate(_DELIMITERS):
        records = _field_counts(sample, candidate, complete)
        if not records or records[0][0] < 2:
            continue
        width = records[0][0]
        agreeing = sum(1 for count, _ in records[1:] if count == width)
        spaced = sum(1 for _, space in records if space)
        score = (2 * agreeing - (len(records) - 1), -spaced, width, -rank)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _field_counts(sample: str, delimiter: str, complete: bool) -> list[tuple[int, bool]]:
    """For each non-blank record of ``sample``: its number of fields (trailing
    empty fields not counted beyond the header's width), and whether a field
    after the first starts with a space. The last record is left out when
    ``sample`` is only the start of the file."""
    records: list[tuple[int, bool]] = []
    try:
        for values in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, strict=False):
            if not any(value.strip() for value in values):
                continue
            width = records[0][0] if records else len(values)
            count = len(values)
            while count > width and not values[count - 1].strip():
                count -= 1
            records.append((count, any(value[:1].isspace() for value in values[1:])))
    except csv.Error:
        complete = False  # an over-long field: the last record read may be cut too
    if not complete and len(records) > 1:
        records.pop()
    return records


def _read_records(text: str, delimiter: str, filename: str) -> list[tuple[int, tuple[str, ...]]]:
    """Non-blank records with the line each starts on."""
    current: list[str] = []

    def lines() -> Iterator[str]:
        for line in io.StringIO(text, newline=""):
            current.append(line)
            yield line

    records = []
    last_start, last_lines = 0, []
    previous_end = 0
    old_limit = csv.field_size_limit()
    # One field may be as long as the whole file: the size check above bounds it.
    csv.field_size_limit(max(old_limit, MAX_FILE_BYTES))
    try:
        reader = csv.reader(lines(), delimiter=delimiter, strict=False)
        for values in reader:
            start, previous_end = previous_end + 1, reader.line_num
            last_start, last_lines = start, current[:]
            current.clear()
            if any(value.strip() for value in values):
                records.append((start, tuple(values)))
    except csv.Error as error:
        raise CsvImportError(_("the file cannot be read as CSV ({error})").format(error=error),
                             filename=filename, line=previous_end + 1) from None
    finally:
        csv.field_size_limit(old_limit)
    if last_lines:
        record_text = "".join(last_lines)
        offset = _unclosed_quote(record_text, delimiter)
        if offset is not None:
            line = last_start + len(_LINE_BREAK.findall(record_text, 0, offset))
            raise CsvImportError(
                _("a quoted field starts on this line and its closing \" is missing, so the rest "
                  "of the file would be read as part of it"), filename=filename, line=line)
    return records


def _unclosed_quote(record: str, delimiter: str) -> int | None:
    """Offset of a quote that opens a field and never closes, read as the
    csv module reads it: a quote opens a field only at its start, and a doubled
    quote inside a quoted field is a literal one."""
    position = 0
    while True:
        opening = record.find('"', position)
        if opening < 0:
            return None
        if opening > 0 and record[opening - 1] not in (delimiter, "\r", "\n"):
            position = opening + 1
            continue
        search = opening + 1
        while True:
            closing = record.find('"', search)
            if closing < 0:
                return opening
            if record.startswith('"', closing + 1):
                search = closing + 2
                continue
            position = closing + 1
            break


def _headers(values: tuple[str, ...], line: int) -> tuple[tuple[str, ...], list[Problem]]:
    names = [strip_invisible(value.replace("\ufeff", "")) or f"Column {index}"
             for index, value in enumerate(values, start=1)]
    seen: set[str] = set()
    renamed: dict[str, list[str]] = {}
    headers = []
    for name in names:
        unique = name
        number = 2
        while unique in seen:
            unique = f"{name} ({number})"
            number += 1
        if unique != name:
            renamed.setdefault(name, []).append(unique)
        seen.add(unique)
        headers.append(unique)
    problems = [
        Problem(line, None, _("the column “{column}” appears {n} times; the later ones are called {names}").format(
            column=excerpt(name), n=len(later) + 1, names=_quoted_list(later)))
        for name, later in renamed.items()]
    return tuple(headers), problems


def _fit_row(line: int, values: tuple[str, ...], width: int) -> tuple[Row, Problem | None]:
    count = len(values)
    if count < width:
        return Row(line, values + ("",) * (width - count)), Problem(
            line, None, ngettext("{n} field where the header has {width}; the missing ones are left empty",
                                 "{n} fields where the header has {width}; the missing ones are left empty",
                                 count).format(n=count, width=width))
    extra = values[width:]
    problem = None
    if any(value.strip() for value in extra):
        problem = Problem(line, None, _("{n} fields where the header has {width}; the extra ones are ignored: "
                                        "{values}").format(n=count, width=width,
                                                           values=_quoted_list([v for v in extra if v.strip()])))
    return Row(line, values[:width]), problem


def excerpt(value: str, limit: int = EXCERPT) -> str:
    """``value`` as a message may show it: at most ``limit`` characters, cut with "…"."""
    return value if len(value) <= limit else value[:limit - 1] + "…"


def quoted(value: str, limit: int = EXCERPT) -> str:
    """``value`` in quotes for a message: spaces collapsed, cut short with "…"."""
    return f"“{excerpt(' '.join(value.split()), limit)}”"


# Characters that show nothing: format characters (zero-width space and joiners, byte-order
# mark, direction marks, …) and fillers. Arabic number signs and other "prepended" format
# characters are visible and not among them.
_VISIBLE_FORMAT = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
                            "\U000110bd\U000110cd")
_FILLERS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
# invisible characters that belong to the character before them (when it is visible)
_ATTACHED = re.compile("[\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0020-\U000e007f\U000e0100-\U000e01ef]")
_JOINERS = "\u200c\u200d"


def is_invisible(char: str) -> bool:
    """True for a character that shows nothing and is not a space."""
    if char in _FILLERS or _ATTACHED.match(char):
        return True
    return unicodedata.category(char) == "Cf" and char not in _VISIBLE_FORMAT


def _blank(char: str) -> bool:
    return char.isspace() or is_invisible(char)


def strip_invisible(value: str) -> str:
    """``value`` without spaces and invisible characters at its edges.

    A variation selector or tag character after a visible one, and a zero-width
    joiner or non-joiner after a combining mark (as in Malayalam chillus), are
    part of the text and kept.
    """
    start, end = 0, len(value)
    while start < end and _blank(value[start]):
        start += 1
    while end > start and _blank(value[end - 1]):
        char = value[end - 1]
        if _ATTACHED.match(char):
            first = end - 1  # the run of attached characters ends the value
            while first > start and _ATTACHED.match(value[first - 1]):
                first -= 1
            if first > start and not _blank(value[first - 1]):
                break
            end = first
            continue
        if char in _JOINERS and end - 2 >= start and unicodedata.category(value[end - 2]).startswith("M"):
            break
        end -= 1
    return value[start:end]


def _quoted_list(values: Iterable[str], limit: int = 5) -> str:
    values = list(values)
    shown = pgettext("list separator", ", ").join(quoted(value) for value in values[:limit])
    if len(values) <= limit:
        return shown
    return ngettext("{values} and {n} more", "{values} and {n} more", len(values) - limit).format(
        values=shown, n=len(values) - limit)


@dataclass(frozen=True)
class LoadedFile:
    """What the worker read from the file: a table, or the sentence saying why not."""

    table: Any = None
    error: str | None = None


def read_file(path: str, delimiter: str | None = None) -> LoadedFile:
    """Read and parse the file at ``path`` (with ``delimiter``, or the one its structure shows);
    a refusal is returned as a sentence naming the file."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise CsvImportError(_too_large(size), filename=name)
        return LoadedFile(read_table(Path(path).read_bytes(), name, delimiter))
    except CsvImportError as exc:
        return LoadedFile(error=str(exc))
    except OSError as exc:
        return LoadedFile(error=_("{file}: cannot be read ({error})").format(file=name, error=exc.strerror or exc))


def _too_large(size: int) -> str:
    from babel.numbers import format_decimal

    return _("the file is {size} MB; files up to {most} MB can be imported").format(
        size=format_decimal(size / 1024 / 1024, format="0.0", locale=language()),
        most=format_number(MAX_FILE_BYTES // 1024 // 1024))
