"""Pure presentation helpers for the web app: escaping, citation chips, clause panel, Markdown and table exports."""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from core.models import Answer, Citation, Clause, Document
from core.places import is_national_issuer
from core.textnorm import fold
from core.units import any_unit_matches, unit_key

# Columns of the responsibilities table: (key in Kehoach.responsibilities() rows, Vietnamese header).
RESPONSIBILITY_COLUMNS: list[tuple[str, str]] = [
    ("plan", "Kế hoạch"),
    ("section", "Mục"),
    ("task", "Nhiệm vụ"),
    ("lead", "Chủ trì"),
    ("partners", "Phối hợp"),
    ("implementers", "Thực hiện"),
    ("deadline", "Thời hạn"),
]
RESPONSIBILITY_HEADERS: list[str] = [h for _, h in RESPONSIBILITY_COLUMNS]

# Columns of a list answer's table ("Công an tỉnh chủ trì 11 nhiệm vụ"): ListItem fields, Vietnamese headers.
ITEM_COLUMNS: list[tuple[str, str]] = [
    ("n", "[n]"),
    ("plan", "Kế hoạch"),
    ("section", "Mục"),
    ("task", "Nhiệm vụ"),
    ("role", "Vai trò"),
    ("deadline", "Thời hạn"),
]
ITEM_HEADERS: list[str] = [h for _, h in ITEM_COLUMNS]

DOCUMENT_HEADERS: list[str] = ["Tệp", "Tiêu đề", "Cơ quan ban hành", "Tỉnh/thành", "Năm", "Điều khoản",
                               "Nhiệm vụ", "Có đơn vị chủ trì", "Đoạn chỉ mục", "Đọc bằng OCR"]
OCR_MARK = "(đọc bằng OCR)"

_MD_SPECIAL = "\\`*_{}[]<>()#+!|~"


def esc(text: object) -> str:
    """HTML-escape any value (quotes included); None becomes an empty string."""
    return html.escape("" if text is None else str(text), quote=True)


def md_escape(text: str) -> str:
    """Text safe to show inside a Markdown renderer: HTML escaped, Markdown marks backslash-escaped."""
    out = []
    for ch in str(text):
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch in _MD_SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def answer_chat_markdown(answer: Answer) -> str:
    """The assistant message shown in the chat: escaped answer text, notices, and a compact source list (for a
    list answer, the sources of the tasks the text shows; the whole list is in the table under the chat)."""
    parts = [md_escape(answer.text)]
    for notice in answer.notices:
        parts.append(f"> **Lưu ý:** {md_escape(notice)}")
    cited = answer.citations
    if answer.items:
        shown = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
        cited = [c for c in cited if c.n in shown]
    if cited:
        lines = [f"- \\[{c.n}\\] {md_escape(citation_source(c))}" for c in cited]
        parts.append("**Nguồn:**\n" + "\n".join(lines))
    return "\n\n".join(parts)


def citation_source(c: Citation) -> str:
    """"Sở Tư pháp Hải Phòng — Kế hoạch ... — mục III.1.2" (plain text)."""
    head = c.issuer or c.file_name
    title = c.title if c.title and c.title != head else ""
    bits = [b for b in (head, title) if b]
    text = " — ".join(bits + [f"mục {c.section}"] if c.section else bits)
    return f"{text} {OCR_MARK}" if c.ocr_pages else text


def chip_label(c: Citation) -> str:
    """Short text of a citation chip: "[1] Sở Tư pháp Hải Phòng · III.1.2"."""
    who = c.issuer or c.file_name
    if len(who) > 40:
        who = who[:39] + "…"
    label = f"[{c.n}] {who} · {c.section}" if c.section else f"[{c.n}] {who}"
    return f"{label} · OCR" if c.ocr_pages else label


