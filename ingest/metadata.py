"""Document metadata and where the body starts: issuer, number/symbol, place and date, kind, title, signer,
year or period, province (or commune) — read from the header every administrative document has (Nghị định
30/2020/NĐ-CP: issuer | national motto, "Số: ..." | "<place>, ngày ... tháng ... năm ...", the kind line, the
subject lines, "Căn cứ ..." / introduction) and from its signature block.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace

from core.lexicon import structure, units
from core.models import DocumentMeta
from core.places import canonical_province, is_national_issuer, place_kind, province_at_start, provinces_in
from core.textnorm import fold
from ingest.labels import RANK_NUM, label_of
from ingest.quotes import quote_length
from ingest.readers.portal import SUMMARY_FIELD
from ingest.repair import ATTESTS, Paragraph, is_closing
from ingest.tables import cells_of

# "Số: 123/KH-UBND", also after the kind in a law's or resolution's header cell: "Nghị quyết số: 101/2025/UBTVQH15",
# "Luật số: 83/2025/QH15" (LaHieu11/baucu-luongminh, blind set b45)
# (spaces around a stamped number's slash: "Số: 16 /2026/QĐ-UBND"; a symbol is never the start of a word: the
# Official Gazette's running header "CÔNG BÁO/Số 287/Ngày 27-05-2026" numbers no text)
_NUMBER_RE = re.compile(r"(?:\bSố\s*:?|(?<=[^\W\d_] )số\s*:)\s*(?P<num>(?:\d+(?:\.\d{1,2})?)?(?:\s*/\s*\d{4})?)\s*[/-]?\s*"
                        r"(?P<sym>(?:[A-ZĐ]{1,8}[\-/&.]?)+[A-ZĐa-zđ0-9\-/&.()]*)(?![^\W\d_])")
# a copy's page title, the text's kind and number alone on the first line: "Thông tư 08/2024/TT-BTNMT", "Nghị định
# 104/2024/NĐ-CP" (thuvienphapluat.vn pages saved as text; blind sets b118-b120)
_PAGE_TITLE = re.compile(r"^[A-ZĐ][a-zà-ỹđ]+(?: [a-zà-ỹđ]+){0,3} (?:số )?\d+[a-zđ]?/\d{4}/[A-ZĐ][\w&.-]*$")
_PLACE_DATE_RE = re.compile(
    r"(?<![/\-\w])(?P<place>(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÚÙỦŨỤÓÒỎÕỌÉÈẺẼẸ][^\s\d,/\-|*]*\s+){0,4}[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÚÙỦŨỤÓÒỎÕỌÉÈẺẼẸ][^\s\d,/\-|*]*)"
    r"\s*,\s*ngày\s*(?P<d>\d{0,2})\s*(?:tháng|/)\s*(?P<m>\d{0,2})\s*(?:năm|/)\s*(?P<y>\d{4})"
)
# a telegram's sender line: "THỦ TƯỚNG CHÍNH PHỦ điện:" (Công điện of the Prime Minister)
_TELEGRAM_SENDER_RE = re.compile(r"^(?P<who>[^\W\d_][^:\d]{3,60}?)\s+điện\s*:?\s*$")
# "Ủy ban nhân dân Thành phố ..." / "Hội đồng nhân dân tỉnh ...": a council followed by its province's name
_COUNCIL_RE = re.compile(r"\b(Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s+(tỉnh|thành phố)\s+", re.I)
_PERIOD_RE = re.compile(r"(?:giai đoạn|thời kỳ|nhiệm kỳ)\s*(\d{4})\s*[-–—]\s*(\d{4})", re.I)
_YEAR_RE = re.compile(r"\bnăm\s+(\d{4})", re.I)
_ISSUER_IN_INTRO_RE = re.compile(
    r"(?:,|;)\s*(?P<issuer>(?:Sở|Ủy ban|Uỷ ban|UBND|Ban Chỉ đạo|Ban|Công an|Bộ|Cục|Văn phòng)[^,;:]{2,80}?)\s+(?:ban hành|xây dựng)\s+[Kk]ế hoạch"
)
# the enacting line of a text without a header: "Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư ..."
_ENACTING_RE = re.compile(
    r"(?:^|[.;]\s+)(?:(?P<holder>Bộ trưởng|Chủ tịch|Thủ tướng|Giám đốc|Trưởng ban|Cục trưởng|Tổng Cục trưởng)\s+)?"
    r"(?P<issuer>(?:Bộ|Ủy ban|Uỷ ban|Sở|Cục|Tổng cục|Ban|Chính phủ)[^,;:.]{0,80}?)(?<!\sđã)(?<!\svừa)\s+ban hành\s+"
    r"(?:Thông tư|Quyết định|Chỉ thị|Kế hoạch|Nghị định|Nghị quyết|Hướng dẫn)\b"
)
_AUTHORITY_RE = re.compile(r"^(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ|"
                           r"BAN THƯỜNG VỤ|BAN CHỈ ĐẠO|GIÁM ĐỐC|TRƯỞNG BAN|BỘ CHÍNH TRỊ|VĂN PHÒNG)\b")
# an enacting body named alone on its line, the issuer of a text copied without its header ("**QUỐC HỘI**" before
# "Căn cứ Hiến pháp ...": the National Assembly's pilot for urban railways, eval/external/docs/b16)
_ENACTING_BODY_RE = re.compile(r"^(?:QUỐC HỘI|(?:ỦY|UỶ) BAN THƯỜNG VỤ QUỐC HỘI|CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ)$")
_SIGN_TITLE_RE = re.compile(r"^(?:TM\.|KT\.|TL\.|TUQ\.|Q\.|K/T)?\s*(?:[A-ZĐÀ-Ỹ ,.]+)$")
_NAME_RE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")


@dataclass
class Layout:
    """Where a document's parts start among its paragraphs."""

    meta: DocumentMeta
    intro_start: int  # first paragraph after the header and title
    body_start: int  # first paragraph of the numbered body
    paragraphs: list[Paragraph]  # the paragraphs the indexes count (a date and kind line run into one split apart)


def _plain(text: str) -> str:
    return re.sub(r"\*+|_{2,}", "", text).strip(" |")


def _header_cells(paragraphs: list[Paragraph], limit: int) -> tuple[list[str], list[str]]:
    """The header's pieces, table cells split out and other lines as they are: row by row, and with each header table
    read down its columns, the left one first, as its blocks are written: "UBND TỈNH LÀO CAI | | CỘNG HOÀ ..." over
    "SỞ CÔNG THƯƠNG | | Độc lập ..." (a Word header table, Kế hoạch ... của Sở Công Thương Lào Cai, 7/2026) is the
    issuer under its parent beside the motto, not the issuer beside the motto."""
    blocks: list[list[list[str]] | str] = []  # runs of table rows (their cells), and other lines
    for p in paragraphs[:limit]:
        if not p.is_table_row:
            blocks.append(_plain(p.text))
            continue
        if not blocks or isinstance(blocks[-1], str):
            blocks.append([])
        blocks[-1].append([c for c in cells_of(p.text) if not re.fullmatch(r":?-{2,}:?", c)])
    by_row: list[str] = []
    by_column: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            by_row.append(block)
            by_column.append(block)
            continue
        by_row.extend(c for row in block for c in row if c)
        by_column.extend(row[col] for col in range(max(map(len, block))) for row in block if col < len(row) and row[col])
    return by_row, by_column


