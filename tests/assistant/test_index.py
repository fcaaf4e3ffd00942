"""PlanIndex on the real sample plans with the real embedder: idempotence, replacement, removal, crash safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.embedders import make_embedder
from assistant.index import NotIndexedError, PlanIndex
from index_pause import PAUSE_HOOK_ENV
from assistant.index.catalog import Catalog
from assistant.index.journal import PendingOp, WriteLock
from assistant.index.keyword_index import KeywordIndex
from assistant.index.tokenize import query_tokens
from assistant.index.vector_store import collection_name
from ingest.pipeline import ingest_file
from core.errors import IndexMismatchError
from core.models import Chunk, Document
from core.settings import BUNDLED_PLANS, REPO_ROOT, Settings

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only

HAI_PHONG = BUNDLED_PLANS / "hai-phong_so-tu-phap_2026-2030_chuong-trinh-mua-ban-nguoi.txt"
HA_TINH = BUNDLED_PLANS / "ha-tinh_so-tu-phap_2026_toi-pham-mua-ban-nguoi.txt"
THAI_NGUYEN = BUNDLED_PLANS / "thai-nguyen_ubnd_2026_toi-pham-ma-tuy-mua-ban-nguoi.txt"
MEDIA_CLAUSE = "Tuyên truyền trên phương tiện thông tin đại chúng"
MEDIA_QUESTION = "đơn vị nào chủ trì tuyên truyền trên phương tiện thông tin đại chúng ở Hải Phòng"
MEDIA_QUESTION_ASCII = "don vi nao chu tri tuyen truyen tren phuong tien thong tin dai chung o Hai Phong"


# -- fixtures -----------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def embed_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One embedding cache for the whole session (the embedder's cache lives under its data_dir)."""
    return tmp_path_factory.mktemp("embed-cache")


@pytest.fixture(scope="session")
def embedder(embed_cache_dir: Path):
    return make_embedder(Settings(data_dir=embed_cache_dir, chroma_url=""))


def _settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, chroma_url="")


def load_plan(path: Path) -> tuple[Document, list[Chunk]]:
    return ingest_file(path, Settings(chroma_url=""))


@pytest.fixture
def index(tmp_path: Path, embedder) -> PlanIndex:
    return PlanIndex(_settings(tmp_path / "data"), embedder)


class RenamedEmbedder(Embeddings):
    """The real embedder under another model id (to provoke a model mismatch)."""

    def __init__(self, inner, model_id: str):
        self.inner, self.model_id, self.dim = inner, model_id, inner.dim

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


# -- keyword tokens -----------------------------------------------------------------------------
def test_query_tokens_ignore_diacritics_and_tone_placement():
    assert query_tokens(MEDIA_QUESTION) == query_tokens(MEDIA_QUESTION_ASCII)
    assert query_tokens("Sở Văn hoá, Thể thao") == query_tokens("sở văn hóa thể thao")
    toks = query_tokens(MEDIA_QUESTION)
    assert "chu_tri" in toks and "dai_chung" in toks and "hai_phong" in toks
    assert "nao" not in toks and "o" not in toks  # question words dropped
    assert "co" in query_tokens("cơ quan")  # "cơ" is not the stop word "có"
    assert "ma_tuy" in query_tokens("xã không có ma túy")


# -- PlanIndex ----------------------------------------------------------------------------------
def test_add_twice_is_idempotent(index: PlanIndex, embedder):
    doc, chunks = load_plan(HAI_PHONG)
    first = index.add(doc, chunks)
    assert first["embedded"] == len(chunks) > 10
    n_vec, n_bm25 = index.vectors.count(), len(index.keywords)
    before = embedder.stats["embedded"]
    second = index.add(*load_plan(HAI_PHONG))
    assert second == {"embedded": 0, "updated": 0, "deleted": 0, "unchanged": len(chunks)}
    assert embedder.stats["embedded"] == before  # nothing re-embedded
    assert index.vectors.count() == n_vec == len(chunks)
    assert len(index.keywords) == n_bm25 == len(chunks)
    assert sorted(index.vectors.ids()) == sorted(c.id for c in chunks)
    assert index.verify() == []
    assert index.has(doc.id, doc.sha256) and not index.has(doc.id, "0" * 64)
    row = index.documents()[0]
    assert row["id"] == doc.id and row["n_chunks"] == len(chunks) and row["province"] == "Hải Phòng"
    assert row["n_tasks"] >= row["n_tasks_with_lead"] > 0
    media = next(c for c in chunks if MEDIA_CLAUSE in c.text)
    assert index.chunk(media.id).text == media.text
    assert index.document(doc.id).meta.issuer == "Sở Tư pháp Hải Phòng"
    with pytest.raises(NotIndexedError):
        index.chunk(doc.id + "#nope")


