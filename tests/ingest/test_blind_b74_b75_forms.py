"""A school's plan dividing its work among its deputy head and form teachers, a PDF whose pages split syllables in one
reading and not the other (tests/data/signed-pdf; blind set b74), a letter opening with the text it answers (b75); a
conclusion notice whose speaker introduces the conclusions, and a web article naming the letter it reports only in its
heading and opening (tests/data/blind-docs; b77)."""

from __future__ import annotations

from ingest.responsibilities import extract_from_text, sentence_roles
from tests.conftest import REPO, parse_file

SIGNED = REPO / "tests" / "data" / "signed-pdf"
BLIND = REPO / "tests" / "data" / "blind-docs"


def test_each_page_is_read_the_way_it_reads_whole():
    doc = parse_file(SIGNED / "qd-1059-2025.pdf")
    # pages 1-2 read by position (the text layer gives "QUY / Ế / T Đ / Ị / NH"), the appendix as the layer gives it
    assert doc.meta.number == "1059/QĐ-TTPVHCC"
    assert doc.meta.issuer.startswith("Trung tâm phục vụ hành chính công")
    clauses = {c.path: c for c in doc.clauses}
    assert clauses["Điều 2"].responsibility.lead == ["Sở Khoa học và Công nghệ thành phố Hà Nội"]
    assert "Thủ tục chứng nhận chuẩn đo lường" in clauses["PL.1"].text


def test_a_schools_deputy_head_and_form_teachers_lead_the_items_under_them():
    clauses = {c.path: c for c in parse_file(SIGNED / "kh-blank-2026.docx").clauses}
    assert clauses["III.2.1"].responsibility.lead == ["Phó Hiệu trưởng Nguyễn Minh Trí"]
    # "Phối hợp với Công an xã Đốc Binh Kiều mời báo cáo viên ..." under the deputy head: the police lead, he partners
    assert clauses["III.2.2"].responsibility.lead == ["Công an xã Đốc Binh Kiều"]
    assert clauses["III.2.2"].responsibility.partners == ["Phó Hiệu trưởng Nguyễn Minh Trí"]
    assert clauses["III.4.1"].responsibility.lead == ["Giáo viên chủ nhiệm các lớp"]


def test_a_letters_opening_on_the_text_it_answers_assigns_nothing():
    # a Lâm Đồng letter of 10/2025 (blind set b75): "thực hiện" inside the plan's name made the province the doer
    opening = ("Ủy ban nhân dân tỉnh nhận được Kế hoạch số 600/KH-BCA-V01 ngày 06/10/2025 của Bộ Công an về tổng kết "
               "thực hiện Chiến lược quốc gia phòng, chống và kiểm soát ma túy đến năm 2020 và định hướng đến năm 2030.")
    r = extract_from_text(opening)
    assert not (r.lead or r.implementers)
    # ... while a body receiving a dossier still has its step ("nhận được hồ sơ" is no text answered)
    step = "Sở Tài chính nhận được hồ sơ hợp lệ có trách nhiệm thẩm định trong thời hạn 05 ngày làm việc."
    assert extract_from_text(step).lead == ["Sở Tài chính"]


def test_a_speaker_introducing_conclusions_leads_none_of_them():
    clauses = {c.path: c for c in parse_file(BLIND / "tb-665-2025.md").clauses}
    # "Phó Thủ tướng Chính phủ kết luận tại Thông báo 665/TB-VPCP năm 2025 như sau:" read "Phó Thủ tướng Chính phủ kết
    # luận" as the lead of every conclusion below it
    assert clauses["6"].text.startswith("Phó Thủ tướng Chính phủ kết luận")
    assert not clauses["6"].responsibility.lead
    assert not clauses["6.2"].responsibility.lead  # "- Thống nhất nguyên tắc để báo cáo cấp có thẩm quyền ..."
    assert clauses["6.5"].responsibility.lead == ["Bộ Tài chính"]  # "... Bộ Tài chính chủ trì, phối hợp với ..."
    # a body that acts in the same words still does: it sends its people
    sends = "Văn phòng Ủy ban nhân dân tỉnh thống nhất cử thành viên tham gia Tổ Kiểm tra công vụ như sau:"
    assert sentence_roles(sends).lead == ["Văn phòng Ủy ban nhân dân tỉnh"]


def test_an_article_names_the_letter_it_reports_in_its_heading_and_opening():
    # "# Đẩy nhanh tiến độ triển khai Dự án cao tốc Quy Nhơn Pleiku theo Công văn 6131/UBND-XDCT năm 2025" / "Theo Công
    # văn 6131/UBND-XDCT năm 2025 của UBND tỉnh Gia Lai, Chủ tịch UBND tỉnh đã nêu ra 12 ý kiến ..."
    doc = parse_file(BLIND / "cv-6131-2025.md")
    assert (doc.meta.kind, doc.meta.number) == ("Công văn", "6131/UBND-XDCT")
    assert doc.meta.issuer == "Ủy ban nhân dân tỉnh Gia Lai" and doc.meta.province == "Gia Lai"
    assert doc.meta.title == "Đẩy nhanh tiến độ triển khai Dự án cao tốc Quy Nhơn Pleiku"
