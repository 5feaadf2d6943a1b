# make demo: create .venv, install claimtrack, run it on the seed articles.
# make test: create .venv, install claimtrack with its test extra, run every test.
# make fuzz: the whole pipeline over 1,000,000 generated inputs, fixed seed (tests/fuzz.py; not part of make test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/claimtrack compare seeds/ --html out/report.html

test: $(STAMP)
	$(BIN)/python -m pytest -q

FUZZ_ARGS ?= --inputs 1000000 --seed 17 --jobs 2

fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz $(FUZZ_ARGS)

bench: $(STAMP)
	$(BIN)/python -m pytest -q benchmarks --benchmark-only

clean:
	rm -rf $(VENV) build *.egg-info
