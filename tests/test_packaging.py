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


def _python(code: str) -> str:
    """Run ``code`` in a fresh interpreter on this tree (what a program sees on its first import)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True).stdout


def test_import_claimtrack_still_exposes_every_public_name():
    """The public names are imported when first asked for (PEP 562; issue 14: `extract` imports what it uses):
    every name of ``__all__`` is there, is the object of its home module, and ``from claimtrack import *`` binds
    them all."""
    import importlib

    import claimtrack

    assert claimtrack.__all__ == sorted(claimtrack.__all__) and len(claimtrack.__all__) == 49
    for name in claimtrack.__all__:
        home = importlib.import_module(f"claimtrack.{claimtrack._MODULE_OF[name]}")
        assert getattr(claimtrack, name) is getattr(home, name), name
        assert name in dir(claimtrack)
    namespace: dict = {}
    exec("from claimtrack import *", namespace)
    assert set(claimtrack.__all__) <= set(namespace)
    assert claimtrack.matching.Corpus is claimtrack.Corpus  # a submodule after a bare import, as before
    try:
        claimtrack.no_such_name
    except AttributeError as err:
        assert "no_such_name" in str(err)
    else:
        raise AssertionError("claimtrack.no_such_name")


def test_the_type_checkers_imports_name_the_same_homes():
    """The ``if TYPE_CHECKING:`` imports of ``claimtrack/__init__.py`` (what mypy and editors read) list the
    same names from the same modules as the table the lazy imports use."""
    import ast

    import claimtrack

    tree = ast.parse((ROOT / "claimtrack" / "__init__.py").read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING")
    declared = {alias.name: node.module for node in block.body for alias in node.names}
    assert declared == claimtrack._MODULE_OF


def test_functions_named_like_their_modules_stay_functions():
    """``claimtrack.normalize``, ``relate`` and ``stance`` are the functions, also when their submodules are
    first imported after ``import claimtrack`` (the import system binds a new submodule on its package)."""
    out = _python("import claimtrack, claimtrack.attribution, claimtrack.relate, claimtrack.stance, types\n"
                  "import claimtrack.normalize\n"
                  "print([type(getattr(claimtrack, n)).__name__ for n in ('normalize', 'relate', 'stance')])\n"
                  "from claimtrack.relate import Relation; print(Relation is claimtrack.Relation)")
    assert out.split("\n")[:2] == ["['function', 'function', 'function']", "True"]


def test_the_command_line_imports_only_what_extraction_needs():
    """``claimtrack extract`` starts without importing matching, contradictions, the comparison, the report's
    pages or the store (they cost about a third of its start-up; issue 14); ``compare`` still finds them."""
    out = _python("import sys\n"
                  "from claimtrack.cli import build_parser\n"
                  "build_parser()\n"
                  "from claimtrack.cli import articles\n"
                  "print(sorted(m for m in sys.modules if m.split('.')[1:2] in (['matching'], ['contradiction'],"
                  " ['compare'], ['store'], ['relate'], ['stance'], ['evaluate'], ['baselines'])"
                  " or m == 'claimtrack.report.html'))")
    assert out.strip() == "[]"
