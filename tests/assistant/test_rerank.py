"""The reranker over fused candidates (assistant/retrieve/rerank.py), on a real plan of the tuning half: its weights
are data with a weight for every feature, and among candidates retrieval ranked alike it puts first the clause that
holds the question's words side by side and, for a who-question, names who does the task."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.index.corpus_stats import CorpusStats
from assistant.retrieve.rerank import FEATURES, WEIGHTS_FILE, Reranker, features, load_weights
from assistant.understand import QuestionParser
from core.models import Hit
from core.settings import Settings
from ingest.pipeline import ingest_file

PLAN = Path(__file__).resolve().parents[2].parent / "shared" / "plans-real" / "html" / \
    "luong-minh_kh-lay-y-kien-cu-tri-noi-cu-tru.htm"


@pytest.fixture(scope="module")
def plan():
    doc, chunks = ingest_file(PLAN, Settings())
    idf = CorpusStats.of(chunks).idf()
    parser = QuestionParser([], [], [])
    return doc, chunks, idf, parser


def _hits(doc, chunks, paths: list[str]) -> list[Hit]:
    """Hits for the chunks whose first clause has these paths, all ranked alike by both retrievals."""
    out = []
    for path in paths:
        chunk = next(c for c in chunks if doc.clause(c.clause_ids[0]).path == path)
        out.append(Hit(chunk, 1.0, dense_rank=1, keyword_rank=1, dense_score=0.9, keyword_score=10.0,
                       doc=doc, clause=doc.clause(chunk.clause_ids[0])))
    return out


def test_weights_are_data_for_every_feature():
    text = WEIGHTS_FILE.read_text(encoding="utf-8")
    assert "bench/fit_rerank.py" in text  # says how it was fitted
    weights = load_weights()
    assert len(weights) == len(FEATURES)
    assert all(f"{name} =" in text for name in FEATURES)
    # retrieval's own ranks still count most: each rank weighs more than nothing
    assert all(weights[FEATURES.index(n)] > 0 for n in ("inv_rank", "inv_dense_rank", "inv_keyword_rank"))


def test_the_clause_holding_the_question_words_side_by_side_comes_first(plan):
    doc, chunks, idf, parser = plan
    q = parser.parse("ai lập danh sách và mời cử tri đến dự hội nghị ở thôn?")
    candidates = [c for c in chunks if "mời cử tri" in c.text]
    others = [c for c in chunks if "mời cử tri" not in c.text and "cử tri" in c.text]
    assert candidates and others
    paths = [doc.clause(others[0].clause_ids[0]).path, doc.clause(candidates[0].clause_ids[0]).path]
    hits = _hits(doc, chunks, paths)
    rows = features(q, hits, idf)
    pair = FEATURES.index("pair_coverage")
    assert rows[1][pair] > rows[0][pair]
    ranked = Reranker.fitted(idf).rerank(q, hits)
    assert "mời cử tri" in ranked[0].chunk.text
    assert ranked[0].score >= ranked[1].score


def test_names_who_counts_only_for_who_questions(plan):
    doc, chunks, idf, parser = plan
    named = next(c for c in chunks if doc.clause(c.clause_ids[0]).responsibility.lead)
    hits = _hits(doc, chunks, [doc.clause(named.clause_ids[0]).path])
    who = FEATURES.index("names_who")
    assert features(parser.parse("đơn vị nào chủ trì lập danh sách cử tri?"), hits, idf)[0][who] == 1.0
    assert features(parser.parse("hội nghị cử tri tổ chức khi nào?"), hits, idf)[0][who] == 0.0


def test_the_round_asked_for_outranks_its_siblings():
    # KH 16/KH-MTTQ xã Lương Minh: "(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 ..." and
    # "(3) Tổ chức hiệp thương lần thứ ba: Chậm nhất ngày 20/02/2026 ..." share every word but the round
    from assistant.topic import round_match, rounds

    doc, chunks = ingest_file(PLAN.with_name("luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm"), Settings())
    parser = QuestionParser([], [], [])
    q = parser.parse("hiệp thương lần thứ ba phải xong chậm nhất ngày nào?")
    assert rounds(q.folded) == {("lan", 3)}
    assert rounds("hội nghị hiệp thương lần thứ 2, thứ 3") == {("lan", 2), ("lan", 3)}
    first = next(c for c in chunks if "hiệp thương lần thứ nhất" in c.text and "lần thứ ba" not in c.text)
    third = next(c for c in chunks if "hiệp thương lần thứ ba" in c.text and "lần thứ nhất" not in c.text)
    assert round_match(q, third.text) == 1.0 and round_match(q, first.text) == -1.0
    hits = [Hit(c, 1.0, dense_rank=1, keyword_rank=1, dense_score=0.9, keyword_score=10.0, doc=doc,
                clause=doc.clause(c.clause_ids[0])) for c in (first, third)]
    idf = CorpusStats.of(chunks).idf()
    assert Reranker.fitted(idf).rerank(q, hits)[0].chunk.id == third.id


def test_the_clause_stating_the_value_asked_outranks_one_on_the_same_act():
    # VBHN 94/VBHN-BQP (bom mìn): "d) ... Sau khi hoàn thành ... rà phá bom mìn vật nổ, tổ chức, đơn vị phải báo cáo chủ
    # đầu tư ..." (Điều 11.3.d) says who reports, "b) Trong thời hạn 15 ngày làm việc, sau khi kết thúc dự án ..."
    # (Điều 22.1.b) how soon: a how-long question is answered by the clause stating a length of time
    doc, chunks = ingest_file(PLAN.parents[1] / "web" / "bo-quoc-phong_94-vbhn-bqp.md", Settings())
    idf = CorpusStats.of(chunks).idf()
    q = QuestionParser([], [], []).parse("đơn vị rà phá bom mìn xong dự án thì phải báo cáo trong bao nhiêu ngày làm việc?")
    hits = _hits(doc, chunks, ["Điều 11.3.d", "Điều 22.1.b"])
    value = FEATURES.index("holds_value")
    assert [row[value] for row in features(q, hits, idf)] == [0.0, 1.0]
    assert [h.clause.path for h in Reranker.fitted(idf).rerank(q, hits)] == ["Điều 22.1.b", "Điều 11.3.d"]


def test_a_when_question_seeks_a_time_and_a_how_much_question_a_figure():
    from assistant.values import DATE, DURATION, PERCENT, value_sought

    parser = QuestionParser([], [], [])
    assert value_sought(parser.parse("tổ tiếp công dân hoạt động đến khi nào thì giải thể?")) is DATE
    assert value_sought(parser.parse("phải báo cáo trong bao nhiêu ngày làm việc?")) is DURATION
    assert value_sought(parser.parse("tỷ lệ hộ dân được hỗ trợ di dời là bao nhiêu phần trăm?")) is PERCENT
    assert value_sought(parser.parse("đơn vị nào chủ trì rà phá bom mìn?")) is None


def test_the_words_next_to_where_a_question_asks_pick_the_sibling_asked(plan):
    # KH lấy ý kiến cử tri nơi cư trú (xã Lương Minh) IV: "1. Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn
    # vị trực tiếp quản lý người ứng cử có trách nhiệm xác minh và trả lời ...", "2. Đối với vụ việc ở khu dân cư thì
    # cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm phối hợp với Ủy ban nhân dân xã xác minh và trả
    # lời ...", "3. Đối với người tự ứng cử ...": all hold what is asked to be done; the case asked of, written before
    # "cơ quan nào", tells them apart
    doc, chunks, idf, parser = plan
    q = parser.parse("vụ việc ở khu dân cư thì cơ quan nào phải phối hợp với UBND xã xác minh, trả lời?")
    after, before = q.asked_sides
    assert {"xac", "tra", "loi"} <= set(after)
    assert {"khu", "dan", "cu"} <= set(before)
    hits = _hits(doc, chunks, ["IV.1", "IV.2", "IV.3"])
    rows = features(q, hits, idf)
    asked_after, asked_before = FEATURES.index("asked_after"), FEATURES.index("asked_before")
    assert rows[1][asked_after] == rows[2][asked_after] == 1.0
    assert rows[1][asked_before] > max(rows[0][asked_before], rows[2][asked_before])
    assert Reranker.fitted(idf).rerank(q, hits)[0].clause.path == "IV.2"


def test_a_question_that_asks_nowhere_has_no_sides():
    parser = QuestionParser([], [], [])
    assert parser.parse("kế hoạch lấy ý kiến cử tri nơi cư trú").asked_sides == ((), ())


def test_words_a_clause_writes_as_its_own_acronym_are_held():
    # "bảo vệ bí mật nhà nước" asked; the plan defines "bí mật nhà nước (BMNN)" once and writes "bảo vệ BMNN" after
    # (QĐ 254/QĐ-UBND tỉnh Sơn La, Kế hoạch IV.1)
    from assistant.topic import coverage
    terms = ["nop", "bao", "cao", "ket", "qua", "bao", "mat", "nha", "nuoc"]
    text = "Báo cáo kết quả thực hiện công tác bảo vệ BMNN và gửi về UBND tỉnh trước ngày 10/11/2023"
    assert coverage(terms, text) > coverage(terms, text.replace("BMNN", "an ninh")) and coverage(terms, text) >= 0.85