_VOWEL = re.compile(r"[aeiouy]")
_LEVELS = {"tỉnh": "", "huyện": "", "quận": "", "xã": "", "phường": "", "thành": "phố", "thị": "xã trấn"}


def _level_at(words: list[str], i: int) -> bool:
    """Does a level of government ("tỉnh", "xã", "thành phố", "thị trấn") open at word ``i`` (written in lower case
    inside a name: "Ủy ban MTTQ Việt Nam xã Lương Minh")?"""
    w = words[i].lower()
    if w not in _LEVELS:
        return False
    after = _LEVELS[w].split()
    return not after or (i + 1 < len(words) and words[i + 1].lower() in after)


def _in_level(words: list[str], i: int) -> bool:
    """Is word ``i`` a level of government or the second word of one ("phố" of "thành phố")?"""
    return _level_at(words, i) or (i >= 1 and _level_at(words, i - 1) and bool(_LEVELS[words[i - 1].lower()]))


_KEEP_UPPER = {"mttq", "ubnd", "hdnd", "ubmttq", "mttqvn", "bch", "bcd", "vn", "tw", "chqs", "bchqs"}


def _titlecase_header(line: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" -> "Ủy ban nhân dân tỉnh Quảng Trị" (place names capitalised)."""
    written = re.sub(r"[-–_]{2,}.*$", "", line).strip().split()
    out: list[str] = []
    capital = True
    for raw in written:
        w = raw.lower()
        if fold(w) in _KEEP_UPPER or (raw.isupper() and not _VOWEL.search(fold(w))):
            # "MTTQ", "UBND", and any word with no vowel ("THPT", "GDĐT"): abbreviations stay as written; a name
            # follows one ("TRƯỜNG THPT CAO LÃNH 2" -> "Trường THPT Cao Lãnh 2"), a level of government does not
            # ("UBND TỈNH LÀO CAI" -> "UBND tỉnh Lào Cai")
            out.append(raw)
            capital = True
            continue
        if out and _in_level(written, len(out)):
            out.append(w)  # "... xã Lương Minh", "UBND tỉnh ...", "... thành phố Hà Nội" (both words)
            capital = True
            continue
        if w == "việt" or (out and out[-1] == "Việt" and w == "nam"):
            out.append(w.capitalize())
            continue
        out.append(w.capitalize() if capital else w)
        capital = w in {"tỉnh", "phố", "huyện", "xã", "phường", "bộ", "bản", "phòng"} or (
            capital and w not in {"ủy", "uỷ", "ban", "sở", "bộ", "văn", "phòng", "cục", "công", "chính"} and len(out) > 1)
    # "THỦ TƯỚNG CHÍNH PHỦ" -> "Thủ tướng Chính phủ", "ỦY BAN THƯỜNG VỤ QUỐC HỘI" -> "Ủy ban thường vụ Quốc hội"
    # ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" -> "Ngân hàng Nhà nước Việt Nam", "KIỂM TOÁN NHÀ NƯỚC" -> "Kiểm toán nhà nước")
    said = re.sub(r"\bquốc hội\b", "Quốc hội", re.sub(r"\bchính phủ\b", "Chính phủ", " ".join(out)))
    return _branch_as_written(re.sub(r"^Ngân hàng nhà nước\b", "Ngân hàng Nhà nước", said))


def _office_of(line: str) -> str:
    """The office an authority line names, as written in prose: "BỘ TRƯỞNG BỘ NỘI VỤ" -> "Bộ trưởng Bộ Nội vụ" (QĐ
    1378/QĐ-BNV), "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI" -> "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai" (QĐ 2816/QĐ-UBND);
    "" for a line in lower case or naming no office of ``structure().signer_positions``."""
    line = line.strip(" *:.…")
    if not line.isupper():
        return ""
    folded = fold(line)
    office = next((w for w in sorted(structure().signer_positions, key=len, reverse=True)
                   if folded.startswith(f"{fold(w)} ")), None)
    if office is None:
        return ""
    return f"{office} {_titlecase_header(line[len(office) + 1:])}"


def _branch_as_written(name: str) -> str:
    """A ministry or department as the lexicon writes its branch: "BỘ NỘI VỤ" -> "Bộ Nội vụ", not "Bộ Nội Vụ" (QĐ
    1378/QĐ-BNV; blind set b20), "SỞ CÔNG THƯƠNG" -> "Sở Công Thương"."""
    lex = units()
    for head in lex.branch_heads:
        if not name.startswith(f"{head} "):
            continue
        rest = fold(name[len(head) + 1:])
        for _, full in lex.branches:
            if rest == fold(full) or rest.startswith(f"{fold(full)} "):
                return f"{head} {full}{name[len(head) + 1 + len(full):]}"
    return name


def _capitals_run(text: str) -> str:
    """The words in capitals ``text`` opens with ("THÔNG TƯ QUY ĐỊNH VỀ HỒ SƠ ĐỊA CHÍNH, ..."), as written."""
    end = 0
    for m in re.finditer(r"\S+", text):
        if not (m.group(0).isupper() or not any(ch.isalpha() for ch in m.group(0))):
            break
        end = m.end()
    return text[:end]


def _date_and_kind_apart(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The header's place-and-date line and the kind line run into one by a copy ("Hà Nội, ngày 31 tháng 7 năm 2024
    THÔNG TƯ QUY ĐỊNH VỀ THỐNG KÊ, KIỂM KÊ ĐẤT ĐAI ...", TT 08/2024/TT-BTNMT as copied from thuvienphapluat.vn; blind set
    b120), split back into two paragraphs (both keep the line's span)."""
    out: list[Paragraph] = []
    for k, p in enumerate(paragraphs):
        m = _PLACE_DATE_RE.search(p.text) if k < 12 and not p.is_table_row else None
        rest = p.text[m.end():].strip(" .") if m else ""
        title = _capitals_run(rest)
        if m and title and _kind_line(title) and (len(title) == len(rest) or rest[len(title):].lstrip()
                                                   .startswith("Căn cứ")):
            # (... and the grounds after the title, on the same line: "... VỚI ĐẤT Căn cứ Luật Đất đai ...", TT
            # 10/2024/TT-BTNMT; not a flattened copy's paragraph running on through the whole letter, "... HÈ 2025 THỦ
            # TƯỚNG CHÍNH PHỦ điện : - Các Bộ: ...", which its own rules read, tests/data/flat-copies)
            out += [replace(p, text=p.text[:m.end()].strip()), replace(p, text=title.strip(), spans=list(p.spans))]
            if grounds := rest[len(title):].strip():
                out.append(replace(p, text=grounds, spans=list(p.spans)))
        else:
            out.append(p)
    return out


def _kind_line(text: str) -> str | None:
    """The kind a title line names ("QUYẾT ĐỊNH" -> "Quyết định"), when the line is the kind line."""
    t = fold(_plain(text)).strip(" :.")
    if _plain(text).strip()[:1].isupper():
        t = re.sub(r"(?<=[a-z])\d{1,2}$", "", t)  # "THÔNG TƯ1": a footnote's mark on the kind line (VBHN 08/VBHN-BTC)
    for kind in structure().kinds:
        k = fold(kind.name)
        if t == k or (t.startswith(k + " ") and _plain(text)[:len(kind.name)].isupper()):
            return kind.name
    return None


def _issuer_of(cells: list[str]) -> str:
    """The issuer in the header's top-left block. Two bodies on their own lines ("BAN CHẤP HÀNH TRUNG ƯƠNG" /
    "BAN TỔ CHỨC", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG") name the issuer last, under its parent."""
    orgs: list[str] = []
    for k, c in enumerate(cells[:6]):
        if k == 0 and not orgs and _PAGE_TITLE.match(_plain(c)):
            continue  # a copy's page title above the header ("Thông tư 08/2024/TT-BTNMT", thuvienphapluat.vn; b120)
        line = re.sub(r"[-–_]{3,}", " ", c).strip(" /|")
        line = re.split(r"\s*\bSố\s*:?\s*\d*/", line)[0].strip()  # "ỦY BAN MTTQ ... XÃ LƯƠNG MINH Số: 16/KH-MTTQ" in one cell
        # the motto read on the issuer's line, the header's two columns side by side in a PDF's text layer ("UBND TỈNH
        # LÀO CAI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc", Công văn of Sở Công
        # Thương Lào Cai of 27/3/2026 on the Nậm Cang 1A explosives store; blind set b53)
        if (cut := min((i for m in structure().mottos if (i := fold(line).lower().find(m)) > 0), default=0)) > 0:
            line = line[:cut].strip(" /|")
        if re.split(r"\s+-\s*", fold(line), maxsplit=1)[0].strip() in structure().gazette_sections:
            continue  # the Official Gazette's section heading above the text's header ("VĂN BẢN QUY PHẠM PHÁP LUẬT")
        # (a piece of the motto is one of three words or more: "VIỆT NAM" under "NGÂN HÀNG NHÀ NƯỚC" is the issuer's)
        if not line or any(m in fold(line) or (fold(line) in m and len(line.split()) >= 3) for m in structure().mottos) or \
                fold(line).startswith("ban hanh"):
            if orgs:
                break
            continue
        if structure().issuer_header.match(line.upper() if line.isupper() else line) and line.upper() == line:
            # a two-line issuer ("ỦY BAN NHÂN DÂN" + "TỈNH HÀ TĨNH") inside one cell or on two lines; a body under its
            # parent on the parent's line ("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG") is the parent's, then its own
            parent, *child = structure().issuer_child.split(line, maxsplit=1)
            if child and structure().issuer_header.match(parent) and len(parent.split()) >= 3:
                orgs.append(_titlecase_header(parent))
                line = child[0]
            orgs.append(_titlecase_header(line))
        elif structure().issuer_header.match(line):
            orgs.append(line)
            break
        elif orgs and line.isupper() and len(line.split()) <= 6 and not _kind_line(line) and \
                not fold(line).lower().startswith(structure().paper_titles):
            orgs[-1] = _titlecase_header(f"{orgs[-1]} {line}")  # "BAN CHẤP HÀNH" + "TRUNG ƯƠNG"
        else:
            break
    if len(orgs) >= 2 and not fold(orgs[-1]).startswith(("ban thuong truc", "thuong truc")):
        parent, child = orgs[-2], orgs[-1]
        if fold(child).lower() == "van phong":
            return f"{child} {parent}"  # "UBND TỈNH LÀO CAI VĂN PHÒNG": the office of that People's Committee
        return f"{child} Trung ương" if "trung uong" in fold(parent) and "trung uong" not in fold(child) else child
    issuer = " ".join(orgs)
    if m := re.match(r"(.+?)\s+Ban thường trực$", issuer, re.I):  # "ỦY BAN MTTQ ... XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC"
        issuer = f"Ban Thường trực {m.group(1)}"
    return issuer


def _under_national(cells: list[str], issuer: str) -> bool:
    """Is ``issuer`` a body the header sets under a national one ("BỘ CÔNG THƯƠNG" / "CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI
    XANH VÀ KHUYẾN CÔNG", Công văn 1178/ĐCK-CTT of 2025)? Its papers hold for the country, not for the city it writes
    its place and date in ("Hà Nội, ngày ... tháng 7 năm 2025")."""
    parent = _issuer_of(cells[:1])
    return bool(parent) and parent != issuer and is_national_issuer(parent)


def _signature_runs(text: str) -> list[tuple[str, str]]:
    """("title"|"name"|"other", words) runs of a signature block: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Nguyệt"."""
    runs: list[tuple[str, str]] = []
    for w in _plain(text).replace("*", " ").split():
        letters = [c for c in w if c.isalpha()]
        kind = ("title" if letters and all(c.isupper() for c in letters)
                else "name" if letters and w[0].isupper() and all(c.islower() for c in letters[1:]) else "other")
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, f"{runs[-1][1]} {w}")
        else:
            runs.append((kind, w))
    return runs


def _signature(paragraphs: list[Paragraph]) -> tuple[str, str]:
    """(signer, title) from the signature block after "Nơi nhận" (a table row or the lines after it)."""
    for i, p in enumerate(paragraphs):
        if not is_closing(p.text):
            continue
        if p.is_table_row:
            cells = [c for c in cells_of(p.text) if c]
            block = " ".join(cells[1:])
            if _signed(block) is None:
                # the office in the table, the name typed on a line under it ("| Nơi nhận: ... | CHỦ TỊCH |" / "Hồ Văn
                # Mười": a Lâm Đồng decision of 9/2025 as Word saved it; blind set b66-19)
                under = [q.text for q in paragraphs[i + 1:i + 6] if not q.is_table_row][:2]
                block = " ".join([block, *(_plain(t) for t in under if len(t.strip()) <= 60)])
        else:
            block = " ".join(_plain(q.text) for q in paragraphs[i + 1:i + 14] if not q.text.lstrip().startswith("-"))
            if (behalf := _ON_BEHALF.search(_plain(p.text))) is not None:
                # the block run on after the recipients, on their line ("Nơi nhận: - Như trên; - Lưu: VT, CN. KT. THỦ
                # TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà", 39/CĐ-TTg as a crawler kept it; blind set b70)
                block = f"{_plain(p.text)[behalf.start():]} {block}"
        if (signed := _signed(block)) is not None:
            return signed
    # a signature table with no recipients beside it ("|  | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Thu
    # Hà |", QĐ 5129/QĐ-UBND of Ho Chi Minh City, 2008): the last row that signs on someone's behalf
    for p in reversed(paragraphs[-40:]):
        if p.is_table_row and _ON_BEHALF.search(p.text):
            if (signed := _signed(" ".join(c for c in cells_of(p.text) if c))) is not None:
                return signed
    # a signature block on lines of its own, with no recipients and an appendix after it ("**KT. CHỦ TỊCH **" /
    # "PHÓ CHỦ TỊCH" / "Hoàng Xuân Tân", QĐ 2691/QĐ-UBND Quảng Trị; blind set b21-40): the first that signs on behalf
    for i, p in enumerate(paragraphs):
        if p.is_table_row and _ON_BEHALF.search(p.text):
            block = " ".join(c for c in cells_of(p.text) if c)
        elif _ON_BEHALF.match(_plain(p.text).replace("*", "").strip()):
            block = " ".join(_plain(q.text) for q in paragraphs[i:i + 4])
        else:
            continue
        if (signed := _signed(block)) is not None:
            return signed
    # a minister or a chairman signing in person, with no recipients (the Official Gazette prints none): the office alone
    # on its line in capitals, the name under it ("BỘ TRƯỞNG" / "Đại tướng Lương Tam Quang", TT 33/2026/TT-BCA as
    # Công báo prints it; blind set b28-48)
    offices = {fold(w) for w in structure().signer_positions}
    for i, p in enumerate(paragraphs):
        line = _plain(p.text).replace("*", "").strip()
        if line.isupper() and fold(line) in offices and not p.is_table_row:
            if (signed := _signed(" ".join(_plain(q.text) for q in paragraphs[i:i + 3]))) is not None:
                return signed
    return "", ""


def _signed(block: str) -> tuple[str, str] | None:
    """(signer, title) of a signature block's words: the last name of two to five words, and the capitals."""
    block = _APPENDIX_AFTER.split(block, maxsplit=1)[0]  # "Võ Văn Hưng" / "Phụ lục I": the name ends before it
    runs = _signature_runs(block)
    names = [w for kind, w in runs if kind == "name" and 2 <= len(w.split()) <= 5]
    # the title starts where someone signs on behalf ("TL. CỤC TRƯỞNG / KT. TRƯỞNG BAN ..."): capitals before it belong
    # to recipients a letter lists without dashes ("Công ty TNHH Solum Vina (Lô B3, ...)", TB 37690/TB-CHQ)
    if (behalf := _ON_BEHALF.search(block)) is not None:
        runs = _signature_runs(block[behalf.start():])
    if not names:
        return None
    # ... and ends at the name: an appendix's heading may follow it ("Lê Trường Sơn" / "PHỤ LỤC DANH MỤC ...", QĐ 2816
    # Đồng Nai)
    at = max((i for i, (kind, w) in enumerate(runs) if kind == "name" and w == names[-1]), default=len(runs))
    return _with_rank(block, names[-1]), " ".join(w for kind, w in runs[:at] if kind == "title")[:80]


def _with_rank(block: str, name: str) -> str:
    """The signer's name with the rank printed before it ("Đại tướng Lương Tam Quang", structure.toml [signer_rank])."""
    before = " ".join(_plain(block[:block.rfind(name)]).replace("*", " ").split())
    rank = next((r for r in structure().signer_ranks if before.endswith(r)), "")
    return f"{rank} {name}" if rank else name


_ON_BEHALF = re.compile(r"(?:^|[\s|])(?:TM|KT|TL|TUQ)\.(?:\s|(?=[A-ZĐ]{2}))")  # also "KT.THỐNG ĐỐC" (TT 17/2026/TT-NHNN)
_APPENDIX_AFTER = re.compile(r"\s(?=(?:Phụ lục|PHỤ LỤC)(?:\s|$))")


def _province_and_locality(issuer: str, place: str) -> tuple[str, str]:
    province = canonical_province(issuer)
    locality = ""
    m = re.search(r"\b(xã|phường|thị trấn|đặc khu)\s+((?:[A-ZĐÀ-Ỹ][^\s,]*\s?){1,4})", _titlecase_header(issuer) if issuer.isupper() else issuer)
    if m:
        name = re.split(r"\s+(?=(?:Ban|Ủy|Uỷ|Hội|Đảng|Mặt|Công|Văn|Thường|Tiểu|Tổ)\b)", m.group(2).strip())[0]
        locality = f"{m.group(1)} {name}"
    if not province and not locality and not is_national_issuer(issuer) and place:
        province = canonical_province(place)
        if not province and fold(place) not in ("ha noi",):
            locality = place
    return province, locality


_SUBJECT_IN_CELL = re.compile(r"(?:^|\s)(?:V/v|Về việc)\s+(.{8,}?)\s*$", re.I)


def _lead_in_sentence(line: str) -> bool:
    """A sentence that introduces what follows ("Để làm tốt hơn nữa công tác "Đền ơn đáp nghĩa", Thủ tướng Chính phủ
    yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:", Chỉ thị 31/CT-TTg of 2012, right after
    its title): the introduction, not the title's next line."""
    return line.rstrip().endswith(":") and not line.isupper()


def _quoted(paragraphs: list[Paragraph], start: int) -> set[int]:
    """The paragraphs from ``start`` inside the quote of a text a letter cites ("1. Không tính vào ..." under "- Tại
    Điều 11 Nghị định số 88/2025/NĐ-CP ... quy định: / “Điều 11. ..."): none of them starts the body."""
    inside: set[int] = set()
    i = start
    while i < len(paragraphs):
        if (length := quote_length(paragraphs, i)):
            inside.update(range(i, i + length))
            i += length
        else:
            i += 1
    return inside


def extract_layout(paragraphs: list[Paragraph], file_name: str = "", fields: dict[str, str] | None = None) -> Layout:
    """Metadata and the indexes where the introduction and the numbered body start."""
    fields = fields or {}
    meta = DocumentMeta()
    paragraphs = _date_and_kind_apart(paragraphs)
    n = len(paragraphs)
    # 1. the kind line ("KẾ HOẠCH", "QUYẾT ĐỊNH", ...) within the first paragraphs
    kind_at = next((i for i, p in enumerate(paragraphs[:40]) if not p.is_table_row and _kind_line(p.text)), None)
    if kind_at is not None and _kind_line(paragraphs[kind_at].text) == _CONSOLIDATED:
        # the Official Gazette's section heading "VĂN BẢN HỢP NHẤT - BỘ LAO ĐỘNG ..." above a consolidated text's own
        # letterhead and kind line ("THÔNG TƯ" / "Hướng dẫn ..."): that kind line is the text's
        kind_at = next((i for i in range(kind_at + 1, min(len(paragraphs), kind_at + 16))
                        if not paragraphs[i].is_table_row and _kind_line(paragraphs[i].text) not in (None, _CONSOLIDATED)),
                       kind_at)
    # 2. the numbered body: the first division, Roman section or numbered item after the kind line
    search_from = (kind_at + 1) if kind_at is not None else 0
    quoted = _quoted(paragraphs, search_from)  # a text a letter cites word for word: its numbers start no body
    body = next((i for i in range(search_from, n) if (lab := label_of(paragraphs[i].text)) and lab.rank <= RANK_NUM
                 and not paragraphs[i].is_table_row and i not in quoted), None)
    header_end = kind_at if kind_at is not None else 0
    if kind_at is None:  # no kind line: the header is the leading table rows and header-like lines
        while header_end < n and header_end < 12 and (paragraphs[header_end].is_table_row or _header_like(paragraphs[header_end].text)):
            header_end += 1
    cells, issuer_cells = _header_cells(paragraphs, max(header_end, 1) + (1 if kind_at is not None else 0))
    for c in cells + [_plain(p.text) for p in paragraphs[header_end:header_end + 3]]:
        if not meta.number and (m := _NUMBER_RE.search(c)):
            meta.number = _number_of(m)
        if not meta.date and (m := _PLACE_DATE_RE.search(_NUMBER_RE.sub(" ", c))):
            meta.place, meta.date = _place_and_date(m)
    # 3. title: the lines after the kind line, up to the authority line or the first sentence
    title_parts: list[str] = []
    intro_start = header_end
    authority = ""
    if kind_at is not None:
        meta.kind = _kind_line(paragraphs[kind_at].text) or ""
        rest = re.sub(r"^\d{1,2}\b", "", _plain(paragraphs[kind_at].text)[len(meta.kind):]).strip(" :-")  # "THÔNG TƯ1"
        if rest:
            title_parts.append(rest)
        j = kind_at + 1
        while j < n and j < kind_at + 6 and (body is None or j < body):
            t = _plain(paragraphs[j].text)
            if _ENACTING_BODY_RE.match(t):
                authority = t  # (an authority line too: the title ends before it)
            if not meta.authority and _AUTHORITY_RE.match(t):
                meta.authority = _office_of(t)
            if not t or _AUTHORITY_RE.match(t) or authority == t or t.startswith(("Căn cứ", "Kính gửi")) \
                    or (title_parts and (len(t) > 200 or t.startswith(("Thực hiện", "Theo")) or _lead_in_sentence(t))) \
                    or label_of(t) or paragraphs[j].is_table_row:
                break
            if re.sub(r"\W+", "", t) not in re.sub(r"\W+", "", " ".join(title_parts)):
                title_parts.append(t)  # (the portal may repeat the title under it, split otherwise)
            j += 1
        intro_start = j
    else:
        vv = next((i for i in range(min(n, 15)) if re.match(r"^V/v\b|^Về việc\b", _plain(paragraphs[i].text), re.I)), None)
        if vv is not None:
            title_parts.append(re.sub(r"^(?:V/v|Về việc)\s*", "", _plain(paragraphs[vv].text), flags=re.I))
            intro_start = max(intro_start, vv + 1)
            meta.kind = "Công văn"  # a letter names its subject on a "V/v ..." line instead of a kind line
        elif (subject := next((m.group(1) for c in cells if (m := _SUBJECT_IN_CELL.search(c))), None)):
            # ... or in the header's cell under its number ("| Số: 11299/VPCP-KGVX V/v thành lập Mạng lưới quan trắc
            # ... | Hà Nội, ngày 18 tháng 11 năm 2025 |")
            title_parts.append(subject)
            meta.kind = "Công văn"
    meta.title = re.sub(r"\s+", " ", " ".join(title_parts)).strip(" :")
    if (not meta.title or meta.title.isupper()) and \
            (subject := next((m.group("title") for p in paragraphs[:30]
                              if (m := structure().subject_line.match(_plain(p.text)))), None)):
        # a paper whose subject is on a labelled line ("2. Trích yếu: V/v ..."), under a form's name in capitals
        # ("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC" / "2. Vấn đề trình: Về việc ban hành Quyết định phân cấp ...")
        meta.title = re.sub(r"^(?:V/v|Về việc)\s+", "", subject.strip(" ."), flags=re.I)
    named = _named_in_heading(paragraphs[:3]) if kind_at is None or not meta.number else None
    if named and (kind_at is None or named[0] == meta.kind):
        # (also over a kind line with no number under a heading naming the text in full: "# TOÀN VĂN: KẾT LUẬN
        # 155-KL/TW CỦA BỘ CHÍNH TRỊ ..." above "**KẾT LUẬN****CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ****về ...**")
        meta.kind, meta.number, named_issuer, meta.title = named
        cells = issuer_cells = [named_issuer.upper(), *cells]
        if (issued := _issued_on(paragraphs[:8], meta.number)) is not None:
            meta.date = meta.date or issued[0]
            cells = issuer_cells = cells if named_issuer else [issued[1].upper(), *cells[1:]]
    # 4. issuer, province, signer
    issuer = _issuer_of(issuer_cells)
    # (a header copied flat runs the issuer into the national motto: "BỘ GIAO THÔNG VẬN TẢI CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    # VIỆT NAM ..." read "Bộ Giao thông vận tải Cộng Hòa Xã Hội"; 130/TB-BGTVT as a crawler kept it, blind set b70)
    issuer = re.split(r"\s+c[ộo]ng(?:\s+h[òo]a\b|\s*$)", issuer, maxsplit=1, flags=re.I)[0].strip(" -") if issuer else issuer
    intro_text = " ".join(p.text for p in paragraphs[intro_start:(body if body is not None else min(n, intro_start + 3))])
    if (m := _ISSUER_IN_INTRO_RE.search(intro_text)) and not issuer:
        issuer = m.group("issuer").strip()
    if not issuer and (m := _ENACTING_RE.search(intro_text)):
        issuer = m.group("issuer").strip()
        if m.group("holder") == "Thủ tướng" and issuer == "Chính phủ":
            issuer = "Thủ tướng Chính phủ"  # "Thủ tướng Chính phủ ban hành Quyết định ...": the Prime Minister's, not the Government's
    if not issuer and (implied := next((who for pat, who in structure().implied_issuers
                                        if pat.search(fold(meta.title))), "")):
        issuer = implied  # "THÔNG BÁO / KẾT LUẬN CỦA PHÓ THỦ TƯỚNG ...": the Government Office issues it
    if not issuer and (sender := next((m.group("who") for p in paragraphs[:header_end + 12]
                                       if (m := _TELEGRAM_SENDER_RE.match(_plain(p.text))) and m.group("who").isupper()),
                                      None)):
        issuer = _titlecase_header(sender)  # a telegram names its sender: "THỦ TƯỚNG CHÍNH PHỦ điện:"
    if not issuer and authority:
        issuer = _titlecase_header(authority)
    if not issuer and (enacting := re.match(r"^(?:Bộ trưởng|Chủ tịch|Thủ tướng|Giám đốc)\s+((?:Bộ|Ủy ban|Uỷ ban|Sở|Chính phủ)\b.*)$",
                                            meta.authority)):
        # "BỘ TRƯỞNG BỘ CÔNG THƯƠNG" under a circular's title: the ministry issues it (not a body named no further,
        # "CHỦ TỊCH ỦY BAN NHÂN DÂN ...")
        issuer = "" if re.search(r"(?:nhân dân|tỉnh|thành phố)$", enacting.group(1)) else enacting.group(1)
    if not issuer and meta.number:
        issuer = structure().issuer_names.get(fold(meta.number.split("/", 1)[1].split("-")[-1]), "")
    meta.province, meta.locality = _province_and_locality(issuer, "" if _under_national(issuer_cells, issuer) else meta.place)
    if issuer and meta.province and fold(meta.province) not in fold(issuer) and not is_national_issuer(issuer):
        issuer = f"{issuer} {meta.province}"
    meta.issuer = re.sub(r"\bUBND\b", "Ủy ban nhân dân", issuer)
    if meta.province and re.search(r"\b(?:tỉnh|thành phố)$", meta.authority):
        meta.authority = f"{meta.authority} {meta.province}"  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" of Hà Tĩnh's decision
    meta.signer, meta.signer_title = _signature(paragraphs)
    if not issuer and not meta.province and "CHU TICH" in fold(meta.signer_title).upper():
        meta.issuer, meta.province = _council_named_in_body(paragraphs)
    if not meta.issuer and not meta.province and not meta.number:
        meta.province = _province_named_in_body(paragraphs)
    # a consolidated text names itself in its authentication block at the end, not in a header: "BỘ TÀI CHÍNH / Số:
    # 08/VBHN-BTC / XÁC THỰC VĂN BẢN HỢP NHẤT / Hà Nội, ngày 17 tháng 4 năm 2026 / KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Nguyễn
    # Đức Chi" (as the Official Gazette prints every "văn bản hợp nhất"; blind set b41-50)
    if (attested := _consolidation_attested(paragraphs)) is not None:
        number, date, place, by, signed = attested
        meta.number = number
        meta.date, meta.place = date or meta.date, place or meta.place
        if by and not meta.issuer:
            meta.issuer = by  # (a header's issuer stays: it is written in its own case there)
        if signed is not None:
            meta.signer, meta.signer_title = signed
        if meta.kind == _CONSOLIDATED and meta.title and _header_like(meta.title):
            meta.title = ""  # the letterhead taken for a title under the gazette's section heading
    # 5. what the portal's metadata block adds where the text is silent
    if fields:
        meta.signer = meta.signer or fields.get("nguoi ky", "")
        if not meta.issuer and fields.get("noi ban hanh"):
            _take_issuer(meta, fields["noi ban hanh"])
        # (also where the header's number was left blank for the stamp, "Số -TB/ĐU", and the metadata has it:
        # "so_hieu: 17-TB/ĐU" of a digitised copy's front matter, blind set b137)
        if (given := fields.get("so hieu")) and \
                (not meta.number or (not re.search(r"\d", meta.number) and re.search(r"\d", given))):
            meta.number = given
        if not meta.kind and fields.get("loai van ban"):
            meta.kind = fields["loai van ban"]
        if not meta.date and (m := re.search(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})\b", fields.get("ngay ban hanh", ""))):
            meta.date = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        if not meta.title and (subject := fields.get(SUMMARY_FIELD, "")):
            # a letter copied without its "V/v" line is titled by what the portal's summary says it is about ("Công văn
            # 5526/CT-CS năm 2025 khẩn trương hỗ trợ người nộp thuế bị tổn thất do bão lũ ...", blind set b59-39)
            meta.title = subject[:1].upper() + subject[1:]
    if not meta.number and meta.kind and (named := _named_in_attachment(paragraphs, [meta.kind])) is not None:
        meta.number = named[1]
    if not meta.number and not meta.kind and (named := _named_in_attachment(paragraphs)) is not None:
        # a copy with nothing above "Kính gửi:" whose appendix names it: "(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT
        # ngày 25/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)" (eval/external/docs/b15/f0a3d9f100d0791b.md)
        meta.kind, meta.number, date, issuer = named
        meta.date = meta.date or date
        if not meta.issuer and issuer:
            _take_issuer(meta, issuer)
    addressed = _addressed_at(paragraphs)
    if not meta.kind and addressed is not None and addressed < 6:
        meta.kind = "Công văn"  # a copy that opens with whom it is sent to: a letter
    meta.recipients = _recipients(paragraphs, addressed)
    if not meta.kind and meta.number:
        code = (re.search(r"[/-]([A-ZĐa-zđ]+)", meta.number) or [None, ""])[1]  # "58/2025/TT-BCT" -> "TT"
        meta.kind = next((k.name for k in structure().kinds if k.code == code), "")
    period = _PERIOD_RE.search(meta.title)
    if period:
        meta.year = f"{period.group(1)}-{period.group(2)}"
    elif (y := _YEAR_RE.search(meta.title)):
        meta.year = y.group(1)
    else:
        meta.year = meta.date[:4]
    if not meta.year and (issued := re.search(r"/((?:19|20)\d\d)/", meta.number)):
        # no date in the header: a law states none ("Luật này được Quốc hội ... thông qua ngày ..." closes it), its
        # number does ("130/2025/QH15", Luật Hàng không dân dụng Việt Nam; blind set b115-24)
        meta.year = issued.group(1)
    if body is None:
        body = intro_start
    return Layout(meta=meta, intro_start=min(intro_start, body), body_start=body, paragraphs=paragraphs)


_CONSOLIDATED = "Văn bản hợp nhất"


def _number_of(m: re.Match) -> str:
    """A ``_NUMBER_RE`` match as the text's number: "08/VBHN-BTC", or "/KH-UBND" when the copy left it blank."""
    num = re.sub(r"\s+", "", m.group("num"))
    return f"{num}/{m.group('sym').rstrip('.')}" if num else f"/{m.group('sym').rstrip('.')}"


def _place_and_date(m: re.Match) -> tuple[str, str]:
    """A ``_PLACE_DATE_RE`` match as (place, ISO date, as far as it is given): ("Hà Nội", "2026-04-17")."""
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    words = m.group("place").split()
    # a motto in capitals run into the place: "ĐOÀN TNCS HỒ CHÍ MINH Phúc Thịnh, ngày 7 tháng 1 năm 2025" (a header cell
    # of BCH Đoàn xã Phúc Thịnh, Hà Nội; blind set b140) is dated at Phúc Thịnh, not in Hồ Chí Minh City
    while len(words) > 1 and words[0].isupper() and not all(w.isupper() for w in words):
        words = words[1:]
    return " ".join(words), y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")


def _consolidation_attested(paragraphs: list[Paragraph]) -> tuple[str, str, str, str, tuple[str, str] | None] | None:
    """(number, date, place, issuer, (signer, title)) of a consolidated text's authentication block ("XÁC THỰC VĂN BẢN
    HỢP NHẤT" with the body's name, "Số: 466/VBHN-BLĐTBXH", place and date and the signature around it); None when
    the text has none or it gives no VBHN number."""
    at = next((i for i in range(len(paragraphs) - 1, -1, -1) if ATTESTS.search(_plain(paragraphs[i].text))), None)
    if at is None:
        return None
    window = paragraphs[max(0, at - 6):at + 10]
    lines = [ATTESTS.sub(" ", _plain(p.text)).strip() for p in window]
    k = next((j for j, t in enumerate(lines) if (m := _NUMBER_RE.search(t)) and "VBHN" in m.group("sym")), None)
    if k is None:
        return None
    number = _number_of(_NUMBER_RE.search(lines[k]))
    place, date = next((_place_and_date(d) for t in lines[k:] if (d := _PLACE_DATE_RE.search(t)) is not None), ("", ""))
    # the body: the upper-case lines right above "Số:" ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI")
    body: list[str] = []
    for t in reversed(lines[:k]):
        if not t:
            continue
        if not (t.isupper() and len(t.split()) <= 10):
            break
        body.insert(0, t)
    # the signature: the lines after the number down to the signer's name (footnotes follow it on the same page)
    # ("Nguyễn Đức Chi" may have been joined with a footnote's lower-case rest: "Nguyễn Đức Chi định giao dịch ...")
    block: list[str] = []
    for t in lines[k:]:
        words = t.split()
        name = list(itertools.takewhile(lambda w: w[:1].isupper() and not w.isupper() and w.isalpha(), words))
        if 2 <= len(name) <= 5 and (len(name) == len(words) or not words[len(name)][:1].isupper()):
            block.append(" ".join(name))
            break
        block.append(t)
    return number, date, place, _issuer_of(body) if body else "", _signed(" ".join(block))


_RECIPIENT_LINES = 8  # "Kính gửi:" and at most this many "- ..." lines under it
_BODY_PROVINCE_MIN = 3  # a paper with no header names its province at least so many times


def _addressed_at(paragraphs: list[Paragraph], limit: int = 40) -> int | None:
    """Where a letter's "Kính gửi:" line is among its first ``limit`` paragraphs; None when it has none."""
    return next((i for i, p in enumerate(paragraphs[:limit]) if _plain(p.text).lstrip("*_ ").startswith("Kính gửi")),
                None)


def _recipients(paragraphs: list[Paragraph], at: int | None) -> str:
    """Whom a letter is sent to: the words after its "Kính gửi:" line at ``at`` and the "- ..." lines under it ("Kính
    gửi: Chi nhánh Mỏ tuyển đồng Sin Quyền, Lào Cai - VIMICO", a notice of Sở Công Thương Lào Cai, 5/2026); "" for a
    text with none."""
    if at is None:
        return ""
    lines = [_plain(paragraphs[at].text).lstrip("*_ ")[len("Kính gửi"):].strip(" :")]
    for p in paragraphs[at + 1:at + 1 + _RECIPIENT_LINES]:
        t = _plain(p.text)
        if not t.startswith(("-", "+", "•")):
            break
        lines.append(t.lstrip("-+• "))
    # (a header table's cell: "Kính gửi: | - Đồng chí ...; - Các Sở: ...; |---", the invitation /GM-UBND of UBND tỉnh
    # Lào Cai, 6/2026)
    joined = re.sub(r"\|\s*:?-{3,}[-|: ]*", " ", "; ".join(x for x in lines if x)).replace("|", " ")
    joined = re.sub(r"(?:^|(?<=;))\s*[-+•]\s+", "; ", joined.strip())  # (not "Sin Quyền, Lào Cai - VIMICO")
    return re.sub(r"\s+", " ", re.sub(r"(?:\s*;)+", ";", joined)).strip(" ;")


def _province_named_in_body(paragraphs: list[Paragraph]) -> str:
    """The province of a paper with no header at all: the one its body names as a province far most often ("PHIẾU TRÌNH
    GIẢI QUYẾT CÔNG VIỆC / Kính gửi: Đồng chí Phó Chủ tịch Uỷ ban nhân dân tỉnh. / ... trên địa bàn tỉnh Lào Cai",
    blind set b50-45), counted where written "tỉnh X" or "thành phố X", not the ward "phường Yên Bái" (the minutes
    bien-ban-lam-viec-lien-nganh-ccn, b48); "" when none stands out."""
    said = " ".join(_plain(p.text) for p in paragraphs)
    named = Counter(p for m in re.finditer(r"(?i)\b(?:tỉnh|thành phố)\s+", said)
                    if (p := province_at_start(said[m.end():m.end() + 40]))).most_common(2)
    if named and named[0][1] >= _BODY_PROVINCE_MIN and (len(named) == 1 or named[0][1] >= 3 * named[1][1]):
        return named[0][0]
    return ""


def _council_named_in_body(paragraphs: list[Paragraph]) -> tuple[str, str]:
    """(issuer, province) of a copy without its header that a (vice-)chair signs: the one province whose People's
    Committee or Council the text names ("... thuộc Ủy ban nhân dân Thành phố Hồ Chí Minh"), a name wrapped over
    lines included. ("", "") when the text names none or several."""
    text = " ".join(_plain(p.text) for p in paragraphs)
    found: dict[str, str] = {}
    for m in _COUNCIL_RE.finditer(text):
        if province := province_at_start(text[m.end():m.end() + 40]):
            found.setdefault(province, f"{m.group(1)} {m.group(2).lower()} {province}")
    if len(found) == 1:
        return next(iter(found.items()))[::-1]
    if found or not _CITY_SELF_RE.search(text):
        return "", ""
    # a city's letter names itself "UBND Thành phố" with no name ("UBND Thành phố yêu cầu các Sở, ban, ngành ...",
    # eval/external/docs/b17/b5734329c729abb9.md): the one centrally-run city the text names ("khu vực Hà Nội và các
    # tỉnh lân cận"); a city's People's Committee, of a city not known, when it names none or several
    cities = {name for name in provinces_in(text) if place_kind(name) == "thành phố"}
    if len(cities) == 1:
        city = next(iter(cities))
        return f"Ủy ban nhân dân thành phố {city}", city
    return "Ủy ban nhân dân Thành phố", ""


# "UBND Thành phố yêu cầu", "Ủy ban nhân dân Thành phố" with no name after it: a centrally-run city speaking of itself
_CITY_SELF_RE = re.compile(r"\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+Thành\s+phố(?=\W)"
                           r"(?!\s+[\d_A-ZĐ\u00c0-\u00de\u1ea0-\u1ef8])")



def _take_issuer(meta: DocumentMeta, issuer: str) -> None:
    """An issuer found outside the header (the portal's "Nơi ban hành", an attachment line), and its province."""
    meta.issuer = issuer
    meta.province, meta.locality = _province_and_locality(issuer, meta.place)


def _named_in_attachment(paragraphs: list[Paragraph], kinds: list[str] | None = None) -> tuple[str, str, str, str] | None:
    """(kind, number, date, issuer) of the document an attachment line names: "(Kèm theo Thông tư số 35/2025/TT-BKHCN
    ngày ...)", "(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)";
    date and issuer "" when the line leaves them out. ``kinds``: the kinds looked for; without them any kind, and then
    only a whole attachment line, up to its closing parenthesis, names the document."""
    names = kinds or [k.name for k in structure().kinds]
    closing = "" if kinds else r"\s*\)"
    pat = re.compile(rf"[Kk]èm theo (?P<kind>{'|'.join(re.escape(k) for k in sorted(names, key=len, reverse=True))}) "
                     r"số:?\s*(?P<num>\d+/[0-9A-ZĐa-zđ/\-]+[0-9A-ZĐa-zđ])"
                     r"(?:\s+ngày\s+(?P<d>\d{1,2})\s*(?:/|tháng)\s*(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4}))?"
                     r"(?:\s+của\s+(?P<issuer>[^()*]{3,100}?)(?=\s*\)))?" + closing)
    for p in paragraphs:
        if m := pat.search(_plain(p.text)):
            date = f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}" if m.group("y") else ""
            return m.group("kind"), m.group("num"), date, (m.group("issuer") or "").strip()
    return None


