"""Parse, check and renumber the [n] citation markers in a generated answer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.models import Chunk, Citation, Hit
from core.textnorm import fold, folded_words

# "[3]", "[1, 2]", "[1; 4]" (one marker may cite several clauses).
MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_SENTENCE_END = re.compile(r"((?<=[.!?…])[ \t]+|\s*\n\s*)")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+([.,;:!?…)])")
_MULTI_SPACE = re.compile(r"[ \t]{2,}")

# Folded ways a model says the clauses do not answer ("Không có trong kế hoạch", "không có thông tin"...).
REFUSAL_PHRASES = (
    "khong co trong ke hoach",
    "khong co thong tin",
    "khong de cap",
    "khong duoc de cap",
    "khong neu",
    "khong duoc neu",
)

# Folded Vietnamese function words (and question words) that carry no content on their own.
STOPWORDS: frozenset[str] = frozenset(
    """
    va hoac cac nhung mot moi tung cua la co duoc bi trong ngoai cho voi de nay kia do the
    theo tai ve tu den ra vao len xuong con hay neu thi ma boi vi nen cung rat khong chua
    nao gi ai dau bao nhieu sao the nhu khi luc se da dang van con viec su nguoi
    o tren duoi sau truoc giua cung nhau lai nua chi ca tat deu phai can nham qua
    ke hoach muc dieu khoan so ngay thang nam tra loi cau hoi
    dong thoi bao gom cu the gom
    """.split()
)


def marker_numbers(marker_body: str) -> list[int]:
    """Numbers cited by one marker body: "1, 2" -> [1, 2]."""
    return [int(n) for n in re.split(r"\s*[,;]\s*", marker_body.strip()) if n]


def content_words(text: str) -> set[str]:
    """Folded syllables of a text that are not stopwords, markers or single characters."""
    return {w for w in folded_words(MARKER.sub(" ", text)) if len(w) > 1 and w not in STOPWORDS}


def content_bigrams(text: str) -> set[str]:
    """Folded syllable pairs of a text ("giao duc", "phap luat") not made of stopwords only.

    Most Vietnamese words have two syllables, and single folded syllables collide too often
    ("giáo"/"giao", "phù"/"phụ"), so support is judged on pairs of neighbouring syllables.
    """
    syllables = folded_words(MARKER.sub(" ", text))
    return {
        f"{a} {b}"
        for a, b in zip(syllables, syllables[1:])
        if not (a in STOPWORDS and b in STOPWORDS) and len(a) + len(b) > 2
    }


def _chunk_text(chunk: Chunk) -> str:
    trail = " ".join(str(h) for h in chunk.metadata.get("heading_trail", []) or [])
    return f"{chunk.text}\n{trail}"


def chunk_words(chunk: Chunk) -> set[str]:
    """Content syllables of a chunk: its text and its heading trail."""
    return content_words(_chunk_text(chunk))


def supports(sentence: str, chunk: Chunk) -> bool:
    """True when the sentence shares content words with the chunk (after folding, no stopwords).

    With ``k`` content syllable pairs in the sentence, at least ``min(2, k)`` must occur in the
    chunk; a one-syllable sentence needs its content syllable in the chunk.
    """
    pairs = content_bigrams(sentence)
    if pairs:
        return len(pairs & content_bigrams(_chunk_text(chunk))) >= min(2, len(pairs))
    words = content_words(sentence)
    return bool(words) and bool(words & chunk_words(chunk))


def is_refusal(text: str) -> bool:
    """True when the model said the plans do not contain the answer."""
    folded = fold(text)
    return any(phrase in folded for phrase in REFUSAL_PHRASES)


def split_sentences(text: str) -> list[tuple[str, str]]:
    """Sentences (and lines) of an answer as ``(sentence, separator_after)`` pairs, markers kept."""
    parts = _SENTENCE_END.split(text.strip())
    pieces = [(parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
    merged: list[tuple[str, str]] = []
    for sentence, sep in pieces:
        if not sentence.strip():
            if merged:
                merged[-1] = (merged[-1][0], merged[-1][1] + sentence + sep)
            continue
        # "… đơn vị X. [2]" : a piece made only of markers belongs to the previous sentence.
        if merged and not MARKER.sub("", sentence).strip(" .,;:"):
            merged[-1] = (f"{merged[-1][0]} {sentence.strip()}", sep)
        else:
            merged.append((sentence, sep))
    return merged


@dataclass
class CheckResult:
    """The cleaned answer text, the kept citations and what was removed (as notices)."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    out_of_range: list[int] = field(default_factory=list)
    unsupported: list[int] = field(default_factory=list)
    dropped_sentences: list[str] = field(default_factory=list)

    @property
    def supported(self) -> bool:
        return bool(self.citations)


