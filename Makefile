# kehoach — Trợ lý kế hoạch. `make run`: install + ingest the bundled plans + web app; `make test`: install + tests.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
KH := $(VENV)/bin/kehoach
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1

.PHONY: install ocr doc browser run ingest ui test test-fast test-llm eval bench clean

install: ocr doc $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0   # CPU wheel first: an unpinned torch would pull GBs of CUDA
	$(PIP) install -q -e '.[dev]'
	touch $@

ocr:   # offline OCR of scanned PDFs: Tesseract with its Vietnamese model (Debian packages)
	@(command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie) || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-vie >/dev/null)

doc:   # old Word (.doc) files: wvWare's wvHtml (Debian package wv)
	@command -v wvHtml >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wv >/dev/null)

browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null)

ingest: install
	$(KH) ingest --reembed data/plans

run: ingest
	$(KH) ui

ui: install
	$(KH) ui

test: install browser
	$(PY) -m pytest -q -m "not llm" -p no:cacheprovider

test-fast: install   # no index, no embedder, no server: the parser, question understanding, answers, fusion (< 60 s)
	$(PY) -m pytest -q -m "not llm and not browser and not server and not slow" -p no:cacheprovider

GGUF ?= $(HOME)/.local/share/kehoach/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf

test-llm: install   # real local model (Qwen2.5-Coder-1.5B Q4_K_M via xllamacpp): slow, not in CI
	$(PIP) install -q -e '.[llm]'
	bash scripts/fetch_gguf.sh $(GGUF)
	KEHOACH_LLM_GGUF=$(GGUF) $(PY) -m pytest -q -m llm -s -p no:cacheprovider tests/assistant/test_llm_real.py
	KEHOACH_LLM_GGUF=$(GGUF) $(KH) eval eval/llm_smoke.jsonl --mode llm --out eval-out-llm

eval: install
	$(KH) eval eval/dev.jsonl --out eval-out --check

bench: install
	$(PY) bench/bench_ask.py
	$(PY) bench/bench_embeddings.py
	$(PY) bench/bench_ocr.py

clean:
	rm -rf $(VENV) test-output eval-out
