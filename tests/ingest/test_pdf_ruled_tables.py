"""A signed PDF of the Official Gazette (Công báo) read as users bring it: QĐ 844/QĐ-TTg, whose appendix assigns 17
tasks in a ruled table over nine pages ("STT | Tên nhiệm vụ cụ thể | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả |
Thời gian hoàn thành"), each page headed "CÔNG BÁO/Số 286/Ngày 27-05-2026" and its number.

The text layer alone reads each cell's wrapped lines one after another ("Ủy ban nhân / dân cấp tỉnh / trình Hội /
đồng ..."), so no row kept its lead, partners and deadline; the running header gave the decision the number
"286/Ng". Fixture: tests/data/cong-bao (source in its README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings
from core.units import unit_matches
from ingest.readers.pdf_reader import read_pdf

PDF = Path(__file__).resolve().parents[1] / "data" / "cong-bao" / "quyet-dinh-so-844-qd-ttg-469526.pdf"


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    return parse_file(PDF, load_settings(data_dir=tmp_path_factory.mktemp("congbao")))


def row(doc, starts: str):
    found = [c for c in doc.clauses if c.text.startswith(starts)]
    assert len(found) == 1, [(c.path, c.text[:60]) for c in found]
    return found[0]


def has(units: list[str], name: str) -> bool:
    return any(unit_matches(name, u) for u in units)


def test_running_headers_go_and_the_decision_keeps_its_number(doc) -> None:
    text = read_pdf(PDF, 50_000_000).text
    assert "CÔNG BÁO/Số 286" not in text
    assert doc.meta.number == "844/QĐ-TTg"
    assert doc.meta.kind == "Quyết định"


def test_a_ruled_table_is_read_row_by_row() -> None:
    text = read_pdf(PDF, 50_000_000).text
    assert ("| STT | Tên nhiệm vụ cụ thể | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |"
            in text)
    assert ("| 5. | Xây dựng Đề án về đổi mới, nâng cao hiệu quả công tác truyền thông, phổ biến, giáo dục pháp luật "
            "về thực hiện bảo hiểm y tế trong giai đoạn mới. | Bộ Tài chính | Bộ Y tế, cơ quan, đơn vị liên quan | "
            "Quyết định của Bộ trưởng ban hành Đề án | Quý I/2027 |") in text


def test_each_row_has_its_lead_partners_and_deadline(doc) -> None:
    r5 = row(doc, "Xây dựng Đề án về đổi mới, nâng cao hiệu quả công tác truyền thông").responsibility
    assert r5.lead == ["Bộ Tài chính"] and has(r5.partners, "Bộ Y tế") and r5.deadline == "Quý I/2027"
    r16 = row(doc, "Ban hành cơ chế, chính sách để nâng cao năng lực tổ chức quản lý nhà nước").responsibility
    assert r16.lead == ["Ủy ban nhân dân cấp tỉnh"] and has(r16.partners, "Sở Y tế")
    assert r16.deadline == "Quý III/2026"


def test_a_row_cut_by_the_page_break_is_one_row(doc) -> None:
    # Task 8 ends on page 9 under the repeated header: "... cơ" / "quan, tổ chức có liên quan".
    r8 = row(doc, "Xây dựng Nghị định về tăng mức đóng bảo hiểm y tế từ năm 2027")
    assert "mở rộng phạm vi quyền lợi" in r8.text
    assert r8.responsibility.lead == ["Bộ Y tế"]
    assert r8.responsibility.partners[-1] == "các bộ, ngành, cơ quan, tổ chức có liên quan"
    assert r8.responsibility.deadline == "Tháng 3/2027"
    assert not [c for c in doc.clauses if c.text.startswith("với việc mở rộng phạm vi quyền lợi")]


def test_a_sentence_cut_by_the_page_break_is_one_paragraph(doc) -> None:
    # Page 3 ends "... bệnh lý nhẹ, bệnh thông thường", page 4 goes on "ở cơ sở khám bệnh, chữa bệnh cấp chuyên sâu".
    found = [c for c in doc.clauses if "bệnh thông thường ở cơ sở khám bệnh, chữa bệnh cấp chuyên sâu" in " ".join(
        c.text.split())]
    assert found and all(not c.path.startswith("PL") for c in found[:1])


def test_sub_rows_of_one_task_are_one_row() -> None:
    # NQ 97/NQ-CP's appendix (a gazette PDF kept outside the repo): task 17 spans two rows, each with its own result
    # and deadline, its number and name merged (None) in the second; on the next page, task 15's second row comes
    # back with its lead written again and its number cell empty.
    from ingest.readers.pdf_tables import _join_cut_row, _merge_spanned

    header = ["TT", "Tên nhiệm vụ", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp", "Kết quả", "Thời gian\nhoàn thành"]
    rows = _merge_spanned([header,
                           ["17", "Tiếp tục thể chế hóa ...", "Bộ Giáo dục và\nĐào tạo", "Các bộ,\ncơ quan ngang bộ",
                            "Báo cáo chuyên đề", "Tháng\n5/2026"],
                           [None, None, "Bộ Giáo dục và\nĐào tạo", "Các bộ,\ncơ quan ngang bộ",
                            "Báo cáo kết quả", "Tháng\n11/2026"]])
    assert [" ".join(c.split()) for c in rows[1][2:]] == ["Bộ Giáo dục và Đào tạo", "Các bộ, cơ quan ngang bộ",
                           "Báo cáo chuyên đề; Báo cáo kết quả", "Tháng 5/2026; Tháng 11/2026"]
    above = [header, ["15", "Thể chế hóa ...", "Bộ Tài chính", "Các bộ", "Báo cáo chuyên đề", "Tháng 5/2026"]]
    page = _join_cut_row(header, above, [header, ["", "", "Bộ Tài chính", "Các bộ", "Báo cáo kết quả", "Tháng 11/2026"],
                                         ["16", "Tiếp tục ...", "Bộ Tài chính", "Các bộ", "Báo cáo", "Tháng 02/2026"]])
    assert above[-1][2] == "Bộ Tài chính" and above[-1][5] == "Tháng 5/2026; Tháng 11/2026"
    assert [r[0] for r in page] == ["TT", "16"]


def test_tables_are_looked_for_within_a_page_count_and_a_time_budget() -> None:
    # a file of hundreds of pages of tables must not run the upload worker out of time: past so many pages (a count,
    # so a file reads the same however loaded the machine is) or past the time budget, pages keep their text layer,
    # and the reader says which (only pages that draw lines are looked at: 7-15 here)
    import pypdf

    from ingest.readers.pdf_tables import pages_with_tables

    layer = {n: page for n, page in enumerate(pypdf.PdfReader(str(PDF)).pages, start=1)}
    tabled, unread = pages_with_tables(PDF, layer, budget_s=0.0)
    assert tabled == {} and unread == list(range(7, 16))
    tabled, unread = pages_with_tables(PDF, layer, max_pages=3)
    assert sorted(tabled) == [7, 8, 9] and unread == list(range(10, 16))
    tabled, unread = pages_with_tables(PDF, layer)
    assert sorted(tabled) == list(range(7, 16)) and unread == []
