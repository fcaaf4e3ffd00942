"""Answers on a provincial department's own plans (tests/data/so-cong-thuong-lao-cai, blind sets b43-b44): a when-question
is answered where the plan says when, not by the task of the division it names; who assigns the team's duties is the
agent "do ... phân công" names; a decision with a blank number named by its month ("quyết định tháng 5/2026")."""

from __future__ import annotations

import re

import pytest

from api import parse_file
from assistant.answer.default import DefaultAnswerer
from assistant.index.corpus_stats import topic_words
from assistant.topic import terms_for
from assistant.understand import QuestionParser
from core.models import Chunk, Hit
from core.lexicon import questions
from core.textnorm import fold
from core.settings import Settings, load_settings
from ingest.chunk import Chunker
from tests.conftest import REPO

LAO_CAI = REPO / "tests" / "data" / "so-cong-thuong-lao-cai"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("data"))


def _parser(doc) -> QuestionParser:
    units = sorted({u for c in doc.clauses for u in [*c.responsibility.lead, *c.responsibility.implementers]}
                   | {"Sở Công Thương"})
    return QuestionParser([doc.meta.province], units, [{"id": doc.id, "title": doc.meta.title, "kind": doc.meta.kind,
                                                         "province": doc.meta.province, "number": doc.meta.number,
                                                         "locality": "", "issuer": doc.meta.issuer}])


def _answer(doc, question: str, paths: list[str]):
    """The default answer from ``paths`` retrieved in that order."""
    idf = {w: 1.0 for c in doc.clauses for w in topic_words(" ".join([*c.heading_trail, c.text]))}
    clauses = {c.path: c for c in doc.clauses}
    hits = [Hit(Chunk(f"{doc.id}#{i}", doc.id, [clauses[p].id], p, clauses[p].text, clauses[p].text, 40), 1.0 / (i + 1),
                doc=doc, clause=clauses[p]) for i, p in enumerate(paths)]
    return DefaultAnswerer(Settings(), idf=idf).answer(_parser(doc).parse(question), hits)


def test_when_a_training_starts_is_where_the_plan_says_when(settings):
    doc = parse_file(LAO_CAI / "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx", settings)
    a = _answer(doc, "Kế hoạch huấn luyện kỹ thuật an toàn cho người quản lý vật liệu nổ công nghiệp của Sở Công Thương Lào Cai "
                     "bắt đầu từ khi nào?",
                ["II.1", "III.1", "0", "VB"])  # retrieval's order (b43-42)
    assert "13h30 thứ Hai ngày 06/7/2026" in a.text, a.text
    assert a.citations[0].section == "II.1"


def test_who_assigns_the_team_members_duties(settings):
    doc = parse_file(LAO_CAI / "KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx", settings)
    a = _answer(doc, "ke hoach kiem tra cap giay chung nhan huan luyen KTAT VLNCN thang 7/2026 cua so cong thuong lao "
                     "cai: ai phan cong nhiem vu cu the cho tung thanh vien to cong tac?", ["III.2", "III.1", "III", "VB"])
    assert a.text.startswith("Tổ trưởng tổ công tác"), a.text


def test_the_month_that_names_a_decision_is_no_topic_of_its_clauses(settings):
    qd = parse_file(LAO_CAI / "QD-thanh-lap-doan-kiem-tra-hoa-chat-2026.docx", settings)
    plan = parse_file(LAO_CAI / "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx", settings)
    assert qd.meta.date == "2026-05"
    q = _parser(qd).parse("Đợt kiểm tra lĩnh vực hóa chất theo quyết định tháng 5/2026 kiểm tra mấy đơn vị?")
    assert not {"thang", "2026"} & set(terms_for(q, qd))
    assert {"thang", "2026"} <= set(terms_for(q, plan))  # a plan of June is not the one named
    a = _answer(qd, q.text, ["Điều 1", "PL", "0", "Điều 3"])
    assert "04 đơn vị" in a.text, a.text


ELECTIONS = REPO / "tests" / "data" / "bau-cu-2026"


def test_who_stamps_the_ballots_is_the_agent_of_the_passive(settings):
    # "Phiếu lấy ý kiến ... được Ủy ban nhân dân cấp xã đóng dấu treo ..." (NQ 101/2025/UBTVQH15 Điều 2.4.c), in a
    # clause whose task the Front's committee leads (b45-13); the chunks the index holds, in retrieval's order
    doc = parse_file(ELECTIONS / "ubtvqh_101-2025.htm", settings)
    chunks = {c.id.split("#", 1)[1]: c for c in Chunker().chunk(doc)}
    clauses = {c.id: c for c in doc.clauses}
    hits = [Hit(chunks[k], 1.0 / (i + 1), doc=doc, clause=clauses[chunks[k].clause_ids[0]])
            for i, k in enumerate(["Điều 2.4.c~1", "Điều 1.5.c~1", "Điều 4.7"])]
    idf = {w: 1.0 for c in doc.clauses for w in topic_words(" ".join([*c.heading_trail, c.text]))}
    q = _parser(doc).parse("nq 101/2025/ubtvqh15: khi phat phieu lay y kien cu tri noi cu tru thi phieu do co quan nao "
                           "dong dau treo?")
    assert q.action == "dong dau"
    a = DefaultAnswerer(Settings(), idf=idf).answer(q, hits)
    assert a.text.startswith("Ủy ban nhân dân cấp xã"), a.text


