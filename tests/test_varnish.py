"""deploy/varnish.vcl does what docs/deploy.md says: deploy/varnish.vtc, run by varnishtest, puts
the file as shipped in front of a stand-in for the app and checks what is cached, passed and
purged. No app, no database: a few seconds. `make test` installs Debian's varnish (which has
varnishtest); without it this skips."""

import shutil
import subprocess
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
VARNISHTEST = shutil.which("varnishtest") or "/usr/bin/varnishtest"


def test_the_vcl_passes_its_varnishtest_case():
    if not Path(VARNISHTEST).exists():
        pytest.skip(f"{VARNISHTEST} is not installed (apt-get install varnish; `make test` does)")
    # Without -q: varnishtest prints one line for a passing test and the whole log of a failing
    # one (-q would keep only "FAILED").
    result = subprocess.run(
        [VARNISHTEST, "-t", "60", "deploy/varnish.vtc"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        lines = output.splitlines()
        failed = [n for n, line in enumerate(lines) if line.startswith("---- ")]
        # What failed first, then the log leading up to it (the full log: varnishtest -v).
        end = failed[0] + 1 if failed else len(lines)
        report = [lines[n] for n in failed] + ["", *lines[max(0, end - 150) : end]]
        pytest.fail(
            f"varnishtest deploy/varnish.vtc exited {result.returncode}:\n" + "\n".join(report),
            pytrace=False,
        )
    assert "passed" in output
