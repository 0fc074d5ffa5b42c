"""The privacy, audit and user commands of `monitor` (registered on the main group by `cli`):
forget, export-subject, retention run, audit, users add/list/remove.

Kept apart from `cli.py` because they answer to a different owner (the data-protection officer
and the board's administrator, not the analysts), and each is a thin verb over `monitor.privacy`
or `monitor.auth`. Whoever runs them is recorded in the audit log: the OS user, or `--by`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from monitor.cli import _config, _store, cli
from monitor.errors import MonitorError

_BY = click.option("--by", help="Who is acting, for the audit log (default: the OS user).")


def _subject_options(command):
    for option in reversed([
        click.option("--author", help="An account's key, e.g. x:12345 (see `monitor authors`)."),
        click.option("--customer", help="A customer id from the CRM: the record and every linked account."),
        click.option("--handle", help="An account's handle, e.g. @joe_k (refused if several networks hold it)."),
    ]):
        command = option(command)
    return command


@cli.command()
@_subject_options
@_BY
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def forget(ctx, author, customer, handle, by, yes):
    """Erase everything held about one person, in one transaction (LGPD art. 18, GDPR art. 17).

    Their posts stay only as anonymous counts (no text, author, link or id); their accounts,
    customer record, links, labels, cached embeddings, verdicts, case notes, steps and alerts
    go, and their handles and names are blanked in other texts. Running it again is harmless.
    Example: monitor forget --customer C001 --yes
    """
    from monitor import privacy

    store = _store(ctx)
    subject = privacy.resolve(store, author, customer, handle)
    if not yes:
        click.confirm(f"Erase everything held about this {subject.selector}? This cannot be undone",
                      abort=True)
    removed = privacy.forget(store, subject, privacy.actor(by))
    for note in subject.notes:
        click.echo(f"note: {note}")
    if removed:
        click.echo(f"forgotten; audit log names the person only as {subject.ref}. Removed:")
        click.echo("\n".join(privacy.describe(removed)))
    else:
        click.echo(f"nothing held about this {subject.selector} (already forgotten?); "
                   f"recorded as {subject.ref}")


@cli.command(name="export-subject")
@_subject_options
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="JSON file to write (UTF-8; readable by you only).")
@_BY
@click.pass_context
def export_subject(ctx, author, customer, handle, out, by):
    """Write everything held about one person as JSON (LGPD art. 18, GDPR art. 15): accounts,
    customer record, links, posts with raw payloads, verdicts and history, case status, steps
    and notes, labels, alerts, coordinated groups, quarantined items naming them, audit entries.

    Example: monitor export-subject --handle @joe_k --out joe_k.json
    """
    from monitor import privacy

    store = _store(ctx)
    subject = privacy.resolve(store, author, customer, handle)
    counts = privacy.export_subject(store, subject, Path(out), privacy.actor(by))
    for note in subject.notes:
        click.echo(f"note: {note}")
    click.echo(f"wrote {out}:")
    click.echo("\n".join(privacy.describe({k: v for k, v in counts.items() if v})) or "  nothing held")


@cli.group(name="retention")
def retention_group():
    """Retention of personal data (settings [retention]; `monitor run` applies it daily)."""


@retention_group.command(name="run")
@_BY
@click.pass_context
def retention_run(ctx, by):
    """Drop raw payloads older than retention.raw_payload_days and anonymise the posts of people
    with nothing to act on older than retention.no_verdict_text_days (0 keeps them).

    Example: MONITOR_RETENTION_RAW_PAYLOAD_DAYS=30 monitor retention run
    """
    from monitor import privacy

    config = _config(ctx)
    settings = config.retention
    if not settings.raw_payload_days and not settings.no_verdict_text_days:
        click.echo("retention is off (retention.raw_payload_days and retention.no_verdict_text_days "
                   "are 0): nothing done")
        return
    done = privacy.run_retention(_store(ctx), settings, privacy.actor(by),
                                 window_days=config.detection.window_days)
    click.echo(f"retention (raw payloads after {settings.raw_payload_days or 'never'} days, posts of "
               f"people without a verdict after {settings.no_verdict_text_days or 'never'} days):")
    click.echo("\n".join(privacy.describe(done)) or "  nothing old enough")


@cli.command(name="audit")
@click.option("--action", help="Only this action (label, link, step, case_status, case_owner, "
                               "case_note, model_use, forget, export, retention, user_add, user_remove).")
@click.option("--limit", default=50, show_default=True, help="Most entries to show, newest first.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def audit(ctx, action, limit, fmt):
    """The audit log, newest first: when, who, what, to which subject, details."""
    frame = _store(ctx).audit_frame(limit, action=action)
    if fmt == "json":
        rows = [{**row, "detail": json.loads(row["detail"] or "{}")} for row in frame.to_dict(orient="records")]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, allow_nan=False, default=str))
    elif frame.empty:
        click.echo("no audit entries")
    else:
        click.echo(frame[["at", "actor", "action", "target", "detail"]].to_string(index=False, max_colwidth=80))


@cli.group(name="users")
def users_group():
    """The board's users and roles (board.users_file; used when board.auth is password or oidc)."""


@users_group.command(name="add")
@click.argument("name")
@click.option("--role", type=click.Choice(["viewer", "analyst", "admin"]), default="viewer", show_default=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (scripts).")
@click.option("--oidc", is_flag=True, help="No password: the person signs in through the identity "
                                           "provider (board.auth = oidc); NAME is their e-mail.")
@_BY
@click.pass_context
def users_add(ctx, name, role, password_stdin, oidc, by):
    """Add a board user, or change one's role or password; asks for the password (never echoed,
    never stored: a salted PBKDF2 hash is).

    Example: monitor users add maria --role analyst
    """
    from monitor import auth, privacy

    name = auth.check_name(name)
    if oidc:
        encoded = auth.NO_PASSWORD
    else:
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        encoded = auth.hash_password(password)
    path = Path(_config(ctx).board.users_file)
    new = auth.save_user(path, auth.User(name, role, encoded))
    _store(ctx).record_audit(privacy.actor(by), "user_add" if new else "user_change", name,
                             {"role": role, "sign_in": "oidc" if oidc else "password"})
    click.echo(f"{'added' if new else 'updated'} {name} ({role}) in {path}")


@users_group.command(name="list")
@click.pass_context
def users_list(ctx):
    """The board's users and their roles (never their hashes)."""
    from monitor import auth

    path = Path(_config(ctx).board.users_file)
    users = auth.read_users(path)
    if not users:
        click.echo(f"no users in {path}")
    for user in users.values():
        how = "identity provider" if user.password_hash == auth.NO_PASSWORD else "password"
        click.echo(f"{user.name}\t{user.role}\t{how}")


@users_group.command(name="remove")
@click.argument("name")
@_BY
@click.pass_context
def users_remove(ctx, name, by):
    """Remove a board user."""
    from monitor import auth, privacy

    path = Path(_config(ctx).board.users_file)
    if not auth.remove_user(path, name):
        raise MonitorError(f"no user {name!r} in {path}")
    _store(ctx).record_audit(privacy.actor(by), "user_remove", name, {})
    click.echo(f"removed {name} from {path}")
