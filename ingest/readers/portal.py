"""Documents copied from legal web portals (Markdown): drop the portal's own text and rebuild its tables.

Such copies hold the document between two layers of portal text — copyright notices and a metadata block
("Số hiệu: | 2904/QĐ-UBND | Loại văn bản: | Quyết định ...") before it, "Văn bản liên quan" lists and site
footers after it — and write every table cell on its own lines after a line holding only "|":

    |            <- a row opens
    **STT**      <- cell 1
    |
    **Nhiệm vụ** <- cell 2
    |            <- the row closes ...
    |            <- ... and the next one opens
    1.
    ...

This module turns such a table back into Markdown rows ("| STT | Nhiệm vụ |") that the table parser reads,
drops the portal's lines (patterns in core/lexicon/portal.toml) and keeps the portal's metadata as fields.
Everything else is left as written: hard wraps and emphasis are the repair stage's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.lexicon import portal, roles, structure
from core.textnorm import fold, in_capitals
from ingest.readers.markdown_table import markdown_table

PIPE = "|"
_EMPHASIS = re.compile(r"\*+|(?<!\w)_{1,3}|_{1,3}(?!\w)")
MIN_PIPE_LINES = 4  # a text with fewer lone "|" lines has no portal tables


@dataclass
class PortalText:
    text: str
    fields: dict[str, str] = field(default_factory=dict)  # the portal's metadata block ("nguoi ky" -> name)
    dropped_lines: int = 0
    tables: int = 0


def _folded(line: str) -> str:
    return fold(_EMPHASIS.sub("", line)).strip(" :|")


def looks_like_portal(text: str) -> bool:
    """A portal copy: lone "|" lines (cells on their own lines) or the portal's notices."""
    lex = portal()
    lines = text.splitlines()
    if sum(1 for ln in lines if ln.strip() == PIPE) >= MIN_PIPE_LINES:
        return True
    patterns = (*lex.tail_start, *lex.noise_line, *lex.summary_line)
    return any(any(p.search(f) for p in patterns) for f in (_folded(ln) for ln in lines if ln.strip()))


# ---------------------------------------------------------------------------------------------- tables


def _segments(lines: list[str], start: int) -> list[list[str] | None]:
    """From a lone "|" at ``start``: the pieces between pipes (None = nothing between two pipes). A blank line
    right after a pipe ends the run; text after the run's last pipe is not a piece (it follows the table)."""
    segs: list[list[str] | None] = []
    cur: list[str] = []
    for i in range(start + 1, len(lines)):
        s = lines[i].strip()
        if s == PIPE:
            segs.append(cur or None)
            cur = []
        elif s:
            cur.append(s)
        elif not cur and (i == start + 1 or lines[i - 1].strip() == PIPE):
            break
    return segs


def _cell(seg: list[str] | None) -> str:
    if not seg:
        return ""
    return " ".join(s for s in seg if s).replace("|", "/")


_BODY_START = re.compile(r"^(?:phan|chuong|muc|dieu)\s+[0-9ivxl]+\b|^[ivxl]+\.\s")
_BODY_TITLE = re.compile(r"^(?:phan thu|ke hoach|quyet dinh|phu luc)\b")


def _field_end(plain: str) -> bool:
    """The end of a field's label wrapped in its cell, no title: "**Cơ quan có thẩm quyền" / "quyết định**:", "Quyết
    định: **UBND tỉnh." (plans-real/web/ha-tinh_3004-qd-ubnd.md, ha-tinh_2904-qd-ubnd.md, 2.7)."""
    return (plain[:1].islower() and plain.endswith(":")) or re.match(r"^\w+\s\w+\s*:\s*\S", plain) is not None


def _opens_body(line: str) -> bool:
    """Does ``line`` open a document's body ("**Kính gửi:** ...", portal.toml [[body_opening]])?"""
    return any(p.search(_folded(line)) for p in portal().body_opening)


PROSE_WORDS = 150  # a piece this long, in a table of two columns, is the document's body, not a cell


