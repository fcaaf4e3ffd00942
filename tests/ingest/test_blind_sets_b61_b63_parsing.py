"""Reply letters and appendices as the legal portal writes them (drawn from blind sets b61-b63, eval/external/portal; their
documents are kept outside the repository, so each rule is tested on a made-up twin in tests/data/portal-twins written
the way the real text is, and on the committed portal copies of eval/external/docs it also changes):

- a reply letter quotes the texts it relies on ("- Tại Điều 12 Nghị định số 45/2025/NĐ-CP ... quy định:" / "“Điều 12. ..."
  / "1. Tiền thưởng ..." / "2. ... trước ngày 31 tháng 01 năm sau”."): the quote is the citing bullet's text, its numbers
  neither the letter's own items nor the start of its body (Công văn 5680/CT-CS of Cục Thuế: the body started at a
  quoted "1." and the quoted articles became the letter's clauses);
- "Căn cứ các quy định và hướng dẫn nêu trên thì:" and the paragraphs after it are the letter's own conclusion, not the
  last cited bullet's text;
- the letter's opening "Cục Thuế nhận được công văn số ..." and its close "Cục Thuế trả lời để ... được biết./." assign
  nothing, nor does "Thuế tỉnh Vĩnh Long có ý kiến như sau:";
- an appendix heading line "Phụ lục II" among the appendices that follow a resolution's signature starts an appendix of
  its own, as the body cites it ("chi tiết tại Phụ lục II"; NQ 64/2025/NQ-HĐND Hà Nội), unless it is the appendix of a
  form the document attaches ("(Kèm theo Hợp đồng số …)" in TT 58/2025/TT-BCT's contract);
- the head of a province's tax office ("Trưởng Thuế tỉnh Đắk Lắk", since 2025) is an office holder like "Giám đốc Sở":
  "Giao Trưởng Thuế các tỉnh, thành phố chỉ đạo thực hiện ..." names its lead (Công văn 5526/CT-CS, b59);
- a period's end is part of it: "từ ngày 19/02/2025 đến trước ngày 01/10/2025" (Công văn 5680/CT-CS, b61-17) was read
  "trước ngày 01/10/2025", and "từ tháng 3 đến hết tháng 6/2026" was cut to "... tháng 6/20".
"""

from __future__ import annotations

import pytest

from api import parse_file
from core.settings import load_settings
from ingest.responsibilities import extract_deadline
from tests.conftest import REPO, SHARED_REAL

TWINS = REPO / "tests" / "data" / "portal-twins"
DOCS = REPO / "eval" / "external" / "docs"
HUE_LAND = DOCS / "b15" / "a94e2ffb8c7ea677.md"  # a Cục Thuế reply on land-use fees in Huế, quoting NĐ 103/2024
CUSTOMS = DOCS / "b6" / "84469287cb7bce65.md"  # a Cục Hải quan reply to the US-ASEAN Business Council
VINH_LONG = DOCS / "b7" / "de1ea1a30ca1e0bc.md"  # a Thuế tỉnh Vĩnh Long reply to a brewery
TELEGRAM_220 = DOCS / "b4" / "344b9eec106a648a.md"  # Công điện 220/CĐ-TTg with PHỤ LỤC I and PHỤ LỤC II
DAK_LAK_FEES = DOCS / "b13" / "afe7b51a032c1c6d.md"  # a decision of UBND tỉnh Đắk Lắk naming "Trưởng Thuế tỉnh Đắk Lắk"
TT_58 = SHARED_REAL / "web" / "bo-cong-thuong_58-2025-tt-bct.md"  # a tuning-half document


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    cache: dict = {}
    return lambda path: cache.setdefault(path, parse_file(path, settings))


def test_a_quoted_text_stays_in_the_bullet_citing_it(parsed):
    clauses = {c.path: c for c in parsed(TWINS / "cong-van-tra-loi-thue.md").clauses}
    cited = next(c for c in clauses.values() if c.text.startswith("- Tại Điều 12 Nghị định số 45/2025/NĐ-CP"))
    assert "“Điều 12." in cited.text and "trước ngày 31 tháng 01 năm sau”." in cited.text
    assert not any(c.text.startswith(("1. Tiền thưởng", "2. Cơ quan chi thưởng", "2. Thu nhập từ kinh doanh"))
                   for c in clauses.values())
    assert clauses["1"].text == "Kính gửi: Hội Sáng chế Việt Nam"  # the body is the letter's own, from its start


