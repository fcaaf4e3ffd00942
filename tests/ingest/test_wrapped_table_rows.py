"""Table rows wrapped over lines (stop 80): a PDF printed from Markdown breaks each row of a procedure's steps at the
margin, its closing "|" lines later (QĐ 80/QĐ-UBND Nghệ An and QĐ 2278/QĐ-UBND Cao Bằng, blind set b127); the row is
one table row, read by its header. A row a text-saving crawler left open, prose after it (NĐ 226/2025/NĐ-CP as
thuvienphapluat.vn saves it, blind set b119), takes no prose into it.
"""

from __future__ import annotations

from api import parse_file
from core.settings import Settings
from ingest.repair import repair
from tests.conftest import REPO

BLIND = REPO / "tests" / "data" / "blind-docs"
TVPL = REPO / "tests" / "data" / "tvpl"


def _holding(path, words: str):
    doc = parse_file(path, Settings())
    return next(c for c in doc.clauses if words in " ".join(c.text.split()))


def test_a_wrapped_step_row_names_who_does_it_and_its_time():
    # QĐ 80/QĐ-UBND Nghệ An 2026, Phụ lục II, Bước 3 (blind set b127-17)
    step = _holding(BLIND / "qd-80-2026-nghean.pdf", "Ký phê duyệt kết quả TTHC trên Hệ thống thông tin")
    assert step.kind == "table_row"
    assert step.responsibility.implementers == ["Lãnh đạo Chi cục Thủy sản và Kiểm ngư tỉnh Nghệ An"]
    assert step.responsibility.deadline == "04 giờ làm việc"


def test_a_wrapped_row_with_its_doer_after_the_task():
    # QĐ 2278/QĐ-UBND Cao Bằng 2025, Phụ lục II.1, Bước 5
    doc = parse_file(BLIND / "qd-2278-2025-caobang.pdf", Settings())
    steps = [c for c in doc.clauses if c.kind == "table_row" and c.text.startswith("Bước 5")
             and "Phê duyệt kết quả giải quyết TTHC" in c.text]
    assert steps and all(s.responsibility.lead == ["Lãnh đạo Sở KH&CN"] for s in steps)
    assert steps[0].responsibility.deadline == "0,5 ngày"


def test_a_row_left_open_takes_no_prose_after_it():
    # NĐ 226/2025/NĐ-CP Điều 1.9 (thuvienphapluat copy): "| Tổng diện tích giao đất ... " then "đ) Sửa đổi, bổ sung
    # khoản 8 như sau:" on the next line, a clause of its own
    paragraphs = repair((TVPL / "nd-226-2025.txt").read_text(encoding="utf-8")).paragraphs
    assert any(p.text.startswith("đ) Sửa đổi, bổ sung khoản 8 như sau:") for p in paragraphs)
    assert not any(p.text.startswith("|") and "đ) Sửa đổi, bổ sung khoản 8" in p.text for p in paragraphs)


def test_a_header_cell_wrapped_onto_the_next_line_closes_the_row():
    text = ("| Thứ tự công việc | Đơn vị/người thực hiện | Nội dung công việc | Thời gian thực hiện (tính mỗi ngày 08 giờ)\n"
            "| Dịch vụ công trục tuyến |\n")
    rows = [p for p in repair(text).paragraphs if p.is_table_row]
    assert len(rows) == 1 and rows[0].text.startswith("| Thứ tự công việc |")
    assert rows[0].text.endswith("(tính mỗi ngày 08 giờ) | Dịch vụ công trục tuyến |")
