"""Pages saved from the national legal database, and who acts in a case a sentence states (stop 68):

- a vbpl.vn page holds the document between the portal's tabs and its footer and table of contents: the document alone
  is read, its table of bills a task per row led by the body that submits it, each row's path carrying its group
  ("PL.II.6"), and "Nghị quyết liên tịch" is a kind of its own;
- "giúp", "dành" end a unit's name ("các Ủy ban của Quốc hội | giúp Ủy ban Thường vụ Quốc hội theo dõi"), not in
  "cơ quan giúp việc" or "Trung tâm Trợ giúp pháp lý";
- "Các Bộ: Nội vụ, Công an, Quốc phòng, ..." lists one ministry per branch, and a clause with a line for each ministry
  ("Bộ Nông nghiệp và Môi trường chủ trì, ... tiêu chí 2.4.2;") is led by each of them;
- "<a case> thì <unit> chủ trì ..." names who acts after "thì"; a case with no opening word only when its subject does
  nothing ("Ủy ban nhân dân Thành phố Hồ Chí Minh được vay ..., trường hợp vượt quá 120% thì Quốc hội xem xét ..."
  stays the city's);
- a cell's department ends at its task ("Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu").
"""

from __future__ import annotations


from ingest.readers.html_reader import read_html
from ingest.responsibilities import extract_from_text, sentence_roles
from ingest.units import split_units, unit_phrase_at
from tests.conftest import REPO, SHARED_EXTRA, SHARED_REAL, clause_at, parse_file

VBPL = REPO / "tests" / "data" / "vbpl"
EXTERNAL_DOCS = REPO / "eval" / "external" / "docs"


def test_a_vbpl_page_is_read_without_the_portals_text():
    text = read_html(VBPL / "nq-105-2025.html", 10**8).text
    assert text.lstrip().startswith("| ỦY BAN THƯỜNG VỤ QUỐC HỘI"), text[:200]  # not "Nội dung / Thuộc tính / ..."
    assert "Đơn vị chủ quản" not in text and "Mục lục" not in text and "Khoản 1\n" not in text
    assert text.rstrip().endswith("Tháng 6/2026 |"), text[-200:]  # the appendix table's last row ends the document


def test_a_programme_of_bills_is_a_task_per_row_under_its_group():
    doc = parse_file(VBPL / "nq-105-2025.html")
    assert doc.meta.kind == "Nghị quyết" and doc.meta.number == "105/2025/UBTVQH15"
    row = clause_at(doc, "PL.II.6")
    assert row.kind == "table_row" and row.text.startswith("Luật Luật sư (sửa đổi)")
    assert row.responsibility.lead == ["Chính phủ"]
    assert row.responsibility.deadline == "Tháng 8/2026"
    assert "Kỳ họp thứ 2" in " ".join(row.heading_trail)
    assert clause_at(doc, "PL.I.1").text.startswith("Luật Hộ tịch (sửa đổi)")
    # no clause is the portal's: its footer and table of contents are gone
    assert not any(c.text.startswith(("CƠ SỞ DỮ LIỆU", "Đơn vị chủ quản", "Mục lục", "Khoản 1")) for c in doc.clauses)
    # "giúp" and "dành" start the task, they are no part of the name
    assert clause_at(doc, "Điều 2.6").responsibility.lead == ["Thường trực Hội đồng Dân tộc", "các Ủy ban của Quốc hội"]
    assert clause_at(doc, "Điều 2.4").responsibility.lead == ["Đoàn đại biểu Quốc hội và đại biểu Quốc hội"]


def test_giup_ends_a_name_but_not_a_helping_body():
    assert unit_phrase_at("cơ quan giúp việc tổng hợp hồ sơ", 0) == ("cơ quan giúp việc", 17)
    assert split_units("Trung tâm Trợ giúp pháp lý Nhà nước Hà Tĩnh") == ["Trung tâm Trợ giúp pháp lý Nhà nước Hà Tĩnh"]


def test_a_joint_resolution_is_a_kind_of_its_own():
    # NQLT 102/2025 is among the vbpl pages of blind set b79 (not copied here); its title line is enough
    from ingest.metadata import _kind_line
    assert _kind_line("NGHỊ QUYẾT LIÊN TỊCH") == "Nghị quyết liên tịch"
    assert _kind_line("THÔNG TƯ LIÊN TỊCH") == "Thông tư liên tịch"
    assert _kind_line("NGHỊ QUYẾT") == "Nghị quyết"


