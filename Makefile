# Two entry points for a fresh machine that has only python3 and make:
#   make run   installs civisme into .venv if needed and checks the example drafts
#   make test  installs it with the development tools and runs ruff and pytest

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP_RUN := $(VENV)/.civisme-run
STAMP_DEV := $(VENV)/.civisme-dev

.PHONY: run test lint bench eval train clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(STAMP_RUN)

# Findings in the examples are the point of the demonstration: exit 1 is
# success here, only 2 (unreadable input, usage error) fails.
run: $(STAMP_RUN)
	@$(BIN)/civisme verifier exemples/ ; status=$$?; test $$status -le 1

lint: $(STAMP_DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest

bench: $(STAMP_DEV)
	$(BIN)/python bench/run_bench.py
	$(BIN)/python bench/regex_worst_case.py --fuzz 40
	$(BIN)/python bench/hostile_inputs.py

# Precision and recall on every labelled set present, then HateCheck by functionality.
eval: $(STAMP_DEV)
	$(BIN)/python bench/evaluate.py
	@if [ -f ../shared/benchmarks/hatecheck_fr.jsonl ]; then \
		$(BIN)/python bench/evaluate.py ../shared/benchmarks/hatecheck_fr.jsonl --par-fonction; fi

# Retrain the HOS and CRI classifiers from training/data and bench/dev*.
train: $(STAMP_DEV)
	$(BIN)/python training/train_classifier.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
