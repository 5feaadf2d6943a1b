"""The package type-checks (STYLE: type hints inline, a py.typed marker, mypy-clean)."""

import subprocess
import sys

import pytest

from .conftest import ROOT


def test_mypy_clean():
    pytest.importorskip("mypy")
    done = subprocess.run([sys.executable, "-m", "mypy", "claimtrack", "--ignore-missing-imports"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
    assert (ROOT / "claimtrack" / "py.typed").exists()
