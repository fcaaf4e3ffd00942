"""Which handler runs on which event, with which inputs and outputs."""

from __future__ import annotations

from ui.handlers import UIHandlers
from ui.layout import EXAMPLE_QUESTIONS, Layout

COPY_TO_CLIPBOARD_JS = "(t) => { try { if (t && navigator.clipboard) navigator.clipboard.writeText(t); } catch (e) {} }"
CONFIRM_DELETE_JS = "(d) => (d && !window.confirm('Xoá kế hoạch này khỏi chỉ mục? ' + d)) ? null : d"


def connect(ui: Layout, h: UIHandlers, app) -> None:
    """Wire every event of the page to its handler (call inside the same ``gr.Blocks`` context)."""
    c, t, p = ui.chat, ui.table, ui.plans
    refresh_outputs = [c.f_plans, c.f_prov, c.f_years, p.plans_df, p.del_dd, t.table, t.count_md, t.dl_csv, t.dl_xlsx]

    ask_inputs = [c.question, c.chatbot, ui.conv_state, c.f_plans, c.f_prov, c.f_years]
    ask_outputs = [c.chatbot, c.question, c.chips, c.panel, ui.answer_state, ui.conv_state]
    c.question.submit(h.ask, ask_inputs, ask_outputs)
    c.send.click(h.ask, ask_inputs, ask_outputs)
    for btn, q in zip(c.example_btns, EXAMPLE_QUESTIONS):
        btn.click(lambda q=q: q, None, c.question).then(h.ask, ask_inputs, ask_outputs)
    c.chips.change(h.open_citation, c.chips, c.panel)
    reset_outputs = [c.chatbot, c.question, c.chips, c.panel, ui.answer_state, ui.conv_state, c.md_out]
    c.new_btn.click(h.new_chat, None, reset_outputs)
    c.chatbot.clear(h.new_chat, None, reset_outputs)
    c.copy_btn.click(h.copy_markdown, ui.answer_state, c.md_out).then(None, c.md_out, None, js=COPY_TO_CLIPBOARD_JS)

    table_outputs = [t.table, t.count_md, t.dl_csv, t.dl_xlsx]
    t.unit_box.change(h.resp_view, [t.unit_box, t.search_box], table_outputs, trigger_mode="always_last")
    t.search_box.change(h.resp_view, [t.unit_box, t.search_box], table_outputs, trigger_mode="always_last")

    # one ingest/delete at a time (queued by Gradio, no lock held across threads)
    p.ingest_btn.click(h.upload, p.files, p.ingest_md, concurrency_limit=1, concurrency_id="write").then(
        h.refresh_all, [t.unit_box, t.search_box], refresh_outputs).then(lambda: None, None, p.files)
    p.del_btn.click(h.delete, p.del_dd, p.del_md, concurrency_limit=1, concurrency_id="write",
                    js=CONFIRM_DELETE_JS).then(h.refresh_all, [t.unit_box, t.search_box, p.del_dd], refresh_outputs)

    ui.timer.tick(h.tick, None, [ui.status_box, ui.timer]).then(
        lambda u, q: h.refresh_when_ready(u, q, len(refresh_outputs)), [t.unit_box, t.search_box], refresh_outputs)
    app.load(h.refresh_all, [t.unit_box, t.search_box], refresh_outputs)
