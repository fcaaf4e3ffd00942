"""Test hook for crash tests: pause a writer process after the Chroma upsert and before the catalog write, so a
test can kill -9 it at the worst moment. Installed by the writer scripts the tests start (never by production
code): when env KEHOACH_TEST_PAUSE_AFTER_UPSERT names a file, the writer creates it, then sleeps."""

from __future__ import annotations

import os
import time
from pathlib import Path

PAUSE_HOOK_ENV = "KEHOACH_TEST_PAUSE_AFTER_UPSERT"


def install() -> None:
    """Wrap ``VectorStore.upsert_document`` in this process when the env var is set."""
    marker = os.environ.get(PAUSE_HOOK_ENV)
    if not marker:
        return
    from assistant.index.vector_store import VectorStore

    upsert = VectorStore.upsert_document

    def upsert_then_pause(self, *args, **kwargs):
        stats = upsert(self, *args, **kwargs)
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(3600)
        return stats

    VectorStore.upsert_document = upsert_then_pause
