"""How the default answerer composes an answer, table-driven on hand-built clauses (no index, no embedder):
the lead and partners come from the clause's responsibility, a deadline from its own field, a value from a
sentence about the topic, and a question the clauses do not cover is refused."""

from __future__ import annotations

import pytest

from assistant.answer.default import DefaultAnswerer
from assistant.index.corpus_stats import topic_words
from assistant.understand import QuestionParser
from core.models import Chunk, Clause, Document, DocumentMeta, Hit, Responsibility
from core.settings import Settings

DOC_ID = "ha-tinh-kh-99"


def _clause(path: str, text: str, parent: str | None = None, kind: str = "task", trail: list[str] | None = None,
            **roles) -> Clause:
    return Clause(id=f"{DOC_ID}:{path}", doc_id=DOC_ID, path=path, label=path.rsplit(".", 1)[-1] + ".",
                  title=text.split(":")[0][:80], text=text, level=path.count("."),
                  parent_id=f"{DOC_ID}:{parent}" if parent else None, heading_trail=trail or [], kind=kind,
                  responsibility=Responsibility(**roles))


CLAUSES = [
    _clause("IV", "IV. TỔ CHỨC THỰC HIỆN", kind="section"),
    _clause("IV.1", "1. Công an tỉnh", parent="IV", kind="section", trail=["TỔ CHỨC THỰC HIỆN"]),
    _clause("IV.1.a", "a) Chủ trì, phối hợp với Sở Y tế tổ chức tuyên truyền phòng, chống mua bán người trên "
            "phương tiện thông tin đại chúng. Thời gian thực hiện: Quý II/2026.", parent="IV.1",
            trail=["TỔ CHỨC THỰC HIỆN", "Công an tỉnh"], lead=["Công an tỉnh"], partners=["Sở Y tế"],
            deadline="Quý II/2026", inherited=True),
    _clause("IV.2", "2. Sở Tư pháp rà soát văn bản quy phạm pháp luật về phòng, chống mua bán người, hoàn thành "
            "trước ngày 30/6/2026.", parent="IV", trail=["TỔ CHỨC THỰC HIỆN"], lead=["Sở Tư pháp"],
            deadline="trước ngày 30/6/2026"),
    _clause("II.2", "2. Thủ tục ban hành kế hoạch phục hồi môi trường cấp xã", kind="section"),
    _clause("II.2.1", "2.1. Trình tự thực hiện: Ủy ban nhân dân cấp xã ban hành kế hoạch phục hồi môi trường cấp xã "
            "sau khi kết thúc giai đoạn ứng phó sự cố.", parent="II.2", kind="item",
            trail=["Thủ tục ban hành kế hoạch phục hồi môi trường cấp xã"]),
    _clause("II.2.4", "2.4. Thời hạn giải quyết: 30 ngày kể từ ngày công bố kết thúc giai đoạn ứng phó sự cố.",
            parent="II.2", kind="item", trail=["Thủ tục ban hành kế hoạch phục hồi môi trường cấp xã"]),
]
for c in CLAUSES:
    if c.parent_id:
        next(p for p in CLAUSES if p.id == c.parent_id).children.append(c.id)
CLAUSES[-1].title = "Thời hạn giải quyết:"  # a record's field: its label is its title
CLAUSES[-2].title = "Trình tự thực hiện:"

DOC = Document(id=DOC_ID, file_name="ha-tinh_kh-99.txt", source_format="txt", sha256="x",
               meta=DocumentMeta(issuer="Ủy ban nhân dân tỉnh Hà Tĩnh", number="99/KH-UBND", province="Hà Tĩnh",
                                 kind="Kế hoạch", title="Phòng, chống mua bán người năm 2026"),
               source_text="", text="", clauses=CLAUSES)
BY_PATH = {c.path: c for c in CLAUSES}
IDF = {w: 1.0 for c in CLAUSES for w in topic_words(" ".join([*c.heading_trail, c.text]))}
PARSER = QuestionParser(["Hà Tĩnh"], ["Công an tỉnh", "Sở Y tế", "Sở Tư pháp"],
                        [{"id": DOC_ID, "title": DOC.meta.title, "province": "Hà Tĩnh", "kind": "Kế hoạch",
                          "number": "99/KH-UBND", "locality": "", "issuer": DOC.meta.issuer}])


def hits(*paths: str) -> list[Hit]:
    """Hits in retrieval order, each carrying its plan and clause as the service resolves them."""
    out = []
    for rank, path in enumerate(paths):
        c = BY_PATH[path]
        out.append(Hit(Chunk(f"{DOC_ID}#{rank}", DOC_ID, [c.id], path, c.text, c.text, 40), 1.0 / (rank + 1),
                       doc=DOC, clause=c))
    return out


ANSWERER = DefaultAnswerer(Settings(), idf=IDF)


@pytest.mark.parametrize("question, retrieved, says, cites", [
    # the lead of a task under a unit heading is that unit, whatever words sit near the question's
    ("Đơn vị nào chủ trì tuyên truyền phòng, chống mua bán người trên phương tiện thông tin đại chúng?",
     ["IV.1.a", "IV.2"], ["Công an tỉnh"], "IV.1.a"),
    ("don vi nao chu tri tuyen truyen phong chong mua ban nguoi tren phuong tien thong tin dai chung",
     ["IV.1.a", "IV.2"], ["Công an tỉnh"], "IV.1.a"),
    # retrieval put the wrong clause first: the one on topic answers
    ("Ai chủ trì rà soát văn bản quy phạm pháp luật về phòng, chống mua bán người?",
     ["IV.1.a", "IV.2"], ["Sở Tư pháp"], "IV.2"),
    ("Ai phối hợp tuyên truyền phòng chống mua bán người trên phương tiện thông tin đại chúng?",
     ["IV.1.a"], ["Sở Y tế"], "IV.1.a"),
    ("Sở Tư pháp phải xong việc rà soát văn bản quy phạm pháp luật khi nào?",
     ["IV.2", "IV.1.a"], ["30/6/2026"], "IV.2"),
    # a procedure found by what it does states its time in its own field
    ("Kế hoạch phục hồi môi trường cấp xã phải ban hành trong bao lâu?", ["II.2.1"], ["30 ngày"], "II.2.4"),
])
def test_answer_comes_from_the_clause_structure(question: str, retrieved: list[str], says: list[str], cites: str):
    a = ANSWERER.answer(PARSER.parse(question), hits(*retrieved))
    assert not a.refused, a.text
    for s in says:
        assert s in a.text, a.text
    assert a.citations and a.citations[0].section == cites, [c.section for c in a.citations]
    assert a.text.count("[1]") >= 1