def test_who_signed_a_letter_named_by_its_issuer_and_request(settings):
    from core.query import Intent
    doc = parse_file(LAO_CAI / "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx", settings)
    q = _parser(doc).parse("Ai ký công văn của UBND tỉnh Lào Cai đề xuất Bộ Xây dựng tháo gỡ vướng mắc kiểm tra PCCC "
                           "phương tiện chở VLNCN?")  # b44-30
    assert q.intent == Intent.PLAN_FACTS and q.facts == ["signer"]
    q = _parser(doc).parse("ai ký quyết định tạm dừng làm thủ tục hải quan?")  # a decision the text rules on
    assert q.intent != Intent.PLAN_FACTS


def _parser_of(docs) -> QuestionParser:
    """The parser as the index builds it: every plan's number, kind, title, issuer and date."""
    units = sorted({u for d in docs for c in d.clauses for u in [*c.responsibility.lead, *c.responsibility.implementers]})
    return QuestionParser([d.meta.province for d in docs], units, [
        {"id": d.id, "title": d.meta.title, "kind": d.meta.kind, "province": d.meta.province, "number": d.meta.number,
         "locality": "", "issuer": d.meta.issuer, "date": d.meta.date} for d in docs])


def test_the_month_names_one_of_two_plans_with_one_title(settings):
    # KH .../KH-SCT of April and of July 2026 (Sở Công Thương Lào Cai), both "Kiểm tra, cấp Giấy chứng nhận huấn luyện
    # kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai" (b44-15, b44-35)
    april = parse_file(LAO_CAI / "KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx", settings)
    july = parse_file(LAO_CAI / "KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx", settings)
    assert april.meta.title == july.meta.title and (april.meta.date, july.meta.date) == ("2026-04", "2026-07")
    parser = _parser_of([april, july])
    q = parser.parse("ke hoach kiem tra cap GCN an toan vat lieu no cong nghiep thang 7/2026 cua SCT lao cai xet de "
                     "nghi cua bao nhieu don vi?")
    assert q.doc_ids == [july.id]
    q = parser.parse("Kế hoạch kiểm tra, cấp GCN huấn luyện kỹ thuật an toàn VLNCN cho 28 đơn vị (tháng 4/2026) giao "
                     "phòng nào triển khai thực hiện?")
    assert q.doc_ids == [april.id]
    # a window that asks what falls due names no plan
    q = parser.parse("Kế hoạch kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ: những việc nào "
                     "phải xong trong tháng 7/2026?")
    assert q.doc_ids == []


def test_mấy_before_what_is_counted_asks():
    from core.query import Query
    from core.textnorm import fold
    asked = "Đợt kiểm tra lĩnh vực hóa chất theo quyết định của Sở Công Thương Lào Cai tháng 5/2026 kiểm tra mấy đơn vị?"
    q = Query(asked, fold(asked), None, [], [], [], [])  # b43-20
    assert "may" not in q.content_terms and "hoa" in q.content_terms


def test_a_plan_no_text_has_is_asked_of_the_notice_carrying_it_out(settings):
    # "Thực hiện Kế hoạch số 3898/KH-SCT ngày 30/6/2026 của Sở Công Thương Lào Cai ..." opens the notice; the plan
    # itself is not indexed (b46-47)
    from assistant.index.tasks import rows_of
    notice = parse_file(LAO_CAI / "TB-3915_1.7.2026_Huan-luyen-nguoi-quan-ly.docx", settings)
    facts, _ = rows_of(notice.to_dict())
    assert facts.carries_out.startswith("Kế hoạch số 3898/KH-SCT")
    parser = QuestionParser([notice.meta.province], [], [
        {"id": notice.id, "title": notice.meta.title, "kind": notice.meta.kind, "province": notice.meta.province,
         "number": notice.meta.number, "locality": "", "issuer": notice.meta.issuer, "date": notice.meta.date,
         "carries_out": facts.carries_out}])
    q = parser.parse("lop huan luyen nguoi quan ly VLNCN theo ke hoach 3898/KH-SCT cua Lao Cai bat dau luc may gio, "
                     "ngay nao?")
    assert q.doc_ids == [notice.id]
    assert not {"luc", "gio", "may"} & set(q.content_terms)  # "lúc mấy giờ" only asks
    idf = {w: 1.0 for c in notice.clauses for w in topic_words(" ".join([*c.heading_trail, c.text]))}
    clauses = {c.path: c for c in notice.clauses}
    hits = [Hit(Chunk(f"{notice.id}#{i}", notice.id, [clauses[p].id], p, clauses[p].text, clauses[p].text, 40),
                1.0 / (i + 1), doc=notice, clause=clauses[p], keyword_rank=i + 1, dense_rank=i + 1)
            for i, p in enumerate(["1", "0", "4"])]
    a = DefaultAnswerer(Settings(), idf=idf).answer(q, hits)
    assert "13h30’ thứ Hai ngày 06/7/2026" in a.text, a.text


