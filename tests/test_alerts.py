"""Alerts: the rules on a real store, their words in pt/es/en, the outbox through a real local
webhook (exactly once, digests, history, quiet hours), the CLI and the board's notice.

Mentions are stored and scored through the Store's public methods, as collectors and the
classifier would; detection runs for real (`pipeline.detect`).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest
from click.testing import CliRunner
from werkzeug import Response

from monitor import alert_rules, alerts, pipeline
from monitor.alert_rules import AlertContext
from monitor.alert_texts import WORDING
from monitor.alerts import AppriseSink, deliver_pending, plain, sink_from_env
from monitor.config import load_config
from monitor.mention import Mention, iso, utcnow
from monitor.settings import AlertSettings, BoardSettings, PlaybookSettings
from monitor.threats import find_threat
from tests.stores import stored_bytes

NOW = datetime(2026, 11, 20, 15, 30, tzinfo=timezone.utc)


# ---- helpers: a world stored as the product stores it ----------------------------------------

class World:
    """Posts mentions and scores them; customers and links through the store's write methods."""

    def __init__(self, store):
        self.store, self.n = store, 0

    def post(self, author: str, text: str, at: datetime, *, source: str = "x", dis: float = 0.1,
             founded: bool = False, p_founded: float | None = None, lang: str = "pt") -> Mention:
        self.n += 1
        mention = Mention(source=source, native_id=f"{author}-{self.n}", author_id=author,
                          author_handle=f"@{author}", author_name=author.replace("_", " ").title(),
                          text=text, created_at=at, lang=lang, url=f"https://example.test/{self.n}")
        self.store.save_page([mention])
        p_f = p_founded if p_founded is not None else (0.9 if founded else 0.1)
        category = "founded_complaint" if founded else "disrespectful" if dis >= 0.5 else "other"
        self.store.save_scores(pd.DataFrame([{
            "id": mention.id, "category": category, "p_complaint": 0.9 if founded or dis >= 0.5 else 0.1,
            "p_disrespectful": dis, "p_founded": p_f, "founded": founded}]), "test")
        return mention

    def customer(self, customer_id: str, name: str, accounts: list[str], *, since: str = "2025-06-01",
                 monthly: float = 50.0) -> None:
        self.store.upsert_customers([{
            "customer_id": customer_id, "name": name, "email": "", "phone": "", "handles_json": "{}",
            "customer_since": since, "plan": "basic", "monthly_value": monthly, "overdue_balance": 0.0,
            "days_overdue": 0, "flags": "", "currency": "R$"}])
        for account in accounts:
            self.store.decide_link(account, customer_id, "manual", "test")


INSULTS = ["Veloz é uma fraude, bando de ladrões {i}", "Empresa lixo, golpistas {i}",
           "Veloz = golpe, não comprem {i}", "Que empresa de merda {i}", "Ladrões safados da Veloz {i}",
           "Boicote a Veloz, lixo {i}", "Veloz rouba todo mundo {i}"]


HOURS_AGO = (74, 50, 26, 3, 2, 1.5, 1)


def campaign_posts(world: World, authors: list[tuple[str, str]], now: datetime,
                   hours_ago=HOURS_AGO) -> int:
    """Hostile posts on three or more days, the last ones recent, spread over the given
    accounts; returns on how many UTC days."""
    for i, hours in enumerate(hours_ago):
        author, source = authors[i % len(authors)]
        world.post(author, INSULTS[i % len(INSULTS)].format(i=i), now - timedelta(hours=hours),
                   source=source, dis=0.92)
    return len({(now - timedelta(hours=h)).date() for h in hours_ago})


def config_for(db_path, tmp_path, **env):
    return load_config(tmp_path / "absent.toml", env={"MONITOR_DB": str(db_path), **env})


def receiver(httpserver, received: list, status: int = 200):
    httpserver.clear()

    def handle(request):
        if status == 200:
            received.append(json.loads(request.data))
        return Response("ok" if status == 200 else "down", status=status)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handle)
    return AppriseSink(f"json://127.0.0.1:{httpserver.port}/hook")


