"""A value asked of one body is not answered by another body's task (QĐ 88/2025/QĐ-UBND Lai Châu, plans-real tuning
half): "d) Tiếp nhận và trả lời bằng văn bản ... trong thời hạn không quá 05 ngày làm việc" (Điều 6.1.d) is the task
of Ủy ban nhân dân cấp xã, so "Sở Xây dựng phải trả lời ... trong thời hạn mấy ngày làm việc?" has no answer in the
rules (tune-fresh23 t23-55), while the same question of the commune is answered by it (t30-36)."""

from __future__ import annotations

import pytest

from api import parse_file
from assistant.answer.default import DefaultAnswerer
from assistant.index.corpus_stats import topic_words
from assistant.understand import QuestionParser
from core.models import Chunk, Hit
from core.settings import Settings, load_settings
from tests.conftest import SHARED_REAL

REFUSED = "Không có trong kế hoạch"
RETRIEVED = ["Điều 6.1.d", "Điều 11.2.a", "Điều 7.4"]  # retrieval's order for t23-55


@pytest.fixture(scope="module")
def qd_88(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    return parse_file(next(SHARED_REAL.rglob("lai-chau_88-2025-qd-ubnd.md")), settings)


def _answer(doc, question: str, paths: list[str]):
    """The default answer from ``paths`` retrieved in that order, the parser knowing the units the rules name (as the
    index's unit names do)."""
    idf = {w: 1.0 for c in doc.clauses for w in topic_words(" ".join([*c.heading_trail, c.text]))}
    units = sorted({u for c in doc.clauses for u in [*c.responsibility.lead, *c.responsibility.partners]}
                   | {"Sở Xây dựng", "Công ty"})
    parser = QuestionParser([doc.meta.province], units, [{"id": doc.id, "title": doc.meta.title, "kind": doc.meta.kind,
                                                          "province": doc.meta.province, "number": doc.meta.number,
                                                          "locality": "", "issuer": doc.meta.issuer}])
    clauses = {c.path: c for c in doc.clauses}
    hits = [Hit(Chunk(f"{doc.id}#{i}", doc.id, [clauses[p].id], p, clauses[p].text, clauses[p].text, 40), 1.0 / (i + 1),
                doc=doc, clause=clauses[p]) for i, p in enumerate(paths)]
    return DefaultAnswerer(Settings(), idf=idf).answer(parser.parse(question), hits)


def test_the_communes_time_limit_is_no_answer_for_the_department(qd_88):
    clause = next(c for c in qd_88.clauses if c.path == "Điều 6.1.d")
    assert clause.responsibility.lead == ["Ủy ban nhân dân cấp xã"]
    a = _answer(qd_88, "lai chau qd 88: So Xay dung phai tra loi van ban ve nha o, cong trinh xay dung san co trong thoi "
                       "han may ngay lam viec?", RETRIEVED)
    assert a.text.startswith(REFUSED), a.text


def test_the_communes_time_limit_answers_for_the_commune(qd_88):
    a = _answer(qd_88, "Lai Châu QĐ 88: UBND xã trả lời VPĐKĐĐ việc nhà ở xây trước 2006 có được công nhận tồn tại hay "
                       "không trong bao nhiêu ngày?", RETRIEVED)
    assert "05 ngày làm việc" in a.text, a.text
    assert a.citations[0].section == "Điều 6.1.d"