def test_a_list_in_one_sentence_is_answered_whole(settings):
    # "3. Đối tượng: Là người lao động ..., bao gồm: Chỉ huy nổ mìn; Thợ mìn; Quản lý kho VLNCN, người phục vụ." (b47-11):
    # whichever of its pieces is found on the topic, the answer quotes the list whole
    from assistant.answer.default import _with_its_run
    from core.textnorm import split_sentences
    notice = parse_file(LAO_CAI / "TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung.docx", settings)
    text = next(c for c in notice.clauses if c.path == "3").text
    pieces = split_sentences(text)[1:]  # (after the item's number "3.")
    assert len(pieces) == 3
    for piece in pieces:
        assert "Chỉ huy nổ mìn; Thợ mìn; Quản lý kho VLNCN, người phục vụ." in _with_its_run(text, piece), piece


def test_the_body_a_letter_is_sent_to_is_what_its_paragraphs_speak_of(settings):
    # "Kính gửi: Công ty Công nghiệp Hóa chất mỏ Tây Bắc" / "1. Thời gian kiểm tra: Bắt đầu từ 14h30’ ngày 13/4/2026"
    # (b47-39): the question names the company, the paragraph does not
    from assistant.topic import document_scope
    notice = parse_file(LAO_CAI / "TB_13.4.2026_Kiem-tra-tai-tru-so-Hoa-chat-mo-Tay-Bac.docx", settings)
    assert notice.meta.recipients == "Công ty Công nghiệp Hóa chất mỏ Tây Bắc"
    first = next(c for c in notice.clauses if c.path == "1")
    assert "Tây Bắc" in document_scope(notice, first, first.text)
    a = _answer(notice, "Đợt kiểm tra, cấp GCN huấn luyện an toàn VLNCN tại Cty Hóa chất mỏ Tây Bắc bắt đầu lúc mấy giờ, "
                        "ngày nào?", ["1", "0", "2", "4"])
    assert "14h30’ ngày 13/4/2026" in a.text, a.text
    # a letter to many bodies lends its paragraphs none of their words
    kh = parse_file(LAO_CAI / "KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx", settings)
    assert kh.meta.recipients == "" and document_scope(kh, kh.clauses[1], "x") == document_scope(kh, kh.clauses[1], "x").rstrip()


def test_a_line_whose_label_the_question_names_answers(settings):
    # "4. Nội dung kiểm tra: Quy định tại Điều 9 Nghị định số 181/2024/NĐ-CP ..." and "2. Địa điểm: Hội trường tầng 3,
    # Nhà 3; ..." of a notice of Sở Công Thương Lào Cai (4/2026; b47-12, b46-25), each behind the notice's opening that
    # repeats the check's name
    notice = parse_file(LAO_CAI / "TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung.docx", settings)
    a = _answer(notice, "noi dung kiem tra cap giay chung nhan huan luyen ky thuat an toan vat lieu no cong nghiep theo KH "
                        "2242 thuc hien theo quy dinh nao?", ["0", "4", "3", "1"])
    assert a.citations[0].section == "4" and "Điều 9 Nghị định số 181/2024/NĐ-CP" in a.text, a.text
    a = _answer(notice, "Kỳ kiểm tra cấp giấy chứng nhận huấn luyện kỹ thuật an toàn VLNCN theo KH 2242 tổ chức ở đâu?",
                ["0", "4", "2", "1"])
    assert a.citations[0].section == "2" and "Hội trường tầng 3" in a.text, a.text


def test_who_a_label_lists_is_the_line_not_a_lead(settings):
    # "3. Đối tượng: Là người lao động ..., bao gồm: Chỉ huy; Thợ mìn; ..." of a notice to the Tây Bắc company (b47-40):
    # "gồm những ai" asks the line, not who leads
    notice = parse_file(LAO_CAI / "TB_13.4.2026_Kiem-tra-tai-tru-so-Hoa-chat-mo-Tay-Bac.docx", settings)
    a = _answer(notice, "doi tuong kiem tra huan luyen ky thuat an toan VLNCN tai Cty Hoa chat mo Tay Bac gom nhung ai?",
                ["0", "4", "2", "3"])
    assert a.citations[0].section == "3" and "Chỉ huy; Thợ mìn" in a.text, a.text


