"""KEHOACH_CHROMA_URL: the gold questions against a real `chroma run` server give the embedded-mode top 5."""

from __future__ import annotations

import json

import pytest

from conftest import PLANS, REPO
from api.service import Kehoach
from test_ask import CANONICAL, HAI_PHONG
from test_chroma_server import ChromaServer, _free_port

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only


@pytest.fixture(scope="module")
def server_service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("server-mode")
    server = ChromaServer(tmp / "chroma", _free_port(), tmp / "chroma.log")
    server.start()
    try:
        from core.settings import load_settings

        svc = Kehoach(load_settings(data_dir=tmp / "index", chroma_url=server.url))
        report = svc.ingest([PLANS])
        assert not report.failed and report.totals()["documents"] == 5
        yield svc
    finally:
        server.stop()


def test_gold_questions_same_top5_as_embedded_mode(sample_service, server_service):
    questions = [json.loads(line)["question"] for line in (REPO / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(questions) >= 90
    differ = []
    for q in questions:
        embedded = [h.chunk.id for h in sample_service.search(q, k=5)]
        served = [h.chunk.id for h in server_service.search(q, k=5)]
        if embedded != served:
            differ.append((q, embedded, served))
    assert not differ, differ[:3]


def test_answers_in_server_mode(server_service):
    a = server_service.ask(CANONICAL)
    assert "Phòng Phổ biến, giáo dục pháp luật" in a.text
    assert a.citations[0].file_name == HAI_PHONG and a.citations[0].section == "III.1.2"


def test_cli_reports_an_unreachable_chroma_server_in_vietnamese(tmp_path):
    import os
    import subprocess
    import sys
    import time

    env = {**os.environ, "KEHOACH_DATA_DIR": str(tmp_path), "KEHOACH_CHROMA_URL": f"http://127.0.0.1:{_free_port()}"}
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "kehoach.cli", "search", "công an tỉnh"], capture_output=True,
                         text=True, env=env, cwd=REPO, timeout=120)
    assert out.returncode == 1
    assert "Không kết nối được máy chủ Chroma" in out.stderr and "Traceback" not in out.stderr
    assert time.monotonic() - started < 60  # no hang