def test_a_real_reply_keeps_the_articles_it_quotes_inside_its_paragraphs(parsed):
    """Thuế tỉnh Vĩnh Long's reply quotes eight articles after "Căn cứ ... quy định:"; its body had started at a quoted
    "2. Thuế suất ..." and the quoted "1. Khấu trừ thuế" and "3. Thời điểm ..." had become its numbered clauses."""
    clauses = parsed(VINH_LONG).clauses
    assert not any(c.text.startswith(("1. Khấu trừ thuế", "2. Thuế suất", "3. Thời điểm xác định")) for c in clauses)
    citing = next(c for c in clauses if c.text.startswith("Căn cứ Điều 10 Thông tư số 111/2013/TT-BTC"))
    assert "“Điều 10." in citing.text
    assert clauses[0].text.startswith("Ngày 18/11/2025, Thuế tỉnh Vĩnh Long có nhận được Công văn số 144/2025/CV-BSGBTr")


def test_a_reply_letters_conclusion_is_its_own(parsed):
    clauses = parsed(TWINS / "cong-van-tra-loi-thue.md").clauses
    texts = [c.text for c in clauses]
    assert "Căn cứ các quy định và hướng dẫn nêu trên thì:" in texts
    last_bullet = next(c for c in clauses if c.text.startswith("- Liên quan đến nội dung này"))
    assert "Trường hợp" not in last_bullet.text and "Hiện nay" not in last_bullet.text
    assert any(t.startswith("Hiện nay, Bộ Tài chính đang trình Chính phủ dự thảo Nghị định") for t in texts)


def test_a_reply_letters_opening_and_close_assign_nothing(parsed):
    for path in (TWINS / "cong-van-tra-loi-thue.md", HUE_LAND, CUSTOMS):
        doc = parsed(path)
        issuer_leads = [c.path for c in doc.clauses if any(u in ("Cục Thuế", "Cục Hải quan") for u in c.responsibility.lead)]
        assert issuer_leads == [], (path.name, issuer_leads)
    opinion = next(c for c in parsed(VINH_LONG).clauses if c.text == "Thuế tỉnh Vĩnh Long có ý kiến như sau:")
    assert not opinion.responsibility.lead and not opinion.is_task


def test_each_appendix_after_a_resolution_is_its_own(parsed):
    clauses = {c.path: c for c in parsed(TWINS / "nq-muc-chi-van-hoa.md").clauses}
    assert clauses["PL II"].text.startswith("Phụ lục II CHI HỖ TRỢ KINH PHÍ ĐÀO TẠO")
    assert clauses["PL II.I.3"].text == "3. Hình thức hỗ trợ: Thực hiện hỗ trợ thông qua đơn vị cử viên chức đi học."
    assert clauses["PL I.II.1"].text == "Mức 150.000 đồng/người/buổi luyện tập."
    real = {c.path: c for c in parsed(TELEGRAM_220).clauses}
    assert real["PL II"].text.startswith("PHỤ LỤC II KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN")


def test_a_forms_own_appendices_stay_in_it(parsed):
    paths = [c.path for c in parsed(TT_58).clauses]
    assert "PL IV" not in paths and "PL V" not in paths  # the contract form's "Phụ lục IV", "Phụ lục V" are its own
    assert any(p.startswith("PL III.") for p in paths)


def test_a_periods_end_is_part_of_it():
    assert extract_deadline("(áp dụng từ ngày 19/02/2025 đến trước ngày 01/10/2025)") == \
        "từ ngày 19/02/2025 đến trước ngày 01/10/2025"
    assert extract_deadline("Thực hiện từ tháng 3 đến hết tháng 6/2026.") == "từ tháng 3 đến hết tháng 6/2026"
    assert extract_deadline("Từ tháng 01 đến ngày bầu cử 15/3/2026") == "Từ tháng 01 đến ngày bầu cử 15/3/2026"


def test_the_head_of_a_provincial_tax_office_is_an_office_holder(parsed):
    twin = {c.path: c for c in parsed(TWINS / "cong-van-ho-tro-sau-lu.md").clauses}
    assert twin["3.1"].responsibility.lead == ["Trưởng Thuế các tỉnh, thành phố"]
    closing = next(c for c in parsed(DAK_LAK_FEES).clauses if "chịu trách nhiệm thi hành" in c.text)
    assert "Trưởng Thuế tỉnh Đắk Lắk" in closing.responsibility.lead
    assert "Giám đốc Sở Xây dựng" in closing.responsibility.lead