# ---- a campaign is one alert per person, in plain words, linked to the case -----------------

def test_a_customer_with_two_accounts_becomes_one_campaign_alert_naming_them(store, tmp_path, db_path):
    world = World(store)
    world.customer("C77", "Ana Gómez", ["x:ana_troll", "bluesky:ana_bsky"])
    days = campaign_posts(world, [("ana_troll", "x"), ("ana_bsky", "bluesky")], utcnow())
    config = config_for(db_path, tmp_path, MONITOR_BOARD_PUBLIC_URL="https://board.example.com")

    pipeline.detect(store, config)

    campaign = store.alerts_frame().query("kind == 'campaign'")
    assert len(campaign) == 1, campaign[["id", "title"]]
    alert = campaign.iloc[0]
    assert alert["state"] == "pending" and alert["person"] == "customer:C77"
    assert alert["title"] == "New campaign against the company: Ana Gómez (@ana_bsky on Bluesky, @ana_troll on X)" \
        or alert["title"] == "New campaign against the company: Ana Gómez (@ana_troll on X, @ana_bsky on Bluesky)"
    assert f"7 mentions on {days} days, 100% of them disrespectful." in alert["body"]
    assert "Recommended course:" in alert["body"]
    assert "Case: https://board.example.com/?case=customer%3AC77" in alert["body"]
    for key in ("customer:C77", "x:ana_troll", "bluesky:ana_bsky"):
        assert key not in alert["title"] and key not in alert["body"].replace("customer%3AC77", "")

    pipeline.detect(store, config, full=True)  # re-detection never repeats it
    assert len(store.alerts_frame().query("kind == 'campaign'")) == 1


def test_campaign_wording_in_portuguese_and_spanish(store, tmp_path, db_path):
    world = World(store)
    days = campaign_posts(world, [("troll_br", "x")], utcnow())
    store_config = config_for(db_path, tmp_path, MONITOR_ALERTS_LANGUAGE="pt")
    pipeline.detect(store, store_config)
    (alert,) = store.alerts_frame().query("kind == 'campaign'").to_dict("records")
    assert alert["title"] == "Nova campanha contra a empresa: @troll_br no X"
    assert f"7 menções em {days} dias, 100% delas desrespeitosas. Caminho recomendado:" in alert["body"]

    maker = alert_rules.campaign_alerts(store, NOW, AlertContext(AlertSettings(language="es")))
    row = store.verdict_row("x:troll_br")
    spanish = maker({**row, "verdict": "campaign"})
    assert spanish is None  # the person was alerted already (in any language): no repeat
    store.db.execute("DELETE FROM alerts")
    spanish = maker({**row, "verdict": "campaign"})
    assert spanish["title"] == "Nueva campaña contra la empresa: @troll_br en X"
    assert f"menciones en {days} días" in spanish["body"] and "Curso recomendado:" in spanish["body"]


def test_every_message_is_written_in_all_three_languages():
    keys = set(WORDING["en"])
    for lang in ("pt", "es"):
        assert set(WORDING[lang]) == keys, lang
        for key in keys:
            assert WORDING[lang][key] != WORDING["en"][key] or key in ("link.case",), (lang, key)


def test_history_loaded_in_bulk_is_recorded_as_historic_and_never_sent(store, tmp_path, db_path, httpserver):
    world = World(store)
    campaign_posts(world, [("old_troll", "x")], utcnow() - timedelta(days=20))
    world.post("old_troll", "Vou processar vocês, já falei com meu advogado", utcnow() - timedelta(days=19))
    pipeline.detect(store, config_for(db_path, tmp_path))

    frame = store.alerts_frame()
    assert set(frame["kind"]) == {"campaign", "threat"} and set(frame["state"]) == {"historic"}
    received: list = []
    assert deliver_pending(store, receiver(httpserver, received)) == (0, 0)
    assert received == []

    threat_id = frame.query("kind == 'threat'")["id"].iloc[0]
    assert store.requeue_alerts([threat_id]) == 1  # someone wants it sent after all
    assert deliver_pending(store, receiver(httpserver, received)) == (1, 0)
    assert [r["title"] for r in received] == ["Threat of legal action by \uff20old_troll on X"]


