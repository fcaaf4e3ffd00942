"""Gold question set: the JSON Lines format, its validation (errors name the line) and loading."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_TYPES: tuple[str, ...] = (
    "lead_unit",
    "partner_units",
    "deadline",
    "target_number",
    "content",
    "multi_doc",
    "list",  # a complete list (a unit's tasks, the tasks due in a window, plans): scored by item recall/precision
    "plan_fact",  # a fact about a plan itself (issuer, number, date, signer, period, how many plans)
    "unanswerable",
)
REQUIRED_KEYS: tuple[str, ...] = ("id", "question", "doc", "section", "evidence", "answer", "type")
TURN_KEYS: tuple[str, ...] = ("question", "answer", "type")  # a conversation turn may leave the others out
LIST_TYPES: tuple[str, ...] = ("multi_doc", "list")  # types whose doc/section/answer may be lists
NO_EVIDENCE_TYPES: tuple[str, ...] = ("list", "plan_fact")  # answered from tables: evidence optional, no retrieval
UNIT_SEPARATOR = ";"  # partner_units answers list their units separated by "; "


class GoldError(ValueError):
    """A gold file line that does not follow the format; the message starts with "<file>:<line>:"."""

    def __init__(self, message: str, line: int, path: str = "") -> None:
        self.line = line
        self.path = path
        where = f"{path}:{line}" if path else f"line {line}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class GoldItem:
    """One gold question. ``docs``/``evidences``/``answers`` are lists matched item by item
    (one element except for ``multi_doc``; empty evidence/answer lists for ``unanswerable``)."""

    id: str
    question: str
    type: str
    docs: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    evidences: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    line: int = 0
    conversation: str = ""  # the conversation a turn belongs to ("" for a single question)
    turn: int = 0  # 1-based position of the turn in its conversation

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"

    @property
    def expected(self) -> str:
        """The expected answer as one display string."""
        if self.type == "list" and not self.answers:
            return "(danh sách rỗng: không có mục nào)"
        return " | ".join(self.answers) if self.answers else "(từ chối: kế hoạch không nêu)"

    def doc_for_evidence(self, index: int) -> str:
        """The plan an evidence belongs to (a single doc covers every evidence)."""
        if len(self.docs) == len(self.evidences):
            return self.docs[index]
        return self.docs[0] if self.docs else ""


def _as_list(value: Any, key: str, line: int, allow_list: bool) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list) and allow_list:
        if not value:
            return []  # checked by type below ("list": nothing expected; others: must not be empty)
        if not all(isinstance(v, str) and v.strip() for v in value):
            raise GoldError(f'"{key}" must be a non-empty list of non-empty strings', line)
        return [v.strip() for v in value]
    if isinstance(value, list):
        raise GoldError(f'"{key}" may be a list only for types {", ".join(LIST_TYPES)}', line)
    raise GoldError(f'"{key}" must be a string, got {type(value).__name__}', line)


def parse_gold_line(text: str, line: int) -> list[GoldItem]:
    """Parse and validate one JSON line — a question, or a conversation ``{"id", "turns": [...]}`` whose turns are
    questions asked in order in one conversation; raise GoldError naming ``line`` when it is malformed."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldError(f"invalid JSON ({exc.msg} at column {exc.colno})", line) from None
    if not isinstance(obj, dict):
        raise GoldError("each line must be a JSON object", line)
    if "turns" in obj:
        conv = obj.get("id")
        if not isinstance(conv, str) or not conv.strip():
            raise GoldError('a conversation needs a non-empty string "id"', line)
        turns = obj["turns"]
        if not isinstance(turns, list) or not turns or not all(isinstance(t, dict) for t in turns):
            raise GoldError('"turns" must be a non-empty list of objects', line)
        items = []
        for i, t in enumerate(turns, start=1):
            missing = [k for k in TURN_KEYS if k not in t]
            if missing:
                raise GoldError(f"turn {i}: missing key(s): {', '.join(missing)}", line)
            full = {"doc": "", "section": "", "evidence": "", **t, "id": t.get("id") or f"{conv.strip()}.{i}"}
            try:
                item = _item(full, line)
            except GoldError as exc:
                raise GoldError(f"turn {i}: {str(exc).split(': ', 1)[1]}", line) from None
            items.append(GoldItem(**{**item.__dict__, "conversation": conv.strip(), "turn": i}))
        return items
    missing = [k for k in REQUIRED_KEYS if k not in obj]
    if missing:
        raise GoldError(f"missing key(s): {', '.join(missing)}", line)
    return [_item(obj, line)]


def _item(obj: dict[str, Any], line: int) -> GoldItem:
    for key in ("id", "question", "type"):
        if not isinstance(obj[key], str) or not obj[key].strip():
            raise GoldError(f'"{key}" must be a non-empty string', line)
    qtype = obj["type"].strip()
    if qtype not in GOLD_TYPES:
        raise GoldError(f'unknown type "{qtype}" (expected one of: {", ".join(GOLD_TYPES)})', line)
    multi = qtype in LIST_TYPES
    docs = _as_list(obj["doc"], "doc", line, multi)
    sections = _as_list(obj["section"], "section", line, multi)
    evidences = _as_list(obj["evidence"], "evidence", line, multi)
    if qtype == "list" and obj["answer"] == []:
        answers: list[str] = []  # the right answer is "no such task"
    else:
        answers = _as_list(obj["answer"], "answer", line, multi)

    if qtype == "unanswerable":
        if evidences or answers:
            raise GoldError('"evidence" and "answer" must be empty for type "unanswerable"', line)
        if len(docs) > 1:
            raise GoldError('"doc" must be a single file name (or empty) for "unanswerable"', line)
    else:
        if not docs and qtype not in NO_EVIDENCE_TYPES:
            raise GoldError(f'"doc" must name the plan file for type "{qtype}"', line)
        if not evidences and qtype not in NO_EVIDENCE_TYPES:
            raise GoldError(f'"evidence" must not be empty for type "{qtype}"', line)
        if not answers and qtype != "list":
            raise GoldError(f'"answer" must not be empty for type "{qtype}"', line)
        if len(docs) > 1 and evidences and len(evidences) != len(docs) and qtype != "list":
            raise GoldError(
                f'"doc" has {len(docs)} items but "evidence" has {len(evidences)} (matched item by item)', line
            )
        if qtype == "multi_doc" and len(answers) > 1 and len(answers) != len(evidences):
            raise GoldError(
                f'"answer" has {len(answers)} items but "evidence" has {len(evidences)} (matched item by item)', line
            )
    return GoldItem(
        id=obj["id"].strip(),
        question=obj["question"].strip(),
        type=qtype,
        docs=docs,
        sections=sections,
        evidences=evidences,
        answers=answers,
        line=line,
    )


def parse_gold(text: str, path: str = "") -> list[GoldItem]:
    """Parse a whole gold file's text; blank lines are skipped, ids must be unique."""
    items: list[GoldItem] = []
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            parsed = parse_gold_line(raw, lineno)
        except GoldError as exc:
            raise GoldError(str(exc).split(": ", 1)[1], lineno, path) from None
        for item in parsed:
            if item.id in seen:
                raise GoldError(f'duplicate id "{item.id}" (first on line {seen[item.id]})', lineno, path)
            seen[item.id] = lineno
            items.append(item)
    if not items:
        raise GoldError("the gold file has no questions", 1, path)
    return items


def load_gold(path: str | Path) -> list[GoldItem]:
    """Read and validate a gold JSON Lines file."""
    p = Path(path)
    return parse_gold(p.read_text(encoding="utf-8"), str(p))
