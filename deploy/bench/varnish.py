"""`--via varnish`: the guide page through Varnish (deploy/varnish.vcl) in front of gunicorn,
next to nginx serving the same HTML as a static file (deploy/nginx-static.conf)."""

# Every subprocess here runs a fixed argument list of our own tools, never shell text.
# ruff: noqa: S603, S607

import re
import subprocess

from deploy.bench.data import ROOT, flush_redis
from deploy.bench.load import measure, warm
from deploy.bench.pages import start_gunicorn
from deploy.bench.probe import HOST, fetch, free_port, wait_until_answering
from deploy.bench.processes import Failure, ensure_tools, log
from deploy.bench.report import fmt, print_report

DEPLOY = ROOT / "deploy"
GUIDE = "/medicines/baclofen/"
COLUMNS = ["server", "requests/s", "each run", "p50 ms", "p99 ms", "errors"]


def bench(processes, env, tmp, args, redis_url, header):
    ensure_tools(["varnishd", "nginx"], ["varnish", "nginx"])
    flush_redis(redis_url)
    port, _ = start_gunicorn(processes, env, tmp, "gunicorn", args)
    try:
        warm(port, [GUIDE])
        (direct,) = measure([port], GUIDE, args)
        varnish_port = start_varnish(processes, tmp, port)
        nginx_port = start_static_nginx(processes, tmp, port)
        fetch(varnish_port, GUIDE)
        _, headers, _ = fetch(varnish_port, GUIDE)
        if headers.get("x-cache") != "hit":
            log(f"warning: Varnish did not cache {GUIDE}: x-cache={headers.get('x-cache')}")
        through_varnish, static = measure([varnish_port, nginx_port], GUIDE, args)
        counters = varnish_counters(tmp)
    finally:
        processes.stop_all()

    rows = [
        ["gunicorn, page cache on", direct],
        ["Varnish (deploy/varnish.vcl) → gunicorn", through_varnish],
        ["nginx, the same HTML as a static file", static],
    ]
    table = [
        [name, fmt(r["rps"]), " / ".join(f"{rps:,.0f}" for rps in r["all_rps"])]
        + [fmt(r["p50"], 2), fmt(r["p99"], 2), str(r["errors"])]
        for name, r in rows
    ]
    header = [
        *header,
        "Varnish 7 (deploy/varnish.vcl, malloc 256 MB) and nginx on the same machine",
    ]
    print_report(f"make bench VIA=varnish: {GUIDE}", header, COLUMNS, table)
    print()
    ratio = through_varnish["rps"] / static["rps"]
    print(f"Varnish / static nginx: {ratio:.0%} of the static file's requests per second.")
    print("Varnish counters: " + ", ".join(f"{name} {value}" for name, value in counters.items()))


def start_varnish(processes, tmp, backend_port):
    """Varnish with the repository's VCL, pointed at this gunicorn."""
    vcl = (DEPLOY / "varnish.vcl").read_text()
    vcl, replaced = re.subn(r'(\.port = )"\d+";', rf'\1"{backend_port}";', vcl, count=1)
    if not replaced:
        raise Failure("deploy/varnish.vcl: no backend port to point at gunicorn")
    (tmp / "varnish.vcl").write_text(vcl)
    (tmp / "varnish.vcl").chmod(0o644)
    port = free_port()
    argv = ["varnishd", "-F", "-a", f"{HOST}:{port}", "-f", str(tmp / "varnish.vcl")]
    argv += ["-s", "malloc,256m", "-n", str(tmp / "varnish")]
    wait_until_answering(port, processes.start("varnishd", argv, tmp / "varnishd.log"))
    return port


def start_static_nginx(processes, tmp, backend_port):
    """nginx with the guide page as gunicorn just served it, saved as a file."""
    status, _, html = fetch(backend_port, GUIDE)
    if status != 200:
        raise Failure(f"{GUIDE} answered {status}")
    prefix = tmp / "nginx"
    page = prefix / "html" / GUIDE.strip("/") / "index.html"
    page.parent.mkdir(parents=True)
    (prefix / "tmp").mkdir()
    page.write_bytes(html)
    port = free_port()
    conf = (DEPLOY / "nginx-static.conf").read_text()
    conf, replaced = re.subn(r"listen 127\.0\.0\.1:\d+;", f"listen {HOST}:{port};", conf)
    if not replaced:
        raise Failure("deploy/nginx-static.conf: no listen line to rewrite")
    (prefix / "nginx.conf").write_text(conf)
    for folder in [prefix, prefix / "tmp", *page.parents]:
        if folder.is_relative_to(prefix):
            folder.chmod(0o755)  # nginx's workers run as nobody
    page.chmod(0o644)
    argv = ["nginx", "-p", f"{prefix}/", "-c", str(prefix / "nginx.conf")]
    argv += ["-e", str(prefix / "error.log")]
    wait_until_answering(port, processes.start("nginx", argv, tmp / "nginx.log"), path=GUIDE)
    return port


def varnish_counters(tmp):
    # What the VCL caches, passes and purges is not checked here but by deploy/varnish.vtc
    # (varnishtest, in `make test`), without the app.
    stats = subprocess.run(
        ["varnishstat", "-n", str(tmp / "varnish"), "-1", "-f", "MAIN.cache_hit"]
        + ["-f", "MAIN.cache_miss", "-f", "MAIN.s_pass"],
        capture_output=True,
        text=True,
    ).stdout
    return dict(re.findall(r"^MAIN\.(\w+)\s+(\d+)", stats, re.MULTILINE))
