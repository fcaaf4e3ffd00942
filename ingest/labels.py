"""The numbering of administrative documents: which label starts a paragraph, its rank and its path component.

Ranks, highest first: Phần (0) > Chương (1) > Mục (2) > Điều (3) > "A." (3.5) > "I." (4) > "0401." (4.5) > "1." (5) > "1.1." (6) > "1.1.1." (7)
> "a)" (8) > "a1)" (8.25) > "1)" (8.5) > unlabelled paragraph (8.75) > "-" (9) > "+" (10). Division words and their
ranks come from core/lexicon/structure.toml. The numbering decides the tree; Markdown heading levels do not (a sample plan
puts "## 2." under "### III.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.lexicon import structure

RANK_ROMAN, RANK_NUM, RANK_LETTER, RANK_PAREN, RANK_PARA, RANK_DASH, RANK_PLUS = 4, 5, 8, 8.5, 8.75, 9, 10
RANK_SUBLETTER = 8.25  # "b1)", "b2)" under "b)" (Thông tư 35/2025/TT-BKHCN, Quy chế Điều 3.1.b)
# "A. DANH MỤC THỦ TỤC HÀNH CHÍNH" / "B. NỘI DUNG CỤ THỂ ..." / "I. Nhóm thủ tục ...": a capital letter heading in
# capitals ranks above the Roman numerals under it (QĐ 4422/QĐ-BVHTTDL of 2025, eval/external b19 "B.I.3"; also
# "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH" / "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ" of the provinces' procedure catalogues)
RANK_CAPITAL = 3.5
# "0401. Số lượng giấy phép nhận chìm ở biển được cấp" / "1. Khái niệm, phương pháp tính" / ... / "5. Cơ quan chịu trách
# nhiệm thu thập, tổng hợp: Bộ Tài nguyên và Môi trường.": an indicator of a statistical indicator system, by its
# four-digit code, heads the numbered items that define it (the national and ministries' indicator systems all write
# them so; TT 01/2025/TT-BKHĐT Phụ lục II, blind set b39). A year ("2025. ...", 19xx/20xx) is no code.
RANK_CODE = 4.5
_CODE = re.compile(r"^(?P<code>(?:0\d|1\d)\d\d)\.\s+(?=[A-ZĐÀ-Ỹ])")
_CAPITAL = re.compile(r"^(?P<c>[A-HK])\.(?:\s+|\s*$)")

_ROMAN = r"[IVXL]{1,6}"
_PLAIN = re.compile(
    r"^(?:"
    rf"(?P<roman>{_ROMAN})\s*[.:](?:\s+(?=\S)|\s*$)|(?P<roman2>{_ROMAN})\s*[-–]\s+(?=[A-ZĐÀ-Ỹ])"
    # a consolidated text marks an amended item with its footnote right after the number: "2.[18] Chủ trì, ..."
    # ("a)[24]" and "1.[9]" alone on their line: VBHN 94/VBHN-BQP Điều 12.4.a, Điều 8.1)
    # (an indicator's code may end in a letter: "1.3.1.a. Tỷ lệ người lao động tham gia bảo hiểm xã hội", TT 02/2025/TT-BKHĐT)
    r"|(?P<num>\d{1,2}(?:\.\d{1,2}){1,3}(?:\.[a-zđ](?=\.))?\.?|\d{1,2}\.)(?:\s+(?=[^\W\d_]|[\"“(*])|\s*$|(?=\[\d{1,3}\](?:\s|$)))"
    r"|(?P<subletter>[a-zđ]\d{1,2})\)\s+(?=\S)"
    # ("a)" alone on its line before its text: QĐ Đồng Tháp on official e-mail, Điều 8.2; eval/external b8-39)
    r"|(?P<letter>[a-zđ])\)(?:\s+|\s*$|(?=\[\d{1,3}\](?:\s|$)))|(?P<letter2>[a-zđ])\.\s+(?=[A-ZĐÀ-Ỹ])"
    r"|(?P<paren>\(?\d{1,2}\)\.?)\s+(?=[^\W\d_])"  # "1)", "(1)", "(1)." (Báo cáo UBND Lào Cai, Chỉ thị 38, 4)
    r"|(?P<dash>[-–•])(?:\s+(?=\S)|(?=[^\W\d_]))"
    r"|(?P<plus>\+)(?:\s+(?=\S)|(?=[^\W\d_]))"
    r")"
)


@dataclass(frozen=True)
class Label:
    kind: str  # part | chapter | section | article | capital | roman | code | num | letter | paren | dash | plus
    text: str  # as written: "Điều 5.", "III.", "1.2.", "a)", "-"
    rank: float
    component: str  # path component: "Điều 5", "Chương II", "III", "2", "a"; "" = numbered in sequence
    end: int  # where the paragraph's own words start


@cache
def _division_re() -> re.Pattern:
    lex = structure()
    words = sorted({w for d in lex.divisions for w in d.words}, key=len, reverse=True)
    word_alt = "|".join(re.escape(w) for w in words)
    ordinal = "|".join(re.escape(o) for o in lex.ordinals)
    return re.compile(
        rf"^(?P<word>{word_alt})\s+(?P<n>{_ROMAN}\b|\d{{1,3}}[a-z]?\b|(?:{ordinal})\b)\s*(?P<punct>[.:]?)\s*",
        re.I,
    )


@cache
def _division_kinds() -> dict[str, tuple[str, int]]:
    return {w: (d.kind, d.rank) for d in structure().divisions for w in d.words}


def _division(text: str) -> Label | None:
    m = _division_re().match(text)
    if not m or not m.group("word")[0].isupper():
        return None
    word = m.group("word").lower()
    kind, rank = _division_kinds()[word]
    rest = text[m.end():]
    n = m.group("n")
    if kind == "article" and not m.group("punct") and not (rest[:1].isupper() or not rest.strip()):
        return None  # "Điều 6 Nghị định ..." wrapped inside a sentence: not an article heading
    if not m.group("punct") and rest.lstrip()[:1].islower():
        # "Phần V của Phụ lục I kèm theo Nghị định số 151/2025/NĐ-CP" (plans-real/web/nghe-an_95-2025-qd-ubnd.md,
        # wrapped inside a sentence of Điều 13.3): a reference, not a division heading
        return None
    if kind == "section" and not (n[0].isdigit() or n.isupper()):
        return None  # "Mục tiêu" is a word, not a division
    name = {"part": "Phần", "chapter": "Chương", "section": "Mục", "article": "Điều"}[kind]
    number = n.upper() if not n[0].isdigit() else n
    return Label(kind, text[:m.end()].strip(), rank, f"{name} {number}", m.end())


@cache
def _point_re() -> re.Pattern:
    first, ordinal = structure().point_words
    return re.compile(rf"^(?:(?P<first>{'|'.join(map(re.escape, first))})\s+là|Thứ\s+(?P<ordinal>"
                      rf"{'|'.join(map(re.escape, ordinal))}))\s*[,:]\s+(?=\S)")


def _point(text: str) -> Label | None:
    """"Hai là, giao Sở Công Thương chủ trì ...", "Thứ nhất, vùng lõi nghèo ...": a point counted in words
    (structure.toml [ordinal_point]), ranked with "1)" and numbered in sequence with the paragraphs beside it (its
    own count would give "Thứ nhất" the path of the paragraph before it: "I.1 Ủy ban nhân dân tỉnh ghi nhận ..." /
    "I.2 Tuy nhiên, ..." / "Thứ nhất, tỷ lệ lấp đầy ...", a conclusion notice of UBND tỉnh Lào Cai, 2026)."""
    m = _point_re().match(text)
    if m is None:
        return None
    return Label("point", m.group(0).strip(), RANK_PAREN, "", m.end())


def label_of(text: str) -> Label | None:
    """The label a paragraph starts with, or None for an unlabelled paragraph."""
    div = _division(text)
    if div is not None:
        return div
    if (point := _point(text)) is not None:
        return point
    if code := _CODE.match(text):
        return Label("code", code.group(0).strip(), RANK_CODE, code.group("code"), code.end())
    m = _PLAIN.match(text)
    if not m:
        return _capital(text)
    written = m.group(0).strip()
    if m.group("roman") or m.group("roman2"):
        roman = m.group("roman") or m.group("roman2")
        return Label("roman", written, RANK_ROMAN, roman, m.end())
    if m.group("num"):
        parts = m.group("num").rstrip(".").split(".")
        return Label("num", written, RANK_NUM + min(len(parts), 3) - 1, parts[-1], m.end())
    if m.group("subletter"):
        return Label("letter", written, RANK_SUBLETTER, m.group("subletter"), m.end())
    if m.group("letter") or m.group("letter2"):
        return Label("letter", written, RANK_LETTER, m.group("letter") or m.group("letter2"), m.end())
    if m.group("paren"):
        return Label("paren", written, RANK_PAREN, m.group("paren").strip("()."), m.end())
    if m.group("dash"):
        return Label("dash", m.group("dash"), RANK_DASH, "", m.end())
    return Label("plus", "+", RANK_PLUS, "", m.end())


def _capital(text: str) -> Label | None:
    """"A. DANH MỤC ..." (the words after it in capitals, or none on its line): a part lettered A, B, C ..."""
    m = _CAPITAL.match(text)
    if m is None:
        return None
    first = text[m.end():].split(maxsplit=1)[0].strip("*_,:;") if text[m.end():].strip() else ""
    if first and not (len(first) >= 2 and first.isupper()):
        return None  # "B. Độ tuổi ...", an initial: no heading
    return Label("capital", m.group(0).strip(), RANK_CAPITAL, m.group("c"), m.end())


def starts_block(text: str) -> bool:
    """Does this line begin a new paragraph (a numbered item, a list item, a division heading)?"""
    return label_of(text) is not None
