"""An article's short title and the first line of its body, which a PDF sets on the next line: "Điều 9. Tổ chức thực
hiện" / "Ban Quản lý các khu công nghiệp, khu kinh tế chủ trì, phối hợp với ..." (TT 05/2025/TT-BKHĐT, pages 1-7 as the
Official Gazette prints them, tests/data/cong-bao). Joined with a space, the subject was lost inside the title and the
article and its items had no lead (blind set b40-14). The body is now a sentence of its own in the same clause; so in
QĐ 1696/QĐ-UBND Lào Cai (plans-real, a PDF): "Điều 1. Nội dung, phạm vi ủy quyền" / "Uỷ quyền cho Giám đốc Sở Công
Thương ...". A portal's Markdown, which wraps bold headings anywhere ("**Điều 4. **Chánh" / "Văn phòng UBND tỉnh, ..."),
is read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
TT_05 = ROOT / "tests" / "data" / "cong-bao" / "thong-tu-so-05-2025-tt-bkhdt-44340_trang-1-7.pdf"
REAL = ROOT.parent / "shared" / "plans-real"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("article-body"))


def _clause(doc, path: str):
    return next(c for c in doc.clauses if c.path == path)


def test_the_body_after_a_short_title_names_the_articles_lead(settings) -> None:
    doc = parse_file(TT_05, settings)
    article = _clause(doc, "Điều 9")
    assert article.title == "Tổ chức thực hiện"
    assert article.responsibility.lead == ["Ban Quản lý các khu công nghiệp, khu kinh tế"]
    item = _clause(doc, "Điều 9.a")
    assert item.text.startswith("a) Hàng năm, rà soát, đánh giá khó khăn, vướng mắc")
    assert item.responsibility.lead == ["Ban Quản lý các khu công nghiệp, khu kinh tế"]


def test_a_delegation_under_a_short_title_names_the_delegate(settings) -> None:
    doc = parse_file(REAL / "office" / "lao-cai_1696-qd-ubnd_uy-quyen.pdf", settings)
    article = _clause(doc, "Điều 1")
    assert article.title == "Nội dung, phạm vi ủy quyền"
    assert article.responsibility.lead == ["Giám đốc Sở Công Thương"]


def test_a_bold_heading_the_portal_wrapped_is_read_as_before(settings) -> None:
    doc = parse_file(REAL / "web" / "bac-ninh_1490-qd-ubnd.md", settings)
    assert _clause(doc, "Điều 4").responsibility.lead[0] == "Chánh Văn phòng UBND tỉnh"
