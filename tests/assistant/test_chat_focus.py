"""What a conversation is about after an answer (assistant/chat.py next_focus): "đơn vị đó" of the next question is
the lead of the task answered."""

from __future__ import annotations

from assistant.chat import Resolution, next_focus
from core.models import Answer, Citation
from core.query import Intent, Query


def _cite(n: int, doc: str, path: str) -> Citation:
    return Citation(n, doc, f"{doc}.txt", "", "", path, f"{doc}:{path}", "")


def test_the_unit_of_the_answer_is_the_lead_of_its_first_task_also_when_a_second_plan_is_cited():
    # conversations.jsonl conv-c03: "Ở Thái Nguyên, ai chủ trì tuyên truyền trong các cơ sở giáo dục?" is answered
    # from the sample plan's II.2.2 [1], with the same unit's like task in QĐ 27/2025 Thái Nguyên cited too [2]
    leads = {"thai-nguyen-kh:II.2.2": "Sở Giáo dục Đào tạo", "thai-nguyen-27:Điều 8.4.b": "Sở Giáo dục và Đào tạo"}
    q = Query(text="Ở Thái Nguyên, ai chủ trì tuyên truyền trong các cơ sở giáo dục?", folded="", intent=Intent.LEAD)
    answer = Answer(q.text, "Sở Giáo dục Đào tạo chủ trì. [1][2]",
                    [_cite(1, "thai-nguyen-kh", "II.2.2"), _cite(2, "thai-nguyen-27", "Điều 8.4.b")])
    focus = next_focus(None, Resolution(q, q.text), answer, lambda cid: leads.get(cid, ""))
    assert focus.unit == "Sở Giáo dục Đào tạo"
    assert focus.task == ""  # two plans' tasks: "hạn khi nào?" asks which one
