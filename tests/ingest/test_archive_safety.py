"""A crafted .docx cannot blow up the server's memory: archive members are read as capped streams (headers are
never trusted), and uploads are parsed in a child process with a memory limit and a timeout, so a bad file fails
alone with a clear message and the server's memory stays where it was."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest

from api.service import Kehoach
from assistant.embedders import make_embedder
from core.errors import KehoachError, ReadError
from core.settings import BUNDLED_PLANS, Settings
from ingest.readers import read_file
from ingest.worker import WorkerError, WorkerLimits, parse_isolated, run_limited
from tests import zip_bombs

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only

HA_TINH = BUNDLED_PLANS / "ha-tinh_so-tu-phap_2026_toi-pham-mua-ban-nguoi.txt"
MAX_FILE = 40 * 1024 * 1024
RSS_BUDGET_MB = 200
FIGURES = Path(__file__).resolve().parents[2] / "test-output" / "archive-safety.json"

# crafted file -> words its refusal must contain
CRAFTED = {
    "lying-sizes.docx": (zip_bombs.lying_sizes, "khai báo"),
    "lying-huge-claim.docx": (zip_bombs.lying_huge_claim, "khai báo"),
    "honest-zero-bomb.docx": (zip_bombs.honest_zero_bomb, "bom nén"),
    "honest-xml-bomb.docx": (zip_bombs.honest_xml_bomb, "bom nén"),
    "overlapping-members.docx": (zip_bombs.overlapping_members, "bom nén"),
    "too-many-members.docx": (zip_bombs.too_many_members, "thành phần nén"),
}


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


class PeakRSS:
    """Highest RSS of this process above its level at entry, sampled every 2 ms."""

    def __enter__(self) -> "PeakRSS":
        self.base = rss_mb()
        self.peak = self.base
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_mb())
            time.sleep(0.002)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())
        self.after = rss_mb()

    @property
    def delta(self) -> float:
        return self.peak - self.base


def _record(key: str, value) -> None:
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(FIGURES.read_text()) if FIGURES.exists() else {}
    data[key] = value
    FIGURES.write_text(json.dumps(data, ensure_ascii=False, indent=1))


@pytest.fixture(scope="module")
def crafted(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("crafted")
    return {name: make(folder / name) for name, (make, _) in CRAFTED.items()}


def test_crafted_archives_are_small_on_disk(crafted):
    sizes = {name: p.stat().st_size for name, p in crafted.items()}
    assert all(size < 8 * 1024 * 1024 for size in sizes.values()), sizes
    assert sizes["lying-sizes.docx"] < 2 * 1024 * 1024  # 1 GB inside


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_reader_refuses_crafted_archive_with_flat_memory(crafted, name):
    with PeakRSS() as rss:
        started = time.perf_counter()
        with pytest.raises(ReadError) as info:
            read_file(crafted[name], MAX_FILE)
        seconds = time.perf_counter() - started
    message = f"{info.value.vi} / {info.value.en}"
    assert f"«{name}»" in info.value.vi and CRAFTED[name][1] in info.value.vi, message
    assert rss.delta < RSS_BUDGET_MB, (name, rss.delta)
    assert seconds < 10, (name, seconds)
    _record(f"reader:{name}", {"peak_rss_delta_mb": round(rss.delta, 1), "seconds": round(seconds, 2),
                               "message": info.value.vi})


def test_real_docx_plans_still_read(tmp_path):
    plans = sorted(Path(__file__).resolve().parents[3].joinpath("shared").rglob("*.docx"))
    assert len(plans) >= 5
    for plan in plans:
        text = read_file(plan, MAX_FILE).text
        assert len(text) > 1000, plan.name


@pytest.fixture(scope="module")
def embedder(tmp_path_factory):
    return make_embedder(Settings(data_dir=tmp_path_factory.mktemp("embed-cache"), chroma_url=""))


def test_crafted_uploads_fail_alone_and_server_memory_stays_flat(crafted, tmp_path, embedder):
    """The web app's path (ingest_uploads: parse in a child process) over every crafted file plus one good
    plan in the same batch: each bomb gets its own message, the good plan is ingested, the stored plan is
    intact, and this process (the server) never grows by 200 MB."""
    k = Kehoach(Settings(data_dir=tmp_path / "data", chroma_url=""))
    k.__dict__["embedder"] = embedder
    assert not k.ingest([HA_TINH]).failed
    k.warm_up()
    kept = sorted((d["id"], d["sha256"]) for d in k.documents())
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    batch = [Path(shutil.copy(p, uploads / p.name)) for p in crafted.values()]
    good = uploads / "quang-tri_ubnd_2026_thu-nghiem.txt"
    good.write_text(HA_TINH.read_text(encoding="utf-8").replace("Hà Tĩnh", "Quảng Trị"), encoding="utf-8")
    with PeakRSS() as rss:
        report = k.ingest_uploads([*batch, good], actor="kiem-thu")
    by_name = {Path(f.path).name: f for f in report.files}
    for name, (_, words) in CRAFTED.items():
        assert by_name[name].status == "failed" and words in by_name[name].message, (name, by_name[name].message)
    assert by_name[good.name].status == "ingested"
    assert rss.delta < RSS_BUDGET_MB, rss.delta
    assert set(kept) <= {(d["id"], d["sha256"]) for d in k.documents()}
    assert k.index.verify() == []
    assert not any(p.exists() for p in batch)  # refused uploads are removed, not left in the temp dir
    _record("server:ingest_uploads", {"files": len(batch) + 1, "peak_rss_delta_mb": round(rss.delta, 1),
                                      "rss_after_minus_before_mb": round(rss.after - rss.base, 1)})


def test_worker_memory_limit_stops_a_parse_that_passes_the_caps(tmp_path):
    """A well-formed .docx of ~24 MB of text passes the archive caps (ratio ~4) but reading it takes ~250 MB
    (lxml tree): under a 200 MB child limit the child stops with a clear message and this process does not grow."""
    big = zip_bombs.big_valid_document(tmp_path / "qua-lon.docx", 24 << 20)
    settings = Settings(data_dir=tmp_path / "data", ingest_worker_memory_mb=200)
    with PeakRSS() as rss:
        with pytest.raises(WorkerError) as info:
            parse_isolated(big, settings)
    assert "«qua-lon.docx»" in info.value.vi and "200 MB" in info.value.vi, info.value.vi
    assert rss.delta < 50, rss.delta
    _record("worker:memory_limit", {"child_limit_mb": 200, "parent_peak_rss_delta_mb": round(rss.delta, 1),
                                    "message": info.value.vi})


def test_scanned_pdf_gets_the_ocr_time_budget():
    settings = Settings(ingest_worker_timeout_s=120, ocr_max_pages=60, ocr_page_timeout=60, ocr_workers=2)
    assert WorkerLimits.of(settings, Path("scan.pdf")).timeout_s == 120 + 60 * 60 / 2
    assert WorkerLimits.of(settings, Path("plan.docx")).timeout_s == 120


def test_worker_refuses_overlong_text_and_parses_real_plans(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", max_text_chars=5_000)
    with pytest.raises(KehoachError) as info:
        parse_isolated(HA_TINH, settings)
    assert "quá dài" in info.value.vi
    doc, chunks = parse_isolated(HA_TINH, Settings(data_dir=tmp_path / "data"))
    assert doc.meta.province == "Hà Tĩnh" and len(chunks) > 10


def test_worker_timeout_crash_and_errors_have_clear_messages():
    limits = WorkerLimits(memory_mb=512, timeout_s=1.5)
    started = time.perf_counter()
    with pytest.raises(WorkerError) as info:
        run_limited("tests.worker_targets:sleep_for", [60], limits, "cham.pdf")
    assert time.perf_counter() - started < 10
    assert "«cham.pdf»" in info.value.vi and "1.5 giây" in info.value.vi
    with pytest.raises(WorkerError) as info:
        run_limited("tests.worker_targets:allocate_mb", [2048], limits, "to.docx")
    assert "512 MB" in info.value.vi
    with pytest.raises(WorkerError) as info:
        run_limited("tests.worker_targets:die", [], limits, "chet.docx")
    assert "dừng bất thường" in info.value.vi
    with pytest.raises(KehoachError) as info:
        run_limited("tests.worker_targets:refuse", ["Tệp hỏng"], limits, "x.txt")
    assert info.value.vi == "Tệp hỏng"
    assert run_limited("tests.worker_targets:sleep_for", [0], limits, "ok.txt") == "ngủ 0 giây"
    seen: list[tuple[int, int]] = []
    assert run_limited("tests.worker_targets:read_pages", [3], limits, "scan.pdf", lambda d, t: seen.append((d, t))) == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]  # OCR progress crosses the process boundary
    with pytest.raises(WorkerError) as info:  # a bug in a reader: named by type only
        run_limited("tests.worker_targets:buggy", ["/srv/kehoach/data/bi-mat.json"], limits, "loi.docx")
    assert "KeyError" in info.value.vi and "/srv" not in info.value.vi
