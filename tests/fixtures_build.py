"""Build .docx/.pdf/.html test files from a sample plan at test time (reused by cross-format pipeline tests)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from fpdf import FPDF

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")

_HEADING = re.compile(r"^(#{1,6})\s*")
_EMPHASIS = re.compile(r"\*{2,3}")
_LABEL = re.compile(
    r"^(?:(?P<multi>\d+(?:\.\d+)+\.)|(?P<dec>\d+)\.|(?P<letter>[a-zđ])\)|(?P<roman>[IVXLC]+)\.|(?P<bullet>[-+]))"
    r"\s+(?P<body>\S.*)$",
    re.DOTALL,
)
_LIST_LINE = re.compile(r"^(?:[-+]|\d+\.|[a-zđ]\))\s+\S")


@dataclass(frozen=True)
class PlanParagraph:
    """One paragraph of a plan .txt with its markdown marks removed."""

    text: str  # full visible text, label included ("1. Triển khai ...")
    heading_level: int = 0  # 1-6 when the source line was a markdown heading ("## ...")

    @property
    def label(self) -> str:
        match = _LABEL.match(self.text)
        return self.text[: match.start("body")].strip() if match else ""

    @property
    def body(self) -> str:
        match = _LABEL.match(self.text)
        return match.group("body") if match else self.text


def _strip_marks(text: str) -> str:
    text = _EMPHASIS.sub("", text)
    if text.startswith("*") and text.endswith("*") and len(text) > 2:
        text = text[1:-1]
    return text.strip()


def plan_paragraphs(txt_path: Path) -> list[PlanParagraph]:
    """Paragraphs of a plan: split on blank lines, lines of a paragraph joined with a space (a line that
    starts with a list mark such as "- " starts a new paragraph); markdown heading/emphasis marks removed."""
    raw = Path(txt_path).read_text(encoding="utf-8")
    out: list[PlanParagraph] = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        groups: list[list[str]] = []
        for line in lines:
            if not groups or _LIST_LINE.match(line):
                groups.append([line])
            else:
                groups[-1].append(line)
        for group in groups:
            text = " ".join(group)
            level = 0
            heading = _HEADING.match(text)
            if heading:
                level = len(heading.group(1))
                text = text[heading.end():]
            text = _strip_marks(text)
            if text:
                out.append(PlanParagraph(text=text, heading_level=level))
    return out


# ---------------------------------------------------------------------------------------------- Word


def _lvl_xml(ilvl: int, num_fmt: str, lvl_text: str, start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{num_fmt}"/>'
        f'<w:lvlText w:val="{html.escape(lvl_text, quote=True)}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{360 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
    )


# Families of real Word lists: abstract levels as (numFmt, lvlText).
_FAMILIES: dict[str, list[tuple[str, str]]] = {
    "decimal": [("decimal", "%1."), ("decimal", "%1.%2."), ("decimal", "%1.%2.%3.")],
    "letter": [("lowerLetter", "%1)")],
    "roman": [("upperRoman", "%1.")],
    "bullet": [("bullet", "-"), ("bullet", "+")],
}


class WordNumbering:
    """Adds real numbering definitions (w:abstractNum + w:num in numbering.xml) to a document and gives each
    labelled paragraph the numPr that makes Word show that very label ("1.", "1.2.", "a)", "II.", "-", "+").
    A label that does not follow from the current list starts a new w:num with w:startOverride."""

    def __init__(self, document: DocxDocument):
        self._numbering = document.part.numbering_part.element
        existing = [int(x) for x in self._numbering.xpath("./w:abstractNum/@w:abstractNumId")]
        existing_nums = [int(x) for x in self._numbering.xpath("./w:num/@w:numId")]
        self._next_abstract = max(existing, default=0) + 1
        self._next_num = max(existing_nums, default=0) + 1
        self._abstract_ids: dict[str, int] = {}
        self._current: dict[str, tuple[int, dict[int, int], dict[int, int]]] = {}  # num, counters, starts

    def _abstract(self, family: str) -> int:
        if family not in self._abstract_ids:
            abstract_id = self._next_abstract
            self._next_abstract += 1
            levels = "".join(_lvl_xml(i, fmt, text) for i, (fmt, text) in enumerate(_FAMILIES[family]))
            element = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
            )
            first_num = self._numbering.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(element)  # schema order: every abstractNum before the first num
            else:
                self._numbering.append(element)
            self._abstract_ids[family] = abstract_id
        return self._abstract_ids[family]

    def _new_num(self, family: str, starts: dict[int, int]) -> int:
        num_id = self._next_num
        self._next_num += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for lvl, start in starts.items()
        )
        self._numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{self._abstract(family)}"/>{overrides}</w:num>'
            )
        )
        return num_id

    def apply(self, paragraph, label: str) -> bool:
        """Number `paragraph` so that Word shows `label`; False when the label has no list equivalent."""
        match = _LABEL.match(label + " x")
        if match is None:
            return False
        if match.group("multi"):
            family, parts = "decimal", [int(p) for p in match.group("multi").rstrip(".").split(".")]
        elif match.group("dec"):
            family, parts = "decimal", [int(match.group("dec"))]
        elif match.group("letter"):
            if match.group("letter") == "đ":  # Vietnamese "đ)" has no Word letter format
                return False
            family, parts = "letter", [ord(match.group("letter")) - ord("a") + 1]
        elif match.group("roman"):
            value = _roman_value(match.group("roman"))
            if value is None:
                return False
            family, parts = "roman", [value]
        else:
            family, parts = "bullet", [1 if match.group("bullet") == "-" else 2]
        if len(parts) > len(_FAMILIES[family]):
            return False
        if family == "bullet":
            num_id = self._current.get("bullet", (None,))[0] or self._new_num("bullet", {})
            self._current["bullet"] = (num_id, {}, {})
            self._set_num_pr(paragraph, num_id, parts[0] - 1)
            return True
        level = len(parts) - 1
        num_id, counters, starts = self._current.get(family, (0, {}, {}))
        predicted = [counters.get(i, starts.get(i, 1)) for i in range(level)]
        predicted.append(counters.get(level, starts.get(level, 1) - 1) + 1)
        if not num_id or predicted != parts:
            starts = {i: value for i, value in enumerate(parts)}
            num_id, counters = self._new_num(family, starts), {}
        counters = {lvl: value for lvl, value in counters.items() if lvl < level}
        counters[level] = parts[level]
        self._current[family] = (num_id, counters, starts)
        self._set_num_pr(paragraph, num_id, level)
        return True

    @staticmethod
    def _set_num_pr(paragraph, num_id: int, ilvl: int) -> None:
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ))


def _roman_value(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(text):
        value = values[ch]
        total += -value if i + 1 < len(text) and values[text[i + 1]] > value else value
    return total if total > 0 else None


def _add_paragraph(document: DocxDocument, numbering: WordNumbering | None, para: PlanParagraph) -> None:
    style = f"Heading {min(para.heading_level, 9)}" if para.heading_level else None
    paragraph = document.add_paragraph(style=style)
    if numbering is not None and para.label and numbering.apply(paragraph, para.label):
        paragraph.add_run(para.body)
    else:
        paragraph.add_run(para.text)


def add_table(document: DocxDocument, rows: list[list[str]]) -> None:
    """A plain grid table (first row = header)."""
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def build_docx_from_plan(
    txt_path: Path,
    out_path: Path,
    word_numbering: bool = True,
    appendix_rows: list[list[str]] | None = None,
) -> Path:
    """A .docx with each paragraph of the plan (see plan_paragraphs). Markdown headings become Heading styles.
    With word_numbering, labels such as "1.", "1.2.", "a)", "II.", "-", "+" are not typed but produced by
    real Word numbering definitions. appendix_rows, if given, are added at the end as a table."""
    document = docx.Document()
    numbering = WordNumbering(document) if word_numbering else None
    for para in plan_paragraphs(txt_path):
        _add_paragraph(document, numbering, para)
    if appendix_rows:
        document.add_paragraph("PHỤ LỤC")
        add_table(document, appendix_rows)
    document.save(str(out_path))
    return Path(out_path)


ASSIGNMENT_HEADER = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
ASSIGNMENT_ROWS = [
    ["1", "Tổ chức tuyên truyền, phổ biến pháp luật về phòng, chống mua bán người tại các xã biên giới",
     "Công an tỉnh", "Sở Tư pháp; UBND các xã, phường", "Quý II/2026"],
    ["2", "Rà soát, hỗ trợ nạn nhân bị mua bán trở về tái hòa nhập cộng đồng",
     "Sở Y tế", "Công an tỉnh; Hội Liên hiệp Phụ nữ tỉnh", "Thường xuyên"],
    ["3", "Trợ giúp pháp lý miễn phí cho nạn nhân bị mua bán người",
     "Sở Tư pháp", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Năm 2026"],
]
ASSIGNMENT_PLAN = [
    PlanParagraph("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
    PlanParagraph("Số: 25/KH-UBND"),
    PlanParagraph("KẾ HOẠCH", heading_level=1),
    PlanParagraph("Thực hiện công tác phòng, chống mua bán người năm 2026", heading_level=2),
    PlanParagraph("I. MỤC ĐÍCH, YÊU CẦU", heading_level=3),
    PlanParagraph("1. Nâng cao nhận thức của cán bộ, nhân dân về phòng, chống mua bán người."),
    PlanParagraph("2. Xác định rõ trách nhiệm của các sở, ngành, địa phương trong tổ chức thực hiện."),
    PlanParagraph("II. NHIỆM VỤ, GIẢI PHÁP", heading_level=3),
    PlanParagraph("1. Công an tỉnh chủ trì, phối hợp với Sở Tư pháp tổ chức tuyên truyền tại các xã biên giới."),
    PlanParagraph("a) Tổ chức hội nghị tuyên truyền tại các xã, phường trọng điểm."),
    PlanParagraph("b) Phát hành tờ rơi, tài liệu song ngữ."),
    PlanParagraph("2. Sở Y tế chủ trì hỗ trợ nạn nhân trở về tái hòa nhập cộng đồng."),
    PlanParagraph("- Thời gian thực hiện: thường xuyên."),
    PlanParagraph("III. TỔ CHỨC THỰC HIỆN", heading_level=3),
    PlanParagraph("Các sở, ngành, địa phương thực hiện nhiệm vụ theo Phụ lục kèm theo Kế hoạch này."),
]


def build_docx_with_assignment_table(out_path: Path, merged_cells: bool = False) -> Path:
    """A small realistic plan (title, I./II./III. sections, items numbered by Word) and an appendix table
    "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành" with 3 rows.
    With merged_cells, a section row spans the whole table (horizontal merge) and rows 2-3 share one
    vertically merged "Đơn vị phối hợp" cell."""
    document = docx.Document()
    numbering = WordNumbering(document)
    for para in ASSIGNMENT_PLAN:
        _add_paragraph(document, numbering, para)
    document.add_paragraph("PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ")
    rows = [ASSIGNMENT_HEADER] + [list(r) for r in ASSIGNMENT_ROWS]
    if not merged_cells:
        add_table(document, rows)
    else:
        rows.insert(1, ["I. Nhiệm vụ năm 2026", "", "", "", ""])
        rows[3][3] = rows[4][3] = "Công an tỉnh; các cơ quan liên quan"
        table = document.add_table(rows=len(rows), cols=len(ASSIGNMENT_HEADER))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            if r == 1:
                continue
            for c, text in enumerate(row):
                if r == 4 and c == 3:
                    continue
                table.cell(r, c).text = text
        table.cell(1, 0).merge(table.cell(1, 4)).text = rows[1][0]
        table.cell(3, 3).merge(table.cell(4, 3)).text = rows[3][3]
    document.save(str(out_path))
    return Path(out_path)


# ---------------------------------------------------------------------------------------------- PDF


def build_pdf_from_plan(txt_path: Path, out_path: Path) -> Path:
    """An A4 PDF with a real text layer (fpdf2 + DejaVu Sans): each plan paragraph, headings in bold."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(DEJAVU_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(DEJAVU_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    for para in plan_paragraphs(txt_path):
        pdf.set_font("DejaVu", "B" if para.heading_level else "", 11)
        pdf.multi_cell(0, 6, para.text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(out_path))
    return Path(out_path)