def test_a_label_is_asked_only_before_the_question_asks_and_not_of_a_unit(settings):
    from assistant.answer.default import _label_asked
    from core.textnorm import fold
    notice = parse_file(LAO_CAI / "TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung.docx", settings)
    when = next(c for c in notice.clauses if c.path == "1")  # "1. Thời gian kiểm tra: Bắt đầu từ 13h30’ ngày 29/4/2026"
    assert _label_asked(when, fold("Thời gian kiểm tra cấp GCN theo thông báo tháng 4/2026 là khi nào?"), frozenset())
    # (b46-43: "... phối hợp với ai để thông báo thời gian nổ mìn ...?" asks who, not the line "7. Thời gian nổ mìn: ...")
    assert not _label_asked(when, fold("Sở Công Thương phối hợp với ai để thông báo thời gian kiểm tra?"), frozenset())
    # "1. Văn phòng đăng ký đất đai: Thực hiện thống kê, kiểm kê đất đai ..." is a unit's line (QĐ 95/2025 Nghệ An Điều
    # 20.1; tune-fresh26 t26-03)
    # "- Ông: Đặng Văn Thức; sinh ngày 06/8/1964." names a person, no field (QĐ 3770/QĐ-SCT Lào Cai Điều 1.1; b49-37)
    qd = parse_file(LAO_CAI / "QD-3770_25.6.2026_Cong-nhan-KQ-XD-Mien-Bac.docx", settings)
    person = next(c for c in qd.clauses if c.path == "Điều 1.1")
    assert person.title == "Ông:"
    assert not _label_asked(person, fold("quyet dinh cong nhan ket qua huan luyen ky thuat an toan VLNCN cho ong Dang Van "
                                         "Thuc co hieu luc tu khi nao?"), frozenset())
    rules = parse_file(REPO.parent / "shared" / "plans-real" / "web" / "nghe-an_95-2025-qd-ubnd.md", settings)
    office = next(c for c in rules.clauses if c.path == "Điều 20.1")
    assert office.title == "Văn phòng đăng ký đất đai:"
    assert not _label_asked(office, fold("Theo quy chế phối hợp giữa Văn phòng đăng ký đất đai với các cơ quan ở Nghệ An, "
                                         "ai tham mưu thống kê, kiểm kê đất đai?"), frozenset())


def test_a_letters_subject_line_is_what_its_paragraphs_speak_of(settings):
    # "Thông báo tổ chức kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp" (a letter
    # /SCT-CN): "1. Thời gian kiểm tra: Bắt đầu từ 13h30’ ngày 29/4/2026" repeats none of it (b46-23)
    from assistant.topic import letter_subject
    notice = parse_file(LAO_CAI / "TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung.docx", settings)
    plan = parse_file(LAO_CAI / "KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx", settings)
    assert notice.meta.kind == "Công văn" and letter_subject(notice).startswith("Thông báo tổ chức kiểm tra")
    assert letter_subject(plan) == ""  # a plan's sections are on many matters
    a = _answer(notice, "kiem tra cap giay chung nhan huan luyen ky thuat an toan vat lieu no cong nghiep cho cac don vi "
                        "hoat dong VLNCN bat dau luc may gio, ngay nao?", ["4", "0", "1", "2"])
    assert "13h30’ ngày 29/4/2026" in a.text, a.text


def test_a_letter_titled_as_a_notice_is_named_as_one(settings):
    # the letter /SCT-CN "Thông báo tổ chức kiểm tra, cấp Giấy chứng nhận ..." of April 2026 beside the plan of that
    # month it carries out: "theo thông báo tháng 4/2026" names the notice (b47-10)
    notice = parse_file(LAO_CAI / "TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung.docx", settings)
    plan = parse_file(LAO_CAI / "KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx", settings)
    q = _parser_of([notice, plan]).parse("Kiem tra cap giay chung nhan huan luyen ky thuat an toan VLNCN theo thong bao "
                                         "thang 4/2026 cua SCT Lao Cai bat dau luc may gio ngay nao?")
    assert q.doc_ids == [notice.id]


def test_on_whose_proposal_a_decision_was_issued(settings):
    # "Theo đề nghị của Tổ trưởng Tổ kiểm tra kỹ thuật an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai,"
    # (QĐ 3728/QĐ-SCT Lào Cai, 6/2026; blind set b46-19): the preamble answers wherever retrieval ranked it, and the
    # party is named whole, past where a unit's name stops ("Tổ trưởng Tổ" before "kiểm tra")
    doc = parse_file(LAO_CAI / "QD-3728_24.6.2026_Cong-nhan-KQ-Xi-mang-Yen-Binh.docx", settings)
    a = _answer(doc, "QD cong nhan ket qua huan luyen VLNCN cho Xi mang Yen Binh duoc ban hanh theo de nghi cua ai?",
                ["Điều 1", "Điều 3", "Điều 2"])  # (the preamble not retrieved)
    assert "Tổ trưởng Tổ kiểm tra kỹ thuật an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai" in a.text, a.text


