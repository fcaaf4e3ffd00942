"""BM25 inside a scope (no embedder): once a question names its plan, the words of that plan's title — in every
one of its chunks — stop picking the clause, and the words that tell its clauses apart do (issue 12, point 4)."""

from __future__ import annotations

from core.models import Chunk
from assistant.index.keyword_index import KeywordIndex

TITLE = "Thông tư quy định phương pháp xác định giá dịch vụ phát điện của nhà máy thủy điện tích năng"
BODIES = [  # the plan's clauses repeat its title words, as real ones do
    "Giá dịch vụ phát điện của nhà máy thủy điện tích năng: giá phát điện thủy điện tích năng gồm giá công suất và "
    "giá điện năng của dịch vụ phát điện",
    *[f"Khoản {i}. Giá dịch vụ phát điện của nhà máy thủy điện tích năng năm cơ sở, thông số {i}" for i in range(25)],
]
ANSWER = "Trách nhiệm của Cục Điện lực: hướng dẫn và kiểm tra việc thực hiện quy định tại Thông tư này"
OTHER = [f"Quyết định {i}: giao Sở {i} hướng dẫn, kiểm tra, đôn đốc việc thực hiện; hướng dẫn kiểm tra việc thực hiện"
         for i in range(200)]  # across the corpus "hướng dẫn, kiểm tra việc thực hiện" is everywhere


def _chunk(doc: str, n: int, text: str, title: str) -> Chunk:
    return Chunk(f"{doc}#{n}", doc, [f"{doc}:{n}"], str(n), text, f"{title}\n{text}", len(text.split()))


def _index(tmp_path) -> KeywordIndex:
    chunks = [_chunk("tt58", i, t, TITLE) for i, t in enumerate([*BODIES, ANSWER])]
    chunks += [_chunk(f"qd{i}", 0, t, "Kế hoạch tuyên truyền pháp luật") for i, t in enumerate(OTHER)]
    index = KeywordIndex(tmp_path / "bm25")
    index.rebuild(chunks)
    return index


QUESTION = "thông tư giá dịch vụ phát điện thủy điện tích năng giao ai hướng dẫn, kiểm tra việc thực hiện"


def test_the_scope_idf_lets_the_words_that_tell_clauses_apart_pick_the_clause(tmp_path):
    index = _index(tmp_path)
    answer_id = f"tt58#{len(BODIES)}"

    def rank(share: float) -> int:
        ids = [cid for cid, _ in index.search(QUESTION, 10, allowed_docs={"tt58"}, scope_idf_share=share)]
        return ids.index(answer_id) + 1 if answer_id in ids else 99

    assert rank(0.0) > 4  # the corpus IDF: the rare title words win, every clause of the plan has them
    assert rank(0.3) <= 2  # within the plan the title words are common, "hướng dẫn, kiểm tra" is not


def test_unscoped_and_small_scopes_keep_the_corpus_idf(tmp_path):
    index = _index(tmp_path)
    assert index.search(QUESTION, 5) == index.search(QUESTION, 5, scope_idf_share=0.3)
    small = {"qd1", "qd2"}  # 2 chunks in scope: too few to count on
    assert index.search(QUESTION, 2, allowed_docs=small, scope_idf_share=0.3) == \
        index.search(QUESTION, 2, allowed_docs=small, scope_idf_share=0.0)
