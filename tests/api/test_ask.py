"""`kehoach ask` in default mode on the sample plans: cited answers, follow-ups, refusals, JSON output, eval gate."""

from __future__ import annotations

import pytest
import json
import os
import subprocess
import sys

from core.conversation import Conversation
from conftest import REPO

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only

CANONICAL = "Đơn vị nào chủ trì công tác tuyên truyền phòng, chống mua bán người trên phương tiện thông tin đại chúng?"
HAI_PHONG = "hai-phong_so-tu-phap_2026-2030_chuong-trinh-mua-ban-nguoi.txt"


def test_canonical_question_with_and_without_diacritics(sample_service):
    for q in (CANONICAL, "don vi nao chu tri cong tac tuyen truyen phong, chong mua ban nguoi tren phuong tien thong tin dai chung?",
              "Đơn vị nào chủ trì công tác tuyên truyền phòng, chống mua bán người trên phương tiện thông tin đại chúng ở Hải Phòng?"):
        a = sample_service.ask(q)
        assert not a.refused
        assert "Phòng Phổ biến, giáo dục pháp luật" in a.text, a.text
        assert "[1]" in a.text
        c = a.citations[0]
        assert (c.file_name, c.section) == (HAI_PHONG, "III.1.2")
        assert "Tuyên truyền trên phương tiện thông tin đại chúng" in c.text


def test_followup_asks_for_partners(sample_service):
    conv = Conversation()
    sample_service.ask(CANONICAL, conversation=conv)
    a = sample_service.ask("còn đơn vị phối hợp?", conversation=conv)
    assert "Báo và Phát thanh, truyền hình Hải Phòng" in a.text and "Công an thành phố" in a.text
    assert a.citations and a.citations[0].section == "III.1.2"


def test_followup_switches_province(sample_service):
    conv = Conversation()
    sample_service.ask("Ở Thái Nguyên ai chủ trì tuyên truyền trong các cơ sở giáo dục?", conversation=conv)
    a = sample_service.ask("thế ở Đồng Tháp thì sao?", conversation=conv)
    assert a.citations and all("dong-thap" in c.file_name for c in a.citations)
    assert "Công an tỉnh" in a.text


def test_question_outside_the_plans_is_refused(sample_service):
    for q in ("Ngân sách dành cho kế hoạch phòng chống mua bán người ở Quảng Nam là bao nhiêu?",
              "Giá vé máy bay từ Hà Nội đi Đà Nẵng tháng sau là bao nhiêu?"):
        a = sample_service.ask(q)
        assert a.refused and a.text.startswith("Không có trong kế hoạch") and not a.citations, a.text


def test_question_spanning_plans_cites_each_plan(sample_service):
    a = sample_service.ask("Tỉnh nào đặt mục tiêu kéo giảm ít nhất 10% số vụ phạm tội về trật tự xã hội?")
    files = {c.file_name for c in a.citations}
    assert {"thai-nguyen_ubnd_2026_toi-pham-ma-tuy-mua-ban-nguoi.txt", "dong-thap_ubnd_2026_toi-pham-mua-ban-nguoi.txt"} <= files, a.text


def test_cli_ask_json_batch_from_stdin(sample_service):
    env = {**os.environ, "KEHOACH_DATA_DIR": str(sample_service.settings.data_dir)}
    out = subprocess.run(
        [sys.executable, "-m", "kehoach.cli", "ask", "--json", "-"], input=f"{CANONICAL}\nai lo quy phong chong toi pham o dong thap\n",
        capture_output=True, text=True, env=env, cwd=REPO, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    lines = [json.loads(x) for x in out.stdout.splitlines() if x.strip()]
    assert len(lines) == 2
    first = lines[0]
    assert set(first) == {"question", "answer", "refused", "citations", "mode", "latency_ms"}
    assert first["mode"] == "default" and first["refused"] is False
    assert set(first["citations"][0]) == {"n", "doc", "title", "section", "clause_id", "text"}
    assert first["citations"][0]["doc"] == HAI_PHONG
    assert "Công an tỉnh" in lines[1]["answer"]


def test_dev_gold_set_meets_the_thresholds(sample_service, tmp_path):
    """CI gate: accuracy and recall@5 on eval/dev.jsonl must not fall below eval/thresholds.toml."""
    from eval import runner

    documents = {d["file_name"]: sample_service.document(d["id"]) for d in sample_service.documents()}
    metrics = runner.run_eval(REPO / "eval" / "dev.jsonl", sample_service.ask, tmp_path, documents)
    out = REPO / "test-output" / "eval"
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    failures = runner.check_thresholds(metrics, REPO / "eval" / "thresholds.toml")
    assert not failures, failures
    assert (tmp_path / "report.html").exists()
