"""What the web app does when the user acts: one method per event, each a thin call into the API."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Iterator

import gradio as gr
import pandas as pd

from api.service import Kehoach
from core.conversation import Conversation
from core.errors import KehoachError
from core.models import Answer
from core.query import Filters
from ui import formatting as fmt
from ui.startup import StartupStatus


def status_html(status: StartupStatus) -> str:
    if status.error:
        return f'<div class="kh-status kh-error">{fmt.esc(status.message)} {fmt.esc(status.error)}</div>'
    if status.ready:
        return ""
    return f'<div class="kh-status">{fmt.esc(status.message)} Trang sẽ tự cập nhật khi sẵn sàng.</div>'


class UIHandlers:
    """Event handlers over one Kehoach service. Output tuples follow the component lists in ``ui.events``.

    No UI-side lock: Gradio resumes a generator on any worker thread, and the service itself keeps answering
    while an ingest runs; holding a lock across ``yield``s would deadlock or block questions."""

    def __init__(self, service: Kehoach, status: StartupStatus, upload_types: list[str], export_dir: Path | None = None):
        self.service = service
        self.status = status
        self.upload_types = upload_types
        self.export_dir = export_dir or Path(tempfile.mkdtemp(prefix="kehoach-export-"))

    # -- shared views ------------------------------------------------------------------------------
    def docs(self) -> list[dict]:
        return self.service.documents() if self.status.ready else []

    def filter_updates(self) -> tuple[Any, Any, Any]:
        ds = self.docs()
        plans = [fmt.document_choice(d) for d in ds]
        provinces = sorted({d.get("province", "") for d in ds if d.get("province")})
        years = sorted({str(d.get("year", "")) for d in ds if d.get("year")})
        return gr.update(choices=plans), gr.update(choices=provinces), gr.update(choices=years)

    def resp_rows(self, unit: str, query: str) -> list[dict]:
        if not self.status.ready:
            return []
        return fmt.filter_responsibilities(self.service.responsibilities(), unit or "", query or "")

    def resp_view(self, unit: str, query: str) -> tuple[Any, str, Any, Any]:
        table = fmt.responsibility_table(self.resp_rows(unit, query))
        out = Path(tempfile.mkdtemp(dir=self.export_dir))
        csv_path = fmt.write_csv(table, out / "phan-cong-nhiem-vu.csv")
        xlsx_path = fmt.write_xlsx(table, out / "phan-cong-nhiem-vu.xlsx")
        what = f" có đơn vị «{fmt.md_escape(unit.strip())}» chủ trì hoặc phối hợp" if unit and unit.strip() else ""
        count = f"**{len(table)}** nhiệm vụ{what}."
        frame = gr.update(value=pd.DataFrame(table, columns=fmt.RESPONSIBILITY_HEADERS))
        return frame, count, gr.update(value=str(csv_path)), gr.update(value=str(xlsx_path))

    def plans_view(self, selected: str | None = None) -> tuple[Any, Any]:
        ds = self.docs()
        keep = selected if any(d["id"] == selected for d in ds) else None  # a deleted plan leaves the list
        return (gr.update(value=pd.DataFrame(fmt.documents_table(ds), columns=fmt.DOCUMENT_HEADERS)),
                gr.update(choices=[fmt.document_choice(d) for d in ds], value=keep))

    def refresh_all(self, unit: str, query: str, selected: str | None = None) -> tuple[Any, ...]:
        return (*self.filter_updates(), *self.plans_view(selected), *self.resp_view(unit, query))

    def refresh_when_ready(self, unit: str, query: str, n_outputs: int) -> tuple[Any, ...]:
        return self.refresh_all(unit, query) if self.status.ready else tuple(gr.update() for _ in range(n_outputs))

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
            history[-1] = {"role": "assistant", "content": fmt.md_escape(f"⚠ {e.vi}")}
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

    # -- plans -------------------------------------------------------------------------------------
    def upload(self, files: list[str] | None, progress: gr.Progress = gr.Progress()) -> str:
        if not files:
            return "Chưa chọn tệp nào."
        if not self.status.ready:
            return "Hệ thống đang nạp dữ liệu mẫu, vui lòng thử lại sau."
        paths = [Path(f) for f in files]
        bad = [p for p in paths if p.suffix.lower() not in self.upload_types]
        good = [p for p in paths if p.suffix.lower() in self.upload_types]
        lines = [f"- **{fmt.md_escape(p.name)}**: LỖI — định dạng không được hỗ trợ "
                 f"(chỉ nhận {', '.join(self.upload_types)})." for p in bad]

        def cb(i: int, n: int, name: str) -> None:
            progress((i, n), desc=f"Đang nạp {name}" if name else "Hoàn tất", unit="tệp")

        if good:
            report = self.service.ingest(good, cb)
            lines.insert(0, fmt.ingest_report_markdown(report.files))
        return "\n".join(lines)

    def delete(self, doc_id: str | None) -> str:
        if not doc_id:
            return "Hãy chọn một kế hoạch để xoá."
        ok = self.service.delete(doc_id)
        return f"Đã xoá kế hoạch «{fmt.md_escape(doc_id)}»." if ok else "Không tìm thấy kế hoạch này."
