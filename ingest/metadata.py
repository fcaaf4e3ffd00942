"""Document metadata from a plan's header: issuer, number/symbol, place, date, title, year or period, province."""

from __future__ import annotations

import re

from ingest.repair import Paragraph
from core.models import DocumentMeta
from core.textnorm import fold

_NUMBER_RE = re.compile(r"Số\s*:\s*(?P<num>\d*)\s*/\s*(?P<sym>[A-ZĐa-zđ0-9][A-ZĐa-zđ0-9\-]*)")
_PLACE_DATE_RE = re.compile(
    r"(?P<place>(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s\d,/\-]*\s+){0,3}[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s\d,/\-]*)\s*,\s*ngày\s*(?P<d>\d{0,2})\s*tháng\s*(?P<m>\d{0,2})\s*năm\s*(?P<y>\d{4})"
)
_PERIOD_RE = re.compile(r"(?:giai đoạn|thời kỳ)\s*(\d{4})\s*[-–—]\s*(\d{4})", re.I)
_YEAR_RE = re.compile(r"năm\s+(\d{4})")
_ISSUER_IN_INTRO_RE = re.compile(
    r"(?:,|;)\s*(?P<issuer>(?:Sở|Ủy ban|Uỷ ban|UBND|Ban Chỉ đạo|Ban|Công an|Bộ|Cục|Văn phòng)[^,;:]{2,80}?)\s+(?:ban hành|xây dựng)\s+[Kk]ế hoạch"
)
_HEADER_ISSUER_RE = re.compile(r"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ|BAN CHỈ ĐẠO|BỘ|CÔNG AN)\b.*")
_SYMBOL_ISSUERS = {
    "UBND": "Ủy ban nhân dân tỉnh",
    "STP": "Sở Tư pháp",
    "BCĐ": "Ban Chỉ đạo",
    "CAT": "Công an tỉnh",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
}


def _province_from_place(place: str) -> str:
    return re.sub(r"^(?:TP\.?|Thành phố|tỉnh|Tỉnh)\s+", "", place.strip())


def _titlecase_header(line: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" -> "Ủy ban nhân dân tỉnh Quảng Trị" (place names capitalised)."""
    words = re.sub(r"[-–]{2,}.*$", "", line).strip().lower().split()
    out: list[str] = []
    capital = True
    for w in words:
        out.append(w.capitalize() if capital else w)
        capital = w in {"tỉnh", "phố", "huyện", "xã", "phường"} or (capital and w not in {"ủy", "uỷ", "ban", "sở", "bộ"} and len(out) > 1)
    return " ".join(out)


def _province_from_issuer(issuer: str) -> str:
    m = re.search(r"(?:tỉnh|thành phố|TP\.?)\s+((?:[A-ZĐÂĂÊÔƠƯ][^\s,]*\s?){1,4})$", issuer.strip())
    return m.group(1).strip() if m else ""


def extract_metadata(preamble: list[Paragraph], file_name: str = "") -> tuple[DocumentMeta, list[Paragraph]]:
    """Metadata from the paragraphs before the first section, and the introduction paragraphs among them."""
    meta = DocumentMeta()
    header_issuer = ""
    title_parts: list[str] = []
    intro: list[Paragraph] = []
    state = "header"
    for p in preamble:
        text = p.text.strip()
        if m := _NUMBER_RE.search(text):
            meta.number = f"{m.group('num')}/{m.group('sym')}"
        if m := _PLACE_DATE_RE.search(_NUMBER_RE.sub(" ", text)):
            meta.place = m.group("place").strip()
            y, mo, d = m.group("y"), m.group("m"), m.group("d")
            meta.date = y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")
        if state == "header":
            if fold(text) == "ke hoach" or fold(text).startswith("ke hoach "):
                rest = text[len("KẾ HOẠCH"):].strip(" :-")
                if rest:
                    title_parts.append(rest)
                state = "title"
            elif _HEADER_ISSUER_RE.match(text) and not header_issuer and "CỘNG HÒA" not in text.upper():
                header_issuer = text.split("|")[0].strip()
            continue
        if state == "title":
            if not title_parts:
                title_parts.append(text)
                continue
            state = "intro"
        intro.append(p)
    if state == "header":  # no "KẾ HOẠCH" line: everything from the first non-header line is the introduction
        intro = []
        for p in preamble:
            header_like = bool(_NUMBER_RE.search(p.text) or _PLACE_DATE_RE.search(p.text) or p.text.isupper())
            if p.is_table_row or (header_like and not intro):
                continue  # an upper-case or dated line after the introduction started is kept in it
            intro.append(p)
    meta.title = " ".join(title_parts).strip()
    meta.province = _province_from_place(meta.place)
    intro_text = " ".join(p.text for p in intro)
    m = _ISSUER_IN_INTRO_RE.search(intro_text)
    issuer = m.group("issuer").strip() if m else ""
    if not issuer and header_issuer:
        issuer = _titlecase_header(header_issuer)
    if not issuer and meta.number:
        sym = meta.number.split("/", 1)[1].split("-")[-1]
        issuer = _SYMBOL_ISSUERS.get(sym, "")
    if issuer and meta.province and fold(meta.province) not in fold(issuer):
        issuer = f"{issuer} {meta.province}" if not issuer.endswith(("tỉnh", "thành phố")) else f"{issuer} {meta.province}"
    issuer = re.sub(r"\bUBND\b", "Ủy ban nhân dân", issuer)
    meta.issuer = issuer
    if not meta.province:
        meta.province = _province_from_issuer(issuer)
    period = _PERIOD_RE.search(meta.title)
    if period:
        meta.year = f"{period.group(1)}-{period.group(2)}"
    elif (y := _YEAR_RE.search(meta.title)):
        meta.year = y.group(1)
    else:
        meta.year = meta.date[:4]
    return meta, intro
