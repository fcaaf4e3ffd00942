"""Repair extraction damage: join hard-wrapped lines and page-break splits, lift footnotes, drop markdown marks.

The output is a list of logical paragraphs. Each paragraph keeps the character spans of the source
lines it was made from, so every quote can be mapped back to the exact original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from core.docrefs import kind_names
from core.lexicon import portal, structure, units
from core.places import province_at_start, provinces_in
from core.textnorm import fold, is_vietnamese_syllable, nfc
from ingest.labels import label_of
from ingest.responsibilities import leading_subject, opener_at
from ingest.units import opens_with_verb, starts_with_unit, unit_phrase_at

FOOTNOTE_RE = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(.*)$", re.S)
MD_HEADING_RE = re.compile(r"^(#{1,6})\s+")
TABLE_ROW_RE = re.compile(r"^\|.*\|\s*$")
_EMPHASIS_RE = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")
_TERMINAL = tuple(".:;!?…)”\"")
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# a function word typed against the capitalised name after it: "Trách nhiệm củaTrung tâm Phục vụ hành chính công tỉnh"
# (plans-real/web/lai-chau_88-2025-qd-ubnd.md, Điều 4), which hides the unit from the heading
_GLUED = re.compile(r"\b(của|và|cho|với|tại|theo|về|thuộc|trên|trong)(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


_GLUED_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3}\.)(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


@dataclass
class Paragraph:
    """A logical paragraph after repair."""

    text: str  # cleaned text (markdown marks removed, wrapped lines joined with one space)
    spans: list[tuple[int, int]]  # spans of the source lines (stripped) it was made from
    heading_level: int = 0  # markdown heading level of its first line, 0 if none
    is_table_row: bool = False
    footnote_marks: list[str] = field(default_factory=list)  # footnote numbers referenced in the text

    @property
    def span(self) -> tuple[int, int]:
        return (self.spans[0][0], self.spans[-1][1])


@dataclass
class Footnote:
    mark: str  # "1"
    text: str
    spans: list[tuple[int, int]]


@dataclass
class RepairResult:
    paragraphs: list[Paragraph]
    footnotes: dict[str, Footnote]
    notes: list[str] = field(default_factory=list)  # what was repaired, for `inspect`


# two bold runs with no space between, the first ending in capitals: "**THÔNG TƯ****Quy định chế độ làm việc ...**",
# "**Chương I****QUY ĐỊNH CHUNG**" (TT 05/2025/TT-BGDĐT as the portal copies it): a kind line and its title, a
# chapter's label and its name. Runs that together spell one syllable are one word: "**Đ****iều 1**", "THU****Ế****
# HQ", "TRƯ****Ở****NG BAN" (eval/external/docs/b8/a1527cbfa00743d3.md)
_BOLD_RUNS = re.compile(r"\w+(?:\*{4,}\w+)+")
_RUN_JOIN = re.compile(r"(\w+)\*{4,}(?=(\w))")


def _split_bold_runs(line: str) -> str:
    def space(m: re.Match) -> str:
        word, after = m.group(1), m.group(2)
        return f"{word} " if word.isupper() and (len(word) >= 2 or after.isupper()) else m.group(0)

    def runs(m: re.Match) -> str:
        token = m.group(0)
        if is_vietnamese_syllable(fold(token.replace("*", ""))):
            return token
        return _RUN_JOIN.sub(space, token)
    return _BOLD_RUNS.sub(runs, line)


def clean_marks(line: str) -> tuple[str, int]:
    """Drop markdown heading marks and emphasis; return (text, heading level)."""
    level = 0
    m = MD_HEADING_RE.match(line)
    if m:
        level = len(m.group(1))
        line = line[m.end():]
    line = _GLUED.sub(r"\1 ", _EMPHASIS_RE.sub("", _split_bold_runs(line)))
    # (a portal's notes inside the line: "[Cụm từ này bị thay thế bởi ...]", core/lexicon/portal.toml [[inline_note]])
    line = portal().inline_note.sub("", line)
    # (an item's number typed against its first word: "1.Chính phủ, Hội đồng nhân dân, ... có trách nhiệm tổ chức thi
    # hành" (NQ 1670/NQ-UBTVQH15 Điều 3.1, tests/data/pandoc-md) is item 1)
    line = _GLUED_NUMBER.sub(r"\1 ", line.strip())
    return line.strip(), level


def is_closing(text: str) -> bool:
    """The recipients block ("Nơi nhận:") that closes the body of an administrative document (also when it
    opens the signature table: "| Nơi nhận: ... | KT. CHỦ TỊCH ... |")."""
    head = text.lstrip("| *_").strip()
    return bool(structure().closing[0].match(head))


# the authentication block that closes a consolidated text, alone or beside the body's name in a two-column print ("BỘ
# LAO ĐỘNG - THƯƠNG BINH XÁC THỰC VĂN BẢN HỢP NHẤT" / "VÀ XÃ HỘI"); older texts write "XÁC NHẬN" (VBHN 4246/VBHN-BLĐTBXH)
ATTESTS = re.compile(r"\s*XÁC (?:THỰC|NHẬN) VĂN BẢN HỢP NHẤT\s*\.?")


def is_attestation(text: str) -> bool:
    """Does a line open or hold a consolidated text's authentication block ("XÁC THỰC VĂN BẢN HỢP NHẤT")?"""
    return bool(ATTESTS.search(text))