@lru_cache(maxsize=1)
def _kind_title() -> re.Pattern:
    """A document's kind in capitals opening a line ("**CÔNG ĐIỆN**", "THÔNG BÁO"): its title, never a header cell."""
    names = sorted({k.name.upper() for k in structure().kinds}, key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, names))})(?:\s|$)")


_GROUP_NUMBER = re.compile(r"^(?:[IVXLC]{1,5}|[A-Z])\.?$")  # "I", "II", "A": a table's group row
GROUP_NAME_WORDS = 30  # the longest group name in capitals read as a cell after its letter


def _caps_cell(seg: list[str], row: list[str], rows: list[list[str]]) -> bool:
    """A short bold piece in capitals that is a cell, not a title after the table: a header cell after the first one
    ("| **STT** | **NHIỆM VỤ VÀ GIẢI PHÁP** | **CHỦ TRÌ** | ..."), or a group's name after its Roman numeral ("| **I** |
    **NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH** |"), as KH 552/KH-UBND Đồng Tháp's appendix writes them."""
    first = seg[0].strip()
    plain = _EMPHASIS.sub("", " ".join(seg)).strip()
    grouped = bool(row) and _GROUP_NUMBER.match(_EMPHASIS.sub("", row[0]).strip()) is not None
    # a group's name right after its letter may be long: "| **M.** | **ĐÀI TRUYỀN HÌNH VIỆT NAM, ĐÀI TIẾNG NÓI VIỆT
    # NAM, THÔNG TẤN XÃ VIỆT NAM** |" (QĐ 2530/QĐ-TTg Phụ lục I, eval/external/docs/b9/646f0a00d4174382.md)
    limit = GROUP_NAME_WORDS if grouped and len(row) == 1 else 12
    if not (first.startswith("**") and in_capitals(plain) and len(plain.split()) <= limit):
        return False
    return bool(row) and (not rows or grouped)


def _glued_body(seg: list[str], row: list[str], rows: list[list[str]], regular: bool, addressed: bool = False) -> bool:
    """The document's body, which the portal wrote right after a table's last pipe and right before the next table's
    first one (Công điện 228/CĐ-TTg: "| ** ** | - Bộ trưởng các Bộ: Tài chính, ... |" then "Trong mấy ngày qua, ... 1.
    Bộ Tài chính chủ trì, ..." then "| Nơi nhận: ..."): its title line in capitals, or a piece of prose too long for a
    cell of the header table or of the recipients' row ("| ** ** | - Bộ trưởng các Bộ: ... |", its label cell blank
    or "Kính gửi:")."""
    if regular:
        return False
    if _kind_title().match(_EMPHASIS.sub("", seg[0]).strip()):
        return True
    if len(" ".join(seg).split()) <= PROSE_WORDS:
        return False
    if len(row) >= 2 and _opens_body(row[0]):
        # ... or after "**Kính gửi:**" and whom, though the row goes on from the number's and date's cells above it
        # ("| Số: 11654/VPCP-CN ... | Hà Nội, ngày 27 tháng 11 năm 2025 |" + "| **Kính gửi:** | Chủ tịch Ủy ban nhân dân
        # các tỉnh: Hưng Yên, ... |" + "Xét báo cáo ...": CV 11654/VPCP-CN; blind set b22)
        return True
    if rows == [[]]:
        # ... or after the recipients' cell of a row whose label cell holds nothing at all, read as an empty first row
        # ("**THỦ TƯỚNG CHÍNH PHỦ điện:**" / "|" / "|" / "- Bộ trưởng; ..." / "|" / the telegram's body: Công điện
        # 230/CĐ-TTg of 2025, a portal copy; its twin tests/data/portal-twins/cong-dien-than-giu-trong-bang.md)
        return len(row) == 1 and row[0].lstrip().startswith("-")  # whom, listed ("- Bộ trưởng; ...")
    if rows:
        # ... or after recipients' rows whose label cell is blank, each over two or three cells ("| ** ** | - Bộ trưởng
        # các Bộ: | Quốc phòng, Công an, ... |", Công điện 226/CĐ-TTg, eval/external/docs/b9)
        return (len(rows[0]) == 2 and _furniture(rows[0])) or (
            all(_recipients_row(r) for r in rows) and _recipients_row(row))
    if addressed and row:
        return True  # "**Kính gửi:**" then "| - Các cơ quan chuyên môn ...; | Ngày 28 tháng 10 năm 2025, ... |" (CV 4240/UBND-VX)
    return len(row) == 2 and _recipients_row(row)


