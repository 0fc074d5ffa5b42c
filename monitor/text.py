"""Shared words about text: the product's languages, one normalise-and-hash, one main-language rule.

Standard library only, so every layer (store, classifier, detection, board) can use it without
loading numpy or pandas.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from typing import Any, Iterable

LANGS: tuple[str, ...] = ("pt", "es", "en")
"""The languages the product speaks (classifier thresholds, playbook drafts, reports)."""
UNKNOWN_LANG = "und"

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@[\w.]+(?:@[\w.-]+)?")
_NON_WORD = re.compile(r"[^\w]+|_")


def normalise_lang(lang: Any, fallback: str = UNKNOWN_LANG) -> str:
    """Two-letter code of one of LANGS ("pt-BR" -> "pt"); anything else -> `fallback`.

    The classifier keeps "und" (its own threshold row); texts written for people fall back to
    a language they can read (the playbook passes "en")."""
    code = str(lang or "").strip().lower()[:2]
    return code if code in LANGS else fallback


def normalise_text(text: Any) -> str:
    """Whitespace collapsed and case-folded: the form that is hashed, embedded and de-duplicated."""
    return " ".join(str(text).split()).casefold()


def text_hash(text: Any) -> str:
    """sha1 of `normalise_text`: the embedding cache key in the store and the held-out split key."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()


def comparable_text(text: Any) -> str:
    """Case-folded, accent-free text without links, @handles or punctuation: the form that
    near-copy detection compares (two accounts pasting one attack with other links match)."""
    text = _HANDLE.sub(" ", _URL.sub(" ", str(text or "")))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", text).split())


def main_language(langs: Iterable[Any], default: str = "") -> str:
    """The language written most (ties: alphabetical); `default` when none is known."""
    counts = Counter(code for code in (str(v or "").strip().lower()[:2] for v in langs
                                       if v is not None and v == v) if code)
    if not counts:
        return default
    top = max(counts.values())
    return min(code for code, count in counts.items() if count == top)