@pytest.mark.parametrize("question, retrieved", [
    ("Ai chủ trì dự án Starlink?", ["IV.1.a"]),  # a name no plan uses
    ("Đơn vị nào chủ trì xây dựng sân bay quốc tế?", ["IV.1.a", "IV.2"]),  # shared everyday words are no evidence
    ("Ngân sách cho tuyên truyền phòng chống mua bán người là bao nhiêu tiền?", ["IV.1.a"]),  # no amount stated
])
def test_question_the_clauses_do_not_answer_is_refused(question: str, retrieved: list[str]):
    a = ANSWERER.answer(PARSER.parse(question), hits(*retrieved))
    assert a.refused, a.text
    assert not a.citations


def test_a_paraphrase_both_rankings_put_first_is_answered_below_the_usual_coverage():
    # "ai lo việc kiểm tra lại, sửa đổi các văn bản quy phạm ..." shares fewer words with IV.2 than the usual
    # gate wants; when dense and keyword retrieval both rank IV.2 first, a lower share of the topic is enough
    q = PARSER.parse("Ai lo việc kiểm tra lại, sửa đổi các văn bản quy phạm về chống buôn bán người?")
    terms = q.content_terms
    from assistant.answer.default import coverage

    cov = coverage(terms, f"TỔ CHỨC THỰC HIỆN {BY_PATH['IV.2'].text}", IDF)
    usual = DefaultAnswerer(Settings(answer_min_coverage=0.5), idf=IDF)
    assert usual.agreed_min_coverage <= cov < usual.min_coverage, cov
    weak = hits("IV.2")
    assert usual.answer(q, weak).refused  # one ranking alone: refused
    agreed = hits("IV.2")
    agreed[0].dense_rank, agreed[0].keyword_rank = 1, 1
    a = usual.answer(q, agreed)
    assert not a.refused and "Sở Tư pháp" in a.text, a.text


# ---------------------------------------------------------------- the kind of value a question asks for

from assistant.answer.default import _without_cited_dates  # noqa: E402
from assistant.values import CODE, COUNT, DATE, DAY, DURATION, MONEY, PERCENT, PLACE, VALIDITY, asked_value  # noqa: E402
from core.textnorm import fold  # noqa: E402


@pytest.mark.parametrize("question, need", [
    # a fee is money (tune-fresh5: "QĐ 1696 Lào Cai: lệ phí cấp giấy phép vận chuyển hàng hóa nguy hiểm là bao nhiêu?")
    ("QD 1696 Lao Cai: le phi cap giay phep van chuyen hang hoa nguy hiem la bao nhieu?", MONEY),
    ("mức thu phí thẩm định hồ sơ là bao nhiêu?", MONEY),
    # a cost that describes a price component is not itself money asked ("... theo chi phí nhân công ... tối đa bao
    # nhiêu mỗi năm" asks a rate)
    ("giá vận hành theo chi phí nhân công được điều chỉnh tối đa bao nhiêu mỗi năm?", COUNT),
    # "mấy" after a word asking a number is a count ("Sở được bố trí tối đa mấy Phó Giám đốc?")
    ("QĐ 2979 Hà Tĩnh: Sở được bố trí tối đa mấy Phó Giám đốc?", COUNT),
    ("ai cấu hình máy chủ thư điện tử?", None),  # "máy" folds like "mấy"
    ("hiệp thương lần thứ ba phải xong chậm nhất ngày nào?", DAY),
    # the kind named after "bao nhiêu" wins over money words earlier in the question (tune-fresh8, Quảng Trị QĐ 2696
    # and TB 627)
    ("quy bao ve moi truong Quang Tri cho du an vay von voi thoi han toi da bao nhieu nam?", DURATION),
    ("TB 627: khi dang ky von dau tu cong thi uu tien cac du an cao toc hoan thanh bao nhieu km?", COUNT),
    ("chứng chỉ năng lực rà phá bom mìn có giá trị mấy năm?", VALIDITY),
    # how long a paper is valid, not how long issuing it takes (tune-fresh11 t11-57, QĐ 2811 Đồng Nai)
    ("giấy chứng nhận lưu hành tự do (CFS) có giá trị sử dụng bao lâu?", VALIDITY),
    ("trung tam du lieu quoc gia so 2 du kien dat o tinh nao?", PLACE),
    # a code asked, not a code system as the topic (tune-fresh7, QĐ 4001 and QĐ 2597)
    ("thủ tục đề xuất đặt hàng nhiệm vụ bị bãi bỏ mang mã hồ sơ TTHC số mấy?", CODE),
    ("làm hệ thống mã số, định danh công trình hạ tầng thì Bộ Xây dựng phối hợp với những đâu?", None),
    # tune-fresh11 t11-18 (VBHN 94 Bộ Quốc phòng) and t11-17 (TB 631)
    ("thẩm định phương án kỹ thuật thi công rà phá bom mìn dự án nhóm II mất tối đa mấy ngày?", DURATION),
    ("gộp 3 chương trình xong thì phần vùng dân tộc thiểu số kéo dài tới năm nào?", DATE),
    # "mấy" before what is counted (tune-fresh15 t15-58, QĐ 3004 Hà Tĩnh)
    ("qd 3004 ha tinh: cong bo quy trinh noi bo cho may thu tuc TBYT sua doi?", COUNT),
    # "bao nhiêu %" asks a share; "tiến độ" folds like "tiền độ" and asks no money (tune-fresh18 t18-14, QĐ 212 HP)
    ("qd 212 HP: lanh dao muon xep hoan thanh tot thi don vi phu trach phai co it nhat bao nhieu % chi tieu dung "
     "tien do?", PERCENT),
    ("TB 648: Bộ Tài chính hỗ trợ bao nhiêu tiền cho dự án bệnh án điện tử?", MONEY),
])
def test_the_value_a_question_asks_for(question, need):
    assert asked_value(fold(question)) is need


