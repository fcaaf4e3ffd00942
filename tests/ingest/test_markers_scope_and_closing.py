"""Clause trees and responsibilities in forms the blind sets' remaining misses showed (eval/external, documents nobody
had read when their questions were written), asserted on the real portal files in eval/external/docs:

- an item letter alone on its line before its text ("2." / "Quy trình ...:" / "a)" / "Khi có yêu cầu ..."): each
  item is its own clause (before, "a)" read as a lower-case word and every item ran into "2.");
- a level number wrapped to a line's start in the middle of a sentence ("... trên biển báo mũi tên chỉ số" / "IV."):
  no section "IV" inside the article;
- the sentence summing up the body ("Trên đây là Kế hoạch ...; các cơ quan, đơn vị ... nghiêm túc tổ chức, triển khai
  thực hiện./."): a clause of its own, not a piece of the last item, whose unit it took over;
- an article saying whom the text governs ("Điều 2. Đối tượng áp dụng / 1. Các cơ quan, tổ chức, cá nhân tham gia
  việc lập, thẩm định ..."): no one in it leads anything;
- a proposed choice of investor ("Sở Tài chính tham mưu báo cáo ... chấp thuận về chủ trương dự kiến giao chủ đầu
  tư"): no task given to "chủ đầu tư"; the sentence's subject advises;
- (blind set b16) the signer's cell beside "Nơi nhận" ("| **TM. ỦY BAN NHÂN DÂN** / KT. CHỦ TỊCH / ... |") closes the
  recipients' table, where its closing pipe opened a table that swallowed the rules attached after it; an enacting
  body alone on its line before "Căn cứ ..." ("**QUỐC HỘI**") issues a text copied without its header; a time limit
  written in prose ("Thời hạn hoàn thành không quá 03 ngày làm việc kể từ ...") is the task's deadline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings

DOCS = Path(__file__).resolve().parents[2] / "eval" / "external" / "docs"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("data"))


def _clauses(settings, name: str) -> dict:
    doc = parse_file(next(DOCS.glob(f"*/{name}")), settings)
    return {c.path: c for c in doc.clauses}


def test_an_item_letter_alone_on_its_line_opens_its_item(settings):
    """QĐ Đồng Tháp on official e-mail, Điều 8.2 (b8-39: "don vi nao truc tiep cap moi, thay doi, thu hoi hop thu
    cong vu dongthap.gov.vn?")."""
    c = _clauses(settings, "fd4c4d6ec377c4d2.md")
    assert [p for p in c if p.startswith("Điều 8.2.")] == [f"Điều 8.2.{x}" for x in "abcdđe"]
    assert c["Điều 8.2"].text.rstrip().endswith("công vụ:")
    assert c["Điều 8.2.e"].responsibility.lead == ["Trung tâm Chuyển đổi số (Sở Khoa học và Công nghệ)"]


def test_a_level_wrapped_mid_sentence_is_no_section(settings):
    """QĐ Quảng Ninh on forest fires, Điều 6.4 ("... trên biển báo mũi tên chỉ số" / "IV.")."""
    c = _clauses(settings, "adf53d885efc1c23.md")
    assert not [p for p in c if p.startswith("Điều 6.IV")]
    assert c["Điều 6.4"].title.startswith("Khi dự báo đến Cấp IV")
    assert c["Điều 6.4.c"].responsibility.lead == ["Lực lượng canh phòng"]
    assert "12/24 giờ" in c["Điều 6.4.c"].text and "10/24 giờ" in c["Điều 6.3.d"].text


def test_the_summing_up_is_a_clause_of_its_own(settings):
    """KH Đắk Lắk on the emulation drive for the 14th Party Congress, IV.4 "Sở Nội vụ" (b11-38)."""
    c = _clauses(settings, "556b2fb4a0149576.md")
    last = c["IV.4.3"]
    assert "Trên đây" not in last.text
    assert last.responsibility.lead == [] and last.responsibility.advisers == ["Sở Nội vụ"]
    assert c["Kết"].text.startswith("Trên đây là Kế hoạch")


def test_whom_a_text_applies_to_leads_nothing(settings):
    """NQ HĐND Hà Nội on TOD planning, Điều 2 "Đối tượng áp dụng" (b12-02: "Ai thẩm định phương án tuyến ...?")."""
    c = _clauses(settings, "58afeb4af978fe53.md")
    assert c["Điều 2"].title == "Đối tượng áp dụng"
    for path in ("Điều 2.1", "Điều 2.2"):
        r = c[path].responsibility
        assert (r.lead, r.implementers, r.advisers) == ([], [], []), path


def test_a_proposed_investor_is_given_no_task(settings):
    """NQ HĐND Hà Nội on social-housing infrastructure, Điều 7 (b12-37: "... cơ quan nào tham mưu báo cáo UBND TP chấp
    thuận chủ trương giao chủ đầu tư ...?")."""
    c = _clauses(settings, "5f041f5e6645b117.md")
    r = c["Điều 7.3"].responsibility
    assert r.lead == [] and r.advisers == ["Sở Tài chính"]
    assert c["Điều 7.1.b"].responsibility.lead == ["Ủy ban nhân dân cấp xã"]


def test_the_signers_cell_closes_the_recipients_table(settings):
    """QĐ 138/2025/QĐ-UBND Đồng Tháp, whose attached rules on land procedures the portal wrote right after the signer's
    cell (b16-01: "... đơn giải quyết tranh chấp đất đai thuộc thẩm quyền CT UBND tỉnh thì tổ chức nộp ở đâu?")."""
    doc = parse_file(DOCS / "b16" / "5a80798bbf985e87.md", settings)
    c = {x.path: x for x in doc.clauses}
    assert not [x for x in doc.clauses if x.title.startswith("|")]
    assert c["QC"].title.startswith("QUY CHẾ TIẾP NHẬN, LUÂN CHUYỂN HỒ SƠ")
    assert c["Điều 3.1.b"].title.startswith("Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch")
    assert "Ban Tiếp công dân - Nội chính" in c["Điều 3.1.b"].text


def test_an_enacting_body_alone_on_its_line_issues_the_text(settings):
    """The National Assembly's pilot for urban railways in Hà Nội and TP.HCM, copied as "**NGHỊ QUYẾT** / <title> /
    **QUỐC HỘI** / *Căn cứ Hiến pháp ...*"."""
    m = parse_file(DOCS / "b16" / "38acb0a43418a36c.md", settings).meta
    assert (m.kind, m.issuer) == ("Nghị quyết", "Quốc hội")
    assert m.title.endswith("Thành phố Hồ Chí Minh")


def test_a_time_limit_written_in_prose_is_the_deadline(settings):
    """QĐ 1582/QĐ-UBND Bắc Ninh Điều 2.1 (b16-46: "thoi han hoan thanh xay dung quy trinh dien tu ... la bao lau?")."""
    c = _clauses(settings, "ff4de67291d44c52.md")
    r = c["Điều 2.1"].responsibility
    assert r.lead == ["Sở Tài chính"]
    assert r.deadline.startswith("Thời hạn hoàn thành không quá 03 ngày làm việc kể từ")
