"""Questions a meeting asks (issue 13), on the samples and seven plans-real tuning documents: a unit's complete task
list, the tasks due in a window, facts about the plans, comparisons side by side, follow-ups that hold, and the
conversation / list gold sets with their thresholds."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from conftest import MEETING_REAL_DOCS, MEETING_TODAY, REPO
from core.conversation import Conversation
from core.units import unit_matches

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only

# (question, unit, column of the responsibility table, plans: province or file name; None = every plan)
UNIT_QUESTIONS = [
    ("Công an tỉnh Đồng Tháp chủ trì những nhiệm vụ nào?", "Công an tỉnh", ("lead",), "Đồng Tháp"),
    ("Công an tỉnh chủ trì những nhiệm vụ nào?", "Công an tỉnh", ("lead",), None),
    ("Phòng Phổ biến, giáo dục pháp luật được giao những nhiệm vụ gì?", "Phòng Phổ biến, giáo dục pháp luật",
     ("lead", "partners", "implementers", "advisers"), None),
    ("Ở Hải Dương, Công an tỉnh được giao những việc gì?", "Công an tỉnh",
     ("lead", "partners", "implementers", "advisers"), "Hải Dương"),
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì những việc gì?", "Sở Văn hóa, Thể thao và Du lịch", ("lead",), None),
    ("Sở Nông nghiệp và Môi trường Lào Cai chủ trì những nhiệm vụ nào?", "Sở Nông nghiệp và Môi trường", ("lead",),
     "Lào Cai"),
    ("Bộ Xây dựng chủ trì những nhiệm vụ nào?", "Bộ Xây dựng", ("lead",), None),
    ("Bộ Công an được giao những việc gì?", "Bộ Công an", ("lead", "partners", "implementers", "advisers"), None),
    ("Sở Công Thương Thái Nguyên chủ trì những việc gì?", "Sở Công Thương", ("lead",), "Thái Nguyên"),
    ("Thuế tỉnh chủ trì những nhiệm vụ nào?", "Thuế tỉnh", ("lead",), None),
    ("Bộ Khoa học và Công nghệ chủ trì những nhiệm vụ nào?", "Bộ Khoa học và Công nghệ", ("lead",), None),
    ("Sở Tài chính Huế chủ trì những việc gì?", "Sở Tài chính", ("lead",), "Huế"),
    ("Sở Giáo dục và Đào tạo phối hợp những việc gì?", "Sở Giáo dục và Đào tạo", ("partners",), None),
    ("cong an tinh thai nguyen thuc hien nhung viec gi?", "Công an tỉnh", ("lead", "implementers"), "Thái Nguyên"),
]


def table_tasks(svc, unit: str, columns: tuple[str, ...], plans: str | None) -> set[tuple[str, str]]:
    """(plan, clause id) of every task clause whose responsibility names ``unit`` in ``columns`` — read from the
    parsed plans themselves, not from the answerer's table."""
    out = set()
    for d in svc.documents():
        doc = svc.document(d["id"])
        if plans is not None and plans not in (doc.meta.province, doc.file_name):
            continue
        for c in doc.clauses:
            if c.is_task and any(unit_matches(unit, n) for col in columns for n in getattr(c.responsibility, col)):
                out.add((doc.id, c.id))
    return out


@pytest.mark.parametrize("question, unit, columns, plans", UNIT_QUESTIONS)
def test_unit_questions_list_every_task_of_the_responsibility_table(meeting_service, question, unit, columns, plans):
    expected = table_tasks(meeting_service, unit, columns, plans)
    answer = meeting_service.ask(question)
    got = {(i.doc_id, i.clause_id) for i in answer.items}
    assert expected, f"no task for {unit} in the table: the question proves nothing"
    assert got == expected, (question, sorted(expected - got), sorted(got - expected))  # recall and precision 1.0
    assert len(answer.items) == len(expected)
    n_plans = len({d for d, _ in expected})
    assert f" {len(expected)} nhiệm vụ trong {n_plans} kế hoạch" in answer.text.split("\n", 1)[0]  # count first
    assert {c.clause_id for c in answer.citations} == {c for _, c in expected}  # a citation for each task
    assert all(i.n and i.section and i.task for i in answer.items)


