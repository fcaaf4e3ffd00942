"""Bodies of ministerial rank that issue circulars and decisions are issuers as ministries are, and their heads sign as
ministers do: "NGÂN HÀNG NHÀ NƯỚC" / "VIỆT NAM" in the header, "KT.THỐNG ĐỐC" / "PHÓ THỐNG ĐỐC" / "Phạm Thanh Hà" at the
end (TT 17/2026/TT-NHNN as the Official Gazette prints it; blind set b31, kept outside the repo, excerpt verbatim).
Before, the issuer was empty ("VIỆT NAM" was taken for a piece of the motto), the text was read as of no body, and "ai
ký?" was answered that no signer could be read."""

from __future__ import annotations

from core.places import is_national_issuer
from ingest.pipeline import parse_text

TT_17 = """NGÂN HÀNG NHÀ NƯỚC
             VIỆT NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 17/2026/TT-NHNN
          Hà Nội, ngày 19 tháng 5 năm 2026
THÔNG TƯ
Sửa đổi, bổ sung một số điều của các Thông tư trong lĩnh vực quản lý
ngoại hối liên quan đến phân cấp, đơn giản hóa thủ tục hành chính
Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;
Theo đề nghị của Cục trưởng Cục Quản lý ngoại hối;
Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư sửa đổi, bổ sung một số điều của các Thông tư trong lĩnh vực
quản lý ngoại hối liên quan đến phân cấp, đơn giản hóa thủ tục hành chính.
Điều 16. Trách nhiệm tổ chức thực hiện
Chánh Văn phòng, Cục trưởng Cục Quản lý ngoại hối, Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam chịu trách
nhiệm tổ chức thực hiện Thông tư này./.
KT.THỐNG ĐỐC
PHÓ THỐNG ĐỐC

Phạm Thanh Hà
"""


def test_the_state_bank_issues_and_its_deputy_governor_signs():
    meta = parse_text(TT_17, "tt-17.txt").meta
    assert meta.issuer == "Ngân hàng Nhà nước Việt Nam"
    assert is_national_issuer(meta.issuer) and not meta.province
    assert (meta.signer, meta.signer_title) == ("Phạm Thanh Hà", "KT.THỐNG ĐỐC PHÓ THỐNG ĐỐC")


def test_a_provincial_header_keeps_its_province():
    text = TT_17.replace("NGÂN HÀNG NHÀ NƯỚC\n             VIỆT NAM", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ")
    meta = parse_text(text, "qt.txt").meta
    assert meta.issuer == "Ủy ban nhân dân tỉnh Quảng Trị" and meta.province
