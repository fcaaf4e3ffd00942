"""A matter handed to the body that ends its sentence, the way decentralisation resolutions write it: "1.1. Việc tiếp
nhận hồ sơ cấp, cấp lại, cấp điều chỉnh, cấp gia hạn Giấy phép ... (sau đây gọi là Nghị định số 26/2026/NĐ-CP) thuộc
thẩm quyền của Ủy ban nhân dân cấp tỉnh." (NQ 19/2026/NQ-CP, pages 1-5 as the Official Gazette prints them,
tests/data/cong-bao). Before, the clause had no lead, and "... thuộc thẩm quyền cơ quan nào?" was refused (blind set b37,
b37-18). A body named after "trừ" (an exception) is no holder (NĐ 170/2025/NĐ-CP Điều 66.2, plans-real)."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
NQ_19 = ROOT / "tests" / "data" / "cong-bao" / "nghi-quyet-so-19-2026-nq-cp-469466_trang-1-5.pdf"
ND_170 = ROOT.parent / "shared" / "plans-real" / "web" / "chinh-phu_170-2025-nd-cp.md"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("power-holder"))


def test_the_body_ending_the_sentence_holds_the_power_and_leads(settings) -> None:
    doc = parse_file(NQ_19, settings)
    clause = next(c for c in doc.clauses if "thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh" in " ".join(c.text.split()))
    assert clause.path == "PL.A.1.1"
    assert clause.responsibility.lead == ["Ủy ban nhân dân cấp tỉnh"]
    assert clause.is_task


def test_a_body_excepted_by_tru_holds_nothing(settings) -> None:
    doc = parse_file(ND_170, settings)
    clause = next(c for c in doc.clauses if c.path == "Điều 66.2")
    assert "trừ những nội dung thuộc thẩm quyền của cơ quan sử" in " ".join(clause.text.split())
    assert not any("sử dụng công chức" in u for u in clause.responsibility.lead), clause.responsibility.lead