def _recipients_row(row: list[str]) -> bool:
    """A row of a letter's or telegram's recipients: its first cell blank or "Kính gửi:", then whom."""
    return 2 <= len(row) <= 3 and (not _folded(row[0]) or _opens_body(row[0]))


def _body_like(seg: list[str], regular: bool = False) -> bool:
    """A piece that is document text, not a table cell: it holds a part/chapter/article/Roman heading line, or
    a title in capitals (the text right after a table that the portal did not separate with a blank line).
    In a ``regular`` table (every row so far as wide as the header, 3 columns or more) only a piece that opens with a
    heading ("Điều 2. ...") or holds a title in capitals ("PHỤ LỤC") is text: a cell's wrapped lines ("quyết định Tòa
    án; đất đai,", "Kế hoạch triển khai Phong trào thi đua ...") and short cells ("Kế hoạch 02") are cells. Elsewhere
    (the portal's layout tables around procedures) such a word anywhere ends the table."""
    if not regular and _opens_body(seg[0]):
        return True  # "**Kính gửi:** Bộ trưởng ...": the letter's body, written right after its header table
    if any(p.match(_folded(seg[0])) for p in structure().closing):
        return False  # "**TM. ỦY BAN NHÂN DÂN** / KT. CHỦ TỊCH / ...": the signer's cell beside "Nơi nhận", in
        # capitals but no text (QĐ 138/2025/QĐ-UBND Đồng Tháp, whose attached rules the portal wrote right after it)
    for k, line in enumerate(seg):
        plain = _EMPHASIS.sub("", line).strip()
        folded = fold(plain)
        heading = _BODY_START.match(folded)
        title = _BODY_TITLE.match(folded)
        if regular:
            if heading and k == 0 and plain[:1].isupper() or title and " ".join(plain.split()[:2]).isupper():
                return True
        elif heading or (title and not _field_end(plain)):
            return True
        if len(plain.split()) >= 5 and in_capitals(plain):
            return True
    return False