def test_ministries_listed_after_one_head_and_a_line_for_each():
    doc = parse_file(VBPL / "qd-42-2025.html")
    assert clause_at(doc, "Điều 2.3").responsibility.lead == [
        "Bộ Nội vụ", "Bộ Công an", "Bộ Quốc phòng", "Bộ Giáo dục và Đào tạo", "Bộ Công Thương", "Bộ Y tế",
        "Bộ Nông nghiệp và Môi trường"]
    lines = clause_at(doc, "Điều 2.3.a").responsibility
    assert lines.lead == ["Bộ Nội vụ", "Bộ Công an", "Bộ Y tế", "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường",
                          "Bộ Giáo dục và Đào tạo"]
    # one sentence naming two leads is still its first subject's (the second is a detail of the same line)
    assert extract_from_text("Bộ Nội vụ chủ trì việc A. Bộ Công an chủ trì việc B.").lead == ["Bộ Nội vụ"]


def test_who_acts_in_the_case_a_sentence_states():
    doc = parse_file(VBPL / "tt-62-2019.html")
    abroad = clause_at(doc, "Điều 21.2").responsibility  # "... ở nước ngoài từ trần thì Công an đơn vị, địa phương ..."
    assert abroad.lead == ["Công an đơn vị, địa phương"]
    assert abroad.partners[:1] == ["đơn vị Tình báo"]
    assert clause_at(doc, "Điều 41.2").responsibility.lead == ["Công an cấp huyện"]
    # "Trường hợp người lao động không còn đủ hồ sơ gốc ... thì cơ quan bảo hiểm xã hội hội xem xét ..." (the decree's
    # own "hội hội"; NĐ 158/2025/NĐ-CP, plans-real tuning half)
    bhxh = parse_file(SHARED_REAL / "web" / "chinh-phu_158-2025-nd-cp.md")
    assert clause_at(bhxh, "Điều 34.4").responsibility.lead == ["cơ quan bảo hiểm xã hội hội"]
    # a subject that acts keeps its sentence: the case after it is a detail
    hcm = parse_file(EXTERNAL_DOCS / "b16" / "38acb0a43418a36c.md")
    assert clause_at(hcm, "Điều 9.3").responsibility.lead == ["Ủy ban nhân dân Thành phố Hồ Chí Minh"]
    # what follows "thì" must name someone: "vượt thẩm quyền thì báo cáo ..." leaves the subject leading
    assert sentence_roles("Sở Y tế chủ trì thẩm định; trường hợp vượt thẩm quyền thì báo cáo Ủy ban nhân dân tỉnh.").lead \
        == ["Sở Y tế"]


def test_a_cells_department_ends_at_its_task():
    # KH 144/KH-UBND Bắc Ninh (plans-extra), Phụ lục row 6: "Chủ trì: Sở Giáo dục và Đào tạo; Sở Nội vụ; Sở Khoa học và
    # Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu"
    doc = parse_file(SHARED_EXTRA / "bac-ninh_ubnd_144_2025_kinh-te-so-xa-hoi-so.docx")
    assert clause_at(doc, "PL.6").responsibility.lead == ["Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Khoa học và Công nghệ"]
    assert split_units("Sở Nông nghiệp và Môi trường tỉnh; Sở Y tế (chủ trì)") == ["Sở Nông nghiệp và Môi trường tỉnh",
                                                                                   "Sở Y tế"]


def test_a_table_naming_no_one_is_a_clause_per_row():
    # QĐ 42/2025/QĐ-TTg, Phụ lục I.III: "| STT | Tên tiêu chí | Nội dung tiêu chí | Chỉ tiêu theo đối tượng |" over
    # "Nhóm 1 | Nhóm 2 | Nhóm 3"; each criterion its row, numbered by its own number ("4.5."), no one's task
    doc = parse_file(VBPL / "qd-42-2025.html")
    row = clause_at(doc, "PL.III.4.5")
    assert row.text.startswith("4.5. Tỷ lệ thôn, làng, ấp, bản, tổ dân phố và tương đương có mô hình thư viện cộng đồng")
    assert "Chỉ tiêu theo đối tượng Nhóm 1: >=70%" in row.text, row.text
    assert "Tên tiêu chí: Cơ sở vật chất văn hóa cơ sở" in row.text
    assert row.responsibility.is_empty() and not row.is_task
    assert not any(c.text.startswith("| STT |") for c in doc.clauses)  # the table no longer sits in its lead-in
