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

# Every figure of the README's table, each beside a baseline run in the same script. memo.py and
# scale.py run the code of BENCH_BASELINE (git archive) beside this tree; scale.py at BENCH_SIZES pages
# (the README's 2,000 / 3,000-page rows: `benchmarks/scale.py --baseline b64d585`, about 15 minutes more).
BENCH_BASELINE ?= b64d585
BENCH_SIZES    ?= 250,500,1000
bench: $(STAMP)
	@for b in benchmarks/[!_]*.py; do \
	  case $$b in \
	    */memo.py)  args="--baseline $(BENCH_BASELINE)";; \
	    */scale.py) args="--baseline $(BENCH_BASELINE) --sizes $(BENCH_SIZES)";; \
	    *)          args="";; \
	  esac; \
	  echo "== $$b $$args"; start=$$(date +%s); \
	  $(PY) $$b $$args || exit 1; \
	  echo "== $$b: $$(( $$(date +%s) - start )) s"; \
	done

clean-outputs:
	find outputs -mindepth 1 ! -name .gitkeep -delete