def test_a_long_list_is_shortened_in_the_chat_and_whole_in_the_items(meeting_service):
    answer = meeting_service.ask("Công an tỉnh chủ trì những nhiệm vụ nào?")
    limit = meeting_service.settings.list_chat_items
    assert len(answer.items) > limit
    shown = [line for line in answer.text.splitlines() if line.startswith("- Mục")]
    assert len(shown) == limit and f"… và {len(answer.items) - limit} nhiệm vụ khác" in answer.text
    lines = answer.text.splitlines()
    plan_headers = [line for line in lines if "nhiệm vụ):" in line]
    assert plan_headers, "tasks are grouped by plan"


def test_a_short_list_quotes_each_task_whole(meeting_service):
    """A unit with a few tasks ("các đơn vị thuộc Bộ phải làm gì?", blind set b37-23) gets each task whole, not its
    first 140 characters: what the unit must do is the answer."""
    from assistant.answer.listing import FEW_TASK_CHARS, FEW_TASKS, TASK_CHARS

    long_seen = False
    for question, *_ in UNIT_QUESTIONS:
        answer = meeting_service.ask(question)
        if not answer.items or len(answer.items) > FEW_TASKS:
            continue
        text = " ".join(answer.text.split())
        for item in answer.items:
            # (the task's title is cut at its first words with "…": the list quotes the clause itself, which holds it)
            task = " ".join(item.task.split()).rstrip("…")
            if len(task) <= FEW_TASK_CHARS:
                assert task in text, (question, task)
            long_seen = long_seen or len(task) > TASK_CHARS
    assert long_seen, "no short list with a task longer than the chat's usual cut"


def test_a_unit_the_plans_do_not_name_is_refused(meeting_service):
    answer = meeting_service.ask("Sở Giao thông vận tải chủ trì những nhiệm vụ nào?")
    assert answer.refused and answer.text.startswith("Không có trong kế hoạch") and not answer.items


# -- deadlines --------------------------------------------------------------------------------------------
def _gold(path: str) -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, (REPO / path).read_text(encoding="utf-8").splitlines()) if d}


def _keys(svc, answer) -> set[str]:
    files = {d["id"]: d["file_name"] for d in svc.documents()}
    return {f"{files[i.doc_id]}#{i.section}" for i in answer.items}


DEADLINE_IDS = [f"dw-{i:02d}" for i in range(1, 20)]


@pytest.mark.parametrize("gold_id", DEADLINE_IDS)
def test_deadline_windows_answer_the_hand_checked_lists(meeting_service, gold_id):
    """19 deadline-window questions of eval/meeting.jsonl (today = 2026-04-15), each checked by hand against the
    deadline phrases of the plans."""
    item = _gold("eval/meeting.jsonl")[gold_id]
    answer = meeting_service.ask(item["question"])
    assert not answer.refused
    assert _keys(meeting_service, answer) == set(item["answer"]), (item["question"], answer.text)


def test_continuous_tasks_are_listed_apart_and_only_when_asked(meeting_service):
    asked = meeting_service.ask("Những nhiệm vụ nào thực hiện thường xuyên ở Đồng Tháp?")
    assert asked.items and all("thường xuyên" in i.deadline.lower() for i in asked.items)
    window = meeting_service.ask("Ở Đồng Tháp, việc gì phải xong trước 30/6/2026?")
    assert all("thường xuyên" not in i.deadline.lower() for i in window.items)
    assert f"Ngoài ra {len(asked.items)} nhiệm vụ thực hiện thường xuyên" in window.text


