"""The page: every component of the web app, created inside a ``gr.Blocks`` context, with no behaviour."""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from core.conversation import Conversation
from ui import formatting as fmt

CANONICAL_QUESTION = ("Đơn vị nào chủ trì công tác tuyên truyền phòng, chống mua bán người "
                      "trên phương tiện thông tin đại chúng?")
EXAMPLE_QUESTIONS = [
    CANONICAL_QUESTION,
    "còn đơn vị phối hợp?",
    "Sở Y tế được giao những nhiệm vụ gì?",
    "Ai chủ trì hỗ trợ nạn nhân bị mua bán trở về ở Đồng Tháp?",
]


@dataclass
class ChatTab:
    f_plans: gr.Dropdown
    f_prov: gr.Dropdown
    f_years: gr.Dropdown
    chatbot: gr.Chatbot
    chips: gr.Radio
    lists: "ListBox"
    question: gr.Textbox
    send: gr.Button
    example_btns: list[gr.Button]
    new_btn: gr.Button
    copy_btn: gr.Button
    md_out: gr.Textbox
    panel: gr.HTML


@dataclass
class ListBox:
    """A list answer's whole list under the chat, its exports, and a way to the same tasks in the table tab."""

    box: gr.Column
    title: gr.Markdown
    table: gr.HTML
    dl_csv: gr.DownloadButton
    dl_xlsx: gr.DownloadButton
    open_btn: gr.Button


@dataclass
class TableTab:
    unit_box: gr.Textbox
    search_box: gr.Textbox
    filter_md: gr.Markdown  # "filtered by the answer …" while the table shows a list answer's tasks
    clear_filter: gr.Button
    count_md: gr.Markdown
    table: gr.Dataframe
    dl_csv: gr.DownloadButton
    dl_xlsx: gr.DownloadButton


@dataclass
class PlansTab:
    plans_df: gr.Dataframe
    manage: gr.Row  # upload, delete and restore: shown to administrators only
    files: gr.File
    rejected: gr.Textbox  # files the browser refused before sending (JSON, filled by ui/page.js)
    ingest_btn: gr.Button
    ingest_result: gr.HTML  # the per-file results table
    del_dd: gr.Dropdown
    del_btn: gr.Button
    confirm_row: gr.Row
    confirm_btn: gr.Button
    cancel_btn: gr.Button
    del_md: gr.Markdown
    trash_dd: gr.Dropdown
    restore_btn: gr.Button
    trash_md: gr.Markdown


@dataclass
class AuditTab:
    tab: gr.Tab
    refresh_btn: gr.Button
    table: gr.Dataframe


@dataclass
class Layout:
    """Handles on every component the event wiring needs."""

    header: gr.HTML
    status_box: gr.HTML
    tabs: gr.Tabs
    timer: gr.Timer
    chat: ChatTab
    table: TableTab
    plans: PlansTab
    audit: AuditTab
    conv_state: gr.State
    answer_state: gr.State
    ticket_state: gr.State  # the pending delete confirmation (server side, never sent to the browser)
    list_ids: gr.State  # the tasks of the list answer the table tab is filtered by ([] = no filter)


def header_html(user: str = "", role_label: str = "") -> str:
    """Title, and for a logged-in user their name, role and a logout button (a POST form)."""
    who = ""
    if user:
        who = (f'<span class="kh-user">{fmt.esc(user)} ({fmt.esc(role_label)})</span>'
               '<form method="post" action="logout" class="kh-logout"><button type="submit" id="kh-logout">'
               "Đăng xuất</button></form>")
    return ('<div class="kh-header"><b>Trợ lý kế hoạch</b> '
            f'<span class="kh-sub">Hỏi đáp có trích dẫn trên các kế hoạch hành động</span>{who}</div>')


def _list_box() -> ListBox:
    with gr.Column(visible=False, elem_id="kh-list") as box:
        title = gr.Markdown(elem_id="kh-list-title")
        table = gr.HTML(elem_id="kh-list-table")
        with gr.Row():
            dl_csv = gr.DownloadButton("Tải CSV", elem_id="kh-list-csv", size="sm")
            dl_xlsx = gr.DownloadButton("Tải Excel (XLSX)", elem_id="kh-list-xlsx", size="sm")
            open_btn = gr.Button("Mở trong Bảng phân công", elem_id="kh-list-open", size="sm")
    return ListBox(box, title, table, dl_csv, dl_xlsx, open_btn)


