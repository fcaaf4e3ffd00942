"""Read scanned PDF pages offline: render them (pypdfium2), drop coloured ink, run Tesseract (vie), cache by file hash.

The Tesseract CLI is called once per page with TSV output (words, boxes, confidences) and a per-page
timeout; several pages run at once (one thread each, ``OMP_THREAD_LIMIT=1``), while pdfium, which is
not thread-safe, renders in the calling thread. Results are cached under the data directory by the
file's SHA-256 and the engine's signature, so ingesting the same scan again does not read it again.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .ocr_layout import OcrWord, page_lines

PREPROCESS_VERSION = "1"  # bump when rendering or image cleaning changes what Tesseract sees
MIN_DPI = 200  # scans of lower resolution are rendered up to this (Tesseract reads 8 pt text badly below)
NO_IMAGE_DPI = 300  # pages drawn without an embedded image
COLOURED_INK_CHROMA = 40  # max(R,G,B) - min(R,G,B) above this: stamp or signature ink, painted white

INSTALL_HINT_VI = "cài gói Debian tesseract-ocr và tesseract-ocr-vie (make install làm việc này)"
INSTALL_HINT_EN = "install the Debian packages tesseract-ocr and tesseract-ocr-vie (make install does it)"


@dataclass(frozen=True)
class OcrOptions:
    """How to run OCR (from Settings: KEHOACH_OCR_*)."""

    tesseract_cmd: str = "tesseract"
    lang: str = "vie"
    max_dpi: int = 300
    max_pages: int = 60
    page_timeout: float = 60.0
    workers: int = 2
    low_confidence: float = 75.0
    cache_dir: Path | None = None


@dataclass
class OcrPage:
    """What OCR read on one page: text lines in reading order and the mean word confidence."""

    number: int  # 1-based
    lines: list[str] = field(default_factory=list)
    confidence: float = 0.0  # 0-100, weighted by word length
    words: int = 0
    error: str = ""  # Vietnamese reason when the page could not be read (timeout, crash)
    error_en: str = ""
    cached: bool = False


class OcrUnavailable(Exception):
    """Tesseract or its Vietnamese model is missing; ``vi``/``en`` say what to install."""

    def __init__(self, vi: str, en: str):
        super().__init__(en)
        self.vi, self.en = vi, en


# -- engine ------------------------------------------------------------------------------------------------


def _run(args: list[str], timeout: float, data: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per page; pages run side by side
    return subprocess.run(args, input=data, capture_output=True, timeout=timeout, env=env, check=False)


@lru_cache(maxsize=8)
def _engine_facts(cmd: str) -> tuple[str, tuple[str, ...]]:
    """(version line, installed languages) of a Tesseract command; raises OcrUnavailable."""
    try:
        version = _run([cmd, "--version"], 30)
        langs = _run([cmd, "--list-langs"], 30)
    except (FileNotFoundError, PermissionError, NotADirectoryError, OSError, subprocess.TimeoutExpired) as exc:
        raise OcrUnavailable(
            f"chưa cài phần mềm nhận dạng chữ Tesseract ({cmd}: {exc.__class__.__name__}); {INSTALL_HINT_VI}",
            f"the Tesseract OCR engine is not installed ({cmd}: {exc.__class__.__name__}); {INSTALL_HINT_EN}",
        ) from None
    head = (version.stdout or version.stderr).decode("utf-8", "replace").strip().splitlines()
    listed = langs.stdout.decode("utf-8", "replace").splitlines()[1:]
    return (head[0] if head else "tesseract"), tuple(line.strip() for line in listed if line.strip())


def check_engine(options: OcrOptions) -> str:
    """The engine's signature (version + languages); raises OcrUnavailable when it cannot read Vietnamese."""
    version, installed = _engine_facts(options.tesseract_cmd)
    missing = [lang for lang in options.lang.split("+") if lang not in installed]
    if missing:
        raise OcrUnavailable(
            f"Tesseract thiếu mô hình ngôn ngữ {', '.join(missing)} (có: {', '.join(installed) or 'không có'}); "
            f"{INSTALL_HINT_VI}",
            f"Tesseract lacks the language model {', '.join(missing)}; {INSTALL_HINT_EN}",
        )
    return f"{version}|{options.lang}|{MIN_DPI}-{options.max_dpi}|{PREPROCESS_VERSION}"


# -- rendering ---------------------------------------------------------------------------------------------


