"""Property tests: read_file never raises anything but ReadError; parse_text keeps every word of a plan somewhere."""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ingest.pipeline import parse_text
from ingest.readers import ReadResult, read_file
from ingest.repair import clean_marks, is_closing, repair
from core.errors import ReadError
from core.settings import BUNDLED_PLANS
from core.textnorm import fold, nfc

PLANS = sorted(BUNDLED_PLANS.glob("*.txt"))
PLAN_LINES = {p.name: nfc(p.read_text(encoding="utf-8")).split("\n") for p in PLANS}
ALL_LINES = [line for lines in PLAN_LINES.values() for line in lines if line.strip()]
WORD_RE = re.compile(r"[^\W_¹²³⁴⁵⁶⁷⁸⁹⁰]+")  # footnote marks are not words
MARK_RE = re.compile(r"ZQ\d+")
# A fixed sequence of examples by default (make test, CI), so a run does not depend on luck;
# KEHOACH_FUZZ_EXPLORE=1 draws new random inputs on every run, to hunt for bugs. A failure found that way
# becomes an explicit test below (open finding: a line "²0 …" right after a footnote can lose its words).
DERANDOMIZE = not os.environ.get("KEHOACH_FUZZ_EXPLORE")
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=DERANDOMIZE)


# -- read_file: random bytes -> text or ReadError -----------------------------------------------------
def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


_PREFIXES = st.sampled_from([
    b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF-1.4\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0",
    b"<html><body>", "Số: /KH-UBND\n\nI. MỤC ĐÍCH\n".encode("utf-8"), "Kế hoạch năm\n".encode("cp1258", errors="ignore"),
])
_SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".doc", ".TXT", ""])


@st.composite
def file_bytes(draw) -> bytes:
    kind = draw(st.sampled_from(["raw", "prefixed", "zip", "text"]))
    if kind == "raw":
        return draw(st.binary(max_size=600))
    if kind == "prefixed":
        return draw(_PREFIXES) + draw(st.binary(max_size=400))
    if kind == "zip":  # a ZIP that looks more or less like a .docx
        body = draw(st.one_of(st.binary(max_size=300), st.text(max_size=200).map(lambda t: t.encode("utf-8"))))
        name = draw(st.sampled_from(["word/document.xml", "[Content_Types].xml", "x.bin"]))
        return _zip_bytes({name: body})
    text = draw(st.text(max_size=300))
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "utf-8-sig"])), errors="surrogatepass")