@pytest.mark.parametrize("need, sentence, holds", [
    # the values real clauses write (blind sets tune-fresh10/11 on tuning documents)
    (COUNT, "liên quan đến dự án Starlink để có thể triển khai trong năm 2026 (phấn đấu đạt 500.000 thuê bao);", True),
    (DURATION, "b) Không quá 20 (hai mươi) ngày đối với dự án, hạng mục, nhiệm vụ điều tra, khảo sát", True),
    (PERCENT, "phải được ít nhất trên 2/3 tổng số thành viên cấp ủy biểu quyết tán thành", True),
    (PERCENT, "trước ngày 15/11 phải hoàn thành", False),  # a date is no share
    (DATE, "chỉ thực hiện đến năm 2030 thì chúng ta tiếp tục kéo dài đến 2035", True),
    (VALIDITY, "Chứng chỉ năng lực có giá trị sử dụng 05 năm kể từ ngày cấp", True),
    (VALIDITY, "| 03 ngày làm việc kể từ khi nhận được hồ sơ đầy đủ.", False),
    # "cam kết phục vụ bao lâu" of NĐ 171 Điều 5.3 (tune-fresh11 t11-10); a place asked needs a province named
    (DURATION, "trong thời gian ít nhất gấp 03 lần thời gian đào tạo", True),
    (PLACE, "nghiên cứu, đề xuất xây dựng Trung tâm dữ liệu quốc gia số 2 và số 3", False),
    (PLACE, "đặt Trung tâm dữ liệu tại tỉnh Bắc Ninh", True),
    # tune-fresh12 t12-09, t12-11 (TT 35 BKHCN, VBHN 94)
    (DURATION, "đề phải được giao cho Tổ in sao trước giờ thi ít nhất 120 phút", True),
    (VALIDITY, "chứng chỉ cấp cho cá nhân kỹ thuật viên điều tra, khảo sát, rà phá bom mìn vật nổ có thời hạn 05 năm", True),
    # a fee or interest stated as a share is money asked (TT 58/2025/TT-BCT Điều 5.2.e); a share of votes is not
    (MONEY, "cộng với tỷ lệ các khoản phí thu xếp khoản vay của ngân hàng là 3%/năm", True),
    (MONEY, "phải có tỷ lệ phiếu đồng ý của Hội đồng Thi đua - Khen thưởng thành phố từ 90% trở lên", False),
])
def test_a_clause_holds_the_value_asked(need, sentence, holds):
    assert bool(need.search(fold(sentence))) is holds


def test_a_cited_texts_date_is_no_date_asked_for():
    cited = "Tỉnh thực hiện theo chỉ đạo tại Thông báo số 75-TB/VPTW ngày 04 tháng 8 năm 2025;"
    assert not DAY.search(_without_cited_dates(cited))
    assert not DAY.search(_without_cited_dates("theo Quyết định số 1620/QĐ-UBND ngày 27/6/2025 của Chủ tịch"))
    assert DAY.search(_without_cited_dates("Quyết định này có hiệu lực kể từ ngày 05/12/2025"))


# ---------------------------------------------------------------- who decides

from assistant.answer.default import _decider_in  # noqa: E402
from core.lexicon import roles  # noqa: E402


@pytest.mark.parametrize("sentence, decider", [
    # plans-real/web/quang-tri_2696-qd-ubnd.md, Điều lệ Điều 14.3.b: the matter is referred to the board
    ("Đối với mức tài trợ từ 100 triệu đồng trở lên, Giám đốc Quỹ Bảo vệ môi trường báo cáo Hội đồng Quản lý Quỹ Bảo "
     "vệ môi trường xem xét, quyết định.", ("Hội đồng Quản lý Quỹ Bảo vệ môi trường", "xem xét, quyết định")),
    # plans-real/web/bo-nong-nghiep-moi-truong_5042-qd-bnnmt.md, Bước 1: the unit before the verb decides
    ("căn cứ vào đề nghị của Chủ tịch Ủy ban nhân dân cấp tỉnh nơi có dịch, Bộ trưởng Bộ Nông nghiệp và Môi trường "
     "quyết định xuất, cấp thuốc bảo vệ thực vật dự trữ quốc gia", ("Bộ trưởng Bộ Nông nghiệp và Môi trường", "quyết định")),
    ("lập kế hoạch thu gom, vận chuyển, tiêu hủy trình Bộ Chỉ huy quân sự tỉnh phê duyệt;",
     ("Bộ Chỉ huy quân sự tỉnh", "phê duyệt")),
    ("Sở Tài chính tổng hợp dự toán kinh phí.", None),
])
def test_who_decides(sentence, decider):
    lex = roles()
    assert _decider_in(sentence, lex.decider_verb, lex.decider_refer) == decider


@pytest.mark.parametrize("question, asks", [
    ("quy bao ve moi truong Quang Tri: khoan tai tro tu 100 trieu dong tro len thi ai xem xet, quyet dinh?", True),
    ("kế hoạch thu gom bom mìn thì đơn vị nào phê duyệt?", True),
    ("đơn vị nào chủ trì xây dựng quyết định?", False),
])
def test_questions_that_ask_who_decides(question, asks):
    assert PARSER.parse(question).asks_decider is asks


def test_partners_of_a_detail_come_from_its_sentence():
    # Kết luận 155-KL/TW, mục 6: "6. Giao Văn phòng Trung ương Đảng chủ trì: ... - Hướng dẫn văn phòng cấp uỷ các cấp
    # ... số hoá tài liệu ...; phối hợp với Đảng uỷ Bộ Tài chính hướng dẫn xử lý về trụ sở cấp uỷ sau sắp xếp" (the
    # parser keeps such a later "phối hợp với" as a detail: the clause's roles name no partner)
    text = ("- Hướng dẫn văn phòng cấp uỷ các cấp khẩn trương tổ chức thực hiện việc số hoá tài liệu, bảo đảm an toàn "
            "tài liệu của các cấp uỷ, tổ chức đảng theo quy định; phối hợp với Đảng uỷ Bộ Tài chính hướng dẫn xử lý về "
            "trụ sở cấp uỷ sau sắp xếp.")
    c = _clause("VI.2", text, lead=["Văn phòng Trung ương Đảng"], inherited=True)
    hit = Hit(Chunk(f"{DOC_ID}#vi2", DOC_ID, [c.id], "VI.2", text, text, 40), 1.0, doc=DOC, clause=c)
    idf = {w: 1.0 for w in topic_words(text)}
    answer = DefaultAnswerer(Settings(rerank=False), idf=idf).answer(
        PARSER.parse("Văn phòng Trung ương Đảng hướng dẫn xử lý trụ sở cấp uỷ sau sắp xếp thì phối hợp với ai?"), [hit])
    assert not answer.refused
    assert "Đơn vị phối hợp: Đảng uỷ Bộ Tài chính" in answer.text and "Văn phòng Trung ương Đảng" in answer.text


# ---------------------------------------------------------------- how documents write what is asked

from assistant.topic import rewritten_words, topic_variants  # noqa: E402


