"""Stop 80's rules on the blind sets b129-b131, each on a real file (tests/data/blind-docs) or an excerpt of one:

- text copied out of an old Word file keeps Word's cell marks (U+0007): read, not refused as binary, its tables back;
- a person named in a heading with their office (a deputy's too) or with what they are put in charge of does the items
  under it;
- the sentence recording a council's vote closes the body, no part of the last item;
- a cited text's subject and the day of a text numbered with a dotted code set no deadline.
"""

from __future__ import annotations

from api import parse_file
from core.settings import Settings
from ingest.pipeline import parse_text
from ingest.readers.word_cell_marks import tables_from_cell_marks
from tests.conftest import REPO

BLIND = REPO / "tests" / "data" / "blind-docs"


def _clause(doc, path: str):
    return next(c for c in doc.clauses if c.path == path)


def test_word_cell_marks_give_the_assignment_table_back():
    # KH 1919/KH-BGDĐT of 2024, Danh mục nhiệm vụ (blind set b130-09, -15, -16, -21)
    doc = parse_file(BLIND / "kh-1919-2024-bgddt.md", Settings())
    rows = {c.path: c.responsibility for c in doc.clauses if c.kind == "table_row"}
    assert rows["2"].lead == ["Cục Công nghệ thông tin"] and rows["2"].deadline == "2025"
    assert rows["1"].partners[:3] == ["Vụ Pháp chế", "Cục Công nghệ thông tin", "Cục quản lý chất lượng"]
    assert rows["3"].deadline == "2024-2025"
    assert rows["5"].partners == ["Cục Hợp tác Quốc tế", "Các cơ sở giáo dục đại học",
                                  "Các đơn vị liên quan thuộc Bộ GDĐT"]


def test_cell_marks_end_cells_and_rows():
    text = ("Văn bản\n\nTT\n\n\x07Nội dung\n\n\x07Chủ trì\n\n\x07Ghi chú\n\n\x07\n\n\x071\n\n\x07Lập đề án\n\n\x07"
            "\n\n\x07\n\n\x07\n\n\x072\n\n\x07Báo cáo\n\n\x07Sở Y tế\n\n\x07- a\n\n- b\n\n\x07\n\n\x07\n\nTrên đây là")
    assert tables_from_cell_marks(text).split("\n\n") == [
        "Văn bản",
        "| TT | Nội dung | Chủ trì | Ghi chú |\n|---|---|---|---|\n| 1 | Lập đề án |  |  |\n| 2 | Báo cáo | Sở Y tế | - a - b |",
        "Trên đây là"]


# Thông báo phân công nhiệm vụ of Văn phòng HĐND-UBND and of Phòng Kinh tế, xã Nghĩa Lâm (Nghệ An), 2026 (blind set
# b129-27, -29), as their PDFs read
PEOPLE = """THÔNG BÁO
Phân công nhiệm vụ lãnh đạo, công chức

I. Nhiệm vụ của lãnh đạo Văn phòng.
1. Ông Nguyễn Văn Thọ – Chánh Văn phòng HĐND - UBND
- Lãnh đạo, quản lý: Chỉ đạo thực hiện đầy đủ chức năng tham mưu, tổng hợp.
2. Ông Trương Cảnh Huy – Phó Chánh Văn phòng HĐND – UBND
- Hỗ trợ công tác chuyên môn:
+ Theo dõi, đôn đốc các phòng chuyên môn thực hiện đúng chương trình
công tác của HĐND - UBND xã.
II. Nhiệm vụ quyền hạn của công chức thuộc phòng:
1. Đồng chí Kiều Đình Việt, phụ trách và tham mưu thực hiện các nhiệm vụ, quyền hạn thuộc Lĩnh vực, cụ thể sau:
a. Về lĩnh vực Tài chính – Kế hoạch
- Lập, thẩm định, tổng hợp kế hoạch đầu tư công trong phạm vi nhiệm vụ được giao.
"""


def test_a_person_heading_does_the_items_under_it():
    doc = parse_text(PEOPLE, "tb-phan-cong.txt")
    assert _clause(doc, "I.2.1.1").responsibility.lead == ["Ông Trương Cảnh Huy – Phó Chánh Văn phòng HĐND – UBND"]
    assert _clause(doc, "II.1.a.1").responsibility.lead == ["Đồng chí Kiều Đình Việt"]


def test_the_councils_vote_closes_the_body():
    # NQ 49/NQ-HĐND Đà Nẵng, Điều 5.3 (blind set b129-23)
    doc = parse_file(BLIND / "nq-49-2025-hdnd-danang-ke-hoach-tai-chinh.txt", Settings())
    item = _clause(doc, "Điều 5.3")
    assert item.responsibility.partners == ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"]
    assert item.responsibility.deadline == "" and "thông qua" not in item.text


def test_a_cited_texts_subject_and_day_set_no_deadline():
    # Công văn 11554/VPCP-V.I of 2025, 3.1-3.3 (blind set b131-08)
    doc = parse_file(BLIND / "cv-11554-2025-vpcp-chong-buon-lau.md", Settings())
    for path in ("3.1", "3.2", "3.3"):
        assert _clause(doc, path).responsibility.deadline == "trước ngày 30 tháng 11 năm 2025"
