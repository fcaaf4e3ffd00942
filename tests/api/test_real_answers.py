"""Answers on real documents (../shared/plans-real, tuning half of eval/real): a small index of twelve of them,
asked every tuning question about those documents. The figures of record are measured on the whole corpus and on
the check half by bench/bench_eval_real.py; this test keeps the answer forms the tuning half taught from breaking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.gold import load_gold
from eval.runner import run_eval

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "plans-real"
TUNE = ROOT / "eval" / "real" / "tune.jsonl"
DOCS = [
    "web/son-la_b13aef6a.md", "web/chinh-phu_623-tb-vpcp.md", "web/chinh-phu_627-tb-vpcp.md",
    "web/chinh-phu_648-tb-vpcp.md", "web/ha-noi_71-2025-qd-ubnd.md", "web/ha-tinh_2913-qd-ubnd.md",
    "web/bac-ninh_81-2025-qd-ubnd.md", "web/dak-lak_010-ct-ubnd.md", "web/hue_123-2025-qd-ctubnd.md",
    "web/dong-nai_2811-qd-ubnd.md", "html/luong-minh_qd-thanh-lap-to-tiep-cong-dan.htm",
    "office/lao-cai_cv-ubnd-kt_giao-sct-tham-muu-uy-quyen.docx",
]


@pytest.fixture(scope="module")
def real_run(tmp_path_factory):
    from api.service import Kehoach
    from core.settings import load_settings

    data_dir = tmp_path_factory.mktemp("real-index")
    svc = Kehoach(load_settings(data_dir=data_dir))
    report = svc.ingest([REAL / d for d in DOCS])
    assert not report.failed, [f.message for f in report.failed]
    names = {Path(d).name for d in DOCS}
    gold = [g for g in load_gold(TUNE) if any(g.docs) and set(g.docs) <= names]
    assert len(gold) >= 25, len(gold)
    subset = data_dir / "tune-subset.jsonl"
    ids = {g.id for g in gold}
    subset.write_text("".join(line + "\n" for line in TUNE.read_text(encoding="utf-8").splitlines()
                              if line.strip() and json.loads(line)["id"] in ids), encoding="utf-8")
    documents = {d["file_name"]: svc.document(d["id"]) for d in svc.documents()}
    out = data_dir / "eval"
    metrics = run_eval(subset, svc.ask, out, documents)
    results = {r["id"]: r for r in map(json.loads, (out / "results.jsonl").read_text(encoding="utf-8").splitlines())}
    return metrics, results


def test_tuning_questions_on_these_documents_are_answered(real_run):
    metrics, results = real_run
    wrong = {i: r["got"][:120] for i, r in results.items() if r["scores"].get("answer", 1) < 1}
    assert metrics["answer"]["accuracy"] >= 0.85, wrong
    assert metrics["refusal"]["false_refusal_rate"] <= 0.05, wrong


@pytest.mark.parametrize("qid, form", [
    ("ta-38", "a procedure's time in its own field: '2.4. Thời hạn giải quyết: 30 ngày'"),
    ("tb-47", "'vốn ... tối thiểu bao nhiêu phần trăm' asks a share, not money"),
    ("ta-10", "an official letter's one paragraph: 'giao Sở Công Thương chủ trì'"),
    ("tb-23", "a conclusion notice: 'Giao Bộ ... chủ trì'"),
])
def test_answer_form(real_run, qid: str, form: str):
    _, results = real_run
    r = results[qid]
    assert r["scores"]["answer"] == 1.0, (form, r["question"], r["expected"], r["got"])
