"""Clean OCR page text for the parser: running headers/footers and page numbers out, safe confusions fixed, NFC.

Only what is safe is changed: a confusion is fixed where the context leaves one reading (a letter inside a
number, an Icelandic "Ð" in Vietnamese text). Hard wraps are left to the repair stage.
"""

from __future__ import annotations

import re
from rapidfuzz import fuzz

from core.textnorm import fold, nfc, roman_numeral, roman_value

SAME_LINE = 90  # rapidfuzz ratio (0-100) above which two edge lines are the same running header/footer
EDGE_LINES = 2  # lines at the top and at the bottom of a page where running headers/footers and numbers sit

# A page number alone on its line: "2", "- 2 -", "Trang 2", "2/10", "Trang 2/10" (or "T12": a speck before it).
_PAGE_NUMBER = re.compile(r"^[\s\-–—.·]*(?:trang\s*|[A-Za-z](?=\d))?\d{1,3}(?:\s*/\s*\d{1,3})?[\s\-–—.·]*$", re.I)
# Letters that OCR reads in place of digits inside a number: l/I/| → 1, O/o/Ø → 0.
_DIGIT_LIKE = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0", "o": "0", "Ø": "0"})
# A token made of digits and digit-like letters, standing alone or before "/", "-", "." (numbers and symbols
# such as "số 12/KH-UBND", "ngày 0l/02/2026", "Điều 2l").
_NUMBER_TOKEN = re.compile(r"(?<![^\W\d_])([0-9lIOoØ|]*[0-9][0-9lIOoØ|]*)(?![^\W\d_])")
_DAY_MONTH_BANG = re.compile(r"(?<![\w/])([0-3])!(?=[\s/])")  # "tháng 0! năm": a "1" read as "!"
# A line that starts an item or a field ("- ", "+ ", "1.", "a)", "Đơn vị chủ trì:"), or a table row ("| STT | ..."):
# never a running header/footer, however often it recurs ("+ Thời gian thực hiện: Thường xuyên.", a table's header
# row on every page).
_ITEM_START = re.compile(r"^\s*(?:[-–+•*|]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,4}\.|[^:]{1,40}:)")
_LEADING_DOT = re.compile(r"^[.,'‘’`]+(?=\d{1,2}(?:\.\d{1,2})*\.\s)")  # ".1. Căn cứ": a speck before a label
_LIST_MARK_JUNK = re.compile(r"^([-–+•])[.,'‘’`]*\s*(?=[^\W\d_])")  # "-'Tổ chức", "-Tổ chức" → "- Tổ chức"
# Bold item numbers whose dots OCR reads as ":", ";" or ",": "2:6. Đẩy mạnh" → "2.6.", "3: Làm tốt" → "3.",
# "3.1, Thường xuyên" → "3.1." (only at the start of a line, before a word; a lone number needs a capital).
_LABEL_PUNCT = (
    (re.compile(r"^(\d{1,2})[:;](\d{1,2})[.,:;]?\s+(?=[^\W\d_])"), r"\1.\2. "),
    (re.compile(r"^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)[,:;]\s+(?=[^\W\d_])"), r"\1. "),
    (re.compile(r"^(\d{1,2})[:;]\s+(?=[A-ZĐ\u00C0-\u00DD\u0102\u01A0\u01AF\u1EA0-\u1EF8])"), r"\1. "),
)
_ETH = str.maketrans({"Ð": "Đ", "ð": "đ"})  # U+00D0/U+00F0 (Icelandic) read for U+0110/U+0111
# "sỐ", "SỐ 12" in running text: OCR's upper-case vowel with marks inside a lower-case word.
_MIXED_CASE = re.compile(r"\b([^\W\d_])([^\W\d_]{1,3})\b")


