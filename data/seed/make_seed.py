#!/usr/bin/env python3
"""Generate the synthetic seed training set `labelled.csv` (text,label,lang,kind).

Stdlib only, fixed seed, deterministic. The sentences are hand-written (see
pools_pt.py / pools_es.py / pools_en.py, pools_extra.py, pools_more.py, pools_general.py and
pools_hard.py); this script only
fills slots (brand, product, order number, amount in the right currency
format, date, city, duration...) and adds light, label-preserving noise
(casing, accents dropped, abbreviations, typos, emojis, handles, hashtags).
Exact and near-exact duplicates are removed.

Usage:
    python data/seed/make_seed.py            # writes labelled.csv, prints counts,
                                             # refreshes the counts table in DATACARD.md
    python data/seed/make_seed.py --check    # regenerate in memory and compare to the file

Also importable: `generate()` returns rows with a `template` id (used by
baseline_check.py for the group split).
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import pools_en  # noqa: E402
import pools_es  # noqa: E402
import pools_extra  # noqa: E402
import pools_general  # noqa: E402
import pools_hard  # noqa: E402
import pools_more  # noqa: E402
import pools_pt  # noqa: E402

SEED = 20240611
OUT = HERE / "labelled.csv"
DATACARD = HERE / "DATACARD.md"
LABELS = ("other", "founded_complaint", "disrespectful")
LANGS = ("pt", "es", "en")
# rows per language and label (~55 / 25 / 20 %)
TARGET = {"other": 760, "founded_complaint": 345, "disrespectful": 277}
# Supplement drawn from pools_general.py (generalisation batch) with its own random seed and
# appended after the original rows, which stay byte-identical (so the held-out split of the
# original rows is unchanged and old and new models can be compared on it).
SUPPLEMENT_SEED = 20261124
SUPPLEMENT_TARGET = {"other": 110, "founded_complaint": 0, "disrespectful": 130}
# Second supplement from pools_hard.py (hard `other` posts with numbers, explicit-failure founded
# complaints, Spanish contempt), own seed, appended after everything above; per-language targets.
HARD_SEED = 20261125
HARD_TARGET = {
    "pt": {"other": 80, "founded_complaint": 15, "disrespectful": 60},
    "es": {"other": 80, "founded_complaint": 15, "disrespectful": 90},
    "en": {"other": 70, "founded_complaint": 15, "disrespectful": 5},
}

SECTORS = ("bank", "tel", "air", "shop", "food", "tech", "strm", "util", "ride", "health", "travel")
REGIONS = ("mx", "arg", "esp", "col", "uk")

# --------------------------------------------------------------------------
# Fictional brands (none is meant to be a real company). Shared + per language.
# --------------------------------------------------------------------------
BRANDS = {
    "bank": ["Nuvix", "Finora", "PayLume", "Kredo", "Monetto", "Crediverde"],
    "tel": ["Telvia", "Conectamax", "Ondafibra", "SkyLinka", "NetPulse", "Fibrallo"],
    "air": ["AeroLuma", "Altavia", "Flyora", "Nimbus Air", "Aerocielo", "VoaJet"],
    "shop": ["Mercatto", "ShopNova", "Tiendex", "MegaMart", "Casa Prisma", "Brisa Store"],
    "food": ["Foodly", "Pidex", "MochiGo", "Zumbo Eats", "Rapidito", "Chegô"],
    "tech": ["Zentek", "Lumio", "Kairo", "Vortexa", "Pixon", "Orbi"],
    "strm": ["Streamix", "FlixNova", "Cinelar", "TeleVerso", "Sonora+", "PlayMundo"],
    "util": ["Voltara", "Lumenergia", "Aquanta", "EnerSul", "GasMais", "Hidrocity"],
    "ride": ["Movix", "Rodai", "Vamô", "GoLane", "Taxidi"],
    "health": ["Segurati", "VidaPlena", "Clinova", "SaluMed"],
    "travel": ["Viajou", "TripOca", "Hospeda+", "StayMundo"],
}
BRANDS_LANG = {
    "pt": {
        "bank": ["Banco Aurora", "Banco Horizonte", "Caixinha Digital"],
        "tel": ["Vibra Telecom", "Conecta Sul"],
        "shop": ["Lojas Brisa", "Magazine Topázio", "Compra Já"],
        "food": ["Comida Já", "Lanchô"],
        "util": ["Light Norte", "Saneamar"],
        "air": ["Voe Bem Linhas Aéreas"],
        "health": ["Amparo Saúde"],
    },
    "es": {
        "bank": ["Banco Solaris", "Banca Andina", "CrediMás"],
        "tel": ["Vibra Móvil", "Telecable Sur"],
        "shop": ["Almacenes Faro", "Tienda Lince", "ComprAhora"],
        "food": ["Pídelo Ya", "Comilón"],
        "util": ["Luz del Valle", "Aguas del Norte"],
        "air": ["Cóndor Azul Airlines"],
        "health": ["Salud Total Plus"],
    },
    "en": {
        "bank": ["Northway Bank", "Keystone Credit", "Harbor Trust"],
        "tel": ["Brightline Mobile", "Skywire Broadband"],
        "shop": ["ValueBarn", "Crestmart", "Quickcart"],
        "food": ["GrubRun", "DashPlate"],
        "util": ["Pinecrest Power", "Riverton Water"],
        "air": ["Blue Harbor Airways"],
        "health": ["CareBridge Health"],
    },
}

PRODUCTS = {  # masculine-only nouns in pt/es so possessives/articles agree
    "pt": {
        "tech": ["notebook", "celular", "fone bluetooth", "smartwatch", "tablet", "monitor", "videogame",
                 "carregador", "roteador", "projetor"],
        "shop": ["micro-ondas", "ventilador", "sofá", "colchão", "liquidificador", "fogão", "ar-condicionado",
                 "guarda-roupa", "aspirador", "tênis", "televisor"],
    },
    "es": {
        "tech": ["portátil", "celular", "reloj inteligente", "televisor", "monitor", "cargador", "teclado",
                 "router", "proyector", "móvil"],
        "shop": ["refrigerador", "microondas", "ventilador", "sofá", "colchón", "sillón", "horno",
                 "aire acondicionado", "taladro", "lavavajillas"],
    },
    "en": {
        "tech": ["laptop", "phone", "tablet", "smartwatch", "TV", "monitor", "game console", "speaker",
                 "charger", "router"],
        "shop": ["fridge", "microwave", "vacuum", "blender", "mattress", "air fryer", "washer", "sofa",
                 "coffee maker", "desk chair"],
    },
}

CITIES = {
    "pt": ["São Paulo", "Recife", "BH", "Curitiba", "Porto Alegre", "Salvador", "Fortaleza", "Manaus",
           "Goiânia", "Floripa", "Campinas", "Belém", "Natal", "Rio", "Brasília", "Londrina"],
    "mx": ["CDMX", "Guadalajara", "Monterrey", "Puebla", "Querétaro", "Mérida", "Tijuana"],
    "arg": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata"],
    "esp": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"],
    "col": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga"],
    "es_other": ["Lima", "Santiago", "Quito", "Montevideo", "Asunción", "San José"],
    "en": ["Chicago", "Austin", "Dallas", "Phoenix", "Denver", "Atlanta", "Seattle", "Toronto", "Sydney",
           "Miami", "Boston", "Portland"],
    "uk": ["Manchester", "Leeds", "Glasgow", "Bristol", "Birmingham", "Liverpool", "Cardiff", "London"],
}

NAMES = {
    "pt": ["João", "Marcos", "Rafael", "Bruno", "Thiago", "Ana", "Carla", "Juliana", "Fernanda", "Patrícia"],
    "es": ["Javier", "Carlos", "Diego", "Andrés", "Mateo", "Lucía", "María", "Sofía", "Valeria", "Camila"],
    "en": ["Mike", "Tom", "Chris", "Kevin", "Jake", "Sarah", "Jessica", "Emily", "Rachel", "Megan"],
}
FNAMES = {
    "pt": ["Ana", "Carla", "Juliana", "Fernanda", "Patrícia", "Bruna", "Aline"],
    "es": ["Lucía", "María", "Sofía", "Valeria", "Camila", "Paola", "Daniela"],
    "en": ["Sarah", "Jessica", "Emily", "Rachel", "Megan", "Karen", "Lauren"],
}

MONTHS = {
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}

DUR = {
    "pt": ["15 dias", "3 semanas", "2 meses", "10 dias", "um mês", "20 dias", "45 dias", "uma semana",
           "12 dias", "quase um mês", "5 dias"],
    "es": ["15 días", "3 semanas", "2 meses", "10 días", "un mes", "20 días", "45 días", "una semana",
           "12 días", "casi un mes", "5 días"],
    "en": ["15 days", "3 weeks", "2 months", "10 days", "a month", "20 days", "45 days", "a week",
           "12 days", "almost a month", "5 days"],
}
WAIT = {
    "pt": ["40 minutos", "2 horas", "1h30", "3 horas", "50 min", "uma hora e meia", "4 horas"],
    "es": ["40 minutos", "2 horas", "hora y media", "3 horas", "50 min", "4 horas"],
    "en": ["40 minutes", "2 hours", "an hour and a half", "3 hours", "90 minutes", "4 hours"],
}


def _slug(brand: str) -> str:
    s = unicodedata.normalize("NFD", brand)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]", "", s)


def strip_accents(text: str) -> str:
    s = unicodedata.normalize("NFD", text)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn" or c == "\ufe0f")
    return unicodedata.normalize("NFC", s)


class Filler:
    """Fills {slots} of one template for one language, coherently per instance."""

    SLOT = re.compile(r"\{(\w+)\}")

    def __init__(self, lang: str, rng: random.Random):
        self.lang = lang
        self.rng = rng

    # ---- helpers -------------------------------------------------------
    def brands(self, sector: str) -> list[str]:
        return BRANDS[sector] + BRANDS_LANG[self.lang].get(sector, [])

    def region(self, tags: set[str]) -> str:
        for r in REGIONS:
            if r in tags:
                return r
        if self.lang == "es":
            return self.rng.choice(["mx", "mx", "arg", "esp", "esp", "col", "es_other"])
        if self.lang == "en":
            return "uk" if self.rng.random() < 0.22 else "us"
        return "br"

    def amount(self, region: str, base: float) -> str:
        r = self.rng
        if region == "br":
            v = base
            if v >= 1000:
                v = round(v, -1)
                s = f"{int(v):,}".replace(",", ".")
                return r.choice([f"R$ {s},00", f"R${s}", f"R$ {s}"])
            cents = r.choice(["90", "99", "00", "50", "37", "80"])
            iv = int(v)
            return r.choice([f"R$ {iv},{cents}", f"R${iv},{cents}", f"R$ {iv}", f"{iv} reais", f"R${iv}"])
        if region == "mx":
            v = int(round(base * 3.5, -1))
            s = f"{v:,}"
            return r.choice([f"${s}", f"${s} pesos", f"${s} MXN", f"{s} pesos"])
        if region == "arg":
            v = int(round(base * 180, -2))
            s = f"{v:,}".replace(",", ".")
            return r.choice([f"${s}", f"$ {s}", f"{s} pesos", f"${s} ARS"])
        if region == "col":
            v = int(round(base * 800, -3))
            s = f"{v:,}".replace(",", ".")
            return r.choice([f"${s}", f"$ {s}", f"{s} pesos", f"${s} COP"])
        if region == "esp":
            v = base * 0.18
            iv = max(1, int(v))
            cents = r.choice(["99", "90", "00", "50", "95"])
            return r.choice([f"{iv},{cents} €", f"{iv}€", f"{iv} euros", f"{iv},{cents}€"])
        if region == "es_other":
            v = int(base * 0.2)
            return r.choice([f"{max(v,1)} dólares", f"US$ {max(v,1)}", f"${max(v,1)}"])
        if region == "uk":
            v = base * 0.16
            iv = max(1, int(v))
            return r.choice([f"£{iv}", f"£{iv}.{r.choice(['99', '00', '50', '49'])}", f"{iv} quid"
                             if iv < 60 else f"£{iv:,}"])
        v = base * 0.19
        iv = max(1, int(v))
        return r.choice([f"${iv}", f"${iv}.{r.choice(['99', '00', '50', '49', '95'])}", f"${iv:,}",
                         f"{iv} bucks" if iv < 80 else f"${iv:,}"])

    def date(self) -> str:
        r, d, m = self.rng, self.rng.randint(1, 28), self.rng.randint(1, 12)
        if self.lang == "pt":
            return r.choice([f"{d:02d}/{m:02d}", f"{d}/{m}", f"{d} de {MONTHS['pt'][m-1]}"])
        if self.lang == "es":
            return r.choice([f"{d} de {MONTHS['es'][m-1]}", f"{d:02d}/{m:02d}", f"{d}/{m}"])
        suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return r.choice([f"{MONTHS['en'][m-1]} {d}", f"{MONTHS['en'][m-1][:3]} {d}", f"{m}/{d}",
                         f"the {d}{suf}"])

    def hour(self) -> str:
        r, h = self.rng, self.rng.randint(7, 23)
        mm = r.choice(["00", "30", "15", "45"])
        if self.lang == "pt":
            return r.choice([f"{h}h", f"{h}h{mm}", f"{h}:{mm}"])
        if self.lang == "es":
            return r.choice([f"{h}:{mm}", f"{h} h", f"{h}:{mm} hs"])
        hh = h - 12 if h > 12 else h
        ap = "pm" if h >= 12 else "am"
        return r.choice([f"{hh}{ap}", f"{hh}:{mm}{ap}", f"{hh}:{mm} {ap.upper()}"])

    def order(self) -> str:
        r = self.rng
        n = r.randint(10000, 99999999)
        if self.lang == "pt":
            return r.choice([f"#{n}", f"{n}", f"nº {n}", f"BR{n}", f"#{r.randint(100, 999)}-{r.randint(1000, 9999)}"])
        if self.lang == "es":
            return r.choice([f"#{n}", f"{n}", f"n.º {n}", f"MX-{n}", f"#{r.randint(100, 999)}-{r.randint(1000, 9999)}"])
        return r.choice([f"#{n}", f"{n}", f"#ORD-{n}", f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}"])

    def proto(self) -> str:
        r = self.rng
        return r.choice([str(r.randint(10**9, 10**10)), f"2024{r.randint(10**6, 10**7)}",
                         f"#{r.randint(100000, 999999)}", f"CS-{r.randint(100000, 999999)}"])

    def url(self, brand: str) -> str:
        r = self.rng
        code = "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        tld = {"pt": ".com.br", "es": r.choice([".com", ".mx", ".es", ".com.ar"]), "en": ".com"}[self.lang]
        return r.choice([f"https://bit.ly/{code}", f"https://{_slug(brand).lower()}{tld}/promo",
                         f"t.co/{code}", f"https://{_slug(brand).lower()}{tld}/{code.lower()}",
                         f"https://lnk.to/{code}"])

    def handle(self, brand: str) -> str:
        r = self.rng
        suf = {"pt": ["", "", "BR", "_br", "Oficial", "Ajuda", "Responde"],
               "es": ["", "", "_mx", "_ar", "ES", "Ayuda", "Oficial", "Co"],
               "en": ["", "", "Help", "Support", "UK", "Care", "US"]}[self.lang]
        base = _slug(brand)
        base = r.choice([base, base, base.lower()])
        return "@" + base + r.choice(suf)

    def hashtag(self, brand: str) -> str:
        return "#" + _slug(brand)

    # ---- main ----------------------------------------------------------
    def fill(self, template: str, tags: set[str]) -> tuple[str, dict]:
        r = self.rng
        sector = next((t for t in tags if t in SECTORS), None) or r.choice(SECTORS)
        region = self.region(tags)
        pool = self.brands(sector)
        b, b2 = r.sample(pool, 2)
        prod_sector = sector if sector in ("tech", "shop") else r.choice(["tech", "shop"])
        slots = set(self.SLOT.findall(template))
        base = r.choice([r.uniform(20, 300), r.uniform(60, 900), r.uniform(300, 3000)])
        if "amt2" in slots:
            base = r.uniform(300, 900)
        if self.lang == "es" and region not in CITIES:
            region = "mx"
        city_key = {"br": "pt", "us": "en"}.get(region, region)
        vals = {
            "b": b, "b2": b2, "h": self.handle(b), "t": self.hashtag(b),
            "prod": r.choice(PRODUCTS[self.lang][prod_sector]),
            "order": self.order(), "amt": self.amount(region, base),
            "amt2": self.amount(region, r.uniform(50, 160)), "date": self.date(),
            "city": r.choice(CITIES[city_key]), "dur": r.choice(DUR[self.lang]),
            "wait": r.choice(WAIT[self.lang]), "hour": self.hour(), "proto": self.proto(),
            "url": self.url(b), "name": r.choice(NAMES[self.lang]), "fname": r.choice(FNAMES[self.lang]),
            "flight": f"{_slug(b)[:2].upper()}{r.choice(['', ' '])}{r.randint(100, 9999)}",
        }
        missing = slots - set(vals)
        if missing:
            raise KeyError(f"unknown slot(s) {missing} in: {template}")
        text = self.SLOT.sub(lambda m: vals[m.group(1)], template)
        return text, vals


# --------------------------------------------------------------------------
# Noise: label-preserving surface variation.
# --------------------------------------------------------------------------
ABBREV = {
    "pt": [(r"\bvocê\b", "vc"), (r"\bvocês\b", "vcs"), (r"\bporque\b", "pq"), (r"\bpor que\b", "pq"),
           (r"\btambém\b", "tbm"), (r"\bque\b", "q"), (r"\bnão\b", "n"), (r"\bnão\b", "nao"),
           (r"\bestá\b", "tá"), (r"\bpara\b", "pra"), (r"\bmuito\b", "mt"), (r"\bhoje\b", "hj"),
           (r"\bbeleza\b", "blz"), (r"\bcomigo\b", "cmg"), (r"\bobrigad[oa]\b", "obg"),
           (r"\bpor favor\b", "pfv"), (r"\bmesmo\b", "msm"), (r"\bquando\b", "qnd")],
    "es": [(r"\bque\b", "q"), (r"\bque\b", "k"), (r"\bporque\b", "xq"), (r"\bpor qué\b", "xq"),
           (r"\bpor favor\b", "xfa"), (r"\btambién\b", "tmb"), (r"\bpara\b", "pa"), (r"\bestá\b", "ta"),
           (r"\bnada\b", "na"), (r"\bpero\b", "pro"), (r"\bmuy\b", "mui"), (r"\bsaludos\b", "saludos")],
    "en": [(r"\byou\b", "u"), (r"\bare\b", "r"), (r"\bplease\b", "pls"), (r"\bbecause\b", "bc"),
           (r"\bthough\b", "tho"), (r"\bto be honest\b", "tbh"), (r"\bpeople\b", "ppl"),
           (r"\bsomething\b", "smth"), (r"\bwith\b", "w/"), (r"\bthanks\b", "thx"), (r"\bgoing to\b", "gonna"),
           (r"\bI don't know\b", "idk"), (r"\bright now\b", "rn")],
}
LAUGH = {"pt": ["kkkk", "kkkkkk", "rsrs", "kkk"], "es": ["jajaja", "jaja", "jsjs", "JAJAJA"],
         "en": ["lol", "lmao", "haha", "😂"]}
EMO_POS = ["😂", "😍", "🔥", "🙌", "❤️", "😅", "🥰", "✨", "👏", "😁"]
EMO_NEG = ["😡", "😤", "🙄", "😩", "😠", "💀", "😒", "😭", "🤦", "😑", "👎"]
EMO_NEU = ["👀", "🤔", "📢", "🤷", "😅", "📱", "🙃"]
POS_KINDS = {"praise", "slang_praise", "sarcasm_praise", "resolved_thanks", "joke", "chatter", "jobs",
             "casual_profanity", "generic_praise"}
NEG_KINDS_OTHER = {"vague_baseless", "sarcasm_vague", "polite_baseless", "generic_vague"}


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["swap", "drop", "double", "swap"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def add_noise(text: str, lang: str, label: str, kind: str, vals: dict, rng: random.Random) -> str:
    allcaps_kind = "allcaps" in kind
    if allcaps_kind:
        if rng.random() < 0.75:
            text = text.upper()
        return text
    # accents dropped (very common in quick posts)
    if lang in ("pt", "es") and rng.random() < 0.3:
        text = strip_accents(text)
    # abbreviations
    if rng.random() < 0.3:
        for pat, rep in ABBREV[lang]:
            if rng.random() < 0.5:
                text = re.sub(pat, rep, text, count=rng.choice([1, 5]), flags=re.IGNORECASE)
    # typos
    if rng.random() < 0.18:
        words = text.split(" ")
        for _ in range(rng.choice([1, 1, 2])):
            j = rng.randrange(len(words))
            if not any(ch in words[j] for ch in "@#/{}$€£"):
                words[j] = typo(words[j], rng)
        text = " ".join(words)
    # casing
    x = rng.random()
    if x < 0.22:
        text = text.lower()
    elif x < 0.25 and label != "other" and len(text) < 140:
        text = text.upper()
    elif x < 0.27 and text[:1].islower():
        text = text[:1].upper() + text[1:]
    # trailing punctuation
    if rng.random() < 0.25:
        text = text.rstrip(".!")
    elif rng.random() < 0.05 and label != "other":
        text = text.rstrip(".!") + rng.choice(["!!!", "!!", "?!", "!!!!!"])
    # emojis
    if rng.random() < 0.16:
        if kind in POS_KINDS:
            pool = EMO_POS
        elif label == "other" and kind not in NEG_KINDS_OTHER:
            pool = EMO_NEU + EMO_POS[:3]
        else:
            pool = EMO_NEG
        e = rng.choice(pool)
        text = text + " " + e * rng.choice([1, 1, 2, 3])
    # laughter (not on threats)
    p_laugh = 0.07 if label == "other" else 0.0 if kind in ("threat", "polite_founded", "long_rant_founded") else 0.03
    if rng.random() < p_laugh:
        text = text + " " + rng.choice(LAUGH[lang])
    # handle / hashtag
    if kind.startswith("generic_ref"):  # no brand behind a generic reference
        return re.sub(r"\s+", " ", text).strip()
    if "@" not in text and rng.random() < 0.12:
        text = (vals["h"] + " " + text) if rng.random() < 0.7 else (text + " " + vals["h"])
    if rng.random() < 0.06 and "#" not in text:
        text = text + " " + vals["t"]
    return re.sub(r"\s+", " ", text).strip()


def norm_key(text: str) -> str:
    s = strip_accents(text.lower())
    return re.sub(r"[\s!-/:-@\[-`{-~]+", "", s)


def parse_pool(block: str) -> list[tuple[set[str], str]]:
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tags: set[str] = set()
        if "|" in line:
            head, rest = line.split("|", 1)
            cand = {t.strip() for t in head.split(",")}
            if cand and cand <= set(SECTORS) | set(REGIONS):
                tags, line = cand, rest.strip()
        out.append((tags, line))
    return out


def load_templates(supplement: bool | str = False) -> list[dict]:
    """All templates as dicts: lang, label, kind, tags, text, template id.

    `supplement=True` gives only the templates of pools_general.py (ids prefixed "gen:"),
    `supplement="hard"` only those of pools_hard.py (ids prefixed "hard:")."""
    if supplement == "hard":
        return [{"lang": lang, "label": label, "kind": kind, "tags": tags, "text": text,
                 "template": f"hard:{lang}:{label}:{kind}:{i}"}
                for lang in LANGS for label, kinds in pools_hard.POOLS[lang].items()
                for kind, block in kinds.items() for i, (tags, text) in enumerate(parse_pool(block))]
    if supplement:
        return [{"lang": lang, "label": label, "kind": kind, "tags": tags, "text": text,
                 "template": f"gen:{lang}:{label}:{kind}:{i}"}
                for lang in LANGS for label, kinds in pools_general.POOLS[lang].items()
                for kind, block in kinds.items() for i, (tags, text) in enumerate(parse_pool(block))]
    mods = {"pt": pools_pt.POOLS, "es": pools_es.POOLS, "en": pools_en.POOLS}
    templates = []
    for lang in LANGS:
        pools = {lab: dict(kinds) for lab, kinds in mods[lang].items()}
        extra = [(lab, kind, block) for mod in (pools_extra, pools_more)
                 for lab, kinds in mod.POOLS[lang].items() for kind, block in kinds.items()]
        for lab, kind, block in extra:
            pools.setdefault(lab, {})
            pools[lab][kind] = pools[lab].get(kind, "") + "\n" + block
        for label in LABELS:
            for kind, block in pools[label].items():
                for i, (tags, text) in enumerate(parse_pool(block)):
                    templates.append({"lang": lang, "label": label, "kind": kind, "tags": tags,
                                      "text": text, "template": f"{lang}:{label}:{kind}:{i}"})
    return templates


def generate(seed: int = SEED) -> list[dict]:
    """Original rows (shuffled), then the pools_general.py supplement (shuffled), then the
    pools_hard.py supplement (shuffled per language)."""
    seen: set[str] = set()
    rows = _generate(random.Random(seed), load_templates(), TARGET, seen)
    rows += _generate(random.Random(SUPPLEMENT_SEED), load_templates(supplement=True),
                      SUPPLEMENT_TARGET, seen)
    hard_rng = random.Random(HARD_SEED)
    hard = load_templates(supplement="hard")
    for lang in LANGS:
        rows += _generate(hard_rng, [t for t in hard if t["lang"] == lang], HARD_TARGET[lang], seen)
    return rows


def _generate(rng: random.Random, templates: list[dict], targets: dict[str, int],
              seen: set[str]) -> list[dict]:
    rows: list[dict] = []
    for lang in LANGS:
        filler = Filler(lang, rng)
        for label in LABELS:
            tpls = [t for t in templates if t["lang"] == lang and t["label"] == label]
            target = targets.get(label, 0)
            if not tpls or not target:
                continue
            made = 0
            fails = Counter()
            rounds = 0
            while made < target and rounds < 40:
                rounds += 1
                order = tpls[:]
                rng.shuffle(order)
                for t in order:
                    if made >= target:
                        break
                    if fails[t["template"]] >= 6:
                        continue
                    text, vals = filler.fill(t["text"], t["tags"])
                    # the first instance of each template stays close to the hand-written form
                    if rounds > 1 or rng.random() < 0.5:
                        text = add_noise(text, lang, label, t["kind"], vals, rng)
                    key = norm_key(text)
                    if not key or key in seen:
                        fails[t["template"]] += 1
                        continue
                    seen.add(key)
                    rows.append({"text": text, "label": label, "lang": lang, "kind": t["kind"],
                                 "template": t["template"]})
                    made += 1
            if made < target:
                print(f"warning: {lang}/{label}: only {made}/{target} rows", file=sys.stderr)
    rng.shuffle(rows)
    return rows


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["text", "label", "lang", "kind"])
    for r in rows:
        w.writerow([r["text"], r["label"], r["lang"], r["kind"]])
    return buf.getvalue()


def counts_markdown(rows: list[dict]) -> str:
    lines = []
    total = len(rows)
    lines.append(f"Total rows: **{total}**; templates used: {len({r['template'] for r in rows})}.\n")
    lines.append("| lang | other | founded_complaint | disrespectful | total |")
    lines.append("|---|---:|---:|---:|---:|")
    c = Counter((r["lang"], r["label"]) for r in rows)
    for lang in LANGS:
        n = [c[(lang, lab)] for lab in LABELS]
        lines.append(f"| {lang} | {n[0]} | {n[1]} | {n[2]} | {sum(n)} |")
    n = [sum(c[(lg, lab)] for lg in LANGS) for lab in LABELS]
    lines.append(f"| all | {n[0]} ({n[0]/total:.0%}) | {n[1]} ({n[1]/total:.0%}) | "
                 f"{n[2]} ({n[2]/total:.0%}) | {total} |")
    lines.append("")
    lines.append("Per label × kind × language (rows / distinct hand-written templates):\n")
    lines.append("| label | kind | pt | es | en |")
    lines.append("|---|---|---:|---:|---:|")
    ck = Counter((r["label"], r["kind"], r["lang"]) for r in rows)
    tk = Counter()
    for t in {(r["label"], r["kind"], r["lang"], r["template"]) for r in rows}:
        tk[t[:3]] += 1
    kinds = sorted({(r["label"], r["kind"]) for r in rows}, key=lambda x: (LABELS.index(x[0]), x[1]))
    for lab, kind in kinds:
        cells = [f"{ck[(lab, kind, lg)]} / {tk[(lab, kind, lg)]}" for lg in LANGS]
        lines.append(f"| {lab} | {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def update_datacard(md: str) -> None:
    if not DATACARD.exists():
        return
    text = DATACARD.read_text(encoding="utf-8")
    start, end = "<!-- COUNTS START -->", "<!-- COUNTS END -->"
    if start in text and end in text:
        pre, rest = text.split(start, 1)
        _, post = rest.split(end, 1)
        DATACARD.write_text(pre + start + "\n" + md + "\n" + end + post, encoding="utf-8")


def main(argv: list[str]) -> int:
    rows = generate()
    data = to_csv(rows)
    if "--check" in argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("labelled.csv is up to date" if ok else "labelled.csv differs from a fresh generation")
        return 0 if ok else 1
    OUT.write_text(data, encoding="utf-8")
    md = counts_markdown(rows)
    print(md)
    update_datacard(md)
    print(f"\nwrote {OUT} ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
