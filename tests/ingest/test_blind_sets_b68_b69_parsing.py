"""Parsing rules drawn from blind sets b68-b69 (old Word files and PDFs of provincial offices, 2024-2026, kept outside
the repository), each tested on a made-up twin written the way the real text is (tests/data/office-twins), on a .docx
built here, or on a real .doc of the repository (tests/data/office-doc)."""

from __future__ import annotations

import docx

from ingest.readers import read_file
from ingest.responsibilities import extract_deadline, heading_units
from tests.conftest import REPO, clause_at, parse_file

TWINS = REPO / "tests" / "data" / "office-twins"




def test_a_leader_named_in_a_heading_does_the_tasks_below():
    # "3. Bà Nguyễn Thị Tuyết Nhung, Phó Giám đốc / - Trực tiếp chỉ đạo công tác Điều dưỡng, ...; An toàn vệ sinh thực
    # phẩm." (QĐ phân công nhiệm vụ Lãnh đạo Sở Y tế Gia Lai, 02/2026; b68-07, b68-08): before, no one led them
    doc = parse_file(TWINS / "qd-phan-cong-lanh-dao-so-y-te.md")
    assert clause_at(doc, "Điều 2.2.1").responsibility.lead == ["Bà Lê Thị Bình, Phó Giám đốc"]
    assert clause_at(doc, "Điều 2.3.1").responsibility.lead == ["Ông Y Nguyên Niê, Phó Giám đốc"]
    assert heading_units("Đồng chí Nguyễn Văn A - Phó Chủ tịch UBND tỉnh")[0] == \
        ["Đồng chí Nguyễn Văn A - Phó Chủ tịch UBND tỉnh"]
    # ... but a sentence saying a role is prose, and a province is no person
    assert heading_units("Ông Nguyễn Văn A, Giám đốc Sở Y tế chủ trì tổ chức hội nghị.") is None
    assert heading_units("Bà Rịa - Vũng Tàu") is None


def test_a_deadline_of_two_days_a_year_is_read_whole():
    # "Định kỳ trước ngày 15 tháng 6 và trước ngày 15 tháng 12 hằng năm, các cơ quan ... xây dựng báo cáo kết quả thực
    # hiện Quy chế" (Quy chế phối hợp quản lý người nước ngoài, Phú Thọ 2025, Điều 24; b68-06): before, "trước ngày 15
    # tháng 6"
    doc = parse_file(TWINS / "qd-phan-cong-lanh-dao-so-y-te.md")
    assert clause_at(doc, "Điều 3").responsibility.deadline == "trước ngày 15 tháng 6 và trước ngày 15 tháng 12 hằng năm"
    assert extract_deadline("Báo cáo trước ngày 15/6 và ngày 15/12 hằng năm.") == "trước ngày 15/6 và ngày 15/12 hằng năm"
    assert extract_deadline("gửi trước ngày 20/11/2025 và chịu trách nhiệm về số liệu") == "trước ngày 20/11/2025"


def test_a_recurrence_of_several_periods_is_read_whole():
    # "Định kỳ 6 tháng, 1 năm hoặc đột xuất ... báo cáo tình hình, kết quả thực hiện" (KH phòng, chống ma túy 2026 Lâm
    # Đồng, V.1; b69-14): before, "Định kỳ 6 tháng"
    doc = parse_file(TWINS / "cv-thoi-gian-to-chuc-dai-hoi-hoi.md")
    assert clause_at(doc, "2").responsibility.deadline == "định kỳ 6 tháng, 1 năm hoặc đột xuất"


def test_a_submission_slip_laid_out_in_a_table_is_read_as_text(tmp_path):
    # a "PHIẾU TRÌNH" whose body is one cell of a Word table (Phiếu trình 105/PT-NC of Văn phòng UBND tỉnh Lâm Đồng,
    # 10/2025; b69-07, b69-20): before, one Markdown row and "no clauses found"; its subject is its "Trích yếu" line
    d = docx.Document()
    header = d.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "UBND TỈNH KON TUM\nVĂN PHÒNG\nSố: 88/PT-NC"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    d.add_paragraph("PHIẾU TRÌNH")
    body = d.add_table(rows=2, cols=2)
    cell = body.cell(0, 0).merge(body.cell(0, 1))
    cell.text = "I. NỘI DUNG TRÌNH/CHỈ ĐẠO"
    for line in ("1. Văn bản/cơ quan, đơn vị: Tờ trình số 310/TTr-CAT ngày 20/10/2025 của Công an tỉnh.",
                 "2. Trích yếu: V/v tăng cường cai nghiện ma túy tại gia đình, cộng đồng.",
                 "II. RÀ SOÁT, TỔNG HỢP CỦA PHÒNG CHUYÊN MÔN THUỘC VĂN PHÒNG",
                 "1. Phòng chuyên môn đề xuất phương án: Chuyên viên kính trình Phó Chủ tịch UBND tỉnh Hồ Văn Mười ký "
                 "ban hành công văn chỉ đạo các sở, ngành triển khai thực hiện."):
        cell.add_paragraph(line)
    body.cell(1, 0).text = "Chuyên viên\nNguyễn Văn A"
    body.cell(1, 1).text = "Lãnh đạo phòng\nTrần Văn B"
    path = tmp_path / "phieu-trinh.docx"
    d.save(str(path))
    read = read_file(path, 10 << 20)
    assert "\n\n2. Trích yếu: V/v tăng cường cai nghiện ma túy tại gia đình, cộng đồng.\n\n" in read.text
    assert "| Chuyên viên Nguyễn Văn A | Lãnh đạo phòng Trần Văn B |" in read.text  # a table of values stays one
    doc = parse_file(path)
    assert (doc.meta.kind, doc.meta.number) == ("Phiếu trình", "88/PT-NC")
    assert doc.meta.title == "tăng cường cai nghiện ma túy tại gia đình, cộng đồng"
    assert any(c.path == "II.1" and "Hồ Văn Mười" in c.text for c in doc.clauses)


def test_communes_listed_after_one_plural_are_each_a_body():
    # "Các sở, ban, ngành liên quan có trách nhiệm phối hợp với UBND các xã: Đức Trọng, Hiệp Thạnh, Đinh Văn Lâm Hà và đơn
    # vị tư vấn ..." (a Lâm Đồng conclusion of 4/2026 on three communes' master plans, II.4; blind set b66-25, left
    # open by stop 60): before, the partner was "UBND các xã" and the communes were lost
    from ingest.responsibilities import extract_from_text

    r = extract_from_text("Các sở, ban, ngành liên quan có trách nhiệm phối hợp với UBND các xã: Đức Trọng, Hiệp Thạnh, "
                          "Đinh Văn Lâm Hà và đơn vị tư vấn cung cấp thông tin, số liệu.")
    assert r.partners == ["UBND xã Đức Trọng", "UBND xã Hiệp Thạnh", "UBND xã Đinh Văn Lâm Hà"], r
    # a ward named after two places, and a list of both kinds named by its proper words
    r = extract_from_text("Giao UBND các xã, phường: Đức Trọng, Xuân Hương - Đà Lạt chủ trì tổ chức thực hiện.")
    assert r.lead == ["UBND Đức Trọng", "UBND Xuân Hương - Đà Lạt"], r
    # provinces are still read by their names
    r = extract_from_text("Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Hồ Chí Minh quyết liệt chỉ đạo.")
    assert r.lead == ["Ủy ban nhân dân tỉnh Tuyên Quang", "Ủy ban nhân dân thành phố Hồ Chí Minh"], r
