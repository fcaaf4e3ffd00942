"""Answers drawn from blind sets b83-b90 (stop 69):

- "đơn vị nào lập kế hoạch ...?" of "Xây dựng và trình Bộ trưởng Bộ Công Thương phê duyệt kế hoạch ... và quyết định
  thành lập Hội đồng ..." under the duties of a Cục: "lập" in "thành lập" is another verb, and the minister named before
  "phê duyệt kế hoạch ... thành" only approves (b86-11);
- staff's "lập kế hoạch", "chia việc", "tập huấn", "gom dự toán", "xếp kinh phí" find "xây dựng kế hoạch", "phân công
  nhiệm vụ", "bồi dưỡng nghiệp vụ", "tổng hợp", "bố trí kinh phí" (questions.toml paraphrases; b88-05);
- the body of "Trách nhiệm phối hợp của <body> với ..." leads its items (b83-05);
- "ở cấp tỉnh cơ quan nào chủ trì ...?" is answered by the province's body before a ministry doing the same at its
  level (questions.toml [level] "trung uong"; b87-24);
- an office whose name holds a comma ("Cục Quản lý, giám sát tổ chức tín dụng có trách nhiệm:") leads its items
  (b90-13);
- "<document> giao <body> chủ trì ... phải không?" is refused when no clause found names that body (questions.toml
  [yes_no]; b85-30), and answered when one does.
"""

from __future__ import annotations

from tests.conftest import REPO, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl69", [VBPL / "tt-63-2025.html", VBPL / "nd-333-2025.html", VBPL / "nd-294-2025.html",
                       VBPL / "tt-100-2025.html", VBPL / "tt-54-2025.html"])


def test_who_draws_up_the_plan_not_who_approves_it(ask):
    a = ask("tt 63/2025 bct binh chon san pham CNNT tieu bieu: don vi nao lap ke hoach binh chon toan quoc "
            "trinh Bo truong?")
    assert a.text.startswith("Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"), a.text
    assert a.citations and a.citations[0].section == "Điều 15.2", [c.section for c in a.citations]


def test_staff_words_for_planning_and_sharing_out_work(ask):
    a = ask("nd 333: o xa, ai lap ke hoach cho cac bien phap chuyen huong va chia viec cho tung co quan, ca nhan?")
    assert not a.refused, a.text
    assert a.text.startswith("Ủy ban nhân dân cấp xã nơi người chấp hành"), a.text
    assert "chủ trì" in a.text.split("\n")[0], a.text
    assert a.citations and a.citations[0].section == "Điều 5.1.b", [c.section for c in a.citations]


def test_the_body_of_a_heading_of_joint_duties_leads(ask):
    a = ask("NĐ 294 Hội đồng tư pháp NCTN: cơ quan nào chuẩn bị nội dung, chương trình các phiên họp của Hội đồng?")
    assert a.text.startswith("Cơ quan thường trực"), a.text


def test_the_level_a_question_names_picks_the_provinces_body(ask):
    a = ask("tt 100/2025 btc: o cap tinh co quan nao chu tri di kiem tra, giam sat viec boi duong can bo, cong chuc?")
    assert a.text.startswith("Sở Nội vụ các tỉnh, thành phố"), a.text
    assert a.citations and a.citations[0].section == "Điều 6.3", [c.section for c in a.citations]
    b = ask("TT 100/2025 BTC: bộ nào chủ trì kiểm tra định kỳ, đột xuất việc triển khai chương trình bồi dưỡng?")
    assert b.text.startswith("Bộ Nội vụ"), b.text


def test_an_office_named_with_a_comma_leads_its_items(ask):
    a = ask("TT 54 TCTC vi mô: muốn có bản sao GP lấy từ sổ gốc thì đơn vị nào thuộc NHNN cấp?")
    assert not a.refused, a.text
    assert a.text.startswith("Cục Quản lý, giám sát tổ chức tín dụng"), a.text


def test_a_yes_no_question_naming_a_body_no_clause_names(ask):
    a = ask("NĐ 333 giao Bộ Công Thương chủ trì xây dựng kế hoạch thực hiện biện pháp xử lý chuyển hướng tại cộng đồng "
            "phải không?")
    assert a.refused, a.text
    b = ask("NĐ 333: Ủy ban nhân dân cấp xã xây dựng kế hoạch thực hiện các biện pháp xử lý chuyển hướng tại cộng đồng "
            "phải không?")
    assert not b.refused and "Ủy ban nhân dân cấp xã" in b.text, b.text
