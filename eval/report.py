"""Evaluation report files: metrics.json, results.jsonl, report.md and a self-contained report.html."""

from __future__ import annotations

import base64
import html
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from eval.gold import GoldItem
from eval.metrics import ItemScore, breakdown
from core.models import Answer, Document

_TYPE_LABELS = {
    "lead_unit": "Đơn vị chủ trì",
    "partner_units": "Đơn vị phối hợp",
    "deadline": "Thời hạn",
    "target_number": "Chỉ tiêu",
    "content": "Nội dung",
    "multi_doc": "Nhiều kế hoạch",
    "list": "Danh sách (nhiệm vụ, kế hoạch)",
    "plan_fact": "Thông tin kế hoạch",
    "unanswerable": "Không có trong kế hoạch",
}


@dataclass
class EvalRecord:
    """One evaluated question: the gold item, what the pipeline returned, and its scores."""

    item: GoldItem
    answer: Answer
    score: ItemScore
    error: str = ""

    @property
    def failed(self) -> bool:
        return bool(self.error) or self.score.answer < 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.item.id,
            "type": self.item.type,
            "question": self.item.question,
            "doc": self.item.docs,
            "section": self.item.sections,
            "expected": self.item.answers,
            "got": self.answer.text,
            "refused": self.answer.refused,
            "asks_back": self.answer.asks_back,
            **({"conversation": self.item.conversation, "turn": self.item.turn} if self.item.conversation else {}),
            **({"items": [i.to_json() for i in self.answer.items]} if self.answer.items else {}),
            "citations": [
                {"n": c.n, "doc": c.file_name, "section": c.section, "text": c.text} for c in self.answer.citations
            ],
            "retrieved": [h.chunk.id for h in self.answer.hits[:10]],
            "scores": {
                "answer": self.score.answer,
                "first_hit_ranks": self.score.ranks,
                **(self.score.recall or {}),
                "rr@10": self.score.rr,
                "citation_precision": self.score.citation_precision,
                "citation_recall": self.score.citation_recall,
                **({"list_recall": self.score.list_recall, "list_precision": self.score.list_precision}
                   if self.score.list_recall is not None else {}),
            },
            "latency_ms": round(self.score.latency_ms, 1),
            "error": self.error,
        }


def plan_titles(documents: Mapping[str, Document] | None) -> dict[str, str]:
    titles: dict[str, str] = {}
    for file_name, doc in (documents or {}).items():
        meta = doc.meta
        titles[file_name] = " — ".join(x for x in (meta.issuer, meta.title) if x) or file_name
    return titles


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


# ---------------------------------------------------------------- plots


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight", metadata={"Software": None})
    return base64.b64encode(buf.getvalue()).decode("ascii")


def make_plots(metrics: dict[str, Any], records: list[EvalRecord]) -> dict[str, str]:
    """Base64 PNGs: answer accuracy by type, retrieval recall@k, latency histogram."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plots: dict[str, str] = {}
    by_type = metrics["answer"]["by_type"]
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.bar(list(by_type), [v or 0.0 for v in by_type.values()], color="#2a7ab0")
    ax.set_ylim(0, 1)
    ax.set_title("Answer accuracy by question type")
    ax.tick_params(axis="x", labelrotation=30)
    plots["Độ chính xác theo loại câu hỏi"] = _png(fig)
    plt.close(fig)

    retrieval = metrics["retrieval"]
    fig, ax = plt.subplots(figsize=(5, 3))
    ax.bar(list(retrieval), [v or 0.0 for v in retrieval.values()], color="#3c9d5d")
    ax.set_ylim(0, 1)
    ax.set_title("Retrieval")
    plots["Truy hồi"] = _png(fig)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(5, 3))
    ax.hist([r.score.latency_ms for r in records] or [0.0], bins=20, color="#b0602a")
    ax.set_xlabel("ms")
    ax.set_title("Latency per question")
    plots["Thời gian trả lời"] = _png(fig)
    plt.close(fig)
    return plots


# ---------------------------------------------------------------- markdown


def _md_table(headers: list[str], rows: list[list[str]]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _breakdown_rows(groups: dict[str, dict[str, Any]], names: Mapping[str, str]) -> list[list[str]]:
    return [
        [names.get(k, k) or "(không thuộc kế hoạch nào)", str(v["n"]), _fmt(v["answer_accuracy"]), _fmt(v["recall@5"]),
         _fmt(v["citation_recall"]), str(v["refused"])]
        for k, v in sorted(groups.items(), key=lambda kv: (_ORDER.get(kv[0], len(_ORDER)), kv[0]))
    ]


_ORDER = {t: i for i, t in enumerate(_TYPE_LABELS)}
_BREAKDOWN_HEADERS = ["", "n", "answer accuracy", "recall@5", "citation recall", "refused"]


def _metric_rows(metrics: dict[str, Any]) -> list[list[str]]:
    """"group.key" rows of every number in metrics.json (per-type accuracy is in its own table)."""
    rows = []
    for group, values in metrics.items():
        if isinstance(values, dict):
            for key, value in values.items():
                if isinstance(value, dict) and key != "by_type":
                    rows += [[f"{group}.{key}.{k}", _fmt(v)] for k, v in value.items()]
                elif not isinstance(value, dict):
                    rows.append([f"{group}.{key}", _fmt(value)])
    return rows


def render_markdown(metrics: dict[str, Any], records: list[EvalRecord], titles: Mapping[str, str]) -> str:
    scores = [r.score for r in records]
    out = [f"# Evaluation report\n\n{metrics['n']} questions.\n", "## Metrics\n"]
    out.append(_md_table(["metric", "value"], _metric_rows(metrics)))
    out.append("\n## By question type\n")
    out.append(_md_table(_BREAKDOWN_HEADERS, _breakdown_rows(breakdown(scores, "type"), _TYPE_LABELS)))
    out.append("\n## By plan\n")
    out.append(_md_table(_BREAKDOWN_HEADERS, _breakdown_rows(breakdown(scores, "doc"), titles)))
    failures = [r for r in records if r.failed]
    out.append(f"\n## Failures ({len(failures)})\n")
    for r in failures:
        out.append(f"### {r.item.id} ({r.item.type}) — score {r.score.answer:.2f}\n")
        out.append(f"- **Question:** {r.item.question}")
        out.append(f"- **Expected:** {r.item.expected}")
        out.append(f"- **Got:** {'(refused) ' if r.answer.refused else ''}{r.answer.text}")
        if r.error:
            out.append(f"- **Error:** {r.error}")
        out.append(f"- **First evidence hit rank:** {r.score.ranks}")
        for c in r.answer.citations:
            out.append(f"  - [{c.n}] {c.file_name} {c.section}: {c.text[:300]}")
        out.append("")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- html

_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
th{background:#f2f2f2}.fail{border:1px solid #e0b4b4;background:#fff6f6;padding:.5em 1em;margin:.8em 0}
.cit{color:#555;font-size:.9em;white-space:pre-wrap}img{max-width:100%}
"""


