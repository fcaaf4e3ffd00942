"""Portal tables of assignments (a header naming both who leads and who partners) are read to their end: their cells'
wrapped lines ("kế hoạch, phương án tuyên truyền ...") are no titles, a group's long name in capitals after its letter
("| **M.** | **ĐÀI TRUYỀN HÌNH VIỆT NAM, ĐÀI TIẾNG NÓI VIỆT NAM, THÔNG TẤN XÃ VIỆT NAM** |") is a cell, dots after a
full row ("….......") break rows, "**Nội dung chính**" between pipes is a header cell and "Nội dung thực hiện" names
the task column (ingest/readers/portal.py ``_rows``, ``_assignment_header``; core/lexicon roles.toml, portal.toml)."""

from __future__ import annotations

import pytest

from ingest.readers.portal import _assignment_header
from tests.conftest import REPO, parse_file

EXTERNAL = REPO / "eval" / "external" / "docs"
AIR_PLAN = EXTERNAL / "b9" / "646f0a00d4174382.md"  # QĐ 2530/QĐ-TTg, Phụ lục I and II
CIVIL_DEFENCE = EXTERNAL / "b2" / "c5d930a5fc8373cd.md"  # KH 980/KH-UBND Nghệ An, Phụ lục


def _row(path, needle, appendix="PL."):
    rows = [c for c in parse_file(path).clauses
            if c.kind == "table_row" and c.path.startswith(appendix) and needle in " ".join(c.text.split())]
    assert rows, needle
    return rows[0].responsibility


@pytest.mark.parametrize("needle, lead, partner, deadline", [
    # row K: its task cell wraps onto "kế hoạch, phương án tuyên truyền ...", which ended the table before
    ("giảm thiểu bụi, khí thải tại các cơ sở tâm linh", ["Bộ Văn hóa, Thể thao và Du lịch"], "UBND các tỉnh/thành phố",
     "Giai đoạn 2026 - 2030"),
    # row L, lost with the rest of the table before
    ("cấp tín dụng xanh cho các dự án", ["Ngân hàng Nhà nước Việt Nam"], "Bộ Tài chính", "Giai đoạn 2026 - 2030"),
    # row M, under a group name of fifteen words in capitals
    ("Xây dựng các chuyên mục, bản tin định kỳ về chất lượng môi trường",
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"], "Bộ Y tế", "Thường xuyên, liên tục"),
    # group N: its first row was read as the header of a new table, and its rows had no lead
    ("Hoàn thành việc di dời các cơ sở không đáp ứng yêu cầu", ["UBND thành phố Hà Nội", "UBND Thành phố Hồ Chí Minh"],
     "Bộ Công Thương", "Trước năm 2030"),
])
def test_the_air_plans_appendix_i_is_read_to_its_end(needle, lead, partner, deadline):
    r = _row(AIR_PLAN, needle)
    assert r.lead == lead
    assert partner in r.partners
    if deadline:
        assert r.deadline == deadline


def test_the_air_plans_appendix_ii_has_its_header_and_leads():
    # "| **STT** | **Tên dự án, nhiệm vụ** | **Nội dung chính** | **Cơ quan chủ trì[1]** | ...": the third header cell
    # was dropped as the portal's "Nội dung chính" heading, and the table lost its columns
    r = _row(AIR_PLAN, "Xây dựng lộ trình cung ứng nhiên liệu và kiểm soát chất lượng nhiên liệu", "PL II")
    assert r.lead == ["Bộ Công Thương"] and r.deadline == "Năm 2026"
    r = _row(AIR_PLAN, "Nghiên cứu và xây dựng chính sách thuế, phí", "PL II")
    assert r.lead == ["Bộ Tài chính"] and "Ngân hàng Nhà nước Việt Nam" in r.partners


@pytest.mark.parametrize("needle, lead, deadline", [
    ("Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh", ["Bộ CHQS tỉnh", "UBND cấp xã"], "Trước ngày 30/11/2025"),
    # after "| … |": a row the portal ran on into the dots and the next row
    ("Thành lập bộ máy quản lý Quỹ", ["Sở Tài chính"], "2025"),
    ("Tiếp nhận và duy trì Hệ thống Tổng đài 112", ["Bộ CHQS tỉnh"], "2025"),
])
def test_a_provincial_plans_appendix_is_a_table_of_assignments(needle, lead, deadline):
    r = _row(CIVIL_DEFENCE, needle)
    assert r.lead == lead and r.deadline == deadline


def test_an_assignment_header_names_a_lead_and_a_partner_column():
    assert _assignment_header(["**TT**", "**Nội dung thực hiện**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**"])
    # a procedure's steps name who does each step, no partner
    assert not _assignment_header(["**TT**", "**Cơ quan, bộ phận, người thực hiện**", "**Nội dung công việc**",
                                   "**Thời gian**"])