def test_alerts_disabled_queue_nothing(store, tmp_path, db_path):
    campaign_posts(World(store), [("troll_br", "x")], utcnow())
    pipeline.detect(store, config_for(db_path, tmp_path, MONITOR_ALERTS_ENABLED="false"))
    assert store.alerts_frame().empty


# ---- new mentions: campaign authors posting again, key customers, threats ---------------------

def _new(store, mentions):
    return [m.id for m in mentions]


def test_a_campaign_author_posting_again_alerts_once_per_cooldown(store, tmp_path, db_path):
    world = World(store)
    world.customer("C9", "Rui Prado", ["x:rui_p", "mastodon:rui"])
    campaign_posts(world, [("rui_p", "x")], utcnow())
    pipeline.detect(store, config_for(db_path, tmp_path))
    assert len(store.alerts_frame().query("kind == 'campaign'")) == 1
    ctx = AlertContext(AlertSettings(returning_cooldown_hours=24))
    now = utcnow()

    first = world.post("rui", "A Veloz continua roubando", now, source="mastodon", dis=0.9)
    assert alert_rules.mention_alerts(store, [first.id], now, ctx) == []  # the campaign alert is fresh

    later = now + timedelta(hours=25)
    again = [world.post("rui", f"Lixo de empresa {i}", later - timedelta(minutes=5 - i), source="mastodon",
                        dis=0.9) for i in range(2)]
    (alert,) = alert_rules.mention_alerts(store, _new(store, again), later, ctx)
    assert alert["kind"] == "returning" and alert["person"] == "customer:C9"
    assert alert["title"] == "Campaign author posting again: Rui Prado (@rui on Mastodon, @rui_p on X)"
    assert alert["body"].startswith("New posts: 2. Latest, on Mastodon: \u201cLixo de empresa 1\u201d")
    assert alerts.queue(store, [alert]) == 1
    more = world.post("rui_p", "E continua", later + timedelta(hours=1), dis=0.9)
    assert alert_rules.mention_alerts(store, [more.id], later + timedelta(hours=1), ctx) == []


def test_a_valuable_or_long_standing_customer_complaining_is_alerted(store):
    world = World(store)
    world.customer("C1", "Marta Lima", ["x:marta"], since="2015-03-01", monthly=80.0)  # 11 years
    world.customer("C2", "Big Corp", ["x:bigcorp"], since="2026-01-01", monthly=5000.0)
    world.customer("C3", "Novo Cliente", ["x:novo"], since="2026-10-01", monthly=30.0)
    posts = [world.post("marta", "Meu pedido 12345 não chegou há 10 dias", NOW, founded=True),
             world.post("bigcorp", "Veloz, bando de incompetentes", NOW, dis=0.9),
             world.post("novo", "Meu pedido 999 atrasou", NOW, founded=True),
             world.post("marta", "Bom dia!", NOW)]
    ctx = AlertContext(AlertSettings(), playbook=PlaybookSettings(long_tenure_years=3, high_value_monthly=1000))
    found = {a["person"]: a for a in alert_rules.mention_alerts(store, _new(store, posts), NOW, ctx)}
    assert set(found) == {"customer:C1", "customer:C2"}
    assert found["customer:C1"]["title"] == "Key customer complaining: Marta Lima (@marta on X)"
    assert found["customer:C1"]["body"].startswith(
        "Customer for 11 years, R$ 80.00 a month. New complaints: 1; disrespectful posts: 0.")
    assert found["customer:C2"]["title"] == "Key customer attacking the company: Big Corp (@bigcorp on X)"
    assert "R$ 5,000.00 a month" in found["customer:C2"]["body"]
    alerts.queue(store, found.values())
    again = world.post("marta", "Ainda sem meu pedido 12345", NOW + timedelta(hours=1), founded=True)
    assert alert_rules.mention_alerts(store, [again.id], NOW + timedelta(hours=1), ctx) == []  # cooldown


