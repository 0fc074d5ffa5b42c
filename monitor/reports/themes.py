"""What the week's founded complaints are about: groups of similar complaints, each named by
its characteristic words, with two examples.

Complaints are grouped by meaning (their sentence embeddings, the same vectors the classifier
uses, mostly read from the store's cache), so "cobrança em dobro" and "double charge" can land
in one theme. Each theme is named by the words that are frequent in it and rare in the other
themes (class-based TF-IDF), leaving out function words of pt, es and en and the brand's own
names. Deterministic: the same complaints give the same themes.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

MAX_THEMES = 6
MIN_PER_THEME = 3
WORDS_PER_NAME = 3
EXAMPLE_CHARS = 220

# Function words and chat filler of Portuguese, Spanish and English: never a theme's name.
STOPWORDS = frozenset("""
a à ao aos as às até com como da das de dela dele deles do dos e é ela ele eles em entre era eu
essa esse esta está estão estou eu foi fui há isso isto já la lá mais mas me mesmo meu minha muito
na nas não nem no nos nós num numa o os ou para pela pelas pelo pelos por porque pra pro quando
que quem se sem ser seu sua são só também te tem tenho ter teu tu tua um uma umas uns vai você
vocês vc vcs ainda agora aqui ali sobre depois antes hoje ontem sim tá tô pq q ja nao eh
al algo ante bien con contra del desde donde el ella ellos en era es esa ese esta este están
estoy fue ha hay le les lo los me mi mis muy nada ni nos nosotros o para pero por porque que
quien se sin sobre son su sus también te tengo tiene todo tu un una uno unos usted ustedes y ya
yo otra otro otros cuando como más aún hoy ayer sí vez acá
about after again all also am an and any are as at be been before being but by can could did
do does doing done for from get got had has have having he her here him his how i if in into is
it its just me more my no not now of on once one only or our out over own so some still such
than that the their them then there these they this those through to too up us very was we
were what when where which while who why will with would you your yet im ive dont cant didnt
isnt wasnt doesnt won wont amp rt via
""".split())
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class Theme:
    """One group of similar complaints: its name, how many, and two (handle, text) examples."""

    name: str
    words: tuple[str, ...]
    mentions: int
    examples: tuple[tuple[str, str], ...]


def fold(word: str) -> str:
    """Lower case without accents: how words are compared."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def complaint_themes(texts: Sequence[str], handles: Sequence[str], vectors: np.ndarray, *,
                     brand_words: Sequence[str] = (), max_themes: int = MAX_THEMES) -> list[Theme]:
    """Themes of the complaints, largest first. `vectors` are the texts' unit-length
    embeddings; `brand_words` (the brand's names and handles) never name a theme."""
    if len(texts) == 0:
        return []
    labels = _cluster(vectors, max_themes)
    excluded = {fold(w) for phrase in brand_words for w in _TOKEN.findall(phrase)}
    tokens = [_words(t, excluded) for t in texts]
    groups = sorted(set(labels), key=lambda g: (-int((labels == g).sum()), int(g)))
    names = _names([[w for i in np.flatnonzero(labels == g) for w in tokens[i]] for g in groups])
    themes = []
    for group, words in zip(groups, names):
        members = np.flatnonzero(labels == group)
        centre = vectors[members].mean(axis=0)
        closest = members[np.argsort(-(vectors[members] @ centre), kind="stable")][:2]
        themes.append(Theme(" · ".join(words) or "(no common words)", tuple(words), len(members),
                            tuple((str(handles[i]), _short(texts[i])) for i in closest)))
    return themes


def _cluster(vectors: np.ndarray, max_themes: int) -> np.ndarray:
    """A theme number per complaint: k-means on the unit vectors, with the number of themes
    (2..max) that separates them best (silhouette); one theme when there are too few."""
    n = len(vectors)
    if n < 2 * MIN_PER_THEME:
        return np.zeros(n, dtype=int)
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    best, best_score = np.zeros(n, dtype=int), -1.0
    for k in range(2, min(max_themes, n // MIN_PER_THEME) + 1):
        labels = KMeans(n_clusters=k, n_init=4, random_state=0).fit_predict(vectors)
        if np.bincount(labels).min() < 2:
            continue
        score = silhouette_score(vectors, labels, metric="cosine",
                                 sample_size=min(n, 2000), random_state=0)
        if score > best_score + 1e-9:
            best, best_score = labels, score
    return best


def _words(text: str, excluded: set[str]) -> list[str]:
    """The content words of a text, folded; links, handles, hashtags' '#' and numbers dropped."""
    text = re.sub(r"https?://\S+|[@#][\w.]+", " ", text)
    words = []
    for token in _TOKEN.findall(text):
        word = fold(token).strip("'’-")
        if len(word) > 2 and word not in STOPWORDS and word not in excluded:
            words.append(word)
    return words


def _names(groups: list[list[str]]) -> list[list[str]]:
    """The WORDS_PER_NAME most characteristic words of each group: frequent in it, rare in the
    others (class-based TF-IDF); ties broken alphabetically, so names are stable."""
    counts = [Counter(g) for g in groups]
    frequency = Counter(w for words in groups for w in words)
    average = sum(len(g) for g in groups) / max(len(groups), 1)
    names = []
    for c, words in zip(counts, groups):
        total = max(len(words), 1)
        score = {w: (n / total) * math.log(1 + average / frequency[w]) for w, n in c.items() if n >= 2}
        names.append(sorted(score, key=lambda w: (-score[w], w))[:WORDS_PER_NAME])
    return names


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"
