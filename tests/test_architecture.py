"""The direction of dependencies that docs/architecture.md describes: `portal/` imports no app and
`guides/` does not import `blog/`, checked by import-linter over every import (those inside
functions too) against the contract in pyproject.toml, and that no module imports itself back."""

import subprocess
import sys
from pathlib import Path

import grimp

BASE_DIR = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=BASE_DIR, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_no_module_imports_one_that_imports_it_back():
    """No import cycle between our modules, through any chain and with the imports inside
    functions counted: such an import cannot be there to dodge a cycle."""
    graph = grimp.build_graph("portal", "guides", "blog", cache_dir=None)
    cycles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back:
                cycles.append(" → ".join((module, *back)))
    assert cycles == []
