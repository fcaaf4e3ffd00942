"""OCR text clean-up as data: safe confusions, page furniture, Roman heading numbers, two-column reading order,
noise words, and the bounded fuzzy matching of unit names read with small errors."""

from __future__ import annotations

from core.units import fuzzy_unit_match
from ingest.readers.ocr_cleanup import clean_pages, fix_confusions, remove_page_furniture, renumber_roman_headings
from ingest.readers.ocr_layout import OcrWord, page_lines


def test_safe_confusions_are_fixed():
    assert fix_confusions("Số: l2/KH-UBND ngày 0l/02/2026") == "Số: 12/KH-UBND ngày 01/02/2026"
    assert fix_confusions("Khoản 6 Điều 2l Nghị định") == "Khoản 6 Điều 21 Nghị định"
    assert fix_confusions("ngày 17 tháng 0! năm 2026") == "ngày 17 tháng 01 năm 2026"
    assert fix_confusions("Căn cứ Văn bản sỐ 11654/ANKT") == "Căn cứ Văn bản số 11654/ANKT"
    assert fix_confusions("ÐẢNG ỦY, Ðoàn Thanh niên, ðơn vị") == "ĐẢNG ỦY, Đoàn Thanh niên, đơn vị"
    assert fix_confusions("-'Tổ chức chiến dịch") == "- Tổ chức chiến dịch"
    assert fix_confusions(".1. Căn cứ kế hoạch này") == "1. Căn cứ kế hoạch này"
    assert fix_confusions("2:6. Đẩy mạnh phong trào") == "2.6. Đẩy mạnh phong trào"
    assert fix_confusions("3: Làm tốt công tác") == "3. Làm tốt công tác"
    assert fix_confusions("3.1, Thường xuyên cập nhật") == "3.1. Thường xuyên cập nhật"
    assert fix_confusions("30, các sở, ngành") == "30, các sở, ngành"  # a wrapped date stays
    assert fix_confusions("hoá") == "hoá"  # NFC, tone placement untouched (matching handles it)


def test_words_and_codes_are_left_alone():
    for line in ("COVID-19 và QH15", "Phụ lục II, lo lắng", "eKYC, mRNA", "năm 2026!", "Ban Chỉ đạo 138", "lOO%"):
        assert fix_confusions(line) == line


def test_page_numbers_and_running_lines_are_removed():
    body = ["Tuyên truyền pháp luật cho nhân dân.", "Rà soát văn bản quy phạm pháp luật.",
            "Hỗ trợ nạn nhân bị mua bán trở về.", "Tổng hợp, báo cáo kết quả thực hiện."]
    pages = [
        ["KẾ HOẠCH", body[0], "Sở Tư pháp - Kế hoạch số 12/KH-STP"],
        ["2", body[1], "Sở Tư pháp - Kế hoạch số 12/KH-STP"],
        ["- 3 -", body[2], "Sở Tư pháp — Kể hoạch số 12/KH-STP"],  # misread: still the same footer
        ["Trang 4", body[3]],
    ]
    assert remove_page_furniture(pages) == [["KẾ HOẠCH", body[0]], [body[1]], [body[2]], [body[3]]]


def test_a_line_that_recurs_only_once_stays():
    pages = [["Đơn vị chủ trì: Công an tỉnh", "a"], ["b", "c"], ["Đơn vị chủ trì: Công an tỉnh", "d"], ["e", "f"],
             ["g", "h"]]
    assert remove_page_furniture(pages) == pages


def test_roman_heading_numbers_are_put_in_sequence():
    read = ["IL MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NHIỆM VỤ, PHÂN CÔNG", "II. TỔ CHỨC THỰC HIỆN", "1V. KINH PHÍ"]
    assert renumber_roman_headings(read) == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NHIỆM VỤ, PHÂN CÔNG",
                                             "III. TỔ CHỨC THỰC HIỆN", "IV. KINH PHÍ"]
    # a number read right is kept when the next heading follows it (the first heading was lost, not misread)
    assert renumber_roman_headings(["II. NHIỆM VỤ", "III. TỔ CHỨC"]) == ["II. NHIỆM VỤ", "III. TỔ CHỨC"]
    # Arabic upper-case headings and "IV" are never turned into Roman / other numbers
    assert renumber_roman_headings(["1. MỤC ĐÍCH", "2. YÊU CẦU"]) == ["1. MỤC ĐÍCH", "2. YÊU CẦU"]
    assert renumber_roman_headings(["III. A B", "IV. C D", "IV. E F"]) == ["III. A B", "IV. C D", "IV. E F"]


def test_clean_pages_keeps_page_order():
    texts = clean_pages([["I. MỤC ĐÍCH", "Văn bản số l2/KH"], ["2", "II. YÊU CẦU"]])
    assert texts == ["I. MỤC ĐÍCH\nVăn bản số 12/KH", "II. YÊU CẦU"]


def _line(words: list[tuple[int, str]], top: int, block: int = 1, conf: float = 95.0) -> list[OcrWord]:
    return [OcrWord(block, 1, top, left, top, 18 * len(text), 30, conf, text) for left, text in words]


def test_two_column_header_is_read_column_by_column():
    words = [
        *_line([(100, "ỦY"), (160, "BAN"), (240, "NHÂN"), (330, "DÂN"), (900, "CỘNG"), (1000, "HÒA")], 100),
        *_line([(100, "TỈNH"), (200, "LÀO"), (280, "CAI"), (900, "Độc"), (970, "lập")], 150),
        *_line([(100, "Số:"), (170, "12/QĐ-UBND"), (900, "Lào"), (970, "Cai,"), (1050, "ngày")], 200),
    ]
    lines, _ = page_lines(words)
    assert lines == ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 12/QĐ-UBND", "", "CỘNG HÒA", "Độc lập", "Lào Cai, ngày"]


def test_list_marks_specks_and_stamp_remains():
    words = [
        OcrWord(2, 1, 1, 100, 210, 12, 4, 93.0, "-"),  # Tesseract's lone dash before an item
        *_line([(140, "Tổ"), (200, "chức"), (300, "tuyên"), (400, "truyền")], 200, block=3),
        OcrWord(3, 1, 300, 600, 300, 3, 3, 80.0, "."),  # a speck
        *_line([(100, "Ñ"), (130, "zế")], 400, block=4, conf=12.0),  # the remains of a red stamp
    ]
    lines, kept = page_lines(words)
    assert lines == ["- Tổ chức tuyên truyền"]
    assert all(w.text not in {"Ñ", "zế", "."} for w in kept)


def test_fuzzy_unit_match_is_bounded():
    assert fuzzy_unit_match("Công an tỉnh", "Cônq an tinh")
    assert fuzzy_unit_match("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hoá - Thẻ thao và Du lich")
    assert fuzzy_unit_match("UBND tỉnh", "Ủy ban nhân dân tinh")
    assert fuzzy_unit_match("Cônq an tỉnh", "Công an tỉnh Đồng Tháp", partial=True)
    assert not fuzzy_unit_match("Sở Y tế", "Sở Tư pháp")
    assert not fuzzy_unit_match("Sở Tư pháp", "Sở Tài chính")
    assert not fuzzy_unit_match("Sở Y tế", "Sở Ytế")  # short names: exact keys only
    assert not fuzzy_unit_match("Công an tỉnh", "Cônq an tinh", max_edits=0)

