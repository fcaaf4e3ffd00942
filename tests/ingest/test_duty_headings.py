"""Stop 63's parse rules, each on real files the rules were not drawn from in the repository's sets: an article of
duties whose heading names its body after any words of duty ("Điều 6. Trách nhiệm, phạm vi và cách thức giải quyết
công việc của Phó Thủ tướng Chính phủ"), a short name a text defines for a body ("(sau đây gọi tắt là Ban Chỉ đạo)"),
a task verb typed in capitals right after the unit it is given to ("Giao Công an Thành phố Chỉ đạo ..."), and the
grounds of a plan set on the line under its title ("Thực hiện Chỉ thị số 05/CT-TTg ...")."""

from __future__ import annotations

import pytest

from ingest.responsibilities import heading_units
from tests.conftest import REPO, clause_at, parse_file

DATA = REPO / "tests" / "data"
GOVERNMENT_RULES = DATA / "cong-bao" / "nghi-dinh-so-191-2026-nd-cp-469672_trang-1-10.pdf"
INDUSTRIAL_CLUSTERS = DATA / "so-cong-thuong-lao-cai" / "ND-32-2024-quan-ly-phat-trien-CCN.docx"
TWO_LEVEL_POWERS = DATA / "so-cong-thuong-lao-cai" / "ND-140-2025-phan-dinh-tham-quyen-2-cap-XD.docx"
RETURNED_FILE = DATA / "so-cong-thuong-lao-cai" / "CV-tra-lai-ho-so-GPSD-VLNCN-Mong-Son.docx"
FUND_CHARTER = REPO.parent / "shared" / "plans-real" / "web" / "quang-tri_2696-qd-ubnd.md"
HOUSE_NUMBERS = REPO / "eval" / "external" / "docs" / "b2" / "717159673033f644.md"
HIGH_TECH_PARKS = REPO / "eval" / "external" / "docs" / "b10" / "06c6f91f5c3b4c21.md"
WARD_PLAN = DATA / "ward-plan" / "phong-chau_kh-155-2026_du-lieu-dat-dai.pdf"


@pytest.fixture(scope="module")
def government_rules():
    return parse_file(GOVERNMENT_RULES)


@pytest.mark.parametrize("article, body, item", [
    # NĐ 191/2026/NĐ-CP, Quy chế làm việc của Chính phủ: before, the items with no subject of their own led nothing
    ("Điều 6", "Phó Thủ tướng Chính phủ", "Điều 6.2.b"),  # "b) Chủ trì họp, làm việc với bộ, cơ quan, địa phương ..."
    ("Điều 5", "Thủ tướng Chính phủ", None),
    # "... của Bộ trưởng, Thủ trưởng cơ quan ngang bộ với tư cách người đứng đầu bộ, cơ quan ngang bộ": in which
    # capacity, not part of the name
    ("Điều 8", "Thủ trưởng cơ quan ngang bộ", "Điều 8.1.b"),  # "b) Chịu trách nhiệm cá nhân trước Chính phủ ..."
])
def test_an_article_of_duties_names_its_body_after_any_words_of_duty(government_rules, article, body, item):
    assert body in clause_at(government_rules, article).responsibility.lead
    if item is not None:
        assert body in clause_at(government_rules, item).responsibility.lead


def test_the_rule_reads_the_headings_of_a_decree_kept_by_a_department():
    # NĐ 32/2024/NĐ-CP on industrial clusters, "Điều 33. Quyền hạn, trách nhiệm của Sở Công Thương": before, its items
    # ("2. Về giải quyết các thủ tục ... a) Chủ trì thẩm định, trình Ủy ban nhân dân cấp tỉnh quyết định thành lập, mở
    # rộng cụm công nghiệp ...") led nothing
    plan = parse_file(INDUSTRIAL_CLUSTERS)
    assert clause_at(plan, "Điều 33.2.a").responsibility.lead == ["Sở Công Thương"]
    assert clause_at(plan, "Điều 34.2").responsibility.lead == ["Ủy ban nhân dân cấp huyện"]


def test_a_body_after_about_is_what_the_duties_are_about_not_who_holds_them():
    # NĐ 140/2025/NĐ-CP "Điều 6. Nhiệm vụ, thẩm quyền về thành lập và tổ chức hoạt động của Ban Quản lý dự án chuyên
    # ngành, Ban Quản lý dự án khu vực": the boards are set up, they hold no duty here
    plan = parse_file(TWO_LEVEL_POWERS)
    assert clause_at(plan, "Điều 6").responsibility.lead == []
    assert heading_units("Nhiệm vụ, quyền hạn, trách nhiệm của cơ quan, tổ chức trong quản lý vốn cho vay") is None


