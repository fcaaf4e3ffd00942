"""Scanned PDFs read by offline Vietnamese OCR (Tesseract): sample plans rendered as image-only scans must parse
like their .txt (section paths, lead units), with a low character error rate; the real scans ingest into clause
trees; OCR is cached by file hash; a missing Tesseract keeps the clear "no text layer" message."""

from __future__ import annotations

import difflib
import re
import stat
from pathlib import Path

import pytest
from fpdf import FPDF
from rapidfuzz.distance import Levenshtein

from api.service import Kehoach, parse_file, read_text
from core.errors import ReadError
from core.models import Document
from core.settings import load_settings
from tests.conftest import REPO, plan_path
from tests.fixtures_build import DEJAVU_DIR
from tests.scan_fixtures import RUNNING_FOOTER, build_scanned_pdf_from_plan, scanned_paragraphs

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only

SCANNED = REPO.parent / "shared" / "plans-real" / "scanned"
PLANS = ("hai-phong", "ha-tinh")  # 5 + 4 pages: every sample layout feature, ~10 s of OCR on 2 cores


@pytest.fixture(scope="module")
def ocr_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("ocr")


@pytest.fixture(scope="module")
def settings(ocr_dir):
    return load_settings(data_dir=ocr_dir / "data", ocr_cache_dir=ocr_dir / "cache")


@pytest.fixture(scope="module")
def scans(ocr_dir) -> dict[str, Path]:
    return {name: build_scanned_pdf_from_plan(plan_path(name), ocr_dir / f"{name} (bản quét).pdf") for name in PLANS}


def _page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _cer(reference: str, hypothesis: str) -> float:
    return Levenshtein.distance(reference, hypothesis) / len(reference)


@pytest.mark.parametrize("name", PLANS)
def test_scan_text_has_low_character_error_rate(name, scans, settings):
    reference = _words(" ".join(p.text for p in scanned_paragraphs(plan_path(name))))
    text = read_text(scans[name], settings=settings)
    cer = _cer(reference, _words(text))
    print(f"{name}: CER {cer:.4f} over {len(reference)} characters")
    assert cer <= 0.03
    # running footer and page numbers are gone; no line is a bare number
    assert RUNNING_FOOTER not in text
    assert not [line for line in text.splitlines() if re.fullmatch(r"\s*\d{1,3}\s*", line)]