def _html_table(headers: list[str], rows: list[list[str]]) -> str:
    e = html.escape
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def render_html(
    metrics: dict[str, Any], records: list[EvalRecord], titles: Mapping[str, str], plots: Mapping[str, str]
) -> str:
    """A single HTML page with no external references; every plan/answer string is escaped."""
    e = html.escape
    scores = [r.score for r in records]
    rows = _metric_rows(metrics)
    parts = [
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Evaluation report</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Evaluation report</h1><p>{metrics['n']} questions.</p>",
        "<h2>Metrics</h2>",
        _html_table(["metric", "value"], rows),
    ]
    for caption, b64 in plots.items():
        parts.append(f"<figure><img alt='{e(caption)}' src=\"data:image/png;base64,{b64}\"><figcaption>{e(caption)}</figcaption></figure>")
    parts.append("<h2>By question type</h2>")
    parts.append(_html_table(_BREAKDOWN_HEADERS, _breakdown_rows(breakdown(scores, "type"), _TYPE_LABELS)))
    parts.append("<h2>By plan</h2>")
    parts.append(_html_table(_BREAKDOWN_HEADERS, _breakdown_rows(breakdown(scores, "doc"), titles)))
    failures = [r for r in records if r.failed]
    parts.append(f"<h2>Failures ({len(failures)})</h2>")
    for r in failures:
        cits = "".join(
            f"<li class='cit'>[{c.n}] {e(c.file_name)} {e(c.section)}: {e(c.text)}</li>" for c in r.answer.citations
        )
        parts.append(
            "<div class='fail'>"
            f"<h3>{e(r.item.id)} ({e(r.item.type)}) — score {r.score.answer:.2f}</h3>"
            f"<p><b>Question:</b> {e(r.item.question)}</p>"
            f"<p><b>Expected:</b> {e(r.item.expected)}</p>"
            f"<p><b>Got:</b> {'(refused) ' if r.answer.refused else ''}{e(r.answer.text)}</p>"
            + (f"<p><b>Error:</b> {e(r.error)}</p>" if r.error else "")
            + f"<p><b>Evidence:</b> {e(' | '.join(r.item.evidences))} — first hit rank {e(str(r.score.ranks))}</p>"
            + (f"<p><b>Cited clauses:</b></p><ul>{cits}</ul>" if cits else "<p><b>Cited clauses:</b> none</p>")
            + "</div>"
        )
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(
    out_dir: str | Path,
    metrics: dict[str, Any],
    records: list[EvalRecord],
    documents: Mapping[str, Document] | None = None,
) -> dict[str, Path]:
    """Write the four report files into ``out_dir`` and return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    titles = plan_titles(documents)
    paths = {
        "metrics": out / "metrics.json",
        "results": out / "results.jsonl",
        "markdown": out / "report.md",
        "html": out / "report.html",
    }
    paths["metrics"].write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    paths["results"].write_text(
        "".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    paths["markdown"].write_text(render_markdown(metrics, records, titles), encoding="utf-8")
    paths["html"].write_text(render_html(metrics, records, titles, make_plots(metrics, records)), encoding="utf-8")
    return paths
