"""Whom a question names and what it asks who issues (stop 79), on documents of the blind sets b110, b124 and b125 (read
after their honest runs; tests/data/blind-docs, tests/data/vbpl) and sentences of b124 and b125:

- a commune the question names as whom a letter is sent to ("CV của Sở Nội vụ ... gửi xã Nghĩa Lâm") does not pick the
  commune's own decision;
- a decision "phân công" (dividing work) named by its title hands no task to the body after it;
- who issues a text or a rate a document rules on ("quy chế ... do ai ban hành theo TT 24/2025?") is no question on who
  issued the document;
- an amending article whose quote a copy never closes still nests its new text (NĐ 370/2025 on vbpl.vn);
- "năm sau" belongs to a deadline; "sở tại" to a body's name;
- the bodies after "phối hợp" in an item opening with its unit's role are no one doing the act asked, "với" or not.
"""

from __future__ import annotations

import pytest

from api import parse_file
from assistant.answer.default import _agent_of
from assistant.understand import Intent, QuestionParser
from core.settings import Settings
from core.textnorm import fold
from ingest.responsibilities import extract_deadline, extract_from_text
from tests.conftest import REPO, asker

BLIND = REPO / "tests" / "data" / "blind-docs"
VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("whom-named", [BLIND / "cv-snv-2026-nghean.pdf", BLIND / "qd-phancong-2026-nghialam.pdf",
                           BLIND / "qd-20-2026-hanoi.docx"])


def test_a_commune_a_letter_is_sent_to_picks_the_letter(ask):
    # b125-19: Công văn .../SNV-CCVC of Sở Nội vụ Nghệ An, 5/2026, "Kính gửi: Ủy ban nhân dân xã Nghĩa Lâm": "... ban hành
    # quyết định tiêu chí chung, tiêu chí kết quả thực hiện nhiệm vụ ... trước ngày 31/5/2026"
    a = ask("CV của Sở Nội vụ Nghệ An gửi xã Nghĩa Lâm: xã phải ban hành QĐ tiêu chí đánh giá công chức trước ngày nào?")
    assert "trước ngày 31/5/2026" in a.text
    assert a.citations[0].file_name == "cv-snv-2026-nghean.pdf"


def test_a_decision_dividing_work_named_by_its_title(ask):
    # b125-21: QĐ phân công công tác of UBND xã Nghĩa Lâm, Điều 6.15 "... Đối với hồ sơ cấp Giấy chứng nhận quyền sử dụng
    # đất ..., Phòng Kinh tế phải chịu trách nhiệm bằng văn bản về nguồn gốc đất ..."
    a = ask("QĐ phân công UBND xã Nghĩa Lâm 2026: hồ sơ cấp sổ đỏ thì phòng nào phải chịu trách nhiệm bằng văn bản về "
            "nguồn gốc đất?")
    assert not a.refused and a.text.startswith("Phòng Kinh tế")


def test_a_deadline_in_the_year_after(ask):
    # b125-12: QĐ 20/2026/QĐ-UBND Hà Nội, Quy chế Điều 11.2 "- Báo cáo năm: Trước ngày 25/01 năm sau."
    assert extract_deadline("- Báo cáo năm: Trước ngày 25/01 năm sau.") == "Trước ngày 25/01 năm sau"
    a = ask("QĐ 20 Hà Nội: báo cáo năm về tình hình cho vay vốn ủy thác, SNV gửi UBND TP hạn chót khi nào?")
    assert "Trước ngày 25/01 năm sau" in a.text


@pytest.mark.parametrize("question, intent", [
    # TT 24/2025/TT-BVHTTDL Điều 16.3 "Ủy ban nhân dân cấp tỉnh ban hành quy chế vận hành ..." (blind set b101-18)
    ("Quy chế vận hành hệ thống thông tin nguồn cấp tỉnh do ai ban hành theo TT 24/2025?", Intent.LEAD),
    # Nghị quyết 254/2025/QH15 Điều 3.11.c (b103-20), NĐ 115/2024/NĐ-CP Điều 74.2.c (b120-15)
    ("nq 254/2025 don gia boi thuong cay trong vat nuoi khi thu hoi dat do cap nao ban hanh", Intent.LEAD),
    ("mau ho so dau thau cho du an thuoc quy hoach nganh quoc gia theo nd 115 thi ai ban hanh?", Intent.LEAD),
    # the document itself
    ("Quy chế 12/QC-UBND do ai ban hành?", Intent.PLAN_FACTS),
    ("KH 123 do ai ban hành?", Intent.PLAN_FACTS),
])
def test_who_issues_what_a_document_rules_on(question, intent):
    assert QuestionParser._intent(fold(question), False) == intent


def test_an_amending_article_whose_quote_is_never_closed():
    # NĐ 370/2025/NĐ-CP on vbpl.vn, Điều 11 "Sửa đổi, bổ sung Điều 21" / "“Điều 21. Ủy ban nhân dân cấp xã" / "1. ..." ...
    # "4. Hằng năm, báo cáo ..." with no closing mark before "Điều 12. ..." (blind set b110-07)
    doc = parse_file(VBPL / "nd-370-2025.html", Settings())
    clause = next(c for c in doc.clauses if c.path == "Điều 11.Điều 21.4")
    assert clause.text.startswith("4. Hằng năm, báo cáo với Hội đồng nhân dân cấp xã")
    assert clause.responsibility.lead == ["Ủy ban nhân dân cấp xã"]
    assert any(c.path == "Điều 12.Điều 23" for c in doc.clauses)


def test_so_tai_is_part_of_a_bodys_name():
    # NĐ 01/2015/NĐ-CP Điều 18 (blind set b124-03), a sentence of it
    r = extract_from_text("Bộ Tài chính chủ trì, phối hợp với Bộ Quốc phòng, Bộ Công Thương và Ủy ban nhân dân tỉnh, thành "
                          "phố sở tại quyết định điều chỉnh phạm vi địa bàn hoạt động hải quan.")
    assert r.partners[-1] == "Ủy ban nhân dân tỉnh, thành phố sở tại"


@pytest.mark.parametrize("sentence, act", [
    # QĐ 02/2026/QĐ-UBND Đồng Nai, Quy chế Điều 13.3, under "3. Sở Nội vụ" (blind set b127-02): "với" left out
    ("- Chủ trì, phối hợp các sở, ngành hướng dẫn vị trí việc làm đối với công chức cấp xã phụ trách lĩnh vực di sản văn "
     "hóa.", "huong dan"),
    # KH 831/KH-UBND Đồng Tháp IV.5, under "5. Ủy ban nhân dân các xã, phường" (blind set b123-02)
    ("- Chủ trì, phối hợp với các cơ sở giáo dục, tổ chức chính trị - xã hội và các tổ chức, cá nhân có liên quan trên "
     "địa bàn tổ chức tuyên truyền, phổ biến nhằm nâng cao nhận thức của người dân về hướng nghiệp", "tuyen truyen"),
])
def test_partners_are_no_one_doing_the_act(sentence, act):
    assert _agent_of(sentence, act) is None