def _wrapped_row_lines(source: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines that go on with a Markdown table row opened on an earlier line: a PDF printed from Markdown wraps its
    rows at the margin ("| Bước 3 | Lãnh đạo Chi cục Thủy sản và Kiểm ngư tỉnh Nghệ An | - Ký phê duyệt kết quả TTHC
    trên Hệ" / "thống thông tin giải quyết thủ tục hành chính tỉnh; ... | 04 giờ làm việc | |", QĐ 80/QĐ-UBND Nghệ An of
    2026, Phụ lục II; blind set b127-17). Only when the row closes (a line ending in "|") within ROW_WRAP_LINES lines,
    before a blank line or another row opens: a row left open by a text-saving crawler is followed by prose ("| (1 + r)
    n – 1 | Trong đó: n là ..." / "5. Xác định giá đất ...", NĐ 71/2024/NĐ-CP as thuvienphapluat.vn saves it)."""
    texts = [source[a:b].strip() for a, b in lines]
    going_on: set[int] = set()
    for k, text in enumerate(texts):
        if not OPEN_ROW_RE.match(text) or TABLE_ROW_RE.match(text) or k in going_on:
            continue
        for j in range(k + 1, min(k + 1 + ROW_WRAP_LINES, len(texts))):
            if not texts[j] or (texts[j].startswith("|") and not texts[j].endswith("|")):
                break
            if texts[j].endswith("|"):
                going_on.update(range(k + 1, j + 1))
                break
    return going_on


ROW_WRAP_LINES = 40  # how many lines a wrapped table row may run over


def starts_block(text: str) -> bool:
    """True when a line must start a new paragraph (a label, list item or table row)."""
    return bool(label_of(text) or TABLE_ROW_RE.match(text) or OPEN_ROW_RE.match(text) or FOOTNOTE_RE.match(text))


OPEN_ROW_RE = re.compile(r"^\|[^|\n]*\|")  # a line opening a table row, which may end on a later line (``_wrapped_row_lines``)


@cache
def _division_words() -> frozenset[str]:
    """The division words of structure.toml, folded ("phan", "phan thu", "chuong", "muc", "dieu")."""
    return frozenset(fold(w) for d in structure().divisions for w in d.words)


def _division_word(text: str) -> bool:
    """A line holding only a division word ("**Điều" before a wrapped "2. **Giao ..." on the next line)."""
    return fold(text.strip(" .:")) in _division_words()


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _caps_fragment(text: str) -> bool:
    """A line holding one upper-case word and nothing else ("QUYẾT", "KẾT", "BAN"): the start of a heading."""
    t = text.strip()
    return len(t) >= 2 and t.isalpha() and t.isupper()


def _caps_word_start(text: str) -> bool:
    first = text.split(maxsplit=1)[0].rstrip(":,.;") if text.strip() else ""
    return len(first) >= 2 and first.isalpha() and first.isupper()


_BOLD_HEADING_MAX = 200  # the most characters of a bold heading's first lines that a wrap may continue


def _continues(prev: Paragraph, nxt: str, after_blank: bool, prev_line: str, open_bold: bool = False) -> bool:
    """Should the line ``nxt`` be joined to paragraph ``prev``?

    ``prev_line`` is prev's last source line as extracted, trailing spaces included: PDF text keeps the
    space before a wrap ("Đoàn Thanh niên Cộng sản \n\nHồ Chí Minh"), a sign the sentence goes on. ``open_bold``:
    prev's source (a heading's length) opens a bold span that ``nxt``'s closes.
    """
    ends_open = not prev.text.rstrip().endswith(_TERMINAL)
    if not ends_open and structure().summary_start.match(nxt):
        return False  # "... chữa cháy." + "*Nghị quyết này đã được Hội đồng nhân dân thành": the closing sentence
    if not after_blank and open_bold and not prev.is_table_row and not starts_block(nxt) and not MD_HEADING_RE.match(nxt):
        # a bold heading the portal wrapped, its "**" closed on a later line: "**A." + "DANH MỤC NHÓM THỦ TỤC HÀNH CHÍNH
        # LIÊN THÔNG ĐIỆN TỬ**", "**B. NỘI" + "DUNG CỤ THỂ CỦA NHÓM ...**" (QĐ 4422/QĐ-BVHTTDL of 2025; eval/external
        # b19, a set kept outside the repo)
        return True
    if not after_blank and _numeral_start(nxt) and _division_word(prev.text):
        return True  # "Điều" + "2. Giao Sở ...": a division heading wrapped after its word
    prev_label = label_of(prev.text)
    if not after_blank and prev_label is not None and prev_label.kind not in ("dash", "plus") \
            and not prev.text[prev_label.end:].strip() and not starts_block(nxt):
        return True  # "Điều 4." / "I." / "1." + "Trách nhiệm của ...": a heading's words on the next line
    label = label_of(nxt)
    if not after_blank and ends_open and label is not None and label.kind == "article" and not label.text.endswith((".", ":")):
        return True  # "... theo quy định tại khoản 3" + "Điều 6 Nghị định số 31/2021/NĐ-CP": a reference, not a heading
    if not after_blank and ends_open and label is not None and label.kind == "roman" \
            and not nxt[label.end:].strip() and not prev.heading_level and prev.text.split()[-1].islower():
        return True  # "... trên biển báo mũi tên chỉ số" + "IV.": a level wrapped mid-sentence, no heading (QĐ Quảng
        # Ninh on forest fires, Điều 6.4; eval/external/docs/b4)
    if not after_blank and ends_open and nxt.startswith("– "):
        return True  # an en dash inside a wrapped sentence ("Công an tỉnh\n– Phòng Tham mưu)")
    if not after_blank and ends_open and nxt.startswith("- ") and _hyphen_in_a_name(prev.text, nxt[2:]):
        return True  # "... và Công ty Tân Cảng" + "- Petro Cam Ranh giải quyết ...": a name's hyphen, not a list dash
    if _caps_fragment(prev.text) and _caps_word_start(nxt) and not prev.heading_level:
        return True  # a bold heading the portal broke after its first word: "QUYẾT" + "ĐỊNH", "THÔNG" + "TƯ"
    if not after_blank and ends_open and not prev.heading_level and not prev.is_table_row and _SYMBOL_START.match(nxt):
        return True  # "... Hướng dẫn số" + "01-HD/BTCTU.": a document's number wrapped, not a line in capitals
    if prev.heading_level or prev.is_table_row or starts_block(nxt) or MD_HEADING_RE.match(nxt):
        return False
    if not after_blank and _is_all_caps(prev.text) and _is_all_caps(nxt) and label_of(prev.text):
        return True  # a section heading wrapped over two lines ("I. TÌNH HÌNH ... VÀ DỰ TOÁN\nNGÂN SÁCH ...")
    if _is_all_caps(prev.text) or _is_all_caps(nxt) or prev.text.rstrip().endswith("./.") or is_closing(nxt):
        return False
    if (_SUBJECT.search(prev.text) or _PLACE_DATE_LINE.match(prev_line)) and \
            (_PLACE_DATE_LINE.match(nxt) or nxt.startswith("Kính gửi")):
        return False  # a letter's place and date, its "Kính gửi:": lines of their own below a wrapped subject
    if prev.text.startswith("Kính gửi") and structure().letter_opening.match(nxt):
        return False  # "Kính gửi: Công ty cổ phần ..." / "Sở Công Thương nhận được Văn bản số ...": the body
    if not after_blank and prev.text.startswith("Kính gửi") and len(prev_line.rstrip()) < _SHORT_LINE and \
            len(prev.text.split(":", 1)[-1].split()) >= 3 and nxt[:1].isupper() and not starts_with_unit(nxt):
        # "Kính gửi: Sở Công Thương tỉnh Lào Cai" ending well before the margin, then "Ngày 03 tháng 7 năm 2025, Cục
        # ĐCK nhận được ...": the letter's body (not "Kính gửi: Bộ trưởng" / "Bộ Nông nghiệp và Môi trường", nor "Kính
        # gửi: Bộ" / "Văn hóa, Thể thao và Du lịch.": a name)
        return False
    if not after_blank and _unit_heading_then_body(prev, nxt, prev_line):
        return False
    first = nxt[0]
    if not after_blank:
        # Hard-wrapped PDF text: consecutive lines belong together unless a marker starts the line,
        # or the previous line is a short finished sentence (a paragraph that ended before the margin).
        return ends_open or not prev_line.rstrip().endswith((".", ":")) or len(prev_line.rstrip()) >= 60
    # After a blank line (a page break in the extraction): join sentences that were cut in the middle.
    if first.islower():
        return True
    if first.isdigit():
        return ends_open
    # An upper-case start continues only a long sentence cut right after a comma, or a wrapped line.
    wrapped = prev_line != prev_line.rstrip() and ends_open
    return len(prev.text) > 60 and (prev.text.rstrip().endswith(",") or wrapped)


# lines of a header that a hard-wrapped PDF sets right below a letter's wrapped subject ("V/v hướng dẫn về công tác quản"
# / "lý, phát triển cụm công nghiệp" / "theo địa giới hành chính mới" / "Hà Nội, ngày tháng 7 năm 2025" / "Kính gửi: Sở
# Công Thương tỉnh Lào Cai", Công văn 1178/ĐCK-CTT of Cục Đổi mới sáng tạo, chuyển đổi xanh và Khuyến công, 2025): the
# place and date written alone, and the line whom the letter is sent to
_PLACE_DATE_LINE = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,4}[^\W\d_]+\s*,\s*ngày\b[^.;]{0,30}\bnăm\s+\d{4}\s*$")
_SUBJECT = re.compile(r"(?:^|\s)V/v\s")
_SHORT_LINE = 55  # a PDF's line shorter than this ended before the margin


def _title_then_body(prev: Paragraph, nxt: str, prev_line: str, after_blank: bool) -> bool:
    """Is ``nxt`` the first line of an article's or a section's body after its title, whose last line ended well before
    the margin ("Điều 9. Tổ chức thực hiện"; "III. Về các nội dung liên quan công tác cán bộ" / "Ban Thường vụ Đảng uỷ
    thống nhất ...", TB 17-TB/ĐU of Đảng uỷ xã Công Hải, blind set b137-28; a title that wraps fills its first line, "...
    sinh thái, doanh" / "nghiệp sinh thái")?"""
    label = label_of(prev.text)
    # (a numbered item's title too when the body opens with who leads it: "27. Điều 31: Tổ chức cơ quan Ủy ban kiểm
    # tra" / "Ban Tổ chức Trung ương chủ trì, phối hợp với ..." of Quy định 294-QĐ/TW, 2025; blind set b140-14)
    titled = label is not None and (label.kind in ("article", "roman") or (
        label.kind not in ("dash", "plus") and (leading_subject(nxt) is not None or opener_at(nxt, 0) is not None)))
    if after_blank or len(prev.spans) > 2 or "\n" in prev.text or not titled or \
            not nxt[:1].isupper() or "**" in prev_line:
        return False  # a portal's Markdown wraps bold headings anywhere ("**Điều 4. **Chánh" / "Văn phòng UBND tỉnh, ...")
    title = prev.text[label.end:].strip()
    if label.kind not in ("article", "roman") and len(re.findall(r"[^\W\d_]{2,}", title)) < 2:
        return False  # "a) [38]" / "Binh chủng Công binh chủ trì ...": a footnote's mark, no title
    return 0 < len(title.split()) <= 25 and not title.endswith(_TERMINAL) and len(prev_line.rstrip()) < 55


def _grounds_after_title(paragraphs: list[Paragraph], nxt: str) -> bool:
    """Is ``nxt`` the first line of the grounds ("Thực hiện Chỉ thị số 05/CT-TTg ...", "Căn cứ Luật ...") right below
    a title whose kind line ("KẾ HOẠCH") is the paragraph before it? A PDF sets the grounds on the title's next line,
    with no blank line (KH 155/KH-UBND of UBND phường Phong Châu, 2026; tests/data/ward-plan): joined, the title ran
    over the grounds, and a question naming the plan by its title words lost the words the grounds repeat."""
    if len(paragraphs) < 2 or paragraphs[-1].heading_level or paragraphs[-1].is_table_row:
        return False
    kind_line = paragraphs[-2].text.strip(" :*")
    return kind_line.isupper() and fold(kind_line) in kind_names() and \
        structure().grounds_opening.match(nxt) is not None


def _body_after_subject(paragraphs: list[Paragraph], nxt: str) -> bool:
    """Is ``nxt``, after a blank line, the body's first sentence below the subject line under the kind line ("NGHỊ
    QUYẾT" / "CỦA BỘ CHÍNH TRỊ" / "về đột phá phát triển khoa học, công nghệ, ... chuyển đổi số quốc gia" / "Phát triển
    khoa học, công nghệ ... đang là yếu tố quyết định ...", NQ 57-NQ/TW as a Markdown copy keeps it; blind set b139)?
    Joined, the title ran into the body and was lost."""
    if len(paragraphs) < 2 or not nxt[:1].isupper() or paragraphs[-1].is_table_row:
        return False
    subject, above = paragraphs[-1].text.strip(" *"), paragraphs[-2].text.strip(" :*")
    if not subject.startswith(("về ", "Về ")) or len(subject) > 300:
        return False
    return (above.isupper() and fold(above) in kind_names()) or above.upper().startswith("CỦA ")


def _unit_heading_then_body(prev: Paragraph, nxt: str, prev_line: str) -> bool:
    """Is ``nxt`` the first line of the tasks under a numbered heading that names a unit, the heading's last line
    ending well before the margin ("3. Phòng Nông nghiệp và Môi trường" / "Là cơ quan thường trực tham mưu ...", "11.
    Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ" / "chức chính trị - xã hội" / "Tăng cường công tác ...";
    KH 155/KH-UBND of phường Phong Châu, Phú Thọ, 2026, VI; blind set b71)? A heading that is a sentence ("2. Giao Sở Tư
    pháp chủ trì ...") is no unit alone; one that wraps fills its line."""
    label = label_of(prev.text)
    if label is None or label.kind in ("dash", "plus", "article") or not nxt[:1].isupper() or \
            len(prev_line.rstrip()) >= _SHORT_LINE or not opens_with_verb(nxt):
        return False  # (a name a portal wrapped goes on in capitals: "Sở Công" / "Thương chịu trách nhiệm ...")
    title = " ".join(prev.text[label.end:].split())
    if not title or title.rstrip(":)").endswith(_TERMINAL) or len(title.split()) > _UNIT_HEADING_WORDS:
        return False
    if (opened := opener_at(title, 0)) is not None and opened[1]:  # "Đề nghị Chi nhánh Văn phòng Đăng ký đất đai ..."
        title = title[opened[0]:]
    title = title.rstrip(":")  # "1. Chủ tịch UBND phường:"
    if title.split()[-1] in _bare_heads():
        return False  # "Các thành viên Ban" / "Chỉ đạo, Bộ trưởng ...": a name cut after its head
    found = unit_phrase_at(title)
    return found is not None and found[1] >= len(title.rstrip(" )")) - 1


_UNIT_HEADING_WORDS = 30  # the most words of a heading that names only units
_ENDS_NAMES = frozenset({"Thuế", "Quỹ"})  # heads that end names too ("Chi cục Thuế")


@cache
def _bare_heads() -> frozenset[str]:
    """One-word unit heads in capitals ("Ban", "Sở", "Bộ"), which a name never ends with (units.toml [[head]]); not an
    abbreviation ("Văn phòng HĐND và UBND") nor a head that ends names too ("Chi cục Thuế", "Ngân hàng Chính sách xã hội
    ... Quỹ")."""
    return frozenset(w for h in units().heads for w in h.words
                     if " " not in w and w[:1].isupper() and not w.isupper()) - _ENDS_NAMES


# a document's number and symbol at a line's start: "01-HD/BTCTU", "123/QĐ-UBND", "45/2025/NĐ-CP" (Công văn of UBND
# TP. Hồ Chí Minh on rating staff, 2025: "... Mục I Hướng dẫn số" / "01-HD/BTCTU."; eval/external/docs/b14)
_SYMBOL_START = re.compile(r"^\d+(?:/\d{4})?[-/][A-ZĐ]{1,10}(?:[-/][A-ZĐ&]{1,10})*\b")


def _hyphen_in_a_name(before: str, after: str) -> bool:
    """Does a hyphen that a wrap put at a line's start join two parts of one name: "Công ty Tân Cảng - Petro Cam
    Ranh" (plans-real/web/bo-quoc-phong_89-vbhn-bqp.md), "các tổ chức chính trị - xã hội" (vb_fe168907.md)? A list
    item starts with a Vietnamese word; a name's second part may not ("Petro"). Names are checked on folded text."""
    words, rest = before.split(), after.split()
    if not words or not rest:
        return False
    if fold(" ".join(words[-2:])) == "chinh tri" and fold(rest[0]) == "xa":
        return True
    if words[-1][:1].isupper() and province_at_start(after) and provinces_in(" ".join(words[-3:])):
        return True  # a route between two places: "cao tốc Ninh Bình" + "- Hải Phòng, đoạn qua ..." (CV 11654/VPCP-CN)
    first = re.sub(r"\W", "", rest[0])
    return words[-1][:1].isupper() and first[:1].isupper() and not is_vietnamese_syllable(fold(first))


def _numeral_start(text: str) -> bool:
    return bool(re.match(r"^(?:\d|[IVXL]+\b)", text))


def _next_starts_with_digit(source: str, lines: list[tuple[int, int]], k: int) -> bool:
    for start, end in lines[k + 1:]:
        if start != end:
            return _numeral_start(clean_marks(source[start:end])[0])
    return False


def _raw_line(source: str, span: tuple[int, int]) -> str:
    """The source line of a stripped span, with its trailing spaces."""
    end = source.find("\n", span[1])
    return source[span[0]: end if end >= 0 else len(source)]


def _split_lines(source: str) -> list[tuple[int, int]]:
    """Spans of the stripped content of each line ((start, start) for blank lines)."""
    spans = []
    pos = 0
    for raw in source.split("\n"):
        end = pos + len(raw)
        lstrip = len(raw) - len(raw.lstrip())
        rstrip = len(raw.rstrip())
        if raw.strip():
            spans.append((pos + lstrip, pos + rstrip))
        else:
            spans.append((pos, pos))
        pos = end + 1
    return spans


# A numbered item set inside a line, after the end of a sentence or a colon ("... yêu cầu các bộ, ngành, địa phương: 1. Chủ
# động bám sát ... 2. Chủ tịch Ủy ban nhân dân ..."): a text copied from a web page with its layout flattened (39/CĐ-TTg
# of 2025 as a crawler kept it; blind set b70).
_INLINE_ITEM = re.compile(r"(?<=[.:;!?…”)])[ \t]+(\d{1,2})\.[ \t]+(?=[A-ZĐÀ-Ỹ])")
_INLINE_CLOSING = re.compile(r"(?<=\./\.)[ \t]+(?=Nơi nhận\s*:)")


_FLAT_ITEM_CHARS = 100  # a run's items are paragraphs, not a list inside a sentence ("Gửi kèm: 1. Văn bản số ...; 2. ...")


def _long_run(run: list[int]) -> bool:
    return len(run) >= 2 and min(b - a for a, b in zip(run, run[1:])) >= _FLAT_ITEM_CHARS


def unflatten(source_text: str) -> str:
    """``source_text`` with each run of numbered items set inside its lines ("1. ..., 2. ..., 3. ...", counted from 1,
    each item a paragraph long, none in a table's row) and a "Nơi nhận:" run on after "./." put on paragraphs of their
    own; a text whose items start their own lines is returned as it is."""
    cuts: list[int] = []
    run: list[int] = []
    for m in _INLINE_ITEM.finditer(source_text):
        line_start = source_text.rfind("\n", 0, m.start()) + 1
        if source_text[line_start:m.start()].lstrip().startswith("|"):
            continue  # a cell of a table row keeps its items
        at = m.end(0) - len(m.group(0).lstrip(" \t"))
        n = int(m.group(1))
        if n == len(run) + 1:
            run.append(at)
        elif n == 1:
            cuts.extend(run if _long_run(run) else [])
            run = [at]
    cuts.extend(run if _long_run(run) else [])
    cuts.extend(m.end() for m in _INLINE_CLOSING.finditer(source_text))
    if not cuts:
        return source_text
    parts, last = [], 0
    for cut in sorted(set(cuts)):
        parts.append(source_text[last:cut].rstrip(" \t"))
        last = cut
    parts.append(source_text[last:])
    return "\n\n".join(parts)


def repair(source_text: str) -> RepairResult:
    """Turn the raw text of a plan into logical paragraphs, with footnotes lifted out."""
    source_text = nfc(source_text)
    paragraphs: list[Paragraph] = []
    footnotes: dict[str, Footnote] = {}
    notes: list[str] = []
    open_footnote: Footnote | None = None  # a footnote whose text was cut by a page break
    blank_before = True
    joins = 0

    lines = _split_lines(source_text)
    row_lines = _wrapped_row_lines(source_text, lines)
    for k, (start, end) in enumerate(lines):
        if start == end:
            blank_before = True
            continue
        raw = source_text[start:end]
        text, level = clean_marks(raw)
        if not text:
            blank_before = True
            continue
        fm = FOOTNOTE_RE.match(text)
        if fm and blank_before:
            mark = fm.group(1).translate(_SUPERSCRIPT_DIGITS)
            if mark in footnotes:  # numbering restarted (per page) or repeated: keep both texts under the mark
                open_footnote = footnotes[mark]
                open_footnote.text = f"{open_footnote.text} {fm.group(2).strip()}"
                open_footnote.spans.append((start, end))
            else:
                open_footnote = Footnote(mark, fm.group(2).strip(), [(start, end)])
                footnotes[mark] = open_footnote
            notes.append(f"footnote {mark} lifted out of the text")
            blank_before = True
            continue
        prev = paragraphs[-1] if paragraphs else None
        # The rest of a footnote cut by a page break: a lower-case line after a finished paragraph.
        if (
            open_footnote is not None
            and blank_before
            and text[0].islower()
            and not starts_block(text)
            and prev is not None
            and prev.text.rstrip().endswith(_TERMINAL)
            and not open_footnote.text.rstrip().endswith((".", ";"))
        ):
            open_footnote.text = f"{open_footnote.text} {text}"
            open_footnote.spans.append((start, end))
            notes.append(f"footnote {open_footnote.mark} continued after a page break")
            continue
        division_head = _division_word(text) and _next_starts_with_digit(source_text, lines, k)
        # a bold span prev opens and this line closes (a wrapped bold heading, not a stray "**" left open for pages)
        open_bold = prev is not None and "**" in raw and len(prev.text) <= _BOLD_HEADING_MAX \
            and sum(source_text[a:b].count("**") for a, b in prev.spans) % 2 == 1
        if prev is not None and k in row_lines and not prev.is_table_row and OPEN_ROW_RE.match(prev.text):
            prev.text = f"{prev.text.rstrip()} {text}"  # a table row wrapped at the margin (``_wrapped_row_lines``)
            prev.spans.append((start, end))
            prev.is_table_row = bool(TABLE_ROW_RE.match(prev.text))
            joins += 1
        elif prev is not None and not level and not division_head and not _grounds_after_title(paragraphs, text) and \
                not (blank_before and _body_after_subject(paragraphs, text)) and \
                _continues(prev, text, blank_before, _raw_line(source_text, prev.spans[-1]), open_bold):
            # an article's short title and the first line of its body, which a PDF sets on the next line ("Điều 9. Tổ
            # chức thực hiện" / "Ban Quản lý các khu công nghiệp, khu kinh tế chủ trì, ...", TT 05/2025/TT-BKHĐT; blind
            # set b40-14): one paragraph still, but the body a sentence of its own, its subject not lost in the title
            glue = "\n" if _title_then_body(prev, text, _raw_line(source_text, prev.spans[-1]), blank_before) else " "
            prev.text = f"{prev.text.rstrip()}{glue}{text}"
            prev.spans.append((start, end))
            joins += 1
        else:
            paragraphs.append(
                Paragraph(text=text, spans=[(start, end)], heading_level=level, is_table_row=bool(TABLE_ROW_RE.match(text)))
            )
        blank_before = False

    for p in paragraphs:
        marks = re.findall(r"(?<=[^\s\d])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)", p.text)
        if marks:
            p.footnote_marks = [m.translate(_SUPERSCRIPT_DIGITS) for m in marks]
    if joins:
        notes.append(f"{joins} wrapped or page-split lines joined")
    return RepairResult(paragraphs=paragraphs, footnotes=footnotes, notes=notes)
