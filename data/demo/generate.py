#!/usr/bin/env python3
"""Deterministic generator of the Veloz demo data set (stdlib only).

    python data/demo/generate.py

writes, next to this script:
    mentions.jsonl      public mentions (one JSON object per line, sorted by created_at)
    truth.csv           source,author_id,persona          (one row per author account)
    mention_truth.csv   source,id,category                 (one row per mention)
    crm.csv             a customer CRM export (BRL amounts)
    crm_truth.csv       customer_id,source,author_id,link  (which CRM rows belong to which authors)
    README.md           the data card, with the counts of this run

Everything is driven by one fixed seed, so two runs write byte-identical files.
The texts come from the hand-written pools in tpl_pt.py, tpl_es.py, tpl_en.py and
tpl_cast.py; this file only combines them with slot values (cities, products,
amounts, order numbers, dates) and gives them authors, times and native ids.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import tpl_cast as CAST  # noqa: E402
import tpl_en  # noqa: E402
import tpl_es  # noqa: E402
import tpl_pt  # noqa: E402

SEED = 20261122
UTC = timezone.utc
START = datetime(2026, 9, 21, tzinfo=UTC)  # Monday
END = datetime(2026, 11, 23, tzinfo=UTC)  # exclusive: last day is Sunday 2026-11-22
NDAYS = (END - START).days  # 63 = 9 weeks
DAYS = [START.date() + timedelta(days=i) for i in range(NDAYS)]

TPL = {"pt": tpl_pt, "es": tpl_es, "en": tpl_en}
LANG_OF = {"br": "pt", "mx": "es", "ar": "es", "es": "es", "us": "en"}
SOURCES = ["mastodon", "bluesky", "reddit", "x", "youtube", "rss", "hackernews"]

N_NEUTRAL = 480
N_HN_USERS = 20
N_FANS = 150
N_ONE_OFF = 235
N_POLITE = 12
N_CUSTOMERS = 460

rng = random.Random(SEED)


def d(s: str) -> date:
    return date.fromisoformat(s)


def wchoice(pairs):
    """Weighted choice from [(item, weight), ...] using the module rng."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def quota(n: int, weights: list[tuple]) -> list:
    """Exactly proportioned, shuffled list of n items (largest remainder), so group mixes don't drift."""
    total = sum(w for _, w in weights)
    raw = [(item, n * w / total) for item, w in weights]
    counts = {item: int(x) for item, x in raw}
    left = n - sum(counts.values())
    for item, x in sorted(raw, key=lambda r: -(r[1] - int(r[1])))[:left]:
        counts[item] += 1
    out = [item for item, _ in weights for _ in range(counts[item])]
    rng.shuffle(out)
    return out


LANG_COUNTRY = {"pt": ["br"], "en": ["us"]}


def lang_countries(n: int, langs: list[tuple], es_mix: list[tuple]) -> list[tuple[str, str]]:
    langs_q = quota(n, langs)
    es_q = iter(quota(sum(1 for x in langs_q if x == "es"), es_mix))
    return [(lang, next(es_q) if lang == "es" else LANG_COUNTRY[lang][0]) for lang in langs_q]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", strip_accents(s).lower())


def url_slug(s: str, n: int = 8) -> str:
    words = re.findall(r"[a-z0-9]+", strip_accents(s).lower())
    return "-".join(words[:n])


# ============================================================ people & names
NAMES = {
    "pt": {
        "f": ["Ana", "Ana Paula", "Ana Clara", "Bruna", "Camila", "Carla", "Daniela", "Fernanda", "Gabriela",
              "Juliana", "Larissa", "Letícia", "Mariana", "Patrícia", "Renata", "Tatiane", "Vanessa", "Aline",
              "Beatriz", "Jéssica", "Luana", "Thaís", "Raquel", "Priscila", "Débora", "Amanda", "Natália", "Isabela",
              "Sabrina", "Rafaela", "Maria Eduarda", "Vitória", "Cláudia", "Simone", "Adriana", "Kelly", "Joana"],
        "m": ["Bruno", "Carlos", "Diego", "Eduardo", "Felipe", "Gustavo", "Henrique", "Igor", "João Pedro", "João",
              "Lucas", "Marcelo", "Matheus", "Rafael", "Rodrigo", "Thiago", "Vinícius", "Leandro", "André", "Paulo",
              "Caio", "Wesley", "Fábio", "Renan", "Gabriel", "Pedro", "Leonardo", "Daniel", "Márcio", "Alexandre",
              "Luiz Fernando", "Everton", "Anderson", "Otávio"],
        "last": ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira", "Rodrigues",
                 "Almeida", "Nascimento", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa",
                 "Moreira", "Cardoso", "Teixeira", "Mendes", "Freitas", "Vieira", "Monteiro", "Batista", "Campos",
                 "Dias", "Pinto", "Cavalcanti", "Correia", "Nogueira", "Farias", "Macedo", "Brito", "Queiroz",
                 "Siqueira", "Andrade", "Moura", "Bezerra"],
    },
    "es": {
        "f": ["Sofía", "Valentina", "Camila", "Lucía", "María José", "Fernanda", "Daniela", "Paula", "Carmen", "Laura",
              "Andrea", "Florencia", "Agustina", "Micaela", "Ximena", "Guadalupe", "Ana Sofía", "Regina", "Itzel",
              "Marisol", "Rocío", "Nerea", "Irene", "Alba", "Lorena", "Martina", "Natalia"],
        "m": ["Diego", "Santiago", "Matías", "Alejandro", "Javier", "Pablo", "Luis", "Jorge", "Emiliano", "Tomás",
              "Facundo", "Nicolás", "Álvaro", "Sergio", "Rodrigo", "Iván", "Juan Pablo", "José Luis", "Carlos", "Raúl",
              "Hugo", "Gonzalo", "Joaquín", "Mateo", "Adrián", "Eduardo", "Arturo"],
        "last": ["García", "Martínez", "López", "Hernández", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
                 "Torres", "Flores", "Ruiz", "Díaz", "Moreno", "Álvarez", "Romero", "Gómez", "Fernández", "Navarro",
                 "Castro", "Vargas", "Medina", "Herrera", "Molina", "Aguilar", "Ortiz", "Jiménez", "Rojas",
                 "Domínguez", "Gutiérrez", "Mendoza", "Cabrera", "Sosa", "Acosta", "Benítez", "Salazar"],
    },
    "en": {
        "f": ["Emily", "Sarah", "Jessica", "Ashley", "Megan", "Rachel", "Olivia", "Hannah", "Lauren", "Nicole",
              "Jasmine", "Brianna", "Kayla", "Amanda", "Taylor", "Morgan", "Danielle", "Stephanie", "Gabriela",
              "Mariana", "Keisha", "Allison"],
        "m": ["Michael", "Chris", "Josh", "Tyler", "Ryan", "Kevin", "Brandon", "Jason", "Matt", "Andrew", "Marcus",
              "Jordan", "Justin", "Eric", "Anthony", "Sean", "Carlos", "Luis", "DeShawn", "Tony", "Nate", "Omar"],
        "last": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
                 "Thomas", "Moore", "Martin", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall",
                 "Young", "King", "Nguyen", "Patel", "Kim", "Rivera", "Reyes", "Cruz", "Ortiz", "Brooks", "Murphy",
                 "Cohen", "O'Brien", "Foster", "Coleman", "Ramos"],
    },
}
# nickname handles: (nick, gender or "", country or "")
NICKS = {
    "pt": [("cafezinho", "", ""), ("gatinha", "f", ""), ("pedalurbano", "m", ""), ("noturna", "f", ""),
           ("mineirinho", "m", ""), ("paulistana", "f", ""), ("carioca", "", ""), ("nerdola", "", ""),
           ("concurseira", "f", ""), ("maedepet", "f", ""), ("devcansado", "m", ""), ("torcedor", "m", ""),
           ("viajante", "", ""), ("leitora", "f", ""), ("maromba", "m", ""), ("playernoturno", "m", ""),
           ("tiadozap", "f", ""), ("sextou", "", ""), ("boleirodefim", "m", ""), ("plantinhas", "", "")],
    "es": [("chilanga", "f", "mx"), ("tapatio", "m", "mx"), ("regio", "m", "mx"), ("portena", "f", "ar"),
           ("cordobes", "m", "ar"), ("gamer", "", ""), ("cafecito", "", ""), ("viajera", "f", ""),
           ("gatitos", "", ""), ("runner", "", ""), ("lectora", "f", ""), ("chefcasero", "m", ""),
           ("futbolero", "m", ""), ("madrileno", "m", "es"), ("nomada", "", ""), ("tacosalpastor", "", "mx")],
    "en": [("coffeeaddict", "", ""), ("nightowl", "", ""), ("gymrat", "", ""), ("dogmom", "f", ""),
           ("bookworm", "", ""), ("plantdad", "m", ""), ("gamerguy", "m", ""), ("foodie", "", ""), ("runner", "", ""),
           ("beachbum", "", ""), ("texasmade", "", ""), ("miamivibes", "", ""), ("sneakerhead", "", "")],
}
EMOJI_NAME = ["🌻", "✨", "🌈", "⚽", "🎮", "🌵", "☕", "🐶", "🐱", "🎧", "📚", "🌊", "🔥", "💜", "🇧🇷", "🏳️‍🌈"]
INSTANCES = {"pt": ["mastodon.social", "masto.donte.com.br", "bolha.us", "mastodon.com.br"],
             "es": ["mastodon.social", "mast.lat", "masto.es"],
             "en": ["mastodon.social", "mastodon.online", "hachyderm.io", "mas.to"]}
