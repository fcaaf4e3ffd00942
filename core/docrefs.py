"""References to documents by number, as staff write them in questions and as documents write their own number:
"QĐ 2904", "Quyết định số 2904/QĐ-UBND", "quyet dinh 2904", "TB 627", "Nghị định 171/2025", "nd 171", "TT 58/2025",
"Chỉ thị 010", "KL 155", "27/2025/QĐ-UBND". Kinds and their codes come from core/lexicon/structure.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.lexicon import structure
from core.textnorm import fold


@dataclass(frozen=True)
class DocRef:
    number: str  # "2904" (leading zeros dropped)
    year: str = ""  # "2025" when written ("171/2025")
    kind: str = ""  # "Quyết định" when written


@cache
def kind_names() -> tuple[str, ...]:
    """The kinds of document (structure.toml [[kind]]), folded, in the lexicon's order: "quyet dinh", "thong tu", ..."""
    return tuple(fold(k.name) for k in structure().kinds)


@cache
def _kind_words() -> tuple[tuple[str, str], ...]:
    """(folded word or code, kind name), longest first: "quyet dinh" and "qd" -> "Quyết định"."""
    out: list[tuple[str, str]] = []
    for k in structure().kinds:
        out.append((fold(k.name), k.name))
        out.append((fold(k.code), k.name))
    return tuple(sorted(set(out), key=lambda t: -len(t[0])))


@cache
def kind_words() -> tuple[str, ...]:
    """The kinds' names and codes as a question writes them, folded, longest first: "quyet dinh", "qd", "cong van", "cv"."""
    return tuple(dict.fromkeys(w for w, _ in _kind_words()))


# a number counting days, weeks, hours or people is no document's: "KH cao điểm 180 ngày ... phường Phong Châu" is the
# 180-day plan (KH 155/KH-UBND, blind set b71-04), while "Quyết định 2904 ngày 12/11/2025" names one by its date (units
# that fold like a place's first word, "ha" of "Hà Tĩnh", "nam" of "Nam Định", "tan" of "Tân Phú", are left out)
_NOT_A_QUANTITY = r"(?!\s*(?:(?:ngay|tuan)\b(?!\s*\d)|(?:gio|phut|km|ty|nguoi)\b))"


@cache
def _ref_re() -> re.Pattern:
    words = "|".join(re.escape(w) for w, _ in _kind_words())
    codes = "|".join(re.escape(c) for c in structure().issuer_codes)
    return re.compile(
        rf"\b(?P<kind>{words})\s*(?:so\s*)?[:.]?\s*(?P<num>\d{{1,5}}(?:\.\d{{1,2}})?)(?:\s*/\s*(?P<year>(?:19|20)\d\d))?(?:\s*[/-]\s*(?P<sym>[a-z][a-z&\-/]*(?:\d\d(?![\d/]))?))?\b"
        rf"{_NOT_A_QUANTITY}"
        rf"|(?<![\d.])(?P<num2>\d{{1,5}}(?:\.\d{{1,2}})?)(?:\s*/\s*(?P<year2>(?:19|20)\d\d))?\s*/\s*(?P<sym2>(?:{words})(?:-[a-z&]+)*)\b"
        # a kind, its title, then its number and year: "Luật Hàng không dân dụng 130/2025" (blind set b115-24); not a
        # month's "tháng 6/2025", nor a number with its symbol, which the forms above read ("31/2024/QH15")
        rf"|\b(?P<kind5>{words})\s+(?:(?!(?:{words})\s)[a-z]+\s+){{1,8}}?(?<!thang )(?<!ngay )(?<!quy )(?<!nam )"
        rf"(?<!giai doan )(?<!nien do )(?P<num5>(?!(?:19|20)\d\d\b)\d{{1,5}})\s*/\s*(?P<year5>(?:19|20)\d\d)\b(?!\s*/)"
        rf"|\b(?P<kind3>{words})\s+(?:[a-z]+\s+){{1,2}}(?<!nam )(?<!giai doan )(?P<num3>(?!(?:19|20)\d\d\b)\d{{3,5}})\b(?!\s*%)"
        rf"{_NOT_A_QUANTITY}"
        # ... with its symbol: "Công văn tuyên truyền 10988/BNV-CQĐP" (blind set b23-10)
        rf"(?:\s*/\s*[a-z][a-z&\-/]*\b)?"
        # an issuer's code before the number: "VPCP 11654" (structure.toml [issuer_code]); or "văn bản" of any kind:
        # "theo chỉ đạo trong văn bản 11583 của VPCP" (blind set b23-03)
        rf"|\b(?:{codes}|van ban(?:\s+so)?)\s+(?P<num4>(?!(?:19|20)\d\d\b)\d{{3,5}})\b(?!\s*[/%]|[.,]\d)"
    )