def _chat_tab() -> ChatTab:
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
            lists = _list_box()
            with gr.Row(elem_id="kh-ask-row"):
                question = gr.Textbox(label="Câu hỏi", show_label=False, placeholder="Nhập câu hỏi rồi nhấn Enter…",
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
    return ChatTab(f_plans, f_prov, f_years, chatbot, chips, lists, question, send, example_btns, new_btn, copy_btn,
                   md_out, panel)


def _table_tab() -> TableTab:
    with gr.Row():
        unit_box = gr.Textbox(label="Đơn vị (chủ trì hoặc phối hợp)", placeholder="VD: Công an tỉnh",
                              elem_id="kh-unit", scale=2)
        search_box = gr.Textbox(label="Tìm trong bảng", placeholder="Từ khoá…", elem_id="kh-search", scale=2)
    with gr.Row():
        filter_md = gr.Markdown(visible=False, elem_id="kh-table-filter")
        clear_filter = gr.Button("Bỏ lọc theo câu trả lời", visible=False, size="sm", elem_id="kh-clear-filter")
    count_md = gr.Markdown(elem_id="kh-count")
    table = gr.Dataframe(headers=fmt.RESPONSIBILITY_HEADERS, value=[], interactive=False, wrap=True,
                         label="Bảng phân công nhiệm vụ", show_label=False,
                         datatype="str", elem_id="kh-table", max_height=560,
                         column_widths=[110, 72, 380, 170, 220, 170, 110])
    with gr.Row():
        dl_csv = gr.DownloadButton("Tải CSV", elem_id="kh-dl-csv", size="sm")
        dl_xlsx = gr.DownloadButton("Tải Excel (XLSX)", elem_id="kh-dl-xlsx", size="sm")
    return TableTab(unit_box, search_box, filter_md, clear_filter, count_md, table, dl_csv, dl_xlsx)


def _plans_tab(upload_types: list[str], max_file_mb: int) -> PlansTab:
    plans_df = gr.Dataframe(headers=fmt.DOCUMENT_HEADERS, value=[], interactive=False, wrap=True,
                            datatype="str", elem_id="kh-plans", label="Các kế hoạch đã nạp",
                            column_widths=[240, 300, 180, 100, 70, 70, 70, 80, 70, 150])
    with gr.Row(equal_height=False, visible=False, elem_id="kh-manage") as manage:
        with gr.Column():
            files = gr.File(label=f"Tải lên kế hoạch ({', '.join(upload_types)}; tối đa {max_file_mb} MB mỗi tệp)",
                            file_count="multiple", file_types=upload_types, elem_id="kh-upload")
            rejected = gr.Textbox(value="", label="Tệp bị từ chối trước khi gửi", show_label=False, container=False, elem_id="kh-rejected",
                                  elem_classes=["kh-hidden"])
            ingest_btn = gr.Button("Nạp vào chỉ mục", variant="primary", elem_id="kh-ingest")
            ingest_result = gr.HTML("", elem_id="kh-ingest-result")
        with gr.Column():
            del_dd = gr.Dropdown(label="Chọn kế hoạch cần xoá", choices=[], elem_id="kh-del-plan")
            del_btn = gr.Button("Xoá kế hoạch", variant="stop", elem_id="kh-delete")
            with gr.Row(visible=False, elem_id="kh-confirm-row") as confirm_row:
                confirm_btn = gr.Button("Xác nhận xoá", variant="stop", elem_id="kh-confirm-delete")
                cancel_btn = gr.Button("Huỷ", elem_id="kh-cancel-delete")
            del_md = gr.Markdown(elem_id="kh-delete-result")
            trash_dd = gr.Dropdown(label="Kế hoạch đã xoá (khôi phục được trong thời hạn)", choices=[],
                                   elem_id="kh-trash")
            restore_btn = gr.Button("Khôi phục kế hoạch", elem_id="kh-restore")
            trash_md = gr.Markdown(elem_id="kh-restore-result")
    return PlansTab(plans_df, manage, files, rejected, ingest_btn, ingest_result, del_dd, del_btn, confirm_row,
                    confirm_btn, cancel_btn, del_md, trash_dd, restore_btn, trash_md)


def _audit_tab() -> tuple[gr.Button, gr.Dataframe]:
    gr.Markdown("Nhật ký thao tác: tải lên, xoá, khôi phục, đăng nhập (kể cả đăng nhập sai). Mới nhất ở trên.")
    refresh_btn = gr.Button("Làm mới", size="sm", elem_id="kh-audit-refresh")
    table = gr.Dataframe(headers=fmt.AUDIT_HEADERS, value=[], interactive=False, wrap=True, datatype="str",
                         label="Nhật ký thao tác", show_label=False,
                         elem_id="kh-audit", max_height=560, column_widths=[130, 110, 130, 220, 320, 110])
    return refresh_btn, table


def build_layout(status_html: str, ready: bool, upload_types: list[str], max_file_mb: int) -> Layout:
    """Create every component (call inside ``with gr.Blocks()``)."""
    header = gr.HTML(header_html(), elem_id="kh-header")
    status_box = gr.HTML(status_html, visible=not ready, elem_id="kh-status")
    timer = gr.Timer(1.0, active=not ready)
    with gr.Tabs(overflow_behavior="wrap", elem_id="kh-tabs") as tabs:  # on a phone every tab stays in sight, no "⋯" menu
        with gr.Tab("Hỏi đáp", id="chat"):
            chat = _chat_tab()
        with gr.Tab("Bảng phân công", id="table"):
            table = _table_tab()
        with gr.Tab("Kế hoạch", id="plans"):
            plans = _plans_tab(upload_types, max_file_mb)
        with gr.Tab("Nhật ký", id="audit", visible=False) as audit_tab:
            audit = AuditTab(audit_tab, *_audit_tab())
    return Layout(header, status_box, tabs, timer, chat, table, plans, audit, gr.State(Conversation()),
                  gr.State(None), gr.State(None), gr.State([]))
