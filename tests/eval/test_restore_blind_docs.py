"""eval/restore_blind_docs.py: the blind sets whose documents stay outside the repository can be laid out again from a
local mirror of their source repository, byte for byte, every document their gold names."""

from __future__ import annotations

import subprocess
from pathlib import Path

from eval.gold import load_gold
from eval.restore_blind_docs import MISC, VBPL, restore, sources


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout.strip()


def test_every_document_of_the_vbpl_sets_has_a_source_row():
    rows = {(s.set, s.file) for s in sources(MISC / "SOURCES.tsv", VBPL)}
    for n in range(79, 115):
        docs = {d for it in load_gold(MISC / f"b{n}.jsonl") for d in it.docs if d}
        assert docs and {(f"b{n}", d) for d in docs} <= rows, (n, docs - {f for s, f in rows if s == f"b{n}"})


def test_a_set_is_restored_from_a_mirror(tmp_path):
    mirror = tmp_path / "mirror"
    page = mirror / "data" / "raw_html" / "doc_000001.html"
    page.parent.mkdir(parents=True)
    page.write_bytes("<p>Điều 21. Trách nhiệm thi hành</p>".encode("utf-8"))
    _git(tmp_path, "init", "-q", str(mirror))
    _git(mirror, "add", "-A")
    _git(mirror, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "crawl")
    commit = _git(mirror, "rev-parse", "HEAD")
    misc = tmp_path / "misc"
    misc.mkdir()
    (misc / "SOURCES.tsv").write_text(
        "set\tfile\tsource repository\tpath in that repository\tkind\tnumber\tissuer\tdate\n"
        f"b99\ttt-84-2025.html\towner/crawl@{commit}\tdata/raw_html/doc_000001.html\tThông tư\t84/2025\tBộ\t2025\n"
        f"b99\tgone.html\towner/crawl@{commit}\tdata/raw_html/doc_000002.html\tThông tư\t85/2025\tBộ\t2025\n"
        f"b99\tother.md\tsomeone/else@{commit}\tx.md\tKế hoạch\t1/KH\tUBND\t2025\n", encoding="utf-8")
    (misc / "b99.jsonl").write_text('{"id": "b99-01"}\n', encoding="utf-8")
    out = tmp_path / "out"
    problems = restore(mirror, out, {"b99"}, repo="owner/crawl", misc=misc)
    assert (out / "docs" / "b99" / "tt-84-2025.html").read_bytes() == page.read_bytes()
    assert (out / "b99.jsonl").read_text(encoding="utf-8") == '{"id": "b99-01"}\n'
    assert len(problems) == 1 and "gone.html" in problems[0], problems  # named, skipped
    assert not (out / "docs" / "b99" / "other.md").exists()  # another repository's row is not the mirror's