@FUZZ
@given(data=file_bytes(), suffix=_SUFFIXES)
def test_read_file_returns_text_or_read_error(data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"ke-hoach{suffix}"
        path.write_bytes(data)
        try:
            result = read_file(path, max_bytes=1024 * 1024)
        except ReadError as e:
            assert e.vi and e.en  # both messages present
            return
        assert isinstance(result, ReadResult)
        assert isinstance(result.text, str) and result.text.strip()
        assert result.text == nfc(result.text)


@FUZZ
@given(data=st.binary(min_size=1, max_size=300))
def test_read_file_refuses_files_over_the_limit(data: bytes):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lon.txt"
        path.write_bytes(data + b"a" * 200)
        try:
            read_file(path, max_bytes=len(data) + 199)
        except ReadError as e:
            assert "quá lớn" in e.vi
        else:
            raise AssertionError("an oversized file was read")


# -- parse_text: plan-like text -> clause tree that loses nothing --------------------------------------
def _wrap(line: str, at: int) -> list[str]:
    spaces = [m.start() for m in re.finditer(" ", line)]
    if not spaces:
        return [line]
    cut = spaces[at % len(spaces)]
    return [line[:cut + 1], line[cut + 1:]]  # keep the trailing space, as PDF extraction does


@st.composite
def plan_text(draw) -> str:
    """A plan made of real sample lines: one plan's lines perturbed, or lines drawn from all plans."""
    if draw(st.booleans()):
        lines = list(PLAN_LINES[draw(st.sampled_from(sorted(PLAN_LINES)))])
        start = draw(st.integers(0, max(0, len(lines) - 40)))
        lines = lines[:12] + lines[12 + start: 12 + start + draw(st.integers(5, 80))]
    else:
        lines = draw(st.lists(st.sampled_from(ALL_LINES), min_size=1, max_size=60))
    for _ in range(draw(st.integers(0, 6))):
        if not lines:
            break
        op = draw(st.sampled_from(["swap", "drop", "dup", "blank", "wrap", "space", "junk", "md", "lower"]))
        i = draw(st.integers(0, len(lines) - 1))
        if op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "blank":
            lines.insert(i, "")
        elif op == "wrap":
            lines[i:i + 1] = _wrap(lines[i], draw(st.integers(0, 50)))
        elif op == "space":
            lines[i] = draw(st.sampled_from(["  ", "\t", " \u00a0"])) + lines[i] + draw(st.sampled_from(["", " ", "\r"]))
        elif op == "junk":
            lines.insert(i, draw(st.text(st.characters(blacklist_characters="\n", blacklist_categories=("Cs",)),
                                         max_size=40)))
        elif op == "md":
            lines[i] = draw(st.sampled_from(["#### ", "**", "***", "## "])) + lines[i] + draw(st.sampled_from(["", "**"]))
        elif op == "lower":
            lines[i] = lines[i].lower()
    return "\n".join(lines)


def _mark_lines(text: str) -> str:
    """Append a unique word (ZQ<n>) to every line with words, keeping its final punctuation and its role."""
    out = []
    for n, line in enumerate(text.split("\n")):
        cleaned, _ = clean_marks(line)
        if not WORD_RE.search(cleaned) or is_closing(cleaned) or fold(cleaned).startswith("ke hoach"):
            out.append(line)
            continue
        m = re.search(r"[\s.:;!?…)”\"*]*$", line)
        cut = m.start() if m else len(line)
        out.append(f"{line[:cut]} ZQ{n}{line[cut:]}")
    return "\n".join(out)


def _line_spans(source: str) -> list[tuple[int, int, str]]:
    spans, pos = [], 0
    for raw in source.split("\n"):
        spans.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return spans


def _check_nothing_lost(source_text: str) -> None:
    doc = parse_text(source_text, "fuzz.txt")
    src = doc.source_text
    for c in doc.clauses:
        assert 0 <= c.span[0] <= c.span[1] <= len(src), (c.id, c.span, len(src))
    footnote_text = " ".join(f.text for f in repair(src).footnotes.values())
    footnote_text += " ".join(n for c in doc.clauses for n in c.footnotes)
    clause_words = {w for c in doc.clauses for w in WORD_RE.findall(c.text)}
    all_words = clause_words | set(WORD_RE.findall(footnote_text)) | set(WORD_RE.findall(doc.text))
    # Header region: before the first clause (the introduction is a clause too, with or without a
    # "KẾ HOẠCH" title line), so only the number/place/date/title lines may stay outside the clauses.
    body_start = min((c.span[0] for c in doc.clauses), default=len(src))
    closed_at: int | None = None
    for start, end, raw in _line_spans(src):
        cleaned, _ = clean_marks(raw)
        if closed_at is None and is_closing(cleaned):
            closed_at = start
        words = WORD_RE.findall(cleaned)
        missing = [w for w in words if w not in all_words]
        assert not missing, f"words of line {raw!r} lost: {missing}"
        for mark in MARK_RE.findall(raw):
            holders = [c for c in doc.clauses if re.search(rf"\b{mark}\b", c.text)]
            if holders:
                pos = start + raw.index(mark)
                assert any(c.span[0] <= pos < c.span[1] for c in holders), (
                    f"{mark} is in clause(s) {[c.id for c in holders]} whose span does not cover line {raw!r}")
                continue
            if re.search(rf"\b{mark}\b", footnote_text):
                continue
            in_header = end <= body_start
            after_close = closed_at is not None and start >= closed_at
            assert in_header or after_close, f"line {raw!r} ({mark}) is in no clause, footnote, header or closing"


@FUZZ
@given(text=plan_text())
def test_parse_text_keeps_every_line_of_plan_like_text(text: str):
    assume(text.strip())
    _check_nothing_lost(_mark_lines(text))


@settings(max_examples=25, deadline=None, derandomize=DERANDOMIZE)
@given(text=st.text(max_size=400))
def test_parse_text_never_crashes_on_arbitrary_text(text: str):
    doc = parse_text(text, "rac.txt")
    for c in doc.clauses:
        assert 0 <= c.span[0] <= c.span[1] <= len(doc.source_text)
        assert c.id.startswith(doc.id + ":")
    assert len({c.id for c in doc.clauses}) == len(doc.clauses)


def test_every_sample_plan_keeps_every_line():
    for path in PLANS:
        _check_nothing_lost(_mark_lines(path.read_text(encoding="utf-8")))


def test_a_repeated_footnote_mark_keeps_both_footnotes():
    """Found by the fuzzer: numbering that restarts ("¹" twice) lost the first footnote's words."""
    ha_tinh = next(p for p in PLANS if p.name.startswith("ha-tinh"))
    text = ha_tinh.read_text(encoding="utf-8")
    note = next(line for line in text.split("\n") if line.startswith("¹"))
    doubled = text.replace(note, f"{note} ZQ901\n{note} ZQ902", 1)
    _check_nothing_lost(doubled)
    notes = " ".join(n for c in parse_text(doubled, "ht.txt").clauses for n in c.footnotes)
    assert "ZQ901" in notes and "ZQ902" in notes


def test_an_upper_case_line_after_the_introduction_stays_in_it():
    """Found by the fuzzer (fixed-seed CI run): a plan without a "KẾ HOẠCH" line dropped an upper-case line
    ("KT. TRƯỞNG BAN") that came after its introduction had started."""
    _check_nothing_lost("Thực hiện công tác phòng, chống tội phạm ZQ0 \n**KT. TRƯỞNG BAN ZQ1\n#### **I. MỤC ĐÍCH ZQ2**")
