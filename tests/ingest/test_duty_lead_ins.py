"""Who does the items of a duty, in forms the blind sets b9 and b10 (eval/external, written on documents nobody had
read) showed misread before these rules, asserted on the real portal files in eval/external/docs:

- a sentence that introduces items names their unit as a heading does, over the article's heading ("Điều 16. Trách
  nhiệm của Ủy ban nhân dân Thành phố và ... / 2. Ban Quản lý ... có trách nhiệm: / a) Chủ trì tiếp nhận ...");
- "Trách nhiệm của thủ trưởng các đơn vị ..." names its body in lower case;
- "UBND tỉnh ủy quyền cho Giám đốc Sở Nội vụ:" gives the items to the delegate, not the delegating body; a draft
  about a delegation ("Dự thảo quyết định việc ủy quyền ...; ủy quyền cho ...") delegates nothing;
- an item whose own lines only say when ("Thời gian thực hiện: Trước ngày 15/11/2025") is still its heading unit's;
- a telegram's recipients spread over three cells ("| ** ** | - Bộ trưởng các Bộ: | Quốc phòng, ... |") before the
  body the portal glued to them;
- "Đơn vị nào không bảo đảm ..." names no unit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
EXTERNAL_DOCS = ROOT / "eval" / "external" / "docs"
PLANS_REAL = ROOT.parent / "shared" / "plans-real"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("data"))


def _by_path(path: Path, settings):
    return {c.path: c for c in parse_file(path, settings).clauses}


def test_a_sentence_introducing_items_names_their_unit_over_the_articles(settings):
    """NQ 73/2025/NQ-HĐND Hà Nội, Điều 16: the Board's items are the Board's; "a) Phối hợp với Ban Quản lý ..." under
    "5. Các Sở, ban, ngành thuộc Thành phố có trách nhiệm:" has the departments as partners."""
    clauses = _by_path(EXTERNAL_DOCS / "b10" / "06c6f91f5c3b4c21.md", settings)
    assert clauses["Điều 16.2.a"].responsibility.lead[0].startswith("Ban Quản lý các khu công nghệ cao")
    assert clauses["Điều 16.2.đ"].responsibility.partners == ["Trung tâm Đổi mới sáng tạo Hà Nội",
                                                              "các đơn vị liên quan"]
    assert clauses["Điều 16.5.a"].responsibility.partners == ["Các Sở, ban, ngành thuộc Thành phố"]
    assert clauses["Điều 16.1.c"].responsibility.lead == ["Ủy ban nhân dân Thành phố"]


def test_an_articles_body_in_lower_case(settings):
    """QĐ 3509/QĐ-CT, "Điều 9. Trách nhiệm của thủ trưởng các đơn vị thuộc Cục Thuế / 5. Tăng cường kiểm tra ..."."""
    clauses = _by_path(EXTERNAL_DOCS / "b10" / "9e9ed41212fc9334.md", settings)
    assert clauses["Điều 9.5"].responsibility.lead == ["Thủ trưởng các đơn vị thuộc Cục Thuế"]


def test_a_delegation_gives_the_items_to_the_delegate(settings):
    """QĐ 87/2025/QĐ-UBND Bắc Ninh Điều 5; QĐ 2920/QĐ-UBND Hà Tĩnh Điều 2.1.d drafts a decision on delegating."""
    clauses = _by_path(EXTERNAL_DOCS / "b10" / "475126f38cb26cc2.md", settings)
    assert clauses["Điều 5.1.b"].responsibility.lead == ["Chủ tịch UBND tỉnh"]
    assert clauses["Điều 5.2.a"].responsibility.lead == ["Giám đốc Sở Nội vụ"]
    ha_tinh = _by_path(PLANS_REAL / "web" / "ha-tinh_2920-qd-ubnd.md", settings)
    # (named in capitals by the attached rules' title, "... CỦA SỞ NỘI VỤ", and shown as the text writes it)
    assert ha_tinh["Điều 2.1.d"].responsibility.lead == ["Sở Nội vụ"]


def test_an_item_that_only_says_when_is_its_heading_units(settings):
    """QĐ 1627/QĐ-UBND Quảng Ngãi IV.1.4: "1.4. Ủy ban nhân dân các phường, xã, đặc khu / - Thành lập Ban Chỉ đạo
    tổng kiểm kê tài sản cấp xã ... / Thời gian thực hiện: Trước ngày 15/11/2025"."""
    clauses = _by_path(EXTERNAL_DOCS / "b9" / "4e39af96b6891368.md", settings)
    r = clauses["IV.1.4.2"].responsibility
    assert r.lead == ["Ủy ban nhân dân các phường, xã, đặc khu"]
    assert r.deadline == "Trước ngày 15/11/2025"


