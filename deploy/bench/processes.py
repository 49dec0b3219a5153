"""The processes the bench starts, and only those, stopped by pid; the tools it needs."""

# Every subprocess here runs a fixed argument list of our own tools, never shell text.
# ruff: noqa: S603, S607

import os
import shutil
import signal
import subprocess
import time


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


class Failure(Exception):
    pass


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
