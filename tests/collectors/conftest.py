"""Fixtures for collector tests: a threaded local HTTP server, a fake clock, and a fast HttpClient."""

from __future__ import annotations

import random

import pytest
from pytest_httpserver import HTTPServer

from monitor.collectors import bluesky
from monitor.collectors.client import HttpClient

from .helpers import CLIENT_TIMEOUT_S, NOW, FakeTime


@pytest.fixture(scope="session")
def make_httpserver():
    """Threaded, so a handler that sleeps past the client timeout does not block the retry."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def http(fake_time: FakeTime):
    """A short timeout, recorded (not real) sleeps, a fixed wall clock at NOW."""
    client = HttpClient(timeout_s=CLIENT_TIMEOUT_S, backoff_s=0.5, max_retries=3, max_wait_s=600,
                        sleep=fake_time.sleep, clock=fake_time.clock, now=lambda: NOW, rng=random.Random(7))
    yield client
    client.close()


@pytest.fixture(autouse=True)
def _fresh_bluesky_sessions():
    """Bluesky sessions are cached per process; each test starts logged out."""
    bluesky._SESSIONS.clear()
    yield
    bluesky._SESSIONS.clear()
