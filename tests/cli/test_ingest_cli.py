"""`kehoach ingest` on a folder with bad files among good ones: a message per file, the good ones stored, nothing lost."""

from __future__ import annotations

import pytest
import json
import os
import shutil
import subprocess
import sys

from conftest import REPO, plan_path

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only


def _ingest(data_dir, *paths):
    env = {**os.environ, "KEHOACH_DATA_DIR": str(data_dir), "KEHOACH_MAX_FILE_MB": "5"}
    return subprocess.run([sys.executable, "-m", "kehoach.cli", "ingest", "--json", *map(str, paths)],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=600)


def test_folder_with_bad_files_among_good_ones(tmp_path):
    folder = tmp_path / "kế hoạch"
    folder.mkdir()
    shutil.copy(plan_path("hai-phong"), folder / "hai-phong.txt")
    shutil.copy(plan_path("ha-tinh"), folder / "ha tinh (bản 2).txt")
    (folder / "rong.txt").write_bytes(b"")
    (folder / "nhi-phan.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "shift-jis.txt").write_bytes("日本語のテキストです。".encode("shift_jis") * 50)
    with open(folder / "qua-lon.txt", "wb") as f:  # 50 MB, over the 5 MB limit set for this run
        f.truncate(50 * 1024 * 1024)
    data_dir = tmp_path / "index"

    out = _ingest(data_dir, folder)
    assert out.returncode == 1, out.stderr  # some files failed
    report = json.loads(out.stdout)
    status = {os.path.basename(f["path"]): f for f in report["files"]}
    assert status["hai-phong.txt"]["status"] == "ingested" and status["ha tinh (bản 2).txt"]["status"] == "ingested"
    for bad in ("rong.txt", "nhi-phan.txt", "shift-jis.txt", "qua-lon.txt"):
        assert status[bad]["status"] == "failed"
        assert bad in status[bad]["message"], status[bad]["message"]  # names the file
        assert " / " in status[bad]["message"]  # Vietnamese / English
    assert report["totals"]["documents"] == 2 and report["totals"]["failed"] == 4

    # a second run with only bad input loses nothing already stored
    again = _ingest(data_dir, folder / "rong.txt", folder / "nhi-phan.txt")
    assert again.returncode == 1
    plans = subprocess.run([sys.executable, "-m", "kehoach.cli", "plans", "--json"], capture_output=True, text=True,
                           env={**os.environ, "KEHOACH_DATA_DIR": str(data_dir)}, cwd=REPO, timeout=300)
    assert len(json.loads(plans.stdout)) == 2

    # re-ingesting unchanged files embeds nothing
    third = json.loads(_ingest(data_dir, folder / "hai-phong.txt").stdout)
    assert third["files"][0]["status"] == "unchanged"
    assert third["embedder"]["embedded"] == 0
