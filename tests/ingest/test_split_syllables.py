"""A PDF whose text layer splits syllables: QĐ 08/2022/QĐ-TTg as the Official Gazette printed it (tests/data/cong-bao).
Its fonts place a syllable's onset and vowel as separate runs, and pypdf reads "Doanh nghi ệp g ửi hồ sơ ... đến Ủy
ban nhân dân c ấp huy ện", "Bộ Công an có trách nhi ệm", so the unit a clause names and the words of a question are
not found. Other PDFs, whose text layer keeps its syllables whole, are read as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from api import parse_file
from core.settings import load_settings
from ingest.readers.pdf_reader import read_pdf
from ingest.readers.split_syllables import _rejoin_line, has_split_syllables, rejoin_split_syllables

DATA = Path(__file__).resolve().parents[1] / "data" / "cong-bao"
PDF = DATA / "quyet-dinh-so-08-2022-qd-ttg-36945.pdf"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    return parse_file(PDF, load_settings(data_dir=tmp_path_factory.mktemp("qd08")))


def clause(doc, path: str):
    return next(c for c in doc.clauses if c.path == path)


def test_the_text_layer_splits_syllables_and_the_reader_joins_them() -> None:
    raw = "".join(p.extract_text() for p in PdfReader(str(PDF)).pages[:10])
    assert "nghi ệp" in raw and "ng ười" in raw  # what pypdf reads
    read = read_pdf(PDF, 50_000_000)
    assert "nghi ệp" not in read.text and "ng ười" not in read.text
    assert "Doanh nghiệp gửi danh sách người lao động đề nghị hỗ trợ tiền thuê nhà" in " ".join(read.text.split())
    assert any("tách rời các âm tiết" in w for w in read.warnings)


def test_the_clause_names_its_unit_whole(doc) -> None:
    recipient = clause(doc, "Điều 7.4")
    assert "đến Ủy ban nhân dân cấp huyện nơi đặt trụ sở chính" in " ".join(recipient.text.split())
    assert clause(doc, "Điều 13.3").responsibility.lead == ["Bộ Công an"]
    assert "có trách nhiệm hướng dẫn cập nhật kết quả hỗ trợ tiền thuê nhà" in clause(doc, "Điều 13.3").text
    partners = clause(doc, "Điều 13.2.b").responsibility
    assert partners.lead == ["Bộ Lao động - Thương binh và Xã hội"] and partners.partners == ["Bộ Tài chính"]


@pytest.mark.parametrize("pdf", [DATA / "quyet-dinh-so-844-qd-ttg-469526.pdf",
                                 SHARED / "plans-real" / "office" / "lao-cai_1696-qd-ubnd_uy-quyen.pdf",
                                 SHARED / "plans-real" / "office" / "lao-cai_7432-ubnd-xd_trien-khai-qd-1074.pdf",
                                 SHARED / "plans-real" / "office" / "lao-cai_vb_giao-tham-gia-phoi-hop.pdf",
                                 SHARED / "plans-extra" / "ca-mau_ubnd_0204_2025_tai-chinh-ngan-sach.pdf"],
                         ids=lambda p: p.name)
def test_a_text_layer_with_whole_syllables_is_left_as_it_is(pdf: Path) -> None:
    assert not has_split_syllables("\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages))


def test_two_words_are_not_one_syllable() -> None:
    # a word ending in a vowel before one opening with a vowel joins only where they open and end one nucleus
    assert _rejoin_line("và ưu tiên, đi ấy, của ủy ban") == "và ưu tiên, đi ấy, của ủy ban"
    assert _rejoin_line("ho ặc đư ợc tu ần thu ộc (c ơ)") == "hoặc được tuần thuộc (cơ)"


def test_bodies_requested_under_a_heading_naming_no_one_do_it(doc) -> None:
    # "Điều 13. Trách nhiệm của các cơ quan liên quan / 7. Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam, Tổng
    # Liên đoàn Lao động Việt Nam, Phòng Thương mại và Công nghiệp Việt Nam và các tổ chức đoàn thể chính trị tham gia
    # phổ biến, giám sát ...": the bodies requested, not "các cơ quan liên quan" of the heading
    r = clause(doc, "Điều 13.7").responsibility
    assert r.lead[:3] == ["Ủy ban trung ương Mặt trận Tổ quốc Việt Nam", "Tổng Liên đoàn Lao động Việt Nam",
                          "Phòng Thương mại và Công nghiệp Việt Nam"] and r.requested


ND_158 = DATA / "nghi-dinh-so-158-2025-nd-cp-45240_trang-1-3.pdf"


def test_a_text_layer_in_pieces_is_read_again_by_position(tmp_path) -> None:
    # pypdf's plain reading puts each run on a line of its own: "Ngh\nị định n\này quy đ\nịnh chi tiết"
    raw = "\n".join(p.extract_text() for p in PdfReader(str(ND_158)).pages)
    assert "Ngh\nị định" in raw
    read = read_pdf(ND_158, 50_000_000)
    assert any("đọc lại theo vị trí" in w for w in read.warnings)
    assert "Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội" in \
        " ".join(read.text.split())
    doc = parse_file(ND_158, load_settings(data_dir=tmp_path))
    assert doc.meta.number == "158/2025/NĐ-CP" and doc.meta.issuer == "Chính phủ"
    assert clause(doc, "Điều 3").title.startswith("Đối tượng tham gia bảo hiểm xã hội bắt buộc")


def test_a_lone_coda_after_a_toned_vowel_closes_its_syllable():
    """TT 05/2024/TT-BKHĐT as the Official Gazette printed it splits some syllables after their vowel ("hằ ng", "việ
    c", "hoạ t") as well as before it ("tạm ng ừng", "b ộ"): "trước ngày 01 tháng 4 hằ ng năm" did not hold the gold
    answer "trước ngày 01 tháng 4 hằng năm" (blind set b41-12). A consonant before a vowel opens the next syllable
    instead ("nhà n ước", QĐ 225/QĐ-BLĐTBXH)."""
    lines = ["a) Chi phí được nộp trước ngày 01 tháng 4 hằ ng năm (trừ năm thực hiện đăng",
             "thống là tạm ng ừng trong toàn b ộ năm (tính từ ngày 01 tháng 01 đến hết",
             "thuộc lĩnh vực quản lý nhà n ước của Bộ"]
    joined = rejoin_split_syllables(["\n".join(lines)], split=True)[0].split("\n")
    assert joined[0] == "a) Chi phí được nộp trước ngày 01 tháng 4 hằng năm (trừ năm thực hiện đăng"
    assert joined[1] == "thống là tạm ngừng trong toàn bộ năm (tính từ ngày 01 tháng 01 đến hết"
    assert joined[2] == "thuộc lĩnh vực quản lý nhà nước của Bộ"
