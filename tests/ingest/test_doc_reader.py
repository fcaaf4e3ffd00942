"""The old Word (.doc) reader, on two real Word 97-2003 files of a provincial office (tests/data/office-doc), and the
HTML reading it relies on (wvHtml's list items and formatting runs)."""

from __future__ import annotations

import shutil

import pytest

from core.errors import ReadError
from ingest.readers import doc_reader, read_file
from tests.conftest import REPO, clause_at, parse_file

OFFICE_DOC = REPO / "tests" / "data" / "office-doc"
BINH_THUAN = OFFICE_DOC / "binh-thuan_cv-trien-khai-cd-131-ttg.doc"
LAM_DONG_C04 = OFFICE_DOC / "lam-dong_cv-phuc-vu-doan-kiem-tra-c04.doc"
MAX = 10 << 20




def test_a_doc_letter_reads_with_its_tables_and_items():
    read = read_file(BINH_THUAN, MAX)
    assert read.source_format == "doc"
    text = read.text
    assert "1. Giao Sở Tư pháp:" in text
    assert "b) Chủ trì phối hợp với các cơ quan liên quan thực hiện rà soát, loại bỏ ngay theo thẩm quyền" in text
    # Word's header table, one Markdown row, its formatting runs joined as written
    assert "| ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN Số: /UBND-NCKSTTHC V/v triển khai Công điện số 131/CĐ-TTg" in text
    assert "| CHỦ TỊCH Đoàn Anh Dũng |" in text


def test_a_doc_letter_assigns_work_to_the_bodies_it_names():
    doc = parse_file(BINH_THUAN)
    assert (doc.meta.signer, doc.meta.province) == ("Đoàn Anh Dũng", "Bình Thuận")
    r = clause_at(doc, "1.b").responsibility
    assert (r.lead, r.partners) == (["Sở Tư pháp"], ["các cơ quan liên quan"])
    r = clause_at(doc, "3.d").responsibility
    assert (r.lead, r.partners) == (["Văn phòng UBND tỉnh"], ["các đơn vị liên quan"])
    assert clause_at(doc, "3.b").responsibility.deadline == "hàng tháng"


def test_those_who_attend_are_given_no_task():
    # "2. Thành phần / 2.1. Đối với buổi làm việc với UBND tỉnh / - Đại diện Lãnh đạo Ban Nội chính Tỉnh ủy, Ủy ban kiểm
    # tra Tỉnh ủy, ...": before, "Đại diện Lãnh đạo Ban Nội chính Tỉnh ủy" and "Ủy ban" led it (structure.toml
    # [members_section])
    doc = parse_file(LAM_DONG_C04)
    attendees = [c for c in doc.clauses if c.path.startswith("II.2.")]
    assert len(attendees) >= 5
    assert all(not c.responsibility.lead and not c.responsibility.implementers for c in attendees)
    r = clause_at(doc, "III.1").responsibility
    assert (r.lead, r.partners) == (["Công an tỉnh"], ["các đơn vị liên quan"])
    r = clause_at(doc, "III.3").responsibility
    assert (r.lead, r.deadline) == (["Các sở, ban, ngành tỉnh", "UBND cấp xã"], "trước ngày 25/3/2026")


def test_an_old_word_file_named_docx_is_read(tmp_path):
    renamed = tmp_path / "công văn.docx"
    shutil.copyfile(BINH_THUAN, renamed)
    read = read_file(renamed, MAX)
    assert read.source_format == "doc" and "1. Giao Sở Tư pháp:" in read.text


def test_a_web_page_saved_as_doc_is_read(tmp_path):
    page = tmp_path / "ke-hoach.doc"
    page.write_text("<html><body><p>KẾ HOẠCH</p><ol><li>Giao Sở Y tế chủ trì.</li></ol></body></html>",
                    encoding="utf-8")
    read = read_file(page, MAX)
    assert read.source_format == "doc" and "1. Giao Sở Y tế chủ trì." in read.text


@pytest.mark.parametrize(("content", "fragment"), [
    (b"du lieu", "không phải tài liệu Word 97-2003"),
    (b"{\\rtf1\\ansi Ke hoach}", "RTF"),
    (doc_reader.OLE_MAGIC + b"\x00" * 4096, "bị hỏng"),
])
def test_a_bad_doc_is_refused_with_a_reason(tmp_path, content, fragment):
    bad = tmp_path / "cũ.doc"
    bad.write_bytes(content)
    with pytest.raises(ReadError) as info:
        read_file(bad, MAX)
    assert fragment in info.value.vi and "cũ.doc" in info.value.vi and info.value.en


def test_without_wvware_a_doc_is_refused_saying_what_to_install(monkeypatch):
    monkeypatch.setattr(doc_reader.shutil, "which", lambda name: None)
    with pytest.raises(ReadError) as info:
        read_file(BINH_THUAN, MAX)
    assert "apt-get install wv" in info.value.vi and ".docx" in info.value.vi


def test_list_items_keep_their_number_with_their_text(tmp_path):
    # wvHtml writes Word's auto-numbering as "<ol type=..><li value=N><p>...": the number goes with the item's text,
    # letters as Vietnamese documents write them ("a)")
    page = tmp_path / "so-lieu.html"
    page.write_text(
        "<html><body><p><b>Điều </b><b>2</b><b>. Cơ chế hoạt động</b></p>"
        '<ol type="1"><li value="1"><p><div><p>Tổ giúp việc làm việc theo chế độ kiêm nhiệm.</p></div></li>'
        '<li value="3"><p>Kinh phí hoạt động thực hiện theo quy định.</p></li></ol>'
        '<ol type="a"><li value="2"><p>Sở Nội vụ tổng hợp.</p></li></ol>'
        '<ol type="I"><li value="4"><p>TỔ CHỨC THỰC HIỆN</p></li></ol></body></html>', encoding="utf-8")
    text = read_file(page, MAX).text
    assert "Điều 2. Cơ chế hoạt động\n\n1. Tổ giúp việc làm việc theo chế độ kiêm nhiệm." in text
    assert "3. Kinh phí hoạt động" in text and "b) Sở Nội vụ tổng hợp." in text and "IV. TỔ CHỨC THỰC HIỆN" in text