def _rows(segs: list[list[str] | None], addressed: bool = False) -> tuple[list[list[str]], int]:
    """Rows of cells from the pieces between pipes, and how many pieces they used (the rest follows the table).

    A row closes with a pipe and the next opens with one, so rows are separated by an empty piece; an empty cell is
    an empty piece too. The first row fixes the column count n; an empty piece inside a shorter row is read as an
    empty cell when the cells that follow it fill the row exactly, otherwise as the end of a short (spanning) row.
    Document text inside a row (a heading, a title in capitals) ends the table: the portal wrote it right after
    the table's last pipe. The two-cell header and signature tables end after their row. ``addressed``: the table
    follows a "Kính gửi:" line, its first cell the recipients.
    """
    rows: list[list[str]] = []
    row: list[str] = []
    n = 0
    i = 0
    headed: bool | None = None  # the first row is the header of a table of steps or of assignments
    while i < len(segs):
        seg = segs[i]
        regular = n >= 3 and len(rows) >= 2 and all(len(r) in (1, n) for r in rows)
        # a table of steps is read as regular though rows under a step are short: "Quyết định thành lập Hội đồng chính
        # sách" in its cell is what a step produces, no title (QĐ 2929/QĐ-UBND Sơn La, Phụ lục II.1, B3; blind set b58)
        # ... and so is a table of assignments, its rows short where the portal left out merged cells and broken by
        # group rows ("| **K.** | **BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH** |"): a cell's wrapped line "kế hoạch, phương án
        # tuyên truyền ..." is no title (QĐ 2530/QĐ-TTg Phụ lục I, eval/external/docs/b9/646f0a00d4174382.md)
        if n >= 3 and rows and headed is None:
            headed = _steps_header(rows[0]) or _assignment_header(rows[0])
        regular = regular or (n >= 3 and bool(headed))
        if regular and seg is not None and len(row) >= n and all(_FILLER.match(s) for s in seg):
            # dots after a full row, for rows left out ("| Quyết định Chủ tịch UBND tỉnh |" / "….........." / "| 2 |
            # Thành lập bộ máy ..."), written with no empty piece before the next row: the break between rows (KH
            # 980/KH-UBND Nghệ An, Phụ lục, eval/external/docs/b2/c5d930a5fc8373cd.md); a form's "| … |  |" row keeps them
            seg = None
        if seg is not None and not _caps_cell(seg, row, rows) and (
                (row and _body_like(seg, regular)) or ((row or rows) and _glued_body(seg, row, rows, regular, addressed))):
            break
        if seg is not None and rows and row and _title_of_next_table(segs, i, len(rows[0])):
            break
        if seg is not None and n and len(row) >= n and _section_row(seg):
            # "... | 31/07/2025 |" then "**3. Các nhiệm vụ ... quá hạn**" with no pipe between: the row is full, the
            # bold numbered piece is a section row of its own (a repeated header row usually follows it)
            rows.append(row)
            rows.append([_cell(seg)])
            row = []
            i += 1
            continue
        if not rows and not n and len(row) == 2 and _furniture(row):
            n = 2
            if seg is not None:
                break  # furniture tables have one or two rows; text follows
        if seg is None:
            if not rows and not n:  # end of the first row
                n = len(row)
                rows.append(row)
                row = []
            elif not row:
                row.append("")  # a row starting with an empty cell
            elif len(row) >= n:
                rows.append(row)
                row = []
            else:  # empty cell, or the end of a short (spanning) row?
                run = 0
                j = i + 1
                while j < len(segs) and segs[j] is not None:
                    run += 1
                    j += 1
                if len(row) + 1 + run == n and not _group_row_next(segs, i + 1, run):
                    row.append("")
                else:
                    rows.append(row)
                    row = []
        else:
            row.append(_cell(seg))
        i += 1
    if row:
        rows.append(row)
    return [r for r in rows if any(c for c in r)], i


_FILLER = re.compile(r"^[.…\s]+$")
_SECTION_LABEL = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,4}|[a-zđ])[.)]\s")


def _group_row_next(segs: list[list[str] | None], j: int, run: int) -> bool:
    """The pieces from ``j`` are a group row of their own, not the cells ending a short row: a bold letter or Roman
    numeral, then the group's name in capitals ("| **H.** | **BỘ TÀI CHÍNH** |" after a row whose first cells were
    merged with the rows above: QĐ 2530/QĐ-TTg Phụ lục I, eval/external/docs/b9/646f0a00d4174382.md)."""
    if run != 2:
        return False
    number, name = segs[j], segs[j + 1]
    if not number or not name:
        return False
    bold = number[0].strip().startswith("**") and name[0].strip().startswith("**")
    plain = _EMPHASIS.sub("", " ".join(name)).strip()
    return bold and _GROUP_NUMBER.match(_EMPHASIS.sub("", " ".join(number)).strip()) is not None and in_capitals(plain)


def _section_row(seg: list[str]) -> bool:
    """A bold, numbered piece: a section row of a table ("**3. Các nhiệm vụ về khoa học công nghệ ...**")."""
    first = seg[0].strip()
    return first.startswith("**") and bool(_SECTION_LABEL.match(_EMPHASIS.sub("", first).strip()))


