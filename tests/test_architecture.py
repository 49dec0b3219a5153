"""The direction of dependencies that docs/architecture.md describes: `portal/` imports no app and
`guides/` does not import `blog/`, checked by import-linter over every import (those inside
functions too) against the contract in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=BASE_DIR, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