def test_changed_plan_replaces_its_chunks(index: PlanIndex, tmp_path: Path):
    index.add(*load_plan(HA_TINH))
    old_doc, old_chunks = load_plan(HAI_PHONG)
    index.add(old_doc, old_chunks)
    text = HAI_PHONG.read_text(encoding="utf-8")
    assert "Phụ trương Pháp luật" in text and "##### ***1.1." in text
    changed = text.replace("Phụ trương Pháp luật", "Tạp chí Kiểm sát điện tử")
    start, end = changed.index("##### ***1.1."), changed.index("##### ***1.2.")
    changed = changed[:start] + changed[end:]  # drop clause III.1.1 entirely
    path = tmp_path / HAI_PHONG.name
    path.write_text(changed, encoding="utf-8")
    new_doc, new_chunks = load_plan(path)
    assert new_doc.id == old_doc.id and new_doc.sha256 != old_doc.sha256

    stats = index.add(new_doc, new_chunks)
    gone = {c.id for c in old_chunks} - {c.id for c in new_chunks}
    assert gone and stats["deleted"] == len(gone)
    assert 1 <= stats["embedded"] < len(new_chunks)  # only changed texts are embedded
    assert sorted(index.vectors.ids(new_doc.id)) == sorted(c.id for c in new_chunks)
    assert index.verify() == []
    hits = index.keyword_search("Tạp chí Kiểm sát điện tử", 3)
    assert hits and "Tạp chí Kiểm sát điện tử" in index.chunk(hits[0][0]).text
    assert all("Phụ trương Pháp luật" not in c.text for c in index.chunks_of(new_doc.id))
    assert len(index.documents()) == 2


def test_remove_deletes_everywhere(index: PlanIndex):
    hp_doc, hp_chunks = load_plan(HAI_PHONG)
    ht_doc, ht_chunks = load_plan(HA_TINH)
    index.add(hp_doc, hp_chunks)
    index.add(ht_doc, ht_chunks)
    assert index.remove(hp_doc.id) is True
    assert index.remove(hp_doc.id) is False
    assert [d["id"] for d in index.documents()] == [ht_doc.id]
    assert index.vectors.ids(hp_doc.id) == []
    assert sorted(index.vectors.ids()) == sorted(c.id for c in ht_chunks)
    assert sorted(index.keywords.ids()) == sorted(c.id for c in ht_chunks)
    assert all(not cid.startswith(hp_doc.id) for cid, _ in index.keyword_search(MEDIA_QUESTION, 10))
    assert all(not cid.startswith(hp_doc.id) for cid, _ in index.dense_search(MEDIA_QUESTION, 10))
    with pytest.raises(NotIndexedError):
        index.document(hp_doc.id)
    assert index.verify() == []


def test_model_mismatch_then_rebuild(tmp_path: Path, embedder):
    settings = _settings(tmp_path / "data")
    PlanIndex(settings, embedder).add(*load_plan(HA_TINH))
    other = RenamedEmbedder(embedder, "another-model")
    with pytest.raises(IndexMismatchError) as err:
        PlanIndex(settings, other)
    assert "kehoach ingest --reembed" in err.value.vi and "--rebuild" in err.value.vi and "mô hình khác" in err.value.vi
    rebuilt = PlanIndex(settings, other, rebuild=True)
    assert rebuilt.documents() == [] and rebuilt.vectors.count() == 0 and len(rebuilt.keywords) == 0
    assert rebuilt.vectors.name != collection_name(embedder.model_id, embedder.dim)
    rebuilt.add(*load_plan(HA_TINH))
    assert rebuilt.verify() == []
    with pytest.raises(IndexMismatchError):
        PlanIndex(settings, embedder)


