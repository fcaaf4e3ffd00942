"""Texts copied with their layout flattened, as a crawler kept telegrams and conclusion notices of 2022-2025 (blind set
b70, kept outside the repository): the header, the addressees and the first item run together, each numbered item set
inside a hard-wrapped line, the signature run on after the recipients. Tested on a made-up twin written that way
(tests/data/office-twins/cd-phong-chong-ret-ban-sao-phang.txt, with Windows line ends as the copies have)."""

from __future__ import annotations

from ingest.pipeline import parse_text
from ingest.repair import unflatten
from tests.conftest import REPO, clause_at, parse_file

FLAT = REPO / "tests" / "data" / "office-twins" / "cd-phong-chong-ret-ban-sao-phang.txt"


def test_items_set_inside_lines_are_clauses_of_their_own():
    # before, 39/CĐ-TTg as copied gave no clause at all and was refused ("không nhận ra điều khoản nào")
    doc = parse_file(FLAT)
    assert [c.path for c in doc.clauses] == ["1", "2", "3"]
    r = clause_at(doc, "1").responsibility
    assert (r.lead, r.deadline) == (["Bộ Nông nghiệp và Môi trường"], "trước ngày 20 tháng 12 năm 2025")
    assert clause_at(doc, "2").responsibility.lead == ["Chủ tịch Ủy ban nhân dân các tỉnh miền núi phía Bắc"]
    assert clause_at(doc, "3").responsibility.lead == ["Bộ Công Thương"]


def test_the_header_and_signature_run_together_are_still_read():
    doc = parse_file(FLAT)
    assert (doc.meta.kind, doc.meta.number) == ("Công điện", "88/CĐ-TTg")
    assert "cộng" not in doc.meta.issuer.lower()  # not "Chính phủ Cộng Hòa Xã Hội": the motto run on after the issuer
    assert (doc.meta.signer, doc.meta.signer_title) == ("Trần Lưu Quang", "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG")


def test_lists_inside_a_sentence_and_table_cells_stay_as_written():
    attached = ("Sở Công Thương đề nghị các cơ quan gửi ý kiến trước ngày 28/7/2026. (Gửi kèm: 1. Văn bản số 7569/UBND-KT; "
                "2. Báo cáo số 4243/BC-SCT kèm Phụ lục; 3. 02 dự thảo văn bản.)")
    assert unflatten(attached) == attached
    row = "| 14 | Cung cấp tài liệu tập huấn: 1. Nâng cao nhận thức an toàn không gian số cho toàn bộ cán bộ, công chức, " \
          "viên chức của các bộ, ngành và địa phương trong cả nước. 2. Kiến thức cơ bản về an toàn thông tin cho người " \
          "dân và doanh nghiệp trên nền tảng học trực tuyến mở đại trà. | Bộ Công an |"
    assert unflatten(row) == row


def test_a_text_with_no_body_apart_from_its_header_is_read_whole():
    # a telegram copied as one paragraph: its layout has no body, so every paragraph is a clause rather than the file
    # being refused
    doc = parse_text("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 12/CĐ-TTg Hà Nội, ngày 2 tháng 3 năm 2025 "
                     "CÔNG ĐIỆN Về việc phòng chống rét Thủ tướng Chính phủ yêu cầu Bộ Nông nghiệp và Môi trường chủ trì "
                     "theo dõi tình hình rét đậm, rét hại, hướng dẫn các địa phương bảo vệ cây trồng, vật nuôi./.", "cd.txt")
    assert [c.responsibility.lead for c in doc.clauses] == [["Bộ Nông nghiệp và Môi trường"]]
