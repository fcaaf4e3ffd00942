"""Forms found on real documents outside plans-real, checked on excerpts of them (Vietnamese legal texts are public):
role headings that list who leads and partners in a section of their own beside the section's content, and an
assignment in parentheses after a task opened by "Giao".

Kế hoạch 252/KH-BCĐQG1237 (11/11/2013) of the national steering committee on searching for the remains of fallen
soldiers writes every task group so: "I. <group> / 1. Nội dung, biện pháp / a) ... / 2. Cơ quan chủ trì, phối hợp /
a) Cơ quan chủ trì / - <unit> / b) Cơ quan phối hợp / - <unit> / 3. Thời gian thực hiện: <when>". Kế hoạch bảo vệ bí
mật nhà nước năm 2023 (QĐ 254/QĐ-UBND tỉnh Sơn La) ends its items "(Giao Công an tỉnh chủ trì, phối hợp với ...)".
"""

from __future__ import annotations

from pathlib import Path

from ingest.coverage import document_coverage
from ingest.pipeline import parse_text
from api import parse_file
from core.settings import load_settings

PLAN_252 = """BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ
Số: 252/KH-BCĐQG1237
Hà Nội, ngày 11 tháng 11 năm 2013

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ

B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020

I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN

1. Nội dung, biện pháp

a) Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị số 24-CT/TW ngày 15/5/2013 của Bộ Chính trị.

b) Tổ chức triển khai thực hiện các chủ trương của Đảng, văn bản quy định của Nhà nước.

2. Cơ quan chủ trì, phối hợp

a) Cơ quan chủ trì

- Ban Chỉ đạo quốc gia.

- Các Bộ, ngành liên quan.

- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.

b) Cơ quan phối hợp

- Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp.

- Các đơn vị thuộc Bộ Quốc phòng; các tổ chức chính trị - xã hội.

3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.

IV. THÀNH LẬP, KIỆN TOÀN TỔ CHỨC, LỰC LƯỢNG LÀM NHIỆM VỤ CHỈ ĐẠO VÀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ

1. Nội dung, biện pháp

a) Thành lập Văn phòng Ban Chỉ đạo quốc gia 1237; kiện toàn cơ quan chuyên môn ở các cấp.

2. Chủ trì thực hiện

- Ban Chỉ đạo quốc gia.

- Bộ Quốc phòng.

3. Thời gian thực hiện: Năm 2013.

VIII. BẢO ĐẢM PHƯƠNG TIỆN, TRANG BỊ, KINH PHÍ, CHẾ ĐỘ, CHÍNH SÁCH CHO NHIỆM VỤ TÌM KIẾM, QUY TẬP

1. Nội dung, biện pháp

a) Rà soát phương tiện hiện có, tiếp tục đề xuất phương án bảo đảm và bổ sung phương tiện thay thế hằng năm.

2. Cơ quan chủ trì, phối hợp

a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.

b) Cơ quan phối hợp

- Các quân khu, các tỉnh

- Các đơn vị, địa phương.

3. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.
"""

PLAN_254 = """ỦY BAN NHÂN DÂN TỈNH SƠN LA

KẾ HOẠCH
THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023

II. NỘI DUNG CÔNG TÁC

6. Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế bảo vệ BMNN trên địa bàn tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan, tổ chức có liên quan tham mưu).

8. Thành lập Đoàn kiểm tra việc chấp hành các quy định về bảo vệ BMNN năm 2023 tại các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố (Giao Công an tỉnh tham mưu).
"""


def _clause(doc, path):
    found = [c for c in doc.clauses if c.path == path]
    assert found, f"no clause {path}: {[c.path for c in doc.clauses]}"
    return found[0]


