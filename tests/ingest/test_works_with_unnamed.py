"""A body named as a sentence's subject that works "phối hợp với" others does the task even when who it works with is
no name the lexicon knows ("các cơ quan, đơn vị", "nhà thầu thi công", "cơ sở giam giữ phạm nhân"): before, it was
only a partner, and the task led by no one. Under a unit heading, a sentence with no subject of its own that opens
"Phối hợp với ..." still hands the lead to whom it names and keeps the heading's unit a partner (the issue's rule)."""

from __future__ import annotations

import pytest

from ingest.responsibilities import sentence_roles
from tests.conftest import REPO, clause_at, parse_file

EXTERNAL = REPO / "eval" / "external" / "docs"
MAIL_RULES = EXTERNAL / "b8" / "cdb6ad27b3c3f13b.md"  # Quy chế thư điện tử công vụ, Đồng Tháp
SLUDGE_RULES = EXTERNAL / "b7" / "ef57df9384270c6e.md"  # Quy định quản lý bùn thải
STATE_FIRMS = EXTERNAL / "b10" / "475126f38cb26cc2.md"  # Quy chế người quản lý doanh nghiệp nhà nước


@pytest.mark.parametrize("path, clause, doer", [
    # "Sở Khoa học và Công nghệ phối hợp với các cơ quan, đơn vị rà soát, chuẩn hóa thông tin người dùng ..."
    (MAIL_RULES, "Điều 13.2.a", "Sở Khoa học và Công nghệ"),
    # "...: chủ đầu tư phối hợp với nhà thầu thi công tổ chức thu gom, vận chuyển bùn thải ..."
    (SLUDGE_RULES, "Điều 15.2", "chủ đầu tư"),
])
def test_the_subject_working_with_unnamed_others_does_the_task(path, clause, doer):
    r = clause_at(parse_file(path), clause).responsibility
    assert doer in r.implementers + r.lead
    assert doer not in r.partners


def test_under_a_unit_heading_phoi_hop_voi_still_leaves_the_heading_unit_a_partner():
    # "1. Sở Nội vụ: / b) Phối hợp với doanh nghiệp sắp xếp, bố trí công tác đối với người quản lý doanh nghiệp ..."
    r = clause_at(parse_file(STATE_FIRMS), "Điều 6.1.b").responsibility
    assert r.partners == ["Sở Nội vụ"]
    assert not r.lead and not r.implementers


@pytest.mark.parametrize("sentence, implementers, partners", [
    ("Sở Tư pháp phối hợp với cơ sở giam giữ phạm nhân tổ chức tuyên truyền, phổ biến, giáo dục pháp luật cho phạm nhân.",
     ["Sở Tư pháp"], []),  # NĐ 170/2026/NĐ-CP Điều 35.3
    ("Sở Y tế phối hợp với Công an tỉnh tổ chức kiểm tra.", ["Sở Y tế"], ["Công an tỉnh"]),
    # with no one named after it, "phối hợp" alone still only partners
    ("Đề nghị Văn phòng Thành ủy, các cơ quan thuộc Thành ủy phối hợp tổ chức thực hiện Nghị quyết này.",
     [], ["Văn phòng Thành ủy", "các cơ quan thuộc Thành ủy"]),
])
def test_sentence_roles_of_phoi_hop_voi(sentence, implementers, partners):
    r = sentence_roles(sentence)
    assert r.implementers == implementers and r.partners == partners and not r.lead