def test_keyword_search_hai_phong_media_clause_with_and_without_diacritics(index: PlanIndex):
    with index.batch():
        for path in (HAI_PHONG, HA_TINH, THAI_NGUYEN):
            index.add(*load_plan(path))
    assert index.verify() == []
    accented = index.keyword_search(MEDIA_QUESTION, 5)
    ascii_ = index.keyword_search(MEDIA_QUESTION_ASCII, 5)
    assert accented == ascii_
    top = index.chunk(accented[0][0])
    assert top.doc_id.startswith("hai-phong") and MEDIA_CLAUSE in top.text
    assert top.path == "III.1.2" and accented[0][1] > accented[1][1]
    # the rest of the top 5 are that clause's sub-items (they share its heading), ahead of every other plan
    assert all(index.chunk(cid).path.startswith("III.1.2") for cid, _ in accented)
    # restricted to another plan's chunks, the Hải Phòng clause cannot be returned
    ht_doc = next(d for d in index.documents() if d["province"] == "Hà Tĩnh")
    ht_ids = [c.id for c in index.chunks_of(ht_doc["id"])]
    assert ht_ids and all(cid in ht_ids for cid, _ in index.keyword_search(MEDIA_QUESTION, 5, allowed_ids=ht_ids))
    # dense search agrees on the top plan and filters on metadata
    dense = index.dense_search(MEDIA_QUESTION, 5)
    assert dense[0][0].startswith("hai-phong") and 0.0 < dense[-1][1] <= dense[0][1] <= 1.0
    only_ht = index.dense_search(MEDIA_QUESTION, 5, where={"province": "Hà Tĩnh"})
    assert only_ht and all(cid.startswith("ha-tinh") for cid, _ in only_ht)
    led = index.dense_search("tuyên truyền", 5, where={"lead": {"$contains": "Phòng Phổ biến, giáo dục pháp luật"}})
    assert led and all(cid.startswith("hai-phong") for cid, _ in led)


def test_bm25_reader_reloads_after_rebuild_elsewhere(tmp_path: Path):
    _, chunks = load_plan(HA_TINH)
    writer, reader = KeywordIndex(tmp_path / "bm25"), KeywordIndex(tmp_path / "bm25")
    writer.rebuild(chunks[:5])
    assert len(reader) == 5
    writer.rebuild(chunks)
    assert len(reader) == len(chunks)
    assert len(list((tmp_path / "bm25").glob("g-*"))) == 1  # old generations removed


def test_catalog_roundtrip(tmp_path: Path):
    doc, chunks = load_plan(HAI_PHONG)
    catalog = Catalog(tmp_path, "m", 3)
    catalog.save(doc, chunks)
    loaded_doc, loaded_chunks = catalog.load(doc.id)
    assert loaded_doc == doc and loaded_chunks == chunks
    assert catalog.list_documents()[0]["n_clauses"] == len(doc.clauses)
    assert not list(catalog.docs_dir.glob(".*"))  # no temp files left behind
    with pytest.raises(IndexMismatchError):
        Catalog(tmp_path, "m", 4)
    catalog.delete(doc.id)
    assert catalog.list_documents() == [] and catalog.all_chunks() == []