@pytest.mark.parametrize("name", PLANS)
def test_scan_parses_like_the_txt(name, scans, settings):
    typed = parse_file(plan_path(name), settings)
    scanned = parse_file(scans[name], settings)
    typed_paths = [c.path for c in typed.clauses]
    scanned_paths = [c.path for c in scanned.clauses]
    matcher = difflib.SequenceMatcher(a=typed_paths, b=scanned_paths, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    assert same >= 0.95 * len(typed_paths), (typed_paths, scanned_paths)
    leads = {c.path: c.responsibility.lead for c in scanned.clauses if c.is_task}
    tasks = [c for c in typed.clauses if c.is_task]
    assert tasks
    same_lead = sum(1 for c in tasks if leads.get(c.path) == c.responsibility.lead)
    assert same_lead >= 0.95 * len(tasks), [(c.path, c.responsibility.lead, leads.get(c.path)) for c in tasks]
    assert scanned.meta.province == typed.meta.province and scanned.meta.title == typed.meta.title


def test_scan_pages_carry_ocr_confidence(scans, settings):
    doc = parse_file(scans["hai-phong"], settings)
    assert doc.pages and all(p.ocr for p in doc.pages)
    assert doc.ocr_pages == [1, 2, 3, 4, 5]
    assert all(p.confidence and p.confidence > 85 for p in doc.pages)
    assert doc.low_confidence_pages == []
    assert any("nhận dạng chữ (OCR) 5 trang" in w for w in doc.warnings)
    for page in doc.pages:  # each page's span holds that page's text
        assert doc.source_text[page.start:page.end].strip()
    task = next(c for c in doc.clauses if c.is_task)
    assert doc.ocr_pages_of(task.span)
    again = Document.from_dict(doc.to_dict())  # the OCR facts survive the catalog
    assert again.pages == doc.pages and again.low_confidence_pages == []


def test_low_confidence_threshold_flags_pages(scans, settings):
    strict = settings.model_copy(update={"ocr_low_confidence": 99.0})
    doc = parse_file(scans["ha-tinh"], strict)
    pages = list(range(1, _page_count(scans["ha-tinh"]) + 1))
    assert doc.low_confidence_pages == doc.ocr_pages == pages
    assert any("độ tin cậy thấp: " + ", ".join(map(str, pages)) in w for w in doc.warnings)


def _counting_tesseract(folder: Path) -> tuple[Path, Path]:
    """A tesseract command that logs each page it reads (calls with "stdin"), then runs the real one."""
    log = folder / "calls.log"
    script = folder / "tesseract-counting"
    script.write_text(f'#!/bin/sh\ncase "$1" in stdin) echo page >> "{log}";; esac\nexec tesseract "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, log


def test_reingest_reads_ocr_from_cache(scans, tmp_path):
    command, log = _counting_tesseract(tmp_path)
    settings = load_settings(data_dir=tmp_path / "data", ocr_tesseract_cmd=str(command))
    first = parse_file(scans["ha-tinh"], settings)
    n_pages = _page_count(scans["ha-tinh"])
    assert log.read_text().count("page") == n_pages
    assert list((tmp_path / "data" / "ocr_cache").glob("*.json"))  # under the data dir by default
    second = parse_file(scans["ha-tinh"], settings)
    assert log.read_text().count("page") == n_pages  # nothing read again
    assert second.source_text == first.source_text and second.pages == first.pages


def test_missing_tesseract_keeps_the_clear_message(scans, tmp_path):
    settings = load_settings(data_dir=tmp_path, ocr_tesseract_cmd=str(tmp_path / "no-such-tesseract"))
    with pytest.raises(ReadError) as caught:
        parse_file(scans["ha-tinh"], settings)
    err = caught.value
    assert "không có lớp văn bản" in err.vi and "bản quét" in err.vi and "Tesseract" in err.vi
    assert "tesseract-ocr-vie" in err.vi and "no text layer" in err.en


def test_missing_language_model_is_named(scans, tmp_path):
    settings = load_settings(data_dir=tmp_path, ocr_lang="vie+khongco")
    with pytest.raises(ReadError) as caught:
        parse_file(scans["ha-tinh"], settings)
    assert "khongco" in caught.value.vi


def test_ocr_switched_off_refuses_scans_as_before(scans, tmp_path):
    settings = load_settings(data_dir=tmp_path, ocr_enabled=False)
    with pytest.raises(ReadError) as caught:
        parse_file(scans["ha-tinh"], settings)
    assert "không có lớp văn bản" in caught.value.vi and "OCR" in caught.value.vi


def test_page_limit_and_timeout_are_reported(scans, tmp_path):
    limited = load_settings(data_dir=tmp_path, ocr_max_pages=1, ocr_cache_dir=tmp_path / "c1")
    doc = parse_file(scans["ha-tinh"], limited)
    assert doc.ocr_pages == [1]
    assert any("KEHOACH_OCR_MAX_PAGES=1" in w and "các trang 2, 3" in w for w in doc.warnings)
    hurried = load_settings(data_dir=tmp_path, ocr_page_timeout=0.001, ocr_cache_dir=tmp_path / "c2")
    with pytest.raises(ReadError) as caught:
        parse_file(scans["ha-tinh"], hurried)
    assert "không có lớp văn bản" in caught.value.vi and "quá thời gian" in caught.value.vi
    assert "timed out" in caught.value.en
    for cached in (tmp_path / "c2").glob("*.json"):  # a page that timed out is not cached: it is read next time
        assert '"pages":{}' in cached.read_text()


def test_mixed_pdf_reads_only_the_scanned_page(scans, tmp_path, settings):
    """A text page followed by a scanned page: the text layer is kept, the scan is read by OCR."""
    import pypdfium2 as pdfium

    page_png = tmp_path / "page.png"
    scan = pdfium.PdfDocument(str(scans["ha-tinh"]))
    scan[1].render(scale=200 / 72).to_pil().convert("L").save(page_png)
    scan.close()
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(DEJAVU_DIR / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "KẾ HOẠCH\nThực hiện công tác phòng, chống tội phạm năm 2026 (trang có lớp văn bản)")
    pdf.add_page()
    pdf.image(str(page_png), x=0, y=0, w=210, h=297)
    mixed = tmp_path / "trộn.pdf"
    pdf.output(str(mixed))
    doc = parse_file(mixed, settings)
    assert [(p.number, p.ocr) for p in doc.pages] == [(1, False), (2, True)]
    assert "trang có lớp văn bản" in doc.source_text[doc.pages[0].start:doc.pages[0].end]
    scanned_text = doc.source_text[doc.pages[1].start:doc.pages[1].end]
    assert len(scanned_text) > 1000 and "phòng, chống" in scanned_text


# -- the three real scans ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_scans(settings) -> dict[str, Document]:
    return {path.name.split("_")[0]: parse_file(path, settings) for path in sorted(SCANNED.glob("*.pdf"))}


def test_real_scans_ingest_into_clause_trees(real_scans):
    assert set(real_scans) == {"bo-cong-thuong", "cuc-hoa-chat", "lao-cai"}
    for doc in real_scans.values():
        assert len(doc.clauses) >= 5 and doc.ocr_pages
    ministry = _words(real_scans["bo-cong-thuong"].source_text)
    assert "Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh" in ministry
    assert "Trương Thanh Hoài" in ministry
    assert real_scans["bo-cong-thuong"].ocr_pages == [1, 2]  # page 3 shows only a stamp: no text read
    assert any("Trang 3" in w and "con dấu" in w for w in real_scans["bo-cong-thuong"].warnings)
    letter = real_scans["cuc-hoa-chat"]
    numbered = [c.text[:60] for c in letter.clauses if re.match(r"[1-6]\. V", c.text)]
    assert len(numbered) >= 5, numbered  # its six numbered answers
    assert "HÓA C" not in letter.source_text.split("Để xác định")[1][:400]  # the red stamp is not read as text
    decision = real_scans["lao-cai"]
    decision_text = _words(decision.source_text)
    assert "Công ty Cổ phần công nghiệp Linh Linh" in decision_text
    assert "Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh Lào Cai có trách nhiệm giám sát" in decision_text
    assert decision.low_confidence_pages  # the annex pages (tables, map) are flagged


# -- the service: ingest summary, progress, citations --------------------------------------------------------


def test_service_marks_ocr_plans_and_citations(scans, ocr_dir, tmp_path):
    settings = load_settings(data_dir=tmp_path / "index", ocr_cache_dir=ocr_dir / "cache")
    svc = Kehoach(settings)
    seen: list[str] = []
    report = svc.ingest([scans["ha-tinh"]], lambda i, n, name: seen.append(name))
    outcome = report.files[0]
    n = _page_count(scans["ha-tinh"])
    assert outcome.status == "ingested", outcome.message
    assert outcome.ocr_pages == list(range(1, n + 1)) and outcome.low_confidence_pages == []
    assert outcome.ocr_note == f"Đọc bằng OCR {n} trang"
    assert any(f"OCR trang {n}/{n}" in s for s in seen)
    summary = svc.documents()[0]
    assert summary["ocr_pages"] == outcome.ocr_pages
    answer = svc.ask("Phòng nào chủ trì rà soát văn bản quy phạm pháp luật về phòng, chống mua bán người?")
    assert answer.citations and all(c.ocr_pages for c in answer.citations)
    assert answer.to_json()["citations"][0]["ocr_pages"]
    again = svc.ingest([scans["ha-tinh"]]).files[0]
    assert again.status == "unchanged" and again.ocr_pages == outcome.ocr_pages
