"""Texts as users copy them from legal portals and converters (stop 78), on files of the blind sets b119 and b120 (read
after their first runs): thuvienphapluat.vn pages saved as text (tests/data/tvpl) and a Word file converted to Markdown
by pandoc (tests/data/pandoc-md).

- the portal's notes inside the text ("[Cụm từ này bị thay thế bởi ...]", "[JavaScript: ...]") are no words of it;
- a page title above the letterhead ("Thông tư 08/2024/TT-BTNMT") does not hide the issuer, and a kind line run into
  the place-and-date line still gives the title;
- Markdown's escapes and hard breaks ("1\\.", "\\-\\-\\-", a cell's line ending in "\\") are the characters written;
- an item's number typed against its first word ("1.Chính phủ, ...") numbers an item.
"""

from __future__ import annotations

import pytest

from api import parse_file
from core.settings import Settings
from ingest.repair import clean_marks
from tests.conftest import REPO

TVPL = REPO / "tests" / "data" / "tvpl"
PANDOC = REPO / "tests" / "data" / "pandoc-md"


def _clauses(path):
    return {c.path: c for c in parse_file(path, Settings()).clauses}


@pytest.mark.parametrize("name", ["tt-08-2024-btnmt.txt", "nd-104-2024.txt"])
def test_the_portals_notes_are_no_words_of_the_text(name):
    texts = [c.text for c in parse_file(TVPL / name, Settings()).clauses]
    assert texts and not any("bởi" in t and "[" in t or "JavaScript" in t for t in texts)


def test_a_note_inside_a_name_leaves_the_name_whole():
    # TT 08/2024/TT-BTNMT Điều 26.2: "Cục Đăng ký và Dữ liệu thông tin đất đai [Cụm từ này bị thay thế bởi Điểm a Khoản 2
    # Điều 10 Thông tư 23/2025/TT-BNNMT ...] có trách nhiệm kiểm tra việc thực hiện Thông tư này." (blind set b120-25)
    clause = _clauses(TVPL / "tt-08-2024-btnmt.txt")["Điều 26.2"]
    assert clause.responsibility.lead == ["Cục Đăng ký và Dữ liệu thông tin đất đai"]


def test_a_page_title_and_a_date_run_into_the_kind_line():
    meta = parse_file(TVPL / "tt-08-2024-btnmt.txt", Settings()).meta
    assert (meta.kind, meta.number, meta.issuer, meta.date) == \
        ("Thông tư", "08/2024/TT-BTNMT", "Bộ Tài nguyên và Môi trường", "2024-07-31")
    assert meta.title.startswith("QUY ĐỊNH VỀ THỐNG KÊ, KIỂM KÊ ĐẤT ĐAI"), meta.title


def test_markdown_escapes_are_the_characters_written():
    doc = parse_file(PANDOC / "nq-1670-2025-laichau.md", Settings())
    assert "\\" not in doc.meta.issuer and doc.meta.number == "1670/NQ-UBTVQH15"
    clauses = {c.path: c for c in doc.clauses}
    # "1\\. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Tà Mung, ..." is item 1 of Điều 1
    assert clauses["Điều 1.1"].text.startswith("1. Sắp xếp toàn bộ diện tích tự nhiên"), clauses["Điều 1.1"].text
    # "2\\. Giao Chính phủ ... công bố công khai trước ngày 30 tháng 9 năm 2025" (Điều 3.2)
    assert clauses["Điều 3.2"].responsibility.lead == ["Chính phủ"]
    assert clauses["Điều 3.2"].responsibility.deadline == "trước ngày 30 tháng 9 năm 2025"
    assert not any("\\" in c.text for c in doc.clauses)


@pytest.mark.parametrize("line, cleaned", [
    ("1.Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Lai Châu", "1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Lai Châu"),
    ("1.2.Nội dung", "1.2. Nội dung"),
    ("10.000 đồng", "10.000 đồng"),  # a figure, no item
])
def test_an_items_number_typed_against_its_first_word(line, cleaned):
    assert clean_marks(line)[0] == cleaned
