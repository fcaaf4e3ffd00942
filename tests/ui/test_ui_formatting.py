"""Unit tests of the web app's pure helpers (ui.formatting): escaping, chips, clause panel, exports."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from core.models import Answer, Citation, Clause, Document, DocumentMeta, Responsibility
from ui import formatting as fmt


def _doc() -> Document:
    meta = DocumentMeta(issuer="Sở Tư pháp Hải Phòng", number="/KH-STP", title="Kế hoạch <thử>", year="2026")
    parent = Clause(id="d:III.1", doc_id="d", path="III.1", label="1.", title="Tuyên truyền",
                    text="1. Tuyên truyền", level=1, children=["d:III.1.1", "d:III.1.2"])
    a = Clause(id="d:III.1.1", doc_id="d", path="III.1.1", label="1.1.", title="Trong Ngành",
               text="1.1. Trong Ngành", level=2, parent_id="d:III.1", heading_trail=["NHIỆM VỤ", "Tuyên truyền"])
    b = Clause(id="d:III.1.2", doc_id="d", path="III.1.2", label="1.2.", title="Đại chúng",
               text="1.2. Trên báo <script>alert(1)</script> & đài", level=2, parent_id="d:III.1",
               heading_trail=["NHIỆM VỤ", "Tuyên truyền"], children=["d:III.1.2.1"],
               responsibility=Responsibility(lead=["Phòng <b>PBGDPL</b>"], partners=["Báo Hải Phòng"]))
    kid = Clause(id="d:III.1.2.1", doc_id="d", path="III.1.2.1", label="-", title="Số hóa",
                 text="- Số hóa <img src=x onerror=alert(2)>", level=3, parent_id="d:III.1.2")
    return Document(id="d", file_name="hp.txt", source_format="txt", sha256="x", meta=meta, source_text="",
                    text="", clauses=[parent, a, b, kid])


def _answer() -> Answer:
    cits = [Citation(1, "d", "hp.txt", "Kế hoạch", "Sở Tư pháp Hải Phòng", "III.1.2", "d:III.1.2",
                     "1.2. Trên báo\n- Đơn vị thực hiện: Phòng PBGDPL"),
            Citation(2, "d", "hp.txt", "Kế hoạch", "Sở Tư pháp Hải Phòng", "III.1.2", "d:III.1.2", "trùng")]
    return Answer("Ai chủ trì?", "Phòng <b>PBGDPL</b> chủ trì [1].", citations=cits, notices=["Đã bỏ 1 trích dẫn"])


def test_clause_panel_escapes_plan_text_and_marks_cited_clause():
    doc = _doc()
    html = fmt.clause_panel_html(doc, doc.clause("d:III.1.2"))
    assert "<script>" not in html and "<img" not in html and "<b>PBGDPL" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<mark>") == 1
    marked = html.split("<mark>", 1)[1].split("</mark>", 1)[0]
    assert "Trên báo" in marked and "Trong Ngành" not in marked
    # parent and sibling as context, heading trail, issuer, section path, the cited clause's own sub-item
    assert "1. Tuyên truyền" in html and "1.1. Trong Ngành" in html
    assert "NHIỆM VỤ › Tuyên truyền" in html
    assert "Sở Tư pháp Hải Phòng" in html and "III.1.2" in html and "Kế hoạch &lt;thử&gt;" in html
    assert "Số hóa &lt;img" in html
    # the label is not repeated when the text already starts with it
    assert "1.2.</span> 1.2." not in html


def test_chat_markdown_escapes_html_and_shows_notices_and_sources():
    md = fmt.answer_chat_markdown(_answer())
    assert "<b>" not in md and "&lt;b&gt;PBGDPL&lt;/b&gt;" in md
    assert "Đã bỏ 1 trích dẫn" in md and "Lưu ý" in md
    assert "\\[1\\] Sở Tư pháp Hải Phòng" in md and "mục III.1.2" in md


def test_chips_are_numbered_and_deduplicated_by_clause():
    choices = fmt.chip_choices(_answer().citations)
    assert choices == [("[1] Sở Tư pháp Hải Phòng · III.1.2", "d:III.1.2")]


def test_answer_markdown_for_copy_has_question_answer_and_quoted_citations():
    md = fmt.answer_markdown(_answer())
    assert md.startswith("**Hỏi:** Ai chủ trì?")
    assert "Phòng <b>PBGDPL</b> chủ trì [1]." in md  # Markdown export keeps the answer text as written
    assert "[1] Sở Tư pháp Hải Phòng — Kế hoạch — mục III.1.2" in md
    assert "> 1.2. Trên báo - Đơn vị thực hiện: Phòng PBGDPL" in md
    assert "[2]" in md


ROWS = [
    {"plan": "A", "section": "1", "task": "Tuyên truyền", "lead": "Công an tỉnh", "partners": "Sở Tư pháp"},
    {"plan": "A", "section": "2", "task": "Hỗ trợ nạn nhân", "lead": "Sở Y tế",
     "partners": "Công an Tỉnh; Hội Phụ nữ"},
    {"plan": "B", "section": "3", "task": "Trợ giúp pháp lý", "lead": "Sở Tư pháp", "partners": "",
     "implementers": "Công an tỉnh"},
    {"plan": "B", "section": "4", "task": "Kiểm tra", "lead": "CA tỉnh", "partners": ""},
]


def test_unit_filter_folds_spelling_and_looks_only_at_lead_and_partners():
    for unit in ("Công an tỉnh", "cong an tinh", "CÔNG AN TỈNH"):
        got = [r["section"] for r in fmt.filter_responsibilities(ROWS, unit=unit)]
        assert got == ["1", "2", "4"], unit  # row 3 only has it as implementer; "CA tỉnh" is an abbreviation
    assert len(fmt.filter_responsibilities(ROWS, unit="")) == 4
    assert [r["section"] for r in fmt.filter_responsibilities(ROWS, unit="Sở Y tế")] == ["2"]


def test_text_search_ignores_diacritics():
    assert [r["section"] for r in fmt.filter_responsibilities(ROWS, query="nan nhan")] == ["2"]
    assert [r["section"] for r in fmt.filter_responsibilities(ROWS, unit="công an", query="tuyên")] == ["1"]


def test_csv_and_xlsx_exports_round_trip(tmp_path):
    table = fmt.responsibility_table(ROWS)
    csv_path = fmt.write_csv(table, tmp_path / "a.csv")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig")))
    assert rows[0] == fmt.RESPONSIBILITY_HEADERS and len(rows) == 5
    assert rows[2][3] == "Sở Y tế" and rows[2][4] == "Công an Tỉnh; Hội Phụ nữ"
    xlsx = fmt.write_xlsx(table + [["=1+1", "", "", "", "", "", ""]], tmp_path / "a.xlsx")
    ws = load_workbook(xlsx).active
    values = [[c.value or "" for c in row] for row in ws.iter_rows()]
    assert values[0] == fmt.RESPONSIBILITY_HEADERS and values[1][3] == "Công an tỉnh"
    assert not str(values[-1][0]).startswith("=")  # no formula injection


def test_ingest_results_table_is_vietnamese_and_escaped():
    class F:
        def __init__(self, path, status, message="", clauses=0, tasks=0, tasks_with_lead=0):
            self.path, self.status, self.message = path, status, message
            self.clauses, self.tasks, self.tasks_with_lead = clauses, tasks, tasks_with_lead

    rows = fmt.outcome_rows([F("/x/a.docx", "ingested", clauses=14, tasks=5, tasks_with_lead=5),
                             F("/x/<b>.pdf", "failed", "Tệp PDF không có lớp chữ"),
                             F("/x/c.txt", "unchanged")])
    html_ = fmt.ingest_results_html(rows + [fmt.ResultRow("d.exe", False, "LỖI — loại tệp .exe không được hỗ trợ")])
    assert "đã nạp 14 điều khoản, 5 nhiệm vụ" in html_
    assert "LỖI — Tệp PDF không có lớp chữ" in html_ and "<b>" not in html_ and "&lt;b&gt;.pdf" in html_
    assert "không thay đổi" in html_ and "d.exe" in html_
    assert html_.count("<tr") == 5 and "/x/" not in html_  # header + 4 files, names only
    assert "Chưa chọn tệp nào." in fmt.ingest_results_html([])


def _list_answer():
    from core.models import ListItem

    items = [ListItem(plan="UBND <b>tỉnh</b>", section="II.1", task="Tuyên truyền <script>x</script>", role="chủ trì",
                      deadline="Thường xuyên", n=1, doc_id="d", clause_id="d:II.1"),
             ListItem(plan="UBND tỉnh", section="II.2", task="Kiểm tra", role="phối hợp", deadline="Quý III/2026",
                      n=2, doc_id="d", clause_id="d:II.2")]
    cites = [Citation(n=i, doc_id="d", file_name="d.txt", title="T", issuer="UBND tỉnh", section=f"II.{i}",
                      clause_id=f"d:II.{i}", text="...") for i in (1, 2)]
    return Answer(question="q", text="X chủ trì 2 nhiệm vụ trong 1 kế hoạch:\n- Mục II.1: Tuyên truyền [1]\n… và 1 nhiệm vụ khác",
                  citations=cites, items=items)


def test_list_answer_table_html_and_sources():
    from ui import formatting as fmt

    a = _list_answer()
    assert fmt.items_table(a)[1] == ["2", "UBND tỉnh", "II.2", "Kiểm tra", "phối hợp", "Quý III/2026"]
    html_ = fmt.items_html(a)
    assert "<script>" not in html_ and "&lt;script&gt;" in html_ and "&lt;b&gt;" in html_
    assert html_.count("<tr>") == 3  # header + two tasks
    md = fmt.answer_chat_markdown(a)
    assert "II.1" in md.split("**Nguồn:**")[1] and "II.2" not in md.split("**Nguồn:**")[1]  # the sources shown
    assert fmt.list_title_markdown(a).startswith("**Danh sách đầy đủ (2 mục)**")
    assert fmt.answer_clause_ids(a) == ["d:II.1", "d:II.2"]


def test_table_filter_by_the_tasks_of_a_list():
    from ui import formatting as fmt

    rows = [{"clause_id": c} for c in ("a", "b", "c")]
    assert fmt.filter_by_clauses(rows, ["c", "a"]) == [{"clause_id": "c"}, {"clause_id": "a"}]
    assert fmt.filter_by_clauses(rows, []) == rows


def test_plan_list_reads_a_real_pdf_s_first_page_and_says_khong_ro_for_what_is_missing(tmp_path):
    """The real Cà Mau PDF (../shared/plans-extra) shows title, issuer, province and year in the plan list; a field
    a plan does not state reads "không rõ"; a national document's place reads "cả nước"."""
    from pathlib import Path

    from api import parse_file
    from core.settings import load_settings

    pdf = Path(__file__).resolve().parents[3] / "shared" / "plans-extra" / "ca-mau_ubnd_0204_2025_tai-chinh-ngan-sach.pdf"
    m = parse_file(pdf, load_settings(data_dir=tmp_path)).meta
    row = fmt.documents_table([{"file_name": pdf.name, "title": m.title, "issuer": m.issuer, "province": m.province,
                                "year": m.year}])[0]
    assert row[1].startswith("TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM") and row[2:5] == [
        "Ủy ban nhân dân tỉnh Cà Mau", "Cà Mau", "2026"]
    assert (m.number, m.date) == ("0204/KH-UBND", "2025-11-24")
    blank = fmt.documents_table([{"file_name": "x.pdf"}])[0]
    assert blank[1:5] == ["không rõ"] * 4
    national = fmt.documents_table([{"file_name": "tt.md", "title": "t", "issuer": "Bộ Công Thương", "year": "2025"}])[0]
    assert national[3] == "cả nước"