def chip_choices(citations: Sequence[Citation]) -> list[tuple[str, str]]:
    """(label, clause_id) pairs for a chip selector, one per citation, in answer order."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for c in citations:
        if c.clause_id in seen:
            continue
        seen.add(c.clause_id)
        out.append((chip_label(c), c.clause_id))
    return out


def answer_markdown(answer: Answer) -> str:
    """The answer with its citations as Markdown, for copying into minutes or e-mails."""
    lines = [f"**Hỏi:** {answer.question}".rstrip(), "", answer.text.strip()]
    if answer.notices:
        lines.append("")
        lines.extend(f"> {n}" for n in answer.notices)
    if answer.citations:
        lines += ["", "**Trích dẫn:**", ""]
        for c in answer.citations:
            lines.append(f"[{c.n}] {citation_source(c)}")
            quote = " ".join(c.text.split())
            if quote:
                lines.append(f"> {quote}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _clause_block(c: Clause, marked: bool, children: Sequence[Clause] = ()) -> str:
    body_text = c.text or c.title
    label = ""
    if c.label and not body_text.lstrip().startswith(c.label):
        label = f'<span class="kh-label">{esc(c.label)}</span> '
    body = esc(body_text)
    kids = "".join(f'<div class="kh-clause kh-child">{esc(k.text or k.title)}</div>' for k in children)
    kids = f'<div class="kh-children">{kids}</div>' if kids else ""
    if marked:
        return f'<div class="kh-clause kh-cited" id="kh-cited">{label}<mark>{body}</mark>{kids}</div>'
    return f'<div class="kh-clause">{label}{body}{kids}</div>'


def clause_panel_html(doc: Document, clause: Clause, context: int = 3, max_children: int = 12) -> str:
    """Side panel: plan title and issuer, section path, heading trail, and the cited clause <mark>ed (with its
    own sub-items) among its parent and nearby siblings. Every piece of plan text is HTML-escaped."""
    meta = doc.meta
    title = meta.title or doc.file_name
    parts = ['<div class="kh-panel">', '<a class="kh-back" href="#kh-chatbot">↑ Quay lại câu trả lời</a>',
             f'<div class="kh-panel-title">{esc(title)}</div>']
    sub = [s for s in (meta.issuer, meta.number, meta.year) if s]
    if sub:
        parts.append(f'<div class="kh-panel-meta">{esc(" · ".join(sub))}</div>')
    parts.append(f'<div class="kh-panel-path">Mục <b>{esc(clause.path)}</b> — {esc(doc.file_name)}</div>')
    ocr_pages = doc.ocr_pages_of(clause.span)
    if ocr_pages:
        pages = ", ".join(map(str, ocr_pages))
        parts.append(f'<div class="kh-ocr">Đoạn này được đọc bằng OCR từ bản quét (trang {esc(pages)}): '
                     'hãy đối chiếu với bản gốc.</div>')
    if clause.heading_trail:
        crumbs = " › ".join(esc(t) for t in clause.heading_trail)
        parts.append(f'<div class="kh-trail">{crumbs}</div>')
    by_id = {c.id: c for c in doc.clauses}
    parent = by_id.get(clause.parent_id) if clause.parent_id else None
    if parent is not None:
        siblings = [by_id[i] for i in parent.children if i in by_id]
    else:
        siblings = [c for c in doc.clauses if c.parent_id is None]
    if clause not in siblings:
        siblings = [clause]
    i = siblings.index(clause)
    window = siblings[max(0, i - context): i + context + 1]
    parts.append('<div class="kh-context">')
    if parent is not None:
        parts.append(f'<div class="kh-parent">{_clause_block(parent, False)}</div>')
    parts.append('<div class="kh-siblings">')
    if window and window[0] is not siblings[0]:
        parts.append('<div class="kh-more">…</div>')
    for s in window:
        kids = [by_id[k] for k in s.children[:max_children] if k in by_id] if s is clause else []
        parts.append(_clause_block(s, s is clause, kids))
    if window and window[-1] is not siblings[-1]:
        parts.append('<div class="kh-more">…</div>')
    parts.append("</div></div>")
    r = clause.responsibility
    facts = [("Chủ trì", "; ".join(r.lead)), ("Phối hợp", "; ".join(r.partners)),
             ("Thực hiện", "; ".join(r.implementers)), ("Thời hạn", r.deadline)]
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts if v)
    if rows:
        parts.append(f'<dl class="kh-facts">{rows}</dl>')
    parts.append("</div>")
    return "".join(parts)


def empty_panel_html(message: str = "Chọn một trích dẫn để xem nguyên văn điều khoản.") -> str:
    return f'<div class="kh-panel kh-empty">{esc(message)}</div>'


# -- responsibilities table --------------------------------------------------------------------


def unit_matches(row: dict, unit: str) -> bool:
    """True when the unit (any spelling: "Công an tỉnh", "cong an tinh", "CA tỉnh") leads or partners the row."""
    if not unit_key(unit):
        return True
    names = [n.strip() for field in ("lead", "partners") for n in str(row.get(field, "")).split(";")]
    return any_unit_matches(unit, names)


def text_matches(row: dict, query: str) -> bool:
    """Free-text search over the visible columns, ignoring diacritics and case."""
    q = fold(query)
    if not q:
        return True
    hay = fold(" ".join(str(row.get(k, "")) for k, _ in RESPONSIBILITY_COLUMNS))
    return all(w in hay for w in q.split())


def filter_responsibilities(rows: Iterable[dict], unit: str = "", query: str = "") -> list[dict]:
    return [r for r in rows if unit_matches(r, unit) and text_matches(r, query)]


def responsibility_table(rows: Iterable[dict]) -> list[list[str]]:
    """Rows as lists of strings in RESPONSIBILITY_COLUMNS order."""
    return [[str(r.get(k, "") or "") for k, _ in RESPONSIBILITY_COLUMNS] for r in rows]


def write_csv(table: Sequence[Sequence[str]], path: Path, headers: Sequence[str] = RESPONSIBILITY_HEADERS) -> Path:
    """UTF-8 CSV with a BOM so that Excel shows Vietnamese correctly."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(list(headers))
        w.writerows([list(r) for r in table])
    return path


