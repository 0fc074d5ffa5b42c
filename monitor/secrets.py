"""Every secret the product reads, derived from who reads it: the alert channel and each collector.

Secrets come only from the environment: never from monitor.toml, never into the database, logs
or reports. Listing them here (for the README and `monitor init`) from the collectors' own
declarations means a new collector's credentials are documented the moment it declares them.
"""

from __future__ import annotations


def secret_variables() -> dict[str, str]:
    """Environment variable -> what it is for, the alert URL first, then each collector's."""
    from monitor.alerts import ALERT_URL_ENV, ALERT_URL_HELP
    from monitor.collectors import COLLECTORS

    found = {ALERT_URL_ENV: ALERT_URL_HELP}
    for name in sorted(COLLECTORS):
        collector = COLLECTORS[name]
        for key, variable in collector.secret_env.items():
            found[variable] = collector.secret_help.get(key, f"{name} {key.replace('_', ' ')}")
    return found
