"""Provinces named in a text (core/places.py, core/lexicon/places.toml): every common form resolves to one name, and a
province's name inside a person's name is no place."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import read_text
from core.places import provinces_in

REAL = Path(__file__).resolve().parents[3] / "shared" / "plans-real" / "web"


@pytest.mark.parametrize("text, provinces", [
    ("Bộ GD&ĐT và ĐHQG TP.HCM", ["Hồ Chí Minh"]),
    ("tphcm va ha noi", ["Hồ Chí Minh", "Hà Nội"]),
    ("UBND tỉnh Hòa Bình", ["Hòa Bình"]),
    # a route joins places with a dash: it names no province the text is about (TB 627: "Hưng Yên ... phương án vật
    # liệu cho dự án Ninh Bình - Hải Phòng" asks about Hưng Yên); a province written with a dash stays one
    ("cao tốc Hòa Bình - Mộc Châu", []),
    ("Hưng Yên làm việc với các tỉnh để phục vụ Dự án Ninh Bình - Hải Phòng", ["Hưng Yên"]),
    ("tỉnh Bà Rịa - Vũng Tàu", ["Bà Rịa - Vũng Tàu"]),
    # a person: "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình" (TB 631)
    ("Kết luận của Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình tại cuộc họp", []),
    ("Phó Thủ tướng Lê Thành Long làm việc với lãnh đạo tỉnh Điện Biên", ["Điện Biên"]),
    # a two-word name typed as its first letter and second word (tune-fresh21 t21-06), unless that is a word ("khóa" is
    # no Khánh Hòa, "tai nạn" no Nghệ An) or a point of a list ("b) Ninh Bình" is no Bắc Ninh)
    ("dieu le quy bvmt qtri, gia han no vay do ai xem xet?", ["Quảng Trị"]),
    ("htinh va tnguyen", ["Hà Tĩnh", "Thái Nguyên"]),
    ("Hộp thư công vụ Nghệ An bị khóa còn nhận thư không?", ["Nghệ An"]),
    ("phòng ngừa tai nạn bom mìn", []),
    ("b) Ninh Bình", ["Ninh Bình"]),
    # a name written as one word, in a web address or typed fast (eval/external b8-39: "... hop thu cong vu
    # dongthap.gov.vn?")
    ("don vi nao cap moi hop thu cong vu dongthap.gov.vn?", ["Đồng Tháp"]),
    ("bacninh va hochiminh", ["Bắc Ninh", "Hồ Chí Minh"]),
])
def test_provinces_named(text, provinces):
    assert provinces_in(text) == provinces


def test_a_conclusion_chaired_by_a_deputy_pm_named_hoa_binh_is_not_about_hoa_binh():
    title = next(line for line in read_text(REAL / "chinh-phu_631-tb-vpcp.md").splitlines() if "Nguyễn Hòa Bình" in line)
    assert "Hòa Bình" not in provinces_in(title)
    title = next(line for line in read_text(REAL / "chinh-phu_648-tb-vpcp.md").splitlines() if "Điện Biên" in line)
    assert "Điện Biên" in provinces_in(title)


def test_no_surname_opens_a_provinces_name():
    # "Thái Nguyên", "Hà Nội", "Lâm Đồng": a surname that opens a province's name would hide the province
    from core.lexicon import places

    lex = places()
    for p in lex.provinces:
        for form in (p.name, *p.aliases):
            assert form.split()[0] not in lex.surnames, form
            assert provinces_in(f"UBND tỉnh {form} chủ trì") == [p.name] or form.isupper() or len(form) <= 4, form


def test_provinces_written_side_by_side_are_each_found():
    # "Lâm Đồng, Cao Bằng" once found only Cao Bằng: the two names shared the space between them
    from core.places import provinces_in

    assert provinces_in("Lâm Đồng, Cao Bằng") == ["Lâm Đồng", "Cao Bằng"]
    assert provinces_in("TP.HCM, Hà Nội") == ["Hồ Chí Minh", "Hà Nội"]


def test_a_committee_naming_no_place_may_be_of_any_place_of_its_kind():
    # a city's letter copied without its header ("UBND Thành phố yêu cầu ...", eval/external/docs/b17/88b7667d728aef13.md)
    # is searched for a question on "UBND TP Hà Nội"; not for a province ("tỉnh"), and no national text is
    from core.places import may_be_in, place_kind, unplaced_kind

    assert unplaced_kind("Ủy ban nhân dân Thành phố", "") == "thành phố"
    assert unplaced_kind("Ủy ban nhân dân tỉnh", "") == "tỉnh"
    assert unplaced_kind("Ủy ban nhân dân thành phố Hà Nội", "Hà Nội") == ""
    assert unplaced_kind("Bộ Y tế", "") == unplaced_kind("Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh", "",
                                                         "xã Lương Minh") == ""
    assert place_kind("TP.HCM") == "thành phố" and place_kind("Nghệ An") == "tỉnh"
    assert may_be_in("Hà Nội", "", "Ủy ban nhân dân Thành phố")
    assert not may_be_in("Nghệ An", "", "Ủy ban nhân dân Thành phố")
    assert may_be_in("Hà Nội", "Hà Nội", "Ủy ban nhân dân thành phố Hà Nội")
    assert not may_be_in("Hà Nội", "", "Văn phòng Chính phủ")


def test_an_acronym_may_keep_the_letter_of_va():
    # "DNNVV" is "doanh nghiệp nhỏ và vừa" (QĐ 97/2025/QĐ-UBND Nghệ An), as "VHTTDL" is "văn hóa, thể thao và du lịch"
    from core.textnorm import fold, spelled_out

    assert spelled_out("dnnvv", fold("hỗ trợ chi phí tư vấn pháp luật cho doanh nghiệp nhỏ và vừa"))
    assert spelled_out("vhttdl", fold("Sở Văn hóa, Thể thao và Du lịch"))
    assert not spelled_out("dnnvv", fold("doanh nghiệp nhà nước"))
