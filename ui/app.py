"""Gradio web app "Trợ lý kế hoạch": chat with citations, responsibilities table, plan management (thin UI over Kehoach)."""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported: no telemetry, no version check

import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import gradio as gr
import pandas as pd

from core.conversation import Conversation
from core.query import Filters
from core.errors import KehoachError
from core.models import Answer
from api.service import Kehoach
from core.settings import Settings, load_settings
from ui import formatting as fmt

CSS_PATH = Path(__file__).with_name("style.css")
CANONICAL_QUESTION = ("Đơn vị nào chủ trì công tác tuyên truyền phòng, chống mua bán người "
                      "trên phương tiện thông tin đại chúng?")
EXAMPLE_QUESTIONS = [
    CANONICAL_QUESTION,
    "còn đơn vị phối hợp?",
    "Sở Y tế được giao những nhiệm vụ gì?",
    "Ai chủ trì hỗ trợ nạn nhân bị mua bán trở về ở Đồng Tháp?",
]
UPLOAD_TYPES = [".txt", ".md", ".docx", ".pdf"]


@dataclass
class StartupStatus:
    """Progress of the first-start ingestion of the bundled plans, shared by the worker thread and the page."""

    ready: bool = False
    message: str = "Đang khởi động…"
    error: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def update(self, message: str, ready: bool = False, error: str = "") -> None:
        with self.lock:
            self.message, self.ready, self.error = message, ready, error


def prepare(service: Kehoach, status: StartupStatus) -> None:
    """Ingest the sample plans if the index is empty, reporting progress on the console and in `status`."""

    def progress(i: int, n: int, name: str) -> None:
        msg = f"Đang nạp kế hoạch mẫu {i + 1}/{n}: {name}" if name else f"Đã nạp {n}/{n} kế hoạch mẫu."
        print(msg, flush=True)
        status.update(msg)

    try:
        status.update("Đang mở chỉ mục…")
        report = service.ensure_samples(progress)
        if report is not None:
            for f in report.failed:
                print(f"Lỗi: {f.path}: {f.message}", flush=True)
        status.update("Đang chuẩn bị bộ tìm kiếm…")
        service.warm_up()
        n = len(service.documents())
        status.update(f"Sẵn sàng: {n} kế hoạch trong chỉ mục.", ready=True)
        print(f"Sẵn sàng: {n} kế hoạch trong chỉ mục.", flush=True)
    except Exception as e:  # shown on the page instead of a dead app
        status.update("Không mở được chỉ mục.", ready=False, error=str(e))
        print(f"Lỗi khởi động: {e}", flush=True)


def _theme() -> gr.themes.Base:
    """Default theme with system fonts only (no request to Google Fonts)."""
    return gr.themes.Default(
        font=[gr.themes.Font("system-ui"), gr.themes.Font("Segoe UI"), gr.themes.Font("Roboto"), "sans-serif"],
        font_mono=[gr.themes.Font("ui-monospace"), gr.themes.Font("Consolas"), "monospace"],
    )


def _status_html(status: StartupStatus) -> str:
    if status.error:
        return f'<div class="kh-status kh-error">{fmt.esc(status.message)} {fmt.esc(status.error)}</div>'
    if status.ready:
        return ""
    return f'<div class="kh-status">{fmt.esc(status.message)} Trang sẽ tự cập nhật khi sẵn sàng.</div>'


