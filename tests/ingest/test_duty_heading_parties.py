"""A heading of duties names whoever must do the items under it (stop 76), each on the real page it was found on
(documents of the blind sets b96, b104 and b111, read after their honest runs):

- "Thẩm quyền, trách nhiệm của Bộ Nội vụ": competence is a word of duty, as "Trách nhiệm" is;
- "Trách nhiệm của tổ chức, cá nhân được thăm dò khoáng sản": a party that is no unit (the public, a school, an
  investor) still does the duties its heading gives it; a thing named after "của" ("thời hạn của Giấy đăng ký") does not;
- "... của Viện kiểm sát khi ...": when is no part of the body's name; where is ("Hải quan nơi vận chuyển đi");
- "Trách nhiệm của gia đình người nghiện ma túy, cộng đồng / 1. Gia đình người nghiện ma túy có trách nhiệm ...": an
  item naming one of the parties as its subject is that party's;
- "Báo tin ...", "Quỹ đất ..." are an act and land, no newspaper or fund;
- an item of a body's duties opening "Yêu cầu X ..." is that body asking X: it leads, X carries it out.
"""

from __future__ import annotations

from ingest.responsibilities import heading_units
from tests.conftest import REPO, asker, clause_at, parse_file

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl76", [VBPL / "nd-361-2025.html", VBPL / "tt-91-2025.html", VBPL / "nd-294-2025.html"])


def test_competence_and_duty_of_a_ministry_lead_its_items(ask):
    # NĐ 361/2025/NĐ-CP "Điều 10. Thẩm quyền, trách nhiệm của Bộ Nội vụ / ... 4. Chủ trì, phối hợp với bộ quản lý ngành,
    # lĩnh vực đề xuất việc thay đổi danh mục vị trí việc làm khung ..." (blind set b104-10)
    doc = parse_file(VBPL / "nd-361-2025.html")
    assert clause_at(doc, "Điều 10.4").responsibility.lead == ["Bộ Nội vụ"]
    assert clause_at(doc, "Điều 10.1").responsibility.lead == ["Bộ Nội vụ"]
    # "Điều 12. Thẩm quyền, trách nhiệm của cơ quan sử dụng công chức / 1. Có trách nhiệm xác định vị trí việc làm ..."
    assert clause_at(doc, "Điều 12.1").responsibility.lead == ["cơ quan sử dụng công chức"]
    a = ask("NĐ 361/2025: ai chủ trì đề xuất thay đổi danh mục vị trí việc làm khung khi chức năng quản lý ngành thay đổi?")
    assert a.text.startswith("Bộ Nội vụ"), a.text
    assert a.citations[0].section == "Điều 10.4", a.citations[0].section


def test_a_party_that_is_no_unit_does_the_duties_its_heading_gives_it(ask):
    # TT 91/2025/TT-BNNMT "Điều 9. Trách nhiệm của tổ chức, cá nhân được thăm dò khoáng sản / ... 3. Phê duyệt kế hoạch
    # giám sát do tổ chức, cá nhân thực hiện công tác giám sát lập ..." (blind set b111-10)
    doc = parse_file(VBPL / "tt-91-2025.html")
    party = ["tổ chức, cá nhân được thăm dò khoáng sản"]
    assert clause_at(doc, "TT.Điều 9.3").responsibility.lead == party
    # "Điều 10. Trách nhiệm của tổ chức, cá nhân thực hiện công tác giám sát thi công ..." is another party's
    assert clause_at(doc, "TT.Điều 10.2").responsibility.lead != party
    a = ask("Thông tư 91/2025 BNNMT: ai phê duyệt kế hoạch giám sát thi công thăm dò khoáng sản?")
    assert a.text.startswith("tổ chức, cá nhân được thăm dò khoáng sản"), a.text
    # what a heading names after "của" is no party when it is a thing, or the public at large (NĐ 332/2025/NĐ-CP "Điều
    # 78. Thẩm quyền cấp và thời hạn của Giấy đăng ký và Chứng chỉ ...")
    assert heading_units("Thẩm quyền cấp và thời hạn của Giấy đăng ký và Chứng chỉ") is None
    # ... and what follows "sau khi" says when (QĐ 21/2025/QĐ-TTg "Điều 8. Trách nhiệm của chủ dự án đầu tư sau khi được
    # xác nhận ...")
    assert heading_units("Trách nhiệm của chủ dự án đầu tư sau khi được xác nhận")[0] == ["chủ dự án đầu tư"]
    # ("trong nước", domestic, is part of the name: TT 72/2025/TT-NHNN "Điều 8. Trách nhiệm của bên đi vay trong nước";
    # blind set b114-25)
    assert heading_units("Trách nhiệm của bên đi vay trong nước")[0] == ["bên đi vay trong nước"]