def test_a_weekday_is_when_a_weekly_report_is_due(settings):
    # "- Định kỳ hằng tuần, trước 16 giờ 00 ngày thứ Sáu, chủ đầu tư gửi báo cáo tình hình triển khai dự án về Sở Công
    # Thương ..." (a letter /SCT-CN of Sở Công Thương Lào Cai, 7/2026; blind set b48-01)
    from assistant.values import DATE
    from core.textnorm import fold
    letter = parse_file(LAO_CAI / "cong-van-don-doc-tien-do-ha-tang-ccn-bao-cao-hang-tuan.docx", settings)
    weekly = next(c for c in letter.clauses if "ngày thứ Sáu" in c.text)
    assert DATE.search(fold(weekly.text))
    late = next(c for c in letter.clauses if c.text.startswith("Quá 24 tháng"))
    a = _answer(letter, "Theo công văn Sở Công Thương đôn đốc tiến độ hạ tầng CCN, chủ đầu tư phải gửi báo cáo hằng tuần "
                        "trước mấy giờ, ngày nào?", [late.path, weekly.path])
    assert "trước 16 giờ 00 ngày thứ Sáu" in a.text, a.text


def test_whom_a_named_unit_reports_to(settings):
    # "1. Bộ Xây dựng / ... b) Báo cáo Bộ Nội vụ, Văn phòng Chính phủ tình hình triển khai thi hành Nghị định ..." beside
    # "3. ... a) Ủy ban nhân dân cấp tỉnh ... báo cáo các bộ, ngành liên quan ..." (NĐ 140/2025/NĐ-CP Điều 31; b49-05)
    doc = parse_file(LAO_CAI / "ND-140-2025-phan-dinh-tham-quyen-2-cap-XD.docx", settings)
    q = _parser(doc).parse("Nghị định 140/2025 về phân định thẩm quyền của Bộ Xây dựng: Bộ Xây dựng báo cáo tình hình "
                           "triển khai thi hành Nghị định cho những cơ quan nào?")
    assert q.asks_recipient
    a = _answer(doc, q.text, ["Điều 31.3.a", "Điều 31.1.b", "Điều 31.1.a"])
    assert a.text.startswith("Báo cáo: Bộ Nội vụ, Văn phòng Chính phủ"), a.text


def test_who_signed_a_letter_named_by_its_subject_and_recipient(settings):
    # "V/v trả lại hồ sơ đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp", "Kính gửi: Công ty cổ phần Mông Sơn"
    # (a letter /SCT-CN of 7/2026, signed by Hoàng Văn Thuân; blind set b50-43), beside a notice of the same office
    from assistant.answer.plan_facts import PlanFactsAnswerer
    from assistant.index.tasks import TaskTable
    from core.query import Intent
    letter = parse_file(LAO_CAI / "CV-tra-lai-ho-so-GPSD-VLNCN-Mong-Son.docx", settings)
    notice = parse_file(LAO_CAI / "TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung.docx", settings)
    table = TaskTable()
    for doc in (letter, notice):
        table.add_document(doc.to_dict())
    q = _parser_of([letter, notice]).parse("Ai ký công văn trả lại hồ sơ cấp giấy phép sử dụng VLNCN cho Công ty Mông Sơn?")
    assert q.intent == Intent.PLAN_FACTS and q.facts == ["signer"]  # a letter is the document whatever its subject
    picked = PlanFactsAnswerer(Settings()).select(q, table, None)
    assert [p.doc_id for p in picked] == [letter.id] and picked[0].signer == "Hoàng Văn Thuân"


def test_partners_named_by_an_item_of_the_clause_that_names_none(settings):
    # "2.5. Lĩnh vực thủy lợi ... chủ đầu tư dự án phải thực hiện: / - Phối hợp với Sở Nông nghiệp và Môi trường, Công
    # ty TNHH Tân Phú (đơn vị khai thác và bảo vệ công trình thủy lợi), chính quyền địa phương kiểm tra xác minh ..."
    # (Công văn of Sở NN&MT Lào Cai on the Báo Đáp cluster, 7/2026, page 3; blind set b53-08): the item names them, however
    # fewer of the question's words it repeats than its lead-in; and "thì đơn vị hoàn toàn chịu trách nhiệm" names no body
    doc = parse_file(LAO_CAI / "CV-6791-SNNMT-17-7-2026-y-kien-tham-dinh-CCN-Bao-Dap_muc-2.4-2.5.txt", settings)
    lead_in = next(c for c in doc.clauses if c.text.startswith("2.5. Lĩnh vực thủy lợi"))
    item = next(c for c in doc.clauses if c.parent_id == lead_in.id and c.text.startswith("- Phối hợp"))
    assert all(c.responsibility.lead == ["Chủ đầu tư"] for c in doc.clauses if c.parent_id == lead_in.id)
    a = _answer(doc, "CCN Bao Dap anh huong ho thuy loi thon 2, chu dau tu phai phoi hop voi ai de kiem tra xac minh?",
                [lead_in.path, item.path])
    assert a.text.startswith("Đơn vị phối hợp: Sở Nông nghiệp và Môi trường, Công ty TNHH Tân Phú"), a.text


