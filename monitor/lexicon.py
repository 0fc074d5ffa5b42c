"""Hand-written pt/es/en cue lexicon turned into a few numeric features for the classifier.

Owns the word lists and patterns (profanity, insults, threats, contempt, concrete-grievance cues)
and `lexicon_features(texts)`. Matching is on case-folded, accent-stripped text. It does not decide
anything by itself: the classifier learns how much each cue counts.

Versions: a saved model records the `lexicon_version` it was trained with, so older models keep
their exact features. Version 1 is the first lexicon (11 features). Version 2 adds pt/es/en
name-calling and contempt aimed at companies without profanity (con artists, crooks, "a mafia",
"a pyramid scheme", rotten, worthless) and one more feature, `company_label`: verdict phrases such as
"X = scam", "X não presta", "X no sirve", "X is worthless", boycott hashtags. Version 3 drops the ambiguous Spanish "chorro"
(a stream / "a lot" outside Argentina; still counted in "manga/banda de chorros"), adds Mexican,
Argentine and Spanish name-calling (rateros, garcas, mangantes, caraduras...) and four features
that separate a grievance from a mere mention of an order or amount: `failure` (an explicit
failure: "não chegou", "no llegó", "never arrived", "cobrado dos veces", "nobody answers"),
`resolved_positive` ("chegou certinho", "ya me devolvieron", "sorted, thanks"), `promo` (coupons,
discounts, free shipping, "% off") and `questions` ("?" count).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

import numpy as np


def strip_accents(text: str) -> str:
    """Case-fold and drop combining accents: "Você NÃO" -> "voce nao"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


PROFANITY = _words(
    # pt
    r"merdas?", r"porra", r"caralho", r"carai", r"bosta", r"fod\w*", r"puta", r"putaria", r"cu",
    r"krl", r"pqp", r"vsf", r"tnc", r"fdp", r"cacete", r"buceta",
    # es
    r"mierdas?", r"puta madre", r"verga", r"joder", r"jodan", r"jodete", r"carajo", r"chinga\w*",
    r"concha", r"cono", r"culero", r"hostia", r"ctm", r"ptm", r"hdp", r"pinche",
    # en
    r"fuck\w*", r"shit\w*", r"bullshit", r"damn", r"crap", r"ass", r"asshole\w*", r"wtf",
    r"bitch\w*", r"motherfuck\w*", r"goddamn",
)

INSULTS = _words(
    # pt
    r"idiotas?", r"imbec[ie]s", r"imbecil", r"otari[oa]s?", r"burr[oa]s?", r"jument[oa]s?",
    r"retardad[oa]s?", r"vagabund[oa]s?", r"ladr(?:ao|oes|ona|onas)", r"bandid[oa]s?",
    r"safad[oa]s?", r"canalhas?", r"lixos?", r"nojent[oa]s?", r"palhac[oa]s?", r"incompetentes?",
    r"quadrilha", r"corja", r"escrot[oa]s?", r"babacas?", r"vermes?", r"desgracad[oa]s?",
    r"trouxas?", r"pilantras?", r"golpistas?", r"caloteir[oa]s?",
    # es
    r"imbeciles", r"estupid[oa]s?", r"pendej[oa]s?", r"inutiles?", r"ladron(?:es|a|as)?",
    r"sinverguenzas?", r"basura", r"porqueria", r"payas[oa]s?", r"tont[oa]s?", r"mafia",
    r"asqueros[oa]s?", r"cabron(?:es)?", r"gilipollas", r"boludos?", r"pelotudos?",
    r"estafadores?", r"chantas?", r"mamon(?:es)?", r"tarad[oa]s?", r"malparid[oa]s?",
    # en
    r"idiots?", r"morons?", r"dumbass\w*", r"stupid", r"clowns?", r"losers?", r"scum\w*",
    r"crooks?", r"thieves", r"trash", r"garbage", r"pigs?", r"donkeys?", r"incompetent",
    r"imbeciles?", r"jerks?", r"pathetic", r"disgusting", r"scammers?", r"frauds?", r"dipshits?",
)