# -- crash safety -------------------------------------------------------------------------------
WRITER_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import index_pause
    index_pause.install()  # pauses after the Chroma upsert when the test asks for it
    from assistant.embedders import make_embedder
    from assistant.index import PlanIndex
    from ingest.pipeline import ingest_file
    from core.settings import Settings

    data_dir, cache_dir, plan = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    embedder = make_embedder(Settings(data_dir=cache_dir, chroma_url=""))
    index = PlanIndex(Settings(data_dir=data_dir, chroma_url=""), embedder)
    index.add(*ingest_file(plan, Settings(chroma_url="")))
    print("done", flush=True)
    """
)


def _run_writer(tmp_path: Path, data_dir: Path, cache_dir: Path, plan: Path, pause_marker: Path | None = None):
    script = tmp_path / "writer.py"
    script.write_text(WRITER_SCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), str(Path(__file__).resolve().parents[1])])
    if pause_marker is not None:
        env[PAUSE_HOOK_ENV] = str(pause_marker)
    return subprocess.Popen(
        [sys.executable, str(script), str(data_dir), str(cache_dir), str(plan)],
        env=env, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_kill_9_mid_add_is_recovered(tmp_path: Path, embedder, embed_cache_dir: Path):
    data_dir = tmp_path / "data"
    # v1 of the Hải Phòng plan, fully indexed by a first process
    first = _run_writer(tmp_path, data_dir, embed_cache_dir, HAI_PHONG)
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    # v2 (one clause reworded, one clause dropped) is killed after the Chroma upsert, before the catalog write
    text = HAI_PHONG.read_text(encoding="utf-8")
    start, end = text.index("##### ***1.1."), text.index("##### ***1.2.")
    v2_text = (text[:start] + text[end:]).replace("Phụ trương Pháp luật", "Tạp chí Kiểm sát điện tử")
    v2_path = tmp_path / "v2" / HAI_PHONG.name
    v2_path.parent.mkdir()
    v2_path.write_text(v2_text, encoding="utf-8")
    marker = tmp_path / "paused"
    second = _run_writer(tmp_path, data_dir, embed_cache_dir, v2_path, pause_marker=marker)
    deadline = time.monotonic() + 300
    while not marker.exists():
        assert second.poll() is None, second.communicate()[1]
        assert time.monotonic() < deadline, "writer never reached the pause point"
        time.sleep(0.1)
    assert not WriteLock(data_dir).try_acquire()  # the paused writer holds the lock
    os.kill(second.pid, signal.SIGKILL)
    second.wait(timeout=30)
    assert second.returncode == -signal.SIGKILL

    v1_doc, v1_chunks = load_plan(HAI_PHONG)
    v2_doc, v2_chunks = load_plan(v2_path)
    catalog = Catalog(data_dir)
    assert catalog.load(v1_doc.id)[0].sha256 == v1_doc.sha256  # the crash hit before the catalog write
    assert (data_dir / "journal" / "pending.json").exists()

    index = PlanIndex(_settings(data_dir), embedder)  # opening redoes the journaled add
    assert index.verify() == []
    assert index.document(v2_doc.id).sha256 == v2_doc.sha256
    assert sorted(index.vectors.ids()) == sorted(c.id for c in v2_chunks)
    assert sorted(index.keywords.ids()) == sorted(c.id for c in v2_chunks)
    assert index.has(v2_doc.id, v2_doc.sha256)
    # re-adding works and changes nothing; going back to v1 works too
    assert index.add(v2_doc, v2_chunks)["unchanged"] == len(v2_chunks)
    index.add(v1_doc, v1_chunks)
    assert sorted(index.vectors.ids()) == sorted(c.id for c in v1_chunks)
    assert index.verify() == []


def test_interrupted_batch_and_remove_are_finished_on_open(tmp_path: Path, embedder):
    settings = _settings(tmp_path / "data")
    index = PlanIndex(settings, embedder)
    ht_doc, ht_chunks = load_plan(HA_TINH)
    hp_doc, hp_chunks = load_plan(HAI_PHONG)
    index.add(ht_doc, ht_chunks)
    index.add(hp_doc, hp_chunks)
    # as if a batch crashed after its catalog writes: BM25 is outdated and marked stale
    index.keywords.rebuild(ht_chunks)
    index.keywords.mark_stale()
    assert index.verify()  # the damage is reported
    reopened = PlanIndex(settings, embedder)
    assert reopened.verify() == []
    assert sorted(reopened.keywords.ids()) == sorted(c.id for c in ht_chunks + hp_chunks)
    # as if a remove crashed right after it was journaled
    reopened.journal.begin(PendingOp("remove", hp_doc.id))
    assert any("chưa hoàn tất" in p for p in reopened.verify())
    again = PlanIndex(settings, embedder)
    assert again.verify() == []
    assert [d["id"] for d in again.documents()] == [ht_doc.id]
    assert sorted(again.vectors.ids()) == sorted(c.id for c in ht_chunks)


def test_metadata_only_change_is_updated_without_embedding(index: PlanIndex, embedder):
    doc, chunks = load_plan(HAI_PHONG)
    index.add(doc, chunks)
    media = next(c for c in chunks if MEDIA_CLAUSE in c.text)
    stored = index.vectors._call(lambda s: s._collection.get(ids=[media.id], include=["metadatas"]))["metadatas"][0]
    assert stored["lead"] == ["Phòng Phổ biến, giáo dục pháp luật"] and stored["province"] == "Hải Phòng"
    media.metadata["lead"] = []  # e.g. a parser fix that no longer sees a lead unit
    before = embedder.stats["embedded"]
    stats = index.add(doc, chunks)
    assert stats["updated"] == 1 and stats["embedded"] == 0 and embedder.stats["embedded"] == before
    stored = index.vectors._call(lambda s: s._collection.get(ids=[media.id], include=["metadatas"]))["metadatas"][0]
    assert "lead" not in stored and stored["lead_text"] == ""  # Chroma merges metadata; the key was removed
    assert index.verify() == []


def test_verify_reads_chroma_in_pages(index: PlanIndex):
    """Large indexes are read page by page (one read of 45k chunks overflows SQLite's variable limit)."""
    doc, chunks = load_plan(HAI_PHONG)
    index.add(doc, chunks)
    paged = index.vectors.all_metadatas(page=7)
    assert set(paged) == {c.id for c in chunks} and len(paged) == len(chunks) > 7
    assert all(m["doc_id"] == doc.id for m in paged.values())
    assert index.verify() == []


def test_model_mismatch_then_reembed_keeps_the_stored_plans(tmp_path: Path, embedder):
    """A new default embedder: the stored plans are embedded again from the catalog, no source files needed."""
    settings = _settings(tmp_path / "data")
    first = PlanIndex(settings, embedder)
    first.add(*load_plan(HA_TINH))
    first.add(*load_plan(HAI_PHONG))
    ids = sorted(first.vectors.ids())
    other = RenamedEmbedder(embedder, "another-model")
    again = PlanIndex(settings, other, reembed=True)
    assert again.catalog.index_info()["model_id"] == "another-model"
    assert len(again.documents()) == 2 and sorted(again.vectors.ids()) == ids
    assert again.verify() == []
    hp_id = next(d["id"] for d in again.documents() if d["file_name"].startswith("hai-phong"))
    assert any(cid.startswith(hp_id) for cid, _ in again.dense_search(MEDIA_QUESTION, 3))
    from assistant.index.vector_store import VectorStore
    old = VectorStore(settings.data_dir, embedder, first.model_id, first.dim)
    assert old.count() == 0  # the old model's vectors are gone (a fresh, empty collection here)
    assert PlanIndex(settings, other, reembed=True).vectors.count() == len(ids)  # nothing to do the second time


def test_the_hnsw_graph_is_searched_as_widely_as_the_settings_ask(tmp_path: Path, embedder):
    """Chroma's default ef_search (100) lost the nearest clause for 8% of the tuning questions on the plans-real index
    (bench/bench_dense_recall.py); the collection is made with Settings.dense_ef_search, and one made narrower (an
    older index) is widened when it is opened again: its search then finds what the exact search finds."""
    doc, chunks = load_plan(HAI_PHONG)
    first = PlanIndex(Settings(data_dir=tmp_path / "data", chroma_url="", dense_ef_search=100), embedder)
    first.add(doc, chunks)
    config = first.vectors._call(lambda s: s._collection.configuration_json)
    assert config["hnsw"]["ef_search"] == 100
    del first
    code = textwrap.dedent(f"""
        import sys; sys.path.insert(0, {str(REPO_ROOT)!r})
        from assistant.embedders import make_embedder
        from assistant.index import PlanIndex
        from core.settings import Settings
        s = Settings(data_dir={str(tmp_path / "data")!r}, chroma_url="", embed_cache_dir={str(tmp_path / "cache")!r})
        index = PlanIndex(s, make_embedder(s))
        index.dense_search({MEDIA_QUESTION!r}, 3)
        print(index.vectors._call(lambda st: st._collection.configuration_json)["hnsw"]["ef_search"])
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().splitlines()[-1] == str(Settings().dense_ef_search)
