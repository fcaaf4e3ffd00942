"""A statistical indicator system as ministries write it (TT 01/2025/TT-BKHĐT, Phụ lục II; pages 1-5, 10, 26-27 and
42-43 as the Official Gazette prints them, tests/data/cong-bao): each indicator is headed by its four-digit code
("0401. Số lượng giấy phép nhận chìm ở biển được cấp"), its numbered items define it, and the fifth names who collects
it ("5. Cơ quan chịu trách nhiệm thu thập, tổng hợp: Bộ Tài nguyên và Môi trường."). Before, the code line was words of
the previous indicator's last item and that item had no lead (blind set b39: three lead questions missed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings
from ingest.labels import label_of

TT_01 = Path(__file__).resolve().parents[1] / "data" / "cong-bao" / "thong-tu-so-01-2025-tt-bkhdt-43795_trang-chon.pdf"


@pytest.fixture(scope="module")
def tt01(tmp_path_factory):
    return parse_file(TT_01, load_settings(data_dir=tmp_path_factory.mktemp("tt01")))


def _indicator(doc, code: str):
    return next(c for c in doc.clauses if c.path.endswith(f".{code}"))


def test_an_indicator_code_heads_its_items(tt01) -> None:
    head = _indicator(tt01, "0401")
    assert head.text.startswith("0401. Số lượng giấy phép nhận chìm ở biển được cấp")
    kids = [c for c in tt01.clauses if c.path.startswith(head.path + ".")]
    assert any(c.text.startswith("2. Phân tổ chủ yếu") for c in kids)
    assert not any("0401. Số lượng" in c.text for c in tt01.clauses if c is not head)


def test_who_collects_an_indicator_leads_it(tt01) -> None:
    assert _indicator(tt01, "0401").responsibility.lead == ["Bộ Tài nguyên và Môi trường"]
    assert _indicator(tt01, "0221").responsibility.lead == ["Bộ Tài chính (Tổng cục Hải quan)"]
    collects = next(c for c in tt01.clauses if c.path == _indicator(tt01, "0220").path + ".5")
    assert collects.responsibility.lead == ["Bộ Công Thương"]
    assert collects.responsibility.partners == ["Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp"]


def test_a_year_opening_a_line_is_no_code() -> None:
    assert label_of("2025. Các cơ quan, đơn vị báo cáo kết quả") is None
    assert label_of("0401. Số lượng giấy phép nhận chìm ở biển được cấp").component == "0401"
