"""Shared fixtures: one embedding cache for the whole test session, and one index of the five sample plans."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PLANS = REPO / "data" / "plans"
SHARED_EXTRA = REPO.parent / "shared" / "plans-extra"

# Every index built by the tests shares one embedding cache, so each clause is embedded once per run.
os.environ.setdefault("KEHOACH_EMBED_CACHE_DIR", str(REPO / "test-output" / "embed-cache"))
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def plan_path(prefix: str) -> Path:
    matches = sorted(PLANS.glob(f"{prefix}*.txt"))
    assert matches, f"sample plan {prefix}* missing in {PLANS}"
    return matches[0]


@pytest.fixture(scope="session")
def sample_service(tmp_path_factory):
    """A Kehoach service over a fresh index holding the five bundled sample plans."""
    from api.service import Kehoach
    from core.settings import load_settings

    data_dir = tmp_path_factory.mktemp("kehoach-index")
    svc = Kehoach(load_settings(data_dir=data_dir))
    report = svc.ingest([PLANS])
    assert not report.failed, [f.message for f in report.failed]
    assert report.totals()["documents"] == 5
    return svc


SHARED_REAL = REPO.parent / "shared" / "plans-real"
# Tuning-half documents (eval/real/split.toml) the meeting gold sets use, beside the five samples.
MEETING_REAL_DOCS = [
    "html/luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm",
    "office/lao-cai_kh-ubnd_trien-khai-chi-thi-11-quan-ly-khoang-san.docx",
    "office/lao-cai_bc-ubnd_ket-qua-chi-thi-38.docx",
    "web/chinh-phu_624-tb-vpcp.md",
    "web/chinh-phu_2597-qd-tt.md",
    "web/thai-nguyen_27-2025-qd-ubnd.md",
    "web/hue_123-2025-qd-ctubnd.md",
]
MEETING_TODAY = "2026-04-15"  # "today" the meeting gold sets are written for ("quý này", "tháng tới")


@pytest.fixture(scope="session")
def meeting_service(tmp_path_factory):
    """A Kehoach service over the five samples and seven plans-real tuning documents, "today" fixed."""
    from api.service import Kehoach
    from core.settings import load_settings

    paths = [SHARED_REAL / d for d in MEETING_REAL_DOCS]
    missing = [str(p) for p in paths if not p.exists()]
    assert not missing, f"missing {missing} (CI clones the repo with ../shared beside it)"
    svc = Kehoach(load_settings(data_dir=tmp_path_factory.mktemp("kehoach-meeting"), today=MEETING_TODAY))
    report = svc.ingest([PLANS, *paths])
    assert not report.failed, [f.message for f in report.failed]
    return svc


def real_service(tmp_path_factory, name: str, docs: list[str]):
    """A Kehoach service over a fresh index of ``docs`` (paths under ../shared/plans-real), every one ingested."""
    return service_of(tmp_path_factory, name, [SHARED_REAL / d for d in docs])


def service_of(tmp_path_factory, name: str, paths: list[Path]):
    """A Kehoach service over a fresh index of ``paths`` (files or folders), every one ingested."""
    from api.service import Kehoach
    from core.settings import load_settings

    svc = Kehoach(load_settings(data_dir=tmp_path_factory.mktemp(name)))
    report = svc.ingest(paths)
    assert not report.failed, [f.message for f in report.failed]
    return svc


def parse_file(path: Path):
    """The document a file parses into (read and parsed as ingest does, not indexed)."""
    from ingest.pipeline import parse_text
    from ingest.readers import read_file

    read = read_file(path, max_bytes=10 << 20)
    return parse_text(read.text, path.name, read.source_format, "", read.fields)


def clause_at(doc, path: str):
    """The clause of ``doc`` at section ``path`` ("II.3.a")."""
    return next(c for c in doc.clauses if c.path == path)


def asker(name: str, paths: list[Path]):
    """A module-scoped fixture: ``ask`` of a fresh index of ``paths`` (``ask = asker("index", [...])`` in a module)."""

    @pytest.fixture(scope="module")
    def ask(tmp_path_factory):
        svc = service_of(tmp_path_factory, name, paths)
        yield svc.ask
        svc.close()

    return ask


def answer_as_indexed(document, question: str, paths: list):
    """The default answer from the chunks of ``paths`` in that order (each first in both rankings at its rank), weighed
    by the document's own word statistics and read with the units it names, as an index of that one document would.
    A path may be given as the clause itself (a web copy may repeat a path: "(1) Bộ Công an" under two headings)."""
    from assistant.answer.default import DefaultAnswerer
    from assistant.index.corpus_stats import CorpusStats
    from assistant.understand import QuestionParser
    from core.models import Hit
    from core.settings import Settings
    from ingest.chunk import Chunker

    chunks = Chunker(Settings().chunk_max_tokens).chunk(document)
    by_path = {c.path: c for c in document.clauses}
    hits = []
    for rank, path in enumerate(paths, start=1):
        clause = by_path[path] if isinstance(path, str) else path
        chunk = next(ch for ch in chunks if ch.clause_ids[0] == clause.id)
        hits.append(Hit(chunk, 1.0 / rank, dense_rank=rank, keyword_rank=rank, doc=document, clause=clause))
    units = sorted({u for c in document.clauses for u in [*c.responsibility.lead, *c.responsibility.implementers]})
    plan = {"id": document.id, "number": document.meta.number, "kind": document.meta.kind, "locality": "",
            "province": document.meta.province, "title": document.meta.title, "issuer": document.meta.issuer}
    parser = QuestionParser([document.meta.province] if document.meta.province else [], units, [plan])
    return DefaultAnswerer(Settings(), CorpusStats.of(chunks).idf()).answer(parser.parse(question), hits)