def build_image_only_pdf(out_path: Path) -> Path:
    """A one-page PDF with only a drawn rectangle and no text, like a scan without OCR."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_fill_color(120, 120, 120)
    pdf.rect(20, 20, 170, 250, style="F")
    pdf.output(str(out_path))
    return Path(out_path)


# ---------------------------------------------------------------------------------------------- HTML


def build_html_from_plan(txt_path: Path, out_path: Path, appendix_rows: list[list[str]] | None = None) -> Path:
    """An HTML page: headings as <hN>, other paragraphs as <p>, plus a <style>, a <script> and a navigation
    bar that a reader must drop; appendix_rows, if given, become a <table> (first row in <th>)."""
    parts = [
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Kế hoạch</title>",
        "<style>body { font-family: serif; } p { margin: 0 0 8px; }</style></head><body>",
        "<nav><a href='/'>Trang chủ</a> | <a href='/vb'>Văn bản</a></nav>",
        "<script>var tracking = 'KHÔNG ĐƯỢC ĐỌC';</script>",
    ]
    for para in plan_paragraphs(txt_path):
        text = html.escape(para.text)
        if para.heading_level:
            parts.append(f"<h{para.heading_level}>{text}</h{para.heading_level}>")
        else:
            parts.append(f"<p>\n  {text}\n</p>")
    if appendix_rows:
        cells = "".join(f"<th>{html.escape(c)}</th>" for c in appendix_rows[0])
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in appendix_rows[1:]
        )
        parts.append(f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</body></html>")
    Path(out_path).write_text("\n".join(parts), encoding="utf-8")
    return Path(out_path)