# Version 2 additions: nouns and adjectives that brand a company (or its people) as crooks,
# con artists or rotten, without profanity. Kept to words that are insulting in themselves;
# words with a neutral reading ("golpe" in news about scams, "estafa" as a crime report) stay out.
INSULTS_V2_EXTRA = (
    # pt
    r"trambiqueir[oa]s?", r"vigaristas?", r"picaretas?", r"estelionatari[oa]s?",
    r"charlat(?:ao|aes|ona|onas)", r"salafrari[oa]s?", r"enganador(?:es|as?)?", r"sanguessugas?",
    r"parasitas?", r"malandr[oa]s?", r"cambada", r"gentalha", r"pilantragem", r"agiotas?",
    r"larapios?", r"mau[- ]carater", r"sem[- ]vergonhas?", r"podres?", r"fraudadores?",
    r"caloteir[oa]s?", r"mafios[oa]s?",
    # es
    r"rateros?", r"rateras?", r"transas?", r"timador(?:es|as?)?", r"embuster[oa]s?", r"vividores?",
    r"avivat[oa]s?", r"chorros?", r"usurer[oa]s?", r"sanguijuelas?", r"podrid[oa]s?",
    r"estafador(?:es|as?)?", r"mafios[oa]s?", r"chantas?", r"sinverguenzas?", r"truhan(?:es)?",
    r"granuj(?:a|as)", r"bandidos?", r"delincuentes?",
    # en
    r"con ?artists?", r"conmen", r"con men", r"grifters?", r"swindlers?", r"shysters?",
    r"charlatans?", r"hustlers?", r"bloodsuckers?", r"leeches", r"racketeers?", r"crooked",
    r"rotten", r"ghouls?", r"fraudsters?", r"cowboys", r"chancers?", r"rip-?off artists?",
)

# Verdicts that label the company itself: "X = golpe", "X não presta", "X is worthless".
COMPANY_LABEL = re.compile(
    r"=\s*(?:golpe|fraude|estafa|scam|fraud|mafia|lixo|basura|trash|garbage|ladr\w*|rater\w*|crooks?)"
    r"|nao presta|nao vale (?:nada|um centavo|a pena nem)|no sirve(?:n)? (?:para|pa) nada|no sirve\b"
    r"|no vale (?:nada|ni)|(?:is|are) (?:worthless|a racket|a scam|a fraud|a joke|rotten)"
    r"|esquema de piramide|(?:una|es) piramide|pyramid scheme|(?:uma|e uma|es una|is a|the) mafia"
    r"|quadrilha (?:com|de|disfarcada)|cueva de ladrones|den of thieves"
    r"|#(?:boicote?|boycott|fora|fuera|dump)\w+|#\w*(?:golpe|golpista|scam|fraud|estafa|lixo|ladr\w*)\b"
)

THREATS = re.compile(
    r"vou (?:te |lhe )?(?:quebrar|matar|pegar|arrebentar|explodir)|(?:vao|voces vao) pagar"
    r"|se cuidem|me las van a pagar|te voy a (?:matar|romper|partir)|los voy a matar"
    r"|se van a arrepentir|(?:you're|you are|youre) (?:gonna|going to) pay|watch your back"
    r"|i'?ll (?:kill|hurt|beat)|i'?m going to (?:kill|hurt)|burn (?:it|the \w+) down"
)

DIRECTED = re.compile(
    r"vai (?:se|te) fode|vao (?:se|te) fode|vao tomar no|vai tomar no|que se fodam|va(?:o|i) pro inferno"
    r"|vayanse a la|vete a la|que se jodan|al carajo|a la mierda|chinguen"
    r"|fuck (?:you|off|u)|go to hell|screw you|suck it|eat shit"
)

CONTEMPT = re.compile(
    r"(?:empresa|banco|loja|app|aplicativo|operadora|servico|internet|lixo|bosta|companhia|"
    r"tienda|compania|aerolinea|servicio)\s+(?:de\s+)?(?:merda|bosta|quinta|mierda|porqueria|cuarta)"
    r"|de merda|de bosta|de mierda|de porqueria|de quinta|de cuarta|piece of (?:shit|garbage|junk)"
    r"|(?:is|are) (?:a )?(?:joke|garbage|trash|scam)|uma piada|un chiste|shitty|crappy"
)

