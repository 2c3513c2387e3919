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
# minutes on 2 idle cores: memo.py and scale.py run the code of BENCH_BASELINE (git archive) beside
# this tree; the heavy sizes are left to a hand run (README, Benchmarks): scale.py at 250/500 pages
# (`benchmarks/scale.py --baseline b64d585` for 1,000-3,000), group.py's scale to 1,000 pages
# (--full-scale), sources.py on 1,000 pages once (no -n/--repeats: 3,000, three times), desk_month.py
# on 9 days (no --days: the 18 of June 2020), translate.py 3 runs (5 by hand). multilingual.py's
# figures are not in the table, nor summarise_salience.py's (why the lead is the default): both are
# run by hand. Seconds, and CPU seconds, per script.
BENCH_BASELINE ?= b64d585
BENCH_SIZES    ?= 250,500
bench: $(STAMP)
	@for b in benchmarks/[!_]*.py; do \
	  case $$b in \
	    */multilingual.py|*/summarise_salience.py) continue;; \
	    */memo.py)       args="--baseline $(BENCH_BASELINE)";; \
	    */scale.py)      args="--baseline $(BENCH_BASELINE) --sizes $(BENCH_SIZES) --last 250";; \
	    */sources.py)    args="-n 1000 --repeats 1";; \
	    */desk_month.py) args="--days 9 --repeats 3";; \
	    */translate.py)  args="--runs 3";; \
	    *)               args="";; \
	  esac; \
	  echo "== $$b $$args"; \
	  /usr/bin/time -f "== $$b: %e s wall, %U + %S s CPU" $(PY) $$b $$args || exit 1; \
	done

clean-outputs:
	find outputs -mindepth 1 ! -name .gitkeep -delete
