"""Run a local GGUF model in-process with xllamacpp, serving llama.cpp's OpenAI API on 127.0.0.1."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import BackendUnavailableError


@dataclass(frozen=True)
class LocalServerConfig:
    """How to run the model: context size, CPU threads, parallel slots."""

    n_ctx: int = 8192
    n_threads: int = 0  # 0: all cores
    n_parallel: int = 1
    n_predict: int = 512  # default cap on generated tokens (requests may ask for fewer)
    quiet: bool = True  # only warnings and errors from llama.cpp on stderr


class LocalGGUFServer:
    """An xllamacpp ``Server`` for one GGUF file; ``base_url`` is its OpenAI-compatible ``/v1`` URL.

    The model is loaded on ``start()`` (a few seconds for a 1 GB file) and freed on ``close()``.
    Use as a context manager, or keep one per process and close it on exit.
    """

    def __init__(self, gguf_path: str | Path, config: LocalServerConfig | None = None):
        self.gguf_path = Path(gguf_path).expanduser()
        self.config = config or LocalServerConfig()
        self._server: Any = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/v1`` of the running server (starts it when needed)."""
        server = self.start()
        return str(server.listening_address).rstrip("/") + "/v1"

    @property
    def model_name(self) -> str:
        return self.gguf_path.name

    def start(self) -> Any:
        """Load the model and start listening on a free port of 127.0.0.1 (idempotent)."""
        with self._lock:
            if self._server is not None:
                return self._server
            if not self.gguf_path.is_file():
                raise BackendUnavailableError(
                    f"Không tìm thấy tệp mô hình GGUF: {self.gguf_path} (chạy scripts/fetch_gguf.sh để tải).",
                    f"GGUF model file not found: {self.gguf_path} (run scripts/fetch_gguf.sh).",
                )
            try:
                import xllamacpp
            except ImportError as exc:  # optional extra: pip install 'kehoach[llm]'
                raise BackendUnavailableError(
                    "Chưa cài xllamacpp để chạy mô hình GGUF cục bộ (pip install xllamacpp).",
                    "xllamacpp is not installed (pip install xllamacpp).",
                ) from exc
            self._server = self._make_server(xllamacpp)
            return self._server

    def _make_server(self, xllamacpp: Any) -> Any:
        cfg = self.config
        params = xllamacpp.CommonParams()
        params.model.path = str(self.gguf_path)
        params.n_ctx = cfg.n_ctx
        params.n_parallel = cfg.n_parallel
        params.n_predict = cfg.n_predict
        threads = cfg.n_threads or os.cpu_count() or 2
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        params.port = 0  # any free port
        params.hostnames = ["127.0.0.1"]
        params.warmup = False  # the first request warms up; saves seconds at start
        if cfg.quiet:
            params.verbosity = 1  # 1 = warnings and errors (llama.cpp: LOG_LEVEL_WARN)
        try:
            return xllamacpp.Server(params)
        except Exception as exc:  # the native side raises plain RuntimeError/ValueError
            raise BackendUnavailableError(
                f"Không khởi động được mô hình GGUF {self.gguf_path.name}: {exc}",
                f"Could not start the GGUF model {self.gguf_path.name}: {exc}",
            ) from exc

    def close(self) -> None:
        """Stop the server and free the model (the native destructor joins its threads)."""
        with self._lock:
            server, self._server = self._server, None
        del server

    def __enter__(self) -> "LocalGGUFServer":
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
