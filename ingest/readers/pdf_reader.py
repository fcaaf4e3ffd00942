"""PDF reader (pypdf): the text layer of each page (its ruled tables as Markdown rows, its running headers and page
numbers out), OCR for the pages that are scans; a page goes on from the page before as a wrapped line would."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from core.models import PageInfo

from .base import ReadResult, check_file, join_pages, read_error
from .ocr import OcrOptions, OcrPage, OcrUnavailable, ocr_pdf_pages
from .ocr_cleanup import clean_pages, remove_page_furniture
from .pdf_objects import pages_drawing
from .pdf_stamps import fill_stamped_blanks, stamped_values
from .pdf_tables import pages_with_tables
from .split_syllables import has_split_syllables, rejoin_split_syllables

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 20  # fewer letters than this in the whole file: no real text layer
LAYOUT_KEEPS = 0.8  # a page read again in layout mode must keep this share of its letters (rotated text is lost)
MIN_PAGE_LETTERS = 20  # a page with fewer letters in its text layer is read by OCR when it shows an image
# A font whose glyphs map to the wrong characters writes "9ăQ phòng 6ӣ Công 7KѭѫQJ WӍQK Lào Cai" for "Văn phòng Sở
# Công Thương tỉnh Lào Cai" (Kế hoạch 1105/KH-ĐKT and QĐ 1050/QĐ-SCT of Sở Công Thương Lào Cai, 2026): most of its
# non-ASCII letters are no Vietnamese letter (Cyrillic, combining marks, "Œ", "ˆ"). Such a page is read by OCR. A
# Vietnamese text layer has under 2% of them (plans-real, plans-extra, the gazette PDFs), a garbled one 75-85%.
GARBLED_SHARE = 0.3
GARBLED_MIN = 20
_VIET_LETTERS = frozenset(
    c for b in "aăâeêioôơuưy" for t in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    for c in (unicodedata.normalize("NFC", b + t), unicodedata.normalize("NFC", b + t).upper())) | {"đ", "Đ"}


# A scan whose text layer was made by OCR for another language writes "Cdn c{r NShi dinh sA ZI2OISU,D-CP ngdy 30 thdng 8
# ndm 2019" for "Căn cứ Nghị định số 71/2019/NĐ-CP ngày 30 tháng 8 năm 2019" (QĐ 26/QĐ-XPVPHC of Cục Hóa chất, 2026):
# hardly a word holds a Vietnamese letter. Of the pages of 40 words or more of every Vietnamese PDF in plans-real,
# plans-extra, tests/data and the blind sets' gazette texts, the fewest holding one is 37% (a table of figures), most
# 75-85%; that layer's pages 0%. Such a page is read by OCR.
UNACCENTED_SHARE = 0.1
UNACCENTED_MIN_WORDS = 40
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
# A font that writes "ư" as "ƣ" (U+01A3, a letter no Vietnamese word has): "hƣớng dẫn", "Sở Công Thƣơng" (Công văn
# 1178/ĐCK-CTT of Cục Đổi mới sáng tạo, chuyển đổi xanh và Khuyến công, 2025)
_FONT_LETTERS = str.maketrans("ƣƢ", "ưƯ")


def unaccented_layer(text: str) -> bool:
    """Whether a page's text layer reads as Vietnamese with its diacritics lost: OCR of a scan made for another
    language."""
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if len(words) < UNACCENTED_MIN_WORDS:
        return False
    return sum(any(ord(c) > 127 for c in w) for w in words) < UNACCENTED_SHARE * len(words)


def garbled_layer(text: str) -> bool:
    """Whether a page's text layer was written with a font mapping its glyphs to the wrong characters."""
    foreign = [c for c in unicodedata.normalize("NFC", text) if ord(c) > 127 and (c.isalpha() or unicodedata.combining(c)
                                                                                   or unicodedata.category(c) == "Lm")]
    odd = sum(c not in _VIET_LETTERS for c in foreign)
    return odd >= GARBLED_MIN and odd >= GARBLED_SHARE * len(foreign)