def write_xlsx(table: Sequence[Sequence[str]], path: Path, headers: Sequence[str] = RESPONSIBILITY_HEADERS,
               sheet: str = "Phân công") -> Path:
    """An .xlsx with a bold header row, frozen panes and wrapped text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in table:
        ws.append([_xlsx_safe(v) for v in r])
    ws.freeze_panes = "A2"
    widths = [18, 10, 60, 30, 40, 30, 18]
    for i, width in enumerate(widths[: len(headers)]):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(str(path))
    return Path(path)


def _xlsx_safe(value: object) -> str:
    """Avoid formula injection: text that starts like a formula is prefixed with an apostrophe-free space."""
    s = "" if value is None else str(value)
    return " " + s if s[:1] in ("=", "+", "-", "@") else s


# -- plans tab ---------------------------------------------------------------------------------


def ocr_summary(pages: Sequence[int], low: Sequence[int]) -> str:
    """"3 trang; tin cậy thấp: trang 2" for a plan read by OCR, "" otherwise."""
    if not pages:
        return ""
    return f"{len(pages)} trang" + (f"; tin cậy thấp: trang {', '.join(map(str, low))}" if low else "")


UNKNOWN = "không rõ"  # a field the plan's text does not state (or the reader could not find)


def _where(d: dict) -> str:
    """The province, else the commune, else "cả nước" for a national issuer, else "không rõ"."""
    return d.get("province") or d.get("locality") or ("cả nước" if is_national_issuer(d.get("issuer", "")) else UNKNOWN)


def documents_table(docs: Iterable[dict]) -> list[list[object]]:
    return [[d.get("file_name", ""), d.get("title") or UNKNOWN, d.get("issuer") or UNKNOWN, _where(d),
             d.get("year") or UNKNOWN, d.get("n_clauses", 0), d.get("n_tasks", 0), d.get("n_tasks_with_lead", 0),
             d.get("n_chunks", 0), ocr_summary(d.get("ocr_pages") or [], d.get("ocr_low_confidence_pages") or [])]
            for d in docs]


def document_choice(d: dict) -> tuple[str, str]:
    """(label, id) for plan dropdowns: "Sở Tư pháp Hải Phòng — hai-phong_....txt"."""
    who = d.get("issuer") or d.get("province") or ""
    label = f"{who} — {d.get('file_name', d['id'])}" if who else str(d.get("file_name", d["id"]))
    return label, d["id"]


@dataclass(frozen=True)
class ResultRow:
    """One line of the per-file results table of an upload."""

    name: str
    ok: bool
    text: str


def outcome_rows(files: Iterable[object]) -> list[ResultRow]:
    """Rows for api.service.FileOutcome objects, in plain Vietnamese."""
    rows = []
    for f in files:
        name = Path(getattr(f, "path", "")).name
        status = getattr(f, "status", "")
        ocr = ocr_summary(getattr(f, "ocr_pages", []), getattr(f, "low_confidence_pages", []))
        ocr = f" Đọc bằng OCR: {ocr} — hãy đối chiếu với bản gốc." if ocr else ""
        if status == "ingested":
            rows.append(ResultRow(name, True, f"đã nạp {getattr(f, 'clauses', 0)} điều khoản, "
                                              f"{getattr(f, 'tasks', 0)} nhiệm vụ "
                                              f"({getattr(f, 'tasks_with_lead', 0)} có đơn vị chủ trì).{ocr}"))
        elif status == "unchanged":
            rows.append(ResultRow(name, True, f"đã có trong chỉ mục, không thay đổi.{ocr}"))
        else:
            rows.append(ResultRow(name, False, f"LỖI — {getattr(f, 'message', '') or 'không đọc được tệp.'}"))
    return rows


def ingest_results_html(rows: Sequence[ResultRow], empty: str = "Chưa chọn tệp nào.") -> str:
    """The per-file results table (the one place where upload outcomes show); every value escaped."""
    if not rows:
        return f'<div class="kh-results-empty">{esc(empty)}</div>'
    body = "".join(f'<tr class="{"kh-ok" if r.ok else "kh-bad"}"><td class="kh-file">{esc(r.name)}</td>'
                   f"<td>{esc(r.text)}</td></tr>" for r in rows)
    return ('<table class="kh-results"><thead><tr><th>Tệp</th><th>Kết quả</th></tr></thead>'
            f"<tbody>{body}</tbody></table>")


def trash_choice(p: object) -> tuple[str, str]:
    """(label, id) for the restore dropdown: "ke-hoach.docx — xoá 2026-05-01 09:12 bởi truongphong"."""
    when = local_time(getattr(p, "deleted_at", ""))
    who = getattr(p, "deleted_by", "") or "không đăng nhập"
    return f"{getattr(p, 'file_name', '')} — xoá {when} bởi {who}", getattr(p, "doc_id", "")


def local_time(iso: str) -> str:
    """An ISO 8601 UTC time as the server's local "YYYY-MM-DD HH:MM"."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return iso


