"""`make bench`: load-test the production configuration on this machine, on loopback only.

    .venv/bin/python deploy/bench.py                 # gunicorn, page cache off then on
    .venv/bin/python deploy/bench.py --via varnish   # the guide page through Varnish vs nginx

Steps: recreate the `portal_bench` PostgreSQL database, migrate it, load the demo site and the
bulk content (`generate_bulk_content` at its default sizes), collect static files into a temporary
folder, then start gunicorn with `portal.settings.production` on a free loopback port and drive it
with wrk. Each page is measured with the page cache off (PORTAL_PAGE_CACHE=off: every request
renders) and on (the normal configuration), and its SQL queries are counted through Django's test
client. With --via varnish it starts Varnish (deploy/varnish.vcl) in front of gunicorn and an nginx
serving a saved copy of the guide page (deploy/nginx-static.conf), and compares the two. What the
VCL caches, passes and purges is tested by deploy/varnish.vtc (`make test`), not here.

Everything it starts is stopped by process id when it ends, fails or is interrupted. Missing
tools (wrk, varnish, nginx) are installed with apt-get when running as root. See docs/deploy.md.
"""

# Every subprocess here runs a fixed argument list of our own tools, never shell text.
# ruff: noqa: S603, S607

import argparse
import http.client
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
HOST = "127.0.0.1"

PAGES = [
    ("home", "/"),
    ("A–Z", "/medicines/"),
    ("guide", "/medicines/baclofen/"),
    ("blog index", "/blog/"),
    ("post, 200 comments", "/blog/bulk-post-with-comments/"),
    ("search", "/search/?q=baclofen"),
]
GUIDE = "/medicines/baclofen/"

# The app server as docs/deploy.md describes it: 3 processes (a crash or a slow request takes out
# one of three) of 2 threads each (a thread waiting on PostgreSQL or Redis lets the other run).
GUNICORN_WORKERS = 3
GUNICORN_THREADS = 2
# Keep-alive connections a worker holds before it leaves new ones to the others: without a cap
# one process could take all 16 of wrk's connections and serve them on one core (docs/deploy.md).
GUNICORN_WORKER_CONNECTIONS = 8

# Counts the queries of one page view in a process of its own, after a first view has filled the
# per-process and shared caches: the steady state a reader meets.
QUERY_COUNTER = """
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
counts = {}
for path in json.loads(sys.argv[1]):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    counts[path] = [response.status_code, len(queries.captured_queries)]
print(json.dumps(counts))
"""


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


class Failure(Exception):
    pass


# --- processes we start, and only those, stopped by pid -------------------------------------


class Processes:
    def __init__(self):
        self.running = []

    def start(self, name, argv, logfile, **kwargs):
        handle = open(logfile, "ab")  # noqa: SIM115 - closed in stop()
        process = subprocess.Popen(
            argv, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True, **kwargs
        )
        process.bench_name, process.bench_log, process.bench_handle = name, logfile, handle
        self.running.append(process)
        log(f"started {name} (pid {process.pid})")
        return process

    def stop(self, process):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                # Its own session: the group id is the pid we started, so this reaches only the
                # children of that process (gunicorn workers, varnish child, nginx workers).
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        process.bench_handle.close()
        if process in self.running:
            self.running.remove(process)
        log(f"stopped {process.bench_name} (pid {process.pid})")

    def stop_all(self):
        for process in reversed(list(self.running)):
            try:
                self.stop(process)
            except Exception as error:  # keep stopping the others
                log(f"could not stop {process.bench_name} (pid {process.pid}): {error}")


def raise_on_signal(signum, frame):
    raise SystemExit(128 + signum)


# --- tools ---------------------------------------------------------------------------------------


def ensure_tools(commands, packages):
    missing = [pkg for cmd, pkg in zip(commands, packages, strict=True) if not shutil.which(cmd)]
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise Failure(
            f"missing {', '.join(missing)}: install them (apt-get install {' '.join(missing)})"
        )
    log(f"installing {', '.join(missing)} with apt-get")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", *missing],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def fetch(port, path, method="GET", headers=None):
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request(method, path, headers={"Host": "localhost", **(headers or {})})
        response = connection.getresponse()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, response.read()
    finally:
        connection.close()


