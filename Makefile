# make demo: create .venv, install claimtrack alone (its two dependencies), run it on the seed articles.
# make test: create .venv, install claimtrack with its test extra and the optional extras (HTML pages, legacy encodings, Dask), run every test.
# make fuzz: the whole pipeline over 1,000,000 generated inputs, fixed seed (tests/fuzz.py; not part of make test).
# (None is needed to install: `pip install .` in a clone is enough.)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# One stamp per install. The demo installs the package alone, as a user would (`pip install .`: no test
# extra, and none of the notice setuptools prints for an editable install), again when a file of it changes;
# the tests want the editable install with the test extra, and the dask extra (tests/test_dask.py runs a local
# Dask cluster).
DEMO_STAMP := $(VENV)/.installed-demo
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_FILES := $(shell find claimtrack -type f -not -path '*/__pycache__/*')

.PHONY: demo test bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# (the copy replaces the tests' editable install, if any: their stamp goes, so that `make test` makes it again and
# .venv/bin/claimtrack runs the code being tested, not the copy)
$(DEMO_STAMP): $(BIN)/python pyproject.toml $(PACKAGE_FILES)
	$(BIN)/python -m pip install --quiet .
	rm -f $(TEST_STAMP)
	touch $@

# The extras the tests exercise: test, the optional inputs (web: HTML pages; encodings: legacy code pages) and dask.
TEST_EXTRAS := test,web,encodings,dask

# setuptools warns on every editable install that it is one (a 20-line notice): that is what we ask for.
$(TEST_STAMP): $(BIN)/python pyproject.toml
	PYTHONWARNINGS='ignore:Editable installation' $(BIN)/python -m pip install --quiet -e '.[$(TEST_EXTRAS)]'
	touch $@

demo: $(DEMO_STAMP)
	mkdir -p out
	$(BIN)/claimtrack compare seeds/ --html out/report.html

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

FUZZ_ARGS ?= --inputs 1000000 --seed 17 --jobs 2

fuzz: $(TEST_STAMP)
	$(BIN)/python -m tests.fuzz $(FUZZ_ARGS)

bench: $(TEST_STAMP)
	$(BIN)/python -m pytest -q benchmarks --benchmark-only

clean:
	rm -rf $(VENV) build *.egg-info
