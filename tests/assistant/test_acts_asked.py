"""Who does the act a question asks (stop 78), on real pages of the blind sets b103 and b117 (read after their honest
runs), a thuvienphapluat copy of NĐ 104/2024/NĐ-CP (b119), and sentences of b118 (thuvienphapluat copies of NĐ
44/2025/NĐ-CP and Nghị quyết 60-NQ/TW), b105 and eval/external:

- a body may stand before the act asked with a modal and other acts it does with it ("Sở Nội vụ phải xem xét, thẩm
  định ..."), not with acts that hand the act on ("trình"), nor after a comma that closes the phrase naming it;
- a clause naming who does the act asked goes before a clause as much on topic where that act only names a body
  ("... văn bản của cơ quan thẩm định ..., Thủ tướng Chính phủ xem xét, quyết định");
- "Việc <act> ... do <body> thực hiện" names who does the act;
- the act asked is read past how it is done ("giao ai khẩn trương xây dựng ...") and from its short form ("duyệt");
- a share the question gives ("DN 100% vốn NN") asks no figure;
- the body a document's title is about ("Quỹ phát triển đất") is a question's topic, not another body acting;
- a body named again by its head alone after a case ("... về Bộ NN&MT rồi thì Bộ phải ...") is the one that must act.
"""

from __future__ import annotations

import pytest

from assistant.answer.default import _agent_of
from assistant.understand import Intent, QuestionParser
from core.textnorm import fold
from ingest.units import unit_phrase_at
from tests.conftest import REPO, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("acts-asked", [VBPL / "nd-300-2025.html", VBPL / "luat-129-2025.html",
                           REPO / "tests" / "data" / "tvpl" / "nd-104-2024.txt"])


@pytest.mark.parametrize("sentence, act, agent", [
    # NĐ 300/2025/NĐ-CP Điều 11.3.b (blind set b103-01)
    ("Trong thời hạn 03 ngày làm việc kể từ ngày nhận được đầy đủ 02 bộ hồ sơ theo quy định tại khoản 4 Điều này, Sở Nội "
     "vụ phải xem xét, thẩm định hồ sơ đề nghị giao quyền Chủ tịch Ủy ban nhân dân cấp xã", "tham dinh", "Sở Nội vụ"),
    # Nghị quyết 60-NQ/TW of 2025, 5 (blind set b118-24): a Party committee in lower case, several acts before the asked
    ("Giao ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương tập trung lãnh đạo, chỉ đạo và khẩn trương "
     "xây dựng Đề án theo hướng dẫn của cấp có thẩm quyền", "xay dung",
     "ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương"),
    # Luật Viên chức 129/2025/QH15 Điều 25.2.b (blind set b117-14)
    ("b) Việc đánh giá người đứng đầu đơn vị sự nghiệp công lập do người đứng đầu cơ quan, tổ chức cấp trên quản lý trực "
     "tiếp thực hiện.", "danh gia", "người đứng đầu cơ quan, tổ chức cấp trên quản lý trực tiếp"),
    # TT 79/2025/TT-BNNMT Điều 4.2.c (blind set b105-22): "thực hiện" before the act, the case's own subject before
    ("c) Sau 15 ngày kể từ khi thông báo, nếu doanh nghiệp 100% vốn Nhà nước không hoàn thành việc hoàn thiện hồ sơ, cán "
     "bộ, công chức, viên chức, nhân viên Bộ phận Một cửa thực hiện đóng hồ sơ trên Hệ thống thông tin giải quyết thủ "
     "tục hành chính.", "dong", "Bộ phận Một cửa"),
])
def test_the_body_doing_the_act_asked(sentence, act, agent):
    assert _agent_of(sentence, act) == agent


@pytest.mark.parametrize("sentence, act", [
    # a comma closes the phrase naming the body (CV 6278/BVHTTDL-VP, 1; eval/external b14-26)
    ("- Tập trung hoàn thành việc xây dựng Nghị định sửa đổi, bổ sung một số điều của các Nghị định có quy định TTHC "
     "thuộc phạm vi quản lý của Bộ VHTTDL, đảm bảo hoàn thành trong tháng 12/2025", "hoan thanh"),
    # the body is whom the unit answers (QĐ 27/2025/QĐ-UBND Thái Nguyên Điều 6.2; tune-fresh40 t40-32)
    ("2. Có trách nhiệm trả lời cơ quan cấp phép đúng thời hạn quy định, cung cấp tài liệu, thông tin, dữ liệu về mặt "
     "bằng, vị trí công trình lưới điện áp cao", "cung cap"),
    # submitting is no approving
    ("Sở Tài chính lập hồ sơ trình phê duyệt phương án", "phe duyet"),
])
def test_no_body_does_the_act_asked(sentence, act):
    assert _agent_of(sentence, act) is None


