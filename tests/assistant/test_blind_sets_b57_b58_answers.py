"""Answers drawn from the blind sets b57-b58 (eval/external/portal; their documents are kept outside the repository, so
each rule is tested on a made-up twin in tests/data/portal-twins written the way the real text is):

- "các đơn vị báo cáo về đâu?" is the clause sending by the question's own verb and preposition ("... chế độ báo cáo về
  Ban Chỉ huy Phòng thủ dân sự Bộ Xây dựng"), though a clause sending by another verb ("Tham mưu cho Lãnh đạo Bộ ...")
  covers more of its words (Công điện 96/CĐ-BXD; b57-12);
- "... trước ngày nào?" asks a deadline: neither the date of a report the text cites after a comma ("Báo cáo số
  565-BC/BTCTW, ngày 27/11/2025") nor the day of the meeting it reports answers it (Kết luận 221-KL/TW; b57-05);
- "... từ mấy giờ, ngày nào?" asks an hour and a day: a clause saying how often ("thường xuyên cập nhật") does not
  answer it (Công điện 231/CĐ-TTg; b58-40);
- "... trong thời hạn bao lâu?" of a step whose own text sets the time ("chuyển hồ sơ giấy ... trong không quá 01 ngày
  làm việc kể từ khi tiếp nhận hồ sơ") besides its time column (QĐ 1948/QĐ-UBND Cao Bằng; b58-19);
- "có những cơ quan phối hợp nào?" asks partners, not things (QĐ 2916/QĐ-UBND Hà Tĩnh; b57-47);
- a province right after a decision's symbol ("QĐ 2929/QĐ-UBND Sơn La ...") is named, not read as a route ("QĐ-UBND Sơn
  La"): the question searches that province's decision (b58-25);
- "cơ quan nào đề nghị ban hành quyết định ...?" asks on whose proposal the decision was issued, and is answered by the
  sentence of its preamble saying so, not by grounds sharing more of the question's words (QĐ 1597/QĐ-TTPVHCC Hà Nội;
  blind set b59-21, after b59's first run);
- a letter copied without its "V/v" line is titled by the portal's summary of it ("Công văn 5526/CT-CS năm 2025 khẩn
  trương hỗ trợ người nộp thuế bị tổn thất do bão lũ ... do Cục Thuế ban hành"), so the question's words describing it
  ("... hỗ trợ NNT bị bão lũ bao lâu một lần?") name the letter and need not be in the clause answering (Công văn
  5526/CT-CS of Cục Thuế; blind set b59-39, after b59's first run).
"""

from __future__ import annotations

import pytest

from api import parse_file
from assistant.answer.default import DefaultAnswerer
from assistant.index.corpus_stats import CorpusStats
from assistant.understand import QuestionParser
from assistant.values import value_asked
from core.models import Hit
from core.places import province_mentions
from core.query import Intent
from core.settings import Settings, load_settings
from ingest.chunk import Chunker
from tests.conftest import REPO, answer_as_indexed

TWINS = REPO / "tests" / "data" / "portal-twins"
REFUSED = "Không có trong kế hoạch"


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    cache: dict = {}
    return lambda name: cache.setdefault(name, parse_file(TWINS / name, settings))


def test_where_reports_go_is_the_clause_reporting_by_the_verb_asked(doc):
    telegram = doc("cong-dien-mua-lu.md")
    a = answer_as_indexed(telegram, "cong dien cua bo xay dung ve mua lu mien Trung: cac don vi bao cao ve dau?",
                           ["3", "2.2", "2.1", "0"])
    assert "Ban Chỉ huy Phòng thủ dân sự Bộ Xây dựng" in a.text, a.text
    assert a.citations[0].section == "3"


def test_a_deadline_asked_is_no_cited_report_date_nor_a_meeting_day(doc):
    conclusion = doc("ket-luan-phien-hop.md")
    a = answer_as_indexed(conclusion, "Kết luận của Bộ Chính trị yêu cầu Ban Tổ chức Trung ương báo cáo đánh giá bộ máy "
                                       "lên Bộ Chính trị trước ngày nào?", ["3", "0", "1", "2"])
    assert a.text.startswith(REFUSED), a.text


def test_an_hour_asked_is_not_answered_by_how_often(doc):
    """The clause whose only time is "thường xuyên cập nhật" states no value of the kind asked (in the index of b58 the
    rest of the question's words made it the answer)."""
    telegram = doc("cong-dien-bao.md")
    question = "Công điện 9231 về bão số 15 yêu cầu cấm tàu thuyền ra khơi từ mấy giờ, ngày nào?"
    chunks = Chunker(Settings().chunk_max_tokens).chunk(telegram)
    clause = next(c for c in telegram.clauses if c.path == "2")
    assert clause.responsibility.deadline == "thường xuyên"
    chunk = next(ch for ch in chunks if ch.clause_ids[0] == clause.id)
    answerer = DefaultAnswerer(Settings(), CorpusStats.of(chunks).idf())
    query = QuestionParser([], [], []).parse(question)
    need = value_asked(query)
    [e] = answerer.evidence(query, [Hit(chunk, 1.0, dense_rank=1, keyword_rank=1, doc=telegram, clause=clause)])
    assert answerer._value_coverage(e, query, need, answerer._names(query), {}) == 0
    a = answer_as_indexed(telegram, question, ["1", "2", "0", "3"])
    assert a.text.startswith(REFUSED), a.text