# -- plan facts ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("question, expected", [
    ("Kế hoạch của Sở Tư pháp Hà Tĩnh ai ký?", "Đinh Văn Hồng"),
    ("Quyết định số 2597 ai ký?", "Trần Hồng Hà"),
    ("Thông báo kết luận số 624 ban hành ngày nào?", "16 tháng 11 năm 2025"),
    ("Thời gian thực hiện kế hoạch của Sở Tư pháp Hải Phòng?", "2026–2030"),
    ("Kế hoạch của Hải Dương do cơ quan nào ban hành?", "Ban Chỉ đạo 138 tỉnh Hải Dương"),
    ("so hieu cua quyet dinh phe duyet de an chuyen doi so trong hoat dong xay dung la gi?", "2597/QĐ-TTg"),
])
def test_plan_facts_come_from_the_header(meeting_service, question, expected):
    answer = meeting_service.ask(question)
    assert not answer.refused and expected in answer.text, answer.text
    assert answer.citations and answer.citations[0].section == "phần đầu văn bản"


def test_plans_by_issuer_and_by_topic(meeting_service):
    by_issuer = meeting_service.ask("Kế hoạch nào do Sở Tư pháp ban hành?")
    assert by_issuer.text.startswith("2 kế hoạch do Sở Tư pháp ban hành")
    assert {i.plan for i in by_issuer.items} == {"Sở Tư pháp Hà Tĩnh", "Sở Tư pháp Hải Phòng"}
    drugs = meeting_service.ask("Có bao nhiêu kế hoạch về ma túy?")
    assert drugs.text.startswith("Có 1 kế hoạch về ma túy") and "Thái Nguyên" in drugs.items[0].plan
    unknown = meeting_service.ask("Kế hoạch số 182 ban hành ngày nào, ai ký?")
    assert unknown.refused


# -- comparisons and follow-ups -------------------------------------------------------------------------
def test_comparison_answers_each_plan_side_by_side(meeting_service):
    a = meeting_service.ask("So sánh chỉ tiêu kéo giảm số vụ phạm tội về trật tự xã hội của Hải Dương và Đồng Tháp")
    lines = a.text.splitlines()
    assert lines[0].startswith("- Hải Dương:") and "5%" in lines[0]
    assert any(line.startswith("- Đồng Tháp:") and "10%" in line for line in lines)
    assert {c.file_name.split("_")[0] for c in a.citations} == {"hai-duong", "dong-thap"}
    one_side = meeting_service.ask("So sánh chỉ tiêu kéo giảm số vụ phạm tội về trật tự xã hội của Hải Dương và Lào Cai")
    assert "- Lào Cai: các kế hoạch đã nạp không nêu nội dung này." in one_side.text and not one_side.refused


def test_the_issue_conversation_holds_its_topic(meeting_service):
    """The conversation of issue 13: the province switch keeps the topic (propaganda, not the organisation of
    forces), and "hạn hoàn thành" stays in the plan just answered from."""
    conv = Conversation()
    first = meeting_service.ask("Ở Hải Phòng, đơn vị nào chủ trì tuyên truyền phòng, chống mua bán người trên "
                                "phương tiện thông tin đại chúng?", conversation=conv)
    assert first.citations[0].section == "III.1.2"
    partners = meeting_service.ask("còn đơn vị phối hợp?", conversation=conv)
    assert "Báo và Phát thanh, truyền hình Hải Phòng" in partners.text
    there = meeting_service.ask("thế ở Đồng Tháp thì sao?", conversation=conv)
    assert there.citations and all(c.file_name.startswith("dong-thap") for c in there.citations)
    assert "tuyên truyền" in there.citations[0].text and "kiện toàn tổ chức" not in there.citations[0].text
    deadline = meeting_service.ask("hạn hoàn thành là khi nào?", conversation=conv)
    assert deadline.citations[0].clause_id == there.citations[0].clause_id and "Thường xuyên" in deadline.text