def test_a_question_is_also_weighed_as_documents_write_it():
    # tune-fresh7: QĐ 1696 Lào Cai writes "Điều 2. Thời hạn ủy quyền"; staff ask how long it "kéo dài tới"
    q = QuestionParser([], []).parse("ủy quyền kéo dài tới lúc nào?")
    variants = topic_variants(q, q.content_terms)
    assert variants[0] == [t for t in q.content_terms if t not in {"keo", "dai", "toi"}]  # a phrase that only asks
    assert any({"thoi", "han"} <= set(v) and "keo" not in v for v in variants[1:])
    # "online" is written "trực tuyến": no name the evidence must hold word for word
    q = QuestionParser([], []).parse("co quan nao chu tri mo lop tap huan online cho can bo cap xa?")
    assert "online" in rewritten_words(q)
    assert any({"truc", "tuyen"} <= set(v) for v in topic_variants(q, q.content_terms))
    assert "online" in topic_variants(q, q.content_terms)[0]  # a word of the topic stays in the question as asked
    # "file đính kèm" is written "tệp đính kèm" (plans-real/web/nghe-an_99-2025-qd-ubnd.md, Điều 9.3)
    q = QuestionParser([], []).parse("file đính kèm mỗi thư gửi được tối đa bao nhiêu MB?")
    assert "file" in rewritten_words(q) and any("tep" in v for v in topic_variants(q, q.content_terms))
    # talk is no topic: "muốn", "mình", "rồi" (tune-fresh9)
    q = QuestionParser([], []).parse("sở ngành muốn nhờ Liên hiệp hội phản biện đề án của mình thì cần giấy tờ gì?")
    assert not {"muon", "minh"} & set(q.content_terms)


def test_a_date_asked_is_not_a_cited_texts_date_in_the_quoted_sentence():
    # plans-real/web/thai-nguyen_27-2025-qd-ubnd.md, Điều 2 of the decision
    text = ("Quyết định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026. Quyết định số 11/2022/QĐ-UBND ngày 03 "
            "tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Thái Nguyên ban hành Quy định về quản lý, đảm bảo an toàn lưới "
            "điện cao áp hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.")
    from assistant.answer.default import best_sentences
    assert best_sentences(text, ["hieu", "luc"], DAY, 1) == ["Quyết định này có hiệu lực thi hành từ ngày 01 tháng 01 "
                                                             "năm 2026."]


def test_a_province_with_no_plan_is_answered_where_an_on_topic_clause_names_it():
    # tune-fresh7: the Cam Ranh port regulation (a ministry's, about no province) has "Quân chủng Hải quân chủ trì,
    # phối hợp với Sở Công thương tỉnh Khánh Hòa tổ chức ..."; no plan of Khánh Hòa is indexed
    from dataclasses import replace
    question = "Công an tỉnh tuyên truyền phòng chống mua bán người trên phương tiện thông tin đại chúng thì phối hợp " \
               "với cơ quan nào của Khánh Hòa?"
    q = PARSER.parse(question)
    assert q.unknown_provinces == ["Khánh Hòa"] and not q.provinces
    a = ANSWERER.answer(q, hits("IV.1.a"))
    assert a.refused and "Khánh Hòa" in a.text, a.text  # the clause does not name it: "no plan of Khánh Hòa"
    c = BY_PATH["IV.1.a"]
    named = replace(c, text=c.text.replace("Sở Y tế", "Sở Y tế tỉnh Khánh Hòa"))
    hit = Hit(Chunk(f"{DOC_ID}#kh", DOC_ID, [c.id], c.path, named.text, named.text, 40), 1.0, doc=DOC, clause=named)
    a = ANSWERER.answer(q, [hit])
    assert not a.refused and "Sở Y tế" in a.text, a.text


def test_who_does_the_action_asked_in_a_chain_of_units():
    # plans-real/web/hue_123-2025-qd-ctubnd.md, Điều 4.3: the Chủ tịch decides, the finance office drafts the plan
    from dataclasses import replace
    text = ("3. Chủ tịch Ủy ban nhân dân các phường, xã nơi cơ quan thi hành án dân sự khu vực đóng trụ sở quyết định "
            "phê duyệt phương án xử lý tài sản do cơ quan thi hành án dân sự khu vực chuyển giao.\nPhương án xử lý tài sản "
            "do đại diện cơ quan chuyên môn về tài chính thuộc Ủy ban nhân dân phường, xã nơi cơ quan thi hành án khu "
            "vực đóng trụ sở lập theo Mẫu số 05-PA ban hành kèm theo Nghị định số 77/2025/NĐ-CP.")
    c = replace(BY_PATH["IV.2"], text=text, responsibility=Responsibility(
        lead=["Chủ tịch Ủy ban nhân dân các phường, xã nơi cơ quan thi hành án dân sự khu vực đóng trụ sở"]))
    hit = Hit(Chunk(f"{DOC_ID}#hue", DOC_ID, [c.id], c.path, text, text, 60), 1.0, doc=DOC, clause=c)
    idf = {**IDF, **{w: 1.0 for w in topic_words(text)}}
    answerer = DefaultAnswerer(Settings(), idf=idf)
    a = answerer.answer(PARSER.parse("tài sản do thi hành án dân sự khu vực chuyển giao thì ai lập phương án xử lý?"), [hit])
    assert "cơ quan chuyên môn về tài chính thuộc Ủy ban nhân dân phường, xã" in a.text, a.text
    a = answerer.answer(PARSER.parse("tài sản do thi hành án dân sự khu vực chuyển giao thì ai chủ trì phê duyệt phương "
                                     "án xử lý?"), [hit])
    assert a.text.startswith("Chủ tịch Ủy ban nhân dân các phường, xã"), a.text  # no action asked: the clause's lead


# ---------------------------------------------------------------- words a text writes another way

from assistant.answer.default import Evidence  # noqa: E402
from assistant.topic import coverage  # noqa: E402


def test_a_units_abbreviation_holds_the_words_of_its_name_side_by_side():
    # tune-fresh10 t10-40: "gửi lên BTT Mặt trận" of "gửi đến Ban Thường trực UBMTTQ cấp tổ chức hiệp thương"
    sent = "Biên bản hội nghị cử tri nơi cư trú phải được gửi đến Ban Thường trực UBMTTQ cấp tổ chức hiệp thương"
    assert coverage(["bien", "gui", "mat", "tran"], sent) == 1.0
    # "dân sự" is not in "Ủy ban nhân dân" however "UBND" is written; "cả" is no "CA" (công an)
    assert coverage(["phong", "dan", "su"], "báo cáo UBND cấp xã") == 0.0
    assert coverage(["cong", "an"], "cả hai bên cùng ký") == 0.0


SEATS = _clause("IX.1", "Hội đồng do người có thẩm quyền công bố dịch hoặc cấp phó của người đó làm Chủ tịch, Giám đốc "
                "Sở Nông nghiệp và Môi trường làm Phó Chủ tịch, thành viên là đại diện các cơ quan, tổ chức có liên "
                "quan.", kind="item")
CHAIR = _clause("IX.2", "a) Chủ tịch Hội đồng là đại diện lãnh đạo Phòng Quản lý Môi trường trực thuộc Sở Nông nghiệp "
                "và Môi trường.", kind="item")


