"""wrk: its runs, its output read into figures, and the median of several runs."""

# Every subprocess here runs a fixed argument list of our own tools, never shell text.
# ruff: noqa: S603, S607

import re
import subprocess
import time

from deploy.bench.probe import HOST, fetch
from deploy.bench.processes import Failure, log

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def to_ms(text):
    number, unit = re.fullmatch(r"([\d.]+)([a-z]+)", text).groups()
    return float(number) * UNITS_MS[unit]


def parse_wrk(text):
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if not rps:
        raise Failure(f"unexpected wrk output:\n{text}")
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+[a-z]+)\s*$", text, re.MULTILINE))
    bad_status = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    return {
        "rps": float(rps.group(1)),
        "requests": int(re.search(r"(\d+) requests in", text).group(1)),
        "p50": to_ms(latency["50"]) if "50" in latency else None,
        "p99": to_ms(latency["99"]) if "99" in latency else None,
        "errors": (int(bad_status.group(1)) if bad_status else 0)
        + (sum(int(n) for n in sockets.groups()) if sockets else 0),
    }


def wrk(port, path, seconds, connections, threads):
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s"]
    argv += ["--latency", "-H", "Host: localhost", f"http://{HOST}:{port}{path}"]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 30)
    if result.returncode:
        raise Failure(f"wrk failed: {result.stderr}")
    parsed = parse_wrk(result.stdout)
    if parsed["requests"] == 0:
        # Requests still waiting when the run ends are not counted as wrk timeouts.
        parsed["errors"] = max(parsed["errors"], connections)
        parsed["p50"] = parsed["p99"] = None
    return parsed


def settle(port, seconds=15):
    """Wait until the server has finished the requests wrk left behind: when wrk stops, a slow
    page's queue of accepted requests is still being rendered and would slow the next row."""
    deadline = time.monotonic() + seconds
    quick = 0
    while quick < 3 and time.monotonic() < deadline:
        started = time.monotonic()
        fetch(port, "/healthz")
        quick = quick + 1 if time.monotonic() - started < 0.02 else 0
        time.sleep(0.05)


def measure(ports, path, args):
    """A one-second warm-up burst, then args.runs wrk runs of args.duration seconds against each
    port in turn, alternating so that a passing slowdown of this shared machine hits every port
    alike. For each port: the run with the median requests/s, with the errors of all its runs."""
    runs = {port: [] for port in ports}
    for port in ports:
        wrk(port, path, 1, args.connections, args.wrk_threads)
    for _ in range(args.runs):
        for port in ports:
            runs[port].append(wrk(port, path, args.duration, args.connections, args.wrk_threads))
    for port in ports:
        settle(port)
    medians = []
    for port in ports:
        ordered = sorted(runs[port], key=lambda run: run["rps"])
        median = dict(ordered[len(ordered) // 2])
        median["errors"] = sum(run["errors"] for run in ordered)
        median["all_rps"] = [run["rps"] for run in runs[port]]
        medians.append(median)
    return medians


def warm(port, paths):
    """Two requests per page: the first fills the caches, the second shows what readers get."""
    seen = {}
    for path in paths:
        status, headers, _ = fetch(port, path)
        if status != 200:
            log(f"warning: {path} answered {status}")
        status, headers, _ = fetch(port, path)
        seen[path] = (status, headers)
    return seen
