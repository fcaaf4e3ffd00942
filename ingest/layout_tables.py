"""Tables that lay out an outline, not data: the record of an administrative procedure as provinces publish it
("Quy trình nội bộ giải quyết thủ tục hành chính"), where the first column numbers the record's fields and the
second holds each field, some rows wider than others, with a table of steps inside:

    | 2.5  | Thời hạn giải quyết: Ngay sau khi nhận đủ hồ sơ hợp lệ. |
    | 2.7  | Cơ quan thực hiện: Sở Y tế Cơ quan có thẩm quyền quyết định: Sở Y tế Cơ quan phối hợp: Không. |
    | 2.10 | Quy trình xử lý công việc: |
    | TT   | Trình tự | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả |
    | B2   | Khi nhận hồ sơ ..., Sở Y tế đăng tải ... | Chuyên viên được giao xử lý hồ sơ | Ngay sau khi ... | ... |

(plans-real/web/ha-tinh_3004-qd-ubnd.md, ha-tinh_2904-qd-ubnd.md). Read as a table of data, each field stays a row of
raw cells inside one clause. Read here as the outline it is: each field an item of its own, a cell holding several
"label: value" fields one line each, and a step the columns of its step table as label lines ("Trách nhiệm: Chuyên
viên ...", "Thời gian: ..."), so that fields and steps parse as every other label line does.
"""

from __future__ import annotations

import re

from core.lexicon import structure
from core.textnorm import fold
from ingest.repair import Paragraph
from ingest.responsibilities import next_fields, parse_label_line
from ingest.tables import cells_of

_OUTLINE_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4}|[a-zđ])\.?$")
_DOTTED = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")  # "2.5": a field of a record
_BULLET = re.compile(r"^[-+•–]$")
_HEADING = re.compile(r"^\d{1,2}\.\s+\S.{10,}")  # a numbered heading ("2. Công bố tiêu chuẩn áp dụng ...")
_HEADER_WORDS = 5  # a header cell is short
_LABEL_WORDS = 8  # a cell opening with a label of at most this many words holds fields
_NUMBERED_SHARE = 0.6  # of a layout table's rows, the share whose first cell numbers a field, a step or an item


def _kind(first: str) -> str:
    if not first:
        return "empty"
    if structure().step_cell.match(first):
        return "step"
    if _OUTLINE_NUMBER.match(first):
        return "number"
    if _BULLET.match(first):
        return "bullet"
    return "other"


def _content(row: list[str]) -> list[str]:
    """A row's cells from its first filled one (the portal slides a row's cells right: "|  | - | Giấy ... | x |"),
    without the ticks of a "Bản chính / Bản sao" column."""
    k = next((i for i, c in enumerate(row) if c), len(row))
    return [c for c in row[k:] if c.lower() != "x"]


def is_layout_table(rows: list[list[str]]) -> bool:
    """An outline laid out in a table: the first filled cell of most rows numbers a field ("2.5"), a step ("B1") or an
    item ("-"), at least one a field or a step, and no header of a table of data ("STT | Nội dung | ...") opens it
    (a table of steps, "TT | Trình tự | Trách nhiệm | ...", may)."""
    rows = [r for r in rows if any(r)]
    steps = bool(rows) and _is_step_header(rows[0])
    if not rows or (_kind(rows[0][0]) == "other" and not steps):
        return False
    firsts = [r[0] for r in rows]  # (a row opening empty goes on with the field above)
    if steps:
        # (a row under a step whose first cells span it is a part of that step: "| Chuyên viên được phân công |
        # Dự thảo Quyết định ... | 1/4 ngày |" under "| B2 | Phòng Văn hóa - Xã hội | ... |", QĐ 2929/QĐ-UBND Sơn La)
        width = len([c for c in rows[0] if c])
        firsts = [r[0] for r in rows if not (_kind(r[0]) == "other" and 1 < len([c for c in r if c]) < width)]
    if not any(_DOTTED.match(f) or structure().step_cell.match(f) for f in firsts):
        return False
    return sum(_kind(f) != "other" for f in firsts) >= _NUMBERED_SHARE * len(firsts)


def split_fields(text: str) -> list[str]:
    """A cell holding several fields one after the other, one per line: "Cơ quan thực hiện: Sở Y tế Cơ quan có thẩm
    quyền quyết định: Sở Y tế" -> both. Only a cell that opens with a field is split."""
    head, colon, tail = text.partition(":")
    if not colon or len(head.split()) > _LABEL_WORDS:
        return [text]
    cuts = [0, *next_fields(tail), len(tail)]
    parts = [tail[a:b].strip() for a, b in zip(cuts, cuts[1:])]
    return [f"{head}:{' ' if parts[0] else ''}{parts[0]}".strip(), *(p for p in parts[1:] if p)]


def _is_step_header(cells: list[str]) -> bool:
    """"TT | Trình tự | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả": short cells, one of them a role or a time."""
    filled = [c for c in cells if c]
    return (len(filled) >= 3 and fold(filled[0]).strip(" .") in structure().step_header
            and all(len(c.split()) <= _HEADER_WORDS for c in filled)
            and any(parse_label_line(f"{c}: x") is not None for c in filled[1:]))


