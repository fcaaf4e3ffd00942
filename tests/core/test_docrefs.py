"""Document numbers as staff write them in questions (core/docrefs.py), and the words in brackets that describe
each one in a question naming several plans (tune-fresh10 t10-53, tune-fresh10 t10-54)."""

from __future__ import annotations

import pytest

from core.docrefs import DocRef, described_refs, file_ref, ref_matches, refs_in, refs_with_text


@pytest.mark.parametrize("question, numbers", [
    ("QĐ 2904 Hà Tĩnh giao ai chủ trì?", ["2904"]),
    ("nd 170 va nd 171 ve cong chuc", ["170", "171"]),
    ("Thông tư 58/2025/TT-BCT bắt đầu có hiệu lực từ ngày nào?", ["58"]),
])
def test_numbers_a_question_names(question, numbers):
    assert [r.number for r in refs_in(question)] == numbers


def test_the_words_in_brackets_describe_the_plan_before_them():
    said = described_refs("qd 2817 HCM (TTHC doi moi sang tao) va qd 2597 TTg (de an CDS ha tang xay dung) co hieu "
                          "luc tu khi nao?")
    assert [(r.number, words) for r, words in said] == [("2817", "tthc doi moi sang tao"),
                                                       ("2597", "de an cds ha tang xay dung")]
    said = described_refs("Nghị định 170 (tuyển dụng, quản lý công chức) và NĐ 171 (đào tạo, bồi dưỡng CC) áp dụng "
                          "từ ngày nào?")
    assert [words for _, words in said] == ["tuyen dung, quan ly cong chuc", "dao tao, boi duong cc"]
    assert described_refs("QĐ 81/2025 Bắc Ninh và QĐ 71/2025 Hà Nội thay thế văn bản nào?") == []


def test_a_reference_matches_the_documents_own_number():
    assert ref_matches(DocRef("2817", "", "Quyết định"), "2817/QĐ-UBND", "Quyết định")
    assert not ref_matches(DocRef("2817", "2024", ""), "2817/2025/QĐ-UBND")


@pytest.mark.parametrize("file_name, ref", [
    ("lao-cai_1696-qd-ubnd_uy-quyen.pdf", DocRef("1696", "", "Quyết định")),
    # number, year and kind joined by underscores (a text with no header of its own: "Quyết định 62/2011 ..." names it)
    ("62_2011_QD_TTg.md", DocRef("62", "2011", "Quyết định")),
    ("3354_2013_CV_VPCP.md", DocRef("3354", "2013", "Công văn")),
    # kind, number and year: a vbpl.vn page whose body lost its header ("Thông tư số 72/2025/TT-BNNMT" only in the
    # portal's breadcrumb; blind set b111-28 had been answered from TT 91/2025 of the same ministry)
    ("tt-72-2025.html", DocRef("72", "2025", "Thông tư")),
    ("luat-117-2025.html", DocRef("117", "2025", "Luật")),
])
def test_the_number_a_file_name_gives(file_name, ref):
    assert file_ref(file_name) == ref


def test_a_number_counting_days_is_no_document_number():
    # "KH cao điểm 180 ngày" is the 180-day plan (KH 155/KH-UBND of phường Phong Châu, blind set b71-04): read as a plan
    # numbered 180 that no index holds, it made clauses citing "180" go first ("... của đợt cao điểm 180 ngày ...")
    assert refs_with_text("co quan thuong truc tham muu UBND phuong trien khai KH cao diem 180 ngay du lieu dat dai?") == []
    assert refs_with_text("kế hoạch 180 ngày") == []
    # a number followed by the day it was signed is one
    assert [r.number for r, _ in refs_with_text("Quyết định số 2904 ngày 12 tháng 11 năm 2025")] == ["2904"]
    assert [r.number for r, _ in refs_with_text("NĐ 170 ngày 30/6/2025")] == ["170"]
