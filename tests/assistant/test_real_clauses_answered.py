"""This session's answer rules on the real clauses they were drawn from: each tuning document of plans-real is parsed and
chunked as ingestion does; retrieval is stood in for by the chunks of the named clauses at given ranks, so the answer
(evidence gate, clause choice, composition) is what is tested. The synthetic twins in test_composition.py test the same
rules on a small made-up plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from assistant.answer.default import DefaultAnswerer
from assistant.index.corpus_stats import CorpusStats
from assistant.understand import QuestionParser
from core.models import Answer, Hit
from core.settings import Settings, load_settings
from ingest.chunk import Chunker

REAL = Path(__file__).resolve().parents[3] / "shared" / "plans-real"


@pytest.fixture(scope="module")
def answer(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("real-clauses"))
    parsed: dict[str, tuple] = {}

    def ask(rel: str, question: str, found: list[tuple[str, int | None, int | None]]) -> Answer:
        """``question`` asked of the document ``rel`` when retrieval found the chunks of the clauses holding each
        snippet, at (dense rank, keyword rank)."""
        if rel not in parsed:
            doc = parse_file(REAL / rel, settings)
            chunks = Chunker(settings.chunk_max_tokens).chunk(doc)
            parsed[rel] = (doc, chunks, CorpusStats.of(chunks).idf())
        doc, chunks, idf = parsed[rel]
        by_id = {c.id: c for c in doc.clauses}
        hits = []
        for rank, (snippet, dense, keyword) in enumerate(found, start=1):
            chunk = next(ch for ch in chunks if snippet in ch.text)
            h = Hit(chunk, 1.0 / rank, dense_rank=dense, keyword_rank=keyword, doc=doc,
                    clause=by_id[chunk.clause_ids[0]])
            hits.append(h)
        plan = {"id": doc.id, "number": doc.meta.number, "kind": doc.meta.kind, "locality": doc.meta.locality,
                "file_name": doc.file_name, "province": doc.meta.province, "title": doc.meta.title}
        parser = QuestionParser([doc.meta.province] if doc.meta.province else [], [], [plan])
        return DefaultAnswerer(Settings(), idf).answer(parser.parse(question), hits)

    return ask


def test_lengths_under_a_validity_lead_in(answer):
    # VBHN 89/VBHN-BQP Điều 10a.3.d: "d) Hiệu lực của Văn bản cấp phép ...: ... doanh nghiệp ký hợp đồng dài hạn ...: 03
    # tháng;" (tune-fresh15 t15-37)
    a = answer("web/bo-quoc-phong_89-vbhn-bqp.md",
               "Cảng Cam Ranh (VBHN 89): doanh nghiệp có hợp đồng dài hạn, ra vào thường xuyên thì văn bản cấp phép có "
               "giá trị bao lâu?", [("Hiệu lực của Văn bản cấp phép", 1, 1)])
    assert not a.refused and "03 tháng" in a.text, a.text


def test_a_sentence_holding_two_time_limits_is_quoted(answer):
    # NĐ 158 Điều 29.2: "Trong thời hạn 15 ngày làm việc ...; trường hợp cần phải xác minh lại ... không quá 45 ngày"
    # (tune-fresh12 t12-01)
    a = answer("web/chinh-phu_158-2025-nd-cp.md",
               "NĐ 158/2025 về BHXH bắt buộc: nếu cơ quan BHXH phải kiểm tra lại lịch sử đóng của người lao động thì "
               "được kéo dài việc xác nhận tối đa bao lâu?",
               [("cần phải xác minh lại quá trình đóng bảo hiểm xã hội thì thời hạn không quá 45 ngày", 1, 2)])
    assert not a.refused and "45 ngày" in a.text, a.text


def test_a_deadline_is_answered_where_it_is_stated(answer):
    # NĐ 170 Điều 15.4 states the time asked; 15.3 names a unit and another number of days (tune-fresh20 t20-20)
    a = answer("web/chinh-phu_170-2025-nd-cp.md",
               "Thi cong chuc theo Nghi dinh 170: han nhan Phieu dang ky du tuyen la bao nhieu ngay ke tu ngay thong bao "
               "tuyen dung cong khai?",
               [("Thời hạn nhận Phiếu đăng ký dự tuyển là 30 ngày", 1, 1),
                ("được thay đổi nội dung Thông báo tuyển dụng 01 lần", 2, 2)])
    assert not a.refused and "30 ngày" in a.text and "Thời hạn nhận Phiếu" in a.citations[0].text, a.text


def test_where_to_submit_when_the_unit_comes_far_after_the_verb(answer):
    # NĐ 158 Điều 37.3.a: "Thân nhân ... nộp hồ sơ theo quy định tại Điều 36 ... kèm theo đơn đề nghị ... cho đơn vị
    # quản lý cuối cùng của người lao động ... Trường hợp đơn vị quản lý cuối cùng không còn tồn tại thì ..."
    # (tune-fresh20 t20-01)
    a = answer("web/chinh-phu_158-2025-nd-cp.md",
               "Bố tôi đi hợp tác lao động ở nước ngoài trước năm 1995, về nước rồi mất mà gia đình chưa được hưởng chế "
               "độ tử tuất. Theo Nghị định 158 về bảo hiểm xã hội bắt buộc, thân nhân phải nộp hồ sơ cho đơn vị nào?",
               [("kèm theo đơn đề nghị giải quyết chế độ tử tuất cho đơn vị quản lý cuối cùng", 1, 1)])
    first = a.text.split("\n")[0]
    assert not a.refused and "đơn vị quản lý cuối cùng của người lao động" in first, a.text


def test_what_is_handed_over_and_to_whom(answer):
    # QĐ 88 Lai Châu, Quy chế Điều 6.2.b: "phải bàn giao phôi hư hỏng của kỳ nhận phôi trước đó cho Văn phòng đăng ký
    # đất đai" (tune-fresh20 t20-10)
    a = answer("web/lai-chau_88-2025-qd-ubnd.md",
               "Xa o Lai Chau khi nhan phoi Giay chung nhan moi thi phai ban giao phoi hu hong cho don vi nao?",
               [("phải bàn giao phôi hư hỏng", 1, 1)])
    assert not a.refused and a.text.split("\n")[0].endswith("Văn phòng đăng ký đất đai. [1]"), a.text


def test_a_row_opening_chu_tri_is_its_lead_columns_task(answer):
    # TB 624 appendix II, the Bộ KH&CN row 2: "Chủ trì, phối hợp Bộ Công an tham mưu cơ chế chấm điểm ...; Chính phủ,
    # Thủ tướng Chính phủ hằng tháng xem xét ..." (tune-fresh21 t21-02)
    a = answer("web/chinh-phu_624-tb-vpcp.md", "tb 624: co che cham diem hang thang cac bo nganh, bo nao chu tri?",
               [("Chủ trì, phối hợp Bộ Công an tham mưu cơ chế chấm", 1, 1)])
    assert not a.refused and a.text.startswith("Bộ Khoa học và Công nghệ chủ trì"), a.text


def test_the_case_the_question_describes_picks_the_sentence(answer):
    # NĐ 170 Điều 16.4.b: "Chậm nhất là 15 ngày ... hoàn thành việc chấm thi ..." before "Trường hợp có đơn phúc khảo
    # thì chậm nhất là 10 ngày ... phải hoàn thành việc chấm phúc khảo" (tune-fresh21 t21-38)
    a = answer("web/chinh-phu_170-2025-nd-cp.md", "nd 170 thi tuyen cc: co don phuc khao thi cham xong trong bao lau?",
               [("Trường hợp có đơn phúc khảo thì chậm nhất là 10 ngày", 1, 1)])
    assert not a.refused and "10 ngày kể từ ngày hết thời hạn nhận đơn phúc khảo" in a.text, a.text


def test_a_rows_deadline_field_beats_the_dates_of_its_results(answer):
    # TB 624/TB-VPCP, Phụ lục II row 20: "Thời hạn: 31/10/2025" and "Kết quả thực hiện: - Ngày 05/11/2025, VPCP có VB
    # ..." (tune-fresh21 t21-32)
    a = answer("web/chinh-phu_624-tb-vpcp.md", "624: NQ thi diem TT giao dich BDS va QSD dat han khi nao?",
               [("Nghiên cứu, tham mưu Chính phủ ban hành Nghị quyết về thí điểm mô hình Trung tâm giao dịch", 1, 1)])
    assert not a.refused and "31/10/2025" in a.text.split("\n")[0] and "05/11/2025" not in a.text, a.text


def test_the_clause_counting_what_is_asked_answers(answer):
    # Báo cáo UBND Lào Cai (Chỉ thị 38), 2.5.1 counts mines ("13 điểm mỏ"), 2.4.2.2 licences ("Cát làm VLXD thông
    # thường 04 giấy phép") (tune-fresh19 t19-43)
    a = answer("office/lao-cai_bc-ubnd_ket-qua-chi-thi-38.docx",
               "Báo cáo của UBND Lào Cai về kết quả Chỉ thị 38 năm 2025: tỉnh đã cấp bao nhiêu giấy phép đối với cát làm "
               "vật liệu xây dựng thông thường?",
               [("cho 13 điểm mỏ khoáng sản làm vật liệu xây dựng thông thường", 1, 1),
                ("Cát làm VLXD thông thường 04 giấy phép", 2, 2)])
    assert not a.refused and "Cát làm VLXD thông thường 04 giấy phép" in a.text, a.text


def test_one_plan_named_by_number_is_no_comparison(answer):
    # TB 624/TB-VPCP, Phụ lục I row 36: "(11) Mô hình điểm tại các tỉnh, thành phố có đảo" | "Các địa phương có đảo"
    # ("các tỉnh" asks for a comparison only across plans) (tune-fresh23 t23-03)
    a = answer("web/chinh-phu_624-tb-vpcp.md",
               "Trong bảng nhiệm vụ chuyển đổi số quá hạn của Thông báo 624, nhiệm vụ '(11) Mô hình điểm tại các tỉnh, "
               "thành phố có đảo' do ai chủ trì thực hiện?", [("Mô hình điểm tại các tỉnh, thành phố có đảo", 1, 1)])
    assert not a.refused and a.text.startswith("Các địa phương có đảo"), a.text


def test_who_does_the_act_asked_is_the_unit_before_its_verb(answer):
    # QĐ 2696 Quảng Trị, Điều lệ Điều 7.1: "Trưởng ban và các thành viên của Ban kiểm soát do Chủ tịch Hội đồng Quản lý
    # Quỹ bổ nhiệm, miễn nhiệm ..." (tune-fresh23 t23-18)
    a = answer("web/quang-tri_2696-qd-ubnd.md",
               "quy bao ve moi truong tinh Quang Tri: truong ban kiem soat do ai bo nhiem, mien nhiem?",
               [("Số lượng Ban Kiểm soát gồm 03 người", 1, 1)])
    assert not a.refused and a.text.startswith("Chủ tịch Hội đồng Quản lý Quỹ"), a.text


@pytest.mark.parametrize("rel, question, found, value", [
    # a fee stated as a share is money asked (TT 58/2025/TT-BCT Điều 5.2.e) (tune-fresh17 t17-48)
    ("web/bo-cong-thuong_58-2025-tt-bct.md", "tt 58/2025 BCT: lai vay ngoai te tinh bang SOFR cong them muc phi thu xep "
     "vay cua ngan hang bao nhieu?", ["phí thu xếp khoản vay của ngân hàng là 3%/năm"], "3%/năm"),
    # a measure glued to its number (VBHN 94/VBHN-BQP Điều 3.1.c: "... nơi có độ sâu nước lớn hơn 30m") (t19-42)
    ("web/bo-quoc-phong_94-vbhn-bqp.md", "vbhn 94 BQP ve khac phuc hau qua bom min: nhiem vu ra pha bom min duoi bien "
     "sau hon bao nhieu met thi xep vao nhom I?", ["nơi có độ sâu nước lớn hơn 30m", "nơi có độ sâu nước đến 30m"],
     "lớn hơn 30m"),
    # a number in words, then in digits (QĐ 2696 Quảng Trị, Điều lệ Điều 10.1) (tune-fresh22 t22-40)
    ("web/quang-tri_2696-qd-ubnd.md", "Điều lệ Quỹ BVMT tỉnh Quảng Trị: vốn điều lệ từ ngân sách được phân bổ trong thời "
     "hạn bao lâu kể từ khi quyết định thành lập Quỹ có hiệu lực?", ["được phân bổ trong thời hạn năm (05) năm"],
     "năm (05) năm"),
    # a bound in words (QĐ 88 Lai Châu, Quy chế Điều 3.6) (t22-54)
    ("web/lai-chau_88-2025-qd-ubnd.md", "Quy chế phối hợp đăng ký đất đai của Lai Châu (QĐ 88/2025): việc hẹn lại ngày "
     "trả kết quả hồ sơ được làm tối đa mấy lần?", ["Việc hẹn lại ngày trả kết quả được thực hiện không quá một lần"],
     "không quá một lần"),
    # a code asked, though the topic names a budget (QĐ 2817 TP.HCM, procedures abolished, row 3) (tune-fresh23 t23-47)
    ("web/ho-chi-minh_2817-qd-ubnd.md", "QĐ 2817 TP.HCM bãi bỏ thủ tục xác định nhiệm vụ KH&CN cấp tỉnh sử dụng ngân "
     "sách nhà nước — thủ tục này có mã số bao nhiêu?", ["2.002709"], "2.002709"),
    # "số hồ sơ TTHC ... là gì" asks a code (QĐ 4001 BKHCN) (t23-48)
    ("web/bo-khoa-hoc-cong-nghe_4001-qd-bkhcn.md", "Bo KHCN qd 4001: thu tuc de nghi cham dut hop dong trong qua trinh "
     "thuc hien nhiem vu KHCN cap quoc gia bi bai bo co so ho so TTHC la gi?", ["Số hồ sơ TTHC: 1.000617"], "1.000617"),
    # a sentence defining the time limit asked, beside the marking times (NĐ 170 Điều 16.4.b) (tune-fresh22 t22-34)
    ("web/chinh-phu_170-2025-nd-cp.md", "nd 170/2025 tuyen dung cong chuc: thi sinh muon phuc khao phai nop don trong "
     "thoi han bao lau?", ["Thời hạn nhận đơn phúc khảo là 05 ngày làm việc"], "05 ngày làm việc"),
    # a number written in words only (NĐ 171 Điều 32.2) (tune-fresh25 t25-32)
    ("web/chinh-phu_171-2025-nd-cp.md", "NĐ 171/2025: nữ công chức đi đào tạo, bồi dưỡng mang theo con dưới bao nhiêu "
     "tháng tuổi thì được Nhà nước hỗ trợ kinh phí?", ["mang theo con dưới ba mươi sáu tháng tuổi, công chức là người "
     "dân tộc thiểu số. Các"], "ba mươi sáu tháng tuổi"),
    # points of priority, not money (NĐ 170 Điều 6.1.d) (tune-fresh25 t25-29)
    ("web/chinh-phu_170-2025-nd-cp.md", "ND 170/2025 tuyen dung cong chuc: can bo cong doan truong thanh tu co so duoc "
     "cong bao nhieu diem uu tien?", ["Cán bộ công đoàn trưởng thành từ cơ sở"], "1,5 điểm"),
    # "quyet dnh": a typing slip one letter off "định" is no name the clause must hold (NĐ 170 Điều 56.4) (t26-24)
    ("web/chinh-phu_170-2025-nd-cp.md", "nd 170 ve cong chuc: sau khi bo phan to chuc can bo de xuat tam dinh chi cong "
     "tac thi cham nhat bao lau nguoi dung dau phai ra quyet dnh tam dinh chi?",
     ["người đứng đầu ra quyết định tạm đình chỉ;"], "02 ngày làm việc"),
])
def test_values_as_legal_texts_write_them(answer, rel, question, found, value):
    """The value asked, as real clauses write it, is found and quoted (retrieval found the clauses holding ``found``,
    in that order)."""
    a = answer(rel, question, [(snippet, k, k) for k, snippet in enumerate(found, start=1)])
    assert not a.refused and value in a.text, a.text


def test_the_bound_asked_picks_the_sentence_stating_it(answer):
    # QĐ 212 Hải Phòng Điều 6.1.1: "... (trong đó, hoàn thành 100% nhiệm vụ ...; có ít nhất 50% nhiệm vụ hoàn thành vượt
    # mức)." (tune-fresh22 t22-16)
    a = answer("web/hai-phong_212-2025-qd-ubnd.md",
               "QĐ 212 Hải Phòng về xếp loại công chức: công chức không giữ chức vụ muốn đạt hoàn thành xuất sắc nhiệm vụ thì "
               "tối thiểu bao nhiêu % nhiệm vụ phải hoàn thành vượt mức?",
               [("có ít nhất 50% nhiệm vụ hoàn thành vượt mức", 1, 1)])
    assert not a.refused and "50%" in a.text.split("\n")[0], a.text


def test_a_measure_asked_by_its_unit_must_be_stated_in_it(answer):
    # TB Sơn La (Phó Thủ tướng Bùi Thanh Sơn): "... tuyến đường bộ cao tốc Hòa Bình - Mộc Châu, đoạn tuyến thuộc địa bàn
    # tỉnh Sơn La từ 02 làn xe lên 04 làn xe" states no length (tune-fresh14 t14-45, unanswerable)
    a = answer("web/son-la_b13aef6a.md",
               "Thông báo kết luận làm việc với Sơn La: đoạn cao tốc Hòa Bình - Mộc Châu qua địa bàn tỉnh dài bao nhiêu km?",
               [("từ 02 làn xe lên 04 làn xe", 1, 1)])
    assert a.refused, a.text


def test_a_value_stated_in_two_places_cites_both(answer):
    # TT 35/2025/TT-BKHCN repeats the rule in both its inspection regulations (Điều 17.1 of each): "Thời gian bắt đầu
    # làm bài kiểm tra được tính sau 10 phút kể từ thời điểm giám thị phát đề kiểm tra cho tất cả các thí sinh / cho từng
    # thí sinh" (tune-fresh23 t23-38, tune-fresh22 t22-01)
    a = answer("web/vb_cd24d493.md",
               "quy che kiem tra nghiep vu giam dinh so huu cong nghiep: thoi gian lam bai duoc tinh sau bao nhieu phut ke "
               "tu khi phat de?", [("10 phút kể từ thời điểm giám thị phát đề kiểm tra cho tất cả các thí sinh", 1, 1),
                                   ("10 phút kể từ thời điểm giám thị phát đề kiểm tra cho từng thí sinh", 2, 2)])
    assert not a.refused and "10 phút" in a.text and len(a.citations) == 2, (a.text, a.citations)
    assert {c.section for c in a.citations} == {"Điều 17.1"}




def test_a_lead_in_answers_with_the_items_it_introduces(answer):
    # NĐ 158/2025 Điều 25.3 "Hồ sơ ... bao gồm:" and its items a), b) (tune-fresh25 t25-02); "gồm những giấy tờ gì"
    # asks every item, so the lead-in is cited once, its citation quoting the items
    a = answer("web/chinh-phu_158-2025-nd-cp.md",
               "Bố tôi đang hưởng trợ cấp hằng tháng theo NĐ 158/2025/NĐ-CP thì mất vào tháng 3/2026. Hồ sơ để gia đình "
               "nhận trợ cấp một lần và trợ cấp mai táng gồm những giấy tờ gì?",
               [("Hồ sơ đề nghị hưởng trợ cấp một lần và trợ cấp mai táng quy định tại khoản 1", 1, 1)])
    assert not a.refused and "Bản sao giấy chứng tử" in a.text and "Tờ khai của thân nhân" in a.text, a.text
    assert [c.section for c in a.citations] == ["Điều 25.3"] and "Tờ khai của thân nhân" in a.citations[0].text


@pytest.mark.parametrize("rel, question, found, said", [
    # a list run on with ";" is quoted whole, not its first item: QĐ 71/2025 Hà Nội, Quy chế Điều 6.1.b "... pháp luật về
    # thuế, bảo hiểm xã hội; phòng cháy chữa cháy; an toàn lao động, môi trường." (tune-fresh10 t10-49)
    ("web/ha-noi_71-2025-qd-ubnd.md",
     "qd 71 ha noi: ho so de nghi tang Cong dan Thu do uu tu cho nguoi dung dau doanh nghiep can xac nhan cua co quan "
     "tham quyen ve nhung mat nao?", [("Báo cáo thành tích của cá nhân đề nghị xét tặng", 1, 1)],
     "phòng cháy chữa cháy; an toàn lao động, môi trường"),
    # "văn bản nào" folds to "... ban nào" like a unit head; it asks which text (tune-fresh12 t12-33, QĐ 81 Bắc Ninh
    # Điều 9.3)
    ("web/bac-ninh_81-2025-qd-ubnd.md",
     "QĐ 81 Bắc Ninh: định mức chi cho hoạt động tư vấn, phản biện, giám định xã hội của Liên hiệp hội được áp theo văn "
     "bản nào?", [("quyết toán kinh phí hoạt động tư vấn", 1, 1)], "Thông tư số 11/2015/TT-BTC"),
    # a clause of the plan the question named, dense rank 2 and keyword rank 1: the case told in the user's words shares
    # fewer words with it (QĐ 123/2025 Huế Điều 9.1, tune-fresh25 t25-25)
    ("web/hue_123-2025-qd-ctubnd.md",
     "QĐ 123/2025 Huế: tài sản đã phê duyệt phương án xử lý trước ngày Quyết định có hiệu lực mà chưa xử lý xong thì "
     "phần việc còn lại làm theo hướng dẫn nào?", [("chưa hoàn thành việc xử lý thì các công việc chưa thực hiện", 2, 1)],
     "Nghị định số 77/2025/NĐ-CP"),
    # asked "trước thời điểm nào" of a clause with no deadline of its own: the sentence stating the time, not who leads
    # (QĐ 5042/QĐ-BNNMT I.1.a; tune-fresh29 t29-15 taught the phrase, tune-fresh.jsonl tva-39)
    ("web/bo-nong-nghiep-moi-truong_5042-qd-bnnmt.md",
     "QĐ 5042 BNNMT: kế hoạch chuyển đổi cây trồng, vật nuôi trên đất lúa của cấp xã phải ban hành trước thời điểm nào?",
     [("ngày 30 tháng 12 năm trước của năm kế hoạch", 1, 1)], "30 tháng 12 năm trước của năm kế hoạch"),
    # an ad hoc body "tồn tại đến khi nào": "... tự giải thể sau khi kết thúc bầu cử" (questions.toml paraphrase;
    # QĐ thành lập Tổ tiếp công dân, MTTQ Lương Minh, Điều 2; tune-fresh29 t29-08)
    ("html/luong-minh_qd-thanh-lap-to-tiep-cong-dan.htm",
     "QD lap to tiep dan, xu ly don bau cu cua MTTQ Luong Minh: to nay ton tai den khi nao?",
     [("tự giải thể sau khi kết thúc bầu cử", 1, 1)], "tự giải thể sau khi kết thúc bầu cử"),
    # asked who partners: the clause naming partners ("6. Phối hợp với Sở Nông nghiệp và Môi trường, ...") before the
    # one ranked first that names only whose duty it is (QĐ 88/2025 Lai Châu, Điều 10 "Trách nhiệm của cơ quan thuế";
    # tune-fresh11 t11-42)
    ("web/lai-chau_88-2025-qd-ubnd.md",
     "Quy chế phối hợp đất đai Lai Châu: vướng chuyện xác định nghĩa vụ tài chính thì cơ quan thuế phối hợp với những "
     "đơn vị nào?", [("Theo dõi việc ghi nợ, thanh toán nợ nghĩa vụ tài chính", 1, 1),
                     ("Phối hợp với Sở Nông nghiệp và Môi trường, cơ quan có chức năng", 2, 2)],
     "Sở Nông nghiệp và Môi trường"),
    # a long clause chunked in two pieces, both found: the case the question describes is in the second ("Trường hợp
    # văn bản không kết luận cụ thể, thì xem như thống nhất ...", Chỉ thị 010/CT-UBND Đắk Lắk I.2.1.d; tune-fresh29 t29-33)
    ("web/dak-lak_010-ct-ubnd.md",
     "chi thi 010 Dak Lak: van ban tham dinh cua so nganh ma khong ket luan ro rang thi duoc hieu la gi?",
     [("Văn bản thẩm định phải thể hiện đầy đủ", 1, 1),
      ("Trường hợp đề nghị Cơ quan chủ trì chuyển nội dung thẩm định", 2, 2)],
     "xem như thống nhất chủ trương đầu tư dự án"),
    # "kéo dài bao lâu" only asks how long (questions.toml paraphrase): NĐ 171/2025 Điều 15.3.d "... bồi dưỡng cấp thứ
    # trưởng và tương đương, thời gian thực hiện là 02 tuần" (tune-fresh15 t15-47)
    ("web/chinh-phu_171-2025-nd-cp.md",
     "nd 171 boi duong cong chuc: khoa boi duong danh cho cap thu truong keo dai bao lau?",
     [("cấp thứ trưởng và tương đương, thời gian thực hiện là 02 tuần", 1, 1)], "02 tuần"),
    # a row's task sets its own time besides the deadline column ("... Hoàn thành trong tháng 9/2025" | ... | 30/09/2025):
    # both are said (TB 624/TB-VPCP appendix I row 7; tune-fresh24 t24-24)
    ("web/chinh-phu_624-tb-vpcp.md",
     "tb 624: han nang cap he thong dich vu cong de TTHC khong phu thuoc dia gioi hanh chinh trong pham vi cap tinh?",
     [("khẩn trương nâng cấp hệ thống dịch vụ công", 1, 1)], "tháng 9/2025"),
])
def test_the_clause_found_answers_in_its_words(answer, rel, question, found, said):
    a = answer(rel, question, found)
    assert not a.refused and said in a.text, a.text


@pytest.mark.parametrize("rel, question, snippet, unit", [
    # the unit a task is done on behalf of does not do it: QĐ 2979 Hà Tĩnh, Sở Tư pháp's task Điều 2.3.2.e "Thực hiện
    # theo ủy quyền của Chủ tịch Ủy ban nhân dân tỉnh xem xét, phê duyệt các đề nghị xóa dữ liệu hộ tịch điện tử ..."
    # (tune-fresh28 t28-08)
    ("web/ha-tinh_2979-qd-ubnd.md",
     "Hà Tĩnh QĐ 2979 về chức năng Sở Tư pháp: UBND xã gửi đề nghị xóa dữ liệu hộ tịch điện tử thì cơ quan nào xem xét, "
     "phê duyệt theo ủy quyền của Chủ tịch UBND tỉnh?", "phê duyệt các đề nghị xóa dữ liệu hộ tịch điện tử", "sở tư pháp"),
    # a body named by its acronym, its duty before the verb: VBHN 94/VBHN-BQP Điều 34.3 "VNMAC và các Bộ, ngành liên
    # quan chịu trách nhiệm thẩm định, kiểm tra, đánh giá hệ thống quản lý chất lượng ..." (tune-fresh28 t28-03)
    ("web/bo-quoc-phong_94-vbhn-bqp.md",
     "VBHN 94 của BQP về khắc phục hậu quả bom mìn: dự án do tổ chức nước ngoài thực hiện thì ai thẩm định, kiểm tra, "
     "đánh giá hệ thống quản lý chất lượng?", "VNMAC và các Bộ, ngành liên quan chịu trách nhiệm thẩm định", "vnmac"),
])
def test_who_does_the_act_asked(answer, rel, question, snippet, unit):
    a = answer(rel, question, [(snippet, 1, 1)])
    assert not a.refused and a.text.lower().startswith(unit), a.text


def test_every_item_of_a_kind_asked_is_answered_with_the_whole_list(answer):
    # NĐ 170/2025 Điều 25.5 "5. Các trường hợp không thực hiện điều động / a) ... / c) Công chức đang trong quá trình
    # điều trị bệnh hiểm nghèo ... / g) ...": retrieval found item đ; "những trường hợp nào" asks every item
    # (questions.toml [several]), so the answer is the heading with all its items, cited once (tune-fresh30 t30-10)
    a = answer("web/chinh-phu_170-2025-nd-cp.md",
               "NĐ 170 về công chức: những trường hợp nào thì không được điều chuyển công chức đi nơi khác theo diện "
               "điều động?", [("đ) Công chức nữ đang trong thời gian mang thai", 1, 1)])
    assert not a.refused and [c.section for c in a.citations] == ["Điều 25.5"], a.text
    for item in ("bị xem xét, xử lý kỷ luật", "điều trị bệnh hiểm nghèo", "mang thai, nghỉ thai sản", "g) Các trường hợp khác"):
        assert item in a.text, a.text
    # the same clause asked for one case only is answered from the item found
    a = answer("web/chinh-phu_170-2025-nd-cp.md",
               "NĐ 170: công chức nữ đang nuôi con dưới 36 tháng tuổi có bị điều động không?",
               [("đ) Công chức nữ đang trong thời gian mang thai", 1, 1)])
    assert [c.section for c in a.citations][:1] == ["Điều 25.5.đ"] and "điều trị bệnh hiểm nghèo" not in a.text, a.text


def test_an_article_heading_over_numbered_items_is_a_list(answer):
    # TT 58/2025/TT-BCT "Điều 11. Tài liệu phục vụ đàm phán hợp đồng mua bán điện ... / 1. Dự thảo hợp đồng ... / 5.
    # Thỏa thuận đấu nối ... / 8. Các tài liệu liên quan khác (nếu có)." (tune-fresh30 t30-13)
    a = answer("web/bo-cong-thuong_58-2025-tt-bct.md",
               "TT 58/2025 BCT: de dam phan hop dong mua ban dien thuy dien tich nang thi ben ban can chuan bi nhung "
               "tai lieu gi?", [("8. Các tài liệu liên quan khác (nếu có).", 1, 1)])
    assert not a.refused and a.citations[0].section == "Điều 11" and "Thỏa thuận đấu nối" in a.text, a.text


def test_a_place_named_in_the_ask_picks_between_clauses_as_much_on_topic(answer):
    # QĐ 123/2025 Huế Điều 4.2 (assets from the city's civil enforcement office: Sở Tài chính) and 4.3 (from a regional
    # office: the ward chairs) cover the question alike once "TP Huế" is read as the plan's place (tune-fresh30 t30-22)
    a = answer("web/hue_123-2025-qd-ctubnd.md",
               "QĐ 123 của Chủ tịch UBND TP Huế: tài sản do THADS TP Huế bàn giao (không phải nhà đất, ô tô) thì cơ quan "
               "nào duyệt phương án xử lý?",
               [("do cơ quan thi hành án dân sự khu vực chuyển giao, trừ tài sản", 1, 1),
                ("tiếp nhận từ cơ quan Thi hành án dân sự thành phố Huế", 2, 2)])
    assert not a.refused and a.text.startswith("Sở Tài chính") and "Điều 4.2" in a.text, a.text


def test_a_task_opening_with_the_deciding_verb_is_decided_by_its_unit(answer):
    # VBHN 94/VBHN-BQP Điều 12.4.b: "b) Bộ Chỉ huy quân sự cấp tỉnh, thành phố trực thuộc trung ương / - Phê duyệt kế
    # hoạch thu gom, vận chuyển, tiêu hủy bom mìn vật nổ ..." (tune-fresh30 t30-25)
    a = answer("web/bo-quoc-phong_94-vbhn-bqp.md",
               "vbhn 94 BQP: ke hoach thu gom, van chuyen, huy bom min thu duoc khi ra pha do co quan nao phe duyet?",
               [("Phê duyệt kế hoạch thu gom, vận chuyển, tiêu hủy", 1, 2),
                ("tiêu hủy trình Bộ Chỉ huy quân sự tỉnh phê duyệt", 2, 1)])
    assert not a.refused and a.text.startswith("Bộ Chỉ huy quân sự cấp tỉnh") and "Phê duyệt" in a.text, a.text
    assert a.citations[0].section.endswith("Điều 12.4.b.1"), a.citations[0].section


def test_the_leading_body_named_by_its_role_in_a_units_clause_is_that_unit(answer):
    # Chỉ thị 010 Đắk Lắk I.1.b, under "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, ...)": "... Trường hợp các cơ quan
    # phối hợp thẩm định có ý kiến khác nhau, cơ quan chủ trì có trách nhiệm phối hợp với các cơ quan xem xét, làm rõ
    # ..., tổ chức khảo sát thực địa, họp thẩm định" (tune-fresh28 t28-12)
    a = answer("web/dak-lak_010-ct-ubnd.md",
               "Chỉ thị 010 Đắk Lắk về thẩm định thủ tục đầu tư: các cơ quan phối hợp thẩm định có ý kiến khác nhau thì ai "
               "tổ chức khảo sát thực địa và họp thẩm định?", [("cơ quan chủ trì có trách nhiệm phối hợp với các cơ quan", 1, 1)])
    assert not a.refused and a.text.startswith("Các cơ quan đăng ký đầu tư"), a.text
    assert "chủ trì chủ trì" not in a.text


def test_an_item_of_a_run_is_read_with_its_lead_in(answer):
    # HD 45-HD/BTCTW XVII.5.3: "- Thời điểm tính tuổi quy hoạch cấp ủy, ... nhiệm kỳ 2030-2035: Cấp cơ sở là tháng
    # 4/2030; cấp trên trực tiếp cơ sở (...) là tháng 6/2030; ..." (tune-fresh33 t33-33)
    a = answer("web/vb_fe168907.md",
               "hd 45-HD/BTCTW: thoi diem tinh tuoi quy hoach cap uy nhiem ky 2030-2035 doi voi cap tren truc tiep co so "
               "(khong phai cap co so hay xa, phuong) la thang nao?",
               [("Cấp cơ sở là tháng 4/2030", 1, 1)])
    assert not a.refused and "6/2030" in a.text.split("\n")[0], a.text


def test_the_nth_case_of_a_list_is_that_item(answer):
    # QĐ 99/2025 Nghệ An, Quy chế thư điện tử Điều 8.2: "... bị tạm khóa trong các trường hợp sau: a) Không phát sinh
    # hoạt động truy nhập ... 06 tháng ...; b) Bị virus chiếm dụng, bị người khác chiếm dụng, lộ mật khẩu; ..."; the
    # clause found is item a), the one the question sets aside (tune-fresh34 t34-39)
    a = answer("web/nghe-an_99-2025-qd-ubnd.md",
               "qc thu dien tu nghe an: ngoai truong hop 06 thang khong truy nhap, truong hop thu hai bi tam khoa tai "
               "khoan thu cong vu la gi?", [("Không phát sinh hoạt động truy nhập", 1, 1)])
    assert not a.refused and "Bị virus chiếm dụng" in a.text, a.text
    assert a.citations[0].section == "Điều 8.2.b"


def test_the_nth_group_introduced_by_the_clause_found(answer):
    # NĐ 170/2025 Điều 5: "... được thực hiện riêng đối với từng nhóm đối tượng sau đây: 1. ... 3. Sinh viên tốt nghiệp
    # xuất sắc, nhà khoa học trẻ tài năng ..." (tune-fresh34 t34-37): the third group, though retrieval found the lead-in
    a = answer("web/chinh-phu_170-2025-nd-cp.md",
               "nd 170/2025 ve tuyen dung cong chuc: nhom doi tuong thu ba duoc tuyen bang hinh thuc xet tuyen la ai?",
               [("Các trường hợp thực hiện xét tuyển công chức", 1, 1)])
    assert not a.refused and "Sinh viên tốt nghiệp xuất sắc" in a.text, a.text
    # cited as the decree it is (the CLI printed "Kế hoạch" before every document's title)
    assert a.citations[0].doc_kind == "Nghị định"


def test_a_step_the_document_labels_is_not_counted_among_the_clauses(answer):
    # QĐ 81/2025 Bắc Ninh Điều 8.1: "Bước 1. ... Bước 4. Tập hợp chuyên gia, thành lập Hội đồng phản biện; ..." written
    # inside one clause; the fourth clause of Điều 8 (8.4, on reporting) is no step (tune-fresh34 t34-38)
    a = answer("web/bac-ninh_81-2025-qd-ubnd.md",
               "Quy định phản biện xã hội của Liên hiệp các hội KH&KT Bắc Ninh: bước thứ tư trong quy trình tổ chức "
               "phản biện là gì?", [("Quy trình tổ chức tư vấn, phản biện và giám định xã hội được thực hiện", 1, 1)])
    assert "Tập hợp chuyên gia, thành lập Hội đồng phản biện" in a.text, a.text
    assert a.citations[0].section == "Điều 8.1"


def test_a_fraction_of_the_members_is_a_count(answer):
    # NĐ 171/2025 Điều 20.6: "Cuộc họp Hội đồng thẩm định được tiến hành khi có mặt ít nhất 2/3 tổng số thành viên của
    # Hội đồng ..." answers how many members must attend (tune-fresh22 t22-18); "ngày 2/3" stays a date
    from assistant.values import COUNT

    assert COUNT.search("co mat it nhat 2/3 tong so thanh vien") and not COUNT.search("truoc ngay 2/3 hang nam")
    a = answer("web/chinh-phu_171-2025-nd-cp.md",
               "NĐ 171/2025: cuộc họp Hội đồng thẩm định chương trình bồi dưỡng hợp lệ cần có mặt bao nhiêu thành viên?",
               [("Cuộc họp Hội đồng thẩm định được tiến hành khi có mặt", 1, 1)])
    assert not a.refused and "2/3 tổng số thành viên" in a.text, a.text


def test_an_acronym_of_another_plan_named_is_no_topic_of_this_one():
    # "Điều lệ Quỹ BVMT Quảng Trị (QĐ 2696) và NĐ 171/2025 ...": answered for NĐ 171, "BVMT" spells out words of the
    # fund's title (abbreviations.toml), not a name NĐ 171 must hold (tune-fresh22 t22-18)
    from core.query import Intent, Query

    q = Query("x", "dieu le quy bvmt quang tri va nd 171: cuoc hop hoi dong hop le can bao nhieu thanh vien?", Intent.TARGET,
              topic_exclude=["bao", "moi", "quy", "truong", "dieu", "le"])
    assert "bvmt" not in q.content_terms and {"cuoc", "hop", "thanh", "vien"} <= set(q.content_terms)
    assert "bvmt" in Query("x", "quy bvmt quang tri co bao nhieu thanh vien?", Intent.TARGET).content_terms


def test_whom_a_body_works_with_is_quoted_when_no_unit_is_read_in_it(answer):
    # KH lấy ý kiến cử tri Lương Minh IV.3: "Ủy ban bầu cử có trách nhiệm phối hợp với cơ quan, tổ chức, đơn vị trực tiếp
    # quản lý người đó hoặc Ủy ban nhân dân xã nơi người đó cư trú xác minh ..." names partners no unit phrase reads:
    # asked "phối hợp với ai", the sentence is the answer, not the lead alone (tune-fresh26 t26-22)
    a = answer("html/luong-minh_kh-lay-y-kien-cu-tri-noi-cu-tru.htm",
               "Theo kế hoạch lấy ý kiến cử tri nơi cư trú của MTTQ xã Lương Minh, với người tự ứng cử đại biểu HĐND xã thì "
               "Ủy ban bầu cử phối hợp với ai để xác minh và trả lời?",
               [("Đối với người tự ứng cử đại biểu Hội đồng nhân dân thì Ủy ban bầu cử", 1, 1)])
    assert not a.refused and "Ủy ban nhân dân xã nơi người đó cư trú" in a.text, a.text
    # ... but asked who works with a body the question names, the heading's body answers (VBHN 89 Điều 23.8, t22-41);
    # since "các cơ quan quản lý nhà nước liên quan" is read as a body (stop 74), the item "Căn cứ chức năng, nhiệm vụ
    # ..., phối hợp với các cơ quan quản lý nhà nước liên quan ..." has them lead and the company's director partner
    a = answer("web/bo-quoc-phong_89-vbhn-bqp.md",
               "quy che Cang quoc te Cam Ranh (VBHN 89 BQP): ai phoi hop voi co quan QLNN ngan ngua gian lan thuong mai, "
               "hang gia, tron thue doi voi hang xuat nhap khau qua cang?",
               [("ngăn ngừa các hành vi gian lận thương mại", 1, 1)])
    first = a.text.splitlines()[0]
    assert not a.refused and first.startswith("Đơn vị phối hợp: Giám đốc Công ty Tân Cảng - Petro Cam Ranh"), a.text
    assert "chủ trì: các cơ quan quản lý nhà nước liên quan" in first, a.text


def test_a_start_set_by_the_day_of_an_event_answers_from_when(answer):
    # TT 58/2025/TT-BCT Phụ lục III: "Hợp đồng có hiệu lực từ ngày được đại diện có thẩm quyền của Bên bán điện và Bên mua
    # điện ký chính thức" states when, with no date in digits (tune-fresh36 t36-44)
    a = answer("web/bo-cong-thuong_58-2025-tt-bct.md",
               "Mẫu hợp đồng mua bán điện kèm Thông tư 58/2025/TT-BCT: hợp đồng bắt đầu có hiệu lực từ khi nào nếu hai "
               "bên không thỏa thuận khác?",
               [("Hợp đồng có hiệu lực từ ngày được đại diện", 1, 1)])
    assert not a.refused and "ký chính thức" in a.text, a.text


def test_branches_listed_after_one_plural_head_are_each_a_unit(answer):
    # TB 624 Phụ lục, the State Bank's row: "... tích cực phối hợp với các Bộ (Tài chính, Công Thương, Xây dựng và KH&CN)
    # để nắm bắt nhu cầu vốn" names four ministries (units.toml [[branch]]; tune-fresh36 t36-59)
    a = answer("web/chinh-phu_624-tb-vpcp.md",
               "tb 624 phu luc, nhiem vu cua NHNN ve chuong trinh tin dung 500.000 ty: NHNN da phoi hop voi nhung bo nao "
               "de nam nhu cau von dau tu ha tang, cong nghe so?",
               [("tích cực phối hợp với", 1, 1)])
    assert not a.refused, a.text
    for ministry in ("Bộ Tài chính", "Bộ Công Thương", "Bộ Xây dựng", "Bộ Khoa học và Công nghệ"):
        assert ministry in a.text, a.text


def test_a_case_listed_under_a_deciding_lead_in_is_decided_by_its_unit(answer):
    # QĐ 123 Huế Điều 3.2: "Các cơ quan chuyên môn, ... thuộc Ủy ban nhân dân thành phố quyết định phê duyệt phương án xử
    # lý tài sản đối với: ... b) Tài sản do Thủ trưởng các cơ quan ... ra quyết định tịch thu": the case's own "ra quyết
    # định" says what the case is; the lead-in decides (tune-fresh36 t36-48)
    a = answer("web/hue_123-2025-qd-ctubnd.md",
               "qd 123 Hue phan cap tai san xac lap so huu toan dan: tai san do chinh Thu truong mot so, co quan chuyen mon "
               "thuoc UBND thanh pho ra quyet dinh tich thu thi ai phe duyet phuong an xu ly?",
               [("b) Tài sản do Thủ trưởng các cơ", 1, 1)])
    assert a.text.startswith("Các cơ quan chuyên môn, tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc Ủy ban "
                             "nhân dân thành phố quyết định"), a.text


def test_a_share_of_the_salary_answers_how_much_salary(answer):
    # NĐ 170/2025 Điều 56.6.d: "... được kết luận oan, sai thì được truy lĩnh 50% còn lại của tiền lương tháng hiện hưởng"
    # answers "truy lĩnh bao nhiêu tiền lương" (values.MONEY; tune-fresh37 t37-08)
    a = answer("web/chinh-phu_170-2025-nd-cp.md",
               "NĐ 170/2025: công chức bị tạm đình chỉ công tác, sau đó được kết luận oan, không bị kỷ luật thì được truy "
               "lĩnh bao nhiêu tiền lương?", [("được truy lĩnh 50% còn lại", 1, 1)])
    assert not a.refused and "50% còn lại" in a.text, a.text


def test_a_fund_named_by_its_acronym_is_no_unknown_name(answer):
    # "quỹ TNLĐ-BNN": the decree writes "tai nạn lao động, bệnh nghề nghiệp" (abbreviations.toml; tune-fresh37 t37-20)
    a = answer("web/chinh-phu_158-2025-nd-cp.md",
               "Văn phòng cần tính khoản đóng quỹ TNLĐ-BNN cho cán bộ, công chức: theo NĐ 158 (sửa NĐ 58/2020) mức đóng "
               "bình thường là bao nhiêu phần trăm tiền lương làm căn cứ đóng BHXH?",
               [("Mức đóng bình thường bằng 0,5%", 1, 1)])
    assert not a.refused and "0,5%" in a.text, a.text


@pytest.mark.parametrize("rel, question, found, said", [
    # CT 010 Đắk Lắk I.2.2.e: "e) Thuế tỉnh Đắk Lắk / - Đánh giá về ưu đãi đầu tư ...; / - Tình hình thực hiện nghĩa vụ
    # thuế; xác định thông tin về vốn chủ sở hữu so với Báo cáo tài chính ..." (tune-fresh38 t38-26): neither item alone
    # covers the question, both under the unit's heading do
    ("web/dak-lak_010-ct-ubnd.md",
     "chi thi 010 Dak Lak: khi lay y kien tham dinh du an, don vi nao danh gia phan uu dai dau tu, roi doi chieu von chu "
     "so huu cua nha dau tu voi BCTC?",
     [("Đánh giá về ưu đãi đầu", 1, 2), ("xác định thông tin về vốn chủ sở hữu", 2, 1)], "Thuế tỉnh Đắk Lắk"),
    # CT 010 Đắk Lắk I.2.1.đ (tune-fresh37 t37-06): "Nhà đầu tư" is no unit head, but only a party follows "chịu trách
    # nhiệm trước"
    ("web/dak-lak_010-ct-ubnd.md", "ct 010 dak lak: so nganh cham co y kien tham dinh thi phai chiu trach nhiem truoc ai?",
     [("chịu trách nhiệm trước Nhà đầu tư", 1, 1)], "Nhà đầu tư và Chủ tịch UBND tỉnh"),
    # QĐ 5042/QĐ-BNNMT, the procedure to suspend imports, Bước 2 (tune-fresh37 t37-47): whose opinion is sought
    ("web/bo-nong-nghiep-moi-truong_5042-qd-bnnmt.md",
     "QĐ 5042/QĐ-BNNMT: trước khi quyết định tạm ngừng hoặc cấm xuất khẩu, nhập khẩu vật thể kiểm dịch thực vật, nếu cần "
     "thì Bộ trưởng họp lấy ý kiến của ai?", [("lấy ý kiến của các Bộ, ngành liên quan", 1, 1)],
     "các Bộ, ngành liên quan"),
    # VBHN 89/VBHN-BQP, Quy chế Cảng quốc tế Cam Ranh Điều 10a.3.b (tune-fresh20 t20-14): the recipient after what the
    # parentheses say about how ("qua thư điện tử" is no recipient)
    ("web/bo-quoc-phong_89-vbhn-bqp.md",
     "Toi la nguoi dan muon vao cang quoc te Cam Ranh thi phai lien he dang ky voi don vi nao?",
     [("có nhu cầu vào, ra Cảng", 1, 1)], "Công ty Tân Cảng - Petro Cam Ranh"),
    # KH Tiểu ban tuyên truyền bầu cử xã Phố Bảng II.2.2.2 (tune-fresh18 t18-49): the item's "(ngày 15/3/2026)" is one
    # date, no rival to the period it is listed under ("2.2. Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2026")
    ("html/luong-minh_kh-tieu-ban-tuyen-truyen-bau-cu.htm",
     "kh tieu ban tuyen truyen Pho Bang: dot tuyen truyen khong khi phan khoi, cu tri tu giac di bau keo dai tu khi nao "
     "den khi nao?", [("Tuyên truyền bầu không khí phấn khởi", 1, 1)], "Từ tháng 01 đến ngày bầu cử 15/3/2026"),
    # "hoc sihn" for "học sinh": two letters swapped by a fast typist are no name the clause must hold (QĐ 27/2025 Thái
    # Nguyên, Quy định Điều 8.4.b "Chỉ đạo các trường học, cơ sở đào tạo trực thuộc phối hợp với các đơn vị điện lực
    # ...", tune-fresh28 t28-41)
    ("web/thai-nguyen_27-2025-qd-ubnd.md",
     "qd 27 Thai Nguyen: truong hoc to chuc ngoai khoa tuyen truyen an toan dien cho hoc sihn thi phoi hop voi ai?",
     [("Chỉ đạo các trường học, cơ sở đào tạo trực thuộc phối hợp với các đơn vị điện lực", 1, 1)],
     "các đơn vị điện lực"),
    # an office inside a body, though no unit head reads it, receives what is sent to it: "Tổng hợp kết quả và gửi hồ sơ
    # về phòng hoặc bộ phận hoặc người làm công tác tổ chức cán bộ của cơ quan, đơn vị để tổng hợp" (QĐ 212/2025 Hải
    # Phòng, Quy định Điều 9.2; tune-fresh40 t40-13)
    ("web/hai-phong_212-2025-qd-ubnd.md",
     "QĐ 212 Hải Phòng xếp loại CBCCVC, bước 2: họp nhận xét xong thì kết quả, hồ sơ gửi về bộ phận nào để tổng hợp?",
     [("Tổng hợp kết quả và gửi hồ sơ về phòng hoặc bộ phận", 1, 1)],
     "Gửi hồ sơ về: phòng hoặc bộ phận hoặc người làm công tác tổ chức cán bộ."),
    # whose report and proposal a decision rests on: "... trên cơ sở báo cáo, đề xuất của Cục Tác chiến, Bộ Tổng Tham mưu"
    # (VBHN 94/VBHN-BQP, Điều 11.1.a; tune-fresh41 t41-09)
    ("web/bo-quoc-phong_94-vbhn-bqp.md",
     "Thông tư bom mìn (VBHN 94/BQP): BQP giao nhiệm vụ rà phá cho dự án nhóm I, II dựa trên báo cáo, đề xuất của cơ "
     "quan nào?", [("trên cơ sở báo cáo, đề xuất của Cục Tác chiến", 1, 1)],
     "Theo đề nghị, đề xuất của: Cục Tác chiến, Bộ Tổng Tham mưu"),
    # whose consent a step needs: "... khi có sự thỏa thuận trước bằng văn bản của Bên mua điện" (TT 58/2025/TT-BCT,
    # Phụ lục III Điều 14.2; tune-fresh36 t36-60)
    ("web/bo-cong-thuong_58-2025-tt-bct.md",
     "Thông tư 58/2025 Bộ Công Thương, mẫu hợp đồng mua bán điện: bên bán điện muốn chuyển giao quyền, nghĩa vụ hợp đồng "
     "cho đơn vị kế thừa thì phải được bên nào thỏa thuận trước bằng văn bản?",
     [("thỏa thuận trước bằng văn bản của Bên mua điện", 1, 1)], "Cần sự thỏa thuận, đồng ý của: Bên mua điện"),
    # a moment set by an event answers "từ lúc nào": "Thời gian bắt đầu làm bài kiểm tra được tính sau 10 phút kể từ
    # thời điểm giám thị phát đề kiểm tra cho từng thí sinh" (TT 35/2025/TT-BKHCN, Quy chế Điều 17.1; tune-fresh41 t41-16)
    ("web/vb_cd24d493.md",
     "TT 35/2025 BKHCN, quy chế kiểm tra nghiệp vụ đại diện SHCN: thời gian làm bài bắt đầu tính từ lúc nào?",
     [("Thời gian bắt đầu làm bài kiểm tra được tính sau 10 phút", 1, 1)], "kể từ thời điểm giám"),
])
def test_forms_learnt_from_fresh37_to_fresh41(answer, rel, question, found, said):
    a = answer(rel, question, found)
    assert not a.refused and said in a.text.split("\n")[0], a.text


EXTERNAL = Path(__file__).resolve().parents[2] / "eval" / "external" / "docs"


@pytest.mark.parametrize("question", [
    "QD 1513 Bac Ninh cong bo danh muc TTHC linh vuc viec lam gom bao nhieu thu tuc hanh chinh sua doi?",
    # the acronym counts as its long form, which the title writes out
    "QĐ 1513 Bắc Ninh lĩnh vực việc làm công bố bao nhiêu TTHC sửa đổi?",
])
def test_a_count_asks_its_things_even_where_the_title_names_them(answer, question):
    # QĐ 1513/QĐ-UBND Bắc Ninh "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI ...": the words after "bao nhiêu" are
    # what is counted, not words naming the plan, though its title holds them ("danh mục 06 thủ tục hành chính", Điều 1)
    a = answer(str(EXTERNAL / "b15" / "f411a708bcdcfda7.md"), question, [("danh mục 06 thủ tục hành chính", 1, 1)])
    assert not a.refused and "06 thủ tục hành chính" in a.text, a.text


def test_a_partner_asked_of_a_clause_it_partners_is_told_whom_it_works_with(answer):
    # "Điều 3. Giao Giám đốc Công an tỉnh ... / c) Phối hợp với ..." read as "X phối hợp với <those who lead>": the
    # Hội An heritage centre (Điều 2) "Phối hợp với các tổ chức, chính quyền địa phương để tổ chức các hoạt động giáo dục
    # di sản"
    a = answer(str(EXTERNAL / "b4" / "7599f6525eb44d2e.md"),
               "Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An phối hợp với ai để tổ chức các hoạt động giáo dục di sản?",
               [("Phối hợp với các tổ chức, chính quyền địa phương", 1, 1)])
    assert not a.refused and "phối hợp với các tổ chức, chính quyền địa phương (chủ trì)" in a.text, a.text