@pytest.mark.parametrize("lang,text,kind,phrase", [
    ("pt", "Vou tacar fogo na loja de vocês", "violence", "tacar fogo na"),
    ("pt", "Vou processar vocês, meu advogado já sabe", "legal", "vou processar"),
    ("pt", "Sei onde vocês moram", "violence", "sei onde voces moram"),
    ("pt", "Já abri reclamação no Procon", "legal", "procon"),
    ("es", "Te voy a matar si no me devuelven la plata", "violence", "te voy a matar"),
    ("es", "Los voy a demandar, nos vemos en tribunales", "legal", "los voy a demandar"),
    ("es", "Voy a poner una bomba en la tienda", "violence", "poner una bomba"),
    ("en", "I'll kill you all if this happens again", "violence", "i'll kill you"),
    ("en", "I\u2019m going to sue this company", "legal", "i'm going to sue"),
    ("en", "See you in court, Veloz", "legal", "see you in court"),
])
def test_threats_are_found_in_the_three_languages(lang, text, kind, phrase):
    found = find_threat(text)
    assert found is not None and (found.kind, found.phrase) == (kind, phrase)


@pytest.mark.parametrize("text", [
    "O processo seletivo da Veloz é lento",  # 'processo' alone is not a legal threat
    "O processo de compra travou de novo", "Vou matar a saudade do app antigo", "Esse app é uma bomba",
    "La demanda de pedidos está alta hoy", "This delay is killing me", "Sue from support was great",
    "I'll buy another one", "Me matou de rir esse anúncio",
])
def test_everyday_words_are_not_threats(text):
    assert find_threat(text) is None


def test_a_threat_in_any_mention_names_the_person_and_the_words(store):
    world = World(store)
    world.customer("C5", "Pedro Alves", ["x:pedro_a"])
    posts = [world.post("pedro_a", "Vou processar vocês amanhã", NOW - timedelta(minutes=3), lang="pt"),
             world.post("pedro_a", "Veloz <b>LIXO</b> @everyone vou te matar", NOW, lang="pt"),
             world.post("calm", "I'll buy another one", NOW, lang="en")]
    found = alert_rules.mention_alerts(store, _new(store, posts), NOW, AlertContext(AlertSettings(language="pt")))
    (threat,) = [a for a in found if a["kind"] == "threat"]
    assert threat["title"] == "Ameaça de violência por Pedro Alves (@pedro_a no X)"
    assert threat["body"].startswith("Palavras: \u201cvou te matar\u201d. Publicações com ameaça: 2.")
    assert threat["id"] == f"threat:{posts[1].id}" and threat["state"] == "pending"


# ---- the clock: spikes, drift, failing sources ----------------------------------------------

def _spike_world(store, this_hour: int, usual_per_hour: int = 1) -> None:
    world = World(store)
    for day in range(1, 29):
        for k in range(usual_per_hour):
            world.post(f"c{day}_{k}", f"Pedido {day}{k} não chegou", NOW - timedelta(days=day, minutes=20 + k),
                       founded=True)
    for k in range(this_hour):
        world.post(f"now{k}", f"Cobrança em dobro no pedido {k}", NOW - timedelta(minutes=50 - k), founded=True)
    world.post("other", "Bom dia Veloz", NOW - timedelta(minutes=5))


def test_a_spike_of_complaints_against_the_same_hour_of_other_days(store):
    _spike_world(store, this_hour=5)  # usual 1 an hour: the bar is 1 + 3 (medium), 1 + 4 (low)
    ctx = AlertContext(AlertSettings())
    alert = alert_rules.spike_alert(store, NOW, ctx)
    assert alert["title"] == "Spike in founded complaints: 5 in the last hour"
    assert alert["body"].startswith("Usual for this hour of the day: 1.0 (average of the last 4 weeks).")
    assert alert["id"] == "spike:2026-11-20T15"
    assert alert_rules.spike_alert(store, NOW, AlertContext(AlertSettings(spike_sensitivity="low"))) is None
    assert alert_rules.spike_alert(store, NOW, AlertContext(AlertSettings(spike_min_complaints=6))) is None
    assert alert["body"].endswith("Latest: \u201cCobrança em dobro no pedido 4\u201d")