def _role_of(header: str, value: str) -> bool:
    """Does a column under ``header`` name who does a step or when ("Trách nhiệm thực hiện", "Thời gian thực hiện")?"""
    line = parse_label_line(f"{header}: {value}")
    return line is not None and bool(set(line.roles) - {"product"})


def layout_paragraphs(rows: list[Paragraph], steps: list[str] | None = None
                      ) -> tuple[list[Paragraph], list[str] | None] | None:
    """The outline a layout table holds, as paragraphs: a numbered field or a bullet an item ("- Thời hạn giải quyết:
    ..."), several fields in a cell one line each, a step an item with its columns as label lines; None when the rows
    are a table of data. ``steps``: the header of a table of steps a page break cut ("| B3 | Trực tiếp xử lý ... |"
    goes on under "TT | Trình tự | Trách nhiệm | ..."); returned with the paragraphs for the next piece."""
    cells = [(p, cells_of(p.text)) for p in rows]
    cells = [(p, c) for p, c in cells if any(c) and not all(re.fullmatch(r":?-{2,}:?", x) or not x for x in c)]
    if not is_layout_table([c for _, c in cells]):
        return None
    out: list[Paragraph] = []

    item_at = -1  # the paragraph of the last item: a row with no number goes on with its text

    def add(text: str, p: Paragraph, item: bool) -> None:
        nonlocal item_at
        for line in split_fields(text):
            if item:
                item_at = len(out)
            # (every field of a numbered row is an item, so each is read as the enclosing procedure's)
            out.append(Paragraph(f"- {line}" if item else line, list(p.spans)))

    def go_on(text: str, p: Paragraph) -> None:
        """A cell's text that goes on from the item above ("2. Giấy chứng nhận ..." of a field's list is no clause)."""
        if item_at < 0:
            add(text, p, item=False)
        elif text:
            last = out[item_at]
            out[item_at] = Paragraph(f"{last.text} {text}", [*last.spans, *p.spans])

    for p, row in cells:
        if len(row) > 1 and _HEADING.match(row[0]) and _kind(row[1]) == "number":
            # "| 2. Công bố tiêu chuẩn áp dụng ... | 1 | KÝ HIỆU QUY TRÌNH | QT.TBYT.02 |": the next procedure's heading
            # slid into the row of its record's first field
            out.append(Paragraph(row[0], list(p.spans)))
            item_at, steps, row = -1, None, row[1:]
        if _is_step_header(row):
            steps = [c for c in row if c]
            continue
        filled = _content(row)
        first, rest = filled[0], [c for c in filled[1:] if c]
        kind = _kind(first) if row[0] else ("bullet" if _BULLET.match(first) else "empty")
        if steps is not None and kind in ("step", "empty"):
            # a step: its text, then each other column under its header ("Trách nhiệm: ..."); a row with no number
            # goes on with the step's text and columns
            body = row[1] if len(row) > 1 else ""
            if kind == "step":
                item_at = len(out)
                out.append(Paragraph(f"- {first} – {body}".rstrip(" –"), list(p.spans)))
            elif len([c for c in filled if c]) == 1:
                go_on(first, p)  # one piece of text: it goes on with the step's, wherever the portal slid it
                continue
            else:
                go_on(body, p)
            for header, value in zip(steps[2:], row[2:]):
                if value and parse_label_line(f"{header}: {value}") is not None:
                    out.append(Paragraph(f"{header}: {value}", list(p.spans)))
                elif value:  # a column naming no role ("Biểu mẫu/Kết quả") goes on with the step's text
                    go_on(f"({header}: {value})", p)
            continue
        cut = [c for c in filled if c]
        if steps is not None and kind == "other" and len(cut) == 2 and cut[0].endswith(":"):
            add(" ".join(cut), p, item=True)  # "| Tổng thời gian thực hiện: | 12 ngày |": the steps' total, no step's
            continue
        if steps is not None and kind == "other" and 1 < len(cut) < len(steps) and _role_of(steps[-1], cut[-1]):
            # a row under a step whose first cells span it: its cells are the last columns' ("| B2 | Phòng Văn hóa -
            # Xã hội | Lãnh đạo Phòng phân công thụ lý | Ý kiến ... | 1/4 ngày |" then "| Chuyên viên được phân công |
            # Dự thảo Quyết định thành lập Hội đồng chính sách | 1/4 ngày |": QĐ 2929/QĐ-UBND Sơn La, Phụ lục II.1):
            # a part of the step done by someone else, an item of its own
            item_at = len(out)
            cells = [(h, v, _role_of(h, v)) for h, v in zip(steps[-len(cut):], cut)]
            text = " ".join(f"({h}: {v})" for h, v, role in cells if not role)
            out.append(Paragraph(f"- {text}".rstrip(), list(p.spans)))
            out.extend(Paragraph(f"{h}: {v}", list(p.spans)) for h, v, role in cells if role)
            continue
        if kind in ("number", "step", "bullet"):
            if kind == "number":
                steps = None  # a field after the table of steps
            add(" ".join(rest) if rest else first, p, item=True)
            continue
        go_on(" ".join(filled), p)
    return out, steps
