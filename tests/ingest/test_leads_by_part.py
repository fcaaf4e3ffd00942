"""A lead for each part of a task, numbered in the lead's cell or field: "CƠ QUAN CHỦ TRÌ: 1. Về phát triển công nghiệp
quốc gia: Bộ Công Thương chủ trì. 2. Về quản lý các khu công nghiệp, ...: Bộ Tài chính chủ trì. ..." (NQ 109/NQ-CP of
16/4/2026, Phụ lục III, a gazette PDF of blind set b29, kept outside the repo; the rows below are verbatim as the PDF
reader writes them). Each item's body leads its part, and "which ministry leads <that part>?" is answered with that
item's lead, not with every lead of the row. A cell naming one lead is read as before."""

from __future__ import annotations

from ingest.pipeline import parse_text
from ingest.responsibilities import leads_of_items
from tests.assistant.test_external_answers import _answer

NQ_109 = """CHÍNH PHỦ
Số: 109/NQ-CP
Hà Nội, ngày 16 tháng 4 năm 2026
NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ
Phụ lục III
PHÂN CÔNG TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2026
(Kèm theo Nghị quyết số 109/NQ-CP ngày 16 tháng 04 năm 2026 của Chính phủ)
_____________

| TT | NHIỆM VỤ | THỜI HẠN HOÀN THÀNH | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP |
|---|---|---|---|---|
| 3 | Sửa đổi Luật Đất đai và các văn bản hướng dẫn thi hành | Quý IV/2026 | Bộ Nông nghiệp và Môi trường | Các bộ, cơ quan, địa phương và đơn vị có liên quan |
| 5 | Rà soát, đánh giá tính khả thi và những khó khăn, vướng mắc trong quá trình thực hiện các nhiệm vụ được phân cấp, phân quyền, phân định rõ thẩm quyền, tháo gỡ triệt để các vướng mắc cho chính quyền địa phương 2 cấp | Quý II/2026 | 1. Bộ Nội vụ chủ trì tổng hợp, đề xuất 2. Các bộ, cơ quan rà soát, sửa đổi thuộc lĩnh vực quản lý | Các địa phương |
| 17 | Tiếp tục nghiên cứu, rà soát, bảo đảm hiệu năng, hiệu lực, hiệu quả, thống nhất quản lý nhà nước trong từng lĩnh vực: (i) Về phát triển công nghiệp quốc gia, bao gồm cả công nghiệp công nghệ số, công nghiệp công nghệ thông tin (không bao gồm công nghiệp quốc phòng, an ninh). (ii) Về quản lý các khu công nghiệp, cụm công nghiệp, khu công nghệ số tập trung… (iii) Về quản lý quy hoạch thăm dò, cấp phép, khai thác, chế biến và sử dụng các loại khoáng sản. (iv) Về quản lý hệ thống các trung tâm đổi mới sáng tạo quốc gia, trung tâm khởi nghiệp quốc gia. (v) Về phát triển các công nghệ chiến lược và giải mã công nghệ chiến lược | Quý III/2026 | 1. Về phát triển công nghiệp quốc gia: Bộ Công Thương chủ trì. 2. Về quản lý các khu công nghiệp, cụm công nghiệp, khu công nghệ số: Bộ Tài chính chủ trì. 3. Về quản lý quy hoạch khoáng sản: Bộ Nông nghiệp và Môi trường chủ trì. 4. Về quản lý hệ thống trung tâm đổi mới sáng tạo, khởi nghiệp quốc gia: Bộ Tài chính chủ trì 5. Về công nghiệp chiến lược: Bộ Khoa học và Công nghệ chủ trì | Bộ Nội vụ, các bộ, cơ quan, địa phương và các đơn vị có liên quan |
| 51 | Rà soát, điều chỉnh, bổ sung, xây dựng mới các cơ chế, chính sách, đề án, kế hoạch phát triển kinh tế dữ liệu, kinh tế số, kinh tế xanh, kinh tế tuần hoàn, kinh tế chia sẻ, kinh tế bạc, kinh tế đêm, kinh tế không gian tầm thấp, kinh tế không gian ngầm, kinh tế không gian vũ trụ | Quý III/2026 | 1. Bộ Khoa học và Công nghệ chủ trì kinh tế số, kinh tế không gian dữ liệu. 2. Bộ Công an: chủ trì kinh tế dữ liệu. 3. Bộ Nông nghiệp và Môi trường: chủ trì kinh tế xanh, kinh tế tuần hoàn. 4. Bộ Tài chính: chủ trì kinh tế chia sẻ. 4. Bộ Nội vụ: chủ trì kinh tế bạc. 5. Bộ Văn hóa, Thể thao và Du lịch: chủ trì kinh tế ban đêm. 6. Bộ Xây dựng: chủ trì kinh tế không gian tầm thấp, kinh tế không gian ngầm | Các bộ, cơ quan, địa phương, Tập đoàn kinh tế, Tổng công ty và đơn vị có liên quan |
"""


def _row(doc, number):
    return next(c for c in doc.clauses if c.path == f"PL.{number}")


def test_each_numbered_item_of_the_lead_cell_leads():
    doc = parse_text(NQ_109, "nq-109.md")
    assert _row(doc, 17).responsibility.lead == ["Bộ Công Thương", "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường",
                                                  "Bộ Khoa học và Công nghệ"]
    assert "Bộ Văn hóa, Thể thao và Du lịch" in _row(doc, 51).responsibility.lead
    assert "Bộ Công an" in _row(doc, 51).responsibility.lead  # "2. Bộ Công an: chủ trì kinh tế dữ liệu."
    assert _row(doc, 5).responsibility.lead[0] == "Bộ Nội vụ"
    assert _row(doc, 3).responsibility.lead == ["Bộ Nông nghiệp và Môi trường"]


def test_items_that_name_no_lead_each_are_no_list_of_leads():
    assert leads_of_items("1. Bộ Tài chính tổng kết, đánh giá cơ chế, chính sách đặc thù (trong Quý II/2026). 2. Báo cáo "
                          "Chính phủ") == []


def test_the_part_asked_names_its_own_lead():
    doc = parse_text(NQ_109, "nq-109.md")
    ans = _answer(doc, "NQ 109 phu luc III: phat trien kinh te ban dem giao bo nao chu tri?", [_row(doc, 51)])
    assert ans.text.startswith("Bộ Văn hóa, Thể thao và Du lịch chủ trì"), ans.text
    ans = _answer(doc, "nq109: ra soat thong nhat quan ly nha nuoc ve khu cong nghiep, cum cong nghiep, khu cong nghe so "
                       "thi bo nao chu tri?", [_row(doc, 17)])
    assert ans.text.startswith("Bộ Tài chính chủ trì"), ans.text
