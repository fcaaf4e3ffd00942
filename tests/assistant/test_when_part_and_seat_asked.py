"""Stop 81's question rules (blind sets b129 and b133, read after their first runs):

- a question asking when one task is due is no list of a unit's tasks, though it names "thực hiện các công việc";
- "cơ quan chủ trì ... không chịu trách nhiệm về phần nào?" asks which part, the role word naming whom it is about;
- the number of a standard a text issues is its content, not the text's own number;
- "Trưởng phòng là ai?" / "... tên gì?" asks who holds the seat, and a heading "1. Ông Trần Sơn – Trưởng phòng ..." with
  the duties run on after it names him.
"""

from __future__ import annotations

import pytest

from assistant.understand import Intent, QuestionParser
from core.textnorm import fold
from tests.conftest import REPO, asker

BLIND = REPO / "tests" / "data" / "blind-docs"


@pytest.mark.parametrize("question, intent", [
    # b133-27: NĐ 212/2026/NĐ-CP sets no day for the roadmap; the question asks when, not the ministry's tasks
    ("NĐ 212/2026: Bộ Xây dựng phải ban hành lộ trình thực hiện các công việc xây dựng hệ thống thông tin về hoạt động "
     "xây dựng trước ngày nào?", Intent.CONTENT),
    ("Sở Y tế chủ trì những nhiệm vụ nào?", Intent.UNIT_TASKS),
    # b133-25: NĐ 193/2026/NĐ-CP Điều 25.2.c "Không chịu trách nhiệm về tính chính xác về khối lượng do chủ đầu tư ..."
    ("NĐ 193/2026 quyết toán vốn đầu tư: cơ quan chủ trì thẩm tra quyết toán không chịu trách nhiệm về phần nào?",
     Intent.CONTENT),
    # b133-26: TT 48/2026/TT-BCA Điều 1 "Ban hành kèm theo Thông tư này Quy chuẩn ... - QCVN 11:2026/BCA."
    ("thong tu 48/2026/TT-BCA ban hanh quy chuan ky thuat quoc gia so hieu gi ve camera giam sat?", Intent.CONTENT),
    ("Kế hoạch của UBND tỉnh Đồng Tháp có số hiệu là gì?", Intent.PLAN_FACTS),
    # (eval/external b14-31: "Mau" of Cà Mau is no form)
    ("Kế hoạch tài chính - NSNN 03 năm 2026-2028 của UBND tỉnh Cà Mau có số hiệu là gì?", Intent.PLAN_FACTS),
])
def test_what_a_question_asks(question, intent):
    assert QuestionParser._intent(fold(question), False) == intent


ask = asker("seat-asked", [BLIND / "tb-pkt-2026-xa-nghialam-phan-cong.pdf"])


@pytest.mark.parametrize("question", [
    "Thông báo phân công nhiệm vụ phòng Kinh tế xã Nghĩa Lâm: Trưởng phòng là ai?",
    "phong kinh te xa nghia lam: truong phong ten gi?",
])
def test_the_head_named_in_a_heading_with_duties_after_it(ask, question):
    # b129: a notice of Phòng Kinh tế xã Nghĩa Lâm, 3/2026, "I. Nhiệm vụ của lãnh đạo phòng / 1. Ông Trần Sơn – Trưởng
    # phòng Trưởng phòng chịu trách nhiệm lãnh đạo, điều hành toàn bộ hoạt động của phòng ..."
    a = ask(question)
    assert a.text.startswith("Ông Trần Sơn")
    assert a.citations[0].section == "I.1"