def _named_in_heading(paragraphs: list[Paragraph]) -> tuple[str, str, str, str] | None:
    """(kind, number, issuer, title) from a news-style heading that names the document in one line:
    "TOÀN VĂN: KẾT LUẬN 155-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ SẮP XẾP TỔ CHỨC BỘ MÁY ..."."""
    kinds = "|".join(re.escape(k.name) for k in sorted(structure().kinds, key=lambda k: -len(k.name)))
    pat = re.compile(rf"^(?:[^:]{{0,20}}:\s*)?(?P<kind>{kinds})\s+(?:số\s+)?(?P<num>\d+[-/][0-9A-ZĐ][0-9A-ZĐa-zđ/\-]*)"
                     rf"\s+của\s+(?P<issuer>.+?)\s+về\s+(?P<title>.+)$", re.I)
    # ... or "Toàn văn Thông tư 45/2025/TT-BCT sửa đổi các Thông tư Bộ Công Thương về quản lý thị trường từ 15/7/2025?",
    # an article's heading naming the text it gives in full, whose issuer its symbol or first sentence names (blind set
    # b21, tnt305/tai_lieu_noi_bo 1f88c79bd4b895e6.md)
    full_text = re.compile(rf"^(?:#+\s*)?toàn văn:?\s+(?P<kind>{kinds})\s+(?:số\s+)?"
                           rf"(?P<num>\d+/[0-9A-ZĐ][0-9A-ZĐa-zđ/\-]*[0-9A-ZĐa-zđ])\s+(?P<title>.{{10,}})$", re.I)
    # ... or "# Đẩy nhanh tiến độ triển khai Dự án cao tốc Quy Nhơn Pleiku theo Công văn 6131/UBND-XDCT năm 2025", an
    # article's heading on what the text it reports asks (a web copy of a Gia Lai letter of 2025; blind set b77)
    reported = re.compile(rf"^(?:#+\s*)?(?P<title>.{{10,}}?)\s+(?:theo|tại)\s+(?P<kind>{kinds})\s+(?:số\s+)?"
                          rf"(?P<num>\d+/[0-9A-ZĐ][0-9A-ZĐa-zđ/\-]*[0-9A-ZĐa-zđ])(?:\s+năm\s+\d{{4}})?\s*\??$", re.I)
    for p in paragraphs:
        m = pat.match(_plain(p.text))
        if m:
            kind = next(k.name for k in structure().kinds if fold(k.name) == fold(m.group("kind")))
            return kind, m.group("num"), m.group("issuer"), "VỀ " + m.group("title")
        if m := full_text.match(_plain(p.text)) or reported.match(_plain(p.text)):
            kind = next(k.name for k in structure().kinds if fold(k.name) == fold(m.group("kind")))
            return kind, m.group("num"), "", m.group("title").rstrip(" ?")
    return None


