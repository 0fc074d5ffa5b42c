"""Truth-known streams of scored mentions, for the detection and playbook tests.

`make_stream(seed)` invents people with known roles (fans, neutral posters, one-off and
recurring founded complainers, critics, polite grumblers, one-day outbursts, former
campaigners, campaigners on one or two platforms, some linked to customers, and a coordinated
group) and writes their mentions as the classifier would score them, with noise: a share of
category labels is wrong, and the founded head errs too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from monitor.crm import Customer

NOW = pd.Timestamp("2026-03-01T12:00:00Z")
PLATFORMS = ("x", "bluesky", "mastodon", "reddit", "youtube")
LANGS = ("pt", "es", "en")
CAMPAIGN_ROLES = ("campaigner", "campaigner_two_platforms", "campaigner_split")
# Aligned scores (0.5 = the bar) that the shipped model (20261202-063553) gives the real insults
# and founded complaints it misses on the held-out real posts: deciles printed by
# bench/bench_real_streams.py.
MISSED_SCORES = {"p_disrespectful": (0.14, 0.15, 0.16, 0.17, 0.18, 0.20, 0.24, 0.28, 0.32, 0.35),
                 "p_founded": (0.19, 0.23, 0.29, 0.33, 0.36, 0.37, 0.39, 0.40, 0.43, 0.44)}

# Kinds of mention: (disrespectful, critical, founded) as the truth has it.
KINDS = {
    "praise": (False, False, False),
    "neutral": (False, False, False),
    "founded": (False, True, True),
    "rude_founded": (True, True, True),
    "attack": (True, True, False),
    "vague": (False, True, False),
}

TEXTS = {
    "praise": {
        "pt": ["Entrega da Veloz chegou antes do prazo, adorei!", "Atendimento da Veloz nota dez hoje.",
               "Recomendo a Veloz, resolveram tudo rapidinho.", "Que app bom o da Veloz, parabéns."],
        "es": ["Veloz entregó antes de lo previsto, ¡genial!", "Muy buena atención de Veloz hoy.",
               "Recomiendo Veloz, lo resolvieron enseguida.", "La app de Veloz funciona de maravilla."],
        "en": ["Veloz delivered a day early, love it!", "Great support from Veloz today.",
               "Recommending Veloz, they sorted it out fast.", "The Veloz app is really good now."],
    },
    "neutral": {
        "pt": ["Alguém sabe se a Veloz abre no feriado?", "A Veloz entrega em Campinas?",
               "Vi a propaganda nova da Veloz na TV.", "Qual o telefone da Veloz em Recife?"],
        "es": ["¿Alguien sabe si Veloz abre el feriado?", "¿Veloz entrega en Rosario?",
               "Vi el anuncio nuevo de Veloz en la tele.", "¿Cuál es el teléfono de Veloz en Lima?"],
        "en": ["Does anyone know if Veloz opens on the holiday?", "Does Veloz deliver to Leeds?",
               "Saw the new Veloz ad on TV.", "What is the Veloz phone number in Dublin?"],
    },
    "founded": {
        "pt": ["Pedido {n} da Veloz chegou quebrado, protocolo {p} sem resposta há {d} dias.",
               "A Veloz cobrou duas vezes a fatura {p} e o estorno não saiu.",
               "Meu pedido {n} está parado no centro de distribuição há {d} dias, Veloz."],
        "es": ["El pedido {n} de Veloz llegó roto, reclamo {p} sin respuesta hace {d} días.",
               "Veloz me cobró dos veces la factura {p} y no devuelven el dinero.",
               "Mi pedido {n} lleva {d} días parado en el depósito, Veloz."],
        "en": ["Veloz order {n} arrived broken, ticket {p} unanswered for {d} days.",
               "Veloz charged invoice {p} twice and the refund never came.",
               "My order {n} has been stuck at the Veloz depot for {d} days."],
    },
    "rude_founded": {
        "pt": ["Veloz, que palhaçada: pedido {n} atrasado {d} dias e cobrança em dobro na fatura {p}!",
               "Incompetentes! Protocolo {p} aberto há {d} dias e o pedido {n} nem saiu."],
        "es": ["Veloz, qué vergüenza: pedido {n} con {d} días de retraso y cobro doble en la factura {p}.",
               "¡Inútiles! Reclamo {p} abierto hace {d} días y el pedido {n} ni salió."],
        "en": ["Veloz, what a joke: order {n} {d} days late and invoice {p} charged twice!",
               "Useless! Ticket {p} open for {d} days and order {n} never shipped."],
    },
    "attack": {
        "pt": ["Veloz é uma quadrilha de {insult}, não comprem nada!", "Bando de {insult} essa Veloz.",
               "Veloz = golpe. {insult} todos eles.", "Boicote à Veloz, empresa de {insult}."],
        "es": ["Veloz es una banda de {insult}, ¡no compren nada!", "Manga de {insult} los de Veloz.",
               "Veloz = estafa. {insult} todos.", "Boicot a Veloz, empresa de {insult}."],
        "en": ["Veloz is a gang of {insult}, don't buy anything!", "Bunch of {insult} at Veloz.",
               "Veloz = scam. {insult}, all of them.", "Boycott Veloz, a company of {insult}."],
    },
    "vague": {
        "pt": ["A Veloz piorou muito, não recomendo.", "Nunca mais compro na Veloz.",
               "Veloz só decepciona."],
        "es": ["Veloz empeoró mucho, no la recomiendo.", "Nunca más compro en Veloz.",
               "Veloz solo decepciona."],
        "en": ["Veloz has gone downhill, avoid.", "Never buying from Veloz again.",
               "Veloz is always a letdown."],
    },
}
INSULTS = {"pt": ["ladrões", "vagabundos", "canalhas", "picaretas"],
           "es": ["ladrones", "sinvergüenzas", "estafadores", "chantas"],
           "en": ["thieves", "crooks", "clowns", "scammers"]}
COORDINATED_TEXT = {
    "pt": "URGENTE: a Veloz rouba os clientes, espalhem! #BoicoteVeloz https://dossie.example/veloz",
    "en": "URGENT: Veloz robs its customers, share this! #BoycottVeloz https://dossie.example/veloz?lang=en",
}


@dataclass
class Person:
    """One real person behind one or more accounts; `role` is the truth."""

    person_id: str
    role: str
    author_keys: list[str]
    customer_id: str | None = None

    @property
    def is_campaigner(self) -> bool:
        return self.role in CAMPAIGN_ROLES


@dataclass
class Stream:
    mentions: pd.DataFrame
    people: list[Person]
    customers: list[Customer]
    now: pd.Timestamp = NOW
    coordinated_members: tuple[str, ...] = ()
    coordinated_mention_ids: tuple[str, ...] = field(default_factory=tuple)

    def subjects_of(self, person: Person) -> list[str]:
        keys = list(person.author_keys)
        if person.customer_id:
            keys.append(f"customer:{person.customer_id}")
        return keys


class _Builder:
    def __init__(self, seed: int, now: pd.Timestamp, label_noise: float, founded_noise: float,
                 miss_rate: float = 0.0):
        self.rng = np.random.default_rng(seed)
        self.now = now
        self.label_noise, self.founded_noise, self.miss_rate = label_noise, founded_noise, miss_rate
        self.rows: list[dict] = []
        self.people: list[Person] = []
        self.customers: list[Customer] = []
        self.accounts = 0

    # -- people and accounts --------------------------------------------------------------

    def account(self, platform: str | None = None) -> str:
        self.accounts += 1
        platform = platform or str(self.rng.choice(PLATFORMS))
        return f"{platform}:{100000 + self.accounts}"

    def person(self, role: str, accounts: int = 1, customer: bool = False) -> Person:
        platforms = self.rng.choice(PLATFORMS, size=accounts, replace=False)
        keys = [self.account(str(p)) for p in platforms]
        person = Person(f"p{len(self.people) + 1}", role, keys)
        if customer:
            person.customer_id = self.customer(role, keys)
        self.people.append(person)
        return person

    def customer(self, role: str, keys: list[str]) -> str:
        rng = self.rng
        cid = f"C{len(self.customers) + 1:04d}"
        handles = {key.split(":")[0]: f"user{key.split(':')[1]}" for key in keys}
        flags = ()
        if role in CAMPAIGN_ROLES and rng.random() < 0.5:
            flags = tuple(sorted(rng.choice(["abuse_of_staff", "impossible_demands"],
                                            size=int(rng.integers(1, 3)), replace=False).tolist()))
        self.customers.append(Customer(
            customer_id=cid, name=f"Customer {cid}", email=f"{cid.lower()}@mail.test",
            handles=handles,
            customer_since=date(2025 - int(rng.integers(0, 8)), 1 + int(rng.integers(0, 12)), 1),
            plan=str(rng.choice(["basic", "plus", "pro"])),
            monthly_value=float(rng.choice([49.9, 129.9, 890.0, 2400.0])),
            overdue_balance=float(rng.choice([0.0, 0.0, 312.5])),
            days_overdue=int(rng.choice([0, 0, 95])), flags=flags,
        ))
        return cid

    # -- mentions ---------------------------------------------------------------------------

    def days(self, count: int, low: float = 0.2, high: float = 50.0) -> np.ndarray:
        """`count` distinct day offsets (days before now)."""
        span = np.arange(int(low), int(high))
        return np.sort(self.rng.choice(span, size=min(count, span.size), replace=False)) + low % 1

    def post(self, person: Person, kind: str, days_ago: float, author_key: str | None = None,
             lang: str | None = None, text: str | None = None, reposts: int = 0) -> str:
        rng = self.rng
        lang = lang or self.lang_of(person)
        key = author_key or person.author_keys[int(rng.integers(0, len(person.author_keys)))]
        if text is None:
            pool = TEXTS[kind][lang]
            text = str(pool[int(rng.integers(0, len(pool)))]).format(
                n=int(rng.integers(10000, 99999)), p=int(rng.integers(1000, 9999)),
                d=int(rng.integers(2, 30)), insult=INSULTS[lang][int(rng.integers(0, 4))])
        mention_id = f"{key.split(':')[0]}:m{len(self.rows) + 1}"
        created = self.now - pd.Timedelta(days=float(days_ago)) - pd.Timedelta(
            minutes=float(rng.uniform(0, 600)))
        self.rows.append({
            "id": mention_id, "source": key.split(":")[0], "author_key": key,
            "customer_id": person.customer_id, "text": text, "lang": lang, "created_at": created,
            "reposts": int(reposts), "truth_kind": kind, **self.score(kind),
        })
        return mention_id

    def lang_of(self, person: Person) -> str:
        return LANGS[int(person.person_id[1:]) % 3]

    def score(self, kind: str) -> dict:
        """What a noisy classifier would say about a mention of this kind."""
        rng = self.rng
        dis, critical, founded = KINDS[kind]
        category = "disrespectful" if dis else "founded_complaint" if founded else "other"
        if rng.random() < self.label_noise:
            category = str(rng.choice([c for c in ("disrespectful", "founded_complaint", "other")
                                       if c != category]))
            dis = category == "disrespectful"
            founded = category == "founded_complaint" or (dis and founded)
            critical = category != "other" or (critical and rng.random() < 0.5)
        elif critical and rng.random() < self.founded_noise:
            founded = not founded
            if founded and not dis:
                category = "founded_complaint"
            elif not founded and category == "founded_complaint":
                category = "other"

        def p(yes: bool) -> float:
            return round(float(rng.uniform(0.55, 0.98) if yes else rng.uniform(0.02, 0.45)), 4)

        scores = {"p_complaint": p(critical), "p_disrespectful": p(dis), "p_founded": p(founded)}
        # A classifier that misses `miss_rate` of the insults and of the founded complaints, as
        # measured on real posts: a missed one gets a score below the bar, drawn from the
        # scores real misses get (MISSED_SCORES), and loses its category.
        for name, yes in (("p_disrespectful", dis), ("p_founded", founded)):
            if yes and self.miss_rate and rng.random() < self.miss_rate:
                scores[name] = round(float(rng.choice(MISSED_SCORES[name])), 4)
        dis, founded = scores["p_disrespectful"] >= 0.5, scores["p_founded"] >= 0.5
        category = "disrespectful" if dis else "founded_complaint" if founded else "other"
        return {"category": category, **scores, "founded": bool(founded)}


def make_stream(seed: int = 7, now: pd.Timestamp = NOW, label_noise: float = 0.10,
                founded_noise: float = 0.05, with_embeddings: bool = False, scale: int = 1,
                miss_rate: float = 0.0) -> Stream:
    """A stream whose truth is known; `scale` multiplies the number of people of every role.

    `miss_rate` adds the classifier's misses on real posts: that share of the insults and of the
    founded complaints scored below the bar (see MISSED_SCORES)."""
    b = _Builder(seed, now, label_noise, founded_noise, miss_rate)
    rng = b.rng

    def repeat(times: int, make) -> None:
        for _ in range(times * scale):
            make()

    def fan() -> None:
        person = b.person("fan", customer=rng.random() < 0.1)
        for day in b.days(int(rng.integers(1, 7))):
            b.post(person, "praise" if rng.random() < 0.6 else "neutral", day)

    def heavy_fan() -> None:
        person = b.person("heavy_fan")
        for day in b.days(int(rng.integers(15, 45))):
            for _ in range(int(rng.integers(1, 3))):
                b.post(person, "praise" if rng.random() < 0.5 else "neutral", day)

    def neutral() -> None:
        person = b.person("neutral")
        for day in b.days(int(rng.integers(1, 4))):
            b.post(person, "neutral", day)

    def one_off() -> None:
        person = b.person("one_off", customer=rng.random() < 0.3)
        day = float(rng.uniform(0.5, 45))
        for _ in range(int(rng.integers(1, 3))):
            b.post(person, "rude_founded" if rng.random() < 0.2 else "founded", day)
        for extra in b.days(int(rng.integers(0, 3))):
            b.post(person, "neutral", extra)

    def recurring() -> None:
        person = b.person("recurring", customer=rng.random() < 0.5)
        for day in b.days(int(rng.integers(3, 9))):
            for _ in range(int(rng.integers(1, 3))):
                b.post(person, "rude_founded" if rng.random() < 0.45 else "founded", day)
        for day in b.days(int(rng.integers(0, 3))):
            b.post(person, "vague", day)

    def critic() -> None:
        person = b.person("critic")
        for day in b.days(int(rng.integers(1, 3))):
            b.post(person, "attack" if rng.random() < 0.6 else "vague", day)

    def grumbler() -> None:
        person = b.person("grumbler")
        for day in b.days(int(rng.integers(5, 12))):
            b.post(person, "attack" if rng.random() < 0.1 else "vague", day)

    def outburst() -> None:
        person = b.person("outburst")
        day = float(rng.uniform(1, 40))
        for _ in range(int(rng.integers(6, 11))):
            b.post(person, "attack", day)

    def former_campaigner() -> None:
        person = b.person("former_campaigner")
        for day in b.days(int(rng.integers(6, 15)), low=70, high=120):
            b.post(person, "attack", day)

    def campaign_posts(person: Person, author_key: str | None, hostile: int, active_days: int) -> None:
        slogan = TEXTS["attack"][b.lang_of(person)][int(rng.integers(0, 4))]
        days = b.days(active_days)
        for i in range(hostile):
            day = days[i % days.size]
            if rng.random() < 0.6:
                insult = INSULTS[b.lang_of(person)][int(rng.integers(0, 4))]
                text = slogan.format(insult=insult) + (" " + "!" * int(rng.integers(0, 3)))
                b.post(person, "attack", day, author_key=author_key, text=text,
                       reposts=int(rng.integers(0, 30)))
            else:
                b.post(person, "attack" if rng.random() < 0.75 else "vague", day,
                       author_key=author_key, reposts=int(rng.integers(0, 10)))
        for day in b.days(int(rng.integers(0, 4))):
            b.post(person, "neutral", day, author_key=author_key)

    def campaigner(linked: bool = False) -> None:
        person = b.person("campaigner", customer=linked)
        hostile = int(rng.integers(6, 26))
        campaign_posts(person, None, hostile, int(rng.integers(4, min(hostile, 20) + 1)))

    def campaigner_two_platforms() -> None:
        person = b.person("campaigner_two_platforms", accounts=2)
        for key in person.author_keys:
            hostile = int(rng.integers(7, 16))
            campaign_posts(person, key, hostile, int(rng.integers(4, hostile + 1)))

    def campaigner_split() -> None:
        person = b.person("campaigner_split", accounts=2, customer=True)
        for key in person.author_keys:
            campaign_posts(person, key, int(rng.integers(4, 6)), 3)

    repeat(300, fan)
    repeat(15, heavy_fan)
    repeat(200, neutral)
    repeat(80, one_off)
    repeat(25, recurring)
    repeat(40, critic)
    repeat(10, grumbler)
    repeat(5, outburst)
    repeat(5, former_campaigner)
    repeat(20, campaigner)
    repeat(8, lambda: campaigner(linked=True))
    repeat(4, campaigner_two_platforms)
    repeat(5, campaigner_split)

    members, group_ids = [], []
    for _ in range(scale):
        group = [b.person("coordinated") for _ in range(8)]
        for burst_day in (float(rng.uniform(3, 20)), float(rng.uniform(25, 45))):
            start = now - pd.Timedelta(days=burst_day)
            for i, person in enumerate(group):
                lang = "pt" if i % 2 == 0 else "en"
                text = COORDINATED_TEXT[lang] if i % 3 else COORDINATED_TEXT[lang].upper()
                mention = b.post(person, "attack", 0, lang=lang, text=text)
                b.rows[-1]["created_at"] = start + pd.Timedelta(minutes=float(rng.uniform(0, 12)))
                group_ids.append(mention)
            members.extend(p.author_keys[0] for p in group)

    frame = pd.DataFrame(b.rows)
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    if with_embeddings:
        frame["embedding"] = list(fake_embeddings(frame["text"].tolist()))
    frame = frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    return Stream(frame, b.people, b.customers, now, tuple(sorted(set(members))), tuple(group_ids))


def fake_embeddings(texts: list[str], dims: int = 64) -> np.ndarray:
    """Deterministic unit vectors in which near-identical texts are near each other."""
    from monitor.similarity import text_vectors

    matrix = text_vectors(texts).tocsc()
    used = np.flatnonzero(np.diff(matrix.indptr))
    projection = np.vstack([np.random.default_rng(int(c)).standard_normal(dims) for c in used])
    vectors = np.asarray(matrix[:, used] @ projection, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def campaign_scores(stream: Stream, assessments) -> dict[str, float]:
    """Person-level precision and recall of the campaign verdict against the truth."""
    verdicts = {a.subject_key: a.verdict for a in assessments}
    predicted = {p.person_id for p in stream.people
                 if any(verdicts.get(k) == "campaign" for k in stream.subjects_of(p))}
    actual = {p.person_id for p in stream.people if p.is_campaigner}
    hits = len(predicted & actual)
    return {"precision": hits / len(predicted) if predicted else 1.0,
            "recall": hits / len(actual) if actual else 1.0,
            "predicted": len(predicted), "actual": len(actual)}
