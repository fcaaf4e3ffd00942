"""Stop 81's answer rules, on documents of the blind sets b129, b132 and b134 (tests/data/blind-docs, read after their
first runs):

- a who-question that sets a body aside before its who-word ("ngoài HĐND, tổ chức nào ...?") is not answered by that
  body's clause, and the body's words are no part of its topic;
- a value a clause states for whom it names by reference ("Đối tượng quy định tại khoản 1, khoản 2, khoản 3 Điều 2 Nghị
  quyết này được hưởng mức hỗ trợ 5.000.000 đồng/tháng") answers a question naming them as those clauses do;
- a course's fee is stated in the letter about that course, without the course's name in its line ("Học phí: 500.000
  đồng/học viên");
- the department that directs the force doing the act asked ("3. Đề nghị Sở Công Thương / Chỉ đạo lực lượng Quản lý thị
  trường tăng cường kiểm tra ...") is named with that force.
"""

from __future__ import annotations

from tests.conftest import REPO, asker

BLIND = REPO / "tests" / "data" / "blind-docs"

ask = asker("asides-references", [BLIND / "nq-49-2025-hdnd-danang-ke-hoach-tai-chinh.txt",
                                  BLIND / "nq-41-2026-hdnd-tayninh-ho-tro-cds.docx",
                                  BLIND / "cv-8682-2026-snnmt-gialai-thuoc-thu-y.pdf",
                                  BLIND / "cv-2025-tttt-ctgd-hcm-boi-duong-stem.pdf"])


def test_a_body_set_aside_before_the_who_word(ask):
    # b129-23: NQ 49/NQ-HĐND Đà Nẵng of 2025, Điều 5.2 (the council's own bodies supervise) and 5.3 "Đề nghị Ủy ban Mặt
    # trận Tổ quốc Việt Nam thành phố phối hợp giám sát việc triển khai thực hiện Nghị quyết."
    a = ask("KH tài chính 5 năm 2026-2030 của TP Đà Nẵng (NQ 49): ngoài HĐND, tổ chức nào được đề nghị cùng giám sát "
            "việc thực hiện?")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố" in a.text
    assert a.citations[0].section == "Điều 5.3"
    # asked without setting the council aside, the same clause (the council's words pick nothing else)
    b = ask("NQ 49 Đà Nẵng: tổ chức nào được đề nghị phối hợp giám sát việc thực hiện nghị quyết?")
    assert b.citations[0].section == "Điều 5.3"


def test_a_value_stated_for_whom_a_clause_names_by_reference(ask):
    # b134-22: NQ 41/2026/NQ-HĐND Tây Ninh, Điều 2.1 names the officials, Điều 3.1 their monthly support by reference
    a = ask("Muc ho tro hang thang cho cong chuc chuyen trach CDS chua co chuyen mon CNTT theo NQ 41/2026 Tay Ninh la "
            "bao nhieu?")
    assert not a.refused and "5.000.000 đồng/tháng" in a.text
    assert a.citations[0].section == "Điều 3.1"


def test_the_department_directing_the_force_that_checks(ask):
    # b132-14: Công văn 8682/SNNMT-CNTY of Sở NN&MT Gia Lai, 8/2026, "3. Đề nghị Sở Công Thương / Chỉ đạo lực lượng Quản
    # lý thị trường tăng cường kiểm tra hoạt động kinh doanh thuốc thú y ..."
    a = ask("cv 8682 so NN&MT gia lai ve thuoc thu y: don vi nao kiem tra kinh doanh thuoc thu y tren mang, san thuong "
            "mai dien tu?")
    assert a.text.startswith("Sở Công Thương")
    assert "lực lượng Quản lý thị trường" in a.text


def test_a_fee_of_the_course_the_letter_is_about(ask):
    # b134-24: a letter of Trung tâm Thông tin và Chương trình giáo dục TP.HCM, 12/2025, on a STEM course: "3. Học phí và
    # hình thức thanh toán Học phí: 500.000 đồng/học viên (năm trăm nghìn đồng)."
    a = ask("hoc phi lop boi duong STEM thang 12/2025 cua TT Thong tin va Chuong trinh giao duc TPHCM la bao nhieu moi hoc "
            "vien?")
    assert not a.refused and "500.000 đồng/học viên" in a.text