def test_when_is_no_part_of_the_bodys_name_where_is():
    # Luật 128/2025/QH15 "Điều 56. Nhiệm vụ, quyền hạn của Viện kiểm sát khi giải quyết khiếu nại trong quản lý, thi hành
    # tạm giữ, tạm giam"
    assert heading_units("Nhiệm vụ, quyền hạn của Viện kiểm sát khi giải quyết khiếu nại trong quản lý, thi hành tạm "
                         "giữ, tạm giam")[0] == ["Viện kiểm sát"]
    # TT 121/2025/TT-BTC: "Trách nhiệm của Hải quan nơi vận chuyển đi" and "... nơi hàng hóa vận chuyển đến" are two offices
    assert heading_units("Trách nhiệm của Hải quan nơi vận chuyển đi")[0] == ["Hải quan nơi vận chuyển đi"]
    # everyone listed by kind is no one party: each item names its own (Luật 120/2025/QH15 "Điều 26. Trách nhiệm của gia
    # đình, cơ quan, tổ chức, cá nhân / 1. Gia đình người sử dụng trái phép chất ma túy có trách nhiệm ...")
    assert heading_units("Trách nhiệm của gia đình, cơ quan, tổ chức, cá nhân") is None


def test_an_item_naming_one_of_its_headings_parties_is_that_partys():
    # Luật Phòng, chống ma túy 120/2025/QH15 "Điều 44. Trách nhiệm của gia đình người nghiện ma túy, cộng đồng / 1. Gia
    # đình người nghiện ma túy có trách nhiệm sau đây: / a) Hỗ trợ người nghiện ma túy ... / 2. Cộng đồng nơi người
    # nghiện ma túy cư trú có trách nhiệm sau đây: / a) Động viên, giúp đỡ người nghiện ma túy;"
    doc = parse_file(VBPL / "luat-120-2025.html")
    assert clause_at(doc, "Điều 44.1.a").responsibility.lead == ["Gia đình người nghiện ma túy"]
    assert clause_at(doc, "Điều 44.2.a").responsibility.lead == ["Cộng đồng nơi người nghiện ma túy cư trú"]
    # "Điều 8. Trách nhiệm của cơ sở giáo dục / 1. Tổ chức thực hiện chương trình giáo dục về phòng, chống ma túy ..."
    # (blind set b96-17)
    assert clause_at(doc, "Điều 8.1").responsibility.lead == ["cơ sở giáo dục"]


def test_acts_and_land_named_like_a_newspaper_or_a_fund_are_no_bodies():
    from ingest.units import unit_phrase_at

    # TT 33/2025/TT-BXD "Điều 164. Báo tin và xử lý tin báo về tai nạn giao thông đường sắt" had led its article (blind
    # set b96-05); NĐ 257/2025/NĐ-CP "1. Quỹ đất thanh toán là khu đất, thửa đất ..." had led its definitions
    assert unit_phrase_at("Báo tin và xử lý tin báo về tai nạn giao thông đường sắt", 0) is None
    assert unit_phrase_at("Báo giá của tối thiểu 01 doanh nghiệp viễn thông có vị trí", 0) is None
    assert unit_phrase_at("Quỹ đất thanh toán là khu đất, thửa đất", 0) is None
    # newspapers and funds by their names still are
    assert unit_phrase_at("Báo Dân trí đăng tải", 0)[0] == "Báo Dân trí"
    assert unit_phrase_at("Báo và Phát thanh, Truyền hình tỉnh chủ trì", 0)[0] == "Báo và Phát thanh, Truyền hình tỉnh"
    assert unit_phrase_at("Quỹ Bảo vệ môi trường tỉnh chủ trì", 0)[0] == "Quỹ Bảo vệ môi trường tỉnh"


def test_an_item_asking_others_under_a_bodys_duties_is_that_bodys(ask):
    # NĐ 294/2025/NĐ-CP "Điều 7. Nhiệm vụ, quyền hạn của Chủ tịch Hội đồng / ... 7. Yêu cầu các thành viên Hội đồng; các
    # bộ, cơ quan, tổ chức ở trung ương và Chủ tịch Ủy ban nhân dân cấp tỉnh; ... thực hiện báo cáo, thông tin về hoạt
    # động tư pháp người chưa thành niên." (as TT 72/2025/TT-NHNN "Điều 10. Trách nhiệm của Ngân hàng cung ứng dịch vụ
    # thanh toán qua tài khoản / 1. Yêu cầu nhà đầu tư nước ngoài ... ghi rõ mục đích chuyển tiền ..."; blind set b114-24)
    doc = parse_file(VBPL / "nd-294-2025.html")
    r = clause_at(doc, "Điều 7.7").responsibility
    assert r.lead == ["Chủ tịch Hội đồng"] and "Chủ tịch Ủy ban nhân dân cấp tỉnh" in r.implementers, r
    a = ask("NĐ 294/2025: ai yêu cầu các bộ, Chủ tịch UBND cấp tỉnh báo cáo, thông tin về hoạt động tư pháp người chưa "
            "thành niên?")
    assert a.text.startswith("Chủ tịch Hội đồng"), a.text
    # a decision's own "Yêu cầu ..." with no body's heading above still hands the task over (roles.toml [[opener]])
    from ingest.responsibilities import extract_from_text
    assert extract_from_text("Yêu cầu Công an các tỉnh kiểm tra.", None, False).lead == ["Công an các tỉnh"]