AUDIT_HEADERS: list[str] = ["Thời gian", "Việc", "Người thực hiện", "Đối tượng", "Chi tiết", "Máy"]


def audit_table(events: Iterable[object], labels: dict) -> list[list[str]]:
    """Rows of the audit log view (newest first)."""
    return [[local_time(getattr(e, "at", "")), labels.get(getattr(e, "action", ""), str(getattr(e, "action", ""))),
             getattr(e, "actor", "") or "(không đăng nhập)", getattr(e, "target", ""), getattr(e, "detail", ""),
             getattr(e, "client", "")] for e in events]


# -- list answers ------------------------------------------------------------------------------


def items_table(answer: Answer | None) -> list[list[str]]:
    """A list answer's whole list as table rows (ITEM_COLUMNS order); [] for other answers."""
    if answer is None:
        return []
    return [[str(getattr(i, k, "") or "") for k, _ in ITEM_COLUMNS] for i in answer.items]


def items_html(answer: Answer | None) -> str:
    """The whole list as an HTML table (every value escaped), scrollable inside its box on a phone."""
    rows = items_table(answer)
    if not rows:
        return ""
    head = "".join(f"<th>{esc(h)}</th>" for h in ITEM_HEADERS)
    body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>" for r in rows)
    return (f'<div class="kh-list-scroll"><table class="kh-list-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>")


def list_title_markdown(answer: Answer | None) -> str:
    """"**Danh sách đầy đủ: 11 nhiệm vụ** — Công an tỉnh chủ trì …" (the answer's first line)."""
    if answer is None or not answer.items:
        return ""
    first = answer.text.split("\n", 1)[0].rstrip(":")
    return f"**Danh sách đầy đủ ({len(answer.items)} mục)** — {md_escape(first)}"


def answer_clause_ids(answer: Answer | None) -> list[str]:
    """The tasks a list answer lists (the filter the responsibilities table opens with)."""
    return [i.clause_id for i in answer.items if i.clause_id] if answer is not None else []


def filter_by_clauses(rows: Iterable[dict], clause_ids: Sequence[str] | None) -> list[dict]:
    """The rows of the given tasks, in the list's order (all rows when no list is given)."""
    rows = list(rows)
    if not clause_ids:
        return rows
    order = {cid: i for i, cid in enumerate(clause_ids)}
    return sorted((r for r in rows if r.get("clause_id") in order), key=lambda r: order[r["clause_id"]])
