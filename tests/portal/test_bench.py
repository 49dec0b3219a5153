"""deploy/bench's reading of wrk and its choice of the median run (the load itself is
`make bench`, never a timed test)."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from deploy.bench import cli, load, pages
from deploy.bench.processes import Failure

DOCS = Path(__file__).resolve().parents[2] / "docs"

WRK_OUTPUT = """Running 3s test @ http://127.0.0.1:8000/medicines/baclofen/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    10.93ms    5.01ms  60.12ms   80.00%
    Req/Sec   736.47     80.30     0.92k    70.00%
  Latency Distribution
     50%    9.71ms
     75%   12.50ms
     90%   16.00ms
     99%   31.20ms
  4402 requests in 3.00s, 70.41MB read
  Non-2xx or 3xx responses: 2
  Socket errors: connect 0, read 1, write 0, timeout 3
Requests/sec:   1467.33
Transfer/sec:     23.47MB
"""


def test_wrk_output_is_read_with_units_and_every_kind_of_error():
    parsed = load.parse_wrk(WRK_OUTPUT)
    assert parsed == {"rps": 1467.33, "requests": 4402, "p50": 9.71, "p99": 31.2, "errors": 6}


def test_unexpected_wrk_output_fails_loudly():
    with pytest.raises(Failure):
        load.parse_wrk("wrk: connection refused\n")


def test_the_median_run_is_reported_with_the_errors_of_all_runs(monkeypatch):
    results = iter(
        [
            {"rps": 900.0, "p99": 40.0, "errors": 0},  # port a
            {"rps": 50.0, "p99": 10.0, "errors": 1},  # port b
            {"rps": 1200.0, "p99": 20.0, "errors": 2},
            {"rps": 70.0, "p99": 12.0, "errors": 0},
            {"rps": 1000.0, "p99": 30.0, "errors": 0},
            {"rps": 60.0, "p99": 11.0, "errors": 0},
        ]
    )
    calls = []

    def fake_wrk(port, path, seconds, connections, threads):
        calls.append((port, seconds))
        if seconds == 1:  # the warm-up burst, not measured
            return {"rps": 1.0, "p99": 1.0, "errors": 99}
        return dict(next(results))

    monkeypatch.setattr(load, "wrk", fake_wrk)
    monkeypatch.setattr(load, "settle", lambda port: calls.append((port, "settle")))
    args = SimpleNamespace(runs=3, duration=3, connections=16, wrk_threads=2)
    a, b = load.measure(["a", "b"], "/", args)
    # Warm-up for each, then alternating runs, then waiting for both to go quiet.
    assert calls == [("a", 1), ("b", 1)] + [("a", 3), ("b", 3)] * 3 + [
        ("a", "settle"),
        ("b", "settle"),
    ]
    assert (a["rps"], a["p99"], a["errors"]) == (1000.0, 30.0, 2)
    assert (b["rps"], b["p99"], b["errors"]) == (60.0, 11.0, 1)
    assert a["all_rps"] == [900.0, 1200.0, 1000.0]


def test_gunicorn_runs_as_docs_deploy_md_says(monkeypatch, tmp_path):
    """The bench measures the documented app server: same workers, threads and connection cap."""
    started = {}

    class Processes:
        def start(self, name, argv, logfile, **kwargs):
            started["argv"] = argv
            return SimpleNamespace(pid=1)

    monkeypatch.setattr(pages, "wait_until_answering", lambda port, process: None)
    args = cli.parse_args([])  # the defaults `make bench` runs with
    pages.start_gunicorn(Processes(), {}, tmp_path, "gunicorn", args)
    argv = " ".join(started["argv"])

    deploy = (DOCS / "deploy.md").read_text()
    documented = deploy[deploy.index("gunicorn portal.wsgi:application --bind 0.0.0.0") :]
    documented = documented[: documented.index("```")]
    for option in ("--workers", "--threads", "--worker-connections"):
        value = documented.split(option)[1].split()[0]
        assert f"{option} {value}" in argv, option