def test_role_headings_give_their_units_to_the_section_content():
    doc = parse_text(PLAN_252, "252-kh-bcdqg1237.txt")
    # "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP ..." is the part its Roman numerals sit in
    assert _clause(doc, "B").title.startswith("NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP")
    task = _clause(doc, "B.I.1.a")
    r = task.responsibility
    assert task.is_task
    assert r.lead == ["Ban Chỉ đạo quốc gia", "Các Bộ, ngành liên quan", "Ban Chỉ đạo các quân khu",
                      "Ban Chỉ đạo các tỉnh"]
    assert r.partners == ["Mặt trận Tổ quốc Việt Nam", "Hội Cựu chiến binh các cấp", "Các đơn vị thuộc Bộ Quốc phòng",
                          "các tổ chức chính trị - xã hội"]
    assert r.deadline == "Tháng 12/2013 và thường xuyên"
    # the role headings, the units they list and the deadline line are no tasks (nor units of their own)
    for path in ("B.I.2", "B.I.2.a", "B.I.2.a.1", "B.I.2.b", "B.I.2.b.2", "B.I.3"):
        c = _clause(doc, path)
        assert not c.is_task and not c.responsibility.lead, path
    # "2. Chủ trì thực hiện" over a list of units, with no partners
    assert _clause(doc, "B.IV.1.a").responsibility.lead == ["Ban Chỉ đạo quốc gia", "Bộ Quốc phòng"]
    assert _clause(doc, "B.IV.1.a").responsibility.deadline == "Năm 2013"


def test_a_role_label_with_its_value_inside_a_role_heading():
    # "2. Cơ quan chủ trì, phối hợp / a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính. / b) Cơ quan phối hợp / - ..."
    doc = parse_text(PLAN_252, "252-kh-bcdqg1237.txt")
    r = _clause(doc, "B.VIII.1.a").responsibility
    assert r.lead == ["Bộ Quốc phòng", "Bộ Tài chính"]
    assert r.partners == ["Các quân khu", "các tỉnh", "Các đơn vị, địa phương"]
    assert r.deadline == "hằng năm"  # the item's own "hằng năm" before the group's period
    assert _clause(doc, "B.VIII").responsibility.deadline == "Từ năm 2013 đến năm 2020 và tiếp theo"


def test_role_headings_count_as_covered_assignments():
    cov = document_coverage(parse_text(PLAN_252, "252-kh-bcdqg1237.txt"))
    assert cov.total >= 2 and not cov.misses, [(a.clause_path, a.text) for a in cov.misses]


def test_an_assignment_in_parentheses_opened_by_giao():
    doc = parse_text(PLAN_254, "254-qd-ubnd-son-la.txt")
    r = _clause(doc, "II.6").responsibility
    assert r.lead == ["Công an tỉnh"] and "Văn phòng UBND tỉnh" in r.partners
    assert _clause(doc, "II.8").responsibility.advisers == ["Công an tỉnh"]


def test_a_sentence_that_starts_like_a_role_label_is_no_role_heading():
    # "- Cơ quan chức năng phối hợp chặt chẽ với lực lượng Công an trong công / tác bảo đảm an ninh thông tin ..." then
    # "+ Đơn vị thực hiện: ..." (a sample plan, II.2.a.5): a task of its own, not a heading giving roles to II.2.a
    plan = Path(__file__).resolve().parents[2] / "data" / "plans" / "dong-thap_ubnd_2026_toi-pham-mua-ban-nguoi.txt"
    doc = parse_file(plan, load_settings())
    item = _clause(doc, "II.2.a.5")
    assert item.is_task and "Công an tỉnh" in item.responsibility.implementers
    assert not _clause(doc, "II.2.a").is_task