def kind_of_word(word: str) -> str:
    """The kind of document a folded word or code names ("nq" -> "Nghị quyết", "qd-ubnd" -> "Quyết định"); "" for
    none."""
    w = word.split("-")[0] if word else ""
    return next((name for k, name in _kind_words() if k == w), "")


def refs_in(text: str) -> list[DocRef]:
    """Document numbers a text names (each once, in order)."""
    return [ref for ref, _ in refs_with_text(text)]


def refs_with_text(text: str) -> list[tuple[DocRef, str]]:
    """Document numbers a text names, each with the folded words that named it ("qd 2904")."""
    out: list[tuple[DocRef, str]] = []
    for m in _ref_re().finditer(fold(text)):
        if m.group("num"):
            ref = DocRef(m.group("num").lstrip("0") or "0", m.group("year") or "", kind_of_word(m.group("kind")))
        elif m.group("num5"):
            ref = DocRef(m.group("num5").lstrip("0") or "0", m.group("year5"), kind_of_word(m.group("kind5")))
        elif m.group("num3"):
            ref = DocRef(m.group("num3").lstrip("0"), "", kind_of_word(m.group("kind3")))
        elif m.group("num4"):
            ref = DocRef(m.group("num4").lstrip("0"))
        else:
            ref = DocRef(m.group("num2").lstrip("0") or "0", m.group("year2") or "",
                         kind_of_word(m.group("sym2") or ""))
        if all(ref != r for r, _ in out):
            out.append((ref, m.group(0)))
    return out


def described_refs(text: str) -> list[tuple[DocRef, str]]:
    """Document numbers a text names, each with the folded words in brackets that describe it right after the number
    (a few words may sit between: "qd 2817 HCM (TTHC đổi mới sáng tạo) và qd 2597 TTg (đề án CĐS hạ tầng xây dựng)")."""
    folded = fold(text)
    out: list[tuple[DocRef, str]] = []
    for m in _ref_re().finditer(folded):
        ref = next((r for r, w in refs_with_text(m.group(0)) if w == m.group(0)), None)
        said = re.match(r"(?:\s+[a-z0-9.&-]+){0,3}?\s*\(([^()]{3,160})\)", folded[m.end():])
        if ref is not None and said:
            out.append((ref, said.group(1)))
    return out


def own_ref(number: str, kind: str = "") -> DocRef | None:
    """The reference a document's own number makes ("27/2025/QĐ-UBND" -> 27, 2025, Quyết định)."""
    m = re.match(r"\s*(\d{1,5}(?:\.\d{1,2})?)(?:\s*/\s*((?:19|20)\d\d))?\s*[/-]\s*([A-Za-zĐđ&\-/]+)?", number or "")
    if not m:
        return None
    written_kind = kind_of_word(fold(m.group(3) or "").split("/")[0])
    return DocRef(m.group(1).lstrip("0") or "0", m.group(2) or "", kind or written_kind)


def ref_matches(ref: DocRef, doc_number: str, doc_kind: str = "") -> bool:
    """Does a reference from a question name the document with this number and kind?"""
    own = own_ref(doc_number, doc_kind)
    if own is None or own.number != ref.number:
        return False
    if ref.year and own.year and ref.year != own.year:
        return False
    return not (ref.kind and own.kind and fold(ref.kind) != fold(own.kind))


def file_ref(file_name: str) -> DocRef | None:
    """The number a file's name gives a document ("lao-cai_1696-qd-ubnd_uy-quyen.pdf" -> 1696, Quyết định; or its kind
    first: "tt-72-2025.html" -> 72/2025, Thông tư), for signed copies whose own "Số: .../QĐ-UBND" field was left blank
    and portal pages that lost their header (Thông tư 72/2025/TT-BNNMT on vbpl.vn; blind set b111-28)."""
    folded = fold(file_name)
    m = re.search(r"(?:^|[_\-\s])(\d{2,5})[_\-\s](?:(\d{4})[_\-\s])?([a-z]{2,3})(?![a-z0-9])", folded)
    if m:
        number, year, kind = m.group(1), m.group(2) or "", kind_of_word(m.group(3))
    elif m := re.search(r"(?:^|[_\-\s])([a-z]{2,4})[_\-\s](\d{1,5})[_\-\s]((?:19|20)\d\d)(?![0-9])", folded):
        number, year, kind = m.group(2), m.group(3), kind_of_word(m.group(1))
    else:
        return None
    return DocRef(number.lstrip("0") or "0", year, kind) if kind else None
