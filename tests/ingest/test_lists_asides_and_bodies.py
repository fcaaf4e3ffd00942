"""How documents write lists, asides and bodies with no proper name (stop 74), each on a real file:

- a sentence ending with ":" introduces the unlabelled paragraphs after it (their bullets lost on the page): they are its
  items, and the list closes on the item ending with a full stop; a salutation's colon ("Kính gửi:") opens no list;
- an aside set off by commas between a subject and its duty ("Các Bộ, ..., căn cứ theo chức năng nhiệm vụ, phối hợp
  với ...") leaves the subject the one who acts;
- "Trách nhiệm của y tế các Bộ, ngành:" names a body though no unit's name opens it;
- "cơ quan quản lý nhà nước (chuyên ngành về ...)" is a body, "Sở ... quản lý nhà nước về ..." is a body's act;
- a duty ends a name even after a function's words ("cơ quan ... có thẩm quyền | có trách nhiệm ...");
- a procedure's field naming its body by its act ("Đơn vị xây dựng kế hoạch: Bộ ...") leads that field, one naming
  who receives ("Đơn vị nhận kế hoạch: ...") leads nothing, "Thời hạn ...:" is the field's deadline; an acronym
  ("KBNN") names a body's duties; "Hàng không", "Phòng không" are names, "(đối với ...)" a case a body is named for.
"""

from __future__ import annotations

from ingest.responsibilities import extract_from_text, heading_units
from ingest.units import unit_phrase_at
from tests.conftest import REPO, clause_at, parse_file

VBPL = REPO / "tests" / "data" / "vbpl"
LAO_CAI = REPO / "tests" / "data" / "so-cong-thuong-lao-cai"
EXTERNAL_DOCS = REPO / "eval" / "external" / "docs"


def test_a_lead_in_sentence_owns_the_unlabelled_paragraphs_after_it():
    # NĐ 26/2026/NĐ-CP Điều 27.3.b: "Tổ chức, cá nhân hoạt động hóa chất có nghĩa vụ cung cấp, cập nhật ... các thông
    # tin sau đây vào Cơ sở dữ liệu chuyên ngành hóa chất ... bao gồm:" and five paragraphs ending with ";" (blind set
    # b100-11 asked the day of the first one; they had been the lead-in's siblings)
    doc = parse_file(LAO_CAI / "ND-26-2026-quan-ly-hoat-dong-hoa-chat.docx")
    lead_in = clause_at(doc, "Điều 27.3.b.1")
    assert lead_in.text.startswith("Tổ chức, cá nhân hoạt động hóa chất có nghĩa vụ cung cấp")
    first = clause_at(doc, "Điều 27.3.b.1.1")
    assert first.text.startswith("Tình hình hoạt động hóa chất của năm trước định kỳ trước ngày 15 tháng 02")
    assert first.parent_id == lead_in.id
    assert any("Cơ sở dữ liệu chuyên ngành hóa chất" in t for t in first.heading_trail)
    assert clause_at(doc, "Điều 27.3.b.1.5").text.startswith("Tình hình hoạt động hóa chất khi có sự cố")
    assert not any(c.path == "Điều 27.3.b.2" for c in doc.clauses)


def test_a_list_closes_on_its_item_ending_with_a_full_stop():
    # "Các hình thức khen thưởng bao gồm:" / "Huân chương Lao động; ...; Giấy khen." / "Căn cứ thành tích đạt được ..."
    # (a Quảng Ngãi emulation plan, eval/external b11): the paragraph after the list is the lead-in's sibling
    doc = parse_file(EXTERNAL_DOCS / "b11" / "556b2fb4a0149576.md")
    assert clause_at(doc, "III.3.1").text == "Các hình thức khen thưởng bao gồm:"
    assert clause_at(doc, "III.3.1.1").text.startswith("Huân chương Lao động; Bằng khen của Thủ tướng Chính phủ")
    assert clause_at(doc, "III.3.2").text.startswith("Căn cứ thành tích đạt được trong tổ chức, thực hiện Đợt thi đua")


def test_a_salutation_opens_no_list():
    # a form of TT 26/2026/TT-BCT: "Kính gửi: ..." is followed by the form's grounds, which stay its siblings' items
    doc = parse_file(LAO_CAI / "TT-26-2026-TT-BCT-phan-cap-cat-giam-TTHC-BCT.docx")
    for c in doc.clauses:
        if c.text.rstrip() == "Kính gửi:" and c.kind != "table_row":
            assert not c.children, c.path


