"""Threats in a mention, in pt, es and en: violence (harm, fire, bombs, "I know where you live")
or legal action (suing, courts, lawyers, consumer-protection agencies).

A short list of phrases, matched on case-folded, accent-stripped text with word boundaries,
so an alert names the phrase that triggered it and anyone can see why. It only flags a mention
for a person to read; it decides nothing.

The trade-off: single words with an everyday meaning are not enough on their own. "processo"
(also a hiring or buying process), "matar" ("matar a saudade"), "demanda" (also commercial demand), "bomba" (also "a
flop"), "kill" ("this delay is killing me") only count inside a threatening phrase ("processo
contra vocês", "vou processar", "poner una bomba", "I'll kill you"). That keeps false alarms
rare, at the price of missing threats worded in none of these ways; the consumer agencies
(Procon, Profeco) and "danos morais" count alone because they are nearly always a legal
threat when a customer names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.lexicon import strip_accents

_I_WILL_EN = r"(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna|im gonna|we'?ll|we will|we'?re going to|we are going to|we'?re gonna)"
_VOU_PT = r"(?:vou|vamos|irei|iremos|eu vou|a gente vai)"
_VOY_ES = r"(?:voy a|vamos a|los voy a|las voy a|les voy a|te voy a|lo voy a|la voy a)"

_VIOLENCE = (
    # pt
    rf"{_VOU_PT} (?:te |lhe |os |as |voces |vcs )?(?:matar(?! (?:a |minha |essa |nossa )?(?:saudade|fome|sede|curiosidade|tempo|aula))|esfaquear|espancar|arrebentar|quebrar (?:a cara|voces|tudo)|"
    r"explodir|incendiar|queimar|dar um tiro|meter bala|furar)",
    r"(?:tacar|botar|meter|por|colocar|atear) fogo (?:n[ao]s?|em|nessa|nesse|na loja|no predio)",
    r"(?:colocar|plantar|jogar|por|deixar) uma bomba", r"ameaca de bomba",
    r"sei onde (?:voce|voces|vc|vcs|tu|o senhor|a senhora|seu \w+|sua \w+) (?:mora|moram|trabalha|trabalham|fica)",
    r"(?:voces|vcs) (?:vao|merecem) morrer", r"vou te pegar",
    # es
    rf"{_VOY_ES} (?:matar|quemar|incendiar|volar|apunalar|partir la cara|romper la cara|dar un tiro|"
    r"pegar un tiro|meter un tiro|reventar)",
    r"(?:prender|meter|pegar) fuego (?:a|al|en)", r"(?:poner|dejar|plantar) una bomba", r"amenaza de bomba",
    r"se donde (?:vives|viven|vive|trabajas|trabajan|estan)", r"(?:van|merecen) a morir", r"merecen morir",
    # en
    rf"{_I_WILL_EN} (?:\w+ )?(?:kill|shoot|stab|hurt|beat up|burn down|blow up|bomb|find) (?:you|u|them|your|every|the staff|this)",
    r"burn (?:it|this place|the place|your (?:\w+ )?(?:store|office|shop|building)) down",
    r"(?:plant|set off|leave) a bomb", r"bomb threat", r"i know where (?:you|u|your \w+) (?:live|work)",
    r"watch your back", r"you(?:'ll| will) (?:all )?(?:pay for this|regret this|be sorry)",
)
_LEGAL = (
    # pt
    rf"{_VOU_PT} (?:te |lhe |lhes |os |as )?processar", r"processar (?:voces|vcs|a empresa|essa empresa|a \w+)",
    r"processo (?:contra|judicial)", r"(?:entrar|entrarei|entro) com (?:um |uma )?(?:acao|processo)",
    r"acao judicial", r"(?:entrar|recorrer|ir|vou) (?:na|a|para a) justica", r"pequenas causas",
    r"juizado especial", r"(?:meu|minha) advogad[oa]", r"danos morais", r"procon",
    # es
    rf"{_VOY_ES} (?:demandar|denunciar)", r"demanda (?:judicial|legal|colectiva)",
    r"(?:mi|mis) abogad[oa]s?", r"acciones? legal(?:es)?", r"(?:ir|llevar(?:los|las|te)?|vamos) a juicio",
    r"nos vemos en (?:los )?tribunales", r"profeco", r"denuncia (?:penal|formal|ante)",
    # en
    rf"{_I_WILL_EN} (?:\w+ )?sue", r"sue (?:you|u|them|your|the company|this company)", r"lawsuit",
    r"my (?:lawyer|attorney)", r"legal action", r"see you in court", r"small claims",
    r"class action", r"take (?:you|u|this|them|it) to court",
)


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)")


PATTERNS = {"violence": _pattern(_VIOLENCE), "legal": _pattern(_LEGAL)}
"""Threat kind -> its phrases; violence is looked for first."""


@dataclass(frozen=True)
class Threat:
    """A threat found in a text: its kind (violence or legal) and the phrase, as matched."""

    kind: str
    phrase: str


def normalise(text: str) -> str:
    """Case-folded, accents and typographic apostrophes removed, spaces collapsed."""
    folded = strip_accents(str(text)).replace("\u2019", "'").replace("\u02bc", "'")
    return re.sub(r"\s+", " ", folded)


def find_threat(text: str) -> Threat | None:
    """The first threat in the text (violence before legal), or None."""
    plain = normalise(text)
    for kind, pattern in PATTERNS.items():
        found = pattern.search(plain)
        if found:
            return Threat(kind, found.group(0))
    return None
