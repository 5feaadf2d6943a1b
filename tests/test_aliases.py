"""The alias table's typed loader (claimtrack.lexicon.aliases): every row typed, a typo named by file and line."""

import pytest

from claimtrack.errors import LexiconError
from claimtrack.lexicon import Row
from claimtrack.lexicon import aliases as alias_module


def test_every_alias_has_a_known_type():
    rows = alias_module.aliases()
    assert rows and {a.type for a in rows} <= alias_module.ALIAS_TYPES


@pytest.mark.parametrize("rows, where", [
    ([Row(["تونس", "تونس", "plcae"], 20)], "line 20"),  # a typo in the type column
    ([Row(["تونس", "تونس", "place"], 20), Row(["تونس", "التونسية", "org"], 21)], "line 21"),  # two types for one name
])
def test_a_bad_alias_type_names_file_and_line(monkeypatch, rows, where):
    monkeypatch.setattr(alias_module, "read_rows", lambda name, columns: tuple(rows))
    alias_module.aliases.cache_clear()
    try:
        with pytest.raises(LexiconError, match=f"aliases.tsv, {where}"):
            alias_module.aliases()
    finally:
        monkeypatch.undo()
        alias_module.aliases.cache_clear()