def _open(path: Path) -> tuple[PdfReader, list[str]]:
    warnings: list[str] = []
    try:
        reader = PdfReader(str(path), strict=False)
    except (PdfReadError, ValueError, OSError, KeyError, TypeError) as exc:
        raise read_error(path, f"Tệp PDF bị hỏng, không đọc được ({exc}).", f"Corrupt PDF, cannot read it ({exc}).") from None
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError) as exc:
            raise read_error(
                path,
                f"Tệp PDF được mã hóa theo cách chưa hỗ trợ ({exc}); hãy gỡ mật khẩu rồi thử lại.",
                f"The PDF uses an unsupported encryption ({exc}); remove the password and try again.",
            ) from None
        if not opened:
            raise read_error(
                path,
                "Tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi thử lại.",
                "The PDF is password-protected; remove the password and try again.",
            )
        warnings.append("Tệp PDF có mã hóa (không cần mật khẩu để mở); đã đọc được.")
    return reader, warnings


def _goes_on(before: str, page: str) -> bool:
    """Whether a page of the text layer goes on from the page ``before``: a sentence or a table the break cut."""
    last = next((line.strip() for line in reversed(before.splitlines()) if line.strip()), "")
    first = next((line.strip() for line in page.splitlines() if line.strip()), "")
    if not last or not first:
        return False
    return first[0].islower() or (last.startswith("|") and first.startswith("|"))


def _layout_pages(reader: PdfReader) -> list[str] | None:
    """Each page's text in pypdf's layout mode, its runs of spaces (columns, indents) as one; None when it fails."""
    try:
        texts = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, ZeroDivisionError):
        return None
    return ["\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in text.split("\n")) for text in texts]


def _keep_whole_pages(plain: list[str], relaid: list[str]) -> list[str]:
    """Each page as layout mode reads it, unless layout mode lost most of its letters: pypdf's layout mode skips
    rotated text, and a landscape table page (the list of texts annexed to QĐ 135/QĐ-BLĐTBXH, Official Gazette
    2024) keeps only its running header. Such a page keeps its plain reading."""
    def letters(text: str) -> int:
        return len(_LETTER.findall(text))
    return [lay if letters(lay) >= LAYOUT_KEEPS * letters(text) else text for text, lay in zip(plain, relaid)]


def _listed(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:10]) + ("…" if len(numbers) > 10 else "")