def test_a_short_name_the_text_defines_stands_for_the_body_it_follows():
    # "... của Công ty cổ phần Mông Sơn (sau đây gọi tắt là Công ty) ..." then "1. Hiệu chỉnh Phương án nổ mìn ..."
    letter = parse_file(RETURNED_FILE)
    assert clause_at(letter, "1").responsibility.lead == ["Công ty cổ phần Mông Sơn"]
    # NQ 73/2025/NQ-HĐND Hà Nội: "Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội (sau đây gọi
    # tắt là Ban Quản lý)", then "PL.1 b) Trong thời hạn 10 ngày làm việc ..., Ban Quản lý tổ chức ..."
    parks = parse_file(HIGH_TECH_PARKS)
    assert clause_at(parks, "PL.1.b").responsibility.lead == [
        "Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội"]


def test_a_heading_names_a_body_as_fully_as_the_heading_above_it():
    # QĐ 2696/QĐ-UBND Quảng Trị, "Điều 6. Hội đồng Quản lý Quỹ" / "4. Quyền hạn của Hội đồng Quản lý:"
    charter = parse_file(FUND_CHARTER)
    assert clause_at(charter, "Điều 6.4.a").responsibility.lead == ["Hội đồng Quản lý Quỹ"]


@pytest.mark.parametrize("path, lead", [
    ("1.1", "Sở Nông nghiệp và Môi trường"),  # "1.1. Giao Sở Nông nghiệp và Môi trường Khẩn trương chia sẻ ..."
    ("1.2", "Công an Thành phố"),  # "1.2. Giao Công an Thành phố Chỉ đạo Công an các phường, xã, đặc khu ..."
    ("1.4", "Sở Xây dựng"),  # "1.4. Giao Sở Xây dựng Theo dõi, đôn đốc Ủy ban nhân dân các phường ..."
])
def test_a_task_verb_in_capitals_after_the_unit_given_the_task_ends_its_name(path, lead):
    # a Công văn of UBND TP. Hồ Chí Minh on house numbers in the land database, 2025: before, "Sở Xây dựng Theo dõi"
    letter = parse_file(HOUSE_NUMBERS)
    assert clause_at(letter, path).responsibility.lead == [lead]


def test_a_plans_grounds_under_its_title_are_no_part_of_the_title():
    # "KẾ HOẠCH / Thực hiện cao điểm 180 ngày ... tỉnh Phú Thọ / Thực hiện Chỉ thị số 05/CT-TTg ...": before, a title of
    # 1,927 characters running to "... như sau"
    plan = parse_file(WARD_PLAN)
    assert plan.meta.title.endswith("trên địa bàn phường Phong Châu, tỉnh Phú Thọ")
    assert "Chỉ thị" not in plan.meta.title
    government = parse_file(GOVERNMENT_RULES)
    assert government.meta.title == "Ban hành Quy chế làm việc của Chính phủ"


MINUTES = DATA / "so-cong-thuong-lao-cai" / "bien-ban-lam-viec-lien-nganh-ccn.docx"
CONCLUSION_631 = REPO.parent / "shared" / "plans-real" / "web" / "chinh-phu_631-tb-vpcp.md"
INVESTMENT_RULES = REPO / "eval" / "external" / "docs" / "b16" / "38acb0a43418a36c.md"


@pytest.mark.parametrize("path, opening, lead", [
    ("III.1", "Một là, thống nhất chủ trương di dời", None),
    ("III.2", "Hai là, giao Sở Công Thương chủ trì", "Sở Công Thương"),
    ("III.4", "Bốn là, đề nghị UBND phường Yên Bái khẩn trương", "UBND phường Yên Bái"),
])
def test_points_counted_in_words_are_items_of_their_own(path, opening, lead):
    # a meeting's minutes, "III. Các ý kiến thống nhất": before, one clause holding all six points and no lead
    minutes = parse_file(MINUTES)
    point = clause_at(minutes, path)
    assert point.text.startswith(opening), point.text[:60]
    assert point.responsibility.lead == ([lead] if lead else [])


def test_points_counted_after_thu_are_items_too():
    # TB 631/TB-VPCP: "Thứ nhất, vùng lõi nghèo hiện nay ..." / "Thứ hai, ..." / "Thứ ba, ..."
    notice = parse_file(CONCLUSION_631)
    firsts = [c for c in notice.clauses if c.text.startswith(("Thứ nhất,", "Thứ hai,", "Thứ ba,", "Thứ tư,"))]
    assert [c.path for c in firsts] == ["1.1", "1.2", "1.3", "1.4"]
    # "Thứ tư, cần nhận thức rõ cơ quan nào làm tốt nhất ... Thường trực Chính phủ ..." is a point of its own
    assert all(c.text.count("Thứ ") == 1 for c in firsts[:3])


def test_the_state_audit_office_is_a_body():
    # "4. Kiểm toán nhà nước có trách nhiệm kiểm toán hồ sơ tổng mức đầu tư ..." (the National Assembly's resolution
    # piloting special policies for urban railways in Hà Nội and TP. Hồ Chí Minh, as the portal copies it): before, no
    # lead
    rules = parse_file(INVESTMENT_RULES)
    assert clause_at(rules, "Điều 10.4").responsibility.lead == ["Kiểm toán nhà nước"]