def test_an_ordinary_hour_is_no_spike(store):
    _spike_world(store, this_hour=2, usual_per_hour=2)
    assert alert_rules.spike_alert(store, NOW, AlertContext(AlertSettings(spike_sensitivity="high"))) is None


def test_drift_when_the_model_is_unsure_far_more_often_than_last_week(store):
    world = World(store)
    for i in range(70):  # the week before: 10% unsure
        world.post(f"b{i}", f"post {i}", NOW - timedelta(days=2, hours=i), dis=0.52 if i % 10 == 0 else 0.05)
    for i in range(60):  # the last day: 50% unsure
        world.post(f"r{i}", f"novo {i}", NOW - timedelta(minutes=10 + 20 * i), dis=0.52 if i % 2 else 0.05)
    alert = alert_rules.drift_alert(store, NOW, AlertContext(AlertSettings(drift_min_mentions=50)))
    assert alert["title"] == "The model is unsure of more mentions than usual (50%)"
    assert alert["body"].startswith("Unsure in the last 24 hours: 30 of 60 mentions; in the 7 days before: 10%.")
    assert alert_rules.drift_alert(store, NOW, AlertContext(AlertSettings(drift_min_rise=0.5))) is None
    assert alert_rules.drift_alert(store, NOW, AlertContext(AlertSettings(drift_min_mentions=61))) is None


def test_a_failing_source_alerts_once_per_streak(store):
    for _ in range(3):
        store.finish_job(store.start_job("collect:mastodon"), "failed", error="ConnectionError: timed out")
    ctx = AlertContext(AlertSettings(language="es"))
    (alert,) = alert_rules.clock_alerts(store, utcnow(), ctx)
    assert alert["title"] == "La fuente Mastodon sigue fallando"
    assert alert["body"] == "Ejecuciones fallidas seguidas: 3. Último error: ConnectionError: timed out"
    assert alerts.queue(store, [alert]) == 1
    store.finish_job(store.start_job("collect:mastodon"), "failed", error="again")
    assert alerts.queue(store, alert_rules.clock_alerts(store, utcnow(), ctx)) == 0  # same streak
    store.finish_job(store.start_job("collect:mastodon"), "resting")  # a rest ends the streak
    for _ in range(3):
        store.finish_job(store.start_job("collect:mastodon"), "failed", error="down again")
    assert alerts.queue(store, alert_rules.clock_alerts(store, utcnow(), ctx)) == 1  # a new streak


# ---- delivery: exactly once, digests, quiet hours ---------------------------------------------

def test_down_channel_keeps_alerts_then_delivers_each_exactly_once(store, httpserver):
    store.enqueue_alert("campaign:x:a:2026-11-01", "campaign", "x:a", "New campaign: @a on X", "12 mentions")
    store.enqueue_alert("coordinated:g1", "coordinated", "g1", "Coordinated group", "3 accounts")
    received: list = []
    assert deliver_pending(store, receiver(httpserver, received, status=503)) == (0, 2)
    assert store.alerts_frame().set_index("id").loc["campaign:x:a:2026-11-01", "attempts"] == 1

    sink = receiver(httpserver, received)
    assert deliver_pending(store, sink) == (2, 0)
    assert deliver_pending(store, sink) == (0, 0)
    assert [r["title"] for r in received] == ["New campaign: \uff20a on X", "Coordinated group"]
    store.enqueue_alert("campaign:x:a:2026-11-01", "campaign", "x:a", "again", "again")
    assert deliver_pending(store, sink) == (0, 0)
    assert len(received) == 2 and set(store.alerts_frame()["state"]) == {"sent"}