def make_citation(n: int, hit: Hit) -> Citation:
    """Citation shown to users for the chunk of ``hit``, numbered ``n``."""
    chunk = hit.chunk
    meta = chunk.metadata
    clause_ids = list(meta.get("clause_ids") or chunk.clause_ids or [])
    return Citation(
        n=n,
        doc_id=chunk.doc_id,
        file_name=str(meta.get("file_name", "")),
        title=str(meta.get("title", "")),
        issuer=str(meta.get("issuer", "")),
        section=str(meta.get("path", chunk.path)),
        clause_id=clause_ids[0] if clause_ids else "",
        text=chunk.text,
        heading_trail=list(meta.get("heading_trail", []) or []),
    )


def _tidy(text: str) -> str:
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _MULTI_SPACE.sub(" ", text)
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def check_citations(text: str, hits: list[Hit]) -> CheckResult:
    """Verify every [n] of ``text`` against ``hits`` (numbered from 1) and renumber the kept ones.

    - a number outside 1..len(hits) is removed (notice);
    - a number whose clause shares no content words with its sentence is removed (notice);
    - a sentence whose markers were all removed is dropped: it claimed support it does not have;
    - kept numbers are renumbered 1..m in order of first appearance.
    """
    result = CheckResult(text="")
    kept: list[str] = []
    for sentence, sep in split_sentences(text):
        cited = [n for m in MARKER.finditer(sentence) for n in marker_numbers(m.group(1))]
        if not cited:
            kept += [sentence, sep]
            continue
        good: set[int] = set()
        for n in cited:
            if not 1 <= n <= len(hits):
                if n not in result.out_of_range:
                    result.out_of_range.append(n)
            elif supports(sentence, hits[n - 1].chunk):
                good.add(n)
            elif n not in result.unsupported:
                result.unsupported.append(n)
        if not good:
            result.dropped_sentences.append(MARKER.sub("", sentence).strip())
            if "\n" in sep and kept and "\n" not in kept[-1]:
                kept[-1] = sep  # keep the line break that ended the dropped sentence
            continue
        kept += [
            MARKER.sub(
                lambda m: "".join(f"[{n}]" for n in dict.fromkeys(marker_numbers(m.group(1))) if n in good),
                sentence,
            ),
            sep,
        ]

    # Renumber in order of first appearance.
    joined = "".join(kept)
    order: dict[int, int] = {}
    for m in MARKER.finditer(joined):
        for n in marker_numbers(m.group(1)):
            order.setdefault(n, len(order) + 1)
    result.text = _tidy(MARKER.sub(lambda m: "".join(f"[{order[n]}]" for n in marker_numbers(m.group(1))), joined))
    result.citations = [make_citation(new, hits[old - 1]) for old, new in order.items()]

    if result.out_of_range:
        nums = ", ".join(f"[{n}]" for n in result.out_of_range)
        result.notices.append(f"Đã bỏ trích dẫn không tồn tại {nums} (chỉ có {len(hits)} điều khoản).")
    if result.unsupported:
        nums = ", ".join(f"[{n}]" for n in result.unsupported)
        result.notices.append(f"Đã bỏ trích dẫn {nums}: điều khoản được dẫn không hỗ trợ câu trả lời.")
    if result.dropped_sentences:
        result.notices.append(f"Đã bỏ {len(result.dropped_sentences)} câu không có căn cứ trong các điều khoản.")
    return result