@pytest.mark.parametrize("question, clause, says", [
    # tune-fresh11 t11-28 (QĐ 5042 Bộ NN&MT, Phần II.B.I.1.a) and t11-24 (QĐ 2696 Quảng Trị, Điều lệ Điều 9.1.a)
    ("nếu lập hội đồng tư vấn thì ai giữ ghế phó chủ tịch?", SEATS, "Giám đốc Sở Nông nghiệp và Môi trường."),
    ("hội đồng tư vấn: ai làm chủ tịch hội đồng?", SEATS, "Người có thẩm quyền công bố dịch hoặc cấp phó của người đó."),
    ("ai lam chu tich hoi dong tu van chuyen nganh?", CHAIR, "Đại diện lãnh đạo Phòng Quản lý Môi trường"),
])
def test_who_takes_a_seat_is_read_from_the_sentence_naming_it(question, clause, says):
    doc = Document(id=DOC_ID, file_name="hoi-dong.txt", source_format="txt", sha256="x", meta=DOC.meta,
                   source_text="", text="", clauses=[clause])
    q = PARSER.parse(question)
    assert q.holder, q
    hit = Hit(Chunk(f"{DOC_ID}#0", DOC_ID, [clause.id], clause.path, clause.text, clause.text, 40), 1.0,
              doc=doc, clause=clause)
    a = ANSWERER._holder(q, [Evidence(hit, doc, clause, 1.0)], [hit])
    assert a is not None and a.text.startswith(says), a and a.text


def test_staff_words_are_no_names_a_clause_must_hold():
    # tune-fresh13 (TB 624, TB 627): "Bộ NN&MT" is a unit's abbreviation, "list", "platform", "data" are English for
    # what documents write in Vietnamese ("danh mục", "nền tảng", "dữ liệu"); "Starlink" stays a name
    q = PARSER.parse("Bo NN&MT lam sach data dat, ra lai list cao toc, de xuat platform dinh danh va du an Starlink?")
    assert ANSWERER._names(q) == ["starlink"]


def test_a_units_abbreviation_in_the_question_is_held_where_its_name_is_spelled_out():
    # tune-fresh13 t13-54 (KH 144 Bắc Ninh): "theo KH Bộ CA" of "theo chương trình của Bộ Công an"
    assert coverage(["bo", "ca"], "theo chương trình của Bộ Công an") == 1.0
    assert coverage(["bo", "ca"], "theo chương trình của Bộ Tài chính") == 0.5


def test_a_paraphrase_both_rankings_put_first_in_the_named_plan_needs_less_of_the_topic():
    # "QĐ 95 Nghệ An: trước khi đi lấy phôi sổ đỏ đợt mới, bên nào phải nộp báo cáo ...": in the plan the question
    # names, both rankings putting a clause first let a tenth of the topic do
    q = PARSER.parse("Ai lo việc kiểm tra lại, sửa đổi các văn bản quy phạm về chống buôn bán người?")
    from dataclasses import replace
    agreed = hits("IV.2")
    agreed[0].dense_rank, agreed[0].keyword_rank = 1, 1
    assert ANSWERER.named_agreed_min_coverage < ANSWERER.agreed_min_coverage
    named = replace(q, doc_ids=[DOC_ID])
    strict = DefaultAnswerer(Settings(answer_min_coverage=0.99, answer_agreed_min_coverage=0.99,
                                      answer_named_agreed_min_coverage=0.1), idf=IDF)
    assert strict.answer(q, agreed).refused  # not named: the usual share for agreed rankings
    assert not strict.answer(named, agreed).refused


# ---------------------------------------------------------------- words a text defines in brackets

from assistant.topic import text_aliases, with_aliases  # noqa: E402


def test_a_foreign_word_a_clause_defines_in_brackets_is_held_by_what_it_names():
    # QĐ 99 Nghệ An, Điều 9.1: "lưu trữ nhật ký hệ thống (logfile) ... Thời gian lưu trữ nhật ký tối thiểu 06 tháng";
    # "logfile thư công vụ lưu bao lâu?" (tune-fresh12 t12-29)
    text = ("1. Hệ thống Thư điện tử công vụ thực hiện lưu trữ nhật ký hệ thống (logfile) bao gồm tối thiểu các thông "
            "tin: Thời gian gửi thư. Thời gian lưu trữ nhật ký tối thiểu 06 tháng. Cơ sở dữ liệu (CSDL) được sao lưu.")
    aliases = text_aliases(text)
    assert ("nhat", "ky") in aliases["logfile"] and "csdl" not in aliases  # acronyms are spelled out elsewhere
    variants = with_aliases([["logfile", "luu"]], text)
    assert ["nhat", "ky", "luu"] in variants
    sentence = "Thời gian lưu trữ nhật ký tối thiểu 06 tháng."
    assert coverage(["logfile", "luu"], sentence) == 0.5 and max(coverage(v, sentence) for v in variants) == 1.0


from assistant.answer.default import _object_unit  # noqa: E402


def test_the_unit_a_sentence_sends_to_is_read_as_an_object():
    # NĐ 158, Điều 37.1.a: "quản lý" inside the name is no verb of it
    sent = "Trường hợp đơn vị quản lý cuối cùng không còn tồn tại thì người lao động nộp hồ sơ cho cơ quan quản lý cấp trên trực tiếp;"
    pos = sent.index("cơ quan quản lý")
    assert _object_unit(sent, pos)[0] == "cơ quan quản lý cấp trên trực tiếp"
    assert _object_unit("gửi cho anh ấy.", 8) is None  # no unit's head


