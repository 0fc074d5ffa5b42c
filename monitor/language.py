"""The one place that decides a mention's language: "pt", "es", "en", or "und" (unknown/other).

py3langid, restricted to nearby languages, does the work; cheap word hints settle the pt/es
confusions it makes on short social posts. No network, model loaded once on first use.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

logger = logging.getLogger(__name__)

SUPPORTED = ("pt", "es", "en")
UNDETERMINED = "und"
# Close neighbours are in the candidate set so that French or German is recognised as "other"
# instead of being forced into pt/es/en; Galician and Catalan soak up Iberian ambiguity.
CANDIDATES = ("pt", "es", "en", "gl", "ca", "fr", "it", "de", "nl")
IBERIAN = frozenset({"pt", "es", "gl", "ca"})
MIN_LETTERS = 5
OTHER_MIN_PROB = 0.5
# Codes that say "no language" (X adds qme = media only, qht = hashtags only, qst = very short...).
_NO_LANGUAGE = frozenset({"und", "zxx", "mul", "art", "qme", "qht", "qam", "qst", "qct"})

_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#]\w[\w.]*|&\w+;")
_LETTERS = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+")
_PT_WORDS = frozenset(
    "não nao você vocês voce voces vc vcs cadê cade obrigado obrigada muito muita também tá tô "
    "meu minha isso aqui pra pro né um uma os das na nas com ainda até já então agora".split()
)
_ES_WORDS = frozenset(
    "pero muy usted ustedes gracias también qué el los las y mi una ya hola aquí ahora "
    "hasta están porqué dónde cuándo vale tengo la lo del al es son hay eso esto".split()
)
_PT_MARKS = re.compile(r"ção|ções|[ãõ]|lh[aeiou]|nh[aeiou]|\w(?:aram|eram|iram)\b")
_ES_MARKS = re.compile(r"\wñ|ñ\w|[¿¡]|ción\b|ciones\b|\w(?:aron|ieron)\b")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATES))
    return identifier


def _hints(text: str) -> tuple[int, int]:
    """Count Portuguese and Spanish tell-tales (words, spellings, punctuation)."""
    words = _WORDS.findall(text)
    pt = sum(word in _PT_WORDS for word in words) + len(_PT_MARKS.findall(text))
    es = sum(word in _ES_WORDS for word in words) + len(_ES_MARKS.findall(text))
    return pt, es


def detect_language(text: str) -> str:
    """Guess "pt", "es" or "en" for a short post; "und" when empty, too short or clearly another language."""
    cleaned = _NOISE.sub(" ", text or "").lower()
    pt_hints, es_hints = _hints(cleaned)
    if len(_LETTERS.findall(cleaned)) < MIN_LETTERS:
        if pt_hints == es_hints:
            return UNDETERMINED
        return "pt" if pt_hints > es_hints else "es"
    ranked = _identifier().rank(cleaned)
    probs = dict(ranked)
    best, best_prob = ranked[0]
    if best in IBERIAN or (abs(pt_hints - es_hints) >= 2 and best_prob < 0.9):
        if pt_hints != es_hints:
            return "pt" if pt_hints > es_hints else "es"
        return "pt" if probs["pt"] >= probs["es"] else "es"
    if best in SUPPORTED:
        return best
    if best_prob >= OTHER_MIN_PROB:
        return UNDETERMINED
    runner_up = max(SUPPORTED, key=probs.__getitem__)
    return runner_up if probs[runner_up] >= 0.2 else UNDETERMINED


def choose_language(declared: str | None, text: str) -> str:
    """A source's declared language when it is usable ("pt-BR" -> "pt"), else detection on `text`.

    Declared codes outside pt/es/en map to "und" so every mention uses the same small set.
    """
    primary = (declared or "").strip().lower().replace("_", "-").split("-")[0]
    if primary in SUPPORTED:
        return primary
    if len(primary) in (2, 3) and primary.isalpha() and primary not in _NO_LANGUAGE:
        return UNDETERMINED
    return detect_language(text)