def _title_of_next_table(segs: list[list[str] | None], i: int, width: int) -> bool:
    """Is piece ``i`` text followed at once, with no row break, by a header row: the next table's title, written right
    after the last row's last pipe ("| **Tổng thời gian thực hiện:** | **12 ngày** |" then "**2. Thủ tục giải quyết chế
    độ ...**" / "- Thời gian giải quyết TTHC: 12 ngày làm việc." then "| **TT** | **Trình tự thực hiện** | ..." (QĐ
    2929/QĐ-UBND Sơn La, Phụ lục II; "**Quy trình số: 03** **3. Quy trình ...**" then "| **Thứ tự công việc** | ...":
    QĐ 1948/QĐ-UBND Cao Bằng; blind set b58)? The piece holds a bold numbered title, and a whole row of short bold
    cells follows it with no pipe between, where between rows the portal writes two."""
    piece, nxt = segs[i] or [], segs[i + 1:i + 1 + width]
    if not any(_section_row(piece[k:]) for k in range(len(piece))):
        return False  # (the title is numbered: not "**Quy trình xử lý công việc:**" over a record's table of steps,
        # whose header the portal wrote in the same row: plans-real/web/ha-tinh_3004-qd-ubnd.md, 2.10)
    return width >= 3 and len(nxt) == width and all(
        s is not None and s[0].lstrip().startswith("**") and s[-1].rstrip().endswith("*") and len(_cell(s).split()) <= 12
        for s in nxt)


def _steps_header(row: list[str]) -> bool:
    """"| **TT** | **Trình tự thực hiện** | **Trách nhiệm thực hiện** | ...": the header of a procedure's steps."""
    lex = structure()
    cells = [fold(_EMPHASIS.sub("", c)).strip(" .") for c in row]
    return cells[0] in lex.step_header and any(c.startswith(lex.step_column) for c in cells[1:])


def _assignment_header(row: list[str]) -> bool:
    """"| **STT** | **Nhiệm vụ** | **Cơ quan chủ trì** | **Cơ quan phối hợp** | ...": a header naming both who leads and
    who partners (label keys of roles.toml [[label]]; a procedure's "Cơ quan, bộ phận, người thực hiện" is neither)."""
    lex = roles()
    cells = [fold(_EMPHASIS.sub("", c)) for c in row]
    found = {role for k, role in lex.labels if role in ("lead", "partners") and fold(k) not in lex.exact_labels
             and any(fold(k) in c for c in cells)}
    return found == {"lead", "partners"}


def _furniture(row: list[str]) -> bool:
    """The two-cell tables every administrative document has: issuer | national motto, recipients | signer."""
    lex = portal()
    return _folded(row[0]).startswith("noi nhan") or any(p.match(_folded(row[1])) for p in lex.motto)



_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,5}|[A-Za-zđ])(?:\.\d{1,3})*[.)]?$")  # "3", "3.1", "III.1.2", "a)"


def _row_label(cell: str) -> bool:
    """A cell that labels its row from the first column: a number, a step ("Bước 2"), a total ("Tổng thời gian ...")."""
    plain = _EMPHASIS.sub("", cell).strip()
    lex = structure()
    first = re.split(r"\s+[–-]\s+", plain, maxsplit=1)[0]  # "B2 – Phòng Văn hóa - Xã hội": the step and who acts
    return not plain or _ROW_NUMBER.match(plain) is not None or lex.step_cell.match(first) is not None \
        or lex.row_total.match(plain) is not None


def _merged_left(rows: list[list[str]]) -> list[list[str]]:
    """Rows whose first cells were merged with the row above, which the portal leaves out: a data row two cells short
    or more, under a full one, takes its first cells from it. "| Các bộ, ngành liên quan | - Nghiên cứu việc xây dựng
    chương trình đào tạo ... | Chương trình đào tạo được ban hành. | Giai đoạn 2026 - 2030 |" under "| 3 | Bộ Giáo dục và
    Đào tạo | Đại học Bách khoa Hà Nội; ... | Nghiên cứu, ứng dụng ... | ... |" of seven columns (QĐ 2530/QĐ-TTg Phụ lục
    I, eval/external/docs/b9/646f0a00d4174382.md) is the ministry's second task. A row labelled from its first column
    (a number, a step, a total) spans it instead, and keeps its cells, as does one whose last cell is of another kind
    than the row above's last (a time, or not)."""
    if not rows:
        return rows
    width = len(rows[0])
    time_cell = structure().time_cell
    out = [rows[0]]
    for row in rows[1:]:
        own = list(row)
        while own and not own[-1].strip():
            own.pop()
        above = out[-1]
        short = width - len(own)
        if len(out) >= 2 and short >= 2 and len(own) >= 2 and len(above) == width \
                and sum(bool(c.strip()) for c in above) >= 3 and not _row_label(own[0]) \
                and bool(time_cell.search(own[-1])) == bool(time_cell.search(above[-1])):
            # (its last cell of the kind the row above ends with: a row whose last cells were merged too, "| Lãnh đạo Sở
            # | - Phân công thụ lý hồ sơ ... | 1 ngày |" under "| Bước 2 | ... | 1/2 ngày | Mẫu số 06 |", keeps its cells)
            row = [*above[:short], *own]
        out.append(row)
    return out


