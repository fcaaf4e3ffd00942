"""Who acts after a time that opens a sentence and runs over the events it counts from, and task tables whose header
takes two rows (stop 79), on thuvienphapluat copies of NĐ 226/2025/NĐ-CP (blind set b119) and QĐ 59/QĐ-BTNMT of 2024
(b122), a tuning-half plan of plans-real and two eval/external pages:

- "Trong thời hạn ... kể từ ngày A; B, <body> <acts>": the body after the events is who acts;
- a time that does not go on ("Hàng năm lập dự toán ..., gửi Sở Tài chính thẩm định, Ủy ban nhân dân tỉnh phê duyệt")
  leaves the item to the body its heading names;
- "đồng thời" ends a body's name;
- "Đơn vị thực hiện" over "Chủ trì | Phối hợp" names the lead and partner columns, and a cell listing bodies as
  dashed lines run together is read body by body.
"""

from __future__ import annotations

import pytest

from api import parse_file
from core.settings import Settings
from ingest.responsibilities import extract_from_text
from tests.conftest import REPO

TVPL = REPO / "tests" / "data" / "tvpl"
PLANS_REAL = REPO.parent / "shared" / "plans-real"
EXTERNAL = REPO / "eval" / "external" / "docs"


def _clause(path, section: str, starts: str = ""):
    doc = parse_file(path, Settings())
    return next(c for c in doc.clauses if c.path.endswith(section) and c.text.lstrip().startswith(starts))


def test_the_body_after_the_events_a_time_counts_from():
    # NĐ 226/2025/NĐ-CP Điều 1.9, khoản 6 Điều 14 of NĐ 71/2024 (blind set b119-09)
    clause = _clause(TVPL / "nd-226-2025.txt", "Điều 1.9.6", "6. Trong thời hạn không quá 15 ngày")
    assert clause.responsibility.lead == ["Ủy ban nhân dân cấp tỉnh"]
    assert clause.responsibility.deadline.startswith("thời hạn không quá 15 ngày kể từ ngày quyết định ban hành")


def test_a_step_opening_with_its_time_is_done_by_the_body_after_it():
    # QĐ 5042/QĐ-BNNMT, 2.a, Bước 3 (plans-real, tuning half): the department reports, not the province's committee
    # its heading names
    clause = _clause(PLANS_REAL / "web" / "bo-nong-nghiep-moi-truong_5042-qd-bnnmt.md", "2.a.3", "- Bước 3")
    assert clause.responsibility.lead == ["Sở Nông nghiệp và Môi trường"]


@pytest.mark.parametrize("sentence, lead", [
    # a time the task follows, not events (Quy chế thư điện tử công vụ Nghệ An Điều 11.8, eval/external b4): no body of
    # the sentence leads it (its heading's does, below)
    ("8. Hàng năm lập dự toán kinh phí phục vụ quản lý, duy trì, vận hành và nâng cấp hệ thống thư điện tử công vụ của "
     "tỉnh, gửi Sở Tài chính thẩm định, Ủy ban nhân dân tỉnh phê duyệt theo quy định.", []),
    # NĐ 300/2025/NĐ-CP Điều 8.1.c (tests/data/vbpl/nd-300-2025.html): the event described in brackets, then who acts
    ("c) Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản của cơ quan thẩm định (kèm theo hồ sơ đề nghị phê "
     "chuẩn kết quả bầu của Thường trực Hội đồng nhân dân), Thủ tướng Chính phủ xem xét, phê chuẩn kết quả bầu Chủ tịch, "
     "Phó Chủ tịch Ủy ban nhân dân cấp tỉnh; Chủ tịch Ủy ban nhân dân cấp tỉnh xem xét, phê chuẩn kết quả bầu Chủ tịch, "
     "Phó Chủ tịch Ủy ban nhân dân cấp xã.", ["Thủ tướng Chính phủ"]),
    # NĐ 242/2025/NĐ-CP Điều 89.5.a (blind set b90): "đồng thời" is how the treasury acts, no part of its name
    ("a) Hàng tháng hoặc theo từng lần phát sinh, trên cơ sở kết quả kiểm soát chi và giấy đề nghị ghi thu ghi chi vốn "
     "ODA không hoàn lại do chủ dự án gửi, Kho bạc Nhà nước đồng thời thực hiện ghi thu ghi chi theo quy định.",
     ["Kho bạc Nhà nước"]),
])
def test_who_acts_after_an_opening_time(sentence, lead):
    assert extract_from_text(sentence).lead == lead


def test_a_time_the_task_follows_leaves_the_item_to_its_heading():
    # Quy chế quản lý, sử dụng hệ thống thư điện tử công vụ of Nghệ An, Điều 11 "Trách nhiệm của Sở Khoa học và Công
    # nghệ", item 8 (eval/external b4)
    clause = _clause(EXTERNAL / "b4" / "abc00053e9811268.md", "Điều 11.8")
    assert clause.responsibility.lead == ["Sở Khoa học và Công nghệ"]


def test_a_header_of_two_rows_names_the_lead_and_partner_columns():
    # QĐ 59/QĐ-BTNMT of 2024, Phụ lục 02 row 10 (blind set b122-13)
    clause = next(c for c in parse_file(TVPL / "qd-59-2024-btnmt.txt", Settings()).clauses
                  if c.text.startswith("Chiến lược sử dụng đất quốc gia đến năm 2030"))
    assert clause.responsibility.lead == ["Cục Quy hoạch và Phát triển tài nguyên đất"]
    assert clause.responsibility.partners == ["Vụ Đất đai", "Cục Đăng ký và Dữ liệu thông tin đất đai",
                                              "Các đơn vị khác có liên quan"]
    assert clause.responsibility.deadline == "Tháng 12"
    assert "Đơn vị thực hiện Phối hợp: - Vụ Đất đai" in clause.text