@pytest.mark.parametrize("decree, question, paths, said", [
    # "Tổng số thành viên Hội đồng tối thiểu là 07 người, tối đa là 09 người" beside "m) Hội đồng đánh giá chỉ tiến hành
    # họp khi có sự tham gia của ít nhất 2/3 thành viên ..." (NĐ 26/2026/NĐ-CP Điều 23.4; blind set b52-14)
    ("ND-26-2026-quan-ly-hoat-dong-hoa-chat.docx",
     "Hội đồng đánh giá hóa chất mới theo NĐ 26/2026 có tối thiểu, tối đa bao nhiêu thành viên?",
     ["Điều 23.4.m", "Điều 23.4.i"], "tối thiểu là 07 người, tối đa là 09 người"),
    # ... and "đ) Hội đồng thẩm định chỉ tiến hành họp khi có sự tham gia của ít nhất 2/3 thành viên, ... và ít nhất 01 ủy
    # viên phản biện" beside "b) ... Tổng số thành viên Hội đồng tối thiểu là 07 người" (NĐ 25/2026/NĐ-CP Điều 34.4;
    # b54-16): the number the council has, not a share of it
    ("ND-25-2026-phat-trien-antoan-anninh.docx",
     "NĐ 25/2026: Hội đồng thẩm định kế hoạch phòng ngừa, ứng phó sự cố hóa chất phải có tối thiểu mấy thành viên?",
     ["Điều 34.4.đ", "Điều 34.4.b"], "tối thiểu là 07 người"),
])
def test_how_many_members_a_council_has(settings, decree, question, paths, said):
    doc = parse_file(LAO_CAI / decree, settings)
    a = _answer(doc, question, paths)
    assert said in a.text and a.citations[0].section == paths[1], a.text
    # ... while a meeting's quorum asks the share: "cuộc họp hội đồng hợp lệ cần có mặt bao nhiêu thành viên?"
    q = _parser(doc).parse("Hội đồng họp hợp lệ khi có mặt bao nhiêu thành viên?")
    assert questions().share_asked.search(q.folded)


def test_so_many_of_so_many_is_a_count_not_a_share():
    # "... Hệ thống 751 chỉ ghi nhận kết quả rà soát, phân loại 616/898 dự án của 25 địa phương ..." (a Prime Minister's
    # letter in eval/external/docs/b10, fa0dcc139cec05de.md; b10-26) counts projects; "2/3 thành viên" is a share
    from assistant.answer.default import _shares_of_thing_only
    from assistant.values import counted_asked, value_asked
    text = (REPO / "eval" / "external" / "docs" / "b10" / "fa0dcc139cec05de.md").read_text(encoding="utf-8")
    sentence = next(s for s in " ".join(text.replace("**", "").split()).split(". ") if "616/898 dự án" in s)
    parser = QuestionParser([], [], [])
    projects = counted_asked(q := parser.parse("Hệ thống 751 mới ghi nhận kết quả rà soát bao nhiêu dự án?"), value_asked(q))
    assert projects is not None and not _shares_of_thing_only(fold(sentence), projects)
    members = counted_asked(q := parser.parse("Hội đồng có tối thiểu bao nhiêu thành viên?"), value_asked(q))
    assert _shares_of_thing_only(fold("chỉ tiến hành họp khi có sự tham gia của ít nhất 2/3 thành viên"), members)


def test_a_letter_described_before_the_colon_by_its_subject(settings):
    # "kho VLNCN thuy dien Nam Cang 1A: ..." names no kind of document but describes one letter's subject ("V/v kế hoạch
    # kiểm tra ... kho chứa vật liệu nổ công nghiệp của dự án thủy điện Nậm Cang 1A tại xã Mường Bo, tỉnh Lào Cai.",
    # Sở Công Thương Lào Cai, 3/2026; b53-29) by nearly all its words, and not the other letter
    store = parse_file(LAO_CAI / "1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026_trang-1.pdf", settings)
    other = parse_file(LAO_CAI / "1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi_trang-1.pdf", settings)
    parser = _parser_of([store, other])
    q = parser.parse("kho VLNCN thuy dien Nam Cang 1A: chu dau tu can moi nhung don vi nao cung tham gia buoi kiem tra?")
    assert q.doc_ids == [store.id] and q.described == [store.id]
    # (a preamble of fewer words, or one most plans hold, names none)
    assert parser.parse("thuy dien Nam Cang: ai chu tri kiem tra?").doc_ids == []


def _evidence(doc, clause, text: str):
    """The clause as retrieval returns it in a piece holding ``text`` (a long article is cut into pieces)."""
    from assistant.answer.default import Evidence
    return Evidence(Hit(Chunk(f"{doc.id}#0", doc.id, [clause.id], clause.path, text, text, 40), 1.0,
                        doc=doc, clause=clause), doc, clause, 1.0)


