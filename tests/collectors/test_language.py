"""Language detection for short social posts: pt, es, en, or und."""

from __future__ import annotations

import pytest

from monitor.language import choose_language, detect_language

PORTUGUESE = [
    "não funciona", "o app caiu de novo", "vocês são péssimos", "meu cartão foi recusado", "alguém mais?",
    "a entrega atrasou", "@veloz cadê meu reembolso??", "faz 3 dias que espero o estorno",
    "ñ aguento mais essa empresa", "me cobraram duas vezes", "obrigado",
]
SPANISH = [
    "pero no funciona", "muy mal servicio", "la app no anda", "mi tarjeta fue rechazada", "¿alguien más?",
    "la entrega se retrasó", "@veloz y mi reembolso?", "llevo 3 días esperando el reembolso",
    "me cobraron dos veces", "gracias",
]
ENGLISH = [
    "app is down again", "worst bank ever", "Card declined twice today", "still waiting for my refund",
    "Hello Veloz, will you ever call me back?", "charged me twice",
]
UNDETERMINED = ["", "   ", "ok", "lol", "🙄🙄🙄", "https://x.com/a #veloz @veloz",
                "le service client est nul", "der Kundendienst ist schlecht", "il servizio clienti è pessimo"]


@pytest.mark.parametrize("text", PORTUGUESE)
def test_portuguese(text):
    assert detect_language(text) == "pt"


@pytest.mark.parametrize("text", SPANISH)
def test_spanish(text):
    assert detect_language(text) == "es"


@pytest.mark.parametrize("text", ENGLISH)
def test_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", UNDETERMINED)
def test_empty_short_or_other_is_und(text):
    assert detect_language(text) == "und"


@pytest.mark.parametrize("declared, text, expected", [
    ("pt-BR", "whatever", "pt"),
    ("es", "app is down", "es"),
    ("fr", "o app caiu", "und"),
    (None, "o app caiu de novo", "pt"),
    ("und", "app is down again", "en"),
    ("qme", "muy mal servicio", "es"),  # X: "media only", i.e. no language given
])
def test_a_declared_language_wins_when_usable(declared, text, expected):
    assert choose_language(declared, text) == expected