def test_unresolvable_followups_ask_back(meeting_service):
    conv = Conversation()
    for q in ("hạn khi nào?", "đơn vị đó còn làm gì?", "nhiệm vụ thứ hai ai phối hợp?"):
        a = meeting_service.ask(q, conversation=conv)
        assert a.asks_back and a.refused and not a.citations, (q, a.text)
    meeting_service.ask("Thuế tỉnh chủ trì những nhiệm vụ nào?", conversation=conv)
    a = meeting_service.ask("nhiệm vụ thứ 7 ai phối hợp?", conversation=conv)
    assert a.asks_back and "5 nhiệm vụ" in a.text


# -- the gold sets and their thresholds -------------------------------------------------------------------
@pytest.mark.parametrize("gold, thresholds", [
    ("eval/meeting.jsonl", "eval/meeting-thresholds.toml"),
    ("eval/conversations.jsonl", "eval/conversation-thresholds.toml"),
])
def test_meeting_gold_sets_meet_their_thresholds(meeting_service, tmp_path, gold, thresholds):
    from eval import runner

    documents = {d["file_name"]: meeting_service.document(d["id"]) for d in meeting_service.documents()}
    metrics = runner.run_eval(REPO / gold, meeting_service.ask, tmp_path, documents)
    out = REPO / "test-output" / "eval"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{gold.split('/')[-1]}.metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2))
    failures = runner.check_thresholds(metrics, REPO / thresholds)
    assert not failures, failures
    if "conversation" in gold:
        c = metrics["conversation"]
        assert c["conversations"] >= 25 and c["turns"] >= 80
    else:
        assert metrics["n"] >= 30 and metrics["list"]["n"] >= 30


def test_gold_uses_only_the_tuning_half_of_plans_real():
    split = tomllib.loads((REPO / "eval" / "real" / "split.toml").read_text(encoding="utf-8"))
    tune = {p.rsplit("/", 1)[-1] for p in split["tune"]}
    check = {p.rsplit("/", 1)[-1] for p in split["check"]}
    assert {d.rsplit("/", 1)[-1] for d in MEETING_REAL_DOCS} <= tune
    for gold in ("eval/meeting.jsonl", "eval/conversations.jsonl"):
        text = (REPO / gold).read_text(encoding="utf-8")
        assert not [name for name in check if name in text], gold


def test_cli_ask_json_lists_items(meeting_service):
    env = {**os.environ, "KEHOACH_DATA_DIR": str(meeting_service.settings.data_dir), "KEHOACH_TODAY": MEETING_TODAY}
    out = subprocess.run([sys.executable, "-m", "kehoach.cli", "ask", "--json", "Thuế tỉnh chủ trì những nhiệm vụ nào?"],
                         capture_output=True, text=True, env=env, cwd=REPO, timeout=300)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"question", "answer", "refused", "citations", "mode", "latency_ms", "items"} == set(data)
    assert len(data["items"]) == 5 and set(data["items"][0]) == {"plan", "section", "task", "role", "deadline", "n"}
    assert [i["n"] for i in data["items"]] == [c["n"] for c in data["citations"]]


def test_a_recurring_deadline_quotes_the_day_its_sentence_sets(tmp_path):
    """"Hạn …?" on a task whose time field is only "Hàng năm": the sentence on the topic gives the day."""
    from api.service import Kehoach
    from conftest import SHARED_REAL
    from core.settings import load_settings

    svc = Kehoach(load_settings(data_dir=tmp_path / "index"))
    assert not svc.ingest([SHARED_REAL / "web" / "nghe-an_99-2025-qd-ubnd.md"]).failed
    a = svc.ask("nghe an: han gui bao cao hang nam tinh hinh quan ly, su dung thu dien tu cong vu ve van phong UBND tinh")
    assert "trước ngày 11 /12" in a.text and "hàng năm" in a.text.lower() and not a.refused
    svc.close()