def test_a_telegrams_recipients_over_three_cells(settings):
    """Công điện 226/CĐ-TTg: "1. Bộ Tài chính chủ trì, phối hợp ...: / c) Chỉ đạo các đơn vị dự trữ quốc gia ...",
    "2. Bộ Quốc phòng, Bộ Công an ... / b) Huy động lực lượng, phương tiện ..."."""
    clauses = _by_path(EXTERNAL_DOCS / "b9" / "858c0de43c18ce78.md", settings)
    assert clauses["1.c"].responsibility.lead == ["Bộ Tài chính"]
    assert clauses["2.b"].responsibility.lead == ["Bộ Quốc phòng", "Bộ Công an"]


def test_which_body_is_no_unit(settings):
    """KH 157/KH-UBND Cần Thơ, the appendix: "Đơn vị nào không bảo đảm điều kiện ..." is no lead."""
    clauses = parse_file(EXTERNAL_DOCS / "b9" / "3a2db039af8c2d05.md", settings).clauses
    assert not any(u.startswith("Đơn vị nào") for c in clauses for u in c.responsibility.lead)


def test_a_power_handed_over_is_the_delegates(settings):
    """QĐ 210/2025/QĐ-UBND Hải Phòng Điều 2.1: "Ủy ban nhân dân thành phố phân cấp thẩm quyền quyết định thanh lý ... cho
    Ủy ban nhân dân cấp xã đối với ..."; QĐ 2920/QĐ-UBND Hà Tĩnh Điều 2.1.c drafts a decision on devolving, and NĐ 170/2025
    Điều 67.1.b is what the heading's body does ("Phân cấp, ủy quyền cho Chủ tịch ...")."""
    clauses = _by_path(EXTERNAL_DOCS / "b11" / "7bcbaa914bb254d9.md", settings)
    assert clauses["Điều 2.1"].responsibility.lead == ["Ủy ban nhân dân cấp xã"]
    ha_tinh = _by_path(PLANS_REAL / "web" / "ha-tinh_2920-qd-ubnd.md", settings)
    assert ha_tinh["Điều 2.1.c"].responsibility.lead == ["Sở Nội vụ"]
    nd_170 = _by_path(PLANS_REAL / "web" / "chinh-phu_170-2025-nd-cp.md", settings)
    assert nd_170["Điều 67.1.b"].responsibility.lead == ["Ủy ban nhân dân cấp tỉnh"]


def test_a_day_of_every_year_is_the_deadline(settings):
    """NQ 70/2025/NQ-HĐND Hà Nội Điều 7.1: "Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách
    nhiệm: / a) Rà soát, lập danh mục ..." — the day, not only "hằng năm"; a year in words stays out of it."""
    clauses = _by_path(EXTERNAL_DOCS / "b12" / "5f041f5e6645b117.md", settings)
    assert clauses["Điều 7.1.a"].responsibility.deadline == "trước ngày 30 tháng 6 hằng năm"
    from ingest.responsibilities import extract_deadline
    # (not cut to "trước ngày 30 tháng 12": the year is "năm trước của năm kế hoạch", QĐ 5042/QĐ-BNNMT I.1.a)
    assert not extract_deadline("thời gian ban hành trước ngày 30 tháng 12 năm trước của năm kế hoạch.").startswith(
        "trước ngày 30 tháng 1")
