"""Dependencies point one way: core → ingest → assistant → api → (kehoach CLI, ui, eval, bench).

Every import of every module (top level or inside a function) is read from the source with ``ast``; an import
from a lower floor to a higher one, or from the UI/CLI/eval into anything but the API and the core, fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Floors, lowest first. A module may import its own package and any package on a lower floor.
FLOORS: dict[str, int] = {"core": 0, "prompts": 0, "ingest": 1, "assistant": 2, "api": 3,
                          "kehoach": 4, "ui": 4, "eval": 4, "bench": 4}
# Inside the assistant, the same rule between its sub-packages (index before retrieval before answers).
ASSISTANT_FLOORS: dict[str, int] = {"embedders": 0, "index": 1, "retrieve": 2, "topic": 2, "understand": 2, "answer": 3,
                                    "chat": 4, "generation": 4}
# The top floor talks to the layers below only through the API and the core models.
TOP_MAY_IMPORT: dict[str, set[str]] = {
    "ui": {"api", "core", "ui"},
    "kehoach": {"api", "core", "kehoach", "ui", "eval"},  # the CLI starts the web app and the evaluator
    "eval": {"api", "core", "eval"},
}


def _modules() -> list[tuple[str, Path]]:
    out = []
    for package in FLOORS:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            out.append((".".join(rel.parts), path))
    return out


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return {n for n in names if n.split(".")[0] in FLOORS}


def violations() -> list[str]:
    found = []
    for module, path in _modules():
        top = module.split(".")[0]
        for imported in sorted(_imports(path)):
            target = imported.split(".")[0]
            if FLOORS[target] > FLOORS[top]:
                found.append(f"{module} imports {imported}: floor {top}={FLOORS[top]} < {target}={FLOORS[target]}")
            elif top in TOP_MAY_IMPORT and target not in TOP_MAY_IMPORT[top]:
                found.append(f"{module} imports {imported}: {top} may import only {sorted(TOP_MAY_IMPORT[top])}")
            elif top == target == "assistant":
                mine, theirs = module.split(".")[1], imported.split(".")[1] if "." in imported else ""
                if mine not in ASSISTANT_FLOORS and mine != "__init__":
                    found.append(f"{module}: assistant.{mine} has no floor in ASSISTANT_FLOORS")
                if mine in ASSISTANT_FLOORS and theirs in ASSISTANT_FLOORS and ASSISTANT_FLOORS[theirs] > ASSISTANT_FLOORS[mine]:
                    found.append(f"{module} imports {imported}: assistant.{mine} is below assistant.{theirs}")
    return found


def package_graph() -> dict[str, set[str]]:
    """Package → packages it imports (what the issue note shows)."""
    graph: dict[str, set[str]] = {}
    for module, path in _modules():
        top = module.split(".")[0]
        graph.setdefault(top, set()).update(i.split(".")[0] for i in _imports(path) if i.split(".")[0] != top)
    return graph


def test_no_import_points_up_a_floor():
    assert violations() == []


def test_the_core_imports_nothing_of_ours_but_itself():
    assert package_graph()["core"] == set()


def test_the_checker_sees_a_violation(tmp_path):
    """The walk really reads imports inside functions (a guard against a checker that passes everything)."""
    bad = tmp_path / "m.py"
    bad.write_text("def f():\n    from api.service import Kehoach\n", encoding="utf-8")
    assert "api.service" in _imports(bad)


def test_the_parser_reads_only_the_parser_tables_of_the_lexicon():
    """A file's fingerprint covers the lexicon tables the parser reads (core.lexicon.PARSER_TABLES): ingest must not
    read the question side's tables, or editing them would change a parse without re-parsing the files."""
    from core.lexicon import PARSER_TABLES

    question_side = {"stopwords", "questions"}
    assert not question_side & set(PARSER_TABLES)
    for path in sorted((ROOT / "ingest").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "core.lexicon":
                assert not {a.name for a in node.names} & question_side, path