def _scan_dpi(page) -> int:
    """Resolution of the page's largest embedded image (its scan), clamped to what Tesseract reads well."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    best = 0.0
    width_pt = max(page.get_width(), 1.0)
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        if not isinstance(obj, pdfium.PdfImage):
            continue
        try:
            px_w, _ = obj.get_px_size()
            left, _, right, _ = obj.get_bounds()
        except Exception:  # a broken image object: ignore it
            continue
        shown_in = max(right - left, 1.0) / 72
        if (right - left) > 0.5 * width_pt:
            best = max(best, px_w / shown_in)
    return NO_IMAGE_DPI if best <= 0 else int(round(best))


def render_page(page, max_dpi: int) -> bytes:
    """PNG of one page for Tesseract: grey levels, coloured ink (stamps, signatures) painted white."""
    from PIL import Image

    dpi = min(max(_scan_dpi(page), MIN_DPI), max_dpi)
    image = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255)).to_pil().convert("RGB")
    rgb = np.asarray(image, dtype=np.int16)
    grey = np.asarray(image.convert("L")).copy()
    grey[(rgb.max(axis=2) - rgb.min(axis=2)) > COLOURED_INK_CHROMA] = 255
    out = io.BytesIO()
    Image.fromarray(grey, mode="L").save(out, format="PNG", compress_level=1, dpi=(dpi, dpi))
    return out.getvalue()


# -- Tesseract ---------------------------------------------------------------------------------------------


def _parse_tsv(tsv: str) -> list[OcrWord]:
    words: list[OcrWord] = []
    rows = csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows, None)
    if not header or header[0] != "level":
        return words
    for row in rows:
        if len(row) < 12 or row[0] != "5" or not row[11].strip():
            continue
        try:
            conf = float(row[10])
        except ValueError:
            continue
        if conf < 0:
            continue
        block, par, line = int(row[2]), int(row[3]), int(row[4])
        left, top, width, height = (int(v) for v in row[6:10])
        words.append(OcrWord(block, par, line, left, top, width, height, conf, row[11]))
    return words


def read_image(png: bytes, options: OcrOptions) -> list[OcrWord]:
    """Words Tesseract reads on one page image; raises subprocess.TimeoutExpired or RuntimeError."""
    args = [options.tesseract_cmd, "stdin", "stdout", "-l", options.lang, "--psm", "3", "tsv"]
    done = _run(args, options.page_timeout, png)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode("utf-8", "replace").strip()[-300:] or f"exit {done.returncode}")
    return _parse_tsv(done.stdout.decode("utf-8", "replace"))


# -- cache -------------------------------------------------------------------------------------------------


def _cache_path(options: OcrOptions, file_sha: str) -> Path | None:
    return options.cache_dir / f"{file_sha}.json" if options.cache_dir else None


def _load_cache(path: Path | None, engine: str) -> dict[str, list]:
    if path is None or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("pages", {}) if data.get("engine") == engine else {}


def _save_cache(path: Path | None, engine: str, pages: dict[str, list]) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"engine": engine, "pages": pages}, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs time next run


def _page_result(number: int, words: list[OcrWord], cached: bool) -> OcrPage:
    lines, kept = page_lines(words)
    letters = sum(len(w.text) for w in kept)
    confidence = sum(w.conf * len(w.text) for w in kept) / letters if letters else 0.0
    return OcrPage(number, lines, round(confidence, 1), len(kept), cached=cached)


# -- reading a document ------------------------------------------------------------------------------------


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ocr_pdf_pages(path: Path, page_numbers: Iterable[int], options: OcrOptions,
                  on_page: Callable[[int, int], None] | None = None) -> list[OcrPage]:
    """OCR the given 1-based pages of a PDF (cached pages are not read again), in page order.

    ``on_page(done, total)`` is called after each page. Raises OcrUnavailable when Tesseract cannot run."""
    import pypdfium2 as pdfium

    numbers = sorted(set(page_numbers))
    engine = check_engine(options)
    cache_file = _cache_path(options, file_sha256(path))
    cache = _load_cache(cache_file, engine)
    results: dict[int, OcrPage] = {}
    todo = [n for n in numbers if str(n) not in cache]
    for n in numbers:
        if str(n) in cache:
            results[n] = _page_result(n, [OcrWord(*w) for w in cache[str(n)]], cached=True)
    total, done = len(numbers), len(results)
    if on_page and done:
        on_page(done, total)
    if todo:
        document = pdfium.PdfDocument(str(path))
        pending: dict[Future, int] = {}
        try:
            with ThreadPoolExecutor(max_workers=max(1, options.workers), thread_name_prefix="ocr") as pool:
                for n in todo:
                    while len(pending) >= max(1, options.workers):
                        done += _collect(wait(pending, return_when=FIRST_COMPLETED).done, pending, results, cache)
                        if on_page:
                            on_page(done, total)
                    page = document[n - 1]
                    try:
                        png = render_page(page, options.max_dpi)
                    finally:
                        page.close()
                    pending[pool.submit(read_image, png, options)] = n
                while pending:
                    done += _collect(wait(pending, return_when=FIRST_COMPLETED).done, pending, results, cache)
                    if on_page:
                        on_page(done, total)
        finally:
            document.close()
            _save_cache(cache_file, engine, cache)
    return [results[n] for n in numbers]


def _collect(finished: set[Future], pending: dict[Future, int], results: dict[int, OcrPage],
             cache: dict[str, list]) -> int:
    for future in finished:
        n = pending.pop(future)
        try:
            words = future.result()
        except subprocess.TimeoutExpired as exc:
            results[n] = OcrPage(n, error=f"quá thời gian nhận dạng ({exc.timeout:g} giây, KEHOACH_OCR_PAGE_TIMEOUT)",
                                 error_en=f"timed out ({exc.timeout:g} s, KEHOACH_OCR_PAGE_TIMEOUT)")
            continue
        except (RuntimeError, OSError) as exc:
            results[n] = OcrPage(n, error=f"Tesseract báo lỗi: {exc}", error_en=f"Tesseract failed: {exc}")
            continue
        cache[str(n)] = [list(w) for w in (tuple(w.__dict__.values()) for w in words)]
        results[n] = _page_result(n, words, cached=False)
    return len(finished)
