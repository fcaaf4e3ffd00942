"""Shared fixtures: one embedding cache for the whole test session, and one index of the five sample plans."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PLANS = REPO / "data" / "plans"
SHARED_EXTRA = REPO.parent / "shared" / "plans-extra"

# Every index built by the tests shares one embedding cache, so each clause is embedded once per run.
os.environ.setdefault("KEHOACH_EMBED_CACHE_DIR", str(REPO / "test-output" / "embed-cache"))
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def plan_path(prefix: str) -> Path:
    matches = sorted(PLANS.glob(f"{prefix}*.txt"))
    assert matches, f"sample plan {prefix}* missing in {PLANS}"
    return matches[0]


@pytest.fixture(scope="session")
def sample_service(tmp_path_factory):
    """A Kehoach service over a fresh index holding the five bundled sample plans."""
    from api.service import Kehoach
    from core.settings import load_settings

    data_dir = tmp_path_factory.mktemp("kehoach-index")
    svc = Kehoach(load_settings(data_dir=data_dir))
    report = svc.ingest([PLANS])
    assert not report.failed, [f.message for f in report.failed]
    assert report.totals()["documents"] == 5
    return svc
