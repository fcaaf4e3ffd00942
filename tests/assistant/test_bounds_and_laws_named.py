"""Answers of stop 76, on real pages and the real sentences of blind sets b113-b114 (read after their honest runs):

- a bound is stated by "đến" ("các khoản vay có số tiền vay đến 20 triệu USD") and by comparison ("tổng điểm xếp hạng
  lớn hơn hoặc bằng 3,5"), not only by "trên", "dưới", "không quá";
- a law the question names by its title is answered from its own entry of a programme: another text's (a row opening
  "Luật Thủ đô (sửa đổi)", "Nghị quyết về ...") does not answer for it;
- whose agreement or opinion a question asks ("phải thống nhất với đơn vị nào?", "cần ý kiến thống nhất của ...") is
  answered by whom the clause names after those words, not by whom it works with.
"""

from __future__ import annotations

from assistant.values import COUNT, THRESHOLD
from core.textnorm import fold
from tests.conftest import REPO, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl-programmes", [VBPL / "nq-105-2025.html", VBPL / "nq-119-2026.html"])


def test_a_bound_is_stated_by_den_and_by_comparison():
    # TT 80/2025/TT-NHNN Điều 10, its Điều 20.1.b, for "Khoản vay nước ngoài từ bao nhiêu trở xuống thì NHNN chi nhánh
    # Khu vực xác nhận đăng ký?" (blind set b113-30)
    assert THRESHOLD.search(fold("b) Ngân hàng Nhà nước chi nhánh Khu vực nơi bên đi vay đặt trụ sở chính: đối với các "
                                 "khoản vay có số tiền vay đến 20 triệu USD"))
    # TT 65/2025/TT-NHNN Điều 18.1, for "... xếp hạng A (Tốt) thì tổng điểm phải đạt tối thiểu bao nhiêu?" (b114-03)
    rated = fold("1. Tổ chức tài chính vi mô được xếp hạng A (Tốt) nếu tổng điểm xếp hạng lớn hơn hoặc bằng 3,5.")
    assert THRESHOLD.search(rated) and COUNT.search(rated)
    # a day, a year or a month after "đến" bounds nothing
    for said in ("thực hiện đến 31/12/2025", "giai đoạn đến năm 2030", "định hướng đến 2030", "hoàn thành đến 15 tháng 6"):
        assert not THRESHOLD.search(fold(said)), said


def test_a_law_named_by_its_title_is_answered_from_its_own_entry_or_not_at_all(ask):
    # NQ 105/2025/UBTVQH15 (the legislative programme of 2026) lists "Luật Bưu chính (sửa đổi)" with its own row
    a = ask("NQ 105 chuong trinh lap phap 2026: Luat Buu chinh (ban sua doi) du kien trinh UBTVQH vao thang nao?")
    assert not a.refused and a.citations[0].section == "PL.II.2", (a.text, [c.section for c in a.citations])
    # NQ 119/2026/UBTVQH15 amends it: "7. Đưa ra khỏi Chương trình lập pháp năm 2026 dự án Luật Thủ tục ban hành quyết
    # định hành chính", then rows for the laws it keeps ("Luật Thủ đô (sửa đổi) / Cơ quan chủ trì thẩm tra: Ủy ban Pháp
    # luật và Tư pháp"). Asked who reviews the bill it dropped, another law's row is no answer (blind set b114-18): the
    # clause that names the bill is
    a = ask("Theo NQ 119/2026, dự án Luật Thủ tục ban hành quyết định hành chính giao Ủy ban nào của QH chủ trì thẩm tra?")
    assert "Pháp luật và Tư pháp" not in a.text and "Kinh tế và Tài chính" not in a.text, a.text
    assert a.refused or a.citations[0].section == "Điều 1.7", (a.text, [c.section for c in a.citations])
    # ... nor is a row when no document found names the law at all
    a = ask("NQ 119/2026: dự án Luật Đường sắt đô thị do Ủy ban nào của Quốc hội chủ trì thẩm tra?")
    assert a.refused, a.text


ask_consulted = asker("vbpl-consulted", [VBPL / "nd-269-2025.html", VBPL / "tt-101-2025.html"])


def test_whose_agreement_is_asked_is_answered_by_whom_the_clause_must_consult(ask_consulted):
    # NĐ 269/2025/NĐ-CP Điều 8.3: "... giao cơ quan chuyên môn cấp tỉnh hoặc Ủy ban nhân dân cấp xã tổ chức lập, ban hành,
    # điều chỉnh kế hoạch phát triển đô thị thông minh khu vực sau khi có ý kiến thống nhất của cơ quan thường trực Hội đồng
    # điều phối phát triển đô thị thông minh cấp tỉnh." (as NQ 253/2025/QH15 Điều 12.2, blind set b103-29)
    a = ask_consulted("NĐ 269/2025: lập kế hoạch phát triển đô thị thông minh khu vực cần ý kiến thống nhất của cơ quan nào?")
    assert "cơ quan thường trực Hội đồng điều phối" in a.text.split("[1]")[0], a.text
    # TT 101/2025/TT-BCA Điều 5.2: "... có văn bản trao đổi, thống nhất với Công an cấp tỉnh trước ngày 15 tháng 5 hàng năm
    # về chỉ tiêu tuyển quân cho đơn vị mình ..." (as TT 57/2025/TT-BCT Điều 18.1.d, b114-22)
    a = ask_consulted("TT 101/2025 BCA: đơn vị nhận quân phải thống nhất với cơ quan nào về chỉ tiêu tuyển quân?")
    assert "Công an cấp tỉnh" in a.text.split("[1]")[0], a.text
