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
    question: gr.Textbox
    send: gr.Button
    example_btns: list[gr.Button]
    new_btn: gr.Button
    copy_btn: gr.Button
    md_out: gr.Textbox
    panel: gr.HTML


@dataclass
class TableTab:
    unit_box: gr.Textbox
    search_box: gr.Textbox
    count_md: gr.Markdown
    table: gr.Dataframe
    dl_csv: gr.DownloadButton
    dl_xlsx: gr.DownloadButton


@dataclass
class PlansTab:
    plans_df: gr.Dataframe
    files: gr.File
    ingest_btn: gr.Button
    ingest_md: gr.Markdown
    del_dd: gr.Dropdown
    del_btn: gr.Button
    del_md: gr.Markdown


@dataclass
class Layout:
    """Handles on every component the event wiring needs."""

    status_box: gr.HTML
    timer: gr.Timer
    chat: ChatTab
    table: TableTab
    plans: PlansTab
    conv_state: gr.State
    answer_state: gr.State


def _header() -> None:
    gr.HTML('<div class="kh-header"><b>Trợ lý kế hoạch</b> '
            '<span class="kh-sub">Hỏi đáp có trích dẫn trên các kế hoạch hành động</span></div>')


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
    return ChatTab(f_plans, f_prov, f_years, chatbot, chips, question, send, example_btns, new_btn, copy_btn,
                   md_out, panel)


def _table_tab() -> TableTab:
    with gr.Row():
        unit_box = gr.Textbox(label="Đơn vị (chủ trì hoặc phối hợp)", placeholder="VD: Công an tỉnh",
                              elem_id="kh-unit", scale=2)
        search_box = gr.Textbox(label="Tìm trong bảng", placeholder="Từ khoá…", elem_id="kh-search", scale=2)
    count_md = gr.Markdown(elem_id="kh-count")
    table = gr.Dataframe(headers=fmt.RESPONSIBILITY_HEADERS, value=[], interactive=False, wrap=True,
                         datatype="str", elem_id="kh-table", max_height=560,
                         column_widths=[110, 72, 380, 170, 220, 170, 110])
    with gr.Row():
        dl_csv = gr.DownloadButton("Tải CSV", elem_id="kh-dl-csv", size="sm")
        dl_xlsx = gr.DownloadButton("Tải Excel (XLSX)", elem_id="kh-dl-xlsx", size="sm")
    return TableTab(unit_box, search_box, count_md, table, dl_csv, dl_xlsx)


def _plans_tab(upload_types: list[str]) -> PlansTab:
    plans_df = gr.Dataframe(headers=fmt.DOCUMENT_HEADERS, value=[], interactive=False, wrap=True,
                            datatype="str", elem_id="kh-plans", label="Các kế hoạch đã nạp",
                            column_widths=[260, 330, 190, 100, 80, 80, 80, 90, 80])
    with gr.Row(equal_height=False):
        with gr.Column():
            files = gr.File(label=f"Tải lên kế hoạch ({', '.join(upload_types)})", file_count="multiple",
                            file_types=upload_types, elem_id="kh-upload")
            ingest_btn = gr.Button("Nạp vào chỉ mục", variant="primary", elem_id="kh-ingest")
            ingest_md = gr.Markdown(elem_id="kh-ingest-result")
        with gr.Column():
            del_dd = gr.Dropdown(label="Chọn kế hoạch cần xoá", choices=[], elem_id="kh-del-plan")
            del_btn = gr.Button("Xoá kế hoạch", variant="stop", elem_id="kh-delete")
            del_md = gr.Markdown(elem_id="kh-delete-result")
    return PlansTab(plans_df, files, ingest_btn, ingest_md, del_dd, del_btn, del_md)


def build_layout(status_html: str, ready: bool, upload_types: list[str]) -> Layout:
    """Create every component (call inside ``with gr.Blocks()``)."""
    _header()
    status_box = gr.HTML(status_html, visible=not ready, elem_id="kh-status")
    timer = gr.Timer(1.0, active=not ready)
    with gr.Tabs():
        with gr.Tab("Hỏi đáp", id="chat"):
            chat = _chat_tab()
        with gr.Tab("Bảng phân công", id="table"):
            table = _table_tab()
        with gr.Tab("Kế hoạch", id="plans"):
            plans = _plans_tab(upload_types)
    return Layout(status_box, timer, chat, table, plans, gr.State(Conversation()), gr.State(None))
