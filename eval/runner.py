"""Run a gold set through an ask() function, write the report, compare runs and check CI thresholds."""

from __future__ import annotations

import json
import time
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from pathlib import Path
from typing import Any, Callable, Mapping

from eval.gold import load_gold
from eval.metrics import aggregate, score_item
from eval.report import EvalRecord, _fmt, write_report
from core.conversation import Conversation
from core.models import Answer, Document

DEFAULT_THRESHOLDS = Path(__file__).with_name("thresholds.toml")

# thresholds.toml name -> (path in metrics.json, "min" | "max")
THRESHOLD_METRICS: dict[str, tuple[tuple[str, ...], str]] = {
    "answer_accuracy": (("answer", "accuracy"), "min"),
    "retrieval_recall_at_5": (("retrieval", "recall@5"), "min"),
    "citation_recall": (("citation", "recall"), "min"),
    "refusal_accuracy": (("refusal", "accuracy"), "min"),
    "false_refusal_rate": (("refusal", "false_refusal_rate"), "max"),
    "list_recall": (("list", "recall"), "min"),
    "list_precision": (("list", "precision"), "min"),
    "conversation_accuracy": (("conversation", "accuracy"), "min"),
    "conversation_accuracy_turn_3_on": (("conversation", "by_position", "3+"), "min"),
}


def run_eval(
    gold_path: str | Path,
    ask: Callable[..., Answer],
    out_dir: str | Path,
    documents: Mapping[str, Document] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Ask every gold question, score the answers, write the report into ``out_dir``; return metrics.json's dict.

    ``ask(question)`` answers a single question; the turns of a gold conversation are asked in order as
    ``ask(question, conversation=conv)`` with one ``core.conversation.Conversation`` per gold conversation.
    ``documents`` (file name -> Document) adds plan titles to the per-plan table and lets retrieved chunks be
    traced to their plan. An exception from ``ask`` is recorded as that question's error (scored as a wrong,
    unrefused answer) rather than stopping the run.
    """
    items = load_gold(gold_path)
    id_to_file = {doc.id: name for name, doc in (documents or {}).items()}
    records: list[EvalRecord] = []
    conversations: dict[str, Conversation] = {}
    for i, item in enumerate(items, start=1):
        error = ""
        started = time.perf_counter()
        try:
            if item.conversation:
                conv = conversations.setdefault(item.conversation, Conversation())
                answer = ask(item.question, conversation=conv)
            else:
                answer = ask(item.question)
        except Exception as exc:  # noqa: BLE001 - one failing question must not stop the evaluation
            answer = Answer(question=item.question, text="")
            error = f"{type(exc).__name__}: {exc}"
        wall_ms = (time.perf_counter() - started) * 1000.0
        if not answer.latency_ms:
            answer.latency_ms = wall_ms
        records.append(EvalRecord(item=item, answer=answer, score=score_item(item, answer, id_to_file), error=error))
        if progress:
            progress(i, len(items))
    metrics = aggregate([r.score for r in records])
    write_report(out_dir, metrics, records, documents)
    return metrics


def _flatten(d: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in d.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat




def compare(a_metrics_path: str | Path, b_metrics_path: str | Path) -> str:
    """A Markdown table of every metric in two metrics.json files, with B − A and a marker on changed rows."""
    a = _flatten(json.loads(Path(a_metrics_path).read_text(encoding="utf-8")))
    b = _flatten(json.loads(Path(b_metrics_path).read_text(encoding="utf-8")))
    lines = [f"A: {a_metrics_path}", f"B: {b_metrics_path}", "", "| metric | A | B | B − A | |", "|---|---|---|---|---|"]
    changed = 0
    for key in list(dict.fromkeys([*a, *b])):
        va, vb = a.get(key), b.get(key)
        if isinstance(va, (int, float)) and isinstance(vb, (int, float)):
            delta = vb - va
            diff = f"{delta:+.3f}" if isinstance(delta, float) else f"{delta:+d}"
            mark = "" if abs(delta) < 1e-9 else ("▲" if delta > 0 else "▼")
        else:
            diff = "–"
            mark = "" if va == vb else "≠"
        changed += bool(mark)
        lines.append(f"| {key} | {_fmt(va)} | {_fmt(vb)} | {diff} | {mark} |")
    lines.append("")
    lines.append(f"{changed} metric(s) differ." if changed else "No differences.")
    return "\n".join(lines)


def _metric_at(metrics: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = metrics
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def check_thresholds(metrics: Mapping[str, Any], path: str | Path = DEFAULT_THRESHOLDS) -> list[str]:
    """Failure messages for every threshold in ``path`` (a TOML file with [min] and [max] tables) not met."""
    config = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    failures: list[str] = []
    for bound in ("min", "max"):
        for name, limit in config.get(bound, {}).items():
            spec = THRESHOLD_METRICS.get(name)
            if spec is None:
                failures.append(f"unknown threshold {name!r} in [{bound}] of {path}")
                continue
            metric_path, expected_bound = spec
            if bound != expected_bound:
                failures.append(f"threshold {name!r} belongs in [{expected_bound}], not [{bound}]")
                continue
            value = _metric_at(metrics, metric_path)
            label = ".".join(metric_path)
            if value is None:
                if (bound == "min" and limit > 0) or (bound == "max" and limit < 1):
                    failures.append(f"{label} was not measured (threshold {bound} {limit})")
            elif bound == "min" and value < limit:
                failures.append(f"{label} = {value:.3f} is below the minimum {limit}")
            elif bound == "max" and value > limit:
                failures.append(f"{label} = {value:.3f} is above the maximum {limit}")
    for key in config:
        if key not in ("min", "max"):
            failures.append(f"unknown table [{key}] in {path} (expected [min] and [max])")
    return failures
