"""Answers of stop 76, on real pages and the real sentences of blind sets b113-b114 (read after their honest runs):

- a bound is stated by "đến" ("các khoản vay có số tiền vay đến 20 triệu USD") and by comparison ("tổng điểm xếp hạng
  lớn hơn hoặc bằng 3,5"), not only by "trên", "dưới", "không quá";
- a law the question names by its title must be one the documents found name, and another text's entry of a programme
  (a row opening "Luật Thủ đô (sửa đổi)", "Nghị quyết về ...") does not answer for it.
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
