"""Portal tables write each cell on its own lines and leave out a cell merged with the one above (a rowspan): a row two
cells short or more, under a full one, takes its first cells from it (ingest/readers/portal.py ``_merged_left``). Rows
labelled from their first column (a number, "Bước 2", "Tổng thời gian ...") span it instead and keep their cells; so
does a group row "| **H.** | **BỘ TÀI CHÍNH** |", no longer read as the last cells of the short row before it."""

from __future__ import annotations

from ingest.readers.portal import _merged_left
from tests.conftest import REPO, parse_file

EXTERNAL = REPO / "eval" / "external" / "docs"
AIR_PLAN = EXTERNAL / "b9" / "646f0a00d4174382.md"  # QĐ 2530/QĐ-TTg, Phụ lục I
PLANNING_DATA = EXTERNAL / "b3" / "001c610b2efdcf0c.md"  # a city plan on planning data, appendix


def _rows_of(path, needle):
    return [c for c in parse_file(path).clauses if c.kind == "table_row" and needle in c.text]


def test_a_ministrys_second_task_keeps_its_lead_and_deadline():
    # "| Các bộ, ngành liên quan | - Nghiên cứu việc xây dựng chương trình đào tạo ... | Chương trình đào tạo được ban
    # hành. | Giai đoạn 2026 - 2030 |" under Bộ Giáo dục và Đào tạo's first task; before, the task became the lead and
    # the next group's name "BỘ TÀI CHÍNH" the deadline
    rows = _rows_of(AIR_PLAN, "Nghiên cứu việc xây dựng chương trình đào tạo")
    assert rows and all(r.responsibility.lead == ["Bộ Giáo dục và Đào tạo"] for r in rows)
    assert all(r.responsibility.deadline == "Giai đoạn 2026 - 2030" for r in rows)
    assert any(r.responsibility.lead == ["Bộ Tài chính"] for r in parse_file(AIR_PLAN).clauses)


def test_rows_under_a_merged_lead_cell_are_the_leads_tasks():
    rows = _rows_of(PLANNING_DATA, "Xây dựng hạ tầng công nghệ thông tin, trang thiết bị tại Sở Tài chính")
    assert rows and all(r.responsibility.lead == ["Trung tâm Chuyển đổi số Thành phố"] for r in rows)
    assert all(r.responsibility.deadline == "Quý IV/2026" for r in rows)


def test_rows_labelled_from_the_first_column_keep_their_cells():
    header = ["Bước", "Trách nhiệm", "Nội dung", "Thời gian", "Biểu mẫu"]
    full = ["Bước 2", "Trưởng Bộ phận TN&TKQ", "- Chuyển hồ sơ tới Lãnh đạo Sở.", "1/2 ngày", "Mẫu số 06"]
    total = ["Tổng thời gian giải quyết TTHC", "15 ngày"]
    step = ["Bước 3", "Lãnh đạo Sở"]
    # the last cells merged too: a time where the row above ends with a form
    both = ["Lãnh đạo Sở", "- Phân công thụ lý hồ sơ cho phòng Nghiệp vụ.", "1 ngày"]
    assert _merged_left([header, full, total]) == [header, full, total]
    assert _merged_left([header, full, step]) == [header, full, step]
    assert _merged_left([header, full, both]) == [header, full, both]
    merged = ["Phân công thụ lý hồ sơ.", "1 ngày", "Mẫu số 07"]
    assert _merged_left([header, full, merged])[-1] == ["Bước 2", "Trưởng Bộ phận TN&TKQ", *merged]
