# kehoach — Trợ lý kế hoạch. `make run`: install + ingest the bundled plans + web app; `make test`: install + tests.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
KH := $(VENV)/bin/kehoach
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1

.PHONY: install run ingest ui test test-fast test-llm eval bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0   # CPU wheel first: an unpinned torch would pull GBs of CUDA
	$(PIP) install -q -e '.[dev]'
	touch $@

browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null)

ingest: install
	$(KH) ingest data/plans

run: ingest
	$(KH) ui

ui: install
	$(KH) ui

test: install browser
	$(PY) -m pytest -q -m "not llm" -p no:cacheprovider

test-fast: install
	$(PY) -m pytest -q -m "not llm and not browser" -p no:cacheprovider

test-llm: install
	$(PIP) install -q -e '.[llm]'
	bash scripts/fetch_gguf.sh
	$(PY) -m pytest -q -m llm -s -p no:cacheprovider

eval: install
	$(KH) eval eval/dev.jsonl --out eval-out --check

bench: install
	$(PY) bench/bench_ask.py
	$(PY) bench/bench_embeddings.py

clean:
	rm -rf $(VENV) test-output eval-out