def read_pdf(path: Path, max_bytes: int, ocr: OcrOptions | None = None,
             on_page: Callable[[int, int], None] | None = None) -> ReadResult:
    """Text of a PDF, page by page: the text layer where a page has one, OCR (when ``ocr`` is given) where a
    page is a scan. ``on_page(done, total)`` reports OCR progress."""
    check_file(path, max_bytes)
    reader, warnings = _open(path)
    pages: list[str] = []
    try:
        for page in reader.pages:
            pages.append(page.extract_text() or "")
    except FileNotDecryptedError:
        raise read_error(path, "Tệp PDF được bảo vệ bằng mật khẩu.", "The PDF is password-protected.") from None
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise read_error(path, f"Tệp PDF bị hỏng ({exc}).", f"Corrupt PDF ({exc}).") from None
    split = has_split_syllables("\n".join(pages))
    if split:
        # a text layer whose fonts place a syllable's onset and vowel apart ("Ngh\nị định n\này quy đ\nịnh", NĐ
        # 158/2025/NĐ-CP in the Official Gazette) reads whole in layout mode, which places glyphs by position
        relaid = _layout_pages(reader)
        if relaid is not None:
            relaid = _keep_whole_pages(pages, relaid)
        if relaid is not None and not has_split_syllables("\n".join(relaid)):
            pages = relaid
            warnings.append("Lớp văn bản của tệp PDF tách rời các âm tiết; đã đọc lại theo vị trí chữ trên trang.")
        elif relaid is not None:
            # ... page by page when neither reading is whole throughout: the decision's first pages split in the text
            # layer and read whole by position, its appendix table the other way round (QĐ 1059/QĐ-TTPVHCC Hà Nội
            # of 2025; blind set b74)
            mixed = [lay if has_split_syllables(text) and not has_split_syllables(lay) else text
                     for text, lay in zip(pages, relaid)]
            if mixed != pages:
                pages = mixed
                warnings.append("Lớp văn bản của tệp PDF tách rời các âm tiết ở một số trang; các trang đó đã được đọc "
                                "lại theo vị trí chữ trên trang.")
    empty_pages = [n for n, text in enumerate(pages, start=1) if len(_LETTER.findall(text)) < MIN_PAGE_LETTERS]
    layer = [n for n in range(1, len(pages) + 1) if n not in empty_pages]
    tabled, untabled = pages_with_tables(path, {n: reader.pages[n - 1] for n in layer})
    for n, text in tabled.items():
        pages[n - 1] = text
    pages = [text.translate(_FONT_LETTERS) for text in pages]
    if layer:
        # the number and day an e-signature stamped over the first page's blanks (ingest/readers/pdf_stamps.py)
        first = layer[0] - 1
        pages[first] = fill_stamped_blanks(pages[first], stamped_values(reader.pages[first]))
    if untabled:
        warnings.append(f"Các trang {_listed(untabled)} không được đọc bảng theo ô (tệp dài, quá số trang hoặc thời "
                        "gian): bảng ở các trang này được đọc như văn bản thường.")
    # Running headers ("CÔNG BÁO/Số 286/Ngày 27-05-2026 95") and page numbers of the text layer go, as OCR's do.
    for n, lines in zip(layer, remove_page_furniture([pages[n - 1].split("\n") for n in layer])):
        pages[n - 1] = "\n".join(lines)
    # what layout mode still splits, and ruled tables read from the same runs ("DANH SÁCH NG ƯỜI LAO ĐỘNG"), are joined
    if (rejoined := rejoin_split_syllables([pages[n - 1] for n in layer], split)) is not None:
        for n, text in zip(layer, rejoined):
            pages[n - 1] = text
        if not any("tách rời các âm tiết" in w for w in warnings):
            warnings.append("Lớp văn bản của tệp PDF tách rời các âm tiết (như “ng ười”, “nghi ệp”); đã nối lại.")
    garbled = [n for n in layer if garbled_layer(pages[n - 1])]
    unaccented = [n for n in layer if n not in garbled and unaccented_layer(pages[n - 1])]
    ocr_done: dict[int, OcrPage] = {}
    unavailable: OcrUnavailable | None = None
    if garbled and ocr is None:
        warnings.append(f"Các trang {_listed(garbled)}: lớp văn bản dùng phông chữ mã hóa sai (chữ bị lỗi); hãy bật nhận "
                        "dạng chữ (OCR) hoặc dùng bản .docx/.txt.")
    if unaccented and ocr is None:
        warnings.append(f"Các trang {_listed(unaccented)}: lớp văn bản mất dấu tiếng Việt (nhận dạng chữ theo ngôn ngữ "
                        "khác); hãy bật nhận dạng chữ (OCR) hoặc dùng bản .docx/.txt.")
    misread_layer = sorted(garbled + unaccented)  # pages with a text layer read again by OCR
    if (empty_pages or misread_layer) and ocr is not None:
        scans = sorted(set(pages_drawing(path, empty_pages, "image")) | set(misread_layer)) if empty_pages else misread_layer
        wanted = scans[: max(0, ocr.max_pages)]
        if len(scans) > len(wanted):
            warnings.append(
                f"Chỉ nhận dạng chữ (OCR) {len(wanted)} trang đầu trong {len(scans)} trang quét (giới hạn "
                f"KEHOACH_OCR_MAX_PAGES={ocr.max_pages}); các trang {_listed(scans[len(wanted):])} không được đọc.")
        if wanted:
            try:
                ocr_done = {p.number: p for p in ocr_pdf_pages(path, wanted, ocr, on_page)}
            except OcrUnavailable as exc:
                unavailable = exc
    failed = [p for p in ocr_done.values() if p.error]
    for p in failed:
        warnings.append(f"Trang {p.number}: {p.error}; trang này không đọc được.")
    read_pages = {n: p for n, p in ocr_done.items() if not p.error and p.lines}
    cleaned = dict(zip(read_pages, clean_pages([p.lines for p in read_pages.values()])))
    texts = [cleaned.get(n, text if n not in read_pages else "") for n, text in enumerate(pages, start=1)]
    if sum(len(_LETTER.findall(t)) for t in texts) < MIN_LETTERS:
        vi = "Tệp PDF không có lớp văn bản (có thể là bản quét)"
        en = "The PDF has no text layer (probably a scan)"
        if unavailable is not None:
            vi, en = f"{vi} và không nhận dạng chữ (OCR) được: {unavailable.vi}", f"{en} and OCR cannot run: {unavailable.en}"
        elif ocr is None:
            vi, en = f"{vi}; hãy bật nhận dạng chữ (OCR) hoặc dùng bản .docx/.txt", f"{en}; enable OCR or use a .docx/.txt version"
        elif failed:
            vi, en = (f"{vi}; nhận dạng chữ (OCR) không đọc được: trang {failed[0].number}: {failed[0].error}",
                      f"{en}; OCR failed on page {failed[0].number}: {failed[0].error_en}")
        elif ocr_done:
            vi, en = f"{vi}; nhận dạng chữ (OCR) không đọc được chữ nào", f"{en}; OCR read no text in it"
        else:
            vi, en = f"{vi}; hãy nhận dạng chữ (OCR) hoặc dùng bản .docx/.txt", f"{en}; run OCR or use a .docx/.txt version"
        raise read_error(path, vi + ".", en + ".")
    blank = [n for n, p in ocr_done.items() if not p.error and not p.lines]
    if blank:
        warnings.append(f"Trang {_listed(blank)}: nhận dạng chữ (OCR) không thấy chữ nào (trang trắng, hoặc chỉ có "
                        "con dấu, chữ ký).")
    unread = [n for n in empty_pages if n not in ocr_done and not _LETTER.search(pages[n - 1])]
    if unavailable is not None:
        warnings.append(f"Không nhận dạng chữ (OCR) được các trang quét: {unavailable.vi}.")
    if unread:
        warnings.append(f"Các trang {_listed(unread)} không có lớp văn bản (có thể là ảnh quét): nội dung các trang này không đọc được.")
    # An OCR page that follows an OCR page goes on from it: a sentence cut by the page break is joined by the repair
    # stage as a wrapped line. A page of the text layer goes on from the page before only where the break cut a
    # sentence (its first line goes on in lower case: "... bệnh thông thường" / "ở cơ sở khám bệnh ...") or a table
    # (a row on each side): a name that ends a page stays apart from the appendix heading the next page opens with
    # ("Võ Văn Hưng" / "Phụ lục I", TT 26/2026/TT-BNNMT as the Official Gazette prints it).
    run_on = [n in read_pages and n - 1 in read_pages
              or (n in layer and n - 1 in layer and _goes_on(texts[n - 2], texts[n - 1]))
              for n in range(1, len(texts) + 1)]
    text, spans = join_pages(texts, run_on)
    infos = []
    for n, (start, end) in enumerate(spans, start=1):
        page = read_pages.get(n)
        infos.append(PageInfo(n, start, end, ocr=page is not None, confidence=page.confidence if page else None,
                              low_confidence=bool(page and page.confidence < ocr.low_confidence)))
    if misread := [n for n in garbled if n in read_pages]:
        warnings.append(f"Các trang {_listed(misread)}: lớp văn bản dùng phông chữ mã hóa sai (chữ bị lỗi); đã đọc lại "
                        "bằng nhận dạng chữ (OCR).")
    if misread := [n for n in unaccented if n in read_pages]:
        warnings.append(f"Các trang {_listed(misread)}: lớp văn bản mất dấu tiếng Việt; đã đọc lại bằng nhận dạng chữ "
                        "(OCR).")
    if read_pages:
        low = [p.number for p in infos if p.low_confidence]
        warnings.append(f"Đã nhận dạng chữ (OCR) {len(read_pages)} trang quét; hãy đối chiếu với bản gốc"
                        + (f", nhất là các trang độ tin cậy thấp: {_listed(low)}." if low else "."))
    return ReadResult(text=text, source_format="pdf", warnings=warnings, pages=infos)
