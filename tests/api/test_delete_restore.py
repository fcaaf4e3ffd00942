"""Deleting a plan needs a server-side confirmation, goes to a trash, and a restore brings the plan back with the
same answers; the uploaded source file leaves and returns with its plan; everything lands in the audit log."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.audit import AuditAction
from api.service import Kehoach
from assistant.embedders import make_embedder
from core.errors import ConfirmationError
from core.settings import BUNDLED_PLANS, Settings
from ingest.pipeline import doc_id_for

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only

HA_TINH = BUNDLED_PLANS / "ha-tinh_so-tu-phap_2026_toi-pham-mua-ban-nguoi.txt"
HAI_PHONG = BUNDLED_PLANS / "hai-phong_so-tu-phap_2026-2030_chuong-trinh-mua-ban-nguoi.txt"
QUESTIONS = [
    "Đơn vị nào chủ trì công tác tuyên truyền phòng, chống mua bán người trên phương tiện thông tin đại chúng?",
    "Trợ giúp pháp lý miễn phí cho nạn nhân mua bán người ở Hải Phòng do đơn vị nào thực hiện?",
    "Sở Tư pháp Hải Phòng giao phòng nào theo dõi thi hành Luật Phòng, chống mua bán người?",
    "ha tinh: ai chu tri theo doi, don doc, kiem tra viec thuc hien ke hoach phong chong toi pham?",
]


@pytest.fixture(scope="module")
def embedder(tmp_path_factory):
    return make_embedder(Settings(data_dir=tmp_path_factory.mktemp("embed-cache"), chroma_url=""))


def service(data_dir: Path, embedder, **overrides) -> Kehoach:
    k = Kehoach(Settings(data_dir=data_dir, chroma_url="", **overrides))
    k.__dict__["embedder"] = embedder
    return k


def answer_key(k: Kehoach, question: str) -> tuple:
    a = k.ask(question)
    return a.refused, a.text, [(c.clause_id, c.text) for c in a.citations]


def actions(k: Kehoach) -> list[AuditAction]:
    return [e.action for e in reversed(k.audit.recent(1000))]


def test_delete_without_server_side_confirmation_fails(tmp_path, embedder):
    k = service(tmp_path / "data", embedder, delete_confirm_seconds=1.0)
    assert not k.ingest([HAI_PHONG, HA_TINH]).failed
    hp, ht = doc_id_for(HAI_PHONG.name), doc_id_for(HA_TINH.name)
    other = k.prepare_delete(ht, "truongphong")
    mine = k.prepare_delete(hp, "truongphong")
    attempts = [
        (hp, "", "truongphong"),  # no token: a one-shot call as in the probe
        (hp, "doan-bua", "truongphong"),  # a made-up token
        (hp, other.token, "truongphong"),  # the token of another plan
        (hp, mine.token, "chuyenvien"),  # someone else's token
    ]
    for doc_id, token, actor in attempts:
        with pytest.raises(ConfirmationError):
            k.delete(doc_id, token, actor)
    assert {d["id"] for d in k.documents()} == {hp, ht}
    time.sleep(1.2)
    with pytest.raises(ConfirmationError):  # expired
        k.delete(hp, mine.token, "truongphong")
    assert {d["id"] for d in k.documents()} == {hp, ht}
    assert actions(k).count(AuditAction.REFUSED) == 5 and AuditAction.DELETE not in actions(k)


def test_delete_then_restore_brings_back_the_same_answers(tmp_path, embedder):
    k = service(tmp_path / "data", embedder)
    assert not k.ingest([HAI_PHONG, HA_TINH]).failed
    hp = doc_id_for(HAI_PHONG.name)
    before = {q: answer_key(k, q) for q in QUESTIONS}
    assert sum(not refused for refused, _, _ in before.values()) >= 3
    stored_entry = (tmp_path / "data" / "docs" / f"{hp}.json").read_text(encoding="utf-8")

    ticket = k.prepare_delete(hp, "truongphong")
    deleted = k.delete(hp, ticket.token, "truongphong", client="10.0.0.7")
    with pytest.raises(ConfirmationError):  # a token works once
        k.delete(hp, ticket.token, "truongphong")
    assert hp not in {d["id"] for d in k.documents()}
    assert k.index.verify() == []
    assert k.ask(QUESTIONS[2]).refused  # no plan of Hải Phòng any more
    # nothing stored is lost: the trash holds the exact catalog entry
    assert (tmp_path / "data" / "trash" / f"{hp}.json").read_text(encoding="utf-8") == stored_entry
    [listed] = k.trashed()
    assert (listed.doc_id, listed.deleted_by) == (hp, "truongphong") and deleted.restore_until == listed.restore_until

    k.restore(hp, "truongphong")
    assert hp in {d["id"] for d in k.documents()} and k.trashed() == []
    assert k.index.verify() == []
    after = {q: answer_key(k, q) for q in QUESTIONS}
    assert after == before
    assert [a for a in actions(k) if a != AuditAction.REFUSED] == [AuditAction.DELETE, AuditAction.RESTORE]
    event = next(e for e in k.audit.recent(10) if e.action == AuditAction.DELETE)
    assert (event.actor, event.target, event.client) == ("truongphong", hp, "10.0.0.7")


def test_uploaded_source_file_leaves_and_returns_with_its_plan(tmp_path, embedder):
    data = tmp_path / "data"
    k = service(data, embedder, delete_restore_hours=0.0005)  # 1.8 s restore period
    upload = tmp_path / "web-tmp" / "abc123" / HA_TINH.name
    upload.parent.mkdir(parents=True)
    shutil.copy(HA_TINH, upload)
    report = k.ingest_uploads([upload], actor="truongphong", client="10.0.0.7")
    doc_id = report.files[0].doc_id
    assert report.files[0].status == "ingested" and not upload.exists()  # moved out of the web temp dir
    kept = data / "sources" / doc_id / HA_TINH.name
    assert kept.read_bytes() == HA_TINH.read_bytes() and (kept.stat().st_mode & 0o777) == 0o600

    k.delete(doc_id, k.prepare_delete(doc_id, "truongphong").token, "truongphong")
    assert not kept.exists() and (data / "trash" / "sources" / doc_id / HA_TINH.name).exists()
    k.restore(doc_id, "truongphong")
    assert kept.exists() and not (data / "trash" / "sources" / doc_id).exists()

    k.delete(doc_id, k.prepare_delete(doc_id, "truongphong").token, "truongphong")
    time.sleep(2.0)
    assert k.purge_expired() == [doc_id]
    assert k.trashed() == [] and not any((data / "trash").rglob(f"*{HA_TINH.name}"))
    assert not any((data / "sources").rglob("*.txt"))
    assert [a for a in actions(k) if a != AuditAction.REFUSED] == [
        AuditAction.UPLOAD, AuditAction.DELETE, AuditAction.RESTORE, AuditAction.DELETE, AuditAction.PURGE]


def test_cli_delete_asks_for_the_plan_id_and_restore_works(tmp_path, embedder, monkeypatch):
    from kehoach.cli import app

    data = tmp_path / "data"
    k = service(data, embedder)
    assert not k.ingest([HA_TINH]).failed
    doc_id = doc_id_for(HA_TINH.name)
    monkeypatch.setenv("KEHOACH_EMBED_CACHE_DIR", str(k.settings.embed_cache_dir or data / "embed_cache"))
    runner = CliRunner()
    refused = runner.invoke(app, ["delete", doc_id, "--data-dir", str(data)], input="nham-ma\n")
    assert refused.exit_code == 1 and "Đã huỷ" in refused.output
    assert doc_id in {d["id"] for d in service(data, embedder).documents()}
    done = runner.invoke(app, ["delete", doc_id, "--data-dir", str(data)], input=f"{doc_id}\n")
    assert done.exit_code == 0 and "thùng rác" in done.output, done.output
    listed = runner.invoke(app, ["trash", "--json", "--data-dir", str(data)])
    assert doc_id in listed.output
    back = runner.invoke(app, ["restore", doc_id, "--data-dir", str(data)])
    assert back.exit_code == 0 and "Đã khôi phục" in back.output
    assert doc_id in {d["id"] for d in service(data, embedder).documents()}
    audit = runner.invoke(app, ["audit", "--json", "--data-dir", str(data)])
    assert '"action": "restore"' in audit.output and '"actor": "cli:' in audit.output
