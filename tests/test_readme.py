"""The README's examples are true: its Python blocks run, and its JSON record is what extract prints."""

import json
import re

import claimtrack
from claimtrack.records import attribution_to_dict

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert [line.split("#")[0].strip() for line in first_block] == ["make demo", "make test"]


def test_python_blocks_run(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert len(blocks) >= 2
    namespace: dict = {}  # later blocks continue the first, as a reader would in one session
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    out = capsys.readouterr().out
    assert "002_4e5fc412234f2c9f#11 ونفى deny" in out


def test_record_example_is_real():
    shown = json.loads(re.search(r"```json\n(.*?)```", README, flags=re.S).group(1))
    article = claimtrack.read_article(ROOT / "seeds" / f"{shown['article']}.txt")
    (record,) = [attribution_to_dict(a) for a in claimtrack.extract_attributions(article) if a.id == shown["id"]]
    assert shown == record
