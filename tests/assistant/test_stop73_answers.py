"""Rules of stop 73, each on the real page it was found on (documents of blind set b99, read after it was scored):

- a document numbered with a dot ("66.7/2025/NQ-CP", the Government's resolutions under NQ 206/2025/QH15) is read
  with its whole number, in its own header and in a question ("NQ 66.7"), and is not "07/2025" of another text;
- a name the plans never write ("visa", "GMO") is the asker's own word for what the named plan says otherwise
  ("thị thực", "sinh vật biến đổi gen") when a clause of that plan holds the rest of the question and both rankings put
  it near the top; a name of something the plan does not speak of still finds no answer;
- the body a number's code names ("/TT-TTCP") issues a text whose header the parser cannot read;
- the new text an amending item brings in ("2. Bổ sung Điều 27b ... như sau:" / "“Điều 27b. ...") is that item's own
  items, with paths under it ("Điều 9.2.Điều 27b.1.c"), not the amending text's numbering restarted (NĐ 48/2026, NĐ
  372/2025; blind set b100);
- a kind of document named before words of a title ("nghị quyết của Bộ Chính trị") names a document of that kind only.
"""

from __future__ import annotations

from api import parse_file
from core.docrefs import ref_matches, refs_in
from core.settings import Settings
from tests.conftest import REPO, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl73", [VBPL / "nq-66-7-2025.html", VBPL / "tt-07-2025.html", VBPL / "nd-249-2025.html",
                       VBPL / "nd-43-2026.html"])


def test_a_dotted_number_is_read_whole():
    doc = parse_file(VBPL / "nq-66-7-2025.html", Settings())
    assert doc.meta.number == "66.7/2025/NQ-CP" and doc.meta.kind == "Nghị quyết", doc.meta
    for question in ("NQ 66.7/2025/NQ-CP: bộ nào giám sát?", "nq 66.7 bo nao giam sat?", "theo 66.7/2025/NQ-CP"):
        (ref,) = refs_in(question)
        assert ref.number == "66.7", (question, ref)
        assert ref_matches(ref, doc.meta.number, doc.meta.kind)
        assert not ref_matches(ref, "07/2025/TT-TTCP", "Thông tư"), question


def test_a_question_on_a_dotted_number_asks_that_resolution(ask):
    # "Bộ Công an ... theo dõi, đôn đốc, kiểm tra việc xây dựng, công bố các cơ sở dữ liệu ..." (Điều 9.1), not
    # Thông tư 07/2025/TT-TTCP, whose number ends the same
    a = ask("NQ 66.7/2025/NQ-CP: bộ nào giám sát, đốc thúc việc dựng và công bố các CSDL để giải quyết TTHC?")
    assert {c.file_name for c in a.citations} == {"nq-66-7-2025.html"}, [c.file_name for c in a.citations]
    assert a.text.startswith("Bộ Công an"), a.text


def test_a_name_the_named_plan_says_otherwise(ask):
    # "6. Bộ Công an: ... b) Đề xuất chính sách ưu đãi về thị thực và tạm trú đối với chuyên gia ..." (Điều 14.6.b)
    a = ask("nd 249 bo nao lo de xuat uu dai visa, tam tru cho chuyen gia?")
    assert a.text.startswith("Bộ Công an"), a.text
    assert a.citations[0].section == "Điều 14.6.b", [c.section for c in a.citations]
    # "... Bộ Nông nghiệp và Môi trường gửi văn bản lấy ý kiến của Bộ Y tế đối với hồ sơ Giấy xác nhận sinh vật biến
    # đổi gen đủ điều kiện sử dụng làm thực phẩm" (Điều 17, the new Điều 33.2.c)
    b = ask("Theo NĐ 43/2026, Bộ NNMT phải lấy ý kiến bộ nào trước khi cấp giấy xác nhận GMO làm thực phẩm?")
    assert not b.refused and "Bộ Y tế" in b.text, b.text


def test_a_name_the_plan_does_not_speak_of_is_refused(ask):
    a = ask("NĐ 249/2025: bộ nào quản lý dự án Starlink cho chuyên gia?")
    assert a.refused, a.text


def test_the_issuer_a_numbers_code_names(ask):
    doc = parse_file(VBPL / "tt-07-2025.html", Settings())
    assert doc.meta.issuer == "Thanh tra Chính phủ", doc.meta
    a = ask("tt 07/2025 TTCP: con dấu nổi trên thẻ thanh tra có đường kính bao nhiêu?")
    assert "21 mm" in a.text and "Thanh tra Chính phủ" in a.text, a.text