GRIEVANCE = re.compile(
    r"pedido|protocolo|reserva|fatura|boleto|cobr\w+|estorn\w+|reembols\w+|cancel\w+|garantia"
    r"|entreg\w+|chegou|atras\w+|nao (?:funciona|chegou|liga|carrega)|parou|quebr\w+|sem (?:internet|sinal|luz)"
    r"|reclamo|factura|cargo|devol\w+|no (?:llego|funciona)|llev\w+ sin|reclamaci\w+"
    r"|order|ticket|refund\w*|charg\w+|billed|invoice|warranty|deliver\w*|never (?:arrived|came)"
    r"|(?:stopped|doesn'?t|does not|won'?t) (?:work\w*|charge|turn)|broken|missing|late fee|overcharg\w+"
)

AMOUNT = re.compile(r"(?:r\$|us\$|\$|€|£)\s?\d|\d+(?:[.,]\d+)?\s?(?:reais|pesos|dolares|dollars|euros|usd|brl|mil\b)")
DATE = re.compile(
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\bdia \d{1,2}\b|\bel \d{1,2}\b|\bon the \d{1,2}"
    r"|\b\d{1,2} de (?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|out|oct|nov|dez|dic|dec)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}\b"
    r"|\b(?:ha|faz|hace|for) \d+ (?:dias|semanas|meses|horas|days|weeks|months|hours)"
)
ORDER_ID = re.compile(r"#\s?[a-z]*\d{3,}|\b[a-z]{0,3}\d{4,}\b|\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{6}\b")

FEATURE_NAMES_V1 = (
    "profanity", "insults", "threats", "directed", "contempt",
    "grievance", "amounts", "dates", "order_ids", "second_person", "exclaims",
)
FEATURE_NAMES = FEATURE_NAMES_V1 + ("company_label",)
LEXICON_VERSION = 3
SECOND_PERSON = _words(r"voces", r"vcs", r"voce", r"vc", r"ustedes", r"ud", r"you", r"your", r"you're",
                       r"youre", r"ya'?ll", r"sus", r"les", r"vos")


INSULTS_V2 = re.compile(INSULTS.pattern[:-len(r")(?!\w)")] + "|" + "|".join(INSULTS_V2_EXTRA)
                        + r")(?!\w)")


# ---- version 3 ------------------------------------------------------------------------------

INSULTS_V3_EXTRA = (
    r"ratas", r"gandallas?", r"garcas?", r"caraduras?", r"mangantes?", r"cantamananas",
    r"impresentables?", r"ineptos?", r"buitres", r"lacras?", r"escoria", r"culeros?", r"nacos?",
    r"patan(?:es)?", r"(?:manga|banda|bola|son unos|unos|de) chorros",
)
_V2_ALTERNATIVES = [a for a in INSULTS_V2_EXTRA if a not in (r"chorros?",)]
INSULTS_V3 = re.compile(INSULTS.pattern[:-len(r")(?!\w)")] + "|" + "|".join(_V2_ALTERNATIVES)
                        + "|" + "|".join(INSULTS_V3_EXTRA) + r")(?!\w)")

