"""An agent inside a relative clause describes what an item is about, not who does it (roles.toml [not_a_role]):
"... đối với dự án do Ủy ban nhân dân phường, xã ... làm chủ đầu tư" names the projects' investor; "làm chủ đầu tư" is
not "làm chủ" (takes charge). The item stays its heading's unit's, as its siblings are."""

from __future__ import annotations

from tests.conftest import REPO, SHARED_REAL, clause_at, parse_file

EXTERNAL_DOCS = REPO / "eval" / "external" / "docs"


def test_the_investor_of_the_projects_an_item_covers_leads_nothing():
    # Cần Thơ, decentralising the management of public assets (external set b13): "3. Chủ tịch Ủy ban nhân dân xã,
    # phường / ... m) Phê duyệt phương án xử lý tài sản phục vụ hoạt động của dự án ... đối với dự án do Ủy ban nhân dân
    # phường, xã, tổ chức, đơn vị trực thuộc Ủy ban nhân dân phường, xã làm chủ đầu tư."
    doc = parse_file(EXTERNAL_DOCS / "b13" / "c2bf5a06388200a0.md")
    item = clause_at(doc, "Điều 2.3.m")
    assert "làm chủ đầu tư" in item.text
    assert item.responsibility.lead == ["Chủ tịch Ủy ban nhân dân xã, phường"]
    assert item.responsibility.lead == clause_at(doc, "Điều 2.3.k").responsibility.lead


def test_a_heading_that_leads_keeps_its_item_about_the_investors_projects():
    # VBHN 94/VBHN-BQP (plans-real, tuning half), the circular's Điều 7.3.a: "[7] Cục Tài chính Bộ Quốc phòng chủ trì,
    # phối hợp các cơ quan liên quan chủ trì thẩm định, trình Bộ Quốc phòng phê duyệt:" over "- Chủ trương đầu tư các dự
    # án, hạng mục, nhiệm vụ ... do các cơ quan, đơn vị thuộc Bộ Quốc phòng làm chủ đầu tư."
    doc = parse_file(SHARED_REAL / "web" / "bo-quoc-phong_94-vbhn-bqp.md")
    item = clause_at(doc, "Điều 7.3.a.1")
    assert "làm chủ đầu tư" in item.text
    assert item.responsibility.lead == ["Cục Tài chính Bộ Quốc phòng"]
    assert "đơn vị thuộc Bộ Quốc phòng" not in item.responsibility.lead
