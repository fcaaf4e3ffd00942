"""Stop 82's rules from the blind sets b138-b140 (tests/data/blind-docs, read after their first runs):

- a numbered item's title on its own line, its body opening with who leads ("27. Điều 31: Tổ chức cơ quan Ủy ban
  kiểm tra" / "Ban Tổ chức Trung ương chủ trì, phối hợp với Ủy ban Kiểm tra Trung ương ..."): the body's lead and
  partners are the item's (Quy định 294-QĐ/TW);
- a later sentence of a clause having others work with its lead names partners ("Các ban và cơ quan của Đảng ở Trung
  ương phối hợp với Ban Tổ chức Trung ương hướng dẫn ..."), as does a later part of its sentence opening "phối hợp với"
  ("...; phối hợp với Đảng đoàn Quốc hội thể chế hoá ...", NQ 57-NQ/TW IV.3);
- the subject line under "NGHỊ QUYẾT" / "CỦA BỘ CHÍNH TRỊ" is the resolution's title, not run into its first sentence;
- of two reports alike issued the same month, "BC Đề án 06 tháng 10/2025" names the one titled for October;
- a place below the province no document names ("UBND TP Đà Lạt") is refused;
- the issuer written in short after "của" ("QĐ 294 của Trung ương ...") names the text, it is no topic a clause must hold.
"""

from __future__ import annotations

import pytest

from api import parse_file
from core.settings import Settings
from tests.conftest import REPO, asker

BLIND = REPO / "tests" / "data" / "blind-docs"


@pytest.fixture(scope="module")
def qd294():
    return parse_file(BLIND / "qd-294-2025-tw-thi-hanh-dieu-le-dang.pdf", Settings())


@pytest.fixture(scope="module")
def nq57():
    return parse_file(BLIND / "nq-57-2024-tw-bct-khcn-cds.md", Settings())


def _clause(doc, path):
    return next(c for c in doc.clauses if c.path == path)


def test_a_numbered_title_line_and_the_body_that_names_its_lead(qd294):
    c = _clause(qd294, "27")
    assert c.responsibility.lead == ["Ban Tổ chức Trung ương"]
    assert c.responsibility.partners == ["Ủy ban Kiểm tra Trung ương", "các cơ quan liên quan"]


def test_a_later_sentence_joining_the_lead_names_a_partner(qd294):
    r = _clause(qd294, "18.1.5").responsibility
    assert r.lead == ["Ban Tổ chức Trung ương"]
    assert r.partners == ["Các ban và cơ quan của Đảng ở Trung ương"]


def test_party_bodies_and_a_later_part_opening_with_partners(nq57):
    r = _clause(nq57, "IV.3").responsibility
    assert r.lead == ["Ban cán sự đảng Chính phủ"] and r.partners == ["Đảng đoàn Quốc hội"]
    assert _clause(nq57, "IV.2").responsibility.lead == ["Đảng đoàn Quốc hội"]


def test_the_subject_line_under_the_kind_line_is_the_title(nq57):
    assert nq57.meta.title.endswith("về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")


ask = asker("report-months", [BLIND / "bc-2025-bcd-lamdong-de-an-06-thang-10.docx",
                              BLIND / "bc-2025-bcd-lamdong-de-an-06-thang-11.docx"])


def test_a_report_named_by_the_month_it_reports_on(ask):
    # b138-10: the October report (III.7.a) says 57/124, the November one another figure
    a = ask("Theo BC Đề án 06 tháng 10/2025 tỉnh Lâm Đồng, Sở NN&MT phải tập trung số hóa dữ liệu đất đai cho bao nhiêu "
            "xã, phường, đặc khu chưa hoàn thành?")
    assert "57/124" in a.text
    assert {c.file_name for c in a.citations} == {"bc-2025-bcd-lamdong-de-an-06-thang-10.docx"}


def test_a_place_below_the_province_no_document_names_is_refused(ask):
    # b138-17: neither report names Đà Lạt (merged into Lâm Đồng's communes in 2025)
    a = ask("BC Đề án 06 tháng 11/2025 của BCĐ tỉnh Lâm Đồng giao UBND TP Đà Lạt thực hiện nhiệm vụ gì?")
    assert not a.citations
    # ... while the province's own plan still answers about what it names: Hà Nội's 19 tasks (II.6.b)
    a = ask("BC Đề án 06 tháng 11/2025 tỉnh Lâm Đồng: đã triển khai bao nhiêu nhiệm vụ theo kinh nghiệm của thành phố Hà Nội?")
    assert a.citations and a.citations[0].section == "II.6.b"


ask_294 = asker("qd-294", [BLIND / "qd-294-2025-tw-thi-hanh-dieu-le-dang.pdf"])


def test_the_issuer_named_in_short_after_of_is_no_topic(ask_294):
    # b140-15: "của Trung ương" names Ban Chấp hành Trung ương, the issuer; 31.2.5 need not say "Trung ương"
    a = ask_294("QĐ 294 của Trung ương về thi hành Điều lệ Đảng: ai có trách nhiệm kiểm tra tài chính của cấp ủy cấp dưới?")
    assert a.text.startswith("Ủy ban kiểm tra của cấp ủy các cấp") and a.citations[0].section == "31.2.5"
