"""The reader's pages through gunicorn, each with the page cache off (cold) and on (warm)."""

from deploy.bench.data import PYTHON, ROOT, count_queries, flush_redis
from deploy.bench.load import measure, warm
from deploy.bench.probe import HOST, free_port, wait_until_answering
from deploy.bench.processes import log
from deploy.bench.report import fmt, print_report

PAGES = [
    ("home", "/"),
    ("A–Z", "/medicines/"),
    ("guide", "/medicines/baclofen/"),
    ("blog index", "/blog/"),
    ("post, 200 comments", "/blog/bulk-post-with-comments/"),
    ("search", "/search/?q=baclofen"),
]
PATHS = [path for _, path in PAGES]

# The app server as docs/deploy.md describes it: 3 processes (a crash or a slow request takes out
# one of three) of 2 threads each (a thread waiting on PostgreSQL or Redis lets the other run).
GUNICORN_WORKERS = 3
GUNICORN_THREADS = 2
# Keep-alive connections a worker holds before it leaves new ones to the others: without a cap
# one process could take all 16 of wrk's connections and serve them on one core (docs/deploy.md).
GUNICORN_WORKER_CONNECTIONS = 8

COLUMNS = ["page", "path", "mode", "requests/s", "p50 ms", "p99 ms", "errors", "SQL queries"]
COLUMNS.append("X-Page-Cache")


def start_gunicorn(processes, env, tmp, name, args):
    port = free_port()
    argv = [
        str(PYTHON.parent / "gunicorn"),
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


def bench(processes, env, tmp, args, redis_url, header):
    """Count each page's queries, measure it cold then warm, and print the table."""
    queries_off = count_queries(env, PATHS, page_cache=False)
    flush_redis(redis_url)
    queries_on = count_queries(env, PATHS, page_cache=True)
    flush_redis(redis_url)
    rows = run(processes, env, tmp, args, "cold", False, queries_off)
    flush_redis(redis_url)
    rows += run(processes, env, tmp, args, "warm", True, queries_on)
    rows.sort(key=lambda row: PATHS.index(row[1]))
    header = [
        *header,
        "cold: PORTAL_PAGE_CACHE=off, every request renders; warm: the page cache "
        "on (the default). SQL queries: one view after a first one, Django test client",
    ]
    print_report("make bench", header, COLUMNS, rows)


def run(processes, env, tmp, args, mode, page_cache, queries):
    run_env = dict(env, PORTAL_PAGE_CACHE="on" if page_cache else "off")
    port, process = start_gunicorn(processes, run_env, tmp, f"gunicorn-{mode}", args)
    rows = []
    try:
        seen = warm(port, PATHS)
        for name, path in PAGES:
            (result,) = measure([port], path, args)
            status, headers = seen[path]
            errors = result["errors"] + (0 if status == 200 else 1)
            rows.append(
                [name, path, mode, fmt(result["rps"]), fmt(result["p50"]), fmt(result["p99"])]
                + [str(errors), str(queries[path][1]), headers.get("x-page-cache", "–")]
            )
            runs = " / ".join(f"{rps:.0f}" for rps in result["all_rps"])
            log(f"{mode:<5} {path:<32} {result['rps']:8.1f} req/s  p99 {fmt(result['p99'])} ms")
            log(f"      (requests/s of each run: {runs})")
    finally:
        processes.stop(process)
    return rows