def test_an_amending_items_new_text_is_its_own_items():
    # "Điều 9. Bổ sung Điều 27a và Điều 27b vào sau Điều 27 / 1. Bổ sung Điều 27a ... như sau: / “Điều 27a. ... /
    # 1. ... / 2. Bổ sung Điều 27b vào sau Điều 27a như sau: / “Điều 27b. Thẩm định báo cáo đánh giá tác động môi
    # trường, cấp giấy phép môi trường ... / 1. Dự án đầu tư ... / c) Trường hợp dự án đầu tư nằm trên vùng biển ..."
    doc = parse_file(VBPL / "nd-48-2026.html", Settings())
    by_path = {c.path: c for c in doc.clauses}
    assert len(by_path) == len(doc.clauses), "a path is given twice"
    point = by_path["Điều 9.2.Điều 27b.1.c"]
    assert point.text.startswith("c) Trường hợp dự án đầu tư nằm trên vùng biển"), point.text
    assert any(h.startswith("Thẩm định báo cáo đánh giá tác động môi trường") for h in point.heading_trail), point
    assert by_path["Điều 9.2"].text.startswith("2. Bổ sung Điều 27b"), by_path["Điều 9.2"].text
    # an inserted khoản and its points: "2. Bổ sung khoản 7 vào sau khoản 6 như sau: / “7. ... / a) Cụm công nghiệp đã
    # đi vào hoạt động trước ngày 01 tháng 01 năm 2022 có tỷ lệ lấp đầy trên 80%;" (Điều 19.2)
    assert by_path["Điều 19.2.7.a"].text.startswith("a) Cụm công nghiệp đã đi vào hoạt động"), by_path["Điều 19.2.7.a"]
    # the next article of the amending text is its own again
    assert by_path["Điều 10"].text.startswith("Điều 10."), by_path["Điều 10"].text


def test_a_point_an_amendment_rewrites_is_under_its_item():
    # "3. Sửa đổi, bổ sung điểm c khoản 1 và khoản 3 Điều 5 như sau: / “c) Phòng nội trú ... bố trí không quá 12 học
    # viên/phòng; ..." (NĐ 372/2025/NĐ-CP Điều 1.3)
    doc = parse_file(VBPL / "nd-372-2025.html", Settings())
    by_path = {c.path: c for c in doc.clauses}
    assert "không quá 12 học viên/phòng" in by_path["Điều 1.3.c"].text, by_path.get("Điều 1.3.c")
    assert by_path["Điều 1.3.c"].heading_trail[-1].startswith("Sửa đổi, bổ sung điểm c khoản 1"), \
        by_path["Điều 1.3.c"].heading_trail


def test_a_kind_named_before_title_words_is_that_documents_kind():
    from assistant.understand import QuestionParser
    from tests.conftest import SHARED_REAL

    docs = []
    for path in (SHARED_REAL / "web" / "chinh-phu_623-tb-vpcp.md", SHARED_REAL / "web" / "vb_fe168907.md"):
        d = parse_file(path, Settings())
        docs.append({"id": d.id, "title": d.meta.title, "province": d.meta.province, "kind": d.meta.kind,
                     "number": d.meta.number, "locality": d.meta.locality, "issuer": d.meta.issuer})
    notice, guidance = docs
    assert guidance["kind"] == "Hướng dẫn" and "CỦA BỘ CHÍNH TRỊ" in guidance["title"], guidance
    parser = QuestionParser(["Đắk Lắk"], [], docs)
    # "... thực hiện nghị quyết của Bộ Chính trị về các vùng" cites a resolution: it names no guidance whose title holds
    # "... của Bộ Chính trị" (tune-fresh26 t26-59)
    q = parser.parse("TB 623 ket luan PTT Mai Van Chinh o Dak Lak: Bo Tai chinh phai hoan thien bao cao so ket 03 nam "
                     "thuc hien nghi quyet cua Bo Chinh tri ve cac vung truoc ngay nao?")
    assert q.doc_ids == [notice["id"]], q.doc_ids
    # named by its own kind, the guidance is named beside the notice
    q = parser.parse("TB 623 va huong dan ve quy dinh 377 cua Bo Chinh tri ve phan cap quan ly can bo: ai chu tri?")
    assert guidance["id"] in q.doc_ids, q.doc_ids
