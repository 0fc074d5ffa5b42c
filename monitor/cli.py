"""The `monitor` command line: thin verbs that open the store, call one library function, echo counts.

User mistakes (bad files, bad config) print one line naming file/row/field and exit 1.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import click

from monitor import __version__
from monitor.config import CONFIG_FILE, REPO_ROOT, load_config, render_default_toml
from monitor.errors import MonitorError
from monitor.verdicts import VERDICTS



class _Group(click.Group):
    """Turns MonitorError into one clear line and exit code 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except MonitorError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            click.echo("Error: another process kept the database locked for longer than the busy "
                       "timeout; the step that was waiting was not saved, try again", err=True)
            ctx.exit(1)


@click.group(cls=_Group)
@click.version_option(__version__)
@click.option("--db", "db_path", envvar="MONITOR_DB", type=click.Path(dir_okay=False),
              help="SQLite database file (default from monitor.toml: var/monitor.db).")
@click.option("--config", "config_path", envvar="MONITOR_CONFIG", type=click.Path(dir_okay=False),
              help=f"Configuration file (default ./{CONFIG_FILE}).")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
@click.pass_context
def cli(ctx, db_path, config_path, verbose):
    """Watch public mentions of your brand; tell founded complaints from wars on the company."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    ctx.obj["config_path"] = config_path


def _config(ctx):
    if "config" not in ctx.obj:
        config = load_config(ctx.obj.get("config_path"))
        if ctx.obj.get("db_path"):
            values = {k: dict(v) for k, v in config.values.items()}
            values["database"]["path"] = ctx.obj["db_path"]
            config = dataclasses.replace(config, values=values)
        ctx.obj["config"] = config
    return ctx.obj["config"]


def _store(ctx):
    from monitor.store import open_store

    if "store" not in ctx.obj:
        ctx.obj["store"] = open_store(_config(ctx).db_path)
        ctx.call_on_close(ctx.obj["store"].close)
    return ctx.obj["store"]


@cli.command()
@click.option("--force", is_flag=True, help="Overwrite an existing monitor.toml.")
@click.pass_context
def init(ctx, force):
    """Write a commented monitor.toml with every default and create the database.

    Example: monitor init && monitor import data/demo/mentions.jsonl
    """
    path = Path(ctx.obj.get("config_path") or CONFIG_FILE)
    if path.exists() and not force:
        click.echo(f"{path} exists (use --force to overwrite)")
    else:
        path.write_text(render_default_toml(), encoding="utf-8")
        click.echo(f"wrote {path}")
        from monitor.secrets import secret_variables

        click.echo("secrets are read from the environment only:")
        for variable, purpose in secret_variables().items():
            click.echo(f"  {variable}: {purpose}")
    store = _store(ctx)
    click.echo(f"database {store.path} ready (schema: {', '.join(store.schema_version())})")


@cli.command()
@click.option("--to", "target", required=True, metavar="URL",
              help="The empty store to copy into: postgresql://user:password@host:5432/db "
                   "(or a SQLite path). Put the password in the URL only on a private shell.")
@click.pass_context
def migrate(ctx, target):
    """Copy everything in this store into another one, e.g. SQLite into PostgreSQL.

    Example: monitor migrate --to postgresql://monitor@db.internal/monitor

    Stop the scheduler and board first; then point MONITOR_DB (or [database] path) at the new
    store. Prints how many rows of each table it copied.
    """
    from monitor.progress import bar
    from contextlib import closing

    from monitor.store import display_location, open_store
    from monitor.store.transfer import copy_store

    source = _store(ctx)
    with closing(open_store(target)) as destination, bar(source.count(), "copying", "rows") as copying:
        copied = copy_store(source, destination, lambda table, n: copying.update(n))
    click.echo(f"copied {display_location(source.path)} into {display_location(target)}:")
    width = max(len(c.table) for c in copied)
    for c in copied:
        click.echo(f"  {c.table:<{width}}  {c.rows:>12,} rows")
    click.echo(f"  {'in all':<{width}}  {sum(c.rows for c in copied):>12,} rows")


@cli.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--skip-bad", is_flag=True, help="Import the good rows and report the bad ones.")
@click.pass_context
def import_(ctx, files, skip_bad):
    """Import mentions from JSONL or CSV files (all or nothing per file unless --skip-bad).

    Fields: source, id, author.id, author.handle, author.name, text, created_at (ISO 8601),
    url, lang. Example: monitor import exports/mentions.jsonl
    """
    from monitor import pipeline
    from monitor.ingest import import_file

    store = _store(ctx)
    for file in files:
        done = import_file(store, Path(file), skip_bad=skip_bad,
                           max_text_chars=_config(ctx).model.max_text_chars)
        for error in done.errors:
            click.echo(f"skipped: {error}", err=True)
        if done.bad_rows > len(done.errors):
            click.echo(f"skipped: {done.bad_rows - len(done.errors)} more bad rows", err=True)
        result = done.result
        linked = pipeline.link_authors(store, _config(ctx), sorted(done.author_keys))
        click.echo(f"{file}: {result.stored} new, {result.duplicates} already stored, "
                   f"{result.reposts} reposts, {done.bad_rows} bad rows skipped; "
                   f"{linked} author links proposed or updated")


@cli.command()
@click.option("--source", "sources", multiple=True, help="Collector name (repeatable); default: all enabled.")
@click.pass_context
def collect(ctx, sources):
    """Run collectors once, then classify and re-assess authors.

    Example: monitor collect --source hackernews
    """
    from monitor import pipeline

    config = _config(ctx)
    store = _store(ctx)
    failed = 0
    for name, outcome in pipeline.collect(store, config, list(sources) or None):
        if isinstance(outcome, Exception):
            failed += 1
            click.echo(f"{name}: FAILED {outcome}", err=True)
        elif getattr(outcome, "skipped", False):
            click.echo(f"{name}: resting until {outcome.resting_until} (the source asked to wait); skipped")
        else:
            rest = f"; resting until {outcome.resting_until}" if getattr(outcome, "resting_until", "") else ""
            click.echo(f"{name}: {outcome.stored} new, {outcome.duplicates} already stored, "
                       f"{outcome.reposts} reposts, {outcome.quarantined} quarantined{rest}")
    summary = pipeline.after_collection(store, config)
    click.echo(summary)
    if failed:
        ctx.exit(1)


@cli.command()
@click.option("--workers", "on_workers", is_flag=True,
              help="Hand the mentions to `monitor worker` processes in batches (workers.broker_url) "
                   "and wait for them.")
@click.pass_context
def classify(ctx, on_workers):
    """Classify every stored mention that has no score yet."""
    from monitor import pipeline

    if on_workers:
        count = _classify_on_workers(_store(ctx), _config(ctx))
    else:
        count = pipeline.classify_pending(_store(ctx), _config(ctx))
    click.echo(f"classified {count} mentions")


def _classify_on_workers(store, config) -> int:
    """Queue the unscored mentions in batches for the workers and wait, showing progress."""
    if not config.workers.broker_url:
        raise MonitorError("classify --workers: no broker: set workers.broker_url or MONITOR_BROKER_URL")
    from monitor import workers
    from monitor.progress import bar

    app = workers.make_app(config)
    batches = workers.enqueue_scoring(app, store, config)
    if not batches:
        return 0
    click.echo(f"{len(batches)} batches of up to {config.workers.score_batch} mentions queued; "
               "waiting for the workers (`monitor worker`; Ctrl-C stops waiting, they stay queued)",
               err=True)
    with bar(sum(size for _, size in batches), "classifying on workers") as shown:
        count, failed = workers.wait_for_batches(app, batches, shown.update)
    if failed:
        raise MonitorError(f"{len(failed)} batches failed on the workers (see their logs): "
                           + "; ".join(failed[:5]))
    return count


@cli.command()
@click.option("--concurrency", type=click.IntRange(min=1),
              help="Worker processes (default: one per core); each computes with cores // processes threads.")
@click.pass_context
def worker(ctx, concurrency):
    """Run a Celery worker for this configuration's jobs (workers.broker_url), until stopped.

    Start any number, on any machine that reaches the broker and the database; `monitor run`
    then only enqueues. Example: MONITOR_BROKER_URL=redis://queue:6379/0 monitor worker
    """
    config = _config(ctx)
    if not config.workers.broker_url:
        raise MonitorError("worker: no broker: set workers.broker_url or MONITOR_BROKER_URL")
    from monitor import workers

    # numpy and the store stay unloaded here: each worker process loads them after the fork
    # (with its share of the cores) and opens the store for each task
    workers.run_worker(config, concurrency, loglevel="INFO")


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Output CSV or JSONL (by extension).")
@click.pass_context
def score(ctx, file, output):
    """Score any CSV/JSONL with a `text` column, without a database.

    Writes the input columns plus category, p_complaint, p_disrespectful, founded.
    Example: monitor score posts.csv -o scored.csv
    """
    from monitor import scoring

    started = time.perf_counter()
    rows = scoring.score_file(Path(file), Path(output), _config(ctx))
    seconds = time.perf_counter() - started
    click.echo(f"scored {rows} rows in {seconds:.1f}s ({rows / max(seconds, 1e-9):.0f} rows/s) -> {output}")


@cli.command()
@click.option("--full", is_flag=True, help="Re-assess every author, not only those with new mentions.")
@click.pass_context
def detect(ctx, full):
    """Re-assess authors, customers and coordinated groups; record verdict changes."""
    from monitor import pipeline

    click.echo(pipeline.detect(_store(ctx), _config(ctx), full=full))


@cli.command()
@click.pass_context
def recount(ctx):
    """Recount the hourly mention counts (the board's charts) from the stored mentions.

    Needed only after mentions were changed outside the monitor (a bulk load or an edit in SQL);
    everything the monitor itself stores keeps the counts exact.
    """
    rows = _store(ctx).rebuild_counts()
    click.echo(f"hourly counts rebuilt from the mentions: {rows:,} count rows")


@cli.group()
def customers():
    """Customer records imported from the CRM."""


@customers.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def customers_import(ctx, file):
    """Import a CRM export (CSV or XLSX); re-import updates records, never duplicates.

    The column mapping is the [crm.columns] table of monitor.toml.
    Example: monitor customers import data/demo/crm.csv
    """
    from monitor import pipeline

    count, links = pipeline.import_customers(_store(ctx), _config(ctx), Path(file))
    click.echo(f"{file}: {count} customers imported; {links} author links proposed or updated")


@cli.command()
@click.pass_context
def link(ctx):
    """Link authors to customers: exact handles, then e-mail/profile links, then fuzzy names."""
    from monitor import pipeline

    click.echo(f"{pipeline.link_authors(_store(ctx), _config(ctx))} links proposed or updated")


@cli.command()
@click.option("--verdict", type=click.Choice(list(VERDICTS)),
              help="Only people with this verdict (default: every verdict to act on; 'none' lists "
                   "the people assessed as nothing to act on).")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv")
@click.pass_context
def authors(ctx, verdict, fmt):
    """List assessed authors and customers with the recommended course and their figures.

    Example: monitor authors --verdict campaign --format json
    """
    from monitor import cases

    frame = cases.cases_table(_store(ctx), verdict, settings=_config(ctx).playbook)
    if fmt == "json":
        click.echo(json.dumps([{k: _json_value(v) for k, v in row.items()}
                               for row in frame.to_dict(orient="records")],
                              ensure_ascii=False, indent=1, allow_nan=False, default=str))
    else:
        click.echo(frame.to_csv(index=False), nl=False)


def _json_value(value):
    """Strict JSON for one cell: a missing value (NaN, NaT, None) is null, never `NaN`."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or type(value).__name__ in ("NaTType", "NAType"):
        return None
    return value


@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Folder for the report folders (default: the reports.dir setting).")
@click.option("--week", help="ISO week to report, e.g. 2026-W47 (default: the last full week, "
                             "in the team's time zone).")
@click.option("--brand", help="Only this brand's mentions (as named in [[brands]]).")
@click.option("--announce", is_flag=True, help="Also queue the short summary for the chat channel.")
@click.pass_context
def report(ctx, out_dir, week, brand, announce):
    """Write the weekly report: an HTML page with charts, its PDF, CSV tables and an XLSX
    workbook, comparing the week with the week before.

    Example: monitor report --week 2026-W47 --out var/reports
    """
    from monitor import reports

    paths = reports.write_configured_report(_store(ctx), _config(ctx), week, brand,
                                            Path(out_dir) if out_dir else None, announce=announce)
    for path in paths:
        click.echo(str(path))


@cli.command()
@click.option("--labels", "label_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV/JSONL of real posts you labelled: text,label[,lang] (repeatable). "
                   "Board corrections are always added.")
@click.option("--force", is_flag=True, help="Promote the new model even if it measures worse.")
@click.option("--shared-datasets", type=click.Path(file_okay=False), default=None,
              help="Folder of real labelled posts and public corpora (read, never copied); "
                   "default: the model.shared_datasets setting.")
@click.option("--without-written", is_flag=True,
              help="Leave out the written seed sentences (to measure what they add).")
@click.pass_context
def train(ctx, label_files, force, shared_datasets, without_written):
    """Retrain on real labelled posts, public corpora, your labels, board corrections and the
    written seed; measure on held-out real posts beside the current model; promote if not worse."""
    from monitor import pipeline

    config = _config(ctx)
    shared = Path(shared_datasets) if shared_datasets else config.model.shared_datasets
    report = pipeline.train(_store(ctx), config, [Path(f) for f in label_files], force,
                            shared, use_written=not without_written,
                            progress=lambda message: click.echo(message, err=True))
    if report.promoted:
        from monitor.privacy import actor

        _store(ctx).record_audit(actor(), "model_use", report.version,
                                 {"previous": report.previous_version, "from": "train"})
    click.echo(report.to_text())


@cli.group()
def model():
    """Classifier versions kept in models/."""


@model.command(name="list")
@click.pass_context
def model_list(ctx):
    """List model versions; * marks the one in use."""
    from monitor import model_registry

    models_dir = _config(ctx).model.dir
    current = model_registry.current_version(models_dir)
    for version in model_registry.list_versions(models_dir):
        click.echo(f"{'*' if version == current else ' '} {version}")


@model.command(name="use")
@click.argument("version")
@click.pass_context
def model_use(ctx, version):
    """Switch to another model version and queue every mention for re-scoring."""
    from monitor import pipeline

    from monitor import model_registry
    from monitor.privacy import actor

    previous = model_registry.current_version(_config(ctx).model.dir)
    cleared = pipeline.use_model(_store(ctx), _config(ctx), version)
    _store(ctx).record_audit(actor(), "model_use", version, {"previous": previous, "from": "cli"})
    click.echo(f"now using {version}; {cleared} mentions queued for re-scoring")


@cli.group(name="alerts")
def alerts_group():
    """Chat alerts: test the channel, list the outbox, send again what was held back."""


@alerts_group.command(name="test")
@click.pass_context
def alerts_test(ctx):
    """Send one test message to the channel in MONITOR_ALERT_URL (the URL is never printed)."""
    from monitor import alerts

    config = _config(ctx)
    if not alerts.channel_configured(os.environ):
        raise MonitorError(f"{alerts.ALERT_URL_ENV} is not set, so no alert channel is configured: "
                           "set it to your chat channel's Apprise URL (README, 'Alerts').")
    if not alerts.send_test(alerts.sink_from_env(os.environ), config.alerts.language,
                            config.board.public_url):
        raise MonitorError(f"the channel in {alerts.ALERT_URL_ENV} did not accept the test message "
                           "(check the URL and that the service is reachable; run with -v for details)")
    click.echo("test message sent: check the channel")


@alerts_group.command(name="list")
@click.option("--pending", is_flag=True, help="Only the alerts waiting to go out.")
@click.option("--limit", default=50, show_default=True, help="Most alerts to show.")
@click.pass_context
def alerts_list(ctx, pending, limit):
    """The alert outbox, pending first, then newest: id, when queued, state, kind, title.

    States: pending, sent, digest (sent inside one digest), historic (about old evidence, not sent).
    """
    store = _store(ctx)
    counts = store.alert_state_counts()
    click.echo(", ".join(f"{counts.get(s, 0)} {s}" for s in ("pending", "sent", "digest", "historic")))
    frame = store.alerts_frame(limit, pending_only=pending)
    if frame.empty:
        click.echo("no pending alerts" if pending else "no alerts")
        return
    frame["error"] = frame["last_error"].fillna("")
    click.echo(frame[["id", "created_at", "state", "kind", "attempts", "title", "error"]]
               .to_string(index=False, max_colwidth=70))


@alerts_group.command(name="retry")
@click.argument("alert_id", required=False)
@click.option("--all", "every", is_flag=True, help="Every historic alert and every failed delivery.")
@click.pass_context
def alerts_retry(ctx, alert_id, every):
    """Queue again a historic alert, or one whose delivery failed (or --all of them); the next
    alerts round (`monitor run`) sends them.

    Example: monitor alerts retry threat:x:12345
    """
    if bool(alert_id) == every:
        raise click.UsageError("give one alert id (see `monitor alerts list`) or --all")
    store = _store(ctx)
    if alert_id and store.alert_state(alert_id) is None:
        raise MonitorError(f"no alert {alert_id!r} (see `monitor alerts list`)")
    count = store.requeue_alerts(None if every else [alert_id])
    if alert_id and not count:
        raise MonitorError(f"alert {alert_id!r} is {store.alert_state(alert_id)} with no failed "
                           "delivery: nothing to retry")
    click.echo(f"{count} alert{'s' if count != 1 else ''} queued again; the next alerts round sends "
               f"{'them' if count != 1 else 'it'}")


@cli.command()
@click.option("--once", is_flag=True, help="Run every job once and exit (for cron or tests).")
@click.pass_context
def run(ctx, once):
    """Run the scheduler: collectors on their intervals, then classify, detect, alert, report."""
    from monitor import scheduler

    config = _config(ctx)
    _store(ctx)  # create/migrate before jobs start
    scheduler.run(config, once=once)


@cli.command()
@click.option("--port", type=int, help="Port (default board.port, 8501).")
@click.pass_context
def board(ctx, port):
    """Start the live Streamlit board on http://localhost:8501."""
    config = _config(ctx)
    _store(ctx)
    sys.exit(_start_board(config, port).wait())


def _start_board(config, port=None) -> subprocess.Popen:
    location = config.db_path
    env = {**os.environ, "MONITOR_DB": str(location.resolve() if isinstance(location, Path) else location)}
    if config.path is not None and config.path.exists():
        env["MONITOR_CONFIG"] = str(config.path.resolve())
    command = [sys.executable, "-m", "streamlit", "run", str(REPO_ROOT / "app.py"),
               "--server.port", str(port or config.board.port),
               "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    return subprocess.Popen(command, env=env)


@cli.command()
@click.option("--no-board", is_flag=True, help="Only load the demo and run the scheduler.")
@click.pass_context
def demo(ctx, no_board):
    """Load the bundled demo (company, CRM, 9 weeks of mentions), then run live with the board.

    The last mentions of the demo are held back and dripped in by the `replay` source, so the
    board shows new mentions arriving. Example: monitor --db var/demo.db demo
    """
    from monitor import demo as demo_data, scheduler

    config = demo_data.demo_config(_config(ctx))
    store = _store(ctx)
    click.echo(demo_data.load_demo(store, config))
    board_process = None if no_board else _start_board(config)
    if board_process:
        click.echo(f"board: http://localhost:{config.board.port}")
    try:
        scheduler.run(config)
    finally:
        if board_process:
            board_process.terminate()


def main() -> None:
    cli(obj={})


from monitor import cli_privacy  # noqa: E402,F401  (registers forget, export-subject, retention, audit, users)
