"""Whom an item works with when it says so after its first task, and bodies that act "on the grounds of their
functions" before their role (stop 67):

- an item taking its heading's unit names, in a later part with no subject of its own, whom that unit works with
  ("...; phối hợp với các sở, ban, ngành của tỉnh, Ủy ban nhân dân cấp xã trong tuyên truyền ..."; "phối hợp cùng
  với" too): those are its partners;
- "X, Y ... căn cứ chức năng nhiệm vụ để phối hợp thực hiện ..." (roles.toml [mandate_opening] within_end): the role
  is read after the grounds, so X and Y partner rather than lead.
"""

from __future__ import annotations

from tests.conftest import REPO, SHARED_REAL, clause_at, parse_file

EXTERNAL_DOCS = REPO / "eval" / "external" / "docs"


def test_a_later_part_names_whom_the_headings_unit_works_with():
    # QĐ 27/2025/QĐ-UBND Thái Nguyên (plans-real, tuning half), Điều 4: "6. Công an tỉnh / a) Chỉ đạo công tác bảo đảm an
    # ninh, an toàn công trình điện lực ...; phối hợp với các sở, ban, ngành của tỉnh, Ủy ban nhân dân cấp xã trong
    # tuyên truyền, phòng ngừa, kiểm tra, xử lý ..."
    doc = parse_file(SHARED_REAL / "web" / "thai-nguyen_27-2025-qd-ubnd.md")
    item = clause_at(doc, "Điều 4.6.a").responsibility
    assert item.lead == ["Công an tỉnh"]
    assert item.partners == ["các sở, ban, ngành của tỉnh", "Ủy ban nhân dân cấp xã"]


def test_phoi_hop_cung_voi_names_partners_too():
    # UBND Hải Phòng on drainage (external set b7): "Điều 26. Trách nhiệm của Ủy ban nhân dân các xã, phường, đặc khu /
    # 6. Giám sát, quan trắc ...; phối hợp cùng với Công an thành phố, Sở Nông nghiệp và Môi trường, Thanh tra thành phố
    # để kiểm tra, xử lý các hành vi vi phạm ..."
    doc = parse_file(EXTERNAL_DOCS / "b7" / "ef57df9384270c6e.md")
    item = clause_at(doc, "Điều 26.6").responsibility
    assert item.lead == ["Ủy ban nhân dân các xã, phường, đặc khu"]
    assert item.partners == ["Công an thành phố", "Sở Nông nghiệp và Môi trường", "Thanh tra thành phố"]


def test_bodies_acting_on_the_grounds_of_their_functions_partner():
    # QĐ 62 Đồng Nai on resource tax prices (external set b7), Điều 4.3: "Sở Nông nghiệp và Môi trường, Sở Tài chính, Cơ
    # quan Thuế tỉnh, Kho bạc nhà nước và Ủy ban nhân dân các xã, phường căn cứ chức năng nhiệm vụ đế phối hợp thực hiện
    # quản lý thuế tài nguyên theo quy định." ("đế" is the text's slip for "để")
    doc = parse_file(EXTERNAL_DOCS / "b7" / "f1526a5ac4023b74.md")
    item = clause_at(doc, "Điều 4.3").responsibility
    assert item.lead == []
    assert item.partners == ["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Cơ quan Thuế tỉnh", "Kho bạc nhà nước",
                             "Ủy ban nhân dân các xã, phường"]
