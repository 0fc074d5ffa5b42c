"""Product text in pt, es and en: loading the TOML files, translatable reasons, and formatting.

Owns `Reason` (a message key plus its facts, shown in English by default and renderable in any
language) and the per-language formatting of numbers, money, shares and dates. It does not
decide anything: detection and the playbook choose which reasons and templates to use.
"""

from __future__ import annotations

import logging
import math
import tomllib
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from monitor.text import LANGS, normalise_lang as _normalise_lang

logger = logging.getLogger(__name__)

DEFAULT_LANG = "en"
DEFAULT_CURRENCY = "R$"
_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load_texts(lang: str) -> dict[str, Any]:
    """The parsed `<lang>.toml`; unknown languages get the English texts."""
    lang = lang if lang in LANGS else DEFAULT_LANG
    with open(_DIR / f"{lang}.toml", "rb") as handle:
        return tomllib.load(handle)


def text(lang: str, section: str, key: str) -> str:
    """One product string; falls back to English, then to the key itself."""
    for candidate in (lang, DEFAULT_LANG):
        value = load_texts(candidate).get(section, {}).get(key)
        if value is not None:
            return value
    logger.warning("missing text %s.%s", section, key)
    return key


def format_number(value: float, lang: str, decimals: int = 0) -> str:
    """1234.5 -> '1.234,50' (pt, es) or '1,234.50' (en)."""
    fmt = load_texts(_normalise_lang(lang, DEFAULT_LANG))["format"]
    body = f"{abs(value):,.{decimals}f}"
    body = body.replace(",", "\0").replace(".", fmt["decimal"]).replace("\0", fmt["thousands"])
    sign = "-" if value < 0 and round(abs(value), decimals) != 0 else ""
    return sign + body


def format_money(amount: float, lang: str, symbol: str = DEFAULT_CURRENCY) -> str:
    """1234.56 -> 'R$ 1.234,56' (pt), 'R$ 1.234,56' (es), 'R$ 1,234.56' (en)."""
    pattern = load_texts(_normalise_lang(lang, DEFAULT_LANG))["format"]["money"]
    return pattern.format(symbol=symbol, amount=format_number(amount, lang, 2))


def format_share(share: float, lang: str) -> str:
    """0.705 -> '71%' (the same in the three languages, spacing from the TOML)."""
    pattern = load_texts(_normalise_lang(lang, DEFAULT_LANG))["format"]["percent"]
    return pattern.format(value=format_number(round(100 * share), lang))


def format_date(moment: date | datetime | str, lang: str) -> str:
    """A calendar date: '05/03/2026' (pt, es) or '5 March 2026' (en)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    fmt = load_texts(_normalise_lang(lang, DEFAULT_LANG))["format"]
    month = fmt["months"][moment.month - 1]
    return fmt["date"].format(day=moment.day, day2=f"{moment.day:02d}", month=month,
                              month2=f"{moment.month:02d}", year=moment.year)


def format_list(items: list[Any], lang: str) -> str:
    """['x', 'bluesky'] -> 'x and bluesky' / 'x e bluesky' / 'x y bluesky'."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    word = load_texts(_normalise_lang(lang, DEFAULT_LANG))["format"]["and"]
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def format_value(name: str, value: Any, lang: str, currency: str = DEFAULT_CURRENCY) -> str:
    """Format one fact by its name: *_share -> %, *_date -> date, money names -> amount."""
    if isinstance(value, (list, tuple)):
        return format_list(list(value), lang)
    if value is None:
        return "-"
    if name.endswith("_share"):
        return format_share(float(value), lang)
    if name.endswith("_date"):
        return format_date(value, lang)
    if name in MONEY_FACTS:
        return format_money(float(value), lang, currency)
    if isinstance(value, bool) or isinstance(value, str):
        return str(value)
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)
                                  and float(value).is_integer()):
        return format_number(int(value), lang)
    if isinstance(value, float):
        return format_number(value, lang, 2)
    return str(value)


MONEY_FACTS = frozenset({"monthly_value", "overdue_balance", "amount", "last_invoice"})


def render(section: str, key: str, lang: str, facts: Mapping[str, Any],
           currency: str = DEFAULT_CURRENCY) -> str:
    """Fill a template from `[section]` with `facts`, each formatted for `lang`."""
    lang = _normalise_lang(lang, DEFAULT_LANG)
    formatted = {name: format_value(name, value, lang, currency) for name, value in facts.items()}
    template = text(lang, section, key)
    try:
        return template.format(**formatted)
    except (KeyError, IndexError) as exc:
        logger.warning("template %s.%s (%s) lacks fact %s", section, key, lang, exc)
        return template


class Reason(str):
    """A reason for a verdict or course: its English text, plus `key` and `facts` to translate it.

    It is a `str`, so it can be joined, shown or stored as JSON like any text;
    `reason.render("pt")` gives the same reason in Portuguese.
    """

    key: str
    facts: dict[str, Any]
    section: str

    def __new__(cls, key: str, section: str = "reasons", **facts: Any) -> "Reason":
        value = super().__new__(cls, render(section, key, DEFAULT_LANG, facts))
        value.key, value.facts, value.section = key, dict(facts), section
        return value

    def render(self, lang: str, currency: str = DEFAULT_CURRENCY) -> str:
        """The same reason in `lang` (pt, es or en), facts formatted for that language."""
        return render(self.section, self.key, lang, self.facts, currency)

    def __reduce__(self):
        return (_make_reason, (self.key, self.section, self.facts))


def _make_reason(key: str, section: str, facts: dict[str, Any]) -> Reason:
    return Reason(key, section, **facts)