def _fix_number(match: re.Match) -> str:
    token = match.group(1)
    if sum(ch.isdigit() for ch in token) < max(1, len(token) // 2):
        return token  # mostly letters: a word, not a number
    return token.translate(_DIGIT_LIKE)


def _fix_mixed_case(match: re.Match) -> str:
    head, tail = match.group(1), match.group(2)
    if not (head.islower() and tail.isupper()) or tail.isascii():
        return match.group(0)  # "eKYC", "mRNA": kept
    return head + tail.lower()


def fix_confusions(line: str) -> str:
    """A line with the safe OCR confusions fixed: "Ð"→"Đ", "l"/"O" inside numbers, "sỐ"→"số"."""
    line = nfc(line).translate(_ETH)
    line = _LIST_MARK_JUNK.sub(r"\1 ", _LEADING_DOT.sub("", line))
    for pattern, repl in _LABEL_PUNCT:
        line = pattern.sub(repl, line)
    line = _NUMBER_TOKEN.sub(_fix_number, _DAY_MONTH_BANG.sub(r"\g<1>1", line))
    return _MIXED_CASE.sub(_fix_mixed_case, line)


def _edge_key(line: str) -> str:
    """A running header/footer compared without case, marks and digits (page numbers inside it differ)."""
    return re.sub(r"\d+", "#", fold(line)).strip(" .-–—")


_EDGES = ("top", "bottom")


def _edge(lines: list[str], at: str) -> list[int]:
    """Indexes of the first (``at`` "top") or last ("bottom") EDGE_LINES non-empty lines of a page, not counting bare
    page numbers (the Official Gazette's text layer may print a page's number twice before its running header: "73 /
    73 / CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024 73")."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    out, counted = [], 0
    for i in filled if at == "top" else filled[::-1]:
        if counted == EDGE_LINES:
            break
        out.append(i)
        counted += not _PAGE_NUMBER.match(lines[i])
    return out


def remove_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and running headers/footers: an edge line that recurs (give or take OCR errors) at the same
    edge of at least half of the pages. A header is a top line and a footer a bottom one: the issuer's name that opens
    the first page and signs two appendices at their foot is neither ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", KH 362/KH-SGDĐT Đồng
    Tháp of 2026, blind set b72)."""
    need = max(2, (len(pages) + 1) // 2)
    edges = [{at: _edge(lines, at) for at in _EDGES} for lines in pages]
    repeated: dict[str, set[str]] = {}
    for at in _EDGES:
        edge_keys = [{_edge_key(lines[i]) for i in edge[at] if not _ITEM_START.match(lines[i])} - {""}
                     for lines, edge in zip(pages, edges)]
        candidates = {k for keys in edge_keys for k in keys if len(k) >= 8}
        repeated[at] = {k for k in candidates
                        if sum(1 for keys in edge_keys if any(fuzz.ratio(k, other) >= SAME_LINE for other in keys)) >= need}
    out: list[list[str]] = []
    for lines, edge in zip(pages, edges):
        drop = {i for at in _EDGES for i in edge[at] if _PAGE_NUMBER.match(lines[i]) or (
                not _ITEM_START.match(lines[i]) and any(fuzz.ratio(_edge_key(lines[i]), k) >= SAME_LINE
                                                        for k in repeated[at]))}
        out.append([line for i, line in enumerate(lines) if i not in drop])
    return out


# An upper-case section heading with a Roman number as OCR may read it: "II. YÊU CẦU", "11. YÊU CẦU",
# "IL MỤC ĐÍCH" (bold "I." read as "IL", its dot lost).
_ROMAN_HEADING = re.compile(r"^(?P<label>[IVXLl1|]{1,5})(?P<dot>\s*[.,]\s*|\s+)(?P<rest>\S.*)$")
# Strokes OCR reads for an "I" in a heading number: plans never reach section L (50).
_ROMAN_LIKE = str.maketrans({"1": "I", "l": "I", "|": "I", "L": "I"})


def _heading(line: str) -> tuple[re.Match, str, int | None] | None:
    """(match, label as Roman, its value) for an upper-case heading line with a Roman-looking number."""
    m = _ROMAN_HEADING.match(line)
    if not m:
        return None
    rest, raw = m.group("rest"), m.group("label")
    if not any(ch.isalpha() for ch in rest) or rest != rest.upper() or raw == "1":
        return None  # a lone "1." stays Arabic: plans also number upper-case headings 1., 2., 3.
    if not m.group("dot").strip() and (len(rest.split()) < 2 or roman_value(raw) is not None):
        return None  # no dot: only a misread number ("IL") before a heading of two words or more
    label = raw.translate(_ROMAN_LIKE)
    return m, label, roman_value(label)


def renumber_roman_headings(lines: list[str]) -> list[str]:
    """Top-level upper-case headings ("I. MỤC ĐÍCH", "II. YÊU CẦU", ...) whose Roman number OCR misread by one
    stroke ("11." or "IL" for "I."/"II.", "II." for "III.") get the number that follows the previous heading,
    unless the next heading follows the number as read. Only numbers made of strokes (I, II, III) are changed."""
    found = [(i, h) for i, h in ((i, _heading(line)) for i, line in enumerate(lines)) if h]
    out = list(lines)
    previous = 0
    for k, (i, (m, label, value)) in enumerate(found):
        expected = roman_numeral(previous + 1)
        following = found[k + 1][1][2] if k + 1 < len(found) else None
        if value == previous + 1:
            fixed = expected
        elif (set(label) == {"I"} and set(expected) == {"I"} and abs(len(label) - len(expected)) == 1
              and not (value is not None and following == value + 1)):
            fixed = expected
        else:
            previous = value if value is not None else previous
            continue
        if fixed != m.group("label") or not m.group("dot").strip():
            out[i] = f"{fixed}. {m.group('rest')}"
        previous += 1
    return out


def clean_pages(pages: list[list[str]]) -> list[str]:
    """The text of each OCR page, ready for the repair stage: furniture removed, confusions fixed, Roman
    heading numbers put in sequence, NFC."""
    pages = remove_page_furniture(pages)
    sizes = [len(lines) for lines in pages]
    flat = renumber_roman_headings([fix_confusions(line) for lines in pages for line in lines])
    texts = []
    at = 0
    for size in sizes:
        text = "\n".join(flat[at:at + size])
        at += size
        texts.append(re.sub(r"\n{3,}", "\n\n", text).strip())
    return texts
