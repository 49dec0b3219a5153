"""Loopback ports and plain HTTP requests to the servers the bench starts."""

import http.client
import socket
import time

from deploy.bench.processes import Failure

HOST = "127.0.0.1"


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