def test_many_alerts_at_once_become_one_digest_sent_once(store, httpserver):
    for i in range(8):
        store.enqueue_alert(f"threat:{i}", "threat" if i % 2 else "key_customer", f"x:{i}",
                            f"Alert number {i}", "body")
    received: list = []
    assert deliver_pending(store, receiver(httpserver, received, status=503)) == (0, 8)
    sink = receiver(httpserver, received)
    assert deliver_pending(store, sink, AlertSettings(digest_over=5),
                           public_url="https://board.example.com") == (8, 0)
    (digest,) = received
    assert digest["title"] == "8 alerts"
    lines = digest["message"].splitlines()
    assert lines[0] == "key customers: 4 \u00b7 threats: 4"
    assert lines[1:9] == [f"\u2022 Alert number {i}" for i in range(8)]
    assert lines[-1] == "Board: https://board.example.com"
    frame = store.alerts_frame()
    assert set(frame["state"]) == {"digest"} and frame["digest_id"].nunique() == 1
    assert deliver_pending(store, sink) == (0, 0) and len(received) == 1


def test_a_digest_lists_what_fits_and_counts_the_rest(store, httpserver):
    for i in range(60):
        store.enqueue_alert(f"a{i:02d}", "threat", f"x:{i}", f"A rather long alert title number {i} " + "x" * 40, "b")
    received: list = []
    assert deliver_pending(store, receiver(httpserver, received), AlertSettings(language="es")) == (60, 0)
    (digest,) = received
    assert digest["title"] == "60 alertas" and len(digest["message"]) <= alerts.DIGEST_CHARS
    assert digest["message"].splitlines()[-1].startswith("\u2026 y ") and "más en el tablero." in digest["message"]


def test_quiet_hours_hold_alerts_then_send_one_digest(store, httpserver):
    settings = AlertSettings(quiet_start="22:00", quiet_end="07:00")
    zone = "America/Sao_Paulo"  # UTC-3
    night = datetime(2026, 11, 21, 2, 0, tzinfo=timezone.utc)  # 23:00 in São Paulo
    for i in range(3):
        store.queue_alert({"id": f"t{i}", "kind": "threat", "subject": "x:a", "title": f"Threat {i}",
                           "body": "b", "created_at": iso(night + timedelta(minutes=i))})
    received: list = []
    sink = receiver(httpserver, received)
    assert deliver_pending(store, sink, settings, zone, now=night + timedelta(hours=3)) == (0, 3)
    assert received == []
    morning = datetime(2026, 11, 21, 10, 30, tzinfo=timezone.utc)  # 07:30 in São Paulo
    assert deliver_pending(store, sink, settings, zone, now=morning) == (3, 0)
    assert [r["title"] for r in received] == ["3 alerts from the quiet hours"]


def test_a_single_alert_outside_quiet_hours_goes_out_on_its_own(store, httpserver):
    settings = AlertSettings(quiet_start="22:00", quiet_end="07:00")
    store.queue_alert({"id": "t", "kind": "threat", "subject": "x:a", "title": "One", "body": "b",
                       "created_at": "2026-11-21T15:00:00Z"})
    received: list = []
    assert deliver_pending(store, receiver(httpserver, received), settings, "UTC",
                           now=datetime(2026, 11, 21, 15, 1, tzinfo=timezone.utc)) == (1, 0)
    assert [r["title"] for r in received] == ["One"]


def test_unreachable_channel_is_not_an_error(store):
    store.enqueue_alert("a", "campaign", "x:a", "t", "b")
    assert deliver_pending(store, AppriseSink("json://127.0.0.1:9/hook")) == (0, 1)  # discard port


def test_no_channel_configured_keeps_everything_pending(store):
    store.enqueue_alert("a", "campaign", "x:a", "t", "b")
    assert sink_from_env({}) is None and not alerts.channel_configured({"MONITOR_ALERT_URL": " "})
    assert deliver_pending(store, None) == (0, 1)


