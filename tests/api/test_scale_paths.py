"""What keeps a 10,000-plan server small and quick to start: listings read one line per plan, parsed plans are
cached up to a bound, the question tables are stored at ingest (not rebuilt from every plan at the first
question), and a province filter never opens the plans themselves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.index import catalog as catalog_module
from assistant.index.catalog import Catalog, dump_entry, parse_entry
from assistant.index.corpus_stats import STATS_FILE, CorpusStats, idf_from_df, topic_words
from core.accents import AccentRestorer
from api.service import Kehoach
from core.settings import load_settings

from conftest import PLANS

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only


@pytest.fixture(scope="module")
def data_dir(sample_service) -> Path:
    return sample_service.settings.data_dir


def test_entry_file_puts_the_summary_on_its_own_first_line(data_dir: Path):
    files = sorted((data_dir / "docs").glob("*.json"))
    assert len(files) == 5
    for f in files:
        head, body, *chunk_lines = f.read_text(encoding="utf-8").strip().split("\n")
        head = json.loads(head)
        assert set(head) == {"schema", "summary"} and head["summary"]["n_chunks"] > 0
        assert set(json.loads(body)) == {"document"}
        assert len(chunk_lines) == head["summary"]["n_chunks"]  # one line per chunk
        assert all(json.loads(line)["id"].startswith(head["summary"]["id"] + "#") for line in chunk_lines)


def test_hit_chunks_are_read_without_parsing_whole_plans(sample_service, data_dir: Path):
    index = sample_service.index
    fresh = Catalog(data_dir)
    wanted = [c.id for doc_id in fresh.doc_ids() for c in fresh.chunks_of(doc_id, cache=False)[1::7]]
    index.catalog._entries.clear()
    got = index.chunks(wanted)
    assert [c.id for c in got] == wanted
    assert len(index.catalog._entries) == 0  # no plan parsed whole
    by_id = {c.id: c for doc_id in fresh.doc_ids() for c in fresh.chunks_of(doc_id, cache=False)}
    assert all(c == by_id[c.id] for c in got)


def test_listing_plans_does_not_parse_or_cache_them(data_dir: Path):
    cat = Catalog(data_dir)
    rows = cat.list_documents()
    assert len(rows) == 5 and all(r["n_clauses"] > 0 for r in rows)
    assert len(cat._entries) == 0  # only the summary lines were read


def test_parsed_plans_are_cached_up_to_a_bound(data_dir: Path, monkeypatch):
    monkeypatch.setattr(catalog_module, "CACHED_ENTRIES", 2)
    cat = Catalog(data_dir)
    ids = cat.doc_ids()
    for doc_id in ids:
        assert cat.chunks_of(doc_id)
    assert list(cat._entries) == ids[-2:]  # least recently used dropped
    cat.chunks_of(ids[-2])
    assert list(cat._entries) == [ids[-1], ids[-2]]


def test_one_line_entries_written_before_the_split_still_read(tmp_path: Path, data_dir: Path):
    entry = parse_entry((sorted((data_dir / "docs").glob("*.json"))[0]).read_text(encoding="utf-8"))
    assert parse_entry(dump_entry(entry)) == entry
    cat = Catalog(tmp_path)
    doc_id = entry["summary"]["id"]
    (cat.docs_dir / f"{doc_id}.json").write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    assert cat.summary(doc_id) == entry["summary"]
    assert len(cat.chunks_of(doc_id)) == entry["summary"]["n_chunks"]


def test_question_tables_are_stored_with_bm25_and_equal_a_fresh_count(sample_service):
    index = sample_service.index
    stored = index.keywords.sidecar(STATS_FILE)
    assert stored is not None
    chunks = list(index.catalog.iter_chunks())
    fresh = CorpusStats.of(chunks)
    assert CorpusStats.from_dict(stored).to_dict() == fresh.to_dict()
    texts = [c.text for c in chunks]
    df: dict[str, int] = {}
    for text in texts:  # document frequencies counted from the chunk texts themselves
        for w in topic_words(text):
            df[w] = df.get(w, 0) + 1
    assert fresh.idf() == idf_from_df(df, len(texts))
    from_texts, from_counts = AccentRestorer(texts), fresh.accent_restorer()
    for q in ["don vi nao chu tri tuyen truyen tren phuong tien thong tin dai chung o hai phong",
              "so lao dong thuong binh va xa hoi phoi hop ho tro nan nhan", "thoi han bao cao ket qua"]:
        assert from_counts.restore(q) == from_texts.restore(q)
    assert "Công an tỉnh" in fresh.unit_names()


def test_a_new_server_answers_without_reading_every_plan(data_dir: Path, monkeypatch):
    """Cold start at 10,000 plans: the first question must not walk the catalog."""
    svc = Kehoach(load_settings(data_dir=data_dir))

    def no_full_scan(self):
        raise AssertionError("the question side read every plan")

    monkeypatch.setattr(Catalog, "iter_chunks", no_full_scan)
    answer = svc.ask("don vi nao chu tri tuyen truyen tren phuong tien thong tin dai chung o hai phong")
    assert not answer.refused and "Phòng Phổ biến, giáo dục pháp luật" in answer.text
    assert [c.section for c in answer.citations][:1] == ["III.1.2"]


def test_province_filter_reads_summaries_only(data_dir: Path, monkeypatch):
    svc = Kehoach(load_settings(data_dir=data_dir))
    svc.warm_up()
    opened: list[str] = []
    original = Catalog._read

    def spy(self, doc_id, cache=True):
        opened.append(doc_id)
        return original(self, doc_id, cache)

    monkeypatch.setattr(Catalog, "_read", spy)
    hits = svc.search("tuyên truyền phòng, chống mua bán người ở Hà Tĩnh", k=5)
    assert hits and all(h.chunk.doc_id.startswith("ha-tinh") for h in hits)
    # only the plans of the hits are opened (to read the hit chunks), not every Hà Tĩnh plan's chunk list first
    assert set(opened) <= {h.chunk.doc_id for h in hits}


def test_an_index_without_stored_tables_still_answers(tmp_path: Path):
    """Indexes built before stats.json: the tables are computed once from the catalog."""
    svc = Kehoach(load_settings(data_dir=tmp_path / "d"))
    svc.ingest([PLANS / "ha-tinh_so-tu-phap_2026_toi-pham-mua-ban-nguoi.txt"])
    assert svc.index.keywords.sidecar(STATS_FILE) is not None
    svc.index.keywords._gen_dir.joinpath(STATS_FILE).unlink()
    fresh = Kehoach(load_settings(data_dir=tmp_path / "d"))
    assert fresh.index.corpus_stats().n_chunks == fresh.documents()[0]["n_chunks"]
    assert not fresh.ask("Ai chủ trì tuyên truyền ở Hà Tĩnh?").refused