def test_a_lower_case_party_committee_of_every_province_is_one_body():
    sentence = "Giao ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương tập trung lãnh đạo"
    assert unit_phrase_at(sentence, 5)[0] == "ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương"


@pytest.mark.parametrize("question, act", [
    ("NQ 60-NQ/TW giao ai khẩn trương xây dựng Đề án sắp xếp ĐVHC cấp tỉnh, cấp xã ở từng địa phương?", "xay dung"),
    ("nd 44/2025: ai duyet ke hoach lao dong, quy luong cua NLD va ban dieu hanh o DN 100% von NN?", "phe duyet"),
    ("NĐ 300/2025: hồ sơ giao quyền Chủ tịch UBND xã thì cơ quan nào thẩm định?", "tham dinh"),
    ("dn 100% von nha nuoc ko bo sung ho so khao sat dien gio sau 15 ngay thi ai dong ho so tren he thong? (TT 79/2025)",
     "dong"),
])
def test_the_act_a_question_asks(question, act):
    assert QuestionParser._action(fold(question).lower()) == act


def test_a_share_the_question_gives_asks_no_figure():
    # NĐ 44/2025/NĐ-CP Điều 28.2.b (blind set b118-06): "Hội đồng thành viên hoặc Chủ tịch công ty ... b) Phê duyệt kế
    # hoạch lao động, quỹ tiền lương của người lao động và Ban điều hành ..."
    q = QuestionParser([], [], []).parse("nd 44/2025: ai duyet ke hoach lao dong, quy luong cua NLD va ban dieu hanh o DN 100% von NN?")
    assert q.intent == Intent.LEAD
    assert QuestionParser([], [], []).parse("Tỷ lệ hồ sơ giải quyết đúng hạn phải đạt mấy %?").intent == Intent.TARGET


def test_the_clause_naming_who_does_the_act_goes_first(ask):
    # Before, 11.3.c ("... văn bản của cơ quan thẩm định ..., Thủ tướng Chính phủ xem xét, quyết định ...; Chủ tịch Ủy
    # ban nhân dân cấp tỉnh xem xét, quyết định ...") answered with the Chairman
    a = ask("NĐ 300/2025: hồ sơ giao quyền Chủ tịch UBND xã thì cơ quan nào thẩm định?")
    assert a.text.startswith("Sở Nội vụ"), a.text
    assert a.citations[0].section == "Điều 11.3.b", [c.section for c in a.citations]


def test_the_body_named_after_do_answers(ask):
    # Before, 25.2.a ("Người đứng đầu đơn vị sự nghiệp công lập ... thực hiện đánh giá viên chức ...") answered
    a = ask("danh gia giam doc don vi su nghiep cong lap thi ai danh gia? luat vien chuc 129/2025")
    assert a.text.startswith("người đứng đầu cơ quan, tổ chức cấp trên quản lý trực tiếp"), a.text
    assert a.citations[0].section == "Điều 25.2.b", [c.section for c in a.citations]


def test_the_body_a_title_is_about_is_the_topic(ask):
    # NĐ 104/2024/NĐ-CP "quy định về Quỹ phát triển đất" Điều 26.3.g (blind set b119-23). Before, the Fund was read as the
    # body asked, and the clause, led by the province's People's Committee, as another body's time: refused
    a = ask("ubnd tinh bao cao BTC tinh hinh to chuc, hoat dong Quy phat trien dat hang nam truoc ngay nao (nd 104)?")
    assert "trước ngày 31 tháng 3 của năm sau" in a.text, a.text
    assert a.citations[0].section == "Điều 26.3.g", [c.section for c in a.citations]


def test_a_body_named_again_by_its_head_after_the_case_must_act():
    # NĐ 226/2025/NĐ-CP (blind set b119-09): "... về Bộ NN&MT rồi thì Bộ phải ..." asks of the ministry named before
    q = "NĐ 226: UBND tỉnh gửi kết quả bảng giá đất về Bộ NN&MT rồi thì Bộ phải có ý kiến phản hồi trong bao nhiêu ngày?"
    assert QuestionParser.doer_phrase(q, [], []) == "bo nn&mt"
    assert QuestionParser.doer_phrase("TT 48/2025: Bộ Tài chính phải có ý kiến về hồ sơ trong mấy ngày?", [], []) == "bo tai"