def test_an_alert_claimed_by_another_sender_is_not_sent_twice(store, httpserver):
    store.enqueue_alert("a", "campaign", "x:a", "t", "b")
    assert store.claim_alert("a") is True  # another scheduler is sending it right now
    received: list = []
    assert deliver_pending(store, receiver(httpserver, received)) == (0, 1)
    assert received == []
    assert store.claim_alert("a", stale_after_s=0) is True  # that sender died: taken over later


def test_alert_text_is_plain_bounded_and_pings_nobody(store, httpserver):
    assert plain("a\x00b\x1b[31m" + "x" * 2000).startswith("a b [31m")
    assert len(plain("x" * 2000)) == 900
    store.enqueue_alert("a", "threat", "x:a", "@everyone look", "<!channel> @here \x07 text")
    received: list = []
    deliver_pending(store, receiver(httpserver, received))
    assert received[0]["title"] == "\uff20everyone look"
    assert received[0]["message"] == "<!channel> \uff20here   text"


# ---- the secret channel URL stays secret ------------------------------------------------------

def test_the_channel_url_never_reaches_the_database_logs_or_messages(tmp_path, db_path, httpserver,
                                                                     caplog, monkeypatch):
    secret = "S3cretT0kenValue"
    url = f"json://bot:{secret}@127.0.0.1:{httpserver.port}/hook/{secret}Path"
    received: list = []
    httpserver.expect_request(f"/hook/{secret}Path", method="POST").respond_with_handler(
        lambda r: received.append(json.loads(r.data)) or Response("ok"))
    from monitor.store import open_store

    store = open_store(db_path)
    world = World(store)
    campaign_posts(world, [("troll_br", "x")], utcnow())
    for _ in range(3):
        store.finish_job(store.start_job("collect:rss"), "failed", error="HTTPError: 500")
    config = config_for(db_path, tmp_path)
    caplog.set_level(logging.DEBUG)
    pipeline.detect(store, config)
    queued, sent, pending = alerts.run_round(store, config, {"MONITOR_ALERT_URL": url})
    assert (sent, pending) == (queued + 1, 0) and len(received) == 2  # campaign + failing source
    alerts.run_round(store, config, {"MONITOR_ALERT_URL": url.replace(str(httpserver.port), "9")})
    store.close()

    ours = [r for r in caplog.records if r.name != "werkzeug"]  # werkzeug is the test receiver
    assert any(r.name == "apprise" for r in ours) and any(r.name.startswith("urllib3") for r in ours)
    assert not [r.getMessage() for r in ours if secret in r.getMessage()]
    assert secret.encode() not in stored_bytes(db_path)
    assert all(secret not in json.dumps(r) for r in received)

    monkeypatch.setenv("MONITOR_ALERT_URL", url)
    result = CliRunner().invoke(__import__("monitor.cli", fromlist=["cli"]).cli,
                                ["--db", str(db_path), "--config", str(tmp_path / "absent.toml"), "alerts", "test"])
    assert result.exit_code == 0 and "test message sent" in result.output
    assert secret not in result.output and received[-1]["title"] == "Test alert from the complaint monitor"


def test_a_bad_alert_url_is_a_config_error_that_does_not_show_the_secret(caplog):
    from monitor.errors import ConfigError

    with pytest.raises(ConfigError) as error:
        AppriseSink("slack://SECRETTOKEN123/bad")
    assert "SECRETTOKEN123" not in str(error.value)
    assert "SECRETTOKEN123" not in caplog.text


# ---- the CLI ---------------------------------------------------------------------------------

def _cli(tmp_path, db_path, *args, env=None):
    from monitor.cli import cli

    return CliRunner().invoke(cli, ["--db", str(db_path), "--config", str(tmp_path / "absent.toml"), *args],
                              env=env or {})


def test_cli_test_says_plainly_when_no_channel_is_set(tmp_path, db_path):
    result = _cli(tmp_path, db_path, "alerts", "test", env={"MONITOR_ALERT_URL": ""})
    assert result.exit_code == 1
    assert "MONITOR_ALERT_URL is not set, so no alert channel is configured" in result.output


