"""Which handler runs on which event, with which inputs and outputs."""

from __future__ import annotations

import gradio as gr

from ui.handlers import UIHandlers
from ui.layout import EXAMPLE_QUESTIONS, Layout

COPY_TO_CLIPBOARD_JS = "(t) => { try { if (t && navigator.clipboard) navigator.clipboard.writeText(t); } catch (e) {} }"
# On a phone the clause panel sits below the chat: bring it into view once it shows the tapped citation.
SHOW_PANEL_JS = ("() => { if (window.matchMedia('(max-width: 820px)').matches) { "
                 "const el = document.querySelector('#kh-panel'); if (el) el.scrollIntoView({block: 'start'}); } }")


def connect(ui: Layout, h: UIHandlers, app: gr.Blocks) -> None:
    """Wire every event of the page to its handler (call inside the same ``gr.Blocks`` context)."""
    c, t, p = ui.chat, ui.table, ui.plans
    refresh_outputs = [c.f_plans, c.f_prov, c.f_years, p.plans_df, p.del_dd, p.trash_dd,
                       t.table, t.count_md, t.dl_csv, t.dl_xlsx]
    assert len(refresh_outputs) == h.REFRESH_OUTPUTS
    table_inputs = [t.unit_box, t.search_box, ui.list_ids]

    ask_inputs = [c.question, c.chatbot, ui.conv_state, c.f_plans, c.f_prov, c.f_years]
    ask_outputs = [c.chatbot, c.question, c.chips, c.panel, ui.answer_state, ui.conv_state]
    lb = c.lists
    list_outputs = [lb.box, lb.title, lb.table, lb.dl_csv, lb.dl_xlsx]
    assert len(list_outputs) == h.LIST_OUTPUTS
    c.question.submit(h.ask, ask_inputs, ask_outputs).then(h.list_view, ui.answer_state, list_outputs)
    c.send.click(h.ask, ask_inputs, ask_outputs).then(h.list_view, ui.answer_state, list_outputs)
    for btn, q in zip(c.example_btns, EXAMPLE_QUESTIONS):
        btn.click(lambda q=q: q, None, c.question).then(h.ask, ask_inputs, ask_outputs).then(
            h.list_view, ui.answer_state, list_outputs)
    table_outputs = [t.table, t.count_md, t.dl_csv, t.dl_xlsx]
    lb.open_btn.click(h.open_list, ui.answer_state,
                      [ui.tabs, ui.list_ids, t.unit_box, t.search_box, *table_outputs, t.filter_md, t.clear_filter])
    t.clear_filter.click(h.clear_list_filter, [t.unit_box, t.search_box],
                         [ui.list_ids, *table_outputs, t.filter_md, t.clear_filter])
    c.chips.change(h.open_citation, c.chips, c.panel).then(None, None, None, js=SHOW_PANEL_JS)
    reset_outputs = [c.chatbot, c.question, c.chips, c.panel, ui.answer_state, ui.conv_state, c.md_out]
    c.new_btn.click(h.new_chat, None, reset_outputs).then(h.list_view, ui.answer_state, list_outputs)
    c.chatbot.clear(h.new_chat, None, reset_outputs).then(h.list_view, ui.answer_state, list_outputs)
    c.copy_btn.click(h.copy_markdown, ui.answer_state, c.md_out).then(None, c.md_out, None, js=COPY_TO_CLIPBOARD_JS)

    t.unit_box.change(h.resp_view, table_inputs, table_outputs, trigger_mode="always_last")
    t.search_box.change(h.resp_view, table_inputs, table_outputs, trigger_mode="always_last")

    # one ingest/delete/restore at a time (queued by Gradio, no lock held across threads)
    write = dict(concurrency_limit=1, concurrency_id="write")
    p.ingest_btn.click(h.upload, [p.files, p.rejected], [p.ingest_result, p.rejected], **write).then(
        h.refresh_all, table_inputs, refresh_outputs).then(lambda: None, None, p.files)
    confirm_outputs = [p.del_md, p.confirm_row, ui.ticket_state]
    p.del_btn.click(h.request_delete, p.del_dd, confirm_outputs)
    p.cancel_btn.click(h.cancel_delete, None, confirm_outputs)
    p.confirm_btn.click(h.confirm_delete, [p.del_dd, ui.ticket_state], confirm_outputs, **write).then(
        h.refresh_all, [*table_inputs, p.del_dd], refresh_outputs)
    p.restore_btn.click(h.restore, p.trash_dd, p.trash_md, **write).then(
        h.refresh_all, table_inputs, refresh_outputs)

    ui.audit.refresh_btn.click(h.audit_view, None, ui.audit.table)
    ui.audit.tab.select(h.audit_view, None, ui.audit.table)

    ui.timer.tick(h.tick, None, [ui.status_box, ui.timer]).then(h.refresh_when_ready, table_inputs, refresh_outputs)
    app.load(h.session_view, None, [ui.header, p.manage, ui.audit.tab]).then(h.refresh_all, table_inputs, refresh_outputs)
