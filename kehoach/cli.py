"""Command line: `kehoach ingest|inspect|search|ask|chat|eval|ui|plans|delete|restore|trash|audit|account` — a thin
layer over the API (api/)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from core.settings import load_settings

app = typer.Typer(help="Trợ lý kế hoạch — hỏi đáp có trích dẫn trên kế hoạch hành động.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
console = Console()
err = Console(stderr=True)


def _service(data_dir: Optional[Path] = None, rebuild: bool = False, reembed: bool = False, **overrides):
    from api.service import Kehoach

    return Kehoach(load_settings(data_dir=data_dir, **overrides), rebuild=rebuild, reembed=reembed)


def _run_ingest(svc, paths: list[Path], quiet: bool = False):
    with Progress(TextColumn("[bold]Đang nạp[/]"), BarColumn(), TextColumn("{task.completed}/{task.total} {task.description}"),
                  console=err, disable=quiet) as progress:
        task = progress.add_task("", total=None)

        def on_progress(i: int, n: int, name: str) -> None:
            progress.update(task, completed=i, total=n, description=name)

        return svc.ingest(paths, on_progress)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Tệp hoặc thư mục kế hoạch (.txt .md .docx .doc .pdf .html)"),
    data_dir: Optional[Path] = typer.Option(None, help="Thư mục chỉ mục (mặc định KEHOACH_DATA_DIR)"),
    rebuild: bool = typer.Option(False, "--rebuild", help="Xóa chỉ mục cũ và xây dựng lại"),
    reembed: bool = typer.Option(False, "--reembed", help="Nếu chỉ mục dùng mô hình nhúng khác: nhúng lại các kế hoạch đã lưu"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Nạp kế hoạch vào chỉ mục / Ingest plans into the index."""
    svc = _service(data_dir, rebuild=rebuild, reembed=reembed)
    report = _run_ingest(svc, paths, quiet=as_json)
    totals = report.totals()
    if as_json:
        print(json.dumps({"totals": totals, "files": [f.__dict__ for f in report.files],
                          "embedder": getattr(svc.embedder, "stats", {})}, ensure_ascii=False, indent=2))
    else:
        t = Table("Tệp", "Trạng thái", "Điều khoản", "Nhiệm vụ", "Có chủ trì", "Đoạn", "Ghi chú")
        for f in report.files:
            status = {"ingested": "đã nạp", "unchanged": "không đổi", "failed": "[red]lỗi[/]"}[f.status]
            note = "; ".join(n for n in (f.ocr_note, f.message) if n)
            t.add_row(Path(f.path).name, status, str(f.clauses), str(f.tasks), str(f.tasks_with_lead), str(f.chunks), note)
        console.print(t)
        console.print(
            f"Văn bản: {totals['documents']} · điều khoản: {totals['clauses']} · nhiệm vụ: {totals['tasks']} "
            f"(có đơn vị chủ trì: {totals['tasks_with_lead']}) · đoạn: {totals['chunks']} · "
            f"bỏ qua: {totals['failed']} · bộ đệm nhúng: {getattr(svc.embedder, 'stats', {})}"
        )
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def inspect(
    docs: list[Path] = typer.Argument(..., help="Tệp kế hoạch (hoặc thư mục với --coverage), hoặc mã văn bản đã nạp"),
    responsibilities: bool = typer.Option(False, "--responsibilities", "-r", help="Bảng phân công"),
    coverage: bool = typer.Option(False, "--coverage", help="Độ phủ: câu/dòng giao việc so với nhiệm vụ có đơn vị chủ trì"),
    misses: int = typer.Option(5, "--misses", help="Số câu giao việc bị sót in ra cho mỗi văn bản (--coverage)"),
    as_json: bool = typer.Option(False, "--json"),
    data_dir: Optional[Path] = typer.Option(None),
):
    """In cây điều khoản, bảng phân công hoặc độ phủ giao việc / Print a plan's clause tree, responsibilities or
    assignment coverage."""
    from core.errors import KehoachError

    settings = load_settings(data_dir=data_dir)
    if coverage:
        _print_coverage(docs, settings, misses, as_json)
        return
    if len(docs) != 1:
        err.print("Cần đúng một văn bản (hoặc dùng --coverage) / Give exactly one document (or use --coverage)")
        raise typer.Exit(2)
    doc = docs[0]
    try:
        if doc.exists():
            from api import parse_file

            document = parse_file(doc, settings)
        else:
            document = _service(data_dir).document(str(doc))
    except KehoachError as e:
        err.print(f"[red]{e.vi}[/] / {e.en}")
        raise typer.Exit(1)
    clauses = [c for c in document.clauses if c.is_task] if responsibilities else document.clauses
    if as_json:
        from dataclasses import asdict

        payload = {"meta": asdict(document.meta), "clauses": [asdict(c) for c in clauses]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    m = document.meta
    console.print(f"[bold]{m.kind} {m.title}[/]\n{m.issuer} · số {m.number} · {m.place} · {m.date} · năm {m.year} · "
                  f"tỉnh {m.province or '—'} · người ký {m.signer or '—'}")
    if responsibilities:
        t = Table("Mục", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thực hiện", "Thời gian", show_lines=True)
        for c in clauses:
            r = c.responsibility
            t.add_row(c.path, c.title[:90], "; ".join(r.lead), "; ".join(r.partners), "; ".join(r.implementers), r.deadline)
        console.print(t)
    else:
        for c in clauses:
            mark = "★" if c.is_task else " "
            lead = f"  [green]← {', '.join(c.responsibility.lead)}[/]" if c.responsibility.lead and not c.responsibility.inherited else ""
            console.print(f"{'  ' * c.level}{mark} [cyan]{c.path}[/] {c.title[:100]}{lead}")


def _print_coverage(paths: list[Path], settings, misses: int, as_json: bool) -> None:
    from api import coverage_of
    from api.service import expand_paths
    from core.errors import KehoachError

    rows = []
    t = Table("Văn bản", "Giao việc", "Có chủ trì", "Tỉ lệ")
    total = covered = 0
    for path in expand_paths(paths):
        try:
            cov = coverage_of(path, settings)
        except KehoachError as e:
            err.print(f"[red]{e.vi}[/] / {e.en}")
            continue
        total, covered = total + cov.total, covered + cov.covered
        rows.append({"file": path.name, "assignments": cov.total, "with_lead": cov.covered,
                     "misses": [{"text": a.text, "clause": a.clause_path} for a in cov.misses]})
        t.add_row(path.name, str(cov.total), str(cov.covered), f"{cov.covered / cov.total:.0%}" if cov.total else "—")
    if as_json:
        print(json.dumps({"assignments": total, "with_lead": covered, "documents": rows}, ensure_ascii=False, indent=2))
        return
    console.print(t)
    for r in rows:
        for m in r["misses"][:misses]:
            console.print(f"[yellow]{r['file']}[/] [cyan]{m['clause']}[/] {m['text'][:160]}")
    share = f"{covered / total:.1%}" if total else "—"
    console.print(f"Tổng / total: {covered}/{total} câu/dòng giao việc thành nhiệm vụ có đơn vị chủ trì ({share})")


def _filters(plan: Optional[str], province: Optional[str], year: Optional[str], unit: Optional[str]):
    from core.query import Filters

    return Filters(doc_ids=[plan] if plan else [], provinces=[province] if province else [],
                   years=[year] if year else [], unit=unit or "")


@app.command()
def search(
    query: str,
    k: int = typer.Option(5, "--k"),
    as_json: bool = typer.Option(False, "--json"),
    plan: Optional[str] = typer.Option(None, help="Lọc theo mã văn bản"),
    province: Optional[str] = typer.Option(None),
    year: Optional[str] = typer.Option(None),
    unit: Optional[str] = typer.Option(None, help="Lọc theo đơn vị chủ trì/phối hợp"),
    data_dir: Optional[Path] = typer.Option(None),
):
    """Tìm điều khoản liên quan / Show the top clauses with plan, section path and scores."""
    svc = _service(data_dir)
    hits = svc.search(query, k=k, filters=_filters(plan, province, year, unit))
    if as_json:
        print(json.dumps([{
            "rank": i + 1, "chunk_id": h.chunk.id, "doc": h.chunk.metadata.get("file_name"), "section": h.chunk.path,
            "score": round(h.score, 5), "dense_rank": h.dense_rank, "keyword_rank": h.keyword_rank, "text": h.chunk.text,
        } for i, h in enumerate(hits)], ensure_ascii=False, indent=2))
        return
    for i, h in enumerate(hits, 1):
        md = h.chunk.metadata
        console.print(f"[bold]{i}.[/] [cyan]{md.get('province')}[/] · {md.get('issuer')} · mục [bold]{h.chunk.path}[/] "
                      f"· điểm {h.score:.4f} (ngữ nghĩa #{h.dense_rank or '-'}, từ khóa #{h.keyword_rank or '-'})")
        console.print(f"   {h.chunk.text[:300]}")


def _print_answer(answer, as_json: bool, full: bool = False) -> None:
    """The answer and its citations; a list answer shows its first lines (``full``: the whole list as a table)."""
    if as_json:
        print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        return
    console.print(answer.text, markup=False)
    for n in answer.notices:
        console.print(f"[yellow]! {n}[/]")
    if answer.items and full:
        t = Table("Kế hoạch", "Mục", "Nhiệm vụ", "Vai trò", "Thời hạn", "[n]", show_lines=True)
        for i in answer.items:
            t.add_row(i.plan, i.section, i.task, i.role, i.deadline, str(i.n))
        console.print(t)
    shown = None
    if answer.items and not full:
        import re

        shown = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
        if len(answer.items) > len(shown):
            console.print(f"[dim](Danh sách đầy đủ {len(answer.items)} mục: thêm --all, hoặc --json)[/]")
    for c in answer.citations:
        if shown is not None and c.n not in shown:
            continue
        ocr = " (đọc bằng OCR)" if c.ocr_pages else ""
        # the document's own kind ("Quyết định", "Nghị định"), not "Kế hoạch" for every one
        document = " ".join(w for w in (c.doc_kind, c.title) if w)
        console.print(f"[dim][{c.n}] {c.issuer} — {document} — mục {c.section}{ocr}[/]", markup=True)
        console.print(f"    “{c.text[:400]}”", style="dim", markup=False)


@app.command()
def ask(
    question: str = typer.Argument(..., help='Câu hỏi, hoặc "-" để đọc mỗi dòng một câu hỏi từ stdin'),
    as_json: bool = typer.Option(False, "--json"),
    mode: Optional[str] = typer.Option(None, help="default | llm"),
    plan: Optional[str] = typer.Option(None), province: Optional[str] = typer.Option(None),
    year: Optional[str] = typer.Option(None),
    full: bool = typer.Option(False, "--all", help="Câu trả lời dạng danh sách: in toàn bộ danh sách thành bảng"),
    data_dir: Optional[Path] = typer.Option(None),
):
    """Hỏi và nhận câu trả lời có trích dẫn / Answer with citations to clauses.

    Với --json, câu trả lời dạng danh sách có thêm "items": [{"plan", "section", "task", "role", "deadline", "n"}]."""
    svc = _service(data_dir)
    filters = _filters(plan, province, year, None)
    if question == "-":
        for line in sys.stdin:
            if line.strip():
                _print_answer(svc.ask(line.strip(), filters=filters, mode=mode), as_json, full)
        return
    _print_answer(svc.ask(question, filters=filters, mode=mode), as_json, full)


@app.command()
def chat(mode: Optional[str] = typer.Option(None), data_dir: Optional[Path] = typer.Option(None)):
    """Trò chuyện nhiều lượt (gõ /moi để bắt đầu lại, /thoat để thoát)."""
    from core.conversation import Conversation

    svc = _service(data_dir)
    conv = Conversation()
    console.print("Trợ lý kế hoạch — gõ câu hỏi; /moi: cuộc trò chuyện mới; /thoat: thoát.")
    while True:
        try:
            q = console.input("[bold green]Bạn:[/] ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if q in ("/thoat", "/exit", "/quit"):
            break
        if q in ("/moi", "/new"):
            conv.clear()
            continue
        if q:
            _print_answer(svc.ask(q, conversation=conv, mode=mode), False)


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(Path(__file__).resolve().parent.parent / "eval" / "dev.jsonl"),
    mode: str = typer.Option("default", help="default | llm"),
    out: Path = typer.Option(Path("eval-out")),
    compare: Optional[list[Path]] = typer.Option(None, "--compare", help="Hai tệp metrics.json để so sánh"),
    check: bool = typer.Option(False, "--check", help="Thoát với mã lỗi nếu dưới ngưỡng (mặc định eval/thresholds.toml)"),
    thresholds: Optional[Path] = typer.Option(None, "--thresholds", help="Tệp ngưỡng TOML cho --check"),
    no_diacritics: bool = typer.Option(False, "--no-diacritics", help="Bỏ dấu mọi câu hỏi trước khi hỏi (đo độ bền)"),
    data_dir: Optional[Path] = typer.Option(None),
):
    """Đo độ chính xác trên bộ câu hỏi chuẩn / Measure answer accuracy on a gold set."""
    from eval import runner

    if compare:
        if len(compare) != 2:
            err.print("Cần đúng hai tệp metrics.json / Need exactly two metrics.json files")
            raise typer.Exit(2)
        console.print(runner.compare(compare[0], compare[1]))
        return
    svc = _service(data_dir)
    svc.ensure_samples()
    documents = {d["file_name"]: svc.document(d["id"]) for d in svc.documents()}
    from core.textnorm import strip_diacritics

    prepare = strip_diacritics if no_diacritics else (lambda q: q)
    metrics = runner.run_eval(
        gold, lambda q, conversation=None: svc.ask(prepare(q), conversation=conversation, mode=mode), out, documents)
    console.print_json(json.dumps(metrics, ensure_ascii=False))
    console.print(f"Báo cáo: {out / 'report.html'}")
    if check:
        failures = runner.check_thresholds(metrics, thresholds or runner.DEFAULT_THRESHOLDS)
        for f in failures:
            err.print(f"[red]Dưới ngưỡng:[/] {f}")
        raise typer.Exit(1 if failures else 0)


@app.command()
def ui(data_dir: Optional[Path] = typer.Option(None), port: Optional[int] = typer.Option(None)):
    """Mở giao diện web tại http://127.0.0.1:7860 / Start the web app."""
    from ui.app import launch

    launch(load_settings(data_dir=data_dir, ui_port=port))


@app.command()
def plans(as_json: bool = typer.Option(False, "--json"), data_dir: Optional[Path] = typer.Option(None)):
    """Liệt kê các kế hoạch đã nạp / List ingested plans."""
    docs = _service(data_dir).documents()
    if as_json:
        print(json.dumps(docs, ensure_ascii=False, indent=2))
        return
    t = Table("Mã", "Tỉnh", "Cơ quan", "Năm", "Điều khoản", "Nhiệm vụ", "Đoạn", "OCR")
    for d in docs:
        low = d.get("ocr_low_confidence_pages") or []
        ocr = f"{len(d['ocr_pages'])} trang" + (f" (tin cậy thấp: {', '.join(map(str, low))})" if low else "") \
            if d.get("ocr_pages") else ""
        t.add_row(d["id"], d.get("province", ""), d.get("issuer", ""), str(d.get("year", "")), str(d.get("n_clauses")),
                  str(d.get("n_tasks")), str(d.get("n_chunks")), ocr)
    console.print(t)


@app.command()
def delete(doc_id: str, yes: bool = typer.Option(False, "--yes", "-y", help="Không hỏi lại / do not ask"),
           purge: bool = typer.Option(False, "--purge", help="Xoá hẳn, không qua thùng rác / skip the trash"),
           data_dir: Optional[Path] = typer.Option(None)):
    """Xóa một kế hoạch (vào thùng rác, khôi phục được) / Delete a plan (to the trash, restorable)."""
    from api.service import cli_actor

    svc, actor = _service(data_dir), cli_actor()
    if purge:
        ok = svc.remove_now(doc_id, actor)
        console.print("Đã xoá hẳn." if ok else "Không tìm thấy văn bản.")
        raise typer.Exit(0 if ok else 1)
    ticket = svc.prepare_delete(doc_id, actor)  # KehoachError (not found) -> exit 1 in main()
    if not yes:
        typed = typer.prompt(f"Xoá «{ticket.file_name}»? Gõ lại mã kế hoạch để xác nhận", default="",
                             show_default=False)
        if typed.strip() != doc_id:
            console.print("Đã huỷ, không xoá gì.")
            raise typer.Exit(1)
    plan = svc.delete(doc_id, ticket.token, actor)
    console.print(f"Đã chuyển vào thùng rác; khôi phục được đến {plan.restore_until}: kehoach restore {doc_id}")


@app.command()
def restore(doc_id: str, data_dir: Optional[Path] = typer.Option(None)):
    """Khôi phục một kế hoạch đã xoá / Restore a deleted plan."""
    from api.service import cli_actor

    plan = _service(data_dir).restore(doc_id, cli_actor())
    console.print(f"Đã khôi phục «{plan.file_name}».")


@app.command()
def trash(as_json: bool = typer.Option(False, "--json"), data_dir: Optional[Path] = typer.Option(None)):
    """Kế hoạch đã xoá, còn khôi phục được / Deleted plans that can be restored."""
    from dataclasses import asdict

    plans = _service(data_dir).trashed()
    if as_json:
        print(json.dumps([asdict(p) for p in plans], ensure_ascii=False, indent=2))
        return
    t = Table("Mã", "Tệp", "Xoá lúc", "Người xoá", "Khôi phục được đến")
    for p in plans:
        t.add_row(p.doc_id, p.file_name, p.deleted_at, p.deleted_by, p.restore_until)
    console.print(t)


@app.command()
def audit(n: int = typer.Option(50, "--n", help="Số sự kiện mới nhất / newest events"),
          as_json: bool = typer.Option(False, "--json"), data_dir: Optional[Path] = typer.Option(None)):
    """Nhật ký thao tác (tải lên, xoá, khôi phục, đăng nhập) / Audit log."""
    events = _service(data_dir).audit.recent(n)
    if as_json:
        for e in events:
            print(e.to_json())
        return
    t = Table("Thời gian (UTC)", "Việc", "Người", "Đối tượng", "Chi tiết", "Máy")
    for e in events:
        t.add_row(e.at, e.action.value, e.actor, e.target, e.detail, e.client)
    console.print(t)


account_app = typer.Typer(help="Tài khoản giao diện web / web app accounts (KEHOACH_UI_ACCOUNTS_FILE).",
                          no_args_is_help=True)
app.add_typer(account_app, name="account")


def _accounts_file(path: Optional[Path]) -> Path:
    chosen = path or load_settings().ui_accounts_file
    if chosen is None:
        from core.errors import KehoachError

        raise KehoachError("Hãy chỉ tệp tài khoản: --file TỆP hoặc KEHOACH_UI_ACCOUNTS_FILE.",
                           "Name the accounts file: --file FILE or KEHOACH_UI_ACCOUNTS_FILE.")
    return Path(chosen)


@account_app.command("add")
def account_add(name: str, role: str = typer.Option("reader", "--role", help="admin | reader"),
                file: Optional[Path] = typer.Option(None, "--file"),
                password_stdin: bool = typer.Option(False, "--password-stdin", help="Đọc mật khẩu từ stdin")):
    """Thêm hoặc đổi mật khẩu một tài khoản / Add an account or change its password."""
    from api.accounts import Account, Role, hash_password, read_accounts_file, write_accounts_file
    from core.errors import KehoachError

    path = _accounts_file(file)
    try:
        chosen = Role(role)
    except ValueError:
        raise KehoachError(f"Vai trò «{role}» không hợp lệ (admin hoặc reader).", f"Unknown role {role!r}.") from None
    if ":" in name or not name.strip() or name != name.strip():
        raise KehoachError("Tên đăng nhập không được rỗng, có khoảng trắng ở đầu/cuối hay dấu «:».",
                           "The name must not be empty, padded with spaces or contain ':'.")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Mật khẩu", hide_input=True, confirmation_prompt=True)
    if len(password) < 8:
        raise KehoachError("Mật khẩu cần ít nhất 8 ký tự.", "The password needs at least 8 characters.")
    accounts = [a for a in (read_accounts_file(path) if path.exists() else []) if a.name != name]
    accounts.append(Account(name, chosen, hash_password(password)))
    write_accounts_file(path, accounts)
    console.print(f"Đã lưu tài khoản «{name}» ({chosen.label}) vào {path}.")


@account_app.command("remove")
def account_remove(name: str, file: Optional[Path] = typer.Option(None, "--file")):
    """Xoá một tài khoản / Remove an account."""
    from api.accounts import read_accounts_file, write_accounts_file

    path = _accounts_file(file)
    accounts = read_accounts_file(path) if path.exists() else []
    kept = [a for a in accounts if a.name != name]
    write_accounts_file(path, kept)
    console.print("Đã xoá." if len(kept) < len(accounts) else "Không có tài khoản này.")
    raise typer.Exit(0 if len(kept) < len(accounts) else 1)


@account_app.command("list")
def account_list(file: Optional[Path] = typer.Option(None, "--file")):
    """Liệt kê tài khoản (không hiện mật khẩu) / List accounts."""
    from api.accounts import read_accounts_file

    path = _accounts_file(file)
    t = Table("Tên", "Vai trò")
    for a in read_accounts_file(path) if path.exists() else []:
        t.add_row(a.name, f"{a.role.value} ({a.role.label})")
    console.print(t)


def main() -> None:
    """Entry point: user-facing errors (index mismatch, server down, bad file) print in Vietnamese, exit 1."""
    from core.errors import KehoachError

    try:
        app()
    except KehoachError as e:
        err.print(f"[red]{e.vi}[/]" + (f"\n{e.en}" if e.en != e.vi else ""))
        sys.exit(1)


if __name__ == "__main__":
    main()
