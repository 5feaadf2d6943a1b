"""What `pip install .` ships: every file the package reads is declared package data of a declared package (so
setuptools neither leaves it out nor warns about an undeclared data folder), and `make demo` installs no test
tools.  Nothing is built here; the install itself was checked by hand (see the README's Install section)."""

from __future__ import annotations

import fnmatch
import re
import tomllib

from .conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def test_every_data_file_is_declared_package_data_of_a_declared_package():
    include = SETUPTOOLS["packages"]["find"]["include"]
    assert SETUPTOOLS["packages"]["find"].get("namespaces", True)  # data folders have no __init__.py
    globs = SETUPTOOLS["package-data"]
    package_root = ROOT / "claimtrack"
    shipped = [p for p in package_root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
               and p.suffix not in (".py", ".pyc")]
    assert len(shipped) > 40
    for path in shipped:
        package = ".".join(path.parent.relative_to(ROOT).parts)
        assert any(fnmatch.fnmatchcase(package, pattern) for pattern in include), f"{package} is not a package"
        assert any(fnmatch.fnmatchcase(path.name, g) for g in globs.get(package, [])), \
            f"{path.relative_to(ROOT)} is not package data of {package}: {globs.get(package)}"


def test_make_demo_does_not_install_the_test_extra():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    demo = re.search(r"^demo: (\S+)", makefile, flags=re.M).group(1)
    recipe = re.search(rf"^\$\({demo[2:-1]}\):.*\n((?:\t.*\n)+)", makefile, flags=re.M).group(1)
    assert "pip install" in recipe and "[test]" not in recipe
    assert "pytest" not in PYPROJECT["project"]["dependencies"]
