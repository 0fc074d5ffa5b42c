"""Amounts as people write them in spreadsheets: '4.250,00' in Brazil, '4,250.00' in the US.

A CRM export is read with one number style (setting `crm.number_style`): 'pt' (dot groups
thousands, comma marks decimals), 'en' (the reverse) or 'auto', which reads every amount whose
style shows ('1.234,56', '1,234.56', '99,90', '89.9', '1.234.567') and refuses the ambiguous
'4,250' or '1.500' (four thousand or four and a quarter?) instead of guessing: a wrong guess
turns a debt of 4,250 into 4.25 without anyone noticing.
"""

from __future__ import annotations

import re

STYLES = ("auto", "pt", "en")
_MARKS = {"pt": (".", ","), "en": (",", ".")}  # (thousands, decimal)
_DIGITS = re.compile(r"^\d+$")
_GROUPS = {"pt": re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+$"), "en": re.compile(r"^[1-9]\d{0,2}(?:,\d{3})+$")}


def parse_amount(text: str, style: str = "auto") -> float:
    """The number `text` writes in `style`; ValueError saying why when it is not one."""
    if style not in STYLES:
        raise ValueError(f"unknown number style {style!r} (expected {', '.join(STYLES)})")
    value = text.strip().replace(" ", "").replace("\u00a0", "")
    sign, body = ("-", value[1:]) if value.startswith("-") else ("", value)
    if style == "auto":
        style = _style_of(body, text)
    thousands, decimal = _MARKS[style]
    whole, _, fraction = body.partition(decimal)
    if decimal in fraction or thousands in fraction or (decimal in body and not _DIGITS.match(fraction)):
        raise ValueError(f"not a number: {text!r}")
    if thousands in whole:
        if not _GROUPS[style].match(whole):
            raise ValueError(f"not a number in the {style} style: {text!r}")
        whole = whole.replace(thousands, "")
    if not _DIGITS.match(whole):
        raise ValueError(f"not a number: {text!r}")
    return float(f"{sign}{whole}.{fraction or 0}")


def _style_of(body: str, text: str) -> str:
    """The style an amount shows, or ValueError when it could be read both ways."""
    last_dot, last_comma = body.rfind("."), body.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        return "pt" if last_comma > last_dot else "en"
    mark = "," if last_comma >= 0 else "." if last_dot >= 0 else ""
    if not mark:
        return "en"
    if body.count(mark) > 1:  # '1.234.567' or '1,234,567': only thousands repeat
        return "pt" if mark == "." else "en"
    whole, fraction = body.split(mark)
    if len(fraction) == 3 and whole[:1] not in ("", "0"):
        raise ValueError(f"ambiguous amount {text!r}: thousands or decimals? Set crm.number_style "
                         "to 'pt' (1.234,56) or 'en' (1,234.56)")
    return "pt" if mark == "," else "en"
