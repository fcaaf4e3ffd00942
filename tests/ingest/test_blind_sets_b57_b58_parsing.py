"""Procedure decisions as the legal portal writes them (drawn from blind sets b57-b58, eval/external/portal; their
documents are kept outside the repository): each internal procedure is a table of steps under its numbered title, and
the portal writes the next title right after the last row's last pipe, followed at once by its own header row.

- the next procedure's numbered title ends the table (QĐ 2929/QĐ-UBND Sơn La and QĐ 1948/QĐ-UBND Cao Bằng had every
  procedure's steps in the first one's table; so did the Lạng Sơn decision eval/external/docs/b15/71153021e3559f5e.md);
- in a table of steps ("TT | Trình tự thực hiện | Trách nhiệm thực hiện | ..."), "Trách nhiệm thực hiện" names who does
  the step; a row under a step whose first cells span it is a part of that step done by someone else; what a step
  produces ("Quyết định thành lập ...") is a cell, no title ending the table; the steps' total is an item of its own;
- "trong không quá 01 ngày làm việc kể từ khi tiếp nhận hồ sơ" is a deadline;
- a telegram whose recipients' row opens with an empty label cell ("**THỦ TƯỚNG CHÍNH PHỦ điện:**" / "|" / "|" / "- Bộ
  trưởng; ..." / "|" / the body) keeps its body out of that row (Công điện 230/CĐ-TTg of 2025, a portal copy: its four
  items were one clause);
- a line holding only "#" is the portal's, no word of the last article (eval/external/docs/b6/0c462ec3eec6e18d.md).

tests/data/portal-twins/qd-quy-trinh-noi-bo.md is a made-up decision written the way the portal writes QĐ 2929 Sơn La's
appendix (its own words; the real file is not committed).
"""

from __future__ import annotations

import pytest

from api import parse_file
from core.settings import load_settings
from ingest.responsibilities import extract_deadline
from tests.conftest import REPO

TWIN = REPO / "tests" / "data" / "portal-twins" / "qd-quy-trinh-noi-bo.md"
TELEGRAM = REPO / "tests" / "data" / "portal-twins" / "cong-dien-than-giu-trong-bang.md"
LANG_SON = REPO / "eval" / "external" / "docs" / "b15" / "71153021e3559f5e.md"  # procedures of Sở KH&CN Lạng Sơn
LANG_SON_2702 = REPO / "eval" / "external" / "docs" / "b6" / "0c462ec3eec6e18d.md"  # QĐ 2702/QĐ-UBND Lạng Sơn


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    docs = {p: parse_file(p, settings) for p in (TWIN, TELEGRAM, LANG_SON, LANG_SON_2702)}
    return lambda p: {c.path: c for c in docs[p].clauses}


def test_each_internal_procedure_is_a_clause_of_its_own(parsed):
    clauses = parsed(TWIN)
    assert clauses["PL.2"].text == "2. Thủ tục hỗ trợ tiền đi lại cho người học nghề."
    assert clauses["PL.2.3"].text.startswith("- B2 – Ký phê duyệt Quyết định hỗ trợ")
    assert clauses["PL.2.3"].responsibility.lead == ["Giám đốc Sở Nội vụ"]
    assert not any("|" in c.text for c in clauses.values())


def test_the_real_decisions_procedures_stand_apart(parsed):
    texts = [c.text for c in parsed(LANG_SON).values()]
    assert "2. Nhóm 02 TTHC, gồm:" in texts
    assert any(t.startswith("3. Thủ tục đăng ký thực hiện nhiệm vụ đổi mới sáng tạo") for t in texts)


def test_who_does_a_step_and_its_parts(parsed):
    clauses = parsed(TWIN)
    b1, b2, part, b3 = (clauses[f"PL.1.{k}"] for k in (2, 3, 4, 5))
    assert b1.responsibility.lead == ["Bộ phận một cửa của Sở Nội vụ"] and b1.responsibility.deadline == "1/2 ngày"
    assert b2.text.startswith("- B2 – Phòng Lao động - Việc làm")
    assert b2.responsibility.lead == ["Lãnh đạo Phòng phân công thụ lý"]
    assert "Dự thảo Quyết định hỗ trợ chi phí học nghề" in part.text
    assert part.responsibility.lead == ["Chuyên viên được phân công"] and part.responsibility.deadline == "03 ngày"
    # what B3 produces, "Quyết định thành lập Tổ thẩm định", is a cell of its row, no title ending the table
    assert b3.text.startswith("- B3 – UBND cấp xã") and "Sản phẩm thực hiện: Quyết định thành lập Tổ thẩm định" in b3.text
    assert clauses["PL.1.6"].text == "- Tổng thời gian thực hiện: 07 ngày"


