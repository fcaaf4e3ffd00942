"""Evaluator tests: every metric on a tiny hand-computed case, gold validation errors, report files, compare()."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from eval.gold import GoldError, load_gold, parse_gold
from eval.metrics import answer_matches, answer_score, contains_evidence, percentile
from eval.runner import check_thresholds, compare, run_eval
from core.models import Answer, Chunk, Citation, Document, DocumentMeta, Hit

# ---------------------------------------------------------------- a tiny corpus and gold set

E1 = "Tuyên truyền trên báo chí về phòng, chống mua bán người ở cơ sở"
E2 = "Tăng cường quản lý người nghiện tại địa bàn dân cư"
E3A = "kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội"
E3B = "kéo giảm ít nhất 10% số vụ phạm tội về trật tự xã hội"
E5 = "Báo cáo kết quả thực hiện định kỳ về Ủy ban nhân dân tỉnh"

GOLD = [
    {"id": "q1", "question": "Ai chủ trì tuyên truyền trên báo chí?", "doc": "a.txt", "section": "III.1.2",
     "evidence": E1, "answer": "Phòng Phổ biến, giáo dục pháp luật", "type": "lead_unit"},
    {"id": "q2", "question": "ai phoi hop quan ly nguoi nghien?", "doc": "a.txt", "section": "II.2",
     "evidence": E2, "answer": "Công an thành phố; Sở Văn hóa, Thể thao và Du lịch; Báo Hải Phòng",
     "type": "partner_units"},
    {"id": "q3", "question": "So sánh chỉ tiêu kéo giảm tội phạm?", "doc": ["a.txt", "b.txt"], "section": ["I.3", "I.3"],
     "evidence": [E3A, E3B], "answer": ["ít nhất 5%", "ít nhất 10%"], "type": "multi_doc"},
    {"id": "q4", "question": "Kinh phí bao nhiêu tỷ đồng?", "doc": "", "section": "", "evidence": "", "answer": "",
     "type": "unanswerable", "note": "extra keys are ignored"},
    {"id": "q5", "question": "Báo cáo định kỳ khi nào?", "doc": "a.txt", "section": "IV.1", "evidence": E5,
     "answer": "Thường xuyên", "type": "deadline"},
]


def chunk(cid: str, doc_id: str, text: str) -> Chunk:
    return Chunk(id=cid, doc_id=doc_id, clause_ids=[], path="", text=text, embed_text=text, n_tokens=0)


def cite(n: int, file_name: str, text: str) -> Citation:
    return Citation(n=n, doc_id=file_name[:1], file_name=file_name, title="", issuer="", section="", clause_id="",
                    text=text)


def filler(n: int) -> list[Chunk]:
    return [chunk(f"x{i}", "a", f"Nội dung không liên quan số {i}.") for i in range(n)]


ANSWERS = {
    # q1: hit at rank 2 (evidence split by a line break); answer without accents and with other punctuation;
    #     one of two citations holds the evidence.
    "q1": Answer(question="q1", text="Đơn vị chủ trì: phong pho bien - giao duc PHAP LUAT [1]",
                 citations=[cite(1, "a.txt", "1.2. " + E1.replace("phòng, chống", "phòng,\n  chống") + "."),
                            cite(2, "a.txt", "Nội dung khác.")],
                 hits=[Hit(c, 1.0) for c in [*filler(1), chunk("a1", "a", "- " + E1.replace(" về ", "\nvề ") + ".")]],
                 latency_ms=100.0),
    # q2: the evidence also appears in plan b at rank 2 (wrong plan: not a hit); real hit at rank 7;
    #     2 of 3 partner units named; the only citation is from the wrong plan.
    "q2": Answer(question="q2", text="Phối hợp: Công an thành phố và Sở Văn hoá - Thể thao và Du lịch.",
                 citations=[cite(1, "b.txt", E2)],
                 hits=[Hit(c, 1.0) for c in [*filler(1), chunk("b2", "b", E2), *filler(4), chunk("a2", "a", E2)]],
                 latency_ms=200.0),
    # q3: evidence B at rank 1, evidence A at rank 3; one of two plan answers right; citation covers A only.
    "q3": Answer(question="q3", text="Hải Dương: ít nhất 5 %; Đồng Tháp: 100%",
                 citations=[cite(1, "a.txt", "Phấn đấu " + E3A + ".")],
                 hits=[Hit(c, 1.0) for c in [chunk("b3", "b", E3B), *filler(1), chunk("a3", "a", E3A)]],
                 latency_ms=300.0),
    # q4: unanswerable, refused.
    "q4": Answer(question="q4", text="Các kế hoạch không nêu nội dung này.", refused=True, latency_ms=400.0),
    # q5: answerable but refused (a false refusal), nothing retrieved.
    "q5": Answer(question="q5", text="Các kế hoạch không nêu nội dung này.", refused=True, latency_ms=500.0),
}

# Hand-computed expectations (see the comments above):
#   answer: q1 1, q2 2/3, q3 1/2, q4 1, q5 0                -> accuracy 3.1667/5 = 0.6333
#   retrieval over q1,q2,q3,q5: r@1 (0+0+.5+0)/4 = .125, r@5 (1+0+1+0)/4 = .5, r@10 (1+1+1+0)/4 = .75
#   mrr@10 (1/2 + 1/7 + (1+1/3)/2 + 0)/4 = 0.3274
#   citation precision (1/2 + 0 + 1 + 0)/4 = .375; recall (1 + 0 + 1/2 + 0)/4 = .375
#   refusal accuracy 1/1 = 1.0; false refusal rate 1/4 = .25; latency p50 300, p95 400 + .8*100 = 480
EXPECTED = {
    "n": 5,
    "retrieval": {"recall@1": 0.125, "recall@5": 0.5, "recall@10": 0.75, "mrr@10": 0.3274},
    "answer": {"accuracy": 0.6333, "by_type": {"lead_unit": 1.0, "partner_units": 0.6667, "deadline": 0.0,
                                               "multi_doc": 0.5, "unanswerable": 1.0}},
    "citation": {"precision": 0.375, "recall": 0.375},
    "refusal": {"accuracy": 1.0, "false_refusal_rate": 0.25},
    "latency_ms": {"p50": 300.0, "p95": 480.0},
}

SCRIPT_TITLE = "<script>alert('x')</script> Kế hoạch A"
DOCUMENTS = {
    name: Document(id=doc_id, file_name=name, source_format="txt", sha256="", source_text="", text="",
                   meta=DocumentMeta(title=title))
    for name, doc_id, title in [("a.txt", "a", SCRIPT_TITLE), ("b.txt", "b", "Kế hoạch B")]
}


def write_gold(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def fake_ask(question: str) -> Answer:
    return next(a for qid, a in ANSWERS.items() if next(g for g in GOLD if g["id"] == qid)["question"] == question)


@pytest.fixture
def run(tmp_path: Path) -> tuple[dict, Path]:
    gold = write_gold(tmp_path / "gold.jsonl", GOLD)
    out = tmp_path / "out"
    return run_eval(gold, fake_ask, out, documents=DOCUMENTS), out


# ---------------------------------------------------------------- metrics


def test_metrics_on_hand_computed_case(run: tuple[dict, Path]) -> None:
    metrics, _ = run
    assert metrics == EXPECTED


def test_results_jsonl_has_per_item_scores(run: tuple[dict, Path]) -> None:
    _, out = run
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["q1", "q2", "q3", "q4", "q5"]
    by_id = {r["id"]: r for r in rows}
    assert by_id["q1"]["scores"]["first_hit_ranks"] == [2]
    assert by_id["q2"]["scores"]["first_hit_ranks"] == [7]  # the rank-2 copy is from the wrong plan
    assert by_id["q3"]["scores"]["first_hit_ranks"] == [3, 1]
    assert by_id["q3"]["scores"]["recall@1"] == 0.5
    assert by_id["q2"]["scores"]["answer"] == pytest.approx(2 / 3)
    assert by_id["q1"]["scores"]["citation_precision"] == 0.5
    assert by_id["q4"]["scores"]["citation_recall"] is None  # unanswerable: excluded


def test_answer_matching_rules() -> None:
    assert answer_matches("Sở Văn hoá, Thể thao và Du lịch", "do Sở Văn hóa - Thể thao và Du lịch chủ trì")
    assert answer_matches("Xong trong tháng 4/2026", "xong trong thang 4 / 2026.")
    assert answer_matches("Ủy ban nhân dân các xã, phường", "UBND các xã, phường")
    assert not answer_matches("ít nhất 10%", "ít nhất 100% số vụ")  # whole words only
    assert not answer_matches("Sở Tư pháp", "Sở Y tế")


def test_answer_score_unanswerable_and_refusals() -> None:
    items = parse_gold("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD))
    unanswerable, answerable = items[3], items[0]
    assert answer_score(unanswerable, Answer(question="", text="Khoảng 5 tỷ đồng.", refused=False)) == 0.0
    assert answer_score(unanswerable, Answer(question="", text="", refused=True)) == 1.0
    # A refused answer earns nothing even if it happens to contain the unit's name.
    assert answer_score(answerable, Answer(question="", text="Phòng Phổ biến, giáo dục pháp luật", refused=True)) == 0


def test_unit_answer_not_found_in_the_issuer_attribution() -> None:
    """b79-14: the answer named another body; its attribution "Theo Ủy ban thường vụ Quốc hội ..., mục Điều 6.1"
    named the gold one as the issuer. A body named in the quoted clause still counts."""
    items = parse_gold("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD))
    lead = items[0]
    wrong = ("Sở Tư pháp chủ trì. [1]\nTheo Phòng Phổ biến, giáo dục pháp luật, mục Điều 6.1 — “Sở Tư pháp chủ trì.”")
    assert answer_score(lead, Answer(question="", text=wrong)) == 0.0
    quoted = "Theo Ủy ban nhân dân tỉnh, mục III.1.2: “Phòng Phổ biến, giáo dục pháp luật chủ trì tuyên truyền.” [1]"
    assert answer_score(lead, Answer(question="", text=quoted)) == 1.0


def test_evidence_matching_normalises_nfc_and_whitespace() -> None:
    text = unicodedata.normalize("NFD", "- " + E1.replace(" ", "\n", 3) + ".")
    assert contains_evidence(text, E1)
    assert contains_evidence("quản lý hoá chất", "quản lý hóa chất")  # tone placement
    assert not contains_evidence(E1.lower(), E1)  # case is kept: the evidence is quoted text
    assert not contains_evidence("anything", "")
    # a gold written from a copy that ran words together is held by the clause cut back into syllables (b137-23)
    assert contains_evidence("3. Văn phòng Đảng uỷ chủ trì, phối hợp với các cơ quan",
                             "Văn phòng Đảng uỷchủtrì, phối hợp với các cơ quan")


def test_percentile_interpolates() -> None:
    assert percentile([10.0, 20.0, 30.0, 40.0], 50) == 25.0
    assert percentile([5.0], 95) == 5.0
    assert percentile([], 50) is None


# ---------------------------------------------------------------- gold validation

BAD_LINES = [
    ("{not json", "invalid JSON"),
    ('["a list"]', "JSON object"),
    ('{"id": "x", "question": "q?", "doc": "a.txt", "section": "", "evidence": "e e e e e e", "type": "content"}',
     "missing key(s): answer"),
    ('{"id": "x", "question": "q?", "doc": "a.txt", "section": "", "evidence": "e", "answer": "a", "type": "who"}',
     'unknown type "who"'),
    ('{"id": "x", "question": "q?", "doc": ["a.txt", "b.txt"], "section": "", "evidence": ["e", "f"], "answer": "a", '
     '"type": "content"}', 'may be a list only for types multi_doc, list'),
    ('{"id": "x", "question": "q?", "doc": "", "section": "", "evidence": "e", "answer": "", "type": "unanswerable"}',
     "must be empty"),
    ('{"id": "x", "question": "q?", "doc": "a.txt", "section": "", "evidence": "", "answer": "a", "type": "deadline"}',
     '"evidence" must not be empty'),
    ('{"id": "x", "question": "q?", "doc": ["a.txt", "b.txt"], "section": "", "evidence": ["e"], "answer": ["a"], '
     '"type": "multi_doc"}', "matched item by item"),
    ('{"id": "", "question": "q?", "doc": "a.txt", "section": "", "evidence": "e", "answer": "a", "type": "content"}',
     '"id" must be a non-empty string'),
]


@pytest.mark.parametrize("bad_line, message", BAD_LINES)
def test_bad_gold_line_rejected_with_line_number(tmp_path: Path, bad_line: str, message: str) -> None:
    good = [json.dumps(g, ensure_ascii=False) for g in GOLD[:2]]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([good[0], "", good[1], bad_line]) + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert err.value.line == 4
    assert "gold.jsonl:4: " in str(err.value)
    assert message in str(err.value)


def test_duplicate_id_rejected(tmp_path: Path) -> None:
    path = write_gold(tmp_path / "gold.jsonl", [GOLD[0], GOLD[1], GOLD[0]])
    with pytest.raises(GoldError, match=r":3: duplicate id \"q1\" \(first on line 1\)"):
        load_gold(path)


def test_gold_item_lists_matched_item_by_item() -> None:
    items = parse_gold("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD))
    multi = items[2]
    assert multi.docs == ["a.txt", "b.txt"] and multi.answers == ["ít nhất 5%", "ít nhất 10%"]
    assert multi.doc_for_evidence(1) == "b.txt"
    assert items[3].evidences == [] and not items[3].answerable


# ---------------------------------------------------------------- report files


def test_report_files_and_exact_metrics_keys(run: tuple[dict, Path]) -> None:
    _, out = run
    for name in ("metrics.json", "results.jsonl", "report.md", "report.html"):
        assert (out / name).is_file(), name
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert set(metrics) == {"n", "retrieval", "answer", "citation", "refusal", "latency_ms"}
    assert set(metrics["retrieval"]) == {"recall@1", "recall@5", "recall@10", "mrr@10"}
    assert set(metrics["answer"]) == {"accuracy", "by_type"}
    assert set(metrics["citation"]) == {"precision", "recall"}
    assert set(metrics["refusal"]) == {"accuracy", "false_refusal_rate"}
    assert set(metrics["latency_ms"]) == {"p50", "p95"}
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "## By plan" in md and "q5" in md and "Thường xuyên" in md


def test_report_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    answers = dict(ANSWERS)
    answers["q1"] = Answer(question="q1", text="<b>Phòng</b> & <script>alert(1)</script>",
                           citations=[cite(1, "a.txt", "<script>document.cookie</script> " + E1)],
                           hits=ANSWERS["q1"].hits, latency_ms=100.0)

    def ask(question: str) -> Answer:
        qid = next(g["id"] for g in GOLD if g["question"] == question)
        return answers[qid]

    out = tmp_path / "out"
    run_eval(write_gold(tmp_path / "gold.jsonl", GOLD), ask, out, documents=DOCUMENTS)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    assert '<img alt=' in page and 'src="data:image/png;base64,' in page
    assert "<script" not in page.lower()
    assert "&lt;script&gt;document.cookie&lt;/script&gt;" in page  # cited clause shown, escaped
    assert "&lt;b&gt;Phòng&lt;/b&gt; &amp; " in page  # answer text escaped
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Kế hoạch A" in page  # plan title escaped
    assert len(re.findall(r"<img ", page)) >= 2


def test_run_eval_records_ask_errors(tmp_path: Path) -> None:
    def broken(question: str) -> Answer:
        raise RuntimeError("index missing")

    metrics = run_eval(write_gold(tmp_path / "gold.jsonl", GOLD[:2]), broken, tmp_path / "out")
    assert metrics["answer"]["accuracy"] == 0.0 and metrics["n"] == 2
    row = json.loads((tmp_path / "out" / "results.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert row["error"] == "RuntimeError: index missing"


# ---------------------------------------------------------------- compare and thresholds


def test_compare_shows_differences(tmp_path: Path) -> None:
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    a.write_text(json.dumps(EXPECTED), encoding="utf-8")
    changed = json.loads(json.dumps(EXPECTED))
    changed["answer"]["accuracy"] = 0.7333
    changed["latency_ms"]["p95"] = 400.0
    b.write_text(json.dumps(changed), encoding="utf-8")
    table = compare(a, b)
    assert "| answer.accuracy | 0.633 | 0.733 | +0.100 | ▲ |" in table
    assert "| latency_ms.p95 | 480.000 | 400.000 | -80.000 | ▼ |" in table
    assert "| retrieval.recall@5 | 0.500 | 0.500 | +0.000 |  |" in table
    assert "2 metric(s) differ." in table
    assert "No differences." in compare(a, a)


def test_check_thresholds(tmp_path: Path) -> None:
    # the hand-made case is far below the gates shipped in eval/thresholds.toml
    assert "answer.accuracy = 0.633 is below the minimum 0.93" in check_thresholds(EXPECTED)
    lax = tmp_path / "lax.toml"
    lax.write_text("[min]\nanswer_accuracy = 0.5\n[max]\nfalse_refusal_rate = 0.5\n", encoding="utf-8")
    assert check_thresholds(EXPECTED, lax) == []
    strict = tmp_path / "t.toml"
    strict.write_text("[min]\nanswer_accuracy = 0.9\nretrieval_recall_at_5 = 0.5\n[max]\nfalse_refusal_rate = 0.1\n",
                      encoding="utf-8")
    failures = check_thresholds(EXPECTED, strict)
    assert failures == [
        "answer.accuracy = 0.633 is below the minimum 0.9",
        "refusal.false_refusal_rate = 0.250 is above the maximum 0.1",
    ]
    bad = tmp_path / "bad.toml"
    bad.write_text("[min]\nbleu = 0.5\n", encoding="utf-8")
    assert check_thresholds(EXPECTED, bad) == [f"unknown threshold 'bleu' in [min] of {bad}"]