def test_an_aside_between_subject_and_role_leaves_the_subject_acting():
    # QĐ of the Prime Minister on climate adaptation (eval/external b17) Điều 5.7: "Các Bộ, cơ quan ngang bộ, cơ quan thuộc
    # Chính phủ, căn cứ theo chức năng nhiệm vụ, phối hợp với Bộ Nông nghiệp và Môi trường, Bộ Xây dựng ..." (no one
    # acted before); QĐ 37/2025/QĐ-TTg Điều 5.1 "Bộ Khoa học và Công nghệ, căn cứ vào Quy hoạch ..., có trách nhiệm:"
    # (blind set b106-01) is the same form
    r = clause_at(parse_file(EXTERNAL_DOCS / "b17" / "95bd8f3de5d57a06.md"), "Điều 5.7").responsibility
    assert r.lead == ["Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]
    assert r.partners == ["Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng"]


def test_responsibility_of_a_body_no_unit_name_opens():
    # TT 60/2025/TT-BYT Điều 7.5 "Trách nhiệm của y tế các Bộ, ngành:" / "b) Hướng dẫn các cơ sở khám bệnh, chữa bệnh
    # trong ngành ..." (blind set b105-20); and "Nhiệm vụ, quyền hạn của Hội đồng Thi đua - Khen thưởng Bộ" (TT
    # 20/2025/TT-BVHTTDL Điều 22.3)
    doc = parse_file(VBPL / "tt-60-2025.html")
    assert clause_at(doc, "Điều 7.5").responsibility.lead == ["y tế các Bộ, ngành"]
    point = clause_at(doc, "Điều 7.5.b")
    assert point.text.startswith("b) Hướng dẫn các cơ sở khám bệnh, chữa bệnh trong ngành")
    assert point.responsibility.lead == ["y tế các Bộ, ngành"] and point.responsibility.inherited
    council = clause_at(parse_file(VBPL / "tt-20-2025-bvhttdl.html"), "Điều 22.3")
    assert council.responsibility.lead == ["Hội đồng Thi đua - Khen thưởng Bộ"]


def test_the_state_management_body_is_a_body():
    # TT 85/2025/TT-BNNMT Điều 37.6 "Các cơ quan quản lý nhà nước liên quan theo chức năng, nhiệm vụ ..." (was "Các cơ
    # quan"); NĐ 43/2026/NĐ-CP "... giao Cơ quan quản lý nhà nước chuyên ngành (Cơ quan thường trực) trình Bộ trưởng ..."
    # (was "Hội đồng hoạt động", the next sentence's subject)
    doc = parse_file(VBPL / "tt-85-2025.html")
    assert clause_at(doc, "Điều 37.6").responsibility.lead == ["Các cơ quan quản lý nhà nước liên quan"]
    assert clause_at(doc, "Điều 37.6.c").responsibility.lead == ["Các cơ quan quản lý nhà nước liên quan"]
    appraisal = clause_at(parse_file(VBPL / "nd-43-2026.html"), "Điều 32.Điều 13.5.b").responsibility
    assert appraisal.lead == ["Cơ quan quản lý nhà nước chuyên ngành (Cơ quan thường trực)"]
    # NĐ 257/2025/NĐ-CP Điều 30.3 (blind set b106-28): the project's contract is no verb "dự", the field is the name's
    sentence = ("cơ quan ký kết hợp đồng dự án chủ trì, phối hợp với cơ quan quản lý nhà nước chuyên ngành về tài sản, "
                "cơ quan tài chính và các cơ quan khác có liên quan (nếu cần) thực hiện công việc sau:")
    assert unit_phrase_at(sentence)[0] == "cơ quan ký kết hợp đồng dự án"
    partners = sentence[sentence.index("với ") + 4:]
    assert unit_phrase_at(partners)[0].startswith("cơ quan quản lý nhà nước chuyên ngành về tài sản, cơ quan tài chính")
    # a body named properly manages: "Sở Công Thương | quản lý nhà nước về hóa chất"
    assert unit_phrase_at("Sở Công Thương quản lý nhà nước về hóa chất.")[0] == "Sở Công Thương"


def test_a_duty_ends_a_name_after_a_functions_words():
    # NĐ 21/2026/NĐ-CP Điều 1.18 (its new Điều 59a.3.đ): "..., cơ quan quản lý nhà nước có thẩm quyền có trách nhiệm
    # thông báo bằng văn bản và nêu rõ lý do"
    doc = parse_file(LAO_CAI / "ND-21-2026-ND-CP-sua-ND-193-2025.docx")
    r = clause_at(doc, "Điều 1.18.Điều 59a.3.đ").responsibility
    assert r.lead == ["cơ quan quản lý nhà nước có thẩm quyền"]
    assert unit_phrase_at("cơ quan có thẩm quyền có trách nhiệm thông báo")[0] == "cơ quan có thẩm quyền"
    # the function's own verb is still the name's: "cơ quan có chức năng quản lý đất đai cấp xã"
    assert unit_phrase_at("cơ quan có chức năng quản lý đất đai cấp xã thực hiện")[0] == \
        "cơ quan có chức năng quản lý đất đai cấp xã"


# ---------------------------------------------------------------- fields of a procedure (documents of blind sets b107, b108)


def test_a_field_naming_its_body_by_its_act_leads_that_field():
    # NĐ 311/2025/NĐ-CP Điều 1.2, its new Điều 8: "1. Kế hoạch 5 năm ... / a) Đơn vị xây dựng kế hoạch: Bộ Giáo dục và
    # Đào tạo; / b) Đơn vị nhận kế hoạch: Ủy ban nhân dân cấp tỉnh; / ... / d) Thời hạn ban hành kế hoạch: ..." (blind
    # set b107-01, b107-03): "Đơn vị nhận kế hoạch" had been read as a body's name and led 8.1.b
    doc = parse_file(VBPL / "nd-311-2025.html")
    assert clause_at(doc, "Điều 1.2.Điều 8.1.a").responsibility.lead == ["Bộ Giáo dục và Đào tạo"]
    assert clause_at(doc, "Điều 1.2.Điều 8.2.a").responsibility.lead == ["Ủy ban nhân dân cấp tỉnh"]
    assert clause_at(doc, "Điều 1.2.Điều 8.1.b").responsibility.lead == []  # the body that receives it leads nothing
    assert clause_at(doc, "Điều 1.2.Điều 8.2.d").responsibility.deadline == \
        "Trước ngày 15 tháng 12 của năm trước liền kề với năm thực hiện"
    # "b) Đơn vị nhận báo cáo: ..." is no body "Đơn vị nhận" reporting
    assert "Đơn vị nhận" not in clause_at(doc, "Điều 1.5.Điều 12.1.b").responsibility.lead
    # each field of a Hà Nội procedure leads its own act, not the item above (eval/external b12, Điều 6.5): "b) Cơ quan
    # thẩm định: Sở Quy hoạch - Kiến trúc Hà Nội;" / "c) Cơ quan phê duyệt: Ủy ban nhân dân thành phố Hà Nội."
    hanoi = parse_file(EXTERNAL_DOCS / "b12" / "58afeb4af978fe53.md")
    assert clause_at(hanoi, "Điều 6.5.b").responsibility.lead == ["Sở Quy hoạch - Kiến trúc Hà Nội"]
    assert clause_at(hanoi, "Điều 6.5.c").responsibility.lead == ["Ủy ban nhân dân thành phố Hà Nội"]


def test_a_bodys_acronym_names_its_duties_and_a_person_meant_leads_nothing():
    # TT 157/2025/TT-BTC "Điều 6. Nhiệm vụ, quyền hạn của KBNN / 1. Nhiệm vụ / ... d) Lưu giữ mẫu dấu, mẫu chữ ký của Chủ
    # tài khoản, Kế toán trưởng/người được phân công ... hoặc người phụ trách kế toán ..." (blind set b108-24)
    doc = parse_file(VBPL / "tt-157-2025.html")
    assert clause_at(doc, "Điều 6").responsibility.lead == ["KBNN"]
    assert clause_at(doc, "Điều 6.1.d").responsibility.lead == ["KBNN"]


def test_names_holding_a_comma_a_case_or_no():
    # "1. Cục Quản lý, giám sát tổ chức tín dụng:" over its duties (TT 75/2025/TT-NHNN Điều 25, its Điều 36.1; b108-27)
    assert heading_units("Cục Quản lý, giám sát tổ chức tín dụng:")[0] == ["Cục Quản lý, giám sát tổ chức tín dụng"]
    assert unit_phrase_at("Cục Thuế, kiểm tra việc thực hiện")[0] == "Cục Thuế"
    # aviation and air defence: "Cục Hàng không Việt Nam chủ trì, phối hợp với Cục Tác chiến, Quân chủng Phòng không -
    # Không quân xác định và công bố phương thức liên lạc chung ..." (NĐ 14/2026/NĐ-CP Điều 121; blind set b108-04)
    r = extract_from_text("Cục Hàng không Việt Nam chủ trì, phối hợp với Cục Tác chiến, Quân chủng Phòng không - Không "
                          "quân xác định và công bố phương thức liên lạc chung đối với hoạt động bay")
    assert r.lead == ["Cục Hàng không Việt Nam"] and r.partners == ["Cục Tác chiến", "Quân chủng Phòng không - Không quân"]
    # a case the body is named for: "3. Ủy ban nhân dân cấp tỉnh (đối với quy hoạch thuộc thẩm quyền phê duyệt của Thủ
    # tướng Chính phủ) và cấp phê duyệt quy hoạch có trách nhiệm ban hành kế hoạch kinh phí hàng năm" (NĐ 34/2026/NĐ-CP
    # Điều 12, its Điều 21.3; blind set b107-25: the lead had been the next sentence's "cơ quan trực thuộc")
    r = extract_from_text("Ủy ban nhân dân cấp tỉnh (đối với quy hoạch thuộc thẩm quyền phê duyệt của Thủ tướng Chính phủ) "
                          "và cấp phê duyệt quy hoạch có trách nhiệm ban hành kế hoạch kinh phí hàng năm.")
    assert r.lead and r.lead[0].startswith("Ủy ban nhân dân cấp tỉnh (đối với quy hoạch"), r.lead