def rebuild_tables(lines: list[str]) -> tuple[list[str], int]:
    """Lines with every run of cells-on-their-own-lines turned into Markdown table rows."""
    out: list[str] = []
    tables = 0
    i = 0
    while i < len(lines):
        if lines[i].strip() != PIPE:
            out.append(lines[i])
            i += 1
            continue
        segs = _segments(lines, i)
        if len(segs) > 2 and segs[0] and _BODY_TITLE.match(_folded(segs[0][0])):
            # a title in the table's first cell ("**PHỤ LỤC** ĐỀ XUẤT KIẾN NGHỊ ... (Kèm theo Công văn số 174/CV-BCĐ
            # ...)" then "| **TT** | **Tỉnh kiến nghị** | ..."): the portal opened the table before it; it is text
            j = i + 1
            while lines[j].strip() != PIPE:
                j += 1
            out.extend(["", *lines[i + 1:j], ""])
            i = j
            continue
        before = next((ln for ln in reversed(out) if ln.strip()), "")
        rows, used = _rows(segs, addressed=_opens_body(before))
        # the lines the used pieces came from: walk pipes again to find where piece `used` ends
        j, pieces = i + 1, 0
        while j < len(lines) and pieces < used:
            if lines[j].strip() == PIPE:
                pieces += 1
            j += 1
        if rows:
            out.append("")
            out.extend(markdown_table(_merged_left(rows)).splitlines())
            out.append("")
            tables += 1
        i = j if j > i + 1 else i + 1
    return out, tables


# ---------------------------------------------------------------------------------------------- noise


