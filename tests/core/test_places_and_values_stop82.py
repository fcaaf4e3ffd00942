"""Stop 82's rules on places and asked values, each from a blind set's first run (read after it):

- a province's name never runs across a comma: "âm thanh, hòa tấu" typed "am thanh, hoa tau" names no Thanh Hóa
  (b140-05);
- a motto in capitals run into a header's place ("ĐOÀN TNCS HỒ CHÍ MINH Phúc Thịnh, ngày 7 tháng 1 năm 2025") is no
  part of the place (b140);
- "quá bán" / "quá nửa" is a share only of a body's members, not the folded "kết quả bản điện tử" (b94-28);
- a fraction of the members ("tối thiểu 2/3 thành viên Hội đồng") is no date (b98-04).
"""

from __future__ import annotations

from assistant.values import DATE, DAY, PERCENT
from core.places import provinces_in
from core.textnorm import fold
from ingest.metadata import _PLACE_DATE_RE, _place_and_date


def test_a_province_name_never_runs_across_a_comma():
    assert provinces_in("KH dem nhac Xuan yeu thuong cua Doan xa Phuc Thinh: ai lo phan am thanh, hoa tau?") == []
    assert provinces_in("tinh Thanh Hoa, Nghe An; Ba Ria - Vung Tau.") == ["Thanh Hóa", "Nghệ An", "Bà Rịa - Vũng Tàu"]
    assert provinces_in("UBND TP.HCM và Hà Nội") == ["Hồ Chí Minh", "Hà Nội"]


def test_a_motto_in_capitals_is_no_part_of_the_place():
    m = _PLACE_DATE_RE.search("BCH ĐOÀN XÃ PHÚC THỊNH *** Số: - KH/ĐTN | ĐOÀN TNCS HỒ CHÍ MINH Phúc Thịnh, ngày 7 tháng 1 "
                              "năm 2025 |")
    assert _place_and_date(m) == ("Phúc Thịnh", "2025-01-07")
    assert _place_and_date(_PLACE_DATE_RE.search("HÀ NỘI, ngày 5 tháng 3 năm 2026"))[0] == "HÀ NỘI"


def test_more_than_half_is_a_share_only_of_members():
    # TT 67/2025/TT-BXD Điều 3.2 states no share; Quy chế mẫu of NĐ 315/2025 Điều 25.3.e does
    assert PERCENT.search(fold("Hồ sơ và kết quả bản điện tử có giá trị pháp lý như bản giấy.")) is None
    assert PERCENT.search(fold("Báo cáo thông qua Ban Chỉ huy phòng thủ dân sự tỉnh.")) is None
    assert PERCENT.search(fold("được thông qua khi có quá nửa tổng số thành viên Ủy ban nhân dân biểu quyết tán thành"))


def test_a_fraction_of_the_members_is_no_date():
    # NĐ 25/2026/NĐ-CP Điều 7.1.b
    quorum = fold("Chiến lược đủ điều kiện trình Thủ tướng Chính phủ xem xét, phê duyệt khi có tối thiểu 2/3 thành viên "
                  "Hội đồng tham gia họp thẩm định đồng ý thông qua.")
    assert DAY.search(quorum) is None
    assert DATE.search(fold("tối thiểu 2/3 thành viên Hội đồng")) is None
    assert DATE.search(fold("hoàn thành trước 30/6")) and DAY.search(fold("báo cáo trước 15/11 hằng năm"))


def test_places_below_a_province_named_by_their_level():
    from core.places import localities_named

    assert localities_named("BC Đề án 06 của BCĐ tỉnh Lâm Đồng giao UBND TP Đà Lạt thực hiện nhiệm vụ gì?") == ["da lat"]
    assert localities_named("KH dem nhac Xuan yeu thuong cua Doan xa Phuc Thinh: ai lo?") == ["phuc thinh"]
    # a province is no place below one, nor a level with no name ("Công an các phường, xã")
    assert localities_named("UBND TP.HCM, TP Hà Nội, UBND thành phố Đà Nẵng; Công an các phường, xã; UBND Quận 1") == []
