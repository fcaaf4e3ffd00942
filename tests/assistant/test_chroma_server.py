"""PlanIndex against a real `chroma run` server on 127.0.0.1: same results as embedded, outage and recovery."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.embedders import make_embedder
from assistant.index import PlanIndex
from ingest.pipeline import ingest_file
from core.errors import BackendUnavailableError
from core.settings import BUNDLED_PLANS, Settings

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only

PLANS = [
    BUNDLED_PLANS / "hai-phong_so-tu-phap_2026-2030_chuong-trinh-mua-ban-nguoi.txt",
    BUNDLED_PLANS / "ha-tinh_so-tu-phap_2026_toi-pham-mua-ban-nguoi.txt",
]
QUESTIONS = [
    "đơn vị nào chủ trì tuyên truyền trên phương tiện thông tin đại chúng ở Hải Phòng",
    "trợ giúp pháp lý cho nạn nhân bị mua bán người",
    "rà soát văn bản quy phạm pháp luật",
]


def _chroma_exe() -> str:
    exe = Path(sys.executable).with_name("chroma")
    return str(exe) if exe.exists() else (shutil.which("chroma") or "chroma")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ChromaServer:
    """A `chroma run` subprocess that can be stopped and restarted on the same port and path."""

    def __init__(self, path: Path, port: int, log: Path):
        self.path, self.port, self.log = path, port, log
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [_chroma_exe(), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.log.read_text(errors="replace")[-2000:]
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise AssertionError("chroma server did not answer its heartbeat")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self.proc = None


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma-server", _free_port(), tmp_path / "chroma.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def embedder(tmp_path_factory: pytest.TempPathFactory):
    return make_embedder(Settings(data_dir=tmp_path_factory.mktemp("embed-cache"), chroma_url=""))


def _top_ids(index: PlanIndex) -> list[list[str]]:
    return [[cid for cid, _ in index.dense_search(q, 5)] for q in QUESTIONS]


def test_server_mode_matches_embedded_and_survives_an_outage(tmp_path: Path, chroma_server: ChromaServer, embedder):
    plans = [ingest_file(p, Settings(chroma_url="")) for p in PLANS]
    embedded = PlanIndex(Settings(data_dir=tmp_path / "embedded", chroma_url=""), embedder)
    served = PlanIndex(Settings(data_dir=tmp_path / "served", chroma_url=chroma_server.url), embedder)
    for doc, chunks in plans:
        embedded.add(doc, chunks)
        served.add(doc, chunks)
    n_chunks = sum(len(c) for _, c in plans)
    assert served.vectors.count() == embedded.vectors.count() == n_chunks
    assert not (tmp_path / "served" / "chroma").exists()  # nothing stored locally by Chroma
    assert served.verify() == [] and embedded.verify() == []
    expected = _top_ids(embedded)
    assert _top_ids(served) == expected
    assert expected[0][0].endswith("#III.1.2")
    # idempotent through the server too
    assert served.add(*plans[0])["unchanged"] == len(plans[0][1])

    chroma_server.stop()
    t0 = time.monotonic()
    with pytest.raises(BackendUnavailableError) as err:
        served.dense_search(QUESTIONS[0], 5)
    assert time.monotonic() - t0 < 5.0
    assert "Chroma" in err.value.vi and chroma_server.url in err.value.vi
    with pytest.raises(BackendUnavailableError):
        served.add(*plans[1])
    # keyword search and the catalog keep working without the server
    assert served.keyword_search(QUESTIONS[0], 1)[0][0] == expected[0][0]
    assert len(served.documents()) == 2

    chroma_server.start()
    assert _top_ids(served) == expected  # same client object reconnects; data persisted by the server
    served.add(*plans[1])  # the add that failed during the outage now goes through
    assert served.verify() == []
    reopened = PlanIndex(Settings(data_dir=tmp_path / "served", chroma_url=chroma_server.url), embedder)
    assert _top_ids(reopened) == expected