def test_where_to_submit_is_the_rule_not_its_exception_unless_the_case_is_asked():
    # NĐ 158, Điều 37.3.a: the unit comes after a long object ("nộp hồ sơ theo quy định tại Điều 36 ... cho <unit>"); the
    # exception "Trường hợp ... không còn tồn tại thì ..." answers a question describing that case (tune-fresh20 t20-01,
    # tune-fresh15 t15-05)
    text = ("a) Thân nhân của người lao động nộp hồ sơ theo quy định tại Điều 36 của Nghị định này, khoản 1 Điều 90 của "
            "Luật Bảo hiểm xã hội kèm theo đơn đề nghị giải quyết chế độ tử tuất cho đơn vị quản lý cuối cùng của người "
            "lao động (theo Mẫu số 03 Phụ lục II ban hành kèm theo Nghị định này). Trường hợp đơn vị quản lý cuối cùng "
            "không còn tồn tại thì thân nhân của người lao động nộp hồ sơ cho cơ quan quản lý cấp trên trực tiếp;")
    from dataclasses import replace
    c = _clause("IV.8", text, parent="IV", trail=["Đối với trường hợp người lao động đã chết sau khi về nước"])
    doc = replace(DOC, clauses=[*CLAUSES, c])
    h = Hit(Chunk(f"{DOC_ID}#8", DOC_ID, [c.id], c.path, c.text, c.text, 80), 1.0, doc=doc, clause=c)
    h.dense_rank, h.keyword_rank = 1, 1
    idf = {**IDF, **{w: 1.0 for w in topic_words(text)}}
    answerer = DefaultAnswerer(Settings(), idf=idf)
    rule = answerer.answer(PARSER.parse("Người lao động đã chết sau khi về nước, thân nhân nộp hồ sơ cho đơn vị nào?"), [h])
    assert "đơn vị quản lý cuối cùng của người lao động" in rule.text.split("\n")[0], rule.text
    case = answerer.answer(PARSER.parse("Đơn vị quản lý cuối cùng không còn tồn tại thì thân nhân nộp hồ sơ cho ai?"), [h])
    assert "cơ quan quản lý cấp trên trực tiếp" in case.text.split("\n")[0], case.text


def test_a_sentence_opening_chu_tri_belongs_to_the_clauses_lead():
    # TB 624 appendix II, the Bộ KH&CN row 2: the lead column names Bộ Khoa học và Công nghệ; the row's sentence opens
    # "Chủ trì, ..." and names the Government later as who reviews, not who leads
    from dataclasses import replace
    text = ("Chủ trì, phối hợp Bộ Công an tham mưu cơ chế chấm điểm hàng tháng với các bộ, ngành, địa phương, đặc biệt là "
            "các đồng chí lãnh đạo được giao chỉ đạo để gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm "
            "vụ; Chính phủ, Thủ tướng Chính phủ hằng tháng xem xét trách nhiệm người đứng đầu các cơ quan, đơn vị khi "
            "để các nhiệm vụ chậm, muộn, thực hiện không hiệu quả. Kết quả: đã báo cáo.")
    c = _clause("IV.7", text, parent="IV", kind="table_row", lead=["Bộ Khoa học và Công nghệ"], partners=["Bộ Công an"],
                deadline="31/10/2025")
    doc = replace(DOC, clauses=[*CLAUSES, c])
    h = Hit(Chunk(f"{DOC_ID}#7", DOC_ID, [c.id], c.path, c.text, c.text, 80), 1.0, doc=doc, clause=c)
    idf = {**IDF, **{w: 1.0 for w in topic_words(text)}}
    a = DefaultAnswerer(Settings(), idf=idf).answer(
        PARSER.parse("cơ chế chấm điểm hằng tháng các bộ ngành, bộ nào chủ trì?"), [h])
    assert a.text.startswith("Bộ Khoa học và Công nghệ chủ trì"), a.text


def test_a_task_naming_only_who_takes_part_says_no_lead_is_named():
    # "2. Sở Tài chính / b) Phối hợp cung cấp thông tin về quy hoạch ..." (QĐ 27 Thái Nguyên, Điều 4.2.b)
    from dataclasses import replace
    c = _clause("IV.9", "9. Phối hợp cung cấp thông tin về quy hoạch khi nhận được đề nghị.", parent="IV",
                trail=["TỔ CHỨC THỰC HIỆN", "Sở Tài chính"], partners=["Sở Tài chính"], inherited=True)
    doc = replace(DOC, clauses=[*CLAUSES, c])
    h = Hit(Chunk(f"{DOC_ID}#9", DOC_ID, [c.id], c.path, c.text, c.text, 40), 1.0, doc=doc, clause=c)
    a = ANSWERER.answer(PARSER.parse("Sở nào có trách nhiệm cung cấp thông tin về quy hoạch?"), [h])
    assert not a.refused and "Sở Tài chính phối hợp" in a.text and "không nêu đơn vị chủ trì" in a.text, a.text


def test_a_person_acting_for_a_body_is_named_with_it():
    # QĐ 123 Huế, Điều 4.3: "Phương án xử lý tài sản do đại diện cơ quan chuyên môn về tài chính thuộc Ủy ban nhân dân
    # phường, xã ... lập theo Mẫu số 05-PA" (tune-fresh15 t15-26)
    from assistant.answer.default import _agent_of
    sent = ("Phương án xử lý tài sản do đại\ndiện cơ quan chuyên môn về tài chính thuộc Ủy ban nhân dân phường, xã nơi cơ "
            "quan thi hành án khu vực đóng trụ sở lập theo Mẫu số 05-PA.")
    assert _agent_of(sent, "lap").startswith("đại diện cơ quan chuyên môn về tài chính thuộc Ủy ban nhân dân phường")



def test_who_proposed_is_read_after_de_nghi_cua():
    # Điều lệ Quỹ BVMT Quảng Trị, Điều 6.1.b
    from dataclasses import replace
    c = _clause("IV.8", "b) Việc bổ nhiệm thành viên của Hội đồng Quản lý Quỹ do Chủ tịch UBND tỉnh quyết định trên cơ sở "
                "đề nghị của Giám đốc Sở Nông nghiệp và Môi trường và Giám đốc Sở Nội vụ.", parent="IV", kind="item")
    doc = replace(DOC, clauses=[*CLAUSES, c])
    h = Hit(Chunk(f"{DOC_ID}#8", DOC_ID, [c.id], c.path, c.text, c.text, 40), 1.0, doc=doc, clause=c)
    a = ANSWERER.answer(PARSER.parse("bổ nhiệm thành viên Hội đồng Quản lý Quỹ dựa trên đề nghị của những ai?"), [h])
    assert "Giám đốc Sở Nông nghiệp và Môi trường và Giám đốc Sở Nội vụ" in a.text.split("\n")[0], a.text


