"""A provincial department's own plans as it files them (tests/data/so-cong-thuong-lao-cai, blind sets b43-b44): the
issuer under its parent in a Word header table, a division written in lower case ("giao phòng Quản lý Công nghiệp"),
a section whose sentence hands its items over, the time an event is held, and a PDF whose font garbles its text layer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from api import parse_file
from core.settings import load_settings
from ingest.metadata import _province_named_in_body
from ingest.readers.factory import read_file
from ingest.readers.pdf_reader import garbled_layer, unaccented_layer
from ingest.repair import repair
from tests.conftest import REPO, SHARED_REAL

LAO_CAI = REPO / "tests" / "data" / "so-cong-thuong-lao-cai"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def kh_3957(settings):
    return parse_file(LAO_CAI / "KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx", settings)


def _clause(doc, path: str):
    return next(c for c in doc.clauses if c.path == path)


def test_the_issuer_is_the_department_under_its_parent(kh_3957):
    # "UBND TỈNH LÀO CAI | | CỘNG HOÀ ..." over "SỞ CÔNG THƯƠNG | | Độc lập ...": the left column, top to bottom
    assert kh_3957.meta.issuer == "Sở Công Thương Lào Cai"
    assert kh_3957.meta.number == "/KH-SCT"


def test_the_issuer_under_its_parent_on_one_line(settings):
    # one header cell: "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG Số: /QĐ-SCT"
    qd = parse_file(LAO_CAI / "QD-thanh-lap-doan-kiem-tra-hoa-chat-2026.docx", settings)
    assert qd.meta.issuer == "Sở Công Thương Lào Cai"
    assert qd.meta.number == "/QĐ-SCT" and qd.meta.date == "2026-05"


def test_a_section_handing_its_items_to_a_division(kh_3957):
    # "III. TỔ CHỨC THỰC HIỆN / Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan: / 1. ..."
    assert _clause(kh_3957, "III").responsibility.implementers == ["phòng Quản lý Công nghiệp"]
    for path in ("III.1", "III.2"):
        assert _clause(kh_3957, path).responsibility.implementers == ["phòng Quản lý Công nghiệp"], path


def test_the_time_an_inspection_is_held(kh_3957):
    assert _clause(kh_3957, "II.1").responsibility.deadline == "13h30’ ngày 07/7/2026 (Thứ Ba)"


def test_a_division_in_lower_case_leads_its_task(settings):
    doc = parse_file(LAO_CAI / "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx", settings)
    assert _clause(doc, "III.1").responsibility.lead == ["phòng Quản lý công nghiệp"]


def test_a_section_naming_who_attends_hands_nothing_over(settings):
    # "II. THÀNH PHẦN HỘI NGHỊ / Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã triệu tập và chủ trì hội nghị
    # gồm: / 1. Đại biểu thuộc thành phần hiệp thương: ...": those listed attend (plans-real, tuning half)
    doc = parse_file(next(SHARED_REAL.rglob("luong-minh_kh-hoi-nghi-hiep-thuong-lan-hai.htm")), settings)
    assert not _clause(doc, "II.1").responsibility.lead
    assert not _clause(doc, "II.2.1").responsibility.lead
    # "III. NHIỆM VỤ TRỌNG TÂM / ... yêu cầu các bộ, ngành, địa phương ...:": everyone, no one handed the items
    tb_627 = parse_file(next(SHARED_REAL.rglob("chinh-phu_627-tb-vpcp.md")), settings)
    assert not _clause(tb_627, "III.1").responsibility.lead


def test_a_garbled_text_layer_is_told_from_a_vietnamese_one():
    garbled = PdfReader(LAO_CAI / "KH-1105-DKT-ke-hoach-kiem-tra.pdf")
    assert all(garbled_layer(p.extract_text()) for p in garbled.pages[:3])
    for pdf in sorted((REPO / "tests" / "data" / "cong-bao").glob("*.pdf"))[:4]:
        assert not any(garbled_layer(p.extract_text() or "") for p in PdfReader(pdf).pages), pdf.name


@pytest.mark.slow
def test_a_garbled_text_layer_is_read_by_ocr(tmp_path: Path):
    doc = parse_file(LAO_CAI / "KH-1105-DKT-ke-hoach-kiem-tra.pdf",
                     load_settings(data_dir=tmp_path / "data", ocr_cache_dir=tmp_path / "ocr"))
    assert "Văn phòng Sở Công Thương tỉnh Lào Cai" in _clause(doc, "5.2").text
    assert "Hoàng Văn Thuân" in _clause(doc, "4.1").text
    assert any("phông chữ mã hóa sai" in w and "OCR" in w for w in doc.warnings), doc.warnings


def test_without_ocr_a_garbled_layer_is_reported(tmp_path: Path):
    doc = parse_file(LAO_CAI / "KH-1105-DKT-ke-hoach-kiem-tra.pdf",
                     load_settings(data_dir=tmp_path / "data", ocr_enabled=False))
    assert any("phông chữ mã hóa sai" in w and "hãy bật" in w for w in doc.warnings), doc.warnings


def test_an_invitation_is_a_kind_of_its_own_and_its_recipients_a_list(settings):
    # "GIẤY MỜI HỌP / Về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh." (Số: /GM-UBND, UBND tỉnh Lào Cai,
    # 6/2026), its "Kính gửi: | - Đồng chí ...; - Các Sở: ...; |---" in a header table cell (blind set b48)
    doc = parse_file(LAO_CAI / "giay-moi-hop-ubnd.docx", settings)
    assert doc.meta.kind == "Giấy mời" and doc.meta.number == "/GM-UBND"
    assert "tình hình triển khai các cụm công nghiệp" in doc.meta.title
    assert doc.meta.recipients.startswith("Đồng chí Nguyễn Tuấn Anh, Phó Bí thư Tỉnh ủy")
    assert "|" not in doc.meta.recipients and "; Các Sở: Công Thương, Tài chính" in doc.meta.recipients
    # ... while a name with a dash in it stays whole
    tb = parse_file(LAO_CAI / "TB_13.4.2026_Kiem-tra-tai-tru-so-Hoa-chat-mo-Tay-Bac.docx", settings)
    assert tb.meta.recipients == "Công ty Công nghiệp Hóa chất mỏ Tây Bắc"


def test_a_paper_with_no_header_is_of_the_province_its_body_names(settings):
    # "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC / Kính gửi: Đồng chí Phó Chủ tịch Uỷ ban nhân dân tỉnh." with no number or
    # date; its body names "tỉnh Lào Cai" 17 times and Yên Bái, merged into it, 3 times (blind set b50-45) ...
    paragraphs = repair(read_file(LAO_CAI / "phieu-trinh-giai-quyet-cong-viec.docx", 10**8).text).paragraphs
    assert _province_named_in_body(paragraphs[2:]) == "Lào Cai"
    # ... and its header cell, the motto beside the issuer ("| UBND TỈNH LÀO CAI VĂN PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    # VIỆT NAM Độc lập – Tự do – Hạnh phúc |"), names the office of the province's People's Committee, not the paper's
    # title under it
    doc = parse_file(LAO_CAI / "phieu-trinh-giai-quyet-cong-viec.docx", settings)
    assert (doc.meta.issuer, doc.meta.number) == ("Văn phòng Ủy ban nhân dân tỉnh Lào Cai", "")
    assert doc.meta.province == "Lào Cai"
    # ... while a letter with a header keeps its own
    kh = parse_file(LAO_CAI / "KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx", settings)
    assert kh.meta.issuer == "Sở Công Thương Lào Cai"


# Three PDFs of blind sets b53-b54 (first pages; their repository paths in tests/data/so-cong-thuong-lao-cai/README.md)
PENALTY = LAO_CAI / "QD-26-QD-XPVPHC-2026-Cuc-Hoa-chat-xu-phat-TNHH-TM-Hai-Dang_trang-1.pdf"
GUIDANCE = LAO_CAI / "1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi_trang-1.pdf"
STORE_CHECK = LAO_CAI / "1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026_trang-1.pdf"


def test_a_layer_read_by_ocr_for_another_language_is_told_from_a_vietnamese_one():
    # "Cdn c{r NShi dinh sA ZI2OISU,D-CP ngdy 30 thdng 8 ndm 2019": hardly a word holds a Vietnamese letter
    assert unaccented_layer(PdfReader(PENALTY).pages[0].extract_text())
    for pdf in [GUIDANCE, STORE_CHECK, *sorted((REPO / "tests" / "data" / "cong-bao").glob("*.pdf"))[:4]]:
        assert not any(unaccented_layer(p.extract_text() or "") for p in PdfReader(pdf).pages), pdf.name


def test_a_layer_read_by_ocr_for_another_language_is_read_again(tmp_path: Path):
    doc = parse_file(PENALTY, load_settings(data_dir=tmp_path / "data", ocr_cache_dir=tmp_path / "ocr"))
    text = "\n".join(c.text for c in doc.clauses)
    assert "Xử phạt vi phạm hành chính đối với Công ty có tên sau đây" in text
    assert "Công ty TNHH Thương mại Hải Đăng" in text and "ngdy" not in text
    assert any("mất dấu tiếng Việt" in w and "OCR" in w for w in doc.warnings), doc.warnings


def test_without_ocr_a_layer_without_diacritics_is_reported(tmp_path: Path):
    doc = parse_file(PENALTY, load_settings(data_dir=tmp_path / "data", ocr_enabled=False))
    assert any("mất dấu tiếng Việt" in w and "hãy bật" in w for w in doc.warnings), doc.warnings


def test_a_font_writing_u_horn_as_another_letter_and_a_wrapped_subject(settings):
    # "hƣớng dẫn", "Sở Công Thƣơng": "ƣ" (U+01A3) is "ư"; the subject wraps over three lines above "Hà Nội, ngày ..."
    # and "Kính gửi: ...", which are no part of it; a body under a ministry ("BỘ CÔNG THƯƠNG" / "CỤC ĐỔI MỚI SÁNG
    # TẠO, ...") is of no province, wherever it writes its place
    doc = parse_file(GUIDANCE, settings)
    assert doc.meta.title == "hướng dẫn về công tác quản lý, phát triển cụm công nghiệp theo địa giới hành chính mới"
    assert doc.meta.recipients == "Sở Công Thương tỉnh Lào Cai"
    assert doc.meta.issuer.startswith("Cục đổi mới sáng tạo") and doc.meta.province == ""
    assert not any("ƣ" in c.text for c in doc.clauses)
    assert "Ủy ban nhân dân cấp tỉnh quyết định thực hiện nội dung trên" in _clause(doc, "1").text


def test_the_motto_beside_the_issuer_on_its_line_and_a_reply_opening_below_whom_it_is_sent_to(settings):
    # "UBND TỈNH LÀO CAI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc"; "Kính gửi:
    # Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở" / "Sở Công Thương nhận được Văn bản số 01/GM-HTCS ..."
    doc = parse_file(STORE_CHECK, settings)
    assert doc.meta.issuer == "Sở Công Thương Lào Cai"
    assert doc.meta.recipients == "Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở"


def test_partners_named_by_kind_then_listed(settings):
    # "Bộ Tài chính chủ trì, phối hợp với các cơ quan có liên quan gồm: Bộ Văn hóa, Thể thao và Du lịch, Bộ Công an và Ủy
    # ban nhân dân cấp tỉnh nơi doanh nghiệp đăng ký đầu tư xây dựng trường đua xem xét điều chỉnh ..." (NQ 24/2026/NQ-CP,
    # Phụ lục I, the betting licences' procedures; blind set b54-50): the bodies listed are the partners
    doc = parse_file(LAO_CAI / "NQ-24-2026-NQ-CP-cat-giam-TTHC-XD.docx", settings)
    clause = next(c for c in doc.clauses if "phối hợp với các cơ quan có liên quan gồm: Bộ Văn hóa" in c.text
                  and "xem xét điều chỉnh Giấy chứng nhận" in c.text)
    assert clause.responsibility.lead == ["Bộ Tài chính"]
    assert clause.responsibility.partners == ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Công an", "Ủy ban nhân dân cấp tỉnh nơi "
                                              "doanh nghiệp đăng ký đầu tư xây dựng trường đua"]
    # ... and a reply letter's body opening "Sở Công Thương tỉnh Lào Cai nhận được Văn bản đề nghị số ..." names the
    # department, not "Sở Công Thương tỉnh Lào Cai nhận"
    letter = parse_file(LAO_CAI / "CV-phuc-dap-ho-so-cap-GCN.docx", settings)
    opening = next(c for c in letter.clauses if c.text.startswith("Sở Công Thương tỉnh Lào Cai nhận được"))
    assert opening.responsibility.lead == ["Sở Công Thương tỉnh Lào Cai"]