DIRECTIVE_31 = """THỦ TƯỚNG CHÍNH PHỦ
Số: 31/CT-TTg
Hà Nội, ngày 06 tháng 11 năm 2012

CHỈ THỊ

VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ, GIẢI QUYẾT VIỆC LÀM CHO CON LIỆT SĨ, CON THƯƠNG BINH NẶNG, CON BỆNH BINH NẶNG

Trong suốt thời kỳ kháng chiến, xây dựng và bảo vệ Tổ quốc, Đảng, Nhà nước, các cấp, các ngành, các tổ chức chính trị - xã hội đã luôn quan tâm, chăm lo, giúp đỡ con liệt sĩ, con thương binh nặng, con bệnh binh nặng.

Để làm tốt hơn nữa công tác "Đền ơn đáp nghĩa", Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:

1. Chỉ đạo các cấp đưa nội dung đào tạo nghề cho con liệt sĩ, con thương binh nặng, con bệnh binh nặng trở thành một chỉ tiêu cụ thể trong kế hoạch 5 năm và hàng năm của địa phương.

3. Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm thống kê, rà soát con liệt sĩ, con thương binh nặng, con bệnh binh nặng có nhu cầu đào tạo nghề.

4. Xây dựng kế hoạch phối hợp cụ thể với các Bộ, ngành trung ương để làm tốt công tác đào tạo nghề, giải quyết việc làm cho con liệt sĩ trên địa bàn.
"""


def test_the_introduction_hands_the_numbered_items_to_the_units_it_names():
    # "... Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:" / "1. ..."
    doc = parse_text(DIRECTIVE_31, "31-ct-ttg.txt")
    chairs = ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert _clause(doc, "4").responsibility.lead == chairs and _clause(doc, "4").is_task
    assert _clause(doc, "1").responsibility.lead == chairs  # "Chỉ đạo các cấp ...": the chairs direct
    # an item naming its own subject keeps it
    assert _clause(doc, "3").responsibility.lead == ["Cơ quan Lao động - Thương binh và Xã hội ở địa phương"]


def test_an_issuer_saying_what_it_does_hands_nothing_over():
    text = DIRECTIVE_31.replace("Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
                                "Trung ương:", "Ủy ban nhân dân tỉnh triển khai thực hiện như sau:")
    assert not _clause(parse_text(text, "31-ct-ttg.txt"), "4").responsibility.lead


def test_a_directed_body_ends_at_its_verb():
    # "1. Chỉ đạo các cấp | đưa nội dung đào tạo nghề ..." (roles.toml task_verbs: "đưa", "ưu tiên", "họp", "cấp giấy")
    doc = parse_text(DIRECTIVE_31, "31-ct-ttg.txt")
    assert _clause(doc, "1").responsibility.implementers in ([], ["các cấp"])
    assert not any("đưa nội dung" in u for u in _clause(doc, "1").responsibility.implementers)


def test_a_signature_table_without_recipients_names_the_signer():
    # "|  | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Thu Hà |" closes QĐ 5129/QĐ-UBND (TP. Hồ Chí Minh, 2008)
    text = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSố: 5129/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nVỀ NÂNG MỨC TRỢ CẤP ĐỐI VỚI NGƯỜI CÓ "
            "CÔNG GIÚP ĐỠ CÁCH MẠNG\n\nĐiều 1. Nâng mức trợ cấp hàng tháng.\n\nĐiều 2. Giao Sở Tài chính lập thủ tục giải "
            "quyết kinh phí.\n\n|  | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Thu Hà |\n|---|---|\n")
    meta = parse_text(text, "5129-qd-ubnd.md", source_format="md").meta
    assert meta.signer == "Nguyễn Thị Thu Hà" and "PHÓ CHỦ TỊCH" in meta.signer_title