def build_app(service: Kehoach, status: StartupStatus | None = None) -> gr.Blocks:
    """The Blocks app over a Kehoach service. With no status the index is taken as ready."""
    status = status or StartupStatus(ready=True, message="Sẵn sàng.")
    # No UI-side lock: Gradio resumes a generator on any worker thread, and the service itself keeps
    # answering while an ingest runs; holding a lock across `yield`s would deadlock or block questions.
    export_dir = Path(tempfile.mkdtemp(prefix="kehoach-export-"))

    # -- helpers bound to the service ---------------------------------------------------------
    def docs() -> list[dict]:
        if not status.ready:
            return []
        return service.documents()

    def filter_updates() -> tuple[Any, Any, Any]:
        ds = docs()
        plans = [fmt.document_choice(d) for d in ds]
        provinces = sorted({d.get("province", "") for d in ds if d.get("province")})
        years = sorted({str(d.get("year", "")) for d in ds if d.get("year")})
        return (gr.update(choices=plans), gr.update(choices=provinces), gr.update(choices=years))

    def resp_rows(unit: str, query: str, ids: list[str] | None = None) -> list[dict]:
        if not status.ready:
            return []
        rows = fmt.filter_by_clauses(service.responsibilities(), ids)
        return fmt.filter_responsibilities(rows, unit or "", query or "")

    def resp_view(unit: str, query: str, ids: list[str] | None = None) -> tuple[Any, str, Any, Any]:
        table = fmt.responsibility_table(resp_rows(unit, query, ids))
        out = Path(tempfile.mkdtemp(dir=export_dir))
        csv_path = fmt.write_csv(table, out / "phan-cong-nhiem-vu.csv")
        xlsx_path = fmt.write_xlsx(table, out / "phan-cong-nhiem-vu.xlsx")
        what = f" có đơn vị «{fmt.md_escape(unit.strip())}» chủ trì hoặc phối hợp" if unit and unit.strip() else ""
        what += " trong danh sách của câu trả lời" if ids else ""
        count = f"**{len(table)}** nhiệm vụ{what}."
        frame = gr.update(value=pd.DataFrame(table, columns=fmt.RESPONSIBILITY_HEADERS))
        return frame, count, gr.update(value=str(csv_path)), gr.update(value=str(xlsx_path))

    def plans_view(selected: str | None = None) -> tuple[Any, Any]:
        ds = docs()
        keep = selected if any(d["id"] == selected for d in ds) else None  # a deleted plan leaves the list
        return (gr.update(value=pd.DataFrame(fmt.documents_table(ds), columns=fmt.DOCUMENT_HEADERS)),
                gr.update(choices=[fmt.document_choice(d) for d in ds], value=keep))

    def refresh_all(unit: str, query: str, selected: str | None = None) -> tuple[Any, ...]:
        return (*filter_updates(), *plans_view(selected), *resp_view(unit, query))

    # -- chat handlers ------------------------------------------------------------------------
    def ask(question: str, history: list[dict], conv: Conversation, doc_ids: list[str] | None,
            provinces: list[str] | None, years: list[str] | None) -> Iterator[tuple[Any, ...]]:
        question = (question or "").strip()
        history = list(history or [])
        if not question:
            yield history, "", gr.update(), gr.update(), None, conv
            return
        history.append({"role": "user", "content": fmt.md_escape(question)})
        if not status.ready:
            history.append({"role": "assistant", "content": "Hệ thống đang nạp dữ liệu, vui lòng hỏi lại sau ít phút."})
            yield history, "", gr.update(), gr.update(), None, conv
            return
        history.append({"role": "assistant", "content": "…"})
        yield history, "", gr.update(choices=[], value=None, visible=False), fmt.empty_panel_html(), None, conv
        filters = Filters(doc_ids=list(doc_ids or []), provinces=list(provinces or []), years=list(years or []))
        text, answer = "", None
        try:
            for piece in service.stream_ask(question, conv, filters):
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
        history[-1] = {"role": "assistant", "content": fmt.answer_chat_markdown(answer)}
        chips = fmt.chip_choices(answer.citations)
        yield (history, "", gr.update(choices=chips, value=None, visible=bool(chips)),
               fmt.empty_panel_html(), answer, conv)

    def open_citation(clause_id: str | None) -> str:
        if not clause_id:
            return fmt.empty_panel_html()
        found = service.clause(clause_id)
        if found is None:
            return fmt.empty_panel_html("Không tìm thấy điều khoản này (kế hoạch có thể đã bị xoá).")
        return fmt.clause_panel_html(*found)

    # -- list answers: the whole list as a table, exports, and the same tasks in the table tab -----------------
    def list_view(answer: Answer | None) -> tuple[Any, ...]:
        rows = fmt.items_table(answer)
        if not rows:
            return (gr.update(visible=False), "", "", gr.update(value=None), gr.update(value=None))
        out = Path(tempfile.mkdtemp(dir=export_dir))
        csv_path = fmt.write_csv(rows, out / "danh-sach-nhiem-vu.csv", headers=fmt.ITEM_HEADERS)
        xlsx_path = fmt.write_xlsx(rows, out / "danh-sach-nhiem-vu.xlsx", headers=fmt.ITEM_HEADERS, sheet="Danh sách")
        return (gr.update(visible=True), fmt.list_title_markdown(answer), fmt.items_html(answer),
                gr.update(value=str(csv_path)), gr.update(value=str(xlsx_path)))

    def open_list(answer: Answer | None) -> tuple[Any, ...]:
        ids = fmt.answer_clause_ids(answer)
        note = (f"Đang lọc theo câu trả lời: «{fmt.md_escape(answer.text.splitlines()[0].rstrip(':'))}»"
                if ids and answer is not None else "")
        return (gr.Tabs(selected="table"), ids, "", "", *resp_view("", "", ids),
                gr.update(value=note, visible=bool(ids)), gr.update(visible=bool(ids)))

    def clear_list_filter(unit: str, query: str) -> tuple[Any, ...]:
        return ([], *resp_view(unit, query), gr.update(value="", visible=False), gr.update(visible=False))

    def new_chat() -> tuple[Any, ...]:
        return ([], "", gr.update(choices=[], value=None, visible=False), fmt.empty_panel_html(), None,
                Conversation(), gr.update(value="", visible=False))

    def copy_markdown(answer: Answer | None) -> Any:
        if answer is None:
            return gr.update(value="Chưa có câu trả lời để sao chép.", visible=True)
        return gr.update(value=fmt.answer_markdown(answer), visible=True)

    # -- plans handlers -----------------------------------------------------------------------
    def upload(files: list[str] | None, progress: gr.Progress = gr.Progress()) -> str:
        if not files:
            return "Chưa chọn tệp nào."
        if not status.ready:
            return "Hệ thống đang nạp dữ liệu mẫu, vui lòng thử lại sau."
        paths = [Path(f) for f in files]
        bad = [p for p in paths if p.suffix.lower() not in UPLOAD_TYPES]
        good = [p for p in paths if p.suffix.lower() in UPLOAD_TYPES]
        lines = [f"- **{fmt.md_escape(p.name)}**: LỖI — định dạng không được hỗ trợ (chỉ nhận .txt, .md, .docx, .pdf)."
                 for p in bad]

        def cb(i: int, n: int, name: str) -> None:
            progress((i, n), desc=f"Đang nạp {name}" if name else "Hoàn tất", unit="tệp")

        if good:
            report = service.ingest(good, cb)
            lines.insert(0, fmt.ingest_report_markdown(report.files))
        return "\n".join(lines)

    def delete(doc_id: str | None) -> str:
        if not doc_id:
            return "Hãy chọn một kế hoạch để xoá."
        ok = service.delete(doc_id)
        return f"Đã xoá kế hoạch «{fmt.md_escape(doc_id)}»." if ok else "Không tìm thấy kế hoạch này."

    def tick() -> tuple[Any, ...]:
        html_ = _status_html(status)
        return (gr.update(value=html_, visible=bool(html_)), gr.Timer(active=not (status.ready or status.error)))

    # -- layout -------------------------------------------------------------------------------
    with gr.Blocks(title="Trợ lý kế hoạch", analytics_enabled=False, fill_width=True) as app:
        gr.HTML('<div class="kh-header"><b>Trợ lý kế hoạch</b> '
                '<span class="kh-sub">Hỏi đáp có trích dẫn trên các kế hoạch hành động</span></div>')
        status_box = gr.HTML(_status_html(status), visible=not status.ready, elem_id="kh-status")
        timer = gr.Timer(1.0, active=not status.ready)

        with gr.Tabs() as tabs:
            with gr.Tab("Hỏi đáp", id="chat"):
                with gr.Accordion("Bộ lọc: kế hoạch, tỉnh/thành, năm", open=False, elem_id="kh-filters"):
                    with gr.Row():
                        f_plans = gr.Dropdown(label="Kế hoạch", choices=[], multiselect=True, elem_id="kh-f-plans")
                        f_prov = gr.Dropdown(label="Tỉnh/thành", choices=[], multiselect=True, elem_id="kh-f-prov")
                        f_years = gr.Dropdown(label="Năm", choices=[], multiselect=True, elem_id="kh-f-years")
                with gr.Row(elem_id="kh-chat-row", equal_height=False):
                    with gr.Column(scale=3, min_width=300, elem_id="kh-chat-col"):
                        chatbot = gr.Chatbot(label="Hội thoại", elem_id="kh-chatbot", height=380,
                                             sanitize_html=True, allow_tags=False, feedback_options=None,
                                             buttons=["copy"], placeholder="Hãy đặt câu hỏi về các kế hoạch.")
                        chips = gr.Radio(label="Trích dẫn — bấm để xem nguyên văn", choices=[], visible=False,
                                         elem_id="kh-chips", elem_classes=["kh-chips"])
                        with gr.Column(visible=False, elem_id="kh-list") as list_box:
                            list_title = gr.Markdown(elem_id="kh-list-title")
                            list_df = gr.HTML(elem_id="kh-list-table")
                            with gr.Row():
                                list_csv = gr.DownloadButton("Tải CSV", elem_id="kh-list-csv", size="sm")
                                list_xlsx = gr.DownloadButton("Tải Excel (XLSX)", elem_id="kh-list-xlsx", size="sm")
                                list_open = gr.Button("Mở trong Bảng phân công", elem_id="kh-list-open", size="sm")
                        with gr.Row(elem_id="kh-ask-row"):
                            question = gr.Textbox(show_label=False, placeholder="Nhập câu hỏi rồi nhấn Enter…",
                                                  scale=5, elem_id="kh-question", lines=1, max_lines=4)
                            send = gr.Button("Gửi", variant="primary", scale=1, min_width=80, elem_id="kh-send")
                        with gr.Column(elem_id="kh-examples", variant="compact"):
                            gr.Markdown("Câu hỏi mẫu (bấm để hỏi):", elem_classes=["kh-examples-title"])
                            example_btns = [gr.Button(q, size="sm", variant="secondary", elem_classes=["kh-example"])
                                            for q in EXAMPLE_QUESTIONS]
                        with gr.Row():
                            new_btn = gr.Button("Cuộc trò chuyện mới", elem_id="kh-new", size="sm")
                            copy_btn = gr.Button("Sao chép (Markdown)", elem_id="kh-copy", size="sm")
                        md_out = gr.Textbox(label="Câu trả lời dạng Markdown", visible=False, lines=8,
                                            buttons=["copy"], elem_id="kh-markdown", interactive=False)
                    with gr.Column(scale=2, min_width=280, elem_id="kh-side"):
                        panel = gr.HTML(fmt.empty_panel_html(), elem_id="kh-panel")

            with gr.Tab("Bảng phân công", id="table"):
                with gr.Row():
                    unit_box = gr.Textbox(label="Đơn vị (chủ trì hoặc phối hợp)", placeholder="VD: Công an tỉnh",
                                          elem_id="kh-unit", scale=2)
                    search_box = gr.Textbox(label="Tìm trong bảng", placeholder="Từ khoá…", elem_id="kh-search",
                                            scale=2)
                with gr.Row():
                    filter_md = gr.Markdown(visible=False, elem_id="kh-table-filter")
                    clear_filter = gr.Button("Bỏ lọc theo câu trả lời", visible=False, size="sm",
                                             elem_id="kh-clear-filter")
                count_md = gr.Markdown(elem_id="kh-count")
                table = gr.Dataframe(headers=fmt.RESPONSIBILITY_HEADERS, value=[], interactive=False, wrap=True,
                                     datatype="str", elem_id="kh-table", max_height=560,
                                     column_widths=[110, 72, 380, 170, 220, 170, 110])
                with gr.Row():
                    dl_csv = gr.DownloadButton("Tải CSV", elem_id="kh-dl-csv", size="sm")
                    dl_xlsx = gr.DownloadButton("Tải Excel (XLSX)", elem_id="kh-dl-xlsx", size="sm")

            with gr.Tab("Kế hoạch", id="plans"):
                plans_df = gr.Dataframe(headers=fmt.DOCUMENT_HEADERS, value=[], interactive=False, wrap=True,
                                        datatype="str", elem_id="kh-plans", label="Các kế hoạch đã nạp",
                                        column_widths=[240, 300, 180, 100, 70, 70, 70, 80, 70, 150])
                with gr.Row(equal_height=False):
                    with gr.Column():
                        files = gr.File(label="Tải lên kế hoạch (.txt, .md, .docx, .pdf)", file_count="multiple",
                                        file_types=UPLOAD_TYPES, elem_id="kh-upload")
                        ingest_btn = gr.Button("Nạp vào chỉ mục", variant="primary", elem_id="kh-ingest")
                        ingest_md = gr.Markdown(elem_id="kh-ingest-result")
                    with gr.Column():
                        del_dd = gr.Dropdown(label="Chọn kế hoạch cần xoá", choices=[], elem_id="kh-del-plan")
                        del_btn = gr.Button("Xoá kế hoạch", variant="stop", elem_id="kh-delete")
                        del_md = gr.Markdown(elem_id="kh-delete-result")

        conv_state = gr.State(Conversation())
        answer_state = gr.State(None)
        list_ids = gr.State([])  # the tasks of the last list answer opened in the table tab

        # -- events ---------------------------------------------------------------------------
        refresh_outputs = [f_plans, f_prov, f_years, plans_df, del_dd, table, count_md, dl_csv, dl_xlsx]
        ask_inputs = [question, chatbot, conv_state, f_plans, f_prov, f_years]
        ask_outputs = [chatbot, question, chips, panel, answer_state, conv_state]
        list_outputs = [list_box, list_title, list_df, list_csv, list_xlsx]
        question.submit(ask, ask_inputs, ask_outputs).then(list_view, answer_state, list_outputs)
        send.click(ask, ask_inputs, ask_outputs).then(list_view, answer_state, list_outputs)
        for btn, q in zip(example_btns, EXAMPLE_QUESTIONS):
            btn.click(lambda q=q: q, None, question).then(ask, ask_inputs, ask_outputs).then(
                list_view, answer_state, list_outputs)
        list_open.click(open_list, answer_state, [tabs, list_ids, unit_box, search_box, table, count_md, dl_csv,
                                                  dl_xlsx, filter_md, clear_filter])
        clear_filter.click(clear_list_filter, [unit_box, search_box],
                           [list_ids, table, count_md, dl_csv, dl_xlsx, filter_md, clear_filter])
        chips.change(open_citation, chips, panel)
        reset_outputs = [chatbot, question, chips, panel, answer_state, conv_state, md_out]
        new_btn.click(new_chat, None, reset_outputs).then(list_view, answer_state, list_outputs)
        chatbot.clear(new_chat, None, reset_outputs).then(list_view, answer_state, list_outputs)
        copy_btn.click(copy_markdown, answer_state, md_out).then(
            None, md_out, None,
            js="(t) => { try { if (t && navigator.clipboard) navigator.clipboard.writeText(t); } catch (e) {} }")

        unit_box.change(resp_view, [unit_box, search_box, list_ids], [table, count_md, dl_csv, dl_xlsx],
                        trigger_mode="always_last")
        search_box.change(resp_view, [unit_box, search_box, list_ids], [table, count_md, dl_csv, dl_xlsx],
                          trigger_mode="always_last")

        # one ingest/delete at a time (queued by Gradio, no lock held across threads)
        ingest_btn.click(upload, files, ingest_md, concurrency_limit=1, concurrency_id="write").then(
            refresh_all, [unit_box, search_box], refresh_outputs).then(lambda: None, None, files)
        del_btn.click(delete, del_dd, del_md, concurrency_limit=1, concurrency_id="write",
                      js="(d) => (d && !window.confirm('Xoá kế hoạch này khỏi chỉ mục? ' + d)) ? null : d").then(
            refresh_all, [unit_box, search_box, del_dd], refresh_outputs)

        timer.tick(tick, None, [status_box, timer]).then(
            lambda u, q: refresh_all(u, q) if status.ready else tuple(gr.update() for _ in refresh_outputs),
            [unit_box, search_box], refresh_outputs)
        app.load(refresh_all, [unit_box, search_box], refresh_outputs)
    return app