@pytest.mark.parametrize("file, question, path, answer", [
    # "Ủy ban nhân dân cấp tỉnh là cơ quan có thẩm quyền cấp Giấy chứng nhận đủ điều kiện kinh doanh hóa chất có điều
    # kiện." in the department's paragraph "- Về thẩm quyền: ..." (a letter of Sở Công Thương Lào Cai, 3/2026; b54-34)
    ("CV-phuc-dap-ho-so-cap-GCN.docx", "Theo CV phúc đáp hồ sơ cấp GCN kinh doanh hóa chất, cơ quan nào có thẩm quyền "
     "cấp giấy chứng nhận đủ điều kiện?", "3.1", "Ủy ban nhân dân cấp tỉnh"),
    # "Cơ quan, tổ chức cấp C/O mẫu UAE-VN của Việt Nam là Ủy ban nhân dân cấp tỉnh." (TT 26/2026/TT-BCT Điều 20; b52-22)
    ("TT-26-2026-TT-BCT-phan-cap-cat-giam-TTHC-BCT.docx", "Theo thông tư 26/2026 của Bộ Công Thương, cơ quan nào cấp C/O "
     "mẫu UAE-VN của Việt Nam?", "TT.Điều 20.2", "Ủy ban nhân dân cấp tỉnh"),
    # "b) Thực hiện quản lý ... đất hiếm trên cơ sở khai thác, sử dụng dữ liệu từ cơ sở dữ liệu quốc gia về đất hiếm do Bộ
    # Nông nghiệp và Môi trường vận hành." under "3. Bộ Công Thương" (NĐ 21/2026/NĐ-CP, Điều 110g of NĐ 193/2025; b54-43)
    ("ND-21-2026-ND-CP-sua-ND-193-2025.docx", "co so du lieu quoc gia ve dat hiem do co quan nao van hanh theo ND 21/2026?",
     "Điều 1.44.Điều 110g.3.b", "Bộ Nông nghiệp và Môi trường"),
])
def test_who_does_what_a_sentence_says_of_another_body(settings, file, question, path, answer):
    doc = parse_file(LAO_CAI / file, settings)
    clause = next(c for c in doc.clauses if c.path == path and (path != "Điều 1.44.Điều 110g.3.b" or "đất hiếm" in c.text))
    assert clause.responsibility.lead != [answer]  # the clause's own lead is another body, or none
    q = _parser(doc).parse(question)
    piece = next(sent for sent in re.split(r"(?<=\.)\s+", clause.text) if answer in sent)
    picked = DefaultAnswerer(Settings())._sentence_roles(_evidence(doc, clause, piece), q)
    assert picked.implementers == [answer] or picked.lead == [answer], picked


def test_the_body_a_plan_is_submitted_to_decides(settings):
    # "... trình Ủy ban nhân dân tỉnh xem xét, phê duyệt theo đúng quy định pháp luật" (a letter of Sở Công Thương Lào Cai
    # on a blasting plan, 6/2026; b54-30): the body does both; not "trả lời cơ quan cấp phép đúng thời hạn quy định, cung
    # cấp tài liệu" (QĐ 27/2025/QĐ-UBND Thái Nguyên Điều 6.2), where the body is answered
    from assistant.answer.default import _agent_of
    doc = parse_file(LAO_CAI / "CV-hoan-thien-ho-so-PANM-Van-Thang.docx", settings)
    sentence = next(c.text for c in doc.clauses if "trình Ủy ban nhân dân tỉnh xem xét, phê duyệt" in c.text)
    assert _agent_of(sentence, "phe duyet") == "Ủy ban nhân dân tỉnh"
    assert _agent_of("Có trách nhiệm trả lời cơ quan cấp phép đúng thời hạn quy định, cung cấp tài liệu, thông tin",
                     "cung cap") is None


def _generated(docs):
    """The parser and the plans' facts as the index builds them (assistant/generation.py)."""
    from assistant.index.tasks import TaskTable
    table = TaskTable()
    for doc in docs:
        table.add_document(doc.to_dict())
    named = [{"id": p.doc_id, "number": p.number, "kind": p.kind, "locality": p.locality, "file_name": p.file_name,
              "province": p.province, "title": p.title, "issuer": p.issuer, "date": p.date,
              "carries_out": p.carries_out, "enacts": p.enacts} for p in table.plans.values()]
    return QuestionParser([d.meta.province for d in docs], [], named)


