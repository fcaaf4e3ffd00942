"""Every form in which real documents assign work, each asserted on a named clause of a real file of plans-real
(documents of the tuning half, eval/real/split.toml): unit headings, "Đề nghị", label lines, prose, tables in
portal Markdown and Word, decisions with an attached text, restarting numbering, wrapped names, emphasis."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings
from core.units import unit_matches

REAL = Path(__file__).resolve().parents[3] / "shared" / "plans-real"


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("forms"))
    cache: dict[str, object] = {}

    def get(rel: str):
        if rel not in cache:
            cache[rel] = parse_file(REAL / rel, settings)
        return cache[rel]

    return get


def clause(doc, path: str, nth: int = 0):
    found = [c for c in doc.clauses if c.path == path]
    assert len(found) > nth, f"{doc.file_name}: no clause {path}; have {[c.path for c in doc.clauses][:60]}"
    return found[nth]


def has(units: list[str], name: str) -> bool:
    return any(unit_matches(name, u) for u in units)


# --- unit as heading ---------------------------------------------------------------------------------
def test_items_under_a_unit_heading_belong_to_that_unit(parsed):
    # "Điều 4. Trách nhiệm của các sở, ban, ngành thuộc tỉnh / 1. Sở Công Thương / a) Tổ chức triển khai ..."
    doc = parsed("web/thai-nguyen_27-2025-qd-ubnd.md")
    c = clause(doc, "Điều 4.1.a")
    assert c.text.startswith("a) Tổ chức triển khai")
    assert c.responsibility.lead == ["Sở Công Thương"] and c.is_task
    assert "Trách nhiệm của các sở, ban, ngành thuộc tỉnh" in c.heading_trail


def test_phoi_hop_voi_under_a_unit_heading_makes_the_named_unit_lead(parsed):
    # "Điều 9. Trách nhiệm của cơ quan có chức năng quản lý đất đai cấp xã / 1. Phối hợp với Văn phòng đăng ký ..."
    doc = parsed("web/nghe-an_95-2025-qd-ubnd.md")
    c = next(c for c in doc.clauses if c.path.endswith("Điều 9.1"))
    assert c.text.startswith("1. Phối hợp với Văn phòng đăng ký đất đai")
    assert has(c.responsibility.lead, "Văn phòng đăng ký đất đai")
    assert has(c.responsibility.partners, "cơ quan có chức năng quản lý đất đai cấp xã")


def test_decree_article_trach_nhiem_cua(parsed):
    # Nghị định 171/2025/NĐ-CP "Điều 36. Trách nhiệm của Bộ Tài chính" — its items are Bộ Tài chính's
    doc = parsed("web/chinh-phu_171-2025-nd-cp.md")
    head = clause(doc, "Điều 36")
    assert head.responsibility.lead == ["Bộ Tài chính"]
    kids = [c for c in doc.clauses if c.parent_id == head.id]
    assert kids and all(c.responsibility.lead == ["Bộ Tài chính"] for c in kids)


def test_office_holder_heading(parsed):
    # "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội / - Chủ trì xây dựng các báo cáo ..."
    doc = parsed("html/luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm")
    c = next(c for c in doc.clauses if c.path.startswith("III.3.") and "Chủ trì xây dựng các báo cáo" in c.text)
    assert c.responsibility.lead == ["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"]


def test_de_nghi_names_a_requested_lead(parsed):
    # TB 623: "Đề nghị Ủy ban nhân dân tỉnh Đắk Lắk chủ trì, phối hợp với Bộ Xây dựng để làm rõ ..."
    doc = parsed("web/chinh-phu_623-tb-vpcp.md")
    r = clause(doc, "III.3").responsibility
    assert r.lead == ["Ủy ban nhân dân tỉnh Đắk Lắk"] and r.requested
    assert r.partners == ["Bộ Xây dựng"]


def test_la_co_quan_thuong_truc_under_a_unit_heading(parsed):
    # Lào Cai KH Chỉ thị 11 "2. Sở Nông nghiệp và Môi trường / - Là cơ quan thường trực, đôn đốc ..."
    doc = parsed("office/lao-cai_kh-ubnd_trien-khai-chi-thi-11-quan-ly-khoang-san.docx")
    c = next(c for c in doc.clauses if c.text.lstrip("- ").startswith("Là cơ quan thường trực"))
    assert c.responsibility.lead == ["Sở Nông nghiệp và Môi trường"]


# --- label lines -------------------------------------------------------------------------------------
def test_label_lines_lead_partners_deadline(parsed):
    # "1.1. Xây dựng và ban hành Hướng dẫn ... - Thời gian hoàn thành: ... - Đơn vị chủ trì: ... - Đơn vị phối hợp: ..."
    doc = parsed("html/luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm")
    r = clause(doc, "II.1.1").responsibility
    assert r.lead and r.lead[0].startswith("Đồng chí Phó chủ tịch Thường trực")
    assert r.partners and r.partners[0].startswith("Các đ/c Phó chỉ tịch")
    assert r.deadline.startswith("Dự kiến tháng 11/2025")


# --- prose -------------------------------------------------------------------------------------------
def test_giao_x_chu_tri_phoi_hop_voi_y(parsed):
    # QĐ 2904 "Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Văn phòng UBND tỉnh ..."
    doc = parsed("web/ha-tinh_2904-qd-ubnd.md")
    r = clause(doc, "Điều 2").responsibility
    assert r.lead == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert has(r.partners, "Văn phòng UBND tỉnh")
    assert r.deadline == "trong thời hạn 03 ngày làm việc"


def test_x_chu_tri_phoi_hop_in_a_conclusion_notice(parsed):
    # TB 623 "Bộ Nông nghiệp và Môi trường khẩn trương chủ trì, phối hợp với Bộ Dân tộc và Tôn giáo, Bộ Tài chính ..."
    doc = parsed("web/chinh-phu_623-tb-vpcp.md")
    r = clause(doc, "III.5").responsibility
    assert r.lead == ["Bộ Nông nghiệp và Môi trường"]
    assert has(r.partners, "Bộ Dân tộc và Tôn giáo") and has(r.partners, "Bộ Tài chính")


def test_x_co_trach_nhiem_in_a_decree(parsed):
    doc = parsed("web/chinh-phu_158-2025-nd-cp.md")
    r = clause(doc, "Điều 45.2.b").responsibility
    assert r.lead == ["Bảo hiểm xã hội Việt Nam"]


def test_media_body_chu_tri_with_a_parenthesis_in_its_name(parsed):
    # TB 624 "k) Đài Truyền hình Việt Nam (VTV) chủ trì, phối hợp Bộ Khoa học và Công nghệ, ..."
    doc = parsed("web/chinh-phu_624-tb-vpcp.md")
    r = clause(doc, "III.5.k").responsibility
    assert r.lead == ["Đài Truyền hình Việt Nam (VTV)"]
    assert has(r.partners, "Bộ Khoa học và Công nghệ")


def test_giao_x_verb_heading_passes_its_lead_to_the_items(parsed):
    # KL 155 "6. Giao Văn phòng Trung ương Đảng chủ trì: / - Hướng dẫn việc hoàn thiện các thủ tục ..."
    doc = parsed("web/bo-chinh-tri_9615b53d.md")
    assert clause(doc, "6.1").responsibility.lead == ["Văn phòng Trung ương Đảng"]


def test_emphasis_and_numbered_parts_inside_a_sentence(parsed):
    # TB 624 "3. ...: **(1)** Thanh tra Chính phủ ban hành ...; **(2)** Bộ Công an\nchủ trì, phối hợp ..."
    doc = parsed("web/chinh-phu_624-tb-vpcp.md")
    r = clause(doc, "III.3").responsibility
    assert "Bộ Công an" in r.lead
    assert r.deadline == "trước ngày 25 tháng 11 năm 2025"


def test_a_generic_body_described_by_what_it_does_after_thi_is_the_subject(parsed):
    # "Trường hợp ... thì cơ quan, tổ chức, đơn vị mới có trách nhiệm đánh giá ...": the bodies listed are one subject,
    # not "đơn vị mới" found after the last comma; "cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử có trách
    # nhiệm xác minh" runs on over what describes it to its duty
    doc = parsed("web/hai-phong_212-2025-qd-ubnd.md")
    assert clause(doc, "Điều 10.1").responsibility.lead == ["cơ quan, tổ chức, đơn vị mới"]
    doc = parsed("html/luong-minh_kh-lay-y-kien-cu-tri-noi-cu-tru.htm")
    assert clause(doc, "IV.1").responsibility.lead == ["cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử"]


def test_a_fault_a_body_let_happen_assigns_it_nothing(parsed):
    # "không đưa vào danh sách ứng cử ...; người đứng đầu cơ quan, tổ chức, đơn vị để xảy ra những vụ việc tham nhũng"
    doc = parsed("html/luong-minh_kh-tieu-ban-tuyen-truyen-bau-cu.htm")
    c = clause(doc, "II.1.3.1")
    assert "để xảy ra" in c.text and not c.responsibility.lead


@pytest.mark.parametrize("rel, written, units", [
    ("web/ha-tinh_2979-qd-ubnd.md", "các Sở: Tư pháp, Nội vụ", ["Sở Tư pháp", "Sở Nội vụ"]),
    # a branch whose name holds a comma and "và"
    ("web/phu-tho_67f6a230.md",
     "Các Bộ: Văn hóa, Thể thao và Du lịch, Tài chính, Xây dựng, Nông nghiệp và Môi trường, Quốc phòng",
     ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài chính", "Bộ Xây dựng", "Bộ Nông nghiệp và Môi trường", "Bộ Quốc phòng"]),
    # short forms
    ("web/son-la_b13aef6a.md", "Các Bộ: TC, NV, NNMT, CT, GDĐT",
     ["Bộ Tài chính", "Bộ Nội vụ", "Bộ Nông nghiệp và Môi trường", "Bộ Công Thương", "Bộ Giáo dục và Đào tạo"]),
    ("web/chinh-phu_624-tb-vpcp.md", "các Bộ (Tài chính, Công Thương, Xây dựng và KH&CN)",
     ["Bộ Tài chính", "Bộ Công Thương", "Bộ Xây dựng", "Bộ Khoa học và Công nghệ"]),
    # no branch named: the plural stays one unit
    ("web/da-nang_82-2025-qd-ubnd.md", "các Sở, ngành", ["các Sở, ngành"]),
])
def test_branches_listed_after_one_plural_head(rel, written, units):
    from ingest.units import split_units

    assert written in " ".join((REAL / rel).read_text(encoding="utf-8").split())  # as the document writes it
    assert split_units(written) == units


def test_provinces_listed_after_one_plural_locality_are_units_of_their_own(parsed):
    # "d) Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp quyết liệt chỉ đạo các chủ
    # đầu tư ..." (units.toml [locality_list]): one unit a province, with its own kind; the title goes on past the colon
    doc = parsed("web/chinh-phu_627-tb-vpcp.md")
    c = clause(doc, "III.1.d")
    assert c.responsibility.lead == ["Ủy ban nhân dân tỉnh Tuyên Quang", "Ủy ban nhân dân tỉnh Đồng Nai",
                                     "Ủy ban nhân dân thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Đồng Tháp"]
    assert c.title.startswith("Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp quyết")
    # "l) Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ thực hiện nghiêm chỉ đạo ..." (TB 624/TB-VPCP)
    doc = parsed("web/chinh-phu_624-tb-vpcp.md")
    c = clause(doc, "III.5.l")
    r = c.responsibility
    assert (r.lead or r.implementers) == ["Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Cần Thơ"]
    assert r.deadline == "trong ngày 20 tháng 11 năm 2025"
    # "h) Ngân hàng Nhà nước Việt Nam và các ngân hàng thương mại cổ phần | quyết liệt triển khai ...": how they act
    # ends the name (roles.toml [task_verbs]), where it was read as part of it and the clause had no lead
    assert clause(doc, "III.5.h").responsibility.lead == ["Ngân hàng Nhà nước Việt Nam và các ngân hàng thương mại cổ phần"]


def test_a_manner_between_phoi_hop_and_voi_names_the_partner(parsed):
    # "(3) Đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội, Hội đồng dân tộc của Quốc hội và các Ủy ban của Quốc hội phối
    # hợp chặt chẽ với các cơ quan Chính phủ để thẩm tra ..." (TB 631/TB-VPCP 3.3): they carry it out with the
    # Government's bodies, as "phối hợp với" reads (roles.toml [manner]); they were read as partners of no one
    doc = parsed("web/chinh-phu_631-tb-vpcp.md")
    c = next(c for c in doc.clauses if c.text.startswith("(3) Đề nghị Ủy ban Kinh tế và Tài chính"))
    r = c.responsibility
    assert has(r.lead or r.implementers, "Ủy ban Kinh tế và Tài chính của Quốc hội")
    assert has(r.partners, "các cơ quan Chính phủ") and not has(r.partners, "Hội đồng dân tộc của Quốc hội")


def test_a_list_of_bodies_with_no_proper_word_is_read_whole(parsed):
    # "Các cơ quan chuyên môn, tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố quyết
    # định ...": after a comma "tổ chức" is the list's next body, "sự nghiệp công lập" one kind of body (units.toml
    # [name_continuation] listed, words); the cases listed under it inherit it
    doc = parsed("web/hue_123-2025-qd-ctubnd.md")
    whole = "Các cơ quan chuyên môn, tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố"
    assert clause(doc, "Điều 3.2").responsibility.lead == [whole]
    assert clause(doc, "Điều 3.2.b").responsibility.lead == [whole]
    # "Người đứng đầu cơ quan, tổ chức, đơn vị | ra quyết định bổ nhiệm" (NĐ 170 Điều 33.2.đ): "ra quyết định" is a verb
    doc = parsed("web/chinh-phu_170-2025-nd-cp.md")
    assert clause(doc, "Điều 33.2.đ").responsibility.lead == ["Người đứng đầu cơ quan, tổ chức, đơn vị"]


# --- tables ------------------------------------------------------------------------------------------
def test_portal_markdown_table_cells_on_their_own_lines(parsed):
    # TB 624 Phụ lục I: "| STT | Nhiệm vụ | Văn bản giao nhiệm vụ | Cơ quan chủ trì thực hiện | Thời hạn hoàn thành |"
    doc = parsed("web/chinh-phu_624-tb-vpcp.md")
    row = next(c for c in doc.clauses if c.kind == "table_row" and c.title.startswith("Xây dựng Luật Thuế thu nhập cá nhân"))
    assert row.responsibility.lead == ["Bộ Tài chính"] and row.responsibility.deadline == "31/10/2025"
    assert row.path.startswith("PL.")


def test_word_table_in_an_appendix(parsed):
    # Lào Cai KH Chỉ thị 11, Phụ lục: "| TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | ..."
    doc = parsed("office/lao-cai_kh-ubnd_trien-khai-chi-thi-11-quan-ly-khoang-san.docx")
    r = clause(doc, "PL.8").responsibility
    assert r.lead == ["Sở Nội vụ"] and r.deadline == "Hàng năm"
    assert has(r.partners, "Các Sở, ban, ngành")


# --- document structure ------------------------------------------------------------------------------
def test_decision_with_attached_rules(parsed):
    doc = parsed("web/thai-nguyen_27-2025-qd-ubnd.md")
    assert doc.meta.kind == "Quyết định" and doc.meta.number == "27/2025/QĐ-UBND"
    decision = clause(doc, "QĐ.Điều 3")  # the decision's own articles take its code: the rules repeat "Điều 3"
    assert has(decision.responsibility.lead, "Chánh Văn phòng Uỷ ban nhân dân tỉnh")
    attached = [c for c in doc.clauses if c.kind == "section" and c.title.startswith("QUY ĐỊNH QUẢN LÝ AN TOÀN ĐIỆN")]
    assert attached and clause(doc, "Điều 4").heading_trail[0].startswith("QUY ĐỊNH QUẢN LÝ AN TOÀN ĐIỆN")


def test_restarting_numbering_keeps_both_items(parsed):
    # the commune plan numbers two items "3.2." in a row: both are kept, with distinct ids
    doc = parsed("html/luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm")
    twins = [c for c in doc.clauses if c.path == "II.3.2"]
    assert len(twins) == 2 and twins[0].id != twins[1].id


def test_unit_name_wrapped_over_two_lines(parsed):
    # Chỉ thị 010 Đắk Lắk "a) Sở Nông nghiệp và Môi\ntrường" heading, items below
    doc = parsed("web/dak-lak_010-ct-ubnd.md")
    assert clause(doc, "I.2.2.a.1").responsibility.lead == ["Sở Nông nghiệp và Môi trường"]


def test_portal_noise_is_not_in_the_tree(parsed):
    doc = parsed("web/ha-tinh_2904-qd-ubnd.md")
    text = " ".join(c.text for c in doc.clauses)
    for noise in ("THƯ VIỆN PHÁP LUẬT", "Văn bản liên quan", "Đăng nhập", "Số hiệu:", "Loại văn bản"):
        assert noise not in text
    assert doc.meta.signer == "Nguyễn Thị Nguyệt" and doc.meta.province == "Hà Tĩnh"


# --- "Chỉ đạo X ...": the one who directs leads, unless X is told to "chủ trì" ------------------------------
def test_chi_dao_under_a_unit_heading_keeps_the_heading_unit_as_lead(parsed):
    # "4. Sở Giáo dục và Đào tạo / b) Chỉ đạo các trường học, cơ sở đào tạo trực thuộc phối hợp với các đơn vị điện
    # lực định kỳ tổ chức các chương trình sinh hoạt học tập ngoại khóa ..."
    doc = parsed("web/thai-nguyen_27-2025-qd-ubnd.md")
    c = next(c for c in doc.clauses if c.path.endswith("Điều 8.4.b"))
    assert c.text.startswith("b) Chỉ đạo các trường học")
    assert c.responsibility.lead == ["Sở Giáo dục và Đào tạo"]
    assert has(c.responsibility.implementers, "các trường học, cơ sở đào tạo trực thuộc")


def test_chi_dao_x_chu_tri_makes_x_lead(parsed):
    # "4. Chỉ đạo Quân chủng Hải quân chủ trì, phối hợp với Sở Công thương tỉnh Khánh Hòa tổ chức triển lãm ..."
    doc = parsed("web/bo-quoc-phong_89-vbhn-bqp.md")
    c = next(c for c in doc.clauses if c.path.endswith("Điều 25.4"))
    assert c.responsibility.lead == ["Quân chủng Hải quân"]
    assert has(c.responsibility.partners, "Sở Công thương tỉnh Khánh Hòa")


# --- words that look like an assignment but are not ----------------------------------------------------------------
def test_chuyen_giao_cho_hands_something_over_and_assigns_nothing(parsed):
    # "4. Sở Tài chính quyết định xác lập quyền sở hữu toàn dân đối với trường hợp tài sản chuyển giao cho Hội đồng
    # nhân dân thành phố; Ủy ban Mặt trận Tổ quốc Việt Nam thành phố."
    doc = parsed("web/hue_123-2025-qd-ctubnd.md")
    c = next(c for c in doc.clauses if c.path.endswith("Điều 5.4"))
    assert c.text.startswith("4. Sở Tài chính quyết định")
    assert c.responsibility.lead == ["Sở Tài chính"]
    assert not has(c.responsibility.lead + c.responsibility.implementers, "Hội đồng nhân dân thành phố")


def test_generic_heads_with_their_qualifier_are_one_unit(parsed):
    # "Điều 12. Trách nhiệm của đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, giải phóng mặt bằng": "đơn vị, tổ
    # chức" alone names nobody; what follows is their name, not a task
    doc = parsed("web/nghe-an_95-2025-qd-ubnd.md")
    c = next(c for c in doc.clauses if c.path.endswith("Điều 12"))
    assert [u.lower() for u in c.responsibility.lead] == ["đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, giải phóng mặt bằng"]


def test_a_body_named_by_its_function_keeps_the_function(parsed):
    # "2. Chi nhánh Văn phòng đăng ký đất đai: Phối hợp với cơ quan có chức năng quản lý đất đai cấp xã, Ủy ban nhân dân
    # cấp xã trong thực hiện thống kê, kiểm kê ..." (Điều 20.2): "có chức năng" is followed by the function, its verb
    # included; the list goes on to its second unit (units.toml [name_continuation] function)
    doc = parsed("web/nghe-an_95-2025-qd-ubnd.md")
    r = clause(doc, "Điều 20.2").responsibility
    assert [u.lower() for u in r.lead] == ["cơ quan có chức năng quản lý đất đai cấp xã", "ủy ban nhân dân cấp xã"]
    assert has(r.partners, "Chi nhánh Văn phòng đăng ký đất đai")


def test_office_holder_heading_in_any_case_and_plural(parsed):
    # "6. Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội / - Định kỳ tổng hợp, báo cáo tình hình dư luận xã hội ..."
    # (the lexicon writes "Phó Chủ tịch"); "5. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần
    # chúng" is one description, not two units
    doc = parsed("html/luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm")
    c = clause(doc, "III.6.2")
    assert c.text.startswith("- Định kỳ tổng hợp, báo cáo tình hình dư luận xã hội")
    assert c.responsibility.lead == ["Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội"]
    c = clause(doc, "III.5.2")
    assert c.responsibility.lead == ["Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"]


def test_de_nghi_x_phoi_hop_heading_gives_its_items_their_unit(parsed):
    # "2. Đề nghị Ủy ban nhân dân xã phối hợp / - Phối hợp chặt chẽ với Ban Thường trực Ủy ban MTTQ Việt Nam xã ... /
    # - Chỉ đạo các bộ phận chuyên môn, Công an xã, thôn: Phối hợp rà soát danh sách cử tri ..."
    doc = parsed("html/luong-minh_kh-lay-y-kien-cu-tri-noi-cu-tru.htm")
    first = next(c for c in doc.clauses if c.text.startswith("- Phối hợp chặt chẽ với Ban Thường trực"))
    assert has(first.responsibility.lead, "Ban Thường trực Ủy ban MTTQ Việt Nam xã")
    assert first.responsibility.partners == ["Ủy ban nhân dân xã"]
    directs = next(c for c in doc.clauses if c.text.startswith("- Chỉ đạo các bộ phận chuyên môn, Công an xã"))
    assert directs.responsibility.lead == ["Ủy ban nhân dân xã"]
    assert has(directs.responsibility.implementers, "Công an xã")


def test_a_procedure_step_label_is_not_the_subject(parsed):
    # "- Bước 1: Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp
    # tỉnh xây dựng Chiến lược phát triển trồng trọt."
    doc = parsed("web/bo-nong-nghiep-moi-truong_5042-qd-bnnmt.md")
    c = next(c for c in doc.clauses if c.text.startswith("- Bước 1: Bộ Nông nghiệp và Môi trường chủ trì, phối hợp"))
    assert c.responsibility.lead == ["Bộ Nông nghiệp và Môi trường"]
    assert has(c.responsibility.partners, "Ủy ban nhân dân cấp tỉnh")


def test_a_wrapped_reference_to_a_part_is_not_a_heading(parsed):
    # Điều 13.3 wraps "... thuộc\nPhần V của Phụ lục I kèm theo Nghị định số 151/2025/NĐ-CP ...": the items after it
    # still belong to "Điều 13. Trách nhiệm của Ủy ban nhân dân cấp xã"
    doc = parsed("web/nghe-an_95-2025-qd-ubnd.md")
    c = next(c for c in doc.clauses if c.text.startswith("10. Kiểm tra, lập danh sách các tổ chức sử dụng đất"))
    assert c.path.endswith("Điều 13.10")
    assert has(c.responsibility.lead, "Ủy ban nhân dân cấp xã")


@pytest.mark.parametrize("text, deadline", [
    # the date of a cited document is not a deadline (plans-real/web/son-la_b13aef6a.md, III.2)
    ("xem xét, quyết định theo Khoản 1 Điều 7 Nghị định số 144/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ", ""),
    ("chỉ đạo của Phó Thủ tướng tại Công văn số 7593/VPCP-CN ngày 14 tháng 8 năm 2025", ""),
    # a Party text's number (plans-real/web/chinh-phu_648-tb-vpcp.md, II.7)
    ("Tỉnh thực hiện theo chỉ đạo của Tổng Bí thư Tô Lâm tại Thông báo số 75-TB/VPTW ngày 04 tháng 8 năm 2025", ""),
    ("Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025", "trước ngày 25 tháng 11 năm 2025"),
    ("căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ ngày 29/6/2024; trình UBND tỉnh trước ngày 15/9/2025",
     "trước ngày 15/9/2025"),
    # "chậm nhất" stays with its date (plans-real/web/chinh-phu_170-2025-nd-cp.md, Điều 72.1); a report's status date
    # ("Đến ngày 25/02/2026, ...": lao-cai_bc-ubnd_ket-qua-chi-thi-38.docx) is no deadline
    ("hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2027.", "chậm nhất đến ngày 01 tháng 7 năm 2027"),
    ("Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh phải xong", "Chậm nhất là ngày 08 tháng 02 năm 2026"),
    ("Đến ngày 25/02/2026, đã hoàn thành rà soát; xong trong quý 2/2026", "xong trong quý 2/2026"),
    # "ngay" (at once) belongs to its month (plans-real/web/bo-chinh-tri_9615b53d.md, 5)
    ("để triển khai thực hiện ngay trong tháng 5/2025.", "ngay trong tháng 5/2025"),
])
def test_a_cited_documents_date_is_no_deadline(text, deadline):
    from ingest.responsibilities import extract_deadline

    assert extract_deadline(text) == deadline


def test_a_body_known_by_its_acronym_leads_its_items(parsed):
    # "3. VNMAC có trách nhiệm xây dựng, quản lý cơ sở dữ liệu quốc gia ... có nhiệm vụ: ... đ) Tổng hợp dữ liệu, lập báo
    # cáo quốc gia về tình hình khắc phục hậu quả bom mìn vật nổ sau chiến tranh hàng năm."
    doc = parsed("web/bo-quoc-phong_94-vbhn-bqp.md")
    c = next(c for c in doc.clauses if c.text.startswith("đ) Tổng hợp dữ liệu, lập báo cáo quốc gia"))
    assert c.responsibility.lead == ["VNMAC"]


def test_an_acronym_of_a_topic_is_no_body():
    from ingest.responsibilities import sentence_roles

    assert sentence_roles("EVN chủ trì, phối hợp với các địa phương xây dựng phương án cấp điện").lead == ["EVN"]
    assert not sentence_roles("TTHC có trách nhiệm được công khai").lead  # "thủ tục hành chính" is a topic


def test_a_footnote_mark_of_a_consolidated_text_is_not_the_subject(parsed):
    # "a) [38] Binh chủng Công binh chủ trì, phối hợp với Cục Tác chiến Bộ Tổng Tham mưu và các cơ quan liên quan ..."
    doc = parsed("web/bo-quoc-phong_94-vbhn-bqp.md")
    c = next(c for c in doc.clauses if c.text.startswith("a) [38] Binh chủng Công binh chủ trì"))
    assert c.responsibility.lead == ["Binh chủng Công binh"]
    assert has(c.responsibility.partners, "Cục Tác chiến Bộ Tổng Tham mưu")


def test_a_portal_table_holds_its_rows_past_wrapped_words_and_section_rows(parsed):
    # TB 624 appendix I: a task cell wrapped at "quyết định Tòa án; đất đai," and a short cell "Kế hoạch 02" are cells,
    # not document text after the table; "**3. Các nhiệm vụ ... quá hạn chưa hoàn thành**" written right after a full
    # row is a section row. Each row keeps its own lead column.
    doc = parsed("web/chinh-phu_624-tb-vpcp.md")
    c = next(c for c in doc.clauses if "ban hành Khung chiến lược giáo dục đại học" in c.text and c.kind == "table_row")
    assert c.responsibility.lead == ["Bộ Giáo dục và Đào tạo"] and c.responsibility.deadline == "31/10/2025"
    c = next(c for c in doc.clauses if c.text.startswith("Về CSDL hộ tịch điện tử và CSDL xử lý vi phạm hành chính"))
    assert c.responsibility.lead == ["Bộ Tư pháp"]
    # appendix II: a result cell wrapped at "Kế hoạch triển khai Phong trào thi đua ..." is a cell; the rows after it
    # keep their "Đơn vị chủ trì" column
    c = next(c for c in doc.clauses if c.kind == "table_row" and "phần mềm, bảo đảm triển khai phần thông tin kiểm soát"
             in c.text)
    assert c.responsibility.lead == ["Tổng Thanh tra Chính phủ"]
    c = next(c for c in doc.clauses if c.kind == "table_row" and "117 thôn chưa có điện" in c.text)
    assert c.responsibility.lead == ["EVN"]


def test_a_group_row_numbered_after_the_item_above_the_table_is_its_sibling(parsed):
    # TB 624 appendix I: "**1. Các nhiệm vụ về khoa học, ... quá hạn chưa hoàn thành**" above the table, then the rows
    # "| **2. Các nhiệm vụ về chuyển đổi số quá hạn chưa hoàn thành** |" and "| **3. ...** |" inside it: three groups,
    # each numbering its rows from 1, cited as PL.1.n, PL.2.n, PL.3.n (they were all PL.1.n, three rows per path)
    doc = parsed("web/chinh-phu_624-tb-vpcp.md")
    assert clause(doc, "PL.2").title.startswith("Các nhiệm vụ về chuyển đổi số quá hạn")
    assert clause(doc, "PL.3").title.startswith("Các nhiệm vụ về khoa học công nghệ, đổi mới sáng tạo quá hạn")
    r = clause(doc, "PL.2.46").responsibility
    assert r.lead == ["Bộ Công an"] and r.deadline == "31/07/2025"
    assert "tích hợp các hệ thống camera giám sát" in clause(doc, "PL.2.46").text
    r = clause(doc, "PL.3.7").responsibility
    assert r.lead == ["Bộ Khoa học và Công nghệ"] and r.deadline == "31/10/2025"
    assert len([c for c in doc.clauses if c.path == "PL.1.1"]) == 1


def test_an_appendix_right_after_another_is_cited_by_its_own_number(parsed):
    # TB 624: "**PHỤ LỤC II** / KẾT QUẢ THỰC HIỆN NHIỆM VỤ TẠI THÔNG BÁO KẾT LUẬN SỐ 552/TB-VPCP ... / *(Kèm theo Thông
    # báo kết luận số 624/TB-VPCP ...)*" follows appendix I's last row with no closing block between
    doc = parsed("web/chinh-phu_624-tb-vpcp.md")
    assert clause(doc, "PL II").title.startswith("PHỤ LỤC II KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    r = clause(doc, "PL II.10").responsibility
    assert r.lead == ["Bộ Công an"] and r.deadline == "Nhiệm vụ thường xuyên"
    assert clause(doc, "PL II.10").text.startswith("Vận hành, khai thác hiệu quả Trung tâm dữ liệu quốc gia")


def test_a_table_rows_partners_are_read_from_its_task_cell(parsed):
    # TB 624 appendix I.3 row 1: the lead column says "Bộ Tài chính"; the task cell "Bộ Tài chính chủ trì, phối hợp với
    # Bộ Khoa học và Công nghệ và Ủy ban nhân dân TP. Hà Nội chỉ đạo ..." names who works with it
    doc = parsed("web/chinh-phu_624-tb-vpcp.md")
    r = clause(doc, "PL.3.1").responsibility
    assert r.lead == ["Bộ Tài chính"] and r.partners == ["Bộ Khoa học và Công nghệ", "Ủy ban nhân dân TP. Hà Nội"]
    # ... wherever the cell says so, and a unit's name stops at the verb after it ("... các cơ quan liên quan | bám sát
    # lộ trình Kế hoạch ...")
    r = clause(doc, "PL.2.19").responsibility
    assert r.lead == ["Bộ Tư pháp"] and r.partners == ["Bộ Công an", "các cơ quan liên quan"]
    # appendix II row 13: "Chủ trì phối hợp với Bộ Khoa học và Công nghệ xây dựng cẩm nang ..." | Bộ Công an
    assert clause(doc, "PL II.13").responsibility.partners == ["Bộ Khoa học và Công nghệ"]


def test_a_head_listed_in_two_kinds_is_a_unit_wherever_one_allows_it(parsed):
    # "Bộ Tư lệnh" is a military head and an office head (offices exclude a following "thủ"): "Bộ Tư lệnh Thủ đô Hà
    # Nội" is one unit, on every run (the two entries used to be tried in hash order)
    doc = parsed("web/bo-quoc-phong_94-vbhn-bqp.md")
    assert "Bộ Tư lệnh Thủ đô Hà Nội" in clause(doc, "Điều 9.2.b").responsibility.lead


def test_a_heading_of_rights_and_duties_names_the_unit_of_its_items(parsed):
    # "Điều 23. Trách nhiệm và quyền hạn của Giám đốc Công ty Tân Cảng - Petro Cam Ranh / 1. Điều hành ..."
    doc = parsed("web/bo-quoc-phong_89-vbhn-bqp.md")
    c = clause(doc, "Điều 23.1")
    assert c.responsibility.lead == ["Giám đốc Công ty Tân Cảng - Petro Cam Ranh"]


def test_a_party_of_a_contract_leads_the_items_of_its_duties(parsed):
    # "Điều 15. Trách nhiệm của Bên mua điện / 1. Chủ trì, phối hợp với bên bán điện tính toán, thống nhất phương án
    # thanh toán chênh lệch tỷ giá ..." (units.toml: the parties of a contract are heads)
    doc = parsed("web/bo-cong-thuong_58-2025-tt-bct.md")
    c = clause(doc, "Điều 15.1")
    assert c.responsibility.lead == ["Bên mua điện"]


def test_an_attached_regulation_of_a_units_functions_makes_its_duties_that_units(parsed):
    # "QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ TƯ PHÁP (Ban hành kèm theo Quyết định ...)" /
    # "Điều 2. Nhiệm vụ và quyền hạn" / "1. Về xây dựng pháp luật" / ... / "a) Chủ trì, phối hợp với các cơ quan ..."
    doc = parsed("web/ha-tinh_2979-qd-ubnd.md")
    c = clause(doc, "Điều 2.1.3.b")
    assert c.text.startswith("b) Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh")
    assert has(c.responsibility.lead, "Sở Tư pháp")
    assert has(c.responsibility.partners, "Văn phòng Ủy ban nhân dân tỉnh")


def test_a_table_cut_by_page_breaks_goes_on_with_the_header_before(parsed):
    # Portal copy of QĐ 2597/QĐ-TTg, the appendix: "| **III** |  | ..." ends one table, the group's title
    # "**HẠ TẦNG KỸ THUẬT PHỤC / VỤ CHUYỂN ĐỔI SỐ**" stands alone, then "| ** ** | ** ** | ... |" opens a headerless
    # table with the same six columns; the rows are read with the first table's header and the title rejoins group III
    doc = parsed("web/chinh-phu_2597-qd-tt.md")
    rows = [c for c in doc.clauses if c.kind == "table_row"]
    c = next(c for c in rows if c.text.startswith("Phát triển hệ thống định danh và mã hóa hạ tầng"))
    assert c.responsibility.lead == ["Bộ Xây dựng"] and c.responsibility.deadline == "2026-2027"
    # (the title, a bold piece in capitals after the group's numeral, is now read as that row's cell, as every other
    # group's title is: "| **IV** | **PHÁT TRIỂN NGUỒN NHÂN LỰC** |")
    assert c.heading_trail[-1] in ("HẠ TẦNG KỸ THUẬT PHỤC VỤ CHUYỂN ĐỔI SỐ", "III. HẠ TẦNG KỸ THUẬT PHỤC VỤ CHUYỂN ĐỔI SỐ")
    assert not any(c.kind != "table_row" and c.text.startswith("HẠ TẦNG KỸ THUẬT PHỤC") for c in doc.clauses)
    # an orphan cell cut from the row before ("| 2026-2030 |  | ...") is no group: the next rows keep theirs
    c = next(c for c in rows if c.text.startswith("Hình thành đội ngũ cán bộ thực hiện chuyển đổi số"))
    assert has(c.responsibility.lead, "Bộ Xây dựng") and has(c.responsibility.partners, "Các bộ, ngành liên quan")
    assert c.heading_trail[-1] == "PHÁT TRIỂN NGUỒN NHÂN LỰC"
    assert len(rows) == 25  # groups I-VII: 5 + 4 + 6 + 3 + 1 + 3 + 3 rows (9 before)


def test_a_subject_followed_by_a_passive_marker_is_assigned_nothing(parsed):
    # "5. Cán bộ, công chức, viên chức bị xử lý kỷ luật đảng hoặc kỷ luật hành chính thì đánh giá, xếp loại ..."
    # (roles.toml [passive]): a rule about them; it used to read "Cán bộ, công chức, viên chức bị" as the lead
    doc = parsed("web/hai-phong_212-2025-qd-ubnd.md")
    for path in ("Điều 3.5", "Điều 3.5.a"):
        r = clause(doc, path).responsibility
        assert not (r.lead or r.implementers), (path, r)


def test_do_x_thuc_hien_names_who_carries_it_out(parsed):
    # "a) Việc đánh giá, xếp loại chất lượng người đứng đầu cơ quan, tổ chức, đơn vị do người đứng đầu cơ quan cấp
    # trên quản lý trực tiếp thực hiện." The agent after "do" runs on to the role that ends the sentence
    doc = parsed("web/hai-phong_212-2025-qd-ubnd.md")
    assert clause(doc, "Điều 8.2.a").responsibility.implementers == ["người đứng đầu cơ quan cấp trên quản lý trực tiếp"]
    assert clause(doc, "Điều 8.2.b").responsibility.implementers == ["người đứng đầu cơ quan sử dụng công chức"]


def test_a_heading_naming_the_head_of_an_agency_in_lower_case(parsed):
    # "Điều 14. Trách nhiệm của người đứng đầu cơ quan, đơn vị / 1. Trực tiếp chỉ đạo triển khai, thực hiện quy định"
    doc = parsed("web/hai-phong_212-2025-qd-ubnd.md")
    c = clause(doc, "Điều 14.1")
    assert c.text.startswith("1. Trực tiếp chỉ đạo triển khai")
    assert c.responsibility.lead == ["người đứng đầu cơ quan, đơn vị"]


def test_a_names_hyphen_wrapped_to_a_line_start_is_no_list_dash(parsed):
    # "d) Cơ quan, đơn vị chủ trì kế hoạch phối / hợp với lực lượng chuyên trách bảo vệ Căn cứ quân sự Cam Ranh và Công
    # ty Tân Cảng / - Petro Cam Ranh giải quyết ...": one sentence, not an item "- Petro Cam Ranh giải quyết ..."
    doc = parsed("web/bo-quoc-phong_89-vbhn-bqp.md")
    assert not any(c.text.startswith("- Petro Cam Ranh") for c in doc.clauses)
    c = next(c for c in doc.clauses if c.text.startswith("2. Công ty TNHH Tân Cảng - Petro Cam Ranh có trách nhiệm"))
    assert c.responsibility.lead == ["Công ty TNHH Tân Cảng - Petro Cam Ranh"]
    # a list item that starts with a Vietnamese word stays an item
    from ingest.repair import repair
    text = "Các nhiệm vụ gồm\n- Tuyên truyền phòng chống ma túy\n- Kiểm tra cơ sở"
    assert [p.text for p in repair(text).paragraphs][-1] == "- Kiểm tra cơ sở"


def test_a_consolidated_texts_footnote_mark_after_an_item_number(parsed):
    # Văn bản hợp nhất: "Điều 25. Trách nhiệm và quyền hạn của Bộ Quốc phòng / 1.[17] (được bãi bỏ). / 2.[18] Chủ trì,
    # phối hợp với ..." — "2.[18]" is item 2 with its amendment's footnote, not words of the article's title
    doc = parsed("web/bo-quoc-phong_89-vbhn-bqp.md")
    assert clause(doc, "Điều 25").text == "Điều 25. Trách nhiệm và quyền hạn của Bộ Quốc phòng"
    c = clause(doc, "Điều 25.2")
    assert c.text.startswith("2.[18] Chủ trì, phối hợp với các Bộ, ngành liên quan")
    assert c.responsibility.lead == ["Bộ Quốc phòng"]


def test_unit_names_end_before_time_and_manner_words_and_a_directing_subject_leads(parsed):
    # TB 627 (Văn phòng Chính phủ), III: "Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo ...", "Giao Phó Thủ
    # tướng Chính phủ Trần Hồng Hà trước ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra ...", "Bộ Xây dựng đẩy nhanh tiến
    # độ ...", "Bộ Nông nghiệp và Môi trường chỉ đạo Cục Thú y và Cục Bảo vệ thực vật kiểm soát chặt chẽ ..."
    doc = parsed("web/chinh-phu_627-tb-vpcp.md")
    assert clause(doc, "III.1.b").responsibility.lead == ["Bộ trưởng Bộ Xây dựng"]
    assert clause(doc, "III.2.c").responsibility.lead == ["Phó Thủ tướng Chính phủ Trần Hồng Hà"]
    assert clause(doc, "III.3.c").responsibility.lead == ["Bộ Xây dựng"]
    r = clause(doc, "III.5.a").responsibility
    assert r.lead == ["Bộ Nông nghiệp và Môi trường"] and r.implementers == ["Cục Thú y", "Cục Bảo vệ thực vật"]
    # an office holder written "Đồng chí ..." keeps its written form
    doc = parsed("html/luong-minh_kh-tieu-ban-tuyen-truyen-bau-cu.htm")
    assert clause(doc, "IV.1").responsibility.lead == ["Đồng chí Trưởng Ban"]


def test_parties_written_in_lower_case_are_units_of_their_own(parsed):
    # TT 58/2025/TT-BCT "Điều 15. Trách nhiệm của Bên mua điện / 3. Phối hợp với bên bán điện tính toán, thống nhất
    # chênh lệch tỷ giá ...": bên bán điện leads, the heading's party partners
    doc = parsed("web/bo-cong-thuong_58-2025-tt-bct.md")
    r = clause(doc, "Điều 15.3").responsibility
    assert r.lead == ["bên bán điện"] and has(r.partners, "Bên mua điện")
    assert clause(doc, "Điều 13.3").responsibility.lead[:2] == ["bên bán điện", "bên mua điện"]


def test_a_forms_blank_field_names_no_one(parsed):
    # QĐ 4001/QĐ-BKHCN's attached forms: "Cơ quan, Tổ chức chủ trì: ……………………" is a field to fill in, not an assignment
    doc = parsed("web/bo-khoa-hoc-cong-nghe_4001-qd-bkhcn.md")
    blanks = [c for c in doc.clauses if "Tổ chức chủ trì:……" in c.text]
    assert blanks and not any(c.responsibility.lead for c in blanks)


def test_a_field_filled_with_none_names_no_one():
    # a procedure record: "Cơ quan được ủy quyền: Không. / Cơ quan phối hợp: Không." (plans-real/web/ha-tinh_2904-qd-ubnd.md)
    from ingest.responsibilities import extract_from_text

    r = extract_from_text("Cơ quan phối hợp: Không.")
    assert not r.partners and not r.lead


def test_tp_dot_inside_a_unit_name_ends_no_sentence():
    # TB 624 appendix row 1 (plans-real/web/chinh-phu_624-tb-vpcp.md): "TP." abbreviates "thành phố" inside the name
    from ingest.responsibilities import extract_from_text
    r = extract_from_text("Bộ Tài chính chủ trì, phối hợp với Bộ Khoa học và Công nghệ và Ủy ban nhân dân TP. Hà Nội "
                          "xây dựng khu lưu trú cho chuyên gia tại Hòa Lạc.")
    assert r.lead == ["Bộ Tài chính"] and r.partners == ["Bộ Khoa học và Công nghệ", "Ủy ban nhân dân TP. Hà Nội"]
    # ... and the lead named before a directing verb keeps the lead ("... TP. Hà Nội chỉ đạo Trung tâm ...")
    r = extract_from_text("Bộ Tài chính chủ trì, phối hợp với Bộ Khoa học và Công nghệ và Ủy ban nhân dân TP. Hà Nội "
                          "chỉ đạo Trung tâm Đổi mới sáng tạo Quốc gia xây dựng khu lưu trú cho chuyên gia.")
    assert r.lead == ["Bộ Tài chính"] and "Ủy ban nhân dân TP. Hà Nội" in r.partners, r


def test_a_heading_units_own_task_it_carries_out_is_led_by_it(parsed):
    # "Điều 68. Trách nhiệm, thẩm quyền của cơ quan sử dụng công chức / 5. Thực hiện việc lập hồ sơ ..." (NĐ 170):
    # the heading names the unit (roles.toml [heading_prefix]); "Thực hiện ..." is its own task, so it leads
    doc = parsed("web/chinh-phu_170-2025-nd-cp.md")
    c = clause(doc, "Điều 68.5")
    assert c.text.startswith("5. Thực hiện việc lập hồ sơ")
    assert c.responsibility.lead == ["cơ quan sử dụng công chức"] and not c.responsibility.implementers


def test_a_partys_duties_before_a_day_name_the_party_alone(parsed):
    # "Điều 5. Nghĩa vụ của Bên bán điện trước ngày vận hành thương mại" (TT 58/2025/TT-BCT, appendix III, which
    # follows appendix II with no closing block between)
    doc = parsed("web/bo-cong-thuong_58-2025-tt-bct.md")
    c = clause(doc, "PL III.Điều 5.2")
    assert c.responsibility.lead == ["Bên bán điện"], c.responsibility


def test_a_forms_blank_is_no_part_of_the_units_name(parsed):
    # QĐ 5042's model decision: "Điều 2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (tên)..….. có trách
    # nhiệm: / 3. Tổ chức tuyên truyền cho nông dân ..." (tune-fresh12 t12-14)
    doc = parsed("web/bo-nong-nghiep-moi-truong_5042-qd-bnnmt.md")
    c = next(c for c in doc.clauses if c.text.startswith("3. Tổ chức tuyên truyền cho nông dân về tác hại"))
    assert c.responsibility.lead == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_list_of_units_runs_over_heads_that_hold_a_verb(parsed):
    # "Sở Tài chính, ..., Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên,
    # Ban Quản lý các Khu công nghiệp tỉnh, UBND cấp xã ... có trách nhiệm phối hợp công bố ..." (Chỉ thị 010 Đắk Lắk):
    # "quản lý", "ứng dụng" inside the names end no name, and a list longer than one name's limit is still a list
    doc = parsed("web/dak-lak_010-ct-ubnd.md")
    lead = clause(doc, "II.1").responsibility.lead
    for name in ("Sở Tài chính", "Ban quản lý Khu Kinh tế Phú Yên",
                 "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên", "Ban Quản lý các Khu công nghiệp tỉnh",
                 "UBND cấp xã"):
        assert name in lead, lead


def test_an_item_proposing_to_a_superior_is_the_heading_units_task(parsed):
    # "Điều 2. Nhiệm vụ và quyền hạn [of Sở Tư pháp] / 4.3. Về trợ giúp pháp lý / b) Đề nghị Chủ tịch Ủy ban nhân dân
    # tỉnh thành lập, giải thể, sáp nhập Chi nhánh ..." (QĐ 2979 Hà Tĩnh): Sở Tư pháp proposes, the Chủ tịch decides
    doc = parsed("web/ha-tinh_2979-qd-ubnd.md")
    c = clause(doc, "Điều 2.4.3.b")
    assert c.text.startswith("b) Đề nghị Chủ tịch Ủy ban nhân dân tỉnh thành lập")
    assert has(c.responsibility.lead, "Sở Tư pháp") and not has(c.responsibility.lead, "Chủ tịch Ủy ban nhân dân tỉnh")


def test_a_window_keeps_its_end(parsed):
    # "Hội nghị hiệp thương lần thứ hai ... được thực hiện trong ngày 02/02/2026 đến ngày 03/02/2026" (xã Lương Minh)
    doc = parsed("html/luong-minh_kh-hoi-nghi-hiep-thuong-lan-hai.htm")
    assert clause(doc, "IV.1").responsibility.deadline == "trong ngày 02/02/2026 đến ngày 03/02/2026"
    from ingest.responsibilities import extract_deadline
    assert extract_deadline("- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực") == "Từ ngày 05/02/2026 - 08/02/2026"
    assert extract_deadline("từ ngày 1/7/2025 triển khai") == ""  # a start alone is no deadline


def test_a_generic_head_a_verb_and_a_capitalised_word_are_one_name(parsed):
    # "Hội đồng thẩm định Nhà nước thẩm định Báo cáo đề xuất chủ trương đầu tư ..." (TB kết luận làm việc với Sơn La)
    doc = parsed("web/son-la_b13aef6a.md")
    assert clause(doc, "III.4").responsibility.lead == ["Hội đồng thẩm định Nhà nước"]
    from ingest.responsibilities import extract_from_text
    assert extract_from_text("Sở Y tế hướng dẫn Ủy ban nhân dân các xã thực hiện.").lead == ["Sở Y tế"]  # an object


def test_what_a_body_is_made_of_assigns_it_nothing(parsed):
    # "2. Cơ quan quản lý công chức, bao gồm: / a) Văn phòng Trung ương Đảng, ..." (NĐ 170, Điều 2.2) and "2. Hội đồng
    # xét đền bù bao gồm các thành viên:" (NĐ 171, Điều 10.2) list members, not tasks
    doc = parsed("web/chinh-phu_170-2025-nd-cp.md")
    assert not clause(doc, "Điều 2.2").responsibility.lead and not clause(doc, "Điều 2.2.b").responsibility.lead
    doc = parsed("web/chinh-phu_171-2025-nd-cp.md")
    assert not clause(doc, "Điều 10.2.a").responsibility.lead
    doc = parsed("web/quang-tri_2696-qd-ubnd.md")
    assert not any("gồm" in u for u in clause(doc, "Điều 6.1").responsibility.lead)


def test_who_proposed_and_where_to_submit_are_read_from_real_clauses(parsed):
    # Điều lệ Quỹ BVMT Quảng Trị, Điều 6.1.b ("... trên cơ sở đề nghị của Giám đốc Sở ... và Giám đốc Sở Nội vụ") and
    # NĐ 158, Điều 37.1.a ("... nộp hồ sơ cho cơ quan quản lý cấp trên trực tiếp"): the units the answers name
    from assistant.answer.default import _object_unit, sentences
    from core.lexicon import roles
    from ingest.units import unit_phrase_at
    text = clause(parsed("web/quang-tri_2696-qd-ubnd.md"), "Điều 6.1.b").text
    proposer = roles().named_after["proposer"]
    sent = next(s for s in sentences(text) if proposer.search(s))
    assert unit_phrase_at(sent, proposer.search(sent).end())[0] == \
        "Giám đốc Sở Nông nghiệp và Môi trường và Giám đốc Sở Nội vụ"
    text = clause(parsed("web/chinh-phu_158-2025-nd-cp.md"), "Điều 37.1.a").text
    sent = next(s for s in sentences(text) if "không còn tồn tại" in s)
    m = roles().recipient.search(sent)
    assert unit_phrase_at(sent, m.end()) is None  # "quản lý" reads as its verb ...
    assert _object_unit(sent, m.end())[0] == "cơ quan quản lý cấp trên trực tiếp"  # ... but it is the object's name


def test_a_procedures_authority_fields_name_who_decides_and_who_takes_the_file(parsed):
    # "2. Cơ quan thực hiện: / - Cơ quan tiếp nhận hồ sơ: Sở Khoa học và Công nghệ. / - Cơ quan có thẩm quyền công nhận:
    # Ủy ban nhân dân Thành phố Hồ Chí Minh" (QĐ 2817 TP.HCM): the deciding body leads, the receiving one carries it out
    doc = parsed("web/ho-chi-minh_2817-qd-ubnd.md")
    c = next(c for c in doc.clauses if "Cơ quan tiếp nhận hồ sơ: Sở" in c.text and "Cơ quan có thẩm quyền công nhận" in c.text)
    assert has(c.responsibility.lead, "Ủy ban nhân dân Thành phố Hồ Chí Minh"), c.responsibility
    assert has(c.responsibility.implementers, "Sở Khoa học và Công nghệ"), c.responsibility
    assert not any(u.startswith("Cơ quan") for u in c.responsibility.lead)
    # "- Cơ quan có thẩm quyền giải quyết TTHC: Ủy ban nhân dân cấp xã." (QĐ 2913 Hà Tĩnh)
    doc = parsed("web/ha-tinh_2913-qd-ubnd.md")
    fields = [c for c in doc.clauses if "Cơ quan có thẩm quyền giải quyết TTHC: Ủy ban nhân dân cấp xã" in c.text]
    assert fields and all(c.responsibility.lead == ["Ủy ban nhân dân cấp xã"] for c in fields), \
        [(c.path, c.responsibility.lead) for c in fields]


def test_prose_in_a_role_column_is_no_unit(parsed):
    # QĐ 2817 TP.HCM: where the portal's cells slid, the role column holds a procedure's text; its pieces that are prose
    # ("1. Trình tự", "không có xung đột lợi ích ...") name no one, a list of bodies stays whole
    from ingest.tables import _names_in
    assert _names_in("Sở Tư pháp, các sở, ngành liên quan; Ủy ban nhân dân các xã, phường") == [
        "Sở Tư pháp", "các sở, ngành liên quan", "Ủy ban nhân dân các xã, phường"]
    assert _names_in("1. Trình tự; không có xung đột lợi ích trong quá trình tham gia hoạt động của Hội đồng") == []
    doc = parsed("web/ho-chi-minh_2817-qd-ubnd.md")
    leads = [u for c in doc.clauses if c.kind == "table_row" for u in c.responsibility.lead]
    assert leads and not any(u[:1].islower() and not u.startswith("các") for u in leads), leads[:5]
    assert "1. Trình tự" not in leads


def test_a_rule_about_people_and_a_proper_name_before_duoc_giao_assign_as_written(parsed):
    # "1. Công chức có thể bị tạm đình chỉ công tác trong các trường hợp sau:" (NĐ 170 Điều 56.1) is whom the items are
    # about, no office holder leading them; "Văn phòng Ủy ban nhân dân tỉnh được giao quản lý danh bạ ..." (QĐ 99 Nghệ
    # An Điều 7.1) is assigned: "được giao" is no part of a body named properly
    doc = parsed("web/chinh-phu_170-2025-nd-cp.md")
    assert all(not c.responsibility.lead for c in doc.clauses if c.path.startswith("Điều 56.1"))
    doc = parsed("web/nghe-an_99-2025-qd-ubnd.md")
    assert clause(doc, "Điều 7.1").responsibility.lead == ["Văn phòng Ủy ban nhân dân tỉnh"]


# --- a procedure's record laid out in a table (portal Markdown) --------------------------------------------------
def test_a_procedures_record_laid_out_in_a_table_reads_as_its_fields_and_steps(parsed):
    # QĐ 3004 Hà Tĩnh, B. Quy trình nội bộ: "| 2.5 | Thời hạn giải quyết: Ngay sau khi nhận đủ hồ sơ hợp lệ. |", "| 2.7 |
    # Cơ quan thực hiện: Sở Y tế Cơ quan có thẩm quyền quyết định: Sở Y tế ... |", then "| TT | Trình tự | Trách nhiệm
    # | Thời gian | Biểu mẫu/Kết quả |" and "| B2 | Khi nhận hồ sơ ... | Chuyên viên được giao xử lý hồ sơ | Ngay sau ... |"
    doc = parsed("web/ha-tinh_3004-qd-ubnd.md")
    procedure = next(c for c in doc.clauses if c.text.startswith("1. Công bố đủ điều kiện sản xuất thiết bị y tế"))
    assert procedure.responsibility.lead == ["Sở Y tế"], procedure.responsibility
    assert procedure.responsibility.deadline.startswith("Ngay sau khi nhận đủ hồ sơ hợp lệ")
    steps = [c for c in doc.clauses if c.text.startswith("- B2 – Khi nhận hồ sơ")]
    assert len(steps) == 3, [c.path for c in steps]  # one in each procedure of the record
    assert all(c.responsibility.lead == ["Chuyên viên được giao xử lý hồ sơ"] for c in steps)
    assert "Công bố đủ điều kiện sản xuất thiết bị y tế" in steps[0].heading_trail
    assert not any(c.text.lstrip().startswith("|") for c in doc.clauses), "no raw table row left as a clause's text"
    # QĐ 2904 Hà Tĩnh: the table of steps goes on after a page break without its header ("| B3 | Trực tiếp xử lý ...
    # | Lãnh đạo Phòng QLBCXB | 0,25 ngày |"); "Cơ quan có thẩm quyền" / "Quyết định: UBND tỉnh." wrapped in a cell
    doc = parsed("web/ha-tinh_2904-qd-ubnd.md")
    b3 = [c for c in doc.clauses if c.text.startswith("- B3 – Trực tiếp xử lý")]
    assert len(b3) == 2 and all(c.responsibility.lead == ["Lãnh đạo Phòng QLBCXB"] and c.responsibility.deadline ==
                                "0,25 ngày" for c in b3), [(c.path, c.responsibility) for c in b3]
    second = next(c for c in doc.clauses if c.text.startswith("2. Thủ tục sửa đổi, bổ sung/cấp lại giấy chứng nhận"))
    assert has(second.responsibility.lead, "UBND tỉnh"), second.responsibility


def test_a_fields_value_stops_where_the_next_field_starts():
    from ingest.layout_tables import split_fields
    from ingest.responsibilities import parse_label_line
    cell = ("Cơ quan thực hiện: Sở Y tế Cơ quan có thẩm quyền quyết định: Sở Y tế Cơ quan được ủy quyền: Không. "
            "Cơ quan phối hợp: Không.")
    assert split_fields(cell) == ["Cơ quan thực hiện: Sở Y tế", "Cơ quan có thẩm quyền quyết định: Sở Y tế",
                                  "Cơ quan được ủy quyền: Không.", "Cơ quan phối hợp: Không."]
    assert parse_label_line("Cơ quan thực hiện: Sở Y tế Cơ quan có thẩm quyền quyết định:").value == "Sở Y tế"
    assert parse_label_line("Thời gian thực hiện: Tháng 3/2026 Đơn vị chủ trì: Sở Nội vụ").value == "Tháng 3/2026"
    assert parse_label_line("Đơn vị chủ trì: Sở Tư pháp, Sở Y tế").value == "Sở Tư pháp, Sở Y tế"


def test_label_lines_after_the_last_of_unlabelled_items_are_the_groups(parsed):
    # KH bầu cử MTTQ xã Lương Minh, II.3: "3.1. Tham gia ... 3.2. Tổng hợp, báo cáo ... 3.3. Theo dõi, đôn đốc ... /
    # - Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực ... / - Đơn vị phối hợp: Các đ/c Phó chỉ tịch, ..."
    doc = parsed("html/luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm")
    first = next(c for c in doc.clauses if c.text.startswith("3.1. Tham gia các đoàn kiểm tra, giám sát"))
    assert has(first.responsibility.lead, "Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội")
    assert has(first.responsibility.partners, "Các đ/c Phó chỉ tịch"), first.responsibility
    # ... while the items of II.2, each with its own label lines, keep their own
    own = next(c for c in doc.clauses if c.text.startswith("2.3. Theo dõi, tổng hợp số liệu"))
    assert own.responsibility.deadline == "Quý I/2026" and not own.responsibility.inherited


def test_items_after_a_units_lead_in_are_that_units(parsed):
    # Báo cáo UBND Lào Cai (Chỉ thị 38), "4. Đề xuất, kiến nghị / Đề nghị Bộ Nông nghiệp và Môi trường: / (1). Xem xét
    # ... / (2). Xem xét, sớm triển khai thực hiện xây dựng cơ sở dữ liệu quốc gia về tài nguyên địa chất, khoáng sản"
    doc = parsed("office/lao-cai_bc-ubnd_ket-qua-chi-thi-38.docx")
    item = next(c for c in doc.clauses if c.text.startswith("(2). Xem xét, sớm triển khai thực hiện xây dựng cơ sở dữ liệu"))
    assert item.responsibility.lead == ["Bộ Nông nghiệp và Môi trường"] and item.responsibility.requested
    assert "Đề nghị Bộ Nông nghiệp và Môi trường:" in item.heading_trail
    # the report's courtesy close after the last proposal ("Ủy ban nhân dân tỉnh Lào Cai trân trọng báo cáo Bộ Nông
    # nghiệp và Môi trường ...") assigns that proposal to no one else
    last = next(c for c in doc.clauses if c.text.startswith("(4). Sớm điều chỉnh, hướng dẫn giải quyết"))
    assert last.responsibility.lead == ["Bộ Nông nghiệp và Môi trường"], last.responsibility


def test_a_funding_verb_ends_the_funds_name(parsed):
    # QĐ 2696 Quảng Trị, Điều lệ Điều 14.1: "1. Quỹ Bảo vệ môi trường tài trợ cho hoạt động, nhiệm vụ bảo vệ môi trường
    # ...: / a) Tuyên truyền, giáo dục ..."
    doc = parsed("web/quang-tri_2696-qd-ubnd.md")
    item = next(c for c in doc.clauses if c.text.startswith("a) Tuyên truyền, giáo dục nâng cao nhận thức môi trường"))
    assert item.responsibility.lead == ["Quỹ Bảo vệ môi trường"], item.responsibility


def test_a_unit_glued_to_the_word_before_it_still_heads_its_article(parsed):
    # "Điều 4. Trách nhiệm củaTrung tâm Phục vụ hành chính công tỉnh" (QĐ 88/2025 Lai Châu, a typing slip): the unit is
    # read apart from "của" and leads the items under it (tune-fresh23 t23-08)
    doc = parsed("web/lai-chau_88-2025-qd-ubnd.md")
    assert clause(doc, "Điều 4").title == "Trách nhiệm của Trung tâm Phục vụ hành chính công tỉnh"
    assert has(clause(doc, "Điều 4.1.c").responsibility.lead, "Trung tâm Phục vụ hành chính công tỉnh")



def test_a_generic_body_described_by_what_it_runs_or_was_given_keeps_the_description(parsed):
    # "4. Phối hợp với đơn vị điện lực quản lý vận hành lưới điện áp cao xử lý chặt tỉa ..." (QĐ 27/2025 Thái Nguyên,
    # Điều 5.4) and "3. Các cơ quan, đơn vị được cấp 01 tài khoản quản trị Thư điện tử công vụ." (QĐ 99/2025 Nghệ An,
    # Điều 10.3): a name with no proper word runs on over "quản lý vận hành", "được cấp" (units.toml generic_only)
    r = clause(parsed("web/thai-nguyen_27-2025-qd-ubnd.md"), "Điều 5.4").responsibility
    assert r.lead == ["đơn vị điện lực quản lý vận hành lưới điện áp cao"]
    r = clause(parsed("web/nghe-an_99-2025-qd-ubnd.md"), "Điều 10.3").responsibility
    assert r.lead == ["Các cơ quan, đơn vị được cấp 01 tài khoản quản trị Thư điện tử công vụ"]


def test_a_time_limit_keeps_what_it_runs_from(parsed):
    # "... phải hoàn thành chương trình bồi dưỡng ... trong thời hạn 12 tháng kể từ ngày quyết định bổ nhiệm có hiệu
    # lực." (NĐ 171/2025 Điều 16.2): the deadline says from when, and is still read as 12 months (roles.toml [[deadline]])
    r = clause(parsed("web/chinh-phu_171-2025-nd-cp.md"), "Điều 16.2").responsibility
    assert r.deadline == "trong thời hạn 12 tháng kể từ ngày quyết định bổ nhiệm có hiệu lực"
    assert r.due is not None and r.due.kind.value == "within" and r.due.days == 360


def test_an_amended_item_marked_by_its_footnote_right_after_its_letter(parsed):
    # a consolidated text writes an amended point "a)[24]" or "1.[9]" alone on its line (VBHN 94/VBHN-BQP): it is still
    # the point, so "b) Bộ Chỉ huy quân sự cấp tỉnh, thành phố trực thuộc trung ương" after it is a unit heading of its
    # own, whose items it leads
    doc = parsed("web/bo-quoc-phong_94-vbhn-bqp.md")
    assert clause(doc, "Điều 12.4.a").text.lstrip("a) ").startswith("[24] Cơ quan quân sự địa phương cấp xã")
    assert clause(doc, "Điều 8.1").text.startswith("1.[9] Phương án kỹ thuật thi công")
    approve = clause(doc, "Điều 12.4.b.1")
    assert approve.text.startswith("- Phê duyệt kế hoạch thu gom, vận chuyển, tiêu hủy")
    assert approve.responsibility.lead == ["Bộ Chỉ huy quân sự cấp tỉnh, thành phố trực thuộc trung ương"]


def test_a_body_with_no_proper_name_defined_by_its_role(parsed):
    # procedures name bodies by their role: "Cơ quan, đơn vị chủ trì lập kế hoạch có trách nhiệm gửi hồ sơ ..." defines
    # the body; the same document then writes "Cơ quan, đơn vị chủ trì lập kế hoạch tổ chức lựa chọn đơn vị tư vấn"
    # (QĐ 2913 Hà Tĩnh, Bước 1 and 3)
    doc = parsed("web/ha-tinh_2913-qd-ubnd.md")
    for opening in ("- Bước 1: Lựa chọn đơn vị tư vấn", "- Bước 3: Xin ý kiến của các cơ quan, đơn vị"):
        step = next(c for c in doc.clauses if c.text.startswith(opening))
        assert step.responsibility.lead == ["Cơ quan, đơn vị chủ trì lập kế hoạch"], (opening, step.responsibility)
    # a heading naming such a body leads its items; "Cơ quan phối hợp có trách nhiệm ..." is the partnering body
    # (Chỉ thị 010 Đắk Lắk II.3, II.4)
    ct = parsed("web/dak-lak_010-ct-ubnd.md")
    assert clause(ct, "II.3.c").responsibility.lead == ["Cơ quan chủ trì giải quyết thủ tục đầu tư dự án"]
    assert clause(ct, "II.4").responsibility.lead == ["Cơ quan phối hợp"]
    # under a unit heading, "cơ quan chủ trì" in a later sentence is that heading's unit (Đắk Lắk I.1.b)
    assert clause(ct, "I.1.b", 1).responsibility.lead[0].startswith("Các cơ quan đăng ký đầu tư")
    # a role field restating its role names the unit alone: "Cơ quan chủ trì thực hiện: Các địa phương chủ trì"
    # (TB 624/TB-VPCP, appendix row 38)
    assert clause(parsed("web/chinh-phu_624-tb-vpcp.md"), "PL.2.38").responsibility.lead == ["Các địa phương"]


def test_points_numbered_under_a_point_are_its_items(parsed):
    # "b) Môn kỹ năng: ... b1) Thủ tục đăng ký ...; b2) ..." (Thông tư 35/2025/TT-BKHCN, the Quy chế on industrial
    # property agents, Điều 3.1.b): each "b1)" is an item of "b)", not part of its text
    doc = parsed("web/vb_cd24d493.md")
    b = [c for c in doc.clauses if c.path == "Điều 3.1.b" and c.text.startswith("b) Môn kỹ năng")]
    assert b, [c.path for c in doc.clauses if c.path.startswith("Điều 3.1")]
    kids = [doc.clause(k) for k in b[-1].children]
    assert [k.path.rsplit(".", 1)[1] for k in kids][:2] == ["b1", "b2"], [k.path for k in kids]
    assert "b1)" not in b[-1].text


def test_a_slip_in_the_partner_phrase_still_names_the_partners(parsed):
    # "Giao Bộ Giáo dục và Đào tạo chủ trì, phối với Bộ Tài chính và các cơ quan liên quan rà soát, ..." (TB Sơn La,
    # XV.5; "phối hợp với" written without "hợp")
    doc = parsed("web/son-la_b13aef6a.md")
    r = next(c for c in doc.clauses if "chủ trì, phối với Bộ" in c.text).responsibility
    assert r.lead == ["Bộ Giáo dục và Đào tạo"] and "Bộ Tài chính" in r.partners, r


def test_a_village_head_is_an_office_holder(parsed):
    # "- Trưởng Ban Công tác Mặt trận thôn phối hợp với Trưởng thôn lập danh sách và mời cử tri đến dự hội nghị." (KH lấy
    # ý kiến cử tri nơi cư trú, xã Lương Minh, III.2.1): the first carries the task out with the village head's help
    r = clause(parsed("html/luong-minh_kh-lay-y-kien-cu-tri-noi-cu-tru.htm"), "III.2.1").responsibility
    assert r.lead == ["Trưởng Ban Công tác Mặt trận thôn"] and r.partners == ["Trưởng thôn"], r


def test_a_representative_of_a_bodys_leadership_leads_the_cases_listed(parsed):
    # "2. Đại diện lãnh đạo cơ quan cấp trên trực tiếp chủ trì thực hiện quy trình bổ nhiệm đối với các trường hợp sau:
    # a) Bổ nhiệm người đứng đầu, cấp phó ... mới được thành lập; ..." (NĐ 170/2025 Điều 34.2; tune-fresh33 t33-04): the
    # person acting for the body leads, and "cấp trên trực tiếp" is part of the body's name, not a verb
    doc = parsed("web/chinh-phu_170-2025-nd-cp.md")
    for path in ("Điều 34.2", "Điều 34.2.a"):
        assert clause(doc, path).responsibility.lead == ["Đại diện lãnh đạo cơ quan cấp trên trực tiếp"], path


def test_a_heading_describing_a_body_and_naming_another_after_va_makes_both_lead(parsed):
    # "Điều 18. Trách nhiệm trong quản lý an toàn ... / 2. Cơ quan quản lý nhà nước về khắc phục hậu quả bom mìn vật nổ và
    # các cơ quan chức năng có liên quan / a) Có trách nhiệm kiểm tra định kỳ hoặc đột xuất ..." (VBHN 94/BQP Điều 18.2;
    # tune-fresh37 t37-10); "Trách nhiệm của tổ chức, đơn vị điều tra, khảo sát, rà phá bom mìn vật nổ" (Điều 12.3):
    # "tổ chức" before "đơn vị" is the body, not the verb
    doc = parsed("web/bo-quoc-phong_94-vbhn-bqp.md")
    r = clause(doc, "Điều 18.2.a").responsibility
    assert r.lead == ["Cơ quan quản lý nhà nước về khắc phục hậu quả bom mìn vật nổ",
                      "các cơ quan chức năng có liên quan"], r
    assert clause(doc, "Điều 12.3.c").responsibility.lead == \
        ["tổ chức, đơn vị điều tra, khảo sát, rà phá bom mìn vật nổ"]
    # ... but a list of fields ends with its "và": one office holder ("Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn
    # giáo và các Hội quần chúng")
    from ingest.responsibilities import heading_units
    assert heading_units("Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng")[0] == \
        ["Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"]


def test_a_unit_after_a_time_that_opens_the_sentence_is_its_subject(parsed):
    # "4. Hằng năm, Sở Nội vụ thành phố Hà Nội ban hành văn bản hướng dẫn, đôn đốc các cấp, các ngành, các đơn vị tổ
    # chức thực hiện Quy chế này." (QĐ 71/2025 Hà Nội, Quy chế Điều 12.4; tune-fresh38 t38-32)
    r = clause(parsed("web/ha-noi_71-2025-qd-ubnd.md"), "Điều 12.4").responsibility
    assert r.lead == ["Sở Nội vụ thành phố Hà Nội"] and r.deadline == "Hằng năm", r


def test_what_is_listed_under_a_period_happens_in_it(parsed):
    # "2.1. Đợt 1: Trong tháng 12/2025 / - Tuyên truyền Chỉ thị số 46 ..." and "2.2. Đợt 2: Từ tháng 01 đến ngày bầu cử
    # 15/3/2026 / - Tập trung tuyên truyền đậm nét, cao điểm ..." (KH Tiểu ban thông tin, tuyên truyền, khánh tiết bầu cử
    # xã Phố Bảng, II.2; tune-fresh37 t37-50, tune-fresh38 t38-33): the period runs to an event's day
    doc = parsed("html/luong-minh_kh-tieu-ban-tuyen-truyen-bau-cu.htm")
    assert clause(doc, "II.2.1.1").responsibility.deadline == "Trong tháng 12/2025"
    assert clause(doc, "II.2.2.2").responsibility.deadline == "Từ tháng 01 đến ngày bầu cử 15/3/2026"
    assert clause(doc, "II.2.3.1").responsibility.deadline == ""  # "Đợt 3: Sau ngày bầu cử 15/3/2026" sets no time limit
    assert not clause(doc, "II.2").responsibility.deadline  # a heading that only says "theo thời gian"


def test_a_party_a_regulation_names_by_its_role_alone_leads_its_duty(parsed):
    # "Chủ đầu tư | chịu trách nhiệm thiết lập hệ thống quản lý chất lượng", "Người quyết định đầu tư, chủ đầu tư | căn cứ
    # kết quả thẩm định" (VBHN 94/VBHN-BQP, Thông tư Điều 15.1, 9.5); "Người điều hành | tiến hành đo, khảo sát giếng"
    # (Thông tư khai thác dầu khí của Bộ Công Thương, Điều 12.1): the words after the role are the duty, not the name
    doc = parsed("web/bo-quoc-phong_94-vbhn-bqp.md")
    assert clause(doc, "Điều 15.1").responsibility.lead == ["Chủ đầu tư"]
    assert clause(doc, "Điều 9.5").responsibility.lead == ["Người quyết định đầu tư", "chủ đầu tư"]
    assert clause(parsed("web/bo-cong-thuong_2c2b3ff4.md"), "Điều 12.1").responsibility.lead == ["Người điều hành"]
    # ... but a right or a case assigns no duty: "Người sử dụng lao động thuộc một trong các trường hợp sau" (NĐ 158/2025
    # Điều 10.2)
    assert not clause(parsed("web/chinh-phu_158-2025-nd-cp.md"), "Điều 10.2").responsibility.lead


def test_an_authority_is_named_with_what_it_has_authority_for(parsed):
    # "Bước 5: Cấp có thẩm quyền đánh giá | thông báo bằng văn bản cho cán bộ, công chức, viên chức" (QĐ 212/2025 Hải
    # Phòng, Quy định Điều 9.5; tune-fresh20 t20-16); "Người quản lý trực tiếp | có ý kiến nhận xét" (Điều 9.2)
    doc = parsed("web/hai-phong_212-2025-qd-ubnd.md")
    assert clause(doc, "Điều 9.5").responsibility.lead == ["Cấp có thẩm quyền đánh giá"]
    assert clause(doc, "Điều 9.2.1").responsibility.lead == ["Người quản lý trực tiếp"]


def test_items_belong_to_the_body_of_the_sentence_that_introduces_them(parsed):
    # "b) Chủ đầu tư lựa chọn đơn vị tư vấn, điều tra, khảo sát theo quy định tại Điều 17 Nghị định 18/2019/NĐ-CP. Đơn vị
    # tư vấn, điều tra, khảo sát bom mìn vật nổ có nhiệm vụ: / - Xây dựng, đề xuất quy trình quản lý chất lượng nội bộ
    # ..." (VBHN 94/VBHN-BQP, Thông tư Điều 7.1.b; tune-fresh19 t19-04, tune-fresh36 t36-11)
    doc = parsed("web/bo-quoc-phong_94-vbhn-bqp.md")
    assert clause(doc, "Điều 7.1.b").responsibility.lead == ["Chủ đầu tư"]
    for n in range(1, 5):
        assert clause(doc, f"Điều 7.1.b.{n}").responsibility.lead == \
            ["Đơn vị tư vấn, điều tra, khảo sát bom mìn vật nổ"]


def test_a_unit_heading_leads_an_item_that_directs_others_further_on(parsed):
    # "5. Ủy ban nhân dân các tỉnh, thành phố / a) Căn cứ mục tiêu, nội dung, giải pháp của Đề án để cụ thể hóa thành các
    # chương trình, kế hoạch ..., chỉ đạo các đơn vị thuộc thẩm quyền thực hiện" (QĐ 2597/QĐ-TTg Điều 1.V.5.a;
    # tune-fresh16 t16-06)
    r = clause(parsed("web/chinh-phu_2597-qd-tt.md"), "Điều 1.V.5.a").responsibility
    assert r.lead == ["Ủy ban nhân dân các tỉnh, thành phố"] and r.implementers == ["các đơn vị thuộc thẩm quyền"], r


def test_duties_under_a_heading_naming_no_one_are_the_first_items_body_named_in_full(parsed):
    # "Điều 3. Nhiệm vụ / 1. Quỹ có nhiệm vụ hỗ trợ tài chính ... / 4. Đôn đốc các tổ chức, cá nhân khai thác khoáng sản
    # ..." (Điều lệ Quỹ Bảo vệ môi trường tỉnh Quảng Trị, QĐ 2696/QĐ-UBND; tune-fresh40 t40-49): every duty is the
    # Fund's, and "Quỹ" alone is the Fund the text names after "của" ("hoạt động của Quỹ Bảo vệ môi trường")
    # (named with its province, as Điều 1 of the decision names it once: "Điều lệ tổ chức và hoạt động của Quỹ Bảo vệ môi
    # trường tỉnh Quảng Trị và Quyết định số 2413/QĐ-UBND ...", where the name ends before the decision it cites)
    doc = parsed("web/quang-tri_2696-qd-ubnd.md")
    for path in ("Điều 3.1", "Điều 3.4", "Điều 3.8"):
        assert clause(doc, path).responsibility.lead == ["Quỹ Bảo vệ môi trường tỉnh Quảng Trị"], path
    assert clause(doc, "Điều 3.4").responsibility.inherited


@pytest.mark.parametrize("rel, path, lead", [
    # "Bên bán điện chỉ có quyền chuyển giao ..." (TT 58/2025/TT-BCT, Phụ lục III Điều 14.2): "chỉ" says how the party
    # does its duty, it is no word of the party's name
    ("web/bo-cong-thuong_58-2025-tt-bct.md", "PL III.Điều 14.2.1", ["Bên bán điện"]),
    # "- Ủy ban nhân dân xã, phường xác nhận mối quan hệ của người viết đơn với người lao động." (NĐ 158/2025/NĐ-CP,
    # mẫu đơn, 16.2): "xác nhận" is the task
    ("web/chinh-phu_158-2025-nd-cp.md", "16.2", ["Ủy ban nhân dân xã, phường"]),
])
def test_a_name_ends_where_its_task_begins(parsed, rel, path, lead):
    assert clause(parsed(rel), path).responsibility.lead == lead


@pytest.mark.parametrize("rel, path, lead", [
    # "a) Giám đốc Quỹ do Chủ tịch UBND tỉnh bổ nhiệm, miễn nhiệm theo nhiệm kỳ 05 năm ..." (QĐ 2696 Quảng Trị, Điều lệ
    # Điều 8.1.a): the agent after "do" acts on the body before it
    ("web/quang-tri_2696-qd-ubnd.md", "Điều 8.1.a", ["Chủ tịch UBND tỉnh"]),
    ("web/quang-tri_2696-qd-ubnd.md", "Điều 8.1.b", ["Chủ tịch Hội đồng Quản lý Quỹ"]),
    # "1. Ban ra đề do Chủ tịch Hội đồng thành lập, gồm: ..." (TT 35/2025/TT-BKHCN, Quy chế Điều 8.1)
    ("web/vb_cd24d493.md", "Điều 8.1", ["Chủ tịch Hội đồng"]),
    # "Cán bộ các cơ quan trong hệ thống chính trị được đề nghị bổ nhiệm ... phải đủ tuổi ...; các cấp ủy, tổ chức đảng,
    # tập thể lãnh đạo trực tiếp quản lý cán bộ phải tiến hành các bước cụ thể như sau:" (Hướng dẫn 45-HD/BTCTW III.1.2):
    # whoever is proposed undergoes it; the party committees act
    ("web/vb_fe168907.md", "III.1.2", ["các cấp ủy, tổ chức đảng, tập thể lãnh đạo trực tiếp quản lý cán bộ"]),
    # "Ví dụ: Đồng chí Nguyễn Văn X, Ủy viên Ban Thường vụ Tỉnh ủy ... được bổ nhiệm ...": an example, no task (II.1.1.1)
    ("web/vb_fe168907.md", "II.1.1.1", []),
])
def test_whom_a_sentence_acts_on_is_no_lead(parsed, rel, path, lead):
    assert clause(parsed(rel), path).responsibility.lead == lead


def test_an_opening_on_what_grounds_comes_before_the_role(parsed):
    # "5. Ủy ban nhân dân các tỉnh, thành phố ... / c) Theo chức năng, nhiệm vụ, chủ trì hoặc phối hợp với Bộ Xây dựng
    # thực hiện ...": the opening says on what grounds; the heading's unit leads, Bộ Xây dựng partners
    c = clause(parsed("web/chinh-phu_2597-qd-tt.md"), "Điều 1.V.5.c")
    assert c.text.startswith("c) Theo chức năng, nhiệm vụ")
    assert has(c.responsibility.lead, "Ủy ban nhân dân các tỉnh, thành phố") and has(c.responsibility.partners, "Bộ Xây dựng")


@pytest.mark.parametrize("text, lead", [
    # Công điện 96/CĐ-BXD of 2025 (Bộ Xây dựng, on the floods in the Centre), item 7: "đầu tư xây dựng" is the name's
    # field, not "xây dựng" the verb
    ("7. Cục Kinh tế - Quản lý đầu tư xây dựng chủ trì theo dõi, nắm bắt thường xuyên diễn biến thị trường, biến động "
     "giá vật liệu xây dựng", ["Cục Kinh tế - Quản lý đầu tư xây dựng"]),
    # Nghị quyết 377/NQ-CP of 2025, Điều 2: whom the task is given ends where the authority it acts by begins
    ("Giao Bộ trưởng Bộ Công an thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình của Chính phủ về dự "
     "án Pháp lệnh", ["Bộ trưởng Bộ Công an"]),
])
def test_a_units_name_ends_where_its_words_do(text, lead):
    from ingest.responsibilities import extract_from_text

    assert extract_from_text(text).lead == lead


# --- forms drawn from blind set b19 (parser v95) -----------------------------------------------------------------
EXTERNAL = Path(__file__).resolve().parents[2] / "eval" / "external" / "docs"


def test_an_article_handing_its_items_to_one_unit_is_their_heading(parsed):
    # "Điều 2. Nhiệm vụ và quyền hạn / Bộ Nội vụ thực hiện nhiệm vụ, quyền hạn theo quy định ... và những nhiệm vụ,
    # quyền hạn cụ thể sau: / 5. ... / c) Chủ trì, phối hợp với Văn phòng Chính phủ và các bộ ...": the item with no
    # subject is the Ministry's, with the bodies it names as partners
    doc = parsed(str(EXTERNAL / "b16" / "389276e8dae699ce.md"))
    c = clause(doc, "Điều 2.5.c")
    assert c.text.startswith("c) Chủ trì, phối hợp với Văn phòng Chính phủ")
    assert c.responsibility.lead == ["Bộ Nội vụ"] and has(c.responsibility.partners, "Văn phòng Chính phủ")
    # "Phối hợp với X ..." under such an article: X leads, the article's unit partners (QĐ of Đà Nẵng on the Hội An
    # heritage centre, Điều 2)
    doc = parsed(str(EXTERNAL / "b4" / "7599f6525eb44d2e.md"))
    c = next(c for c in doc.clauses if c.text.split(" ", 1)[1].startswith("Phối hợp với các tổ chức, chính quyền"))
    assert has(c.responsibility.partners, "Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An")
    assert c.responsibility.lead == ["các tổ chức, chính quyền địa phương"]


def test_a_procedures_steps_name_who_does_each_in_a_column_of_their_own(parsed):
    # "| TT | Bộ phận | Nội dung công việc | Thời gian |": "Bộ phận" is who does the step; a row one cell short, its
    # merged "Bộ phận" cell dropped by the portal, is done by the department above (step 5 after step 4)
    doc = parsed(str(EXTERNAL / "b16" / "5a80798bbf985e87.md"))
    step4, step5, step6 = (clause(doc, f"Điều 23.2.{n}") for n in (4, 5, 6))
    assert step4.kind == "table_row" and step4.text.startswith("Tổ chức họp Hội đồng để thẩm định")
    assert step4.responsibility.lead == ["Sở Nông nghiệp và Môi trường"] and step4.responsibility.deadline == "5 ngày"
    assert step5.text.startswith("Hoàn thiện hồ sơ, trình Chủ tịch Ủy ban nhân dân tỉnh")
    assert step5.responsibility.lead == ["Sở Nông nghiệp và Môi trường"] and step5.responsibility.deadline == "5 ngày"
    assert step6.responsibility.lead == ["Chủ tịch Ủy ban nhân dân tỉnh"]


def test_a_bold_heading_wrapped_over_lines_and_lettered_parts(parsed):
    # "**PHẦN II. QUY TRÌNH NỘI BỘ ...**" / "**A. THỦ TỤC HÀNH CHÍNH NỘI BỘ CẤP TỈNH**" / "1. Ban hành kế hoạch ...":
    # a capital letter in capitals ranks between the part and its numbered procedures, and its path says so
    doc = parsed("web/ha-tinh_2913-qd-ubnd.md")
    assert clause(doc, "Phần II.A").title == "THỦ TỤC HÀNH CHÍNH NỘI BỘ CẤP TỈNH"
    assert clause(doc, "Phần II.B").title == "THỦ TỤC HÀNH CHÍNH NỘI BỘ CẤP XÃ"
    assert clause(doc, "Phần II.A.1").text.startswith("1. Ban hành kế hoạch xử lý, cải tạo và phục hồi ô nhiễm")
    # "**1.6. Cơ quan giải quyết" / "TTHC:**" is one heading; with no value of its own it heads the fields below it
    c = clause(doc, "Phần II.A.1.6")
    assert c.title.startswith("Cơ quan giải quyết TTHC")
    assert c.responsibility.lead == ["Ủy ban nhân dân tỉnh"]
    assert has(c.responsibility.implementers, "Cơ quan chuyên môn được Ủy ban nhân dân tỉnh giao")
    assert not any("Cơ quan trực tiếp" in u for u in c.responsibility.lead)


def test_a_list_right_after_the_bullet_introducing_it_is_the_bullets(parsed):
    # "- Triển khai thực hiện phân cấp, phân quyền theo một số nguyên tắc chính sau:" / "(1) Trung ương tập trung ..."
    doc = parsed("web/bo-chinh-tri_9615b53d.md")
    bullet, first = clause(doc, "3.4"), clause(doc, "3.4.1")
    assert bullet.text.startswith("- Triển khai thực hiện phân cấp, phân quyền theo một số nguyên tắc chính sau:")
    assert first.text.startswith("(1) Trung ương tập trung quản lý vĩ mô")
    assert first.parent_id == bullet.id
    assert len([c for c in doc.clauses if c.path == "3.4.1"]) == 1


def test_a_unit_after_a_topics_colon_leads_but_not_after_a_fields(parsed):
    # "1. Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với các cơ quan, đơn vị có liên quan báo cáo ..."
    doc = parsed(str(EXTERNAL / "b10" / "2957e4f4f0e41373.md"))
    c = clause(doc, "IV.1")
    assert c.responsibility.lead == ["Sở Nội vụ"] and has(c.responsibility.partners, "các cơ quan, đơn vị có liên quan")
    # "a) Nhiệm vụ: Các đơn vị được giao thực hiện ... lập dự toán" beside "b) Cơ quan thực hiện: - Đơn vị chủ trì: Các
    # Sở, ban, ngành.": the record's own field says who leads
    doc = parsed(str(EXTERNAL / "b2" / "8e9a425dd83e56b3.md"))
    c = clause(doc, "II.4.1.a")
    assert c.responsibility.lead == ["Các Sở, ban, ngành"] and c.responsibility.deadline == "Hoàn thành trong năm 2025"
