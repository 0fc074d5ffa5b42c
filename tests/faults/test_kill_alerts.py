"""Alert delivery killed with SIGKILL mid-request, then restarted: every alert reaches the
channel exactly once.

The scheduler's alerts job runs in a real process and sends the outbox to a local JSON webhook
(`json://127.0.0.1:PORT/hook`, the README's generic form) that holds each request before
answering, so the kill lands while the sender waits for the answer: the channel never
acknowledged that request, the alert stays claimed and pending. The outbox gives a dead
sender's claim up after CLAIM_STALE_S (5 minutes); the test ages the claims instead of waiting,
as the scheduler's next rounds would find them, and restarts the job. First single alerts, then
a digest (more pending than alerts.digest_over). Counted by alert id over the requests the
channel acknowledged: each alert exactly once, and the outbox says sent or digest for all.
"""

from __future__ import annotations

import random
import re
import threading
import time

from monitor.store import open_store
from tests.faults import helpers
from tests.faults.helpers import AlertReceiver, assert_exactly_once, rows, scalar
from tests.conftest import store_at

KILLS_SINGLE, KILLS_DIGEST = 3, 1
SINGLES, DIGESTED = 8, 12
TITLE = re.compile(r"Fault alert (\d+)")


def _queue(db, numbers) -> None:
    store = open_store(db)
    try:
        for n in numbers:
            store.enqueue_alert(f"fault:{n}", "threat", f"x:author{n}", f"Fault alert {n:02d}",
                                f"Author {n} threatened legal action. Body of alert {n}.")
    finally:
        store.close()


def _deliver_with_kills(db, receiver, config, tmp_path, rng, kills_wanted, stage):
    """Run the alerts job, killing it `kills_wanted` times while the channel holds a request."""
    env = helpers.process_env(config, MONITOR_ALERT_URL=receiver.url, MONITOR_DB=str(db))
    command = helpers.job_command("scheduler.alerts_job(config)")
    kills = 0
    for _ in range(kills_wanted * 3):
        if kills == kills_wanted:
            break
        pending = scalar(db, "SELECT COUNT(*) FROM alerts WHERE state = 'pending'")
        victim = len(receiver.requests) + rng.randint(1, max(1, pending if stage == "alert delivery" else 1))
        hit = threading.Event()

        def on_request(item, victim=victim, hit=hit, delay=rng.uniform(0.02, 0.12)):
            if item.number == victim:
                time.sleep(delay)  # the sender has sent it all and waits for the answer
                receiver.abort_inflight()
                hit.set()

        receiver.on_request = on_request
        kills += helpers.kill_when(helpers.start(command, env, tmp_path), hit.is_set, stage)
        # a dead sender's claim is given up after CLAIM_STALE_S: age it rather than wait 5 minutes
        helpers.execute(db, "UPDATE alerts SET claimed_at = '2000-01-01T00:00:00Z'"
                            " WHERE state = 'pending' AND claimed_at IS NOT NULL")
    receiver.on_request = None
    helpers.finish(command, env, tmp_path)
    return kills


def test_alerts_killed_mid_delivery_arrive_exactly_once(tmp_path, fault_seed):
    rng = random.Random(fault_seed + 3)
    db = store_at("m")
    receiver = AlertReceiver(hold_s=0.3).start()
    try:
        _queue(db, range(1, SINGLES + 1))
        singles = helpers.write_toml(tmp_path / "singles.toml", "[alerts]\ndigest_over = 50\n")
        kills = _deliver_with_kills(db, receiver, singles, tmp_path, rng, KILLS_SINGLE, "alert delivery")
        _queue(db, range(SINGLES + 1, SINGLES + DIGESTED + 1))
        digests = helpers.write_toml(tmp_path / "digest.toml", "[alerts]\ndigest_over = 5\n")
        kills += _deliver_with_kills(db, receiver, digests, tmp_path, rng, KILLS_DIGEST,
                                     "alert digest")
    finally:
        receiver.stop()
    assert kills == KILLS_SINGLE + KILLS_DIGEST, f"seed {fault_seed}: only {kills} kills landed"
    message = f"seed {fault_seed}"
    delivered = receiver.delivered()
    arrived = [int(n) for item in delivered for n in TITLE.findall(f"{item.title}\n{item.message}")]
    assert_exactly_once(arrived, set(range(1, SINGLES + DIGESTED + 1)), "alert",
                        f"{message}: alerts acknowledged by the channel")
    unanswered = [r for r in receiver.requests if not r.acknowledged]
    assert len(unanswered) == kills, f"{message}: one unanswered request per kill"
    states = dict(rows(db, "SELECT state, COUNT(*) FROM alerts GROUP BY state"))
    assert states == {"sent": SINGLES, "digest": DIGESTED}, f"{message}: {states}"
    digest_requests = [r for r in delivered if len(TITLE.findall(r.message)) > 1]
    assert len(digest_requests) == 1, f"{message}: the digest went out once"