def test_a_decision_described_by_what_its_first_article_does(settings):
    # "QUYẾT ĐỊNH Về việc công nhận kết quả Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công
    # nghiệp trên địa bàn tỉnh" / "Điều 1. Công nhận kết quả kiểm tra ... cho 101 học viên của Công ty Công nghiệp Hóa chất
    # mỏ Tây Bắc ..." (Sở Công Thương Lào Cai, 4/2026), beside a decision of the same title for another company (6/2026);
    # its effect "Điều 3. ... căn cứ Quyết định thi hành. / Quyết định có hiệu lực kể từ ngày ký./." has no "này" (b52-44)
    doc = parse_file(LAO_CAI / "QD_T4.2026_Cong-nhan-KQ-Hoa-chat-mo-Tay-Bac_PGD-ky-theo-GUQ.docx", settings)
    other = parse_file(LAO_CAI / "QD-3728_24.6.2026_Cong-nhan-KQ-Xi-mang-Yen-Binh.docx", settings)
    parser = _generated([doc, other])
    q = parser.parse("Quyết định công nhận kết quả kiểm tra VLNCN cho Hóa chất mỏ Tây Bắc có hiệu lực từ khi nào?")
    assert q.doc_ids == [doc.id]
    idf = {w: 1.0 for c in doc.clauses for w in topic_words(" ".join([*c.heading_trail, c.text]))}
    clauses = {c.path: c for c in doc.clauses}
    hits = [Hit(Chunk(f"{doc.id}#{i}", doc.id, [clauses[p].id], p, clauses[p].text, clauses[p].text, 40), 1.0 / (i + 1),
                doc=doc, clause=clauses[p]) for i, p in enumerate(["Điều 1", "Điều 3"])]
    a = DefaultAnswerer(Settings(), idf=idf).answer(q, hits)
    assert a.text.startswith("Quyết định có hiệu lực kể từ ngày ký") and a.citations[0].section == "Điều 3", a.text
    # ... and whose proposal it was is its preamble's "Theo đề nghị của ..." (b52-40)
    q = parser.parse("QĐ công nhận kết quả kiểm tra KTAT VLNCN cho Công ty Hóa chất mỏ Tây Bắc được ban hành theo đề "
                     "nghị của ai?")
    a = DefaultAnswerer(Settings(), idf=idf).answer(q, hits[:1])
    assert "Tổ trưởng Tổ kiểm tra kỹ thuật an toàn vật liệu nổ công nghiệp" in a.text, a.text


def test_a_circulars_own_effect_not_its_model_decisions(settings):
    # TT 14/2024/TT-BCT: "1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 10 năm 2024" beside the model decisions
    # it attaches ("Điều 2. Quyết định này có hiệu lực từ ngày ký ban hành.", "Điều 4. ... Quyết định có hiệu lực kể từ
    # ngày ký"), which retrieval ranks first (blind set b47-25)
    doc = parse_file(LAO_CAI / "TT-14-2024-che-do-bao-cao-mau-van-ban-CCN.docx", settings)
    models = [c.path for c in doc.clauses if not c.path.startswith("TT.") and "hiệu lực" in c.text]
    a = _answer(doc, "Thông tư 14/2024/TT-BCT về chế độ báo cáo định kỳ cụm công nghiệp có hiệu lực từ ngày nào?",
                [*models[:2], "TT.Điều 6.1"])
    assert a.text.startswith("Thông tư này có hiệu lực thi hành từ ngày 01 tháng 10 năm 2024"), a.text


def test_a_records_field_named_by_the_question(settings):
    # "1. Thông tin về dự án / - Tên dự án: Cụm công nghiệp Báo Đáp. / - Quy mô thực hiện: 60,0 ha. / ... / - Chủ đầu tư:
    # Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên." (a letter of Sở NN&MT Lào Cai, 7/2026; blind set b53-07): the
    # project is described by two of its lines, which retrieval returns; the line the question names answers
    doc = parse_file(LAO_CAI / "CV-6791-SNNMT-17-7-2026-y-kien-tham-dinh-CCN-Bao-Dap_muc-1.txt", settings)
    a = _answer(doc, "Chủ đầu tư cụm công nghiệp Báo Đáp 60 ha là đơn vị nào?", ["1.1", "1.2"])
    assert "Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên" in a.text and a.citations[0].section == "1.4", a.text


def test_the_day_a_paper_was_filed_or_issued_is_no_deadline(settings):
    # "Giấy chứng nhận đăng ký doanh nghiệp số 5300721724 do Sở Kế hoạch và Đầu tư tỉnh Lào Cai cấp đăng ký lần đầu ngày
    # 19/10/2016, thay đổi lần thứ 6 ngày 07/9/2023." (a blasting licence of UBND tỉnh Lào Cai, Điều 1) and "Sở Công Thương
    # nhận được hồ sơ của Công ty cổ phần Mông Sơn ... nộp ngày 16/7/2026 đề nghị cấp Giấy phép ..." (a letter of Sở Công
    # Thương Lào Cai, 7/2026): dates of papers, which answer no "trước ngày nào" (blind set b55-40, unanswerable)
    from assistant.answer.default import _without_cited_dates
    from assistant.values import DATE
    doc = parse_file(LAO_CAI / "GP-thuy-dien-Hom-Duoi.docx", settings)
    registered = next(line for c in doc.clauses for line in c.text.splitlines() if "cấp đăng ký lần đầu ngày" in line)
    filed = ("Sở Công Thương nhận được hồ sơ của Công ty cổ phần Mông Sơn (sau đây gọi tắt là Công ty) nộp ngày 16/7/2026 "
             "đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp (VLNCN)")
    for sentence in (registered, filed):
        assert not DATE.search(_without_cited_dates(sentence)), sentence
    # ... while a deadline stays one
    for due in ("Công ty nộp hồ sơ trước ngày 15/12/2026.", "Hạn nộp ngày 15/12/2026.",
                "cấp giấy phép chậm nhất ngày 30 tháng 6 năm 2026"):
        assert DATE.search(_without_cited_dates(due)), due