def test_to_whom_a_body_answers_whose_opinion_is_sought_and_whom_to_contact_are_read_after_their_words():
    # CT 010 Đắk Lắk I.2.1.đ (tune-fresh37 t37-06): "Nhà đầu tư" no unit head reads, but only a party follows
    # "chịu trách nhiệm trước"; QĐ 5042 (t37-47): "họp lấy ý kiến của <unit>"; Quy chế Cảng quốc tế Cam Ranh (VBHN 89/BQP
    # Điều 10a.3.b, tune-fresh20 t20-14): the recipient after what the parentheses say about how
    from dataclasses import replace
    cases = [
        ("đ) Các sở phải tuân thủ thời hạn tham gia ý kiến bằng văn bản; chịu trách nhiệm trước Nhà đầu tư và Chủ tịch "
         "UBND tỉnh trong trường hợp chậm có ý kiến thẩm định.",
         "sở chậm có ý kiến thẩm định thì phải chịu trách nhiệm trước ai?", "Nhà đầu tư và Chủ tịch UBND tỉnh"),
        ("Trường hợp cần thiết, Bộ trưởng tổ chức họp lấy ý kiến của các Bộ, ngành liên quan trước khi quyết định tạm "
         "ngừng nhập khẩu.", "trước khi quyết định tạm ngừng nhập khẩu, Bộ trưởng họp lấy ý kiến của ai?",
         "các Bộ, ngành liên quan"),
        ("Tổ chức, cá nhân có nhu cầu vào, ra Cảng quốc tế Cam Ranh liên hệ (trực tiếp bằng văn bản, qua thư điện tử, "
         "fax) với Công ty Tân Cảng - Petro Cam Ranh để đăng ký vào, ra.",
         "muốn vào cảng quốc tế Cam Ranh thì phải liên hệ đăng ký với đơn vị nào?", "Công ty Tân Cảng - Petro Cam Ranh"),
    ]
    for text, question, party in cases:
        c = _clause("IV.8", text, parent="IV", kind="item")
        doc = replace(DOC, clauses=[*CLAUSES, c])
        h = Hit(Chunk(f"{DOC_ID}#8", DOC_ID, [c.id], c.path, c.text, c.text, 40), 1.0, doc=doc, clause=c)
        idf = {**IDF, **{w: 1.0 for w in topic_words(text)}}
        a = DefaultAnswerer(Settings(), idf=idf).answer(PARSER.parse(question), [h])
        assert f": {party}." in a.text.split("\n")[0], a.text
        quoted = a.text.split("“", 1)[1].rsplit("”", 1)[0]
        assert quoted.rstrip("…") in text, quoted  # the sentence is quoted as written, parentheses and all


def test_a_word_typed_with_diacritics_names_the_plan_only_where_its_title_writes_it_so():
    # "Quy chế phối hợp ... đăng ký đất đai" (QĐ 95 Nghệ An): "phôi" (blank certificate) of the question is no "phối";
    # typed without diacritics, "phoi" cannot be told apart and still only names the plan (tune-fresh15 t15-10)
    from dataclasses import replace
    from assistant.topic import _title_words_asked
    q = replace(PARSER.parse("QĐ 99 Hà Tĩnh: trước khi đi lấy phôi sổ đỏ, ai phải nộp báo cáo?"))
    title = "Quy chế phối hợp đăng ký đất đai"
    assert "phoi" not in _title_words_asked(q, title) and "dang" in _title_words_asked(q, title)
    q = PARSER.parse("QD 99 Ha Tinh: truoc khi di lay phoi so do, ai phai nop bao cao?")
    assert "phoi" in _title_words_asked(q, title)


def test_an_articles_number_is_no_count():
    # "... quy định tại Điều 19 Nghị định số 62/2025/NĐ-CP" answers no "bao nhiêu vụ" (tune-fresh18 t18-43)
    from assistant.answer.default import _holds_value
    assert not _holds_value("khắc phục sự cố tai nạn điện quy định tại Điều 19 Nghị định số 62/2025/NĐ-CP;", COUNT)
    assert _holds_value("Ban Kiểm soát gồm 03 người.", COUNT)


def test_the_initials_of_the_named_plans_province_only_name_it():
    # "qd 2913 HT: phương án ứng phó sự cố MT ở xã do cấp nào phê duyệt?" (tune-fresh18 t18-11)
    from dataclasses import replace
    from assistant.topic import _unnamed_terms
    q = replace(PARSER.parse("kh 99 HT: ai chủ trì tuyên truyền phòng, chống mua bán người?"), doc_ids=[DOC_ID])
    assert "ht" in q.content_terms and "ht" not in _unnamed_terms(q, DOC)


def test_every_kind_of_value_a_question_asks_is_known():
    from assistant.values import NEEDS
    from core.lexicon import questions
    assert {kind for kind, _ in questions().value_asked} == set(NEEDS)


# ---------------------------------------------------------------- values a paraphrase asks for

VALUE_ID = "bqp-89"


def _value_doc() -> tuple[Document, dict[str, Clause]]:
    """Two clauses as VBHN 89/VBHN-BQP and NĐ 158/2025 write them: lengths under a lead-in that says they are a
    validity, and a sentence holding two time limits."""
    def clause(path: str, text: str, title: str) -> Clause:
        return Clause(id=f"{VALUE_ID}:{path}", doc_id=VALUE_ID, path=path, label=path.rsplit(".", 1)[-1] + ")",
                      title=title, text=text, level=path.count("."), kind="item", heading_trail=[],
                      responsibility=Responsibility())
    clauses = [
        clause("10a.3.d", "d) Hiệu lực của Văn bản cấp phép, Giấy vào, ra kể từ ngày được cấp phép:\n"
               "Giấy vào, ra cấp cho cán bộ, nhân viên, người lao động và phương tiện thuộc Công ty Tân Cảng - Petro "
               "Cam Ranh: 12 tháng;\nVăn bản cấp phép cho người và phương tiện của các doanh nghiệp ký hợp đồng dài "
               "hạn với Công ty Tân Cảng - Petro Cam Ranh thường xuyên vào, ra Cảng quốc tế Cam Ranh: 03 tháng;",
               "Hiệu lực của Văn bản cấp phép, Giấy vào, ra kể từ ngày được cấp phép:"),
        clause("29.2", "2. Trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản đề nghị của người lao động, cơ "
               "quan bảo hiểm xã hội thực hiện xác nhận thời gian đóng bảo hiểm xã hội của người lao động; trường hợp "
               "cần phải xác minh lại quá trình đóng bảo hiểm xã hội thì thời hạn không quá 45 ngày.",
               "Trong thời hạn 15 ngày làm việc"),
    ]
    clauses[1].responsibility = Responsibility(deadline="Trong thời hạn 15 ngày làm việc")
    doc = Document(id=VALUE_ID, file_name="bo-quoc-phong_89-vbhn-bqp.md", source_format="md", sha256="y",
                   meta=DocumentMeta(issuer="Bộ Quốc phòng", number="89/VBHN-BQP", kind="Quyết định",
                                     title="Quy chế quản lý hoạt động tại Cảng quốc tế Cam Ranh"),
                   source_text="", text="", clauses=clauses)
    return doc, {c.path: c for c in clauses}


def _value_hits(doc: Document, clause: Clause, dense: int | None, keyword: int | None) -> list[Hit]:
    h = Hit(Chunk(f"{VALUE_ID}#0", VALUE_ID, [clause.id], clause.path, clause.text, clause.text, 60), 1.0,
            doc=doc, clause=clause)
    h.dense_rank, h.keyword_rank = dense, keyword
    return [h]


