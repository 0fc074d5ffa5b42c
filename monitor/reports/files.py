"""Writing a report's files: CSV per table, one XLSX workbook (a sheet per table), the HTML page
and its PDF. Each file is written to a temporary name and renamed, so a reader (or a crash)
never sees half a file, and writing the same week again replaces them.

Spreadsheets run cells that start with = + - @ as formulas: such text (from the public) is
prefixed with an apostrophe in CSV and XLSX. Plain handles like `@ana` are left as they are.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable

import pandas as pd

from monitor.errors import MonitorError

CSV_ENCODING = "utf-8-sig"  # with a BOM, so spreadsheets open accents (pt, es) correctly
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HANDLE = re.compile(r"^@[\w.\-]+(@[\w.\-]+)?$")
SHEET_NAME_CHARS = 31


class ReportFileError(MonitorError):
    """A report file could not be written (the message says which and why)."""


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells a spreadsheet would evaluate (=, +, -, @ ...) with an apostrophe."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(_neutralise)
    return out


def _neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _HANDLE.match(value):
        return "'" + value
    return value


def write_atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp)` then rename tmp to `path`."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_csv(path: Path, frame: pd.DataFrame) -> Path:
    text = spreadsheet_safe(frame).to_csv(index=False)
    return write_atomic(path, lambda tmp: tmp.write_text(text, encoding=CSV_ENCODING, newline=""))


def write_xlsx(path: Path, about: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> Path:
    """One workbook: an 'about' sheet (week, window, time zone) then a sheet per table."""
    def write(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as book:
            about.to_excel(book, sheet_name="about", index=False)
            for name, frame in tables.items():
                spreadsheet_safe(frame).to_excel(book, sheet_name=name[:SHEET_NAME_CHARS], index=False)
                sheet = book.sheets[name[:SHEET_NAME_CHARS]]
                for cells in sheet.columns:  # readable widths, capped for long texts
                    width = max((len(str(c.value)) for c in cells if c.value is not None), default=8)
                    sheet.column_dimensions[cells[0].column_letter].width = min(max(width, 8), 60) + 2

    return write_atomic(path, write)


def write_text(path: Path, text: str) -> Path:
    return write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))


def write_pdf(path: Path, page: str) -> Path:
    """Render the HTML page to PDF with WeasyPrint. Nothing outside the page is fetched: the
    page is self-contained, and a reference to anything else is refused."""
    try:
        from weasyprint import HTML, URLFetcher
    except (ImportError, OSError) as exc:  # OSError: the Pango library is missing
        raise ReportFileError(
            f"{path.name} not written: WeasyPrint cannot start ({type(exc).__name__}: "
            f"{str(exc)[:200]}). On Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0. "
            "The HTML, CSV and XLSX files were written.") from None

    inside_only = URLFetcher(allowed_protocols={"data"})
    return write_atomic(path, lambda tmp: HTML(string=page, url_fetcher=inside_only).write_pdf(tmp))
