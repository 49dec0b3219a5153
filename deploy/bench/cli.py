"""The command line: its options, the data set-up, one of the two benches, and clean-up."""

import argparse
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

from deploy.bench import data, pages, varnish
from deploy.bench.processes import Failure, Processes, ensure_tools, log, raise_on_signal
from deploy.bench.report import header

BENCHES = {"gunicorn": pages.bench, "varnish": varnish.bench}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m deploy.bench", description="Load-test the production configuration."
    )
    option = parser.add_argument
    option("--via", choices=sorted(BENCHES), default="gunicorn")
    option("--duration", type=int, default=3, help="seconds per wrk run (3)")
    option("--runs", type=int, default=3, help="wrk runs per row; the median is reported (3)")
    option("--connections", type=int, default=16, help="wrk connections (16)")
    option("--wrk-threads", type=int, default=2, help="wrk threads (2)")
    option("--workers", type=int, default=pages.GUNICORN_WORKERS, help="gunicorn workers (3)")
    option("--threads", type=int, default=pages.GUNICORN_THREADS, help="gunicorn threads (2)")
    option(
        "--worker-connections",
        type=int,
        default=pages.GUNICORN_WORKER_CONNECTIONS,
        help="gunicorn connections per worker (8)",
    )
    option("--database", default="portal_bench")
    option(
        "--reuse-data",
        action="store_true",
        help="keep the bench database from the last run (skips the 1–2 minute setup)",
    )
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    started = time.monotonic()
    load_at_start = os.getloadavg()
    signal.signal(signal.SIGTERM, raise_on_signal)
    signal.signal(signal.SIGHUP, raise_on_signal)
    ensure_tools(["wrk"], ["wrk"])
    processes = Processes()
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    tmp.chmod(0o755)  # Varnish compiles and runs as its own users, nginx's workers as nobody
    try:
        server = data.postgres_server()
        redis_url = data.redis_url_answering(
            os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
        )
        env = data.production_env(server, args.database, redis_url, tmp)
        setup_log = tmp / "setup.log"
        if args.reuse_data:
            log(f"reusing database {args.database}")
        else:
            data.build(env, server, args.database, setup_log)
        data.manage(env, "collectstatic", "--noinput", "-v0", logfile=setup_log)
        lines = header(args, load_at_start, redis_url)
        BENCHES[args.via](processes, env, tmp, args, redis_url, lines)
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