def _document_start(lines: list[str]) -> int:
    """Index of the row (or line) where the document's own header starts: the issuer cell before the first
    national motto, looked for in the first part of the text (forms in appendices repeat the motto). 0 when there
    is none (news-style copies keep everything)."""
    lex = portal()
    window = 4  # the motto may be wrapped over a few lines
    limit = max(60, len(lines) * 2 // 5)
    for i in range(min(len(lines), limit)):
        if lines[i].strip() in ("", PIPE):
            continue
        if "|" in lines[i] and any(p.search(_folded(lines[i])) for p in lex.motto):
            return i  # a one-line header row ("CHÍNH PHỦ------- | CỘNG HÒA ...")
        joined = _folded(" ".join(ln.strip() for ln in lines[i:i + window] if ln.strip() != PIPE))
        if not any(p.match(joined) for p in lex.motto):
            continue
        # walk back over the issuer cell (a few lines) to the pipe that opens its row
        k, pipes = i - 1, 0
        while k >= 0 and i - k <= 12:
            if lines[k].strip() == PIPE:
                pipes += 1
                if pipes == 2:
                    return k
            k -= 1
        # no pipes: the issuer's lines stand just above the motto
        k = i - 1
        while k >= 0 and i - k <= 6 and lines[k].strip() and lines[k].strip() != PIPE:
            k -= 1
        return k + 1
    return 0


def _after_metadata_block(lines: list[str]) -> int:
    """Index of the first line after the portal's metadata block ("Số hiệu: | 171/CV-BCĐ | ... | Tình trạng: | Đã
    biết"), for a copy whose document starts without its header (an official letter that opens at "Kính gửi:",
    Công văn 171/CV-BCĐ of 2025): the block's last label and its value end the portal's part. 0 when there is none."""
    labels = set(portal().metadata_labels)

    def is_label(i: int) -> bool:
        return lines[i].strip() not in ("", PIPE) and _folded(lines[i]) in labels

    first = next((i for i in range(min(len(lines), 120)) if is_label(i)), None)
    if first is None:
        return 0
    last = first
    for i in range(first + 1, min(len(lines), first + 80)):
        if i - last > 10:
            break  # the block's labels follow each other within a few lines (label, pipes, value)
        if is_label(i):
            last = i
    k = last + 1
    while k < len(lines) and lines[k].strip() in ("", PIPE):
        k += 1  # the value's cell
    k += 1
    while k < len(lines) and lines[k].strip() in ("", PIPE):
        k += 1
    return k


def _metadata_fields(lines: list[str]) -> dict[str, str]:
    labels = set(portal().metadata_labels)
    out: dict[str, str] = {}
    content = [ln.strip() for ln in lines if ln.strip() and ln.strip() != PIPE]
    for k, ln in enumerate(content[:-1]):
        key = _folded(ln)
        if key in labels and key not in out:
            out[key] = _EMPHASIS.sub("", content[k + 1]).strip(" |")
    return out


SUMMARY_FIELD = "trich yeu"  # PortalText.fields' key for the subject the portal's summary line gives


def _summarised_subject(body: list[str], folded: list[str | None], summary: tuple[re.Pattern, ...]) -> str:
    """What the portal's summary line of the document says it is about: past its kind, number and year or day,
    up to " do <issuer> ban hành" ("Công văn 5526/CT-CS năm 2025 khẩn trương hỗ trợ người nộp thuế bị tổn thất do bão
    lũ ... do Cục Thuế ban hành" -> "khẩn trương hỗ trợ người nộp thuế bị tổn thất do bão lũ ..."); "" without one."""
    for line, f in reversed(list(zip(body, folded))):  # the last: the portal writes it after the signature
        m = next((m for p in summary if f is not None and (m := p.search(f))), None)
        if m is None:
            continue
        words = _EMPHASIS.sub("", line).split()
        if len(words) != len(f.split()):
            return ""  # (folding keeps a line's words; a line it does not is read as saying nothing)
        said, named = words[len(m.group(1).split()):], f.split()[len(m.group(1).split()):]
        if named[-2:] == ["ban", "hanh"] and "do" in named:
            said = said[: len(named) - 1 - named[::-1].index("do")]  # the last "do": "... do bão lũ ... do Cục Thuế"
        return " ".join(said).strip(" ,;")
    return ""


def clean_portal_text(text: str) -> PortalText:
    """The document of a portal copy, its tables rebuilt, the portal's text dropped."""
    lex = portal()
    lines = text.split("\n")
    start = _document_start(lines) or _after_metadata_block(lines)
    fields = _metadata_fields(lines[:start]) if start else {}
    end = len(lines)
    folded: list[str | None] = []  # the body's lines folded once (None: a blank line), for both tests
    for k in range(start, len(lines)):
        f = _folded(lines[k]) if lines[k].strip() else None
        if f is not None and any(p.search(f) for p in lex.tail_start):
            end = k
            break
        folded.append(f)
    body = lines[start:end]
    dropping = (*lex.noise_line, *lex.summary_line)
    kept = [ln for ln, f in zip(body, folded) if not (f is not None and any(p.search(f) for p in dropping))]
    if subject := _summarised_subject(body, folded, lex.summary_line):
        fields = {**fields, SUMMARY_FIELD: subject}
    dropped = start + (len(lines) - end) + (len(body) - len(kept))
    # lone pipes and portal summary lines left at the very end (before "Văn bản liên quan")
    while kept and (not kept[-1].strip() or kept[-1].strip() in ("** **", "* *")
                    or (kept[-1].strip() == PIPE and len(kept) > 1 and kept[-2].strip() in ("", PIPE))):
        kept.pop()  # blank lines and runs of lone pipes left at the end (a pipe closing a table's last cell stays)
    rebuilt, tables = rebuild_tables(kept)
    return PortalText(text="\n".join(rebuilt).strip() + "\n", fields=fields, dropped_lines=dropped, tables=tables)