def test_what_the_introduction_hands_over_is_not_read_into_the_aims():
    # "... yêu cầu <units>:" then "I. MỤC ĐÍCH, YÊU CẦU / 1. Nâng cao nhận thức ...": aims, no one's task
    text = DIRECTIVE_31.replace("1. Chỉ đạo các cấp", "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức về công tác đền ơn đáp "
                                "nghĩa.\n\nII. NHIỆM VỤ\n\n1. Chỉ đạo các cấp")
    doc = parse_text(text, "31-ct-ttg.txt")
    aims = [c for c in doc.clauses if c.text.startswith("1. Nâng cao nhận thức")]
    assert aims and not aims[0].is_task and not aims[0].responsibility.lead
    task = [c for c in doc.clauses if c.text.startswith("4. Xây dựng kế hoạch")][0]
    assert task.responsibility.lead == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_list_of_bodies_goes_on_after_va_to_organisations():
    # "5. Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan" (Kế hoạch 252/KH-BCĐQG1237, C.5) is one unit
    # heading; "và tổ chức các hoạt động" is a verb, not a body
    from ingest.units import unit_phrase_at
    heading = "Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan"
    assert unit_phrase_at(heading)[0] == heading
    assert unit_phrase_at("UBND các xã và tổ chức các hoạt động tuyên truyền")[0] == "UBND các xã"


KH_174_HCM = """ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Số: 174/KH-UBND
Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2025

KẾ HOẠCH

TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2025 LĨNH VỰC BÌNH ĐẲNG GIỚI

III. NỘI DUNG HOẠT ĐỘNG
1. Hoạt động truyền thông
a) Hoạt động 1
- Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và hưởng ứng “Ngày Quốc tế xóa bỏ mọi hình thức bạo lực đối với phụ nữ và trẻ em gái” (ngày 25/11).
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu, báo, đài và các đơn vị có liên quan.
"""


def test_a_label_lines_value_that_is_a_sentence_of_roles():
    # "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với ...": Sở Nội vụ leads, the others partner (KH 174/KH-UBND
    # TP.HCM III.1.a; before, every body of the value was read as leading)
    doc = parse_text(KH_174_HCM, "174-kh-ubnd.txt")
    r = next(c for c in doc.clauses if c.path == "III.1.a").responsibility
    assert r.lead == ["Sở Nội vụ"]
    assert r.partners[0] == "các sở, ban, ngành, đoàn thể Thành phố" and "các đơn vị có liên quan" in r.partners


QD_86_BAC_NINH = """ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 86/2025/QĐ-UBND
Bắc Ninh, ngày 20 tháng 11 năm 2025

QUY ĐỊNH

VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TỈNH BẮC NINH

Điều 10. Trách nhiệm của các cơ quan, đơn vị, địa phương
2. Các cơ quan, đơn vị, địa phương có trách nhiệm theo dõi, tổng hợp trước ngày 10/12:
a) Công an tỉnh: Tổng hợp danh sách các cơ quan, đơn vị, địa phương vi phạm;
c) Sở Nông nghiệp và Môi trường:
Tổng hợp danh sách các cơ quan, đơn vị, địa phương vi phạm công tác bảo vệ môi
trường trên địa bàn tỉnh;
3. Sở Khoa học và Công nghệ
a) Tham mưu Chủ tịch Ủy ban
nhân dân tỉnh thành lập Hội đồng sáng kiến, Hội đồng khoa học, công nghệ và đổi
mới sáng tạo cấp tỉnh có nhiệm vụ giúp Chủ tịch Ủy ban nhân dân tỉnh xem xét,
công nhận hiệu quả áp dụng, khả năng nhân rộng của sáng kiến;
"""


def test_a_unit_heading_whose_task_wraps_onto_the_next_line():
    # "c) Sở Nông nghiệp và Môi trường:" / "Tổng hợp danh sách ..." (QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 10.2.c): the
    # department's own task, not the list item's parent's
    doc = parse_text(QD_86_BAC_NINH, "86-2025-qd-ubnd.txt")
    r = next(c for c in doc.clauses if c.path == "Điều 10.2.c").responsibility
    assert r.lead == ["Sở Nông nghiệp và Môi trường"]


def test_bodies_set_up_are_not_who_does_the_item():
    # "Tham mưu ... thành lập Hội đồng sáng kiến, Hội đồng khoa học ... có nhiệm vụ giúp ..." under "3. Sở Khoa học và
    # Công nghệ": the department advises; the councils are what it proposes to set up (Điều 10.3.a)
    doc = parse_text(QD_86_BAC_NINH, "86-2025-qd-ubnd.txt")
    r = next(c for c in doc.clauses if c.path == "Điều 10.3.a").responsibility
    assert "Sở Khoa học và Công nghệ" in r.advisers + r.lead
    assert not any("Hội đồng" in u for u in r.lead + r.advisers + r.implementers)


