"""The words of every alert in pt, es and en (setting alerts.language), and how a person is named.

Kept apart from the rules so the wording of one kind can be read, and translated, in one place;
every template exists in the three languages (a test checks it). Messages are short: a title that
says what happened to whom, then two or three figures, the latest words of the person when they
matter, and a link to the case when board.public_url is set. People are named as the team knows
them, by handle and customer name, never by the store's keys.
"""

from __future__ import annotations

from typing import Any, Mapping
from urllib.parse import quote, urlencode

from monitor.texts import format_money, format_number, format_share
from monitor.wording import SOURCE_NAMES


WORDING: dict[str, dict[str, str]] = {
    "en": {
        "campaign.title": "New campaign against the company: {who}",
        "campaign.body": "{mentions} mentions on {days} days, {disrespect} of them disrespectful. "
                         "Recommended course: {course}.",
        "coordinated.title": "Coordinated group: {accounts} accounts posting the same attack",
        "coordinated.body": "Accounts: {names}. Posts: {posts}. Sample: \u201c{sample}\u201d",
        "returning.title": "Campaign author posting again: {who}",
        "returning.body": "New posts: {posts}. Latest, on {network}: \u201c{text}\u201d",
        "spike.title": "Spike in founded complaints: {count} in the last hour",
        "spike.body": "Usual for this hour of the day: {usual} (average of the last {weeks} weeks). "
                      "Latest: \u201c{text}\u201d",
        "key_customer.title": "Key customer {action}: {who}",
        "key_customer.complaint": "complaining",
        "key_customer.attack": "attacking the company",
        "key_customer.body": "Customer for {years} years, {value} a month. New complaints: "
                             "{complaints}; disrespectful posts: {attacks}. Latest: \u201c{text}\u201d",
        "threat.title": "Threat of {threat} by {who}",
        "threat.violence": "violence",
        "threat.legal": "legal action",
        "threat.body": "Words: \u201c{phrase}\u201d. Threatening posts: {posts}. Latest, on {network}: "
                       "\u201c{text}\u201d",
        "source_failing.title": "Source {source} keeps failing",
        "source_failing.body": "Failed runs in a row: {failures}. Last error: {error}",
        "drift.title": "The model is unsure of more mentions than usual",
        "drift.body": "Unsure in the last 24 hours: {recent} of {recent_n} mentions; in the 7 days "
                      "before: {base}. Label some on the board's Label corrections tab and retrain.",
        "digest.title": "{count} alerts",
        "digest.quiet_title": "{count} alerts from the quiet hours",
        "digest.more": "\u2026 and {more} more on the board.",
        "test.title": "Test alert from the complaint monitor",
        "test.body": "Alerts reach this channel. Nothing needs doing.",
        "link.case": "Case: {url}",
        "link.board": "Board: {url}",
        "on": "{handle} on {network}",
        "an_account": "an account on {network}",
        "kind.campaign": "new campaigns", "kind.coordinated": "coordinated groups",
        "kind.returning": "campaign authors posting again", "kind.spike": "complaint spikes",
        "kind.key_customer": "key customers", "kind.threat": "threats",
        "kind.source_failing": "failing sources", "kind.drift": "model drift",
        "kind.weekly_report": "weekly reports",
        "one.campaign": "New campaign",
        "one.returning": "Campaign author posting again",
        "one.coordinated": "Coordinated group",
        "one.spike": "Complaint spike",
        "one.key_customer": "Key customer",
        "one.threat": "Threat",
        "one.source_failing": "Failing source",
        "one.drift": "Model drift",
        "one.weekly_report": "Weekly report",
        "report.title": "Weekly report {week}{brand}",
        "report.line": "{figure}: {now} (week before: {before})",
        "report.mentions": "Mentions", "report.founded": "Founded complaints",
        "report.campaigns": "New campaigns", "report.cases": "New complaint cases",
        "report.theme": "Top complaint theme: {theme}",
        "report.link": "Full report: {link}",
    },
    "pt": {
        "campaign.title": "Nova campanha contra a empresa: {who}",
        "campaign.body": "{mentions} menções em {days} dias, {disrespect} delas desrespeitosas. "
                         "Caminho recomendado: {course}.",
        "coordinated.title": "Grupo coordenado: {accounts} contas publicando o mesmo ataque",
        "coordinated.body": "Contas: {names}. Publicações: {posts}. Exemplo: \u201c{sample}\u201d",
        "returning.title": "Autor de campanha publicando de novo: {who}",
        "returning.body": "Publicações novas: {posts}. A última, em {network}: \u201c{text}\u201d",
        "spike.title": "Pico de reclamações fundamentadas: {count} na última hora",
        "spike.body": "Normal para este horário: {usual} (média das últimas {weeks} semanas). "
                      "A última: \u201c{text}\u201d",
        "key_customer.title": "Cliente importante {action}: {who}",
        "key_customer.complaint": "reclamando",
        "key_customer.attack": "atacando a empresa",
        "key_customer.body": "Cliente há {years} anos, {value} por mês. Reclamações novas: "
                             "{complaints}; publicações desrespeitosas: {attacks}. A última: \u201c{text}\u201d",
        "threat.title": "Ameaça de {threat} por {who}",
        "threat.violence": "violência",
        "threat.legal": "ação judicial",
        "threat.body": "Palavras: \u201c{phrase}\u201d. Publicações com ameaça: {posts}. A última, em "
                       "{network}: \u201c{text}\u201d",
        "source_failing.title": "A fonte {source} continua falhando",
        "source_failing.body": "Execuções com falha seguidas: {failures}. Último erro: {error}",
        "drift.title": "O modelo está inseguro em mais menções que o normal",
        "drift.body": "Inseguras nas últimas 24 horas: {recent} de {recent_n} menções; nos 7 dias "
                      "anteriores: {base}. Rotule algumas na aba de correções do painel e retreine.",
        "digest.title": "{count} alertas",
        "digest.quiet_title": "{count} alertas do horário de silêncio",
        "digest.more": "\u2026 e mais {more} no painel.",
        "test.title": "Alerta de teste do monitor de reclamações",
        "test.body": "Os alertas chegam a este canal. Nada a fazer.",
        "link.case": "Caso: {url}",
        "link.board": "Painel: {url}",
        "on": "{handle} no {network}",
        "an_account": "uma conta no {network}",
        "kind.campaign": "campanhas novas", "kind.coordinated": "grupos coordenados",
        "kind.returning": "autores de campanha de volta", "kind.spike": "picos de reclamações",
        "kind.key_customer": "clientes importantes", "kind.threat": "ameaças",
        "kind.source_failing": "fontes falhando", "kind.drift": "desvio do modelo",
        "kind.weekly_report": "relatórios semanais",
        "one.campaign": "Nova campanha",
        "one.returning": "Autor de campanha postando de novo",
        "one.coordinated": "Grupo coordenado",
        "one.spike": "Pico de reclamações",
        "one.key_customer": "Cliente importante",
        "one.threat": "Ameaça",
        "one.source_failing": "Fonte falhando",
        "one.drift": "Desvio do modelo",
        "one.weekly_report": "Relatório semanal",
        "report.title": "Relatório semanal {week}{brand}",
        "report.line": "{figure}: {now} (semana anterior: {before})",
        "report.mentions": "Menções", "report.founded": "Reclamações fundamentadas",
        "report.campaigns": "Novas campanhas", "report.cases": "Novos casos de reclamação",
        "report.theme": "Tema principal das reclamações: {theme}",
        "report.link": "Relatório completo: {link}",
    },
    "es": {
        "campaign.title": "Nueva campaña contra la empresa: {who}",
        "campaign.body": "{mentions} menciones en {days} días, {disrespect} de ellas irrespetuosas. "
                         "Curso recomendado: {course}.",
        "coordinated.title": "Grupo coordinado: {accounts} cuentas publicando el mismo ataque",
        "coordinated.body": "Cuentas: {names}. Publicaciones: {posts}. Ejemplo: \u201c{sample}\u201d",
        "returning.title": "Autor de campaña publicando otra vez: {who}",
        "returning.body": "Publicaciones nuevas: {posts}. La última, en {network}: \u201c{text}\u201d",
        "spike.title": "Pico de reclamos fundados: {count} en la última hora",
        "spike.body": "Lo habitual a esta hora: {usual} (promedio de las últimas {weeks} semanas). "
                      "El último: \u201c{text}\u201d",
        "key_customer.title": "Cliente clave {action}: {who}",
        "key_customer.complaint": "reclamando",
        "key_customer.attack": "atacando a la empresa",
        "key_customer.body": "Cliente desde hace {years} años, {value} al mes. Reclamos nuevos: "
                             "{complaints}; publicaciones irrespetuosas: {attacks}. La última: \u201c{text}\u201d",
        "threat.title": "Amenaza de {threat} de {who}",
        "threat.violence": "violencia",
        "threat.legal": "acción legal",
        "threat.body": "Palabras: \u201c{phrase}\u201d. Publicaciones con amenazas: {posts}. La última, en "
                       "{network}: \u201c{text}\u201d",
        "source_failing.title": "La fuente {source} sigue fallando",
        "source_failing.body": "Ejecuciones fallidas seguidas: {failures}. Último error: {error}",
        "drift.title": "El modelo duda en más menciones de lo habitual",
        "drift.body": "Dudosas en las últimas 24 horas: {recent} de {recent_n} menciones; en los 7 "
                      "días anteriores: {base}. Etiquete algunas en la pestaña de correcciones del "
                      "tablero y reentrene.",
        "digest.title": "{count} alertas",
        "digest.quiet_title": "{count} alertas del horario de silencio",
        "digest.more": "\u2026 y {more} más en el tablero.",
        "test.title": "Alerta de prueba del monitor de reclamos",
        "test.body": "Las alertas llegan a este canal. No hay nada que hacer.",
        "link.case": "Caso: {url}",
        "link.board": "Tablero: {url}",
        "on": "{handle} en {network}",
        "an_account": "una cuenta en {network}",
        "kind.campaign": "campañas nuevas", "kind.coordinated": "grupos coordinados",
        "kind.returning": "autores de campaña de vuelta", "kind.spike": "picos de reclamos",
        "kind.key_customer": "clientes clave", "kind.threat": "amenazas",
        "kind.source_failing": "fuentes con fallas", "kind.drift": "deriva del modelo",
        "kind.weekly_report": "informes semanales",
        "one.campaign": "Nueva campaña",
        "one.returning": "Autor de campaña publicando otra vez",
        "one.coordinated": "Grupo coordinado",
        "one.spike": "Pico de quejas",
        "one.key_customer": "Cliente clave",
        "one.threat": "Amenaza",
        "one.source_failing": "Fuente fallando",
        "one.drift": "Deriva del modelo",
        "one.weekly_report": "Informe semanal",
        "report.title": "Informe semanal {week}{brand}",
        "report.line": "{figure}: {now} (semana anterior: {before})",
        "report.mentions": "Menciones", "report.founded": "Quejas fundadas",
        "report.campaigns": "Nuevas campañas", "report.cases": "Nuevos casos de queja",
        "report.theme": "Tema principal de las quejas: {theme}",
        "report.link": "Informe completo: {link}",
    },
}


