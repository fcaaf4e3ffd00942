"""Assignment tables (Markdown rows from .md/.docx/.html/portal copies): each row becomes a task with its lead,
partners and deadline.

Column roles come from the header text through the lexicon's label keys ("Cơ quan chủ trì thực hiện" -> lead,
"Sở, ngành chủ trì tham mưu" -> lead, "Đơn vị phối hợp" -> partners, "Thời hạn hoàn thành" -> deadline, "Nội dung
nhiệm vụ" -> task), so the lead column may stand before or after the task column. The header may follow a title
row; a numbering row "(1) | (2) | (3)" and repeated header rows are skipped; rows with a single filled cell (or a
Roman/letter number and no units) are group headings whose text joins the heading trail of the rows below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.models import Responsibility
from core.textnorm import fold, split_sentences
from ingest.responsibilities import extract_from_text, header_role, leads_of_items, merge, partners_named
from ingest.units import MAX_UNIT_WORDS, split_units, starts_with_unit, without_restated_role

HEADER_SEARCH_ROWS = 3  # the header may follow up to two title rows
_NUMBERING_CELL = re.compile(r"^\(?\s*(?:\d{1,2}|[a-zA-Z])\s*\)?$")


def cells_of(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    parts = re.split(r"(?<!\\)\|", inner)
    return [re.sub(r"\*+", "", p.replace("\\|", "|")).strip() for p in parts]


def _is_separator(cells: list[str]) -> bool:
    return all(re.fullmatch(r":?-{2,}:?", c) or c == "" for c in cells) and any(cells)


def _is_numbering(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(_NUMBERING_CELL.match(c) for c in filled)


_DASHED = re.compile(r"(?:^|\s)[-–+•]\s+")
_PLURAL_GROUP = re.compile(r"(?:Các|Những)\s+\w+(?:\s+\w+){0,8}$")  # a short "Các ..." piece naming a group


def _names_in(cell: str) -> list[str]:
    """The unit names of a role column's cell. A piece that is prose, not a name, is dropped: where the portal's cells
    slid (QĐ 2817 TP.HCM's procedure table), the "lead" column holds a procedure's text ("không có xung đột lợi ích
    trong quá trình tham gia hoạt động của Hội đồng xét duyệt", "Ủy ban nhân dân Thành phố ... tổ chức xét duyệt nhiệm
    vụ. Việc tổ chức xét duyệt ..."): a name is one sentence of at most MAX_UNIT_WORDS words, opening with a unit's
    head or a capital."""
    cell = without_restated_role(cell)  # "Các địa phương chủ trì": "Các địa phương"
    # a cell listing its bodies as dashed lines run together: "- Vụ Đất đai - Cục Đăng ký và Dữ liệu thông tin đất đai -
    # Các đơn vị khác có liên quan" (QĐ 59/QĐ-BTNMT of 2024, Phụ lục 02 row 10; blind set b122-13)
    # (a piece may be a plural group of bodies the lexicon has no head for: "- Cục Hợp tác Quốc tế - Các cơ sở giáo dục
    # đại học - Các đơn vị liên quan thuộc Bộ GDĐT", KH 1919/KH-BGDĐT of 2024, Danh mục nhiệm vụ row 5; blind set b130)
    pieces = _DASHED.split(cell.strip())[1:] if _DASHED.match(cell.strip()) else []
    if not pieces or not any(starts_with_unit(p) for p in pieces) or \
            not all(starts_with_unit(p) or _PLURAL_GROUP.match(p) for p in pieces):
        pieces = [cell]  # (not a list of steps: "- Cấp xã: Nộp hồ sơ trực tuyến ... - Cấp tỉnh: ...")
    names = [u for piece in pieces for u in split_units(piece)]
    return [u for u in names if len(u.split()) <= MAX_UNIT_WORDS and len(split_sentences(u)) == 1
            and (starts_with_unit(u) or u[:1].isupper())]


@dataclass
class TableRow:
    cells: dict[str, str]
    number: str = ""
    task: str = ""
    is_group: bool = False  # a row that only names a group of tasks ("I | Nhóm nhiệm vụ ...")
    headers: list[tuple[str, str]] = field(default_factory=list)  # (header, value) in column order
    line: int = 0  # index of the row among the table's lines

    def responsibility(self) -> Responsibility:
        r = Responsibility()
        # (a lead for each part of the task, numbered in the cell: NQ 109/NQ-CP Phụ lục III rows 17 and 51)
        r.lead = leads_of_items(self.cells.get("lead", "")) or _names_in(self.cells.get("lead", ""))
        r.partners = _names_in(self.cells.get("partners", ""))
        r.implementers = _names_in(self.cells.get("implementers", ""))
        r.advisers = _names_in(self.cells.get("advisers", ""))
        r.deadline = self.cells.get("deadline", "").strip()
        if not (r.lead or r.implementers) and self.task:
            merge(r, extract_from_text(self.task))  # "Sở Tài chính thực hiện" written inside the task cell
        elif r.lead and not r.partners and self.task:
            # the lead column names who leads; the task cell, whom it works with: "Chủ trì, phối hợp với Bộ Khoa học và
            # Công nghệ và Ủy ban nhân dân thành phố Hà Nội chỉ đạo ..." | Bộ Tài chính (TB 624/TB-VPCP, Phụ lục I.3)
            r.partners = [p for p in partners_named(self.task) if fold(p) not in {fold(x) for x in r.lead}]
        return r

    def as_text(self) -> str:
        """Readable clause text: the task, then "Header: value" lines (quoted as the row's text)."""
        lines = [self.task] if self.task else []
        for header, value in self.headers:
            if value and value != self.task and value != self.number and header:
                lines.append(f"{header}: {value}")
        return "\n".join(lines)


@dataclass
class Table:
    rows: list[TableRow]
    first_data_row: int  # index of the first data row among the table's lines


def _roles(header: list[str]) -> list[str | None]:
    roles: list[str | None] = []
    for h in header:
        r = header_role(h)
        roles.append(r if r not in roles or r in (None, "note") else None)  # first column of a role wins
    return roles


def _find_header(rows: list[list[str]]) -> int | None:
    for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        roles = set(_roles(cells))
        if "task" in roles and roles & {"lead", "implementers", "partners"}:
            return i
    return None


_DOERS = ("lead", "implementers")


def _with_merged_cell(cells: list[str], above: list[str], roles: list[str | None]) -> list[str]:
    """A row one cell short whose cell under the lead column is no unit: the portal dropped a cell merged with the one
    above (the same department doing the next step), and the cells after it slid left. "| 4 | Sở Nông nghiệp và Môi
    trường | Tổ chức họp Hội đồng để thẩm định | 5 ngày |" then "| 5 | Hoàn thiện hồ sơ, trình Chủ tịch Ủy ban nhân dân
    tỉnh phê duyệt ... | 5 ngày |" (eval/external/docs/b16/5a80798bbf985e87.md Điều 23.2): step 5 is the Sở's too."""
    col = next((i for i, r in enumerate(roles) if r in _DOERS), None)
    own = list(cells)
    while own and not own[-1].strip():
        own.pop()  # the portal pads a short row with empty cells at its end
    if col is None or len(own) != len(roles) - 1 or len(above) != len(roles) or col + 1 >= len(roles) \
            or roles[col + 1] != "task" or not above[col].strip() or not own[col].strip() or starts_with_unit(own[col]):
        # (only the lead column right before the task's: the task slid into it, as the step's text shows)
        return cells
    return [*own[:col], above[col], *own[col:]]


def parse_table(lines: list[str]) -> Table | None:
    """Parse Markdown table lines; None unless it has a task column and a lead/implementer/partner column."""
    rows_cells = [cells_of(ln) for ln in lines]
    content = [(i, c) for i, c in enumerate(rows_cells) if not _is_separator(c)]
    if len(content) < 2:
        return None
    h = _find_header([c for _, c in content])
    if h is None:
        return None
    header_line, header = content[h]
    header_key = [fold(x) for x in header]
    # a header of two rows: "| STT | | Tên đề án | ... | Đơn vị thực hiện | | Ghi chú |" over "| | ... | Chủ trì | Phối
    # hợp | |" names the columns "Đơn vị thực hiện Chủ trì" and "Đơn vị thực hiện Phối hợp" (QĐ 59/QĐ-BTNMT of 2024,
    # Phụ lục 02; blind set b122-13)
    header, header_rows = _header_of([header, content[h + 1][1]]) if h + 1 < len(content) else (header, 1)
    roles = _roles(header)
    rows: list[TableRow] = []
    above: list[str] = []  # the cells of the data row above
    for line_no, cells in content[h + header_rows:]:
        if _is_numbering(cells) or [fold(x) for x in cells[:len(header_key)]] == header_key:
            continue
        cells = _with_merged_cell(cells, above, roles)
        above = cells
        values: dict[str, str] = {}
        pairs: list[tuple[str, str]] = []
        for col, (hdr, role) in enumerate(zip(header, roles)):
            value = cells[col] if col < len(cells) else ""
            pairs.append((hdr, value))
            if role and value and role not in values:
                values[role] = value
        row = TableRow(cells=values, number=values.get("number", ""), task=values.get("task", ""), headers=pairs,
                       line=line_no)
        filled = [c for c in cells if c]
        no_units = not any(values.get(k) for k in ("lead", "partners", "implementers", "deadline"))
        if len(filled) == 1 and no_units and not re.search(r"[^\W\d_]", filled[0]):
            continue  # "| 2026-2030 |  |  |": a cell cut from the row before by a page break, no group
        if len(filled) == 1 and no_units:  # "| I. Kinh tế số |  |  |": a group heading spanning the row
            row.task, row.is_group = filled[0], True
        else:
            row.is_group = bool(row.task) and no_units and bool(re.fullmatch(r"[IVXLA-Z]{1,4}\.?|[a-zđ]\)?", row.number or "x"))
        rows.append(row)
    if not any(r.task for r in rows):
        return None
    return Table(rows=rows, first_data_row=header_line + 1)


CATALOG_MIN_ROWS = 3  # a table of at least this many data rows is a catalogue worth a clause per row
CATALOG_MIN_COLUMNS = 3  # ... and of at least this many columns (a two-column table is a header or a signature block)


def _header_of(rows: list[list[str]]) -> tuple[list[str], int]:
    """The column names of a table whose header may take two rows: "| STT | Tên tiêu chí | Nội dung tiêu chí | Chỉ tiêu
    theo đối tượng |  |  |" over "|  |  |  | Nhóm 1 | Nhóm 2 | Nhóm 3 |" names the last columns "Chỉ tiêu theo đối
    tượng Nhóm 1" ... (QĐ 42/2025/QĐ-TTg, Phụ lục I). Returns the names and the number of header rows."""
    first = rows[0]
    if len(rows) > 1:
        second = rows[1] + [""] * (len(first) - len(rows[1]))
        # a cell spanning columns is left empty or repeated after its first column; one spanning rows, repeated below
        spans = [i > 0 and (not top or top == first[i - 1]) for i, top in enumerate(first)]
        sub = [i for i, below in enumerate(second[:len(first)]) if below and below != first[i]]
        under_span = [spans[i] or (i + 1 < len(spans) and spans[i + 1]) for i in range(len(first))]  # in a span
        if sub and any(spans) and all(under_span[i] for i in sub) \
                and all(not below or below == first[i] or i in sub for i, below in enumerate(second[:len(first)])) \
                and not any(re.fullmatch(r"[\d.,%≥≤<> ]+", second[i]) for i in sub):
            names, parent = [], ""
            for i, top in enumerate(first):
                parent = top or parent
                names.append(f"{parent} {second[i]}".strip() if i in sub else top)
            return names, 2
    return list(first), 1


def parse_catalog(lines: list[str]) -> Table | None:
    """A table that names no one who acts but lists things row by row (criteria and their targets, procedures and
    their time limits, indicators): a row per clause, its first text column as its title and every other cell after
    its header ("| 4.5 | ... | Tỷ lệ thôn, tổ dân phố có thư viện cộng đồng hoặc chỗ đọc sách | ≥70% | ..."). None for
    a short or narrow table (a document's header, a signature block), or one with no header row of names."""
    rows_cells = [cells_of(ln) for ln in lines]
    content = [(i, c) for i, c in enumerate(rows_cells) if not _is_separator(c)]
    if len(content) < CATALOG_MIN_ROWS + 1:
        return None
    header, header_rows = _header_of([c for _, c in content])
    if len(header) < CATALOG_MIN_COLUMNS or sum(1 for h in header if h) < CATALOG_MIN_COLUMNS \
            or any(len(h) > 80 for h in header):
        return None  # no header of column names: a layout table
    roles = [header_role(h) for h in header]
    number_col = next((i for i, r in enumerate(roles) if r == "number"), None)
    text_col = next((i for i, r in enumerate(roles) if r == "task"), None)
    if text_col is None:
        # the column of the longest cells names the row ("Tên TTHC", not "Mã TTHC": "1.010943.H05" is no title)
        body = [c for _, c in content[header_rows:]]
        text_col = max((i for i, h in enumerate(header) if h and i != number_col),
                       key=lambda i: sum(len(c[i]) for c in body if i < len(c)), default=0)
    header_key = [fold(x) for x in header]
    rows: list[TableRow] = []
    for line_no, cells in content[header_rows:]:
        if _is_numbering(cells) or [fold(x) for x in cells[:len(header_key)]] == header_key:
            continue
        filled = [c for c in cells if c]
        if not filled:
            continue
        number = cells[number_col] if number_col is not None and number_col < len(cells) else ""
        task = cells[text_col] if text_col < len(cells) else ""
        if own := re.match(r"(\d{1,3}(?:\.\d{1,3})+)\.?\s", task):
            number = own.group(1)  # "1.1.2. Có quy chế ...": the row's own number, its STT cell repeating its group's
        pairs = [(h, cells[i] if i < len(cells) else "") for i, h in enumerate(header) if i != number_col]
        row = TableRow(cells={}, number=number, task=task or filled[-1], headers=pairs, line=line_no)
        if len(filled) == 1 or (len(filled) == 2 and number and number in filled):
            row.task, row.is_group = next((c for c in reversed(filled) if c != number), filled[-1]), True
        rows.append(row)
    data = [r for r in rows if not r.is_group]
    if len(data) < CATALOG_MIN_ROWS:
        return None
    return Table(rows=rows, first_data_row=content[header_rows][0] if header_rows < len(content) else len(lines))
