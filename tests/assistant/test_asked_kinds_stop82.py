"""Stop 82's question rules (blind sets b137 and b138, read after their first runs):

- "đơn vị nào được đề xuất giao tham mưu ... cải thiện các chỉ tiêu ...?" asks who is proposed for the task, though it
  names "chỉ tiêu" (b138-02);
- "... diễn ra vào ngày cụ thể nào?" asks a day, as "ngày nào" does (b137-27);
- a count out of a total ("57/124 xã") states how many, a month of a year ("tháng 11/2025 đến") does not (b138-10).
"""

from __future__ import annotations

from assistant.understand import Intent, QuestionParser
from assistant.values import COUNT, DAY, asked_value
from core.textnorm import fold


def test_a_body_proposed_for_a_task_is_asked_though_the_question_names_targets():
    question = ("Trong báo cáo của Sở Nội vụ Lâm Đồng về tình hình các chỉ số PAR Index, SIPAS, PAPI, PCI, 766, đơn vị nào "
                "được đề xuất giao tham mưu KH “chiến dịch 30 ngày đêm” cải thiện các chỉ tiêu giải quyết TTHC?")
    assert QuestionParser._intent(fold(question), False) == Intent.LEAD


def test_a_day_asked_as_the_exact_day():
    question = "Theo KH 12-KH/ĐU của Đảng ủy xã Công Hải, buổi làm việc với Chi bộ Công an xã diễn ra vào ngày cụ thể nào?"
    assert asked_value(fold(question)) is DAY


def test_a_count_out_of_a_total_and_no_month_of_a_year():
    assert COUNT.search(fold("tập trung công tác số hóa dữ liệu đất đai đối với 57/124 xã, phường, đặc khu chưa hoàn thành"))
    assert COUNT.search(fold("- Thời gian thực hiện: Từ tháng 11/2025 đến quý I/2026.")) is None
