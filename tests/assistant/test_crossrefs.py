"""A clause that hands over another clause's task by reference ("... thực hiện nhiệm vụ quy định tại điểm c khoản 1
Điều này") says who does that task, on the real text NQ 73/2025/NQ-HĐND Hà Nội (eval/external/docs/b10)."""

from __future__ import annotations

import pytest

from api import parse_file
from assistant.answer.crossrefs import cited_paths, clauses_citing
from core.settings import load_settings
from tests.assistant.test_external_answers import EXTERNAL_DOCS, _answer


@pytest.fixture(scope="module")
def nq_73(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    return parse_file(EXTERNAL_DOCS / "b10" / "06c6f91f5c3b4c21.md", settings)


def _at(doc, path):
    return next(c for c in doc.clauses if c.path == path)


def test_references_resolve_against_the_clauses_own_article(nq_73):
    assert cited_paths(_at(nq_73, "Điều 16.4")) == ["Điều 16.1.c"]  # "điểm c khoản 1 Điều này"
    assert cited_paths(_at(nq_73, "Điều 13.4")) == ["Điều 13.2", "Điều 13.3"]  # "khoản 2 và khoản 3 Điều này"
    assert [c.path for c in clauses_citing(nq_73, _at(nq_73, "Điều 16.1.c"))] == ["Điều 16.4"]
    # another text's article is not this one's: "điểm a khoản 3 Điều 43 Luật Thủ đô", "khoản 1, khoản 2 Điều 40
    # Nghị định số 263/2025/NĐ-CP"
    for path in ("Điều 13.1", "Điều 5.3.a"):
        assert cited_paths(_at(nq_73, path)) == [], path


def test_who_prepares_a_task_the_question_gives_its_owner(nq_73):
    """"c) Cân đối bố trí ngân sách hằng năm ..." is the City People's Committee's own task (Điều 16.1.c); asked who
    advises the Committee on it, "4. Sở Tài chính có trách nhiệm chủ trì, tham mưu Ủy ban nhân dân Thành phố thực hiện
    nhiệm vụ quy định tại điểm c khoản 1 Điều này." answers (eval/external b10-05), though retrieval ranks it sixth."""
    a = _answer(nq_73, "nghi quyet 73 ha noi: co quan nao tham muu UBND thanh pho can doi bo tri ngan sach hang nam de "
                       "thuc hien chinh sach khu cong nghe cao?", ["Điều 16.1.c", "Điều 16.2.g", "Điều 15.1"])
    assert a.text.startswith("Sở Tài chính"), a.text
    assert a.citations[0].section == "Điều 16.4"
