"""Rules of stop 72, each on the real page it was found on:

- a body inside another is asked ("đơn vị nào của Bộ ...", questions.toml [part_of]): the whole it is part of, or the
  whole's head, is no answer (TT 11/2026/TT-BCT; blind set b83-27);
- the issuer's code written after a document's number only picks the document ("TT 84 BNNMT"), and "toàn quốc" is
  written "cả nước", "chấp hành" "thực hiện" (questions.toml [[paraphrase]]; TT 84/2025/TT-BNNMT, blind set b94-12);
- staff's "NHNN", "UBTVQH" are the bodies' short forms (units.toml [[abbreviation]]);
- an exception word is a word of the question, not a syllable's start ("trừ", not "trừng phạt").
"""

from __future__ import annotations

from api import parse_file
from assistant.topic import without_exceptions
from core.settings import Settings
from tests.conftest import REPO, answer_as_indexed, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl72", [VBPL / "tt-11-2026.html", VBPL / "tt-84-2025.html"])


def test_a_part_asked_is_not_its_whole(ask):
    # "Bộ Công Thương là chủ đầu tư thực hiện việc nghiên cứu, xây dựng, vận hành Hệ thống truy xuất ..." (Điều 17.2)
    # is the ministry itself; "1. Cục Công nghiệp: / b) Chủ trì, ... xây dựng Hệ thống truy xuất và quản lý, vận hành
    # ..." (Điều 19.1.b) is the body of the ministry asked
    a = ask("TT 11/2026 Bộ Công Thương truy xuất nguồn gốc thực phẩm: đơn vị nào của Bộ chủ trì dựng và vận hành hệ "
            "thống truy xuất?")
    assert a.text.startswith("Cục Công nghiệp"), a.text
    assert a.citations[0].section == "Điều 19.1.b", [c.section for c in a.citations]
    # retrieval putting the ministry's own clause first: the part is still what is asked
    doc = parse_file(VBPL / "tt-11-2026.html", Settings())
    c = answer_as_indexed(doc, "TT 11/2026 Bộ Công Thương truy xuất nguồn gốc thực phẩm: đơn vị nào của Bộ chủ trì dựng và "
                               "vận hành hệ thống truy xuất?", ["Điều 17.2", "Điều 19.1.b"])
    assert c.text.startswith("Cục Công nghiệp"), c.text
    # asked who, not which part: the ministry may answer
    b = ask("TT 11/2026: ai là chủ đầu tư nghiên cứu, xây dựng, vận hành Hệ thống truy xuất?")
    assert b.text.startswith("Bộ Công Thương"), b.text


def test_the_body_holding_the_one_asked_is_read_either_way():
    from assistant.understand import QuestionParser

    parser = QuestionParser([], ["Bộ Nội vụ", "Cục Người có công"])
    q = parser.parse("Phụ lục Thông báo 624: trong Bộ Nội vụ, đơn vị nào trực tiếp chủ trì dự thảo Kế hoạch?")
    assert q.asks_part and q.part_of == ["Bộ Nội vụ"] and "Bộ Nội vụ" not in q.units, q
    q = parser.parse("đơn vị nào thuộc Bộ Nội vụ chủ trì dự thảo Kế hoạch?")
    assert q.asks_part and q.part_of == ["Bộ Nội vụ"], q
    # a body's own tasks are no part of it asked
    assert not parser.parse("Bộ Nội vụ chủ trì những nhiệm vụ nào?").asks_part
    # the whole in its short form, which names no unit of the index: "NHNN" is no topic word a clause must hold
    q = QuestionParser([], []).parse("TT 54: muốn có bản sao GP lấy từ sổ gốc thì đơn vị nào thuộc NHNN cấp?")
    assert q.asks_part and q.part_of and "nhnn" in q.scope_terms and "nhnn" not in q.content_terms, q


def test_the_state_bank_and_the_assembly_by_their_short_forms():
    from core.units import unit_key

    assert unit_key("NHNN") == unit_key("Ngân hàng Nhà nước")
    assert unit_key("các đơn vị thuộc NHNN") == unit_key("các đơn vị thuộc Ngân hàng Nhà nước")
    # "QH" alone is no body's short form: "QH tỉnh" is the province's plan ("quy hoạch") as often
    assert unit_key("QH tỉnh Lào Cai") != unit_key("Quốc hội tỉnh Lào Cai")
    assert unit_key("UBTVQH") == unit_key("Ủy ban Thường vụ Quốc hội")


def test_the_issuers_code_after_the_number_is_no_topic(ask):
    # "1. Cục Lâm nghiệp và Kiểm lâm / ... b) Thực hiện kiểm tra cơ quan, tổ chức, cá nhân về thực hiện quy định của
    # Thông tư này trên phạm vi cả nước." (Điều 21.1.b), not "đ) Đơn vị sự nghiệp công lập, tổ chức khoa học và công
    # nghệ được Bộ Nông nghiệp và Môi trường giao nhiệm vụ ... trên phạm vi toàn quốc" (Điều 5.4.đ), which holds the
    # ministry's name the question's "BNNMT" stood for
    for question in ("tt 84 bnnmt: kiem tra viec chap hanh thong tu tren toan quoc giao cho don vi nao?",
                     "TT 84 BNNMT: đơn vị nào kiểm tra việc thực hiện Thông tư trên phạm vi toàn quốc?"):
        a = ask(question)
        assert a.text.startswith("Cục Lâm nghiệp và Kiểm lâm"), a.text
        assert a.citations[0].section == "Điều 21.1.b", [c.section for c in a.citations]


def test_an_exception_word_is_a_whole_word():
    text = "giám định (trừ các chất ma túy dùng trong y tế) và"
    assert "trừ các chất" not in without_exceptions(text, "ai giám định chất ma túy?")
    assert "trừ các chất" in without_exceptions(text, "trừ chất nào?")
    assert "trừ các chất" in without_exceptions(text, "ngoai tru chat nao?")
    # "trừng" is no "trừ": the exception still leaves the topic
    assert "trừ các chất" not in without_exceptions(text, "trừng phạt người giám định ma túy sai?")