def test_a_name_in_quotes_is_part_of_the_unit():
    from ingest.units import split_units, unit_phrase_at

    text = ("Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu, các tổ chức đoàn thể, các cơ quan thành viên "
            "Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tỉnh, Uỷ ban nhân dân các xã, phường "
            "tuyên truyền, vận động")  # QĐ 87/2025/QĐ-UBND Lai Châu Điều 12.3.c
    phrase, _ = unit_phrase_at(text, 0)
    assert "các cơ quan thành viên Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tỉnh" in \
        split_units(phrase)


QD_72_BAC_NINH = """ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 72/2025/QĐ-UBND
Bắc Ninh, ngày 14 tháng 11 năm 2025

QUY ĐỊNH

XÂY DỰNG, QUẢN LÝ VÀ SỬ DỤNG CHUNG HẠ TẦNG KỸ THUẬT VIỄN THÔNG THỤ ĐỘNG

Điều 19. Trách nhiệm của Sở Khoa học và Công nghệ
4. Chủ trì hiệp thương, hòa giải, giải quyết tranh chấp về giá thuê, điều kiện kỹ thuật, tiến độ sử dụng chung; vượt thẩm quyền thì báo cáo Ủy ban nhân dân tỉnh, hoặc đề nghị Bộ Khoa học và Công nghệ (Cục Viễn thông) xem xét theo quy định.
"""


def test_an_item_opening_chu_tri_under_a_unit_is_that_units():
    # what it asks of others further on ("... thì ... đề nghị Bộ Khoa học và Công nghệ (Cục Viễn thông) xem xét") is a
    # step of its own task (QĐ 72/2025/QĐ-UBND Bắc Ninh Điều 19.4)
    doc = parse_text(QD_72_BAC_NINH, "72-2025-qd-ubnd.txt")
    r = next(c for c in doc.clauses if c.path == "Điều 19.4").responsibility
    assert r.lead == ["Sở Khoa học và Công nghệ"]


def test_office_holders_of_departments_and_branches_are_units_of_their_own():
    from ingest.units import split_units

    # "Cục trưởng", "Vụ trưởng", "Chi cục trưởng" stand for their office, one unit each (QĐ 4001/QĐ-BKHCN Điều 3, a
    # plans-real tuning document; "Chi cục trưởng Chi cục Kiểm lâm có trách nhiệm:", QĐ 39/2025/QĐ-UBND Quảng Trị Điều 4)
    assert split_units("Chánh Văn phòng, Vụ trưởng Vụ Khoa học kỹ thuật và công nghệ, Vụ trưởng Vụ Đánh giá và Thẩm định "
                       "công nghệ, Cục trưởng Cục Khởi nghiệp") == [
        "Chánh Văn phòng", "Vụ trưởng Vụ Khoa học kỹ thuật và công nghệ", "Vụ trưởng Vụ Đánh giá và Thẩm định công nghệ",
        "Cục trưởng Cục Khởi nghiệp"]
    doc = parse_text("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 39/2025/QĐ-UBND\n\nQUY ĐỊNH\n\nCHỨC NĂNG, NHIỆM VỤ CỦA CHI CỤC KIỂM "
                     "LÂM\n\nĐiều 4. Tổ chức thực hiện\n\nChi cục trưởng Chi cục Kiểm lâm có trách nhiệm: Quy định thẩm "
                     "quyền, trách nhiệm của trưởng, phó các phòng thuộc Chi cục.\n", "39-2025-qd-ubnd.txt")
    task = next(c for c in doc.clauses if "Quy định thẩm quyền" in c.text)
    assert task.responsibility.lead == ["Chi cục trưởng Chi cục Kiểm lâm"]