def say(lang: str, key: str, **facts: Any) -> str:
    """One message part in the team's language, its facts filled in (already formatted)."""
    return WORDING.get(lang, WORDING["en"])[key].format(**facts)


def kind_label(kind: str, lang: str) -> str:
    """'threat' -> 'threats' (a digest's count line); an unknown kind is shown as it is."""
    return WORDING.get(lang, WORDING["en"]).get(f"kind.{kind}", kind)


def kind_name(kind: str, lang: str = "en") -> str:
    """'threat' -> 'Threat' (one alert, e.g. in the board's outbox); an unknown kind as it is."""
    return WORDING.get(lang, WORDING["en"]).get(f"one.{kind}", kind)


def number(value: float, lang: str, decimals: int = 0) -> str:
    return format_number(value, lang, decimals)


def share(value: float, lang: str) -> str:
    return format_share(value, lang)


def money(value: float, lang: str, currency: str) -> str:
    return format_money(value, lang, currency)


def network(source: str | None) -> str:
    """A source as people name it (`wording.SOURCE_NAMES`, the board's names too)."""
    return SOURCE_NAMES.get(str(source or ""), str(source or "").title() or "?")


def person_label(names: Mapping[str, Any], lang: str, max_accounts: int = 3) -> str:
    """'Ana Gómez (@ana_gomez on X, @ana on Bluesky)' for a customer, '@troll on X' for an
    account; never a store key."""
    accounts = []
    for handle, source, display in names.get("accounts", [])[:max_accounts]:
        if handle:
            accounts.append(say(lang, "on", handle=handle, network=network(source)))
        elif display:
            accounts.append(say(lang, "on", handle=display, network=network(source)))
        else:
            accounts.append(say(lang, "an_account", network=network(source)))
    more = len(names.get("accounts", [])) - max_accounts
    listed = ", ".join(accounts) + (f" +{more}" if more > 0 else "")
    customer = names.get("customer")
    if customer:
        return f"{customer} ({listed})" if listed else str(customer)
    return listed or "?"


def case_link(public_url: str, lang: str, case: str | None) -> str:
    """'Case: https://board/?case=customer%3AC1' (the board's address with the case), the board's
    address alone for alerts about no case, or '' when board.public_url is not set."""
    if not public_url:
        return ""
    if case:
        return say(lang, "link.case", url=f"{public_url.rstrip('/')}/?{urlencode({'case': case}, quote_via=quote)}")
    return say(lang, "link.board", url=public_url)


MAX_BODY_CHARS = 900


def plain(text: Any, limit: int = MAX_BODY_CHARS) -> str:
    """Mention text goes out as short plain text: control characters removed, truncated."""
    cleaned = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in str(text))
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "\u2026"