def test_trong_khong_qua_is_a_deadline():
    assert extract_deadline("chuyển hồ sơ giấy đến cơ quan có thẩm quyền để giải quyết trong không quá 01 ngày làm việc "
                            "kể từ khi tiếp nhận hồ sơ.") == "trong không quá 01 ngày làm việc kể từ khi tiếp nhận hồ sơ"


def test_a_telegrams_body_after_an_empty_label_cell(parsed):
    clauses = parsed(TELEGRAM)
    assert clauses["1"].text.startswith("1. Cơ quan thanh tra các cấp khẩn trương hoàn thành")
    assert clauses["2"].responsibility.deadline == "trước ngày 30/11/2025"
    assert clauses["4"].responsibility.lead == ["Bộ Tài chính"]


def test_a_lone_hash_line_is_the_portals(parsed):
    last = parsed(LANG_SON_2702)["Điều 3"]
    assert last.text.startswith("Điều 3. Chánh Văn phòng UBND tỉnh")
    assert "#" not in [line.strip() for line in last.text.split("\n")], last.text


CV_171 = REPO / "eval" / "external" / "docs" / "b14" / "65c9ecb9e2fa82c1.md"  # Công văn 171/CV-BCĐ, no "V/v" line
OWN_TITLE = REPO / "eval" / "external" / "docs" / "b1" / "44aeb2fd86d07d4a.md"  # its summary line beside its own title
CV_174 = REPO / "eval" / "external" / "docs" / "b14" / "e42103d7f815212d.md"  # Công văn 174/CV-BCĐ


def test_a_letter_without_its_subject_line_is_titled_by_the_portals_summary(tmp_path):
    settings = load_settings(data_dir=tmp_path)
    letter = parse_file(CV_171, settings)
    assert letter.meta.title == ("Giải quyết dứt điểm khó khăn, vướng mắc ở cấp xã khi vận hành chính quyền địa phương "
                                 "02 cấp")  # not the issuer after the last "do", not the kind, number and year
    assert "ban hành" not in letter.clauses[-1].text[-40:]  # the summary stays out of the text
    assert parse_file(CV_174, settings).meta.title == ("Tập trung tháo gỡ vướng mắc, khó khăn khi vận hành chính quyền "
                                                       "địa phương 2 cấp")
    # a document stating its own title keeps it
    assert parse_file(OWN_TITLE, settings).meta.title.startswith("VỀ VIỆC GIẢI QUYẾT CHÍNH SÁCH, CHI TRẢ CHẾ ĐỘ BẢO HIỂM")


VPCP_11299 = REPO / "eval" / "external" / "docs" / "b1" / "06690fd4027d01c8.md"  # Công văn 11299/VPCP-KGVX
TAX_LETTER = REPO / "tests" / "data" / "portal-twins" / "cong-van-ho-tro-sau-lu.md"


def test_thong_bao_de_biet_thuc_hien_closes_a_letter_and_assigns_nothing(tmp_path):
    settings = load_settings(data_dir=tmp_path)
    closing = parse_file(VPCP_11299, settings).clauses[-1]
    assert closing.text.startswith("Văn phòng Chính phủ thông báo để Bộ Khoa học và Công nghệ biết, thực hiện")
    assert closing.responsibility.lead == []
    # glued to a letter's last item, the close does not make its issuer that item's lead (Công văn 5526/CT-CS; b59)
    last = {c.path: c for c in parse_file(TAX_LETTER, settings).clauses}["3.2"]
    assert last.text.startswith("- Cập nhật, báo cáo Cục hàng ngày") and "Cục Thuế" not in last.responsibility.lead
    assert last.responsibility.deadline == "hàng ngày"