def _value_answer(question: str, path: str, dense: int, keyword: int, plans: list[dict] | None = None):
    """The answer to ``question`` when retrieval found the clause at ``path`` of the value document."""
    doc, by_path = _value_doc()
    idf = {w: 1.0 for c in doc.clauses for w in topic_words(c.text)}
    q = QuestionParser([], [], plans or []).parse(question)
    return DefaultAnswerer(Settings(), idf=idf).answer(q, _value_hits(doc, by_path[path], dense, keyword))


def test_lengths_under_a_validity_lead_in_answer_how_long_a_paper_is_valid():
    plan = {"id": VALUE_ID, "title": "Quy chế quản lý hoạt động tại Cảng quốc tế Cam Ranh", "province": "",
            "kind": "Quyết định", "number": "89/VBHN-BQP", "locality": "", "issuer": "Bộ Quốc phòng"}
    a = _value_answer("Cảng Cam Ranh: doanh nghiệp có hợp đồng dài hạn, ra vào thường xuyên thì văn bản cấp phép có "
                      "giá trị bao lâu?", "10a.3.d", 1, 1, [plan])
    assert not a.refused and "03 tháng" in a.text, a.text


def test_a_sentence_with_two_time_limits_is_quoted_whole():
    a = _value_answer("Nếu cơ quan bảo hiểm xã hội phải xác minh lại quá trình đóng bảo hiểm xã hội thì xác nhận thời "
                      "gian đóng được kéo dài tối đa bao lâu?", "29.2", 1, 2)
    assert not a.refused and "45 ngày" in a.text, a.text


def test_a_value_clause_of_the_named_plan_one_ranking_puts_first_needs_less_of_the_topic():
    doc, by_path = _value_doc()
    idf = {w: 1.0 for c in doc.clauses for w in topic_words(c.text)}
    from dataclasses import replace
    asked = QuestionParser([], [], []).parse("Kiểm tra lại lịch sử đóng của người lao động thì được kéo dài tối đa bao "
                                            "lâu?")
    answerer = DefaultAnswerer(Settings(answer_min_coverage=0.99, answer_value_min_coverage=0.99,
                                        answer_agreed_min_coverage=0.1), idf=idf)
    assert answerer.answer(asked, _value_hits(doc, by_path["29.2"], 1, 1)).refused  # the plan was not named
    q = replace(asked, doc_ids=[VALUE_ID])
    assert not answerer.answer(q, _value_hits(doc, by_path["29.2"], 1, 3)).refused
    assert answerer.answer(q, _value_hits(doc, by_path["29.2"], 1, 4)).refused  # the other ranking puts it lower
    assert answerer.answer(q, _value_hits(doc, by_path["29.2"], 2, 2)).refused  # neither puts it first


def test_a_deadline_is_answered_where_it_is_stated_not_where_a_unit_is_named():
    # NĐ 170 Điều 15.4 states the time asked and names no body; 15.3 names one and holds another number of days
    def clause(path: str, text: str, **roles) -> Clause:
        return Clause(id=f"nd-170:{path}", doc_id="nd-170", path=path, label=path.rsplit(".", 1)[-1] + ".",
                      title=text[:60], text=text, level=path.count("."), kind="item",
                      heading_trail=["Tuyển dụng công chức", "Thông báo tuyển dụng và tiếp nhận Phiếu đăng ký dự tuyển"],
                      responsibility=Responsibility(**roles))
    stated = clause("Điều 15.4", "4. Thời hạn nhận Phiếu đăng ký dự tuyển là 30 ngày kể từ ngày thông báo công khai "
                    "theo quy định tại khoản 1 Điều này và phải được xác định cụ thể trong Thông báo tuyển dụng.")
    other = clause("Điều 15.3", "3. Người đứng đầu cơ quan có thẩm quyền tuyển dụng được thay đổi nội dung Thông báo "
                   "tuyển dụng 01 lần, nhưng chỉ được thực hiện trước ngày khai mạc kỳ tuyển dụng ít nhất là 10 ngày và "
                   "phải công khai theo quy định tại khoản 1 Điều này. Trường hợp có sự thay đổi về Thông báo tuyển dụng "
                   "thì các quy định có liên quan tính từ ngày có Thông báo tuyển dụng mới.",
                   lead=["Người đứng đầu cơ quan có thẩm quyền tuyển dụng"])
    doc = Document(id="nd-170", file_name="chinh-phu_170-2025-nd-cp.md", source_format="md", sha256="z",
                   meta=DocumentMeta(issuer="Chính phủ", number="170/2025/NĐ-CP", kind="Nghị định",
                                     title="Quy định về tuyển dụng, sử dụng và quản lý công chức"),
                   source_text="", text="", clauses=[stated, other])
    idf = {w: 1.0 for c in doc.clauses for w in topic_words(c.text)}
    found = []
    for rank, c in enumerate((stated, other), start=1):
        h = Hit(Chunk(f"nd-170#{rank}", "nd-170", [c.id], c.path, c.text, c.text, 50), 1.0 / rank, doc=doc, clause=c)
        h.dense_rank, h.keyword_rank = rank, rank
        found.append(h)
    q = QuestionParser([], [], []).parse("Thi cong chuc theo Nghi dinh 170: han nhan Phieu dang ky du tuyen la bao nhieu "
                                         "ngay ke tu ngay thong bao tuyen dung cong khai?")  # tune-fresh20 t20-20
    a = DefaultAnswerer(Settings(), idf=idf).answer(q, found)
    assert not a.refused and "30 ngày" in a.text and a.citations[0].section == "Điều 15.4", a.text


def test_a_date_in_words_is_written_as_documents_write_it():
    # Nghị định 30/2020/NĐ-CP, Phụ lục I: a leading zero for days below 10 and for the months 1 and 2
    from assistant.answer.plan_facts import date_text
    assert date_text("2023-02-17") == "ngày 17/02/2023 (ngày 17 tháng 02 năm 2023)"
    assert date_text("2014-06-05") == "ngày 05/06/2014 (ngày 05 tháng 6 năm 2014)"


def test_the_signer_is_named_with_their_own_office():
    # "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Nguyễn Sinh Hùng" (QĐ 170/2008/QĐ-TTg): the deputy signs for the Prime Minister
    from assistant.answer.plan_facts import signer_text
    assert signer_text("Nguyễn Sinh Hùng", "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG") == "Phó Thủ tướng Nguyễn Sinh Hùng"
    assert signer_text("Võ Văn Hoan", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH") == "Phó Chủ tịch Võ Văn Hoan"
    assert signer_text("Nguyễn Văn A", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH") == "Chủ tịch Nguyễn Văn A"
    assert signer_text("Nguyễn Văn A", "") == "Nguyễn Văn A"
