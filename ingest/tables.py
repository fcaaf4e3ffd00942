"""Assignment tables (Markdown, or rendered from .docx/.html): each row becomes a task with lead, partners, deadline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.units import split_units
from core.models import Responsibility
from core.textnorm import fold

# Column roles recognised from folded header text.
_COLUMN_ROLES = [
    ("number", ("stt", "tt", "so tt", "so thu tu")),
    ("lead", ("chu tri", "don vi chu tri", "co quan chu tri", "don vi thuc hien chinh")),
    ("partners", ("phoi hop", "don vi phoi hop", "co quan phoi hop")),
    ("implementers", ("don vi thuc hien", "co quan thuc hien")),
    ("deadline", ("thoi gian", "thoi han", "tien do", "hoan thanh")),
    ("product", ("san pham", "ket qua")),
    ("task", ("noi dung", "nhiem vu", "cong viec", "hoat dong", "ten nhiem vu", "giai phap", "chi tieu", "muc tieu")),
    ("note", ("ghi chu",)),
]


def _cells(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    parts = re.split(r"(?<!\\)\|", inner)
    return [p.replace("\\|", "|").strip() for p in parts]


def _is_separator(cells: list[str]) -> bool:
    return all(re.fullmatch(r":?-{2,}:?", c) or c == "" for c in cells) and any(cells)


def _role(header: str) -> str | None:
    h = fold(header)
    for role, keys in _COLUMN_ROLES:
        if any(k in h for k in keys):
            if role == "implementers" and "chu tri" in h:
                return "lead"
            return role
    return None


@dataclass
class TableRow:
    cells: dict[str, str]
    number: str = ""
    task: str = ""
    is_group: bool = False  # a row that only names a group of tasks ("I | Nhóm nhiệm vụ ...")
    headers: list[tuple[str, str]] = field(default_factory=list)  # (header, value) in column order

    def responsibility(self) -> Responsibility:
        r = Responsibility()
        r.lead = split_units(self.cells.get("lead", ""))
        r.partners = split_units(self.cells.get("partners", ""))
        r.implementers = split_units(self.cells.get("implementers", ""))
        r.deadline = self.cells.get("deadline", "").strip()
        return r

    def as_text(self) -> str:
        """Readable clause text: the task, then "Header: value" lines (quoted as the row's text)."""
        lines = [self.task] if self.task else []
        for header, value in self.headers:
            if value and value != self.task and value != self.number:
                lines.append(f"{header}: {value}")
        return "\n".join(lines)


@dataclass
class Table:
    rows: list[TableRow]
    first_data_row: int  # index of the first data row among the table's lines


def parse_table(lines: list[str]) -> Table | None:
    """Parse Markdown table lines; None unless it has a task column and a lead/implementer column."""
    if len(lines) < 2:
        return None
    header = _cells(lines[0])
    roles = [_role(h) for h in header]
    if "task" not in roles or not ({"lead", "implementers"} & set(roles)):
        return None
    start = 2 if _is_separator(_cells(lines[1])) else 1
    rows: list[TableRow] = []
    for line in lines[start:]:
        cells = _cells(line)
        values: dict[str, str] = {}
        pairs: list[tuple[str, str]] = []
        for h, role, value in zip(header, roles, cells):
            pairs.append((h, value))
            if role and value and role not in values:
                values[role] = value
        row = TableRow(cells=values, number=values.get("number", ""), task=values.get("task", ""), headers=pairs)
        filled = [c for c in cells if c]
        no_units = not any(values.get(k) for k in ("lead", "partners", "implementers", "deadline"))
        if len(filled) == 1 and no_units:  # "| I. Kinh tế số |  |  |": a group heading spanning the row
            row.task, row.is_group = filled[0], True
        else:
            row.is_group = bool(row.task) and no_units
        rows.append(row)  # one row per source line, empty ones included, so rows stay aligned with lines
    if not any(r.task for r in rows):
        return None
    return Table(rows=rows, first_data_row=start)
