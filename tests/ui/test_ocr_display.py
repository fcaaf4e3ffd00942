"""What users see of a plan read by OCR: the plan list, the ingest summary (UI and CLI) and citations say so."""

from __future__ import annotations

from types import SimpleNamespace

from api.service import FileOutcome
from core.models import Answer, Citation, Clause, Document, DocumentMeta, PageInfo
from ui import formatting as fmt


def _citation(ocr_pages: list[int]) -> Citation:
    return Citation(1, "d", "quet.pdf", "Kế hoạch", "Sở Tư pháp Hà Tĩnh", "II.2.b", "d:II.2.b", "Tuyên truyền…",
                    ocr_pages=ocr_pages)


def test_citation_from_an_ocr_page_says_so():
    assert fmt.citation_source(_citation([2])).endswith("mục II.2.b (đọc bằng OCR)")
    assert "OCR" not in fmt.citation_source(_citation([]))
    assert fmt.chip_label(_citation([2])).endswith("· OCR")
    answer = Answer("ai?", "Phòng Pháp chế [1].", citations=[_citation([2])])
    assert "\\(đọc bằng OCR\\)" in fmt.answer_chat_markdown(answer)  # Markdown-escaped parentheses
    assert "(đọc bằng OCR)" in fmt.answer_markdown(answer)
    assert answer.to_json()["citations"][0]["ocr_pages"] == [2]
    assert "ocr_pages" not in Answer("ai?", "x", citations=[_citation([])]).to_json()["citations"][0]


def test_clause_panel_warns_on_ocr_pages():
    clause = Clause("d:1", "d", "1", "1.", "Tuyên truyền", "1. Tuyên truyền", 0, span=(5, 20))
    doc = Document("d", "quet.pdf", "pdf", "x", DocumentMeta(), "x" * 40, "x", [clause],
                   pages=[PageInfo(1, 0, 10, ocr=True, confidence=91.0), PageInfo(2, 12, 40, ocr=True, confidence=60.0,
                                                                                   low_confidence=True)])
    html = fmt.clause_panel_html(doc, clause)
    assert "đọc bằng OCR từ bản quét (trang 1, 2)" in html
    assert doc.ocr_pages_of(clause.span) == [1, 2] and doc.low_confidence_pages == [2]


def test_plan_list_and_ingest_summary_mark_ocr():
    rows = fmt.documents_table([{"file_name": "quet.pdf", "ocr_pages": [1, 2, 3], "ocr_low_confidence_pages": [3]},
                                {"file_name": "go.txt"}])
    assert fmt.DOCUMENT_HEADERS[-1] == "Đọc bằng OCR"
    assert rows[0][-1] == "3 trang; tin cậy thấp: trang 3" and rows[1][-1] == ""
    outcome = FileOutcome("/x/quet.pdf", "ingested", "d", 12, 4, 4, 6, ocr_pages=[1, 2, 3], low_confidence_pages=[3])
    assert outcome.ocr_note == "Đọc bằng OCR 3 trang (độ tin cậy thấp: trang 3)"
    table = fmt.ingest_results_html(fmt.outcome_rows([outcome]))
    assert "Đọc bằng OCR: 3 trang; tin cậy thấp: trang 3" in table
    assert FileOutcome("/x/a.txt", "ingested").ocr_note == ""


def test_cli_shows_ocr_marks(monkeypatch, capsys):
    from rich.console import Console

    from kehoach import cli

    monkeypatch.setattr(cli, "console", Console(width=200, force_terminal=False))
    cli._print_answer(Answer("ai?", "Phòng Pháp chế [1].", citations=[_citation([2])]), as_json=False)
    assert "mục II.2.b (đọc bằng OCR)" in capsys.readouterr().out
    report = SimpleNamespace(files=[FileOutcome("/x/quet.pdf", "ingested", "d", 12, 4, 4, 6, ocr_pages=[1, 2])])
    assert report.files[0].ocr_note == "Đọc bằng OCR 2 trang"