def launch_kwargs(settings: Settings) -> dict[str, Any]:
    """Arguments of Blocks.launch shared by `launch` and the tests: local only, no share link, no analytics."""
    auth = (settings.ui_user, settings.ui_password) if settings.ui_user and settings.ui_password else None
    return dict(
        server_name=settings.ui_host,
        server_port=settings.ui_port,
        share=False,
        auth=auth,
        auth_message="Đăng nhập để sử dụng Trợ lý kế hoạch." if auth else None,
        max_file_size=f"{settings.ui_max_upload_mb}mb",
        theme=_theme(),
        css_paths=[CSS_PATH],
        footer_links=[],
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        show_error=True,
        allowed_paths=[],
    )


def launch(settings: Settings | None = None, block: bool = True) -> gr.Blocks:
    """Start the web app on settings.ui_host:ui_port; ingest the sample plans first if the index is empty."""
    settings = settings or load_settings()
    service = Kehoach(settings)
    status = StartupStatus()
    worker = threading.Thread(target=prepare, args=(service, status), name="kehoach-prepare", daemon=True)
    app = build_app(service, status)
    app.queue(default_concurrency_limit=2)
    worker.start()
    print(f"Trợ lý kế hoạch: http://{settings.ui_host}:{settings.ui_port}", flush=True)
    app.launch(prevent_thread_lock=not block, **launch_kwargs(settings))
    return app


if __name__ == "__main__":
    launch()
