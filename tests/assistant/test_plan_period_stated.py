"""The period a plan states in a line of its own is quoted as written and cited ("3. Thời gian thực hiện: Từ năm 2026
đến năm 2031.", QĐ 892/QĐ-TTg mục II.3, blind set b27-43; a gazette PDF kept outside the repo, eval/external/README.md),
where only the title's years ("giai đoạn 2026–2031") were given; a task's own time or a step's "Không quá 15 ngày" is
none. Asked as users type it: "... đề án ... thực hiện trong bao lâu, từ năm nào"."""

from __future__ import annotations

from datetime import date

from assistant.answer.plan_facts import PlanFactsAnswerer
from assistant.index.tasks import PlanFacts
from assistant.understand import QuestionParser
from ingest.pipeline import parse_text

QD_892 = """THỦ TƯỚNG CHÍNH PHỦ
Số: 892/QĐ-TTg
Hà Nội, ngày 20 tháng 5 năm 2026
QUYẾT ĐỊNH
Phê duyệt Đề án bồi dưỡng cán bộ, công chức, viên chức làm công tác đối ngoại, hội nhập quốc tế đủ năng lực làm việc
trong môi trường quốc tế trong kỷ nguyên mới giai đoạn 2026 - 2031
Điều 1. Phê duyệt Đề án với những nội dung chủ yếu sau đây:
II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN
1. Đối tượng
Cán bộ, công chức, viên chức làm công tác đối ngoại, hội nhập quốc tế.
2. Phạm vi
Đề án được thực hiện trong phạm vi các bộ, cơ quan ngang bộ và Ủy ban nhân dân cấp tỉnh.
3. Thời gian thực hiện: Từ năm 2026 đến năm 2031.
III. NHIỆM VỤ
1. Bộ Ngoại giao chủ trì xây dựng chương trình bồi dưỡng.
- Thời gian thực hiện: Năm 2027.
"""


class _Reader:
    def __init__(self, doc):
        self.doc = doc

    def document(self, doc_id):
        return self.doc


def _facts(doc) -> PlanFacts:
    return PlanFacts(doc_id=doc.id, file_name=doc.file_name, title=doc.meta.title, issuer=doc.meta.issuer,
                     number=doc.meta.number, kind=doc.meta.kind, year="2026-2031")


def test_the_period_a_plan_states_is_quoted_and_cited():
    doc = parse_text(QD_892, "qd-892.txt")
    value, citation = PlanFactsAnswerer._stated_period(_facts(doc), _Reader(doc), 2)
    assert value == "Từ năm 2026 đến năm 2031"
    assert citation.n == 2 and citation.section.endswith("II.3")


def test_the_question_asks_the_period_of_the_project():
    parser = QuestionParser([], [], [{"id": "qd-892", "number": "892/QĐ-TTg", "kind": "Quyết định"}])
    q = parser.parse("qd 892 de an boi duong can bo lam doi ngoai thuc hien trong bao lau, tu nam nao", date(2026, 12, 3))
    assert "period" in q.facts


def test_a_steps_time_is_no_period():
    text = QD_892.replace("3. Thời gian thực hiện: Từ năm 2026 đến năm 2031.",
                          "3. Thời gian thực hiện: Không quá 15 ngày làm việc.")
    doc = parse_text(text, "qd-892.txt")
    assert PlanFactsAnswerer._stated_period(_facts(doc), _Reader(doc), 2) is None