def _issued_on(paragraphs: list[Paragraph], number: str) -> tuple[str, str] | None:
    """(ISO date, issuer) of "Ngày 15/7/2025, Bộ trưởng Bộ Công Thương ban hành Thông tư 45/2025/TT-BCT ...", the
    opening of an article about the text numbered ``number`` (issuer "" when the sentence names none); ("", issuer) of
    an opening that cites it with no day ("Theo Công văn 6131/UBND-XDCT năm 2025 của UBND tỉnh Gia Lai, ...")."""
    pat = re.compile(r"^Ngày\s+(?P<d>\d{1,2})\s*(?:/|tháng)\s*(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4}),"
                     rf"[^.]{{0,120}}?\bban hành\b[^.]{{0,40}}?{re.escape(number)}")
    # "Theo Công văn 6131/UBND-XDCT năm 2025 của UBND tỉnh Gia Lai, Chủ tịch UBND tỉnh đã nêu ra 12 ý kiến ..." (no day)
    cited = re.compile(rf"^Theo\s+[^,.]{{0,30}}?{re.escape(number)}(?:\s+năm\s+\d{{4}})?\s+của\s+(?P<issuer>[^,.;]{{3,80}}?),")
    for p in paragraphs:
        if m := cited.match(_plain(p.text)):
            return "", m.group("issuer").strip()
        if m := pat.match(text := _plain(p.text)):
            who = _ENACTING_RE.match(text[m.end("y") + 1:].strip())  # "Bộ trưởng Bộ Công Thương ban hành Thông tư ..."
            return (f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}",
                    who.group("issuer").strip() if who else "")
    return None


def _header_like(text: str) -> bool:
    t = _plain(text)
    return bool(_NUMBER_RE.search(t) or _PLACE_DATE_RE.search(t) or any(m in fold(t) for m in structure().mottos)
                or re.fullmatch(r"[-–_=*\s]{3,}", t) or (t.isupper() and len(t.split()) <= 10))


def extract_metadata(preamble: list[Paragraph], file_name: str = "") -> tuple[DocumentMeta, list[Paragraph]]:
    """Metadata of a header and the introduction paragraphs among them (kept for callers of the old API)."""
    layout = extract_layout(preamble, file_name)
    return layout.meta, layout.paragraphs[layout.intro_start:]
