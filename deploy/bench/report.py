"""The printed report: the machine and the load in a header, then a Markdown table."""

# Every subprocess here runs a fixed argument list of our own tools, never shell text.
# ruff: noqa: S603, S607

import os
import platform
import subprocess
import time
from pathlib import Path


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


def header(args, load_at_start, redis_url):
    return [
        *machine_description(load_at_start),
        f"app: gunicorn --workers {args.workers} --threads {args.threads} "
        f"--worker-connections {args.worker_connections}, "
        f"portal.settings.production, PostgreSQL {args.database}, cache Redis {redis_url}",
        f"load: wrk -t{args.wrk_threads} -c{args.connections}, {args.runs} runs of "
        f"{args.duration} s per row after a one-second warm-up burst; the median run is shown",
    ]


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


def print_report(title, lines, headers, rows):
    print()
    print(f"## {title}")
    print()
    for line in lines:
        print(f"- {line}")
    print()
    print_table(headers, rows)


def print_table(headers, rows):
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    print(line)
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for row in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
