# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed

.PHONY: run test setup bench clean-outputs

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# torch first and pinned: its CPU wheel is on disk; anything else would pull CUDA.
$(STAMP): $(PY) pyproject.toml
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/briefing run seeds/

# The store's tests start their own PostgreSQL server: its binaries are installed where missing.
test: $(STAMP)
	bash .ci/postgres.sh
	$(PY) -m pytest

# Every figure of the README's table, each beside a baseline run in the same script, in under 20
# minutes on 2 cores: benchmarks/_bench.py runs the timed scripts one after another and the others
# meanwhile at nice 19 (its docstring says which sizes are cut and what is left to a hand run).
# memo.py and scale.py run the code of BENCH_BASELINE (git archive) beside this tree.
BENCH_BASELINE ?= b64d585
BENCH_SIZES    ?= 250,500
bench: $(STAMP)
	BENCH_BASELINE=$(BENCH_BASELINE) BENCH_SIZES=$(BENCH_SIZES) $(PY) benchmarks/_bench.py

clean-outputs:
	find outputs -mindepth 1 ! -name .gitkeep -delete