def wait_until_answering(port, process, path="/healthz", seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise Failure(f"{process.bench_name} exited; see {process.bench_log}")
        try:
            status, _, _ = fetch(port, path)
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise Failure(f"{process.bench_name} did not answer on port {port} within {seconds} s")


# --- database, data, static files ----------------------------------------------------------------


def recreate_database(server_url, name):
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{server_url}/postgres", autocommit=True, connect_timeout=5) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def redis_url_answering(url):
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)
        client.ping()
        client.flushdb()
        return url
    except Exception as error:
        # The production settings refuse to run the page cache without a shared cache.
        raise SystemExit(f"Redis does not answer at {url} ({error}): set BENCH_REDIS_URL") from None


def flush_redis(url):
    if url:
        import redis

        redis.Redis.from_url(url, socket_timeout=2).flushdb()


def manage(env, *args, logfile):
    started = time.monotonic()
    with open(logfile, "ab") as handle:
        result = subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT
        )
    if result.returncode:
        raise Failure(f"manage.py {' '.join(args)} failed; see {logfile}")
    log(f"manage.py {args[0]}: {time.monotonic() - started:.1f} s")


def count_queries(env, page_cache):
    run_env = dict(env, PORTAL_PAGE_CACHE="on" if page_cache else "off")
    result = subprocess.run(
        [PYTHON, "-c", QUERY_COUNTER, json.dumps([path for _, path in PAGES])],
        cwd=ROOT,
        env=run_env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise Failure(f"counting queries failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- wrk -------------------------------------------------------------------------------------------

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


# --- report ---------------------------------------------------------------------------------------


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


def machine_description(load_at_start):
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.strip()
    total = memory.splitlines()[1].split()[1] if memory else "?"
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout
    return [
        f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}",
        f"machine: {os.cpu_count()} CPUs (nproc), {cpu}, {total} RAM, "
        f"{platform.system()} {platform.release()}",
        f"load generator: wrk {wrk_version.split()[1] if wrk_version else ''} on the same machine; "
        "load average (1, 5, 15 min) when it started: "
        + ", ".join(f"{n:.2f}" for n in load_at_start),
    ]


def print_table(headers, rows):
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    print(line)
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for row in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


# --- the runs ----------------------------------------------------------------------------------


def start_gunicorn(processes, env, tmp, name, args):
    port = free_port()
    argv = [
        str(BIN / "gunicorn"),
        "portal.wsgi:application",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(args.workers),
        "--threads",
        str(args.threads),
        "--worker-connections",
        str(args.worker_connections),
        "--forwarded-allow-ips",
        HOST,
        "--log-level",
        "warning",
        "--no-control-socket",
    ]
    process = processes.start(name, argv, tmp / f"{name}.log", cwd=ROOT, env=env)
    wait_until_answering(port, process)
    return port, process


def run_pages(processes, env, tmp, args, mode, page_cache, queries):
    run_env = dict(env, PORTAL_PAGE_CACHE="on" if page_cache else "off")
    port, process = start_gunicorn(processes, run_env, tmp, f"gunicorn-{mode}", args)
    rows = []
    try:
        seen = warm(port, [path for _, path in PAGES])
        for name, path in PAGES:
            (result,) = measure([port], path, args)
            status, headers = seen[path]
            header = headers.get("x-page-cache", "–")
            rows.append(
                [
                    name,
                    path,
                    mode,
                    fmt(result["rps"]),
                    fmt(result["p50"]),
                    fmt(result["p99"]),
                    str(result["errors"] + (0 if status == 200 else 1)),
                    str(queries[path][1]),
                    header,
                ]
            )
            runs = " / ".join(f"{rps:.0f}" for rps in result["all_rps"])
            log(f"{mode:<5} {path:<32} {result['rps']:8.1f} req/s  p99 {fmt(result['p99'])} ms")
            log(f"      (requests/s of each run: {runs})")
    finally:
        processes.stop(process)
    return rows


def run_varnish(processes, env, tmp, args):
    ensure_tools(["varnishd", "nginx"], ["varnish", "nginx"])
    port, gunicorn = start_gunicorn(processes, env, tmp, "gunicorn", args)
    try:
        warm(port, [GUIDE])
        (direct,) = measure([port], GUIDE, args)

        # Varnish, with the repository's VCL pointed at this gunicorn.
        vcl = (DEPLOY / "varnish.vcl").read_text()
        vcl, replaced = re.subn(r'(\.port = )"\d+";', rf'\1"{port}";', vcl, count=1)
        if not replaced:
            raise Failure("deploy/varnish.vcl: no backend port to point at gunicorn")
        (tmp / "varnish.vcl").write_text(vcl)
        (tmp / "varnish.vcl").chmod(0o644)
        varnish_port = free_port()
        varnishd = processes.start(
            "varnishd",
            [
                "varnishd",
                "-F",
                "-a",
                f"{HOST}:{varnish_port}",
                "-f",
                str(tmp / "varnish.vcl"),
                "-s",
                "malloc,256m",
                "-n",
                str(tmp / "varnish"),
            ],
            tmp / "varnishd.log",
        )
        wait_until_answering(varnish_port, varnishd)

        # nginx with the guide page as it was just served, saved as a file.
        status, _, html = fetch(port, GUIDE)
        if status != 200:
            raise Failure(f"{GUIDE} answered {status}")
        prefix = tmp / "nginx"
        page = prefix / "html" / GUIDE.strip("/") / "index.html"
        page.parent.mkdir(parents=True)
        (prefix / "tmp").mkdir()
        page.write_bytes(html)
        nginx_port = free_port()
        conf = (DEPLOY / "nginx-static.conf").read_text()
        conf, replaced = re.subn(r"listen 127\.0\.0\.1:\d+;", f"listen {HOST}:{nginx_port};", conf)
        if not replaced:
            raise Failure("deploy/nginx-static.conf: no listen line to rewrite")
        (prefix / "nginx.conf").write_text(conf)
        for folder in [prefix, prefix / "tmp", *page.parents]:
            if folder.is_relative_to(prefix):
                folder.chmod(0o755)  # nginx's workers run as nobody
        page.chmod(0o644)
        nginx = processes.start(
            "nginx",
            [
                "nginx",
                "-p",
                f"{prefix}/",
                "-c",
                str(prefix / "nginx.conf"),
                "-e",
                str(prefix / "error.log"),
            ],
            tmp / "nginx.log",
        )
        wait_until_answering(nginx_port, nginx, path=GUIDE)

        fetch(varnish_port, GUIDE)
        _, headers, _ = fetch(varnish_port, GUIDE)
        if headers.get("x-cache") != "hit":
            log(f"warning: Varnish did not cache {GUIDE}: x-cache={headers.get('x-cache')}")
        through_varnish, static = measure([varnish_port, nginx_port], GUIDE, args)
        stats = subprocess.run(
            ["varnishstat", "-n", str(tmp / "varnish"), "-1", "-f", "MAIN.cache_hit"]
            + ["-f", "MAIN.cache_miss", "-f", "MAIN.s_pass"],
            capture_output=True,
            text=True,
        ).stdout
        # What the VCL caches, passes and purges is not checked here but by deploy/varnish.vtc
        # (varnishtest, in `make test`), without the app.
    finally:
        processes.stop_all()

    rows = [
        ["gunicorn, page cache on", direct],
        ["Varnish (deploy/varnish.vcl) → gunicorn", through_varnish],
        ["nginx, the same HTML as a static file", static],
    ]
    table = [
        [
            name,
            fmt(r["rps"]),
            " / ".join(f"{rps:,.0f}" for rps in r["all_rps"]),
            fmt(r["p50"], 2),
            fmt(r["p99"], 2),
            str(r["errors"]),
        ]
        for name, r in rows
    ]
    counters = dict(re.findall(r"^MAIN\.(\w+)\s+(\d+)", stats, re.MULTILINE))
    return table, through_varnish["rps"] / static["rps"], counters


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--via", choices=["gunicorn", "varnish"], default="gunicorn")
    parser.add_argument("--duration", type=int, default=3, help="seconds per wrk run (3)")
    parser.add_argument(
        "--runs", type=int, default=3, help="wrk runs per row; the median is reported (3)"
    )
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (16)")
    parser.add_argument("--wrk-threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument(
        "--workers",
        type=int,
        default=GUNICORN_WORKERS,
        help=f"gunicorn workers ({GUNICORN_WORKERS})",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=GUNICORN_THREADS,
        help=f"gunicorn threads ({GUNICORN_THREADS})",
    )
    parser.add_argument(
        "--worker-connections",
        type=int,
        default=GUNICORN_WORKER_CONNECTIONS,
        help=f"gunicorn connections per worker ({GUNICORN_WORKER_CONNECTIONS})",
    )
    parser.add_argument("--database", default="portal_bench")
    parser.add_argument(
        "--reuse-data",
        action="store_true",
        help="keep the bench database from the last run (skips the 1–2 minute setup)",
    )
    args = parser.parse_args()

    started = time.monotonic()
    load_at_start = os.getloadavg()
    signal.signal(signal.SIGTERM, raise_on_signal)
    signal.signal(signal.SIGHUP, raise_on_signal)
    ensure_tools(["wrk"], ["wrk"])
    processes = Processes()
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    tmp.chmod(0o755)  # Varnish compiles and runs as its own users, nginx's workers as nobody
    try:
        server = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get(
            "LOCAL_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432"
        )
        server = server.rstrip("/")
        redis_url = redis_url_answering(
            os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
        )
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DJANGO_SETTINGS_MODULE", "PORTAL_PAGE_CACHE", "FRONTEND_CACHE_URL"}
        }
        env.update(
            DJANGO_SETTINGS_MODULE="portal.settings.production",
            SECRET_KEY=secrets.token_urlsafe(60),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="false",
            DATABASE_URL=f"{server}/{args.database}",
            REDIS_URL=redis_url,
            STATIC_ROOT=str(tmp / "static"),
            MEDIA_ROOT=str(tmp / "media"),
            WAGTAILADMIN_BASE_URL="http://localhost",
        )
        setup_log = tmp / "setup.log"
        if args.reuse_data:
            log(f"reusing database {args.database}")
        else:
            log(f"recreating database {args.database} on {server}")
            recreate_database(server, args.database)
            manage(env, "migrate", "--noinput", logfile=setup_log)
            manage(env, "load_demo_content", "--base-url", "http://localhost", logfile=setup_log)
            manage(env, "generate_bulk_content", logfile=setup_log)
            summary = [line for line in setup_log.read_text().splitlines() if "Bulk" in line]
            log(summary[-1].strip() if summary else "bulk content made")
        manage(env, "collectstatic", "--noinput", "-v0", logfile=setup_log)

        header = machine_description(load_at_start)
        header.append(
            f"app: gunicorn --workers {args.workers} --threads {args.threads} "
            f"--worker-connections {args.worker_connections}, "
            f"portal.settings.production, PostgreSQL {args.database}, "
            f"cache Redis {redis_url}"
        )
        header.append(
            f"load: wrk -t{args.wrk_threads} -c{args.connections}, {args.runs} runs of "
            f"{args.duration} s per row after a one-second warm-up burst; the median run is shown"
        )

        if args.via == "varnish":
            flush_redis(redis_url)
            table, ratio, counters = run_varnish(processes, env, tmp, args)
            print()
            print(f"## make bench VIA=varnish: {GUIDE}")
            print()
            for line in header:
                print(f"- {line}")
            print("- Varnish 7 (deploy/varnish.vcl, malloc 256 MB) and nginx on the same machine")
            print()
            print_table(["server", "requests/s", "each run", "p50 ms", "p99 ms", "errors"], table)
            print()
            print(f"Varnish / static nginx: {ratio:.0%} of the static file's requests per second.")
            print(
                "Varnish counters: "
                + ", ".join(f"{name} {value}" for name, value in counters.items())
            )
        else:
            queries_off = count_queries(env, page_cache=False)
            flush_redis(redis_url)
            queries_on = count_queries(env, page_cache=True)
            flush_redis(redis_url)
            rows = run_pages(processes, env, tmp, args, "cold", False, queries_off)
            flush_redis(redis_url)
            rows += run_pages(processes, env, tmp, args, "warm", True, queries_on)
            rows.sort(key=lambda row: [path for _, path in PAGES].index(row[1]))
            print()
            print("## make bench")
            print()
            for line in header:
                print(f"- {line}")
            print(
                "- cold: PORTAL_PAGE_CACHE=off, every request renders; warm: the page cache "
                "on (the default). SQL queries: one view after a first one, Django test client"
            )
            print()
            print_table(
                [
                    "page",
                    "path",
                    "mode",
                    "requests/s",
                    "p50 ms",
                    "p99 ms",
                    "errors",
                    "SQL queries",
                    "X-Page-Cache",
                ],
                rows,
            )
        print()
        log(f"done in {time.monotonic() - started:.0f} s")
        return 0
    except Failure as error:
        log(f"FAILED: {error}")
        log(f"logs kept in {tmp}")
        tmp = None
        return 1
    finally:
        processes.stop_all()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