def test_cli_test_reports_a_channel_that_refuses(tmp_path, db_path, httpserver):
    httpserver.expect_request("/hook", method="POST").respond_with_data("down", status=503)
    url = f"json://127.0.0.1:{httpserver.port}/hook"
    result = _cli(tmp_path, db_path, "alerts", "test", env={"MONITOR_ALERT_URL": url})
    assert result.exit_code == 1 and "did not accept the test message" in result.output
    assert url not in result.output and str(httpserver.port) not in result.output


def test_cli_lists_the_outbox_and_retries(store, tmp_path, db_path):
    store.enqueue_alert("threat:1", "threat", "x:a", "Threat of violence by @a on X", "b")
    store.enqueue_alert("campaign:old", "campaign", "x:b", "New campaign: @b on X", "b", state="historic")
    store.enqueue_alert("sent:1", "spike", "complaints", "Spike", "b")
    store.mark_alert("sent:1", sent=True)
    result = _cli(tmp_path, db_path, "alerts", "list")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "1 pending, 1 sent, 0 digest, 1 historic"
    assert "threat:1" in lines[2] and "pending" in lines[2]  # pending first
    assert "historic" in result.output and "Threat of violence by @a on X" in result.output
    pending_only = _cli(tmp_path, db_path, "alerts", "list", "--pending").output
    assert "threat:1" in pending_only and "campaign:old" not in pending_only

    assert _cli(tmp_path, db_path, "alerts", "retry").exit_code == 2
    assert "no alert 'nope'" in _cli(tmp_path, db_path, "alerts", "retry", "nope").output
    assert "nothing to retry" in _cli(tmp_path, db_path, "alerts", "retry", "sent:1").output
    result = _cli(tmp_path, db_path, "alerts", "retry", "campaign:old")
    assert result.exit_code == 0 and "1 alert queued again" in result.output
    assert store.alert_state("campaign:old") == "pending"
    store.mark_alert("threat:1", sent=False, error="channel did not accept")
    assert "1 alert queued again" in _cli(tmp_path, db_path, "alerts", "retry", "--all").output


# ---- settings and the board --------------------------------------------------------------------

@pytest.mark.parametrize("values,message", [
    ({"language": "fr"}, "alerts.language"),
    ({"quiet_start": "22:00"}, "set both"),
    ({"quiet_start": "22:00", "quiet_end": "7h"}, "alerts.quiet_end: expected a time as HH:MM"),
    ({"spike_sensitivity": "very"}, "alerts.spike_sensitivity"),
    ({"drift_min_rise": 2.0}, "alerts.drift_min_rise"),
    ({"spike_weeks": 0}, "alerts.spike_weeks"),
])
def test_alert_settings_are_validated(values, message):
    with pytest.raises(ValueError, match=message):
        AlertSettings(**values)


def test_board_public_url_must_be_a_web_address():
    assert BoardSettings(public_url="https://monitor.example.com").public_url
    with pytest.raises(ValueError, match="board.public_url"):
        BoardSettings(public_url="monitor.example.com")


def test_sources_tab_says_when_no_channel_is_configured_and_shows_states(store, db_path, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.test_app import APP

    store.enqueue_alert("threat:1", "threat", "x:a", "Threat of violence by @a on X", "b")
    store.enqueue_alert("campaign:old", "campaign", "x:b", "New campaign: @b on X", "b", state="historic")
    monkeypatch.setenv("MONITOR_DB", str(db_path))
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.delenv("MONITOR_ALERT_URL", raising=False)
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["section"] = "Sources health"
    at.run()
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert any("No alert channel is configured, so 1 alert is waiting" in w for w in warnings), warnings
    outbox = next(df.value for df in at.dataframe if "state" in df.value.columns)
    assert sorted(zip(outbox["state"], outbox["kind"])) == [("historic", "New campaign"), ("pending", "Threat")]

    monkeypatch.setenv("MONITOR_ALERT_URL", "json://127.0.0.1:9/hook")
    at.run()
    assert not any("No alert channel" in w.value for w in at.warning)