REDDIT_ADJ = ["Ok", "Substantial", "Hungry", "Puzzled", "Flat", "Capital", "Practical", "Latter", "Glittering", "Icy"]
REDDIT_NOUN = ["Seaweed", "Pangolin", "Ad", "Wallaby", "Sherbert", "Pen", "Rabbit", "Cucumber", "Dig", "Ant"]
B32 = "abcdefghijklmnopqrstuvwxyz234567"
S32 = "234567abcdefghijklmnopqrstuvwxyz"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def rand_str(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def b36(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = B36[r] + s
    return s or "0"


def make_person(lang: str, country: str, gender: str | None = None) -> dict:
    gender = gender or rng.choice("fm")
    pool = NAMES[lang]
    first = rng.choice(pool[gender])
    if lang == "pt":
        surnames = [rng.choice(pool["last"])] + ([rng.choice(pool["last"])] if rng.random() < 0.5 else [])
        social_last = surnames[-1]
    elif lang == "es":
        two = rng.random() < (0.25 if country == "ar" else 0.7)
        surnames = [rng.choice(pool["last"])] + ([rng.choice(pool["last"])] if two else [])
        social_last = surnames[0]
    else:
        surnames = [rng.choice(pool["last"])]
        social_last = surnames[0]
    if len(surnames) == 2 and surnames[0] == surnames[1]:
        surnames = surnames[:1]
    return {"first": first, "surnames": surnames, "social_last": social_last, "gender": gender,
            "lang": lang, "country": country}


def full_name(p: dict) -> str:
    return " ".join([p["first"]] + p["surnames"])


def social_name(p: dict) -> str:
    return f"{p['first']} {p['social_last']}"


def fuzzy_name(p: dict) -> str:
    """A display name that is recognisably, but not exactly, the CRM name."""
    first_parts = p["first"].split()
    opts = []
    if len(first_parts) > 1:
        opts.append(f"{first_parts[0]} {first_parts[1][0]}. {p['social_last']}")
    if len(p["surnames"]) > 1:
        opts.append(f"{p['first']} {p['social_last']}")
    opts.append(f"{first_parts[0]} {p['social_last']}")
    opts.append(strip_accents(f"{p['first']} {p['social_last']}").lower())
    opts.append(f"{first_parts[0]} {p['social_last'][0]}.")
    name = rng.choice(opts)
    if name == full_name(p):
        name = f"{first_parts[0]} {p['social_last'][0]}."
    return name


def display_name(p: dict) -> str:
    first0 = p["first"].split()[0]
    r = rng.random()
    if r < 0.38:
        return social_name(p)
    if r < 0.50:
        return f"{first0} {p['social_last'][0]}."
    if r < 0.62:
        return f"{first0} {rng.choice(EMOJI_NAME)}"
    if r < 0.72:
        return social_name(p).lower()
    if r < 0.80:
        return full_name(p)
    if r < 0.88:
        city = rng.choice(TPL[p["lang"]].CITIES[p["country"]])
        return f"{first0} | {city}"
    return first0


# ============================================================ accounts
HANDLES: dict[str, set] = defaultdict(set)
ACCOUNTS: list[dict] = []


def handle_base(p: dict) -> str:
    f = slug(p["first"].split()[0])
    l_ = slug(p["social_last"])
    if rng.random() < 0.2:
        nicks = [n for n, g, c in NICKS[p["lang"]] if g in ("", p["gender"]) and c in ("", p["country"])]
        return rng.choice(nicks) + rng.choice(["", "_", ""]) + str(rng.randint(1, 999))
    styles = [f"{f}_{l_}", f"{f}{l_}", f"{f}.{l_}", f"{f}{l_}{rng.randint(1, 99)}", f"{f[0]}{l_}",
              f"{f}_{l_[:3]}", f"{l_}{f}", f"{f}{rng.randint(80, 2005)}", f"{f}_{l_}_", f"the{f}{l_[:1]}"]
    return rng.choice(styles)


def fmt_handle(source: str, base: str, lang: str) -> tuple[str, str]:
    """Return (handle, extra) for a base name; extra is the mastodon instance."""
    b = base.lower()
    if source == "x":
        b = re.sub(r"[^a-z0-9_]", "_", b)[:15]
        return "@" + b, ""
    if source == "bluesky":
        b = re.sub(r"[^a-z0-9-]", "", b.replace("_", "-").replace(".", "")).strip("-") or "user"
        return b + ".bsky.social", ""
    if source == "mastodon":
        inst = rng.choice(INSTANCES[lang])
        b = re.sub(r"[^a-z0-9_]", "_", b)[:30]
        return f"@{b}@{inst}", inst
    if source == "reddit":
        if rng.random() < 0.3:
            sep = rng.choice(["-", "_"])
            return f"u/{rng.choice(REDDIT_ADJ)}{sep}{rng.choice(REDDIT_NOUN)}{sep}{rng.randint(1000, 9999)}", ""
        return "u/" + re.sub(r"[^a-z0-9_-]", "_", b)[:20], ""
    if source == "youtube":
        if rng.random() < 0.3:
            b = "".join(w.capitalize() for w in re.split(r"[._]", b) if w)
        return "@" + re.sub(r"[^A-Za-z0-9._-]", "", b)[:30], ""
    if source == "hackernews":
        return re.sub(r"[^a-z0-9_-]", "", b)[:15] or "hnuser", ""
    raise ValueError(source)


def new_author_id(source: str, handle: str, inst: str) -> str:
    if source == "x":
        if rng.random() < 0.35:
            return str(rng.randint(10 ** 7, 4 * 10 ** 9))
        return str(rng.randint(7 * 10 ** 17, 1_990_000_000_000_000_000))
    if source == "bluesky":
        return "did:plc:" + rand_str(B32, 24)
    if source == "mastodon":
        user = handle.split("@")[1]
        return f"https://{inst}/users/{user}"
    if source == "reddit":
        return "t2_" + b36(rng.randint(36 ** 6, 36 ** 8 - 1))
    if source == "youtube":
        return "UC" + rand_str(B64, 22)
    if source == "hackernews":
        return handle
    raise ValueError(source)


def add_account(source: str, person: dict, persona: str, handle: str | None = None, name: str | None = None,
                code: str = "") -> dict:
    lang = person["lang"]
    inst = ""
    if handle is None:
        base = handle_base(person)
        for attempt in range(50):
            handle, inst = fmt_handle(source, base, lang)
            if handle.lower() not in HANDLES[source]:
                break
            base = re.sub(r"\d+$", "", base)[:12] + str(rng.randint(2, 99))
    elif source == "mastodon":
        inst = handle.rsplit("@", 1)[1]
    if handle.lower() in HANDLES[source]:
        raise RuntimeError(f"duplicate handle {source} {handle}")
    HANDLES[source].add(handle.lower())
    if name is None:
        if source in ("reddit", "hackernews"):
            name = handle[2:] if handle.startswith("u/") else handle
        else:
            name = display_name(person)
    acct = {"source": source, "author_id": new_author_id(source, handle, inst), "handle": handle, "name": name,
            "lang": lang, "country": person["country"], "persona": persona, "person": person, "inst": inst,
            "code": code, "link": None}
    ACCOUNTS.append(acct)
    return acct


# ============================================================ time
def utc_offset(country: str, when: datetime) -> int:
    if country in ("br", "ar"):
        return -3
    if country == "mx":
        return -6
    if country == "es":
        return 2 if when < datetime(2026, 10, 25, 1, tzinfo=UTC) else 1
    if country == "us":
        return -4 if when < datetime(2026, 11, 1, 6, tzinfo=UTC) else -5
    return 0


def local_of(country: str, t: datetime) -> datetime:
    return (t + timedelta(hours=utc_offset(country, t))).replace(tzinfo=None)


def to_utc(country: str, local: datetime) -> datetime:
    guess = local.replace(tzinfo=UTC)
    return guess - timedelta(hours=utc_offset(country, guess))


HOURS_DAY = [1.5, 0.9, 0.5, 0.3, 0.2, 0.3, 0.8, 2.0, 3.5, 4.5, 5, 5.5, 6.5, 6, 5, 5, 5, 5.5, 6.5, 7.5, 8.5, 8.5, 7, 4]
HOURS_NIGHT = [6, 5, 3.5, 2, 1, 0.5, 0.5, 1, 1.5, 2, 2, 2, 2.5, 2.5, 2, 2, 2, 2.5, 3, 4, 5, 6.5, 8, 8]
HOURS_OFFICE = [0, 0, 0, 0, 0, 0, 1, 3, 6, 8, 8, 7, 5, 5, 6, 6, 5, 4, 2, 1, 0.5, 0, 0, 0]

EVENT_WINDOWS = [
    ("price", "2026-09-29", "2026-10-04", {"br"}),
    ("outage", "2026-10-14", "2026-10-14", {"br", "mx", "ar", "es", "us"}),
    ("mxcard", "2026-10-22", "2026-10-30", {"mx"}),
    ("cyber", "2026-11-02", "2026-11-05", {"ar"}),
    ("double", "2026-11-03", "2026-11-10", {"br"}),
    ("leak", "2026-11-05", "2026-11-09", {"br", "mx", "ar", "es", "us"}),
    ("buenfin", "2026-11-13", "2026-11-17", {"mx"}),
    ("blackweek", "2026-11-16", "2026-11-22", {"br", "es", "us"}),
]
OUTAGE_UTC = (datetime(2026, 10, 14, 17, 20, tzinfo=UTC), datetime(2026, 10, 14, 21, 40, tzinfo=UTC))
MX_CARD_LAUNCH = d("2026-10-22")


def events_on(day: date, country: str) -> list[str]:
    return [name for name, a, b, cs in EVENT_WINDOWS if country in cs and d(a) <= day <= d(b)]


def day_weight(day: date, country: str, group: str) -> float:
    i = (day - DAYS[0]).days
    w = (1.0, 1.0, 1.0, 1.0, 1.05, 0.85, 0.8)[day.weekday()] * (1 + 0.25 * i / NDAYS)
    ev = events_on(day, country)
    bumps = {
        "neutral": {"outage": 2.5, "price": 1.3, "mxcard": 1.8, "cyber": 1.7, "leak": 1.3, "buenfin": 1.9,
                    "blackweek": 1.8, "double": 1.2},
        "complaint": {"outage": 4.0, "double": 2.5, "buenfin": 1.8, "blackweek": 2.0, "cyber": 1.6, "price": 1.2},
        "fan": {"blackweek": 1.5, "buenfin": 1.5, "cyber": 1.3, "mxcard": 1.3},
    }[group]
    for e in ev:
        w *= bumps.get(e, 1.0)
    return w


def pick_time(country: str, group: str, hours=HOURS_DAY, lo: date | None = None, hi: date | None = None,
              day: date | None = None) -> datetime:
    for _ in range(100):
        if day is None:
            cands = [x for x in DAYS if (lo is None or x >= lo) and (hi is None or x <= hi)]
            dd = wchoice([(x, day_weight(x, country, group)) for x in cands])
        else:
            dd = day
        h = wchoice(list(enumerate(hours)))
        local = datetime(dd.year, dd.month, dd.day, h, rng.randrange(60), rng.randrange(60))
        t = to_utc(country, local)
        if START <= t < END:
            return t
    return START + timedelta(hours=12)


# ============================================================ products & money
# key, BRL min, BRL max, pt, mx, ar, es (name, gender), en
PRODUCTS = [
    ("airfryer", 299, 899, ("air fryer", "f"), ("freidora de aire", "f"), ("freidora de aire", "f"), ("freidora de aire", "f"), "air fryer"),
    ("tv", 1899, 3999, ('smart TV de 50"', "f"), ('pantalla de 55"', "f"), ('tele de 50"', "f"), ('tele de 50"', "f"), '55" TV'),
    ("laptop", 2499, 6999, ("notebook", "m"), ("laptop", "f"), ("notebook", "f"), ("portátil", "m"), "laptop"),
    ("phone", 999, 5499, ("celular", "m"), ("celular", "m"), ("celular", "m"), ("móvil", "m"), "phone"),
    ("fridge", 2299, 5999, ("geladeira", "f"), ("refrigerador", "m"), ("heladera", "f"), ("frigorífico", "m"), "fridge"),
    ("washer", 1799, 3999, ("máquina de lavar", "f"), ("lavadora", "f"), ("lavarropas", "m"), ("lavadora", "f"), "washer"),
    ("coffee", 199, 1499, ("cafeteira", "f"), ("cafetera", "f"), ("cafetera", "f"), ("cafetera", "f"), "espresso machine"),
    ("robotvac", 899, 2999, ("aspirador robô", "m"), ("aspiradora robot", "f"), ("aspiradora robot", "f"), ("robot aspirador", "m"), "robot vacuum"),
    ("chair", 699, 1899, ("cadeira gamer", "f"), ("silla gamer", "f"), ("silla gamer", "f"), ("silla gamer", "f"), "gaming chair"),
    ("watch", 299, 2499, ("smartwatch", "m"), ("smartwatch", "m"), ("smartwatch", "m"), ("smartwatch", "m"), "smartwatch"),
    ("microwave", 499, 1199, ("micro-ondas", "m"), ("microondas", "m"), ("microondas", "m"), ("microondas", "m"), "microwave"),
    ("console", 3799, 4499, ("PS5", "m"), ("PS5", "f"), ("PS5", "f"), ("PS5", "f"), "PS5"),
    ("mattress", 899, 3499, ("colchão", "m"), ("colchón", "m"), ("colchón", "m"), ("colchón", "m"), "mattress"),
    ("bike", 899, 2999, ("bicicleta", "f"), ("bicicleta", "f"), ("bicicleta", "f"), ("bicicleta", "f"), "bike"),
    ("monitor", 899, 2299, ('monitor de 27"', "m"), ('monitor de 27"', "m"), ('monitor de 27"', "m"), ('monitor de 27"', "m"), '27" monitor'),
    ("blender", 149, 599, ("liquidificador", "m"), ("licuadora", "f"), ("licuadora", "f"), ("batidora", "f"), "blender"),
    ("cookware", 199, 899, ("jogo de panelas", "m"), ("batería de cocina", "f"), ("batería de cocina", "f"), ("batería de cocina", "f"), "cookware set"),
    ("printer", 399, 1499, ("impressora", "f"), ("impresora", "f"), ("impresora", "f"), ("impresora", "f"), "printer"),
    ("tablet", 999, 3999, ("tablet", "m"), ("tablet", "f"), ("tablet", "f"), ("tablet", "f"), "tablet"),
    ("ac", 1799, 3499, ("ar-condicionado", "m"), ("minisplit", "m"), ("aire acondicionado", "m"), ("aire acondicionado", "m"), "window AC unit"),
    ("stroller", 599, 2499, ("carrinho de bebê", "m"), ("carriola", "f"), ("cochecito", "m"), ("carrito de bebé", "m"), "stroller"),
    ("speaker", 149, 999, ("caixinha de som", "f"), ("bocina bluetooth", "f"), ("parlante bluetooth", "m"), ("altavoz bluetooth", "m"), "bluetooth speaker"),
    ("fan", 149, 449, ("ventilador", "m"), ("ventilador", "m"), ("ventilador", "m"), ("ventilador", "m"), "tower fan"),
]
INSTALLABLE = {"tv", "fridge", "washer", "ac"}
COUNTRY_COL = {"br": 3, "mx": 4, "ar": 5, "es": 6}


def thousands(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


def money(brl: float, country: str, style: int = 0) -> str:
    """Format a BRL-equivalent value as a price in the country's currency and usual style.

    `style` picks one of the country's common ways of writing prices; one post keeps one style.
    """
    if country == "br":
        cents = rng.choice([90, 90, 99, 0, 0])
        v = max(1, int(brl)) if cents else max(1, round(brl / 10) * 10)
        txt = f"{thousands(v, '.')},{cents:02d}"
        if rng.random() < 0.08 and v < 2000 and cents == 0:
            return f"{v} reais"
        return ("R$" if style % 5 == 0 else "R$ ") + txt
    if country == "mx":
        v = max(9, int(round(brl * 3.4 / 10) * 10 - 1))
        return [f"${thousands(v, ',')}", f"${thousands(v, ',')} MXN", f"${thousands(v, ',')}.00",
                f"{thousands(v, ',')} pesos"][style % 4]
    if country == "ar":
        v = max(999, int(round(brl * 240 / 1000) * 1000 - 1))
        if rng.random() < 0.12 and 20000 < v < 1_000_000:
            return f"{(v + 1) // 1000} lucas"
        return [f"${thousands(v, '.')}", f"$ {thousands(v, '.')}"][style % 2]
    if country == "es":
        v = brl * 0.17
        whole = max(1, int(v))
        return [f"{thousands(whole, '.')},99 €", f"{thousands(whole, '.')},99€", f"{thousands(whole, '.')},99 euros"][style % 3]
    v = brl * 0.19
    return f"${thousands(max(1, int(v)), ',')}.99"


PLUS_PRICE = {"br": "R$ 19,90", "mx": "$99 MXN", "ar": "$4.999", "es": "4,99 €", "us": "$7.99"}
BRAND_AT = {"x": {"br": "@veloz", "mx": "@VelozMX", "ar": "@VelozAR", "es": "@Veloz_ES", "us": "@VelozUS"},
            "bluesky": {"br": "@veloz.com.br", "mx": "@veloz.com.mx", "ar": "@veloz.com.ar", "es": "@veloz.es",
                        "us": "@veloz.com"}}
HELP_AT = {"br": "@VelozAjuda", "mx": "@VelozAyudaMX", "ar": "@VelozAyudaAR", "es": "@Veloz_Ayuda", "us": "@VelozHelp"}
EMO_POS = ["😍", "🙌", "❤️", "💜", "✨", "🥰", "👏", "🚀", "😊", "🔥"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ============================================================ template filling
class Ctx:
    """Slot values for one post. Values are cached so a slot repeated in one post agrees with itself."""

    def __init__(self, acct: dict, t: datetime, *, product_filter=None, fixed: dict | None = None):
        self.acct = acct
        self.t = t
        self.lang = acct["lang"]
        self.country = acct["country"]
        self.source = acct["source"]
        self.mod = TPL[self.lang]
        self.local = local_of(self.country, t)
        self.cache: dict = dict(fixed or {})
        self.product_filter = product_filter
        self.used_handles: set = set()
        self.v_caps = 0.04
        self.mstyle = rng.randrange(60)

    # --- helpers
    def product(self):
        if "_product" not in self.cache:
            cands = [p for p in PRODUCTS if self.product_filter is None or p[0] in self.product_filter]
            self.cache["_product"] = rng.choice(cands)
            pr = self.cache["_product"]
            self.cache["_price"] = rng.uniform(pr[1], pr[2])
        return self.cache["_product"]

    def pname(self):
        p = self.product()
        if self.lang == "en":
            return p[7], "m"
        return p[COUNTRY_COL[self.country]]

    def d0(self) -> date:
        if "_d0" not in self.cache:
            self.cache["_d0"] = self.local.date() - timedelta(days=rng.randint(3, 16))
        return self.cache["_d0"]

    def fmt_date(self, x: date, long: bool = False) -> str:
        if self.lang == "en":
            if long:
                return f"{tpl_en.MONTHS[x.month - 1]} {x.day}"
            return f"{EN_MON[x.month - 1]} {x.day}" if rng.random() < 0.7 else f"{x.month}/{x.day}"
        if long:
            return f"{x.day} de {self.mod.MONTHS[x.month - 1]}"
        return f"{x.day:02d}/{x.month:02d}"

    def slot(self, name: str, pos: int) -> str:
        if name in ("@", "@h", "emo"):
            return self.make(name, pos)
        if name not in self.cache:
            self.cache[name] = self.make(name, pos)
        return self.cache[name]

    def make(self, name: str, pos: int) -> str:
        c, lang, mod = self.country, self.lang, self.mod
        if name == "V":
            r = rng.random()
            return "VELOZ" if r < self.v_caps else ("veloz" if r < self.v_caps + 0.07 else "Veloz")
        if name == "@":
            if self.source in BRAND_AT:
                h = BRAND_AT[self.source][c]
            elif self.source == "mastodon" and rng.random() < 0.4:
                h = "@veloz@mastodon.social"
            elif self.source == "reddit" and pos == 0:
                return ""  # nobody opens a reddit comment by addressing the brand
            else:
                return "Veloz," if pos == 0 else "Veloz"
            if h in self.used_handles:
                return ""
            self.used_handles.add(h)
            return h
        if name == "@h":
            if self.source == "x":
                h = HELP_AT[c]
            elif self.source == "bluesky":
                h = BRAND_AT["bluesky"][c]
            else:
                return ""
            if h in self.used_handles:
                return ""
            self.used_handles.add(h)
            return h
        if name == "tag":
            tags = for_country(mod.TAGS, c)
            if self.local.date() < d("2026-11-08"):
                tags = [x for x in tags if not re.search(r"BuenFin|BlackWeek|BlackFriday", x)]
            return rng.choice(tags)
        if name == "city":
            return rng.choice(mod.CITIES[c])
        if name in ("product", "art", "uart", "dart", "o"):
            nm, g = self.pname()
            if name == "product":
                return nm
            if name == "o":
                return "a" if g == "f" else "o"
            if lang == "pt":
                return {"art": {"m": "o ", "f": "a "}, "uart": {"m": "um ", "f": "uma "},
                        "dart": {"m": "do ", "f": "da "}}[name][g] + nm
            if lang == "es":
                return {"art": {"m": "el ", "f": "la "}, "uart": {"m": "un ", "f": "una "},
                        "dart": {"m": "del ", "f": "de la "}}[name][g] + nm
            art = "an " if nm[0].lower() in "aeiou" else "a "
            return {"art": "the ", "uart": art, "dart": "the "}[name] + nm
        if name == "ga":
            return "a" if self.acct["person"]["gender"] == "f" else "o"
        if name == "wrong":
            return rng.choice(mod.WRONG[c])
        if name == "amount":
            self.product()
            return money(self.cache["_price"], c, self.mstyle)
        if name == "amount2":
            self.product()
            return money(self.cache["_price"] * rng.uniform(1.15, 1.45), c, self.mstyle)
        if name == "small":
            return money(rng.uniform(9.9, 39.9), c, self.mstyle)
        if name == "cash":
            return money(rng.uniform(15, 120), c, self.mstyle)
        if name == "gamount":
            return money(rng.uniform(140, 780), c, self.mstyle)
        if name == "plus":
            return PLUS_PRICE[c]
        if name == "order":
            n = rng.randint(1_000_000, 9_999_999)
            if c == "br":
                return rng.choice([f"#{n}", f"#{n}", f"VZ-{n}", f"{n}{rng.randint(0, 9)}"])
            if c == "us":
                return rng.choice([f"#VZ-US-{n}", f"#{n}"])
            return rng.choice([f"VZ-{c.upper()}-{n}", f"#{n}"])
        if name == "proto":
            if lang == "pt":
                return self.local.strftime("%Y%m%d") + f"{rng.randint(0, 999999):06d}"
            if lang == "es":
                return str(rng.randint(1_000_000, 9_999_999))
            return f"{rng.randint(0, 99_999_999):08d}"
        if name == "date":
            return self.fmt_date(self.d0())
        if name == "datel":
            return self.fmt_date(self.d0(), long=True)
        if name in ("due", "due2", "days", "n"):
            d0 = self.d0()
            span = (self.local.date() - d0).days
            if name == "days":
                return str(span)
            if name == "n":
                return str(rng.randint(2, max(2, min(7, span - 1))))
            if "_due" not in self.cache:
                self.cache["_due"] = d0 + timedelta(days=rng.randint(1, max(1, span - 2)))
            if name == "due":
                return self.fmt_date(self.cache["_due"])
            due = self.cache["_due"]
            left = (self.local.date() - due).days
            return self.fmt_date(due + timedelta(days=rng.randint(1, max(1, left - 1))))
        if name == "hour":
            hh = self.local.hour
            h = rng.randint(8, max(8, hh - 1)) if hh >= 9 else 7
            m = rng.randrange(60)
            if lang == "pt":
                return f"{h}h{m:02d}" if rng.random() < 0.6 else f"{h}:{m:02d}"
            if lang == "es":
                if c == "mx" and rng.random() < 0.4:
                    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
                return f"{h}:{m:02d}"
            return f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"
        if name == "month":
            x = self.local.date() - timedelta(days=rng.randint(31, 60))
            return mod.MONTHS[x.month - 1]
        if name == "courier":
            pool = mod.COURIERS[c] if isinstance(mod.COURIERS, dict) else mod.COURIERS
            return rng.choice(pool)
        if name == "coupon":  # the code carries the discount, and agrees with {pct} when both appear
            pct = self.cache.get("pct") or str(rng.choice([10, 15, 20, 25, 30]))
            self.cache["pct"] = pct
            return rng.choice(mod.COUPONS) + pct
        if name == "pct":
            return str(rng.choice([10, 15, 20, 25, 30, 35, 40, 50, 60, 70]))
        if name == "kkk":
            return rng.choice(mod.LAUGH[c])
        if name == "emo":
            return rng.choice(EMO_POS)
        if name == "store":
            return rng.choice(mod.STORES[c])
        if name == "bank":
            return rng.choice(mod.BANKS[c])
        if name == "cat":
            return rng.choice(mod.CATS)
        if name == "link":
            outlet = rng.choice(mod.NEWS_OUTLETS)[1]
            return f"https://{outlet}/noticia/{rng.randint(100000, 999999)}"
        if name == "spamlink":
            return rng.choice(CAST.SPAM_LINKS) + rand_str(B64[:62], rng.randint(5, 7))
        raise KeyError(f"unknown slot {{{name}}}")


SLOT_RE = re.compile(r"\{(@h|@|[a-z0-9]+|V)\}")
KNOWN_SLOTS = {"V", "@", "@h", "tag", "city", "product", "art", "uart", "dart", "o", "ga", "wrong", "amount",
               "amount2", "small", "cash", "gamount", "plus", "order", "proto", "date", "datel", "due", "due2",
               "days", "n", "hour", "month", "courier", "coupon", "pct", "kkk", "emo", "store", "bank", "cat",
               "link", "spamlink"}


def fill(tpl: str, ctx: Ctx) -> str:
    out, last = [], 0
    for m in SLOT_RE.finditer(tpl):
        out.append(tpl[last:m.start()])
        out.append(ctx.slot(m.group(1), m.start()))
        last = m.end()
    out.append(tpl[last:])
    return "".join(out)


def tidy(s: str) -> str:
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r" ([,.;:])", r"\1", s)
    s = re.sub(r"^[ ,.]+", "", s)
    s = re.sub(r"\s*\n\s*\n\s*", "\n\n", s)
    s = re.sub(r" *\n *", "\n", s)
    return s.strip()


def for_country(pool: list[str], country: str) -> list[str]:
    out = []
    for t in pool:
        m = re.match(r"\[(mx|ar|es)\]", t)
        if m is None:
            out.append(t)
        elif m.group(1) == country:
            out.append(t[m.end():])
    return out


# (substring, earliest local date, latest local date): keep texts consistent with the timeline
TIME_RULES = [
    ("Procon notificou", "2026-10-28", None), ("resultado do trimestre", "2026-11-11", None),
    ("en el trimestre", "2026-11-11", None), ("last quarter", "2026-11-11", None),
    ("Profeco tiene", "2026-10-29", None), ("lanza su tarjeta en México", "2026-10-22", "2026-11-05"),
    ("Oct 14 outage", "2026-10-14", None), ("leak rumor", "2026-11-06", None),
    ("duplicate-charge bug", "2026-11-04", None), ("earnings call", "2026-11-11", None),
    ("Black Friday discounts are real", "2026-11-12", None), ("Sorocaba", "2026-10-20", None),
    ("in-house in Mexico", "2026-10-22", None), ("vai ter Black Week", None, "2026-11-12"),
    ("vais a hacer Black Friday", None, "2026-11-15"), ("entrarle al Buen Fin", None, "2026-11-12"),
    ("se suman al CyberMonday", None, "2026-11-01"), ("doing Black Friday deals", None, "2026-11-14"),
    ("quase dezembro", "2026-11-08", None), ("casi es diciembre", "2026-11-08", None),
    ("Black Week", "2026-11-10", None), ("Buen Fin encima", "2026-11-08", None),
    ("subiu pra R$ 19,90", "2026-09-29", None), ("raised another round", "2026-10-01", None),
    ("5 milhões", "2026-09-24", None), ("5 million", "2026-09-24", None), ("drone", "2026-10-20", None),
    ("Colômbia", "2026-10-15", None), ("Colombia", "2026-10-15", None),
]


def time_ok(tpl: str, ctx: Ctx) -> bool:
    day = ctx.local.date()
    for sub, lo, hi in TIME_RULES:
        if sub in tpl:
            if lo and day < d(lo):
                return False
            if hi and day > d(hi):
                return False
    if ctx.country == "mx" and day < MX_CARD_LAUNCH and ("Veloz Card" in tpl or "tarjeta" in tpl):
        return False
    return True


GREETINGS = [(("bom dia", "buenos días", "buenos dias", "good morning"), range(5, 12)),
             (("boa tarde", "buenas tardes", "good afternoon"), range(12, 19)),
             (("boa noite", "buenas noches", "good night"), list(range(18, 24)) + list(range(0, 5)))]


def greeting_ok(text: str, hour: int) -> bool:
    """A 'good morning' must be posted in the morning (local time)."""
    low = text.lower()
    for words, hours in GREETINGS:
        if any(w in low for w in words) and hour not in hours:
            return False
    return True


def pick_tpl(pool: list[str], ctx: Ctx) -> str:
    cands = [t for t in for_country(pool, ctx.country) if time_ok(t, ctx) and greeting_ok(t, ctx.local.hour)]
    if not cands:
        cands = for_country(pool, ctx.country)
    return rng.choice(cands)


def casualize(text: str, lang: str) -> str:
    """Occasional lazy typing: dropped accents / inverted marks, pt abbreviations."""
    r = rng.random()
    if lang == "pt":
        if rng.random() < 0.3:
            text = re.sub(r"\bvocê\b", "vc", text)
            text = re.sub(r"\bporque\b", "pq", text)
            text = re.sub(r"\btambém\b", "tb", text)
            text = re.sub(r"\bestou\b", "tô", text)
        if r < 0.12:
            text = strip_accents(text)
    elif lang == "es":
        if r < 0.18:
            text = text.replace("¿", "").replace("¡", "")
            if rng.random() < 0.6:
                text = "".join(ch if ch in "ñÑ" else strip_accents(ch) for ch in text)
    else:
        if r < 0.08:
            text = re.sub(r"\bI\b", "i", text)
    return text


def mentions_brand(text: str) -> bool:
    return "veloz" in text.lower()


# ============================================================ posts
POSTS: list[dict] = []
SEEN_TEXT: set = set()


def norm_key(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def add_post(acct: dict, t: datetime, text: str, category: str, kind: str, meta: dict | None = None,
             unique: bool = True) -> dict:
    if not mentions_brand(text):
        raise RuntimeError(f"post without brand: {acct['source']} {text!r}")
    if acct["source"] in ("x",) and len(text) > 280:
        raise RuntimeError(f"too long for x: {text!r}")
    if unique:
        SEEN_TEXT.add(norm_key(text))
    post = {"acct": acct, "t": t, "text": text, "category": category, "kind": kind, "meta": meta or {}}
    POSTS.append(post)
    return post


MAXLEN = {"x": 280, "bluesky": 300, "mastodon": 500, "youtube": 600, "reddit": 3000, "hackernews": 2000, "rss": 1000}


def render(build, acct: dict, tries: int = 40, strict: bool = False) -> str | None:
    """Call build() until it gives a text that is new, fits the source and mentions the brand.

    With strict=True, give up (None) instead of returning a repeated text.
    """
    text = ""
    for _ in range(tries):
        text = tidy(build())
        if (len(text) <= MAXLEN[acct["source"]] and mentions_brand(text)
                and norm_key(text) not in SEEN_TEXT):
            SEEN_TEXT.add(norm_key(text))  # the bare text, before any reddit title is wrapped around it
            return text
    if strict:
        return None
    if not mentions_brand(text):
        text = text + (" #Veloz" if acct["source"] in ("mastodon", "x", "bluesky") else " (Veloz)")
    return text


def reddit_meta(acct: dict, category: str, is_post: bool) -> dict:
    mod = TPL[acct["lang"]]
    sub = rng.choice(mod.SUBREDDITS[acct["country"]])
    return {"reddit_kind": "t3" if is_post else "t1", "subreddit": sub}


def with_reddit_title(text: str, acct: dict, category: str, kind: str = "", t: datetime | None = None):
    """On reddit, some mentions are submissions (title + body, t3), the rest comments (t1)."""
    mod = TPL[acct["lang"]]
    if acct["source"] != "reddit":
        return text, {}
    if category == "neutral":
        is_post = kind in ("neutral:question", "neutral:polite_baseless") and rng.random() < 0.4
    else:
        is_post = rng.random() < (0.55 if category == "complaint" else 0.25)
    meta = reddit_meta(acct, category, is_post)
    if not is_post:
        return text, meta
    if category == "neutral":
        # the question is the title; the body adds a line of context
        title = text[0].upper() + text[1:]
        ctx = Ctx(acct, t or START)
        body = fill(rng.choice(mod.REDDIT_CONTEXT), ctx)
        meta["title"] = title
        return f"{title}\n\n{body}", meta
    for lead in REDDIT_LEAD[acct["lang"]]:
        if text.startswith(lead):
            text = text[len(lead):]
    title = rng.choice(mod.REDDIT_TITLES[category])
    meta["title"] = title
    return f"{title}\n\n{text[0].upper() + text[1:]}", meta


# ---------------------------------------------------------------- neutral
NEUTRAL_KINDS = [("question", 26), ("promo", 14), ("opinion", 24), ("joke", 11), ("news_share", 8), ("unrelated", 5)]


def neutral_text(acct: dict, t0: datetime) -> tuple[str, datetime, str]:
    mod = TPL[acct["lang"]]
    local_day = local_of(acct["country"], t0).date()
    evs = [e for e in events_on(local_day, acct["country"])
           if e in mod.EVENTS and for_country(mod.EVENTS[e], acct["country"])]
    for attempt in range(8):
        t = t0
        kind = wchoice(NEUTRAL_KINDS)
        if evs and attempt < 4 and rng.random() < 0.45:
            kind = "event:" + rng.choice(evs)
            if kind == "event:outage":
                t = OUTAGE_UTC[0] + timedelta(
                    seconds=rng.randint(0, int((OUTAGE_UTC[1] - OUTAGE_UTC[0]).total_seconds())))
            pool = mod.EVENTS[kind[6:]]
        elif acct["source"] == "youtube" and rng.random() < 0.55:
            kind = "youtube"
            pool = mod.NEUTRAL["youtube"]
        else:
            pool = mod.NEUTRAL[kind]
        if not for_country(pool, acct["country"]):
            continue

        def build(t=t, kind=kind, pool=pool):
            c = Ctx(acct, t)
            s = fill(pick_tpl(pool, c), c)
            if kind != "unrelated" and rng.random() < 0.08 and acct["source"] in ("x", "bluesky", "mastodon"):
                s += " " + c.slot("tag", 0)
            if acct["source"] == "mastodon" and kind != "unrelated" and rng.random() < 0.3 and "#" not in s:
                s += "\n\n#Veloz"
            return casualize(s, acct["lang"])

        text = render(build, acct, tries=15, strict=attempt < 7)
        if text:
            return text, t, kind
    raise RuntimeError("no neutral text")


def gen_neutral():
    people = []
    for lang, country in lang_countries(N_NEUTRAL, [("pt", 0.42), ("es", 0.32), ("en", 0.26)],
                                        [("mx", 0.5), ("ar", 0.25), ("es", 0.25)]):
        p = make_person(lang, country)
        src = wchoice([("x", 0.30), ("bluesky", 0.16), ("reddit", 0.17), ("youtube", 0.20),
                       ("mastodon", 0.09 if lang != "es" else 0.05)])
        acct = add_account(src, p, "neutral")
        people.append(acct)
        n = wchoice([(1, 52), (2, 22), (3, 11), (4, 6), (5, 4), (6, 2), (8, 2), (12, 1)])
        for _ in range(n):
            t = pick_time(country, "neutral")
            text, t, kind = neutral_text(acct, t)
            text, meta = with_reddit_title(text, acct, "neutral", "neutral:" + kind, t)
            add_post(acct, t, text, "other", "neutral:" + kind, meta)
    # polite but baseless accusations, from some of the neutral people
    askers = rng.sample([a for a in people if a["source"] != "hackernews"], N_POLITE)
    for acct in askers:
        mod = TPL[acct["lang"]]
        if rng.random() < 0.6:
            t = pick_time(acct["country"], "neutral", lo=d("2026-11-05"), hi=d("2026-11-12"))
        else:
            t = pick_time(acct["country"], "neutral")

        def build(acct=acct, t=t, mod=mod):
            c = Ctx(acct, t)
            return casualize(fill(pick_tpl(mod.POLITE, c), c), acct["lang"])

        text = render(build, acct)
        text, meta = with_reddit_title(text, acct, "neutral", "neutral:polite_baseless", t)
        add_post(acct, t, text, "other", "neutral:polite_baseless", meta)
    return people


def gen_hn():
    users = []
    for _ in range(N_HN_USERS):
        p = make_person("en", "us")
        base = rng.choice([slug(p["first"])[0] + slug(p["social_last"]), slug(p["first"]) + str(rng.randint(1, 99)),
                           rng.choice(["throwaway", "anon", "lurker", "devops", "ml"]) + str(rng.randint(100, 9999)),
                           slug(p["social_last"]) + rng.choice(["_", "-", ""]) + slug(p["first"])[:2]])
        handle, _ = fmt_handle("hackernews", base, "en")
        while handle.lower() in HANDLES["hackernews"]:
            handle = handle[:12] + str(rng.randint(1, 99))
        users.append(add_account("hackernews", p, "neutral", handle=handle, name=handle))
    lines = list(tpl_en.HN)
    rng.shuffle(lines)
    for i, line in enumerate(lines):
        acct = users[i % len(users)] if i < len(users) else rng.choice(users)
        for _ in range(50):
            t = pick_time("us", "neutral", hours=HOURS_DAY)
            if time_ok(line, Ctx(acct, t)):
                break
        add_post(acct, t, line, "other", "neutral:hn", {"hn_story": rng.choice(tpl_en.HN_TITLES)})


def gen_rss():
    for lang, mod in TPL.items():
        outlets = []
        for name, domain in mod.NEWS_OUTLETS:
            p = {"first": name, "surnames": [], "social_last": "", "gender": "m", "lang": lang,
                 "country": {"pt": "br", "es": "mx", "en": "us"}[lang]}
            if domain.endswith(".ar"):
                p["country"] = "ar"
            elif domain.endswith(".es"):
                p["country"] = "es"
            acct = {"source": "rss", "author_id": f"https://{domain}/feed/", "handle": domain, "name": name,
                    "lang": lang, "country": p["country"], "persona": "neutral", "person": p, "inst": "",
                    "code": "", "link": None, "domain": domain}
            ACCOUNTS.append(acct)
            outlets.append(acct)
        for day, heads, summary in mod.NEWS:
            k = min(len(heads), len(outlets), 1 if len(heads) == 1 else rng.choice([1, 2, 2]))
            chosen = rng.sample(outlets, k)
            for j, acct in enumerate(chosen):
                head = heads[j % len(heads)]
                local = datetime.combine(d(day), datetime.min.time()) + timedelta(
                    hours=wchoice(list(enumerate(HOURS_OFFICE))), minutes=rng.randrange(60))
                t = to_utc(acct["country"], local)
                if day == "2026-10-14":
                    t = OUTAGE_UTC[1] + timedelta(minutes=rng.randint(5, 120))
                text = f"{head}\n\n{summary}"
                url = f"https://{acct['domain']}/{day[:4]}/{day[5:7]}/{day[8:]}/{url_slug(head)}/"
                add_post(acct, t, text, "other", "neutral:news", {"url": url})


# ---------------------------------------------------------------- fans
def gen_fans():
    for lang, country in lang_countries(N_FANS, [("pt", 0.44), ("es", 0.31), ("en", 0.25)],
                                        [("mx", 0.5), ("ar", 0.25), ("es", 0.25)]):
        p = make_person(lang, country)
        src = wchoice([("x", 0.36), ("bluesky", 0.15), ("youtube", 0.27), ("reddit", 0.12), ("mastodon", 0.05)])
        acct = add_account(src, p, "fan")
        n = wchoice([(1, 50), (2, 25), (3, 13), (4, 7), (6, 5)])
        mod = TPL[lang]
        for _ in range(n):
            t = pick_time(country, "fan")

            def build(acct=acct, t=t, mod=mod):
                c = Ctx(acct, t)
                evs = [e for e in events_on(c.local.date(), c.country) if e in mod.FAN_EVENT]
                if evs and rng.random() < 0.35 and for_country(mod.FAN_EVENT[evs[0]], c.country):
                    pool = mod.FAN_EVENT[evs[0]]
                elif acct["source"] == "youtube" and rng.random() < 0.4:
                    pool = mod.FAN_YT
                else:
                    pool = mod.FAN
                s = fill(pick_tpl(pool, c), c)
                if rng.random() < 0.1 and acct["source"] in ("x", "bluesky"):
                    s += " " + c.slot("tag", 0)
                return casualize(s, acct["lang"])

            text = render(build, acct)
            text, meta = with_reddit_title(text, acct, "fan")
            add_post(acct, t, text, "other", "fan", meta)


# ---------------------------------------------------------------- founded one-off complaints
ISSUES = [("late", 16), ("damaged", 10), ("wrong", 7), ("marked_delivered", 8), ("double_charge", 6), ("refund", 12),
          ("subscription", 6), ("app_payment", 6), ("support", 7), ("installation", 4), ("cashback", 3),
          ("card_blocked", 5), ("price_change", 4), ("missing_items", 3), ("courier", 4)]
CARD_ISSUES = {"double_charge", "card_blocked", "cashback"}


REDDIT_LEAD = {"pt": ["Aconteceu comigo na Veloz também: ", "Mesma coisa comigo na Veloz. ", "Meu caso com a Veloz: "],
               "es": ["Me pasó lo mismo con Veloz: ", "Mi caso con Veloz: ", "A mí también me pasó con Veloz. "],
               "en": ["Same thing happened to me with Veloz: ", "My Veloz story: ", "Similar deal with Veloz here. "]}


def complaint_text(acct: dict, t: datetime, ctx_fixed: dict | None = None) -> tuple[str, datetime, dict, str]:
    mod = TPL[acct["lang"]]
    country = acct["country"]
    local_day = local_of(country, t).date()
    evs = [e for e in events_on(local_day, country) if e in mod.COMPLAINT_EVENT
           and for_country(mod.COMPLAINT_EVENT[e], country)]
    issue = None
    if evs:
        e = rng.choice(evs)
        if rng.random() < (0.8 if e == "outage" else 0.5):
            issue = "event:" + e
            if e == "outage":
                t = OUTAGE_UTC[0] + timedelta(seconds=rng.randint(0, int((OUTAGE_UTC[1] - OUTAGE_UTC[0]).total_seconds())))
    if issue is None:
        while True:
            issue = wchoice(ISSUES)
            if country == "mx" and local_day < MX_CARD_LAUNCH and issue in CARD_ISSUES:
                continue
            if issue == "missing_items" and country == "ar":
                continue
            break
    pool = mod.COMPLAINT_EVENT[issue[6:]] if issue.startswith("event:") else mod.COMPLAINT[issue]
    anger = wchoice([(0, 40), (1, 35), (2, 25)])
    pf = INSTALLABLE if issue == "installation" else None
    state = {}

    def build():
        c = Ctx(acct, t, product_filter=pf, fixed=ctx_fixed)
        c.v_caps = 0.04 if anger < 2 else 0.15
        core = fill(pick_tpl(pool, c), c)
        if anger == 2 and rng.random() < 0.12:
            core = core.upper()
        head = []
        handle_src = acct["source"] in ("x", "bluesky")
        if rng.random() < (0.5 if handle_src else 0.0 if acct["source"] == "reddit" else 0.12):
            ops = [o for o in for_country(mod.OPENERS, country)
                   if (handle_src or "{@h}" not in o) and greeting_ok(o, c.local.hour)]
            op = fill(rng.choice(ops), c).strip()
            if op and not handle_src and op[-1].isalnum():
                op += ","
            if op and not (core.startswith("@") and op.startswith("@")):
                head.append(op)
        if anger and rng.random() < (0.35 if anger == 1 else 0.6):
            head.append(fill(rng.choice(for_country(mod.PRE_MAD[anger], country)), c))
        tail = []
        if acct["source"] in ("reddit", "mastodon") and rng.random() < 0.5:
            tail.append(fill(rng.choice(mod.DETAIL), c))
        if rng.random() < 0.5:
            tail.append(fill(rng.choice(for_country(mod.ASK, country)), c))
        if anger and rng.random() < 0.3:
            tail.append(fill(rng.choice(for_country(mod.POST_MAD[anger], country)), c))
        s = " ".join(head + [core])
        for part in tail:
            if s[-1].isalnum() and (part[0].isalnum() or part[0] in "¿¡"):
                s += ". " + part
            else:
                s += " " + part
        if rng.random() < 0.12 and acct["source"] in ("x", "bluesky", "mastodon"):
            s += " " + c.slot("tag", 0)
        if anger and rng.random() < 0.2:
            s += " " + rng.choice(["😡", "🤬", "😤", "🙄", "😠😠"])
        state["cache"] = c.cache
        s = casualize(s, acct["lang"])
        if acct["source"] == "reddit" and not mentions_brand(s):
            s = rng.choice(REDDIT_LEAD[acct["lang"]]) + s
        return s

    text = render(build, acct)
    return text, t, state.get("cache", {}), issue


MONEY_ISSUES = {"refund", "double_charge", "subscription", "app_payment", "cashback", "price_change",
                "event:double", "event:outage", "event:blackweek", "event:buenfin", "event:cyber"}
DELIVERY_ISSUES = {"late", "marked_delivered", "support", "event:blackweek", "event:buenfin"}
PRODUCT_ISSUES = {"damaged", "wrong", "courier", "installation", "missing_items"}
FOLLOW_THEMES = [("money", ("estorno", "reembolso", "refund", "devolvieron")),
                 ("delivery", ("chegou", "llegó", "it came")),
                 ("exchange", ("trocou", "troca", "cambió", "cambio", "replaced", "replacement"))]


def follow_pool(pool: list[str], issue: str) -> list[str]:
    """Keep the follow-up templates whose theme fits the original complaint."""
    allowed = set()
    if issue in MONEY_ISSUES:
        allowed.add("money")
    if issue in DELIVERY_ISSUES:
        allowed.add("delivery")
    if issue in PRODUCT_ISSUES:
        allowed.add("exchange")
    out = []
    for t in pool:
        theme = next((name for name, keys in FOLLOW_THEMES if any(k in t for k in keys)), None)
        if theme is None or theme in allowed:
            out.append(t)
    return out


def gen_one_off():
    for lang, country in lang_countries(N_ONE_OFF, [("pt", 0.46), ("es", 0.31), ("en", 0.23)],
                                        [("mx", 0.5), ("ar", 0.22), ("es", 0.28)]):
        p = make_person(lang, country)
        src = wchoice([("x", 0.44), ("bluesky", 0.16), ("reddit", 0.18), ("youtube", 0.10), ("mastodon", 0.12)])
        link = wchoice([("exact", 0.38), ("name_only", 0.12), ("email_only", 0.04), (None, 0.46)])
        name = fuzzy_name(p) if link == "name_only" and src not in ("reddit",) else None
        if link == "name_only" and src == "reddit":
            link = "exact"
        acct = add_account(src, p, "one_off_complaint", name=name)
        acct["link"] = link
        t = pick_time(country, "complaint")
        text, t, cache, issue = complaint_text(acct, t)
        text, meta = with_reddit_title(text, acct, "complaint")
        add_post(acct, t, text, "founded_complaint", "complaint:" + issue, meta)
        if rng.random() < 0.42:
            t2 = t + timedelta(days=rng.randint(1, 9), hours=rng.randint(-5, 5), minutes=rng.randrange(60))
            if t2 >= END:
                continue
            mod = TPL[lang]
            r = rng.random()
            if r < 0.6:
                def build(acct=acct, t2=t2, cache=cache, mod=mod, issue=issue):
                    c = Ctx(acct, t2, fixed=cache)
                    return casualize(fill(pick_tpl(follow_pool(mod.FOLLOW_OPEN, issue), c), c), acct["lang"])
                text2 = render(build, acct, tries=25, strict=True)
                if text2:
                    add_post(acct, t2, text2, "founded_complaint", "complaint:follow_up",
                             reddit_meta(acct, "complaint", False) if src == "reddit" else {})
            elif r < 0.85:
                def build(acct=acct, t2=t2, cache=cache, mod=mod, issue=issue):
                    c = Ctx(acct, t2, fixed=cache)
                    return casualize(fill(pick_tpl(follow_pool(mod.FOLLOW_RESOLVED, issue), c), c), acct["lang"])
                text2 = render(build, acct, tries=25, strict=True)
                if text2:
                    add_post(acct, t2, text2, "other", "complaint:resolved",
                             reddit_meta(acct, "complaint", False) if src == "reddit" else {})
            else:
                text2, t2, _, issue2 = complaint_text(acct, t2)
                text2, meta2 = with_reddit_title(text2, acct, "complaint")
                add_post(acct, t2, text2, "founded_complaint", "complaint:" + issue2, meta2)


# ---------------------------------------------------------------- recurring founded complainers
def gen_recurring():
    for r in CAST.RECURRING:
        p = {"first": r["first"], "surnames": [r["last"]], "social_last": r["last"], "gender": r["gender"],
             "lang": r["lang"], "country": r["country"]}
        acct = add_account(r["source"], p, "recurring_complaint", handle=r["handle"], name=r["name"], code=r["code"])
        acct["crm"] = r["crm"]
        start = d(r["start"])
        since = d(r["since"])
        for off, tpl in r["posts"]:
            day = start + timedelta(days=off)
            for _ in range(200):
                t = pick_time(r["country"], "complaint", day=day, hours=HOURS_DAY)
                if greeting_ok(tpl, local_of(r["country"], t).hour):
                    break
            ctx = Ctx(acct, t)
            ctx.cache["days"] = str((local_of(r["country"], t).date() - since).days)
            ctx.cache["V"] = "Veloz"
            text = tidy(fill(tpl, ctx))
            meta = {}
            if r["source"] == "reddit":
                is_post = off == 0
                meta = {"reddit_kind": "t3" if is_post else "t1", "subreddit": r.get("subreddit", "brasil")}
                if is_post:
                    meta["title"] = text.split("\n", 1)[0]
            add_post(acct, t, text, "founded_complaint", "recurring", meta, unique=False)


# ---------------------------------------------------------------- campaigners
def retarget(text: str, src: str, dst: str, country: str) -> str:
    """Rewrite the brand handle of a post for another platform (cross-posting)."""
    old = BRAND_AT.get(src, {}).get(country)
    new = BRAND_AT.get(dst, {}).get(country, "Veloz")
    if old:
        text = text.replace(old, new)
    if dst == "x" and not text.startswith("@") and rng.random() < 0.4:
        text = BRAND_AT["x"][country] + " " + text
    if text.startswith("Veloz, ") and dst in BRAND_AT:
        text = BRAND_AT[dst][country] + " " + text[7:]
    return text


PREFIX = {"pt": ["de novo: ", "repito: ", "pra quem não viu: ", "", ""], "es": ["otra vez: ", "lo repito: ", "", ""],
          "en": ["again: ", "repeat after me: ", "", ""]}
ANGRY_EMOJI = ["🤡", "🤬", "👎", "🗑️", "💩", "😡", "🐀"]


def mutate(text: str, lang: str, tags: list[str]) -> str:
    r = rng.random()
    if r < 0.12:
        text = text.upper()
    elif r < 0.2:
        text = text.lower()
    if rng.random() < 0.3:
        text += " " + rng.choice(ANGRY_EMOJI) * rng.choice([1, 1, 2, 3])
    if tags and rng.random() < 0.3 and not any(tg.lower() in text.lower() for tg in tags):
        text += " " + rng.choice(tags)
    if rng.random() < 0.15:
        text = text.rstrip(".!") + "!!!"
    if rng.random() < 0.18:
        pre = rng.choice(PREFIX[lang])
        text = pre + text if pre else text
    return text


def gen_campaigners():
    out = {}
    for c in CAST.CAMPAIGNERS:
        person = {"first": c["first"], "surnames": [c["last"]] if c["last"] else [], "social_last": c["last"],
                  "gender": c["gender"], "lang": c["lang"], "country": c["country"]}
        accts = []
        for a in c["accounts"]:
            acct = add_account(a["source"], person, "campaign", handle=a["handle"], name=a["name"], code=c["code"])
            accts.append((acct, a["share"]))
        out[c["code"]] = [a for a, _ in accts]
        start = d(c["start"])
        window = [x for x in DAYS if x >= start]
        n = c["posts"]
        k = min(len(window), max(14, int(n * (0.6 if len(accts) > 1 else 0.72))))
        days = sorted(rng.sample(window, k))
        per_day = Counter(days)
        for _ in range(n - k):
            per_day[rng.choice(days)] += 1
        hours = [a * c["night"] + b * (1 - c["night"]) for a, b in zip(HOURS_NIGHT, HOURS_DAY)]
        favourites = rng.sample(c["lines"], 4)  # the attacks this person keeps coming back to
        produced = 0
        for day in sorted(per_day):
            slots = per_day[day]
            while slots > 0:
                slots -= 1
                acct = wchoice(accts)
                t = pick_time(c["country"], "neutral", hours=hours, day=day)
                ctx = Ctx(acct, t)
                ctx.v_caps = 0.2
                pool = favourites if rng.random() < 0.5 else c["lines"]
                pool = [x for x in pool if greeting_ok(x, ctx.local.hour)] or [x for x in c["lines"] if greeting_ok(x, ctx.local.hour)]
                line = rng.choice(pool)
                text = fill(line, ctx)
                if rng.random() < 0.4:
                    text = mutate(text, c["lang"], c["tags"])
                if acct["source"] == "x" and "{@}" not in line and rng.random() < 0.2:
                    text = BRAND_AT["x"][c["country"]] + " " + text
                text = tidy(text)
                meta = {}
                if acct["source"] == "reddit":
                    meta = {"reddit_kind": "t1", "subreddit": rng.choice(tpl_pt.SUBREDDITS["br"][:4])}
                add_post(acct, t, text, "disrespectful", "campaign", meta, unique=False)
                produced += 1
                # cross-post the same attack to the other platform a few minutes later
                if len(accts) > 1 and slots > 0 and rng.random() < 0.6:
                    other = [a for a, _ in accts if a is not acct][0]
                    t2 = t + timedelta(minutes=rng.randint(2, 40), seconds=rng.randrange(60))
                    if t2 < END:
                        txt2 = retarget(text, acct["source"], other["source"], c["country"])
                        if rng.random() < 0.4:
                            txt2 = mutate(txt2, c["lang"], c["tags"])
                        add_post(other, t2, tidy(txt2), "disrespectful", "campaign:crosspost", {}, unique=False)
                        produced += 1
                        slots -= 1
    return out


def gen_coordinated():
    accts = []
    for a in CAST.COORDINATED_ACCOUNTS:
        person = {"first": a["name"], "surnames": [], "social_last": "", "gender": "f", "lang": "pt", "country": "br"}
        acct = add_account(a["source"], person, "coordinated", handle=a["handle"], name=a["name"], code="K")
        # freshly created accounts: high snowflake / recent DID
        if a["source"] == "x":
            acct["author_id"] = str(rng.randint(1_960_000_000_000_000_000, 1_980_000_000_000_000_000))
        accts.append(acct)
    order = list(range(len(accts)))
    for when, texts in CAST.COORDINATED_OCCASIONS:
        base = to_utc("br", datetime.strptime(when, "%Y-%m-%d %H:%M"))
        rng.shuffle(order)
        offset = 0
        for i in order:
            if texts[i] is None:
                continue
            offset += rng.randint(15, 95)
            t = base + timedelta(seconds=offset)
            add_post(accts[i], t, texts[i], "disrespectful", "coordinated", {}, unique=False)
    return accts


def gen_spam():
    for s in CAST.SPAM_ACCOUNTS:
        person = {"first": s["name"], "surnames": [], "social_last": "", "gender": "m", "lang": s["lang"],
                  "country": s["country"]}
        acct = add_account(s["source"], person, "spam", handle=s["handle"], name=s["name"])
        mod = TPL[s["lang"]]
        for _ in range(s["posts"]):
            t = pick_time(s["country"], "neutral", hours=HOURS_NIGHT)
            ctx = Ctx(acct, t)
            text = tidy(fill(rng.choice(mod.SPAM), ctx))
            meta = {"reddit_kind": "t1", "subreddit": rng.choice(mod.SUBREDDITS[s["country"]])} if s["source"] == "reddit" else {}
            add_post(acct, t, text, "other", "spam", meta, unique=False)


# ============================================================ native ids and urls
def assign_ids():
    POSTS.sort(key=lambda p: (p["t"], p["acct"]["source"], p["acct"]["author_id"], p["text"]))
    used = defaultdict(set)
    videos = {lang: ["".join(rng.choice(B64) for _ in range(11)) for _ in range(12)] for lang in TPL}
    for p in POSTS:
        a, t, src = p["acct"], p["t"], p["acct"]["source"]
        ms = int(t.timestamp() * 1000) + rng.randint(0, 999)
        sec = int((t - START).total_seconds())
        while True:
            if src == "x":
                nid = str(((ms - 1288834974657) << 22) | (rng.randint(0, 1023) << 12) | rng.randint(0, 4095))
                url = f"https://x.com/{a['handle'][1:]}/status/{nid}"
            elif src == "bluesky":
                v = ((ms * 1000 + rng.randint(0, 999)) << 10) | rng.randint(0, 1023)
                tid = "".join(S32[(v >> (5 * i)) & 31] for i in range(12, -1, -1))
                nid = f"at://{a['author_id']}/app.bsky.feed.post/{tid}"
                url = f"https://bsky.app/profile/{a['handle']}/post/{tid}"
            elif src == "mastodon":
                sid = str((ms << 16) | rng.randint(0, 65535))
                user = a["handle"].split("@")[1]
                nid = f"https://{a['inst']}/users/{user}/statuses/{sid}"
                url = f"https://{a['inst']}/@{user}/{sid}"
            elif src == "reddit":
                sub = p["meta"].get("subreddit", "brasil")
                if p["meta"].get("reddit_kind") == "t3":
                    pid = b36(int("1q4k000", 36) + sec // 9 + rng.randint(0, 8))
                    nid = "t3_" + pid
                    url = f"https://www.reddit.com/r/{sub}/comments/{pid}/{url_slug(p['meta'].get('title', 'veloz'), 9).replace('-', '_')}/"
                else:
                    parent = b36(int("1q4k000", 36) + max(0, sec - rng.randint(3600, 259200)) // 9)
                    cid = b36(int("o2a0000", 36) + sec * 3 + rng.randint(0, 2))
                    nid = "t1_" + cid
                    url = f"https://www.reddit.com/r/{sub}/comments/{parent}/comment/{cid}/"
            elif src == "youtube":
                cid = rng.choice("wxyz") + rand_str(B64, 20)
                cid = "Ug" + cid + "4AaABAg"
                vid = rng.choice(videos[a["lang"]])
                nid = cid
                url = f"https://www.youtube.com/watch?v={vid}&lc={cid}"
            elif src == "hackernews":
                nid = str(47_310_000 + int(sec * 0.139) + rng.randint(0, 60))
                url = f"https://news.ycombinator.com/item?id={nid}"
            elif src == "rss":
                url = p["meta"]["url"]
                nid = url
            else:
                raise ValueError(src)
            if nid not in used[src]:
                used[src].add(nid)
                break
        p["id"], p["url"] = nid, url


# ============================================================ CRM
EMAIL_DOMAINS = {"br": ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br", "icloud.com", "bol.com.br"],
                 "mx": ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"],
                 "ar": ["gmail.com", "gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com"],
                 "es": ["gmail.com", "gmail.com", "hotmail.es", "outlook.es", "yahoo.es"],
                 "us": ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"]}
DDD = ["11", "11", "11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48", "27", "62", "92", "15", "16"]
US_AREA = ["305", "786", "407", "713", "832", "512", "214", "973", "617", "404", "312", "619", "602", "813", "210"]
CRM_COLS = ["customer_id", "name", "email", "phone", "x_handle", "bluesky_handle", "mastodon_handle", "reddit_handle",
            "youtube_handle", "customer_since", "plan", "monthly_value", "overdue_balance", "days_overdue", "flags"]
USED_EMAILS: set = set()


def phone(country: str) -> str:
    if country == "br":
        return f"+55 {rng.choice(DDD)} 9{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    if country == "mx":
        return f"+52 {rng.choice(['55', '33', '81', '222', '442'])} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    if country == "ar":
        return f"+54 9 {rng.choice(['11', '351', '341', '261'])} {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    if country == "es":
        return f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    return f"+1 ({rng.choice(US_AREA)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"


def email_for(p: dict, hint: str | None = None) -> str:
    f = slug(p["first"].split()[0])
    l_ = slug(p["surnames"][0] if p["surnames"] else "cliente")
    for _ in range(50):
        local = hint or rng.choice([f"{f}.{l_}", f"{f}{l_}", f"{f}_{l_}{rng.randint(1, 99)}", f"{f[0]}{l_}",
                                    f"{f}.{l_}{rng.randint(70, 2004)}", f"{l_}.{f}"])
        e = f"{local}@{rng.choice(EMAIL_DOMAINS[p['country']])}"
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e
        hint = None
    raise RuntimeError("email")


def money2(x: float) -> str:
    return f"{x:.2f}"


def crm_row(p: dict, *, since: date | None = None) -> dict:
    plan = wchoice([("basic", 58), ("plus", 34), ("business", 8)])
    if plan == "basic":
        mv = round(rng.uniform(19, 180)) + 0.9
    elif plan == "plus":
        mv = round(rng.uniform(60, 450)) + 0.9
    else:
        mv = float(round(rng.uniform(600, 6500) / 10) * 10)
    if since is None:
        span = (d("2026-09-15") - d("2018-01-01")).days
        since = d("2018-01-01") + timedelta(days=int(span * (rng.random() ** 0.6)))
    overdue, days_over = 0.0, 0
    if rng.random() < 0.09:
        days_over = rng.randint(3, 95)
        overdue = round(rng.uniform(25, min(1800, mv * 4 + 60)), 2)
    return {"customer_id": "", "name": full_name(p), "email": email_for(p), "phone": phone(p["country"]),
            "x_handle": "", "bluesky_handle": "", "mastodon_handle": "", "reddit_handle": "", "youtube_handle": "",
            "customer_since": since.isoformat(), "plan": plan, "monthly_value": money2(mv),
            "overdue_balance": money2(overdue), "days_overdue": str(days_over), "flags": ""}


def crm_handle_form(source: str, handle: str) -> str:
    """How the CRM stores a handle: mostly as on the platform, sometimes sloppier."""
    r = rng.random()
    if source in ("x", "youtube") and r < 0.08:
        return handle.lstrip("@")
    if source == "x" and r < 0.14:
        return handle[0] + handle[1:2].upper() + handle[2:]
    if source == "reddit" and r < 0.3:
        return handle[2:]
    return handle


def gen_crm(campaign_accts: dict) -> tuple[list[dict], list[tuple]]:
    rows, links = [], []

    def add(row, acct=None, kind=None):
        rows.append(row)
        if acct is not None:
            links.append((row, acct, kind))

    # campaigners that are customers
    for code, info in CAST.CAMPAIGNER_CRM.items():
        c = next(x for x in CAST.CAMPAIGNERS if x["code"] == code)
        parts = info["name"].split()
        p = {"first": parts[0], "surnames": parts[1:], "social_last": parts[-1], "gender": c["gender"],
             "lang": c["lang"], "country": c["country"]}
        row = crm_row(p, since=d(info["since"]))
        USED_EMAILS.add(info["email"])
        row.update({"name": info["name"], "email": info["email"], "plan": info["plan"],
                    "monthly_value": money2(info["monthly_value"]), "overdue_balance": money2(info["overdue_balance"]),
                    "days_overdue": str(info["days_overdue"]), "flags": info["flags"]})
        for src, h in info["link"].items():
            row[f"{src}_handle"] = h
        for acct in campaign_accts[code]:
            if acct["source"] in info["link"]:
                kind = "exact_handle"
            elif code == "C2":
                kind = "name_only"  # "Zé Roberto Nunes" vs "José Roberto Nunes"
            else:
                kind = "cross_platform"  # same person, similar handle on another platform
            links.append((row, acct, kind))
        rows.append(row)
    # recurring complainers
    for acct in [a for a in ACCOUNTS if a["persona"] == "recurring_complaint"]:
        info = acct["crm"]
        parts = info["name"].split()
        p = dict(acct["person"])
        p["first"], p["surnames"] = parts[0], parts[1:]
        row = crm_row(p)
        row["name"] = info["name"]
        if info.get("email"):
            USED_EMAILS.add(info["email"])
            row["email"] = info["email"]
        row["overdue_balance"], row["days_overdue"] = "0.00", "0"
        kind = info["link"]
        if kind in ("exact", "exact_case"):
            row[f"{acct['source']}_handle"] = info.get(acct["source"], acct["handle"])
            kind = "exact_handle"
        add(row, acct, kind)
    # one-off complainers, fans, some neutral people
    flagged_done = {"abuse_of_staff": False, "impossible_demands": False}
    for acct in ACCOUNTS:
        persona = acct["persona"]
        if persona == "one_off_complaint":
            kind = acct["link"]
        elif persona == "fan":
            kind = wchoice([("exact", 0.14), ("name_only", 0.04), (None, 0.82)])
        elif persona == "neutral" and acct["source"] not in ("rss", "hackernews"):
            kind = "exact" if rng.random() < 0.03 else None
        else:
            kind = None
        if kind is None:
            continue
        p = acct["person"]
        row = crm_row(p)
        if kind == "exact":
            row[f"{acct['source']}_handle"] = crm_handle_form(acct["source"], acct["handle"])
            kind = "exact_handle"
        elif kind == "name_only":
            if acct["source"] in ("reddit", "hackernews"):
                row[f"{acct['source']}_handle"] = crm_handle_form(acct["source"], acct["handle"])
                kind = "exact_handle"
            elif acct["persona"] != "one_off_complaint":
                acct["name"] = fuzzy_name(p)
        elif kind == "email_only":
            if acct["source"] not in ("reddit", "hackernews"):  # nothing but the e-mail gives them away
                acct["name"] = f"{p['first'].split()[0][0]}{rng.choice(['.', ''])} {rng.choice(EMOJI_NAME)}"
            h = re.sub(r"^(u/|@)", "", acct["handle"]).split("@")[0].split(".bsky")[0].replace("-", ".")
            USED_EMAILS.discard(row["email"])
            row["email"] = email_for(p, hint=re.sub(r"[^a-z0-9._]", "", h.lower()) or None)
        # an extra handle on a platform where the person never posted about Veloz
        if rng.random() < 0.15:
            other = rng.choice([s for s in ("x", "bluesky", "mastodon", "reddit", "youtube") if s != acct["source"]])
            base = handle_base(p)
            h, _ = fmt_handle(other, base, p["lang"])
            if h.lower() not in HANDLES[other]:
                row[f"{other}_handle"] = h
        if persona == "one_off_complaint":
            for flag in ("abuse_of_staff", "impossible_demands"):
                if not flagged_done[flag] and acct["link"] == "exact" and rng.random() < 0.1:
                    row["flags"] = flag
                    flagged_done[flag] = True
                    break
        add(row, acct, kind)
    # customers with no social activity at all
    while len(rows) < N_CUSTOMERS:
        country = wchoice([("br", 0.62), ("mx", 0.14), ("ar", 0.06), ("es", 0.08), ("us", 0.10)])
        p = make_person(LANG_OF[country], country)
        row = crm_row(p)
        if rng.random() < 0.04:
            row["flags"] = wchoice([("impossible_demands", 5), ("abuse_of_staff", 3), ("illegal_request", 2),
                                    ("abuse_of_staff;impossible_demands", 1)])
        if rng.random() < 0.1:  # handles of people who never mention the brand
            src = rng.choice(["x", "bluesky", "youtube", "reddit"])
            h, _ = fmt_handle(src, handle_base(p), p["lang"])
            if h.lower() not in HANDLES[src]:
                row[f"{src}_handle"] = h
        rows.append(row)
    ids = rng.sample(range(100_000, 999_999), len(rows))
    for row, cid in zip(rows, ids):
        row["customer_id"] = f"C{cid}"
    rows.sort(key=lambda r: r["customer_id"])
    link_rows = sorted(((row["customer_id"], acct["source"], acct["author_id"], kind) for row, acct, kind in links))
    return rows, link_rows


# ============================================================ output
def write_csv(path: Path, header: list[str], rows) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    path.write_text(buf.getvalue(), encoding="utf-8")


def validate_templates() -> None:
    """Fail fast on a slot name that fill() would not know."""
    def walk(obj, where):
        if isinstance(obj, str):
            for m in re.finditer(r"\{([^{}]*)\}", obj):
                if m.group(1) not in KNOWN_SLOTS:
                    raise SystemExit(f"{where}: unknown slot {{{m.group(1)}}} in {obj!r}")
        elif isinstance(obj, dict):
            for k, v in obj.items():
                walk(v, f"{where}.{k}")
        elif isinstance(obj, (list, tuple)):
            for i, v in enumerate(obj):
                walk(v, f"{where}[{i}]")
    for mod in (tpl_pt, tpl_es, tpl_en):
        for name in dir(mod):
            if name.isupper() and name not in ("NEWS", "HN", "HN_TITLES"):
                walk(getattr(mod, name), f"{mod.__name__}.{name}")
    for c in CAST.CAMPAIGNERS:
        walk(c["lines"], c["code"])
    for r in CAST.RECURRING:
        walk([t for _, t in r["posts"]], r["code"])


def main() -> None:
    validate_templates()
    gen_rss()
    gen_hn()
    gen_neutral()
    gen_fans()
    gen_one_off()
    gen_recurring()
    campaign_accts = gen_campaigners()
    gen_coordinated()
    gen_spam()
    assign_ids()
    crm_rows, crm_links = gen_crm(campaign_accts)

    posted = {(p["acct"]["source"], p["acct"]["author_id"]) for p in POSTS}
    authors = [a for a in ACCOUNTS if (a["source"], a["author_id"]) in posted]

    with (HERE / "mentions.jsonl").open("w", encoding="utf-8") as fh:
        for p in POSTS:
            a = p["acct"]
            rec = {"source": a["source"], "id": p["id"],
                   "author": {"id": a["author_id"], "handle": a["handle"], "name": a["name"]},
                   "text": p["text"], "created_at": p["t"].strftime("%Y-%m-%dT%H:%M:%SZ"), "url": p["url"],
                   "lang": a["lang"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_csv(HERE / "truth.csv", ["source", "author_id", "persona"],
              sorted((a["source"], a["author_id"], a["persona"]) for a in authors))
    write_csv(HERE / "mention_truth.csv", ["source", "id", "category"],
              [(p["acct"]["source"], p["id"], p["category"]) for p in POSTS])
    write_csv(HERE / "crm.csv", CRM_COLS, [[r[c] for c in CRM_COLS] for r in crm_rows])
    write_csv(HERE / "crm_truth.csv", ["customer_id", "source", "author_id", "link"], crm_links)

    stats = compute_stats(authors, crm_rows, crm_links)
    (HERE / "README.md").write_text(readme(stats), encoding="utf-8")
    print(stats["text"])


def compute_stats(authors, crm_rows, crm_links) -> dict:
    lines = []
    n = len(POSTS)
    lines.append(f"mentions: {n}   distinct authors: {len(authors)}   "
                 f"span: {POSTS[0]['t']:%Y-%m-%d} .. {POSTS[-1]['t']:%Y-%m-%d}")
    by_lang = Counter(p["acct"]["lang"] for p in POSTS)
    lines.append("by language: " + ", ".join(f"{k} {v} ({v / n:.0%})" for k, v in by_lang.most_common()))
    by_src = Counter(p["acct"]["source"] for p in POSTS)
    lines.append("by source:   " + ", ".join(f"{k} {v} ({v / n:.0%})" for k, v in by_src.most_common()))
    by_cat = Counter(p["category"] for p in POSTS)
    lines.append("by category: " + ", ".join(f"{k} {v} ({v / n:.0%})" for k, v in by_cat.most_common()))
    per = defaultdict(lambda: [0, 0])
    for a in authors:
        per[a["persona"]][0] += 1
    for p in POSTS:
        per[p["acct"]["persona"]][1] += 1
    lines.append("by persona (accounts / mentions):")
    for k in ["neutral", "fan", "one_off_complaint", "recurring_complaint", "campaign", "coordinated", "spam"]:
        lines.append(f"  {k:20s} {per[k][0]:4d} accounts  {per[k][1]:5d} mentions ({per[k][1] / n:.0%})")
    polite = sum(1 for p in POSTS if p["kind"] == "neutral:polite_baseless")
    lines.append(f"  (of the neutral mentions, {polite} are polite but baseless accusations)")
    lines.append("campaigners (person: accounts, mentions, distinct UTC days, first..last):")
    camp = []
    for c in CAST.CAMPAIGNERS:
        ps = [p for p in POSTS if p["acct"]["code"] == c["code"]]
        days = {p["t"].date() for p in ps}
        accts = " + ".join(f"{a['source']} {a['handle']}" for a in c["accounts"])
        camp.append((c["code"], accts, len(ps), len(days)))
        lines.append(f"  {c['code']} [{c['lang']}] {accts}: {len(ps)} mentions on {len(days)} days, "
                     f"{min(days)} .. {max(days)}")
    lines.append("recurring founded complainers:")
    for r in CAST.RECURRING:
        ps = [p for p in POSTS if p["acct"]["code"] == r["code"]]
        lines.append(f"  {r['code']} [{r['lang']}] {r['source']} {r['handle']}: {len(ps)} mentions")
    co = [p for p in POSTS if p["kind"] == "coordinated"]
    lines.append(f"coordinated group: {len({p['acct']['handle'] for p in co})} accounts, {len(co)} mentions on "
                 f"{len({p['t'].date() for p in co})} occasions")
    lk = Counter(k for _, _, _, k in crm_links)
    lines.append(f"crm: {len(crm_rows)} customers; author links: " + ", ".join(f"{k} {v}" for k, v in sorted(lk.items()))
                 + f"; with flags: {sum(1 for r in crm_rows if r['flags'])}; overdue: "
                 f"{sum(1 for r in crm_rows if r['days_overdue'] != '0')}")
    return {"text": "\n".join(lines), "n": n, "authors": len(authors), "lang": by_lang, "src": by_src,
            "cat": by_cat, "per": per, "camp": camp, "polite": polite, "crm": len(crm_rows), "links": lk,
            "linked": len({cid for cid, _, _, _ in crm_links})}


def readme(s: dict) -> str:
    per = s["per"]
    rows = "\n".join(f"| {k} | {per[k][0]} | {per[k][1]} |" for k in
                     ["neutral", "fan", "one_off_complaint", "recurring_complaint", "campaign", "coordinated", "spam"])
    return f"""# Demo data: Veloz (fictional company)

**Veloz** is a fictional Brazilian-founded online retailer with a delivery app (**Veloz Entrega**),
a no-annual-fee credit card with cashback (**Veloz Card**) and a free-shipping subscription
(**VelozPlus**, R$ 19,90/month). It operates in Brazil, Mexico, Argentina, Spain and the US.
Official handles: `@veloz` / `@VelozAjuda` (X, Brazil), `@VelozMX`, `@VelozAR`, `@Veloz_ES`,
`@VelozUS` / `@VelozHelp`, `@veloz.com.br` (Bluesky); hashtags `#veloz`, `#VelozCard`, ...
Any resemblance to real companies, people, accounts or posts is unintended: every text was
written for this data set, and all names, handles, ids, order numbers and links are made up.

The data covers 9 weeks, Monday 2026-09-21 to Sunday 2026-11-22 (UTC), with a few storylines the
posts react to: VelozPlus price rise (Sep 29), a 4-hour app outage (Oct 14), the Veloz Card launch
in Mexico (Oct 22), duplicate charges on Brazilian card statements (Nov 3-10), a data-leak rumour
the company denies (Nov 5-9), Argentina's CyberMonday, Mexico's Buen Fin and the Black Week /
early Black Friday sales (Nov 16-22).

## Regenerate

```
python data/demo/generate.py      # stdlib only, fixed seed: same files every time
python data/demo/check.py         # validates the files and prints the counts below
```

Text pools: `tpl_pt.py` (pt-BR), `tpl_es.py` (Mexico / Argentina / Spain), `tpl_en.py` (US),
`tpl_cast.py` (campaigners, recurring complainers, coordinated group, spam accounts).

## Counts (this run)

{s['n']} mentions from {s['authors']} author accounts.

- languages: {", ".join(f"{k} {v} ({v / s['n']:.0%})" for k, v in s['lang'].most_common())}
- sources: {", ".join(f"{k} {v} ({v / s['n']:.0%})" for k, v in s['src'].most_common())}
- mention categories: {", ".join(f"{k} {v}" for k, v in s['cat'].most_common())}

| persona | accounts | mentions |
|---|---|---|
{rows}

Neutral includes news feeds (rss), Hacker News comments, questions, promos, comparisons, jokes,
posts using the word "veloz" for something else (false positives of a keyword search), and
{s['polite']} polite but baseless accusations ("I heard Veloz sells customer data, is that true?").

Campaigners ("war on the company"): 7 people, 10 accounts; 3 post from two platforms with the
same or a similar handle, 1 writes in Spanish, 1 in English, 5 in Portuguese:

{chr(10).join(f"- {code}: {accts}: {n} mentions on {days} distinct days" for code, accts, n, days in s['camp'])}

The coordinated group (5 fresh accounts) posts near-identical attacks, with the same link, within a
few minutes of each other on 3 occasions (2026-10-08, 2026-10-27, 2026-11-15).

## Files and fields

`mentions.jsonl`: one JSON object per line, sorted by `created_at`:

```
{{"source": "x", "id": "<native id, unique within source>",
 "author": {{"id": "<stable per-source account id>", "handle": "@ana_souza", "name": "Ana Souza"}},
 "text": "...", "created_at": "2026-10-01T14:03:00Z", "url": "https://...", "lang": "pt"}}
```

Native ids follow each platform's shape: X snowflakes, Bluesky `at://did:plc:.../app.bsky.feed.post/<tid>`,
Mastodon status URIs, Reddit fullnames (`t3_` posts, `t1_` comments; author ids `t2_`), YouTube comment
ids (author ids are `UC...` channel ids), Hacker News item ids, and for rss the article URL.

`truth.csv`: `source,author_id,persona`, one row per author account; persona is one of
`fan, neutral, one_off_complaint, recurring_complaint, campaign, coordinated, spam`.

`mention_truth.csv`: `source,id,category`, one row per mention; category is
`founded_complaint` (a concrete, checkable grievance, even when angry or profane),
`disrespectful` (insults/contempt at the company or staff without any concrete fact) or `other`.
A complainer's "it's solved, thanks" follow-up is `other`.

`crm.csv`: {s['crm']} customers: `customer_id,name,email,phone,x_handle,bluesky_handle,mastodon_handle,
reddit_handle,youtube_handle,customer_since,plan,monthly_value,overdue_balance,days_overdue,flags`.
`plan` is basic|plus|business; amounts are BRL with a dot (`129.90`); `flags` is a `;`-separated subset
of `abuse_of_staff, illegal_request, impossible_demands` (mostly empty). Most customers
({s['crm'] - s['linked']} of {s['crm']}) never post about Veloz.
Handles are stored as the platform shows them, but not always (missing `@`, other letter case,
reddit names without `u/`), and some linked authors only match by a display name that differs
from the CRM name ("Ana P. Lima" vs "Ana Paula Souza Lima"), or only through their e-mail address.
Four campaigners are customers: C1 is long overdue and flagged `abuse_of_staff` (the graceful
separation case), C3 is a high-value customer since 2018 (keep, on our terms), C2 and C6 are ordinary.

`crm_truth.csv`: `customer_id,source,author_id,link`, the true customer/author pairs, with how they
can be found: `exact_handle` (same handle, modulo `@`/`u/`/case), `name_only` (display name vs CRM
name), `email_only` (the e-mail's local part looks like the handle) or `cross_platform` (a campaigner's
second account, whose handle resembles the one in the CRM). Counts: {", ".join(f"{k} {v}" for k, v in sorted(s['links'].items()))}.
"""


if __name__ == "__main__":
    main()