def test_a_time_limit_the_steps_own_text_sets(doc):
    decision = doc("qd-quy-trinh-noi-bo.md")
    a = answer_as_indexed(decision, "QĐ 9001 quy trình hỗ trợ học nghề: sau khi tiếp nhận thì hồ sơ giấy phải chuyển đến "
                                     "phòng chuyên môn trong thời hạn bao lâu?", ["PL.1.2", "PL.2.2"])
    assert "không quá 01 ngày làm việc" in a.text, a.text


def test_nhung_co_quan_phoi_hop_nao_asks_partners():
    parser = QuestionParser([], [], [])
    q = parser.parse("Thủ tục công nhận kết quả thăm dò khoáng sản ở Hà Tĩnh có những cơ quan phối hợp nào?")
    assert q.intent == Intent.PARTNERS
    # ... while "những ... nào" of things still asks things (eval/external b14-25)
    assert parser.parse("các Cục phải tham mưu tuyên truyền những sự kiện quan trọng nào?").intent != Intent.PARTNERS


def test_a_province_after_a_decisions_symbol_is_named():
    assert [name for name, _ in province_mentions("QĐ 2929/QĐ-UBND Sơn La về TTHC có hiệu lực từ khi nào?")] == ["Sơn La"]
    assert province_mentions("cao tốc Ninh Bình - Hải Phòng") == ()  # a route still names no province


def test_who_proposed_a_decision_is_its_preambles_theo_de_nghi(doc):
    decision = doc("qd-cong-bo-tthc.md")
    a = answer_as_indexed(decision, "co quan nao de nghi ban hanh quyet dinh 9597/QD-TTPVHCC ve TTHC du lich cua Ha Noi?",
                           ["0", "Điều 1", "Điều 2"])
    assert "Theo đề nghị của Sở Xây dựng Hà Nội" in a.text, a.text
    assert "Căn cứ Quyết định số 46" not in a.text, a.text


def test_a_letter_titled_only_by_the_portals_summary_is_described_by_it(doc):
    letter = doc("cong-van-ho-tro-sau-lu.md")
    a = answer_as_indexed(letter, "cong van 9526/CT-CS: Thue cac tinh phai bao cao Cuc ket qua giai quyet ho tro NNT bi "
                                   "mua lu bao lau mot lan?", ["0", "3.2", "2.1"])
    assert "hàng ngày" in a.text and REFUSED not in a.text, a.text


def test_a_deadline_set_for_every_body_is_the_bodies_asked_too(tmp_path):
    # "Các cơ quan, đơn vị gửi danh sách đại biểu ... trước ngày 07/11/2024" (TB 542/TB-UBND Quảng Ngãi 4, blind set
    # b74-19): asked of "các sở ngành", the task of every body is theirs too, not another body's value
    from assistant.answer.default import Evidence, _anothers_value

    notice = parse_file(REPO / "tests" / "data" / "signed-pdf" / "tb-542-2024.pdf", load_settings(data_dir=tmp_path))
    clause = next(c for c in notice.clauses if c.path == "4.1")
    assert clause.responsibility.lead == ["Các cơ quan, đơn vị"]
    chunk = next(ch for ch in Chunker(Settings().chunk_max_tokens).chunk(notice) if ch.clause_ids[0] == clause.id)
    evidence = Evidence(Hit(chunk, 1.0, dense_rank=1, keyword_rank=1, doc=notice, clause=clause), notice, clause, 0.9)
    query = QuestionParser(["Quảng Ngãi"], ["các sở, ngành", "Ban Dân tộc tỉnh"], []).parse(
        "cac so nganh gui danh sach dai bieu du hoi nghi MTQG vung dong bao (TB 542) han cuoi ngay nao?")
    assert query.units == ["các sở, ngành"]
    assert not _anothers_value(evidence, query)
    # ... while a body's own task is no other body's answer
    query = QuestionParser(["Quảng Ngãi"], ["Sở Tài chính", "Ban Dân tộc tỉnh"], []).parse(
        "Sở Tài chính phải gửi danh sách đại biểu dự hội nghị trước ngày nào?")
    own = next(c for c in notice.clauses if c.path == "4.2")
    chunk = next(ch for ch in Chunker(Settings().chunk_max_tokens).chunk(notice) if ch.clause_ids[0] == own.id)
    assert _anothers_value(Evidence(Hit(chunk, 1.0, doc=notice, clause=own), notice, own, 0.9), query)
