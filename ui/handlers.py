"""What the web app does when the user acts: one method per event, each a thin call into the API."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any, Iterator

import gradio as gr
import pandas as pd

from api.accounts import Role
from api.audit import ACTION_LABELS
from api.service import DeleteTicket, Kehoach
from core.conversation import Conversation
from core.errors import KehoachError, redact_paths
from core.models import Answer
from core.query import Filters
from ui import formatting as fmt
from ui.layout import header_html
from ui.server import Access
from ui.startup import StartupStatus
from ui.temp_files import session_export_dir

MAX_REJECTED_ROWS = 100
NOT_ALLOWED = "Tài khoản này chỉ được hỏi đáp: không được tải lên, xoá hay khôi phục kế hoạch."


def status_html(status: StartupStatus) -> str:
    if status.error:
        return f'<div class="kh-status kh-error">{fmt.esc(status.message)} {fmt.esc(redact_paths(status.error))}</div>'
    if status.ready:
        return ""
    return f'<div class="kh-status">{fmt.esc(status.message)} Trang sẽ tự cập nhật khi sẵn sàng.</div>'


class UIHandlers:
    """Event handlers over one Kehoach service. Output tuples follow the component lists in ``ui.events``.

    No UI-side lock: Gradio resumes a generator on any worker thread, and the service itself keeps answering
    while an ingest runs; holding a lock across ``yield``s would deadlock or block questions."""

    def __init__(self, service: Kehoach, status: StartupStatus, upload_types: list[str], access: Access,
                 export_root: Path | None = None):
        self.service = service
        self.status = status
        self.upload_types = upload_types
        self.access = access
        self.export_root = export_root or Path(tempfile.mkdtemp(prefix="kehoach-web-"))

    # -- who is acting ------------------------------------------------------------------------------
    def _role(self, request: gr.Request | None) -> Role:
        return self.access.role(getattr(request, "username", None))

    def _actor(self, request: gr.Request | None) -> str:
        return self.access.actor(getattr(request, "username", None))

    @staticmethod
    def _client(request: gr.Request | None) -> str:
        client = getattr(request, "client", None)
        return str(getattr(client, "host", "") or "")

    def session_view(self, request: gr.Request) -> tuple[Any, Any, Any]:
        """On page load: the header with the user's name and a logout button, and what their role may see
        (outputs: header, plan management row, audit tab)."""
        name = getattr(request, "username", None)
        role = self._role(request)
        admin = role.may_manage_plans
        return (header_html(name or "", role.label) if name else header_html(),
                gr.update(visible=admin), gr.update(visible=admin))

    # -- shared views ------------------------------------------------------------------------------
    def docs(self) -> list[dict]:
        return self.service.documents() if self.status.ready else []

    def filter_updates(self) -> tuple[Any, Any, Any]:
        ds = self.docs()
        plans = [fmt.document_choice(d) for d in ds]
        provinces = sorted({d.get("province", "") for d in ds if d.get("province")})
        years = sorted({str(d.get("year", "")) for d in ds if d.get("year")})
        return gr.update(choices=plans), gr.update(choices=provinces), gr.update(choices=years)

    def resp_rows(self, unit: str, query: str, ids: list[str] | None = None) -> list[dict]:
        """The table's rows: those of a list answer's tasks when ``ids`` is given, then the unit and search boxes."""
        if not self.status.ready:
            return []
        rows = fmt.filter_by_clauses(self.service.responsibilities(), ids)
        return fmt.filter_responsibilities(rows, unit or "", query or "")

    def resp_view(self, unit: str, query: str, request: gr.Request | None = None,
                  ids: list[str] | None = None) -> tuple[Any, str, Any, Any]:
        """Outputs: table, count, CSV, XLSX. (Gradio puts the request where the signature has it, so the inputs
        unit, search, list ids arrive as unit, query, ids.)"""
        table = fmt.responsibility_table(self.resp_rows(unit, query, ids))
        out = session_export_dir(self.export_root, getattr(request, "session_hash", None))
        csv_path = fmt.write_csv(table, out / "phan-cong-nhiem-vu.csv")
        xlsx_path = fmt.write_xlsx(table, out / "phan-cong-nhiem-vu.xlsx")
        what = f" có đơn vị «{fmt.md_escape(unit.strip())}» chủ trì hoặc phối hợp" if unit and unit.strip() else ""
        what += " trong danh sách của câu trả lời" if ids else ""
        count = f"**{len(table)}** nhiệm vụ{what}."
        frame = gr.update(value=pd.DataFrame(table, columns=fmt.RESPONSIBILITY_HEADERS))
        return frame, count, gr.update(value=str(csv_path)), gr.update(value=str(xlsx_path))

    def plans_view(self, selected: str | None = None) -> tuple[Any, Any, Any]:
        """Outputs: plans table, delete dropdown, restore dropdown."""
        ds = self.docs()
        keep = selected if any(d["id"] == selected for d in ds) else None  # a deleted plan leaves the list
        trashed = self.service.trashed() if self.status.ready else []
        return (gr.update(value=pd.DataFrame(fmt.documents_table(ds), columns=fmt.DOCUMENT_HEADERS)),
                gr.update(choices=[fmt.document_choice(d) for d in ds], value=keep),
                gr.update(choices=[fmt.trash_choice(p) for p in trashed], value=None))

    def refresh_all(self, unit: str, query: str, ids: list[str] | None = None, request: gr.Request | None = None,
                    selected: str | None = None) -> tuple[Any, ...]:
        """Inputs: unit, search, list ids [, plan selected for deletion]. The request comes before the optional
        input: Gradio inserts it at its place in the signature, and after a missing input it would land in
        ``selected``."""
        return (*self.filter_updates(), *self.plans_view(selected),
                *self.resp_view(unit, query, request=request, ids=ids))

    REFRESH_OUTPUTS = 10  # filters (3), plans (3), responsibilities table (4)

    def refresh_when_ready(self, unit: str, query: str, ids: list[str] | None = None,
                           request: gr.Request | None = None) -> tuple[Any, ...]:
        if not self.status.ready:
            return tuple(gr.update() for _ in range(self.REFRESH_OUTPUTS))
        return self.refresh_all(unit, query, ids, request)

    def tick(self) -> tuple[Any, Any]:
        html_ = status_html(self.status)
        return gr.update(value=html_, visible=bool(html_)), gr.Timer(active=not (self.status.ready or self.status.error))

    # -- chat --------------------------------------------------------------------------------------
    def ask(self, question: str, history: list[dict], conv: Conversation, doc_ids: list[str] | None,
            provinces: list[str] | None, years: list[str] | None) -> Iterator[tuple[Any, ...]]:
        """Outputs: chatbot, question box, chips, panel, answer state, conversation state."""
        question = (question or "").strip()
        history = list(history or [])
        if not question:
            yield history, "", gr.update(), gr.update(), None, conv
            return
        history.append({"role": "user", "content": fmt.md_escape(question)})
        if not self.status.ready:
            history.append({"role": "assistant", "content": "Hệ thống đang nạp dữ liệu, vui lòng hỏi lại sau ít phút."})
            yield history, "", gr.update(), gr.update(), None, conv
            return
        history.append({"role": "assistant", "content": "…"})
        yield history, "", gr.update(choices=[], value=None, visible=False), fmt.empty_panel_html(), None, conv
        filters = Filters(doc_ids=list(doc_ids or []), provinces=list(provinces or []), years=list(years or []))
        text, answer = "", None
        try:
            for piece in self.service.stream_ask(question, conv, filters):
                if isinstance(piece, Answer):
                    answer = piece
                else:
                    text += piece
                    history[-1] = {"role": "assistant", "content": fmt.md_escape(text)}
                    yield history, "", gr.update(), gr.update(), None, conv
        except KehoachError as e:  # e.g. the Chroma server is down: say so, keep the session usable
            history[-1] = {"role": "assistant", "content": fmt.md_escape(f"⚠ {redact_paths(e.vi)}")}
            yield history, "", gr.update(), gr.update(), None, conv
            return
        if answer is None:
            return
        yield self.answer_outputs(history, answer, conv)

    def answer_outputs(self, history: list[dict], answer: Answer, conv: Conversation) -> tuple[Any, ...]:
        """The final update of an answered question (a subclass may show the answer another way)."""
        history[-1] = {"role": "assistant", "content": fmt.answer_chat_markdown(answer)}
        chips = fmt.chip_choices(answer.citations)
        return (history, "", gr.update(choices=chips, value=None, visible=bool(chips)),
                fmt.empty_panel_html(), answer, conv)

    # -- list answers: the whole list as a table, its exports, the same tasks in the table tab ------------
    LIST_OUTPUTS = 5  # list box, title, table, CSV, XLSX

    def list_view(self, answer: Answer | None, request: gr.Request | None = None) -> tuple[Any, ...]:
        """Shown under the chat after a list answer (hidden after any other answer)."""
        rows = fmt.items_table(answer)
        if not rows:
            return gr.update(visible=False), "", "", gr.update(value=None), gr.update(value=None)
        out = session_export_dir(self.export_root / "lists", getattr(request, "session_hash", None))
        csv_path = fmt.write_csv(rows, out / "danh-sach-nhiem-vu.csv", headers=fmt.ITEM_HEADERS)
        xlsx_path = fmt.write_xlsx(rows, out / "danh-sach-nhiem-vu.xlsx", headers=fmt.ITEM_HEADERS, sheet="Danh sách")
        return (gr.update(visible=True), fmt.list_title_markdown(answer), fmt.items_html(answer),
                gr.update(value=str(csv_path)), gr.update(value=str(xlsx_path)))

    def open_list(self, answer: Answer | None, request: gr.Request | None = None) -> tuple[Any, ...]:
        """Switch to the table tab showing the list answer's tasks. Outputs: tabs, list ids, unit box, search box,
        table (4), filter note, clear-filter button."""
        ids = fmt.answer_clause_ids(answer)
        note = (f"Đang lọc theo câu trả lời: «{fmt.md_escape(answer.text.splitlines()[0].rstrip(':'))}»"
                if ids and answer is not None else "")
        return (gr.Tabs(selected="table"), ids, "", "", *self.resp_view("", "", request=request, ids=ids),
                gr.update(value=note, visible=bool(ids)), gr.update(visible=bool(ids)))

    def clear_list_filter(self, unit: str, query: str, request: gr.Request | None = None) -> tuple[Any, ...]:
        """Outputs: list ids, table (4), filter note, clear-filter button."""
        return ([], *self.resp_view(unit, query, request=request), gr.update(value="", visible=False),
                gr.update(visible=False))

    def open_citation(self, clause_id: str | None) -> str:
        if not clause_id:
            return fmt.empty_panel_html()
        found = self.service.clause(clause_id)
        if found is None:
            return fmt.empty_panel_html("Không tìm thấy điều khoản này (kế hoạch có thể đã bị xoá).")
        return fmt.clause_panel_html(*found)

    def new_chat(self) -> tuple[Any, ...]:
        return ([], "", gr.update(choices=[], value=None, visible=False), fmt.empty_panel_html(), None,
                Conversation(), gr.update(value="", visible=False))

    def copy_markdown(self, answer: Answer | None) -> Any:
        if answer is None:
            return gr.update(value="Chưa có câu trả lời để sao chép.", visible=True)
        return gr.update(value=fmt.answer_markdown(answer), visible=True)

    # -- plans: upload ---------------------------------------------------------------------------------
    def _rejected_rows(self, rejected: str | None) -> list[fmt.ResultRow]:
        """Files the browser refused before sending (their names and reasons, as ui/page.js reported them)."""
        try:
            items = json.loads(rejected or "[]")
        except ValueError:
            return []
        rows = []
        for item in items[:MAX_REJECTED_ROWS] if isinstance(items, list) else []:
            if isinstance(item, dict):
                rows.append(fmt.ResultRow(Path(str(item.get("name", ""))).name[:200], False,
                                          str(item.get("message", ""))[:400]))
        return rows

    def upload(self, files: list[str] | None, rejected: str | None, request: gr.Request,
               progress: gr.Progress = gr.Progress()) -> tuple[str, str]:
        """Outputs: the per-file results table, the (cleared) list of files refused in the browser."""
        rows = self._rejected_rows(rejected)
        if not self._role(request).may_manage_plans:
            return fmt.ingest_results_html([fmt.ResultRow("", False, NOT_ALLOWED)]), ""
        if not self.status.ready:
            return fmt.ingest_results_html([], "Hệ thống đang nạp dữ liệu mẫu, vui lòng thử lại sau."), ""
        paths = [Path(f) for f in files or []]
        good = [p for p in paths if p.suffix.lower() in self.upload_types]
        for p in paths:
            if p not in good:
                rows.append(fmt.ResultRow(p.name, False, f"LỖI — loại tệp {p.suffix or '(không có đuôi)'} không được "
                                                         f"hỗ trợ (chỉ nhận {', '.join(self.upload_types)})."))
                p.unlink(missing_ok=True)

        def cb(i: int, n: int, name: str) -> None:
            progress((i, n), desc=f"Đang nạp {name}" if name else "Hoàn tất", unit="tệp")

        if good:
            report = self.service.ingest_uploads(good, self._actor(request), self._client(request), cb)
            rows = fmt.outcome_rows(report.files) + rows
        return fmt.ingest_results_html(rows), ""

    # -- plans: delete in two steps, restore ------------------------------------------------------------
    def request_delete(self, doc_id: str | None, request: gr.Request) -> tuple[Any, Any, DeleteTicket | None]:
        """First step. Outputs: message, confirmation row, ticket state."""
        if not self._role(request).may_manage_plans:
            return NOT_ALLOWED, gr.update(visible=False), None
        if not doc_id:
            return "Hãy chọn một kế hoạch để xoá.", gr.update(visible=False), None
        try:
            ticket = self.service.prepare_delete(doc_id, self._actor(request))
        except KehoachError as e:
            return fmt.md_escape(redact_paths(e.vi)), gr.update(visible=False), None
        title = f" — {ticket.title}" if ticket.title else ""
        hours = self.service.settings.delete_restore_hours
        seconds = self.service.settings.delete_confirm_seconds
        message = (f"Bạn sắp xoá **{fmt.md_escape(ticket.file_name)}**{fmt.md_escape(title)}. Kế hoạch sẽ vào thùng "
                   f"rác và khôi phục được trong {hours:g} giờ. Bấm **Xác nhận xoá** trong {seconds:g} giây.")
        return message, gr.update(visible=True), ticket

    def confirm_delete(self, doc_id: str | None, ticket: DeleteTicket | None,
                       request: gr.Request) -> tuple[Any, Any, None]:
        """Second step: the service checks the ticket. Outputs: message, confirmation row, ticket state."""
        if not self._role(request).may_manage_plans:
            return NOT_ALLOWED, gr.update(visible=False), None
        try:
            plan = self.service.delete(doc_id or "", ticket.token if ticket else "", self._actor(request),
                                       self._client(request))
        except KehoachError as e:
            return fmt.md_escape(redact_paths(e.vi)), gr.update(visible=False), None
        return (f"Đã xoá kế hoạch «{fmt.md_escape(plan.file_name)}». Có thể khôi phục đến "
                f"{fmt.local_time(plan.restore_until)} (mục «Kế hoạch đã xoá»).", gr.update(visible=False), None)

    def cancel_delete(self) -> tuple[str, Any, None]:
        return "Đã huỷ, không xoá gì.", gr.update(visible=False), None

    def restore(self, doc_id: str | None, request: gr.Request) -> str:
        if not self._role(request).may_manage_plans:
            return NOT_ALLOWED
        if not doc_id:
            return "Hãy chọn một kế hoạch đã xoá để khôi phục."
        try:
            plan = self.service.restore(doc_id, self._actor(request), self._client(request))
        except KehoachError as e:
            return fmt.md_escape(redact_paths(e.vi))
        return f"Đã khôi phục kế hoạch «{fmt.md_escape(plan.file_name)}»."

    # -- audit log ----------------------------------------------------------------------------------
    def audit_view(self, request: gr.Request) -> Any:
        if not self._role(request).may_manage_plans:
            return gr.update(value=pd.DataFrame([], columns=fmt.AUDIT_HEADERS))
        rows = fmt.audit_table(self.service.audit.recent(200), ACTION_LABELS)
        return gr.update(value=pd.DataFrame(rows, columns=fmt.AUDIT_HEADERS))