# An explicit failure, so a post is a grievance and not just a mention of an order or amount.
FAILURE = re.compile(
    # pt
    r"(?:nao|nunca|ainda nao|nada de) (?:me )?(?:chegou|chegaram|recebi|veio|vieram|foi entregue|entregaram"
    r"|devolveram|estornaram|responderam|resolveram|funciona|liga|carrega)"
    r"|cobrad[oa]s? (?:duas|2|tres|3) vezes|cobranca indevida|(?:ate hoje|ate agora) nada|cade (?:o|meu|minha)"
    r"|ninguem (?:responde|resolve)|sem (?:resposta|retorno)|marcad[oa] como entregue"
    # es
    r"|(?:no|nunca|todavia no|aun no) (?:me )?(?:llego|llegaron|recibi|recibo|he recibido|vino|entregaron"
    r"|devolvieron|respondieron|resolvieron|funciona|prende|carga)"
    r"|cobrad[oa]s? (?:dos|2|tres|3) veces|cobraron (?:dos|2) veces|cobro doble|cargo (?:indebido|no reconocido|que no reconozco)"
    r"|sigo sin|sigue sin|nadie (?:responde|contesta|resuelve)|sin respuesta|figura como entregado|ni rastro"
    # en
    r"|never (?:arrived|came|received|got|showed)|(?:hasn'?t|has not|didn'?t|did not|haven'?t|have not)"
    r" (?:arrived|come|shown up|received|got|gotten|been refunded|been delivered)"
    r"|charged (?:twice|two times|double)|double[- ]charged|still (?:nothing|no|not|waiting|hasn'?t|haven'?t)"
    r"|nobody (?:answers|responds|replies|helps)|no (?:response|reply|answer)|marked (?:as )?delivered but"
    r"|(?:doesn'?t|does not|won'?t|stopped) (?:work|turn on|charge)"
)

# The post reports a good outcome or thanks: the order arrived fine, the refund came.
RESOLVED_POSITIVE = re.compile(
    r"chegou (?:certinho|direitinho|rapidinho|antes|hoje|no prazo|agora|perfeito|bem)|(?:caiu|recebi) (?:hoje|o estorno)"
    r"|resolvid[oa]|obrigad[oa]|valeu|recomendo|amei|adorei|nota (?:10|dez)|tudo certo"
    r"|llego (?:perfecto|hoy|antes|rapido|bien|temprano)|ya me devolvieron|me llego el reembolso|resuelto|gracias"
    r"|recomiendo|me encanto|un diez|todo bien"
    r"|arrived (?:early|on time|today|fast|quickly|perfect)|showed up|came through|sorted|resolved"
    r"|thanks|thank you|recommend|love (?:it|this)|all good|10/10"
)

PROMO = re.compile(
    r"\d+ ?% ?(?:off|de desconto|de descuento|de cashback|de reembolso)|\boff\b|cupom|cupon|codigo|\bcode\b"
    r"|desconto|descuento|discount|frete gratis|envio gratis|free shipping|promo\w*|oferta\w*|\bofferta|sale\b"
    r"|black friday|hot sale|cyber monday|sem juros|sin intereses|sorteio|sorteo|giveaway|cashback|a partir de|desde \$"
)

FEATURE_NAMES_V3 = FEATURE_NAMES + ("failure", "resolved_positive", "promo", "questions")


def feature_names(version: int = LEXICON_VERSION) -> tuple[str, ...]:
    """Names of the lexicon features of `version`, in column order."""
    return {1: FEATURE_NAMES_V1, 2: FEATURE_NAMES}.get(version, FEATURE_NAMES_V3)


def lexicon_features(texts: Sequence[str], version: int = LEXICON_VERSION) -> np.ndarray:
    """(n, len(feature_names(version))) float32: log1p of each cue's count in each text."""
    if version not in (1, 2, 3):
        raise ValueError(f"unknown lexicon version {version!r}")
    names = feature_names(version)
    out = np.zeros((len(texts), len(names)), dtype=np.float32)
    insults = {1: INSULTS, 2: INSULTS_V2, 3: INSULTS_V3}[version]
    patterns = [PROFANITY, insults, THREATS, DIRECTED, CONTEMPT, GRIEVANCE, AMOUNT, DATE, ORDER_ID,
                SECOND_PERSON]
    exclaims = names.index("exclaims")
    if version >= 2:
        patterns.append(COMPANY_LABEL)
    if version >= 3:
        patterns += [FAILURE, RESOLVED_POSITIVE, PROMO]
    questions = names.index("questions") if "questions" in names else None
    for i, text in enumerate(texts):
        folded = strip_accents(str(text))
        for j, pattern in enumerate(patterns):
            out[i, j if j < exclaims else j + 1] = len(pattern.findall(folded))
        out[i, exclaims] = str(text).count("!")
        if questions is not None:
            out[i, questions] = str(text).count("?")
    return np.log1p(out)
